import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { outboxBacklog } from '../../db/webhook-event-repository.js';
import { accountFeedWorkflowId, statusQuery } from '../../workflows/messages.js';

export interface OutboxCheck {
  /** Events still waiting in the outbox when the wait gave up (must be 0). */
  pending: number;
  /** Events the relay signalled to the checked feeds, counted once per event key. */
  signalled: number;
  /** Events the feeds processed (a repeated key is dropped by the feed and not counted). */
  processed: number;
  /** Per feed, processed beyond its signalled keys: an event processed twice (must be 0). */
  processedTwice: number;
  /** Per feed, signalled keys it never processed: lost between the outbox and the feed (must be 0). */
  lostInFeeds: number;
  feedsChecked: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The outbox's end-to-end check: waits until the relay has handed every committed event off, then compares, feed by
 * feed, the distinct event keys the relay signalled with the events the feed processed. Equal means nothing was
 * lost and nothing processed twice, whatever the relay repeated after a crash (the feed drops repeated keys).
 */
export async function checkOutbox(
  db: Kysely<Database>,
  client: Client,
  accountIds: string[],
  deadline: number,
): Promise<OutboxCheck> {
  let pending = (await outboxBacklog(db)).pending;
  while (pending > 0 && Date.now() < deadline) {
    await sleep(500);
    pending = (await outboxBacklog(db)).pending;
  }
  const rows = await db
    .selectFrom('webhook_events')
    .select(['account_id', (eb) => eb.fn.count<number>('event_key').distinct().as('n')])
    .where('relay_outcome', '=', 'signalled')
    .groupBy('account_id')
    .execute();
  const signalledBy = new Map(rows.map((r) => [r.account_id, Number(r.n)]));
  const r: OutboxCheck = { pending, signalled: 0, processed: 0, processedTwice: 0, lostInFeeds: 0, feedsChecked: 0 };
  for (const id of accountIds) {
    const signalled = signalledBy.get(id) ?? 0;
    let processed: number;
    try {
      processed = (await client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)).counts.webhooks;
    } catch {
      continue; // no feed to ask (never started)
    }
    r.feedsChecked++;
    r.signalled += signalled;
    r.processed += processed;
    r.processedTwice += Math.max(0, processed - signalled);
    r.lostInFeeds += Math.max(0, signalled - processed);
  }
  return r;
}
