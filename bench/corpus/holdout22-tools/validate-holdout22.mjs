// Independent check of bench/corpus/holdout22: re-reads every statement and ledger file only through what
// truth.json says about it (headerRow, readOptions, nonEntryRows), then checks balances, every truth row, the
// reconcile documents (schema and field by field) and index.json. Uses none of the generator's code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../holdout22');
const repo = path.resolve(here, '../../..');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function readDate(v, order) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = String(v).trim();
  let m = s.match(/^(\d{4})[-/](\d{2})[-/](\d{2})$/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/);
  if (m) return iso(+m[3], MON[m[2].toLowerCase()], +m[1]);
  m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  if (m) {
    if (order === 'DMY') return iso(+m[3], +m[2], +m[1]);
    if (order === 'MDY') return iso(+m[3], +m[1], +m[2]);
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return null;
}

function readMoney(v) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).trim().replace(/,/g, '');
  if (s === '') return null;
  const m = s.match(/^(-?)(\d+)\.(\d{2})$/);
  if (!m) throw new Error(`not an amount: ${v}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

function readGrid(file, sheet) {
  if (file.endsWith('.xlsx')) {
    const wb = XLSX.read(fs.readFileSync(file));
    const ws = wb.Sheets[sheet];
    if (!ws) throw new Error(`${file}: no sheet ${sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true });
  }
  const text = fs.readFileSync(file, 'utf8');
  if (/\r\n/.test(text) === false) throw new Error(`${file}: expected CRLF line ends`);
  return parse(text, { relax_column_count: true, skip_empty_lines: false });
}

const SKIP =
  /^(total|sub-total|current total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f|brought forward|carried forward|end of statement)/i;

