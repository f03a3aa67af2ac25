import { type CurrencyCode, normalizeCurrency } from '../domain/currency.js';
import { clockText } from '../domain/dates.js';
import { AmountParseError, formatMoney, parseAmount } from '../domain/money.js';

// one way to count things in words, shared with the engine's evidence and the services
export { counted } from '../domain/counted.js';

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

/** Money with its direction written: "+₦125,000.00" in, "-₦600.00" out (the same minus as everywhere else). */
export function signedMoney(minor: number, currency: string): string {
  let code: CurrencyCode;
  try {
    code = normalizeCurrency(currency);
  } catch {
    return money(minor, currency);
  }
  return formatMoney({ minor, currency: code }, { sign: 'always' });
}

/** Money without the sign, for columns that show direction separately. */
export function amount(minor: number, currency: string): string {
  return money(Math.abs(minor), currency);
}

/**
 * "2026-10-04 09:12 UTC" from an ISO instant, or in the account's time zone "2026-10-04 10:12 Lagos time"; business
 * dates ("2026-10-04") pass through.
 */
export function when(iso: string | null | undefined, timeZone?: string | null): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  // the account's own clock, named by its zone's city ("Lagos time"): accountants in Lagos and Nairobi read their time
  return clockText(iso, timeZone);
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/**
 * Mobile numbers as narrations write them with a country code or in groups (M-PESA's "254712345678", "+234 803 979
 * 6712", "0803 979 6712"): the run-of-digits rule below misses them (12 or 13 digits, or broken by spaces), so a
 * holder's phone was shown in full beside an account number masked to four digits. Nigeria, Kenya, Ghana, South Africa.
 */
const PHONE = new RegExp(
  [
    String.raw`\+?234[ -]?[789]\d{2}[ -]?\d{3}[ -]?\d{4}`,
    String.raw`\+?254[ -]?[17]\d{2}[ -]?\d{3}[ -]?\d{3}`,
    String.raw`\+?233[ -]?[235]\d[ -]?\d{3}[ -]?\d{4}`,
    String.raw`\+?27[ -]?[678]\d[ -]?\d{3}[ -]?\d{4}`,
    String.raw`0\d{3}[ -]\d{3}[ -]\d{3,4}`,
    String.raw`0\d{2}[ -]\d{3}[ -]\d{4}`,
  ]
    .map((p) => `(?<![\\d+])${p}(?!\\d)`)
    .join('|'),
  'g',
);

/**
 * Masks what looks like a full account number (NUBAN, 10 digits), BVN (11) or mobile number in free text to its last
 * four digits. Longer runs (NIP session ids, 30 digits) are references a person matches on, and stay.
 */
export function maskNumbers(text: string): string {
  return text
    .replace(PHONE, (p) => `••••${p.replace(/\D/g, '').slice(-4)}`)
    .replace(/(?<!\d)\d{10,11}(?!\d)/g, (d) => `••••${d.slice(-4)}`);
}

/**
 * A holder's phone number as stored: shown as Mono masked it ("0803***4567"), else to its last four digits whatever
 * its format, as the account number and the BVN are.
 */
export function maskPhone(phone: string): string {
  if (/[*•xX]/.test(phone)) return phone;
  const digits = phone.replace(/\D/g, '');
  return digits.length > 4 ? `••••${digits.slice(-4)}` : phone;
}

// one reading of the engine's minor units in words, shared with the workbook
export { minorUnitsInMoney } from '../adapters/reports/report-words.js';

/**
 * An amount as a person types or pastes it, in minor units, read by the one amount parser (domain/money.ts
 * parseAmount): "₦2,734,145.23", "KES 165,996.91", "Ksh 600", "2 734 145.23", "-KSh 600.00", "−600" (U+2212, as
 * older pages and word processors write a minus), "+600" (a credit as the signed columns show it), "(1,200.00)" and
 * "1,200.00 DR" (an overdrawn balance as a statement writes it). Another currency's mark is refused, so a figure
 * pasted from another currency's statement is not read as this one; so is a decimal comma ("R 12,50", as written in
 * South Africa), never read as R1,250.00, and a figure with two signs. Throws on those and on a blank.
 */
export function typedAmount(text: string, currency: string): number {
  const minor = parseAmount(text, normalizeCurrency(currency));
  if (minor === null) throw new AmountParseError(text, 'no amount typed');
  return minor;
}

/** Why a typed amount was refused, in words: '"12,50" is not an amount such as -1,250.00 or (1,250.00)'. */
export function amountRefusal(typed: string, err: unknown): string {
  const shown = `"${typed.slice(0, 40)}"`;
  // the one reason worth repeating: a figure in another currency than the account's
  if (err instanceof AmountParseError && err.reason.startsWith('the amount is marked'))
    return `${shown}: ${err.reason}`;
  return `${shown} is not an amount such as -1,250.00 or (1,250.00)`;
}
