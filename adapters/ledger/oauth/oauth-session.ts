import { LedgerAuthError } from './errors.js';
import type { TokenGrant } from './token-endpoint.js';
import type { StoredTokens, TokenStore } from './token-store.js';

export interface OAuthSessionOptions {
  vendor: string;
  store: TokenStore;
  grant: TokenGrant;
  /** 'client_credentials' (Xero custom connections) mints tokens on demand; the others need a stored refresh token. */
  kind: 'refresh_token' | 'client_credentials';
  /** A refresh token handed over from the environment, used once when nothing is stored yet. */
  bootstrapRefreshToken?: string | null;
  /** Refresh this long before expiry, so a token never lapses between our check and the vendor's. */
  skewMs?: number;
  now?: () => number;
}

/**
 * One source's grant: hands out a valid access token, refreshing it before it expires and once more when the vendor
 * answers 401. Refreshes are single-flight (two calls racing would spend a rotating refresh token twice, and the
 * second would be refused), and the rotated tokens are stored before the new access token is used.
 */
export class OAuthSession {
  private current: StoredTokens | null = null;
  private loaded = false;
  private inflight: Promise<StoredTokens> | null = null;
  private readonly skewMs: number;
  private readonly now: () => number;
  /** Refreshes done by this session (tests and `ledgers test` report it). */
  refreshes = 0;

  constructor(private readonly o: OAuthSessionOptions) {
    this.skewMs = o.skewMs ?? 120_000;
    this.now = o.now ?? Date.now;
  }

  private async load(): Promise<StoredTokens | null> {
    if (!this.loaded) {
      this.current = await this.o.store.load();
      this.loaded = true;
    }
    return this.current;
  }

  async accessToken(): Promise<string> {
    const t = await this.load();
    if (t && t.expiresAt - this.skewMs > this.now()) return t.accessToken;
    return (await this.refresh()).accessToken;
  }

  /** After a 401 for `rejected`: refresh, unless another call already replaced that token. */
  async accessTokenAfterRejection(rejected: string): Promise<string> {
    const t = await this.load();
    if (t && t.accessToken !== rejected && t.expiresAt - this.skewMs > this.now()) return t.accessToken;
    return (await this.refresh()).accessToken;
  }

  async context(): Promise<Record<string, string>> {
    return { ...((await this.load())?.context ?? {}) };
  }

  async setContext(values: Record<string, string>): Promise<void> {
    const t = await this.load();
    if (!t) throw new LedgerAuthError(this.o.vendor, 'not connected: no token is stored for this source');
    this.current = { ...t, context: { ...t.context, ...values } };
    await this.o.store.save(this.current);
  }

  private refresh(): Promise<StoredTokens> {
    this.inflight ??= this.doRefresh().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async doRefresh(): Promise<StoredTokens> {
    const before = await this.load();
    let refreshToken: string | null = null;
    if (this.o.kind === 'refresh_token') {
      refreshToken = before?.refreshToken ?? this.o.bootstrapRefreshToken ?? null;
      if (!refreshToken)
        throw new LedgerAuthError(
          this.o.vendor,
          'not connected: no refresh token is stored for this source (authorise bankfeed in the vendor and store the grant)',
        );
    }
    const got = await this.o.grant(refreshToken);
    const next: StoredTokens = {
      accessToken: got.accessToken,
      refreshToken: got.refreshToken ?? refreshToken,
      expiresAt: this.now() + got.expiresInSec * 1000,
      ...(before?.context ? { context: before.context } : {}),
    };
    await this.o.store.save(next);
    this.current = next;
    this.refreshes++;
    return next;
  }
}
