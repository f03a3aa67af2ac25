#!/usr/bin/env node
// Checks bench/corpus/holdout29 (or the folder given) without the generator: every file is re-read through what
// truth.json says about it (header row, mapping, date order, sheet, non-entry rows), and every truth row is checked
// against the cells, the running balances, the calendar, the decision rules and the reconcile documents.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout29'));
const schema = JSON.parse(readFileSync(join(here, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

let problems = 0;
const problem = (where, msg) => {
  problems += 1;
  if (problems <= 200) console.error(`✗ ${where}: ${msg}`);
};

// ------------------------------------------------------------------------------------------- reading cells

const MONTHS = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const two = (n) => String(n).padStart(2, '0');
const ymd = (y, m, d) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${two(m)}-${two(d)}`;
};
/** A business date from a cell, or null when the cell holds no date. */
function readDate(v, order) {
  if (typeof v === 'number') {
    if (v < 20000 || v > 80000) return null;
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = String(v ?? '').trim();
  let x;
  if ((x = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/.exec(s))) {
    const m = MONTHS[x[2].toUpperCase()];
    return m ? ymd(Number(x[3]), m, Number(x[1])) : null;
  }
  if ((x = /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(s))) return ymd(Number(x[1]), Number(x[2]), Number(x[3]));
  if ((x = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(s))) {
    if (order === 'MDY') return ymd(Number(x[3]), Number(x[1]), Number(x[2]));
    if (order === 'DMY') return ymd(Number(x[3]), Number(x[2]), Number(x[1]));
    throw new Error(`numeric date "${s}" without a dateOrder`);
  }
  return null;
}
/** Minor units from a cell; null when empty. */
function readMoney(v) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const m = Math.round(v * 100);
    if (Math.abs(v * 100 - m) > 1e-6) throw new Error(`more than two decimals: ${v}`);
    return m;
  }
  const s = String(v).trim();
  if (s === '') return null;
  const x = /^(-)?([\d,]+)\.(\d{2})$/.exec(s);
  if (!x) throw new Error(`not an amount: "${s}"`);
  const m = Number(x[2].replace(/,/g, '')) * 100 + Number(x[3]);
  return x[1] ? -m : m;
}
const dec = (m) => `${m < 0 ? '-' : ''}${Math.floor(Math.abs(m) / 100)}.${two(Math.abs(m) % 100)}`;

/** All rows of a file as arrays of cells (row n at index n-1). */
function rowsOf(path, sheet) {
  const buf = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(buf, { cellDates: false });
    const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
    if (!ws) throw new Error(`no sheet "${sheet}"`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '', blankrows: true });
  }
  const text = buf.toString('utf8').replace(/^\ufeff/, '');
  const first = text.split(/\r?\n/).find((l) => l.includes(';') || l.includes(',') || l.includes('\t')) ?? '';
  const delimiter = first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end with CRLF');
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
}

const SKIP_LABEL =
  /^(total|totals|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f|net change)/i;

/**
 * Entries of a file read through its mapping: { row, date, amount, balance, cells } for every dated row with money;
 * rows without a date must be money-less or listed in nonEntryRows.
 */
function readEntries(where, dir, spec) {
  const rows = rowsOf(join(dir, spec.file), spec.readOptions?.sheet);
  const header = rows[spec.headerRow - 1].map((c) => String(c).trim());
  const map = spec.readOptions.mapping;
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${spec.file}: header has no column "${name}" (row ${spec.headerRow})`);
    return i;
  };
  const order = spec.readOptions.dateOrder;
  const descCols = (Array.isArray(map.description) ? map.description : [map.description]).map(col);
  const nonEntry = new Set((spec.nonEntryRows ?? []).map((x) => x.row));
  const entries = [];
  for (let i = spec.headerRow; i < rows.length; i++) {
    const n = i + 1;
    const r = rows[i];
    const cell = (c) => (c === undefined ? '' : (r[c] ?? ''));
    const inAmt = readMoney(cell(col(map.moneyIn)));
    const outAmt = readMoney(cell(col(map.moneyOut)));
    const date = readDate(cell(col(map.date)), order);
    const labels = r.map((c) => String(c).trim()).filter(Boolean);
    const hasMoney = (inAmt ?? 0) !== 0 || (outAmt ?? 0) !== 0;
    if (nonEntry.has(n)) {
      if (date && hasMoney) problem(where, `${spec.file} row ${n} is listed as no entry but has a date and money`);
      continue;
    }
    if (!date) {
      if (hasMoney) problem(where, `${spec.file} row ${n} has money without a date and is not in nonEntryRows`);
      if (labels.some((l) => SKIP_LABEL.test(l)) && hasMoney) problem(where, `${spec.file} row ${n}: summary row`);
      continue;
    }
    if (labels.some((l) => SKIP_LABEL.test(l))) problem(where, `${spec.file} row ${n}: a dated summary row`);
    if (!hasMoney) {
      problem(where, `${spec.file} row ${n}: dated row without money`);
      continue;
    }
    if (inAmt && outAmt) problem(where, `${spec.file} row ${n}: money on both sides`);
    if ((inAmt ?? 0) < 0 || (outAmt ?? 0) < 0) problem(where, `${spec.file} row ${n}: a negative magnitude`);
    const text = (c) => String(cell(c)).trim();
    entries.push({
      row: n,
      date,
      amount: (inAmt ?? 0) - (outAmt ?? 0),
      balance: map.balance ? readMoney(cell(col(map.balance))) : null,
      description: descCols.map(text).filter(Boolean).join(' — '),
      reference: map.reference ? text(col(map.reference)) : '',
      party: map.party ? text(col(map.party)) : '',
      account: map.account ? text(col(map.account)) : '',
    });
  }
  return entries;
}

