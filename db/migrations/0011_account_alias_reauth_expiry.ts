import type { Kysely } from 'kysely';

/**
 * Day-to-day naming and re-authorisation (issue 13): an alias a person gives an account at `bind` (unique, stored in
 * lower case so it is matched in any case), and the instant a re-authorisation link stops working, so no command
 * shows an expired link and a restart knows which links to issue again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('alias', 'text').execute();
  await db.schema.createIndex('accounts_alias').on('accounts').column('alias').unique().execute();
  await db.schema.alterTable('accounts').addColumn('reauth_expires_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('accounts_alias').ifExists().execute();
  await db.schema.alterTable('accounts').dropColumn('reauth_expires_at').execute();
  await db.schema.alterTable('accounts').dropColumn('alias').execute();
}
