// Validator of bench/corpus/holdout4: schema-checks every reconcile JSON and cross-checks every truth ref
// (date, amount, text) against the rows of the files as a spreadsheet shows them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', 'holdout4');
const SCHEMA = JSON.parse(readFileSync(join(HERE, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(SCHEMA);

// columns of each file layout: date, amount (signed | in/out (+fee)), text
const LAYOUTS = {
  Nr: { date: 'Posting Date', in: 'Money In', out: 'Money Out', fee: 'Fee', text: 'Description' }, // Capitec
  'Posted Date': { date: 'Posted Date', in: 'Credit', out: 'Debit', text: 'Description' }, // Access
  'Tran Date': { date: 'Tran Date', in: 'Deposits', out: 'Withdrawals', text: 'Particulars' }, // Equity
  'Transaction Date': { date: 'Transaction Date', in: 'Credit', out: 'Debit', text: 'Description' }, // Ecobank
  'Transaction Details': { date: 'Date', in: 'Debit', out: 'Credit' }, // Zoho (book side)
  'Transaction Type': { date: 'Date', signed: 'Amount' }, // QuickBooks Online GL
  Contact: { date: 'Date', in: 'Debit', out: 'Credit' }, // Sage Business Cloud (book side)
  Source: { date: 'Date', in: 'Debit', out: 'Credit' }, // Xero (book side)
};
const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function isoDate(s) {
  s = String(s).trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{1,2})[-\s]([A-Za-z]{3})[-\s](\d{4})$/.exec(s)))
    return `${m[3]}-${p2(MONTHS[m[2].toLowerCase()])}-${p2(m[1])}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`; // all files here are day-first
  return null;
}
const minor = (v) => {
  if (v === undefined || v === null || String(v).trim() === '') return 0;
  if (typeof v === 'number') return Math.round(v * 100);
  return Math.round(Number(String(v).replace(/,/g, '')) * 100);
};
const dec = (m) => `${m < 0 ? '-' : ''}${Math.floor(Math.abs(m) / 100)}.${p2(Math.abs(m) % 100)}`;

