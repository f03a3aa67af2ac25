#!/usr/bin/env node
// Checks bench/corpus/holdout24 without the generator: every file is read again from the bytes, through what
// truth.json says about it (header row, column mapping, date order, sheet, non-entry rows), and every truth row
// is checked against the files. Imports nothing from make-holdout24.mjs or its modules on purpose, so a bug in
// the generator cannot hide itself here.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, '..', 'holdout24');
const REPO = join(here, '..', '..', '..');
const errors = [];
let checks = 0;
const ok = (cond, where, msg) => {
  checks += 1;
  if (!cond) errors.push(`${where}: ${msg}`);
  return cond;
};

// ---------------- money and dates, from text, in integers ----------------

/** Minor units from a cell: "1,234.56", "-1234.56", a spreadsheet number; null for an empty cell. */
function money(v) {
  if (v === null || v === undefined) return null;
  let s = typeof v === 'number' ? v.toFixed(2) : String(v).trim();
  if (s === '') return null;
  s = s.replace(/,/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not an amount: ${JSON.stringify(v)}`);
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}
const dec = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** An ISO date from a cell, or null when the cell is not a date. */
function date(v, order) {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return null;
    return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return iso(m[1], m[2], m[3]);
  m = /^(\d{2})[-\s]([A-Za-z]{3})[-\s](\d{4})$/.exec(s);
  if (m && MON[m[2].toLowerCase()]) return iso(m[3], MON[m[2].toLowerCase()], m[1]);
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) {
    if (order !== 'DMY') throw new Error(`numeric date ${s} without dateOrder DMY`);
    return iso(m[3], m[2], m[1]);
  }
  return null;
}
const realDate = (d) => {
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
};
const weekday = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();
const daysBetween = (a, b) => Math.round((new Date(`${b}T00:00:00Z`) - new Date(`${a}T00:00:00Z`)) / 86400000);

// ---------------- reading a file as a table ----------------

/** Rows of the file as arrays of cells, row numbers as a spreadsheet shows them (index + 1). */
function readRows(path, sheet) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { cellDates: false });
    const name = sheet ?? wb.SheetNames[0];
    const ws = wb.Sheets[name];
    if (!ws) throw new Error(`no sheet ${name}`);
    if (!ws['!ref'].startsWith('A1:')) throw new Error(`sheet ${name} does not start at A1`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  }
  const text = readFileSync(path, 'utf8');
  const first = text.split('\r\n').find((l) => l.includes(';') || l.includes(','));
  const delimiter = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
  const lines = text.split('\r\n');
  if (lines.at(-1) !== '') throw new Error('CSV does not end with CRLF');
  if (rows.length !== lines.length - 1) throw new Error('a CSV cell spans lines: row numbers would shift');
  return rows;
}

const LABEL =
  /^(total|sub-total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f)/i;
const cols = (c) => (Array.isArray(c) ? c : c ? [c] : []);

/**
 * The entries of a file as a reader given this mapping would see them: rows below the header with a date and
 * money, minus label rows and the declared non-entry rows. Returns the header, the entries, and the rows passed over.
 */
function table(dir, f, where) {
  const rows = readRows(join(dir, f.file), f.readOptions.sheet);
  const map = f.readOptions.mapping;
  const header = rows[f.headerRow - 1].map((h) => (h === null ? '' : String(h)));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${f.file}: no column "${name}" in header row ${f.headerRow}`);
    return i;
  };
  for (const c of [
    map.date,
    ...cols(map.description),
    map.reference,
    map.amount,
    map.moneyIn,
    map.moneyOut,
    map.balance,
    map.account,
    map.party,
    map.journalId,
    map.currency,
  ].filter(Boolean))
    col(c);
  const non = new Map((f.nonEntryRows ?? []).map((n) => [n.row, n.why]));
  const entries = [];
  const passed = [];
  for (let i = f.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const rowNo = i + 1;
    const cell = (name) => {
      const v = r[col(name)];
      return v === undefined ? null : v;
    };
    const text = (names) => {
      const parts = cols(names)
        .map((n) => cell(n))
        .filter((v) => v !== null && v !== '')
        .map(String);
      return parts.length ? parts.join(' — ') : null;
    };
    let amt = null;
    if (map.amount) amt = money(cell(map.amount));
    else {
      const inn = money(cell(map.moneyIn));
      const out = money(cell(map.moneyOut));
      if (inn !== null || out !== null) amt = (inn ?? 0) - (out ?? 0);
    }
    const bal = map.balance ? money(cell(map.balance)) : null;
    const first = r[0] === null || r[0] === undefined ? '' : String(r[0]);
    const desc = text(map.description) ?? '';
    const d = date(cell(map.date), f.readOptions.dateOrder);
    const label = LABEL.test(first) || LABEL.test(desc);
    if (non.has(rowNo)) {
      ok(amt !== null || bal !== null, where, `${f.file} row ${rowNo}: a non-entry row without money`);
      passed.push({ row: rowNo, label: first || desc, amount: amt, balance: bal, cells: r, date: d });
      continue;
    }
    if (label) {
      passed.push({ row: rowNo, label: first || desc, amount: amt, balance: bal, cells: r, date: d });
      continue;
    }
    if (amt === null) {
      ok(bal === null || d === null, where, `${f.file} row ${rowNo}: a balance without an amount`);
      continue;
    }
    if (!ok(d !== null, where, `${f.file} row ${rowNo}: money without a date`)) continue;
    entries.push({
      row: rowNo,
      date: d,
      amount: amt,
      balance: bal,
      text: desc,
      reference: map.reference ? text(map.reference) : null,
      party: map.party ? text(map.party) : null,
      account: map.account ? text(map.account) : null,
      currency: map.currency ? text(map.currency) : null,
      description: map.description ? text(map.description) : null,
      cells: r,
    });
  }
  for (const n of non.keys())
    ok(
      passed.some((p) => p.row === n),
      where,
      `${f.file}: nonEntryRow ${n} not passed over`,
    );
  return { header, rows, entries, passed };
}

