import type { ReconcileResult } from '../domain/reconciliation.js';
import type { TruthGroup } from './reconciliation-month.js';

export interface MatchMetrics {
  bankLines: number;
  autoMatched: number;
  autoCorrect: number;
  /** lines not auto-matched for which the truth is something a suggestion could name */
  suggestible: number;
  top1: number;
  top3: number;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** Scores a result against ground truth, per bank line. */
export function measure(
  result: ReconcileResult,
  bankIds: readonly string[],
  truth: readonly TruthGroup[],
): MatchMetrics {
  const truthOf = new Map<string, TruthGroup>();
  for (const g of truth) for (const id of g.bankIds) truthOf.set(id, g);
  const m: MatchMetrics = {
    bankLines: bankIds.length,
    autoMatched: 0,
    autoCorrect: 0,
    suggestible: 0,
    top1: 0,
    top3: 0,
  };
  const matched = new Set<string>();
  for (const g of result.matches) {
    for (const id of g.bankIds) {
      matched.add(id);
      m.autoMatched++;
      const t = truthOf.get(id);
      if (!t) continue;
      const ok = t.reversalPair
        ? g.ledgerIds.length === 0 && sameSet(g.bankIds, t.bankIds)
        : t.ruleAccount
          ? g.kind === 'rule' && g.proposed?.account === t.ruleAccount
          : sameSet(g.ledgerIds, t.ledgerIds) && sameSet(g.bankIds, t.bankIds);
      if (ok) m.autoCorrect++;
    }
  }
  const candidatesOf = new Map<string, Array<{ ledgerIds: string[]; confidence: number }>>();
  for (const s of result.suggestions) {
    for (const id of s.bankIds) {
      const list = candidatesOf.get(id) ?? [];
      list.push(...s.candidates);
      candidatesOf.set(id, list);
    }
  }
  for (const id of bankIds) {
    if (matched.has(id)) continue;
    const t = truthOf.get(id);
    // a reversal pair has no ledger side a suggestion could name
    if (!t || t.reversalPair) continue;
    m.suggestible++;
    const cands = [...(candidatesOf.get(id) ?? [])].sort((a, b) => b.confidence - a.confidence);
    const rank = cands.findIndex((c) => sameSet(c.ledgerIds, t.ledgerIds));
    if (rank === 0) m.top1++;
    if (rank >= 0 && rank < 3) m.top3++;
  }
  return m;
}

export function addMetrics(a: MatchMetrics, b: MatchMetrics): MatchMetrics {
  return {
    bankLines: a.bankLines + b.bankLines,
    autoMatched: a.autoMatched + b.autoMatched,
    autoCorrect: a.autoCorrect + b.autoCorrect,
    suggestible: a.suggestible + b.suggestible,
    top1: a.top1 + b.top1,
    top3: a.top3 + b.top3,
  };
}

export const emptyMetrics = (): MatchMetrics => ({
  bankLines: 0,
  autoMatched: 0,
  autoCorrect: 0,
  suggestible: 0,
  top1: 0,
  top3: 0,
});
