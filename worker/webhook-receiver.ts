import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import {
  parseMonoWebhook,
  verifyMonoWebhook,
  WebhookParseError,
  type MonoWebhookEvent,
  type WebhookVerifyMode,
} from '../adapters/mono/index.js';
import { getAccount } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import { markWebhookHandedOff, recordWebhookEvent } from '../db/webhook-event-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { FeedEvent } from '../workflows/messages.js';
import { deliverFeedEvent } from './feed-client.js';
import { redactWebhookBody } from './webhook-body-redaction.js';

export interface WebhookReceiverOptions {
  db: Kysely<Database>;
  /** Temporal client; a function so the receiver can answer 503 while Temporal is unreachable. */
  temporal: () => Client | null;
  taskQueue: string;
  secret: string;
  verifyMode?: WebhookVerifyMode;
  logger: Logger;
  host?: string;
  port?: number;
  maxBodyBytes?: number;
  /** Requests handled at once; past it the receiver answers 503 so Mono retries instead of queueing unboundedly. */
  maxInFlight?: number;
  feedConfig?: Partial<AccountFeedConfig>;
  path?: string;
}

export interface WebhookReceiver {
  url: string;
  server: Server;
  stats: { accepted: number; duplicates: number; rejected: number; unavailable: number; inFlight: number };
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
 * POST /webhooks/mono: keep the raw body, verify the secret, parse, record the event under its key, hand it to the
 * account's feed (signal-with-start), and only then answer 200. Anything that fails before the hand-off answers
 * non-200 so Mono retries; a duplicate of an event already handed off is acknowledged and changes nothing.
 */
export async function startWebhookReceiver(opts: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const limit = opts.maxBodyBytes ?? 256 * 1024;
  const maxInFlight = opts.maxInFlight ?? 256;
  const path = opts.path ?? '/webhooks/mono';
  const stats = { accepted: 0, duplicates: 0, rejected: 0, unavailable: 0, inFlight: 0 };
  const log = opts.logger;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://receiver');
    if (req.method === 'GET' && url.pathname === '/health') {
      send(res, opts.temporal() ? 200 : 503, {
        ok: !!opts.temporal(),
        temporal: opts.temporal() ? 'connected' : 'unavailable',
      });
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
    const now = new Date().toISOString();
    const recorded = await recordWebhookEvent(opts.db, {
      key: parsed.key,
      event: parsed.eventName,
      accountId,
      body: redactWebhookBody(raw.toString('utf8')),
      now,
    });
    if (!recorded.inserted && recorded.status === 'handed_off') {
      stats.duplicates++;
      send(res, 200, { ok: true, duplicate: true });
      return;
    }
    if (accountId && (await shouldHandOff(accountId, parsed.event))) {
      const client = opts.temporal();
      if (!client) throw new HttpError(503, 'workflow service unavailable');
      try {
        await deliverFeedEvent(
          client,
          opts.taskQueue,
          accountId,
          toFeedEvent(parsed.key, parsed.event),
          opts.feedConfig,
        );
      } catch (e) {
        log.error(
          { err: e instanceof Error ? e.message : String(e), event: parsed.eventName, accountId },
          'hand-off to Temporal failed',
        );
        throw new HttpError(503, 'workflow service unavailable');
      }
    }
    await markWebhookHandedOff(opts.db, parsed.key, new Date().toISOString());
    stats.accepted++;
    log.info({ event: parsed.eventName, accountId, key: parsed.key }, 'webhook accepted');
    send(res, 200, { ok: true });
  }

  /** An unlinked account's feed has ended; only a new connection starts it again. */
  async function shouldHandOff(accountId: string, e: MonoWebhookEvent): Promise<boolean> {
    if (
      e.type === 'unknown' ||
      e.type === 'direct_debit_payment' ||
      e.type === 'account_income' ||
      e.type === 'account_credit_worthiness'
    )
      return false;
    const row = await getAccount(opts.db, accountId);
    if (row?.state === 'UNLINKED' && e.type !== 'account_connected') return false;
    return true;
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
    server,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
