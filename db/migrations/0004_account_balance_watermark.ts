import type { Kysely } from 'kysely';

/**
 * The account's balance follows every sync, with the moment it describes; the feed's watermark (the newest row Mono
 * has served) and its last full re-scan are mirrored for the CLI and for operators.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('accounts').addColumn('balance_as_of', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('data_watermark', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('last_full_scan_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('last_full_scan_at').execute();
  await db.schema.alterTable('accounts').dropColumn('data_watermark').execute();
  await db.schema.alterTable('accounts').dropColumn('balance_as_of').execute();
}
