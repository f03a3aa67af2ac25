import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
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
    /**
     * `account_unlinked` webhooks set aside because Mono still had the account linked when asked (stale: the account
     * was linked again, or Mono re-delivered an old unlink). Absent in feeds from before the check.
     */
    staleUnlinks?: number;
    /**
     * `account_unlinked` webhooks and not-found answers to bank calls set aside because Mono could not be asked
     * (retries exhausted); see docs/webhooks.md.
     */
    unconfirmedUnlinks?: number;
    /**
     * Not-found answers to bank calls set aside because Mono knew the account when asked (it did not know it yet, or
     * for a moment). Absent in feeds from before the check.
     */
    staleNotFounds?: number;
  };
  lastSync: SyncResult | null;
  /** The newest row instant Mono has served in a complete fetch: where the next sync starts (minus the overlap). */
  watermark?: string | null;
  /** Bank-clock instant of the last complete full re-scan of the history window. */
  lastFullScanAt?: string | null;
  /**
   * An `account_unlinked` webhook the feed set aside because Mono could not be asked to confirm it: its note, on the
   * account's record too (`unlink_set_aside`), until the unlink is confirmed, the account is linked again or Mono,
   * asked again, still knows the account. A good sync does not settle it. Absent in feeds from before it.
   */
  unlinkSetAside?: string | null;
  lastReconciliation: {
    at: string;
    runId: number | null;
    matchedPercent: string | null;
    suggested: number;
    unmatchedBank: number;
  } | null;
}

/**
 * Several webhooks for one account, in commit order, as one signal: one history event (and at most one workflow task)
 * per hand-off rather than per webhook. Consecutive events that differ only in their key share one run.
 */
export interface FeedEventBatch {
  runs: Array<{ keys: string[]; event: Omit<FeedEvent, 'key'> }>;
}

/**
 * Same meaning for the feed (an absent field reads as null there). Every field either carries is compared, not a
 * list kept beside FeedEvent: a field added to it later can never be dropped by packing.
 */
function sameShape(a: Omit<FeedEvent, 'key'>, b: Omit<FeedEvent, 'key'>): boolean {
  const fields = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof typeof a>;
  for (const f of fields) if ((a[f] ?? null) !== (b[f] ?? null)) return false;
  return true;
}

export function packFeedEvents(events: readonly FeedEvent[]): FeedEventBatch {
  const runs: FeedEventBatch['runs'] = [];
  for (const { key, ...event } of events) {
    const last = runs[runs.length - 1];
    if (last && sameShape(last.event, event)) last.keys.push(key);
    else runs.push({ keys: [key], event });
  }
  return { runs };
}

/** The events of a batch, in the order they were committed. */
export function unpackFeedEvents(batch: FeedEventBatch): FeedEvent[] {
  return batch.runs.flatMap((r) => r.keys.map((key) => ({ ...r.event, key })));
}

/** One webhook (what the relay sent before it coalesced; running feeds may still have such signals pending). */
export const webhookEventSignal = defineSignal<[FeedEvent]>('webhookEvent');
export const webhookEventsSignal = defineSignal<[FeedEventBatch]>('webhookEvents');
export const reauthorizedSignal = defineSignal<[]>('reauthorized');
export const unlinkSignal = defineSignal<[{ requestedBy: string; callMono: boolean }]>('unlink');
export const syncRequestedSignal = defineSignal<[{ reason: string }]>('syncRequested');
export const syncNowUpdate = defineUpdate<SyncResult, [{ reason?: string }]>('syncNow');
/** The failure type a syncNow is refused with while the feed continues as new: the caller asks again (requestSync). */
export const FEED_CONTINUING_AS_NEW = 'FeedContinuingAsNew';
export const statusQuery = defineQuery<FeedStatus>('status');

export function accountFeedWorkflowId(accountId: string): string {
  return `account-feed:${accountId}`;
}

/**
 * Custom search attributes each feed sets (find feeds by name, bank, currency or state in the Temporal UI/CLI:
 * `temporal workflow list --query "BankfeedState = 'REAUTH_REQUIRED'"`). The server must know them: the embedded dev
 * server registers them at start, and the worker registers any missing on another server (worker/feed-search-attributes.ts).
 */
export const FEED_SEARCH_ATTRIBUTES = {
  accountName: defineSearchAttributeKey('BankfeedAccountName', SearchAttributeType.KEYWORD),
  institution: defineSearchAttributeKey('BankfeedInstitution', SearchAttributeType.KEYWORD),
  currency: defineSearchAttributeKey('BankfeedCurrency', SearchAttributeType.KEYWORD),
  state: defineSearchAttributeKey('BankfeedState', SearchAttributeType.KEYWORD),
} as const;

/** `name=Type` pairs for `temporal server start-dev --search-attribute`. */
export const FEED_SEARCH_ATTRIBUTE_FLAGS: readonly string[] = Object.values(FEED_SEARCH_ATTRIBUTES).map(
  (k) => `${k.name}=Keyword`,
);
