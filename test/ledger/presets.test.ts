import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import type { TabularReadOptions } from '../../adapters/ledger/tabular-options.js';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/ledger', name);

type Row = [date: string, amountMinor: number, description: string | null];

const statements: Array<{
  file: string;
  opts?: TabularReadOptions;
  preset: string;
  currency: string;
  lines: Row[];
  opening: number | null;
  closing: number | null;
}> = [
  {
    file: 'xero-bank-statement.csv',
    opts: { currency: 'NGN' },
    preset: 'xero-bank-statement',
    currency: 'NGN',
    lines: [
      ['2024-01-02', -125050, 'Power bill January'],
      ['2024-01-13', 25000000, 'Payment for INV-2024-007'],
      ['2024-01-13', -550, 'SMS alert charge'],
    ],
    opening: null,
    closing: null,
  },
  {
    file: 'quickbooks-3-column.csv',
    opts: { currency: 'KES' },
    preset: 'quickbooks-3-column',
    currency: 'KES',
    // 01/13/2024 settles month-first for the whole file, so 01/02/2024 is 2 January; newest-first is reversed.
    lines: [
      ['2024-01-02', 4500000, 'Customer deposit ACME'],
      ['2024-01-13', -100000, 'Safaricom airtime'],
    ],
    opening: null,
    closing: null,
  },
  {
    file: 'quickbooks-4-column.csv',
    opts: { currency: 'GHS' },
    preset: 'quickbooks-4-column',
    currency: 'GHS',
    lines: [
      ['2024-01-05', 120000, 'Deposit from Kofi'],
      ['2024-01-06', -80000, 'Office rent'],
    ],
    opening: null,
    closing: null,
  },
  {
    file: 'ng-gtbank-statement.csv',
    preset: 'ng-bank-statement',
    currency: 'NGN',
    // Newest first in the file; returned oldest first. Preamble, "Closing Balance", "Total" and the footer are skipped.
    lines: [
      ['2024-01-03', 25000000, 'NIP FRM DANGOTE CEMENT INV-2024-007'],
      ['2024-01-13', -550, 'SMS ALERT CHARGES'],
      ['2024-01-15', -125050, 'TRF TO IKEJA ELECTRIC INV-0091'],
    ],
    opening: 10000000,
    closing: 34874400,
  },
  {
    file: 'ng-access-statement.csv',
    preset: 'ng-bank-statement',
    currency: 'NGN',
    lines: [
      ['2024-01-02', 10000000, 'OPENING DEPOSIT'],
      ['2024-01-31', -5000, 'STAMP DUTY'],
    ],
    opening: 0,
    closing: 9995000,
  },
  {
    file: 'ng-same-day-newest-first.csv',
    preset: 'ng-bank-statement',
    currency: 'NGN',
    // All on one day: the running balance shows the posting order.
    lines: [
      ['2024-02-05', 100000, 'FIRST'],
      ['2024-02-05', 25000, 'SECOND'],
      ['2024-02-05', -10000, 'THIRD'],
    ],
    opening: 0,
    closing: 115000,
  },
  {
    file: 'gh-statement-ng-layout.csv',
    preset: 'ng-bank-statement',
    // The preamble's currency beats the layout's usual NGN; YYYYMMDD dates.
    currency: 'GHS',
    lines: [
      ['2024-01-05', 50000, 'MOMO TRANSFER KOFI'],
      ['2024-01-06', -12000, 'ECG PREPAID'],
    ],
    opening: 0,
    closing: 38000,
  },
  {
    file: 'za-fnb.csv',
    preset: 'za-fnb',
    currency: 'ZAR',
    lines: [
      ['2024-01-05', -15000, 'Checkers Sandton'],
      ['2024-01-10', 500000, 'Salary ACME'],
    ],
    opening: 1000000,
    closing: 1485000,
  },
  {
    file: 'za-absa.csv',
    preset: 'za-absa',
    currency: 'ZAR',
    lines: [
      ['2024-01-05', -120000, 'EFT Payment Eskom'],
      ['2024-01-20', 300000, 'Deposit'],
    ],
    opening: 1000000,
    closing: 1180000,
  },
  {
    file: 'za-standard-bank.csv',
    preset: 'za-standard-bank',
    currency: 'ZAR',
    lines: [
      ['2024-01-07', -250000, 'Debit Order'],
      ['2024-01-25', 1200000, 'Credit Transfer'],
    ],
    opening: 1000000,
    closing: 1950000,
  },
  {
    file: 'za-capitec.csv',
    preset: 'za-capitec',
    currency: 'ZAR',
    // The cash withdrawal's R10 fee is part of the money out.
    lines: [
      ['2024-01-03', -35000, 'Woolworths'],
      ['2024-01-04', -21000, 'Cash withdrawal'],
      ['2024-01-05', 100000, 'Transfer in'],
    ],
    opening: 100000,
    closing: 144000,
  },
  {
    file: 'za-nedbank.csv',
    preset: 'za-nedbank',
    currency: 'ZAR',
    lines: [
      ['2024-01-03', -79900, 'Telkom debit order'],
      ['2024-01-15', 250000, 'Client payment INV 12'],
    ],
    opening: 500000,
    closing: 670100,
  },
  {
    file: 'semicolon-decimal-comma.csv',
    preset: 'za-fnb',
    currency: 'ZAR',
    // Semicolons, decimal commas, space and dot thousands separators; an Afrikaans header row above the English one.
    lines: [
      ['2024-01-05', -120050, 'EFT Payment Eskom'],
      ['2024-01-20', 300000, 'Deposit'],
    ],
    opening: 1000000,
    closing: 1179950,
  },
];

