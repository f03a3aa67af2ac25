import { readFile } from 'node:fs/promises';
import type { ReconcileResult } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';
import { parseReconcileDocument } from '../../worker/commands/reconcile-json.js';

/**
 * Runs a reconcile-JSON document as `bankfeed reconcile --input` does: the CLI's own parser validates it and turns it
 * into bank lines, ledger entries and options, and the engine runs on them. The grading reads the engine's result
 * (ids and minor units), not the printed document, whose layout belongs to the report.
 */
export async function reconcileDocumentFile(path: string): Promise<ReconcileResult> {
  const parsed = parseReconcileDocument(JSON.parse(await readFile(path, 'utf8')), path);
  const result = reconcile(parsed.bank, parsed.ledger, parsed.options);
  // `autoConfirm: false` hands every group to a person: nothing counts as confirmed
  return parsed.autoConfirmDisabled ? { ...result, matches: [] } : result;
}

export type Group = ReconcileResult['matches'][number];

/** Where each bank line ended up. */
export interface Placement {
  groupOf: Map<string, Group>;
  /** candidate ledger sets for the line, best first, from every suggestion naming it */
  candidatesOf: Map<
    string,
    Array<{ ledgerIds: string[]; confidence: number; bankIds: string[]; ruleId: string | null }>
  >;
}

export function placementOf(result: ReconcileResult): Placement {
  const groupOf = new Map<string, Group>();
  for (const g of result.matches) for (const id of g.bankIds) groupOf.set(id, g);
  const candidatesOf: Placement['candidatesOf'] = new Map();
  for (const s of result.suggestions)
    for (const id of s.bankIds) {
      const list = candidatesOf.get(id) ?? [];
      for (const c of s.candidates)
        list.push({ ledgerIds: c.ledgerIds, confidence: c.confidence, bankIds: s.bankIds, ruleId: c.ruleId ?? null });
      candidatesOf.set(id, list);
    }
  for (const list of candidatesOf.values()) list.sort((a, b) => b.confidence - a.confidence);
  return { groupOf, candidatesOf };
}
