/**
 * npm run chaos -- [--seed N] [flags]: the feed under everything at once. A Temporal dev server (persisted, restarted
 * mid-run), the Mono sandbox with its fault profile, `bankfeed worker` as a child process SIGKILLed and restarted,
 * accounts linked, re-authorised and unlinked mid-run, and a hostile webhook stream. Then a final sync of every live
 * account and a comparison with the sandbox's ground truth. Loopback only; bounded in time; exit 0 only when nothing
 * is missing, duplicated or lost and the sandbox counted no breach of Mono's limits.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError, CommanderError } from 'commander';
import { temporalSettings } from '../temporal.config.js';
import { startDevServer, freePort, type DevServer } from '../worker/temporal-dev-server.js';
import { startSandbox, type AccountSpec, type Sandbox } from '../sandbox/server.js';
import { openDb, type DbHandle } from '../db/connection.js';
import { connectClient } from '../worker/temporal-connection.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { parseChaosOptions, type ChaosOptions } from './chaos/options.js';
// The sandbox's seeded generator: every random choice of the run comes from it, so a seed replays the run.
import { Rng } from '../sandbox/prng.js';
import { WorkerProcess } from './chaos/worker-process.js';
import { WebhookStream } from './chaos/webhook-stream.js';
import { ReauthCompleter } from './chaos/reauth-completer.js';
import { accountNeedles, type Needle } from './chaos/secret-scan.js';
import { CHAOS_FAULTS, chaosFeedConfig, pendingAdvanceBudgetMs } from './chaos/settings.js';
import { finalSync, verifyRun, type RunContext } from './chaos/verify.js';
import { printReport } from './chaos/report.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => process.stdout.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function run(o: ChaosOptions): Promise<number> {
  const startedAt = Date.now();
  log(`seed ${o.seed} (replay: npm run chaos -- --seed ${o.seed})`);
  const rng = new Rng('chaos', o.seed);
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-chaos-'));
  const dataDir = join(dir, 'data');
  const t = temporalSettings();
  const temporalPort = await freePort();
  const startTemporal = () =>
    startDevServer({
      cliPath: t.cliPath,
      dir: join(dir, 'temporal'),
      persist: true,
      headless: true,
      port: temporalPort,
      readyTimeoutMs: 90_000,
    });
  let temporal: DevServer | null = await startTemporal();
  log(`Temporal dev server on ${temporal.address} (persisted under ${join(dir, 'temporal')})`);

  // Pending-then-posted needs the sandbox clock moved forward; only as far as every bank's business day allows.
  const advanceBudget = pendingAdvanceBudgetMs(new Date());
  // Two 45-minute steps mid-run, then 3 h 05 so every pending row posts, with a margin for the run itself.
  const pendingOn = advanceBudget >= 5 * 3_600_000;
  const sandbox: Sandbox = await startSandbox({
    seed: o.seed,
    faults: { ...CHAOS_FAULTS, pendingThenPosted: pendingOn ? CHAOS_FAULTS.pendingThenPosted : 0 },
    webhookUrl: null,
    webhookRetry: { baseMs: 1_000, factor: 2, maxMs: 8_000, maxAttempts: 60 },
  });
  if (!pendingOn)
    log("pending-then-posted is off: too close to midnight in one of the banks' time zones to move the sandbox clock");
  const receiverPort = await freePort();
  const dbPath = join(dir, 'bankfeed.db');
  const worker = (currentWorker = new WorkerProcess({
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    BANKFEED_TASK_QUEUE: 'chaos',
    BANKFEED_DATA_DIR: dataDir,
    DATABASE_URL: dbPath,
    MONO_BASE_URL: sandbox.url,
    MONO_SECRET_KEY: sandbox.secretKey,
    MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
    BANKFEED_WEBHOOK_PORT: String(receiverPort),
    // Any free port: the worker now also serves the web app, and a developer's `start` may hold the default one.
    BANKFEED_WEB_PORT: '0',
    BANKFEED_HISTORY_DAYS: String(o.historyDays),
    BANKFEED_POLL_INTERVAL_MINUTES: '0.75',
    BANKFEED_LOG_LEVEL: 'info',
  }));
  const receiverUrl = `http://127.0.0.1:${receiverPort}/webhooks/mono`;
  const feedConfig = chaosFeedConfig(o.historyDays);
  const needles: Needle[] = [
    { label: 'Mono secret key', value: sandbox.secretKey },
    { label: 'webhook secret', value: sandbox.webhookSecret },
  ];
  const currencies = ['NGN', 'NGN', 'GHC', 'KSH', 'ZAR'] as const;
  const staleIds: string[] = [];
  const linkSpec = async (sb: Sandbox, s: AccountSpec): Promise<string> => {
    const id = await sb.linkAccount(s);
    if (s.staleDays) staleIds.push(id);
    return id;
  };
  const spec = (i: number, extra: Partial<AccountSpec> = {}): AccountSpec => ({
    currency: currencies[i % currencies.length],
    kind: rng.chance(0.7) ? 'business' : 'personal',
    historyDays: o.historyDays - 1, // inside the window the feed backfills
    txnsPerDay: Math.max(1, Math.round(o.txnsPerDay * (0.5 + rng.next()))),
    // Mono as issue 19 found it: data days old at link for some accounts, back-dated postings (within the feed's
    // overlap) and timestamps out of posting order for all.
    ...(rng.chance(0.3) ? { staleDays: rng.int(1, 10) } : {}),
    backdated: { probability: 0.03, maxLagHours: 48 },
    stampJitter: 0.1,
    ...extra,
  });

  let db: DbHandle | null = null;
  let connection: { close(): Promise<void> } | null = null;
  const cleanup = async (keep: boolean) => {
    await worker.stop().catch(() => undefined);
    await connection?.close().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await temporal?.stop().catch(() => undefined);
    await sandbox.close().catch(() => undefined);
    if (keep) log(`run folder kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Linked before the webhook URL is set, so their account_connected events cannot start feeds with other settings.
    const ids: string[] = [];
    const sandboxStartIso = sandbox.now().toISOString();
    for (let i = 0; i < o.accounts; i++)
      ids.push(await linkSpec(sandbox, spec(i, i < o.mfa ? { mfa: { reauthAfterRefreshes: 0 } } : {})));
    for (const id of ids) needles.push(...(await accountNeedles(sandbox.url, sandbox.secretKey, id)));
    const mfaIds = ids.slice(0, o.mfa);
    const reauthIds = ids.slice(o.mfa, o.mfa + o.reauth);
    const unlinkIds = ids.slice(o.mfa + o.reauth, o.mfa + o.reauth + o.unlink);

    await worker.start();
    log(`worker ready in ${worker.startMs[0]} ms; receiver ${receiverUrl}`);
    db = await openDb({ url: dbPath });
    const conn = await connectClient({ address: temporal.address, namespace: 'default' });
    connection = conn.connection;
    const client = conn.client;
    for (const id of ids) await startAccountFeed(client, 'chaos', id, feedConfig);
    sandbox.setWebhookUrl(receiverUrl);
    log(
      `${ids.length} accounts linked and their feeds started (${o.mfa} MFA); fault phase of ${o.chaosSeconds} s begins`,
    );

    const unlinked = new Set<string>();
    const sentWhileDown: string[] = [];
    const live = () => sandbox.accounts().filter((id) => !unlinked.has(id));
    const stream = new WebhookStream({
      url: receiverUrl,
      secret: sandbox.webhookSecret,
      rng,
      accounts: live,
      eventsPerSecond: o.rate,
      burstEveryMs: o.burstEverySeconds * 1000,
      burstSize: o.burstSize,
      duplicateProbability: 0.3,
      wrongSecretProbability: 0.06,
      malformedProbability: 0.06,
    });
    // The accounts whose feeds are made to wait for re-authorisation (MFA at their first refresh, or mid-run).
    const reauth = new ReauthCompleter(client, sandbox, () => [...mfaIds, ...reauthIds]);
    reauth.start();
    stream.start();

    // The fault phase: a timeline of actions drawn from the seed.
    const t0 = Date.now();
    const span = o.chaosSeconds * 1000;
    type Action = { at: number; name: string; run: () => Promise<void> };
    const actions: Action[] = [];
    for (let k = 0; k < o.kills; k++) {
      actions.push({
        at: Math.round(((k + 0.5 + (rng.next() - 0.5) * 0.6) / o.kills) * span * 0.9),
        name: 'kill',
        run: async () => {
          await worker.kill();
          log(`worker SIGKILLed (${worker.kills}); restarting`);
          await worker.start();
        },
      });
    }
    for (let k = 0; k < o.temporalRestarts; k++) {
      actions.push({
        at: Math.round(((k + 0.45) / o.temporalRestarts) * span * 0.8),
        name: 'temporal',
        run: async () => {
          log('stopping the Temporal dev server');
          stream.temporalDown = true;
          await temporal!.stop();
          temporal = null;
          await sleep(o.temporalDownSeconds * 500);
          stream.burst(); // a burst while Temporal is down: every one must be refused and delivered later
          // And events from the sandbox itself: only its own retries can deliver them.
          for (let k = 0; k < 10; k++) {
            const data = {
              account: { _id: rng.pick(live()) },
              meta: { data_status: 'AVAILABLE', auth_method: 'internet_banking', has_new_data: true },
            };
            sentWhileDown.push(await sandbox.emitWebhook('mono.events.account_updated', data));
          }
          await sleep(o.temporalDownSeconds * 500);
          temporal = await startTemporal();
          stream.temporalDown = false;
          log('Temporal dev server back on its persisted database');
        },
      });
    }
    for (let k = 0; k < o.late; k++) {
      actions.push({
        at: Math.round(span * (0.05 + 0.55 * (k / Math.max(1, o.late)))),
        name: 'link',
        run: async () => {
          const id = await linkSpec(sandbox, spec(o.accounts + k));
          needles.push(...(await accountNeedles(sandbox.url, sandbox.secretKey, id)));
          ids.push(id);
          await startAccountFeed(client, 'chaos', id, feedConfig).catch(() => undefined); // the webhook may have started it
        },
      });
    }
    for (const id of reauthIds)
      actions.push({
        at: Math.round(span * (0.2 + 0.3 * rng.next())),
        name: 'reauth',
        run: async () => sandbox.requireReauth(id),
      });
    for (const id of unlinkIds)
      actions.push({
        at: Math.round(span * (0.4 + 0.3 * rng.next())),
        name: 'unlink',
        run: async () => {
          unlinked.add(id);
          await sandbox.unlink(id);
        },
      });
    for (let at = 3_000; at < span; at += 4_000) {
      actions.push({
        at,
        name: 'transactions',
        run: async () => {
          const target = rng.pick(live());
          sandbox.addTransactions(target, rng.int(1, 3));
        },
      });
    }
    if (pendingOn)
      for (const f of [0.3, 0.6])
        actions.push({ at: Math.round(span * f), name: 'advance', run: async () => sandbox.advance(45 * 60_000) });
    actions.sort((a, b) => a.at - b.at);

    // Kills and Temporal restarts run one at a time; everything else runs beside them.
    let disruptive: Promise<void> = Promise.resolve();
    const others: Array<Promise<void>> = [];
    for (const a of actions) {
      const wait = t0 + a.at - Date.now();
      if (wait > 0) await sleep(wait);
      if (a.name === 'kill' || a.name === 'temporal') {
        disruptive = disruptive.then(a.run);
      } else {
        others.push(a.run().catch((e: unknown) => void log(`${a.name} failed: ${(e as Error).message}`)));
      }
    }
    await disruptive;
    await Promise.all(others);
    const left = t0 + span - Date.now();
    if (left > 0) await sleep(left);
    stream.stopGenerating();
    log(
      `fault phase over after ${Math.round((Date.now() - t0) / 1000)} s: ${worker.kills} kills, ${o.temporalRestarts} Temporal restart(s)`,
    );

    await worker.start();
    log('draining the webhook stream (retrying every refused event)');
    const unacked = await stream.drain(Date.now() + 90_000);
    if (pendingOn) {
      // Every pending row posts (they post within three hours); no new row starts pending.
      sandbox.setFaults({ pendingThenPosted: 0 });
      sandbox.advance(3 * 3_600_000 + 5 * 60_000);
    }
    const ctx: RunContext = {
      o,
      sandbox,
      db: db.db,
      client,
      worker,
      stream,
      reauth,
      ids,
      unlinked,
      mfaIds,
      reauthIds,
      needles,
      dataDir,
      log,
      unacked,
      startedAt,
      sandboxStartIso,
      sentWhileDown,
      staleIds,
    };
    const finals = await finalSync(ctx);
    log('comparing the store with the ground truth; scanning logs and histories for secrets');
    const result = await verifyRun(ctx, finals);
    printReport(o, result);
    reauth.stop();
    await cleanup(o.keep || !result.ok);
    return result.ok ? 0 : 1;
  } catch (e) {
    log(`the run failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    await cleanup(true);
    return 1;
  }
}

let currentWorker: WorkerProcess | null = null;
let options: ChaosOptions;
try {
  options = parseChaosOptions(process.argv.slice(2));
} catch (e) {
  if (e instanceof CommanderError && e.exitCode === 0) process.exit(0);
  process.stderr.write(
    `chaos: ${e instanceof InvalidArgumentError || e instanceof CommanderError ? e.message : String(e)}\n`,
  );
  process.exit(2);
}
const hardStop = setTimeout(() => {
  log(`hard deadline of ${options.deadlineMinutes} min reached; seed ${options.seed}`);
  // The worker is our child: do not leave it running. (The Temporal server's watchdog sees this process go.)
  for (const c of currentWorker?.running ?? []) c.kill('SIGKILL');
  process.exit(1);
}, options.deadlineMinutes * 60_000);
hardStop.unref();
process.exitCode = await run(options);
