import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import { temporalSettings } from '../../temporal.config.js';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { MockActivityEnvironment } from '@temporalio/testing';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startBankfeedWorker, type BankfeedWorker, type BankfeedWorkerOptions } from '../../worker/bankfeed-worker.js';
import { createLogger } from '../../worker/logger.js';
import { createFeedActivities, type FeedActivities, type SyncInput } from '../../activities/feed-activities.js';
import { MonoClient } from '../../adapters/mono/index.js';
import { openSqliteTestDb, type TestDb } from './databases.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import type { AccountFeedConfig } from '../../workflows/feed-config.js';
import type { LedgerConfig } from '../../adapters/ledger/config.js';
import type { Notifier } from '../../activities/notifier.js';
import { statusQuery, type FeedStatus } from '../../workflows/messages.js';
import { connectClient } from '../../worker/temporal-connection.js';

/** Feed settings for tests: short timers, small history; Mono's own limits stay as they are. */
export const TEST_FEED_CONFIG: Partial<AccountFeedConfig> = {
  historyDays: 60,
  backfillWindowDays: 15,
  pollIntervalMs: 3_600_000,
  coalesceMs: 200,
  refreshJobWaitMs: 5_000,
  reauthReminderMs: 3_600_000,
  processingPollInitialMs: 500,
  processingPollMaxMs: 2_000,
  activityHeartbeatTimeoutMs: 5_000,
  reconcileAfterSync: false,
};

export interface FeedHarness {
  sandbox: Sandbox;
  db: DbHandle;
  worker: BankfeedWorker;
  client: Client;
  taskQueue: string;
  dir: string;
  address: string;
  namespace: string;
  startFeed(accountId: string, config?: Partial<AccountFeedConfig>): Promise<WorkflowHandle>;
  waitFor(accountId: string, pred: (s: FeedStatus) => boolean, timeoutMs?: number): Promise<FeedStatus>;
  storedLive(
    accountId: string,
  ): Promise<
    Array<{ provider_txn_id: string; amount_minor: number; business_date: string; balance_minor: number | null }>
  >;
  close(): Promise<void>;
}

export interface FeedHarnessOptions {
  sandbox?: SandboxOptions;
  dbUrl?: string;
  /** Ledger sources and bindings for reconciliation inside the feed. */
  ledger?: { config: LedgerConfig; baseDir: string };
  feedConfig?: Partial<AccountFeedConfig>;
  notifier?: Notifier;
  /** The Mono client's timeout for one request (10 s unless a test measures against it). */
  monoTimeoutMs?: number;
  /** The database as failures name it, and who hears of a write the disk refuses (the worker's option). */
  storage?: BankfeedWorkerOptions['storage'];
}

