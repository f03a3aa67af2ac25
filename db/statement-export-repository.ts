import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Statements fetched on demand: what was asked (who, when, months, format) and where the file went, or why not. */
export async function recordStatementRequest(
  db: Kysely<Database>,
  r: { accountId: string; months: number; format: string; requestedBy: string; requestedAt: string },
): Promise<number> {
  const row = await db
    .insertInto('statement_exports')
    .values({
      account_id: r.accountId,
      months: r.months,
      format: r.format,
      status: 'requested',
      job_id: null,
      path: null,
      error: null,
      requested_by: r.requestedBy,
      requested_at: r.requestedAt,
      finished_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateStatementExport(
  db: Kysely<Database>,
  id: number,
  patch: {
    status: 'requested' | 'built' | 'stored' | 'failed';
    jobId?: string;
    path?: string;
    error?: string;
    finishedAt?: string;
  },
): Promise<void> {
  await db
    .updateTable('statement_exports')
    .set({
      status: patch.status,
      ...(patch.jobId !== undefined ? { job_id: patch.jobId } : {}),
      ...(patch.path !== undefined ? { path: patch.path } : {}),
      ...(patch.error !== undefined ? { error: patch.error.slice(0, 500) } : {}),
      ...(patch.finishedAt !== undefined ? { finished_at: patch.finishedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export async function listStatementExports(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('statement_exports')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('id', 'desc')
    .execute();
}
