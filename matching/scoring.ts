import { saysPartPayment } from './part-payment-words.js';
import { initials } from './acronyms.js';
import { quotedSerials, writesSerial } from './same-amounts.js';
import { counted } from '../domain/counted.js';
import type { Evidence } from '../domain/reconciliation.js';
import { namesOneWordApart, normalizeName, normalizeNameInto, tokenSimilarity } from './counterparty.js';
import type { Tolerance } from './options.js';
import {
  type PreparedBank,
  type PreparedLedger,
  daysOutside,
  digitTextOf,
  entryWords,
  isMemoWord,
  lineWords as bankWords,
  otherNumbersWritten,
} from './prepared.js';
import { type KeyHolder, sharedKeyIdOf, sharedKeyOf } from './key-table.js';
import { hasDigit } from './reference-text.js';
import { tradingNameWritten } from './trading-names.js';
import { isRevenueServiceShortName } from './revenue-service-names.js';
import { SERIAL_KEY_HEAD, describeKeyWithin } from './references.js';
import { flat } from './flat-text.js';
import { maskedNumbersOf } from './masked-numbers.js';
import { sameWords } from './same-words.js';
import { deductionAccount, deductionFor } from './deductions.js';
import {
  CONFLICT_BELOW,
  MIN_EXACT_LETTERS,
  MIN_LEADING_LETTERS,
  MIN_NAME_SIMILARITY,
  MIN_SURNAME_LETTERS,
  WEIGHTS,
} from './thresholds.js';
import { type AmountFit, amountFit } from './tolerance.js';
import { digitsSwapped } from './transposed-digits.js';

export { WEIGHTS } from './thresholds.js';
export { MIN_NAME_SIMILARITY } from './thresholds.js';

export interface PairScore {
  /** the evidence weights summed and capped to 0..1, as shown to people */
  readonly confidence: number;
  /** the same sum uncapped: orders candidates and decides ties (two pairs capped at 1 need not be equal) */
  readonly strength: number;
  /** the reference key the two sides share (the smallest, for determinism), or null */
  readonly key: string | null;
  /** that key's id in the line's key table (−1: none): compared and tested without making its text */
  readonly keyId: number;
  /** built on demand: the explanation of the confidence, weights summing to it */
  readonly evidence: Evidence[];
  readonly fit: AmountFit;
  readonly referenceHit: boolean;
  /** the only shared reference is a year-less serial: short, so it may not carry an over-payment on its own */
  readonly serialOnly: boolean;
  /** counterparty evidence weight (negative for a conflicting payer), for split pools */
  readonly partyWeight: number;
  readonly partyKind: PartyKind | null;
}

export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** The first (in sort order, for determinism) key two writings share, or null. Key lists are short. */
export const sharedKey = (a: KeyHolder, b: KeyHolder): string | null => sharedKeyOf(a, b);

export type PartyKind = 'account' | 'name' | 'narration' | 'description' | 'conflict' | 'code' | 'acronym';

/** the similarity PartyFinder.find gives every party named in the narration, however found */
const NARRATION_SIM = 0.9;
const NARRATION_PERCENT = Math.round(NARRATION_SIM * 100);

const DESCRIPTION_WEIGHT = round4(WEIGHTS.counterpartyName * 0.9);

// Weights in ten-thousandths: every weight is a round4 figure, so n / 10_000 gives back the very same double, and an
// integer is stored in an object without a box of its own.
const ACCOUNT_W4 = Math.round(WEIGHTS.counterpartyAccount * 10_000);
const DESCRIPTION_W4 = Math.round(DESCRIPTION_WEIGHT * 10_000);
const CONFLICT_W4 = Math.round(WEIGHTS.counterpartyConflict * 10_000);
/** a description the narration writes word for word: as sure as an equal name */
const SAME_WORDS_W4 = Math.round(WEIGHTS.counterpartyName * 10_000);

/**
 * Whether the letters of an account code begin a name among `words`, read from a word's start across the words that
 * follow ("DOSHIH" in DOSHI HARDWARE, "NYAMBU" in NYAMBURA, "KENYAP" in KENYA POWER).
 */
export function codeBegins(code: string, words: readonly string[]): boolean {
  for (let w = 0; w < words.length; w++) {
    // a code begun by a place or a word of many names ("KENYAP" in KENYA PIPELINE as in KENYA POWER) names nobody
    if (NOT_A_NAME_START.has(words[w]!)) continue;
    let at = 0;
    for (let v = w; v < words.length && at < code.length; v++) {
      const word = words[v]!;
      let i = 0;
      while (i < word.length && at < code.length && word.charCodeAt(i) === code.charCodeAt(at)) {
        i++;
        at++;
      }
      // a word left part-way through ends the run: the code must read on from a whole word
      if (at < code.length && i < word.length) break;
    }
    if (at === code.length) return true;
  }
  return false;
}

/**
 * Words many parties' names begin with, and places a narration writes beside any payer: an account code's letters
 * starting at one of these prove nothing.
 */
const NOT_A_NAME_START = new Set(
  (
    'KENYA NIGERIA GHANA AFRICA AFRICAN SOUTH NORTH EAST WEST CENTRAL NAIROBI MOMBASA KISUMU NAKURU ELDORET THIKA ' +
    'LAGOS ABUJA KANO IBADAN PORT HARCOURT ENUGU ACCRA KUMASI TAMALE TEMA TAKORADI JOHANNESBURG JOBURG PRETORIA ' +
    'DURBAN CAPE TOWN SANDTON COUNTY CITY STATE GENERAL NATIONAL UNITED GROUP HOLDINGS INTERNATIONAL GLOBAL ROYAL ' +
    'TRADING SERVICES ENTERPRISES FIRST NEW'
  ).split(' '),
);

/**
 * Trade words: a narration naming one the party's name does not names another business. And words a party's name
 * shares with many others ("Kamau General Stores", "Eskom Holdings"): such a word in a narration names nobody in
 * particular.
 */
const TRADE_WORDS_SHARED =
  'STORES STORE SUPPLIES SUPPLY VENTURES INVESTMENTS INDUSTRIES SOLUTIONS SYSTEMS CONSTRUCTION CONTRACTORS ' +
  'HARDWARE WHOLESALE PROVISIONS FOODS FOOD DRINKS MOTORS PHARMACY PHARMACEUTICALS ESTATES HOMES PROPERTIES ' +
  'LOGISTICS TRANSPORT FREIGHT TECHNOLOGIES TECHNOLOGY ENGINEERING CONSULTING CONSULTANTS AGENCY AGENCIES FARMS FARM ' +
  'HOTEL HOTELS SHOP MART MARKET';
const TRADE_WORDS = new Set(
  `${TRADE_WORDS_SHARED} SUPERMARKET MEDICAL CLINIC HOSPITAL PRINTS PRINTING BAKERY AUTO AUTOS ELECTRICALS SPARES HAULIERS HAULAGE TRANSPORTERS GARAGE`.split(
    ' ',
  ),
);
/**
 * A trade, or an institution: a narration writing one the party's name does not names another body ("KINGS COLLEGE"
 * is not Kings Pharmacy). Institutions are no trade the party's own name may leave out: "KINGS GLOBAL" is not Kings
 * College.
 */
const OTHER_BODY_WORDS = new Set([
  ...TRADE_WORDS,
  ...'COLLEGE SCHOOL SCHOOLS ACADEMY UNIVERSITY POLYTECHNIC CHURCH'.split(' '),
]);
const COMMON_NAME_WORDS = new Set(
  `${TRADE_WORDS_SHARED} SONS BROTHERS PARTNERS ASSOCIATES OFFICE PAYMENT SALES RECEIPT CUSTOMER SUPPLIER ACCOUNT BANK`.split(
    ' ',
  ),
);

/** A trade or an institution ("PHARMACY", "ACADEMY"): written beside a name that lacks it, another body. */
export const isOtherBodyWord = (w: string): boolean => OTHER_BODY_WORDS.has(w);

