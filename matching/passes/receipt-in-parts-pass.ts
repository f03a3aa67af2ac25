import { counted } from '../../domain/counted.js';
import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { firstOnOrAfter } from '../day-order.js';
import { PartyFinder, dateEvidence, narrationWords } from '../scoring.js';
import { quotedSerials, writesSerial } from '../same-amounts.js';
import { AMOUNT_LOOKBACK_DAYS, CLOSE_DATE_DAYS, SPLIT_POOL, SPLIT_SEARCH_BUDGET, WEIGHTS } from '../thresholds.js';
import { findSignedSubsets, findSubsets } from '../subset-sum.js';
import {
  MAX_NAMED_ENTRIES,
  entriesByNameWord,
  foundByName,
  longest,
  nameWords,
  namesClearly,
  openOfAmounts,
} from './named-party.js';

/**
 * Pass 5g — one receipt the books hold in parts: a payer's one transfer booked as one row per invoice it settles, all
 * on the day it was received ("TRF FROM KOLA ROOFING SERVICES" ₦1,396,450.00 against Kola Roofing Services' rows for
 * invoices 2253, 2254 and 2255 of the 19th). The open items of the party the line clearly names (as the counterparty
 * pass reads it), booked on one day within CLOSE_DATE_DAYS of the line, every one of that day, two or more and no more
 * than the split size, make the line to the cent: confirmed. Items of that day the other way (a credit note on the
 * invoice: "EFT CR MANYATTA RIDERS SACCO" for invoice 10226 less credit memo CM-1004) are netted. No subset is chosen:
 * a day's items are taken whole, and a payer's items spread over several days (open invoices, sample case 2) stay a
 * suggestion. Refused when the line has a single candidate that settles it (sample case 5: one exact item over a
 * combination), the line names two parties clearly (two customers of one surname, two businesses of one family), the
 * payer's other open items of the last AMOUNT_LOOKBACK_DAYS make the amount too (another day, last week's invoices
 * paid in arrears, another invoice less another credit note), the line quotes a document none of them writes, another
 * open line of the amount names the party, or an open entry of the whole amount lies
 * within the date window.
 */
export function receiptInPartsPass(state: AssignmentState): void {
  const byWord = entriesByNameWord(state);
  if (byWord.size === 0) return;
  const ruled = linesWithRules(state);
  const finder = new PartyFinder();
  const found: Array<{ b: PreparedBank; items: PreparedLedger[] }> = [];
  const tried = new Set<string>();
  const named = new Set<string>();
  let namesByKey: Map<string, Map<string, PreparedLedger>> | null = null;
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order] || settledAlone(state, b)) continue;
    tried.clear();
    named.clear();
    let reading: PreparedLedger[] | null = null;
    let readings = 0;
    for (const words of [b.nameTokens, narrationWords(b)])
      for (const w of words) {
        const list = byWord.get(w);
        if (!list) continue;
        const from = firstOnOrAfter(list, b.day - CLOSE_DATE_DAYS);
        const to = firstOnOrAfter(list, b.day + CLOSE_DATE_DAYS + 1);
        // a word many open entries of those days share names none of them in particular
        if (to - from > MAX_NAMED_ENTRIES) continue;
        for (let i = from; i < to; i++) {
          const l = list[i]!;
          // a day's items are read from one of the line's direction (a credit note alone is no receipt)
          if (!foundByName(l, w, words) || !state.ledgerOpen(l) || l.sign !== b.sign) continue;
          if (l.entry.currency !== b.line.currency) continue;
          const name = nameKeyOf(l);
          const day = `${name}\u0000${l.day}`;
          if (name === '' || tried.has(day)) continue;
          tried.add(day);
          if (!named.has(name) && namesClearly(finder, b, l)) named.add(name);
          const items = dayOfItems(state, b, l, list, from, to, finder);
          if (items === null) continue;
          readings++;
          reading = items;
        }
      }
    if (reading === null || readings !== 1 || named.size !== 1) continue;
    // another business sharing the payer's leading words ("Mwangi & Sons Hardware" beside the honey shop) that the
    // line names as clearly: the line names the family, not the shop
    namesByKey ??= namesByPartyKey(state);
    if (anotherNamedAlike(namesByKey, b, reading[0]!, finder)) continue;
    if (otherItemsMakeIt(state, b, reading, byWord)) continue;
    found.push({ b, items: reading });
  }
  if (found.length === 0) return;
  claimFound(state, found, finder);
}

/** The line has a single open candidate of its exact amount, not someone else's: one item beats a combination. */
function settledAlone(state: AssignmentState, b: PreparedBank): boolean {
  for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const { fit, partyKind } = state.pairAt(i).s;
    if (fit === 'exact' && partyKind !== 'conflict') return true;
  }
  return false;
}

