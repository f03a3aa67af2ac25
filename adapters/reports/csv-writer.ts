import { stringify } from 'csv-stringify/sync';
import { minorToMajorString } from '../../domain/money.js';
import { neutraliseText } from './cell-safety.js';
import { isMoney, type Cell, type Table } from './table.js';

function csvCell(value: Cell): string {
  if (value === null) return '';
  // Exact major-unit decimal ("-1470.85"): numeric, so never neutralised.
  if (isMoney(value)) return minorToMajorString(value.minor, value.currency);
  if (typeof value === 'number') return String(value);
  return neutraliseText(value);
}

/** One table as CSV text: a header row, then the rows; CRLF line ends and a UTF-8 BOM so Excel reads ₦ correctly. */
export function renderCsv(table: Table): string {
  const records: string[][] = [table.columns.map((c) => neutraliseText(c.header))];
  for (const row of table.rows) records.push(table.columns.map((_, i) => csvCell(row[i] ?? null)));
  return '\ufeff' + stringify(records, { record_delimiter: 'windows' });
}

/** report.csv → report.csv for the main table, report.matched.csv for the others. */
export function csvPathFor(outPath: string, suffix: string | null): string {
  if (suffix === null) return outPath;
  return outPath.replace(/\.csv$/i, '') + `.${suffix}.csv`;
}
