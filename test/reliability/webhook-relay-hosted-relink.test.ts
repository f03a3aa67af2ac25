import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getAccount, recordAccountRelinked } from '../../db/account-repository.js';
import type { WebhookRelay } from '../../worker/webhook-relay.js';
import type { FeedEvent } from '../../workflows/messages.js';
import { until } from '../support/until.js';
import {
  accountUpdatedEvent,
  commitFeedEvents,
  outboxDrained,
  relayOutcomes,
  signalledKeys,
  useRelayTestDb,
  unlinkedAccountOnRecord,
} from '../support/webhook-outbox.js';

// An unlinked account linked again through Mono's hosted widget: the relay hands off its account_connected, which
// starts the feed again, and the account's record says UNLINKED until that feed runs. The relay records the link on
// the account (accounts.relinked_at) as it marks the connection handed off, so that a relay restarted (a deploy, a
// crash) or another that took the lease still hands the new link's events, its unlink above all, to the new feed.
// No worker polls the task queues here: the record stays UNLINKED, as it is until the restarted feed's first activity.

const t = useRelayTestDb();
const { accounts } = t;

/** An account on record whose feed ended at an unlink recorded at `unlinkedAt`. */
async function unlinkedAccount(unlinkedAt = new Date().toISOString()): Promise<string> {
  const id = `acc_hosted_${randomUUID().slice(0, 8)}`;
  accounts.push(id);
  await unlinkedAccountOnRecord(t.db.db, id, 'Hosted relink', unlinkedAt);
  return id;
}

/** A relay over the test database for `taskQueue`; a new one per call, as after a process restart. */
function relayOn(taskQueue: string): WebhookRelay {
  return t.startRelay({ taskQueue, pollMs: 50, accountIntervalMs: 50 });
}

/** Commits the events and waits until the relay has handed every one off. */
async function handedOff(relay: WebhookRelay, accountId: string, events: FeedEvent[]): Promise<void> {
  await commitFeedEvents(t.db.db, accountId, events);
  relay.wake();
  await until(() => outboxDrained(t.db.db));
}

async function outcomes(accountId: string) {
  return (await relayOutcomes(t.db.db, accountId)).map((r) => [r.event_key, r.relay_outcome]);
}

async function receivedAt(key: string): Promise<string> {
  const row = await t.db.db
    .selectFrom('webhook_events')
    .select('received_at')
    .where('event_key', '=', key)
    .executeTakeFirstOrThrow();
  return row.received_at;
}

const updated = accountUpdatedEvent;

describe('a hosted relink handed off, then a relay restart', () => {
  it('hands the new feed an unlink of the new link that the restarted relay reads', async () => {
    const id = await unlinkedAccount();
    const taskQueue = `hosted-${randomUUID()}`;
    let relay = relayOn(taskQueue);
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await handedOff(relay, id, [connected]);
    await relay.stop();
    const relinkedAt = (await getAccount(t.db.db, id))?.relinked_at;

    relay = relayOn(taskQueue);
    const unlinked: FeedEvent = { key: `unlinked-${id}`, type: 'account_unlinked' };
    await handedOff(relay, id, [unlinked]);
    // Once that unlink has gone, the account's late webhooks start nothing again.
    const late = updated(`late-${id}`);
    await handedOff(relay, id, [late]);
    await relay.stop();

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, unlinked.key]);
    expect(await outcomes(id)).toEqual([
      [connected.key, 'signalled'],
      [unlinked.key, 'signalled'],
      [late.key, 'ignored'],
    ]);
    // The relay had recorded the link on the account at the connection's receipt; the unlink handed off ended it.
    expect(relinkedAt).toBe(await receivedAt(connected.key));
    expect((await getAccount(t.db.db, id))?.relinked_at).toBeNull();
  });

  it('still ignores, after the restart, an unlink of the link before that waited behind the connection', async () => {
    const id = await unlinkedAccount();
    const taskQueue = `hosted-${randomUUID()}`;
    // Mono's unlink webhook for the old link was received before the connection but reaches the outbox after it.
    const staleAt = new Date().toISOString();
    await until(async () => new Date().toISOString() > staleAt);
    let relay = relayOn(taskQueue);
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await handedOff(relay, id, [connected]);
    await relay.stop();

    relay = relayOn(taskQueue);
    const stale: FeedEvent = { key: `stale-unlink-${id}`, type: 'account_unlinked' };
    await commitFeedEvents(t.db.db, id, [stale], staleAt);
    const ready = updated(`ready-${id}`);
    await handedOff(relay, id, [ready]);
    await relay.stop();

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, ready.key]);
    expect(await outcomes(id)).toEqual([
      [connected.key, 'signalled'],
      [stale.key, 'ignored'],
      [ready.key, 'signalled'],
    ]);
  });

  it('follows the unlink on record when the old feed recorded it after the connection was received', async () => {
    // The old feed's unlink was handed off; the connection arrived while that feed was still ending, and it recorded
    // UNLINKED only after (a slow worker). The relay reads the connection once the record says UNLINKED.
    const connectedAt = new Date().toISOString();
    await until(async () => new Date().toISOString() > connectedAt);
    const id = await unlinkedAccount();
    const taskQueue = `hosted-${randomUUID()}`;
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await commitFeedEvents(t.db.db, id, [connected], connectedAt);
    let relay = relayOn(taskQueue);
    relay.wake();
    await until(() => outboxDrained(t.db.db));
    await relay.stop();

    relay = relayOn(taskQueue);
    const ready = updated(`ready-${id}`);
    await handedOff(relay, id, [ready]);
    await relay.stop();

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, ready.key]);
  });
  it('keeps a later link from a widget code on the account when an earlier connection is handed off after it', async () => {
    const id = await unlinkedAccount();
    const connectedAt = new Date().toISOString();
    await until(async () => new Date().toISOString() > connectedAt);
    // `bankfeed link --code` records its link; Mono's connection, received before it, is handed off only then.
    const linkedAt = new Date().toISOString();
    await recordAccountRelinked(t.db.db, id, linkedAt);
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await commitFeedEvents(t.db.db, id, [connected], connectedAt);
    const relay = relayOn(`hosted-${randomUUID()}`);
    relay.wake();
    await until(() => outboxDrained(t.db.db));
    await relay.stop();

    expect(await signalledKeys(t.client, id)).toEqual([connected.key]);
    expect((await getAccount(t.db.db, id))?.relinked_at).toBe(linkedAt);
  });
});
