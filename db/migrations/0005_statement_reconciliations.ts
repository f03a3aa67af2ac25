import type { Kysely } from 'kysely';
import { idColumn } from './helpers.js';

/**
 * Finished statement reconciliations (checkpoints): the statement's date and two balances as signed, who finished it
 * and the reconciling items still outstanding at its end. The next statement of the account carries its book balance
 * and its outstanding items forward; a reopened checkpoint (an audited admin action) no longer counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('statement_reconciliations'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('ledger_account', 'text')
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('statement_balance_minor', 'bigint', (c) => c.notNull())
    .addColumn('book_balance_minor', 'bigint', (c) => c.notNull())
    // Where the book balance came from: ledger-closing, ledger-api, carried-forward, stated (see docs/statement.md).
    .addColumn('book_balance_source', 'text', (c) => c.notNull())
    .addColumn('difference_minor', 'bigint', (c) => c.notNull())
    // JSON: the reconciling items outstanding at period end ({side, source, id, date, reference, description, amountMinor}).
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('finished_by', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text', (c) => c.notNull())
    .addColumn('report_path', 'text')
    .addColumn('reopened_by', 'text')
    .addColumn('reopened_at', 'text')
    .execute();
  await db.schema
    .createIndex('statement_reconciliations_account_end')
    .on('statement_reconciliations')
    .columns(['account_id', 'period_end'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('statement_reconciliations_account_end').ifExists().execute();
  await db.schema.dropTable('statement_reconciliations').ifExists().execute();
}
