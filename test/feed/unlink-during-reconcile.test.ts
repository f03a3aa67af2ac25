import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AccountDescription, FeedActivities, SyncOutcome } from '../../activities/feed-activities.js';
import type { ReconcileActivities } from '../../activities/reconcile-activities.js';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import { packFeedEvents, statusQuery, webhookEventsSignal, type FeedStatus } from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { until } from '../support/until.js';

// The reconciliation after a sync ran to its end even when an unlink was waiting, and was not cut short by one: a
// worker killed mid-reconciliation held the unlink up to the reconciliation's 2-minute heartbeat timeout. Here the
// reconciliation is a stub that never answers nor heartbeats (its worker is gone).

let native: NativeConnection;
let connection: Connection;
let client: Client;

beforeAll(async () => {
  const address = inject('temporalAddress');
  native = await NativeConnection.connect({ address });
  connection = await Connection.connect({ address });
  client = new Client({ connection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  await connection?.close();
  await native?.close();
});

const CONFIG: Partial<AccountFeedConfig> = {
  searchAttributes: false,
  pollIntervalMs: 3_600_000,
  coalesceMs: 50,
  processingPollInitialMs: 200,
  processingPollMaxMs: 500,
  refreshMode: 'none',
  reconcileAfterSync: true,
};

/** Well inside the reconciliation's 2-minute heartbeat timeout: only the fix can meet it. */
const PROMPTLY_MS = 20_000;

function stubActivities() {
  const states: string[] = [];
  const reconciling: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const outcome = (full: boolean): SyncOutcome => ({
    from: '2026-11-01',
    to: '2026-12-01',
    fetched: 1,
    inserted: 1,
    updated: 0,
    unchanged: 0,
    removed: 0,
    refetches: 0,
    balanceBreaks: 0,
    full,
    complete: true,
    newestRowAt: null,
    scannedAt: new Date().toISOString(),
  });
  const activities: Partial<FeedActivities> & Partial<ReconcileActivities> = {
    async describeAccount(accountId: string): Promise<AccountDescription> {
      return {
        accountId,
        name: 'Stub',
        institution: null,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        dataStatus: 'AVAILABLE',
      };
    },
    async recordFeedState(input) {
      states.push(input.state);
    },
    async syncAccount(input) {
      return outcome(input.mode === 'full');
    },
    async reconcileAccountFeed(input) {
      reconciling.push(input.accountId);
      await released;
      throw new Error('reconcileAccountFeed: released at the end of the test');
    },
    async unlinkAtMono() {},
  };
  return { activities, states, reconciling, release };
}

describe('an account_unlinked webhook while the reconciliation after a sync never answers', () => {
  it('ends the feed at once, and the history replays', async () => {
    const stub = stubActivities();
    const taskQueue = `unlink-recon-${randomUUID()}`;
    const worker = await Worker.create({
      connection: native,
      namespace: inject('temporalNamespace'),
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: stub.activities,
    });
    const accountId = `stub-${randomUUID()}`;
    await worker.runUntil(async () => {
      try {
        const handle = await client.workflow.start('accountFeed', {
          taskQueue,
          workflowId: `account-feed:${accountId}`,
          args: [{ accountId, config: CONFIG }],
        });
        // The backfill inserted a row: the reconciliation after it starts, and hangs.
        await until(async () => stub.reconciling.length > 0);
        const started = Date.now();
        await handle.signal(webhookEventsSignal, packFeedEvents([{ key: 'evt-unlinked', type: 'account_unlinked' }]));
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('the feed had not ended after its unlink')), PROMPTLY_MS);
        });
        const final = (await Promise.race([handle.result(), late]).finally(() => clearTimeout(timer))) as FeedStatus;
        expect(Date.now() - started).toBeLessThan(PROMPTLY_MS);
        expect(final.state).toBe('UNLINKED');
        // The cancelled reconciliation is the unlink, not a failure.
        expect(final.lastError).toBeNull();
        expect(stub.states.slice(-2)).toEqual(['ACTIVE', 'UNLINKED']);
        expect(stub.reconciling).toHaveLength(1);
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
      } finally {
        stub.release();
      }
    });
  }, 60_000);
});
