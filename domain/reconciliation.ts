import type { CurrencyCode } from './currency.js';
import type { BusinessDate } from './dates.js';

/** A bank line as the matching engine sees it. Money in is positive. */
export interface BankLine {
  id: string;
  date: BusinessDate;
  amountMinor: number;
  currency: CurrencyCode;
  narration?: string | null;
  reference?: string | null;
  counterpartyName?: string | null;
  counterpartyAccount?: string | null;
  balanceMinor?: number | null;
  /**
   * The bank's own fee written on the same row (a statement's Fee column), as a magnitude. It is already in
   * `amountMinor`, which is what the balance moved by; the payment itself was `amountMinor + feeMinor`.
   */
  feeMinor?: number | null;
}

export type MatchKind = 'exact' | 'reference' | 'fuzzy' | 'split' | 'rule' | 'manual';

export type EvidenceKind =
  | 'reference'
  | 'counterparty_account'
  | 'counterparty_name'
  | 'amount_exact'
  | 'amount_within_tolerance'
  | 'date'
  | 'split_sum'
  | 'rule'
  | 'sole_candidate'
  | 'tie'
  /** the bank's fee on the line's own row, written off (BankLine.feeMinor) */
  | 'bank_fee';

/** One explainable reason a pair was proposed; weights add up to the confidence. */
export interface Evidence {
  kind: EvidenceKind;
  detail: string;
  weight: number;
  /**
   * Book entries the evidence names that its group does not take: a reversal pair's payment the books recorded and
   * still hold open (it will never present; the statement says so beside it).
   */
  ledgerIds?: string[];
}

export interface WriteOff {
  account: string;
  amountMinor: number;
}

/** A line a rule proposes for the books (bank charges, levies, interest): a bank-only line explained. */
export interface ProposedLedgerEntry {
  account: string;
  category?: string | null;
  counterparty?: string | null;
  description: string;
  amountMinor: number;
}

export interface MatchGroup {
  bankIds: string[];
  ledgerIds: string[];
  kind: MatchKind;
  /** 0..1 */
  confidence: number;
  currency: CurrencyCode;
  /** Sum of bank amounts minus sum of ledger amounts, in minor units; 0 for an exact match. */
  differenceMinor: number;
  writeOff: WriteOff | null;
  evidence: Evidence[];
  ruleId?: string | null;
  proposed?: ProposedLedgerEntry | null;
}

export interface SuggestionCandidate {
  ledgerIds: string[];
  confidence: number;
  differenceMinor: number;
  evidence: Evidence[];
  /** On a bank-only candidate (ledgerIds []): the rule that explains the line and the entry it proposes. */
  ruleId?: string | null;
  proposed?: ProposedLedgerEntry | null;
  /** A shortfall outside the tolerance that confirming this candidate would write off, and to which account. */
  writeOff?: WriteOff | null;
}

export interface Suggestion {
  bankIds: string[];
  /** Best first, at most three. */
  candidates: SuggestionCandidate[];
}

export interface ReconcileResult {
  matches: MatchGroup[];
  suggestions: Suggestion[];
  unmatchedBank: string[];
  unmatchedLedger: string[];
}

export interface ReconcilePeriod {
  from: BusinessDate;
  to: BusinessDate;
}
