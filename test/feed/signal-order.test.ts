import { randomUUID } from 'node:crypto';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import type { coresdk } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { BaseVMWorkflow } from '@temporalio/worker/lib/workflow/vm-shared.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import {
  packFeedEvents,
  statusQuery,
  syncRequestedSignal,
  unlinkSignal,
  webhookEventsSignal,
  type FeedEvent,
  type FeedStatus,
} from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { stubFeedActivities, type StubActivities } from '../support/stub-feed.js';
import { replayStrictly } from '../support/strict-replay.js';
import { until } from '../support/until.js';

// Chaos seed 53440483 (account 51231226…): a feed's workflow task failed forever with "Timer fired event did not have expected timer id
// 3, it was 4". The worker that ran the task applied the end of a step (recordFeedState answered) before a webhook
// signal that came in the same task: the loop went idle (timer 3), the signal woke it (timer 3 cancelled, never in
// history) and the sync's coalescing sleep took timer 4. Every replay applies the signal first (SDK flag 2: signals
// sorted before other jobs, one batch): no idle wait, the sleep is timer 3.
//
// Here a real server and real workers build such a task (the sticky worker gone while an activity runs, its answer,
// then the signal, then a fresh worker), and the fresh worker gets its jobs either the way every replay does (one
// activation, signal first) or the live way the chaos run's worker did: the activity's answer in one activation, the
// signal in the next, their commands sent to core as one completion. Either way the feed's history must replay
// (strictly) under the order every replay uses, and the feed must act on the signal.

/** While true, a workflow activation holding signals and other jobs is run as two: the other jobs first. */
let splitting = false;
const activate = BaseVMWorkflow.prototype.activate;
BaseVMWorkflow.prototype.activate = async function (
  this: BaseVMWorkflow,
  activation: coresdk.workflow_activation.IWorkflowActivation,
) {
  const jobs = activation.jobs ?? [];
  const signals = jobs.filter((j) => j.signalWorkflow);
  const others = jobs.filter((j) => !j.signalWorkflow);
  if (!splitting || signals.length === 0 || others.length === 0 || jobs.some((j) => j.initializeWorkflow))
    return activate.call(this, activation);
  const first = await activate.call(this, { ...activation, jobs: others });
  if (!first.successful) return first;
  const second = await activate.call(this, { ...activation, jobs: signals });
  if (!second.successful) return second;
  splitActivations++;
  return {
    ...second,
    successful: {
      ...second.successful,
      commands: [...(first.successful.commands ?? []), ...(second.successful.commands ?? [])],
      usedInternalFlags: [
        ...new Set([...(first.successful.usedInternalFlags ?? []), ...(second.successful.usedInternalFlags ?? [])]),
      ],
    },
  };
};
let splitActivations = 0;

const CONFIG: Partial<AccountFeedConfig> = {
  searchAttributes: false,
  refreshMode: 'none',
  reconcileAfterSync: false,
  pollIntervalMs: 3_600_000,
  coalesceMs: 50,
};

const webhook = (extra: Partial<FeedEvent> = {}) =>
  packFeedEvents([
    {
      key: randomUUID(),
      type: 'account_updated',
      dataStatus: 'AVAILABLE',
      syncStatus: null,
      hasNewData: true,
      ...extra,
    },
  ]);

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

interface OneTask {
  config: Partial<AccountFeedConfig>;
  /** The stub's activities besides the defaults; `gate` is the call that waits until the test lets it answer. */
  activities(gate: () => Promise<void>): StubActivities;
  /** Drives the feed until the gated call is in flight. */
  reach(handle: WorkflowHandle): Promise<void>;
  /** The signal that comes after the gated call's answer, before any worker takes the task. */
  signal(handle: WorkflowHandle): Promise<void>;
  /** When the fresh worker is done: the feed has acted on the signal. */
  done(handle: WorkflowHandle): Promise<boolean>;
  split: boolean;
}

/**
 * Runs the feed on a first workflow worker until the gated call is in flight, shuts that worker down (its sticky
 * queue is left), lets the call answer, sends the signal, and runs a fresh worker until `done`. Returns the feed and
 * its status then.
 */
