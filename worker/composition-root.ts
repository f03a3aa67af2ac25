import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { fileReportSink, type ReportSink } from '../activities/reconcile-activities.js';
import { parseLedgerConfig, type LedgerConfig } from '../adapters/ledger/config.js';
import { loadLedgerPlugins } from '../adapters/ledger/registry.js';
import { recordLedgerBindingIfUnset } from '../db/account-repository.js';
import type { DbHandle } from '../db/connection.js';
import type { Database } from '../db/schema.js';
import { startBankfeedWorker, type BankfeedWorker } from './bankfeed-worker.js';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.js';
import { watchOpenedDatabase } from './database-file-watch.js';
import { saveEndpoint } from './endpoint-file.js';
import { openConfiguredDb, startTemporal, type TemporalRuntime } from './runtime.js';
import { resolveRunningSettings, type RunningSettings } from './running-settings.js';
import { ConfigError, type BankfeedSettings } from './settings.js';
import { databaseWhere, type StorageWriteError } from './storage-errors.js';
import { sharedRetryAfterHold } from './shared-retry-after-hold.js';
import { optionalProcesses, type StackContext, type StackProcess } from './stack-processes.js';

export type LedgerSetup = { config: LedgerConfig; baseDir: string };

/** Reads the ledger configuration (sources, bindings, plugins); null when no file is configured. */
export async function loadLedgerSetup(path: string | undefined): Promise<LedgerSetup | null> {
  if (!path) return null;
  const file = resolve(path);
  if (!existsSync(file)) throw new ConfigError(`BANKFEED_LEDGER_CONFIG: file ${file} does not exist`);
  const config = parseLedgerConfig(readFileSync(file, 'utf8'), file);
  const baseDir = dirname(file);
  if (config.plugins?.length) await loadLedgerPlugins(config.plugins, baseDir);
  return { config, baseDir };
}

/**
 * Everything below the processes: settings → database → ledger configuration → running settings → clock → report
 * sink.
 */
export interface StackServices {
  settings: BankfeedSettings;
  /**
   * Resolved once, here, for `start`, `worker` and every CLI command alike: the feeds' reconciliation and a one-off
   * `reconcile --account` run with its `matching`, and the web app shows it.
   */
  running: RunningSettings;
  logger: Logger;
  dbHandle: DbHandle;
  db: Kysely<Database>;
  ledger: LedgerSetup | null;
  clock: () => Date;
  reportSink: ReportSink;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** The ledger configuration when BANKFEED_LEDGER_CONFIG is not set (the demo books under `start`). */
  defaultLedgerConfig?: string;
  clock?: () => Date;
  reportSink?: ReportSink;
}

/** Opens the services every process and every stack-needing command shares. */
export async function buildServices(
  settings: BankfeedSettings,
  logger: Logger,
  opts: ServiceOptions = {},
): Promise<StackServices> {
  const ledger = await loadLedgerSetup(settings.ledgerConfigPath ?? opts.defaultLedgerConfig);
  const dbHandle = await openConfiguredDb(settings, logger);
  return {
    settings,
    running: resolveRunningSettings(settings, ledger),
    logger,
    dbHandle,
    db: dbHandle.db,
    ledger,
    clock: opts.clock ?? (() => new Date()),
    reportSink: opts.reportSink ?? fileReportSink(join(settings.dataDir, 'reports')),
    close: () => dbHandle.close(),
  };
}

/**
 * Bindings from the ledger configuration show in `bankfeed accounts` and `status` like those made with
 * `accounts bind`; a binding made by a person is never overwritten.
 */
export async function applyConfiguredBindings(db: Kysely<Database>, ledger: LedgerSetup | null): Promise<void> {
  for (const b of ledger?.config.bindings ?? []) {
    const binding = { sourceId: b.sourceId, ledgerAccount: b.ledgerAccount, writeBack: b.writeBack ?? false };
    await recordLedgerBindingIfUnset(db, b.accountId, JSON.stringify(binding));
  }
}

export interface StackOptions extends ServiceOptions {
  /** The Mono API the feeds talk to (the configured one, or the demo sandbox under `start`). */
  mono: { baseUrl: string; secretKey: string; webhookSecret: string };
  /** Webhook receiver port; default the configured one (0 picks a free port). */
  webhookPort?: number;
  /** Optional processes not to run (`--no-web` → ['web']). */
  disabled?: readonly string[];
  /** The command holding the data directory's lock (`start` or `worker`), shown to a second one it refuses. */
  command?: string;
  /**
   * Run with the database open, before the Temporal worker starts: what the feeds it resumes must find in place (the
   * demo's sandbox accounts, which a restarted sandbox does not yet know).
   */
  beforeWorker?: (db: StackServices['db']) => Promise<void>;
  /** The data directory's lock, when the caller took it first (before anything it starts); released at shutdown. */
  lock?: DataDirLock;
  /**
   * Told when the disk refuses an activity's write to the database, or when the SQLite file is removed or replaced
   * under the process: the command stops on it.
   */
  onStorageRefused?: (err: StorageWriteError) => void;
}

