import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Client } from '@temporalio/client';
import { startSandbox, type Sandbox } from '../../sandbox/server.js';
import { openDb, type DbHandle } from '../../db/connection.js';
import { startBankfeedWorker, type BankfeedWorker } from '../../worker/bankfeed-worker.js';
import { createLogger } from '../../worker/logger.js';
import { connectClient } from '../../worker/temporal-connection.js';
import { startAccountFeed } from '../../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery, syncNowUpdate } from '../../workflows/messages.js';
import { buildAccountReport } from '../../activities/report-builder.js';
import { writeReconciliationReport } from '../../adapters/reports/index.js';
import { accountNeedles, scanHistories, scanText, scanTree, type Needle } from '../../bench/chaos/secret-scan.js';
import { TEST_FEED_CONFIG } from '../support/feed-harness.js';

let dir: string;
let sandbox: Sandbox;
let db: DbHandle;
let worker: BankfeedWorker;
let client: Client;
let closeConnection: () => Promise<void>;
const ids: string[] = [];
const taskQueue = `secrets-${randomUUID()}`;
const needles: Needle[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(id: string, pred: (s: Awaited<ReturnType<typeof query>>) => boolean, ms = 90_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const s = await query(id);
      if (pred(s)) return s;
    } catch {
      /* not started yet */
    }
    if (Date.now() > until) throw new Error(`feed of ${id} did not get there`);
    await sleep(200);
  }
}
const query = (id: string) => client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bankfeed-secrets-'));
  // Faults make the client log its errors (with URLs and request details): the lines most likely to leak.
  sandbox = await startSandbox({
    seed: 41,
    faults: { rate429: 0.1, retryAfterSec: 1, truncatedJson: 0.05, burst503Every: 13, burst503Length: 1 },
    webhookRetry: { baseMs: 300, factor: 2, maxMs: 2_000, maxAttempts: 20 },
  });
  db = await openDb({ url: join(dir, 'bankfeed.db') });
  const address = inject('temporalAddress');
  const namespace = inject('temporalNamespace');
  worker = await startBankfeedWorker({
    db: db.db,
    dataDir: dir,
    temporal: { address, namespace },
    taskQueue,
    mono: { baseUrl: sandbox.url, secretKey: sandbox.secretKey, timeoutMs: 10_000 },
    webhook: { secret: sandbox.webhookSecret },
    logger: createLogger({ dataDir: dir, console: false, level: 'debug' }),
    clock: () => sandbox.now(),
    feedConfig: TEST_FEED_CONFIG,
  });
  sandbox.setWebhookUrl(worker.receiver!.url);
  const c = await connectClient({ address, namespace });
  client = c.client;
  closeConnection = () => c.connection.close();
  needles.push(
    { label: 'Mono secret key', value: sandbox.secretKey },
    { label: 'webhook secret', value: sandbox.webhookSecret },
  );
}, 180_000);

afterAll(async () => {
  sandbox?.setWebhookUrl(null);
  await worker?.shutdown();
  await closeConnection?.();
  await sandbox?.close();
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('secrets, BVNs and full account numbers', () => {
  it('appear in no log, report, stored row or workflow history after a feed with webhooks, faults and a re-authorisation', async () => {
    // account_connected and account_updated (which carries the full account number) go through the receiver.
    ids.push(await sandbox.linkAccount({ institution: 'GTBank', kind: 'business', historyDays: 20, txnsPerDay: 4 }));
    ids.push(
      await sandbox.linkAccount({
        institution: 'Access Bank',
        kind: 'personal',
        historyDays: 10,
        txnsPerDay: 3,
        mfa: { reauthAfterRefreshes: 0 },
      }),
    );
    for (const id of ids) needles.push(...(await accountNeedles(sandbox.url, sandbox.secretKey, id)));
    for (const id of ids) await startAccountFeed(client, taskQueue, id, TEST_FEED_CONFIG);
    for (const id of ids) await waitFor(id, (s) => s.backfilled && s.state === 'ACTIVE');

    // A sync with a refresh sends the MFA account into re-authorisation: its link is created, logged and completed.
    sandbox.addTransactions(ids[0]!, 3);
    const r = await client.workflow
      .getHandle(accountFeedWorkflowId(ids[0]!))
      .executeUpdate(syncNowUpdate, { args: [{ reason: 'secrets' }] });
    expect(r.status).toBe('succeeded');
    await client.workflow
      .getHandle(accountFeedWorkflowId(ids[1]!))
      .executeUpdate(syncNowUpdate, { args: [{ reason: 'secrets' }] });
    await waitFor(ids[1]!, (s) => s.state === 'REAUTH_REQUIRED' && s.reauthUrl !== null);
    await sandbox.completeReauth(ids[1]!);
    await waitFor(ids[1]!, (s) => s.state === 'ACTIVE' && s.counts.reauthorisations === 1);

    // A webhook with the wrong secret (logged as rejected) and one that echoes the secret in its body.
    const bad = await fetch(worker.receiver!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mono-webhook-secret': `${sandbox.webhookSecret}-wrong` },
      body: JSON.stringify({ event: 'mono.events.account_updated', data: { account: { _id: ids[0] } } }),
    });
    expect(bad.status).toBe(401);

    // Reports of both accounts, in every format.
    const today = sandbox.now().toISOString().slice(0, 10);
    const from = new Date(sandbox.now().getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
    const written: string[] = [];
    for (const id of ids) {
      const report = await buildAccountReport(db.db, {
        accountId: id,
        period: { from, to: today },
        ledgerSourceId: null,
      });
      for (const ext of ['xlsx', 'csv', 'json'])
        written.push(...(await writeReconciliationReport(report, join(dir, 'reports', `${id}.${ext}`))).files);
    }
    sandbox.setWebhookUrl(null);
    await worker.shutdown();
    await sleep(500); // the log transport writes from its own thread

    const logFile = join(dir, 'logs', 'bankfeed.log');
    const logText = readFileSync(logFile, 'utf8');
    // The scan reads real content: the log saw the webhooks, the faults and the re-authorisation link.
    expect(logText).toContain('webhook accepted');
    expect(logText).toContain('webhook rejected');
    expect(logText).toMatch(/rate_limited|unavailable|not valid JSON/);
    expect(logText).toContain('re-authorisation');
    expect(written.length).toBeGreaterThanOrEqual(6);
    for (const f of written) expect(existsSync(f)).toBe(true);
    // The stored webhook bodies are in the database file; the account number is there only masked.
    const dbText =
      readFileSync(join(dir, 'bankfeed.db')).toString('latin1') +
      (existsSync(join(dir, 'bankfeed.db-wal')) ? readFileSync(join(dir, 'bankfeed.db-wal')).toString('latin1') : '');
    const number = needles.find((n) => n.label.startsWith('full account number'))!.value;
    expect(dbText).toContain(`******${number.slice(-4)}`);
    expect(scanText(`x${number}y`, needles, 'control')).toHaveLength(1); // the scanner itself finds what it looks for

    const tree = scanTree(dir, needles);
    expect(tree.files).toBeGreaterThanOrEqual(written.length + 2);
    expect(tree.hits).toEqual([]);
    // Worker stopped: histories are read from the server, payloads decoded.
    const hist = await scanHistories(client, ids.map(accountFeedWorkflowId), needles);
    expect(hist.histories).toBeGreaterThanOrEqual(2);
    expect(hist.events).toBeGreaterThan(20);
    expect(hist.hits).toEqual([]);
    expect(needles.length).toBe(2 + 2 * ids.length);
  }, 240_000);
});
