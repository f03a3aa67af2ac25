/**
 * npm run bench:feeds -- [--feeds 10000] [--max-cached 2000]: N account feeds on one `bankfeed worker` (child process)
 * against the embedded Temporal server and the sandbox (small lazy histories). Every feed backfills, then idles on
 * its poll timer. Prints the worker's RSS once they are idle, the workflow cache settings it ran with, and the time
 * for a webhook to reach a feed that was evicted from the cache (the oldest feeds, when N exceeds the cache) and one
 * that is cached, end to end: POST to the receiver → outbox → relay → signal → the feed has counted it.
 */
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { Command } from 'commander';
import { openDb } from '../db/connection.js';
import { DEFAULT_MAX_CACHED_WORKFLOWS, DEFAULT_STICKY_QUEUE_TIMEOUT_MS } from '../worker/bankfeed-worker.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery } from '../workflows/messages.js';
import {
  accountUpdatedBody,
  benchLog,
  createBenchStack,
  loadAverage,
  percentile as pct,
  rssMiB as rssOf,
  sleep,
} from './worker-stack.js';

const o = new Command()
  .name('bench:feeds')
  .option('--feeds <n>', 'account feeds on the worker', '10000')
  .option('--max-cached <n>', 'the worker’s workflow cache size', String(DEFAULT_MAX_CACHED_WORKFLOWS))
  .option('--probes <n>', 'webhooks timed per group (evicted, cached)', '10')
  .parse(process.argv)
  .opts<{ feeds: string; maxCached: string; probes: string }>();
const N = Number(o.feeds);
const probes = Number(o.probes);

const log = benchLog('feeds');
const loadAtStart = loadAverage();
const stack = await createBenchStack({
  name: 'feeds',
  sandboxSeed: 11,
  taskQueue: 'feeds',
  env: { BANKFEED_MAX_CACHED_WORKFLOWS: o.maxCached },
});
const { sandbox, worker, dbPath } = stack;
let exitCode = 1;
try {
  const ids: string[] = [];
  for (let i = 0; i < N; i++) ids.push(await sandbox.linkAccount({ historyDays: 2, txnsPerDay: 1 }));
  await stack.start();
  const client = stack.client;
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
  const url = stack.webhookUrl;
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
      body: accountUpdatedBody(randomUUID(), accountId, false),
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
      `  load average (1/5/15 min) at start ${loadAtStart}, at end ${loadAverage()} (2 cores, shared)`,
      '',
    ].join('\n'),
  );
  exitCode = mean < 1024 ? 0 : 1;
} catch (e) {
  log(`failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${worker.stderrTail.slice(-1500)}`);
} finally {
  await stack.stop();
}
process.exit(exitCode);
