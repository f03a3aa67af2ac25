import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Kysely } from 'kysely';
import {
  finishStatementReconciliation,
  reopenStatementReconciliation,
  StatementCheckpointError,
} from '../../activities/statement-checkpoints.js';
import { buildAccountReport } from '../../activities/report-builder.js';
import { neutraliseText } from '../../adapters/reports/cell-safety.js';
import {
  buildStatement,
  type ReconciliationReport,
  whyOutstandingWords,
  writeReconciliationReports,
} from '../../adapters/reports/index.js';
import { signedReportJson, signedReportOf } from '../../adapters/reports/signed-report.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { addBusinessDays } from '../../domain/dates.js';
import { minorToMajorString } from '../../domain/money.js';
import type { AccountRow, Database } from '../../db/schema.js';
import type { StatementCheckpoint } from '../../domain/statement.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import { setFlash, takeFlash } from '../flash.js';
import type { WebAppContext } from '../app.js';
import { hasRole, NotFoundError, requireRole, userOf } from '../auth/access.js';
import { when } from '../format.js';
import { actorNames } from '../people.js';
import { layout } from '../views/layout.js';
import { statementPage, statementPrint } from '../views/statement-view.js';
import { booksHeld, ledgerSourceOf } from '../review-data.js';
import { finishedStatement } from '../finished-statement.js';
import { checkpointFigures } from '../statement-checkpoint.js';
import {
  amountOf,
  changedNotUpdated,
  checkStatementFields,
  endOf,
  reasonOf,
  statementFields,
} from '../statement-form.js';
import { accountOr404 } from './account-routes.js';
import { parseId, sendHtml } from './review-helpers.js';

type Body = Record<string, unknown>;
const s = (v: unknown, max = 40) => (typeof v === 'string' ? v.trim().slice(0, max) : '');

/**
 * A finished period asked for without balances (the page a finish leads to, a link from the history) is shown with
 * the balances it was signed with: without them its books were assumed, and "Reconciliation #1 finished" stood over
 * a statement "NOT VERIFIED" with a difference of millions.
 */
function signedBalances(
  account: AccountRow,
  taken: Body,
  history: StatementCheckpoint[],
): { fields: Body; signed?: StatementCheckpoint } {
  if (!taken.end || taken.balance || taken.books) return { fields: taken };
  const signed = history.find((c) => c.periodEnd === taken.end && !c.reopenedAt);
  if (!signed) return { fields: taken };
  const ccy = normalizeCurrency(account.currency);
  return {
    fields: {
      ...taken,
      balance: minorToMajorString(signed.statementBalanceMinor, ccy),
      books: minorToMajorString(signed.bookBalanceMinor, ccy),
    },
    // each balance labelled by the source it was signed with: the feed's is not "as entered"
    signed,
  };
}

/**
 * The account in a file name, as the accountant knows it: its name and the last digits of its number, as the pages
 * show them ("Lekki-Logistics-Ltd-3510"), in characters every file system and mail client keeps. A month end's
 * workbooks of several accounts share a folder; the feed's account id appears on no screen. A name with no such
 * character left (one in another script) falls back to the id.
 */
export function fileNameOf(account: AccountRow): string {
  const safe = (s: string) =>
    s
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 60)
      .replace(/[-.]+$/, '');
  const digits = (account.account_number_masked ?? '').replace(/\D/g, '').slice(-4);
  const name = safe(account.name);
  return name ? [name, digits].filter(Boolean).join('-') : safe(account.id) || 'account';
}

