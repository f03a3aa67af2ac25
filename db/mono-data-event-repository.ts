import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface MonoDataEvent {
  id: number;
  event: string;
  accountId: string | null;
  /** The stored (redacted) webhook body. */
  body: string;
  attempts: number;
}

/**
 * Webhook events of the given names that the Mono-data processor has not settled yet: never looked at, or failed
 * and due for another attempt. Read from the same outbox the feeds' relay reads, so nothing the receiver committed
 * is lost, whatever the feed does with it.
 */
export async function dueMonoDataEvents(
  db: Kysely<Database>,
  opts: { events: readonly string[]; now: string; limit: number },
): Promise<MonoDataEvent[]> {
  const rows = await db
    .selectFrom('webhook_events as w')
    .leftJoin('mono_data_event_outcomes as o', 'o.webhook_event_id', 'w.id')
    .select(['w.id', 'w.event', 'w.account_id', 'w.body', 'o.attempts'])
    .where('w.event', 'in', [...opts.events])
    .where((eb) =>
      eb.or([
        eb('o.webhook_event_id', 'is', null),
        eb.and([eb('o.outcome', 'is', null), eb('o.next_attempt_at', '<=', opts.now)]),
      ]),
    )
    .orderBy('w.id')
    .limit(opts.limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    event: r.event,
    accountId: r.account_id,
    body: r.body,
    attempts: Number(r.attempts ?? 0),
  }));
}

/** Settles an event (outcome set) or schedules another attempt (outcome null, next_attempt_at). */
export async function recordMonoDataOutcome(
  db: Kysely<Database>,
  o: {
    id: number;
    outcome: string | null;
    detail: string | null;
    attempts: number;
    nextAttemptAt: string | null;
    now: string;
  },
): Promise<void> {
  const values = {
    outcome: o.outcome,
    detail: o.detail === null ? null : o.detail.slice(0, 500),
    attempts: o.attempts,
    next_attempt_at: o.nextAttemptAt,
    processed_at: o.now,
  };
  await db
    .insertInto('mono_data_event_outcomes')
    .values({ webhook_event_id: o.id, ...values })
    .onConflict((oc) => oc.column('webhook_event_id').doUpdateSet(values))
    .execute();
}

export async function monoDataOutcomeOf(
  db: Kysely<Database>,
  webhookEventId: number,
): Promise<{ outcome: string | null; detail: string | null; attempts: number } | null> {
  const r = await db
    .selectFrom('mono_data_event_outcomes')
    .select(['outcome', 'detail', 'attempts'])
    .where('webhook_event_id', '=', webhookEventId)
    .executeTakeFirst();
  return r ? { outcome: r.outcome, detail: r.detail, attempts: Number(r.attempts) } : null;
}
