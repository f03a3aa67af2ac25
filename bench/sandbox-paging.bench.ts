/**
 * How fast the Mono client pages through the sandbox: one account with ~1,000,000 rows read with page sizes 1000 and
 * 100; prints transactions per second and the client process's peak RSS. The sandbox runs in a child process so the
 * RSS figure is the client's alone.
 *   npm run bench:sandbox                 (1,000,000 rows)
 *   npm run bench:sandbox -- --rows 100000
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MonoClient } from '../adapters/mono/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const TXNS_PER_DAY = 250;

async function serve(): Promise<void> {
  const { startSandbox } = await import('../sandbox/server.js');
  const rows = arg('rows', 1_000_000);
  const sandbox = await startSandbox({ seed: 7, startTime: '2026-06-01T00:00:00Z' });
  const accountId = await sandbox.linkAccount({
    institution: '058',
    kind: 'business',
    historyDays: Math.ceil(rows / TXNS_PER_DAY),
    txnsPerDay: TXNS_PER_DAY,
  });
  process.send!({ url: sandbox.url, secretKey: sandbox.secretKey, accountId });
  process.on('message', () => {
    void sandbox.close().then(() => process.exit(0));
  });
}

async function measure(): Promise<void> {
  const rows = arg('rows', 1_000_000);
  const child = fork(fileURLToPath(import.meta.url), ['--serve', '--rows', String(rows)], {
    execArgv: ['--import', 'tsx'],
  });
  const { url, secretKey, accountId } = await new Promise<{ url: string; secretKey: string; accountId: string }>(
    (resolve) => child.once('message', (m) => resolve(m as never)),
  );
  const client = new MonoClient({ baseUrl: url, secretKey, timeoutMs: 120_000 });

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  // The whole history: sandbox windows are business dates.
  const filters = { start: '2000-01-01', end: '2026-06-01' };
  console.log(
    `sandbox account with ~${rows.toLocaleString('en')} rows (${TXNS_PER_DAY}/day); client RSS at start ${mb(peakRss)}`,
  );

  for (const limit of [1000, 100]) {
    const started = performance.now();
    const cpu0 = process.cpuUsage();
    let count = 0;
    let pages = 0;
    peakRss = process.memoryUsage().rss;
    for await (const page of client.iterateTransactions(accountId, { ...filters, limit })) {
      count += page.transactions.length;
      pages += 1;
    }
    const s = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const clientCpuS = (cpu.user + cpu.system) / 1e6;
    console.log(
      `limit ${String(limit).padStart(4)}: ${count.toLocaleString('en')} txns, ${pages.toLocaleString('en')} pages in ${s.toFixed(1)} s → ` +
        `${Math.round(count / s).toLocaleString('en')} txn/s, ${Math.round(pages / s)} pages/s; client peak RSS ${mb(peakRss)}; ` +
        `client CPU ${clientCpuS.toFixed(1)} s (${Math.round(count / clientCpuS).toLocaleString('en')} txn per client CPU-second)`,
    );
  }
  clearInterval(sampler);
  await client.close();
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
}

await (process.argv.includes('--serve') ? serve() : measure());
