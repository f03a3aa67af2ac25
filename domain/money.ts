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
  // Precision is judged on the input itself: Decimal arithmetic rounds to 20 significant digits, which could turn
  // an over-precise huge amount into an integer.
  if (!d.isFinite() || d.decimalPlaces() > currencyExponent(currency)) {
    throw new AmountParseError(String(major), `more than ${currencyExponent(currency)} decimal places for ${currency}`);
  }
  const n = d.times(new Decimal(10).pow(currencyExponent(currency))).toNumber();
  if (!Number.isSafeInteger(n)) throw new AmountParseError(String(major), 'too large to hold exactly in minor units');
  return n;
}

/** Plain decimal string in major units ("-1470.85"), the canonical machine form. */
export function minorToMajorString(minor: number, currency: CurrencyCode): string {
  assertMinor(minor);
  const exp = currencyExponent(currency);
  return new Decimal(minor).div(new Decimal(10).pow(exp)).toFixed(exp);
}

/**
 * Human form with thousands separators and the currency's symbol: "₦1,250,000.50", "-₦12.39"; with `sign: 'always'`
 * a credit says "+" ("+₦125,000.00"). The minus is the ASCII hyphen-minus everywhere: a spreadsheet reads "−" (U+2212)
 * pasted from a page as text, not as a negative number.
 */
export function formatMoney(m: Money, opts: { symbol?: boolean; sign?: 'negative' | 'always' } = {}): string {
  const plain = minorToMajorString(Math.abs(m.minor), m.currency);
  const [int, frac] = plain.split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = frac ? `${grouped}.${frac}` : grouped;
  const sign = m.minor < 0 ? '-' : opts.sign === 'always' ? '+' : '';
  return opts.symbol === false ? `${sign}${body}` : `${sign}${CURRENCIES[m.currency].symbol}${body}`;
}

export interface ParseAmountOptions {
  /** '.' (default: 1,250.50) or ',' (European/South African style: 1 250,50). */
  decimalSeparator?: '.' | ',';
  /** What a "-" or blank cell means: null (default) or zero. */
  blankAs?: 'null' | 'zero';
}

