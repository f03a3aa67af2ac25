import { dayNumber } from './prepared.js';
import { SETTLEMENT_MAX_DAYS } from './thresholds.js';

/**
 * Terminal and settlement evidence: card-acquiring banks settle a POS terminal's sales in one credit whose narration
 * names the terminal id and the sales day ("POS STLMT TID 2057LA12 12/03/2024"); the books record the day's takings
 * with the same terminal id. Terminal ids are 8 characters of letters and digits (sometimes digits only).
 */
const TERMINAL = /\b(?:TID|TERMINAL(?:\s*ID)?|TERM(?:\s*ID)?|POS\s*ID)\s*[:#.-]?\s*([A-Z0-9]{6,12})\b/i;

export function terminalIdOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = TERMINAL.exec(text);
  return m && /\d/.test(m[1]!) ? m[1]!.toUpperCase() : null;
}

const MONTHS: Record<string, number> = {
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUL: 7,
  AUG: 8,
  SEP: 9,
  SEPT: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
};

const ISO = /\b(20\d\d)[-/.](\d\d)[-/.](\d\d)\b/;
const DMY = /\b(\d{1,2})[-/.](\d{1,2})[-/.](20\d\d|\d\d)\b/;
const D_MON_Y = /\b(\d{1,2})[-\s]?(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*[-\s,]?(20\d\d|\d\d)\b/i;

/**
 * day/month without a year, slashed ("07/07"), not part of a longer run of numbers nor a count ("BATCH 3/5", "PART 1/2")
 */
const D_M = /(?<![\d/.-])(?<!\b(?:BATCH|NO|QTY|PART|LOT|ITEM|RUN)\.?\s*)(\d{1,2})\/(\d{1,2})(?![\d/.-])/i;
/**
 * day and month without a year, hyphened ("06-03"), as a settlement writes its sales day: either order, read only as a
 * day in the few days before the credit (hyphened pairs are ids as often)
 */
const D_M_HYPHEN = /(?<![\d/.-])(\d{1,2})-(\d{1,2})(?![\d/.-])/;
const D_MON = /\b(\d{1,2})[-\s]?(JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\b/i;

/**
 * The first calendar day written in a text (day-first, as these countries write them), as a day number, or null. Given
 * `onOrBefore` (a settlement names a past day), a day and month without a year ("11 Mar", "07/07") is the latest such
 * day on or before it (slashed, within a month of it), and eight digits run together are read as a day in the month before it (not the day itself).
 */
export function writtenDayOf(text: string | null | undefined, onOrBefore?: number): number | null {
  if (!text) return null;
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const tryDay = (y: number, m: number, d: number): number | null => {
    try {
      return dayNumber(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'written date');
    } catch {
      return null;
    }
  };
  let m = ISO.exec(text);
  if (m) return tryDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = D_MON_Y.exec(text);
  if (m) return tryDay(year(m[3]!), MONTHS[m[2]!.toUpperCase().slice(0, 3)]!, Number(m[1]));
  m = DMY.exec(text);
  if (m) return tryDay(year(m[3]!), Number(m[2]), Number(m[1]));
  if (onOrBefore === undefined) return null;
  // a day and month without a year ("11 Mar", "07/07"): the latest such day on or before the credit
  const lastBefore = (month: number, d: number): number | null => {
    const y = new Date(onOrBefore * 86_400_000).getUTCFullYear();
    const day = tryDay(y, month, d);
    return day !== null && day > onOrBefore ? tryDay(y - 1, month, d) : day;
  };
  m = D_MON.exec(text);
  if (m) return lastBefore(MONTHS[m[2]!.toUpperCase().slice(0, 3)]!, Number(m[1]));
  m = D_M.exec(text);
  if (m) {
    const day = lastBefore(Number(m[2]), Number(m[1]));
    if (day !== null && onOrBefore - day <= COMPACT_DAYS_BACK) return day;
    // month first ("06/03" for 3 June), only when that reading alone is a day just before the credit
    const monthFirst = lastBefore(Number(m[1]), Number(m[2]));
    if (monthFirst !== null && onOrBefore - monthFirst <= SETTLEMENT_MAX_DAYS) return monthFirst;
  }
  m = D_M_HYPHEN.exec(text);
  if (m) {
    const readings = [lastBefore(Number(m[2]), Number(m[1])), lastBefore(Number(m[1]), Number(m[2]))].filter(
      (day): day is number => day !== null && onOrBefore - day <= SETTLEMENT_MAX_DAYS,
    );
    if (readings.length === 1 || (readings.length === 2 && readings[0] === readings[1])) return readings[0]!;
  }
  // run together ("SETTLEMENT 20250203", "POS STLMT 02062025"): eight digits are often an id (a batch number is the
  // credit's own day), so only a day in the month before the credit counts, year first or day first
  for (COMPACT.lastIndex = 0; (m = COMPACT.exec(text));) {
    const d = m[1]!;
    for (const day of [
      tryDay(Number(d.slice(0, 4)), Number(d.slice(4, 6)), Number(d.slice(6))),
      tryDay(Number(d.slice(4)), Number(d.slice(2, 4)), Number(d.slice(0, 2))),
    ])
      if (day !== null && day < onOrBefore && onOrBefore - day <= COMPACT_DAYS_BACK) return day;
  }
  // four digits run together ("MERCHANT SETTLEMENT TID 40811201 0405"): day and month either way round, only when one
  // reading alone is a day just before the credit (a random four-digit number rarely is)
  for (SHORT_COMPACT.lastIndex = 0; (m = SHORT_COMPACT.exec(text));) {
    const d = m[1]!;
    const a = Number(d.slice(0, 2));
    const b = Number(d.slice(2));
    const readings = new Set(
      [lastBefore(b, a), lastBefore(a, b)].filter(
        (day): day is number => day !== null && day < onOrBefore && onOrBefore - day <= SETTLEMENT_MAX_DAYS,
      ),
    );
    if (readings.size === 1) return [...readings][0]!;
  }
  return null;
}

// a word of its own: not the end of a terminal or payout id (SBGH0112, YC0307)
const SHORT_COMPACT = /(?<![\w./:-])(\d{4})(?![\w./:-])/g;
const COMPACT = /(?<![\d])(\d{8})(?![\d])/g;
const COMPACT_DAYS_BACK = 31;

/**
 * How acquirers word a settlement or payout credit, truncated as statements print them ("POS SETTL", "SETTLEMNT", "STTLMT"); not
 * a customer's "settlement of" an invoice or balance.
 */
export const SETTLEMENT_WORDS = /\b(SETTL\w*|STLMT|STTLMT|STL|PAYOUTS?)\b(?!\s+OF\b)/i;

/**
 * A payer named after FROM (with or without a colon) or "by order of" (B/O, Kenya's and Ghana's RTGS): not a bank, an
 * account or the channel ("FROM BANK REF", "FROM ACCOUNT").
 */
export const PAID_FROM =
  /(?:\b(?:FRM|FROM)\b\s*:?|\bB\/O\b:?|\bBY\s+ORDER\s+OF\b:?)\s*(?!(?:BANK|ACCOUNT|ACCT|A\/C|REF)\b)[A-Z]/i;

/**
 * A payee named after TO on a payment out (a BENEFICIARY word before it aside): not an account, the payer's own, a
 * third party unnamed, a bank of one word and BANK ("TO ZENITH BANK", the payee's bank; a name before a bank is a
 * payee's) or what it pays ("TO ACCOUNT", "TO SELF", "TO THIRD PARTY", "TO INV 515").
 */
export const PAID_TO =
  /\bTO\b\s*:?\s*(?:BENEFICIARY\s*:?\s*)?(?!(?:BANK|ACCOUNT|ACCT|A\/C|REF|SELF|OWN|MY|SAVINGS|CURRENT|WALLET|PAY|SETTLE|CLEAR|INV|INVOICE|BILL|PO|THIRD|OTHER|ANOTHER|BENEFICIARY)\b)(?![A-Z]+\s+BANK\b)[A-Z]/i;

/**
 * The ways of paying a settlement or a day's takings names: mobile money (a till, a wallet) and cards. A settlement
 * of one never settles the other's takings.
 */
// MPS: Equity Bank's code for an M-PESA payment ("MPS 254722000111 RC31AB2CD4 JOHN KAMAU"); C2B: customer to business.
// A till with its end-of-day report or slip is the shop's cash register ("Card sales per till Z-report", "till 2
// Z-report"), no wallet's.
const MOBILE =
  /\b(M-?PESA|MPS|C2B|MOMO|TILL(?![\s-]+(?:#?\d{1,2}[\s-]+)?(?:Z\b|Z-?REPORTS?|Z-?READINGS?|REPORTS?|SLIPS?|ROLLS?))|WALLET|AIRTEL|MOBILE\s+MONEY)\b/i;
const CARDS = /\b(POS|CARDS?|VISA|MASTERCARD|VERVE|SPEEDPOINT|PDQ|TID|MID)\b/i;

export type PaymentWay = 'mobile' | 'card' | null;

/** The one way of paying a text names, or null (none, or both). */
export function paymentWayOf(text: string): PaymentWay {
  const mobile = MOBILE.test(text);
  const card = CARDS.test(text);
  return mobile === card ? null : mobile ? 'mobile' : 'card';
}

/** Whether two texts name different ways of paying (each names one). */
export function otherWayOfPaying(a: string, b: string): boolean {
  const x = paymentWayOf(a);
  const y = paymentWayOf(b);
  return x !== null && y !== null && x !== y;
}
