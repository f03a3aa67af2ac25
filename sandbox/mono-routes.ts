/** Mono v2 financial-data endpoints (and the legacy v1 sync), answering with Mono's envelopes, codes and headers. */
import { z } from 'zod';
import type { AccountState, SandboxBank } from './bank.js';
import { ReauthRequiredError } from './bank.js';
import type { SandboxClock } from './clock.js';
import type { Counters } from './counters.js';
import { parseFilterDate } from './dates.js';
import type { FaultInjector } from './faults.js';
import type { ServedRow } from './generator.js';
import { CODE_TTL_MS, donePage, linkPage, type ExchangeCode, type LinkSession } from './hosted-link.js';
import { envelope, failure, HttpError, type Reply } from './http-kit.js';
import { findInstitution } from './institutions.js';
import { hexId } from './prng.js';
import type { Quirk } from './types.js';

export const REAUTH_MESSAGE =
  'This account requires re-authorisation (reauthorisation required): re-authorise it through a reauth link from POST /v2/accounts/initiate with scope "reauth".';
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const OVERLAP_ROWS = 3;

export interface MonoContext {
  seed: number;
  baseUrl: () => string;
  clock: SandboxClock;
  bank: SandboxBank;
  counters: Counters;
  faults: FaultInjector;
  quirk: (q: Quirk) => boolean;
  sessions: Map<string, LinkSession>;
  codes: Map<string, ExchangeCode>;
  /** Sequence number of a statement fetch (seeds id churn and duplicate pages). */
  nextFetch: () => number;
  /** Duplicate-page fault state: the page that will repeat its predecessor, per account+filters. */
  duplicateNext: Map<string, { page: number; data: unknown }>;
}

export interface RouteRequest {
  method: string;
  url: URL;
  params: string[];
  headers: Record<string, string | string[] | undefined>;
  body: () => Promise<unknown>;
  form: () => Promise<URLSearchParams>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  endpoint: string;
  /** Needs mono-sec-key. */
  auth: boolean;
  /** Account data endpoint: counted per account, subject to faults. */
  data: boolean;
  handle: (req: RouteRequest, ctx: MonoContext) => Promise<Reply> | Reply;
}

function notFound(ctx: MonoContext): HttpError {
  void ctx;
  return new HttpError(404, 'Account not found');
}

function account(ctx: MonoContext, id: string): AccountState {
  const a = ctx.bank.linked(id);
  if (!a) throw notFound(ctx);
  return a;
}

function reauthReply(ctx: MonoContext, err: ReauthRequiredError): Reply {
  // Older Mono versions (and some implementations today) flag re-authorisation with this header on any answer.
  const headers: Record<string, string> = { 'x-reauth-required': 'true' };
  if (err.job) {
    headers['x-job-id'] = err.job.id;
    headers['x-job-status'] = ctx.bank.jobStatus('failed');
  }
  return { status: 400, body: failure(ctx.clock.now(), REAUTH_MESSAGE), headers };
}

/**
 * The `reauth_as_failed_job` quirk: a real-time refresh that needs re-authorisation answers 200 with the last data,
 * `x-job-status: failed` and `x-reauth-required: true` instead of an error.
 */
function reauthAnswer(ctx: MonoContext, headers: Record<string, string>): Reply {
  return {
    status: 200,
    body: { ...envelope(ctx.clock.now(), 'Account data retrieved; the bank asked for re-authorisation', null) },
    headers,
  };
}

function wantsRealtime(req: RouteRequest, ctx: MonoContext): boolean {
  const truthy = (v: string | string[] | undefined) => String(v ?? '').toLowerCase() === 'true';
  if (ctx.quirk('x_real_time_header')) return truthy(req.headers['x-real-time']);
  return truthy(req.headers['x-realtime']) || truthy(req.headers['x-real-time']);
}

/** Runs a real-time refresh when asked; returns the job headers (or throws the reauth reply). */
function realtimeHeaders(
  req: RouteRequest,
  ctx: MonoContext,
  a: AccountState,
  what: 'balance' | 'statement',
): Record<string, string> {
  if (!wantsRealtime(req, ctx)) return {};
  let job;
  try {
    job = ctx.bank.realtime(a, what);
  } catch (e) {
    if (!(e instanceof ReauthRequiredError) || !e.job || !ctx.quirk('reauth_as_failed_job')) throw e;
    return { 'x-job-id': e.job.id, 'x-job-status': ctx.bank.jobStatus('failed'), 'x-reauth-required': 'true' };
  }
  return {
    'x-job-id': job.id,
    'x-job-status': ctx.bank.jobStatus(job.status),
    'x-has-new-data': String(job.hasNewData),
    'x-reauth-required': 'false',
  };
}

