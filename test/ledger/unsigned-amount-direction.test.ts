import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readBankStatementFile, type BankStatement } from '../../adapters/ledger/read-bank-statement.js';
import { columnMappingSchema, type ColumnMapping } from '../../adapters/ledger/tabular-options.js';
import { findBalanceBreaks } from '../../domain/transactions.js';

// An MTN MoMo Ghana merchant statement: AMOUNT is always positive; the direction is in TRANS. TYPE and in the move
// from BAL BEFORE to BAL AFTER. A sweep out to the bank costs its amount plus the fee.
const MOMO = [
  'MTN MOBILE MONEY - MERCHANT STATEMENT',
  'TRANSACTION DATE,TRANS. TYPE,AMOUNT,FEES,BAL BEFORE,BAL AFTER,F_ID',
  '2026-06-04 07:07:02,PAYMENT_RECEIVED,238.00,0.00,25000.00,25238.00,1001',
  '2026-06-05 07:27:07,TRANSFER,4326.00,10.00,25238.00,20902.00,1002',
  '2026-06-06 07:47:42,PAYMENT_RECEIVED,2221.00,1.00,20902.00,23122.00,1003',
];
const SIGNED = [23800, -433600, 222000];
const BASE: ColumnMapping = {
  date: 'TRANSACTION DATE',
  amount: 'AMOUNT',
  fee: 'FEES',
  description: 'TRANS. TYPE',
  reference: 'F_ID',
  balanceBefore: 'BAL BEFORE',
  balance: 'BAL AFTER',
};
const BY_TYPE: ColumnMapping = {
  ...BASE,
  direction: { column: 'TRANS. TYPE', out: ['TRANSFER', 'CASH_OUT', 'DEBIT'] },
};
const BY_BALANCE: ColumnMapping = { ...BASE, direction: 'balance' };

let dir: string;
const write = async (name: string, lines: string[]) => {
  const path = join(dir, name);
  await writeFile(path, lines.join('\n') + '\n');
  return path;
};
const read = (path: string, mapping: ColumnMapping) => readBankStatementFile(path, { mapping, currency: 'GHS' });
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );
const breaks = (st: BankStatement) =>
  findBalanceBreaks(
    st.lines.map((l) => ({ providerTxnId: l.id, amountMinor: l.amountMinor, balanceMinor: l.balanceMinor ?? null })),
  ).length;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-direction-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an unsigned amount column signed by a direction', () => {
  it.each([
    ['the type column', BY_TYPE],
    ['the balance change', BY_BALANCE],
  ])('takes money out from %s: a sweep is minus its amount plus fee', async (_how, mapping) => {
    const st = await read(await write('momo.csv', MOMO), mapping);
    expect(st.lines.map((l) => l.amountMinor)).toEqual(SIGNED);
    expect(breaks(st)).toBe(0);
    expect(st.openingBalanceMinor).toBe(2500000);
    expect(st.closingBalanceMinor).toBe(2312200);
  });

  it('refuses, rather than misreads, an unsigned amount whose balance change says otherwise', async () => {
    const err = await refusal(read(await write('momo-nodir.csv', MOMO), BASE));
    expect(err).toBeInstanceOf(LedgerFileError);
    const msg = (err as Error).message;
    expect(msg).toContain('momo-nodir.csv');
    expect(msg).toContain('row 4');
    expect(msg).toMatch(/"BAL BEFORE" "25238\.00" to "BAL AFTER" "20902\.00" disagrees with "AMOUNT" "4326\.00"/);
  });

  it('refuses a type the mapping does not list when it lists the money-in values too', async () => {
    const path = await write('momo-rev.csv', [
      ...MOMO,
      '2026-06-07 08:00:00,REVERSAL,100.00,0.00,23122.00,23222.00,1004',
    ]);
    const mapping: ColumnMapping = {
      ...BASE,
      direction: { column: 'TRANS. TYPE', out: ['TRANSFER'], in: ['PAYMENT_RECEIVED'] },
    };
    const err = await refusal(read(path, mapping));
    expect(err).toBeInstanceOf(LedgerFileError);
    expect((err as Error).message).toContain('row 6');
    expect((err as Error).message).toContain('"TRANS. TYPE"');
    expect((err as Error).message).toContain('found "REVERSAL"');
  });

  it('refuses a row whose balance change fits neither direction, naming the balance and amount columns', async () => {
    const path = await write('momo-bad.csv', [
      ...MOMO.slice(0, 3),
      '2026-06-05 07:27:07,TRANSFER,4326.00,10.00,25238.00,20912.00,1002',
    ]);
    for (const mapping of [BY_BALANCE, BY_TYPE]) {
      const err = await refusal(read(path, mapping));
      expect(err).toBeInstanceOf(LedgerFileError);
      expect((err as Error).message).toContain('row 4');
      expect((err as Error).message).toContain('"BAL AFTER"');
      expect((err as Error).message).toContain('"AMOUNT" "4326.00"');
    }
  });

  it('the configuration schema accepts a direction only beside an unsigned amount and its balances', () => {
    expect(columnMappingSchema.safeParse(BY_TYPE).success).toBe(true);
    expect(columnMappingSchema.safeParse(BY_BALANCE).success).toBe(true);
    const { amount: _a, ...noAmount } = BY_TYPE;
    expect(columnMappingSchema.safeParse({ ...noAmount, moneyIn: 'AMOUNT' }).success).toBe(false);
    expect(columnMappingSchema.safeParse({ ...BY_TYPE, invertAmount: true }).success).toBe(false);
    const { balanceBefore: _b, ...noBefore } = BY_BALANCE;
    expect(columnMappingSchema.safeParse(noBefore).success).toBe(false);
  });

  it('reads the holdout6 MoMo merchant statement with the sweeps to the bank as money out, amount plus fee', async () => {
    const corpus = join(
      import.meta.dirname,
      '../../bench/corpus/holdout6/gh-zenith-momo-bc/mtn-momo-merchant-jun2026.csv',
    );
    // The expected lines from the file's own columns: TRANS. TYPE, AMOUNT, FEES (cents, no floats).
    const cents = (t: string) => Number(t.replace('.', ''));
    const rows = readFileSync(corpus, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(4)
      .map((l) => l.split(','));
    const expected = rows.map((c) =>
      c[4] === 'TRANSFER' ? -(cents(c[5]!) + cents(c[6]!)) : cents(c[5]!) - cents(c[6]!),
    );
    expect(rows.filter((c) => c[4] === 'TRANSFER').length).toBe(4);
    for (const mapping of [BY_TYPE, BY_BALANCE]) {
      const st = await read(corpus, { ...mapping, reference: 'REF' });
      expect(st.lines.map((l) => l.amountMinor)).toEqual(expected);
      expect(breaks(st)).toBe(0);
    }
  });
});
