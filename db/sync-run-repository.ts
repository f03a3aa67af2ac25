import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function startSyncRun(
  db: Kysely<Database>,
  r: { accountId: string; kind: string; from: string; to: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('sync_runs')
    .values({
      account_id: r.accountId,
      kind: r.kind,
      window_from: r.from,
      window_to: r.to,
      started_at: r.now,
      finished_at: null,
      status: 'running',
      fetched: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      error: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function finishSyncRun(
  db: Kysely<Database>,
  id: number,
  r: {
    status: 'succeeded' | 'failed';
    fetched: number;
    inserted: number;
    updated: number;
    unchanged: number;
    error?: string | null;
    now: string;
  },
): Promise<void> {
  await db
    .updateTable('sync_runs')
    .set({
      status: r.status,
      fetched: r.fetched,
      inserted: r.inserted,
      updated: r.updated,
      unchanged: r.unchanged,
      error: r.error ?? null,
      finished_at: r.now,
    })
    .where('id', '=', id)
    .execute();
}

/** Full-scan windows that succeeded, per account among `accountIds` (accounts with none are absent). */
export async function countSucceededFullScanWindows(
  db: Kysely<Database>,
  accountIds: string[],
): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('sync_runs')
    .select(['account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('account_id', 'in', accountIds)
    .where('kind', '=', 'full')
    .where('status', '=', 'succeeded')
    .groupBy('account_id')
    .execute();
  return new Map(rows.map((r) => [r.account_id, Number(r.n)]));
}
