import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import type { TabularReadOptions } from '../../adapters/ledger/tabular-options.js';
import { writeBinaryJunk, writeBomCrlf, writeWindows1252 } from '../fixtures/ledger/make-corpus.js';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures/ledger', name);

async function failure(path: string, opts: TabularReadOptions = { currency: 'NGN' }): Promise<LedgerFileError> {
  try {
    await readLedgerFile(path, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(LedgerFileError);
    return err as LedgerFileError;
  }
  throw new Error(`${path} was read without error`);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-bad-'));
  await writeBinaryJunk(join(dir, 'junk.csv'));
  await writeWindows1252(join(dir, 'windows-1252.csv'));
  await writeBomCrlf(join(dir, 'bom-crlf.csv'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('files that must be refused, with where and what', () => {
  it('wrong columns: no header of a known layout', async () => {
    const e = await failure(fixture('wrong-columns.csv'));
    expect(e.file).toBe(fixture('wrong-columns.csv'));
    expect(e.expected).toMatch(/header row of a known layout/);
    expect(e.message).toMatch(/"Name", "Email", "Phone"/);
  });

  it('a mapping naming a column the file lacks says which one', async () => {
    const e = await failure(fixture('quickbooks-3-column.csv'), {
      currency: 'NGN',
      mapping: { date: 'Date', amount: 'Total' },
    });
    expect(e.expected).toMatch(/missing "Total" \(mapping\.amount\)/);
  });

  it('an unknown preset is named', async () => {
    const e = await failure(fixture('quickbooks-3-column.csv'), { currency: 'NGN', preset: 'sage-50' });
    expect(e.expected).toMatch(/"sage-50" is not one of/);
  });

  it('mixed date formats: day-first and month-first in one file', async () => {
    const e = await failure(fixture('mixed-date-formats.csv'));
    expect([e.row, e.column]).toEqual([3, 'Date']);
    expect(e.expected).toMatch(/mixed date formats/);
  });

  it('an ambiguous date without a configured order', async () => {
    const e = await failure(fixture('ambiguous-dates.csv'));
    expect([e.row, e.column]).toEqual([2, 'Date']);
    expect(e.expected).toMatch(/"03\/04\/2024" reads both day-first and month-first/);
  });

  it('a configured order that a row contradicts fails on that row', async () => {
    const e = await failure(fixture('mixed-date-formats.csv'), { currency: 'NGN', dateOrder: 'DMY' });
    expect([e.row, e.column]).toEqual([3, 'Date']);
    expect(e.expected).toMatch(/no such calendar day/);
  });

  it('a bad amount names row and column, and nothing is returned (all or nothing)', async () => {
    const e = await failure(fixture('bad-amount.csv'));
    expect([e.row, e.column]).toEqual([3, 'Amount']);
    expect(e.expected).toMatch(/an amount such as .*found "12\.3\.4"/);
    expect(e.message).toBe('bad-amount.csv, row 3, column "Amount": ' + e.expected);
  });

  it('both debit and credit filled on one line', async () => {
    const e = await failure(fixture('debit-and-credit.csv'));
    expect([e.row, e.column]).toEqual([2, 'Debit']);
  });

  it('an amount with no date', async () => {
    const e = await failure(fixture('missing-date.csv'));
    expect([e.row, e.column]).toEqual([3, 'Date']);
  });

  it('an empty file', async () => {
    const e = await failure(fixture('empty.csv'));
    expect(e.expected).toMatch(/empty/);
  });

  it('binary junk named .csv', async () => {
    const e = await failure(join(dir, 'junk.csv'));
    expect(e.expected).toMatch(/binary data/);
  });

  it('a missing currency when nothing implies one', async () => {
    const e = await failure(fixture('quickbooks-3-column.csv'), {});
    expect(e.expected).toMatch(/a currency/);
  });

  it('a missing file', async () => {
    const e = await failure(join(dir, 'nope.csv'));
    expect(e.expected).toMatch(/ENOENT/);
  });

  it('forcing UTF-8 on a Windows-1252 file is refused rather than read as mojibake', async () => {
    const e = await failure(join(dir, 'windows-1252.csv'), { currency: 'NGN', encoding: 'utf8' });
    expect(e.expected).toMatch(/not valid UTF-8/);
  });

  it('a preamble quoted in a no-header error has its account number masked', async () => {
    const { writeFile } = await import('node:fs/promises');
    const p = join(dir, 'preamble.csv');
    await writeFile(p, 'Account Number,0123456789\nFoo,Bar\n');
    const e = await failure(p);
    expect(e.message).not.toContain('0123456789');
    expect(e.message).toContain('"******6789"');
  });

  it('an error echoing a cell masks long digit runs (account numbers)', async () => {
    const { writeFile } = await import('node:fs/promises');
    const p = join(dir, 'acct.csv');
    await writeFile(p, 'Date,Description,Amount\n2024-01-02,x,0123456789 NGN X\n');
    const e = await failure(p);
    expect(e.message).not.toContain('0123456789');
    expect(e.message).toContain('******6789');
  });
});

describe('encodings and line endings', () => {
  it('Windows-1252 is detected and decoded', async () => {
    const r = await readLedgerFile(join(dir, 'windows-1252.csv'), { currency: 'NGN' });
    expect(r.entries.map((e) => e.description)).toEqual(['Café Ñandú supplies', 'Refund € note']);
  });

  it('a BOM and CRLF line endings do not disturb headers or values', async () => {
    const st = await readBankStatementFile(join(dir, 'bom-crlf.csv'), { currency: 'GHS' });
    expect(st.preset).toBe('xero-bank-statement');
    expect(st.lines.map((l) => [l.date, l.amountMinor, l.reference ?? null])).toEqual([
      ['2024-01-15', 100000, 'INV-17'],
      ['2024-01-16', -2000, null],
    ]);
  });

  it('a header-only file reads as no entries', async () => {
    const r = await readLedgerFile(fixture('header-only.csv'), { currency: 'NGN' });
    expect(r.entries).toEqual([]);
  });
});

describe('row numbers', () => {
  it('count lines inside quoted multi-line cells, so the row named is the one an editor shows', async () => {
    const { writeFile } = await import('node:fs/promises');
    const p = join(dir, 'multiline.csv');
    await writeFile(
      p,
      'Date,Description,Amount\n2024-01-02,"two\nline memo",1.00\n\n2024-01-03,ok,2.00\n2024-01-04,bad,x1\n',
    );
    const e = await failure(p);
    expect([e.row, e.column]).toEqual([6, 'Amount']);
  });
});
