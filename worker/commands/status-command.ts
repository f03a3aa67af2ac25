import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Kysely } from 'kysely';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { listAccounts } from '../../db/account-repository.js';
import { createMatchRepository } from '../../db/match-repository.js';
import { openDb } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import { readTemporalUnreachable } from '../../db/temporal-unreachable-repository.js';
import { linksShownOn } from '../logger.js';
import { currentHolder, lastRun, type LockHolder } from '../data-dir-lock.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { loadSettings, type BankfeedSettings } from '../settings.js';
import { dataDirOnHost } from '../temporal-unreachable-record.js';
import { formatTable, shortTime } from '../table.js';
import { accountAlias } from './account-ref.js';
import { liveReauthLink } from './reauth-links.js';
import { registerStatusCommand } from './status-command-line.js';
import { refuseMissingDatabase } from './status-missing-database.js';
import { staleSyncLine } from './status-stale-sync.js';

/*
 * `bankfeed status` answers from the database alone, so cron can run it whether or not a worker is up. It imports
 * nothing of the Temporal SDK, the composition root or the adapters: a new process starts and answers quickly.
 */

function out(s: string): void {
  process.stdout.write(s);
}

/**
 * `bankfeed status …` straight away, before the other commands' modules load (they take seconds: adapters, the
 * Temporal SDK). Same options, output, errors and exit codes as through the full CLI.
 */
export async function runStatusOnly(argv: string[]): Promise<number> {
  const program = new Command().name('bankfeed').exitOverride().showHelpAfterError();
  let code: number = EXIT.ok;
  registerStatusCommand(program, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    process.stderr.write(`bankfeed: ${e instanceof Error ? e.message : String(e)}\n`);
    return exitCodeOf(e);
  }
}

/** `bankfeed status` as its own process runs it: settings and database only. */
export async function runStatusCommand(o: { json?: boolean; wide?: boolean }): Promise<number> {
  const settings = loadSettings();
  refuseMissingDatabase(settings);
  const db = await openDb({ url: settings.databaseUrl });
  try {
    return await statusReport({ settings, db: db.db }, o);
  } finally {
    await db.close();
  }
}

