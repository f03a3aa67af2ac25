#!/usr/bin/env node
// Validates bench/corpus/holdout7/**: every reconcile JSON against docs/reconcile-input.schema.json, and every truth
// ref (file, row, date, amount, text) against the files as written. Exit 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const DIR = path.resolve(HERE, '../holdout7');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/reconcile-input.schema.json'), 'utf8'));
const Ajv = Ajv2020.default ?? Ajv2020;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const problems = [];
const fail = (m) => problems.push(m);

const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function isoOf(cell) {
  const s = String(cell).trim();
  let m;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = /^(\d{1,2})[ -]([A-Z][a-z]{2})[ -](\d{4})$/.exec(s))) return `${m[3]}-${pad(MON[m[2]])}-${pad(m[1])}`;
  return null;
}
const minor = (cell) => {
  const s = String(cell ?? '').replace(/[₦,\s]/g, '');
  if (s === '') return 0;
  return Math.round(Number(s) * 100);
};
const dec = (m) => (m < 0 ? '-' : '') + Math.floor(Math.abs(m) / 100) + '.' + pad(Math.abs(m) % 100);

// per-layout: row → { date, amount (minor, signed as on the bank account), text }
const BANK = {
  'kuda-business': (r) => ({ date: isoOf(r[0]), amount: minor(r[1]) - minor(r[2]), text: r[5] }),
  dtb: (r) => ({ date: isoOf(r[0]), amount: minor(r[5]) - minor(r[4]), text: r[2] }),
  'stanbic-gh': (r) => ({ date: isoOf(r[0]), amount: minor(r[5]) - minor(r[4]), text: r[2] }),
  tymebank: (r) => ({ date: isoOf(r[0]), amount: minor(r[4]) + minor(r[3]) - Math.abs(minor(r[2])), text: r[1] }),
};
const LEDGER = {
  xero: (r) => ({ date: isoOf(r[0]), amount: minor(r[4]) - minor(r[5]), account: null }),
  quickbooks: (r) => ({ date: isoOf(r[1]), amount: minor(r[7]), account: null }),
  sage: (r) => ({ date: isoOf(r[1]), amount: minor(r[6]) - minor(r[7]), account: r[0] }),
  zoho: (r) => ({ date: isoOf(r[0]), amount: minor(r[6]) - minor(r[7]), account: r[1] }),
};
const layout = (table, file) => {
  const k = Object.keys(table).find((k) => file.startsWith(k));
  if (!k) throw new Error(`no layout for ${file}`);
  return table[k];
};
const readCsv = (p) => parse(fs.readFileSync(p), { relax_column_count: true, bom: true });

