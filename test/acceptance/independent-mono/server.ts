/**
 * An independent implementation of the part of Mono's v2 contract bankfeed uses, written from the contract notes and
 * issue 19 only: account details, transactions (UTC-day filters, paging by `meta.next`), balance, real-time refresh
 * jobs, job status, linking (exchange token, hosted link), re-authorisation, unlink, and webhooks carrying the static
 * secret. Every request is logged; a route it does not know answers 404 and is recorded, so the test can say so.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createHash, randomUUID } from 'node:crypto';
import { BankAccount, hexId, type Posting } from './bank.js';

/** How long a call bankfeed decided on before it was told may take to arrive (see callsWhileReauthPending). */
export const IN_FLIGHT_MS = 250;

export interface CallRecord {
  at: number;
  method: string;
  path: string;
  accountId: string | null;
  /** A call that reads account data (details, balance, transactions, identity, statement, legacy sync). */
  data: boolean;
  realtime: boolean;
  status: number;
}

export interface WebhookRecord {
  event: string;
  eventId: string;
  accountId: string;
  sentAt: number;
  status: number | null;
  attempts: number;
}

interface Job {
  id: string;
  accountId: string;
  name: 'jobs.accounts.sync_statement' | 'jobs.accounts.sync_balance';
  status: 'processing' | 'finished' | 'failed';
  hasNewData: boolean;
  reauthRequired: boolean;
  createdAt: number;
  finishedAt: number | null;
}

export interface IndependentMonoOptions {
  accounts: BankAccount[];
  secretKey: string;
  webhookSecret: string;
  /** How long a real-time job takes before Mono has the bank's new data. */
  jobDelayMs: number;
  /** Mono's documented window: one real-time session per account per 5 minutes. */
  realtimeWindowMs?: number;
  rand: () => number;
  log?: (line: string) => void;
}

const DAY = 86_400_000;

export class IndependentMono {
  readonly calls: CallRecord[] = [];
  readonly unknownRoutes: string[] = [];
  readonly webhooks: WebhookRecord[] = [];
  readonly problems: string[] = [];
  /** Per account: when Mono first told bankfeed re-authorisation is required, and when it was completed. */
  readonly reauth = new Map<
    string,
    { signalledAt: number; how: string; completedAt: number | null; toldAt: number | null }
  >();
  readonly hostedLinks = new Map<string, { scope: 'auth' | 'reauth'; account?: string; ref?: string }>();
  readonly codes = new Map<string, { accountId: string; issuedAt: number }>();
  webhookUrl: string | null = null;
  url = '';
  private server: Server | null = null;
  private readonly byId = new Map<string, BankAccount>();
  private readonly jobs = new Map<string, Job>();
  private readonly lastSession = new Map<string, { at: number; job: Job }>();
  /** Accounts whose bank asks for MFA on the next fetch (until re-authorised). */
  private readonly mfaDue = new Set<string>();
  private readonly midRead = new Set<string>();
  private readonly reauthOnNextData = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingWebhooks = new Set<Promise<void>>();
  private closed = false;

  constructor(private readonly o: IndependentMonoOptions) {
    for (const a of o.accounts) this.add(a);
  }

  /** A bank account Mono can link (the bank exists before the user links it). */
  add(a: BankAccount): void {
    this.byId.set(a.id, a);
  }

