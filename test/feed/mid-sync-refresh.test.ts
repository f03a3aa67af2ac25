import { describe, expect, it } from 'vitest';
import type { SyncInput, SyncOutcome } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { storeTuples, syncInput, truthTuples, useActivitySandbox } from '../support/feed-harness.js';

/**
 * A refresh job can land while one sync is between two of its window reads: the windows read before it saw Mono's
 * stale view, the ones after it the refreshed view. Whichever window the refresh lands after, the next incremental
 * sync (from the watermark the first one left, minus the overlap) must hold every row Mono serves. Landing it after
 * each window in turn covers every way the stale and fresh reads can interleave. Reading the windows oldest first,
 * with the watermark from the newest row of the whole sync, fails the last case (29 rows lost).
 */
const HISTORY_DAYS = 40;
const WINDOW_DAYS = 7;
const STALE_DAYS = 10;
const OVERLAP_DAYS = 3;

// The sandbox clock stands still unless advanced: the refresh lands exactly where the test puts it.
const feed = useActivitySandbox({ seed: 83, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });

/** A Mono client that has a refresh job land (and finish) just before the `landAt`-th window's first read. */
function monoLandingRefreshAt(accountId: string, landAt: number) {
  const mono = new MonoClient({ baseUrl: feed.sb.url, secretKey: feed.sb.secretKey });
  const starts: string[] = [];
  const list = mono.listTransactions.bind(mono);
  mono.listTransactions = async (id, filters = {}) => {
    if (id === accountId && filters.start && !starts.includes(filters.start)) {
      starts.push(filters.start);
      if (starts.length === landAt) {
        const job = await mono.refresh(accountId);
        expect(job.jobStatus).toBe('processing');
        feed.sb.advance(10_000);
        expect(feed.sb.dataView(accountId)).toMatchObject({ refreshing: false });
      }
    }
    return list(id, filters);
  };
  return { mono, windowsRead: () => starts.length };
}

const input = (accountId: string, o: Partial<SyncInput>): SyncInput =>
  syncInput(accountId, HISTORY_DAYS, { mode: 'auto', windowDays: WINDOW_DAYS, overlapDays: OVERLAP_DAYS, ...o });

describe('a refresh landing between two window reads of one sync', () => {
  // 41 UTC days in 7-day windows: 6 windows; the refresh lands before the 2nd, 3rd, … 6th read.
  for (const landAt of [2, 3, 4, 5, 6]) {
    it(`loses nothing when it lands before window read ${landAt}`, async () => {
      const id = await feed.sb.linkAccount({
        id: `midsync-${landAt}`,
        institution: 'GTBank',
        kind: 'business',
        historyDays: HISTORY_DAYS - 2,
        txnsPerDay: 6,
        staleDays: STALE_DAYS,
      });
      const { mono, windowsRead } = monoLandingRefreshAt(id, landAt);
      const { acts, env } = feed.feedActivities(mono);
      await env.run(acts.describeAccount, id);
      const first: SyncOutcome = await env.run(acts.syncAccount, input(id, { mode: 'full' }));
      expect(windowsRead()).toBe(6);
      expect(first.complete).toBe(true);
      // What the workflow does with the outcome: the watermark moves to the sync's newest row (it was complete).
      feed.sb.advance(3_600_000);
      const second: SyncOutcome = await env.run(
        acts.syncAccount,
        input(id, { watermark: first.newestRowAt, lastFullScanAt: first.scannedAt }),
      );
      expect(second.full).toBe(false);
      const stored = await feed.db.db
        .selectFrom('bank_transactions')
        .select(['amount_minor', 'balance_minor'])
        .where('account_id', '=', id)
        .where('status', '!=', 'removed')
        .execute();
      expect(storeTuples(stored).sort()).toEqual(truthTuples(feed.sb, id).sort());
    });
  }
});
