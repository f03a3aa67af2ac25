/**
 * The plain readings that preparation replaced with faster ones, kept verbatim as the specification those must equal
 * (prepared-equivalence.test.ts): reference keys by regular expressions, business dates by Date.UTC, name words and
 * account digits by regular expressions, name similarity by maps of bigrams, tolerance allowances by decimal.js.
 * Not used by the engine.
 */
import { Decimal } from 'decimal.js';
// cheque keys are read by plain expressions in the engine too: the same reading, not a faster one to check
import { bankChequeKeys } from '../../matching/cheque-keys.js';
// and masked numbers: their split forms are blanked before any key is read
import { withoutSplitMaskedNumbers } from '../../matching/masked-numbers.js';

// Words that mean the same document kind; everything else keeps its own spelling as a prefix.
const PREFIX_ALIASES: Record<string, string> = {
  INVOICE: 'INV',
  INVC: 'INV',
  INV: 'INV',
  INVNO: 'INV',
  SI: 'INV',
  FAC: 'INV',
  FACT: 'INV',
  FACTURE: 'INV',
  FAKTURA: 'INV',
  FACTUUR: 'INV',
  FATURA: 'INV',
  FACTURA: 'INV',
  RECHNUNG: 'INV',
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
};

const NOT_CODE_LETTERS = new Set(
  'NO NR APT RM BOX BLK STD HSE FLT PLT STN RD ST AVE UNT KES KSH NGN GHS ZAR USD EUR GBP AGO PMS DPK LPG ATK FOR PER'.split(
    ' ',
  ),
);

/** The prefixes that name a kind of document (the aliases'); any other word before a number is the payer's. */
const DOCUMENT_KINDS = new Set(Object.values(PREFIX_ALIASES));
/** Other kinds of document: a number after one is its number even when it reads as a period or a day. */
const DOCUMENT_WORDS = new Set('LPO PV CN DN QUO QUOTE JOB PINV SINV GRN WO PI PROFORMA CONTRACT'.split(' '));

const FILLER = new Set(['NO', 'NUM', 'NUMBER', 'NR', 'NBR']);

// Words that are not document prefixes even when a number follows them.
const MONTHS =
  'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER'.split(
    ' ',
  );

const NOT_PREFIX = new Set([
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
  ...MONTHS,
]);

