import type { BankBalanceSource, BookBalanceSource } from '../../domain/statement.js';

/**
 * The report's codes in the words a person reads: where each balance came from and why an item is on the statement.
 * The workbook, its CSV variant, the web pages and the CLI's summary all say them this way; the JSON document, the
 * web's signed-statement CSV and the audit filter keep the codes (`stated`, `rule:ng-emtl`) for scripts.
 */

const BANK_SOURCE: Record<BankBalanceSource, string> = {
  'statement-closing': "the statement's closing balance",
  stated: 'as entered',
  'mono-running-balance': "the bank feed's running balance on its last line",
  'mono-account-balance': "the bank feed's account balance",
  unknown: 'not known',
};

const BOOK_SOURCE: Record<BookBalanceSource, string> = {
  'ledger-closing': "the ledger export's closing balance",
  'ledger-api': "the accounting system's account balance",
  'carried-forward': 'carried forward from the last finished reconciliation, with the book entries since',
  stated: 'as entered',
  assumed: "NOT VERIFIED: books assumed to open at the bank's opening balance",
  unknown: 'not known',
};

/** "as entered", "the statement's closing balance"; a source this build does not know is shown as stored. */
export function bankBalanceSourceText(source: string): string {
  return BANK_SOURCE[source as BankBalanceSource] ?? source;
}

/** "as entered", "carried forward from the last finished reconciliation, …"; unknown codes as stored. */
export function bookBalanceSourceText(source: string): string {
  return BOOK_SOURCE[source as BookBalanceSource] ?? source;
}

const GROUPS: Record<string, string> = {
  residual: 'residual of a match',
  'recorded-later': 'booked later',
  unexplained: 'not explained',
};

/**
 * Why an item is on the statement: `rule:ng-emtl` → "by rule ng-emtl", `write-off:Bank charges` → "to Bank charges",
 * `recorded-later` → "booked later"; `reversal` and `interest` are words already.
 */
export function groupText(group: string): string {
  const at = group.indexOf(':');
  const kind = at < 0 ? group : group.slice(0, at);
  const name = at < 0 ? '' : group.slice(at + 1);
  if (kind === 'rule' && name) return `by rule ${name}`;
  if (kind === 'write-off' && name) return `to ${name}`;
  return GROUPS[group] ?? group;
}
