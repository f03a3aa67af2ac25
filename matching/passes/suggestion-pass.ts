import type { Evidence, Suggestion, SuggestionCandidate } from '../../domain/reconciliation.js';
import { type AssignmentState, type Pair, byScoreThenIds, compareIds } from '../assignment.js';
import { deductionAccount, deductionFor } from '../deductions.js';
import { evidenceOf } from '../groups.js';
import { insertionSort } from '../small-sort.js';
import { HELD_OFFERED, MIN_SUGGESTION_CONFIDENCE, TIE_EPSILON } from '../thresholds.js';

/**
 * Last — suggestions for a person. Every line still open gets its best three candidates (single entries, the split
 * pass's combinations, a settlement, the rule's proposal), best first with their evidence; equally good leaders are
 * marked as a tie. A candidate short by a plausible deduction carries the gap and the account it would be written off
 * to. What was held for a person (AssignmentState.holdForPerson: the groups offered instead of confirmed, their lines and
 * entries) is open again here, every candidate of a held line saying why. Part-payment groups whose lines are all still
 * open follow.
 */
export function suggestionPass(state: AssignmentState): Suggestion[] {
  const { opts } = state;
  state.releaseHeld();
  const out: Suggestion[] = [];
  // one scratch list for every line: most lines have a candidate or two
  const singles: Pair[] = [];
  const extras = state.extraCandidates.size > 0;
  for (let bi = 0; bi < state.banks.length; bi++) {
    if (!state.bankOpenAt(bi)) continue;
    const b = state.banks[bi]!;
    const cands: SuggestionCandidate[] = [];
    singles.length = 0;
    for (let i = state.firstPairOf(b), to = state.endPairOf(b); i < to; i++) {
      if (!state.pairEntryOpen(i)) continue;
      const p = state.pairAt(i);
      if (p.s.confidence >= MIN_SUGGESTION_CONFIDENCE) singles.push(p);
    }
    insertionSort(singles, byScoreThenIds);
    for (let i = 0; i < singles.length && i < 3; i++) {
      const p = singles[i]!;
      const gap = p.l.abs - b.abs;
      const c: SuggestionCandidate = {
        ledgerIds: [p.l.entry.id],
        confidence: p.s.confidence,
        differenceMinor: b.line.amountMinor - p.l.entry.amountMinor,
        evidence: evidenceOf(p),
      };
      // set last, keeping the keys in the order the output has always had
      if (p.s.fit === 'short') {
        const short = deductionFor(b.line.currency, p.l.abs, gap, p.l.entry.date);
        c.writeOff = { account: (short && deductionAccount(short, b.sign)) ?? opts.writeOffAccount, amountMinor: gap };
      }
      cands.push(c);
    }
    if (extras)
      for (const c of state.extraCandidates.get(b) ?? [])
        if (c.ledgerIds.every((id) => state.ledgerOpenById(id))) cands.push(c);
    keepBest(cands);
    if (cands.length === 0) continue;
    const held = state.heldForPerson.get(b);
    if (held)
      for (const c of cands) {
        c.confidence = Math.min(c.confidence, HELD_OFFERED);
        if (!c.evidence.includes(held)) c.evidence = c.evidence.concat(held);
      }
    insertionSort(cands, byConfidenceThenIds);
    const top = cands.slice(0, 3);
    if (top.length > 1 && Math.abs(top[0]!.confidence - top[1]!.confidence) <= TIE_EPSILON) {
      for (const c of top.filter((c) => Math.abs(c.confidence - top[0]!.confidence) <= TIE_EPSILON))
        if (!c.evidence.some((e) => e.kind === 'tie')) c.evidence = c.evidence.concat(TIE);
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

// the same words on every tied candidate: one shared, frozen object
const TIE: Evidence = Object.freeze({
  kind: 'tie',
  detail: 'another candidate is equally good: not decided',
  weight: 0,
}) as Evidence;

/**
 * The same entries found twice (as a pair and as a settlement): the better-evidenced one is kept, in the place the
 * first one had. A line has a few candidates, so they are compared in a list, not a map.
 */
function keepBest(cands: SuggestionCandidate[]): void {
  if (cands.length < 2) return;
  const keys: string[] = [];
  let n = 0;
  for (const c of cands) {
    const key = sameEntriesKey(c);
    const j = keys.indexOf(key);
    if (j < 0) {
      keys.push(key);
      cands[n++] = c;
    } else if (c.confidence > cands[j]!.confidence) cands[j] = c;
  }
  cands.length = n;
}

function sameEntriesKey(c: SuggestionCandidate): string {
  if (c.ledgerIds.length === 0) return `rule:${c.ruleId ?? ''}`;
  return c.ledgerIds.length === 1 ? c.ledgerIds[0]! : [...c.ledgerIds].sort().join('\u0000');
}

const byConfidenceThenIds = (x: SuggestionCandidate, y: SuggestionCandidate) =>
  y.confidence - x.confidence || compareIds(idList(x), idList(y));

// the ids as they are compared: joined by commas (a single id is itself)
const idList = (c: SuggestionCandidate) => (c.ledgerIds.length === 1 ? c.ledgerIds[0]! : c.ledgerIds.join(','));
