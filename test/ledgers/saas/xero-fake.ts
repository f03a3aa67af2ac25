import { randomUUID } from 'node:crypto';
import { Contract, stripRefSiblings } from './contract.js';
import { basicAuth, bearer, FakeHttp, FakeOAuth, form, type FakeRequest, type FakeResponse } from './fake-http.js';
import { amountOf, dayOf, partyOf, seeded, toMajor, uuidFrom } from './seeded.js';

/**
 * A local Xero: identity (token endpoint, /connections) and the Accounting API's invoices, credit notes, bank
 * transactions, accounts and payments, with Xero's paging, If-Modified-Since, `where` filters (AND, OR), summarizeErrors=false
 * per-item validation, Idempotency-Key replay, rate-limit headers, lock date and status rules. Every accounting
 * exchange is checked against Xero's published OpenAPI document when a contract is given.
 */

type Doc = Record<string, any>;

export const XERO_CLIENT = { id: 'XEROCLIENTID0000000000000000000', secret: 'xero-client-secret-not-real' };
const API = '/api.xro/2.0';

/** Payments that take money out of the bank account: a bill's, and refunds of a customer's credit. */
const MONEY_OUT_PAYMENTS = new Set(['ACCPAYPAYMENT', 'ARCREDITPAYMENT', 'AROVERPAYMENTPAYMENT', 'ARPREPAYMENTPAYMENT']);

function msDate(iso: string): string {
  return `/Date(${Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso)}+0000)/`;
}

export interface XeroFakeOptions {
  contract?: Contract | null;
  identity?: Contract | null;
  openInvoices?: number;
  openBills?: number;
  seed?: number;
  currency?: string;
  tenants?: number;
}

export class XeroFake {
  readonly http: FakeHttp;
  readonly oauth = new FakeOAuth(XERO_CLIENT.id, XERO_CLIENT.secret, true);
  readonly tenantIds: string[] = [];
  readonly accounts: Doc[] = [];
  readonly invoices: Doc[] = [];
  readonly creditNotes: Doc[] = [];
  readonly bankTransactions: Doc[] = [];
  readonly payments: Doc[] = [];
  readonly bankAccountId: string;
  /** Dates on or before this are locked (Xero's period lock date). */
  lockDate: string | null = null;
  /** Page quirks: a page served short (its tail moves to the next page), a page whose head repeats the last page's tail. */
  partialPage: number | null = null;
  duplicatePage: number | null = null;
  private idempotent = new Map<string, FakeResponse>();
  minuteRemaining: number | null = null;

