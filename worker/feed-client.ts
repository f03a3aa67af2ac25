import { WorkflowIdConflictPolicy, type Client } from '@temporalio/client';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { Kysely } from 'kysely';
import { issueReauthLink } from '../activities/reauth-link-issuer.js';
import { MonoClient } from '../adapters/mono/index.js';
import type { Database } from '../db/schema.js';
import {
  accountFeedWorkflowId,
  packFeedEvents,
  syncRequestedSignal,
  webhookEventsSignal,
  type FeedEvent,
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
 * The feed actions the review web app offers (web/app.ts WebFeedActions): sync now through the account's feed, a
 * fresh re-authorisation link and a hosted link for a new account through Mono. The links are capability URLs:
 * they are returned to the person who asked and stored on the account, never logged.
 */
export function createFeedActions(deps: {
  client: Client;
  db: Kysely<Database>;
  mono: { baseUrl: string; secretKey: string };
  reauthRedirectUrl?: string;
  /** How long a re-authorisation link is trusted after it was issued (settings.reauthLinkTtlMs). */
  reauthLinkTtlMs?: number;
}) {
  const withMono = async <T>(work: (mono: MonoClient) => Promise<T>): Promise<T> => {
    const mono = new MonoClient({ baseUrl: deps.mono.baseUrl, secretKey: deps.mono.secretKey });
    try {
      return await work(mono);
    } finally {
      await mono.close();
    }
  };
  return {
    async syncNow(accountId: string, requestedBy: string): Promise<void> {
      await deps.client.workflow
        .getHandle(accountFeedWorkflowId(accountId))
        .signal(syncRequestedSignal, { reason: `web:${requestedBy}` });
    },
    /** Through the one issuer (the feed's, `bankfeed reauth --new`'s): stored with its issue time and expiry. */
    async freshReauthLink(accountId: string): Promise<string> {
      const link = await withMono((mono) =>
        issueReauthLink(
          {
            db: deps.db,
            mono,
            ...(deps.reauthRedirectUrl ? { redirectUrl: deps.reauthRedirectUrl } : {}),
            ...(deps.reauthLinkTtlMs ? { ttlMs: deps.reauthLinkTtlMs } : {}),
          },
          accountId,
        ),
      );
      return link.url;
    },
    async linkAccount(customer: { name: string; email: string }): Promise<string> {
      const link = await withMono((mono) =>
        mono.initiateLink({
          customer,
          ...(deps.reauthRedirectUrl ? { redirectUrl: deps.reauthRedirectUrl } : {}),
        }),
      );
      return link.monoUrl;
    },
  };
}
