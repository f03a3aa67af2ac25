/**
 * `npm run bench:status`: how long `bankfeed status` takes, as a person runs it (a new process each time), with a
 * `bankfeed start` running on the data directory and after it stopped. The data is the demo's own: five accounts
 * backfilled, reconciled and reported; `--extra-accounts N` adds N more account rows with a reconcile run each, to
 * see how the answer grows with the table. Prints the figures (min / median / max of --runs) for the README.
 *
 *   npm run bench:status -- [--runs 5] [--extra-accounts 0] [--keep]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { upsertAccount } from '../db/account-repository.js';
import { openDb } from '../db/connection.js';

const root = new URL('../', import.meta.url).pathname;
const cli = join(root, 'bin/bankfeed.js');

const opts = new Command()
  .option('--runs <n>', 'status runs per case', '5')
  .option('--extra-accounts <n>', 'account rows added to the demo data', '0')
  .option('--keep', 'keep the data directory')
  .parse()
  .opts<{ runs: string; extraAccounts: string; keep?: boolean }>();

const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-bench-status-'));
const env: NodeJS.ProcessEnv = { ...process.env, BANKFEED_DATA_DIR: dataDir, BANKFEED_WEBHOOK_PORT: '0' };
for (const k of ['TEMPORAL_ADDRESS', 'DATABASE_URL', 'MONO_SECRET_KEY', 'MONO_BASE_URL', 'BANKFEED_LEDGER_CONFIG'])
  delete env[k];

function run(args: string[]): Promise<{ code: number | null; ms: number; stdout: string }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.on('exit', (code) => resolve({ code, ms: performance.now() - t0, stdout }));
  });
}

async function timeStatus(label: string): Promise<void> {
  const ms: number[] = [];
  let first = '';
  for (let i = 0; i < Number(opts.runs); i++) {
    const r = await run(['status']);
    if (r.code !== 0 && r.code !== 1) throw new Error(`status exited ${r.code}`);
    ms.push(r.ms);
    first ||= r.stdout.split('\n')[0]!;
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => `${Math.round(x)} ms`;
  console.log(
    `status ${label}: min ${f(ms[0]!)}, median ${f(ms[Math.floor(ms.length / 2)]!)}, max ${f(ms.at(-1)!)} over ${ms.length} runs — "${first}"`,
  );
}

async function addAccounts(n: number): Promise<void> {
  if (n <= 0) return;
  const db = await openDb({ url: join(dataDir, 'bankfeed.db') });
  try {
    const now = new Date().toISOString();
    for (let i = 0; i < n; i++) {
      const id = `66bench${String(i).padStart(17, '0')}`;
      await upsertAccount(
        db.db,
        {
          id,
          name: `Bench account ${i}`,
          institutionName: 'GTBank',
          institutionCode: '058',
          accountNumberMasked: `******${String(1000 + (i % 9000))}`,
          currency: 'NGN',
          timezone: 'Africa/Lagos',
          accountType: null,
          customerId: null,
          dataStatus: 'AVAILABLE',
          balanceMinor: null,
          balanceAsOf: null,
        },
        now,
      );
      await db.db
        .insertInto('reconcile_runs')
        .values({
          account_id: id,
          period_from: '2026-10-01',
          period_to: '2026-10-31',
          trigger: 'nightly',
          started_at: now,
          finished_at: now,
          stats: JSON.stringify({ matchedPercent: '90.0', suggested: 3, unmatchedBank: 2 }),
        })
        .execute();
    }
  } finally {
    await db.close();
  }
}

let start: ChildProcess | null = null;
try {
  console.log(`data directory ${dataDir}; starting the demo (bankfeed start --no-web)…`);
  const t0 = performance.now();
  start = spawn(process.execPath, [cli, 'start', '--no-web'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  start.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  start.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Running:')) {
        clearInterval(timer);
        resolve();
      }
    }, 200);
    start!.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`start exited ${code}: ${err.slice(-2000)}`));
    });
  });
  console.log(`demo ready in ${Math.round((performance.now() - t0) / 1000)} s`);
  await addAccounts(Number(opts.extraAccounts));
  await timeStatus('with `bankfeed start` running');
  const exited = new Promise((r) => start!.once('exit', r));
  start.kill('SIGINT');
  await exited;
  await timeStatus('with no worker running');
} finally {
  if (start && start.exitCode === null) start.kill('SIGKILL');
  if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });
}
