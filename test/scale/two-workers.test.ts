import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import { connectClient } from '../../worker/temporal-connection.js';
import { accountFeedWorkflowId, statusQuery } from '../../workflows/messages.js';
import { requireComponent } from '../support/components.js';
import { postgresAvailable, TEST_PG_URL } from '../support/databases.js';
import { TEST_FEED_CONFIG, storeTuples, truthTuples } from '../support/feed-harness.js';

// Scale-out: two `bankfeed worker` processes on one task queue, one PostgreSQL database and the test run's Temporal
// server (external to both). Feeds spread over both; one is SIGKILLed while feeds are mid-backfill; every feed then
// finishes on the survivor with exactly the sandbox's ground truth: no duplicate, no gap.

const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule', '--no-web'], {
    env: { ...process.env, ...env, BANKFEED_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${err}`)), 120_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"ready":true')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}: ${err}`));
    });
  });
}

/** A fresh database on the test PostgreSQL server; its URL for the worker processes. */
async function freshPostgres(): Promise<string> {
  const name = `bankfeed_scale_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const a = new pg.Client({ connectionString: TEST_PG_URL });
    await a.connect();
    await a.query(`drop database if exists ${name} with (force)`);
    await a.end();
  });
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const pgReady = await requireComponent('postgres', postgresAvailable, 'PostgreSQL (BANKFEED_TEST_PG_URL)');

describe.runIf(pgReady)('two workers on one PostgreSQL database', () => {
  it('spread feeds over both; after one is SIGKILLed mid-sync every feed finishes on the other, exact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-scale-'));
    const sandbox: Sandbox = await startSandbox({ seed: 17, faults: { slowMs: 120, slowProbability: 1 } });
    const dbUrl = await freshPostgres();
    const db: DbHandle = await openDb({ url: dbUrl, poolSize: 2 });
    const { client, connection } = await connectClient({
      address: inject('temporalAddress'),
      namespace: inject('temporalNamespace'),
    });
    cleanups.push(async () => {
      await connection.close();
      await db.close();
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const taskQueue = `scale-${randomUUID()}`;
    const env = (name: string) => ({
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      BANKFEED_TASK_QUEUE: taskQueue,
      BANKFEED_DATA_DIR: join(dir, name),
      DATABASE_URL: dbUrl,
      MONO_BASE_URL: sandbox.url,
      MONO_SECRET_KEY: sandbox.secretKey,
      MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
      BANKFEED_WEBHOOK_PORT: '0',
      BANKFEED_WEB_PORT: '0',
    });
    const [a, b] = await Promise.all([startWorker(env('a')), startWorker(env('b'))]);
    const ids: string[] = [];
    // Mono's data as of an hour before the link, moved only by a refresh (a backfill asks for none): the ground truth
    // cannot gain a line the bank posts while the test runs, after a feed has read its newest days (CI, 23:54 UTC).
    for (let i = 0; i < 6; i++)
      ids.push(
        await sandbox.linkAccount({
          institution: 'GTBank',
          kind: 'business',
          historyDays: 40,
          txnsPerDay: 12,
          staleDays: 1 / 24,
        }),
      );
    for (const id of ids)
      await startAccountFeed(client, taskQueue, id, { ...TEST_FEED_CONFIG, historyDays: 40, backfillWindowDays: 4 });

    /** Which worker processes (by pid) ran each feed's activities so far. */
    async function workersOf(id: string): Promise<Set<number>> {
      const history = await client.workflow.getHandle(accountFeedWorkflowId(id)).fetchHistory();
      const pids = new Set<number>();
      for (const e of history.events ?? []) {
        const identity = e.activityTaskStartedEventAttributes?.identity;
        const pid = identity ? Number(/^(\d+)@/.exec(identity)?.[1]) : NaN;
        if (Number.isFinite(pid)) pids.add(pid);
      }
      return pids;
    }

    // Kill worker A once both have done work and the backfills are under way, not finished.
    const deadline = Date.now() + 120_000;
    for (;;) {
      const seen = new Set<number>();
      for (const id of ids) for (const p of await workersOf(id)) seen.add(p);
      const done = await db.db.selectFrom('sync_runs').select('id').where('status', '=', 'succeeded').execute();
      if (seen.has(a.pid!) && seen.has(b.pid!) && done.length >= 4) break;
      if (Date.now() > deadline) throw new Error(`feeds did not spread over both workers (ran on ${[...seen]})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const states = await Promise.all(
      ids.map((id) => client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)),
    );
    expect(states.some((s) => !s.backfilled)).toBe(true);
    a.kill('SIGKILL');
    await new Promise((r) => a.once('exit', r));

    const until = Date.now() + 240_000;
    for (const id of ids) {
      const h = client.workflow.getHandle(accountFeedWorkflowId(id));
      for (;;) {
        // A query routed to the killed worker's sticky queue fails until the server sends it to the shared queue.
        const s = await h.query(statusQuery).catch((e: unknown) => ({ queryFailed: String(e) }));
        if ('backfilled' in s && s.backfilled && s.state === 'ACTIVE') break;
        if (Date.now() > until)
          throw new Error(`feed ${id} did not finish on the surviving worker: ${JSON.stringify(s)}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    for (const id of ids) {
      const stored = await db.db.selectFrom('bank_transactions').selectAll().where('account_id', '=', id).execute();
      expect(
        stored.filter((r) => r.status === 'removed'),
        id,
      ).toHaveLength(0);
      expect(new Set(stored.map((r) => r.provider_txn_id)).size, id).toBe(stored.length);
      expect(
        storeTuples(
          stored.map((r) => ({
            amount_minor: Number(r.amount_minor),
            balance_minor: r.balance_minor === null ? null : Number(r.balance_minor),
          })),
        ),
        id,
      ).toEqual(truthTuples(sandbox, id));
    }
    b.kill('SIGTERM');
    await new Promise((r) => b.once('exit', r));
  }, 420_000);
});
