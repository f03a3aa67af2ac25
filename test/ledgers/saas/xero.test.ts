import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  LedgerAuthError,
  LedgerPartialWriteError,
  LedgerRateLimitError,
  LedgerVendorError,
} from '../../../adapters/ledger/oauth/errors.js';
import { XeroAdapter } from '../../../adapters/ledger/xero/xero-adapter.js';
import { xeroConfigSchema } from '../../../adapters/ledger/xero/xero-config.js';
import type { Contract } from './contract.js';
import { contractsAvailable } from './contract.js';
import { openSqliteTestDb, type TestDb } from '../../support/databases.js';
import { saasTestEnv } from './saas-env.js';
import { pullInto, xeroTestAdapter, xeroTestConfig } from './test-adapters.js';
import { loadXeroContracts, XERO_CLIENT, XeroFake } from './xero-fake.js';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
let contracts: { accounting: Contract; identity: Contract } | null = null;
let fake: XeroFake;
let env: ReturnType<typeof saasTestEnv>;

beforeAll(async () => {
  contracts = (await contractsAvailable()) ? await loadXeroContracts() : null;
}, 120_000);

const adapterConfig = (extra: Record<string, unknown> = {}) => xeroTestConfig(fake, extra);

function adapter(extra: Record<string, unknown> = {}): XeroAdapter {
  return xeroTestAdapter(fake, env.dir, extra);
}

async function setup(options: ConstructorParameters<typeof XeroFake>[0] = {}) {
  fake = new XeroFake({ contract: contracts?.accounting ?? null, identity: contracts?.identity ?? null, ...options });
  await fake.start();
  env = saasTestEnv({ T_XERO_ID: XERO_CLIENT.id, T_XERO_SECRET: XERO_CLIENT.secret, T_XERO_RT: fake.oauth.consent() });
}

afterEach(async () => {
  await fake?.close();
  env?.cleanup();
  contracts?.accounting.assertClean();
  contracts?.identity.assertClean();
});

afterAll(() => {
  if (contracts)
    console.log(
      `[xero contract] checked ${contracts.accounting.checked.requests} requests, ${contracts.accounting.checked.responses} responses`,
    );
});

/**
 * What the fake's books hold, computed from its documents (not through the adapter's mapping): the open documents,
 * and the postings on the bound bank account (payments, spend and receive money) unreconciled, or dated in `from`'s
 * period whether Xero has reconciled them or not.
 */
function expectedOpen(f: XeroFake, from = PERIOD.from): Map<string, number> {
  const m = new Map<string, number>();
  const day = (ms: string) => new Date(Number(/\d+/.exec(ms)![0])).toISOString().slice(0, 10);
  for (const i of f.invoices)
    if (i.Status === 'AUTHORISED' && i.AmountDue > 0)
      m.set(`invoice:${i.InvoiceID}`, (i.Type === 'ACCREC' ? 1 : -1) * Math.round(i.AmountDue * 100));
  for (const c of f.creditNotes)
    if (c.Status === 'AUTHORISED' && c.RemainingCredit > 0)
      m.set(`creditnote:${c.CreditNoteID}`, -Math.round(c.RemainingCredit * 100));
  for (const t of f.bankTransactions)
    if ((!t.IsReconciled || day(t.Date) >= from) && t.Status === 'AUTHORISED')
      m.set(`banktxn:${t.BankTransactionID}`, (t.Type === 'SPEND' ? -1 : 1) * Math.round(t.Total * 100));
  for (const p of f.payments)
    if (
      (!p.IsReconciled || day(p.Date) >= from) &&
      p.Status === 'AUTHORISED' &&
      p.Account.AccountID === f.bankAccountId
    )
      m.set(
        `payment:${p.PaymentID}`,
        (['ACCPAYPAYMENT', 'ARCREDITPAYMENT'].includes(p.PaymentType) ? -1 : 1) * Math.round(p.Amount * 100),
      );
  return m;
}

