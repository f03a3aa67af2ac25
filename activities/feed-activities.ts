import { CancelledFailure, Context, heartbeat } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import {
  MonoError,
  postingOrder,
  type MonoAccountDetails,
  type MonoClient,
  type MonoTransaction,
} from '../adapters/mono/index.js';
import { normalizeCurrency } from '../domain/currency.js';
import { businessDateOf } from '../domain/dates.js';
import { defaultTimezoneFor } from '../domain/timezones.js';
import { bankFingerprint, repeatsInFetch } from '../domain/transactions.js';
import {
  getAccount,
  getBankReauthRequiredAt,
  maskAccountNumber,
  pageLinkedAccountIds,
  recordAccountBalance,
  recordBankReauthRequired,
  recordFeedFailing,
  settleUnlinkSetAside,
  updateAccount,
  updateAccountUnlessUnlinked,
  upsertAccount,
} from '../db/account-repository.js';
import {
  applyBankWindow,
  lastLiveLineBefore,
  markUnservedRemoved,
  type FetchedBankLine,
  type WindowApplyResult,
} from '../db/bank-transaction-repository.js';
import type { Database } from '../db/schema.js';
import { finishSyncRun, startSyncRun } from '../db/sync-run-repository.js';
import { isHeldByRetryAfter, mapMonoErrors, reauthOnRecordFailure, toTemporalFailure } from './mono-failures.js';
import type { Notifier } from './notifier.js';
import { issueReauthLink } from './reauth-link-issuer.js';
import { ATTEMPTS_BEFORE_NOTE, isFeedFailure, isLongFailure, longFailureNote } from './long-failure-note.js';
import { AttemptChain } from './attempt-chain.js';
import { storageReporter, type StorageRefusalDeps } from './storage-failures.js';
import { countedBreaks } from './window-breaks.js';

export interface FeedActivityDeps extends StorageRefusalDeps {
  db: Kysely<Database>;
  mono: MonoClient;
  logger: Logger;
  notifier: Notifier;
  /** The bank's clock: real time in production; the sandbox's (scaled) clock in the demo and tests. */
  clock?: () => Date;
  /** Where Mono redirects the user after a re-authorisation. */
  reauthRedirectUrl?: string;
  /** How long a re-authorisation link is trusted after it was issued (Mono does not say; BANKFEED_REAUTH_LINK_TTL_HOURS). */
  reauthLinkTtlMs?: number;
  pageSize?: number;
}

export interface AccountDescription {
  accountId: string;
  name: string;
  institution: string | null;
  currency: string;
  timezone: string;
  dataStatus: string;
}

/** What one sync did, over the UTC days it covered. */
export interface SyncOutcome {
  /** UTC days the sync certainly covered (each window was asked for with a day of margin either side). */
  from: string;
  to: string;
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  refetches: number;
  balanceBreaks: number;
  /**
   * Stored lines the bank did not serve that were kept, not marked removed: the lines served around them do not prove
   * them gone (activities/attempt-chain.ts). A later sync removes them once it does; a line dropped for a while stays.
   */
  unservedKept: number;
  /** True when this was a full re-scan of the history window. */
  full: boolean;
  /**
   * True when an incremental sync became a full re-scan: the earliest stored line it re-read came back with a running
   * balance moved by more than the new lines before it, so the bank had posted something earlier than the overlap
   * reaches (a back-dated posting) and the balances stored after it had moved.
   */
  widened: boolean;
  /** True when every window passed its checks (row count and running-balance chain). */
  complete: boolean;
  /**
   * The newest row timestamp (ISO, UTC) of the sync's first window that served any row. Windows are read newest
   * first, so this is the newest row Mono held when the sync began reading; the feed's watermark moves to it only
   * when `complete`. A refresh landing mid-sync cannot push the watermark past days it revealed in windows already
   * read: those days lie after this row (docs/sync-guarantee.md).
   */
  newestRowAt: string | null;
  /** The bank-clock instant the sync ran. */
  scannedAt: string;
}

export interface SyncInput {
  accountId: string;
  /** 'full' re-scans the whole history window (the backfill is the first one); 'auto' applies the re-scan rule. */
  mode: 'full' | 'auto';
  /** The newest row instant Mono has served in a complete fetch (null before the first). */
  watermark: string | null;
  /** Bank-clock instant of the last full re-scan. */
  lastFullScanAt: string | null;
  historyDays: number;
  windowDays: number;
  overlapDays: number;
  fullRescanIntervalMs: number;
}

export interface SyncProgress {
  /** The last UTC day of the next window to read (windows go newest first). */
  nextTo: string;
  totals: SyncOutcome;
  /** Set once an incremental sync has widened into a full re-scan, so a resumed attempt goes on to the history start. */
  widened?: boolean;
  /** The earliest line re-read so far that was already stored (see syncAccount). */
  earliestKnown?: WindowApplyResult['earliestKnown'];
  /** Set when the sync found its account missing from the database and described it again: it reads in full. */
  restored?: boolean;
}

const MAX_REFETCHES = 3;
const DAY_MS = 86_400_000;

