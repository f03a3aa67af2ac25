import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { buildAccountReport } from '../../activities/report-builder.js';
import { finishStatementReconciliation } from '../../activities/statement-checkpoints.js';
import { buildStatement } from '../../adapters/reports/index.js';
import type { OutstandingItem } from '../../domain/statement.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { seedAccount, seedBank, seedLedger } from './seed.js';

const kinds = await databaseKinds();
const ACC = 'acc-statement';
const SOURCE = 'gl';
const MARCH = { from: '2024-03-01', to: '2024-03-31' };
const APRIL = { from: '2024-04-01', to: '2024-04-30' };

/**
 * The feed's statement across two consecutive months: the period-end cut-off (a March cheque presented on 3 April is
 * outstanding at 31 March), the books' balance carried forward from the finished March statement, and items that
 * carry forward with their original dates while cleared ones never reappear.
 */
describe.each(kinds)('the feed statement on $name', ({ open }) => {
  let db: TestDb;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    db = await open();
    await seedAccount(db.db, ACC);
    const bank = await seedBank(db.db, ACC, [
      { date: '2024-03-05', amountMinor: 5_000_000, narration: 'NIP FRM ACME LTD INV-1001', reference: 'INV-1001' },
      { date: '2024-03-20', amountMinor: -2_000_000, narration: 'TRF TO OKON FREIGHT PO-77', reference: 'PO-77' },
      { date: '2024-04-03', amountMinor: -1_500_000, narration: 'CHQ-0042 CLEARING', reference: 'CHQ-0042' },
      { date: '2024-04-12', amountMinor: 3_000_000, narration: 'NIP FRM BETA CO INV-1002', reference: 'INV-1002' },
    ]);
    // Mono's running balances: 100,000.00 before the first line.
    const balances = [15_000_000, 13_000_000, 11_500_000, 14_500_000];
    for (let i = 0; i < bank.length; i++)
      await db.db
        .updateTable('bank_transactions')
        .set({ balance_minor: balances[i]! })
        .where('id', '=', bank[i]!)
        .execute();
    const ledger = await seedLedger(db.db, SOURCE, [
      { date: '2024-03-04', amountMinor: 5_000_000, reference: 'INV-1001', party: 'Acme Ltd' },
      { date: '2024-03-19', amountMinor: -2_000_000, reference: 'PO-77', party: 'Okon Freight' },
      { date: '2024-03-30', amountMinor: -1_500_000, reference: 'CHQ-0042', party: 'Gamma Ltd' },
      { date: '2024-03-31', amountMinor: 800_000, reference: 'DEP-9', description: 'Cheque deposit' },
      { date: '2024-04-11', amountMinor: 3_000_000, reference: 'INV-1002', party: 'Beta Co' },
      // The general ledger also holds another bank's account: never this statement's item.
      { date: '2024-03-31', amountMinor: -700_000, reference: 'OTHER-1', description: 'Other bank transfer' },
    ]);
    ['inv1001', 'po77', 'chq', 'dep9', 'inv1002', 'other'].forEach((k, i) => (ids[k] = ledger[i]!));
    await db.db.updateTable('ledger_entries').set({ ledger_account: '1010' }).where('source_id', '=', SOURCE).execute();
    await db.db.updateTable('ledger_entries').set({ ledger_account: '1020' }).where('id', '=', ids.other!).execute();
    await createReconciliationService({ db: db.db }).reconcileAccount({
      accountId: ACC,
      ledgerSourceId: SOURCE,
      ledgerAccount: '1010',
      period: { from: MARCH.from, to: APRIL.to },
      trigger: 'manual',
    });
  });
  afterAll(async () => db.dispose());

  const report = (period: { from: string; to: string }) =>
    buildAccountReport(db.db, { accountId: ACC, period, ledgerSourceId: SOURCE, ledgerAccount: '1010' });

  it('states March as of 31 March: the cheque presented in April is outstanding; the books balance is labelled assumed', async () => {
    const r = await report(MARCH);
    expect(r.ledgerEntries.map((e) => e.id)).not.toContain(String(ids.other));
    const s = buildStatement(r);
    expect(s).toMatchObject({
      statementBalanceMinor: 13_000_000,
      statementBalanceSource: 'mono-running-balance',
      bookBalanceSource: 'assumed',
      differenceMinor: 0,
      verified: false,
      balanced: false,
    });
    expect(s.unpresentedPayments.items.map((i) => [i.id, i.date])).toEqual([[String(ids.chq), '2024-03-30']]);
    expect(s.depositsInTransit.items.map((i) => i.id)).toEqual([String(ids.dep9)]);
    // Balances a person states (the web app's checkpoint screen) are the statement's, labelled as such.
    const stated = buildStatement(
      await buildAccountReport(db.db, {
        accountId: ACC,
        period: MARCH,
        ledgerSourceId: SOURCE,
        ledgerAccount: '1010',
        stated: { statementBalanceMinor: 13_000_000, bookBalanceMinor: 12_300_100 },
      }),
    );
    expect(stated).toMatchObject({
      bookBalanceSource: 'stated',
      differenceMinor: -100,
      verified: true,
      balanced: false,
    });
  });

  it('carries the finished March statement into April: balanced, verified, outstanding items with their March dates', async () => {
    const march = buildStatement(await report(MARCH));
    const items: OutstandingItem[] = [...march.depositsInTransit.items, ...march.unpresentedPayments.items].map(
      (i) => ({
        side: 'ledger',
        id: i.id,
        date: i.date,
        reference: i.reference ?? null,
        description: i.description,
        amountMinor: i.signedMinor!,
      }),
    );
    // The accountant states the books' balance at 31 March (123,000.00) and finishes the statement.
    await finishStatementReconciliation(db.db, {
      accountId: ACC,
      ledgerAccount: '1010',
      periodFrom: MARCH.from,
      periodEnd: MARCH.to,
      currency: 'NGN',
      statementBalanceMinor: 13_000_000,
      bookBalanceMinor: 12_300_000,
      bookBalanceSource: 'stated',
      differenceMinor: 0,
      items,
      finishedBy: 'ada@lagos-trading.ng',
    });

    const april = await report(APRIL);
    const s = buildStatement(april);
    expect(s).toMatchObject({
      statementBalanceMinor: 14_500_000,
      // 123,000.00 at 31 March + 30,000.00 booked in April
      bookBalanceMinor: 15_300_000,
      bookBalanceSource: 'carried-forward',
      differenceMinor: 0,
      verified: true,
      balanced: true,
    });
    expect(s.depositsInTransit.items.map((i) => [i.id, i.date, i.carriedForward])).toEqual([
      [String(ids.dep9), '2024-03-31', true],
    ]);
    expect(s.unpresentedPayments.count).toBe(0); // the cheque was presented on 3 April
    // Cleared in March, never again: and not "unmatched" in April either.
    const shown = april.ledgerEntries.map((e) => e.id);
    expect(shown).not.toContain(String(ids.inv1001));
    expect(shown).not.toContain(String(ids.po77));
    expect(april.result.unmatchedLedger).toEqual([String(ids.dep9)]);
  });
});
