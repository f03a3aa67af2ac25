import { z } from 'zod';
import { oauthCredentialsSchema } from '../oauth/credentials.js';

/** Zoho runs one data centre per region; an organisation lives in one, and its tokens work only there. */
export const ZOHO_DATA_CENTRES = ['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'com.cn', 'sa'] as const;

export const zohoConfigSchema = oauthCredentialsSchema.extend({
  id: z.string().min(1),
  kind: z.literal('zoho-books'),
  dataCentre: z.enum(ZOHO_DATA_CENTRES).default('com'),
  organizationId: z.string().regex(/^\d+$/, 'must be the Zoho Books organization_id (digits)'),
  /** The bound bank account: its Zoho account_id, or its account code. */
  bankAccount: z.string().min(1),
  perPage: z.number().int().min(1).max(200).default(200),
  /** Overridable for tests and proxies; default from the data centre. */
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

export type ZohoConfig = z.infer<typeof zohoConfigSchema>;

export function zohoUrls(c: ZohoConfig): { api: string; token: string } {
  return {
    api: c.apiUrl ?? `https://www.zohoapis.${c.dataCentre}/books/v3`,
    token: c.tokenUrl ?? `https://accounts.zoho.${c.dataCentre}/oauth/v2/token`,
  };
}
