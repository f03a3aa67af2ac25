/**
 * The sandbox's state machine for linked accounts: linking, data status, real-time refresh jobs and their
 * 5-minute window, the legacy sync and its 2-minute window, MFA re-authorisation, unlinking, and the webhooks
 * each of these sends. HTTP concerns live in the route files.
 */
import { Decimal } from 'decimal.js';
import type { SandboxClock } from './clock.js';
import type { Counters } from './counters.js';
import { AccountGenerator, type BankRow } from './generator.js';
import { defaultInstitutionFor, findInstitution, type Institution } from './institutions.js';
import { PEOPLE, COMPANIES } from './names.js';
import { digits, hexId, Rng } from './prng.js';
import type { AccountSpec, DataStatus, Quirk, TruthTransaction } from './types.js';
import type { WebhookEmitter } from './webhooks.js';

export const REALTIME_WINDOW_MS = 5 * 60_000;
export const LEGACY_SYNC_WINDOW_MS = 2 * 60_000;
/** How long a refresh job takes on the sandbox clock. */
export const JOB_MS = 5_000;
const DEFAULT_PROCESSING_MS = 30_000;
const APP_ID = '6400aa11bb22cc33dd44ee55';
const BUSINESS_ID = '6400aa11bb22cc33dd44ee66';

export type JobStatus = 'processing' | 'finished' | 'failed';

export interface Job {
  id: string;
  account: string;
  name: 'jobs.accounts.sync_balance' | 'jobs.accounts.sync_statement';
  status: JobStatus;
  createdAt: number;
  hasNewData: boolean;
}

export interface AccountState {
  id: string;
  customerId: string;
  name: string;
  accountNumber: string;
  bvn: string;
  institution: Institution;
  kind: 'business' | 'personal';
  accountType: string;
  gen: AccountGenerator;
  linked: boolean;
  dataStatus: DataStatus;
  reauthRequired: boolean;
  refreshes: number;
  mfa: { reauthAfterRefreshes: number } | null;
  syncFailure: AccountSpec['syncFailure'] | null;
  authMethod: 'internet_banking' | 'mobile_banking';
  ref: string | null;
  createdAt: number;
  updatedAt: number;
  lastJob: Job | null;
  lastLegacySyncAt: number | null;
  /** Latest bank activity already reported by a refresh (for has_new_data). */
  reportedActivity: number;
  /**
   * When Mono last fetched from the bank (its data is as of then), or null when Mono's view is always current. Set
   * by `staleDays` at link; a finished refresh or legacy sync brings it to the moment it ran.
   */
  dataAsOf: number | null;
  /** The client has been told re-authorisation is required (an answer or a webhook said so). */
  reauthAnswered: boolean;
  incomeRecords: unknown[];
}

export class ReauthRequiredError extends Error {
  constructor(readonly job: Job | null) {
    super('reauthorisation required');
  }
}

export interface BankDeps {
  seed: number;
  clock: SandboxClock;
  counters: Counters;
  webhooks: WebhookEmitter;
  quirk: (q: Quirk) => boolean;
  pendingProbabilityAt: (authAt: number) => number;
}

export class SandboxBank {
  private readonly accountsById = new Map<string, AccountState>();
  private readonly jobs = new Map<string, Job>();
  private linkCount = 0;
  private jobCount = 0;

  constructor(private readonly deps: BankDeps) {}

  all(): AccountState[] {
    return [...this.accountsById.values()];
  }
  /** A linked account, or undefined (unknown and unlinked accounts look the same from outside). */
  linked(id: string): AccountState | undefined {
    const a = this.accountsById.get(id);
    return a?.linked ? a : undefined;
  }
  any(id: string): AccountState | undefined {
    return this.accountsById.get(id);
  }
  job(accountId: string, jobId: string): Job | undefined {
    const j = this.jobs.get(jobId);
    return j && j.account === accountId ? j : undefined;
  }

