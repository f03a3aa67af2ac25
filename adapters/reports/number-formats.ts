import { CURRENCIES, currencyExponent, type CurrencyCode } from '../../domain/currency.js';

/** Excel number format showing the currency's symbol and minor digits: "₦"#,##0.00 ; USh has no minor unit. */
export function currencyNumberFormat(currency: CurrencyCode): string {
  const exp = currencyExponent(currency);
  const body = exp === 0 ? '#,##0' : `#,##0.${'0'.repeat(exp)}`;
  // Quoted so that letters in symbols (R, KSh, GH₵) are never read as format codes.
  const sym = `"${CURRENCIES[currency].symbol}"`;
  return `${sym}${body};-${sym}${body}`;
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const PERCENT_FORMAT = '0.00%';

const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Spreadsheet serial (1900 system) of a "YYYY-MM-DD" business date; integer arithmetic, no time zone involved. */
export function dateToSerial(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`report: "${date}" is not a YYYY-MM-DD business date`);
  return (Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) - EPOCH_1900) / 86_400_000;
}
