import type { CurrencyCode } from '../../domain/currency.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';
import type {
  BankBalanceSource,
  BookBalanceSource,
  OutstandingItem,
  PostedLine,
  StatementAdjustment,
} from '../../domain/statement.js';
import type { OutstandingExplanation } from './outstanding-age.js';
import type { SectionKind } from './section-kinds.js';

/**
 * The last finished reconciliation: book entries dated on or before its end that are not among its outstanding
 * items were cleared then and never reappear; its outstanding items carry forward with their original dates.
 */
export interface CarriedForward {
  periodEnd: string;
  /** It is an agreed starting point, not a finished reconciliation (its books' balance is said to come from it). */
  agreedStart?: boolean;
  items: OutstandingItem[];
  /**
   * Its matched groups' residuals and write-offs: the books lack them until a person posts them, so a later period
   * carries them as it carries the bank lines the books lack, until the books' entry posting one appears.
   */
  /** Carried bank lines the books posted in its period, with the entry that posted each (PostedLine). */
  postings?: PostedLine[];
  /**
   * Carried bank lines and the lines of this period reversing them, as the engine pairs a failed transfer and its
   * reversal (matching/carried-reversals.ts): the statement lists neither.
   */
  reversedBy?: Array<{ line: string; reversal: string }>;
  adjustments?: Array<
    StatementAdjustment & {
      /** its match's entries the books dated after that reconciliation's end: the posting it waits for, if any */
      entryIds?: string[];
    }
  >;
}

/** A bank line as it appears in a report; the category comes from the bank feed or a rule. */
export interface ReportBankLine extends BankLine {
  category?: string | null;
  /** What a person recognises the line by: the statement row ("row 14") or the bank's reference. */
  ref?: string | null;
}

/** A ledger entry as it appears in a report, with what a person recognises it by (GL row, journal id). */
export interface ReportLedgerEntry extends LedgerEntry {
  ref?: string | null;
  /** A posting a match holds that the books have deleted, voided or cancelled since: no longer the books' money. */
  removedFromBooks?: boolean;
}

export interface ReportAuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  detail: string;
  /** The action and the record in the audit page's words ("Explained a line as bank-only", "match #8"), where known. */
  words?: string;
  entityWords?: string;
}

/** Everything one account's reconciliation report shows. Amounts are signed minor units (money in is positive). */
export interface ReconciliationReport {
  account: {
    id: string;
    name: string;
    currency: CurrencyCode;
    institution?: string | null;
    ledgerAccount?: string | null;
  };
  period: { from: string; to: string };
  generatedAt: string;
  /** Closing balance per bank statement at period end. */
  statementBalanceMinor: number | null;
  /** Where it comes from (default: statement-closing when known). */
  statementBalanceSource?: BankBalanceSource;
  /** Balance per books at period end, as the books state it (never derived from the bank unless source is assumed). */
  bookBalanceMinor: number | null;
  /** Where it comes from (default: stated when known). `assumed` marks the statement's difference "not verified". */
  bookBalanceSource?: BookBalanceSource;
  /** Each balance's provenance in words (file, row, checkpoint), shown on the statement. */
  balanceNotes?: string[];
  /** Notes the statement puts before all others: what makes its very figures doubtful (a feed not synced tonight). */
  leadingNotes?: string[];
  carriedForward?: CarriedForward | null;
  bankLines: ReportBankLine[];
  ledgerEntries: ReportLedgerEntry[];
  result: ReconcileResult;
  /** Stored match group id per suggestion candidate (key: bank ids joined by ",", then "|" and ledger ids). */
  candidateIds?: ReadonlyMap<string, string>;
  /** Stored match group id per match (key: bank ids joined by ",", then "|" and ledger ids). */
  groupIds?: ReadonlyMap<string, string>;
  audit: ReportAuditEntry[];
  /** The audit's actors by the names people know them by (usernames as stored), where known: the workbook says them. */
  actorNames?: Record<string, string>;
}

