import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine } from '../domain/reconciliation.js';
import { acronymsOf } from './acronyms.js';
import { isBankAccountField } from './bank-names.js';
import { tradingNamesOf } from './trading-names.js';
import { accountDigits, normalizeName } from './counterparty.js';
import { isMonthWord } from './month-names.js';
import { type KeyHolder, KeyTable, keyTextsOf } from './key-table.js';
import { KeyBatch, LedgerKeysFound, NumberKeys, bankKeysInto, ledgerKeysInto } from './references.js';
import { MIN_CODE_LETTERS } from './thresholds.js';
import { maskedEndsOf, otherMaskedEnds } from './masked-numbers.js';

/** Lines and entries with everything the scorer needs computed once (keys, day numbers, names). */
export interface PreparedBank extends KeyHolder {
  line: BankLine;
  /** position in the id-sorted input: the stable tie-breaker */
  order: number;
  day: number;
  abs: number;
  sign: 1 | -1;
  /** its reference keys as text, made on each read (the engine reads their ids: KeyHolder) */
  readonly keys: readonly string[];
  name: string | null;
  /** the counterparty name, normalised once */
  nameTokens: string[];
  account: string | null;
  /** coarse party key (first two name words) for pooling a counterparty's lines; null without a name */
  partyKey: string | null;
  /** the ends of the masked numbers its narration and reference write (maskedEndsOf), read on first use */
  maskedEnds: readonly string[] | null;
}

export interface PreparedLedger extends KeyHolder {
  entry: LedgerEntry;
  order: number;
  day: number;
  /** last day of the entry's open span: its due date, or its date when it has none */
  endDay: number;
  abs: number;
  sign: 1 | -1;
  /**
   * its reference keys as text, made on each read (the engine reads their ids: KeyHolder); in a run, only those some
   * bank line writes
   */
  readonly keys: readonly string[];
  /**
   * it carries a reference key (its year-less serials dropped as evidence of nothing, see dropSharedSerials): read in
   * place of `keys`, which loses the keys no line writes
   */
  namesDocument: boolean;
  /** the entry's party, or the payee/payer its description names when the books have no party column */
  partyName: string | null;
  partyFromDescription: boolean;
  partyTokens: string[];
  /** the short names the party is known by (acronyms.ts): "KRA" for Kenya Revenue Authority; mostly none */
  partyAcronyms: readonly string[];
  /** the names the party trades under, normalised ("Abena Owusu (Owusu Pharmacy)": both); mostly none */
  partyTradingNames: readonly (readonly string[])[];
  /** the letters of a party column holding an account code ("KIAMBU" of KIAMBU01), when there are enough to name */
  partyCode: string | null;
  /** with no party at all: the description's words, for a description naming the payee or copied from the narration */
  descriptionTokens: string[];
  /** the same, per part of the description ("Office supplies - Shoprite"): a part all of whose words the narration
   * writes names the payee; generic bookkeeping words are left out, and a part needs five letters */
  descriptionSegments: string[][];
  /** all digits in party, reference and description, to find a counterparty's account number (computed on first use) */
  digitText: string | null;
  /** the ends of the masked numbers its description and reference write (maskedEndsOf), read on first use */
  maskedEnds: readonly string[] | null;
  partyKey: string | null;
  /** all the party's normalised words, joined: an equal bank name is the same party without fuzzy comparison */
  partyKeyFull: string;
}

/** First two normalised name words: survives bank truncation ("THABO TECHNOLOGIES ENTERP") and suffix noise. */
export function partyKeyOf(tokens: readonly string[]): string | null {
  return tokens.length === 0 ? null : tokens.slice(0, 2).join(' ');
}

const DAY_MS = 86_400_000;

export class InvalidLineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidLineError';
  }
}

/** "YYYY-MM-DD" to a day number; business dates are calendar days, so UTC arithmetic is exact. */
export function dayNumber(date: string, what: string): number {
  return fastDayNumber(date) ?? parseDay(date, what);
}

/** dayNumber of a plain "YYYY-MM-DD" from year 100 on; null for anything parseDay must read (or reject). */
function fastDayNumber(date: string): number | null {
  // every line has one or two dates: read the digits in place (no match object, no Date, no map of known days)
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digitsAt(date, 0, 4);
    const m = digitsAt(date, 5, 7);
    const d = digitsAt(date, 8, 10);
    // years before 100 take parseDay's path: Date.UTC reads them as 19xx, and that reading is kept
    if (y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return daysFromCivil(y, m, d);
  }
  return null;
}

