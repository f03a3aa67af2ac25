/**
 * npm run bench:match — the engine on 1k, 10k, 100k and 1M bank lines against as many open items: wall time, peak
 * memory, lines/s and growth per tenfold; plus a naive all-pairs baseline on the small sizes for the ratio.
 * Each size runs in its own process so its peak RSS is its own. Options: --sizes 1000,10000 --naive 1000,10000.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LedgerEntry } from '../domain/ledger.js';
import type { BankLine } from '../domain/reconciliation.js';
import { reconcile } from '../matching/engine.js';
import { PreparationMemo, prepareBank, prepareLedger } from '../matching/prepared.js';
import { scorePair, sharedKey } from '../matching/scoring.js';
import { largeBook } from './large-book.js';

/**
 * All pairs, no index: every bank line is compared with every open item using the engine's own candidate test
 * (shared reference, or amount within tolerance inside the date window) and scorer; one-to-one greedy only.
 */
function naiveAllPairs(bank: BankLine[], ledger: LedgerEntry[]): number {
  // one memo, as a run has: lines and items then share one key table and compare key ids
  const memo = new PreparationMemo();
  const bs = bank.map((b, i) => prepareBank(b, i, null, memo));
  const ls = ledger.map((l, i) => prepareLedger(l, i, memo));
  const pairs: Array<{ b: number; l: number; c: number }> = [];
  for (const b of bs) {
    for (const l of ls) {
      if (l.entry.currency !== b.line.currency || l.sign !== b.sign) continue;
      const candidate =
        sharedKey(b, l) !== null || (l.abs === b.abs && b.day >= l.day - 7 - 90 && b.day <= l.endDay + 7 + 90);
      if (!candidate) continue;
      const s = scorePair(b, l, {}, 7);
      if (s.confidence >= 0.25) pairs.push({ b: b.order, l: l.order, c: s.confidence });
    }
  }
  pairs.sort((x, y) => y.c - x.c || x.b - y.b || x.l - y.l);
  const ub = new Set<number>();
  const ul = new Set<number>();
  for (const p of pairs) {
    if (ub.has(p.b) || ul.has(p.l) || p.c < 0.9) continue;
    ub.add(p.b);
    ul.add(p.l);
  }
  return ub.size;
}

interface Measurement {
  n: number;
  mode: 'engine' | 'naive';
  ms: number;
  /** CPU time of the call: on a shared, loaded machine wall time overstates the engine's cost */
  cpuMs: number;
  peakRssMb: number;
  inputRssMb: number;
  matched: number;
}

function runOne(n: number, mode: 'engine' | 'naive'): Measurement {
  const { bank, ledger } = largeBook(n);
  (globalThis as { gc?: () => void }).gc?.();
  const inputRssMb = process.memoryUsage().rss / 1e6;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const matched = mode === 'engine' ? reconcile(bank, ledger).matches.length : naiveAllPairs(bank, ledger);
  const c1 = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  return {
    n,
    mode,
    ms,
    cpuMs: (c1.user + c1.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1e3,
    inputRssMb,
    matched,
  };
}

function listArg(name: string, fallback: number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]!.split(',').filter(Boolean).map(Number) : fallback;
}

const one = process.argv.indexOf('--one');
if (one >= 0) {
  const mode = process.argv[one + 2] === 'naive' ? 'naive' : 'engine';
  console.log(JSON.stringify(runOne(Number(process.argv[one + 1]), mode)));
} else {
  const sizes = listArg('sizes', [1_000, 10_000, 100_000, 1_000_000]);
  const naiveSizes = listArg('naive', [1_000, 10_000]);
  const self = fileURLToPath(import.meta.url);
  const measure = (n: number, mode: string): Measurement =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=8192', '--import', 'tsx', self, '--one', String(n), mode],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        },
      )
        .trim()
        .split('\n')
        .pop()!,
    );
  console.log(
    'Lines/s and growth use CPU time (process.cpuUsage): wall time on a shared machine includes waiting for a core.',
  );
  console.log(
    'bank lines × open items  mode     wall ms    CPU ms  lines/s(CPU)  peak RSS MB  (input MB)  auto-matched  ×CPU per 10×',
  );
  let prev: Measurement | null = null;
  const engine = new Map<number, Measurement>();
  const row = (m: Measurement, note: string) =>
    console.log(
      `${`${m.n.toLocaleString('en')} × ${m.n.toLocaleString('en')}`.padEnd(24)} ${m.mode.padEnd(6)} ${m.ms.toFixed(0).padStart(9)} ${m.cpuMs.toFixed(0).padStart(9)} ${Math.round(
        (m.n / m.cpuMs) * 1000,
      )
        .toLocaleString('en')
        .padStart(
          13,
        )} ${m.peakRssMb.toFixed(0).padStart(12)} ${`(${m.inputRssMb.toFixed(0)})`.padStart(11)} ${String(m.matched).padStart(13)}  ${note}`,
    );
  for (const n of sizes) {
    const m = measure(n, 'engine');
    engine.set(n, m);
    row(m, prev && n === prev.n * 10 ? (m.cpuMs / prev.cpuMs).toFixed(1) : '');
    prev = m;
  }
  for (const n of naiveSizes) {
    const m = measure(n, 'naive');
    const e = engine.get(n);
    row(m, e ? `naive/engine CPU ${(m.cpuMs / e.cpuMs).toFixed(0)}×` : '');
  }
  const target = engine.get(100_000);
  if (target) {
    const ok = target.cpuMs < 1_500;
    console.log(
      `${ok ? 'PASS' : 'FAIL'}  100k × 100k under 1.5 s CPU: ${(target.cpuMs / 1000).toFixed(2)} s CPU ` +
        `(${(target.ms / 1000).toFixed(2)} s wall), ${target.peakRssMb.toFixed(0)} MB peak RSS`,
    );
  }
  const million = engine.get(1_000_000);
  if (million) {
    const ok = million.cpuMs < 20_000 && million.peakRssMb < 2_000;
    console.log(
      `${ok ? 'PASS' : 'FAIL'}  1M × 1M under 20 s CPU and 2 GB: ${(million.cpuMs / 1000).toFixed(2)} s CPU, ` +
        `${million.peakRssMb.toFixed(0)} MB peak RSS`,
    );
  }
  const sorted = [...engine.values()].sort((a, b) => a.n - b.n);
  const growth = sorted.slice(1).map((m, i) => (m.n === sorted[i]!.n * 10 ? m.cpuMs / sorted[i]!.cpuMs : 0));
  const worst = Math.max(0, ...growth);
  if (growth.some((g) => g > 0))
    console.log(`${worst <= 12 ? 'PASS' : 'FAIL'}  growth per tenfold ≤ ×12: worst ×${worst.toFixed(1)}`);
}