function idKey(ctx: MonoContext): 'id' | '_id' {
  return ctx.quirk('underscore_id') ? '_id' : 'id';
}

function restAccount(ctx: MonoContext, a: AccountState): Record<string, unknown> {
  return {
    [idKey(ctx)]: a.id,
    name: a.name,
    account_number: a.accountNumber,
    currency: a.institution.currency,
    balance: ctx.bank.balanceVisible(a),
    type: a.accountType,
    bvn: a.bvn.slice(-4),
    institution: {
      name: a.institution.name,
      bank_code: a.institution.bankCode,
      type: a.kind === 'business' ? 'BUSINESS_BANKING' : 'PERSONAL_BANKING',
    },
  };
}

function intParam(url: URL, name: string, min: number, max: number, dflt: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return dflt;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
    throw new HttpError(400, `Invalid ${name} "${raw}": expected an integer from ${min} to ${max}`);
  return Number(raw);
}

function serveRows(
  ctx: MonoContext,
  a: AccountState,
  rows: ServedRow[],
  fetchSeq: number,
): Array<Record<string, unknown>> {
  const churn = ctx.faults.profile.idChurn;
  return rows.map(({ row, pending, balance }) => {
    if (!pending && ctx.faults.chance(churn, 'churn', fetchSeq, row.key)) a.gen.churn(row.key);
    return {
      [idKey(ctx)]: pending ? a.gen.pendingId(row.key) : a.gen.currentId(row.key),
      narration: row.narration,
      amount: pending ? row.pendingAmount : row.amount,
      type: row.type,
      balance,
      date: new Date(pending ? row.authAt : row.stampAt).toISOString(),
      category: row.category,
    };
  });
}

const NO_TXNS = 'No transactions found for the provided date filter, please try again with different date';