/** A trade word ("PHARMACY", "HARDWARE", "TRANSPORT"): it names a business's line of work. */
export const isTradeWord = (w: string): boolean => TRADE_WORDS.has(w);

/** A payer field for a trading name: the same words, give or take a letter ("GEORGE OTIENO TRANSPORT" is not). */
const similarName = (a: readonly string[], b: readonly string[]) => tokenSimilarity(a, b) >= 0.9;

/** A place, or a trade or lead word many names share ("GENERAL", "STORES", "LAGOS"): it names nobody alone. */
export function isCommonNameWord(w: string): boolean {
  return NOT_A_NAME_START.has(w) || COMMON_NAME_WORDS.has(w) || TRADE_WORDS.has(w);
}

/**
 * Whether a narration names the entry's party, its trade and legal words aside: every word of the party's own name
 * (not a place, not a trade or lead word many names share) written whole, a given name perhaps as its initial before
 * the next ("DAVID MUTUA" for Mutua General Stores, "ESKOM" for Eskom Holdings, "ADUM DRUG" for Kumasi Adum Drug Store,
 * "B DLAMINI" for Bongani Dlamini Trading). A name's words in part are someone else ("CHINEDU EZE" is not Chinedu
 * Okafor; "GOD'S OWN PHARMACY" is not God's Grace Ventures). Too little to confirm a match on, but enough to say the
 * line names this party and no other.
 */
export function namesPartly(party: readonly string[], words: readonly string[]): boolean {
  if (party.length === 0 || words.length === 0) return false;
  // the narration names a trade the party's name does not ("JUMBO MOTORS" for Jumbo Hardware): another business
  for (let i = 0; i < words.length; i++)
    if (OTHER_BODY_WORDS.has(words[i]!) && !party.includes(words[i]!)) return false;
  let longest = 0;
  for (let i = 0; i < party.length; i++) {
    const t = party[i]!;
    if (NOT_A_NAME_START.has(t) || COMMON_NAME_WORDS.has(t) || hasDigit(t)) continue;
    if (words.includes(t)) longest = Math.max(longest, t.length);
    else if (!initialBefore(t, party[i + 1], words)) return false;
  }
  return longest >= 4;
}

/**
 * Whether the naming words of a narration (its channel words and numbers left out) all belong to the party, some in
 * the short forms banks and payers write: a run of the party's words by their initials ("MAF CARREFOUR" for Carrefour
 * Majid Al Futtaim, "PNP RETAILERS" for Pick n Pay Retailers, "T VD MERWE" for Thandi van der Merwe), two words run
 * together ("QUICK MART" for Quickmart Supermarkets), the first (given) name by its initial. Every word of the party's own name
 * (its trade and legal words aside) must be written so, and one in full of five letters or more. A word the party's
 * name does not explain is someone else ("GRACE AKINYI" is not Grace Wanjiru).
 */
export function namesInShortForms(party: readonly string[], naming: readonly string[]): boolean {
  if (party.length === 0 || naming.length === 0) return false;
  const covered = new Uint8Array(party.length);
  let whole = false;
  for (let i = 0; i < naming.length; i++) {
    const w = naming[i]!;
    if (NOT_A_NAME_START.has(w) && !party.includes(w)) continue; // a place beside any payer
    if (OTHER_BODY_WORDS.has(w) && !party.includes(w)) return false; // another trade: another business
    let j = party.indexOf(w);
    if (j >= 0) {
      covered[j] = 1;
      if (w.length >= 5 && !COMMON_NAME_WORDS.has(w) && !TRADE_WORDS.has(w)) whole = true;
      continue;
    }
    const next = naming[i + 1];
    j = next === undefined ? -1 : party.indexOf(w + next);
    if (j >= 0) {
      covered[j] = 1;
      if (!COMMON_NAME_WORDS.has(party[j]!)) whole = true;
      i++;
      continue;
    }
    // two of the party's words run together ("NEWLIFE" for Kasoa New Life Pharmacy)
    j = joinedAt(party, w);
    if (j >= 0) {
      covered[j] = covered[j + 1] = 1;
      if (!COMMON_NAME_WORDS.has(party[j]!) || !COMMON_NAME_WORDS.has(party[j + 1]!)) whole = true;
      continue;
    }
    j = initialsAt(party, w);
    if (j < 0) return false;
    for (let k = 0; k < w.length; k++) covered[j + k] = 1;
  }
  for (let j = 0; j < party.length; j++) {
    const t = party[j]!;
    // a number in the name is a store's or branch's ("Pick n Pay Franchise 4412"): banks leave it out
    if (covered[j] || hasDigit(t)) continue;
    if (!COMMON_NAME_WORDS.has(t) && !TRADE_WORDS.has(t) && !TRADE_WORDS.has(t.replace(/S$/, ''))) return false;
  }
  return whole;
}

/** Where in the party's words `w` is two words in a row written together (six letters or more), or -1. */
function joinedAt(party: readonly string[], w: string): number {
  if (w.length < 6) return -1;
  for (let j = 0; j + 1 < party.length; j++) {
    const a = party[j]!;
    if (a.length + party[j + 1]!.length === w.length && w.startsWith(a) && w.endsWith(party[j + 1]!)) return j;
  }
  return -1;
}

/**
 * Where in the party's words `w` (one to four letters) is the initials of as many words in a row, or -1. A lone letter
 * is only a given name's initial, the first word's: "PETER M" is any Peter M, not Peter Mwangi.
 */
function initialsAt(party: readonly string[], w: string): number {
  if (w.length > 4 || !/^[A-Z]+$/.test(w)) return -1;
  if (w.length === 1) return party[0]![0] === w ? 0 : -1;
  for (let j = 0; j + w.length <= party.length; j++) {
    let k = 0;
    while (k < w.length && party[j + k]![0] === w[k]) k++;
    if (k === w.length) return j;
  }
  return -1;
}

/**
 * The words of the party's name before a part in brackets the books add ("Ioryer, Terkula (PPMV Wurukum)", "Shoprite
 * Ghana (Accra Mall)"), two or more, or null (no brackets, or too little before them). Read once per entry.
 */
function ownNameOf(l: PreparedLedger): readonly string[] | null {
  const name = l.partyName;
  if (name === null || !name.includes('(')) return null;
  const known = ownNames.get(l);
  if (known !== undefined) return known;
  const words = normalizeName(name.slice(0, name.indexOf('(')));
  const own = words.length >= 2 && words.length < l.partyTokens.length ? words : null;
  ownNames.set(l, own);
  return own;
}
const ownNames = new WeakMap<PreparedLedger, readonly string[] | null>();

/**
 * The party's name written with two of its words run together, as a bank cuts a long name to fit
 * ("CRUSADERSTERLING PENS" for Crusader Sterling Pensions Ltd): narration words that, joined, spell the name's words
 * from its first, one of them running across two of its words, every word of the name but the last whole and the last
 * at least begun (three letters), ten letters or more in all.
 */
export function joinedInNarration(party: readonly string[], words: readonly string[]): boolean {
  if (party.length < 2 || party[0]!.length < 4) return false;
  const full = party.join('');
  const lastFrom = full.length - party[party.length - 1]!.length;
  for (let i = 0; i < words.length; i++) {
    // the first word begins the name and runs past its first word
    if (words[i]!.length <= party[0]!.length || !full.startsWith(words[i]!)) continue;
    let at = words[i]!.length;
    for (let j = i + 1; at < lastFrom && j < words.length && full.startsWith(words[j]!, at); j++)
      at += words[j]!.length;
    if (at >= lastFrom + 3 && at >= 10 && wordBoundaryOrLast(party, at)) return true;
    // the last word cut short after the others run together ("… PENS" for PENSIONS)
    const next = words[i + countWords(words, i, at)];
    if (at === lastFrom && at >= 10 && next !== undefined && next.length >= 3 && full.startsWith(next, at)) return true;
  }
  return false;
}

