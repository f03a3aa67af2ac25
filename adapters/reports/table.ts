import type { Money } from '../../domain/money.js';

/**
 * A report sheet independent of the file format, so the XLSX and CSV writers show the same columns and rows.
 * Column kinds fix the cell types: amount cells are Money (minor units; written in major units, numeric), date cells
 * are "YYYY-MM-DD" strings, number cells numbers, percent cells decimal strings like "93.50", text cells strings.
 */
export type ColumnKind = 'text' | 'amount' | 'number' | 'date' | 'percent';

export interface Column {
  header: string;
  kind: ColumnKind;
  /** Width in characters for the XLSX column. */
  width: number;
}

export type Cell = string | number | Money | null;

export interface Table {
  /** Sheet name in the workbook. */
  name: string;
  /** File name part for the CSV variant ("matched" → report.matched.csv); null for the main file. */
  fileSuffix: string | null;
  columns: Column[];
  /** Read once, in order; may be a generator so that large sheets are never held in memory twice. */
  rows: Iterable<Cell[]>;
  /** A list sheet gets a frozen header row and an autofilter; a form (the Summary) gets neither. */
  layout: 'list' | 'form';
}

export function isMoney(c: Cell): c is Money {
  return typeof c === 'object' && c !== null;
}
