import { LedgerAuthError, LedgerVendorError } from './errors.js';

export interface TokenGrantResult {
  accessToken: string;
  /** A rotated refresh token, or null when the vendor keeps the old one (Zoho) or issues none (client credentials). */
  refreshToken: string | null;
  expiresInSec: number;
  raw: Record<string, unknown>;
}

/** Asks the vendor for a fresh access token; given the current refresh token (null for client credentials). */
export type TokenGrant = (refreshToken: string | null) => Promise<TokenGrantResult>;

export interface TokenEndpointOptions {
  vendor: string;
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** RFC 6749 §2.3.1: HTTP Basic (Xero, Intuit) or form fields (Zoho). */
  clientAuth: 'basic' | 'body';
  grant: 'refresh_token' | 'client_credentials';
  scope?: string;
  timeoutMs?: number;
  fetchFn?: typeof fetch;
}

// Error codes that mean the grant itself is dead (RFC 6749 §5.2); Zoho answers HTTP 200 with "invalid_code".
const DEAD_GRANT = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_code', 'access_denied']);

function where(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** A token endpoint spoken to with plain fetch (RFC 6749 form POST). Nothing it returns or throws carries a secret. */
export function tokenEndpointGrant(o: TokenEndpointOptions): TokenGrant {
  const fetchFn = o.fetchFn ?? fetch;
  const label = `token endpoint ${where(o.tokenUrl)}`;
  return async (refreshToken) => {
    const form = new URLSearchParams({ grant_type: o.grant });
    if (o.grant === 'refresh_token') {
      if (!refreshToken) throw new LedgerAuthError(o.vendor, 'no refresh token is stored: connect the source first');
      form.set('refresh_token', refreshToken);
    }
    if (o.scope) form.set('scope', o.scope);
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (o.clientAuth === 'basic') {
      headers.authorization = `Basic ${Buffer.from(`${o.clientId}:${o.clientSecret}`).toString('base64')}`;
    } else {
      form.set('client_id', o.clientId);
      form.set('client_secret', o.clientSecret);
    }
    let res: Response;
    try {
      res = await fetchFn(o.tokenUrl, {
        method: 'POST',
        headers,
        body: form.toString(),
        signal: AbortSignal.timeout(o.timeoutMs ?? 20_000),
      });
    } catch (err) {
      throw new LedgerVendorError(
        o.vendor,
        `${label}: ${(err as Error).name === 'TimeoutError' ? 'no answer' : (err as Error).message}`,
        null,
      );
    }
    let body: Record<string, unknown> = {};
    try {
      body = (await res.json()) as Record<string, unknown>;
    } catch {
      // A proxy's HTML error page: judged by status alone below.
    }
    const code = typeof body.error === 'string' ? body.error : null;
    if (res.status >= 500) throw new LedgerVendorError(o.vendor, `${label}: HTTP ${res.status}`, res.status);
    if (!res.ok || code) {
      const why = [code, typeof body.error_description === 'string' ? body.error_description : null]
        .filter(Boolean)
        .join(': ');
      if (code === null || DEAD_GRANT.has(code) || res.status === 400 || res.status === 401)
        throw new LedgerAuthError(
          o.vendor,
          `${label} refused to ${o.grant === 'refresh_token' ? 'refresh the access token' : 'issue a token'} (${why || `HTTP ${res.status}`}): the connection was revoked or has expired; reconnect this source`,
        );
      throw new LedgerVendorError(o.vendor, `${label}: HTTP ${res.status} ${why}`, res.status);
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
      throw new LedgerVendorError(o.vendor, `${label}: the answer has no access_token`, res.status);
    const expires = Number(body.expires_in ?? 1800);
    return {
      accessToken: body.access_token,
      refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : null,
      expiresInSec: Number.isFinite(expires) && expires > 0 ? expires : 1800,
      raw: body,
    };
  };
}
