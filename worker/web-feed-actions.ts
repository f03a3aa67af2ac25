import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createIdentityActivities } from '../activities/identity-activities.js';
import { issueReauthLink } from '../activities/reauth-link-issuer.js';
import { MonoClient, type RetryAfterHold } from '../adapters/mono/index.js';
import type { Database } from '../db/schema.js';
import { accountFeedWorkflowId, syncRequestedSignal } from '../workflows/messages.js';

/**
 * The feed actions the review web app offers (web/app.ts WebFeedActions): sync now through the account's feed, a
 * fresh re-authorisation link and a hosted link for a new account through Mono. The links are capability URLs:
 * they are returned to the person who asked and stored on the account, never logged.
 */
export function createFeedActions(deps: {
  client: Client;
  db: Kysely<Database>;
  mono: { baseUrl: string; secretKey: string };
  /**
   * The process's Retry-After hold (the composition root's, shared through the database): the app's calls wait out
   * a 429 the feeds met, and a 429 they meet paces the feeds and the other processes.
   */
  retryAfterHold: RetryAfterHold;
  reauthRedirectUrl?: string;
  /** How long a re-authorisation link is trusted after it was issued (settings.reauthLinkTtlMs). */
  reauthLinkTtlMs?: number;
  /**
   * Without a configured redirect URL, send the holder back to the app's own page (the demo: its sandbox, like Mono,
   * refuses a link without one, and the person linking is the one at the app). Live, the setting is asked for.
   */
  linkReturnsToApp?: boolean;
}) {
  const withMono = async <T>(work: (mono: MonoClient) => Promise<T>): Promise<T> => {
    const mono = new MonoClient({
      baseUrl: deps.mono.baseUrl,
      secretKey: deps.mono.secretKey,
      retryAfterHold: deps.retryAfterHold,
    });
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
    /** The same fetch as `bankfeed accounts show --refresh` and the account_connected webhook's. */
    async fetchIdentity(accountId: string, requestedBy: string): Promise<boolean> {
      return withMono((mono) =>
        createIdentityActivities({ db: deps.db, mono }).fetchIdentity({ accountId, requestedBy }),
      );
    },
    async linkAccount(customer: { name: string; email: string }, returnTo: string): Promise<string> {
      const redirectUrl = deps.reauthRedirectUrl ?? (deps.linkReturnsToApp ? returnTo : undefined);
      const link = await withMono((mono) => mono.initiateLink({ customer, ...(redirectUrl ? { redirectUrl } : {}) }));
      return link.monoUrl;
    },
  };
}
