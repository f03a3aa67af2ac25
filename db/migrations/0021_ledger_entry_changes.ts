import type { Kysely } from 'kysely';
import { idColumn } from './helpers.js';

/**
 * What the books changed in an entry after it was stored: its amount, date or ledger account before and after, and
 * when a pull brought the change. An entry is updated in place, so without this a balance taken before the change
 * (a finished reconciliation's) could not be carried forward by it: the statement would hold the entry twice, or
 * never, or at the amount it no longer has.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('ledger_entry_changes'))
    .addColumn('entry_id', 'bigint', (c) => c.notNull().references('ledger_entries.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('before_date', 'text', (c) => c.notNull())
    .addColumn('before_amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('before_account', 'text')
    .addColumn('after_date', 'text', (c) => c.notNull())
    .addColumn('after_amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('after_account', 'text')
    // 1 when a match held the entry: the books changed what a match had settled
    .addColumn('held', 'integer', (c) => c.notNull())
    .execute();
  // A held entry's amount stays as matched; the books' own figure for it (what is left to pay) and when it was read,
  // so that the next pull tells the books' change from bankfeed's own write-back since.
  await db.schema.alterTable('ledger_entries').addColumn('books_amount_minor', 'bigint').execute();
  await db.schema.alterTable('ledger_entries').addColumn('books_seen_at', 'text').execute();
  await db.schema
    .createIndex('ledger_entry_changes_entry')
    .on('ledger_entry_changes')
    .columns(['entry_id', 'changed_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ledger_entry_changes').ifExists().execute();
  await db.schema.alterTable('ledger_entries').dropColumn('books_seen_at').execute();
  await db.schema.alterTable('ledger_entries').dropColumn('books_amount_minor').execute();
}
