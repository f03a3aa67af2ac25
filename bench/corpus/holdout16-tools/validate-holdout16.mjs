#!/usr/bin/env node
// Checks bench/corpus/holdout16: every reconcile document against docs/reconcile-input.schema.json, every file
// re-read on its own (row numbers, dates, amounts, running balances), and every truth file against the files and
// itself (one expectation per bank row, each ledger row used once, groups, differences, partners, counts).
// Reads the files with its own small reader, never the project's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { dec, parseMinor, parseDate } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../holdout16');
const SCHEMA = path.resolve(HERE, '../../../docs/reconcile-input.schema.json');

const errors = [];
const fail = (set, msg) => errors.push(`${set}: ${msg}`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));

function readCsv(file) {
  const rows = parse(fs.readFileSync(file, 'utf8'), { relax_column_count: true, skip_empty_lines: false, bom: true });
  return rows; // rows[i] is file line i + 1 (no cell spans lines in these files)
}

const BANK_COLUMNS = {
  'za-absa': { date: 'Date', description: 'Transaction Description', amount: 'Amount', balance: 'Balance' },
};
const LEDGER_COLUMNS = {
  'quickbooks-general-ledger': { date: 'Date', amount: 'Amount', balance: 'Balance' },
  'xero-account-transactions': { date: 'Date', moneyIn: 'Debit', moneyOut: 'Credit', balance: 'Running Balance' },
  'general-ledger': { date: 'Date', moneyIn: 'Debit', moneyOut: 'Credit' },
};

/** Rows with a date and money below the header: { row, date, amount, text, balance }. */
function readMoneyRows(set, file, headerRow, cols, order, textCols) {
  const rows = readCsv(file);
  const header = rows[headerRow - 1];
  const ix = {};
  for (const [k, name] of Object.entries(cols)) {
    const i = header.indexOf(name);
    if (i < 0) fail(set, `${path.basename(file)}: header row ${headerRow} has no column "${name}"`);
    ix[k] = i;
  }
  const textIx = textCols.map((n) => header.indexOf(n));
  const out = [];
  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r];
    const rawDate = cells[ix.date] ?? '';
    let date;
    try {
      date = rawDate.trim() ? parseDate(rawDate, order) : null;
    } catch {
      date = null; // section rows, Opening/Closing Balance, Total: not entries
    }
    let amount = null;
    if (ix.amount !== undefined) amount = parseMinor(cells[ix.amount] ?? '');
    else {
      const i = parseMinor(cells[ix.moneyIn] ?? '');
      const o = parseMinor(cells[ix.moneyOut] ?? '');
      if (i != null || o != null) amount = Math.abs(i ?? 0) - Math.abs(o ?? 0);
    }
    if (date && amount == null) fail(set, `${path.basename(file)} row ${r + 1}: a date without money`);
    if (!date) continue;
    const balance = ix.balance !== undefined ? parseMinor(cells[ix.balance] ?? '') : null;
    out.push({ row: r + 1, date, amount, balance, text: textIx.map((i) => cells[i] ?? '').join(' | ') });
  }
  return out;
}

function checkRunning(set, name, rows, opening) {
  let bal = opening;
  for (const r of rows) {
    bal += r.amount;
    if (r.balance != null && r.balance !== bal)
      fail(set, `${name} row ${r.row}: running balance ${dec(r.balance)} but opening + movements = ${dec(bal)}`);
  }
  return bal;
}

const sameRef = (a, b) => a.file === b.file && a.row === b.row;
const key = (r) => `${r.file}#${r.row}`;