describe('Xero adapter against the local Xero', () => {
  beforeEach(() => setup());

  it('pulls open invoices, bills and credit notes as documents, the bank account’s transactions as postings; stores the grant encrypted', async () => {
    const a = adapter();
    const r = await a.pullOpenEntries({ period: PERIOD, ledgerAccount: 'Bank:GTBank' });
    const got = new Map(r.entries.map((e) => [e.id, e.amountMinor]));
    expect(got).toEqual(expectedOpen(fake));
    expect(r.entries.every((e) => e.currency === 'NGN' && e.account === 'Bank:GTBank')).toBe(true);
    // invoices, bills and credit notes are documents; the bank account's own transactions are the books' postings
    expect(new Set(r.entries.filter((e) => e.kind === 'document').map((e) => e.id.split(':')[0]))).toEqual(
      new Set(['invoice', 'creditnote']),
    );
    expect(r.entries.filter((e) => e.kind !== 'document').map((e) => [e.id.split(':')[0], e.kind])).toEqual([
      ['banktxn', 'posting'],
      ['banktxn', 'posting'],
    ]);
    const inv = r.entries.find((e) => e.reference === 'INV-00001')!;
    expect(inv.party).toBeTruthy();
    expect(inv.date).toMatch(/^2026-\d\d-\d\d$/);
    // The refresh token rotated and the new grant is on disk, sealed: no token text in the file.
    const file = readFileSync(join(env.dir, 'tokens/xero.enc'), 'utf8');
    expect(a.session.refreshes).toBe(1);
    expect(file).not.toContain('rt-');
    expect(file).not.toContain('at-');
    expect(JSON.parse(file).alg).toBe('aes-256-gcm');
  });

  it('pulls incrementally with If-Modified-Since: only what changed comes back', async () => {
    const a = adapter();
    const first = await a.pullOpenEntries({ period: PERIOD });
    const changed = fake.invoices[1]!;
    await new Promise((r) => setTimeout(r, 5));
    changed.AmountDue = 10.5;
    changed.UpdatedDateUTC = `/Date(${Date.now()}+0000)/`;
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: first.cursor });
    expect(second.entries.map((e) => [e.id, e.amountMinor])).toEqual([[`invoice:${changed.InvoiceID}`, 1050]]);
    expect(second.cursor).not.toBe(first.cursor);
  });

  it('an incremental pull reports what was paid or voided in Xero since as closed, not a posting Xero reconciled', async () => {
    const a = adapter();
    // a period after the unreconciled SMS charge of 5 October: outstanding from before it, it is read all the same
    const period = { from: '2026-10-10', to: PERIOD.to };
    const first = await a.pullOpenEntries({ period });
    const open = expectedOpen(fake, period.from);
    const [paid, voided] = fake.invoices.filter((i) => open.has(`invoice:${i.InvoiceID}`));
    const credit = fake.creditNotes.find((c) => open.has(`creditnote:${c.CreditNoteID}`))!;
    const txn = fake.bankTransactions.find((t) => open.has(`banktxn:${t.BankTransactionID}`))!;
    expect(first.entries.map((e) => e.id)).toContain(`banktxn:${txn.BankTransactionID}`);
    await new Promise((r) => setTimeout(r, 5));
    const stamp = `/Date(${Date.now()}+0000)/`;
    Object.assign(paid!, { Status: 'PAID', AmountDue: 0, AmountPaid: paid!.Total, UpdatedDateUTC: stamp });
    Object.assign(voided!, { Status: 'VOIDED', UpdatedDateUTC: stamp });
    Object.assign(credit, { Status: 'VOIDED', UpdatedDateUTC: stamp });
    Object.assign(txn, { IsReconciled: true, UpdatedDateUTC: stamp });
    const second = await a.pullOpenEntries({ period, cursor: first.cursor });
    expect(second.entries).toEqual([]);
    expect(new Map(second.closed!.map((c) => [c.id, c.reason]))).toEqual(
      new Map([
        [`invoice:${paid!.InvoiceID}`, 'paid'],
        [`invoice:${voided!.InvoiceID}`, 'voided'],
        [`creditnote:${credit.CreditNoteID}`, 'voided'],
        // not the SMS charge Xero reconciled, though dated before the period: Xero's feed matching it does not clear
        // it on bankfeed's statement; it stays as stored for the bank line that clears it
      ]),
    );
  });

  it('pulls the payments on the bound bank account as postings, reconciled in Xero or not, under the id a write-back reports', async () => {
    const a = adapter();
    const [inv, bill] = [
      fake.invoices.find((i) => i.Type === 'ACCREC')!,
      fake.invoices.find((i) => i.Type === 'ACCPAY')!,
    ];
    const hand = fake.payByHand({
      invoiceNumber: inv.InvoiceNumber,
      date: '2026-11-03',
      minor: 10_000,
      reference: 'NIP 4411',
    });
    const paidBill = fake.payByHand({ invoiceNumber: bill.InvoiceNumber, date: '2026-11-04', minor: 20_000 });
    Object.assign(paidBill, { IsReconciled: true });
    // a payment into the other bank account is not this one's
    const other = fake.payByHand({ invoiceNumber: fake.invoices[2]!.InvoiceNumber, date: '2026-11-05', minor: 5_000 });
    other.Account = { AccountID: fake.accounts[1]!.AccountID, Code: '091' };
    const first = await a.pullOpenEntries({ period: PERIOD, ledgerAccount: '090' });
    const payments = first.entries.filter((e) => e.id.startsWith('payment:'));
    expect(payments).toEqual([
      {
        id: `payment:${hand.PaymentID}`,
        date: '2026-11-03',
        amountMinor: 10_000,
        currency: 'NGN',
        reference: 'NIP 4411',
        description: `Payment of invoice ${inv.InvoiceNumber}`,
        party: inv.Contact.Name,
        account: '090',
        kind: 'posting',
      },
      {
        id: `payment:${paidBill.PaymentID}`,
        date: '2026-11-04',
        amountMinor: -20_000,
        currency: 'NGN',
        reference: bill.InvoiceNumber,
        description: `Payment of bill ${bill.InvoiceNumber}`,
        party: bill.Contact.Name,
        account: '090',
        kind: 'posting',
      },
    ]);
    expect(new Map(first.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));

    // deleted in Xero, moved to the other bank account, reconciled (in the period: still the books')
    await new Promise((r) => setTimeout(r, 5));
    const stamp = `/Date(${Date.now()}+0000)/`;
    Object.assign(hand, { Status: 'DELETED', UpdatedDateUTC: stamp });
    Object.assign(paidBill, {
      Account: { AccountID: fake.accounts[1]!.AccountID, Code: '091' },
      UpdatedDateUTC: stamp,
    });
    const later = fake.payByHand({ invoiceNumber: fake.invoices[3]!.InvoiceNumber, date: '2026-11-06', minor: 7_000 });
    Object.assign(later, { IsReconciled: true });
    const second = await a.pullOpenEntries({ period: PERIOD, ledgerAccount: '090', cursor: first.cursor });
    expect(second.entries.filter((e) => e.id.startsWith('payment:')).map((e) => [e.id, e.amountMinor])).toEqual([
      [`payment:${later.PaymentID}`, 7_000],
    ]);
    // every payment listed before and gone from this account since is closed (one on the other account that was
    // never this one's may be named too, when it was touched after the first pull's cursor: nothing holds it)
    const listed = new Set(payments.map((e) => e.id));
    expect(new Map(second.closed!.filter((c) => listed.has(c.id)).map((c) => [c.id, c.reason]))).toEqual(
      new Map([
        [`payment:${hand.PaymentID}`, 'gone'],
        [`payment:${paidBill.PaymentID}`, 'gone'],
      ]),
    );
    expect(second.closed!.some((c) => c.id === `payment:${later.PaymentID}`)).toBe(false);
  });

  it('a full pull reads what Xero reconciled only where dated in the period (the rest the bank cleared before it)', async () => {
    // the fake's RECEIVE of 6 October is reconciled in Xero
    const receipt = fake.bankTransactions.find((t) => t.IsReconciled)!;
    const inPeriod = await adapter().pullOpenEntries({ period: { from: '2026-10-01', to: PERIOD.to } });
    expect(inPeriod.entries.map((e) => e.id)).toContain(`banktxn:${receipt.BankTransactionID}`);
    const after = await adapter().pullOpenEntries({ period: { from: '2026-10-07', to: PERIOD.to } });
    expect(after.entries.map((e) => e.id)).not.toContain(`banktxn:${receipt.BankTransactionID}`);
    expect(new Map(after.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake, '2026-10-07'));
  });

  it('keeps a payment and a spend money it stored when Xero reconciles them, dated before the period; closes them when deleted, voided or moved off the account', async () => {
    const a = adapter();
    const october = { from: '2026-10-01', to: PERIOD.to };
    const [bill, other] = fake.invoices.filter((i) => i.Type === 'ACCPAY');
    // a supplier's cheque of 28 September and a generator service paid by cheque on 20 September, neither presented
    const cheque = fake.payByHand({ invoiceNumber: bill!.InvoiceNumber, date: '2026-09-28', minor: 30_000 });
    const second = fake.payByHand({ invoiceNumber: other!.InvoiceNumber, date: '2026-09-25', minor: 12_000 });
    fake.spendOrReceiveByHand({
      date: '2026-09-20',
      minor: -45_000,
      contact: 'Utako Generators',
      description: 'Generator service, cheque 000097',
      reference: '000097',
    });
    const service = fake.bankTransactions.find((t) => t.Reference === '000097')!;
    const ids = [`payment:${cheque.PaymentID}`, `payment:${second.PaymentID}`, `banktxn:${service.BankTransactionID}`];
    const first = await a.pullOpenEntries({ period: october, ledgerAccount: '090' });
    expect(new Map(first.entries.filter((e) => ids.includes(e.id)).map((e) => [e.id, e.amountMinor]))).toEqual(
      new Map([
        [ids[0], -30_000],
        [ids[1], -12_000],
        [ids[2], -45_000],
      ]),
    );

    // the bank presents them in October and the team reconciles them in Xero's own bank feed (Xero touches each)
    await new Promise((r) => setTimeout(r, 5));
    for (const d of [cheque, second, service])
      Object.assign(d, { IsReconciled: true, UpdatedDateUTC: `/Date(${Date.now()}+0000)/` });
    const reconciled = await a.pullOpenEntries({ period: october, ledgerAccount: '090', cursor: first.cursor });
    // neither read again (dated before the period) nor closed: each stays as stored, open for the line that clears it
    expect(reconciled.entries.filter((e) => ids.includes(e.id))).toEqual([]);
    expect((reconciled.closed ?? []).filter((c) => ids.includes(c.id))).toEqual([]);

    // the books remove them: deleted, voided, moved to the other bank account, reconciled or not
    await new Promise((r) => setTimeout(r, 5));
    const stamp = `/Date(${Date.now()}+0000)/`;
    Object.assign(cheque, { Status: 'DELETED', UpdatedDateUTC: stamp });
    Object.assign(service, { Status: 'VOIDED', UpdatedDateUTC: stamp });
    Object.assign(second, { Account: { AccountID: fake.accounts[1]!.AccountID, Code: '091' }, UpdatedDateUTC: stamp });
    const removed = await a.pullOpenEntries({ period: october, ledgerAccount: '090', cursor: reconciled.cursor });
    expect(new Map((removed.closed ?? []).filter((c) => ids.includes(c.id)).map((c) => [c.id, c.reason]))).toEqual(
      new Map([
        [ids[0], 'gone'],
        [ids[1], 'gone'],
        [ids[2], 'voided'],
      ]),
    );
  });

  it('does not take in a posting Xero reconciled before the period that it never stored when Xero touches it', async () => {
    const a = adapter();
    // the fake's RECEIVE of 6 October, reconciled in Xero: before this period, so the full pull leaves it out
    const receipt = fake.bankTransactions.find((t) => t.IsReconciled)!;
    const period = { from: '2026-10-07', to: PERIOD.to };
    const first = await a.pullOpenEntries({ period });
    expect(first.entries.map((e) => e.id)).not.toContain(`banktxn:${receipt.BankTransactionID}`);
    // re-coded at year end in Xero: touched, still reconciled
    await new Promise((r) => setTimeout(r, 5));
    receipt.LineItems[0].AccountCode = '200';
    receipt.UpdatedDateUTC = `/Date(${Date.now()}+0000)/`;
    const second = await a.pullOpenEntries({ period, cursor: first.cursor });
    // listed, it would be stored as a deposit in transit no line of the feed ever clears; closed, nothing was open
    expect(second.entries).toEqual([]);
    expect(second.closed ?? []).toEqual([]);
  });

  it('a cursor written before payments were pulled reads the open documents and the postings in full once, and what closed since', async () => {
    const a = adapter();
    const first = await a.pullOpenEntries({ period: PERIOD });
    // as the adapter wrote it before session 32: no `payments`
    const { payments: _p, ...old } = JSON.parse(first.cursor!.slice('xero:v1:'.length)) as Record<string, unknown>;
    const hand = fake.payByHand({ invoiceNumber: fake.invoices[0]!.InvoiceNumber, date: '2026-11-03', minor: 10_000 });
    await new Promise((r) => setTimeout(r, 5));
    const voided = fake.invoices[1]!;
    Object.assign(voided, { Status: 'VOIDED', UpdatedDateUTC: `/Date(${Date.now()}+0000)/` });
    const second = await a.pullOpenEntries({ period: PERIOD, cursor: `xero:v1:${JSON.stringify(old)}` });
    // every open document again, as a document; the payments; of the bank transactions only what Xero reconciled in
    // the period (the unreconciled ones were stored as postings already)
    const reconciled = fake.bankTransactions.filter((t) => t.IsReconciled).map((t) => `banktxn:${t.BankTransactionID}`);
    expect(new Map(second.entries.map((e) => [e.id, e.amountMinor]))).toEqual(
      new Map([...expectedOpen(fake)].filter(([id]) => !id.startsWith('banktxn:') || reconciled.includes(id))),
    );
    expect(second.entries.filter((e) => e.kind === 'document')).toHaveLength(second.entries.length - 2);
    expect(second.entries.find((e) => e.id === `payment:${hand.PaymentID}`)?.kind).toBe('posting');
    expect(second.closed).toContainEqual({ id: `invoice:${voided.InvoiceID}`, reason: 'voided' });
    const third = await a.pullOpenEntries({ period: PERIOD, cursor: second.cursor });
    expect(third.entries).toEqual([]);
  });

  it('a second adapter reuses the stored grant (the rotated refresh token, not the spent bootstrap one)', async () => {
    await adapter().pullOpenEntries({ period: PERIOD });
    fake.oauth.expireAccessTokens();
    const b = adapter();
    await b.pullOpenEntries({ period: PERIOD });
    expect(b.session.refreshes).toBe(1);
  });
});

