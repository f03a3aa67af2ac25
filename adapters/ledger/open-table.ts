import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsvTable } from './csv-table.js';
import { LedgerFileError } from './ledger-file-error.js';
import { DEFAULT_PARSE_LIMITS, openTablesIsolated, type ParseLimits } from './parse-isolated.js';
import type { TabularReadOptions } from './tabular-options.js';
import { profileTable, type TableProfile } from './table-profile.js';
import type { TableSource } from './table-source.js';
import { openXlsxTables } from './xlsx-table.js';

async function startsWithZipMagic(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new LedgerFileError(
      { file: path },
      `a readable file (${(err as NodeJS.ErrnoException).code ?? 'read error'})`,
      { cause: err },
    );
  }
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}

/**
 * Opens a CSV file, or an XLSX file's candidate sheets, in a parser thread with time and memory limits: a hostile file
 * fails with a LedgerFileError instead of hanging or exhausting the process.
 */
export function openTables(
  path: string,
  opts: TabularReadOptions = {},
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<TableSource[]> {
  return openTablesIsolated(path, opts, limits);
}

/**
 * Opens a CSV file, or an XLSX file's candidate sheets, by extension (or, for other names, by the first bytes), on
 * this thread. Only the parser thread calls this; everything else goes through `openTables`.
 */
export async function openTablesInProcess(path: string, opts: TabularReadOptions = {}): Promise<TableSource[]> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xls' || ext === '.ods' || ext === '.numbers') {
    throw new LedgerFileError(
      { file: path },
      `a .xlsx or .csv file; ${ext} is not supported (save it as .xlsx or .csv)`,
    );
  }
  const xlsx =
    ext === '.xlsx' ||
    ext === '.xlsm' ||
    (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv' && (await startsWithZipMagic(path)));
  if (xlsx) return openXlsxTables(path, opts);
  return [await openCsvTable(path, { encoding: opts.encoding })];
}

/**
 * Opens the file and profiles it. Without a configured sheet, a workbook's sheets are tried in order and the first
 * whose header row is recognised is read (a cover or notes sheet before the statement is passed over).
 */
export async function openProfiledTable(
  path: string,
  opts: TabularReadOptions = {},
  limits: ParseLimits = DEFAULT_PARSE_LIMITS,
): Promise<{ src: TableSource; profile: TableProfile }> {
  const sources = await openTables(path, opts, limits);
  let first: LedgerFileError | null = null;
  for (const src of sources) {
    try {
      return { src, profile: await profileTable(src, opts) };
    } catch (err) {
      if (!(err instanceof LedgerFileError) || err.code !== 'NO_HEADER' || sources.length === 1) throw err;
      first ??= err;
    }
  }
  throw new LedgerFileError(
    { file: path },
    `a sheet with a recognised header row; none of ${sources.map((s) => `"${s.sheet}"`).join(', ')} has one (first sheet: ${first!.expected})`,
    {
      code: 'NO_HEADER',
    },
  );
}
