/**
 * Counterparty evidence: an account number is decisive; otherwise names are compared fuzzily after removing the
 * noise banks add ("LTD", "NIG", "&" vs "AND", "TRF FROM", truncation at 20–35 characters).
 */

import { isDigit } from './reference-text.js';

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

const NOISE_LIST = [...NOISE].filter((w) => w.length >= 4);

/** The start of a noise word of four letters or more ("ENTERP" of ENTERPRISES). */
function isNoiseStub(word: string): boolean {
  for (let i = 0; i < NOISE_LIST.length; i++) if (NOISE_LIST[i]!.startsWith(word)) return true;
  return false;
}

/**
 * A name's words, upper case, letters and digits only, without the noise words: "Adebayo & Sons (Nig) Ltd." gives
 * ADEBAYO SONS. Diacritics are dropped ("Adébáyọ̀" is ADEBAYO), since banks write names in plain capitals. Every
 * other character separates words; "&" is the word AND. One pass over the upper-cased name.
 */
export function normalizeName(name: string | null | undefined): string[] {
  if (!name) return [];
  const upper = withoutMarks(name).toUpperCase();
  const words: string[] = [];
  const n = upper.length;
  let i = 0;
  while (i < n) {
    const c = upper.charCodeAt(i);
    if (isWordCharacter(c)) {
      const start = i;
      while (i < n && isWordCharacter(upper.charCodeAt(i))) i++;
      keepWord(words, upper.slice(start, i));
    } else {
      if (c === AMPERSAND) keepWord(words, 'AND');
      i++;
    }
  }
  return words;
}

const AMPERSAND = 38;

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
  if (!NOISE.has(word)) words.push(word);
}

/**
 * Dice coefficient on character bigrams of the joined tokens: tolerant of typos and missing spaces. It runs for many
 * candidate pairs, so the bigrams are numbers (two UTF-16 code units) in scratch arrays, sorted and counted in step.
 */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  leftGrams = bigramsOf(a, leftGrams);
  rightGrams = bigramsOf(b, rightGrams);
  const na = a.length - 1;
  const nb = b.length - 1;
  let overlap = 0;
  for (let i = 0, j = 0; i < na && j < nb;) {
    if (leftGrams[i]! === rightGrams[j]!) {
      overlap++;
      i++;
      j++;
    } else if (leftGrams[i]! < rightGrams[j]!) i++;
    else j++;
  }
  return (2 * overlap) / (na + nb);
}

let leftGrams: Uint32Array = new Uint32Array(64);
let rightGrams: Uint32Array = new Uint32Array(64);

/** The text's bigrams as sorted numbers at the start of `into` (grown when the text is longer). */
function bigramsOf(text: string, into: Uint32Array): Uint32Array {
  const n = text.length - 1;
  const grams = n <= into.length ? into : new Uint32Array(n * 2);
  for (let i = 0; i < n; i++) grams[i] = text.charCodeAt(i) * 65_536 + text.charCodeAt(i + 1);
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

/**
 * Similarity 0..1 of a bank counterparty name to a ledger party. Bank names are often truncated, so a bank name whose
 * tokens are all a prefix of the party's tokens scores high ("ADITHYA MEDICAL AND GENERAL" vs "… GENERAL STORES").
 */
export function nameSimilarity(bankName: string | null | undefined, partyName: string | null | undefined): number {
  return tokenSimilarity(normalizeName(bankName), normalizeName(partyName));
}

/** nameSimilarity over already-normalised tokens (the engine normalises each name once). */
export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  // a bank name cut short inside a noise word ("… ENTERP" for ENTERPRISES): the stub is noise too
  const last = a[a.length - 1];
  if (last && last.length >= 3 && a.length > 1 && !b.includes(last) && isNoiseStub(last)) a = a.slice(0, -1);
  if (a.length === 0 || b.length === 0) return 0;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === joinedB) return 1;
  let score = dice(joinedA, joinedB);
  // truncated bank name: every bank token matches the party's tokens in order (last one may be cut short)
  if (a.length >= 2 && a.length <= b.length && isTruncationOf(a, b)) score = Math.max(score, 0.9);
  // same words in another order ("OKAFOR CHINEDU" vs "CHINEDU OKAFOR")
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) score = Math.max(score, 0.95);
  return score;
}

/** Every token of `a` is the token of `b` in the same place; the last may be cut short. */
function isTruncationOf(a: readonly string[], b: readonly string[]): boolean {
  const last = a.length - 1;
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
