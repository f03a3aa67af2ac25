/**
 * What bench:feeds and bench:webhooks share: a real `bankfeed worker` (child process) against the embedded Temporal
 * server and the sandbox, each in a fresh temporary directory, with a Temporal client for the bench, and the small
 * measuring helpers (RSS of a process, percentiles, a timestamped log line).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, Connection } from '@temporalio/client';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { temporalSettings } from '../temporal.config.js';
import { connectClient } from '../worker/temporal-connection.js';
import { freePort, startDevServer } from '../worker/temporal-dev-server.js';
import { WorkerProcess } from './chaos/worker-process.js';

export interface BenchStack {
  dir: string;
  temporal: Awaited<ReturnType<typeof startDevServer>>;
  sandbox: Sandbox;
  worker: WorkerProcess;
  /** The worker's SQLite file (open it with migrate: false to read what the worker wrote). */
  dbPath: string;
  taskQueue: string;
  /** The worker's webhook receiver. */
  webhookUrl: string;
  /** Set by start(). */
  client: Client;
  start(): Promise<void>;
  /** Stops the worker, Temporal and the sandbox, and removes the directory. */
  stop(): Promise<void>;
}

export interface BenchStackOptions {
  name: string;
  sandboxSeed: number;
  taskQueue: string;
  /** Extra environment for the worker (cache size, heap cap, ...). */
  env?: Record<string, string>;
}

/** Temporal and the sandbox are up on return; start() then starts the worker and connects the bench's client. */
export async function createBenchStack(opts: BenchStackOptions): Promise<BenchStack> {
  const dir = mkdtempSync(join(tmpdir(), `bankfeed-${opts.name}-`));
  const temporal = await startDevServer({
    cliPath: temporalSettings().cliPath,
    dir: join(dir, 'temporal'),
    persist: false,
    headless: true,
    readyTimeoutMs: 90_000,
  });
  const sandbox = await startSandbox({ seed: opts.sandboxSeed, webhookUrl: null });
  const port = await freePort();
  const dbPath = join(dir, 'bankfeed.db');
  const worker = new WorkerProcess({
    TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_NAMESPACE: 'default',
    BANKFEED_TASK_QUEUE: opts.taskQueue,
    BANKFEED_DATA_DIR: join(dir, 'data'),
    DATABASE_URL: dbPath,
    MONO_BASE_URL: sandbox.url,
    MONO_SECRET_KEY: sandbox.secretKey,
    MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
    BANKFEED_WEBHOOK_PORT: String(port),
    BANKFEED_LOG_LEVEL: 'warn',
    ...opts.env,
  });
  let connection: Connection | null = null;
  const stack: BenchStack = {
    dir,
    temporal,
    sandbox,
    worker,
    dbPath,
    taskQueue: opts.taskQueue,
    webhookUrl: `http://127.0.0.1:${port}/webhooks/mono`,
    client: null as unknown as Client,
    async start() {
      await worker.start();
      const c = await connectClient({ address: temporal.address, namespace: 'default' });
      connection = c.connection;
      stack.client = c.client;
    },
    async stop() {
      await connection?.close().catch(() => undefined);
      await worker.stop();
      await temporal.stop();
      await sandbox.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return stack;
}

/** Resident memory of a process in MiB (0 once it has gone). */
export function rssMiB(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The p-th percentile (nearest rank) of the values. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function benchLog(name: string): (m: string) => void {
  return (m) => process.stdout.write(`[${name} ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
}

/** A Mono `account_updated` webhook body for the account, "nothing new" unless hasNewData. */
export function accountUpdatedBody(key: string, accountId: string, hasNewData: boolean): string {
  return JSON.stringify({
    event: 'mono.events.account_updated',
    event_id: key,
    timestamp: new Date().toISOString(),
    data: { account: { _id: accountId }, meta: { data_status: 'AVAILABLE', has_new_data: hasNewData } },
  });
}

/** The load average as `uptime` shows it (the machine is shared: every figure is quoted with it). */
export function loadAverage(): string {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}
