import { join } from 'node:path';
import type { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { MonoClient, type RetryAfterHold, type WebhookVerifyMode } from '../adapters/mono/index.js';
import { createFeedActivities } from '../activities/feed-activities.js';
import type { Notifier } from '../activities/notifier.js';
import type { StorageRefused, StorageRefusalDeps } from '../activities/storage-failures.js';
import { createNightlyActivities } from '../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink, type ReportSink } from '../activities/reconcile-activities.js';
import type { LedgerConfig } from '../adapters/ledger/config.js';
import type { MatchOptions } from '../matching/options.js';
import { getAccount } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import type { LockHolderId } from '../db/temporal-unreachable-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import { liveReauthLink } from './commands/reauth-links.js';
import { sayToPerson } from './logger.js';
import { installTemporalRuntime } from './runtime.js';
import { sharedRetryAfterHold } from './shared-retry-after-hold.js';
import { ensureFeedSearchAttributes } from './feed-search-attributes.js';
import type { DatabaseFileWatch } from './database-file-watch.js';
import { connectClient, connectWorker, type TemporalEndpoint } from './temporal-connection.js';
import { monoAccountConfirmer } from './webhook-account-check.js';
import { StorageWriteError } from './storage-errors.js';
import { recordTemporalUnreachableFor } from './temporal-unreachable-record.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';
import { workflowBundle } from './workflow-bundle.js';

export { WORKFLOWS_PATH, workflowBundle } from './workflow-bundle.js';

/**
 * The default way people hear that an account needs re-authorisation: one console line with the link (the link never
 * enters the log file, which records the event without it). A deployment can pass its own (email, Slack, SMS). A
 * reminder names the newest link on record while it works: the feed remembers the link it made, and a restart may
 * have issued a fresh one since (worker/commands/reauth-links.ts).
 */
export function consoleNotifier(logger: Logger, db?: Kysely<Database>): Notifier {
  return {
    async reauthRequired(given) {
      const row = db ? await getAccount(db, given.accountId) : undefined;
      const n = { ...given, url: (row && liveReauthLink(row)?.url) || given.url };
      sayToPerson(
        logger,
        `account "${n.accountName}" (${n.accountId}) needs re-authorisation at the bank${n.reminder ? ` (reminder ${n.reminder})` : ''}: open ${n.url}`,
        { accountId: n.accountId, reminder: n.reminder },
      );
    },
  };
}

/**
 * Workflow cache: an idle feed costs memory only while it is cached; an evicted one is replayed from history when its
 * next signal or timer arrives. Sized from bench:feeds (README, "Scaling"): BANKFEED_MAX_CACHED_WORKFLOWS and
 * BANKFEED_STICKY_QUEUE_TIMEOUT_MS override the defaults below.
 */
// 10,000 idle feeds: 752 MiB RSS at 1,000 cached; at 2,000 cached the worker passed 1 GiB before 3,000 feeds.
export const DEFAULT_MAX_CACHED_WORKFLOWS = 1_000;
export const DEFAULT_STICKY_QUEUE_TIMEOUT_MS = 10_000;
function workflowCacheOptions(): { maxCachedWorkflows: number; stickyQueueScheduleToStartTimeout: number } {
  const n = (v: string | undefined, d: number) =>
    v && Number.isSafeInteger(Number(v)) && Number(v) >= 0 ? Number(v) : d;
  return {
    maxCachedWorkflows: n(process.env.BANKFEED_MAX_CACHED_WORKFLOWS, DEFAULT_MAX_CACHED_WORKFLOWS),
    stickyQueueScheduleToStartTimeout: n(process.env.BANKFEED_STICKY_QUEUE_TIMEOUT_MS, DEFAULT_STICKY_QUEUE_TIMEOUT_MS),
  };
}

export interface BankfeedWorkerOptions {
  db: Kysely<Database>;
  dataDir: string;
  temporal: TemporalEndpoint;
  taskQueue: string;
  mono: { baseUrl: string; secretKey: string; timeoutMs?: number };
  /** The process's Retry-After hold (the composition root's); the database's shared one when not given. */
  retryAfterHold?: RetryAfterHold;
  webhook?: {
    secret: string;
    host?: string;
    port?: number;
    verifyMode?: WebhookVerifyMode;
    maxInFlight?: number;
  } | null;
  logger: Logger;
  notifier?: Notifier;
  /** The bank's clock (the sandbox's, when it runs scaled time). */
  clock?: () => Date;
  feedConfig?: Partial<AccountFeedConfig>;
  reauthRedirectUrl?: string;
  reauthLinkTtlMs?: number;
  /** Where a DirectPay fee is written off (BANKFEED_DIRECTPAY_FEE_ACCOUNT). */
  directPayFeeAccount?: string;
  maxConcurrentActivities?: number;
  /** Ledger sources and bindings (BANKFEED_LEDGER_CONFIG); reconciliation inside the feed needs them. */
  ledger?: { config: LedgerConfig; baseDir: string } | null;
  matchOptions?: Partial<MatchOptions>;
  /** The currency of `matchOptions.tolerance`'s fixed amounts (BANKFEED_MATCH_TOLERANCE's `currency`). */
  toleranceCurrency?: string;
  reportSink?: ReportSink;
  /** The nightly schedule's time zone (BANKFEED_NIGHTLY_TIMEZONE): the business day a nightly run reports for. */
  nightlyTimeZone?: string;
  /**
   * The database as a failure names it, and who is told when the disk refuses an activity's write to it (the
   * command's storage watch: `start` and `worker` stop in order and exit 1 naming it).
   */
  storage?: { database: string; onRefused?: (err: StorageWriteError) => void };
  /** The SQLite file's watch (the composition root's): the webhook receiver asks it before each acknowledgement. */
  databaseFile?: DatabaseFileWatch | null;
  /**
   * The data directory's lock holder (this process): with it, the worker records in the database while its Temporal
   * server does not answer, for `bankfeed status` (which believes the record only while that holder runs).
   */
  lockHolder?: LockHolderId;
}

/** The worker's storage watch as the activity factories take it: the database's name and a StorageWriteError told. */
export function activityStorage(storage: BankfeedWorkerOptions['storage']): StorageRefusalDeps {
  const told = storage?.onRefused;
  return {
    ...(storage ? { database: storage.database } : {}),
    ...(told ? { onStorageRefused: (r: StorageRefused) => told(new StorageWriteError(r.path, r.code, r.said)) } : {}),
  };
}

export interface BankfeedWorker {
  worker: Worker;
  client: Client;
  connection: Connection;
  receiver: WebhookReceiver | null;
  mono: MonoClient;
  /** Resolves when the worker stops (after shutdown() or a fatal error). */
  running: Promise<void>;
  shutdown(): Promise<void>;
}

/** One process: the Temporal worker (feeds, nightly run, reconciliation) and the webhook receiver. */
export async function startBankfeedWorker(opts: BankfeedWorkerOptions): Promise<BankfeedWorker> {
  const mono = new MonoClient({
    baseUrl: opts.mono.baseUrl,
    secretKey: opts.mono.secretKey,
    timeoutMs: opts.mono.timeoutMs ?? 30_000,
    logger: opts.logger,
    retryAfterHold: opts.retryAfterHold ?? sharedRetryAfterHold(opts.db, opts.logger),
  });
  // One storage watch for every activity that writes to the database: feed, reconciliation and nightly alike.
  const storage = activityStorage(opts.storage);
  const reconcileActivities = createReconcileActivities({
    ...storage,
    db: opts.db,
    logger: opts.logger,
    dataDir: opts.dataDir,
    ledger: opts.ledger ?? null,
    clock: opts.clock,
    ...(opts.matchOptions ? { matchOptions: opts.matchOptions } : {}),
    ...(opts.toleranceCurrency ? { toleranceCurrency: opts.toleranceCurrency } : {}),
    ...(opts.reportSink ? { reportSink: opts.reportSink } : {}),
    ...(opts.directPayFeeAccount ? { directPayFeeAccount: opts.directPayFeeAccount } : {}),
  });
  const activities = {
    ...createFeedActivities({
      db: opts.db,
      mono,
      logger: opts.logger,
      notifier: opts.notifier ?? consoleNotifier(opts.logger, opts.db),
      clock: opts.clock,
      reauthRedirectUrl: opts.reauthRedirectUrl,
      ...(opts.reauthLinkTtlMs ? { reauthLinkTtlMs: opts.reauthLinkTtlMs } : {}),
      ...storage,
    }),
    ...reconcileActivities,
    // The nightly fan-out reconciles through the reconcile activities above.
    ...createNightlyActivities({
      ...storage,
      db: opts.db,
      logger: opts.logger,
      reportSink: opts.reportSink ?? fileReportSink(join(opts.dataDir, 'reports')),
      reconcile: reconcileActivities,
      ledger: opts.ledger ?? null,
      clock: opts.clock,
      ...(opts.nightlyTimeZone ? { timeZone: opts.nightlyTimeZone } : {}),
    }),
  };
  installTemporalRuntime(opts.logger);
  const nativeConnection: NativeConnection = await connectWorker(opts.temporal);
  const worker = await Worker.create({
    connection: nativeConnection,
    namespace: opts.temporal.namespace,
    taskQueue: opts.taskQueue,
    workflowBundle: await workflowBundle(),
    activities,
    maxConcurrentActivityTaskExecutions: opts.maxConcurrentActivities ?? 20,
    ...workflowCacheOptions(),
    shutdownGraceTime: '5s',
    // A long backfill activity does not stop at the grace time's cancellation: Ctrl-C must still end the worker
    // within seconds. The abandoned attempt resumes from its last heartbeat (the window it was on) at the next start.
    shutdownForceTime: '8s',
  });
  const { client, connection } = await connectClient(opts.temporal);
  await ensureFeedSearchAttributes(connection, opts.temporal.namespace, opts.logger);
  // The console and /health hear from the receiver's watch of the server; status, a process of its own, from this.
  const unreachable = opts.lockHolder
    ? recordTemporalUnreachableFor({
        db: opts.db,
        dataDir: opts.dataDir,
        holder: opts.lockHolder,
        address: opts.temporal.address,
        logger: opts.logger,
      })
    : null;
  const receiver = opts.webhook
    ? await startWebhookReceiver({
        db: opts.db,
        temporal: () => client,
        temporalAddress: opts.temporal.address,
        ...(unreachable ? { onTemporalChange: (up: boolean) => unreachable.onChange(up) } : {}),
        taskQueue: opts.taskQueue,
        secret: opts.webhook.secret,
        verifyMode: opts.webhook.verifyMode,
        logger: opts.logger,
        host: opts.webhook.host,
        port: opts.webhook.port,
        maxInFlight: opts.webhook.maxInFlight,
        feedConfig: opts.feedConfig,
        confirmAccount: monoAccountConfirmer(mono),
        databaseFile: opts.databaseFile ?? null,
      })
    : null;
  const running = worker.run();
  let stopped = false;
  return {
    worker,
    client,
    connection,
    receiver,
    mono,
    running,
    async shutdown() {
      if (stopped) return;
      stopped = true;
      await receiver?.close();
      await unreachable?.close();
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await running.catch(() => undefined);
      await connection.close();
      await nativeConnection.close();
      await mono.close();
    },
  };
}
