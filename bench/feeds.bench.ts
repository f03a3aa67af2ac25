/**
 * npm run bench:feeds -- [--feeds 10000] [--max-cached 2000]: N account feeds on one `bankfeed worker` (child process)
 * against the embedded Temporal server and the sandbox (small lazy histories). Every feed backfills, then idles on
 * its poll timer. Prints the worker's RSS once they are idle, the workflow cache settings it ran with, and the time
 * for a webhook to reach a feed that was evicted from the cache (the oldest feeds, when N exceeds the cache) and one
 * that is cached, end to end: POST to the receiver → outbox → relay → signal → the feed has counted it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import { openDb } from '../db/connection.js';
import { startSandbox } from '../sandbox/server.js';
import { temporalSettings } from '../temporal.config.js';
import { DEFAULT_MAX_CACHED_WORKFLOWS, DEFAULT_STICKY_QUEUE_TIMEOUT_MS } from '../worker/bankfeed-worker.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { connectClient } from '../worker/temporal-connection.js';
import { freePort, startDevServer } from '../worker/temporal-dev-server.js';
import { accountFeedWorkflowId, statusQuery } from '../workflows/messages.js';
import { WorkerProcess } from './chaos/worker-process.js';

const o = new Command()
  .name('bench:feeds')
  .option('--feeds <n>', 'account feeds on the worker', '10000')
  .option('--max-cached <n>', 'the worker’s workflow cache size', String(DEFAULT_MAX_CACHED_WORKFLOWS))
  .option('--probes <n>', 'webhooks timed per group (evicted, cached)', '10')
  .parse(process.argv)
  .opts<{ feeds: string; maxCached: string; probes: string }>();
const N = Number(o.feeds);
const probes = Number(o.probes);

const log = (m: string) => process.stdout.write(`[feeds ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssOf = (pid: number) =>
  Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-feeds-'));
const temporal = await startDevServer({
  cliPath: temporalSettings().cliPath,
  dir: join(dir, 'temporal'),
  persist: false,
  headless: true,
  readyTimeoutMs: 90_000,
});
const sandbox = await startSandbox({ seed: 11, webhookUrl: null });
const port = await freePort();
const dbPath = join(dir, 'bankfeed.db');
const worker = new WorkerProcess({
  TEMPORAL_ADDRESS: temporal.address,
  TEMPORAL_NAMESPACE: 'default',
  BANKFEED_TASK_QUEUE: 'feeds',
  BANKFEED_DATA_DIR: join(dir, 'data'),
  DATABASE_URL: dbPath,
  MONO_BASE_URL: sandbox.url,
  MONO_SECRET_KEY: sandbox.secretKey,
  MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
  BANKFEED_WEBHOOK_PORT: String(port),
  BANKFEED_LOG_LEVEL: 'warn',
  BANKFEED_MAX_CACHED_WORKFLOWS: o.maxCached,
});
let exitCode = 1;
try {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push(await sandbox.linkAccount({ historyDays: 2, txnsPerDay: 1 }));
  await worker.start();
  const { client, connection } = await connectClient({ address: temporal.address, namespace: 'default' });
  const config = { historyDays: 2, refreshMode: 'none', pollIntervalMs: 24 * 3_600_000, reconcileAfterSync: false };
  const t0 = performance.now();
  for (let i = 0; i < ids.length; i += 50)
    await Promise.all(ids.slice(i, i + 50).map((id) => startAccountFeed(client, 'feeds', id, config as never)));
  log(`${N} feeds started in ${((performance.now() - t0) / 1000).toFixed(0)} s; waiting for their backfills`);
  const db = await openDb({ url: dbPath, migrate: false });
  const synced = async () =>
    Number(
      (
        await db.db
          .selectFrom('accounts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('last_synced_at', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    );
  let last = -1;
  for (;;) {
    const n = await synced();
    if (n >= N) break;
    if (n !== last) log(`${n}/${N} backfilled; worker RSS ${rssOf(worker.pid!).toFixed(0)} MiB`);
    last = n;
    await sleep(5_000);
  }
  const backfillS = (performance.now() - t0) / 1000;
  await sleep(10_000);
  const rss: number[] = [];
  for (let i = 0; i < 5; i++) {
    rss.push(rssOf(worker.pid!));
    await sleep(2_000);
  }

  // A webhook to a feed, timed until the feed has counted it.
  const url = `http://127.0.0.1:${port}/webhooks/mono`;
  async function probe(accountId: string): Promise<number> {
    const h = client.workflow.getHandle(accountFeedWorkflowId(accountId));
    const before = (await h.query(statusQuery)).counts.webhooks;
    return before;
  }
  async function timeWebhook(accountId: string, before: number): Promise<number> {
    const h = client.workflow.getHandle(accountFeedWorkflowId(accountId));
    const s = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': sandbox.webhookSecret },
      body: JSON.stringify({
        event: 'mono.events.account_updated',
        event_id: randomUUID(),
        data: { account: { _id: accountId }, meta: { data_status: 'AVAILABLE', has_new_data: false } },
      }),
    });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    while ((await h.query(statusQuery)).counts.webhooks <= before) await sleep(20);
    return performance.now() - s;
  }
  // The oldest feeds were evicted first (LRU) once more than the cache had run; reading their count first would
  // bring them back, so the evicted group's "before" is 0: an idle feed has counted no webhooks yet.
  const evicted: number[] = [];
  for (const id of ids.slice(0, probes)) evicted.push(await timeWebhook(id, 0));
  const cached: number[] = [];
  for (const id of ids.slice(0, probes)) cached.push(await timeWebhook(id, await probe(id)));
  await db.close();
  await connection.close();

  const mean = rss.reduce((a, b) => a + b, 0) / rss.length;
  process.stdout.write(
    [
      '',
      `bench:feeds — ${N} feeds on one worker; cache: maxCachedWorkflows ${o.maxCached}, sticky queue schedule-to-start ${DEFAULT_STICKY_QUEUE_TIMEOUT_MS} ms`,
      `  backfilled and idle after ${backfillS.toFixed(0)} s`,
      `  worker RSS when idle: ${mean.toFixed(0)} MiB (samples ${rss.map((r) => r.toFixed(0)).join(' ')})`,
      `  webhook → evicted feed: p50 ${pct(evicted, 50).toFixed(0)} ms, max ${pct(evicted, 100).toFixed(0)} ms (${probes} feeds)`,
      `  webhook → cached feed:  p50 ${pct(cached, 50).toFixed(0)} ms, max ${pct(cached, 100).toFixed(0)} ms`,
      `  target < 1024 MiB RSS: ${mean < 1024 ? 'met' : 'NOT met'}`,
      '',
    ].join('\n'),
  );
  exitCode = mean < 1024 ? 0 : 1;
} catch (e) {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${worker.stderrTail.slice(-1500)}`);
} finally {
  await worker.stop();
  await temporal.stop();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
