#!/usr/bin/env node
// Checks bench/corpus/holdout15: every reconcile JSON against docs/reconcile-input.schema.json, and every truth file
// against the files it names (rows, dates, amounts, running balances), groups against their differences, and
// index.json against the truth files. Exit 1 on any problem.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { parseMinor, MON } from './lib.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
const here = dirname(fileURLToPath(import.meta.url));
const ROOT = process.env.HOLDOUT15_DIR ?? join(here, '..', 'holdout15');
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const problems = [];
const fail = (set, msg) => problems.push(`${set}: ${msg}`);

function isoOf(s) {
  let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s);
  if (m) return `${m[3]}-${String(MON.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1]}`;
  return null;
}
const readCsv = (p) => parse(readFileSync(p, 'utf8'), { relax_column_count: true, bom: true, skip_empty_lines: false });

/** bank rows with money, by row number: { date, amount, fee, text, balance } */
function bankRows(dir, bf) {
  const rows = readCsv(join(dir, bf.file));
  const header = rows[bf.headerRow - 1];
  const m = bf.readOptions.mapping ?? {
    date: 'Posting Date',
    description: 'Description',
    moneyIn: 'Money In',
    moneyOut: 'Money Out',
    fee: 'Fee',
    balance: 'Balance',
  };
  const col = (name) => {
    const i = header.indexOf(name);
    if (name && i < 0) throw new Error(`${bf.file}: no column ${name}`);
    return i;
  };
  const c = {
    date: col(m.date),
    text: col(m.description),
    in: col(m.moneyIn),
    out: col(m.moneyOut),
    fee: m.fee ? col(m.fee) : -1,
    bal: col(m.balance),
  };
  const out = new Map();
  const nonEntry = new Set((bf.nonEntryRows ?? []).map((x) => x.row));
  rows.forEach((r, i) => {
    const row = i + 1;
    if (row <= bf.headerRow || r.length < header.length || nonEntry.has(row)) return;
    const inn = parseMinor(r[c.in]) ?? 0;
    const outm = parseMinor(r[c.out]) ?? 0;
    const fee = c.fee >= 0 ? (parseMinor(r[c.fee]) ?? 0) : 0;
    if (!inn && !outm && !fee) return;
    out.set(row, {
      date: isoOf(r[c.date]),
      amount: Math.abs(inn) - Math.abs(outm) - Math.abs(fee),
      fee: Math.abs(fee),
      text: r[c.text],
      balance: parseMinor(r[c.bal]),
    });
  });
  return out;
}

