/**
 * The character-level reading of reference text, in single passes over UTF-16 code units: every bank line and ledger
 * entry goes through it, so it builds no regular-expression match objects, intermediate arrays or closures. The rules
 * are those of references.ts's doc comment; each function says which pattern it stands for.
 */

const ZERO = 48;
const NINE = 57;
const UPPER_A = 65;
const UPPER_Z = 90;

export const isDigit = (c: number): boolean => c >= ZERO && c <= NINE;
export const isUpper = (c: number): boolean => c >= UPPER_A && c <= UPPER_Z;

/** `[-/._#]`: what joins the parts of a written reference */
const isSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46 || c === 95 || c === 35;

/** `[-/._]`: what joins the digit groups of one number ("2024/00391"); `#` only ever leads the number */
const isGroupSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46 || c === 95;

/** `[-/.]`: what joins the parts of a written date */
const isDateSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46;

/** JavaScript's `\s`: ASCII blanks and the Unicode spaces (a no-break space is common in bank exports). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// `[\s,;:()[\]{}"'|+&]`: the punctuation that ends a word of reference text, besides spaces
const PUNCTUATION = new Uint8Array(128);
for (const ch of ',;:()[]{}"\'|+&') PUNCTUATION[ch.charCodeAt(0)] = 1;

/** Whether text[from, to) is a run of digits only. */
function allDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return to > from;
}

/** The end of the digit run starting at `from` (== from when there is none). */
function digitsEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** Whether text[from, to) is one day-first (four- or two-digit year) or ISO calendar date, as WRITTEN_DATE in references.ts describes. */
export function isWrittenDate(text: string, from: number, to: number): boolean {
  const e1 = digitsEnd(text, from, to);
  if (e1 === from || e1 >= to || !isDateSeparator(text.charCodeAt(e1))) return false;
  const s2 = e1 + 1;
  const e2 = digitsEnd(text, s2, to);
  if (e2 === s2 || e2 >= to || !isDateSeparator(text.charCodeAt(e2))) return false;
  const s3 = e2 + 1;
  if (digitsEnd(text, s3, to) !== to || s3 === to) return false;
  const n1 = e1 - from;
  const n2 = e2 - s2;
  const n3 = to - s3;
  // day/month/year: (0?[1-9]|[12]\d|3[01]) [-/.] (0?[1-9]|1[0-2]) [-/.] (19|20)\d\d
  if (n1 <= 2 && n2 <= 2 && n3 === 4)
    return inRange(text, from, e1, 1, 31) && inRange(text, s2, e2, 1, 12) && isCenturyYear(text, s3);
  // day/month/two-digit year ("05/03/25"): (0?[1-9]|[12]\d|3[01]) [-/.] (0?[1-9]|1[0-2]) [-/.] \d\d
  if (n1 <= 2 && n2 <= 2 && n3 === 2) return inRange(text, from, e1, 1, 31) && inRange(text, s2, e2, 1, 12);
  // year-month-day: (19|20)\d\d [-/.] (0?[1-9]|1[0-2]) [-/.] (0?[1-9]|[12]\d|3[01])
  if (n1 === 4 && n2 <= 2 && n3 <= 2)
    return isCenturyYear(text, from) && inRange(text, s2, e2, 1, 12) && inRange(text, s3, to, 1, 31);
  return false;
}

/** A number of a few digits (already known to be digits) within [lo, hi]. */
export function inRange(text: string, from: number, to: number, lo: number, hi: number): boolean {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + text.charCodeAt(i) - ZERO;
  return v >= lo && v <= hi;
}

/** Four digits starting at `from` read 19xx or 20xx. */
function isCenturyYear(text: string, from: number): boolean {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  return (a === 49 && b === 57) || (a === 50 && b === ZERO);
}

/**
 * `^\d+(?:[-/._]\d+)*$` over text[from, to): digit groups joined by single separators. Returns the number of groups,
 * or 0 when the text is not such a number.
 */
