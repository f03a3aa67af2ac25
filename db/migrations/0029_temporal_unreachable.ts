import type { Kysely } from 'kysely';

/**
 * `temporal_unreachable`: a running worker that cannot reach its Temporal server, for `bankfeed status` (a process of
 * its own, which cannot ask the worker). One row per data directory (the host and its absolute path: one worker holds
 * a data directory's lock), naming the lock's holder that wrote it (pid and lock start time, so a row a killed worker
 * left is not believed once that process is gone), the server's address (never a key or certificate) and since when
 * (ISO, UTC, the worker's clock). The worker removes its row when the server answers again and when it stops.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('temporal_unreachable')
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('data_dir', 'text', (c) => c.notNull())
    .addColumn('pid', 'integer', (c) => c.notNull())
    .addColumn('lock_started_at', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('temporal_unreachable_pk', ['host', 'data_dir'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('temporal_unreachable').ifExists().execute();
}
