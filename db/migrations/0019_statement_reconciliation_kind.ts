import type { Kysely } from 'kysely';

/**
 * `kind`: what a row of `statement_reconciliations` is. `statement` is a statement a person finished and signed;
 * `opening` is an agreed starting point an admin set (a date and the two balances agreed at it elsewhere), which the
 * next statement opens from but which has no items and no report of its own. Rows before it are all statements.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('statement_reconciliations')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('statement'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('statement_reconciliations').dropColumn('kind').execute();
}
