import type { Kysely } from 'kysely';
import { getAccount } from '../db/account-repository.js';
import { createAuditRepository } from '../db/audit-repository.js';
import { liveBusinessDateRange, runningBalanceAt } from '../db/bank-transaction-repository.js';
import type { Database } from '../db/schema.js';
import { createStatementRepository } from '../db/statement-repository.js';
import { normalizeCurrency } from '../domain/currency.js';
import { formatMoney } from '../domain/money.js';
import type { OutstandingItem, StatementCheckpoint } from '../domain/statement.js';
import { type BankLineOpenAt, bankLinesOpenAt } from './bank-lines-open-at.js';
import { bookEntriesOpenAt } from './book-entries-open-at.js';
import { StatementCheckpointError } from './statement-checkpoints.js';

export interface StartingPointInput {
  accountId: string;
  ledgerAccount: string | null;
  /** The books bound to the account: where the entries outstanding at D are. */
  ledgerSourceId: string | null;
  /** D: the last day the balances were agreed at; the first statement runs from the day after. */
  date: string;
  /** The bank's balance at the end of D (the feed's running balance there, when the feed has one). */
  statementBalanceMinor: number;
  /** The books' balance at the end of D, as agreed. */
  bookBalanceMinor: number;
  /**
   * The book entries the agreed reconciliation left outstanding at D (deposits in transit, unpresented payments), by
   * id: the next statements list them until the bank clears them. None: the gap between the balances is not itemised.
   */
  outstanding?: string[];
  /**
   * The bank lines dated up to D the books lacked at it (a month-end charge, interest), by id: the next statements
   * list them as not in the books until the books post them.
   */
  outstandingLines?: string[];
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
  const items = await outstandingItems(db, account.id, input, amount);
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
      // itemised, the entries explain the gap to the cent (refused otherwise); not, it was explained where agreed
      differenceMinor: 0,
      items,
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
        outstanding: items
          .filter((i) => i.side === 'ledger')
          .map((i) => ({ id: i.id, date: i.date, amountMinor: i.amountMinor })),
        ...(items.some((i) => i.side === 'bank')
          ? {
              outstandingLines: items
                .filter((i) => i.side === 'bank')
                .map((i) => ({ id: i.id, date: i.date, amountMinor: i.amountMinor })),
            }
          : {}),
      },
    });
    return saved;
  });
}

/**
 * The entries and lines ticked as outstanding at D, each checked to be one (the bound account's entry open at D; the
 * account's line dated up to D no entry dated up to it clears), and together the whole gap between the two balances:
 * the bank's plus the entries it had not cleared, less the lines the books lacked, is the books'.
 */
async function outstandingItems(
  db: Kysely<Database>,
  accountId: string,
  input: StartingPointInput,
  amount: (minor: number) => string,
): Promise<OutstandingItem[]> {
  const ids = [...new Set(input.outstanding ?? [])];
  const lineIds = [...new Set(input.outstandingLines ?? [])];
  if (ids.length === 0 && lineIds.length === 0) return [];
  if (!input.ledgerSourceId)
    throw new StatementCheckpointError(
      `the account has no books bound: there are no ${ids.length ? 'book entries' : 'bank lines the books lacked'} to leave outstanding`,
    );
  const open = new Map(
    (
      await bookEntriesOpenAt(db, {
        accountId,
        ledgerSourceId: input.ledgerSourceId,
        ledgerAccount: input.ledgerAccount,
        date: input.date,
      })
    ).map((e) => [e.id, e]),
  );
  const items: OutstandingItem[] = [];
  for (const id of ids) {
    const e = open.get(id);
    if (!e)
      throw new StatementCheckpointError(
        `book entry ${id} is not an open entry of the bank's ledger account dated on or before ${input.date}, nor one the bank had not cleared by then`,
      );
    items.push({
      side: 'ledger',
      id,
      date: e.date,
      reference: e.reference,
      description: e.description,
      amountMinor: e.amountMinor,
    });
  }
  const lines = lineIds.length
    ? new Map((await bankLinesOpenAt(db, { accountId, date: input.date })).map((l) => [l.id, l]))
    : new Map<string, BankLineOpenAt>();
  for (const id of lineIds) {
    const l = lines.get(id);
    if (!l)
      throw new StatementCheckpointError(
        `bank line ${id} is not a line of the account dated on or before ${input.date} that the books lacked then`,
      );
    items.push({
      side: 'bank',
      id,
      date: l.date,
      reference: null,
      description: l.narration,
      amountMinor: l.amountMinor,
      // matched to an entry the books dated after the start: it waits for that entry, as a line recorded later does;
      // otherwise what the agreed reconciliation listed as not in the books
      group: l.bookedOn ? 'recorded-later' : 'at-start',
    });
  }
  items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.id) - Number(b.id)));
  // the books' balance is the bank's plus the entries the bank lacked, less the lines the books lacked
  const net = items.reduce((s, i) => s + (i.side === 'ledger' ? i.amountMinor : -i.amountMinor), 0);
  const gap = input.bookBalanceMinor - input.statementBalanceMinor;
  if (net !== gap)
    throw new StatementCheckpointError(
      `the ${lineIds.length ? 'entries and lines' : 'entries'} ticked outstanding come to ${amount(net)}, the books' balance less the statement's to ${amount(gap)}: they differ by ${amount(Math.abs(gap - net))}; tick every ${lineIds.length ? 'entry and line' : 'entry'} the agreed reconciliation left outstanding, and only those, or none to start from the balances alone`,
    );
  return items;
}
