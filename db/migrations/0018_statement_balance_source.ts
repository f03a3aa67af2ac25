import type { Kysely } from 'kysely';

/**
 * `statement_balance_source`: where a finished reconciliation's balance per bank came from (a `BankBalanceSource`:
 * `stated` when the person typed it, `mono-running-balance` when the feed gave it), kept as its books' source is, so
 * that its print page, CSV and workbook label it as it was signed. Null on reconciliations finished before it was kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('statement_reconciliations').addColumn('statement_balance_source', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('statement_reconciliations').dropColumn('statement_balance_source').execute();
}
