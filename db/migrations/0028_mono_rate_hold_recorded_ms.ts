import type { Kysely } from 'kysely';

/**
 * `recorded_ms`: when the hold was recorded, in milliseconds since the epoch at the database's own clock (PostgreSQL's
 * server; SQLite's is the one machine every process on its file runs on), so a reader measures how long ago a hold
 * began with the clock that dated it, not with its own or the writer's; and so ended rows can be swept by age. Null on
 * a row written before it (read as before: its `until` and length alone).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mono_rate_holds').addColumn('recorded_ms', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mono_rate_holds').dropColumn('recorded_ms').execute();
}
