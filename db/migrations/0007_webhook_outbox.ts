import type { Kysely } from 'kysely';

/**
 * webhook_events becomes an outbox: the receiver answers 200 once an event is committed here, and a relay hands the
 * committed events to Temporal in id order. A lease row lets several worker processes share one database while only
 * one relay hands off at a time (per-account order needs a single writer to Temporal).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('webhook_events')
    .addColumn('relay_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // 'signalled' (handed to the feed) or 'ignored' (no feed to hand it to: no account, unlinked, an event we do not use).
  await db.schema.alterTable('webhook_events').addColumn('relay_outcome', 'text').execute();
  await db.schema.alterTable('webhook_events').addColumn('relay_error', 'text').execute();
  // What the relay signals (a FeedEvent as JSON: ids, statuses and flags only), fixed when the event is recorded;
  // null when the event is for no feed.
  await db.schema.alterTable('webhook_events').addColumn('feed_event', 'text').execute();
  await db.schema.createIndex('webhook_events_outbox').on('webhook_events').columns(['status', 'id']).execute();
  await db.schema
    .createTable('outbox_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_leases').ifExists().execute();
  await db.schema.dropIndex('webhook_events_outbox').ifExists().execute();
  await db.schema.alterTable('webhook_events').dropColumn('feed_event').execute();
  await db.schema.alterTable('webhook_events').dropColumn('relay_error').execute();
  await db.schema.alterTable('webhook_events').dropColumn('relay_outcome').execute();
  await db.schema.alterTable('webhook_events').dropColumn('relay_attempts').execute();
}