export function numberGroups(text: string, from: number, to: number): number {
  if (from >= to) return 0;
  let groups = 1;
  let previousDigit = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) previousDigit = true;
    else if (isGroupSeparator(c) && previousDigit) {
      previousDigit = false;
      groups++;
    } else return 0;
  }
  return previousDigit ? groups : 0;
}

/**
 * `^([A-Z]{1,8})[-/#._]*(\d+(?:[-/._]\d+)*)$` over text[from, to) (a prefix glued to its number: "INV2024-42",
 * "INV#3240"): the index where the number starts, or -1. The prefix is the leading run of capital letters.
 */
export function gluedNumberStart(text: string, from: number, to: number): number {
  const letters = lettersEnd(text, from, to);
  if (letters === from || letters - from > 8) return -1;
  let i = letters;
  while (i < to && isSeparator(text.charCodeAt(i))) i++;
  return numberGroups(text, i, to) > 0 ? i : -1;
}

/** The end of the run of capital letters starting at `from`. */
export function lettersEnd(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isUpper(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Start and end offsets of the words of one text, two numbers a word, and what each word is made of (WORD_DIGIT,
 * WORD_CAPITALS), in buffers reused from text to text.
 */
export class WordBounds {
  offsets = new Int32Array(64);
  kinds = new Uint8Array(32);
  count = 0;

  push(from: number, to: number, kind: number): void {
    if (2 * this.count + 2 > this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
      const kinds = new Uint8Array(this.kinds.length * 2);
      kinds.set(this.kinds);
      this.kinds = kinds;
    }
    this.offsets[2 * this.count] = from;
    this.offsets[2 * this.count + 1] = to;
    this.kinds[this.count] = kind;
    this.count++;
  }
}

/** A word holds a digit. */
export const WORD_DIGIT = 1;
/** A word is capital letters only, `^[A-Z]+$`. */
export const WORD_CAPITALS = 2;

// What a scan says of a whole text (scanText): it holds a digit; it may list serials ("& 0473"); upper-casing changes it.
export const HAS_DIGIT = 1;
export const MAY_LIST = 2;
export const NOT_UPPER = 4;

// The classes of a character, as bits: one table read tells a scan all it needs of an ASCII one.
/** ends a word: a space or `,;:()[]{}"'|+&` */
const C_END = 1;
/** JavaScript's `\s` */
const C_SPACE = 2;
const C_DIGIT = 4;
const C_UPPER = 8;
const C_LOWER = 16;
/** `[-/._#]` */
const C_SEP = 32;
/** may start a list word (`&`, `,`, `+`, the "a" of "and"): see listsAt */
const C_LIST = 64;
/** anything else, and every character beyond ASCII that is not a space */
const C_OTHER = 128;

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let k: number;
  if (isSpace(c)) k = C_END | C_SPACE;
  else if (PUNCTUATION[c] === 1) k = C_END;
  else if (isDigit(c)) k = C_DIGIT;
  else if (isUpper(c)) k = C_UPPER;
  else if (c >= 97 && c <= 122) k = C_LOWER;
  else if (isSeparator(c)) k = C_SEP;
  else k = C_OTHER;
  if (c === 38 || c === 44 || c === 43 || c === 65 || c === 97) k |= C_LIST;
  CLASS[c] = k;
}

/** The class bits of a character beyond ASCII. */
const wideClass = (c: number): number => (isSpace(c) ? C_END | C_SPACE : C_OTHER);

/** Whether the character `c` at `i` is a list word (`&`, `,`, `+`, "and") followed, after spaces, by a digit. */
function listsAt(text: string, i: number, c: number): boolean {
  let next = -1;
  if (c === 38 || c === 44 || c === 43) next = i + 1;
  else if ((c | 32) === 97 && (text.charCodeAt(i + 1) | 32) === 110 && (text.charCodeAt(i + 2) | 32) === 100)
    next = i + 3;
  if (next < 0) return false;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return next < text.length && isDigit(text.charCodeAt(next));
}

/**
 * Reads a text once: its flags (HAS_DIGIT, MAY_LIST, NOT_UPPER), its words as referenceWords describes them (in `out`,
 * each with its kind), and, in `codes` when given, its space-separated words of six characters or more that hold a
 * digit (a bank narration's candidates for whole codes; their kinds are 0).
 *
 * With `mayStop`, the words are given up as soon as the text is found to need upper-casing or its lists written out
 * (it is read again once it has been): the rest of the text is then only read for its flags and codes.
 */
export function scanText(text: string, out: WordBounds, codes: WordBounds | null, mayStop: boolean): number {
  out.count = 0;
  if (codes !== null) codes.count = 0;
  const n = text.length;
  let flags = 0;
  // the space-separated word being read: where it starts, and whether it holds a digit
  let spaceFrom = 0;
  let spaceDigit = false;
  let i = 0;
  while (i < n) {
    // what ends words, up to the next word
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      let k: number;
      if (c < 128) k = CLASS[c]!;
      else {
        flags |= NOT_UPPER;
        k = wideClass(c);
      }
      if ((k & C_END) === 0) break;
      if ((k & C_LIST) !== 0 && (flags & MAY_LIST) === 0 && listsAt(text, i, c)) flags |= MAY_LIST;
      if ((k & C_SPACE) !== 0) {
        if (codes !== null && spaceDigit && i - spaceFrom >= 6) codes.push(spaceFrom, i, 0);
        spaceFrom = i + 1;
        spaceDigit = false;
      }
    }
    if (i >= n) break;
    let start = i;
    let bits = 0;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      let k: number;
      if (c < 128) k = CLASS[c]!;
      else {
        flags |= NOT_UPPER;
        k = wideClass(c);
      }
      if ((k & C_END) !== 0) break;
      bits |= k;
      if ((k & C_LIST) !== 0 && (flags & MAY_LIST) === 0 && listsAt(text, i, c)) flags |= MAY_LIST;
    }
    if ((bits & C_DIGIT) !== 0) {
      flags |= HAS_DIGIT;
      spaceDigit = true;
    }
    if ((bits & C_LOWER) !== 0) flags |= NOT_UPPER;
    if (mayStop && (flags & (NOT_UPPER | MAY_LIST)) !== 0) {
      out.count = 0;
      return finishFlags(text, i, flags, spaceFrom, spaceDigit, codes);
    }
    if ((bits & C_SEP) === 0) {
      // no separator: the word is read whole (no date, no long number to cut it at)
      out.push(start, i, kindOf(bits));
      continue;
    }
    let end = i;
    while (start < end && isSeparator(text.charCodeAt(start))) start++;
    while (end > start && isSeparator(text.charCodeAt(end - 1))) end--;
    if (start < end) splitAtLongNumbers(text, start, end, out, hasSeparator(text, start, end) ? bits : bits & ~C_SEP);
  }
  if (codes !== null && spaceDigit && n - spaceFrom >= 6) codes.push(spaceFrom, n, 0);
  return flags;
}

