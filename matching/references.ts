/**
 * Reference tokens: invoice numbers, payment references, NIP session ids and cheque numbers in their many writings
 * ("INV-2019-0001", "inv 2019/00001", "2019-00001", "201900001") reduced to comparable keys.
 *
 * Keys per writing:
 *  - P:<prefix>:<groups>  a word prefix (INV, BILL, PO, CHQ…) and its digit groups without leading zeros
 *  - G:<groups>           digit groups without leading zeros, when there are at least 5 digits (specific enough)
 *  - D:<digits>           all digits run together, when there are at least 6
 *  - A:<alnum>            mixed letter/digit codes (payment refs like FT23145ABC12), at least 6 characters
 *  - S:<prefix>:<serial>  a prefixed number without a year ("Inv#3240", "INV 0401")
 *  - Y:<prefix>:<serial>  the serial of a year-numbered document ("INV-2025-3240" gives Y:INV:3240)
 *  - R:<code>             a ledger reference field written as is ("004512"), met by the same code in the bank's
 *                         reference field or narration: a cheque number keeps its zeros, so it is compared whole
 * Customers drop the year, so a ledger document's Y key is offered to bank text as an S key (ledgerKeys); bank text
 * keeps no Y key (bankKeys), so "INV-2024-3240" can never meet "INV-2025-3240" through the serial. A serial is short:
 * the engine trusts it only when a single open document carries it.
 * Two writings refer to the same document when they share a key.
 */

import {
  WordBounds,
  gluedNumberStart,
  hasDigit,
  isDigit,
  isSpace,
  isUpper,
  isWrittenDate,
  lettersEnd,
  numberGroups,
  referenceWords,
} from './reference-text.js';

/**
 * A few words looked up by their place in a text, so a word is cut out of the text only when it is kept: most words
 * are none of them. Grouped by length; each group holds a handful.
 */
function wordTable(entries: Record<string, string>): (text: string, from: number, to: number) => string | undefined {
  const byLength: Array<Array<[string, string]>> = [];
  for (const [word, value] of Object.entries(entries)) (byLength[word.length] ??= []).push([word, value]);
  return function lookUp(text, from, to) {
    const group = byLength[to - from];
    if (group) for (let i = 0; i < group.length; i++) if (text.startsWith(group[i]![0], from)) return group[i]![1];
    return undefined;
  };
}

// Words that mean the same document kind; everything else keeps its own spelling as a prefix.
const PREFIX_ALIASES = wordTable({
  INVOICE: 'INV',
  INVC: 'INV',
  INV: 'INV',
  INVNO: 'INV',
  SI: 'INV',
  BILL: 'BILL',
  BL: 'BILL',
  PO: 'PO',
  ORDER: 'PO',
  ORD: 'PO',
  CHQ: 'CHQ',
  CHEQUE: 'CHQ',
  CHECK: 'CHQ',
  CHK: 'CHQ',
  RCT: 'RCT',
  RECEIPT: 'RCT',
  RCPT: 'RCT',
});

// Words that are not document prefixes even when a number follows them.
const NOT_PREFIX = wordTable(
  Object.fromEntries(
    [
      'NO',
      'NUM',
      'NUMBER',
      'REF',
      'FOR',
      'PMT',
      'PAYMENT',
      'TO',
      'FROM',
      'OF',
      'AND',
      'RE',
      'THE',
      'TRF',
      'TRANSFER',
      'NIP',
      'BY',
    ].map((w) => [w, w]),
  ),
);

/** A digit group without its leading zeros ("0042" → "42"; "000" → "0"). */
function stripZeros(group: string): string {
  let i = 0;
  while (i < group.length && group.charCodeAt(i) === 48) i++;
  return i === group.length ? '0' : i === 0 ? group : group.slice(i);
}

/** How many digits remain once the leading zeros are gone. */
function significantDigits(digits: string): number {
  let i = 0;
  while (i < digits.length && digits.charCodeAt(i) === 48) i++;
  return digits.length - i;
}