  constructor(private readonly o: XeroFakeOptions = {}) {
    const rand = seeded(o.seed ?? 7);
    for (let i = 0; i < (o.tenants ?? 1); i++) this.tenantIds.push(uuidFrom(rand));
    const currency = o.currency ?? 'NGN';
    this.bankAccountId = uuidFrom(rand);
    this.accounts.push(
      {
        AccountID: this.bankAccountId,
        Code: '090',
        Name: 'GTBank Current',
        Type: 'BANK',
        CurrencyCode: currency,
        Status: 'ACTIVE',
        BankAccountNumber: '0123456789',
      },
      {
        AccountID: uuidFrom(rand),
        Code: '091',
        Name: 'Stanbic USD',
        Type: 'BANK',
        CurrencyCode: 'USD',
        Status: 'ACTIVE',
        BankAccountNumber: '9876543210',
      },
      { AccountID: uuidFrom(rand), Code: '404', Name: 'Bank Fees', Type: 'EXPENSE', Status: 'ACTIVE' },
      { AccountID: uuidFrom(rand), Code: '200', Name: 'Sales', Type: 'REVENUE', Status: 'ACTIVE' },
    );
    const updated = '2026-11-01T08:00:00Z';
    const add = (type: 'ACCREC' | 'ACCPAY', n: number) => {
      for (let i = 0; i < n; i++) {
        const total = amountOf(rand);
        const date = dayOf(rand);
        this.invoices.push({
          Type: type,
          InvoiceID: uuidFrom(rand),
          InvoiceNumber: `${type === 'ACCREC' ? 'INV' : 'BILL'}-${String(this.invoices.length + 1).padStart(5, '0')}`,
          Reference: type === 'ACCREC' ? `PO ${1000 + i}` : '',
          Contact: { ContactID: uuidFrom(rand), Name: partyOf(rand) },
          Date: msDate(date),
          DueDate: msDate(dayOf(rand, date, 30)),
          Status: 'AUTHORISED',
          LineAmountTypes: 'Exclusive',
          SubTotal: toMajor(total),
          TotalTax: 0,
          Total: toMajor(total),
          AmountDue: toMajor(total),
          AmountPaid: 0,
          CurrencyCode: currency,
          UpdatedDateUTC: msDate(updated),
        });
      }
    };
    add('ACCREC', o.openInvoices ?? 6);
    add('ACCPAY', o.openBills ?? 3);
    // Not open: a draft and a paid invoice, which must never be pulled.
    this.invoices.push(
      { ...this.invoices[0], InvoiceID: uuidFrom(rand), InvoiceNumber: 'INV-DRAFT', Status: 'DRAFT' },
      {
        ...this.invoices[0],
        InvoiceID: uuidFrom(rand),
        InvoiceNumber: 'INV-PAID',
        Status: 'PAID',
        AmountDue: 0,
        AmountPaid: this.invoices[0]!.Total,
      },
    );
    this.creditNotes.push({
      Type: 'ACCRECCREDIT',
      CreditNoteID: uuidFrom(rand),
      CreditNoteNumber: 'CN-0001',
      Contact: { ContactID: uuidFrom(rand), Name: 'Lekki Pharmacy' },
      Date: msDate('2026-10-02'),
      Status: 'AUTHORISED',
      Total: 12500.5,
      RemainingCredit: 12500.5,
      CurrencyCode: currency,
      UpdatedDateUTC: msDate(updated),
    });
    this.bankTransactions.push(
      this.bankTxn(uuidFrom(rand), 'SPEND', '2026-10-05', 1075.0, false, 'SMS alert charges', updated),
      this.bankTxn(uuidFrom(rand), 'RECEIVE', '2026-10-06', 250000.0, true, 'Reconciled receipt', updated),
    );
    this.http = new FakeHttp(
      (r) => this.handle(r),
      (r, res) => this.check(r, res),
    );
  }

  private bankTxn(
    id: string,
    type: string,
    date: string,
    total: number,
    reconciled: boolean,
    desc: string,
    updated: string,
  ): Doc {
    return {
      BankTransactionID: id,
      Type: type,
      BankAccount: { AccountID: this.bankAccountId, Code: '090' },
      Contact: { Name: 'GTBank' },
      Date: msDate(date),
      Status: 'AUTHORISED',
      IsReconciled: reconciled,
      LineAmountTypes: 'NoTax',
      LineItems: [{ Description: desc, Quantity: 1, UnitAmount: total, LineAmount: total, AccountCode: '404' }],
      SubTotal: total,
      Total: total,
      CurrencyCode: 'NGN',
      UpdatedDateUTC: msDate(updated),
    };
  }

