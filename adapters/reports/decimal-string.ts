import { currencyExponent, type CurrencyCode } from '../../domain/currency.js';

/**
 * Minor units as a plain major-unit decimal string ("-1470.85"), by moving the decimal point in the digit string:
 * exact like domain/money's minorToMajorString, without a decimal.js object per cell (a 100,000-row sheet has
 * hundreds of thousands of amounts).
 */
export function majorString(minor: number, currency: CurrencyCode): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
  const exp = currencyExponent(currency);
  const digits = String(Math.abs(minor));
  const sign = minor < 0 ? '-' : '';
  if (exp === 0) return sign + digits;
  const padded = digits.padStart(exp + 1, '0');
  return `${sign}${padded.slice(0, -exp)}.${padded.slice(-exp)}`;
}
