import type { Kysely } from 'kysely';
import { getAccount } from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { liveBusinessDateRange, runningBalanceAt } from '../db/bank-transaction-repository.js';
import type { Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { normalizeCurrency } from '../domain/currency.js';
import { formatMoney } from '../domain/money.js';
import type { StatementCheckpoint } from '../domain/statement.js';
import { StatementCheckpointError } from './statement-checkpoints.js';

export interface StartingPointInput {
  accountId: string;
  ledgerAccount: string | null;
  /** D: the last day the balances were agreed at; the first statement runs from the day after. */
  date: string;
  /** The bank's balance at the end of D (the feed's running balance there, when the feed has one). */
  statementBalanceMinor: number;
  /** The books' balance at the end of D, as agreed. */
  bookBalanceMinor: number;
  reason: string;
  by: string;
  at?: string;
}

/**
 * Sets an account's agreed starting point (Xero's opening balance, QuickBooks' beginning balance): stored as a
 * finished reconciliation of kind `opening`, so that the next statement runs from the day after D, opens from the two
 * balances given (the books' carried forward as agreed, not assumed), and the lines dated up to D are locked as out of
 * scope. Only for an account with no finished reconciliation: a later start would rewrite a signed history. Undone as
 * any finished reconciliation is (reopened by an admin, while nothing is finished after it).
 */
export async function setStartingPoint(db: Kysely<Database>, input: StartingPointInput): Promise<StatementCheckpoint> {
  if (!input.reason.trim())
    throw new StatementCheckpointError('say why the account starts from this point (kept in the audit log)');
  const account = await getAccount(db, input.accountId);
  if (!account) throw new StatementCheckpointError(`no account ${input.accountId}`);
  const ccy = normalizeCurrency(account.currency);
  const amount = (minor: number) => formatMoney({ minor, currency: ccy });
  const range = await liveBusinessDateRange(db, account.id);
  if (!range?.from || !range.to) throw new StatementCheckpointError('the feed has no bank lines yet to start from');
  if (input.date < range.from)
    throw new StatementCheckpointError(
      `${input.date} is before the feed's first line (${range.from}): there is nothing before it to leave out; choose a date on or after it`,
    );
  // A day after the last sync may have lines the feed has not fetched: the agreed balance would not be the feed's.
  const through = account.synced_through ?? range.to;
  if (input.date > through)
    throw new StatementCheckpointError(
      `${input.date} is after the feed's last sync (the bank's lines are in only through ${through}): choose a date on or before it, or sync the account first`,
    );
  // The next statement opens from this balance and clears the feed's lines after D against it: any figure but the
  // feed's own at D would leave a cleared difference no decision could remove.
  const feed = await runningBalanceAt(db, account.id, input.date);
  if (feed && feed.balanceMinor !== input.statementBalanceMinor)
    throw new StatementCheckpointError(
      `the statement's balance at ${input.date} must be the bank's: the feed's running balance then is ${amount(feed.balanceMinor)} (its line of ${feed.date}), not ${amount(input.statementBalanceMinor)}`,
    );
  const at = input.at ?? new Date().toISOString();
  return db.transaction().execute(async (trx) => {
    const statements = createStatementRepository(trx);
    const last = await statements.latest(account.id);
    if (last)
      throw new StatementCheckpointError(
        `${last.kind === 'opening' ? `starting point #${last.id} at` : `reconciliation #${last.id} to`} ${last.periodEnd} is finished already: a starting point is set only before an account's first; an admin may unlock #${last.id} first`,
      );
    const saved = await statements.insert({
      kind: 'opening',
      accountId: account.id,
      ledgerAccount: input.ledgerAccount,
      periodFrom: range.from!,
      periodEnd: input.date,
      currency: account.currency,
      statementBalanceMinor: input.statementBalanceMinor,
      statementBalanceSource: feed ? 'mono-running-balance' : 'stated',
      bookBalanceMinor: input.bookBalanceMinor,
      bookBalanceSource: 'stated',
      // agreed, not worked out here: the gap between the two balances was explained where they were agreed
      differenceMinor: 0,
      items: [],
      finishedBy: input.by,
      finishedAt: at,
    });
    await createAuditRepository(trx).append({
      at,
      actor: input.by,
      action: 'statement.start',
      entityType: 'statement_reconciliation',
      entityId: String(saved.id),
      accountId: account.id,
      detail: { reason: input.reason.trim() },
      after: {
        kind: 'opening',
        periodEnd: saved.periodEnd,
        statementBalanceMinor: saved.statementBalanceMinor,
        statementBalanceSource: saved.statementBalanceSource,
        bookBalanceMinor: saved.bookBalanceMinor,
        bookBalanceSource: saved.bookBalanceSource,
      },
    });
    return saved;
  });
}
