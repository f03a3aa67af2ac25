import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';
import { LedgerFileError } from './ledger-file-error.js';
import type { Cell, RawRow, TableSource } from './table-source.js';
import { assertZipWithinLimits, ZipLimitError } from './zip-guard.js';

/**
 * SheetJS inflates with its own pure-JS code unless given Node's zlib, and that code can loop on corrupt deflate data.
 * Its hook reads `bytesRead`, which Node deprecates in favour of the same count under `bytesWritten`.
 */
class InflateRawCountingInput extends zlib.InflateRaw {
  override get bytesRead(): number {
    return this.bytesWritten;
  }
}
XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw: InflateRawCountingInput });

export const DEFAULT_MAX_XLSX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 10_000;

export interface XlsxOpenOptions {
  sheet?: string;
  maxFileBytes?: number;
  maxDecompressedBytes?: number;
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  // Formulas are read as the value Excel cached when it saved the file; `v` is that value.
  switch (cell.t) {
    case 'n':
      return typeof cell.v === 'number' ? cell.v : null;
    case 's':
      return typeof cell.v === 'string' ? cell.v : (cell.w ?? null);
    case 'b':
      return Boolean(cell.v);
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : null;
    case 'e':
      return `#ERROR:${cell.w ?? ''}`;
    default:
      return null;
  }
}

/** The workbook's sheets as tables: the configured one, or every sheet with content in workbook order. */
export async function openXlsxTables(path: string, opts: XlsxOpenOptions = {}): Promise<TableSource[]> {
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_XLSX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    throw new LedgerFileError(
      { file: path },
      `a readable file (${(err as NodeJS.ErrnoException).code ?? 'read error'})`,
      { cause: err },
    );
  }
  if (size === 0) throw new LedgerFileError({ file: path }, 'an XLSX workbook; the file is empty');
  if (size > maxFileBytes)
    throw new LedgerFileError({ file: path }, `an XLSX file of at most ${maxFileBytes} bytes; it has ${size}`);
  const buf = await readFile(path);
  if (buf.length < 4 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw new LedgerFileError({ file: path }, 'an XLSX workbook (a zip file starting with "PK"); found other data');
  }
  try {
    assertZipWithinLimits(buf, {
      maxDecompressedBytes: opts.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES,
      maxEntries: MAX_ZIP_ENTRIES,
    });
  } catch (err) {
    if (err instanceof ZipLimitError) throw new LedgerFileError({ file: path }, err.message, { cause: err });
    throw err;
  }
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(buf, {
      type: 'buffer',
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      dense: true,
    });
  } catch (err) {
    throw new LedgerFileError({ file: path }, `a readable XLSX workbook (${(err as Error).message})`, { cause: err });
  }
  if (!wb.Sheets || wb.SheetNames.length === 0)
    throw new LedgerFileError({ file: path }, 'an XLSX workbook with at least one sheet');
  const fileHash = createHash('sha256').update(buf).digest('hex');
  const dateSystem: 1900 | 1904 = wb.Workbook?.WBProps?.date1904 ? 1904 : 1900;
  if (opts.sheet !== undefined && !wb.Sheets[opts.sheet]) {
    throw new LedgerFileError(
      { file: path, sheet: opts.sheet },
      `a sheet named "${opts.sheet}"; the workbook has ${wb.SheetNames.map((n) => `"${n}"`).join(', ')}`,
    );
  }
  const names = opts.sheet !== undefined ? [opts.sheet] : wb.SheetNames.filter((n) => wb.Sheets[n]?.['!ref']);
  if (names.length === 0)
    throw new LedgerFileError({ file: path }, 'a workbook with data; every sheet is empty', { code: 'NO_HEADER' });
  return names.map((sheet) => {
    const grid = sheetGrid(wb.Sheets[sheet]!);
    async function* rows(): AsyncIterable<RawRow> {
      yield* grid;
    }
    return { file: path, sheet, fileHash, dateSystem, rows };
  });
}

/**
 * The sheet as rows of values. A vertically merged block (a date spanning several lines) gives its value to every
 * row it covers; a horizontally merged block keeps it in its first column only, so a title spread across the sheet
 * does not turn into many columns of the same text.
 */
function sheetGrid(ws: XLSX.WorkSheet): RawRow[] {
  const ref = ws['!ref'];
  if (!ref) return [];
  const range = XLSX.utils.decode_range(ref);
  // Dense mode: cells as rows of arrays, far lighter than one object key per cell address.
  const data = (ws['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const out: RawRow[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: Cell[] = [];
    const dense = data[r];
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellValue(dense?.[c]));
    out.push({ row: r + 1, cells });
  }
  for (const m of ws['!merges'] ?? []) {
    const top = out[m.s.r - range.s.r];
    const value = top?.cells[m.s.c - range.s.c] ?? null;
    for (let r = m.s.r + 1; r <= m.e.r; r++) {
      const row = out[r - range.s.r];
      if (row) row.cells[m.s.c - range.s.c] = value;
    }
  }
  // Columns before the range start (a sheet whose used range begins at C5) are padded so indexes match letters.
  if (range.s.c > 0) for (const row of out) row.cells.unshift(...new Array<Cell>(range.s.c).fill(null));
  return out;
}
