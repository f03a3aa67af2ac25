import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LedgerAuthError, LedgerPartialWriteError, LedgerVendorError } from '../../../adapters/ledger/oauth/errors.js';
import type { QuickBooksAdapter } from '../../../adapters/ledger/quickbooks/qbo-adapter.js';
import { qboEntry, qboPostingClosed } from '../../../adapters/ledger/quickbooks/qbo-entries.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { fixture, QboContract } from './qbo-contract.js';
import { QBO_CLIENT, QBO_REALM, QboFake } from './qbo-fake.js';
import { saasTestEnv } from './saas-env.js';
import { pullInto, qboTestAdapter } from './test-adapters.js';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
/** A document as the fake holds it. */
type QboDoc = QboFake['docs'][string][number];
let contract: QboContract;
let fake: QboFake;
let env: ReturnType<typeof saasTestEnv>;

async function setup(options: ConstructorParameters<typeof QboFake>[0] = {}) {
  contract = new QboContract();
  fake = new QboFake({ contract, ...options });
  await fake.start();
  env = saasTestEnv({ T_QBO_ID: QBO_CLIENT.id, T_QBO_SECRET: QBO_CLIENT.secret, T_QBO_RT: fake.oauth.consent() });
}

function adapter(extra: Record<string, unknown> = {}): QuickBooksAdapter {
  return qboTestAdapter(fake, env.dir, extra);
}

afterEach(async () => {
  await fake?.close();
  env?.cleanup();
  contract?.assertClean();
});

/** What the pull should list: open documents whatever their date, and the bank account's transactions in PERIOD. */
function expectedOpen(f: QboFake, kind?: 'document' | 'posting'): Map<string, number> {
  const docs = new Map<string, number>();
  const postings = new Map<string, number>();
  const cents = (n: number) => Math.round(n * 100);
  const inPeriod = (d: QboDoc) => d.TxnDate >= PERIOD.from && d.TxnDate <= PERIOD.to;
  for (const i of f.docs.Invoice!)
    if (i.Balance > 0) docs.set(`invoice:${i.Id}:${i.CustomerRef.value}`, cents(i.Balance));
  for (const b of f.docs.Bill!) if (b.Balance > 0) docs.set(`bill:${b.Id}:${b.VendorRef.value}`, -cents(b.Balance));
  for (const c of f.docs.CreditMemo!)
    if (c.RemainingCredit > 0) docs.set(`creditmemo:${c.Id}:${c.CustomerRef.value}`, -cents(c.RemainingCredit));
  for (const d of f.docs.Deposit!)
    if (inPeriod(d) && d.DepositToAccountRef.value === '35') postings.set(`deposit:${d.Id}`, cents(d.TotalAmt));
  for (const p of f.docs.Purchase!)
    if (inPeriod(p) && p.AccountRef.value === '35') postings.set(`purchase:${p.Id}`, -cents(p.TotalAmt));
  for (const p of f.docs.Payment!)
    if (inPeriod(p) && p.DepositToAccountRef?.value === '35') postings.set(`payment:${p.Id}`, cents(p.TotalAmt));
  for (const p of f.docs.BillPayment!)
    if (inPeriod(p) && p.CheckPayment?.BankAccountRef?.value === '35')
      postings.set(`billpayment:${p.Id}`, -cents(p.TotalAmt));
  return kind === 'document' ? docs : kind === 'posting' ? postings : new Map([...docs, ...postings]);
}