// ------------------------------------------------------------------------------------------- what text carries

const YEAR = /^20[2-3]\d$/;
/** Document numbers in a text: digit runs of 3+ (no leading zeros), joined over one '-', '/', '.' or space. */
function numbersIn(text) {
  const s = String(text ?? '');
  const out = new Set();
  const re = /\d+/g;
  const runs = [];
  let x;
  while ((x = re.exec(s))) runs.push({ v: x[0], a: x.index, b: x.index + x[0].length });
  const keep = (v) => {
    const t = v.replace(/^0+/, '');
    if (t.length >= 3 && !YEAR.test(v)) out.add(t);
  };
  runs.forEach((r, i) => {
    keep(r.v);
    let acc = r.v;
    for (let j = i + 1; j <= i + 2 && j < runs.length; j++) {
      if (!/^[-/. ]$/.test(s.slice(runs[j - 1].b, runs[j].a))) break;
      acc += runs[j].v;
      keep(acc);
    }
  });
  return out;
}
const NOISE = new Set(
  'LTD LIMITED PLC CO COMPANY THE AND OF FOR TO FROM BY TRF TRANSFER PAYMENT PAYMENTS INV INVOICE RECEIPT REF NO PTY CC INC GHANA NIGERIA KENYA'.split(
    ' ',
  ),
);
const namePairs = (text) => {
  const w = String(text ?? '')
    .toUpperCase()
    .replace(/&/g, ' ')
    .split(/[^A-Z]+/)
    .filter((t) => t.length > 1 && !NOISE.has(t));
  const out = new Set();
  for (let i = 1; i < w.length; i++) out.add(`${w[i - 1]} ${w[i]}`);
  return out;
};
function evidenceOf(bankText, ledgerTexts) {
  const nums = numbersIn(bankText);
  if (ledgerTexts.length && ledgerTexts.every((t) => [...numbersIn(t)].some((n) => nums.has(n)))) return 'reference';
  const pairs = namePairs(bankText);
  if (ledgerTexts.some((t) => [...namePairs(t)].some((p) => pairs.has(p)))) return 'counterparty';
  return 'amount';
}

