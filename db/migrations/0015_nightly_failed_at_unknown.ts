import { type Kysely, sql } from 'kysely';

/**
 * 0014 moved a nightly failure an earlier version left in `last_error` to `nightly_error` and took its instant from the
 * row's `updated_at`. That column moves with any later change to the account (a state the feed records, a
 * re-authorisation link issued, a ledger binding set, a relink), and a failure still in `last_error` is most often an
 * account with no good sync since (paused for re-authorisation), so that instant could be hours or days after the
 * failure, yet the web overview ("recorded …") and `bankfeed status` show it as when the failure was recorded. The
 * instant is on record nowhere (the words name only the night's business date, which they still show), so it becomes
 * unknown (null). 0014 itself is shipped and stays as it is.
 *
 * A value 0014 wrote is no later than the moment 0014 ran (the migration table's timestamp); every failure recorded
 * since is stamped after it, and keeps its instant.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const ran = await sql<{ ran_at: string }>`select ${sql.ref('timestamp')} as ran_at from kysely_migration
    where name = ${'0014_account_nightly_error'}`.execute(db);
  const ranAt = ran.rows[0]?.ran_at;
  if (!ranAt) return;
  await sql`update accounts set nightly_failed_at = null
    where nightly_failed_at is not null and nightly_failed_at <= ${ranAt}`.execute(db);
}

/** Nothing to put back: the instants it cleared were not when the failures were recorded. */
export async function down(): Promise<void> {}
