/**
 * Counterparty evidence: an account number is decisive; otherwise names are compared fuzzily after removing the
 * noise banks add ("LTD", "NIG", "&" vs "AND", "TRF FROM", truncation at 20–35 characters).
 */

import { isDigit } from './reference-text.js';
import { isBankName } from './bank-names.js';

const NOISE = new Set([
  'LTD',
  'LIMITED',
  'PLC',
  'NIG',
  'NIGERIA',
  'CO',
  'COMPANY',
  'ENT',
  'ENTERPRISES',
  'ENTERPRISE',
  'INC',
  'CC',
  'NPC',
  'LLC',
  'PTY',
  // South Africa's state-owned company (Eskom Holdings SOC Ltd)
  'SOC',
  'THE',
  'MR',
  'MRS',
  'MS',
  'DR',
  'TRF',
  'TRANSFER',
  'FROM',
  'TO',
  'NIP',
  'FT',
  'MOB',
  'MOBILE',
  'VIA',
  'BY',
  'PAYMENT',
  'GH',
  'KE',
  'SA',
  'AND',
  'OF',
]);

/**
 * Titles written before a name ("Alhaji Rasaki Balogun", "Engr Chidi Okafor"): the books keep them, banks drop them.
 * Dropped only when two words of the name are left: "Chief Okafor" left as OKAFOR would be any Okafor. Not noise
 * stubs: a name cut short is never read as the start of one ("CHI" is a name, not CHIEF cut short).
 */
const TITLES = new Set('ALHAJI ALHAJA ALH HAJIA CHIEF ENGR PASTOR PST PROF HON MISS MADAM MALLAM BARR'.split(' '));
/** Honorifics read as noise in a name, and clergy's (REV, FR, SR). */
const HONORIFICS = new Set('MR MRS MS DR REV REVD FR SR'.split(' '));

/** A word written before a name ("MR OMONDI", "Alhaji Balogun", "Rev. Fr. Okeke"): it says a name follows. */
export const isNameTitle = (word: string): boolean => TITLES.has(word) || HONORIFICS.has(word);

const NOISE_LIST = [...NOISE].filter((w) => w.length >= 4);

/** The start of a noise word of four letters or more ("ENTERP" of ENTERPRISES). */
function isNoiseStub(word: string): boolean {
  for (let i = 0; i < NOISE_LIST.length; i++) if (NOISE_LIST[i]!.startsWith(word)) return true;
  return false;
}

/**
 * A name's words, upper case, letters and digits only, without the noise words: "Adebayo & Sons (Nig) Ltd." gives
 * ADEBAYO SONS. Diacritics are dropped ("Adébáyọ̀" is ADEBAYO), since banks write names in plain capitals. An apostrophe
 * within a word is dropped (NANDO'S is NANDOS); every other character separates words; "&" is the word AND. One pass over the upper-cased name.
 */
export function normalizeName(name: string | null | undefined): string[] {
  return normalizeNameInto(name, []);
}

/**
 * normalizeName's words added to `words` (empty): a caller whose lists die young passes a list made in its own code.
 * V8 decides per place in the code where a list is made whether to make its lists straight in the old generation,
 * from how many of them outlived a young collection: the prepared names' words, kept all run, would have the
 * candidate search's narration words (millions, read once) made there too, left for a full collection to free.
 */
export function normalizeNameInto(name: string | null | undefined, words: string[]): string[] {
  if (!name) return words;
  const from = words.length;
  let upper = withoutMarks(name).toUpperCase();
  // "Co-op" is one word (COOP, as banks write it), not the company word CO and OP
  if (upper.includes('CO-OP')) upper = upper.replace(CO_OP, 'COOP');
  const n = upper.length;
  let i = 0;
  while (i < n) {
    const c = upper.charCodeAt(i);
    if (isWordCharacter(c)) {
      const start = i;
      while (i < n && isWordCharacter(upper.charCodeAt(i))) i++;
      // an apostrophe inside a word is dropped, not a break: banks write NANDO'S as NANDOS and O'BRIEN as OBRIEN
      if (i + 1 < n && isApostrophe(upper.charCodeAt(i)) && isWordCharacter(upper.charCodeAt(i + 1))) {
        let word = upper.slice(start, i);
        while (i + 1 < n && isApostrophe(upper.charCodeAt(i)) && isWordCharacter(upper.charCodeAt(i + 1))) {
          const from = ++i;
          while (i < n && isWordCharacter(upper.charCodeAt(i))) i++;
          word += upper.slice(from, i);
        }
        keepWord(words, word);
      } else keepWord(words, upper.slice(start, i));
    } else {
      if (c === AMPERSAND) keepWord(words, 'AND');
      i++;
    }
  }
  dropTitles(words, from);
  return words;
}

/** The titles among words[from ..] taken out, when two other words are left. */
function dropTitles(words: string[], from: number): void {
  let titles = 0;
  for (let i = from; i < words.length; i++) if (TITLES.has(words[i]!)) titles++;
  if (titles === 0 || words.length - from - titles < 2) return;
  let at = from;
  for (let i = from; i < words.length; i++) if (!TITLES.has(words[i]!)) words[at++] = words[i]!;
  words.length = at;
}

