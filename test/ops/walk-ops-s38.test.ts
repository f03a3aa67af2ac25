/**
 * Operations walk, session 38: the defects walk-ops-s37 saw and left, each written as a test that failed before its
 * fix. Steps, what was seen and what it should be are in each comment.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedActivities, type SyncOutcome } from '../../activities/feed-activities.js';
import type { StorageRefused } from '../../activities/storage-failures.js';
import { MonoClient, MonoError } from '../../adapters/mono/index.js';
import { RETRY_AFTER_GATE_MAX_MS } from '../../adapters/mono/http.js';
import { openDb } from '../../db/connection.js';
import { storageRefusal } from '../../db/storage-refusal.js';
import type { Database } from '../../db/schema.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import type { StorageWriteError } from '../../worker/storage-errors.js';
import { consoleLineFor, createLogger } from '../../worker/logger.js';
import { startWebhookReceiver } from '../../worker/webhook-receiver.js';
import { runCli } from '../support/cli-in-process.js';
import { openSqliteTestDb } from '../support/databases.js';
import { startFeedHarness, syncInput, useActivitySandbox, type FeedHarness } from '../support/feed-harness.js';

const dirs: string[] = [];
const savedEnv = { ...process.env };

afterAll(() => {
  process.env = savedEnv;
  const ds = dirs.splice(0);
  process.once('exit', () => ds.forEach((d) => rmSync(d, { recursive: true, force: true })));
});

function freshDir(tag: string): string {
  const d = mkdtempSync(join(tmpdir(), `bankfeed-ops38-${tag}-`));
  dirs.push(d);
  return d;
}

describe('a data directory whose logs is a file', () => {
  // What I did: `touch $BANKFEED_DATA_DIR/logs` (a file where the log folder goes), then `bankfeed start --once` and
  // `bankfeed worker`.
  // What I saw: "bankfeed: EEXIST: file already exists, mkdir '/tmp/…/logs'", exit 1.
  // What it should be: a data directory bankfeed cannot use is configuration (exit 3 in the exit-code map), with a
  // message naming the path and what to do. Cause: worker/logger.ts makes the folder with a bare mkdirSync.
  for (const command of [['start', '--once', '--no-web'], ['worker']]) {
    it(`${command[0]} exits 3 naming the path`, async () => {
      const dir = freshDir('logs-file');
      writeFileSync(join(dir, 'logs'), 'not a folder');
      process.env.BANKFEED_DATA_DIR = dir;
      for (const k of ['MONO_SECRET_KEY', 'MONO_WEBHOOK_SECRET', 'MONO_BASE_URL', 'DATABASE_URL', 'TEMPORAL_ADDRESS'])
        delete process.env[k];
      const r = await runCli(...command);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(join(dir, 'logs'));
      expect(r.stderr).toMatch(/BANKFEED_DATA_DIR/);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  }
});

describe('the re-authorisation link and the unlink while Mono is slow (real activities, the sandbox)', () => {
  const s = useActivitySandbox({ seed: 3806, webhookUrl: null });

  /** A client of the sandbox whose link and unlink calls answer after `ms` (a hanging Mono, shortened). */
  function slowLinkCalls(ms: number): MonoClient {
    const real = new MonoClient({ baseUrl: s.sb.url, secretKey: s.sb.secretKey });
    const slow = Object.create(real) as MonoClient;
    const wait = () => new Promise((r) => setTimeout(r, ms));
    slow.initiateReauth = async (...a) => (await wait(), real.initiateReauth(...a));
    slow.unlink = async (...a) => (await wait(), real.unlink(...a));
    return slow;
  }

  // What I did: the sandbox's `slowMs` on Mono's link calls, an account needing re-authorisation, then `bankfeed
  // unlink` of another, and read the Temporal UI's pending activities.
  // What I saw: createReauthLink and unlinkAtMono sent no heartbeat while they waited for Mono: under the feed's
  // heartbeat timeout (30 s, no longer than the client's own) Temporal timed every such attempt out as a cancellation
  // before Mono's timeout failed it, as the sync's calls were before walk-ops-s37b.
  // What it should be: every activity of the feed that calls Mono heartbeats while it waits (withHeartbeats), so a
  // hanging Mono fails the attempt at the client's timeout and a dead worker is still noticed within the heartbeat
  // timeout. Cause: activities/feed-activities.ts called Mono in these two without withHeartbeats.
  for (const name of ['createReauthLink', 'unlinkAtMono'] as const) {
    it(`${name} heartbeats while it waits for Mono`, async () => {
      const id = await s.sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 3, txnsPerDay: 2 });
      const { acts } = s.feedActivities(slowLinkCalls(1_000));
      await new MockActivityEnvironment().run(acts.describeAccount, id);
      const env = new MockActivityEnvironment({ heartbeatTimeoutMs: 300 });
      let beats = 0;
      env.on('heartbeat', () => beats++);
      await env.run(acts[name], id);
      expect(beats).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('the log of each account sync, at info (real activities, the sandbox)', () => {
  const s = useActivitySandbox({ seed: 3803, webhookUrl: null });

  // What I did: `bankfeed worker` (BANKFEED_LOG_LEVEL=info) with six accounts, a `bankfeed sync` on each, one of them
  // answered 503 by the sandbox and one needing re-authorisation, then `jq 'select(.accountId == "…")'` on the log.
  // What I saw: the Mono calls' warnings and the SDK's "Activity failed", but no record saying an account's sync ended,
  // how, with how many transactions, in how long: a good sync left nothing at info at all.
  // What it should be: one info record per sync attempt: the account's id (never its number or BVN), its outcome
  // (synced / failed / reauth-needed), the transactions added and updated, and the duration. Cause:
  // activities/feed-activities.ts syncAccount logged nothing of its outcome.
  it('says per account: synced with counts and duration, failed, reauth-needed; never a number or BVN', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', stream: { write: (l: string) => void lines.push(l) } });
    const mono = new MonoClient({ baseUrl: s.sb.url, secretKey: s.sb.secretKey });
    const acts = createFeedActivities({
      db: s.db.db,
      mono,
      logger,
      notifier: { reauthRequired: async () => {} },
      clock: () => s.sb.now(),
    });
    const env = () => new MockActivityEnvironment({ attempt: 1 });
    const link = () => s.sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 5, txnsPerDay: 2 });
    const [good, down, paused] = [await link(), await link(), await link()];
    for (const id of [good, down, paused]) await env().run(acts.describeAccount, id);

    const o = (await env().run(acts.syncAccount, syncInput(good, 5))) as SyncOutcome;
    s.sb.setFaults({ burst503Every: 1, burst503Length: 1 });
    await expect(env().run(acts.syncAccount, syncInput(down, 5))).rejects.toThrow();
    s.sb.setFaults({ burst503Every: 0 });
    s.sb.requireReauth(paused);
    await expect(env().run(acts.syncAccount, syncInput(paused, 5))).rejects.toThrow();

    type Outcome = { level: number; accountId: string; outcome?: string; added?: number; updated?: number } & Record<
      string,
      unknown
    >;
    const records = lines.map((l) => JSON.parse(l) as Outcome).filter((r) => r.outcome);
    const of = (id: string) => records.filter((r) => r.accountId === id);
    expect(of(good)).toEqual([
      expect.objectContaining({ level: 30, outcome: 'synced', added: o.inserted, updated: o.updated }),
    ]);
    expect(o.inserted).toBeGreaterThan(0);
    expect(of(good)[0]!.durationMs).toEqual(expect.any(Number));
    expect(of(down)).toEqual([expect.objectContaining({ level: 30, outcome: 'failed', attempt: 1 })]);
    expect(of(down)[0]!.durationMs).toEqual(expect.any(Number));
    expect(of(paused)).toEqual([expect.objectContaining({ level: 30, outcome: 'reauth-needed' })]);

    // nothing sensitive: the accounts' full numbers and BVNs Mono serves appear in no record
    const sensitive: string[] = [];
    for (const id of [good, down, paused]) {
      const a = await mono.getAccount(id);
      if (a.accountNumber) sensitive.push(a.accountNumber);
    }
    expect(sensitive.length).toBe(3);
    for (const line of lines) for (const n of sensitive) expect(line).not.toContain(n);
    await mono.close();
  });
});