  start(): Promise<string> {
    return this.http.start();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  get apiUrl(): string {
    return `${this.http.url}${API}`;
  }

  private check(r: FakeRequest, res: FakeResponse): void {
    if (r.path.startsWith(API) && this.o.contract) {
      this.o.contract.check({
        method: r.method,
        path: r.path.slice(API.length),
        query: r.query,
        headers: r.headers,
        body: r.body,
        status: res.status,
        responseBody: res.body,
      });
    } else if (r.path === '/connections' && this.o.identity) {
      // The identity document spells the path /Connections; Xero's routing ignores case.
      this.o.identity.check({
        method: r.method,
        path: '/Connections',
        query: r.query,
        headers: r.headers,
        status: res.status,
        responseBody: res.body,
      });
    }
  }

  /** Touch a document as Xero does on every change. */
  private touch(d: Doc): void {
    d.UpdatedDateUTC = msDate(new Date().toISOString());
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'POST' && r.path === '/connect/token') {
      const f = form(r);
      return this.oauth.grant(f.get('grant_type') ?? '', f.get('refresh_token'), basicAuth(r));
    }
    if (!this.oauth.valid(bearer(r)))
      return {
        status: 401,
        body: { Type: null, Title: 'Unauthorized', Status: 401, Detail: 'TokenExpired: token expired' },
      };
    if (r.method === 'GET' && r.path === '/connections')
      return {
        status: 200,
        body: this.tenantIds.map((t, i) => ({
          id: randomUUID(),
          tenantId: t,
          tenantType: 'ORGANISATION',
          tenantName: i === 0 ? 'Adebayo & Sons Ltd' : `Subsidiary ${i}`,
          createdDateUtc: '2026-10-01T09:00:00Z',
          updatedDateUtc: '2026-10-01T09:00:00Z',
        })),
      };
    if (!r.path.startsWith(API)) return { status: 404, body: { Message: 'not found' } };
    if (!this.tenantIds.includes(r.headers['xero-tenant-id'] ?? ''))
      return {
        status: 403,
        body: { Type: null, Title: 'Forbidden', Status: 403, Detail: 'AuthenticationUnsuccessful' },
      };
    const headers: Record<string, string> = { 'x-daylimit-remaining': '4990', 'x-appminlimit-remaining': '9990' };
    if (this.minuteRemaining !== null) headers['x-minlimit-remaining'] = String(Math.max(0, this.minuteRemaining--));
    const path = r.path.slice(API.length);
    const key = r.headers['idempotency-key'];
    if (key && r.method !== 'GET') {
      const seen = this.idempotent.get(key);
      if (seen) return { ...seen, headers };
    }
    const res = this.route(r, path);
    if (key && r.method !== 'GET' && res.status < 500) this.idempotent.set(key, res);
    return { ...res, headers: { ...headers, ...res.headers } };
  }

  private route(r: FakeRequest, path: string): FakeResponse {
    if (r.method === 'GET' && path === '/Accounts')
      return { status: 200, body: { Accounts: this.filter(this.accounts, r) } };
    if (r.method === 'GET' && path === '/Invoices') {
      const statuses = r.query.Statuses?.split(',');
      const list = this.filter(this.invoices, r).filter((i) => !statuses || statuses.includes(i.Status));
      return this.page(r, 'Invoices', list);
    }
    if (r.method === 'GET' && path === '/CreditNotes')
      return this.page(r, 'CreditNotes', this.filter(this.creditNotes, r));
    if (r.method === 'GET' && path === '/BankTransactions')
      return this.page(r, 'BankTransactions', this.filter(this.bankTransactions, r));
    if (r.method === 'GET' && path === '/Payments') return this.page(r, 'Payments', this.filter(this.payments, r));
    if (r.method === 'PUT' && path === '/Payments') return this.putPayments(r);
    if (r.method === 'GET' && path === '/Reports/BankSummary') return this.bankSummary(r);
    if (r.method === 'PUT' && path === '/BankTransactions') return this.putBankTransactions(r);
    return { status: 404, body: { Message: `The resource you're looking for cannot be found` } };
  }

  /**
   * If-Modified-Since, a subset of Xero's `where` language (comparisons joined by AND, alternatives by OR, AND binding
   * tighter, as in Xero's filter expressions), and `order`.
   */
  private filter(list: Doc[], r: FakeRequest): Doc[] {
    let out = list;
    const ims = r.headers['if-modified-since'];
    if (ims) {
      const since = Date.parse(ims);
      out = out.filter((d) => Number(/\d+/.exec(String(d.UpdatedDateUTC))?.[0] ?? 0) > since);
    }
    if (r.query.where) {
      const alternatives = r.query.where.split(/\s+OR\s+/).map((alt) => alt.split(/\s+AND\s+/).map(whereClause));
      out = out.filter((d) => alternatives.some((clauses) => clauses.every((holds) => holds(d))));
    }
    if (r.query.order?.startsWith('UpdatedDateUTC'))
      out = [...out].sort((a, b) => String(a.UpdatedDateUTC).localeCompare(String(b.UpdatedDateUTC)));
    return out;
  }

