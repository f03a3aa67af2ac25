import { ApplicationFailure } from '@temporalio/common';
import type { WorkflowHandle } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFeedActivities } from '../../activities/feed-activities.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { getAccountOrThrow } from '../../db/account-repository.js';
import { statusReport } from '../../worker/commands/status-command.js';
import { createLogger } from '../../worker/logger.js';
import { loadSettings } from '../../worker/settings.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import { packFeedEvents, statusQuery, syncNowUpdate, webhookEventsSignal } from '../../workflows/messages.js';
import { openSqliteTestDb, type TestDb } from '../support/databases.js';
import { recordHistoryFixture } from '../support/history-fixture.js';
import { endsWithin, stubFeedActivities, useStubFeedWorkers } from '../support/stub-feed.js';
import { until } from '../support/until.js';

// An account_unlinked webhook the feed could not ask Mono to confirm (Mono unreachable) was set aside and noted in the
// workflow's own state only; the next good sync cleared the note, so `bankfeed status`, the accounts list and Sync now
// never said an unlink waited to be confirmed. It now goes on the account's record (unlink_set_aside, patch
// record-set-aside-unlink) and stays through good syncs until Mono, asked again after one, answers. The feed runs on
// the tests' Temporal server with stub Mono calls; the feed's state is recorded by the real activity into SQLite.

const feeds = useStubFeedWorkers();
const CONFIG: Partial<AccountFeedConfig> = { reconcileAfterSync: false, refreshMode: 'none' };
const monoUnlink = packFeedEvents([{ key: 'evt-unlinked-unconfirmed', type: 'account_unlinked' }]);

let db: TestDb;
beforeAll(async () => {
  db = await openSqliteTestDb();
});
afterAll(async () => {
  await db?.dispose();
});

type MonoAnswer = 'down' | 'linked' | 'unlinked';

