import { MemoryTokenStore } from '../../../adapters/ledger/oauth/token-store.js';
import { QuickBooksAdapter } from '../../../adapters/ledger/quickbooks/qbo-adapter.js';
import { qboConfigSchema } from '../../../adapters/ledger/quickbooks/qbo-config.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { XeroAdapter } from '../../../adapters/ledger/xero/xero-adapter.js';
import { xeroConfigSchema } from '../../../adapters/ledger/xero/xero-config.js';
import { ZohoBooksAdapter } from '../../../adapters/ledger/zoho/zoho-adapter.js';
import { zohoConfigSchema } from '../../../adapters/ledger/zoho/zoho-config.js';
import { QBO_CLIENT, QBO_REALM, startQboFakeWithInvoices } from './qbo-fake.js';
import { startXeroFakeWithInvoices, XERO_CLIENT } from './xero-fake.js';
import { startZohoFakeWithInvoices, ZOHO_CLIENT, ZOHO_ORG } from './zoho-fake.js';

export type SaasKind = 'xero' | 'quickbooks-online' | 'zoho-books';

export interface SaasBenchTarget {
  kind: SaasKind;
  /** An adapter wired to the running fake (tokens in memory, credentials passed directly, no contract checks). */
  adapter: LedgerAdapter;
  /** A period that holds every invoice the fake made. */
  period: { from: string; to: string };
  /** How many invoices the fake holds open (what a full pull must return, besides its few other documents). */
  openInvoices: number;
  close(): Promise<void>;
}

/**
 * Starts the local fake of one SaaS ledger holding `openInvoices` open invoices and returns an adapter for it, for
 * `npm run bench:ledgers` (pull throughput and memory). The fakes serve from memory on loopback.
 */
export async function startSaasBenchTarget(kind: SaasKind, openInvoices: number): Promise<SaasBenchTarget> {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  const env = { BENCH_ID: '', BENCH_SECRET: '', BENCH_RT: '' };
  const credentials = {
    clientIdEnv: 'BENCH_ID',
    clientSecretEnv: 'BENCH_SECRET',
    refreshTokenEnv: 'BENCH_RT',
    tokenFile: 'unused',
  };
  if (kind === 'xero') {
    const { fake, url, refreshToken } = await startXeroFakeWithInvoices(openInvoices);
    Object.assign(env, { BENCH_ID: XERO_CLIENT.id, BENCH_SECRET: XERO_CLIENT.secret, BENCH_RT: refreshToken });
    const config = xeroConfigSchema.parse({
      id: 'bench',
      kind: 'xero',
      ...credentials,
      bankAccount: '090',
      apiUrl: fake.apiUrl,
      connectionsUrl: `${url}/connections`,
      tokenUrl: `${url}/connect/token`,
      pageSize: 1000,
      include: { creditNotes: false, bankTransactions: false },
    });
    return {
      kind,
      adapter: new XeroAdapter(config, { store: new MemoryTokenStore(), env }),
      period,
      openInvoices,
      close: () => fake.close(),
    };
  }
  if (kind === 'zoho-books') {
    const { fake, url, refreshToken } = await startZohoFakeWithInvoices(openInvoices);
    Object.assign(env, { BENCH_ID: ZOHO_CLIENT.id, BENCH_SECRET: ZOHO_CLIENT.secret, BENCH_RT: refreshToken });
    const config = zohoConfigSchema.parse({
      id: 'bench',
      kind: 'zoho-books',
      ...credentials,
      organizationId: ZOHO_ORG,
      bankAccount: '1010',
      apiUrl: fake.apiUrl,
      tokenUrl: `${url}/oauth/v2/token`,
      perPage: 200,
    });
    return {
      kind,
      adapter: new ZohoBooksAdapter(config, { store: new MemoryTokenStore(), env }),
      period,
      openInvoices,
      close: () => fake.close(),
    };
  }
  const { fake, url, refreshToken } = await startQboFakeWithInvoices(openInvoices);
  Object.assign(env, { BENCH_ID: QBO_CLIENT.id, BENCH_SECRET: QBO_CLIENT.secret, BENCH_RT: refreshToken });
  const config = qboConfigSchema.parse({
    id: 'bench',
    kind: 'quickbooks-online',
    ...credentials,
    realmId: QBO_REALM,
    bankAccount: 'GTBank Current',
    apiUrl: url,
    tokenUrl: `${url}/oauth2/v1/tokens/bearer`,
    pageSize: 1000,
  });
  return {
    kind,
    adapter: new QuickBooksAdapter(config, { store: new MemoryTokenStore(), env }),
    period,
    openInvoices,
    close: () => fake.close(),
  };
}
