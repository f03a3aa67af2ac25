import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReconcileActivities } from '../../activities/reconcile-activities.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import { createLogger } from '../../worker/logger.js';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank } from './seed.js';

// The feeds' reconciliation ran with the engine's defaults whatever the finance team wanted. It now runs with the
// running settings' matching (BANKFEED_MATCH_*), as the composition root hands them to the worker; a fixed tolerance
// counts only on accounts in its own currency.

let db: TestDb;
let dir: string;

const BOOKS = `Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit
2026-10-01,JNL-1,1010,Bank,Receipt from Adebayo Stores,INV-2026-0101,"100,000.00",
2026-10-01,JNL-1,1200,Accounts Receivable,Receipt from Adebayo Stores,INV-2026-0101,,"100,000.00"
`;

beforeEach(async () => {
  db = await openSqliteTestDb();
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-running-match-'));
  for (const [id, currency] of [
    ['acc-ngn', 'NGN'],
    ['acc-kes', 'KES'],
  ] as const) {
    writeFileSync(join(dir, `${id}.csv`), BOOKS);
    await seedAccount(db.db, id, currency);
    // Paid ₦/KSh 30.00 short, quoting the invoice.
    await seedBank(db.db, id, [
      { date: '2026-10-03', amountMinor: 9_997_000, currency, narration: 'TRF FROM ADEBAYO STORES INV-2026-0101' },
    ]);
  }
});
afterEach(async () => {
  await db.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const ledger = {
  baseDir: '',
  config: {
    sources: ['acc-ngn', 'acc-kes'].map((id) => ({
      id: `books-${id}`,
      kind: 'csv',
      path: `${id}.csv`,
      currency: id === 'acc-ngn' ? 'NGN' : 'KES',
      ledgerAccount: '1010',
    })),
    bindings: ['acc-ngn', 'acc-kes'].map((id) => ({ accountId: id, sourceId: `books-${id}`, ledgerAccount: '1010' })),
  } as unknown as LedgerConfig,
};

async function reconcileWith(env: Record<string, string>, accountId: string) {
  const running = resolveRunningSettings(loadSettings(env), null);
  const acts = createReconcileActivities({
    db: db.db,
    logger: createLogger({ silent: true }),
    dataDir: dir,
    ledger: { ...ledger, baseDir: dir },
    clock: () => new Date('2026-10-10T12:00:00.000Z'),
    // As startStack hands them to the worker.
    matchOptions: running.matching,
    ...(running.toleranceCurrency ? { toleranceCurrency: running.toleranceCurrency } : {}),
  });
  await new MockActivityEnvironment().run(acts.reconcileAccountFeed, { accountId, trigger: 'manual' as const });
  return createReconciliationService({ db: db.db }).listGroups(accountId);
}

const ENV = {
  BANKFEED_MATCH_TOLERANCE: '{"underFixedMinor":5000,"currency":"NGN"}',
  BANKFEED_MATCH_WRITE_OFF_ACCOUNT: '6120 Short payments',
};

describe("the feeds' reconciliation with the running matching settings", () => {
  it('writes a shortfall within the configured tolerance off to the configured account', async () => {
    const groups = await reconcileWith(ENV, 'acc-ngn');
    const g = groups.find((x) => x.ledgerIds.length > 0);
    expect(g).toMatchObject({ status: 'auto', writeOff: { account: '6120 Short payments', amountMinor: 3_000 } });
  });

  it('without the variables, leaves the same shortfall to a person, as before', async () => {
    const groups = await reconcileWith({}, 'acc-ngn');
    expect(groups.map((x) => [x.status, x.differenceMinor, x.writeOff])).toEqual([['suggested', -3_000, null]]);
    expect(JSON.stringify(groups[0]!.evidence)).toContain('outside the tolerance');
    expect(JSON.stringify(groups[0]!.evidence)).toContain('written off to Bank charges only with an override');
  });

  it('does not apply a naira fixed tolerance to a shilling account', async () => {
    const groups = await reconcileWith(ENV, 'acc-kes');
    expect(groups.map((x) => [x.status, x.differenceMinor, x.writeOff])).toEqual([['suggested', -3_000, null]]);
    // The write-off account is the books' in every currency.
    expect(JSON.stringify(groups[0]!.evidence)).toContain('outside the tolerance');
    expect(JSON.stringify(groups[0]!.evidence)).toContain('written off to 6120 Short payments only with an override');
    // The same allowance said in shillings covers it.
    const kes = await reconcileWith(
      { ...ENV, BANKFEED_MATCH_TOLERANCE: '{"underFixedMinor":5000,"currency":"KES"}' },
      'acc-kes',
    );
    expect(kes.find((x) => x.ledgerIds.length > 0)).toMatchObject({
      status: 'auto',
      writeOff: { account: '6120 Short payments', amountMinor: 3_000 },
    });
  });
});
