import { currencyExponent, type CurrencyCode } from '../../domain/currency.js';
import { DateParseError, fromSpreadsheetSerial, parseBusinessDate, type BusinessDate } from '../../domain/dates.js';
import { AmountParseError, Decimal, majorToMinor, parseAmount } from '../../domain/money.js';
import type { DateOrder } from './tabular-options.js';
import { cellText, type Cell } from './table-source.js';

/** Thrown for one cell; the row reader turns it into a LedgerFileError with the location. */
export class CellError extends Error {}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[ T].*)?$/;

/** What a numeric date says about the file's day/month order. */
export function dateOrderEvidence(text: string): 'DMY' | 'MDY' | 'ambiguous' | null {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return null;
  const a = +m[1]!;
  const b = +m[2]!;
  if (a > 12 && b <= 12) return 'DMY';
  if (b > 12 && a <= 12) return 'MDY';
  if (a <= 12 && b <= 12 && a !== b) return 'ambiguous';
  return null;
}

/** Spreadsheet serials for 1930..2100: a bare number in a date column is one of these. */
function isPlausibleSerial(n: number): boolean {
  return n >= 10_959 && n < 73_051;
}

export function parseDateCell(cell: Cell, order: DateOrder | null, dateSystem: 1900 | 1904): BusinessDate {
  if (typeof cell === 'number') {
    if (!isPlausibleSerial(cell)) throw new CellError(`a date; found the number ${cell}`);
    return fromSpreadsheetSerial(cell, dateSystem);
  }
  const text = cellText(cell);
  if (ISO_DATE.test(text)) {
    try {
      return parseBusinessDate(text, 'YMD');
    } catch (err) {
      if (err instanceof DateParseError)
        throw new CellError(`a date such as 2024-01-31; found "${shown(text)}": ${err.reason}`);
      throw err;
    }
  }
  const compact = /^(19\d{2}|20\d{2})(\d{2})(\d{2})$/.exec(text);
  if (compact) return parseDateCell(`${compact[1]}-${compact[2]}-${compact[3]}`, order, dateSystem);
  if (/^\d{5}(\.\d+)?$/.test(text) && isPlausibleSerial(Number(text)))
    return fromSpreadsheetSerial(Number(text), dateSystem);
  const evidence = dateOrderEvidence(text);
  if (order === null && evidence === 'ambiguous') {
    throw new CellError(
      `an unambiguous date; "${text}" reads both day-first and month-first (set dateOrder: DMY or MDY)`,
    );
  }
  // Without a configured order a numeric date is read the only way it is valid (13/01 day-first, 01/13 month-first).
  const effective: DateOrder = order ?? (evidence === 'MDY' ? 'MDY' : 'DMY');
  try {
    return parseBusinessDate(text, effective);
  } catch (err) {
    if (err instanceof DateParseError) {
      throw new CellError(
        `a date such as 31/01/2024, 31-Jan-2024 or 2024-01-31 (${effective}); found "${shown(text)}": ${err.reason}`,
      );
    }
    throw err;
  }
}

export function parseAmountCell(cell: Cell, currency: CurrencyCode, decimalSeparator: '.' | ','): number | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') {
    // XLSX numbers are binary floats; 15 significant digits undo the float noise of formulas like =0.1+0.2.
    const d = new Decimal(cell.toPrecision(15));
    try {
      return majorToMinor(d, currency);
    } catch (err) {
      const reason = err instanceof AmountParseError ? err.reason : 'too large to hold exactly in minor units';
      throw new CellError(
        `an amount with at most ${currencyExponent(currency)} decimal places that fits in minor units; found ${d.toString()}: ${reason}`,
      );
    }
  }
  if (typeof cell === 'boolean') throw new CellError(`an amount; found ${cell}`);
  const fast = plainMinor(cell, currencyExponent(currency), decimalSeparator);
  if (fast !== null) return fast;
  try {
    return parseAmount(cell, currency, { decimalSeparator });
  } catch (err) {
    if (err instanceof AmountParseError) {
      throw new CellError(
        `an amount such as 1,250.50, (1,250.50) or 1,250.50 DR; found "${shown(cell)}": ${err.reason}`,
      );
    }
    throw err;
  }
}

/**
 * The common case of a plain decimal ("-1250.50") read by string arithmetic, exactly; anything else (thousands
 * separators, marks, parentheses, DR/CR) goes through domain parseAmount. Keeps million-row files fast.
 */
function plainMinor(text: string, exponent: number, decimalSeparator: '.' | ','): number | null {
  const m = (decimalSeparator === '.' ? /^(-?)(\d{1,15})(?:\.(\d+))?$/ : /^(-?)(\d{1,15})(?:,(\d+))?$/).exec(text);
  if (!m) return null;
  const frac = m[3] ?? '';
  if (frac.length > exponent) return null; // let parseAmount explain the precision error
  const minor = Number(m[2]! + frac.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] && minor !== 0 ? -minor : minor;
}

/** What an amount's text says about the decimal separator: "1 250,50" → ',', "1,250.50" → '.'. */
export function decimalEvidence(text: string): '.' | ',' | null {
  const s = text.replace(/\s*(DR|CR)\.?$/i, '').replace(/[)\s]+$/, '');
  if (/\d,\d{1,2}$/.test(s) && !/\.\d*$/.test(s.slice(s.lastIndexOf(',')))) return ',';
  if (/\d\.\d{1,2}$/.test(s)) return '.';
  return null;
}

/** A cell echoed in an error: truncated, and long digit runs (account numbers, BVNs) masked. */
export function shown(text: string): string {
  const masked = text.replace(/\d{9,}/g, (d) => `${'*'.repeat(d.length - 4)}${d.slice(-4)}`);
  return masked.length > 40 ? `${masked.slice(0, 37)}...` : masked;
}
