import { CURRENCIES, currencyExponent, type CurrencyCode } from '../../domain/currency.js';

const FORMAT_CACHE = new Map<CurrencyCode, string>();

/** Excel number format showing the currency's symbol and minor digits: "₦"#,##0.00 ; USh has no minor unit. */
export function currencyNumberFormat(currency: CurrencyCode): string {
  const cached = FORMAT_CACHE.get(currency);
  if (cached) return cached;
  const exp = currencyExponent(currency);
  const body = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
  // Quoted so that letters in symbols (R, KSh, GH₵) are never read as format codes.
  const sym = `"${CURRENCIES[currency].symbol}"`;
  const format = `${sym}${body};-${sym}${body}`;
  FORMAT_CACHE.set(currency, format);
  return format;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.00%';

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Spreadsheet serial (1900 system) of a "YYYY-MM-DD" business date; integer arithmetic, no time zone involved. */
export function dateToSerial(date: string): number {
  let serial = serialCache.get(date);
  if (serial === undefined) {
    serial = computeSerial(date);
    // A report spans a few hundred distinct dates at most; the bound keeps a pathological input from growing it.
    if (serialCache.size < 10_000) serialCache.set(date, serial);
  }
  return serial;
}

const serialCache = new Map<string, number>();

function computeSerial(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`report: "${date}" is not a YYYY-MM-DD business date`);
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  if (new Date(utc).getUTCDate() !== +m[3]!) throw new Error(`report: "${date}" is not a calendar date`);
  return (utc - EPOCH_1900) / 86_400_000;
}