/** Whether `at` letters into the joined name end one of its words, or fall inside its last. */
function wordBoundaryOrLast(party: readonly string[], at: number): boolean {
  let end = 0;
  for (let k = 0; k < party.length - 1; k++) if ((end += party[k]!.length) === at) return true;
  return at > end;
}

/** How many words from `i` make up the first `letters` letters (joinedInNarration's run). */
function countWords(words: readonly string[], i: number, letters: number): number {
  let n = 0;
  for (let sum = 0; sum < letters && i + n < words.length; n++) sum += words[i + n]!.length;
  return n;
}

/**
 * A person written surname first, then the given name's initial (perhaps a middle name's after it), as Nigerian
 * transfers write a sender: "BALOGUN Y S" for Yemi Balogun; or the given name whole and the middle name's initial
 * ("KAMAU GRACE M" for Grace Muthoni Kamau). The surname must be written whole and be no word many
 * names share; a business's name ends in a trade word, never a surname, so it is never read so.
 */
export function surnameThenInitial(party: readonly string[], words: readonly string[]): boolean {
  if (party.length < 2 || party.length > 3) return false;
  const surname = party[party.length - 1]!;
  if (surname.length < 3 || isCommonNameWord(surname) || hasDigit(surname)) return false;
  const initial = party[0]![0]!;
  // the books keep only the initial ("S Dlamini"): a given name of that initial written whole before the surname
  // ("SIPHO DLAMINI") is that initial's, when it is no title, trade or place. After the surname a word is as often a
  // business's trade as a given name ("CHETTY PLUMBING", "DLAMINI MORTUARY"), so "CHETTY PRAKASH" is left to a person.
  const givenWhole = party.length === 2 && party[0]!.length === 1;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] === surname && words[i + 1] === initial) return true;
    if (givenWhole && words[i + 1] === surname && givenNameOf(initial, words[i]!)) return true;
    // the given name written whole after the surname and the middle name's initial after it ("KAMAU GRACE M" for Grace
    // Muthoni Kamau), as Kenyan payroll transfers write staff: all three names said, in the order banks keep them
    if (
      party.length === 3 &&
      party[0]!.length >= 3 &&
      words[i] === surname &&
      words[i + 1] === party[0] &&
      words[i + 2] === party[1]![0]
    )
      return true;
  }
  return false;
}

/** A word that can be a given name beginning with `initial`: letters only, three or more, no title, trade or place. */
const givenNameOf = (initial: string, w: string): boolean =>
  w.length >= 3 &&
  w[0] === initial &&
  /^[A-Z]+$/.test(w) &&
  !TITLES.has(w) &&
  !isCommonNameWord(w) &&
  !isMemoWord(w) &&
  !OTHER_BODY_WORDS.has(w);

/** Titles written before a name ("MRS DLAMINI" is not M Dlamini's given name; "Mr Effiong Bassey" is a person). */
const TITLES = new Set(
  'MR MRS MS MISS DR ENGR PROF REV HON CHIEF PASTOR ALHAJI ALHAJA ALH MADAM SIR LADY DEACON ELDER'.split(' '),
);

/** Whether the words write `name` as its initial just before `next` ("B DLAMINI"). */
function initialBefore(name: string, next: string | undefined, words: readonly string[]): boolean {
  if (next === undefined) return false;
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === name[0] && words[i + 1] === next) return true;
  return false;
}

function someSegmentNamed(segments: readonly (readonly string[])[], words: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) if (nameInNarration(segments[i]!, words)) return true;
  return false;
}

/**
 * Counterparty evidence as numbers (cheap: it runs for every candidate pair); words come only when explained. One per
 * run: the last finding is kept in its fields rather than returned as an object, as most pairs it looks at are thrown
 * away.
 */
export class PartyFinder {
  kind: PartyKind | null = null;
  sim = 0;
  /** the weight in ten-thousandths */
  weight4 = 0;

  get weight(): number {
    return this.weight4 / 10_000;
  }

  // the narration's words of the last line asked: one line's candidates are scored one after another
  private wordsFor: PreparedBank | null = null;
  private words: readonly string[] = [];

  private found(kind: PartyKind | null, sim: number, weight4: number): void {
    this.kind = kind;
    this.sim = sim;
    this.weight4 = weight4;
  }

  /** narrationWords(b), kept for the last line asked (whose candidates are being scored) */
  wordsOf(b: PreparedBank): readonly string[] {
    if (b !== this.wordsFor) {
      this.wordsFor = b;
      this.words = narrationWords(b);
    }
    return this.words;
  }

  /**
   * Whether the narration writes the entry's description, found as such: the whole of it word for word (the bank's own
   * words copied into the books, weighed as an equal name), else one of its parts. Not when the two write other masked
   * numbers: another phone topped up or card used, the words they share being only the network's or the shop's.
   */
  private described(b: PreparedBank, l: PreparedLedger): boolean {
    if (l.descriptionSegments.length === 0 || !someSegmentNamed(l.descriptionSegments, this.wordsOf(b))) return false;
    const words = this.wordsOf(b);
    if (l.descriptionSegments.some((seg) => businessOfTitledPerson(l.entry.description, seg, words))) return false;
    if (otherNumbersWritten(b, l)) return false;
    if (sameWords(b.line.narration, l.entry.description)) this.found('description', 1, SAME_WORDS_W4);
    else this.found('description', 0.9, DESCRIPTION_W4);
    return true;
  }

  find(b: PreparedBank, l: PreparedLedger): void {
    if (b.account && digitTextOf(l).includes(b.account)) return this.found('account', 1, ACCOUNT_W4);
    if (l.partyTokens.length === 0) {
      // a general-ledger line whose description names the payee in one of its parts ("Fuel - MRS Ikorodu"), or is the
      // bank's own wording copied by the bookkeeper
      if (this.described(b, l)) return;
      // the package's account code for the party ("KIAMBU01") begins the name the bank writes ("KIAMBU WATER …")
      if (l.partyCode !== null && (codeBegins(l.partyCode, b.nameTokens) || codeBegins(l.partyCode, this.wordsOf(b))))
        return this.found('code', 0.9, DESCRIPTION_W4);
      return this.found(null, 0, 0);
    }
    // the same name written the same way (the common case) needs no fuzzy comparison; a name's words are made once
    // per run (PreparationMemo), so the same name is most often the very same list, which joins to its own text. No
    // payer field is no similarity (tokenSimilarity's 0), found without a call.
    const named = b.nameTokens.length > 0;
    const direct = !named
      ? 0
      : b.nameTokens === l.partyTokens || joinsTo(b.nameTokens, l.partyKeyFull)
        ? 1
        : tokenSimilarity(b.nameTokens, l.partyTokens);
    // "VAN DEN HEEVER" paying is not Van der Heever: both folded to VD, the particles both sides write in full differ
    if (l.partyTokens.includes('VD') && particlesDiffer(b, l, named ? b.nameTokens : this.wordsOf(b)))
      return this.found('conflict', 0, CONFLICT_W4);
    if (direct >= MIN_NAME_SIMILARITY)
      return this.found('name', direct, Math.round(WEIGHTS.counterpartyName * direct * 10_000));
    // the payer field names another person than the party, one word apart: the narration, which writes the same
    // payer, names the party no better
    if (named && direct > 0 && namesOneWordApart(b.nameTokens, l.partyTokens)) return this.found(null, 0, 0);
    // no usable counterparty field: look for the party's name among the narration's words ("NIP TRF TO OKON FREIGHT")
    if (nameInNarration(l.partyTokens, this.wordsOf(b)))
      return compoundDiffers(l.partyName, b.line.narration) ||
        compoundCut(l.partyName, b.line.narration) ||
        businessOfTitledPerson(l.partyName, l.partyTokens, this.wordsOf(b)) ||
        tradeAfterName(l.partyTokens, b.line.narration)
        ? this.found(null, 0, 0)
        : this.found('narration', NARRATION_SIM, DESCRIPTION_W4);
    if (surnameThenInitial(l.partyTokens, this.wordsOf(b)))
      return this.found('narration', NARRATION_SIM, DESCRIPTION_W4);
    // the name before what the books add in brackets ("Ioryer, Terkula (PPMV Wurukum)": a shop's name or a branch)
    const own = ownNameOf(l);
    if (own !== null && nameInNarration(own, this.wordsOf(b)) && !tradeAfterName(own, b.line.narration))
      return this.found('narration', NARRATION_SIM, DESCRIPTION_W4);
    if (joinedInNarration(l.partyTokens, this.wordsOf(b)))
      return this.found('narration', NARRATION_SIM, DESCRIPTION_W4);
    // the party's trading name as the description writes it ("Kenya Power" booked as "Electricity - KPLC prepaid")
    if (this.described(b, l)) return;
    // a name the party trades under ("OWUSU PHARMACY" for Abena Owusu (Owusu Pharmacy))
    if (
      l.partyTradingNames.length > 0 &&
      tradingNameWritten(l.partyTradingNames, b.nameTokens, this.wordsOf(b), similarName)
    )
      return this.found('narration', NARRATION_SIM, DESCRIPTION_W4);
    // the short name a tax authority or utility goes by ("KRA PRN …" for Kenya Revenue Authority). A payer field of
    // two words or more is no short name (acronymWritten), so the party's short names are not worked out for it: most
    // pairs that get here are a named payer's amount met on someone else's item.
    if (
      b.nameTokens.length <= 1 &&
      l.partyAcronyms.length > 0 &&
      acronymWritten(l.partyAcronyms, b.nameTokens, this.wordsOf(b))
    )
      return this.found('acronym', 0.9, DESCRIPTION_W4);
    // one state's revenue service paid, another's booked ("OSIRS PAYE" against Ogun State Internal Revenue Service):
    // each short name names one service, so the line names someone else as surely as a payer field would
    if (!named && stateServicesDiffer(l.partyAcronyms, this.wordsOf(b))) return this.found('conflict', 0, CONFLICT_W4);
    // a named payer who is clearly someone else: a reference typo or a look-alike number, not proof; a payer field of
    // one word spelling the party's initials ("CSOS", "KPLC") may be its short name, no proof of either
    if (named && direct < CONFLICT_BELOW && !initialsOfParty(b.nameTokens, l.partyTokens))
      return this.found('conflict', direct, CONFLICT_W4);
    return this.found(null, 0, 0);
  }
}

