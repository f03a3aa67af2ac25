import { bankOnlyGroup } from '../adapters/reports/report-words.js';
import { ruleNameOf } from '../adapters/reports/rule-name.js';
import type { Candidate } from './review-data.js';

export { bankOnlyGroup };

/**
 * A line a person explained as bank-only is a manual group with no book entry and the whole amount to an account:
 * "Matched by hand … Writes off ₦119.00" read as if a match to the books had been made and a difference written off.
 */
export function isBankOnly(c: Candidate): boolean {
  return bankOnlyGroup(c.group) && !!c.group.writeOff;
}

/**
 * A line a rule explained with a posting to make and no book entry (a preset's levy or fee): nothing in the books was
 * matched, so "Matched automatically" misled; its rule's name, as the statement gives it, else the rule's id.
 */
export function explainingRule(c: Candidate): string | null {
  const g = c.group;
  if (!g.ruleId || !g.proposed || c.ledger.length > 0) return null;
  return ruleNameOf(g.evidence, g.ruleId) ?? g.ruleId;
}

/** How the line's match was made, as its row and a refused decision's notice say it. */
export function heldVerb(c: Candidate): string {
  const s = c.group.status;
  const rule = explainingRule(c);
  if (rule) return s === 'auto' ? `Explained automatically by rule “${rule}”` : `Explained by rule “${rule}”`;
  if (s === 'auto') return 'Matched automatically';
  if (s === 'manual') {
    if (isBankOnly(c)) return 'Explained as bank-only';
    return c.acceptedWithWriteOff ? 'Accepted with a write-off' : 'Matched by hand';
  }
  return 'Accepted';
}
