import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  patched,
  proxyActivities,
  sleep,
  upsertMemo,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { FeedActivities, SyncOutcome } from '../activities/feed-activities.js';
import type { ReconcileActivities } from '../activities/reconcile-activities.js';
import type { AccountFeedConfig } from './feed-config.js';
import type { FeedMachine } from './feed-state.js';
import { FEED_SEARCH_ATTRIBUTES, type FeedState, type FeedStatus, type SyncResult } from './messages.js';

const HANDLED_FAILURES = ['MonoInvalidKey', 'MonoNotFound', 'ReauthRequired', 'MonoBadRequest', 'MonoPaymentRequired'];

function failureType(err: unknown): string | null {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure ? (cause.type ?? null) : null;
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
  }

  private get id(): string {
    return this.s.accountId;
  }

  async setState(state: FeedState, extra: { lastError?: string | null; clearReauth?: boolean } = {}): Promise<void> {
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
      this.s.unlinkRequested ??= { requestedBy: 'mono (account not found)', callMono: false };
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
  private async refresh(): Promise<RefreshOutcome> {
    const { s, cfg } = this;
    const now = Date.now();
    if (cfg.refreshMode === 'none') return 'none';
    const minInterval = cfg.refreshMode === 'realtime' ? cfg.refreshMinIntervalMs : cfg.legacySyncMinIntervalMs;
    if (s.c.lastRefreshAtMs !== null && now - s.c.lastRefreshAtMs < minInterval) return 'none';
    s.c.lastRefreshAtMs = now;
    try {
      if (cfg.refreshMode === 'legacy') {
        const r = await this.untilUnlinked(() => this.once.legacySyncAccount(this.id));
        if (r.code === 'REAUTHORISATION_REQUIRED') s.c.reauthNeeded = true;
        return 'refreshed';
      }
      s.jobFinished = false;
      s.jobFailed = false;
      const r = await this.untilUnlinked(() => this.once.refreshAccount(this.id));
      if (r.jobStatus === 'failed') return 'failed';
      const jobId = r.jobId;
      if (jobId && r.jobStatus === 'processing') {
        s.awaitingJobId = jobId;
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
    s.completedSyncs = serving;
    if (!s.c.reauthNeeded && !s.unlinkRequested) await this.setState('ACTIVE', { lastError: s.c.lastError });
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
