import type { Kysely } from 'kysely';

/** Where each ledger source's incremental pull stopped, per ledger account. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_sync_state')
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('ledger_account', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text')
    .addColumn('pulled_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_sync_state_pk', ['source_id', 'ledger_account'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ledger_sync_state').ifExists().execute();
}
