import { Decimal } from 'decimal.js';
import { type CurrencyCode, CURRENCIES, currencyExponent, normalizeCurrency } from './currency.js';

/** An amount of money: a safe integer count of minor units (kobo, pesewa, cents) in one currency. */
export interface Money {
  readonly minor: number;
  readonly currency: CurrencyCode;
}

export class AmountParseError extends Error {
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`cannot read amount "${input}": ${reason}`);
    this.name = 'AmountParseError';
  }
}

export class CurrencyMismatchError extends Error {
  constructor(a: CurrencyCode, b: CurrencyCode) {
    super(`cannot combine ${a} with ${b} without an explicit exchange rate`);
    this.name = 'CurrencyMismatchError';
  }
}

export function money(minor: number, currency: CurrencyCode | string): Money {
  assertMinor(minor);
  return { minor, currency: typeof currency === 'string' ? normalizeCurrency(currency) : currency };
}

export function assertMinor(minor: number): void {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor units must be a safe integer, got ${minor}`);
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return money(a.minor + b.minor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return money(a.minor - b.minor, a.currency);
}

/** percent of an amount in minor units, rounded half away from zero (for tolerances, VAT, fees). */
export function percentOfMinor(minor: number, percent: Decimal.Value): number {
  return new Decimal(minor).mul(percent).div(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Converts a major-unit decimal (string or Decimal) to minor units; refuses more precision than the currency has. */
export function majorToMinor(major: Decimal.Value, currency: CurrencyCode): number {
  const d = new Decimal(major);
  const scaled = d.mul(new Decimal(10).pow(currencyExponent(currency)));
  if (!scaled.isInteger()) {
    throw new AmountParseError(String(major), `more than ${currencyExponent(currency)} decimal places for ${currency}`);
  }
  const n = scaled.toNumber();
  assertMinor(n);
  return n;
}

/** Plain decimal string in major units ("-1470.85"), the canonical machine form. */
export function minorToMajorString(minor: number, currency: CurrencyCode): string {
  assertMinor(minor);
  const exp = currencyExponent(currency);
  return new Decimal(minor).div(new Decimal(10).pow(exp)).toFixed(exp);
}

/** Human form with thousands separators and the currency's symbol: "₦1,250,000.50", "-₦12.39". */
export function formatMoney(m: Money, opts: { symbol?: boolean } = {}): string {
  const plain = minorToMajorString(Math.abs(m.minor), m.currency);
  const [int, frac] = plain.split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac ? `${grouped}.${frac}` : grouped;
  const sign = m.minor < 0 ? '-' : '';
  return opts.symbol === false ? `${sign}${body}` : `${sign}${CURRENCIES[m.currency].symbol}${body}`;
}

export interface ParseAmountOptions {
  /** '.' (default: 1,250.50) or ',' (European/South African style: 1 250,50). */
  decimalSeparator?: '.' | ',';
  /** What a "-" or blank cell means: null (default) or zero. */
  blankAs?: 'null' | 'zero';
}

// Currency marks seen on African statements and exports; longest first so "NGN" wins over "N".
const CURRENCY_MARKS = ['GH₵', 'GHS', 'GHC', 'NGN', 'KSh', 'KSH', 'KES', 'ZAR', 'USD', 'EUR', 'GBP', '₦', '₵', '$', '€', '£', 'N', 'R'];

/**
 * Reads a human amount into signed minor units: "₦1,250,000.50", "(1,200.00)", "1 250,00" (with ','),
 * "1,000.00 DR", "500CR", "-", "". Returns null for a blank or dash cell unless blankAs is 'zero'.
 */
export function parseAmount(input: string, currency: CurrencyCode, opts: ParseAmountOptions = {}): number | null {
  const decimalSeparator = opts.decimalSeparator ?? '.';
  let s = input.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '' || /^[-–—]$/.test(s)) return opts.blankAs === 'zero' ? 0 : null;
  let negative = false;
  const drcr = /\s*\b(DR|CR|Dr|Cr|dr|cr)\.?$/.exec(s);
  if (drcr) {
    negative = drcr[1]!.toUpperCase() === 'DR';
    s = s.slice(0, drcr.index).trim();
  }
  if (/^\(.*\)$/.test(s)) {
    negative = !negative;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  for (const mark of CURRENCY_MARKS) {
    if (s.startsWith(mark)) {
      s = s.slice(mark.length).trim();
      break;
    }
    if (s.endsWith(mark) && mark.length > 1) {
      s = s.slice(0, -mark.length).trim();
      break;
    }
  }
  if (s.startsWith('-')) {
    // "₦-500" or "NGN -500"
    negative = !negative;
    s = s.slice(1).trim();
  }
  const thousands = decimalSeparator === '.' ? /[, ']/g : /[. ']/g;
  const grouped = decimalSeparator === '.' ? /^\d{1,3}([, ']\d{3})+(\.\d+)?$/ : /^\d{1,3}([. ']\d{3})+(,\d+)?$/;
  const plain = decimalSeparator === '.' ? /^\d+(\.\d+)?$|^\.\d+$/ : /^\d+(,\d+)?$|^,\d+$/;
  if (!grouped.test(s) && !plain.test(s)) {
    throw new AmountParseError(input, 'expected a number such as 1,250.50, (1,250.50) or 1,250.50 DR');
  }
  const normalized = s.replace(thousands, '').replace(decimalSeparator, '.');
  const minor = majorToMinor(normalized, currency);
  return negative && minor !== 0 ? -minor : minor;
}

/** Parses a canonical signed major-unit string ("-1470.85") as used in JSON documents; strict. */
export function parseMajorString(input: string, currency: CurrencyCode): number {
  if (!/^-?\d+(\.\d+)?$/.test(input.trim())) {
    throw new AmountParseError(input, 'expected a signed decimal string in major units such as "-1470.85"');
  }
  return majorToMinor(input.trim(), currency);
}

export { Decimal };
