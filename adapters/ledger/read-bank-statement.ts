import type { CurrencyCode } from '../../domain/currency.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { findBalanceBreaks } from '../../domain/transactions.js';
import { LedgerFileError } from './ledger-file-error.js';
import { openProfiledTable } from './open-table.js';
import { splitPartyInfo } from './party-info.js';
import { RowIdentity } from './row-identity.js';
import { readMappedRows, type SkippedRow } from './row-reader.js';
import type { TabularReadOptions } from './tabular-options.js';

/** A statement line with the file row it came from (what a person finds it by). */
export interface StatementLine extends BankLine {
  row: number;
  /**
   * The id the file gives the transaction, when it has a column for one (M-PESA's Receipt No., a cheque number). It
   * is part of the line's id; it is not the reference (an M-PESA charge shares its payment's receipt).
   */
  transactionId?: string | null;
}

export interface BankStatement {
  lines: StatementLine[];
  currency: CurrencyCode;
  openingBalanceMinor: number | null;
  closingBalanceMinor: number | null;
  preset: string;
  fileHash: string;
  /**
   * The last four digits of the account number the statement's heading names, if any: enough to find the account
   * in a general ledger that holds several banks, and never the whole number (it must not reach logs or messages).
   */
  accountNumberTail: string | null;
  /**
   * Rows below the header that were not read as lines, with the reason: summary rows (totals, balances brought
   * forward) and rows whose transaction status says the money did not move (an M-PESA Failed or Cancelled row).
   */
  skipped: SkippedRow[];
}

// A heading such as "Account Number:,******4821" or "Acc No: 0123456789" above the statement's table.
const ACCOUNT_LABEL = /\b(account|acct|acc)\.?\s*(number|no\.?|#)/i;

function accountTail(texts: string[]): string | null {
  const i = texts.findIndex((t) => ACCOUNT_LABEL.test(t));
  if (i < 0) return null;
  const rest = [texts[i]!.replace(ACCOUNT_LABEL, ''), ...texts.slice(i + 1)].join(' ');
  const digits = rest.match(/\d{4,}/g);
  const last = digits?.[digits.length - 1];
  return last ? last.slice(-4) : null;
}

function breaks(lines: StatementLine[]): number {
  return findBalanceBreaks(
    lines.map((l) => ({ providerTxnId: l.id, amountMinor: l.amountMinor, balanceMinor: l.balanceMinor ?? null })),
  ).length;
}

/**
 * Whether the file lists lines newest first. The running balance decides when it can (it also orders lines of a
 * single day): the order in which each balance follows from the previous one is the posting order. Otherwise dates.
 */
function newestFirst(lines: StatementLine[]): boolean {
  if (lines.length < 2) return false;
  if (lines.some((l) => l.balanceMinor != null)) {
    const forward = breaks(lines);
    const backward = breaks([...lines].reverse());
    if (forward !== backward) return backward < forward;
  }
  return lines[0]!.date > lines[lines.length - 1]!.date;
}

/**
 * Reads a bank statement export into bank lines, oldest first (Nigerian banks list newest first). Opening and
 * closing balances come from the running-balance column when there is one. All or nothing.
 */
export async function readBankStatementFile(path: string, opts: TabularReadOptions = {}): Promise<BankStatement> {
  const { src, profile } = await openProfiledTable(path, opts);
  const identity = new RowIdentity();
  const lines: StatementLine[] = [];
  let currency: CurrencyCode | null = profile.currency;
  let accountNumberTail: string | null = null;
  for await (const r of src.rows()) {
    if (r.row >= profile.headerRow) break;
    accountNumberTail ??= accountTail(r.cells.map((c) => (c === null || c === undefined ? '' : String(c).trim())));
  }
  const skipped: SkippedRow[] = [];
  for await (const r of readMappedRows(src, profile, (s) => skipped.push(s))) {
    if (currency !== null && r.currency !== currency) {
      throw new LedgerFileError(
        { file: path, sheet: src.sheet, row: r.row, column: 'currency' },
        `one currency per statement; this row is ${r.currency}, earlier rows ${currency}`,
      );
    }
    currency = r.currency;
    // "254714***347 - GRACE AKINYI": the number is the counterparty's account, the rest its name (party-info.ts).
    const party = r.party === null ? null : splitPartyInfo(r.party);
    lines.push({
      id: identity.idFor(r, 'line:').id,
      date: r.date,
      amountMinor: r.amountMinor,
      currency: r.currency,
      narration: r.description,
      reference: r.reference,
      counterpartyName: party ? party.name : r.party,
      counterpartyAccount: party ? party.account : null,
      balanceMinor: r.balanceMinor,
      ...(r.feeMinor !== null ? { feeMinor: r.feeMinor } : {}),
      row: r.row,
      transactionId: r.journalId,
    });
  }
  if (currency === null) {
    throw new LedgerFileError({ file: path, sheet: src.sheet }, 'a currency: no rows and no configured currency');
  }
  if (newestFirst(lines)) lines.reverse();
  const first = lines[0];
  const last = lines[lines.length - 1];
  const openingBalanceMinor = first && first.balanceMinor != null ? first.balanceMinor - first.amountMinor : null;
  const closingBalanceMinor = last && last.balanceMinor != null ? last.balanceMinor : null;
  return {
    lines,
    currency,
    openingBalanceMinor,
    closingBalanceMinor,
    preset: profile.preset,
    fileHash: src.fileHash,
    accountNumberTail,
    skipped,
  };
}
