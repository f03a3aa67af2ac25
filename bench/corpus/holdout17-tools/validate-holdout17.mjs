#!/usr/bin/env node
// Checks bench/corpus/holdout17/** independently of the generator: re-reads every CSV, ties every truth row to
// its file row (date, amount, text), re-adds the running balances, checks the decisions' internal consistency,
// validates every reconcile JSON against docs/reconcile-input.schema.json and recounts index.json.
//   node bench/corpus/holdout17-tools/validate-holdout17.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../holdout17');
const SCHEMA = path.resolve(HERE, '../../../docs/reconcile-input.schema.json');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// Money as integer minor units, parsed from text without floats.
function minor(s) {
  const t = String(s).trim().replace(/,/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) return null;
  const v = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -v : v;
}
const fmt = (v) => `${v < 0 ? '-' : ''}${Math.floor(Math.abs(v) / 100)}.${String(Math.abs(v) % 100).padStart(2, '0')}`;
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
function isoDate(s) {
  const t = String(s).trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2})?$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(t);
  if (m && MON[m[2]]) return `${m[3]}-${String(MON[m[2]]).padStart(2, '0')}-${m[1]}`;
  return null;
}

// Column roles of each bank layout: the mapping in readOptions, else the documented preset's header.
const PRESET_COLUMNS = {
  'za-nedbank': { date: 'Transaction Date', description: 'Description', amount: 'Amount', balance: 'Balance' },
  'ke-mpesa-organisation-statement': {
    date: 'Completion Time',
    description: 'Details',
    moneyIn: 'Paid In',
    moneyOut: 'Withdrawn',
    balance: 'Balance',
  },
};
function bankColumns(bf, header) {
  if (bf.readOptions?.mapping) return bf.readOptions.mapping;
  for (const cols of Object.values(PRESET_COLUMNS))
    if (Object.values(cols).every((c) => header.includes(c))) return cols;
  return null;
}

function readCsv(file) {
  const text = fs.readFileSync(file, 'utf8');
  return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false });
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
const DECISION_EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown']);

