import { randomUUID } from 'node:crypto';
import type { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireOutboxLease, pendingWebhookEvents } from '../../db/webhook-event-repository.js';
import { createLogger } from '../../worker/logger.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';
import { startWebhookRelay } from '../../worker/webhook-relay.js';
import { databaseKinds, type TestDb } from '../support/databases.js';
import { until } from '../support/until.js';
import {
  accountOnRecord,
  accountUpdatedWebhook,
  connectTestTemporal,
  outboxDrained,
  signalledKeys,
  terminateFeeds,
} from '../support/webhook-outbox.js';

// The receiver commits each webhook to the outbox and answers 200 whether or not Temporal is up; the relay hands the
// committed events to each account's feed in commit order. No worker polls the task queue here, so the feeds never
// run: their histories are exactly the signals the relay sent, in the order it sent them.

const SECRET = 'whsec_outbox_0123456789abcdef';
const logger = createLogger({ silent: true });
const headers = { 'content-type': 'application/json', 'mono-webhook-secret': SECRET };

const updated = (id: string, account: string) => JSON.stringify(accountUpdatedWebhook(id, account));

async function post(url: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

let connection: Connection;
let client: Client;
beforeAll(async () => {
  ({ connection, client } = await connectTestTemporal());
});
afterAll(async () => {
  await connection?.close();
});

for (const kind of await databaseKinds()) {
  describe(`the webhook outbox on ${kind.name}`, () => {
    let db: TestDb;
    let receiver: WebhookReceiver | null = null;
    let temporalUp = false;
    const taskQueue = `outbox-${randomUUID()}`;
    const accounts = [0, 1, 2].map((i) => `acc_outbox_${i}_${randomUUID().slice(0, 8)}`);

    beforeAll(async () => {
      db = await kind.open();
      // Linked accounts (on record): the relay hands their events on without asking Mono (see webhook-unknown-account).
      for (const id of accounts) await accountOnRecord(db.db, id, 'Outbox test');
      receiver = await startWebhookReceiver({
        db: db.db,
        temporal: () => (temporalUp ? client : null),
        taskQueue,
        secret: SECRET,
        logger,
        relay: { pollMs: 50 },
      });
    });
    afterAll(async () => {
      await receiver?.close();
      await terminateFeeds(client, accounts);
      await db?.dispose();
    });

    it('answers 200 while Temporal is down, keeps one row per event key, and holds the events', async () => {
      const first = await post(receiver!.url, updated('down-1', accounts[0]!));
      expect(first).toEqual({ status: 200, json: { ok: true } });
      // Concurrent redeliveries of one event: exactly one insert, every copy acknowledged.
      const copies = await Promise.all(
        Array.from({ length: 12 }, () => post(receiver!.url, updated('down-2', accounts[0]!))),
      );
      expect(copies.every((c) => c.status === 200)).toBe(true);
      expect(copies.filter((c) => c.json.duplicate !== true)).toHaveLength(1);
      expect((await post(receiver!.url, updated('down-1', accounts[0]!))).json).toEqual({ ok: true, duplicate: true });
      const health = await fetch(receiver!.url.replace('/webhooks/mono', '/health'));
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, temporal: 'unavailable' });
      await new Promise((r) => setTimeout(r, 300));
      const pending = await pendingWebhookEvents(db.db, { limit: 10 });
      expect(pending.map((p) => p.key)).toEqual(['down-1', 'down-2']);
    });

    it('hands every committed event to its feed once Temporal is back, in commit order per account', async () => {
      // Interleaved across three accounts, sent in bursts so many land in one commit.
      const sent = new Map<string, string[]>(accounts.map((a) => [a, []]));
      sent.get(accounts[0]!)!.push('down-1', 'down-2');
      for (let burst = 0; burst < 6; burst++) {
        await Promise.all(
          Array.from({ length: 9 }, (_, i) => {
            const account = accounts[i % 3]!;
            const key = `e-${burst}-${i}`;
            return post(receiver!.url, updated(key, account)).then((r) => {
              expect(r.status).toBe(200);
              return { account, key };
            });
          }),
        );
        // The order of record is the commit order, which concurrent requests decide: read it back.
      }
      const committed = await db.db
        .selectFrom('webhook_events')
        .select(['event_key', 'account_id'])
        .orderBy('id')
        .execute();
      for (const a of accounts)
        sent.set(
          a,
          committed.filter((r) => r.account_id === a).map((r) => r.event_key),
        );
      expect(receiver!.relay!.stats.signalled).toBe(0);
      temporalUp = true;
      await until(() => outboxDrained(db.db));
      for (const a of accounts) expect(await signalledKeys(client, a)).toEqual(sent.get(a));
      const rows = await db.db.selectFrom('webhook_events').select(['status', 'relay_outcome']).execute();
      expect(rows.every((r) => r.status === 'handed_off' && r.relay_outcome === 'signalled')).toBe(true);
      expect(receiver!.relay!.stats.signalled).toBe(rows.length);
    }, 60_000);

    it('marks events for no feed as ignored without signalling anything', async () => {
      const r = await post(
        receiver!.url,
        JSON.stringify({ event: 'mono.events.some_future_event', event_id: 'future-1', data: {} }),
      );
      expect(r.status).toBe(200);
      await until(() => outboxDrained(db.db));
      const row = await db.db
        .selectFrom('webhook_events')
        .select(['status', 'relay_outcome'])
        .where('event_key', '=', 'future-1')
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ status: 'handed_off', relay_outcome: 'ignored' });
    });

    it('lets one relay at a time hand off (the lease), and another take over when it stops', async () => {
      const other = startWebhookRelay({ db: db.db, temporal: () => client, taskQueue, logger, pollMs: 50 });
      try {
        await new Promise((r) => setTimeout(r, 300));
        expect(receiver!.relay!.stats.holdsLease).toBe(true);
        expect(other.stats.holdsLease).toBe(false);
        // A third party cannot take a lease that is held and unexpired.
        const now = new Date();
        expect(
          await acquireOutboxLease(db.db, {
            name: 'webhook-relay',
            holder: 'intruder',
            now: now.toISOString(),
            expiresAt: new Date(now.getTime() + 60_000).toISOString(),
          }),
        ).toBe(false);
        await receiver!.close();
        receiver = null;
        await until(async () => other.stats.holdsLease);
      } finally {
        await other.stop();
      }
    });
  });
}