/** UTC day arithmetic: Mono filters transactions by UTC day, so sync windows are UTC days. */
export function utcDay(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10);
}
export function addUtcDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The re-scan rule (docs/sync-guarantee.md). A full re-scan of the history window runs when there is no watermark
 * yet, when asked, or when the last one is older than the interval. Otherwise the sync covers the UTC days from the
 * watermark's day (never later than today) minus the overlap, to today: Mono's data, not our clock, decides where.
 */
export function planSync(
  input: SyncInput,
  now: Date,
): { full: boolean; from: string; to: string; historyStart: string } {
  const to = utcDay(now);
  const historyStart = addUtcDays(to, -input.historyDays);
  const due =
    input.lastFullScanAt === null || now.getTime() - Date.parse(input.lastFullScanAt) >= input.fullRescanIntervalMs;
  if (input.mode === 'full' || input.watermark === null || due)
    return { full: true, from: historyStart, to, historyStart };
  const mark = Date.parse(input.watermark) < now.getTime() ? utcDay(input.watermark) : to;
  const from = addUtcDays(mark, -input.overlapDays);
  return { full: false, from: from < historyStart ? historyStart : from, to, historyStart };
}

const PAGE_ATTEMPTS = 4;
/**
 * A page Mono did not answer within the client's timeout is asked for once more, not four times: each try has already
 * waited the whole timeout (30 s), so four would hold an attempt for two minutes and a hanging Mono would reach the
 * account's record (ATTEMPTS_BEFORE_NOTE attempts) only after six. One more try still rides out a single slow answer.
 */
const PAGE_TIMEOUT_ATTEMPTS = 2;
/** The longest a page waits in place before asking again; a Retry-After beyond it ends the attempt instead. */
const PAGE_WAIT_MAX_MS = 5_000;

/**
 * One page, asked again in place after a transient failure (503, 429 after its Retry-After, a truncated body, a
 * timeout): a long sync would otherwise fail its whole attempt on one bad page and wait out Temporal's growing
 * backoff. A 429 asking for more than a short wait ends the attempt at once: its failure carries Mono's delay as the
 * retry's (mono-failures.ts), where waiting less here called Mono again before it said to, on every account it
 * limited. `beat` heartbeats with the sync's progress (a bare heartbeat would drop it, and a retry would start over).
 */
async function pageWithRetries<T>(fn: () => Promise<T>, beat: () => void): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof MonoError) || !e.retryable) throw e;
      if (attempt >= (e.kind === 'timeout' ? PAGE_TIMEOUT_ATTEMPTS : PAGE_ATTEMPTS)) throw e;
      if (e.retryAfterMs !== undefined && e.retryAfterMs > PAGE_WAIT_MAX_MS) throw e;
      const wait = Math.min(e.retryAfterMs ?? 250 * 2 ** attempt, PAGE_WAIT_MAX_MS);
      beat();
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/**
 * Rejects once the activity is cancelled (an unlink cancels the feed's bank call), even if the call in flight is one
 * that does not end with the activity's signal (a test's stand-in): the activity ends at once and nothing after the
 * call (a write to the account) runs.
 */