export async function startFeedHarness(opts: FeedHarnessOptions = {}): Promise<FeedHarness> {
  const feedConfig = { ...TEST_FEED_CONFIG, ...opts.feedConfig };
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-feed-'));
  const taskQueue = `feed-${randomUUID()}`;
  // Account ids, and so feed workflow ids, follow from the seed, and every test file shares one Temporal server:
  // each file that links accounts passes a seed of its own, or its feeds collide with another file's.
  const sandbox = await startSandbox({ seed: 7, ...opts.sandbox });
  const db = await openDb({ url: opts.dbUrl ?? join(dir, 'bankfeed.db') });
  const logger = createLogger({ silent: true });
  const worker = await startBankfeedWorker({
    db: db.db,
    dataDir: dir,
    temporal: { address, namespace },
    taskQueue,
    mono: { baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: opts.monoTimeoutMs ?? 10_000 },
    webhook: { secret: sandbox.webhookSecret },
    logger,
    clock: () => sandbox.now(),
    feedConfig,
    ledger: opts.ledger ?? null,
    ...(opts.notifier ? { notifier: opts.notifier } : {}),
    ...(opts.storage ? { storage: opts.storage } : {}),
  });
  sandbox.setWebhookUrl(worker.receiver!.url);
  const { client, connection } = await connectClient({ address, namespace });

  const h: FeedHarness = {
    sandbox,
    db,
    worker,
    client,
    taskQueue,
    dir,
    address,
    namespace,
    startFeed: (accountId, config) => startAccountFeed(client, taskQueue, accountId, { ...feedConfig, ...config }),
    async waitFor(accountId, pred, timeoutMs = 60_000) {
      const handle = client.workflow.getHandle(`account-feed:${accountId}`);
      const deadline = Date.now() + timeoutMs;
      let last: FeedStatus | undefined;
      while (Date.now() < deadline) {
        try {
          last = await handle.query(statusQuery);
          if (pred(last)) return last;
        } catch {
          /* not started yet */
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`timed out waiting for the feed of ${accountId}; last status: ${JSON.stringify(last)}`);
    },
    async storedLive(accountId) {
      return db.db
        .selectFrom('bank_transactions')
        .select(['provider_txn_id', 'amount_minor', 'business_date', 'balance_minor'])
        .where('account_id', '=', accountId)
        .where('status', '!=', 'removed')
        .orderBy('booked_at')
        .orderBy('id')
        .execute();
    },
    async close() {
      if (process.env.BANKFEED_RECORD_HISTORIES === '1') await recordHistories(client, taskQueue, address, namespace);
      sandbox.setWebhookUrl(null);
      await worker.shutdown();
      await connection.close();
      await sandbox.close();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/**
 * Saves the histories of this harness's feeds as replay fixtures (test/feed/replay.test.ts), exported by the pinned
 * Temporal CLI in its JSON format, which historyFromJSON reads.
 */
async function recordHistories(client: Client, taskQueue: string, address: string, namespace: string): Promise<void> {
  const out = new URL('../fixtures/histories/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const cli = temporalSettings().cliPath;
  let n = 0;
  for await (const wf of client.workflow.list({ query: `TaskQueue = '${taskQueue}'` })) {
    const r = spawnSync(
      cli,
      [
        'workflow',
        'show',
        '--address',
        address,
        '--namespace',
        namespace,
        '--workflow-id',
        wf.workflowId,
        '--run-id',
        wf.runId,
        '--output',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`temporal workflow show failed: ${r.stderr}`);
    writeFileSync(
      join(out, `${wf.type}-${String(++n).padStart(2, '0')}-${wf.status.name.toLowerCase()}.json`),
      r.stdout,
    );
  }
}

/** Ground truth as comparable tuples: the signed amount and running balance of every posted row. */
export function truthTuples(sandbox: Sandbox, accountId: string): string[] {
  return sandbox
    .truth(accountId)
    .map((t) => `${t.type === 'credit' ? t.amount : -t.amount}|${t.balance}`)
    .sort();
}

export function storeTuples(rows: Array<{ amount_minor: number; balance_minor: number | null }>): string[] {
  return rows.map((r) => `${r.amount_minor}|${r.balance_minor}`).sort();
}

export interface ActivitySandbox {
  /** The sandbox and the store, set before this file's tests. */
  readonly sb: Sandbox;
  readonly db: TestDb;
  /**
   * The feed's activities over `mono` (by default a client of the sandbox) and the store, on the sandbox's clock, with
   * a mock activity environment to run them in.
   */
  feedActivities(mono?: MonoClient): { mono: MonoClient; acts: FeedActivities; env: MockActivityEnvironment };
}

/**
 * For tests of the feed's activities without a workflow: a sandbox started with `options` and an in-memory SQLite
 * store, opened before this file's tests and closed after them.
 */
export function useActivitySandbox(options: SandboxOptions): ActivitySandbox {
  let sb: Sandbox | undefined;
  let db: TestDb | undefined;
  const logger = createLogger({ silent: true });
  beforeAll(async () => {
    sb = await startSandbox(options);
    db = await openSqliteTestDb();
  });
  afterAll(async () => {
    await sb?.close();
    await db?.close();
  });
  const ready = () => {
    if (!sb || !db) throw new Error('the activity sandbox is set in beforeAll');
    return { sb, db };
  };
  return {
    get sb() {
      return ready().sb;
    },
    get db() {
      return ready().db;
    },
    feedActivities(mono) {
      const { sb, db } = ready();
      const client = mono ?? new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey });
      const acts = createFeedActivities({
        db: db.db,
        mono: client,
        logger,
        notifier: { reauthRequired: async () => {} },
        clock: () => sb.now(),
      });
      return { mono: client, acts, env: new MockActivityEnvironment() };
    },
  };
}

/** A first sync's input (a full scan, nothing synced yet) in 7-day windows with a 3-day overlap; `o` changes it. */
export function syncInput(accountId: string, historyDays: number, o: Partial<SyncInput> = {}): SyncInput {
  return {
    accountId,
    mode: 'full',
    watermark: null,
    lastFullScanAt: null,
    historyDays,
    windowDays: 7,
    overlapDays: 3,
    fullRescanIntervalMs: 24 * 3_600_000,
    ...o,
  };
}

/**
 * The feed's real activities against the sandbox, on a fresh SQLite database, with one business account linked and
 * described: what a test of one activity's behaviour (a failing read, a cleared error) starts from.
 */
export async function sandboxFeedActivities(sb: Sandbox): Promise<{ db: TestDb; acts: FeedActivities; id: string }> {
  const db = await openSqliteTestDb();
  const acts = createFeedActivities({
    db: db.db,
    mono: new MonoClient({ baseUrl: sb.url, secretKey: sb.secretKey }),
    logger: createLogger({ silent: true }),
    notifier: { reauthRequired: async () => {} },
    clock: () => sb.now(),
  });
  const id = await sb.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 5, txnsPerDay: 2 });
  await new MockActivityEnvironment().run(acts.describeAccount, id);
  return { db, acts, id };
}