/** ledger rows with money, by row number: { date, amount } */
function ledgerRows(dir, lf) {
  const rows = readCsv(join(dir, lf.file));
  const header = rows[lf.headerRow - 1];
  const out = new Map();
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  const di = header.indexOf('Date');
  rows.forEach((r, i) => {
    const row = i + 1;
    if (row <= lf.headerRow || nonEntry.has(row)) return;
    const date = isoOf(r[di] ?? '');
    let amount;
    if (header.includes('Amount')) amount = parseMinor(r[header.indexOf('Amount')] ?? '');
    else
      amount =
        (parseMinor(r[header.indexOf('Debit')] ?? '') ?? 0) - (parseMinor(r[header.indexOf('Credit')] ?? '') ?? 0);
    if (!date || !amount) return;
    out.set(row, { date, amount });
  });
  return out;
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
for (const entry of index.realLayout) {
  const set = entry.set;
  const dir = join(ROOT, set);
  const truth = JSON.parse(readFileSync(join(ROOT, entry.truth), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bank = bankRows(dir, bf);
  const ledger = ledgerRows(dir, lf);

  // running balance of the statement
  let prev = bf.openingBalanceMinor;
  for (const [row, b] of [...bank].sort((a, z) => a[0] - z[0])) {
    if (prev + b.amount !== b.balance) fail(set, `bank row ${row}: balance ${b.balance} is not ${prev} + ${b.amount}`);
    prev = b.balance;
  }
  if (prev !== bf.closingBalanceMinor)
    fail(set, `closing balance ${bf.closingBalanceMinor} is not the last row's ${prev}`);

  // one truth entry per bank row with money, and it describes the row
  const seen = new Set();
  for (const t of truth.bank) {
    const r = bank.get(t.ref.row);
    if (!r) {
      fail(set, `truth names bank row ${t.ref.row}, which has no money`);
      continue;
    }
    if (seen.has(t.ref.row)) fail(set, `bank row ${t.ref.row} has two truth entries`);
    seen.add(t.ref.row);
    if (t.id !== `${bf.file}#${t.ref.row}`) fail(set, `bank id ${t.id} does not name its row`);
    if (r.date !== t.ref.date || r.amount !== t.ref.amountMinor || r.text !== t.ref.text)
      fail(
        set,
        `bank row ${t.ref.row}: file says ${r.date} ${r.amount} "${r.text}", truth ${t.ref.date} ${t.ref.amountMinor} "${t.ref.text}"`,
      );
  }
  for (const row of bank.keys()) if (!seen.has(row)) fail(set, `bank row ${row} has no truth entry`);

  // ledger references exist and agree; each ledger row is accounted for
  const checkL = (l, where) => {
    const r = ledger.get(l.row);
    if (!r) return fail(set, `${where}: ledger row ${l.row} is not an entry`);
    if (l.id !== `${lf.file}#${l.row}`) fail(set, `${where}: ledger id ${l.id} does not name its row`);
    if (r.date !== l.date || r.amount !== l.amountMinor)
      fail(set, `${where}: ledger row ${l.row} says ${r.date} ${r.amount}, truth ${l.date} ${l.amountMinor}`);
  };
  const usedOnce = new Map();
  const covered = new Set();
  for (const t of truth.bank) {
    const where = `bank row ${t.ref.row}`;
    const okDecision = {
      match: ['auto', 'suggest'],
      'bank-only': ['bank-only'],
      'reversal-pair': ['reversal-pair'],
      'no-counterpart': ['none'],
    }[t.expect];
    if (!okDecision?.includes(t.decision)) fail(set, `${where}: decision ${t.decision} with expect ${t.expect}`);
    if (t.expect === 'match') {
      if (!t.ledger === !t.ledgerAnyOf) fail(set, `${where}: a match needs exactly one of ledger / ledgerAnyOf`);
      if (t.ambiguous !== !!t.ledgerAnyOf) fail(set, `${where}: ambiguous must say whether ledgerAnyOf is used`);
    } else if (t.ledger || t.ledgerAnyOf || t.differenceMinor !== null)
      fail(set, `${where}: ${t.expect} carries ledger rows or a difference`);
    if (t.mustNotAuto && t.decision !== 'suggest') fail(set, `${where}: mustNotAuto on ${t.decision}`);
    if ((t.expect === 'bank-only') !== !!t.kind) fail(set, `${where}: kind belongs to bank-only lines only`);
    for (const l of t.ledger ?? []) {
      checkL(l, where);
      covered.add(l.row);
      const g = t.group ?? t.id;
      if (usedOnce.has(l.row) && usedOnce.get(l.row) !== g)
        fail(set, `ledger row ${l.row} is the answer of two groups`);
      usedOnce.set(l.row, g);
    }
    for (const alt of t.ledgerAnyOf ?? [])
      for (const l of alt) {
        checkL(l, where);
        covered.add(l.row);
      }
    if (t.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.id === t.partner?.id);
      if (!p || p.partner?.id !== t.id) fail(set, `${where}: reversal partner not mutual`);
      else if (p.ref.amountMinor !== -t.ref.amountMinor) fail(set, `${where}: reversal pair does not cancel`);
    }
  }
  for (const o of truth.ledgerOnly) {
    checkL(o, 'ledgerOnly');
    if (covered.has(o.row)) fail(set, `ledger row ${o.row} is both ledger-only and an answer`);
    covered.add(o.row);
  }
  for (const row of ledger.keys())
    if (!covered.has(row)) fail(set, `ledger row ${row} is in no truth entry and not ledger-only`);

  // groups: same answer, and the sums agree with the stated difference (for every alternative)
  const groups = new Map();
  for (const t of truth.bank)
    if (t.expect === 'match') groups.set(t.group ?? t.id, [...(groups.get(t.group ?? t.id) ?? []), t]);
  for (const [g, ts] of groups) {
    const key = (t) =>
      JSON.stringify([
        t.decision,
        t.differenceMinor,
        t.ledger?.map((l) => l.id).sort(),
        t.ledgerAnyOf?.map((a) => a.map((l) => l.id).sort()),
      ]);
    if (new Set(ts.map(key)).size !== 1) fail(set, `group ${g}: lines disagree on the answer`);
    const sumB = ts.reduce((s, t) => s + t.ref.amountMinor, 0);
    for (const alt of ts[0].ledger ? [ts[0].ledger] : ts[0].ledgerAnyOf) {
      const diff = sumB - alt.reduce((s, l) => s + l.amountMinor, 0);
      if (diff !== (ts[0].differenceMinor ?? 0))
        fail(set, `group ${g}: bank − ledger is ${diff}, truth says ${ts[0].differenceMinor}`);
    }
  }

  // the reconcile JSON: schema, ids and amounts as the truth has them, the grading list covers every line once
  for (const jf of truth.reconcileJson) {
    const doc = JSON.parse(readFileSync(join(dir, jf), 'utf8'));
    if (!validateDoc(doc)) fail(set, `${jf}: schema: ${ajv.errorsText(validateDoc.errors)}`);
    const toMinor = (s) => parseMinor(s);
    const jb = new Map(doc.bank.map((b) => [b.id, b]));
    const jl = new Map(doc.ledger.map((l) => [l.id, l]));
    if (jb.size !== truth.bank.length) fail(set, `${jf}: ${jb.size} bank lines, truth has ${truth.bank.length}`);
    for (const t of truth.bank) {
      const b = jb.get(t.id);
      if (!b || toMinor(b.amount) !== t.ref.amountMinor || b.date !== t.ref.date || b.narration !== t.ref.text)
        fail(set, `${jf}: bank ${t.id} differs from truth`);
    }
    if (jl.size !== ledger.size) fail(set, `${jf}: ${jl.size} ledger entries, the file has ${ledger.size}`);
    for (const [row, r] of ledger) {
      const l = jl.get(`${lf.file}#${row}`);
      if (!l || toMinor(l.amount) !== r.amount || l.date !== r.date)
        fail(set, `${jf}: ledger row ${row} missing or different`);
    }
    const cover = new Map();
    for (const e of truth.expect[jf]) {
      for (const id of e.bank) cover.set(id, (cover.get(id) ?? 0) + 1);
      for (const id of [...(e.ledger ?? []), ...(e.ledgerAnyOf ?? []).flat()])
        if (!jl.has(id)) fail(set, `${jf}: expect names unknown ledger id ${id}`);
    }
    for (const id of jb.keys())
      if (cover.get(id) !== 1) fail(set, `${jf}: bank ${id} is in ${cover.get(id) ?? 0} expect entries`);
  }

  // index counts
  const count = (f) => truth.bank.filter(f).length;
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: ledger.size,
    match: count((t) => t.expect === 'match'),
    bankOnly: count((t) => t.expect === 'bank-only'),
    reversalPair: count((t) => t.expect === 'reversal-pair'),
    noCounterpart: count((t) => t.expect === 'no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
    withoutReference: count((t) => t.evidence !== 'reference'),
    mustNotAuto: count((t) => t.mustNotAuto),
  };
  for (const [k, v] of Object.entries(want))
    if (entry[k] !== v) fail(set, `index.json ${k} = ${entry[k]}, truth gives ${v}`);
  console.log(`${set}: ${truth.bank.length} bank lines, ${ledger.size} ledger rows checked`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout15: all checks passed');
