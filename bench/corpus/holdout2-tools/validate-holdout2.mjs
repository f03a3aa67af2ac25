#!/usr/bin/env node
// Checks bench/corpus/holdout2 without the project's readers: every reconcile-JSON document against
// docs/reconcile-input.schema.json; every truth.json against the files it names (rows, dates, amounts, texts, balances),
// every money row of a statement listed once, every ledger row of the statement's account used once (or left in
// ledgerOnly), groups, twins and reversal pairs consistent, and amounts equal unless a trait says why they differ.
//   node bench/corpus/holdout2-tools/validate-holdout2.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', 'holdout2');
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new (Ajv2020.default ?? Ajv2020)({ allErrors: true, strict: false }).compile(schema);

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function isoOf(v) {
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = String(v ?? '').trim();
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(s)) && MON[m[2].toLowerCase()])
    return `${m[3]}-${p2(MON[m[2].toLowerCase()])}-${p2(m[1])}`;
  return null;
}
/** a cell's money in minor units (unsigned magnitude kept signed as written), null when blank */
function minorOf(v) {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return null;
  const neg = s.startsWith('-');
  const [w, f = ''] = s.replace('-', '').split('.');
  const x = Number(w) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -x : x;
}
const minorOfMajor = (s) => minorOf(s);

// column layouts, by the bank / package the truth names
const bankSpec = {
  'Stanbic IBTC': { date: 'Transaction Date', text: 'Description', out: 'Debit', in: 'Credit', bal: 'Balance' },
  'Co-operative Bank of Kenya': {
    date: 'Transaction Date',
    text: 'Transaction Details',
    out: 'Debit',
    in: 'Credit',
    bal: 'Book Balance',
  },
  'Safaricom M-PESA (Buy Goods till)': {
    date: 'Completion Time',
    text: 'Details',
    out: 'Withdrawn',
    in: 'Paid In',
    bal: 'Balance',
  },
  'Fidelity Bank Ghana': { date: 'Post Date', text: 'Narration', out: 'Debit', in: 'Credit', bal: 'Balance' },
  'MTN MoMo (merchant wallet)': { date: 'Date', text: 'Note / Message', amount: 'Amount', fee: 'Fee', bal: 'Balance' },
  Nedbank: { date: 'Transaction Date', text: 'Description', amount: 'Amount', bal: 'Balance' },
};
const ledgerSpec = { date: 'Date', in: 'Debit', out: 'Credit', account: 'Account' };

function readRows(path) {
  if (path.endsWith('.csv')) return parse(readFileSync(path), { relax_column_count: true, bom: true });
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, defval: '', blankrows: true });
}
/** rows with a date and money under the header: Map(row → { date, amount, text, balance, account }) */
function moneyRows(path, headerRow, spec, side) {
  const rows = readRows(path);
  const header = rows[headerRow - 1].map((h) => String(h).trim());
  const col = (name) => (name ? header.indexOf(name) : -1);
  for (const k of ['date', 'text', 'in', 'out', 'amount', 'fee', 'bal'])
    if (spec[k] && col(spec[k]) < 0 && !(side === 'ledger' && k === 'text'))
      throw new Error(`${path}: no column "${spec[k]}" in header row ${headerRow}`);
  const out = new Map();
  for (let i = headerRow; i < rows.length; i++) {
    const r = rows[i];
    const date = isoOf(r[col(spec.date)]);
    let amount = null;
    if (spec.amount) {
      const a = minorOf(r[col(spec.amount)]);
      if (a !== null) amount = a - (spec.fee ? (minorOf(r[col(spec.fee)]) ?? 0) : 0);
    } else {
      const a = minorOf(r[col(spec.in)]);
      const b = minorOf(r[col(spec.out)]);
      if (a !== null || b !== null) amount = Math.abs(a ?? 0) - Math.abs(b ?? 0);
    }
    if (amount === null) continue;
    if (!date) continue; // opening/closing balance and total rows
    out.set(i + 1, {
      date,
      amount,
      text: spec.text ? String(r[col(spec.text)]) : null,
      balance: spec.bal ? minorOf(r[col(spec.bal)]) : null,
      account: col(ledgerSpec.account) >= 0 && side === 'ledger' ? String(r[col(ledgerSpec.account)]) : null,
    });
  }
  return out;
}

