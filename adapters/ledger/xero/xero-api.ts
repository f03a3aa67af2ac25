import type { AccountingApi } from 'xero-node';
import { LedgerAuthError, LedgerRateLimitError, VendorHttpError } from '../oauth/errors.js';
import type { OAuthSession } from '../oauth/oauth-session.js';
import { callVendor, DEFAULT_RETRY, type RetryPolicy } from '../oauth/vendor-call.js';

export const XERO = 'Xero';

/** What xero-node rejects with: a JSON string of its redacted ApiError (status 0 when no answer came). */
interface SdkRejection {
  response?: { statusCode?: number; body?: unknown; headers?: Record<string, string> };
}

/** Xero's error bodies: validation exceptions carry their messages per element; auth errors a Title/Detail. */
export function xeroMessage(body: unknown): string {
  if (!body || typeof body !== 'object') return typeof body === 'string' ? body.slice(0, 300) : '';
  const b = body as Record<string, any>;
  const details: string[] = [];
  for (const el of Array.isArray(b.Elements) ? b.Elements : [])
    for (const v of Array.isArray(el?.ValidationErrors) ? el.ValidationErrors : [])
      if (typeof v?.Message === 'string') details.push(v.Message);
  const head = [b.Message, b.Title, b.Detail].find((x) => typeof x === 'string' && x !== '') as string | undefined;
  return [...new Set([...details, ...(head && details.length === 0 ? [head] : [])])].join('; ');
}

export interface XeroTenant {
  tenantId: string;
  tenantName: string;
  tenantType: string;
}

export interface XeroApiOptions {
  apiUrl: string;
  connectionsUrl: string;
  session: OAuthSession;
  timeoutMs: number;
  retry: Partial<RetryPolicy>;
  minuteWindowMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The Accounting API through the official SDK (its base path pointed at the configured URL), under the shared retry
 * policy plus Xero's own limits: the X-DayLimit-Remaining / X-MinLimit-Remaining headers of each answer are read, a
 * spent minute allowance waits for the next minute, a spent daily one stops the source until Xero's Retry-After.
 */
export class XeroApi {
  // The SDK takes seconds to load (thousands of generated models): loaded on the first call, not when bankfeed starts.
  private accountingApi: Promise<AccountingApi> | null = null;
  private readonly policy: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private minuteSpentAt: number | null = null;
  private daySpent = false;
  calls = 0;

  constructor(private readonly o: XeroApiOptions) {
    this.policy = { ...DEFAULT_RETRY, ...o.retry };
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  private accounting(): Promise<AccountingApi> {
    this.accountingApi ??= import('xero-node').then((m) => new m.AccountingApi(this.o.apiUrl));
    return this.accountingApi;
  }

  private observe(headers: Record<string, string> | undefined): void {
    if (!headers) return;
    if (headers['x-daylimit-remaining'] === '0') this.daySpent = true;
    if (headers['x-minlimit-remaining'] === '0') this.minuteSpentAt = Date.now();
  }

  private async pace(request: string): Promise<void> {
    if (this.daySpent)
      throw new LedgerRateLimitError(XERO, `${request}: the organisation's daily API allowance is spent`, null);
    if (this.minuteSpentAt !== null) {
      const wait = this.minuteSpentAt + this.o.minuteWindowMs - Date.now();
      this.minuteSpentAt = null;
      if (wait > 0) await this.sleep(wait);
    }
  }

  /** One SDK call: `request` names it in errors ("GET /Invoices page 3"). */
  async call<T extends { response: { headers?: unknown } }>(
    request: string,
    run: (api: AccountingApi) => Promise<T>,
  ): Promise<T> {
    return callVendor(
      {
        vendor: XERO,
        session: this.o.session,
        policy: this.policy,
        sleep: this.sleep,
        isDailyLimit: (e) => e.headers['x-rate-limit-problem']?.toLowerCase() === 'day',
      },
      async (token) => {
        await this.pace(request);
        const accounting = await this.accounting();
        accounting.accessToken = token;
        this.calls++;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`${request}: no answer within ${this.o.timeoutMs} ms`)),
            this.o.timeoutMs,
          );
        });
        try {
          const r = await Promise.race([run(accounting), timeout]);
          this.observe(r.response.headers as Record<string, string>);
          return r;
        } catch (err) {
          if (typeof err !== 'string') throw err;
          let parsed: SdkRejection;
          try {
            parsed = JSON.parse(err) as SdkRejection;
          } catch (parseErr) {
            throw new Error(`${request}: ${err.slice(0, 200)}`, { cause: parseErr });
          }
          const status = parsed.response?.statusCode ?? 0;
          const headers = parsed.response?.headers ?? {};
          this.observe(headers);
          if (status === 0)
            throw new Error(`${request}: no answer from Xero (${xeroMessage(parsed.response?.body)})`, { cause: err });
          throw new VendorHttpError(request, status, headers, xeroMessage(parsed.response?.body));
        } finally {
          clearTimeout(timer);
        }
      },
    );
  }

  /** GET /connections: the organisations this grant reaches (Xero's identity API; not in the SDK's reach). */
  async tenants(): Promise<XeroTenant[]> {
    const url = new URL(this.o.connectionsUrl);
    const request = `GET ${url.pathname}`;
    return callVendor(
      { vendor: XERO, session: this.o.session, policy: this.policy, sleep: this.sleep },
      async (token) => {
        const res = await fetch(url, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          signal: AbortSignal.timeout(this.o.timeoutMs),
        });
        const headers = Object.fromEntries(res.headers);
        if (!res.ok) {
          let body: unknown = null;
          try {
            body = await res.json();
          } catch {
            // not JSON
          }
          throw new VendorHttpError(request, res.status, headers, xeroMessage(body));
        }
        const list = (await res.json()) as unknown;
        if (!Array.isArray(list))
          throw new LedgerAuthError(XERO, `${request}: the answer is not a list of connections`);
        return list.map((c: Record<string, unknown>) => ({
          tenantId: String(c.tenantId),
          tenantName: String(c.tenantName ?? ''),
          tenantType: String(c.tenantType ?? ''),
        }));
      },
    );
  }
}