/**
 * A key as one string of its own. Keys are kept for the whole run (a few for every line and entry); V8 keeps a
 * concatenation of 13 characters or more as a tree of its pieces (three objects and their headers), a joined array as
 * one flat string.
 */
function key(...parts: string[]): string {
  return parts.join('');
}

/** The keys of a number of `count` digit groups, with the document prefix written before it, if any. */
function addNumberKeys(
  keys: Set<string>,
  groups: readonly string[],
  count: number,
  prefix: string | null,
  withYears: boolean,
): void {
  let stripped = stripZeros(groups[0]!);
  let digits = groups[0]!;
  for (let g = 1; g < count; g++) {
    stripped += `-${stripZeros(groups[g]!)}`;
    digits += groups[g]!;
  }
  if (prefix) {
    keys.add(key('P:', prefix, ':', stripped));
    if (count === 1) keys.add(key('S:', prefix, ':', stripped));
    // (a Y: key never outlives ledgerKeys, which offers it as an S: key, so it need not be one flat string)
    if (withYears && count === 2 && isYear(groups[0]!)) keys.add(`Y:${prefix}:${stripZeros(groups[1]!)}`);
  }
  const significant = significantDigits(digits);
  if (significant >= 5) keys.add(key('G:', stripped));
  if (digits.length >= 6 && significant >= 5) keys.add(key('D:', stripZeros(digits)));
}

/** A plausible document year ("INV-2025-3240"), not any four digits: `^(19|20)\d\d$`. */
function isYear(group: string): boolean {
  return group.length === 4 && startsWithYear(group);
}

/** The first four characters (known to be digits) read 19xx or 20xx. */
function startsWithYear(digits: string): boolean {
  const a = digits.charCodeAt(0);
  const b = digits.charCodeAt(1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}

/** The digit groups of text[from, to) (a number: digit groups joined by single separators) into `out`; their count. */
function splitGroups(text: string, from: number, to: number, out: string[]): number {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && isDigit(text.charCodeAt(i))) continue;
    out[count++] = text.slice(start, i);
    start = i + 1;
  }
  return count;
}

// A calendar date written in a narration ("05/03/2025", "2025-03-05") names a day, not a document (isWrittenDate in
// reference-text.ts reads exactly this pattern):
// ^(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))$

// "INV-2025-0470 & 0473": serials listed after one document number share its prefix and year.
const SERIAL_LIST = /\b([A-Z]{1,8}[-/ ]?(?:19|20)\d\d[-/ ])(\d{1,8})((?:\s*(?:&|,|\+|\bAND\b)\s*\d{1,8}\b)+)/gi;

function expandSerialLists(text: string): string {
  return mayListSerials(text)
    ? text.replace(SERIAL_LIST, (whole, head: string, _first: string, rest: string) => {
        const more = rest.match(/\d{1,8}/g) ?? [];
        return `${whole} ${more.map((n) => `${head}${n}`).join(' ')}`;
      })
    : text;
}

/** A list needs `&`, `,`, `+` or "and" before a number ("& 0473"): most texts have none, and skip the pattern. */
function mayListSerials(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === 38 || c === 44 || c === 43) next = i + 1;
    else if ((c | 32) === 97 && (text.charCodeAt(i + 1) | 32) === 110 && (text.charCodeAt(i + 2) | 32) === 100)
      next = i + 3;
    if (next < 0) continue;
    while (next < text.length && isSpace(text.charCodeAt(next))) next++;
    if (next < text.length && isDigit(text.charCodeAt(next))) return true;
  }
  return false;
}

// Scratch space for one text at a time (the extraction is synchronous and never re-entered).
const words = new WordBounds();
const groups: string[] = [];

/** Whether text[from, to) is capital letters only: `^[A-Z]+$`. */
function allLetters(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isUpper(text.charCodeAt(i))) return false;
  return to > from;
}

/** "NO", "NUM", "NUMBER", "NR", "NBR": a word between a document word and its number. */
function isFiller(text: string, from: number, to: number): boolean {
  switch (to - from) {
    case 2:
      return text.startsWith('NO', from) || text.startsWith('NR', from);
    case 3:
      return text.startsWith('NUM', from) || text.startsWith('NBR', from);
    case 6:
      return text.startsWith('NUMBER', from);
    default:
      return false;
  }
}

