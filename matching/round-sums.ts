import { currencyExponent, isCurrencyCode } from '../domain/currency.js';

/**
 * The significant figures of a whole hundred in the currency's major unit (₦50,000.00 is 1, KSh 18,500.00 is 3), or
 * Infinity for any other amount. Round sums repeat: two figures prove nothing on their own, three only with the party
 * named.
 */
export function roundFigures(abs: number, currency: string): number {
  const unit = 10 ** (isCurrencyCode(currency) ? currencyExponent(currency) : 2);
  if (abs % (100 * unit) !== 0) return Infinity;
  if (abs === 0) return 0;
  let major = abs / unit;
  while (major % 10 === 0) major /= 10;
  return String(major).length;
}
