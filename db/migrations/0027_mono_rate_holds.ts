import type { Kysely } from 'kysely';

/**
 * A 429's Retry-After from Mono, shared by every process on this database (one Mono key): the host (host and port,
 * never a path or the key), until when (UTC, ISO 8601, the recording process's clock) and the hold's own length, so
 * a reader whose clock lags cannot hold longer than Mono asked. One row per host, overwritten by a later, longer hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mono_rate_holds')
    .addColumn('host', 'text', (c) => c.primaryKey())
    .addColumn('hold_until', 'text', (c) => c.notNull())
    .addColumn('hold_ms', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mono_rate_holds').ifExists().execute();
}
