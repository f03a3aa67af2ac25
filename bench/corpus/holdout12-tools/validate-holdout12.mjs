#!/usr/bin/env node
// Checks bench/corpus/holdout12: every reconcile document against docs/reconcile-input.schema.json, and every
// truth file against the files it describes (rows, dates, amounts, balances, each bank line answered once, each
// ledger row used at most once, group sums). Exit 1 on any problem.
// Usage: node bench/corpus/holdout12-tools/validate-holdout12.mjs [DIR]

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSXns from 'xlsx';
import Ajv2020Mod from 'ajv/dist/2020.js';

const XLSX = XLSXns.default ?? XLSXns;
const Ajv2020 = Ajv2020Mod.default ?? Ajv2020Mod;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const DIR = path.resolve(process.argv[2] ?? path.join(here, '../holdout12'));

const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// integer minor units from "1,234.56" / "-1234.56" / a number cell / "" (money never handled as float sums)
function minor(v) {
  if (v === undefined || v === null || v === '') return 0;
  const s = typeof v === 'number' ? v.toFixed(2) : String(v).replaceAll(',', '').trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${v}`);
  const n = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -n : n;
}
const fromDec = (s) => minor(s);

function readRows(file) {
  if (file.endsWith('.csv'))
    return parse(fs.readFileSync(file, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
  const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer' });
  const ws = wb.Sheets[wb.SheetNames[0]];
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: '' });
}
const MON = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
function isoOf(v) {
  const s = String(v);
  let m;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(s))) return `${m[3]}-${MON[m[2]]}-${m[1]}`;
  if ((m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
}

// per file: which columns hold date, amount (signed) or in/out, text, balance — from the header row
function columnsOf(header, isLedger) {
  const h = header.map((x) => String(x).trim());
  const at = (...names) => names.map((n) => h.indexOf(n)).find((i) => i >= 0) ?? -1;
  const c = {
    date: at('Trans Date', 'Posted Date', 'Tran Date', 'Transaction Date', 'TRX Date', 'Date'),
    amount: at('Amount'),
    inCol: isLedger ? at('Debit', 'Debit Amount') : at('Credit'),
    outCol: isLedger ? at('Credit', 'Credit Amount') : at('Debit'),
    text: at('Narration', 'Description', 'Particulars'),
    balance: isLedger ? -1 : at('Balance'),
  };
  return c;
}

const schema = JSON.parse(fs.readFileSync(path.join(root, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const index = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const setDir = path.join(DIR, entry.set);
  const truth = JSON.parse(fs.readFileSync(path.join(setDir, 'truth.json'), 'utf8'));
  const W = entry.set;
  const { from, to } = truth.period;
  const inPeriod = (d) => d >= from && d <= to;

  // --- bank file
  const bf = truth.bankFiles[0];
  const brows = readRows(path.join(setDir, bf.file));
  const bcols = columnsOf(brows[bf.headerRow - 1], false);
  if (bcols.date < 0 || bcols.text < 0) fail(W, `bank header row ${bf.headerRow} not recognised`);
  const bankRows = new Map();
  const dataRows = [];
  for (let r = bf.headerRow + 1; r <= brows.length; r++) {
    const row = brows[r - 1];
    if (!row || row.every((x) => x === '' || x == null)) continue;
    const amt = bcols.amount >= 0 ? minor(row[bcols.amount]) : minor(row[bcols.inCol]) - minor(row[bcols.outCol]);
    const rec = {
      row: r,
      date: isoOf(row[bcols.date]),
      amt,
      text: String(row[bcols.text]),
      balance: minor(row[bcols.balance]),
    };
    if (!rec.date) fail(W, `bank row ${r}: date ${row[bcols.date]} not read`);
    bankRows.set(r, rec);
    dataRows.push(rec);
  }
  // running balance: oldest-first order
  const chrono = bf.order === 'newest-first' ? [...dataRows].reverse() : dataRows;
  let prevBal = fromDec(bf.openingBalance);
  for (const rec of chrono) {
    if (prevBal + rec.amt !== rec.balance)
      fail(W, `bank row ${rec.row}: balance ${rec.balance} ≠ previous ${prevBal} + ${rec.amt}`);
    prevBal = rec.balance;
    if (!inPeriod(rec.date)) fail(W, `bank row ${rec.row}: date ${rec.date} outside the period`);
  }
  if (prevBal !== fromDec(bf.closingBalance)) fail(W, `closing balance ${bf.closingBalance} ≠ running ${prevBal}`);

  // --- ledger file
  const lf = truth.ledgerFiles[0];
  const lrows = readRows(path.join(setDir, lf.file));
  const lcols = columnsOf(lrows[lf.headerRow - 1], true);
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  const ledgerRows = new Map();
  for (let r = lf.headerRow + 1; r <= lrows.length; r++) {
    const row = lrows[r - 1];
    if (!row || row.every((x) => x === '' || x == null) || nonEntry.has(r)) continue;
    const amt = minor(row[lcols.inCol]) - minor(row[lcols.outCol]);
    const rec = { row: r, date: isoOf(row[lcols.date]), amt };
    if (!rec.date || amt === 0) fail(W, `ledger row ${r}: not an entry (date ${row[lcols.date]}, amount ${amt})`);
    else if (!inPeriod(rec.date)) fail(W, `ledger row ${r}: date outside the period`);
    ledgerRows.set(r, rec);
  }
  const bookSum = [...ledgerRows.values()].reduce((s, x) => s + x.amt, 0);
  if (fromDec(lf.bookOpeningBalance) + bookSum !== fromDec(lf.bookClosingBalance))
    fail(W, 'book closing balance does not add up');

  // --- truth cross-checks
  const seenBank = new Set();
  const ledgerUse = new Map(); // row → where used
  const useLedger = (row, where) => {
    if (ledgerUse.has(row) && ledgerUse.get(row) !== where)
      fail(W, `ledger row ${row} used twice (${ledgerUse.get(row)} and ${where})`);
    ledgerUse.set(row, where);
  };
  const checkLref = (l, where) => {
    const rec = ledgerRows.get(l.row);
    if (!rec) return fail(W, `${where}: ledger row ${l.row} is not an entry of ${lf.file}`);
    if (l.file !== lf.file) fail(W, `${where}: ledger file ${l.file}`);
    if (rec.date !== l.date || rec.amt !== fromDec(l.amount))
      fail(W, `${where}: ledger row ${l.row} reads ${rec.date} ${rec.amt}, truth says ${l.date} ${l.amount}`);
  };
  const groups = new Map();
  if (truth.bank.length !== bankRows.size)
    fail(W, `truth has ${truth.bank.length} bank entries, file has ${bankRows.size} lines`);
  const DECISIONS = {
    match: ['auto', 'suggest'],
    'bank-only': ['bank-only'],
    'reversal-pair': ['reversal-pair'],
    'no-counterpart': ['none'],
  };
  for (const e of truth.bank) {
    const where = `bank row ${e.ref.row}`;
    const rec = bankRows.get(e.ref.row);
    if (!rec) {
      fail(W, `${where}: no such line`);
      continue;
    }
    if (seenBank.has(e.ref.row)) fail(W, `${where}: answered twice`);
    seenBank.add(e.ref.row);
    if (rec.date !== e.ref.date || rec.amt !== fromDec(e.ref.amount) || rec.text !== e.ref.text)
      fail(W, `${where}: ref does not match the file`);
    if (!DECISIONS[e.expect]?.includes(e.decision)) fail(W, `${where}: decision ${e.decision} with expect ${e.expect}`);
    if (e.mustNotAuto && e.decision !== 'suggest') fail(W, `${where}: mustNotAuto on a ${e.decision}`);
    if ((e.writeOff || e.difference) && e.decision !== 'auto')
      fail(W, `${where}: writeOff/difference on a ${e.decision}`);
    if (e.expect === 'match') {
      if (!e.ledger?.length) fail(W, `${where}: match without ledger`);
      const sets = e.ledgerAnyOf ?? [e.ledger];
      if (e.ledgerAnyOf && !e.ambiguous) fail(W, `${where}: ledgerAnyOf without ambiguous`);
      sets.forEach((set) => set.forEach((l) => checkLref(l, where)));
      const key = e.group ?? `row${e.ref.row}`;
      if (!groups.has(key)) groups.set(key, { lines: [], e });
      else if (
        JSON.stringify(groups.get(key).e.ledgerAnyOf ?? groups.get(key).e.ledger) !==
        JSON.stringify(e.ledgerAnyOf ?? e.ledger)
      )
        fail(W, `${where}: group ${key} lines disagree on ledger rows`);
      groups.get(key).lines.push(rec);
    } else if (e.ledger?.length) fail(W, `${where}: ${e.expect} with ledger rows`);
    if (e.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(e.kind))
      fail(W, `${where}: bank-only kind ${e.kind}`);
    if (e.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === e.partner?.row);
      if (!p || p.partner?.row !== e.ref.row) fail(W, `${where}: partner not symmetric`);
      else if (fromDec(p.ref.amount) !== -fromDec(e.ref.amount)) fail(W, `${where}: reversal pair does not cancel`);
    }
  }
  for (const [key, g] of groups) {
    const e = g.e;
    const bankSum = g.lines.reduce((s, x) => s + x.amt, 0);
    const sets = e.ledgerAnyOf ?? [e.ledger];
    for (const set of sets) {
      const ledSum = set.reduce((s, l) => s + fromDec(l.amount), 0);
      const diff = bankSum - ledSum;
      if (e.decision === 'auto') {
        const expected = e.writeOff ? -fromDec(e.writeOff) : e.difference ? fromDec(e.difference) : 0;
        if (diff !== expected) fail(W, `group ${key}: bank − ledger = ${diff}, truth expects ${expected}`);
      } else if (Math.sign(bankSum) !== Math.sign(ledSum)) fail(W, `group ${key}: direction differs`);
    }
    // the rows of ledgerAnyOf alternatives may be shared between twin lines, but never with anything else
    const owner = e.ledgerAnyOf ? `anyOf:${JSON.stringify(e.ledgerAnyOf.map((s) => s.map((l) => l.row)))}` : key;
    for (const set of sets) for (const l of set) useLedger(l.row, owner);
  }
  for (const lo of truth.ledgerOnly) {
    checkLref(lo, `ledgerOnly row ${lo.row}`);
    useLedger(lo.row, `ledgerOnly${lo.row}`);
  }
  // twins sharing one anyOf: no more lines than alternatives
  const anyOfLines = new Map();
  for (const e of truth.bank)
    if (e.ledgerAnyOf) {
      const k = JSON.stringify(e.ledgerAnyOf.map((s) => s.map((l) => l.row)));
      anyOfLines.set(k, (anyOfLines.get(k) ?? 0) + 1);
      if (anyOfLines.get(k) > e.ledgerAnyOf.length) fail(W, `more twin lines than ledger alternatives for ${k}`);
    }
  const unused = [...ledgerRows.keys()].filter((r) => !ledgerUse.has(r));
  // every ledger row is either a counterpart, a ledger-only row, or the spare of a twin/duplicate (covered by anyOf)
  if (unused.length) fail(W, `ledger rows in no answer: ${unused.join(', ')}`);

  // --- reconcile document
  const docFile = path.join(setDir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(fs.readFileSync(docFile, 'utf8'));
  if (!validateDoc(doc)) fail(W, `schema: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.bank.length !== truth.bank.length) fail(W, 'reconcile document bank count ≠ truth');
  for (const b of doc.bank) {
    const row = Number(b.id.split('#')[1]);
    const rec = bankRows.get(row);
    if (
      !rec ||
      rec.date !== b.date ||
      rec.amt !== fromDec(b.amount) ||
      rec.text !== b.narration ||
      rec.balance !== fromDec(b.balance)
    )
      fail(W, `reconcile bank ${b.id} ≠ file`);
  }
  if (doc.ledger.length !== ledgerRows.size) fail(W, 'reconcile document ledger count ≠ ledger entries');
  for (const l of doc.ledger) {
    const rec = ledgerRows.get(Number(l.id.split('#')[1]));
    if (!rec || rec.date !== l.date || rec.amt !== fromDec(l.amount)) fail(W, `reconcile ledger ${l.id} ≠ file`);
  }
  if (fromDec(doc.statement.bankBalance) !== fromDec(bf.closingBalance))
    fail(W, 'statement.bankBalance ≠ closing balance');

  // --- index counts
  const c = entry.counts;
  const n = (f) => truth.bank.filter(f).length;
  const want = {
    bankLines: truth.bank.length,
    auto: n((x) => x.decision === 'auto'),
    suggest: n((x) => x.decision === 'suggest'),
    bankOnly: n((x) => x.decision === 'bank-only'),
    none: n((x) => x.decision === 'none'),
    reversalPair: n((x) => x.decision === 'reversal-pair'),
  };
  for (const [k, v] of Object.entries(want)) if (c[k] !== v) fail(W, `index count ${k} = ${c[k]}, truth has ${v}`);
  console.log(`${W}: ${truth.bank.length} bank lines, ${ledgerRows.size} ledger entries checked`);
}

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout12: all checks passed');
