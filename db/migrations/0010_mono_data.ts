import type { Kysely } from 'kysely';
import { idColumn } from './helpers.js';

/**
 * Mono beyond transactions (issue 18): the account holder's identity (BVN kept to its last four digits), income
 * reports as asked and as received, PDF statement jobs, DirectPay collections with every payment webhook seen, and
 * which webhook events the Mono-data processor has dealt with. Money is integer minor units with its currency.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('account_identities')
    .addColumn('account_id', 'text', (c) => c.primaryKey())
    .addColumn('full_name', 'text')
    .addColumn('bvn_last4', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('gender', 'text')
    .addColumn('dob', 'text')
    .addColumn('address', 'text')
    // The company or person the account should belong to, as a person stated it (compared with full_name).
    .addColumn('expected_holder', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('fetched_by', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('income_reports'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull()) // requested | received
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text')
    .addColumn('period_months', 'integer')
    .addColumn('received_at', 'text')
    .addColumn('source', 'text') // webhook | income-records
    .addColumn('mono_record_id', 'text')
    .addColumn('currency', 'text')
    .addColumn('monthly_income_minor', 'bigint')
    .addColumn('annual_income_minor', 'bigint')
    .addColumn('total_income_minor', 'bigint')
    .addColumn('streams', 'text') // JSON IncomeStream[] (minor units)
    .addColumn('rounding', 'text') // how fractional amounts were rounded
    .execute();
  await db.schema
    .createIndex('income_reports_record')
    .on('income_reports')
    .columns(['account_id', 'mono_record_id'])
    .unique()
    .execute();
  await db.schema.createIndex('income_reports_account').on('income_reports').columns(['account_id', 'id']).execute();

  await idColumn(db, db.schema.createTable('statement_exports'))
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('months', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull()) // pdf | xlsx | csv
    .addColumn('status', 'text', (c) => c.notNull()) // requested | built | stored | failed
    .addColumn('job_id', 'text')
    .addColumn('path', 'text')
    .addColumn('error', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await idColumn(db, db.schema.createTable('collections'))
    .addColumn('invoice_ref', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('mono_payment_id', 'text')
    .addColumn('account_id', 'text') // the linked account the settlement is expected in
    .addColumn('ledger_entry_id', 'bigint')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('customer_email', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('payment_link', 'text') // a capability URL: shown to the person who asked, never logged
    .addColumn('status', 'text', (c) => c.notNull()) // requested | pending | paid | failed | abandoned | cancelled
    .addColumn('paid_amount_minor', 'bigint')
    .addColumn('fee_minor', 'bigint')
    .addColumn('fee_bearer', 'text')
    .addColumn('flag', 'text') // why a person must look (amount differs from the request, ...)
    .addColumn('settled_bank_txn_id', 'bigint')
    .addColumn('request', 'text', (c) => c.notNull()) // JSON: the initiate body as sent
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('collections_invoice').on('collections').columns(['invoice_ref']).execute();

  await idColumn(db, db.schema.createTable('collection_events'))
    .addColumn('collection_id', 'bigint')
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('event_key', 'text', (c) => c.notNull().unique())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('webhook_status', 'text')
    .addColumn('verified_status', 'text')
    // applied | unchanged | unknown_reference | verify_disagrees
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mono_data_event_outcomes')
    .addColumn('webhook_event_id', 'bigint', (c) => c.primaryKey())
    .addColumn('outcome', 'text') // null while it is still to be retried
    .addColumn('detail', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('processed_at', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'mono_data_event_outcomes',
    'collection_events',
    'collections',
    'statement_exports',
    'income_reports',
    'account_identities',
  ])
    await db.schema.dropTable(t).ifExists().execute();
}
