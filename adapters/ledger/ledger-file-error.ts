import { basename } from 'node:path';

export interface LedgerFileErrorLocation {
  file: string;
  sheet?: string | null;
  /** 1-based row as a spreadsheet or text editor shows it. */
  row?: number | null;
  /** Column header (or letter when there is no header). */
  column?: string | null;
}

/**
 * The one error a ledger/statement file import throws: where (file, sheet, row, column) and what was expected.
 * Messages carry the file's base name and the offending cell, never anything from other rows.
 */
export class LedgerFileError extends Error {
  readonly file: string;
  readonly sheet: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly expected: string;
  /** 'NO_HEADER' when no header row was recognised: a workbook reader then tries the next sheet. */
  readonly code: 'NO_HEADER' | null;

  constructor(loc: LedgerFileErrorLocation, expected: string, options?: { cause?: unknown; code?: 'NO_HEADER' }) {
    const where = [
      basename(loc.file),
      loc.sheet ? `sheet "${loc.sheet}"` : null,
      loc.row != null ? `row ${loc.row}` : null,
      loc.column ? `column "${loc.column}"` : null,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${expected}`, options);
    this.name = 'LedgerFileError';
    this.file = loc.file;
    this.sheet = loc.sheet ?? null;
    this.row = loc.row ?? null;
    this.column = loc.column ?? null;
    this.expected = expected;
    this.code = options?.code ?? null;
  }
}
