import type { WorkflowHandle } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import {
  packFeedEvents,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  webhookEventsSignal,
} from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { endsWithin, stubFeedActivities, useStubFeedWorkers, type FeedStub } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// Chaos seed 53440483: a worker SIGKILLed while a feed's refresh call was in flight left that call to its two-minute
// start-to-close timeout, the feed SYNCING all the while; an account_unlinked webhook handed to it then waited too,
// and the feed had not ended a minute later. Here the bank calls are stubs that never answer (the worker that ran them
// is gone), so nothing but the feed's own handling can end the wait before those two minutes.

const feeds = useStubFeedWorkers();

const CONFIG: Partial<AccountFeedConfig> = {
  refreshJobWaitMs: 5_000,
  // Longer than PROMPTLY_MS: in the unlink tests no heartbeat timeout can end the hanging call in time.
  activityHeartbeatTimeoutMs: 60_000,
  reconcileAfterSync: false,
};

/** Well inside the refresh's two-minute start-to-close timeout: only the fix can meet it. */
const PROMPTLY_MS = 20_000;

type Hang = 'refreshAccount' | 'syncAccount';

/** The feed's activities, with `hang` never answering (and never heartbeating) once the backfill is done. */
function stubActivities(hang: Hang): FeedStub {
  return stubFeedActivities(0, ({ stall, outcome }) => ({
    async syncAccount(input) {
      if (input.mode === 'auto' && hang === 'syncAccount') return stall('syncAccount');
      return outcome(input.mode === 'full');
    },
    async refreshAccount() {
      if (hang === 'refreshAccount') return stall('refreshAccount');
      return { jobId: null, jobStatus: null, hasNewData: null };
    },
    async getRefreshJob() {
      return { status: 'finished' };
    },
  }));
}

async function withFeed(
  hang: Hang,
  config: Partial<AccountFeedConfig>,
  body: (handle: WorkflowHandle, stub: FeedStub) => Promise<void>,
): Promise<void> {
  const stub = stubActivities(hang);
  await feeds.withFeed('unlink-call', stub, { ...CONFIG, ...config }, async (handle) => {
    await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
    await body(handle, stub);
  });
}

const unlinked = packFeedEvents([{ key: 'evt-unlinked', type: 'account_unlinked' }]);

describe('an account_unlinked webhook while a bank call never answers', () => {
  for (const hang of ['refreshAccount', 'syncAccount'] as const) {
    it(`ends the feed at once when ${hang} hangs (a worker killed mid-call)`, async () => {
      await withFeed(hang, { refreshMode: hang === 'refreshAccount' ? 'realtime' : 'none' }, async (handle, stub) => {
        await handle.signal(syncRequestedSignal, { reason: 'test' });
        await until(async () => stub.hanging.includes(hang));
        expect((await handle.query(statusQuery)).state).toBe('SYNCING');

        const started = Date.now();
        await handle.signal(webhookEventsSignal, unlinked);
        const final = await endsWithin(handle, PROMPTLY_MS);

        expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);
        expect(final.state).toBe('UNLINKED');
        // The cancelled call is the unlink, not a failure of the feed.
        expect(final.lastError).toBeNull();
        expect(stub.states.slice(-2)).toEqual(['SYNCING', 'UNLINKED']);
        // A replay fixture with the unlink-cancels-bank-call marker (test/feed/replay.test.ts).
        await recordHistoryFixture(handle, `accountFeed-09-unlink-cancels-${hang}`);
      });
    }, 60_000);
  }
});

describe('a refresh whose worker died', () => {
  it('is given up after the heartbeat timeout, and the sync reads what Mono has', async () => {
    await withFeed(
      'refreshAccount',
      { refreshMode: 'realtime', activityHeartbeatTimeoutMs: 1_000 },
      async (handle, stub) => {
        const started = Date.now();
        // The stub never heartbeats, as a killed worker would not: the heartbeat timeout (1 s) notices it.
        const r = await Promise.race([
          handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] }),
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('syncNow still waiting on a dead refresh')), PROMPTLY_MS).unref(),
          ),
        ]);
        expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);
        expect(stub.hanging).toEqual(['refreshAccount']);
        expect(r).toMatchObject({ status: 'succeeded', refreshed: false });
        expect((await handle.query(statusQuery)).state).toBe('ACTIVE');
        await handle.terminate('test over');
      },
    );
  }, 60_000);
});
