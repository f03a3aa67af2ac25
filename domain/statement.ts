import type { CurrencyCode } from './currency.js';
import type { BusinessDate } from './dates.js';

/** Where the balance per bank comes from (docs/statement.md). */
export type BankBalanceSource =
  | 'statement-closing' // the statement's closing-balance figure or the running balance of its last line
  | 'stated' // --statement-balance, or a person entering the statement's ending balance
  | 'mono-running-balance' // the feed: Mono's running balance on the last line at period end
  | 'mono-account-balance' // the feed: Mono's account balance (only when no line carries a balance)
  | 'unknown';

/**
 * Where the balance per books comes from. Every source but `assumed` is the books' own figure; `assumed` is the
 * bank's opening balance plus the books' entries of the period, which makes the difference unverifiable.
 */
export type BookBalanceSource =
  | 'ledger-closing' // a running- or closing-balance figure in the ledger export
  | 'ledger-api' // the accounting system's account balance over its API
  | 'carried-forward' // the last finished reconciliation's book balance plus the account's entries since
  | 'stated' // --book-balance, or a person entering it
  | 'assumed' // books assumed to open at the bank's opening balance: NOT verified
  | 'unknown';

/** One reconciling item outstanding at a period end; kept with a finished reconciliation and carried forward. */
export interface OutstandingItem {
  side: 'bank' | 'ledger';
  id: string;
  date: BusinessDate;
  reference: string | null;
  description: string;
  /** Signed as it affects the bank account (money in positive). */
  amountMinor: number;
  /** How the statement grouped a bank line the books lack (`bank-only:<account>`, `rule:…`, `unexplained`). */
  group?: string;
  /** A line a rule classified: the ledger account the rule posts it to. */
  postTo?: string;
  /** A line a named rule classified: the rule's name (the statement says it, not the id in `group`). */
  ruleName?: string;
}

/**
 * A matched group's residual (its bank lines less its book entries: a write-off, or a difference left as it is) at a
 * finished period's end. It explains part of the gap between the two balances, so it is kept with the reconciliation
 * that was signed; it is no line or entry of its own, so it is never carried forward.
 */
/** A carried bank line the books posted (their entry cleared it, not a match): kept so that a voided posting brings it back. */
export interface PostedLine {
  line: OutstandingItem;
  /** the book entry that posted it */
  entryId: string;
}

/**
 * A line of a finished period reversing a bank line an earlier reconciliation carried (a transfer that failed just
 * before its end): the two cancelled, so the finished statement listed neither, and the reversal was decided by it.
 */
export interface ReversedCarried {
  reversal: OutstandingItem;
  /** the id of the carried bank line it reversed */
  reverses: string;
}

export interface StatementAdjustment {
  id: string;
  date: BusinessDate;
  description: string;
  /** `write-off:<account>` or `residual`. */
  group: string;
  /** Signed as it affects the books' side (the bank's amount above the books' positive). */
  amountMinor: number;
}

/**
 * What a finished reconciliation is: a statement a person signed, or an agreed starting point an admin set (a date and
 * the two balances agreed at it elsewhere: no items, no report), from which the account's first statement runs.
 */
export type CheckpointKind = 'statement' | 'opening';

/** A finished statement reconciliation (a checkpoint) as the rest of the code sees it. */
export interface StatementCheckpoint {
  id: number;
  kind: CheckpointKind;
  accountId: string;
  ledgerAccount: string | null;
  periodFrom: BusinessDate;
  periodEnd: BusinessDate;
  currency: CurrencyCode;
  statementBalanceMinor: number;
  /** Where the balance per bank came from when it was signed; null on those finished before it was kept. */
  statementBalanceSource: BankBalanceSource | null;
  bookBalanceMinor: number;
  bookBalanceSource: BookBalanceSource;
  differenceMinor: number;
  items: OutstandingItem[];
  /** Residuals and write-offs of its matched groups (none kept by reconciliations finished before they were). */
  adjustments: StatementAdjustment[];
  /** Carried bank lines the books posted in its period (none kept by reconciliations finished before they were). */
  postings: PostedLine[];
  /** Lines of its period reversing a carried bank line (none kept by reconciliations finished before they were). */
  reversals: ReversedCarried[];
  finishedBy: string;
  finishedAt: string;
  reportPath: string | null;
  reopenedBy: string | null;
  reopenedAt: string | null;
}
