/**
 * Acceptance for issue 19 ("no transaction left behind"), the way a user goes live: the real `bankfeed worker` in
 * live mode (MONO_SECRET_KEY set) against an independent implementation of Mono's v2 contract
 * (test/acceptance/independent-mono/, written from the contract notes, sharing nothing with the feed or its
 * sandbox). Five accounts linked with data 10 days stale; over a couple of minutes of real time the bank books new
 * postings (a third back-dated by 6–70 hours), Mono refreshes (our real-time jobs and its own schedule) and sends
 * webhooks; one account's bank demands MFA. At the end what bankfeed stored must be exactly what Mono serves.
 *
 * Seed: BANKFEED_ACCEPTANCE_SEED (printed). Extra product settings for a deliberate failure run:
 * BANKFEED_ACCEPTANCE_ENV="BANKFEED_OVERLAP_DAYS=0 …".
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { requireComponent } from '../support/components.js';
import { BankAccount, rng, type AccountSpec } from './independent-mono/bank.js';
import { IndependentMono } from './independent-mono/server.js';

const root = new URL('../../', import.meta.url).pathname;
const address = inject('temporalAddress') as string | undefined;
const namespace = (inject('temporalNamespace') as string | undefined) ?? 'default';

function reachable(hostPort: string | undefined): Promise<boolean> {
  if (!hostPort) return Promise.resolve(false);
  const [host, port] = [
    hostPort.slice(0, hostPort.lastIndexOf(':')),
    Number(hostPort.slice(hostPort.lastIndexOf(':') + 1)),
  ];
  return new Promise((resolve) => {
    const s = connect({ host, port }, () => (s.end(), resolve(true)));
    s.on('error', () => resolve(false));
    s.setTimeout(3_000, () => (s.destroy(), resolve(false)));
  });
}
const hasTemporal = await requireComponent('temporal', () => reachable(address), `Temporal at ${address ?? '(none)'}`);

const SEED = Number(process.env.BANKFEED_ACCEPTANCE_SEED ?? Date.now() % 1_000_000_007);
const STALE_DAYS = 10;
const LIVE_MS = 100_000; // the bank books postings for this long after link
const SPECS: AccountSpec[] = [
  {
    name: 'Adaeze Textiles Ltd',
    currency: 'NGN',
    bank: { name: 'GTBank', code: '058', type: 'BUSINESS_BANKING' },
    needsReauth: false,
    linkBy: 'code',
  },
  {
    name: 'Kofi Mensah Ventures',
    currency: 'GHC',
    bank: { name: 'GCB Bank', code: '040', type: 'BUSINESS_BANKING' },
    needsReauth: false,
    linkBy: 'code',
  },
  {
    name: 'Ikeja Pharma Ltd',
    currency: 'NGN',
    bank: { name: 'Access Bank', code: '044', type: 'BUSINESS_BANKING' },
    needsReauth: true,
    linkBy: 'code',
  },
  {
    name: 'Wanjiru Agro Co',
    currency: 'KSH',
    bank: { name: 'Equity Bank', code: '068', type: 'BUSINESS_BANKING' },
    needsReauth: false,
    linkBy: 'hosted',
  },
  {
    name: 'Thandi Design Pty',
    currency: 'ZAR',
    bank: { name: 'FNB', code: '250655', type: 'BUSINESS_BANKING' },
    needsReauth: false,
    linkBy: 'hosted',
  },
];

/** Each account's business day is its country's: Lagos UTC+1, Accra UTC+0, Nairobi UTC+3, Johannesburg UTC+2. */
const ZONE: Record<AccountSpec['currency'], string> = {
  NGN: 'Africa/Lagos',
  GHC: 'Africa/Accra',
  KSH: 'Africa/Nairobi',
  ZAR: 'Africa/Johannesburg',
};
const localDay = (ms: number, zone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const children: ChildProcess[] = [];
const cliRuns: string[] = [];
const dirs: string[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function productEnv(dataDir: string, mono: IndependentMono): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // A new user's defaults: drop anything a developer's shell might set for the feed.
  for (const k of Object.keys(env))
    if (k.startsWith('BANKFEED_') || k.startsWith('MONO_') || k === 'DATABASE_URL') delete env[k];
  Object.assign(env, {
    BANKFEED_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: address,
    TEMPORAL_NAMESPACE: namespace,
    BANKFEED_TASK_QUEUE: `acceptance-mono-${process.pid}-${SEED}`,
    MONO_BASE_URL: mono.url,
    MONO_SECRET_KEY: 'live_sk_acceptance_independent',
    MONO_WEBHOOK_SECRET: 'whsec-acceptance-independent',
    BANKFEED_WEBHOOK_PORT: '0',
    BANKFEED_WEB_PORT: '0',
  });
  for (const kv of (process.env.BANKFEED_ACCEPTANCE_ENV ?? '').split(/\s+/).filter(Boolean)) {
    const i = kv.indexOf('=');
    env[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return env;
}

async function cli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const started = new Date().toISOString();
  const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
  cliRuns.push(`${args[0]} ${started.slice(11, 23)}–${new Date().toISOString().slice(11, 23)} exit ${code}`);
  return { code, stdout, stderr };
}

interface StoredRow {
  provider_txn_id: string;
  amount_minor: number;
  direction: string;
  booked_at: string;
  business_date: string;
  balance_minor: number | null;
  status: string;
}

describe.skipIf(!hasTemporal)('issue 19 acceptance: bankfeed live against an independent Mono v2', () => {
  it('stores exactly what Mono serves: stale at link, back-dated, near midnight, MFA, levies', async () => {
    const t0 = Date.now();
    const log = (s: string) => console.log(`[acceptance +${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
    log(`seed ${SEED} (BANKFEED_ACCEPTANCE_SEED=${SEED} replays it)`);
    const r = rng(SEED);
    const mono = new IndependentMono({
      accounts: [],
      secretKey: 'live_sk_acceptance_independent',
      webhookSecret: 'whsec-acceptance-independent',
      jobDelayMs: 4_000,
      rand: r,
      log: process.env.BANKFEED_ACCEPTANCE_VERBOSE ? console.log : undefined,
    });
    await mono.listen();
    const dataDir = mkdtempSync(join(tmpdir(), 'bankfeed-acceptance-'));
    dirs.push(dataDir);
    const env = productEnv(dataDir, mono);

    // --- the worker, as a user runs it in live mode
    const worker = spawn(process.execPath, [join(root, 'bin/bankfeed.js'), 'worker', '--no-schedule', '--no-web'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(worker);
    let wout = '';
    let werr = '';
    worker.stderr!.on('data', (d: Buffer) => (werr += d.toString()));
    const ready = await new Promise<{ webhookUrl: string }>((resolve, reject) => {
      worker.stdout!.on('data', (d: Buffer) => {
        wout += d.toString();
        const line = wout.split('\n').find((l) => l.includes('"ready":true'));
        if (line) resolve(JSON.parse(line) as { webhookUrl: string });
      });
      worker.once('exit', (code) => reject(new Error(`bankfeed worker exited ${code}: ${werr.slice(-2000)}`)));
      setTimeout(() => reject(new Error(`bankfeed worker not ready after 120 s: ${werr.slice(-2000)}`)), 120_000);
    });
    mono.webhookUrl = ready.webhookUrl;
    log(`worker ready, webhooks at ${ready.webhookUrl}`);

    // The banks: 100 days of history; live postings for LIVE_MS from now; Mono's view 10 days old.
    const now = Date.now();
    const accounts = SPECS.map(
      (spec) =>
        new BankAccount({ spec, r, now, historyDays: 100, staleDays: STALE_DAYS, liveMs: LIVE_MS, liveEveryMs: 5_000 }),
    );
    accounts.forEach((a) => mono.add(a));
    // Fault `chain-gap`: a wrong Mono that never serves one posting (a real gap in the running-balance chain).
    if (process.env.BANKFEED_ACCEPTANCE_FAULT === 'chain-gap')
      accounts[0]!.withheld.add(accounts[0]!.postings[150]!.id);

    // --- link five accounts (at once, as five people would): three with a widget code, two through the hosted link
    await Promise.all(
      accounts.map(async (a) => {
        if (a.spec.needsReauth) mono.requireMfa(a.id); // its bank will ask for MFA on the next fetch
        // Two accounts: Mono's first fetch after link (revealing the 10 stale days) lands in the middle of the backfill.
        if (a === accounts[0] || a === accounts[4]) mono.fetchDuringNextRead(a.id);
        if (a.spec.linkBy === 'code') {
          const res = await cli(['link', '--code', mono.issueCode(a.id), '--json'], env);
          expect(res.code, `link --code for ${a.spec.name}: ${res.stderr}`).toBe(0);
        } else {
          const res = await cli(
            [
              'link',
              '--name',
              a.spec.name,
              '--email',
              'finance@example.test',
              '--redirect-url',
              'https://example.test/linked',
              '--json',
            ],
            env,
          );
          expect(res.code, `link --name for ${a.spec.name}: ${res.stderr}`).toBe(0);
          const url = /https:\/\/link\.mono\.co\/[A-Z0-9]+/.exec(res.stdout)?.[0];
          expect(url, `hosted link printed: ${res.stdout}`).toBeTruthy();
          mono.completeHostedLink(url!, a.id); // the user finishes Mono Connect
        }
      }),
    );
    const linkedAt = Date.now();
    const hiddenAtLink = accounts.map(
      (a) => a.postings.filter((p) => p.knownAt > a.staleFetch && p.knownAt <= linkedAt).length,
    );
    log(`linked 5 accounts; rows hidden by staleness at link: ${hiddenAtLink.join(', ')}`);

    // --- a few minutes of real time: Mono's own fetches, a user's `sync`, the MFA account's re-authorisation
    const reauthAccount = accounts.find((a) => a.spec.needsReauth)!;
    const plain = accounts.filter((a) => !a.spec.needsReauth);
    const fault = process.env.BANKFEED_ACCEPTANCE_FAULT ?? '';
    const finalAt = Math.max(90_000, now + LIVE_MS + 5_000 - linkedAt);
    const schedule: Array<[number, () => Promise<void> | void]> = [
      // The MFA account's user asks for a sync: the real-time refresh answers x-reauth-required.
      [5_000, async () => void (await cli(['sync', reauthAccount.id], env))],
      [25_000, () => plain.slice(0, 2).forEach((a) => mono.scheduledFetch(a.id))],
      [35_000, async () => void (await cli(['sync', plain[2]!.id], env))],
      // Mono fetched Kofi's bank, then the bank's session lapsed: the next call answers x-reauth-required.
      [
        42_000,
        () => {
          mono.scheduledFetch(plain[1]!.id);
          mono.flagReauthOnNextData(plain[1]!.id);
        },
      ],
      [60_000, () => accounts.forEach((a) => mono.scheduledFetch(a.id))],
      // Final: every posting visible. The fault `silent-final-fetch` is a wrong Mono that sends no webhook.
      [finalAt, () => accounts.forEach((a) => mono.scheduledFetch(a.id, fault === 'silent-final-fetch'))],
    ];
    const mfaAccounts = [reauthAccount, plain[1]!];
    const reauthDone = new Set<string>();
    for (const [at, step] of schedule) {
      while (Date.now() - linkedAt < at) {
        await sleep(1_000);
        for (const m of mfaAccounts) {
          const r0 = mono.reauth.get(m.id);
          if (reauthDone.has(m.id) || !r0 || Date.now() - r0.signalledAt < 20_000) continue;
          // The user asks for a link (unless the feed already fetched one) and re-authorises at Mono.
          let link = mono.reauthLinks(m.id).at(-1);
          if (!link) {
            const res = await cli(['reauth', m.id, '--new', '--json'], env);
            link = mono.reauthLinks(m.id).at(-1);
            expect(link, `reauth --new asked Mono for a link: ${res.stdout} ${res.stderr}`).toBeTruthy();
          }
          mono.completeReauth(link!);
          reauthDone.add(m.id);
          log(`${m.spec.name}: re-authorised (signal was: ${r0.how})`);
        }
      }
      await step();
    }
    log('bank activity over; final Mono fetch sent, waiting for bankfeed to settle');

    // --- settle: no Mono call for 10 s, no sync running, every webhook answered (at most 90 s)
    const dbPath = join(dataDir, 'bankfeed.db');
    const deadline = Date.now() + 90_000;
    for (;;) {
      await sleep(2_000);
      const lastCall = mono.calls.at(-1)?.at ?? 0;
      const webhooksPending = mono.webhooks.some(
        (w) => w.status !== 200 && !mono.problems.some((p) => p.includes(w.event)),
      );
      let running: number;
      try {
        const db = new Database(dbPath, { readonly: true, fileMustExist: true });
        running = (db.prepare(`select count(*) n from sync_runs where status = 'running'`).get() as { n: number }).n;
        db.close();
      } catch {
        running = 1;
      }
      if ((Date.now() - lastCall > 10_000 && running === 0 && !webhooksPending) || Date.now() > deadline) break;
    }

    // --- compare what bankfeed stored with what Mono serves now
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    const status = await cli(['status', '--json'], env);
    const report: string[] = [];
    let totalMissing = 0;
    let totalExtra = 0;
    let totalRemoved = 0;
    let totalWrong = 0;
    const balanceMismatch: string[] = [];
    for (const a of accounts) {
      const served = a.served();
      const stored = db
        .prepare(
          `select provider_txn_id, amount_minor, direction, booked_at, business_date, balance_minor, status from bank_transactions where account_id = ?`,
        )
        .all(a.id) as StoredRow[];
      const live = new Map<string, StoredRow[]>();
      for (const s of stored.filter((s) => s.status !== 'removed'))
        live.set(s.provider_txn_id, [...(live.get(s.provider_txn_id) ?? []), s]);
      const removed = new Set(stored.filter((s) => s.status === 'removed').map((s) => s.provider_txn_id));
      const servedIds = new Set(served.map((p) => p.id));
      const missing = served.filter((p) => !live.has(p.id));
      const extra = [...live.keys()].filter((id) => !servedIds.has(id));
      const wronglyRemoved = served.filter((p) => removed.has(p.id) && !live.has(p.id));
      const wrong = served.filter((p) => {
        const s = live.get(p.id);
        if (!s) return false;
        return (
          s.length !== 1 ||
          Math.abs(s[0]!.amount_minor) !== p.amount ||
          s[0]!.direction !== p.type ||
          Date.parse(s[0]!.booked_at) !== p.date ||
          (s[0]!.balance_minor !== null && s[0]!.balance_minor !== p.balance) ||
          s[0]!.business_date !== localDay(p.date, ZONE[a.spec.currency])
        );
      });
      totalMissing += missing.length;
      totalExtra += extra.length;
      totalRemoved += wronglyRemoved.length;
      totalWrong += wrong.length;
      const acct = db.prepare(`select balance_minor, balance_as_of, state from accounts where id = ?`).get(a.id) as
        { balance_minor: number | null; balance_as_of: string | null; state: string } | undefined;
      const bank = a.bankBalance(Date.now());
      if (acct?.balance_minor !== bank)
        balanceMismatch.push(`${a.spec.name}: stored ${acct?.balance_minor} bank ${bank}`);
      const byKind = (ps: typeof served) =>
        Object.entries(ps.reduce<Record<string, number>>((m, p) => ((m[p.kind] = (m[p.kind] ?? 0) + 1), m), {}))
          .map(([k, n]) => `${k} ${n}`)
          .join(', ');
      report.push(
        `${a.spec.name} (${a.spec.currency}, ${acct?.state}): served ${served.length} ` +
          `(${served.filter((p) => [23, 0].includes(new Date(p.date).getUTCHours())).length} at 23:00–00:59 UTC, ` +
          `${served.filter((p) => p.kind === 'back-dated').length} back-dated, ${served.filter((p) => p.kind === 'levy').length} levies), stored ${live.size}, ` +
          `missing ${missing.length}${missing.length ? ` [${byKind(missing)}]` : ''}, extra ${extra.length}, ` +
          `wrongly removed ${wronglyRemoved.length}${wronglyRemoved.length ? ` [${byKind(wronglyRemoved)}]` : ''}, wrong ${wrong.length}`,
      );
      for (const p of wrong.slice(0, 4))
        report.push(
          `    wrong ${p.id}: served ${JSON.stringify({ date: new Date(p.date).toISOString(), day: localDay(p.date, ZONE[a.spec.currency]), amount: p.amount, type: p.type, balance: p.balance })} ` +
            `stored ${JSON.stringify(live.get(p.id))}`,
        );
      for (const p of [...missing, ...wronglyRemoved].slice(0, 8))
        report.push(
          `    ${removed.has(p.id) ? 'removed' : 'missing'} ${p.id} ${new Date(p.date).toISOString()} ${p.kind} ` +
            `${p.type} ${p.amount} known ${new Date(p.knownAt).toISOString()}`,
        );
    }
    const runs = db
      .prepare(
        `select account_id, kind, status, error, window_from, window_to, started_at, finished_at from sync_runs where error is not null`,
      )
      .all() as Array<{
      account_id: string;
      kind: string;
      status: string;
      error: string;
      window_from: string;
      window_to: string;
    }>;
    // Issue 19 item 6 (reported, not asserted): sync runs and transactions pages per real-time refresh.
    const perRefresh = mono.finishedJobs().map((j) => {
      const until = new Date(j.finishedAt + 15_000).toISOString();
      const rows = db
        .prepare(
          `select kind, window_from, window_to from sync_runs where account_id = ? and started_at >= ? and started_at <= ?`,
        )
        .all(j.accountId, new Date(j.createdAt).toISOString(), until) as Array<{
        kind: string;
        window_from: string;
        window_to: string;
      }>;
      const pages = mono.calls.filter(
        (c) =>
          c.accountId === j.accountId &&
          c.path.endsWith('/transactions') &&
          c.at >= j.createdAt &&
          c.at <= j.finishedAt + 15_000,
      ).length;
      return `${accounts.find((a) => a.id === j.accountId)!.spec.name}: ${rows.length} sync runs ${JSON.stringify(rows)}, ${pages} transactions pages`;
    });
    db.close();
    const breaks = runs.filter((x) => /balance|chain|continu|break/i.test(x.error));
    // The worker's own log (JSON lines): warnings and errors, and any that speak of a running-balance break.
    const logPath = join(dataDir, 'logs', 'bankfeed.log');
    const warnings = (existsSync(logPath) ? readFileSync(logPath, 'utf8').split('\n') : [])
      .filter(Boolean)
      .map((l) => {
        try {
          return JSON.parse(l) as { level?: number; msg?: string };
        } catch {
          return { level: 50, msg: l };
        }
      })
      .filter((l) => (l.level ?? 0) >= 40);
    const breakWarnings = warnings.filter((l) =>
      /running.balance|balance chain|continuity|break|failed its checks/i.test(l.msg ?? ''),
    );
    const pendingCalls = mfaAccounts.flatMap((m) => mono.callsWhileReauthPending(m.id));
    const dataCalls = mono.calls.filter((c) => c.data).length;
    const txnCalls = mono.calls.filter((c) => c.path.endsWith('/transactions')).length;
    log(report.join('\n'));
    log(
      `Mono calls ${mono.calls.length} (data ${dataCalls}, transactions pages ${txnCalls}, real-time ${mono.calls.filter((c) => c.realtime).length}); ` +
        `webhooks ${mono.webhooks.length}; unknown routes ${JSON.stringify([...new Set(mono.unknownRoutes)])}`,
    );
    for (const m of mfaAccounts) {
      const r0 = mono.reauth.get(m.id);
      const calls = mono.callsWhileReauthPending(m.id);
      log(
        `re-authorisation of ${m.spec.name}: ${r0 ? `signalled by ${r0.how}, completed ${r0.completedAt ? `after ${r0.completedAt - r0.signalledAt} ms` : 'no'}` : 'never signalled'}; data calls while pending ${calls.length}`,
      );
      for (const c of calls)
        log(
          `    while pending +${c.at - r0!.signalledAt} ms after the signal, +${c.at - (r0!.toldAt ?? r0!.signalledAt)} ms after bankfeed was told: ${c.method} ${c.path.replace(/[0-9a-f]{24}/, '<id>')}`,
        );
    }
    log(`sync_runs with errors ${runs.length}: ${JSON.stringify(runs.slice(0, 6))}`);
    log(`worker log: ${warnings.length} warnings/errors: ${JSON.stringify(warnings.map((w) => w.msg))}`);
    log(`per real-time refresh (job start to 15 s after it finished): ${perRefresh.join('; ') || 'none'}`);
    log(`CLI runs (UTC): ${cliRuns.join('; ')}`);
    log(`balances: ${balanceMismatch.length ? balanceMismatch.join('; ') : 'all equal to the bank'}`);
    log(`status --json exit ${status.code}: ${status.stdout.slice(0, 1500)}`);

    // The scenario really exercised what it claims (a check that cannot fail is a defect).
    expect(Math.min(...hiddenAtLink), 'every account was stale at link').toBeGreaterThan(10);
    expect(accounts.flatMap((a) => a.served()).filter((p) => p.kind === 'back-dated').length).toBeGreaterThan(10);
    for (const m of mfaAccounts) {
      expect(mono.reauth.get(m.id), `${m.spec.name} was told to re-authorise`).toBeTruthy();
      expect(mono.reauth.get(m.id)!.completedAt, `${m.spec.name} re-authorised`).not.toBeNull();
    }
    expect(mono.problems, 'every webhook accepted, no server error').toEqual([]);
    expect([...new Set(mono.unknownRoutes)], 'bankfeed called only what Mono documents').toEqual([]);

    expect({ missing: totalMissing, extra: totalExtra, wronglyRemoved: totalRemoved, wrongFields: totalWrong }).toEqual(
      {
        missing: 0,
        extra: 0,
        wronglyRemoved: 0,
        wrongFields: 0,
      },
    );
    expect(
      pendingCalls.map((c) => `${c.method} ${c.path}`),
      'no data call while re-authorisation is pending',
    ).toEqual([]);
    expect(
      breaks.map((b) => b.error),
      'no running-balance break on clean data',
    ).toEqual([]);
    expect(
      breakWarnings.map((w) => w.msg),
      'no running-balance warning in the log',
    ).toEqual([]);
    expect(balanceMismatch, 'stored balance is the bank balance').toEqual([]);

    worker.kill('SIGTERM');
    await new Promise((r) => (worker.exitCode !== null ? r(null) : worker.once('exit', r)));
    await mono.close();
  }, 420_000);
});
