// Validates bench/corpus/holdout6/**: reconcile JSON against docs/reconcile-input.schema.json, and every truth ref
// (file, row, date, amount, text) against the written files. Plain Node ESM.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', 'holdout6');
const REPO = path.resolve(HERE, '..', '..', '..');
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const errors = [];
const fail = (m) => errors.push(m);
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
const num = (s) =>
  s == null || s === ''
    ? 0
    : typeof s === 'number'
      ? Math.round(s * 100)
      : Math.round(Number(String(s).replace(/,/g, '')) * 100);
const dec = (m) => (m < 0 ? '-' : '') + Math.floor(Math.abs(m) / 100) + '.' + p2(Math.abs(m) % 100);
const isoDate = (v) => {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${p2(v.getUTCMonth() + 1)}-${p2(v.getUTCDate())}`;
  const s = String(v);
  let m;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})/))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = s.match(/^(\d{2})[/-](\d{2})[/-](\d{4})/))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = s.match(/^(\d{2})-([A-Za-z]{3})-(\d{4})/))) return `${m[3]}-${p2(MON[m[2]])}-${m[1]}`;
  return null;
};
// per file layout: how to read date, signed amount and text of a row (by header name)
const LAYOUTS = [
  [/^moniepoint/, { date: 'Date', amount: (r) => num(r.Credit) - num(r.Debit), text: 'Narration' }],
  [/^im-bank/, { date: 'Txn Date', amount: (r) => num(r.Credit) - num(r.Debit), text: 'Description' }],
  [
    /^mpesa/,
    { date: 'Completion Time', amount: (r) => num(r['Paid In']) - Math.abs(num(r.Withdrawn)), text: 'Details' },
  ],
  [/^zenith/, { date: 'DATE POSTED', amount: (r) => num(r.CREDIT) - num(r.DEBIT), text: 'DESCRIPTION' }],
  [
    /^mtn-momo/,
    { date: 'TRANSACTION DATE', amount: (r) => num(r['BAL AFTER']) - num(r['BAL BEFORE']), text: 'TRANS. TYPE' },
  ],
  [/^investec/, { date: 'Transaction Date', amount: (r) => num(r.Credit) - num(r.Debit), text: 'Description' }],
  [/^erpnext/, { date: 'Posting Date', amount: (r) => num(r['Debit (NGN)']) - num(r['Credit (NGN)']) }],
  [/^wave/, { date: 'Transaction Date', amount: (r) => num(r['Amount (One column)']) }],
  [/^bc-/, { date: 'Posting Date', amount: (r) => num(r.Amount) }],
  [/^sage/, { date: 'Date', amount: (r) => num(r.Debit) - num(r.Credit) }],
];
function loadFile(dir, file, headerRow) {
  const p = path.join(dir, file);
  let aoa;
  if (file.endsWith('.xlsx')) {
    const wb = XLSX.read(fs.readFileSync(p), { cellDates: true });
    aoa = XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: '' });
  } else {
    const text = fs.readFileSync(p, 'utf8');
    aoa = parse(text, { relax_column_count: true, bom: true });
  }
  const header = aoa[headerRow - 1];
  const layout = LAYOUTS.find(([re]) => re.test(file))?.[1];
  if (!layout) throw new Error('no layout for ' + file);
  const rowAt = (row) => {
    const cells = aoa[row - 1];
    if (!cells) return null;
    const o = {};
    header.forEach((h, i) => (o[h] = cells[i] ?? ''));
    return o;
  };
  return { aoa, header, layout, rowAt };
}
function checkRef(files, ref, where, withText) {
  const f = files.get(ref.file);
  if (!f) return fail(`${where}: unknown file ${ref.file}`);
  const r = f.rowAt(ref.row);
  if (!r) return fail(`${where}: row ${ref.row} missing in ${ref.file}`);
  const d = isoDate(r[f.layout.date]);
  if (d !== ref.date) fail(`${where}: ${ref.file}#${ref.row} date ${d} ≠ ${ref.date}`);
  const a = dec(f.layout.amount(r));
  if (a !== ref.amount) fail(`${where}: ${ref.file}#${ref.row} amount ${a} ≠ ${ref.amount}`);
  if (withText && String(r[f.layout.text]) !== ref.text)
    fail(`${where}: ${ref.file}#${ref.row} text "${r[f.layout.text]}" ≠ "${ref.text}"`);
}