/** One row of the organisation summary workbook: one linked account. */
export interface OrgSummaryRow {
  accountId: string;
  accountName: string;
  currency: CurrencyCode;
  statementBalanceMinor: number | null;
  bookBalanceMinor: number | null;
  matchedPercent: string;
  suggestionsWaiting: number;
  unmatchedLines: number;
  needsReauth: boolean;
  reauthUrl?: string | null;
  reportPath?: string | null;
  /** Why tonight's run failed on this account (its stored nightly error); null or absent when it did not fail. */
  nightlyError?: string | null;
}

/** One reconciling item behind a statement line. */
export interface StatementItem {
  source: 'bank' | 'ledger' | 'match-residual';
  /** Bank line id, ledger entry id, or for a residual the match group's bank ids joined with "+". */
  id: string;
  /** What a person recognises it by (statement row, GL row and journal id), when known. */
  ref?: string | null;
  date: string;
  reference?: string | null;
  description: string;
  /** Always positive: the statement line says whether it is added or subtracted. */
  amountMinor: number;
  /** Signed as it affects the bank account (money in positive); what a carried-forward item is restored with. */
  signedMinor?: number;
  /** For bank-only lines: charges by rule ("rule:ng-emtl"), interest, reversal, recorded-later, unexplained. */
  group?: string;
  /** For a line a rule classified: the ledger account the rule posts it to (what the bookkeeper books it under). */
  postTo?: string;
  /** For a line a named rule classified: the rule's name, what the statement says instead of the id in `group`. */
  ruleName?: string;
  /** Outstanding since an earlier period (its date is the original one). */
  carriedForward?: boolean;
}

/** Key of a match or candidate in ReconciliationReport.groupIds / candidateIds. */
export function groupKey(bankIds: readonly string[], ledgerIds: readonly string[]): string {
  return `${bankIds.join(',')}|${ledgerIds.join(',')}`;
}

export interface StatementLine {
  count: number;
  totalMinor: number;
  items: StatementItem[];
}

/** Credits or debits not in the books: a statement line with its items broken down by kind (section-kinds.ts). */
export interface NotInBooksLine extends StatementLine {
  byKind: SectionKind[];
}

/** The figures of a standard bank reconciliation statement. Null balances mean the figure was not supplied. */
export interface BankRecStatement {
  /** Carried bank lines the books posted in the period, each with the entry that did: listed on neither side. */
  postedSince?: Array<{ line: StatementItem; entryId: string }>;
  /**
   * Lines of the period reversing a carried bank line (a transfer that failed just before the last end), each with the
   * line it reverses: the two cancel, so neither is listed, and the reversal needs no decision of its own.
   */
  reversedSince?: Array<{ line: StatementItem; reversal: StatementItem }>;
  currency: CurrencyCode;
  period: { from: string; to: string };
  statementBalanceMinor: number | null;
  statementBalanceSource: BankBalanceSource;
  depositsInTransit: StatementLine;
  unpresentedPayments: StatementLine;
  /** Book entries whose clearing bank line only has a suggestion: net, signed as they adjust the bank side. */
  awaitingReviewLedger: StatementLine & { netMinor: number };
  adjustedBankBalanceMinor: number | null;
  bookBalanceMinor: number | null;
  bookBalanceSource: BookBalanceSource;
  creditsNotInBooks: NotInBooksLine;
  debitsNotInBooks: NotInBooksLine;
  /** Bank lines that only have a suggestion: net, signed as they adjust the book side. */
  awaitingReviewBank: StatementLine & { netMinor: number };
  adjustedBookBalanceMinor: number | null;
  /** Adjusted bank balance minus adjusted book balance; must be zero. Null when a balance is missing. */
  differenceMinor: number | null;
  /** Both balances are the bank's and the books' own figures, so the difference is a real check. */
  verified: boolean;
  /** Assumptions and provenance, printed on the statement itself. */
  notes: string[];
  balanced: boolean;
  /**
   * Why the book entries outstanding at the end are there: each one's age and where it comes from, the oldest, those
   * that need a look. It explains the two lines; it never moves a figure, nor the difference.
   */
  whyOutstanding: {
    depositsInTransit: OutstandingExplanation;
    unpresentedPayments: OutstandingExplanation;
  };
}
