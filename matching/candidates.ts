import type { AssignmentState, Pair } from './assignment.js';
import { byScoreThenIds } from './assignment.js';
import { MAX_FIXED_DEDUCTION, fixedDeductions } from './deductions.js';
import { plausiblyPays } from './groups.js';
import { type PreparedBank, type PreparedLedger, daysOutside, narrationWordsOf, partyKeyOf } from './prepared.js';
import { type PairScore, scorePair } from './scoring.js';
import { AMOUNT_CANDIDATES_PER_LINE, AMOUNT_LOOKBACK_DAYS, PARTY_POOL } from './thresholds.js';
import { overAllowance, underAllowance } from './tolerance.js';

/**
 * Gathers every bank line's candidate pairs through the indexes, never all pairs: entries sharing a reference key (any
 * date), entries of a party the line names (any date the party could pay them), and entries whose amount fits (exact,
 * within tolerance, or short by a plausible deduction). An amount alone counts only inside the date window: without a
 * reference or a named party an old entry of the same amount is a coincidence, not a candidate.
 */
export function gatherCandidates(state: AssignmentState): void {
  const gatherer = new CandidateGatherer(state);
  for (const b of state.banks) gatherer.gather(b);
}

/**
 * The per-line search, written as one object whose scratch space is allocated once for the whole run: "seen" is a
 * stamp per ledger entry (the line's order + 1) rather than a set, and the candidate lists are reused, so a line
 * allocates only the pairs it keeps (and the scores it computes).
 */
class CandidateGatherer {
  private readonly seenBy: Int32Array;
  private readonly refPairs: Pair[] = [];
  private readonly others: Pair[] = [];
  private b: PreparedBank | null = null;
  private stamp = 0;
  private readonly visitReference = (l: PreparedLedger) => this.onReference(l);
  private readonly visitAmount = (l: PreparedLedger) => this.onAmount(l);

  constructor(private readonly state: AssignmentState) {
    this.seenBy = new Int32Array(state.ledgers.length);
  }

  gather(b: PreparedBank): void {
    const { state, refPairs, others } = this;
    const { opts, index } = state;
    const tol = opts.tolerance;
    const w = opts.dateWindowDays;
    this.b = b;
    this.stamp = b.order + 1;
    refPairs.length = 0;
    others.length = 0;
    index.byReference(b.keys, this.visitReference);
    // the payer's own open items: over-payments, deductions and late payments are found through the name. Only
    // amounts that could fit are scored: paid at most a tenth more, or short by at most a plausible deduction.
    const lowest = Math.floor(b.abs / 1.1) - overAllowance(b.abs, tol) - 1;
    const highest = Math.ceil(b.abs * 1.04) + underAllowance(b.abs * 2, tol) + MAX_FIXED_DEDUCTION;
    for (const key of partyKeysOf(b)) {
      let taken = 0;
      for (const l of state.partyItems(key)) {
        if (taken >= PARTY_POOL) break;
        if (l.abs < lowest || l.abs > highest) continue;
        if (this.seen(l) || !sameSide(b, l) || !plausiblyPays(b, l, w) || !state.allowed(b, l)) continue;
        const s = this.score(l);
        // not this payer after all (or no fitting amount): the amount search may still find it
        if (s.partyWeight <= 0 || s.fit === 'none' || s.fit === 'partial') continue;
        this.seenBy[l.order] = this.stamp;
        taken++;
        others.push({ b, l, s });
      }
    }
    const over = overAllowance(b.abs, tol);
    const under = underAllowance(b.abs, tol);
    const fromDay = b.day - w - AMOUNT_LOOKBACK_DAYS;
    const currency = b.line.currency;
    index.byAmount(currency, b.sign, Math.max(1, b.abs - over), b.abs + under, fromDay, b.day + w, this.visitAmount);
    // a receipt short by a known levy or fee (the ₦50 EMTL, a transfer fee): the entry is that much larger. Only the
    // fixed amounts are looked up here; a percentage charge is found through the reference or the payer.
    for (const gap of fixedDeductions(currency))
      if (gap > under) index.byAmount(currency, b.sign, b.abs + gap, b.abs + gap, fromDay, b.day + w, this.visitAmount);
    others.sort(byScoreThenIds);
    for (const p of refPairs) if (p.s.fit !== 'none' || p.s.referenceHit) state.addPair(p);
    const kept = Math.min(others.length, AMOUNT_CANDIDATES_PER_LINE);
    for (let i = 0; i < kept; i++) state.addPair(others[i]!);
    this.b = null;
  }

  private seen(l: PreparedLedger): boolean {
    return this.seenBy[l.order] === this.stamp;
  }

  private score(l: PreparedLedger): PairScore {
    const { opts } = this.state;
    return scorePair(this.b!, l, opts.tolerance, opts.dateWindowDays, opts.writeOffAccount);
  }

  /** An entry sharing a reference key: a candidate on the same side, a credit note against it on the other. */
  private onReference(l: PreparedLedger): void {
    const { state } = this;
    const b = this.b!;
    if (l.entry.currency === b.line.currency && l.sign !== b.sign && state.allowed(b, l)) {
      const list = state.creditNotesOf.get(b);
      if (!list) state.creditNotesOf.set(b, [l]);
      else if (!list.includes(l)) list.push(l);
      return;
    }
    if (this.seen(l) || !sameSide(b, l) || !state.allowed(b, l)) return;
    this.seenBy[l.order] = this.stamp;
    this.refPairs.push({ b, l, s: this.score(l) });
  }

  /** An entry whose amount fits: kept when its amount fits and, without reference or party, inside the window. */
  private onAmount(l: PreparedLedger): void {
    const b = this.b!;
    if (this.seen(l) || !this.state.allowed(b, l)) return;
    this.seenBy[l.order] = this.stamp;
    const s = this.score(l);
    if (s.fit === 'none' || s.fit === 'partial') return;
    // an amount alone is evidence only inside the window; a named party may pay weeks late
    if (s.partyWeight <= 0 && !s.referenceHit && daysOutside(b, l) > this.state.opts.dateWindowDays) return;
    this.others.push({ b, l, s });
  }
}

const sameSide = (b: PreparedBank, l: PreparedLedger) => l.entry.currency === b.line.currency && l.sign === b.sign;

/** The party keys a bank line names: its counterparty field, or, without one, any two narration words in a row. */
export function partyKeysOf(b: PreparedBank): string[] {
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
