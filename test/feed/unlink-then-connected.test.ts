import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFeedWorkflowId, syncNowUpdate, type FeedEvent, type FeedStatus } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';
import {
  commitAndWake,
  linkedAndActive,
  recordedState as recordedStateOf,
  relayOutcome as relayOutcomeOf,
} from '../support/feed-relink.js';
import { accountUpdatedEvent } from '../support/webhook-outbox.js';
import { until } from '../support/until.js';

// A person unlinks a running account and links it again through Mono's hosted widget while the relay is stalled (or
// Temporal down): Mono's account_unlinked of the old link and account_connected of the new one wait in the outbox
// together, in that order. The unlink belongs to the link before: handed on in one signal with the connection, it
// ended the feed (which took the unlink and let the connection go), and the new link's later events were ignored
// (the record said UNLINKED). An unlink after the connection, in commit order, is the new link's and ends the feed.
//
// Against the real worker, relay, receiver and sandbox of the feed harness; the waiting webhooks are committed as the
// receiver commits them, in one transaction, so the relay reads them in one round.

let h: FeedHarness;

beforeAll(async () => {
  h = await startFeedHarness({ sandbox: { seed: 3131 } });
});
afterAll(async () => {
  await h?.close();
});

const feed = (id: string) => h.client.workflow.getHandle(accountFeedWorkflowId(id));

const recordedState = (id: string) => recordedStateOf(h, id);
const relayOutcome = (key: string) => relayOutcomeOf(h, key);
const commit = (id: string, events: FeedEvent[]) => commitAndWake(h, id, events);
const updated = accountUpdatedEvent;

/** An account linked, its feed backfilled and recorded ACTIVE. */
async function activeAccount(): Promise<string> {
  const id = await h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 10, txnsPerDay: 2 });
  await linkedAndActive(h, id);
  return id;
}

describe('an unlink and a new hosted connection of one account waiting together', () => {
  it('ignores the unlink that came before the connection: the new link keeps its feed and its data', async () => {
    const id = await activeAccount();
    const oldUnlink: FeedEvent = { key: `old-unlink-${id}`, type: 'account_unlinked' };
    const connected: FeedEvent = { key: `new-connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    await commit(id, [oldUnlink, connected]);
    await until(async () => (await relayOutcome(connected.key)) !== undefined);

    expect(await relayOutcome(oldUnlink.key)).toBe('ignored');
    expect(await relayOutcome(connected.key)).toBe('signalled');
    // The feed runs on for the new link: a sync after the hand-off stores the bank's new lines (on a feed the unlink
    // had ended, the update fails: the workflow execution already completed).
    const before = (await h.storedLive(id)).length;
    const added = h.sandbox.addTransactions(id, 2, { narration: 'POS PURCHASE AFTER HOSTED RELINK' });
    const r = await feed(id).executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
    expect(r.status).toBe('succeeded');
    expect(await h.storedLive(id)).toHaveLength(before + added.length);
    expect((await feed(id).describe()).status.name).toBe('RUNNING');
    // The connection asks for a sync of its own, which may still be running: the record is a live state, not UNLINKED.
    await until(async () => (await recordedState(id)) === 'ACTIVE');
    // The new link's next webhook goes to it.
    const after = updated(`after-${id}`);
    await commit(id, [after]);
    await until(async () => (await relayOutcome(after.key)) !== undefined);
    expect(await relayOutcome(after.key)).toBe('signalled');
  });

  it('still ends the feed at an unlink that came after the connection', async () => {
    const id = await activeAccount();
    const connected: FeedEvent = { key: `connected-${id}`, type: 'account_connected', dataStatus: 'AVAILABLE' };
    const unlinked: FeedEvent = { key: `unlinked-${id}`, type: 'account_unlinked' };
    // Unlinked at Mono for real (the feed asks Mono before an unlink ends it), its own webhook held back: the test's
    // two events are the only ones the relay reads.
    h.sandbox.setWebhookUrl(null);
    await h.sandbox.unlink(id);
    h.sandbox.setWebhookUrl(h.worker.receiver!.url);
    await commit(id, [connected, unlinked]);

    expect(((await feed(id).result()) as FeedStatus).state).toBe('UNLINKED');
    await until(async () => (await recordedState(id)) === 'UNLINKED');
    // The relay marks the events once their signal has gone, which may be after the feed ended.
    await until(async () => (await relayOutcome(unlinked.key)) !== undefined);
    expect(await relayOutcome(connected.key)).toBe('signalled');
    expect(await relayOutcome(unlinked.key)).toBe('signalled');
  });
});
