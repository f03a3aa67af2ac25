import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { open, seal } from './token-cipher.js';

/** What bankfeed keeps of one OAuth grant. `expiresAt` is epoch milliseconds of the access token's expiry. */
export interface StoredTokens {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number;
  /** Vendor context learnt with the grant: Xero tenant, QuickBooks realm, Zoho organisation. */
  context?: Record<string, string>;
}

export interface TokenStore {
  load(): Promise<StoredTokens | null>;
  save(tokens: StoredTokens): Promise<void>;
}

/**
 * One encrypted file per source. Written to a temporary file and renamed over, so a crash mid-write leaves the
 * previous grant readable (a rotated refresh token lost half-written would lock the source out).
 */
export class EncryptedFileTokenStore implements TokenStore {
  constructor(
    private readonly path: string,
    private readonly key: Buffer,
    private readonly owner: string,
  ) {}

  async load(): Promise<StoredTokens | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(open(this.key, text, this.owner)) as StoredTokens;
  }

  async save(tokens: StoredTokens): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const tmp = `${this.path}.${process.pid}.tmp`;
    await writeFile(tmp, seal(this.key, JSON.stringify(tokens), this.owner), { mode: 0o600 });
    await rename(tmp, this.path);
  }
}

/** For tests and one-shot commands. */
export class MemoryTokenStore implements TokenStore {
  constructor(private tokens: StoredTokens | null = null) {}
  async load(): Promise<StoredTokens | null> {
    return this.tokens ? { ...this.tokens } : null;
  }
  async save(tokens: StoredTokens): Promise<void> {
    this.tokens = { ...tokens };
  }
}
