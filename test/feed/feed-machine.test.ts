import { describe, expect, it } from 'vitest';
import { FeedMachine, initialCarry } from '../../workflows/feed-state.js';
import { packFeedEvents, unpackFeedEvents, type FeedEvent } from '../../workflows/messages.js';

describe('FeedMachine.wantSync', () => {
  it('keeps each reason once, so a burst of webhooks during a sync does not grow the pending reason', () => {
    const m = new FeedMachine('acc', { ...initialCarry(), backfilled: true }, 100);
    for (let i = 0; i < 2_000; i++) m.wantSync('webhook', false);
    m.wantSync('syncNow', true);
    m.wantSync('webhook', false);
    expect(m.syncWanted).toEqual({ reason: 'webhook+syncNow', refresh: true });
    expect(m.carry().pendingSyncReason).toBe('webhook+syncNow');
  });
});

describe('a relay hand-off (FeedEventBatch)', () => {
  const updated = (key: string, hasNewData: boolean): FeedEvent => ({
    key,
    type: 'account_updated',
    dataStatus: 'AVAILABLE',
    syncStatus: null,
    hasNewData,
    jobId: null,
  });

  it('packs events that differ only in their key into one run and unpacks them in order', () => {
    const events = [
      updated('a', false),
      updated('b', false),
      { key: 'c', type: 'reauthorisation_required' },
      updated('d', false),
      updated('e', true),
    ];
    const batch = packFeedEvents(events);
    expect(batch.runs.map((r) => r.keys)).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
    expect(unpackFeedEvents(batch)).toEqual(events);
  });

  it('keeps apart events that differ in any field, one FeedEvent may gain later too', () => {
    const withExtra = { ...updated('b', false), institution: 'Zenith' } as FeedEvent;
    const events = [updated('a', false), withExtra, updated('c', false)];
    const batch = packFeedEvents(events);
    expect(batch.runs.map((r) => r.keys)).toEqual([['a'], ['b'], ['c']]);
    expect(unpackFeedEvents(batch)).toEqual(events);
  });

  it('applies each event as if it had come alone, in order, and drops keys already seen', () => {
    const m = new FeedMachine('acc', { ...initialCarry(), backfilled: true, state: 'ACTIVE' }, 100);
    m.onWebhooks(packFeedEvents([updated('a', false), { key: 'r', type: 'reauthorisation_required' }]));
    expect(m.c.reauthNeeded).toBe(true);
    expect(m.syncWanted).toBeNull();
    m.onWebhooks(
      packFeedEvents([updated('a', false), { key: 'ok', type: 'account_reauthorized' }, updated('n', true)]),
    );
    expect(m.reauthorized).toBe(true);
    expect(m.syncWanted).toEqual({ reason: 'webhook', refresh: false });
    expect(m.c.counts).toMatchObject({ webhooks: 4, duplicateWebhooks: 1 });
  });
});

describe('FeedMachine.requestUnlink', () => {
  // The feed has recorded an account_unlinked webhook but not yet begun to ask Mono about it (FeedSteps.unlinkStands).
  it("holds a person's unlink that comes after a Mono unlink the feed has yet to ask about", () => {
    const m = new FeedMachine('acc', { ...initialCarry(), backfilled: true, state: 'ACTIVE' }, 100);
    m.onWebhook({ key: 'u', type: 'account_unlinked' });
    m.onUnlink({ requestedBy: 'ada@finance', callMono: true });
    m.onWebhook({ key: 'u2', type: 'account_unlinked' });
    expect(m.unlinkRequested).toEqual({ requestedBy: 'mono', callMono: false });
    expect(m.heldBeforeAsking).toEqual({ requestedBy: 'ada@finance', callMono: true });
    expect(m.heldUnlink).toBeNull();
  });
});