  private page(r: FakeRequest, key: string, list: Doc[]): FakeResponse {
    const size = Number(r.query.pageSize ?? 100);
    const page = Number(r.query.page ?? 1);
    let items = list.slice((page - 1) * size, page * size);
    if (this.partialPage !== null) {
      if (page === this.partialPage) items = items.slice(0, -2);
      if (page === this.partialPage + 1) items = [...list.slice(page * size - size - 2, page * size - size), ...items];
    }
    if (this.duplicatePage !== null && page === this.duplicatePage + 1)
      items = [...list.slice((page - 1) * size - 3, (page - 1) * size), ...items];
    const pageCount = Math.max(1, Math.ceil(list.length / size));
    return {
      status: 200,
      body: { pagination: { page, pageSize: size, pageCount, itemCount: list.length }, [key]: items },
    };
  }

  /** Opening balance of every bank account before its first document, in minor units. */
  openingMinor = 50_000_000;

  /** Movements of one bank account up to and including `day`, in minor units, from the documents the fake holds. */
  private movementsTo(accountId: string, day: string): { received: number; spent: number } {
    const dayOf = dayOfMs;
    let received = 0;
    let spent = 0;
    for (const p of this.payments) {
      if (p.Account?.AccountID !== accountId || p.Status !== 'AUTHORISED' || dayOf(p.Date) > day) continue;
      const minor = Math.round(Number(p.Amount) * 100);
      if (MONEY_OUT_PAYMENTS.has(String(p.PaymentType))) spent += minor;
      else received += minor;
    }
    for (const t of this.bankTransactions) {
      if (t.BankAccount?.AccountID !== accountId || t.Status !== 'AUTHORISED' || dayOf(t.Date) > day) continue;
      const minor = Math.round(Number(t.Total) * 100);
      if (String(t.Type).startsWith('SPEND')) spent += minor;
      else received += minor;
    }
    return { received, spent };
  }

  private bankSummary(r: FakeRequest): FakeResponse {
    const to = r.query.toDate ?? new Date().toISOString().slice(0, 10);
    const from = r.query.fromDate ?? to;
    const before = new Date(`${from}T00:00:00Z`);
    before.setUTCDate(before.getUTCDate() - 1);
    const money = (minor: number) => (minor / 100).toFixed(2);
    const rows = this.accounts
      .filter((a) => a.Type === 'BANK')
      .map((a) => {
        const upTo = this.movementsTo(a.AccountID, to);
        const prior = this.movementsTo(a.AccountID, before.toISOString().slice(0, 10));
        const opening = this.bankBalanceMinor(before.toISOString().slice(0, 10), a.AccountID);
        const closing = this.bankBalanceMinor(to, a.AccountID);
        return {
          RowType: 'Row',
          Cells: [
            { Value: a.Name, Attributes: [{ Id: 'accountID', Value: a.AccountID }] },
            { Value: money(opening) },
            { Value: money(upTo.received - prior.received) },
            { Value: money(upTo.spent - prior.spent) },
            { Value: money(closing) },
          ],
        };
      });
    return {
      status: 200,
      body: {
        Reports: [
          {
            ReportID: 'BankSummary',
            ReportName: 'Bank Summary',
            ReportType: 'BankSummary',
            ReportTitles: ['Bank Summary', 'Adebayo & Sons Ltd', `From ${from} to ${to}`],
            ReportDate: to,
            UpdatedDateUTC: msDate(new Date().toISOString()),
            Rows: [
              {
                RowType: 'Header',
                Cells: [
                  { Value: 'Bank Accounts' },
                  { Value: 'Opening Balance' },
                  { Value: 'Cash Received' },
                  { Value: 'Cash Spent' },
                  { Value: 'Closing Balance' },
                ],
              },
              { RowType: 'Section', Title: '', Rows: rows },
            ],
          },
        ],
      },
    };
  }

