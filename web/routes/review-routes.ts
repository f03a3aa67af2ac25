import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { createReconciliationService, type DecisionResult } from '../../activities/reconciliation-service.js';
import { createAuditRepository } from '../../db/audit-repository.js';
import { decisionPutBack } from '../action-labels.js';
import { needsWriteOff } from '../../activities/review-decisions.js';
import {
  createReviewRepository,
  type QueueFilter,
  type ReviewGroup,
  type ReviewRepository,
} from '../../db/review-repository.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import type { AccountRow } from '../../db/schema.js';
import { setFlash, takeFlash } from '../flash.js';
import type { WebAppContext } from '../app.js';
import { NotFoundError, requireRole, userOf } from '../auth/access.js';
import { money } from '../format.js';
import { html } from '../html.js';
import { booksHeld, loadQueueLines, PAGE_SIZE } from '../review-data.js';
import { actorNames } from '../people.js';
import { ruleChoices, unknownRuleText } from '../rule-filter.js';
import { staleLineMessage, type TakenEntry } from '../stale-line.js';
import { layout } from '../views/layout.js';
import {
  alsoDecidedRows,
  conflictRow,
  decidedRow,
  lineRow,
  queueTabs,
  reviewPage,
  type UndoableDecision,
} from '../views/review-view.js';
import { accountOr404 } from './account-routes.js';
import { isHtmx, lineState, parseFilter, parseId, reviewContext, sendHtml } from './review-helpers.js';
import { assertLinesUnlocked } from '../../activities/statement-locks.js';

/** How many other lines, whose suggestions a decision took away or gave back, its answer redraws at most. */
const TOUCHED_MAX = 50;

const VERB: Record<string, string> = {
  confirm: 'Accepted',
  reject: 'Rejected',
  unmatch: 'Unmatched',
  manual_match: 'Matched',
  undo: 'Undone',
};

/**
 * After a decision: the line's row, fresh from the database, in place (htmx), or back to the queue (a plain form),
 * either way with the same notice ("Undone by Rita.").
 * A decision that lost a race (the line was decided elsewhere, the page was stale) answers 409 with the line's
 * current state and the reason; nothing was written.
 */
export async function answerDecision(
  ctx: WebAppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  account: AccountRow,
  lineId: number | null,
  decide: () => Promise<DecisionResult>,
  verb: string,
  /** The group the decision was about, to say what happened to it when the decision loses a race. */
  groupId?: number,
) {
  const user = userOf(request);
  const back = (request.body as { back?: string } | undefined)?.back;
  const rctx = reviewContext(account, user, reply.generateCsrf(), back);
  let result: DecisionResult;
  try {
    result = await decide();
  } catch (err) {
    if (!(err instanceof ReconciliationError) || (err.code !== 'conflict' && err.code !== 'invalid_state')) throw err;
    const state = lineId === null ? null : await lineState(ctx, account, lineId);
    const repo = createReviewRepository(ctx.db);
    const [group] = groupId === undefined ? [] : await repo.groupsByIds([groupId]);
    const taken = err.code === 'conflict' && group ? await takenEntry(repo, account.id, group) : null;
    // A lock is not a lost race: "decided elsewhere" would send the person looking for a decision nobody made.
    const message = state?.locked
      ? `Not done: ${err.message}.`
      : state
        ? staleLineMessage(
            state,
            group ?? null,
            user.username,
            err.message,
            await actorNames(ctx.db, [group?.decidedBy, state.held?.group.decidedBy, taken?.holder.decidedBy]),
            taken,
            account.timezone,
          )
        : `Not done: ${err.message}.`;
    if (isHtmx(request) && state) return sendHtml(reply, conflictRow(rctx, state, message), 409);
    // a plain form (the queue's own Undo before htmx took it over) goes back to the queue, the reason with it
    if (!isHtmx(request)) {
      setFlash(request, message, 'warn');
      return reply.redirect(rctx.back, 303);
    }
    throw err;
  }
  const line = lineId ?? result.group.bankIds[0] ?? null;
  const state = line === null ? null : await lineState(ctx, account, line);
  const message = `${verb} by ${user.displayName}.`;
  if (isHtmx(request) && state) {
    // the queue's tabs count again (queueTabs)
    reply.header('HX-Trigger', 'bankfeed:decided');
    // every other bank line of the decision is redrawn too, each in its own place
    const repo = createReviewRepository(ctx.db);
    const others = await repo.bankByIds(
      account.id,
      result.group.bankIds.filter((b) => b !== line),
    );
    const also = await loadQueueLines(ctx.db, account.id, others);
    // and the lines whose suggestion held one of its entries: a match takes that suggestion away (Find & match said
    // so), an unmatch or undo gives it back
    const mine = new Set(result.group.bankIds);
    const touched = [...(await repo.suggestedFor(account.id, result.group.ledgerIds, { held: true })).values()]
      .flat()
      .filter((b, i, all) => !mine.has(Number(b.id)) && all.findIndex((x) => x.id === b.id) === i)
      .slice(0, TOUCHED_MAX);
    const redrawn = await loadQueueLines(ctx.db, account.id, touched);
    const last = await undoableDecision(ctx, account.id, user.username);
    return sendHtml(
      reply,
      html`${decidedRow(rctx, state, message, result.auditId, last)}${alsoDecidedRows(rctx, also, message)}${redrawn.map(
        (q) => lineRow(rctx, q, undefined, { oob: true }),
      )}`,
    );
  }
  // A plain form (the page's own Undo before htmx has taken over, or JavaScript off) reloads the queue: the notice
  // rides there in the session, or the decision would be made without a word.
  setFlash(request, message);
  return reply.redirect(rctx.back, 303);
}

