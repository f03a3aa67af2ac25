import type { z } from 'zod';
import { isBusinessDate, fromMonoDate, toMonoDate, type BusinessDate } from '../../domain/dates.js';
import { MonoError, monoErrorFromResponse } from './errors.js';
import { MonoTransport, type MonoRequest, type MonoResponse, type QueryValue } from './http.js';
import { pageFromNext } from './paging.js';
import {
  accountDetailsData,
  accountListData,
  balanceData,
  describeIssues,
  envelope,
  exchangeTokenBody,
  idOf,
  identityData,
  incomeRecord,
  incomeRecordsData,
  jobData,
  legacySyncBody,
  linkSessionData,
  spendingData,
  transactionItem,
  transactionsData,
  transactionsMeta,
} from './schemas.js';
import type {
  InitiateLinkInput,
  InitiateReauthInput,
  LegacySyncResult,
  MonoAccountDetails,
  MonoAccountSummary,
  MonoBalance,
  MonoClientOptions,
  MonoIdentity,
  MonoIncomeRecord,
  MonoJob,
  MonoJobStatus,
  MonoLinkSession,
  MonoSpendingResult,
  MonoTransaction,
  MonoTransactionPage,
  RealtimeInfo,
  TransactionFilters,
} from './types.js';

type Headers = MonoResponse['headers'];

/** Mono Financial Data API v2 over one keep-alive pool. Every answer is validated; every failure is a MonoError. */
export class MonoClient {
  private readonly http: MonoTransport;
  private readonly realtimeHeader: Record<string, string>;
  private signal: AbortSignal | undefined;

  constructor(options: MonoClientOptions) {
    if (!options.secretKey) throw new TypeError('MonoClient needs a secretKey');
    if (!options.baseUrl) throw new TypeError('MonoClient needs a baseUrl');
    this.realtimeHeader = { [options.realtimeHeader ?? 'x-realtime']: 'true' };
    this.http = new MonoTransport({
      baseUrl: options.baseUrl,
      secretKey: options.secretKey,
      timeoutMs: options.timeoutMs ?? 30_000,
      connections: options.connections ?? 16,
      ...(options.logger ? { logger: options.logger } : {}),
      ...(options.retryAfterHold ? { retryAfterHold: options.retryAfterHold } : {}),
    });
  }

  /**
   * This client (the same pool) with every request ended when `signal` aborts: a cancelled activity's bank call
   * stops at once instead of holding a connection until its own timeout.
   */
  withSignal(signal: AbortSignal): MonoClient {
    const bound = Object.create(this) as MonoClient;
    bound.signal = signal;
    return bound;
  }

  /** Releases the keep-alive sockets. */
  close(): Promise<void> {
    return this.http.close();
  }

  // ---- linking -------------------------------------------------------------------------------------------------

  async initiateLink(input: InitiateLinkInput): Promise<MonoLinkSession> {
    const customer =
      'id' in input.customer
        ? { id: nonEmpty(input.customer.id, 'customer.id') }
        : {
            name: nonEmpty(input.customer.name, 'customer.name'),
            email: nonEmpty(input.customer.email, 'customer.email'),
          };
    const body: Record<string, unknown> = { customer, scope: 'auth' };
    if (input.ref !== undefined) body.meta = { ref: input.ref };
    if (input.redirectUrl !== undefined) body.redirect_url = input.redirectUrl;
    if (input.institution) {
      body.institution = {
        id: nonEmpty(input.institution.id, 'institution.id'),
        ...(input.institution.authMethod ? { auth_method: input.institution.authMethod } : {}),
      };
    }
    const endpoint = 'POST /v2/accounts/initiate';
    const { data } = await this.call({ method: 'POST', path: '/v2/accounts/initiate', endpoint, body });
    return toLinkSession(this.parse(linkSessionData, data, endpoint, 'data'));
  }

  async initiateReauth(accountId: string, input: InitiateReauthInput = {}): Promise<MonoLinkSession> {
    const body: Record<string, unknown> = { account: nonEmpty(accountId, 'accountId'), scope: 'reauth' };
    if (input.ref !== undefined) body.meta = { ref: input.ref };
    if (input.redirectUrl !== undefined) body.redirect_url = input.redirectUrl;
    const endpoint = 'POST /v2/accounts/initiate';
    const { data } = await this.call({ method: 'POST', path: '/v2/accounts/initiate', endpoint, body });
    return toLinkSession(this.parse(linkSessionData, data, endpoint, 'data'));
  }

