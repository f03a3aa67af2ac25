import type { Kysely } from 'kysely';
import { createAuditRepository } from '../../db/audit-repository.js';
import { SETTLE_ACTION, WRITE_BACK_ENTITY } from '../../db/ledger-sync-repository.js';
import type { Database } from '../../db/schema.js';

/** A millisecond passes: the store's instants of consecutive steps are then in their order. */
export const tick = () => new Promise((r) => setTimeout(r, 2));

const rowId = async (db: Kysely<Database>, externalId: string) =>
  Number(
    (await db.selectFrom('ledger_entries').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow())
      .id,
  );

/** A held (confirmed) match on the entries, as the reconciliation service stores one; its group id. */
export async function confirmMatchOn(db: Kysely<Database>, externalIds: string[]): Promise<number> {
  const g = await db
    .insertInto('match_groups')
    .values({
      account_id: null,
      run_id: null,
      kind: 'manual',
      status: 'confirmed',
      confidence: 1,
      currency: 'NGN',
      difference_minor: 0,
      write_off_account: null,
      write_off_minor: null,
      evidence: '[]',
      rule_id: null,
      decided_by: 'ada@example.com',
      decided_at: '2026-03-03T10:00:00Z',
      created_at: '2026-03-03T10:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const externalId of externalIds)
    await db
      .insertInto('match_items')
      .values({
        group_id: Number(g.id),
        side: 'ledger',
        item_id: await rowId(db, externalId),
        amount_minor: 1,
        active: 1,
      })
      .execute();
  return Number(g.id);
}

/**
 * The write-back of match `groupId` on the entry, as activities/ledger-settlements.ts records one the books took:
 * `payment` is the id the books gave it (the entry's own id when the settlement made no payment). Written after the
 * entry was stored and before the next pull reads the books, as a write-back always is.
 */
export async function wroteBack(
  db: Kysely<Database>,
  w: { groupId: number; externalId: string; amountMinor: number; payment?: string },
): Promise<void> {
  const id = await rowId(db, w.externalId);
  await tick();
  const at = new Date().toISOString();
  await tick();
  await createAuditRepository(db).append({
    at,
    actor: 'system',
    action: SETTLE_ACTION,
    entityType: WRITE_BACK_ENTITY,
    entityId: `bankfeed-match-${w.groupId}-${id}`,
    accountId: null,
    detail: { sourceId: 'books', groupId: w.groupId, externalId: w.payment ?? `pay-${w.groupId}`, created: true },
    after: { entryId: w.externalId, date: '2026-03-04', amountMinor: w.amountMinor, currency: 'NGN' },
  });
}
