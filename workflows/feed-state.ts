import type { FeedEvent, FeedState, FeedStatus, SyncResult } from './messages.js';

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
    counts: { syncs: 0, inserted: 0, updated: 0, removed: 0, webhooks: 0, duplicateWebhooks: 0, reauthorisations: 0 },
    lastSync: null,
    lastReconciliation: null,
    pendingSyncReason: null,
    reconcilePending: false,
  };
}

/** The feed's mutable state, kept small and plain so it survives continue-as-new whole. */
export class FeedMachine {
  c: FeedCarry;
  private readonly seen: Set<string>;
  /** Sync requests: each syncNow caller waits until a sync that started after its request has finished. */
  requestedSyncs = 0;
  completedSyncs = 0;
  syncWanted: { reason: string; refresh: boolean } | null = null;
  unlinkRequested: { requestedBy: string; callMono: boolean } | null = null;
  reauthorized = false;
  jobFinished = false;
  dataReady = false;

  constructor(
    readonly accountId: string,
    carry: FeedCarry,
    private readonly seenLimit: number,
  ) {
    this.c = carry;
    this.seen = new Set(carry.seenEventKeys);
    if (carry.pendingSyncReason) this.syncWanted = { reason: carry.pendingSyncReason, refresh: false };
  }

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
      this.syncWanted = { reason: `${this.syncWanted.reason}+${reason}`, refresh: this.syncWanted.refresh || refresh };
    } else {
      this.syncWanted = { reason, refresh };
    }
  }

  /** Applies a webhook to the state; returns nothing — the main loop acts on the flags. */
  onEvent(e: FeedEvent): void {
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
        if (sync === 'REAUTHORISATION_REQUIRED') {
          this.c.reauthNeeded = true;
          break;
        }
        this.jobFinished = true;
        if (sync === 'FAILED') {
          this.c.lastError = 'Mono reported a failed refresh of this account';
          break;
        }
        // Mono has just refreshed: fetch what it holds, without asking it to refresh again.
        if (e.hasNewData !== false && this.c.backfilled) this.wantSync('webhook', false);
        break;
      }
      case 'job_update':
        if (e.jobStatus === 'finished' || e.jobStatus === 'failed') this.jobFinished = true;
        break;
      case 'reauthorisation_required':
        this.c.reauthNeeded = true;
        break;
      case 'account_reauthorized':
        this.reauthorized = true;
        break;
      case 'account_unlinked':
        this.unlinkRequested ??= { requestedBy: 'mono', callMono: false };
        break;
      case 'sync_failed':
        this.c.lastError = 'Mono reported that its automatic sync of this account failed';
        break;
      default:
        break;
    }
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
      lastReconciliation: this.c.lastReconciliation,
    };
  }

  carry(): FeedCarry {
    return { ...this.c, pendingSyncReason: this.syncWanted?.reason ?? null };
  }
}