  private putPayments(r: FakeRequest): FakeResponse {
    const body = r.body as { Payments?: Doc[] };
    const out = (body.Payments ?? []).map((p) => {
      const errors: string[] = [];
      const inv = p.Invoice?.InvoiceID ? this.invoices.find((i) => i.InvoiceID === p.Invoice.InvoiceID) : null;
      const cn = p.CreditNote?.CreditNoteID
        ? this.creditNotes.find((c) => c.CreditNoteID === p.CreditNote.CreditNoteID)
        : null;
      const doc = inv ?? cn;
      const account = this.accounts.find(
        (a) => a.AccountID === p.Account?.AccountID || (p.Account?.Code && a.Code === p.Account.Code),
      );
      const amountMinor = Math.round(Number(p.Amount) * 100);
      if (!doc) errors.push('Invoice or credit note could not be found');
      else if (doc.Status !== 'AUTHORISED')
        errors.push(`Payment cannot be applied to a document with status ${doc.Status}`);
      if (!account || account.Type !== 'BANK')
        errors.push('Account code must be a bank account or an account with payments enabled');
      if (doc && account && account.CurrencyCode !== doc.CurrencyCode)
        errors.push(
          `The currency of the bank account (${account.CurrencyCode}) does not match the document currency (${doc.CurrencyCode})`,
        );
      if (this.lockDate && String(p.Date) <= this.lockDate)
        errors.push(`The payment date cannot be on or before the lock date (${this.lockDate})`);
      const dueMinor = doc ? Math.round(Number(inv ? doc.AmountDue : doc.RemainingCredit) * 100) : 0;
      if (doc && amountMinor > dueMinor) errors.push('Payment amount exceeds the amount outstanding on this document');
      const echo: Doc = { Date: msDate(String(p.Date)), Amount: Number(p.Amount), Reference: p.Reference ?? '' };
      if (errors.length > 0)
        return { ...echo, StatusAttributeString: 'ERROR', ValidationErrors: errors.map((Message) => ({ Message })) };
      const left = (dueMinor - amountMinor) / 100;
      if (inv) {
        inv.AmountDue = left;
        inv.AmountPaid = Number(((Math.round(Number(inv.AmountPaid) * 100) + amountMinor) / 100).toFixed(2));
        if (left === 0) inv.Status = 'PAID';
        this.touch(inv);
      } else {
        cn!.RemainingCredit = left;
        if (left === 0) cn!.Status = 'PAID';
        this.touch(cn!);
      }
      const payment = this.paymentOf(echo, account!, inv ?? null, cn ?? null);
      this.payments.push(payment);
      return { ...payment, StatusAttributeString: 'OK' };
    });
    return { status: 200, body: { Payments: out } };
  }

  /** A payment as Xero lists it: on its bank account, of its document (with the document's contact). */
  private paymentOf(echo: Doc, account: Doc, inv: Doc | null, cn: Doc | null): Doc {
    return {
      ...echo,
      BankAmount: echo.Amount,
      PaymentID: randomUUID(),
      Status: 'AUTHORISED',
      IsReconciled: false,
      PaymentType: inv
        ? inv.Type === 'ACCREC'
          ? 'ACCRECPAYMENT'
          : 'ACCPAYPAYMENT'
        : cn!.Type === 'ACCPAYCREDIT'
          ? 'APCREDITPAYMENT'
          : 'ARCREDITPAYMENT',
      Account: { AccountID: account.AccountID, Code: account.Code },
      ...(inv
        ? {
            Invoice: {
              InvoiceID: inv.InvoiceID,
              InvoiceNumber: inv.InvoiceNumber,
              Type: inv.Type,
              Contact: inv.Contact,
            },
          }
        : {
            CreditNote: {
              CreditNoteID: cn!.CreditNoteID,
              CreditNoteNumber: cn!.CreditNoteNumber,
              Contact: cn!.Contact,
            },
          }),
      UpdatedDateUTC: msDate(new Date().toISOString()),
    };
  }

