import type { ReconcileResult } from '../../domain/reconciliation.js';

/**
 * The bank lines a run left open, as the web app's tabs and every count of a report give them: a line with a
 * suggestion awaits review and is not also unmatched (the engine lists it among its unmatched lines); each line once.
 */
export function openBankLines(result: Pick<ReconcileResult, 'suggestions' | 'unmatchedBank'>): {
  awaitingReview: string[];
  unmatched: string[];
} {
  const awaiting = new Set(result.suggestions.flatMap((s) => s.bankIds));
  return {
    awaitingReview: [...awaiting],
    unmatched: [...new Set(result.unmatchedBank)].filter((id) => !awaiting.has(id)),
  };
}