function loadRows(path) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path));
    return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, blankrows: true, defval: '' });
  }
  return parse(readFileSync(path, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
}

let problems = 0;
const fail = (msg) => {
  problems++;
  console.error('✗', msg);
};

function fileView(dir, file, headerRow) {
  const rows = loadRows(join(dir, file));
  const header = rows[headerRow - 1].map((h) => String(h).trim());
  const key = Object.keys(LAYOUTS).find((k) => header.includes(k));
  if (!key) throw new Error(`${file}: unknown layout ${header.join('|')}`);
  const lay = LAYOUTS[key];
  const col = (name) => header.indexOf(name);
  const cell = (row, name) => (col(name) < 0 ? undefined : rows[row - 1]?.[col(name)]);
  const amountAt = (row) =>
    lay.signed
      ? minor(cell(row, lay.signed))
      : Math.abs(minor(cell(row, lay.in))) -
        Math.abs(minor(cell(row, lay.out))) -
        (lay.fee ? Math.abs(minor(cell(row, lay.fee))) : 0);
  const dateAt = (row) => isoDate(cell(row, lay.date));
  const textAt = (row) => (lay.text ? String(cell(row, lay.text)) : null);
  const moneyRows = [];
  for (let r = headerRow + 1; r <= rows.length; r++)
    if (dateAt(r) && (amountAt(r) !== 0 || (lay.fee && minor(cell(r, lay.fee)) !== 0))) moneyRows.push(r);
  return { rows, amountAt, dateAt, textAt, moneyRows };
}

function checkRef(view, ref, what) {
  const d = view.dateAt(ref.row);
  const a = dec(view.amountAt(ref.row));
  if (d !== ref.date) fail(`${what}: row ${ref.row} date ${d} ≠ ${ref.date}`);
  if (a !== ref.amount) fail(`${what}: row ${ref.row} amount ${a} ≠ ${ref.amount}`);
  if (ref.text !== undefined && view.textAt(ref.row) !== ref.text)
    fail(`${what}: row ${ref.row} text "${view.textAt(ref.row)}" ≠ "${ref.text}"`);
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const dir = join(ROOT, entry.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const views = {};
  for (const f of [...truth.bankFiles, ...truth.ledgerFiles]) views[f.file] = fileView(dir, f.file, f.headerRow);
  const nonEntry = new Set(truth.ledgerFiles.flatMap((f) => (f.nonEntryRows ?? []).map((n) => `${f.file}#${n.row}`)));
  // bank: one truth entry per row with money, in file order
  for (const bf of truth.bankFiles) {
    const rowsInTruth = truth.bank.filter((b) => b.ref.file === bf.file).map((b) => b.ref.row);
    const want = views[bf.file].moneyRows;
    if (JSON.stringify(rowsInTruth) !== JSON.stringify(want))
      fail(`${entry.set}: truth bank rows of ${bf.file} are not the file's money rows in order`);
  }
  const usedLedger = new Map();
  const groups = new Map();
  for (const b of truth.bank) {
    const w = `${entry.set} ${b.ref.file}#${b.ref.row}`;
    checkRef(views[b.ref.file], b.ref, w);
    for (const l of b.ledger) checkRef(views[l.file], l, `${w} → ledger`);
    for (const set of b.ledgerAnyOf ?? []) for (const l of set) checkRef(views[l.file], l, `${w} → ledgerAnyOf`);
    if (!['match', 'bank-only', 'reversal-pair', 'no-counterpart'].includes(b.expect)) fail(`${w}: expect ${b.expect}`);
    if (b.expect === 'match') {
      if (!b.ledger.length) fail(`${w}: match without ledger rows`);
      if (!b.group) fail(`${w}: match without group`);
      if (!['reference', 'counterparty', 'amount'].includes(b.evidence)) fail(`${w}: evidence ${b.evidence}`);
      const key = b.ledger
        .map((l) => `${l.file}#${l.row}`)
        .sort()
        .join(',');
      if (groups.has(b.group) && groups.get(b.group) !== key) fail(`${w}: group ${b.group} with different ledger rows`);
      groups.set(b.group, key);
      for (const l of b.ledger) {
        const id = `${l.file}#${l.row}`;
        if (nonEntry.has(id)) fail(`${w}: matched to a non-entry row ${id}`);
        const g = usedLedger.get(id);
        if (g && g !== b.group) fail(`${w}: ledger ${id} used by groups ${g} and ${b.group}`);
        usedLedger.set(id, b.group);
      }
    } else if (b.ledger.length) fail(`${w}: ${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(b.kind))
      fail(`${w}: bank-only kind ${b.kind}`);
    if (b.expect !== 'bank-only' && b.kind !== null) fail(`${w}: kind on ${b.expect}`);
    if (b.ambiguous !== Boolean(b.ledgerAnyOf)) fail(`${w}: ambiguous/ledgerAnyOf disagree`);
    if (b.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.file === b.partner?.file && x.ref.row === b.partner?.row);
      if (!p || p.expect !== 'reversal-pair' || p.partner.row !== b.ref.row) fail(`${w}: partner not symmetric`);
      if (p && Number(p.ref.amount) * Number(b.ref.amount) >= 0) fail(`${w}: reversal pair of the same sign`);
    }
  }
  for (const l of truth.ledgerOnly) {
    checkRef(views[l.file], l, `${entry.set} ledgerOnly`);
    if (usedLedger.has(`${l.file}#${l.row}`)) fail(`${entry.set}: ledger-only row ${l.row} is also matched`);
  }
  // reconcile JSON per bank file
  for (const bf of truth.bankFiles) {
    const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
    if (!validateDoc(doc)) fail(`${entry.set} reconcile.${bf.file}.json: ${ajv.errorsText(validateDoc.errors)}`);
    const truthIds = truth.bank.filter((b) => b.ref.file === bf.file).map((b) => `${b.ref.file}#${b.ref.row}`);
    if (JSON.stringify(doc.bank.map((b) => b.id)) !== JSON.stringify(truthIds))
      fail(`${entry.set}: reconcile bank ids ≠ truth rows`);
    for (const b of doc.bank) {
      const t = truth.bank.find((x) => `${x.ref.file}#${x.ref.row}` === b.id);
      if (t && (t.ref.amount !== b.amount || t.ref.date !== b.date || t.ref.text !== b.narration))
        fail(`${entry.set}: reconcile ${b.id} differs from truth`);
    }
    const ledgerIds = new Set(doc.ledger.map((l) => l.id));
    for (const id of usedLedger.keys())
      if (!ledgerIds.has(id)) fail(`${entry.set}: matched ledger ${id} missing from reconcile JSON`);
    for (const l of truth.ledgerOnly)
      if (!ledgerIds.has(`${l.file}#${l.row}`)) fail(`${entry.set}: ledger-only ${l.row} missing from reconcile JSON`);
    for (const l of doc.ledger) {
      const [file, row] = l.id.split('#');
      checkRef(
        views[file],
        { file, row: Number(row), date: l.date, amount: l.amount },
        `${entry.set} reconcile ledger ${l.id}`,
      );
    }
    if (doc.ledger.length !== usedLedger.size + truth.ledgerOnly.length)
      fail(`${entry.set}: reconcile ledger holds rows neither matched nor ledger-only`);
    if (doc.bank.at(-1).balance !== bf.closingBalance) fail(`${entry.set}: last balance ≠ closing balance`);
  }
  // index counts
  const c = (x) => truth.bank.filter((b) => b.expect === x).length;
  const counts = {
    bankLines: truth.bank.length,
    match: c('match'),
    bankOnly: c('bank-only'),
    reversalPair: c('reversal-pair'),
    noCounterpart: c('no-counterpart'),
    ledgerOnly: truth.ledgerOnly.length,
  };
  for (const [k, v] of Object.entries(counts)) if (entry[k] !== v) fail(`${entry.set}: index ${k} ${entry[k]} ≠ ${v}`);
  if (truth.bank.length < 120 || truth.bank.length > 220)
    fail(`${entry.set}: ${truth.bank.length} bank lines (want 120–220)`);
  console.log(
    `${entry.set}: ${truth.bank.length} bank lines, ${usedLedger.size} matched ledger rows, ${truth.ledgerOnly.length} ledger-only checked`,
  );
}
if (problems) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
console.log('holdout4: all checks passed');
