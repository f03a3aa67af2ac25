import type { AssignmentState, Pair } from './assignment.js';
import { byScoreThenIds } from './assignment.js';
import { MAX_FIXED_DEDUCTION, fixedDeductions } from './deductions.js';
import { plausiblyPays } from './groups.js';
import { type PreparedBank, type PreparedLedger, daysOutside, narrationWordsOf, partyKeyOf } from './prepared.js';
import { scorePair } from './scoring.js';
import { AMOUNT_CANDIDATES_PER_LINE, AMOUNT_LOOKBACK_DAYS, PARTY_POOL } from './thresholds.js';
import { overAllowance, underAllowance } from './tolerance.js';

/**
 * Gathers every bank line's candidate pairs through the indexes, never all pairs: entries sharing a reference key (any
 * date), entries of a party the line names (any date the party could pay them), and entries whose amount fits (exact,
 * within tolerance, or short by a plausible deduction). An amount alone counts only inside the date window: without a
 * reference or a named party an old entry of the same amount is a coincidence, not a candidate.
 */
export function gatherCandidates(state: AssignmentState): void {
  const { opts, index } = state;
  const tol = opts.tolerance;
  const w = opts.dateWindowDays;
  const seen = new Set<PreparedLedger>();
  for (const b of state.banks) {
    seen.clear();
    const refPairs: Pair[] = [];
    const others: Pair[] = [];
    const sameSide = (l: PreparedLedger) => l.entry.currency === b.line.currency && l.sign === b.sign;
    const score = (l: PreparedLedger) => scorePair(b, l, tol, w, opts.writeOffAccount);
    index.byReference(b.keys, (l) => {
      if (l.entry.currency === b.line.currency && l.sign !== b.sign && state.allowed(b, l)) {
        const list = state.creditNotesOf.get(b);
        if (!list) state.creditNotesOf.set(b, [l]);
        else if (!list.includes(l)) list.push(l);
        return;
      }
      if (seen.has(l) || !sameSide(l) || !state.allowed(b, l)) return;
      seen.add(l);
      refPairs.push({ b, l, s: score(l) });
    });
    // the payer's own open items: over-payments, deductions and late payments are found through the name. Only
    // amounts that could fit are scored: paid at most a tenth more, or short by at most a plausible deduction.
    const lowest = Math.floor(b.abs / 1.1) - overAllowance(b.abs, tol) - 1;
    const highest = Math.ceil(b.abs * 1.04) + underAllowance(b.abs * 2, tol) + MAX_FIXED_DEDUCTION;
    for (const key of partyKeysOf(b)) {
      let taken = 0;
      for (const l of state.partyItems(key)) {
        if (taken >= PARTY_POOL) break;
        if (l.abs < lowest || l.abs > highest) continue;
        if (seen.has(l) || !sameSide(l) || !plausiblyPays(b, l, w) || !state.allowed(b, l)) continue;
        const s = score(l);
        // not this payer after all (or no fitting amount): the amount search may still find it
        if (s.partyWeight <= 0 || s.fit === 'none' || s.fit === 'partial') continue;
        seen.add(l);
        taken++;
        others.push({ b, l, s });
      }
    }
    const over = overAllowance(b.abs, tol);
    const under = underAllowance(b.abs, tol);
    const visitAmount = (l: PreparedLedger) => {
      if (seen.has(l) || !state.allowed(b, l)) return;
      seen.add(l);
      const s = score(l);
      if (s.fit === 'none' || s.fit === 'partial') return;
      // an amount alone is evidence only inside the window; a named party may pay weeks late
      if (s.partyWeight <= 0 && !s.referenceHit && daysOutside(b, l) > w) return;
      others.push({ b, l, s });
    };
    const fromDay = b.day - w - AMOUNT_LOOKBACK_DAYS;
    index.byAmount(b.line.currency, b.sign, Math.max(1, b.abs - over), b.abs + under, fromDay, b.day + w, visitAmount);
    // a receipt short by a known levy or fee (the ₦50 EMTL, a transfer fee): the entry is that much larger. Only the
    // fixed amounts are looked up here; a percentage charge is found through the reference or the payer.
    for (const gap of fixedDeductions(b.line.currency))
      if (gap > under)
        index.byAmount(b.line.currency, b.sign, b.abs + gap, b.abs + gap, fromDay, b.day + w, visitAmount);
    others.sort(byScoreThenIds);
    for (const p of refPairs) if (p.s.fit !== 'none' || p.s.referenceHit) state.addPair(p);
    for (const p of others.slice(0, AMOUNT_CANDIDATES_PER_LINE)) state.addPair(p);
  }
}

/** The party keys a bank line names: its counterparty field, or, without one, any two narration words in a row. */
function partyKeysOf(b: PreparedBank): string[] {
  if (b.partyKey) return [b.partyKey];
  const words = narrationWordsOf(b);
  const keys: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^[A-Z]{2,}$/.test(words[i]!)) continue;
    // a one-word party ("DANGOTE") is keyed by that word alone
    if (words[i]!.length >= 5) keys.push(words[i]!);
    if (i + 1 < words.length) keys.push(partyKeyOf([words[i]!, words[i + 1]!])!);
  }
  return keys;
}
