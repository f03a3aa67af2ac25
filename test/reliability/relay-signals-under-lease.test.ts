import { randomUUID } from 'node:crypto';
import type { Client, Connection, WorkflowClientInterceptor } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../worker/logger.js';
import { startWebhookRelay } from '../../worker/webhook-relay.js';
import { accountFeedWorkflowId, type FeedEvent } from '../../workflows/messages.js';
import { openSqliteTestDb } from '../support/databases.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  commitFeedEvents,
  connectTestTemporal,
  outboxDrained,
  signalledKeys,
  terminateFeeds,
} from '../support/webhook-outbox.js';

// A relay signals only while it holds the outbox lease, not merely marks under it. A round that outlasts its lease
// (one hand-off stalled) while another relay takes the lease must not go on signalling: a late signal can land after
// the new holder's, e.g. an old account_unlinked after the account was linked again, which ends the new link's feed.

const logger = createLogger({ silent: true });

/** Signal-with-start calls for these workflow ids wait until the test opens the gate. */
const gated = new Set<string>();
let entered: (() => void) | null = null;
let openGate: (() => void) | null = null;
const gate: WorkflowClientInterceptor = {
  async signalWithStart(input, next) {
    if (gated.has(input.options.workflowId)) {
      await new Promise<void>((resolve) => {
        openGate = resolve;
        entered?.();
      });
    }
    return next(input);
  },
};

let connection: Connection;
let client: Client;
const accounts: string[] = [];

beforeAll(async () => {
  ({ connection, client } = await connectTestTemporal([gate]));
});
afterAll(async () => {
  await terminateFeeds(client, accounts);
  await connection?.close();
});

/** The keys the account's feed was signalled with; none when no signal ever started it. */
async function keysOrNone(accountId: string): Promise<string[]> {
  const feed = client.workflow.getHandle(accountFeedWorkflowId(accountId));
  if (
    !(await feed.describe().then(
      () => true,
      () => false,
    ))
  )
    return [];
  return signalledKeys(client, accountId);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the relay signals only under its lease', () => {
  it('stops signalling when its round outlasts the lease and another relay took it', async () => {
    const db = await openSqliteTestDb();
    const leaseMs = 2_000;
    const a1 = `acc_l1_${randomUUID().slice(0, 8)}`;
    const a2 = `acc_l2_${randomUUID().slice(0, 8)}`;
    accounts.push(a1, a2);
    try {
      await accountOnRecord(db.db, a1, 'one');
      await accountOnRecord(db.db, a2, 'two');
      const e1: FeedEvent = { key: `${a1}-1`, type: 'account_updated' };
      const e2: FeedEvent = { key: `${a2}-1`, type: 'account_unlinked' };
      await commitFeedEvents(db.db, a1, [e1]);
      await commitFeedEvents(db.db, a2, [e2]);
      gated.add(accountFeedWorkflowId(a1));
      const inHandOff = new Promise<void>((r) => (entered = r));
      const taskQueue = `lease-signals-${randomUUID()}`;
      const stalled = startWebhookRelay({
        db: db.db,
        temporal: () => client,
        taskQueue,
        logger,
        leaseMs,
        concurrency: 1,
      });
      await inHandOff;
      // The first hand-off stalls past the lease; another relay takes the expired lease, as acquireOutboxLease lets it.
      await sleep(leaseMs + 200);
      await db.db
        .updateTable('outbox_leases')
        .set({ holder: 'another-relay', expires_at: new Date(Date.now() + 60_000).toISOString() })
        .execute();
      gated.clear();
      openGate?.();
      await until(async () => !stalled.stats.holdsLease);
      await stalled.stop();

      // Neither the stalled signal nor the next account's went out, and nothing was marked.
      expect(await keysOrNone(a1)).toEqual([]);
      expect(await keysOrNone(a2)).toEqual([]);
      const rows = await db.db.selectFrom('webhook_events').select(['status', 'relay_outcome']).execute();
      expect(rows).toEqual([
        { status: 'received', relay_outcome: null },
        { status: 'received', relay_outcome: null },
      ]);

      // The lease's holder (here a relay started once it is free) hands both off.
      await db.db.deleteFrom('outbox_leases').execute();
      const next = startWebhookRelay({ db: db.db, temporal: () => client, taskQueue, logger, leaseMs: 60_000 });
      await until(() => outboxDrained(db.db));
      await next.stop();
      expect(await keysOrNone(a1)).toEqual([e1.key]);
      expect(await keysOrNone(a2)).toEqual([e2.key]);
    } finally {
      gated.clear();
      await db.dispose();
    }
  }, 60_000);

  it('renews its lease mid-round: a long round nobody contends goes on signalling', async () => {
    const db = await openSqliteTestDb();
    const leaseMs = 3_000;
    const a1 = `acc_r1_${randomUUID().slice(0, 8)}`;
    const a2 = `acc_r2_${randomUUID().slice(0, 8)}`;
    accounts.push(a1, a2);
    try {
      await accountOnRecord(db.db, a1, 'one');
      await accountOnRecord(db.db, a2, 'two');
      await commitFeedEvents(db.db, a1, [{ key: `${a1}-1`, type: 'account_updated' }]);
      await commitFeedEvents(db.db, a2, [{ key: `${a2}-1`, type: 'account_updated' }]);
      gated.add(accountFeedWorkflowId(a1));
      const inHandOff = new Promise<void>((r) => (entered = r));
      const taskQueue = `lease-renew-${randomUUID()}`;
      const relay = startWebhookRelay({
        db: db.db,
        temporal: () => client,
        taskQueue,
        logger,
        leaseMs,
        concurrency: 1,
      });
      await inHandOff;
      const before = await db.db.selectFrom('outbox_leases').select('expires_at').executeTakeFirstOrThrow();
      // Longer than a third of the lease (the renewal point), well short of the signal's deadline.
      await sleep(leaseMs / 2);
      gated.clear();
      openGate?.();
      await until(() => outboxDrained(db.db));
      expect(relay.stats.rounds).toBe(1);
      const after = await db.db.selectFrom('outbox_leases').select('expires_at').executeTakeFirstOrThrow();
      expect(Date.parse(after.expires_at)).toBeGreaterThan(Date.parse(before.expires_at));
      await relay.stop();
      expect(await keysOrNone(a1)).toEqual([`${a1}-1`]);
      expect(await keysOrNone(a2)).toEqual([`${a2}-1`]);
    } finally {
      gated.clear();
      await db.dispose();
    }
  }, 60_000);
});
