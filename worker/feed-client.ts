/** The client side of the account feeds (Temporal workflows): start a feed, hand it webhook events. */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  ApplicationFailure,
  WorkflowIdConflictPolicy,
  WorkflowUpdateFailedError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import {
  accountFeedWorkflowId,
  FEED_CONTINUING_AS_NEW,
  packFeedEvents,
  syncNowUpdate,
  webhookEventsSignal,
  type FeedEvent,
  type SyncResult,
} from '../workflows/messages.js';

/** Starts (or joins) the account's feed. USE_EXISTING: linking twice never runs two feeds for one account. */
export async function startAccountFeed(
  client: Client,
  taskQueue: string,
  accountId: string,
  config?: Partial<AccountFeedConfig>,
) {
  return client.workflow.start('accountFeed', {
    taskQueue,
    workflowId: accountFeedWorkflowId(accountId),
    args: [{ accountId, config }],
    workflowIdConflictPolicy: WorkflowIdConflictPolicy.USE_EXISTING,
  });
}

/**
 * Hands webhooks for one account to its feed as one signal (events in commit order), starting the feed if it is not
 * running. One signal per hand-off, not per webhook: a burst must not buffer more signals behind a running workflow
 * task than the server allows (it force-fails the task past 100) nor grow the feed's history by one event per webhook.
 */
export async function deliverFeedEvents(
  client: Client,
  taskQueue: string,
  accountId: string,
  events: readonly FeedEvent[],
  config?: Partial<AccountFeedConfig>,
) {
  await client.workflow.signalWithStart('accountFeed', {
    taskQueue,
    workflowId: accountFeedWorkflowId(accountId),
    args: [{ accountId, config }],
    signal: webhookEventsSignal,
    signalArgs: [packFeedEvents(events)],
  });
}

/**
 * Asks the feed for a sync now and waits for its result. A feed that is continuing as new refuses the request for
 * that moment (FEED_CONTINUING_AS_NEW); it is asked again, shortly after, of the run that follows, until
 * `giveUpAfterMs` (ten minutes unless said) or `signal` ends the asking.
 */
export async function requestSync(
  handle: WorkflowHandle,
  reason: string,
  opts: { signal?: AbortSignal; giveUpAfterMs?: number } = {},
): Promise<SyncResult> {
  const giveUpAt = Date.now() + (opts.giveUpAfterMs ?? 600_000);
  for (let pause = 100; ; pause = Math.min(pause * 2, 2_000)) {
    try {
      return await handle.executeUpdate(syncNowUpdate, { args: [{ reason }] });
    } catch (e) {
      if (!refusedWhileContinuingAsNew(e) || Date.now() + pause > giveUpAt || opts.signal?.aborted) throw e;
    }
    await sleep(pause, undefined, opts.signal ? { signal: opts.signal } : {});
  }
}

function refusedWhileContinuingAsNew(e: unknown): boolean {
  return (
    e instanceof WorkflowUpdateFailedError &&
    e.cause instanceof ApplicationFailure &&
    e.cause.type === FEED_CONTINUING_AS_NEW
  );
}