  /** Widget code → account id. Mono answers `{data:{id}}` or a bare `{id}`; both are read. */
  async exchangeToken(code: string): Promise<{ accountId: string }> {
    const endpoint = 'POST /v2/accounts/auth';
    const res = await this.http.send({
      signal: this.signal,
      method: 'POST',
      path: '/v2/accounts/auth',
      endpoint,
      body: { code: nonEmpty(code, 'code') },
    });
    this.rejectFailedEnvelope(res, endpoint);
    const b = this.parse(exchangeTokenBody, res.body, endpoint, 'body');
    const accountId = (b.data ? idOf(b.data) : null) ?? idOf(b);
    if (!accountId) throw this.protocol(endpoint, res.status, 'body: no account id in data.id, data._id, id or _id');
    return { accountId };
  }

  // ---- accounts ------------------------------------------------------------------------------------------------

  async getAccount(accountId: string): Promise<MonoAccountDetails> {
    const endpoint = 'GET /v2/accounts/{id}';
    const { data, status } = await this.call({ method: 'GET', path: accountPath(accountId), endpoint });
    if (data === null || data === undefined) throw this.protocol(endpoint, status, 'data: missing');
    const d = this.parse(accountDetailsData, data, endpoint, 'data');
    const [acct, customer, meta] =
      'account' in d ? [d.account, d.customer ?? d.account.customer, d.meta] : [d, d.customer, d.meta];
    const id = idOf(acct);
    if (!id) throw this.protocol(endpoint, status, 'data.account.id: missing');
    const inst = acct.institution;
    const dataStatus = meta?.data_status ?? ('data_status' in d ? (d.data_status ?? null) : null);
    return {
      id,
      name: acct.name ?? null,
      accountNumber: acct.account_number ?? acct.accountNumber ?? null,
      currency: acct.currency,
      balanceMinor: acct.balance ?? null,
      type: acct.type ?? null,
      // Mono sends only the last four BVN digits here; anything longer is cut so a full BVN never travels on.
      bvnLast4: acct.bvn ? acct.bvn.slice(-4) : null,
      institution: {
        name: inst?.name ?? null,
        bankCode: inst?.bank_code ?? inst?.bankCode ?? null,
        type: inst?.type ?? null,
      },
      customerId:
        customer === null || customer === undefined ? null : typeof customer === 'string' ? customer : idOf(customer),
      dataStatus,
      authMethod: meta?.auth_method ?? acct.auth_method ?? acct.authMethod ?? null,
      retrievedData: meta?.retrieved_data ?? [],
      ref: meta?.ref ?? null,
    };
  }

  /** Every account linked to the business, following `meta.next` pages. */
  async listAccounts(): Promise<MonoAccountSummary[]> {
    const endpoint = 'GET /v2/accounts';
    const out: MonoAccountSummary[] = [];
    let page: number | null = 1;
    while (page !== null) {
      const { data, meta, status } = await this.call({
        method: 'GET',
        path: '/v2/accounts',
        endpoint,
        query: { page },
      });
      const rows = this.parse(accountListData, data, endpoint, 'data') ?? [];
      rows.forEach((r, i) => {
        const id = idOf(r);
        if (!id) throw this.protocol(endpoint, status, `data[${i}].id: missing`);
        const number = r.account_number ?? r.accountNumber;
        const inst = r.institution;
        out.push({
          id,
          name: r.name ?? null,
          accountNumberLast4: number ? number.slice(-4) : null,
          currency: r.currency ?? null,
          institution: inst
            ? { name: inst.name ?? null, bankCode: inst.bank_code ?? inst.bankCode ?? null, type: inst.type ?? null }
            : null,
          customerId:
            r.customer === null || r.customer === undefined
              ? null
              : typeof r.customer === 'string'
                ? r.customer
                : idOf(r.customer),
          authMethod: r.auth_method ?? r.authMethod ?? null,
        });
      });
      const m = this.parse(transactionsMeta, meta, endpoint, 'meta');
      const next: number | null = this.nextPageOf(m?.next, endpoint, status, 'meta.next');
      if (next !== null && next <= page) throw this.protocol(endpoint, status, 'meta.next: does not move forward');
      page = rows.length === 0 ? null : next;
    }
    return out;
  }

