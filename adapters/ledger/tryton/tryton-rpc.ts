import { LedgerAuthError, LedgerRateLimitError, LedgerRejectedError, LedgerVendorError } from '../oauth/errors.js';
import { encodeTryton, trytonReviver } from './tryton-json.js';

export const VENDOR = 'Tryton';

export interface TrytonRpcOptions {
  /** Server root, e.g. http://127.0.0.1:8000 (no database in the path). */
  url: string;
  database: string;
  login: string;
  password: string;
  timeoutMs: number;
  /** Attempts for calls that only read (and for login) when the server is unreachable or answers 5xx. */
  readAttempts?: number;
  /** Backoff before the n-th retry; tests shorten it. */
  backoffMs?: (attempt: number) => number;
}

/** Methods that never change the books: safe to repeat after a lost answer. */
function isReadOnly(method: string): boolean {
  return /\.(search|search_read|search_count|read|fields_get|get_preferences)$/.test(method);
}

/**
 * Tryton's JSON-RPC: `common.db.login` gives a user id and a session token, sent on every call as
 * `Authorization: Session base64(login:user_id:token)`. A 401 means the session expired or was revoked: the client
 * logs in again once; if the password itself is refused, that is a LedgerAuthError (reconnect the source).
 * Errors name the method, never the password or the token.
 */
export class TrytonRpc {
  private session: string | null = null;
  private readonly endpoint: string;
  private nextId = 1;

  constructor(private readonly o: TrytonRpcOptions) {
    const base = o.url.endsWith('/') ? o.url : `${o.url}/`;
    this.endpoint = new URL(`${encodeURIComponent(o.database)}/rpc/`, base).href;
  }

  get label(): string {
    const u = new URL(this.endpoint);
    return `${u.protocol}//${u.host}${u.pathname}`;
  }

  private async post(method: string, params: unknown[], auth: string | null): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (auth) headers.authorization = auth;
    try {
      return await fetch(this.endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: this.nextId++, method, params: encodeTryton(params) }),
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
    } catch (err) {
      const e = err as Error;
      const why = e.name === 'TimeoutError' ? `no answer within ${this.o.timeoutMs} ms` : (e.cause as Error)?.message;
      throw new LedgerVendorError(VENDOR, `${method} at ${this.label}: ${why ?? e.message}`, null);
    }
  }

  /** Retries what may be retried (reads, login) on transport failures and 5xx, with backoff; the rest fails once. */
  private async withRetry<T>(method: string, run: () => Promise<T>): Promise<T> {
    const attempts = isReadOnly(method) || method === 'common.db.login' ? (this.o.readAttempts ?? 3) : 1;
    const backoff = this.o.backoffMs ?? ((n: number) => 250 * 2 ** n);
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        if (!(err instanceof LedgerVendorError) || attempt >= attempts) throw err;
        if (err.status !== null && err.status < 500) throw err;
        await new Promise((r) => setTimeout(r, backoff(attempt)));
      }
    }
  }

  private async login(): Promise<string> {
    const res = await this.post('common.db.login', [this.o.login, { password: this.o.password }, 'en'], null);
    if (res.status === 401 || res.status === 403)
      throw new LedgerAuthError(
        VENDOR,
        `login "${this.o.login}" on database "${this.o.database}" was refused (wrong login or password, or the user is inactive); update the source's credentials`,
      );
    if (res.status === 429)
      throw new LedgerRateLimitError(
        VENDOR,
        `too many failed logins for "${this.o.login}"; Tryton refuses for now`,
        null,
      );
    if (res.status === 404)
      throw new LedgerAuthError(VENDOR, `database "${this.o.database}" does not exist on ${this.label}`);
    const body = await this.parse(res, 'common.db.login');
    const r = body.result;
    if (!Array.isArray(r) || typeof r[0] !== 'number' || typeof r[1] !== 'string')
      throw new LedgerVendorError(VENDOR, `common.db.login at ${this.label}: unexpected answer`, res.status);
    return 'Session ' + Buffer.from(`${this.o.login}:${r[0]}:${r[1]}`).toString('base64');
  }

  private async parse(res: Response, method: string): Promise<{ result?: unknown; error?: unknown }> {
    const text = await res.text();
    if (res.status >= 500)
      throw new LedgerVendorError(VENDOR, `${method} at ${this.label}: HTTP ${res.status}`, res.status);
    if (!res.ok)
      throw new LedgerVendorError(
        VENDOR,
        `${method} at ${this.label}: HTTP ${res.status} ${text.slice(0, 200).replace(/\s+/g, ' ')}`,
        res.status,
      );
    try {
      return JSON.parse(text, trytonReviver) as { result?: unknown; error?: unknown };
    } catch {
      throw new LedgerVendorError(VENDOR, `${method} at ${this.label}: the answer is not JSON`, res.status);
    }
  }

  /** Calls `method` with `params` (the context last, as Tryton expects). */
  async call<T>(method: string, params: unknown[]): Promise<T> {
    return this.withRetry(method, async () => {
      if (!this.session) this.session = await this.withRetry('common.db.login', () => this.login());
      let res = await this.post(method, params, this.session);
      if (res.status === 401) {
        // The session expired (or the server restarted and forgot it): one fresh login, then the same call.
        this.session = await this.login();
        res = await this.post(method, params, this.session);
        if (res.status === 401)
          throw new LedgerAuthError(VENDOR, `${method}: the session was refused right after a successful login`);
      }
      if (res.status === 403)
        throw new LedgerAuthError(VENDOR, `${method}: user "${this.o.login}" may not call this method`);
      const body = await this.parse(res, method);
      if (body.error !== undefined) throw this.errorFrom(method, body.error, res.status);
      return body.result as T;
    });
  }

  /** Tryton's error payload: ["UserError", [message, description, …]], ["UserWarning", [key, message, …]], or [text, traceback]. */
  private errorFrom(method: string, error: unknown, status: number): Error {
    const e = Array.isArray(error) ? error : [String(error)];
    const kind = String(e[0] ?? '');
    const args = Array.isArray(e[1]) ? (e[1] as unknown[]) : [];
    const text = (parts: unknown[]) =>
      parts
        .filter((p) => typeof p === 'string' && p.trim() !== '')
        .map((p) => (p as string).trim())
        .join(' — ');
    if (kind === 'UserError') return new LedgerRejectedError(VENDOR, method, status, text(args.slice(0, 2)) || kind);
    if (kind === 'UserWarning') return new LedgerRejectedError(VENDOR, method, status, text(args.slice(1, 3)) || kind);
    if (kind === 'AccessError' || /access/i.test(kind))
      return new LedgerAuthError(VENDOR, `${method}: ${text(args) || kind}`);
    if (kind === 'ConcurrencyException') return new LedgerVendorError(VENDOR, `${method}: ${text(args) || kind}`, 409);
    return new LedgerVendorError(VENDOR, `${method}: server error: ${kind.split('\n')[0]!.slice(0, 300)}`, 500);
  }

  async close(): Promise<void> {
    if (!this.session) return;
    const auth = this.session;
    this.session = null;
    try {
      await this.post('common.db.logout', [], auth);
    } catch {
      // Best effort: an unreachable server forgets the session on its own.
    }
  }
}
