import type { CurrencyCode } from '../../domain/currency.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';

/** A bank line as it appears in a report; the category comes from the bank feed or a rule. */
export interface ReportBankLine extends BankLine {
  category?: string | null;
}

export interface ReportAuditEntry {
  at: string;
  actor: string;
  action: string;
  entity: string;
  detail: string;
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
  /** Balance per books at period end. */
  bookBalanceMinor: number | null;
  bankLines: ReportBankLine[];
  ledgerEntries: LedgerEntry[];
  result: ReconcileResult;
  audit: ReportAuditEntry[];
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
}

/** One reconciling item behind a statement line. */
export interface StatementItem {
  source: 'bank' | 'ledger' | 'match-residual';
  /** Bank line id, ledger entry id, or for a residual the match group's bank ids joined with "+". */
  id: string;
  date: string;
  description: string;
  /** Always positive: the statement line says whether it is added or subtracted. */
  amountMinor: number;
}

export interface StatementLine {
  count: number;
  totalMinor: number;
  items: StatementItem[];
}

/** The figures of a standard bank reconciliation statement. Null balances mean the figure was not supplied. */
export interface BankRecStatement {
  currency: CurrencyCode;
  period: { from: string; to: string };
  statementBalanceMinor: number | null;
  depositsInTransit: StatementLine;
  unpresentedPayments: StatementLine;
  adjustedBankBalanceMinor: number | null;
  bookBalanceMinor: number | null;
  creditsNotInBooks: StatementLine;
  debitsNotInBooks: StatementLine;
  adjustedBookBalanceMinor: number | null;
  /** Adjusted bank balance minus adjusted book balance; must be zero. Null when a balance is missing. */
  differenceMinor: number | null;
  balanced: boolean;
}