  async getBalance(accountId: string, opts: { realtime?: boolean } = {}): Promise<MonoBalance> {
    const endpoint = 'GET /v2/accounts/{id}/balance';
    const res = await this.call({
      method: 'GET',
      path: `${accountPath(accountId)}/balance`,
      endpoint,
      ...(opts.realtime ? { headers: this.realtimeHeader } : {}),
    });
    const d = this.parse(balanceData, res.data ?? null, endpoint, 'data');
    const realtime = realtimeFrom(res.headers);
    return {
      accountId: d ? idOf(d) : null,
      balanceMinor: d?.balance ?? null,
      currency: d?.currency ?? null,
      ...(opts.realtime || realtime ? { realtime: realtime ?? emptyRealtime() } : {}),
    };
  }

  /** Starts (or, inside Mono's 5-minute window, re-reads) a real-time refresh via `x-realtime: true` on balance. */
  async refresh(accountId: string): Promise<RealtimeInfo> {
    const b = await this.getBalance(accountId, { realtime: true });
    return b.realtime ?? emptyRealtime();
  }

  async getJob(accountId: string, jobId: string): Promise<MonoJob> {
    const endpoint = 'GET /v2/accounts/{id}/jobs/{jobId}';
    const { data, status } = await this.call({
      method: 'GET',
      path: `${accountPath(accountId)}/jobs/${encodeURIComponent(nonEmpty(jobId, 'jobId'))}`,
      endpoint,
    });
    const j = this.parse(jobData, data, endpoint, 'data');
    const id = idOf(j) ?? jobId;
    if (!id) throw this.protocol(endpoint, status, 'data.id: missing');
    const account =
      j.account === null || j.account === undefined
        ? null
        : typeof j.account === 'string'
          ? j.account
          : idOf(j.account);
    return { id, status: j.status, name: j.name ?? null, accountId: account };
  }

  /** Legacy v1 manual sync (unversioned path). Mono's answer codes are results, not errors. */
  async legacySync(accountId: string, opts: { allowIncompleteStatement?: boolean } = {}): Promise<LegacySyncResult> {
    const endpoint = 'POST /accounts/{id}/sync';
    const res = await this.http.send({
      signal: this.signal,
      method: 'POST',
      path: `/accounts/${encodeURIComponent(nonEmpty(accountId, 'accountId'))}/sync`,
      endpoint,
      ...(opts.allowIncompleteStatement ? { query: { allow_incomplete_statement: true } } : {}),
      // A "failed" sync carries its reason as a code, with 200 or a 4xx depending on the era.
      passStatuses: [400, 402, 403, 409, 422],
    });
    const parsed = legacySyncBody.safeParse(res.body);
    if (!parsed.success) {
      if (res.status >= 400)
        throw this.http.logged(
          monoErrorFromResponse({
            status: res.status,
            endpoint,
            message: messageOf(res.body),
            secrets: this.http.secrets,
          }),
        );
      throw this.protocol(endpoint, res.status, describeIssues(parsed.error, 'body'));
    }
    return { code: parsed.data.code, hasNewData: parsed.data.hasNewData ?? parsed.data.has_new_data ?? false };
  }

  async getIdentity(accountId: string): Promise<MonoIdentity> {
    const endpoint = 'GET /v2/accounts/{id}/identity';
    const { data } = await this.call({ method: 'GET', path: `${accountPath(accountId)}/identity`, endpoint });
    const d = this.parse(identityData, data, endpoint, 'data');
    return {
      fullName: d.full_name ?? d.fullName ?? null,
      bvn: d.bvn ?? null,
      email: d.email ?? null,
      phone: d.phone ?? null,
      gender: d.gender ?? null,
      dob: d.dob ?? null,
      addressLine1: d.address_line1 ?? d.addressLine1 ?? null,
      addressLine2: d.address_line2 ?? d.addressLine2 ?? null,
      maritalStatus: d.marital_status ?? d.maritalStatus ?? null,
      stateOfOrigin: d.state_of_origin ?? null,
      lgaOfOrigin: d.lga_of_origin ?? null,
    };
  }

