import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { activityInfo, ApplicationFailure, heartbeat, sleep } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { LedgerConfig } from '../adapters/ledger/config.js';
import {
  writeFilesAtomically,
  writeOrgSummary,
  writeReconciliationReport,
  type OrgSummaryRow,
} from '../adapters/reports/index.js';
import { normalizeCurrency } from '../domain/currency.js';
import { businessDateOf, DEFAULT_TIMEZONE, utcInstantsAt } from '../domain/dates.js';
import { getAccount, listAccountSyncTimes, pageLinkedAccountIds } from '../db/account-repository.js';
import { createMatchRepository } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';
import { clearNightlyFailure, nightlyFailureText, recordNightlyFailure } from './ledger-nightly-status.js';
import { awaitFeedSyncs, notSyncedReason, notSyncedText, syncedSince } from './nightly-sync-check.js';
import type { LedgerBindingValue, ReconcileActivities, ReportSink } from './reconcile-activities.js';
import {
  reportFolderFull,
  reportFolderUnusable,
  ReportNotWritten,
  writeIntoReportFolder,
} from './report-folder-failures.js';
import { isStorageWriteRefused, storageReporter, type StorageRefusalDeps } from './storage-failures.js';

export interface NightlyActivityDeps extends StorageRefusalDeps {
  db: Kysely<Database>;
  logger: Logger;
  reportSink: ReportSink;
  /** The reconciliation activities: the nightly run reconciles through them, never around them. */
  reconcile: Pick<ReconcileActivities, 'reconcileAccountFeed' | 'accountReport'>;
  ledger?: { config: LedgerConfig; baseDir: string } | null;
  clock?: () => Date;
  /** The nightly schedule's time zone: the business day a run reports for (each account's own period is its own). */
  timeZone?: string;
  /** How often the wait for the feeds' syncs reads the store (2 s unless a test shortens it). */
  syncPollMs?: number;
}

export interface NightlyChunkInput {
  /** The run's key (the parent workflow id) and business date: where the summary parts go. */
  runKey: string;
  day: string;
  part: string;
  accountIds: string[];
  /**
   * When the run began (ISO): an account whose feed completed no sync since is reported all the same, but marked,
   * counted in `notSynced` and given a nightly error. Absent (a chunk an older run scheduled): not checked.
   */
  syncedSince?: string;
}

/** The wait for a batch's feeds: until each has completed a sync since the run began, or the deadline passes. */
export interface NightlyAwaitSyncsInput {
  accountIds: string[];
  since: string;
  /** The deadline (ISO instant), fixed by the workflow: a retried wait keeps it. */
  until: string;
}

export interface NightlyChunkResult {
  accounts: number;
  reconciled: number;
  failed: number;
  /** Account workbooks the full report folder refused (counted in `failed` too; each account's nightly error says so). */
  notWritten: number;
  /** Accounts the organisation summary will not list: the full folder refused the chunk's rows for it. */
  unlisted: number;
  /**
   * Accounts reported although their feed completed no sync since the run began (each is marked in its workbook and
   * the summary, and its nightly error says so); absent from a chunk completed by an older worker.
   */
  notSynced?: number;
  /** Account workbooks written (paths), for runs small enough to list them. */
  files: string[];
}

/** The organisation summary, or why the full report folder refused it (the run still ends, saying so). */
export interface NightlySummaryResult {
  file: string | null;
  accounts: number;
  notWritten?: string;
}

/** Progress carried in heartbeats: a retried chunk (worker crash, timeout) resumes after the last finished account. */
interface ChunkProgress {
  done: number;
  rows: OrgSummaryRow[];
  files: string[];
  reconciled: number;
  failed: number;
  /** (absent in a heartbeat from before it was counted) */
  notWritten?: number;
  /** (absent in a heartbeat from before it was counted) */
  notSynced?: number;
  /** Ledger sources that refused this chunk (credentials, rate limit, outage): not asked again for its accounts. */
  downSources?: Record<string, string>;
}

/** A ledger source's own failure (adapters' LEDGER_* errors, made non-retryable by asLedgerFailure). */
function ledgerSourceFailure(err: unknown): boolean {
  const e = err as { code?: unknown; type?: unknown; nonRetryable?: unknown } | null;
  if (typeof e?.code === 'string' && e.code.startsWith('LEDGER_')) return true;
  return e?.nonRetryable === true && typeof e.type === 'string' && /^Ledger\w*Error$/.test(e.type);
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_.-]/g, '_');