/**
 * Whether the line (its payer field, else its narration) and the party write one surname's particle in full, one "van
 * der", the other "van den" ("VAN DEN HEEVER" against Van der Heever; both read as VD, as a South African bank shortens
 * either). Each surname is compared on its own: "VD WALT & VAN DEN BERG" is Van der Walt & Van den Berg. Read only for
 * names holding VD on both sides.
 */
function particlesDiffer(b: PreparedBank, l: PreparedLedger, lineWords: readonly string[]): boolean {
  if (!lineWords.includes('VD')) return false;
  const party = particlesOf(l.partyName ?? '');
  if (party.size === 0) return false;
  for (const [surname, particle] of particlesOf(b.name ?? b.line.narration ?? ''))
    if (party.has(surname) && party.get(surname) !== particle) return true;
  return false;
}

/** Each surname written after a particle in full, with the particle's last letter (R: van der, N: van den). */
function particlesOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(PARTICLE)) out.set(m[2]!.toUpperCase(), m[1]!.toUpperCase());
  return out;
}

const PARTICLE = /\bVAN\s+DE([RN])\s+([A-Z]+)/gi;

/** Whether the party is a state revenue service (by its short names) and the narration writes another's. */
function stateServicesDiffer(acronyms: readonly string[], words: readonly string[]): boolean {
  return acronyms.some(isRevenueServiceShortName) && words.some(isRevenueServiceShortName);
}

/**
 * Whether the payer field is one of the party's short names, or, with no payer field, the narration writes one as a
 * word. A payer field naming someone else ("JOHN KAMAU", a tax agent) makes initials in the narration a mere mention.
 */
/** A payer field of one word, three letters or more, that is the party's words' initials. */
const initialsOfParty = (name: readonly string[], party: readonly string[]): boolean =>
  name.length === 1 && party.length >= 3 && name[0] === initials(party);

function acronymWritten(acronyms: readonly string[], name: readonly string[], words: readonly string[]): boolean {
  if (name.length > 0) return name.length === 1 && acronyms.includes(name[0]!);
  for (let i = 0; i < words.length; i++) if (acronyms.includes(words[i]!)) return true;
  return false;
}

/**
 * The narration's normalised words, for finding a party's name in it. Not kept on the line: the candidate search reads
 * the words of most lines of a large book once or twice, and kept they would be millions of small strings held to the
 * end of the run.
 */
export function narrationWords(b: PreparedBank): readonly string[] {
  // a list made here, not in normalizeName: these die young (see normalizeNameInto)
  return normalizeNameInto(b.line.narration, []);
}

/** Whether `tokens` joined by spaces is `text`, read in place: no joined string is made for a comparison. */
function joinsTo(tokens: readonly string[], text: string): boolean {
  let at = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (t > 0 && text.charCodeAt(at++) !== SPACE) return false;
    if (at + token.length > text.length) return false;
    for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) !== text.charCodeAt(at++)) return false;
  }
  return at === text.length;
}

const SPACE = 32;

/** A bank word for a party word: the same, or an abbreviation of it ("MNT" for MOUNTAIN, "SUPERMKT" for SUPERMARKET). */
function wordFits(bank: string, party: string, givenName = false): 'exact' | 'short' | null {
  if (bank === party) return 'exact';
  // a person's given name is not cut inside: THABO is not THABISO, SEUN not SEGUN (a place's may be: TADI, Takoradi)
  if (givenName && !party.startsWith(bank) && vowels(bank) >= 2) return null;
  // the bank writes the party's word short ("MNT", "PKG"); the books only by a bookkeeper's abbreviation ("Govt")
  if (abbreviates(bank, party) || (BOOKS_ABBREVIATIONS.has(party) && abbreviates(party, bank))) return 'short';
  return null;
}

/** `short` is `word` abbreviated: its first letter, then letters of the word in order ("PKG", "AGRI", "GOVT"). */
function abbreviates(short: string, word: string): boolean {
  if (short.length < 2 || short.length >= word.length || short[0] !== word[0]) return false;
  let j = 0;
  for (let i = 0; i < word.length && j < short.length; i++) if (word[i] === short[j]) j++;
  return j === short.length;
}

function vowels(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) if ('AEIOU'.includes(word[i]!)) n++;
  return n;
}

/**
 * The abbreviations bookkeepers write in names the bank writes in full ("County Govt of Nakuru" for COUNTY GOVERNMENT
 * OF NAKURU). Only these: a name's own short word is another name ("Eze" is not EZEANI, "Thabo" not THABISO).
 */
const BOOKS_ABBREVIATIONS = new Set(
  'GOVT INTL DEPT MGMT MGT ASSOC CORP HLDGS SVCS SVS ENGR CONSTR DISTR DIST MFG MKT MKTG NATL UNIV HOSP PHARM AGRIC COOP BROS INDS INVT PROPS CNTR CTR CTRE AUTH MUNIC ELEC COMMS TRSP'.split(
    ' ',
  ),
);

/**
 * Whether a narration names the party: all its words anywhere; or its words in a row, some abbreviated ("TABLE MNT
 * TOURS" for Table Mountain Tours) and the first perhaps an initial; or its first two words or more in a row with the
 * rest cut off (banks truncate narrations at 20–35 characters, so "OKON FREIGHT" stands for "Okon Freight Services").
 */
