import { LedgerAuthError, LedgerVendorError } from '../oauth/errors.js';
import type { TokenGrant } from '../oauth/token-endpoint.js';

export const QBO = 'QuickBooks Online';

const DEAD = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'access_denied']);

/**
 * Refreshes through Intuit's own client. intuit-oauth keeps its token endpoint in a class-wide setting, so a custom
 * `tokenUrl` (tests, a proxy) applies to the whole process; production needs none. Its file logging stays off:
 * tokens must never reach a log.
 */
export function intuitGrant(o: {
  clientId: () => string;
  clientSecret: () => string;
  environment: 'production' | 'sandbox';
  tokenUrl?: string;
}): TokenGrant {
  return async (refreshToken) => {
    if (!refreshToken) throw new LedgerAuthError(QBO, 'no refresh token is stored: connect the source first');
    // Loaded when a token is first needed: intuit-oauth (axios, winston) is slow to load and most runs never refresh.
    const { default: OAuthClient } = await import('intuit-oauth');
    const client = new OAuthClient({
      clientId: o.clientId(),
      clientSecret: o.clientSecret(),
      environment: o.environment,
      redirectUri: 'https://localhost/unused',
      logging: false,
    });
    if (o.tokenUrl) {
      const C = OAuthClient as unknown as Record<string, string>;
      client.setAuthorizeURLs({
        authorizeEndpoint: C.authorizeEndpoint!,
        tokenEndpoint: o.tokenUrl,
        revokeEndpoint: C.revokeEndpoint!,
        userInfoEndpoint: C.userinfo_endpoint_production ?? '',
      });
    }
    let json: Record<string, unknown>;
    try {
      json = ((await client.refreshUsingToken(refreshToken)).getJson() ?? {}) as Record<string, unknown>;
    } catch (err) {
      const e = err as {
        error?: string;
        error_description?: string;
        message?: string;
        authResponse?: { response?: { status?: number } };
      };
      const status = e.authResponse?.response?.status;
      if ((e.error && DEAD.has(e.error)) || status === 400 || status === 401)
        throw new LedgerAuthError(
          QBO,
          `Intuit refused to refresh the access token (${e.error || `HTTP ${status}`}): the connection was revoked or has expired; reconnect this source`,
        );
      throw new LedgerVendorError(QBO, `token refresh failed: ${e.error || e.message || 'no answer'}`, status ?? null);
    }
    if (typeof json.access_token !== 'string')
      throw new LedgerVendorError(QBO, 'token refresh: the answer has no access_token', null);
    return {
      accessToken: json.access_token,
      refreshToken: typeof json.refresh_token === 'string' ? json.refresh_token : null,
      expiresInSec: Number(json.expires_in ?? 3600) || 3600,
      raw: json,
    };
  };
}
