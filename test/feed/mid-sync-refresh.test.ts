import { MockActivityEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedActivities, type SyncInput, type SyncOutcome } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { storeTuples, truthTuples } from '../support/feed-harness.js';

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

let sb: Sandbox;
let db: TestDb;
const logger = createLogger({ silent: true });

beforeAll(async () => {
  // The sandbox clock stands still unless advanced: the refresh lands exactly where the test puts it.
  sb = await startSandbox({ seed: 83, timeScale: 1e-6, startTime: '2026-11-20T10:00:00.000Z', webhookUrl: null });
  db = await openSqliteTestDb();
});
afterAll(async () => {
  await sb?.close();
  await db?.close();
});

/** A Mono client that has a refresh job land (and finish) just before the `landAt`-th window's first read. */
function monoLandingRefreshAt(accountId: string, landAt: number) {
  const mono = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
  const starts: string[] = [];
  const list = mono.listTransactions.bind(mono);
  mono.listTransactions = async (id, filters = {}) => {
    if (id === accountId && filters.start && !starts.includes(filters.start)) {
      starts.push(filters.start);
      if (starts.length === landAt) {
        const job = await mono.refresh(accountId);
        expect(job.jobStatus).toBe('processing');
        sb.advance(10_000);
        expect(sb.dataView(accountId)).toMatchObject({ refreshing: false });
      }
    }
    return list(id, filters);
  };
  return { mono, windowsRead: () => starts.length };
}

const input = (accountId: string, o: Partial<SyncInput>): SyncInput => ({
  accountId,
  mode: 'auto',
  watermark: null,
  lastFullScanAt: null,
  historyDays: HISTORY_DAYS,
  windowDays: WINDOW_DAYS,
  overlapDays: OVERLAP_DAYS,
  fullRescanIntervalMs: 24 * 3_600_000,
  ...o,
});

describe('a refresh landing between two window reads of one sync', () => {
  // 41 UTC days in 7-day windows: 6 windows; the refresh lands before the 2nd, 3rd, … 6th read.
  for (const landAt of [2, 3, 4, 5, 6]) {
    it(`loses nothing when it lands before window read ${landAt}`, async () => {
      const id = await sb.linkAccount({
        id: `midsync-${landAt}`,
        institution: 'GTBank',
        kind: 'business',
        historyDays: HISTORY_DAYS - 2,
        txnsPerDay: 6,
        staleDays: STALE_DAYS,
      });
      const { mono, windowsRead } = monoLandingRefreshAt(id, landAt);
      const acts = createFeedActivities({
        db: db.db,
        mono,
        logger,
        notifier: { reauthRequired: async () => {} },
        clock: () => sb.now(),
      });
      const env = new MockActivityEnvironment();
      await env.run(acts.describeAccount, id);
      const first: SyncOutcome = await env.run(acts.syncAccount, input(id, { mode: 'full' }));
      expect(windowsRead()).toBe(6);
      expect(first.complete).toBe(true);
      // What the workflow does with the outcome: the watermark moves to the sync's newest row (it was complete).
      sb.advance(3_600_000);
      const second: SyncOutcome = await env.run(
        acts.syncAccount,
        input(id, { watermark: first.newestRowAt, lastFullScanAt: first.scannedAt }),
      );
      expect(second.full).toBe(false);
      const stored = await db.db
        .selectFrom('bank_transactions')
        .select(['amount_minor', 'balance_minor'])
        .where('account_id', '=', id)
        .where('status', '!=', 'removed')
        .execute();
      expect(storeTuples(stored).sort()).toEqual(truthTuples(sb, id).sort());
    });
  }
});
