import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { firstOnOrAfter } from '../day-order.js';
import { PartyFinder, narrationWords } from '../scoring.js';
import { quotedSerials, writesSerial } from '../same-amounts.js';
import { CLOSE_DATE_DAYS, PARTY_BALANCE_MAX_ITEMS, WEIGHTS } from '../thresholds.js';
import { MAX_NAMED_ENTRIES, entriesByNameWord, foundByName, namesClearly, openOfAmounts } from './named-party.js';

/**
 * Pass 5f — one payment of a party's whole open balance ("EFT CR JIRANI SUPERMARKETS LTD ACCOUNT SETTLEMENT" for the
 * two open invoices the books hold for Jirani Supermarkets). The open entries of the party the line clearly names (as
 * the counterparty pass reads it), in its direction and currency, booked before it or within CLOSE_DATE_DAYS after,
 * two to PARTY_BALANCE_MAX_ITEMS of them, together make the line to the cent: confirmed. Every open item of the party
 * is taken, so no subset is chosen; it is the mirror of the instalments pass (several payments of one entry).
 * Refused when the line quotes a document none of them writes, the party has an open item the other way (a credit
 * note: the balance is netted), the line names two such parties, another open line of the same amount names the
 * party (which of them paid is a guess), or an open entry of the whole amount lies within the date window (another
 * party's invoice: a second reading).
 */
export function partyBalancePass(state: AssignmentState): void {
  const byWord = entriesByNameWord(state);
  if (byWord.size === 0) return;
  const ruled = linesWithRules(state);
  const finder = new PartyFinder();
  const found: Array<{ b: PreparedBank; items: PreparedLedger[] }> = [];
  const seen: PreparedLedger[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order] || !maySayWhatItPays(b)) continue;
    seen.length = 0;
    let reading: PreparedLedger[] | null = null;
    let readings = 0;
    // the parties of the open entries the line clearly names: a line naming two (a customer and its branch, "JIRANI
    // SUPERMARKETS KISUMU") pays neither's balance without a person
    const named = new Set<string>();
    for (const words of [b.nameTokens, narrationWords(b)])
      for (const w of words) {
        const list = byWord.get(w);
        if (!list) continue;
        const to = firstOnOrAfter(list, b.day + CLOSE_DATE_DAYS + 1);
        // a word many open entries share names none of them in particular
        if (to > MAX_NAMED_ENTRIES) continue;
        for (let i = 0; i < to; i++) {
          const l = list[i]!;
          if (!foundByName(l, w, words)) continue;
          if (seen.includes(l) || !state.ledgerOpen(l) || l.entry.currency !== b.line.currency) continue;
          if (l.sign === b.sign && namesClearly(finder, b, l)) named.add(l.partyKeyFull);
          const items = balanceOf(state, b, l, list, to, finder);
          for (const o of items ?? [l]) if (!seen.includes(o)) seen.push(o);
          if (items === null) continue;
          if (reading === null || !sameItems(reading, items)) readings++;
          reading = items;
        }
      }
    if (reading !== null && readings === 1 && named.size === 1) found.push({ b, items: reading });
  }
  if (found.length === 0) return;
  const sameAmount = openOfAmounts(state.banks, (i) => state.bankOpenAt(i), found);
  const entriesOfAmount = openOfAmounts(state.ledgers, (i) => state.ledgerOpenAt(i), found);
  // one payment of the balance: another open line that makes the same items is as likely the one
  for (const { b, items } of found) {
    if (found.some((o) => o.b !== b && o.items.some((l) => items.includes(l)))) continue;
    if (!items.every((l) => state.ledgerOpen(l) && state.allowed(b, l)) || !state.bankOpen(b)) continue;
    if (
      sameAmount
        .get(b.abs)!
        .some(
          (o) =>
            o !== b &&
            o.sign === b.sign &&
            o.line.currency === b.line.currency &&
            state.bankOpen(o) &&
            namesClearly(finder, o, items[0]!),
        )
    )
      continue;
    // an open entry of the whole amount (another party's invoice) is a reading of its own: the sum is only suggested
    const w = state.opts.dateWindowDays;
    if (
      entriesOfAmount
        .get(b.abs)!
        .some(
          (o) =>
            o.sign === b.sign &&
            o.entry.currency === b.line.currency &&
            Math.abs(o.day - b.day) <= w &&
            state.ledgerOpen(o),
        )
    )
      continue;
    // a sum alone is a suggestion (the principles' second sample case): the line must say what it pays, each item's
    // number or the account's balance
    const said = whatItSays(b, items);
    if (said === null) continue;
    const party = items[0]!.partyName ?? items[0]!.entry.description ?? '';
    const ev: Evidence[] = [
      { kind: 'reference', detail: said, weight: WEIGHTS.reference },
      {
        kind: 'split_sum',
        detail: `the ${items.length} open items of "${party}", all it has open, come to exactly the bank amount`,
        weight: WEIGHTS.splitSum,
      },
      { kind: 'counterparty_name', detail: `the line names "${party}"`, weight: WEIGHTS.counterpartyName * 0.9 },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claim(group([b], items, 'split', confidence, ev, state.opts), [b], items);
  }
}