describe('the console while the Temporal server is down', () => {
  // What I did: `bankfeed worker` against `temporal server start-dev` (TEMPORAL_ADDRESS), then `kill` of the server for
  // a minute, and its start again.
  // What I saw on the console: nothing at all; the log file had the SDK's "gRPC call … retried" records, and
  // /health said `temporal: unavailable`.
  // What it should be: one console line that Temporal at <address> is not answering and that bankfeed keeps retrying,
  // once, then one when it answers again (no secret: the address only). Cause: worker/temporal-reachability.ts knew
  // (for /health) but told nobody.
  it('says once that Temporal at its address is not answering, and once that it answers again', async () => {
    const db = await openSqliteTestDb();
    const records: Array<Record<string, unknown> & { level: number }> = [];
    const logger = createLogger({ level: 'warn', stream: { write: (l: string) => void records.push(JSON.parse(l)) } });
    let down = true;
    // a client whose server does not answer until `down` is false (as a killed and restarted dev server)
    const client = {
      connection: { withDeadline: (_d: number, fn: () => Promise<unknown>) => fn() },
      workflowService: {
        getSystemInfo: async () => {
          if (down) throw new Error('14 UNAVAILABLE: No connection established');
          return {};
        },
      },
    } as unknown as Client;
    const receiver = await startWebhookReceiver({
      db: db.db,
      temporal: () => client,
      temporalAddress: '127.0.0.1:7233',
      taskQueue: 'ops38-temporal-down',
      secret: 'whsec_ops38',
      logger,
      relay: false,
    });
    const lines = () => records.map((r) => consoleLineFor(r)).filter((l): l is string => !!l);
    try {
      await new Promise((r) => setTimeout(r, 5_000)); // three questions, all unanswered
      down = false;
      await new Promise((r) => setTimeout(r, 4_500)); // two more, answered
    } finally {
      await receiver.close();
      await db.dispose();
    }
    const said = lines().map((l) => l.slice(9));
    expect(said).toEqual([
      'Temporal at 127.0.0.1:7233 is not answering; bankfeed keeps retrying (webhooks are still accepted and wait in the outbox)',
      'Temporal at 127.0.0.1:7233 answers again',
    ]);
  }, 30_000);
});

