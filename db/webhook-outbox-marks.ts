import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { markWebhookEventsHandedOff } from './webhook-event-repository.js';

export type RelayOutcome = 'signalled' | 'ignored' | 'unknown-account';

/**
 * Marks a relay round's events handed off only while `holder` still holds the outbox lease, in one transaction that
 * first renews the lease (its first statement takes the lease row's write lock, so no other relay can take the lease
 * until the marks commit). False, with nothing marked, when another relay has taken it: the events stay pending for
 * the new holder, which hands them off again (the feed drops the repeated keys). An expired lease nobody took is
 * still ours, as in acquireOutboxLease.
 */
export async function markHandedOffWhileLeased(
  db: Kysely<Database>,
  lease: { name: string; holder: string; expiresAt: string },
  marks: ReadonlyArray<{ outcome: RelayOutcome; ids: readonly number[] }>,
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const renewed = await tx
      .updateTable('outbox_leases')
      .set({ expires_at: lease.expiresAt })
      .where('name', '=', lease.name)
      .where('holder', '=', lease.holder)
      .executeTakeFirst();
    if (Number(renewed.numUpdatedRows) === 0) return false;
    for (const m of marks) if (m.ids.length > 0) await markWebhookEventsHandedOff(tx, m.ids, m.outcome, now);
    return true;
  });
}
