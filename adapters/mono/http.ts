import { Agent, request } from 'undici';
import { MonoError, monoErrorFromResponse, sanitizeMessage } from './errors.js';
import { processRetryAfterHold, type RetryAfterHold } from './retry-after-hold.js';
import type { MonoLogger } from './types.js';

export type QueryValue = string | number | boolean | undefined;

export interface MonoRequest {
  method: 'GET' | 'POST';
  /** Concrete path with ids already encoded. */
  path: string;
  /** Path template for errors and logs: "GET /v2/accounts/{id}" — carries no ids. */
  endpoint: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Statuses whose body the caller reads itself instead of getting a MonoError (legacy sync codes). */
  passStatuses?: readonly number[];
  /** Ends the request when it aborts (a cancelled activity); the call then rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
}

export interface MonoResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface TransportOptions {
  baseUrl: string;
  secretKey: string;
  timeoutMs: number;
  connections: number;
  logger?: MonoLogger;
  /** The Retry-After hold its calls obey: this process's alone unless shared with others (worker/). */
  retryAfterHold?: RetryAfterHold;
}

const NETWORK_TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export { RETRY_AFTER_GATE_MAX_MS } from './retry-after-hold.js';

/** One keep-alive connection pool to Mono; sends the key, enforces the timeout, turns every failure into a MonoError. */
export class MonoTransport {
  private readonly agent: Agent;
  private readonly origin: string;
  private readonly host: string;
  private readonly hold: RetryAfterHold;