export function nameInNarration(party: readonly string[], words: readonly string[]): boolean {
  if (party.length === 0 || words.length === 0) return false;
  // every word written, and no trade of another business set among them ("ADEBAYO PHARMACY STORES" is not Adebayo
  // Stores Ltd, another customer's name written whole)
  if (allWritten(party, words)) return !tradeAmong(party, words);
  for (let i = 0; i < words.length; i++) {
    // a given name written as its initial ("S DLAMINI DESIGN" for Sipho Dlamini Design), as banks and payers do
    const initial = party.length >= 2 && words[i]!.length === 1 && party[0]!.startsWith(words[i]!);
    if (!initial && !wordFits(words[i]!, party[0]!, party.length === 2)) continue;
    let n = 0;
    let exactLetters = 0;
    // connectives matched: "CENTRE FOR" begins many names, and names none of them
    let connectives = 0;
    while (n < party.length && i + n < words.length) {
      const fit = n === 0 && initial ? 'short' : wordFits(words[i + n]!, party[n]!, n === 0 && party.length === 2);
      if (!fit) break;
      if (fit === 'exact') exactLetters += party[n]!.length;
      if (CONNECTIVES.has(party[n]!)) connectives++;
      n++;
    }
    // a given name's initial and a surname of five letters or more, its own ("N MKHIZE" for Nomsa Mkhize, as payroll
    // transfers write staff): the initial says as much as the two letters short of seven
    const initialAndSurname =
      initial && party.length === 2 && exactLetters >= MIN_SURNAME_LETTERS && !isCommonNameWord(party[1]!);
    if (exactLetters < MIN_EXACT_LETTERS && !initialAndSurname) continue;
    if (n === party.length && n >= 2) return true;
    // the leading words of a longer name, written in full: banks cut names short or drop their last word; not when
    // the narration goes on with another business's trade ("EAST AFRICAN PORTLAND CEMENT" for East African Breweries)
    if (
      party.length >= 3 &&
      n - connectives >= 2 &&
      exactLetters >= MIN_LEADING_LETTERS &&
      !anotherTradeAfter(words, i + n, party) &&
      // leading words that are places only ("LAGOS STATE", "EAST AFRICAN") begin many names
      someOwnWord(party, n, connectives)
    )
      return true;
  }
  return false;
}

const CONNECTIVES = new Set(['FOR', 'OF', 'AND', 'THE', 'IN', 'ON', 'AGAINST', 'TO']);

/**
 * Trades that end a business's name and are seldom a payment's memo (not SUPPLIES, TRANSPORT or STORES, which a payer
 * writes of what was paid for): a name sharing its leading words with another ends so.
 */
const NAME_ENDING_TRADES = new Set(
  (
    'AIRWAYS AIRLINES BREWERIES BREWERY CEMENT MILLS MILLERS STEEL PAINTS PLASTICS TEXTILES LOGISTICS ' +
    'PHARMACEUTICALS INDUSTRIES TECHNOLOGIES CONSTRUCTION ENGINEERING HOSPITAL SUPERMARKET CABLES FASHION FASHIONS ' +
    'BOOKSHOP BOOK BOOKS FABRICS ELECTRONICS FURNITURE COSMETICS BOUTIQUE HARDWARE HARDWARES'
  ).split(' '),
);

/**
 * The name's first n words are its own: one is no place or lead word ("LAGOS STATE", "EAST AFRICAN" begin many names),
 * or three of them say it however common each is ("CITY OF CAPE TOWN").
 */
function someOwnWord(party: readonly string[], n: number, connectives: number): boolean {
  if (n - connectives >= 3) return true;
  for (let k = 0; k < n; k++) if (!NOT_A_NAME_START.has(party[k]!) && !CONNECTIVES.has(party[k]!)) return true;
  return false;
}

/** One of the two words after a name's leading words is a trade ending another's name, not this one's. */
function anotherTradeAfter(words: readonly string[], at: number, party: readonly string[]): boolean {
  for (let k = at; k < Math.min(words.length, at + 2); k++) {
    const w = words[k]!;
    if (NAME_ENDING_TRADES.has(w) && !hasWord(party, w)) return true;
  }
  return false;
}

/** The name has the word, singular or plural ("HARDWARES" is the Hardware of Mwangi & Sons Hardware Ltd). */
const hasWord = (party: readonly string[], w: string): boolean =>
  party.includes(w) || party.includes(`${w}S`) || (w.endsWith('S') && party.includes(w.slice(0, -1)));

/**
 * A compound name the party writes with a hyphen, and the narration the same first part joined to another
 * ("SEIDU ABDUL-RAZAK" for Seidu Abdul-Rahman): one name of its own each, so another person, however many letters
 * the words share. A part cut short ("ABDUL-RAH") is the same name. "Abdul" ("servant of") begins such a compound,
 * so when the party writes it joined ("Abdul-Rahman") or between two names ("Seidu Abdul Rahman") a narration
 * writing a space for the hyphen is read the same way ("SEIDU ABDUL RAZAK"), the word after it being a name (not
 * "TO", "REF" or a place). Written first or last ("Abdul Mohammed", "Mohammed Abdul") it is often a given name of its
 * own, and nothing is read.
 */
function compoundDiffers(party: string | null, narration: string | null | undefined): boolean {
  if (!party || !narration) return false;
  if (!HYPHENATED.test(party) && !BOUND_FIRST_PART.test(party)) return false;
  for (const [, first, second] of [...party.matchAll(COMPOUND), ...party.matchAll(BOUND_COMPOUND)]) {
    const b = second!.toUpperCase();
    const bound = BOUND_FIRST_PARTS.has(first!.toUpperCase());
    let other = false;
    for (const written of narration.matchAll(
      new RegExp(`\\b${first}(${bound ? '[-–—]|\\s+' : '[-–—]'})([A-Z]+)`, 'gi'),
    )) {
      const a = written[2]!.toUpperCase();
      // the party's compound written (in full or cut short) settles it, wherever else its first part is joined
      if (a.startsWith(b) || b.startsWith(a)) return false;
      // a memo joined to the name by the narration's hyphen ("KWAME OSEI-RENT MAY") is no name of its own; after a
      // space, neither is a channel's word or a place ("ABDUL TO ADEBAYO STORES", "ABDUL TAMALE")
      if (isMemoWord(a)) continue;
      if (/\s/.test(written[1]!) && (NOT_AFTER_BOUND.has(a) || isCommonNameWord(a))) continue;
      other = true;
    }
    if (other) return true;
  }
  return false;
}

/**
 * The party's hyphenated surname written as its first part alone ("MOMO TRF FRM KOFI ASANTE", "… KOFI ASANTE SCHOOL
 * FEES" for Kofi Asante-Mensah): Asante is a family name of its own, and Kofi Asante someone else; the second part
 * nowhere in the narration, not even begun ("ASANTE-MEN", cut short by the bank, is the party), and no hyphen after it.
 */
function compoundCut(party: string | null, narration: string | null | undefined): boolean {
  if (!party || !narration || !HYPHENATED.test(party)) return false;
  const upper = narration.toUpperCase();
  const words = upper.split(/[^A-Z]+/);
  for (const [, first, second] of party.matchAll(COMPOUND)) {
    const a = first!.toUpperCase();
    const b = second!.toUpperCase();
    // written, and not followed by a hyphen: that joins the bank's memo to a name it cut short ("KWAME OSEI-RENT
    // MAY"), or begins the compound
    if (!new RegExp(`\\b${a}\\b(?![-–—])`).test(upper)) continue;
    // the second part written, or begun (three letters: "ASANTE-MEN"), anywhere
    if (!words.some((w) => w.startsWith(b) || (w.length >= 3 && w !== a && b.startsWith(w)))) return true;
  }
  return false;
}