describe('bank statement presets', () => {
  for (const c of statements) {
    it(`${c.file} → ${c.preset}`, async () => {
      const st = await readBankStatementFile(fixture(c.file), c.opts);
      expect(st.preset).toBe(c.preset);
      expect(st.currency).toBe(c.currency);
      expect(st.lines.map((l) => [l.date, l.amountMinor, l.narration])).toEqual(c.lines);
      expect(st.openingBalanceMinor).toBe(c.opening);
      expect(st.closingBalanceMinor).toBe(c.closing);
      expect(st.fileHash).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(st.lines.map((l) => l.id)).size).toBe(st.lines.length);
    });
  }

  it('keeps payee and reference from the Xero template', async () => {
    const st = await readBankStatementFile(fixture('xero-bank-statement.csv'), { currency: 'NGN' });
    expect(st.lines[1]).toMatchObject({ counterpartyName: 'Dangote Cement', reference: 'INV-2024-007' });
  });
});

describe('ledger presets', () => {
  it('generic general ledger: debit is money in, every account kept with its code', async () => {
    const r = await readLedgerFile(fixture('general-ledger.csv'), { currency: 'NGN' });
    expect(r.preset).toBe('general-ledger');
    expect(r.entries.map((e) => [e.date, e.account, e.amountMinor, e.reference])).toEqual([
      ['2024-01-03', '1010', 25000000, 'INV-2024-007'],
      ['2024-01-03', '1200', -25000000, 'INV-2024-007'],
      ['2024-01-04', '6100', 125050, 'INV-0091'],
      ['2024-01-04', '1010', -125050, 'INV-0091'],
    ]);
  });

  it('Xero Account Transactions: title rows, section headings, opening/closing and totals skipped', async () => {
    const r = await readLedgerFile(fixture('xero-account-transactions.csv'), { currency: 'NGN' });
    expect(r.preset).toBe('xero-account-transactions');
    expect(r.entries.map((e) => [e.date, e.account, e.amountMinor, e.description])).toEqual([
      ['2024-01-03', 'Business Bank Account', 25000000, 'Payment: Dangote Cement'],
      ['2024-01-04', 'Business Bank Account', -125050, 'Ikeja Electric'],
      ['2024-01-03', 'Sales', -25000000, 'Invoice INV-2024-007'],
    ]);
  });

  it('QuickBooks General Ledger: sections name the account, "Total for" and Beginning Balance rows skipped', async () => {
    const r = await readLedgerFile(fixture('quickbooks-general-ledger.csv'), { currency: 'KES' });
    expect(r.preset).toBe('quickbooks-general-ledger');
    expect(r.entries.map((e) => [e.date, e.account, e.amountMinor, e.party])).toEqual([
      ['2024-01-05', 'Checking', 250000, 'Mama Mboga'],
      ['2024-01-20', 'Checking', -80000, 'KPLC'],
      ['2024-01-20', 'Utilities', 80000, 'KPLC'],
    ]);
  });

  it('ids are stable across reads and do not depend on row position', async () => {
    const a = await readLedgerFile(fixture('general-ledger.csv'), { currency: 'NGN' });
    const b = await readLedgerFile(fixture('general-ledger.csv'), { currency: 'NGN' });
    expect(b.entries.map((e) => e.id)).toEqual(a.entries.map((e) => e.id));
    expect(new Set(a.entries.map((e) => e.id)).size).toBe(4);
  });
});

