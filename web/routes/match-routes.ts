import { Decimal } from 'decimal.js';
import { ruleNameOf } from '../../adapters/reports/rule-name.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { type CreateRuleResult, createReconciliationService } from '../../activities/reconciliation-service.js';
import { createReviewDecisions, writeOffAllowance } from '../../activities/review-decisions.js';
import { normalizeCurrency } from '../../domain/currency.js';
import { addBusinessDays, daysBetween } from '../../domain/dates.js';
import { minorToMajorString } from '../../domain/money.js';
import { createReviewRepository } from '../../db/review-repository.js';
import type { AccountRow, BankTransactionRow } from '../../db/schema.js';
import { createStatementRepository } from '../../db/statement-repository.js';
import { toleranceForCurrency } from '../../matching/options.js';
import { type Rule, ruleSchema } from '../../matching/rules.js';
import { setFlash } from '../flash.js';
import type { WebAppContext } from '../app.js';
import { NotFoundError, requireRole, userOf } from '../auth/access.js';
// Refusals name money as the page shows it (₦35.51), never in minor units an accountant has to convert.
import { amountRefusal, counted, money, typedAmount } from '../format.js';
import { html, type Html } from '../html.js';
import { ledgerSourceOf, type QueueFilter } from '../review-data.js';
import { layout, notice } from '../views/layout.js';
import {
  bankOnlyPanel,
  bulkPanel,
  bulkProgress,
  findPanel,
  ruleForm,
  type RuleFormValues,
  ruleFormValues,
  rulePreview,
  writeOffPanel,
} from '../views/panels-view.js';
import { filterQuery } from '../views/review-view.js';
import { accountOr404 } from './account-routes.js';
import { answerDecision, groupOf } from './review-routes.js';
import {
  assertDateRange,
  isCalendarDay,
  isHtmx,
  many,
  parseFilter,
  parseId,
  reviewContext,
  sendHtml,
} from './review-helpers.js';
import { assertLinesUnlocked } from '../../activities/statement-locks.js';
import { lockedThrough } from '../statement-checkpoint.js';
import { issuesInWords } from '../issue-words.js';

type Body = Record<string, unknown>;

const shiftDate = addBusinessDays;
/** How far before its line Find & match first looks for entries (calendar days). */
const FIND_DAYS_BEFORE = 90;
/**
 * How far from the line's amount Find & match first looks (percent either way): most receipts arrive short of their
 * invoice by a transfer charge or a merchant's service charge, so a search of the line's exact amount found nothing.
 */
const FIND_WITHIN_PERCENT = '5';
/** How many ticked entries (and lines) a search again carries: more than a split of one line ever needs. */
const TICKED_MAX = 200;

function str(v: unknown, max = 200): string {
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

/** The forms' limit on a typed account name or reason (their inputs' maxlength). */
const TYPED_MAX = 200;

/**
 * A field a person typed (an account, a reason, a rule's words), refused beyond its form's limit rather than cut: a
 * reason cut short in the audit trail says less than what was typed, and nobody was told.
 */
function typed(body: Body, name: string, label: string, max = TYPED_MAX): string {
  const v = typeof body[name] === 'string' ? (body[name] as string).trim() : '';
  if (v.length > max)
    throw new ReconciliationError(
      'invalid_input',
      `${label}: at most ${max} characters (${v.length.toLocaleString('en')} typed); shorten it — nothing was saved`,
    );
  return v;
}

/** A field as it was typed, to give a refused form back unchanged. */
const asTyped = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The queue page a panel was opened from (htmx names it in HX-Current-URL), so that its form goes back to the tab
 * and filter the person was working under; reviewContext takes it only when it is this account's queue.
 */
function queuePageOf(request: FastifyRequest): string | undefined {
  const current = request.headers['hx-current-url'];
  if (typeof current !== 'string' || current.length > 2000) return undefined;
  try {
    const url = new URL(current);
    return `${url.pathname}${url.search}`;
  } catch {
    return undefined;
  }
}

/** The account's bound books, as the rule service reads them (null when not bound). */
function booksOf(account: AccountRow): { sourceId: string; ledgerAccount: string | null } | null {
  const b = ledgerSourceOf(account);
  return b ? { sourceId: b.sourceId, ledgerAccount: b.ledgerAccount || null } : null;
}

function toMinor(text: string, currency: string, field: string): number {
  try {
    return typedAmount(text, currency);
  } catch (err) {
    throw new ReconciliationError('invalid_input', `${field}: ${amountRefusal(text, err)}`);
  }
}

/**
 * The margin a search of an amount takes, from the percentage typed beside it (empty: the amount exactly), in minor
 * units of the amount, rounded down.
 */
function marginOf(percent: string, amountMinor: number): number {
  if (!percent) return 0;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(percent) || Number(percent) > 100)
    throw new ReconciliationError(
      'invalid_input',
      `within: a percentage from 0 to 100, e.g. ${FIND_WITHIN_PERCENT} (got “${percent}”)`,
    );
  return new Decimal(amountMinor).times(percent).dividedBy(100).toDecimalPlaces(0, Decimal.ROUND_DOWN).toNumber();
}