const HYPHENATED = /[A-Za-z][-–—][A-Za-z]/;
/** first parts of Arabic compound names ("servant of"): joined to the name after them */
const BOUND_FIRST_PARTS = new Set(['ABDUL', 'ABDEL', 'ABDOUL', 'ABDUR', 'ABDUS', 'ABDAL']);
/** such a first part between two names of the party: a compound written with a space */
const BOUND_FIRST_PART = /[a-z]\s+(?:abdul|abdel|abdoul|abdur|abdus|abdal)\s+[a-z]{2,}/i;
const BOUND_COMPOUND = /(?<=[a-z]\s+)(abdul|abdel|abdoul|abdur|abdus|abdal)\s+([a-z]{2,})\b/gi;
const COMPOUND = /\b([A-Za-z]{2,})[-–—]([A-Za-z]{2,})\b/g;
/** Words a narration writes after a sender's name that are no part of it. */
const NOT_AFTER_BOUND = new Set('TO FROM FRM REF FOR VIA AND THE BEING RE NO INV INVOICE BILL ACC ACCT'.split(' '));

/**
 * The narration writes the party's name (two words or more) and then, after a space and as the name is written (in
 * capitals, or each word capitalised), a kind of business the name lacks that ends the narration or its field, or
 * that a business's legal form follows: another business of the name ("MAKHADO TRACTOR SPARES", "Makhado Tractor
 * Spares (Pty) Ltd" are not Makhado Tractors). Not a memo: written small or after a slash ("GHACEM DEPOT TEMA cement",
 * "PLUMBING SUPPLIES/STEEL"), or going on with what was paid for ("MARY ATIENO HOSPITAL BILL", "CLINIC FEES"); nor a
 * word as often what was bought (STEEL, CEMENT) or a suffix the party's own name may be written with (STORES).
 */
function tradeAfterName(party: readonly string[], narration: string | null | undefined): boolean {
  const last = party[party.length - 1];
  if (!narration || party.length < 2 || !last || !/^[A-Z]{3,}$/.test(last)) return false;
  // the last word as banks cut it or drop its plural ("TRACTOR" for TRACTORS)
  const stem = last.slice(0, Math.max(3, last.length - 1));
  const found = new RegExp(
    // one run of spaces in each way the look-ahead may go: two side by side try every split of a long run
    `\\b(${stem}[A-Z]*)[ \\t]+([A-Z]+)\\b(?=[ \\t]*(?:$|[/|,;(])|[ \\t]+(?:${FORMS_AFTER})\\b)`,
    'gi',
  );
  for (const m of narration.matchAll(found)) {
    const [, name, next] = m as unknown as [string, string, string];
    if (BUSINESS_KINDS.has(next.toUpperCase()) && !party.includes(next.toUpperCase()) && sameCase(name, next))
      return true;
  }
  return false;
}
/** Legal forms after a business's name. */
const FORMS_AFTER = 'LTD|LIMITED|PTY|CC|PLC|INC|ENTERPRISES?|VENTURES?|NIG|GH|KE';
/** Two words written alike: both in capitals, or both capitalised and then small. */
const sameCase = (a: string, b: string): boolean =>
  (a === a.toUpperCase() && b === b.toUpperCase()) || (/^[A-Z][a-z]+$/.test(a) && /^[A-Z][a-z]+$/.test(b));
/** Kinds of business a name ends on that a payment's memo seldom is. */
const BUSINESS_KINDS = new Set(
  'SPARES HAULIERS HAULAGE TRANSPORTERS GARAGE BAKERY CLINIC HOSPITAL ELECTRICALS'.split(' '),
);

/** A trade word the party's name does not have, between the first and the last of its words as the text writes them. */
function tradeAmong(party: readonly string[], words: readonly string[]): boolean {
  let first = words.length;
  let last = -1;
  for (let i = 0; i < party.length; i++) {
    const at = words.indexOf(party[i]!);
    if (at < first) first = at;
    if (at > last) last = at;
  }
  for (let k = first + 1; k < last; k++) {
    const w = words[k]!;
    if ((OTHER_BODY_WORDS.has(w) || NAME_ENDING_TRADES.has(w)) && !hasWord(party, w)) return true;
  }
  return false;
}

/**
 * A person the books call by a title ("Mr Effiong Bassey", "Engr Okon Bassey"), and a narration writing the name whole
 * and then making it a business's ("BASSEY EFFIONG VENTURES"): the business is a party of its own, however often its
 * owner's name is in it. Only after a title is the party surely a person: "Kola Roofing" may well trade as "KOLA
 * ROOFING VENTURES".
 */
function businessOfTitledPerson(raw: string | null | undefined, party: readonly string[], words: readonly string[]) {
  if (!raw || !PERSONAL_TITLE.test(raw)) return false;
  let last = -1;
  for (let i = 0; i < party.length; i++) last = Math.max(last, words.indexOf(party[i]!));
  const next = words[last + 1];
  return last >= 0 && next !== undefined && BUSINESS_FORMS.has(next) && !party.includes(next);
}

// a title of TITLES, then a name
const PERSONAL_TITLE = new RegExp(`(?:^|[\\s–—(-])(?:${[...TITLES].join('|')})\\.?\\s+[A-Z]`, 'i');
/**
 * A word that ends a business's name and is seldom a payment's memo ("INDUSTRIES", "VENTURES", "LTD"; not "SUPPLY"):
 * a name going on with one the party lacks is another business's.
 */
export const endsABusinessName = (w: string): boolean => NAME_ENDING_TRADES.has(w) || BUSINESS_FORMS.has(w);

/** Words that make a name a business's: the words sole traders name their firm with, or a legal form. */
const BUSINESS_FORMS = new Set(
  'VENTURES VENTURE ENTERPRISES ENTERPRISE INDUSTRIES INVESTMENTS HOLDINGS CONCEPTS LTD LIMITED PLC INC PTY NIG'.split(
    ' ',
  ),
);

/** party.every((t) => words.includes(t)), without a closure made for each pair asked */
function allWritten(party: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i < party.length; i++) if (!words.includes(party[i]!)) return false;
  return true;
}

const partyLabel = (l: PreparedLedger) =>
  l.partyFromDescription ? `"${l.partyName}" (from the entry's description)` : `"${l.partyName}"`;

/** `percent`: the name's similarity as the evidence writes it, Math.round(sim × 100) */
function partyEvidenceOf(
  f: { kind: PartyKind; percent: number; weight: number },
  l: PreparedLedger,
  /** for a description's finding: the part of it the narration writes */
  segment?: readonly string[],
  /** for a description's finding: the narration writes all of it, word for word */
  same = false,
): Evidence {
  switch (f.kind) {
    case 'account':
      return {
        kind: 'counterparty_account',
        detail: 'counterparty account number found on the ledger entry',
        weight: f.weight,
      };
    case 'description':
      return {
        kind: 'counterparty_name',
        detail: same
          ? flat`the narration and the entry's description are the same, word for word: "${l.entry.description}"${maskedNote(l.entry.description ?? '')}`
          : segment
            ? flat`the narration writes "${segment.join(' ')}" of the entry's description "${l.entry.description}"`
            : flat`the words of the entry's description "${l.entry.description}" are in the narration`,
        weight: f.weight,
      };
    case 'conflict':
      return { kind: 'counterparty_name', detail: flat`counterparty differs from ${partyLabel(l)}`, weight: f.weight };
    case 'acronym':
      return {
        kind: 'counterparty_name',
        detail: flat`the bank line writes ${l.partyAcronyms.map((a) => `"${a}"`).join(' or ')}, the short name of ${partyLabel(l)}`,
        weight: f.weight,
      };
    case 'code':
      return {
        kind: 'counterparty_name',
        detail: flat`the entry's account code "${l.entry.party}" begins a name the bank line writes`,
        weight: f.weight,
      };
    default: {
      const where = f.kind === 'name' ? 'counterparty name' : 'party named in narration';
      return {
        kind: 'counterparty_name',
        detail: flat`${where} similar to ${partyLabel(l)} (${f.percent}%)`,
        weight: f.weight,
      };
    }
  }
}

/** ", the masked number … included" for a text writing one (the phone, card or account that tells it apart); else '' */
function maskedNote(text: string): string {
  const masked = maskedNumbersOf(text);
  if (masked.length === 0) return '';
  return masked.length === 1
    ? flat`, the masked number ${masked[0]} included`
    : flat`, the masked numbers ${masked.join(' and ')} included`;
}

