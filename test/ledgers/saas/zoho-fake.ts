import { Contract, ContractSet } from './contract.js';
import { FakeHttp, FakeOAuth, form, type FakeRequest, type FakeResponse } from './fake-http.js';
import { amountOf, dayOf, partyOf, seeded, toMajor } from './seeded.js';

/**
 * A local Zoho Books (REST v3): OAuth at /oauth/v2/token (refresh tokens that do not rotate, refusals as HTTP 200
 * with an `error`, as Zoho does), invoices, bills, bank accounts, and the bank transactions API (list, statement
 * import, categorise as customer/vendor payment, expense or income) with a transaction lock date, and the chart of
 * accounts (the accounts a line can be categorised to). Every exchange is checked against the Zoho module document
 * that describes it, in the shapes those documents give (invoice amounts as strings and page_context as a list, bill
 * amounts as integers and page_context as an object).
 */

type Doc = Record<string, any>;

export const ZOHO_CLIENT = { id: '1000.ZOHOCLIENTID', secret: 'zoho-client-secret-not-real' };
export const ZOHO_ORG = '10234695';
const API = '/books/v3';

export interface ZohoFakeOptions {
  contracts?: ContractSet | null;
  openInvoices?: number;
  openBills?: number;
  seed?: number;
}

function zohoTime(d = new Date()): string {
  return d.toISOString().slice(0, 19) + '+0000';
}

export class ZohoFake {
  readonly http: FakeHttp;
  readonly oauth = new FakeOAuth(ZOHO_CLIENT.id, ZOHO_CLIENT.secret, false);
  readonly bankAccounts: Doc[];
  readonly invoices: Doc[] = [];
  readonly bills: Doc[] = [];
  readonly lines: Doc[] = [];
  readonly expenseAccounts = new Set(['460000000000388', '460000000000391']);
  readonly incomeAccounts = new Set(['460000000000412']);
  /** Names of the accounts above, as the chart of accounts lists them. */
  readonly accountNames: Record<string, string> = {
    '460000000000388': 'Bank Fees and Charges',
    '460000000000391': 'Discount',
    '460000000000412': 'Interest Income',
  };
  lockDate: string | null = null;
  /** Page quirks: a page served short (its tail moves to the next page), a page whose head repeats the last page's tail. */
  partialPage: number | null = null;
  duplicatePage: number | null = null;
  private nextId = 460000000090000;

