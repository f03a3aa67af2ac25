import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  NIGHTLY_ERROR_PREFIX,
  NIGHTLY_REASON_MAX,
  nightlyFailureText,
} from '../../activities/ledger-nightly-status.js';
import { createNightlyActivities, type NightlyChunkResult } from '../../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink } from '../../activities/reconcile-activities.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { getAccount, upsertAccount } from '../../db/account-repository.js';
import { createLogger } from '../../worker/logger.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';

// One ledger source failing (here: Tryton credentials missing) must not fail the night: the accounts bound to it
// are recorded as failed on their status with the source's words, the others are reconciled and reported.

const logger = createLogger({ silent: true });
const UNSET = 'BANKFEED_TEST_NIGHTLY_UNSET_PASSWORD';
let db: TestDb;
let dir: string;

async function account(id: string): Promise<void> {
  await upsertAccount(
    db.db,
    {
      id,
      name: `Account ${id}`,
      institutionName: 'GTBank',
      institutionCode: '058',
      accountNumberMasked: '******1234',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      accountType: 'CURRENT',
      customerId: null,
      dataStatus: 'AVAILABLE',
      balanceMinor: 100_000,
      balanceAsOf: '2026-12-01T00:00:00.000Z',
    },
    '2026-12-01T00:00:00.000Z',
  );
}

function config(password?: string): LedgerConfig {
  return {
    sources: [
      { id: 'gl', kind: 'csv', path: 'gl.csv', currency: 'NGN', ledgerAccount: '1010' },
      {
        id: 'erp',
        kind: 'tryton',
        url: 'http://127.0.0.1:9',
        database: 'books',
        login: 'bankfeed',
        ...(password ? { password } : { passwordEnv: UNSET }),
        bankJournal: 'GTBank current account',
        currency: 'NGN',
      },
    ],
    bindings: [
      { accountId: 'acc_a_gl', sourceId: 'gl', ledgerAccount: '1010' },
      { accountId: 'acc_b_erp', sourceId: 'erp', ledgerAccount: '1.1.1' },
      { accountId: 'acc_c_erp', sourceId: 'erp', ledgerAccount: '1.1.1' },
    ],
  } as unknown as LedgerConfig;
}

function nightly(cfg: LedgerConfig, reports: string) {
  const reportSink = fileReportSink(join(dir, reports));
  const ledger = { config: cfg, baseDir: dir };
  const reconcile = createReconcileActivities({ db: db.db, logger, dataDir: dir, reportSink, ledger });
  return createNightlyActivities({ db: db.db, logger, reportSink, reconcile, ledger });
}

