import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNightlyActivities } from '../../activities/nightly-activities.js';
import { createReconcileActivities } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount } from './seed.js';

// 21:30 UTC on 30 November is already 1 December in Nairobi (UTC+3), still 30 November in Lagos (UTC+1).
const LATE = new Date('2026-11-30T21:30:00.000Z');

let db: TestDb;
let dir: string;
beforeEach(async () => {
  db = await openSqliteTestDb();
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-time-zone-'));
  writeFileSync(
    join(dir, 'books.csv'),
    'Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit\n' +
      '2026-11-02,JNL-1,1010,Bank,Receipt,INV-1,"100.00",\n2026-11-02,JNL-1,1200,Receivables,Receipt,INV-1,,"100.00"\n',
  );
});
afterEach(async () => {
  await db.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("the business day a run reads is the account's, not Lagos's", () => {
  it("a feed's reconciliation of an account with no lines yet ends on the account's own today", async () => {
    await seedAccount(db.db, 'acc-ke', 'KES');
    await db.db.updateTable('accounts').set({ timezone: 'Africa/Nairobi' }).where('id', '=', 'acc-ke').execute();
    await seedAccount(db.db, 'acc-ng', 'NGN');
    const acts = createReconcileActivities({
      db: db.db,
      logger: createLogger({ silent: true }),
      dataDir: dir,
      ledger: {
        baseDir: dir,
        config: {
          sources: [{ id: 'books', kind: 'csv', path: 'books.csv', currency: 'KES', ledgerAccount: '1010' }],
          bindings: ['acc-ke', 'acc-ng'].map((accountId) => ({ accountId, sourceId: 'books', ledgerAccount: '1010' })),
        } as unknown as LedgerConfig,
      },
      clock: () => LATE,
    });
    for (const accountId of ['acc-ke', 'acc-ng'])
      await new MockActivityEnvironment().run(acts.reconcileAccountFeed, { accountId, trigger: 'manual' as const });
    const runs = await db.db.selectFrom('reconcile_runs').select(['account_id', 'period_to']).orderBy('id').execute();
    expect(runs.map((r) => [r.account_id, r.period_to])).toEqual([
      ['acc-ke', '2026-12-01'],
      ['acc-ng', '2026-11-30'],
    ]);
  });

  it("the nightly run's day is the schedule's time zone's", async () => {
    const nightly = (timeZone?: string) =>
      createNightlyActivities({
        db: db.db,
        logger: createLogger({ silent: true }),
        reportSink: { pathFor: (p: string) => p, published: async () => undefined } as never,
        reconcile: {
          reconcileAccountFeed: async () => null,
          accountReport: async () => Promise.reject(new Error('unused')),
        },
        clock: () => LATE,
        ...(timeZone ? { timeZone } : {}),
      });
    expect(await nightly('Africa/Nairobi').nightlyBusinessDay()).toBe('2026-12-01');
    expect(await nightly().nightlyBusinessDay()).toBe('2026-11-30');
  });
});