/** The number written by text[from, to) in ASCII digits, or -1 when a character is not one. */
function digitsAt(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse in common use; no Date). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function parseDay(date: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new InvalidLineError(`${what}: expected a business date YYYY-MM-DD, got "${date}"`);
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  const back = new Date(t);
  if (back.getUTCDate() !== +m[3]! || back.getUTCMonth() !== +m[2]! - 1) {
    throw new InvalidLineError(`${what}: no such calendar day "${date}"`);
  }
  return Math.round(t / DAY_MS);
}

/**
 * What many lines of one run share, worked out once: the words of a payer's name (a customer pays many times) and
 * what a ledger description says. The arrays are shared between lines, so they are frozen: nothing may change them.
 */
export class PreparationMemo {
  /**
   * Whether lines are matched by what they paid without the bank's fee on their row (paymentOf) rather than by what
   * the balance moved: the engine's second round, for the lines with a fee the first left open (engine.ts).
   */
  constructor(readonly withoutFees = false) {}

  /** the keys of the numbers written after a word (a payer's customer number), the same strings on every line */
  readonly numbers = new NumberKeys();
  /** the run's keys and every item's key ids (see KeyTable) */
  readonly keys = new KeyTable();
  /** what the last entry's keys were besides their ids (see ledgerKeysInto) */
  readonly ledgerKeysFound = new LedgerKeysFound();
  /** the items whose keys are collected but not yet looked up, when they are looked up together (deferKeys) */
  private batch: KeyBatch | null = null;
  private readonly names = new Map<string, NameFacts>();
  /** by description, for entries with a party field and for entries without one */
  private readonly descriptions = [new Map<string, DescriptionFacts>(), new Map<string, DescriptionFacts>()] as const;

  /**
   * From now on an item's keys are looked up in the key table together with those of the items prepared after it
   * (KeyBatch): its keyAt and keyCount are set by the next flushKeys at the latest, which must come before they are
   * read or the table is sealed.
   */
  deferKeys(): void {
    this.batch ??= new KeyBatch(this.keys);
  }

  /** Looks up the keys of every item whose keys are still waiting (deferKeys). */
  flushKeys(): void {
    this.batch?.flush();
  }

  /** the batch deferKeys made, or null */
  get keyBatch(): KeyBatch | null {
    return this.batch;
  }

  name(name: string | null | undefined): NameFacts {
    if (!name) return NO_NAME;
    let facts = this.names.get(name);
    if (!facts) {
      facts = new NameFacts(name);
      this.names.set(name, facts);
    }
    return facts;
  }

  description(description: string | null | undefined, hasParty: boolean): DescriptionFacts {
    const text = description ?? '';
    const memo = this.descriptions[hasParty ? 1 : 0];
    let facts = memo.get(text);
    if (!facts) {
      const described = hasParty ? null : partyFromDescription(description);
      const segments = descriptionSegmentsOf(description, hasParty);
      facts = {
        described,
        segments:
          segments.length === 0 ? NO_SEGMENTS : (Object.freeze(segments.map((w) => Object.freeze(w))) as string[][]),
        descriptionTokens: Object.freeze(segments.flat()) as string[],
      };
      memo.set(text, facts);
    }
    return facts;
  }
}

/**
 * What a party's name gives. Its words and party key are made at once (the assignment state pools every item by its
 * party key); its short and trading names only when first read: a pair's scorer reads them when it compares parties,
 * and most names (every payer whose lines all quote a document) never get there. Reading them is the same whenever it
 * happens: each is worked out from the name alone.
 */
class NameFacts {
  readonly tokens: string[];
  /** partyKeyOf(tokens) */
  readonly partyKey: string | null;
  private fullText: string | null = null;
  private acronymList: readonly string[] | null = null;
  private tradingList: readonly (readonly string[])[] | null = null;

  constructor(private readonly name: string | null) {
    this.tokens = name ? (Object.freeze(normalizeName(name)) as string[]) : NO_WORDS;
    this.partyKey = partyKeyOf(this.tokens);
  }

  /** the tokens joined by spaces */
  get full(): string {
    return (this.fullText ??= this.tokens.join(' '));
  }

  get acronyms(): readonly string[] {
    if (this.acronymList === null) {
      const acronyms = acronymsOf(this.name);
      this.acronymList = acronyms.length === 0 ? NO_WORDS : Object.freeze(acronyms);
    }
    return this.acronymList;
  }

