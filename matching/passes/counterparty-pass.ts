import { type AssignmentState, type Pair, byScoreThenIds } from '../assignment.js';
import { evidenceSum, group, plausiblyPays } from '../groups.js';
import { type PreparedBank, daysOutside } from '../prepared.js';
import { findSubsets } from '../subset-sum.js';
import { CLOSE_DATE_DAYS, MIN_PARTY_LETTERS, SPLIT_POOL, WEIGHTS } from '../thresholds.js';

/**
 * Pass 3 — counterparty. No reference, but an exact amount, a clearly named counterparty (its account number; its
 * name in the counterparty field, in the narration, or as the payee the ledger description names), a close date, and
 * no rival on either side: the only open entry of that amount for that party, and no other bank line that could be
 * paying it. Other open items of the same party that also add up to the amount make the single item only the likelier
 * reading, so they refuse it too.
 */
export function counterpartyPass(state: AssignmentState): void {
  const { opts } = state;
  if (opts.autoConfirmByCounterparty === false) return;
  const w = opts.dateWindowDays;
  // a bank line with a clear payee among its candidates names someone: it is no rival for another payee's entry
  const named = new Map<PreparedBank, boolean>();
  const namesSomeone = (b: PreparedBank) => {
    let v = named.get(b);
    if (v === undefined) named.set(b, (v = state.pairsOf(b).some((q) => clearParty(q))));
    return v;
  };
  // a rival of the same counterparty counts at any date the candidate search reached (an older unpaid invoice of the
  // same amount may be the one being paid); an anonymous one only inside the date window
  const fits = (q: Pair) => q.s.fit === 'exact' || q.s.fit === 'under_within' || q.s.fit === 'over_within';
  const near = (q: Pair) => daysOutside(q.b, q.l) <= w;
  const bankRival = (q: Pair) =>
    fits(q) &&
    state.ledgerOpen(q.l) &&
    // an entry that names nobody (no party, its description's words not in the narration) could be anyone's
    (q.s.partyWeight > 0 || (near(q) && q.l.partyTokens.length === 0));
  const ledgerRival = (q: Pair) =>
    fits(q) && state.bankOpen(q.b) && (q.s.partyWeight > 0 || (near(q) && !namesSomeone(q.b)));
  // candidates: lines no rule explains and that quote no reference (a quoted document that is not this one is a doubt)
  const strong: Pair[] = [];
  for (const b of state.banks) {
    if (!state.bankOpen(b) || state.ruleOf.has(b)) continue;
    const ps = state.pairsOf(b);
    if (ps.some((q) => q.s.referenceHit)) continue;
    for (const p of ps)
      if (p.s.fit === 'exact' && state.ledgerOpen(p.l) && clearParty(p) && daysOutside(b, p.l) <= CLOSE_DATE_DAYS)
        strong.push(p);
  }
  strong.sort(byScoreThenIds);
  for (const p of strong) {
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    if (state.pairsOf(p.b).some((q) => q !== p && bankRival(q))) continue;
    if (state.pairsOfEntry(p.l).some((q) => q !== p && ledgerRival(q))) continue;
    if (partyItemsAlsoSum(state, p)) continue;
    const ev = [
      ...p.s.evidence,
      {
        kind: 'sole_candidate' as const,
        detail:
          'the only open entry with this amount near this date for this counterparty, and no other bank line competes for it',
        weight: WEIGHTS.soleCandidate,
      },
    ];
    // a caller who raised the threshold asked for more than this evidence gives
    if (evidenceSum(ev) < opts.autoConfirmThreshold) continue;
    state.claim(group([p.b], [p.l], 'exact', evidenceSum(ev), ev, opts), [p.b], [p.l]);
  }
}

/** A counterparty the bank side names unmistakably: an account number, or a name long enough to mean something. */
export function clearParty(p: Pair): boolean {
  if (p.s.partyKind === 'account') return true;
  if (p.s.partyKind !== 'name' && p.s.partyKind !== 'narration' && p.s.partyKind !== 'description') return false;
  const words = p.s.partyKind === 'description' ? p.l.descriptionTokens : p.l.partyTokens;
  return p.s.partyWeight >= WEIGHTS.counterpartyName * 0.9 - 1e-9 && words.join('').length >= MIN_PARTY_LETTERS;
}

/**
 * Whether other open items of the same counterparty add up to the amount too (one payment for two invoices whose sum
 * equals a third): then the single exact item is only the likelier reading, not proof.
 */
function partyItemsAlsoSum(state: AssignmentState, p: Pair): boolean {
  if (!p.l.partyKey) return false;
  const { b } = p;
  const pool = state
    .partyItems(p.l.partyKey)
    .filter(
      (l) =>
        l !== p.l &&
        state.ledgerOpen(l) &&
        l.entry.currency === b.line.currency &&
        l.sign === b.sign &&
        l.abs < b.abs &&
        plausiblyPays(b, l, state.opts.dateWindowDays),
    )
    .slice(0, SPLIT_POOL);
  if (pool.length < 2 || pool.reduce((s, l) => s + l.abs, 0) < b.abs) return false;
  // largest first: the search prunes sooner, and only whether some combination exists matters here
  pool.sort((x, y) => y.abs - x.abs || x.order - y.order);
  return findSubsets(pool, (l) => l.abs, b.abs, b.abs, state.opts.maxSplitSize, 1).length > 0;
}