async function answerAndSignalInOneTask(o: OneTask): Promise<{ handle: WorkflowHandle; status: FeedStatus }> {
  const taskQueue = `signal-order-${randomUUID()}`;
  const namespace = inject('temporalNamespace');
  let gated = false;
  let letAnswer!: () => void;
  const answer = new Promise<void>((r) => (letAnswer = r));
  const stub = stubFeedActivities(0, () =>
    o.activities(async () => {
      gated = true;
      await answer;
    }),
  );
  const bundle = await workflowBundle();
  const activities = await Worker.create({ connection: native, namespace, taskQueue, activities: stub.activities });
  const workflows = () =>
    Worker.create({
      connection: native,
      namespace,
      taskQueue,
      workflowBundle: bundle,
      debugMode: true,
      stickyQueueScheduleToStartTimeout: '1s',
    });
  const accountId = `signal-order-${randomUUID()}`;
  return await activities.runUntil(async () => {
    const first = await workflows();
    const handle = await first.runUntil(async () => {
      const h = await client.workflow.start('accountFeed', {
        taskQueue,
        workflowId: `account-feed:${accountId}`,
        args: [{ accountId, config: { ...CONFIG, ...o.config } }],
      });
      await o.reach(h);
      await until(async () => gated);
      return h;
    });
    // The sticky worker is gone; the call answers, then the signal comes before any worker takes the task.
    const completions = async () =>
      ((await handle.fetchHistory()).events ?? []).filter((e) => e.activityTaskCompletedEventAttributes).length;
    const before = await completions();
    letAnswer();
    await until(async () => (await completions()) > before);
    await o.signal(handle);
    splitting = o.split;
    splitActivations = 0;
    let status: FeedStatus;
    try {
      const fresh = await workflows();
      status = await fresh.runUntil(async () => {
        await until(() => o.done(handle));
        return await handle.query(statusQuery);
      });
    } finally {
      splitting = false;
    }
    if (o.split) expect(splitActivations).toBeGreaterThan(0);
    await replayStrictly({ workflowBundle: bundle }, await handle.fetchHistory(), handle.workflowId);
    return { handle, status };
  });
}

const syncs = async (h: WorkflowHandle) => (await h.query(statusQuery)).counts.syncs;

describe.each([
  ['as every replay does (signal first)', false],
  ["as the chaos run's live worker did (the answer first)", true],
])("a signal in the same workflow task as an activity's answer, applied %s", (_, split) => {
  it('a webhook after the closing recordFeedState of a sync: the sync it asks for runs, and the history replays', async () => {
    let states = 0;
    const { handle } = await answerAndSignalInOneTask({
      split,
      config: {},
      // The first webhook sync's closing recordFeedState (the 4th state) waits.
      activities: (gate) => ({
        async recordFeedState() {
          if (++states === 4) await gate();
        },
      }),
      async reach(h) {
        await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
        await h.signal(webhookEventsSignal, webhook());
      },
      signal: (h) => h.signal(webhookEventsSignal, webhook()),
      // The webhook's sync ran to its end: the coalescing sleep's timer fired and is in the history.
      done: async (h) => (await syncs(h)) === 3,
    });
    if (split) await recordHistoryFixture(handle, 'accountFeed-12-wait-then-decide');
    await handle.terminate('test over');
  });

  it("the refresh job's webhook with the refresh's answer: the sync reads at once, once, and the history replays", async () => {
    let jobLookups = 0;
    const { handle, status } = await answerAndSignalInOneTask({
      split,
      // The job's webhook is the only way the sync can go on before the test ends.
      config: { refreshMode: 'realtime', refreshMinIntervalMs: 0, refreshJobWaitMs: 3_600_000 },
      activities: (gate) => ({
        async refreshAccount() {
          await gate();
          return { jobId: 'job-1', jobStatus: 'processing', hasNewData: true };
        },
        async getRefreshJob() {
          jobLookups++;
          return { status: 'finished' };
        },
      }),
      async reach(h) {
        await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
        await h.signal(syncRequestedSignal, { reason: 'test' });
      },
      signal: (h) => h.signal(webhookEventsSignal, webhook({ syncStatus: 'SUCCESSFUL', jobId: 'job-1' })),
      done: async (h) => (await syncs(h)) === 2,
    });
    // Taken for the refresh's own webhook: no second sync wanted, Mono not asked about the job.
    expect(jobLookups).toBe(0);
    expect(status.lastSync?.reason).toBe('test');
    if (split) await recordHistoryFixture(handle, 'accountFeed-13-hold-job-webhooks');
    await handle.terminate('test over');
  });
});

// Known, not fixed: an unlink in the same task as the answer of the recordFeedState that opens a sync. Applied first,
// the sync is skipped before its bank call; applied after, syncAccount is scheduled (activity 6) and cancelled at once
// (never in history), so the feed's closing recordFeedState is activity 7 live and 6 on replay: "Activity id of
// scheduled event '7' does not match activity id of activity command '6'". Every step that reads signal-set state
// right after an activity's answer, without a wait first, can diverge the same way while a live worker splits a
// task's jobs (docs/sync-guarantee.md). This case fails until that is fixed; it passes when applied signal first.
describe.each([
  ['as every replay does (signal first)', false, it],
  ["as the chaos run's live worker did (the answer first): KNOWN NONDETERMINISTIC", true, it.fails],
] as const)("an unlink in the same workflow task as an activity's answer, applied %s", (_, split, test) => {
  test('ends the feed, and the history replays', async () => {
    let states = 0;
    await answerAndSignalInOneTask({
      split,
      config: {},
      // The webhook sync's opening recordFeedState (SYNCING, the 3rd state) waits.
      activities: (gate) => ({
        async recordFeedState() {
          if (++states === 3) await gate();
        },
      }),
      async reach(h) {
        await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
        await h.signal(syncRequestedSignal, { reason: 'test' });
      },
      signal: (h) => h.signal(unlinkSignal, { requestedBy: 'person', callMono: false }),
      done: async (h) => (await h.describe()).status.name === 'COMPLETED',
    });
  });
});
