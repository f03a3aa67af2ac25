import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccount } from '../../db/account-repository.js';
import { startFeedOfNewLink } from '../../worker/account-link.js';
import {
  accountFeedWorkflowId,
  packFeedEvents,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  unlinkSignal,
  webhookEventsSignal,
  type FeedStatus,
} from '../../workflows/messages.js';
import { startFeedHarness, TEST_FEED_CONFIG, type FeedHarness } from '../support/feed-harness.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { endsWithin, stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// An account_unlinked webhook ended the feed at once. A stale one (the account was linked again since: `bankfeed link
// --code` joined the feed while the relay was mid-signal of an old unlink, or Mono re-delivered an old unlink) ended
// the new link's feed and its transactions stopped for good. The feed now asks Mono first (confirmUnlinkedAtMono):
// only an account Mono no longer knows ends it. A genuine unlink still does: test/feed/account-feed.test.ts ('ends the
// feed when the account is unlinked').

describe('an account_unlinked webhook for an account Mono still has linked (real worker, relay, sandbox)', () => {
  let h: FeedHarness;
  beforeAll(async () => {
    h = await startFeedHarness({ sandbox: { seed: 3131 } });
  });
  afterAll(async () => {
    await h?.close();
  });

  const feed = (id: string) => h.client.workflow.getHandle(accountFeedWorkflowId(id));

  it('does not end the feed: Mono is asked, the unlink is dropped and counted, later syncs store new lines', async () => {
    const id = await h.sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 10, txnsPerDay: 2 });
    // `bankfeed link --code`: the link is recorded, then the feed starts (or is joined).
    await startFeedOfNewLink({ db: h.db.db, client: h.client, taskQueue: h.taskQueue }, id, TEST_FEED_CONFIG);
    await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');

    // Mono re-delivers an unlink of an earlier link, after this link: the relay cannot tell it from a live one (it
    // was received after the link) and signals it. The sandbox still has the account linked.
    await h.sandbox.emitWebhook('mono.events.account_unlinked', { account: { id } });
    const after = await h.waitFor(id, (s) => (s.counts.staleUnlinks ?? 0) === 1 && s.state === 'ACTIVE');
    expect(after.counts.unconfirmedUnlinks ?? 0).toBe(0);
    expect((await feed(id).describe()).status.name).toBe('RUNNING');
    expect((await getAccount(h.db.db, id))?.state).not.toBe('UNLINKED');

    // The link's data still flows.
    const before = (await h.storedLive(id)).length;
    const added = h.sandbox.addTransactions(id, 2, { narration: 'POS PURCHASE AFTER STALE UNLINK' });
    const r = await feed(id).executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
    expect(r.status).toBe('succeeded');
    expect(await h.storedLive(id)).toHaveLength(before + added.length);
    expect((await feed(id).describe()).status.name).toBe('RUNNING');

    // A genuine unlink of this link still ends it.
    await h.sandbox.unlink(id);
    const final = (await feed(id).result()) as FeedStatus;
    expect(final.state).toBe('UNLINKED');
    expect(final.counts.staleUnlinks).toBe(1);
  });
});

