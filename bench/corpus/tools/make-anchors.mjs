// Writes anchors/<suite>/<NN-slug>.json (reconcile input) and .truth.json (answer key) from anchor-cases.mjs,
// and the anchors part of index.json. Deterministic: same cases → same files.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from './anchor-cases.mjs';
import { updateIndex } from './index-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const anchorsDir = join(root, 'anchors');
rmSync(anchorsDir, { recursive: true, force: true });

const counters = new Map();
const listed = [];
for (const c of cases) {
  const n = (counters.get(c.suite) ?? 0) + 1;
  counters.set(c.suite, n);
  const name = `${String(n).padStart(2, '0')}-${c.slug}`;
  const dir = join(anchorsDir, c.suite);
  mkdirSync(dir, { recursive: true });
  const input = {};
  if (c.options) input.options = c.options;
  input.bank = c.bank;
  input.ledger = c.ledger;
  if (c.rules) input.rules = c.rules;
  const truth = {
    case: `${c.suite}/${name}`,
    source: { suite: c.suite, ...c.source },
    behaviours: c.behaviours,
    note: c.note,
    expect: c.expect,
  };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(input, null, 2) + '\n');
  writeFileSync(join(dir, `${name}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
  listed.push({
    case: truth.case,
    input: `anchors/${c.suite}/${name}.json`,
    truth: `anchors/${c.suite}/${name}.truth.json`,
    suite: c.suite,
    behaviours: c.behaviours,
    bankLines: c.bank.length,
  });
}

updateIndex(root, 'anchors', listed);
const bySuite = Object.fromEntries(counters);
console.log(`anchors: ${listed.length} cases`, bySuite);
