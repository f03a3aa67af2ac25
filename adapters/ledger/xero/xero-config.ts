import { z } from 'zod';
import { oauthSourceSchema } from '../oauth/oauth-source.js';

export const xeroConfigSchema = oauthSourceSchema.extend({
  kind: z.literal('xero'),
  // bankAccount (oauthSourceSchema): the bound bank account's AccountID or its account Code.
  /**
   * 'authorisation-code' (a user consented; refresh tokens rotate) or 'custom-connection' (Xero's client-credentials
   * grant for one organisation; no refresh token, a new access token is minted when needed).
   */
  connection: z.enum(['authorisation-code', 'custom-connection']).default('authorisation-code'),
  /** The organisation (Xero tenant id). Optional when the grant reaches exactly one organisation. */
  tenantId: z.string().uuid().optional(),
  /**
   * Pull credit notes and the bound account's spend/receive money too (invoices, bills and payments are always pulled;
   * docs/ledgers/xero.md says which bank transactions and payments are the books' postings).
   */
  include: z
    .object({ creditNotes: z.boolean().default(true), bankTransactions: z.boolean().default(true) })
    .default({ creditNotes: true, bankTransactions: true }),
  pageSize: z.number().int().min(1).max(1000).default(1000),
  /**
   * How many of the postings bankfeed stores outside a pull's period (LedgerPullQuery.openPostingsOutside) one pull
   * reads again by id (`where=PaymentID==Guid(…) OR …`, 25 to a request: Xero allows 60 calls a minute); past it, the
   * rest in turn on the next pulls. 0 reads none again.
   */
  outsidePostingsPerPull: z.number().int().min(0).max(10_000).default(250),
  /** Overridable for tests and proxies; default Xero's own. */
  apiUrl: z.string().url().default('https://api.xero.com/api.xro/2.0'),
  connectionsUrl: z.string().url().default('https://api.xero.com/connections'),
  tokenUrl: z.string().url().default('https://identity.xero.com/connect/token'),
  /** Scopes for a custom connection's token request. */
  scopes: z.string().default('accounting.transactions accounting.settings.read'),
  /** Xero allows 60 calls a minute per organisation; when its headers say none is left, wait this long. */
  minuteWindowMs: z.number().int().min(0).default(60_000),
});

export type XeroConfig = z.infer<typeof xeroConfigSchema>;