for (const set of fs.readdirSync(DIR).filter((d) => fs.statSync(path.join(DIR, d)).isDirectory())) {
  const sdir = path.join(DIR, set);
  const t = JSON.parse(fs.readFileSync(path.join(sdir, 'truth.json'), 'utf8'));
  const rowsOf = {};
  for (const f of [...t.bankFiles, ...t.ledgerFiles]) rowsOf[f.file] = readCsv(path.join(sdir, f.file));
  const checkBank = (ref, where) => {
    const rows = rowsOf[ref.file];
    if (!rows) return fail(`${set} ${where}: unknown file ${ref.file}`);
    const r = rows[ref.row - 1];
    if (!r) return fail(`${set} ${where}: no row ${ref.row}`);
    const got = layout(BANK, ref.file)(r);
    if (got.date !== ref.date || dec(got.amount) !== ref.amount || got.text !== ref.text)
      fail(`${set} ${where}: row ${ref.row} reads ${JSON.stringify(got)}, truth ${JSON.stringify(ref)}`);
  };
  const usedLedger = new Map();
  const checkLedger = (ref, where, count = true) => {
    const rows = rowsOf[ref.file];
    if (!rows) return fail(`${set} ${where}: unknown ledger file ${ref.file}`);
    const r = rows[ref.row - 1];
    if (!r) return fail(`${set} ${where}: no ledger row ${ref.row}`);
    const got = layout(LEDGER, ref.file)(r);
    if (got.date !== ref.date || dec(got.amount) !== ref.amount)
      fail(`${set} ${where}: ledger row ${ref.row} reads ${JSON.stringify(got)}, truth ${JSON.stringify(ref)}`);
    if (count) usedLedger.set(ref.row, (usedLedger.get(ref.row) ?? 0) + 1);
  };
  const groups = new Map();
  const bankRows = new Set();
  t.bank.forEach((b, i) => {
    const w = `bank[${i}]`;
    checkBank(b.ref, w);
    bankRows.add(b.ref.row);
    if (!['match', 'bank-only', 'reversal-pair', 'no-counterpart'].includes(b.expect))
      fail(`${set} ${w}: expect ${b.expect}`);
    if (b.expect === 'match' && b.ledger.length === 0) fail(`${set} ${w}: match without ledger rows`);
    if (b.expect !== 'match' && b.ledger.length) fail(`${set} ${w}: ${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(b.kind))
      fail(`${set} ${w}: bank-only kind ${b.kind}`);
    if (b.expect === 'reversal-pair') {
      if (!b.partner) fail(`${set} ${w}: reversal-pair without partner`);
      else {
        checkBank(b.partner, `${w}.partner`);
        const other = t.bank.find((x) => x.ref.row === b.partner.row);
        if (!other || other.partner?.row !== b.ref.row || Number(other.ref.amount) !== -Number(b.ref.amount))
          fail(`${set} ${w}: partner does not pair back`);
      }
    }
    if (!['reference', 'counterparty', 'amount'].includes(b.evidence)) fail(`${set} ${w}: evidence ${b.evidence}`);
    if (b.ambiguous && !b.ledgerAnyOf) fail(`${set} ${w}: ambiguous without ledgerAnyOf`);
    for (const alt of b.ledgerAnyOf ?? []) for (const l of alt) checkLedger(l, `${w}.ledgerAnyOf`, false);
    if (b.group) {
      const g = groups.get(b.group) ?? [];
      g.push(b);
      groups.set(b.group, g);
      if (g.length > 1 && JSON.stringify(g[0].ledger) !== JSON.stringify(b.ledger))
        fail(`${set} ${w}: group ${b.group} with different ledger rows`);
      if (g.length === 1) b.ledger.forEach((l) => checkLedger(l, w));
    } else b.ledger.forEach((l) => checkLedger(l, w));
  });
  for (const l of t.ledgerOnly) {
    checkLedger(l, 'ledgerOnly');
    if (!l.why) fail(`${set} ledgerOnly row ${l.row}: no why`);
  }
  for (const [row, n] of usedLedger) if (n > 1) fail(`${set}: ledger row ${row} used ${n} times`);
  // every bank row with money is in the truth, every ledger row of the account is used or ledger-only
  const bf = t.bankFiles[0];
  const brows = rowsOf[bf.file];
  for (let i = bf.headerRow; i < brows.length; i++) {
    const got = layout(BANK, bf.file)(brows[i]);
    if (got.date && got.amount !== 0 && !/balance/i.test(got.text ?? '') && !bankRows.has(i + 1))
      fail(`${set}: bank row ${i + 1} missing from truth`);
  }
  const lf = t.ledgerFiles[0];
  const lrows = rowsOf[lf.file];
  const others = new Set((lf.otherAccountRows ?? []).map((o) => o.row));
  for (let i = lf.headerRow; i < lrows.length; i++) {
    const got = layout(LEDGER, lf.file)(lrows[i]);
    if (got.date && got.amount !== 0 && !usedLedger.has(i + 1) && !others.has(i + 1))
      fail(`${set}: ledger row ${i + 1} neither matched, ledger-only nor another account's`);
  }
  // reconcile JSON
  const docPath = path.join(sdir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(fs.readFileSync(docPath, 'utf8'));
  if (!validate(doc)) fail(`${set}: reconcile JSON invalid: ${JSON.stringify(validate.errors.slice(0, 3))}`);
  const ids = new Set(doc.bank.map((b) => b.id));
  for (const b of t.bank)
    if (!ids.has(`${b.ref.file}#${b.ref.row}`)) fail(`${set}: bank row ${b.ref.row} not in reconcile JSON`);
  const lids = new Set(doc.ledger.map((l) => l.id));
  for (const row of usedLedger.keys())
    if (!lids.has(`${lf.file}#${row}`)) fail(`${set}: ledger row ${row} not in reconcile JSON`);
  if (doc.bank.length !== t.bank.length)
    fail(`${set}: reconcile JSON has ${doc.bank.length} bank lines, truth ${t.bank.length}`);
  for (const b of doc.bank) {
    const tb = t.bank.find((x) => `${x.ref.file}#${x.ref.row}` === b.id);
    if (tb && (tb.ref.date !== b.date || tb.ref.amount !== b.amount)) fail(`${set}: JSON ${b.id} differs from truth`);
  }
  console.log(`${set}: ${t.bank.length} bank lines, ${doc.ledger.length} ledger rows checked`);
}
if (problems.length) {
  for (const p of problems) console.error('✗ ' + p);
  process.exit(1);
}
console.log('holdout7: all checks passed');
