import type { Kysely } from 'kysely';
import { createReviewRepository } from '../db/review-repository.js';
import type { AccountRow, BankTransactionRow, Database, LedgerEntryRow } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import type { StatementCheckpoint } from '../domain/statement.js';
import { ledgerSourceOf } from './review-data.js';

/**
 * A statement checkpoint in progress, as QuickBooks' and Xero's reconcile screens show it, with two checks that can
 * fail:
 * - cleared: the statement's ending balance against the opening balance plus the period's bank lines a decision
 *   cleared (matched, or explained as bank-only). Every undecided line, and a mistyped or wrong ending balance,
 *   leaves a difference.
 * - books: the statement's ending balance against the books' own balance (stated by the person, or carried forward
 *   from the last finished checkpoint with the ledger account's entries since), after the reconciling items
 *   (book entries no bank line clears, bank lines not in the books, written-off differences). A balance derived
 *   from the bank is never used, so this difference is real.
 */
export interface StatementFigures {
  end: string;
  previous: StatementCheckpoint | null;
  openingMinor: number | null;
  statementBalanceMinor: number | null;
  statementSource: 'stated' | 'mono-running-balance' | 'unknown';
  feedBalance: { balanceMinor: number; date: string } | null;
  lines: number;
  cleared: number;
  clearedSumMinor: number;
  unclearedLines: BankTransactionRow[];
  clearedDifferenceMinor: number | null;
  bookBalanceMinor: number | null;
  bookSource: 'stated' | 'carried-forward' | 'unknown';
  outstandingLedger: LedgerEntryRow[];
  outstandingLedgerMinor: number;
  unclearedBankMinor: number;
  writtenOffMinor: number;
  booksDifferenceMinor: number | null;
  awaitingReview: number;
  ledgerAccount: string | null;
  /** Why it cannot be finished yet (empty when it can). */
  blockers: string[];
}

export async function statementFigures(
  db: Kysely<Database>,
  account: AccountRow,
  input: { end: string; statementBalanceMinor?: number; bookBalanceMinor?: number },
): Promise<StatementFigures> {
  const review = createReviewRepository(db);
  const statements = createStatementRepository(db);
  const previous = await statements.latest(account.id);
  const after = previous && previous.periodEnd < input.end ? previous.periodEnd : null;
  const lines = await review.periodLines(account.id, after, input.end);
  const feedBalance = await review.bankBalanceAt(account.id, input.end);
  const first = lines[0];
  const openingMinor = previous
    ? previous.statementBalanceMinor
    : first && first.balance_minor !== null
      ? Number(first.balance_minor) - Number(first.amount_minor)
      : null;
  const statementBalanceMinor = input.statementBalanceMinor ?? feedBalance?.balanceMinor ?? null;
  const statementSource =
    input.statementBalanceMinor !== undefined ? 'stated' : feedBalance ? 'mono-running-balance' : 'unknown';
  const clearedLines = lines.filter((l) => l.cleared);
  const clearedSumMinor = clearedLines.reduce((s, l) => s + Number(l.amount_minor), 0);
  const unclearedLines = lines.filter((l) => !l.cleared);
  const clearedDifferenceMinor =
    statementBalanceMinor === null || openingMinor === null
      ? null
      : statementBalanceMinor - (openingMinor + clearedSumMinor);

  const binding = ledgerSourceOf(account);
  const ledgerAccount = binding?.ledgerAccount || null;
  let bookBalanceMinor: number | null = input.bookBalanceMinor ?? null;
  let bookSource: StatementFigures['bookSource'] = input.bookBalanceMinor !== undefined ? 'stated' : 'unknown';
  if (bookBalanceMinor === null && previous && binding && previous.periodEnd < input.end) {
    bookBalanceMinor =
      previous.bookBalanceMinor +
      (await review.ledgerMovement(binding.sourceId, ledgerAccount, previous.periodEnd, input.end));
    bookSource = 'carried-forward';
  }
  const outstandingLedger = binding ? await review.outstandingLedger(binding.sourceId, ledgerAccount, input.end) : [];
  const outstandingLedgerMinor = outstandingLedger.reduce((s, l) => s + Number(l.amount_minor), 0);
  const allUncleared = await review.periodLines(account.id, null, input.end);
  const unclearedBankMinor = allUncleared.filter((l) => !l.cleared).reduce((s, l) => s + Number(l.amount_minor), 0);
  const writtenOffMinor = await review.heldDifferences(account.id, input.end);
  const booksDifferenceMinor =
    statementBalanceMinor === null || bookBalanceMinor === null
      ? null
      : statementBalanceMinor - bookBalanceMinor - unclearedBankMinor + outstandingLedgerMinor - writtenOffMinor;
  const awaitingReview = await review.countQueue(account.id, { view: 'suggested', to: input.end });

  const blockers: string[] = [];
  if (previous && previous.periodEnd >= input.end)
    blockers.push(`a reconciliation to ${previous.periodEnd} is finished already; choose a later ending date`);
  if (statementBalanceMinor === null) blockers.push("enter the statement's ending balance");
  if (openingMinor === null) blockers.push('the opening balance is unknown (the lines carry no running balance)');
  if (clearedDifferenceMinor !== null && clearedDifferenceMinor !== 0)
    blockers.push('the statement balance and the cleared lines differ');
  if (unclearedLines.length) blockers.push(`${unclearedLines.length} bank line(s) of the period are not decided yet`);
  if (awaitingReview) blockers.push(`${awaitingReview} line(s) await review`);
  if (bookBalanceMinor === null) blockers.push("enter the books' balance at the ending date");
  if (booksDifferenceMinor !== null && booksDifferenceMinor !== 0)
    blockers.push('the books do not agree with the bank after the reconciling items');
  return {
    end: input.end,
    previous,
    openingMinor,
    statementBalanceMinor,
    statementSource,
    feedBalance,
    lines: lines.length,
    cleared: clearedLines.length,
    clearedSumMinor,
    unclearedLines,
    clearedDifferenceMinor,
    bookBalanceMinor,
    bookSource,
    outstandingLedger,
    outstandingLedgerMinor,
    unclearedBankMinor,
    writtenOffMinor,
    booksDifferenceMinor,
    awaitingReview,
    ledgerAccount,
    blockers,
  };
}

/** The date through which finished reconciliations lock the account's lines (null: nothing locked). */
export async function lockedThrough(db: Kysely<Database>, accountId: string): Promise<string | null> {
  return (await createStatementRepository(db).latest(accountId))?.periodEnd ?? null;
}