  get trading(): readonly (readonly string[])[] {
    if (this.tradingList === null) {
      const trading = tradingNamesOf(this.name);
      this.tradingList = trading.length === 0 ? NO_NAMES : Object.freeze(trading.map((t) => Object.freeze(t)));
    }
    return this.tradingList;
  }
}

interface DescriptionFacts {
  /** the party the description names, when the entry has no party field */
  described: string | null;
  segments: string[][];
  /** all the segments' words (used only when the entry names no party) */
  descriptionTokens: string[];
}

const NO_WORDS = Object.freeze([]) as unknown as string[];
const NO_SEGMENTS = Object.freeze([]) as unknown as string[][];
const NO_NAMES = Object.freeze([]) as readonly (readonly string[])[];
const NO_NAME = new NameFacts(null);

/** `what` and `id` name the item in the error ("bank line B1"): the text is made only when there is an error to throw. */
function checkAmount(amount: number, what: string, id: string): void {
  if (!Number.isSafeInteger(amount)) throw new InvalidLineError(`${what} ${id}: amountMinor must be a safe integer`);
}

/** dayNumber of one of an item's dates, naming it (`${what} ${id} ${field}`) only when the date is not one. */
function dayOf(date: string, what: string, id: string, field: string): number {
  const day = fastDayNumber(date);
  return day === null ? parseDay(date, `${what} ${id} ${field}`) : day;
}

/**
 * What the line paid or received, without the bank's fee on its row (BankLine.feeMinor): the amount the books hold.
 * A row that is only the fee (or more fee than movement) is its own amount: the fee is the line.
 */
export function paymentOf(line: BankLine): number {
  const fee = line.feeMinor ?? 0;
  if (fee === 0) return line.amountMinor;
  const paid = line.amountMinor + fee;
  return paid !== 0 && paid < 0 === line.amountMinor < 0 ? paid : line.amountMinor;
}

export function prepareBank(
  line: BankLine,
  order: number,
  counterpartyOverride: string | null,
  memo = new PreparationMemo(),
): PreparedBank {
  checkAmount(line.amountMinor, 'bank line', line.id);
  if (line.feeMinor != null && !(Number.isSafeInteger(line.feeMinor) && line.feeMinor >= 0))
    throw new InvalidLineError(`bank line ${line.id}: feeMinor must be a safe integer of 0 or more`);
  const name = counterpartyOverride ?? line.counterpartyName ?? null;
  // a payee field holding a bank and a masked account ("FNB ****3321") names no party
  const named = memo.name(name !== null && isBankAccountField(name) ? null : name);
  const day = dayOf(line.date, 'bank line', line.id, 'date');
  const table = memo.keys;
  const batch = memo.keyBatch;
  let keyAt = 0;
  let keyCount = 0;
  if (batch) batch.bank(line.narration, line.reference, memo.numbers);
  else {
    keyAt = table.end;
    keyCount = bankKeysInto(table, line.narration, line.reference, memo.numbers);
  }
  const amount = memo.withoutFees ? paymentOf(line) : line.amountMinor;
  const item = new BankItem(
    line,
    order,
    day,
    amount,
    keyAt,
    keyCount,
    table,
    name,
    accountDigits(line.counterpartyAccount),
    named,
  );
  if (batch) batch.hold(item);
  return item;
}

/** A prepared line (see PreparedBank). */
class BankItem implements PreparedBank {
  // declared only and assigned in the constructor, in this order (see LedgerItem)
  declare readonly line: BankLine;
  declare readonly order: number;
  declare readonly day: number;
  declare readonly abs: number;
  declare readonly sign: 1 | -1;
  declare keyAt: number;
  declare keyCount: number;
  declare readonly keyTable: KeyTable;
  declare readonly name: string | null;
  declare readonly nameTokens: string[];
  declare readonly account: string | null;
  declare readonly partyKey: string | null;
  declare maskedEnds: readonly string[] | null;

  constructor(
    line: BankLine,
    order: number,
    day: number,
    amount: number,
    keyAt: number,
    keyCount: number,
    keyTable: KeyTable,
    name: string | null,
    account: string | null,
    named: NameFacts,
  ) {
    this.line = line;
    this.order = order;
    this.day = day;
    this.abs = Math.abs(amount);
    this.sign = amount < 0 ? -1 : 1;
    this.keyAt = keyAt;
    this.keyCount = keyCount;
    this.keyTable = keyTable;
    this.name = name;
    this.nameTokens = named.tokens;
    this.account = account;
    this.partyKey = named.partyKey;
    this.maskedEnds = null;
  }

