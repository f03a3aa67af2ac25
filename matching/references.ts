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
 *  - Y:<prefix>:<serial>  the serial of a year-numbered document ("INV-2025-3240" gives Y:INV:3240; a two-digit
 *                         year before a padded or four-digit serial too: "INV/26/0515" gives Y:INV:515)
 *  - R:<code>             a ledger reference field written as is ("004512"), met by the same code in the bank's
 *                         reference field or narration: a cheque number keeps its zeros, so it is compared whole
 * Customers drop the year, so a ledger document's Y key is offered to bank text as an S key (ledgerKeys); bank text
 * keeps no Y key (bankKeys), so "INV-2024-3240" can never meet "INV-2025-3240" through the serial. A serial is short:
 * the engine trusts it only when a single open document carries it.
 * Two writings refer to the same document when they share a key.
 */

import { bankChequeKeys, ledgerChequeKey } from './cheque-keys.js';
import { flat } from './flat-text.js';
import { withoutSplitMaskedNumbers } from './masked-numbers.js';
import type { KeyHolder, KeyTable } from './key-table.js';
import { displacementOf, grownTable } from './open-table.js';
import { tableSeed, textOfChars } from './string-hash.js';
import {
  HAS_DIGIT,
  MAY_LIST,
  NOT_UPPER,
  WORD_CAPITALS,
  WORD_DIGIT,
  WordBounds,
  gluedNumberStart,
  hasDigit,
  isDigit,
  isUpper,
  inRange,
  isWrittenDate,
  lettersEnd,
  numberGroups,
  scanText,
} from './reference-text.js';

/**
 * A few words looked up by their place in a text, so a word is cut out of the text only when it is kept: most words
 * are none of them. Grouped by length; each group holds a handful.
 */
function wordTable<T>(entries: Record<string, T>): (text: string, from: number, to: number) => T | undefined {
  const byLength: Array<Array<[string, T]>> = [];
  for (const [word, value] of Object.entries(entries)) (byLength[word.length] ??= []).push([word, value]);
  return function lookUp(text, from, to) {
    const group = byLength[to - from];
    if (group) for (let i = 0; i < group.length; i++) if (text.startsWith(group[i]![0], from)) return group[i]![1];
    return undefined;
  };
}

/**
 * A document prefix with the heads of its keys ("P:INV:", "S:INV:", "Y:INV:"), built once: a key is then its head and
 * its number, one concatenation rather than three.
 */
interface Prefix {
  name: string;
  p: string;
  s: string;
  y: string;
  /** a word that names no kind of document ("CUSTOMER 000123"): the number after it is a payer's, written again */
  payers: boolean;
  /** a number of its own, mixed into the hash of the numbers written after it (NumberKeys) */
  id: number;
  /** a kind of document numbered by year (an invoice, a bill, an order, a receipt): two digits before its serial are one */
  dated: boolean;
}

let prefixes = 0;
const prefixOf = (name: string, payers = false, dated = false): Prefix => ({
  name,
  p: `P:${name}:`,
  s: `S:${name}:`,
  y: `Y:${name}:`,
  payers,
  id: (prefixes = (prefixes + 1) | 0),
  dated,
});

// Words that mean the same document kind; everything else keeps its own spelling as a prefix.
const INV = prefixOf('INV', false, true);
const BILL = prefixOf('BILL', false, true);
const PO = prefixOf('PO', false, true);
const CHQ = prefixOf('CHQ');
const RCT = prefixOf('RCT', false, true);
// Written glued to its number (MYOB numbers invoices IV00004903, Sage Pastel and TurboCASH IN001311); IV also before a
// padded one ("IV 00004891"). Before any other number "IV" is a Roman numeral ("PHASE IV 2024", "SCHEDULE IV 12"), and
// "IN" as a word of its own a preposition ("DUE IN 01/2025"), no document.
// German books (DATEV, SAP, Lexware) number invoices RE-4524 or RE4524 (Rechnung): "RE" joined to a number is that
// invoice; spaced ("RE 4524", "RE: INV 12") it is English "regarding", no document.
const GLUED_ALIASES = wordTable<Prefix>({ IV: INV, IN: INV, RE: INV });
const SPACED_ALIASES = wordTable<Prefix>({ IV: INV });
const SPACED_IN = wordTable<Prefix>({ IN: INV });

/**
 * The alias of the word before a padded number ("IV 00004891"): IV, and IN before a padded number of five digits or
 * more alone ("IN 001311"), which no month ("IN 01/2025") or year is.
 */
function spacedAlias(text: string, from: number, to: number, groupCount: number, length: number): Prefix | undefined {
  return SPACED_ALIASES(text, from, to) ?? (groupCount === 1 && length >= 5 ? SPACED_IN(text, from, to) : undefined);
}
// French books (Cegid, Sage France, Sage Coala) number invoices FAC-2026-01130 or FACT-…: facture, an invoice; the
// word in the other languages books are kept in (Scandinavian, German and Polish faktura, Dutch factuur, Turkish and
// Portuguese fatura, Spanish factura, German Rechnung): "faktura 7149" is invoice 7149.
const PREFIX_ALIASES = wordTable<Prefix>({
  INVOICE: INV,
  INVC: INV,
  INV: INV,
  INVNO: INV,
  SI: INV,
  FAC: INV,
  FACT: INV,
  FACTURE: INV,
  FAKTURA: INV,
  FACTUUR: INV,
  FATURA: INV,
  FACTURA: INV,
  RECHNUNG: INV,
  BILL: BILL,
  BL: BILL,
  PO: PO,
  ORDER: PO,
  ORD: PO,
  CHQ: CHQ,
  CHEQUE: CHQ,
  CHECK: CHQ,
  CHK: CHQ,
  RCT: RCT,
  RECEIPT: RCT,
  RCPT: RCT,
});

/**
 * The prefix written at text[from, to), a word of at most eight capitals that is no alias. The last few met are kept
 * (one per slot of a small table, by a hash of the word) with their heads: a payer's customer number comes back line
 * after line under the same word. Bounded, so it holds at most PREFIX_SLOTS short words from one run to the next.
 */
function prefixAt(text: string, from: number, to: number): Prefix {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> 7)) & (PREFIX_SLOTS - 1);
  const met = recentPrefixes[slot];
  if (met && met.name.length === to - from && text.startsWith(met.name, from)) return met;
  return (recentPrefixes[slot] = prefixOf(text.slice(from, to), true));
}

const PREFIX_SLOTS = 256;
const recentPrefixes: Array<Prefix | undefined> = new Array<Prefix | undefined>(PREFIX_SLOTS);

const MONTH_WORDS =
  'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER'.split(
    ' ',
  );

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
      // a month before a year is a period ("FEB 2025"), never a kind of document
      ...MONTH_WORDS,
    ].map((w) => [w, w]),
  ),
);

/**
 * Kinds of document besides the aliases' ("LPO 2025/07", a purchase order; "PV", "JOB"): a number after one is its
 * number, even one that reads as a period or a day. Not RA: a scheme's remittance advice is numbered by its date, which
 * every scheme paying that day writes, and a retirement annuity's month is every provider's.
 */
const DOCUMENT_WORD = wordTable(
  Object.fromEntries(
    'LPO PV CN DN QUO QUOTE JOB PINV SINV GRN WO PI PROFORMA CONTRACT'.split(' ').map((w) => [w, true]),
  ),
);

// (lower case: the letters are compared with 32 or-ed in, either case's code)
const CODE_Q = 0x71;
const CODE_T = 0x74;
const CODE_R = 0x72;
const CODE_H = 0x68;
const CODE_HYPHEN = 0x2d;
const CODE_SLASH = 0x2f;
const CODE_DOT = 0x2e;

/**
 * Whether the code [from, to), its digits from `numberAt`, is a quarter ("Q3", "QTR2", "Q4-2029") or a half year
 * ("H1"): one digit of the period, then nothing, or a separator and its year alone ("Q3/25"). More digits after it
 * are a document's number ("Q1-0042", a quotation; "H2-2025-118").
 */
