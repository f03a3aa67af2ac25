import { open } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { majorString } from './decimal-string.js';
import { neutraliseText } from './cell-safety.js';
import { isMoney, type Cell, type Table } from './table.js';

const ROWS_PER_CHUNK = 2_000;

function csvCell(value: Cell): string {
  if (value === null) return '';
  // Exact major-unit decimal ("-1470.85"): numeric, so never neutralised.
  if (isMoney(value)) return majorString(value.minor, value.currency);
  if (typeof value === 'number') return String(value);
  return neutraliseText(value);
}

/**
 * Writes one table as CSV: a header row, then the rows, in chunks. CRLF line ends and a UTF-8 BOM so that Excel
 * reads ₦ and GH₵ correctly.
 */
export async function writeCsv(table: Table, path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    const width = table.columns.length;
    let batch: string[][] = [table.columns.map((c) => neutraliseText(c.header))];
    let first = true;
    const flush = async () => {
      const text = (first ? '\ufeff' : '') + stringify(batch, { record_delimiter: 'windows' });
      first = false;
      batch = [];
      await file.write(text);
    };
    for (const row of table.rows) {
      const rec = new Array<string>(width);
      for (let i = 0; i < width; i++) rec[i] = csvCell(row[i] ?? null);
      batch.push(rec);
      if (batch.length === ROWS_PER_CHUNK) await flush();
    }
    if (batch.length > 0 || first) await flush();
  } finally {
    await file.close();
  }
}

/** report.csv → report.csv for the main table, report.matched.csv for the others. */
export function csvPathFor(outPath: string, suffix: string | null): string {
  if (suffix === null) return outPath;
  return outPath.replace(/\.csv$/i, '') + `.${suffix}.csv`;
}
