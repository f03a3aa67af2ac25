import type { Kysely } from 'kysely';

/**
 * `unlink_set_aside`: the feed's note that it set aside an `account_unlinked` webhook it could not ask Mono to confirm
 * (Mono unreachable), and `unlink_set_aside_at`, when (ISO, UTC). Apart from `last_error`, which a good read clears:
 * a sync that reads the bank says nothing about whether the holder unlinked the account at Mono, so the note stays
 * until the unlink is confirmed (the feed ends), the account is linked again, or Mono, asked, still knows the account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('unlink_set_aside', 'text').execute();
  await db.schema.alterTable('accounts').addColumn('unlink_set_aside_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('unlink_set_aside_at').execute();
  await db.schema.alterTable('accounts').dropColumn('unlink_set_aside').execute();
}
