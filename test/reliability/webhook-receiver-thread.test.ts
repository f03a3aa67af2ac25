import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type DbHandle } from '../../db/connection.js';
import { createLogger } from '../../worker/logger.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';
import { accountUpdatedWebhook } from '../support/webhook-outbox.js';

// On a SQLite file the receiver runs in its own thread with its own connection (synchronous = FULL) and commits
// deliveries in groups. What a 200 promises must hold there too: the event is on record when the answer leaves,
// once per key however many copies arrive together, and the receiver answers while Temporal is absent.

const SECRET = 'whsec_thread_0123456789abcdef';
const logger = createLogger({ silent: true });
const body = (key: string, account: string) => JSON.stringify(accountUpdatedWebhook(key, account, false));

describe('the webhook receiver in its own thread', () => {
  let dir: string;
  let handle: DbHandle;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bankfeed-receiver-thread-'));
    handle = await openDb({ url: join(dir, 'bankfeed.db') });
    receiver = await startWebhookReceiver({
      db: handle.db,
      temporal: () => null,
      taskQueue: 'unused',
      secret: SECRET,
      logger,
      relay: false,
    });
  }, 60_000);
  afterAll(async () => {
    await receiver?.close();
    await handle?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = async (payload: string, secret = SECRET) => {
    const res = await fetch(receiver.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': secret },
      body: payload,
    });
    const json = (await res.json()) as Record<string, unknown>;
    if (res.status === 200 && json.duplicate !== true) inserted++;
    return { status: res.status, json };
  };
  /** Deliveries answered as inserts; the thread's counts for a commit arrive by message, possibly after its answer. */
  let inserted = 0;
  const countsArrived = async () => {
    for (let i = 0; i < 50 && receiver.stats.accepted < inserted; i++) await new Promise((r) => setTimeout(r, 20));
    expect(receiver.stats.accepted).toBe(inserted);
  };
  const onRecord = async (keys: string[]) =>
    (await handle.db.selectFrom('webhook_events').select('event_key').where('event_key', 'in', keys).execute()).map(
      (r) => r.event_key,
    );

  it('runs on a thread whose connection syncs every commit', () => {
    expect(receiver.mode).toBe('thread');
    expect(receiver.sqliteSynchronous).toBe(2);
  });

  it('has each event on record by the time its 200 arrives', async () => {
    for (let i = 0; i < 5; i++) {
      const key = `one-${i}-${randomUUID()}`;
      expect(await post(body(key, 'acc_thread_1'))).toEqual({ status: 200, json: { ok: true } });
      // Read through the other connection: the receiver's commit is visible, so it happened before the answer.
      expect(await onRecord([key])).toEqual([key]);
    }
  });

  it('commits concurrent deliveries in groups, one row per key, one winner per key', async () => {
    const keys = Array.from({ length: 60 }, (_, i) => `group-${i}-${randomUUID()}`);
    // The last test's last commit is counted before this one starts counting.
    await countsArrived();
    const commitsBefore = receiver.stats.commits;
    // Every key three times at once: each copy is acknowledged, exactly one is the insert.
    const answers = await Promise.all(keys.flatMap((k) => [0, 1, 2].map(() => post(body(k, 'acc_thread_2')))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers.filter((a) => a.json.duplicate !== true)).toHaveLength(keys.length);
    expect((await onRecord(keys)).sort()).toEqual([...keys].sort());
    await countsArrived();
    const commits = receiver.stats.commits - commitsBefore;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThanOrEqual(answers.length);
    // The thread reports its counts after each commit, by message: they may arrive just after the answers.
    for (let i = 0; i < 50 && receiver.stats.duplicates < keys.length * 2; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(receiver.stats.duplicates).toBe(keys.length * 2);
  });

  it('refuses a wrong secret and answers health while Temporal is absent', async () => {
    const key = `bad-${randomUUID()}`;
    expect((await post(body(key, 'acc_thread_3'), 'whsec_wrong')).status).toBe(401);
    expect(await onRecord([key])).toEqual([]);
    // The thread hears Temporal's state from the parent (every second).
    let health: Record<string, unknown> = {};
    for (let i = 0; i < 40 && health.temporal !== 'unavailable'; i++) {
      health = (await (await fetch(receiver.url.replace('/webhooks/mono', '/health'))).json()) as Record<
        string,
        unknown
      >;
      if (health.temporal !== 'unavailable') await new Promise((r) => setTimeout(r, 100));
    }
    expect(health).toMatchObject({ ok: true, temporal: 'unavailable' });
  });

  it('lets the main connection read then write in one transaction while the receiver commits', async () => {
    // A deferred transaction that read before the receiver's commit could not write after it (SQLITE_BUSY_SNAPSHOT):
    // transactions take the write lock at begin, so the two connections wait for each other instead.
    let sending = true;
    const senders = Promise.all(
      Array.from({ length: 8 }, async (_, s) => {
        for (let i = 0; sending; i++)
          expect((await post(body(`tx-${s}-${i}-${randomUUID()}`, 'acc_thread_5'))).status).toBe(200);
      }),
    );
    try {
      for (let i = 0; i < 20; i++) {
        await handle.db.transaction().execute(async (tx) => {
          const first = await tx
            .selectFrom('webhook_events')
            .select('id')
            .orderBy('id')
            .limit(1)
            .executeTakeFirstOrThrow();
          await new Promise((r) => setTimeout(r, 5));
          await tx
            .updateTable('webhook_events')
            .set((eb) => ({ relay_attempts: eb('relay_attempts', '+', 1) }))
            .where('id', '=', first.id)
            .execute();
        });
      }
    } finally {
      sending = false;
      await senders;
    }
    const row = await handle.db
      .selectFrom('webhook_events')
      .select('relay_attempts')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row.relay_attempts).toBe(20);
  });

  it('stops listening on close, with every acknowledged event on record', async () => {
    const url = receiver.url;
    const keys = Array.from({ length: 20 }, (_, i) => `close-${i}-${randomUUID()}`);
    const answers = await Promise.all(keys.map((k) => post(body(k, 'acc_thread_4'))));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await receiver.close();
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect((await onRecord(keys)).length).toBe(keys.length);
  });
});