// ------------------------------------------------------------------------------------------- one set

const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest']);
const EXPECT = {
  match: ['auto', 'suggest'],
  'bank-only': ['bank-only'],
  'reversal-pair': ['reversal-pair'],
  'no-counterpart': ['none'],
};
const AMOUNT_SHARED_OK = [
  'twins',
  'tie',
  'amount-shared-across-payers',
  'same-amount-own-reference',
  'same-amount-different-payers',
  'failed-transfer',
  'reversal',
  'duplicate-payment',
];
const NUMBER_SHARED_OK = ['duplicate-payment', 'reversal', 'failed-transfer', 'quotes-parent-transfer'];

function checkSet(dir, summary) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const where = truth.set;
  const { from, to } = truth.period;
  const holidays = new Set(truth.publicHolidays);
  const working = (d) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6 && !holidays.has(d);
  };
  const cur = truth.currency;

  // ---- ledger
  const lf = truth.ledgerFiles[0];
  const bf = truth.bankFiles[0];
  const ledgerAll = readEntries(where, dir, lf);
  const accountMapped = Boolean(lf.readOptions.mapping.account);
  const ledger = accountMapped ? ledgerAll.filter((e) => e.account === bf.ledgerAccount) : ledgerAll;
  if (accountMapped && ledger.length === ledgerAll.length && new Set(ledgerAll.map((e) => e.account)).size > 1)
    problem(where, 'ledgerAccount selects nothing');
  if (!ledger.length) problem(where, 'no ledger rows for the bank account');
  const byRow = new Map(ledger.map((e) => [e.row, e]));
  let book = readMoney(lf.openingBalance);
  for (const e of ledger) {
    book += e.amount;
    if (e.date < from || e.date > to) problem(where, `ledger row ${e.row} outside the period`);
    if (!working(e.date)) problem(where, `ledger row ${e.row} dated on a weekend or holiday (${e.date})`);
  }
  if (book !== readMoney(lf.closingBalance))
    problem(where, `ledger opening + rows ${dec(book)} ≠ closing ${lf.closingBalance}`);
  if (lf.readOptions.mapping.balance) {
    let run = readMoney(lf.openingBalance);
    for (const e of ledgerAll) {
      run += e.amount;
      if (e.balance !== run) problem(where, `ledger row ${e.row}: balance ${dec(e.balance)}, running ${dec(run)}`);
    }
  }

  // ---- bank
  const bank = readEntries(where, dir, bf);
  let run = readMoney(bf.openingBalance);
  let prev = from;
  for (const e of bank) {
    run += e.amount;
    if (e.balance !== run) problem(where, `bank row ${e.row}: balance ${dec(e.balance ?? 0)}, running ${dec(run)}`);
    if (e.date < prev) problem(where, `bank row ${e.row} out of date order`);
    prev = e.date;
    if (e.date < from || e.date > to) problem(where, `bank row ${e.row} outside the period`);
    if (!working(e.date)) problem(where, `bank row ${e.row} on a weekend or holiday (${e.date})`);
    if (run < 0) problem(where, `bank row ${e.row}: the account is overdrawn`);
  }
  if (run !== readMoney(bf.closingBalance)) problem(where, `bank opening + lines ≠ closing ${bf.closingBalance}`);
  if (bank.length < 45 || bank.length > 85) problem(where, `${bank.length} bank lines, outside 45–85`);

  // ---- truth rows against the cells
  const bankByRow = new Map(bank.map((e) => [e.row, e]));
  if (truth.bank.length !== bank.length)
    problem(where, `truth has ${truth.bank.length} lines, the file ${bank.length}`);
  truth.bank.forEach((t, i) => {
    const e = bank[i];
    if (!e || e.row !== t.ref.row)
      return problem(where, `truth line ${i} is row ${t.ref.row}, the file's is ${e?.row}`);
    if (t.ref.file !== bf.file) problem(where, `row ${e.row}: file ${t.ref.file}`);
    if (t.ref.date !== e.date) problem(where, `row ${e.row}: date ${t.ref.date} ≠ ${e.date}`);
    if (t.ref.amount !== dec(e.amount)) problem(where, `row ${e.row}: amount ${t.ref.amount} ≠ ${dec(e.amount)}`);
    if (t.ref.text !== e.description) problem(where, `row ${e.row}: text differs from the cells`);
    if ((t.ref.reference ?? '') !== e.reference) problem(where, `row ${e.row}: reference differs from the cell`);
  });
  const lineOf = new Map(truth.bank.map((t) => [t.ref.row, t]));
  const ledgerRefOk = (r, ctx) => {
    const e = byRow.get(r.row);
    if (!e || r.file !== lf.file) return problem(where, `${ctx}: ledger row ${r.row} is no entry of the bank account`);
    if (e.date !== r.date || dec(e.amount) !== r.amount)
      problem(where, `${ctx}: ledger row ${r.row} is ${e.date} ${dec(e.amount)}, truth says ${r.date} ${r.amount}`);
  };

  // ---- ownership of ledger rows
  const owners = new Map();
  const own = (row, key) => {
    if (!owners.has(row)) owners.set(row, new Set());
    owners.get(row).add(key);
  };
  const groups = new Map();
  for (const t of truth.bank) {
    const ctx = `row ${t.ref.row}`;
    for (const r of t.ledger ?? []) {
      ledgerRefOk(r, ctx);
      own(r.row, t.group ?? `line${t.ref.row}`);
    }
    if (t.ledgerAnyOf) {
      const key = `anyOf:${JSON.stringify(t.ledgerAnyOf.map((o) => o.map((r) => r.row).sort()).sort())}`;
      for (const opt of t.ledgerAnyOf)
        for (const r of opt) {
          ledgerRefOk(r, ctx);
          own(r.row, key);
        }
    }
    if (t.group) {
      const rows = JSON.stringify((t.ledger ?? []).map((r) => r.row).sort());
      if (groups.has(t.group) && groups.get(t.group).rows !== rows)
        problem(where, `${ctx}: group ${t.group} names other rows`);
      if (!groups.has(t.group)) groups.set(t.group, { rows, lines: [] });
      groups.get(t.group).lines.push(t);
    }
  }
  for (const x of truth.ledgerOnly) {
    ledgerRefOk(x, `ledgerOnly ${x.row}`);
    own(x.row, 'ledger-only');
    if (!x.why) problem(where, `ledgerOnly ${x.row} without a reason`);
  }
  for (const e of ledger) {
    const o = owners.get(e.row);
    if (!o) problem(where, `ledger row ${e.row} is owned by nothing`);
    else if (o.size > 1) problem(where, `ledger row ${e.row} is owned ${o.size} times`);
  }

  // ---- decisions
  const bankText = (t) => {
    const e = bankByRow.get(t.ref.row);
    return [e.description, e.reference, e.party].filter(Boolean).join(' ');
  };
  const rowText = (e) => [e.reference, e.description, e.party].filter(Boolean).join(' ');
  const sum = (refs) => refs.reduce((s, r) => s + (byRow.get(r.row)?.amount ?? 0), 0);
  for (const t of truth.bank) {
    const ctx = `row ${t.ref.row}`;
    const amt = bankByRow.get(t.ref.row)?.amount ?? 0;
    const traits = new Set(t.traits);
    if (!EXPECT[t.expect]?.includes(t.decision))
      problem(where, `${ctx}: expect ${t.expect} with decision ${t.decision}`);
    if ((t.decision === 'suggest') !== (typeof t.mustNotAuto === 'boolean'))
      problem(where, `${ctx}: mustNotAuto only and always on suggest`);
    if (t.expect === 'match') {
      if ((t.ledger === null) !== Boolean(t.ledgerAnyOf) || Boolean(t.ledgerAnyOf) !== t.ambiguous)
        problem(where, `${ctx}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
      if (!t.ledger?.length && !t.ledgerAnyOf?.length) problem(where, `${ctx}: a match without rows`);
    } else {
      if (t.ledger !== null || t.ledgerAnyOf || t.ambiguous || t.evidence !== null)
        problem(where, `${ctx}: a ${t.expect} line with ledger rows or evidence`);
    }
    if (traits.has('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true && t.ledgerAnyOf))
      problem(where, `${ctx}: a tie must be suggest, mustNotAuto, ledgerAnyOf`);
    if (traits.has('twins') && !(t.decision === 'auto' && t.ledgerAnyOf))
      problem(where, `${ctx}: twins are auto with ledgerAnyOf`);
    if (t.ledgerAnyOf && !traits.has('twins') && !traits.has('tie'))
      problem(where, `${ctx}: ledgerAnyOf without twins or tie`);
    if ((t.kind !== null) !== (t.decision === 'bank-only') || (t.kind !== null && !KINDS.has(t.kind)))
      problem(where, `${ctx}: kind ${t.kind} with decision ${t.decision}`);
    if (t.decision === 'bank-only' || t.decision === 'none' || t.decision === 'reversal-pair') {
      if (t.difference !== undefined) problem(where, `${ctx}: a difference on a ${t.decision} line`);
    }
    // amounts
    const options = t.ledgerAnyOf ?? (t.ledger ? [t.ledger] : []);
    const bankSum = t.group ? groups.get(t.group).lines.reduce((s, x) => s + readMoney(x.ref.amount), 0) : amt;
    for (const opt of options) {
      const diff = bankSum - sum(opt);
      if (t.decision === 'auto') {
        if (t.difference === undefined && diff !== 0)
          problem(where, `${ctx}: auto with amounts ${dec(bankSum)} vs ${dec(sum(opt))} and no difference`);
        if (t.difference !== undefined) {
          if (readMoney(t.difference) !== diff)
            problem(where, `${ctx}: difference ${t.difference}, bank − books is ${dec(diff)}`);
          if (Math.abs(diff) * 10 > Math.abs(sum(opt))) problem(where, `${ctx}: difference over 10 %`);
          if (diff > 0 && !traits.has('over-payment'))
            problem(where, `${ctx}: a positive difference without over-payment`);
          if (diff < 0 && ![...traits].some((x) => x.startsWith('short-') || x === 'payer-deducted-charge'))
            problem(where, `${ctx}: a negative difference without a short-* trait`);
          if (diff === 0) problem(where, `${ctx}: a zero difference written out`);
        }
      } else if (
        t.decision === 'suggest' &&
        diff !== 0 &&
        !traits.has('part-payment') &&
        !traits.has('short-net-of-fee')
      ) {
        problem(where, `${ctx}: a suggestion of another amount that is no part payment or settlement`);
      }
    }
    if (t.difference !== undefined && t.decision !== 'auto') problem(where, `${ctx}: difference on a ${t.decision}`);
    // evidence the cells carry
    if (t.expect === 'match') {
      for (const opt of options) {
        const ev = evidenceOf(
          bankText(t),
          opt.map((r) => rowText(byRow.get(r.row) ?? {})),
        );
        if (ev !== t.evidence) problem(where, `${ctx}: evidence ${t.evidence}, the cells carry ${ev}`);
      }
    }
    // no other row of the same amount, and no other row sharing a number, unless a trait says why
    const mine = new Set(options.flat().map((r) => r.row));
    const nums = numbersIn(bankText(t));
    for (const e of ledger) {
      if (mine.has(e.row)) continue;
      if (e.amount === amt && !t.traits.some((x) => AMOUNT_SHARED_OK.includes(x)))
        problem(where, `${ctx}: ledger row ${e.row} has the same amount and is not the answer`);
      const partyNums = numbersIn(e.party);
      const shared = [...numbersIn(rowText(e))].filter((n) => nums.has(n) && !partyNums.has(n));
      if (shared.length && !t.traits.some((x) => NUMBER_SHARED_OK.includes(x)))
        problem(where, `${ctx}: shares ${shared.join(',')} with ledger row ${e.row}, not its answer`);
    }
    // reversal partners
    if (t.decision === 'reversal-pair') {
      const p = t.partner && lineOf.get(t.partner.row);
      if (!p || p.partner?.row !== t.ref.row) problem(where, `${ctx}: partner does not point back`);
      else if (readMoney(p.ref.amount) !== -amt) problem(where, `${ctx}: partner does not cancel`);
    } else if (t.partner !== null) problem(where, `${ctx}: partner on a ${t.decision} line`);
  }

  // ---- the reconcile document
  const docName = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docName), 'utf8'));
  if (!validateDoc(doc)) problem(where, `${docName}: ${JSON.stringify(validateDoc.errors?.slice(0, 3))}`);
  if (JSON.stringify(doc.options) !== JSON.stringify({ timezone: truth.timezone }))
    problem(where, `${docName}: options`);
  if (doc.bank.length !== bank.length) problem(where, `${docName}: ${doc.bank.length} bank lines`);
  doc.bank.forEach((b, i) => {
    const e = bank[i];
    if (!e) return;
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: cur,
      narration: e.description,
      reference: e.reference || null,
      counterparty: e.party ? { name: e.party } : null,
      balance: dec(e.balance),
    };
    if (JSON.stringify(b) !== JSON.stringify(want))
      problem(where, `${docName} bank[${i}] differs from the file's row ${e.row}`);
  });
  if (doc.ledger.length !== ledger.length)
    problem(where, `${docName}: ${doc.ledger.length} ledger entries, the account has ${ledger.length}`);
  doc.ledger.forEach((l, i) => {
    const e = ledger[i];
    if (!e) return;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: cur,
      reference: e.reference || null,
      description: e.description || null,
      party: e.party || null,
      account: e.account || null,
    };
    if (JSON.stringify(l) !== JSON.stringify(want))
      problem(where, `${docName} ledger[${i}] differs from the file's row ${e.row}`);
  });
  const st = doc.statement;
  if (st.from !== from || st.to !== to || st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    problem(where, `${docName}: statement`);

  // ---- index counts
  const count = (p) => truth.bank.filter(p).length;
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: ledger.length,
    auto: count((t) => t.decision === 'auto'),
    suggest: count((t) => t.decision === 'suggest'),
    'bank-only': count((t) => t.decision === 'bank-only'),
    none: count((t) => t.decision === 'none'),
    'reversal-pair': count((t) => t.decision === 'reversal-pair'),
    mustNotAuto: count((t) => t.mustNotAuto === true),
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((t) => t.expect === 'match'),
    matchedWithoutReference: count((t) => t.expect === 'match' && t.evidence !== 'reference'),
  };
  const got = { ...summary, ...summary.decisions };
  for (const [k, v] of Object.entries(want)) if (got[k] !== v) problem(where, `index.json ${k} ${got[k]}, truth ${v}`);
  return { set: truth.set, lines: bank.length, rows: ledger.length };
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
let lines = 0;
for (const s of index.sets) {
  const dir = join(root, s.set);
  if (!existsSync(join(dir, 'truth.json'))) {
    problem(s.set, 'no truth.json');
    continue;
  }
  try {
    const r = checkSet(dir, s);
    lines += r.lines;
    console.log(`  ${r.set}: ${r.lines} bank lines, ${r.rows} ledger rows checked`);
  } catch (err) {
    problem(s.set, err.message);
  }
}
if (lines < 250 || lines > 300) problem('holdout29', `${lines} bank lines in all, outside 250–300`);
if (problems) {
  console.error(`holdout29: ${problems} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`holdout29: valid (${index.sets.length} sets, ${lines} bank lines) in ${root}`);