  get keys(): readonly string[] {
    return keyTextsOf(this);
  }
}

// How bookkeepers name the other side in a description: "Payment to X - memo", "Receipt from X", "Purchase at X",
// "Invoice INV-2025-0012 - X". General-ledger exports often have no party column, only this text.
const DESCRIBED_PARTY = [
  /^(?:payment|paid|transfer|trf|remittance|pmt)\s+to\s+(.+)$/i,
  // "Receipt from X", and "Payment received from X", "Amount received from X"
  // ("Recd from X", "Rcvd from X": the cash book's short writing)
  /^(?:(?:payment|amount|money|funds)\s+)?(?:receipt|received|rec'?d|rcvd|payment|transfer|deposit|lodgement)\.?\s+from\s+(.+)$/i,
  /^(?:purchases?|card purchase)\s+(?:at|from)\s+(.+)$/i,
  /^(?:invoice|bill|credit note)\b.*?\s[-–]\s+(.+)$/i,
  // "Payment - Okon Freight Services - March haulage": accounting exports that join fields with dashes
  /^(?:payment|paid|receipt|transfer|remittance|pmt|supplier payment|bill payment|customer receipt)\s*[-–:]\s*(.+)$/i,
  // "Rcpt Mainland Hospital Kitchen", "Pmt Okon Freight Services": the bookkeeper's short word, then the name
  /^(?:rcpt|rct|recpt|pmt|pymt)\.?\s+(.+)$/i,
  // "Machakos Jua Kali Welders — Inv 002409": the name first, then the document it pays
  // (a name of words only, no bookkeeping word first: "Sales — INV 12" names no one)
  // ("Greenfield Intl School - instalment 3 of 6 IN000318": an instalment of a plan, counted, is a document's part too)
  /^([^\d\-–—]+?)\s[-–—]\s+(?:(?:inv|invoice|bill|si|sinv)\b[\s#.:/-]*\d[\w/-]*|instal{1,2}ments?\s+\d+\s*(?:of|\/)\s*\d+(?:\s+[\w/-]*\d[\w/-]*)?)\s*$/i,
];

const NAME_FIRST = DESCRIBED_PARTY.length - 1;
/** The word a Tally-like narration begins with, and what it says the money is against (read apart from the name). */
const BEING = /^being\s+/i;
/**
 * What a part of it says the money is against or for, when that is a document ("against SINV/25/01250", "for
 * TIT/INV/3145": a document word, or a number of three digits or more after up to four short groups): cut from the
 * name. Not "Network Against Child Trafficking", "Coalition Against COVID-19", "Centre for 21st Century Issues", "for
 * 20 bags".
 */
const DOCUMENT_TAIL =
  /\s+(?:against|agst|agnst|towards|for)\s+(?=(?:inv(?:oice)?|bill|sinv|si)\b|(?:[a-z0-9]{1,6}[-/]){0,4}\d{3,}\b).*$/i;
/** The parts of a description set apart by a dash, the dashes kept (split with a capture). */
const DASHED = /(\s[-–—]\s)/;
const SHORT_WORD_FIRST = DESCRIBED_PARTY.length - 2;
/** Words that say what an entry is or how it was paid, never whose it is. */
const NOT_NAME_WORDS = new Set(
  'MOBILE MONEY MOMO MPESA CHEQUE CHQ BALANCE PART FINAL DEPOSIT TRANSFER CARD POS ONLINE PAYSTACK FLUTTERWAVE'.split(
    ' ',
  ),
);
const namesABusiness = (name: string) => {
  const words = normalizeName(name);
  return words.length >= 2 && words.every((w) => !GENERIC.has(w) && !NOT_NAME_WORDS.has(w));
};

/**
 * A name after a bookkeeper's short word ("Rcpt Mainland Hospital Kitchen"): two words or more, none a bookkeeping,
 * channel or purpose word ("Pmt cash sales", "Rcpt School fees - <pupil>", "Pmt Salary advance - <employee>" name no
 * one there: the name, if any, is elsewhere).
 */
const namesAfterShortWord = (name: string) => namesABusiness(name) && !normalizeName(name).some((w) => PURPOSE.has(w));

/** What a payment is for, never whose it is ("Salary advance", "School fees", "March rent"). */
const PURPOSE = new Set(
  'SALARY SALARIES WAGES WAGE ADVANCE ALLOWANCE REFUND TUITION SCHOOL DUES LEVY CONTRIBUTION BALANCE JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER TERM'.split(
    ' ',
  ),
);

/** A bookkeeping, channel or purpose word ("RENT", "BALANCE", "MOMO", "MAY"): what a memo says, no one's name. */
export const isMemoWord = (word: string): boolean =>
  GENERIC.has(word) || NOT_NAME_WORDS.has(word) || PURPOSE.has(word) || isMonthWord(word);

/** Words that only say how or what ("Recd from mobile money", "Payment to cash"): no one's name. */
const saysOnlyHow = (segment: string) => normalizeName(segment).every((w) => NOT_NAME_WORDS.has(w) || GENERIC.has(w));

/** A segment names a party when it has a word of three letters or more (not a document number). */
const namesSomeone = (segment: string) => normalizeName(segment).some((w) => /^[A-Z]{3,}$/.test(w));

/** The party a ledger description names, without the memo after " - "; null when it names none. */
export function partyFromDescription(description: string | null | undefined): string | null {
  if (!description) return null;
  // "Being receipt from X against SINV/25/01250": the narration style of Tally-like packages (Focus, Marg, Busy)
  const text = description
    .trim()
    .replace(BEING, '')
    .split(DASHED)
    .map((part) => part.replace(DOCUMENT_TAIL, ''))
    .join('');
  for (let i = 0; i < DESCRIBED_PARTY.length; i++) {
    const m = DESCRIBED_PARTY[i]!.exec(text);
    if (!m) continue;
    // a name before its document must read as a business's or person's name: two words or more, none of them a
    // bookkeeping, channel or trade word ("Mobile money — Inv 0045", "Consultancy — Inv 0045", "Cash Sales — Inv 5")
    if (i === NAME_FIRST && !namesABusiness(m[1]!)) return null;
    // so must a name after a short word: its words up to any " - ", numbers left out ("Rcpt INV-0045 balance" is none)
    const captured =
      i === SHORT_WORD_FIRST
        ? m[1]!
            .split(/\s[-–]\s/)[0]!
            .replace(/\S*\d\S*/g, ' ')
            .trim()
        : m[1]!;
    if (i === SHORT_WORD_FIRST && !namesAfterShortWord(captured)) return null;
    const name = captured
      .replace(/\([^)]*\)/g, ' ')
      .split(/\s[-–]\s/)
      .map((x) => x.trim())
      .find((x) => namesSomeone(x) && !saysOnlyHow(x));
    return name ?? null;
  }
  return null;
}

// Words every bookkeeper writes: they say what kind of entry it is, not who the other side is.
const GENERIC = new Set(
  'PAYMENT PAYMENTS RECEIPT RECEIPTS SALES SALE PURCHASE PURCHASES INVOICE BILL FEE FEES CHARGE CHARGES SUPPLIES EXPENSE EXPENSES OFFICE STAFF GOODS SERVICES SERVICE DEPOSIT CASH BANK POS SETTLEMENT MONTHLY MONTH FOR ON AT IN A INSTALMENT INSTALMENTS INSTALLMENT INSTALLMENTS PLAN FINANCE LOAN LOANS LEASE LEASING HIRE VEHICLE ASSET MORTGAGE INSURANCE PREMIUM RENT'.split(
    ' ',
  ),
);

/**
 * The parts of a description that names no party column, each as its specific words ("ATM WDL WUSE"). A part that only
 * says how, what for, for what month or in what role ("Mobile money", "Balance", "Salary Aug 2025", "Customer") names
 * no one. Parts set
 * apart by an em dash ("Naivas Limited — Customer Payment", Zoho's and ERPNext's "name — type") count too, but beside
 * one naming someone in two words or more, a one-word one is what was sold or how it was paid ("Chidi Okafor —
 * Moniepoint", "Catering — Yaba College of Technology"), not the payer.
 */
function descriptionSegmentsOf(description: string | null | undefined, hasParty = false): string[][] {
  const out: string[][] = [];
  const text = description ?? '';
  // a name in brackets is a part of its own ("FA Engineering Works (Femi Adewale)": the person behind the firm) where
  // the books name no party (whose own name's brackets hold its trading name): two name words or more, never a bank,
  // a wallet or a place of one word ("(Zenith Bank)", "(Palmpay)", "(Ikeja office)"), nor an amount
  const bracketed =
    hasParty || text.indexOf('(') < 0 ? [] : [...text.matchAll(/\(([A-Za-z][A-Za-z .'&-]*)\)/g)].map((m) => m[1]!);
  const parts = text.replace(/\([^)]*\)/g, ' ').split(/\s[-–]\s/);
  for (let k = 0; k < parts.length + bracketed.length; k++) {
    const inBrackets = k >= parts.length;
    const part = inBrackets ? bracketed[k - parts.length]! : parts[k]!;
    const pieces: string[][] = [];
    // the pieces naming someone as fully as a name of two words: a company of one word and its legal form too
    // ("Ardova Plc"; not "Zenith Bank Plc", a bank, whose generic word the name drops)
    const full: boolean[] = [];
    const firms: boolean[] = [];
    for (const piece of part.split(/\s—\s/)) {
      const words = normalizeName(piece).filter((w) => /^[A-Z]+$/.test(w) && !GENERIC.has(w));
      if (
        words.join('').length < 5 ||
        words.every((w) => NOT_NAME_WORDS.has(w) || PURPOSE.has(w) || ROLE.has(w) || isMonthWord(w)) ||
        (inBrackets && words.length < 2)
      )
        continue;
      const firm = words.length === 1 && ONE_WORD_FIRM.test(piece.trim());
      pieces.push(words);
      full.push(words.length >= 2 || firm);
      firms.push(firm);
    }
    const named = pieces.length > 1 && full.some(Boolean);
    for (let i = 0; i < pieces.length; i++) {
      if (named && !full[i]) continue;
      // a firm named after the person beside it ("Chidi Okafor — Okafor Ltd") names no one that person does not: its
      // one word alone would take any other OKAFOR
      if (firms[i] && pieces.some((other, j) => j !== i && other.includes(pieces[i]![0]!))) continue;
      out.push(pieces[i]!);
    }
  }
  return out;
}

const ONE_WORD_FIRM = /^[A-Za-z]+\s+(?:plc|ltd|limited|inc|llc|pty|cc)\.?$/i;

/** Roles and lines of work a description names instead of a party. */
const ROLE = new Set(
  'CUSTOMER CUSTOMERS CLIENT CLIENTS SUPPLIER SUPPLIERS VENDOR VENDORS CONSULTANCY CONSULTING CONSULTANTS'.split(' '),
);

/**
 * A party column holding the package's account code rather than a name (Sage 50's "KIAMBU01", "DOSHIH01"): letters
 * then digits, no space. It names nobody in words, so it is neither a name to find in a narration nor one to conflict
 * with; the description is read for the payee instead, as when the books have no party column.
 *
 * Returns the length of the code's letters, as `/^([A-Z]{2,8})\d{1,4}$|^([A-Z]{1,4})-?\d{3,6}$/` reads it (the letters
 * are party.slice(0, length)), or -1 when the party is no code. Read in place, with no match object: most parties fail
 * at their first space.
 */
function accountCodeLetters(party: string): number {
  let i = 0;
  while (i < party.length && i < 9 && isCapital(party.charCodeAt(i))) i++;
  // [A-Z]{1,8} then \d: a ninth capital can never be followed by the digit (backtracking only leaves a capital there)
  if (i < 1 || i > 8) return -1;
  // a customer or vendor number after a letter or a short word ("C0101", "V0101", "CUST-00042": Focus, Tally-style
  // packages), as well as Sage's name letters and a short number
  const from = party.charCodeAt(i) === 45 ? i + 1 : i;
  const digits = party.length - from;
  const sage = from === i && i >= 2 && digits >= 1 && digits <= 4;
  const numbered = i <= 4 && digits >= 3 && digits <= 6;
  if (!sage && !numbered) return -1;
  for (let k = from; k < party.length; k++) {
    const c = party.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
  }
  return i;
}

const isCapital = (c: number) => c >= 65 && c <= 90;

/**
 * A party column holding the contact's e-mail address (Akaunting's export): no name either, read as no party when the
 * address is a public mail service's or its domain is written in the description ("ap@twiga.com" beside "Receipt -
 * Twiga Foods"); a business's domain the description does not write (accounts@kapaoil.co.ke beside Twiga Foods) may be
 * someone else, and its domain stays the party ("kapaoil.co.ke").
 */
const CODED_NAME = /^[A-Z]{1,6}-?\d{2,8}\s+[-–—:]\s+(\S.*)$/;
const EMAIL = /^[^\s@]+@(([a-z0-9-]+)\.[^\s@]+)$/i;
const PUBLIC_MAIL = /^(gmail|googlemail|yahoo|ymail|outlook|hotmail|live|icloud|aol|proton|protonmail|mail|zoho|gmx)$/i;
/** The party as a name: none for such an address, its business domain for another (never the person before the @). */
function partyAsName(given: string, description: string | null | undefined): string | null {
  // "By Electricity Company of Ghana", "To Salaries & Wages": a cash book's posting words before the ledger's name
  // (Tally, Miracle, Busy), not the name's
  const party = withoutPostingWord(given);
  // "C0133 - Kenya Rural Roads Authority": the package's customer or vendor id before the name (Sage Intacct, Dynamics)
  const coded = CODED_NAME.exec(party);
  if (coded) return coded[1]!;
  // EMAIL needs an @: most parties are names, and looking for the character costs no regular expression run
  if (party.indexOf('@') < 0) return party;
  const m = EMAIL.exec(party);
  if (!m) return party;
  const domain = m[2]!.toUpperCase();
  const written = (description ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '')
    .includes(domain);
  return PUBLIC_MAIL.test(domain) || written || addressOfNamed(party, description) ? null : m[1]!;
}

/**
 * An address made of the initial and surname of the person the description names ("jpretorius@jacarandatalent.co.za"
 * beside "Salary August 2025 - J Pretorius"): the person's own mailbox at their employer's domain (often the books'
 * own business), which names that person, not the domain's business.
 */
/** "By " or "To " before a name: a cash book's posting words. */
const POSTING_WORD = /^(?:BY|TO)\s+(?=[A-Z])/i;

/** A party column's name without a cash book's posting word before it; the first letter looked at before any regex. */
export function withoutPostingWord(party: string): string {
  const first = party.charCodeAt(0) | 32;
  return (first === 98 || first === 116) && POSTING_WORD.test(party) ? party.replace(POSTING_WORD, '') : party;
}

function addressOfNamed(address: string, description: string | null | undefined): boolean {
  const local = address
    .slice(0, address.indexOf('@'))
    .toUpperCase()
    .replace(/[^A-Z]+/g, '');
  return descriptionSegmentsOf(description).some((words) => {
    const surname = words[words.length - 1]!;
    return words.length >= 2 && surname.length >= 4 && local.startsWith(words[0]![0]!) && local.endsWith(surname);
  });
}

export function prepareLedger(entry: LedgerEntry, order: number, memo = new PreparationMemo()): PreparedLedger {
  checkAmount(entry.amountMinor, 'ledger entry', entry.id);
  const codeLetters = entry.party ? accountCodeLetters(entry.party) : -1;
  const party = entry.party && codeLetters < 0 ? partyAsName(entry.party, entry.description) : null;
  const facts = memo.description(entry.description, party !== null);
  const described = facts.described;
  const partyName = party ?? described;
  const named = memo.name(partyName);
  const day = dayOf(entry.date, 'ledger entry', entry.id, 'date');
  const due = entry.dueDate ? dayOf(entry.dueDate, 'ledger entry', entry.id, 'dueDate') : day;
  // the ids of the keys the table knows: in a run (the table sealed once the lines are prepared), those some line
  // writes; the others can never be shared and are dropped at once
  const table = memo.keys;
  const batch = memo.keyBatch;
  let keyAt = 0;
  let keyCount = 0;
  // whether it names a document: any key at all before the lines' keys are known; in a run, any key but a serial
  // (the serials it keeps are added by keepSerials in engine.ts)
  let namesDocument: boolean;
  if (batch) {
    if (!table.sealed) throw new Error('engine defect: entries prepared with their keys deferred before the lines are');
    namesDocument = batch.ledger(entry.reference, entry.description, memo.numbers);
  } else {
    keyAt = table.end;
    const found = memo.ledgerKeysFound;
    ledgerKeysInto(table, entry.reference, entry.description, memo.numbers, found);
    keyCount = table.end - keyAt;
    namesDocument = table.sealed ? found.notSerial : found.appended > 0;
  }
  const item = new LedgerItem(
    entry,
    order,
    day,
    Math.max(day, due),
    keyAt,
    keyCount,
    table,
    namesDocument,
    partyName,
    codeLetters >= MIN_CODE_LETTERS ? entry.party!.slice(0, codeLetters) : null,
    named,
    facts,
  );
  if (batch) batch.hold(item);
  return item;
}

/**
 * A prepared entry. What its party's name and its description give (NameFacts, DescriptionFacts) is shared by every
 * entry of that party or description, so it is read through the shared objects rather than copied into each entry:
 * seven fields fewer on every entry (at 1M, tens of megabytes the collector no longer copies and marks).
 */
class LedgerItem implements PreparedLedger {
  // declared only and assigned in the constructor, in this order: a class field (or parameter property) would first be
  // defined as undefined, and every entry's shape would go through that
  declare readonly entry: LedgerEntry;
  declare readonly order: number;
  declare readonly day: number;
  declare readonly endDay: number;
  declare readonly abs: number;
  declare readonly sign: 1 | -1;
  declare keyAt: number;
  declare keyCount: number;
  declare readonly keyTable: KeyTable;
  declare namesDocument: boolean;
  declare readonly partyName: string | null;
  declare readonly partyCode: string | null;
  declare digitText: string | null;
  declare maskedEnds: readonly string[] | null;
  declare private readonly named: NameFacts;
  declare private readonly facts: DescriptionFacts;

  constructor(
    entry: LedgerEntry,
    order: number,
    day: number,
    endDay: number,
    keyAt: number,
    keyCount: number,
    keyTable: KeyTable,
    namesDocument: boolean,
    partyName: string | null,
    partyCode: string | null,
    named: NameFacts,
    facts: DescriptionFacts,
  ) {
    this.entry = entry;
    this.order = order;
    this.day = day;
    this.endDay = endDay;
    this.abs = Math.abs(entry.amountMinor);
    this.sign = entry.amountMinor < 0 ? -1 : 1;
    this.keyAt = keyAt;
    this.keyCount = keyCount;
    this.keyTable = keyTable;
    this.namesDocument = namesDocument;
    this.partyName = partyName;
    this.partyCode = partyCode;
    this.digitText = null;
    this.maskedEnds = null;
    this.named = named;
    this.facts = facts;
  }

  get keys(): readonly string[] {
    return keyTextsOf(this);
  }

  get partyFromDescription(): boolean {
    return this.facts.described !== null;
  }

  get partyTokens(): string[] {
    return this.named.tokens;
  }

  get partyAcronyms(): readonly string[] {
    return this.named.acronyms;
  }

  get partyTradingNames(): readonly (readonly string[])[] {
    return this.named.trading;
  }

  get descriptionTokens(): string[] {
    return this.partyName ? NO_WORDS : this.facts.descriptionTokens;
  }

  get descriptionSegments(): string[][] {
    return this.facts.segments;
  }

  get partyKeyFull(): string {
    return this.named.full;
  }

  get partyKey(): string | null {
    return this.named.partyKey;
  }
}

/** An entry's description and reference, as one text: what most readings of its words look at. */
export const entryWords = (l: PreparedLedger): string => `${l.entry.description ?? ''} ${l.entry.reference ?? ''}`;

/**
 * A bank line's narration and reference as one text (a bank writing only "INWARD EFT" leaves "ZAPPER SETTLEMENT" to the
 * reference).
 */
export const lineWords = (b: PreparedBank): string => `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;

/** Days from a bank date to a ledger entry's open span [date, due date]; 0 inside it. */
export function daysOutside(b: PreparedBank, l: PreparedLedger): number {
  if (b.day < l.day) return l.day - b.day;
  if (b.day > l.endDay) return b.day - l.endDay;
  return 0;
}

/**
 * Whether the line and the entry write other masked numbers (otherMaskedEnds): another phone, card or account. Each
 * side's are read once, however many pairs and rivals ask.
 */
export function otherNumbersWritten(b: PreparedBank, l: PreparedLedger): boolean {
  const x = (b.maskedEnds ??= maskedEndsOf(lineWords(b)));
  return x.length > 0 && otherMaskedEnds(x, (l.maskedEnds ??= maskedEndsOf(entryWords(l))));
}

export function digitTextOf(l: PreparedLedger): string {
  l.digitText ??= `${l.entry.party ?? ''} ${l.entry.reference ?? ''} ${l.entry.description ?? ''}`.replace(
    /[^\d ]/g,
    '',
  );
  return l.digitText;
}
