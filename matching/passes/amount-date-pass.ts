import type { AssignmentState, Pair } from '../assignment.js';
import { evidenceOf, pairGroup } from '../groups.js';
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
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      const p = state.pairAt(i);
      if (!p.s.referenceHit && settles(p) && p.s.confidence >= opts.autoConfirmThreshold) strong.push(p);
    }
  }
  // (an empty list is of another kind than a list of pairs: passed on, it would undo strongestFirst's compiled code)
  if (strong.length === 0) return;
  const ordered = strongestPairsFirst(strong);
  for (let k = 0; k < ordered.length; k++) {
    const p = ordered[k]!;
    if (!state.bankOpen(p.b) || !state.ledgerOpen(p.l) || tied(state, p)) continue;
    const kind = p.s.fit === 'exact' ? 'exact' : 'fuzzy';
    state.claimPair(pairGroup(p.b, p.l, kind, p.s.confidence, evidenceOf(p), opts), p.b, p.l);
  }
}