// ---------------- references quoted in a bank line ----------------

const YEARS = new Set(['2024', '2025', '2026']);
const runs = (s) => (s.match(/\d+/g) ?? []).map((r) => r.replace(/^0+/, '')).filter((r) => r.length >= 3);
/** The identifiers of a ledger row: digit runs of three or more (years and dates' parts aside). */
const idsOf = (e) =>
  runs(
    [e.reference, e.description, e.party]
      .filter(Boolean)
      .join(' ')
      .replace(/\d{2}\/\d{2}\/\d{4}/g, ' '),
  ).filter((r) => !YEARS.has(r));
const alnum = (s) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');
/** Whole-token ids (an M-PESA receipt such as TK7Q2XZ9MB) besides the digit runs. */
const tokensOf = (e) =>
  (e.reference ?? '')
    .split(/\s+/)
    .map(alnum)
    .filter((t) => t.length >= 8 && /[A-Z]/.test(t));
const quotes = (bankText, id) =>
  /[A-Z]/.test(id)
    ? alnum(bankText).includes(id)
    : runs(bankText).some((r) => r === id || (id.endsWith(r) && r.length >= 3));

const GENERIC = new Set(['customer', 'payment', 'invoice', 'receipt', 'vendor', 'bill', 'cash', 'deposit']);
/** The first distinctive word of the ledger row's party (or of the name after " - " in its description). */
function nameWord(e) {
  const src =
    e.party ?? (e.description?.includes(' - ') ? e.description.split(' - ').slice(1).join(' - ') : e.description);
  return (src ?? '').split(/[^A-Za-z]+/).find((w) => w.length >= 4 && !GENERIC.has(w.toLowerCase())) ?? null;
}

// ---------------- the sets ----------------