describe('asking Mono whether an unlink stands (stub activities)', () => {
  const feeds = useStubFeedWorkers();
  const monoUnlink = packFeedEvents([{ key: 'evt-unlinked', type: 'account_unlinked' }]);

  it("holds a person's unlink that arrives while Mono is asked, and acts on it when Mono's proves stale", async () => {
    let answer!: (a: 'linked') => void;
    const answered = new Promise<'linked'>((r) => (answer = r));
    const calls: string[] = [];
    const stub = stubFeedActivities(0, () => ({
      async confirmUnlinkedAtMono() {
        calls.push('confirmUnlinkedAtMono');
        return answered;
      },
      async unlinkAtMono() {
        calls.push('unlinkAtMono');
      },
    }));
    await feeds.withFeed('stale-unlink-held', stub, { reconcileAfterSync: false }, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      await handle.signal(webhookEventsSignal, monoUnlink);
      await until(async () => calls.includes('confirmUnlinkedAtMono'));
      await handle.signal(unlinkSignal, { requestedBy: 'ada@finance', callMono: true });
      answer('linked');

      const final = (await handle.result()) as FeedStatus;
      expect(final.state).toBe('UNLINKED');
      expect(final.counts.staleUnlinks).toBe(1);
      expect(calls).toEqual(['confirmUnlinkedAtMono', 'unlinkAtMono']);
      // Replayed by test/feed/replay.test.ts: a history that took the confirm-mono-unlink path.
      await recordHistoryFixture(handle, 'accountFeed-11-confirm-mono-unlink');
    });
  });

  // The webhook is recorded, but the feed is busy (here: recording its SYNCING state) and has not begun to ask Mono.
  // A person's `bankfeed unlink` then was dropped by "the first unlink asked for wins" (patch hold-unlink-before-asking
  // holds it): Mono's proved stale and the account went on syncing though a person had asked to unlink it.
  it("holds a person's unlink that arrives before the feed asks Mono, and acts on it when Mono's proves stale", async () => {
    const calls: string[] = [];
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let held = false;
    const stub = stubFeedActivities(0, ({ outcome }) => ({
      async recordFeedState(input) {
        if (input.state !== 'SYNCING' || held) return;
        held = true;
        calls.push('recordFeedState:SYNCING');
        await released;
      },
      async confirmUnlinkedAtMono() {
        calls.push('confirmUnlinkedAtMono');
        return 'linked' as const;
      },
      async syncAccount(input) {
        if (input.mode === 'auto') calls.push('syncAccount');
        return outcome(input.mode === 'full');
      },
      async unlinkAtMono() {
        calls.push('unlinkAtMono');
      },
    }));
    const config = { reconcileAfterSync: false, refreshMode: 'none' as const };
    await feeds.withFeed('stale-unlink-early', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      await handle.signal(syncRequestedSignal, { reason: 'test' });
      await until(async () => held);
      await handle.signal(webhookEventsSignal, monoUnlink);
      await handle.signal(unlinkSignal, { requestedBy: 'ada@finance', callMono: true });
      // Both signals applied by a finished workflow task while the feed still waits on its state write.
      await until(async () => {
        const events = (await handle.fetchHistory()).events ?? [];
        const lastSignal = events.findLastIndex((e) => !!e.workflowExecutionSignaledEventAttributes);
        return events.slice(lastSignal).some((e) => !!e.workflowTaskCompletedEventAttributes);
      });
      expect(calls).toEqual(['recordFeedState:SYNCING']);
      release();

      // Mono's unlink proves stale; the person's is then acted on (not a sync of an account being unlinked).
      await until(async () => calls.includes('unlinkAtMono') || calls.includes('syncAccount'));
      expect(calls).toEqual(['recordFeedState:SYNCING', 'confirmUnlinkedAtMono', 'unlinkAtMono']);
      const final = await endsWithin(handle, 20_000);
      expect(final.state).toBe('UNLINKED');
      expect(final.counts.staleUnlinks).toBe(1);
      // Replayed by test/feed/replay.test.ts: a history that took the hold-unlink-before-asking path.
      await recordHistoryFixture(handle, 'accountFeed-16-hold-unlink-before-asking');
    });
  });

  it('keeps the feed when Mono cannot be asked, and ends it at the next bank call Mono answers not found', async () => {
    const calls: string[] = [];
    let unconfirmed = false;
    const stub = stubFeedActivities(0, ({ outcome }) => ({
      async confirmUnlinkedAtMono() {
        calls.push('confirmUnlinkedAtMono');
        // Mono answers again by the time the bank call's not-found answer is asked about.
        if (unconfirmed) return 'unlinked' as const;
        unconfirmed = true;
        // Non-retryable, so the activity's retries do not stretch the test; a Mono outage ends the same way.
        throw ApplicationFailure.create({ type: 'MonoInvalidKey', message: 'Mono: invalid_key', nonRetryable: true });
      },
      async syncAccount(input) {
        if (!unconfirmed) return outcome(input.mode === 'full');
        calls.push('syncAccount');
        throw ApplicationFailure.create({ type: 'MonoNotFound', message: 'Mono: not_found', nonRetryable: true });
      },
    }));
    const config = { reconcileAfterSync: false, notFoundConfirmWaitsMs: [50] };
    await feeds.withFeed('stale-unlink-unasked', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      await handle.signal(webhookEventsSignal, monoUnlink);

      const final = (await handle.result()) as FeedStatus;
      expect(final.state).toBe('UNLINKED');
      expect(final.counts.unconfirmedUnlinks).toBe(1);
      // The feed went on after the unanswered question; its next bank call got Mono's answer, which Mono confirmed
      // (test/feed/not-found-confirm.test.ts).
      expect(calls).toEqual(['confirmUnlinkedAtMono', 'syncAccount', 'confirmUnlinkedAtMono']);
    });
  });

  it('goes on syncing after a stale unlink cut a sync short', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let syncs = 0;
    const stub = stubFeedActivities(1, ({ outcome }) => ({
      async confirmUnlinkedAtMono() {
        return 'linked' as const;
      },
      async syncAccount(input) {
        if (input.mode === 'auto' && ++syncs === 1) {
          // The first sync after the backfill hangs until the feed cancels it (the unlink); it then ends.
          await released;
          throw new Error('released');
        }
        return outcome(input.mode === 'full');
      },
    }));
    await feeds.withFeed('stale-unlink-cut', stub, { reconcileAfterSync: false, refreshMode: 'none' }, async (h) => {
      await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
      await h.signal(syncRequestedSignal, { reason: 'test' });
      await until(async () => syncs === 1);
      await h.signal(webhookEventsSignal, monoUnlink);
      await until(async () => (await h.query(statusQuery)).counts.staleUnlinks === 1);
      release();
      await until(async () => syncs >= 2 && (await h.query(statusQuery)).state === 'ACTIVE');
      const s = await h.query(statusQuery);
      expect(s.lastSync?.status).toBe('succeeded');
      expect((await h.describe()).status.name).toBe('RUNNING');
    });
  });
  // A syncNow caller whose sync the webhook cut short was told `unlinked` at once, though Mono then proved the
  // webhook stale and the feed went on. It now waits for the sync the feed runs again (answer-sync-after-unlink-check).
  it('answers a waiting syncNow with the sync it runs again, not unlinked, after a stale unlink cut its sync short', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let syncs = 0;
    const stub = stubFeedActivities(1, ({ outcome }) => ({
      async confirmUnlinkedAtMono() {
        return 'linked' as const;
      },
      async syncAccount(input) {
        if (input.mode === 'auto' && ++syncs === 1) {
          await released;
          throw new Error('released');
        }
        return outcome(input.mode === 'full');
      },
    }));
    await feeds.withFeed('stale-unlink-answer', stub, { reconcileAfterSync: false, refreshMode: 'none' }, async (h) => {
      await until(async () => (await h.query(statusQuery)).state === 'ACTIVE');
      const answer = h.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
      await until(async () => syncs === 1);
      await h.signal(webhookEventsSignal, monoUnlink);
      await until(async () => (await h.query(statusQuery)).counts.staleUnlinks === 1);
      release();
      const r = await answer;
      expect(r.status).toBe('succeeded');
      expect(r.reason).toBe('stale-unlink');
      expect(syncs).toBe(2);
      expect((await h.describe()).status.name).toBe('RUNNING');
    });
  });
});
