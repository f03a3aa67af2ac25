import { ApplicationFailure, condition } from '@temporalio/workflow';
import {
  FEED_CONTINUING_AS_NEW,
  unpackFeedEvents,
  type FeedEvent,
  type FeedEventBatch,
  type FeedState,
  type FeedStatus,
  type SyncResult,
} from './messages.js';

/** What a feed carries across continue-as-new. */
export interface FeedCarry {
  state: FeedState;
  dataStatus: string | null;
  backfilled: boolean;
  syncedThrough: string | null;
  lastSuccessfulSyncAt: string | null;
  lastSyncAtMs: number | null;
  lastRefreshAtMs: number | null;
  reauthNeeded: boolean;
  reauthUrl: string | null;
  lastError: string | null;
  seenEventKeys: string[];
  counts: FeedStatus['counts'];
  lastSync: SyncResult | null;
  lastReconciliation: FeedStatus['lastReconciliation'];
  pendingSyncReason: string | null;
  reconcilePending: boolean;
  /** Newest row instant Mono has served in a complete fetch (absent in carries from before it existed). */
  watermark?: string | null;
  /** Bank-clock instant of the last complete full re-scan. */
  lastFullScanAt?: string | null;
  /**
   * The note of an `account_unlinked` webhook set aside because Mono could not be asked to confirm it, until that is
   * settled (FeedSteps.unlinkStands, patch record-set-aside-unlink); absent in carries from before it.
   */
  unlinkSetAside?: string | null;
}

export function initialCarry(): FeedCarry {
  return {
    state: 'LINKING',
    dataStatus: null,
    backfilled: false,
    syncedThrough: null,
    lastSuccessfulSyncAt: null,
    lastSyncAtMs: null,
    lastRefreshAtMs: null,
    reauthNeeded: false,
    reauthUrl: null,
    lastError: null,
    seenEventKeys: [],
    counts: {
      syncs: 0,
      inserted: 0,
      updated: 0,
      removed: 0,
      webhooks: 0,
      duplicateWebhooks: 0,
      reauthorisations: 0,
      staleUnlinks: 0,
      unconfirmedUnlinks: 0,
      staleNotFounds: 0,
    },
    lastSync: null,
    lastReconciliation: null,
    pendingSyncReason: null,
    reconcilePending: false,
    watermark: null,
    lastFullScanAt: null,
  };
}

/** Who asked for the unlink when Mono answered a bank call with not found (FeedSteps.absorb). */
export const MONO_NOT_FOUND = 'mono (account not found)';

/** Who asked for the unlink when Mono, asked again about an unlink the feed set aside, confirmed it (FeedSteps). */
export const MONO_CONFIRMED_SET_ASIDE = 'mono (set-aside unlink confirmed)';

/** Refresh jobs whose data a sync already read: their account_updated webhook must not start a second sync. */
const READ_JOBS_KEPT = 20;

/**
 * The feed entity: its state, kept small and plain so it survives continue-as-new whole, and one method per message
 * handler (Temporal's safe-message-handlers shape). Handlers only change state; the main loop acts on it.
 */
export class FeedMachine {
  c: FeedCarry;
  private readonly seen: Set<string>;
  /** Sync requests: each syncNow caller waits until a sync that started after its request has finished. */
  requestedSyncs = 0;
  completedSyncs = 0;
  syncWanted: { reason: string; refresh: boolean } | null = null;
  unlinkRequested: { requestedBy: string; callMono: boolean } | null = null;
  /**
   * True while the feed asks Mono whether a Mono-originated unlink still stands (FeedSteps.unlinkStands). A person's
   * unlink that arrives meanwhile is held, not lost, should the one being asked about turn out stale.
   */
  confirmingUnlink = false;
  heldUnlink: { requestedBy: string; callMono: boolean } | null = null;
  /**
   * A person's unlink that came after an `account_unlinked` webhook the feed had yet to ask Mono about: held too, but
   * apart from heldUnlink, because feeds from before it dropped such an unlink and their histories replay so.
   */
  heldBeforeAsking: { requestedBy: string; callMono: boolean } | null = null;
  /**
   * Set by an `account_unlinked` webhook, cleared once a question to Mono about an unlink is settled: while the feed
   * asks about a not-found answer (FeedSteps.notFoundStands), Mono's own word that the account is unlinked.
   */
  monoUnlinkHeard = false;
  /** Mono's last not-found answer to a bank call, and how many in a row were set aside since the last good sync. */
  notFoundError: string | null = null;
  notFoundsInARow = 0;
  /**
   * The syncNow callers (tickets up to this one) whose sync Mono answered not found: answered once the feed knows
   * whether the account is unlinked (FeedSteps.runSync, notFoundStands).
   */
  notFoundSyncServing: number | null = null;
  reauthorized = false;
  dataReady = false;
  /** The refresh job the running sync waits for, and what Mono said about it. */
  awaitingJobId: string | null = null;
  jobFinished = false;
  jobFailed = false;
  /**
   * True while a refresh call is in flight (FeedSteps.refresh, patch hold-job-webhooks): its job id is not known yet,
   * so a webhook naming a job is held until the answer comes, then applied as if it had come just after it.
   */
  refreshInFlight = false;
  private readonly heldJobEvents: FeedEvent[] = [];
  private readonly readJobs: string[] = [];

