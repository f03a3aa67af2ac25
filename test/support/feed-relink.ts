import { getAccount } from '../../db/account-repository.js';
import { startFeedOfNewLink } from '../../worker/account-link.js';
import type { FeedEvent } from '../../workflows/messages.js';
import { TEST_FEED_CONFIG, type FeedHarness } from './feed-harness.js';
import { until } from './until.js';
import { commitFeedEvents } from './webhook-outbox.js';

// What the feed harness's unlink-and-link-again tests share: linking with a widget code, the account's state on
// record, webhooks committed to the outbox, and the relay's outcome for each.

/** The account's state on record. */
export async function recordedState(h: FeedHarness, id: string): Promise<string | undefined> {
  return (await getAccount(h.db.db, id))?.state;
}

/** The relay's outcome for the event, once it has handed it off. */
export async function relayOutcome(h: FeedHarness, key: string): Promise<string | null | undefined> {
  const row = await h.db.db
    .selectFrom('webhook_events')
    .select(['status', 'relay_outcome'])
    .where('event_key', '=', key)
    .executeTakeFirst();
  return row?.status === 'handed_off' ? row.relay_outcome : undefined;
}

/** `bankfeed link --code`, after Mono's code exchange answered `id`. */
export const linkWithCode = (h: FeedHarness, id: string) =>
  startFeedOfNewLink({ db: h.db.db, client: h.client, taskQueue: h.taskQueue }, id, TEST_FEED_CONFIG);

/** Links `id` with a code and waits until its feed has backfilled and recorded ACTIVE. */
export async function linkedAndActive(h: FeedHarness, id: string): Promise<void> {
  await linkWithCode(h, id);
  await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
  await until(async () => (await recordedState(h, id)) === 'ACTIVE');
}

/**
 * Commits the account's webhooks to the outbox in one transaction, as the receiver does (received now, or at
 * `receivedAt`), and wakes the relay.
 */
export async function commitAndWake(
  h: FeedHarness,
  id: string,
  events: FeedEvent[],
  receivedAt?: string,
): Promise<void> {
  await commitFeedEvents(h.db.db, id, events, receivedAt);
  h.worker.receiver!.relay?.wake();
}