describe('QuickBooks Online adapter against the local QuickBooks', () => {
  beforeEach(() => setup({ openInvoices: 7, openBills: 3 }));

  it('pulls open invoices, bills and credit memos as documents, the bank account’s deposits and purchases as postings, paged, with minorversion', async () => {
    const r = await adapter({ pageSize: 2 }).pullOpenEntries({ period: PERIOD, ledgerAccount: 'GTB' });
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    const ofKind = (kind: string) =>
      new Map(r.entries.filter((e) => e.kind === kind).map((e) => [e.id, e.amountMinor]));
    expect(ofKind('document')).toEqual(expectedOpen(fake, 'document'));
    expect(ofKind('posting')).toEqual(expectedOpen(fake, 'posting'));
    expect(ofKind('posting').size).toBe(2);
    // whose each document is: a bill the supplier's, an invoice and a credit memo the customer's; postings nobody's
    for (const e of r.entries)
      expect([e.id.split(':')[0], e.partyRole ?? null]).toEqual([
        e.id.split(':')[0],
        e.kind !== 'document' ? null : e.id.startsWith('bill:') ? 'supplier' : 'customer',
      ]);
    expect(r.entries.every((e) => e.currency === 'NGN')).toBe(true);
    expect([...fake.minorVersions]).toEqual(['75']);
    expect(contract.checked.responses).toBeGreaterThan(10);
  });

  it('pulls documents’ increments through Change Data Capture, and the bank account’s postings over the period, complete there', async () => {
    const a = adapter();
    const first = await a.pullOpenEntries({ period: PERIOD });
    const inv = fake.docs.Invoice![1]!;
    inv.Balance = 12.5;
    inv.MetaData.LastUpdatedTime = new Date(Date.now() + 1000).toISOString();
    const asked: string[] = [];
    fake.http.faults.push({
      kind: '5xx',
      match: (r) => (r.path.endsWith('/cdc') && asked.push(r.query.entities!), false),
    });
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: first.cursor });
    expect(fake.http.count('GET', /\/cdc$/)).toBe(1);
    expect(asked).toEqual([
      'Invoice,Bill,CreditMemo,Payment,BillPayment,Deposit,Purchase,Transfer,JournalEntry,SalesReceipt,RefundReceipt',
    ]);
    expect(second.entries.filter((e) => e.kind === 'document').map((e) => [e.id, e.amountMinor])).toEqual([
      [`invoice:${inv.Id}:${inv.CustomerRef.value}`, 1250],
    ]);
    expect(new Map(second.entries.filter((e) => e.kind === 'posting').map((e) => [e.id, e.amountMinor]))).toEqual(
      expectedOpen(fake, 'posting'),
    );
    expect(second.complete).toEqual([
      { from: PERIOD.from, to: PERIOD.to, ledgerAccount: 'GTBank Current', kind: 'posting' },
    ]);
  });

  it('Change Data Capture reports invoices paid, voided or deleted since as closed; a full pull is complete', async () => {
    const a = adapter();
    const first = await a.pullOpenEntries({ period: PERIOD });
    expect(first.complete).toEqual({ from: PERIOD.from, to: PERIOD.to, ledgerAccount: 'GTBank Current' });
    const [paid, voided, deleted] = fake.docs.Invoice!.filter((i) => i.Balance > 0);
    const later = new Date(Date.now() + 1000).toISOString();
    Object.assign(paid!, { Balance: 0 });
    Object.assign(voided!, { Balance: 0, TotalAmt: 0 });
    for (const d of [paid!, voided!]) d.MetaData.LastUpdatedTime = later;
    // A deletion comes back from CDC as the Id and status only.
    const gone = fake.docs.Invoice!.indexOf(deleted!);
    fake.docs.Invoice![gone] = { Id: deleted!.Id, status: 'Deleted', MetaData: { LastUpdatedTime: later } };
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: first.cursor });
    expect(second.entries.filter((e) => e.kind === 'document')).toEqual([]);
    expect(second.closed).toEqual(
      expect.arrayContaining([
        { id: `invoice:${paid!.Id}:${paid!.CustomerRef.value}`, reason: 'paid' },
        { id: `invoice:${voided!.Id}:${voided!.CustomerRef.value}`, reason: 'voided' },
        { id: `invoice:${deleted!.Id}:`, reason: 'gone', prefix: true },
      ]),
    );
    expect(second.closed).toHaveLength(3);
  });

  it('401 mid-sync refreshes through intuit-oauth once; a revoked grant stops the source', async () => {
    const a = adapter();
    let n = 0;
    fake.http.faults.push({
      kind: 'stale-token',
      match: (r) => r.path.endsWith('/query') && ++n === 3,
      body: fixture('fault-authentication'),
    });
    await a.pullOpenEntries({ period: PERIOD });
    expect(a.session.refreshes).toBe(2);
    fake.oauth.revoked = true;
    const err = await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerAuthError);
    expect((err as Error).message).toMatch(/Intuit refused to refresh.*reconnect this source/);
  });

  it('throttling (429) and 5xx are retried; a lasting outage is a vendor error', async () => {
    fake.http.faults.push({ kind: '429', match: (r) => r.path.endsWith('/query'), body: fixture('fault-throttle') });
    fake.http.faults.push({ kind: '5xx', match: (r) => r.path.endsWith('/query') });
    const r = await adapter().pullOpenEntries({ period: PERIOD });
    expect(r.entries.length).toBe(expectedOpen(fake).size);
    for (let i = 0; i < 4; i++) fake.http.faults.push({ kind: '5xx', match: (x) => x.path.endsWith('/query') });
    await expect(adapter().pullOpenEntries({ period: PERIOD })).rejects.toBeInstanceOf(LedgerVendorError);
  });
});

describe('QuickBooks Online source check', () => {
  beforeEach(() => setup());

  it('reports the grant, bank account and invoice access; a missing bank account lists the company’s', async () => {
    const good = await adapter().checkSource();
    expect(good.map((c) => c.ok)).toEqual([true, true, true, true, true]);
    expect(good[2]!.detail).toBe('5 open invoices visible');
    expect(good.slice(3).map((c) => c.detail)).toEqual([
      'no accounts mapped',
      'the rules’ accounts not checked: no binding writes back through this source',
    ]);
    const bad = await adapter({ bankAccount: 'Petty cash' }).checkSource();
    expect(bad.at(-1)!.detail).toMatch(
      /"Petty cash" is not among the company's bank accounts \(GTBank Current, Stanbic USD\)/,
    );
  });
});

