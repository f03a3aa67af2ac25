import type { Evidence } from '../../domain/reconciliation.js';
import type { AssignmentState, Pair } from '../assignment.js';
import { RECURRING_APART_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * Equal instalments of one document, each booked on the day it was paid ("INV-002269 instalment 1" on 11 March,
 * "instalment 2" on 27 March, each line quoting INV-002269): the reference and amount fit every pairing, the day tells
 * them apart. The pair is the line and the entry of one day when every other open entry the line could be, and every
 * other open line that could be the entry, lies RECURRING_APART_DAYS or more away with its own partner on its own day.
 * A receipt booked twice has no second payment on the duplicate's day, so it stays a person's to read.
 */
export function paidOnItsOwnDay(state: AssignmentState, p: Pair): Evidence | null {
  if (p.s.fit !== 'exact' || !p.s.referenceHit || p.b.day !== p.l.day) return null;
  for (let i = state.firstPairOf(p.b), to = state.endPairOf(p.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const q = state.pairAt(i);
    if (q === p || !q.s.referenceHit || q.l.abs !== p.l.abs) continue;
    if (Math.abs(q.l.day - p.b.day) < RECURRING_APART_DAYS || !entryPaidOnItsDay(state, q)) return null;
  }
  for (let i = state.firstPairOfEntry(p.l), to = state.endPairOfEntry(p.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const q = state.entryPairAt(i);
    if (q === p || !q.s.referenceHit || q.b.abs !== p.b.abs) continue;
    if (Math.abs(q.b.day - p.l.day) < RECURRING_APART_DAYS || !linePaidOnItsDay(state, q)) return null;
  }
  return PAID_ON_ITS_DAY;
}

/** The rival entry has an open line of its amount quoting it on its own day (another instalment's payment). */
function entryPaidOnItsDay(state: AssignmentState, q: Pair): boolean {
  for (let i = state.firstPairOfEntry(q.l), to = state.endPairOfEntry(q.l); i < to; i++) {
    if (!state.entryPairBankOpen(i)) continue;
    const r = state.entryPairAt(i);
    if (r.b !== q.b && r.s.referenceHit && r.s.fit === 'exact' && r.b.day === q.l.day) return true;
  }
  return false;
}

/** The rival line has an open entry of its amount it quotes on its own day (the instalment it pays). */
function linePaidOnItsDay(state: AssignmentState, q: Pair): boolean {
  for (let i = state.firstPairOf(q.b), to = state.endPairOf(q.b); i < to; i++) {
    if (!state.pairEntryOpen(i)) continue;
    const r = state.pairAt(i);
    if (r.l !== q.l && r.s.referenceHit && r.s.fit === 'exact' && r.l.day === q.b.day) return true;
  }
  return false;
}

// the same words on every such match: one shared, frozen object
const PAID_ON_ITS_DAY: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `equal instalments of one document: this one is booked on the day it was paid, the others ${RECURRING_APART_DAYS} days or more away, each with its own payment on its day`,
  weight: WEIGHTS.soleCandidate,
}) as Evidence;