/** Stub Mono calls; the feed's state recorded by the real activity, on an account row made at its first write. */
function feedOnRecord() {
  const real = createFeedActivities({
    db: db.db,
    // never called: every activity that reads Mono is a stub
    mono: new MonoClient({ baseUrl: 'http://127.0.0.1:9', secretKey: 'test_sk_unused' }),
    logger: createLogger({ silent: true }),
    notifier: { reauthRequired: async () => {} },
  });
  const mono = { answer: 'down' as MonoAnswer, asked: 0 };
  const stub = stubFeedActivities(1, () => ({
    async recordFeedState(input) {
      await db.db
        .insertInto('accounts')
        .values({
          id: input.accountId,
          name: 'Adebayo Foods Ltd',
          currency: 'NGN',
          timezone: 'Africa/Lagos',
          state: 'LINKING',
          account_number_masked: '******4821',
          // linked now: with no worker running, status flags an account that has not synced in 2 days of its link
          linked_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await real.recordFeedState(input);
    },
    async confirmUnlinkedAtMono() {
      mono.asked++;
      if (mono.answer !== 'down') return mono.answer;
      // Non-retryable, so the activity's retries do not stretch the test; a Mono outage ends the same way.
      throw ApplicationFailure.create({ type: 'Mono_unavailable', message: 'Mono: unavailable', nonRetryable: true });
    },
  }));
  return { stub, mono };
}

const accountIdOf = (handle: WorkflowHandle) => handle.workflowId.replace(/^account-feed:/, '');
const row = (handle: WorkflowHandle) => getAccountOrThrow(db.db, accountIdOf(handle));

async function status(): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  try {
    const settings = loadSettings({ BANKFEED_DATA_DIR: '/nonexistent-set-aside-unlink' });
    return { code: await statusReport({ settings, db: db.db }, {}), stdout };
  } finally {
    spy.mockRestore();
  }
}

/** The webhook, with Mono down: the feed sets it aside, syncs (the sync succeeds) and asks Mono again in vain. */
async function setAside(handle: WorkflowHandle, mono: { asked: number }): Promise<void> {
  await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
  await handle.signal(webhookEventsSignal, monoUnlink);
  await until(async () => {
    const s = await handle.query(statusQuery);
    return s.counts.unconfirmedUnlinks === 1 && s.state === 'ACTIVE' && s.counts.syncs >= 2 && mono.asked >= 2;
  });
  await until(async () => (await row(handle)).state === 'ACTIVE');
}

describe('an account_unlinked webhook set aside because Mono could not be asked', () => {
  it('goes on the record, stays through good syncs, and goes when Mono, asked again, still knows the account', async () => {
    const { stub, mono } = feedOnRecord();
    await feeds.withFeed('set-aside-unlink-record', stub, CONFIG, async (handle) => {
      await setAside(handle, mono);

      // The sync after the webhook succeeded: the feed's error is gone, the unlink waiting to be confirmed is not.
      const s = await handle.query(statusQuery);
      expect(s.lastError).toBeNull();
      expect(s.lastSync?.status).toBe('succeeded');
      expect(s.unlinkSetAside).toMatch(/^an account_unlinked webhook was set aside: Mono could not be asked/);
      const r = await row(handle);
      expect(r.state).toBe('ACTIVE');
      expect(r.last_error).toBeNull();
      expect(r.unlink_set_aside).toBe(s.unlinkSetAside);
      expect(r.unlink_set_aside_at).not.toBeNull();
      const t = feedTrouble(r)!;
      expect(t.kind).toBe('unlink');
      expect(t.short).toBe('unlink to confirm');
      expect(t.since).not.toBeNull();

      // `bankfeed status` flags it in feedTrouble's words and exits 1.
      const st = await status();
      expect(st.code).toBe(1);
      expect(st.stdout).toContain('unlink to confirm');
      expect(st.stdout).toContain(t.what);
      expect(st.stdout).toContain(t.todo);
      expect(st.stdout).toContain('1 account(s) need attention');

      // Another good sync with Mono still not answering the question: the note stays.
      const asked = mono.asked;
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] })).status).toBe('succeeded');
      await until(async () => mono.asked > asked && (await handle.query(statusQuery)).state === 'ACTIVE');
      expect((await row(handle)).unlink_set_aside).toBe(s.unlinkSetAside);

      // Mono answers: it still knows the account, so the webhook was stale; the note leaves the record.
      mono.answer = 'linked';
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] })).status).toBe('succeeded');
      await until(async () => (await row(handle)).unlink_set_aside === null);
      const after = await handle.query(statusQuery);
      expect(after.unlinkSetAside).toBeNull();
      expect(after.counts.staleUnlinks).toBe(1);
      expect(feedTrouble(await row(handle))).toBeNull();
      expect((await row(handle)).unlink_set_aside_at).toBeNull();
      expect((await status()).code).toBe(0);

      // Later good syncs do not ask Mono again.
      const settled = mono.asked;
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] })).status).toBe('succeeded');
      await until(async () => (await handle.query(statusQuery)).state === 'ACTIVE');
      expect(mono.asked).toBe(settled);
      expect((await handle.describe()).status.name).toBe('RUNNING');
      // Replayed by test/feed/replay.test.ts: a history that took the record-set-aside-unlink path.
      await recordHistoryFixture(handle, 'accountFeed-21-record-set-aside-unlink');
      await handle.terminate('test done');
    });
  });

  it('ends the feed when Mono, asked again after a good sync, confirms the unlink; the note goes with the feed', async () => {
    const { stub, mono } = feedOnRecord();
    await feeds.withFeed('set-aside-unlink-confirmed', stub, CONFIG, async (handle) => {
      await setAside(handle, mono);
      expect((await row(handle)).unlink_set_aside).not.toBeNull();

      mono.answer = 'unlinked';
      // The caller gets its sync; the feed then ends on Mono's answer.
      expect((await handle.executeUpdate(syncNowUpdate, { args: [{ reason: 'test' }] })).status).toBe('succeeded');
      const final = await endsWithin(handle, 20_000);
      expect(final.state).toBe('UNLINKED');
      const r = await row(handle);
      expect(r.state).toBe('UNLINKED');
      expect(r.unlink_set_aside).toBeNull();
      expect(r.unlink_set_aside_at).toBeNull();
    });
  });
});