  /**
   * A payment the team records in Xero by hand (Invoice › Add payment, paid into the bound bank account): the
   * document paid by that much, and the payment on the bank account, moving Xero's balance of it.
   */
  payByHand(p: { invoiceNumber: string; date: string; minor?: number; reference?: string }): Doc {
    const inv = this.invoices.find((i) => i.InvoiceNumber === p.invoiceNumber);
    if (!inv) throw new Error(`no invoice ${p.invoiceNumber}`);
    const due = Math.round(Number(inv.AmountDue) * 100);
    const minor = p.minor ?? due;
    if (inv.Status !== 'AUTHORISED' || minor <= 0 || minor > due) throw new Error(`${p.invoiceNumber} cannot take it`);
    inv.AmountDue = (due - minor) / 100;
    inv.AmountPaid = (Math.round(Number(inv.AmountPaid) * 100) + minor) / 100;
    if (due === minor) inv.Status = 'PAID';
    this.touch(inv);
    const account = this.accounts.find((a) => a.AccountID === this.bankAccountId)!;
    const payment = this.paymentOf(
      { Date: msDate(p.date), Amount: minor / 100, Reference: p.reference ?? '' },
      account,
      inv,
      null,
    );
    this.payments.push(payment);
    return payment;
  }

  /** Spend (minor < 0) or receive money the team enters on the bound bank account in Xero by hand. */
  spendOrReceiveByHand(t: {
    date: string;
    minor: number;
    contact: string;
    description: string;
    reference?: string;
  }): Doc {
    const total = Math.abs(t.minor) / 100;
    const doc = {
      ...this.bankTxn(
        randomUUID(),
        t.minor < 0 ? 'SPEND' : 'RECEIVE',
        t.date,
        total,
        false,
        t.description,
        new Date().toISOString(),
      ),
      Contact: { Name: t.contact },
      Reference: t.reference ?? '',
      CurrencyCode: this.accounts.find((a) => a.AccountID === this.bankAccountId)!.CurrencyCode,
    };
    this.bankTransactions.push(doc);
    return doc;
  }

  /** Xero's balance of a bank account at the end of `day` (its Bank Summary's closing balance), in minor units. */
  bankBalanceMinor(day: string, accountId = this.bankAccountId): number {
    const m = this.movementsTo(accountId, day);
    return this.openingMinor + m.received - m.spent;
  }

  private putBankTransactions(r: FakeRequest): FakeResponse {
    const body = r.body as { BankTransactions?: Doc[] };
    const out = (body.BankTransactions ?? []).map((t) => {
      const errors: string[] = [];
      const bank = this.accounts.find((a) => a.AccountID === t.BankAccount?.AccountID && a.Type === 'BANK');
      if (!bank) errors.push('A valid BankAccount must be specified');
      if (!t.Contact?.Name && !t.Contact?.ContactID)
        errors.push('A Contact must be specified for this type of transaction');
      for (const li of t.LineItems ?? [])
        if (!this.accounts.some((a) => a.Code === li.AccountCode && a.Type !== 'BANK'))
          errors.push(`Account code '${li.AccountCode}' is not a valid code for this document.`);
      if (this.lockDate && String(t.Date) <= this.lockDate)
        errors.push(`The document date cannot be on or before the lock date (${this.lockDate})`);
      const total =
        (t.LineItems ?? []).reduce(
          (s: number, li: Doc) => s + Math.round(Number(li.UnitAmount) * Number(li.Quantity ?? 1) * 100),
          0,
        ) / 100;
      const doc: Doc = {
        Type: t.Type,
        BankAccount: { AccountID: t.BankAccount?.AccountID },
        Contact: { Name: t.Contact?.Name ?? '' },
        Date: msDate(String(t.Date)),
        Reference: t.Reference ?? '',
        LineAmountTypes: t.LineAmountTypes ?? 'NoTax',
        LineItems: (t.LineItems ?? []).map((li: Doc) => ({
          ...li,
          LineAmount: Number(li.UnitAmount) * Number(li.Quantity ?? 1),
        })),
        Total: total,
        CurrencyCode: t.CurrencyCode ?? bank?.CurrencyCode,
      };
      if (errors.length > 0)
        return { ...doc, StatusAttributeString: 'ERROR', ValidationErrors: errors.map((Message) => ({ Message })) };
      const saved = {
        ...doc,
        BankTransactionID: randomUUID(),
        Status: 'AUTHORISED',
        IsReconciled: false,
        UpdatedDateUTC: msDate(new Date().toISOString()),
        StatusAttributeString: 'OK',
      };
      this.bankTransactions.push(saved);
      return saved;
    });
    return { status: 200, body: { BankTransactions: out } };
  }
}

