import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, linesWithRules } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import { type PreparedBank, type PreparedLedger, entryWords, lineWords } from '../prepared.js';
import { otherMonthsNamed } from '../month-names.js';
import { firstOnOrAfter } from '../day-order.js';
import { PartyFinder, narrationWords } from '../scoring.js';
import { quotedSerials, writesSerial } from '../same-amounts.js';
import { CLOSE_DATE_DAYS, INSTALMENT_DAYS, WEIGHTS } from '../thresholds.js';
import { MAX_NAMED_ENTRIES, entriesByNameWord, foundByName, longest, nameWords, namesClearly } from './named-party.js';
import { anothersDocument } from './reference-pass.js';

/**
 * Pass 5d — an invoice paid in parts and booked once, when the last part came ("Adebayo Stores Ltd" booked on the
 * 23rd for the transfers of the 6th and the 23rd) or when the first came (the whole receipt booked on the 14th, the
 * balance paid on the 23rd). A payer's open payments that clearly name the entry's party (its payer field or
 * narration, as the counterparty pass reads them, or the entry's description when it has no party) or quote the
 * entry's own document number (a part paid as "PNI INV/2026/00187" for Pieterse & Naidoo Inc), the last or the
 * first of them within CLOSE_DATE_DAYS of the entry, counted back from that last one or on from that first one, make
 * the entry to the cent: confirmed. Only a run of the payer's payments in date order is taken (each adds to the sum, so
 * at most one run from each start can make it: no subset is searched), within INSTALMENT_DAYS; two different runs
 * that make it are two readings, refused. A name of one word, or of common words and places only, names nobody; a
 * name word more than MAX_NAMED_ENTRIES open entries of those days share is passed over. Refused when a payment of the
 * run is exactly another open entry of the party (it pays that one), another open entry of the party has the amount
 * (a twin), the payer also paid the whole amount, a part quotes another document, or the entry is a cheque.
 */
export function instalmentsPass(state: AssignmentState): void {
  // open entries naming a party, by the longest word of its name: a narration writing that word may name it
  const byWord = entriesByNameWord(state);
  if (byWord.size === 0) return;
  const ruled = linesWithRules(state);
  const finder = new PartyFinder();
  const paymentsOf = new Map<PreparedLedger, PreparedBank[]>();
  // the payments taken for quoting the entry's number rather than naming its party
  const quoting = new Set<string>();
  const seen: PreparedLedger[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    if (ruled[b.order]) continue;
    // a payment quoting a document is that document's (a part of INV 1455 is no part of INV 1456); read only for a
    // line some entry's name word meets (most meet none)
    let quoted: string[] | null = null;
    seen.length = 0;
    for (const words of [b.nameTokens, narrationWords(b)])
      for (const w of words) {
        const list = byWord.get(w);
        if (!list) continue;
        // the entries this line could be a part of: booked when the first part came, from INSTALMENT_DAYS (and a few)
        // before it; booked when the last came, up to INSTALMENT_DAYS after it
        const from = firstOnOrAfter(list, b.day - INSTALMENT_DAYS - CLOSE_DATE_DAYS);
        const to = firstOnOrAfter(list, b.day + INSTALMENT_DAYS + 1);
        // a word many open entries of those days share names none of them in particular
        if (to - from > MAX_NAMED_ENTRIES) continue;
        for (let i = from; i < to; i++) {
          const l = list[i]!;
          if (!foundByName(l, w, words)) continue;
          if (seen.includes(l)) continue;
          seen.push(l);
          if (l.sign !== b.sign || l.entry.currency !== b.line.currency || b.abs > l.abs) continue;
          quoted ??= quotedSerials(lineWords(b));
          if (quoted.length > 0 && !writesSerial(quoted, entryWords(l))) continue;
          // an advance for June's order is no part of May's supplies
          if (otherMonthsNamed(lineWords(b), entryWords(l), l.partyTokens)) continue;
          if (!namesClearly(finder, b, l)) continue;
          addPayment(paymentsOf, l, b);
        }
      }
    // a part quoting the entry's own document number is the entry's, however the payer is written ("IB TRANSFER FROM
    // PNI INV/2026/00187" for Pieterse & Naidoo Inc)
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      if (!state.pairEntryOpen(i)) continue;
      const pair = state.pairAt(i);
      const { l, s } = pair;
      if (!s.referenceHit || s.serialOnly || s.fit !== 'partial' || s.partyKind === 'conflict') continue;
      // another supplier's bill of the same number ("PESALINK TO OTIENO ELECTRICALS INV-0452" for Kamau's INV-0452)
      if (anothersDocument(state, pair)) continue;
      if (l.sign !== b.sign || l.entry.currency !== b.line.currency) continue;
      // the reference shared must be the document's own number, not a prefix and year its other documents write too
      quoted ??= quotedSerials(lineWords(b));
      if (!writesSerial(quoted, entryWords(l))) continue;
      if (addPayment(paymentsOf, l, b)) quoting.add(`${b.order} ${l.order}`);
    }
  }
  for (const [l, payments] of paymentsOf) {
    if (payments.length < 2 || !state.ledgerOpen(l)) continue;
    const named = byWord.get(longest(nameWords(l))) ?? [];
    const run = runMaking(state, l, payments, named);
    if (run === null) continue;
    const ev: Evidence[] = [
      {
        kind: 'split_sum',
        detail: `the payer's ${run.length} payments from ${run[0]!.line.date} to ${run[run.length - 1]!.line.date} together make the entry, booked when the ${Math.abs(run[run.length - 1]!.day - l.day) <= CLOSE_DATE_DAYS ? 'last' : 'first'} came`,
        weight: WEIGHTS.splitSum,
      },
      {
        kind: 'counterparty_name',
        detail: run.some((b) => quoting.has(`${b.order} ${l.order}`))
          ? `every payment names "${l.partyName ?? l.entry.description}" or quotes the entry's number`
          : `every payment names "${l.partyName ?? l.entry.description}"`,
        weight: WEIGHTS.counterpartyName * 0.9,
      },
      {
        kind: 'sole_candidate',
        detail: 'no payment of the run is another open entry of the party, and no other open entry has the amount',
        weight: WEIGHTS.instalments,
      },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claim(group(run, [l], 'split', confidence, ev, state.opts), run, [l]);
  }
}

