// Checks bench/corpus/holdout25: re-reads every statement and ledger file only through what truth.json says about it
// (header row, column mapping, date order, sheet, non-entry rows), and checks the balances, the truth rows against
// the files, the decisions against each other, the reconcile-JSON documents and index.json. Imports nothing of the
// generator, so a generator bug cannot hide itself here.
//   node bench/corpus/holdout25-tools/validate-holdout25.mjs [corpus folder]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const root = process.argv[2] ?? join(here, '..', 'holdout25');
const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

// ---------------------------------------------------------------- reading cells

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const real = (s) =>
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** A date cell as an ISO date, or null when the cell is empty; throws on anything unreadable. */
function readDate(v, dateOrder) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return new Date(Date.UTC(1899, 11, 30) + v * 86400000).toISOString().slice(0, 10);
  const s = String(v).trim();
  // a label or a footer in the date column: no date (the caller refuses it if the row carries money)
  if (!/^\d{1,4}[-/ ]/.test(s)) return null;
  let m;
  let out = null;
  if ((m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s))) out = iso(m[1], m[2], m[3]);
  else if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s)) && MON[m[2].toLowerCase()])
    out = iso(m[3], MON[m[2].toLowerCase()], m[1]);
  else if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    if (dateOrder === 'DMY') out = iso(m[3], m[2], m[1]);
    else if (dateOrder === 'MDY') out = iso(m[3], m[1], m[2]);
    else throw new Error(`numeric date ${s} without a dateOrder`);
  }
  if (!out || !real(out)) throw new Error(`unreadable date "${s}"`);
  return out;
}

/** A money cell in minor units, or null when empty. */
function readMoney(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/,/g, '').trim();
  const m = /^(-)?(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`unreadable amount "${v}"`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}

const text = (v) => (v === null || v === undefined ? '' : String(v).trim());
const dec = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};

/** The file's rows as arrays of cells, index 0 = spreadsheet row 1. */
function rowsOf(path, opts) {
  if (path.endsWith('.csv')) {
    const raw = readFileSync(path, 'utf8');
    if (raw.includes('\n') && !raw.includes('\r\n')) fail(path, 'CSV line ends are not CRLF');
    return parse(raw, { relax_column_count: true, skip_empty_lines: false, bom: true });
  }
  const wb = XLSX.read(readFileSync(path));
  const name = opts.sheet ?? wb.SheetNames[0];
  const ws = wb.Sheets[name];
  if (!ws) throw new Error(`no sheet "${name}"`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
}

const SUMMARY =
  /^(total|sub-total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f)/i;

/**
 * Reads a file as a user's mapping says, without any knowledge of the generator: returns entries
 * { row, date, amount, text, reference, party, account, balance, currency } and the rows passed over.
 */
function readTable(path, fileTruth) {
  const opts = fileTruth.readOptions ?? {};
  const map = opts.mapping;
  const rows = rowsOf(path, opts);
  const header = (rows[fileTruth.headerRow - 1] ?? []).map(text);
  const col = (name) => {
    if (name === undefined) return -1;
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`header row ${fileTruth.headerRow} has no column "${name}" (${header.join(', ')})`);
    return i;
  };
  const descCols = [map.description].flat().filter(Boolean).map(col);
  const c = {
    date: col(map.date),
    amount: col(map.amount),
    moneyIn: col(map.moneyIn),
    moneyOut: col(map.moneyOut),
    reference: col(map.reference),
    party: col(map.party),
    account: col(map.account),
    balance: col(map.balance),
    currency: col(map.currency),
  };
  const nonEntry = new Map((fileTruth.nonEntryRows ?? []).map((n) => [n.row, n]));
  const entries = [];
  const passed = [];
  for (let i = fileTruth.headerRow; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const row = i + 1;
    const cell = (k) => (c[k] >= 0 ? r[c[k]] : null);
    const amount =
      c.amount >= 0
        ? readMoney(cell('amount'))
        : (() => {
            const inn = readMoney(cell('moneyIn'));
            const out = readMoney(cell('moneyOut'));
            return inn === null && out === null ? null : Math.abs(inn ?? 0) - Math.abs(out ?? 0);
          })();
    const description = descCols
      .map((k) => text(r[k]))
      .filter(Boolean)
      .join(' — ');
    const first = text(r[0]);
    const balance = c.balance >= 0 ? readMoney(cell('balance')) : null;
    const date = readDate(cell('date'), opts.dateOrder);
    const isBlank = r.every((v) => text(v) === '');
    if (nonEntry.has(row)) {
      passed.push({ row, why: 'nonEntryRows', date, amount, balance, label: first || description });
      continue;
    }
    if (isBlank) continue;
    if (SUMMARY.test(first) || SUMMARY.test(description)) {
      passed.push({ row, why: 'summary', date, amount, balance, label: first || description });
      if (date) fail(path, `row ${row} is a dated summary row not listed in nonEntryRows`);
      continue;
    }
    if (!date) {
      if (amount !== null) fail(path, `row ${row} carries money without a date`);
      continue;
    }
    if (amount === null) fail(path, `row ${row} has a date and no money`);
    entries.push({
      row,
      date,
      amount,
      text: description,
      reference: c.reference >= 0 ? text(cell('reference')) || null : null,
      party: c.party >= 0 ? text(cell('party')) || null : null,
      account: c.account >= 0 ? text(cell('account')) || null : null,
      balance,
      currency: c.currency >= 0 ? text(cell('currency')) : null,
    });
  }
  return { entries, passed, rows, header };
}

