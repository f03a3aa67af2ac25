import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Sandbox } from '../../sandbox/server.js';

/**
 * Plays the user who opens the re-authorisation link: every account the store shows as REAUTH_REQUIRED (with its
 * link stored) is re-authorised at the sandbox a moment later, which sends account_reauthorized to the receiver.
 */
export class ReauthCompleter {
  completed = 0;
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private seenSince = new Map<string, number>();
  /** The episode (reauth_required_at) last completed per account: one completion per episode, however slow the webhook. */
  private doneEpisode = new Map<string, string>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly sandbox: Sandbox,
    private readonly delayMs = 1_500,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.tick(), 500);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const rows = await this.db
        .selectFrom('accounts')
        .select(['id', 'reauth_url', 'reauth_required_at'])
        .where('state', '=', 'REAUTH_REQUIRED')
        .execute();
      const now = Date.now();
      for (const r of rows) {
        if (!r.reauth_url) continue;
        const episode = String(r.reauth_required_at);
        if (this.doneEpisode.get(r.id) === episode) continue;
        const since = this.seenSince.get(r.id) ?? now;
        this.seenSince.set(r.id, since);
        if (now - since < this.delayMs) continue;
        if (!this.sandbox.accounts().includes(r.id)) continue;
        await this.sandbox.completeReauth(r.id);
        this.completed++;
        this.doneEpisode.set(r.id, episode);
        this.seenSince.delete(r.id);
      }
    } catch {
      // The store is written by the worker under test; a busy moment is simply tried again.
    } finally {
      this.busy = false;
    }
  }
}
