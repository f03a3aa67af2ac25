import { type Kysely, sql } from 'kysely';
import { idColumn } from './helpers.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('institution_name', 'text')
    .addColumn('institution_code', 'text')
    .addColumn('account_number_masked', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull().defaultTo('Africa/Lagos'))
    .addColumn('account_type', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('data_status', 'text')
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('LINKING','BACKFILLING','ACTIVE','SYNCING','REAUTH_REQUIRED','UNLINKED')`),
    )
    .addColumn('reauth_url', 'text')
    .addColumn('reauth_required_at', 'text')
    .addColumn('synced_through', 'text')
    .addColumn('last_synced_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('balance_minor', 'bigint')
    .addColumn('ledger_binding', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addColumn('unlinked_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('bank_transactions'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('provider_txn_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('credit','debit')`))
    .addColumn('business_date', 'text', (c) => c.notNull())
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('narration', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('counterparty_name', 'text')
    .addColumn('counterparty_account', 'text')
    .addColumn('balance_minor', 'bigint')
    .addColumn('category', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('posted','pending','removed')`))
    .addColumn('raw', 'text')
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('bank_transactions_provider_id', ['account_id', 'provider_txn_id'])
    .addCheckConstraint(
      'bank_transactions_sign',
      sql`(direction = 'credit' and amount_minor >= 0) or (direction = 'debit' and amount_minor <= 0)`,
    )
    .execute();
  await db.schema
    .createIndex('bank_transactions_fingerprint')
    .on('bank_transactions')
    .columns(['account_id', 'fingerprint'])
    .execute();
  await db.schema
    .createIndex('bank_transactions_date')
    .on('bank_transactions')
    .columns(['account_id', 'business_date'])
    .execute();

  await db.schema
    .createTable('bank_transaction_aliases')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('provider_txn_id', 'text', (c) => c.notNull())
    .addColumn('transaction_id', 'bigint', (c) => c.notNull().references('bank_transactions.id'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bank_transaction_aliases_pk', ['account_id', 'provider_txn_id'])
    .execute();

  await idColumn(db, db.schema.createTable('ledger_imports'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_imports_hash', ['source_id', 'file_hash'])
    .execute();

  await idColumn(db, db.schema.createTable('ledger_entries'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('ledger_account', 'text')
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('description', 'text')
    .addColumn('party', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','reconciled','void')`))
    .addColumn('row_fingerprint', 'text', (c) => c.notNull())
    .addColumn('import_id', 'bigint', (c) => c.references('ledger_imports.id'))
    .addColumn('raw', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('ledger_entries_external_id', ['source_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('ledger_entries_open')
    .on('ledger_entries')
    .columns(['source_id', 'status', 'entry_date'])
    .execute();

  await idColumn(db, db.schema.createTable('reconcile_runs'))
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('stats', 'text')
    .execute();

  await idColumn(db, db.schema.createTable('match_groups'))
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('run_id', 'bigint', (c) => c.references('reconcile_runs.id'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('exact','reference','fuzzy','split','rule','manual')`),
    )
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('auto','suggested','confirmed','rejected','manual','undone')`),
    )
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('difference_minor', 'bigint', (c) => c.notNull())
    .addColumn('write_off_account', 'text')
    .addColumn('write_off_minor', 'bigint')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('match_groups_account_status')
    .on('match_groups')
    .columns(['account_id', 'status'])
    .execute();

  await idColumn(db, db.schema.createTable('match_items'))
    .addColumn('group_id', 'bigint', (c) => c.notNull().references('match_groups.id').onDelete('cascade'))
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('bank','ledger')`))
    .addColumn('item_id', 'bigint', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('match_items_once_per_group', ['group_id', 'side', 'item_id'])
    .execute();
  await db.schema.createIndex('match_items_item').on('match_items').columns(['side', 'item_id']).execute();

  await idColumn(db, db.schema.createTable('sync_runs'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('window_from', 'text', (c) => c.notNull())
    .addColumn('window_to', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('running','succeeded','failed')`))
    .addColumn('fetched', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inserted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .execute();

  await idColumn(db, db.schema.createTable('webhook_events'))
    .addColumn('event_key', 'text', (c) => c.notNull().unique())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('received','handed_off')`))
    .addColumn('handed_off_at', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addColumn('detail', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute();
  await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'audit_log',
    'webhook_events',
    'sync_runs',
    'match_items',
    'match_groups',
    'reconcile_runs',
    'ledger_entries',
    'ledger_imports',
    'bank_transaction_aliases',
    'bank_transactions',
    'accounts',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
