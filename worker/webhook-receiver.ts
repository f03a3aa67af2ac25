import { Worker } from 'node:worker_threads';
import type { Client } from '@temporalio/client';
import { sql, SqliteAdapter, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { WebhookVerifyMode } from '../adapters/mono/index.js';
import type { Database } from '../db/schema.js';
import { recordWebhookEvents } from '../db/webhook-event-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { DatabaseFileWatch } from './database-file-watch.js';
import { startWebhookHttp, type WebhookReceiverStats } from './webhook-http.js';
import type { FromReceiverThread, ReceiverThreadInit, ToReceiverThread } from './webhook-receiver-thread.js';
import { startWebhookRelay, type AccountConfirmer, type WebhookRelay } from './webhook-relay.js';
import { temporalReachabilityNotice, watchTemporalReachability } from './temporal-reachability.js';

export type { WebhookReceiverStats } from './webhook-http.js';

export interface WebhookReceiverOptions {
  db: Kysely<Database>;
  /**
   * Temporal client for the outbox relay that runs beside the receiver; null while Temporal is unreachable (events
   * are still accepted and wait in the outbox). Pass `relay: false` to run the receiver without a relay.
   */
  temporal: () => Client | null;
  /** The Temporal server's address, for the console's line when it stops or starts answering. */
  temporalAddress?: string;
  /** Told too when the server stops (false) or starts (true) answering: the worker's record for `bankfeed status`. */
  onTemporalChange?: (reachable: boolean) => void;
  taskQueue: string;
  relay?: boolean | { batchSize?: number; concurrency?: number; pollMs?: number };
  /** Asks Mono whether an account we have no record of exists (webhooks for unknown accounts; see the relay). */
  confirmAccount?: AccountConfirmer;
  secret: string;
  verifyMode?: WebhookVerifyMode;
  logger: Logger;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Requests handled at once; past it the receiver answers 503 so Mono retries instead of queueing unboundedly. */
  maxInFlight?: number;
  /** Deliveries committed in one transaction at most (group commit; default 500). */
  maxCommitBatch?: number;
  feedConfig?: Partial<AccountFeedConfig>;
  path?: string;
  /**
   * The SQLite file's watch (worker/database-file-watch.ts): a delivery is acknowledged only while the path still
   * names the file the process writes; otherwise 503, and the watch stops the process.
   */
  databaseFile?: DatabaseFileWatch | null;
  /**
   * Run the receiver in its own thread with its own connection (default: yes when the database is a SQLite file;
   * PostgreSQL and in-memory SQLite always run in this thread).
   */
  thread?: boolean;
}

export interface WebhookReceiver {
  url: string;
  /** 'thread': HTTP and commits on the receiver's own thread and connection (synchronous = FULL); 'in-process'. */
  mode: 'thread' | 'in-process';
  /** The receiver connection's SQLite `synchronous` level in thread mode (2 = FULL: each commit synced); else null. */
  sqliteSynchronous: number | null;
  stats: WebhookReceiverStats;
  /** The outbox relay started with the receiver (null with `relay: false`). */
  relay: WebhookRelay | null;
  close(): Promise<void>;
}

/** The SQLite file behind `db`, or null for PostgreSQL and in-memory databases (no second connection can share them). */
async function sqliteFile(db: Kysely<Database>): Promise<string | null> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return null;
  const rows = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const main = rows.rows.find((r) => r.name === 'main');
  return main?.file ? main.file : null;
}

const THREAD_ENTRY = new URL('./webhook-receiver-thread-entry.mjs', import.meta.url);
const THREAD_START_MS = 60_000;
const HEALTH_EVERY_MS = 1_000;

/**
 * The webhook receiver and its outbox relay. The receiver verifies, parses and commits each delivery to the outbox
 * before its 200 (worker/webhook-http.ts); the relay, here on the Temporal client's thread, hands committed events to
 * the feeds. On a SQLite file the receiver runs in its own worker thread with its own connection: the Temporal
 * worker's activities and the relay share this event loop, and a 200 must not wait for them.
 */
export async function startWebhookReceiver(opts: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const relayOpts = typeof opts.relay === 'object' ? opts.relay : {};
  const file = opts.thread === false ? null : await sqliteFile(opts.db);
  const relay: WebhookRelay | null =
    opts.relay === false
      ? null
      : startWebhookRelay({
          db: opts.db,
          temporal: opts.temporal,
          taskQueue: opts.taskQueue,
          logger: opts.logger,
          feedConfig: opts.feedConfig,
          ...(opts.confirmAccount ? { confirmAccount: opts.confirmAccount } : {}),
          ...relayOpts,
        });
  // Asked of the server: the worker's client exists whether or not its server is up.
  // The person at the console hears when the server stops answering (the log had only the SDK's retries), once,
  // and again when it answers (both at warn: `start` logs from warn).
  const temporal = watchTemporalReachability(opts.temporal, {
    onChange: (up) => {
      opts.onTemporalChange?.(up);
      opts.logger.warn(
        { temporal: up ? 'connected' : 'unavailable', notice: temporalReachabilityNotice(opts.temporalAddress, up) },
        up ? 'Temporal answers again' : 'Temporal is not answering',
      );
    },
  });
  const health = () => ({
    temporal: temporal.reachable() ? 'connected' : 'unavailable',
    relay: relay ? { holdsLease: relay.stats.holdsLease, lastLagMs: relay.stats.lastLagMs } : null,
  });
  try {
    const receiver = await startReceiver(opts, file, relay, health);
    return {
      ...receiver,
      async close() {
        await temporal.stop();
        await receiver.close();
      },
    };
  } catch (e) {
    await temporal.stop();
    throw e;
  }
}

