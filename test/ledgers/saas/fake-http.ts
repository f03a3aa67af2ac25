import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  /** Path without the vendor's API prefix. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A fault the fake serves once, in place of the real answer, on the first request it matches. */
export interface Fault {
  match: (r: FakeRequest) => boolean;
  /**
   * 'stale-token' answers 401 although the token is valid (revoked server-side, or clock skew); 'lost-answer' does
   * the work and then answers 502, as when a gateway drops the vendor's reply.
   */
  kind: '429' | '5xx' | 'stale-token' | 'reset' | 'lost-answer';
  headers?: Record<string, string>;
  body?: unknown;
  status?: number;
}

export interface ServedExchange {
  method: string;
  path: string;
  status: number;
}

/**
 * The plumbing the three vendor fakes share: an HTTP server on loopback, JSON in and out, a queue of one-shot faults,
 * a log of what was served, and a contract check of every exchange under the API prefix (request and response).
 */
export class FakeHttp {
  readonly served: ServedExchange[] = [];
  readonly faults: Fault[] = [];
  private server: Server | null = null;
  url = '';

  constructor(
    private readonly handle: (r: FakeRequest) => FakeResponse | Promise<FakeResponse>,
    private readonly check: (r: FakeRequest, res: FakeResponse) => void = () => {},
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.serve(req, res);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  count(method: string, path: RegExp): number {
    return this.served.filter((s) => s.method === method && path.test(s.path)).length;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k] = v;
    let body: unknown = undefined;
    if (rawBody && (headers['content-type'] ?? '').includes('json')) body = JSON.parse(rawBody);
    const r: FakeRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body,
      rawBody,
    };
    let out: FakeResponse;
    const fault = this.faults.findIndex((f) => f.match(r));
    if (fault >= 0) {
      const f = this.faults.splice(fault, 1)[0]!;
      if (f.kind === 'lost-answer') {
        // The vendor did the work but the answer never arrived: the client sees a gateway error.
        const done = await this.handle(r);
        this.check(r, done);
        this.served.push({ method: r.method, path: r.path, status: 502 });
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'bad gateway' }));
        return;
      }
      if (f.kind === 'reset') {
        req.socket.destroy();
        this.served.push({ method: r.method, path: r.path, status: 0 });
        return;
      }
      out = {
        status: f.status ?? (f.kind === '429' ? 429 : f.kind === '5xx' ? 503 : 401),
        body: f.body ?? { message: f.kind },
        headers: f.headers ?? {},
      };
    } else {
      try {
        out = await this.handle(r);
      } catch (err) {
        out = { status: 500, body: { message: `fake failed: ${(err as Error).message}` } };
      }
      if (out.status < 300 || (out.status >= 400 && out.status < 500 && out.status !== 401 && out.status !== 429))
        this.check(r, out);
    }
    this.served.push({ method: r.method, path: r.path, status: out.status });
    res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers });
    res.end(out.body === undefined ? '' : JSON.stringify(out.body));
  }
}

/** Parses a www-form body. */
export function form(r: FakeRequest): URLSearchParams {
  return new URLSearchParams(r.rawBody);
}

/** Basic credentials of a token request, or null. */
export function basicAuth(r: FakeRequest): { id: string; secret: string } | null {
  const m = /^Basic (.+)$/.exec(r.headers.authorization ?? '');
  if (!m) return null;
  const [id, secret] = Buffer.from(m[1]!, 'base64').toString('utf8').split(':');
  return id && secret ? { id, secret } : null;
}

export function bearer(r: FakeRequest): string | null {
  return /^Bearer (.+)$/.exec(r.headers.authorization ?? '')?.[1] ?? null;
}

/**
 * OAuth 2.0 grants as the vendors run them: access tokens that expire, refresh tokens that rotate (the old one is
 * refused once used) unless `rotate` is off, and a revoke switch.
 */
export class FakeOAuth {
  private access = new Map<string, number>();
  private refresh = new Set<string>();
  private n = 0;
  revoked = false;
  issued = 0;
  /** Seconds an access token lives. */
  ttlSec = 1800;

  constructor(
    readonly clientId: string,
    readonly clientSecret: string,
    private readonly rotate = true,
  ) {}

  /** A grant as if the user had just consented: returns the refresh token to hand to bankfeed. */
  consent(): string {
    const rt = `rt-${++this.n}-${Math.random().toString(36).slice(2)}`;
    this.refresh.add(rt);
    return rt;
  }

  /** Makes every current access token expire now (expiry mid-sync). */
  expireAccessTokens(): void {
    for (const k of this.access.keys()) this.access.set(k, 0);
  }

  valid(token: string | null): boolean {
    return !this.revoked && token !== null && (this.access.get(token) ?? 0) > Date.now();
  }

  grant(kind: string, refreshToken: string | null, client: { id: string; secret: string } | null): FakeResponse {
    if (!client || client.id !== this.clientId || client.secret !== this.clientSecret)
      return { status: 401, body: { error: 'invalid_client' } };
    if (kind === 'refresh_token') {
      if (this.revoked || !refreshToken || !this.refresh.has(refreshToken))
        return { status: 400, body: { error: 'invalid_grant' } };
      if (this.rotate) this.refresh.delete(refreshToken);
    } else if (kind !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type' } };
    }
    const at = `at-${++this.n}-${Math.random().toString(36).slice(2)}`;
    this.access.set(at, Date.now() + this.ttlSec * 1000);
    this.issued++;
    const body: Record<string, unknown> = { access_token: at, expires_in: this.ttlSec, token_type: 'Bearer' };
    if (kind === 'refresh_token') body.refresh_token = this.rotate ? this.consent() : refreshToken;
    return { status: 200, body };
  }
}