function isQuarterOrHalf(text: string, from: number, numberAt: number, to: number): boolean {
  const letters = numberAt - from;
  // either case: a narration's codes are read as written ("q3-2029")
  const c = text.charCodeAt(from) | 32;
  const digit = text.charCodeAt(numberAt) - 48;
  const quarter =
    c === CODE_Q &&
    (letters === 1 ||
      (letters === 3 && (text.charCodeAt(from + 1) | 32) === CODE_T && (text.charCodeAt(from + 2) | 32) === CODE_R));
  if (!(quarter ? digit >= 1 && digit <= 4 : c === CODE_H && letters === 1 && (digit === 1 || digit === 2)))
    return false;
  const next = numberAt + 1 < to ? text.charCodeAt(numberAt + 1) : -1;
  if (isDigit(next)) return false;
  // the period alone, or its year after a hyphen, slash or dot ("Q4-2029", "Q3/25")
  if (next !== CODE_HYPHEN && next !== CODE_SLASH && next !== CODE_DOT) return true;
  let end = numberAt + 2;
  while (end < to && isDigit(text.charCodeAt(end))) end++;
  const digits = end - numberAt - 2;
  const century = digits === 4 ? text.slice(numberAt + 2, numberAt + 4) : '';
  return end === to && (digits === 2 || century === '19' || century === '20');
}

/** A whole code that is a quarter or half year, letters then its digit ("Q4-2029"): no document's. */
function isPeriodCode(text: string, from: number, to: number): boolean {
  let numberAt = from;
  while (numberAt < to && !isDigit(text.charCodeAt(numberAt))) numberAt++;
  return numberAt > from && numberAt < to && isQuarterOrHalf(text, from, numberAt, to);
}

/** A month's name glued to a year ("MAR-2025", "JUNE/2025") is a period too, not a document's prefix. */
const MONTH_WORD = wordTable(Object.fromEntries(MONTH_WORDS.map((w) => [w, true])));

/**
 * The keys of the text being read, in the order first found and without repeats: what a Set gave, without a Set or a
 * string per key. Each key is written as characters into one buffer (begin, put…, then commit), compared there with
 * the keys before it, and handed to the run's key table as characters (takeInto), which keeps them so: a key is made
 * into a string only when it is read as text (take, KeyTable.text), and most never are (an entry's keys no line
 * writes, dropped by the sealed table, are most of them).
 * One list is reused from text to text (extraction is synchronous and never re-entered): every extraction starts by
 * clearing it, so keys left by one that threw can never reach the next, and a long text's buffers are let go when it
 * is taken. Most texts give a handful of keys, found by a scan; a long one (a hostile narration) gets a Map of them as well.
 */
class KeyList {
  /** the keys' characters, one after another: key i is chars[starts[i], starts[i + 1]) */
  private chars = new Uint16Array(INITIAL_CHARS);
  private starts: Int32Array;
  private count = 0;
  /** where the key being written ends (it starts at starts[count], after the last key) */
  private end = 0;
  /**
   * the first key of the text being read: keys before it are earlier items' (collected together, see KeyBatch), never
   * compared with its own; the methods' key numbers count from it
   */
  private base = 0;
  /** the same keys as text, each with its number, once there are more than SCAN_LIMIT of them */
  private index: Map<string, number> | null = null;

  /** `keys`: how many keys the list is made to hold; it lets go of buffers grown well past that (see clear) */
  constructor(private readonly keys = SCAN_LIMIT) {
    this.starts = new Int32Array(keys + 2);
  }

  get size(): number {
    return this.count - this.base;
  }

  /** Whether key i is of the kind `kind` (its first character, before the colon: "P", "S", "Y"…). */
  startsWith(i: number, kind: number): boolean {
    const at = this.starts[this.base + i]!;
    return this.chars[at] === kind && this.chars[at + 1] === 58;
  }

  /** Starts writing a key, with `head` ("P:INV:"). */
  begin(head: string): void {
    this.end = this.starts[this.count]!;
    this.put(head, 0, head.length);
  }

  /** Writes text[from, to). */
  put(text: string, from: number, to: number): void {
    this.reserve(to - from);
    const { chars } = this;
    let at = this.end;
    for (let i = from; i < to; i++) chars[at++] = text.charCodeAt(i);
    this.end = at;
  }

  /** Writes one character. */
  putChar(c: number): void {
    this.reserve(1);
    this.chars[this.end++] = c;
  }

  /** Writes text[from, to) without its leading zeros ("0042" → "42"; "000" → "0"). */
  putUnpadded(text: string, from: number, to: number): void {
    let i = from;
    while (i < to && text.charCodeAt(i) === 48) i++;
    if (i === to) this.putChar(48);
    else this.put(text, i, to);
  }

  /** Adds the key written since begin, unless the list holds it already. */
  commit(): void {
    if (this.written() >= 0) return;
    const n = ++this.count;
    if (n + 1 >= this.starts.length) {
      const grown = new Int32Array(2 * this.starts.length);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[n] = this.end;
    if (this.index) this.index.set(this.textOf(n - 1), n - 1);
    else if (n - this.base > SCAN_LIMIT) {
      this.index = new Map<string, number>();
      // a key held twice (setKind) is found as its last, as the scan from the end finds it
      for (let i = this.base; i < n; i++) this.index.set(this.textOf(i), i);
    }
  }

  /** Adds a key given as text. */
  add(key: string): void {
    this.begin(key);
    this.commit();
  }

  /**
   * Removes the key written since begin from the list, and forgets it. The keys removed are the ones just added (a
   * year run read as two numbers), so the scan starts from the end: a long narration of such runs stays linear.
   */
  remove(): void {
    const i = this.written();
    if (i < 0) return;
    const { chars, starts } = this;
    this.index?.delete(textOfChars(chars, starts[this.count]!, this.end));
    const from = starts[i]!;
    const length = starts[i + 1]! - from;
    chars.copyWithin(from, from + length, starts[this.count]!);
    for (let k = i + 1; k <= this.count; k++) starts[k - 1] = starts[k]! - length;
    this.count--;
    // the keys after it moved down one: few, as the keys removed are the ones just added
    if (this.index) for (let k = i; k < this.count; k++) this.index.set(this.textOf(k), k);
  }

  /** Whether the list holds key i written with `kind` for its first character ("S:INV:12" for "Y:INV:12"). */
  hasAs(i: number, kind: number): boolean {
    const from = this.starts[this.base + i]!;
    const to = this.starts[this.base + i + 1]!;
    this.end = this.starts[this.count]!;
    this.putChar(kind);
    this.reserve(to - from - 1);
    this.chars.copyWithin(this.end, from + 1, to);
    this.end += to - from - 1;
    return this.written() >= 0;
  }

  /** Makes key i's first character `kind` (Y: to S:); the list may then hold a key twice (see dedupe). */
  setKind(i: number, kind: number): void {
    this.chars[this.starts[this.base + i]!] = kind;
    this.index = null;
  }

  /** Drops every key equal to one before it, keeping the order of the first of each. */
  dedupe(): void {
    for (const key of new Set(this.take())) this.add(key);
  }

  /** Empties the list of the text being read (an extraction that threw may have left keys in it). */
  clear(): void {
    this.count = this.base;
    this.end = this.starts[this.base]!;
    this.index = null;
    // a hostile text's thousands of keys are not kept alive until the next long text
    if (this.base === 0 && this.starts.length > 4 * this.keys) {
      this.starts = new Int32Array(this.keys + 2);
      this.chars = new Uint16Array(Math.max(INITIAL_CHARS, 16 * this.keys));
    }
  }

  /** The keys' ids (KeyTable.idOfChars: added, or looked up once it is sealed) appended to the table's; the list is
   * left empty. Returns how many were appended (a key a sealed table does not know is left out). */
  takeInto(table: KeyTable): number {
    if (this.base !== 0) throw new Error('engine defect: takeInto of a list holding earlier items');
    const n = table.appendIdsOf(this.chars, this.starts, this.count);
    this.clear();
    return n;
  }

  /** Ends the text being read: its keys are kept for takeItemsInto, and the next text's compared only with its own. */
  endItem(): number {
    this.base = this.count;
    this.index = null;
    return this.count;
  }

  /** takeInto of each item ended so far (item j's keys end at ends[j]: endItem), counts[j] how many of its were
   * appended; the list is left empty. */
  takeItemsInto(table: KeyTable, ends: Int32Array, items: number, counts: Int32Array): void {
    table.appendIdsOfItems(this.chars, this.starts, ends, items, counts);
    this.base = 0;
    this.clear();
  }

  /** The keys as strings (exactly their number, kept for the whole run); the list is left empty. */
  take(): string[] {
    const out = new Array<string>(this.count - this.base);
    for (let i = 0; i < out.length; i++) out[i] = this.textOf(this.base + i);
    this.clear();
    return out;
  }

  /** Key i's text. */
  private textOf(i: number): string {
    return textOfChars(this.chars, this.starts[i]!, this.starts[i + 1]!);
  }

  /** The index of the key equal to the one being written, or −1; searched from the end. */
  private written(): number {
    const { chars, starts } = this;
    const from = starts[this.count]!;
    const length = this.end - from;
    if (this.index) return this.index.get(textOfChars(chars, from, this.end)) ?? -1;
    search: for (let k = this.count - 1; k >= this.base; k--) {
      const at = starts[k]!;
      if (starts[k + 1]! - at !== length) continue;
      for (let j = 0; j < length; j++) if (chars[at + j] !== chars[from + j]) continue search;
      return k;
    }
    return -1;
  }

  /** Room for `more` characters after the key being written. */
  private reserve(more: number): void {
    if (this.end + more <= this.chars.length) return;
    const grown = new Uint16Array(Math.max(2 * this.chars.length, this.end + more));
    grown.set(this.chars.subarray(0, this.end));
    this.chars = grown;
  }
}

const INITIAL_CHARS = 1024;
const SCAN_LIMIT = 32;

/**
 * The keys of a number of `count` digit groups of `text` (offsets in `at`, two a group), with the document prefix
 * written before it, if any.
 */
function addNumberKeys(
  keys: KeyList,
  text: string,
  at: Int32Array,
  count: number,
  prefix: Prefix | null,
  withYears: boolean,
  memo: NumberKeys | null,
): void {
  if (memo === null || count !== 1 || prefix === null || !prefix.payers) {
    makeNumberKeys(keys, text, at, count, prefix, withYears);
    return;
  }
  let known = memo.find(prefix, text, at[0]!, at[1]!);
  if (!known) {
    made.clear();
    makeNumberKeys(made, text, at, count, prefix, withYears);
    memo.add(prefix, text.slice(at[0]!, at[1]!), (known = made.take()));
  }
  for (let i = 0; i < known.length; i++) keys.add(known[i]!);
}

/**
 * The keys of a number written after a word that names no kind of document, by the word and the number's digits, for
 * one run: a payer's customer or account number comes back on each of its lines, whose keys are then the same strings
 * rather than a copy each, kept for the whole run. (A number alone has the same keys wherever it is written: only a
 * two-part number, read as a year and a serial, takes anything from its neighbours.)
 */
export class NumberKeys {
  // An open-addressing table (slot s: hashes[s], and ids[s] the number's place + 1, 0 when empty) of the prefix and
  // digits, hashed where they are written: a line's number is looked up without being cut out of its text.
  private hashes = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private readonly prefixes: Prefix[] = [];
  private readonly digits: string[] = [];
  private readonly keys: string[][] = [];
  // the hash find last looked for: add files the number under it
  private hash = 0;
  // this table's seed (tableSeed), mixed into the hash's starting state: numbers cannot be written to collide in it
  private readonly seed = tableSeed();