/** By party key (a name's first two words), the open entries' distinct payers (nameKeyOf), one entry of each. */
function namesByPartyKey(state: AssignmentState): Map<string, Map<string, PreparedLedger>> {
  const out = new Map<string, Map<string, PreparedLedger>>();
  for (let i = 0; i < state.ledgers.length; i++) {
    const l = state.ledgers[i]!;
    if (!l.partyKey || !state.ledgerOpenAt(i)) continue;
    let names = out.get(l.partyKey);
    if (!names) out.set(l.partyKey, (names = new Map()));
    const name = nameKeyOf(l);
    if (!names.has(name)) names.set(name, l);
  }
  return out;
}

/** Another payer of the party's key (its first two words) that the line names as clearly as the one read. */
function anotherNamedAlike(
  namesByKey: ReadonlyMap<string, ReadonlyMap<string, PreparedLedger>>,
  b: PreparedBank,
  l: PreparedLedger,
  finder: PartyFinder,
): boolean {
  if (!l.partyKey) return false;
  const own = nameKeyOf(l);
  // the line writing every word of the party's name and not of the other's names the party ("KOLA ROOFING SERVICES",
  // not Kola Roofing Supplies)
  const said = new Set([...b.nameTokens, ...narrationWords(b)]);
  const whole = (e: PreparedLedger) => nameWords(e).every((w) => said.has(w));
  const ownWhole = whole(l);
  for (const [name, other] of namesByKey.get(l.partyKey) ?? [])
    if (name !== own && namesClearly(finder, b, other) && !(ownWhole && !whole(other))) return true;
  return false;
}

/**
 * Whether another combination of the payer's open items of the last AMOUNT_LOOKBACK_DAYS (to CLOSE_DATE_DAYS after the
 * line) makes the line too: the payer may be paying older invoices (sample case 2's reading). More of them than one
 * search may read is a doubt of its own.
 */
function otherItemsMakeIt(
  state: AssignmentState,
  b: PreparedBank,
  items: readonly PreparedLedger[],
  byWord: ReadonlyMap<string, readonly PreparedLedger[]>,
): boolean {
  const name = nameKeyOf(items[0]!);
  const list = byWord.get(longest(nameWords(items[0]!)));
  if (!list) return false;
  if (items.some((o) => o.sign !== b.sign)) return otherNettingMakesIt(state, b, items, list, name);
  const pool: PreparedLedger[] = [];
  const to = firstOnOrAfter(list, b.day + CLOSE_DATE_DAYS + 1);
  for (let i = firstOnOrAfter(list, b.day - AMOUNT_LOOKBACK_DAYS); i < to; i++) {
    const o = list[i]!;
    if (o.abs >= b.abs || o.sign !== b.sign || o.entry.currency !== b.line.currency) continue;
    if (!state.ledgerOpen(o) || nameKeyOf(o) !== name) continue;
    if (pool.length === SPLIT_POOL) return true;
    pool.push(o);
  }
  if (pool.length === items.length) return false;
  const sums = findSubsets(pool, (o) => o.abs, b.abs, b.abs, state.opts.maxSplitSize, 2, SPLIT_SEARCH_BUDGET);
  return sums.some((s) => s.length !== items.length || s.some((o) => !items.includes(o)));
}

/**
 * otherItemsMakeIt for a day's items netting a credit note: any other of the payer's open items of those days, either
 * way, netting to the line (another invoice less another credit note) is another reading.
 */
function otherNettingMakesIt(
  state: AssignmentState,
  b: PreparedBank,
  items: readonly PreparedLedger[],
  list: readonly PreparedLedger[],
  name: string,
): boolean {
  const pool: PreparedLedger[] = [];
  const to = firstOnOrAfter(list, b.day + CLOSE_DATE_DAYS + 1);
  for (let i = firstOnOrAfter(list, b.day - AMOUNT_LOOKBACK_DAYS); i < to; i++) {
    const o = list[i]!;
    if (o.entry.currency !== b.line.currency || !state.ledgerOpen(o) || nameKeyOf(o) !== name) continue;
    if (pool.length === SPLIT_POOL) return true;
    pool.push(o);
  }
  const signed = (o: PreparedLedger) => o.abs * o.sign * b.sign;
  const sums = findSignedSubsets(pool, signed, b.abs, b.abs, state.opts.maxSplitSize, 2, SPLIT_SEARCH_BUDGET);
  return sums.some((s) => s.length !== items.length || s.some((o) => !items.includes(o)));
}

