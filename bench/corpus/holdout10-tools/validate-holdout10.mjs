// Schema-checks every reconcile document of holdout10 and cross-checks each truth.json against it:
// every bank line in exactly one entry, ledger rows exist, amounts add up per group.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', 'holdout10');
const schema = JSON.parse(fs.readFileSync(path.resolve(here, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
const minor = (s) => {
  const neg = s.startsWith('-');
  const [i, f = ''] = s.replace('-', '').split('.');
  const v = Number(i) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -v : v;
};
const errors = [];
const index = JSON.parse(fs.readFileSync(path.join(root, 'index.json'), 'utf8'));
for (const s of index.sets) {
  const dir = path.join(root, s.set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const doc = JSON.parse(fs.readFileSync(path.join(dir, s.reconcileJson), 'utf8'));
  if (!validate(doc)) errors.push(`${s.set}: schema ${JSON.stringify(validate.errors.slice(0, 3))}`);
  for (const f of [s.bankFile, s.ledgerFile])
    if (!fs.existsSync(path.join(dir, f))) errors.push(`${s.set}: missing ${f}`);
  const bankIds = new Map(doc.bank.map((b) => [b.id, b]));
  const ledIds = new Map(doc.ledger.map((l) => [l.id, l]));
  const seen = new Set();
  const groups = new Map();
  const usedLedger = new Map();
  for (const t of truth.bank) {
    const id = `${t.ref.file}#${t.ref.row}`;
    const b = bankIds.get(id);
    if (!b) errors.push(`${s.set}: bank ${id} not in the document`);
    else if (b.amount !== t.ref.amount || b.date !== t.ref.date) errors.push(`${s.set}: bank ${id} differs`);
    if (seen.has(id)) errors.push(`${s.set}: bank ${id} twice`);
    seen.add(id);
    for (const l of t.ledger) {
      const lid = `${l.file}#${l.row}`;
      const e = ledIds.get(lid);
      if (!e || e.amount !== l.amount) errors.push(`${s.set}: ledger ${lid} missing or differs`);
      if (!t.group) usedLedger.set(lid, (usedLedger.get(lid) ?? 0) + 1);
    }
    if (['auto', 'suggest'].includes(t.decision) && t.ledger.length === 0)
      errors.push(`${s.set}: ${id} ${t.decision} without ledger`);
    if (!['auto', 'suggest'].includes(t.decision) && t.ledger.length)
      errors.push(`${s.set}: ${id} ${t.decision} with ledger`);
    if (t.expect === 'reversal-pair' && !t.partner) errors.push(`${s.set}: ${id} pair without partner`);
    const key = t.group ?? id;
    const g = groups.get(key) ?? { bank: 0, ledger: t.ledger, t };
    g.bank += minor(t.ref.amount);
    groups.set(key, g);
  }
  for (const b of doc.bank) if (!seen.has(b.id)) errors.push(`${s.set}: bank ${b.id} has no truth entry`);
  for (const [lid, n] of usedLedger) if (n > 1) errors.push(`${s.set}: ledger ${lid} used ${n} times`);
  for (const [key, g] of groups) {
    if (!g.ledger.length) continue;
    const led = g.ledger.reduce((a, l) => a + minor(l.amount), 0);
    const diff = g.t.difference ? minor(g.t.difference) : 0;
    const netOfFee = g.t.traits.includes('short-net-of-fee');
    if (!netOfFee && g.bank - led !== diff)
      errors.push(`${s.set}: group ${key} bank ${g.bank} ledger ${led} difference ${diff}`);
    if (netOfFee && !(g.bank < led && g.bank > led * 0.95)) errors.push(`${s.set}: settlement ${key} fee out of range`);
  }
  for (const l of truth.ledgerOnly)
    if (!ledIds.has(`${l.file}#${l.row}`)) errors.push(`${s.set}: ledgerOnly ${l.row} missing`);
}
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log(`holdout10: ${index.sets.length} sets valid`);
