import { VendorHttpError } from '../oauth/errors.js';
import type { OAuthSession } from '../oauth/oauth-session.js';
import { callVendor, DEFAULT_RETRY, type RetryPolicy } from '../oauth/vendor-call.js';

export const ZOHO = 'Zoho Books';

/** Zoho's envelope: `code` 0 is success; anything else carries a human `message`. */
export interface ZohoEnvelope {
  code?: number;
  message?: string;
  [key: string]: unknown;
}

export interface ZohoApiOptions {
  apiUrl: string;
  organizationId: string;
  session: OAuthSession;
  timeoutMs: number;
  retry: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

/** Zoho Books REST v3 over fetch: organization_id on every call, the `Zoho-oauthtoken` scheme, JSON bodies. */
export class ZohoApi {
  private readonly policy: RetryPolicy;
  calls = 0;

  constructor(private readonly o: ZohoApiOptions) {
    this.policy = { ...DEFAULT_RETRY, ...o.retry };
  }

  async call(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    query: Record<string, string | number | undefined> = {},
    body?: unknown,
  ): Promise<ZohoEnvelope> {
    const url = new URL(this.o.apiUrl.replace(/\/$/, '') + path);
    url.searchParams.set('organization_id', this.o.organizationId);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    // Errors name the method and path only: the query can hold references, never worth leaking.
    const request = `${method} ${path}`;
    return callVendor(
      { vendor: ZOHO, session: this.o.session, policy: this.policy, ...(this.o.sleep ? { sleep: this.o.sleep } : {}) },
      async (token) => {
        this.calls++;
        const res = await fetch(url, {
          method,
          headers: {
            authorization: `Zoho-oauthtoken ${token}`,
            accept: 'application/json',
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
        let json: ZohoEnvelope | null = null;
        try {
          json = (await res.json()) as ZohoEnvelope;
        } catch {
          // A gateway's HTML page: judged by its status below.
        }
        const headers = Object.fromEntries(res.headers);
        if (!res.ok) throw new VendorHttpError(request, res.status, headers, json?.message ?? '');
        if (!json) throw new Error(`${request}: the answer is not JSON`);
        // Zoho answers some refusals with HTTP 200 and a non-zero code.
        if (typeof json.code === 'number' && json.code !== 0)
          throw new VendorHttpError(request, 400, headers, json.message ?? `code ${json.code}`);
        return json;
      },
    );
  }
}

/** Zoho's page_context is an object in its answers (an array of one object in some published schemas): read both. */
export function hasMorePages(body: ZohoEnvelope): boolean | null {
  const pc = Array.isArray(body.page_context) ? body.page_context[0] : body.page_context;
  if (pc && typeof pc === 'object' && typeof (pc as { has_more_page?: unknown }).has_more_page === 'boolean')
    return (pc as { has_more_page: boolean }).has_more_page;
  return null;
}
