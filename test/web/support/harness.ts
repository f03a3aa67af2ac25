import type { FastifyInstance } from 'fastify';
import { createReconciliationService } from '../../../activities/reconciliation-service.js';
import { createUserAdmin } from '../../../web/auth/user-admin.js';
import { createWebApp, type WebAppDeps } from '../../../web/app.js';
import { openPostgresTestDb, openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { seedAccount, seedBank, seedLedger } from '../../reconciliation/seed.js';

import { PASSWORD } from './session.js';

export { PASSWORD };
export const OPENING_MINOR = 10_000_000;

export interface Harness {
  db: TestDb;
  app: FastifyInstance;
  accountId: string;
  otherAccountId: string;
  bank: number[];
  ledger: number[];
  close(): Promise<void>;
}

/**
 * An account whose books hold invoices the bank lines pay without naming them (so the engine suggests rather than
 * auto-matches), a hostile narration, a bank-only charge, a short payment, and a second account for cross-account
 * checks; three people, one per role.
 */
export async function createHarness(
  deps: Partial<WebAppDeps> = {},
  kind: 'sqlite' | 'postgres' = 'sqlite',
): Promise<Harness> {
  const db = kind === 'postgres' ? await openPostgresTestDb() : await openSqliteTestDb();
  const accountId = 'acc-main';
  const otherAccountId = 'acc-other';
  await seedAccount(db.db, accountId);
  await seedAccount(db.db, otherAccountId);
  for (const id of [accountId, otherAccountId])
    await db.db
      .updateTable('accounts')
      .set({
        ledger_binding: JSON.stringify({ sourceId: `books-${id}`, ledgerAccount: '1010', writeBack: false }),
        institution_name: 'Demo Bank',
      })
      .where('id', '=', id)
      .execute();
  const bank = await seedBank(db.db, accountId, [
    {
      date: '2026-10-02',
      amountMinor: 12_500_000,
      narration: 'TRF FROM ADEBAYO STORES',
      counterpartyName: 'ADEBAYO STORES',
    },
    {
      date: '2026-10-03',
      amountMinor: 8_000_000,
      narration: 'TRF FROM KANO TRADERS',
      counterpartyName: 'KANO TRADERS',
    },
    {
      date: '2026-10-04',
      amountMinor: 4_300_000,
      narration: '<script>alert(1)</script> "><img src=x onerror=alert(2)>',
      counterpartyName: '=HYPERLINK("http://evil")',
    },
    { date: '2026-10-05', amountMinor: -5_375, narration: 'NIP TRANSFER FEE', counterpartyName: null },
    {
      date: '2026-10-06',
      amountMinor: 990_000,
      narration: 'TRF FROM OKON VENTURES',
      counterpartyName: 'OKON VENTURES',
    },
    { date: '2026-10-07', amountMinor: 3_000_000, narration: 'CASH DEPOSIT LEKKI', counterpartyName: null },
    {
      date: '2026-10-08',
      amountMinor: -1_500_000,
      narration: 'POS TERMINAL ANNUAL SUBSCRIPTION',
      counterpartyName: null,
    },
  ]);
  // Running balances as the bank reports them, from an opening balance of ₦100,000.00.
  let running = OPENING_MINOR;
  for (const id of bank) {
    const row = await db.db
      .selectFrom('bank_transactions')
      .select('amount_minor')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    running += Number(row.amount_minor);
    await db.db.updateTable('bank_transactions').set({ balance_minor: running }).where('id', '=', id).execute();
  }
  const ledger = await seedLedger(db.db, `books-${accountId}`, [
    {
      date: '2026-09-30',
      amountMinor: 12_500_000,
      party: 'Adebayo Stores Ltd',
      description: 'Sales invoice',
      reference: 'SI-1001',
    },
    {
      date: '2026-10-01',
      amountMinor: 8_000_000,
      party: 'Kano Traders',
      description: 'Sales invoice',
      reference: 'SI-1002',
    },
    {
      date: '2026-10-02',
      amountMinor: 4_300_000,
      party: '<b>Bold</b> & Co',
      description: '@SUM(A1:A9) receipt',
      reference: 'SI-1003',
    },
    {
      date: '2026-10-04',
      amountMinor: 1_000_000,
      party: 'Okon Ventures',
      description: 'Sales invoice',
      reference: 'SI-1004',
    },
    {
      date: '2026-10-06',
      amountMinor: 1_800_000,
      party: 'Lekki Branch',
      description: 'Cash sales part 1',
      reference: 'CS-1',
    },
    {
      date: '2026-10-06',
      amountMinor: 1_200_000,
      party: 'Lekki Branch',
      description: 'Cash sales part 2',
      reference: 'CS-2',
    },
  ]);
  // The bank account's own GL account in the books (the binding's ledgerAccount).
  await db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).execute();
  await seedBank(db.db, otherAccountId, [
    { date: '2026-10-02', amountMinor: 777_000, narration: 'OTHER ACCOUNT LINE' },
  ]);
  await seedLedger(db.db, `books-${otherAccountId}`, [
    { date: '2026-10-01', amountMinor: 777_000, party: 'Somebody', description: 'x' },
  ]);
  const service = createReconciliationService({ db: db.db });
  for (const id of [accountId, otherAccountId])
    await service.reconcileAccount({
      accountId: id,
      ledgerSourceId: `books-${id}`,
      period: { from: '2026-09-01', to: '2026-10-31' },
      trigger: 'manual',
      options: { autoConfirmThreshold: 1, autoConfirmByCounterparty: false, tolerance: { underPercent: '2' } },
    });
  await addPeople(db, [
    ['vera', 'viewer'],
    ['rita', 'reviewer'],
    ['ada', 'admin'],
  ]);
  const app = await createWebApp({ db: db.db, matching: { tolerance: { underPercent: '2' } }, ...deps });
  return {
    db,
    app,
    accountId,
    otherAccountId,
    bank,
    ledger,
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}

/** Live suggested groups of the account, best first per bank line. */
/** People who sign in with PASSWORD, each shown by their name capitalised. */
export async function addPeople(
  db: TestDb,
  people: ReadonlyArray<readonly [string, 'viewer' | 'reviewer' | 'admin']>,
): Promise<void> {
  const admin = createUserAdmin({ db: db.db });
  for (const [username, role] of people)
    await admin.add({
      username,
      displayName: username[0]!.toUpperCase() + username.slice(1),
      role,
      password: PASSWORD,
      actor: 'test',
    });
}

export async function suggestions(h: Harness, accountId = h.accountId) {
  const rows = await h.db.db
    .selectFrom('match_groups')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('status', '=', 'suggested')
    .where('superseded_run_id', 'is', null)
    .orderBy('id')
    .execute();
  const items = await h.db.db.selectFrom('match_items').selectAll().execute();
  return rows.map((r) => ({
    id: Number(r.id),
    confidence: Number(r.confidence),
    differenceMinor: Number(r.difference_minor),
    ruleId: r.rule_id,
    bankIds: items
      .filter((i) => Number(i.group_id) === Number(r.id) && i.side === 'bank')
      .map((i) => Number(i.item_id)),
    ledgerIds: items
      .filter((i) => Number(i.group_id) === Number(r.id) && i.side === 'ledger')
      .map((i) => Number(i.item_id)),
  }));
}
