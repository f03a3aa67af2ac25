import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { readLedgerFile } from '../../adapters/ledger/read-ledger-file.js';
import {
  writeLedgerXlsx,
  writeLyingZipBomb,
  writeStatementXlsx,
  writeZipBomb,
} from '../fixtures/ledger/make-corpus.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-xlsx-'));
  await writeStatementXlsx(at('statement.xlsx'));
  await writeStatementXlsx(at('statement-1904.xlsx'), { date1904: true });
  await writeLedgerXlsx(at('ledger.xlsx'));
  await writeZipBomb(at('bomb.xlsx'));
  await writeLyingZipBomb(at('lying-bomb.xlsx'));
  await writeFile(at('not-a-zip.xlsx'), 'Date,Amount\n2024-01-01,5\n');
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<LedgerFileError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(LedgerFileError);
    return err as LedgerFileError;
  }
  throw new Error('read without error');
}

const expectedLines = [
  ['2024-03-01', -1250075, 'POS PURCHASE SHOPRITE'],
  ['2024-03-02', 5000000, 'TRANSFER FROM CHIOMA'],
  // Date from the merged A6:A7 block; amount is the cached value of =0.1+0.2, read as exactly 30 kobo.
  ['2024-03-02', -30, 'VAT ON CHARGES'],
];

describe('XLSX statements', () => {
  it('finds the statement sheet, the header below the preamble, merged dates and formula values', async () => {
    const st = await readBankStatementFile(at('statement.xlsx'));
    expect(st.preset).toBe('ng-bank-statement');
    expect(st.lines.map((l) => [l.date, l.amountMinor, l.narration])).toEqual(expectedLines);
    expect(st.lines.map((l) => l.balanceMinor)).toEqual([8749925, 13749925, 13749895]);
    expect(st.openingBalanceMinor).toBe(10000000);
    expect(st.closingBalanceMinor).toBe(13749895);
  });

  it('reads serial dates in the 1904 system', async () => {
    const st = await readBankStatementFile(at('statement-1904.xlsx'));
    expect(st.lines.map((l) => [l.date, l.amountMinor, l.narration])).toEqual(expectedLines);
  });

  it('a named sheet is used; a missing one is listed against the workbook', async () => {
    const e = await failure(readBankStatementFile(at('statement.xlsx'), { sheet: 'Cover' }));
    expect(e.sheet).toBe('Cover');
    expect(e.expected).toMatch(/header row/);
    const missing = await failure(readBankStatementFile(at('statement.xlsx'), { sheet: 'Sheet9' }));
    expect(missing.expected).toMatch(/"Cover", "Statement"/);
  });

  it('reads a general-ledger workbook with numeric debit/credit cells', async () => {
    const r = await readLedgerFile(at('ledger.xlsx'), { currency: 'NGN' });
    expect(r.preset).toBe('general-ledger');
    expect(r.entries.map((e) => [e.date, e.account, e.amountMinor])).toEqual([
      ['2024-01-03', '1010', 25000000],
      ['2024-01-04', '1010', -125050],
    ]);
  });
});

describe('XLSX limits', () => {
  it('refuses a zip bomb from its central directory, before inflating', async () => {
    const before = process.memoryUsage().rss;
    const e = await failure(readLedgerFile(at('bomb.xlsx'), { currency: 'NGN' }));
    expect(e.expected).toMatch(/zip bomb/);
    expect(e.expected).toMatch(/refused before inflating/);
    // Inflating would take a GiB; the refusal costs nothing like that.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses a zip whose directory lies about a part size', async () => {
    const e = await failure(readLedgerFile(at('lying-bomb.xlsx'), { currency: 'NGN' }));
    expect(e.expected).toMatch(/inflates beyond the 1024 bytes it declares/);
  });

  it('applies a configured decompressed-size limit to ordinary workbooks too', async () => {
    const e = await failure(readLedgerFile(at('ledger.xlsx'), { currency: 'NGN', maxDecompressedBytes: 1000 }));
    expect(e.expected).toMatch(/at most 1000 bytes/);
  });

  it('refuses files over the size limit without reading them', async () => {
    const e = await failure(readLedgerFile(at('statement.xlsx'), { maxFileBytes: 100 }));
    expect(e.expected).toMatch(/at most 100 bytes/);
  });

  it('refuses a .xlsx that is not a zip', async () => {
    const e = await failure(readLedgerFile(at('not-a-zip.xlsx'), { currency: 'NGN' }));
    expect(e.expected).toMatch(/zip file starting with "PK"/);
  });
});
