/**
 * bench:web — the review app with 10,000 pending suggestions on one account (SQLite file, WAL, as `start` runs):
 * the review page's server time p95, an accept's p95, a bulk accept of 5,000 lines, and the first paint of the
 * review page in headless Chromium. Targets (issue 15): < 150 ms, < 50 ms, < 5 s, < 1 s. Figures only; no assertion.
 *   npm run bench:web            BANKFEED_BENCH_LINES=10000 BANKFEED_CHROMIUM=/usr/bin/chromium
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDb } from '../db/connection.js';
import { createMatchRepository, type NewGroup } from '../db/match-repository.js';
import { createUserAdmin } from '../web/auth/user-admin.js';
import { createWebApp } from '../web/app.js';

const LINES = Number(process.env.BANKFEED_BENCH_LINES ?? 10_000);
const CHROMIUM = process.env.BANKFEED_CHROMIUM ?? '/usr/bin/chromium';
const PASSWORD = 'bench password 123';
const AT = '2026-10-01T00:00:00.000Z';

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
}
const ms = (x: number) => `${x.toFixed(1)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'bankfeed-web-bench-'));
const handle = await openDb({ url: join(dir, 'bench.sqlite') });
const db = handle.db;
try {
  // One account, LINES bank lines each with one pending suggestion against its own ledger entry; half of them at
  // 97% (the bulk filter's selection), half at 60%.
  const t0 = performance.now();
  await db
    .insertInto('accounts')
    .values({
      id: 'bench',
      name: 'Bench Ltd',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      state: 'ACTIVE',
      linked_at: AT,
      updated_at: AT,
      ledger_binding: JSON.stringify({ sourceId: 'books', ledgerAccount: '1010' }),
    })
    .execute();
  const bankIds: number[] = [];
  const ledgerIds: number[] = [];
  for (let i = 0; i < LINES; i += 500) {
    const n = Math.min(500, LINES - i);
    const day = (k: number) =>
      `2026-${String(1 + ((i + k) % 12)).padStart(2, '0')}-${String(1 + ((i + k) % 28)).padStart(2, '0')}`;
    const bank = await db
      .insertInto('bank_transactions')
      .values(
        Array.from({ length: n }, (_, k) => ({
          account_id: 'bench',
          provider_txn_id: `b${i + k}`,
          fingerprint: `f${i + k}`,
          amount_minor: 10_000 + (((i + k) * 37) % 5_000_000),
          currency: 'NGN',
          direction: 'credit',
          business_date: day(k),
          booked_at: `${day(k)}T09:00:00.000Z`,
          narration: `NIP TRF FROM CUSTOMER ${i + k} INV-${100000 + i + k}`,
          counterparty_name: `Customer ${(i + k) % 700}`,
          status: 'posted',
          first_seen_at: AT,
          updated_at: AT,
        })),
      )
      .returning('id')
      .execute();
    bankIds.push(...bank.map((r) => Number(r.id)));
    const ledger = await db
      .insertInto('ledger_entries')
      .values(
        Array.from({ length: n }, (_, k) => ({
          source_id: 'books',
          external_id: `l${i + k}`,
          ledger_account: '1010',
          entry_date: day(k),
          amount_minor: 10_000 + (((i + k) * 37) % 5_000_000),
          currency: 'NGN',
          reference: `INV-${100000 + i + k}`,
          party: `Customer ${(i + k) % 700}`,
          description: 'Sales invoice',
          status: 'open',
          row_fingerprint: `r${i + k}`,
          created_at: AT,
          updated_at: AT,
        })),
      )
      .returning('id')
      .execute();
    ledgerIds.push(...ledger.map((r) => Number(r.id)));
  }
  const groups: NewGroup[] = bankIds.map((b, i) => ({
    accountId: 'bench',
    runId: null,
    kind: 'fuzzy',
    status: 'suggested',
    confidence: i % 2 === 0 ? 0.97 : 0.6,
    currency: 'NGN',
    differenceMinor: 0,
    writeOff: null,
    evidence: [
      { kind: 'amount_exact', detail: 'same amount', weight: 0.3 },
      { kind: 'counterparty_name', detail: `payer similar to Customer ${i % 700} (92%)`, weight: 0.3 },
      { kind: 'date', detail: 'same day', weight: 0.1 },
    ],
    ruleId: null,
    proposed: null,
    rank: 1,
    candidateSet: `bank:${b}`,
    idempotencyKey: `k${b}`,
    decidedBy: null,
    decidedAt: null,
    createdAt: AT,
    items: [
      { side: 'bank', itemId: b, amountMinor: 0 },
      { side: 'ledger', itemId: ledgerIds[i]!, amountMinor: 0 },
    ],
  }));
  const ids = await db.transaction().execute((trx) => createMatchRepository(trx).insertGroups(groups));
  await createUserAdmin({ db }).add({ username: 'bench', role: 'reviewer', password: PASSWORD, actor: 'bench' });
  process.stdout.write(`seeded ${LINES} lines with ${ids.size} pending suggestions in ${ms(performance.now() - t0)}\n`);

  const app = await createWebApp({ db });
  const page = await app.inject({ method: 'GET', url: '/sign-in' });
  let cookie = String(page.headers['set-cookie']).split(';')[0]!;
  const csrfOf = (body: string) => /name="_csrf"\s+value="([^"]+)"/.exec(body)![1]!;
  const signed = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { cookie },
    payload: { username: 'bench', password: PASSWORD, _csrf: csrfOf(page.body) },
  });
  cookie = String(signed.headers['set-cookie'] ?? cookie).split(';')[0]!;
  const home = await app.inject({ method: 'GET', url: '/accounts/bench/review', headers: { cookie } });
  const csrf = csrfOf(home.body);

  // Review page: pages across the queue and filtered views, as people move through it.
  const pageTimes: number[] = [];
  // CPU time per request beside wall time: on a shared, loaded machine wall time mostly measures the queue for a core.
  const pageCpu: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const urls = [
    '/accounts/bench/review',
    '/accounts/bench/review?view=suggested&page=50',
    '/accounts/bench/review?view=suggested&min=95',
    '/accounts/bench/review?view=suggested&q=customer%2012',
    '/accounts/bench/review?view=suggested&from=2026-03-01&to=2026-04-30&page=3',
  ];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await app.inject({ method: 'GET', url: urls[i % urls.length]!, headers: { cookie } });
    if (r.statusCode !== 200) throw new Error(`review page answered ${r.statusCode}`);
    if (i >= 5) {
      pageTimes.push(performance.now() - t);
      pageCpu.push(cpuMs(process.cpuUsage(c)));
    }
  }

  // Accept: one suggestion at a time, as the keyboard does (htmx request, the row comes back).
  const acceptTimes: number[] = [];
  const acceptCpu: number[] = [];
  const lowGroups = [...ids.values()].filter((_, i) => i % 2 === 1).slice(0, 200);
  for (const g of lowGroups) {
    const t = performance.now();
    const c = process.cpuUsage();
    const r = await app.inject({
      method: 'POST',
      url: `/accounts/bench/groups/${g}/confirm`,
      headers: { cookie, 'hx-request': 'true' },
      payload: { _csrf: csrf },
    });
    if (r.statusCode !== 200) throw new Error(`accept answered ${r.statusCode}: ${r.body.slice(0, 200)}`);
    acceptTimes.push(performance.now() - t);
    acceptCpu.push(cpuMs(process.cpuUsage(c)));
  }

  // Bulk: every suggestion at or above 95% (half the queue), count first, then one transaction.
  const tb = performance.now();
  const preview = await app.inject({
    method: 'GET',
    url: '/accounts/bench/bulk?action=confirm&view=suggested&min=95',
    headers: { cookie },
  });
  const expected = Number(/name="expected"\s+value="(\d+)"/.exec(preview.body)![1]);
  const tPreview = performance.now() - tb;
  const tr = performance.now();
  const bulk = await app.inject({
    method: 'POST',
    url: '/accounts/bench/bulk',
    headers: { cookie, 'hx-request': 'true' },
    payload: { _csrf: csrf, action: 'confirm', expected: String(expected), view: 'suggested', min: '95' },
  });
  const tRun = performance.now() - tr;
  if (bulk.statusCode !== 200) throw new Error(`bulk answered ${bulk.statusCode}: ${bulk.body.slice(0, 200)}`);

  const os = await import('node:os');
  process.stdout.write(`machine load average: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores\n`);
  process.stdout.write(
    `review page server time p95: ${ms(p95(pageTimes))}, its CPU time p95 ${ms(p95(pageCpu))} (target < 150 ms; ${pageTimes.length} requests over 5 views)\n`,
  );
  process.stdout.write(
    `accept p95: ${ms(p95(acceptTimes))}, its CPU time p95 ${ms(p95(acceptCpu))} (target < 50 ms; ${acceptTimes.length} accepts)\n`,
  );
  process.stdout.write(
    `bulk accept of ${expected} lines: ${ms(tRun)} (target < 5 s), its count first: ${ms(tPreview)}\n`,
  );

  // First paint of the review page in headless Chromium (Debian's; skipped when absent).
  if (existsSync(CHROMIUM)) {
    const { chromium } = await import('playwright-core');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const addr = app.server.address();
    const base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const ctx = await browser.newContext();
      await ctx.addCookies([
        { name: 'bankfeed_session', value: decodeURIComponent(cookie.split('=').slice(1).join('=')), url: base },
      ]);
      const tab = await ctx.newPage();
      const paints: number[] = [];
      for (let i = 0; i < 6; i++) {
        await tab.goto(`${base}/accounts/bench/review?view=suggested&page=${i + 1}`, { waitUntil: 'load' });
        const fcp = await tab.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
        );
        if (i > 0) paints.push(fcp);
      }
      process.stdout.write(
        `review page first contentful paint in Chromium: max ${ms(Math.max(...paints))}, p95 ${ms(p95(paints))} (target < 1 s; ${paints.length} loads)\n`,
      );
    } finally {
      await browser.close();
    }
  } else {
    process.stdout.write(`first paint: Chromium not found at ${CHROMIUM}; skipped\n`);
  }
  await app.close();
} finally {
  await handle.close();
  if (process.env.BANKFEED_BENCH_KEEP) process.stdout.write(`kept ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
}