  constructor(
    readonly accountId: string,
    carry: FeedCarry,
    private readonly seenLimit: number,
  ) {
    this.c = { ...carry, watermark: carry.watermark ?? null, lastFullScanAt: carry.lastFullScanAt ?? null };
    this.seen = new Set(carry.seenEventKeys);
    if (carry.pendingSyncReason) this.syncWanted = { reason: carry.pendingSyncReason, refresh: false };
  }

  // ---- handlers ----------------------------------------------------------------------------------------------

  onWebhook(e: FeedEvent): void {
    if (!this.remember(e.key)) {
      this.c.counts.duplicateWebhooks++;
      return;
    }
    this.onEvent(e);
  }

  /** A relay hand-off: the account's webhooks in commit order, each applied as if it had come alone. */
  onWebhooks(batch: FeedEventBatch): void {
    for (const e of unpackFeedEvents(batch)) this.onWebhook(e);
  }

  onReauthorized(): void {
    this.reauthorized = true;
  }

  onUnlink(req: { requestedBy: string; callMono: boolean }): void {
    this.requestUnlink(req);
  }

  /**
   * The first unlink asked for wins, unless the feed will ask Mono whether it stands: one asked for while a Mono
   * unlink is being confirmed, or after an `account_unlinked` webhook the feed has yet to ask about, waits for the
   * answer, as does one that comes after a not-found answer the feed has yet to ask Mono about
   * (FeedSteps.notFoundStands acts on a held one at once; feeds from before that check end on the not-found answer,
   * as they did).
   */
  requestUnlink(req: { requestedBy: string; callMono: boolean }): void {
    if (this.confirmingUnlink || this.unlinkRequested?.requestedBy === MONO_NOT_FOUND) {
      // Another Mono unlink asks the same question the feed is asking; a person's (or a not-found answer) is held.
      if (req.requestedBy !== 'mono') this.heldUnlink ??= req;
      return;
    }
    if (this.unlinkRequested?.requestedBy === 'mono' && !this.unlinkRequested.callMono) {
      // The webhook may prove stale (FeedSteps.unlinkStands): a person's unlink must outlive it.
      if (req.requestedBy !== 'mono') this.heldBeforeAsking ??= req;
      return;
    }
    this.unlinkRequested ??= req;
  }

  onSyncRequested(req: { reason: string }): void {
    if (this.c.state !== 'UNLINKED') this.wantSync(req.reason, true);
  }

  /**
   * `continuingAsNew`: the run is past its history threshold and will continue as new once no handler is in flight.
   * A syncNow accepted then would need a sync of its own in this run, and callers back to back would keep the run
   * from ever ending, so it is refused with FEED_CONTINUING_AS_NEW and asked again (requestSync) of the new run.
   */
  validateSyncNow(continuingAsNew: boolean): void {
    if (this.c.state === 'UNLINKED') throw new Error('this account is unlinked; its feed has ended');
    if (continuingAsNew)
      throw ApplicationFailure.create({
        type: FEED_CONTINUING_AS_NEW,
        message: 'the feed is past its history limit and continues as new once the step it is running ends; ask again',
        nonRetryable: true,
      });
  }

  /** The syncNow update: asks for a sync (with a refresh) and answers with its result once it has run. */
  async syncNow(req: { reason?: string }): Promise<SyncResult> {
    if (this.c.state === 'REAUTH_REQUIRED' || this.c.reauthNeeded)
      return this.skipped('reauth_required', 'the bank needs re-authorisation first');
    const ticket = ++this.requestedSyncs;
    this.wantSync(req.reason ?? 'syncNow', true);
    await condition(() => this.completedSyncs >= ticket || this.c.state === 'UNLINKED' || this.c.reauthNeeded);
    if (this.completedSyncs >= ticket && this.c.lastSync) return this.c.lastSync;
    return this.skipped(this.c.state === 'UNLINKED' ? 'unlinked' : 'reauth_required', `the feed is ${this.c.state}`);
  }

  status(): FeedStatus {
    return {
      accountId: this.accountId,
      state: this.c.state,
      dataStatus: this.c.dataStatus,
      backfilled: this.c.backfilled,
      lastSuccessfulSyncAt: this.c.lastSuccessfulSyncAt,
      syncedThrough: this.c.syncedThrough,
      reauthUrl: this.c.reauthUrl,
      lastError: this.c.lastError,
      counts: { ...this.c.counts },
      lastSync: this.c.lastSync,
      watermark: this.c.watermark ?? null,
      lastFullScanAt: this.c.lastFullScanAt ?? null,
      unlinkSetAside: this.c.unlinkSetAside ?? null,
      lastReconciliation: this.c.lastReconciliation,
    };
  }

