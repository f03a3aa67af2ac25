#!/usr/bin/env node
// Independent check of bench/corpus/holdout19: re-reads every statement and ledger file with csv-parse / xlsx using
// only what truth.json says about them (header row, readOptions), checks balances, that every money row is in the
// truth exactly once, every truth row points at the right cells, the decision conventions, and that each reconcile
// JSON validates against docs/reconcile-input.schema.json and carries the same rows. Money is compared in minor units.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', 'holdout19');
const SCHEMA = join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json');
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));

const MONS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function parseDate(v, order) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
  }
  const s = String(v).trim();
  let m;
  if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)))
    return `${m[3]}-${p2(MONS[m[2].toLowerCase()])}-${p2(m[1])}`;
  if ((m = /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    if (order === 'MDY') return `${m[3]}-${m[1]}-${m[2]}`;
    return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}
// minor units from a cell: numbers (XLSX) or text with separators and currency marks
function minor(v) {
  if (v === '' || v === null || v === undefined) return 0;
  if (typeof v === 'number') return Math.round(Number(v.toFixed(2)) * 100);
  const s = String(v).replace(/GHS|NGN|KES|ZAR|R|₦|,|\s/g, '');
  if (s === '' || s === '-') return 0;
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return NaN;
  const neg = s.startsWith('-');
  const [w, f = ''] = s.replace('-', '').split('.');
  const n = Number(w) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -n : n;
}
const decToMinor = (d) => minor(d);

function readGrid(path) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
    const ws = wb.Sheets[wb.SheetNames[0]];
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true });
  }
  return parse(readFileSync(path, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
}

const PRESET_COLUMNS = {
  'ng-bank-statement': {
    date: ['Trans. Date', 'Trans Date', 'Tran Date', 'Posted Date', 'Date'],
    description: ['Narration', 'Remarks', 'Description'],
    moneyOut: ['Debit', 'Debits'],
    moneyIn: ['Credit', 'Credits'],
    balance: ['Balance'],
    reference: ['Reference'],
  },
  'xero-account-transactions': {
    date: ['Date'],
    description: ['Description'],
    reference: ['Reference'],
    moneyIn: ['Debit'],
    moneyOut: ['Credit'],
    balance: ['Running Balance'],
  },
};
function columns(header, readOptions, where) {
  const idx = (name) => header.findIndex((h) => String(h).trim() === name);
  const out = {};
  const mapping = readOptions.mapping ?? {};
  const preset = PRESET_COLUMNS[readOptions.preset] ?? {};
  for (const key of ['date', 'description', 'reference', 'moneyIn', 'moneyOut', 'balance', 'party']) {
    let cands = mapping[key] !== undefined ? [mapping[key]].flat() : (preset[key] ?? []);
    cands = cands.slice(0, mapping[key] !== undefined ? 1 : cands.length);
    for (const c of cands) {
      const i = idx(c);
      if (i >= 0) {
        out[key] = i;
        break;
      }
    }
    if (mapping[key] !== undefined && out[key] === undefined)
      fail(where, `mapped column "${mapping[key]}" (${key}) not in the header row`);
  }
  for (const k of ['date', 'moneyIn', 'moneyOut']) if (out[k] === undefined) fail(where, `no ${k} column found`);
  return out;
}

function entriesOf(grid, headerRow, cols, order, nonEntry, where) {
  const rows = [];
  for (let i = headerRow; i < grid.length; i++) {
    const r = grid[i];
    const rowNo = i + 1;
    const date = parseDate(r[cols.date], order);
    const inn = minor(r[cols.moneyIn]);
    const out = minor(r[cols.moneyOut]);
    if (Number.isNaN(inn) || Number.isNaN(out)) {
      fail(where, `row ${rowNo}: unreadable amount`);
      continue;
    }
    if (nonEntry.has(rowNo)) {
      const anyMoney = r.some(
        (c, ci) =>
          ci !== cols.date && typeof c !== 'undefined' && c !== '' && !Number.isNaN(minor(c)) && minor(c) !== 0,
      );
      if (!date || !anyMoney) fail(where, `row ${rowNo} listed as nonEntryRow but is not a dated row with money`);
      continue;
    }
    if (!date || (inn === 0 && out === 0)) continue;
    rows.push({
      row: rowNo,
      date,
      amount: Math.abs(inn) - Math.abs(out),
      text: cols.description !== undefined ? String(r[cols.description]) : '',
      reference: cols.reference !== undefined ? String(r[cols.reference]) : '',
      balance: cols.balance !== undefined ? minor(r[cols.balance]) : null,
    });
  }
  return rows;
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const setDirs = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
if (setDirs.length !== 4) fail('holdout19', `expected 4 sets, found ${setDirs.length}`);
const summary = [];

for (const set of setDirs) {
  const dir = join(ROOT, set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = set;
  const { from, to } = truth.period;
  const inPeriod = (d) => d >= from && d <= to;
  if (truth.set !== set) fail(W, 'truth.set differs from the folder');

  // ---- ledger files
  const ledgerByRow = new Map(); // "file#row" → row
  let ledgerCount = 0;
  for (const lf of truth.ledgerFiles) {
    const path = join(dir, lf.file);
    if (!existsSync(path)) {
      fail(W, `missing ${lf.file}`);
      continue;
    }
    const grid = readGrid(path);
    const header = grid[lf.headerRow - 1];
    const cols = columns(header, lf.readOptions, `${W}/${lf.file}`);
    const nonEntry = new Set((lf.nonEntryRows ?? []).map((n) => n.row));
    const rows = entriesOf(
      grid,
      lf.headerRow,
      cols,
      lf.readOptions.dateOrder === 'MDY' ? 'MDY' : 'DMY',
      nonEntry,
      `${W}/${lf.file}`,
    );
    ledgerCount += rows.length;
    let sum = decToMinor(lf.openingBalance);
    for (const r of rows) {
      if (!inPeriod(r.date)) fail(W, `${lf.file} row ${r.row}: date ${r.date} outside the period`);
      ledgerByRow.set(`${lf.file}#${r.row}`, r);
      sum += r.amount;
    }
    if (sum !== decToMinor(lf.closingBalance))
      fail(W, `${lf.file}: opening + rows = ${sum}, closing says ${lf.closingBalance}`);
  }
  if (ledgerCount < 70 || ledgerCount > 100) fail(W, `ledger rows ${ledgerCount} outside 70..100`);

  // ---- bank files
  const bankByRow = new Map();
  for (const bf of truth.bankFiles) {
    const path = join(dir, bf.file);
    const grid = readGrid(path);
    const header = grid[bf.headerRow - 1];
    const cols = columns(header, bf.readOptions, `${W}/${bf.file}`);
    const nonEntry = new Set((bf.nonEntryRows ?? []).map((n) => n.row));
    const rows = entriesOf(
      grid,
      bf.headerRow,
      cols,
      bf.readOptions.dateOrder === 'MDY' ? 'MDY' : 'DMY',
      nonEntry,
      `${W}/${bf.file}`,
    );
    const chron = bf.order === 'newest-first' ? rows.slice().reverse() : rows;
    let bal = decToMinor(bf.openingBalance);
    let prevDate = '';
    for (const r of chron) {
      bal += r.amount;
      if (r.balance !== null && r.balance !== bal)
        fail(W, `${bf.file} row ${r.row}: running balance ${r.balance} ≠ ${bal}`);
      if (r.date < prevDate) fail(W, `${bf.file} row ${r.row}: out of ${bf.order} order`);
      prevDate = r.date;
      if (!inPeriod(r.date)) fail(W, `${bf.file} row ${r.row}: date outside the period`);
      bankByRow.set(`${bf.file}#${r.row}`, r);
    }
    if (bal !== decToMinor(bf.closingBalance)) fail(W, `${bf.file}: closing ${bf.closingBalance} ≠ computed ${bal}`);
  }
  if (bankByRow.size < 100 || bankByRow.size > 150) fail(W, `bank lines ${bankByRow.size} outside 100..150`);

  // ---- truth rows point at the right cells
  const checkLedgerRef = (ref, where) => {
    const r = ledgerByRow.get(`${ref.file}#${ref.row}`);
    if (!r) return fail(W, `${where}: ledger ${ref.file}#${ref.row} is not an entry row`);
    if (r.date !== ref.date || r.amount !== decToMinor(ref.amount))
      fail(
        W,
        `${where}: ledger ${ref.file}#${ref.row} reads ${r.date} ${r.amount}, truth says ${ref.date} ${ref.amount}`,
      );
    return r;
  };
  const seenBank = new Set();
  const ledgerUse = new Map(); // key → set of owners
  const use = (ref, owner) => {
    const k = `${ref.file}#${ref.row}`;
    if (!ledgerUse.has(k)) ledgerUse.set(k, new Set());
    ledgerUse.get(k).add(owner);
  };
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const groups = new Map();
  for (const e of truth.bank) if (e.group) groups.set(e.group, [...(groups.get(e.group) ?? []), e]);
  const counts = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  for (const e of truth.bank) {
    const key = `${e.ref.file}#${e.ref.row}`;
    const where = `bank ${key}`;
    const b = bankByRow.get(key);
    if (!b) {
      fail(W, `${where}: not a money row of the statement`);
      continue;
    }
    if (seenBank.has(key)) fail(W, `${where}: listed twice`);
    seenBank.add(key);
    if (b.date !== e.ref.date || b.amount !== decToMinor(e.ref.amount) || b.text !== e.ref.text)
      fail(
        W,
        `${where}: file reads ${b.date} ${b.amount} "${b.text}", truth ${e.ref.date} ${e.ref.amount} "${e.ref.text}"`,
      );
    if ((e.ref.reference ?? '') !== b.reference) fail(W, `${where}: reference differs`);
    counts[e.decision] = (counts[e.decision] ?? 0) + 1;
    if (expectOf[e.decision] !== e.expect) fail(W, `${where}: decision ${e.decision} with expect ${e.expect}`);
    if ('mustNotAuto' in e && e.decision !== 'suggest') fail(W, `${where}: mustNotAuto on a ${e.decision} line`);
    if (e.decision === 'suggest' && typeof e.mustNotAuto !== 'boolean')
      fail(W, `${where}: suggest without mustNotAuto`);
    if ('difference' in e && e.decision !== 'auto') fail(W, `${where}: difference on a ${e.decision} line`);
    if (e.decision === 'auto' || e.decision === 'suggest') {
      const sets = e.ledgerAnyOf ?? [e.ledger];
      if (e.ledgerAnyOf && (e.ledger !== null || e.ambiguous !== true))
        fail(W, `${where}: ledgerAnyOf needs ledger null and ambiguous true`);
      if (!sets.length || sets.some((s) => !s || !s.length)) fail(W, `${where}: match without ledger rows`);
      for (const s of sets) {
        const rows = s.map((ref) => checkLedgerRef(ref, where)).filter(Boolean);
        for (const ref of s) use(ref, e.group ?? key);
        const lsum = rows.reduce((t, r) => t + r.amount, 0);
        const bsum = e.group ? groups.get(e.group).reduce((t, x) => t + decToMinor(x.ref.amount), 0) : b.amount;
        const diff = bsum - lsum;
        if (Math.sign(lsum) !== Math.sign(b.amount)) fail(W, `${where}: ledger sum of the other sign`);
        if (e.decision === 'auto') {
          if (diff !== 0 && e.difference === undefined) fail(W, `${where}: auto with difference ${diff} not stated`);
          if (e.difference !== undefined && decToMinor(e.difference) !== diff)
            fail(W, `${where}: difference ${e.difference} ≠ ${diff}`);
          if (Math.abs(diff) * 10 > Math.abs(lsum)) fail(W, `${where}: auto gap above 10 %`);
          if (diff > 0 && !e.traits.includes('over-payment'))
            fail(W, `${where}: positive difference without over-payment trait`);
          if (diff < 0 && !e.traits.some((t) => t.startsWith('short-')))
            fail(W, `${where}: negative difference without a short-* trait`);
        }
        if (e.ledgerAnyOf && e.traits.includes('twins') && diff !== 0) fail(W, `${where}: twin of a different amount`);
      }
      if (e.decision === 'suggest' && e.ledgerAnyOf && e.mustNotAuto !== true)
        fail(W, `${where}: tie without mustNotAuto`);
      if (e.decision === 'auto' && e.ledgerAnyOf && !e.traits.includes('twins'))
        fail(W, `${where}: auto ledgerAnyOf only for twins`);
    } else {
      if (!Array.isArray(e.ledger) || e.ledger.length) fail(W, `${where}: ${e.decision} must have ledger []`);
    }
    if (e.decision === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(e.kind))
      fail(W, `${where}: bank-only kind ${e.kind}`);
    if (e.decision !== 'bank-only' && e.kind !== null) fail(W, `${where}: kind on a ${e.decision} line`);
    if (e.decision === 'reversal-pair') {
      const p = e.partner && truth.bank.find((x) => x.ref.file === e.partner.file && x.ref.row === e.partner.row);
      if (!p || p.decision !== 'reversal-pair' || p.partner.row !== e.ref.row)
        fail(W, `${where}: partner does not point back`);
      else if (decToMinor(p.ref.amount) !== -b.amount) fail(W, `${where}: reversal pair does not cancel`);
    }
  }
  for (const k of bankByRow.keys()) if (!seenBank.has(k)) fail(W, `bank ${k}: money row missing from truth`);
  for (const [g, es] of groups)
    if (es.length < 2 || new Set(es.map((x) => JSON.stringify(x.ledger))).size !== 1)
      fail(W, `group ${g}: needs 2+ lines with the same ledger`);

  for (const lo of truth.ledgerOnly) {
    checkLedgerRef(lo, 'ledgerOnly');
    use(lo, 'ledgerOnly');
    if (!lo.why) fail(W, `ledgerOnly ${lo.row}: no why`);
  }
  for (const [k, owners] of ledgerUse) {
    // twins share their two rows between their two lines; everything else belongs to one owner
    const own = [...owners];
    const twinOwners = own.every((o) =>
      truth.bank.find((x) => `${x.ref.file}#${x.ref.row}` === o)?.traits.includes('twins'),
    );
    if (own.length > 1 && !twinOwners) fail(W, `ledger ${k} used by ${own.join(', ')}`);
  }
  for (const k of ledgerByRow.keys()) if (!ledgerUse.has(k)) fail(W, `ledger ${k}: not accounted for in truth`);

  // ---- reconcile JSON per bank file
  for (const bf of truth.bankFiles) {
    const jpath = join(dir, `reconcile.${bf.file}.json`);
    const doc = JSON.parse(readFileSync(jpath, 'utf8'));
    if (!validateDoc(doc)) fail(W, `reconcile JSON schema: ${ajv.errorsText(validateDoc.errors)}`);
    if (JSON.stringify(Object.keys(doc.options ?? {})) !== '["timezone"]' || doc.options.timezone !== truth.timezone)
      fail(W, 'options must hold only the timezone');
    if (doc.statement?.bankBalance !== bf.closingBalance) fail(W, 'statement.bankBalance ≠ closing balance');
    const book = truth.ledgerFiles[0].closingBalance;
    if (doc.statement?.bookBalance !== book) fail(W, 'statement.bookBalance ≠ books closing balance');
    const want = [...bankByRow.entries()].filter(([k]) => k.startsWith(`${bf.file}#`));
    if (doc.bank.length !== want.length) fail(W, `JSON has ${doc.bank.length} bank lines, file ${want.length}`);
    for (const l of doc.bank) {
      const r = bankByRow.get(l.id);
      if (
        !r ||
        decToMinor(l.amount) !== r.amount ||
        l.date !== r.date ||
        l.currency !== truth.currency ||
        l.narration !== r.text ||
        decToMinor(l.balance) !== r.balance
      )
        fail(W, `JSON bank ${l.id} differs from the file`);
    }
    if (doc.ledger.length !== ledgerByRow.size)
      fail(W, `JSON has ${doc.ledger.length} ledger rows, files ${ledgerByRow.size}`);
    for (const l of doc.ledger) {
      const r = ledgerByRow.get(l.id);
      if (!r || decToMinor(l.amount) !== r.amount || l.date !== r.date)
        fail(W, `JSON ledger ${l.id} differs from the file`);
      if (r && (l.description ?? '') !== r.text) fail(W, `JSON ledger ${l.id} description differs from the file`);
    }
  }

  // ---- index.json
  const ix = index.sets.find((s) => s.set === set);
  if (!ix) fail(W, 'not in index.json');
  else {
    for (const d of Object.keys(counts))
      if (ix.decisions[d] !== counts[d]) fail(W, `index.json ${d} ${ix.decisions[d]} ≠ ${counts[d]}`);
    if (ix.bankLines !== bankByRow.size || ix.ledgerRows !== ledgerByRow.size) fail(W, 'index.json line counts differ');
  }
  summary.push({
    set,
    bank: bankByRow.size,
    ledger: ledgerByRow.size,
    ...counts,
    mustNotAuto: truth.bank.filter((e) => e.mustNotAuto).length,
    ledgerOnly: truth.ledgerOnly.length,
  });
}

console.table(summary);
if (errors.length) {
  console.error(`${errors.length} problem(s):\n${errors.slice(0, 80).join('\n')}`);
  process.exit(1);
}
console.log('holdout19: all files re-read, every truth row cross-checked, reconcile JSON schema-valid');