const CO_OP = /\bCO-OP\b/g;
const AMPERSAND = 38;
/** ' and ’ (the typographic apostrophe word processors put in names) */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * The text decomposed (compatibility forms too: "ﬁ", full-width letters) without its combining marks: tone marks and
 * underdots fall away and the base letters stay. Plain ASCII text, nearly every name, is returned as it is.
 */
function withoutMarks(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) >= 128) return text.normalize('NFKD').replace(COMBINING_MARKS, '');
  return text;
}

const COMBINING_MARKS = /\p{M}+/gu;

/** `[A-Z0-9]` */
const isWordCharacter = (c: number): boolean => (c >= 65 && c <= 90) || isDigit(c);

function keepWord(words: string[], word: string): void {
  // South African banks shorten the surname particles "van der" and "van den" to VD ("VD MERWE BOERDERY") where the books write it
  // whole: the whole particle is read as VD, as VD itself stays (a person's two initials, "VD MOKOENA", are VD too)
  if ((word === 'DER' || word === 'DEN') && words.length > 0 && words[words.length - 1] === 'VAN')
    words[words.length - 1] = 'VD';
  else if (!NOISE.has(word)) words.push(word);
}

/**
 * Dice coefficient on character bigrams of the joined tokens (the first `na` of `a`, all of `b`): tolerant of typos and
 * missing spaces. It runs for many candidate pairs, so the bigrams are numbers (two UTF-16 code units) in scratch
 * arrays, read from the tokens in place (no joined string is made), sorted and counted in step.
 */
function dice(a: readonly string[], na: number, b: readonly string[], lengthA: number, lengthB: number): number {
  if (lengthA < 2 || lengthB < 2) return 0;
  leftGrams = bigramsOf(a, na, lengthA, leftGrams);
  rightGrams = bigramsOf(b, b.length, lengthB, rightGrams);
  const ga = lengthA - 1;
  const gb = lengthB - 1;
  let overlap = 0;
  for (let i = 0, j = 0; i < ga && j < gb;) {
    if (leftGrams[i]! === rightGrams[j]!) {
      overlap++;
      i++;
      j++;
    } else if (leftGrams[i]! < rightGrams[j]!) i++;
    else j++;
  }
  return (2 * overlap) / (ga + gb);
}

// Scratch for dice only, grown to the longest name met (names are short): never more than two arrays.
let leftGrams: Uint32Array = new Uint32Array(64);
let rightGrams: Uint32Array = new Uint32Array(64);

/**
 * The bigrams of tokens[0 .. count) joined (`length` code units in all, at least 2), as sorted numbers at the start of
 * `into` (grown when the text is longer). A bigram may span two tokens, as in the joined text.
 */
function bigramsOf(tokens: readonly string[], count: number, length: number, into: Uint32Array): Uint32Array {
  const n = length - 1;
  const grams = n <= into.length ? into : new Uint32Array(n * 2);
  let at = 0;
  let previous = -1;
  for (let t = 0; t < count; t++) {
    const token = tokens[t]!;
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (previous >= 0) grams[at++] = previous * 65_536 + c;
      previous = c;
    }
  }
  if (n <= 32) {
    // names are short: an insertion sort in place beats sorting a view
    for (let i = 1; i < n; i++) {
      const g = grams[i]!;
      let j = i - 1;
      for (; j >= 0 && grams[j]! > g; j--) grams[j + 1] = grams[j]!;
      grams[j + 1] = g;
    }
  } else grams.subarray(0, n).sort();
  return grams;
}

/** Code units in tokens[0 .. count) joined without a separator. */
function joinedLength(tokens: readonly string[], count: number): number {
  let length = 0;
  for (let t = 0; t < count; t++) length += tokens[t]!.length;
  return length;
}

/** Whether a[0 .. na) and all of b joined without a separator are the same text (of `length` code units each). */
function sameJoined(a: readonly string[], na: number, b: readonly string[], length: number): boolean {
  let ta = 0;
  let ia = 0;
  let tb = 0;
  let ib = 0;
  for (let k = 0; k < length; k++) {
    while (ia === a[ta]!.length) {
      ta++;
      ia = 0;
    }
    while (ib === b[tb]!.length) {
      tb++;
      ib = 0;
    }
    if (a[ta]!.charCodeAt(ia++) !== b[tb]!.charCodeAt(ib++)) return false;
  }
  return true;
}

/**
 * Whether a[0 .. count) and b[0 .. count), each sorted and joined by spaces, are the same text: the same words with
 * the same counts, when no word holds a space (names never do; otherwise the joined texts are compared as they are).
 */
function sameWordsAnyOrder(a: readonly string[], b: readonly string[], count: number): boolean {
  for (let i = 0; i < count; i++) if (a[i]!.includes(' ') || b[i]!.includes(' ')) return sortedJoinsEqual(a, b, count);
  for (let i = 0; i < count; i++) {
    const word = a[i]!;
    if (countOf(a, count, word) !== countOf(b, count, word)) return false;
  }
  return true;
}

