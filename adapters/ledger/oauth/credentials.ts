import { resolve } from 'node:path';
import { z } from 'zod';
import { LedgerAuthError } from './errors.js';
import { tokenKeyFromEnv } from './token-cipher.js';
import { EncryptedFileTokenStore, type TokenStore } from './token-store.js';

/**
 * Credentials are named by environment variable, never written in the ledger configuration: the file is shared and
 * printed in errors; the environment is the deployment's secret store.
 */
export const oauthCredentialsSchema = z.object({
  clientIdEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name'),
  clientSecretEnv: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name'),
  /** An initial refresh token (from the consent flow), used once when no token file exists yet. */
  refreshTokenEnv: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name')
    .optional(),
  /** The encrypted token file (relative to the configuration's folder). */
  tokenFile: z.string().min(1),
});

export type OAuthCredentialsConfig = z.infer<typeof oauthCredentialsSchema>;

export function readSecret(vendor: string, envName: string, env: NodeJS.ProcessEnv = process.env): string {
  const v = env[envName];
  if (!v) throw new LedgerAuthError(vendor, `environment variable ${envName} is not set`);
  return v;
}

export function fileTokenStore(c: OAuthCredentialsConfig, baseDir: string, owner: string): TokenStore {
  return new EncryptedFileTokenStore(resolve(baseDir, c.tokenFile), tokenKeyFromEnv(), owner);
}