/** A month and its year in digits ("03/2025", "2025-3"), or a day run together ("20250305", "05032025"). */
const PERIOD_OR_DAY =
  /^(?:(?:0?[1-9]|1[0-2])[-/._](?:19|20)\d\d|(?:19|20)\d\d[-/._](?:0?[1-9]|1[0-2])|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$/;

function stripZeros(group: string): string {
  const s = group.replace(/^0+/, '');
  return s === '' ? '0' : s;
}

/** A serial after a two-digit year: padded with a zero or four digits or more ("0515", "10515"; not "500"). */
const paddedOrLong = (serial: string) => serial.length >= 4 || (serial.length >= 3 && serial.startsWith('0'));

/** The document kinds numbered by year, whose two digits before a serial are a year. */
const DATED = new Set(['INV', 'BILL', 'PO', 'RCT']);

function addNumberKeys(keys: Set<string>, groups: string[], prefix: string | null): void {
  const stripped = groups.map(stripZeros).join('-');
  const digits = groups.join('');
  // a two-digit year before its serial is written as its century's ("INV/26/0515" is INV 2026-515)
  const shortYear =
    groups.length === 2 &&
    DATED.has(prefix ?? '') &&
    groups[0]!.length === 2 &&
    groups[1]!.length >= 3 &&
    !YEAR.test(groups[1]!);
  if (prefix) keys.add(shortYear ? `P:${prefix}:20${groups[0]}-${stripZeros(groups[1]!)}` : `P:${prefix}:${stripped}`);
  if (prefix && groups.length === 1) keys.add(`S:${prefix}:${stripped}`);
  // a four-digit year, or two digits before a serial of three or more ("INV/26/0515")
  const yearFirst = YEAR.test(groups[0]!) || (groups[0]!.length === 2 && paddedOrLong(groups[1] ?? ''));
  if (prefix && groups.length === 2 && yearFirst) keys.add(`Y:${prefix}:${stripZeros(groups[1]!)}`);
  // the year written last ("Inv 452/2025"): the serial before it
  else if (prefix && groups.length === 2 && groups[0]!.length >= 3 && !YEAR.test(groups[0]!) && YEAR.test(groups[1]!))
    keys.add(`Y:${prefix}:${stripZeros(groups[0]!)}`);
  // a financial year, then the serial ("SI/25-26/0754", "SI/2025-26/0754")
  else if (
    prefix &&
    groups.length === 3 &&
    financialYear(groups[0]!, groups[1]!) &&
    paddedOrLong(groups[2]!) &&
    !YEAR.test(groups[2]!)
  )
    keys.add(`Y:${prefix}:${stripZeros(groups[2]!)}`);
  if (digits.replace(/^0+/, '').length >= 5) keys.add(`G:${stripped}`);
  if (digits.length >= 6 && stripZeros(digits).length >= 5) keys.add(`D:${stripZeros(digits)}`);
}

/** Two years running, the first in two or four digits, the second in two ("25-26", "2025-26", "99-00"). */
function financialYear(first: string, second: string): boolean {
  if (!(first.length === 2 || YEAR.test(first)) || !/^\d\d$/.test(second)) return false;
  return Number(second) === (Number(first.slice(-2)) + 1) % 100;
}

/** A list's next serial: as long as the one before, larger by at most 100, neither a year (at most eight digits). */
function follows(before: string, next: string): boolean {
  if (next.length !== before.length || next.length > 8 || YEAR.test(before) || YEAR.test(next)) return false;
  return Number(next) > Number(before) && Number(next) - Number(before) <= 100;
}

const UNITS = new Set(
  'BAGS BAG PCS PIECES UNITS UNIT CTNS CARTONS BOXES CRATES DRUMS BALES TONS TONNES KG KGS LITRES LTRS QTY PACKS PALLETS ROLLS SETS'.split(
    ' ',
  ),
);

/**
 * "INV 2310/2312/2315": serials of three digits or more, each a list's next after the one before, are each a document;
 * two joined by a hyphen ("INV 0470-0473", `number` as written) are also the run between them.
 */
function addListed(keys: Set<string>, written: string[], prefix: string, number: string): void {
  if (written.length < 2 || written[0]!.length < 3) return;
  // compared past their zero padding: "INV 0012658/12659/12660" is one list
  const groups = written.map((g) => g.replace(/^0+(?=\d)/, ''));
  if (groups[0]!.length < 3) return;
  // "SI3367/73/78": the serials after the first written by their last digits only, each going up within 100 of it
  const first = groups[0]!;
  if (written.slice(1).every((g) => g.length < first.length)) {
    if (first.length > 8 || YEAR.test(first)) return;
    const serials: string[] = [];
    let previous = Number(first);
    for (const g of written.slice(1)) {
      const serial = first.slice(0, first.length - g.length) + g;
      if (Number(serial) <= previous || Number(serial) - Number(first) >= 100) return;
      previous = Number(serial);
      serials.push(serial);
    }
    for (const g of [written[0]!, ...serials]) addNumberKeys(keys, [g], prefix);
    return;
  }
  const up = groups.every((g, i) => i === 0 || follows(groups[i - 1]!, g));
  // or three or more close serials, in any order ("INV 4793/4835/4823")
  const length = groups[0]!.length;
  const close =
    groups.length >= 3 &&
    length <= 8 &&
    groups.every((g) => g.length === length && !YEAR.test(g)) &&
    new Set(groups).size === groups.length &&
    Math.max(...groups.map(Number)) - Math.min(...groups.map(Number)) <= 100;
  if (!up && !close) return;
  for (const g of written) addNumberKeys(keys, [g], prefix);
  if (written.length === 2 && number[written[0]!.length] === '-') addRun(keys, groups[0]!, groups[1]!, prefix);
}

const RUN_WORDS = new Set(['TO', 'THRU', 'THROUGH']);

/** A written run holds at most this many documents. */
const RUN_LENGTH = 12;

/** The serials strictly between two (as long as they are written), when the run is short enough to be a payment's. */
function addRun(keys: Set<string>, first: string, last: string, prefix: string): void {
  if (Number(last) - Number(first) >= RUN_LENGTH) return;
  for (let n = Number(first) + 1; n < Number(last); n++)
    addNumberKeys(keys, [String(n).padStart(first.length, '0')], prefix);
}

// a leading group that is a plausible document year ("INV-2025-3240"), not any four digits
const YEAR = /^(19|20)\d\d$/;

const GLUED = /^([A-Z]{1,8})[-/#._]*(\d+(?:[-/._]\d+)*)$/;
const NUMERIC = /^\d+(?:[-/._]\d+)*$/;

// A calendar date written in a narration ("05/03/2025", "2025-03-05") names a day, not a document.
const WRITTEN_DATE =
  /^(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01]))$/;