  constructor(private readonly o: ZohoFakeOptions = {}) {
    const rand = seeded(o.seed ?? 11);
    this.bankAccounts = [
      {
        account_id: '460000000048001',
        account_name: 'GTBank Current',
        account_code: '1010',
        currency_code: 'NGN',
        account_type: 'bank',
        is_active: true,
        balance: 1250000.5,
        bank_balance: 1250000,
        account_number: 'XXXXXX6789',
      },
      {
        account_id: '460000000048002',
        account_name: 'Equity KES',
        account_code: '1020',
        currency_code: 'KES',
        account_type: 'bank',
        is_active: true,
        balance: 0,
        bank_balance: 0,
        account_number: 'XXXXXX1234',
      },
    ];
    for (let i = 0; i < (o.openInvoices ?? 5); i++) {
      const total = amountOf(rand);
      this.invoices.push({
        invoice_id: String(this.nextId++),
        customer_id: String(460000000011000 + Math.floor(rand() * 50)),
        customer_name: partyOf(rand),
        status: i % 3 === 0 ? 'overdue' : 'sent',
        invoice_number: `INV-${String(i + 1).padStart(6, '0')}`,
        reference_number: `SO-${100 + i}`,
        date: dayOf(rand),
        due_date: dayOf(rand, '2026-11-01', 30),
        currency_code: 'NGN',
        total: toMajor(total).toFixed(2),
        balance: toMajor(total).toFixed(2),
        last_modified_time: '2026-11-01T08:00:00+0000',
      });
    }
    this.invoices.push({
      ...this.invoices[0],
      invoice_id: String(this.nextId++),
      invoice_number: 'INV-DRAFT',
      status: 'draft',
    });
    for (let i = 0; i < (o.openBills ?? 3); i++) {
      // The bills document types amounts as integers: whole naira here.
      const total = 5_000 + Math.floor(rand() * 900_000);
      this.bills.push({
        bill_id: String(this.nextId++),
        vendor_id: String(460000000012000 + i),
        vendor_name: partyOf(rand),
        status: 'open',
        bill_number: `B-${700 + i}`,
        reference_number: '',
        date: dayOf(rand),
        due_date: dayOf(rand, '2026-11-01', 30),
        currency_code: 'NGN',
        total,
        balance: total,
        last_modified_time: '2026-11-01T08:00:00+0000',
      });
    }
    this.http = new FakeHttp(
      (r) => this.handle(r),
      (r, res) => {
        if (r.path.startsWith(API))
          this.o.contracts?.check({
            method: r.method,
            path: r.path.slice(API.length),
            query: r.query,
            headers: r.headers,
            body: r.body,
            status: res.status,
            responseBody: res.body,
          });
      },
    );
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

  /** A line as the bank feed would have put it in Zoho (uncategorised). */
  feedLine(date: string, amount: number, direction: 'credit' | 'debit', reference = ''): Doc {
    const line = {
      transaction_id: String(this.nextId++),
      date,
      amount,
      debit_or_credit: direction,
      status: 'uncategorized',
      reference_number: reference,
      description: 'NIP transfer',
      payee: '',
      account_id: this.bankAccounts[0]!.account_id,
      currency_code: 'NGN',
      transaction_type: direction === 'credit' ? 'deposit' : 'expense',
    };
    this.lines.push(line);
    return line;
  }

  private handle(r: FakeRequest): FakeResponse {
    if (r.method === 'POST' && r.path === '/oauth/v2/token') {
      const f = new URLSearchParams({ ...r.query, ...Object.fromEntries(form(r)) });
      const g = this.oauth.grant(f.get('grant_type') ?? '', f.get('refresh_token'), {
        id: f.get('client_id') ?? '',
        secret: f.get('client_secret') ?? '',
      });
      // Zoho refuses a dead grant with HTTP 200 and {"error": "invalid_code"}.
      if (g.status !== 200)
        return { status: 200, body: { error: g.status === 401 ? 'invalid_client' : 'invalid_code' } };
      return { status: 200, body: { ...(g.body as Doc), api_domain: 'https://www.zohoapis.com' } };
    }
    const token = /^Zoho-oauthtoken (.+)$/.exec(r.headers.authorization ?? '')?.[1] ?? null;
    if (!this.oauth.valid(token))
      return { status: 401, body: { code: 57, message: 'You are not authorized to perform this operation' } };
    if (r.query.organization_id !== ZOHO_ORG)
      return {
        status: 400,
        body: { code: 6041, message: 'This user is not associated with the CompanyID/CompanyName provided.' },
      };
    const path = r.path.slice(API.length);
    if (r.method === 'GET' && path === '/bankaccounts')
      return { status: 200, body: { code: 0, message: 'success', bankaccounts: this.bankAccounts } };
    if (r.method === 'GET' && path === '/chartofaccounts') return this.chartOfAccounts(r);
    if (r.method === 'GET' && path === '/invoices') return this.list(r, 'invoices', this.invoices, 'array');
    if (r.method === 'GET' && path === '/bills') return this.list(r, 'bills', this.bills, 'object');
    if (r.method === 'GET' && path === '/banktransactions') return this.listLines(r);
    if (r.method === 'POST' && path === '/bankstatements') return this.importStatement(r);
    const m =
      /^\/banktransactions\/uncategorized\/(\d+)\/categorize(?:\/(customerpayments|vendorpayments|expenses))?$/.exec(
        path,
      );
    if (r.method === 'POST' && m) return this.categorize(r, m[1]!, m[2] ?? 'other');
    return { status: 404, body: { code: 5, message: 'Invalid URL Passed' } };
  }

  private list(r: FakeRequest, key: string, docs: Doc[], pageContext: 'array' | 'object'): FakeResponse {
    let list = docs;
    if (r.query.last_modified_time) {
      const since = Date.parse(r.query.last_modified_time.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
      list = list.filter((d) => Date.parse(d.last_modified_time.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) > since);
    }
    // The document date and its variants (the invoices and bills documents: date_start, date_end, date_before,
    // date_after), as yyyy-mm-dd.
    const day = (k: string) => (typeof r.query[k] === 'string' ? (r.query[k] as string) : null);
    const [on, start, end, before, after] = ['date', 'date_start', 'date_end', 'date_before', 'date_after'].map(day);
    if (on) list = list.filter((d) => d.date === on);
    if (start) list = list.filter((d) => d.date >= start);
    if (end) list = list.filter((d) => d.date <= end);
    if (before) list = list.filter((d) => d.date < before);
    if (after) list = list.filter((d) => d.date > after);
    if (r.query.sort_column === 'last_modified_time')
      list = [...list].sort((a, b) => a.last_modified_time.localeCompare(b.last_modified_time));
    const per = Number(r.query.per_page ?? 200);
    const page = Number(r.query.page ?? 1);
    let items = list.slice((page - 1) * per, page * per);
    if (this.partialPage !== null) {
      if (page === this.partialPage) items = items.slice(0, -2);
      if (page === this.partialPage + 1) items = [...list.slice((page - 1) * per - 2, (page - 1) * per), ...items];
    }
    if (this.duplicatePage !== null && page === this.duplicatePage + 1)
      items = [...list.slice((page - 1) * per - 3, (page - 1) * per), ...items];
    const pc = {
      page,
      per_page: per,
      has_more_page: page * per < list.length,
      report_name: key,
      sort_column: r.query.sort_column ?? 'created_time',
      sort_order: 'A',
    };
    return {
      status: 200,
      body: { code: 0, message: 'success', [key]: items, page_context: pageContext === 'array' ? [pc] : pc },
    };
  }

  /** The chart of accounts: the expense and income accounts a line can be categorised to, and the bank accounts. */
  private chartOfAccounts(r: FakeRequest): FakeResponse {
    const chart: Doc[] = [
      ...[...this.expenseAccounts].map((id) => ({ account_id: id, account_type: 'expense', is_active: true })),
      ...[...this.incomeAccounts].map((id) => ({ account_id: id, account_type: 'income', is_active: true })),
      ...this.bankAccounts.map((a) => ({ account_id: a.account_id, account_type: 'bank', is_active: a.is_active })),
    ].map((a) => ({
      ...a,
      account_name:
        this.accountNames[a.account_id] ??
        this.bankAccounts.find((b) => b.account_id === a.account_id)?.account_name ??
        `Account ${a.account_id}`,
      is_user_created: false,
      is_system_account: false,
    }));
    const active = r.query.filter_by === 'AccountType.Active';
    return this.list(
      r,
      'chartofaccounts',
      chart.filter((a) => !active || a.is_active === true),
      'object',
    );
  }

  private listLines(r: FakeRequest): FakeResponse {
    let list = this.lines.filter((l) => !r.query.account_id || l.account_id === r.query.account_id);
    if (r.query.reference_number) list = list.filter((l) => l.reference_number === r.query.reference_number);
    const status: Record<string, string> = {
      'Status.Uncategorized': 'uncategorized',
      'Status.Categorized': 'categorized',
      'Status.ManuallyAdded': 'manually_added',
    };
    const only = status[String(r.query.filter_by ?? '')];
    if (only) list = list.filter((l) => l.status === only);
    if (r.query.date) list = list.filter((l) => l.date === r.query.date);
    if (r.query.date_start) list = list.filter((l) => l.date >= String(r.query.date_start));
    if (r.query.date_end) list = list.filter((l) => l.date <= String(r.query.date_end));
    if (r.query.sort_column === 'date') list = [...list].sort((a, b) => a.date.localeCompare(b.date));
    // paged as the other lists are; the document's answer has no page_context, so a short page ends the list
    const per = Number(r.query.per_page ?? 200);
    const page = Number(r.query.page ?? 1);
    const items = list.slice((page - 1) * per, page * per);
    return { status: 200, body: { code: 0, message: 'success', banktransactions: items } };
  }

  /**
   * A payment the team records in Zoho by hand, deposited to (or paid from) a bank account: Zoho's own transaction on
   * the account (manually added), the book balance moved, and the documents it pays marked paid.
   */
  recordByHand(t: { date: string; minor: number; payee: string; reference?: string; type: string }): Doc {
    const bank = this.bankAccounts[0]!;
    const line = {
      transaction_id: String(this.nextId++),
      date: t.date,
      amount: Math.abs(t.minor) / 100,
      debit_or_credit: t.minor > 0 ? 'credit' : 'debit',
      status: 'manually_added',
      reference_number: t.reference ?? '',
      description: '',
      payee: t.payee,
      account_id: bank.account_id,
      currency_code: bank.currency_code,
      transaction_type: t.type,
    };
    this.lines.push(line);
    bank.balance = Number(((Math.round(Number(bank.balance) * 100) + t.minor) / 100).toFixed(2));
    return line;
  }

  private locked(date: string): FakeResponse | null {
    if (this.lockDate && date <= this.lockDate)
      return {
        status: 400,
        body: {
          code: 4040,
          message: `You cannot create, edit or delete transactions dated on or before ${this.lockDate} as the transactions are locked.`,
        },
      };
    return null;
  }

  private importStatement(r: FakeRequest): FakeResponse {
    const b = r.body as Doc;
    if (!this.bankAccounts.some((a) => a.account_id === b.account_id))
      return { status: 400, body: { code: 1002, message: 'Account does not exist.' } };
    for (const t of b.transactions ?? []) {
      this.lines.push({
        transaction_id: String(this.nextId++),
        date: t.date,
        amount: t.amount,
        debit_or_credit: t.debit_or_credit,
        status: 'uncategorized',
        reference_number: t.reference_number ?? '',
        description: t.description ?? '',
        payee: t.payee ?? '',
        account_id: b.account_id,
        currency_code: 'NGN',
        transaction_type: t.debit_or_credit === 'credit' ? 'deposit' : 'expense',
      });
    }
    return { status: 201, body: { code: 0, message: 'Your bank statement has been imported.' } };
  }

  private categorize(r: FakeRequest, lineId: string, as: string): FakeResponse {
    const b = r.body as Doc;
    const line = this.lines.find((l) => l.transaction_id === lineId);
    if (!line) return { status: 404, body: { code: 1002, message: 'Transaction does not exist.' } };
    if (line.status !== 'uncategorized')
      return { status: 400, body: { code: 1034, message: 'This transaction has already been categorized.' } };
    const lock = this.locked(String(b.date ?? line.date));
    if (lock) return lock;
    const bank = this.bankAccounts.find((a) => a.account_id === line.account_id)!;
    if (as === 'customerpayments' || as === 'vendorpayments') {
      const apps = (as === 'customerpayments' ? b.invoices : b.bills) as Doc[];
      for (const a of apps ?? []) {
        const doc =
          as === 'customerpayments'
            ? this.invoices.find((i) => i.invoice_id === String(a.invoice_id))
            : this.bills.find((x) => x.bill_id === String(a.bill_id));
        if (!doc)
          return {
            status: 400,
            body: { code: 1002, message: `${as === 'customerpayments' ? 'Invoice' : 'Bill'} does not exist.` },
          };
        if (doc.status === 'void' || doc.status === 'paid' || doc.status === 'draft')
          return {
            status: 400,
            body: {
              code: 24015,
              message: `Payments cannot be recorded for ${doc.status} ${as === 'customerpayments' ? 'invoices' : 'bills'}.`,
            },
          };
        if (doc.currency_code !== bank.currency_code)
          return {
            status: 400,
            body: {
              code: 1035,
              message: `The currency of the ${as === 'customerpayments' ? 'invoice' : 'bill'} (${doc.currency_code}) must be the same as the currency of the bank account (${bank.currency_code}).`,
            },
          };
        const applied = Math.round(Number(a.amount_applied) * 100);
        const balance = Math.round(Number(doc.balance) * 100);
        if (applied > balance)
          return { status: 400, body: { code: 24016, message: 'Amount applied exceeds the balance due.' } };
        const left = balance - applied;
        doc.balance = as === 'customerpayments' ? (left / 100).toFixed(2) : left / 100;
        doc.status = left === 0 ? 'paid' : 'partially_paid';
        doc.last_modified_time = zohoTime();
      }
      line.transaction_type = as === 'customerpayments' ? 'customer_payment' : 'vendor_payment';
    } else if (as === 'expenses') {
      if (!this.expenseAccounts.has(String(b.account_id)))
        return { status: 400, body: { code: 2, message: 'Invalid value passed for account_id' } };
      line.transaction_type = 'expense';
    } else {
      if (!this.incomeAccounts.has(String(b.from_account_id)))
        return { status: 400, body: { code: 2, message: 'Invalid value passed for from_account_id' } };
      line.transaction_type = String(b.transaction_type);
    }
    // The book balance of the bank account moves when a statement line is booked.
    const minor = Math.round(Number(line.amount) * 100) * (line.debit_or_credit === 'credit' ? 1 : -1);
    bank.balance = Number(((Math.round(Number(bank.balance) * 100) + minor) / 100).toFixed(2));
    line.status = 'categorized';
    line.reference_number = String(b.reference_number ?? line.reference_number);
    return { status: 201, body: { code: 0, message: 'The transaction has been categorized.' } };
  }
}

export async function loadZohoContracts(): Promise<ContractSet> {
  const files = ['bank-accounts.yml', 'bank-transactions.yml', 'invoices.yml', 'bills.yml', 'chart-of-accounts.yml'];
  const list: Contract[] = [];
  for (const f of files)
    list.push(await Contract.load(`Zoho Books ${f}`, [`zoho-books/${f}`], declareDocumentedVariants));
  return new ContractSet(list);
}

/**
 * Zoho's documents name a query parameter's variants in its description only ("Use <code>date_start</code>/
 * <code>date_end</code> for ranges"): each variant so named (the parameter's name, an underscore, a suffix) is
 * declared beside it with the same schema, so a request using one is checked rather than refused as unknown.
 */
function declareDocumentedVariants(doc: unknown): unknown {
  for (const item of Object.values((doc as { paths?: Record<string, Record<string, unknown>> }).paths ?? {}))
    for (const op of Object.values(item)) {
      const params = (op as { parameters?: Doc[] } | null)?.parameters;
      if (!Array.isArray(params)) continue;
      const named = new Set(params.map((p) => p.name));
      for (const p of [...params]) {
        if (p.in !== 'query' || typeof p.description !== 'string') continue;
        for (const [, variant] of p.description.matchAll(/<code>\s*([a-z_]+)\s*<\/code>/g))
          if (variant!.startsWith(`${p.name}_`) && !named.has(variant)) {
            named.add(variant);
            params.push({ name: variant, in: 'query', required: false, schema: p.schema });
          }
      }
    }
  return doc;
}

/** For `npm run bench:ledgers`: a running Zoho Books fake holding `openInvoices` open invoices (no contract checks). */
export async function startZohoFakeWithInvoices(
  openInvoices: number,
): Promise<{ fake: ZohoFake; url: string; refreshToken: string }> {
  const fake = new ZohoFake({ openInvoices, openBills: 0 });
  const url = await fake.start();
  return { fake, url, refreshToken: fake.oauth.consent() };
}
