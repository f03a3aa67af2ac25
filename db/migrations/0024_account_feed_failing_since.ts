import type { Kysely } from 'kysely';

/**
 * `feed_failing_since`: when the feed's reads of the bank began failing (ISO, UTC): the first failed attempt of the
 * read that is failing now, or the first error the feed recorded since its last good read; null once a read
 * succeeds. The long-failure note and "Sync now" say "since" from it: a read's first attempt may have been scheduled
 * long before it failed (a re-scan of the whole history), so the attempt's schedule overstated the failure.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('feed_failing_since', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('feed_failing_since').execute();
}