  // ---- transactions --------------------------------------------------------------------------------------------

  async listTransactions(accountId: string, filters: TransactionFilters = {}): Promise<MonoTransactionPage> {
    const endpoint = 'GET /v2/accounts/{id}/transactions';
    const query = transactionQuery(filters);
    const res = await this.call({
      method: 'GET',
      path: `${accountPath(accountId)}/transactions`,
      endpoint,
      query,
      ...(filters.realtime ? { headers: this.realtimeHeader } : {}),
    });
    const data = this.parse(transactionsData, res.data ?? null, endpoint, 'data');
    const meta = this.parse(transactionsMeta, res.meta, endpoint, 'meta');
    let rows: z.infer<typeof transactionItem>[];
    let paging = meta;
    let pagingPath = 'meta';
    if (data === null) rows = [];
    else if (Array.isArray(data)) rows = data;
    else {
      rows = data.transactions ?? data.data ?? [];
      if (!paging && data.paging) {
        paging = data.paging;
        pagingPath = 'data.paging';
      }
    }
    const transactions = rows.map((r, i) => this.toTransaction(r, i, endpoint, res.status));
    const page = paging?.page ?? filters.page ?? 1;
    let nextPage: number | null =
      filters.paginate === false ? null : this.nextPageOf(paging?.next, endpoint, res.status, `${pagingPath}.next`);
    // An empty page that still points onward would loop forever on a misbehaving server.
    if (nextPage !== null && transactions.length === 0) nextPage = null;
    const realtime = realtimeFrom(res.headers);
    return {
      transactions,
      total: paging?.total ?? (data === null ? 0 : null),
      page,
      nextPage,
      ...(filters.realtime || realtime ? { realtime: realtime ?? emptyRealtime() } : {}),
    };
  }

  /**
   * Every page of a filtered window. Only the page number is taken from Mono's `next` link; the query is always our
   * own filters. `realtime` is sent with the first page only (Mono allows one refresh per account per 5 minutes).
   */
  async *iterateTransactions(
    accountId: string,
    filters: TransactionFilters = {},
  ): AsyncGenerator<{ page: number; transactions: MonoTransaction[]; realtime?: RealtimeInfo }> {
    let page = filters.page ?? 1;
    let first = true;
    for (;;) {
      const res = await this.listTransactions(accountId, {
        ...filters,
        page,
        realtime: first && filters.realtime === true,
      });
      first = false;
      yield { page, transactions: res.transactions, ...(res.realtime ? { realtime: res.realtime } : {}) };
      if (res.nextPage === null) return;
      if (res.nextPage <= page) {
        throw this.protocol(
          'GET /v2/accounts/{id}/transactions',
          200,
          `meta.next: page ${res.nextPage} does not follow page ${page}`,
        );
      }
      page = res.nextPage;
    }
  }

  /** JSON statement for the last 1–12 months. */
  async getStatement(accountId: string, months: number): Promise<MonoTransaction[]> {
    if (!Number.isInteger(months) || months < 1 || months > 12)
      throw new RangeError('statement months must be an integer from 1 to 12');
    const endpoint = 'GET /v2/accounts/{id}/statement';
    const res = await this.call({
      method: 'GET',
      path: `${accountPath(accountId)}/statement`,
      endpoint,
      query: { period: `last${months}months`, output: 'json' },
    });
    const data = this.parse(transactionsData, res.data ?? null, endpoint, 'data');
    const rows = data === null ? [] : Array.isArray(data) ? data : (data.transactions ?? data.data ?? []);
    return rows.map((r, i) => this.toTransaction(r, i, endpoint, res.status));
  }

  // ---- analyses ------------------------------------------------------------------------------------------------

