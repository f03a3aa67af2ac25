/** How one account's feed behaves. Defaults suit production; tests shrink the durations. */
export interface AccountFeedConfig {
  historyDays: number;
  backfillWindowDays: number;
  pollIntervalMs: number;
  /**
   * Days before the watermark (the newest row Mono has served) that every sync re-reads: a posting back-dated by up
   * to this much relative to Mono's newest row is stored by the first sync after it appears.
   */
  overlapDays: number;
  /** A full re-scan of the history window at least this often (bank clock): stores postings back-dated further. */
  fullRescanIntervalMs: number;
  /** Set custom search attributes and a memo (the server must have the attributes registered). */
  searchAttributes: boolean;
  /** 'realtime' (x-realtime, v2), 'legacy' (POST /accounts/{id}/sync, v1) or 'none' (read what Mono has). */
  refreshMode: 'realtime' | 'legacy' | 'none';
  /** Mono allows one real-time refresh per account per 5 minutes… */
  refreshMinIntervalMs: number;
  /** …and one legacy sync per 2 minutes. */
  legacySyncMinIntervalMs: number;
  /** How long to wait for a refresh job's webhook before asking for its status. */
  refreshJobWaitMs: number;
  /** Bursts of webhooks and requests inside this window become one sync. */
  coalesceMs: number;
  reauthReminderMs: number;
  processingPollInitialMs: number;
  processingPollMaxMs: number;
  activityHeartbeatTimeoutMs: number;
  /** Continue-as-new past this many history events (the server's own suggestion also triggers it). */
  maxHistoryEvents: number;
  seenEventKeysLimit: number;
  /** Reconcile the account against its ledger after a sync that stored new or changed lines. */
  reconcileAfterSync: boolean;
  /**
   * Before Mono's not-found answer to a bank call ends the feed, Mono is asked whether it knows the account after
   * each of these waits (FeedSteps.notFoundStands); the feed ends only if it never does. None: the first answer
   * ends it (as before the check).
   */
  notFoundConfirmWaitsMs: number[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_FEED_CONFIG: AccountFeedConfig = {
  historyDays: 365,
  backfillWindowDays: 31,
  pollIntervalMs: 6 * HOUR,
  overlapDays: 3,
  fullRescanIntervalMs: 24 * HOUR,
  searchAttributes: true,
  refreshMode: 'realtime',
  refreshMinIntervalMs: 5 * MINUTE,
  legacySyncMinIntervalMs: 2 * MINUTE,
  refreshJobWaitMs: 2 * MINUTE,
  coalesceMs: 2_000,
  reauthReminderMs: 24 * HOUR,
  processingPollInitialMs: 5_000,
  processingPollMaxMs: 5 * MINUTE,
  activityHeartbeatTimeoutMs: 30_000,
  maxHistoryEvents: 10_000,
  seenEventKeysLimit: 1_000,
  reconcileAfterSync: true,
  // Asked at about 5 s, 35 s, 1.5 min and 3.5 min after the answer.
  notFoundConfirmWaitsMs: [5_000, 30_000, MINUTE, 2 * MINUTE],
};
