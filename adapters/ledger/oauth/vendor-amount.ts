import { isCurrencyCode, normalizeCurrency, type CurrencyCode } from '../../../domain/currency.js';
import { Decimal, majorToMinor, minorToMajorString } from '../../../domain/money.js';

/**
 * A vendor's JSON amount (a number such as 1250.5, or a decimal string) to minor units. A JSON number is read through
 * its shortest round-trip text, which is exactly what the vendor wrote for any amount with at most 15 significant
 * digits; more decimals than the currency has is an error, never silently rounded.
 */
export function vendorAmountToMinor(value: unknown, currency: CurrencyCode, where: string): number {
  if (typeof value !== 'number' && typeof value !== 'string')
    throw new Error(`${where}: amount is ${value === undefined ? 'missing' : `not a number (${typeof value})`}`);
  try {
    return majorToMinor(new Decimal(String(value)), currency);
  } catch (err) {
    throw new Error(`${where}: ${(err as Error).message}`, { cause: err });
  }
}

/** Minor units to the decimal string vendors accept ("1250.50"). */
export function minorToVendorAmount(minor: number, currency: CurrencyCode): string {
  return minorToMajorString(Math.abs(minor), currency);
}

/** The vendor's currency label as ours, or null for a currency bankfeed does not handle (such entries are skipped). */
export function knownCurrency(label: unknown): CurrencyCode | null {
  if (typeof label !== 'string' || label === '') return null;
  const up = label.trim().toUpperCase();
  if (isCurrencyCode(up)) return up;
  try {
    return normalizeCurrency(up);
  } catch {
    return null;
  }
}
