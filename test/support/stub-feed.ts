import { randomUUID } from 'node:crypto';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { afterAll, beforeAll, inject } from 'vitest';
import type { AccountDescription, FeedActivities, SyncOutcome } from '../../activities/feed-activities.js';
import type { ReconcileActivities } from '../../activities/reconcile-activities.js';
import { workflowBundle } from '../../worker/workflow-bundle.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import type { FeedStatus } from '../../workflows/messages.js';

// The set-up the feed workflow tests with stub activities share: a worker of their own on the tests' Temporal server,
// and activities for a linked NGN account whose syncs succeed. A test replaces the activities it is about, typically
// with calls that never answer, as those of a worker killed mid-call.

export type StubActivities = Partial<FeedActivities> & Partial<ReconcileActivities>;

export interface FeedStub {
  activities: StubActivities;
  /** The feed states recorded, in order. */
  states: string[];
  /** The calls that began to hang, in order. */
  hanging: string[];
  /** Lets the hanging calls fail, so the worker can shut down. */
  release(): void;
}

/** What the stubs' calls can answer with. */
export interface StubCalls {
  /** Never answers nor heartbeats (its worker is gone) until `release`, then fails. */
  stall(name: string): Promise<never>;
  /** A complete sync that found `rowsPerSync` new rows. */
  outcome(full: boolean): SyncOutcome;
}

/** The feed's activities as stubs; `override` replaces some of them and may hang them with `stall`. */
export function stubFeedActivities(
  rowsPerSync: number,
  override: (calls: StubCalls) => StubActivities = () => ({}),
): FeedStub {
  const states: string[] = [];
  const hanging: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const calls: StubCalls = {
    async stall(name) {
      hanging.push(name);
      await released;
      throw new Error(`${name}: released at the end of the test`);
    },
    outcome: (full) => ({
      from: '2026-11-01',
      to: '2026-12-01',
      fetched: rowsPerSync,
      inserted: rowsPerSync,
      updated: 0,
      unchanged: 0,
      removed: 0,
      refetches: 0,
      balanceBreaks: 0,
      unservedKept: 0,
      full,
      widened: false,
      complete: true,
      newestRowAt: null,
      scannedAt: new Date().toISOString(),
    }),
  };
  const activities: StubActivities = {
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
      return calls.outcome(input.mode === 'full');
    },
    async unlinkAtMono() {},
    // Mono has forgotten the account: a Mono unlink the feed is sent stands.
    async confirmUnlinkedAtMono() {
      return 'unlinked' as const;
    },
    ...override(calls),
  };
  return { activities, states, hanging, release };
}

/** Short timers and no search attributes (the tests' server has none registered); each test adds its own. */
const STUB_FEED_CONFIG: Partial<AccountFeedConfig> = {
  searchAttributes: false,
  pollIntervalMs: 3_600_000,
  coalesceMs: 50,
  processingPollInitialMs: 200,
  processingPollMaxMs: 500,
};

export interface StubFeedWorkers {
  /**
   * Runs a worker with the stub's activities on a task queue of its own, starts the feed of a fresh account on it and
   * runs `body`; the stub's hanging calls are released at the end, whatever happens.
   */
  withFeed(
    queuePrefix: string,
    stub: FeedStub,
    config: Partial<AccountFeedConfig>,
    body: (handle: WorkflowHandle) => Promise<void>,
  ): Promise<void>;
}

/** Connects to the tests' Temporal server before this file's tests and closes the connections after them. */
export function useStubFeedWorkers(): StubFeedWorkers {
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
  return {
    async withFeed(queuePrefix, stub, config, body) {
      const taskQueue = `${queuePrefix}-${randomUUID()}`;
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
            args: [{ accountId, config: { ...STUB_FEED_CONFIG, ...config } }],
          });
          await body(handle);
        } finally {
          stub.release();
        }
      });
    },
  };
}

/** The feed's final status, or a failure when it has not ended within `ms`. */
export async function endsWithin(handle: WorkflowHandle, ms: number): Promise<FeedStatus> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the feed had not ended ${ms} ms after its unlink`)), ms);
  });
  try {
    return (await Promise.race([handle.result(), late])) as FeedStatus;
  } finally {
    clearTimeout(timer);
  }
}
