import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { accountFeedWorkflowId, statusQuery, type FeedStatus } from '../../workflows/messages.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import { DEMO_ACCOUNTS, DEMO_CLOCK_START, DEMO_SEED } from '../../worker/demo/demo-accounts.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDb, type DbHandle } from '../../db/connection.js';
import { postgresAvailable, TEST_PG_URL } from '../support/databases.js';
import { requireComponent } from '../support/components.js';
import { validateReportDocument } from '../reports/report-schema.js';

const root = new URL('../../', import.meta.url).pathname;
const address = inject('temporalAddress');
const namespace = inject('temporalNamespace');
const hasPg = await requireComponent(
  'postgres',
  postgresAvailable,
  `PostgreSQL at ${TEST_PG_URL.replace(/:[^:@/]+@/, ':***@')}`,
);

/**
 * The production command, the way the README's "Scaling out" runs it: `bankfeed worker` against an external Temporal
 * server and PostgreSQL, with the ledger configuration from BANKFEED_LEDGER_CONFIG. The feed's own reconciliation
 * must run under it (it once failed on every account because `worker` never loaded the ledger configuration).
 */
describe.skipIf(!hasPg)('bankfeed worker: reconciliation against external Temporal and PostgreSQL', () => {
  const account = DEMO_ACCOUNTS[0]!.spec;
  const taskQueue = `e2e-worker-${process.pid}-${Date.now()}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-e2e-worker-'));
  let sandbox: Sandbox;
  let db: DbHandle;
  const dbName = `bankfeed_e2e_${randomBytes(5).toString('hex')}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: TEST_PG_URL });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  let worker: ChildProcess;
  let client: Client;
  let connection: Connection;
  let env: NodeJS.ProcessEnv;
  let stderr = '';

  beforeAll(async () => {
    sandbox = await startSandbox({ seed: DEMO_SEED, startTime: DEMO_CLOCK_START });
    await sandbox.linkAccount(account);
    await admin(`create database ${dbName}`);
    const url = new URL(TEST_PG_URL);
    url.pathname = `/${dbName}`;
    db = await openDb({ url: url.toString() });
    env = {
      ...process.env,
      BANKFEED_DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      TEMPORAL_ADDRESS: address,
      TEMPORAL_NAMESPACE: namespace,
      BANKFEED_TASK_QUEUE: taskQueue,
      MONO_BASE_URL: sandbox.url,
      MONO_SECRET_KEY: sandbox.secretKey,
      MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
      BANKFEED_WEBHOOK_PORT: '0',
      BANKFEED_LEDGER_CONFIG: join(root, 'examples/bankfeed.ledger.json'),
      BANKFEED_LOG_LEVEL: 'warn',
    };
    worker = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule', '--no-web'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const ready = await new Promise<{ webhookUrl: string }>((resolve, reject) => {
      let out = '';
      worker.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const line = out.split('\n').find((l) => l.includes('"ready":true'));
        if (line) resolve(JSON.parse(line) as { webhookUrl: string });
      });
      worker.on('exit', (code) => reject(new Error(`bankfeed worker exited ${code}: ${stderr.slice(-2000)}`)));
    });
    sandbox.setWebhookUrl(ready.webhookUrl);
    connection = await Connection.connect({ address });
    client = new Client({ connection, namespace });
  }, 180_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker.on('exit', r));
      worker.kill('SIGTERM');
      await exited;
    }
    await connection?.close();
    await sandbox?.close();
    await db?.close();
    await admin(`drop database if exists ${dbName} with (force)`).catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('backfills, reconciles against the configured books, and exports the one report document', async () => {
    await startAccountFeed(client, taskQueue, account.id, { historyDays: 45, pollIntervalMs: 3_600_000 });
    const handle = client.workflow.getHandle(accountFeedWorkflowId(account.id));
    const deadline = Date.now() + 240_000;
    let status: FeedStatus | null;
    for (;;) {
      status = await handle.query(statusQuery).catch(() => null);
      if (status?.lastReconciliation || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(status?.lastError ?? null, stderr.slice(-2000)).toBeNull();
    expect(status?.lastReconciliation?.runId, 'the feed reconciled under `bankfeed worker`').toBeGreaterThan(0);

    // What the worker wrote is in PostgreSQL: the run, its groups, and the binding from the ledger configuration.
    const run = await db.db
      .selectFrom('reconcile_runs')
      .selectAll()
      .where('account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(run.finished_at).not.toBeNull();
    const groups = await db.db
      .selectFrom('match_groups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(Number(groups.n)).toBeGreaterThan(10);
    const bound = await db.db
      .selectFrom('accounts')
      .select('ledger_binding')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(bound.ledger_binding!)).toMatchObject({ sourceId: 'adebayo-books', ledgerAccount: '1010' });

    // `bankfeed export` through the same composition root: the report document, valid against its schema.
    const out = join(dataDir, 'export.json');
    const code = await new Promise<number | null>((resolve) => {
      const p = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'export', account.id, '--out', out], {
        env,
        stdio: 'inherit',
      });
      p.on('exit', resolve);
    });
    expect(code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      producedBy: string;
      statements: Array<{
        statement: { balancePerBank: { source: string }; balancePerBooks: { source: string }; notes: string[] };
        suggestions: Array<{ candidates: Array<{ id: string | null }> }>;
      }>;
    };
    validateReportDocument(doc);
    expect(doc.producedBy).toBe('export');
    const st = doc.statements[0]!;
    expect(st.statement.balancePerBank.source).toBe('mono-running-balance');
    // The demo books are a general ledger without a balance column and nothing was finished yet: assumed, and said.
    expect(st.statement.balancePerBooks.source).toBe('assumed');
    expect(st.statement.notes.join(' ')).toMatch(/NOT VERIFIED/);
    // Every suggestion candidate carries the stored id `bankfeed matches confirm` takes.
    for (const s of st.suggestions) for (const c of s.candidates) expect(c.id).toMatch(/^\d+$/);

    // A usage error is exit 2 under the one exit-code map: an unknown account, a date that does not exist.
    const exit = (args: string[]) =>
      new Promise<number | null>((resolve) => {
        const p = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), ...args], { env, stdio: 'ignore' });
        p.on('exit', resolve);
      });
    expect(await exit(['export', 'no-such-account', '--out', join(dataDir, 'x.json')])).toBe(2);
    expect(await exit(['export', account.id, '--from', '2026-13-45', '--out', join(dataDir, 'x.json')])).toBe(2);
    expect(await exit(['matches', 'list', account.id, '--status', 'maybe'])).toBe(2);
    expect(await exit(['matches', 'list', account.id, '--limit', 'ten'])).toBe(2);
  }, 400_000);
});
