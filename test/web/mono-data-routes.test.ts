import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createIdentityActivities } from '../../activities/identity-activities.js';
import { MonoDirectPay, type MonoClient } from '../../adapters/mono/index.js';
import { setExpectedHolder } from '../../db/identity-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { databaseKinds } from '../support/databases.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, post, signIn } from './support/session.js';

const FULL_BVN = '22298765432';
const HOSTILE = '<script>alert("pay")</script> & "Co"';

// On SQLite, and on PostgreSQL when a server answers (as test/web/routes.test.ts).
const kinds = (await databaseKinds()).map((k) => k.name);
let sandbox: Sandbox;
let directPay: MonoDirectPay;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 18, timeScale: 10 });
  directPay = new MonoDirectPay({ baseUrl: sandbox.url, secretKey: sandbox.secretKey });
}, 60_000);

/** A customer invoice open in the books as an accounting system's pull stores it: a document, not a posting. */
const invoice = (id: string, date: string, minor: number, reference: string, party: string): LedgerEntry => ({
  id: `invoice:${id}`,
  date,
  amountMinor: minor,
  currency: 'NGN',
  reference,
  description: `Invoice ${reference}`,
  party,
  account: '1010',
  kind: 'document',
});

afterAll(async () => {
  await directPay?.close();
  await sandbox?.close();
});