/** The newest workbook written for an account (nightly or by `start`), if any. */
function latestReport(dataDir: string, accountId: string): string | null {
  const root = join(dataDir, 'reports');
  let days: string[];
  try {
    days = readdirSync(root);
  } catch {
    // no folder, or not one (a file in its place): no report to name; status still lists the accounts
    return null;
  }
  for (const day of days.sort().reverse()) {
    const p = join(root, day, 'accounts', `${accountId}.xlsx`);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * The line above the status table: is a worker running on this data directory, and since when. A worker that died
 * (killed, out of memory, a power cut: no clean stop on record) needs a person, since nothing syncs until it is
 * started again; one stopped on purpose (Ctrl-C, SIGTERM) does not.
 */
function workerLine(dataDir: string): { line: string; died: boolean; holder: LockHolder | null } {
  const holder = currentHolder(dataDir);
  if (holder)
    return {
      line: `bankfeed ${holder.command} running (pid ${holder.pid} since ${holder.startedAt})`,
      died: false,
      holder,
    };
  const last = lastRun(dataDir);
  if (!last)
    return {
      line: 'no worker running on this data directory (none has run here yet); states are as last stored',
      died: false,
      holder: null,
    };
  if (last.stoppedAt)
    return {
      line: `no worker running since ${last.stoppedAt}: states are as that run left them`,
      died: false,
      holder: null,
    };
  return {
    line: `no worker running (the last one started ${last.startedAt} and did not stop cleanly): states are as it left them`,
    died: true,
    holder: null,
  };
}

/**
 * The running worker's record that its Temporal server does not answer (nothing syncs, no nightly run starts), or
 * null. Believed only when written by the process holding the lock now: a record a killed worker left says nothing.
 */
async function temporalLine(db: Kysely<Database>, dataDir: string, holder: LockHolder | null): Promise<string | null> {
  if (!holder) return null;
  const rec = await readTemporalUnreachable(db, dataDirOnHost(dataDir));
  if (!rec || rec.holder.pid !== holder.pid || rec.holder.startedAt !== holder.startedAt) return null;
  return `the worker cannot reach Temporal at ${rec.address} since ${rec.since}: nothing syncs and no nightly run starts until it answers (webhooks wait in the outbox)`;
}

/**
 * Needs a person: the bank paused the feed, its last sync failed, an unlink Mono reported waits to be confirmed (the
 * feed set it aside; it stays through good syncs), or the nightly run failed on it.
 */
function needsAttention(a: {
  state: string;
  lastError: string | null;
  nightlyError: string | null;
  unlink: object | null;
}): boolean {
  return (
    a.state !== 'UNLINKED' &&
    (a.state === 'REAUTH_REQUIRED' || a.lastError !== null || a.nightlyError !== null || a.unlink !== null)
  );
}

/**
 * `bankfeed status`: per account, the last sync and reconciliation, read from the database only (the feeds record
 * their state there), so it answers at once with or without a worker. Exit 1 when an account is failing or waits for
 * re-authorisation, when the worker died, when the running worker cannot reach Temporal, or when no account has synced
 * for days (a worker running here or not), so cron can alert.
 */
export async function statusReport(
  ctx: { settings: BankfeedSettings; db: Kysely<Database> },
  o: { json?: boolean; wide?: boolean },
): Promise<number> {
  const db = ctx.db;
  const rows = await listAccounts(db);
  const runOf = await createMatchRepository(db).latestRunPerAccount();
  const now = new Date();
  const list = rows.map((a) => {
    const run = runOf.get(a.id);
    // Only a link that still works is shown; an expired one is as good as none (the worker issues a new one).
    const link = liveReauthLink(a, now, ctx.settings.reauthLinkTtlMs);
    const stats = run?.stats
      ? (JSON.parse(run.stats) as { matchedPercent?: string; suggested?: number; unmatchedBank?: number })
      : null;
    // An unlink the feed set aside, in the words Sync now and the accounts list use (feedTrouble).
    const trouble = feedTrouble(a);
    const unlink = trouble?.kind === 'unlink' ? trouble : null;
    return {
      id: a.id,
      alias: accountAlias(a),
      name: a.name,
      state: a.state,
      lastSync: a.last_synced_at,
      syncedThrough: a.synced_through,
      lastReconciliation: run?.finished_at ?? null,
      matchedPercent: stats?.matchedPercent ?? null,
      suggestionsWaiting: stats?.suggested ?? null,
      unmatched: stats?.unmatchedBank ?? null,
      reconciled: !!a.ledger_binding,
      reauthUrl: link?.url ?? null,
      reauthIssuedAt: link?.issuedAt ?? null,
      reauthExpiresAt: link?.expiresAt ?? null,
      lastError: a.state === 'UNLINKED' ? null : a.last_error,
      // The nightly run's own failure, apart from the feed's: each clears only its own.
      nightlyError: a.state === 'UNLINKED' ? null : a.nightly_error,
      nightlyFailedAt: a.state === 'UNLINKED' ? null : a.nightly_failed_at,
      unlinkedAt: a.state === 'UNLINKED' ? (a.unlinked_at ?? a.updated_at) : null,
      unlink: unlink
        ? {
            short: unlink.short,
            what: unlink.what,
            recorded: unlink.reason,
            todo: unlink.todo,
            since: a.unlink_set_aside ? (a.unlink_set_aside_at ?? null) : null,
          }
        : null,
      reportPath: latestReport(ctx.settings.dataDir, a.id),
    };
  });
  const attention = list.filter(needsAttention);
  const worker = workerLine(ctx.settings.dataDir);
  const temporal = await temporalLine(db, ctx.settings.dataDir, worker.holder);
  // with no worker known to run, an account never synced is measured from when it was last linked
  const stale = staleSyncLine(
    rows.map((a) => ({ state: a.state, lastSync: a.last_synced_at, linkedAt: a.relinked_at ?? a.linked_at })),
    worker.holder,
    now,
    ctx.settings.feed?.pollIntervalMs,
  );
  const failing = attention.length > 0 || worker.died || temporal !== null || stale !== null;
  if (o.json) {
    // the link is a capability URL: piped (a monitor, a log) the JSON carries the command that shows it, as the text does
    const rows = linksShownOn(process.stdout)
      ? list
      : list.map((a) => (a.reauthUrl ? { ...a, reauthUrl: null, reauthCommand: `bankfeed reauth ${a.id}` } : a));
    out(`${JSON.stringify(rows, null, 2)}\n`);
    // the JSON stays a list of accounts: a worker that died, cannot reach Temporal or syncs nothing is said beside it,
    // and in the exit code
    if (worker.died) process.stderr.write(`bankfeed: ${worker.line}\n`);
    if (temporal) process.stderr.write(`bankfeed: ${temporal}\n`);
    if (stale) process.stderr.write(`bankfeed: ${stale}\n`);
    return failing ? 1 : 0;
  }
  const feedNote = (a: (typeof list)[number]) =>
    a.state === 'REAUTH_REQUIRED'
      ? a.reauthUrl
        ? 're-authorise (link below)'
        : 're-authorise: link expired (reauth --new)'
      : a.unlinkedAt
        ? `unlinked since ${shortTime(a.unlinkedAt)}`
        : a.unlink
          ? [a.unlink.short, a.lastError === a.unlink.recorded ? null : a.lastError].filter((x) => x).join(' · ')
          : (a.lastError ?? '');
  // A feed error and a nightly failure are two problems: the note names both.
  const note = (a: (typeof list)[number]) => [feedNote(a), a.nightlyError ?? ''].filter((x) => x !== '').join(' · ');
  const reconciled = (a: (typeof list)[number]) =>
    a.reconciled ? (shortTime(a.lastReconciliation) ?? 'pending') : 'not bound';
  out(`${[worker.line, temporal, stale].filter((l) => l !== null).join('\n')}\n\n`);
  if (o.wide)
    out(
      formatTable(
        [
          'ACCOUNT',
          'ALIAS',
          'NAME',
          'STATE',
          'LAST SYNC',
          'RECONCILED',
          'MATCHED %',
          'SUGGESTIONS',
          'UNMATCHED',
          'REPORT',
          'NOTE',
        ],
        list.map((a) => [
          a.id,
          a.alias,
          a.name,
          a.state,
          a.lastSync,
          reconciled(a),
          a.matchedPercent,
          a.suggestionsWaiting,
          a.unmatched,
          a.reportPath ?? '',
          note(a),
        ]),
        { maxWidth: null },
      ),
    );
  else
    out(
      formatTable(
        ['ALIAS', 'NAME', 'STATE', 'LAST SYNC', 'RECONCILED', 'MATCHED', 'SUGG', 'UNMATCHED', 'NOTE'],
        list.map((a) => [
          a.alias ?? a.id,
          a.name,
          a.state,
          shortTime(a.lastSync),
          reconciled(a),
          a.matchedPercent === null ? null : `${a.matchedPercent}%`,
          a.suggestionsWaiting,
          a.unmatched,
          note(a),
        ]),
        { shrink: ['NAME', 'NOTE'] },
      ),
    );
  // the link is a capability URL: a pipe (cron's mail, a journal) gets the command that shows it, as start's console does
  const showLinks = linksShownOn(process.stdout);
  for (const a of list.filter((x) => x.reauthUrl))
    out(
      `\n${a.name} needs re-authorisation (link issued ${a.reauthIssuedAt}, works until ${a.reauthExpiresAt}):\n  ${
        showLinks
          ? a.reauthUrl
          : `not shown on a non-terminal console (it grants access); \`bankfeed reauth ${a.id}\` shows it`
      }\n`,
    );
  // the NOTE column is cut to the terminal's width: each account's errors in full, so cron's mail says why; an unlink
  // set aside with what the feed recorded and what to do
  for (const a of list.filter((x) => x.state !== 'UNLINKED' && (x.lastError || x.nightlyError || x.unlink))) {
    const unlink = a.unlink ? [a.unlink.what, `What the feed recorded: ${a.unlink.recorded}`, a.unlink.todo] : [];
    const errors = [a.lastError, a.nightlyError].filter((x) => x && x !== a.unlink?.recorded);
    out(`\n${a.alias ?? a.name}: ${[...unlink, ...errors].join('\n  ')}\n`);
  }
  if (worker.died)
    out('\nthe worker is not running and did not stop cleanly: nothing syncs until it is started again\n');
  if (attention.length) out(`\n${attention.length} account(s) need attention\n`);
  return failing ? 1 : 0;
}
