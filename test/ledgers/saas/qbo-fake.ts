import { basicAuth, bearer, FakeHttp, FakeOAuth, form, type FakeRequest, type FakeResponse } from './fake-http.js';
import { fixture, QboContract } from './qbo-contract.js';
import { amountOf, dayOf, partyOf, seeded, toMajor } from './seeded.js';

/**
 * A local QuickBooks Online (REST v3): Intuit's token endpoint (rotating refresh tokens), the query language subset
 * bankfeed uses (select / count, where with AND, IN with a list of quoted values, MetaData.LastUpdatedTime compared as
 * a time, STARTPOSITION / MAXRESULTS), Change Data Capture (a deletion reported as its Id and status), creating Payment, BillPayment, Purchase
 * and Deposit with `requestid` replay (and Transfer, JournalEntry, SalesReceipt and RefundReceipt, as the team records
 * them by hand: `record`; edits and deletions by hand: `edit`, `remove`), sparse updates guarded by SyncToken, a
 * books close date, each bank account's
 * CurrentBalance moved by every transaction booked into or out of it (`balanceOn` a date), and Fault bodies shaped
 * like Intuit's examples. Documents start from the documented examples (fixtures/quickbooks) and every exchange is
 * checked against them.
 */

type Doc = Record<string, any>;

export const QBO_CLIENT = { id: 'ABqboClientIdNotReal000000000000000000000000', secret: 'qbo-client-secret-not-real' };
export const QBO_REALM = '9341453172471531';

export interface QboFakeOptions {
  contract?: QboContract | null;
  openInvoices?: number;
  openBills?: number;
  seed?: number;
}

function fault(status: number, code: string, message: string, detail: string, type = 'ValidationFault'): FakeResponse {
  return {
    status,
    body: {
      Fault: { Error: [{ Message: message, Detail: detail, code, element: '' }], type },
      time: new Date().toISOString(),
    },
  };
}

export class QboFake {
  readonly http: FakeHttp;
  readonly oauth = new FakeOAuth(QBO_CLIENT.id, QBO_CLIENT.secret, true);
  readonly docs: Record<string, Doc[]> = {
    Invoice: [],
    Bill: [],
    CreditMemo: [],
    Payment: [],
    BillPayment: [],
    Purchase: [],
    Deposit: [],
    Transfer: [],
    JournalEntry: [],
    SalesReceipt: [],
    RefundReceipt: [],
    Account: [],
  };
  /** Each bank account's balance before every transaction the fake holds (minor units): what CurrentBalance starts from. */
  private readonly opening = new Map<string, number>();
  /** QuickBooks' books close date: nothing dated on or before it can be written. */
  closeDate: string | null = null;
  readonly minorVersions = new Set<string>();
  /** Ids edited by someone else right after bankfeed reads them (the next update then meets a stale SyncToken). */
  readonly editedAfterRead = new Set<string>();
  private replay = new Map<string, FakeResponse>();
  private nextId = 300;

