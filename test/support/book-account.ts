import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach } from 'vitest';
import { createFeedActivities, type SyncInput, type SyncOutcome } from '../../activities/feed-activities.js';
import type { MonoClient } from '../../adapters/mono/index.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from './databases.js';
import { syncInput } from './feed-harness.js';
import { accountOnRecord } from './webhook-outbox.js';

/** The bank's clock in the feed's book tests: books run through November 2026 (test/support/line-book.ts). */
export const BOOK_NOW = '2026-11-30T12:00:00.000Z';

/**
 * One account on a fresh store for each test of the file (hooks registered here), and the feed's activities against
 * a Mono of the test's making. `run` is one sync of 30 days of history in 7-day windows (full unless told).
 */
export function bookAccount(accountId: string) {
  let store: TestDb | undefined;
  beforeEach(async () => {
    store = await openSqliteTestDb();
    await accountOnRecord(store.db, accountId, accountId, BOOK_NOW);
  });
  afterEach(async () => {
    await store?.dispose();
  });
  const db = () => store!.db;
  const activities = (mono: MonoClient) =>
    createFeedActivities({
      db: db(),
      mono,
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
      clock: () => new Date(BOOK_NOW),
    });
  type Activities = ReturnType<typeof activities>;
  const run = (
    acts: Activities,
    o: Partial<SyncInput> = {},
    env = new MockActivityEnvironment(),
  ): Promise<SyncOutcome> => env.run(acts.syncAccount, syncInput(accountId, 30, o));
  /** The stored status of the line with that provider id ('never stored' when there is none). */
  const statusOf = async (id: string) =>
    (
      await db()
        .selectFrom('bank_transactions')
        .select('status')
        .where('account_id', '=', accountId)
        .where('provider_txn_id', '=', id)
        .executeTakeFirst()
    )?.status ?? 'never stored';
  return { db, activities, run, statusOf };
}
