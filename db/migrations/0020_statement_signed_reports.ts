import type { Kysely } from 'kysely';

/**
 * The report of a finished statement as it was signed (THE report model, as JSON), kept at the instant it was finished
 * in the same transaction: its workbook is written from it, never rebuilt from a store that has moved on since (the
 * books change amounts and dates in place, matches are made and undone, the audit trail grows). A statement finished
 * before this table has none; its workbook is rebuilt, cut at its finish.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('statement_signed_reports')
    .addColumn('reconciliation_id', 'bigint', (c) => c.primaryKey().references('statement_reconciliations.id'))
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('statement_signed_reports').ifExists().execute();
}