  /** Starts an income analysis; the result arrives as `mono.events.account_income`. */
  async requestIncome(accountId: string, periodMonths?: number): Promise<{ status: 'processing' }> {
    if (periodMonths !== undefined && (!Number.isInteger(periodMonths) || periodMonths < 1)) {
      throw new RangeError('income periodMonths must be a positive integer');
    }
    await this.call({
      method: 'GET',
      path: `${accountPath(accountId)}/income`,
      endpoint: 'GET /v2/accounts/{id}/income',
      ...(periodMonths !== undefined ? { query: { period: periodMonths } } : {}),
    });
    return { status: 'processing' };
  }

  async listIncomeRecords(accountId: string): Promise<MonoIncomeRecord[]> {
    const endpoint = 'GET /v2/accounts/{id}/income-records';
    const rows: z.infer<typeof incomeRecord>[] = [];
    let page: number | null = 1;
    while (page !== null) {
      const res = await this.call({
        method: 'GET',
        path: `${accountPath(accountId)}/income-records`,
        endpoint,
        query: { page },
      });
      const d = this.parse(incomeRecordsData, res.data ?? null, endpoint, 'data');
      const batch = d === null ? [] : Array.isArray(d) ? d : (d.records ?? d.data ?? []);
      rows.push(...batch);
      const next: number | null = this.nextPageOf(
        this.parse(transactionsMeta, res.meta, endpoint, 'meta')?.next,
        endpoint,
        res.status,
        'meta.next',
      );
      if (next !== null && next <= page) throw this.protocol(endpoint, res.status, 'meta.next: does not move forward');
      page = batch.length === 0 ? null : next;
    }
    return rows.map((r) => ({
      id: idOf(r),
      createdAt: r.created_at ?? null,
      totalIncome: decimalString(r.total_income ?? r.income_summary?.total_income),
      annualIncome: decimalString(r.annual_income),
      monthlyIncome: decimalString(r.monthly_income),
      streams: (r.income_streams ?? []).map((s) => ({
        incomeType: s.income_type ?? null,
        frequency: s.frequency ?? null,
        monthlyAverage: decimalString(s.monthly_average ?? s.average_income_amount),
        currency: s.currency ?? null,
        stability: s.stability ?? null,
        lastIncomeDate: s.last_income_date ?? null,
        numberOfIncomes: s.number_of_incomes ?? null,
      })),
    }));
  }

  /**
   * Mono's spending summary. v2 does not document it and answers 404 where it is absent: then the result is
   * `{supported:false}` and bankfeed computes spending from the transactions it stores.
   */
  async getSpending(accountId: string, period: string): Promise<MonoSpendingResult> {
    if (!/^last\d{1,2}months$/.test(period)) throw new RangeError('spending period must look like "last6months"');
    const endpoint = 'GET /v2/accounts/{id}/spending';
    try {
      const { data, status } = await this.call({
        method: 'GET',
        path: `${accountPath(accountId)}/spending`,
        endpoint,
        query: { period },
      });
      const d = this.parse(spendingData, data, endpoint, 'data');
      const total = d.amount ?? d.total ?? d.total_spent;
      if (total === null || total === undefined) throw this.protocol(endpoint, status, 'data.amount: missing');
      return { supported: true, totalSpentMinor: total, currency: d.currency ?? null, period };
    } catch (e) {
      if (e instanceof MonoError && e.kind === 'not_found') {
        return {
          supported: false,
          reason: 'Mono has no spending endpoint for this account; compute it from stored transactions',
        };
      }
      throw e;
    }
  }

  async unlink(accountId: string): Promise<void> {
    await this.call({
      method: 'POST',
      path: `${accountPath(accountId)}/unlink`,
      endpoint: 'POST /v2/accounts/{id}/unlink',
    });
  }

  // ---- plumbing ------------------------------------------------------------------------------------------------

  private async call(req: MonoRequest): Promise<{ status: number; headers: Headers; data: unknown; meta: unknown }> {
    const res = await this.http.send({ ...req, signal: this.signal });
    this.rejectFailedEnvelope(res, req.endpoint);
    const env = this.parse(envelope, res.body ?? {}, req.endpoint, 'body');
    return { status: res.status, headers: res.headers, data: env.data, meta: env.meta };
  }