/** The day (UTC) of a /Date(ms+0000)/ value. */
function dayOfMs(ms: string): string {
  return new Date(Number(/\d+/.exec(ms)?.[0] ?? 0)).toISOString().slice(0, 10);
}

function get(d: Doc, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Doc)[k] : undefined), d);
}

/** One comparison of Xero's `where` language, as a test of a document. */
function whereClause(text: string): (d: Doc) => boolean {
  const clause = text.trim();
  const sw = /^([\w.]+)\.StartsWith\("(.*)"\)$/.exec(clause);
  if (sw) return (d) => String(get(d, sw[1]!) ?? '').startsWith(sw[2]!);
  const m = /^([\w.]+)(==|!=|>=|<=|>|<)(.+)$/.exec(clause);
  if (!m) throw new Error(`where clause not understood: ${clause}`);
  const [, field, op, rawValue] = m;
  const value = parseWhereValue(rawValue!);
  if (op !== '==' && op !== '!=') {
    // Xero compares dates as DateTime(yyyy,mm,dd); the fake's documents hold them as /Date(ms+0000)/
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value))
      throw new Error(`where comparison not understood: ${clause}`);
    return (d) => {
      const day = dayOfMs(String(get(d, field!) ?? ''));
      return op === '>=' ? day >= value : op === '<=' ? day <= value : op === '>' ? day > value : day < value;
    };
  }
  return (d) => {
    const v = get(d, field!);
    const eq =
      value === null
        ? v === null || v === undefined || v === ''
        : String(v).toLowerCase() === String(value).toLowerCase();
    return op === '==' ? eq : !eq;
  };
}

function parseWhereValue(raw: string): string | boolean | null {
  const v = raw.trim();
  if (v === 'null') return null;
  if (v === 'true' || v === 'false') return v;
  const dt = /^DateTime\((\d{4}),\s*(\d{1,2}),\s*(\d{1,2})\)$/.exec(v);
  if (dt) return `${dt[1]}-${dt[2]!.padStart(2, '0')}-${dt[3]!.padStart(2, '0')}`;
  const g = /^Guid\("(.+)"\)$/i.exec(v);
  if (g) return g[1]!;
  const s = /^"(.*)"$/.exec(v);
  if (s) return s[1]!;
  throw new Error(`where value not understood: ${raw}`);
}

/** Loads Xero's accounting and identity contracts (siblings of $ref stripped, as the contracts README says). */
export async function loadXeroContracts(): Promise<{ accounting: Contract; identity: Contract }> {
  return {
    accounting: await Contract.load('Xero Accounting API', ['xero/xero_accounting.yaml'], stripRefSiblings),
    identity: await Contract.load('Xero Identity API', ['xero/xero-identity.yaml'], stripRefSiblings),
  };
}

/** For `npm run bench:ledgers`: a running Xero fake holding `openInvoices` open invoices (no contract checks). */
export async function startXeroFakeWithInvoices(
  openInvoices: number,
): Promise<{ fake: XeroFake; url: string; refreshToken: string }> {
  const fake = new XeroFake({ openInvoices, openBills: 0 });
  const url = await fake.start();
  return { fake, url, refreshToken: fake.oauth.consent() };
}
