import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { recordAccountRelinked } from '../db/account-repository.js';
import type { Database } from '../db/schema.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import { startAccountFeed } from './feed-client.js';

/**
 * Starts (or joins) the feed of an account a person has just linked, given its id from Mono's code exchange. The link
 * is recorded first: it reaches the feed without passing the webhook relay, so without the record an
 * `account_unlinked` of the link before, still waiting in the outbox, would reach the new link's feed and end it.
 */
export async function startFeedOfNewLink(
  deps: { db: Kysely<Database>; client: Client; taskQueue: string },
  accountId: string,
  config?: Partial<AccountFeedConfig>,
  now: Date = new Date(),
): Promise<void> {
  // Before the start: once the feed runs, the relay must already see the link (it compares the unlink's receipt).
  await recordAccountRelinked(deps.db, accountId, now.toISOString());
  await startAccountFeed(deps.client, deps.taskQueue, accountId, config);
}
