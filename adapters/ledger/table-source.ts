/** A cell as read: text from CSV; text, number or boolean from XLSX (formulas already replaced by their values). */
export type Cell = string | number | boolean | null;

export interface RawRow {
  /** 1-based line (CSV) or row (XLSX) number as the user sees it. */
  row: number;
  cells: Cell[];
}

/** A file opened as a table; `rows()` may be iterated more than once (profiling pass, then reading pass). */
export interface TableSource {
  file: string;
  sheet: string | null;
  fileHash: string;
  /** Spreadsheet date serials count from 1900 or 1904 (old Mac Excel). */
  dateSystem: 1900 | 1904;
  rows(): AsyncIterable<RawRow>;
}

export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

export function isBlank(cell: Cell | undefined): boolean {
  return cellText(cell) === '';
}
