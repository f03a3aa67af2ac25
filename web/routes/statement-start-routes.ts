import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { StatementCheckpointError } from '../../activities/statement-checkpoints.js';
import { bankLinesOpenAt } from '../../activities/bank-lines-open-at.js';
import { bookEntriesOpenAt } from '../../activities/book-entries-open-at.js';
import { setStartingPoint } from '../../activities/statement-starting-point.js';
import { liveBusinessDateRange, runningBalanceAt } from '../../db/bank-transaction-repository.js';
import type { AccountRow } from '../../db/schema.js';
import type { OutstandingItem } from '../../domain/statement.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import { counted } from '../../domain/counted.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { formatMoney } from '../../domain/money.js';
import type { WebAppContext } from '../app.js';
import { requireRole } from '../auth/access.js';
import { setFlash } from '../flash.js';
import { ledgerSourceOf } from '../review-data.js';
import { checkStartFields, startFields, type StartFields } from '../statement-start-form.js';
import { layout } from '../views/layout.js';
import { statementStartPage } from '../views/statement-start-view.js';
import { accountOr404 } from './account-routes.js';
import { isCalendarDay, sendHtml } from './review-helpers.js';

type Body = Record<string, unknown>;

/** An admin sets an account's agreed starting point (docs/web.md, "Agreed starting point"). */
export function registerStatementStartRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const statements = createStatementRepository(ctx.db);

  const feedAt = async (account: AccountRow, date: string) =>
    isCalendarDay(date) ? ((await runningBalanceAt(ctx.db, account.id, date)) ?? null) : null;

  /** The bound books' entries open at the date (null: no date yet, or no books bound). */
  const openAt = async (account: AccountRow, date: string) => {
    const books = ledgerSourceOf(account);
    return books && isCalendarDay(date)
      ? bookEntriesOpenAt(ctx.db, {
          accountId: account.id,
          ledgerSourceId: books.sourceId,
          ledgerAccount: books.ledgerAccount || null,
          date,
        })
      : null;
  };

  /** The account's lines the books lacked at the date (null: no date yet, or no books bound: no books to lack them). */
  const linesOpenAt = async (account: AccountRow, date: string) =>
    ledgerSourceOf(account) && isCalendarDay(date) ? bankLinesOpenAt(ctx.db, { accountId: account.id, date }) : null;

  /** The form with the fields as typed (never lost to a refusal) and what was wrong with them. */
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    account: AccountRow,
    form: StartFields,
    errors: string[] = [],
  ) => {
    const user = requireRole(request, 'admin');
    const range = await liveBusinessDateRange(ctx.db, account.id);
    const token = reply.generateCsrf();
    return sendHtml(
      reply,
      layout(
        { user, csrfToken: token, section: 'accounts' },
        `Starting point · ${account.name}`,
        statementStartPage(
          account,
          {
            lines: range?.from && range.to ? { from: range.from, to: range.to } : null,
            finished: await statements.latest(account.id),
            feed: await feedAt(account, form.date),
            open: await openAt(account, form.date),
            openLines: await linesOpenAt(account, form.date),
          },
          form,
          {
            csrfToken: token,
            error: errors.length ? errors.map((e) => e.replace(/\.?$/, '.')).join(' ') : undefined,
          },
        ),
      ),
      errors.length ? 400 : 200,
    );
  };

  /**
   * An empty statement balance takes the feed's at the date, as the statement page's ending balance does: the
   * figure the form shows as its placeholder is the one taken.
   */
  const withFeedBalance = async (account: AccountRow, form: StartFields): Promise<StartFields> => {
    if (form.balance) return form;
    const feed = await feedAt(account, form.date);
    return feed
      ? // written as the books field is typed, with its thousands grouped
        {
          ...form,
          balance: formatMoney(
            { minor: feed.balanceMinor, currency: normalizeCurrency(account.currency) },
            { symbol: false },
          ),
        }
      : form;
  };

  app.get('/accounts/:id/statement/start', async (request, reply) => {
    requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const form = await withFeedBalance(account, startFields((request.query ?? {}) as Body));
    return page(request, reply, account, form);
  });

  app.post('/accounts/:id/statement/start', async (request, reply) => {
    const user = requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const form = await withFeedBalance(account, startFields((request.body ?? {}) as Body));
    const { mistakes, figures } = checkStartFields(form, account);
    if (!figures) return page(request, reply, account, form, mistakes);
    const books = ledgerSourceOf(account);
    try {
      const saved = await setStartingPoint(ctx.db, {
        accountId: account.id,
        ledgerAccount: books?.ledgerAccount || null,
        ledgerSourceId: books?.sourceId ?? null,
        outstanding: figures.outstanding,
        outstandingLines: figures.outstandingLines,
        date: figures.date,
        statementBalanceMinor: figures.statementBalanceMinor,
        bookBalanceMinor: figures.bookBalanceMinor,
        reason: figures.reason,
        by: user.username,
        at: ctx.now().toISOString(),
      });
      setFlash(
        request,
        `Starting point #${saved.id} at ${saved.periodEnd} set by ${user.displayName}: the next statement runs from the day after; the lines dated on or before it are out of scope and locked.${outstandingWords(saved.items)}`,
      );
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement`, 303);
    } catch (e) {
      if (!(e instanceof StatementCheckpointError)) throw e;
      return page(request, reply, account, form, [`Not set: ${e.message}`]);
    }
  });
}

/** What a starting point set keeps outstanding, in the notice's words (nothing when it keeps nothing; kept short: a
 * notice is cut at 300 characters). */
function outstandingWords(items: readonly OutstandingItem[]): string {
  const entries = items.filter((i) => i.side === 'ledger').length;
  const lines = items.length - entries;
  if (entries && lines)
    return ` Outstanding at it: ${counted(entries, 'book entry', 'book entries')} and ${counted(lines, 'bank line', 'bank lines')} not in the books, listed by the next statements until cleared.`;
  if (entries)
    return ` Outstanding at it: ${counted(entries, 'book entry', 'book entries')}, listed by the next statements until the bank clears ${entries === 1 ? 'it' : 'them'}.`;
  if (lines)
    return ` Not in the books at it: ${counted(lines, 'bank line', 'bank lines')}, listed by the next statements until the books post ${lines === 1 ? 'it' : 'them'}.`;
  return '';
}
