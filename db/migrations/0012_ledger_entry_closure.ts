import type { Kysely } from 'kysely';

/**
 * Why and when the books closed an entry after it was pulled (paid, cancelled, voided, gone from the source): an
 * incremental pull closes entries instead of leaving them open forever. The status stays one of open, reconciled,
 * void; the reason tells a sync's closing from a person's void, so only the former is re-opened when the books
 * re-open the entry.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  await db.schema.alterTable('ledger_entries').addColumn('closed_reason', 'text').execute();
  await db.schema.alterTable('ledger_entries').addColumn('closed_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ledger_entries').dropColumn('closed_at').execute();
  await db.schema.alterTable('ledger_entries').dropColumn('closed_reason').execute();
}
