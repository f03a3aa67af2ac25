import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../worker/logger.js';
import { accountFeedWorkflowId, type FeedEvent } from '../../workflows/messages.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  commitFeedEvents,
  outboxDrained,
  signalledKeys,
  useGatedTemporal,
} from '../support/webhook-outbox.js';

// A relay signals only while it holds the outbox lease, not merely marks under it. A round that outlasts its lease
// (one hand-off stalled) while another relay takes the lease must not go on signalling: a late signal can land after
// the new holder's, e.g. an old account_unlinked after the account was linked again, which ends the new link's feed.

const temporal = useGatedTemporal();

/** The keys the account's feed was signalled with; none when no signal ever started it. */
async function keysOrNone(accountId: string): Promise<string[]> {
  const { client } = temporal;
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

/** A logger that keeps every record it is given (level and message), for a test to read. */
function recordingLogger() {
  const records: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const r = JSON.parse(line) as { level: number; msg: string };
        records.push({ level: r.level, msg: r.msg });
      }
      done();
    },
  });
  return { logger: createLogger({ stream, level: 'debug' }), records };
}

/**
 * Two accounts on record with one event each (the first account_updated, the second `second`), and a relay that hands
 * off one account at a time started on them, stalled in the first account's hand-off when this returns.
 */
async function relayStalledOnFirst(
  db: TestDb,
  o: { tag: string; leaseMs: number; second: FeedEvent['type']; logger?: ReturnType<typeof createLogger> },
) {
  const a1 = `acc_${o.tag}1_${randomUUID().slice(0, 8)}`;
  const a2 = `acc_${o.tag}2_${randomUUID().slice(0, 8)}`;
  temporal.accounts.push(a1, a2);
  await accountOnRecord(db.db, a1, 'one');
  await accountOnRecord(db.db, a2, 'two');
  const e1: FeedEvent = { key: `${a1}-1`, type: 'account_updated' };
  const e2: FeedEvent = { key: `${a2}-1`, type: o.second };
  await commitFeedEvents(db.db, a1, [e1]);
  await commitFeedEvents(db.db, a2, [e2]);
  const inHandOff = temporal.hold(accountFeedWorkflowId(a1));
  const taskQueue = `lease-${o.tag}-${randomUUID()}`;
  const relay = temporal.startRelay(db.db, {
    taskQueue,
    leaseMs: o.leaseMs,
    concurrency: 1,
    ...(o.logger ? { logger: o.logger } : {}),
  });
  await inHandOff;
  return { a1, a2, e1, e2, relay, taskQueue };
}

describe('the relay signals only under its lease', () => {
  it('stops signalling when its round outlasts the lease and another relay took it', async () => {
    const db = await openSqliteTestDb();
    const leaseMs = 2_000;
    try {
      const { logger, records } = recordingLogger();
      const stalledRound = await relayStalledOnFirst(db, { tag: 'l', leaseMs, second: 'account_unlinked', logger });
      const { a1, a2, e1, e2, relay: stalled, taskQueue } = stalledRound;
      // The first hand-off stalls past the lease; another relay takes the expired lease, as acquireOutboxLease lets it.
      await sleep(leaseMs + 200);
      await db.db
        .updateTable('outbox_leases')
        .set({ holder: 'another-relay', expires_at: new Date(Date.now() + 60_000).toISOString() })
        .execute();
      temporal.open();
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
      // The signal its lease's deadline stopped is no failure of Temporal: the relay that lost the lease notes no
      // failed attempt on events that are now the new holder's, and warns of nothing; it says it lost the lease.
      const attempts = await db.db.selectFrom('webhook_events').select(['relay_attempts', 'relay_error']).execute();
      expect(attempts).toEqual([
        { relay_attempts: 0, relay_error: null },
        { relay_attempts: 0, relay_error: null },
      ]);
      expect(stalled.stats.failedAttempts).toBe(0);
      expect(records.filter((r) => r.level >= 40)).toEqual([]);
      expect(records.map((r) => r.msg)).toContain('webhook relay lease lost');

      // The lease's holder (here a relay started once it is free) hands both off.
      await db.db.deleteFrom('outbox_leases').execute();
      const next = temporal.startRelay(db.db, { taskQueue, leaseMs: 60_000 });
      await until(() => outboxDrained(db.db));
      await next.stop();
      expect(await keysOrNone(a1)).toEqual([e1.key]);
      expect(await keysOrNone(a2)).toEqual([e2.key]);
    } finally {
      await db.dispose();
    }
  }, 60_000);

  it('warns of nothing when the lease is lost during a round of one account', async () => {
    // With one account no renewal between accounts notices the loss: the round's marking transaction does, and a
    // lost lease is no trouble to warn of there either.
    const db = await openSqliteTestDb();
    const leaseMs = 2_000;
    try {
      const a1 = `acc_one_${randomUUID().slice(0, 8)}`;
      temporal.accounts.push(a1);
      await accountOnRecord(db.db, a1, 'One account');
      const e1: FeedEvent = { key: `${a1}-1`, type: 'account_updated' };
      await commitFeedEvents(db.db, a1, [e1]);
      const { logger, records } = recordingLogger();
      const inHandOff = temporal.hold(accountFeedWorkflowId(a1));
      const relay = temporal.startRelay(db.db, { taskQueue: `one-${randomUUID()}`, leaseMs, concurrency: 1, logger });
      await inHandOff;
      await sleep(leaseMs + 200);
      await db.db
        .updateTable('outbox_leases')
        .set({ holder: 'another-relay', expires_at: new Date(Date.now() + 60_000).toISOString() })
        .execute();
      temporal.open();
      await until(async () => !relay.stats.holdsLease);
      await relay.stop();

      expect(
        await db.db.selectFrom('webhook_events').select(['status', 'relay_attempts', 'relay_error']).execute(),
      ).toEqual([{ status: 'received', relay_attempts: 0, relay_error: null }]);
      expect(records.filter((r) => r.level >= 40)).toEqual([]);
      expect(records.map((r) => r.msg).some((m) => m.startsWith('webhook relay lease lost'))).toBe(true);
    } finally {
      await db.dispose();
    }
  }, 60_000);

  it('renews its lease mid-round: a long round nobody contends goes on signalling', async () => {
    const db = await openSqliteTestDb();
    const leaseMs = 3_000;
    try {
      const { a1, a2, relay } = await relayStalledOnFirst(db, { tag: 'r', leaseMs, second: 'account_updated' });
      const before = await db.db.selectFrom('outbox_leases').select('expires_at').executeTakeFirstOrThrow();
      // Longer than a third of the lease (the renewal point), well short of the signal's deadline.
      await sleep(leaseMs / 2);
      temporal.open();
      await until(() => outboxDrained(db.db));
      expect(relay.stats.rounds).toBe(1);
      const after = await db.db.selectFrom('outbox_leases').select('expires_at').executeTakeFirstOrThrow();
      expect(Date.parse(after.expires_at)).toBeGreaterThan(Date.parse(before.expires_at));
      await relay.stop();
      expect(await keysOrNone(a1)).toEqual([`${a1}-1`]);
      expect(await keysOrNone(a2)).toEqual([`${a2}-1`]);
    } finally {
      await db.dispose();
    }
  }, 60_000);
});