/** The rest of scanText from `i` once the words are given up: the flags and the codes only. */
function finishFlags(
  text: string,
  i: number,
  flags: number,
  spaceFrom: number,
  spaceDigit: boolean,
  codes: WordBounds | null,
): number {
  const n = text.length;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) k = CLASS[c]!;
    else {
      flags |= NOT_UPPER;
      k = wideClass(c);
    }
    if ((k & C_DIGIT) !== 0) {
      flags |= HAS_DIGIT;
      spaceDigit = true;
      continue;
    }
    if ((k & C_LOWER) !== 0) flags |= NOT_UPPER;
    if ((k & C_LIST) !== 0 && (flags & MAY_LIST) === 0 && listsAt(text, i, c)) flags |= MAY_LIST;
    if ((k & C_SPACE) !== 0) {
      if (codes !== null && spaceDigit && i - spaceFrom >= 6) codes.push(spaceFrom, i, 0);
      spaceFrom = i + 1;
      spaceDigit = false;
    }
  }
  if (codes !== null && spaceDigit && n - spaceFrom >= 6) codes.push(spaceFrom, n, 0);
  return flags;
}

/** A word's kind from the class bits of its characters (C_SEP only when it holds a separator after trimming). */
function kindOf(bits: number): number {
  if ((bits & C_DIGIT) !== 0) return WORD_DIGIT;
  return (bits & C_UPPER) !== 0 && (bits & ~(C_UPPER | C_LIST)) === 0 ? WORD_CAPITALS : 0;
}

