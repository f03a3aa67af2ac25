import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isPostgresUrl } from '../../db/connection.js';
import { currentHolder, lastRun } from '../data-dir-lock.js';
import { ConfigError, type BankfeedSettings } from '../settings.js';

/** What a bankfeed process leaves in its data directory: the lock or the note of its stop, its log, its output. */
const TRACES = ['bankfeed.lock', 'bankfeed.stopped', 'logs', 'reports', 'statements', 'temporal'] as const;

/**
 * Signs that bankfeed ran with this data directory: the traces found and what the lock says of the last run. Empty
 * when there are none (a typo, cron's $HOME).
 */
export function traceOfRuns(dataDir: string): { found: string[]; run: string | null } {
  const found = TRACES.filter((name) => existsSync(join(dataDir, name)));
  const holder = currentHolder(dataDir);
  const last = holder ? null : lastRun(dataDir);
  const run = holder
    ? `bankfeed ${holder.command} running (pid ${holder.pid} since ${holder.startedAt})`
    : last?.stoppedAt
      ? `its last worker stopped at ${last.stoppedAt}`
      : last
        ? `its last worker started ${last.startedAt} and did not stop cleanly`
        : null;
  return { found, run };
}

/**
 * A health check that looked in the wrong place must not pass: cron runs in $HOME, where the default data directory
 * (`.bankfeed` in the working directory) holds nothing. Opening would create and migrate an empty database there and
 * report no account needing attention, so a SQLite file that is not there is refused (exit 3), and nothing is
 * created. Where the data directory shows bankfeed ran there, the file was removed or moved, and the operator needs
 * to hear that and how to recover, not to check cron's environment.
 */
export function refuseMissingDatabase(settings: Pick<BankfeedSettings, 'dataDir' | 'databaseUrl'>): void {
  const url = settings.databaseUrl;
  if (isPostgresUrl(url) || url === ':memory:' || existsSync(url)) return;
  const byUrl = !!process.env.DATABASE_URL?.trim();
  const from = byUrl
    ? 'DATABASE_URL'
    : `BANKFEED_DATA_DIR=${process.env.BANKFEED_DATA_DIR?.trim() ? process.env.BANKFEED_DATA_DIR : '(unset: .bankfeed)'}`;
  const where = `no bankfeed database at ${resolve(url)} (${from}, working directory ${process.cwd()})`;
  const trace = traceOfRuns(settings.dataDir);
  if (trace.found.length === 0 && trace.run === null)
    throw new ConfigError(
      `${where}: nothing has run with this data directory; set BANKFEED_DATA_DIR (or DATABASE_URL) to the one the worker uses`,
    );
  const seen = [trace.run, `found ${trace.found.join(', ')}`].filter((s) => s !== null).join('; ');
  throw new ConfigError(
    `${where}, though bankfeed has run with the data directory ${settings.dataDir} (${seen}): the database file is missing, removed or moved${
      byUrl ? ' (or DATABASE_URL does not name the file the worker uses)' : ''
    }, and what it held is gone unless restored from a backup. Restore it there (with the worker stopped), ` +
      'or start the worker again, which creates an empty database at that path and syncs the feeds into it again',
  );
}
