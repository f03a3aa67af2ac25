import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MonoClient } from '../../adapters/mono/index.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server.js';
import { createLogger } from '../../worker/logger.js';
import { startMonoDataProcessor, type MonoDataHandler, type MonoDataProcessor } from '../../worker/mono-data-events.js';
import { monoDataHandlers } from '../../worker/mono-data-process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../worker/webhook-receiver.js';

/** Sandbox → webhook receiver (outbox, no Temporal) → Mono-data processor, on a fresh SQLite file. */
export interface MonoDataHarness {
  sandbox: Sandbox;
  db: DbHandle;
  mono: MonoClient;
  receiver: WebhookReceiver;
  processor: MonoDataProcessor;
  dir: string;
  /** Control call to the sandbox over HTTP (PUT /__sandbox/...). */
  control(path: string, body: unknown): Promise<unknown>;
  until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function startMonoDataHarness(
  opts: {
    sandbox?: SandboxOptions;
    /** The database (default: a SQLite file in the harness's directory). */
    openDb?: () => Promise<DbHandle & { dispose(): Promise<void> }>;
    extra?: (h: { db: DbHandle; mono: MonoClient; sandbox: Sandbox }) => Record<string, MonoDataHandler>;
  } = {},
): Promise<MonoDataHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeed-mono-data-'));
  const sandbox = await startSandbox({ seed: 18, ...opts.sandbox });
  const db = opts.openDb ? await opts.openDb() : await openDb({ url: join(dir, 'bankfeed.db') });
  const logger = createLogger({ silent: true });
  const receiver = await startWebhookReceiver({
    db: db.db,
    temporal: () => null,
    taskQueue: 'unused',
    relay: false,
    secret: sandbox.webhookSecret,
    logger,
  });
  sandbox.setWebhookUrl(receiver.url);
  const mono = new MonoClient({ baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: 10_000 });
  const processor = startMonoDataProcessor({
    db: db.db,
    logger,
    pollMs: 100,
    handlers: monoDataHandlers({ db: db.db, mono, logger, extra: opts.extra?.({ db, mono, sandbox }) ?? {} }),
  });
  return {
    sandbox,
    db,
    mono,
    receiver,
    processor,
    dir,
    async control(path, body) {
      const res = await fetch(`${sandbox.url}${path}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'mono-sec-key': sandbox.secretKey },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`sandbox control ${path}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    async until(what, probe, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const v = await probe();
        if (v) return v as never;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      sandbox.setWebhookUrl(null);
      await processor.stop();
      await receiver.close();
      await mono.close();
      await sandbox.close();
      if ('dispose' in db && typeof db.dispose === 'function') await (db.dispose as () => Promise<void>)();
      else await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
