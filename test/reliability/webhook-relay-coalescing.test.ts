import { randomUUID } from 'node:crypto';
import type { Client, Connection, WorkflowClientInterceptor } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../worker/logger.js';
import { startWebhookRelay, type WebhookRelay } from '../../worker/webhook-relay.js';
import { accountFeedWorkflowId, type FeedEvent } from '../../workflows/messages.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  commitFeedEvents,
  connectTestTemporal,
  feedSignals,
  outboxDrained,
  terminateFeeds,
} from '../support/webhook-outbox.js';

// The relay hands an account's committed events to its feed as one signal per hand-off, not one per webhook: a burst
// of signals buffered behind one workflow task makes the server force-fail the task. No worker polls the task queue
// here, so the feeds never run: each history is exactly the signals the relay sent. A client interceptor counts the
// signal-with-start calls and fails them on demand (the relay sees a real Temporal client throughout).

const logger = createLogger({ silent: true });

/** Signal-with-start calls per workflow id (those that reached the server, and those the interceptor failed). */
const sent = new Map<string, number>();
const refused = new Map<string, number>();
const refuse = new Set<string>();
const recorder: WorkflowClientInterceptor = {
  async signalWithStart(input, next) {
    const id = input.options.workflowId;
    if (refuse.has(id)) {
      refused.set(id, (refused.get(id) ?? 0) + 1);
      throw new Error('Temporal unavailable (test)');
    }
    const runId = await next(input);
    sent.set(id, (sent.get(id) ?? 0) + 1);
    return runId;
  },
};

let connection: Connection;
let client: Client;
let db: TestDb;
const taskQueue = `coalesce-${randomUUID()}`;
const accounts: string[] = [];

async function onRecord(): Promise<string> {
  const id = `acc_coalesce_${randomUUID().slice(0, 8)}`;
  accounts.push(id);
  await accountOnRecord(db.db, id, 'Coalescing test');
  return id;
}

/** A varied stream: mostly "nothing new", some new data, refresh-job news, a re-authorisation and its end. */
function feedEvent(i: number, prefix: string): FeedEvent {
  const key = `${prefix}-${i}`;
  if (i % 50 === 17) return { key, type: 'reauthorisation_required' };
  if (i % 50 === 18) return { key, type: 'account_reauthorized' };
  if (i % 23 === 5) return { key, type: 'job_update', jobId: `job-${i}`, jobStatus: 'finished' };
  return {
    key,
    type: 'account_updated',
    dataStatus: 'AVAILABLE',
    syncStatus: null,
    hasNewData: i % 7 === 0,
    jobId: null,
  };
}

const commit = (accountId: string, events: FeedEvent[]) => commitFeedEvents(db.db, accountId, events);

/** The signals in the feed's history, each unpacked to its events. */
async function signalsReceived(accountId: string): Promise<FeedEvent[][]> {
  const signals = await feedSignals(client, accountId);
  for (const s of signals) expect(s.name).toBe('webhookEvents');
  return signals.map((s) => s.events);
}

async function outcomes(accountId: string) {
  return db.db
    .selectFrom('webhook_events')
    .select(['event_key', 'status', 'relay_outcome', 'relay_attempts', 'relay_error'])
    .where('account_id', '=', accountId)
    .orderBy('id')
    .execute();
}

const drained = () => outboxDrained(db.db);

beforeAll(async () => {
  ({ connection, client } = await connectTestTemporal([recorder]));
  db = await openSqliteTestDb();
});
afterAll(async () => {
  await terminateFeeds(client, accounts);
  await db?.dispose();
  await connection?.close();
});