async function lineOr404(ctx: WebAppContext, account: AccountRow, raw: unknown): Promise<BankTransactionRow> {
  const id = parseId(raw, 'bank line');
  const line = await createReviewRepository(ctx.db).bankLine(account.id, id);
  if (!line) throw new NotFoundError(`No bank line ${id} on this account.`);
  return line;
}

/**
 * The words a rule prefilled from a narration looks for: the longest run of up to three words as they stand in it.
 * Rules match a plain substring, so words picked from around "/", digits or "*" ("NIP TRF SAMUEL" from
 * "NIP/TRF/0502…/SAMUEL") matched nothing, not even the line the rule was made from.
 */
export function narrationWords(narration: string): string {
  let best = '';
  for (const m of narration.matchAll(/[A-Za-z]+(?: [A-Za-z]+)*/g)) {
    const run = m[0].split(' ').slice(0, 3).join(' ');
    if (run.replace(/ /g, '').length > best.replace(/ /g, '').length && /[A-Za-z]{3}/.test(run)) best = run;
  }
  return best;
}

/**
 * A rule prefilled from a line: words its narration holds, its direction, the amount band around it, and the payee the
 * line's counterparty field names (a rule for a payee's recurring payments reads it there; the person may clear it).
 */
function ruleFromLine(line: BankTransactionRow, ledgerAccount: string): Rule {
  const words = narrationWords(line.narration);
  const abs = Math.abs(Number(line.amount_minor));
  return {
    id: (
      words
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'rule'
    ).slice(0, 40),
    when: {
      ...(words ? { narrationContains: words.toUpperCase() } : {}),
      ...(line.counterparty_name?.trim() ? { counterparty: line.counterparty_name.trim() } : {}),
      direction: Number(line.amount_minor) >= 0 ? 'credit' : 'debit',
      amountMinMinor: abs,
      amountMaxMinor: abs,
    },
    then: { ledgerAccount },
  };
}

