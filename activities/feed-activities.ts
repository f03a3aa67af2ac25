import { Context, heartbeat } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { MonoClient, MonoTransaction } from '../adapters/mono/index.js';
import { normalizeCurrency } from '../domain/currency.js';
import { addBusinessDays, businessDateOf, type BusinessDate } from '../domain/dates.js';
import { defaultTimezoneFor } from '../domain/timezones.js';
import { bankFingerprint, findBalanceBreaks } from '../domain/transactions.js';
import {
  getAccount,
  maskAccountNumber,
  pageLinkedAccountIds,
  updateAccount,
  upsertAccount,
} from '../db/account-repository.js';
import { applyBankWindow, type FetchedBankLine } from '../db/bank-transaction-repository.js';
import type { Database } from '../db/schema.js';
import { finishSyncRun, startSyncRun } from '../db/sync-run-repository.js';
import { mapMonoErrors } from './mono-failures.js';
import type { Notifier } from './notifier.js';

export interface FeedActivityDeps {
  db: Kysely<Database>;
  mono: MonoClient;
  logger: Logger;
  notifier: Notifier;
  /** The bank's clock: real time in production; the sandbox's (scaled) clock in the demo and tests. */
  clock?: () => Date;
  /** Where Mono redirects the user after a re-authorisation. */
  reauthRedirectUrl?: string;
  pageSize?: number;
}

export interface AccountDescription {
  accountId: string;
  name: string;
  currency: string;
  timezone: string;
  dataStatus: string;
}

export interface SyncOutcome {
  from: BusinessDate;
  to: BusinessDate;
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  refetches: number;
  balanceBreaks: number;
}

export interface BackfillProgress {
  nextFrom: BusinessDate;
  totals: SyncOutcome;
}

const MAX_REFETCHES = 3;