describe('QuickBooks Online write-back', () => {
  beforeEach(() => setup());

  it('a confirmed match becomes a Payment linked to the invoice; a retry is answered from its requestid, not paid twice', async () => {
    const inv = fake.docs.Invoice![0]!;
    const s = {
      idempotencyKey: 'm-1',
      entryId: `invoice:${inv.Id}:${inv.CustomerRef.value}`,
      date: '2026-11-20',
      amountMinor: 1_000_00,
      currency: 'NGN' as const,
      bankAccount: 'GTB',
    };
    const before = inv.Balance;
    const [r1] = await adapter().settleEntries([s]);
    expect(r1).toMatchObject({ status: 'written' });
    const [r2] = await adapter().settleEntries([s]);
    expect(r2).toMatchObject({ status: 'written', externalId: (r1 as { externalId: string }).externalId });
    expect(fake.docs.Payment).toHaveLength(1);
    expect(fake.docs.Payment![0]).toMatchObject({
      TotalAmt: 1000,
      DepositToAccountRef: { value: '35' },
      Line: [{ LinkedTxn: [{ TxnId: inv.Id, TxnType: 'Invoice' }] }],
    });
    expect(Math.round(inv.Balance * 100)).toBe(Math.round(before * 100) - 1_000_00);
  });

  it('bills are paid with a BillPayment from the bank account; closed period and currency mismatch come back in Intuit’s words', async () => {
    const [bill1, bill2] = fake.docs.Bill!;
    const inv = fake.docs.Invoice![2]!;
    inv.CurrencyRef = { value: 'USD', name: 'United States Dollar' };
    fake.closeDate = '2026-10-31';
    const res = await adapter().settleEntries([
      {
        idempotencyKey: 'b-1',
        entryId: `bill:${bill1!.Id}:${bill1!.VendorRef.value}`,
        date: '2026-11-21',
        amountMinor: -Math.round(bill1!.Balance * 100),
        currency: 'NGN',
        bankAccount: 'GTB',
      },
      {
        idempotencyKey: 'b-2',
        entryId: `bill:${bill2!.Id}:${bill2!.VendorRef.value}`,
        date: '2026-10-30',
        amountMinor: -100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
      {
        idempotencyKey: 'i-3',
        entryId: `invoice:${inv.Id}:${inv.CustomerRef.value}`,
        date: '2026-11-21',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
      {
        idempotencyKey: 'c-4',
        entryId: `creditmemo:${fake.docs.CreditMemo![0]!.Id}:1`,
        date: '2026-11-21',
        amountMinor: -100,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    expect(res[0]).toMatchObject({ status: 'written' });
    expect(bill1!.Balance).toBe(0);
    expect(fake.docs.BillPayment![0]).toMatchObject({
      PayType: 'Check',
      CheckPayment: { BankAccountRef: { value: '35' } },
    });
    expect(res[1]).toMatchObject({
      status: 'rejected',
      vendorMessage: expect.stringMatching(
        /^Account Period Closed, Cannot Update Through Services API: The account period has closed/,
      ),
    });
    expect(res[2]).toMatchObject({
      status: 'rejected',
      vendorMessage: expect.stringMatching(/currency of the Invoice \(USD\) doesn't match/),
    });
    expect(res[3]).toMatchObject({
      status: 'rejected',
      vendorMessage: expect.stringMatching(/credit memos are not written back/),
    });
  });

  it('rule-classified charges become Purchases from the bank account; a bad account is refused with Intuit’s message', async () => {
    const posting = {
      idempotencyKey: 'g-1',
      date: '2026-11-04',
      description: 'Stamp duty',
      amountMinor: -5_000,
      currency: 'NGN' as const,
      bankAccount: '35',
      contraAccount: '8',
    };
    const r = await adapter().postEntries([posting]);
    expect(r[0]).toMatchObject({ idempotencyKey: 'g-1', created: true });
    expect(fake.docs.Purchase!.at(-1)).toMatchObject({
      PaymentType: 'Cash',
      AccountRef: { value: '35' },
      TotalAmt: 50,
      Line: [{ Amount: 50 }],
    });
    await adapter().postEntries([posting]);
    expect(fake.docs.Purchase!.filter((p) => p.DocNumber === 'bf:g-1')).toHaveLength(1);
    const err = await adapter()
      .postEntries([{ ...posting, idempotencyKey: 'g-2', contraAccount: '999' }])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerPartialWriteError);
    expect((err as LedgerPartialWriteError).rejected[0]!.vendorMessage).toBe(
      'Invalid Reference Id: Invalid Reference Id : Accounts element id 999 not found',
    );
  });

  it('a rule’s account is posted on the QuickBooks account the source maps it to; an unmapped one is refused before anything is sent, and `ledgers test` names it', async () => {
    const charge = {
      idempotencyKey: 'g-9',
      date: '2026-11-04',
      description: 'Ledger fee',
      amountMinor: -30_000,
      currency: 'NGN' as const,
      bankAccount: '35',
      contraAccount: 'Bank charges:Account maintenance',
    };
    const posts = () => fake.http.count('POST', /\/purchase$/);
    const err = await adapter()
      .postEntries([charge])
      .catch((e: unknown) => e);
    expect((err as LedgerPartialWriteError).rejected).toEqual([
      {
        idempotencyKey: 'g-9',
        vendorMessage:
          'no QuickBooks account for "Bank charges:Account maintenance": map it to a QuickBooks account Id under "accounts" in the source\'s configuration',
        reason: 'unmapped-account',
      },
    ]);
    expect(posts()).toBe(0);
    const mapped = adapter({ accounts: { 'Bank charges:Account maintenance': '8' } });
    expect(await mapped.postEntries([charge])).toMatchObject([{ idempotencyKey: 'g-9', created: true }]);
    expect(fake.docs.Purchase!.at(-1)!.Line[0].AccountBasedExpenseLineDetail.AccountRef).toEqual({ value: '8' });

    const rules = [
      { account: 'Bank charges:Account maintenance', currency: 'NGN', setBy: 'preset ng-account-fees' },
      { account: 'Taxes:Stamp duty', currency: 'NGN', setBy: 'preset ng-stamp-duty' },
      { account: 'Taxes:Excise duty', currency: 'KES', setBy: 'preset ke-excise-duty' },
    ];
    const checks = await adapter({ accounts: { 'Bank charges:Account maintenance': '8', Typo: '999' } }).checkSource({
      postingAccounts: rules,
    });
    expect(checks.at(-1)).toMatchObject({ ok: false });
    expect(checks.at(-1)!.detail).toMatch(/accounts\["Typo"\] is 999, not an active account of the company/);
    const named = await mapped.checkSource({ postingAccounts: rules });
    expect(named.at(-1)!.detail).toBe(
      '1 of the accounts the rules post to cannot take their postings (each is refused), in the source\'s configuration: "Taxes:Stamp duty" (preset ng-stamp-duty) is not mapped: set accounts["Taxes:Stamp duty"] to its QuickBooks account Id',
    );
  });

  it('states the bank account’s CurrentBalance for today (none for a past date), moving with what is booked', async () => {
    const a = adapter();
    expect(await a.bookBalance({ asOf: '2000-01-01' })).toBeNull();
    expect(await a.bookBalance({ asOf: '2999-12-31' })).toMatchObject({ balanceMinor: 120_100, currency: 'NGN' });
    await a.postEntries([
      {
        idempotencyKey: 'bal',
        date: '2026-11-04',
        description: 'SMS charges',
        amountMinor: -2_000,
        currency: 'NGN',
        bankAccount: '35',
        contraAccount: '8',
      },
    ]);
    expect((await a.bookBalance({ asOf: '2999-12-31' }))!.balanceMinor).toBe(118_100);
  });

  it('a SyncToken conflict (edited by someone else meanwhile) is read again and the update retried', async () => {
    const dep = fake.docs.Deposit![0]!;
    fake.editedAfterRead.add(dep.Id);
    await adapter().markReconciled([`deposit:${dep.Id}`]);
    expect(dep.PrivateNote).toMatch(/\[bankfeed: reconciled\]$/);
    expect(fake.http.served.filter((s) => s.status === 400)).toHaveLength(1);
  });
});

describe('QuickBooks Online: documents and the bank account’s postings (docs/statement.md)', () => {
  beforeEach(() => setup({ openInvoices: 3, openBills: 1 }));

  const settlement = (inv: QboDoc, key: string, minor: number, extra = {}) => ({
    idempotencyKey: key,
    entryId: `invoice:${inv.Id}:${inv.CustomerRef.value}`,
    date: '2026-11-20',
    amountMinor: minor,
    currency: 'NGN' as const,
    bankAccount: 'GTB',
    ...extra,
  });

  it('reports each write under the id the next pull lists it as a posting on the bank account', async () => {
    const a = adapter();
    const inv = fake.docs.Invoice![0]!;
    const bill = fake.docs.Bill![0]!;
    const [paid, billPaid] = await a.settleEntries([
      settlement(inv, 'm-1', 1_000_00),
      {
        idempotencyKey: 'm-2',
        entryId: `bill:${bill.Id}:${bill.VendorRef.value}`,
        date: '2026-11-21',
        amountMinor: -500_00,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    const [charge] = await a.postEntries([
      {
        idempotencyKey: 'bankfeed-group-7',
        date: '2026-11-04',
        description: 'SMS charges',
        amountMinor: -2_000,
        currency: 'NGN',
        bankAccount: '35',
        contraAccount: '8',
        reference: 'gtb-77',
      },
    ]);
    expect(paid).toMatchObject({ status: 'written', externalId: `payment:${fake.docs.Payment![0]!.Id}` });
    expect(billPaid).toMatchObject({ status: 'written', externalId: `billpayment:${fake.docs.BillPayment![0]!.Id}` });
    expect(charge!.externalId).toBe(`purchase:${fake.docs.Purchase!.at(-1)!.Id}`);
    const pulled = new Map((await a.pullOpenEntries({ period: PERIOD })).entries.map((e) => [e.id, e]));
    expect(pulled.get((paid as { externalId: string }).externalId)).toMatchObject({
      kind: 'posting',
      amountMinor: 1_000_00,
      date: '2026-11-20',
    });
    expect(pulled.get((billPaid as { externalId: string }).externalId)).toMatchObject({
      kind: 'posting',
      amountMinor: -500_00,
    });
    // a rule's charge read back carries the reference bankfeed gives its writes, so the run knows it for its own
    expect(pulled.get(charge!.externalId)).toMatchObject({
      kind: 'posting',
      amountMinor: -2_000,
      reference: 'bf:bankfeed-group-7',
    });
    expect(pulled.get(`invoice:${inv.Id}:${inv.CustomerRef.value}`)).toMatchObject({ kind: 'document' });
  });

  it('a match holding only a posting (a payment recorded in QuickBooks by hand) writes nothing', async () => {
    const dep = fake.docs.Deposit![0]!;
    const before = fake.http.count('POST', /./);
    const res = await adapter().settleEntries([
      { ...settlement(fake.docs.Invoice![0]!, 'h-1', 408_00), entryId: `deposit:${dep.Id}` },
      { ...settlement(fake.docs.Invoice![0]!, 'h-2', -120_00), entryId: 'billpayment:912' },
    ]);
    expect(res).toEqual([
      { idempotencyKey: 'h-1', status: 'written', externalId: `deposit:${dep.Id}`, created: false },
      { idempotencyKey: 'h-2', status: 'written', externalId: 'billpayment:912', created: false },
    ]);
    expect(fake.http.count('POST', /\/v3\//)).toBe(before);
  });

  it('one bank line paying two invoices of a customer is one Payment applied to both; an over-payment is left unapplied', async () => {
    const [i1, i2] = fake.docs.Invoice!;
    i2!.CustomerRef = { ...i1!.CustomerRef };
    const due1 = Math.round(i1!.Balance * 100);
    const due2 = Math.round(i2!.Balance * 100);
    const res = await adapter().settleEntries([
      settlement(i1!, 'bankfeed-match-5-1', due1, { paymentKey: 'bankfeed-payment-5', dueMinor: due1 }),
      settlement(i2!, 'bankfeed-match-5-2', due2 + 2_500, { paymentKey: 'bankfeed-payment-5', dueMinor: due2 }),
    ]);
    expect(fake.docs.Payment).toHaveLength(1);
    const payment = fake.docs.Payment![0]!;
    expect(res.map((r) => r.status === 'written' && r.externalId)).toEqual([
      `payment:${payment.Id}`,
      `payment:${payment.Id}`,
    ]);
    expect(Math.round(payment.TotalAmt * 100)).toBe(due1 + due2 + 2_500);
    expect(payment.Line.map((l: { Amount: number }) => Math.round(l.Amount * 100))).toEqual([due1, due2]);
    expect([i1!.Balance, i2!.Balance]).toEqual([0, 0]);
  });

  it('pulls bill payments, transfers and journal lines on the bank account; not those of another account', async () => {
    const later = (d: QboDoc) => ({ ...d, MetaData: { LastUpdatedTime: '2026-11-01T08:00:00Z' } });
    fake.docs.BillPayment!.push(
      later({
        ...fixture('billpayment').BillPayment,
        Id: '901',
        TxnDate: '2026-11-02',
        TotalAmt: 75,
        CurrencyRef: { value: 'NGN' },
        CheckPayment: { BankAccountRef: { value: '35' } },
      }),
      later({
        ...fixture('billpayment').BillPayment,
        Id: '902',
        TxnDate: '2026-11-02',
        TotalAmt: 80,
        CurrencyRef: { value: 'NGN' },
        CheckPayment: { BankAccountRef: { value: '36' } },
      }),
    );
    fake.docs.Transfer!.push(
      later({
        ...fixture('transfer').Transfer,
        Id: '903',
        TxnDate: '2026-11-03',
        Amount: 120,
        FromAccountRef: { value: '35' },
        ToAccountRef: { value: '36' },
      }),
      later({
        ...fixture('transfer').Transfer,
        Id: '904',
        TxnDate: '2026-11-04',
        Amount: 50.25,
        FromAccountRef: { value: '36' },
        ToAccountRef: { value: '35' },
      }),
    );
    const je = fixture('journalentry').JournalEntry;
    je.Line[0].JournalEntryLineDetail.AccountRef = { value: '35', name: 'GTBank Current' };
    fake.docs.JournalEntry!.push(
      later({ ...je, Id: '905', TxnDate: '2026-11-05' }),
      later({ ...fixture('journalentry').JournalEntry, Id: '906', TxnDate: '2026-11-05' }),
    );
    const r = await adapter().pullOpenEntries({ period: PERIOD });
    const postings = new Map(r.entries.filter((e) => e.kind === 'posting').map((e) => [e.id, e.amountMinor]));
    expect(postings.get('billpayment:901')).toBe(-75_00);
    expect(postings.get('transfer:903')).toBe(-120_00);
    expect(postings.get('transfer:904')).toBe(50_25);
    expect(postings.get('journal:905')).toBe(100_00);
    expect([...postings.keys()].filter((id) => /:(902|906)$/.test(id))).toEqual([]);
  });
});

describe('QuickBooks contract (Intuit’s documented examples)', () => {
  beforeEach(() => setup());

  it('an answer whose types drift from the documented examples is caught', async () => {
    fake.docs.Invoice![0]!.Balance = '100.00';
    await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch(() => undefined);
    const drift = contract.violations.splice(0);
    expect(drift.map((v) => `${v.where} ${v.errors}`).join(' ')).toMatch(/Invoice.*\/Balance must be number/);
  });

  it('a create request missing a required field is caught', async () => {
    contract.checkCreate('Payment', { TotalAmt: 10, Line: [] });
    expect(contract.violations.splice(0)[0]!.errors).toMatch(/must have required property 'CustomerRef'/);
  });
});

describe('QuickBooks Online: sales receipts and refund receipts on the bank account', () => {
  beforeEach(() => setup({ openInvoices: 1, openBills: 0 }));

  const customer = { value: '21', name: 'Kamau Traders' };
  const item = (major: number, description: string) => ({
    Amount: major,
    Description: description,
    DetailType: 'SalesItemLineDetail',
    SalesItemLineDetail: { ItemRef: { value: '10', name: 'Printing' }, TaxCodeRef: { value: 'NON' } },
  });

  it('pulls a sales receipt deposited to the account as money in, a refund receipt paid from it as money out; one left in Undeposited Funds is the Deposit that takes it there', async () => {
    const before = fake.balanceOn('35');
    const sale = fake.record('SalesReceipt', {
      TxnDate: '2026-10-09',
      DocNumber: 'SR-1041',
      CustomerRef: customer,
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
      PaymentRefNum: 'POS 7781',
      Line: [item(1250.5, 'Counter sale')],
    });
    const refund = fake.record('RefundReceipt', {
      TxnDate: '2026-10-11',
      DocNumber: 'RR-12',
      CustomerRef: customer,
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
      PaymentRefNum: '000452',
      Line: [item(300, 'Returned toner')],
    });
    // QuickBooks' default: no deposit account named, the money waits in Undeposited Funds
    const waiting = fake.record('SalesReceipt', {
      TxnDate: '2026-10-10',
      CustomerRef: customer,
      Line: [item(80, 'Cash')],
    });
    expect(waiting.DepositToAccountRef).toEqual({ value: '4', name: 'Undeposited Funds' });
    const banked = fake.record('Deposit', {
      TxnDate: '2026-10-12',
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
      Line: [
        {
          Amount: 80,
          DetailType: 'DepositLineDetail',
          DepositLineDetail: {
            Entity: { ...customer, type: 'CUSTOMER' },
            AccountRef: { value: '4', name: 'Undeposited Funds' },
          },
        },
      ],
    });
    const r = await adapter().pullOpenEntries({ period: PERIOD });
    const postings = new Map(r.entries.filter((e) => e.kind === 'posting').map((e) => [e.id, e]));
    expect(postings.get(`salesreceipt:${sale.Id}`)).toMatchObject({
      amountMinor: 125_050,
      currency: 'NGN',
      date: '2026-10-09',
      party: 'Kamau Traders',
      reference: 'SR-1041',
      description: 'sales receipt SR-1041',
    });
    expect(postings.get(`refundreceipt:${refund.Id}`)).toMatchObject({ amountMinor: -30_000, party: 'Kamau Traders' });
    expect(postings.has(`salesreceipt:${waiting.Id}`)).toBe(false);
    expect(postings.get(`deposit:${banked.Id}`)).toMatchObject({ amountMinor: 8_000, party: 'Kamau Traders' });
    // QuickBooks' own balance of the account moved by exactly what the pull lists for the three
    const listed = [`salesreceipt:${sale.Id}`, `refundreceipt:${refund.Id}`, `deposit:${banked.Id}`];
    expect(fake.balanceOn('35') - before).toBe(listed.reduce((t, id) => t + postings.get(id)!.amountMinor, 0));
  });

  it('a receipt matched to its bank line writes nothing, and is noted reconciled on the receipt itself', async () => {
    const sale = fake.record('SalesReceipt', {
      TxnDate: '2026-10-09',
      CustomerRef: customer,
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
      Line: [item(500, 'Counter sale')],
    });
    const [r] = await adapter().settleEntries([
      {
        idempotencyKey: 'h-1',
        entryId: `salesreceipt:${sale.Id}`,
        date: '2026-10-09',
        amountMinor: 50_000,
        currency: 'NGN',
        bankAccount: 'GTB',
      },
    ]);
    expect(r).toEqual({
      idempotencyKey: 'h-1',
      status: 'written',
      externalId: `salesreceipt:${sale.Id}`,
      created: false,
    });
    await adapter().markReconciled([`salesreceipt:${sale.Id}`]);
    expect(sale.PrivateNote).toBe('[bankfeed: reconciled]');
  });
});

describe('QuickBooks entries: receipts and changed postings (unit)', () => {
  it('states a foreign-currency receipt in the account’s currency at its exchange rate, rounded half up in decimal', () => {
    const usd = {
      TxnDate: '2026-10-15',
      TotalAmt: 99.99,
      ExchangeRate: 1520.25,
      CurrencyRef: { value: 'USD', name: 'United States Dollar' },
      CustomerRef: { value: '77', name: 'Houston Imports LLC' },
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
    };
    // 99.99 × 1,520.25 = 152,009.7975 → ₦152,009.80
    expect(qboEntry('salesreceipt', { ...usd, Id: '911' }, '35', 'NGN', 'GTB')).toMatchObject({
      currency: 'NGN',
      amountMinor: 15_200_980,
    });
    expect(qboEntry('refundreceipt', { ...usd, Id: '912' }, '35', 'NGN', 'GTB')).toMatchObject({
      currency: 'NGN',
      amountMinor: -15_200_980,
    });
    // no rate stated: not guessed
    expect(qboEntry('salesreceipt', { ...usd, Id: '913', ExchangeRate: undefined }, '35', 'NGN', 'GTB')).toBeNull();
    // another account's receipt is none of this one's
    expect(
      qboEntry('salesreceipt', { ...usd, Id: '914', DepositToAccountRef: { value: '4' } }, '35', 'NGN', 'GTB'),
    ).toBeNull();
  });

  it('says why a changed transaction is no longer a posting: deleted or moved is gone, zeroed is voided', () => {
    expect(qboPostingClosed('purchase', { Id: '5', status: 'Deleted' })).toEqual({ id: 'purchase:5', reason: 'gone' });
    expect(qboPostingClosed('purchase', { Id: '5', TotalAmt: 0, AccountRef: { value: '35' } })).toEqual({
      id: 'purchase:5',
      reason: 'voided',
    });
    expect(qboPostingClosed('purchase', { Id: '5', TotalAmt: 10, AccountRef: { value: '36' } })).toEqual({
      id: 'purchase:5',
      reason: 'gone',
    });
    expect(qboPostingClosed('transfer', { Id: '6', Amount: 0 })).toEqual({ id: 'transfer:6', reason: 'voided' });
    expect(qboPostingClosed('journal', { Id: '7', Line: [{ Amount: 0 }, { Amount: 0 }] })).toEqual({
      id: 'journal:7',
      reason: 'voided',
    });
    expect(qboPostingClosed('refundreceipt', { Id: '8', TotalAmt: 0 })).toEqual({
      id: 'refundreceipt:8',
      reason: 'voided',
    });
    expect(qboPostingClosed('payment', {})).toBeNull();
  });
});

describe('QuickBooks Online: the bank account’s postings that changed since the last pull, whatever their date', () => {
  const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
  const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
  let h: TestDb;
  beforeEach(async () => {
    await setup({ openInvoices: 2, openBills: 0 });
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h?.dispose();
  });

  const tick = () => new Promise((r) => setTimeout(r, 5));
  const pull = (a: QuickBooksAdapter, period: { from: string; to: string }, cursor: string | null) =>
    pullInto(h.db, a, { sourceId: 'qb', ledgerAccount: 'GTBank Current', period, cursor });
  /** Every stored row of a posting, as the store keeps it. */
  const stored = async (id: string) =>
    h.db
      .selectFrom('ledger_entries')
      .select(['status', 'closed_reason', 'amount_minor', 'entry_date'])
      .where('source_id', '=', 'qb')
      .where('external_id', '=', id)
      .executeTakeFirst();
  let chequeNo = 600;
  /** A cheque written from an account (GTBank Current, 35, unless named), coded to Bank Charges. */
  const cheque = (date: string, major: number, account = '35') =>
    fake.record('Purchase', {
      PaymentType: 'Check',
      AccountRef: { value: account },
      TxnDate: date,
      DocNumber: String(chequeNo++),
      Line: [
        {
          Amount: major,
          DetailType: 'AccountBasedExpenseLineDetail',
          AccountBasedExpenseLineDetail: { AccountRef: { value: '8' } },
        },
      ],
    });
  const voidIt = (d: QboDoc) =>
    fake.edit(d, {
      TotalAmt: 0,
      PrivateNote: 'Voided',
      Line: d.Line.map((l: QboDoc) => ({ ...l, Amount: 0 })),
    });

  it('an earlier period’s cheques follow the books: entered late is stored, edited is updated, voided, deleted or moved off the account is closed for that reason, the rest stay', async () => {
    const a = adapter();
    const [voided, deleted, moved, edited, kept] = [1, 2, 3, 4, 5].map((n) => cheque(`2026-10-1${n}`, 100 * n));
    const cursor = await pull(a, OCTOBER, null);
    for (const c of [voided, deleted, moved, edited, kept])
      expect(await stored(`purchase:${c!.Id}`)).toMatchObject({ status: 'open' });
    await tick();
    voidIt(voided!);
    fake.remove('Purchase', deleted!);
    fake.edit(moved!, { AccountRef: { value: '36', name: 'Stanbic USD' } });
    fake.edit(edited!, { TotalAmt: 450, Line: [{ ...edited!.Line[0], Amount: 450 }] });
    const late = cheque('2026-10-30', 750);
    await pull(a, NOVEMBER, cursor);
    expect(await stored(`purchase:${voided!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(`purchase:${deleted!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`purchase:${moved!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`purchase:${edited!.Id}`)).toMatchObject({ status: 'open', amount_minor: -45_000 });
    // not changed, outside November: no scope of November's pull closes it, the books still hold it
    expect(await stored(`purchase:${kept!.Id}`)).toMatchObject({ status: 'open', amount_minor: -50_000 });
    expect(await stored(`purchase:${late.Id}`)).toMatchObject({
      status: 'open',
      amount_minor: -75_000,
      entry_date: '2026-10-30',
    });
    // the store's open postings of GTBank Current are what moved QuickBooks' balance of it from its opening
    const open = await h.db
      .selectFrom('ledger_entries')
      .select((eb) => eb.fn.sum<number>('amount_minor').as('total'))
      .where('source_id', '=', 'qb')
      .where('status', '=', 'open')
      .where('kind', '=', 'posting')
      .executeTakeFirstOrThrow();
    expect(Number(open.total)).toBe(fake.balanceOn('35') - fake.balanceOn('35', '1999-12-31'));
  });

  it('lists a changed posting once, keeps the posting scope to the period, and carries where the pulls began', async () => {
    const a = adapter();
    const first = await a.pullOpenEntries({ ledgerAccount: 'GTBank Current', period: OCTOBER, cursor: null });
    await tick();
    const november = cheque('2026-11-03', 90);
    fake.edit(november, { PrivateNote: 'Cheque 611 Apapa Ink Supplies' });
    const late = cheque('2026-10-29', 40);
    const second = await a.pullOpenEntries({ ledgerAccount: 'GTBank Current', period: NOVEMBER, cursor: first.cursor });
    const ids = second.entries.map((e) => e.id);
    expect(ids.filter((id) => id === `purchase:${november.Id}`)).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(`purchase:${late.Id}`);
    expect(second.complete).toEqual([
      { from: NOVEMBER.from, to: NOVEMBER.to, ledgerAccount: 'GTBank Current', kind: 'posting' },
    ]);
    expect(JSON.parse(second.cursor!.slice('qbo:v2:'.length))).toMatchObject({ v: 2, from: OCTOBER.from });
  });

  it('does not bring in a changed posting dated before anything this source pulled', async () => {
    const a = adapter();
    const cursor = await pull(a, OCTOBER, null);
    await tick();
    // a cheque of August entered now: before the first period pulled, as no full pull would read it either
    const august = cheque('2026-08-14', 60);
    await pull(a, NOVEMBER, cursor);
    expect(await stored(`purchase:${august.Id}`)).toBeUndefined();
  });

  it('a cursor past Change Data Capture’s 30 days: the changes are read by LastUpdatedTime instead', async () => {
    const a = adapter();
    const voided = cheque('2026-10-20', 500);
    await pull(a, OCTOBER, null);
    await tick();
    voidIt(voided);
    const late = cheque('2026-10-30', 750);
    const stale = `qbo:v2:${JSON.stringify({ v: 2, realm: QBO_REALM, since: new Date(Date.now() - 40 * 864e5).toISOString(), from: OCTOBER.from })}`;
    const asked: string[] = [];
    fake.http.faults.push({ kind: '5xx', match: (r) => (asked.push(r.query.query ?? r.path), false) });
    const next = await pull(a, NOVEMBER, stale);
    expect(asked.filter((q) => q.endsWith('/cdc'))).toEqual([]);
    expect(asked).toContain(
      `select count(*) from Purchase where MetaData.LastUpdatedTime > '${JSON.parse(stale.slice(7)).since}'`,
    );
    expect(await stored(`purchase:${voided.Id}`)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(`purchase:${late.Id}`)).toMatchObject({ status: 'open', amount_minor: -75_000 });
    expect(JSON.parse(next!.slice(7))).toMatchObject({ from: OCTOBER.from });
  });

  /** 1000 expenses of another bank account changed just now, ids from `firstId`: CDC's whole answer. */
  const thousandChangedExpenses = (firstId: number): void => {
    const later = new Date(Date.now() + 1000).toISOString();
    const other = fixture('purchase').Purchase;
    for (let i = 0; i < 1000; i++)
      fake.docs.Purchase!.push({
        ...structuredClone(other),
        Id: String(firstId + i),
        TxnDate: '2026-11-02',
        AccountRef: { value: '36', name: 'Stanbic USD' },
        CurrencyRef: { value: 'USD', name: 'United States Dollar' },
        MetaData: { CreateTime: later, LastUpdatedTime: later },
      });
  };

  it('Change Data Capture answering its limit of 1000 objects: the changes are read again by query, the documents in full', async () => {
    const a = adapter();
    const cursor = await pull(a, OCTOBER, null);
    await tick();
    thousandChangedExpenses(5000);
    // the 1001st change: left out of CDC's answer
    const late = cheque('2026-10-30', 750);
    const queries: string[] = [];
    fake.http.faults.push({ kind: '5xx', match: (r) => (queries.push(r.query.query ?? ''), false) });
    await pull(a, NOVEMBER, cursor);
    expect(await stored(`purchase:${late.Id}`)).toMatchObject({ status: 'open', amount_minor: -75_000 });
    expect(queries.some((q) => /from Purchase where MetaData\.LastUpdatedTime >/.test(q))).toBe(true);
    // an answer of the limit may be cut anywhere (per answer, not per entity, read strictly): nothing in it is trusted
    // to be all, so the open documents are read in full too
    expect(queries.some((q) => /from Invoice where Balance > '0'/.test(q))).toBe(true);
  }, 30_000);

  it('Change Data Capture cut at 1000 objects across entities: an invoice paid among the changes left out is still closed', async () => {
    const a = adapter();
    const cursor = await pull(a, OCTOBER, null);
    const invoice = fake.docs.Invoice!.find((d) => Number(d.Balance) > 0)!;
    await tick();
    // 1000 changed expenses of another account fill the answer before or after the invoice, as Intuit chooses
    thousandChangedExpenses(7000);
    fake.edit(invoice, { Balance: 0 });
    // the fake serves the entities in the order asked; asked postings first, the invoice's change would be left out
    fake.http.faults.push({
      kind: '5xx',
      match: (r) => {
        if (r.path.endsWith('/cdc'))
          r.query.entities = (r.query.entities ?? '')
            .split(',')
            .sort((x, y) => Number(x === 'Invoice') - Number(y === 'Invoice'))
            .join(',');
        return false;
      },
    });
    await pull(a, NOVEMBER, cursor);
    const row = await h.db
      .selectFrom('ledger_entries')
      .select(['status', 'closed_reason'])
      .where('source_id', '=', 'qb')
      .where('external_id', 'like', `invoice:${invoice.Id}:%`)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'void', closed_reason: 'paid' });
  }, 30_000);

  /** Every query the adapter sends from now on (the fake answers them as ever). */
  const queriesSent = () => {
    const sent: string[] = [];
    fake.http.faults.push({ kind: '5xx', match: (r) => (sent.push(r.query.query ?? r.path), false) });
    return sent;
  };
  const staleCursor = (from: string) =>
    `qbo:v2:${JSON.stringify({ v: 2, realm: QBO_REALM, since: new Date(Date.now() - 40 * 864e5).toISOString(), from })}`;

  it('reads an earlier period’s stored cheques again by Id: deleted while no pull ran for 30 days is closed gone, voided voided, moved gone, the unchanged one stays', async () => {
    const a = adapter();
    const [deleted, voided, moved, kept] = [1, 2, 3, 4].map((n) => cheque(`2026-10-1${n}`, 100 * n));
    await pull(a, OCTOBER, null);
    await tick();
    fake.remove('Purchase', deleted!);
    voidIt(voided!);
    fake.edit(moved!, { AccountRef: { value: '36', name: 'Stanbic USD' } });
    const sent = queriesSent();
    // past Change Data Capture's reach: the changes by LastUpdatedTime, which never list a deletion
    await pull(a, NOVEMBER, staleCursor(OCTOBER.from));
    expect(await stored(`purchase:${deleted!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`purchase:${voided!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(`purchase:${moved!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`purchase:${kept!.Id}`)).toMatchObject({ status: 'open', amount_minor: -40_000 });
    // asked by Id: only what the LastUpdatedTime queries did not list (each cheque was entered after their `since`)
    const byId = sent.filter((q) => / where Id IN /.test(q));
    expect(byId).toEqual([`select * from Purchase where Id IN ('${deleted!.Id}') MAXRESULTS 1`]);
  });

  it('reads them again on a pull with no cursor of its own (a new line of pulls), whatever their date', async () => {
    const a = adapter();
    const [deleted, voided, moved, edited, kept] = [1, 2, 3, 4, 5].map((n) => cheque(`2026-10-1${n}`, 100 * n));
    const deposit = fake.record('Deposit', {
      DepositToAccountRef: { value: '35' },
      TxnDate: '2026-12-03',
      Line: [{ Amount: 70, DetailType: 'DepositLineDetail', DepositLineDetail: { AccountRef: { value: '82' } } }],
    });
    await pull(a, OCTOBER, null);
    await pull(a, { from: '2026-12-01', to: '2026-12-31' }, null);
    await tick();
    fake.remove('Purchase', deleted!);
    voidIt(voided!);
    fake.edit(moved!, { AccountRef: { value: '36', name: 'Stanbic USD' } });
    fake.edit(edited!, { TotalAmt: 450, TxnDate: '2026-09-30', Line: [{ ...edited!.Line[0], Amount: 450 }] });
    fake.remove('Deposit', deposit);
    // November's pulls begin here (no cursor): no change since a pull of theirs to go by, only the store's ids
    await pull(a, NOVEMBER, null);
    expect(await stored(`purchase:${deleted!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(`purchase:${voided!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(`purchase:${moved!.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    // still QuickBooks' on the account: taken with its changes, re-dated before anything pulled included
    expect(await stored(`purchase:${edited!.Id}`)).toMatchObject({
      status: 'open',
      amount_minor: -45_000,
      entry_date: '2026-09-30',
    });
    expect(await stored(`purchase:${kept!.Id}`)).toMatchObject({ status: 'open', amount_minor: -50_000 });
    // dated after the period: read again as well
    expect(await stored(`deposit:${deposit.Id}`)).toMatchObject({ status: 'void', closed_reason: 'gone' });
  });

  it('reads at most outsidePostingsPerPull of them a pull, the rest in turn on the next pulls, and says so', async () => {
    const a = adapter({ outsidePostingsPerPull: 2 });
    const cheques = [1, 2, 3, 4, 5].map((n) => cheque(`2026-10-1${n}`, 100 * n));
    const ids = cheques.map((c) => `purchase:${c.Id}`).sort();
    fake.remove('Purchase', cheques[2]!);
    const read: string[][] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 3; i++) {
      const sent = queriesSent();
      const r = await a.pullOpenEntries({
        ledgerAccount: 'GTBank Current',
        period: NOVEMBER,
        cursor,
        openPostingsOutside: ids,
      });
      cursor = r.cursor;
      read.push(
        sent
          .filter((q) => / where Id IN /.test(q))
          .flatMap((q) => [...q.matchAll(/'(\d+)'/g)].map((m) => `purchase:${m[1]}`)),
      );
      expect(r.notes).toEqual([
        "QuickBooks Online: 2 of the 5 postings stored outside the pull's period read again this pull (outsidePostingsPerPull: 2); the other 3 in the next pulls, in turn. Until then a deletion of one of them in the books is not yet seen.",
      ]);
      if (read[i]!.includes(`purchase:${cheques[2]!.Id}`))
        expect(r.closed).toContainEqual({ id: `purchase:${cheques[2]!.Id}`, reason: 'gone' });
    }
    expect(read).toEqual([ids.slice(0, 2), ids.slice(2, 4), [ids[4], ids[0]]]);
  });
});