  /** The keys of the number text[from, to) written after `prefix`, or undefined when not yet added. */
  find(prefix: Prefix, text: string, from: number, to: number): string[] | undefined {
    let h = Math.imul(prefix.id, 0x9e3779b1) ^ this.seed;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    const { hashes, ids } = this;
    const mask = ids.length - 1;
    let slot = h & mask;
    for (;;) {
      const stored = ids[slot]!;
      if (stored === 0) break;
      if (hashes[slot] === h && this.prefixes[stored - 1] === prefix) {
        const digits = this.digits[stored - 1]!;
        if (digits.length === to - from && text.startsWith(digits, from)) return this.keys[stored - 1];
      }
      slot = (slot + 1) & mask;
    }
    this.hash = h;
    return undefined;
  }

  /** Adds the keys of a number find has just not found (the same prefix and digits). */
  add(prefix: Prefix, digits: string, keys: string[]): void {
    const id = this.keys.length;
    this.prefixes.push(prefix);
    this.digits.push(digits);
    this.keys.push(keys);
    // at most half full, so probes stay short
    if (2 * (id + 1) > this.ids.length) this.grow();
    let slot = this.hash & (this.ids.length - 1);
    while (this.ids[slot] !== 0) slot = (slot + 1) & (this.ids.length - 1);
    this.hashes[slot] = this.hash;
    this.ids[slot] = id + 1;
  }

  /** The slots lookups of all its numbers step over past their hashes' (see displacementOf): for tests. */
  displacement(): number {
    return displacementOf(
      this.ids.length,
      (s) => this.hashes[s]!,
      (s) => this.ids[s] !== 0,
    );
  }

