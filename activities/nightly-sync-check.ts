import { NIGHTLY_ERROR_PREFIX } from './ledger-nightly-status.js';

/** An account's state and its last completed sync, as the account repository reads them. */
export interface AccountSyncTime {
  id: string;
  state: string;
  last_synced_at: string | null;
}

/** States whose feed makes no bank call when asked to sync: the nightly run does not wait for them. */
const NO_SYNC_STATES = new Set(['REAUTH_REQUIRED', 'UNLINKED']);

/** Whether a sync completed at or after `since` (both ISO instants; a time that does not parse is no sync). */
export function syncedSince(lastSyncedAt: string | null, since: string): boolean {
  if (!lastSyncedAt) return false;
  const at = Date.parse(lastSyncedAt);
  const from = Date.parse(since);
  return Number.isFinite(at) && Number.isFinite(from) && at >= from;
}

/** The accounts among `rows` whose feed has not synced since `since` and still may (an account not on record may not). */
export function stillToSync(rows: readonly AccountSyncTime[], since: string): string[] {
  return rows.filter((r) => !NO_SYNC_STATES.has(r.state) && !syncedSince(r.last_synced_at, since)).map((r) => r.id);
}

export interface AwaitSyncsDeps {
  read(ids: readonly string[]): Promise<AccountSyncTime[]>;
  /** Wall-clock milliseconds: the deadline is an instant, so a retried wait does not start the bound again. */
  now(): number;
  sleep(ms: number): Promise<void>;
  beat(): void;
}

/**
 * Waits until every account's feed among `accountIds` has completed a sync since `since`, or the deadline `until`
 * (epoch ms) passes, reading the store every `pollMs`. Returns the accounts still waited for (none: all synced).
 */
export async function awaitFeedSyncs(
  deps: AwaitSyncsDeps,
  input: { accountIds: readonly string[]; since: string; until: number; pollMs: number },
): Promise<string[]> {
  let waiting: readonly string[] = input.accountIds;
  for (;;) {
    waiting = stillToSync(await deps.read(waiting), input.since);
    deps.beat();
    const left = input.until - deps.now();
    if (waiting.length === 0 || left <= 0) return [...waiting];
    await deps.sleep(Math.min(input.pollMs, left));
  }
}

/** An instant as people read it in a stored note: `2026-12-07 02:49:05 UTC`. */
function utc(iso: string): string {
  const t = Date.parse(iso);
  return Number.isFinite(t) ? `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC` : iso;
}

/** Why tonight's statement of an account may lack lines: its feed did not complete a sync since the run began. */
export function notSyncedReason(input: { runStartedAt: string; lastSyncedAt: string | null; state: string }): string {
  const last = input.lastSyncedAt
    ? `the statement is as of the last sync at ${utc(input.lastSyncedAt)}`
    : 'the feed has never completed a sync';
  const why = input.state === 'REAUTH_REQUIRED' ? ' (the account awaits re-authorisation)' : '';
  return `no sync since the nightly run began at ${utc(input.runStartedAt)}; ${last}${why}`;
}

/** The account's nightly error for it: the run's day, then the reason, as every nightly failure starts. */
export function notSyncedText(input: {
  day: string;
  runStartedAt: string;
  lastSyncedAt: string | null;
  state: string;
}): string {
  return `${NIGHTLY_ERROR_PREFIX} ${input.day}: ${notSyncedReason(input)}`;
}