// "INV-2025-0470 & 0473": serials listed after one document number share its prefix and year.
const SERIAL_LIST = /\b([A-Z]{1,8}[-/ ]?(?:19|20)\d\d[-/ ])(\d{1,8})((?:\s*(?:&|,|\+|\bAND\b)\s*\d{1,8}\b)+)/gi;

function expandSerialLists(text: string): string {
  return text.replace(SERIAL_LIST, (whole, head: string, _first: string, rest: string) => {
    const more = rest.match(/\d{1,8}/g) ?? [];
    return `${whole} ${more.map((n) => `${head}${n}`).join(' ')}`;
  });
}

/** Words of a text; a word that is not itself a reference ("LTD/INV/2024/00391") is split at its separators. */
function tokens(text: string): string[] {
  return wordsOf(expandSerialLists(text).toUpperCase());
}

/** Each "<serial>/<year>" the text writes, the slash straight before the year ("INV452/2024", "452 / 2024"). */
function slashYearsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of expandSerialLists(text)
    .toUpperCase()
    .matchAll(/(?<!\d)(\d{3,})\s*\/ *((?:19|20)\d\d)(?!\d)/g))
    out.add(`${m[1]}/${m[2]}`);
  return out;
}

/** The words of an upper-cased text, lists already written out (tokens). */
export function wordsOf(upper: string): string[] {
  const out: string[] = [];
  for (const raw of upper.split(/[\s,;:()[\]{}"'|+&]+/)) {
    const whole = raw.replace(/^[#.\-_/]+|[#.\-_/]+$/g, '');
    // a session or transaction id (13+ digits) glued on with a slash is its own token, not part of a document number
    for (const word of whole.split(/[-/._#](?=\d{13,}(?:$|[-/._#]))|(?<=(?:^|[-/._#])\d{13,})[-/._#]/)) {
      if (!word || WRITTEN_DATE.test(word)) continue;
      if (GLUED.test(word) || NUMERIC.test(word) || !/[-/._#]/.test(word)) out.push(word);
      // between slashes, a prefix glued to its number stays one word ("LTD/RE-00761")
      else
        for (const part of word.split('/')) {
          const trimmed = part.replace(/^[#.\-_]+|[#.\-_]+$/g, '');
          if (GLUED.test(trimmed)) out.push(trimmed);
          else out.push(...part.split(/[-._#]+/).filter(Boolean));
        }
    }
  }
  return out;
}

/** All reference keys found in free text (narration, reference, description). */
export function referenceKeys(...texts: Array<string | null | undefined>): Set<string> {
  const keys = new Set<string>();
  for (const written of texts) {
    if (!written) continue;
    const text = withoutSplitMaskedNumbers(written);
    let previousWord: string | null = null;
    // the last bare number and the prefix its run started with: "INV 2024 0001" may be one reference
    let previousDigits: string | null = null;
    let runPrefix: string | null = null;
    // a document number of one group after its prefix, and whether OF followed it: "INV452/2024", "INV 452 OF 2024"
    let serial: string | null = null;
    let serialPrefix: string | null = null;
    let ofSeen = false;
    const words = tokens(text);
    const slashYears = slashYearsOf(text);
    // the word before this one joined two serials: listed ("INV 452 AND 453") or a run's two ends ("INV 470 TO 473")
    let joined: 'list' | 'run' | null = null;
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const afterJoin = joined;
      joined = null;
      const afterTo = afterJoin === 'run';
      if (runPrefix && previousDigits && !afterJoin && (RUN_WORDS.has(word) || word === 'AND')) {
        joined = word === 'AND' ? 'list' : 'run';
        continue;
      }
      const glued = GLUED.exec(word);
      // a quarter or a half year ("Q3", "QTR2", "Q4-2029", "H1") is a period, no document
      if (glued && PERIOD_CODE.test(word)) {
        previousWord = null;
        previousDigits = null;
        serialPrefix = null;
        continue;
      }
      if (glued) {
        // IV, IN and RE only glued to their number (MYOB's IV00004903, TurboCASH's IN001311, German books' RE-4524);
        // words of their own they are a Roman numeral and prepositions
        // a month glued to its year ("MAR-2025") is a period, no document
        const prefix =
          PREFIX_ALIASES[glued[1]!] ??
          (['IV', 'IN', 'RE'].includes(glued[1]!) ? 'INV' : MONTHS.includes(glued[1]!) ? null : glued[1]!);
        const groups = glued[2]!.split(/[-/._]/);
        addNumberKeys(keys, groups, prefix);
        if (prefix) addListed(keys, groups, prefix, glued[2]!);
        // year and serial run together ("I2025000011" for ACC-SINV-2025-00011): the year, then the serial unpadded
        const run = groups.length === 1 ? groups[0]! : '';
        if (run.length >= 7 && YEAR.test(run.slice(0, 4)) && stripZeros(run.slice(4)).length >= 1)
          keys.add(`G:${run.slice(0, 4)}-${stripZeros(run.slice(4))}`);
        previousWord = null;
        previousDigits = groups.length === 1 ? groups[0]! : null;
        runPrefix = prefix;
        serial = groups.length === 1 ? groups[0]! : null;
        serialPrefix = serial !== null && serial.length >= 3 && !YEAR.test(serial) ? prefix : null;
        ofSeen = false;
        continue;
      }
      if (NUMERIC.test(word)) {
        const groups = word.split(/[-/._]/);
        // the year of the document number before it: that year's document, in either order, or one with no year
        if (
          serialPrefix &&
          YEAR.test(word) &&
          (ofSeen ||
            slashYears.has(`${serial}/${word}`) ||
            (/^20[1-3]\d$/.test(word) && !UNITS.has(words[w + 1] ?? '')))
        ) {
          keys.delete(`S:${serialPrefix}:${stripZeros(serial!)}`);
          addNumberKeys(keys, [serial!, word], serialPrefix);
          addNumberKeys(keys, [word, serial!], serialPrefix);
          serialPrefix = null;
          previousDigits = null;
          runPrefix = null;
          previousWord = null;
          continue;
        }
        serialPrefix = null;
        // "INV 0000 465": zeros before a number, after a document's prefix, were its padding split off by a space
        const padded: boolean =
          !previousWord && runPrefix !== null && /^0+$/.test(previousDigits ?? '') && groups.length === 1;
        const prefix: string | null = padded
          ? runPrefix
          : previousWord
            ? (PREFIX_ALIASES[previousWord] ??
              // "IV 00004891": before a padded number IV is the invoice's prefix, otherwise a Roman numeral
              (previousWord === 'IV' && word.startsWith('0') ? 'INV' : null) ??
              // "IN 001311": a padded number of five digits or more alone, no month or year
              (previousWord === 'IN' && /^0\d{4,}$/.test(word) ? 'INV' : null) ??
              (NOT_PREFIX.has(previousWord) ? null : previousWord))
            : null;
        // a period or a day in digits names no document, unless a document word says so ("INV 03/2025")
        if (!(prefix && (DOCUMENT_KINDS.has(prefix) || DOCUMENT_WORDS.has(prefix))) && PERIOD_OR_DAY.test(word)) {
          previousDigits = null;
          runPrefix = null;
          previousWord = null;
          continue;
        }
        addNumberKeys(keys, groups, prefix);
        if (prefix) addListed(keys, groups, prefix, word);
        // "INV-1482 1483 1484": a bare number as long as the serial before it, and larger, is the next one listed
        const [only] = groups;
        if (
          !prefix &&
          runPrefix &&
          previousDigits &&
          groups.length === 1 &&
          only!.length >= 3 &&
          follows(previousDigits, only!) &&
          !UNITS.has(words[w + 1] ?? '') &&
          // after TO only a short run ("INV 470 TO 473")
          (!afterTo || Number(only) - Number(previousDigits) < RUN_LENGTH)
        ) {
          addNumberKeys(keys, groups, runPrefix);
          if (afterTo) addRun(keys, previousDigits, only!, runPrefix);
          previousDigits = only!;
          previousWord = null;
          continue;
        }
        // only a year followed by a bare number is one reference: "INV00708 2025-00709" and "INV00683 202400684"
        // name two documents
        if (previousDigits && groups.length === 1 && YEAR.test(previousDigits) && !UNITS.has(words[w + 1] ?? '')) {
          // the earlier number was only the first part of this one: "INV 2024" alone would name invoice 2024
          if (runPrefix) keys.delete(`P:${runPrefix}:${stripZeros(previousDigits)}`);
          if (runPrefix) keys.delete(`S:${runPrefix}:${stripZeros(previousDigits)}`);
          addNumberKeys(keys, [previousDigits, ...groups], runPrefix);
        } else {
          // "CIV 25 00522": two digits and a serial, spaced; the two digits keep their own keys too
          if (
            runPrefix &&
            previousDigits?.length === 2 &&
            groups.length === 1 &&
            only!.length >= 3 &&
            !UNITS.has(words[w + 1] ?? '')
          ) {
            addNumberKeys(keys, [previousDigits, ...groups], runPrefix);
            // or one number spaced as thousands are ("SI 30 416" for SI-30416)
            if (only!.length === 3) addNumberKeys(keys, [previousDigits + only!], runPrefix);
          }
          runPrefix = prefix;
        }
        if (prefix && groups.length === 1 && only!.length >= 3 && !YEAR.test(only!)) {
          serial = only!;
          serialPrefix = prefix;
          ofSeen = false;
        }
        previousDigits = groups.length === 1 ? groups[0]! : null;
        previousWord = null;
        continue;
      }
      previousDigits = null;
      runPrefix = null;
      if (serialPrefix && !ofSeen && word === 'OF') ofSeen = true;
      else serialPrefix = null;
      // "CHEQUE NO 4512", "INVOICE NUMBER 42": the filler word keeps the document word as the prefix
      if (FILLER.has(word) && previousWord) continue;
      if (/^[A-Z]+$/.test(word)) {
        previousWord = word.length <= 8 ? word : null;
        continue;
      }
      // "KDA 123B": a code's letters and serial spaced, where the other side glues them
      // (not a flat's or a number's word, nor a currency or a product before a quantity: "KES 150K", "AGO 5000L")
      if (previousWord && /^[A-Z]{2,3}$/.test(previousWord) && /^\d{3,4}[A-FH-JN-SU-Z]$/.test(word)) {
        if (!NOT_CODE_LETTERS.has(previousWord)) keys.add(`A:${previousWord}${word}`);
      }
      previousWord = null;
      const compact = word.replace(/[-/._#]/g, '');
      // a word whose one digit opens it, letters after, is a name ("9MOBILE", the network), not a payment code
      if (compact.length >= 6 && /\d/.test(compact) && /[A-Z]/.test(compact) && !/^\d[A-Z]+$/.test(compact))
        keys.add(`A:${compact}`);
    }
  }
  return keys;
}

/** Keys that identify a document on their own (all but the short prefixed forms are already long enough). */
export function describeKey(key: string): string {
  const [kind, ...rest] = key.split(':');
  const value = rest.join(':');
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

/** A quarter or a half year written as a code: "Q3", "QTR2", "Q4-2029", "H1". */
const PERIOD_CODE = /^(?:Q|QTR)[1-4](?![0-9])|^H[12](?![0-9])/i;

/** A reference code compared whole: letters and digits only, upper case, at least 4 characters with a digit. */
function codeKey(text: string | null | undefined, minLength: number): string | null {
  const code = (text ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  return code.length >= minLength && code.length <= 40 && /\d/.test(code) ? `R:${code}` : null;
}

/**
 * Keys of bank text: a year-numbered writing already has its full keys, so its bare serial is dropped. The reference
 * field, and narration words of six characters or more with a digit, are also kept whole (R:) to meet a ledger
 * reference field written the same way.
 */
export function bankKeys(narration?: string | null, reference?: string | null): string[] {
  const keys = referenceKeys(narration, reference);
  for (const k of keys) if (k.startsWith('Y:')) keys.delete(k);
  const ref = codeKey(reference, 4);
  if (ref) keys.add(ref);
  if (narration)
    for (const word of withoutSplitMaskedNumbers(narration).split(/\s+/)) {
      const k = word.length >= 6 && !WRITTEN_DATE.test(word) && !PERIOD_CODE.test(word) ? codeKey(word, 6) : null;
      if (k) keys.add(k);
    }
  for (const k of bankChequeKeys(narration, reference)) keys.add(k);
  return [...keys];
}

/** Keys of a ledger document: the serial of a year-numbered document also answers to a year-less writing. */
export function ledgerKeys(reference?: string | null, description?: string | null): string[] {
  const keys = [...referenceKeys(reference, description)];
  const out = keys.some((k) => k.startsWith('Y:'))
    ? [...new Set(keys.map((k) => (k.startsWith('Y:') ? `S:${k.slice(2)}` : k)))]
    : keys;
  const ref = codeKey(reference, 4);
  if (ref && !out.includes(ref)) out.push(ref);
  // a reference of three or four digits alone is the document's number, as payers write an invoice's
  const short = / *(\d{3,4}) */y.exec(reference ?? '');
  const invoice =
    short && short[0].length === (reference ?? '').length ? `S:INV:${short[1]!.replace(/^0+(?=\d)/, '')}` : null;
  if (invoice && !out.includes(invoice)) out.push(invoice);
  // a reference that is a number alone is also a cheque's serial
  const bare = /^\s*(\d{3,8})\s*$/.exec(reference ?? '');
  const cheque = bare ? `S:CHQ:${bare[1]!.replace(/^0+(?=\d)/, '')}` : null;
  if (cheque && !out.includes(cheque)) out.push(cheque);
  return out;
}

/** The Date-based reading of a business date that prepared.ts's dayNumber replaced (errors as messages). */
export function dayNumber(date: string): number | string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return 'expected a business date';
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  const back = new Date(t);
  if (back.getUTCDate() !== +m[3]! || back.getUTCMonth() !== +m[2]! - 1) return 'no such calendar day';
  return Math.round(t / 86_400_000);
}

const NAME_NOISE = new Set(
  'LTD LIMITED PLC NIG NIGERIA CO COMPANY ENT ENTERPRISES ENTERPRISE INC CC NPC LLC PTY SOC THE MR MRS MS DR TRF TRANSFER FROM TO NIP FT MOB MOBILE VIA BY PAYMENT GH KE SA AND OF'.split(
    ' ',
  ),
);
const NAME_TITLES = new Set('ALHAJI ALHAJA ALH HAJIA CHIEF ENGR PASTOR PST PROF HON MISS MADAM MALLAM BARR'.split(' '));

/** The regular-expression reading of a name that counterparty.ts's normalizeName replaced. */
export function normalizeName(name: string | null | undefined): string[] {
  if (!name) return [];
  const words = name
    .toUpperCase()
    .replace(/\bCO-OP\b/g, 'COOP')
    .replace(/(?<=[A-Z0-9])['\u2019](?=[A-Z0-9])/g, '')
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !NAME_NOISE.has(w))
    .join(' ')
    .replace(/\bVAN DE[RN]\b/g, 'VD')
    .split(' ')
    .filter((w) => w.length > 0);
  // titles go when two other words are left
  const rest = words.filter((w) => !NAME_TITLES.has(w));
  return rest.length >= 2 ? rest : words;
}

const NAME_NOISE_STUBS = [...NAME_NOISE].filter((w) => w.length >= 4);

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams of the joined tokens: tolerant of typos and missing spaces. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  for (const [g, n] of ga) overlap += Math.min(n, gb.get(g) ?? 0);
  return (2 * overlap) / (a.length - 1 + (b.length - 1));
}

/** The Map-based name similarity that counterparty.ts's tokenSimilarity replaced. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  // a bank name cut short inside a noise word ("… ENTERP" for ENTERPRISES): the stub is noise too
  const last = a[a.length - 1];
  if (last && last.length >= 3 && a.length > 1 && !b.includes(last) && NAME_NOISE_STUBS.some((n) => n.startsWith(last)))
    a = a.slice(0, -1);
  if (a.length === 0 || b.length === 0) return 0;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === joinedB) return 1;
  let score = dice(joinedA, joinedB);
  // truncated bank name: every bank token matches the party's tokens in order (last one may be cut short)
  if (a.length >= 2 && a.length <= b.length) {
    const prefixOk = a.every((t, i) => (i === a.length - 1 ? b[i]!.startsWith(t) : b[i] === t));
    if (prefixOk) score = Math.max(score, 0.9);
  }
  // same words in another order ("OKAFOR CHINEDU" vs "CHINEDU OKAFOR")
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) score = Math.max(score, 0.95);
  return score;
}

/** The regular-expression reading of an account number that counterparty.ts's accountDigits replaced. */
export function accountDigits(account: string | null | undefined): string | null {
  const d = (account ?? '').replace(/\D/g, '');
  return d.length >= 6 ? d : null;
}

/** The decimal.js percent allowance that tolerance.ts's allowance replaced with integer arithmetic where exact. */
export function allowance(baseAbsMinor: number, percent: string | undefined, fixedMinor: number | undefined): number {
  if (!percent) return fixedMinor ?? 0;
  const fromPercent = new Decimal(baseAbsMinor)
    .mul(percent)
    .div(100)
    .toDecimalPlaces(0, Decimal.ROUND_FLOOR)
    .toNumber();
  return Math.max(fromPercent, fixedMinor ?? 0);
}
