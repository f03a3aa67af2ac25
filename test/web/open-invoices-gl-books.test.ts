/**
 * The account page's "Open invoices" (session 35's walk). It listed every positive open entry of the bound books with a
 * reference. When the books are a general-ledger export, those are the bank's GL lines: receipts the books hold
 * already (deposits in transit), not invoices anyone owes, and "Collect by DirectPay" on one would ask a customer to
 * pay money already received. Invoices are documents, which accounting systems keep (Xero, QuickBooks Online, Zoho
 * Books, Tryton): only they are listed and collected; books of postings only say so in words.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLedgerAdapter } from '../../adapters/ledger/index.js';
import type { MonoDirectPay } from '../../adapters/mono/index.js';
import { CollectionError, createCollectionActivities } from '../../activities/collection-activities.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { resolveRunningSettings } from '../../worker/running-settings.js';
import { loadSettings } from '../../worker/settings.js';
import { pullInto } from '../ledgers/saas/test-adapters.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, post, signIn } from './support/session.js';

// The books of the second account: a general ledger exported from the accounting system, the bank's GL account 1010
// among the others. Temi Okonjo Stores paid INV-2026-0042 on 2 November and the receipt is recorded.
const GL = [
  'Date,Journal ID,Account Code,Account Name,Description,Reference,Debit,Credit',
  '02/11/2026,RCPT-118,1010,Bank - GTBank,Receipt INV-2026-0042 - Temi Okonjo Stores,INV-2026-0042,185000.00,',
  '02/11/2026,RCPT-118,1200,Trade debtors,Receipt INV-2026-0042 - Temi Okonjo Stores,INV-2026-0042,,185000.00',
  '04/11/2026,PAY-311,1010,Bank - GTBank,Payment BILL-0311 - Garki Office Supplies,BILL-0311,,45000.00',
  '04/11/2026,PAY-311,2100,Trade creditors,Payment BILL-0311 - Garki Office Supplies,BILL-0311,45000.00,',
  '06/11/2026,RCPT-119,1010,Bank - GTBank,Cash sales Lekki,CS-1106,30000.00,',
  '06/11/2026,RCPT-119,4000,Sales,Cash sales Lekki,CS-1106,,30000.00',
].join('\n');

// The first account's books as Xero's pull stores them: invoices and bills (documents) beside the harness's receipts.
const doc = (id: string, date: string, minor: number, reference: string, party: string): LedgerEntry => ({
  id,
  date,
  amountMinor: minor,
  currency: 'NGN',
  reference,
  description: `${minor > 0 ? 'Invoice' : 'Bill'} ${reference}`,
  party,
  account: '1010',
  kind: 'document',
});
const OPEN_INVOICE = doc('invoice:0041', '2026-10-20', 12_500_000, 'INV-0041', 'Ikeja Pharmacy Ltd');
const PAID_INVOICE = doc('invoice:0039', '2026-10-10', 6_000_000, 'INV-0039', 'Surulere Bakery');
const OPEN_BILL = doc('invoice:0311', '2026-10-21', -4_500_000, 'BILL-0311', 'Garki Office Supplies');

let h: Harness;
let dir: string;
let mono: { initiated: number };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-open-invoices-'));
  writeFileSync(join(dir, 'gl.csv'), `${GL}\n`);
  const sources = [
    { id: 'gl-books', kind: 'csv', path: 'gl.csv', currency: 'NGN', preset: 'general-ledger', dateOrder: 'DMY' },
    { id: 'books-acc-main', kind: 'xero' },
  ];
  const running = resolveRunningSettings(loadSettings({ BANKFEED_DATA_DIR: dir }), { config: { sources } });
  mono = { initiated: 0 };
  const directPay: Pick<MonoDirectPay, 'initiate' | 'verify'> = {
    initiate: () => {
      mono.initiated++;
      return Promise.reject(new Error('this test expects no request to reach Mono'));
    },
    verify: () => Promise.reject(new Error('unused')),
  };
  h = await createHarness({
    directPay,
    ledgerSources: running.ledgerSources,
    ledgerSourceKinds: running.ledgerSourceKinds,
  });
  // The second account's books are the GL file, pulled as a run pulls it.
  await pullInto(h.db.db, createLedgerAdapter(sources[0]!, { baseDir: dir }), {
    sourceId: 'gl-books',
    ledgerAccount: '1010',
    period: { from: '2026-10-01', to: '2026-11-30' },
    cursor: null,
  });
  await h.db.db
    .updateTable('accounts')
    .set({ ledger_binding: JSON.stringify({ sourceId: 'gl-books', ledgerAccount: '1010', writeBack: false }) })
    .where('id', '=', h.otherAccountId)
    .execute();
});

afterEach(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The "Open invoices" section of the account page, as text. */
function invoicesSection(body: string): string {
  const at = body.indexOf('<h2>Open invoices</h2>');
  expect(at).toBeGreaterThan(-1);
  return pageText(body.slice(at));
}

