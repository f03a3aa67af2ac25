/**
 * Review of session 38's operator fixes (7b0708d … e069e4f): each defect found, written as a test that fails until it
 * is fixed (`it.fails`). What is wrong and what is expected is in each comment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFeedActivities } from '../../activities/feed-activities.js';
import { reportStorageRefusal, type StorageRefused } from '../../activities/storage-failures.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { databaseWhere, type StorageWriteError } from '../../worker/storage-errors.js';
import { startFeedHarness, type FeedHarness } from '../support/feed-harness.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('a database that refuses writes while the feed is idle (real activities, the sandbox)', () => {
  let sb: Sandbox;
  let handle: DbHandle;
  let file: string;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3881, webhookUrl: null });
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-review38-'));
    dirs.push(dir);
    file = join(dir, 'bankfeed.db');
    handle = await openDb({ url: file });
  });
  afterAll(async () => {
    await handle?.close();
    await sb?.close();
  });

  // 5429747 (activities/feed-activities.ts storageFinal, its comment at ~line 266): only describeAccount, syncAccount
  // and createReauthLink reported a refused write to the command's storage watch; recordFeedState "retries until the
  // disk is freed, and the process has stopped meanwhile". But every poll and every requested sync begins with
  // recordFeedState (FeedSteps.runSync: setState('SYNCING') before sync()), so a disk that filled (or a database
  // made read-only) while the feeds were idle is met first by recordFeedState: it threw the raw SqliteError, Temporal
  // retried it for ever, the sync that would report was never reached, and `worker` / `start --once` were never told,
  // which is the very behaviour the commit says it ended. Severity: medium. Fixed: recordFeedState runs under
  // reportStorageRefusal too, so the refusal is reported (the process stops in order naming the database) and its
  // failure is a retryable StorageWriteRefused (the workflow awaits it without a catch: it must not fail the feed).
  it('recordFeedState meeting a read-only database tells the storage watch', async () => {
    const refused: StorageRefused[] = [];
    const acts = createFeedActivities({
      db: handle.db,
      mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
      logger: createLogger({ silent: true }),
      notifier: { reauthRequired: async () => {} },
      clock: () => sb.now(),
      database: file,
      onStorageRefused: (r) => refused.push(r),
    });
    const id = await sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 3, txnsPerDay: 2 });
    await new MockActivityEnvironment().run(acts.describeAccount, id);
    // the database refuses every write from here (SQLITE_READONLY, one of the codes storageRefusal knows)
    await sql.raw('pragma query_only = 1').execute(handle.db);
    try {
      const failure = await new MockActivityEnvironment({ attempt: 1 })
        .run(acts.recordFeedState, { accountId: id, state: 'SYNCING' })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(failure).toBeInstanceOf(ApplicationFailure);
      expect(failure).toMatchObject({
        type: 'StorageWriteRefused',
        nonRetryable: false,
        message: `cannot write ${file}: the database is read-only (SQLITE_READONLY)`,
      });
      expect(refused).toEqual([{ path: file, code: 'SQLITE_READONLY', said: 'the database is read-only' }]);
    } finally {
      await sql.raw('pragma query_only = 0').execute(handle.db);
    }
  });
});

describe('the database named in a StorageWriteRefused failure', () => {
  // 5429747 (worker/composition-root.ts storage.database = databaseWhere(settings.databaseUrl); worker/
  // storage-errors.ts databaseWhere): databaseWhere blanked the URL's password field only, but node-postgres also takes
  // the password from the query string (pg-connection-string copies every search parameter into the config), so
  // DATABASE_URL=postgres://bankfeed@db/bankfeed?password=… kept its password. Before this commit that string reached
  // only a console line at exit; now it is the message of the feed's activity failure, which goes into Temporal's
  // history and, where the feed records the failure, its lastError and the account's last_error (status, the web
  // app). Severity: medium (a secret in durable records shown to users). Fixed: databaseWhere drops the whole query
  // string, so no password (nor sslpassword) of the URL is in the name.
  it('carries no password given in the query string', async () => {
    const where = databaseWhere('postgres://bankfeed@db.internal:5432/bankfeed?password=s3cret-pw&sslmode=require');
    const failure = await reportStorageRefusal(where, undefined, async () => {
      throw Object.assign(new Error('could not extend file "base/16384/2619": No space left on device'), {
        code: '53100',
      });
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).message).toMatch(/^cannot write .*disk is full \(53100\)$/);
    expect((failure as ApplicationFailure).message).not.toContain('s3cret-pw');
    expect(where).toBe('postgres://bankfeed@db.internal:5432/bankfeed');
  });
});

describe.skipIf(process.env.BANKFEED_TEST_TEMPORAL === '0')(
  'a re-authorisation link whose write the disk refuses (a running feed)',
  () => {
    let h: FeedHarness;
    const refused: StorageWriteError[] = [];
    const told: Array<{ accountId: string; url: string; reminder: number }> = [];
    beforeAll(async () => {
      h = await startFeedHarness({
        sandbox: { seed: 3882 },
        feedConfig: { reauthReminderMs: 1_500 },
        notifier: { reauthRequired: async (n) => void told.push(n) },
        storage: { database: 'the test database', onRefused: (e) => refused.push(e) },
      });
    });
    afterAll(async () => {
      await h?.close();
    });

    // 5429747 (activities/feed-activities.ts createReauthLink under storageFinal; workflows/feed-steps.ts
    // awaitReauthorisation): issueReauthLink asks Mono for the link, then stores it; a refused store ended the
    // activity for good. The commit said "no workflow change (the feed already handles these activities' failures)",
    // but awaitReauthorisation handles a failed createReauthLink by going on without a link: it never asks for one
    // again, and it notifies (first time and every reminder) only `if (s.c.reauthUrl)`. So once the disk was freed and
    // the worker started again, the feed sat in REAUTH_REQUIRED for ever with no link and nobody told. Severity: high
    // (an account silently stops syncing until someone notices by other means and runs `bankfeed reauth`). Fixed
    // (activities/storage-failures.ts reportStorageRefusal): the refusal is reported to the command's storage watch
    // (which stops `start`/`worker`) and the attempt's failure stays retryable, so the feed gets its link (and the
    // person is told) as soon as a worker can make the write. This harness's worker runs on, so its retry does.
    it('gets its link and tells the person once the disk has room again', async () => {
      const id = await h.sandbox.linkAccount({ institution: 'UBA', historyDays: 10, txnsPerDay: 3 });
      await h.startFeed(id);
      await h.waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');
      // Only the link's write is refused (as SQLite says a full disk): the feed's own state writes still go
      // through, so what follows is the link's activity and its retries, not recordFeedState's.
      await sql
        .raw(
          `create trigger review38_full before update of reauth_url on accounts when new.reauth_url is not null
             begin select raise(abort, 'SQLITE_FULL: database or disk is full'); end`,
        )
        .execute(h.db.db);
      h.sandbox.requireReauth(id);
      await h.sandbox.emitWebhook('mono.events.account_updated', {
        account: { _id: id },
        meta: { data_status: 'AVAILABLE', sync_status: 'REAUTHORISATION_REQUIRED' },
      });
      await h.waitFor(id, (s) => s.state === 'REAUTH_REQUIRED', 60_000);
      // the refused write was reported (the commands stop on it), naming the database
      await vi.waitFor(() => expect(refused.length).toBeGreaterThanOrEqual(1), { timeout: 60_000, interval: 100 });
      expect(refused[0]!.message).toMatch(/^cannot write the test database: database or disk is full \(SQLITE_FULL\)/);
      expect((await h.waitFor(id, () => true)).reauthUrl).toBeNull();
      // the disk has room again
      await sql.raw('drop trigger review38_full').execute(h.db.db);
      const s = await h.waitFor(id, (x) => !!x.reauthUrl, 15_000);
      expect(s.state).toBe('REAUTH_REQUIRED');
      // the person is told after the link is stored: on a loaded machine a moment later
      await vi.waitFor(() => expect(told.filter((n) => n.accountId === id).length).toBeGreaterThanOrEqual(1), {
        timeout: 15_000,
        interval: 100,
      });
    }, 120_000);
  },
);