describe('the webhook relay coalesces per account', () => {
  let relay: WebhookRelay | null = null;
  afterAll(async () => {
    await relay?.stop();
  });

  it('hands a burst for one account to its feed as one signal, in commit order, meaning intact', async () => {
    const [a, b] = [await onRecord(), await onRecord()];
    const forA = Array.from({ length: 300 }, (_, i) => feedEvent(i, `burst-a-${a}`));
    const forB = Array.from({ length: 40 }, (_, i) => feedEvent(i, `burst-b-${b}`));
    // Interleaved commits, and a redelivery of an event already on record (dropped at commit).
    for (let j = 0; j < 10; j++) {
      await commit(a, forA.slice(j * 30, j * 30 + 30));
      await commit(b, forB.slice(j * 4, j * 4 + 4));
    }
    await commit(a, [forA[3]!]);
    relay = startWebhookRelay({
      db: db.db,
      temporal: () => client,
      taskQueue,
      logger,
      pollMs: 50,
      maxEventsPerSignal: 400,
    });
    await until(drained);

    expect(sent.get(accountFeedWorkflowId(a))).toBe(1);
    expect(sent.get(accountFeedWorkflowId(b))).toBe(1);
    expect(await signalsReceived(a)).toEqual([forA]);
    expect(await signalsReceived(b)).toEqual([forB]);
    for (const id of [a, b]) {
      const rows = await outcomes(id);
      expect(rows.every((r) => r.status === 'handed_off' && r.relay_outcome === 'signalled')).toBe(true);
    }
    expect((await outcomes(a)).map((r) => r.event_key)).toEqual(forA.map((e) => e.key));
    expect(relay.stats.signals).toBe(2);
    expect(relay.stats.signalled).toBe(340);
  });

  it('keeps every event of a failed hand-off and sends them, with those that came meanwhile, in the next', async () => {
    const c = await onRecord();
    const wf = accountFeedWorkflowId(c);
    refuse.add(wf);
    const first = Array.from({ length: 50 }, (_, i) => feedEvent(i, `fail-${c}`));
    await commit(c, first);
    relay!.wake();
    await until(async () => (refused.get(wf) ?? 0) >= 2);
    const held = await outcomes(c);
    expect(held).toHaveLength(50);
    expect(held.every((r) => r.status === 'received' && r.relay_outcome === null)).toBe(true);
    expect(held.every((r) => r.relay_attempts >= 1 && /unavailable/.test(r.relay_error ?? ''))).toBe(true);
    const later = Array.from({ length: 10 }, (_, i) => feedEvent(50 + i, `fail-${c}`));
    await commit(c, later);
    refuse.delete(wf);
    await until(drained);

    expect(sent.get(wf)).toBe(1);
    expect(await signalsReceived(c)).toEqual([[...first, ...later]]);
    expect((await outcomes(c)).every((r) => r.status === 'handed_off' && r.relay_outcome === 'signalled')).toBe(true);
  });

  it('turns a steady stream to one account into a signal per interval at most, losing and reordering nothing', async () => {
    await relay?.stop();
    const intervalMs = 300;
    relay = startWebhookRelay({
      db: db.db,
      temporal: () => client,
      taskQueue,
      logger,
      pollMs: 50,
      accountIntervalMs: intervalMs,
    });
    const d = await onRecord();
    const stream = Array.from({ length: 150 }, (_, i) => feedEvent(i, `stream-${d}`));
    const began = Date.now();
    for (const e of stream) {
      await commit(d, [e]);
      relay.wake();
      await new Promise((r) => setTimeout(r, 8));
    }
    await until(drained);
    const elapsed = Date.now() - began;

    const signals = await signalsReceived(d);
    // Hand-offs to one account are at least an interval apart, however slow or fast this machine is.
    expect(signals.length).toBeGreaterThanOrEqual(1);
    expect(signals.length).toBeLessThanOrEqual(Math.floor(elapsed / intervalMs) + 1);
    expect(signals.flat()).toEqual(stream);
    expect((await outcomes(d)).every((r) => r.status === 'handed_off')).toBe(true);
  });

  it("splits an account's backlog into signals of at most maxEventsPerSignal events, in order", async () => {
    await relay?.stop();
    relay = startWebhookRelay({
      db: db.db,
      temporal: () => client,
      taskQueue,
      logger,
      pollMs: 50,
      maxEventsPerSignal: 100,
      accountIntervalMs: 50,
    });
    const e = await onRecord();
    const backlog = Array.from({ length: 250 }, (_, i) => feedEvent(i, `cap-${e}`));
    await commit(e, backlog);
    relay.wake();
    await until(drained);
    const signals = await signalsReceived(e);
    expect(signals.map((s) => s.length)).toEqual([100, 100, 50]);
    expect(signals.flat()).toEqual(backlog);
  });
});