async function transactions(req: RouteRequest, ctx: MonoContext): Promise<Reply> {
  const a = account(ctx, req.params[0]!);
  const { url } = req;
  const q = url.searchParams;
  const strict = ctx.quirk('dd_mm_yyyy_only');
  const start = q.get('start') ? parseFilterDate('start', q.get('start')!, strict) : null;
  const end = q.get('end') ? parseFilterDate('end', q.get('end')!, strict) : null;
  if (start && end && start > end)
    throw new HttpError(400, `Invalid start "${q.get('start')}": start must not be after end "${q.get('end')}"`);
  const type = q.get('type');
  if (type !== null && type !== 'debit' && type !== 'credit')
    throw new HttpError(400, `Invalid type "${type}": expected debit or credit`);
  const paginateRaw = q.get('paginate');
  if (paginateRaw !== null && paginateRaw !== 'true' && paginateRaw !== 'false')
    throw new HttpError(400, `Invalid paginate "${paginateRaw}": expected true or false`);
  const paginate = paginateRaw !== 'false';
  const limit = intParam(url, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const page = intParam(url, 'page', 1, 10_000_000, 1);
  const narration = q.get('narration') || undefined;
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  const headers = realtimeHeaders(req, ctx, a, 'statement');
  if (headers['x-reauth-required'] === 'true') return reauthAnswer(ctx, headers);
  const now = ctx.bank.viewOf(a);
  const noData = (): Reply => ({
    status: 200,
    body: { ...envelope(now, NO_TXNS, null), meta: null },
    headers,
    faultable: true,
  });
  if (!ctx.bank.transactionsVisible(a)) return noData();
  // Mono filters start/end by UTC day, whatever the account's time zone.
  const filter = {
    fromMs: start ? Date.parse(`${start}T00:00:00Z`) : undefined,
    toMs: end ? Date.parse(`${end}T00:00:00Z`) + 86_400_000 : undefined,
    type: (type ?? undefined) as 'debit' | 'credit' | undefined,
    narration,
  };
  const fetchSeq = ctx.nextFetch();
  if (!paginate) {
    const all = a.gen.list(now, { ...filter, offset: 0, limit: null });
    if (all.total === 0) return noData();
    return wrapPage(ctx, headers, now, serveRows(ctx, a, all.rows, fetchSeq), {
      total: all.total,
      page: 1,
      previous: null,
      next: null,
    });
  }
  const overlap = ctx.faults.profile.overlappingPages ? Math.min(OVERLAP_ROWS, Math.floor(limit / 4)) : 0;
  const step = limit - overlap;
  const result = a.gen.list(now, { ...filter, offset: (page - 1) * step, limit });
  if (result.total === 0) return noData();
  const pages = result.total <= limit ? 1 : 1 + Math.ceil((result.total - limit) / step);
  const link = (p: number | null) => (p === null ? null : pageUrl(ctx, a.id, url, p));
  const meta = {
    total: result.total,
    page,
    previous: link(page > 1 ? page - 1 : null),
    next: link(page < pages ? page + 1 : null),
  };
  const sig = `${a.id}?${[...q.entries()]
    .filter(([k]) => k !== 'page')
    .sort()
    .map(([k, v]) => `${k}=${v}`)
    .join('&')}`;
  const dups = ctx.duplicateNext;
  const pendingDup = dups.get(sig);
  if (pendingDup && pendingDup.page === page) {
    // The duplicate-page fault: this page repeats the previous page's rows once.
    dups.delete(sig);
    return wrapPage(ctx, headers, now, pendingDup.data as Array<Record<string, unknown>>, meta);
  }
  const data = serveRows(ctx, a, result.rows, fetchSeq);
  if (page < pages && ctx.faults.chance(ctx.faults.profile.duplicatePages, 'dup', fetchSeq, page))
    dups.set(sig, { page: page + 1, data });
  return wrapPage(ctx, headers, now, data, meta);
}

function pageUrl(ctx: MonoContext, accountId: string, url: URL, page: number): string {
  if (ctx.quirk('next_without_accounts_segment')) return `${ctx.baseUrl()}/v2/${accountId}/transactions?page=${page}`;
  const q = new URLSearchParams(url.searchParams);
  q.delete('page');
  const rest = q.toString();
  return `${ctx.baseUrl()}/v2/accounts/${accountId}/transactions?page=${page}${rest ? `&${rest}` : ''}`;
}

function wrapPage(
  ctx: MonoContext,
  headers: Record<string, string>,
  now: number,
  data: Array<Record<string, unknown>>,
  meta: { total: number; page: number; previous: string | null; next: string | null },
): Reply {
  const message = 'Transaction retrieved successfully';
  if (ctx.quirk('paging_in_data'))
    return {
      status: 200,
      body: envelope(now, message, { transactions: data, paging: meta }),
      headers,
      faultable: true,
    };
  return { status: 200, body: envelope(now, message, data, meta), headers, faultable: true };
}

const initiateSchema = z.object({
  scope: z.enum(['auth', 'reauth']),
  customer: z
    .union([z.object({ id: z.string().min(1) }), z.object({ name: z.string().min(1), email: z.string().email() })])
    .optional(),
  meta: z
    .object({ ref: z.string().min(1).max(200).optional() })
    .passthrough()
    .optional(),
  redirect_url: z.string().url().optional(),
  account: z.string().optional(),
  institution: z
    .object({ id: z.string().optional(), auth_method: z.string().optional(), account_number: z.string().optional() })
    .passthrough()
    .optional(),
});

function zodMessage(err: z.ZodError): string {
  const issue = err.issues[0]!;
  return `Invalid ${issue.path.join('.') || 'body'}: ${issue.message}`;
}

async function initiate(req: RouteRequest, ctx: MonoContext): Promise<Reply> {
  const parsed = initiateSchema.safeParse(await req.body());
  if (!parsed.success) throw new HttpError(400, zodMessage(parsed.error));
  const b = parsed.data;
  const now = ctx.clock.now();
  const id = hexId(ctx.seed, 'session', now, ctx.sessions.size + 1);
  const monoUrl = `${ctx.baseUrl()}/link/${id}`;
  if (b.scope === 'auth') {
    if (!b.customer)
      throw new HttpError(400, 'Invalid customer: customer {name, email} or {id} is required for scope auth');
    if (!b.redirect_url) throw new HttpError(400, 'Invalid redirect_url: redirect_url is required for scope auth');
    const customerId = 'id' in b.customer ? b.customer.id : hexId(ctx.seed, 'customer', b.customer.email);
    let institutionCode: string | null = null;
    if (b.institution?.id) {
      try {
        institutionCode = findInstitution(b.institution.id).bankCode;
      } catch {
        throw new HttpError(400, `Invalid institution.id "${b.institution.id}": unknown institution`);
      }
    }
    ctx.sessions.set(id, {
      id,
      scope: 'auth',
      customerId,
      customerName: 'name' in b.customer ? b.customer.name : null,
      ref: b.meta?.ref ?? null,
      redirectUrl: b.redirect_url,
      accountId: null,
      institutionCode,
      createdAt: now,
      completed: false,
    });
    return {
      status: 200,
      body: envelope(now, 'Request completed successfully', {
        mono_url: monoUrl,
        customer: customerId,
        meta: { ref: b.meta?.ref ?? null },
        scope: 'auth',
        redirect_url: b.redirect_url,
        created_at: new Date(now).toISOString(),
      }),
    };
  }
  if (!b.account) throw new HttpError(400, 'Invalid account: account (the account id) is required for scope reauth');
  const a = ctx.bank.linked(b.account);
  if (!a) throw new HttpError(404, 'Account not found');
  ctx.sessions.set(id, {
    id,
    scope: 'reauth',
    customerId: a.customerId,
    customerName: null,
    ref: b.meta?.ref ?? null,
    redirectUrl: b.redirect_url ?? null,
    accountId: a.id,
    institutionCode: a.institution.bankCode,
    createdAt: now,
    completed: false,
  });
  return {
    status: 200,
    body: envelope(now, 'Request completed successfully', {
      mono_url: monoUrl,
      customer: a.customerId,
      account: a.id,
      meta: { ref: b.meta?.ref ?? null },
      scope: 'reauth',
      institution: { id: a.institution.id, name: a.institution.name, bank_code: a.institution.bankCode },
      auth_method: a.authMethod,
      redirect_url: b.redirect_url ?? null,
      created_at: new Date(now).toISOString(),
    }),
  };
}

function session(req: RouteRequest, ctx: MonoContext): LinkSession {
  const s = ctx.sessions.get(req.params[0]!);
  if (!s) throw new HttpError(404, 'Link not found or expired');
  return s;
}

function linkGet(req: RouteRequest, ctx: MonoContext): Reply {
  const s = session(req, ctx);
  if (s.completed) return { status: 410, body: null, html: donePage('This link has already been used.') };
  const bank = s.accountId ? (ctx.bank.any(s.accountId)?.institution.name ?? null) : null;
  return { status: 200, body: null, html: linkPage(s, bank) };
}

async function linkPost(req: RouteRequest, ctx: MonoContext): Promise<Reply> {
  const s = session(req, ctx);
  if (s.completed) return { status: 410, body: null, html: donePage('This link has already been used.') };
  const form = await req.form();
  const now = ctx.clock.now();
  let accountId: string;
  if (s.scope === 'auth') {
    const inst = form.get('institution') ?? s.institutionCode ?? '058';
    const kind = form.get('kind') === 'personal' ? 'personal' : 'business';
    try {
      findInstitution(inst);
    } catch {
      throw new HttpError(400, `Invalid institution "${inst}"`);
    }
    const a = ctx.bank.link(
      { institution: inst, kind, ...(s.customerName ? { name: s.customerName.toUpperCase() } : {}) },
      { ref: s.ref, customerId: s.customerId, defaultStatus: 'PROCESSING' },
    );
    accountId = a.id;
  } else {
    const a = ctx.bank.linked(s.accountId!);
    if (!a) throw new HttpError(404, 'Account not found');
    ctx.bank.completeReauth(a.id);
    accountId = a.id;
  }
  s.completed = true;
  const code = `code_${hexId(ctx.seed, 'code', s.id, now)}`;
  ctx.codes.set(code, { code, accountId, expiresAt: now + CODE_TTL_MS, used: false });
  if (!s.redirectUrl)
    return {
      status: 200,
      body: null,
      html: donePage(s.scope === 'reauth' ? 'Account re-authorised.' : 'Account linked.'),
    };
  const target = new URL(s.redirectUrl);
  target.searchParams.set('code', code);
  target.searchParams.set('status', 'linked');
  if (s.ref) target.searchParams.set('reference', s.ref);
  return { status: 302, body: null, html: '', headers: { location: target.toString() } };
}

async function exchange(req: RouteRequest, ctx: MonoContext): Promise<Reply> {
  const body = (await req.body()) as { code?: unknown };
  if (typeof body?.code !== 'string' || !body.code) throw new HttpError(400, 'Invalid code: code is required');
  const c = ctx.codes.get(body.code);
  const now = ctx.clock.now();
  if (!c || c.used || now > c.expiresAt)
    throw new HttpError(
      400,
      'Invalid code: the code is unknown, already used or expired (codes are valid for 10 minutes)',
    );
  c.used = true;
  if (ctx.quirk('bare_token')) return { status: 200, body: { id: c.accountId } };
  return { status: 200, body: envelope(now, 'Request completed successfully', { id: c.accountId }) };
}

function listAccounts(req: RouteRequest, ctx: MonoContext): Reply {
  const limit = intParam(req.url, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const page = intParam(req.url, 'page', 1, 1_000_000, 1);
  const all = ctx.bank.all().filter((a) => a.linked);
  const rows = all.slice((page - 1) * limit, page * limit).map((a) => ({
    ...restAccount(ctx, a),
    customer: { id: a.customerId },
    auth_method: a.authMethod,
    data_status: ctx.bank.status(a.dataStatus),
  }));
  const pages = Math.max(1, Math.ceil(all.length / limit));
  const link = (p: number) => `${ctx.baseUrl()}/v2/accounts?page=${p}&limit=${limit}`;
  const now = ctx.clock.now();
  return {
    status: 200,
    body: envelope(now, 'Request was successfully completed', rows, {
      total: all.length,
      page,
      previous: page > 1 ? link(page - 1) : null,
      next: page < pages ? link(page + 1) : null,
    }),
    faultable: true,
  };
}

function details(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  return {
    status: 200,
    body: envelope(ctx.clock.now(), 'Request was succesfully completed', {
      account: restAccount(ctx, a),
      customer: { id: a.customerId },
      meta: {
        data_status: ctx.bank.status(a.dataStatus),
        auth_method: a.authMethod,
        retrieved_data: ctx.bank.retrievedData(a.dataStatus),
        ...(a.ref ? { ref: a.ref } : {}),
      },
    }),
    faultable: true,
  };
}

function balance(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  const headers = realtimeHeaders(req, ctx, a, 'balance');
  if (headers['x-reauth-required'] === 'true') return reauthAnswer(ctx, headers);
  return {
    status: 200,
    body: envelope(ctx.clock.now(), 'Request was successfully completed', {
      [idKey(ctx)]: a.id,
      name: a.name,
      account_number: a.accountNumber,
      balance: ctx.bank.balanceVisible(a),
      currency: a.institution.currency,
    }),
    headers,
    faultable: true,
  };
}

function identity(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  const n = Number.parseInt(a.accountNumber.slice(-4), 10);
  const slug = a.name
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return {
    status: 200,
    body: envelope(ctx.clock.now(), 'Request was succesfully completed', {
      full_name: a.name,
      bvn: a.bvn,
      email: `${slug}@example.com`,
      phone: `080${a.accountNumber.slice(2, 10)}`,
      gender: a.kind === 'business' ? null : n % 2 ? 'Male' : 'Female',
      dob: a.kind === 'business' ? null : `19${70 + (n % 30)}-0${1 + (n % 9)}-1${n % 10}`,
      address_line1: `${10 + (n % 80)} Sandbox Street`,
      state_of_origin: null,
      lga_of_origin: null,
      marital_status: null,
      created_at: new Date(a.createdAt).toISOString(),
      updated_at: new Date(a.updatedAt).toISOString(),
    }),
    faultable: true,
  };
}

function income(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  const period = req.url.searchParams.get('period');
  if (period !== null && !/^\d{1,2}$/.test(period))
    throw new HttpError(400, `Invalid period "${period}": expected a number of months`);
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  ctx.bank.startIncome(a, period ? Number(period) : null);
  return {
    status: 200,
    body: envelope(
      ctx.clock.now(),
      `The income of ${a.name} is currently being processed. Once completed, the data will be sent to your webhook.`,
      null,
    ),
    faultable: true,
  };
}

function incomeRecords(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  const limit = intParam(req.url, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  const page = intParam(req.url, 'page', 1, 1_000_000, 1);
  const rows = a.incomeRecords.slice((page - 1) * limit, page * limit);
  const total = a.incomeRecords.length;
  const link = (p: number) => `${ctx.baseUrl()}/v2/accounts/${a.id}/income-records?page=${p}`;
  return {
    status: 200,
    body: envelope(ctx.clock.now(), 'Request was successfully completed', rows, {
      total,
      page,
      previous: page > 1 ? link(page - 1) : null,
      next: page * limit < total ? link(page + 1) : null,
    }),
    faultable: true,
  };
}

function statement(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  const period = req.url.searchParams.get('period');
  const m = /^last([1-9]|1[0-2])months?$/.exec(period ?? '');
  if (!m) throw new HttpError(400, `Invalid period "${period ?? ''}": expected last1months … last12months`);
  const output = req.url.searchParams.get('output') ?? 'json';
  if (output !== 'json')
    throw new HttpError(
      400,
      `Invalid output "${output}": the sandbox serves output=json only (PDF statements are not simulated)`,
    );
  if (a.reauthRequired) throw new ReauthRequiredError(null);
  const now = ctx.clock.now();
  if (!ctx.bank.transactionsVisible(a))
    return { status: 200, body: { ...envelope(now, NO_TXNS, null), meta: null }, faultable: true };
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - Number(m[1]));
  const all = a.gen.list(ctx.bank.viewOf(a), { fromMs: from.getTime(), offset: 0, limit: null });
  return {
    status: 200,
    body: envelope(now, 'Statement retrieved successfully', serveRows(ctx, a, all.rows, ctx.nextFetch()), {
      count: all.total,
    }),
    faultable: true,
  };
}

function jobStatus(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  const job = ctx.bank.job(a.id, req.params[1]!);
  if (!job) throw new HttpError(404, 'Job not found');
  return {
    status: 200,
    body: envelope(ctx.clock.now(), 'Request was successfully completed', {
      id: job.id,
      status: ctx.bank.jobStatus(job.status),
      name: job.name,
      account: a.id,
      business: '6400aa11bb22cc33dd44ee66',
      app: '6400aa11bb22cc33dd44ee55',
    }),
  };
}

function unlink(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  ctx.bank.unlink(a.id);
  return { status: 200, body: envelope(ctx.clock.now(), 'Account unlinked successfully', null) };
}

function legacySync(req: RouteRequest, ctx: MonoContext): Reply {
  const a = account(ctx, req.params[0]!);
  const r = ctx.bank.legacySync(a, req.url.searchParams.get('allow_incomplete_statement') === 'true');
  return { status: r.status, body: r.body, faultable: r.status === 200 };
}

const ID = '([A-Za-z0-9_-]+)';
export const MONO_ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v2\/accounts\/initiate$/,
    endpoint: 'POST /v2/accounts/initiate',
    auth: true,
    data: false,
    handle: initiate,
  },
  {
    method: 'POST',
    pattern: /^\/v2\/accounts\/auth$/,
    endpoint: 'POST /v2/accounts/auth',
    auth: true,
    data: false,
    handle: exchange,
  },
  {
    method: 'GET',
    pattern: /^\/v2\/accounts$/,
    endpoint: 'GET /v2/accounts',
    auth: true,
    data: false,
    handle: listAccounts,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}$`),
    endpoint: 'GET /v2/accounts/:id',
    auth: true,
    data: false,
    handle: details,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/balance$`),
    endpoint: 'GET /v2/accounts/:id/balance',
    auth: true,
    data: true,
    handle: balance,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/transactions$`),
    endpoint: 'GET /v2/accounts/:id/transactions',
    auth: true,
    data: true,
    handle: transactions,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/identity$`),
    endpoint: 'GET /v2/accounts/:id/identity',
    auth: true,
    data: true,
    handle: identity,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/income$`),
    endpoint: 'GET /v2/accounts/:id/income',
    auth: true,
    data: true,
    handle: income,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/income-records$`),
    endpoint: 'GET /v2/accounts/:id/income-records',
    auth: true,
    data: true,
    handle: incomeRecords,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/statement$`),
    endpoint: 'GET /v2/accounts/:id/statement',
    auth: true,
    data: true,
    handle: statement,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v2/accounts/${ID}/jobs/${ID}$`),
    endpoint: 'GET /v2/accounts/:id/jobs/:jobId',
    auth: true,
    data: false,
    handle: jobStatus,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v2/accounts/${ID}/unlink$`),
    endpoint: 'POST /v2/accounts/:id/unlink',
    auth: true,
    data: false,
    handle: unlink,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/accounts/${ID}/sync$`),
    endpoint: 'POST /accounts/:id/sync',
    auth: true,
    data: true,
    handle: legacySync,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/link/${ID}$`),
    endpoint: 'GET /link/:session',
    auth: false,
    data: false,
    handle: linkGet,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/link/${ID}$`),
    endpoint: 'POST /link/:session',
    auth: false,
    data: false,
    handle: linkPost,
  },
];

export { reauthReply };
