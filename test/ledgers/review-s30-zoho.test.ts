import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ZohoBooksAdapter } from '../../adapters/ledger/zoho/zoho-adapter.js';
import { listOpenLedgerEntries } from '../../db/ledger-repository.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { saasTestEnv } from './saas/saas-env.js';
import { pullInto as pullIntoStore, zohoTestAdapter } from './saas/test-adapters.js';
import { ZOHO_CLIENT, ZohoFake } from './saas/zoho-fake.js';

/**
 * review-s30: Zoho Books pulls that leave closed book entries open. Each pull is applied to the store as the
 * reconcile activity does (activities/reconcile-activities.ts pullLedger: pullOpenEntries with the stored cursor,
 * then syncLedgerEntries).
 */

const YEAR = { from: '2026-01-01', to: '2026-12-31' };
let fake: ZohoFake;
let env: ReturnType<typeof saasTestEnv>;
let h: TestDb;

function adapter(extra: Record<string, unknown> = {}): ZohoBooksAdapter {
  return zohoTestAdapter(fake, env.dir, extra);
}

const pullInto = (a: ZohoBooksAdapter, cursor: string | null, period = YEAR) =>
  pullIntoStore(h.db, a, { sourceId: 'zb', ledgerAccount: '1010', period, cursor });

async function storedOpen(): Promise<Set<string>> {
  const rows = await listOpenLedgerEntries(h.db, 'zb', { from: '2000-01-01', to: '2099-12-31' });
  return new Set(rows.map((e) => e.id));
}

beforeEach(async () => {
  fake = new ZohoFake({ openInvoices: 5, openBills: 3 });
  await fake.start();
  env = saasTestEnv({ T_ZOHO_ID: ZOHO_CLIENT.id, T_ZOHO_SECRET: ZOHO_CLIENT.secret, T_ZOHO_RT: fake.oauth.consent() });
  h = await openSqliteTestDb();
});

afterEach(async () => {
  await h?.dispose();
  await fake?.close();
  env?.cleanup();
});

