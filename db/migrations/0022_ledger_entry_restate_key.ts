import type { Kysely } from 'kysely';

/**
 * The source's own key of a stored entry that outlives a change of its words (LedgerEntry.restateKey): an hledger
 * posting whose description the accountant re-worded is listed under a new id, and this key tells the stored entry
 * it re-states from a new one (db/restated-entries.ts). Null: the source gave none (or the entry was last pulled
 * before this migration; the next pull that lists it stores its key).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').addColumn('restate_key', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').dropColumn('restate_key').execute();
}
