import type { Evidence } from '../../domain/reconciliation.js';

/**
 * The name of the rule that made a group, as the engine wrote it in the group's evidence: "rule ng-emtl (Electronic
 * money transfer levy: …)". A stored group keeps only the rule's id, a configuration identifier an accountant does
 * not know, and the rules it came from (country presets, the configuration's, the review app's) are not at hand where
 * a statement is built. Null when the rule has no name: a rule made in the review app goes by the id its maker typed.
 */
export function ruleNameOf(evidence: readonly Evidence[], ruleId: string): string | null {
  const head = `rule ${ruleId} (`;
  for (const e of evidence)
    if (e.kind === 'rule' && e.detail.startsWith(head) && e.detail.endsWith(')'))
      return e.detail.slice(head.length, -1) || null;
  return null;
}