const schema = JSON.parse(readFileSync(join(REPO, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const dirs = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory());
ok(
  JSON.stringify(dirs.sort()) === JSON.stringify(index.sets.map((s) => s.set).sort()),
  'index.json',
  `sets ${index.sets.map((s) => s.set)} vs folders ${dirs}`,
);

const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest']);
const EXPECT = {
  match: ['auto', 'suggest'],
  'bank-only': ['bank-only'],
  'reversal-pair': ['reversal-pair'],
  'no-counterpart': ['none'],
};

for (const idx of index.sets) {
  const set = idx.set;
  const dir = join(ROOT, set);
  const W = set;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  ok(truth.set === set, W, 'truth.set');
  const { from, to } = truth.period;
  const inPeriod = (d) => d >= from && d <= to;
  ok(truth.bankFiles.length === 1 && truth.ledgerFiles.length === 1, W, 'one statement and one ledger file');
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  for (const f of [bf.file, lf.file, `reconcile.${bf.file}.json`, 'truth.json'])
    ok(existsSync(join(dir, f)), W, `missing ${f}`);
  ok(
    JSON.stringify(readdirSync(dir).sort()) ===
      JSON.stringify([bf.file, lf.file, `reconcile.${bf.file}.json`, 'truth.json'].sort()),
    W,
    'stray files in the set folder',
  );

  // ---- the statement ----
  const B = table(dir, bf, W);
  const opening = money(bf.openingBalance);
  const closing = money(bf.closingBalance);
  const chrono = bf.order === 'newest-first' ? [...B.entries].reverse() : B.entries;
  let bal = opening;
  let prevDate = from;
  for (const e of chrono) {
    bal += e.amount;
    ok(e.balance === bal, W, `${bf.file} row ${e.row}: balance ${dec(e.balance)}, expected ${dec(bal)}`);
    ok(bal >= 0, W, `${bf.file} row ${e.row}: overdrawn`);
    ok(inPeriod(e.date) && realDate(e.date), W, `${bf.file} row ${e.row}: date ${e.date} outside the period`);
    ok(e.date >= prevDate, W, `${bf.file} row ${e.row}: dates out of ${bf.order} order`);
    prevDate = e.date;
  }
  ok(bal === closing, W, `opening + lines = ${dec(bal)}, closingBalance ${bf.closingBalance}`);
  ok(opening + B.entries.reduce((s, e) => s + e.amount, 0) === closing, W, 'opening + sum of lines ≠ closing');
  // figures the file states: the preamble's balances, dated balance rows, totals
  const pre = B.rows.slice(0, bf.headerRow - 1);
  for (const [re, want] of [
    [/opening/i, opening],
    [/closing/i, closing],
  ]) {
    const r = pre.find((x) => x && re.test(String(x[0] ?? '')));
    if (r) ok(money(r[1]) === want, W, `${bf.file}: preamble "${r[0]}" states ${r[1]}, expected ${dec(want)}`);
  }
  for (const p of B.passed) {
    if (/opening/i.test(p.label)) ok(p.balance === opening, W, `${bf.file} row ${p.row}: opening balance row`);
    if (/closing/i.test(p.label)) ok(p.balance === closing, W, `${bf.file} row ${p.row}: closing balance row`);
    if (/^total/i.test(p.label)) {
      const map = bf.readOptions.mapping;
      const h = B.header;
      const dr = B.entries.filter((e) => e.amount < 0).reduce((s, e) => s - e.amount, 0);
      const cr = B.entries.filter((e) => e.amount > 0).reduce((s, e) => s + e.amount, 0);
      ok(money(p.cells[h.indexOf(map.moneyOut)]) === dr, W, `${bf.file} row ${p.row}: debit total`);
      ok(money(p.cells[h.indexOf(map.moneyIn)]) === cr, W, `${bf.file} row ${p.row}: credit total`);
    }
  }
  // FNB's accrued charges: what the lines accrued is what the month-end service fee line takes
  const acc = B.header.indexOf('Accrued Charges');
  if (acc >= 0) {
    const accrued = B.entries.reduce((s, e) => s + (money(e.cells[acc]) ?? 0), 0);
    const fee = B.entries.filter((e) => e.text.startsWith('#Service Fees'));
    ok(fee.length === 1 && -fee[0].amount === accrued, W, `accrued charges ${dec(accrued)} vs #Service Fees line`);
  }
  for (const e of B.entries) ok(weekday(e.date) !== 0 && weekday(e.date) !== 6, W, `${bf.file} row ${e.row}: weekend`);
  ok(B.entries.length >= 45 && B.entries.length <= 70, W, `${B.entries.length} statement lines (45–70 wanted)`);

  // ---- the ledger ----
  const L = table(dir, lf, W);
  const map = lf.readOptions.mapping;
  const own = map.account ? L.entries.filter((e) => e.account === bf.ledgerAccount) : L.entries;
  const others = L.entries.filter((e) => !own.includes(e));
  ok(own.length > 0, W, `no ledger row of account ${bf.ledgerAccount}`);
  ok(lf.openingBalance === bf.openingBalance, W, 'ledger opening ≠ bank opening');
  ok(
    money(lf.openingBalance) + own.reduce((s, e) => s + e.amount, 0) === money(lf.closingBalance),
    W,
    'ledger opening + rows ≠ closing',
  );
  for (const e of L.entries) {
    ok(inPeriod(e.date) && realDate(e.date), W, `${lf.file} row ${e.row}: date outside the period`);
    if (map.currency) ok(e.currency === truth.currency, W, `${lf.file} row ${e.row}: currency ${e.currency}`);
  }
  for (const oa of lf.otherAccounts ?? []) {
    const rows = others.filter((e) => e.account === oa.account);
    ok(rows.length === oa.rows, W, `other account ${oa.account}: ${rows.length} rows, truth says ${oa.rows}`);
    ok(
      money(oa.openingBalance) + rows.reduce((s, e) => s + e.amount, 0) === money(oa.closingBalance),
      W,
      `other account ${oa.account}: opening + rows ≠ closing`,
    );
  }
  ok(
    others.length === (lf.otherAccounts ?? []).reduce((s, a) => s + a.rows, 0),
    W,
    `${others.length} rows of other accounts`,
  );
  // stated section figures (Beginning/Ending Balance rows and Total rows naming an account)
  const h = L.header;
  const acctOf = (p) => (map.account ? p.cells[h.indexOf(map.account)] : null);
  for (const p of L.passed) {
    const a = acctOf(p) || (p.label.match(/Total for (.+)$/) ?? [])[1];
    if (!a) continue;
    const isOwn = a === bf.ledgerAccount;
    const oa = (lf.otherAccounts ?? []).find((x) => x.account === a);
    const open = isOwn ? money(lf.openingBalance) : money(oa?.openingBalance);
    const close = isOwn ? money(lf.closingBalance) : money(oa?.closingBalance);
    const rows = isOwn ? own : others.filter((e) => e.account === a);
    if (/^beginning/i.test(p.label)) ok(p.amount === open, W, `${lf.file} row ${p.row}: beginning balance`);
    if (/^ending/i.test(p.label)) ok(p.amount === close, W, `${lf.file} row ${p.row}: ending balance`);
    if (/^total/i.test(p.label)) {
      const dr = money(p.cells[h.indexOf(map.moneyIn)]);
      const cr = money(p.cells[h.indexOf(map.moneyOut)]);
      ok(
        dr === rows.filter((e) => e.amount > 0).reduce((s, e) => s + e.amount, 0),
        W,
        `${lf.file} row ${p.row}: Dr total`,
      );
      ok(
        cr === -rows.filter((e) => e.amount < 0).reduce((s, e) => s + e.amount, 0),
        W,
        `${lf.file} row ${p.row}: Cr total`,
      );
    }
  }

  // ---- truth against the files ----
  const bankByRow = new Map(B.entries.map((e) => [e.row, e]));
  const ledByRow = new Map(own.map((e) => [e.row, e]));
  const tb = truth.bank;
  ok(
    JSON.stringify(tb.map((t) => t.ref.row)) === JSON.stringify(B.entries.map((e) => e.row)),
    W,
    'truth.bank is not every statement row with money, once, in file order',
  );
  const refOk = (r, what) => {
    const e = bankByRow.get(r.row);
    if (!ok(e && r.file === bf.file, W, `${what}: no statement row ${r.row}`)) return;
    ok(r.date === e.date && r.amount === dec(e.amount), W, `${what}: row ${r.row} date/amount ${r.date} ${r.amount}`);
    ok(r.text === e.text, W, `${what}: row ${r.row} text "${r.text}" vs "${e.text}"`);
    ok((r.reference ?? null) === (e.reference ?? null), W, `${what}: row ${r.row} reference`);
  };
  const ledOk = (r, what) => {
    const e = ledByRow.get(r.row);
    if (!ok(e && r.file === lf.file, W, `${what}: ledger row ${r.row} is not a row of ${bf.ledgerAccount}`))
      return null;
    ok(r.date === e.date && r.amount === dec(e.amount), W, `${what}: ledger row ${r.row} date/amount`);
    return e;
  };

  const owner = new Map();
  const claim = (row, key, what) => {
    const was = owner.get(row);
    ok(was === undefined || was === key, W, `${what}: ledger row ${row} owned twice (${was}, ${key})`);
    owner.set(row, key);
  };
  const groups = new Map();
  const anyOf = new Map();
  for (const t of tb) {
    const what = `bank row ${t.ref.row}`;
    refOk(t.ref, what);
    const e = bankByRow.get(t.ref.row);
    ok(EXPECT[t.expect]?.includes(t.decision), W, `${what}: expect ${t.expect} with decision ${t.decision}`);
    ok(['reference', 'counterparty', 'amount'].includes(t.evidence), W, `${what}: evidence ${t.evidence}`);
    ok((t.decision === 'suggest') === 'mustNotAuto' in t, W, `${what}: mustNotAuto only and always on suggest`);
    ok(
      (t.ledger === null) === Array.isArray(t.ledgerAnyOf) && (t.ledger === null) === t.ambiguous,
      W,
      `${what}: ledger null ⇔ ledgerAnyOf ⇔ ambiguous`,
    );
    ok((t.kind !== null) === (t.decision === 'bank-only'), W, `${what}: kind on bank-only lines only`);
    if (t.kind !== null) ok(KINDS.has(t.kind), W, `${what}: kind ${t.kind}`);
    ok((t.partner !== null) === (t.decision === 'reversal-pair'), W, `${what}: partner on reversal pairs only`);
    ok(Array.isArray(t.traits), W, `${what}: traits`);
    const traits = new Set(t.traits);
    if (t.expect !== 'match') {
      ok(Array.isArray(t.ledger) && t.ledger.length === 0 && !t.ledgerAnyOf, W, `${what}: no ledger rows expected`);
      ok(!('difference' in t), W, `${what}: difference on a line without counterpart`);
    }
    if (t.decision === 'reversal-pair') {
      refOk(t.partner, `${what} partner`);
      const p = tb.find((x) => x.ref.row === t.partner.row);
      ok(p && p.partner?.row === t.ref.row, W, `${what}: partner does not point back`);
      ok(p && money(p.ref.amount) === -e.amount, W, `${what}: reversal does not cancel`);
    }
    if (traits.has('tie'))
      ok(
        t.decision === 'suggest' && t.mustNotAuto === true && t.ledgerAnyOf,
        W,
        `${what}: a tie is suggest, mustNotAuto, ledgerAnyOf`,
      );
    if (traits.has('twins')) ok(t.decision === 'auto' && t.ledgerAnyOf, W, `${what}: twins are auto with ledgerAnyOf`);
    if (t.expect !== 'match') continue;

    const sets = t.ledger ? [t.ledger] : t.ledgerAnyOf;
    const resolved = sets.map((s) => s.map((r) => ledOk(r, what)).filter(Boolean));
    if (t.ledger) {
      const key = t.group ? `group ${t.group}` : `line ${t.ref.row}`;
      for (const r of t.ledger) claim(r.row, key, what);
      if (t.group) {
        const g = groups.get(t.group) ?? {
          rows: JSON.stringify(t.ledger.map((r) => r.row).sort()),
          bank: 0,
          lines: [],
        };
        ok(g.rows === JSON.stringify(t.ledger.map((r) => r.row).sort()), W, `${what}: group ${t.group} ledger differs`);
        g.bank += e.amount;
        g.lines.push(t);
        groups.set(t.group, g);
      }
    } else {
      const key = JSON.stringify(t.ledgerAnyOf.map((s) => s.map((r) => r.row).sort((a, b) => a - b)));
      for (const s of t.ledgerAnyOf) for (const r of s) claim(r.row, `anyOf ${key}`, what);
      anyOf.set(key, [...(anyOf.get(key) ?? []), t]);
    }

    // the difference: bank (or the group's bank lines) minus the ledger rows, auto only
    const ledSum = resolved[0].reduce((s, x) => s + x.amount, 0);
    if (t.decision === 'suggest') ok(!('difference' in t), W, `${what}: no difference on a suggestion`);
    if (t.decision === 'auto' && !t.group) {
      const diff = e.amount - ledSum;
      ok((t.difference ?? '0.00') === dec(diff), W, `${what}: difference ${t.difference} vs ${dec(diff)}`);
      ok(Math.abs(diff) * 10 <= Math.abs(ledSum), W, `${what}: difference over 10 %`);
      if (diff > 0) ok(traits.has('over-payment'), W, `${what}: positive difference without over-payment`);
      if (diff < 0)
        ok(
          [...traits].some((x) => x.startsWith('short-') || x === 'net-of-fee'),
          W,
          `${what}: shortfall without a short-/net-of-fee trait`,
        );
    }
    // what the bank text quotes
    const bankText = `${e.text} ${e.reference ?? ''}`;
    for (const rows of resolved) {
      for (const x of rows) {
        const q = [...idsOf(x), ...tokensOf(x)].some((id) => quotes(bankText, id));
        if (t.evidence === 'reference') ok(q, W, `${what}: evidence reference but ledger row ${x.row} is not quoted`);
        else ok(!q, W, `${what}: evidence ${t.evidence} but ledger row ${x.row}'s reference is quoted`);
      }
    }
    // a payer named only: one booked row of that amount 0–2 days before, the name in the text
    if (traits.has('name-only')) {
      ok(
        t.decision === 'auto' && t.evidence === 'counterparty' && t.ledger?.length === 1,
        W,
        `${what}: name-only shape`,
      );
      const x = resolved[0][0];
      if (x) {
        const gap = daysBetween(x.date, e.date);
        ok(gap >= 0 && gap <= 2, W, `${what}: name-only booked ${gap} days before`);
        ok(x.amount === e.amount, W, `${what}: name-only not exact`);
        const word = nameWord(x);
        ok(word && e.text.toUpperCase().includes(word.toUpperCase()), W, `${what}: "${word}" not in "${e.text}"`);
        const same = own.filter((y) => y !== x && y.amount === x.amount);
        if (traits.has('amount-shared-across-payers'))
          ok(
            same.length === 1 && nameWord(same[0]) !== word,
            W,
            `${what}: shared amount must be one other payer's row`,
          );
        else ok(same.length === 0, W, `${what}: another ledger row has the amount`);
      }
    }
  }
  // no accidental look-alikes: a line's exact amount is in no ledger row but its own answer, unless the truth says
  // why (twins, with or without their own references, a tie, an amount two payers share, a failed transfer of the amount later re-sent)
  const sharedAmounts = new Set(
    tb.filter((t) => t.traits.includes('amount-shared-across-payers')).map((t) => money(t.ref.amount)),
  );
  for (const t of tb) {
    const amount = money(t.ref.amount);
    const answer = new Set([...(t.ledger ?? []), ...(t.ledgerAnyOf ?? []).flat()].map((r) => r.row));
    const alike = own.filter((y) => y.amount === amount && !answer.has(y.row));
    const why =
      t.decision === 'reversal-pair' ||
      ['twins', 'twins-own-reference', 'tie'].some((x) => t.traits.includes(x)) ||
      sharedAmounts.has(amount);
    ok(alike.length === 0 || why, W, `bank row ${t.ref.row}: ledger row ${alike[0]?.row} has the same amount`);
  }
  for (const [g, v] of groups) {
    const led = v.lines[0].ledger.reduce((s, r) => s + money(r.amount), 0);
    ok(v.lines.length >= 2, W, `group ${g}: one line`);
    ok(
      v.bank === led || v.lines.every((l) => l.difference === dec(v.bank - led)),
      W,
      `group ${g}: lines sum ${dec(v.bank)} vs ${dec(led)}`,
    );
  }
  for (const [k, lines] of anyOf) {
    const tie = lines.some((l) => l.traits.includes('tie'));
    ok(tie ? lines.length === 1 : lines.length === 2, W, `ledgerAnyOf ${k}: ${lines.length} lines`);
  }
  for (const lo of truth.ledgerOnly) {
    ledOk(lo, `ledgerOnly row ${lo.row}`);
    ok(typeof lo.why === 'string' && lo.why.length > 0, W, `ledgerOnly row ${lo.row}: why`);
    claim(lo.row, `ledgerOnly ${lo.row}`, `ledgerOnly row ${lo.row}`);
  }
  for (const e of own)
    ok(owner.has(e.row), W, `ledger row ${e.row} is in no truth line, group, pair, tie or ledgerOnly`);

  // ---- the reconcile document ----
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!ok(validateDoc(doc), W, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`)) continue;
  ok(doc.options?.timezone === truth.timezone, W, 'reconcile document timezone');
  ok(doc.bank.length === B.entries.length, W, 'reconcile document: bank line count');
  B.entries.forEach((e, i) => {
    const j = doc.bank[i];
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      narration: e.text,
      reference: e.reference,
      counterparty: null,
      balance: dec(e.balance),
    };
    ok(
      JSON.stringify(j) === JSON.stringify(want),
      W,
      `reconcile bank[${i}]: ${JSON.stringify(j)} vs ${JSON.stringify(want)}`,
    );
  });
  ok(doc.ledger.length === own.length, W, 'reconcile document: ledger entry count');
  own.forEach((e, i) => {
    const j = doc.ledger[i];
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      reference: e.reference,
      description: e.description,
      party: e.party,
      account: e.account,
    };
    ok(
      JSON.stringify(j) === JSON.stringify(want),
      W,
      `reconcile ledger[${i}]: ${JSON.stringify(j)} vs ${JSON.stringify(want)}`,
    );
  });
  ok(
    JSON.stringify(doc.statement) ===
      JSON.stringify({ from, to, bankBalance: bf.closingBalance, bookBalance: lf.closingBalance }),
    W,
    'reconcile document statement',
  );

  // ---- index.json ----
  const count = (d) => tb.filter((t) => t.decision === d).length;
  const matched = tb.filter((t) => t.expect === 'match');
  const want = {
    bankLines: tb.length,
    ledgerRows: own.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: tb.filter((t) => t.mustNotAuto === true).length,
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    matched: matched.length,
  };
  for (const [k, v] of Object.entries(want))
    ok(
      JSON.stringify(idx[k]) === JSON.stringify(v),
      W,
      `index.json ${k}: ${JSON.stringify(idx[k])} vs ${JSON.stringify(v)}`,
    );
  console.log(
    `  ${set}: ${tb.length} statement lines, ${own.length} ledger rows${others.length ? ` (+${others.length} of another account)` : ''}; ` +
      Object.entries(want.decisions)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
}

if (errors.length) {
  console.error(`holdout24: ${errors.length} problem(s) in ${checks} checks`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(`holdout24: all ${checks} checks pass`);
