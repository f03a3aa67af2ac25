import {
  LedgerAuthError,
  LedgerRateLimitError,
  LedgerRejectedError,
  LedgerVendorError,
  VendorHttpError,
} from './errors.js';
import type { OAuthSession } from './oauth-session.js';

export interface RetryPolicy {
  /** Attempts for transient failures (5xx, network, 429 within the wait limit). */
  maxAttempts: number;
  /** First backoff for 5xx and network failures; doubled per attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out inside the activity: the source stops with a rate-limit error. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 65_000,
};

export interface VendorCallOptions {
  vendor: string;
  session: OAuthSession;
  policy: RetryPolicy;
  /** Xero tells which limit was hit (X-Rate-Limit-Problem: day|minute|concurrent); a daily one is never waited out. */
  isDailyLimit?: (e: VendorHttpError) => boolean;
  /** 403 means a missing scope or a disconnected tenant for most vendors, but Zoho also uses it for locked records. */
  forbiddenIsAuth?: boolean;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { request: string; status: number | null; waitMs: number; attempt: number }) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function backoff(policy: RetryPolicy, attempt: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(exp / 2 + Math.random() * (exp / 2));
}

/**
 * Runs one vendor request under the shared policy: a fresh token for every attempt (so a token that expires mid-sync
 * is refreshed before it is sent), one refresh-and-retry on 401, Retry-After honoured on 429, exponential backoff on
 * 5xx and network failures, and every other 4xx returned as the vendor's rejection, never retried.
 */
export async function callVendor<T>(o: VendorCallOptions, fn: (accessToken: string) => Promise<T>): Promise<T> {
  const sleep = o.sleep ?? defaultSleep;
  let refreshedAfter401 = false;
  let token = await o.session.accessToken();
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(token);
    } catch (err) {
      if (!(err instanceof VendorHttpError)) {
        if (
          err instanceof LedgerAuthError ||
          err instanceof LedgerRejectedError ||
          err instanceof LedgerRateLimitError ||
          err instanceof LedgerVendorError
        )
          throw err;
        // Network failure, timeout, or a body that is not JSON: transient.
        if (attempt >= o.policy.maxAttempts)
          throw new LedgerVendorError(o.vendor, `${(err as Error).message} (gave up after ${attempt} attempts)`, null);
        const waitMs = backoff(o.policy, attempt);
        o.onRetry?.({ request: (err as Error).message, status: null, waitMs, attempt });
        await sleep(waitMs);
        token = await o.session.accessToken();
        continue;
      }
      const e = err;
      if (e.status === 401) {
        if (refreshedAfter401)
          throw new LedgerAuthError(
            o.vendor,
            `${e.request} still answers 401 after a token refresh${e.vendorMessage ? ` (${e.vendorMessage})` : ''}: the connection was revoked; reconnect this source`,
          );
        refreshedAfter401 = true;
        token = await o.session.accessTokenAfterRejection(token);
        attempt--;
        continue;
      }
      if (e.status === 403 && o.forbiddenIsAuth !== false)
        throw new LedgerAuthError(
          o.vendor,
          `${e.request} is forbidden (HTTP 403${e.vendorMessage ? `: ${e.vendorMessage}` : ''}): the grant lacks a scope or the organisation was disconnected; reconnect this source`,
        );
      if (e.status === 429) {
        const ra = retryAfterMs(e.headers['retry-after']);
        const daily = o.isDailyLimit?.(e) ?? false;
        if (daily || (ra !== null && ra > o.policy.maxRetryAfterMs) || attempt >= o.policy.maxAttempts) {
          const retryAt = ra !== null ? new Date(Date.now() + ra) : null;
          throw new LedgerRateLimitError(
            o.vendor,
            `${e.request}: rate limit reached${daily ? ' (daily limit)' : ''}${retryAt ? `; the vendor allows calls again at ${retryAt.toISOString()}` : ''}`,
            retryAt,
          );
        }
        const waitMs = ra ?? backoff(o.policy, attempt);
        o.onRetry?.({ request: e.request, status: 429, waitMs, attempt });
        await sleep(waitMs);
        token = await o.session.accessToken();
        continue;
      }
      if (e.status >= 500 || e.status === 408) {
        if (attempt >= o.policy.maxAttempts)
          throw new LedgerVendorError(
            o.vendor,
            `${e.request}: HTTP ${e.status} (gave up after ${attempt} attempts)${e.vendorMessage ? `: ${e.vendorMessage}` : ''}`,
            e.status,
          );
        const waitMs = backoff(o.policy, attempt);
        o.onRetry?.({ request: e.request, status: e.status, waitMs, attempt });
        await sleep(waitMs);
        token = await o.session.accessToken();
        continue;
      }
      throw new LedgerRejectedError(o.vendor, e.request, e.status, e.vendorMessage || `HTTP ${e.status}`);
    }
  }
}
