import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readFileSync } from 'node:fs';
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
  await writeMpesaXlsx(at('mpesa.xlsx'));
});

/** A CSV line's cells (quoted cells may hold commas). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1]!);
}

/**
 * The fixture's rows as the portal's XLSX export holds them: amounts and balances as numbers (Withdrawn negative),
 * Completion and Initiation Time as spreadsheet date-times (serials with a fraction of a day).
 */
async function writeMpesaXlsx(path: string): Promise<void> {
  const lines = readFileSync(MPESA_CSV, 'utf8').trimEnd().split('\n');
  const serial = (text: string) => {
    const [d, t] = text.split(' ');
    const [y, m, day] = d!.split('-').map(Number);
    const [hh, mm, ss] = t!.split(':').map(Number);
    return (Date.UTC(y!, m! - 1, day!) - Date.UTC(1899, 11, 30)) / 86_400_000 + (hh! * 3600 + mm! * 60 + ss!) / 86_400;
  };
  const aoa = lines.map((line, i) => {
    const cells: Array<string | number> = csvCells(line);
    if (i < 6) return cells;
    for (const c of [1, 2]) cells[c] = serial(cells[c] as string);
    for (const c of [5, 6, 7]) if (cells[c] !== '') cells[c] = Number((cells[c] as string).replace(/,/g, ''));
    return cells;
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Statement');
  await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
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

describe('ke-mpesa-organisation-statement: detected without a mapping', () => {
  const expected = [
    // row, date, amount, reference (A/C No.), name, account, receipt
    [14, '2025-05-01', 500000, 'INV-1001', 'JANE WANJIKU', '254722***111', 'TE1RCPT001'],
    [13, '2025-05-01', -5000, null, null, null, 'TE1RCPT001'],
    [12, '2025-05-02', -300000, 'MWH001', 'TWIGA FOODS LTD', '4040444', 'TE2RCPT002'],
    [11, '2025-05-02', -5500, null, null, null, 'TE2RCPT002'],
    [9, '2025-05-03', 200000, null, 'PETER OTIENO', '254733***222', 'TE3RCPT004'],
    [8, '2025-05-03', -5000, null, null, null, 'TE3RCPT004'],
    // initiated 2025-05-03 23:59:50, completed 2025-05-04 00:00:05: the Completion Time's date
    [7, '2025-05-04', -1000000, null, 'KCB BANK KENYA', '1100223344', 'TE4RCPT005'],
  ];

  for (const file of ['csv', 'xlsx']) {
    it(`reads the ${file.toUpperCase()} export: KES, Completion Time, A/C No. as reference, oldest first, Failed row skipped`, async () => {
      const st = await readBankStatementFile(file === 'csv' ? MPESA_CSV : at('mpesa.xlsx'));
      expect(st.preset).toBe('ke-mpesa-organisation-statement');
      expect(st.currency).toBe('KES');
      expect(
        st.lines.map((l) => [
          l.row,
          l.date,
          l.amountMinor,
          l.reference,
          l.counterpartyName,
          l.counterpartyAccount,
          l.transactionId,
        ]),
      ).toEqual(expected);
      expect(st.lines[0]!.narration).toBe('Pay Bill Online from 254722***111 - JANE WANJIKU Acc. INV-1001');
      expect(st.skipped).toEqual([{ row: 10, reason: 'Transaction Status "Failed": the money did not move' }]);
      expect(balanceBreaks(st)).toBe(0);
      expect([st.openingBalanceMinor, st.closingBalanceMinor]).toEqual([1000000, 384500]);
    });
  }

  it('the Receipt No. is part of the line id: the same rows give the same ids in CSV and XLSX, a payment and its charge differ', async () => {
    const csv = await readBankStatementFile(MPESA_CSV);
    const xlsx = await readBankStatementFile(at('mpesa.xlsx'));
    expect(xlsx.lines.map((l) => l.id)).toEqual(csv.lines.map((l) => l.id));
    expect(new Set(csv.lines.map((l) => l.id)).size).toBe(csv.lines.length);
    const mapped = await readBankStatementFile(MPESA_CSV, { mapping: HAND_MAPPING, currency: 'KES' });
    // without the receipt (a hand mapping that leaves it out) the ids are different ids
    expect(mapped.lines.map((l) => l.id)).not.toEqual(csv.lines.map((l) => l.id));
  });

  it('refuses a date written day-first: the layout writes year first', async () => {
    const text = readFileSync(MPESA_CSV, 'utf8').replace(
      '2025-05-01 08:00:00,2025-05-01',
      '01/05/2025 08:00:00,2025-05-01',
    );
    await writeFile(at('dmy.csv'), text);
    await expect(readBankStatementFile(at('dmy.csv'))).rejects.toThrow(/row 13, column "Completion Time"/);
  });
});

describe('a negative number in a money-out column is money out', () => {
  it('whatever the layout or mapping: -72.00, (72.00) and 72.00 in Withdrawn are all -7200', async () => {
    await writeFile(
      at('negative-out.csv'),
      ['Date,Details,Paid In,Withdrawn', '2025-05-01,a,,-72.00', '2025-05-02,b,,(72.00)', '2025-05-03,c,,72.00'].join(
        '\n',
      ),
    );
    const st = await readBankStatementFile(at('negative-out.csv'), {
      mapping: { date: 'Date', description: 'Details', moneyIn: 'Paid In', moneyOut: 'Withdrawn' },
      currency: 'KES',
    });
    expect(st.lines.map((l) => l.amountMinor)).toEqual([-7200, -7200, -7200]);
    const mpesa = await readBankStatementFile(MPESA_CSV);
    expect(mpesa.lines.filter((l) => l.amountMinor < 0).map((l) => l.row)).toEqual([13, 12, 11, 8, 7]);
  });
});