export function createFeedActivities(deps: FeedActivityDeps) {
  const clock = deps.clock ?? (() => new Date());
  const pageSize = deps.pageSize ?? 200;
  const nowIso = () => new Date().toISOString();

  async function accountContext(accountId: string) {
    const row = await getAccount(deps.db, accountId);
    if (!row) throw new Error(`account ${accountId} is not stored; describeAccount must run first`);
    return { currency: normalizeCurrency(row.currency), timezone: row.timezone };
  }

  function toLine(accountId: string, t: MonoTransaction, currency: string, timezone: string): FetchedBankLine {
    const amountMinor = t.type === 'credit' ? t.amountMinor : -t.amountMinor;
    const businessDate = businessDateOf(t.date, timezone);
    return {
      providerTxnId: t.id,
      fingerprint: bankFingerprint({
        accountId,
        businessDate,
        amountMinor,
        narration: t.narration,
        balanceMinor: t.balanceMinor,
      }),
      amountMinor,
      currency,
      direction: t.type,
      businessDate,
      bookedAt: t.date,
      narration: t.narration,
      balanceMinor: t.balanceMinor,
      category: t.category,
      raw: JSON.stringify(t),
    };
  }

  /**
   * Fetches every page of one window and checks it: the row count must reach Mono's total and the running balance
   * must be continuous. A window that fails either check is fetched again (overlapping, repeated or lost pages);
   * one that still fails is stored without removing anything, and the break is reported.
   */
  async function fetchCheckedWindow(accountId: string, from: BusinessDate, to: BusinessDate, progress: () => void) {
    const { currency, timezone } = await accountContext(accountId);
    let refetches = 0;
    for (;;) {
      const seen = new Map<string, { line: FetchedBankLine; order: number }>();
      let total: number | null = null;
      let page = 1;
      let order = 0;
      for (;;) {
        const res = await mapMonoErrors(() =>
          deps.mono.listTransactions(accountId, { start: from, end: to, limit: pageSize, page }),
        );
        if (total === null) total = res.total;
        for (const t of res.transactions) {
          seen.set(t.id, { line: toLine(accountId, t, currency, timezone), order: order++ });
        }
        progress();
        if (res.nextPage === null || res.nextPage <= page) break;
        page = res.nextPage;
      }
      // Mono lists newest first; posting order is oldest first, and the reverse of Mono's order breaks same-instant ties.
      const lines = [...seen.values()]
        .sort((a, b) =>
          a.line.bookedAt < b.line.bookedAt ? -1 : a.line.bookedAt > b.line.bookedAt ? 1 : b.order - a.order,
        )
        .map((x) => x.line);
      const breaks = findBalanceBreaks(lines);
      const countOk = total === null || lines.length >= total;
      if ((breaks.length === 0 && countOk) || refetches >= MAX_REFETCHES) {
        return { lines, complete: breaks.length === 0 && countOk, refetches, breaks: breaks.length };
      }
      refetches++;
      deps.logger.warn(
        { accountId, from, to, breaks: breaks.length, fetched: lines.length, total, refetches },
        'window failed its checks; fetching it again',
      );
    }
  }

  async function syncWindow(
    accountId: string,
    from: BusinessDate,
    to: BusinessDate,
    kind: string,
    progress: () => void,
  ): Promise<SyncOutcome> {
    const runId = await startSyncRun(deps.db, { accountId, kind, from, to, now: nowIso() });
    try {
      const w = await fetchCheckedWindow(accountId, from, to, progress);
      const applied = await applyBankWindow(deps.db, {
        accountId,
        from,
        to,
        lines: w.lines,
        complete: w.complete,
        now: nowIso(),
      });
      await finishSyncRun(deps.db, runId, {
        status: 'succeeded',
        fetched: w.lines.length,
        inserted: applied.inserted,
        updated: applied.updated,
        unchanged: applied.unchanged,
        error: w.complete ? null : `running balance or row count did not check out after ${w.refetches} re-fetches`,
        now: nowIso(),
      });
      return {
        from,
        to,
        fetched: w.lines.length,
        inserted: applied.inserted,
        updated: applied.updated,
        unchanged: applied.unchanged,
        removed: applied.removed,
        refetches: w.refetches,
        balanceBreaks: w.breaks,
      };
    } catch (e) {
      await finishSyncRun(deps.db, runId, {
        status: 'failed',
        fetched: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        error: e instanceof Error ? e.message : String(e),
        now: nowIso(),
      });
      throw e;
    }
  }

  function emptyOutcome(from: BusinessDate, to: BusinessDate): SyncOutcome {
    return { from, to, fetched: 0, inserted: 0, updated: 0, unchanged: 0, removed: 0, refetches: 0, balanceBreaks: 0 };
  }

  function add(a: SyncOutcome, b: SyncOutcome): SyncOutcome {
    return {
      from: a.from < b.from ? a.from : b.from,
      to: a.to > b.to ? a.to : b.to,
      fetched: a.fetched + b.fetched,
      inserted: a.inserted + b.inserted,
      updated: a.updated + b.updated,
      unchanged: a.unchanged + b.unchanged,
      removed: a.removed + b.removed,
      refetches: a.refetches + b.refetches,
      balanceBreaks: a.balanceBreaks + b.balanceBreaks,
    };
  }

  return {
    /** Reads the account from Mono and stores (or refreshes) it; returns what the workflow needs to proceed. */
    async describeAccount(accountId: string): Promise<AccountDescription> {
      const a = await mapMonoErrors(() => deps.mono.getAccount(accountId));
      const existing = await getAccount(deps.db, accountId);
      const timezone = existing?.timezone ?? defaultTimezoneFor(a.currency);
      await upsertAccount(
        deps.db,
        {
          id: a.id,
          name: a.name ?? `${a.institution?.name ?? 'Bank'} account`,
          institutionName: a.institution?.name ?? null,
          institutionCode: a.institution?.bankCode ?? null,
          accountNumberMasked: maskAccountNumber(a.accountNumber),
          currency: a.currency,
          timezone,
          accountType: a.type ?? null,
          customerId: a.customerId ?? null,
          dataStatus: a.dataStatus ?? null,
          balanceMinor: a.balanceMinor ?? null,
        },
        nowIso(),
      );
      return {
        accountId: a.id,
        name: a.name ?? a.id,
        currency: a.currency,
        timezone,
        dataStatus: a.dataStatus ?? 'AVAILABLE',
      };
    },

    /**
     * Backfills [today - historyDays, today] in windows, oldest first, committing each window. Heartbeats carry the
     * next window's start, so a retry after a crash resumes there instead of starting over.
     */
    async backfillAccount(input: { accountId: string; historyDays: number; windowDays: number }): Promise<SyncOutcome> {
      const { timezone } = await accountContext(input.accountId);
      const today = businessDateOf(clock(), timezone);
      const start = addBusinessDays(today, -input.historyDays);
      const resumed = Context.current().info.heartbeatDetails as BackfillProgress | undefined;
      let from = resumed?.nextFrom ?? start;
      let totals = resumed?.totals ?? emptyOutcome(start, start);
      if (resumed) deps.logger.info({ accountId: input.accountId, from }, 'backfill resumed from its last heartbeat');
      while (from <= today) {
        const end = addBusinessDays(from, input.windowDays - 1);
        const to = end < today ? end : today;
        const outcome = await syncWindow(input.accountId, from, to, 'backfill', () =>
          heartbeat({ nextFrom: from, totals } satisfies BackfillProgress),
        );
        totals = add(totals, outcome);
        from = addBusinessDays(to, 1);
        heartbeat({ nextFrom: from, totals } satisfies BackfillProgress);
      }
      await updateAccount(deps.db, input.accountId, {
        synced_through: today,
        last_synced_at: nowIso(),
        last_error: null,
        updated_at: nowIso(),
      });
      return { ...totals, from: start, to: today };
    },

    /** Incremental sync from a business date (the synced-through date minus the overlap) to the bank's today. */
    async syncRecent(input: {
      accountId: string;
      syncedThrough: BusinessDate | null;
      overlapDays: number;
    }): Promise<SyncOutcome> {
      const { timezone } = await accountContext(input.accountId);
      const today = businessDateOf(clock(), timezone);
      const base = input.syncedThrough && input.syncedThrough <= today ? input.syncedThrough : today;
      const from = addBusinessDays(base, -input.overlapDays);
      const outcome = await syncWindow(input.accountId, from, today, 'incremental', () => heartbeat());
      await updateAccount(deps.db, input.accountId, {
        synced_through: today,
        last_synced_at: nowIso(),
        last_error: null,
        updated_at: nowIso(),
      });
      return outcome;
    },

    /** Asks Mono for fresh data (real-time, x-realtime); the workflow enforces the one-per-5-minutes window. */
    async refreshAccount(
      accountId: string,
    ): Promise<{ jobId: string | null; jobStatus: string | null; hasNewData: boolean | null }> {
      return mapMonoErrors(() => deps.mono.refresh(accountId));
    },

    async getRefreshJob(input: { accountId: string; jobId: string }): Promise<{ status: string }> {
      const job = await mapMonoErrors(() => deps.mono.getJob(input.accountId, input.jobId));
      return { status: job.status };
    },

    /** The legacy v1 data sync, for apps still on it; the workflow enforces one call per 2 minutes. */
    async legacySyncAccount(accountId: string): Promise<{ code: string; hasNewData: boolean | null }> {
      const r = await mapMonoErrors(() => deps.mono.legacySync(accountId));
      return { code: r.code, hasNewData: r.hasNewData ?? null };
    },

    async createReauthLink(accountId: string): Promise<{ url: string }> {
      const link = await mapMonoErrors(() =>
        deps.mono.initiateReauth(accountId, {
          ref: `reauth-${accountId}-${Date.now()}`,
          ...(deps.reauthRedirectUrl ? { redirectUrl: deps.reauthRedirectUrl } : {}),
        }),
      );
      await updateAccount(deps.db, accountId, {
        state: 'REAUTH_REQUIRED',
        reauth_url: link.monoUrl,
        reauth_required_at: nowIso(),
        updated_at: nowIso(),
      });
      return { url: link.monoUrl };
    },

    async notifyReauthRequired(input: { accountId: string; url: string; reminder: number }): Promise<void> {
      const row = await getAccount(deps.db, input.accountId);
      await deps.notifier.reauthRequired({
        accountId: input.accountId,
        accountName: row?.name ?? input.accountId,
        url: input.url,
        reminder: input.reminder,
      });
    },

    /** Mirrors the workflow's state into the store, where the CLI and reports read it. */
    async recordFeedState(input: {
      accountId: string;
      state: string;
      lastError?: string | null;
      dataStatus?: string | null;
      clearReauth?: boolean;
    }): Promise<void> {
      const now = nowIso();
      await updateAccount(deps.db, input.accountId, {
        state: input.state,
        updated_at: now,
        ...(input.lastError !== undefined ? { last_error: input.lastError } : {}),
        ...(input.dataStatus ? { data_status: input.dataStatus } : {}),
        ...(input.clearReauth ? { reauth_url: null, reauth_required_at: null } : {}),
        ...(input.state === 'UNLINKED' ? { unlinked_at: now } : {}),
      });
    },

    /** The user's unlink: tell Mono (an account Mono already forgot counts as unlinked). */
    async unlinkAtMono(accountId: string): Promise<void> {
      try {
        await mapMonoErrors(() => deps.mono.unlink(accountId));
      } catch (e) {
        if ((e as { type?: string }).type !== 'MonoNotFound') throw e;
      }
    },

    async pageLinkedAccounts(input: { afterId: string | null; limit: number }): Promise<string[]> {
      return pageLinkedAccountIds(deps.db, input.afterId, input.limit);
    },
  };
}

export type FeedActivities = ReturnType<typeof createFeedActivities>;
