import type { BankLine, ReconcileResult } from '../domain/reconciliation.js';
import type { OutstandingItem } from '../domain/statement.js';
import { reconcile } from './engine.js';
import { REVERSAL_PAIR_RULE } from './passes/reversal-pairs.js';

/** A bank line an earlier reconciliation carried, and the line of a later period reversing it. */
export interface CarriedReversalPair {
  /** the carried line's id */
  line: string;
  /** the reversing line's id */
  reversal: string;
}

const NO_PRESETS = {
  nigerianBankCharges: false,
  ghanaianBankCharges: false,
  kenyanBankCharges: false,
  southAfricanBankCharges: false,
};

/**
 * The lines of a period that reverse a bank line a finished reconciliation carried (a transfer that failed just before
 * its end, reversed after it), judged as the engine judges a failed transfer and its reversal within one run (pass 1,
 * reversal pairs: the same transfer id, or the narration or payee repeated, within REVERSAL_MAX_DAYS, a line that two
 * could undo left to a person). The carried lines are locked in their signed period, so no run pairs them; the
 * statement does, with these. `carried` is what the reconciliation left outstanding (its bank lines are read, not one
 * carried as recorded later, which waits for its own entry); `period` is every line of the period (the engine needs
 * the other lines of the amount to see a re-sent payment or a rival). Ids may repeat across the two lists (files
 * number their own lines).
 */
export function carriedReversalPairs(
  outstanding: readonly OutstandingItem[],
  period: readonly BankLine[],
): CarriedReversalPair[] {
  const currency = period[0]?.currency;
  if (!currency) return [];
  const carried: BankLine[] = outstanding
    .filter((i) => i.side === 'bank' && i.group !== 'recorded-later' && i.amountMinor !== 0)
    .map((i) => ({
      id: i.id,
      date: i.date,
      amountMinor: i.amountMinor,
      currency,
      narration: i.description,
      reference: i.reference,
    }));
  if (carried.length === 0) return [];
  const amounts = new Set(carried.map((l) => Math.abs(l.amountMinor)));
  const near = period.filter((l) => amounts.has(Math.abs(l.amountMinor)));
  if (near.length === 0) return [];
  const CARRIED = 'c:';
  const PERIOD = 'p:';
  const result = reconcile(
    [
      ...carried.map((l) => ({ ...l, id: `${CARRIED}${l.id}` })),
      ...near.map((l) => ({ ...l, id: `${PERIOD}${l.id}` })),
    ],
    [],
    { rules: [], presets: NO_PRESETS },
  );
  const pairs: CarriedReversalPair[] = [];
  for (const m of result.matches) {
    if (m.ruleId !== REVERSAL_PAIR_RULE || m.bankIds.length !== 2) continue;
    const line = m.bankIds.find((id) => id.startsWith(CARRIED));
    const reversal = m.bankIds.find((id) => id.startsWith(PERIOD));
    if (line && reversal) pairs.push({ line: line.slice(CARRIED.length), reversal: reversal.slice(PERIOD.length) });
  }
  return pairs;
}

/**
 * A run's result without the rules' bank-only proposals for the lines that reverse a carried one (`reversals`): the
 * statement pairs those with the line they reverse, so a proposal to post one (the presets' "reversal of an earlier
 * transaction") would only ask a person to post what cancels; a candidate of the books' entries stays theirs to decide.
 */
export function withoutProposalsFor(result: ReconcileResult, reversals: ReadonlySet<string>): ReconcileResult {
  if (reversals.size === 0) return result;
  const freed: string[] = [];
  const suggestions = result.suggestions.flatMap((s) => {
    if (s.bankIds.length !== 1 || !reversals.has(s.bankIds[0]!)) return [s];
    const candidates = s.candidates.filter((c) => c.ledgerIds.length > 0);
    if (candidates.length === 0) {
      freed.push(s.bankIds[0]!);
      return [];
    }
    return [candidates.length === s.candidates.length ? s : { ...s, candidates }];
  });
  if (suggestions.length === result.suggestions.length && freed.length === 0) return result;
  // a line with a suggestion is among the unmatched already (the engine lists it there): added once
  const unmatched = new Set(result.unmatchedBank);
  return { ...result, suggestions, unmatchedBank: [...unmatched, ...freed.filter((id) => !unmatched.has(id))] };
}
