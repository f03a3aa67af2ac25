import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduleOverlapPolicy } from '@temporalio/client';
import type { Notifier } from '../../activities/notifier.js';
import { ensureNightlySchedule, NIGHTLY_SCHEDULE_ID } from '../../worker/nightly-schedule.js';
import { statusQuery, syncNowUpdate, unlinkSignal, type FeedStatus } from '../../workflows/messages.js';
import { startFeedHarness, storeTuples, truthTuples, type FeedHarness } from '../support/feed-harness.js';

let h: FeedHarness;
const reminders: Array<{ accountId: string; reminder: number }> = [];
const notifier: Notifier = {
  async reauthRequired(n) {
    reminders.push({ accountId: n.accountId, reminder: n.reminder });
  },
};

beforeAll(async () => {
  h = await startFeedHarness({ sandbox: { seed: 53 }, notifier, feedConfig: { reauthReminderMs: 1_500 } });
});
afterAll(async () => {
  await h?.close();
});

describe('feed lifecycle details', () => {
  it('waits while Mono is still PROCESSING the account, then backfills', async () => {
    const id = await h.sandbox.linkAccount({
      institution: 'Moniepoint',
      historyDays: 10,
      txnsPerDay: 3,
      dataStatus: 'PROCESSING',
      processingMs: 4_000,
    });
    await h.startFeed(id);
    const waiting = await h.waitFor(id, (s) => s.dataStatus === 'PROCESSING');
    expect(waiting.backfilled).toBe(false);
    expect(h.sandbox.counters().dataCallsByAccount[id] ?? 0).toBeLessThanOrEqual(3); // account details only, no transactions
    await h.waitFor(id, (s) => s.backfilled && s.dataStatus === 'AVAILABLE', 60_000);
    expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
  });

  it('surfaces UNAVAILABLE in status and does not backfill an account with no data', async () => {
    const id = await h.sandbox.linkAccount({
      institution: 'OPay',
      historyDays: 10,
      txnsPerDay: 2,
      dataStatus: 'UNAVAILABLE',
    });
    await h.startFeed(id);
    const s = await h.waitFor(id, (x) => x.dataStatus === 'UNAVAILABLE');
    expect(s.backfilled).toBe(false);
    expect(await h.storedLive(id)).toHaveLength(0);
    // The feed reports the status as soon as Mono answers; the account row is written by the activity that follows.
    let dataStatus: string | null | undefined;
    for (let i = 0; i < 100 && dataStatus !== 'UNAVAILABLE'; i++) {
      const row = await h.db.db.selectFrom('accounts').select('data_status').where('id', '=', id).executeTakeFirst();
      dataStatus = row?.data_status;
      if (dataStatus !== 'UNAVAILABLE') await new Promise((r) => setTimeout(r, 100));
    }
    expect(dataStatus).toBe('UNAVAILABLE');
  });

  it('uses the legacy v1 sync at most once per 2 minutes', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'First Bank', historyDays: 8, txnsPerDay: 2 });
    await h.startFeed(id, { refreshMode: 'legacy' });
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    const first = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'one' }] });
    const second = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'two' }] });
    expect(first.refreshed).toBe(true);
    expect(second.refreshed).toBe(false);
    expect(second.status).toBe('succeeded');
    expect(h.sandbox.counters().breaches.filter((b) => b.accountId === id)).toHaveLength(0);
  });

  it('reminds on a timer while re-authorisation is pending', async () => {
    const id = await h.sandbox.linkAccount({
      institution: 'Zenith',
      historyDays: 8,
      txnsPerDay: 2,
      mfa: { reauthAfterRefreshes: 0 },
    });
    await h.startFeed(id);
    await h.waitFor(id, (s) => s.backfilled);
    await h.client.workflow
      .getHandle(`account-feed:${id}`)
      .executeUpdate(syncNowUpdate, { args: [{ reason: 'poll' }] });
    await h.waitFor(id, (s) => s.state === 'REAUTH_REQUIRED');
    const deadline = Date.now() + 20_000;
    while (reminders.filter((r) => r.accountId === id).length < 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    expect(
      reminders
        .filter((r) => r.accountId === id)
        .map((r) => r.reminder)
        .slice(0, 3),
    ).toEqual([0, 1, 2]);
    expect(h.sandbox.counters().dataCallsWhileReauthRequired).toBe(0);
    const s = await h.client.workflow.getHandle(`account-feed:${id}`).query(statusQuery);
    expect(s.reauthUrl).toMatch(/^http/);
  });

  it("unlinks at the user's request: calls Mono's unlink, ends the feed, keeps the data", async () => {
    const id = await h.sandbox.linkAccount({ institution: 'UBA', historyDays: 8, txnsPerDay: 2 });
    await h.startFeed(id);
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    const stored = (await h.storedLive(id)).length;
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    await handle.signal(unlinkSignal, { requestedBy: 'ada@finance', callMono: true });
    const final = (await handle.result()) as FeedStatus;
    expect(final.state).toBe('UNLINKED');
    // Mono forgot the account: the unlink reached it.
    const res = await fetch(`${h.sandbox.url}/v2/accounts/${id}`, { headers: { 'mono-sec-key': h.sandbox.secretKey } });
    expect(res.status).toBe(404);
    expect((await h.storedLive(id)).length).toBe(stored);
  });

  it('creates the nightly schedule once and updates it in place', async () => {
    const opts = { cron: '0 2 * * *', timezone: 'Africa/Lagos', taskQueue: h.taskQueue, catchupWindowMs: 3_600_000 };
    try {
      await h.client.schedule.getHandle(NIGHTLY_SCHEDULE_ID).delete();
    } catch {
      /* none yet */
    }
    expect(await ensureNightlySchedule(h.client, opts)).toBe('created');
    expect(await ensureNightlySchedule(h.client, { ...opts, cron: '30 1 * * *' })).toBe('updated');
    // the run's own wait for its feeds' syncs unless BANKFEED_NIGHTLY_SYNC_WAIT_SECONDS sets it
    const args = async () => {
      const a = (await h.client.schedule.getHandle(NIGHTLY_SCHEDULE_ID).describe()).action;
      return a.type === 'startWorkflow' ? a.args : null;
    };
    expect(await args()).toEqual([{}]);
    expect(await ensureNightlySchedule(h.client, { ...opts, cron: '30 1 * * *', syncWaitMs: 600_000 })).toBe('updated');
    expect(await args()).toEqual([{ settleMs: 600_000 }]);
    const d = await h.client.schedule.getHandle(NIGHTLY_SCHEDULE_ID).describe();
    expect(d.policies.overlap).toBe(ScheduleOverlapPolicy.SKIP);
    expect(d.policies.catchupWindow).toBe(3_600_000);
    expect(d.spec.timezone).toBe('Africa/Lagos');
    expect(JSON.stringify(d.spec)).toContain('30');
    await h.client.schedule.getHandle(NIGHTLY_SCHEDULE_ID).delete();
  });
});
