import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountFeedWorkflowId, syncNowUpdate, unlinkSignal, type FeedStatus } from '../../workflows/messages.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';
import {
  commitAndWake,
  linkedAndActive,
  linkWithCode,
  recordedState as recordedStateOf,
  relayOutcome as relayOutcomeOf,
} from '../support/feed-relink.js';
import { until } from '../support/until.js';

// A person unlinks an account and links it again with a widget code (`bankfeed link --code`, which starts the feed
// itself, not through the webhook relay), while Mono's account_unlinked for the first unlink still waits in the
// outbox (the relay was stalled or down). Once the new feed has recorded its state, the relay reads that old unlink:
// it must not end the new link's feed. An unlink received after the new link still ends it.
//
// Against the real worker, relay, receiver and sandbox of the feed harness. The waiting webhook is committed with its
// receipt time as the receiver stamped it: a stalled relay sees exactly that row, only later.

let h: FeedHarness;

beforeAll(async () => {
  h = await startFeedHarness({ sandbox: { seed: 2929 } });
});
afterAll(async () => {
  await h?.close();
});

const feed = (id: string) => h.client.workflow.getHandle(accountFeedWorkflowId(id));

const recordedState = (id: string) => recordedStateOf(h, id);
const relayOutcome = (key: string) => relayOutcomeOf(h, key);

/**
 * An account linked, backfilled, unlinked by a person (its feed ended and recorded UNLINKED), and linked again: its
 * new feed has backfilled and recorded ACTIVE. Returns when Mono's webhook for the unlink was received.
 */
async function unlinkedThenLinkedAgain(): Promise<{ id: string; unlinkReceivedAt: string }> {
  const id = await h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 10, txnsPerDay: 2 });
  await linkWithCode(h, id);
  await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
  // Mono stays linked here (callMono false): the sandbox cannot link an unlinked account again, and the new link
  // must be able to read the bank.
  await feed(id).signal(unlinkSignal, { requestedBy: 'test', callMono: false });
  expect(((await feed(id).result()) as FeedStatus).state).toBe('UNLINKED');
  expect(await recordedState(id)).toBe('UNLINKED');
  const unlinkReceivedAt = new Date().toISOString();
  // The link comes after the unlink's receipt on the clock (ISO times to the millisecond).
  await until(async () => new Date().toISOString() > unlinkReceivedAt);
  await linkedAndActive(h, id);
  return { id, unlinkReceivedAt };
}

describe('an unlink waiting in the outbox while the account is linked again', () => {
  it('does not end the feed the new link started when it was received before that link', async () => {
    const { id, unlinkReceivedAt } = await unlinkedThenLinkedAgain();
    const key = `stale-unlink-${id}`;
    await commitAndWake(h, id, [{ key, type: 'account_unlinked' }], unlinkReceivedAt);
    await until(async () => (await relayOutcome(key)) !== undefined);

    expect(await relayOutcome(key)).toBe('ignored');
    // The new link's data still flows: a sync after the relay's hand-off stores the bank's new lines.
    const before = (await h.storedLive(id)).length;
    const added = h.sandbox.addTransactions(id, 2, { narration: 'POS PURCHASE AFTER RELINK' });
    const r = await feed(id).executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
    expect(r.status).toBe('succeeded');
    expect(await h.storedLive(id)).toHaveLength(before + added.length);
    expect((await feed(id).describe()).status.name).toBe('RUNNING');
  });

  it('still ends the new link’s feed at an unlink received after that link', async () => {
    const { id } = await unlinkedThenLinkedAgain();
    // An unlink of the new link at Mono, whose webhook comes through the receiver. A genuine one: the feed asks Mono
    // before a Mono unlink ends it, and a webhook for an account Mono still has linked is stale
    // (test/feed/stale-mono-unlink.test.ts).
    await h.sandbox.unlink(id);

    expect(((await feed(id).result()) as FeedStatus).state).toBe('UNLINKED');
    expect(await recordedState(id)).toBe('UNLINKED');
    const outcomes = () =>
      h.db.db
        .selectFrom('webhook_events')
        .select(['relay_outcome'])
        .where('account_id', '=', id)
        .where('event', '=', 'mono.events.account_unlinked')
        .execute();
    // The relay marks the event once its signal has gone, which may be after the feed ended.
    await until(async () => (await outcomes()).every((r) => r.relay_outcome !== null));
    expect((await outcomes()).map((r) => r.relay_outcome)).toEqual(['signalled']);
  });
});
