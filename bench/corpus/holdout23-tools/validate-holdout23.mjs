#!/usr/bin/env node
// Re-reads every holdout23 file through its truth.json alone (headerRow, readOptions mapping, dateOrder, sheet,
// nonEntryRows) and checks every truth entry against the files. Imports nothing of the generator.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', 'holdout23');
const repo = join(here, '..', '..', '..');
const errors = [];
const fail = (where, what) => errors.push(`${where}: ${what}`);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A date cell as a business date, or null when the cell holds no date. */
function readDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Math.round((v - 25569) * 86400000));
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = String(v).trim();
  let m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s);
  if (m) return iso(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    if (order === 'DMY') return iso(+m[3], +m[2], +m[1]);
    if (order === 'MDY') return iso(+m[3], +m[1], +m[2]);
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return null;
}

/** Money cell to minor units (magnitude or signed as written), null when empty. */
function readMoney(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${v}`);
  const neg = s.startsWith('-');
  const [w, f = ''] = s.replace('-', '').split('.');
  const minor = Number(w) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -minor : minor;
}
const dec = (minor) =>
  `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${String(Math.abs(minor) % 100).padStart(2, '0')}`;
const toMinor = (s) => readMoney(s);

/** The file's rows as arrays of cells (strings for CSV, raw values for XLSX), 1-based row n at index n - 1. */
function readRows(path, sheet) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false });
    const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
    if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  }
  const text = readFileSync(path, 'utf8');
  if (text.includes('\n') && !text.includes('\r\n')) throw new Error(`${path}: expected CRLF line ends`);
  const firstLine = text.split('\r\n').find((l) => l.includes(';') || l.includes(','));
  const delimiter = firstLine && firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
}

const SUMMARY =
  /^(total|sub-total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f)/i;

/**
 * Entries of a file read as the documented reader would with the mapping: blank rows, summary rows and rows
 * without date and money are passed over; money without a date is an error. Returns entries and passed-over rows.
 */
function readEntries(where, path, fileTruth) {
  const { mapping, dateOrder, sheet } = fileTruth.readOptions;
  const rows = readRows(path, sheet);
  const header = (rows[fileTruth.headerRow - 1] ?? []).map((c) => (c === null ? '' : String(c).trim()));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: header row ${fileTruth.headerRow} has no column "${name}"`);
    return i;
  };
  for (const v of Object.values(mapping)) for (const name of [v].flat()) if (typeof name === 'string') col(name);
  const descCols = [mapping.description].flat().map(col);
  const cell = (r, name) => (name ? r[col(name)] : null);
  const text = (v) => (v === null || v === undefined ? '' : String(v).trim());
  const entries = [];
  const passed = [];
  for (let i = fileTruth.headerRow; i < rows.length; i++) {
    const r = rows[i] ?? [];
    const rowNo = i + 1;
    if (r.every((c) => text(c) === '')) continue;
    const desc = descCols.map((c) => text(r[c])).filter(Boolean);
    const first = text(r[0]);
    const date = readDate(cell(r, mapping.date), dateOrder);
    let minor = null;
    if (mapping.amount) minor = readMoney(cell(r, mapping.amount));
    else {
      const inn = readMoney(cell(r, mapping.moneyIn));
      const out = readMoney(cell(r, mapping.moneyOut));
      if (inn !== null || out !== null) minor = Math.abs(inn ?? 0) - Math.abs(out ?? 0);
    }
    const balance = mapping.balance ? readMoney(cell(r, mapping.balance)) : null;
    if (SUMMARY.test(first) || SUMMARY.test(desc[0] ?? '')) {
      passed.push({ row: rowNo, date, label: desc[0] || first, balance });
      continue;
    }
    if (date === null && minor === null) {
      passed.push({ row: rowNo, date, label: first });
      continue;
    }
    if (date === null) throw new Error(`${where}: row ${rowNo} has money but no date`);
    if (minor === null) throw new Error(`${where}: row ${rowNo} has a date but no money`);
    entries.push({
      row: rowNo,
      date,
      minor,
      balance,
      text: text(cell(r, Array.isArray(mapping.description) ? null : mapping.description)) || null,
      description: desc.join(' — ') || null,
      reference: text(cell(r, mapping.reference)) || null,
      party: text(cell(r, mapping.party)) || null,
      account: mapping.account ? text(cell(r, mapping.account)) || null : null,
      currency: mapping.currency ? text(cell(r, mapping.currency)) : null,
    });
  }
  return { entries, passed };
}

