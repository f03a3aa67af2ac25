import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { openDb } from '../../db/connection.js';
import { connectClient } from '../../worker/temporal-connection.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import { statusQuery } from '../../workflows/messages.js';
import { TEST_FEED_CONFIG, storeTuples, truthTuples } from '../support/feed-harness.js';

const root = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const c of cleanups.reverse()) await c();
});

function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule'], {
    env: { ...process.env, ...env, BANKFEED_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`worker did not start: ${err}`)), 90_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"ready":true')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}: ${err}`));
    });
  });
}

describe('a worker killed in the middle of a backfill', () => {
  it('resumes after a restart with no duplicate and no gap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bankfeed-kill-'));
    const sandbox: Sandbox = await startSandbox({ seed: 11, faults: { slowMs: 150, slowProbability: 1 } });
    const dbPath = join(dir, 'bankfeed.db');
    const db = await openDb({ url: dbPath });
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
    const taskQueue = `kill-${randomUUID()}`;
    const env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_NAMESPACE: inject('temporalNamespace'),
      BANKFEED_TASK_QUEUE: taskQueue,
      BANKFEED_DATA_DIR: dir,
      DATABASE_URL: dbPath,
      MONO_BASE_URL: sandbox.url,
      MONO_SECRET_KEY: sandbox.secretKey,
      MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
      BANKFEED_WEBHOOK_PORT: '0',
      BANKFEED_WEB_PORT: '0', // the worker also serves the web app; a developer's start may hold its default port
    };
    const id = await sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 58, txnsPerDay: 25 });
    let worker = await startWorkerProcess(env);
    await startAccountFeed(client, taskQueue, id, { ...TEST_FEED_CONFIG, backfillWindowDays: 5 });

    // Kill once some windows are committed and before the backfill is done.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const done = await db.db
        .selectFrom('sync_runs')
        .select('id')
        .where('account_id', '=', id)
        .where('status', '=', 'succeeded')
        .execute();
      if (done.length >= 2) break;
      if (Date.now() > deadline) throw new Error('backfill made no progress');
      await new Promise((r) => setTimeout(r, 50));
    }
    const handle = client.workflow.getHandle(`account-feed:${id}`);
    expect((await handle.query(statusQuery)).backfilled).toBe(false);
    worker.kill('SIGKILL');
    await new Promise((r) => worker.once('exit', r));
    const committedAtKill = (
      await db.db.selectFrom('bank_transactions').select('id').where('account_id', '=', id).execute()
    ).length;
    expect(committedAtKill).toBeGreaterThan(0);
    expect(committedAtKill).toBeLessThan(sandbox.truth(id).length);

    worker = await startWorkerProcess(env);
    const until = Date.now() + 120_000;
    for (;;) {
      const s = await handle.query(statusQuery);
      if (s.backfilled && s.state === 'ACTIVE') break;
      if (Date.now() > until) throw new Error(`backfill did not finish after restart: ${JSON.stringify(s)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const stored = await db.db.selectFrom('bank_transactions').selectAll().where('account_id', '=', id).execute();
    expect(stored.filter((r) => r.status === 'removed')).toHaveLength(0);
    expect(new Set(stored.map((r) => r.provider_txn_id)).size).toBe(stored.length);
    expect(
      storeTuples(
        stored.map((r) => ({
          amount_minor: Number(r.amount_minor),
          balance_minor: r.balance_minor === null ? null : Number(r.balance_minor),
        })),
      ),
    ).toEqual(truthTuples(sandbox, id));
    worker.kill('SIGTERM');
    await new Promise((r) => worker.once('exit', r));
  });
});