  private rejectFailedEnvelope(res: MonoResponse, endpoint: string): void {
    const b = res.body;
    if (
      b &&
      typeof b === 'object' &&
      'status' in b &&
      typeof b.status === 'string' &&
      b.status.toLowerCase() === 'failed'
    ) {
      throw this.http.logged(
        monoErrorFromResponse({ status: res.status, endpoint, message: messageOf(b), secrets: this.http.secrets }),
      );
    }
  }

  private parse<S extends z.ZodType>(schema: S, value: unknown, endpoint: string, root: string): z.infer<S> {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    throw this.protocol(endpoint, 200, describeIssues(r.error, root));
  }

  private protocol(endpoint: string, status: number, detail: string): MonoError {
    return this.http.logged(new MonoError({ kind: 'protocol', endpoint, status, detail }));
  }

  private nextPageOf(
    next: string | number | null | undefined,
    endpoint: string,
    status: number,
    path: string,
  ): number | null {
    const n = pageFromNext(next);
    if (n === undefined) throw this.protocol(endpoint, status, `${path}: no page number in the next link`);
    return n;
  }

  private toTransaction(
    r: z.infer<typeof transactionItem>,
    i: number,
    endpoint: string,
    status: number,
  ): MonoTransaction {
    const id = idOf(r);
    if (!id) throw this.protocol(endpoint, status, `data[${i}].id: missing`);
    return {
      id,
      narration: r.narration ?? '',
      amountMinor: r.amount,
      type: r.type,
      balanceMinor: r.balance ?? null,
      date: r.date,
      category: r.category ?? null,
      currency: r.currency ?? null,
    };
  }
}

function accountPath(accountId: string): string {
  return `/v2/accounts/${encodeURIComponent(nonEmpty(accountId, 'accountId'))}`;
}

function nonEmpty(value: string, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new TypeError(`${name} must be a non-empty string`);
  return value;
}

function checkDate(value: BusinessDate, name: string): string {
  if (!isBusinessDate(value)) throw new RangeError(`${name} must be a business date YYYY-MM-DD`);
  const mono = toMonoDate(value);
  fromMonoDate(mono); // rejects days that do not exist (2024-02-30)
  return mono;
}

function positiveInt(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

function transactionQuery(f: TransactionFilters): Record<string, QueryValue> {
  if (f.start && f.end && f.start > f.end) throw new RangeError('start must not be after end');
  return {
    start: f.start === undefined ? undefined : checkDate(f.start, 'start'),
    end: f.end === undefined ? undefined : checkDate(f.end, 'end'),
    type: f.type,
    narration: f.narration,
    paginate: f.paginate,
    limit: positiveInt(f.limit, 'limit'),
    page: positiveInt(f.page, 'page'),
  };
}

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function realtimeFrom(headers: Headers): RealtimeInfo | undefined {
  const jobId = header(headers, 'x-job-id');
  const status = header(headers, 'x-job-status')?.trim().toLowerCase();
  const newData = header(headers, 'x-has-new-data')?.trim().toLowerCase();
  if (jobId === undefined && status === undefined && newData === undefined) return undefined;
  const jobStatus: MonoJobStatus | null =
    status === 'processing' || status === 'finished' || status === 'failed' ? status : null;
  return {
    jobId: jobId ?? null,
    jobStatus,
    hasNewData: newData === 'true' ? true : newData === 'false' ? false : null,
  };
}

function emptyRealtime(): RealtimeInfo {
  return { jobId: null, jobStatus: null, hasNewData: null };
}

function messageOf(body: unknown): string | undefined {
  return body && typeof body === 'object' && 'message' in body && typeof body.message === 'string'
    ? body.message
    : undefined;
}

function decimalString(v: number | string | null | undefined): string | null {
  return v === null || v === undefined ? null : String(v);
}

function toLinkSession(d: z.infer<typeof linkSessionData>): MonoLinkSession {
  const ref = (r: string | { id?: string | null; _id?: string | null } | null | undefined): string | null =>
    r === null || r === undefined ? null : typeof r === 'string' ? r : idOf(r);
  return {
    monoUrl: d.mono_url,
    scope: d.scope ?? 'auth',
    customerId: ref(d.customer),
    accountId: ref(d.account),
    ref: d.meta?.ref ?? null,
    redirectUrl: d.redirect_url ?? null,
    createdAt: d.created_at ?? null,
  };
}