  constructor(private readonly opts: TransportOptions) {
    const url = new URL(opts.baseUrl);
    this.origin = `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
    this.host = url.host;
    this.hold = opts.retryAfterHold ?? processRetryAfterHold;
    this.agent = new Agent({ keepAliveTimeout: 30_000, connections: opts.connections });
  }

  async send(req: MonoRequest): Promise<MonoResponse> {
    const url = this.urlFor(req.path, req.query);
    const account = accountOfPath(req.path);
    const cancel = req.signal;
    if (cancel?.aborted) throw cancelledBy(cancel);
    // Mono said to wait (a 429's Retry-After, on any account's call): answered here as Mono would, with the time
    // left, and no request. The caller's own handling of a 429 decides (pageWithRetries waits a short one in place,
    // heartbeating; a longer one ends the activity's attempt and its retry waits as long), so no call waits the hold
    // out here (a call waits at most a moment for the shared hold's read: retry-after-hold.ts).
    const left = await this.hold.left(this.host);
    if (left > 0) {
      this.opts.logger?.debug({ endpoint: req.endpoint, account, waitMs: left }, 'mono request held: Retry-After');
      throw new MonoError({
        kind: 'rate_limited',
        endpoint: req.endpoint,
        retryAfterMs: left,
        held: true,
        detail: `not sent: Mono asked to wait (Retry-After) ${Math.ceil(left / 1000)} s more`,
      });
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    const onCancel = () => controller.abort();
    cancel?.addEventListener('abort', onCancel, { once: true });
    const started = performance.now();
    const headers: Record<string, string> = {
      accept: 'application/json',
      'mono-sec-key': this.opts.secretKey,
      ...req.headers,
    };
    let payload: string | undefined;
    if (req.body !== undefined) {
      payload = JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
    }
    let status: number;
    let resHeaders: Record<string, string | string[] | undefined>;
    let text: string;
    try {
      const res = await request(url, {
        method: req.method,
        headers,
        body: payload ?? null,
        dispatcher: this.agent,
        signal: controller.signal,
      });
      status = res.statusCode;
      resHeaders = res.headers;
      text = await res.body.text();
    } catch (e) {
      if (cancel?.aborted) throw cancelledBy(cancel);
      throw this.transportError(e, controller.signal.aborted, req.endpoint, account);
    } finally {
      clearTimeout(timer);
      cancel?.removeEventListener('abort', onCancel);
    }
    const ms = Math.round(performance.now() - started);
    this.opts.logger?.debug({ endpoint: req.endpoint, status, ms }, 'mono request');
    // Mono (2023–Apr 2024, and implementations still following it) flags re-authorisation with this header on any
    // answer, 200 included; it outranks the body, so no caller goes on to read data the bank has stopped serving.
    const reauth = resHeaders['x-reauth-required'];
    if (
      String(Array.isArray(reauth) ? reauth[0] : (reauth ?? ''))
        .trim()
        .toLowerCase() === 'true'
    ) {
      throw this.logged(
        new MonoError({ kind: 'reauth_required', endpoint: req.endpoint, status, detail: 'x-reauth-required: true' }),
        account,
      );
    }

    let body: unknown;
    let parsed = true;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      parsed = false;
    }
    const ok = status >= 200 && status < 300;
    if (ok || req.passStatuses?.includes(status)) {
      if (!parsed) {
        throw this.logged(
          new MonoError({
            kind: 'protocol',
            endpoint: req.endpoint,
            status,
            detail: 'response body is not valid JSON',
          }),
          account,
        );
      }
      return { status, headers: resHeaders, body };
    }
    const message = parsed && body && typeof body === 'object' && 'message' in body ? body.message : undefined;
    const retryAfter = resHeaders['retry-after'];
    const err = monoErrorFromResponse({
      status,
      endpoint: req.endpoint,
      ...(typeof message === 'string' ? { message } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      secrets: [this.opts.secretKey],
    });
    if (err.kind === 'rate_limited' && err.retryAfterMs !== undefined && err.retryAfterMs > 0)
      await this.hold.hold(this.host, err.retryAfterMs);
    throw this.logged(err, account);
  }

  /**
   * For errors found after the HTTP exchange (envelope "failed", schema mismatch): logged like the others. With the
   * account the request was about, so an operator reading the log can tell whose calls fail.
   */
  logged(err: MonoError, accountId?: string): MonoError {
    this.opts.logger?.warn(
      {
        ...(accountId ? { accountId } : {}),
        endpoint: err.endpoint,
        kind: err.kind,
        status: err.status,
        retryable: err.retryable,
        retryAfterMs: err.retryAfterMs,
      },
      err.message,
    );
    return err;
  }

  get secrets(): readonly string[] {
    return [this.opts.secretKey];
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private urlFor(path: string, query?: Record<string, QueryValue>): string {
    let url = this.origin + path;
    if (query) {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(query)) if (v !== undefined) qs.set(k, String(v));
      const s = qs.toString();
      if (s) url += `?${s}`;
    }
    return url;
  }

  private transportError(e: unknown, aborted: boolean, endpoint: string, account?: string): MonoError {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
    if (aborted || (code && NETWORK_TIMEOUT_CODES.has(code))) {
      return this.logged(
        new MonoError({ kind: 'timeout', endpoint, detail: `no complete answer within ${this.opts.timeoutMs} ms` }),
        account,
      );
    }
    // Only the error code and a scrubbed message: undici errors can quote the request they belonged to.
    const msg = e instanceof Error ? sanitizeMessage(e.message, this.secrets) : 'network failure';
    return this.logged(
      new MonoError({ kind: 'unavailable', endpoint, detail: `${code ?? 'network error'}: ${msg}` }),
      account,
    );
  }
}

/** The Mono account id a request's path is about (`/v2/accounts/<id>/…`, legacy `/accounts/<id>/sync`), if any. */
export function accountOfPath(path: string): string | undefined {
  const m = /^\/(?:v2\/)?accounts\/([^/?#]+)/.exec(path);
  const id = m?.[1];
  return id && id !== 'initiate' && id !== 'auth' ? decodeURIComponent(id) : undefined;
}

/** What a cancelled request rejects with: the canceller's own reason (Temporal's CancelledFailure), not a Mono error. */
function cancelledBy(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was cancelled', 'AbortError');
}
