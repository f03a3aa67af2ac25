import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type BulkJobState = 'running' | 'done' | 'failed';

export interface BulkJob {
  id: number;
  accountId: string;
  actor: string;
  action: 'confirm' | 'reject';
  filter: unknown;
  expected: number;
  state: BulkJobState;
  /** Groups decided when the job ended (0 while running or after a failure: nothing is written until the commit). */
  done: number;
  lines: number | null;
  message: string | null;
  startedAt: string;
  finishedAt: string | null;
}

/** The review app's bulk jobs (migration 0013): a row when one starts, updated once when it commits or fails. */
export function createBulkJobRepository(db: Kysely<Database>) {
  return {
    async start(j: {
      accountId: string;
      actor: string;
      action: 'confirm' | 'reject';
      filter: unknown;
      expected: number;
      at: string;
    }): Promise<number> {
      const row = await db
        .insertInto('web_bulk_jobs')
        .values({
          account_id: j.accountId,
          actor: j.actor,
          action: j.action,
          filter: JSON.stringify(j.filter),
          expected: j.expected,
          state: 'running',
          done: 0,
          lines: null,
          message: null,
          started_at: j.at,
          finished_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async finish(
      id: number,
      end: { state: 'done' | 'failed'; done: number; lines: number | null; message: string; at: string },
    ): Promise<void> {
      await db
        .updateTable('web_bulk_jobs')
        .set({ state: end.state, done: end.done, lines: end.lines, message: end.message, finished_at: end.at })
        .where('id', '=', id)
        .where('state', '=', 'running')
        .execute();
    },

    /** One job of one account (another account's job id names nothing). */
    async get(accountId: string, id: number): Promise<BulkJob | null> {
      const r = await db
        .selectFrom('web_bulk_jobs')
        .selectAll()
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      if (!r) return null;
      return {
        id: Number(r.id),
        accountId: r.account_id,
        actor: r.actor,
        action: r.action as BulkJob['action'],
        filter: JSON.parse(r.filter) as unknown,
        expected: Number(r.expected),
        state: r.state as BulkJobState,
        done: Number(r.done),
        lines: r.lines === null ? null : Number(r.lines),
        message: r.message,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
      };
    },
  };
}