for (const entry of index.sets) {
  const dir = path.join(ROOT, entry.set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const W = truth.set;
  const key = (f, r) => `${f}#${r}`;

  // ---------------------------------------------------------------- bank files
  const bankRows = new Map(); // key → { date, amount, text }
  for (const bf of truth.bankFiles) {
    const rows = readCsv(path.join(dir, bf.file));
    const header = rows[bf.headerRow - 1];
    const cols = bankColumns(bf, header);
    if (!cols) {
      fail(`${W}/${bf.file}`, `header row ${bf.headerRow} matches no known layout: ${header.join('|')}`);
      continue;
    }
    const at = (name) => header.indexOf(name);
    for (const [role, name] of Object.entries(cols))
      if (typeof name === 'string' && at(name) < 0)
        fail(`${W}/${bf.file}`, `mapped column "${name}" (${role}) missing`);
    const found = [];
    for (let i = bf.headerRow; i < rows.length; i++) {
      const r = rows[i];
      const date = isoDate(r[at(cols.date)] ?? '');
      let amount = null;
      if (cols.amount) amount = minor(r[at(cols.amount)] ?? '');
      else {
        const mi = minor(r[at(cols.moneyIn)] || '0');
        const mo = minor(r[at(cols.moneyOut)] || '0');
        if ((r[at(cols.moneyIn)] ?? '') !== '' || (r[at(cols.moneyOut)] ?? '') !== '') amount = mi - Math.abs(mo);
      }
      if (!date || amount === null) continue;
      const balance = minor(r[at(cols.balance)]);
      found.push({ row: i + 1, date, amount, text: r[at(cols.description)], balance });
      bankRows.set(key(bf.file, i + 1), { date, amount, text: r[at(cols.description)] });
    }
    // Running balance in posting order.
    const chron = bf.order === 'newest-first' ? [...found].reverse() : found;
    let bal = minor(bf.openingBalance);
    for (const f of chron) {
      bal += f.amount;
      if (bal !== f.balance) fail(`${W}/${bf.file}`, `row ${f.row}: balance ${fmt(f.balance)} ≠ running ${fmt(bal)}`);
    }
    if (fmt(bal) !== bf.closingBalance) fail(`${W}/${bf.file}`, `closing ${bf.closingBalance} ≠ ${fmt(bal)}`);
    const truthRows = truth.bank.filter((b) => b.ref.file === bf.file).map((b) => b.ref.row);
    const fileRows = found.map((f) => f.row);
    if (truthRows.join() !== fileRows.join())
      fail(`${W}/${bf.file}`, "truth bank rows are not the file's money rows in file order");
  }

  // ---------------------------------------------------------------- ledger files
  const ledgerRows = new Map();
  const nonEntry = new Set();
  for (const lf of truth.ledgerFiles) {
    const rows = readCsv(path.join(dir, lf.file));
    const header = rows[lf.headerRow - 1];
    const at = (n) => header.indexOf(n);
    for (const n of lf.nonEntryRows ?? []) nonEntry.add(key(lf.file, n.row));
    for (let i = lf.headerRow; i < rows.length; i++) {
      const r = rows[i];
      const date = isoDate(r[at('Date')] ?? '');
      if (!date) continue;
      let amount;
      if (at('Amount') >= 0) amount = minor(r[at('Amount')]);
      else amount = minor(r[at('Debit')] || '0') - minor(r[at('Credit')] || '0');
      if (amount === null) fail(`${W}/${lf.file}`, `row ${i + 1}: unreadable amount`);
      ledgerRows.set(key(lf.file, i + 1), { date, amount });
    }
  }
  const checkLedgerRef = (where, l) => {
    const f = ledgerRows.get(key(l.file, l.row));
    if (!f) return fail(where, `ledger ${l.file}#${l.row} is not a dated money row`);
    if (f.date !== l.date || fmt(f.amount) !== l.amount)
      fail(where, `ledger ${l.file}#${l.row} reads ${f.date} ${fmt(f.amount)}, truth ${l.date} ${l.amount}`);
    if (nonEntry.has(key(l.file, l.row))) fail(where, `ledger ${l.file}#${l.row} is a non-entry row`);
  };

  // ---------------------------------------------------------------- truth semantics
  const used = new Map(); // ledger key → group or anyOf signature
  const groups = new Map();
  for (const b of truth.bank) {
    const where = `${W}/${b.ref.file}#${b.ref.row}`;
    const f = bankRows.get(key(b.ref.file, b.ref.row));
    if (!f) fail(where, 'not a money row of the file');
    else if (f.date !== b.ref.date || fmt(f.amount) !== b.ref.amount || f.text !== b.ref.text)
      fail(where, `ref differs from the file: ${f.date} ${fmt(f.amount)} ${f.text}`);
    if (DECISION_EXPECT[b.decision] !== b.expect) fail(where, `decision ${b.decision} with expect ${b.expect}`);
    if (b.mustNotAuto && b.decision !== 'suggest') fail(where, 'mustNotAuto outside suggest');
    if (!Array.isArray(b.traits) || !b.traits.length || b.traits.some((t) => !/^[a-z0-9.]+(-[a-z0-9.]+)*$/.test(t)))
      fail(where, `traits ${b.traits}`);
    const isMatch = b.expect === 'match';
    if (b.ledgerAnyOf) {
      if (b.ledger !== null || !b.ambiguous || b.ledgerAnyOf.length < 2)
        fail(where, 'ledgerAnyOf needs ledger null, ambiguous true, two or more sets');
      const sig = JSON.stringify(b.ledgerAnyOf.map((s) => s.map((l) => key(l.file, l.row)).sort()).sort());
      for (const s of b.ledgerAnyOf)
        for (const l of s) {
          checkLedgerRef(where, l);
          const k = key(l.file, l.row);
          if (used.has(k) && used.get(k) !== sig) fail(where, `ledger ${k} used elsewhere`);
          used.set(k, sig);
        }
    } else {
      if (b.ambiguous) fail(where, 'ambiguous without ledgerAnyOf');
      if (!Array.isArray(b.ledger)) fail(where, 'ledger must be a list');
      else if (isMatch !== b.ledger.length > 0) fail(where, `${b.decision} with ${b.ledger.length} ledger rows`);
      for (const l of b.ledger ?? []) {
        checkLedgerRef(where, l);
        const k = key(l.file, l.row);
        if (used.has(k) && used.get(k) !== b.group) fail(where, `ledger ${k} used by two groups`);
        used.set(k, b.group);
      }
    }
    if (isMatch && !b.group) fail(where, 'match without group');
    if (!isMatch && (b.group || b.evidence)) fail(where, 'group/evidence on a non-match');
    if (isMatch && !['reference', 'counterparty', 'amount'].includes(b.evidence)) fail(where, `evidence ${b.evidence}`);
    if (b.decision === 'bank-only' ? !KINDS.has(b.kind) : b.kind !== null) fail(where, `kind ${b.kind}`);
    if (b.difference !== undefined && b.decision !== 'auto') fail(where, 'difference outside auto');
    if (b.decision === 'reversal-pair') {
      const p = b.partner && truth.bank.find((x) => x.ref.file === b.partner.file && x.ref.row === b.partner.row);
      if (
        !p ||
        p.decision !== 'reversal-pair' ||
        p.partner?.row !== b.ref.row ||
        minor(p.ref.amount) !== -minor(b.ref.amount)
      )
        fail(where, 'reversal partner does not pair back with the opposite amount');
    } else if (b.partner !== null) fail(where, 'partner outside reversal-pair');
    if (b.group) {
      const g = groups.get(b.group) ?? [];
      g.push(b);
      groups.set(b.group, g);
    }
  }
  for (const [g, lines] of groups) {
    const sets = new Set(lines.map((b) => JSON.stringify(b.ledger ?? b.ledgerAnyOf)));
    if (sets.size !== 1 || new Set(lines.map((b) => b.decision)).size !== 1)
      fail(`${W} ${g}`, 'lines of one group disagree');
    const b0 = lines[0];
    if (b0.decision === 'auto') {
      const led = b0.ledger ?? b0.ledgerAnyOf[0];
      const diff = lines.reduce((s, b) => s + minor(b.ref.amount), 0) - led.reduce((s, l) => s + minor(l.amount), 0);
      for (const b of lines)
        if ((b.difference ?? null) !== (diff ? fmt(diff) : null))
          fail(`${W} ${g}`, `difference ${b.difference} ≠ ${fmt(diff)}`);
      // An auto group is never a guess: an unexplained gap above 10 % would be a part payment.
      if (Math.abs(diff) * 10 > Math.abs(led.reduce((s, l) => s + minor(l.amount), 0)))
        fail(`${W} ${g}`, 'auto group with a gap above 10 %');
    }
  }
  for (const lo of truth.ledgerOnly) {
    checkLedgerRef(`${W} ledgerOnly`, lo);
    if (used.has(key(lo.file, lo.row))) fail(`${W} ledgerOnly`, `${lo.file}#${lo.row} is also matched`);
    if (!lo.why) fail(`${W} ledgerOnly`, 'without why');
  }
  for (const k of ledgerRows.keys())
    if (!used.has(k) && !nonEntry.has(k) && !truth.ledgerOnly.some((lo) => key(lo.file, lo.row) === k))
      fail(W, `ledger row ${k} is in no expectation, not ledger-only, not a non-entry`);

  // ---------------------------------------------------------------- reconcile JSON
  for (const bf of truth.bankFiles) {
    const name = `reconcile.${bf.file}.json`;
    const doc = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
    if (!validateDoc(doc)) fail(`${W}/${name}`, ajv.errorsText(validateDoc.errors));
    const ids = truth.bank.filter((b) => b.ref.file === bf.file).map((b) => key(b.ref.file, b.ref.row));
    if (doc.bank.map((l) => l.id).join() !== ids.join()) fail(`${W}/${name}`, 'bank ids differ from the truth rows');
    for (const l of doc.bank) {
      const b = truth.bank.find((x) => key(x.ref.file, x.ref.row) === l.id);
      if (b && (b.ref.amount !== l.amount || b.ref.date !== l.date || b.ref.text !== l.narration))
        fail(`${W}/${name}`, `${l.id} differs from truth`);
      if (l.currency !== truth.currency) fail(`${W}/${name}`, `${l.id} currency ${l.currency}`);
    }
    const ledIds = new Set(doc.ledger.map((e) => e.id));
    for (const e of doc.ledger) {
      const f = ledgerRows.get(e.id);
      if (!f || f.date !== e.date || fmt(f.amount) !== e.amount)
        fail(`${W}/${name}`, `ledger ${e.id} differs from the file`);
      if (nonEntry.has(e.id)) fail(`${W}/${name}`, `ledger ${e.id} is a non-entry row`);
    }
    for (const b of truth.bank.filter((x) => x.ref.file === bf.file))
      for (const l of b.ledger ?? b.ledgerAnyOf.flat())
        if (!ledIds.has(key(l.file, l.row)))
          fail(`${W}/${name}`, `truth ledger ${l.file}#${l.row} of ${b.ref.row} not in the document`);
    if (doc.statement?.bankBalance !== bf.closingBalance)
      fail(`${W}/${name}`, 'statement bankBalance ≠ closing balance');
  }
  const docLedger = new Set(
    truth.bankFiles.flatMap((bf) =>
      JSON.parse(fs.readFileSync(path.join(dir, `reconcile.${bf.file}.json`), 'utf8')).ledger.map((e) => e.id),
    ),
  );
  for (const k of ledgerRows.keys())
    if (!nonEntry.has(k) && !docLedger.has(k)) fail(W, `ledger row ${k} in no reconcile document`);

  // ---------------------------------------------------------------- index counts
  const c = entry.counts;
  const n = (p) => truth.bank.filter(p).length;
  const expectCounts = {
    bankLines: truth.bank.length,
    auto: n((b) => b.decision === 'auto'),
    suggest: n((b) => b.decision === 'suggest'),
    mustNotAuto: n((b) => b.mustNotAuto),
    bankOnly: n((b) => b.decision === 'bank-only'),
    reversalPair: n((b) => b.decision === 'reversal-pair'),
    none: n((b) => b.decision === 'none'),
    ledgerRows: [...ledgerRows.keys()].filter((k) => !nonEntry.has(k)).length,
    ledgerOnly: truth.ledgerOnly.length,
  };
  for (const [k, v] of Object.entries(expectCounts)) if (c[k] !== v) fail(`${W} index`, `${k} ${c[k]} ≠ ${v}`);
  console.log(`${W}: ${truth.bank.length} bank lines, ${expectCounts.ledgerRows} ledger rows checked`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout17: all checks passed');
