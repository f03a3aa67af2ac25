import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readBankStatementFile, type BankStatement } from '../../adapters/ledger/read-bank-statement.js';
import type { ColumnMapping } from '../../adapters/ledger/tabular-options.js';
import { findBalanceBreaks } from '../../domain/transactions.js';

// An MTN MoMo merchant wallet export: a signed Amount and a separate Fee; the Balance moves by the amount less the fee.
const MOMO_CSV = join(import.meta.dirname, '../fixtures/ledger', 'gh-mtn-momo-merchant.csv');
const MOMO_MAPPING: ColumnMapping = {
  date: 'Date',
  amount: 'Amount',
  fee: 'Fee',
  description: ['Type', 'Note / Message'],
  reference: 'Id',
  party: 'From Name',
  balance: 'Balance',
  currency: 'Currency',
};
// Oldest first: two receipts net of 1%, a supplier payment plus its fee, a transfer with no fee, a receipt.
const NET = [11880, 4504, -20200, -30000, 7920];
const FEES = [120, 46, 200, null, 80];

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-fee-signed-'));
  // The same rows as a workbook holds them: amounts, fees and balances as numbers.
  const aoa = readFileSync(MOMO_CSV, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line, i) => line.split(',').map((c, j) => (i > 0 && [6, 8, 9].includes(j) ? Number(c) : c)));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Transactions');
  await writeFile(at('momo.xlsx'), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function balanceBreaks(st: BankStatement): number {
  return findBalanceBreaks(
    st.lines.map((l) => ({ providerTxnId: l.id, amountMinor: l.amountMinor, balanceMinor: l.balanceMinor ?? null })),
  ).length;
}

describe('a fee column beside a signed amount is netted from the line, as beside money in / money out', () => {
  it.each([
    ['CSV', () => MOMO_CSV],
    ['XLSX', () => at('momo.xlsx')],
  ])('reads a MoMo merchant %s net of its fees; the running balance checks out', async (_kind, path) => {
    const st = await readBankStatementFile(path(), { mapping: MOMO_MAPPING });
    expect(st.lines.map((l) => l.reference)).toEqual(['90001', '90002', '90003', '90004', '90005']);
    expect(st.lines.map((l) => l.amountMinor)).toEqual(NET);
    // the fee stays on the line for matching (what was paid is amount + fee), and a row with none carries none
    expect(st.lines.map((l) => l.feeMinor ?? null)).toEqual(FEES);
    expect(balanceBreaks(st)).toBe(0);
    expect(st.openingBalanceMinor).toBe(50000);
    expect(st.closingBalanceMinor).toBe(24104);
  });

  it('gives the same lines as the money-in / money-out shape of the same statement (one rule)', async () => {
    const rows = readFileSync(MOMO_CSV, 'utf8').trimEnd().split('\n').slice(1);
    const split = [
      'Id,Date,Money In,Money Out,Fee,Balance',
      ...rows.map((line) => {
        const c = line.split(',');
        const amount = c[6]!;
        return [
          c[0],
          c[1],
          amount.startsWith('-') ? '' : amount,
          amount.startsWith('-') ? amount.slice(1) : '',
          c[8],
          c[9],
        ].join(',');
      }),
    ].join('\n');
    await writeFile(at('split.csv'), split);
    const st = await readBankStatementFile(at('split.csv'), {
      mapping: {
        date: 'Date',
        moneyIn: 'Money In',
        moneyOut: 'Money Out',
        fee: 'Fee',
        balance: 'Balance',
        reference: 'Id',
      },
      currency: 'GHS',
    });
    expect(st.lines.map((l) => l.amountMinor)).toEqual(NET);
  });

  it('keeps the fee as money out when invertAmount flips the amount, and reads a fee-only row as the fee', async () => {
    await writeFile(
      at('inverted.csv'),
      [
        'Date,Details,Spent,Charge,Balance',
        '2025-02-03,Receipt,-100.00,1.00,199.00',
        '2025-02-04,Supplier,50.00,0.50,148.50',
        '2025-02-05,Monthly fee,,2.50,146.00',
      ].join('\n'),
    );
    const st = await readBankStatementFile(at('inverted.csv'), {
      mapping: {
        date: 'Date',
        description: 'Details',
        amount: 'Spent',
        invertAmount: true,
        fee: 'Charge',
        balance: 'Balance',
      },
      currency: 'GHS',
    });
    expect(st.lines.map((l) => l.amountMinor)).toEqual([9900, -5050, -250]);
    expect(balanceBreaks(st)).toBe(0);
  });
});

describe('fee mappings that cannot be read are refused, naming the file and column', () => {
  it('refuses a fee mapped to the amount column itself', async () => {
    await expect(readBankStatementFile(MOMO_CSV, { mapping: { ...MOMO_MAPPING, fee: 'Amount' } })).rejects.toThrow(
      'gh-mtn-momo-merchant.csv, row 1, column "Amount": a fee column of its own; "Amount" is mapped as both "fee" and "amount"',
    );
  });

  it('refuses a fee with no amount or money-in / money-out column', async () => {
    // Not through the configuration schema (which refuses it too): the reader's own options.
    const mapping = { date: 'Date', fee: 'Fee', balance: 'Balance', currency: 'Currency' } as ColumnMapping;
    await expect(readBankStatementFile(MOMO_CSV, { mapping })).rejects.toThrow(
      'gh-mtn-momo-merchant.csv, row 1, column "Fee": an "amount" or "moneyIn"/"moneyOut" column beside the fee column "Fee"',
    );
  });
});
