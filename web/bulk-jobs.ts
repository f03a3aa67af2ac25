import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { ReconciliationError } from '../activities/reconciliation-errors.js';
import { type BulkAction, createReviewDecisions } from '../activities/review-decisions.js';
import { createBulkJobRepository } from '../db/bulk-job-repository.js';
import type { QueueFilter } from '../db/review-repository.js';
import type { Database } from '../db/schema.js';
import { counted } from './format.js';
import { refusedWrite } from './refused-write.js';

export interface BulkJobInput {
  accountId: string;
  actor: string;
  /** The person's display name, for the job's closing message (the actor stays the username, as audited). */
  actorName?: string;
  action: BulkAction;
  filter: QueueFilter;
  expected: number;
}

export interface BulkProgress {
  done: number;
  total: number;
}

/**
 * Bulk decisions as server-side jobs: the request that starts one answers at once with a progress panel that htmx
 * polls, while the job decides the selection in ONE transaction (review-decisions `run`), committed at the end.
 * The job's row (web_bulk_jobs) says how it ended; its progress lives here, in the process that runs it, because
 * nothing inside the transaction is visible to a poll before the commit.
 *
 * On SQLite the job runs on its own connection to the file (`jobDb`) and yields between chunks: WAL lets the app's
 * connection keep serving pages and polls meanwhile. Without one (an in-memory database) polls wait for the commit.
 */
export function createBulkJobs(deps: {
  db: Kysely<Database>;
  jobDb?: Kysely<Database> | null;
  now: () => Date;
  logger?: Logger | undefined;
  chunkSize?: number;
  /** Told of every chunk inside the job's transaction, before it goes on (the tests look at the app meanwhile). */
  observe?: (jobId: number, p: BulkProgress) => Promise<void>;
}) {
  const jobs = createBulkJobRepository(deps.db);
  const decisions = createReviewDecisions({ db: deps.jobDb ?? deps.db, now: deps.now });
  const live = new Map<number, { progress: BulkProgress; settled: Promise<void> }>();
  const verb = (a: BulkAction) => (a === 'confirm' ? 'Accepted' : 'Rejected');

  return {
    /** Records the job and starts it; returns its id at once. */
    async start(input: BulkJobInput): Promise<number> {
      const id = await jobs.start({ ...input, at: deps.now().toISOString() });
      const progress: BulkProgress = { done: 0, total: input.expected };
      const settled = decisions
        .run({
          accountId: input.accountId,
          filter: input.filter,
          action: input.action,
          expectedGroups: input.expected,
          actor: input.actor,
          ...(deps.chunkSize ? { chunkSize: deps.chunkSize } : {}),
          onProgress: async (p) => {
            progress.done = p.done;
            progress.total = p.total;
            await deps.observe?.(id, { ...p });
            // Let the event loop serve the polls (and everyone else) between chunks.
            await new Promise((resolve) => setImmediate(resolve));
          },
        })
        .then(
          (r) =>
            jobs.finish(id, {
              state: 'done',
              done: r.groupIds.length,
              lines: r.lines,
              message: `${verb(input.action)} ${counted(r.groupIds.length, 'suggestion')} covering ${counted(r.lines, 'line')}, as ${input.actorName ?? input.actor}.`,
              at: deps.now().toISOString(),
            }),
          (err: unknown) => {
            if (!(err instanceof ReconciliationError)) deps.logger?.error({ err, jobId: id }, 'bulk job failed');
            return jobs.finish(id, {
              state: 'failed',
              done: 0,
              lines: null,
              message:
                err instanceof ReconciliationError
                  ? err.message
                  : (refusedWrite(err) ?? 'Something went wrong on our side; nothing was changed. Try again.'),
              at: deps.now().toISOString(),
            });
          },
        )
        .catch((err: unknown) => deps.logger?.error({ err, jobId: id }, 'bulk job could not record its end'))
        .finally(() => live.delete(id));
      live.set(id, { progress, settled });
      return id;
    },

    /** A running job's progress in this process (undefined once it ended, or when another process ran it). */
    progress(id: number): BulkProgress | undefined {
      return live.get(id)?.progress;
    },

    /** Resolves when the job has ended and its row says how (at once when it is not running here). */
    async settled(id: number): Promise<void> {
      await live.get(id)?.settled;
    },

    /** Waits for every running job (the app closes only after their transactions ended). */
    async close(): Promise<void> {
      await Promise.all([...live.values()].map((j) => j.settled));
    },

    get: (accountId: string, id: number) => jobs.get(accountId, id),
  };
}

export type BulkJobs = ReturnType<typeof createBulkJobs>;
