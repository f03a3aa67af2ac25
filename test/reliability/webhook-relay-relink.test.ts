import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateAccount } from '../../db/account-repository.js';
import { startFeedOfNewLink } from '../../worker/account-link.js';
import type { WebhookRelay } from '../../worker/webhook-relay.js';
import { accountFeedWorkflowId, type FeedEvent } from '../../workflows/messages.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  accountUpdatedEvent,
  commitFeedEvents,
  outboxDrained,
  relayOutcomes,
  signalledKeys,
  useRelayTestDb,
  unlinkedAccountOnRecord,
} from '../support/webhook-outbox.js';

// An unlinked account's ended feed takes only a new connection (account_connected), which starts it again; the
// events after that connection are the new link's and go to the new feed, whether they were read with it or in a
// later hand-off (a signal holds at most maxEventsPerSignal events, and the new feed records its state only once it
// runs). No worker polls the task queue here, so the account stays UNLINKED on record, as it is until the restarted
// feed's first activity.

const t = useRelayTestDb();
const { accounts } = t;
let relay: WebhookRelay | null = null;
const taskQueue = `relink-${randomUUID()}`;

async function unlinkedAccount(): Promise<string> {
  const id = `acc_relink_${randomUUID().slice(0, 8)}`;
  accounts.push(id);
  await unlinkedAccountOnRecord(t.db.db, id, 'Relink test');
  return id;
}

const commit = (accountId: string, events: FeedEvent[]) => commitFeedEvents(t.db.db, accountId, events);

const updated = accountUpdatedEvent;

const outcomes = (accountId: string) => relayOutcomes(t.db.db, accountId);

const drained = () => outboxDrained(t.db.db);

beforeAll(() => {
  relay = t.startRelay({ taskQueue, pollMs: 50, maxEventsPerSignal: 3, accountIntervalMs: 50 });
});
afterAll(async () => {
  await relay?.stop();
});

