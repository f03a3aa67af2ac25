import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import { statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import { stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// A refresh the client's Retry-After hold kept back (another feed's 429, or another process's: nothing was sent to
// Mono) spent the feed's refresh turn: the sync read without a refresh, and the next sync inside the refresh interval
// (5 minutes live) skipped its refresh too, so a feed that only waited its turn read stale data until the interval
// was over. A held refresh now keeps its turn: the feed waits the time left and asks again.

const held = (retryAfterMs: number) =>
  ApplicationFailure.create({
    type: 'MonoRateLimited',
    message: 'Mono POST /v2/accounts/{id}/refresh: rate_limited: not sent: Mono asked to wait (Retry-After)',
    details: [
      { kind: 'rate_limited', status: null, endpoint: 'GET /v2/accounts/{id}/balance', held: true, retryAfterMs },
    ],
  });

const refreshed = { jobId: null, jobStatus: 'finished', hasNewData: true };

describe.skipIf(process.env.BANKFEED_TEST_TEMPORAL === '0')('a refresh the Retry-After hold kept back', () => {
  const feeds = useStubFeedWorkers();
  // one refresh per hour: any refresh after the first inside the test is one the hold did not spend
  const config = { refreshMode: 'realtime' as const, refreshMinIntervalMs: 3_600_000, reconcileAfterSync: false };

  it('waits the time left and refreshes, once Mono may be called again', async () => {
    const asked: number[] = [];
    const stub = stubFeedActivities(1, () => ({
      async refreshAccount() {
        asked.push(Date.now());
        if (asked.length === 1) throw held(400);
        return refreshed;
      },
    }));
    await feeds.withFeed('held-refresh', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
      expect(r.status).toBe('succeeded');
      expect(r.refreshed).toBe(true);
      expect(r.errors).toEqual([]);
      expect(asked).toHaveLength(2);
      expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(400);
      await handle.terminate('test over');
    });
  });

  it('held every time: the sync reads what Mono has, and the next sync inside the interval still refreshes', async () => {
    let hold = true;
    let asked = 0;
    const stub = stubFeedActivities(1, () => ({
      async refreshAccount() {
        asked++;
        if (hold) throw held(100);
        return refreshed;
      },
    }));
    await feeds.withFeed('held-refresh-turn', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      const first = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
      expect([first.status, first.refreshed]).toEqual(['succeeded', false]);
      expect(asked).toBe(3);
      hold = false;
      const next = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'again' }] });
      expect([next.status, next.refreshed]).toEqual(['succeeded', true]);
      expect(asked).toBe(4);
      await handle.terminate('test over');
    });
  });
});
