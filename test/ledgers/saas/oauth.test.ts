import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerAuthError } from '../../../adapters/ledger/oauth/errors.js';
import { OAuthSession } from '../../../adapters/ledger/oauth/oauth-session.js';
import { tokenKeyFromEnv, TokenKeyError } from '../../../adapters/ledger/oauth/token-cipher.js';
import { EncryptedFileTokenStore, MemoryTokenStore } from '../../../adapters/ledger/oauth/token-store.js';
import { retryAfterMs } from '../../../adapters/ledger/oauth/vendor-call.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'bankfeed-oauth-'));
  dirs.push(d);
  return d;
}

describe('token store (AES-256-GCM at rest)', () => {
  const grant = { accessToken: 'access-SECRET-1', refreshToken: 'refresh-SECRET-2', expiresAt: 1_900_000_000_000 };

  it('round-trips a grant and keeps no token text on disk', async () => {
    const key = randomBytes(32);
    const path = join(tmp(), 'a', 'grant.enc');
    await new EncryptedFileTokenStore(path, key, 'xero:books').save(grant);
    expect(readFileSync(path, 'utf8')).not.toMatch(/SECRET/);
    expect(await new EncryptedFileTokenStore(path, key, 'xero:books').load()).toEqual(grant);
  });

  it('refuses another key, another source’s file and a tampered file', async () => {
    const key = randomBytes(32);
    const path = join(tmp(), 'grant.enc');
    await new EncryptedFileTokenStore(path, key, 'xero:books').save(grant);
    await expect(new EncryptedFileTokenStore(path, randomBytes(32), 'xero:books').load()).rejects.toThrow(
      TokenKeyError,
    );
    await expect(new EncryptedFileTokenStore(path, key, 'xero:other').load()).rejects.toThrow(/another source/);
    const sealed = JSON.parse(readFileSync(path, 'utf8'));
    sealed.data = Buffer.from('x' + Buffer.from(sealed.data, 'base64').toString('latin1'), 'latin1').toString('base64');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, JSON.stringify(sealed));
    await expect(new EncryptedFileTokenStore(path, key, 'xero:books').load()).rejects.toThrow(/tampered/);
  });

  it('reads the key from the environment: 32 bytes, base64 or hex, nothing else', () => {
    expect(tokenKeyFromEnv({ BANKFEED_TOKEN_KEY: randomBytes(32).toString('base64') })).toHaveLength(32);
    expect(tokenKeyFromEnv({ BANKFEED_TOKEN_KEY: randomBytes(32).toString('hex') })).toHaveLength(32);
    expect(() => tokenKeyFromEnv({})).toThrow(/BANKFEED_TOKEN_KEY is not set/);
    expect(() => tokenKeyFromEnv({ BANKFEED_TOKEN_KEY: randomBytes(16).toString('base64') })).toThrow(/32 bytes/);
  });
});

describe('OAuth session', () => {
  it('refreshes once for concurrent callers and stores the rotated refresh token before handing out the access token', async () => {
    let calls = 0;
    const store = new MemoryTokenStore();
    const s = new OAuthSession({
      vendor: 'Test',
      store,
      kind: 'refresh_token',
      bootstrapRefreshToken: 'rt-0',
      grant: async (rt) => {
        calls++;
        await new Promise((r) => setTimeout(r, 20));
        return { accessToken: `at-${calls}`, refreshToken: `${rt}-rotated`, expiresInSec: 3600, raw: {} };
      },
    });
    const tokens = await Promise.all([s.accessToken(), s.accessToken(), s.accessToken()]);
    expect(tokens).toEqual(['at-1', 'at-1', 'at-1']);
    expect(calls).toBe(1);
    expect((await store.load())!.refreshToken).toBe('rt-0-rotated');
    // After a 401 for an older token that another call already replaced, no second refresh.
    expect(await s.accessTokenAfterRejection('at-0')).toBe('at-1');
    expect(await s.accessTokenAfterRejection('at-1')).toBe('at-2');
  });

  it('without a stored grant or bootstrap token, says the source is not connected', async () => {
    const s = new OAuthSession({
      vendor: 'Test',
      store: new MemoryTokenStore(),
      kind: 'refresh_token',
      grant: async () => {
        throw new Error('not called');
      },
    });
    await expect(s.accessToken()).rejects.toThrow(LedgerAuthError);
    await expect(s.accessToken()).rejects.toThrow(/not connected/);
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('30')).toBe(30_000);
    const now = Date.parse('2026-12-02T01:00:00Z');
    expect(retryAfterMs('Wed, 02 Dec 2026 01:00:45 GMT', now)).toBe(45_000);
    expect(retryAfterMs('soon')).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
});
