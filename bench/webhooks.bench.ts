/**
 * npm run bench:webhooks -- [--seconds 60]: sustained load on the webhook receiver of a real `bankfeed worker` (child
 * process). The receiver commits each event to the outbox (SQLite) and answers; the relay hands events to a real
 * Temporal server. Reports accepted/s, p50/p99/max latency, relay lag (receipt to hand-off) and the backlog left when
 * the load stops, a phase with Temporal frozen (SIGSTOP: every answer must still be 200), the worker's memory over
 * time, what happens past saturation, and checks that every acknowledged event was handed off and reached its feed.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError } from 'commander';
import { Agent, request } from 'undici';
import { openDb } from '../db/connection.js';
import { outboxBacklog } from '../db/webhook-event-repository.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery } from '../workflows/messages.js';
import { feedDeliveries, signalledByAccount, tallyDeliveries } from './feed-delivery-tally.js';
import {
  accountUpdatedBody,
  benchLog,
  createBenchStack,
  loadAverage,
  percentile as pct,
  rssMiB as rssOf,
  sleep,
} from './worker-stack.js';

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
  .option(
    '--rate <n>',
    'offer this many deliveries a second (open loop) in the sustained and Temporal-down phases instead of --concurrency senders',
    int('--rate'),
  )
  .option('--rate-outstanding <n>', 'with --rate: deliveries outstanding at most', int('--rate-outstanding'), 1000)
  .option('--accounts <n>', 'feeds the events go to', int('--accounts'), 20)
  .option('--down-seconds <n>', 'phase with the Temporal server frozen (0: none)', (v) => Number(v), 10)
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
    rate?: number;
    rateOutstanding: number;
    downSeconds: number;
    workerHeapMb?: number;
  }>();

const log = benchLog('webhooks');
const loadAtStart = loadAverage();

interface Phase {
  name: string;
  seconds: number;
  latencies: number[];
  statuses: Map<string, number>;
  acked: string[];
  /** Fixed-rate phases: the most deliveries ever due but not yet started. */
  late: number;
}

