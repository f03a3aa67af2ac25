/** The client side of the account feeds (Temporal workflows): start a feed, hand it webhook events. */
import { WorkflowIdConflictPolicy, type Client } from '@temporalio/client';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import { accountFeedWorkflowId, packFeedEvents, webhookEventsSignal, type FeedEvent } from '../workflows/messages.js';

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