export function createNightlyActivities(deps: NightlyActivityDeps) {
  const clock = deps.clock ?? (() => new Date());
  const partsDir = (day: string, runKey: string) => deps.reportSink.pathFor(`${day}/.nightly-parts/${safe(runKey)}/x`);
  // A write the disk refuses (an account's reconciliation, its nightly error set or cleared) is reported, as the
  // feed's are, and fails the chunk's attempt retryably: the retry resumes at that account once a worker has room.
  const reportingStorage = storageReporter(deps);

  async function bindingOf(accountId: string): Promise<LedgerBindingValue | null> {
    const row = await getAccount(deps.db, accountId);
    if (row?.ledger_binding) return JSON.parse(row.ledger_binding) as LedgerBindingValue;
    const b = deps.ledger?.config.bindings?.find((x) => x.accountId === accountId);
    return b ? { sourceId: b.sourceId, ledgerAccount: b.ledgerAccount, writeBack: b.writeBack ?? false } : null;
  }

  function baseRow(a: NonNullable<Awaited<ReturnType<typeof getAccount>>>): OrgSummaryRow {
    return {
      accountId: a.id,
      accountName: a.name,
      currency: normalizeCurrency(a.currency),
      statementBalanceMinor: a.balance_minor === null ? null : Number(a.balance_minor),
      bookBalanceMinor: null,
      matchedPercent: '0.00',
      suggestionsWaiting: 0,
      unmatchedLines: 0,
      needsReauth: a.state === 'REAUTH_REQUIRED',
      reauthUrl: a.reauth_url,
      reportPath: null,
      nightlyError: null,
    };
  }

  /** Reconciles one account (through the reconcile activities), writes its workbook, and returns its summary row. */
  async function nightlyAccount(
    a: NonNullable<Awaited<ReturnType<typeof getAccount>>>,
    b: LedgerBindingValue | null,
    day: string,
    /** Said on the statement first when the account's feed did not sync tonight. */
    staleNote: string | null,
  ): Promise<{ row: OrgSummaryRow; file: string | null }> {
    const accountId = a.id;
    const row = baseRow(a);
    if (!b || a.state === 'UNLINKED') return { row, file: null };
    const outcome = await deps.reconcile.reconcileAccountFeed({ accountId, trigger: 'nightly' });
    if (!outcome) return { row, file: null };
    const run = await createMatchRepository(deps.db).runPeriod(outcome.runId ?? -1);
    const today = businessDateOf(clock(), a.timezone);
    const period = run ? { from: run.period_from, to: run.period_to } : { from: today, to: today };
    // The same report the CLI and the web app build: the books' own balance (adapter or checkpoint) included.
    const built = await deps.reconcile.accountReport(accountId, period);
    // the statement's first note, before those on the balances: tonight's figures may lack the bank's newest lines
    const report = staleNote ? { ...built, leadingNotes: [staleNote] } : built;
    // A full report folder fails this account's workbook, not the night: a smaller one may fit, room may come back.
    const path = await writeIntoReportFolder(
      'workbook',
      () => deps.reportSink.pathFor(`${day}/accounts/${accountId}.xlsx`),
      async (p) => {
        await writeReconciliationReport(report, p, { producedBy: 'nightly' });
        return p;
      },
    );
    return {
      row: {
        ...row,
        statementBalanceMinor: report.statementBalanceMinor,
        bookBalanceMinor: report.bookBalanceMinor,
        matchedPercent: outcome.matchedPercent ?? '0.00',
        suggestionsWaiting: outcome.suggested,
        unmatchedLines: outcome.unmatchedBank,
        reportPath: path,
      },
      file: path,
    };
  }

  return {
    /** The business date the run reports for, fixed once when it starts. */
    async nightlyBusinessDay(): Promise<string> {
      return businessDateOf(clock(), deps.timeZone ?? DEFAULT_TIMEZONE);
    },

    /** A page of linked account ids in id order (keyset paging). */
    async nightlyAccountPage(input: { afterId: string | null; limit: number }): Promise<string[]> {
      return pageLinkedAccountIds(deps.db, input.afterId, input.limit);
    },

    /**
     * Waits for a batch's feeds, asked to sync by the run, until each has completed a sync since the run began (or
     * cannot: re-authorisation pending, unlinked), or the deadline passes; heartbeats at every look. Returns how many
     * it stopped waiting for: the chunks then say which, account by account.
     */
    async nightlyAwaitFeedSyncs(input: NightlyAwaitSyncsInput): Promise<{ waitingFor: number }> {
      const waiting = await awaitFeedSyncs(
        {
          read: (ids) => listAccountSyncTimes(deps.db, ids),
          // wall-clock time, as the feeds' last_synced_at and the workflow's deadline are
          now: () => Date.now(),
          sleep: (ms) => sleep(ms),
          beat: () => heartbeat(),
        },
        {
          accountIds: input.accountIds,
          since: input.since,
          until: Date.parse(input.until),
          pollMs: deps.syncPollMs ?? 2_000,
        },
      );
      if (waiting.length > 0)
        deps.logger.warn(
          { accounts: waiting.length, of: input.accountIds.length, since: input.since },
          'nightly: feeds that did not complete a sync within the wait; their reports are marked',
        );
      return { waitingFor: waiting.length };
    },

    /**
     * Reconciles and reports a chunk of accounts, one after another, heartbeating after each; a retry resumes after
     * the last finished account. One account's failure is logged and counted, not fatal to the chunk. The chunk's
     * summary rows are written as one part file for the organisation summary.
     */
    async nightlyReconcileChunk(input: NightlyChunkInput): Promise<NightlyChunkResult> {
      const resumed = activityInfo().heartbeatDetails as ChunkProgress | undefined;
      const p: ChunkProgress = resumed ?? { done: 0, rows: [], files: [], reconciled: 0, failed: 0 };
      if (resumed) deps.logger.info({ part: input.part, done: p.done }, 'nightly chunk resumed');
      const down = (p.downSources ??= {});
      for (; p.done < input.accountIds.length; p.done++) {
        const accountId = input.accountIds[p.done]!;
        let a: Awaited<ReturnType<typeof getAccount>> | undefined;
        let b: LedgerBindingValue | null = null;
        try {
          a = await getAccount(deps.db, accountId);
          if (!a) throw new Error(`account ${accountId} is not on record`);
          b = await bindingOf(accountId);
          // A source that already refused this chunk is not asked again: its accounts get the same words.
          const refused = b && a.state !== 'UNLINKED' ? down[b.sourceId] : undefined;
          if (refused !== undefined) throw Object.assign(new Error(refused), { code: 'LEDGER_SOURCE_DOWN' });
          // Read before reconciling: a sync that completed by then is in what the reconciliation reads.
          const since = input.syncedSince;
          const stale =
            since !== undefined && a.state !== 'UNLINKED' && !syncedSince(a.last_synced_at, since)
              ? { runStartedAt: since, lastSyncedAt: a.last_synced_at, state: a.state }
              : null;
          // The statement and the summary row give its times at the account's clock, as every time they show; the
          // stored error keeps UTC, which each reader turns to its account's clock.
          const note = stale ? `Not synced tonight: ${utcInstantsAt(notSyncedReason(stale), a.timezone)}.` : null;
          const r = await reportingStorage(() => nightlyAccount(a!, b, input.day, note));
          if (stale) {
            // Reported all the same (yesterday's position is still wanted), never as fine: counted and recorded.
            const error = notSyncedText({ day: input.day, ...stale });
            await reportingStorage(() => recordNightlyFailure(deps.db, { accountId, error }));
            p.notSynced = (p.notSynced ?? 0) + 1;
            p.rows.push({ ...r.row, nightlyError: utcInstantsAt(error, a.timezone) });
          } else {
            // A checked account with nothing to report (no binding) had a good night too: its old failure goes.
            if (r.file || since !== undefined) await reportingStorage(() => clearNightlyFailure(deps.db, accountId));
            p.rows.push(r.row);
          }
          if (r.file) {
            p.files.push(r.file);
            p.reconciled++;
          }
        } catch (err) {
          // The database refused a write: not this account's failure, and recording it would be refused too.
          if (isStorageWriteRefused(err)) throw err;
          // One account's failure (often its ledger source's) is recorded on that account, in its nightly error (never
          // the feed's last error); the run goes on.
          p.failed++;
          if (err instanceof ReportNotWritten) p.notWritten = (p.notWritten ?? 0) + 1;
          const message = err instanceof Error ? err.message : String(err);
          if (b && ledgerSourceFailure(err)) down[b.sourceId] = message;
          deps.logger.error(
            { accountId, sourceId: b?.sourceId, err: message },
            'nightly reconciliation of an account failed',
          );
          if (a) {
            const error = nightlyFailureText({
              day: input.day,
              sourceId: b?.sourceId ?? null,
              message,
              ...(err instanceof ReportNotWritten
                ? { where: `report folder ${err.folder}` }
                : reportFolderUnusable(err)
                  ? { where: 'report folder' }
                  : {}),
            });
            // The summary lists tonight's failure even when storing it fails.
            p.rows.push({ ...baseRow(a), nightlyError: utcInstantsAt(error, a.timezone) });
            await reportingStorage(() => recordNightlyFailure(deps.db, { accountId, error })).catch((e: unknown) => {
              if (isStorageWriteRefused(e)) throw e;
              deps.logger.error({ accountId, err: String(e) }, 'recording a nightly failure failed');
            });
          }
        }
        heartbeat({ ...p, done: p.done + 1 });
      }
      let unlisted = 0;
      try {
        // (the sink makes the folder as it names the path) Whole or not at all: the summary parses every part.
        const dir = dirname(partsDir(input.day, input.runKey));
        await mkdir(dir, { recursive: true });
        const rows = JSON.stringify(p.rows);
        await writeFilesAtomically([{ path: join(dir, `${safe(input.part)}.json`), write: (t) => writeFile(t, rows) }]);
      } catch (err) {
        // the night's run stops here and says why, rather than retrying a disk that will not change by itself
        if (reportFolderUnusable(err))
          throw ApplicationFailure.create({
            type: 'ReportFolderUnwritable',
            message: `the report folder cannot be written: ${err instanceof Error ? err.message : String(err)}`,
            nonRetryable: true,
          });
        // a full one: the workbooks written stay, the summary will not list these accounts, and the run says so
        const full = reportFolderFull(err);
        if (!full) throw err;
        unlisted = p.rows.length;
        deps.logger.error(
          { part: input.part, accounts: unlisted, code: full.code },
          `the report folder is full (${full.said}): the nightly summary will not list this chunk's accounts`,
        );
      }
      await deps.reportSink.published(p.files);
      return {
        accounts: input.accountIds.length,
        reconciled: p.reconciled,
        failed: p.failed,
        notWritten: p.notWritten ?? 0,
        unlisted,
        notSynced: p.notSynced ?? 0,
        files: p.files,
      };
    },

    /** The organisation summary from every chunk's part, in account id order; the parts are then removed. */
    async writeNightlySummary(input: { runKey: string; day: string }): Promise<NightlySummaryResult> {
      const dir = dirname(partsDir(input.day, input.runKey));
      const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
      const rows: OrgSummaryRow[] = [];
      for (const n of names) {
        rows.push(...(JSON.parse(await readFile(join(dir, n), 'utf8')) as OrgSummaryRow[]));
        heartbeat();
      }
      rows.sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0));
      let written: { file: string; files: string[] };
      try {
        written = await writeIntoReportFolder(
          'summary',
          () => deps.reportSink.pathFor(`${input.day}/reconciliation.xlsx`),
          async (file) => ({ file, files: (await writeOrgSummary(rows, file)).files }),
        );
      } catch (err) {
        if (!(err instanceof ReportNotWritten)) throw err;
        // The parts are removed all the same: they are this run's alone, and freeing them is room given back.
        await rm(dir, { recursive: true, force: true });
        const notWritten = `report folder ${err.folder}: ${err.message}`;
        deps.logger.error({ code: err.code }, `the nightly summary was not written: ${notWritten}`);
        return { file: null, accounts: rows.length, notWritten };
      }
      await deps.reportSink.published(written.files);
      await rm(dir, { recursive: true, force: true });
      return { file: written.file, accounts: rows.length };
    },
  };
}

export type NightlyActivities = ReturnType<typeof createNightlyActivities>;