const stack = await createBenchStack({
  name: 'webhooks',
  sandboxSeed: 5,
  taskQueue: 'webhooks',
  env: o.workerHeapMb
    ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${o.workerHeapMb}`.trim() }
    : {},
});
const { sandbox, worker, temporal, dbPath } = stack;
const url = stack.webhookUrl;
const agent = new Agent({ connections: o.saturateConcurrency + 16, keepAliveTimeout: 30_000 });
let exitCode = 1;
try {
  const ids: string[] = [];
  for (let i = 0; i < o.accounts; i++) ids.push(await sandbox.linkAccount({ historyDays: 5, txnsPerDay: 2 }));
  await stack.start();
  const client = stack.client;
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

  let n = 0;
  /** One delivery; its latency counts from `since` (the moment it was due, for the fixed-rate load). */
  async function sendOne(phase: Phase, since = performance.now()): Promise<string> {
    const key = randomUUID();
    // Mostly "nothing new" (a signal and a history event each); one in twenty asks the feed to sync.
    n++;
    const body = accountUpdatedBody(key, ids[n % ids.length]!, n % 20 === 0);
    let status: string;
    try {
      // undici's request rather than fetch: the sender shares the two cores with the receiver, and fetch costs it
      // several times the CPU per request.
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'mono-webhook-secret': sandbox.webhookSecret },
        body,
        dispatcher: agent,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
      await res.body.dump();
      status = String(res.statusCode);
    } catch (e) {
      status = /timeout/i.test((e as Error).name + (e as Error).message) ? 'timeout' : 'error';
    }
    phase.latencies.push(performance.now() - since);
    phase.statuses.set(status, (phase.statuses.get(status) ?? 0) + 1);
    if (status === '200') phase.acked.push(key);
    return status;
  }

  /**
   * `concurrency` senders, each waiting for its answer before the next (closed loop); or, with `rate`, deliveries at
   * a fixed rate whatever the answers (open loop, as Mono sends), each timed from when it was due so a stalled
   * receiver cannot hide its queue (at most `concurrency` outstanding; deliveries the sender could not start in time
   * are counted as late).
   */
  async function runPhase(name: string, seconds: number, concurrency: number, rate?: number): Promise<Phase> {
    phaseName = name;
    const phase: Phase = { name, seconds, latencies: [], statuses: new Map(), acked: [], late: 0 };
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    if (rate) {
      const outstanding = new Set<Promise<unknown>>();
      let sent = 0;
      while (performance.now() < end) {
        const due = Math.floor(((performance.now() - t0) / 1000) * rate);
        for (; sent < due && outstanding.size < concurrency; sent++) {
          const p = sendOne(phase, t0 + (sent / rate) * 1000).finally(() => outstanding.delete(p));
          outstanding.add(p);
        }
        // Due but not started (the outstanding cap was reached): the receiver fell behind the offered rate.
        phase.late = Math.max(phase.late, due - sent);
        await sleep(1);
      }
      await Promise.all(outstanding);
      return phase;
    }
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < end) {
          // A refused sender backs off a little, as Mono's retries would.
          if ((await sendOne(phase)) !== '200') await sleep(50);
        }
      }),
    );
    return phase;
  }

  const outbox = await openDb({ url: dbPath, migrate: false });
  /** Waits until the relay has handed every committed event off; returns the seconds it took. */
  async function drain(limitS = 600): Promise<number> {
    const s = performance.now();
    while ((await outboxBacklog(outbox.db)).pending > 0) {
      if (performance.now() - s > limitS * 1000) throw new Error(`the outbox did not drain within ${limitS} s`);
      await sleep(100);
    }
    return (performance.now() - s) / 1000;
  }
  /** Receipt-to-hand-off delays (ms) of the given events. */
  async function relayLags(keys: string[]): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await outbox.db
        .selectFrom('webhook_events')
        .select(['received_at', 'handed_off_at'])
        .where('event_key', 'in', keys.slice(i, i + 500))
        .execute();
      for (const r of rows) if (r.handed_off_at) out.push(Date.parse(r.handed_off_at) - Date.parse(r.received_at));
    }
    return out.sort((a, b) => a - b);
  }

  await runPhase('warm-up', o.warmupSeconds, o.rate ? o.rateOutstanding : o.concurrency, o.rate);
  await drain();
  const sustained = await runPhase('sustained', o.seconds, o.rate ? o.rateOutstanding : o.concurrency, o.rate);
  const loadAfterSustained = loadAverage();
  const backlogAtEnd = (await outboxBacklog(outbox.db)).pending;
  const drainAfterSustained = await drain();
  const sustainedLags = await relayLags(sustained.acked);

  // Temporal frozen: the receiver must keep answering 200 from the outbox; the relay catches up once it thaws.
  let down: Phase | null = null;
  let drainAfterDown = 0;
  if (o.downSeconds > 0) {
    const freeze = (sig: NodeJS.Signals) => {
      try {
        process.kill(-temporal.pid, sig);
      } catch {
        process.kill(temporal.pid, sig);
      }
    };
    freeze('SIGSTOP');
    try {
      down = await runPhase('temporal down', o.downSeconds, o.rate ? o.rateOutstanding : o.concurrency, o.rate);
    } finally {
      freeze('SIGCONT');
    }
    drainAfterDown = await drain();
  }

  const saturated = await runPhase('saturation', o.saturateSeconds, o.saturateConcurrency);
  phaseName = 'after';
  await drain();
  await sleep(2_000);
  clearInterval(sampler);
  await outbox.close();

  const describe = (p: Phase) => {
    const lat = [...p.latencies].sort((a, b) => a - b);
    const ok = p.statuses.get('200') ?? 0;
    const st = [...p.statuses]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    return `  ${p.name} (${p.seconds} s): ${(ok / p.seconds).toFixed(0)} accepted/s; latency p50 ${pct(lat, 50).toFixed(1)} ms, p99 ${pct(lat, 99).toFixed(1)} ms, max ${pct(lat, 100).toFixed(1)} ms; answers ${st}${p.late ? `; up to ${p.late} deliveries late (more than the outstanding cap waiting)` : ''}`;
  };
  const sus = memory.filter((m) => m.phase === 'sustained');
  const firstHalf = sus.slice(0, Math.ceil(sus.length / 2)).map((m) => m.rss);
  const secondHalf = sus.slice(Math.ceil(sus.length / 2)).map((m) => m.rss);
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  process.stdout.write(
    [
      '',
      `bench:webhooks — ${ids.length} feeds, ${o.rate ? `offered ${o.rate}/s (open loop, at most ${o.rateOutstanding} outstanding)` : `concurrency ${o.concurrency}`} sustained / ${o.saturateConcurrency} senders past saturation`,
      `  load average (1/5/15 min) at start ${loadAtStart}, at the end of the sustained phase ${loadAfterSustained} (2 cores, shared)`,
      describe(sustained),
      `  relay lag (receipt to hand-off) in the sustained phase: p50 ${pct(sustainedLags, 50).toFixed(0)} ms, p99 ${pct(sustainedLags, 99).toFixed(0)} ms, max ${pct(sustainedLags, 100).toFixed(0)} ms; backlog when the load stopped ${backlogAtEnd} events, drained in ${drainAfterSustained.toFixed(1)} s`,
      ...(down
        ? [
            describe(down),
            `  after Temporal thawed: ${down.acked.length} events held in the outbox handed off in ${drainAfterDown.toFixed(1)} s`,
          ]
        : []),
      describe(saturated),
      `  worker RSS (MiB) every 2 s: ${memory.map((m) => m.rss).join(' ')}`,
      `  sustained phase: mean RSS first half ${avg(firstHalf).toFixed(0)} MiB, second half ${avg(secondHalf).toFixed(0)} MiB, max ${Math.max(0, ...sus.map((m) => m.rss))} MiB`,
      '',
    ].join('\n'),
  );
  // Every acknowledged event must be on record as handed off, and the feeds must have received each one.
  const db = await openDb({ url: dbPath });
  const acked = [...sustained.acked, ...(down?.acked ?? []), ...saturated.acked];
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
  // Per account: a feed short of one event and another with one extra must not cancel out in a total. Only events
  // signalled to a feed count: one handed off as ignored or for an unknown account reached none.
  const handedOffBy = await signalledByAccount(db.db);
  await db.close();
  const receivedBy = new Map<string, number>();
  let dropped = 0;
  let longestHistory = 0;
  for (const id of ids) {
    // The feeds may still be working through the signal backlog the saturation phase left: ask until they answer.
    for (let attempt = 1; ; attempt++) {
      try {
        const handle = client.workflow.getHandle(accountFeedWorkflowId(id));
        const counts = (await handle.query(statusQuery)).counts;
        receivedBy.set(id, counts.webhooks);
        dropped += counts.duplicateWebhooks;
        longestHistory = Math.max(longestHistory, (await handle.describe()).historyLength);
        break;
      } catch (e) {
        if (attempt >= 12) {
          const handle = client.workflow.getHandle(accountFeedWorkflowId(id));
          const d = await handle.describe();
          // Why its workflow task fails, as the server recorded it: the last failed task's cause and message.
          const events = (await handle.fetchHistory()).events ?? [];
          const failed = events.filter((ev) => ev.workflowTaskFailedEventAttributes).pop();
          const why = failed?.workflowTaskFailedEventAttributes;
          throw new Error(
            `the feed of ${id} does not answer (${d.status.name}, ${d.historyLength} history events): ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}; last failed workflow task: cause ${String(why?.cause ?? 'none')}, ${why?.failure?.message ?? ''} ${why?.failure?.stackTrace?.split('\n').slice(0, 6).join(' | ') ?? ''}`,
            { cause: e },
          );
        }
        await sleep(5_000);
      }
    }
  }

  // A feed counts each event key once: more events counted than handed off means one was applied twice.
  const tally = tallyDeliveries(feedDeliveries(handedOffBy, receivedBy));
  const { handedOff, received: signalled, processedTwice } = tally;
  const lost = notHandedOff + tally.lost;
  process.stdout.write(
    [
      `  acknowledged ${acked.length}; on record as handed off ${handedOff}; not handed off though acknowledged ${notHandedOff}; received by the feeds ${signalled}`,
      `  lost (acknowledged but not handed off, or handed off but not received, feed by feed): ${lost}; processed twice: ${processedTwice}; repeated hand-offs the feeds dropped: ${dropped}`,
      ...(tally.mismatched.length > 0
        ? [
            `  feeds whose received count differs from their hand-offs: ${tally.mismatched
              .slice(0, 10)
              .map((f) => `${f.accountId} handed ${f.handedOff}, received ${f.received}`)
              .join('; ')}${tally.mismatched.length > 10 ? `; and ${tally.mismatched.length - 10} more` : ''}`,
          ]
        : []),
      `  longest feed history (current run): ${longestHistory} events`,
      `  worker exits under load: ${worker.unexpectedExits}${o.workerHeapMb ? ` (V8 heap capped at ${o.workerHeapMb} MiB)` : ''}`,
      '',
    ].join('\n'),
  );
  const refusedWhileDown = down ? down.latencies.length - down.acked.length : 0;
  if (down) process.stdout.write(`  answers other than 200 while Temporal was down: ${refusedWhileDown}\n`);
  exitCode =
    lost === 0 &&
    processedTwice === 0 &&
    signalled >= acked.length &&
    worker.unexpectedExits === 0 &&
    refusedWhileDown === 0
      ? 0
      : 1;
} catch (e) {
  log(
    `failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}; worker exits under load: ${worker.unexpectedExits}\n${worker.stderrTail.slice(-1500)}`,
  );
} finally {
  await agent.close();
  await stack.stop();
}
process.exit(exitCode);
