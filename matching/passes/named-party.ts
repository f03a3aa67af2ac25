import type { AssignmentState } from '../assignment.js';
import type { PreparedBank, PreparedLedger } from '../prepared.js';
import { PartyFinder, isCommonNameWord } from '../scoring.js';
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
    const word = longest(name);
    if (word.length < MIN_PARTY_LETTERS) continue;
    const list = byWord.get(word);
    if (list) list.push(l);
    else byWord.set(word, [l]);
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
