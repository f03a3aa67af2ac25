import { randomUUID } from 'node:crypto';
import type { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MonoClient } from '../../adapters/mono/index.js';
import { pendingWebhookEvents } from '../../db/webhook-event-repository.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { monoAccountConfirmer } from '../../worker/webhook-account-check.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';
import type { AccountConfirmer } from '../../worker/webhook-relay.js';
import { accountFeedWorkflowId } from '../../workflows/messages.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { until } from '../support/until.js';
import { accountUpdatedWebhook, connectTestTemporal, terminateFeeds } from '../support/webhook-outbox.js';

// Webhooks for accounts we have no record of are acknowledged and recorded; they start a feed only for a new link
// (account_connected) or when Mono (here the sandbox, over HTTP) confirms the account exists. No worker polls the
// task queue, so a started feed shows as a workflow execution and nothing else runs.

const logger = createLogger({ silent: true });

describe('webhooks for accounts not on record', () => {
  let connection: Connection;
  let client: Client;
  let sandbox: Sandbox;
  let mono: MonoClient;
  let db: TestDb;
  let receiver: WebhookReceiver;
  let monoReachable = true;
  const asked: string[] = [];
  const taskQueue = `unknown-${randomUUID()}`;
  const started: string[] = [];

  beforeAll(async () => {
    ({ connection, client } = await connectTestTemporal());
    sandbox = await startSandbox({ seed: 1717, webhookUrl: null });
    mono = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, logger });
    const confirm = monoAccountConfirmer(mono);
    const confirmAccount: AccountConfirmer = async (id) => {
      asked.push(id);
      if (!monoReachable) throw new Error('Mono unreachable (test)');
      return confirm(id);
    };
    db = await openSqliteTestDb();
    receiver = await startWebhookReceiver({
      db: db.db,
      temporal: () => client,
      taskQueue,
      secret: sandbox.webhookSecret,
      logger,
      confirmAccount,
      relay: { pollMs: 50 },
    });
  });
  afterAll(async () => {
    await receiver?.close();
    await terminateFeeds(client, started);
    await mono?.close();
    await sandbox?.close();
    await db?.dispose();
    await connection?.close();
  });

  const post = async (body: Record<string, unknown>) =>
    (
      await fetch(receiver.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'mono-webhook-secret': sandbox.webhookSecret },
        body: JSON.stringify(body),
      })
    ).status;
  const outcome = async (key: string) =>
    db.db
      .selectFrom('webhook_events')
      .select(['status', 'relay_outcome'])
      .where('event_key', '=', key)
      .executeTakeFirstOrThrow();
  const feedExists = async (id: string) => {
    try {
      await client.workflow.getHandle(accountFeedWorkflowId(id)).describe();
      return true;
    } catch {
      return false;
    }
  };

  it('records an event for an account Mono does not know and starts nothing', async () => {
    const ghost = `acc_ghost_${randomUUID().slice(0, 8)}`;
    expect(await post(accountUpdatedWebhook(`ghost-${ghost}`, ghost))).toBe(200);
    await until(async () => (await outcome(`ghost-${ghost}`)).status === 'handed_off');
    expect(await outcome(`ghost-${ghost}`)).toEqual({ status: 'handed_off', relay_outcome: 'unknown-account' });
    expect(asked).toContain(ghost);
    expect(await feedExists(ghost)).toBe(false);
    expect(receiver.relay!.stats.unknownAccount).toBeGreaterThanOrEqual(1);
    const body = await db.db
      .selectFrom('webhook_events')
      .select('body')
      .where('event_key', '=', `ghost-${ghost}`)
      .executeTakeFirstOrThrow();
    expect(body.body).toContain(ghost);
  });

  it('starts the feed of an account Mono confirms', async () => {
    const real = await sandbox.linkAccount({ historyDays: 2, txnsPerDay: 1 });
    started.push(real);
    expect(await post(accountUpdatedWebhook(`real-${real}`, real))).toBe(200);
    await until(async () => (await outcome(`real-${real}`)).status === 'handed_off');
    expect(await outcome(`real-${real}`)).toEqual({ status: 'handed_off', relay_outcome: 'signalled' });
    expect(asked).toContain(real);
    expect(await feedExists(real)).toBe(true);
  });

  it('starts a feed for account_connected (a new link), and passes the update that follows, without asking Mono', async () => {
    const fresh = `acc_new_${randomUUID().slice(0, 8)}`;
    started.push(fresh);
    const key = `connected-${fresh}`;
    expect(await post({ event: 'mono.events.account_connected', event_id: key, data: { id: fresh, meta: {} } })).toBe(
      200,
    );
    // Mono sends account_updated right after account_connected, before the feed has recorded the account.
    expect(await post(accountUpdatedWebhook(`after-${fresh}`, fresh))).toBe(200);
    await until(async () => (await outcome(`after-${fresh}`)).status === 'handed_off');
    expect(await outcome(key)).toEqual({ status: 'handed_off', relay_outcome: 'signalled' });
    expect(await outcome(`after-${fresh}`)).toEqual({ status: 'handed_off', relay_outcome: 'signalled' });
    // The sandbox has never heard of this id: had the relay asked, the update would have been dropped.
    expect(asked).not.toContain(fresh);
    expect(await feedExists(fresh)).toBe(true);
  });

  it('keeps the events while Mono cannot be asked, and decides once it answers', async () => {
    monoReachable = false;
    const real = await sandbox.linkAccount({ historyDays: 2, txnsPerDay: 1 });
    started.push(real);
    const key = `later-${real}`;
    expect(await post(accountUpdatedWebhook(key, real))).toBe(200);
    await until(async () => asked.includes(real));
    await new Promise((r) => setTimeout(r, 300));
    expect((await outcome(key)).status).toBe('received');
    expect((await pendingWebhookEvents(db.db, { limit: 10 })).map((e) => e.key)).toContain(key);
    expect(await feedExists(real)).toBe(false);
    monoReachable = true;
    await until(async () => (await outcome(key)).status === 'handed_off');
    expect(await outcome(key)).toEqual({ status: 'handed_off', relay_outcome: 'signalled' });
    expect(await feedExists(real)).toBe(true);
  });
});