/** The running stack: one worker process (Temporal worker, webhook receiver, optional processes). */
export interface Stack extends StackContext {
  services: StackServices;
  runtime: TemporalRuntime;
  worker: BankfeedWorker;
  client: Client;
  taskQueue: string;
  processes: StackProcess[];
  /** Stops optional processes, the worker, the database and the embedded Temporal server, in that order. */
  shutdown(): Promise<void>;
}

/**
 * THE composition root: settings → database → clients → services → activities → processes, in one place. `start` and
 * `worker` both call it, so a capability (ledger configuration, bindings, report sink, clock) exists in both or in
 * neither. New optional processes join through worker/stack-processes.ts, not here.
 */
export async function startStack(settings: BankfeedSettings, logger: Logger, opts: StackOptions): Promise<Stack> {
  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const c of cleanup.splice(0).reverse())
      await c().catch((e: unknown) => logger.error({ err: String(e) }, 'shutdown step failed'));
  };
  try {
    // First: a second instance on this data directory must refuse before it touches the first one's Temporal server.
    const lock = opts.lock ?? acquireDataDirLock(settings.dataDir, opts.command ?? 'worker');
    cleanup.push(async () => lock.release());
    const runtime = await startTemporal(settings, logger);
    cleanup.push(() => runtime.stop());
    if (runtime.server)
      saveEndpoint(settings.dataDir, { ...runtime.endpoint, taskQueue: runtime.taskQueue, uiUrl: runtime.uiUrl });
    const services = await buildServices(settings, logger, opts);
    cleanup.push(() => services.close());
    // SQLite writes on into its file when the path no longer names it (removed, or another file put there): the
    // process stops on that as on a full disk, and no webhook is acknowledged into the lost file.
    const databaseFile = watchOpenedDatabase(
      services.dbHandle,
      opts.onStorageRefused ?? ((err) => logger.error({ notice: err.message }, 'database file gone')),
    );
    if (databaseFile) cleanup.push(async () => databaseFile.stop());
    await applyConfiguredBindings(services.db, services.ledger);
    // Resolved once, by buildServices: the reconciliation runs with these and the web app shows them (and its
    // write-offs use them).
    const running = services.running;
    await opts.beforeWorker?.(services.db);
    // One hold for every Mono client of the process, the optional processes' too (a 429 any meets paces them all).
    const retryAfterHold = sharedRetryAfterHold(services.db, logger);

    const worker = await startBankfeedWorker({
      db: services.db,
      dataDir: settings.dataDir,
      temporal: runtime.endpoint,
      taskQueue: runtime.taskQueue,
      mono: { baseUrl: opts.mono.baseUrl, secretKey: opts.mono.secretKey },
      webhook: {
        secret: opts.mono.webhookSecret,
        host: settings.webhook.host,
        port: opts.webhookPort ?? settings.webhook.port,
        verifyMode: settings.webhook.verifyMode,
      },
      logger,
      retryAfterHold,
      feedConfig: settings.feed,
      ledger: services.ledger,
      clock: services.clock,
      reportSink: services.reportSink,
      nightlyTimeZone: settings.nightly.timezone,
      matchOptions: running.matching,
      ...(running.toleranceCurrency ? { toleranceCurrency: running.toleranceCurrency } : {}),
      ...(settings.reauthRedirectUrl ? { reauthRedirectUrl: settings.reauthRedirectUrl } : {}),
      ...(settings.reauthLinkTtlMs ? { reauthLinkTtlMs: settings.reauthLinkTtlMs } : {}),
      ...(settings.directPay.feeAccount ? { directPayFeeAccount: settings.directPay.feeAccount } : {}),
      lockHolder: lock.holder,
      storage: {
        database: databaseWhere(settings.databaseUrl),
        ...(opts.onStorageRefused ? { onRefused: opts.onStorageRefused } : {}),
      },
      databaseFile,
    });
    cleanup.push(() => worker.shutdown());

    const disabled = opts.disabled ?? [];
    const context: StackContext = {
      settings,
      running,
      logger,
      db: services.db,
      ledger: services.ledger,
      clock: services.clock,
      reportSink: services.reportSink,
      temporal: { client: worker.client, taskQueue: runtime.taskQueue, uiUrl: runtime.uiUrl },
      disabled,
      mono: { baseUrl: opts.mono.baseUrl, secretKey: opts.mono.secretKey },
      retryAfterHold,
    };
    const processes: StackProcess[] = [];
    for (const p of optionalProcesses) {
      if (disabled.includes(p.name)) continue;
      const running = await p.start(context);
      if (!running) continue;
      processes.push(running);
      cleanup.push(() => running.stop());
      logger.info({ process: running.name, url: running.url ?? null }, 'process started');
    }

    return {
      ...context,
      services,
      runtime,
      worker,
      client: worker.client,
      taskQueue: runtime.taskQueue,
      processes,
      shutdown: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}
