import { describe, expect, it } from 'vitest';
import { FeedMachine, initialCarry } from '../../workflows/feed-state.js';

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