/**
 * Every open item of l's party in the line's direction up to CLOSE_DATE_DAYS after it (its pool and the entries of
 * its name word), when the line names each clearly and they make it to the cent; null otherwise.
 */
function balanceOf(
  state: AssignmentState,
  b: PreparedBank,
  l: PreparedLedger,
  named: readonly PreparedLedger[],
  to: number,
  finder: PartyFinder,
): PreparedLedger[] | null {
  const party = l.partyKeyFull;
  if (party === '') return null;
  const items: PreparedLedger[] = [];
  let sum = 0;
  const take = (o: PreparedLedger): boolean => {
    if (items.includes(o) || !state.ledgerOpen(o) || o.entry.currency !== b.line.currency) return true;
    if (o.partyKeyFull !== party || o.day > b.day + CLOSE_DATE_DAYS) return true;
    // an open credit note of the party: its balance is netted, not paid item by item
    if (o.sign !== b.sign) return false;
    items.push(o);
    sum += o.abs;
    return items.length <= PARTY_BALANCE_MAX_ITEMS;
  };
  for (const o of state.openItemsOfParty(l)) if (!take(o)) return null;
  for (let i = 0; i < to; i++) if (!take(named[i]!)) return null;
  if (items.length < 2 || sum !== b.abs) return null;
  for (const o of items) if (!state.allowed(b, o) || !namesClearly(finder, b, o)) return null;
  // a line quoting a document pays that document
  const quoted = quotedSerials(lineWords(b));
  if (quoted.length > 0 && !quoted.every((q) => items.some((o) => writesSerial([q], entryWords(o))))) return null;
  return items.sort((x, y) => x.day - y.day || x.order - y.order);
}

const sameItems = (x: readonly PreparedLedger[], y: readonly PreparedLedger[]) =>
  x.length === y.length && x.every((l) => y.includes(l));

/** A payer's words for paying its whole account ("BALANCE ON ACCOUNT", "SETTLEMENT OF ACCOUNT", "FULL SETTLEMENT"). */
const SETTLES_ACCOUNT =
  /\b(?:(?:ACCOUNT|ACCT|A\/C|AC)\s+(?:SETTLEMENT|BALANCE|BAL)|(?:SETTLEMENT|BALANCE|BAL)\s+(?:OF|ON)\s+(?:ACCOUNT|ACCT|A\/C)|FULL\s+SETTLEMENT|OUTSTANDING\s+BALANCE|STATEMENT\s+BALANCE)\b/i;

/**
 * What the line says of the items it pays, in words: each item's own number (three digits or more, zero padding
 * aside) among the line's numbers, or the account's whole balance; null when it says neither.
 */
function whatItSays(b: PreparedBank, items: readonly PreparedLedger[]): string | null {
  const text = lineWords(b);
  const written = new Set(numbersIn(text));
  // each item by a number of its own: one the others share (a year, an order number) quotes none of them
  const numbers = items.map((o) => numbersIn(entryWords(o)));
  const own = (i: number) => numbers[i]!.filter((n) => !numbers.some((other, j) => j !== i && other.includes(n)));
  if (items.every((_, i) => own(i).some((n) => written.has(n))))
    return 'the line quotes the number of every item it pays';
  return SETTLES_ACCOUNT.test(text) ? 'the line says it settles the account' : null;
}

/** Whether the line can say what it pays (whatItSays): two numbers or more, or the account's balance; asked first. */
function maySayWhatItPays(b: PreparedBank): boolean {
  const { narration, reference } = b.line;
  if (longNumbers(narration) + longNumbers(reference) >= 2) return true;
  return SETTLES_ACCOUNT.test(narration ?? '') || SETTLES_ACCOUNT.test(reference ?? '');
}

/** How many numbers of three digits or more, zero padding aside, the text writes (numbersIn's count, made nothing). */
function longNumbers(text: string | null | undefined): number {
  if (!text) return 0;
  let n = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 48 && c <= 57) {
      if (digits > 0 || c !== 48) digits++;
    } else {
      if (digits >= 3) n++;
      digits = 0;
    }
  }
  return n;
}

/** The numbers of three digits or more a text writes, without zero padding, years aside. */
function numbersIn(text: string): string[] {
  return (text.match(/\d{3,}/g) ?? []).map((n) => n.replace(/^0+/, '')).filter((n) => n.length >= 3 && !YEAR.test(n));
}

/** A year, which a line and an invoice write alike ("SUPPLIES JULY 2025", "INV/2025/00412"): no item's number. */
const YEAR = /^(?:19|20)\d\d$/;
