import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  sleep,
  workflowInfo,
} from '@temporalio/workflow';
import type { FeedActivities, SyncOutcome } from '../activities/feed-activities.js';
import type { ReconcileActivities } from '../activities/reconcile-activities.js';
import { DEFAULT_FEED_CONFIG, type AccountFeedConfig } from './feed-config.js';
import { FeedMachine, initialCarry, type FeedCarry } from './feed-state.js';
import {
  reauthorizedSignal,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  unlinkSignal,
  webhookEventSignal,
  type FeedState,
  type FeedStatus,
  type SyncResult,
} from './messages.js';

export interface AccountFeedInput {
  accountId: string;
  config?: Partial<AccountFeedConfig>;
  carry?: FeedCarry;
}

const HANDLED_FAILURES = ['MonoInvalidKey', 'MonoNotFound', 'ReauthRequired', 'MonoBadRequest', 'MonoPaymentRequired'];

function failureType(err: unknown): string | null {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  return cause instanceof ApplicationFailure ? (cause.type ?? null) : null;
}

function failureMessage(err: unknown): string {
  const cause = err instanceof ActivityFailure && err.cause ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * One long-running feed per linked account: describe, backfill, then sync on a poll timer, on webhooks and on
 * request; pause (with no bank calls) while the bank needs re-authorisation; end when the account is unlinked.
 */
export async function accountFeed(input: AccountFeedInput): Promise<FeedStatus> {
  const cfg: AccountFeedConfig = { ...DEFAULT_FEED_CONFIG, ...input.config };
  const s = new FeedMachine(input.accountId, input.carry ?? initialCarry(), cfg.seenEventKeysLimit);
  const id = input.accountId;

  const retry = {
    initialInterval: '1s',
    backoffCoefficient: 2,
    maximumInterval: '1m',
    nonRetryableErrorTypes: HANDLED_FAILURES,
  };
  const acts = proxyActivities<FeedActivities>({
    startToCloseTimeout: '10m',
    heartbeatTimeout: cfg.activityHeartbeatTimeoutMs,
    retry,
  });
  const backfill = proxyActivities<FeedActivities>({
    startToCloseTimeout: '12h',
    heartbeatTimeout: cfg.activityHeartbeatTimeoutMs,
    retry,
  });
  // A refresh opens Mono's rate window whether or not its answer reaches us, so it is never retried blindly.
  const once = proxyActivities<FeedActivities>({ startToCloseTimeout: '2m', retry: { maximumAttempts: 1 } });
  const recon = proxyActivities<ReconcileActivities>({ startToCloseTimeout: '30m', heartbeatTimeout: '2m', retry });

  // Handlers first, so nothing sent before the main loop is lost.
  setHandler(webhookEventSignal, (e) => {
    if (!s.remember(e.key)) {
      s.c.counts.duplicateWebhooks++;
      return;
    }
    s.onEvent(e);
  });
  setHandler(reauthorizedSignal, () => {
    s.reauthorized = true;
  });
  setHandler(unlinkSignal, (req) => {
    s.unlinkRequested ??= req;
  });
  setHandler(syncRequestedSignal, ({ reason }) => {
    if (s.c.state !== 'UNLINKED') s.wantSync(reason, true);
  });
  setHandler(
    syncNowUpdate,
    async ({ reason }) => {
      if (s.c.state === 'REAUTH_REQUIRED') return skipped('reauth_required', 'the bank needs re-authorisation first');
      const ticket = ++s.requestedSyncs;
      s.wantSync(reason ?? 'syncNow', true);
      await condition(() => s.completedSyncs >= ticket || s.c.state === 'UNLINKED' || s.c.state === 'REAUTH_REQUIRED');
      if (s.completedSyncs >= ticket && s.c.lastSync) return s.c.lastSync;
      return skipped(s.c.state === 'UNLINKED' ? 'unlinked' : 'reauth_required', `the feed is ${s.c.state}`);
    },
    {
      validator: (_req: { reason?: string }) => {
        if (s.c.state === 'UNLINKED') throw new Error('this account is unlinked; its feed has ended');
      },
    },
  );
  setHandler(statusQuery, () => s.status());

  function skipped(status: SyncResult['status'], reason: string): SyncResult {
    return {
      status,
      reason,
      fetched: 0,
      inserted: 0,
      updated: 0,
      removed: 0,
      unchanged: 0,
      refreshed: false,
      syncedThrough: s.c.syncedThrough,
      errors: [],
    };
  }

  async function setState(
    state: FeedState,
    extra: { lastError?: string | null; clearReauth?: boolean } = {},
  ): Promise<void> {
    s.c.state = state;
    await acts.recordFeedState({ accountId: id, state, dataStatus: s.c.dataStatus, ...extra });
  }

  /** Routes a failed activity: returns true when the failure was handled by changing the feed's state. */
  function absorb(err: unknown): boolean {
    const type = failureType(err);
    if (type === 'ReauthRequired') {
      s.c.reauthNeeded = true;
      return true;
    }
    if (type === 'MonoNotFound') {
      s.unlinkRequested ??= { requestedBy: 'mono (account not found)', callMono: false };
      return true;
    }
    s.c.lastError = failureMessage(err);
    return false;
  }

  async function waitForData(): Promise<void> {
    let delay = cfg.processingPollInitialMs;
    for (;;) {
      try {
        const d = await acts.describeAccount(id);
        s.c.dataStatus = d.dataStatus.toUpperCase();
      } catch (e) {
        absorb(e);
      }
      if (s.unlinkRequested || s.c.reauthNeeded) return;
      if (s.c.dataStatus === 'AVAILABLE' || s.c.dataStatus === 'PARTIAL') return;
      // PROCESSING: Mono says data is ready within minutes; UNAVAILABLE/FAILED: the bank had nothing; look again later.
      await acts.recordFeedState({ accountId: id, state: s.c.state, dataStatus: s.c.dataStatus });
      s.dataReady = false;
      const wait = s.c.dataStatus === 'PROCESSING' ? delay : cfg.pollIntervalMs;
      await condition(() => s.dataReady || !!s.unlinkRequested, wait);
      delay = Math.min(delay * 2, cfg.processingPollMaxMs);
    }
  }

  async function refreshIfAllowed(): Promise<boolean> {
    const now = Date.now();
    if (cfg.refreshMode === 'none') return false;
    const minInterval = cfg.refreshMode === 'realtime' ? cfg.refreshMinIntervalMs : cfg.legacySyncMinIntervalMs;
    if (s.c.lastRefreshAtMs !== null && now - s.c.lastRefreshAtMs < minInterval) return false;
    s.c.lastRefreshAtMs = now;
    try {
      if (cfg.refreshMode === 'legacy') {
        const r = await once.legacySyncAccount(id);
        if (r.code === 'REAUTHORISATION_REQUIRED') s.c.reauthNeeded = true;
        return true;
      }
      s.jobFinished = false;
      const r = await once.refreshAccount(id);
      if (r.jobStatus === 'processing' && r.jobId) {
        const done = await condition(
          () => s.jobFinished || s.c.reauthNeeded || !!s.unlinkRequested,
          cfg.refreshJobWaitMs,
        );
        if (!done) {
          const job = await acts.getRefreshJob({ accountId: id, jobId: r.jobId });
          if (job.status === 'failed') s.c.lastError = 'the bank refresh job failed; stored data may be stale';
        }
      }
      return true;
    } catch (e) {
      // A failed refresh still leaves Mono's last data to read; only re-authorisation and unlink stop the sync.
      absorb(e);
      return false;
    }
  }

  async function runSync(): Promise<void> {
    const want = s.syncWanted ?? { reason: 'poll', refresh: true };
    s.syncWanted = null;
    const serving = s.requestedSyncs;
    await setState('SYNCING');
    let result: SyncResult;
    const refreshed = want.refresh ? await refreshIfAllowed() : false;
    if (s.c.reauthNeeded || s.unlinkRequested) {
      result = skipped(s.unlinkRequested ? 'unlinked' : 'reauth_required', 'the bank asked for re-authorisation');
    } else {
      try {
        const o: SyncOutcome = await acts.syncRecent({
          accountId: id,
          syncedThrough: s.c.syncedThrough,
          overlapDays: cfg.overlapDays,
        });
        s.c.syncedThrough = o.to;
        s.c.lastSuccessfulSyncAt = new Date().toISOString();
        s.c.lastError = null;
        s.c.counts.syncs++;
        s.c.counts.inserted += o.inserted;
        s.c.counts.updated += o.updated;
        s.c.counts.removed += o.removed;
        if (o.inserted + o.updated + o.removed > 0) s.c.reconcilePending = true;
        result = {
          status: 'succeeded',
          reason: want.reason,
          fetched: o.fetched,
          inserted: o.inserted,
          updated: o.updated,
          removed: o.removed,
          unchanged: o.unchanged,
          refreshed,
          syncedThrough: o.to,
          errors: o.balanceBreaks > 0 ? [`${o.balanceBreaks} running-balance breaks remained after re-fetching`] : [],
        };
      } catch (e) {
        const handled = absorb(e);
        result = {
          ...skipped(s.c.reauthNeeded ? 'reauth_required' : handled ? 'unlinked' : 'failed', want.reason),
          refreshed,
          errors: [failureMessage(e)],
        };
      }
    }
    s.c.lastSync = result;
    s.c.lastSyncAtMs = Date.now();
    s.completedSyncs = serving;
    if (!s.c.reauthNeeded && !s.unlinkRequested) await setState('ACTIVE', { lastError: s.c.lastError });
  }

  async function reconcileIfPending(trigger: 'sync' | 'nightly'): Promise<void> {
    if (!cfg.reconcileAfterSync || !s.c.reconcilePending) return;
    s.c.reconcilePending = false;
    try {
      const r = await recon.reconcileAccountFeed({ accountId: id, trigger });
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
      s.c.lastError = `reconciliation failed: ${failureMessage(e)}`;
    }
  }

  async function awaitReauthorisation(): Promise<void> {
    await setState('REAUTH_REQUIRED');
    try {
      const { url } = await acts.createReauthLink(id);
      s.c.reauthUrl = url;
    } catch (e) {
      absorb(e);
      if (s.unlinkRequested) return;
    }
    let reminder = 0;
    if (s.c.reauthUrl) await acts.notifyReauthRequired({ accountId: id, url: s.c.reauthUrl, reminder });
    // No bank calls while paused: only a re-authorisation, an unlink or the reminder timer wakes the feed.
    while (!s.reauthorized && !s.unlinkRequested) {
      const woke = await condition(() => s.reauthorized || !!s.unlinkRequested, cfg.reauthReminderMs);
      if (!woke && s.c.reauthUrl)
        await acts.notifyReauthRequired({ accountId: id, url: s.c.reauthUrl, reminder: ++reminder });
    }
    if (s.unlinkRequested) return;
    s.reauthorized = false;
    s.c.reauthNeeded = false;
    s.c.reauthUrl = null;
    s.c.counts.reauthorisations++;
    await setState('ACTIVE', { clearReauth: true, lastError: null });
    // The re-authorisation refreshed the data: catch up from where the feed stopped.
    s.wantSync('reauthorized', false);
  }

  async function unlink(): Promise<FeedStatus> {
    const req = s.unlinkRequested!;
    if (req.callMono) {
      try {
        await acts.unlinkAtMono(id);
      } catch (e) {
        s.c.lastError = `unlinking at Mono failed: ${failureMessage(e)}`;
      }
    }
    await setState('UNLINKED');
    await condition(allHandlersFinished);
    return s.status();
  }

  function historyTooLong(): boolean {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength > cfg.maxHistoryEvents;
  }

  // ---- the feed ----
  if (!s.c.backfilled) {
    while (!s.c.backfilled) {
      if (s.unlinkRequested) return unlink();
      if (s.c.reauthNeeded) {
        await awaitReauthorisation();
        continue;
      }
      await waitForData();
      if (s.unlinkRequested || s.c.reauthNeeded) continue;
      await setState('BACKFILLING');
      try {
        const o = await backfill.backfillAccount({
          accountId: id,
          historyDays: cfg.historyDays,
          windowDays: cfg.backfillWindowDays,
        });
        s.c.backfilled = true;
        s.c.syncedThrough = o.to;
        s.c.lastSuccessfulSyncAt = new Date().toISOString();
        s.c.lastSyncAtMs = Date.now();
        s.c.counts.inserted += o.inserted;
        s.c.counts.updated += o.updated;
        s.c.reconcilePending = true;
        s.syncWanted = null;
        await setState('ACTIVE', { lastError: null });
      } catch (e) {
        if (!absorb(e)) await sleep(cfg.processingPollMaxMs);
      }
    }
    await reconcileIfPending('sync');
  }

  for (;;) {
    if (s.unlinkRequested) return unlink();
    if (s.c.reauthNeeded) {
      await awaitReauthorisation();
      continue;
    }
    if (s.syncWanted) {
      await sleep(cfg.coalesceMs);
      await runSync();
      await reconcileIfPending('sync');
      continue;
    }
    if (historyTooLong()) {
      // A syncNow caller waits for a sync, so waiting only for handlers to finish could wait forever: a new sync
      // request goes first, and the feed continues as new once nothing is pending.
      await condition(() => allHandlersFinished() || !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded);
      if (allHandlersFinished() && !s.syncWanted && !s.unlinkRequested && !s.c.reauthNeeded) {
        return continueAsNew<typeof accountFeed>({ accountId: id, config: input.config, carry: s.carry() });
      }
      continue;
    }
    const sinceLast = s.c.lastSyncAtMs === null ? cfg.pollIntervalMs : Date.now() - s.c.lastSyncAtMs;
    const untilPoll = Math.max(0, cfg.pollIntervalMs - sinceLast);
    const woke = await condition(
      () => !!s.syncWanted || !!s.unlinkRequested || s.c.reauthNeeded || workflowInfo().continueAsNewSuggested,
      untilPoll,
    );
    if (!woke) s.wantSync('poll', true);
  }
}
