import cliProgress from 'cli-progress';
import type { Kysely } from 'kysely';
import { listAccountNames } from '../db/account-repository.js';
import { countLiveBankTransactionsByAccount } from '../db/bank-transaction-repository.js';
import type { Database } from '../db/schema.js';
import { countSucceededFullScanWindows } from '../db/sync-run-repository.js';
import type { AccountFeedConfig } from '../workflows/feed-config.js';
import type { FeedStatus } from '../workflows/messages.js';

/** What the database says about one account's first pass. */
export interface AccountProgress {
  name: string;
  /** Transactions stored (not removed). */
  stored: number;
  /** Backfill windows committed. */
  windowsDone: number;
  /** Windows in a full scan of the history (the feed's plan: history days + today, in windows of its size). */
  windowsTotal: number;
}

export interface FirstPassOptions {
  /** The feeds to wait for, re-read on every tick: in live mode accounts arrive while we wait (link webhooks). */
  listIds: () => Promise<string[]>;
  status: (id: string) => Promise<FeedStatus | null>;
  /** Per-account counts from the database; without it only the feeds' own counters are shown. */
  progress?: (ids: string[]) => Promise<Map<string, AccountProgress>>;
  /** Wall-clock deadline (ms since epoch); past it the wait fails. */
  deadline: number;
  /** With no account at all, how long to wait for one to arrive before printing an empty summary. */
  emptyGraceMs?: number;
  /** How long every feed must have finished, with no new account appearing, before the first pass counts as done. */
  settleMs?: number;
  tickMs?: number;
  out?: NodeJS.WriteStream;
  /** Plain progress lines (no TTY) at most this often. */
  lineEveryMs?: number;
}

/** A feed has finished its first pass when it has backfilled, or cannot (it needs re-authorisation, or ended). */
export function firstPassDone(s: FeedStatus | null): boolean {
  return !!s && (s.backfilled || s.state === 'REAUTH_REQUIRED' || s.state === 'UNLINKED');
}

/** Windows in a full scan: the activity covers UTC days [today - historyDays, today] in windows of the given size. */
export function fullScanWindows(cfg: Pick<AccountFeedConfig, 'historyDays' | 'backfillWindowDays'>): number {
  return Math.ceil((cfg.historyDays + 1) / cfg.backfillWindowDays);
}

/**
 * Transactions stored and backfill windows committed per account, counted in the database the feeds write to (one
 * sync_runs row per committed window), so the bar shows what is really there.
 */
export function databaseProgress(
  db: Kysely<Database>,
  cfg: Pick<AccountFeedConfig, 'historyDays' | 'backfillWindowDays'>,
): (ids: string[]) => Promise<Map<string, AccountProgress>> {
  const windowsTotal = fullScanWindows(cfg);
  return async (ids) => {
    const m = new Map<string, AccountProgress>();
    if (ids.length === 0) return m;
    const [names, stored, windows] = await Promise.all([
      listAccountNames(db, ids),
      countLiveBankTransactionsByAccount(db, ids),
      countSucceededFullScanWindows(db, ids),
    ]);
    for (const id of ids)
      m.set(id, {
        name: names.find((a) => a.id === id)?.name ?? id,
        stored: stored.get(id) ?? 0,
        windowsDone: Math.min(windowsTotal, windows.get(id) ?? 0),
        windowsTotal,
      });
    return m;
  };
}