/** Mixed letters and digits, six characters or more: a payment code such as FT23145ABC12 (an A: key). */
function isCode(text: string, from: number, to: number): boolean {
  if (to - from < 6) return false;
  let digit = false;
  let letter = false;
  for (let i = from; i < to && !(digit && letter); i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (isUpper(c)) letter = true;
  }
  return digit && letter;
}

/** Adds the reference keys of one text; `withYears` false leaves out the Y: keys (bank text keeps none). */
function collectKeys(keys: Set<string>, text: string, withYears: boolean): void {
  if (!hasDigit(text)) return;
  const upper = expandSerialLists(text).toUpperCase();
  referenceWords(upper, words);
  const at = words.offsets;
  // the word before a number, as offsets (-1: none): the number's document prefix ("INV 0042", "CUSTOMER 000123")
  let wordFrom = -1;
  let wordTo = -1;
  // the last bare number and the prefix its run started with: "INV 2024 0001" may be one reference
  let previousDigits: string | null = null;
  let runPrefix: string | null = null;
  for (let w = 0; w < words.count; w++) {
    const from = at[2 * w]!;
    const to = at[2 * w + 1]!;
    const numberAt = gluedNumberStart(upper, from, to);
    if (numberAt >= 0) {
      const lettersTo = lettersEnd(upper, from, to);
      const prefix = PREFIX_ALIASES(upper, from, lettersTo) ?? upper.slice(from, lettersTo);
      const count = splitGroups(upper, numberAt, to, groups);
      addNumberKeys(keys, groups, count, prefix, withYears);
      // year and serial run together ("I2025000011" for ACC-SINV-2025-00011): the year, then the serial unpadded
      const run = count === 1 ? groups[0]! : '';
      if (run.length >= 7 && startsWithYear(run)) keys.add(key('G:', run.slice(0, 4), '-', stripZeros(run.slice(4))));
      wordFrom = -1;
      previousDigits = count === 1 ? groups[0]! : null;
      runPrefix = prefix;
      continue;
    }
    if (numberGroups(upper, from, to) > 0) {
      const count = splitGroups(upper, from, to, groups);
      const prefix =
        wordFrom < 0
          ? null
          : (PREFIX_ALIASES(upper, wordFrom, wordTo) ??
            (NOT_PREFIX(upper, wordFrom, wordTo) ? null : upper.slice(wordFrom, wordTo)));
      addNumberKeys(keys, groups, count, prefix, withYears);
      // only a year followed by a bare number is one reference: "INV00708 2025-00709" and "INV00683 202400684"
      // name two documents
      if (previousDigits && count === 1 && isYear(previousDigits)) {
        // the earlier number was only the first part of this one: "INV 2024" alone would name invoice 2024
        if (runPrefix) keys.delete(`P:${runPrefix}:${stripZeros(previousDigits)}`);
        if (runPrefix) keys.delete(`S:${runPrefix}:${stripZeros(previousDigits)}`);
        addNumberKeys(keys, [previousDigits, groups[0]!], 2, runPrefix, withYears);
      } else runPrefix = prefix;
      previousDigits = count === 1 ? groups[0]! : null;
      wordFrom = -1;
      continue;
    }
    previousDigits = null;
    runPrefix = null;
    // "CHEQUE NO 4512", "INVOICE NUMBER 42": the filler word keeps the document word as the prefix
    if (wordFrom >= 0 && isFiller(upper, from, to)) continue;
    if (allLetters(upper, from, to)) {
      wordFrom = to - from <= 8 ? from : -1;
      wordTo = to;
      continue;
    }
    wordFrom = -1;
    // not a number, so the word has no separators left (referenceWords): it is its own compact form
    if (isCode(upper, from, to)) keys.add(key('A:', upper.slice(from, to)));
  }
}

/** All reference keys found in free text (narration, reference, description). */
export function referenceKeys(...texts: Array<string | null | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const text of texts) if (text) collectKeys(keys, text, true);
  return keys;
}

