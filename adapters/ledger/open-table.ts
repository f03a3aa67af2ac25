import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsvTable } from './csv-table.js';
import { LedgerFileError } from './ledger-file-error.js';
import type { TabularReadOptions } from './tabular-options.js';
import type { TableSource } from './table-source.js';
import { openXlsxTable } from './xlsx-table.js';

async function startsWithZipMagic(path: string): Promise<boolean> {
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw new LedgerFileError({ file: path }, `a readable file (${(err as NodeJS.ErrnoException).code ?? 'read error'})`, { cause: err });
  }
  try {
    const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await fh.close();
  }
}

/** Opens a CSV or XLSX file by its extension (or, for other names, by its first bytes). */
export async function openTable(path: string, opts: TabularReadOptions = {}): Promise<TableSource> {
  const ext = extname(path).toLowerCase();
  if (ext === '.xls' || ext === '.ods' || ext === '.numbers') {
    throw new LedgerFileError({ file: path }, `a .xlsx or .csv file; ${ext} is not supported (save it as .xlsx or .csv)`);
  }
  const xlsx = ext === '.xlsx' || ext === '.xlsm' || (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv' && (await startsWithZipMagic(path)));
  if (xlsx) return openXlsxTable(path, opts);
  return openCsvTable(path, { encoding: opts.encoding });
}
