import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { isMonoError, type MonoClient } from '../adapters/mono/index.js';
import type { MonoStatementJobs } from '../adapters/mono/statement-jobs.js';
import { writeFilesAtomically } from '../adapters/reports/atomic-write.js';
import { csvPathFor, writeCsv } from '../adapters/reports/csv-writer.js';
import { writeXlsx } from '../adapters/reports/xlsx-writer.js';
import { getAccount } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import { recordStatementRequest, updateStatementExport } from '../db/statement-export-repository.js';
import { normalizeCurrency } from '../domain/currency.js';
import { statementTable } from './statement-table.js';

/** A statement that could not be had, said in words a finance team can act on. */
export class StatementError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatementError';
  }
}

export interface StatementDeps {
  db: Kysely<Database>;
  mono: Pick<MonoClient, 'getStatement'>;
  jobs: Pick<MonoStatementJobs, 'requestPdf' | 'getJob' | 'download'>;
  dataDir: string;
  clock?: () => Date;
  sleep?: (ms: number) => Promise<void>;
}

function inWords(err: unknown, what: string): StatementError {
  if (err instanceof StatementError) return err;
  if (isMonoError(err)) {
    const said = err.message.includes(': ') ? err.message.slice(err.message.lastIndexOf(': ') + 2) : '';
    switch (err.kind) {
      case 'not_found':
        return new StatementError(`Mono does not know this account (unlinked?): no ${what}`);
      case 'bad_request':
        return new StatementError(`Mono refused the ${what}: ${said || 'bad request'} (not every bank supports it)`);
      case 'reauth_required':
        return new StatementError(
          `the bank needs the account re-authorised before Mono can give a ${what} (bankfeed reauth)`,
        );
      case 'invalid_key':
        return new StatementError(`Mono refused our key: check MONO_SECRET_KEY (no ${what})`);
      case 'payment_required':
        return new StatementError(`Mono asks for payment (wallet balance?) before giving a ${what}`);
      default:
        return new StatementError(
          `Mono did not give the ${what}: ${err.kind}${said ? ` (${said})` : ''}; try again later`,
        );
    }
  }
  return new StatementError(`${what} failed: ${err instanceof Error ? err.message : String(err)}`);
}

/** Statements on demand: Mono's JSON statement as XLSX/CSV in the report layout, or its PDF through a statement job. */
export function createStatementActivities(deps: StatementDeps) {
  const now = () => deps.clock?.() ?? new Date();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const stamp = () => now().toISOString().replace(/[:.]/g, '-');
  const checkMonths = (m: number) => {
    if (!Number.isInteger(m) || m < 1 || m > 12)
      throw new StatementError('--months must be a whole number from 1 to 12');
  };

  async function account(accountId: string) {
    const a = await getAccount(deps.db, accountId);
    if (!a) throw new StatementError(`no linked account "${accountId}" (see \`bankfeed accounts\`)`);
    return a;
  }

  return {
    /** JSON statement of the last `months` to XLSX (one sheet) or CSV, written atomically; returns the file paths. */
    async exportStatement(input: {
      accountId: string;
      months: number;
      format: 'xlsx' | 'csv';
      requestedBy: string;
      out?: string;
    }): Promise<string[]> {
      checkMonths(input.months);
      const a = await account(input.accountId);
      const id = await recordStatementRequest(deps.db, {
        accountId: a.id,
        months: input.months,
        format: input.format,
        requestedBy: input.requestedBy,
        requestedAt: now().toISOString(),
      });
      try {
        const rows = await deps.mono.getStatement(a.id, input.months).catch((e: unknown) => {
          throw inWords(e, 'statement');
        });
        const table = statementTable(rows, {
          currency: normalizeCurrency(a.currency),
          timezone: a.timezone,
          title: `Statement ${input.months}m`,
        });
        const out =
          input.out ?? join(deps.dataDir, 'statements', a.id, `statement-${input.months}m-${stamp()}.${input.format}`);
        const paths = await writeFilesAtomically([
          input.format === 'xlsx'
            ? { path: out, write: (tmp) => writeXlsx([table], tmp) }
            : { path: csvPathFor(out, null), write: (tmp) => writeCsv(table, tmp) },
        ]);
        await updateStatementExport(deps.db, id, {
          status: 'stored',
          path: paths[0]!,
          finishedAt: now().toISOString(),
        });
        return paths;
      } catch (e) {
        const err = inWords(e, 'statement');
        await updateStatementExport(deps.db, id, {
          status: 'failed',
          error: err.message,
          finishedAt: now().toISOString(),
        });
        throw err;
      }
    },

    /** Starts Mono's PDF job, polls it until built (or failed, or out of time), stores the PDF under the data dir. */
    async fetchPdfStatement(input: {
      accountId: string;
      months: number;
      requestedBy: string;
      pollMs?: number;
      timeoutMs?: number;
    }): Promise<string> {
      checkMonths(input.months);
      const a = await account(input.accountId);
      const id = await recordStatementRequest(deps.db, {
        accountId: a.id,
        months: input.months,
        format: 'pdf',
        requestedBy: input.requestedBy,
        requestedAt: now().toISOString(),
      });
      const fail = async (err: StatementError) => {
        await updateStatementExport(deps.db, id, {
          status: 'failed',
          error: err.message,
          finishedAt: now().toISOString(),
        });
        return err;
      };
      let job;
      try {
        job = await deps.jobs.requestPdf(a.id, input.months);
      } catch (e) {
        throw await fail(inWords(e, 'PDF statement'));
      }
      await updateStatementExport(deps.db, id, { status: 'requested', jobId: job.id });
      const pollMs = input.pollMs ?? 2_000;
      const deadline = Date.now() + (input.timeoutMs ?? 5 * 60_000);
      while (job.state === 'building') {
        if (Date.now() > deadline)
          throw await fail(
            new StatementError(
              `Mono's statement job ${job.id} was still ${job.status} when bankfeed stopped waiting; ask again later`,
            ),
          );
        await sleep(pollMs);
        try {
          job = await deps.jobs.getJob(a.id, job.id);
        } catch (e) {
          if (isMonoError(e) && e.retryable) continue;
          throw await fail(inWords(e, 'PDF statement'));
        }
      }
      if (job.state === 'failed')
        throw await fail(
          new StatementError(`Mono could not build the PDF statement (job ${job.id} ${job.status.toLowerCase()})`),
        );
      if (!job.path) throw await fail(new StatementError(`Mono's statement job ${job.id} is built but names no file`));
      await updateStatementExport(deps.db, id, { status: 'built' });
      let pdf: Buffer;
      try {
        pdf = await deps.jobs.download(job.path);
      } catch (e) {
        throw await fail(inWords(e, 'PDF statement file'));
      }
      const out = join(deps.dataDir, 'statements', a.id, `statement-${input.months}m-${stamp()}.pdf`);
      await writeFilesAtomically([
        { path: out, write: async (tmp) => (await import('node:fs/promises')).writeFile(tmp, pdf) },
      ]);
      await updateStatementExport(deps.db, id, { status: 'stored', path: out, finishedAt: now().toISOString() });
      return out;
    },
  };
}

export type StatementActivities = ReturnType<typeof createStatementActivities>;