const index = JSON.parse(fs.readFileSync(path.join(ROOT, 'index.json'), 'utf8'));
for (const s of index.sets) {
  const dir = path.join(ROOT, s.set);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const files = new Map();
  for (const f of [...truth.bankFiles, ...truth.ledgerFiles]) files.set(f.file, loadFile(dir, f.file, f.headerRow));
  const seenBank = new Set();
  const usedLedger = new Map();
  truth.bank.forEach((b, i) => {
    const where = `${s.set} bank[${i}]`;
    checkRef(files, b.ref, where, true);
    const key = `${b.ref.file}#${b.ref.row}`;
    if (seenBank.has(key)) fail(`${where}: ${key} twice`);
    seenBank.add(key);
    if (!['match', 'bank-only', 'reversal-pair', 'no-counterpart'].includes(b.expect))
      fail(`${where}: expect ${b.expect}`);
    if (b.expect === 'match' && !b.ledger.length) fail(`${where}: match without ledger rows`);
    if (b.expect !== 'match' && b.ledger.length) fail(`${where}: ${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !b.kind) fail(`${where}: bank-only without kind`);
    if (b.expect === 'reversal-pair') {
      if (!b.partner) fail(`${where}: no partner`);
      else checkRef(files, b.partner, where + ' partner', true);
    }
    for (const l of b.ledger) {
      checkRef(files, l, where + ' ledger', false);
      const k = `${l.file}#${l.row}`;
      const owner = b.group ?? key;
      if (usedLedger.has(k) && usedLedger.get(k) !== owner) fail(`${where}: ledger ${k} used by two groups`);
      usedLedger.set(k, owner);
    }
    for (const set of b.ledgerAnyOf ?? []) for (const l of set) checkRef(files, l, where + ' ledgerAnyOf', false);
  });
  // group members share the same ledger rows
  const groups = new Map();
  for (const b of truth.bank)
    if (b.group) {
      const k = JSON.stringify(b.ledger);
      if (groups.has(b.group) && groups.get(b.group) !== k)
        fail(`${s.set}: group ${b.group} with different ledger rows`);
      groups.set(b.group, k);
    }
  for (const l of truth.ledgerOnly) {
    checkRef(files, l, `${s.set} ledgerOnly`, false);
    if (usedLedger.has(`${l.file}#${l.row}`)) fail(`${s.set}: ledgerOnly row ${l.row} also matched`);
  }
  // every bank-file row with money and a date is in the truth
  for (const bf of truth.bankFiles) {
    const f = files.get(bf.file);
    for (let row = bf.headerRow + 1; row <= f.aoa.length; row++) {
      const r = f.rowAt(row);
      if (!isoDate(r[f.layout.date])) continue;
      if (!seenBank.has(`${bf.file}#${row}`)) fail(`${s.set}: ${bf.file} row ${row} has no truth entry`);
    }
    // reconcile document
    const doc = JSON.parse(fs.readFileSync(path.join(dir, `reconcile.${bf.file}.json`), 'utf8'));
    if (!validate(doc)) fail(`${s.set}: reconcile.${bf.file}.json: ${ajv.errorsText(validate.errors)}`);
    const ids = new Set(doc.bank.map((b) => b.id));
    for (const b of truth.bank)
      if (b.ref.file === bf.file && !ids.has(`${b.ref.file}#${b.ref.row}`))
        fail(`${s.set}: ${b.ref.file}#${b.ref.row} not in reconcile doc`);
    const lids = new Set(doc.ledger.map((l) => l.id));
    for (const b of truth.bank)
      if (b.ref.file === bf.file)
        for (const l of b.ledger)
          if (!lids.has(`${l.file}#${l.row}`))
            fail(
              `${s.set}: ledger ${l.file}#${l.row} (for ${b.ref.file}#${b.ref.row}) not in reconcile doc of ${bf.file}`,
            );
    let bal = num(bf.openingBalance);
    for (const b of doc.bank) {
      bal += num(b.amount);
      if (b.balance != null && num(b.balance) !== bal)
        fail(`${s.set}: ${b.id} running balance ${b.balance} ≠ ${dec(bal)}`);
    }
    if (dec(bal) !== bf.closingBalance) fail(`${s.set}: ${bf.file} closing ${dec(bal)} ≠ ${bf.closingBalance}`);
  }
  console.log(
    `${s.set}: ${truth.bank.length} bank rows, ${usedLedger.size} matched ledger rows, ${truth.ledgerOnly.length} ledger-only`,
  );
}
if (errors.length) {
  console.error(errors.slice(0, 40).join('\n'));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('holdout6: all checks passed');
