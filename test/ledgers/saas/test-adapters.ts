import type { Kysely } from 'kysely';
import { QuickBooksAdapter, quickBooksLedgerAdapter } from '../../../adapters/ledger/quickbooks/qbo-adapter.js';
import { qboConfigSchema } from '../../../adapters/ledger/quickbooks/qbo-config.js';
import type { LedgerAdapter } from '../../../adapters/ledger/types.js';
import { XeroAdapter, xeroLedgerAdapter } from '../../../adapters/ledger/xero/xero-adapter.js';
import { xeroConfigSchema } from '../../../adapters/ledger/xero/xero-config.js';
import { ZohoBooksAdapter, zohoBooksLedgerAdapter } from '../../../adapters/ledger/zoho/zoho-adapter.js';
import { zohoConfigSchema } from '../../../adapters/ledger/zoho/zoho-config.js';
import { listOpenPostingsOutside, syncLedgerEntries } from '../../../db/ledger-sync-repository.js';
import type { Database } from '../../../db/schema.js';
import { QBO_REALM, type QboFake } from './qbo-fake.js';
import type { XeroFake } from './xero-fake.js';
import { ZOHO_ORG, type ZohoFake } from './zoho-fake.js';

type Extra = Record<string, unknown>;
const RETRY = { baseDelayMs: 5, maxAttempts: 4 };

/** A Xero source on the fake, as a ledger configuration would name it (client env T_XERO_*, bank account 090). */
export function xeroTestConfig(fake: XeroFake, extra: Extra = {}) {
  return xeroConfigSchema.parse({
    id: 'books',
    kind: 'xero',
    clientIdEnv: 'T_XERO_ID',
    clientSecretEnv: 'T_XERO_SECRET',
    refreshTokenEnv: 'T_XERO_RT',
    tokenFile: 'tokens/xero.enc',
    bankAccount: '090',
    apiUrl: fake.apiUrl,
    connectionsUrl: `${fake.http.url}/connections`,
    tokenUrl: `${fake.http.url}/connect/token`,
    retry: { ...RETRY, maxRetryAfterMs: 5_000 },
    minuteWindowMs: 50,
    ...extra,
  });
}

export function xeroTestAdapter(fake: XeroFake, baseDir: string, extra: Extra = {}): XeroAdapter {
  return xeroLedgerAdapter.create(xeroTestConfig(fake, extra), { baseDir }) as XeroAdapter;
}

/** A QuickBooks Online source on the fake (client env T_QBO_*, bank account "GTBank Current"). */
export function qboTestAdapter(fake: QboFake, baseDir: string, extra: Extra = {}): QuickBooksAdapter {
  const config = qboConfigSchema.parse({
    id: 'qb',
    kind: 'quickbooks-online',
    clientIdEnv: 'T_QBO_ID',
    clientSecretEnv: 'T_QBO_SECRET',
    refreshTokenEnv: 'T_QBO_RT',
    tokenFile: 'qbo.enc',
    realmId: QBO_REALM,
    bankAccount: 'GTBank Current',
    apiUrl: fake.http.url,
    tokenUrl: `${fake.http.url}/oauth2/v1/tokens/bearer`,
    retry: RETRY,
    ...extra,
  });
  return quickBooksLedgerAdapter.create(config, { baseDir }) as QuickBooksAdapter;
}

/** A Zoho Books source on the fake (client env T_ZOHO_*, bank account 1010). */
export function zohoTestAdapter(fake: ZohoFake, baseDir: string, extra: Extra = {}): ZohoBooksAdapter {
  const config = zohoConfigSchema.parse({
    id: 'zb',
    kind: 'zoho-books',
    clientIdEnv: 'T_ZOHO_ID',
    clientSecretEnv: 'T_ZOHO_SECRET',
    refreshTokenEnv: 'T_ZOHO_RT',
    tokenFile: 'zoho.enc',
    organizationId: ZOHO_ORG,
    bankAccount: '1010',
    apiUrl: fake.apiUrl,
    tokenUrl: `${fake.http.url}/oauth/v2/token`,
    retry: RETRY,
    ...extra,
  });
  return zohoBooksLedgerAdapter.create(config, { baseDir }) as ZohoBooksAdapter;
}

/**
 * One pull applied to the store as the reconcile activity does it (pullOpenEntries with the stored cursor and the
 * open postings stored outside the period, then syncLedgerEntries); returns the cursor to hand to the next pull.
 */
export async function pullInto(
  db: Kysely<Database>,
  a: LedgerAdapter,
  q: { sourceId: string; ledgerAccount: string; period: { from: string; to: string }; cursor: string | null },
): Promise<string | null> {
  const outside = await listOpenPostingsOutside(db, q.sourceId, q.period);
  const r = await a.pullOpenEntries({
    ledgerAccount: q.ledgerAccount,
    period: q.period,
    cursor: q.cursor,
    openPostingsOutside: outside.map((p) => p.id),
    openPostingDates: Object.fromEntries(outside.map((p) => [p.id, p.date])),
  });
  await syncLedgerEntries(db, {
    sourceId: q.sourceId,
    label: `${a.kind}:${q.ledgerAccount}`,
    entries: r.entries,
    closed: r.closed,
    complete: r.complete ?? null,
    ...(r.documentIdPrefixes ? { documentIdPrefixes: r.documentIdPrefixes } : {}),
  });
  return r.cursor ?? null;
}
