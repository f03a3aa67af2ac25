/**
 * What V8 compiles, and compiles again, in one cold run of the engine on the bench's book: openState, gathering and
 * every pass once, in a child process under `--trace-opt --trace-deopt --no-concurrent-recompilation` (so each
 * compilation is timed on the main thread), the child's trace summed by phase and by function: optimisations (OSR:
 * entered in a running loop), the functions compiled again and why each gave up its code (a deoptimisation's reason,
 * or "dependency" when a shape or field it relied on changed). docs/matching.md quotes it.
 *   npx esbuild bench/match-warmup.ts --bundle --platform=node --format=esm --keep-names --packages=external
 *     --outfile=node_modules/.cache/warmup.mjs && node node_modules/.cache/warmup.mjs 100000
 * Compile times are wall time of the main thread: on a loaded machine they grow, the counts do not.
 */
import { execFileSync } from 'node:child_process';
import { writeSync } from 'node:fs';
import { gatherCandidates } from '../matching/candidates.js';
import { CONFIRMING_PASSES, openState } from '../matching/engine.js';
import { suggestionPass } from '../matching/passes/suggestion-pass.js';
import { largeBook } from './large-book.js';

const n = Number(process.argv[2] ?? 100_000);

if (process.argv.includes('--child')) {
  // markers written straight to the descriptor V8's trace goes to (run under stdbuf -o0, so the two stay in order)
  const mark = (phase: string) => writeSync(1, `@@phase ${phase}\n`);
  const { bank, ledger } = largeBook(n);
  (globalThis as { gc?: () => void }).gc?.();
  mark('open');
  const state = openState(bank, ledger);
  mark('gather');
  gatherCandidates(state);
  for (const [name, pass] of [...CONFIRMING_PASSES, ['suggestion', suggestionPass] as const]) {
    mark(name);
    pass(state);
  }
  mark('sorted');
  state.sortedMatches();
  mark('end');
} else {
  const flags = [
    '--expose-gc',
    '--max-old-space-size=8192',
    '--trace-opt',
    '--trace-deopt',
    '--no-concurrent-recompilation',
    ...process.execArgv,
    process.argv[1]!,
    String(n),
    '--child',
  ];
  let trace: string;
  try {
    trace = execFileSync('stdbuf', ['-o0', process.execPath, ...flags], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch {
    trace = execFileSync(process.execPath, flags, { encoding: 'utf8', maxBuffer: 1 << 28 });
  }
  summarise(trace);
}

interface FunctionTrace {
  compiles: number;
  osr: number;
  ms: number;
  deopts: Map<string, number>;
}

function summarise(trace: string): void {
  const byPhase = new Map<string, { compiles: number; ms: number; deopts: number }>();
  const byFunction = new Map<string, FunctionTrace>();
  const fn = (name: string) => {
    let f = byFunction.get(name);
    if (!f) byFunction.set(name, (f = { compiles: 0, osr: 0, ms: 0, deopts: new Map() }));
    return f;
  };
  const deopt = (name: string, reason: string) => {
    const d = fn(name).deopts;
    d.set(reason, (d.get(reason) ?? 0) + 1);
  };
  let phase: string | null = null;
  for (const line of trace.split('\n')) {
    if (line.startsWith('@@phase ')) {
      phase = line.slice(8);
      if (!byPhase.has(phase)) byPhase.set(phase, { compiles: 0, ms: 0, deopts: 0 });
      continue;
    }
    // the book's own making is left out
    if (phase === null || phase === 'end') continue;
    const p = byPhase.get(phase)!;
    const name = /<JSFunction ([^ >(]*)/.exec(line)?.[1] || '(anonymous)';
    if (line.startsWith('[completed compiling')) {
      const took = /took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(line);
      const ms = took ? Number(took[1]) + Number(took[2]) + Number(took[3]) : 0;
      const f = fn(name);
      f.compiles++;
      f.ms += ms;
      if (line.includes(' OSR')) f.osr++;
      p.compiles++;
      p.ms += ms;
    } else if (line.startsWith('[bailout (')) {
      deopt(name, /reason: (.*?)\): begin/.exec(line)?.[1] ?? '?');
      p.deopts++;
    } else if (line.startsWith('[marking dependent code')) {
      deopt(/SharedFunctionInfo ([^>]*)>/.exec(line)?.[1] ?? '?', 'dependency');
      p.deopts++;
    }
  }
  const all = [...byPhase.values()];
  const sum = (k: 'compiles' | 'ms' | 'deopts') => all.reduce((s, x) => s + x[k], 0);
  console.log(
    `${n.toLocaleString('en')}: ${sum('compiles')} optimisations, ${sum('ms').toFixed(0)} ms compiling, ` +
      `${sum('deopts')} deoptimisations (including code a changed shape or field undid)`,
  );
  for (const [name, x] of byPhase)
    if (x.compiles > 0 || x.deopts > 0)
      console.log(
        `  ${name.padEnd(16)} ${String(x.compiles).padStart(4)} optimisations ${x.ms.toFixed(0).padStart(5)} ms` +
          `  ${x.deopts} deoptimisations`,
      );
  console.log('functions optimised more than once, or that gave up their code, by compile time:');
  const rows = [...byFunction].filter(([, f]) => f.compiles > 1 || f.deopts.size > 0).sort((a, b) => b[1].ms - a[1].ms);
  for (const [name, f] of rows) {
    const why = [...f.deopts].map(([r, k]) => `${r} ×${k}`).join(', ');
    console.log(`  ${name.padEnd(28)} ${f.compiles} (${f.osr} OSR) ${f.ms.toFixed(1).padStart(6)} ms  ${why}`);
  }
}