function ruleFromForm(body: Body, currency: string): Rule {
  const contains = typed(body, 'contains', 'rule: Narration contains')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
  const minText = typed(body, 'min', 'rule: Min amount', 30);
  const maxText = typed(body, 'max', 'rule: Max amount', 30);
  const counterparty = typed(body, 'counterparty', 'rule: Counterparty contains');
  const ledgerAccount = typed(body, 'ledgerAccount', 'rule: Post to ledger account');
  const raw = {
    id: typed(body, 'id', 'rule: Rule id', 60),
    when: {
      ...(contains.length ? { narrationContains: contains.length === 1 ? contains[0] : contains } : {}),
      ...(str(body.direction) === 'debit' || str(body.direction) === 'credit'
        ? { direction: str(body.direction) }
        : {}),
      ...(minText ? { amountMinMinor: Math.abs(toMinor(minText, currency, 'rule: Min amount')) } : {}),
      ...(maxText ? { amountMaxMinor: Math.abs(toMinor(maxText, currency, 'rule: Max amount')) } : {}),
      ...(counterparty ? { counterparty } : {}),
    },
    then: { ...(ledgerAccount ? { ledgerAccount } : {}) },
  };
  // The form's own words for what the rule schema would name by its fields (when, amountMinMinor).
  const { amountMinMinor: min, amountMaxMinor: max } = raw.when;
  if (Object.keys(raw.when).length === 0)
    throw new ReconciliationError(
      'invalid_input',
      'rule: give at least one condition (narration, direction, amount or counterparty)',
    );
  if (min !== undefined && max !== undefined && min > max)
    throw new ReconciliationError(
      'invalid_input',
      `rule: Min amount (${money(min, currency)}) is above Max amount (${money(max, currency)})`,
    );
  const r = ruleSchema.safeParse(raw);
  if (!r.success) throw new ReconciliationError('invalid_input', `rule: ${issuesInWords(r.error, '(rule)')}`);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(r.data.id))
    throw new ReconciliationError('invalid_input', 'rule: Rule id: lower-case letters, digits and dashes only');
  return r.data as Rule;
}