/** The class bits of text[from, to)'s characters. */
function bitsOf(text: string, from: number, to: number): number {
  let bits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    bits |= c < 128 ? CLASS[c]! : wideClass(c);
  }
  return bits;
}

/** Whether text[from, to) holds a separator. */
function hasSeparator(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isSeparator(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The words of an upper-cased text as reference extraction reads them, as offsets into it (in `out`, scanText):
 *  - words end at spaces and `,;:()[]{}"'|+&`, and lose the separators `#.-_/` at either end;
 *  - a session or transaction id (13+ digits) joined to its neighbours by a separator is a word of its own
 *    ("NIP/000013240314248781165776438760/ADA"), not part of a document number;
 *  - a calendar date ("05/03/2025") names a day, not a document: it is dropped;
 *  - a word that is neither a prefixed nor a bare number and still holds separators ("LTD/INV/2024/00391") is split
 *    at them, so its parts are read one by one. A word that reaches the reader holds a separator only when it is a
 *    number, with or without its prefix.
 */
export function referenceWords(upper: string, out: WordBounds): void {
  scanText(upper, out, null, false);
}

/**
 * Cut text[from, to) at every separator next to a part of 13 or more digits; each piece is one word. `bits`: the class
 * bits of text[from, to).
 */
function splitAtLongNumbers(text: string, from: number, to: number, out: WordBounds, bits: number): void {
  if (to - from < 14) {
    word(text, from, to, out, bits); // no room for a 13-digit part and a separator
    return;
  }
  let wordStart = from;
  let partStart = from;
  let separatorAt = -1;
  let previousLong = false;
  let cut = false;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSeparator(text.charCodeAt(i))) continue;
    const long = i - partStart >= 13 && allDigits(text, partStart, i);
    if (separatorAt >= 0 && (long || previousLong)) {
      word(text, wordStart, separatorAt, out, bitsOf(text, wordStart, separatorAt));
      wordStart = separatorAt + 1;
      cut = true;
    }
    previousLong = long;
    separatorAt = i;
    partStart = i + 1;
  }
  word(text, wordStart, to, out, cut ? bitsOf(text, wordStart, to) : bits);
}

/** Pushes text[from, to) (of class bits `bits`) as a word, or its parts, or nothing (a date). */
function word(text: string, from: number, to: number, out: WordBounds, bits: number): void {
  if (from >= to || isWrittenDate(text, from, to)) return;
  if ((bits & C_SEP) === 0 || numberGroups(text, from, to) > 0 || gluedNumberStart(text, from, to) >= 0) {
    out.push(from, to, kindOf(bits));
    return;
  }
  let i = from;
  while (i < to) {
    let partStart = i === from;
    for (; i < to && isSeparator(text.charCodeAt(i)); i++) if (text.charCodeAt(i) === 47) partStart = true;
    if (partStart) {
      // a prefix glued to its number between slashes is one word, as it is standing alone ("LTD/RE-00761": German
      // books' invoice RE-00761, which spaced would be English "regarding")
      let slash = i;
      while (slash < to && text.charCodeAt(slash) !== 47) slash++;
      let end = slash;
      while (end > i && isSeparator(text.charCodeAt(end - 1))) end--;
      if (end > i && gluedNumberStart(text, i, end) >= 0) {
        out.push(i, end, kindOf(bitsOf(text, i, end)));
        i = slash;
        continue;
      }
    }
    const start = i;
    while (i < to && !isSeparator(text.charCodeAt(i))) i++;
    if (i > start) out.push(start, i, kindOf(bitsOf(text, start, i)));
  }
}

/** Whether the text holds an ASCII digit: without one, no writing in it can be a reference. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}