describe('Xero: the postings stored outside the pull’s period, read again by id', () => {
  const SEPTEMBER = { from: '2026-09-01', to: '2026-09-30' };
  const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
  let h: TestDb;
  beforeEach(async () => {
    await setup();
    h = await openSqliteTestDb();
  });
  afterEach(async () => {
    await h?.dispose();
  });

  const tick = () => new Promise((r) => setTimeout(r, 5));
  const stamp = () => `/Date(${Date.now()}+0000)/`;
  const pull = (a: XeroAdapter, period: { from: string; to: string }, cursor: string | null) =>
    pullInto(h.db, a, { sourceId: 'xero', ledgerAccount: '090', period, cursor });
  const stored = async (id: string) =>
    h.db
      .selectFrom('ledger_entries')
      .select(['status', 'closed_reason', 'amount_minor', 'description'])
      .where('source_id', '=', 'xero')
      .where('external_id', '=', id)
      .executeTakeFirst();
  /** The `where` of every request the adapter sends from now on (the fake answers them as ever). */
  const wheresSent = () => {
    const sent: string[] = [];
    fake.http.faults.push({ kind: '5xx', match: (r) => (r.query.where && sent.push(r.query.where), false) });
    return sent;
  };
  const idsIn = (wheres: string[]) =>
    new Set(
      wheres.flatMap((w) => [...w.matchAll(/(PaymentID|BankTransactionID)==Guid\("([^"]+)"\)/g)].map((m) => m[2])),
    );

  /**
   * September's books: two supplier cheques (payments of bills) and three spend money cheques, none presented; the
   * first pull stores them.
   */
  async function september(a: XeroAdapter) {
    const [billA, billB] = fake.invoices.filter((i) => i.Type === 'ACCPAY');
    const deleted = fake.payByHand({ invoiceNumber: billA!.InvoiceNumber, date: '2026-09-08', minor: 30_000 });
    const moved = fake.payByHand({ invoiceNumber: billB!.InvoiceNumber, date: '2026-09-10', minor: 12_000 });
    const spend = (n: number, minor: number) =>
      fake.spendOrReceiveByHand({
        date: `2026-09-1${n}`,
        minor,
        contact: 'Utako Generators',
        description: `Generator service, cheque 00009${n}`,
        reference: `00009${n}`,
      });
    const [voided, kept, recoded] = [spend(2, -45_000), spend(3, -5_000), spend(4, -7_500)];
    const cursor = await pull(a, SEPTEMBER, null);
    const ids = {
      deleted: `payment:${deleted.PaymentID}`,
      moved: `payment:${moved.PaymentID}`,
      voided: `banktxn:${voided.BankTransactionID}`,
      kept: `banktxn:${kept.BankTransactionID}`,
      recoded: `banktxn:${recoded.BankTransactionID}`,
    };
    for (const id of Object.values(ids)) expect(await stored(id)).toMatchObject({ status: 'open' });
    await tick();
    return { cursor, ids, docs: { deleted, moved, voided, kept, recoded } };
  }

  it('across an incremental pull: deleted is closed gone, voided voided, moved gone, the unchanged one stays, and one Xero reconciled and re-described is taken with its change', async () => {
    const a = adapter();
    const { cursor, ids, docs } = await september(a);
    Object.assign(docs.deleted, { Status: 'DELETED', UpdatedDateUTC: stamp() });
    Object.assign(docs.voided, { Status: 'VOIDED', UpdatedDateUTC: stamp() });
    Object.assign(docs.moved, {
      Account: { AccountID: fake.accounts[1]!.AccountID, Code: '091' },
      UpdatedDateUTC: stamp(),
    });
    // presented and reconciled in Xero's own bank feed, and re-described there: the increment neither lists nor
    // closes a posting Xero reconciled that is dated before the period
    docs.recoded.LineItems[0].Description = 'Generator service (quarterly), cheque 000094';
    Object.assign(docs.recoded, { IsReconciled: true, UpdatedDateUTC: stamp() });
    const sent = wheresSent();
    await pull(a, NOVEMBER, cursor);
    expect(await stored(ids.deleted)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(ids.voided)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(ids.moved)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(ids.kept)).toMatchObject({ status: 'open', amount_minor: -5_000 });
    expect(await stored(ids.recoded)).toMatchObject({
      status: 'open',
      amount_minor: -7_500,
      description: 'Generator service (quarterly), cheque 000094',
    });
    // read by id: what the increment did not speak of (the unchanged one, the reconciled one, and the fake's own
    // October spend and receive money, stored by September's pull)
    expect(idsIn(sent)).toEqual(
      new Set([
        docs.kept.BankTransactionID,
        docs.recoded.BankTransactionID,
        ...fake.bankTransactions.filter((t) => t.Contact.Name === 'GTBank').map((t) => t.BankTransactionID),
      ]),
    );
  });

  it('on a pull with no cursor of its own (a new line of pulls), which reads only what is open: deleted, voided and moved are closed all the same', async () => {
    const a = adapter();
    const { ids, docs } = await september(a);
    Object.assign(docs.deleted, { Status: 'DELETED', UpdatedDateUTC: stamp() });
    Object.assign(docs.voided, { Status: 'VOIDED', UpdatedDateUTC: stamp() });
    Object.assign(docs.moved, {
      Account: { AccountID: fake.accounts[1]!.AccountID, Code: '091' },
      UpdatedDateUTC: stamp(),
    });
    // and one Xero no longer finds at all
    fake.bankTransactions.splice(fake.bankTransactions.indexOf(docs.recoded), 1);
    await pull(a, NOVEMBER, null);
    expect(await stored(ids.deleted)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(ids.voided)).toMatchObject({ status: 'void', closed_reason: 'voided' });
    expect(await stored(ids.moved)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(ids.recoded)).toMatchObject({ status: 'void', closed_reason: 'gone' });
    expect(await stored(ids.kept)).toMatchObject({ status: 'open', amount_minor: -5_000 });
  });

  it('reads at most outsidePostingsPerPull of them a pull, the rest in turn on the next pulls, and says so', async () => {
    const a = adapter({ outsidePostingsPerPull: 2 });
    const { ids, docs, cursor: stored_ } = await september(a);
    // gone from Xero without a trace an increment would see
    fake.bankTransactions.splice(fake.bankTransactions.indexOf(docs.recoded), 1);
    const all = Object.values(ids).sort();
    const read: string[][] = [];
    let cursor: string | null = stored_;
    for (let i = 0; i < 3; i++) {
      const sent = wheresSent();
      const r = await a.pullOpenEntries({ ledgerAccount: '090', period: NOVEMBER, cursor, openPostingsOutside: all });
      cursor = r.cursor;
      read.push(all.filter((id) => idsIn(sent).has(id.split(':')[1])));
      expect(r.notes).toEqual([
        "Xero: 2 of the 5 postings stored outside the pull's period read again this pull (outsidePostingsPerPull: 2); the other 3 in the next pulls, in turn. Until then a deletion of one of them in the books is not yet seen.",
      ]);
      if (read[i]!.includes(ids.recoded)) expect(r.closed).toContainEqual({ id: ids.recoded, reason: 'gone' });
    }
    expect(read).toEqual([all.slice(0, 2), all.slice(2, 4), [all[0], all[4]]]);
  });
});

describe('Xero faults', () => {
  it('pages through partial and duplicated pages: every open invoice once', async () => {
    await setup({ openInvoices: 17, openBills: 0 });
    fake.partialPage = 2;
    fake.duplicatePage = 3;
    const r = await adapter({ pageSize: 4 }).pullOpenEntries({ period: PERIOD });
    const ids = r.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    expect(fake.http.count('GET', /\/Invoices$/)).toBeGreaterThanOrEqual(5);
  });

  it('expiry mid-sync: a 401 on page 2 refreshes the token once and the pull completes', async () => {
    await setup({ openInvoices: 9, openBills: 0 });
    const a = adapter({ pageSize: 4 });
    let pages = 0;
    fake.http.faults.push({
      kind: 'stale-token',
      match: (r) => r.path.endsWith('/Invoices') && ++pages === 2,
      body: { Title: 'Unauthorized', Status: 401, Detail: 'TokenExpired' },
    });
    const r = await a.pullOpenEntries({ period: PERIOD });
    expect(r.entries.filter((e) => e.id.startsWith('invoice:'))).toHaveLength(9);
    expect(a.session.refreshes).toBe(2);
    expect(fake.http.served.filter((s) => s.status === 401)).toHaveLength(1);
  });

  it('refreshes before expiry without a 401 when the stored token is about to lapse', async () => {
    await setup();
    const { MemoryTokenStore } = await import('../../../adapters/ledger/oauth/token-store.js');
    // A stored token with 60 s left (inside the 120 s margin) that the vendor would refuse.
    const store = new MemoryTokenStore({
      accessToken: 'at-old',
      refreshToken: fake.oauth.consent(),
      expiresAt: Date.now() + 60_000,
    });
    const a = new XeroAdapter(adapterConfig(), { store });
    await a.pullOpenEntries({ period: PERIOD });
    expect(a.session.refreshes).toBe(1);
    expect(fake.http.served.filter((s) => s.status === 401)).toHaveLength(0);
    expect((await store.load())!.accessToken).not.toBe('at-old');
  });

  it('revoked credentials stop the source with a clear error and no retries', async () => {
    await setup();
    await adapter().pullOpenEntries({ period: PERIOD });
    fake.oauth.revoked = true;
    const err = await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerAuthError);
    expect((err as Error).message).toMatch(/revoked or has expired; reconnect/);
    expect((err as Error).message).not.toMatch(/rt-|at-|secret/);
  });

  it('429 with Retry-After is waited out; a daily limit stops the source', async () => {
    await setup();
    fake.http.faults.push({
      kind: '429',
      match: (r) => r.path.endsWith('/Invoices'),
      headers: { 'retry-after': '1', 'x-rate-limit-problem': 'minute' },
    });
    await adapter().pullOpenEntries({ period: PERIOD });
    expect(fake.http.served.map((s) => s.status)).toContain(429);
    fake.http.faults.push({
      kind: '429',
      match: (r) => r.path.endsWith('/Invoices'),
      headers: { 'retry-after': '43200', 'x-rate-limit-problem': 'day' },
    });
    const before = fake.http.served.length;
    const err = await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerRateLimitError);
    expect((err as LedgerRateLimitError).retryAt!.getTime()).toBeGreaterThan(Date.now() + 40_000_000);
    expect(fake.http.served.slice(before).filter((s) => s.path.endsWith('/Invoices'))).toHaveLength(1);
  });

  it('waits for the next minute when X-MinLimit-Remaining reaches 0', async () => {
    await setup();
    fake.minuteRemaining = 1;
    const slept: number[] = [];
    const a = new XeroAdapter(
      xeroConfigSchema.parse({
        id: 'b',
        kind: 'xero',
        clientIdEnv: 'T_XERO_ID',
        clientSecretEnv: 'T_XERO_SECRET',
        refreshTokenEnv: 'T_XERO_RT',
        tokenFile: 't',
        bankAccount: '090',
        apiUrl: fake.apiUrl,
        connectionsUrl: `${fake.http.url}/connections`,
        tokenUrl: `${fake.http.url}/connect/token`,
        minuteWindowMs: 60_000,
      }),
      {
        store: new (await import('../../../adapters/ledger/oauth/token-store.js')).MemoryTokenStore(),
        sleep: async (ms) => void slept.push(ms),
      },
    );
    await a.pullOpenEntries({ period: PERIOD });
    expect(slept.length).toBeGreaterThan(0);
    expect(slept[0]).toBeGreaterThan(50_000);
  });

  it('5xx and dropped connections are retried with backoff; persistent outage fails as a vendor error', async () => {
    await setup();
    fake.http.faults.push(
      { kind: '5xx', match: (r) => r.path.endsWith('/Invoices') },
      { kind: 'reset', match: (r) => r.path.endsWith('/CreditNotes') },
    );
    const r = await adapter().pullOpenEntries({ period: PERIOD });
    expect(new Map(r.entries.map((e) => [e.id, e.amountMinor]))).toEqual(expectedOpen(fake));
    for (let i = 0; i < 4; i++) fake.http.faults.push({ kind: '5xx', match: (x) => x.path.endsWith('/Invoices') });
    const err = await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerVendorError);
    expect((err as Error).message).toMatch(/GET \/Invoices page 1: HTTP 503 \(gave up after 4 attempts\)/);
  });

  it('picks the tenant: one reached is used, several need tenantId, a wrong one is refused', async () => {
    await setup({ tenants: 2 });
    await expect(adapter().pullOpenEntries({ period: PERIOD })).rejects.toThrow(
      /reaches 2 organisations; set tenantId/,
    );
    const r = await adapter({ tenantId: fake.tenantIds[1] }).pullOpenEntries({ period: PERIOD });
    expect(r.entries.length).toBeGreaterThan(0);
    await expect(
      adapter({ tenantId: '00000000-0000-4000-a000-000000000000' }).pullOpenEntries({ period: PERIOD }),
    ).rejects.toThrow(LedgerAuthError);
  });

  it('custom connections use the client-credentials grant (no refresh token)', async () => {
    await setup();
    const a = adapter({ connection: 'custom-connection', refreshTokenEnv: undefined });
    const r = await a.pullOpenEntries({ period: PERIOD });
    expect(r.entries.length).toBeGreaterThan(0);
    expect(fake.oauth.issued).toBe(1);
  });
});

