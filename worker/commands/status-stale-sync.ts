import { DEFAULT_FEED_CONFIG } from '../../workflows/feed-config.js';

const DAY_MS = 24 * 3_600_000;

/** How old the newest sync may grow: two days, or two polls when the polls are rarer. */
export function staleSyncBoundMs(pollIntervalMs: number = DEFAULT_FEED_CONFIG.pollIntervalMs): number {
  return Math.max(2 * DAY_MS, 2 * pollIntervalMs);
}

/**
 * The line `status` adds when no feed syncs: every account that should sync (ACTIVE or SYNCING) last did so longer
 * ago than the bound, so nothing reaches the database whatever the other lines say (a feed's own failures are its
 * NOTE). It holds whether a worker runs here, stopped (cleanly or not: the states stay as it left them, but nothing
 * syncs), or runs on another machine against PostgreSQL (no lock here to see it by). Only a worker known to run here
 * and started less than a poll ago is given its first round. Null when all is well.
 */
export function staleSyncLine(
  accounts: ReadonlyArray<{ state: string; lastSync: string | null; linkedAt?: string | null }>,
  worker: { startedAt: string } | null,
  now: Date,
  pollIntervalMs: number = DEFAULT_FEED_CONFIG.pollIntervalMs,
): string | null {
  if (worker && now.getTime() - Date.parse(worker.startedAt) < pollIntervalMs) return null;
  const syncing = accounts.filter((a) => a.state === 'ACTIVE' || a.state === 'SYNCING');
  if (syncing.length === 0) return null;
  const newest = latest(syncing.map((a) => a.lastSync));
  // none has synced yet: measured from the running worker's start, or with none running from the latest link
  const linked = latest(syncing.map((a) => a.linkedAt ?? null));
  const since = newest ?? worker?.startedAt ?? linked;
  if (since === null) return null;
  const bound = staleSyncBoundMs(pollIntervalMs);
  if (now.getTime() - Date.parse(since) <= bound) return null;
  const days = Math.floor(bound / DAY_MS);
  const what = newest
    ? `no account has synced since ${newest}`
    : worker
      ? `no account has synced since the worker started (${since})`
      : `no account has synced since the latest link (${since})`;
  if (worker)
    return `${what}, over ${days} days, while the worker runs: nothing new reaches the database; see the worker's console and log`;
  // two lines, each within the table's 120 columns: the worker line above says when one last ran here
  return `${what}, over ${days} days: nothing new reaches the database\n  no worker runs on this data directory: start one, or where the workers run elsewhere (PostgreSQL) see their log`;
}

/** The latest of some timestamps, or null when there is none. */
function latest(times: ReadonlyArray<string | null>): string | null {
  const known = times.filter((t): t is string => t !== null);
  return known.length ? known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}
