/**
 * npm run bench:nightly -- [--sizes 1000,10000]: the nightly fan-out on the embedded Temporal server against a SQLite
 * database holding N linked accounts. For each N it runs nightlyRun to the end and prints wall time, accounts/s, the
 * number of runs (continue-as-new), batches, and the longest history of any workflow of the run (parent runs and
 * batch children); then extrapolates the wall time to 100,000 accounts from the growth between the sizes.
 *
 * The accounts are unbound and no feeds run on the bench's queue, so what is measured is the orchestration itself:
 * paging, child batches, a signal per account (answered "not running"), the chunked per-account activity (reads the
 * account, finds no binding, writes its summary row) and the organisation summary of N rows. Reconciliation cost per
 * bound account is the matching bench's business (npm run bench:match).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { Command } from 'commander';
import { createNightlyActivities } from '../activities/nightly-activities.js';
import { createReconcileActivities, fileReportSink } from '../activities/reconcile-activities.js';
import { upsertAccount } from '../db/account-repository.js';
import { openDb } from '../db/connection.js';
import { temporalSettings } from '../temporal.config.js';
import { createLogger } from '../worker/logger.js';
import { startDevServer } from '../worker/temporal-dev-server.js';
import { workflowBundle } from '../worker/workflow-bundle.js';
import type { NightlyInput, NightlyResult } from '../workflows/nightly.js';

const o = new Command()
  .name('bench:nightly')
  .option('--sizes <list>', 'account counts to run', '1000,10000')
  .option('--page-size <n>', 'accounts per batch', '500')
  .option('--concurrency <n>', 'batches at once', '4')
  .option('--batches-per-run <n>', 'continue as new after this many batches', '40')
  .parse(process.argv)
  .opts<{ sizes: string; pageSize: string; concurrency: string; batchesPerRun: string }>();
const sizes = o.sizes.split(',').map((s) => Number(s.trim()));

Runtime.install({ logger: new DefaultLogger('WARN') });
const log = (m: string) => process.stdout.write(`[nightly ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const dir = mkdtempSync(join(tmpdir(), 'bankfeed-nightly-bench-'));
const temporal = await startDevServer({
  cliPath: temporalSettings().cliPath,
  dir: join(dir, 'temporal'),
  persist: false,
  headless: true,
  readyTimeoutMs: 90_000,
});
const logger = createLogger({ silent: true });
const results: Array<{ n: number; seconds: number; runs: number; batches: number; maxHistory: number }> = [];
let exitCode = 0;
try {
  const connection = await Connection.connect({ address: temporal.address });
  const client = new Client({ connection, namespace: 'default' });
  const native = await NativeConnection.connect({ address: temporal.address });
  const bundle = await workflowBundle();
  for (const n of sizes) {
    const db = await openDb({ url: join(dir, `nightly-${n}.db`) });
    // Accounts as linking leaves them: on record with a balance, no ledger binding.
    const now = new Date().toISOString();
    await db.db.transaction().execute(async (tx) => {
      for (let i = 0; i < n; i++)
        await upsertAccount(
          tx,
          {
            id: `acc_${String(i).padStart(7, '0')}`,
            name: `Account ${i}`,
            institutionName: 'GTBank',
            institutionCode: '058',
            accountNumberMasked: '******1234',
            currency: 'NGN',
            timezone: 'Africa/Lagos',
            accountType: 'CURRENT',
            customerId: null,
            dataStatus: 'AVAILABLE',
            balanceMinor: 1_000_000 + i,
            balanceAsOf: now,
          },
          now,
        );
    });
    const reportSink = fileReportSink(join(dir, `reports-${n}`));
    const reconcile = createReconcileActivities({ db: db.db, logger, dataDir: dir, reportSink });
    const taskQueue = `nightly-bench-${n}`;
    const worker = await Worker.create({
      connection: native,
      namespace: 'default',
      taskQueue,
      workflowBundle: bundle,
      activities: createNightlyActivities({ db: db.db, logger, reportSink, reconcile }),
      maxConcurrentActivityTaskExecutions: 20,
    });
    const workflowId = `nightly-bench-${n}-${randomUUID().slice(0, 8)}`;
    const input: NightlyInput = {
      pageSize: Number(o.pageSize),
      maxConcurrentBatches: Number(o.concurrency),
      batchesPerRun: Number(o.batchesPerRun),
      settleMs: 0,
    };
    log(`${n} accounts: running ${workflowId}`);
    const started = performance.now();
    const result = (await worker.runUntil(
      client.workflow.execute('nightlyRun', { taskQueue, workflowId, args: [input] }),
    )) as NightlyResult;
    const seconds = (performance.now() - started) / 1000;
    // Every workflow of the run: the parent's runs and every batch child (ids start with the parent's id).
    let runs = 0;
    let maxHistory = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      runs = 0;
      maxHistory = 0;
      let children = 0;
      for await (const w of client.workflow.list({ query: `WorkflowId STARTS_WITH '${workflowId}'` })) {
        if (w.workflowId === workflowId) runs++;
        else children++;
        maxHistory = Math.max(maxHistory, w.historyLength);
      }
      if (children >= result.batches) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const ok = result.reports?.accounts === n && result.notRunning + result.signalled === n;
    if (!ok || maxHistory >= 10_000) exitCode = 1;
    log(
      `${n} accounts: ${seconds.toFixed(1)} s (${(n / seconds).toFixed(0)} accounts/s); ${runs} runs, ${result.batches} batches; longest history ${maxHistory} events; summary rows ${result.reports?.accounts}${ok ? '' : ' — MISMATCH'}`,
    );
    results.push({ n, seconds, runs, batches: result.batches, maxHistory });
    await db.close();
  }
  await native.close();
  await connection.close();
  if (results.length >= 2) {
    const [a, b] = [results[results.length - 2]!, results[results.length - 1]!];
    const perAccount = (b.seconds - a.seconds) / (b.n - a.n);
    const t100k = b.seconds + perAccount * (100_000 - b.n);
    process.stdout.write(
      [
        '',
        `bench:nightly — page ${o.pageSize}, ${o.concurrency} batches at once, continue-as-new every ${o.batchesPerRun} batches`,
        ...results.map(
          (r) =>
            `  ${r.n} accounts: ${r.seconds.toFixed(1)} s, ${(r.n / r.seconds).toFixed(0)} accounts/s, ${r.runs} runs, ${r.batches} batches, longest history ${r.maxHistory} events`,
        ),
        `  growth ${(perAccount * 1000).toFixed(2)} ms per account → 100,000 accounts ≈ ${(t100k / 60).toFixed(1)} min; histories stay bounded (${Math.ceil(100_000 / Number(o.pageSize))} batches of ${o.pageSize}, ${Math.ceil(100_000 / Number(o.pageSize) / Number(o.batchesPerRun))} parent runs)`,
        '',
      ].join('\n'),
    );
  }
} catch (e) {
  exitCode = 1;
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
} finally {
  await temporal.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