  private grow(): void {
    ({ hashes: this.hashes, ids: this.ids } = grownTable(this.hashes, this.ids));
  }
}

/** The keys of a number (see addNumberKeys). */
function makeNumberKeys(
  keys: KeyList,
  text: string,
  at: Int32Array,
  count: number,
  prefix: Prefix | null,
  withYears: boolean,
): void {
  let length = 0;
  for (let g = 0; g < count; g++) length += at[2 * g + 1]! - at[2 * g]!;
  if (prefix) {
    keys.begin(prefix.p);
    if (
      count === 2 &&
      prefix.dated &&
      at[1]! - at[0]! === 2 &&
      at[3]! - at[2]! >= 3 &&
      !isYearAt(text, at[2]!, at[3]!)
    ) {
      // a document's two digits before a serial of three or more, a year, written as its century's ("SI/26/0457" is SI
      // 2026-457): a payer writing the year in full ("SI/2026/0457") quotes the same document. Both sides read it so.
      // Not before a year ("INV 25/2026" is invoice 25 of 2026), nor after a word that names no document ("BR 12 345").
      keys.putChar(50);
      keys.putChar(48);
      keys.put(text, at[0]!, at[1]!);
      keys.putChar(45);
      keys.putUnpadded(text, at[2]!, at[3]!);
    } else putGroups(keys, text, at, count);
    keys.commit();
    if (count === 1) {
      keys.begin(prefix.s);
      putGroups(keys, text, at, count);
      keys.commit();
    }
    if (withYears && count === 2 && (isYearAt(text, at[0]!, at[1]!) || isShortYearBefore(text, at))) {
      keys.begin(prefix.y);
      keys.putUnpadded(text, at[2]!, at[3]!);
      keys.commit();
    } else if (withYears && count === 2 && isSerialBeforeYear(text, at[0]!, at[1]!) && isYearAt(text, at[2]!, at[3]!)) {
      // the year written last ("Inv 452/2025", as FrontAccounting and many Ghanaian books number): its serial too. A
      // line writing another year ("INV452/2024") reads the year with it, so it never offers this serial.
      keys.begin(prefix.y);
      keys.putUnpadded(text, at[0]!, at[1]!);
      keys.commit();
    } else if (withYears && count === 3 && isFinancialYearBefore(text, at)) {
      // a financial year before the serial ("SI/25-26/0754", "SI/2025-26/0754", as Tally numbers vouchers): its serial
      // too, which payers quote alone ("SI 754")
      keys.begin(prefix.y);
      keys.putUnpadded(text, at[4]!, at[5]!);
      keys.commit();
    }
  }
  // the digits run together: where the first significant one is, and what follows it
  let g = 0;
  let first = at[0]!;
  let zeros = 0;
  for (; g < count; g++) {
    const to = at[2 * g + 1]!;
    first = at[2 * g]!;
    while (first < to && text.charCodeAt(first) === 48) first++;
    zeros += first - at[2 * g]!;
    if (first < to) break;
  }
  const significant = length - zeros;
  if (significant < 5) return;
  keys.begin('G:');
  putGroups(keys, text, at, count);
  keys.commit();
  if (length < 6) return;
  keys.begin('D:');
  if (count === 1) keys.putUnpadded(text, at[0]!, at[1]!);
  else {
    keys.put(text, first, at[2 * g + 1]!);
    for (g++; g < count; g++) keys.put(text, at[2 * g]!, at[2 * g + 1]!);
  }
  keys.commit();
}

/** Writes the number's digit groups without their leading zeros, joined by "-" ("2024-00391" → "2024-391"). */
function putGroups(keys: KeyList, text: string, at: Int32Array, count: number): void {
  keys.putUnpadded(text, at[0]!, at[1]!);
  for (let g = 1; g < count; g++) {
    keys.putChar(45);
    keys.putUnpadded(text, at[2 * g]!, at[2 * g + 1]!);
  }
}

/**
 * A document numbered by a two-digit year and a serial ("INV/26/0515", "CIV-25-00522"): two digits, then a serial
 * padded or of four digits or more (isSerialAfterShortYear). Read as a year only where a prefix names the document, for
 * its year-less serial (Y:).
 */
function isShortYearBefore(text: string, at: Int32Array): boolean {
  return at[1]! - at[0]! === 2 && isSerialAfterShortYear(text, at[2]!, at[3]!);
}

/**
 * A financial year and a serial, three digit groups: a year of two or four digits, the next year's two digits, then a
 * serial padded or of four digits or more ("25-26-0754", "2025-26-0754") that is no year: "10/11/2025" is a day.
 */
function isFinancialYearBefore(text: string, at: Int32Array): boolean {
  const first = at[1]! - at[0]!;
  if ((first !== 2 && !(first === 4 && isYearAt(text, at[0]!, at[1]!))) || at[3]! - at[2]! !== 2) return false;
  return (
    twoDigits(text, at[2]!) === (twoDigits(text, at[1]! - 2) + 1) % 100 &&
    isSerialAfterShortYear(text, at[4]!, at[5]!) &&
    !isYearAt(text, at[4]!, at[5]!)
  );
}

const twoDigits = (text: string, from: number): number =>
  (text.charCodeAt(from) - 48) * 10 + text.charCodeAt(from + 1) - 48;

/**
 * A number (its `count` digit groups in `at`) that reads as a month and its year ("03/2025", "2025-3") or as a day run
 * together, year first or day first ("20250305", "05032025").
 */
function isPeriodOrDay(text: string, at: Int32Array, count: number): boolean {
  if (count === 2) {
    const a = at[0]!;
    const b = at[2]!;
    const aLength = at[1]! - a;
    const bLength = at[3]! - b;
    return (
      (aLength <= 2 && isYearAt(text, b, at[3]!) && inRange(text, a, a + aLength, 1, 12)) ||
      (bLength <= 2 && isYearAt(text, a, at[1]!) && inRange(text, b, b + bLength, 1, 12))
    );
  }
  if (count !== 1 || at[1]! - at[0]! !== 8) return false;
  const d = at[0]!;
  return (
    (startsWithYear(text, d) && inRange(text, d + 4, d + 6, 1, 12) && inRange(text, d + 6, d + 8, 1, 31)) ||
    (inRange(text, d, d + 2, 1, 31) && inRange(text, d + 2, d + 4, 1, 12) && startsWithYear(text, d + 4))
  );
}

/** The serial after a two-digit year, text[from, to): padded with a zero ("0515") or four digits or more ("10515"). */
function isSerialAfterShortYear(text: string, from: number, to: number): boolean {
  return to - from >= 4 || (to - from >= 3 && text.charCodeAt(from) === 48);
}

/** addNumberKeys of a number written as two groups apart, text[aFrom, aTo) then text[bFrom, bTo) ("INV 2024 0001"). */
function addPairKeys(
  keys: KeyList,
  text: string,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  prefix: Prefix | null,
  withYears: boolean,
  memo: NumberKeys | null,
): void {
  runGroups[0] = aFrom;
  runGroups[1] = aTo;
  runGroups[2] = bFrom;
  runGroups[3] = bTo;
  addNumberKeys(keys, text, runGroups, 2, prefix, withYears, memo);
}

const joinedGroup = new Int32Array(2);

/** The keys of text[aFrom, aTo) and text[bFrom, bTo) read as one number, its digits run together. */
function addJoinedKeys(
  keys: KeyList,
  text: string,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  prefix: Prefix,
  withYears: boolean,
): void {
  const joined = text.slice(aFrom, aTo) + text.slice(bFrom, bTo);
  joinedGroup[0] = 0;
  joinedGroup[1] = joined.length;
  makeNumberKeys(keys, joined, joinedGroup, 1, prefix, withYears);
}

/** Whether the last character before `from` other than a space is a slash ("452/2024", "452 / 2024"). */
function slashBefore(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return i >= 0 && text.charCodeAt(i) === 47;
}

/** The four digits at `from` (a year) read 2010 to 2039: a document's year, where a quantity could be any number. */
function isRecentYear(text: string, from: number): boolean {
  const c = text.charCodeAt(from + 2);
  return text.startsWith('20', from) && c >= 49 && c <= 51;
}

/** A serial a year may follow ("452" of "Inv 452/2025"): three digits or more, not a year itself. */
function isSerialBeforeYear(text: string, from: number, to: number): boolean {
  return to - from >= 3 && !isYearAt(text, from, to);
}

/** A plausible document year ("INV-2025-3240"), not any four digits: `^(19|20)\d\d$` over text[from, to). */
function isYearAt(text: string, from: number, to: number): boolean {
  return to - from === 4 && startsWithYear(text, from);
}

/** The four characters at `from` (known to be digits) read 19xx or 20xx. */
function startsWithYear(text: string, from: number): boolean {
  const a = text.charCodeAt(from);
  const b = text.charCodeAt(from + 1);
  return (a === 49 && b === 57) || (a === 50 && b === 48);
}

/**
 * The digit groups of text[from, to) (a number: digit groups joined by single separators) as offsets into `groups`,
 * two a group; their count.
 */
function splitGroups(text: string, from: number, to: number): number {
  // a group takes two numbers and at least two characters (its digit and a separator), but for the last
  if (groups.length < to - from + 2) groups = new Int32Array(2 * (to - from + 2));
  const out = groups;
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && isDigit(text.charCodeAt(i))) continue;
    out[2 * count] = start;
    out[2 * count + 1] = i;
    count++;
    start = i + 1;
  }
  return count;
}

// A calendar date written in a narration ("05/03/2025", "05/03/25", "2025-03-05") names a day, not a document
// (isWrittenDate in reference-text.ts reads exactly this pattern):
// ^(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))$

// "INV-2025-0470 & 0473": serials listed after one document number share its prefix and year.
const SERIAL_LIST = /\b([A-Z]{1,8}[-/ ]?(?:19|20)\d\d[-/ ])(\d{1,8})((?:\s*(?:&|,|\+|\bAND\b)\s*\d{1,8}\b)+)/gi;

/** The text with each listed serial also written in full ("INV-2025-0470 & 0473 INV-2025-0473"). */
function expandSerialLists(text: string): string {
  return text.replace(SERIAL_LIST, (whole, head: string, _first: string, rest: string) => {
    const more = rest.match(/\d{1,8}/g) ?? [];
    return `${whole} ${more.map((n) => `${head}${n}`).join(' ')}`;
  });
}

// Scratch space for one text at a time (the extraction is synchronous and never re-entered).
const words = new WordBounds();
/** a bank narration's space-separated words that may be whole codes (scanText) */
const narrationCodes = new WordBounds();
let groups = new Int32Array(2 * 64);
/** addListedSerials' groups' starts past their zero padding (closeSerials reads them) */
let significant = new Int32Array(64);
const runGroups = new Int32Array(4);
const rangeGroups = new Int32Array(4);

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

/** text[from, to) is all zeros. */
function zerosOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 48) return false;
  return to > from;
}

/**
 * Mixed letters and digits, six characters or more: a payment code such as FT23145ABC12 or an M-PESA receipt QFT7ABCDEF
 * (an A: key). A word whose one digit opens it, letters after, is a name (9MOBILE, the network, on every airtime line
 * of it), not a code.
 */