describe.each(kinds)('account holder identity and DirectPay collection in the web app, on %s', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness({ directPay }, kind);
    // Stored through the same activity the feed uses after linking: Mono's full BVN in, the last four kept.
    const identity = createIdentityActivities({
      db: h.db.db,
      mono: {
        getIdentity: async () =>
          ({
            fullName: 'CHUKWUMA OBI <i>NWANKWO</i>',
            bvn: FULL_BVN,
            email: 'c***@example.com',
            phone: '0803***4567',
            gender: null,
            dob: null,
            addressLine1: null,
            addressLine2: null,
          }) as unknown as Awaited<ReturnType<MonoClient['getIdentity']>>,
      },
    });
    await identity.fetchIdentity({ accountId: h.accountId, requestedBy: 'test' });
    // The harness's books hold receipts (postings); its accounting system also holds two invoices still owed.
    await syncLedgerEntries(h.db.db, {
      sourceId: `books-${h.accountId}`,
      label: 'xero:090',
      entries: [
        invoice('2041', '2026-10-12', 12_500_000, 'INV-2041', 'Adebayo Stores Ltd'),
        invoice('2042', '2026-10-14', 8_000_000, 'INV-2042', 'Kano Traders'),
      ],
      documentIdPrefixes: ['invoice:'],
    });
  });
  afterEach(async () => {
    await h.close();
  });

  async function invoiceId(reference: string): Promise<number> {
    const row = await h.db.db
      .selectFrom('ledger_entries')
      .select(['id', 'status', 'kind'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'open', kind: 'document' });
    return Number(row.id);
  }

  it('shows the holder with the BVN masked to its last four, never the full one, and when it was fetched', async () => {
    const vera = await signIn(h.app, 'vera');
    const page = await get(h.app, vera, `/accounts/${h.accountId}/details`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('••••5432');
    expect(page.body).not.toContain(FULL_BVN);
    expect(page.body).not.toContain('987654');
    expect(page.body).toContain('c***@example.com');
    expect(page.body).toContain('0803***4567');
    expect(page.body).toContain('CHUKWUMA OBI &lt;i&gt;NWANKWO&lt;/i&gt;');
    expect(page.body).not.toContain('<i>NWANKWO</i>');
    expect(page.body).toMatch(/Fetched<\/th>\s*<td>\d{4}-\d{2}-\d{2} \d{2}:\d{2} Lagos time/);
    // The overview links to it.
    expect((await get(h.app, vera, '/')).body).toContain(`/accounts/${h.accountId}/details`);
  });

  it('warns in words when the holder does not resemble the expected company, and not when it does', async () => {
    const ada = await signIn(h.app, 'ada');
    expect(await setExpectedHolder(h.db.db, h.accountId, 'Zenith Lagos Logistics Ltd')).toBe(true);
    const differs = await get(h.app, ada, `/accounts/${h.accountId}/details`);
    expect(differs.body).toContain('does not resemble the company or person this account should belong to');
    expect(differs.body).toContain('check that this account is yours');
    await setExpectedHolder(h.db.db, h.accountId, 'Chukwuma Obi Nwankwo');
    const same = await get(h.app, ada, `/accounts/${h.accountId}/details`);
    expect(same.body).not.toContain('does not resemble');
    expect(same.body).toContain('Holder check:');
  });

  it('collects an open invoice by DirectPay on the sandbox: link shown, collection stored, customer escaped', async () => {
    const rita = await signIn(h.app, 'rita');
    const id = await invoiceId('INV-2042');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/details`);
    expect(page.body).toContain(`/accounts/${h.accountId}/invoices/${id}/collect`);
    expect(page.body).toContain('Collect by DirectPay');
    // Kano Traders' receipt SI-1002, recorded in the books, is not an invoice to collect.
    expect(page.body).not.toContain('SI-1002');
    const form = await get(h.app, rita, `/accounts/${h.accountId}/invoices/${id}/collect`);
    expect(form.body).toContain('value="80000.00"');
    const res = await post(h.app, rita, `/accounts/${h.accountId}/invoices/${id}/collect`, {
      amount: '80000.00',
      name: HOSTILE,
      email: 'payer@example.com',
    });
    expect(res.statusCode).toBe(200);
    const link = new RegExp(`${sandbox.url}/directpay/[A-Z0-9]{12}`).exec(res.body)?.[0];
    expect(link).toBeDefined();
    expect(res.body).toContain('&lt;script&gt;alert(&quot;pay&quot;)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('requested, awaiting payment');
    const rows = await h.db.db.selectFrom('collections').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]!.amount_minor)).toBe(8_000_000);
    expect(Number(rows[0]!.ledger_entry_id)).toBe(id);
    expect(rows[0]).toMatchObject({
      invoice_ref: 'INV-2042',
      customer_name: HOSTILE,
      account_id: h.accountId,
      requested_by: 'web:rita',
      status: 'pending',
      payment_link: link,
    });
    // Audited without the payment link (a capability URL).
    const audit = await h.db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'collection.request')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(link!);
    // The page now shows the collection's state; a second request is refused in words (it would charge twice).
    const after = await get(h.app, rita, `/accounts/${h.accountId}/details`);
    expect(after.body).toContain(`${rows[0]!.reference}: requested, awaiting payment`);
    expect(after.body).not.toContain(link!);
    const twice = await post(
      h.app,
      rita,
      `/accounts/${h.accountId}/invoices/${id}/collect`,
      { amount: '80000.00', name: 'Kano Traders', email: 'payer@example.com' },
      false,
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.body).toContain('a second one would charge twice');
  });

  it('refuses a viewer (403), a missing CSRF token (403), and bad input in words', async () => {
    const id = await invoiceId('INV-2041');
    const url = `/accounts/${h.accountId}/invoices/${id}/collect`;
    const payload = { amount: '125000.00', name: 'Adebayo Stores', email: 'a@example.com' };
    const vera = await signIn(h.app, 'vera');
    const viewer = await post(h.app, vera, url, payload, false);
    expect(viewer.statusCode).toBe(403);
    expect((await get(h.app, vera, url)).statusCode).toBe(403);
    expect((await get(h.app, vera, `/accounts/${h.accountId}/details`)).body).not.toContain('Collect by DirectPay');
    const rita = await signIn(h.app, 'rita');
    const noCsrf = await h.app.inject({ method: 'POST', url, headers: { cookie: rita.cookie }, payload });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.body).toContain('Not saved');
    const bad = await post(h.app, rita, url, { ...payload, amount: 'lots', email: 'nope' }, false);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('a valid email is required');
    const small = await post(h.app, rita, url, { ...payload, amount: '10.00' }, false);
    expect(small.statusCode).toBe(409);
    expect(small.body).toContain('at least NGN 200.00');
    const notInvoice = await post(h.app, rita, `/accounts/${h.accountId}/invoices/999999/collect`, payload, false);
    expect(notInvoice.statusCode).toBe(404);
    expect(await h.db.db.selectFrom('collections').selectAll().execute()).toHaveLength(0);
  });
});
