import { VendorHttpError } from '../oauth/errors.js';
import type { OAuthSession } from '../oauth/oauth-session.js';
import { callVendor, DEFAULT_RETRY, type RetryPolicy } from '../oauth/vendor-call.js';
import { QBO } from './qbo-oauth.js';

type Doc = Record<string, unknown>;

/** QuickBooks' Fault: a list of errors with Message, Detail and code (e.g. 5010 stale object, 6140 duplicate). */
export function qboFault(body: unknown): { message: string; codes: string[] } {
  const f = (body as { Fault?: { Error?: Doc[] }; fault?: { error?: Doc[] } } | null) ?? {};
  const errors = f.Fault?.Error ?? f.fault?.error ?? [];
  const message = errors
    .map((e) =>
      [e.Message ?? e.message, e.Detail ?? e.detail].filter((x) => typeof x === 'string' && x !== '').join(': '),
    )
    .filter(Boolean)
    .join('; ');
  return { message, codes: errors.map((e) => String(e.code ?? '')) };
}

export class QboFaultError extends VendorHttpError {
  constructor(
    request: string,
    status: number,
    headers: Record<string, string>,
    message: string,
    readonly codes: string[],
  ) {
    super(request, status, headers, message);
  }
}

export interface QboApiOptions {
  base: string;
  minorVersion: number;
  session: OAuthSession;
  timeoutMs: number;
  retry: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

/** REST v3 over fetch: minorversion on every call, JSON, QuickBooks' Fault bodies turned into vendor errors. */
export class QboApi {
  private readonly policy: RetryPolicy;
  calls = 0;

  constructor(private readonly o: QboApiOptions) {
    this.policy = { ...DEFAULT_RETRY, ...o.retry };
  }

  async call(method: 'GET' | 'POST', path: string, query: Record<string, string> = {}, body?: unknown): Promise<Doc> {
    const url = new URL(this.o.base + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    url.searchParams.set('minorversion', String(this.o.minorVersion));
    const request = `${method} ${path}`;
    return callVendor(
      { vendor: QBO, session: this.o.session, policy: this.policy, ...(this.o.sleep ? { sleep: this.o.sleep } : {}) },
      async (token) => {
        this.calls++;
        const res = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
        let json: Doc | null = null;
        try {
          json = (await res.json()) as Doc;
        } catch {
          // not JSON (a gateway page)
        }
        if (!res.ok) {
          const f = qboFault(json);
          throw new QboFaultError(request, res.status, Object.fromEntries(res.headers), f.message, f.codes);
        }
        if (!json) throw new Error(`${request}: the answer is not JSON`);
        return json;
      },
    );
  }

  /**
   * All rows of one query, page by page (STARTPOSITION is 1-based), up to the count QuickBooks gives for the same
   * filter: a page served short is not taken for the end. Rows seen twice (the list moved while paging) are the
   * caller's to de-duplicate by Id. Offsets skip a row when the list shrinks while we page (an invoice paid leaves
   * "Balance > '0'" and the rest move up), so the list is counted again at the end: if the count moved, or a row read
   * changed after the first count, the query is read again, at most three times in all.
   */
  async queryAll(entity: string, where: string, pageSize: number, each: (d: Doc) => void): Promise<void> {
    const filter = where ? ` where ${where}` : '';
    const count = async () => {
      const r = await this.call('GET', '/query', { query: `select count(*) from ${entity}${filter}` });
      return { total: Number((r.QueryResponse as Doc | undefined)?.totalCount ?? NaN), at: Date.parse(String(r.time)) };
    };
    let counted = await count();
    for (let pass = 1; ; pass++) {
      let changed = false;
      for (let start = 1; ; start += pageSize) {
        const q = `select * from ${entity}${filter} STARTPOSITION ${start} MAXRESULTS ${pageSize}`;
        const body = await this.call('GET', '/query', { query: q });
        const rows = ((body.QueryResponse as Doc | undefined)?.[entity] as Doc[] | undefined) ?? [];
        for (const d of rows) {
          if (Date.parse(String((d.MetaData as Doc | undefined)?.LastUpdatedTime)) > counted.at) changed = true;
          each(d);
        }
        const done = Number.isFinite(counted.total) ? start + pageSize > counted.total : rows.length < pageSize;
        if (done) break;
      }
      if (pass === 3) return;
      const again = await count();
      if (!changed && again.total === counted.total) return;
      counted = again;
    }
  }
}