function isCode(text: string, from: number, to: number): boolean {
  if (to - from < 6) return false;
  let digit = false;
  let letter = false;
  // only capitals after a digit that opens the word: a name
  let name = isDigit(text.charCodeAt(from));
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      if (i > from) name = false;
    } else if (isUpper(c)) letter = true;
    else name = false;
  }
  return digit && letter && !name;
}

/**
 * Words that a spaced code's letters never are: a number's or a flat's ("NO 123A", "APT 204B", "HSE 204B"), a currency
 * or a product before a quantity ("KES 150K", "AGO 5000L").
 */
const NOT_CODE_LETTERS = wordTable(
  Object.fromEntries(
    (
      'NO NR APT RM BOX BLK STD HSE FLT PLT STN RD ST AVE UNT ' +
      'KES KSH NGN GHS ZAR USD EUR GBP AGO PMS DPK LPG ATK FOR PER'
    )
      .split(' ')
      .map((w) => [w, true]),
  ),
);
/** A quantity's unit after its number (litres, thousands, millions, tonnes, grams): "5000L" is how much, not a code. */
const isUnitLetter = (c: number): boolean => c === 76 || c === 75 || c === 77 || c === 84 || c === 71;

/**
 * Whether the capitals at `lettersFrom` (two or three) and the word at `from` (three or four digits and one capital)
 * are one code written with a space: spaced, a code's letters and serial would otherwise be two words that each say
 * nothing, while the glued writing is a code (isCode) on the other side.
 */