beforeEach(async () => {
  delete process.env[UNSET];
  db = await openSqliteTestDb();
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-nightly-ledger-'));
  copyFileSync(join(import.meta.dirname, '../fixtures/ledger/general-ledger.csv'), join(dir, 'gl.csv'));
  for (const id of ['acc_a_gl', 'acc_b_erp', 'acc_c_erp']) await account(id);
});
afterEach(async () => {
  await db.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('nightly reconciliation with one ledger source down', () => {
  it('records the failure on each account bound to it, reconciles the rest, and lists every account', async () => {
    const acts = nightly(config(), 'reports');
    const r: NightlyChunkResult = await new MockActivityEnvironment().run(acts.nightlyReconcileChunk, {
      runKey: 'night',
      day: '2026-12-01',
      part: 'p0',
      accountIds: ['acc_a_gl', 'acc_b_erp', 'acc_c_erp'],
    });
    expect(r).toMatchObject({ accounts: 3, reconciled: 1, failed: 2 });
    expect(r.files).toHaveLength(1);
    expect(r.files[0]).toMatch(/acc_a_gl\.xlsx$/);
    for (const id of ['acc_b_erp', 'acc_c_erp']) {
      const a = await getAccount(db.db, id);
      expect(a!.nightly_error).toMatch(
        new RegExp(`^${NIGHTLY_ERROR_PREFIX} 2026-12-01: ledger source "erp": Tryton: environment variable ${UNSET}`),
      );
      // The night's failure is its own: the feed's last error is not the nightly run's to write.
      expect(a!.last_error).toBeNull();
    }
    expect((await getAccount(db.db, 'acc_a_gl'))!.nightly_error).toBeNull();
    // The organisation summary still has a row for every account, the failed ones without a workbook.
    const partsDir = join(dir, 'reports', '2026-12-01', '.nightly-parts', 'night');
    const rows = JSON.parse(readFileSync(join(partsDir, readdirSync(partsDir)[0]!), 'utf8')) as Array<{
      accountId: string;
      reportPath: string | null;
      nightlyError: string | null;
    }>;
    // A failed account's row says why, in the words stored on it.
    const why = `${NIGHTLY_ERROR_PREFIX} 2026-12-01: ledger source "erp": Tryton`;
    expect(rows.map((x) => [x.accountId, x.reportPath !== null, x.nightlyError?.slice(0, why.length) ?? null])).toEqual(
      [
        ['acc_a_gl', true, null],
        ['acc_b_erp', false, why],
        ['acc_c_erp', false, why],
      ],
    );

    // The next night the source is mended enough to be reached (no server there: a vendor error now) and fails in
    // its new words; the feed's own error on another account is never cleared by a good night.
    await db.db
      .updateTable('accounts')
      .set({ last_error: 'Mono: 503 from /transactions' })
      .where('id', '=', 'acc_a_gl')
      .execute();
    const again = await new MockActivityEnvironment().run(
      nightly(config('secret'), 'reports-2').nightlyReconcileChunk,
      {
        runKey: 'night-2',
        day: '2026-12-02',
        part: 'p0',
        accountIds: ['acc_a_gl', 'acc_b_erp'],
      },
    );
    expect(again).toMatchObject({ reconciled: 1, failed: 1 });
    expect((await getAccount(db.db, 'acc_b_erp'))!.nightly_error).toMatch(
      /^nightly reconciliation 2026-12-02: ledger source "erp": /,
    );
    expect((await getAccount(db.db, 'acc_b_erp'))!.nightly_error).not.toContain('secret');
    expect((await getAccount(db.db, 'acc_a_gl'))!.last_error).toBe('Mono: 503 from /transactions');
  }, 120_000);

  it('a good night clears the failure an earlier night recorded, and only that', async () => {
    await db.db
      .updateTable('accounts')
      .set({
        nightly_error: `${NIGHTLY_ERROR_PREFIX} 2026-11-30: ledger source "gl": gone`,
        nightly_failed_at: '2026-11-30T01:00:00.000Z',
        last_error: 'Mono: 503 from /transactions',
      })
      .where('id', '=', 'acc_a_gl')
      .execute();
    const r = await new MockActivityEnvironment().run(nightly(config(), 'reports').nightlyReconcileChunk, {
      runKey: 'night',
      day: '2026-12-01',
      part: 'p0',
      accountIds: ['acc_a_gl'],
    });
    expect(r).toMatchObject({ reconciled: 1, failed: 0 });
    expect(await getAccount(db.db, 'acc_a_gl')).toMatchObject({
      nightly_error: null,
      nightly_failed_at: null,
      last_error: 'Mono: 503 from /transactions',
    });
  });
});

describe("a night's reason as stored", () => {
  it("keeps a refused file's name, row and column and the value found, however long the file's name", () => {
    const file = `${'Savanna Foods Ltd - General Ledger - '.repeat(12)}November 2026.csv`;
    const message = `${file}, row 4, column "Credit": an amount such as 1,250.50, (1,250.50) or 1,250.50 DR; found "36,2OO.75": expected a number such as 1,250.50, (1,250.50) or 1,250.50 DR`;
    const text = nightlyFailureText({ day: '2026-12-01', sourceId: 'ke-books', message });
    expect(text.startsWith(`${NIGHTLY_ERROR_PREFIX} 2026-12-01: ledger source "ke-books": Savanna Foods Ltd`)).toBe(
      true,
    );
    expect(text).toContain(' … ');
    expect(text).toContain('row 4, column "Credit"');
    expect(text).toContain('found "36,2OO.75"');
    expect(text.length).toBeLessThanOrEqual(NIGHTLY_REASON_MAX + 100);
  });

  it('keeps a reason of ordinary length whole, numbers still masked', () => {
    const text = nightlyFailureText({ day: '2026-12-01', sourceId: null, message: 'account 0123456789 refused' });
    expect(text).toBe(`${NIGHTLY_ERROR_PREFIX} 2026-12-01: no ledger source: account ******6789 refused`);
  });
});