describe('Xero source check (bankfeed ledgers test)', () => {
  beforeEach(() => setup());

  it('reports the grant, organisation, bank account and invoice access; a wrong bank account is named with the choices', async () => {
    const good = await adapter().checkSource();
    expect(good.map((c) => [c.check, c.ok])).toEqual([
      ['credentials', true],
      ['organisation', true],
      ['bank account', true],
      ['read invoices', true],
    ]);
    expect(good[2]!.detail).toBe('bank account 090 "GTBank Current" in NGN');
    const bad = await adapter({ bankAccount: '999' }).checkSource();
    expect(bad.at(-1)).toMatchObject({
      check: 'bank account',
      ok: false,
      detail: expect.stringMatching(/"999" is not among .*090, 091/),
    });
    expect(bad.at(-1)!.detail).not.toMatch(/0123456789/);
    fake.oauth.revoked = true;
    const revoked = await adapter().checkSource();
    expect(revoked).toEqual([
      { check: 'credentials', ok: false, detail: expect.stringMatching(/reconnect this source/) },
    ]);
  });
});

describe('Xero write-back', () => {
  beforeEach(() => setup());

  it('a confirmed match becomes one Payment on the bound bank account; a retry writes nothing twice', async () => {
    const a = adapter();
    const inv = fake.invoices[0]!;
    const due = Math.round(inv.AmountDue * 100);
    const s = {
      idempotencyKey: 'match-41',
      entryId: `invoice:${inv.InvoiceID}`,
      date: '2026-11-20',
      amountMinor: due - 5_000,
      currency: 'NGN' as const,
      bankAccount: 'Bank',
    };
    const [r1] = await a.settleEntries([s]);
    // reported under the id the next pull lists the payment by, so the match is joined to it
    expect(r1).toEqual({
      idempotencyKey: 'match-41',
      status: 'written',
      created: true,
      externalId: `payment:${fake.payments[0]!.PaymentID}`,
    });
    expect(fake.payments).toHaveLength(1);
    expect(fake.payments[0]!.Account.AccountID).toBe(fake.bankAccountId);
    // A partial payment leaves the right amount due.
    expect(Math.round(inv.AmountDue * 100)).toBe(5_000);
    const [r2] = await adapter().settleEntries([s]);
    expect(r2).toMatchObject({
      status: 'written',
      created: false,
      externalId: (r1 as { externalId: string }).externalId,
    });
    expect(fake.payments).toHaveLength(1);
  });

  it('a match of a posting already in Xero (a payment recorded by hand, spend money) writes nothing', async () => {
    const hand = fake.payByHand({ invoiceNumber: fake.invoices[0]!.InvoiceNumber, date: '2026-11-03', minor: 10_000 });
    const txn = fake.bankTransactions[0]!;
    const base = { date: '2026-11-03', currency: 'NGN' as const, bankAccount: '090' };
    const before = fake.http.served.length;
    const res = await adapter().settleEntries([
      { ...base, idempotencyKey: 'm-hand', entryId: `payment:${hand.PaymentID}`, amountMinor: 10_000 },
      { ...base, idempotencyKey: 'm-txn', entryId: `banktxn:${txn.BankTransactionID}`, amountMinor: -107_500 },
    ]);
    expect(res).toEqual([
      { idempotencyKey: 'm-hand', status: 'written', externalId: `payment:${hand.PaymentID}`, created: false },
      { idempotencyKey: 'm-txn', status: 'written', externalId: `banktxn:${txn.BankTransactionID}`, created: false },
    ]);
    expect(fake.payments).toHaveLength(1);
    expect(fake.http.served.slice(before).filter((x) => x.method === 'PUT')).toEqual([]);
  });

  it('states the bank account’s book balance on a date from Xero’s Bank Summary report, moving with what is booked', async () => {
    const a = adapter();
    // Opening 500,000.00, a SPEND of 1,075.00 on 5 Oct and a RECEIVE of 250,000.00 on 6 Oct.
    expect(await a.bookBalance({ asOf: '2026-11-30' })).toMatchObject({
      balanceMinor: 74_892_500,
      currency: 'NGN',
      asOf: '2026-11-30',
    });
    expect((await a.bookBalance({ asOf: '2026-10-05' }))!.balanceMinor).toBe(50_000_000 - 107_500);
    const inv = fake.invoices[0]!;
    await a.settleEntries([
      {
        idempotencyKey: 'bal-1',
        entryId: `invoice:${inv.InvoiceID}`,
        date: '2026-11-20',
        amountMinor: 1_234_56,
        currency: 'NGN',
        bankAccount: 'B',
      },
    ]);
    expect((await a.bookBalance({ asOf: '2026-11-30' }))!.balanceMinor).toBe(74_892_500 + 1_234_56);
    expect((await a.bookBalance({ asOf: '2026-11-19' }))!.balanceMinor).toBe(74_892_500);
  });

  it('an answer lost after Xero wrote the payment is replayed by the Idempotency-Key, not paid twice', async () => {
    const inv = fake.invoices[2]!;
    fake.http.faults.push({ kind: 'lost-answer', match: (r) => r.method === 'PUT' && r.path.endsWith('/Payments') });
    const [r] = await adapter().settleEntries([
      {
        idempotencyKey: 'match-7',
        entryId: `invoice:${inv.InvoiceID}`,
        date: '2026-11-20',
        amountMinor: Math.round(inv.AmountDue * 100),
        currency: 'NGN',
        bankAccount: 'Bank',
      },
    ]);
    expect(r).toMatchObject({ status: 'written' });
    expect(fake.payments).toHaveLength(1);
    expect(inv.Status).toBe('PAID');
  });

  it('vendor rejections come back per match in Xero’s words; the others are written', async () => {
    fake.lockDate = '2026-10-31';
    const [a, b, c] = fake.invoices;
    const bill = fake.invoices.find((i) => i.Type === 'ACCPAY')!;
    a!.Status = 'VOIDED';
    const res = await adapter().settleEntries([
      {
        idempotencyKey: 'k-void',
        entryId: `invoice:${a!.InvoiceID}`,
        date: '2026-11-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'B',
      },
      {
        idempotencyKey: 'k-locked',
        entryId: `invoice:${b!.InvoiceID}`,
        date: '2026-10-15',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'B',
      },
      {
        idempotencyKey: 'k-ok',
        entryId: `invoice:${c!.InvoiceID}`,
        date: '2026-11-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'B',
      },
      {
        idempotencyKey: 'k-bill',
        entryId: `invoice:${bill.InvoiceID}`,
        date: '2026-11-21',
        amountMinor: -200,
        currency: 'NGN',
        bankAccount: 'B',
      },
    ]);
    expect(res.map((r) => r.status)).toEqual(['rejected', 'rejected', 'written', 'written']);
    expect(res[0]).toMatchObject({ vendorMessage: 'Payment cannot be applied to a document with status VOIDED' });
    expect(res[1]).toMatchObject({ vendorMessage: expect.stringMatching(/lock date/) });
    expect(fake.payments.map((p) => p.Amount)).toEqual([1, 2]);
  });

  it('a currency mismatch is refused by Xero with its message', async () => {
    fake.invoices[3]!.CurrencyCode = 'USD';
    const [r] = await adapter().settleEntries([
      {
        idempotencyKey: 'k-usd',
        entryId: `invoice:${fake.invoices[3]!.InvoiceID}`,
        date: '2026-11-20',
        amountMinor: 100,
        currency: 'NGN',
        bankAccount: 'B',
      },
    ]);
    expect(r).toMatchObject({
      status: 'rejected',
      vendorMessage: expect.stringMatching(/does not match the document currency/),
    });
    expect(fake.payments).toHaveLength(0);
  });

  it('rule-classified charges become SPEND bank transactions, once; a bad account code is refused with Xero’s message', async () => {
    const a = adapter();
    const posting = {
      idempotencyKey: 'bankfeed-group-3',
      date: '2026-11-02',
      description: 'SMS alert charge',
      amountMinor: -2_150,
      currency: 'NGN' as const,
      bankAccount: '090',
      contraAccount: '404',
      reference: 'FT123',
    };
    const r = await a.postEntries([posting]);
    const created = () => fake.bankTransactions.at(-1)!;
    expect(r).toEqual([
      { idempotencyKey: 'bankfeed-group-3', externalId: `banktxn:${created().BankTransactionID}`, created: true },
    ]);
    const charge = created();
    expect(charge).toMatchObject({ Type: 'SPEND', Total: 21.5, BankAccount: { AccountID: fake.bankAccountId } });
    const again = await adapter().postEntries([posting]);
    expect(again).toEqual([
      { idempotencyKey: 'bankfeed-group-3', externalId: `banktxn:${charge.BankTransactionID}`, created: false },
    ]);
    expect(fake.bankTransactions.filter((t) => t.Reference === charge.Reference)).toHaveLength(1);
    const err = await a
      .postEntries([
        { ...posting, idempotencyKey: 'bankfeed-group-4', contraAccount: '999' },
        { ...posting, idempotencyKey: 'bankfeed-group-5' },
      ])
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LedgerPartialWriteError);
    expect((err as LedgerPartialWriteError).rejected).toEqual([
      {
        idempotencyKey: 'bankfeed-group-4',
        vendorMessage: "Account code '999' is not a valid code for this document.",
      },
    ]);
    expect((err as LedgerPartialWriteError).written.map((w) => w.idempotencyKey)).toEqual(['bankfeed-group-5']);
  });
});

describe('Xero contract checks', () => {
  it('a fake answer that drifts from Xero’s schema is caught', async () => {
    if (!contracts) return;
    await setup();
    fake.invoices[0]!.AmountDue = 'lots';
    await adapter()
      .pullOpenEntries({ period: PERIOD })
      .catch(() => undefined);
    const drift = contracts.accounting.violations.splice(0);
    expect(drift.map((v) => v.errors).join(' ')).toMatch(/AmountDue must be number/);
  });

  it('a request that drifts from Xero’s schema is caught', async () => {
    if (!contracts) return;
    await setup();
    const token = (await adapter().session.accessToken()) as string;
    await fetch(`${fake.apiUrl}/Payments`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${token}`,
        'xero-tenant-id': fake.tenantIds[0]!,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ Payments: [{ Invoice: { InvoiceID: 'not-a-uuid' }, Amount: '12.00' }] }),
    });
    const drift = contracts.accounting.violations.splice(0);
    expect(drift.map((v) => v.errors).join(' ')).toMatch(/must be number|must match format/);
  });
});
