/**
 * Where the open phase's CPU goes on the bench's book (bench/large-book.ts): the presets chosen for each line, the lines
 * prepared (their reference keys, names and items), the entries prepared against the sealed key table, the entry index;
 * `keys` times only the keys' extraction, lines then entries. docs/matching.md's open-phase figures come from here.
 *   node --import tsx bench/match-open.ts 100000 [keys]
 */
import { LedgerIndex } from '../matching/candidate-index.js';
import { resolveMatchOptions } from '../matching/options.js';
import { PreparationMemo, prepareBank, prepareLedger } from '../matching/prepared.js';
import { bankKeysInto, ledgerKeysInto } from '../matching/references.js';
import { RulesByCurrency, builtInPresets, compileRule } from '../matching/rules.js';
import { largeBook } from './large-book.js';

const n = Number(process.argv[2] ?? 100_000);
const keysOnly = process.argv[3] === 'keys';
const { bank, ledger } = largeBook(n);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
let t = cpuMs();
const lap = (name: string) => {
  const now = cpuMs();
  console.log(`${name.padEnd(24)} ${(now - t).toFixed(0).padStart(6)} ms CPU`);
  t = now;
};

const memo = new PreparationMemo();
// as openState reserves them
memo.keys.reserve(4 * bank.length, 6 * bank.length + 4 * ledger.length);
if (keysOnly) {
  for (const b of bank) bankKeysInto(memo.keys, b.narration, b.reference, memo.numbers);
  lap('lines: keys');
  memo.keys.seal();
  for (const l of ledger) ledgerKeysInto(memo.keys, l.reference, l.description, memo.numbers, memo.ledgerKeysFound);
  lap('entries: keys');
} else {
  const opts = resolveMatchOptions({});
  const rules = new RulesByCurrency([...opts.rules, ...builtInPresets(opts.presets)].map(compileRule));
  for (const b of bank) rules.firstMatching(b);
  lap('presets chosen');
  const lines = bank.map((b, i) => prepareBank(b, i, null, memo));
  lap('lines prepared');
  memo.keys.seal();
  const entries = ledger.map((l, i) => prepareLedger(l, i, memo));
  lap('entries prepared');
  new LedgerIndex(entries);
  lap('entry index');
  console.log(`${lines.length.toLocaleString('en')} lines, ${entries.length.toLocaleString('en')} entries`);
}