let problems = 0;
const bad = (set, msg) => {
  problems++;
  console.error(`${set}: ${msg}`);
};
const DIFFERS = (traits) =>
  traits.some((t) => t.startsWith('short-') || t === 'over-payment' || t === 'invoice-less-credit-note');

for (const set of readdirSync(root).sort()) {
  const dir = join(root, set);
  if (!existsSync(join(dir, 'truth.json'))) continue;
  const t = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const lines = t.bank.length;
  if (lines < 150 || lines > 250) bad(set, `${lines} bank lines (150–250 wanted)`);
  const ledgerRowsOf = new Map();
  for (const lf of t.ledgerFiles)
    ledgerRowsOf.set(lf.file, moneyRows(join(dir, lf.file), lf.headerRow, ledgerSpec, 'ledger'));
  const used = new Map(); // ledger key → count of truth lines naming it (match), per group
  const key = (r) => `${r.file}#${r.row}`;
  const checkLedgerRef = (r, where) => {
    const x = ledgerRowsOf.get(r.file)?.get(r.row);
    if (!x) return bad(set, `${where}: ledger ${key(r)} is not a row with a date and money`);
    if (x.date !== r.date || x.amount !== minorOfMajor(r.amount))
      bad(set, `${where}: ledger ${key(r)} reads ${x.date} ${x.amount}, truth says ${r.date} ${r.amount}`);
  };
  const groups = new Map();
  for (const bf of t.bankFiles) {
    const spec = bankSpec[bf.bank];
    if (!spec) {
      bad(set, `no layout known for bank "${bf.bank}"`);
      continue;
    }
    const rows = moneyRows(join(dir, bf.file), bf.headerRow, spec, 'bank');
    const mine = t.bank.filter((b) => b.ref.file === bf.file);
    const seen = new Set();
    for (const b of mine) {
      const x = rows.get(b.ref.row);
      const where = `${bf.file} row ${b.ref.row}`;
      if (seen.has(b.ref.row)) bad(set, `${where} listed twice`);
      seen.add(b.ref.row);
      if (!x) {
        bad(set, `${where}: not a money row`);
        continue;
      }
      if (x.date !== b.ref.date || x.amount !== minorOfMajor(b.ref.amount) || x.text !== b.ref.text)
        bad(
          set,
          `${where}: file reads ${x.date} ${x.amount} "${x.text}", truth ${b.ref.date} ${b.ref.amount} "${b.ref.text}"`,
        );
      if (b.expect === 'match') {
        if (!b.ledger.length) bad(set, `${where}: match without ledger rows`);
        b.ledger.forEach((r) => checkLedgerRef(r, where));
        if (b.ambiguous) {
          if (!b.ledgerAnyOf || b.ledgerAnyOf.length < 2) bad(set, `${where}: ambiguous without ledgerAnyOf`);
          else {
            b.ledgerAnyOf.flat().forEach((r) => checkLedgerRef(r, where));
            if (!b.ledgerAnyOf.some((s) => s.map(key).sort().join() === b.ledger.map(key).sort().join()))
              bad(set, `${where}: ledger is not one of ledgerAnyOf`);
          }
        }
        const g = b.group ?? `${bf.file}#${b.ref.row}`;
        const e = groups.get(g) ?? {
          bank: [],
          ledger: b.ledger.map(key).sort().join(),
          traits: b.traits,
          ledgerRefs: b.ledger,
          ambiguous: b.ambiguous,
          anyOf: b.ledgerAnyOf,
        };
        if (e.ledger !== b.ledger.map(key).sort().join()) bad(set, `${where}: group ${g} names different ledger rows`);
        e.bank.push(b);
        groups.set(g, e);
      } else {
        if (b.ledger.length) bad(set, `${where}: ${b.expect} with ledger rows`);
        if (b.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(b.kind))
          bad(set, `${where}: bank-only without a kind`);
        if (b.expect === 'reversal-pair') {
          const p = b.partner && t.bank.find((o) => o.ref.file === b.partner.file && o.ref.row === b.partner.row);
          if (
            !p ||
            p.expect !== 'reversal-pair' ||
            p.partner.row !== b.ref.row ||
            minorOfMajor(p.ref.amount) !== -minorOfMajor(b.ref.amount)
          )
            bad(set, `${where}: reversal partner missing, not symmetric or not the opposite amount`);
        }
      }
    }
    for (const r of rows.keys()) if (!seen.has(r)) bad(set, `${bf.file} row ${r}: money row not in the truth`);
    // balances: opening + lines = closing, and each printed balance follows from the previous line (posting order)
    const sum = [...rows.values()].reduce((a, x) => a + x.amount, 0);
    if (minorOfMajor(bf.openingBalance) + sum !== minorOfMajor(bf.closingBalance))
      bad(set, `${bf.file}: opening + lines ≠ closing`);
    const posting = [...rows.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    if (posting.length > 1 && posting[0].date > posting[posting.length - 1].date) posting.reverse();
    let bal = minorOfMajor(bf.openingBalance);
    for (const x of posting) {
      bal += x.amount;
      if (x.balance !== null && x.balance !== bal) {
        bad(set, `${bf.file}: printed balance ${x.balance} on ${x.date} does not follow (${bal})`);
        break;
      }
    }
    // the statement's ledger rows: every row of the account is used exactly once, or left in ledgerOnly
    const only = new Set(t.ledgerOnly.map(key));
    for (const o of t.ledgerOnly) checkLedgerRef(o, 'ledgerOnly');
    const count = new Map();
    for (const [, e] of groups) {
      if (!e.bank.some((b) => b.ref.file === bf.file)) continue;
      const refs = e.ambiguous ? [] : e.ledgerRefs;
      for (const r of refs) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
    }
    for (const lf of t.ledgerFiles) {
      for (const [row, x] of ledgerRowsOf.get(lf.file)) {
        const k = `${lf.file}#${row}`;
        if (x.account !== null && x.account !== bf.ledgerAccount) continue;
        if (x.account === null && t.bankFiles.length > 1) continue;
        const n = count.get(k) ?? 0;
        const inTwins = [...groups.values()].some((e) => e.ambiguous && e.anyOf.flat().some((r) => key(r) === k));
        if (only.has(k) && n) bad(set, `${k}: in ledgerOnly and matched`);
        if (!only.has(k) && !inTwins && n !== 1) bad(set, `${k} (${x.date} ${x.amount}): used by ${n} matches`);
        used.set(k, true);
      }
    }
  }
  // amounts: a group's bank lines equal its ledger rows unless the traits say why not
  for (const [g, e] of groups) {
    const b = e.bank.reduce((a, x) => a + minorOfMajor(x.ref.amount), 0);
    const l = e.ledgerRefs.reduce((a, x) => a + minorOfMajor(x.amount), 0);
    if (b !== l && !DIFFERS(e.traits)) bad(set, `group ${g}: bank ${b} ≠ ledger ${l} and no trait says why`);
    if (b === l && DIFFERS(e.traits)) bad(set, `group ${g}: traits say the amounts differ but they are equal`);
  }
  // the JSON documents
  for (const bf of t.bankFiles) {
    const p = join(dir, `reconcile.${bf.file}.json`);
    if (!existsSync(p)) {
      bad(set, `${p} missing`);
      continue;
    }
    const doc = JSON.parse(readFileSync(p, 'utf8'));
    if (!validateDoc(doc)) bad(set, `${p}: ${JSON.stringify(validateDoc.errors.slice(0, 3))}`);
    const ids = new Set(doc.bank.map((x) => x.id));
    const lids = new Set(doc.ledger.map((x) => x.id));
    for (const b of t.bank.filter((x) => x.ref.file === bf.file)) {
      if (!ids.has(key(b.ref))) bad(set, `${p}: no bank line ${key(b.ref)}`);
      for (const r of [...b.ledger, ...(b.ledgerAnyOf ?? []).flat()])
        if (!lids.has(key(r))) bad(set, `${p}: no ledger entry ${key(r)}`);
    }
    if (ids.size !== t.bank.filter((x) => x.ref.file === bf.file).length) bad(set, `${p}: bank lines ≠ truth lines`);
    for (const x of doc.bank) {
      const b = t.bank.find((y) => key(y.ref) === x.id);
      if (b && (b.ref.amount !== x.amount || b.ref.date !== x.date)) bad(set, `${p}: ${x.id} differs from the truth`);
    }
  }
  console.log(
    `${set}: ${lines} bank lines, ${t.bank.filter((b) => b.expect === 'match').length} match, ${t.ledgerOnly.length} ledger-only — checked`,
  );
}
if (problems) {
  console.error(`${problems} problem(s)`);
  process.exit(1);
}
console.log('holdout2: all sets valid');