const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const set = entry.set;
  const dir = path.join(ROOT, set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];

  // --- bank file
  const bcols = bf.readOptions.mapping
    ? Object.fromEntries(
        Object.entries(bf.readOptions.mapping).filter(([k]) =>
          ['date', 'amount', 'moneyIn', 'moneyOut', 'balance'].includes(k),
        ),
      )
    : BANK_COLUMNS[bf.readOptions.preset];
  const btext = bf.readOptions.mapping
    ? [bf.readOptions.mapping.description]
    : [BANK_COLUMNS[bf.readOptions.preset].description];
  const bankRows = readMoneyRows(
    set,
    path.join(dir, bf.file),
    bf.headerRow,
    bcols,
    bf.readOptions.dateOrder ?? 'DMY',
    btext,
  );
  const closing = checkRunning(set, bf.file, bankRows, parseMinor(bf.openingBalance));
  if (dec(closing) !== bf.closingBalance) fail(set, `bank closing ${dec(closing)} ≠ truth ${bf.closingBalance}`);
  for (const r of bankRows) {
    if (r.date < truth.period.from || r.date > truth.period.to) fail(set, `bank row ${r.row} dated outside the period`);
  }

  // --- ledger file
  const lcols = LEDGER_COLUMNS[lf.readOptions.preset];
  const ledgerRows = readMoneyRows(
    set,
    path.join(dir, lf.file),
    lf.headerRow,
    lcols,
    lf.readOptions.dateOrder ?? 'DMY',
    [],
  );
  const bookClosing = checkRunning(set, lf.file, ledgerRows, parseMinor(bf.openingBalance));
  const ledgerByRow = new Map(ledgerRows.map((r) => [r.row, r]));
  for (const r of ledgerRows) {
    if (r.date < truth.period.from || r.date > truth.period.to)
      fail(set, `ledger row ${r.row} dated outside the period`);
  }

  // --- truth: one entry per bank row, in file order, matching the file
  if (truth.bank.length !== bankRows.length)
    fail(set, `truth has ${truth.bank.length} bank entries, file ${bankRows.length} money rows`);
  truth.bank.forEach((b, i) => {
    const r = bankRows[i];
    if (!r) return;
    if (
      b.ref.file !== bf.file ||
      b.ref.row !== r.row ||
      b.ref.date !== r.date ||
      b.ref.amount !== dec(r.amount) ||
      b.ref.text !== r.text
    )
      fail(set, `truth bank[${i}] ${JSON.stringify(b.ref)} ≠ file row ${r.row} ${r.date} ${dec(r.amount)} ${r.text}`);
  });
  const checkLedgerRef = (l, where) => {
    const r = ledgerByRow.get(l.row);
    if (l.file !== lf.file || !r || r.date !== l.date || dec(r.amount) !== l.amount)
      fail(set, `${where}: ledger ref ${JSON.stringify(l)} does not match the ledger file`);
  };

  // --- truth: decisions and their fields
  const DEC = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const used = new Map(); // ledger key → where
  const use = (l, where) => {
    const k = key(l);
    if (used.has(k)) fail(set, `ledger ${k} used by ${used.get(k)} and ${where}`);
    used.set(k, where);
  };
  const groups = new Map();
  for (const [i, b] of truth.bank.entries()) {
    const where = `bank row ${b.ref.row}`;
    if (DEC[b.decision] !== b.expect) fail(set, `${where}: decision ${b.decision} with expect ${b.expect}`);
    if (b.mustNotAuto && b.decision !== 'suggest') fail(set, `${where}: mustNotAuto outside suggest`);
    if (!Array.isArray(b.traits) || b.traits.some((t) => !/^[a-z0-9.]+(-[a-z0-9.]+)*$/.test(t)))
      fail(set, `${where}: traits not kebab-case`);
    if (!['reference', 'counterparty', 'amount'].includes(b.evidence)) fail(set, `${where}: evidence ${b.evidence}`);
    if (b.decision === 'auto' || b.decision === 'suggest') {
      if (b.ledgerAnyOf) {
        if (b.ledger !== null) fail(set, `${where}: ledgerAnyOf needs ledger: null`);
        if (b.ledgerAnyOf.length < 2) fail(set, `${where}: ledgerAnyOf with fewer than two answers`);
        for (const alt of b.ledgerAnyOf) for (const l of alt) checkLedgerRef(l, where);
      } else if (!b.ledger?.length) fail(set, `${where}: ${b.decision} without ledger rows`);
      else for (const l of b.ledger) checkLedgerRef(l, where);
    } else {
      if (b.ledgerAnyOf || (b.ledger && b.ledger.length)) fail(set, `${where}: ${b.decision} with ledger rows`);
    }
    if (b.decision === 'bank-only' && !['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'].includes(b.kind))
      fail(set, `${where}: bank-only kind ${b.kind}`);
    if (b.decision !== 'bank-only' && b.kind !== null) fail(set, `${where}: kind outside bank-only`);
    if (b.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => b.partner && sameRef(x.ref, b.partner));
      if (!p || p.decision !== 'reversal-pair' || !sameRef(p.partner, b.ref))
        fail(set, `${where}: partner does not point back`);
      else if (parseMinor(p.ref.amount) !== -parseMinor(b.ref.amount))
        fail(set, `${where}: partner amount is not the opposite`);
    } else if (b.partner !== null) fail(set, `${where}: partner outside reversal-pair`);
    if (b.difference && b.decision !== 'auto') fail(set, `${where}: difference outside auto`);
    if (b.group) {
      if (!groups.has(b.group)) groups.set(b.group, []);
      groups.get(b.group).push(b);
    } else if (b.ledger?.length) for (const l of b.ledger) use(l, where);
    if (b.decision === 'auto' && !b.group && b.ledger) {
      const diff = parseMinor(b.ref.amount) - b.ledger.reduce((a, l) => a + parseMinor(l.amount), 0);
      if ((diff ? dec(diff) : undefined) !== b.difference)
        fail(set, `${where}: difference ${b.difference} but sums differ by ${dec(diff)}`);
    }
    void i;
  }
  for (const [g, members] of groups) {
    const l0 = JSON.stringify(members[0].ledger);
    if (members.length < 2) fail(set, `group ${g} has one line`);
    if (members.some((m) => JSON.stringify(m.ledger) !== l0 || m.decision !== members[0].decision))
      fail(set, `group ${g}: members disagree`);
    for (const l of members[0].ledger ?? []) use(l, `group ${g}`);
    if (members[0].decision === 'auto') {
      const diff =
        members.reduce((a, m) => a + parseMinor(m.ref.amount), 0) -
        members[0].ledger.reduce((a, l) => a + parseMinor(l.amount), 0);
      for (const m of members)
        if ((diff ? dec(diff) : undefined) !== m.difference)
          fail(set, `group ${g}: difference ${m.difference}, sums differ by ${dec(diff)}`);
    }
  }
  // ledgerAnyOf rows: used by no plain expectation; every alternative of one line shares its rows with its twin only
  const anyRows = new Set();
  for (const b of truth.bank) for (const alt of b.ledgerAnyOf ?? []) for (const l of alt) anyRows.add(key(l));
  for (const k of anyRows) if (used.has(k)) fail(set, `ledger ${k} is in a ledgerAnyOf and also in ${used.get(k)}`);
  for (const lo of truth.ledgerOnly) {
    checkLedgerRef(lo, 'ledgerOnly');
    if (used.has(key(lo)) || anyRows.has(key(lo))) fail(set, `ledgerOnly ${key(lo)} is also expected to match`);
    if (!lo.why) fail(set, `ledgerOnly ${key(lo)} without why`);
  }
  // every ledger entry is accounted for
  const accounted = new Set([...used.keys(), ...anyRows, ...truth.ledgerOnly.map(key)]);
  for (const r of ledgerRows)
    if (!accounted.has(`${lf.file}#${r.row}`)) fail(set, `ledger row ${r.row} appears nowhere in the truth`);

  // no accidental equal amounts: a single-line expectation has one ledger row of its amount unless twins/ties
  const byAmount = new Map();
  for (const r of ledgerRows) byAmount.set(r.amount, (byAmount.get(r.amount) ?? 0) + 1);
  for (const b of truth.bank) {
    if (b.decision === 'reversal-pair') continue; // the failed attempt carries the payment's amount by nature
    const n = byAmount.get(parseMinor(b.ref.amount)) ?? 0;
    const intended = b.ledgerAnyOf
      ? b.ledgerAnyOf.length
      : b.ledger?.length === 1 && parseMinor(b.ledger[0].amount) === parseMinor(b.ref.amount)
        ? 1
        : 0;
    if (n > intended)
      fail(set, `bank row ${b.ref.row} (${b.ref.amount}): ${n} ledger rows of that amount, ${intended} intended`);
  }
  const bankAmounts = new Set(bankRows.map((r) => r.amount));
  for (const lo of truth.ledgerOnly)
    if (bankAmounts.has(parseMinor(lo.amount))) fail(set, `ledgerOnly row ${lo.row}: a bank line has the same amount`);

  // --- reconcile JSON
  const docName = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(fs.readFileSync(path.join(dir, docName), 'utf8'));
  if (!validateDoc(doc)) fail(set, `${docName}: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.bank.length !== bankRows.length) fail(set, `${docName}: ${doc.bank.length} bank lines`);
  doc.bank.forEach((l, i) => {
    const r = bankRows[i];
    if (
      !r ||
      l.id !== `${bf.file}#${r.row}` ||
      l.date !== r.date ||
      l.amount !== dec(r.amount) ||
      l.currency !== truth.currency
    )
      fail(set, `${docName}: bank[${i}] ${l.id} does not match the file`);
  });
  if (doc.ledger.length !== ledgerRows.length)
    fail(set, `${docName}: ${doc.ledger.length} ledger entries, file ${ledgerRows.length}`);
  doc.ledger.forEach((l, i) => {
    const r = ledgerRows[i];
    if (!r || l.id !== `${lf.file}#${r.row}` || l.date !== r.date || l.amount !== dec(r.amount))
      fail(set, `${docName}: ledger[${i}] ${l.id} does not match the file`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance) fail(set, `${docName}: bankBalance`);
  if (doc.statement.bookBalance !== dec(bookClosing))
    fail(set, `${docName}: bookBalance ${doc.statement.bookBalance} ≠ ${dec(bookClosing)}`);
  if (doc.options.timezone !== truth.timezone) fail(set, `${docName}: timezone`);

  // --- index counts
  const c = entry.counts;
  const cnt = (f) => truth.bank.filter(f).length;
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: ledgerRows.length,
    auto: cnt((b) => b.decision === 'auto'),
    suggest: cnt((b) => b.decision === 'suggest'),
    mustNotAuto: cnt((b) => b.mustNotAuto),
    bankOnly: cnt((b) => b.decision === 'bank-only'),
    reversalPair: cnt((b) => b.decision === 'reversal-pair'),
    none: cnt((b) => b.decision === 'none'),
    ledgerOnly: truth.ledgerOnly.length,
  };
  for (const [k, v] of Object.entries(want)) if (c[k] !== v) fail(set, `index.json counts.${k} = ${c[k]}, truth ${v}`);
  console.log(`${set}: ${bankRows.length} bank rows, ${ledgerRows.length} ledger rows, checked`);
}

if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('holdout16: all checks passed');