  constructor(private readonly o: QboFakeOptions = {}) {
    const rand = seeded(o.seed ?? 5);
    const now = new Date().toISOString();
    const account = fixture('account').Account;
    this.docs.Account!.push(
      { ...account, Id: '35', Name: 'GTBank Current', CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' } },
      { ...account, Id: '36', Name: 'Stanbic USD', CurrencyRef: { value: 'USD', name: 'United States Dollar' } },
      // where a sales receipt or payment waits until a Deposit takes it to a bank account (QuickBooks' default)
      {
        ...account,
        Id: '4',
        Name: 'Undeposited Funds',
        FullyQualifiedName: 'Undeposited Funds',
        AccountType: 'Other Current Asset',
        AccountSubType: 'UndepositedFunds',
        CurrentBalance: 0,
        CurrentBalanceWithSubAccounts: 0,
        CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
      },
      // the accounts a charge, an interest receipt or a write-off can be coded to
      ...[
        ['8', 'Bank Charges', 'Expense', 'BankCharges'],
        ['82', 'Interest Earned', 'Other Income', 'InterestEarned'],
        ['64', 'Discounts given', 'Income', 'DiscountsRefundsGiven'],
      ].map(([Id, Name, AccountType, AccountSubType]) => ({
        ...account,
        Id,
        Name,
        FullyQualifiedName: Name,
        AccountType,
        AccountSubType,
        Classification: AccountType === 'Expense' ? 'Expense' : 'Revenue',
        CurrentBalance: 0,
        CurrentBalanceWithSubAccounts: 0,
        CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
      })),
    );
    const invoice = fixture('invoice').Invoice;
    for (let i = 0; i < (o.openInvoices ?? 5); i++) {
      const total = toMajor(amountOf(rand));
      this.docs.Invoice!.push({
        ...structuredClone(invoice),
        Id: String(this.nextId++),
        DocNumber: String(1100 + i),
        TxnDate: dayOf(rand),
        DueDate: dayOf(rand, '2026-11-01', 30),
        TotalAmt: total,
        Balance: total,
        CustomerRef: { value: String(20 + (i % 7)), name: partyOf(rand) },
        CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
        LinkedTxn: [],
        MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
      });
    }
    this.docs.Invoice!.push({
      ...structuredClone(invoice),
      Id: String(this.nextId++),
      DocNumber: 'PAID-1',
      TxnDate: '2026-10-01',
      Balance: 0,
      CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
      MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
    });
    const bill = fixture('bill').Bill;
    for (let i = 0; i < (o.openBills ?? 2); i++) {
      const total = toMajor(amountOf(rand));
      this.docs.Bill!.push({
        ...structuredClone(bill),
        Id: String(this.nextId++),
        TxnDate: dayOf(rand),
        TotalAmt: total,
        Balance: total,
        VendorRef: { value: String(40 + i), name: partyOf(rand) },
        CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
        LinkedTxn: [],
        MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
      });
    }
    this.docs.CreditMemo!.push({
      ...fixture('creditmemo').CreditMemo,
      Id: String(this.nextId++),
      TxnDate: '2026-10-10',
      CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
      MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
    });
    this.docs.Deposit!.push({
      ...fixture('deposit').Deposit,
      Id: String(this.nextId++),
      TxnDate: '2026-10-12',
      DepositToAccountRef: { value: '35', name: 'GTBank Current' },
      CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
      MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
    });
    this.docs.Purchase!.push(
      {
        ...fixture('purchase').Purchase,
        Id: String(this.nextId++),
        TxnDate: '2026-10-14',
        AccountRef: { value: '35', name: 'GTBank Current' },
        CurrencyRef: { value: 'NGN', name: 'Nigerian Naira' },
        MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
      },
      {
        ...fixture('purchase').Purchase,
        Id: String(this.nextId++),
        TxnDate: '2026-10-14',
        AccountRef: { value: '36', name: 'Stanbic USD' },
        CurrencyRef: { value: 'USD', name: 'United States Dollar' },
        MetaData: { CreateTime: now, LastUpdatedTime: '2026-11-01T08:00:00-08:00' },
      },
    );
    // the documented CurrentBalance is the balance after the seeded transactions
    for (const a of this.docs.Account!)
      this.opening.set(a.Id, Math.round(Number(a.CurrentBalance) * 100) - this.balanceOn(a.Id));
    this.http = new FakeHttp((r) => this.handle(r));
  }

  /**
   * How a transaction moves each bank account it names, in minor units: a customer Payment, Deposit or SalesReceipt
   * into its DepositToAccountRef, a RefundReceipt out of it, a Purchase out of its AccountRef (a credit back in), a
   * BillPayment out of its
   * CheckPayment.BankAccountRef (or CreditCardPayment.CCAccountRef), a Transfer out of FromAccountRef into
   * ToAccountRef, a JournalEntry's lines (a debit into the account, a credit out of it).
   */
  private moves(entity: string, d: Doc): Array<[string, number]> {
    const minor = (v: unknown) => Math.round(Number(v ?? 0) * 100);
    switch (entity) {
      case 'Payment':
      case 'Deposit':
      case 'SalesReceipt':
        return d.DepositToAccountRef?.value ? [[d.DepositToAccountRef.value, minor(d.TotalAmt)]] : [];
      case 'RefundReceipt':
        return d.DepositToAccountRef?.value ? [[d.DepositToAccountRef.value, -minor(d.TotalAmt)]] : [];
      case 'Purchase':
        return d.AccountRef?.value ? [[d.AccountRef.value, (d.Credit === true ? 1 : -1) * minor(d.TotalAmt)]] : [];
      case 'BillPayment': {
        const acct = d.CheckPayment?.BankAccountRef?.value ?? d.CreditCardPayment?.CCAccountRef?.value;
        return acct ? [[acct, -minor(d.TotalAmt)]] : [];
      }
      case 'Transfer':
        return [
          [d.FromAccountRef?.value, -minor(d.Amount)],
          [d.ToAccountRef?.value, minor(d.Amount)],
        ];
      case 'JournalEntry':
        return (d.Line ?? []).map((l: Doc) => [
          l.JournalEntryLineDetail?.AccountRef?.value,
          (l.JournalEntryLineDetail?.PostingType === 'Credit' ? -1 : 1) * minor(l.Amount),
        ]);
      default:
        return [];
    }
  }

  /** QuickBooks' balance of a bank account at the end of `date`: its opening and every transaction dated by then. */
  balanceOn(accountId: string, date = '9999-12-31'): number {
    let b = this.opening.get(accountId) ?? 0;
    for (const [entity, docs] of Object.entries(this.docs))
      for (const d of docs)
        if (d.status !== 'Deleted' && typeof d.TxnDate === 'string' && d.TxnDate <= date)
          for (const [acct, m] of this.moves(entity, d)) if (acct === accountId) b += m;
    return b;
  }

  /** Sets a bank account's balance before every transaction the fake holds; CurrentBalance follows. */
  setOpeningBalance(accountId: string, minor: number): void {
    this.opening.set(accountId, minor);
    this.currentBalances();
  }

  /** Every bank account's CurrentBalance, as QuickBooks keeps it: moved by each transaction booked into or out of it. */
  private currentBalances(): void {
    for (const a of this.docs.Account!) a.CurrentBalance = Number((this.balanceOn(a.Id) / 100).toFixed(2));
  }

  /**
   * A transaction the team records in QuickBooks themselves (a customer payment received, an expense, a transfer),
   * as the API would create it: its linked invoices or bills paid down, the bank account's balance moved.
   */
  record(entity: string, body: Doc): Doc {
    const res = this.create(entity, body, new Date().toISOString());
    if (res.status !== 200) throw new Error(`QuickBooks refused the ${entity}: ${JSON.stringify(res.body)}`);
    return (res.body as Doc)[entity] as Doc;
  }

  /**
   * Someone edits a document in QuickBooks now (Change Data Capture reports it from now on); a voided one is an edit
   * that zeroes its amounts. The bank accounts' balances follow.
   */
  edit(doc: Doc, changes: Doc): void {
    Object.assign(doc, changes);
    this.touch(doc);
    this.currentBalances();
  }

  /** Someone deletes a transaction in QuickBooks now: queries no longer list it, CDC reports its Id and status. */
  remove(entity: string, doc: Doc): void {
    const docs = this.docs[entity]!;
    docs[docs.indexOf(doc)] = {
      Id: doc.Id,
      status: 'Deleted',
      domain: 'QBO',
      MetaData: { LastUpdatedTime: new Date().toISOString() },
    };
    this.currentBalances();
  }

  start(): Promise<string> {
    return this.http.start();
  }

  close(): Promise<void> {
    return this.http.close();
  }

  private touch(d: Doc): void {
    d.SyncToken = String(Number(d.SyncToken ?? 0) + 1);
    d.MetaData = { ...d.MetaData, LastUpdatedTime: new Date().toISOString() };
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'POST' && r.path === '/oauth2/v1/tokens/bearer') {
      const f = form(r);
      const g = this.oauth.grant(f.get('grant_type') ?? '', f.get('refresh_token'), basicAuth(r));
      if (g.status === 200) (g.body as Doc).x_refresh_token_expires_in = 8726400;
      return g;
    }
    const m = /^\/v3\/company\/(\d+)(\/.*)$/.exec(r.path);
    if (!m) return { status: 404, body: {} };
    const res = this.api(r, m[1]!, m[2]!);
    this.o.contract?.checkResponse(`${r.method} ${m[2]}`, res.status, res.body as Doc);
    return res;
  }

