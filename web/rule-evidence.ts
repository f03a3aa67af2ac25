/**
 * Whether a match's evidence already names the rule that made it: a rule's own evidence reads "rule ng-emtl (EMTL
 * levy)", so adding "rule ng-emtl" after it said the rule twice.
 */
export function evidenceNamesRule(evidence: ReadonlyArray<{ detail: string }>, ruleId: string): boolean {
  const named = new RegExp(`(?:^|[^\\w-])rule ${ruleId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
  return evidence.some((e) => named.test(e.detail));
}
