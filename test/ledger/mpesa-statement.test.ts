import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBankStatementFile, type BankStatement } from '../../adapters/ledger/read-bank-statement.js';
import type { ColumnMapping } from '../../adapters/ledger/tabular-options.js';
import { findBalanceBreaks } from '../../domain/transactions.js';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/ledger', name);
const MPESA_CSV = fixture('ke-mpesa-organisation-statement.csv');

/** The mapping a user gives today for an M-PESA organisation statement (as the holdout set's truth does). */
const HAND_MAPPING: ColumnMapping = {
  date: 'Completion Time',
  description: 'Details',
  reference: 'A/C No.',
  party: 'Other Party Info',
  moneyIn: 'Paid In',
  moneyOut: 'Withdrawn',
  balance: 'Balance',
};

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-mpesa-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function balanceBreaks(st: BankStatement): number {
  return findBalanceBreaks(
    st.lines.map((l) => ({ providerTxnId: l.id, amountMinor: l.amountMinor, balanceMinor: l.balanceMinor ?? null })),
  ).length;
}

describe('Transaction Status: rows that did not complete are not money that moved', () => {
  it('skips the Failed row of a hand-mapped M-PESA statement and says so; the running balance checks out', async () => {
    const st = await readBankStatementFile(MPESA_CSV, { mapping: HAND_MAPPING, currency: 'KES' });
    expect(st.lines.map((l) => l.row)).toEqual([14, 13, 12, 11, 9, 8, 7]);
    expect(st.lines.map((l) => l.amountMinor)).toEqual([500000, -5000, -300000, -5500, 200000, -5000, -1000000]);
    expect(st.skipped).toEqual([{ row: 10, reason: 'Transaction Status "Failed": the money did not move' }]);
    expect(balanceBreaks(st)).toBe(0);
    expect(st.openingBalanceMinor).toBe(1000000);
    expect(st.closingBalanceMinor).toBe(384500);
  });
});

describe('a status column named by the mapping', () => {
  it('reads Successful rows, skips Pending and Cancelled ones, and reads a row with no status', async () => {
    await writeFile(
      at('status.csv'),
      [
        'Date,Narration,Amount,State',
        '2025-05-01,Cash sale,100.00,Successful',
        '2025-05-02,Card sale,250.00,Pending',
        '2025-05-03,Refund,-40.00,Cancelled',
        '2025-05-04,Transfer,75.00,',
      ].join('\n'),
    );
    const st = await readBankStatementFile(at('status.csv'), {
      mapping: { date: 'Date', description: 'Narration', amount: 'Amount', status: 'State' },
      currency: 'KES',
    });
    expect(st.lines.map((l) => [l.row, l.amountMinor])).toEqual([
      [2, 10000],
      [5, 7500],
    ]);
    expect(st.skipped).toEqual([
      { row: 3, reason: 'State "Pending": the money did not move' },
      { row: 4, reason: 'State "Cancelled": the money did not move' },
    ]);
  });
});

describe('party split: "<number> - <NAME>" gives the counterparty account and name', () => {
  it('splits M-PESA Other Party Info on a hand mapping (masked MSISDN, shortcode, bank account)', async () => {
    const st = await readBankStatementFile(MPESA_CSV, { mapping: HAND_MAPPING, currency: 'KES' });
    const byRow = new Map(st.lines.map((l) => [l.row, l]));
    expect([byRow.get(14)!.counterpartyName, byRow.get(14)!.counterpartyAccount]).toEqual([
      'JANE WANJIKU',
      '254722***111',
    ]);
    expect([byRow.get(12)!.counterpartyName, byRow.get(12)!.counterpartyAccount]).toEqual([
      'TWIGA FOODS LTD',
      '4040444',
    ]);
    expect([byRow.get(7)!.counterpartyName, byRow.get(7)!.counterpartyAccount]).toEqual([
      'KCB BANK KENYA',
      '1100223344',
    ]);
    // a charge has no other party
    expect([byRow.get(13)!.counterpartyName, byRow.get(13)!.counterpartyAccount]).toEqual([null, null]);
  });

  it("the holdout set's own M-PESA file, read with its truth's hand mapping: row 12 is GRACE AKINYI, 254714***347", async () => {
    const file = join(
      import.meta.dirname,
      '../../bench/corpus/holdout/ke-kcb-mpesa-sage50/mpesa-paybill-4012345-may2025.csv',
    );
    const st = await readBankStatementFile(file, { mapping: HAND_MAPPING, currency: 'KES' });
    const line = st.lines.find((l) => l.row === 12)!;
    expect(line.counterpartyName).toBe('GRACE AKINYI');
    expect(line.counterpartyAccount).toBe('254714***347');
    expect(line.reference).toBe('GRACE');
  });

  it('leaves ordinary names with a hyphen alone', async () => {
    await writeFile(
      at('payees.csv'),
      [
        'Date,Payee,Amount',
        '2025-05-01,Smith - Jones Ltd,-100.00',
        '2025-05-02,Coca-Cola Beverages,-50.00',
        '2025-05-03,ABC 12 - Nairobi,20.00',
        '2025-05-04,123 - Short Number,30.00',
      ].join('\n'),
    );
    const st = await readBankStatementFile(at('payees.csv'), {
      mapping: { date: 'Date', party: 'Payee', amount: 'Amount' },
      currency: 'KES',
    });
    expect(st.lines.map((l) => [l.counterpartyName, l.counterpartyAccount])).toEqual([
      ['Smith - Jones Ltd', null],
      ['Coca-Cola Beverages', null],
      ['ABC 12 - Nairobi', null],
      ['123 - Short Number', null],
    ]);
  });
});