/** "1m 20s", "45s": the time left at the rate measured since the wait began; null before anything moved. */
export function etaText(elapsedMs: number, doneSinceStart: number, remaining: number): string | null {
  if (remaining <= 0) return '0s';
  if (doneSinceStart <= 0 || elapsedMs <= 0) return null;
  const s = Math.ceil(((elapsedMs / doneSinceStart) * remaining) / 1000);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m ${s % 60}s`
      : `${s}s`;
}

/**
 * Waits until every feed has finished its first pass, showing progress (bars on a terminal, lines every few seconds
 * otherwise): per account the transactions stored and windows done, overall an ETA from the measured rate of
 * windows. Returns the feeds it waited for. `start` prints its summary only then, so a fresh live data dir does not
 * show accounts still LINKING with no transactions.
 */
export async function waitForFirstPass(o: FirstPassOptions): Promise<string[]> {
  const out = o.out ?? process.stdout;
  const tick = o.tickMs ?? 500;
  const settle = o.settleMs ?? 2_000;
  const emptyGrace = o.emptyGraceMs ?? 30_000;
  const lineEvery = o.lineEveryMs ?? 5_000;
  const started = Date.now();
  const multi = out.isTTY
    ? new cliProgress.MultiBar(
        {
          hideCursor: true,
          clearOnComplete: false,
          stream: out,
          format: '{label} {bar} {value}/{total} {unit} | {info}',
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bars = new Map<string, cliProgress.SingleBar>();
  let lastLine = 0;
  let doneSince: number | null = null;
  let lastIds = '';
  let windowsAtStart: number | null = null;
  try {
    for (;;) {
      const ids = await o.listIds();
      const [all, counts] = await Promise.all([
        Promise.all(ids.map(o.status)),
        o.progress ? o.progress(ids) : Promise.resolve(null),
      ]);
      const done = all.filter(firstPassDone).length;
      const txns = counts
        ? [...counts.values()].reduce((n, p) => n + p.stored, 0)
        : all.reduce((n, s) => n + (s?.counts.inserted ?? 0), 0);
      const byState = new Map<string, number>();
      for (const s of all) byState.set(s?.state ?? 'STARTING', (byState.get(s?.state ?? 'STARTING') ?? 0) + 1);
      const states = [...byState].map(([k, v]) => `${v} ${k}`).join(', ');
      // Windows still to come, only for feeds still backfilling (a paused or finished feed has none left to do).
      let windowsDone = 0;
      let windowsLeft = 0;
      ids.forEach((id, i) => {
        const p = counts?.get(id);
        if (!p) return;
        windowsDone += p.windowsDone;
        if (!firstPassDone(all[i] ?? null)) windowsLeft += Math.max(0, p.windowsTotal - p.windowsDone);
      });
      windowsAtStart ??= counts ? windowsDone : null;
      const eta = counts ? etaText(Date.now() - started, windowsDone - (windowsAtStart ?? 0), windowsLeft) : null;
      const etaPart = counts ? `, ETA ${eta ?? 'measuring…'}` : '';
      if (multi) {
        const label = 'first pass';
        const info = `${txns} transactions${etaPart.replace(/^, /, ' | ')} | ${states}`;
        const total = bars.get('*') ?? multi.create(ids.length, done, { label, unit: 'accounts', info });
        bars.set('*', total);
        total.setTotal(Math.max(ids.length, 1));
        total.update(done, { label, unit: 'accounts', info });
        ids.forEach((id, i) => {
          const p = counts?.get(id);
          if (!p) return;
          const name = `  ${p.name.length > 24 ? `${p.name.slice(0, 23)}…` : p.name.padEnd(24)}`;
          const s = all[i];
          const payload = { label: name, unit: 'windows', info: `${p.stored} stored | ${s?.state ?? 'STARTING'}` };
          const bar = bars.get(id) ?? multi.create(p.windowsTotal, p.windowsDone, payload);
          bars.set(id, bar);
          bar.update(firstPassDone(s ?? null) && s?.backfilled ? p.windowsTotal : p.windowsDone, payload);
        });
      } else if (Date.now() - lastLine >= lineEvery) {
        let text = `first pass: ${done}/${ids.length} accounts done, ${txns} transactions stored (${states || 'none yet'})`;
        if (counts) text += ` — windows ${windowsDone} done${etaPart}`;
        out.write(`${text}\n`);
        ids.forEach((id, i) => {
          const p = counts?.get(id);
          if (p && !firstPassDone(all[i] ?? null))
            out.write(`  ${p.name}: ${p.windowsDone}/${p.windowsTotal} windows, ${p.stored} transactions stored\n`);
        });
        lastLine = Date.now();
      }
      const key = ids.join(',');
      const allDone = ids.length > 0 ? done === ids.length : Date.now() - started >= emptyGrace;
      if (allDone && key === lastIds) {
        doneSince ??= Date.now();
        if (Date.now() - doneSince >= (ids.length > 0 ? settle : 0)) return ids;
      } else {
        doneSince = null;
      }
      lastIds = key;
      if (Date.now() > o.deadline)
        throw new Error(`the first pass did not finish in time: ${done}/${ids.length} accounts (${states})`);
      await new Promise((r) => setTimeout(r, tick));
    }
  } finally {
    multi?.stop();
  }
}

/**
 * Progress of a step over many accounts (reconciliation, report writing): "label: 3/5 accounts, ETA 12s" every few
 * seconds (or a bar on a terminal), from a count the caller reads from the database or the workflows. Returns a
 * stop function; call it when the step is over.
 */
export function trackStep(o: {
  label: string;
  total: number;
  done: () => Promise<number>;
  out?: NodeJS.WriteStream;
  everyMs?: number;
}): () => Promise<void> {
  const out = o.out ?? process.stdout;
  const every = o.everyMs ?? 5_000;
  const started = Date.now();
  let atStart: number | null = null;
  let last = -1;
  const bar = out.isTTY
    ? new cliProgress.SingleBar(
        { hideCursor: true, stream: out, format: `${o.label} {bar} {value}/{total} accounts | ETA {etaText}` },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let stopped = false;
  const show = async () => {
    const n = Math.min(o.total, await o.done());
    atStart ??= n;
    const eta = etaText(Date.now() - started, n - atStart, o.total - n) ?? 'measuring…';
    if (bar) {
      if (last < 0) bar.start(o.total, n, { etaText: eta });
      bar.update(n, { etaText: eta });
    } else if (n !== last || Date.now() - started >= every) {
      out.write(`${o.label}: ${n}/${o.total} accounts, ETA ${eta}\n`);
    }
    last = n;
  };
  const timer = setInterval(() => {
    if (!stopped) void show().catch(() => undefined);
  }, every);
  // a progress line never keeps the process alive: Ctrl-C during a wait that never ends (a nightly run retrying)
  // must still let it exit
  timer.unref();
  void show().catch(() => undefined);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await show().catch(() => undefined);
    bar?.stop();
  };
}
