// Checks the corpus: every anchor input against docs/reconcile-input.schema.json, every truth file against its
// input (each bank line answered exactly once, ledger ids exist, amounts well-formed), and every real-layout set
// against its files (check-real-layout.mjs). Exit 1 with a list of problems.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { checkRealLayoutSet } from './check-real-layout.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const repo = join(root, '..', '..');
const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateInput = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const problems = [];
const DECISIONS = new Set(['auto', 'suggest', 'none', 'bank-only', 'reversal-pair']);
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown']);
const amountRe = /^-?\d+\.\d{2}$/;

function checkAnchor(inputPath, truthPath, name) {
  const input = JSON.parse(readFileSync(inputPath, 'utf8'));
  if (!validateInput(input)) {
    for (const e of validateInput.errors) problems.push(`${name}: schema ${e.instancePath} ${e.message}`);
  }
  const truth = JSON.parse(readFileSync(truthPath, 'utf8'));
  const bankIds = new Set(input.bank.map((x) => x.id));
  const ledgerIds = new Set(input.ledger.map((x) => x.id));
  const ruleIds = new Set((input.rules ?? []).map((r) => r.id));
  if (bankIds.size !== input.bank.length) problems.push(`${name}: duplicate bank ids`);
  if (ledgerIds.size !== input.ledger.length) problems.push(`${name}: duplicate ledger ids`);
  for (const x of [...input.bank, ...input.ledger]) {
    if (!/^-?\d+\.\d{2}$/.test(x.amount)) problems.push(`${name}: ${x.id} amount ${x.amount} is not 2-decimal`);
  }
  const seen = new Map();
  const autoLedger = new Set();
  for (const e of truth.expect) {
    if (!DECISIONS.has(e.decision)) problems.push(`${name}: unknown decision ${e.decision}`);
    for (const id of e.bank) {
      if (!bankIds.has(id)) problems.push(`${name}: expect names unknown bank line ${id}`);
      seen.set(id, (seen.get(id) ?? 0) + 1);
    }
    const sets = e.ledgerAnyOf ?? (e.ledger ? [e.ledger] : []);
    for (const set of sets)
      for (const id of set) if (!ledgerIds.has(id)) problems.push(`${name}: unknown ledger ${id}`);
    if ((e.decision === 'auto' || e.decision === 'suggest') && sets.length === 0) {
      problems.push(`${name}: ${e.decision} without ledger`);
    }
    if (e.decision === 'auto') {
      if (e.ledgerAnyOf) problems.push(`${name}: auto cannot have alternatives`);
      for (const id of e.ledger) {
        if (autoLedger.has(id)) problems.push(`${name}: ledger ${id} auto-matched twice`);
        autoLedger.add(id);
      }
      const bankSum = e.bank.reduce((s, id) => s + cents(input.bank.find((x) => x.id === id).amount), 0n);
      const ledgerSum = e.ledger.reduce((s, id) => s + cents(input.ledger.find((x) => x.id === id).amount), 0n);
      const diff = bankSum - ledgerSum;
      const expectedDiff = e.difference ? cents(e.difference) : 0n;
      const writeOff = e.writeOff ? cents(e.writeOff) : 0n;
      // The bank − ledger gap must be explained: by the stated difference (over-payment) or by the write-off.
      if (diff !== expectedDiff && (diff < 0n ? -diff : diff) !== writeOff) {
        problems.push(`${name}: auto group gap ${diff} cents not explained by difference/writeOff`);
      }
    }
    if (e.decision === 'bank-only' && !KINDS.has(e.kind)) problems.push(`${name}: bank-only kind ${e.kind}`);
    if (e.rule && !ruleIds.has(e.rule)) problems.push(`${name}: rule ${e.rule} not in the document`);
    if (e.decision === 'reversal-pair') {
      const partner = input.bank.find((x) => x.id === e.partner);
      const self = input.bank.find((x) => x.id === e.bank[0]);
      if (!partner || cents(partner.amount) !== -cents(self.amount)) problems.push(`${name}: reversal partner wrong`);
    }
    for (const k of ['writeOff', 'difference']) if (e[k] && !amountRe.test(e[k])) problems.push(`${name}: ${k} format`);
  }
  for (const id of bankIds)
    if (seen.get(id) !== 1) problems.push(`${name}: bank ${id} answered ${seen.get(id) ?? 0} times`);
}

function cents(s) {
  if (typeof s !== 'string' || !/^-?\d+(\.\d+)?$/.test(s)) return 0n; // reported by the format checks
  const neg = s.startsWith('-');
  const [i, f = ''] = s.replace('-', '').split('.');
  const v = BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
  return neg ? -v : v;
}

let anchors = 0;
const anchorsDir = join(root, 'anchors');
for (const suite of readdirSync(anchorsDir)) {
  for (const f of readdirSync(join(anchorsDir, suite))) {
    if (!f.endsWith('.json') || f.endsWith('.truth.json')) continue;
    const base = f.slice(0, -'.json'.length);
    const truth = join(anchorsDir, suite, `${base}.truth.json`);
    if (!existsSync(truth)) problems.push(`${suite}/${base}: no truth file`);
    else checkAnchor(join(anchorsDir, suite, f), truth, `${suite}/${base}`);
    anchors += 1;
  }
}

let sets = 0;
const realDir = join(root, 'real-layout');
if (existsSync(realDir)) {
  for (const set of readdirSync(realDir)) {
    if (!existsSync(join(realDir, set, 'truth.json'))) continue;
    sets += 1;
    for (const p of checkRealLayoutSet(join(realDir, set), validateInput)) problems.push(`${set}: ${p}`);
  }
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`corpus ok: ${anchors} anchor cases, ${sets} real-layout sets`);
