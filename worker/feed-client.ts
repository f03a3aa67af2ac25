import { WorkflowIdConflictPolicy, type Client } from '@temporalio/client';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import { accountFeedWorkflowId, webhookEventSignal, type FeedEvent } from '../workflows/messages.js';

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

/** Hands a webhook to the account's feed, starting the feed if it is not running. */
export async function deliverFeedEvent(
  client: Client,
  taskQueue: string,
  accountId: string,
  event: FeedEvent,
  config?: Partial<AccountFeedConfig>,
) {
  await client.workflow.signalWithStart('accountFeed', {
    taskQueue,
    workflowId: accountFeedWorkflowId(accountId),
    args: [{ accountId, config }],
    signal: webhookEventSignal,
    signalArgs: [event],
  });
}
