// each month's own endings only ("JANE" is a name, not January; "FEBUARY" is written often enough); a short name may
// carry its year ("SALARY JUL25")
const MONTH =
  /\b(?:(JAN)(?:UARY)?|(FEB)(?:R?UARY)?|(MAR)(?:CH)?|(APR)(?:IL)?|(MAY)|(JUN)E?|(JUL)Y?|(AUG)(?:UST)?|(SEP)(?:T|TEMBER)?|(OCT)(?:OBER)?|(NOV)(?:EMBER)?|(DEC)(?:EMBER)?)(?:\d{2}|\d{4})?\b/gi;
const MONTHS = 'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(' ');

/** The months a text names in words ("Net salaries August 2025", "SALARY JUL"), 0 for January to 11. */
export function monthsNamed(text: string): Set<number> {
  return new Set((text.match(MONTH) ?? []).map((m) => MONTHS.indexOf(m.slice(0, 3).toUpperCase())));
}

/** Numbers that write a month and year: "02/2025", "3-2025", "2025-04", "202504". */
const NUMERIC_MONTH = /(?<!\d[/.-])\b(0?[1-9]|1[0-2])[/-](?:20\d\d)\b|\b20\d\d[/-]?(0[1-9]|1[0-2])\b(?![/.-]\d)/g;

/**
 * The months a text names in words or writes in figures with their year ("PAYE PERIOD 02/2025"), 0 to 11; a whole
 * date ("VAL 09/07/2025") is a day, not a period.
 */
export function monthsWritten(text: string): Set<number> {
  const months = monthsNamed(text);
  // exec over the one pattern (it matches no empty text), not matchAll, which copies the pattern on every call
  NUMERIC_MONTH.lastIndex = 0;
  for (let m = NUMERIC_MONTH.exec(text); m !== null; m = NUMERIC_MONTH.exec(text)) months.add(Number(m[1] ?? m[2]) - 1);
  return months;
}

/**
 * A quarter: "Q2", "2026Q2", "QTR 2", "QUARTER 2", "2ND QTR", "SECOND QUARTER" (the number in the first group that
 * matched).
 */
const QUARTER =
  /(?:\b|(?<=\d))Q([1-4])\b|\bQ(?:TR|UARTER)\.?\s?([1-4])\b|\b([1-4])(?:ST|ND|RD|TH)\s+Q(?:TR|UARTER)\b|\b(FIRST|SECOND|THIRD|FOURTH)\s+Q(?:TR|UARTER)\b/gi;
const QUARTER_WORDS = ['FIRST', 'SECOND', 'THIRD', 'FOURTH'];

/** A financial year written as one ("FY2026/27", "2026/27"): its quarters are not the calendar's. */
const FINANCIAL_YEAR = /\bFY|\b(?:19|20)\d\d\/\d\d\b/i;

/** The months of the quarters a text names ("SERVICE CHARGE Q2 2026": April to June), as bits (bit m for month m). */
function quarterBits(text: string): number {
  // every writing of a quarter has a Q: most texts have none, and the pattern's scan is slow (it starts four ways)
  if ((text.indexOf('Q') < 0 && text.indexOf('q') < 0) || FINANCIAL_YEAR.test(text)) return 0;
  let bits = 0;
  QUARTER.lastIndex = 0;
  for (let m = QUARTER.exec(text); m !== null; m = QUARTER.exec(text)) {
    const n = Number(m[1] ?? m[2] ?? m[3] ?? QUARTER_WORDS.indexOf(m[4]!.toUpperCase()) + 1);
    bits |= 7 << (3 * (n - 1));
  }
  return bits;
}

/**
 * monthsWritten as bits (bit m for month m), made with no set or list: the passes ask it of most candidates they
 * confirm, and most texts name no month.
 */
function monthBitsWritten(text: string): number {
  let bits = 0;
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(text); m !== null; m = MONTH.exec(text))
    bits |= 1 << MONTHS.indexOf(m[0].slice(0, 3).toUpperCase());
  // a month in figures is written with its year, 20..: a text without "20" writes none
  if (text.indexOf('20') < 0) return bits;
  NUMERIC_MONTH.lastIndex = 0;
  for (let m = NUMERIC_MONTH.exec(text); m !== null; m = NUMERIC_MONTH.exec(text))
    bits |= 1 << (Number(m[1] ?? m[2]) - 1);
  return bits;
}

/** The text without the given (upper-case) words. */
function withoutWords(text: string, words: readonly string[]): string {
  return text
    .split(/(\s+)/)
    .filter((w) => !words.includes(w.toUpperCase()))
    .join('');
}

/** Whether a single word is a month's name, whole or short ("MARCH", "MAR"). */
export const isMonthWord = (word: string) => WHOLE_MONTH.test(word);
const WHOLE_MONTH = new RegExp(`^${MONTH.source}$`, 'i');

/**
 * Both texts name months (in words, as month and year, or as quarters: Q1 is January to March) and none in common, or
 * the same months of years none in
 * common: "LEVY JUN 2026" against "Levies May 2026" are two periods' payments, whatever the amount. A text naming no
 * month says nothing either way. The words of the entry's party are no month in the line ("TO MAY ADEWALE RENT JUNE
 * 2026" names June; "JUNE ACHIENG" no month).
 */
export function otherMonthsNamed(a: string, b: string, party: readonly string[] = []): boolean {
  const x = monthBitsWritten(party.some(isMonthWord) ? withoutWords(a, party) : a) | quarterBits(a);
  if (x === 0) return false;
  const y = monthBitsWritten(b) | quarterBits(b);
  if (y === 0) return false;
  if ((x & y) === 0) return true;
  // the same month of other years ("PAYE MAY 2026" against "PAYE May 2025 arrears"), when both write a year
  const years = (t: string) => new Set(t.match(/\b20\d\d\b/g) ?? []);
  const xy = years(a);
  const yy = years(b);
  return xy.size > 0 && yy.size > 0 && ![...xy].some((v) => yy.has(v));
}