// ---------------------------------------------------------------- evidence helpers

const YEARS = new Set(['2024', '2025', '2026']);
/** The numbers a text quotes: digit groups of three or more, and runs of groups joined through one separator. */
function numbers(s) {
  const out = new Set();
  for (const run of String(s).match(/\d+(?:[ \-/.]\d+)*/g) ?? []) {
    const groups = run.split(/[ \-/.]/);
    for (let a = 0; a < groups.length; a++)
      for (let b = a; b < groups.length; b++) {
        const joined = groups
          .slice(a, b + 1)
          .join('')
          .replace(/^0+/, '');
        if (joined.length >= 3 && !(a === b && YEARS.has(groups[a]))) out.add(joined);
      }
  }
  return out;
}
const quoted = (ledgerRow, bankNumbers) =>
  [...numbers(`${ledgerRow.reference ?? ''} ${ledgerRow.text}`)].some((n) => bankNumbers.has(n));

const STOP = new Set(['LTD', 'LIMITED', 'PTY', 'PLC', 'CC', 'CO', 'INC', 'THE', 'AND', 'OF', 'AR', 'AP']);
const words = (s) =>
  String(s)
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !STOP.has(w));
/** The books' name of the party (party cell, else description) appears in the bank text: two of its words in a row. */
function named(ledgerRow, bankText) {
  const name = words(ledgerRow.party ?? ledgerRow.text);
  const bank = ` ${words(bankText).join(' ')} `;
  for (let i = 0; i + 1 < name.length; i++) if (bank.includes(` ${name[i]} ${name[i + 1]} `)) return true;
  return false;
}

const dayMs = (d) => Date.parse(`${d}T00:00:00Z`);
const weekday = (d) => new Date(dayMs(d)).getUTCDay();

// ---------------------------------------------------------------- one set

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest']);
const DECISION = {
  match: ['auto', 'suggest'],
  'bank-only': ['bank-only'],
  'reversal-pair': ['reversal-pair'],
  'no-counterpart': ['none'],
};
const EXPLAINS_SHARED_AMOUNT = [
  'twins',
  'tie',
  'twins-own-reference',
  'amount-shared-across-payers',
  'failed-transfer',
  'reversal',
];

