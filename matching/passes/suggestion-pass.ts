import type { Suggestion, SuggestionCandidate } from '../../domain/reconciliation.js';
import { type AssignmentState, byScoreThenIds, compareIds } from '../assignment.js';
import { deductionAccount, deductionFor } from '../deductions.js';
import { MIN_SUGGESTION_CONFIDENCE, TIE_EPSILON } from '../thresholds.js';

/**
 * Last — suggestions for a person. Every line still open gets its best three candidates (single entries, the split
 * pass's combinations, a settlement, the rule's proposal), best first with their evidence; equally good leaders are
 * marked as a tie. A candidate short by a plausible deduction carries the gap and the account it would be written off
 * to. Part-payment groups whose lines are all still open follow.
 */
export function suggestionPass(state: AssignmentState): Suggestion[] {
  const { opts } = state;
  const out: Suggestion[] = [];
  for (const b of state.banks) {
    if (!state.bankOpen(b)) continue;
    const cands: SuggestionCandidate[] = [];
    const singles = state
      .pairsOf(b)
      .filter((p) => state.ledgerOpen(p.l) && p.s.confidence >= MIN_SUGGESTION_CONFIDENCE);
    singles.sort(byScoreThenIds);
    for (const p of singles.slice(0, 3)) {
      const gap = p.l.abs - b.abs;
      const short = p.s.fit === 'short' ? deductionFor(b.line.currency, p.l.abs, gap) : null;
      cands.push({
        ledgerIds: [p.l.entry.id],
        confidence: p.s.confidence,
        differenceMinor: b.line.amountMinor - p.l.entry.amountMinor,
        evidence: p.s.evidence,
        ...(p.s.fit === 'short'
          ? {
              writeOff: {
                account: (short && deductionAccount(short, b.sign)) ?? opts.writeOffAccount,
                amountMinor: gap,
              },
            }
          : {}),
      });
    }
    for (const c of state.extraCandidates.get(b) ?? [])
      if (c.ledgerIds.every((id) => state.ledgerOpenById(id))) cands.push(c);
    // the same entries found twice (as a pair and as a settlement): keep the better-evidenced one
    const best = new Map<string, SuggestionCandidate>();
    for (const c of cands) {
      const key = c.ledgerIds.length === 0 ? `rule:${c.ruleId ?? ''}` : [...c.ledgerIds].sort().join('\u0000');
      const had = best.get(key);
      if (!had || c.confidence > had.confidence) best.set(key, c);
    }
    cands.length = 0;
    cands.push(...best.values());
    if (cands.length === 0) continue;
    cands.sort((x, y) => y.confidence - x.confidence || compareIds(x.ledgerIds.join(','), y.ledgerIds.join(',')));
    const top = cands.slice(0, 3);
    if (top.length > 1 && Math.abs(top[0]!.confidence - top[1]!.confidence) <= TIE_EPSILON) {
      for (const c of top.filter((c) => Math.abs(c.confidence - top[0]!.confidence) <= TIE_EPSILON))
        if (!c.evidence.some((e) => e.kind === 'tie'))
          c.evidence = [
            ...c.evidence,
            { kind: 'tie', detail: 'another candidate is equally good: not decided', weight: 0 },
          ];
    }
    out.push({ bankIds: [b.line.id], candidates: top });
  }
  for (const s of state.groupSuggestions)
    if (
      s.bankIds.every((id) => state.bankOpenById(id)) &&
      s.candidates[0]!.ledgerIds.every((id) => state.ledgerOpenById(id))
    )
      out.push(s);
  return out;
}