describe('the relay and an unlinked account linked again', () => {
  it('drops what came before the new connection and hands every event after it to the new feed', async () => {
    const id = await unlinkedAccount();
    const stale = updated(`stale-${id}`);
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    // More events after the connection than one signal carries: the rest go in the next hand-off.
    const after = Array.from({ length: 5 }, (_, i) => updated(`after-${id}-${i}`));
    await commit(id, [stale, connected, ...after]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([connected, ...after].map((e) => e.key));
    expect((await outcomes(id)).map((r) => [r.event_key, r.relay_outcome])).toEqual([
      [stale.key, 'ignored'],
      ...[connected, ...after].map((e) => [e.key, 'signalled']),
    ]);
  });

  it('hands the new feed an update committed after the connection was handed off', async () => {
    const id = await unlinkedAccount();
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'PROCESSING' };
    await commit(id, [connected]);
    relay!.wake();
    await until(drained);
    // Mono's account_updated follows a moment later, before the restarted feed has recorded its state.
    const ready = updated(`ready-${id}`);
    await commit(id, [ready]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, ready.key]);
    expect((await outcomes(id)).every((r) => r.relay_outcome === 'signalled')).toBe(true);
  });

  it('ignores the events of an account unlinked again once its restarted feed had recorded itself', async () => {
    const id = await unlinkedAccount();
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await commit(id, [connected]);
    relay!.wake();
    await until(drained);
    // The restarted feed records its state; an update arrives and goes to it.
    await updateAccount(t.db.db, id, { state: 'ACTIVE' });
    const live = updated(`live-${id}`);
    await commit(id, [live]);
    relay!.wake();
    await until(drained);
    // A person unlinks the account (its feed ends and records UNLINKED); a late webhook must not start it again.
    await updateAccount(t.db.db, id, { state: 'UNLINKED', unlinked_at: new Date().toISOString() });
    const late = updated(`late-${id}`);
    await commit(id, [late]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, live.key]);
    expect((await outcomes(id)).map((r) => [r.event_key, r.relay_outcome])).toEqual([
      [connected.key, 'signalled'],
      [live.key, 'signalled'],
      [late.key, 'ignored'],
    ]);
  });

  it('ignores a late webhook of an account unlinked again before any other event of it was read', async () => {
    const id = await unlinkedAccount();
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await commit(id, [connected]);
    relay!.wake();
    await until(drained);
    // The restarted feed ran and ended again at a person's unlink, recording when; the relay read nothing between.
    await new Promise((r) => setTimeout(r, 5));
    await updateAccount(t.db.db, id, { state: 'UNLINKED', unlinked_at: new Date().toISOString() });
    const late = updated(`late-${id}`);
    await commit(id, [late]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([connected.key]);
    expect((await outcomes(id)).map((r) => r.relay_outcome)).toEqual(['signalled', 'ignored']);
  });

  it('after a link from a widget code, ignores an unlink received before it and hands on what came after', async () => {
    const id = await unlinkedAccount();
    // Mono's webhook for the unlink was received; it waits in the outbox while the person links the account again.
    const staleAt = new Date().toISOString();
    await until(async () => new Date().toISOString() > staleAt);
    // `bankfeed link --code` starts the feed itself: no connection passes through the relay.
    await startFeedOfNewLink({ db: t.db.db, client: t.client, taskQueue }, id);
    const stale: FeedEvent = { key: `stale-unlink-${id}`, type: 'account_unlinked' };
    await commitFeedEvents(t.db.db, id, [stale], staleAt);
    // Received after the link, before the new feed has recorded itself (no worker runs it here): they are its.
    const ready = updated(`ready-${id}`);
    const unlinked: FeedEvent = { key: `unlinked-${id}`, type: 'account_unlinked' };
    await commit(id, [ready, unlinked]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([ready.key, unlinked.key]);
    expect((await outcomes(id)).map((r) => [r.event_key, r.relay_outcome])).toEqual([
      [stale.key, 'ignored'],
      [ready.key, 'signalled'],
      [unlinked.key, 'signalled'],
    ]);
  });

  it('ignores an unlink a new connection follows in commit order, though the connection goes in a later signal', async () => {
    // A running feed: the person unlinked and linked again through Mono's widget while the relay was stalled.
    const id = `acc_relink_${randomUUID().slice(0, 8)}`;
    accounts.push(id);
    await accountOnRecord(t.db.db, id, 'Relink test');
    const oldUnlink: FeedEvent = { key: `old-unlink-${id}`, type: 'account_unlinked' };
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    const before = [0, 1, 2].map((i) => updated(`before-${id}-${i}`));
    const after = updated(`after-${id}`);
    // One signal carries 3 events: the unlink is read with the first three updates, the connection after them.
    await commit(id, [before[0]!, oldUnlink, before[1]!, before[2]!, connected, after]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([...before, connected, after].map((e) => e.key));
    expect((await outcomes(id)).filter((r) => r.relay_outcome !== 'signalled')).toEqual([
      { event_key: oldUnlink.key, relay_outcome: 'ignored' },
    ]);
  });

  it('hands on an unlink that follows the new connection in commit order', async () => {
    const id = `acc_relink_${randomUUID().slice(0, 8)}`;
    accounts.push(id);
    await accountOnRecord(t.db.db, id, 'Relink test');
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    const unlinked: FeedEvent = { key: `unlinked-${id}`, type: 'account_unlinked' };
    await commit(id, [connected, unlinked]);
    relay!.wake();
    await until(drained);

    expect(await signalledKeys(t.client, id)).toEqual([connected.key, unlinked.key]);
    expect((await outcomes(id)).map((r) => r.relay_outcome)).toEqual(['signalled', 'signalled']);
  });

  it('still ignores an unlinked account’s events when no new connection came', async () => {
    const id = await unlinkedAccount();
    await commit(id, [updated(`late-${id}`)]);
    relay!.wake();
    await until(drained);
    expect((await outcomes(id)).map((r) => r.relay_outcome)).toEqual(['ignored']);
    await expect(t.client.workflow.getHandle(accountFeedWorkflowId(id)).describe()).rejects.toThrow();
  });
});