function dateWeight(outside: number, windowDays: number): number {
  return outside > windowDays ? 0 : round4(WEIGHTS.date * (1 - outside / (windowDays + 1)));
}

// Evidence that reads the same for every pair it explains is one shared, frozen object (most matches carry both), so
// a million matches do not hold a million copies of it. Nothing changes evidence once made.
const SAME_AMOUNT: Evidence = Object.freeze({
  kind: 'amount_exact',
  detail: 'same amount',
  weight: WEIGHTS.amountExact,
}) as Evidence;
const WITHIN_SPAN: Evidence = Object.freeze({
  kind: 'date',
  detail: "date within the entry's date and due date",
  weight: dateWeight(0, 0),
}) as Evidence;

// an entry with no due date spans its one day: a line inside it is of the same date (a payment has no terms)
const SAME_DATE: Evidence = Object.freeze({
  kind: 'date',
  detail: 'same date as the entry',
  weight: dateWeight(0, 0),
}) as Evidence;

export function dateEvidence(b: PreparedBank, l: PreparedLedger, windowDays: number): Evidence | null {
  const outside = daysOutside(b, l);
  if (outside > windowDays) return null;
  if (outside === 0) return l.endDay > l.day ? WITHIN_SPAN : SAME_DATE;
  let byDays = DAYS_FROM_ENTRY.get(windowDays);
  if (byDays === undefined) DAYS_FROM_ENTRY.set(windowDays, (byDays = new Map()));
  let e = byDays.get(outside);
  if (e === undefined) {
    e = Object.freeze({
      kind: 'date',
      detail: `date ${counted(outside, 'day')} from the entry`,
      weight: dateWeight(outside, windowDays),
    }) as Evidence;
    byDays.set(outside, e);
  }
  return e;
}

/** By date window, then by days outside the entry's span: the few date evidences there are, each made once. */
const DAYS_FROM_ENTRY = new Map<number, Map<number, Evidence>>();

/** What scoring needs besides the pair: one per run, shared by every pair it scores. */
export interface ScoringContext {
  readonly tolerance: Tolerance;
  readonly windowDays: number;
  readonly writeOffAccount: string;
  /**
   * One run's evidence for a bank name equal to the entry's party, by the party's words: a customer's many matches
   * share one frozen object rather than each holding the same sentence. The words stand for the party's name: a run
   * makes one list of them per name written (PreparationMemo), so the look-up compares lists, not texts (a name's text
   * is a string of its own on every entry, hashed and compared in full by a look-up by name). An equal name has words.
   */
  readonly sameName?: Map<readonly string[], Evidence>;
  /**
   * The run's counterparty finder (its last finding is scratch space, so runs never share one). Required: a caller
   * reusing a finding (scoreWithFit's partyFound) must be reading the same finder that made it.
   */
  readonly party: PartyFinder;
}

const FITS: readonly AmountFit[] = ['exact', 'under_within', 'over_within', 'over', 'short', 'partial', 'none'];

/**
 * FITS.indexOf(fit). A switch, as every pair scored asks: a Map was a hash look-up per pair, and an object keyed by
 * the fit a megamorphic load (one site, seven names).
 */
function fitCode(fit: AmountFit): number {
  switch (fit) {
    case 'exact':
      return 0;
    case 'under_within':
      return 1;
    case 'over_within':
      return 2;
    case 'over':
      return 3;
    case 'short':
      return 4;
    case 'partial':
      return 5;
    case 'none':
      return 6;
  }
}
const KINDS: readonly (PartyKind | null)[] = [
  null,
  'account',
  'name',
  'narration',
  'description',
  'conflict',
  'code',
  'acronym',
];

/** KINDS.indexOf(kind), as a switch (see fitCode). */
function kindCode(kind: PartyKind | null): number {
  switch (kind) {
    case null:
      return 0;
    case 'account':
      return 1;
    case 'name':
      return 2;
    case 'narration':
      return 3;
    case 'description':
      return 4;
    case 'conflict':
      return 5;
    case 'code':
      return 6;
    case 'acronym':
      return 7;
  }
}
/** party weights in ten-thousandths lie well inside ±WEIGHT4_BIAS, so biased they pack as a non-negative integer */
const WEIGHT4_BIAS = 1 << 14;
/** where a name's similarity is packed: its percent (0..100, 7 bits), then whether it is exactly 1 */
const PERCENT_SHIFT = 21;
const EXACT_NAME_BIT = 1 << 28;

/**
 * A scored pair, which is also the candidate pair itself (its own `s`): one object per kept candidate, holding only
 * numbers and references. The evidence (with its sentences) is built only when someone reads it — for the pairs that
 * reach the output — which keeps large runs light on memory.
 */
export class ScoredPair implements PairScore {
  // Only what ranks and filters candidates is stored, as small integers: a double field would be a boxed number of its
  // own, an object more per pair. `packed` is the fit, the party kind and the party weight; `strength4` the strength
  // in ten-thousandths (strength is a round4 figure, so dividing gives back the same double). A name's similarity is
  // packed too (the percent its evidence writes, and whether it is exactly 1), so its evidence needs no second finding.
  private readonly packed: number;
  private readonly strength4: number;

  constructor(
    readonly b: PreparedBank,
    readonly l: PreparedLedger,
    /** the shared key's id in the line's key table, −1 for none: its text is made only when read (key) */
    readonly keyId: number,
    fit: AmountFit,
    partyKind: PartyKind | null,
    partyWeight4: number,
    strength4: number,
    private readonly ctx: ScoringContext,
    sim = 0,
  ) {
    this.packed =
      fitCode(fit) |
      (kindCode(partyKind) << 3) |
      ((partyWeight4 + WEIGHT4_BIAS) << 6) |
      (partyKind === 'name' ? (Math.round(sim * 100) << PERCENT_SHIFT) | (sim === 1 ? EXACT_NAME_BIT : 0) : 0);
    this.strength4 = strength4;
  }

  get fit(): AmountFit {
    return FITS[this.packed & 7]!;
  }

  get partyKind(): PartyKind | null {
    return KINDS[(this.packed >> 3) & 7]!;
  }

  get partyWeight(): number {
    return (((this.packed >> 6) & 0x7fff) - WEIGHT4_BIAS) / 10_000;
  }

  get strength(): number {
    return this.strength4 / 10_000;
  }

  get confidence(): number {
    return round4(Math.max(0, Math.min(1, this.strength)));
  }

  /** the pair's score is the pair */
  get s(): this {
    return this;
  }

  /**
   * The smallest key the two share, or null. Made on each read and not kept: most pairs are never asked, and a text kept
   * for each pair scored was some 60 MB at a million lines.
   */
  get key(): string | null {
    return this.keyId < 0 ? null : this.b.keyTable.textOnce(this.keyId);
  }

  get referenceHit(): boolean {
    return this.keyId >= 0;
  }

  // sharedKey returns the smallest shared key and "S:" sorts after every other kind, so S means no other key is shared
  get serialOnly(): boolean {
    return this.keyId >= 0 && this.b.keyTable.startsWith(this.keyId, SERIAL_KEY_HEAD);
  }

  /** A list of its own size (no room left over, as a list grown by pushing has): a match keeps it. */
  get evidence(): Evidence[] {
    const key = this.key;
    const reference: Evidence | null = key
      ? {
          kind: 'reference',
          detail: describeKeyWithin('reference ', key, ' in bank text and ledger entry'),
          weight: WEIGHTS.reference,
        }
      : null;
    const amount = this.amountEvidence();
    const party = this.partyKind ? this.partyEvidence(this.partyKind) : null;
    const date = dateEvidence(this.b, this.l, this.ctx.windowDays);
    return present(reference, amount, party, date);
  }

