import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  log,
  patched,
  proxyActivities,
  sleep,
  upsertMemo,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { FeedActivities, SyncOutcome } from '../activities/feed-activities.js';
import type { ReconcileActivities } from '../activities/reconcile-activities.js';
import type { AccountFeedConfig } from './feed-config.js';
import { MONO_CONFIRMED_SET_ASIDE, MONO_NOT_FOUND, type FeedMachine } from './feed-state.js';
import { FEED_SEARCH_ATTRIBUTES, type FeedState, type FeedStatus, type SyncResult } from './messages.js';
import { heldWaitMs } from '../domain/held-call.js';

const HANDLED_FAILURES = ['MonoInvalidKey', 'MonoNotFound', 'ReauthRequired', 'MonoBadRequest', 'MonoPaymentRequired'];

function failureType(err: unknown): string | null {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure ? (cause.type ?? null) : null;
}

/**
 * How long a call the client's Retry-After hold answered without sending it had to wait (capped as the hold is), or
 * null for any other failure (activities/mono-failures.ts marks it `held`).
 */
function heldByRetryAfter(err: unknown): number | null {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (!(cause instanceof ApplicationFailure) || cause.type !== 'MonoRateLimited') return null;
  return heldWaitMs(cause.details?.[0]);
}

export function failureMessage(err: unknown): string {
  const cause = err instanceof ActivityFailure && err.cause ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * Feeds that ran before this ran each bank call to its end even after an unlink arrived; their histories replay
 * without the cancellation it adds.
 */
const UNLINK_CANCELS_BANK_CALL = 'unlink-cancels-bank-call';

/**
 * Feeds that ran before this reconciled after every sync, even one an unlink cut short, and ran the reconciliation to
 * its end (a killed worker held the unlink up to its 2-minute heartbeat timeout); their histories replay without it.
 */
const UNLINK_SKIPS_RECONCILE = 'unlink-skips-reconcile';

/**
 * Feeds that ran before this ended at every `account_unlinked` webhook at once; their histories replay without the
 * question to Mono that now comes first (FeedSteps.unlinkStands).
 */
const CONFIRM_MONO_UNLINK = 'confirm-mono-unlink';

/**
 * Feeds that ran before this applied a job's webhook at once, even while the refresh call that names the job had
 * not answered: when the webhook and the answer came in one workflow task, the webhook (applied first, as every replay
 * does) was taken for Mono's own refresh (a second sync) and the feed waited refreshJobWaitMs for a webhook it had
 * had; a worker that applied the answer first did not, so the same history gave other commands. Their histories
 * replay without the hold.
 */
const HOLD_JOB_WEBHOOKS = 'hold-job-webhooks';

/**
 * Feeds that ran before this ended at Mono's first not-found answer to a bank call; their histories replay without
 * the questions to Mono that now come first (FeedSteps.notFoundStands).
 */
const CONFIRM_MONO_NOT_FOUND = 'confirm-mono-not-found';

/**
 * Feeds that ran before this dropped a person's unlink that came after an `account_unlinked` webhook but before the
 * feed began to ask Mono about it (FeedMachine.heldBeforeAsking): a stale webhook left the account syncing. Their
 * histories replay without acting on it.
 */
const HOLD_UNLINK_BEFORE_ASKING = 'hold-unlink-before-asking';

/**
 * Feeds that ran before this answered a syncNow caller `unlinked` as soon as an unlink the feed then asked Mono about
 * cut its sync short, though a stale one let the feed go on; their histories replay with that answer.
 */
const ANSWER_SYNC_AFTER_UNLINK_CHECK = 'answer-sync-after-unlink-check';

/**
 * Feeds that ran before this kept a not-found answer they set aside in their own state only; the account's record
 * (which `status` and the web app read) now gets it, so a bank call Mono keeps refusing is flagged.
 */
const RECORD_SET_ASIDE_NOT_FOUND = 'record-set-aside-not-found';

/**
 * Feeds that ran before this kept an `account_unlinked` webhook they set aside unconfirmed (Mono could not be asked)
 * as their own last error only, which the next good sync cleared: nobody reading the account learnt that an unlink
 * waits to be confirmed. It now goes on the account's record apart from the feed's errors (`unlink_set_aside`), and
 * stays until it is settled: the unlink confirmed (the feed ends), or Mono, asked again after a good sync (Mono
 * answers then), still knows the account. Their histories replay without the record and the question.
 */
const RECORD_SET_ASIDE_UNLINK = 'record-set-aside-unlink';

/**
 * Feeds that ran before this spent their refresh turn on a refresh the client's Retry-After hold kept back (nothing
 * sent): the sync read without one and the next refresh waited out the whole interval. Their histories replay
 * without the wait and the second ask.
 */
const HELD_REFRESH_KEEPS_ITS_TURN = 'held-refresh-keeps-its-turn';

/** How many times in all a refresh the Retry-After hold keeps back is asked (again after the time left, ≤ 60 s). */
const HELD_REFRESH_ASKS = 3;

/** What a refresh told us: nothing asked, data refreshed (or Mono's window still open), or a failed job. */
type RefreshOutcome = 'none' | 'refreshed' | 'failed';

/**
 * The feed's steps: each is one piece of orchestration over the entity's state (activities, timers, state
 * mirroring). The main loop in account-feed.ts decides which runs next.
 */
export class FeedSteps {
  private readonly acts: FeedActivities;
  private readonly long: FeedActivities;
  private readonly once: FeedActivities;
  private readonly recon: ReconcileActivities;
  private readonly confirm: FeedActivities;
  private readonly askOnce: FeedActivities;

  constructor(
    private readonly s: FeedMachine,
    private readonly cfg: AccountFeedConfig,
  ) {
    const retry = {
      initialInterval: '1s',
      backoffCoefficient: 2,
      maximumInterval: '1m',
      nonRetryableErrorTypes: HANDLED_FAILURES,
    };
    this.acts = proxyActivities<FeedActivities>({
      startToCloseTimeout: '10m',
      heartbeatTimeout: cfg.activityHeartbeatTimeoutMs,
      retry,
    });
    // A full re-scan walks the whole history window; heartbeats, not the timeout, tell a dead worker. It resumes
    // from its last heartbeat, so a retry is cheap: the backoff stays short.
    this.long = proxyActivities<FeedActivities>({
      startToCloseTimeout: '12h',
      heartbeatTimeout: cfg.activityHeartbeatTimeoutMs,
      retry: { ...retry, maximumInterval: '10s' },
    });
    // A refresh opens Mono's rate window whether or not its answer reaches us, so it is never retried blindly. It
    // heartbeats while it waits for Mono: a worker killed mid-call is noticed within the heartbeat timeout, not after
    // two minutes of a feed that answers nothing (history: chaos seed 53440483).
    this.once = proxyActivities<FeedActivities>({
      startToCloseTimeout: '2m',
      heartbeatTimeout: cfg.activityHeartbeatTimeoutMs,
      retry: { maximumAttempts: 1 },
    });
    this.recon = proxyActivities<ReconcileActivities>({ startToCloseTimeout: '30m', heartbeatTimeout: '2m', retry });
    // Whether a Mono unlink still stands: one short read, retried for about a minute (1+2+4+8+16+30 s of backoff), so
    // that a Mono outage holds the feed's decision only that long (unlinkStands says what happens then).
    this.confirm = proxyActivities<FeedActivities>({
      startToCloseTimeout: '30s',
      retry: { ...retry, maximumInterval: '30s', maximumAttempts: 7 },
    });
    // The same question about an unlink already set aside, asked again after each good sync until Mono answers: one
    // attempt, so that a Mono that does not answer holds nothing up (the next good sync asks again).
    this.askOnce = proxyActivities<FeedActivities>({ startToCloseTimeout: '30s', retry: { maximumAttempts: 1 } });
  }

  private get id(): string {
    return this.s.accountId;
  }

  async setState(
    state: FeedState,
    extra: { lastError?: string | null; clearReauth?: boolean; unlinkSetAside?: string | null } = {},
  ): Promise<void> {
    const changed = this.s.c.state !== state;
    this.s.c.state = state;
    if (changed && this.cfg.searchAttributes)
      upsertSearchAttributes([{ key: FEED_SEARCH_ATTRIBUTES.state, value: state }]);
    await this.acts.recordFeedState({ accountId: this.id, state, dataStatus: this.s.c.dataStatus, ...extra });
  }

  /** Routes a failed activity: returns true when the failure was handled by changing the feed's state. */
  absorb(err: unknown): boolean {
    // Cut short by the unlink (untilUnlinked): the feed is ending, not failing.
    if (isCancellation(err) && this.s.unlinkRequested) return true;
    const type = failureType(err);
    if (type === 'ReauthRequired') {
      this.s.c.reauthNeeded = true;
      return true;
    }
    if (type === 'MonoNotFound') {
      this.s.unlinkRequested ??= { requestedBy: MONO_NOT_FOUND, callMono: false };
      this.s.notFoundError = failureMessage(err);
      return true;
    }
    this.s.c.lastError = failureMessage(err);
    return false;
  }

  /**
   * Runs one bank call (or a reconciliation) so that an unlink cancels it: the feed ends when its account is
   * unlinked, not when a call that may never answer (its worker killed, Mono hanging) reaches its timeout. A cancelled
   * call rejects with a cancellation, which absorb() reads as the unlink. `patchId` names the change that put the call
   * under it.
   */
  private async untilUnlinked<T>(call: () => Promise<T>, patchId = UNLINK_CANCELS_BANK_CALL): Promise<T> {
    if (!patched(patchId)) return call();
    const scope = new CancellationScope();
    let ended = false;
    // Stops watching once the call has ended, so no watcher outlives its call.
    void condition(() => ended || !!this.s.unlinkRequested).then(
      () => {
        if (!ended) scope.cancel();
      },
      () => undefined,
    );
    try {
      return await scope.run(call);
    } finally {
      ended = true;
    }
  }

  /** Describes the account until Mono has data; tags the feed with the account's name, bank and currency. */
  async waitForData(): Promise<void> {
    let delay = this.cfg.processingPollInitialMs;
    for (;;) {
      try {
        const d = await this.acts.describeAccount(this.id);
        this.s.c.dataStatus = d.dataStatus.toUpperCase();
        if (this.cfg.searchAttributes) {
          const k = FEED_SEARCH_ATTRIBUTES;
          upsertSearchAttributes([
            { key: k.accountName, value: d.name },
            { key: k.currency, value: d.currency },
            { key: k.state, value: this.s.c.state },
            ...(d.institution ? [{ key: k.institution, value: d.institution }] : []),
          ]);
          upsertMemo({ accountId: this.id, timezone: d.timezone, historyDays: this.cfg.historyDays });
        }
      } catch (e) {
        this.absorb(e);
      }
      if (this.s.unlinkRequested || this.s.c.reauthNeeded) return;
      if (this.s.c.dataStatus === 'AVAILABLE' || this.s.c.dataStatus === 'PARTIAL') return;
      // PROCESSING: Mono says data is ready within minutes; UNAVAILABLE/FAILED: the bank had nothing; look again later.
      await this.acts.recordFeedState({ accountId: this.id, state: this.s.c.state, dataStatus: this.s.c.dataStatus });
      this.s.dataReady = false;
      const wait = this.s.c.dataStatus === 'PROCESSING' ? delay : this.cfg.pollIntervalMs;
      await condition(() => this.s.dataReady || !!this.s.unlinkRequested, wait);
      delay = Math.min(delay * 2, this.cfg.processingPollMaxMs);
    }
  }

  /**
   * Asks Mono to refresh (inside its rate window) and waits for the job. A failed job, an x-reauth-required answer or
   * a REAUTHORISATION_REQUIRED code means the sync reads nothing: the bank has stopped answering for this account.
   */
  private async refresh(held = 0): Promise<RefreshOutcome> {
    const { s, cfg } = this;
    const now = Date.now();
    if (cfg.refreshMode === 'none') return 'none';
    const minInterval = cfg.refreshMode === 'realtime' ? cfg.refreshMinIntervalMs : cfg.legacySyncMinIntervalMs;
    if (s.c.lastRefreshAtMs !== null && now - s.c.lastRefreshAtMs < minInterval) return 'none';
    const turnBefore = s.c.lastRefreshAtMs;
    s.c.lastRefreshAtMs = now;
    try {
      if (cfg.refreshMode === 'legacy') {
        const r = await this.untilUnlinked(() => this.once.legacySyncAccount(this.id));
        if (r.code === 'REAUTHORISATION_REQUIRED') s.c.reauthNeeded = true;
        return 'refreshed';
      }
      s.jobFinished = false;
      s.jobFailed = false;
      const hold = patched(HOLD_JOB_WEBHOOKS);
      if (hold) s.refreshInFlight = true;
      let r: Awaited<ReturnType<FeedActivities['refreshAccount']>>;
      try {
        r = await this.untilUnlinked(() => this.once.refreshAccount(this.id));
      } catch (e) {
        if (hold) s.releaseHeldJobEvents();
        throw e;
      }
      const jobId = r.jobId;
      const waits = !!jobId && r.jobStatus === 'processing';
      if (waits) s.awaitingJobId = jobId;
      // The webhooks that came during the call are applied now that its job is known, before anything reads them.
      if (hold) s.releaseHeldJobEvents();
      if (r.jobStatus === 'failed') return 'failed';
      if (jobId && waits) {
        try {
          const heard = await condition(
            () => s.jobFinished || s.c.reauthNeeded || !!s.unlinkRequested,
            cfg.refreshJobWaitMs,
          );
          if (s.jobFailed) return 'failed';
          if (!heard) {
            const job = await this.untilUnlinked(() => this.acts.getRefreshJob({ accountId: this.id, jobId }));
            if (job.status === 'failed') return 'failed';
            // Still processing: read what Mono has; the job's webhook will start another sync when it lands.
            if (job.status !== 'finished') return 'refreshed';
          }
        } finally {
          s.awaitingJobId = null;
        }
      }
      if (r.jobId) s.markJobRead(r.jobId);
      return 'refreshed';
    } catch (e) {
      const waitMs = heldByRetryAfter(e);
      if (waitMs !== null && patched(HELD_REFRESH_KEEPS_ITS_TURN)) {
        // Kept back by a Retry-After (any feed's 429, any process's): Mono opened no refresh window, so the turn is
        // not spent, and the feed waits its turn (at most a minute) rather than read stale data until the next poll.
        s.c.lastRefreshAtMs = turnBefore;
        if (held + 1 >= HELD_REFRESH_ASKS) return 'none';
        await condition(() => s.c.reauthNeeded || !!s.unlinkRequested, Math.max(1, waitMs));
        return s.c.reauthNeeded || s.unlinkRequested ? 'none' : this.refresh(held + 1);
      }
      // A failed refresh still leaves Mono's last data to read; only re-authorisation and unlink stop the sync.
      this.absorb(e);
      return 'none';
    }
  }

  /**
   * One sync under the re-scan rule: the first (mode 'full') is the backfill. Returns the outcome, or null when the
   * sync read nothing (re-authorisation, unlink, a failed refresh job, a failed activity).
   */
  async sync(mode: 'full' | 'auto', want: { reason: string; refresh: boolean }): Promise<SyncResult> {
    const { s, cfg } = this;
    const refreshed = want.refresh ? await this.refresh() : 'none';
    if (s.c.reauthNeeded || s.unlinkRequested)
      return s.skipped(s.unlinkRequested ? 'unlinked' : 'reauth_required', 'the bank asked for re-authorisation');
    if (refreshed === 'failed') {
      s.c.lastError = 'the bank refresh job failed; nothing was read until Mono says why';
      return { ...s.skipped('failed', want.reason), refreshed: false, errors: [s.c.lastError] };
    }
    try {
      const o: SyncOutcome = await this.untilUnlinked(() =>
        this.long.syncAccount({
          accountId: this.id,
          mode,
          watermark: s.c.watermark ?? null,
          lastFullScanAt: s.c.lastFullScanAt ?? null,
          historyDays: cfg.historyDays,
          windowDays: cfg.backfillWindowDays,
          overlapDays: cfg.overlapDays,
          fullRescanIntervalMs: cfg.fullRescanIntervalMs,
        }),
      );
      this.absorbOutcome(o);
      return {
        status: 'succeeded',
        reason: want.reason,
        fetched: o.fetched,
        inserted: o.inserted,
        updated: o.updated,
        removed: o.removed,
        unchanged: o.unchanged,
        refreshed: refreshed === 'refreshed',
        syncedThrough: o.to,
        errors: o.balanceBreaks > 0 ? [`${o.balanceBreaks} running-balance breaks remained after re-fetching`] : [],
      };
    } catch (e) {
      const handled = this.absorb(e);
      return {
        ...s.skipped(s.c.reauthNeeded ? 'reauth_required' : handled ? 'unlinked' : 'failed', want.reason),
        refreshed: refreshed === 'refreshed',
        errors: [failureMessage(e)],
      };
    }
  }

  /** The watermark only moves on a complete fetch, so rows a broken fetch missed stay inside the next window. */
  private absorbOutcome(o: SyncOutcome): void {
    const c = this.s.c;
    if (o.complete && o.newestRowAt && (!c.watermark || o.newestRowAt > c.watermark)) c.watermark = o.newestRowAt;
    if (o.full && o.complete) c.lastFullScanAt = o.scannedAt;
    c.syncedThrough = o.to;
    c.lastSuccessfulSyncAt = new Date().toISOString();
    c.lastSyncAtMs = Date.now();
    c.lastError = null;
    this.s.notFoundsInARow = 0;
    c.counts.syncs++;
    c.counts.inserted += o.inserted;
    c.counts.updated += o.updated;
    c.counts.removed += o.removed;
    if (o.inserted + o.updated + o.removed > 0) c.reconcilePending = true;
  }

  /** The first pass: a full scan of the history window once Mono has data. */
  async backfill(): Promise<void> {
    const { s } = this;
    await this.waitForData();
    if (s.unlinkRequested || s.c.reauthNeeded) return;
    await this.setState('BACKFILLING');
    const r = await this.sync('full', { reason: 'backfill', refresh: false });
    if (r.status === 'succeeded') {
      s.c.backfilled = true;
      s.c.lastSync = r;
      s.syncWanted = null;
      await this.setState('ACTIVE', { lastError: null });
      await this.askAgainAboutSetAsideUnlink();
    } else if (!s.c.reauthNeeded && !s.unlinkRequested) {
      await sleep(this.cfg.processingPollMaxMs);
    }
  }

  /** A requested, webhook or poll sync; answers the syncNow callers waiting for it. */
  async runSync(): Promise<void> {
    const { s } = this;
    const want = s.syncWanted ?? { reason: 'poll', refresh: true };
    s.syncWanted = null;
    const serving = s.requestedSyncs;
    await this.setState('SYNCING');
    const result = await this.sync('auto', want);
    s.c.lastSync = result;
    s.c.lastSyncAtMs = Date.now();
    const req = s.unlinkRequested;
    const asked = !!req && !req.callMono && (req.requestedBy === 'mono' || req.requestedBy === MONO_NOT_FOUND);
    if (asked && patched(ANSWER_SYNC_AFTER_UNLINK_CHECK)) {
      // Cut short by an unlink the feed asks Mono about (unlinkStands): whether the account is unlinked is not known
      // yet, so the callers wait. If it stands, the ended feed answers them `unlinked`; if not, a not-found answer is
      // the sync's failure (notFoundStands answers them), and after a stale webhook the sync it wants answers them.
      if (req.requestedBy === MONO_NOT_FOUND) {
        s.c.lastSync = { ...result, status: 'failed', reason: want.reason };
        s.notFoundSyncServing = serving;
      }
    } else {
      s.completedSyncs = serving;
    }
    if (result.status === 'succeeded') await this.askAgainAboutSetAsideUnlink();
    if (!s.c.reauthNeeded && !s.unlinkRequested) await this.setState('ACTIVE', { lastError: s.c.lastError });
  }

  /**
   * Answers the syncNow callers whose sync Mono answered not found, once that answer is set aside (runSync): the sync
   * failed with Mono's answer, and `verdict` says why the feed goes on.
   */
  private answerNotFoundSync(verdict: string): void {
    const { s } = this;
    if (s.notFoundSyncServing === null) return;
    const last = s.c.lastSync;
    if (last) {
      const said = [...last.errors, s.notFoundError, verdict].filter((e): e is string => !!e);
      s.c.lastSync = { ...last, status: 'failed', errors: [...new Set(said)] };
    }
    s.completedSyncs = Math.max(s.completedSyncs, s.notFoundSyncServing);
    s.notFoundSyncServing = null;
  }

  async reconcileIfPending(trigger: 'sync' | 'nightly'): Promise<void> {
    const { s } = this;
    if (!this.cfg.reconcileAfterSync || !s.c.reconcilePending) return;
    // The feed is ending: reconciling its account now would only hold the unlink up.
    if (s.unlinkRequested && patched(UNLINK_SKIPS_RECONCILE)) return;
    s.c.reconcilePending = false;
    try {
      const r = await this.untilUnlinked(
        () => this.recon.reconcileAccountFeed({ accountId: this.id, trigger }),
        UNLINK_SKIPS_RECONCILE,
      );
      if (r) {
        s.c.lastReconciliation = {
          at: new Date().toISOString(),
          runId: r.runId,
          matchedPercent: r.matchedPercent,
          suggested: r.suggested,
          unmatchedBank: r.unmatchedBank,
        };
      }
    } catch (e) {
      // Cut short by the unlink: the feed is ending, the reconciliation did not fail.
      if (isCancellation(e) && s.unlinkRequested) return;
      s.c.lastError = `reconciliation failed: ${failureMessage(e)}`;
    }
  }

  /** Paused with no bank calls: only a re-authorisation, an unlink or the reminder timer wakes the feed. */
  async awaitReauthorisation(): Promise<void> {
    const { s, cfg } = this;
    await this.setState('REAUTH_REQUIRED');
    try {
      const { url } = await this.acts.createReauthLink(this.id);
      s.c.reauthUrl = url;
    } catch (e) {
      this.absorb(e);
      if (s.unlinkRequested) return;
    }
    let reminder = 0;
    if (s.c.reauthUrl) await this.acts.notifyReauthRequired({ accountId: this.id, url: s.c.reauthUrl, reminder });
    while (!s.reauthorized && !s.unlinkRequested) {
      const woke = await condition(() => s.reauthorized || !!s.unlinkRequested, cfg.reauthReminderMs);
      if (!woke && s.c.reauthUrl)
        await this.acts.notifyReauthRequired({ accountId: this.id, url: s.c.reauthUrl, reminder: ++reminder });
    }
    if (s.unlinkRequested) return;
    s.reauthorized = false;
    s.c.reauthNeeded = false;
    s.c.reauthUrl = null;
    s.c.counts.reauthorisations++;
    await this.setState('ACTIVE', { clearReauth: true, lastError: null });
    // The re-authorisation refreshed the data: catch up from the watermark, without asking for a refresh (Mono's
    // rate window would answer with the job that failed).
    s.wantSync('reauthorized', false);
    s.syncWanted = { reason: s.syncWanted!.reason, refresh: false };
  }

  /**
   * Whether the unlink asked for ends the feed. A person's (`bankfeed unlink`, callMono) always does; Mono's not-found
   * answer to a bank call does once Mono has kept to it for a few minutes (notFoundStands). An `account_unlinked`
   * webhook may be stale: the person linked the account again since
   * (`bankfeed link --code` joins or starts the feed while the relay is mid-signal of an old unlink), or Mono
   * re-delivered an old one; ending the new link's feed would stop its transactions for good. So the feed first asks
   * Mono (confirmUnlinkedAtMono):
   * - not found: the unlink stands, the feed ends as before;
   * - the account answered (or needs re-authorisation): stale; the request is dropped, counted (staleUnlinks) and
   *   logged, and the feed goes on, with a sync (a sync the unlink cut short is read again);
   * - no answer after the activity's retries (Mono down, rate limited, a refused key): the request is dropped too,
   *   counted (unconfirmedUnlinks) and noted as the feed's last error and on the account's record (unlink_set_aside,
   *   patch record-set-aside-unlink), where it stays until settled. Ending on an unconfirmed unlink would stop the
   *   data of a link that may be live; keeping the feed costs a few failing calls. The question is asked again by
   *   the feed's next bank call: the sync wanted here (or the next poll, or the backfill's describe) meets Mono's
   *   not-found answer if the account really is unlinked, and that ends the feed once confirmed; a sync that
   *   succeeds instead asks Mono outright (askAgainAboutSetAsideUnlink).
   * Returns false when the feed goes on; an unlink a person asked for meanwhile (since the webhook came, or while Mono
   * was asked) is then the one the feed acts on.
   */
  async unlinkStands(): Promise<boolean> {
    const { s } = this;
    const req = s.unlinkRequested!;
    if (req.callMono) return true;
    if (req.requestedBy === MONO_NOT_FOUND) return patched(CONFIRM_MONO_NOT_FOUND) ? this.notFoundStands() : true;
    if (req.requestedBy !== 'mono') return true;
    if (!patched(CONFIRM_MONO_UNLINK)) return true;
    let answer: 'unlinked' | 'linked' | 'reauth_required' | null = null;
    let failure: string | null = null;
    s.confirmingUnlink = true;
    try {
      answer = await this.confirm.confirmUnlinkedAtMono(this.id);
    } catch (e) {
      failure = failureMessage(e);
    } finally {
      s.confirmingUnlink = false;
      s.monoUnlinkHeard = false;
    }
    if (answer === 'unlinked') return true;
    // A person's unlink that came before the question came first, so it wins over one held during it.
    const early = s.heldBeforeAsking;
    s.heldBeforeAsking = null;
    if (early && patched(HOLD_UNLINK_BEFORE_ASKING)) s.heldUnlink = early;
    s.unlinkRequested = s.heldUnlink;
    s.heldUnlink = null;
    const counts = s.c.counts;
    if (answer === null) {
      counts.unconfirmedUnlinks = (counts.unconfirmedUnlinks ?? 0) + 1;
      s.c.lastError = `an account_unlinked webhook was set aside: Mono could not be asked whether the account is still linked (${failure}); the next bank call asks again`;
      log.warn('account_unlinked set aside: Mono could not be asked whether the account is still linked', {
        accountId: this.id,
        error: failure,
      });
      // On the account's record until settled, where status, the accounts list and Sync now read it: the feed's
      // lastError alone is cleared by the next good sync, which says nothing about the unlink.
      if (patched(RECORD_SET_ASIDE_UNLINK)) {
        s.c.unlinkSetAside = s.c.lastError;
        await this.setState(s.c.state, { unlinkSetAside: s.c.unlinkSetAside });
      }
    } else {
      counts.staleUnlinks = (counts.staleUnlinks ?? 0) + 1;
      if (answer === 'reauth_required') s.c.reauthNeeded = true;
      log.info('stale account_unlinked dropped: Mono still has the account linked', { accountId: this.id, answer });
      await this.settleSetAsideUnlink();
    }
    if (!s.unlinkRequested && s.c.backfilled)
      s.wantSync(answer === null ? 'unconfirmed-unlink' : 'stale-unlink', false);
    return false;
  }

  /**
   * Whether Mono's not-found answer to a bank call ends the feed. One answer is not proof: Mono has answered not found
   * for an account it knew moments later (a link still being set up at Mono; the demo's sandbox restarted before it
   * knew its accounts), and an ended feed stops the account's data until someone links it again. So Mono is asked
   * (confirmUnlinkedAtMono) after each of cfg.notFoundConfirmWaitsMs, each wait longer the more not-found answers in
   * a row were set aside (a bank call that keeps answering not found for an account Mono knows is not asked about in
   * a tight loop):
   * - Mono knows the account (or says it needs re-authorisation): the answer is set aside, counted (staleNotFounds)
   *   and logged, and the feed goes on: it syncs again, or goes on with its backfill;
   * - not found at every question: the unlink stands and the feed ends. An `account_unlinked` webhook meanwhile is
   *   Mono's own word: the next not-found answer then stands, as it does for the webhook alone;
   * - the last question unanswered (Mono down): set aside as an unconfirmed unlink, as unlinkStands does.
   * A person's unlink meanwhile ends the feed at once, as the one asked for.
   */
  private async notFoundStands(): Promise<boolean> {
    const { s, cfg } = this;
    // No waits configured: the first answer stands, as before the check.
    if (cfg.notFoundConfirmWaitsMs.length === 0) return true;
    const slower = 2 ** Math.min(s.notFoundsInARow, 5);
    let answer: 'unlinked' | 'linked' | 'reauth_required' | null = null;
    let failure: string | null = null;
    s.confirmingUnlink = true;
    try {
      for (const wait of cfg.notFoundConfirmWaitsMs) {
        await condition(() => !!s.heldUnlink || s.monoUnlinkHeard, Math.max(1, wait * slower));
        if (s.heldUnlink) break;
        try {
          answer = await this.confirm.confirmUnlinkedAtMono(this.id);
          failure = null;
        } catch (e) {
          answer = null;
          failure = failureMessage(e);
        }
        if (answer === 'linked' || answer === 'reauth_required' || s.monoUnlinkHeard) break;
      }
    } finally {
      s.confirmingUnlink = false;
      s.monoUnlinkHeard = false;
    }
    if (s.heldUnlink) {
      s.unlinkRequested = s.heldUnlink;
      s.heldUnlink = null;
      return false;
    }
    if (answer === 'unlinked') return true;
    s.unlinkRequested = null;
    s.notFoundsInARow++;
    const counts = s.c.counts;
    const said = s.notFoundError ?? 'not found';
    if (answer === null) {
      counts.unconfirmedUnlinks = (counts.unconfirmedUnlinks ?? 0) + 1;
      s.c.lastError = `Mono answered a bank call not found (${said}) and could not be asked whether the account is still linked (${failure}); the feed goes on and its next bank call asks again`;
      log.warn('not-found answer set aside: Mono could not be asked whether the account is still linked', {
        accountId: this.id,
        error: failure,
      });
    } else {
      counts.staleNotFounds = (counts.staleNotFounds ?? 0) + 1;
      if (answer === 'reauth_required') s.c.reauthNeeded = true;
      s.c.lastError = `Mono answered a bank call not found (${said}) but still knows the account; the feed goes on`;
      log.info('not-found answer set aside: Mono knows the account', { accountId: this.id, answer });
      await this.settleSetAsideUnlink();
    }
    this.answerNotFoundSync(
      answer === null
        ? `Mono could not be asked whether the account is still linked (${failure}); the feed goes on and its next bank call asks again`
        : answer === 'linked'
          ? 'Mono still knows the account; the feed goes on'
          : 'Mono still knows the account and wants it re-authorised; the feed waits for that',
    );
    // on the record while it lasts: a sync meeting not found again and again would otherwise leave SYNCING, no error
    if (patched(RECORD_SET_ASIDE_NOT_FOUND)) await this.setState(s.c.state, { lastError: s.c.lastError });
    if (s.c.backfilled) s.wantSync(answer === null ? 'unconfirmed-not-found' : 'stale-not-found', false);
    return false;
  }

  /**
   * Asks Mono again about an `account_unlinked` the feed set aside unconfirmed, after a sync that read the bank (so
   * Mono is likely to answer now). The good sync itself settles nothing: it does not say whether the holder unlinked
   * the account at Mono. Mono's answer does: not found confirms the unlink (the feed ends); the account known (or
   * wanting re-authorisation) makes the webhook stale, and the note goes. No answer (one attempt): the note stays and
   * the next good sync asks again. Only a feed with a note asks, and only feeds under record-set-aside-unlink (or
   * carried over from one) have one.
   */
  private async askAgainAboutSetAsideUnlink(): Promise<void> {
    const { s } = this;
    if (!s.c.unlinkSetAside || s.unlinkRequested || s.c.reauthNeeded) return;
    let answer: 'unlinked' | 'linked' | 'reauth_required';
    try {
      answer = await this.askOnce.confirmUnlinkedAtMono(this.id);
    } catch (e) {
      log.info('set-aside account_unlinked: Mono still not asked; the next good sync asks again', {
        accountId: this.id,
        error: failureMessage(e),
      });
      return;
    }
    if (answer === 'unlinked') {
      // the loop ends the feed (unlinkStands lets a confirmed unlink stand); a person's unlink asked meanwhile wins
      s.unlinkRequested ??= { requestedBy: MONO_CONFIRMED_SET_ASIDE, callMono: false };
      return;
    }
    const counts = s.c.counts;
    counts.staleUnlinks = (counts.staleUnlinks ?? 0) + 1;
    if (answer === 'reauth_required') s.c.reauthNeeded = true;
    log.info('set-aside account_unlinked dropped: Mono still has the account linked', { accountId: this.id, answer });
    await this.settleSetAsideUnlink();
  }

  /** Mono still knows the account: an `account_unlinked` set aside before was stale, and leaves the record. */
  private async settleSetAsideUnlink(): Promise<void> {
    const { s } = this;
    if (!s.c.unlinkSetAside) return;
    s.c.unlinkSetAside = null;
    await this.setState(s.c.state, { unlinkSetAside: null });
  }

  async unlink(): Promise<FeedStatus> {
    const { s } = this;
    const req = s.unlinkRequested!;
    if (req.callMono) {
      try {
        await this.acts.unlinkAtMono(this.id);
      } catch (e) {
        s.c.lastError = `unlinking at Mono failed: ${failureMessage(e)}`;
      }
    }
    await this.setState('UNLINKED');
    return s.status();
  }
}
