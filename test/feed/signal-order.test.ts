import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import type { coresdk } from '@temporalio/proto';
import { NativeConnection, Worker } from '@temporalio/worker';
import { BaseVMWorkflow } from '@temporalio/worker/lib/workflow/vm-shared.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import { packFeedEvents, statusQuery, webhookEventsSignal } from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { stubFeedActivities } from '../support/stub-feed.js';
import { replayStrictly } from '../support/strict-replay.js';
import { until } from '../support/until.js';

// Chaos seed 53440483 (account 51231226…): a feed's workflow task failed forever with "Timer fired event did not have expected timer id
// 3, it was 4". The worker that ran the task applied the end of a step (recordFeedState answered) before a webhook
// signal that came in the same task: the loop went idle (timer 3), the signal woke it (timer 3 cancelled, never in
// history) and the sync's coalescing sleep took timer 4. Every replay applies the signal first (SDK flag 2: signals
// sorted before other jobs, one batch): no idle wait, the sleep is timer 3.
//
// Here a real server and real workers build that task (sticky worker gone while recordFeedState runs, then the
// signal, then a fresh worker), and the fresh worker gets its jobs the live way: the activity's result in one
// activation, the signal in the next, their commands sent to core as one completion. The feed's history must then
// replay (strictly) under the order every replay uses.

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

const webhook = () =>
  packFeedEvents([
    { key: randomUUID(), type: 'account_updated', dataStatus: 'AVAILABLE', syncStatus: null, hasNewData: true },
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

describe('a webhook in the same workflow task as the end of a sync step, applied after it (as a live worker did)', () => {
  it('gives the history every replay gives', async () => {
    const taskQueue = `signal-order-${randomUUID()}`;
    const namespace = inject('temporalNamespace');
    // The first webhook sync's closing recordFeedState (the 4th state) waits until the test lets it answer.
    let letAnswer!: () => void;
    const answer = new Promise<void>((r) => (letAnswer = r));
    const stub = stubFeedActivities(0, () => ({
      async recordFeedState(input) {
        stub.states.push(input.state);
        if (stub.states.length === 4) await answer;
      },
    }));
    const bundle = await workflowBundle();
    const activities = await Worker.create({
      connection: native,
      namespace,
      taskQueue,
      activities: stub.activities,
    });
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
    await activities.runUntil(async () => {
      const first = await workflows();
      const handle = await first.runUntil(async () => {
        const h = await client.workflow.start('accountFeed', {
          taskQueue,
          workflowId: `account-feed:${accountId}`,
          args: [{ accountId, config: CONFIG }],
        });
        await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
        await h.signal(webhookEventsSignal, webhook());
        await until(async () => stub.states.length === 4);
        return h;
      });
      // The sticky worker is gone; recordFeedState answers, then a webhook comes before any worker takes the task.
      letAnswer();
      const events = async () => (await handle.fetchHistory()).events ?? [];
      const lastCompletion = async () => (await events()).filter((e) => e.activityTaskCompletedEventAttributes).length;
      await until(async () => (await lastCompletion()) === 7);
      await handle.signal(webhookEventsSignal, webhook());
      splitting = true;
      const fresh = await workflows();
      await fresh.runUntil(async () => {
        // The webhook's sync ran to its end: the coalescing sleep's timer fired and is in the history.
        await until(async () => (await handle.query(statusQuery)).counts.syncs === 3);
      });
      splitting = false;
      expect(splitActivations).toBeGreaterThan(0);
      await recordHistoryFixture(handle, 'accountFeed-12-wait-then-decide');
      await replayStrictly({ workflowBundle: bundle }, await handle.fetchHistory(), handle.workflowId);
      await handle.terminate('test over');
    });
  });
});
