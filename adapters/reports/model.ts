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

/**
 * Where a period's bank opening balance comes from: the close of the finished reconciliation (or the agreed starting
 * point) the period follows, else the running balance before its first line (its balance less its amount).
 */
export type BankOpenedFrom =
  { kind: 'reconciliation' | 'agreed-start'; id: number; periodEnd: string } | { kind: 'first-line' };

/**
 * How the balance per books came about, as opening + the period's entries = closing: shown beside the bank's own
 * opening, movements and closing, so that each side can be added up by the reader.
 */
export interface BookRollForward {
  /** The books at the day before the period. */
  openingMinor: number;
  /**
   * assumed: the bank's opening balance (the books' own figure is not known); carried-forward: the last finished
   * reconciliation's book balance; agreed: the books' balance an admin set as the agreed starting point; derived: the
   * books' stated closing balance less the period's entries.
   */
  openingSource: 'assumed' | 'carried-forward' | 'agreed' | 'derived';
  /** The bound ledger account's entries dated in the period, and their sum. */
  entries: number;
  movementsMinor: number;
  closingMinor: number;
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
  /**
   * The bank's balance before the period (null: no line carries a running balance) and where it comes from: what the
   * statement's proof starts from (StatementProof). Absent where the path that built the report does not know it.
   */
  bankOpening?: { minor: number | null; from: BankOpenedFrom };
  /** The books' side from its opening to the balance per books (null: not known); absent as `bankOpening`. */
  bookRollForward?: BookRollForward | null;
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
  /** What the statement rests on before its lines (absent when the report has no `bankOpening`). */
  proof?: StatementProof;
}

/**
 * The checks a period is signed on before its statement, as QuickBooks' and Xero's reconcile screens make them: the
 * statement balance against the opening plus the lines a decision cleared (an undecided line, or a mistyped balance,
 * leaves a cleared difference), and each side from its opening to its closing. The statement page shows them at its
 * top, and the workbook's Summary and the report document carry them, so that the filed working paper shows the proof
 * the finish rests on.
 */
export interface StatementProof {
  bank: {
    openingMinor: number | null;
    openedFrom: BankOpenedFrom;
    /** The period's bank lines and their sum: the bank's movements. */
    lines: number;
    movementsMinor: number;
    /** opening + movements (null with no opening). */
    closingMinor: number | null;
  };
  books: BookRollForward | null;
  /** The period's lines a decision clears (matched, or reversing a carried line) and their sum. */
  cleared: { lines: number; totalMinor: number };
  /** Statement balance − (opening + cleared): zero before the period can be finished; null when either is unknown. */
  clearedDifferenceMinor: number | null;
  /** The period's bank lines no decision clears, by id. */
  unclearedIds: string[];
}
