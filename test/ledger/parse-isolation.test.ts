import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../adapters/ledger/ledger-file-error.js';
import { openProfiledTable, openTables } from '../../adapters/ledger/open-table.js';
import { readBankStatementFile } from '../../adapters/ledger/read-bank-statement.js';
import { writeBigLedgerXlsx, writeStatementXlsx } from '../fixtures/ledger/make-corpus.js';

// Parsing runs in a worker thread with a time and a memory limit: a file that passes either fails with a
// LedgerFileError naming it, and this thread keeps running (timers fire) while a workbook is parsed.

let dir: string;
const at = (name: string) => join(dir, name);
const BIG_ROWS = 40_000;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bankfeed-ledger-isolation-'));
  await writeStatementXlsx(at('statement.xlsx'));
  await writeBigLedgerXlsx(at('big.xlsx'), BIG_ROWS);
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<LedgerFileError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LedgerFileError);
  return err as LedgerFileError;
}

/** Offset of the local file header of the zip part `name` (the fixture writer stores parts uncompressed). */
function localHeaderOf(buf: Buffer, name: string): number {
  for (let i = 0; i + 30 < buf.length; i++) {
    if (buf.readUInt32LE(i) !== 0x04034b50) continue;
    const len = buf.readUInt16LE(i + 26);
    if (buf.toString('utf8', i + 30, i + 30 + len) === name) return i;
  }
  throw new Error(`no local header for ${name}`);
}

describe('a zip whose local headers disagree with its directory', () => {
  it('refuses a stored part whose local header claims deflate (the parser would inflate what the guard never saw)', async () => {
    const buf = await readFile(at('statement.xlsx'));
    const h = localHeaderOf(buf, 'xl/worksheets/sheet2.xml');
    // The fixture is written with stored (method 0) parts; the directory still says so.
    expect(buf.readUInt16LE(h + 8)).toBe(0);
    buf.writeUInt16LE(8, h + 8);
    await writeFile(at('local-deflate.xlsx'), buf);
    const e = await failure(readBankStatementFile(at('local-deflate.xlsx')));
    expect(e.file).toBe(at('local-deflate.xlsx'));
    expect(e.expected).toMatch(/local header of part "xl\/worksheets\/sheet2\.xml" disagrees .* compression method/);
  });

  it('refuses a local header that names a different part', async () => {
    const buf = await readFile(at('statement.xlsx'));
    const h = localHeaderOf(buf, 'xl/worksheets/sheet2.xml');
    buf.write('X', h + 30 + 'xl/worksheets/sheet'.length, 'latin1');
    await writeFile(at('local-name.xlsx'), buf);
    const e = await failure(readBankStatementFile(at('local-name.xlsx')));
    expect(e.expected).toMatch(/disagrees with the zip directory on its name/);
  });

  it('still reads the untouched workbook', async () => {
    const st = await readBankStatementFile(at('statement.xlsx'));
    expect(st.lines).toHaveLength(3);
  });
});

describe('parser limits', () => {
  it('stops a parse that passes the time limit and names the file', async () => {
    const e = await failure(openTables(at('big.xlsx'), { currency: 'NGN' }, { timeMs: 100, memoryMb: 1024 }));
    expect(e.file).toBe(at('big.xlsx'));
    expect(e.message).toMatch(/^big\.xlsx: a file that parses within 0\.1 s per step; .* stopped/);
  });

  it('stops a parse that passes the memory limit and names the file', async () => {
    const e = await failure(openTables(at('big.xlsx'), { currency: 'NGN' }, { timeMs: 120_000, memoryMb: 24 }));
    expect(e.file).toBe(at('big.xlsx'));
    expect(e.expected).toMatch(/parses within 24 MB of memory/);
  });

  it('reads the same workbook within ordinary limits, and this thread keeps running meanwhile', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    try {
      const { src, profile } = await openProfiledTable(at('big.xlsx'), { currency: 'NGN' });
      expect(profile.preset).toBe('general-ledger');
      let rows = 0;
      for await (const _ of src.rows()) rows++;
      // Header plus one row per entry; a second pass over the same table gives the same rows.
      expect(rows).toBe(BIG_ROWS + 1);
      let again = 0;
      for await (const _ of src.rows()) again++;
      expect(again).toBe(rows);
    } finally {
      clearInterval(timer);
    }
    // SheetJS parses a 40,000-row workbook synchronously for well over a second; on this thread no timer could fire.
    expect(ticks).toBeGreaterThan(3);
  }, 120_000);

  it('a CSV cell that never closes its quote is refused at its row, not gathered into memory', async () => {
    await writeFile(
      at('unclosed.csv'),
      `Date,Description,Amount\n2024-01-02,"never closed,5\n${'x'.repeat(1_200_000)}\n`,
    );
    const e = await failure(readBankStatementFile(at('unclosed.csv'), { currency: 'NGN' }));
    expect(e.row).toBe(2);
    expect(e.expected).toMatch(/an unclosed quote/);
  });
});
