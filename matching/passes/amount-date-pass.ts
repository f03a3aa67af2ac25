import type { AssignmentState, Pair } from '../assignment.js';
import { evidenceOf, group } from '../groups.js';
import { settles, tied } from './reference-pass.js';
import { strongestPairsFirst } from './strongest-first.js';

/**
 * Pass 5 — amount and date. An amount inside the date window (and a name, when there is one) is a suggestion, not
 * proof: at the default threshold nothing here is confirmed (0.3 + 0.15 + 0.1 < 0.9). A caller who lowers the threshold
 * asks for these to be confirmed: then they are, strongest first over the whole batch, and a tie still refuses.
 */
export function amountDatePass(state: AssignmentState): void {
  const { opts } = state;
  const strong: Pair[] = [];
  for (const b of state.banks) {
    if (!state.bankOpen(b)) continue;
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      const p = state.pairAt(i);
      if (!p.s.referenceHit && settles(p) && p.s.confidence >= opts.autoConfirmThreshold) strong.push(p);
    }
  }
  for (const p of strongestPairsFirst(strong)) {
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l) || tied(state, p)) continue;
    state.claim(
      group([p.b], [p.l], p.s.fit === 'exact' ? 'exact' : 'fuzzy', p.s.confidence, evidenceOf(p), opts),
      [p.b],
      [p.l],
    );
  }
}
