import type { Evidence } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, linesWithRules } from '../assignment.js';
import { evidenceOf, evidenceSum, pairGroup } from '../groups.js';
import { monthsNamed } from '../month-names.js';
import { remittanceKinds } from '../statutory-kinds.js';
import { SameAmounts, soleExactPair } from '../same-amounts.js';
import { CLOSE_DATE_DAYS, UNIQUE_AMOUNT_DAYS, WEIGHTS } from '../thresholds.js';

/**
 * Pass 5e — a statutory remittance. PAYE, VAT, NSSF, UIF and the like are paid to the authority with the kind and,
 * often, the period on both sides ("NIP TRF TO LIRS PAYE COLLECTION MAR26" against "PAYE - LIRS Feb/Mar", "UIF PAYMENT
 * U123456789" against "UIF June 2026"), but the authority's name rarely matches (a collection account, an agent such as
 * Remita, the fund's initials). A debit naming the same kinds as the one open entry of its exact amount dated within
 * CLOSE_DATE_DAYS is that entry, when the two name no different months and no other open entry or bank line carries the
 * amount within UNIQUE_AMOUNT_DAYS either side (contributions of a fixed amount repeat month after month).
 */
export function statutoryPass(state: AssignmentState): void {
  const ruled = linesWithRules(state);
  const strong: Pair[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    if (!state.bankOpen(b) || b.sign > 0 || ruled[b.order]) continue;
    const said = `${b.line.narration ?? ''} ${b.line.reference ?? ''}`;
    const kinds = remittanceKinds(said);
    if (kinds === null) continue;
    const only = soleExactPair(state, b, CLOSE_DATE_DAYS);
    if (only === null) continue;
    const { entry } = only.l;
    const text = `${entry.description ?? ''} ${entry.reference ?? ''} ${entry.party ?? ''}`;
    if (remittanceKinds(text) !== kinds || otherMonths(said, text)) continue;
    strong.push(only);
  }
  if (strong.length === 0) return;
  const others = new SameAmounts(state, strong);
  for (const p of strong) {
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l)) continue;
    if (others.entriesNear(p, UNIQUE_AMOUNT_DAYS) > 1 || others.linesNear(p, UNIQUE_AMOUNT_DAYS) > 1) continue;
    const ev = evidenceOf(p, STATUTORY);
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claimPair(pairGroup(p.b, p.l, 'exact', confidence, ev, state.opts), p.b, p.l);
  }
}

/** Both texts name months in words and none in common: another period's remittance. */
function otherMonths(a: string, b: string): boolean {
  const x = monthsNamed(a);
  const y = monthsNamed(b);
  return x.size > 0 && y.size > 0 && ![...x].some((m) => y.has(m));
}

// the same words on every such match: one shared, frozen object
const STATUTORY: Evidence = Object.freeze({
  kind: 'sole_candidate',
  detail: `the same statutory remittance named on both sides: the only open entry and the only bank line of this amount within ${UNIQUE_AMOUNT_DAYS} days`,
  weight: WEIGHTS.statutory,
}) as Evidence;
