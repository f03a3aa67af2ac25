// Checks holdout14: every reconcile document against the input schema, every truth file against its files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv/dist/2020.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../holdout14');
const schema = JSON.parse(fs.readFileSync(path.resolve(HERE, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
// amounts compared in integer minor units, never floats
const minor = (s) => {
  const neg = s.startsWith('-');
  const [i, d = ''] = s.replace('-', '').split('.');
  const v = Number(i) * 100 + Number((d + '00').slice(0, 2));
  return neg ? -v : v;
};
const DECISIONS = new Set(['auto', 'suggest', 'bank-only', 'none', 'reversal-pair']);
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
let errors = 0;
const fail = (m) => {
  errors++;
  console.error('✗ ' + m);
};
const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
for (const s of index.sets) {
  const dir = path.join(ROOT, s.set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const doc = JSON.parse(fs.readFileSync(path.join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validate(doc)) fail(`${s.set}: schema ${JSON.stringify(validate.errors.slice(0, 3))}`);
  const bankById = new Map(doc.bank.map((b) => [b.id, b]));
  const ledById = new Map(doc.ledger.map((l) => [l.id, l]));
  if (bankById.size !== doc.bank.length || ledById.size !== doc.ledger.length) fail(`${s.set}: duplicate ids`);
  // raw files: row numbers of the truth point at rows that say the same thing
  const bankRows = fs.readFileSync(path.join(dir, bf.file), 'utf8').split(/\r?\n/);
  const ledRows = fs.readFileSync(path.join(dir, lf.file), 'utf8').split(/\r?\n/);
  const seenBank = new Set();
  const usedLedger = new Map();
  const groups = new Map();
  for (const e of truth.bank) {
    const id = `${e.ref.file}#${e.ref.row}`;
    const b = bankById.get(id);
    if (!b) fail(`${s.set}: bank ${id} not in document`);
    else if (b.amount !== e.ref.amount || b.date !== e.ref.date || b.narration !== e.ref.text)
      fail(`${s.set}: bank ${id} differs from document`);
    if (!bankRows[e.ref.row - 1]?.includes(e.ref.text.split(',')[0]))
      fail(`${s.set}: row ${e.ref.row} of ${bf.file} does not hold "${e.ref.text}"`);
    if (seenBank.has(id)) fail(`${s.set}: bank ${id} twice`);
    seenBank.add(id);
    if (!DECISIONS.has(e.decision) || EXPECT[e.decision] !== e.expect)
      fail(`${s.set}: ${id} decision ${e.decision} vs expect ${e.expect}`);
    if (e.mustNotAuto && e.decision !== 'suggest') fail(`${s.set}: ${id} mustNotAuto outside suggest`);
    if (e.difference != null && e.decision !== 'auto') fail(`${s.set}: ${id} difference outside auto`);
    const sets = e.ledgerAnyOf ?? (e.ledger?.length ? [e.ledger] : []);
    if ((e.decision === 'auto' || e.decision === 'suggest') && !sets.length)
      fail(`${s.set}: ${id} match without ledger`);
    if (!(e.decision === 'auto' || e.decision === 'suggest') && sets.length)
      fail(`${s.set}: ${id} ${e.decision} with ledger`);
    if (e.ledgerAnyOf && !e.ambiguous) fail(`${s.set}: ${id} ledgerAnyOf without ambiguous`);
    if (e.decision === 'bank-only' && !e.kind) fail(`${s.set}: ${id} bank-only without kind`);
    if (e.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === e.partner?.row);
      if (!p || p.partner?.row !== e.ref.row || minor(p.ref.amount) !== -minor(e.ref.amount))
        fail(`${s.set}: ${id} bad reversal partner`);
    }
    for (const set of sets)
      for (const l of set) {
        const lid = `${l.file}#${l.row}`;
        const L = ledById.get(lid);
        if (!L) fail(`${s.set}: ledger ${lid} missing`);
        else if (L.amount !== l.amount || L.date !== l.date) fail(`${s.set}: ledger ${lid} differs`);
        if (!ledRows[l.row - 1]) fail(`${s.set}: ledger row ${l.row} absent from file`);
      }
    const key = e.group ?? id;
    if (!groups.has(key)) groups.set(key, { bank: 0, sets, entries: [] });
    const g = groups.get(key);
    g.bank += minor(e.ref.amount);
    g.entries.push(e);
  }
  for (const b of doc.bank) if (!seenBank.has(b.id)) fail(`${s.set}: bank ${b.id} in no truth entry`);
  for (const [key, g] of groups) {
    if (!g.sets.length) continue;
    if (
      g.entries.some(
        (e) =>
          JSON.stringify(e.ledger ?? e.ledgerAnyOf) !== JSON.stringify(g.entries[0].ledger ?? g.entries[0].ledgerAnyOf),
      )
    )
      fail(`${s.set}: group ${key} lines disagree`);
    const first = g.entries[0];
    if (!first.ledgerAnyOf)
      for (const l of first.ledger) {
        const lid = `${l.file}#${l.row}`;
        if (usedLedger.has(lid)) fail(`${s.set}: ledger ${lid} used by two entries`);
        usedLedger.set(lid, key);
      }
    for (const set of g.sets) {
      const led = set.reduce((a, l) => a + minor(l.amount), 0);
      const diff = first.difference != null ? minor(first.difference) : 0;
      const explained = first.traits.some((t) => /part-payment/.test(t));
      if (!explained && g.bank - led !== diff)
        fail(`${s.set}: group ${key} bank ${g.bank} − ledger ${led} ≠ difference ${diff}`);
      if (explained && Math.sign(g.bank) !== Math.sign(led)) fail(`${s.set}: group ${key} part payment sign`);
    }
  }
  // twins: each anyOf alternative used by exactly as many bank lines as it offers
  for (const lo of truth.ledgerOnly) {
    const lid = `${lo.file}#${lo.row}`;
    if (!ledById.has(lid)) fail(`${s.set}: ledger-only ${lid} missing`);
    if (usedLedger.has(lid)) fail(`${s.set}: ledger-only ${lid} also matched`);
  }
  // balances: opening + lines = closing, and the document's balances run
  const sum = doc.bank.reduce((a, b) => a + minor(b.amount), 0);
  if (minor(bf.openingBalance) + sum !== minor(bf.closingBalance)) fail(`${s.set}: opening + lines ≠ closing`);
  if (truth.bank.length !== s.bankLines) fail(`${s.set}: index count`);
  console.log(`✓ ${s.set}: ${truth.bank.length} bank lines, ${doc.ledger.length} ledger rows`);
}
if (errors) {
  console.error(`${errors} error(s)`);
  process.exit(1);
}
console.log('holdout14 valid');
