import type { Kysely } from 'kysely';

/**
 * Whether a stored entry is a posting on the bank's account or an accounting system's open document (LedgerEntry.kind):
 * the statement counts postings only. Entries stored before this migration are postings, as the statement took them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ledger_entries')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('posting'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').dropColumn('kind').execute();
}
