/**
 * npm run bench:webhooks -- [--seconds 60]: sustained load on the webhook receiver of a real `bankfeed worker` (child
 * process) with its durable hand-off to a real Temporal server. Reports accepted/s, p50/p99/max latency, the
 * worker's memory over time, what happens past saturation, and checks that every acknowledged event was recorded
 * as handed off and reached its feed.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError } from 'commander';
import { Agent, fetch } from 'undici';
import { temporalSettings } from '../temporal.config.js';
import { startDevServer, freePort } from '../worker/temporal-dev-server.js';
import { startSandbox } from '../sandbox/server.js';
import { openDb } from '../db/connection.js';
import { connectClient } from '../worker/temporal-connection.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery } from '../workflows/messages.js';
import { WorkerProcess } from './chaos/worker-process.js';

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
  return n;
};
const o = new Command()
  .name('bench:webhooks')
  .option('--seconds <n>', 'sustained phase', int('--seconds'), 60)
  .option('--warmup-seconds <n>', 'warm-up before measuring', int('--warmup-seconds'), 10)
  .option('--saturate-seconds <n>', 'phase past saturation', int('--saturate-seconds'), 20)
  .option('--concurrency <n>', 'senders in the sustained phase (each waits for its answer)', int('--concurrency'), 24)
  .option(
    '--saturate-concurrency <n>',
    "senders past saturation (above the receiver's in-flight limit)",
    int('--saturate-concurrency'),
    600,
  )
  .option('--accounts <n>', 'feeds the events go to', int('--accounts'), 20)
  .option(
    '--worker-heap-mb <n>',
    "cap the worker's V8 heap: a leak then ends in a crash (reported) instead of slow growth",
    int('--worker-heap-mb'),
  )
  .parse(process.argv)
  .opts<{
    seconds: number;
    warmupSeconds: number;
    saturateSeconds: number;
    concurrency: number;
    saturateConcurrency: number;
    accounts: number;
    workerHeapMb?: number;
  }>();

const log = (m: string) => process.stdout.write(`[webhooks ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssOf(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0;

interface Phase {
  name: string;
  seconds: number;
  latencies: number[];
  statuses: Map<string, number>;
  acked: string[];
}

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-webhooks-'));
const temporal = await startDevServer({
  cliPath: temporalSettings().cliPath,
  dir: join(dir, 'temporal'),
  persist: false,
  headless: true,
  readyTimeoutMs: 90_000,
});
const sandbox = await startSandbox({ seed: 5, webhookUrl: null });
const port = await freePort();
const dbPath = join(dir, 'bankfeed.db');
const worker = new WorkerProcess({
  TEMPORAL_ADDRESS: temporal.address,
  TEMPORAL_NAMESPACE: 'default',
  BANKFEED_TASK_QUEUE: 'webhooks',
  BANKFEED_DATA_DIR: join(dir, 'data'),
  DATABASE_URL: dbPath,
  MONO_BASE_URL: sandbox.url,
  MONO_SECRET_KEY: sandbox.secretKey,
  MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
  BANKFEED_WEBHOOK_PORT: String(port),
  BANKFEED_LOG_LEVEL: 'warn',
  ...(o.workerHeapMb
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${o.workerHeapMb}`.trim() }
    : {}),
});
const url = `http://127.0.0.1:${port}/webhooks/mono`;
const agent = new Agent({ connections: o.saturateConcurrency + 16, keepAliveTimeout: 30_000 });
let exitCode = 1;
try {
  const ids: string[] = [];
  for (let i = 0; i < o.accounts; i++) ids.push(await sandbox.linkAccount({ historyDays: 5, txnsPerDay: 2 }));
  await worker.start();
  const { client, connection } = await connectClient({ address: temporal.address, namespace: 'default' });
  for (const id of ids)
    await startAccountFeed(client, 'webhooks', id, {
      historyDays: 5,
      refreshMode: 'none',
      pollIntervalMs: 24 * 3_600_000,
      reconcileAfterSync: false,
      coalesceMs: 200,
    });
  for (const id of ids) {
    while (!(await client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)).backfilled)
      await sleep(200);
  }
  log(`${ids.length} feeds backfilled; load begins on ${url}`);

  const memory: Array<{ t: number; rss: number; phase: string }> = [];
  let phaseName = 'warm-up';
  const t0 = performance.now();
  const sampler = setInterval(
    () =>
      worker.pid &&
      memory.push({
        t: Math.round((performance.now() - t0) / 1000),
        rss: Math.round(rssOf(worker.pid)),
        phase: phaseName,
      }),
    2_000,
  );

  async function runPhase(name: string, seconds: number, concurrency: number): Promise<Phase> {
    phaseName = name;
    const phase: Phase = { name, seconds, latencies: [], statuses: new Map(), acked: [] };
    const end = performance.now() + seconds * 1000;
    let n = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          const key = randomUUID();
          // Mostly "nothing new" (a signal and a history event each); one in twenty asks the feed to sync.
          const body = JSON.stringify({
            event: 'mono.events.account_updated',
            event_id: key,
            timestamp: new Date().toISOString(),
            data: {
              account: { _id: ids[n++ % ids.length] },
              meta: { data_status: 'AVAILABLE', has_new_data: n % 20 === 0 },
            },
          });
          const s = performance.now();
          let status: string;
          try {
            const res = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'mono-webhook-secret': sandbox.webhookSecret },
              body,
              dispatcher: agent,
              signal: AbortSignal.timeout(30_000),
            });
            await res.arrayBuffer();
            status = String(res.status);
          } catch (e) {
            status = (e as Error).name === 'TimeoutError' ? 'timeout' : 'error';
          }
          phase.latencies.push(performance.now() - s);
          phase.statuses.set(status, (phase.statuses.get(status) ?? 0) + 1);
          if (status === '200') phase.acked.push(key);
          // A refused sender backs off a little, as Mono's retries would.
          if (status !== '200') await sleep(50);
        }
      }),
    );
    return phase;
  }

  await runPhase('warm-up', o.warmupSeconds, o.concurrency);
  const sustained = await runPhase('sustained', o.seconds, o.concurrency);
  const saturated = await runPhase('saturation', o.saturateSeconds, o.saturateConcurrency);
  phaseName = 'after';
  await sleep(4_000);
  clearInterval(sampler);

  const describe = (p: Phase) => {
    const lat = [...p.latencies].sort((a, b) => a - b);
    const ok = p.statuses.get('200') ?? 0;
    const st = [...p.statuses]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    return `  ${p.name} (${p.seconds} s): ${(ok / p.seconds).toFixed(0)} accepted/s; latency p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, max ${pct(lat, 100).toFixed(1)} ms; answers ${st}`;
  };
  const sus = memory.filter((m) => m.phase === 'sustained');
  const firstHalf = sus.slice(0, Math.ceil(sus.length / 2)).map((m) => m.rss);
  const secondHalf = sus.slice(Math.ceil(sus.length / 2)).map((m) => m.rss);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  process.stdout.write(
    [
      '',
      `bench:webhooks — ${ids.length} feeds, concurrency ${o.concurrency} sustained / ${o.saturateConcurrency} past saturation`,
      describe(sustained),
      describe(saturated),
      `  worker RSS (MiB) every 2 s: ${memory.map((m) => m.rss).join(' ')}`,
      `  sustained phase: mean RSS first half ${avg(firstHalf).toFixed(0)} MiB, second half ${avg(secondHalf).toFixed(0)} MiB, max ${Math.max(0, ...sus.map((m) => m.rss))} MiB`,
      '',
    ].join('\n'),
  );
  // Every acknowledged event must be on record as handed off, and the feeds must have received each one.
  const db = await openDb({ url: dbPath });
  const acked = [...sustained.acked, ...saturated.acked];
  let notHandedOff = 0;
  for (let i = 0; i < acked.length; i += 500) {
    const chunk = acked.slice(i, i + 500);
    const rows = await db.db
      .selectFrom('webhook_events')
      .select('event_key')
      .where('event_key', 'in', chunk)
      .where('status', '=', 'handed_off')
      .execute();
    notHandedOff += chunk.length - rows.length;
  }
  const handedOff = Number(
    (
      await db.db
        .selectFrom('webhook_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('status', '=', 'handed_off')
        .executeTakeFirstOrThrow()
    ).n,
  );
  await db.close();
  let signalled = 0;
  for (const id of ids) {
    // The feeds may still be working through the signal backlog the saturation phase left: ask until they answer.
    for (let attempt = 1; ; attempt++) {
      try {
        signalled += (await client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery)).counts.webhooks;
        break;
      } catch (e) {
        if (attempt >= 12) {
          const d = await client.workflow.getHandle(accountFeedWorkflowId(id)).describe();
          throw new Error(
            `the feed of ${id} does not answer (${d.status.name}, ${d.historyLength} history events): ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`,
            { cause: e },
          );
        }
        await sleep(5_000);
      }
    }
  }
  await connection.close();

  const lost = notHandedOff + Math.max(0, handedOff - signalled);
  process.stdout.write(
    [
      `  acknowledged ${acked.length}; on record as handed off ${handedOff}; not handed off though acknowledged ${notHandedOff}; received by the feeds ${signalled}`,
      `  lost (acknowledged but not handed off, or handed off but not received): ${lost}`,
      `  worker exits under load: ${worker.unexpectedExits}${o.workerHeapMb ? ` (V8 heap capped at ${o.workerHeapMb} MiB)` : ''}`,
      '',
    ].join('\n'),
  );
  exitCode = lost === 0 && signalled >= acked.length && worker.unexpectedExits === 0 ? 0 : 1;
} catch (e) {
  log(
    `failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}; worker exits under load: ${worker.unexpectedExits}\n${worker.stderrTail.slice(-1500)}`,
  );
} finally {
  await agent.close();
  await worker.stop();
  await temporal.stop();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
