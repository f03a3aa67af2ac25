#!/usr/bin/env node
// Checks bench/corpus/holdout11: every reconcile document against docs/reconcile-input.schema.json, and every
// truth.json against the files it describes (read back here from the CSV/XLSX bytes, not from the generator).
// Exit 1 with the list of problems, else prints a summary per set.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../holdout11');
const schema = JSON.parse(fs.readFileSync(path.resolve(here, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const problems = [];
const bad = (set, msg) => problems.push(`${set}: ${msg}`);

// Money as integer minor units, parsed from the decimal strings and the files' own writings.
function minor(s) {
  if (s === null || s === undefined) return null;
  if (typeof s === 'number') return Math.round(s * 100);
  let t = String(s).trim();
  if (t === '') return null;
  t = t.replace(/KSh\s*/g, '').replaceAll(',', '');
  const neg = t.startsWith('-');
  if (neg) t = t.slice(1);
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`not an amount: ${s}`);
  const v = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return neg ? -v : v;
}
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
function isoDate(v) {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = String(v ?? '').trim();
  let m;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if ((m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(s))) return `${m[3]}-${String(MON[m[2]]).padStart(2, '0')}-${m[1]}`;
  return null;
}

// Rows of a file as arrays of cells, index 0 = spreadsheet row 1.
function rowsOf(file) {
  if (file.endsWith('.xlsx')) {
    const wb = XLSX.read(fs.readFileSync(file), { cellDates: true });
    return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], {
      header: 1,
      raw: true,
      blankrows: true,
      defval: null,
    });
  }
  return parse(fs.readFileSync(file, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
}

// The money rows of a file through its truth mapping: { row → { date, amount, text } }
function moneyRows(file, headerRow, mapping) {
  const rows = rowsOf(file);
  const header = rows[headerRow - 1].map((h) => String(h ?? '').trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${path.basename(file)}: no column "${name}"`);
    return i;
  };
  const out = new Map();
  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells || cells.every((c) => c === null || c === '')) continue;
    const date = isoDate(cells[col(mapping.date)]);
    let amt;
    if (mapping.amount) amt = minor(cells[col(mapping.amount)]);
    else {
      const i = minor(cells[col(mapping.moneyIn)]);
      const o = minor(cells[col(mapping.moneyOut)]);
      amt = i === null && o === null ? null : (i ?? 0) - Math.abs(o ?? 0);
    }
    if (!date || amt === null) continue; // headings, balance b/f, totals
    const descCols = [].concat(mapping.description ?? []);
    out.set(r + 1, { date, amount: amt, text: String(cells[col(descCols[0])] ?? ''), cells, header });
  }
  return out;
}

const bankMapping = (rb) =>
  rb.mapping ?? {
    date: 'Trans. Date',
    description: 'Narration',
    moneyIn: 'Credit',
    moneyOut: 'Debit',
    balance: 'Balance',
  };

const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const set = entry.set;
  const dir = path.join(ROOT, set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bankRows = moneyRows(path.join(dir, bf.file), bf.headerRow, bankMapping(bf.readOptions));
  const ledRows = moneyRows(path.join(dir, lf.file), lf.headerRow, lf.readOptions.mapping);

  // running balance and closing balance of the statement
  {
    const m = bankMapping(bf.readOptions);
    let bal = minor(bf.openingBalance);
    const ordered = [...bankRows.entries()].sort((a, b) => a[0] - b[0]);
    if (bf.order === 'newest-first') ordered.reverse();
    for (const [row, r] of ordered) {
      bal += r.amount;
      const stated = minor(r.cells[r.header.indexOf(m.balance)]);
      if (stated !== bal) bad(set, `bank row ${row}: balance ${stated} but running ${bal}`);
    }
    if (bal !== minor(bf.closingBalance)) bad(set, `closing balance ${bf.closingBalance} but rows end at ${bal}`);
  }

  // every money row of the statement exactly once, with its own date, amount and text
  const seenBank = new Map();
  for (const e of truth.bank) {
    const r = bankRows.get(e.ref.row);
    if (!r) {
      bad(set, `truth bank row ${e.ref.row} is not a money row of ${bf.file}`);
      continue;
    }
    if (r.date !== e.ref.date || r.amount !== minor(e.ref.amount) || r.text !== e.ref.text)
      bad(
        set,
        `bank row ${e.ref.row}: truth ${e.ref.date} ${e.ref.amount} "${e.ref.text}" ≠ file ${r.date} ${r.amount} "${r.text}"`,
      );
    if (seenBank.has(e.ref.row)) bad(set, `bank row ${e.ref.row} in two entries`);
    seenBank.set(e.ref.row, e);
  }
  for (const row of bankRows.keys()) if (!seenBank.has(row)) bad(set, `bank row ${row} has no truth entry`);

  const checkLedgerRef = (l, where) => {
    const r = ledRows.get(l.row);
    if (!r) return bad(set, `${where}: ledger row ${l.row} is not an entry of ${lf.file}`);
    if (l.file !== lf.file) bad(set, `${where}: ledger file ${l.file}`);
    if (r.date !== l.date || r.amount !== minor(l.amount))
      bad(set, `${where}: ledger row ${l.row} is ${r.date} ${r.amount}, truth ${l.date} ${l.amount}`);
  };

  // decisions, fields and sums
  const used = new Map(); // ledger row → where
  const useRow = (row, where) => {
    if (used.has(row) && used.get(row) !== where) bad(set, `ledger row ${row} used by ${used.get(row)} and ${where}`);
    used.set(row, where);
  };
  const groups = new Map();
  for (const e of truth.bank) {
    const key = e.group ?? `row${e.ref.row}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const anyOfGroups = new Map();
  for (const [key, es] of groups) {
    const e0 = es[0];
    const where = `bank ${es.map((e) => e.ref.row).join('+')}`;
    for (const e of es) {
      if (e.decision !== e0.decision) bad(set, `${where}: one group, several decisions`);
      if (JSON.stringify(e.ledger) !== JSON.stringify(e0.ledger))
        bad(set, `${where}: group lines list different ledger rows`);
    }
    const bankSum = es.reduce((t, e) => t + minor(e.ref.amount), 0);
    const diff = e0.difference === undefined ? 0 : minor(e0.difference);
    switch (e0.decision) {
      case 'auto':
      case 'suggest': {
        if (e0.expect !== 'match') bad(set, `${where}: ${e0.decision} but expect ${e0.expect}`);
        if (e0.mustNotAuto && e0.decision !== 'suggest') bad(set, `${where}: mustNotAuto on ${e0.decision}`);
        const options = e0.ledgerAnyOf ?? [e0.ledger];
        if (!options.length || options.some((o) => !o.length)) bad(set, `${where}: ${e0.decision} without ledger rows`);
        if (e0.ledgerAnyOf && e0.ledger.length) bad(set, `${where}: both ledger and ledgerAnyOf`);
        if (e0.ledgerAnyOf && !e0.ambiguous) bad(set, `${where}: ledgerAnyOf without ambiguous`);
        for (const o of options) {
          o.forEach((l) => checkLedgerRef(l, where));
          const ls = o.reduce((t, l) => t + minor(l.amount), 0);
          if (bankSum - ls !== diff) bad(set, `${where}: bank ${bankSum} − ledger ${ls} ≠ difference ${diff}`);
          if (o.some((l) => Math.sign(minor(l.amount)) !== Math.sign(bankSum)))
            bad(set, `${where}: ledger row of the other direction`);
        }
        if (e0.ledgerAnyOf) {
          const k = JSON.stringify(e0.ledgerAnyOf.map((o) => o.map((l) => l.row)));
          anyOfGroups.set(k, (anyOfGroups.get(k) ?? 0) + 1);
        } else e0.ledger.forEach((l) => useRow(l.row, where));
        break;
      }
      case 'bank-only':
        if (e0.expect !== 'bank-only' || !e0.kind || e0.ledger.length)
          bad(set, `${where}: bank-only needs expect bank-only, a kind and no ledger`);
        break;
      case 'none':
        if (e0.expect !== 'no-counterpart' || e0.ledger.length)
          bad(set, `${where}: none needs expect no-counterpart and no ledger`);
        break;
      case 'reversal-pair': {
        const p = e0.partner && seenBank.get(e0.partner.row);
        if (!p || p.partner?.row !== e0.ref.row) bad(set, `${where}: partner not mutual`);
        else if (minor(p.ref.amount) !== -minor(e0.ref.amount)) bad(set, `${where}: partner amount does not cancel`);
        if (e0.ledger.length) bad(set, `${where}: reversal with ledger rows`);
        break;
      }
      default:
        bad(set, `${where}: unknown decision ${e0.decision}`);
    }
    void key;
  }
  // twins/ties: rows of an ledgerAnyOf never used elsewhere, and no more claimants than options
  for (const [k, n] of anyOfGroups) {
    const opts = JSON.parse(k);
    if (n > opts.length) bad(set, `ledgerAnyOf ${k}: ${n} bank entries for ${opts.length} options`);
    for (const row of opts.flat())
      if (used.has(row)) bad(set, `ledgerAnyOf row ${row} is also used by ${used.get(row)}`);
  }
  const inAnyOf = new Set([...anyOfGroups.keys()].flatMap((k) => JSON.parse(k).flat()));
  for (const lo of truth.ledgerOnly) {
    checkLedgerRef(lo, `ledgerOnly ${lo.row}`);
    if (used.has(lo.row) || inAnyOf.has(lo.row)) bad(set, `ledgerOnly row ${lo.row} is also matched`);
    if (!lo.why) bad(set, `ledgerOnly row ${lo.row} without why`);
  }
  const loRows = new Set(truth.ledgerOnly.map((l) => l.row));
  const spare = [...ledRows.keys()].filter((r) => !used.has(r) && !loRows.has(r) && !inAnyOf.has(r));
  if (spare.length) bad(set, `ledger rows in no entry, no ledgerAnyOf and not ledgerOnly: ${spare.join(', ')}`);

  // the reconcile document: schema, and the same rows under "<file>#<row>"
  const doc = JSON.parse(fs.readFileSync(path.join(dir, entry.reconcileJson), 'utf8'));
  if (!validateDoc(doc)) bad(set, `${entry.reconcileJson}: ${ajv.errorsText(validateDoc.errors)}`);
  const docBank = new Map(doc.bank.map((b) => [b.id, b]));
  for (const e of truth.bank) {
    const b = docBank.get(`${bf.file}#${e.ref.row}`);
    if (!b || b.amount !== e.ref.amount || b.date !== e.ref.date)
      bad(set, `reconcile doc lacks bank row ${e.ref.row} as in truth`);
  }
  if (doc.bank.length !== truth.bank.length)
    bad(set, `reconcile doc has ${doc.bank.length} bank lines, truth ${truth.bank.length}`);
  const docLed = new Map(doc.ledger.map((l) => [l.id, l]));
  for (const [row, r] of ledRows) {
    const l = docLed.get(`${lf.file}#${row}`);
    if (!l || minor(l.amount) !== r.amount || l.date !== r.date) bad(set, `reconcile doc lacks ledger row ${row}`);
  }
  if (doc.ledger.length !== ledRows.size)
    bad(set, `reconcile doc has ${doc.ledger.length} ledger rows, file ${ledRows.size}`);

  // index counts
  const c = entry.counts;
  const n = (d) => truth.bank.filter((e) => e.decision === d).length;
  const want = {
    bankLines: truth.bank.length,
    auto: n('auto'),
    suggest: n('suggest'),
    bankOnly: n('bank-only'),
    none: n('none'),
    reversalPair: n('reversal-pair'),
    ledgerRows: ledRows.size,
    ledgerOnly: truth.ledgerOnly.length,
  };
  for (const [k, v] of Object.entries(want)) if (c[k] !== v) bad(set, `index counts.${k} ${c[k]} ≠ ${v}`);
  console.log(`${set}: ${truth.bank.length} bank lines, ${ledRows.size} ledger rows — ${JSON.stringify(want)}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout11: all checks passed');