/**
 * A plain accept of a candidate whose amounts differ would store it as if exact, the difference explained nowhere:
 * refused, naming the amount and the way to accept it (the write-off, with a reason beyond the tolerance).
 */
function refuseUnexplainedDifference(g: ReviewGroup): void {
  if (!needsWriteOff(g)) return;
  const d = g.differenceMinor;
  throw new ReconciliationError(
    'invalid_input',
    `accept: the bank and the books differ by ${money(Math.abs(d), g.currency)} (${d < 0 ? 'short-paid' : 'over-paid'}); accepting it as it stands would leave that unexplained. Use "Accept…" (Write off) to post the difference to ${g.writeOff ? g.writeOff.account : 'an account'}, with a reason if it is beyond the tolerance.`,
  );
}

/**
 * The queue's filter; one the person typed wrong (a date range backwards, a day that does not exist) keeps them on
 * the queue with the reason and what they typed, the queue shown without the filter: an error page whose only link
 * went back to the accounts lost the tab and the search.
 */
function queueFilterOrError(query: unknown): ReturnType<typeof parseFilter> & {
  error?: string;
  typed?: Record<string, string>;
} {
  try {
    return parseFilter(query);
  } catch (e) {
    if (!(e instanceof ReconciliationError) || e.code !== 'invalid_input') throw e;
    const q = (query ?? {}) as Record<string, unknown>;
    const typed = Object.fromEntries(
      ['min', 'rule', 'from', 'to', 'q']
        .filter((k) => typeof q[k] === 'string')
        .map((k) => [k, (q[k] as string).slice(0, 200)]),
    );
    const view = ['suggested', 'unmatched', 'matched'].includes(q.view as string) ? (q.view as string) : 'suggested';
    const error = `${e.message}. The queue below is not filtered until it is corrected.`;
    return { ...parseFilter({ view }), error, typed };
  }
}

/**
 * The person's last decision on the account, when undoing it can still be done: not one whose bank lines a finished
 * reconciliation locks (the undo would be refused until an admin unlocks it).
 */
async function undoableDecision(
  ctx: WebAppContext,
  accountId: string,
  username: string,
): Promise<UndoableDecision | undefined> {
  const repo = createReviewRepository(ctx.db);
  const last = await repo.lastUndoable(accountId, username);
  if (!last) return undefined;
  const ids = (key: 'bankIds' | 'ledgerIds') => [
    ...new Set(
      [last.before, last.after].flatMap((s) => (s as Record<string, number[] | undefined> | null)?.[key] ?? []),
    ),
  ];
  const bankIds = ids('bankIds');
  if (await createStatementRepository(ctx.db).firstLockedLine(accountId, bankIds)) return undefined;
  // what the decision was on, so the bar says what Undo puts back
  return {
    entry: last,
    bank: await repo.bankByIds(accountId, bankIds),
    ledger: await repo.ledgerByIds(ids('ledgerIds')),
  };
}

/** The first of the group's book entries another active match holds now, with that match and its bank line. */
async function takenEntry(repo: ReviewRepository, accountId: string, group: ReviewGroup): Promise<TakenEntry | null> {
  const held = await repo.activeHolders(group.ledgerIds.map((itemId) => ({ side: 'ledger' as const, itemId })));
  const id = group.ledgerIds.find((l) => held.has(`ledger:${l}`));
  if (id === undefined) return null;
  const [entry] = await repo.ledgerByIds([id]);
  const [holder] = await repo.groupsByIds([held.get(`ledger:${id}`)!]);
  if (!entry || !holder || holder.accountId !== accountId) return null;
  const [line] = await repo.bankByIds(accountId, holder.bankIds.slice(0, 1));
  return { entry, holder, line };
}

/**
 * The queue's filter with the lines before an agreed starting point left out of its work: nobody decides them (the
 * count is the work left, as a bulk action's is). A line reported late into a finished period stays, with its note:
 * someone must reopen that period for it.
 */
async function inScope(ctx: WebAppContext, accountId: string, f: QueueFilter): Promise<QueueFilter> {
  const start = await createStatementRepository(ctx.db).agreedStart(accountId);
  return start ? { ...f, openAfter: start.periodEnd } : f;
}

/** The group must be one of this account's: a crafted id of another account's group is 404, as an unknown one. */
export async function groupOf(ctx: WebAppContext, account: AccountRow, groupId: number) {
  const [g] = await createReviewRepository(ctx.db).groupsByIds([groupId]);
  if (!g || g.accountId !== account.id) throw new NotFoundError(`No match group ${groupId} on this account.`);
  return g;
}