describe('review-s30: Zoho Books pulls follow the books', () => {
  it('an invoice or bill deleted in Zoho after the first pull is no longer open in the store', async () => {
    // Seen: the first pull (no cursor) stores invoice:<id>:<customer> and bill:<id>:<vendor> open. Both are then
    // deleted in Zoho Books (Zoho deletes outright: the document no longer appears in GET /invoices or /bills with
    // any filter). Every later pull has a cursor, so it is incremental: it lists only documents modified since,
    // returns `closed` for those no longer open, and never `complete`. Nothing names the deleted ones, so they stay
    // open in the store forever (only the very first pull is complete): a deleted invoice is an outstanding book
    // entry on every statement and a candidate for bank lines.
    // Where: adapters/ledger/zoho/zoho-adapter.ts pullOpenEntries: `full` is true only when both cursors are null;
    // an incremental pull has no way to see a deletion and nothing ever reads the open set in full again.
    const a = adapter();
    const inv = fake.invoices[1]!;
    const bill = fake.bills[0]!;
    const invId = `invoice:${inv.invoice_id}:${inv.customer_id}`;
    const billId = `bill:${bill.bill_id}:${bill.vendor_id}`;
    const c1 = await pullInto(a, null);
    const before = await storedOpen();
    expect([before.has(invId), before.has(billId)]).toEqual([true, true]);

    fake.invoices.splice(fake.invoices.indexOf(inv), 1);
    fake.bills.splice(fake.bills.indexOf(bill), 1);
    await pullInto(a, c1);

    const open = await storedOpen();
    expect(open.has(invId)).toBe(false);
    expect(open.has(billId)).toBe(false);
  });

  it('an invoice paid in the same second as the newest change the last pull saw is closed by the next pull', async () => {
    // Seen: Zoho's last_modified_time has whole seconds and the list filter is "modified after" that time (the
    // invoices document: "Search invoices modified after a specific time"). The pull of 10:00:00.2 sees invoice A
    // modified at 2026-11-20T10:00:00+0000 and saves that as the cursor. Invoice B is paid at 10:00:00.7, stamped
    // 2026-11-20T10:00:00+0000 too. The next pull asks for last_modified_time=2026-11-20T10:00:00+0000, which B is
    // not after, so B's payment is never read and B stays open in the store at its full balance.
    // Where: adapters/ledger/zoho/zoho-adapter.ts pullOpenEntries: next.invoices / next.bills is the newest
    // last_modified_time seen, sent back as is with no overlap (the Tryton pull keeps one, cursorOverlapSeconds).
    const a = adapter();
    const [first, second] = fake.invoices;
    first!.last_modified_time = '2026-11-20T10:00:00+0000';
    const c1 = await pullInto(a, null);
    const secondId = `invoice:${second!.invoice_id}:${second!.customer_id}`;
    expect((await storedOpen()).has(secondId)).toBe(true);

    Object.assign(second!, { status: 'paid', balance: '0.00', last_modified_time: '2026-11-20T10:00:00+0000' });
    await pullInto(a, c1);

    expect((await storedOpen()).has(secondId)).toBe(false);
  });
  it('an invoice moved to another customer is one open entry, not the old customer’s and the new one’s', async () => {
    // Seen: invoice <id> of customer C1 is stored open as invoice:<id>:C1. The books change its customer to C2 (Zoho
    // allows it on an unpaid invoice) and touch last_modified_time. The incremental pull lists invoice:<id>:C2 open
    // and closes nothing, so the store holds both ids open for one balance: the receivable counted twice among the
    // outstanding items, and a match to the stale id categorises the payment for the wrong customer.
    // Where: adapters/ledger/zoho/zoho-adapter.ts pullOpenEntries open(): the party is part of the entry id, and an
    // incremental pull only closes ids of documents that are no longer open (as in QuickBooks, review-s30-quickbooks).
    const a = adapter();
    const inv = fake.invoices[2]!;
    const c1 = await pullInto(a, null);
    expect((await storedOpen()).has(`invoice:${inv.invoice_id}:${inv.customer_id}`)).toBe(true);

    Object.assign(inv, {
      customer_id: '460000000011999',
      customer_name: 'Mombasa Textiles',
      last_modified_time: '2026-11-20T10:00:00+0000',
    });
    await pullInto(a, c1);

    expect([...(await storedOpen())].filter((id) => id.startsWith(`invoice:${inv.invoice_id}:`))).toEqual([
      `invoice:${inv.invoice_id}:460000000011999`,
    ]);
  });

  for (const sweepCallsPerPull of [6, 0])
    it(`an open invoice dated after the pull period is stored at once (sweep calls ${sweepCallsPerPull})`, async () => {
      // The Xero and QuickBooks shape (review-s30-xero, -quickbooks): open() dropped a document dated after
      // q.period.to while next.invoices moved past its last_modified_time, so no later increment read it again.
      // Every open document is kept now, whatever its date.
      const a = adapter({ sweepCallsPerPull });
      const inv = fake.invoices[0]!;
      Object.assign(inv, { date: '2026-11-21', last_modified_time: '2026-11-20T10:00:00+0000' });
      const id = `invoice:${inv.invoice_id}:${inv.customer_id}`;
      const c1 = await pullInto(a, null, { from: '2026-01-01', to: '2026-11-20' });
      expect((await storedOpen()).has(id)).toBe(true);
      await pullInto(a, c1, { from: '2026-01-01', to: '2026-11-21' });
      expect((await storedOpen()).has(id)).toBe(true);
    });

  it('deletions in larger books are found by a sweep of bounded calls per pull, and no open document is ever closed', async () => {
    // 40 invoices and 12 bills over the year, 4 to a page, 4 sweep calls a pull (two date windows): the sweep
    // needs several pulls to cover the year, each complete only over the dates it read in full. No overlap here: the
    // fake's documents share one last_modified_time, so an overlap would re-read them all on every increment.
    await fake.close();
    fake = new ZohoFake({ openInvoices: 40, openBills: 12, seed: 5 });
    await fake.start();
    env.cleanup();
    env = saasTestEnv({
      T_ZOHO_ID: ZOHO_CLIENT.id,
      T_ZOHO_SECRET: ZOHO_CLIENT.secret,
      T_ZOHO_RT: fake.oauth.consent(),
    });
    const a = adapter({ perPage: 4, sweepCallsPerPull: 4, cursorOverlapSeconds: 0 });
    const booksOpen = () =>
      new Set([
        ...fake.invoices
          .filter((i) => !['draft', 'void', 'paid'].includes(i.status))
          .map((i) => `invoice:${i.invoice_id}:${i.customer_id}`),
        ...fake.bills.map((b) => `bill:${b.bill_id}:${b.vendor_id}`),
      ]);
    let cursor = await pullInto(a, null);
    expect(await storedOpen()).toEqual(booksOpen());
    const latest = [...fake.invoices].sort((x, y) => y.date.localeCompare(x.date))[0]!;
    fake.invoices.splice(fake.invoices.indexOf(latest), 1);
    const gone = `invoice:${latest.invoice_id}:${latest.customer_id}`;
    let pulls = 0;
    while ((await storedOpen()).has(gone) && pulls < 40) {
      const before = fake.http.count('GET', /\/(invoices|bills)$/);
      cursor = await pullInto(a, cursor);
      pulls++;
      // The sweep's calls plus one increment of each collection (nothing changed: one page each).
      expect(fake.http.count('GET', /\/(invoices|bills)$/) - before).toBeLessThanOrEqual(4 + 2);
      const open = await storedOpen();
      for (const id of booksOpen()) expect(open.has(id)).toBe(true);
    }
    expect(pulls).toBeGreaterThan(1);
    expect((await storedOpen()).has(gone)).toBe(false);
    expect(await storedOpen()).toEqual(booksOpen());
  });
});
