import { DEFAULT_FEED_CONFIG } from '../../workflows/feed-config.js';

const DAY_MS = 24 * 3_600_000;

/** How old the newest sync may grow under a running worker: two days, or two polls when the polls are rarer. */
export function staleSyncBoundMs(pollIntervalMs: number = DEFAULT_FEED_CONFIG.pollIntervalMs): number {
  return Math.max(2 * DAY_MS, 2 * pollIntervalMs);
}

/**
 * The line `status` adds when a worker runs but no feed syncs: every account that should sync (ACTIVE or SYNCING)
 * last did so longer ago than the bound, so nothing reaches the database whatever the other lines say (a feed's own
 * failures are its NOTE). A worker started less than a poll ago has not had its first round yet, and one stopped
 * leaves the states as they were (its own line says so): neither is flagged. Null when all is well.
 */
export function staleSyncLine(
  accounts: ReadonlyArray<{ state: string; lastSync: string | null }>,
  worker: { startedAt: string } | null,
  now: Date,
  pollIntervalMs: number = DEFAULT_FEED_CONFIG.pollIntervalMs,
): string | null {
  if (!worker || now.getTime() - Date.parse(worker.startedAt) < pollIntervalMs) return null;
  const syncing = accounts.filter((a) => a.state === 'ACTIVE' || a.state === 'SYNCING');
  if (syncing.length === 0) return null;
  const synced = syncing.map((a) => a.lastSync).filter((t): t is string => t !== null);
  const newest = synced.length ? synced.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
  // none has synced yet: measured from the worker's start instead
  const since = newest ?? worker.startedAt;
  const bound = staleSyncBoundMs(pollIntervalMs);
  if (now.getTime() - Date.parse(since) <= bound) return null;
  const days = Math.floor(bound / DAY_MS);
  const what = newest
    ? `no account has synced since ${newest}`
    : `no account has synced since the worker started (${since})`;
  return `${what}, over ${days} days, while the worker runs: nothing new reaches the database; see the worker's console and log`;
}