/** The database `db` may not grow past the pages it has now: its next write needing a page answers SQLITE_FULL. */
async function fillUp(db: Kysely<Database>): Promise<void> {
  const pages = await sql<{ page_count: number }>`pragma page_count`.execute(db);
  await sql.raw(`pragma max_page_count = ${pages.rows[0]!.page_count}`).execute(db);
}

describe('a database that fills inside a feed activity (real activities, the sandbox)', () => {
  // What I did: `bankfeed start --once` with the data directory on a 2 MB tmpfs whose log went elsewhere, so that
  // the database filled during the first backfill.
  // What I saw: the feeds' syncAccount failing with "SqliteError: database or disk is full" attempt after attempt
  // (Temporal's retry, up to a minute apart, for ever), `start --once` waiting for its first pass until its 15-minute
  // deadline, and then an exit 1 that said the first pass had not finished, nothing about the disk.
  // What it should be: a write the disk refuses fails the attempt with a type saying so and a message naming the
  // database, and the command hears of it and stops in order, exit 1 naming the database (as for the log's full
  // disk, walk-ops-s37b). The failure stays retryable: the worker that runs next, with room, takes the activity up
  // again (a non-retryable one left a feed waiting for re-authorisation without its link for good, review-s38-ops).
  // Cause: activities/feed-activities.ts threw the SQLite error as it came, which Temporal retries like any other,
  // and nobody told the command.
  it('syncAccount fails retryably as StorageWriteRefused naming the database, and reports it', async () => {
    const sb = await startSandbox({ seed: 3801, webhookUrl: null });
    const dir = freshDir('full-db');
    const file = join(dir, 'bankfeed.db');
    const handle = await openDb({ url: file });
    const refused: StorageRefused[] = [];
    try {
      const acts = createFeedActivities({
        db: handle.db,
        mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
        logger: createLogger({ silent: true }),
        notifier: { reauthRequired: async () => {} },
        clock: () => sb.now(),
        database: file,
        onStorageRefused: (r) => refused.push(r),
      });
      const id = await sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 30, txnsPerDay: 20 });
      await new MockActivityEnvironment().run(acts.describeAccount, id);
      await fillUp(handle.db);
      const failure = await new MockActivityEnvironment({ attempt: 1 }).run(acts.syncAccount, syncInput(id, 30)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(ApplicationFailure);
      const f = failure as ApplicationFailure;
      expect(f.type).toBe('StorageWriteRefused');
      expect(f.nonRetryable).toBe(false);
      expect(f.message).toBe(`cannot write ${file}: database or disk is full (SQLITE_FULL)`);
      expect(refused).toEqual([{ path: file, code: 'SQLITE_FULL', said: 'database or disk is full' }]);
      // PostgreSQL says it by SQLSTATE
      expect(
        storageRefusal({ code: '53100', message: 'could not extend file "base/16384/2619": No space left' }),
      ).toEqual({ code: '53100', said: "the database server's disk is full" });
    } finally {
      await handle.close();
      await sb.close();
    }
  });
});

