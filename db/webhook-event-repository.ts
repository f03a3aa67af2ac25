import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * Records a webhook delivery under its event key. Returns false for a duplicate delivery (same key), which the
 * receiver acknowledges without doing anything else. Relies on the unique constraint, not a prior read, so two
 * concurrent deliveries of one event cannot both win.
 */
export async function recordWebhookEvent(
  db: Kysely<Database>,
  e: { key: string; event: string; accountId: string | null; body: string; now: string },
): Promise<{ inserted: boolean; status: string }> {
  const res = await db
    .insertInto('webhook_events')
    .values({
      event_key: e.key,
      event: e.event,
      account_id: e.accountId,
      received_at: e.now,
      status: 'received',
      handed_off_at: null,
      body: e.body,
    })
    .onConflict((oc) => oc.column('event_key').doNothing())
    .executeTakeFirst();
  if (Number(res.numInsertedOrUpdatedRows ?? 0n) > 0) return { inserted: true, status: 'received' };
  const existing = await db
    .selectFrom('webhook_events')
    .select('status')
    .where('event_key', '=', e.key)
    .executeTakeFirstOrThrow();
  return { inserted: false, status: existing.status };
}

export async function markWebhookHandedOff(db: Kysely<Database>, key: string, now: string): Promise<void> {
  await db
    .updateTable('webhook_events')
    .set({ status: 'handed_off', handed_off_at: now })
    .where('event_key', '=', key)
    .execute();
}

export async function countWebhookEvents(db: Kysely<Database>): Promise<{ received: number; handedOff: number }> {
  const rows = await db
    .selectFrom('webhook_events')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const get = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { received: get('received'), handedOff: get('handed_off') };
}