function countOf(words: readonly string[], count: number, word: string): number {
  let n = 0;
  for (let i = 0; i < count; i++) if (words[i] === word) n++;
  return n;
}

function sortedJoinsEqual(a: readonly string[], b: readonly string[], count: number): boolean {
  return a.slice(0, count).sort().join(' ') === b.slice(0, count).sort().join(' ');
}

/**
 * Similarity 0..1 of a bank counterparty name to a ledger party. Bank names are often truncated, so a bank name whose
 * tokens are all a prefix of the party's tokens scores high ("ADITHYA MEDICAL AND GENERAL" vs "… GENERAL STORES").
 */
export function nameSimilarity(bankName: string | null | undefined, partyName: string | null | undefined): number {
  return tokenSimilarity(normalizeName(bankName), normalizeName(partyName));
}

/**
 * nameSimilarity over already-normalised tokens (the engine normalises each name once). It runs for every candidate
 * pair whose names differ, so it makes nothing: the joined names are read from the tokens in place.
 */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  // a bank name cut short inside a noise word ("… ENTERP" for ENTERPRISES): the stub is noise too, left out by
  // counting only the words before it
  let na = a.length;
  const last = a[na - 1];
  if (last && last.length >= 3 && na > 1 && !b.includes(last) && isNoiseStub(last)) na--;
  if (na === 0 || b.length === 0) return 0;
  const lengthA = joinedLength(a, na);
  const lengthB = joinedLength(b, b.length);
  if (lengthA === lengthB && sameJoined(a, na, b, lengthA)) return 1;
  let score = dice(a, na, b, lengthA, lengthB);
  // names alike but for one whole word of their own (ADEBAYO OLUWASEUN, Adebayo Oluwasegun): two people, however
  // many letters the words share; a word cut short or run on (TRANSPORT, TRANSPORTERS) is not this
  if (score >= 0.9 && oneWordApart(a, na, b)) score = Math.min(score, ONE_WORD_APART);
  // truncated bank name: every bank token matches the party's tokens in order (last one may be cut short)
  if (na >= 2 && na <= b.length && isTruncationOf(a, na, b)) score = Math.max(score, 0.9);
  // same words in another order ("OKAFOR CHINEDU" vs "CHINEDU OKAFOR")
  if (na === b.length && sameWordsAnyOrder(a, b, na)) score = Math.max(score, 0.95);
  return score;
}

/** Below the similarity from which two names are one party (MIN_NAME_SIMILARITY), above a clear conflict. */
const ONE_WORD_APART = 0.6;

/** Two names the same but for one whole word of each (OLUWASEUN, OLUWASEGUN): two people, or two businesses. */
export const namesOneWordApart = (a: readonly string[], b: readonly string[]): boolean => oneWordApart(a, a.length, b);

/**
 * Names of the same words in the same places but one, neither of those two the other cut short (OLUWASEUN ADEBAYO
 * STORES, Oluwasegun Adebayo Stores). A bank's name in its place ("EKO HOTELS GTBANK" for Eko Hotels & Suites) is the
 * bank's doing, not another name.
 */
function oneWordApart(a: readonly string[], na: number, b: readonly string[]): boolean {
  if (na !== b.length || na < 2) return false;
  let apart = -1;
  for (let i = 0; i < na; i++) {
    if (a[i] === b[i]) continue;
    if (apart >= 0) return false;
    apart = i;
  }
  if (apart < 0) return false;
  const x = a[apart]!;
  const y = b[apart]!;
  return x.length >= 4 && y.length >= 4 && !x.startsWith(y) && !y.startsWith(x) && !isBankName(x) && !isBankName(y);
}

/** Every token of a[0 .. na) is the token of `b` in the same place; the last may be cut short. */
function isTruncationOf(a: readonly string[], na: number, b: readonly string[]): boolean {
  const last = na - 1;
  for (let i = 0; i < last; i++) if (b[i] !== a[i]) return false;
  return b[last]!.startsWith(a[last]!);
}

/** Digits only, for comparing account numbers written with spaces or dashes. */
export function accountDigits(account: string | null | undefined): string | null {
  if (!account) return null;
  let digits = 0;
  for (let i = 0; i < account.length; i++) if (isDigit(account.charCodeAt(i))) digits++;
  if (digits < 6) return null;
  return digits === account.length ? account : account.replace(/\D/g, '');
}

/**
 * The party a bank counterparty name designates among known parties, or null when none is close enough or when two
 * parties are equally close (a tie decides nothing).
 */
export function resolveParty(bankName: string, parties: readonly string[], minScore = 0.8): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  for (const p of [...new Set(parties)].sort()) {
    const s = nameSimilarity(bankName, p);
    if (s > bestScore + 1e-9) {
      best = p;
      bestScore = s;
      tied = false;
    } else if (Math.abs(s - bestScore) <= 1e-9 && s > 0) tied = true;
  }
  return best !== null && bestScore >= minScore && !tied ? best : null;
}