describe.skipIf(process.env.BANKFEED_TEST_TEMPORAL === '0')('a database that fills under a running feed', () => {
  let h: FeedHarness;
  const refused: StorageWriteError[] = [];
  beforeAll(async () => {
    h = await startFeedHarness({
      sandbox: { seed: 3802 },
      storage: { database: 'the test database', onRefused: (e) => refused.push(e) },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  // As above, through the worker and the feed's workflow: the feed's activity that meets the full database (reading
  // the account, or its backfill) fails its attempt as StorageWriteRefused, retryably, and the worker's process hears
  // of it (the commands stop on it; this harness's worker runs on). Once the disk has room, a retry goes through and
  // the first pass completes: nothing was dropped.
  it('the first pass meets the full database, the worker reports it naming it, and a retry completes it', async () => {
    const id = await h.sandbox.linkAccount({
      institution: 'GTBank',
      kind: 'business',
      historyDays: 30,
      txnsPerDay: 20,
    });
    await fillUp(h.db.db);
    await h.startFeed(id, { historyDays: 30 });
    const handle = h.client.workflow.getHandle(`account-feed:${id}`);
    let pending: { type: string; nonRetryable: boolean; message: string; attempt: number } | null = null;
    for (const until = Date.now() + 60_000; Date.now() < until && !pending;) {
      for (const a of (await handle.describe()).raw.pendingActivities ?? []) {
        const f = a.lastFailure;
        if (f?.applicationFailureInfo?.type === 'StorageWriteRefused' && (a.attempt ?? 0) >= 2)
          pending = {
            type: f.applicationFailureInfo.type,
            nonRetryable: f.applicationFailureInfo.nonRetryable ?? false,
            message: f.message ?? '',
            attempt: a.attempt ?? 0,
          };
      }
      if (!pending) await new Promise((r) => setTimeout(r, 200));
    }
    // retried, not ended: the feed has no failure of its own to record
    expect(pending).toMatchObject({
      type: 'StorageWriteRefused',
      nonRetryable: false,
      message: 'cannot write the test database: database or disk is full (SQLITE_FULL)',
    });
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0]!.message).toMatch(/^cannot write the test database: database or disk is full \(SQLITE_FULL\)/);
    expect(refused[0]!.name).toBe('StorageWriteError');
    // the disk has room again
    await sql.raw('pragma max_page_count = 1073741823').execute(h.db.db);
    const s = await h.waitFor(id, (x) => x.backfilled && x.state === 'ACTIVE', 90_000);
    expect(s.lastError).toBeNull();
  }, 180_000);
});

describe("a 429's Retry-After on one account, and every other account's calls (the sandbox)", () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await startSandbox({ seed: 3805, webhookUrl: null });
  });
  afterAll(async () => {
    await sb?.close();
  });

  // What I did: `PUT /__sandbox/faults {"rate429":1,"retryAfterSec":20}` for one call of one account's sync (the
  // sandbox's limit is per key, as Mono's is), then the faults off, and `bankfeed sync` on the five other accounts.
  // What I saw: the other accounts' calls went to Mono at once, within the 20 s Mono had asked the business to wait;
  // only the account whose call met the 429 waited (its activity's retry). With a few hundred feeds that keeps Mono's
  // limit hit.
  // What it should be: a Retry-After holds every call of the process to that Mono host (capped at 60 s), answered as
  // Mono would (rate_limited with the time left) without a request, so the callers' existing handling of a 429 waits
  // (pageWithRetries in place with heartbeats, or the activity's retry after the time left). Cause:
  // adapters/mono/http.ts read Retry-After into the one error only.
  it('holds every call to that host, any account, any client of the process, for the time left (at most 60 s)', async () => {
    const link = () => sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 3, txnsPerDay: 2 });
    const [limited, other] = [await link(), await link()];
    const a = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    const b = new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
    const window = { start: '2026-01-01', end: '2026-01-02' };
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => {
          throw new Error('expected a refusal');
        },
        (e: unknown) => e as MonoError,
      );
    try {
      sb.setFaults({ rate429: 1, retryAfterSec: 2 });
      const first = await refused(a.listTransactions(limited, window));
      expect([first.kind, first.retryAfterMs]).toEqual(['rate_limited', 2_000]);
      sb.setFaults({ rate429: 0 });
      const calls = () => sb.counters().dataCallsByAccount[other] ?? 0;
      const before = calls();
      const held = await refused(b.listTransactions(other, window));
      expect(held).toBeInstanceOf(MonoError);
      expect(held.kind).toBe('rate_limited');
      expect(held.retryAfterMs).toBeGreaterThan(1_000);
      expect(held.retryAfterMs).toBeLessThanOrEqual(2_000);
      expect(calls()).toBe(before);
      // once the time is up, calls go to Mono again
      await new Promise((r) => setTimeout(r, held.retryAfterMs! + 50));
      await expect(b.listTransactions(other, window)).resolves.toBeDefined();
      expect(calls()).toBe(before + 1);

      // a Retry-After of an hour holds the host for a minute at most
      sb.setFaults({ rate429: 1, retryAfterSec: 3_600 });
      await a.getBalance(limited).catch(() => undefined);
      sb.setFaults({ rate429: 0 });
      const capped = await refused(b.getBalance(other));
      expect(capped.kind).toBe('rate_limited');
      expect(capped.retryAfterMs).toBeLessThanOrEqual(RETRY_AFTER_GATE_MAX_MS);
      expect(capped.retryAfterMs).toBeGreaterThan(RETRY_AFTER_GATE_MAX_MS - 5_000);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