describe('overriding detection', () => {
  it('a mapping reads a layout no preset knows (pipe-delimited, In/Out columns)', async () => {
    const r = await readLedgerFile(fixture('mapping-custom.csv'), {
      currency: 'GHS',
      mapping: { date: 'Posting Day', description: 'Memo', moneyIn: 'In', moneyOut: 'Out', reference: 'Ref' },
    });
    expect(r.preset).toBe('mapping');
    expect(r.entries.map((e) => [e.date, e.amountMinor, e.reference])).toEqual([
      ['2024-02-01', 50000, 'R1'],
      ['2024-02-02', -7525, 'R2'],
    ]);
  });

  it('the mapping decides direction: QuickBooks 4-column with Debit as money in', async () => {
    const r = await readBankStatementFile(fixture('quickbooks-4-column.csv'), {
      currency: 'GHS',
      preset: 'quickbooks-4-column',
      mapping: { date: 'Date', moneyIn: 'Debit', moneyOut: 'Credit' },
    });
    expect(r.preset).toBe('quickbooks-4-column+mapping');
    expect(r.lines.map((l) => [l.amountMinor, l.narration])).toEqual([
      [-120000, 'Deposit from Kofi'],
      [80000, 'Office rent'],
    ]);
  });

  it('a named preset is used even when another would be detected', async () => {
    const r = await readBankStatementFile(fixture('za-standard-bank.csv'), {
      preset: 'quickbooks-3-column',
      currency: 'ZAR',
    });
    expect(r.preset).toBe('quickbooks-3-column');
    expect(r.lines.every((l) => l.balanceMinor === null)).toBe(true);
  });

  it('configured dateOrder settles ambiguous dates', async () => {
    const dmy = await readLedgerFile(fixture('ambiguous-dates.csv'), { currency: 'NGN', dateOrder: 'DMY' });
    const mdy = await readLedgerFile(fixture('ambiguous-dates.csv'), { currency: 'NGN', dateOrder: 'MDY' });
    expect(dmy.entries.map((e) => e.date)).toEqual(['2024-04-03', '2024-06-05']);
    expect(mdy.entries.map((e) => e.date)).toEqual(['2024-03-04', '2024-05-06']);
  });
});

describe('amount writings', () => {
  it('currency marks, DR suffix, parentheses and dashes in debit/credit columns', async () => {
    const st = await readBankStatementFile(fixture('amount-forms.csv'));
    expect(st.lines.map((l) => [l.narration, l.amountMinor, l.balanceMinor])).toEqual([
      ['Naira sign', -125000, 9875000],
      ['ISO code', 200000, 10075000],
      ['DR suffix', -50000, 10025000],
      ['Parentheses', -25000, 10000000],
      ['Dash for none', 100000, 10100000],
      ['N mark', -30000, 10070000],
    ]);
  });

  it('CR/DR suffixes, brackets and an R mark on a signed amount', async () => {
    const r = await readLedgerFile(fixture('signed-drcr.csv'), { currency: 'ZAR' });
    expect(r.entries.map((e) => e.amountMinor)).toEqual([100000, -25000, -7500, 150000]);
  });

  it('tab-delimited text', async () => {
    const r = await readLedgerFile(fixture('tab-delimited.csv'), { currency: 'KES' });
    expect(r.preset).toBe('quickbooks-3-column');
    expect(r.entries.map((e) => e.amountMinor)).toEqual([-150000, 200000]);
  });
});
