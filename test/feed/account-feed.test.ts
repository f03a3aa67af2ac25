import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverFeedEvents, requestSync } from '../../worker/feed-client.js';
import {
  syncNowUpdate,
  syncRequestedSignal,
  statusQuery,
  type FeedEvent,
  type FeedStatus,
  type SyncResult,
} from '../../workflows/messages.js';
import {
  startFeedHarness,
  storeTuples,
  truthTuples,
  TEST_FEED_CONFIG,
  type FeedHarness,
} from '../support/feed-harness.js';
import { until } from '../support/until.js';
import { outboxDrained, signalledKeys } from '../support/webhook-outbox.js';

let h: FeedHarness;

beforeAll(async () => {
  h = await startFeedHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * The feed's status once the sandbox's own webhooks for the link (account_connected, then account_updated when its
 * data is ready, sent asynchronously) have arrived and been handed off: counts read after this move by a test's own
 * events alone.
 */
async function settled(id: string): Promise<FeedStatus> {
  await until(async () => h.sandbox.counters().webhooks.pending === 0 && (await outboxDrained(h.db.db)));
  const signalled = (await signalledKeys(h.client, id)).length;
  return h.waitFor(id, (s) => s.counts.webhooks + s.counts.duplicateWebhooks >= signalled);
}

async function backfilled(id: string): Promise<FeedStatus> {
  await h.startFeed(id);
  return h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
}

describe('accountFeed against the sandbox and a real Temporal server', () => {
  it('backfills exactly the ground truth, and a second sync adds nothing', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 45, txnsPerDay: 6 });
    const status = await backfilled(id);
    expect(status.counts.inserted).toBeGreaterThan(100);
    const stored = await h.storedLive(id);
    expect(storeTuples(stored)).toEqual(truthTuples(h.sandbox, id));
    expect(new Set(stored.map((r) => r.provider_txn_id))).toEqual(new Set(h.sandbox.truth(id).map((t) => t.id)));

    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const again = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
    expect(again.status).toBe('succeeded');
    expect(again.inserted).toBe(0);
    expect(again.updated).toBe(0);
    expect(again.removed).toBe(0);
    expect(await h.storedLive(id)).toHaveLength(stored.length);
  });

  it('stores new lines after an account_updated webhook, and measures the latency', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'Kuda', kind: 'personal', historyDays: 20, txnsPerDay: 3 });
    await backfilled(id);
    const before = (await h.storedLive(id)).length;
    const added = h.sandbox.addTransactions(id, 3, { narration: 'NIP/TRF/INV-2024-0042 ADEBAYO STORES' });
    const started = Date.now();
    await h.sandbox.emitWebhook('mono.events.account_updated', {
      account: { _id: id },
      meta: { data_status: 'AVAILABLE', has_new_data: true, sync_status: 'SUCCESSFUL' },
    });
    const deadline = Date.now() + 30_000;
    let after = before;
    while (after < before + added.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      after = (await h.storedLive(id)).length;
    }
    const latencyMs = Date.now() - started;
    console.log(`[figure] webhook → stored lines latency: ${latencyMs} ms (coalescing window ${200} ms)`);
    expect(after).toBe(before + added.length);
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
  });

  it('processes a duplicate delivery once and leaves no trace of a bad secret', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'Access', historyDays: 10, txnsPerDay: 2 });
    await backfilled(id);
    const body = JSON.stringify({
      event: 'mono.events.account_updated',
      event_id: `evt-dup-${id}`,
      timestamp: new Date().toISOString(),
      data: { account: { _id: id }, meta: { data_status: 'AVAILABLE', has_new_data: false } },
    });
    const url = h.worker.receiver!.url;
    const post = (secret: string, b = body) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'mono-webhook-secret': secret },
        body: b,
      });
    const before = await settled(id);
    const r1 = await post(h.sandbox.webhookSecret);
    const r2 = await post(h.sandbox.webhookSecret);
    expect(r1.status).toBe(200);
    expect(r2.status).toBe(200);
    expect(await r2.json()).toMatchObject({ duplicate: true });
    const rows = await h.db.db
      .selectFrom('webhook_events')
      .selectAll()
      .where('event_key', '=', `evt-dup-${id}`)
      .execute();
    expect(rows).toHaveLength(1);
    // The relay hands the event off after the 200 (and an account signalled moments ago waits up to 250 ms).
    await h.waitFor(id, (s) => s.counts.webhooks > before.counts.webhooks);
    // handed to the feed once, whatever else the sandbox sent meanwhile
    const keys = await signalledKeys(h.client, id);
    expect(keys.filter((k) => k === `evt-dup-${id}`)).toHaveLength(1);

    const bad = body.replace('evt-dup', 'evt-bad');
    const r3 = await post('not-the-secret', bad);
    expect(r3.status).toBe(401);
    const none = await h.db.db
      .selectFrom('webhook_events')
      .selectAll()
      .where('event_key', '=', `evt-bad-${id}`)
      .execute();
    expect(none).toHaveLength(0);
    expect(await signalledKeys(h.client, id)).not.toContain(`evt-bad-${id}`);
  });

  it('takes a burst of webhooks as one signal: each applied once, a redelivery dropped, history barely grows', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'Zenith', historyDays: 10, txnsPerDay: 2 });
    await backfilled(id);
    const before = await settled(id);
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const lengthBefore = (await handle.describe()).historyLength;
    h.sandbox.addTransactions(id, 2);
    // What the relay hands over for a flood: 400 updates in commit order, the last one saying there is new data.
    const burst: FeedEvent[] = Array.from({ length: 400 }, (_, i) => ({
      key: `burst-${id}-${i}`,
      type: 'account_updated',
      dataStatus: 'AVAILABLE',
      syncStatus: null,
      hasNewData: i === 399,
      jobId: null,
    }));
    await deliverFeedEvents(h.client, h.taskQueue, id, burst, TEST_FEED_CONFIG);
    const after = await h.waitFor(
      id,
      (s) => s.counts.webhooks === before.counts.webhooks + 400 && s.counts.syncs > before.counts.syncs,
    );
    await h.waitFor(id, (s) => s.state === 'ACTIVE');
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
    // At-least-once delivery: the same hand-off again changes nothing but the duplicate count.
    await deliverFeedEvents(h.client, h.taskQueue, id, burst, TEST_FEED_CONFIG);
    const again = await h.waitFor(
      id,
      (s) => s.counts.duplicateWebhooks === before.counts.duplicateWebhooks + 400 && s.state === 'ACTIVE',
    );
    expect(again.counts.webhooks).toBe(after.counts.webhooks);
    const growth = (await handle.describe()).historyLength - lengthBefore;
    console.log(`[figure] 800 webhooks in 2 signals (and the sync they asked for): ${growth} history events`);
    // One event per webhook would be 800; two signals, their workflow tasks and one sync are a few dozen.
    expect(growth).toBeLessThan(100);
  });

  it('pauses an MFA account with zero bank calls and resumes after re-authorisation', async () => {
    const id = await h.sandbox.linkAccount({
      institution: 'Zenith',
      historyDays: 15,
      txnsPerDay: 3,
      mfa: { reauthAfterRefreshes: 0 },
    });
    await backfilled(id);
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const first = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'poll' }] });
    expect(first.status).toBe('reauth_required');
    const paused = await h.waitFor(id, (s) => s.state === 'REAUTH_REQUIRED' && !!s.reauthUrl);
    expect(paused.reauthUrl).toMatch(/^http/);
    const account = await h.db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(account.state).toBe('REAUTH_REQUIRED');
    expect(account.reauth_url).toBe(paused.reauthUrl);

    const calls = h.sandbox.counters().dataCallsByAccount[id] ?? 0;
    await handle.signal(syncRequestedSignal, { reason: 'user pressed sync' });
    const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'user' }] });
    expect(r.status).toBe('reauth_required');
    await new Promise((r) => setTimeout(r, 1500));
    expect(h.sandbox.counters().dataCallsByAccount[id] ?? 0).toBe(calls);
    expect(h.sandbox.counters().dataCallsWhileReauthRequired).toBe(0);

    h.sandbox.addTransactions(id, 2);
    await h.sandbox.completeReauth(id);
    const resumed = await h.waitFor(
      id,
      (s) =>
        s.state === 'ACTIVE' && s.counts.reauthorisations === 1 && s.lastSync?.reason.includes('reauthorized') === true,
    );
    expect(resumed.reauthUrl).toBeNull();
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
  });

  it('ends the feed when the account is unlinked, keeping its data', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'UBA', historyDays: 10, txnsPerDay: 2 });
    await backfilled(id);
    const stored = (await h.storedLive(id)).length;
    await h.sandbox.unlink(id);
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const final = (await handle.result()) as FeedStatus;
    expect(final.state).toBe('UNLINKED');
    expect((await h.storedLive(id)).length).toBe(stored);
    const account = await h.db.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(account.state).toBe('UNLINKED');
  });

  it('continues as new under a lowered history threshold and keeps its state', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'First Bank', historyDays: 10, txnsPerDay: 2 });
    await h.startFeed(id, { maxHistoryEvents: 60 });
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const firstRun = (await handle.describe()).runId;
    // The feed continues as new at the top of its loop once a sync ends past the threshold, so how many rounds that
    // takes depends on how the server batched the events: rounds go on until the run changes, bounded.
    let rounds = 0;
    let described = await handle.describe();
    while (described.runId === firstRun && rounds < 20) {
      h.sandbox.addTransactions(id, 1);
      await requestSync(handle, `round ${rounds}`);
      rounds++;
      described = await handle.describe();
    }
    expect(described.runId, `still the first run after ${rounds} rounds, ${described.historyLength} events`).not.toBe(
      firstRun,
    );
    const s = await handle.query(statusQuery);
    expect(s.backfilled).toBe(true);
    expect(s.counts.syncs).toBeGreaterThanOrEqual(rounds);
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
  });

  it('continues as new while two callers ask for syncs back to back', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'Zenith Bank', historyDays: 10, txnsPerDay: 2 });
    // After each sync the feed also reconciles (there are no books here, but the step still runs): a caller's next
    // request nearly always comes while it does, so one of them is always waiting for a sync.
    await h.startFeed(id, { maxHistoryEvents: 60, reconcileAfterSync: true });
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const firstRun = (await handle.describe()).runId;
    // Each caller asks again as soon as it is answered, so one of them is nearly always waiting for a sync: the run
    // can end only by refusing new requests once past its threshold, which requestSync asks again of the next run.
    const results: SyncResult[] = [];
    const caller = async (name: string) => {
      for (let round = 0; round < 8; round++) {
        h.sandbox.addTransactions(id, 1);
        results.push(await requestSync(handle, `${name} ${round}`));
      }
    };
    await Promise.all([caller('first'), caller('second')]);
    const described = await handle.describe();
    expect(
      described.runId,
      `still the first run after ${results.length} syncs, ${described.historyLength} events`,
    ).not.toBe(firstRun);
    expect(results.every((r) => r.status === 'succeeded')).toBe(true);
    await requestSync(handle, 'last');
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
  });
});
