import type { Kysely } from 'kysely';

/**
 * `relinked_at`: when a person last linked an account on record again by exchanging a widget code (`bankfeed link`),
 * which starts the account's feed directly rather than through the webhook relay (ISO, UTC). The relay reads it: an
 * `account_unlinked` received before it belongs to the link before and must not end the feed this link started.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('relinked_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('relinked_at').execute();
}