/** b among l's payments (once); whether it was added. */
function addPayment(paymentsOf: Map<PreparedLedger, PreparedBank[]>, l: PreparedLedger, b: PreparedBank): boolean {
  const payments = paymentsOf.get(l);
  if (!payments) paymentsOf.set(l, [b]);
  else if (payments.includes(b)) return false;
  else payments.push(b);
  return true;
}

/**
 * The payer's open payments counted back from one near the entry, or on from one near it, making it to the cent; null
 * when none does, when two different runs do, or when counting on makes another open entry of the payer's. Payments of
 * one day have no order between them: the runs are read with each day's payments in the file's order and in reverse,
 * and must be the same payments both ways.
 */
function runMaking(
  state: AssignmentState,
  l: PreparedLedger,
  payments: PreparedBank[],
  named: readonly PreparedLedger[],
): PreparedBank[] | null {
  const open = payments.filter((b) => state.bankOpen(b) && state.allowed(b, l));
  if (open.length < 2) return null;
  // a payment of the whole amount is another reading: paid at once, the parts being something else
  if (open.some((b) => b.abs === l.abs)) return null;
  let run: PreparedBank[] | null = null;
  for (const tie of [1, -1]) {
    open.sort((x, y) => x.day - y.day || tie * (x.order - y.order));
    const r = runIn(open, l);
    if (r === undefined || (r !== null && run !== null && !sameMembers(r, run))) return null;
    run ??= r;
  }
  if (run === null) return null;
  const members = run;
  // the party's other open entries, and those naming the same word (a payer the books name only in descriptions)
  const others = [...state.openItemsOfParty(l), ...named].filter(
    (o) => o !== l && state.ledgerOpen(o) && o.sign === l.sign,
  );
  if (others.some((o) => o.abs === l.abs || members.some((b) => b.abs === o.abs))) return null;
  // the same payments with the payer's others counted further back, or further on, making another open entry: they
  // may be that one's
  const firstDay = members[0]!.day;
  const lastDay = members[members.length - 1]!.day;
  for (const counted of [
    [...members].reverse().concat(open.filter((b) => b.day <= lastDay && !members.includes(b)).reverse()),
    members.concat(open.filter((b) => b.day >= firstDay && !members.includes(b))),
  ]) {
    let sum = 0;
    for (const b of counted) {
      sum += b.abs;
      if (sum !== l.abs && others.some((o) => o.abs === sum)) return null;
    }
  }
  return members;
}

/**
 * The one run of `open` (in date order) counted back from a payment near the entry, or on from one, making it; null
 * when none does, undefined when two different runs do.
 */
function runIn(open: readonly PreparedBank[], l: PreparedLedger): PreparedBank[] | null | undefined {
  const near = (i: number) => Math.abs(open[i]!.day - l.day) <= CLOSE_DATE_DAYS;
  let first = -1;
  let end = -1;
  const found = (from: number, to: number): boolean => {
    if (to - from < 2) return true;
    if (first >= 0 && (first !== from || end !== to)) return false;
    first = from;
    end = to;
    return true;
  };
  for (let last = open.length - 1; last >= 0; last--) {
    if (!near(last)) continue;
    let sum = 0;
    let from = last + 1;
    while (from > 0 && sum < l.abs) sum += open[--from]!.abs;
    if (sum === l.abs && !found(from, last + 1)) return undefined;
  }
  for (let start = 0; start < open.length; start++) {
    // a payment calling itself the balance is the last part, never the first of a run counted on
    if (!near(start) || BALANCE.test(open[start]!.line.narration ?? '')) continue;
    let sum = 0;
    let to = start;
    while (to < open.length && sum < l.abs) sum += open[to++]!.abs;
    if (to - start > 1 && open[to - 1]!.day - open[start]!.day > INSTALMENT_DAYS) continue;
    if (sum === l.abs && !found(start, to)) return undefined;
  }
  return first < 0 ? null : open.slice(first, end);
}

const BALANCE = /\b(?:BAL|BALANCE|FINAL)\b/i;

const sameMembers = (x: readonly PreparedBank[], y: readonly PreparedBank[]) =>
  x.length === y.length && x.every((b) => y.includes(b));