// Returns the entries of a file as the documented reader would: one per row with a date and money.
function readEntries(dir, spec) {
  const grid = readGrid(path.join(dir, spec.file), spec.readOptions.sheet);
  const header = grid[spec.headerRow - 1].map((h) => String(h).trim());
  const map = spec.readOptions.mapping;
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${spec.file}: header "${name}" not in row ${spec.headerRow}`);
    return i;
  };
  const descCols = (Array.isArray(map.description) ? map.description : [map.description]).map(col);
  const nonEntry = new Set((spec.nonEntryRows ?? []).map((r) => r.row));
  const out = [];
  for (let r = spec.headerRow; r < grid.length; r++) {
    const cells = grid[r];
    const rowNo = r + 1;
    const cell = (name) => (map[name] === undefined ? '' : (cells[col(map[name])] ?? ''));
    if (cells.every((c) => String(c).trim() === '')) continue;
    const first = String(cells[0] ?? '').trim();
    const desc = descCols.map((i) => String(cells[i] ?? '').trim());
    if (nonEntry.has(rowNo)) {
      if (!readDate(cell('date'), spec.readOptions.dateOrder)) fail(spec.file, `nonEntryRow ${rowNo} has no date`);
      if (!SKIP.test(first) && !SKIP.test(desc[0]))
        fail(spec.file, `nonEntryRow ${rowNo} is not labelled as a balance`);
      continue;
    }
    if (SKIP.test(first) || SKIP.test(desc[0])) continue;
    let amount;
    if (map.amount) amount = readMoney(cell('amount'));
    else {
      const i = readMoney(cell('moneyIn'));
      const o = readMoney(cell('moneyOut'));
      amount = i === null && o === null ? null : (i ?? 0) - Math.abs(o ?? 0);
    }
    const date = readDate(cell('date'), spec.readOptions.dateOrder);
    if (!date && amount === null) continue;
    if (!date) {
      fail(spec.file, `row ${rowNo} has money but no date`);
      continue;
    }
    if (amount === null) {
      fail(spec.file, `row ${rowNo} has a date but no money`);
      continue;
    }
    out.push({
      row: rowNo,
      date,
      amount,
      text: desc[0],
      description: desc.filter(Boolean).join(' — '),
      reference: String(cell('reference')).trim(),
      party: String(cell('party')).trim(),
      account: String(cell('account')).trim(),
      balance: map.balance ? readMoney(cell('balance')) : null,
    });
  }
  return out;
}

const dec = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const minor = (s) => readMoney(s);
const strip = (d) => d.replace(/^0+/, '') || '0';

// Document numbers of a ledger row (reference and description), as digit groups; a bare year never counts.
function docNumbers(entry) {
  const out = new Set();
  for (const g of `${entry.reference} ${entry.description}`.match(/\d+/g) ?? []) {
    if (g.length < 3 || /^20\d\d$/.test(g)) continue;
    out.add(strip(g));
    if (g.length >= 7) out.add(strip(g.slice(2)));
  }
  return out;
}
function bankQuotes(line, entry) {
  const want = docNumbers(entry);
  for (const r of `${line.text} ${line.reference}`.match(/\d+/g) ?? []) {
    if (want.has(strip(r))) return true;
    if (r.length >= 5 && r.length <= 12 && want.has(strip(r.slice(2)))) return true;
  }
  return false;
}

const EXPECT = {
  match: ['auto', 'suggest'],
  'bank-only': ['bank-only'],
  'reversal-pair': ['reversal-pair'],
  'no-counterpart': ['none'],
};
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat']);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(repo, 'docs/reconcile-input.schema.json'), 'utf8')),
);
const index = JSON.parse(fs.readFileSync(path.join(root, 'index.json'), 'utf8'));

for (const meta of index.sets) {
  const dir = path.join(root, meta.set);
  const where = meta.set;
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bank = readEntries(dir, bf);
  const ledger = readEntries(dir, lf);
  const byRow = new Map(ledger.map((e) => [e.row, e]));
  const bankByRow = new Map(bank.map((e) => [e.row, e]));

  // balances and order
  const chrono = bf.order === 'newest-first' ? [...bank].reverse() : bank;
  let bal = minor(bf.openingBalance);
  let last = '';
  for (const e of chrono) {
    bal += e.amount;
    if (e.balance !== null && e.balance !== bal)
      fail(where, `bank row ${e.row}: balance ${dec(e.balance)} != ${dec(bal)}`);
    if (e.date < last) fail(where, `bank row ${e.row}: date out of order`);
    if (e.date < truth.period.from || e.date > truth.period.to)
      fail(where, `bank row ${e.row}: date outside the period`);
    last = e.date;
  }
  if (bal !== minor(bf.closingBalance)) fail(where, `bank closing ${dec(bal)} != ${bf.closingBalance}`);
  if (lf.openingBalance !== bf.openingBalance) fail(where, 'ledger opening != bank opening');
  let lbal = minor(lf.openingBalance);
  for (const e of ledger) {
    lbal += e.amount;
    if (e.balance !== null && e.balance !== lbal)
      fail(where, `ledger row ${e.row}: running balance ${dec(e.balance)} != ${dec(lbal)}`);
  }
  if (lbal !== minor(lf.closingBalance)) fail(where, `ledger closing ${dec(lbal)} != ${lf.closingBalance}`);

  // every statement row in truth exactly once, in file order
  if (truth.bank.length !== bank.length) fail(where, `truth has ${truth.bank.length} bank rows, file ${bank.length}`);
  if (bank.length < 70 || bank.length > 120) fail(where, `${bank.length} bank lines (want 70–120)`);
  truth.bank.forEach((t, i) => {
    const e = bank[i];
    if (!e) return;
    const r = t.ref;
    if (
      r.file !== bf.file ||
      r.row !== e.row ||
      r.date !== e.date ||
      minor(r.amount) !== e.amount ||
      r.text !== e.text
    ) {
      fail(where, `truth bank[${i}] ${JSON.stringify(r)} does not match file row ${e.row}`);
    }
    if ((r.reference ?? '') !== e.reference)
      fail(where, `truth bank[${i}] reference "${r.reference}" != "${e.reference}"`);
  });

  // ledger rows: each claimed by exactly one owner
  const owners = new Map();
  const claim = (row, owner, ref) => {
    const e = byRow.get(row);
    if (!e) return fail(where, `ledger row ${row} (${owner}) is not an entry`);
    if (ref && (ref.date !== e.date || minor(ref.amount) !== e.amount || ref.file !== lf.file)) {
      fail(where, `ledger ref ${JSON.stringify(ref)} does not match row ${row}`);
    }
    const set = owners.get(row) ?? new Set();
    set.add(owner);
    owners.set(row, set);
  };
  const sumRows = (refs) => refs.reduce((s, r) => s + minor(r.amount), 0);
  const groups = new Map();
  for (const [i, t] of truth.bank.entries()) {
    const at = `${where} bank row ${t.ref.row}`;
    const amount = minor(t.ref.amount);
    if (!EXPECT[t.expect]?.includes(t.decision)) fail(at, `expect ${t.expect} with decision ${t.decision}`);
    if ((t.decision === 'suggest') !== (typeof t.mustNotAuto === 'boolean'))
      fail(at, 'mustNotAuto only and always on suggest');
    if ((t.ledger === null) !== Array.isArray(t.ledgerAnyOf)) fail(at, 'ledger null exactly when ledgerAnyOf');
    if (t.ledger === null && !t.ambiguous) fail(at, 'ledgerAnyOf without ambiguous');
    if (t.ambiguous && t.ledger !== null) fail(at, 'ambiguous without ledgerAnyOf');
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true && t.ledgerAnyOf))
      fail(at, 'tie must be suggest + mustNotAuto + ledgerAnyOf');
    if (t.traits.includes('twins') && !(t.decision === 'auto' && t.ledgerAnyOf))
      fail(at, 'twins must be auto + ledgerAnyOf');
    if ((t.decision === 'bank-only') !== KINDS.has(t.kind)) fail(at, `kind ${t.kind} with decision ${t.decision}`);
    if (t.decision !== 'bank-only' && t.kind !== null) fail(at, 'kind on a non-bank-only line');
    if (['bank-only', 'none', 'reversal-pair'].includes(t.decision) && t.ledger?.length)
      fail(at, `${t.decision} with ledger rows`);
    if (t.decision === 'reversal-pair') {
      const p = truth.bank.find((o) => o.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row) fail(at, 'reversal partner does not point back');
      else if (minor(p.ref.amount) !== -amount) fail(at, 'reversal pair does not cancel');
    } else if (t.partner !== null) fail(at, 'partner on a non-reversal line');
    if (t.difference !== undefined && t.decision !== 'auto') fail(at, 'difference on a non-auto line');

    if (t.ledger) {
      const owner = t.group ?? `line${i}`;
      for (const r of t.ledger) claim(r.row, owner, r);
      if (t.group) {
        const g = groups.get(t.group) ?? {
          lines: 0,
          sum: 0,
          ledger: sumRows(t.ledger),
          rows: JSON.stringify(t.ledger),
        };
        if (g.rows !== JSON.stringify(t.ledger)) fail(at, 'group lines name different ledger rows');
        g.lines++;
        g.sum += amount;
        groups.set(t.group, g);
      } else if (t.decision === 'auto') {
        const diff = amount - sumRows(t.ledger);
        const want = t.difference === undefined ? 0 : minor(t.difference);
        if (diff !== want) fail(at, `difference ${dec(diff)} != stated ${t.difference ?? '0.00'}`);
        if (Math.abs(diff) * 10 > Math.abs(sumRows(t.ledger))) fail(at, 'difference above 10 %');
        if (diff > 0 && !t.traits.includes('over-payment')) fail(at, 'positive difference without over-payment');
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-') || x === 'net-of-fee'))
          fail(at, 'negative difference without short-*/net-of-fee');
      }
    }
    if (t.ledgerAnyOf) {
      const owner = `anyOf:${JSON.stringify(
        t.ledgerAnyOf
          .flat()
          .map((r) => r.row)
          .sort(),
      )}`;
      for (const set of t.ledgerAnyOf) for (const r of set) claim(r.row, owner, r);
      for (const set of t.ledgerAnyOf) if (sumRows(set) !== amount) fail(at, 'ledgerAnyOf set amount != bank amount');
    }

    const bline = bankByRow.get(t.ref.row);
    const rows = t.ledger ?? t.ledgerAnyOf?.flat() ?? [];
    if (t.evidence === 'reference' && t.expect === 'match') {
      for (const r of rows) {
        if (!bankQuotes(bline, byRow.get(r.row)))
          fail(at, `evidence reference but row ${r.row}'s document is not in the bank cells`);
      }
    }
    if (t.traits.includes('name-only')) {
      if (t.evidence !== 'counterparty' || t.decision !== 'auto' || t.ledger?.length !== 1)
        fail(at, 'name-only must be auto, counterparty, one row');
      else {
        const e = byRow.get(t.ledger[0].row);
        const gap = (Date.parse(t.ref.date) - Date.parse(e.date)) / 86400000;
        if (e.amount !== amount) fail(at, 'name-only amount not exact');
        if (gap < 0 || gap > 2) fail(at, `name-only booked ${gap} days before`);
        if (ledger.filter((x) => x.amount === amount).length !== 1)
          fail(at, 'name-only amount not unique in the books');
        if (bankQuotes(bline, e)) fail(at, 'name-only line quotes the document');
      }
    }
  }
  for (const [id, g] of groups) {
    if (g.lines < 2) fail(where, `group ${id} has one line`);
    if (g.sum !== g.ledger) fail(where, `group ${id} lines sum ${dec(g.sum)} != ledger ${dec(g.ledger)}`);
  }
  for (const lo of truth.ledgerOnly) claim(lo.row, 'ledgerOnly', lo);
  for (const e of ledger) {
    const o = owners.get(e.row);
    if (!o) fail(where, `ledger row ${e.row} belongs to no truth row`);
    else if (o.size !== 1) fail(where, `ledger row ${e.row} belongs to ${[...o].join(', ')}`);
  }

  // the reconcile document
  const docFile = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(fs.readFileSync(path.join(dir, docFile), 'utf8'));
  if (!validateDoc(doc)) fail(docFile, ajv.errorsText(validateDoc.errors));
  const nul = (s) => (s === '' ? null : s);
  if (doc.bank.length !== bank.length) fail(docFile, 'bank count');
  bank.forEach((e, i) => {
    const d = doc.bank[i];
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      narration: e.description,
      reference: nul(e.reference),
      counterparty: null,
      balance: e.balance === null ? undefined : dec(e.balance),
    };
    for (const k of Object.keys(want)) {
      if (want[k] !== undefined && JSON.stringify(d?.[k]) !== JSON.stringify(want[k]))
        fail(docFile, `bank[${i}].${k} ${JSON.stringify(d?.[k])} != ${JSON.stringify(want[k])}`);
    }
  });
  if (doc.ledger.length !== ledger.length) fail(docFile, 'ledger count');
  ledger.forEach((e, i) => {
    const d = doc.ledger[i];
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      reference: nul(e.reference),
      description: nul(e.description),
      party: nul(e.party),
      account: nul(e.account),
    };
    for (const k of Object.keys(want)) {
      if (JSON.stringify(d?.[k]) !== JSON.stringify(want[k]))
        fail(docFile, `ledger[${i}].${k} ${JSON.stringify(d?.[k])} != ${JSON.stringify(want[k])}`);
    }
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    fail(docFile, 'statement balances');
  if (doc.options.timezone !== truth.timezone) fail(docFile, 'timezone');

  // index counts
  const count = (d) => truth.bank.filter((t) => t.decision === d).length;
  for (const d of Object.keys(meta.decisions))
    if (meta.decisions[d] !== count(d)) fail(where, `index ${d} ${meta.decisions[d]} != ${count(d)}`);
  if (meta.bankLines !== bank.length || meta.ledgerRows !== ledger.length) fail(where, 'index line counts');
  if (meta.ledgerOnly !== truth.ledgerOnly.length) fail(where, 'index ledgerOnly');
  console.log(`${where}: ${bank.length} bank lines, ${ledger.length} ledger rows checked`);
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout22: every file and truth row checks out');
