import { bankOnlyGroup } from '../adapters/reports/report-words.js';
import type { Candidate } from './review-data.js';

export { bankOnlyGroup };

/**
 * A line a person explained as bank-only is a manual group with no book entry and the whole amount to an account:
 * "Matched by hand … Writes off ₦119.00" read as if a match to the books had been made and a difference written off.
 */
export function isBankOnly(c: Candidate): boolean {
  return bankOnlyGroup(c.group) && !!c.group.writeOff;
}

/** How the line's match was made, as its row and a refused decision's notice say it. */
export function heldVerb(c: Candidate): string {
  const s = c.group.status;
  if (s === 'auto') return 'Matched automatically';
  if (s === 'manual') {
    if (isBankOnly(c)) return 'Explained as bank-only';
    return c.acceptedWithWriteOff ? 'Accepted with a write-off' : 'Matched by hand';
  }
  return 'Accepted';
}
