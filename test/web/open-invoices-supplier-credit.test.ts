/**
 * The account page's "Open invoices" listed a supplier's credit note: Xero's ACCPAYCREDIT (and Tryton's supplier credit
 * note) is stored as a positive open document, money coming in, and the list took every positive open document with a
 * number for an invoice a customer owes, with a "Collect by DirectPay" button that would ask someone to pay it. Only
 * customers' open invoices are listed and collected now: the sources say whose each document is (LedgerEntry.partyRole).
 */
import type { CreditNote, Invoice } from 'xero-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { whyNotCollectable } from '../../activities/collectable-invoice.js';
import { creditNoteEntry, invoiceEntry } from '../../adapters/ledger/xero/xero-entries.js';
import type { MonoDirectPay } from '../../adapters/mono/index.js';
import { listOpenInvoices, listOpenInvoicesByReference } from '../../db/ledger-repository.js';
import { syncLedgerEntries } from '../../db/ledger-sync-repository.js';
import type { LedgerEntry } from '../../domain/ledger.js';
import { createHarness, type Harness } from './support/harness.js';
import { get, pageText, signIn } from './support/session.js';

const SOURCE = 'books-acc-main';
const xeroInvoice = (type: 'ACCREC' | 'ACCPAY', id: string, number: string, due: number, contact: string) =>
  invoiceEntry(
    {
      type,
      status: 'AUTHORISED',
      invoiceID: id,
      invoiceNumber: number,
      currencyCode: 'NGN',
      amountDue: due,
      date: '2026-10-20',
      contact: { name: contact },
    } as unknown as Invoice,
    '090',
  )!;
const xeroCredit = (type: 'ACCRECCREDIT' | 'ACCPAYCREDIT', id: string, number: string, left: number, contact: string) =>
  creditNoteEntry(
    {
      type,
      status: 'AUTHORISED',
      creditNoteID: id,
      creditNoteNumber: number,
      currencyCode: 'NGN',
      remainingCredit: left,
      date: '2026-10-22',
      contact: { name: contact },
    } as unknown as CreditNote,
    '090',
  )!;

const INVOICE = xeroInvoice(
  'ACCREC',
  '0a0a0a0a-0000-4000-8000-000000000041',
  'INV-0041',
  125_000,
  'Ikeja Pharmacy Ltd',
);
const BILL = xeroInvoice(
  'ACCPAY',
  '0a0a0a0a-0000-4000-8000-000000000311',
  'BILL-0311',
  45_000,
  'Garki Office Supplies',
);
const SUPPLIER_CREDIT = xeroCredit(
  'ACCPAYCREDIT',
  '0a0a0a0a-0000-4000-8000-000000000017',
  'CN-GOS-17',
  12_000,
  'Garki Office Supplies',
);
const CUSTOMER_CREDIT = xeroCredit(
  'ACCRECCREDIT',
  '0a0a0a0a-0000-4000-8000-000000000018',
  'CN-0018',
  5_000,
  'Ikeja Pharmacy Ltd',
);

describe("Xero's documents say whose they are", () => {
  it("a customer's invoice and credit note, a supplier's bill and credit note", () => {
    expect([INVOICE, CUSTOMER_CREDIT, BILL, SUPPLIER_CREDIT].map((e) => [e.amountMinor, e.partyRole])).toEqual([
      [12_500_000, 'customer'],
      [-500_000, 'customer'],
      [-4_500_000, 'supplier'],
      [1_200_000, 'supplier'],
    ]);
  });
});

describe("Open invoices on the account page: a customer's, never a supplier's credit note", () => {
  let h: Harness;
  beforeEach(async () => {
    const directPay: Pick<MonoDirectPay, 'initiate' | 'verify'> = {
      initiate: () => Promise.reject(new Error('this test expects no request to reach Mono')),
      verify: () => Promise.reject(new Error('unused')),
    };
    h = await createHarness({ directPay, ledgerSourceKinds: { [SOURCE]: { kind: 'xero' } } });
    await syncLedgerEntries(h.db.db, {
      sourceId: SOURCE,
      label: 'xero:090',
      entries: [INVOICE, BILL, SUPPLIER_CREDIT, CUSTOMER_CREDIT],
      documentIdPrefixes: ['invoice:', 'creditnote:'],
    });
  });
  afterEach(async () => h?.close());

  const idOf = async (reference: string) =>
    Number(
      (
        await h.db.db
          .selectFrom('ledger_entries')
          .select('id')
          .where('source_id', '=', SOURCE)
          .where('reference', '=', reference)
          .executeTakeFirstOrThrow()
      ).id,
    );

  it('lists the customer invoice only, and offers only it for collection', async () => {
    const rita = await signIn(h.app, 'rita');
    const page = await get(h.app, rita, `/accounts/${h.accountId}/details`);
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('INV-0041');
    expect(text).not.toContain('CN-GOS-17');
    expect(page.body).toContain(`/accounts/${h.accountId}/invoices/${await idOf('INV-0041')}/collect`);
    expect(page.body).not.toContain(`/invoices/${await idOf('CN-GOS-17')}/collect`);
    expect((await listOpenInvoices(h.db.db, SOURCE, 50)).map((e) => e.reference)).toEqual(['INV-0041']);
  });

  it("refuses the supplier's credit note in words, by the form and by number", async () => {
    const rita = await signIn(h.app, 'rita');
    const form = await get(h.app, rita, `/accounts/${h.accountId}/invoices/${await idOf('CN-GOS-17')}/collect`);
    expect(form.statusCode).toBe(409);
    expect(pageText(form.body)).toContain("CN-GOS-17 is not a sales invoice: the books hold it as a supplier's credit");
    expect(await listOpenInvoicesByReference(h.db.db, 'cn-gos-17')).toEqual([]);
    expect(await listOpenInvoicesByReference(h.db.db, 'inv-0041')).toHaveLength(1);
  });

  it('a document stored before its source said whose it was learns it from the next pull that lists it', async () => {
    const unsaid: LedgerEntry = { ...SUPPLIER_CREDIT, id: 'creditnote:0a0a0a0a-0000-4000-8000-000000000019' };
    delete unsaid.partyRole;
    await syncLedgerEntries(h.db.db, { sourceId: SOURCE, label: 'xero:090', entries: [unsaid] });
    // as an older version stored it: a positive document of no one's, taken as a customer's (the rule before)
    const row = () =>
      h.db.db.selectFrom('ledger_entries').selectAll().where('external_id', '=', unsaid.id).executeTakeFirstOrThrow();
    expect((await row()).party_role).toBeNull();
    await syncLedgerEntries(h.db.db, {
      sourceId: SOURCE,
      label: 'xero:090',
      entries: [{ ...unsaid, partyRole: 'supplier' }],
    });
    expect((await row()).party_role).toBe('supplier');
    expect(whyNotCollectable(await row())).toMatch(/supplier's credit note/);
  });
});