  private amountEvidence(): Evidence | null {
    const diff = this.b.abs - this.l.abs;
    switch (this.fit) {
      case 'exact':
        return SAME_AMOUNT;
      case 'under_within':
        return {
          kind: 'amount_within_tolerance',
          detail: `short by ${-diff} minor units, within tolerance`,
          weight: WEIGHTS.amountWithinTolerance,
        };
      case 'over_within':
      case 'over':
        return {
          kind: 'amount_within_tolerance',
          detail: digitsSwapped(this.b.abs, this.l.abs)
            ? `over-paid by ${diff} minor units: ${this.swappedWords()}`
            : `over-paid by ${diff} minor units, kept as a residual`,
          weight: WEIGHTS.amountOver,
        };
      case 'short': {
        if (digitsSwapped(this.b.abs, this.l.abs))
          return {
            kind: 'amount_within_tolerance',
            detail: `short by ${-diff} minor units: ${this.swappedWords()}`,
            weight: WEIGHTS.amountShortDeduction,
          };
        const d = deductionFor(this.b.line.currency, this.l.abs, -diff, this.l.entry.date);
        return {
          kind: 'amount_within_tolerance',
          detail: `short by ${-diff} minor units, outside the tolerance: perhaps ${d?.label ?? 'a deduction'}, to be written off to ${(d && deductionAccount(d, this.b.sign)) ?? this.ctx.writeOffAccount} only with an override of the tolerance and a reason`,
          weight: WEIGHTS.amountShortDeduction,
        };
      }
      case 'partial':
        return {
          kind: 'amount_within_tolerance',
          detail: digitsSwapped(this.b.abs, this.l.abs)
            ? `short by ${-diff} minor units: ${this.swappedWords()}`
            : `part payment: short by ${-diff} minor units`,
          weight: this.keyId < 0 ? partialWeight(this.b, this.l) : WEIGHTS.amountPartial,
        };
      case 'none':
        return null;
    }
  }

  /** The books' amount and the bank's written with two digits swapped: what to do about it, in words. */
  private swappedWords(): string {
    return `the books' ${this.l.abs} minor units and the bank's ${this.b.abs} minor units are the same digits with two swapped, a typing error: correct the entry in the books rather than write the difference off or keep it`;
  }

  private partyEvidence(kind: PartyKind): Evidence {
    // only a name's similarity is written from the pair, as packed when it was scored; a narration's finding is always
    // 0.9 (PartyFinder.find) and the other kinds write none
    if (kind !== 'name') {
      // the part of the description the narration writes, found again only for the sentence; the whole of it weighs
      // more (PartyFinder.described)
      const same = kind === 'description' && Math.round(this.partyWeight * 10_000) === SAME_WORDS_W4;
      const words = kind === 'description' && !same ? narrationWords(this.b) : null;
      const segment = words ? this.l.descriptionSegments.find((part) => nameInNarration(part, words)) : undefined;
      return partyEvidenceOf({ kind, percent: NARRATION_PERCENT, weight: this.partyWeight }, this.l, segment, same);
    }
    const { sameName } = this.ctx;
    if (!sameName || (this.packed & EXACT_NAME_BIT) === 0 || this.l.partyFromDescription || this.l.partyName === null)
      return partyEvidenceOf(this.nameFinding(), this.l);
    const words = this.l.partyTokens;
    let e = sameName.get(words);
    if (!e) sameName.set(words, (e = Object.freeze(partyEvidenceOf(this.nameFinding(), this.l)) as Evidence));
    return e;
  }

  /** The name's finding as packed when the pair was scored (made only when a sentence is written from it). */
  private nameFinding(): { kind: PartyKind; percent: number; weight: number } {
    return { kind: 'name', percent: (this.packed >> PERCENT_SHIFT) & 0x7f, weight: this.partyWeight };
  }
}

/** The items given, nulls left out, in a list of exactly their number. */
function present(a: Evidence | null, b: Evidence | null, c: Evidence | null, d: Evidence | null): Evidence[] {
  if (a === null) return present3(b, c, d);
  if (b === null) return present3(a, c, d);
  if (c === null) return d === null ? [a, b] : [a, b, d];
  return d === null ? [a, b, c] : [a, b, c, d];
}

function present3(a: Evidence | null, b: Evidence | null, c: Evidence | null): Evidence[] {
  if (a === null) return b === null ? (c === null ? [] : [c]) : c === null ? [b] : [b, c];
  if (b === null) return c === null ? [a] : [a, c];
  return c === null ? [a, b] : [a, b, c];
}

const AMOUNT_WEIGHT: Record<AmountFit, number> = {
  exact: WEIGHTS.amountExact,
  under_within: WEIGHTS.amountWithinTolerance,
  over_within: WEIGHTS.amountOver,
  over: WEIGHTS.amountOver,
  short: WEIGHTS.amountShortDeduction,
  partial: WEIGHTS.amountPartial,
  none: 0,
};
/**
 * A part of the entry weighs more when the line says it pays a part ("… PART PMT") and nothing else ties it to the
 * entry but the payer, nor quotes another document: enough to offer it, not to rank it above the parts of a
 * reference together, nor another invoice of the payer above the one the line quotes.
 */
function partialWeight(b: PreparedBank, l: PreparedLedger): number {
  if (!saysPartPayment(b.line.narration)) return WEIGHTS.amountPartial;
  const quoted = quotedSerials(bankWords(b));
  return quoted.length === 0 || writesSerial(quoted, entryWords(l))
    ? WEIGHTS.amountPartialStated
    : WEIGHTS.amountPartial;
}

/** AMOUNT_WEIGHT by fitCode: an element read per pair (see fitCode) */
const AMOUNT_WEIGHT_BY_CODE: readonly number[] = FITS.map((f) => AMOUNT_WEIGHT[f]);

/** fitOf for an entry of amount `dueAbs`, from an index's copy of it: the entry itself is not read. */
export const fitOfAmount = (b: PreparedBank, dueAbs: number, ctx: ScoringContext): AmountFit =>
  amountFit(b.abs, dueAbs, ctx.tolerance, b.line.currency);

/** How the paid amount of b relates to l's (the first and cheapest part of a score: most candidates end here). */
export const fitOf = (b: PreparedBank, l: PreparedLedger, ctx: ScoringContext): AmountFit => fitOfAmount(b, l.abs, ctx);

/**
 * The pair scored, given its amount fit (and the id of the key it shares, −1 for none, when the caller already knows it; `partyFound`: the
 * last partyWeightOf call with this context was for this very pair, so its finding is reused).
 */
export function scoreWithFit(
  b: PreparedBank,
  l: PreparedLedger,
  fit: AmountFit,
  ctx: ScoringContext,
  key: number = sharedKeyIdOf(b, l),
  partyFound = false,
): ScoredPair {
  const party = ctx.party;
  if (!partyFound) party.find(b, l);
  const total =
    (key >= 0 ? WEIGHTS.reference : 0) +
    (fit === 'partial' && key < 0 ? partialWeight(b, l) : AMOUNT_WEIGHT_BY_CODE[fitCode(fit)]!) +
    party.weight +
    dateWeight(daysOutside(b, l), ctx.windowDays);
  // round4, kept as the integer it divides; `| 0` makes a −0 (a sum a hair below zero) a 0, which compares the same,
  // so the field stays a small integer and is never boxed
  return new ScoredPair(b, l, key, fit, party.kind, party.weight4, Math.round(total * 10_000) | 0, ctx, party.sim);
}

/**
 * The counterparty weight of a pair alone (negative for a conflicting payer), without building a score: the payer's
 * own items are kept only when it is positive.
 */
export function partyWeightOf(b: PreparedBank, l: PreparedLedger, ctx: ScoringContext): number {
  const party = ctx.party;
  party.find(b, l);
  return party.weight;
}

export function scorePair(
  b: PreparedBank,
  l: PreparedLedger,
  tolerance: Tolerance,
  windowDays: number,
  writeOffAccount = 'Bank charges',
): PairScore {
  const ctx: ScoringContext = { tolerance, windowDays, writeOffAccount, party: new PartyFinder() };
  return scoreWithFit(b, l, fitOf(b, l, ctx), ctx);
}
