import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newestExport } from '../../adapters/ledger/folder-adapter.js';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { createLedgerAdapter } from '../../adapters/ledger/registry.js';
import type { LedgerAdapter } from '../../adapters/ledger/types.js';
import { writeLedgerXlsx } from '../fixtures/ledger/make-corpus.js';

const fixtures = join(import.meta.dirname, '../fixtures/ledger');
const JAN = { from: '2024-01-01', to: '2024-01-31' };
let base: string;
let inbox: string;
let adapter: LedgerAdapter;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-folder-'));
  inbox = join(base, 'inbox');
  await (await import('node:fs/promises')).mkdir(inbox);
  adapter = createLedgerAdapter({ id: 'drop', kind: 'folder', path: 'inbox', currency: 'NGN' }, { baseDir: base });
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const GL_HEADER = 'Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit';

describe('folder ledger adapter', () => {
  it('returns entries of all files, then only those of new files', async () => {
    await copyFile(join(fixtures, 'general-ledger.csv'), join(inbox, 'gl-week1.csv'));
    const first = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    expect(first.entries.map((e) => e.amountMinor)).toEqual([25000000, -125050]);

    const again = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010', cursor: first.cursor });
    expect(again.entries).toEqual([]);

    await writeFile(
      join(inbox, 'gl-week2.csv'),
      `${GL_HEADER}\n2024-01-09,JNL-003,1010,Bank - GTBank,Cash sale,R-9,"9,000.00",\n`,
    );
    const second = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010', cursor: again.cursor });
    expect(second.entries.map((e) => [e.date, e.amountMinor, e.reference])).toEqual([['2024-01-09', 900000, 'R-9']]);
  });

  it('gives a row in two overlapping exports one id, returned once', async () => {
    await copyFile(join(fixtures, 'general-ledger.csv'), join(inbox, 'a.csv'));
    await writeFile(
      join(inbox, 'b.csv'),
      `${GL_HEADER}\n2024-01-04,JNL-002,1010,Bank - GTBank,Ikeja Electric January,INV-0091,,"1,250.50"\n2024-01-10,JNL-004,1010,Bank - GTBank,Diesel,R-4,,"300.00"\n`,
    );
    const pulled = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    expect(pulled.entries.map((e) => e.amountMinor).sort((x, y) => x - y)).toEqual([-125050, -30000, 25000000]);
    expect(new Set(pulled.entries.map((e) => e.id)).size).toBe(3);
  });

  it('reads XLSX exports alongside CSV, and ignores other files and Excel lock files', async () => {
    await writeLedgerXlsx(join(inbox, 'gl.xlsx'));
    await writeFile(join(inbox, 'notes.txt'), 'not a ledger');
    await writeFile(join(inbox, '~$gl.xlsx'), 'lock');
    const pulled = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: 'Bank - GTBank' });
    expect(pulled.entries.map((e) => e.amountMinor)).toEqual([25000000, -125050]);
  });

  it('a different period or account ignores the cursor (the file was filtered differently)', async () => {
    await copyFile(join(fixtures, 'general-ledger.csv'), join(inbox, 'gl.csv'));
    const jan = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    const other = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1200', cursor: jan.cursor });
    expect(other.entries.map((e) => e.amountMinor)).toEqual([-25000000]);
    const feb = await adapter.pullOpenEntries({
      period: { from: '2024-02-01', to: '2024-02-29' },
      ledgerAccount: '1010',
      cursor: jan.cursor,
    });
    expect(feb.entries).toEqual([]);
  });

  it('a bad file fails the pull with its location and the cursor does not move past it', async () => {
    await copyFile(join(fixtures, 'general-ledger.csv'), join(inbox, 'a.csv'));
    const first = await adapter.pullOpenEntries({ period: JAN });
    await copyFile(join(fixtures, 'bad-amount.csv'), join(inbox, 'b.csv'));
    const err = await adapter.pullOpenEntries({ period: JAN, cursor: first.cursor }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerFileError);
    expect(err).toMatchObject({ row: 3, column: 'Amount' });
    await rm(join(inbox, 'b.csv'));
    expect((await adapter.pullOpenEntries({ period: JAN, cursor: first.cursor })).entries).toEqual([]);
  });

  it('a file without an account column belongs to whatever account is asked for', async () => {
    await copyFile(join(fixtures, 'quickbooks-4-column.csv'), join(inbox, 'upload.csv'));
    const pulled = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    expect(pulled.entries.map((e) => e.amountMinor)).toEqual([120000, -80000]);
  });

  it('refuses a cursor it did not write', async () => {
    await expect(adapter.pullOpenEntries({ period: JAN, cursor: 'garbage' })).rejects.toThrow(/cursor/);
  });
});

