import { ApplicationFailure } from '@temporalio/common';
import { describe, expect, it } from 'vitest';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import {
  packFeedEvents,
  statusQuery,
  syncNowUpdate,
  syncRequestedSignal,
  unlinkSignal,
  webhookEventsSignal,
  type FeedStatus,
} from '../../workflows/messages.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { endsWithin, stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// One not-found answer to a bank call ended a feed for good (walk-ops-s34: the demo's restarted sandbox did not know
// its accounts yet when a resumed feed asked). The feed now asks Mono (confirmUnlinkedAtMono) a few times over a few
// minutes first (FeedSteps.notFoundStands, patch confirm-mono-not-found). The real worker and sandbox:
// test/ops/walk-ops-s34.test.ts ('a feed whose first call meets a 404 …').

const feeds = useStubFeedWorkers();
const CONFIG: Partial<AccountFeedConfig> = { reconcileAfterSync: false, refreshMode: 'none' };
const notFound = () =>
  ApplicationFailure.create({ type: 'MonoNotFound', message: 'Mono: not_found (HTTP 404)', nonRetryable: true });

describe("Mono's not-found answer to a bank call (stub activities)", () => {
  it('is set aside when Mono then knows the account: the feed syncs again and goes on', async () => {
    const answers: Array<'unlinked' | 'linked'> = ['unlinked', 'linked'];
    const calls: string[] = [];
    let failed = false;
    const stub = stubFeedActivities(1, ({ outcome }) => ({
      async syncAccount(input) {
        calls.push(`syncAccount:${input.mode}`);
        if (input.mode === 'auto' && !failed) {
          failed = true;
          throw notFound();
        }
        return outcome(input.mode === 'full');
      },
      async confirmUnlinkedAtMono() {
        calls.push('confirmUnlinkedAtMono');
        return answers.shift() ?? 'linked';
      },
    }));
    const config = { ...CONFIG, notFoundConfirmWaitsMs: [100, 100, 100] };
    await feeds.withFeed('not-found-stale', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      await handle.signal(syncRequestedSignal, { reason: 'test' });
      await until(async () => {
        const s = await handle.query(statusQuery);
        return s.counts.staleNotFounds === 1 && s.state === 'ACTIVE' && s.lastSync?.status === 'succeeded';
      });
      const s = await handle.query(statusQuery);
      expect(s.lastError).toBeNull();
      expect(s.counts.unconfirmedUnlinks ?? 0).toBe(0);
      // Asked until Mono knew the account (twice, not three times), then the sync Mono refused ran again.
      expect(calls).toEqual([
        'syncAccount:full',
        'syncAccount:auto',
        'confirmUnlinkedAtMono',
        'confirmUnlinkedAtMono',
        'syncAccount:auto',
      ]);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      // Replayed by test/feed/replay.test.ts: a history that took the confirm-mono-not-found path.
      await recordHistoryFixture(handle, 'accountFeed-14-confirm-mono-not-found');
    });
  });

  // A `bankfeed sync --wait` (the syncNow update) whose sync Mono answered 404 was told `unlinked` at once, though
  // the feed then asked Mono, found the account and went on. Its answer now waits for that and says what happened
  // (patch answer-sync-after-unlink-check).
  it('answers a waiting syncNow with the failed sync, not unlinked, when the feed goes on', async () => {
    let failed = false;
    const stub = stubFeedActivities(1, ({ outcome }) => ({
      async syncAccount(input) {
        if (input.mode === 'auto' && !failed) {
          failed = true;
          throw notFound();
        }
        return outcome(input.mode === 'full');
      },
      async confirmUnlinkedAtMono() {
        return 'linked' as const;
      },
    }));
    const config = { ...CONFIG, notFoundConfirmWaitsMs: [100] };
    await feeds.withFeed('not-found-sync-now', stub, config, async (handle) => {
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      const r = await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] });
      expect(r.status).toBe('failed');
      expect(r.errors[0]).toBe('Mono: not_found (HTTP 404)');
      expect(r.errors.join('\n')).toMatch(/still knows the account; the feed goes on/);
      expect(r.errors.join('\n')).not.toMatch(/unlinked/);
      // The feed asked Mono, found the account and synced again.
      await until(async () => {
        const s = await handle.query(statusQuery);
        return s.counts.staleNotFounds === 1 && s.state === 'ACTIVE' && s.lastSync?.status === 'succeeded';
      });
      expect((await handle.describe()).status.name).toBe('RUNNING');
      // A later caller gets its own sync's result.
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'again' }] })).status).toBe('succeeded');
      // Replayed by test/feed/replay.test.ts: a history that took the answer-sync-after-unlink-check path.
      await recordHistoryFixture(handle, 'accountFeed-17-answer-sync-after-unlink-check');
    });
  });

  it('ends the feed when Mono answers not found to every question', async () => {
    let asked = 0;
    const stub = stubFeedActivities(0, () => ({
      async describeAccount() {
        throw notFound();
      },
      async confirmUnlinkedAtMono() {
        asked++;
        return 'unlinked' as const;
      },
    }));
    const config = { ...CONFIG, notFoundConfirmWaitsMs: [100, 200, 300] };
    await feeds.withFeed('not-found-stands', stub, config, async (handle) => {
      const final = await endsWithin(handle, 30_000);
      expect(final.state).toBe('UNLINKED');
      expect(asked).toBe(3);
      expect(final.counts.staleNotFounds ?? 0).toBe(0);
    });
  });

  it('ends at the next not-found answer once an account_unlinked webhook comes, without the rest of the waits', async () => {
    let asked = 0;
    const stub = stubFeedActivities(0, () => ({
      async describeAccount() {
        throw notFound();
      },
      async confirmUnlinkedAtMono() {
        asked++;
        return 'unlinked' as const;
      },
    }));
    // The second question would come ten minutes on: only the webhook brings it forward.
    const config = { ...CONFIG, notFoundConfirmWaitsMs: [100, 600_000, 600_000] };
    await feeds.withFeed('not-found-webhook', stub, config, async (handle) => {
      // The webhook must come after the feed took the first answer (an answer still in flight when the webhook comes
      // stands at once, rightly, and there is no second question): wait for the long wait's timer, started after
      // the first question's answer was completed.
      await until(async () => {
        const events = (await handle.fetchHistory()).events ?? [];
        const asking = events.find(
          (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'confirmUnlinkedAtMono',
        );
        const answered = events.findIndex(
          (e) => asking && String(e.activityTaskCompletedEventAttributes?.scheduledEventId) === String(asking.eventId),
        );
        return answered >= 0 && events.slice(answered).some((e) => !!e.timerStartedEventAttributes);
      });
      expect(asked).toBe(1);
      await handle.signal(webhookEventsSignal, packFeedEvents([{ key: 'evt-unlinked', type: 'account_unlinked' }]));
      const final = await endsWithin(handle, 20_000);
      expect(final.state).toBe('UNLINKED');
      expect(asked).toBe(2);
    });
  });

  it("ends at once at a person's unlink while Mono is asked, and tells Mono", async () => {
    const calls: string[] = [];
    const stub = stubFeedActivities(0, () => ({
      async describeAccount() {
        calls.push('describeAccount');
        throw notFound();
      },
      async confirmUnlinkedAtMono() {
        calls.push('confirmUnlinkedAtMono');
        return 'unlinked' as const;
      },
      async unlinkAtMono() {
        calls.push('unlinkAtMono');
      },
    }));
    const config = { ...CONFIG, notFoundConfirmWaitsMs: [600_000] };
    await feeds.withFeed('not-found-person', stub, config, async (handle) => {
      await until(async () => calls.includes('describeAccount'));
      await handle.signal(unlinkSignal, { requestedBy: 'ada@finance', callMono: true });
      const final: FeedStatus = await endsWithin(handle, 20_000);
      expect(final.state).toBe('UNLINKED');
      expect(calls).toEqual(['describeAccount', 'unlinkAtMono']);
    });
  });
});