async function startReceiver(
  opts: WebhookReceiverOptions,
  file: string | null,
  relay: WebhookRelay | null,
  health: () => Record<string, unknown>,
): Promise<WebhookReceiver> {
  const log = opts.logger;
  try {
    if (file) return await startThreaded(opts, file, relay, health);
    const http = await startWebhookHttp({
      writeBatch: (events) => recordWebhookEvents(opts.db, events),
      onCommitted: () => relay?.wake(),
      health,
      ...(opts.databaseFile ? { storeGone: () => opts.databaseFile?.check()?.message ?? null } : {}),
      secret: opts.secret,
      log,
      ...pick(opts),
    });
    return {
      url: http.url,
      mode: 'in-process',
      sqliteSynchronous: null,
      stats: http.stats,
      relay,
      async close() {
        await http.close();
        await relay?.stop();
      },
    };
  } catch (e) {
    await relay?.stop();
    throw e;
  }
}

function pick(opts: WebhookReceiverOptions) {
  return {
    ...(opts.verifyMode ? { verifyMode: opts.verifyMode } : {}),
    ...(opts.host ? { host: opts.host } : {}),
    ...(opts.port !== undefined ? { port: opts.port } : {}),
    ...(opts.path ? { path: opts.path } : {}),
    ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
    ...(opts.maxInFlight ? { maxInFlight: opts.maxInFlight } : {}),
    ...(opts.maxCommitBatch ? { maxCommitBatch: opts.maxCommitBatch } : {}),
  };
}

async function startThreaded(
  opts: WebhookReceiverOptions,
  file: string,
  relay: WebhookRelay | null,
  health: () => Record<string, unknown>,
): Promise<WebhookReceiver> {
  const log = opts.logger;
  const stats: WebhookReceiverStats = {
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    unavailable: 0,
    inFlight: 0,
    commits: 0,
  };
  let closing = false;
  let thread: Worker | null = null;
  let port = opts.port;

  /** Starts the thread and resolves once it listens; the thread's records go to this process's logger. */
  function spawn(): Promise<{ url: string; port: number; synchronous: number }> {
    const init: ReceiverThreadInit = {
      file,
      secret: opts.secret,
      logInfo: log.isLevelEnabled('info'),
      ...(opts.databaseFile ? { databaseFile: opts.databaseFile.opened } : {}),
      ...pick(opts),
      ...(port !== undefined ? { port } : {}),
    };
    const w = new Worker(THREAD_ENTRY, { workerData: init });
    thread = w;
    const base = { ...stats };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        void w.terminate();
        reject(new Error(`the webhook receiver thread did not start within ${THREAD_START_MS / 1000} s`));
      }, THREAD_START_MS);
      w.on('message', (m: FromReceiverThread) => {
        switch (m.t) {
          case 'listening':
            clearTimeout(timer);
            resolve(m);
            break;
          case 'failed':
            clearTimeout(timer);
            reject(new Error(`webhook receiver: ${m.message}`));
            break;
          case 'committed':
          case 'closed':
            // A restarted thread counts from zero: add its figures to what earlier threads counted.
            for (const k of Object.keys(stats) as Array<keyof WebhookReceiverStats>)
              stats[k] = k === 'inFlight' ? m.stats.inFlight : base[k] + m.stats[k];
            if (m.t === 'committed') relay?.wake();
            break;
          case 'log':
            log[m.level](m.obj, m.msg);
            break;
          case 'database-file-changed':
            // The thread refused a delivery on it: stop now rather than at the watch's next look.
            opts.databaseFile?.check();
            break;
        }
      });
      w.on('error', (err) => {
        clearTimeout(timer);
        log.error({ err: err.message }, 'webhook receiver thread failed');
        reject(err);
      });
      w.on('exit', (code) => {
        clearTimeout(timer);
        if (thread !== w || closing) return;
        thread = null;
        // Unexpected: the receiver must keep answering, so it comes back on the same port.
        log.error({ code }, 'webhook receiver thread stopped; restarting it');
        setTimeout(() => {
          if (!closing)
            spawn().catch((e: unknown) =>
              log.error({ err: e instanceof Error ? e.message : String(e) }, 'webhook receiver restart failed'),
            );
        }, 1_000).unref();
      });
    });
  }

  const started = await spawn();
  port = started.port;
  const postHealth = () => thread?.postMessage({ t: 'health', health: health() } satisfies ToReceiverThread);
  postHealth();
  const healthTimer = setInterval(postHealth, HEALTH_EVERY_MS);
  healthTimer.unref();
  log.info({ synchronous: started.synchronous }, 'webhook receiver thread listening');
  return {
    url: started.url,
    mode: 'thread',
    sqliteSynchronous: started.synchronous,
    stats,
    relay,
    async close() {
      closing = true;
      clearInterval(healthTimer);
      const w = thread;
      thread = null;
      if (w) {
        const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
        w.postMessage({ t: 'close' } satisfies ToReceiverThread);
        const timer = setTimeout(() => void w.terminate(), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await relay?.stop();
    },
  };
}
