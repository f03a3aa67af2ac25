/**
 * npx tsx bench/match-digest.ts [n:seed,...] — a digest of the engine's whole output on the bench's books. Speed work
 * must leave the output as it was: run this on both commits and compare the lines (default 2000:1,2000:7,20000:42,
 * 100000:42).
 */
import { createHash } from 'node:crypto';
import { reconcile } from '../matching/engine.js';
import { largeBook } from './large-book.js';

const books = (process.argv[2] ?? '2000:1,2000:7,20000:42,100000:42').split(',');
for (const book of books) {
  const [n, seed] = book.split(':').map(Number);
  const { bank, ledger } = largeBook(n!, seed);
  const result = reconcile(bank, ledger);
  const digest = createHash('sha256').update(JSON.stringify(result)).digest('hex').slice(0, 16);
  console.log(`${n}:${seed} matches=${result.matches.length} suggestions=${result.suggestions.length} ${digest}`);
}