async function entryId(sourceId: string, reference: string, account: string): Promise<number> {
  const row = await h.db.db
    .selectFrom('ledger_entries')
    .select('id')
    .where('source_id', '=', sourceId)
    .where('reference', '=', reference)
    .where('ledger_account', '=', account)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

function collect(invoiceRef: string, amountMinor: number) {
  return createCollectionActivities({
    db: h.db.db,
    directPay: {
      initiate: () => Promise.reject(new Error('this test expects no request to reach Mono')),
      verify: () => Promise.reject(new Error('unused')),
    },
  }).initiateCollection({
    invoiceRef,
    amountMinor,
    currency: 'NGN',
    customer: { name: 'Temi Okonjo Stores', email: 'accounts@temi.example' },
    requestedBy: 'test',
  });
}

it("does not offer a general ledger's receipts as open invoices: it says the books hold postings, not invoices", async () => {
  const rita = await signIn(h.app, 'rita');
  const page = await get(h.app, rita, `/accounts/${h.otherAccountId}/details`);
  expect(page.statusCode).toBe(200);
  expect(page.body).not.toContain('Collect by DirectPay');
  expect(page.body).not.toContain(`/accounts/${h.otherAccountId}/invoices/`);
  const section = invoicesSection(page.body);
  expect(section).not.toContain('INV-2026-0042');
  expect(section).not.toContain('CS-1106');
  expect(section).not.toContain('No open invoice');
  expect(section).toContain(
    "These books are a general-ledger export of the bank account's postings: a receipt in them is money already received, not an invoice a customer still owes.",
  );
  expect(section).toContain(
    'DirectPay collects open invoices from books that hold them: Xero, QuickBooks Online, Zoho Books or Tryton',
  );
});

it('refuses to collect a receipt by the web form or the collect service, in words, and asks Mono nothing', async () => {
  const receipt = await entryId('gl-books', 'INV-2026-0042', '1010');
  const url = `/accounts/${h.otherAccountId}/invoices/${receipt}/collect`;
  const rita = await signIn(h.app, 'rita');
  const form = await get(h.app, rita, url);
  expect(form.statusCode).toBe(409);
  expect(pageText(form.body)).toContain(
    'INV-2026-0042 is not an open invoice: the books hold it as a receipt already recorded on the bank account (2026-11-02, ₦185,000.00)',
  );
  const posted = await post(
    h.app,
    rita,
    url,
    { amount: '185000.00', name: 'Temi Okonjo Stores', email: 'accounts@temi.example' },
    false,
  );
  expect(posted.statusCode).toBe(409);
  expect(pageText(posted.body)).toContain('Collecting it would ask the customer to pay money already received');

  // `bankfeed collect INV-2026-0042` calls this service: refused before Mono is asked (the CLI exits 3 with it).
  const refused = await collect('INV-2026-0042', 18_500_000).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(CollectionError);
  expect((refused as Error).message).toMatch(
    /^INV-2026-0042 is not an open invoice: the books hold it as a receipt already recorded on the bank account/,
  );
  expect(mono.initiated).toBe(0);
  expect(await h.db.db.selectFrom('collections').selectAll().execute()).toHaveLength(0);
});

it("lists an accounting system's open invoices only: not its receipts, its bills or a paid invoice", async () => {
  const rita = await signIn(h.app, 'rita');
  // Xero bound, nothing pulled from it yet: no invoice to list, and the books are not called postings.
  const before = invoicesSection((await get(h.app, rita, `/accounts/${h.accountId}/details`)).body);
  expect(before).not.toContain('SI-1001');
  expect(before).toContain('No open invoice (money owed to us) in the books.');
  expect(before).not.toContain('general-ledger export');

  await syncLedgerEntries(h.db.db, {
    sourceId: 'books-acc-main',
    label: 'xero:090',
    entries: [OPEN_INVOICE, PAID_INVOICE, OPEN_BILL],
    documentIdPrefixes: ['invoice:'],
  });
  await syncLedgerEntries(h.db.db, {
    sourceId: 'books-acc-main',
    label: 'xero:090',
    entries: [],
    closed: [{ id: PAID_INVOICE.id, reason: 'paid' }],
    documentIdPrefixes: ['invoice:'],
  });
  const page = await get(h.app, rita, `/accounts/${h.accountId}/details`);
  const invoice = await entryId('books-acc-main', 'INV-0041', '1010');
  expect(page.body).toContain(`/accounts/${h.accountId}/invoices/${invoice}/collect`);
  const section = invoicesSection(page.body);
  expect(section).toContain('INV-0041');
  expect(section).toContain('Ikeja Pharmacy Ltd');
  for (const absent of ['SI-1001', 'SI-1002', 'CS-1', 'BILL-0311', 'INV-0039']) expect(section).not.toContain(absent);

  // A receipt of these books (SI-1002, a posting), a bill and a paid invoice are refused by the form and the service.
  const receipt = await entryId('books-acc-main', 'SI-1002', '1010');
  const form = await get(h.app, rita, `/accounts/${h.accountId}/invoices/${receipt}/collect`);
  expect(form.statusCode).toBe(409);
  expect(pageText(form.body)).toContain(
    'SI-1002 is not an open invoice: the books hold it as a receipt already recorded',
  );
  const bill = await entryId('books-acc-main', 'BILL-0311', '1010');
  const billForm = await get(h.app, rita, `/accounts/${h.accountId}/invoices/${bill}/collect`);
  expect(billForm.statusCode).toBe(409);
  expect(pageText(billForm.body)).toContain(
    'BILL-0311 is not a sales invoice: the books hold it as a bill or credit note',
  );
  // by number, a bill is no refusal (a supplier files it under its own number, which may be ours too): the request goes
  // to Mono with a note (review-s35)
  await expect(collect('BILL-0311', 4_500_000)).rejects.toThrow(/expects no request to reach Mono/);
  await expect(collect('inv-0039', 6_000_000)).rejects.toThrow(
    /^inv-0039 is not an open invoice: the books show it paid/,
  );
  expect(mono.initiated).toBe(0);
});
