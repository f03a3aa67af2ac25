// Reader-free validator of bench/corpus/holdout3: reads the files with its own small CSV parser and SheetJS, and
// checks every truth reference against them, the running balances, the book/bank reconciliation, and the
// reconcile-JSON documents against docs/reconcile-input.schema.json.
//   node bench/corpus/holdout3-tools/validate-holdout3.mjs
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', 'holdout3');
const SCHEMA = JSON.parse(readFileSync(join(HERE, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
function readTable(path) {
  if (path.endsWith('.csv')) return parseCsv(readFileSync(path, 'utf8'));
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  return XLSX.utils
    .sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: false, defval: '' })
    .map((r) => r.map(String));
}
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const p2 = (n) => String(n).padStart(2, '0');
function isoDate(s) {
  let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(s);
  if (m) return `${m[3]}-${p2(MON[m[2]])}-${m[1]}`;
  m = /^(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(s);
  if (m && MONTHS.includes(m[2])) return `${m[3]}-${p2(MONTHS.indexOf(m[2]) + 1)}-${p2(m[1])}`;
  return null;
}
const minor = (s) => {
  if (s == null || String(s).trim() === '') return 0;
  const t = String(s).replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) throw new Error(`not an amount: ${s}`);
  const neg = t.startsWith('-');
  const [i, f = ''] = t.replace('-', '').split('.');
  return (neg ? -1 : 1) * (Number(i) * 100 + Number(f.padEnd(2, '0')));
};
const major = (m) => (m < 0 ? '-' : '') + `${Math.floor(Math.abs(m) / 100)}.${p2(Math.abs(m) % 100)}`;

// columns per layout: date, signed amount (bank: money in positive; ledger: money into the bank account positive), text
function layout(header, side) {
  const at = (...names) => names.map((n) => header.indexOf(n)).find((i) => i >= 0) ?? -1;
  const date = at('Tran Date', 'Posting Date', 'Date');
  const amount = at('Amount');
  const inCol = side === 'bank' ? at('Credit', 'Credit Amount') : at('Debit');
  const outCol = side === 'bank' ? at('Debit', 'Debit Amount') : at('Credit');
  const text = at('Narration', 'Transaction Details', 'Description', 'Memo/Description', 'Details');
  const balance = at('Balance', 'Book Balance', 'Running Balance');
  return {
    date: (r) => isoDate(r[date] ?? ''),
    amount: (r) => (amount >= 0 ? minor(r[amount]) : minor(r[inCol]) - minor(r[outCol])),
    hasMoney: (r) =>
      amount >= 0
        ? String(r[amount] ?? '').trim() !== ''
        : String(r[inCol] ?? '').trim() !== '' || String(r[outCol] ?? '').trim() !== '',
    text: (r) => r[text] ?? '',
    balance: (r) => (balance >= 0 && String(r[balance] ?? '').trim() !== '' ? minor(r[balance]) : null),
  };
}

const sets = readdirSync(ROOT)
  .filter((d) => existsSync(join(ROOT, d, 'truth.json')))
  .sort();
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
for (const set of sets) {
  const dir = join(ROOT, set);
  const T = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = (x) => `${set}/${x}`;
  if (T.set !== set) fail(W('truth.json'), `set ${T.set} in folder ${set}`);
  const n = T.bank.length;
  if (n < 120 || n > 200) fail(W('truth.json'), `${n} bank lines, expected 120–200`);
  const tables = new Map();
  const lay = new Map();
  for (const f of [...T.bankFiles.map((x) => ['bank', x]), ...T.ledgerFiles.map((x) => ['ledger', x])]) {
    const [side, spec] = f;
    const rows = readTable(join(dir, spec.file));
    tables.set(spec.file, rows);
    lay.set(spec.file, layout(rows[spec.headerRow - 1] ?? [], side));
  }
  const cellsOf = (ref) => tables.get(ref.file)?.[ref.row - 1];
  const checkRef = (ref, where) => {
    const r = cellsOf(ref);
    if (!r) return fail(where, `${ref.file} has no row ${ref.row}`);
    const L = lay.get(ref.file);
    if (L.date(r) !== ref.date) fail(where, `${ref.file} row ${ref.row} date ${L.date(r)} ≠ ${ref.date}`);
    if (major(L.amount(r)) !== ref.amount)
      fail(where, `${ref.file} row ${ref.row} amount ${major(L.amount(r))} ≠ ${ref.amount}`);
    if (ref.text !== undefined && L.text(r) !== ref.text) fail(where, `${ref.file} row ${ref.row} text differs`);
  };
  // every bank row with money is in the truth once, in file order; the balance runs
  for (const bf of T.bankFiles) {
    const rows = tables.get(bf.file);
    const L = lay.get(bf.file);
    const moneyRows = [];
    rows.forEach((r, i) => {
      if (i + 1 > bf.headerRow && L.date(r) && L.hasMoney(r)) moneyRows.push(i + 1);
    });
    const truthRows = T.bank.filter((b) => b.ref.file === bf.file).map((b) => b.ref.row);
    if (JSON.stringify(moneyRows) !== JSON.stringify(truthRows))
      fail(W(bf.file), 'truth bank rows are not exactly the statement rows with money, in order');
    let bal = minor(bf.openingBalance);
    for (const row of moneyRows) {
      const r = rows[row - 1];
      bal += L.amount(r);
      if (L.balance(r) !== null && L.balance(r) !== bal)
        fail(W(bf.file), `row ${row}: balance ${major(L.balance(r))}, running ${major(bal)}`);
    }
    if (major(bal) !== bf.closingBalance) fail(W(bf.file), `closing ${major(bal)} ≠ ${bf.closingBalance}`);
  }
  // ledger rows: each used once (twins: within their anyOf), all accounted for
  const used = new Map();
  const use = (ref, by) => {
    const k = `${ref.file}#${ref.row}`;
    if (used.has(k) && used.get(k) !== by) fail(W('truth.json'), `ledger ${k} used by ${used.get(k)} and ${by}`);
    used.set(k, by);
  };
  const groups = new Map();
  for (const b of T.bank) {
    const where = W(`bank row ${b.ref.row}`);
    checkRef(b.ref, where);
    for (const l of b.ledger) checkRef(l, where);
    if (!['match', 'bank-only', 'reversal-pair', 'no-counterpart'].includes(b.expect))
      fail(where, `expect ${b.expect}`);
    if (b.expect === 'match') {
      if (!b.ledger.length) fail(where, 'match without ledger rows');
      if (b.ambiguous !== !!b.ledgerAnyOf) fail(where, 'ambiguous and ledgerAnyOf go together');
      if (b.ledgerAnyOf && !b.ledgerAnyOf.some((s) => JSON.stringify(s) === JSON.stringify(b.ledger)))
        fail(where, 'ledger is not one of ledgerAnyOf');
      const by =
        b.group ??
        (b.ambiguous
          ? `twins ${b.ledgerAnyOf
              .flat()
              .map((x) => x.row)
              .sort()
              .join(',')}`
          : `row ${b.ref.row}`);
      for (const l of b.ledger) use(l, by);
      const gk = b.ambiguous ? `row ${b.ref.row}` : by;
      const g = groups.get(gk) ?? { bank: 0, ledger: b.ledger, traits: new Set() };
      g.bank += minor(b.ref.amount);
      for (const t of b.traits) g.traits.add(t);
      groups.set(gk, g);
      if (!['reference', 'counterparty', 'amount'].includes(b.evidence)) fail(where, `evidence ${b.evidence}`);
    } else if (b.ledger.length) fail(where, `${b.expect} with ledger rows`);
    if (b.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(b.kind))
      fail(where, `bank-only kind ${b.kind}`);
    if (b.expect === 'reversal-pair') {
      const p = b.partner && T.bank.find((x) => x.ref.file === b.partner.file && x.ref.row === b.partner.row);
      if (
        !p ||
        p.expect !== 'reversal-pair' ||
        p.partner?.row !== b.ref.row ||
        minor(p.ref.amount) !== -minor(b.ref.amount)
      )
        fail(where, 'reversal partner not mutual and opposite');
    }
  }
  // amounts of each group: equal unless a trait says why, and then in the direction the trait says
  let differences = 0;
  for (const [by, g] of groups) {
    const led = g.ledger.reduce((a, l) => a + minor(l.amount), 0);
    const diff = g.bank - led;
    differences += diff;
    const t = g.traits;
    const short = [...t].some((x) => x.startsWith('short-')) || t.has('invoice-less-credit-note');
    if (diff === 0 && (short || t.has('over-payment'))) fail(W(by), 'a trait says the amounts differ, they do not');
    if (diff !== 0 && !short && !t.has('over-payment'))
      fail(W(by), `bank ${major(g.bank)} ≠ ledger ${major(led)} and no trait says why`);
    if (diff < 0 && !short) fail(W(by), 'short without a short-* trait');
    if (diff > 0 && !t.has('over-payment')) fail(W(by), 'over without the over-payment trait');
  }
  for (const l of T.ledgerOnly) {
    checkRef(l, W(`ledgerOnly row ${l.row}`));
    if (!l.why) fail(W(`ledgerOnly row ${l.row}`), 'no reason');
    use(l, `only ${l.row}`);
  }
  for (const lf of T.ledgerFiles) {
    const rows = tables.get(lf.file);
    const L = lay.get(lf.file);
    const non = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
    rows.forEach((r, i) => {
      if (i + 1 > lf.headerRow && L.date(r) && L.hasMoney(r) && !non.has(i + 1) && !used.has(`${lf.file}#${i + 1}`))
        fail(W(lf.file), `row ${i + 1} is an entry the truth does not place`);
    });
    // the book/bank reconciliation adds up
    const bankMove = T.bank.reduce((a, b) => a + minor(b.ref.amount), 0);
    const bookMove = minor(lf.closingBalance) - minor(lf.openingBalance);
    const unbooked = T.bank.filter((b) => b.expect !== 'match').reduce((a, b) => a + minor(b.ref.amount), 0);
    const inTransit = T.ledgerOnly.reduce((a, l) => a + minor(l.amount), 0);
    if (bankMove - bookMove !== unbooked + differences - inTransit)
      fail(W(lf.file), 'bank − book movement ≠ unbooked lines + differences − ledger-only rows');
  }
  // the reconcile-JSON document: schema, ids, amounts
  for (const bf of T.bankFiles) {
    const docPath = join(dir, `reconcile.${bf.file}.json`);
    const doc = JSON.parse(readFileSync(docPath, 'utf8'));
    if (!validateDoc(doc)) fail(W(`reconcile.${bf.file}.json`), JSON.stringify(validateDoc.errors.slice(0, 3)));
    const ids = new Map(doc.bank.map((b) => [b.id, b]));
    for (const b of T.bank.filter((x) => x.ref.file === bf.file)) {
      const j = ids.get(`${bf.file}#${b.ref.row}`);
      if (!j || j.amount !== b.ref.amount || j.date !== b.ref.date || j.narration !== b.ref.text)
        fail(W(`reconcile.${bf.file}.json`), `bank row ${b.ref.row} differs`);
    }
    if (doc.bank.length !== T.bank.filter((x) => x.ref.file === bf.file).length)
      fail(W(`reconcile.${bf.file}.json`), 'bank line count');
    const lids = new Map(doc.ledger.map((l) => [l.id, l]));
    for (const k of used.keys()) {
      const [file, row] = k.split('#');
      const l = lids.get(k);
      const cells = tables.get(file)[Number(row) - 1];
      if (!l || l.amount !== major(lay.get(file).amount(cells)) || l.date !== lay.get(file).date(cells))
        fail(W(`reconcile.${bf.file}.json`), `ledger ${k} differs`);
    }
    if (doc.ledger.length !== used.size)
      fail(W(`reconcile.${bf.file}.json`), `ledger rows ${doc.ledger.length} ≠ ${used.size} placed by the truth`);
  }
  const ix = index.sets.find((s) => s.set === set);
  if (!ix || ix.bankLines !== n) fail(W('index.json'), 'bank line count');
  const m = T.bank.filter((b) => b.expect === 'match');
  const noRef = m.filter((b) => b.evidence !== 'reference').length;
  console.log(
    `${set}: ${n} bank lines (${m.length} match, ${noRef} of them without a reference), ${T.ledgerOnly.length} ledger-only`,
  );
}
if (problems.length) {
  for (const p of problems) console.log(`  ✗ ${p}`);
  console.log(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout3: ${sets.length} sets valid`);