describe('folder ledger adapter holding the whole books', () => {
  const wholeBooks = () =>
    createLedgerAdapter(
      { id: 'drop', kind: 'folder', path: 'inbox', currency: 'NGN', holds: 'whole-books' },
      { baseDir: base },
    );
  // Sage's detailed ledger, whose running balance is the books' own
  const sage = (...rows: string[]) =>
    `Account,Date,Type,Reference,Contact,Description,Debit,Credit,Balance\n${rows.join('\n')}\n`;

  it('orders exports by the dates their names state, else by name, a browser’s re-download after its first', () => {
    expect(newestExport(['gl-2024-01-20.csv', 'gl-2024-01-10.csv'])).toBe('gl-2024-01-20.csv');
    expect(newestExport(['general-ledger (2).csv', 'general-ledger.csv', 'general-ledger (1).csv'])).toBe(
      'general-ledger (2).csv',
    );
    expect(newestExport(['books (10).xlsx', 'books (9).xlsx'])).toBe('books (10).xlsx');
    expect(newestExport([])).toBeNull();
    // by the date every name states, in the source's date order, day first by default
    expect(newestExport(['ledger Oct 2026.xlsx', 'ledger Nov 2026.xlsx', 'ledger Sep 2026.xlsx'])).toBe(
      'ledger Nov 2026.xlsx',
    );
    expect(newestExport(['GL 15-11-2026.csv', 'GL 02-12-2026.csv'])).toBe('GL 02-12-2026.csv');
    expect(newestExport(['GL 11-15-2026.csv', 'GL 12-02-2026.csv'], 'MDY')).toBe('GL 12-02-2026.csv');
    expect(newestExport(['gl 20260120.csv', 'gl 20240131.csv'])).toBe('gl 20260120.csv');
    // a name stating no date: names decide, as for all
    expect(newestExport(['GL 15-11-2026.csv', 'GL latest.csv'])).toBe('GL latest.csv');
  });

  it('reads only the newest export, complete over its dates, with its running balance as the books’ balance', async () => {
    await writeFile(
      join(inbox, 'gl-2024-01-10.csv'),
      sage('1010,2024-01-03,Customer Receipt,INV-7,Dangote,Receipt Dangote,"2,500.00",,"2,500.00"'),
    );
    await writeFile(
      join(inbox, 'gl-2024-01-20.csv'),
      sage(
        '1010,2024-01-03,Customer Receipt,INV-7,Dangote,Receipt Dangote,"2,500.00",,"2,500.00"',
        '1010,2024-01-15,Customer Receipt,INV-9,Zenith Foods,Receipt Zenith Foods,900.00,,"3,400.00"',
      ),
    );
    const adapter = wholeBooks();
    const pulled = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    expect(pulled.entries.map((e) => e.reference)).toEqual(['INV-7', 'INV-9']);
    expect(pulled.complete).toEqual({ from: '2024-01-03', to: '2024-01-15', ledgerAccount: '1010' });
    expect(await adapter.bookBalance!({ ledgerAccount: '1010', asOf: '2024-01-31' })).toMatchObject({
      balanceMinor: 340000,
      detail: expect.stringContaining('gl-2024-01-20.csv'),
    });
    // unchanged newest export: nothing new, nothing closed
    const again = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010', cursor: pulled.cursor });
    expect(again).toEqual({ entries: [], cursor: pulled.cursor });
  });

  it('an empty folder returns nothing and closes nothing', async () => {
    const pulled = await wholeBooks().pullOpenEntries({ period: JAN, ledgerAccount: '1010', cursor: 'kept' });
    expect(pulled).toEqual({ entries: [], cursor: 'kept' });
    expect(await wholeBooks().bookBalance!({ ledgerAccount: '1010', asOf: '2024-01-31' })).toBeNull();
  });

  it('a folder switched back to new entries reads every file again rather than refusing the other cursor', async () => {
    await copyFile(join(fixtures, 'general-ledger.csv'), join(inbox, 'gl.csv'));
    const whole = await wholeBooks().pullOpenEntries({ period: JAN, ledgerAccount: '1010' });
    const next = await adapter.pullOpenEntries({ period: JAN, ledgerAccount: '1010', cursor: whole.cursor });
    expect(next.entries.map((e) => e.amountMinor)).toEqual([25000000, -125050]);
  });
});
