import { parentPort, workerData } from 'node:worker_threads';
import type { WebhookVerifyMode } from '../adapters/mono/index.js';
import { openOutboxWriter } from '../db/webhook-outbox-writer.js';
import { databaseFileChange, type FileIdentity } from './database-file-watch.js';
import { startWebhookHttp, type WebhookLog, type WebhookReceiverStats } from './webhook-http.js';

/** What the parent gives the receiver thread (workerData). */
export interface ReceiverThreadInit {
  file: string;
  secret: string;
  verifyMode?: WebhookVerifyMode;
  host?: string;
  port?: number;
  path?: string;
  maxBodyBytes?: number;
  maxInFlight?: number;
  maxCommitBatch?: number;
  /**
   * The SQLite file the process opened (device and inode): a commit is acknowledged only while `file` still names
   * it (worker/database-file-watch.ts).
   */
  databaseFile?: FileIdentity;
  /** Whether `info` records are wanted (each accepted webhook logs one; forwarding them costs a message each). */
  logInfo: boolean;
}

export type FromReceiverThread =
  | { t: 'listening'; url: string; port: number; synchronous: number }
  | { t: 'committed'; stats: WebhookReceiverStats }
  | { t: 'log'; level: 'info' | 'warn' | 'error'; obj: Record<string, unknown>; msg: string }
  | { t: 'failed'; message: string }
  | { t: 'database-file-changed' }
  | { t: 'closed'; stats: WebhookReceiverStats };

export type ToReceiverThread = { t: 'health'; health: Record<string, unknown> } | { t: 'close' };

// The receiver's own thread: HTTP, verification, parsing and the outbox commit run here, on their own event loop and
// their own database connection, so neither the Temporal worker's activities nor the relay delay a 200.
const port = parentPort!;
const init = workerData as ReceiverThreadInit;
const send = (m: FromReceiverThread) => port.postMessage(m);
const log: WebhookLog = {
  info: (obj, msg) => init.logInfo && send({ t: 'log', level: 'info', obj, msg }),
  warn: (obj, msg) => send({ t: 'log', level: 'warn', obj, msg }),
  error: (obj, msg) => send({ t: 'log', level: 'error', obj, msg }),
};
let toldGone = false;
/** The file's change in words, told once to the parent (whose watch stops the process at once). */
function storeGone(opened: FileIdentity): string | null {
  const changed = databaseFileChange(init.file, opened);
  if (changed && !toldGone) {
    toldGone = true;
    send({ t: 'database-file-changed' });
  }
  return changed?.message ?? null;
}
try {
  const writer = openOutboxWriter(init.file);
  let health: Record<string, unknown> = {};
  const http = await startWebhookHttp({
    writeBatch: (events) => writer.write(events),
    // After the batch's handlers have run (they count accepted and duplicates once their commit resolves).
    onCommitted: (stats) => setImmediate(() => send({ t: 'committed', stats: { ...stats } })),
    health: () => health,
    ...(init.databaseFile ? { storeGone: () => storeGone(init.databaseFile!) } : {}),
    secret: init.secret,
    log,
    ...(init.verifyMode ? { verifyMode: init.verifyMode } : {}),
    ...(init.host ? { host: init.host } : {}),
    ...(init.port !== undefined ? { port: init.port } : {}),
    ...(init.path ? { path: init.path } : {}),
    ...(init.maxBodyBytes ? { maxBodyBytes: init.maxBodyBytes } : {}),
    ...(init.maxInFlight ? { maxInFlight: init.maxInFlight } : {}),
    ...(init.maxCommitBatch ? { maxCommitBatch: init.maxCommitBatch } : {}),
  });
  port.on('message', (m: ToReceiverThread) => {
    if (m.t === 'health') health = m.health;
    else if (m.t === 'close')
      void http.close().finally(() => {
        writer.close();
        send({ t: 'closed', stats: { ...http.stats } });
        port.close();
      });
  });
  send({ t: 'listening', url: http.url, port: http.port, synchronous: writer.synchronous() });
} catch (e) {
  send({ t: 'failed', message: e instanceof Error ? e.message : String(e) });
  port.close();
}
