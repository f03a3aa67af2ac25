import { z } from 'zod';
import { oauthSourceSchema } from '../oauth/oauth-source.js';

/** Zoho runs one data centre per region; an organisation lives in one, and its tokens work only there. */
export const ZOHO_DATA_CENTRES = ['com', 'eu', 'in', 'com.au', 'jp', 'ca', 'com.cn', 'sa'] as const;

export const zohoConfigSchema = oauthSourceSchema.extend({
  kind: z.literal('zoho-books'),
  // bankAccount (oauthSourceSchema): the bound bank account's Zoho account_id, or its account code.
  dataCentre: z.enum(ZOHO_DATA_CENTRES).default('com'),
  organizationId: z.string().regex(/^\d+$/, 'must be the Zoho Books organization_id (digits)'),
  perPage: z.number().int().min(1).max(200).default(200),
  /**
   * Each increment asks for documents modified after the last one seen less this: Zoho's times are whole seconds and
   * its filter is "modified after", so a change in the same second (or one its search sees late) is read again.
   */
  cursorOverlapSeconds: z.number().int().min(0).max(86_400).default(300),
  /**
   * Calls each pull may spend re-reading the period date window by date window (Zoho's lists omit deleted documents,
   * so this is how a deletion is seen). Two per window (invoices and bills); 0 turns the sweep off.
   */
  sweepCallsPerPull: z.number().int().min(0).max(1_000).default(6),
  /**
   * Calls each pull may spend re-reading the bank account's transactions on the dates of the postings bankfeed stores
   * outside the pull's period (LedgerPullQuery.openPostingsOutside: Zoho's lists omit a deleted transaction, and read
   * by date, a window of those dates at a time, the list says which the books still hold). The next pull goes on where
   * this one stopped; 0 reads none again.
   */
  outsideCallsPerPull: z.number().int().min(0).max(1_000).default(6),
  /**
   * The Zoho account each rule's account is posted to, by the rule's account as the rules write it ("Bank charges:
   * Transfer fees": "460000000000388"): a Zoho organisation knows its accounts by id. A charge on an account neither
   * mapped nor written as a Zoho account_id is refused before anything is imported into Zoho.
   */
  accounts: z.record(z.string().min(1), z.string().regex(/^\d+$/, 'must be a Zoho account_id (digits)')).default({}),
  /** Overridable for tests and proxies; default from the data centre. */
  apiUrl: z.string().url().optional(),
  tokenUrl: z.string().url().optional(),
});

export type ZohoConfig = z.infer<typeof zohoConfigSchema>;

export function zohoUrls(c: ZohoConfig): { api: string; token: string } {
  return {
    api: c.apiUrl ?? `https://www.zohoapis.${c.dataCentre}/books/v3`,
    token: c.tokenUrl ?? `https://accounts.zoho.${c.dataCentre}/oauth/v2/token`,
  };
}
