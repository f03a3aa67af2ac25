#!/usr/bin/env node
// Checks bench/corpus/holdout9: every reconcile-JSON document against docs/reconcile-input.schema.json, every
// truth.json against its files (rows exist and say what the truth says, using the truth's own readOptions
// mapping), every bank id in exactly one expectation, ledger ids that exist, amounts that add up per group,
// running balances, and that no "auto" without a reference has a rival of the same amount in the books.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', 'holdout9');
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// Money as integer minor units from a cell: "1,234.50", "-12.00", 1234.5 (XLSX number).
function minor(cell) {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Math.round(cell * 100);
  const s = String(cell).replace(/,/g, '').trim();
  if (s === '') return null;
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${cell}`);
  const v = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -v : v;
}
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function date(cell) {
  if (typeof cell === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + cell * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(cell).trim();
  let m;
  if ((m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(s))) return iso(m[3], MON[m[2]], m[1]);
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) return iso(m[3], m[2], m[1]);
  if ((m = /^(\d{4})[/-](\d{2})[/-](\d{2})( \d{2}:\d{2}:\d{2})?$/.exec(s))) return iso(m[1], m[2], m[3]);
  return null;
}

function readRows(file) {
  if (file.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(file));
    const ws = wb.Sheets[wb.SheetNames[0]];
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: '' });
  }
  const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  return parse(text, { relax_column_count: true, skip_empty_lines: false });
}

// Reads money rows of a file through a readOptions mapping: { row, date, amount, text, balance }.
function moneyRows(rows, headerRow, mapping) {
  const header = rows[headerRow - 1].map((h) => String(h));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`header "${name}" not in row ${headerRow}`);
    return i;
  };
  const desc = [].concat(mapping.description ?? []).map(col);
  const out = [];
  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r];
    const d = date(cells[col(mapping.date)] ?? '');
    let amount = null;
    if (mapping.amount) {
      const a = minor(cells[col(mapping.amount)]);
      if (a !== null) {
        if (mapping.direction) {
          const dir = String(cells[col(mapping.direction.column)]).trim().toLowerCase();
          amount = mapping.direction.out.includes(dir) ? -Math.abs(a) : Math.abs(a);
        } else amount = a;
      }
    } else {
      const i = minor(cells[col(mapping.moneyIn)]);
      const o = minor(cells[col(mapping.moneyOut)]);
      if (i !== null || o !== null) amount = Math.abs(i ?? 0) - Math.abs(o ?? 0);
    }
    if (amount === null || d === null) continue;
    out.push({
      row: r + 1,
      date: d,
      amount,
      text: desc.map((i) => String(cells[i] ?? '')).join(' — '),
      balance: mapping.balance ? minor(cells[col(mapping.balance)]) : null,
      account: mapping.account ? String(cells[col(mapping.account)]) : null,
    });
  }
  return out;
}

const toMinor = (s) => minor(s);
const sets = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
if (index.realLayout.length !== sets.length)
  fail('index.json', `lists ${index.realLayout.length} sets, folder has ${sets.length}`);

for (const set of sets) {
  const dir = join(root, set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = `${set}/truth.json`;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];

  // 1. the reconcile-JSON document is valid input
  const doc = JSON.parse(readFileSync(join(dir, truth.reconcileJson), 'utf8'));
  if (!validateDoc(doc)) fail(truth.reconcileJson, ajv.errorsText(validateDoc.errors));

  // 2. bank file: every money row once in truth.bank, with the same date, amount and text; balances run
  const bankRows = moneyRows(readRows(join(dir, bf.file)), bf.headerRow, bf.readOptions.mapping);
  const byRow = new Map(bankRows.map((b) => [b.row, b]));
  if (bankRows.length !== truth.bank.length)
    fail(W, `bank file has ${bankRows.length} money rows, truth ${truth.bank.length}`);
  const seen = new Set();
  for (const t of truth.bank) {
    const b = byRow.get(t.ref.row);
    if (!b) {
      fail(W, `bank row ${t.ref.row} is not a money row of ${bf.file}`);
      continue;
    }
    if (seen.has(t.ref.row)) fail(W, `bank row ${t.ref.row} twice`);
    seen.add(t.ref.row);
    if (b.date !== t.ref.date || b.amount !== toMinor(t.ref.amount) || b.text !== t.ref.text)
      fail(
        W,
        `bank row ${t.ref.row} reads ${b.date} ${b.amount} "${b.text}", truth ${t.ref.date} ${t.ref.amount} "${t.ref.text}"`,
      );
  }
  const ordered = bf.order === 'newest-first' ? [...bankRows].reverse() : bankRows;
  let bal = toMinor(bf.openingBalance);
  for (const b of ordered) {
    bal += b.amount;
    if (b.balance !== null && b.balance !== bal) fail(bf.file, `row ${b.row}: balance ${b.balance}, running ${bal}`);
  }
  if (bal !== toMinor(bf.closingBalance)) fail(W, `closing balance ${bf.closingBalance}, rows add up to ${bal}`);

  // 3. ledger refs exist and agree with the file; non-entry rows are not entries
  const ledgerAll = moneyRows(readRows(join(dir, lf.file)), lf.headerRow, lf.readOptions.mapping);
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  const ledgerRows = ledgerAll.filter(
    (l) => !nonEntry.has(l.row) && (l.account === null || l.account === truth.bankFiles[0].ledgerAccount),
  );
  const lByRow = new Map(ledgerRows.map((l) => [l.row, l]));
  const checkLedger = (ref, where) => {
    const l = lByRow.get(ref.row);
    if (!l) return fail(W, `${where}: ledger row ${ref.row} is not an entry of ${lf.file}`);
    if (l.date !== ref.date || l.amount !== toMinor(ref.amount))
      fail(W, `${where}: ledger row ${ref.row} reads ${l.date} ${l.amount}, truth ${ref.date} ${ref.amount}`);
  };
  const used = new Map();
  for (const t of truth.bank) {
    for (const l of t.ledger) checkLedger(l, `bank row ${t.ref.row}`);
    for (const alt of t.ledgerAnyOf ?? []) for (const l of alt) checkLedger(l, `bank row ${t.ref.row} (ledgerAnyOf)`);
  }
  for (const lo of truth.ledgerOnly) checkLedger(lo, 'ledgerOnly');

  // 4. groups add up; each ledger row used by one group; every entry of the account accounted for
  const groups = new Map();
  for (const t of truth.bank) if (t.expect === 'match') groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  for (const [g, lines] of groups) {
    const ledger = lines[0].ledger;
    for (const x of lines)
      if (JSON.stringify(x.ledger) !== JSON.stringify(ledger)) fail(W, `group ${g}: lines name different ledger rows`);
    for (const l of ledger) {
      if (used.has(l.row)) fail(W, `ledger row ${l.row} in groups ${used.get(l.row)} and ${g}`);
      used.set(l.row, g);
    }
    const diff =
      lines.reduce((a, x) => a + toMinor(x.ref.amount), 0) - ledger.reduce((a, l) => a + toMinor(l.amount), 0);
    const traits = lines[0].traits;
    const explained = traits.some((x) => /^(over-payment|short-|invoice-less-credit-note)/.test(x));
    if (diff !== 0 && !explained) fail(W, `group ${g}: bank − ledger = ${diff} without a trait that explains it`);
    if (diff === 0 && explained) fail(W, `group ${g}: traits ${traits} but amounts equal`);
    if (lines[0].difference !== undefined && toMinor(lines[0].difference) !== diff)
      fail(W, `group ${g}: difference ${lines[0].difference}, amounts give ${diff}`);
    if (new Set(lines.map((x) => x.decision)).size !== 1) fail(W, `group ${g}: mixed decisions`);
  }
  for (const lo of truth.ledgerOnly) {
    if (used.has(lo.row)) fail(W, `ledgerOnly row ${lo.row} is also matched in ${used.get(lo.row)}`);
    used.set(lo.row, 'ledgerOnly');
  }
  for (const l of ledgerRows)
    if (!used.has(l.row)) fail(W, `ledger entry row ${l.row} is neither matched nor ledger-only`);

  // 5. decisions agree with expect; bank-only/none/reversal lines hold no ledger rows; partners point back
  const allowed = {
    match: ['auto', 'suggest'],
    'bank-only': ['bank-only'],
    'no-counterpart': ['none'],
    'reversal-pair': ['reversal-pair'],
  };
  for (const t of truth.bank) {
    if (!allowed[t.expect]?.includes(t.decision))
      fail(W, `bank row ${t.ref.row}: expect ${t.expect} with decision ${t.decision}`);
    if (t.expect !== 'match' && t.ledger.length) fail(W, `bank row ${t.ref.row}: ${t.expect} with ledger rows`);
    if (t.expect === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(t.kind))
      fail(W, `bank row ${t.ref.row}: kind ${t.kind}`);
    if (t.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row || toMinor(p.ref.amount) !== -toMinor(t.ref.amount))
        fail(W, `bank row ${t.ref.row}: partner does not pair back`);
    }
    if (t.decision === 'suggest' && typeof t.mustNotAuto !== 'boolean')
      fail(W, `bank row ${t.ref.row}: suggest without mustNotAuto`);
    if (t.ambiguous && !t.ledgerAnyOf) fail(W, `bank row ${t.ref.row}: ambiguous without ledgerAnyOf`);
  }

  // 6. an "auto" without a reference must have no rival: no other entry of that amount, sign and month in the books
  for (const t of truth.bank) {
    if (t.decision !== 'auto' || t.evidence === 'reference') continue;
    const lines = groups.get(t.group);
    const amount = t.ledger.reduce((a, l) => a + toMinor(l.amount), 0);
    const rivals = ledgerRows.filter((l) => l.amount === amount && !t.ledger.some((x) => x.row === l.row));
    if (lines.length === 1 && rivals.length)
      fail(W, `bank row ${t.ref.row}: auto on ${t.evidence} but rows ${rivals.map((x) => x.row)} have the same amount`);
  }

  // 7. expect[] (reconcile-JSON ids): each bank id once, ledger ids exist in the document
  const bankIds = new Set(doc.bank.map((b) => b.id));
  const ledgerIds = new Set(doc.ledger.map((l) => l.id));
  const count = new Map();
  for (const x of truth.expect) {
    for (const id of x.bank) count.set(id, (count.get(id) ?? 0) + 1);
    for (const id of [...(x.ledger ?? []), ...(x.ledgerAnyOf ?? []).flat()])
      if (!ledgerIds.has(id)) fail(W, `expect: ledger id ${id} not in ${truth.reconcileJson}`);
    if (['auto', 'suggest'].includes(x.decision) && !x.ledger && !x.ledgerAnyOf)
      fail(W, `expect ${x.bank}: ${x.decision} without ledger`);
    if (x.partner && !bankIds.has(x.partner)) fail(W, `expect ${x.bank}: partner ${x.partner} unknown`);
  }
  for (const id of bankIds) if (count.get(id) !== 1) fail(W, `expect: bank id ${id} in ${count.get(id) ?? 0} entries`);
  for (const id of count.keys()) if (!bankIds.has(id)) fail(W, `expect: bank id ${id} not in the document`);
  if (doc.ledger.length !== ledgerRows.length)
    fail(W, `${truth.reconcileJson} has ${doc.ledger.length} ledger entries, the file ${ledgerRows.length}`);
  for (const b of doc.bank) {
    const row = Number(b.id.split('#')[1]);
    const r = byRow.get(row);
    if (!r || toMinor(b.amount) !== r.amount || b.date !== r.date)
      fail(truth.reconcileJson, `${b.id} does not agree with the bank file`);
  }

  // 8. index.json agrees
  const st = index.realLayout.find((s) => s.set === set);
  if (!st || st.bankLines !== truth.bank.length) fail('index.json', `${set}: bankLines disagree`);
  console.log(
    `${set}: ${truth.bank.length} bank lines, ${ledgerRows.length} ledger entries, ${truth.expect.length} expectations`,
  );
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout9: all checks passed');