function isSpacedCodeTail(text: string, lettersFrom: number, lettersTo: number, from: number, to: number): boolean {
  const letters = lettersTo - lettersFrom;
  const digits = to - from - 1;
  const last = text.charCodeAt(to - 1);
  if (letters < 2 || letters > 3 || digits < 3 || digits > 4 || !isUpper(last) || isUnitLetter(last)) return false;
  for (let i = lettersFrom; i < lettersTo; i++) if (!isUpper(text.charCodeAt(i))) return false;
  for (let i = from; i < to - 1; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return NOT_CODE_LETTERS(text, lettersFrom, lettersTo) === undefined;
}

/**
 * Adds the reference keys of one text; `withYears` false leaves out the Y: keys (bank text keeps none). Returns the
 * text's flags (scanText), and leaves its candidates for whole codes in `codes` when given. The text is read once
 * (scanText): its words, with what each is made of, are found with its flags; only a text that must first be
 * upper-cased or have its lists written out (a quarter of the bench's narrations) is read again once it has been.
 */
function collectKeys(
  keys: KeyList,
  text: string,
  withYears: boolean,
  memo: NumberKeys | null,
  codes: WordBounds | null = null,
): number {
  // a masked number's groups are no document's number ("POS 5399 **** **** 1234", "MTN 0812#####11", "0123 XXXX 89")
  text = withoutSplitMaskedNumbers(text);
  const flags = scanText(text, words, codes, true);
  if ((flags & HAS_DIGIT) === 0) return flags;
  let upper = text;
  if ((flags & (MAY_LIST | NOT_UPPER)) !== 0) {
    const expanded = flags & MAY_LIST ? expandSerialLists(text) : text;
    // (the expansion repeats the text's own characters, so its flags are the text's)
    upper = flags & NOT_UPPER ? expanded.toUpperCase() : expanded;
    scanText(upper, words, null, false);
  }
  const at = words.offsets;
  const kinds = words.kinds;
  // the word before a number, as offsets (-1: none): the number's document prefix ("INV 0042", "CUSTOMER 000123")
  let wordFrom = -1;
  let wordTo = -1;
  // the last bare number (offsets; -1: none) and the prefix its run started with: "INV 2024 0001" may be one reference
  let previousFrom = -1;
  let previousTo = -1;
  let runPrefix: Prefix | null = null;
  // the last document number of one group written after its prefix (offsets; serialPrefix null: none), and whether
  // OF followed it: "INV452/2024" and "INV 452 OF 2024" are invoice 452 of 2024, never another year's serial 452
  let serialFrom = -1;
  let serialTo = -1;
  let serialPrefix: Prefix | null = null;
  let ofSeen = false;
  // the word after the last bare number joined it to the next (JOIN_WORD: LIST or RANGE), or NOT_JOINED
  let joined = NOT_JOINED;
  for (let w = 0; w < words.count; w++) {
    const from = at[2 * w]!;
    const to = at[2 * w + 1]!;
    const kind = kinds[w]!;
    const joinedBy = joined;
    joined = NOT_JOINED;
    if ((kind & WORD_DIGIT) === 0) {
      // "INV 452 AND 453", "INV 470 TO 473": the word joining two serials keeps the first for the second
      if (runPrefix !== null && previousFrom >= 0 && joinedBy === NOT_JOINED) {
        joined = JOIN_WORD(upper, from, to) ?? NOT_JOINED;
        if (joined !== NOT_JOINED) continue;
      }
      // no number and no code: a document word, a filler, or nothing to keep
      previousFrom = -1;
      runPrefix = null;
      if (serialPrefix !== null && !ofSeen && to - from === 2 && upper.startsWith('OF', from)) ofSeen = true;
      else serialPrefix = null;
      if (wordFrom >= 0 && isFiller(upper, from, to)) continue;
      if ((kind & WORD_CAPITALS) !== 0) {
        wordFrom = to - from <= 8 ? from : -1;
        wordTo = to;
      } else wordFrom = -1;
      continue;
    }
    const numberAt = gluedNumberStart(upper, from, to);
    if (numberAt >= 0 && isQuarterOrHalf(upper, from, numberAt, to)) {
      // a quarter or a half year ("SERVICE CHARGE Q3", "Q4-2029", "H1") is a period, never a document's number
      wordFrom = -1;
      previousFrom = -1;
      previousTo = to;
      serialPrefix = null;
      continue;
    }
    if (numberAt >= 0) {
      const lettersTo = lettersEnd(upper, from, to);
      const prefix =
        PREFIX_ALIASES(upper, from, lettersTo) ??
        GLUED_ALIASES(upper, from, lettersTo) ??
        (MONTH_WORD(upper, from, lettersTo) ? null : prefixAt(upper, from, lettersTo));
      const count = splitGroups(upper, numberAt, to);
      addNumberKeys(keys, upper, groups, count, prefix, withYears, memo);
      if (prefix !== null && count >= 2) addListedSerials(keys, upper, count, prefix, withYears, memo);
      serialPrefix = count === 1 && isSerialBeforeYear(upper, numberAt, to) ? prefix : null;
      serialFrom = numberAt;
      serialTo = to;
      ofSeen = false;
      // year and serial run together ("I2025000011" for ACC-SINV-2025-00011): the year, then the serial unpadded
      if (count === 1 && to - numberAt >= 7 && startsWithYear(upper, numberAt)) {
        keys.begin('G:');
        keys.put(upper, numberAt, numberAt + 4);
        keys.putChar(45);
        keys.putUnpadded(upper, numberAt + 4, to);
        keys.commit();
      }
      wordFrom = -1;
      previousFrom = count === 1 ? numberAt : -1;
      previousTo = to;
      runPrefix = prefix;
      continue;
    }
    if (numberGroups(upper, from, to) > 0) {
      const count = splitGroups(upper, from, to);
      // the year of the document number before it ("INV452/2024", "INV 452 OF 2024", "INVOICE 452 / 2024", "INV 452
      // 2024" at the end): that year's document 452, in either order the books number it, or one numbered without a
      // year; never the bare serial another year's document offers
      if (
        serialPrefix !== null &&
        count === 1 &&
        isYearAt(upper, from, to) &&
        // after a slash or OF; or after a space, a recent year no unit follows ("INV 452 2024 BALANCE"; not "INV 452
        // 2000 BLOCKS" nor "INV 452 2025 BAGS", quantities)
        (ofSeen ||
          slashBefore(upper, from) ||
          (isRecentYear(upper, from) && !(w + 1 < words.count && UNIT_WORD(upper, at[2 * w + 2]!, at[2 * w + 3]!))))
      ) {
        keys.begin(serialPrefix.s);
        keys.putUnpadded(upper, serialFrom, serialTo);
        keys.remove();
        addPairKeys(keys, upper, serialFrom, serialTo, from, to, serialPrefix, withYears, memo);
        addPairKeys(keys, upper, from, to, serialFrom, serialTo, serialPrefix, withYears, memo);
        serialPrefix = null;
        previousFrom = -1;
        runPrefix = null;
        wordFrom = -1;
        continue;
      }
      serialPrefix = null;
      // "INV 0000 465": the zeros before were this serial's padding, split off by a space where the books write
      // INV-0000465 (a number of zeros is no document's own)
      const padded: boolean =
        wordFrom < 0 &&
        runPrefix !== null &&
        previousFrom >= 0 &&
        count === 1 &&
        zerosOnly(upper, previousFrom, previousTo);
      const prefix: Prefix | null = padded
        ? runPrefix
        : wordFrom < 0
          ? null
          : (PREFIX_ALIASES(upper, wordFrom, wordTo) ??
            // "IV 00004891": a padded number after it makes IV the invoice's prefix, not a Roman numeral
            (upper.charCodeAt(from) === 48 ? spacedAlias(upper, wordFrom, wordTo, count, to - from) : undefined) ??
            (NOT_PREFIX(upper, wordFrom, wordTo) ? null : prefixAt(upper, wordFrom, wordTo)));
      // a month and year in digits ("SALARY 03/2025") or a day run together ("20250305") names a period or a day,
      // which every payment of it shares: no document's number unless a document word says so ("INV 03/2025")
      if (
        (prefix === null || (prefix.payers && !DOCUMENT_WORD(upper, wordFrom, wordTo))) &&
        isPeriodOrDay(upper, groups, count)
      ) {
        previousFrom = -1;
        runPrefix = null;
        wordFrom = -1;
        continue;
      }
      addNumberKeys(keys, upper, groups, count, prefix, withYears, memo);
      if (prefix !== null && count >= 2) addListedSerials(keys, upper, count, prefix, withYears, memo);
      // "INV-1482 1483 1484": a bare number as long as the document number before it is the next one listed, unless
      // a unit follows it (a quantity)
      if (
        prefix === null &&
        runPrefix !== null &&
        previousFrom >= 0 &&
        count === 1 &&
        to - from >= 3 &&
        to - from === previousTo - previousFrom &&
        followsAt(upper, previousFrom, from, to - from) &&
        !(w + 1 < words.count && UNIT_WORD(upper, at[2 * w + 2]!, at[2 * w + 3]!)) &&
        // after TO only a short run ("INV 470 TO 473"), never "INV 470 TO 560"
        (joinedBy !== RANGE ||
          Number(upper.slice(from, to)) - Number(upper.slice(previousFrom, previousTo)) < RANGE_SPAN)
      ) {
        addNumberKeys(keys, upper, groups, 1, runPrefix, withYears, memo);
        if (joinedBy === RANGE) addRangeBetween(keys, upper, previousFrom, from, to - from, runPrefix, withYears, memo);
        previousFrom = from;
        previousTo = to;
        wordFrom = -1;
        continue;
      }
      // only a year followed by a bare number is one reference: "INV00708 2025-00709" and "INV00683 202400684"
      // name two documents
      if (
        previousFrom >= 0 &&
        count === 1 &&
        isYearAt(upper, previousFrom, previousTo) &&
        // "INV 2025 500 BAGS": invoice 2025, then a quantity
        !(w + 1 < words.count && UNIT_WORD(upper, at[2 * w + 2]!, at[2 * w + 3]!))
      ) {
        // the earlier number was only the first part of this one: "INV 2024" alone would name invoice 2024
        if (runPrefix) {
          keys.begin(runPrefix.p);
          keys.putUnpadded(upper, previousFrom, previousTo);
          keys.remove();
          keys.begin(runPrefix.s);
          keys.putUnpadded(upper, previousFrom, previousTo);
          keys.remove();
        }
        addPairKeys(keys, upper, previousFrom, previousTo, from, to, runPrefix, withYears, memo);
      } else {
        // "CIV 25 00522", "INV 25 463": a document's two-digit year and serial, spaced where the books hyphenate them
        // ("INV-25-0463"). The two digits may be a serial of their own ("INV 25"), so their keys stay; the pair's are
        // added. Not "INV 25 500 BAGS": a quantity
        if (
          runPrefix &&
          previousFrom >= 0 &&
          count === 1 &&
          previousTo - previousFrom === 2 &&
          to - from >= 3 &&
          !(w + 1 < words.count && UNIT_WORD(upper, at[2 * w + 2]!, at[2 * w + 3]!))
        ) {
          addPairKeys(keys, upper, previousFrom, previousTo, from, to, runPrefix, withYears, memo);
          // or one number spaced as thousands are ("SI 30 416", "INV 01 051" for SI-30416, INV-01051)
          if (to - from === 3) addJoinedKeys(keys, upper, previousFrom, previousTo, from, to, runPrefix, withYears);
        }
        runPrefix = prefix;
      }
      if (prefix !== null && count === 1 && isSerialBeforeYear(upper, from, to)) {
        serialPrefix = prefix;
        serialFrom = from;
        serialTo = to;
        ofSeen = false;
      }
      previousFrom = count === 1 ? from : -1;
      previousTo = to;
      wordFrom = -1;
      continue;
    }
    // a word with a digit that is no number: never a filler or a document word
    // "KDA 123B" where the other side writes KDA123B (a vehicle's plate, a member's or a unit's code): the code spaced
    if (wordFrom >= 0 && isSpacedCodeTail(upper, wordFrom, wordTo, from, to)) {
      keys.begin('A:');
      keys.put(upper, wordFrom, wordTo);
      keys.put(upper, from, to);
      keys.commit();
    }
    previousFrom = -1;
    runPrefix = null;
    serialPrefix = null;
    wordFrom = -1;
    // not a number, so the word has no separators left (referenceWords): it is its own compact form
    if (isCode(upper, from, to)) {
      keys.begin('A:');
      keys.put(upper, from, to);
      keys.commit();
    }
  }
  return flags;
}

/** How far a listed serial may run past the one before it: a customer's invoices of a season, not any number. */
const LIST_STEP = 100;

/**
 * The digits at `b`, both `length` long (at most eight), are a list's next serial after those at `a`: larger by at
 * most LIST_STEP, neither a year ("INV 1482/2025" is a serial and its year).
 */
function followsAt(text: string, a: number, b: number, length: number): boolean {
  if (length > 8 || isYearAt(text, a, a + length) || isYearAt(text, b, b + length)) return false;
  let x = 0;
  let y = 0;
  for (let i = 0; i < length; i++) {
    x = x * 10 + text.charCodeAt(a + i) - 48;
    y = y * 10 + text.charCodeAt(b + i) - 48;
  }
  return y > x && y - x <= LIST_STEP;
}

/**
 * The `count` digit groups (in `groups`, read from `significant`: past their zero padding) are serials of one `length`
 * (at most eight), none a year, all different and within LIST_STEP of one another: a customer's invoices of a season,
 * listed in any order.
 */
function closeSerials(text: string, count: number, length: number): boolean {
  if (length > 8) return false;
  let least = Infinity;
  let most = -Infinity;
  for (let g = 0; g < count; g++) {
    const from = significant[g]!;
    if (groups[2 * g + 1]! - from !== length || isYearAt(text, from, from + length)) return false;
    let n = 0;
    for (let i = 0; i < length; i++) n = n * 10 + text.charCodeAt(from + i) - 48;
    for (let h = 0; h < g; h++) if (sameRange(text, significant[h]!, from, length)) return false;
    least = Math.min(least, n);
    most = Math.max(most, n);
  }
  return most - least <= LIST_STEP;
}

/** Whether the `length` characters at a and at b are the same. */
function sameRange(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** Words that make the number before them a quantity ("INV 1482 1500 BAGS"), not a listed serial. */
const UNIT_WORD = wordTable(
  Object.fromEntries(
    'BAGS BAG PCS PIECES UNITS UNIT CTNS CARTONS BOXES CRATES DRUMS BALES TONS TONNES KG KGS LITRES LTRS QTY PACKS PALLETS ROLLS SETS'
      .split(' ')
      .map((w) => [w, true]),
  ),
);

/**
 * "INV 2310/2312/2315", "INV-1482/1483": a document word before serials of one length (three digits or more) joined by
 * separators, each a little above the one before (followsAt), lists the documents; each serial also gets its keys with the prefix. The joined
 * reading stays (a package's own multi-part number).
 */
function addListedSerials(
  keys: KeyList,
  text: string,
  count: number,
  prefix: Prefix,
  withYears: boolean,
  memo: NumberKeys | null,
): void {
  // serials compared by their digits past any zero padding: the first written in full, the rest without it
  // ("INV 0012658/12659/12660"), are one list
  if (significant.length < count) significant = new Int32Array(2 * count);
  for (let g = 0; g < count; g++) {
    let from = groups[2 * g]!;
    const to = groups[2 * g + 1]!;
    while (from < to - 1 && text.charCodeAt(from) === 48) from++;
    significant[g] = from;
  }
  const length = groups[1]! - significant[0]!;
  if (groups[1]! - groups[0]! < 3 || length < 3) return;
  // "SI3367/73/78", "INV 2231/32/33": the serials after the first written by their last digits only
  if (groups[3]! - groups[2]! < length) {
    addAbbreviatedSerials(keys, text, count, length, prefix, withYears, memo);
    return;
  }
  // a list goes up by a little ("2310/2312/2315"); a period then a serial does not ("FA2502-0227", "FA2502-3105");
  // three or more close serials are a list in any order ("INV 4793/4835/4823")
  let up = true;
  for (let g = 1; g < count && up; g++)
    up =
      groups[2 * g + 1]! - significant[g]! === length && followsAt(text, significant[g - 1]!, significant[g]!, length);
  if (!up && !(count >= 3 && closeSerials(text, count, length))) return;
  for (let g = 0; g < count; g++) {
    runGroups[0] = groups[2 * g]!;
    runGroups[1] = groups[2 * g + 1]!;
    addNumberKeys(keys, text, runGroups, 1, prefix, withYears, memo);
  }
  // "INV 0470-0473": two serials joined by a hyphen are also the run from one to the other
  if (count === 2 && text.charCodeAt(groups[1]!) === 45)
    addRangeBetween(keys, text, significant[0]!, significant[1]!, length, prefix, withYears, memo);
}

const FOUR_DIGIT_YEAR = /^(?:19|20)\d\d$/;

/** How far above the first an abbreviated list's serial may be ("SI3367/73/78": within the hundred it names). */
const ABBREVIATED_SPAN = 100;

/**
 * The keys of a list whose later serials give only their last digits ("SI3367/73/78": SI3373 and SI3378), each the
 * first's digits with its end replaced, when every one is shorter than the first and goes up from the one before
 * within ABBREVIATED_SPAN; anything else ("PV 2024/10/15", "INV 2024/25": a year; a date's day going down) is no list.
 */
function addAbbreviatedSerials(
  keys: KeyList,
  text: string,
  count: number,
  length: number,
  prefix: Prefix,
  withYears: boolean,
  memo: NumberKeys | null,
): void {
  const first = text.slice(significant[0]!, significant[0]! + length);
  // "INV 2024/25" is a financial year, not two documents
  if (length > 8 || FOUR_DIGIT_YEAR.test(first)) return;
  const start = Number(first);
  let previous = start;
  const serials: string[] = [];
  for (let g = 1; g < count; g++) {
    const from = groups[2 * g]!;
    const to = groups[2 * g + 1]!;
    if (to - from >= length) return;
    const serial = first.slice(0, length - (to - from)) + text.slice(from, to);
    const n = Number(serial);
    if (n <= previous || n - start >= ABBREVIATED_SPAN) return;
    previous = n;
    serials.push(serial);
  }
  runGroups[0] = groups[0]!;
  runGroups[1] = groups[1]!;
  addNumberKeys(keys, text, runGroups, 1, prefix, withYears, memo);
  rangeGroups[0] = 0;
  rangeGroups[1] = length;
  for (const serial of serials) addNumberKeys(keys, serial, rangeGroups, 1, prefix, withYears, memo);
}

/** The most documents a written run ("INV 0470-0473", "INV 470 TO 473") is read as: a payment's invoices, no more. */
const RANGE_SPAN = 12;

/**
 * The keys of the serials strictly between the `length` digits at `a` and those at `b` (followsAt), written as long
 * as they are, when the run holds at most RANGE_SPAN documents.
 */
function addRangeBetween(
  keys: KeyList,
  text: string,
  a: number,
  b: number,
  length: number,
  prefix: Prefix,
  withYears: boolean,
  memo: NumberKeys | null,
): void {
  const first = Number(text.slice(a, a + length));
  const last = Number(text.slice(b, b + length));
  if (last - first >= RANGE_SPAN) return;
  rangeGroups[0] = 0;
  rangeGroups[1] = length;
  for (let n = first + 1; n < last; n++)
    addNumberKeys(keys, String(n).padStart(length, '0'), rangeGroups, 1, prefix, withYears, memo);
}

const NOT_JOINED = 0;
const LIST = 1;
const RANGE = 2;
/** Words joining two serials: listed ("INV 452 AND 453") or the two ends of a run ("INV 470 TO 473"). */
const JOIN_WORD = wordTable<number>({ AND: LIST, TO: RANGE, THRU: RANGE, THROUGH: RANGE });

/** All reference keys found in free text (narration, reference, description). */
export function referenceKeys(...texts: Array<string | null | undefined>): Set<string> {
  found.clear();
  for (const text of texts) if (text) collectKeys(found, text, true, null);
  return new Set(found.take());
}

// The list every extraction collects its keys in (see KeyList), and the one a number's keys are made in for NumberKeys.
const found = new KeyList();
const made = new KeyList();

/** Keys that identify a document on their own (all but the short prefixed forms are already long enough). */
export function describeKey(key: string): string {
  return describeKeyWithin('', key, '');
}

/**
 * `before` + describeKey(key) + `after` as one flat string (flat-text.ts): a match's evidence keeps its sentence for the
 * whole run, and pieces added up are a chain of objects (some 40 MB at a million matches).
 */
export function describeKeyWithin(before: string, key: string, after: string): string {
  const colon = key.indexOf(':');
  const kind = colon < 0 ? key : key.slice(0, colon);
  const value = colon < 0 ? '' : key.slice(colon + 1);
  switch (kind) {
    case 'P':
      return flat`${before}document number ${value.replace(':', ' ')}${after}`;
    case 'G':
      return flat`${before}number ${value}${after}`;
    case 'D':
      return flat`${before}digits ${value}${after}`;
    case 'S':
      return flat`${before}document serial ${value.replace(':', ' ')} (year left out, the only open document with it)${after}`;
    default:
      return flat`${before}code ${value}${after}`;
  }
}

/** Whether a key is a year-less serial, which counts only when one open document carries it. */
export const isSerialKey = (key: string): boolean => key.charCodeAt(0) === 83 && key.charCodeAt(1) === 58; // "S:"

/** What a year-less serial's key starts with (isSerialKey), for reading it where it is held as characters. */
export const SERIAL_KEY_HEAD = 'S:';

/**
 * Adds the R: key of text[from, to), a reference code compared whole: letters and digits only, upper case, at most 40
 * characters, with a digit; nothing when it is not one.
 */
function addCodeKey(keys: KeyList, text: string, from: number, to: number, minLength: number): void {
  let kept = 0;
  let digit = false;
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digit = true;
      kept++;
    } else if (isUpper(c)) kept++;
    else if (c >= 97 && c <= 122) {
      other = true;
      kept++;
    } else if (c < 128) other = true;
    else {
      // upper-casing may turn it into ASCII ("ı" → "I")
      addUnicodeCodeKey(keys, text.slice(from, to), minLength);
      return;
    }
  }
  if (!digit || kept < minLength || kept > 40) return;
  keys.begin('R:');
  if (!other) keys.put(text, from, to);
  // ASCII: `.toUpperCase().replace(/[^A-Z0-9]/g, '')` is its letters and digits, the small letters made capitals
  else
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c) || isUpper(c)) keys.putChar(c);
      else if (c >= 97 && c <= 122) keys.putChar(c - 32);
    }
  keys.commit();
}

