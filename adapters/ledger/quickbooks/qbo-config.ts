import { z } from 'zod';
import { oauthSourceSchema } from '../oauth/oauth-source.js';

export const qboConfigSchema = oauthSourceSchema.extend({
  kind: z.literal('quickbooks-online'),
  // bankAccount (oauthSourceSchema): the bound bank account's QuickBooks Account Id or its exact Name.
  environment: z.enum(['production', 'sandbox']).default('production'),
  /** The company (realmId, given on the OAuth callback). */
  realmId: z.string().regex(/^\d+$/, 'must be the QuickBooks company id (realmId, digits)'),
  /** The API's minor version, sent on every request (Intuit retires old ones; 75 is the floor from 2025). */
  minorVersion: z.number().int().min(75).default(75),
  /** Rows per query page (QuickBooks' maximum is 1000). */
  pageSize: z.number().int().min(1).max(1000).default(1000),
  /**
   * How many of the postings bankfeed stores outside a pull's period (LedgerPullQuery.openPostingsOutside) one pull
   * reads again by Id (`select * from <Entity> where Id IN (…)`, 100 to a query); past it, the rest in turn on the
   * next pulls. 0 reads none again.
   */
  outsidePostingsPerPull: z.number().int().min(0).max(100_000).default(1000),
  /**
   * The QuickBooks account each rule's account is posted to, by the rule's account as the rules write it ("Bank
   * charges:Account maintenance": "8"): QuickBooks knows accounts by Id. A charge on an account neither mapped nor
   * written as an Id is refused before anything is written, and offered again once the map has it.
   */
  accounts: z
    .record(z.string().min(1), z.string().regex(/^\d+$/, 'must be a QuickBooks account Id (digits)'))
    .default({}),
  /** Overridable for tests and proxies; default from the environment. */
  apiUrl: z.string().url().optional(),
  tokenUrl: z.string().url().optional(),
});

export type QboConfig = z.infer<typeof qboConfigSchema>;

export function qboApiBase(c: QboConfig): string {
  const host =
    c.apiUrl ??
    (c.environment === 'sandbox' ? 'https://sandbox-quickbooks.api.intuit.com' : 'https://quickbooks.api.intuit.com');
  return `${host.replace(/\/$/, '')}/v3/company/${c.realmId}`;
}