/**
 * Every open item of l's party booked on l's day (the entries of its name word near the line), when they are two or
 * more, one or more in the line's direction, the line names each clearly, quotes no document none of them writes, and
 * they make it to the cent, the other way's netted; null otherwise.
 */
function dayOfItems(
  state: AssignmentState,
  b: PreparedBank,
  l: PreparedLedger,
  named: readonly PreparedLedger[],
  from: number,
  to: number,
  finder: PartyFinder,
): PreparedLedger[] | null {
  const party = nameKeyOf(l);
  const items: PreparedLedger[] = [];
  // the day's items the other way (a credit note on the invoice) are netted: an invoice less its credit note
  let net = 0;
  let credits = 0;
  for (let i = from; i < to; i++) {
    const o = named[i]!;
    if (o.day !== l.day || nameKeyOf(o) !== party) continue;
    if (!state.ledgerOpen(o) || o.entry.currency !== b.line.currency) continue;
    items.push(o);
    net += o.abs * o.sign * b.sign;
    if (o.sign !== b.sign) credits++;
  }
  if (items.length < 2 || items.length > state.opts.maxSplitSize || credits === items.length || net !== b.abs)
    return null;
  for (const o of items) if (!state.allowed(b, o) || !namesClearly(finder, b, o)) return null;
  // a line quoting a document pays that document
  const quoted = quotedSerials(lineWords(b));
  if (quoted.length > 0 && !quoted.every((q) => items.some((o) => writesSerial([q], entryWords(o))))) return null;
  return items.sort((x, y) => x.order - y.order);
}

/** The payer an entry names: its party, else its description's name (as entriesByNameWord reads it). */
const nameKeyOf = (l: PreparedLedger): string => l.partyKeyFull || nameWords(l).join(' ');

/** Confirms the readings found, each only when nothing else could be the same money (see receiptInPartsPass). */
function claimFound(
  state: AssignmentState,
  found: ReadonlyArray<{ b: PreparedBank; items: PreparedLedger[] }>,
  finder: PartyFinder,
): void {
  const { opts } = state;
  const w = opts.dateWindowDays;
  const linesOfAmount = openOfAmounts(state.banks, (i) => state.bankOpenAt(i), found);
  const entriesOfAmount = openOfAmounts(state.ledgers, (i) => state.ledgerOpenAt(i), found);
  for (const { b, items } of found) {
    // two lines reading the same items: which of them paid is a guess
    if (found.some((o) => o.b !== b && o.items.some((l) => items.includes(l)))) continue;
    if (!state.bankOpen(b) || !items.every((l) => state.ledgerOpen(l))) continue;
    const rival = linesOfAmount
      .get(b.abs)!
      .some(
        (o) =>
          o !== b &&
          o.sign === b.sign &&
          o.line.currency === b.line.currency &&
          Math.abs(o.day - items[0]!.day) <= CLOSE_DATE_DAYS &&
          state.bankOpen(o) &&
          namesClearly(finder, o, items[0]!),
      );
    if (rival) continue;
    // an open entry of the whole amount (another party's invoice) is a reading of its own: left to the split pass
    const whole = entriesOfAmount.get(b.abs)!;
    if (
      whole.some(
        (o) =>
          o.sign === b.sign &&
          o.entry.currency === b.line.currency &&
          Math.abs(o.day - b.day) <= w &&
          state.ledgerOpen(o),
      )
    )
      continue;
    const party = items[0]!.partyName ?? items[0]!.entry.description ?? '';
    const date = dateEvidence(b, items[0]!, w);
    const ev: Evidence[] = [
      {
        kind: 'split_sum',
        detail: items.some((l) => l.sign !== b.sign)
          ? `the open items of "${party}" booked on ${items[0]!.entry.date}, ${counted(items.filter((l) => l.sign === b.sign).length, 'item')} less ${counted(items.filter((l) => l.sign !== b.sign).length, 'credit note')}, come to exactly the bank amount`
          : `the ${items.length} open items of "${party}" booked on ${items[0]!.entry.date} come to exactly the bank amount`,
        weight: WEIGHTS.splitSum,
      },
      { kind: 'counterparty_name', detail: `the line names "${party}"`, weight: WEIGHTS.counterpartyName * 0.9 },
      {
        kind: 'sole_candidate',
        detail: `every one of the party's open items of that day, and no other day's, makes it: one receipt booked in parts`,
        weight: WEIGHTS.receiptInParts,
      },
      ...(date ? [date] : []),
    ];
    const confidence = evidenceSum(ev);
    if (confidence < opts.autoConfirmThreshold) continue;
    state.claim(group([b], items, 'split', confidence, ev, opts), [b], items);
  }
}
