import { z } from 'zod';
import { oauthCredentialsSchema } from '../oauth/credentials.js';

export const qboConfigSchema = oauthCredentialsSchema.extend({
  id: z.string().min(1),
  kind: z.literal('quickbooks-online'),
  environment: z.enum(['production', 'sandbox']).default('production'),
  /** The company (realmId, given on the OAuth callback). */
  realmId: z.string().regex(/^\d+$/, 'must be the QuickBooks company id (realmId, digits)'),
  /** The bound bank account: its QuickBooks Account Id or its exact Name. */
  bankAccount: z.string().min(1),
  /** The API's minor version, sent on every request (Intuit retires old ones; 75 is the floor from 2025). */
  minorVersion: z.number().int().min(75).default(75),
  /** Rows per query page (QuickBooks' maximum is 1000). */
  pageSize: z.number().int().min(1).max(1000).default(1000),
  /** Overridable for tests and proxies; default from the environment. */
  apiUrl: z.string().url().optional(),
  tokenUrl: z.string().url().optional(),
  timeoutMs: z.number().int().positive().default(30_000),
  retry: z
    .object({
      maxAttempts: z.number().int().min(1).max(20).optional(),
      baseDelayMs: z.number().int().min(0).optional(),
      maxRetryAfterMs: z.number().int().min(0).optional(),
    })
    .default({}),
});

export type QboConfig = z.infer<typeof qboConfigSchema>;

export function qboApiBase(c: QboConfig): string {
  const host =
    c.apiUrl ??
    (c.environment === 'sandbox' ? 'https://sandbox-quickbooks.api.intuit.com' : 'https://quickbooks.api.intuit.com');
  return `${host.replace(/\/$/, '')}/v3/company/${c.realmId}`;
}
