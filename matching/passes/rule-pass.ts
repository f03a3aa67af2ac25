import type { AssignmentState } from '../assignment.js';
import { ruleGroup } from '../groups.js';

/**
 * Pass 7 — rules. Bank-only lines (charges, levies, interest) that no ledger entry took are explained by the first
 * rule that matches them (user rules, then the country presets): confirmed when the rule says so, otherwise offered
 * to a person with the entry the rule proposes (the candidate carries the rule, so confirming it can post the entry).
 */
export function rulePass(state: AssignmentState): void {
  for (const [b, rule] of state.ruleOf) {
    if (!state.bankOpen(b)) continue;
    const g = ruleGroup(b, rule, state.opts);
    if (rule.then.autoConfirm) {
      state.claim(g, [b], []);
      continue;
    }
    state.addCandidate(b, {
      ledgerIds: [],
      confidence: g.confidence,
      differenceMinor: 0,
      evidence: g.evidence,
      ruleId: g.ruleId ?? null,
      proposed: g.proposed ?? null,
    });
  }
}