/** Keys that identify a document on their own (all but the short prefixed forms are already long enough). */
export function describeKey(key: string): string {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const value = colon < 0 ? '' : key.slice(colon + 1);
  switch (kind) {
    case 'P':
      return `document number ${value.replace(':', ' ')}`;
    case 'G':
      return `number ${value}`;
    case 'D':
      return `digits ${value}`;
    case 'S':
      return `document serial ${value.replace(':', ' ')} (year left out, the only open document with it)`;
    default:
      return `code ${value}`;
  }
}

/** Whether a key is a year-less serial, which counts only when one open document carries it. */
export const isSerialKey = (key: string): boolean => key.startsWith('S:');

/** A reference code compared whole: letters and digits only, upper case, at most 40 characters, with a digit. */
function codeKey(text: string | null | undefined, minLength: number): string | null {
  if (!text) return null;
  let kept = 0;
  let digit = false;
  let asIs = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      kept++;
    } else if (isUpper(c)) kept++;
    else if (c >= 97 && c <= 122) {
      asIs = false;
      kept++;
    } else if (c < 128) asIs = false;
    else return unicodeCodeKey(text, minLength); // upper-casing may turn it into ASCII letters ("ı" → "I")
  }
  if (!digit || kept < minLength || kept > 40) return null;
  return key('R:', asIs ? text : text.toUpperCase().replace(/[^A-Z0-9]/g, ''));
}

function unicodeCodeKey(text: string, minLength: number): string | null {
  const code = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return code.length >= minLength && code.length <= 40 && hasDigit(code) ? key('R:', code) : null;
}

/**
 * Keys of bank text: a year-numbered writing already has its full keys, so its bare serial is dropped. The reference
 * field, and narration words of six characters or more with a digit, are also kept whole (R:) to meet a ledger
 * reference field written the same way.
 */
export function bankKeys(narration?: string | null, reference?: string | null): string[] {
  const keys = new Set<string>();
  if (narration) collectKeys(keys, narration, false);
  if (reference) collectKeys(keys, reference, false);
  const ref = codeKey(reference, 4);
  if (ref) keys.add(ref);
  if (narration && hasDigit(narration)) addNarrationCodes(keys, narration);
  return [...keys];
}

/** The R: keys of the narration's space-separated words of six characters or more (not dates). */
function addNarrationCodes(keys: Set<string>, narration: string): void {
  const n = narration.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(narration.charCodeAt(i))) i++;
    const start = i;
    let digit = false;
    for (; i < n; i++) {
      const c = narration.charCodeAt(i);
      if (isSpace(c)) break;
      if (isDigit(c)) digit = true;
    }
    // a word without a digit makes no code; only such words need cutting out of the narration
    if (!digit || i - start < 6 || isWrittenDate(narration, start, i)) continue;
    const k = codeKey(narration.slice(start, i), 6);
    if (k) keys.add(k);
  }
}

/** Keys of a ledger document: the serial of a year-numbered document also answers to a year-less writing. */
export function ledgerKeys(reference?: string | null, description?: string | null): string[] {
  const keys = new Set<string>();
  if (reference) collectKeys(keys, reference, true);
  if (description) collectKeys(keys, description, true);
  let years = false;
  for (const k of keys) if (k.startsWith('Y:')) years = true;
  // the reference field's whole code comes last; referenceKeys makes no R: key, so it is always new
  const ref = codeKey(reference, 4);
  if (ref) keys.add(ref);
  // (a spread of a set is an array of exactly its size: the keys of every entry are kept for the whole run)
  if (!years) return [...keys];
  // a year-numbered document's serial (Y:) is offered as a year-less one (S:); a serial also written without its year
  // is kept once, where it first appears
  const out = [...keys];
  let twice = false;
  for (let i = 0; i < out.length; i++)
    if (out[i]!.startsWith('Y:')) {
      const serial = key('S:', out[i]!.slice(2));
      if (keys.has(serial)) twice = true;
      out[i] = serial;
    }
  return twice ? [...new Set(out)] : out;
}