  // ---- state changes the loop and handlers share --------------------------------------------------------------

  /** Remembers an event key; false when it was seen before (a duplicate delivery). */
  remember(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    this.c.seenEventKeys.push(key);
    while (this.c.seenEventKeys.length > this.seenLimit) {
      const old = this.c.seenEventKeys.shift();
      if (old !== undefined) this.seen.delete(old);
    }
    return true;
  }

  wantSync(reason: string, refresh: boolean): void {
    if (this.syncWanted) {
      // Each reason once: a burst of webhooks during a sync must not grow the reason (and the carry) without bound.
      const reasons = this.syncWanted.reason.split('+');
      const joined = reasons.includes(reason) ? this.syncWanted.reason : `${this.syncWanted.reason}+${reason}`;
      this.syncWanted = { reason: joined, refresh: this.syncWanted.refresh || refresh };
    } else {
      this.syncWanted = { reason, refresh };
    }
  }

  /** A sync read Mono's data after this refresh job finished: the job's own webhook is already accounted for. */
  markJobRead(jobId: string): void {
    if (this.readJobs.includes(jobId)) return;
    this.readJobs.push(jobId);
    if (this.readJobs.length > READ_JOBS_KEPT) this.readJobs.shift();
  }

  /** Is this job ours, its data read or about to be read by the running sync? */
  private ownJob(jobId: string | null | undefined): boolean {
    return !!jobId && (jobId === this.awaitingJobId || this.readJobs.includes(jobId));
  }

  /** Applies the webhooks held while a refresh call was in flight, once its answer (and job id) is known. */
  releaseHeldJobEvents(): void {
    this.refreshInFlight = false;
    for (const e of this.heldJobEvents.splice(0)) this.onEvent(e);
  }

  /** Applies a webhook to the state; the main loop acts on the flags. */
  onEvent(e: FeedEvent): void {
    if (this.refreshInFlight && e.jobId && (e.type === 'account_updated' || e.type === 'job_update')) {
      this.heldJobEvents.push(e);
      return;
    }
    this.c.counts.webhooks++;
    const ds = e.dataStatus ? e.dataStatus.toUpperCase() : null;
    switch (e.type) {
      case 'account_connected':
        if (ds) this.c.dataStatus = ds;
        break;
      case 'account_updated': {
        const sync = e.syncStatus ? e.syncStatus.toUpperCase() : null;
        if (ds) this.c.dataStatus = ds;
        if (ds === 'AVAILABLE' || ds === 'PARTIAL') this.dataReady = true;
        const own = this.ownJob(e.jobId);
        // Only the awaited job's own webhook ends the wait: an update without a job id may be Mono's own schedule,
        // and reading then would miss what the job reveals (the wait's timeout asks Mono for the job instead).
        if (e.jobId && e.jobId === this.awaitingJobId) this.jobFinished = true;
        if (sync === 'REAUTHORISATION_REQUIRED') {
          this.c.reauthNeeded = true;
          if (own) this.jobFailed = true;
          break;
        }
        if (sync === 'FAILED') {
          if (own) this.jobFailed = true;
          this.c.lastError = 'Mono reported a failed refresh of this account';
          break;
        }
        // Our own refresh's webhook: the sync that asked for it reads the data (one sync per refresh).
        if (own) break;
        // Mono has refreshed on its own: fetch what it holds, without asking it to refresh again.
        if (e.hasNewData !== false && this.c.backfilled) this.wantSync('webhook', false);
        break;
      }
      case 'job_update':
        if (e.jobId && e.jobId === this.awaitingJobId) {
          if (e.jobStatus?.toLowerCase() === 'failed') this.jobFailed = true;
          if (e.jobStatus?.toLowerCase() === 'finished' || e.jobStatus?.toLowerCase() === 'failed')
            this.jobFinished = true;
        }
        break;
      case 'reauthorisation_required':
        this.c.reauthNeeded = true;
        break;
      case 'account_reauthorized':
        this.reauthorized = true;
        break;
      case 'account_unlinked':
        // Ends the feed only once Mono confirms it (FeedSteps.unlinkStands): the webhook may be stale.
        this.monoUnlinkHeard = true;
        this.requestUnlink({ requestedBy: 'mono', callMono: false });
        break;
      case 'sync_failed':
        this.c.lastError = 'Mono reported that its automatic sync of this account failed';
        break;
      default:
        break;
    }
  }

  skipped(status: SyncResult['status'], reason: string): SyncResult {
    return {
      status,
      reason,
      fetched: 0,
      inserted: 0,
      updated: 0,
      removed: 0,
      unchanged: 0,
      refreshed: false,
      syncedThrough: this.c.syncedThrough,
      errors: [],
    };
  }

  carry(): FeedCarry {
    return { ...this.c, pendingSyncReason: this.syncWanted?.reason ?? null };
  }
}
