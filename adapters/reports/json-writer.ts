import type { CurrencyCode } from '../../domain/currency.js';
import { minorToMajorString } from '../../domain/money.js';
import type { BankRecStatement, OrgSummaryRow, ReconciliationReport, StatementLine } from './model.js';
import { spendingByCategory } from './spending.js';

// JSON carries every amount twice: exact integer minor units for programs and a major-unit decimal string for people.
const major = (minor: number | null, cur: CurrencyCode): string | null => (minor === null ? null : minorToMajorString(minor, cur));

function lineJson(l: StatementLine, cur: CurrencyCode) {
  return {
    count: l.count,
    totalMinor: l.totalMinor,
    total: major(l.totalMinor, cur),
    items: l.items.map((i) => ({ ...i, amount: major(i.amountMinor, cur) })),
  };
}

export function statementJson(s: BankRecStatement) {
  const c = s.currency;
  return {
    currency: c,
    period: s.period,
    statementBalanceMinor: s.statementBalanceMinor,
    statementBalance: major(s.statementBalanceMinor, c),
    depositsInTransit: lineJson(s.depositsInTransit, c),
    unpresentedPayments: lineJson(s.unpresentedPayments, c),
    adjustedBankBalanceMinor: s.adjustedBankBalanceMinor,
    adjustedBankBalance: major(s.adjustedBankBalanceMinor, c),
    bookBalanceMinor: s.bookBalanceMinor,
    bookBalance: major(s.bookBalanceMinor, c),
    creditsNotInBooks: lineJson(s.creditsNotInBooks, c),
    debitsNotInBooks: lineJson(s.debitsNotInBooks, c),
    adjustedBookBalanceMinor: s.adjustedBookBalanceMinor,
    adjustedBookBalance: major(s.adjustedBookBalanceMinor, c),
    differenceMinor: s.differenceMinor,
    difference: major(s.differenceMinor, c),
    balanced: s.balanced,
  };
}

/** The JSON variant: the statement, the engine's result and the inputs it refers to, in one document. */
export function renderReportJson(r: ReconciliationReport, s: BankRecStatement): string {
  const doc = {
    kind: 'bankfeed.reconciliation-report',
    version: 1,
    account: r.account,
    period: r.period,
    generatedAt: r.generatedAt,
    statement: statementJson(s),
    matches: r.result.matches,
    suggestions: r.result.suggestions,
    unmatchedBank: r.result.unmatchedBank,
    unmatchedLedger: r.result.unmatchedLedger,
    bankLines: r.bankLines.map((l) => ({ ...l, amount: minorToMajorString(l.amountMinor, l.currency) })),
    ledgerEntries: r.ledgerEntries.map((e) => ({ ...e, amount: minorToMajorString(e.amountMinor, e.currency) })),
    spendingByCategory: spendingByCategory(r.bankLines).map((x) => ({
      ...x,
      debits: minorToMajorString(x.debitsMinor, x.currency),
      credits: minorToMajorString(x.creditsMinor, x.currency),
    })),
    audit: r.audit,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function renderOrgSummaryJson(rows: OrgSummaryRow[]): string {
  const doc = {
    kind: 'bankfeed.org-summary',
    version: 1,
    accounts: rows.map((r) => ({
      ...r,
      statementBalance: major(r.statementBalanceMinor, r.currency),
      bookBalance: major(r.bookBalanceMinor, r.currency),
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
