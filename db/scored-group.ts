import type { GEb } from './live-candidate.js';

/**
 * The group `g` carries a confidence at or above `min`: one the engine scored (an automatic match, a suggestion, a
 * suggestion accepted, a rule's posting or proposal at the rule's confidence). A person's own match (find & match,
 * bank-only, an accept with a write-off) is stored at 1 but was scored by nobody, so no confidence filter lists it.
 */
export function scoredAtLeast(eb: GEb, min: number) {
  return eb.and([eb('g.status', '!=', 'manual'), eb('g.confidence', '>=', min)]);
}
