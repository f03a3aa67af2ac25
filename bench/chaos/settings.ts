import type { FaultProfile } from '../../sandbox/server.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';

/** The sandbox's fault profile during a chaos run: every fault of issue 7 at once, each often enough to recur. */
export const CHAOS_FAULTS: Partial<FaultProfile> = {
  rate429: 0.05,
  retryAfterSec: 1,
  burst503Every: 31,
  burst503Length: 3,
  slowMs: 1_500,
  slowProbability: 0.02,
  truncatedJson: 0.03,
  overlappingPages: true,
  duplicatePages: 0.05,
  idChurn: 0.03,
  pendingThenPosted: 0.3,
};

/**
 * Feed timers for the run (as TEST_FEED_CONFIG in test/support/feed-harness.ts, which cannot be imported outside
 * vitest): short heartbeats so a killed activity is retried within seconds, a poll every 45 s so polls and their
 * refreshes happen during the run; Mono's own refresh limits stay as they are.
 */
export function chaosFeedConfig(historyDays: number): Partial<AccountFeedConfig> {
  return {
    historyDays,
    backfillWindowDays: 10,
    pollIntervalMs: 45_000,
    coalesceMs: 200,
    // A refresh job takes 5 s of sandbox time; under load its webhook can lag. Waiting longer keeps a sync from
    // reading a stale account's old data just before its job lands (the job's webhook would sync it again anyway).
    refreshJobWaitMs: 20_000,
    reauthReminderMs: 3_600_000,
    processingPollInitialMs: 500,
    processingPollMaxMs: 2_000,
    activityHeartbeatTimeoutMs: 5_000,
    reconcileAfterSync: false,
  };
}

const BANK_ZONES = ['Africa/Lagos', 'Africa/Accra', 'Africa/Nairobi', 'Africa/Johannesburg'];

/**
 * How far the sandbox clock may move ahead of the worker's before some bank's business day would differ between
 * the two (the worker syncs up to its own today): the time to the first local midnight.
 */
export function pendingAdvanceBudgetMs(now: Date): number {
  let budget = Infinity;
  for (const timeZone of BANK_ZONES) {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
    const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
    budget = Math.min(budget, 86_400_000 - (get('hour') * 3600 + get('minute') * 60 + get('second')) * 1000);
  }
  return budget;
}