function addUnicodeCodeKey(keys: KeyList, text: string, minLength: number): void {
  const code = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (code.length >= minLength && code.length <= 40 && hasDigit(code)) keys.add(`R:${code}`);
}

/**
 * Keys of bank text: a year-numbered writing already has its full keys, so its bare serial is dropped. The reference
 * field, and narration words of six characters or more with a digit, are also kept whole (R:) to meet a ledger
 * reference field written the same way.
 */
export function bankKeys(
  narration?: string | null,
  reference?: string | null,
  memo: NumberKeys | null = null,
): string[] {
  collectBankKeys(narration, reference, memo);
  return found.take();
}

/** bankKeys, their ids appended to the table's (see KeyTable); how many. */
export function bankKeysInto(
  table: KeyTable,
  narration: string | null | undefined,
  reference: string | null | undefined,
  memo: NumberKeys | null,
): number {
  collectBankKeys(narration, reference, memo);
  return found.takeInto(table);
}

/** bankKeys, left in `keys`. */
function collectBankKeys(
  narration: string | null | undefined,
  reference: string | null | undefined,
  memo: NumberKeys | null,
  keys: KeyList = found,
): void {
  keys.clear();
  const narrated = narration ? collectKeys(keys, narration, false, memo, narrationCodes) : 0;
  if (reference) collectKeys(keys, reference, false, memo);
  if (reference) addCodeKey(keys, reference, 0, reference.length, 4);
  if (narration && narrated & HAS_DIGIT) addNarrationCodes(keys, narration, narrationCodes);
  if (narrated & HAS_DIGIT || reference) for (const k of bankChequeKeys(narration, reference)) keys.add(k);
}

