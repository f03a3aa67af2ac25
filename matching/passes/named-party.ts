import type { AssignmentState } from '../assignment.js';
import type { PreparedBank, PreparedLedger } from '../prepared.js';
import { PartyFinder, isCommonNameWord, isOtherBodyWord } from '../scoring.js';
import { CHEQUE } from '../same-amounts.js';
import { MIN_PARTY_LETTERS, WEIGHTS } from '../thresholds.js';

/**
 * Open entries by the party a payment names, for the passes that pay one entry with several lines (instalments) or
 * several entries with one line (a party's whole balance): the entries naming a party, by the longest word of its
 * name, in date order. A one-word name ("Grace", "General", a place: "Sales – Lagos"), or one of common words only,
 * names nobody; a cheque is never paid in parts nor with other documents by a transfer.
 */
export function entriesByNameWord(state: AssignmentState): ReadonlyMap<string, readonly PreparedLedger[]> {
  // built once a run: the passes asking read only entries still open (no entry opens again once claimed)
  let byWord = built.get(state);
  if (byWord === undefined) {
    byWord = byNameWord(state);
    built.set(state, byWord);
  }
  return byWord;
}

const built = new WeakMap<AssignmentState, Map<string, PreparedLedger[]>>();

function byNameWord(state: AssignmentState): Map<string, PreparedLedger[]> {
  const byWord = new Map<string, PreparedLedger[]>();
  for (let li = 0; li < state.ledgers.length; li++) {
    if (!state.ledgerOpenAt(li)) continue;
    const l = state.ledgers[li]!;
    if (CHEQUE.test(`${l.entry.reference ?? ''} ${l.entry.description ?? ''}`)) continue;
    // no party: the payer its description names ("Adebayo Stores Ltd", "Medimart Pharmacy Ltd — Being payment …")
    const name = nameWords(l);
    if (name.length < 2 || name.every(isCommonNameWord)) continue;
    for (const word of findingWords(name)) {
      const list = byWord.get(word);
      if (list) list.push(l);
      else byWord.set(word, [l]);
    }
  }
  for (const list of byWord.values()) list.sort(byDay);
  return byWord;
}

/** The line names the entry's party as clearly as the counterparty pass asks: account, name, narration or short name. */
export function namesClearly(finder: PartyFinder, b: PreparedBank, l: PreparedLedger): boolean {
  finder.find(b, l);
  if (finder.kind === 'account') return true;
  if (finder.kind !== 'name' && finder.kind !== 'narration' && finder.kind !== 'description') return false;
  return finder.weight >= WEIGHTS.counterpartyName * 0.9 - 1e-9;
}

/** Entries of one name word looked at per line: more, and the word names nobody in particular. */
export const MAX_NAMED_ENTRIES = 16;

export const byDay = (x: PreparedLedger, y: PreparedLedger) => x.day - y.day || x.order - y.order;

/** The words the entry names its payer by: its party's, else its description's. */
export function nameWords(l: PreparedLedger): readonly string[] {
  return l.partyTokens.length > 0 ? l.partyTokens : l.descriptionTokens;
}

/**
 * The words an entry is found by: its name's longest word, and each of its own words long enough to name someone that
 * is no trade, legal or lead word many names share, nor a number. A narration cut short ("ACB CREDIT FLORA PARK
 * MEDICAL" for Flora Park Medical Centre) or abbreviated ("WILSON AIRPORT FLIGHT SVCS") still writes one of them.
 */
function findingWords(name: readonly string[]): string[] {
  const words: string[] = [];
  const first = longest(name);
  if (first.length >= MIN_PARTY_LETTERS) words.push(first);
  for (const w of name)
    if (w.length >= MIN_PARTY_LETTERS && !isCommonNameWord(w) && !/\d/.test(w) && !words.includes(w)) words.push(w);
  return words;
}

/**
 * Whether `words` (a line's) name the entry found under `word`: by its longest word, as always, or, found by another
 * of its words, by every word of its own name (writesOwnName): "PETER KAMAU MWANGI" finds Peter Kamau Njoroge's entry
 * by KAMAU but does not name him; "WILSON AIRPORT FLIGHT SVCS" names Wilson Airport Flight Services.
 */
export function foundByName(l: PreparedLedger, word: string, words: readonly string[]): boolean {
  const name = nameWords(l);
  return word === longest(name) || writesOwnName(name, words);
}

/**
 * Every word of the name's own (four letters or more, no trade, legal or lead word many names share, no number) written
 * by the line whole, by its first letters as a bank's field cuts it ("HOSPITALI", "CONSUM", "ASSOC") or by its
 * consonants ("BLDG", "SVCS"), and no trade or institution written that the name lacks ("ROYAL GRACE SUPERMARKET" is
 * not Royal Grace Pharmacy).
 */
function writesOwnName(name: readonly string[], words: readonly string[]): boolean {
  for (const w of words) if (isOtherBodyWord(w) && !name.includes(w)) return false;
  for (const t of name) {
    if (t.length < 4 || isCommonNameWord(t) || /\d/.test(t)) continue;
    if (!words.some((w) => w === t || shortFormOf(w, t))) return false;
  }
  return true;
}

/** `w` is `t` cut short, or `t`'s letters in order from its first (three letters or more). */
function shortFormOf(w: string, t: string): boolean {
  if (w.length < 3 || w.length >= t.length || w[0] !== t[0]) return false;
  if (t.startsWith(w)) return true;
  let j = 0;
  for (let i = 0; i < t.length && j < w.length; i++) if (t[i] === w[j]) j++;
  return j === w.length;
}

export function longest(words: readonly string[]): string {
  let best = '';
  for (const w of words) if (w.length > best.length) best = w;
  return best;
}

/**
 * The open items of the found lines' amounts, by amount: one scan of `items` (the lines, or the entries) for the few
 * amounts asked about, not an index of every amount.
 */
export function openOfAmounts<T extends { abs: number }>(
  items: readonly T[],
  open: (order: number) => boolean,
  found: ReadonlyArray<{ b: PreparedBank }>,
): Map<number, T[]> {
  const byAmount = new Map<number, T[]>(found.map(({ b }) => [b.abs, []]));
  for (let i = 0; i < items.length; i++) if (open(i)) byAmount.get(items[i]!.abs)?.push(items[i]!);
  return byAmount;
}
