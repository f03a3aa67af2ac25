import { z } from 'zod';
import { normalizeCurrency } from '../../../domain/currency.js';

export const trytonConfigSchema = z
  .object({
    kind: z.literal('tryton').optional(),
    id: z.string().optional(),
    /** The server's root URL, e.g. https://erp.example.com (JSON-RPC is at <url>/<database>/rpc/). */
    url: z
      .string()
      .url()
      .refine((u) => /^https?:/.test(u), 'must be an http:// or https:// URL')
      .refine((u) => !new URL(u).username && !new URL(u).password, 'must not carry credentials; use login/password'),
    database: z.string().min(1),
    login: z.string().min(1),
    /** The name of the environment variable holding the password (preferred: the file then holds no secret). */
    passwordEnv: z.string().min(1).optional(),
    password: z.string().min(1).optional(),
    /** The company's name in Tryton; by default the login user's current company. */
    company: z.string().min(1).optional(),
    /** The name of the account.statement.journal for this bank account (Tryton: Financial › Statements › Journals). */
    bankJournal: z.string().min(1),
    currency: z
      .string()
      .default('NGN')
      .transform((c, ctx) => {
        try {
          return normalizeCurrency(c);
        } catch (err) {
          ctx.addIssue({ code: 'custom', message: (err as Error).message });
          return z.NEVER;
        }
      }),
    /**
     * Which invoice field customers quote on their transfers: the invoice `number` Tryton assigns (default) or the
     * `reference` field (books whose invoices are numbered in another system).
     */
    invoiceReference: z.enum(['number', 'reference']).default('number'),
    /** How far back an incremental pull looks before the newest change it saw (long Tryton transactions commit late). */
    cursorOverlapSeconds: z.number().int().min(0).max(86_400).default(300),
    timeoutMs: z.number().int().positive().default(30_000),
    /** Statement lines written per statement (one validation each); a rejected batch is split to find the culprit. */
    writeBatchSize: z.number().int().min(1).max(1000).default(200),
  })
  .refine((c) => !!c.passwordEnv !== !!c.password, {
    message: 'give exactly one of passwordEnv (recommended) or password',
    path: ['passwordEnv'],
  });

export type TrytonConfig = z.infer<typeof trytonConfigSchema>;

/** The password, read when the adapter is created so a missing variable is a configuration error, not a sync failure. */
export function trytonPassword(c: TrytonConfig, env: NodeJS.ProcessEnv = process.env): string {
  if (c.password) return c.password;
  const v = env[c.passwordEnv!];
  if (!v) throw new Error(`Tryton source: environment variable ${c.passwordEnv} (passwordEnv) is not set`);
  return v;
}