for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const where = entry.set;
  if (!existsSync(join(dir, 'truth.json'))) {
    fail(where, 'no truth.json');
    continue;
  }
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const { from, to } = truth.period;
  const holidays = new Set(truth.publicHolidays ?? []);
  const working = (d) => d >= from && d <= to && weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d);

  // ---- the statement
  const bf = truth.bankFiles[0];
  const bankPath = join(dir, bf.file);
  let bank;
  try {
    bank = readTable(bankPath, bf);
  } catch (err) {
    fail(`${where}/${bf.file}`, err.message);
    continue;
  }
  const W = `${where}/${bf.file}`;
  const lines = bank.entries;
  if (lines.length < 45 || lines.length > 70) fail(W, `${lines.length} statement lines (45–70 wanted)`);
  const opening = readMoney(bf.openingBalance);
  const closing = readMoney(bf.closingBalance);
  const chrono = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let run = opening;
  let prev = null;
  for (const l of chrono) {
    run += l.amount;
    if (l.balance !== run) fail(W, `row ${l.row}: balance ${dec(l.balance)}, expected ${dec(run)}`);
    if (run < 0) fail(W, `row ${l.row}: overdrawn (${dec(run)})`);
    if (!working(l.date)) fail(W, `row ${l.row}: ${l.date} is not a working day of the period`);
    if (prev && l.date < prev) fail(W, `row ${l.row}: dates out of ${bf.order} order`);
    prev = l.date;
  }
  if (run !== closing) fail(W, `opening + lines = ${dec(run)}, closing balance says ${bf.closingBalance}`);
  // the preamble states both balances
  const pre = bank.rows.slice(0, bf.headerRow - 1);
  for (const [label, want] of [
    [/opening/i, opening],
    [/closing/i, closing],
  ]) {
    const r = pre.find((x) => label.test(text(x?.[0])));
    const got = r
      ? r
          .slice(1)
          .map((v) => (text(v) ? readMoney(v) : null))
          .find((v) => v !== null)
      : undefined;
    if (got !== want)
      fail(W, `preamble ${label.source} balance ${got === undefined ? 'missing' : dec(got)}, truth ${dec(want)}`);
  }
  for (const p of bank.passed) {
    if (/^total/i.test(p.label)) {
      const r = bank.rows[p.row - 1];
      const map = bf.readOptions.mapping;
      const h = bank.header;
      const out = readMoney(r[h.indexOf(map.moneyOut)]);
      const inn = readMoney(r[h.indexOf(map.moneyIn)]);
      const sumOut = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
      const sumIn = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
      if (Math.abs(out) !== sumOut || inn !== sumIn) fail(W, `row ${p.row}: Total row does not add up`);
    }
    if (p.why === 'nonEntryRows' && p.balance !== opening)
      fail(W, `row ${p.row}: brought-forward balance is not the opening`);
  }
  for (const n of bf.nonEntryRows ?? [])
    if (!bank.passed.some((p) => p.row === n.row)) fail(W, `nonEntryRows ${n.row} not found`);

  // ---- the ledger
  const lf = truth.ledgerFiles[0];
  const L = `${where}/${lf.file}`;
  let ledger;
  try {
    ledger = readTable(join(dir, lf.file), lf);
  } catch (err) {
    fail(L, err.message);
    continue;
  }
  const hasAccount = Boolean(lf.readOptions.mapping.account);
  const main = ledger.entries.filter((e) => !hasAccount || e.account === bf.ledgerAccount);
  const others = ledger.entries.filter((e) => hasAccount && e.account !== bf.ledgerAccount);
  const lopen = readMoney(lf.openingBalance);
  const lclose = readMoney(lf.closingBalance);
  if (lopen !== opening) fail(L, `ledger opening ${lf.openingBalance} is not the bank opening ${bf.openingBalance}`);
  const lsum = main.reduce((s, e) => s + e.amount, 0);
  if (lopen + lsum !== lclose) fail(L, `opening + rows = ${dec(lopen + lsum)}, closing says ${lf.closingBalance}`);
  let lrun = lopen;
  for (const e of main) {
    lrun += e.amount;
    if (e.balance !== null && e.balance !== lrun)
      fail(L, `row ${e.row}: running balance ${dec(e.balance)}, expected ${dec(lrun)}`);
    if (!working(e.date)) fail(L, `row ${e.row}: ${e.date} is not a working day of the period`);
    if (e.currency !== null && e.currency !== truth.currency) fail(L, `row ${e.row}: currency ${e.currency}`);
  }
  for (let i = 1; i < main.length; i++)
    if (main[i].date < main[i - 1].date) fail(L, `row ${main[i].row}: rows out of date order`);
  for (const p of ledger.passed) {
    if (/^opening/i.test(p.label) && p.balance !== lopen) fail(L, `row ${p.row}: opening balance row`);
    if (/^(ending|closing)/i.test(p.label) && p.balance !== lclose) fail(L, `row ${p.row}: ending balance row`);
    if (/^total/i.test(p.label)) {
      const r = ledger.rows[p.row - 1];
      const h = ledger.header;
      const map = lf.readOptions.mapping;
      const dr = readMoney(r[h.indexOf(map.moneyIn)]);
      const cr = readMoney(r[h.indexOf(map.moneyOut)]);
      const sDr = main.filter((e) => e.amount > 0).reduce((s, e) => s + e.amount, 0);
      const sCr = main.filter((e) => e.amount < 0).reduce((s, e) => s - e.amount, 0);
      if (dr !== sDr || cr !== sCr) fail(L, `row ${p.row}: Total row does not add up`);
    }
  }
  for (const n of lf.nonEntryRows ?? [])
    if (!ledger.passed.some((p) => p.row === n.row)) fail(L, `nonEntryRows ${n.row} not found`);
  for (const oa of lf.otherAccounts ?? []) {
    const rows = others.filter((e) => e.account === oa.account);
    if (rows.length !== oa.rows) fail(L, `account ${oa.account}: ${rows.length} rows, truth says ${oa.rows}`);
    if (dec(rows.reduce((s, e) => s + e.amount, 0)) !== oa.movement) fail(L, `account ${oa.account}: movement differs`);
  }
  if (others.some((e) => !(lf.otherAccounts ?? []).some((oa) => oa.account === e.account)))
    fail(L, 'rows of an account that truth does not name');

  // ---- truth rows against the statement
  const lineAt = new Map(lines.map((l) => [l.row, l]));
  const tb = truth.bank;
  if (tb.length !== lines.length) fail(where, `${tb.length} truth rows for ${lines.length} statement lines`);
  tb.forEach((t, i) => {
    const l = lines[i];
    const at = `${W} row ${t.ref.row}`;
    if (!l || t.ref.row !== l.row) return fail(at, `truth row ${i} is not the statement's line ${i} (row ${l?.row})`);
    if (t.ref.file !== bf.file) fail(at, 'file');
    if (t.ref.date !== l.date) fail(at, `date ${t.ref.date} ≠ ${l.date}`);
    if (readMoney(t.ref.amount) !== l.amount) fail(at, `amount ${t.ref.amount} ≠ ${dec(l.amount)}`);
    if (t.ref.text !== l.text) fail(at, `text "${t.ref.text}" ≠ "${l.text}"`);
    if ((t.ref.reference ?? null) !== l.reference) fail(at, `reference ${t.ref.reference} ≠ ${l.reference}`);
  });

  // ---- truth rows against the ledger, and the decisions
  const ledgerAt = new Map(main.map((e) => [e.row, e]));
  const pointAt = (r, at) => {
    const e = ledgerAt.get(r.row);
    if (r.file !== lf.file || !e)
      return (fail(at, `ledger ref row ${r.row} is no row of the statement's account`), null);
    if (e.date !== r.date || dec(e.amount) !== r.amount)
      fail(at, `ledger ref row ${r.row}: ${r.date} ${r.amount} ≠ ${e.date} ${dec(e.amount)}`);
    return e;
  };
  const owner = new Map();
  const own = (row, who, at) => {
    const set = owner.get(row) ?? new Set();
    set.add(who);
    owner.set(row, set);
    if (set.size > 1) fail(at, `ledger row ${row} owned twice (${[...set].join(', ')})`);
  };
  const groups = new Map();
  const byRow = new Map(tb.map((t) => [t.ref.row, t]));
  for (const t of tb) {
    const at = `${W} row ${t.ref.row}`;
    const line = lineAt.get(t.ref.row);
    if (!line) continue;
    if (!(DECISION[t.expect] ?? []).includes(t.decision)) fail(at, `expect ${t.expect} with decision ${t.decision}`);
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest'))
      fail(at, 'mustNotAuto on a non-suggestion or missing on one');
    const anyOf = t.ledgerAnyOf !== undefined;
    if (anyOf !== (t.ledger === null) || anyOf !== t.ambiguous)
      fail(at, 'ledgerAnyOf, ledger: null and ambiguous disagree');
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true && anyOf))
      fail(at, 'a tie must be a suggestion that must not auto');
    if (t.traits.includes('twins') && !(t.decision === 'auto' && anyOf)) fail(at, 'twins are auto with ledgerAnyOf');
    if ((t.kind !== null) !== (t.expect === 'bank-only') || (t.kind !== null && !KINDS.has(t.kind)))
      fail(at, `kind ${t.kind}`);
    if (t.expect !== 'match') {
      if (t.ledger === null || t.ledger.length || anyOf || t.evidence !== null || t.difference)
        fail(at, 'a line without counterpart carries ledger rows or evidence');
      if (t.expect === 'reversal-pair') {
        const p = t.partner && byRow.get(t.partner.row);
        if (!p || p.partner?.row !== t.ref.row) fail(at, 'reversal partner does not point back');
        else if (readMoney(p.ref.amount) !== -line.amount) fail(at, 'reversal pair does not cancel');
      } else if (t.partner !== null) fail(at, 'partner on a line that is no reversal');
      continue;
    }
    if (t.partner !== null) fail(at, 'partner on a matched line');
    const sets = anyOf ? t.ledgerAnyOf : [t.ledger];
    const rowsOfSets = sets.map((s) => s.map((r) => pointAt(r, at)).filter(Boolean));
    const who = anyOf
      ? `any:${sets
          .flat()
          .map((r) => r.row)
          .sort((a, b) => a - b)
          .join('+')}`
      : (t.group ?? `line:${t.ref.row}`);
    for (const r of sets.flat()) own(r.row, who, at);
    const bankNums = numbers(`${line.text} ${line.reference ?? ''}`);
    const allQuoted = rowsOfSets.every((rs) => rs.length > 0 && rs.every((e) => quoted(e, bankNums)));
    const anyQuoted = rowsOfSets.some((rs) => rs.some((e) => quoted(e, bankNums)));
    if (t.evidence === 'reference' && !allQuoted)
      fail(at, "evidence reference, but the ledger row's number is not in the bank text");
    if (t.evidence !== 'reference' && anyQuoted)
      fail(at, `evidence ${t.evidence}, but the bank text quotes the ledger row's number`);
    if (!['reference', 'counterparty', 'amount'].includes(t.evidence)) fail(at, `evidence ${t.evidence}`);
    if (t.traits.includes('own-account-transfer')) {
      // the other party is ourselves: the text must name the account the money went to, as the books do
      const own = words(rowsOfSets[0][0]?.text ?? '').filter(
        (w) => !['TRANSFER', 'TRF', 'ACCOUNT', 'CURRENT'].includes(w),
      );
      if (!own.some((w) => words(line.text).includes(w)))
        fail(at, 'own-account transfer: the bank text names no account the books name');
    } else if (t.evidence === 'counterparty' && !rowsOfSets.every((rs) => rs.every((e) => named(e, line.text))))
      fail(at, "evidence counterparty, but the books' name is not in the bank text");
    const ledgerSum = rowsOfSets[0].reduce((s, e) => s + e.amount, 0);
    if (t.group) {
      const g = groups.get(t.group) ?? { bank: 0, ledger: ledgerSum, sets: new Set() };
      g.bank += line.amount;
      g.sets.add(t.ledger.map((r) => r.row).join('+'));
      groups.set(t.group, g);
      if (t.difference !== undefined) fail(at, 'difference on a group line');
    } else if (t.decision === 'auto') {
      const diff = line.amount - ledgerSum;
      if (diff === 0 && t.difference !== undefined) fail(at, 'difference given on an exact match');
      if (diff !== 0) {
        if (t.difference !== dec(diff)) fail(at, `difference ${t.difference}, bank − ledger = ${dec(diff)}`);
        if (Math.abs(diff) * 10 > Math.abs(ledgerSum)) fail(at, 'difference above 10 %');
        if (diff > 0 && !t.traits.includes('over-payment')) fail(at, 'positive difference without over-payment');
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-') || x === 'payer-deducted-charge'))
          fail(at, 'negative difference without a short-* trait');
      }
    } else {
      if (t.difference !== undefined) fail(at, 'difference on a suggestion');
      if (line.amount !== ledgerSum && !t.traits.includes('part-payment'))
        fail(at, 'suggestion of another amount without part-payment');
    }
    if (t.traits.includes('name-only')) {
      const e = rowsOfSets[0][0];
      const days = (dayMs(line.date) - dayMs(e.date)) / 86400000;
      if (rowsOfSets[0].length !== 1 || e.amount !== line.amount)
        fail(at, 'name-only must be one row of the exact amount');
      if (days < 0 || days > 2) fail(at, `name-only booked ${days} days from the bank date`);
      if (!named(e, line.text)) fail(at, "name-only without the books' name in the bank text");
      const same = main.filter((x) => x.amount === line.amount && x.row !== e.row);
      if (same.length > (t.traits.includes('amount-shared-across-payers') ? 1 : 0))
        fail(at, 'name-only amount also in other rows');
    }
    const answer = new Set(sets.flat().map((r) => r.row));
    const clash = main.filter((x) => x.amount === line.amount && !answer.has(x.row));
    if (clash.length && !t.traits.some((x) => EXPLAINS_SHARED_AMOUNT.includes(x)))
      fail(at, `the amount is also in ledger row(s) ${clash.map((x) => x.row).join(', ')} and no trait says why`);
  }
  for (const t of tb.filter((x) => x.expect !== 'match')) {
    const clash = main.filter((x) => x.amount === readMoney(t.ref.amount));
    if (clash.length && !t.traits.some((x) => EXPLAINS_SHARED_AMOUNT.includes(x)))
      fail(
        `${W} row ${t.ref.row}`,
        `line without counterpart has the amount of ledger row(s) ${clash.map((x) => x.row)}`,
      );
  }
  for (const [g, v] of groups) {
    if (v.sets.size !== 1) fail(where, `group ${g}: lines point at different rows`);
    if (v.bank !== v.ledger) fail(where, `group ${g}: lines sum to ${dec(v.bank)}, the row is ${dec(v.ledger)}`);
  }
  for (const o of truth.ledgerOnly) {
    if (pointAt(o, `${L} ledgerOnly`)) own(o.row, 'ledgerOnly', `${L} ledgerOnly`);
    if (!o.why) fail(L, `ledgerOnly row ${o.row} without why`);
  }
  for (const e of main) if (!owner.has(e.row)) fail(L, `row ${e.row} belongs to no truth line and is not ledger-only`);

  // ---- the reconcile document
  const docPath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  const D = `${where}/reconcile.${bf.file}.json`;
  if (!validateDoc(doc)) fail(D, `schema: ${JSON.stringify(validateDoc.errors.slice(0, 3))}`);
  if (doc.options?.timezone !== truth.timezone) fail(D, 'timezone');
  if (doc.bank.length !== lines.length) fail(D, `${doc.bank.length} bank lines for ${lines.length}`);
  doc.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l) return;
    const want = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: truth.currency,
      narration: l.text,
      reference: l.reference,
      counterparty: null,
      balance: dec(l.balance),
    };
    for (const [k, v] of Object.entries(want))
      if (b[k] !== v) fail(D, `bank[${i}].${k} ${JSON.stringify(b[k])} ≠ ${JSON.stringify(v)}`);
  });
  if (doc.ledger.length !== main.length) fail(D, `${doc.ledger.length} ledger entries for ${main.length} rows`);
  doc.ledger.forEach((x, i) => {
    const e = main[i];
    if (!e) return;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      reference: e.reference,
      description: e.text,
      party: e.party,
      account: e.account,
    };
    for (const [k, v] of Object.entries(want))
      if (x[k] !== v) fail(D, `ledger[${i}].${k} ${JSON.stringify(x[k])} ≠ ${JSON.stringify(v)}`);
  });
  const st = doc.statement ?? {};
  if (st.from !== from || st.to !== to || st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    fail(D, 'statement period or balances');

  // ---- index.json
  const count = (d) => tb.filter((t) => t.decision === d).length;
  const matched = tb.filter((t) => t.expect === 'match');
  const want = {
    bankLines: lines.length,
    ledgerRows: main.length,
    ledgerOnly: truth.ledgerOnly.length,
    mustNotAuto: tb.filter((t) => t.mustNotAuto === true).length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (entry[k] !== v) fail(`index.json ${where}`, `${k} ${entry[k]}, files say ${v}`);
  for (const d of ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'])
    if (entry.decisions[d] !== count(d))
      fail(`index.json ${where}`, `decisions.${d} ${entry.decisions[d]}, truth says ${count(d)}`);
  console.log(
    `${where}: ${lines.length} lines (${count('auto')} auto, ${count('suggest')} suggest, ${count('bank-only')} bank-only, ${count('none')} none, ${count('reversal-pair')} reversal-pair), ${main.length} ledger rows`,
  );
}

if (problems.length) {
  for (const p of problems) console.error(`  ✗ ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout25: every file, truth row and document checks out');
