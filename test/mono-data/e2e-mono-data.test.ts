import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient, MonoDirectPay, MonoStatementJobs } from '../../adapters/mono/index.js';
import { parseLedgerConfig } from '../../adapters/ledger/config.js';
import { createCollectionActivities } from '../../activities/collection-activities.js';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import { createIncomeActivities } from '../../activities/income-activities.js';
import { createReconciliationService } from '../../activities/reconciliation-service.js';
import { createStatementActivities } from '../../activities/statement-activities.js';
import { collectionByReference } from '../../db/collection-repository.js';
import { statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import { collectionHandlers } from '../../worker/collection-events.js';
import { createLogger } from '../../worker/logger.js';
import { startMonoDataProcessor, type MonoDataProcessor } from '../../worker/mono-data-events.js';
import { monoDataHandlers } from '../../worker/mono-data-process.js';
import { saasTestEnv } from '../ledgers/saas/saas-env.js';
import { XERO_CLIENT, XeroFake } from '../ledgers/saas/xero-fake.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';

/**
 * Issue 18 end to end on the sandbox, through the real worker (Temporal feed, webhook receiver and outbox) and the
 * Mono-data process: link → identity stored and masked → income requested, webhook received, shown → statement PDF
 * fetched → an invoice of the books (an accounting system's: Xero, on its fake) collected by DirectPay, paid, settled
 * in the feed, auto-matched with its fee written off, and the collections report showing it reconciled.
 */
const ACCOUNT = '6600000000000000000e0018';
const INVOICE = 'INV-2026-7001';
const AMOUNT = 185_000_00;
let h: FeedHarness;
let mono: MonoClient;
let directPay: MonoDirectPay;
let jobs: MonoStatementJobs;
let processor: MonoDataProcessor;
let xero: XeroFake;
let env: ReturnType<typeof saasTestEnv>;

/** Xero's /Date(ms+0000)/ of a day. */
const xeroDate = (day: string): string => `/Date(${Date.parse(`${day}T00:00:00Z`)}+0000)/`;

beforeAll(async () => {
  // The books: Xero, its sample documents cleared, holding one open customer invoice (a document; a general ledger's
  // receipt would be money received, not an invoice to collect).
  xero = new XeroFake();
  xero.invoices.length = 0;
  xero.creditNotes.length = 0;
  xero.bankTransactions.length = 0;
  xero.payments.length = 0;
  await xero.start();
  env = saasTestEnv({ T_XERO_ID: XERO_CLIENT.id, T_XERO_SECRET: XERO_CLIENT.secret, T_XERO_RT: xero.oauth.consent() });
  const config = parseLedgerConfig(
    JSON.stringify({
      sources: [
        {
          id: 'books',
          kind: 'xero',
          clientIdEnv: 'T_XERO_ID',
          clientSecretEnv: 'T_XERO_SECRET',
          refreshTokenEnv: 'T_XERO_RT',
          tokenFile: 'xero.enc',
          bankAccount: '090',
          apiUrl: xero.apiUrl,
          connectionsUrl: `${xero.http.url}/connections`,
          tokenUrl: `${xero.http.url}/connect/token`,
          retry: { baseDelayMs: 5, maxAttempts: 4 },
          minuteWindowMs: 50,
        },
      ],
      bindings: [{ accountId: ACCOUNT, sourceId: 'books', ledgerAccount: '090' }],
    }),
    'e2e ledger config',
  );
  h = await startFeedHarness({
    sandbox: { seed: 1818 },
    ledger: { config, baseDir: env.dir },
    feedConfig: { reconcileAfterSync: true },
  });
  // Issued three days ago to Temi Okonjo Stores, nothing paid (Xero states amounts in naira, as numbers).
  const issued = new Date(h.sandbox.now().getTime() - 3 * 86_400_000).toISOString().slice(0, 10);
  xero.invoices.push({
    Type: 'ACCREC',
    InvoiceID: '7e000000-0000-4000-8000-000000007001',
    InvoiceNumber: INVOICE,
    Reference: '',
    Contact: { ContactID: '7e000000-0000-4000-8000-0000000000c1', Name: 'Temi Okonjo Stores' },
    Date: xeroDate(issued),
    DueDate: xeroDate(issued),
    Status: 'AUTHORISED',
    LineAmountTypes: 'NoTax',
    SubTotal: 185_000,
    TotalTax: 0,
    Total: 185_000,
    AmountDue: 185_000,
    AmountPaid: 0,
    CurrencyCode: 'NGN',
    UpdatedDateUTC: xeroDate(issued),
  });
  mono = new MonoClient({ baseUrl: h.sandbox.url, secretKey: h.sandbox.secretKey, timeoutMs: 10_000 });
  directPay = new MonoDirectPay({ baseUrl: h.sandbox.url, secretKey: h.sandbox.secretKey, timeoutMs: 10_000 });
  jobs = new MonoStatementJobs({ baseUrl: h.sandbox.url, secretKey: h.sandbox.secretKey, timeoutMs: 10_000 });
  const logger = createLogger({ silent: true });
  processor = startMonoDataProcessor({
    db: h.db.db,
    logger,
    pollMs: 100,
    handlers: monoDataHandlers({
      db: h.db.db,
      mono,
      logger,
      extra: collectionHandlers({ db: h.db.db, mono, logger, directPay }),
    }),
  });
}, 120_000);

afterAll(async () => {
  await processor?.stop();
  await mono?.close();
  await directPay?.close();
  await jobs?.close();
  await h?.close();
  await xero?.close();
  env?.cleanup();
});

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('Mono beyond transactions, end to end', () => {
  let bvn = '';

  it('links the account; its identity is stored with the BVN masked', async () => {
    await h.sandbox.linkAccount({
      id: ACCOUNT,
      institution: 'GTBank',
      kind: 'business',
      historyDays: 20,
      txnsPerDay: 4,
    });
    await h.startFeed(ACCOUNT);
    await h.waitFor(ACCOUNT, (s) => s.backfilled && !!s.lastReconciliation, 120_000);
    const identity = createIdentityActivities({ db: h.db.db, mono });
    const view = await until('identity', async () => {
      const v = await identity.showIdentity({ accountId: ACCOUNT });
      return v.identity ? v : null;
    });
    bvn = (await mono.getIdentity(ACCOUNT)).bvn!;
    expect(view.identity!.bvn_last4).toBe(bvn.slice(-4));
    expect(view.identity!.full_name).toBe(view.accountName);
  }, 180_000);

  it('requests income; the account_income webhook is recorded and shown', async () => {
    const income = createIncomeActivities({ db: h.db.db, mono });
    const asked = await income.requestIncome({ accountId: ACCOUNT, requestedBy: 'cli:e2e', periodMonths: 1 });
    const report = await until('income report', async () =>
      (await income.incomeReports({ accountId: ACCOUNT })).find((r) => r.id === asked && r.status === 'received'),
    );
    expect(report.source).toBe('webhook');
    expect(report.currency).toBe('NGN');
    expect(report.rounding).toMatch(/ROUND_HALF_UP/);
  }, 60_000);

  it('fetches the statement PDF', async () => {
    const statements = createStatementActivities({ db: h.db.db, mono, jobs, dataDir: h.dir });
    const path = await statements.fetchPdfStatement({ accountId: ACCOUNT, months: 1, requestedBy: 'e2e', pollMs: 200 });
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 60_000);

  it('collects an invoice by DirectPay; the settlement is auto-matched with its fee written off and reported reconciled', async () => {
    const fees = 'Bank charges:DirectPay fees';
    const control = await fetch(`${h.sandbox.url}/__sandbox/directpay`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'mono-sec-key': h.sandbox.secretKey },
      body: JSON.stringify({ settlementAccount: ACCOUNT, settlementDelayMs: 2_000, duplicateWebhooks: 1 }),
    });
    expect(control.status).toBe(200);
    const collections = createCollectionActivities({ db: h.db.db, directPay });
    const r = await collections.initiateCollection({
      invoiceRef: INVOICE,
      amountMinor: AMOUNT,
      currency: 'NGN',
      customer: { name: 'Temi Okonjo Stores', email: 'accounts@temi.example' },
      accountId: ACCOUNT,
      requestedBy: 'cli:e2e',
    });
    expect(r.warnings).toEqual([]);
    const entry = await h.db.db
      .selectFrom('ledger_entries')
      .select(['kind', 'reference'])
      .where('id', '=', Number(r.collection.ledger_entry_id))
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ kind: 'document', reference: INVOICE });
    const paid = await fetch(r.paymentLink, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=pay',
    });
    expect(paid.status).toBe(200);
    const c = await until('verified payment', async () => {
      const x = await collectionByReference(h.db.db, r.collection.reference);
      return x?.status === 'successful' ? x : null;
    });
    const fee = Number(c.fee_minor);
    expect(fee).toBe(100_000); // 1% capped at NGN 1,000 in the sandbox
    // The settlement credit lands later in the payee's transactions, naming only Mono's payment id.
    const credit = await until('settlement credit', async () =>
      h.sandbox.truth(ACCOUNT).find((t) => t.narration.includes(c.mono_payment_id!.toUpperCase())),
    );
    expect(credit.amount).toBe(AMOUNT - fee);
    expect(credit.narration).not.toContain('7001');
    const handle = h.client.workflow.getHandle(`account-feed:${ACCOUNT}`);
    const before = (await handle.query(statusQuery)).lastReconciliation?.runId ?? 0;
    expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'settlement' }] })).status).toBe('succeeded');
    await h.waitFor(ACCOUNT, (s) => (s.lastReconciliation?.runId ?? 0) > before, 60_000);
    const stored = await h.db.db
      .selectFrom('bank_transactions')
      .select('id')
      .where('provider_txn_id', '=', credit.id)
      .executeTakeFirstOrThrow();
    const groups = await createReconciliationService({ db: h.db.db }).listGroups(ACCOUNT, {
      bankId: Number(stored.id),
      status: ['auto'],
    });
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.kind).toBe('reference');
    expect(g.ledgerIds).toEqual([Number(c.ledger_entry_id)]);
    expect(g.writeOff).toEqual({ account: fees, amountMinor: fee });
    expect(JSON.stringify(g.evidence)).toContain(INVOICE);

    const report = await collections.collectionReport({ accountId: ACCOUNT });
    expect(report.counts.reconciled).toBe(1);
    expect(report.rows[0]).toMatchObject({ invoiceRef: INVOICE, stage: 'reconciled', matchStatus: 'auto', flag: null });
  }, 120_000);

  it('keeps the full BVN out of the database', () => {
    expect(bvn).toMatch(/^\d{11}$/);
    const files = ['bankfeed.db', 'bankfeed.db-wal'].map((f) => join(h.dir, f)).filter(existsSync);
    for (const f of files) expect(readFileSync(f).includes(Buffer.from(bvn))).toBe(false);
  });
});