/** Digit runs of the bank cells; a document number is "quoted" when a run of 3+ digits ends its digits. */
function quotes(bankCells, docRef) {
  const docDigits = docRef.replace(/\D/g, '');
  if (docDigits.length < 3)
    return bankCells
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .includes(docRef.replace(/[^A-Za-z0-9]/g, '').toUpperCase());
  const runs = bankCells.match(/\d+/g) ?? [];
  const joined = bankCells.replace(/[^0-9A-Za-z]/g, '').match(/\d+/g) ?? [];
  return [...runs, ...joined].some(
    (run) =>
      run.length >= 3 &&
      (docDigits.endsWith(run) || docDigits.endsWith(run.replace(/^0+/, ''))) &&
      run.replace(/^0+/, '').length >= 3,
  );
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const setDirs = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());
if (setDirs.length !== 4) fail('holdout23', `expected four sets, found ${setDirs.length}`);
if (index.sets.length !== setDirs.length) fail('index.json', 'does not list every set');

for (const setName of setDirs) {
  const dir = join(root, setName);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = setName;
  if (truth.set !== setName) fail(W, `truth.set is ${truth.set}`);
  const { from, to } = truth.period;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];

  // ---- the statement ----
  const bankRead = readEntries(`${W}/${bf.file}`, join(dir, bf.file), bf);
  const lines = bankRead.entries;
  const nonEntry = new Set((bf.nonEntryRows ?? []).map((x) => x.row));
  for (const p of bankRead.passed)
    if (p.date && p.balance !== null && p.balance !== undefined && !nonEntry.has(p.row))
      fail(`${W}/${bf.file}`, `dated balance row ${p.row} (${p.label}) is not in nonEntryRows`);
  for (const r of nonEntry)
    if (!bankRead.passed.some((p) => p.row === r)) fail(`${W}/${bf.file}`, `nonEntryRow ${r} is read as an entry`);
  const chrono = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let bal = toMinor(bf.openingBalance);
  let prevDate = '';
  for (const l of chrono) {
    bal += l.minor;
    if (l.balance !== bal) fail(`${W}/${bf.file}`, `row ${l.row}: balance ${dec(l.balance)}, running ${dec(bal)}`);
    if (l.date < prevDate) fail(`${W}/${bf.file}`, `row ${l.row}: date ${l.date} out of order`);
    if (l.date < from || l.date > to) fail(`${W}/${bf.file}`, `row ${l.row}: date ${l.date} outside the period`);
    if (bal < 0) fail(`${W}/${bf.file}`, `row ${l.row}: overdrawn`);
    prevDate = l.date;
  }
  if (bal !== toMinor(bf.closingBalance)) fail(W, `opening + lines = ${dec(bal)}, closingBalance ${bf.closingBalance}`);
  for (const p of bankRead.passed) {
    if (/^(opening balance|balance b\/f)/i.test(p.label) && p.balance !== toMinor(bf.openingBalance))
      fail(W, `row ${p.row} states opening ${dec(p.balance)}`);
    if (/^(closing balance|balance c\/f)/i.test(p.label) && p.balance !== toMinor(bf.closingBalance))
      fail(W, `row ${p.row} states closing ${dec(p.balance)}`);
  }
  // the preamble's own opening/closing figures, where it states them
  const pre = readRows(join(dir, bf.file), bf.readOptions.sheet).slice(0, bf.headerRow - 1);
  for (const r of pre) {
    const label = String(r?.[0] ?? '').toLowerCase();
    if (label.startsWith('opening balance') && readMoney(r[1]) !== toMinor(bf.openingBalance))
      fail(W, 'preamble opening balance');
    if (label.startsWith('closing balance') && readMoney(r[1]) !== toMinor(bf.closingBalance))
      fail(W, 'preamble closing balance');
  }
  const linesCount = lines.length;
  if (linesCount < 80 || linesCount > 110) fail(W, `${linesCount} bank lines, expected 80-110`);

  // every statement line in truth.bank exactly once, in file order
  if (truth.bank.length !== lines.length)
    fail(W, `truth.bank has ${truth.bank.length} rows, the file ${lines.length} lines`);
  const byRow = new Map(lines.map((l) => [l.row, l]));
  let lastRow = 0;
  const seenRows = new Set();
  for (const t of truth.bank) {
    const l = byRow.get(t.ref.row);
    const at = `${W} bank row ${t.ref.row}`;
    if (t.ref.file !== bf.file) fail(at, 'wrong file');
    if (!l) {
      fail(at, 'no statement line at this row');
      continue;
    }
    if (seenRows.has(t.ref.row)) fail(at, 'listed twice');
    seenRows.add(t.ref.row);
    if (t.ref.row <= lastRow) fail(at, 'not in file order');
    lastRow = t.ref.row;
    if (t.ref.date !== l.date) fail(at, `date ${t.ref.date} vs ${l.date}`);
    if (toMinor(t.ref.amount) !== l.minor) fail(at, `amount ${t.ref.amount} vs ${dec(l.minor)}`);
    if (t.ref.text !== l.text) fail(at, `text "${t.ref.text}" vs "${l.text}"`);
    if ((t.ref.reference ?? null) !== l.reference) fail(at, `reference ${t.ref.reference} vs ${l.reference}`);
  }

  // ---- the ledger ----
  const ledRead = readEntries(`${W}/${lf.file}`, join(dir, lf.file), lf);
  const entries = ledRead.entries;
  const lNon = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  for (const p of ledRead.passed)
    if (p.date && p.balance !== null && p.balance !== undefined && !lNon.has(p.row))
      fail(`${W}/${lf.file}`, `dated balance row ${p.row} is not in nonEntryRows`);
  const entryAt = new Map(entries.map((e) => [e.row, e]));
  let lbal = toMinor(lf.openingBalance);
  if (lf.openingBalance !== bf.openingBalance) fail(W, 'ledger opening differs from bank opening');
  for (const e of entries) {
    lbal += e.minor;
    if (e.balance !== null && e.balance !== lbal)
      fail(`${W}/${lf.file}`, `row ${e.row}: balance ${dec(e.balance)} vs ${dec(lbal)}`);
    if (e.date < from || e.date > to) fail(`${W}/${lf.file}`, `row ${e.row}: date outside the period`);
    if (e.account !== null && e.account !== bf.ledgerAccount)
      fail(`${W}/${lf.file}`, `row ${e.row}: account ${e.account}`);
    if (e.currency !== null && e.currency !== truth.currency)
      fail(`${W}/${lf.file}`, `row ${e.row}: currency ${e.currency}`);
  }
  if (lbal !== toMinor(lf.closingBalance))
    fail(W, `ledger opening + rows = ${dec(lbal)}, closingBalance ${lf.closingBalance}`);

  const checkRef = (at, x) => {
    const e = entryAt.get(x.row);
    if (x.file !== lf.file) fail(at, `ledger ref to ${x.file}`);
    if (!e) return fail(at, `ledger row ${x.row} is not an entry`);
    if (e.date !== x.date) fail(at, `ledger row ${x.row} date ${x.date} vs ${e.date}`);
    if (e.minor !== toMinor(x.amount)) fail(at, `ledger row ${x.row} amount ${x.amount} vs ${dec(e.minor)}`);
  };

  // every ledger row belongs to exactly one truth line, group, twin pair, tie or ledgerOnly row
  const owner = new Map();
  const own = (row, key) => {
    const prev = owner.get(row);
    if (prev !== undefined && prev !== key) fail(W, `ledger row ${row} claimed by ${prev} and ${key}`);
    owner.set(row, key);
  };
  const groups = new Map();
  const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest']);
  const DECIDE = {
    match: ['auto', 'suggest'],
    'bank-only': ['bank-only'],
    'reversal-pair': ['reversal-pair'],
    'no-counterpart': ['none'],
  };
  const ledgerAmounts = new Map();
  for (const e of entries) ledgerAmounts.set(e.minor, (ledgerAmounts.get(e.minor) ?? 0) + 1);

  for (const t of truth.bank) {
    const at = `${W} bank row ${t.ref.row}`;
    const bm = toMinor(t.ref.amount);
    if (!DECIDE[t.expect]?.includes(t.decision)) fail(at, `expect ${t.expect} with decision ${t.decision}`);
    if ((t.decision === 'suggest') !== 'mustNotAuto' in t) fail(at, 'mustNotAuto only and always on suggest');
    if ((t.expect === 'bank-only') !== KINDS.has(t.kind)) fail(at, `kind ${t.kind} with expect ${t.expect}`);
    if (t.expect !== 'bank-only' && t.kind !== null) fail(at, 'kind on a line that is not bank-only');
    if (t.expect !== 'match') {
      if ((t.ledger ?? []).length || t.ledgerAnyOf) fail(at, 'ledger rows on a line without counterpart');
      if (t.expect === 'reversal-pair') {
        const p = truth.bank.find((x) => x.ref.row === t.partner?.row);
        if (!p || p.partner?.row !== t.ref.row) fail(at, 'reversal partner does not point back');
        else if (toMinor(p.ref.amount) + bm !== 0) fail(at, 'reversal pair does not cancel');
        if (p && (p.ref.text !== t.partner.text || p.ref.date !== t.partner.date)) fail(at, 'partner ref differs');
      } else if (t.partner !== null) fail(at, 'partner on a line that is not a reversal');
      continue;
    }
    const sets = t.ledger ? [t.ledger] : (t.ledgerAnyOf ?? []);
    if (!sets.length || sets.some((s) => !s.length)) fail(at, 'a match without ledger rows');
    if ((t.ledger === null) !== Boolean(t.ledgerAnyOf) || t.ambiguous !== Boolean(t.ledgerAnyOf))
      fail(at, 'ledgerAnyOf needs ledger null and ambiguous true (and only then)');
    for (const s of sets) for (const x of s) checkRef(at, x);
    const key =
      t.group ??
      (t.ledgerAnyOf ? `anyOf:${JSON.stringify(t.ledgerAnyOf.map((s) => s.map((x) => x.row)))}` : `row:${t.ref.row}`);
    for (const s of sets) for (const x of s) own(x.row, key);
    if (t.traits.includes('tie')) {
      if (t.decision !== 'suggest' || t.mustNotAuto !== true || !t.ledgerAnyOf)
        fail(at, 'a tie is suggest + mustNotAuto + ledgerAnyOf');
    }
    if (t.traits.includes('twins') && (t.decision !== 'auto' || !t.ledgerAnyOf))
      fail(at, 'twins are auto with ledgerAnyOf');
    if (t.group) {
      const g = groups.get(t.group) ?? { bank: 0, ledger: t.ledger, lines: [] };
      g.bank += bm;
      g.lines.push(t);
      groups.set(t.group, g);
      if (JSON.stringify(g.ledger) !== JSON.stringify(t.ledger)) fail(at, 'group lines name different ledger rows');
    }
    // amounts: equal, or the difference the traits explain
    for (const s of sets) {
      const lsum = s.reduce((a, x) => a + toMinor(x.amount), 0);
      if (t.group) continue;
      const diff = bm - lsum;
      if (t.decision === 'auto') {
        if (diff === 0 && t.difference) fail(at, 'difference written on an exact match');
        if (diff !== 0) {
          if (t.difference !== dec(diff)) fail(at, `difference ${t.difference}, bank - ledger = ${dec(diff)}`);
          if (Math.abs(diff) * 10 > Math.abs(lsum)) fail(at, 'difference above 10 %');
          if (diff > 0 && !t.traits.includes('over-payment')) fail(at, 'positive difference without over-payment');
          if (diff < 0 && !t.traits.some((x) => x.startsWith('short-') || x === 'net-of-fee'))
            fail(at, 'negative difference without a short-* or net-of-fee trait');
        }
      } else if (t.difference) fail(at, 'difference on a suggestion');
    }
    // what the bank cells say
    const cells = `${t.ref.text} ${t.ref.reference ?? ''}`;
    if (t.evidence === 'reference') {
      for (const s of sets)
        for (const x of s) {
          const ref = entryAt.get(x.row)?.reference;
          if (!ref) fail(at, `evidence reference but ledger row ${x.row} has no reference`);
          else if (!quotes(cells, ref)) fail(at, `evidence reference but "${ref}" is not in the bank cells`);
        }
    } else {
      for (const s of sets)
        for (const x of s) {
          const ref = entryAt.get(x.row)?.reference;
          if (ref && quotes(cells, ref)) fail(at, `evidence ${t.evidence} but the bank cells quote "${ref}"`);
        }
    }
    if (t.traits.includes('name-only')) {
      const [x] = t.ledger ?? [];
      if (!x || t.ledger.length !== 1) fail(at, 'name-only needs exactly one ledger row');
      else {
        if (toMinor(x.amount) !== bm) fail(at, 'name-only is not exact');
        const days = (Date.parse(t.ref.date) - Date.parse(x.date)) / 86400000;
        if (days < 0 || days > 2) fail(at, `name-only booked ${days} days before`);
        const shared = t.traits.includes('amount-shared-across-payers');
        const others = entries.filter((e) => e.minor === bm && e.row !== x.row);
        if (!shared && others.length) fail(at, 'name-only amount held by another ledger row');
        if (
          shared &&
          (others.length !== 1 ||
            (others[0].party === entryAt.get(x.row).party && others[0].description === entryAt.get(x.row).description))
        )
          fail(at, 'amount-shared-across-payers needs one other row of another payer');
      }
    }
  }
  for (const [g, v] of groups) {
    const lsum = v.ledger.reduce((a, x) => a + toMinor(x.amount), 0);
    if (v.lines.length < 2) fail(W, `group ${g} has one line`);
    if (v.bank !== lsum) fail(W, `group ${g}: lines sum ${dec(v.bank)}, ledger ${dec(lsum)}`);
  }
  for (const x of truth.ledgerOnly) {
    checkRef(`${W} ledgerOnly`, x);
    own(x.row, `ledgerOnly:${x.row}`);
    if (!x.why) fail(W, `ledgerOnly row ${x.row} without why`);
  }
  for (const e of entries)
    if (!owner.has(e.row)) fail(W, `ledger row ${e.row} (${dec(e.minor)}) belongs to no truth line`);
  // the open half of a tie is owned by the tie's line, so it is in no other line and not in ledgerOnly: checked above

  // ---- the reconcile document ----
  const docPath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  if (!validateDoc(doc)) fail(`${W} reconcile doc`, ajv.errorsText(validateDoc.errors));
  if (doc.options?.timezone !== truth.timezone) fail(W, 'reconcile doc timezone');
  if (doc.bank.length !== lines.length) fail(W, 'reconcile doc bank count');
  doc.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l) return;
    const ok =
      b.id === `${bf.file}#${l.row}` &&
      b.date === l.date &&
      toMinor(b.amount) === l.minor &&
      b.currency === truth.currency &&
      b.narration === l.text &&
      b.reference === l.reference &&
      b.counterparty === null &&
      toMinor(b.balance) === l.balance;
    if (!ok) fail(`${W} reconcile doc`, `bank[${i}] differs from row ${l.row}`);
  });
  if (doc.ledger.length !== entries.length) fail(W, 'reconcile doc ledger count');
  doc.ledger.forEach((d, i) => {
    const e = entries[i];
    if (!e) return;
    const ok =
      d.id === `${lf.file}#${e.row}` &&
      d.date === e.date &&
      toMinor(d.amount) === e.minor &&
      d.currency === truth.currency &&
      d.reference === e.reference &&
      d.description === e.description &&
      d.party === e.party &&
      d.account === e.account;
    if (!ok)
      fail(
        `${W} reconcile doc`,
        `ledger[${i}] differs from row ${e.row}: ${JSON.stringify(d)} vs ${JSON.stringify(e)}`,
      );
  });
  const st = doc.statement;
  if (st.from !== from || st.to !== to || st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    fail(W, 'reconcile doc statement block');

  // ---- index.json ----
  const ix = index.sets.find((s) => s.set === setName);
  const count = (d) => truth.bank.filter((b) => b.decision === d).length;
  const matched = truth.bank.filter((b) => b.expect === 'match');
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: entries.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto).length,
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
    matched: matched.length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(ix?.[k]) !== JSON.stringify(v))
      fail(`${W} index.json`, `${k} ${JSON.stringify(ix?.[k])} vs ${JSON.stringify(v)}`);
  console.log(
    `${setName}: ${lines.length} bank lines, ${entries.length} ledger rows; ${JSON.stringify(want.decisions)}, mustNotAuto ${want.mustNotAuto}, ledger-only ${want.ledgerOnly}, matched without reference ${want.matchedWithoutReference}/${want.matched}`,
  );
}

if (errors.length) {
  for (const e of errors) console.error(`✗ ${e}`);
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log('holdout23: every truth entry checks out against the files');
