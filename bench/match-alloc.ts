/**
 * Where a matching run allocates, phase by phase (openState, gatherCandidates, runPasses), on the bench's book: V8's
 * sampling heap profiler, its samples added up by the function that allocated (and, for a built-in such as push or
 * slice, the function that called it). docs/matching.md's allocation figures come from here.
 *   node --expose-gc --max-old-space-size=8192 --import tsx bench/match-alloc.ts 100000 [--interval 4096] [--kept old]
 * `--kept all` (the default) counts every allocation; `--kept old` only what outlived the young collections (promoted
 * to the old generation, or still alive): what a full collection must free, and what sets the peak at 1M; `--kept live`
 * only what is alive after the phase. Each phase ends with a full collection before its samples are read, so what is
 * still in the young generation then counts as collected by a full collection (up to a few tens of MB per phase).
 */
import { Session } from 'node:inspector/promises';
import { gatherCandidates } from '../matching/candidates.js';
import { openState, runPasses } from '../matching/engine.js';
import { largeBook } from './large-book.js';

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

const n = Number(process.argv[2] ?? 100_000);
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const interval = Number(arg('interval', '4096'));
const kept = arg('kept', 'all');
const top = Number(arg('top', '25'));
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('needs node --expose-gc');

const session = new Session();
session.connect();

/** The samples' bytes by allocating function (a built-in named with its caller). */
function byFunction(head: ProfileNode): Map<string, number> {
  const sums = new Map<string, number>();
  const walk = (node: ProfileNode, caller: string) => {
    const { functionName, url } = node.callFrame;
    const name = functionName || '(anonymous)';
    const key = url ? `${name} ${url.replace(/^.*?\/(matching|bench)\//, '$1/')}` : `${name} <- ${caller}`;
    sums.set(key, (sums.get(key) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, url ? name : caller);
  };
  walk(head, '');
  return sums;
}

async function phase<T>(name: string, step: () => T): Promise<T> {
  // the two include flags are V8's (Node's types do not list them yet)
  const params = {
    samplingInterval: interval,
    includeObjectsCollectedByMajorGC: kept !== 'live',
    includeObjectsCollectedByMinorGC: kept === 'all',
  };
  await session.post('HeapProfiler.startSampling', params);
  const out = step();
  gc!();
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  const sums = byFunction(profile.head);
  let total = 0;
  for (const bytes of sums.values()) total += bytes;
  console.log(`== ${name}: ${(total / 1e6).toFixed(0)} MB sampled (${kept})`);
  for (const [key, bytes] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(bytes / 1e6).toFixed(1).padStart(8)} MB  ${key}`);
  return out;
}

const { bank, ledger } = largeBook(n);
gc();
const state = await phase('open', () => openState(bank, ledger));
await phase('gather', () => gatherCandidates(state));
await phase('passes and output', () => runPasses(state));
