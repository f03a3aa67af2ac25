import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { getAccount, updateAccount } from '../../db/account-repository.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import type { FaultProfile } from '../../sandbox/types.js';
import { lockFile } from '../../worker/data-dir-lock.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import { connectClient } from '../../worker/temporal-connection.js';
import { accountFeedWorkflowId, statusQuery, syncRequestedSignal, type FeedStatus } from '../../workflows/messages.js';
import { TEST_FEED_CONFIG, storeTuples, truthTuples } from '../support/feed-harness.js';

/**
 * `bankfeed worker` as an operator runs it, against the sandbox and the test Temporal server: Ctrl-C in the middle
 * of the first pass, a restart, a re-authorisation across a restart, and what the console shows meanwhile.
 */

const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

interface WorkerProcess {
  child: ChildProcess;
  webhookUrl: string;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Sends Ctrl-C and resolves with the exit code. */
  interrupt(): Promise<number | null>;
}

function startWorker(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule', '--no-web'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${err.slice(-2000)}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.includes('"ready":true'));
      if (!line) return;
      clearTimeout(timer);
      resolve({
        child,
        webhookUrl: (JSON.parse(line) as { webhookUrl: string }).webhookUrl,
        stderr: () => err,
        exited,
        interrupt: () => (child.kill('SIGINT'), exited),
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited ${code}: ${err.slice(-2000)}`));
    });
  });
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A sandbox, a data dir and an environment for `bankfeed worker` on a task queue of its own. */
async function setup(seed: number, faults: Partial<FaultProfile> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-worker-restart-'));
  const sandbox: Sandbox = await startSandbox({ seed, faults });
  const dbPath = join(dir, 'bankfeed.db');
  const { client, connection } = await connectClient({
    address: inject('temporalAddress'),
    namespace: inject('temporalNamespace'),
  });
  let db: DbHandle | null = null;
  cleanups.push(async () => {
    await connection.close();
    await db?.close();
    await sandbox.close();
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  });
  const taskQueue = `worker-restart-${randomUUID()}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TEMPORAL_ADDRESS: inject('temporalAddress'),
    TEMPORAL_NAMESPACE: inject('temporalNamespace'),
    BANKFEED_TASK_QUEUE: taskQueue,
    BANKFEED_DATA_DIR: dir,
    DATABASE_URL: dbPath,
    MONO_BASE_URL: sandbox.url,
    MONO_SECRET_KEY: sandbox.secretKey,
    MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
    BANKFEED_WEBHOOK_PORT: '0',
    BANKFEED_WEB_PORT: '0',
    // The test reads the worker's stderr as a person's terminal would show it, link included.
    BANKFEED_CONSOLE_LINKS: '1',
    BANKFEED_LOG_LEVEL: 'info',
  };
  for (const k of ['BANKFEED_LEDGER_CONFIG', 'BANKFEED_VERBOSE', 'BANKFEED_REAUTH_REDIRECT_URL']) delete env[k];
  const openStore = async () => (db ??= await openDb({ url: dbPath }));
  return { dir, sandbox, client, taskQueue, env, openStore };
}

describe('bankfeed worker: Ctrl-C during the first pass', () => {
  it('exits 130, and the next start resumes with no duplicate and no gap', async () => {
    // Slow enough that the backfill outlasts the worker's 5-second grace for running activities after Ctrl-C.
    const { dir, sandbox, client, taskQueue, env, openStore } = await setup(1319, {
      slowMs: 500,
      slowProbability: 1,
    });
    // Mono's data as of an hour before the link, moved only by a refresh (a backfill asks for none): the ground truth
    // cannot gain a line the bank posts after the feed has read its newest days.
    const id = await sandbox.linkAccount({
      institution: 'GTBank',
      kind: 'business',
      historyDays: 120,
      txnsPerDay: 10,
      staleDays: 1 / 24,
    });
    let worker = await startWorker(env);
    await startAccountFeed(client, taskQueue, id, { ...TEST_FEED_CONFIG, historyDays: 120, backfillWindowDays: 4 });
    const db = (await openStore()).db;
    await until('two committed backfill windows', 120_000, async () => {
      const done = await db
        .selectFrom('sync_runs')
        .select('id')
        .where('account_id', '=', id)
        .where('status', '=', 'succeeded')
        .execute();
      return done.length >= 2;
    });
    const handle = client.workflow.getHandle(accountFeedWorkflowId(id));
    expect((await handle.query(statusQuery)).backfilled).toBe(false);

    const sent = Date.now();
    expect(await worker.interrupt(), worker.stderr().slice(-2000)).toBe(130);
    console.log(`[bankfeed tests] worker stopped ${Date.now() - sent} ms after Ctrl-C in the first pass`);
    expect(existsSync(lockFile(dir))).toBe(false);
    const atStop = await db.selectFrom('bank_transactions').select('id').where('account_id', '=', id).execute();
    expect(atStop.length).toBeGreaterThan(0);
    expect(atStop.length).toBeLessThan(sandbox.truth(id).length);

    worker = await startWorker(env);
    await until('the backfill to finish after the restart', 240_000, async () => {
      const s = await handle.query(statusQuery);
      return s.backfilled && s.state === 'ACTIVE';
    });
    const stored = await db.selectFrom('bank_transactions').selectAll().where('account_id', '=', id).execute();
    expect(stored.filter((r) => r.status === 'removed')).toHaveLength(0);
    expect(new Set(stored.map((r) => r.provider_txn_id)).size).toBe(stored.length); // no duplicate
    expect(
      storeTuples(
        stored.map((r) => ({
          amount_minor: Number(r.amount_minor),
          balance_minor: r.balance_minor === null ? null : Number(r.balance_minor),
        })),
      ),
    ).toEqual(truthTuples(sandbox, id)); // no gap: every line the bank has, once
    expect(await worker.interrupt()).toBe(130);
  }, 600_000);
});

describe('bankfeed worker: the console and re-authorisation across a restart', () => {
  it('says one line per event with no stack trace, and a restart issues a working link for a paused feed', async () => {
    const { dir, sandbox, client, taskQueue, env, openStore } = await setup(1323);
    const id = await sandbox.linkAccount({ institution: 'Access', kind: 'business', historyDays: 20, txnsPerDay: 3 });
    let worker = await startWorker(env);
    sandbox.setWebhookUrl(worker.webhookUrl);
    await startAccountFeed(client, taskQueue, id, TEST_FEED_CONFIG);
    const handle = client.workflow.getHandle(accountFeedWorkflowId(id));
    const status = () => handle.query(statusQuery) as Promise<FeedStatus>;
    await until('the backfill', 180_000, async () => (await status()).backfilled);

    // A failing sync: every answer truncated until the test lifts the fault. One line, "will be retried", no stack.
    sandbox.setFaults({ truncatedJson: 1 });
    await handle.signal(syncRequestedSignal, { reason: 'test' });
    await until('a sync failure line on the console', 120_000, async () =>
      /sync of account \S+ failed \(.+attempt \d+\); it will be retried/.test(worker.stderr()),
    );
    sandbox.setFaults({ truncatedJson: 0 });

    // The bank asks for re-authorisation: the console gets the link once, the log file the details.
    sandbox.requireReauth(id);
    await handle.signal(syncRequestedSignal, { reason: 'test' });
    const db = (await openStore()).db;
    const first = await until('the re-authorisation link', 120_000, async () => {
      const a = await getAccount(db, id);
      return a?.state === 'REAUTH_REQUIRED' && a.reauth_url ? a.reauth_url : null;
    });
    await until('the console line', 30_000, async () => worker.stderr().includes(first));
    const screen = worker.stderr();
    expect(screen.split('\n').filter((l) => l.includes('needs re-authorisation'))).toHaveLength(1);
    expect(screen).not.toMatch(/^\s+at /m); // no stack trace
    expect(screen).not.toContain('ApplicationFailure');
    expect(screen).not.toContain('[WARN]'); // the SDK's own logger no longer writes to the console
    const log = readFileSync(join(dir, 'logs', 'bankfeed.log'), 'utf8');
    expect(log).toContain('Activity failed'); // the detail is kept, in the file
    expect(log).toMatch(/"stack":"[^"]*\\n\s+at /);
    expect(log).not.toContain(first); // the link grants access: it is never logged

    expect(await worker.interrupt()).toBe(130);
    // Two days without a worker: the link has expired (links are trusted for 24 hours by default).
    await updateAccount(db, id, { reauth_required_at: new Date(Date.now() - 2 * 86_400_000).toISOString() });

    worker = await startWorker(env);
    sandbox.setWebhookUrl(worker.webhookUrl);
    const fresh = await getAccount(db, id);
    expect(fresh?.state).toBe('REAUTH_REQUIRED');
    expect(fresh?.reauth_url).toBeTruthy();
    expect(fresh?.reauth_url).not.toBe(first);
    expect(Date.parse(fresh!.reauth_expires_at!)).toBeGreaterThan(Date.now());

    // The new link works: the bank's page opens and completing it resumes the feed.
    const page = await fetch(fresh!.reauth_url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Re-authorise');
    const done = await fetch(fresh!.reauth_url!, {
      method: 'POST',
      body: new URLSearchParams({ username: 'user_good', password: '123456' }),
      redirect: 'manual',
    });
    expect(done.status).toBeLessThan(400);
    await until('the feed to resume after re-authorisation', 120_000, async () => {
      const a = await getAccount(db, id);
      return a?.state === 'ACTIVE';
    });
    expect(await worker.interrupt()).toBe(130);
  }, 600_000);
});
