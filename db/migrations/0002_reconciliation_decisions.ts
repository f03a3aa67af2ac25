import { type Kysely, sql } from 'kysely';
import { isPostgres } from './helpers.js';

// Statuses whose group holds its lines: a bank line or ledger entry sits in at most one of these at a time.
const ACTIVE_STATUSES = sql`('auto','confirmed','manual')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Suggestions are stored one row per candidate: rank orders the candidates of one suggestion (candidate_set).
  await db.schema.alterTable('match_groups').addColumn('rank', 'integer').execute();
  await db.schema.alterTable('match_groups').addColumn('candidate_set', 'text').execute();
  // A hash of what the engine proposed: a re-run that proposes the same thing finds it and writes nothing.
  await db.schema.alterTable('match_groups').addColumn('idempotency_key', 'text').execute();
  // JSON of the ledger entry a rule proposes for a bank-only line (bank charges, levies).
  await db.schema.alterTable('match_groups').addColumn('proposed', 'text').execute();
  // A suggestion a later run no longer makes is kept for the audit trail but marked with that run.
  await db.schema
    .alterTable('match_groups')
    .addColumn('superseded_run_id', 'bigint', (c) => c.references('reconcile_runs.id'))
    .execute();
  if (isPostgres(db)) {
    // 0001 made confidence a 4-byte float in PostgreSQL (0.9 read back as 0.8999999761…); SQLite's real is 8 bytes.
    await sql`alter table match_groups alter column confidence type double precision`.execute(db);
  }
  await sql`create unique index match_groups_live_key on match_groups (account_id, idempotency_key)
    where superseded_run_id is null and idempotency_key is not null`.execute(db);
  await db.schema
    .createIndex('match_groups_candidate_set')
    .on('match_groups')
    .columns(['account_id', 'candidate_set'])
    .execute();

  // Denormalised from the group's status so that a partial unique index can enforce "one active group per line".
  await db.schema
    .alterTable('match_items')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update match_items set active = 1
    where group_id in (select id from match_groups where status in ${ACTIVE_STATUSES})`.execute(db);
  await sql`create unique index match_items_one_active_group on match_items (side, item_id) where active = 1`.execute(
    db,
  );

  // Undo links: an undo row points at the decision it reverts, and that decision at its undo (once only).
  await db.schema
    .alterTable('audit_log')
    .addColumn('undoes_id', 'bigint', (c) => c.references('audit_log.id'))
    .execute();
  await db.schema
    .alterTable('audit_log')
    .addColumn('undone_by_id', 'bigint', (c) => c.references('audit_log.id'))
    .execute();
  await db.schema.createIndex('audit_log_account_at').on('audit_log').columns(['account_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_account_at').ifExists().execute();
  await db.schema.alterTable('audit_log').dropColumn('undone_by_id').execute();
  await db.schema.alterTable('audit_log').dropColumn('undoes_id').execute();
  await db.schema.dropIndex('match_items_one_active_group').ifExists().execute();
  await db.schema.alterTable('match_items').dropColumn('active').execute();
  await db.schema.dropIndex('match_groups_candidate_set').ifExists().execute();
  await db.schema.dropIndex('match_groups_live_key').ifExists().execute();
  for (const c of ['superseded_run_id', 'proposed', 'idempotency_key', 'candidate_set', 'rank']) {
    await db.schema.alterTable('match_groups').dropColumn(c).execute();
  }
}
