import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import { packFeedEvents, statusQuery, webhookEventsSignal } from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { endsWithin, stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// The reconciliation after a sync ran to its end even when an unlink was waiting, and was not cut short by one: a
// worker killed mid-reconciliation held the unlink up to the reconciliation's 2-minute heartbeat timeout. Here the
// reconciliation is a stub that never answers nor heartbeats (its worker is gone).

const feeds = useStubFeedWorkers();

const CONFIG: Partial<AccountFeedConfig> = {
  refreshMode: 'none',
  reconcileAfterSync: true,
};

/** Well inside the reconciliation's 2-minute heartbeat timeout: only the fix can meet it. */
const PROMPTLY_MS = 20_000;

describe('an account_unlinked webhook while the reconciliation after a sync never answers', () => {
  it('ends the feed at once, and the history replays', async () => {
    // Every sync finds a new row, so a reconciliation follows it; that reconciliation never answers.
    const stub = stubFeedActivities(1, ({ stall }) => ({
      async reconcileAccountFeed() {
        return stall('reconcileAccountFeed');
      },
    }));
    await feeds.withFeed('unlink-recon', stub, CONFIG, async (handle) => {
      // The backfill inserted a row: the reconciliation after it starts, and hangs.
      await until(async () => stub.hanging.length > 0);
      const started = Date.now();
      await handle.signal(webhookEventsSignal, packFeedEvents([{ key: 'evt-unlinked', type: 'account_unlinked' }]));
      const final = await endsWithin(handle, PROMPTLY_MS);
      expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);
      expect(final.state).toBe('UNLINKED');
      // The cancelled reconciliation is the unlink, not a failure.
      expect(final.lastError).toBeNull();
      expect(stub.states.slice(-2)).toEqual(['ACTIVE', 'UNLINKED']);
      expect(stub.hanging).toHaveLength(1);
      expect((await handle.query(statusQuery)).state).toBe('UNLINKED');

      // The history carries the change's marker and replays against the current code.
      const history = await handle.fetchHistory();
      const markers = (history.events ?? []).flatMap((e) =>
        Object.values(e.markerRecordedEventAttributes?.details ?? {}).flatMap((d) =>
          (d.payloads ?? []).map((p) => Buffer.from(p.data ?? new Uint8Array()).toString('utf8')),
        ),
      );
      expect(markers.join(' ')).toContain('unlink-skips-reconcile');
      await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, handle.workflowId);
      await recordHistoryFixture(handle, 'accountFeed-10-unlink-skips-reconcile');
    });
  }, 60_000);
});
