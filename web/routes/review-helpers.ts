import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ReconciliationError } from '../../activities/reconciliation-errors.js';
import { isBusinessDate } from '../../domain/dates.js';
import { createReviewRepository, type QueueFilter } from '../../db/review-repository.js';
import type { AccountRow } from '../../db/schema.js';
import type { User } from '../../db/user-repository.js';
import type { WebAppContext } from '../app.js';
import { hasRole } from '../auth/access.js';
import type { Html } from '../html.js';
import { loadQueueLines, type QueueLine } from '../review-data.js';
import { filterQuery, type ReviewContext } from '../views/review-view.js';
import { issuesInWords } from '../issue-words.js';

/**
 * A real calendar day as YYYY-MM-DD. The shape alone lets 2026-02-30 through: a statement finished to it would make
 * every later statement of the account fail when its period is worked out from the day after.
 */
export function isCalendarDay(s: string): boolean {
  if (!isBusinessDate(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const date = z
  .string()
  .trim()
  .refine((s) => s === '' || isCalendarDay(s), 'expected a date YYYY-MM-DD')
  .optional();

export const filterSchema = z.object({
  view: z.enum(['suggested', 'unmatched', 'matched']).default('suggested'),
  // the Confidence filter's figure: a whole percentage, as its choices give it ("90" for ≥ 90%)
  min: z
    .string()
    .trim()
    .refine((s) => s === '' || (/^\d{1,3}$/.test(s) && Number(s) <= 100), {
      error: (i) =>
        `Confidence must be a whole percentage from 0 to 100, e.g. 90 (got “${String(i.input).slice(0, 20)}”)`,
    })
    .optional(),
  rule: z.string().trim().max(200).optional(),
  from: date,
  to: date,
  q: z.string().trim().max(200).optional(),
  page: z
    .string()
    .regex(/^\d{1,6}$/, 'expected a page number')
    .optional(),
});

/**
 * From after To selects nothing, which reads as "nothing in those dates" (an empty queue, a bulk count of 0): a
 * range typed the wrong way round is a 400 naming both dates.
 */
export function assertDateRange(from: string | undefined, to: string | undefined, what: string): void {
  if (from && to && from > to)
    throw new ReconciliationError('invalid_input', `${what}: from: ${from} is after to (${to}); swap the dates`);
}

/** The queue filter from a query string or a form; a bad value is a 400 naming the field. */
export function parseFilter(input: unknown): { filter: QueueFilter; page: number } {
  const r = filterSchema.safeParse(input ?? {});
  if (!r.success) {
    throw new ReconciliationError('invalid_input', `filter: ${issuesInWords(r.error)}`);
  }
  const d = r.data;
  assertDateRange(d.from, d.to, 'filter');
  return {
    filter: {
      view: d.view,
      ...(d.min ? { minConfidence: Number(d.min) / 100 } : {}),
      ...(d.rule ? { ruleId: d.rule } : {}),
      ...(d.from ? { from: d.from } : {}),
      ...(d.to ? { to: d.to } : {}),
      ...(d.q ? { text: d.q } : {}),
    },
    page: Math.max(1, Number(d.page ?? '1')),
  };
}

export function reviewContext(
  account: AccountRow,
  user: User,
  csrfToken: string,
  back: string | undefined,
): ReviewContext {
  const base = `/accounts/${encodeURIComponent(account.id)}/review`;
  return {
    account,
    csrfToken,
    canDecide: hasRole(user, 'reviewer'),
    canAdmin: hasRole(user, 'admin'),
    back: back && back.startsWith(`${base}`) ? back : `${base}?${filterQuery({ view: 'suggested' })}`,
  };
}

export function isHtmx(request: FastifyRequest): boolean {
  return !!request.headers['hx-request'];
}

export function sendHtml(reply: FastifyReply, body: Html, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(body.value);
}

export async function lineState(ctx: WebAppContext, account: AccountRow, lineId: number): Promise<QueueLine | null> {
  const row = await createReviewRepository(ctx.db).bankLine(account.id, lineId);
  if (!row) return null;
  return (await loadQueueLines(ctx.db, account.id, [row]))[0]!;
}

export const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A positive integer id from a path or form field; anything else is 404 (as an id that names nothing). */
export function parseId(value: unknown, what: string): number {
  const r = idParam.safeParse(value);
  if (!r.success) throw new ReconciliationError('not_found', `No ${what} "${String(value).slice(0, 40)}".`);
  return r.data;
}

/** Form fields that may repeat (checkboxes): always an array of strings. */
export function many(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((s) => s !== '');
}
