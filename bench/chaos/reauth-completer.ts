import type { Client } from '@temporalio/client';
import type { Sandbox } from '../../sandbox/server.js';
import { accountFeedWorkflowId, statusQuery } from '../../workflows/messages.js';

/**
 * Plays the user who opens the re-authorisation link: every feed whose own status says it is waiting for
 * re-authorisation, with the link it issued, is re-authorised at the sandbox a moment later (which sends
 * account_reauthorized to the receiver). The feed is asked, not the store: the store can still show an episode the
 * feed has not yet reached (worker killed, Temporal down), and completing that one would send an
 * account_reauthorized before the feed waits for it, so the feed could not count it. One completion per wait of
 * the feed (its reauthorisations count names the wait), however slow the webhook.
 */
export class ReauthCompleter {
  completed = 0;
  /** Completions per account: each one is a wait the feed must end by counting a re-authorisation. */
  readonly completedBy = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private seenSince = new Map<string, number>();
  /** The feed's wait (its reauthorisations count when it was seen waiting) last completed per account. */
  private doneWait = new Map<string, number>();

  constructor(
    private readonly client: Client,
    private readonly sandbox: Sandbox,
    private readonly accounts: () => string[],
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
      const linked = new Set(this.sandbox.accounts());
      await Promise.all(
        this.accounts()
          .filter((id) => linked.has(id))
          .map((id) => this.consider(id)),
      );
    } finally {
      this.busy = false;
    }
  }

  private async consider(id: string): Promise<void> {
    let s;
    try {
      s = await this.client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery);
    } catch {
      // Temporal down, the worker restarting or the feed not started yet: there is no link the feed waits on.
      this.seenSince.delete(id);
      return;
    }
    if (s.state !== 'REAUTH_REQUIRED' || !s.reauthUrl) {
      this.seenSince.delete(id);
      return;
    }
    const wait = s.counts.reauthorisations;
    if (this.doneWait.get(id) === wait) return;
    const now = Date.now();
    const since = this.seenSince.get(id) ?? now;
    this.seenSince.set(id, since);
    if (now - since < this.delayMs) return;
    if (!this.sandbox.accounts().includes(id)) return;
    await this.sandbox.completeReauth(id);
    this.completed++;
    this.completedBy.set(id, (this.completedBy.get(id) ?? 0) + 1);
    this.doneWait.set(id, wait);
    this.seenSince.delete(id);
  }
}