  /** Creates and links an account; sends account_connected, then account_updated once its data is ready. */
  link(
    spec: AccountSpec = {},
    how: {
      ref?: string | null;
      customerId?: string;
      authMethod?: AccountState['authMethod'];
      defaultStatus?: DataStatus;
    } = {},
  ): AccountState {
    const { seed, clock } = this.deps;
    const n = ++this.linkCount;
    const id = spec.id ?? hexId(seed, 'account', n);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id))
      throw new Error(`account id "${id}" must be 1-64 letters, digits, _ or - (it goes into URL paths)`);
    if (this.accountsById.get(id)?.linked) throw new Error(`account ${id} is already linked`);
    const institution = spec.institution
      ? findInstitution(spec.institution)
      : defaultInstitutionFor(spec.currency ?? 'NGN');
    if (spec.currency && spec.currency !== institution.currency)
      throw new Error(`currency ${spec.currency} does not match ${institution.name} (${institution.currency})`);
    const kind = spec.kind ?? 'business';
    const historyDays = spec.historyDays ?? 400;
    const txnsPerDay = spec.txnsPerDay ?? 6;
    if (!Number.isInteger(historyDays) || historyDays < 0)
      throw new Error(`historyDays must be a non-negative integer, got ${historyDays}`);
    if (!(txnsPerDay >= 0)) throw new Error(`txnsPerDay must be >= 0, got ${txnsPerDay}`);
    if (spec.mfa && !(Number.isInteger(spec.mfa.reauthAfterRefreshes) && spec.mfa.reauthAfterRefreshes >= 0))
      throw new Error(`mfa.reauthAfterRefreshes must be a non-negative integer, got ${spec.mfa.reauthAfterRefreshes}`);
    if (
      spec.dataStatus !== undefined &&
      !['AVAILABLE', 'PROCESSING', 'PARTIAL', 'UNAVAILABLE', 'FAILED'].includes(spec.dataStatus)
    )
      throw new Error(
        `dataStatus must be AVAILABLE, PROCESSING, PARTIAL, UNAVAILABLE or FAILED, got ${spec.dataStatus}`,
      );
    if (spec.processingMs !== undefined && !(spec.processingMs >= 0))
      throw new Error(`processingMs must be >= 0, got ${spec.processingMs}`);
    if (spec.staleDays !== undefined && !(spec.staleDays >= 0))
      throw new Error(`staleDays must be >= 0, got ${spec.staleDays}`);
    if (
      spec.backdated !== undefined &&
      !(spec.backdated.probability >= 0 && spec.backdated.probability <= 1 && spec.backdated.maxLagHours >= 0)
    )
      throw new Error('backdated needs probability 0..1 and maxLagHours >= 0');
    if (spec.stampJitter !== undefined && !(spec.stampJitter >= 0 && spec.stampJitter <= 1))
      throw new Error(`stampJitter must be a probability 0..1, got ${spec.stampJitter}`);
    if (spec.kind !== undefined && spec.kind !== 'business' && spec.kind !== 'personal')
      throw new Error(`kind must be business or personal, got ${spec.kind}`);
    const rng = new Rng(seed, id, 'profile');
    const name =
      spec.name ??
      (kind === 'business' ? rng.pick(COMPANIES[institution.country]) : rng.pick(PEOPLE[institution.country]));
    const now = clock.now();
    const status = spec.dataStatus ?? how.defaultStatus ?? 'AVAILABLE';
    const account: AccountState = {
      id,
      customerId: how.customerId ?? hexId(seed, 'customer', id),
      name,
      accountNumber: digits(10, seed, id, 'nuban'),
      bvn: `22${digits(9, seed, id, 'bvn')}`,
      institution,
      kind,
      accountType:
        kind === 'business'
          ? rng.pick(['CURRENT ACCOUNT - CORPORATE', 'Business Current Account', 'CURRENT_ACCOUNT'])
          : rng.pick(['SAVINGS_ACCOUNT', 'Digital Savings Account', 'Tier 3 Savings Account']),
      gen: new AccountGenerator({
        seed,
        accountId: id,
        institution,
        kind,
        historyDays,
        txnsPerDay,
        linkedAt: now,
        pendingProbabilityAt: this.deps.pendingProbabilityAt,
        ...(spec.backdated ? { backdated: spec.backdated } : {}),
        ...(spec.stampJitter ? { stampJitter: spec.stampJitter } : {}),
      }),
      linked: true,
      dataStatus: status,
      reauthRequired: false,
      refreshes: 0,
      mfa: spec.mfa ?? null,
      syncFailure: spec.syncFailure ?? null,
      authMethod: how.authMethod ?? (institution.kind === 'bank' ? 'internet_banking' : 'mobile_banking'),
      ref: how.ref ?? null,
      createdAt: now,
      updatedAt: now,
      lastJob: null,
      lastLegacySyncAt: null,
      reportedActivity: now,
      dataAsOf: spec.staleDays ? now - Math.round(spec.staleDays * 86_400_000) : null,
      reauthAnswered: false,
      incomeRecords: [],
    };
    // A stale account's refresh reveals what happened after Mono's last fetch: that is the activity to compare with.
    if (account.dataAsOf !== null) account.reportedActivity = account.gen.latestActivity(account.dataAsOf);
    this.accountsById.set(id, account);
    this.emit('mono.events.account_connected', {
      id,
      customer: account.customerId,
      meta: {
        data_status: this.status(status === 'AVAILABLE' ? 'PROCESSING' : status),
        auth_method: account.authMethod,
        ...(account.ref ? { ref: account.ref } : {}),
      },
      app: APP_ID,
      business: BUSINESS_ID,
    });
    if (status === 'PROCESSING') {
      clock.after(spec.processingMs ?? DEFAULT_PROCESSING_MS, () => {
        if (!account.linked || account.dataStatus !== 'PROCESSING') return;
        account.dataStatus = 'AVAILABLE';
        account.updatedAt = clock.now();
        this.accountUpdated(account, {});
      });
    } else {
      this.accountUpdated(account, {});
    }
    return account;
  }

  status(s: DataStatus): string {
    return this.deps.quirk('lowercase_data_status') ? s.toLowerCase() : s;
  }

  retrievedData(s: DataStatus): string[] {
    if (s === 'AVAILABLE') return ['identity', 'balance', 'transactions'];
    if (s === 'PARTIAL') return ['identity', 'balance'];
    return [];
  }

  jobStatus(s: JobStatus): string {
    return this.deps.quirk('uppercase_job_status') ? s.toUpperCase() : s;
  }

  /** The account as webhooks carry it: camelCase with `_id`. */
  webhookAccount(a: AccountState): Record<string, unknown> {
    return {
      _id: a.id,
      name: a.name,
      accountNumber: a.accountNumber,
      currency: a.institution.currency,
      balance: this.balanceVisible(a),
      type: a.accountType,
      bvn: a.bvn.slice(-4),
      authMethod: a.authMethod,
      institution: {
        name: a.institution.name,
        bankCode: a.institution.bankCode,
        type: a.kind === 'business' ? 'BUSINESS_BANKING' : 'PERSONAL_BANKING',
      },
      created_at: new Date(a.createdAt).toISOString(),
      updated_at: new Date(a.updatedAt).toISOString(),
    };
  }

  /** The moment Mono's data for the account describes: its last fetch from the bank (or now, when always current). */
  viewOf(a: AccountState): number {
    return a.dataAsOf ?? this.deps.clock.now();
  }

  /** Balance as Mono would report it (null when it has not been retrieved). */
  balanceVisible(a: AccountState): number | null {
    return a.dataStatus === 'AVAILABLE' || a.dataStatus === 'PARTIAL' ? a.gen.balanceAt(this.viewOf(a)) : null;
  }

  /** Mono fetched from the bank: a stale account's data is now as of this moment. */
  private fetchedFromBank(a: AccountState): void {
    if (a.dataAsOf !== null) a.dataAsOf = this.deps.clock.now();
  }

  /**
   * Sandbox extra: when Mono last fetched the account from the bank (ISO; null when its view is always current) and
   * whether a refresh job is still running, which will move that view when it finishes.
   */
  dataView(id: string): { fetchedAt: string | null; refreshing: boolean } {
    const a = this.accountsById.get(id);
    if (!a) throw new Error(`unknown account ${id}`);
    return {
      fetchedAt: a.dataAsOf === null ? null : new Date(a.dataAsOf).toISOString(),
      refreshing: a.lastJob?.status === 'processing',
    };
  }

  transactionsVisible(a: AccountState): boolean {
    return a.dataStatus === 'AVAILABLE';
  }

  private emit(event: string, data: unknown): string {
    return this.deps.webhooks.emit(event, data);
  }

  private accountUpdated(
    a: AccountState,
    extra: { sync_status?: string; job_id?: string; has_new_data?: boolean },
  ): void {
    if (extra.sync_status === 'REAUTHORISATION_REQUIRED') a.reauthAnswered = true;
    const event = this.deps.quirk('realtime_misnamed_event')
      ? 'mono.accounts.account_updated'
      : 'mono.events.account_updated';
    this.emit(event, {
      account: this.webhookAccount(a),
      meta: {
        data_status: this.status(a.dataStatus),
        auth_method: a.authMethod,
        ...(a.ref ? { ref: a.ref } : {}),
        retrieved_data: this.retrievedData(a.dataStatus),
        ...extra,
      },
      app: APP_ID,
      business: BUSINESS_ID,
    });
  }

  /** A successful bank fetch moves data_status along Mono's table (FAILED/UNAVAILABLE → PARTIAL → AVAILABLE). */
  private afterSuccessfulFetch(a: AccountState): void {
    if (a.dataStatus === 'PARTIAL') a.dataStatus = 'AVAILABLE';
    else if (a.dataStatus === 'FAILED' || a.dataStatus === 'UNAVAILABLE') a.dataStatus = 'PARTIAL';
  }

  /** Counts one refresh/sync against the MFA budget; true when it tips the account into needing re-authorisation. */
  private spendRefresh(a: AccountState): boolean {
    a.refreshes++;
    if (a.mfa && a.refreshes > a.mfa.reauthAfterRefreshes) {
      a.reauthRequired = true;
      return true;
    }
    return false;
  }

  private hasNewData(a: AccountState): boolean {
    const latest = a.gen.latestActivity(this.deps.clock.now());
    const fresh = latest > a.reportedActivity;
    a.reportedActivity = Math.max(a.reportedActivity, latest);
    return fresh;
  }

  /**
   * x-realtime on balance/transactions. Inside the 5-minute window the previous job is returned unchanged and the
   * call is counted as a breach. Throws ReauthRequiredError when the account needs (or now needs) re-authorisation.
   */
  realtime(a: AccountState, what: 'balance' | 'statement'): Job {
    const { clock, counters } = this.deps;
    const now = clock.now();
    if (a.reauthRequired) throw new ReauthRequiredError(null);
    if (a.lastJob && now - a.lastJob.createdAt < REALTIME_WINDOW_MS) {
      counters.breach(a.id, 'realtime_window', now);
      return a.lastJob;
    }
    const job: Job = {
      id: hexId(this.deps.seed, 'job', a.id, ++this.jobCount),
      account: a.id,
      name: what === 'balance' ? 'jobs.accounts.sync_balance' : 'jobs.accounts.sync_statement',
      status: 'processing',
      createdAt: now,
      hasNewData: false,
    };
    this.jobs.set(job.id, job);
    a.lastJob = job;
    if (this.spendRefresh(a)) {
      job.status = 'failed';
      this.finishJob(a, job);
      throw new ReauthRequiredError(job);
    }
    job.hasNewData = this.hasNewData(a);
    clock.after(JOB_MS, () => {
      if (!a.linked || job.status !== 'processing') return;
      job.status = 'finished';
      this.fetchedFromBank(a);
      this.afterSuccessfulFetch(a);
      a.updatedAt = clock.now();
      this.finishJob(a, job);
    });
    return job;
  }

  private finishJob(a: AccountState, job: Job): void {
    this.emit('mono.accounts.jobs.update', {
      account: a.id,
      business: BUSINESS_ID,
      app: APP_ID,
      id: job.id,
      name: job.name,
      status: this.jobStatus(job.status),
    });
    this.accountUpdated(a, {
      sync_status: job.status === 'failed' ? 'REAUTHORISATION_REQUIRED' : 'SUCCESSFUL',
      job_id: job.id,
      has_new_data: job.hasNewData,
    });
  }

  /** Legacy POST /accounts/:id/sync. Returns the HTTP status and body Mono's v1 sync answers. */
  legacySync(a: AccountState, allowIncomplete: boolean): { status: number; body: Record<string, unknown> } {
    const { clock, counters } = this.deps;
    const now = clock.now();
    if (a.lastLegacySyncAt !== null && now - a.lastLegacySyncAt < LEGACY_SYNC_WINDOW_MS) {
      counters.breach(a.id, 'legacy_sync_window', now);
      return {
        status: 429,
        body: {
          status: 'failed',
          hasNewData: false,
          code: null,
          message: 'You can only sync an account once every 2 minutes.',
        },
      };
    }
    a.lastLegacySyncAt = now;
    const fail = (code: string, message: string) => ({
      status: 400,
      body: { status: 'failed', hasNewData: false, code, message },
    });
    if (a.reauthRequired || this.spendRefresh(a)) {
      this.accountUpdated(a, { sync_status: 'REAUTHORISATION_REQUIRED' });
      return fail('REAUTHORISATION_REQUIRED', 'This account requires re-authorisation (reauthorisation required).');
    }
    if (a.syncFailure === 'SYNC_ERROR' || a.dataStatus === 'UNAVAILABLE' || a.dataStatus === 'FAILED') {
      return fail('SYNC_ERROR', 'Unable to sync this account at the moment.');
    }
    if (a.syncFailure === 'INCOMPLETE_STATEMENT_ERROR' && !allowIncomplete) {
      return fail('INCOMPLETE_STATEMENT_ERROR', 'The bank returned fewer transactions than previously retrieved.');
    }
    this.fetchedFromBank(a);
    const hasNewData = this.hasNewData(a);
    this.afterSuccessfulFetch(a);
    a.updatedAt = now;
    this.accountUpdated(a, { sync_status: 'SUCCESSFUL', has_new_data: hasNewData });
    const code = this.deps.quirk('sync_code_synced_successful') ? 'SYNCED_SUCCESSFUL' : 'SYNC_SUCCESSFUL';
    return { status: 200, body: { status: 'successful', hasNewData, code, message: null } };
  }

  requireReauth(id: string): void {
    const a = this.mustBeLinked(id);
    a.reauthRequired = true;
  }

  /** The user completed the reauth link: data calls work again; account_reauthorized then account_updated. */
  completeReauth(id: string): void {
    const a = this.mustBeLinked(id);
    a.reauthRequired = false;
    a.reauthAnswered = false;
    a.refreshes = 0;
    a.updatedAt = this.deps.clock.now();
    // Re-authorising logs Mono in to the bank again: its data is fresh as of now.
    this.fetchedFromBank(a);
    this.emit('mono.events.account_reauthorized', { account: { _id: a.id }, app: APP_ID, business: BUSINESS_ID });
    this.accountUpdated(a, { sync_status: 'SUCCESSFUL' });
  }

  unlink(id: string): void {
    const a = this.mustBeLinked(id);
    a.linked = false;
    const account = this.deps.quirk('unlinked_underscore_id') ? { _id: a.id } : { id: a.id };
    this.emit('mono.events.account_unlinked', { account, app: APP_ID, business: BUSINESS_ID });
  }

  mustBeLinked(id: string): AccountState {
    const a = this.linked(id);
    if (!a) throw new Error(`no linked account ${id}`);
    return a;
  }

  truth(id: string): TruthTransaction[] {
    const a = this.accountsById.get(id);
    if (!a) throw new Error(`unknown account ${id}`);
    // The truth is what Mono serves: the bank's statement as of Mono's last fetch.
    const out: TruthTransaction[] = [];
    a.gen.forEachPosted(this.viewOf(a), (r) => out.push(this.truthRow(a, r)));
    return out;
  }

  truthRow(a: AccountState, r: BankRow): TruthTransaction {
    return {
      key: r.key,
      id: a.gen.currentId(r.key),
      date: new Date(r.stampAt).toISOString(),
      amount: r.amount,
      type: r.type,
      narration: r.narration,
      balance: r.balance,
      category: r.category,
      currency: a.institution.currency,
    };
  }

  addTransactions(
    id: string,
    count: number,
    opts: { narration?: string; amount?: number; type?: 'debit' | 'credit' } = {},
  ): TruthTransaction[] {
    const a = this.accountsById.get(id);
    if (!a) throw new Error(`unknown account ${id}`);
    if (!Number.isInteger(count) || count < 1 || count > 10_000)
      throw new Error(`count must be an integer 1..10000, got ${count}`);
    if (opts.amount !== undefined && !(Number.isSafeInteger(opts.amount) && opts.amount > 0))
      throw new Error(`amount must be a positive integer in minor units, got ${opts.amount}`);
    const now = this.deps.clock.now();
    const rng = new Rng(this.deps.seed, id, 'extra', now, count);
    const rows = Array.from({ length: count }, (_, i) => {
      const type = opts.type ?? (rng.chance(0.5) ? 'credit' : 'debit');
      return {
        amount: opts.amount ?? rng.int(100, 5_000_000),
        type,
        narration:
          opts.narration ??
          (type === 'credit'
            ? `TRF FROM ${rng.pick(PEOPLE[a.institution.country])} REF${now}${i}`
            : `POS PURCHASE @ SANDBOX MERCHANT ${i + 1}`),
        category: type === 'credit' ? 'transfer' : 'shopping',
      };
    });
    const keys = new Set(a.gen.addExtra(now, rows));
    return a.gen
      .truth(now)
      .filter((r) => keys.has(r.key))
      .map((r) => this.truthRow(a, r));
  }

  /** Starts an income analysis; the result arrives later as mono.events.account_income and in income-records. */
  startIncome(a: AccountState, periodMonths: number | null): void {
    const { clock } = this.deps;
    clock.after(JOB_MS, () => {
      if (!a.linked) return;
      const now = clock.now();
      const since = periodMonths ? now - periodMonths * 30 * 86_400_000 : 0;
      const credits = a.gen
        .truth(now)
        .filter(
          (r) => r.type === 'credit' && r.postAt >= since && (r.category === 'salary' || r.category === 'income'),
        );
      const total = credits.reduce((s, r) => s + r.amount, 0);
      const months = Math.max(1, new Set(credits.map((r) => new Date(r.postAt).toISOString().slice(0, 7))).size);
      const monthly = new Decimal(total).div(months).toDecimalPlaces(0).toNumber();
      const last = credits[credits.length - 1];
      const record = {
        id: hexId(this.deps.seed, 'income', a.id, now),
        account: a.id,
        app: APP_ID,
        business: BUSINESS_ID,
        account_name: a.name,
        account_number: a.accountNumber,
        income_summary: {
          total_income: total,
          employer: a.kind === 'personal' ? (last?.narration.replace(/^SALARY \w+ \d+ /, '') ?? null) : null,
          aggregated_monthly_average: monthly,
        },
        income_streams: credits.length
          ? [
              {
                income_type: a.kind === 'personal' ? 'SALARY' : 'WAGES',
                frequency: a.kind === 'personal' ? 'MONTHLY' : 'VARIABLE',
                monthly_average: monthly,
                currency: a.institution.currency,
                stability: a.kind === 'personal' ? 0.9 : 0.6,
                first_income_date: new Date(credits[0]!.postAt).toISOString().slice(0, 10),
                last_income_date: new Date(last!.postAt).toISOString().slice(0, 10),
                last_income_amount: last!.amount,
                last_income_description: last!.narration,
                periods_with_income: months,
                number_of_incomes: credits.length,
                number_of_months: months,
              },
            ]
          : [],
        annual_income: monthly * 12,
        monthly_income: monthly,
        created_at: new Date(now).toISOString(),
      };
      a.incomeRecords.push(record);
      this.emit('mono.events.account_income', record);
    });
  }
}
