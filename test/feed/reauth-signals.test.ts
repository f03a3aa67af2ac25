import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncNowUpdate, syncRequestedSignal } from '../../workflows/messages.js';
import { startFeedHarness, storeTuples, truthTuples, type FeedHarness } from '../support/feed-harness.js';

/**
 * Re-authorisation from every signal Mono gives, and not one data call after the first answer that said so until the
 * user has re-authorised: `x-reauth-required: true` on a 200 with a failed job, the same header on a 400, and the
 * account_updated webhook with sync_status REAUTHORISATION_REQUIRED. (The legacy code is in feed-lifecycle.test.ts.)
 */
let h: FeedHarness;
beforeAll(async () => {
  h = await startFeedHarness({ sandbox: { seed: 67, timeScale: 20 }, feedConfig: { refreshMinIntervalMs: 0 } });
});
afterAll(async () => {
  await h?.close();
});

const calls = (id: string) => h.sandbox.counters().dataCallsByAccount[id] ?? 0;

async function nudgeWhilePaused(id: string): Promise<void> {
  const handle = h.client.workflow.getHandle(`account-feed:${id}`);
  await handle.signal(syncRequestedSignal, { reason: 'user pressed sync' });
  expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'user' }] })).status).toBe('reauth_required');
  await h.sandbox.emitWebhook('mono.events.account_updated', {
    account: { _id: id },
    meta: { data_status: 'AVAILABLE', has_new_data: true, sync_status: 'SUCCESSFUL' },
  });
  await new Promise((r) => setTimeout(r, 1500));
}

async function resumes(id: string, pausedCalls: number): Promise<void> {
  expect(calls(id)).toBe(pausedCalls);
  expect(h.sandbox.counters().dataCallsWhileReauthRequired).toBe(0);
  expect(h.sandbox.counters().dataCallsAfterReauthAnswered).toBe(0);
  h.sandbox.addTransactions(id, 2);
  await h.sandbox.completeReauth(id);
  await h.waitFor(id, (s) => s.state === 'ACTIVE' && s.lastSync?.reason.includes('reauthorized') === true);
  expect(storeTuples(await h.storedLive(id))).toEqual(truthTuples(h.sandbox, id));
}

describe('re-authorisation signals', () => {
  it.each([
    ['a 200 with x-reauth-required and a failed job', ['reauth_as_failed_job' as const]],
    ['a 400 with x-reauth-required', []],
  ])(
    '%s: exactly one data call, then none until re-authorised',
    async (_label, quirks) => {
      h.sandbox.setQuirks(quirks);
      const id = await h.sandbox.linkAccount({
        institution: 'Zenith',
        historyDays: 10,
        txnsPerDay: 3,
        mfa: { reauthAfterRefreshes: 1 },
      });
      await h.startFeed(id);
      await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
      const handle = h.client.workflow.getHandle(`account-feed:${id}`);
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'first refresh' }] })).status).toBe(
        'succeeded',
      );
      h.sandbox.advance(6 * 60_000); // past Mono's 5-minute refresh window
      const before = calls(id);
      const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'second refresh' }] });
      expect(r.status).toBe('reauth_required');
      await h.waitFor(id, (s) => s.state === 'REAUTH_REQUIRED' && !!s.reauthUrl);
      // The refresh that answered "re-authorise" is the only data call: no balance, no transactions after it.
      expect(calls(id)).toBe(before + 1);
      await nudgeWhilePaused(id);
      await resumes(id, before + 1);
      h.sandbox.setQuirks([]);
    },
    90_000,
  );

  it('the account_updated webhook alone pauses the feed with no further data call', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'UBA', historyDays: 10, txnsPerDay: 3 });
    await h.startFeed(id);
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
    h.sandbox.requireReauth(id);
    const before = calls(id);
    await h.sandbox.emitWebhook('mono.events.account_updated', {
      account: { _id: id },
      meta: { data_status: 'AVAILABLE', sync_status: 'REAUTHORISATION_REQUIRED' },
    });
    await h.waitFor(id, (s) => s.state === 'REAUTH_REQUIRED' && !!s.reauthUrl);
    await nudgeWhilePaused(id);
    await resumes(id, before);
  }, 90_000);
});
