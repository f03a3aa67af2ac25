#!/usr/bin/env node
// Schema-checks each holdout8 reconcile JSON against docs/reconcile-input.schema.json and cross-checks every truth
// ref (bank rows, ledger rows, ledger-only rows, partners, groups) against the files as written.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
const { parse } = require('csv-parse/sync');

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', 'holdout8');
const schema = JSON.parse(readFileSync(join(HERE, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const problems = [];
const fail = (m) => problems.push(m);
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const minor = (s) => Math.round(Number(String(s).replace(/,/g, '')) * 100);

for (const s of index.sets) {
  const dir = join(ROOT, s.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const tables = {};
  const table = (f) =>
    (tables[f] ??= parse(readFileSync(join(dir, f), 'utf8'), { relax_column_count: true, bom: true }));
  // every bank ref must name a row of its file whose cells hold the amount and the narration
  const checkBankRef = (ref, where) => {
    const rows = table(ref.file);
    const cells = rows[ref.row - 1];
    if (!cells) return fail(`${s.set} ${where}: ${ref.file} has no row ${ref.row}`);
    if (!cells.includes(ref.text)) fail(`${s.set} ${where}: row ${ref.row} does not carry "${ref.text}"`);
    const amounts = cells.map((c) => (/^-?[\d,]+\.\d{2}$/.test(c) ? minor(c) : null)).filter((x) => x !== null);
    if (!amounts.some((a) => Math.abs(a) === Math.abs(minor(ref.amount))))
      fail(`${s.set} ${where}: row ${ref.row} has no amount ${ref.amount}`);
  };
  const checkLedgerRef = (ref, where) => {
    const rows = table(ref.file);
    const cells = rows[ref.row - 1];
    if (!cells) return fail(`${s.set} ${where}: ${ref.file} has no row ${ref.row}`);
    const amounts = cells.map((c) => (/^-?[\d,]+\.\d{2}$/.test(c) ? minor(c) : null)).filter((x) => x !== null);
    if (!amounts.some((a) => Math.abs(a) === Math.abs(minor(ref.amount))))
      fail(`${s.set} ${where}: ledger row ${ref.row} has no amount ${ref.amount}`);
  };
  for (const bf of truth.bankFiles) {
    const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
    if (!validate(doc)) fail(`${s.set} reconcile.${bf.file}.json: ${ajv.errorsText(validate.errors)}`);
    const ids = new Set(doc.bank.map((b) => b.id));
    const lids = new Map(doc.ledger.map((l) => [l.id, l]));
    const bankOfFile = truth.bank.filter((b) => b.ref.file === bf.file);
    if (bankOfFile.length !== doc.bank.length)
      fail(`${s.set}: truth has ${bankOfFile.length} lines, JSON ${doc.bank.length}`);
    for (const b of bankOfFile) {
      const id = `${b.ref.file}#${b.ref.row}`;
      if (!ids.has(id)) fail(`${s.set}: ${id} not in the reconcile JSON`);
      for (const l of [...b.ledger, ...(b.ledgerAnyOf ?? []).flat()]) {
        const lid = `${l.file}#${l.row}`;
        const e = lids.get(lid);
        if (!e) fail(`${s.set}: ledger ${lid} not in the reconcile JSON`);
        else if (e.amount !== l.amount || e.date !== l.date) fail(`${s.set}: ledger ${lid} differs from the JSON`);
      }
    }
  }
  // truth internal consistency
  const used = new Map();
  const groups = new Map();
  let i = 0;
  for (const b of truth.bank) {
    const where = `bank[${i++}]`;
    checkBankRef(b.ref, where);
    if (b.expect === 'match' && b.ledger.length === 0) fail(`${s.set} ${where}: match without ledger rows`);
    if (b.expect !== 'match' && b.ledger.length) fail(`${s.set} ${where}: ${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !b.kind) fail(`${s.set} ${where}: bank-only without kind`);
    if (b.expect === 'reversal-pair') {
      if (!b.partner) fail(`${s.set} ${where}: reversal-pair without partner`);
      else {
        checkBankRef(b.partner, `${where}.partner`);
        if (minor(b.partner.amount) !== -minor(b.ref.amount)) fail(`${s.set} ${where}: partner does not cancel`);
      }
    }
    if (b.ambiguous !== !!b.ledgerAnyOf) fail(`${s.set} ${where}: ambiguous/ledgerAnyOf disagree`);
    for (const l of b.ledger) checkLedgerRef(l, where);
    const key = b.ledger
      .map((l) => `${l.file}#${l.row}`)
      .sort()
      .join('+');
    if (b.group) {
      const g = groups.get(b.group);
      if (g && g !== key) fail(`${s.set} ${where}: group ${b.group} members name different ledger rows`);
      groups.set(b.group, key);
    } else if (!b.ambiguous) {
      for (const l of b.ledger) {
        const k = `${l.file}#${l.row}`;
        if (used.has(k)) fail(`${s.set} ${where}: ledger ${k} also used by ${used.get(k)}`);
        used.set(k, where);
      }
    }
  }
  for (const [g, key] of groups)
    for (const k of key.split('+')) {
      if (used.has(k)) fail(`${s.set} group ${g}: ledger ${k} also used by ${used.get(k)}`);
      used.set(k, g);
    }
  for (const lo of truth.ledgerOnly) {
    checkLedgerRef(lo, 'ledgerOnly');
    if (used.has(`${lo.file}#${lo.row}`)) fail(`${s.set}: ledger-only row ${lo.row} is also matched`);
  }
  console.log(`${s.set}: ${truth.bank.length} bank lines checked`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('holdout8: all reconcile documents valid, all truth refs check out');
