#!/usr/bin/env node
// Checks the holdout sets without the project's readers: every reconcile document against
// docs/reconcile-input.schema.json; every truth row against the file it names (date, amount, narration); every
// statement row with money listed exactly once; balances that add up; groups, partners and twins consistent.
// node bench/corpus/holdout-tools/validate-holdout.mjs   (exit 1 on any problem)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', 'holdout');
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validate = new (Ajv2020.default ?? Ajv2020)({ allErrors: true, strict: false }).compile(schema);
const problems = [];
const bad = (m) => problems.push(m);

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function isoDate(v) {
  if (typeof v === 'number') return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  const s = String(v ?? '').trim();
  let m;
  if ((m = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)))
    return `${m[3]}-${p2(MON[m[2].toLowerCase()])}-${p2(m[1])}`;
  return null;
}
/** cell → minor units (absolute for money-in/out columns as the doc says), or null when blank */
function minor(v) {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/[ ,]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${v}`);
  const neg = s.startsWith('-');
  const [w, f = ''] = s.replace('-', '').split('.');
  return (neg ? -1 : 1) * (Number(w) * 100 + Number(f.padEnd(2, '0')));
}
const dec = (m) => `${m < 0 ? '-' : ''}${Math.floor(Math.abs(m) / 100)}.${p2(Math.abs(m) % 100)}`;

function table(path) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path));
    const ws = wb.Sheets[wb.SheetNames[0]];
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true });
  }
  return parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), {
    relax_column_count: true,
    skip_empty_lines: false,
  });
}

/** the columns of a file: from its mapping when the truth gives one, else the documented preset's header */
function columns(header, readOptions, side) {
  const m = readOptions?.mapping;
  const at = (name) => {
    const i = header.findIndex((h) => String(h).trim() === name);
    if (i < 0) throw new Error(`column ${name} not in header ${header.join('|')}`);
    return i;
  };
  if (m) {
    const desc = Array.isArray(m.description) ? m.description[0] : m.description;
    return {
      date: at(m.date),
      text: at(desc),
      amount: m.amount ? at(m.amount) : null,
      inn: m.moneyIn ? at(m.moneyIn) : null,
      out: m.moneyOut ? at(m.moneyOut) : null,
    };
  }
  const has = (n) => header.some((h) => String(h).trim() === n);
  if (has('Transaction Description'))
    return { date: at('Date'), text: at('Transaction Description'), amount: at('Amount') };
  if (has('Memo/Description')) return { date: at('Date'), text: at('Memo/Description'), amount: at('Amount') };
  if (has('Narration'))
    return { date: at('Transaction Date'), text: at('Narration'), inn: at('Credit'), out: at('Debit') };
  throw new Error(`no known ${side} layout: ${header.join('|')}`);
}

function rowsOf(dir, f, side) {
  const t = table(join(dir, f.file));
  const header = t[f.headerRow - 1];
  const c = columns(header, f.readOptions, side);
  const out = new Map();
  t.forEach((r, i) => {
    const row = i + 1;
    if (row <= f.headerRow) return;
    const date = isoDate(r[c.date]);
    let amt = null;
    if (c.amount !== undefined && c.amount !== null) amt = minor(r[c.amount]);
    else {
      const a = minor(r[c.inn]);
      const b = minor(r[c.out]);
      if (a !== null || b !== null) amt = Math.abs(a ?? 0) - Math.abs(b ?? 0);
    }
    if (date && amt !== null) out.set(row, { date, amount: dec(amt), text: String(r[c.text] ?? '') });
  });
  return out;
}

const sets = readdirSync(ROOT).filter((s) => existsSync(join(ROOT, s, 'truth.json')));
for (const set of sets) {
  const dir = join(ROOT, set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const fileRows = new Map();
  for (const f of truth.bankFiles) fileRows.set(f.file, rowsOf(dir, f, 'bank'));
  for (const f of truth.ledgerFiles) fileRows.set(f.file, rowsOf(dir, f, 'ledger'));
  const check = (ref, what) => {
    const r = fileRows.get(ref.file)?.get(ref.row);
    if (!r) return bad(`${set}: ${what} ${ref.file}#${ref.row}: no row with a date and money there`);
    if (r.date !== ref.date || r.amount !== ref.amount)
      bad(`${set}: ${what} ${ref.file}#${ref.row}: file says ${r.date} ${r.amount}, truth ${ref.date} ${ref.amount}`);
    if (ref.text !== undefined && r.text !== ref.text) bad(`${set}: ${what} ${ref.file}#${ref.row}: text differs`);
  };
  // every statement row with money is listed exactly once; balances add up
  for (const f of truth.bankFiles) {
    const listed = truth.bank.filter((b) => b.ref.file === f.file).map((b) => b.ref.row);
    if (new Set(listed).size !== listed.length) bad(`${set}: ${f.file}: a row is listed twice`);
    const inFile = [...fileRows.get(f.file).keys()];
    for (const row of inFile) if (!listed.includes(row)) bad(`${set}: ${f.file}#${row} has money but no truth entry`);
    const sum = truth.bank.filter((b) => b.ref.file === f.file).reduce((s, b) => s + minor(b.ref.amount), 0);
    if (minor(f.openingBalance) + sum !== minor(f.closingBalance)) bad(`${set}: ${f.file}: opening + lines ≠ closing`);
  }
  const used = new Map();
  for (const b of truth.bank) {
    check(b.ref, 'bank');
    for (const l of b.ledger) check(l, 'ledger');
    for (const alt of b.ledgerAnyOf ?? []) for (const l of alt) check(l, 'ledgerAnyOf');
    if (b.expect === 'match' && b.ledger.length === 0) bad(`${set}: bank row ${b.ref.row}: match without ledger rows`);
    if (b.expect !== 'match' && b.ledger.length) bad(`${set}: bank row ${b.ref.row}: ${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !b.kind) bad(`${set}: bank row ${b.ref.row}: bank-only without kind`);
    if (b.ambiguous !== Boolean(b.ledgerAnyOf)) bad(`${set}: bank row ${b.ref.row}: ambiguous without ledgerAnyOf`);
    if (b.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.file === b.partner?.file && x.ref.row === b.partner?.row);
      if (!p || p.partner?.row !== b.ref.row || minor(p.ref.amount) !== -minor(b.ref.amount))
        bad(`${set}: bank row ${b.ref.row}: partner does not pair back`);
    }
    if (b.expect === 'match' && !b.ambiguous)
      for (const l of b.ledger) {
        const k = `${l.file}#${l.row}`;
        const owner = b.group ?? `${b.ref.file}#${b.ref.row}`;
        if (used.has(k) && used.get(k) !== owner) bad(`${set}: ledger ${k} expected by two lines outside one group`);
        used.set(k, owner);
      }
  }
  // groups: one ledger set per group, and the amounts of a group without a stated difference add up
  const groups = new Map();
  for (const b of truth.bank) if (b.group) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
  for (const [g, bs] of groups) {
    const sets2 = new Set(
      bs.map((b) =>
        b.ledger
          .map((l) => `${l.file}#${l.row}`)
          .sort()
          .join(','),
      ),
    );
    if (sets2.size !== 1) bad(`${set}: group ${g} lines expect different ledger rows`);
  }
  for (const o of truth.ledgerOnly) {
    check(o, 'ledgerOnly');
    const k = `${o.file}#${o.row}`;
    if (used.has(k) || truth.bank.some((b) => (b.ledgerAnyOf ?? []).flat().some((l) => `${l.file}#${l.row}` === k)))
      bad(`${set}: ledger-only ${k} is also expected by a line`);
  }
  // every ledger row with money is either expected, a twin's candidate, ledger-only, or a declared non-entry
  for (const f of truth.ledgerFiles) {
    const known = new Set([
      ...used.keys(),
      ...truth.ledgerOnly.map((o) => `${o.file}#${o.row}`),
      ...truth.bank.flatMap((b) => (b.ledgerAnyOf ?? []).flat().map((l) => `${l.file}#${l.row}`)),
      ...(f.nonEntryRows ?? []).map((n) => `${f.file}#${n.row}`),
    ]);
    for (const row of fileRows.get(f.file).keys())
      if (!known.has(`${f.file}#${row}`)) bad(`${set}: ${f.file}#${row} is neither expected nor ledger-only`);
  }
  // the reconcile documents: schema, and the same rows as the truth
  for (const f of truth.bankFiles) {
    const doc = JSON.parse(readFileSync(join(dir, `reconcile.${f.file}.json`), 'utf8'));
    if (!validate(doc)) bad(`${set}: reconcile.${f.file}.json: ${JSON.stringify(validate.errors.slice(0, 3))}`);
    const ids = new Set(doc.bank.map((b) => b.id));
    for (const b of truth.bank.filter((x) => x.ref.file === f.file)) {
      const id = `${b.ref.file}#${b.ref.row}`;
      const line = doc.bank.find((x) => x.id === id);
      if (!line || line.date !== b.ref.date || line.amount !== b.ref.amount)
        bad(`${set}: ${id} not in the document as in the truth`);
      ids.delete(id);
    }
    if (ids.size) bad(`${set}: reconcile.${f.file}.json has lines the truth does not list`);
    const led = new Set(doc.ledger.map((l) => l.id));
    for (const b of truth.bank.filter((x) => x.ref.file === f.file))
      for (const l of [...b.ledger, ...(b.ledgerAnyOf ?? []).flat()])
        if (!led.has(`${l.file}#${l.row}`))
          bad(`${set}: ${l.file}#${l.row} expected for ${f.file} but not in its document`);
  }
  console.log(`${set}: ${truth.bank.length} bank lines, ${truth.ledgerOnly.length} ledger-only rows checked`);
}
if (problems.length) {
  for (const p of problems) console.error(`  ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout corpus valid');
