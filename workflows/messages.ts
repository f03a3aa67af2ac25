import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

export type FeedState = 'LINKING' | 'BACKFILLING' | 'ACTIVE' | 'SYNCING' | 'REAUTH_REQUIRED' | 'UNLINKED';

/**
 * A Mono webhook as the feed sees it: its event key (for de-duplication) and the few fields that steer the feed.
 * Names, account numbers and BVNs never enter workflow history.
 */
export interface FeedEvent {
  key: string;
  type: string;
  dataStatus?: string | null;
  syncStatus?: string | null;
  hasNewData?: boolean | null;
  jobId?: string | null;
  jobStatus?: string | null;
}

export interface SyncResult {
  status: 'succeeded' | 'failed' | 'reauth_required' | 'unlinked' | 'skipped';
  reason: string;
  fetched: number;
  inserted: number;
  updated: number;
  removed: number;
  unchanged: number;
  refreshed: boolean;
  syncedThrough: string | null;
  errors: string[];
}

export interface FeedStatus {
  accountId: string;
  state: FeedState;
  dataStatus: string | null;
  backfilled: boolean;
  lastSuccessfulSyncAt: string | null;
  syncedThrough: string | null;
  reauthUrl: string | null;
  lastError: string | null;
  counts: {
    syncs: number;
    inserted: number;
    updated: number;
    removed: number;
    webhooks: number;
    duplicateWebhooks: number;
    reauthorisations: number;
  };
  lastSync: SyncResult | null;
  lastReconciliation: {
    at: string;
    runId: number | null;
    matchedPercent: string | null;
    suggested: number;
    unmatchedBank: number;
  } | null;
}

export const webhookEventSignal = defineSignal<[FeedEvent]>('webhookEvent');
export const reauthorizedSignal = defineSignal<[]>('reauthorized');
export const unlinkSignal = defineSignal<[{ requestedBy: string; callMono: boolean }]>('unlink');
export const syncRequestedSignal = defineSignal<[{ reason: string }]>('syncRequested');
export const syncNowUpdate = defineUpdate<SyncResult, [{ reason?: string }]>('syncNow');
export const statusQuery = defineQuery<FeedStatus>('status');

export function accountFeedWorkflowId(accountId: string): string {
  return `account-feed:${accountId}`;
}