  private api(r: FakeRequest, realm: string, path: string): FakeResponse {
    if (!this.oauth.valid(bearer(r)))
      return { status: 401, body: { ...fixture('fault-authentication'), time: Date.now() } };
    if (realm !== QBO_REALM)
      return fault(
        403,
        '3100',
        'message=ApplicationAuthorizationFailed; errorCode=003100; statusCode=403',
        'The realm is not authorised for this app',
        'SECURITY',
      );
    this.minorVersions.add(r.query.minorversion ?? '(none)');
    const time = new Date().toISOString();
    if (r.method === 'GET' && path === '/query') return this.query(r.query.query ?? '', time);
    if (r.method === 'GET' && path === '/cdc') return this.cdc(r, time);
    const read = /^\/(\w+)\/(\d+)$/.exec(path);
    if (r.method === 'GET' && read) {
      const entity = this.entityOf(read[1]!);
      const doc = entity ? this.docs[entity]!.find((d) => d.Id === read[2]) : null;
      if (doc && this.editedAfterRead.delete(doc.Id)) {
        const answer = { status: 200, body: { [entity!]: structuredClone(doc), time } };
        this.touch(doc);
        return answer;
      }
      return doc
        ? { status: 200, body: { [entity!]: doc, time } }
        : fault(400, '610', 'Object Not Found', 'Something you are trying to use has been made inactive or deleted');
    }
    const create = /^\/(\w+)$/.exec(path);
    if (r.method === 'POST' && create) {
      const entity = this.entityOf(create[1]!);
      if (!entity) return fault(400, '4000', 'Unsupported Operation', `Operation ${create[1]} is not supported.`);
      const key = r.query.requestid ? `${entity}:${r.query.requestid}` : null;
      if (key && this.replay.has(key)) return this.replay.get(key)!;
      const res =
        (r.body as Doc).sparse === true
          ? this.update(entity, r.body as Doc, time)
          : this.create(entity, r.body as Doc, time);
      if (key && res.status < 500) this.replay.set(key, res);
      return res;
    }
    return fault(400, '4000', 'Unsupported Operation', `${r.method} ${path}`);
  }