/**
 * The R: keys of the narration's space-separated words of six characters or more (not dates): `codes`, those of them
 * with a digit, as the narration's scan found them.
 */
function addNarrationCodes(keys: KeyList, narration: string, codes: WordBounds): void {
  const at = codes.offsets;
  for (let c = 0; c < codes.count; c++) {
    const start = at[2 * c]!;
    const end = at[2 * c + 1]!;
    if (isWrittenDate(narration, start, end) || isPeriodCode(narration, start, end)) continue;
    addCodeKey(keys, narration, start, end, 6);
  }
}

/** Keys of a ledger document: the serial of a year-numbered document also answers to a year-less writing. */
export function ledgerKeys(
  reference?: string | null,
  description?: string | null,
  memo: NumberKeys | null = null,
): string[] {
  collectLedgerKeys(reference, description, memo);
  return found.take();
}

/** What ledgerKeysInto found of an entry's keys besides their ids (one object reused from entry to entry). */
export class LedgerKeysFound {
  /** how many ids were appended: the keys the table knows (all of them unless it is sealed) */
  appended = 0;
  /** whether a key was not a year-less serial, known to the table or not */
  notSerial = false;
}

/** ledgerKeys, their ids appended to the table's (see KeyTable); what was found is left in `out`. */
export function ledgerKeysInto(
  table: KeyTable,
  reference: string | null | undefined,
  description: string | null | undefined,
  memo: NumberKeys | null,
  out: LedgerKeysFound,
): void {
  collectLedgerKeys(reference, description, memo);
  out.notSerial = namesNotOnlySerials(found);
  out.appended = found.takeInto(table);
}

/** Whether one of the keys is not a year-less serial. */
function namesNotOnlySerials(keys: KeyList): boolean {
  let notSerial = false;
  for (let i = 0; i < keys.size && !notSerial; i++) notSerial = !keys.startsWith(i, SERIAL);
  return notSerial;
}

/**
 * Items' keys (bankKeys, ledgerKeys) collected for several items before any is looked up, then looked up together
 * (KeyTable.appendIdsOfItems): a lookup mostly waits for memory, and the reads of a few hundred items' lookups are
 * under way at once. An item's keyAt and keyCount are set when its keys are looked up (flush), in the order the items
 * were held, so each item's ids, and each key's id, are those of looking the items up one by one.
 */
export class KeyBatch {
  private readonly keys = new KeyList(BATCH_ITEMS * 8);
  private readonly held: KeyHolder[] = [];
  private readonly ends = new Int32Array(BATCH_ITEMS);
  private readonly counts = new Int32Array(BATCH_ITEMS);

  constructor(private readonly table: KeyTable) {}

  /** Collects a bank line's keys (bankKeys) for the item held next. */
  bank(narration: string | null | undefined, reference: string | null | undefined, memo: NumberKeys | null): void {
    collectBankKeys(narration, reference, memo, this.keys);
  }

  /** Collects an entry's keys (ledgerKeys) for the item held next; whether one is not a year-less serial. */
  ledger(
    reference: string | null | undefined,
    description: string | null | undefined,
    memo: NumberKeys | null,
  ): boolean {
    collectLedgerKeys(reference, description, memo, this.keys);
    return namesNotOnlySerials(this.keys);
  }

  /** The item whose keys were just collected: its keyAt and keyCount are set by the flush that looks them up. */
  hold(item: KeyHolder): void {
    this.ends[this.held.length] = this.keys.endItem();
    this.held.push(item);
    if (this.held.length === BATCH_ITEMS) this.flush();
  }

  /** Looks up the keys of every item held, and sets the items' keyAt and keyCount. */
  flush(): void {
    const { held, counts, table } = this;
    let at = table.end;
    this.keys.takeItemsInto(table, this.ends, held.length, counts);
    for (let j = 0; j < held.length; j++) {
      const item = held[j]!;
      item.keyAt = at;
      item.keyCount = counts[j]!;
      at += counts[j]!;
    }
    held.length = 0;
  }
}

/** How many items' keys KeyBatch looks up together. */
const BATCH_ITEMS = 256;

/** ledgerKeys, left in `keys`. */
function collectLedgerKeys(
  reference: string | null | undefined,
  description: string | null | undefined,
  memo: NumberKeys | null,
  keys: KeyList = found,
): void {
  keys.clear();
  if (reference) collectKeys(keys, reference, true, memo);
  if (description) collectKeys(keys, description, true, memo);
  let years = false;
  for (let i = 0; i < keys.size && !years; i++) years = keys.startsWith(i, YEAR_SERIAL);
  // the reference field's whole code comes last; referenceKeys makes no R: key, so it is always new
  if (reference) addCodeKey(keys, reference, 0, reference.length, 4);
  // a reference column holding a short number alone holds the document's number (QuickBooks' and Sage's invoice
  // numbers, "2243"): what a payer writes as "INV 2243". Longer numbers meet the payer's by their G: key already.
  if (reference) addShortDocumentNumber(keys, reference);
  const cheque = ledgerChequeKey(reference);
  if (cheque) keys.add(cheque);
  if (!years) return;
  // a year-numbered document's serial (Y:) is offered as a year-less one (S:); a serial also written without its year
  // is kept once, where it first appears
  let twice = false;
  for (let i = 0; i < keys.size && !twice; i++) twice = keys.startsWith(i, YEAR_SERIAL) && keys.hasAs(i, SERIAL);
  for (let i = 0; i < keys.size; i++) if (keys.startsWith(i, YEAR_SERIAL)) keys.setKind(i, SERIAL);
  if (twice) keys.dedupe();
}

/** The document a bare number in a reference column is taken for: an invoice, as payers name what they pay. */
const BARE_NUMBER = INV;

/** The S: key of a reference of three or four digits and nothing else but spaces around them. */
function addShortDocumentNumber(keys: KeyList, reference: string): void {
  let from = 0;
  let to = reference.length;
  while (from < to && reference.charCodeAt(from) === SPACE) from++;
  while (to > from && reference.charCodeAt(to - 1) === SPACE) to--;
  if (to - from < 3 || to - from > 4) return;
  for (let i = from; i < to; i++) if (!isDigit(reference.charCodeAt(i))) return;
  keys.begin(BARE_NUMBER.s);
  keys.putUnpadded(reference, from, to);
  keys.commit();
}

const SPACE = 32;

/** "S:" and "Y:" begin a key of these kinds: the first character is the kind, the colon is always there. */
const SERIAL = 83;
const YEAR_SERIAL = 89;