// Currency marks seen on African statements, invoices and exports, with the currency each one names. Every symbol
// formatMoney writes is here, so that parse∘format is the identity for every currency. A mark of two or more
// characters is read in any case ("KSh", "KSH", "Ksh", "ksh"; "GHS", "Ghs"; "Gh¢"): none is another word. A single
// letter (N for naira, R for rand) only as written, capital: "n" or "r" alone is not a currency anyone writes.
const CURRENCY_MARKS: ReadonlyArray<readonly [string, CurrencyCode]> = [
  ['GH₵', 'GHS'],
  ['GH¢', 'GHS'],
  ['GHS', 'GHS'],
  ['GHC', 'GHS'],
  ['NGN', 'NGN'],
  ['KSh', 'KES'],
  ['KES', 'KES'],
  ['ZAR', 'ZAR'],
  ['USh', 'UGX'],
  ['UGX', 'UGX'],
  ['FCFA', 'XOF'],
  ['CFAF', 'XOF'],
  ['CFA', 'XOF'],
  ['XOF', 'XOF'],
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['₦', 'NGN'],
  ['₵', 'GHS'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['N', 'NGN'],
  ['R', 'ZAR'],
];

/**
 * Each mark as a pattern at the start or the end of an amount, in the forms it is written: a shilling's plural and
 * its abbreviation's full stop ("Kshs. 1,535,425.81", "KShs 1,535,425.81", "Ksh. 600", "UShs 5,000"), and a full
 * stop after any mark of two or more letters ("KES. 600", "1,000 NGN."). A mark runs into no further letter ("Rs 100"
 * is a rupee, not R followed by "s 100"; "Naira" is no N), so a word is never half read as a mark; a lone letter takes
 * no full stop either ("N.500" is not read as fifty kobo).
 */
const MARK_PATTERNS = CURRENCY_MARKS.map(([mark, named]) => {
  const escaped = mark.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
  const long = mark.length > 1;
  const written = `${escaped}${/sh$/i.test(mark) ? 's?' : ''}${long && /\p{L}$/u.test(mark) ? '\\.?' : ''}`;
  const flags = long ? 'iu' : 'u';
  return {
    named,
    prefix: new RegExp(`^${written}(?!\\p{L}${/^\p{L}$/u.test(mark) ? '|\\.' : ''})`, flags),
    // only a mark of two or more characters at the end: "100 N" is too easily something else
    suffix: long ? new RegExp(`(?<!\\p{L})${written}$`, flags) : null,
  };
});

/**
 * Reads a human amount into signed minor units: "₦1,250,000.50", "(1,200.00)", "1 250,00" (with ','),
 * "1,000.00 DR", "500CR", "-", "". Returns null for a blank or dash cell unless blankAs is 'zero'.
 */
export function parseAmount(input: string, currency: CurrencyCode, opts: ParseAmountOptions = {}): number | null {
  const decimalSeparator = opts.decimalSeparator ?? '.';
  // U+2212 is the minus typographers and some exports write; it means what "-" means.
  let s = input
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
  if (s === '' || /^[-–—]$/.test(s)) return opts.blankAs === 'zero' ? 0 : null;
  let negative = false;
  // "-5 DR", "(-5)" or "--5" say the sign twice; which one was meant is a guess, so refuse rather than pick.
  let signs = 0;
  const sign = (isNegative: boolean): void => {
    if (++signs > 1) throw new AmountParseError(input, 'more than one sign (-, +, brackets, DR/CR)');
    negative = isNegative;
  };
  // No \b here: "500CR" has no word boundary between the digits and the marker.
  const drcr = /\s*(?<![A-Za-z])(DR|CR|Dr|Cr|dr|cr)\.?$/.exec(s);
  if (drcr) {
    sign(drcr[1]!.toUpperCase() === 'DR');
    s = s.slice(0, drcr.index).trim();
  }
  if (/^\(.*\)$/.test(s)) {
    sign(true);
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('+')) {
    sign(s.startsWith('-'));
    s = s.slice(1).trim();
  }
  // Most cells are bare numbers: a mark is looked for only where the amount begins or ends with something else.
  const marked = !/^[\d.,]/.test(s) || !/\d$/.test(s);
  for (const { named, prefix, suffix } of marked ? MARK_PATTERNS : []) {
    const found = prefix.exec(s) ?? suffix?.exec(s);
    if (!found) continue;
    const mark = found[0];
    // A "$" amount in a naira column is a wrong column or a wrong file, never something to read silently.
    if (named !== currency)
      throw new AmountParseError(
        input,
        `the amount is marked ${mark === named ? mark : `${mark} (${named})`}, expected ${currency}`,
      );
    s = (found.index === 0 ? s.slice(mark.length) : s.slice(0, found.index)).trim();
    break;
  }
  if (s.startsWith('-')) {
    // "₦-500" or "NGN -500"
    sign(true);
    s = s.slice(1).trim();
  }
  const thousands = decimalSeparator === '.' ? /[, ']/g : /[. ']/g;
  const grouped = decimalSeparator === '.' ? /^\d{1,3}([, ']\d{3})+(\.\d+)?$/ : /^\d{1,3}([. ']\d{3})+(,\d+)?$/;
  const plain = decimalSeparator === '.' ? /^\d+(\.\d+)?$|^\.\d+$/ : /^\d+(,\d+)?$|^,\d+$/;
  if (!grouped.test(s) && !plain.test(s)) {
    throw new AmountParseError(input, 'expected a number such as 1,250.50, (1,250.50) or 1,250.50 DR');
  }
  const normalized = s.replace(thousands, '').replace(decimalSeparator, '.');
  let minor: number;
  try {
    minor = majorToMinor(normalized, currency);
  } catch (e) {
    // Name the cell as it was written, not our normalized form of it.
    if (e instanceof AmountParseError) throw new AmountParseError(input, e.reason);
    throw e;
  }
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
