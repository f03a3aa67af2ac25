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
import { prepareBank, prepareLedger } from '../matching/prepared.js';
import { scorePair, sharedKey } from '../matching/scoring.js';
import { rng } from './reconciliation-month.js';

/** A large business's year: n invoices and n receipts (references in varied writings, some missing), n customers/20. */
export function largeBook(n: number, seed = 42): { bank: BankLine[]; ledger: LedgerEntry[] } {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const bank: BankLine[] = [];
  const ledger: LedgerEntry[] = [];
  const customers = Math.max(10, Math.floor(n / 20));
  const base = Date.UTC(2024, 0, 1);
  const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < n; i++) {
    const ref = `INV-2024-${String(i + 1).padStart(7, '0')}`;
    const invDay = int(0, 330);
    const amountMinor = int(5, 500_000) * 100 + (r() < 0.3 ? int(1, 99) : 0);
    const party = `CUSTOMER ${String(i % customers).padStart(6, '0')} TRADING`;
    ledger.push({
      id: `L${i}`,
      date: day(invDay),
      dueDate: day(invDay + 30),
      amountMinor,
      currency: 'NGN',
      reference: ref,
      party,
    });
    const writing = [ref, `inv 2024/${i + 1}`, `2024-${String(i + 1).padStart(7, '0')}`, `INV2024-${i + 1}`][i % 4];
    const quote = r() < 0.9;
    bank.push({
      id: `B${i}`,
      date: day(invDay + int(0, 35)),
      amountMinor,
      currency: 'NGN',
      narration: quote ? `NIP FRM ${party} ${writing}` : `TRF FROM ${party}`,
      counterpartyName: party,
    });
  }
  return { bank, ledger };
}

/**
 * All pairs, no index: every bank line is compared with every open item using the engine's own candidate test
 * (shared reference, or amount within tolerance inside the date window) and scorer; one-to-one greedy only.
 */
function naiveAllPairs(bank: BankLine[], ledger: LedgerEntry[]): number {
  const bs = bank.map((b, i) => prepareBank(b, i, null));
  const ls = ledger.map((l, i) => prepareLedger(l, i));
  const pairs: Array<{ b: number; l: number; c: number }> = [];
  for (const b of bs) {
    for (const l of ls) {
      if (l.entry.currency !== b.line.currency || l.sign !== b.sign) continue;
      const candidate =
        sharedKey(b.keys, l.keys) !== null ||
        (l.abs === b.abs && b.day >= l.day - 7 - 90 && b.day <= l.endDay + 7 + 90);
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
    const ok = target.cpuMs < 5_000 && target.peakRssMb < 1_000;
    console.log(
      `${ok ? 'PASS' : 'FAIL'}  100k × 100k under 5 s and 1 GB: ${(target.cpuMs / 1000).toFixed(2)} s CPU ` +
        `(${(target.ms / 1000).toFixed(2)} s wall), ${target.peakRssMb.toFixed(0)} MB peak RSS`,
    );
  }
}
