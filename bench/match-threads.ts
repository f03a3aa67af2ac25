/**
 * Where a cold matching run's CPU goes by thread, on the bench's book (bench/large-book.ts): the main thread (the
 * engine itself, with the collector's pauses) against V8's helper threads (concurrent optimising compilation, parallel
 * scavenging, concurrent marking), read from /proc (Linux only). bench:match counts all of them as the run's CPU.
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/match-threads.ts 100000 [--runs 3]
 * Add V8 flags before --import to see what each changes (--single-threaded-gc, --no-concurrent-recompilation).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { reconcile } from '../matching/engine.js';
import { largeBook } from './large-book.js';

const n = Number(process.argv[2] ?? 100_000);
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 1;
const ticksToMs = 10; // USER_HZ is 100 on Linux

/** CPU ms so far of each of this process's threads, by thread id. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, (Number(fields[11]) + Number(fields[12])) * ticksToMs);
    } catch {
      // a thread that ended between listing and reading
    }
  }
  return out;
}

for (let run = 1; run <= runs; run++) {
  const { bank, ledger } = largeBook(n);
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
  const before = threadCpu();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const matched = reconcile(bank, ledger).matches.length;
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  const after = threadCpu();
  const main = String(process.pid);
  let helpers = 0;
  for (const [tid, ms] of after) if (tid !== main) helpers += ms - (before.get(tid) ?? 0);
  const mainMs = (after.get(main) ?? 0) - (before.get(main) ?? 0);
  console.log(
    `${n.toLocaleString('en')} run ${run}: ${matched} matched, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU` +
      ` (main thread ${mainMs}, helper threads ${helpers}), ${wall.toFixed(0)} ms wall`,
  );
}