  private entityOf(resource: string): string | null {
    return Object.keys(this.docs).find((e) => e.toLowerCase() === resource.toLowerCase()) ?? null;
  }

  private query(q: string, time: string): FakeResponse {
    const m =
      /^select (\*|count\(\*\)) from (\w+)(?: where (.+?))?(?: STARTPOSITION (\d+))?(?: MAXRESULTS (\d+))?$/i.exec(
        q.trim(),
      );
    if (!m)
      return fault(400, '4000', 'Error parsing query', `QueryParserError: Encountered an unexpected token in: ${q}`);
    const entity = this.entityOf(m[2]!);
    if (!entity) return fault(400, '4001', 'Invalid query', `Entity ${m[2]} is not queryable`);
    // a deleted transaction is no longer listed by a query (CDC reports it)
    let rows = this.docs[entity]!.filter((d) => d.status !== 'Deleted');
    for (const clause of m[3] ? m[3].split(/\s+AND\s+/i) : []) {
      // IN, with a list of quoted values (Intuit's query operations: `Value (Value [, Value])`, IN clauses only)
      const within = /^(\w+(?:\.\w+)?)\s+IN\s*\(\s*('[^']*'(?:\s*,\s*'[^']*')*)\s*\)$/i.exec(clause.trim());
      if (within) {
        const values = new Set([...within[2]!.matchAll(/'([^']*)'/g)].map((v) => v[1]!));
        rows = rows.filter((d) => {
          const v = within[1]!.split('.').reduce<unknown>((o, k) => (o as Doc | undefined)?.[k], d);
          return values.has(String(v));
        });
        continue;
      }
      const c = /^(\w+(?:\.\w+)?)\s*(=|>=|<=|>|<)\s*'([^']*)'$/.exec(clause.trim());
      if (!c) return fault(400, '4000', 'Error parsing query', `QueryParserError: ${clause}`);
      const [, field, op, value] = c;
      // MetaData.CreateTime / LastUpdatedTime are times: compared as instants, whatever their offset
      const time = /^MetaData\.\w+Time$/i.test(field!);
      rows = rows.filter((d) => {
        const v = field!.split('.').reduce<unknown>((o, k) => (o as Doc | undefined)?.[k], d);
        const a = time ? Date.parse(String(v)) : typeof v === 'number' ? v : String(v);
        const b = time ? Date.parse(value!) : typeof v === 'number' ? Number(value) : value!;
        return op === '=' ? a === b : op === '>' ? a > b : op === '<' ? a < b : op === '>=' ? a >= b : a <= b;
      });
    }
    if (m[1] !== '*') return { status: 200, body: { QueryResponse: { totalCount: rows.length }, time } };
    const start = Number(m[4] ?? 1);
    const max = Number(m[5] ?? 100);
    const page = rows.slice(start - 1, start - 1 + max);
    return {
      status: 200,
      body: {
        QueryResponse: page.length ? { startPosition: start, [entity]: page, maxResults: page.length } : {},
        time,
      },
    };
  }

  private cdc(r: FakeRequest, time: string): FakeResponse {
    const since = Date.parse(r.query.changedSince ?? '');
    if (Number.isNaN(since))
      return fault(400, '2010', 'Request has invalid or unsupported property', 'changedSince is required');
    // Intuit: "a maximum of 1,000 objects" in an answer; read strictly, the whole answer (entities in the order asked),
    // so an entity after the cut gets fewer or none
    let left = 1000;
    const groups = (r.query.entities ?? '').split(',').map((e) => {
      const entity = this.entityOf(e)!;
      const changed = this.docs[entity]!.filter((d) => Date.parse(d.MetaData?.LastUpdatedTime) > since).slice(0, left);
      left -= changed.length;
      return { [entity]: changed, startPosition: 1, maxResults: changed.length, totalCount: changed.length };
    });
    return { status: 200, body: { CDCResponse: [{ QueryResponse: groups }], time } };
  }

  private create(entity: string, body: Doc, time: string): FakeResponse {
    this.o.contract?.checkCreate(entity, body);
    if (this.closeDate && String(body.TxnDate) <= this.closeDate)
      return fault(
        400,
        '6210',
        'Account Period Closed, Cannot Update Through Services API',
        `The account period has closed and the books are locked on ${this.closeDate}.`,
      );
    // a sales receipt names no account when the money waits in Undeposited Funds
    if (entity === 'SalesReceipt' && !body.DepositToAccountRef)
      body = { ...body, DepositToAccountRef: { value: '4', name: 'Undeposited Funds' } };
    const bankRef =
      body.DepositToAccountRef?.value ??
      body.AccountRef?.value ??
      body.CheckPayment?.BankAccountRef?.value ??
      body.CreditCardPayment?.CCAccountRef?.value ??
      body.FromAccountRef?.value ??
      (entity === 'JournalEntry' ? this.docs.Account![0]!.Id : undefined);
    const bank = this.docs.Account!.find((a) => a.Id === bankRef);
    if (!bank)
      return fault(
        400,
        '2500',
        'Invalid Reference Id',
        `Invalid Reference Id : Accounts element id ${bankRef} not found`,
      );
    for (const line of body.Line ?? []) {
      for (const lt of line.LinkedTxn ?? []) {
        const doc = this.docs[lt.TxnType]?.find((d) => d.Id === lt.TxnId);
        if (!doc)
          return fault(
            400,
            '2500',
            'Invalid Reference Id',
            `Invalid Reference Id : ${lt.TxnType} ${lt.TxnId} not found`,
          );
        if (doc.CurrencyRef?.value !== bank.CurrencyRef.value)
          return fault(
            400,
            '6000',
            'A business validation error has occurred while processing your request',
            `Business Validation Error: The currency of the ${lt.TxnType} (${doc.CurrencyRef?.value}) doesn't match the account currency (${bank.CurrencyRef.value}).`,
          );
        if (Math.round(line.Amount * 100) > Math.round(doc.Balance * 100))
          return fault(
            400,
            '6000',
            'A business validation error has occurred while processing your request',
            'Business Validation Error: The amount applied exceeds the open balance of the transaction.',
          );
      }
      const acct = line.AccountBasedExpenseLineDetail?.AccountRef?.value ?? line.DepositLineDetail?.AccountRef?.value;
      if (acct !== undefined && !this.docs.Account!.some((a) => a.Id === acct && a.AccountType !== 'Bank'))
        return fault(
          400,
          '2500',
          'Invalid Reference Id',
          `Invalid Reference Id : Accounts element id ${acct} not found`,
        );
    }
    for (const line of body.Line ?? [])
      for (const lt of line.LinkedTxn ?? []) {
        const doc = this.docs[lt.TxnType]!.find((d) => d.Id === lt.TxnId)!;
        doc.Balance = Number(((Math.round(doc.Balance * 100) - Math.round(line.Amount * 100)) / 100).toFixed(2));
        doc.LinkedTxn = [
          ...(doc.LinkedTxn ?? []),
          { TxnId: String(this.nextId), TxnType: entity === 'Payment' ? 'Payment' : 'BillPaymentCheck' },
        ];
        this.touch(doc);
      }
    // QuickBooks computes the total of a purchase or deposit from its lines (always, for a receipt: what is sent is
    // over-written), the subtotal line aside.
    const fromLines =
      (body.Line ?? [])
        .filter((l: Doc) => l.DetailType !== 'SubTotalLineDetail')
        .reduce((t: number, l: Doc) => t + Math.round(Number(l.Amount) * 100), 0) / 100;
    const total = entity === 'SalesReceipt' || entity === 'RefundReceipt' ? fromLines : (body.TotalAmt ?? fromLines);
    const saved = {
      ...body,
      TotalAmt: total,
      Id: String(this.nextId++),
      SyncToken: '0',
      domain: 'QBO',
      sparse: false,
      CurrencyRef: bank.CurrencyRef,
      MetaData: { CreateTime: time, LastUpdatedTime: time },
    };
    if (entity === 'Transfer' || entity === 'JournalEntry') delete (saved as Doc).TotalAmt;
    this.docs[entity]!.push(saved);
    // Each bank account's CurrentBalance moves with money booked into or out of it.
    this.currentBalances();
    return { status: 200, body: { [entity]: saved, time } };
  }

  private update(entity: string, body: Doc, time: string): FakeResponse {
    const doc = this.docs[entity]!.find((d) => d.Id === body.Id);
    if (!doc)
      return fault(400, '610', 'Object Not Found', 'Something you are trying to use has been made inactive or deleted');
    if (String(body.SyncToken) !== String(doc.SyncToken))
      return { status: 400, body: { ...fixture('fault-validation'), time } };
    const { Id: _id, SyncToken: _s, sparse: _sp, ...changes } = body;
    Object.assign(doc, changes);
    this.touch(doc);
    return { status: 200, body: { [entity]: doc, time } };
  }
}

/** For `npm run bench:ledgers`: a running QuickBooks fake holding `openInvoices` open invoices (no contract checks). */
export async function startQboFakeWithInvoices(
  openInvoices: number,
): Promise<{ fake: QboFake; url: string; refreshToken: string }> {
  const fake = new QboFake({ openInvoices, openBills: 0 });
  const url = await fake.start();
  return { fake, url, refreshToken: fake.oauth.consent() };
}
