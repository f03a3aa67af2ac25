import { type CurrencyCode, normalizeCurrency } from '../domain/currency.js';
import { formatMoney } from '../domain/money.js';

/** "₦1,250,000.50" / "-₦12.39"; an unknown currency label falls back to the minor units with the label. */
export function money(minor: number, currency: string): string {
  let code: CurrencyCode;
  try {
    code = normalizeCurrency(currency);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
  return formatMoney({ minor, currency: code });
}

/** Money without the sign, for columns that show direction separately. */
export function amount(minor: number, currency: string): string {
  return money(Math.abs(minor), currency);
}

/** "2026-10-04 09:12 UTC" from an ISO instant; business dates ("2026-10-04") pass through. */
export function when(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * Masks what looks like a full account number (NUBAN, 10 digits) or BVN (11) in free text to its last four digits.
 * Longer runs (NIP session ids, 30 digits) are references a person matches on, and stay.
 */
export function maskNumbers(text: string): string {
  return text.replace(/(?<!\d)\d{10,11}(?!\d)/g, (d) => `••••${d.slice(-4)}`);
}

/**
 * The engine's evidence names amounts in minor units ("short by 2605 minor units"); a person reads them in the
 * account's currency ("short by ₦26.05"), never converting kobo or pesewas by hand.
 */
export function minorUnitsInMoney(text: string, currency: string): string {
  return text.replace(/(-?\d+) minor units/g, (_, n: string) => money(Number(n), currency));
}

/**
 * An amount as a person types or pastes it, made plain for parsing: "₦2,734,145.23", "-KSh 600.00" and "2 734 145.23"
 * become "2734145.23" / "-600.00". Only the account's own currency symbol is dropped, so a figure pasted from
 * another currency's statement is still refused. A comma counts only as a thousands separator: "R 12,50" (a decimal
 * comma, as written in South Africa) is left as it is, to be refused, never read as R1,250.00.
 */
export function plainAmount(text: string, currency: string): string {
  const symbol = money(0, currency).replace(/[\d.,]+$/, '');
  let t = text.replace(/[\s\u00a0]/g, '');
  if (symbol && !/\d/.test(symbol)) t = t.replace(symbol, '');
  return /^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t) ? t.replace(/,/g, '') : t;
}