export function registerMatchRoutes(app: FastifyInstance, ctx: WebAppContext): void {
  const service = createReconciliationService({ db: ctx.db, now: ctx.now });
  const decisions = createReviewDecisions({ db: ctx.db, now: ctx.now });
  const review = createReviewRepository(ctx.db);
  // A fixed tolerance set for one currency is no allowance on an account in another.
  const tolerance = (currency: string) => toleranceForCurrency(ctx.writeOff.tolerance, ctx.writeOff.currency, currency);
  const defaultWriteOff = ctx.writeOff.account;
  const rctxOf = (request: FastifyRequest, account: AccountRow, token: string) =>
    reviewContext(
      account,
      requireRole(request, 'reviewer'),
      token,
      str((request.body as Body | undefined)?.back, 2000) || queuePageOf(request),
    );

  app.get('/accounts/:id/lines/:lineId/find', async (request, reply) => {
    const params = request.params as { id: string; lineId: string };
    const account = await accountOr404(ctx, params.id);
    const rctx = rctxOf(request, account, reply.generateCsrf());
    const line = await lineOr404(ctx, account, params.lineId);
    const q = request.query as Body;
    const first = q.amount === undefined && q.text === undefined;
    const search = {
      amount: first
        ? minorToMajorString(Math.abs(Number(line.amount_minor)), normalizeCurrency(line.currency))
        : str(q.amount, 30),
      within: first ? FIND_WITHIN_PERCENT : str(q.within, 6),
      text: str(q.text),
      // First opened: from three months before the line to a month after. A receipt settles invoices dated before
      // it, on 30- or 60-day terms and often late: a month back left out the invoice the engine itself suggested,
      // dated a day earlier, and the person searching by its number was told no entry matched.
      from: first ? shiftDate(line.business_date, -FIND_DAYS_BEFORE) : str(q.from, 10),
      to: first ? shiftDate(line.business_date, 30) : str(q.to, 10),
    };
    let error: string | undefined;
    let amountMinor: number | undefined;
    let withinMinor = 0;
    try {
      if (search.amount) amountMinor = Math.abs(toMinor(search.amount, account.currency, 'amount'));
      if (amountMinor !== undefined) withinMinor = marginOf(search.within, amountMinor);
      for (const [k, v] of [
        ['from', search.from],
        ['to', search.to],
      ] as const)
        if (v && !isCalendarDay(v)) throw new ReconciliationError('invalid_input', `${k}: expected a date YYYY-MM-DD`);
      assertDateRange(search.from, search.to, 'search');
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      amountMinor = undefined;
    }
    const source = ledgerSourceOf(account);
    // What the person ticked before searching again (the search form sends the ticked boxes): kept ticked and listed
    // first, whatever the new search finds; only this account's books and lines, as Match selected checks.
    const tickedIds = (name: string) =>
      [...new Set(many(q[name]).map((v) => parseId(v, name === 'bank' ? 'bank line' : 'ledger entry')))].slice(
        0,
        TICKED_MAX,
      );
    const tickedLedger = source
      ? (await review.ledgerByIds(tickedIds('ledger'))).filter((l) => l.source_id === source.sourceId)
      : [];
    const tickedBank = (await review.bankByIds(account.id, tickedIds('bank'))).filter(
      (b) => Number(b.id) !== Number(line.id),
    );
    const found =
      source && !error
        ? await review.searchLedger({
            sourceId: source.sourceId,
            ...(amountMinor !== undefined ? { amountMinor, amountWithinMinor: withinMinor } : {}),
            ...(search.text ? { text: search.text } : {}),
            ...(search.from ? { from: search.from } : {}),
            ...(search.to ? { to: search.to } : {}),
            limit: 50,
          })
        : [];
    const ledger = found.filter((l) => !tickedLedger.some((t) => Number(t.id) === Number(l.id)));
    // Other undecided lines of the account near this one, for a split of several bank lines against one entry; not one
    // a finished reconciliation or an agreed starting point locks (Match selected would refuse it).
    const lock = await createStatementRepository(ctx.db).lockOf(account.id);
    const bank = (
      await review.queuePage(
        account.id,
        { view: 'unmatched', ...(search.text ? { text: search.text } : {}) },
        { offset: 0, limit: 200 },
      )
    )
      .concat(
        await review.queuePage(
          account.id,
          { view: 'suggested', ...(search.text ? { text: search.text } : {}) },
          { offset: 0, limit: 200 },
        ),
      )
      .filter(
        (b) =>
          Number(b.id) !== Number(line.id) &&
          Math.sign(Number(b.amount_minor)) === Math.sign(Number(line.amount_minor)),
      )
      .filter((b) => Math.abs(daysBetween(b.business_date, line.business_date)) <= 14)
      .filter((b) => !lock || b.business_date > lock.through)
      .filter((b) => !tickedBank.some((t) => Number(t.id) === Number(b.id)))
      .slice(0, 20);
    return sendHtml(
      reply,
      findPanel(rctx, {
        line,
        search,
        ledger,
        bank,
        ticked: { ledger: tickedLedger, bank: tickedBank },
        suggestedFor: await review.suggestedFor(
          account.id,
          [...tickedLedger, ...ledger].map((l) => Number(l.id)),
          { exceptLine: Number(line.id) },
        ),
        sourceId: source?.sourceId ?? null,
        defaultWriteOff,
        ...(error ? { error } : {}),
      }),
      error ? 400 : 200,
    );
  });

  app.post('/accounts/:id/match', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as Body;
    const line = await lineOr404(ctx, account, body.line);
    const bankIds = [...new Set(many(body.bank).map((b) => parseId(b, 'bank line')))];
    if (!bankIds.includes(Number(line.id))) bankIds.unshift(Number(line.id));
    const bankRows = await review.bankByIds(account.id, bankIds);
    if (bankRows.length !== bankIds.length)
      throw new NotFoundError('A selected bank line is not a line of this account.');
    const ledgerIds = [...new Set(many(body.ledger).map((l) => parseId(l, 'ledger entry')))];
    const source = ledgerSourceOf(account);
    const ledgerRows = await review.ledgerByIds(ledgerIds);
    if (ledgerRows.length !== ledgerIds.length || ledgerRows.some((l) => l.source_id !== source?.sourceId))
      throw new NotFoundError("A selected ledger entry is not one of this account's books.");
    if (ledgerIds.length === 0)
      throw new ReconciliationError('invalid_input', 'Find & match: tick at least one book entry');
    const difference =
      bankRows.reduce((s, b) => s + Number(b.amount_minor), 0) -
      ledgerRows.reduce((s, l) => s + Number(l.amount_minor), 0);
    // a difference goes to the account typed, else to the one the empty field shows (the default): never left
    // unposted, and never beyond the tolerance without the override and a reason, whichever account takes it
    const writeOffAccount = typed(body, 'writeOffAccount', 'Find & match: Post a difference to') || defaultWriteOff;
    const override = str(body.override) === '1';
    const reason = typed(body, 'reason', 'Find & match: Reason');
    if (difference !== 0) {
      const allowance = writeOffAllowance(
        tolerance(account.currency),
        ledgerRows.reduce((s, l) => s + Number(l.amount_minor), 0),
        difference,
      );
      if (Math.abs(difference) > allowance && (!override || !reason))
        throw new ReconciliationError(
          'invalid_input',
          `Find & match: writing off ${money(Math.abs(difference), account.currency)} is beyond the tolerance (${money(allowance, account.currency)}); tick "beyond tolerance" and give a reason`,
        );
    }
    return answerDecision(
      ctx,
      request,
      reply,
      account,
      Number(line.id),
      async () => {
        await assertLinesUnlocked(ctx.db, null, account.id, bankIds);
        return service.manualMatch({
          accountId: account.id,
          bankIds,
          ledgerIds,
          actor: user.username,
          ...(difference !== 0 ? { writeOffAccount } : {}),
          ...(difference !== 0 && override && reason ? { writeOffOverride: { reason } } : {}),
        });
      },
      'Matched',
    );
  });

  app.get('/accounts/:id/groups/:groupId/write-off', async (request, reply) => {
    const params = request.params as { id: string; groupId: string };
    const account = await accountOr404(ctx, params.id);
    const rctx = rctxOf(request, account, reply.generateCsrf());
    const g = await groupOf(ctx, account, parseId(params.groupId, 'match group'));
    const lineId = parseId((request.query as Body).line ?? g.bankIds[0], 'bank line');
    const ledgerTotal = (await review.ledgerByIds(g.ledgerIds)).reduce((s, l) => s + Number(l.amount_minor), 0);
    return sendHtml(
      reply,
      writeOffPanel(
        rctx,
        lineId,
        g,
        writeOffAllowance(tolerance(g.currency), ledgerTotal, g.differenceMinor),
        defaultWriteOff,
      ),
    );
  });

  app.post('/accounts/:id/groups/:groupId/write-off', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const params = request.params as { id: string; groupId: string };
    const account = await accountOr404(ctx, params.id);
    const g = await groupOf(ctx, account, parseId(params.groupId, 'match group'));
    const body = (request.body ?? {}) as Body;
    const lineId = parseId(body.line ?? g.bankIds[0], 'bank line');
    const writeOffAccount = typed(body, 'account', 'Write-off: Write-off account');
    if (!writeOffAccount)
      throw new ReconciliationError('invalid_input', 'Write-off: name the account the difference is posted to');
    const ledgerTotal = (await review.ledgerByIds(g.ledgerIds)).reduce((s, l) => s + Number(l.amount_minor), 0);
    const allowance = writeOffAllowance(tolerance(g.currency), ledgerTotal, g.differenceMinor);
    const beyond = Math.abs(g.differenceMinor) > allowance;
    const reason = typed(body, 'reason', 'Write-off: Reason');
    if (beyond && (str(body.override) !== '1' || !reason))
      throw new ReconciliationError(
        'invalid_input',
        `Write-off: ${money(Math.abs(g.differenceMinor), g.currency)} is beyond the tolerance (${money(allowance, g.currency)}); an override with a reason is needed`,
      );
    return answerDecision(
      ctx,
      request,
      reply,
      account,
      lineId,
      async () => {
        if (g.status !== 'suggested' || g.supersededRunId !== null)
          throw new ReconciliationError(
            'invalid_state',
            `Write-off: this suggestion is ${g.supersededRunId !== null ? "replaced by the engine's current ones" : `already ${g.status}`}; reload the queue`,
          );
        await assertLinesUnlocked(ctx.db, null, account.id, g.bankIds);
        return service.manualMatch({
          accountId: account.id,
          bankIds: g.bankIds,
          ledgerIds: g.ledgerIds,
          actor: user.username,
          writeOffAccount,
          ...(beyond ? { writeOffOverride: { reason } } : {}),
          acceptedSuggestionId: g.id,
        });
      },
      'Accepted with a write-off',
      g.id,
    );
  });

  app.get('/accounts/:id/lines/:lineId/bank-only', async (request, reply) => {
    const params = request.params as { id: string; lineId: string };
    const account = await accountOr404(ctx, params.id);
    const rctx = rctxOf(request, account, reply.generateCsrf());
    const line = await lineOr404(ctx, account, params.lineId);
    const groups = await review.groupsByIds(await review.liveSuggestionIds([Number(line.id)]));
    const rule = groups.find((g) => g.proposed && g.status === 'suggested');
    return sendHtml(
      reply,
      bankOnlyPanel(
        rctx,
        line,
        rule?.proposed
          ? {
              account: rule.proposed.account,
              rule: rule.ruleId ? (ruleNameOf(rule.evidence, rule.ruleId) ?? rule.ruleId) : null,
            }
          : null,
        defaultWriteOff,
      ),
    );
  });

  app.post('/accounts/:id/lines/:lineId/bank-only', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const params = request.params as { id: string; lineId: string };
    const account = await accountOr404(ctx, params.id);
    const line = await lineOr404(ctx, account, params.lineId);
    const ledgerAccount = typed((request.body ?? {}) as Body, 'account', 'Bank-only: Ledger account');
    if (!ledgerAccount) throw new ReconciliationError('invalid_input', 'Bank-only: name the ledger account');
    const groups = await review.groupsByIds(await review.liveSuggestionIds([Number(line.id)]));
    // The rule's own proposal, accepted as proposed: confirm it (its evidence and rule stay on the record).
    const rule = groups.find(
      (g) =>
        g.status === 'suggested' &&
        g.ledgerIds.length === 0 &&
        g.proposed?.account === ledgerAccount &&
        g.bankIds.length === 1,
    );
    return answerDecision(
      ctx,
      request,
      reply,
      account,
      Number(line.id),
      async () => {
        await assertLinesUnlocked(ctx.db, null, account.id, [Number(line.id)]);
        return rule
          ? service.confirm(rule.id, user.username)
          : service.manualMatch({
              accountId: account.id,
              bankIds: [Number(line.id)],
              ledgerIds: [],
              actor: user.username,
              writeOffAccount: ledgerAccount,
            });
      },
      'Marked bank-only',
      rule?.id,
    );
  });

  app.get('/accounts/:id/lines/:lineId/rule', async (request, reply) => {
    const params = request.params as { id: string; lineId: string };
    const account = await accountOr404(ctx, params.id);
    requireRole(request, 'admin');
    const rctx = rctxOf(request, account, reply.generateCsrf());
    const line = await lineOr404(ctx, account, params.lineId);
    // the account is the person's to name: the write-off account prefilled ("Bank charges" for a Netflix card payment)
    // was taken as the engine's suggestion
    return sendHtml(reply, ruleForm(rctx, line, ruleFormValues(ruleFromLine(line, ''), line.currency)));
  });

  const ruleLines = (account: AccountRow, rule: Rule) =>
    service.ruleLines({
      accountId: account.id,
      rule,
      options: { writeOffAccount: defaultWriteOff },
      books: booksOf(account),
    });

  app.post('/accounts/:id/rules/preview', async (request, reply) => {
    requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as Body;
    const rule = ruleFromForm(body, account.currency);
    const lineId = body.line === undefined ? null : parseId(body.line, 'bank line');
    return sendHtml(reply, rulePreview(await ruleLines(account, rule), lineId, { oob: lineId !== null }));
  });

  // Save classifies the lines the rule matches now, as a run's rule pass would: they no longer wait for a run the app
  // cannot start. The count (and which lines) the preview showed must still hold, else nothing is saved.
  app.post('/accounts/:id/rules', async (request, reply) => {
    const user = requireRole(request, 'admin');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as Body;
    let rule: Rule | undefined;
    let result: CreateRuleResult;
    try {
      rule = ruleFromForm(body, account.currency);
      const count = str(body.expected, 12);
      if (count && !/^\d+$/.test(count))
        throw new ReconciliationError('invalid_input', "rule: the preview's count is not a number; preview again");
      result = await service.createRule({
        accountId: account.id,
        rule,
        actor: user.username,
        options: { writeOffAccount: defaultWriteOff },
        books: booksOf(account),
        ...(count
          ? {
              previewed: {
                count: Number(count),
                ...(str(body.previewed, 64) ? { digest: str(body.previewed, 64) } : {}),
              },
            }
          : {}),
      });
    } catch (e) {
      // in the panel, the form comes back as typed with the reason above it (and, the rule being sound, the lines it
      // classifies now): nothing typed is lost
      if (!(e instanceof ReconciliationError) || !isHtmx(request) || !str(body.line)) throw e;
      const line = await lineOr404(ctx, account, str(body.line));
      const values: RuleFormValues = {
        id: asTyped(body.id),
        contains: asTyped(body.contains),
        direction: str(body.direction),
        min: asTyped(body.min),
        max: asTyped(body.max),
        counterparty: asTyped(body.counterparty),
        ledgerAccount: asTyped(body.ledgerAccount),
      };
      const fresh = rule && e.code === 'conflict' ? await ruleLines(account, rule) : undefined;
      return sendHtml(
        reply,
        ruleForm(rctxOf(request, account, reply.generateCsrf()), line, values, fresh, e.message),
        e.code === 'conflict' ? 409 : 400,
      );
    }
    const review = `/accounts/${encodeURIComponent(account.id)}/review`;
    const n = counted(result.classified, 'line');
    const msg =
      result.classified === 0
        ? `Rule ${rule.id} saved: no undecided line matches it now; reconciliation runs apply it to lines that arrive.`
        : result.status === 'auto'
          ? `Rule ${rule.id} saved and applied: ${n} matched to ${rule.then.ledgerAccount ?? defaultWriteOff} now.`
          : `Rule ${rule.id} saved and applied: ${n} now ${result.classified === 1 ? 'awaits' : 'await'} review, proposed to post to ${rule.then.ledgerAccount ?? defaultWriteOff}; listed below.`;
    // the lines it classified, where "Accept all matching" takes them in one go
    const to =
      result.classified > 0 && result.status === 'suggested'
        ? `${review}?${filterQuery({ view: 'suggested', ruleId: rule.id })}`
        : review;
    setFlash(request, msg);
    if (!isHtmx(request)) return reply.redirect(to, 303);
    return reply.header('HX-Redirect', to).type('text/html; charset=utf-8').send(notice('ok', msg).value);
  });

  app.get('/accounts/:id/bulk', async (request, reply) => {
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const rctx = rctxOf(request, account, reply.generateCsrf());
    const q = (request.query ?? {}) as Body;
    const action = q.action === 'reject' ? 'reject' : 'confirm';
    const parsed = parseFilter({ ...q, view: 'suggested' }).filter;
    const through = await lockedThrough(ctx.db, account.id);
    const filter = through ? { ...parsed, after: through } : parsed;
    const plan = await decisions.preview(account.id, filter, action);
    return sendHtml(reply, bulkPanel(rctx, filter, action, plan));
  });

  app.post('/accounts/:id/bulk', async (request, reply) => {
    const user = requireRole(request, 'reviewer');
    const account = await accountOr404(ctx, (request.params as { id: string }).id);
    const body = (request.body ?? {}) as Body;
    const action = body.action === 'reject' ? 'reject' : body.action === 'confirm' ? 'confirm' : null;
    if (!action) throw new ReconciliationError('invalid_input', 'bulk: action must be confirm or reject');
    const expected = parseId(body.expected, 'count');
    const through = await lockedThrough(ctx.db, account.id);
    const { filter: parsedFilter } = parseFilter({
      view: 'suggested',
      ...(body.min !== undefined ? { min: body.min } : {}),
      ...(body.rule !== undefined ? { rule: body.rule } : {}),
      ...(body.from !== undefined ? { from: body.from } : {}),
      ...(body.to !== undefined ? { to: body.to } : {}),
      ...(body.q !== undefined ? { q: body.q } : {}),
    });
    const filter = through ? { ...parsedFilter, after: through } : parsedFilter;
    const rctx = reviewContext(account, user, reply.generateCsrf(), undefined);
    // The count the person saw must still hold before a job starts (the job checks it again in its transaction).
    const plan = await decisions.preview(account.id, filter, action);
    if (plan.groupIds.length !== expected) {
      const message = `bulk ${action}: the selection changed since you looked (${expected} then, ${plan.groupIds.length} now); nothing was done — check the new count and run it again`;
      if (!isHtmx(request)) throw new ReconciliationError('conflict', message);
      return sendHtml(reply, html`${notice('warn', message)}${bulkPanel(rctx, filter, action, plan)}`, 409);
    }
    const jobId = await ctx.bulkJobs.start({
      accountId: account.id,
      actor: user.username,
      actorName: user.displayName,
      action,
      filter,
      expected,
    });
    const url = `/accounts/${encodeURIComponent(account.id)}/bulk/jobs/${jobId}`;
    if (!isHtmx(request)) return reply.redirect(url, 303);
    return sendHtml(
      reply,
      bulkProgress(url, action, ctx.bulkJobs.progress(jobId) ?? { done: 0, total: expected }),
      202,
    );
  });

  // A bulk job's progress, polled by htmx until it ends; then the queue with the outcome (or why nothing was done).
  app.get('/accounts/:id/bulk/jobs/:jobId', async (request, reply) => {
    const user = userOf(request);
    const params = request.params as { id: string; jobId: string };
    const account = await accountOr404(ctx, params.id);
    const job = await ctx.bulkJobs.get(account.id, parseId(params.jobId, 'bulk job'));
    if (!job) throw new NotFoundError(`No bulk job ${params.jobId} on this account.`);
    const url = `/accounts/${encodeURIComponent(account.id)}/bulk/jobs/${job.id}`;
    const progress = ctx.bulkJobs.progress(job.id);
    let body: Html;
    if (job.state === 'running' && progress) body = bulkProgress(url, job.action, progress);
    else if (job.state === 'done') {
      const to = `/accounts/${encodeURIComponent(account.id)}/review?${filterQuery(job.filter as QueueFilter)}`;
      setFlash(request, job.message ?? '');
      if (!isHtmx(request)) return reply.redirect(to, 303);
      return reply
        .header('HX-Redirect', to)
        .type('text/html; charset=utf-8')
        .send(notice('ok', job.message ?? '').value);
    } else
      body = notice(
        'warn',
        job.state === 'failed'
          ? `Nothing was done: ${job.message ?? 'the job failed'}`
          : 'Nothing was done: the process running this job stopped before it committed. Run it again.',
      );
    if (isHtmx(request)) return sendHtml(reply, body);
    return sendHtml(
      reply,
      layout(
        { user, csrfToken: reply.generateCsrf(), section: 'accounts' },
        `Bulk ${job.action} · ${account.name}`,
        html`<h1>Bulk ${job.action === 'confirm' ? 'accept' : 'reject'} <span class="sub">· ${account.name}</span></h1>
          <div id="bulk-panel">${body}</div>
          <p><a href="/accounts/${encodeURIComponent(account.id)}/review">Back to the queue</a></p>`,
      ),
    );
  });
}