export function registerReviewRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const service = createReconciliationService({ db: ctx.db, now: ctx.now });
  const review = createReviewRepository(ctx.db);

  app.get('/accounts/:id/review', async (request, reply) => {
    const user = userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const { filter: asked, page, error, typed } = queueFilterOrError(request.query);
    const filter = await inScope(ctx, account.id, asked);
    const choices = await ruleChoices(ctx, account.id, filter);
    // a rule naming none is refused as a bad filter is, but kept: the queue lists nothing under it, not every line
    const refused = error ?? (choices.unknown && filter.ruleId ? unknownRuleText(filter.ruleId) : undefined);
    const counts = await review.countViews(account.id, filter);
    const total = counts[filter.view];
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const current = Math.min(page, pages);
    const rows = await review.queuePage(account.id, filter, { offset: (current - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    const token = reply.generateCsrf();
    const rctx = { ...reviewContext(account, user, token, request.url), books: await booksHeld(ctx.db, account) };
    const body = reviewPage(rctx, {
      filter,
      lines: await loadQueueLines(ctx.db, account.id, rows),
      total,
      page: current,
      pages,
      counts,
      rules: choices.rules,
      unknownRule: choices.unknown,
      typedRuleName: choices.typedName,
      flash: takeFlash(request),
      lastUndo: await undoableDecision(ctx, account.id, user.username),
      ...(refused ? { error: refused, typed } : {}),
    });
    return sendHtml(
      reply,
      layout({ user, csrfToken: token, section: 'accounts' }, `Review · ${account.name}`, body),
      refused ? 400 : 200,
    );
  });

  for (const action of ['confirm', 'reject', 'unmatch'] as const) {
    app.post(`/accounts/:id/groups/:groupId/${action}`, async (request, reply) => {
      const user = requireRole(request, 'reviewer');
      const params = request.params as { id: string; groupId: string };
      const account = await accountOr404(ctx, params.id);
      const groupId = parseId(params.groupId, 'match group');
      const group = await groupOf(ctx, account, groupId);
      const body = (request.body ?? {}) as { line?: string };
      const line = body.line ? parseId(body.line, 'bank line') : (group.bankIds[0] ?? null);
      if (line !== null && !(await review.bankLine(account.id, line)))
        throw new NotFoundError(`No bank line ${line} on this account.`);
      if (action === 'confirm') refuseUnexplainedDifference(group);
      return answerDecision(
        ctx,
        request,
        reply,
        account,
        line,
        async () => {
          await assertLinesUnlocked(ctx.db, null, account.id, group.bankIds);
          return service[action](groupId, user.username);
        },
        VERB[action]!,
        groupId,
      );
    });
  }

  app.post('/accounts/:id/undo', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as { auditId?: string; line?: string };
    const auditId = parseId(body.auditId, 'audit entry');
    const entry = await createAuditRepository(ctx.db).get(auditId);
    if (!entry || entry.accountId !== account.id) throw new NotFoundError(`No audit entry ${auditId} on this account.`);
    const group = await groupOf(ctx, account, Number(entry.entityId));
    const line = body.line ? parseId(body.line, 'bank line') : (group.bankIds[0] ?? null);
    // undoing an undo puts the decision back: said as that decision ("Explained a line as bank-only again"), not
    // "Undone" twice for opposite states of the line
    const putBack =
      entry.action === 'undo'
        ? decisionPutBack(entry.before, (entry.detail as { undoes?: unknown } | null)?.undoes)
        : null;
    return answerDecision(
      ctx,
      request,
      reply,
      account,
      line,
      async () => {
        await assertLinesUnlocked(ctx.db, null, account.id, group.bankIds);
        return service.undo(auditId, user.username);
      },
      putBack ? `${putBack} again` : VERB.undo!,
      group.id,
    );
  });

  // The queue's tabs alone, counted under the queue's filter: fetched again after a decision made in place. A bad
  // value is a 400 naming it: tabs counted without the filter would disagree with the queue they sit above.
  app.get('/accounts/:id/review/tabs', async (request, reply) => {
    const user = userOf(request);
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const filter = await inScope(ctx, account.id, parseFilter(request.query).filter);
    const counts = await review.countViews(account.id, filter);
    return sendHtml(reply, queueTabs(reviewContext(account, user, reply.generateCsrf(), undefined), filter, counts));
  });

  // A row on its own (after a panel is closed, or to refresh one line).
  app.get('/accounts/:id/lines/:lineId', async (request, reply) => {
    const user = userOf(request);
    const params = request.params as { id: string; lineId: string };
    const account = await accountOr404(ctx, params.id);
    const state = await lineState(ctx, account, parseId(params.lineId, 'bank line'));
    if (!state) throw new NotFoundError(`No bank line ${params.lineId} on this account.`);
    const { lineRow } = await import('../views/review-view.js');
    const rctx = {
      ...reviewContext(account, user, reply.generateCsrf(), undefined),
      books: await booksHeld(ctx.db, account),
    };
    return sendHtml(reply, html`${lineRow(rctx, state)}`);
  });
}
