import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The environment variable holding the 32-byte key (base64 or 64 hex digits) that encrypts stored OAuth tokens. */
export const TOKEN_KEY_ENV = 'BANKFEED_TOKEN_KEY';

export class TokenKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenKeyError';
  }
}

/** Reads the token key from the environment; refuses anything but exactly 32 bytes so a typo cannot weaken it. */
export function tokenKeyFromEnv(env: NodeJS.ProcessEnv = process.env): Buffer {
  const raw = env[TOKEN_KEY_ENV]?.trim();
  if (!raw)
    throw new TokenKeyError(
      `${TOKEN_KEY_ENV} is not set: it must hold a 32-byte key (e.g. \`openssl rand -base64 32\`) to encrypt OAuth tokens at rest`,
    );
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32)
    throw new TokenKeyError(`${TOKEN_KEY_ENV} must decode to 32 bytes (base64 or 64 hex digits), got ${key.length}`);
  return key;
}

interface Sealed {
  v: 1;
  alg: 'aes-256-gcm';
  iv: string;
  tag: string;
  data: string;
}

/**
 * AES-256-GCM with a fresh 96-bit IV per write. The associated data binds a sealed blob to its owner (the source
 * id), so a token file copied onto another source fails to open instead of being used there.
 */
export function seal(key: Buffer, plaintext: string, associated: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const sealed: Sealed = {
    v: 1,
    alg: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return JSON.stringify(sealed);
}

export function open(key: Buffer, sealedText: string, associated: string): string {
  let s: Sealed;
  try {
    s = JSON.parse(sealedText) as Sealed;
  } catch {
    throw new TokenKeyError('the token file is not a sealed token blob');
  }
  if (s.v !== 1 || s.alg !== 'aes-256-gcm') throw new TokenKeyError('the token file has an unknown format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(s.iv, 'base64'));
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(Buffer.from(s.tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(s.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new TokenKeyError(
      `the token file cannot be decrypted with ${TOKEN_KEY_ENV} (another key, another source's file, or tampered)`,
    );
  }
}
