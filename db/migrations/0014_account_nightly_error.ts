import { type Kysely, sql } from 'kysely';

/**
 * The nightly run's failure gets its own pair of columns, apart from the feed's `last_error`: before, both wrote
 * `last_error`, so a nightly failure overwrote a feed error (a Mono 503) and the next good sync erased the nightly
 * failure before anyone saw it. `nightly_failed_at` is the instant it was recorded (ISO, UTC). A nightly failure an
 * earlier version left in `last_error` (it always started with "nightly reconciliation ") moves over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('accounts').addColumn('nightly_error', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('nightly_failed_at', 'text').execute();
  await sql`update accounts set nightly_error = last_error, nightly_failed_at = updated_at, last_error = null
    where last_error like ${'nightly reconciliation %'}`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update accounts set last_error = nightly_error
    where last_error is null and nightly_error is not null`.execute(db);
  await db.schema.alterTable('accounts').dropColumn('nightly_failed_at').execute();
  await db.schema.alterTable('accounts').dropColumn('nightly_error').execute();
}
