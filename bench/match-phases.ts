/**
 * Where a matching run's CPU time goes, phase by phase: preparation (openState), candidate gathering and each pass, on
 * the bench's book (bench/large-book.ts). The figures docs/matching.md quotes come from here. One cold run per process,
 * as bench:match measures; `--runs 3` repeats in the same process (later runs are warm: compiled code, grown heap).
 * `--heap` also prints the heap each stage leaves (a full collection before each reading, not counted in CPU). Each run
 * also prints its wall time and the collector's pauses on the main thread: CPU beyond wall time is other threads' work
 * (parallel scavenging, concurrent marking, the optimising compiler), on a machine with a core to spare.
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/match-phases.ts 100000 [--runs 3] [--heap]
 */
import type { AssignmentState } from '../matching/assignment.js';
import { gatherCandidates } from '../matching/candidates.js';
import { CONFIRMING_PASSES, openState } from '../matching/engine.js';
import { suggestionPass } from '../matching/passes/suggestion-pass.js';
import { PerformanceObserver } from 'node:perf_hooks';
import { largeBook } from './large-book.js';

const PASSES: ReadonlyArray<readonly [string, (state: AssignmentState) => unknown]> = [
  ...CONFIRMING_PASSES,
  ['suggestion', suggestionPass],
];

const n = Number(process.argv[2] ?? 100_000);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 1;
const gc = (globalThis as { gc?: () => void }).gc;
const withHeap = process.argv.includes('--heap');
if (withHeap && !gc) throw new Error('--heap needs node --expose-gc');
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

let gcPauseMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauseMs += e.duration;
}).observe({ entryTypes: ['gc'] });
// gc entries are delivered after the fact: give them a turn before reading the sum
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

for (let run = 0; run < runs; run++) {
  const { bank, ledger } = largeBook(n);
  gc?.();
  await settle();
  gcPauseMs = 0;
  const wall0 = performance.now();
  const cells: string[] = [];
  let total = 0;
  const time = <T>(name: string, step: () => T): T => {
    const t0 = cpuMs();
    const out = step();
    const ms = cpuMs() - t0;
    total += ms;
    let heap = '';
    if (withHeap) {
      gc!();
      heap = `/${Math.round(process.memoryUsage().heapUsed / 1e6)}MB`;
    }
    cells.push(`${name} ${ms.toFixed(0)}${heap}`);
    return out;
  };
  const state = time('open', () => openState(bank, ledger));
  time('gather', () => gatherCandidates(state));
  for (const [name, pass] of PASSES) time(name, () => pass(state));
  time('sorted', () => state.sortedMatches());
  const wall = performance.now() - wall0;
  await settle();
  console.log(
    `${n.toLocaleString('en')} run ${run + 1}: ${cells.join('  ')}  total ${total.toFixed(0)} ms CPU, ` +
      `${wall.toFixed(0)} ms wall, collector paused the main thread ${gcPauseMs.toFixed(0)} ms` +
      (withHeap ? ' (including the --heap collections)' : ''),
  );
}
