import { type Kysely, sql } from 'kysely';
import { idColumn } from './helpers.js';

/**
 * The review web app: people (argon2id hashes, roles), their server-side sessions (idle and absolute expiry are
 * checked against these timestamps), the app's signing key (shared by every process on one database, so a cookie
 * signed by one worker is valid on the next), and rules people create from a line.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await idColumn(db, db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull()) // viewer | reviewer | admin
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // The id column holds a SHA-256 of the cookie's session id: a copy of the table cannot be replayed as cookies.
  await db.schema
    .createTable('web_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('web_sessions_last_seen').on('web_sessions').column('last_seen_at').execute();

  await db.schema
    .createTable('web_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('web_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('definition', 'text', (c) => c.notNull()) // JSON Rule (matching/rules.ts)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // The review queue filters an account's live suggestions by status; 10,000+ of them page fast with this.
  await sql`create index match_groups_review on match_groups (account_id, status, id) where superseded_run_id is null`.execute(
    db,
  );
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_actor').ifExists().execute();
  await db.schema.dropIndex('match_groups_review').ifExists().execute();
  await db.schema.dropTable('web_rules').ifExists().execute();
  await db.schema.dropTable('web_keys').ifExists().execute();
  await db.schema.dropTable('web_sessions').ifExists().execute();
  await db.schema.dropTable('users').ifExists().execute();
}
