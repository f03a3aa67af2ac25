import type { Kysely } from 'kysely';
import { idColumn } from './helpers.js';

/**
 * Bulk decisions of the review web app run as server-side jobs: one row per job, written when it starts and when its
 * one transaction commits or rolls back, so a person (or another tab) can follow it and see how it ended. A row left
 * `running` by a stopped process wrote nothing: its transaction never committed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('web_bulk_jobs'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull()) // confirm | reject
    .addColumn('filter', 'text', (c) => c.notNull()) // JSON QueueFilter
    .addColumn('expected', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull()) // running | done | failed
    .addColumn('done', 'integer', (c) => c.notNull())
    .addColumn('lines', 'integer')
    .addColumn('message', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('web_bulk_jobs_account').on('web_bulk_jobs').columns(['account_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('web_bulk_jobs').execute();
}