async function untilCancelled<T>(call: () => Promise<T>): Promise<T> {
  const signal = Context.current().cancellationSignal;
  if (signal.aborted) throw signal.reason ?? new CancelledFailure('cancelled');
  let onAbort: (() => void) | undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason ?? new CancelledFailure('cancelled'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([call(), cancelled]);
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Heartbeats while a call to Mono is in flight. The feed's activities have a heartbeat timeout (30 s) no longer than
 * the client's own timeout (30 s): without beats during the call, Temporal timed out every attempt blocked on a Mono
 * that does not answer before the client did, the worker saw that attempt cancelled, not failed, and a hanging Mono
 * was never on record (noteLongFailure; walk-ops-s37b). With them the heartbeat timeout tells only a dead worker (a
 * worker killed mid-call is noticed within it, not after the call's start-to-close), and a Mono that does not answer
 * fails the attempt at the client's timeout. The heartbeats also bring the feed's cancellation (an unlink), which ends
 * the wait for the call. `beat` heartbeats with the activity's progress, if it keeps any.
 */
async function withHeartbeats<T>(call: () => Promise<T>, beat: () => void = () => heartbeat()): Promise<T> {
  const timeoutMs = Context.current().info.heartbeatTimeoutMs;
  if (!timeoutMs) return untilCancelled(call);
  beat();
  const timer = setInterval(beat, Math.max(100, Math.floor(timeoutMs / 3)));
  try {
    return await untilCancelled(call);
  } finally {
    clearInterval(timer);
  }
}

/**
 * The log record of one sync attempt's outcome: the account's id (never its number or BVN), synced / failed /
 * reauth-needed / held (kept back by Mono's Retry-After, nothing sent), the transactions added and updated (a failed attempt's windows committed before it failed are not
 * counted here; the next attempt resumes after them), and how long it took. A failure's message is its first line.
 */
function syncOutcomeRecord(
  accountId: string,
  outcome: 'synced' | 'failed' | 'reauth-needed' | 'held',
  durationMs: number,
  o: SyncOutcome | null,
  err?: unknown,
  attempt?: number,
): Record<string, unknown> {
  return {
    accountId,
    outcome,
    ...(o ? { added: o.inserted, updated: o.updated, removed: o.removed, full: o.full, complete: o.complete } : {}),
    durationMs,
    ...(attempt !== undefined ? { attempt } : {}),
    ...(err !== undefined ? { error: String(err instanceof Error ? err.message : err).split('\n')[0] } : {}),
  };
}

/** Stops a cancelled activity before its next side effect. */
function stopIfCancelled(): void {
  const signal = Context.current().cancellationSignal;
  if (signal.aborted) throw signal.reason ?? new CancelledFailure('cancelled');
}

export function createFeedActivities(deps: FeedActivityDeps) {
  const clock = deps.clock ?? (() => new Date());
  const pageSize = deps.pageSize ?? 200;
  const nowIso = () => new Date().toISOString();

  /**
   * A write the disk refuses inside one of the feed's activities is reported (the process stops on it) and retried:
   * the activity runs again once a worker with room does, so the feed loses nothing and is left waiting on nothing.
   */
  const reportingStorage = storageReporter(deps);

  /** The Mono client for this activity: its requests end when the activity is cancelled. */
  const mono = (): MonoClient => deps.mono.withSignal(Context.current().cancellationSignal);

  /**
   * Reads the account from Mono and stores (or refreshes) it, as a fresh link does: its name, bank, masked number,
   * currency, balance, and the time zone its currency implies unless one is stored. No ledger binding: that is set by
   * a person or the ledger configuration (recorded at the account's next reconciliation).
   */
  async function storeDescription(a: MonoAccountDetails) {
    const existing = await getAccount(deps.db, a.id);
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
        balanceAsOf: clock().toISOString(),
      },
      nowIso(),
    );
    return { existing, timezone };
  }

  /** Mono's details of the account (`GET /v2/accounts/{id}`), a bank call like any other of the feed's. */
  async function readAccount(accountId: string, beat?: () => void): Promise<MonoAccountDetails> {
    return withHeartbeats(() => bankCall(accountId, () => mono().getAccount(accountId)), beat);
  }

  /**
   * The account's currency and time zone. An account the feed runs for that the database does not hold (the file was
   * removed and bankfeed started again on a new one) is described again from Mono, as at its link (`described`): the
   * sync then re-reads its history in full (syncAccountOnce), so the new database loses none of the bank's lines, where
   * every sync of such a feed used to fail for ever. What only the old database knew (a ledger binding or alias made
   * by a person, review decisions) cannot be known here: the console says so.
   */
  async function accountContext(accountId: string, beat?: () => void) {
    const row = await getAccount(deps.db, accountId);
    if (row) return { currency: normalizeCurrency(row.currency), timezone: row.timezone, described: false };
    const a = await readAccount(accountId, beat);
    const { timezone } = await storeDescription(a);
    deps.logger.warn(
      {
        accountId,
        notice:
          `account ${accountId} was not in the database (a new database file?): described again from Mono and ` +
          `read again in full; a ledger binding or alias made by hand (accounts bind, the web app) was lost with ` +
          `the old database: bind it again (one in BANKFEED_LEDGER_CONFIG comes back at its next reconciliation)`,
      },
      'account not stored: described again from Mono',
    );
    return { currency: normalizeCurrency(a.currency), timezone, described: true };
  }

  /**
   * Records at once that Mono said the account needs re-authorisation: the activity may never get to report it (the
   * Temporal server down, the attempt timed out and retried), and the record keeps every later attempt and activity
   * from calling the bank again until the re-authorisation completes (recordFeedState clearReauth). A failed write is
   * logged, not thrown: Mono's answer still reaches the feed.
   */
  async function recordReauthAnswer(accountId: string): Promise<void> {
    try {
      await recordBankReauthRequired(deps.db, accountId, nowIso());
    } catch (e) {
      deps.logger.error(
        { accountId, err: e instanceof Error ? e.message : String(e) },
        'could not record that the account needs re-authorisation',
      );
    }
  }

  /**
   * A Mono data call for the account: refused without a call while re-authorisation is on record (checked before every
   * call, so a sync already running stops when a webhook says so), its errors mapped for Temporal, a re-authorisation
   * answer recorded first.
   */
  async function bankCall<T>(accountId: string, call: () => Promise<T>): Promise<T> {
    await refuseIfReauthOnRecord(accountId);
    try {
      return await call();
    } catch (e) {
      if (e instanceof MonoError && e.kind === 'reauth_required') await recordReauthAnswer(accountId);
      throw toTemporalFailure(e);
    }
  }

  /**
   * Runs one of the feed's reads of Mono, which the feed retries without limit (a Mono outage is retried for as long
   * as it lasts, and the feed records a failure only once an activity gives up): every failed attempt keeps when the
   * failing began (`feed_failing_since`: the first attempt's failure; a re-scan's first attempt can run for long
   * before it fails), and once the read has failed a few attempts in a row, its failure and since when go on the
   * account's record (`last_error`, where `status` reads a feed's error), so an outage is on record while it lasts.
   * The read's success clears both. A failed write is logged; the read's own failure is what the activity reports.
   */
  async function noteLongFailure<T>(accountId: string, what: string, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (e) {
      const ctx = Context.current();
      if (!ctx.cancellationSignal.aborted && isFeedFailure(e)) {
        try {
          // the read's first schedule, at the server's clock (`at` is the worker's: a skew moves the line by as much)
          const readBegan = new Date(ctx.info.scheduledTimestampMs).toISOString();
          await recordFeedFailing(deps.db, accountId, nowIso(), { readBegan });
          if (isLongFailure(e, ctx.info)) {
            const row = await getAccount(deps.db, accountId);
            const failingSinceMs = row?.feed_failing_since ? Date.parse(row.feed_failing_since) : null;
            // at the account's clock, as the accounts list shows every time (UTC for an account not stored yet)
            const note = longFailureNote(what, e, { ...ctx.info, failingSinceMs }, row?.timezone)!;
            await updateAccountUnlessUnlinked(deps.db, accountId, { last_error: note, updated_at: nowIso() });
          }
        } catch (w) {
          deps.logger.error(
            { accountId, err: w instanceof Error ? w.message : String(w) },
            `could not record that the account's ${what} keeps failing`,
          );
        }
      }
      throw e;
    }
  }

  /** Before a data call: an account Mono has said needs re-authorisation gets that answer, no call. */
  async function refuseIfReauthOnRecord(accountId: string): Promise<void> {
    const at = await getBankReauthRequiredAt(deps.db, accountId);
    if (at !== null) {
      deps.logger.info({ accountId, since: at }, 'no bank call: the account waits for re-authorisation');
      throw reauthOnRecordFailure(at);
    }
  }

  function toLine(accountId: string, t: MonoTransaction, currency: string, timezone: string): FetchedBankLine {
    const amountMinor = t.type === 'credit' ? t.amountMinor : -t.amountMinor;
    const at = Date.parse(t.date);
    if (Number.isNaN(at)) throw new Error(`Mono transaction ${t.id}: date "${t.date}" is not an instant`);
    // One form for every stored timestamp (UTC, ms), so UTC-day placement and ordering compare as strings.
    const bookedAt = new Date(at).toISOString();
    const businessDate = businessDateOf(bookedAt, timezone);
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
      bookedAt,
      narration: t.narration,
      balanceMinor: t.balanceMinor,
      category: t.category,
      raw: JSON.stringify(t),
    };
  }

  /**
   * Fetches every page of one window of UTC days and checks it: the row count must reach Mono's total and the
   * running balance must be continuous in posting order (rebuilt from the chain, not from timestamps). A window that
   * fails either check is fetched again (overlapping, repeated or lost pages); one that still fails is stored
   * without removing anything, and the break is reported.
   */
  async function fetchCheckedWindow(
    accountId: string,
    from: string,
    to: string,
    cover: { from: string; to: string },
    progress: () => void,
    newer: readonly FetchedBankLine[] | null,
  ) {
    const { currency, timezone } = await accountContext(accountId, progress);
    let refetches = 0;
    for (;;) {
      const seen = new Map<string, FetchedBankLine>();
      let total: number | null = null;
      let page = 1;
      for (;;) {
        const res = await withHeartbeats(
          () =>
            bankCall(accountId, () =>
              pageWithRetries(
                () => mono().listTransactions(accountId, { start: from, end: to, limit: pageSize, page }),
                progress,
              ),
            ),
          progress,
        );
        if (total === null) total = res.total;
        // A row repeated by an overlapping page keeps its first place in Mono's order.
        for (const t of res.transactions) if (!seen.has(t.id)) seen.set(t.id, toLine(accountId, t, currency, timezone));
        progress();
        if (res.nextPage === null || res.nextPage <= page) break;
        page = res.nextPage;
      }
      // A line served again under a re-issued id (pages overlap, the id changed between two requests) is not a line
      // of its own: it stays out of the chain and the count, and is stored as an alias of the line it repeats.
      const served = [...seen.values()];
      const repeatOf = repeatsInFetch(served, total);
      const repeats = [...repeatOf].map(([pos, first]) => ({ line: served[pos]!, of: served[first]!.providerTxnId }));
      // Mono lists newest first in the bank's order: reversed, then rebuilt along the running-balance chain.
      const monoOrder = served.filter((_, pos) => !repeatOf.has(pos)).reverse();
      const lines = postingOrder(monoOrder);
      // Breaks on the covered days count; on the margin days the chain runs on past the query's edge (window-breaks.ts).
      const breaks = countedBreaks(lines, cover, newer);
      const countOk = total === null || lines.length >= total;
      if ((breaks.length === 0 && countOk) || refetches >= MAX_REFETCHES) {
        return {
          lines,
          monoOrder,
          repeats,
          complete: breaks.length === 0 && countOk,
          countOk,
          refetches,
          breaks: breaks.length,
        };
      }
      refetches++;
      deps.logger.warn(
        { accountId, from, to, breaks: breaks.length, fetched: lines.length, total, refetches },
        'window failed its checks; fetching it again',
      );
    }
  }

  /**
   * Syncs the UTC days [from, to]: asks Mono for a day more on each side; removes nothing (syncAccount does, at the end
   * of the attempt). `after` says
   * a newer window of the same sync was read first (its margin reached this window's last days); `newer` is that
   * window's lines when this attempt read it (window-breaks.ts).
   */
  async function syncWindow(
    accountId: string,
    from: string,
    to: string,
    kind: string,
    progress: () => void,
    after: boolean,
    newer: readonly FetchedBankLine[] | null,
  ): Promise<
    SyncOutcome & {
      lines: FetchedBankLine[];
      monoOrder: FetchedBankLine[];
      countOk: boolean;
      newestBalance: { minor: number; at: string } | null;
      earliestKnown: WindowApplyResult['earliestKnown'];
    }
  > {
    const queryFrom = addUtcDays(from, -1);
    const queryTo = addUtcDays(to, 1);
    const runId = await startSyncRun(deps.db, { accountId, kind, from, to, now: nowIso() });
    try {
      const w = await fetchCheckedWindow(accountId, queryFrom, queryTo, { from, to }, progress, newer);
      const applied = await applyBankWindow(deps.db, {
        accountId,
        queryFrom,
        queryTo,
        coverFrom: from,
        coverTo: to,
        lines: w.lines,
        repeats: w.repeats,
        complete: w.complete,
        knownBefore: after ? to : undefined,
        deferRemoval: true,
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
      let newestRowAt: string | null = null;
      for (const l of w.lines) if (newestRowAt === null || l.bookedAt > newestRowAt) newestRowAt = l.bookedAt;
      const last = [...w.lines].reverse().find((l) => l.balanceMinor !== null);
      return {
        from,
        to,
        fetched: w.lines.length,
        inserted: applied.inserted,
        updated: applied.updated,
        unchanged: applied.unchanged,
        removed: 0,
        refetches: w.refetches,
        balanceBreaks: w.breaks,
        unservedKept: 0,
        full: false,
        widened: false,
        complete: w.complete,
        newestRowAt,
        scannedAt: clock().toISOString(),
        lines: w.lines,
        monoOrder: w.monoOrder,
        countOk: w.countOk,
        newestBalance: last ? { minor: last.balanceMinor!, at: last.bookedAt } : null,
        earliestKnown: applied.earliestKnown,
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

  /**
   * True when the windows' only faults are breaks in their own chains and the chain over all of them runs unbroken
   * through the days they cover [after last, through]: a value-dated posting dated days away from the lines the bank
   * posted it between breaks both its neighbours' window and its own date's, and the scan itself explains it. Such a
   * scan is complete (the watermark moves; a full re-scan counts as done) and its windows count as checked; a row is
   * still marked removed only where the chain proves it gone (removeUnserved). The chain starts from the stored line
   * before the oldest day asked for (AttemptChain.inPostingOrder).
   */
  async function explainedAcrossWindows(
    accountId: string,
    chain: AttemptChain,
    last: string,
    through: string,
    totals: SyncOutcome,
  ): Promise<boolean> {
    chain.anchorAt(await lastLiveLineBefore(deps.db, accountId, last));
    if (chain.breaksOn({ from: addUtcDays(last, 1), to: through }) > 0) return false;
    deps.logger.info(
      { accountId, windowBreaks: totals.balanceBreaks },
      'window breaks explained by lines other windows of the scan served (a value-dated posting): the scan is complete',
    );
    return true;
  }

  /**
   * Marks removed what the bank no longer serves on the days the attempt read [after last + 1, through], where the
   * chain over all its windows proves it (AttemptChain) and the window covering the row's day checked out (alone, or
   * explained by the scan).
   */
  async function removeUnserved(
    accountId: string,
    chain: AttemptChain,
    unchecked: ReadonlyArray<{ from: string; to: string }>,
    last: string,
    through: string,
  ): Promise<{ removed: number; unservedKept: number }> {
    // The stored line before the oldest day asked for (a day before the first covered one).
    chain.anchorAt(await lastLiveLineBefore(deps.db, accountId, last));
    const check = chain.removalCheck();
    const { removed, kept } = await markUnservedRemoved(deps.db, {
      accountId,
      from: addUtcDays(last, 1),
      to: through,
      served: chain.served,
      removable: (rows) => {
        const proven = check.provenGone(rows);
        return rows.map((row, i) => {
          const day = utcDay(row.bookedAt);
          return proven[i]! && !unchecked.some((w) => day >= w.from && day <= w.to);
        });
      },
      now: nowIso(),
    });
    if (kept > 0)
      deps.logger.warn(
        { accountId, kept, removed, breaks: check.breaks.length },
        'kept stored lines the bank did not serve: its answers do not prove them gone (a gap, or nothing served on one side)',
      );
    return { removed, unservedKept: kept };
  }

  function emptyOutcome(from: string, to: string, full: boolean): SyncOutcome {
    return {
      from,
      to,
      fetched: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      removed: 0,
      refetches: 0,
      balanceBreaks: 0,
      unservedKept: 0,
      full,
      widened: false,
      complete: true,
      newestRowAt: null,
      scannedAt: clock().toISOString(),
    };
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
      unservedKept: a.unservedKept + b.unservedKept,
      full: a.full,
      widened: a.widened,
      complete: a.complete && b.complete,
      // The first window read that served rows decides (see SyncOutcome.newestRowAt); later reads are older days.
      newestRowAt: a.newestRowAt ?? b.newestRowAt,
      scannedAt: a.scannedAt,
    };
  }

  /**
   * One sync of an account under the re-scan rule (see planSync): the UTC days to cover, in windows, newest first
   * (so the watermark comes from the sync's first read; see SyncOutcome.newestRowAt), each committed on its own.
   * Heartbeats carry the next window's end, so a retry after a crash resumes there. Afterwards the stored balance
   * follows Mono (its balance endpoint, else the newest running balance).
   */
  async function syncAccountOnce(asked: SyncInput): Promise<SyncOutcome> {
    const { timezone, described } = await accountContext(asked.accountId);
    const resumed = Context.current().info.heartbeatDetails as SyncProgress | undefined;
    // A heartbeat from an older shape (no nextTo) starts the sync over: re-reading is safe, skipping is not. Nor is
    // one left from before the account had to be described again: its windows went into the database that is gone.
    const resumable = resumed && typeof resumed.nextTo === 'string' && !described ? resumed : undefined;
    // An account described again reads its whole history, as its backfill did: the feed's watermark and last re-scan
    // speak of the database that is gone. A retry of that sync goes on doing so (its heartbeat says so).
    const restored = described || resumable?.restored === true;
    const input: SyncInput = restored ? { ...asked, mode: 'full', watermark: null, lastFullScanAt: null } : asked;
    // Before a sync run is opened for a window (bankCall checks again before every call).
    await refuseIfReauthOnRecord(input.accountId);
    const now = clock();
    const plan = planSync(input, now);
    let widened = resumable?.widened === true;
    let full = plan.full || widened;
    let from = widened ? plan.historyStart : plan.from;
    let to = resumable?.nextTo ?? plan.to;
    let totals = resumable?.totals ?? emptyOutcome(plan.to, plan.to, plan.full);
    if (resumable) deps.logger.info({ accountId: input.accountId, to }, 'sync resumed from its last heartbeat');
    let newestBalance: { minor: number; at: string } | null = null;
    // The earliest line the sync re-read that was already stored (windows go newest first: the last one found).
    let earliestKnown = resumable?.earliestKnown ?? null;
    const progress = () =>
      ({ nextTo: to, totals, widened, earliestKnown, ...(restored ? { restored } : {}) }) satisfies SyncProgress;
    // At once: a retry after a failure before the first window must still read in full (the account is stored now).
    if (described) heartbeat(progress());
    // The lines of the window read just before (the next newer one) in this attempt: see window-breaks.ts.
    let newer: FetchedBankLine[] | null = null;
    // Every line this attempt reads, as one chain (it decides what is marked removed), and the covered days of the
    // windows that did not check out.
    const chain = new AttemptChain();
    const unchecked: Array<{ from: string; to: string }> = [];
    const attemptTo = to;
    // False once a window read fewer rows than Mono counted: only breaks can be explained across windows.
    let countsOk = true;
    for (;;) {
      while (to >= from) {
        const start = addUtcDays(to, -(input.windowDays - 1));
        const windowFrom = start > from ? start : from;
        const outcome = await syncWindow(
          input.accountId,
          windowFrom,
          to,
          full ? 'full' : 'incremental',
          () => heartbeat(progress()),
          to < plan.to,
          newer,
        );
        newer = outcome.lines;
        chain.addOlderWindow(outcome.monoOrder);
        if (!outcome.complete) unchecked.push({ from: windowFrom, to });
        countsOk &&= outcome.countOk;
        if (outcome.newestBalance && (!newestBalance || outcome.newestBalance.at > newestBalance.at))
          newestBalance = outcome.newestBalance;
        if (outcome.earliestKnown) earliestKnown = outcome.earliestKnown;
        totals = add(totals, outcome);
        to = addUtcDays(windowFrom, -1);
        heartbeat(progress());
        // Cancelled (the worker is stopping): stop between windows; a retry resumes from the heartbeat.
        const signal = Context.current().cancellationSignal;
        if (signal.aborted && to >= from) throw signal.reason ?? new CancelledFailure('sync cancelled');
      }
      // Not in a resumed attempt: the windows read before the resume (their faults in its totals) are not in its chain.
      if (
        !totals.complete &&
        countsOk &&
        !resumable &&
        (await explainedAcrossWindows(input.accountId, chain, to, attemptTo, totals))
      ) {
        totals = { ...totals, complete: true, balanceBreaks: 0 };
        unchecked.length = 0;
      }
      if (full || !totals.complete || !earliestKnown) break;
      // Lines are read in posting order, so the earliest already-stored line the sync re-read comes before every
      // other one it re-read. Its running balance may move only by the lines before it that the store did not hold
      // (postings back-dated inside the sync's days); if it moved otherwise, the bank posted something before the
      // sync's days (back-dated beyond the overlap), and every stored balance from there on is stale: the sync
      // goes on back to the history start.
      const moved = earliestKnown.fetchedBalance - earliestKnown.storedBalance;
      if (moved === earliestKnown.unseenBefore) break;
      stopIfCancelled();
      deps.logger.warn(
        { accountId: input.accountId, from, moved, unseenBefore: earliestKnown.unseenBefore },
        'the running balance before the synced days has moved (a back-dated posting): re-scanning the history window',
      );
      widened = true;
      full = true;
      from = plan.historyStart;
    }
    // Cancelled by an unlink after the last window: the feed has moved on and records UNLINKED; nothing more here.
    stopIfCancelled();
    if (to < attemptTo)
      totals = { ...totals, ...(await removeUnserved(input.accountId, chain, unchecked, to, attemptTo)) };
    const beat = () => heartbeat(progress());
    const balance = await withHeartbeats(
      () => bankCall(input.accountId, () => pageWithRetries(() => mono().getBalance(input.accountId), beat)),
      beat,
    );
    stopIfCancelled();
    if (balance.balanceMinor !== null) {
      await recordAccountBalance(deps.db, input.accountId, {
        balanceMinor: balance.balanceMinor,
        asOf: now.toISOString(),
      });
    } else if (newestBalance) {
      await recordAccountBalance(deps.db, input.accountId, {
        balanceMinor: newestBalance.minor,
        asOf: newestBalance.at,
      });
    }
    const result: SyncOutcome = {
      ...totals,
      from,
      to: plan.to,
      full,
      widened,
      scannedAt: now.toISOString(),
    };
    // Not over an unlink the feed recorded while this sync ran on (cancellation reaches an activity only with its
    // next heartbeat): an unlinked account keeps the sync state it ended with.
    await updateAccountUnlessUnlinked(deps.db, input.accountId, {
      synced_through: businessDateOf(now, timezone),
      last_synced_at: nowIso(),
      last_error: null,
      feed_failing_since: null,
      updated_at: nowIso(),
      ...(result.complete && result.newestRowAt && (!input.watermark || result.newestRowAt > input.watermark)
        ? { data_watermark: result.newestRowAt }
        : {}),
      ...(result.full && result.complete ? { last_full_scan_at: result.scannedAt } : {}),
    });
    return result;
  }

  return {
    /** Reads the account from Mono and stores (or refreshes) it; returns what the workflow needs to proceed. */
    async describeAccount(accountId: string): Promise<AccountDescription> {
      return reportingStorage(async () => {
        const a = await noteLongFailure(accountId, 'reading the account', () => readAccount(accountId));
        const { existing, timezone } = await storeDescription(a);
        // Mono knows the account: an unlink set aside on record was stale, even if this run of the feed never knew of it.
        if (existing?.unlink_set_aside) await settleUnlinkSetAside(deps.db, accountId);
        // Mono answers again: after a failed attempt of this read, or after an earlier read that ended failing (a
        // backfill's sync that met a failure the feed handles, run again), whose instant would date the next failure.
        const attempt = Context.current().info.attempt;
        if (attempt > 1 || existing?.feed_failing_since)
          await updateAccountUnlessUnlinked(deps.db, accountId, {
            feed_failing_since: null,
            ...(attempt >= ATTEMPTS_BEFORE_NOTE ? { last_error: null } : {}),
            updated_at: nowIso(),
          });
        return {
          accountId: a.id,
          name: a.name ?? a.id,
          institution: a.institution?.name ?? null,
          currency: a.currency,
          timezone,
          dataStatus: a.dataStatus ?? 'AVAILABLE',
        };
      });
    },

    /**
     * One sync (syncAccountOnce); a failure that goes on attempt after attempt is put on the account's record. Each
     * attempt's outcome is one info record (syncOutcomeRecord), so the log says per account how its syncs went.
     */
    async syncAccount(input: SyncInput): Promise<SyncOutcome> {
      const began = performance.now();
      const ms = () => Math.round(performance.now() - began);
      try {
        const o = await reportingStorage(() => noteLongFailure(input.accountId, 'sync', () => syncAccountOnce(input)));
        deps.logger.info(syncOutcomeRecord(input.accountId, 'synced', ms(), o), 'account sync: synced');
        return o;
      } catch (e) {
        // cancelled (an unlink, the worker stopping): not an outcome of the sync
        if (!Context.current().cancellationSignal.aborted && !(e instanceof CancelledFailure)) {
          // a call the Retry-After hold kept back was never sent: a wait (README), so `outcome == "failed"` counts refusals
          const outcome =
            (e as { type?: unknown }).type === 'ReauthRequired'
              ? 'reauth-needed'
              : isHeldByRetryAfter(e)
                ? 'held'
                : 'failed';
          const attempt = Context.current().info.attempt;
          deps.logger.info(
            syncOutcomeRecord(input.accountId, outcome, ms(), null, e, attempt),
            `account sync: ${outcome}`,
          );
        }
        throw e;
      }
    },

    /** Asks Mono for fresh data (real-time, x-realtime); the workflow enforces the one-per-5-minutes window. */
    async refreshAccount(
      accountId: string,
    ): Promise<{ jobId: string | null; jobStatus: string | null; hasNewData: boolean | null }> {
      return withHeartbeats(() => bankCall(accountId, () => mono().refresh(accountId)));
    },

    async getRefreshJob(input: { accountId: string; jobId: string }): Promise<{ status: string }> {
      const job = await withHeartbeats(() =>
        bankCall(input.accountId, () => mono().getJob(input.accountId, input.jobId)),
      );
      return { status: job.status };
    },

    /** The legacy v1 data sync, for apps still on it; the workflow enforces one call per 2 minutes. */
    async legacySyncAccount(accountId: string): Promise<{ code: string; hasNewData: boolean | null }> {
      // Legacy sync answers re-authorisation as a code, not an error: the record is read and written in that form.
      if ((await getBankReauthRequiredAt(deps.db, accountId)) !== null)
        return { code: 'REAUTHORISATION_REQUIRED', hasNewData: null };
      const r = await withHeartbeats(() => bankCall(accountId, () => mono().legacySync(accountId)));
      if (r.code === 'REAUTHORISATION_REQUIRED') await recordReauthAnswer(accountId);
      return { code: r.code, hasNewData: r.hasNewData ?? null };
    },

    /** The feed's link: issued by wall-clock time (a link's life is real time, not the bank's clock). */
    async createReauthLink(accountId: string): Promise<{ url: string }> {
      // heartbeats while Mono is asked, as every call of the feed's to Mono does (withHeartbeats)
      const { url } = await reportingStorage(() =>
        withHeartbeats(() =>
          mapMonoErrors(() =>
            issueReauthLink(
              {
                db: deps.db,
                mono: mono(),
                ...(deps.reauthRedirectUrl ? { redirectUrl: deps.reauthRedirectUrl } : {}),
                ...(deps.reauthLinkTtlMs !== undefined ? { ttlMs: deps.reauthLinkTtlMs } : {}),
              },
              accountId,
              { markRequired: true },
            ),
          ),
        ),
      );
      return { url };
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

    /**
     * Mirrors the workflow's state into the store, where the CLI and reports read it. An error recorded keeps when the
     * failing began (the first since the last good read); no error, or the feed's end, clears it.
     */
    async recordFeedState(input: {
      accountId: string;
      state: string;
      lastError?: string | null;
      dataStatus?: string | null;
      clearReauth?: boolean;
      /**
       * An `account_unlinked` the feed set aside, unconfirmed (its note), or null once that is settled; apart from
       * lastError, so a good read (which clears lastError) leaves it on the record. Absent: left as it is.
       */
      unlinkSetAside?: string | null;
    }): Promise<void> {
      // Every poll and requested sync writes here first (FeedSteps.setState): a disk that filled while the feeds were
      // idle is met here before any sync could report it.
      await reportingStorage(async () => {
        const now = nowIso();
        await updateAccount(deps.db, input.accountId, {
          state: input.state,
          updated_at: now,
          ...(input.lastError !== undefined ? { last_error: input.lastError } : {}),
          ...(input.lastError === null ? { feed_failing_since: null } : {}),
          ...(input.unlinkSetAside !== undefined
            ? {
                unlink_set_aside: input.unlinkSetAside,
                unlink_set_aside_at: input.unlinkSetAside === null ? null : now,
              }
            : {}),
          ...(input.dataStatus ? { data_status: input.dataStatus } : {}),
          ...(input.clearReauth
            ? { reauth_url: null, reauth_required_at: null, reauth_expires_at: null, bank_reauth_required_at: null }
            : {}),
          // An unlinked account's feed has ended: a relink must not start out refused the bank, nor failing since the
          // ended feed's outage (its note and instant would stand through the new feed's backfill and date its
          // failures). An unlink set aside is settled by the feed's end.
          ...(input.state === 'UNLINKED'
            ? {
                unlinked_at: now,
                bank_reauth_required_at: null,
                last_error: null,
                feed_failing_since: null,
                unlink_set_aside: null,
                unlink_set_aside_at: null,
              }
            : {}),
        });
        if (typeof input.lastError === 'string') await recordFeedFailing(deps.db, input.accountId, now);
      });
    },

    /** The user's unlink: tell Mono (an account Mono already forgot counts as unlinked). */
    async unlinkAtMono(accountId: string): Promise<void> {
      try {
        await withHeartbeats(() => mapMonoErrors(() => mono().unlink(accountId)));
      } catch (e) {
        if ((e as { type?: string }).type !== 'MonoNotFound') throw e;
      }
    },

    /**
     * Whether Mono still has the account linked, asked before a Mono-originated unlink (`account_unlinked`) ends the
     * feed: a webhook can be stale (the account was linked again since, or Mono re-delivered an old unlink). One
     * `GET /v2/accounts/{id}`, the call Mono answers for a linked account and refuses with not found for an unknown
     * or unlinked one. 'unlinked' confirms the unlink; 'linked' (and 'reauth_required', a link whose bank wants MFA)
     * says it is stale. Made even while re-authorisation is on record (no refuseIfReauthOnRecord): it reads no
     * transactions, and it is the only way to tell. Anything else (Mono down, rate limited, a refused key) is thrown
     * for the activity's retry policy; the feed decides what an unanswered question means.
     */
    async confirmUnlinkedAtMono(accountId: string): Promise<'unlinked' | 'linked' | 'reauth_required'> {
      let answer: 'unlinked' | 'linked' | 'reauth_required';
      try {
        await mono().getAccount(accountId);
        answer = 'linked';
      } catch (e) {
        if (!(e instanceof MonoError)) throw e;
        if (e.kind === 'not_found') answer = 'unlinked';
        else if (e.kind === 'reauth_required') {
          // Mono's answer for a link whose bank wants MFA: true, so kept like any other (no call until re-authorised).
          await recordReauthAnswer(accountId);
          answer = 'reauth_required';
        } else throw toTemporalFailure(e);
      }
      // whichever run asked: the workflow settles only a note it holds itself (FeedSteps.settleSetAsideUnlink)
      if (answer !== 'unlinked') await reportingStorage(() => settleUnlinkSetAside(deps.db, accountId));
      deps.logger.info({ accountId, answer }, 'asked Mono whether the account is still linked before an unlink');
      return answer;
    },

    async pageLinkedAccounts(input: { afterId: string | null; limit: number }): Promise<string[]> {
      return pageLinkedAccountIds(deps.db, input.afterId, input.limit);
    },
  };
}

export type FeedActivities = ReturnType<typeof createFeedActivities>;
