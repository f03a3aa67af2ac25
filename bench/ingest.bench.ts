/**
 * npm run bench:ingest -- [--accounts 100] [--txns 10000]: end-to-end backfill from the Mono sandbox through Temporal
 * activities (`bankfeed worker` as a child process) into SQLite; transactions per second and the worker's peak RSS.
 * The reference, in the same run: applyBankWindow of the same rows, in the same windows, into a fresh store.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError } from 'commander';
import { temporalSettings } from '../temporal.config.js';
import { startDevServer, freePort } from '../worker/temporal-dev-server.js';
import { startSandbox } from '../sandbox/server.js';
import { openDb } from '../db/connection.js';
import { applyBankWindow, type FetchedBankLine } from '../db/bank-transaction-repository.js';
import { connectClient } from '../worker/temporal-connection.js';
import { startAccountFeed } from '../worker/feed-client.js';
import { accountFeedWorkflowId, statusQuery } from '../workflows/messages.js';
import { addBusinessDays, type BusinessDate } from '../domain/dates.js';
import { WorkerProcess } from './chaos/worker-process.js';

const int = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer`);
  return n;
};
const o = new Command()
  .name('bench:ingest')
  .option('--accounts <n>', 'accounts to backfill', int('--accounts'), 100)
  .option(
    '--txns <n>',
    'transactions per account (approximately: the sandbox draws them per day)',
    int('--txns'),
    10_000,
  )
  .option('--days <n>', 'days of history they spread over', int('--days'), 100)
  .option('--window-days <n>', 'backfill window', int('--window-days'), 31)
  .option('--timeout-minutes <n>', 'give up after this', int('--timeout-minutes'), 60)
  .parse(process.argv)
  .opts<{ accounts: number; txns: number; days: number; windowDays: number; timeoutMinutes: number }>();

const log = (m: string) => process.stdout.write(`[ingest ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident and peak resident memory of a process, from /proc (Linux), in MiB. */
function memoryOf(pid: number): { rss: number; peak: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-ingest-'));
const temporal = await startDevServer({
  cliPath: temporalSettings().cliPath,
  dir: join(dir, 'temporal'),
  persist: false,
  headless: true,
  readyTimeoutMs: 90_000,
});
// Nearly frozen sandbox time: no new rows appear while the backfill runs, so the expected count stays exact.
const sandbox = await startSandbox({ seed: 4, webhookUrl: null, timeScale: 1e-6 });
const dbPath = join(dir, 'bankfeed.db');
const worker = new WorkerProcess({
  TEMPORAL_ADDRESS: temporal.address,
  TEMPORAL_NAMESPACE: 'default',
  BANKFEED_TASK_QUEUE: 'ingest',
  BANKFEED_DATA_DIR: join(dir, 'data'),
  DATABASE_URL: dbPath,
  MONO_BASE_URL: sandbox.url,
  MONO_SECRET_KEY: sandbox.secretKey,
  MONO_WEBHOOK_SECRET: sandbox.webhookSecret,
  BANKFEED_WEBHOOK_PORT: String(await freePort()),
  BANKFEED_LOG_LEVEL: 'warn',
});
let exitCode = 1;
try {
  const ids: string[] = [];
  for (let i = 0; i < o.accounts; i++)
    ids.push(
      await sandbox.linkAccount({
        currency: 'NGN',
        kind: 'business',
        historyDays: o.days - 1,
        txnsPerDay: o.txns / o.days,
      }),
    );
  let expected = 0;
  for (const id of ids) expected += sandbox.truth(id).length;
  log(
    `${ids.length} accounts, ${expected} transactions in the sandbox (${Math.round(expected / ids.length)} per account)`,
  );
  await worker.start();
  const db = await openDb({ url: dbPath });
  const { client, connection } = await connectClient({ address: temporal.address, namespace: 'default' });
  const config = {
    historyDays: o.days,
    backfillWindowDays: o.windowDays,
    refreshMode: 'none' as const,
    pollIntervalMs: 24 * 3_600_000,
    reconcileAfterSync: false,
    activityHeartbeatTimeoutMs: 60_000,
  };

  const t0 = performance.now();
  for (const id of ids) await startAccountFeed(client, 'ingest', id, config);
  const deadline = Date.now() + o.timeoutMinutes * 60_000;
  let peakRss = 0;
  let stored = 0;
  let lastLog = 0;
  for (;;) {
    const m = worker.pid ? memoryOf(worker.pid) : null;
    if (m) peakRss = Math.max(peakRss, m.peak);
    stored = Number(
      (
        await db.db
          .selectFrom('bank_transactions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    if (stored >= expected) break;
    if (Date.now() > deadline) throw new Error(`timed out with ${stored} of ${expected} stored`);
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(
        `${stored}/${expected} stored, ${Math.round(stored / ((performance.now() - t0) / 1000))} txn/s, worker RSS ${m ? Math.round(m.rss) : '?'} MiB`,
      );
    }
    await sleep(250);
  }
  // Done means every feed says so, not only that the count was reached.
  for (const id of ids) {
    for (;;) {
      const s = await client.workflow.getHandle(accountFeedWorkflowId(id)).query(statusQuery);
      if (s.backfilled) break;
      await sleep(100);
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const m = worker.pid ? memoryOf(worker.pid) : null;
  if (m) peakRss = Math.max(peakRss, m.peak);

  // The reference: the same rows, the same windows, straight into a fresh store (no HTTP, no Temporal).
  const rows = await db.db
    .selectFrom('bank_transactions')
    .select([
      'account_id',
      'provider_txn_id',
      'fingerprint',
      'amount_minor',
      'currency',
      'direction',
      'business_date',
      'booked_at',
      'narration',
      'balance_minor',
      'category',
      'raw',
    ])
    .orderBy('account_id')
    .orderBy('booked_at')
    .orderBy('id')
    .execute();
  await connection.close();
  await db.close();
  const ref = await openDb({ url: join(dir, 'reference.db') });
  const byAccount = new Map<string, FetchedBankLine[]>();
  for (const r of rows) {
    const list = byAccount.get(r.account_id) ?? [];
    list.push({
      providerTxnId: r.provider_txn_id,
      fingerprint: r.fingerprint,
      amountMinor: Number(r.amount_minor),
      currency: r.currency,
      direction: r.direction as 'credit' | 'debit',
      businessDate: r.business_date as BusinessDate,
      bookedAt: r.booked_at,
      narration: r.narration,
      balanceMinor: r.balance_minor === null ? null : Number(r.balance_minor),
      category: r.category,
      raw: r.raw,
    });
    byAccount.set(r.account_id, list);
  }
  const now = new Date().toISOString();
  for (const id of byAccount.keys()) {
    await ref.db
      .insertInto('accounts')
      .values({
        id,
        name: 'reference',
        institution_name: null,
        institution_code: null,
        account_number_masked: null,
        currency: 'NGN',
        timezone: 'Africa/Lagos',
        account_type: null,
        customer_id: null,
        data_status: 'AVAILABLE',
        state: 'ACTIVE',
        reauth_url: null,
        reauth_required_at: null,
        synced_through: null,
        last_synced_at: null,
        last_error: null,
        balance_minor: null,
        ledger_binding: null,
        linked_at: now,
        unlinked_at: null,
        updated_at: now,
      })
      .execute();
  }
  const r0 = performance.now();
  let applied = 0;
  for (const [id, lines] of byAccount) {
    const first = lines[0]!.businessDate;
    const last = lines[lines.length - 1]!.businessDate;
    for (let from = first; from <= last; from = addBusinessDays(from, o.windowDays)) {
      const to = addBusinessDays(from, o.windowDays - 1);
      const window = lines.filter((l) => l.businessDate >= from && l.businessDate <= to);
      const res = await applyBankWindow(ref.db, { accountId: id, from, to, lines: window, complete: true, now });
      applied += res.inserted;
    }
  }
  const refSeconds = (performance.now() - r0) / 1000;
  await ref.close();

  process.stdout.write(
    [
      '',
      `bench:ingest — ${ids.length} accounts × ~${Math.round(expected / ids.length)} transactions (${expected} in all), SQLite, window ${o.windowDays} days`,
      `  end to end (sandbox HTTP → Temporal activities → store): ${stored} stored in ${seconds.toFixed(1)} s = ${Math.round(stored / seconds)} txn/s`,
      `  worker peak RSS: ${Math.round(peakRss)} MiB`,
      `  raw store upsert (applyBankWindow, same rows, same windows): ${applied} in ${refSeconds.toFixed(1)} s = ${Math.round(applied / refSeconds)} txn/s`,
      `  end to end runs at ${((stored / seconds / (applied / refSeconds)) * 100).toFixed(1)}% of the raw store rate`,
      '',
    ].join('\n'),
  );
  exitCode = stored === expected && applied === expected ? 0 : 1;
} catch (e) {
  log(`failed: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  await worker.stop();
  await temporal.stop();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