  private log(line: string): void {
    this.o.log?.(`[independent-mono ${new Date().toISOString()}] ${line}`);
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.problems.push(`handler error ${req.method} ${req.url}: ${String(e)}`);
        if (!res.headersSent) this.send(res, 500, { status: 'failed', message: 'internal error', data: null });
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const port = (this.server.address() as { port: number }).port;
    this.url = `http://127.0.0.1:${port}`;
    return this.url;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    await Promise.allSettled([...this.pendingWebhooks]);
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  account(id: string): BankAccount {
    const a = this.byId.get(id);
    if (!a) throw new Error(`unknown account ${id}`);
    return a;
  }

  /**
   * Mono's next fetch of this account lands in the middle of a read: right after it answers the next transactions
   * page, its view moves forward (and account_updated follows), so the rest of that sync reads the newer view.
   */
  fetchDuringNextRead(id: string): void {
    this.midRead.add(id);
  }

  /**
   * Mono learns the bank wants MFA between its last good fetch and bankfeed's next call: that call (whatever it is,
   * real-time or not) answers 200 with the data Mono has and `x-reauth-required: true`.
   */
  flagReauthOnNextData(id: string): void {
    this.reauthOnNextData.add(id);
  }

  /** From now on the bank wants MFA for this account: the next real-time refresh fails. */
  requireMfa(id: string): void {
    this.mfaDue.add(id);
  }

  pendingReauth(id: string): boolean {
    const r = this.reauth.get(id);
    return !!r && r.completedAt === null;
  }

  /**
   * Data calls for an account made after bankfeed was told re-authorisation is required (the first response carrying
   * it, or the webhook's delivery) and before it completed. A call made between Mono's decision and that moment is
   * the one that learns it, not a breach.
   */
  callsWhileReauthPending(id: string): CallRecord[] {
    const r = this.reauth.get(id);
    if (!r) return [];
    // bankfeed stores the webhook's news before answering 200, and every bank call checks that record first; a call
    // checked just before the store can still be on the wire when the 200 lands here. Calls arriving within
    // IN_FLIGHT_MS of being told are those, not a breach (a feed that kept reading would go on calling past it).
    const from = r.toldAt !== null ? r.toldAt + IN_FLIGHT_MS : r.signalledAt;
    return this.calls.filter(
      (c) => c.accountId === id && c.data && c.at > from && (r.completedAt === null || c.at < r.completedAt),
    );
  }

  /** bankfeed has now been told that the account's re-authorisation is pending (kept from the first time). */
  private told(id: string): void {
    const r = this.reauth.get(id);
    if (r && r.completedAt === null) r.toldAt ??= Date.now();
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      if (!this.closed) fn();
    }, ms);
    this.timers.add(t);
  }

  // ---------------------------------------------------------------- linking (the user's side, driven by the test)

  /** A Connect widget code for an account, as the widget's onSuccess would give the user (valid 10 minutes). */
  issueCode(id: string): string {
    const code = `code_${hexId(this.o.rand)}`;
    this.codes.set(code, { accountId: id, issuedAt: Date.now() });
    return code;
  }

  /** The user finished the hosted link flow at `monoUrl` with this bank account. */
  completeHostedLink(monoUrl: string, id: string): void {
    const link = this.hostedLinks.get(monoUrl);
    if (!link || link.scope !== 'auth') throw new Error(`no hosted link ${monoUrl}`);
    this.hostedLinks.delete(monoUrl);
    this.link(this.account(id), link.ref);
  }

  /** The user re-authorised at `monoUrl`: Mono fetches the bank, then sends account_reauthorized and account_updated. */
  completeReauth(monoUrl: string): void {
    const link = this.hostedLinks.get(monoUrl);
    if (!link || link.scope !== 'reauth' || !link.account) throw new Error(`no re-authorisation link ${monoUrl}`);
    this.hostedLinks.delete(monoUrl);
    const a = this.account(link.account);
    const r = this.reauth.get(a.id);
    if (r && r.completedAt === null) r.completedAt = Date.now();
    this.mfaDue.delete(a.id);
    this.lastSession.delete(a.id);
    const hasNew = a.fetch(Date.now());
    this.log(`reauthorised ${a.spec.name}`);
    void this.webhook(a, 'mono.events.account_reauthorized', { account: { _id: a.id } }).then(() =>
      this.webhook(
        a,
        'mono.events.account_updated',
        this.accountUpdatedData(a, { sync_status: 'SUCCESSFUL', has_new_data: hasNew }),
      ),
    );
  }

  private link(a: BankAccount, ref?: string): void {
    a.linked = true;
    a.dataStatus = 'PROCESSING';
    this.log(`linked ${a.spec.name}`);
    void this.webhook(a, 'mono.events.account_connected', {
      id: a.id,
      customer: a.customerId,
      meta: { data_status: 'PROCESSING', auth_method: 'internet_banking', ...(ref ? { ref } : {}) },
    });
    // Mono's first fetch at link gives it data as of its last fetch of the bank (stale by design of the test).
    this.later(1_500, () => {
      a.dataStatus = 'AVAILABLE';
      void this.webhook(a, 'mono.events.account_updated', this.accountUpdatedData(a, {}));
    });
  }

  /**
   * Mono's own scheduled fetch of the bank (no job): the view moves to now and account_updated follows. `silent`
   * is a deliberately wrong Mono (no webhook) for showing that the acceptance check fails.
   */
  scheduledFetch(id: string, silent = false): void {
    const a = this.account(id);
    if (!a.linked || a.unlinked) return;
    if (this.mfaDue.has(id) || this.pendingReauth(id)) {
      this.signalReauth(a, 'webhook account_updated REAUTHORISATION_REQUIRED (scheduled fetch)');
      void this.webhook(
        a,
        'mono.events.account_updated',
        this.accountUpdatedData(a, { sync_status: 'REAUTHORISATION_REQUIRED' }),
      );
      return;
    }
    const hasNew = a.fetch(Date.now());
    this.log(`scheduled fetch ${a.spec.name}: ${hasNew ? 'new data' : 'nothing new'}${silent ? ' (no webhook)' : ''}`);
    if (silent) return;
    void this.webhook(
      a,
      'mono.events.account_updated',
      this.accountUpdatedData(a, { sync_status: 'SUCCESSFUL', has_new_data: hasNew }),
    );
  }

  private signalReauth(a: BankAccount, how: string): void {
    if (this.pendingReauth(a.id)) return;
    this.reauth.set(a.id, { signalledAt: Date.now(), how, completedAt: null, toldAt: null });
    this.log(`re-authorisation required for ${a.spec.name} (${how})`);
  }

  private accountUpdatedData(a: BankAccount, meta: Record<string, unknown>): Record<string, unknown> {
    return {
      account: {
        _id: a.id,
        name: a.spec.name,
        accountNumber: a.accountNumber,
        currency: a.spec.currency,
        balance: a.servedBalance(),
        type: 'CURRENT ACCOUNT',
        bvn: '4821',
        authMethod: 'internet_banking',
        institution: { name: a.spec.bank.name, bankCode: a.spec.bank.code, type: a.spec.bank.type },
        created_at: new Date(a.lastFetch).toISOString(),
        updated_at: new Date(a.lastFetch).toISOString(),
      },
      meta: {
        data_status: a.dataStatus,
        auth_method: 'internet_banking',
        retrieved_data: ['identity', 'balance', 'transactions'],
        ...meta,
      },
    };
  }

  // ---------------------------------------------------------------- webhooks

  /** POST a webhook with Mono's static secret; non-200 is retried with back-off (shortened for the test), same event_id. */
  webhook(a: BankAccount, event: string, data: Record<string, unknown>): Promise<void> {
    const body = JSON.stringify({
      event,
      event_id: randomUUID(),
      timestamp: new Date().toISOString(),
      data: { ...data, app: 'app_acceptance', business: 'biz_acceptance' },
    });
    const rec: WebhookRecord = {
      event,
      eventId: (JSON.parse(body) as { event_id: string }).event_id,
      accountId: a.id,
      sentAt: Date.now(),
      status: null,
      attempts: 0,
    };
    this.webhooks.push(rec);
    const run = async () => {
      for (let delay = 500; rec.attempts < 8 && !this.closed; delay *= 2) {
        rec.attempts++;
        if (this.webhookUrl) {
          try {
            const res = await fetch(this.webhookUrl, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'mono-webhook-secret': this.o.webhookSecret },
              body,
              signal: AbortSignal.timeout(10_000),
            });
            rec.status = res.status;
            await res.arrayBuffer();
            if (res.status === 200) {
              if (body.includes('REAUTHORISATION_REQUIRED')) this.told(a.id);
              return;
            }
          } catch {
            rec.status = -1;
          }
        }
        await new Promise((r) => setTimeout(r, delay));
      }
      this.problems.push(`webhook ${event} for ${a.spec.name} not accepted after ${rec.attempts} attempts`);
    };
    const p = run();
    this.pendingWebhooks.add(p);
    void p.finally(() => this.pendingWebhooks.delete(p));
    return p;
  }

  // ---------------------------------------------------------------- HTTP

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private ok(res: ServerResponse, message: string, data: unknown, extra: Record<string, unknown> = {}, headers = {}) {
    this.send(
      res,
      200,
      { status: 'successful', message, timestamp: new Date().toISOString(), data, ...extra },
      headers,
    );
  }

  private fail(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
    this.send(res, status, { status: 'failed', message, timestamp: new Date().toISOString(), data: null }, headers);
  }

  private async body(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (!chunks.length) return {};
    try {
      return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const path = u.pathname;
    const m = /^\/(?:v2\/)?accounts\/([0-9a-f]{24})(\/.*)?$/.exec(path);
    const accountId = m ? m[1]! : null;
    const sub = m ? (m[2] ?? '') : '';
    const dataRoute =
      !!m &&
      method === 'GET' &&
      ['', '/balance', '/transactions', '/identity', '/statement', '/credits', '/debits'].includes(sub);
    const legacySync = !!m && method === 'POST' && sub === '/sync' && !path.startsWith('/v2/');
    const realtime =
      String(req.headers['x-realtime'] ?? req.headers['x-real-time'] ?? '').toLowerCase() === 'true' ||
      String(req.headers['x-real-time'] ?? '').toLowerCase() === 'true';
    const rec: CallRecord = {
      at: Date.now(),
      method,
      path,
      accountId,
      data: dataRoute || legacySync,
      realtime,
      status: 0,
    };
    this.calls.push(rec);
    res.on('finish', () => {
      rec.status = res.statusCode;
      if (rec.accountId && res.getHeader('x-reauth-required') === 'true') this.told(rec.accountId);
    });

    if (req.headers['mono-sec-key'] !== this.o.secretKey) return this.fail(res, 401, 'Unauthorized request.');

    if (method === 'POST' && path === '/v2/accounts/auth') return this.exchange(res, await this.body(req));
    if (method === 'POST' && path === '/v2/accounts/initiate') return this.initiate(res, await this.body(req));
    if (!m) return this.unknown(res, method, path);
    const a = this.byId.get(accountId!);
    if (!a || !a.linked) return this.fail(res, 404, 'Account not found');
    if (a.unlinked) return this.fail(res, 404, 'Account has been unlinked');

    if (method === 'POST' && sub === '/unlink' && path.startsWith('/v2/')) {
      a.unlinked = true;
      this.ok(res, 'Account unlinked successfully', null);
      void this.webhook(a, 'mono.events.account_unlinked', { account: { id: a.id } });
      return;
    }
    const job = /^\/jobs\/([^/]+)$/.exec(sub);
    if (method === 'GET' && job) {
      const j = this.jobs.get(job[1]!);
      if (!j || j.accountId !== a.id) return this.fail(res, 404, 'Job not found');
      return this.ok(res, 'Request was successfully completed', {
        id: j.id,
        status: j.status,
        name: j.name,
        account: a.id,
        business: 'biz_acceptance',
        app: 'app_acceptance',
      });
    }
    if (legacySync) return this.legacySync(res, a);
    if (!dataRoute) return this.unknown(res, method, path);

    if (this.reauthOnNextData.delete(a.id))
      this.signalReauth(
        a,
        `x-reauth-required on ${method} ${sub || '(details)'}${realtime ? ' real-time' : ''} response`,
      );
    // A data call. Real-time refresh first: its headers describe the job this call started (or the current one).
    const headers: Record<string, string> = {};
    if (realtime && (sub === '' || sub === '/balance' || sub === '/transactions')) {
      const j = this.realtimeSession(
        a,
        sub === '/balance' ? 'jobs.accounts.sync_balance' : 'jobs.accounts.sync_statement',
      );
      headers['x-job-id'] = j.id;
      headers['x-job-status'] = j.status;
      if (j.hasNewData && j.status === 'finished') headers['x-has-new-data'] = 'true';
    }
    if (this.pendingReauth(a.id)) headers['x-reauth-required'] = 'true';

    // Account details answer at once: they are how a client sees data_status move from PROCESSING to AVAILABLE.
    if (sub === '') return this.ok(res, 'Request was succesfully completed', this.details(a), {}, headers);
    if (a.dataStatus !== 'AVAILABLE') {
      // Documented: data endpoints return an empty payload until the first fetch is done.
      if (sub === '/transactions')
        return this.ok(
          res,
          'No transactions found',
          [],
          { meta: { total: 0, page: 1, previous: null, next: null } },
          headers,
        );
      return this.ok(res, 'Request was succesfully completed', null, {}, headers);
    }
    if (sub === '') return this.ok(res, 'Request was succesfully completed', this.details(a), {}, headers);
    if (sub === '/balance')
      return this.ok(
        res,
        'Request was successfully completed',
        {
          id: a.id,
          name: a.spec.name,
          account_number: a.accountNumber,
          balance: a.servedBalance(),
          currency: a.spec.currency,
        },
        {},
        headers,
      );
    if (sub === '/identity')
      return this.ok(
        res,
        'Request was succesfully completed',
        {
          full_name: a.spec.name,
          bvn: null,
          email: null,
          phone: null,
          gender: null,
          dob: null,
          address_line1: null,
          state_of_origin: null,
          lga_of_origin: null,
          marital_status: null,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        },
        {},
        headers,
      );
    if (sub === '/transactions') {
      this.transactions(res, a, u, headers);
      if (a.dataStatus === 'AVAILABLE' && this.midRead.delete(a.id)) {
        this.log(`fetch in the middle of a read of ${a.spec.name} (after ${u.search})`);
        this.scheduledFetch(a.id);
      }
      return;
    }
    return this.unknown(res, method, path);
  }

  private unknown(res: ServerResponse, method: string, path: string): void {
    const line = `${method} ${path}`;
    this.unknownRoutes.push(line);
    this.log(`UNKNOWN ROUTE ${line} -> 404`);
    this.fail(res, 404, `independent-mono does not implement ${line}`);
  }

  private details(a: BankAccount): unknown {
    return {
      account: {
        id: a.id,
        name: a.spec.name,
        account_number: a.accountNumber,
        currency: a.spec.currency,
        balance: a.servedBalance(),
        type: 'CURRENT ACCOUNT',
        bvn: '4821',
        institution: { name: a.spec.bank.name, bank_code: a.spec.bank.code, type: a.spec.bank.type },
      },
      customer: { id: a.customerId },
      meta: {
        data_status: a.dataStatus,
        auth_method: 'internet_banking',
        retrieved_data: ['identity', 'balance', 'transactions'],
      },
    };
  }

  /** One real-time session per account per window; inside it the last job is answered unchanged. */
  private realtimeSession(a: BankAccount, name: Job['name']): Job {
    const now = Date.now();
    const last = this.lastSession.get(a.id);
    if (last && now - last.at < (this.o.realtimeWindowMs ?? 300_000)) return last.job;
    const job: Job = {
      id: hexId(this.o.rand),
      accountId: a.id,
      name,
      status: 'processing',
      hasNewData: false,
      reauthRequired: false,
      createdAt: now,
      finishedAt: null,
    };
    this.jobs.set(job.id, job);
    this.lastSession.set(a.id, { at: now, job });
    if (this.mfaDue.has(a.id) || this.pendingReauth(a.id)) {
      // The bank wants MFA: the job fails at once and this very response says re-authorisation is required.
      job.status = 'failed';
      job.reauthRequired = true;
      this.signalReauth(a, `x-reauth-required on ${name} real-time response`);
      this.later(300, () => {
        void this.webhook(a, 'mono.accounts.jobs.update', { account: a.id, id: job.id, name, status: 'failed' }).then(
          () =>
            this.webhook(
              a,
              'mono.events.account_updated',
              this.accountUpdatedData(a, { sync_status: 'REAUTHORISATION_REQUIRED', job_id: job.id }),
            ),
        );
      });
      return job;
    }
    this.log(`real-time job ${job.id} for ${a.spec.name}`);
    this.later(this.o.jobDelayMs, () => {
      job.hasNewData = a.fetch(Date.now());
      job.status = 'finished';
      job.finishedAt = Date.now();
      this.log(`real-time job ${job.id} for ${a.spec.name} finished (${job.hasNewData ? 'new data' : 'nothing new'})`);
      void this.webhook(a, 'mono.accounts.jobs.update', { account: a.id, id: job.id, name, status: 'finished' }).then(
        () =>
          this.webhook(
            a,
            'mono.events.account_updated',
            this.accountUpdatedData(a, { sync_status: 'SUCCESSFUL', job_id: job.id, has_new_data: job.hasNewData }),
          ),
      );
    });
    return job;
  }

  private legacySync(res: ServerResponse, a: BankAccount): void {
    if (this.mfaDue.has(a.id) || this.pendingReauth(a.id)) {
      this.signalReauth(a, 'legacy REAUTHORISATION_REQUIRED');
      res.on('finish', () => this.told(a.id));
      return this.send(res, 200, {
        status: 'failed',
        hasNewData: false,
        code: 'REAUTHORISATION_REQUIRED',
        message: 'Re-authorisation required',
      });
    }
    const hasNew = a.fetch(Date.now());
    this.send(res, 200, { status: 'successful', hasNewData: hasNew, code: 'SYNC_SUCCESSFUL', message: null });
  }

  /** Mono filters `start`/`end` by the UTC day of each row's `date`, both ends inclusive; newest first; paged. */
  private transactions(res: ServerResponse, a: BankAccount, u: URL, headers: Record<string, string>): void {
    const q = u.searchParams;
    const start = q.get('start');
    const end = q.get('end');
    let from = -Infinity;
    let to = Infinity;
    try {
      if (start) from = utcDay(start);
      if (end) to = utcDay(end) + DAY;
    } catch (e) {
      return this.fail(res, 400, (e as Error).message, headers);
    }
    let rows: Posting[] = a.served().filter((p) => p.date >= from && p.date < to);
    const type = q.get('type');
    if (type === 'debit' || type === 'credit') rows = rows.filter((p) => p.type === type);
    const narration = q.get('narration');
    if (narration) rows = rows.filter((p) => p.narration.toLowerCase().includes(narration.toLowerCase()));
    rows.sort((x, y) => y.date - x.date || y.seq - x.seq);
    if (!start && !end) rows = rows.slice(0, 100); // undated: the most recent transactions only
    const data = rows.map((p) => ({
      id: p.id,
      narration: p.narration,
      amount: p.amount,
      type: p.type,
      balance: p.balance,
      date: new Date(p.date).toISOString(),
      category: p.category,
    }));
    if (!data.length)
      return this.send(
        res,
        200,
        {
          status: 'successful',
          message: 'No transactions found for the provided date filter, please try again with different date',
          timestamp: new Date().toISOString(),
          data: null,
          meta: null,
        },
        headers,
      );
    if (q.get('paginate') === 'false')
      return this.ok(
        res,
        'Transaction retrieved successfully',
        data,
        { meta: { total: data.length, page: 1, previous: null, next: null } },
        headers,
      );
    // Page size: the caller's limit, at most 100 (Mono documents no maximum; this one keeps pages small).
    const limit = Math.min(100, Math.max(1, Number(q.get('limit') ?? 25) || 25));
    const page = Math.max(1, Number(q.get('page') ?? 1) || 1);
    const pages = Math.max(1, Math.ceil(data.length / limit));
    // Documented: `next` omits /accounts/ and drops the caller's filters.
    const link = (n: number) => `${this.url}/v2/${a.id}/transactions?page=${n}`;
    this.ok(
      res,
      'Transaction retrieved successfully',
      data.slice((page - 1) * limit, page * limit),
      {
        meta: {
          total: data.length,
          page,
          previous: page > 1 ? link(page - 1) : null,
          next: page < pages ? link(page + 1) : null,
        },
      },
      headers,
    );
  }

  private exchange(res: ServerResponse, body: Record<string, unknown>): void {
    const code = typeof body.code === 'string' ? body.code : '';
    const c = this.codes.get(code);
    if (!c || Date.now() - c.issuedAt > 600_000) return this.fail(res, 400, 'Invalid or expired code');
    this.codes.delete(code);
    const a = this.account(c.accountId);
    this.ok(res, 'Request completed successfully', { id: a.id });
    this.link(a);
  }

  private initiate(res: ServerResponse, body: Record<string, unknown>): void {
    const scope = body.scope;
    const meta = (body.meta ?? {}) as { ref?: string };
    const monoUrl = `https://link.mono.co/${hexId(this.o.rand).toUpperCase().slice(0, 12)}`;
    const created_at = new Date().toISOString();
    if (scope === 'auth') {
      const customer = (body.customer ?? {}) as { id?: string; name?: string; email?: string };
      if (!customer.id && !(customer.name && customer.email)) return this.fail(res, 400, 'customer is required');
      this.hostedLinks.set(monoUrl, { scope: 'auth', ...(meta.ref ? { ref: meta.ref } : {}) });
      return this.ok(res, 'Request completed successfully', {
        mono_url: monoUrl,
        customer: customer.id ?? hexId(this.o.rand),
        meta,
        scope: 'auth',
        redirect_url: body.redirect_url ?? null,
        created_at,
      });
    }
    if (scope === 'reauth') {
      const id = typeof body.account === 'string' ? body.account : '';
      const a = this.byId.get(id);
      if (!a || !a.linked) return this.fail(res, 404, 'Account not found');
      this.hostedLinks.set(monoUrl, { scope: 'reauth', account: id });
      this.log(`re-authorisation link issued for ${a.spec.name}`);
      return this.ok(res, 'Request completed successfully', {
        mono_url: monoUrl,
        customer: a.customerId,
        account: id,
        meta,
        scope: 'reauth',
        institution: { id: hexId(this.o.rand), name: a.spec.bank.name },
        auth_method: 'internet_banking',
        redirect_url: body.redirect_url ?? null,
        created_at,
      });
    }
    return this.fail(res, 400, 'scope must be auth or reauth');
  }

  /** Real-time jobs that finished: when each started and ended. */
  finishedJobs(): Array<{ accountId: string; createdAt: number; finishedAt: number }> {
    return [...this.jobs.values()].flatMap((j) =>
      j.status === 'finished' && j.finishedAt
        ? [{ accountId: j.accountId, createdAt: j.createdAt, finishedAt: j.finishedAt }]
        : [],
    );
  }

  /** The re-authorisation links issued for an account, newest last. */
  reauthLinks(id: string): string[] {
    return [...this.hostedLinks.entries()].filter(([, l]) => l.scope === 'reauth' && l.account === id).map(([u]) => u);
  }

  /** A short fingerprint of what is served, for the test's log. */
  fingerprint(id: string): string {
    return createHash('sha256')
      .update(
        JSON.stringify(
          this.account(id)
            .served()
            .map((p) => p.id),
        ),
      )
      .digest('hex')
      .slice(0, 12);
  }
}

/** `DD-MM-YYYY` (documented) or `YYYY-MM-DD`, as the start of that UTC day. */
export function utcDay(s: string): number {
  let m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s);
  if (m) return Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  throw new Error(`start/end must be DD-MM-YYYY, got ${JSON.stringify(s)}`);
}
