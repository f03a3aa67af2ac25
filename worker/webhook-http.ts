import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  parseMonoWebhook,
  verifyMonoWebhook,
  WebhookParseError,
  type MonoWebhookEvent,
  type WebhookVerifyMode,
} from '../adapters/mono/index.js';
import type { NewWebhookEvent } from '../db/webhook-event-repository.js';
import type { FeedEvent } from '../workflows/messages.js';
import { redactWebhookBody } from './webhook-body-redaction.js';

/** Where the receiver's log records go (pino in-process; forwarded to the parent's logger from the thread). */
export interface WebhookLog {
  info(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
  error(obj: Record<string, unknown>, msg: string): void;
}

export interface WebhookHttpOptions {
  /** Commits a batch to the outbox; resolves to the keys that were new. */
  writeBatch(events: NewWebhookEvent[]): Set<string> | Promise<Set<string>>;
  /** After each successful commit (wakes the relay). */
  onCommitted(stats: WebhookReceiverStats): void;
  /** What GET /health reports beside `ok` (Temporal and relay state, which live with the relay). */
  health(): Record<string, unknown>;
  /**
   * Why a commit cannot be trusted to last, or null: the SQLite file removed or replaced under the process
   * (worker/database-file-watch.ts), where a commit succeeds into a file that vanishes at the next start. Asked
   * before every acknowledgement (one stat); a reason answers 503 instead, so Mono delivers again.
   */
  storeGone?(): string | null;
  secret: string;
  verifyMode?: WebhookVerifyMode;
  log: WebhookLog;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Requests handled at once; past it the receiver answers 503 so Mono retries instead of queueing unboundedly. */
  maxInFlight?: number;
  /** Deliveries committed in one transaction at most (group commit; default 500). */
  maxCommitBatch?: number;
  path?: string;
}

export interface WebhookReceiverStats {
  accepted: number;
  duplicates: number;
  rejected: number;
  unavailable: number;
  inFlight: number;
  commits: number;
}

export interface WebhookHttp {
  url: string;
  port: number;
  server: Server;
  stats: WebhookReceiverStats;
  /** Stops accepting, then waits for the deliveries already queued to be committed (or refused). */
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, `body of ${declared} bytes exceeds the ${limit}-byte limit`));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        // Stop keeping the body but do not destroy the socket: the 413 must reach the sender (it closes the connection).
        req.removeAllListeners('data');
        req.resume();
        reject(new HttpError(413, `body exceeds the ${limit}-byte limit`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(raw: Buffer): boolean {
  try {
    strictUtf8.decode(raw);
    return true;
  } catch {
    return false;
  }
}

function accountOf(e: MonoWebhookEvent): string | null {
  return 'accountId' in e && typeof e.accountId === 'string' && e.accountId !== '' ? e.accountId : null;
}

/** Mono says the bank wants the account re-authorised: no data call until it is (recorded with the event). */
function saysReauthRequired(e: MonoWebhookEvent): boolean {
  return (
    e.type === 'reauthorisation_required' ||
    (e.type === 'account_updated' && e.syncStatus === 'REAUTHORISATION_REQUIRED')
  );
}

/** Events the feed acts on; the rest are kept for audit only. */
function forAFeed(e: MonoWebhookEvent): boolean {
  return !(
    e.type === 'unknown' ||
    e.type === 'direct_debit_payment' ||
    e.type === 'account_income' ||
    e.type === 'account_credit_worthiness'
  );
}

/** Only ids, statuses and flags enter workflow history. */
function toFeedEvent(key: string, e: MonoWebhookEvent): FeedEvent {
  switch (e.type) {
    case 'account_connected':
      return { key, type: e.type, dataStatus: e.dataStatus ?? null };
    case 'account_updated':
      return {
        key,
        type: e.type,
        dataStatus: e.dataStatus ?? null,
        syncStatus: e.syncStatus ?? null,
        hasNewData: e.hasNewData ?? null,
        jobId: e.jobId ?? null,
      };
    case 'job_update':
      return { key, type: e.type, jobId: e.jobId, jobStatus: e.status };
    default:
      return { key, type: e.type };
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * POST /webhooks/mono: keep the raw body, verify the secret, parse, commit the event to the outbox (webhook_events)
 * under its key, then answer 200. The commit is the durability point: from there the relay hands the event to the
 * account's feed, whether or not Temporal is up right now. Anything that fails before the commit answers non-200 so
 * Mono retries; a duplicate (same event key) is acknowledged and changes nothing.
 */
export async function startWebhookHttp(opts: WebhookHttpOptions): Promise<WebhookHttp> {
  const limit = opts.maxBodyBytes ?? 256 * 1024;
  const maxInFlight = opts.maxInFlight ?? 256;
  const maxCommitBatch = opts.maxCommitBatch ?? 500;
  const path = opts.path ?? '/webhooks/mono';
  const stats: WebhookReceiverStats = {
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    unavailable: 0,
    inFlight: 0,
    commits: 0,
  };
  const log = opts.log;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver');
    if (req.method === 'GET' && url.pathname === '/health') {
      if (opts.storeGone?.()) {
        send(res, 503, { ok: false, error: 'the database file is gone' });
        return;
      }
      // Accepting does not depend on Temporal (the outbox holds events until it is back): healthy either way.
      send(res, 200, { ok: true, ...opts.health() });
      return;
    }
    if (url.pathname !== path) throw new HttpError(404, 'not found');
    if (req.method !== 'POST') throw new HttpError(405, 'use POST');
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim()
      .toLowerCase();
    if (type !== 'application/json') throw new HttpError(415, 'content-type must be application/json');
    if (stats.inFlight > maxInFlight) {
      stats.unavailable++;
      send(res, 503, { error: 'busy; retry later' }, { 'retry-after': '5' });
      req.resume();
      return;
    }
    const raw = await readBody(req, limit);
    const verified = verifyMonoWebhook({
      rawBody: raw,
      headers: req.headers,
      secret: opts.secret,
      mode: opts.verifyMode ?? 'static',
    });
    if (!verified.ok) {
      stats.rejected++;
      log.warn(
        { reason: verified.reason, remote: req.socket.remoteAddress },
        'webhook rejected: bad or missing mono-webhook-secret',
      );
      throw new HttpError(401, 'invalid webhook secret');
    }
    // Decoding with replacement characters would store (and hand off) a body Mono never sent.
    if (!isValidUtf8(raw)) {
      stats.rejected++;
      throw new HttpError(400, 'body is not valid UTF-8');
    }
    let parsed;
    try {
      parsed = parseMonoWebhook(raw);
    } catch (e) {
      stats.rejected++;
      if (e instanceof WebhookParseError) throw new HttpError(400, e.message);
      throw e;
    }
    const accountId = accountOf(parsed.event);
    const feedEvent = accountId && forAFeed(parsed.event) ? toFeedEvent(parsed.key, parsed.event) : null;
    const inserted = await commit({
      key: parsed.key,
      event: parsed.eventName,
      accountId,
      body: redactWebhookBody(raw.toString('utf8')),
      feedEvent: feedEvent ? JSON.stringify(feedEvent) : null,
      now: new Date().toISOString(),
      bankReauthRequired: saysReauthRequired(parsed.event),
    });
    // After the commit, so a file removed while it ran is caught too.
    const gone = opts.storeGone?.();
    if (gone) {
      log.error(
        { event: parsed.eventName, key: parsed.key, err: gone },
        'webhook not acknowledged: the database file is gone',
      );
      throw new HttpError(503, 'could not record the event; retry later');
    }
    if (!inserted) {
      stats.duplicates++;
      send(res, 200, { ok: true, duplicate: true });
      return;
    }
    stats.accepted++;
    log.info({ event: parsed.eventName, accountId, key: parsed.key }, 'webhook accepted');
    send(res, 200, { ok: true });
  }

  // Group commit. Deliveries queue here; a flush is scheduled after the current turn of the event loop, so every
  // request whose body arrived in that turn joins one transaction (one sync for all of them), and while a commit
  // runs the next batch gathers by itself. At rest a delivery waits for nothing but its own commit; under load the
  // batches grow with the load. Each request is answered only after the commit that holds it.
  type Pending = { e: NewWebhookEvent; resolve(inserted: boolean): void; reject(err: unknown): void };
  let queue: Pending[] = [];
  let flushing: Promise<void> | null = null;
  function commit(e: NewWebhookEvent): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      queue.push({ e, resolve, reject });
      flushing ??= new Promise<void>((done) => setImmediate(() => void flush().finally(done)));
    });
  }
  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) {
        const batch = queue.slice(0, maxCommitBatch);
        queue = queue.slice(batch.length);
        try {
          const inserted = await opts.writeBatch(batch.map((p) => p.e));
          stats.commits++;
          // Two deliveries of one key in one batch: the first request is the one that inserted it.
          const claimed = new Set<string>();
          for (const p of batch) {
            const mine = inserted.has(p.e.key) && !claimed.has(p.e.key);
            if (mine) claimed.add(p.e.key);
            p.resolve(mine);
          }
          opts.onCommitted(stats);
        } catch (err) {
          log.error({ err: err instanceof Error ? err.message : String(err) }, 'webhook commit failed');
          for (const p of batch) p.reject(new HttpError(503, 'could not record the event; retry later'));
        }
        // Let the requests that arrived during the commit be read before the next one starts.
        if (queue.length > 0 && queue.length < maxCommitBatch) await new Promise((r) => setImmediate(r));
      }
    } finally {
      flushing = null;
    }
  }

  const server = createServer((req, res) => {
    stats.inFlight++;
    handle(req, res)
      .catch((e: unknown) => {
        if (e instanceof HttpError) {
          if (e.status === 503) stats.unavailable++;
          // After a 413 the rest of the body is unread: close rather than parse it as the next request.
          send(res, e.status, { error: e.message }, e.status === 413 ? { connection: 'close' } : {});
        } else {
          stats.unavailable++;
          log.error({ err: e instanceof Error ? e.message : String(e) }, 'webhook handling failed');
          send(res, 503, { error: 'temporarily unavailable' });
        }
      })
      .finally(() => {
        stats.inFlight--;
      });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${addr.port}${path}`,
    port: addr.port,
    server,
    stats,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      while (flushing) await flushing;
    },
  };
}