/** A report as the workbook the report writers make of it (as `bankfeed export` does), sent as a download. */
async function sendWorkbook(reply: FastifyReply, report: ReconciliationReport, name: string, username: string) {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-web-report-'));
  try {
    const file = join(dir, name);
    await writeReconciliationReports([report], file, { producedBy: `web:${username}` });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function registerStatementRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const statements = createStatementRepository(ctx.db);
  /** The checkpoint a finished statement opened from, as it stood when it was finished, or null. */
  const openedFrom = (c: StatementCheckpoint) => statements.openedFrom(c, addBusinessDays(c.periodFrom, -1));
  /** The agreed starting point a finished statement opened from (it ends the day before its period), or null. */
  const agreedStartBefore = async (c: StatementCheckpoint) => {
    const before = await openedFrom(c);
    return before?.kind === 'opening' && before.periodEnd === addBusinessDays(c.periodFrom, -1) ? before : null;
  };

  const checkpointOf = async (account: AccountRow, raw: string) => {
    const c = await statements.get(parseId(raw, 'reconciliation'));
    if (!c || c.accountId !== account.id) throw new NotFoundError(`No finished reconciliation ${raw} on this account.`);
    return c;
  };
  /** A signed statement's report; an agreed starting point was signed nowhere here, so it has none to give. */
  const reportOf = async (account: AccountRow, raw: string) => {
    const c = await checkpointOf(account, raw);
    if (c.kind === 'opening')
      throw new NotFoundError(
        `#${c.id} is the agreed starting point at ${c.periodEnd}, not a signed statement: it has no report.`,
      );
    return c;
  };

  /** The checkpoint's figures from the query (GET) or the form (finish); balances left empty are not stated. */
  const figuresOf = async (account: AccountRow, fields: Body, fallbackEnd: string, signed?: StatementCheckpoint) => {
    const typed = statementFields(fields);
    const form = { ...typed, end: endOf(typed.end, fallbackEnd) };
    const statementBalanceMinor = amountOf(form.balance, account, 'balance');
    const bookBalanceMinor = amountOf(form.books, account, 'books');
    const f = await checkpointFigures(ctx.db, account, {
      end: form.end,
      ...(statementBalanceMinor !== undefined ? { statementBalanceMinor } : {}),
      ...(bookBalanceMinor !== undefined ? { bookBalanceMinor } : {}),
      ...(signed ? { signed } : {}),
      now: ctx.now(),
    });
    return { form, f };
  };
  const defaultEnd = (account: AccountRow) => account.synced_through ?? ctx.now().toISOString().slice(0, 10);

  app.get('/accounts/:id/statement', async (request, reply) => {
    const user = userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const q = (request.query ?? {}) as Body;
    // A mistyped date or figure keeps the person on the statement, named with what was typed and left out, rather
    // than on an error page with only a link back to the accounts.
    const typed = statementFields(q);
    const { mistakes, taken } = checkStatementFields(typed, account, defaultEnd(account));
    const history = await statements.list(account.id);
    const asSigned = signedBalances(account, taken, history);
    const figures = await figuresOf(account, asSigned.fields, defaultEnd(account), asSigned.signed);
    const errors = Object.values(mistakes);
    if (mistakes.end)
      errors.push(
        `The statement below is at ${figures.f.period.to}, without the balances typed, until it is corrected.`,
      );
    // The typed values stay in the form to be corrected; nothing can be finished on one that was not taken.
    const f = { ...figures.f, blockers: [...figures.f.blockers, ...Object.values(mistakes)] };
    const form = { ...typed, end: typed.end || figures.form.end };
    const token = reply.generateCsrf();
    const flash = takeFlash(request);
    return sendHtml(
      reply,
      layout(
        { user, csrfToken: token, section: 'accounts' },
        `Statement · ${account.name}`,
        statementPage(account, f, form, history, {
          nameOf: await actorNames(
            ctx.db,
            history.flatMap((c) => [c.finishedBy, c.reopenedBy]),
          ),
          csrfToken: token,
          canDecide: hasRole(user, 'reviewer'),
          canAdmin: hasRole(user, 'admin'),
          flash,
          error: errors.map((e) => e.replace(/\.?$/, '.')).join(' ') || undefined,
          ...(errors.length ? { shown: figures.form } : {}),
          books: await booksHeld(ctx.db, account),
        }),
      ),
      errors.length ? 400 : 200,
    );
  });

  // The report document the checkpoint screen renders (docs/report.schema.json), for the same query.
  app.get('/accounts/:id/statement.json', async (request, reply) => {
    userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    // A program reading this gets its refusal as JSON, each field under the query's own name, not the HTML page.
    const { mistakes } = checkStatementFields(
      statementFields((request.query ?? {}) as Body),
      account,
      defaultEnd(account),
    );
    const wrong = Object.entries(mistakes) as Array<[keyof typeof mistakes, string]>;
    if (wrong.length) {
      const fields = Object.fromEntries(wrong.map(([k, m]) => [k, reasonOf(k, m)]));
      return reply
        .code(400)
        .type('application/json; charset=utf-8')
        .send(
          JSON.stringify({
            error: 'invalid_input',
            message: Object.entries(fields)
              .map(([k, r]) => `${k}: ${r}`)
              .join('; '),
            fields,
          }),
        );
    }
    // The page's own JSON link: a finished period without balances is the statement as signed here too, as on the page.
    const signed = signedBalances(account, (request.query ?? {}) as Body, await statements.list(account.id));
    const { f } = await figuresOf(account, signed.fields, defaultEnd(account), signed.signed);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(f.document));
  });

  // The open statement as a workbook, every item of every section (the page lists the first hundred of each): written
  // by the report writers from the same report as the page, for the same query, as the nightly workbook is. An
  // accountant reads a workbook, not the JSON; a finished reconciliation's own is under its history.
  app.get('/accounts/:id/statement.xlsx', async (request, reply) => {
    const user = userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const q = (request.query ?? {}) as Body;
    const { mistakes } = checkStatementFields(statementFields(q), account, defaultEnd(account));
    const wrong = Object.entries(mistakes) as Array<[keyof typeof mistakes, string]>;
    if (wrong.length)
      throw Object.assign(new Error(wrong.map(([k, m]) => `${k}: ${reasonOf(k, m)}`).join('; ')), { statusCode: 400 });
    const signed = signedBalances(account, q, await statements.list(account.id));
    const { f } = await figuresOf(account, signed.fields, defaultEnd(account), signed.signed);
    return sendWorkbook(reply, f.report, `statement-${fileNameOf(account)}-${f.period.to}.xlsx`, user.username);
  });

  app.post('/accounts/:id/statement/finish', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const b = (request.body ?? {}) as Body;
    // A second click on Finish, or the form sent again from the back button, finds its reconciliation done: say so
    // rather than refuse it as a conflict the person would read as a failed finish.
    const latest = await statements.latest(account.id);
    if (latest && latest.periodEnd === s(b.end, 10)) {
      setFlash(
        request,
        `Reconciliation #${latest.id} to ${latest.periodEnd} is finished already (by ${(await actorNames(ctx.db, [latest.finishedBy]))(latest.finishedBy)}); nothing was changed.`,
      );
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?end=${latest.periodEnd}`, 303);
    }
    // The body is the statement's fields as they stand when Finish is pressed; the button's URL names the statement
    // the page showed (absent when the form was posted from elsewhere).
    const typed = statementFields(b);
    const q = (request.query ?? {}) as Body;
    const shown = q.end ? statementFields(q) : null;
    const fields = { ...typed, end: typed.end || (shown?.end ?? '') };
    // Refused: back to the statement with the figures typed and the reason, rather than an error page that loses both.
    const refuse = (reason: string) => {
      setFlash(request, `Not finished: ${reason}.`, 'warn');
      const back = new URLSearchParams(Object.entries(fields).filter(([, v]) => v !== ''));
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?${back}`, 303);
    };
    // A figure Update would refuse is refused here; the page it leads to names it in Update's own words.
    if (Object.keys(checkStatementFields(fields, account, '').mistakes).length)
      return refuse('a figure typed is not one the statement can take, as said below; nothing was finished');
    // Another ending date is another statement, one the person has not seen: shown first, never finished unseen.
    if (shown && fields.end !== shown.end)
      return refuse(
        `the statement ending date was changed to ${fields.end} and not updated. The statement below is at ${fields.end}: check it, then finish it`,
      );
    // Figures are rebuilt here, never taken from the page: it may be stale, and a balance typed and not updated is
    // applied (the notice says so) and checked as Update would check it.
    const { form, f } = await figuresOf(account, fields, '');
    const st = f.statement.statement;
    const changed = changedNotUpdated(shown, fields, account);
    const applied = changed.length
      ? `the figures typed and not updated were applied (${changed.join(', ')}), and `
      : '';
    if (f.blockers.length || st.balancePerBank.amountMinor === null || st.balancePerBooks.amountMinor === null)
      return refuse(
        `${applied}${f.blockers.join('; ') || 'the statement or the books balance is not stated'}. The statement below is as it stands now`,
      );
    try {
      const saved = await finishStatementReconciliation(
        ctx.db,
        {
          accountId: account.id,
          ledgerAccount: f.statement.account.ledgerAccount,
          periodFrom: f.period.from,
          periodEnd: form.end,
          currency: account.currency,
          statementBalanceMinor: st.balancePerBank.amountMinor,
          statementBalanceSource: st.balancePerBank.source,
          bookBalanceMinor: st.balancePerBooks.amountMinor,
          bookBalanceSource: st.balancePerBooks.source,
          differenceMinor: st.difference.amountMinor ?? Number.NaN,
          items: f.outstanding,
          adjustments: f.adjustments,
          postings: f.postings,
          reversals: f.reversals,
          finishedBy: user.username,
          finishedAt: ctx.now().toISOString(),
        },
        // its workbook's report, made in the same transaction from the store as it stands at the finish
        { signedReport: async (trx, c) => signedReportJson(await reportAsSigned(trx, account, c, ctx.now())) },
      );
      const withTyped = changed.length ? ` with the figures typed and not updated (${changed.join(', ')})` : '';
      const msg = `Reconciliation #${saved.id} to ${saved.periodEnd} finished by ${user.displayName}${withTyped}; its lines are locked.`;
      setFlash(request, msg);
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?end=${form.end}`, 303);
    } catch (e) {
      if (e instanceof StatementCheckpointError) return refuse(`${e.message}. The statement below is as it stands now`);
      throw e;
    }
  });

  app.post('/accounts/:id/statement/:sid/reopen', async (request, reply) => {
    const user = requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const c = await checkpointOf(account, (request.params as { sid: string }).sid);
    const reason = s(((request.body ?? {}) as Body).reason, 200);
    // back to the statement with the reason asked for, as a refused Finish goes back, never an error page
    if (!reason) {
      setFlash(
        request,
        `Not ${c.kind === 'opening' ? 'undone' : 'reopened'}: say why in the reason field beside Unlock (it is kept in the audit log).`,
        'warn',
      );
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?end=${c.periodEnd}`, 303);
    }
    try {
      await reopenStatementReconciliation(ctx.db, { id: c.id, by: user.username, reason, at: ctx.now().toISOString() });
    } catch (e) {
      // a second Unlock (a double click, another admin first) or one a later reconciliation stands in the way of: back
      // to the statement with the reason, as a second Finish is
      if (!(e instanceof StatementCheckpointError)) throw e;
      setFlash(request, `Not reopened: ${e.message}.`, 'warn');
      return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?end=${c.periodEnd}`, 303);
    }
    const msg =
      c.kind === 'opening'
        ? `Starting point #${c.id} at ${c.periodEnd} undone by ${user.displayName}; the statement runs from the first line again and its lines can be decided.`
        : `Reconciliation #${c.id} reopened by ${user.displayName}; its lines can be changed again.`;
    setFlash(request, msg);
    return reply.redirect(`/accounts/${encodeURIComponent(account.id)}/statement?end=${c.periodEnd}`, 303);
  });

  app.get('/accounts/:id/statement/:sid/report.csv', async (request, reply) => {
    userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const c = await reportOf(account, (request.params as { sid: string }).sid);
    const ccy = normalizeCurrency(c.currency);
    const st = finishedStatement(c);
    const amt = (minor: number) => minorToMajorString(minor, ccy);
    const sections = [...st.bank, ...st.books];
    const start = await agreedStartBefore(c);
    // People by the name the print page gives them, with the username the audit trail and its CSV know them by (a
    // display name need not be unique, nor stay the same).
    const nameOf = await actorNames(ctx.db, [c.finishedBy, c.reopenedBy]);
    // at the account's own clock, as the print page says it ("2026-11-01 09:12 Lagos time"), and the instant beside
    // it for a script or a sort
    const person = (label: string, actor: string, at: string) => [
      label,
      neutraliseText(nameOf(actor)),
      when(at, account.timezone),
      neutraliseText(actor),
      at,
    ];
    // The statement as signed, each line the sum of the items listed below it under its section, so that it foots.
    const rows: string[][] = [
      ['Bank reconciliation', neutraliseText(account.name), c.currency],
      ['Period', c.periodFrom, c.periodEnd],
      ...(start
        ? [
            [
              'Opens from the agreed starting point',
              `#${start.id}`,
              start.periodEnd,
              amt(start.statementBalanceMinor),
              amt(start.bookBalanceMinor),
            ],
          ]
        : []),
      ['Balance per bank statement', amt(c.statementBalanceMinor), c.statementBalanceSource ?? ''],
      ...st.bank.map((sec) => [sec.label, amt(sec.totalMinor), sec.key]),
      ['Adjusted bank balance', amt(st.adjustedBankMinor)],
      ['Balance per books', amt(c.bookBalanceMinor), c.bookBalanceSource],
      ...st.books.map((sec) => [sec.label, amt(sec.totalMinor), sec.key]),
      ...(st.notItemisedMinor !== 0
        ? [
            [
              'Add/less: matched residuals and write-offs, not itemised',
              amt(st.notItemisedMinor),
              'finished before they were kept with it',
            ],
          ]
        : []),
      ['Adjusted book balance', amt(st.adjustedBookMinor)],
      ['Difference', amt(st.differenceMinor), 'adjusted bank - adjusted book'],
      person('Finished by', c.finishedBy, c.finishedAt),
      // a reopened reconciliation is no longer the signed one: said where a firm files it, not only on the page
      ...(c.reopenedAt ? [person('Reopened by', c.reopenedBy ?? '', c.reopenedAt)] : []),
      [],
      ['section', 'date', 'reference', 'description', 'group', 'amount', 'id'],
      ...sections.flatMap((sec) =>
        sec.items.map((i) => [
          sec.key,
          i.date,
          neutraliseText(i.reference ?? ''),
          neutraliseText(i.description),
          i.group ?? '',
          amt(i.amountMinor),
          i.id,
        ]),
      ),
    ];
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="reconciliation-${c.id}-${c.periodEnd}.csv"`)
      .send(stringify(rows));
  });

  // The workbook of the checkpoint's period, written by the report writers from the one report document (as
  // `bankfeed export` writes it), from the report kept when it was finished; one finished before reports were kept is
  // rebuilt, cut at its finish.
  app.get('/accounts/:id/statement/:sid/report.xlsx', async (request, reply) => {
    userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const c = await reportOf(account, (request.params as { sid: string }).sid);
    const kept = await statements.signedReport(c.id);
    const report = kept ? signedReportOf(kept) : await reportAsSigned(ctx.db, account, c, ctx.now());
    return sendWorkbook(reply, report, `reconciliation-${c.id}-${c.periodEnd}.xlsx`, userOf(request).username);
  });

  app.get('/accounts/:id/statement/:sid/print', async (request, reply) => {
    userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const c = await reportOf(account, (request.params as { sid: string }).sid);
    const before = await openedFrom(c);
    const start = await agreedStartBefore(c);
    // the notes of its statement as signed (none for one finished before reports were kept)
    const kept = await statements.signedReport(c.id);
    const signed = kept ? buildStatement(signedReportOf(kept)) : null;
    return sendHtml(
      reply,
      statementPrint(account, c, await actorNames(ctx.db, [c.finishedBy, c.reopenedBy, start?.finishedBy]), {
        start,
        previous: before?.kind === 'statement' ? before : null,
        notes: signed?.notes ?? [],
        ...(signed ? { why: whyOutstandingWords(signed) } : {}),
      }),
    );
  });
}

/**
 * A finished statement's report as signed: its period's report cut at the instant it was finished (what the books and
 * the bank recorded after it is not in it), each balance as signed, labelled by the source it had then, as the print
 * page labels it (a balance the person typed is "as entered", never the feed's nor the accounting system's). Its note
 * gives the finish at the account's clock, as the print's sign-off does (never the UTC day: a Nairobi finish at 00:30
 * on the 2nd is 21:30 UTC on the 1st).
 */
async function reportAsSigned(db: Kysely<Database>, account: AccountRow, c: StatementCheckpoint, now: Date) {
  const binding = ledgerSourceOf(account);
  return buildAccountReport(db, {
    accountId: account.id,
    period: { from: c.periodFrom, to: c.periodEnd },
    ledgerSourceId: binding?.sourceId ?? null,
    ledgerAccount: c.ledgerAccount,
    asOf: c.finishedAt,
    asSigned: {
      statementBalanceMinor: c.statementBalanceMinor,
      statementBalanceSource: c.statementBalanceSource,
      bookBalanceMinor: c.bookBalanceMinor,
      bookBalanceSource: c.bookBalanceSource,
      note: `Balances as signed in reconciliation #${c.id}, finished by ${(await actorNames(db, [c.finishedBy]))(c.finishedBy)} on ${when(c.finishedAt, account.timezone)}.`,
    },
    now,
  });
}
