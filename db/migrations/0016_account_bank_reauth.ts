import type { Kysely } from 'kysely';

/**
 * `bank_reauth_required_at`: when a bank call first heard from Mono that the account needs re-authorisation (ISO,
 * UTC), null once it is re-authorised. Activities record it the moment Mono says so and read it before every data
 * call, so a retried attempt (its first attempt's answer lost with the Temporal server) does not ask the bank again.
 * Apart from `reauth_required_at`, which is the re-authorisation link's issue time (also written for a fresh link a
 * person asks for), so a link asked for by hand never stops the feed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('bank_reauth_required_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').dropColumn('bank_reauth_required_at').execute();
}
