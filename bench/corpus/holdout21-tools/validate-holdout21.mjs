// Re-reads every holdout21 file only through its truth.json (headerRow, readOptions mapping, nonEntryRows) and
// checks the truth against the files, the decision conventions and index.json. Exit 1 on any problem.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseMinor, dec, fromExcelSerial, MONTHS, addDays } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');
const root = join(here, '..', 'holdout21');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateInput = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8')));

// ---------------------------------------------------------------- reading a file through its readOptions
function readGrid(path, opts) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
    const ws = wb.Sheets[opts.sheet ?? wb.SheetNames[0]];
    if (!ws) throw new Error(`sheet ${opts.sheet} missing`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: '' });
  }
  const text = readFileSync(path, 'utf8');
  const first = text.split('\r\n').find((l) => l.includes(';') || l.includes(',')) ?? '';
  const delimiter = (text.match(/;/g) ?? []).length > (text.match(/,/g) ?? []).length ? ';' : ',';
  void first;
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
}
const MON = Object.fromEntries(MONTHS.map((m, i) => [m.toLowerCase(), String(i + 1).padStart(2, '0')]));
function parseDate(v, order) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return fromExcelSerial(v);
  const s = String(v).trim();
  let m;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/.exec(s)) && MON[m[2].toLowerCase()])
    return `${m[3]}-${MON[m[2].toLowerCase()]}-${m[1].padStart(2, '0')}`;
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) {
    if (order === 'MDY') return `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
    if (order === 'DMY') return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return null;
}
const cellText = (v) => (v === null || v === undefined ? '' : String(v).trim());
const money = (v) => (v === '' || v === null || v === undefined ? null : parseMinor(v));

/** entries of a file: { row, date, amount, text, reference, party, account, balance } */
function readEntries(dir, spec, where) {
  const path = join(dir, spec.file);
  if (!existsSync(path)) {
    fail(where, `missing file ${spec.file}`);
    return [];
  }
  const ro = spec.readOptions;
  const mp = ro.mapping;
  const grid = readGrid(path, ro);
  const header = (grid[spec.headerRow - 1] ?? []).map(cellText);
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(where, `header row ${spec.headerRow} has no column "${name}" (${header.join(' | ')})`);
    return i;
  };
  const cols = {};
  for (const [k, v] of Object.entries(mp)) cols[k] = Array.isArray(v) ? v.map(col) : col(v);
  const nonEntry = new Set((spec.nonEntryRows ?? []).map((r) => r.row));
  const out = [];
  for (let r = spec.headerRow + 1; r <= grid.length; r++) {
    const cells = grid[r - 1] ?? [];
    if (nonEntry.has(r)) {
      if (!parseDate(cells[cols.date], ro.dateOrder)) fail(where, `nonEntryRow ${r} has no date`);
      continue;
    }
    const desc = (Array.isArray(cols.description) ? cols.description : [cols.description])
      .map((i) => cellText(cells[i]))
      .filter(Boolean)
      .join(' — ');
    let amount = null;
    if (cols.amount !== undefined) amount = money(cells[cols.amount]);
    else {
      const i = money(cells[cols.moneyIn]);
      const o = money(cells[cols.moneyOut]);
      if (i !== null || o !== null) amount = Math.abs(i ?? 0) - Math.abs(o ?? 0);
    }
    const label = `${cellText(cells[0])} ${desc}`.trim().toLowerCase();
    const date = parseDate(cells[cols.date], ro.dateOrder);
    if (/^(total|sub-total)/.test(label) || /^(total|sub-total)/.test(desc.toLowerCase())) continue;
    if (amount === null || amount === 0) {
      if (
        date &&
        cells.some((c) => cellText(c) !== '') &&
        cols.balance !== undefined &&
        money(cells[cols.balance]) !== null
      )
        fail(where, `row ${r} is dated with a balance but no money and is not in nonEntryRows`);
      continue;
    }
    if (!date) {
      fail(where, `row ${r} has money but no date`);
      continue;
    }
    out.push({
      row: r,
      date,
      amount,
      text: desc,
      reference: cols.reference !== undefined ? cellText(cells[cols.reference]) : '',
      party: cols.party !== undefined ? cellText(cells[cols.party]) : '',
      account: cols.account !== undefined ? cellText(cells[cols.account]) : '',
      balance: cols.balance !== undefined ? money(cells[cols.balance]) : null,
    });
  }
  return out;
}

// ---------------------------------------------------------------- document numbers for the evidence check
const runs = (s) => (String(s).match(/\d+/g) ?? []).filter((x) => x.length >= 3 && !/^20\d\d$/.test(x));
function carriesReference(bankCells, ledgerCells) {
  const b = runs(bankCells);
  const l = runs(ledgerCells).filter((x) => x.replace(/^0+/, '').length >= 2);
  return l.some((x) => b.some((y) => y === x || y.replace(/^0+/, '') === x.replace(/^0+/, '') || y.endsWith(x)));
}

// ---------------------------------------------------------------- per set
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const REQUIRED_TRAITS = [
  'name-only',
  'name-written-differently',
  'anonymous-payer',
  'part-payment',
  'instalment',
  'split-one-to-many',
  'over-payment',
  'twins',
  'tie',
  'net-of-fee',
  'fee-booked-separately',
  'settlement-without-id',
  'supplier-payment',
  'payroll',
  'statutory',
  'own-account',
  'failed-transfer',
  'reversal',
  'resent-after-failure',
  'unknown-payer',
  'unrecorded-card-purchase',
  'reference-in-reference-field',
  'payer-name-truncated',
  'supplier-refund',
  'credit-note',
  'bill-quoted',
  'ref-check-digit',
  'ref-branch-prefix',
  'interest',
];
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat']);
let xlsxBank = 0;
let xlsxLedger = 0;

for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const where = entry.set;
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  if (bf.file.endsWith('.xlsx')) xlsxBank++;
  if (lf.file.endsWith('.xlsx')) xlsxLedger++;
  const bank = readEntries(dir, bf, `${where} ${bf.file}`);
  const ledger = readEntries(dir, lf, `${where} ${lf.file}`);
  const bankByRow = new Map(bank.map((e) => [e.row, e]));
  const ledByRow = new Map(ledger.map((e) => [e.row, e]));

  // balances
  const chron = bf.order === 'newest-first' ? [...bank].reverse() : bank;
  let bal = parseMinor(bf.openingBalance);
  for (const e of chron) {
    bal += e.amount;
    if (e.balance !== null && e.balance !== bal)
      fail(where, `bank row ${e.row}: running balance ${dec(e.balance)} ≠ ${dec(bal)}`);
    if (e.date < truth.period.from || e.date > truth.period.to) fail(where, `bank row ${e.row} outside the period`);
  }
  if (bal !== parseMinor(bf.closingBalance))
    fail(where, `bank opening + lines ${dec(bal)} ≠ closing ${bf.closingBalance}`);
  for (let i = 1; i < chron.length; i++)
    if (chron[i].date < chron[i - 1].date) fail(where, `bank row ${chron[i].row} out of date order`);
  if (lf.openingBalance !== bf.openingBalance) fail(where, 'ledger opening ≠ bank opening');
  let lbal = parseMinor(lf.openingBalance);
  for (const e of ledger) {
    lbal += e.amount;
    if (e.balance !== null && e.balance !== lbal)
      fail(where, `ledger row ${e.row}: running balance ${dec(e.balance)} ≠ ${dec(lbal)}`);
    if (e.date < truth.period.from || e.date > truth.period.to) fail(where, `ledger row ${e.row} outside the period`);
  }
  if (lbal !== parseMinor(lf.closingBalance))
    fail(where, `ledger opening + rows ${dec(lbal)} ≠ closing ${lf.closingBalance}`);

  // every bank row with money in truth exactly once, with its cells
  const seen = new Map();
  for (const t of truth.bank) {
    const r = t.ref;
    const e = bankByRow.get(r.row);
    if (r.file !== bf.file) fail(where, `truth bank ref to ${r.file}`);
    if (!e) {
      fail(where, `truth bank row ${r.row} is not an entry of the file`);
      continue;
    }
    seen.set(r.row, (seen.get(r.row) ?? 0) + 1);
    if (
      e.date !== r.date ||
      dec(e.amount) !== r.amount ||
      e.text !== r.text ||
      (e.reference || undefined) !== r.reference
    )
      fail(
        where,
        `truth bank row ${r.row} differs from the file (${e.date} ${dec(e.amount)} "${e.text}" "${e.reference}")`,
      );
  }
  for (const e of bank)
    if (seen.get(e.row) !== 1) fail(where, `bank row ${e.row} is in truth ${seen.get(e.row) ?? 0} times`);
  const rowOrder = truth.bank.map((t) => t.ref.row);
  if (rowOrder.some((r, i) => i && r <= rowOrder[i - 1])) fail(where, 'truth.bank not in file order');

  // ledger refs
  const checkLedRef = (l, ctx) => {
    const e = ledByRow.get(l.row);
    if (l.file !== lf.file || !e) return fail(where, `${ctx}: ledger row ${l.row} is not an entry`);
    if (e.date !== l.date || dec(e.amount) !== l.amount)
      fail(where, `${ctx}: ledger row ${l.row} date/amount differ from the file`);
  };
  // owners: each ledger row belongs to exactly one line/group/twin pair/tie/ledgerOnly
  const owner = new Map();
  const own = (row, key) => {
    if (owner.has(row) && owner.get(row) !== key) fail(where, `ledger row ${row} used by ${owner.get(row)} and ${key}`);
    owner.set(row, key);
  };
  const groups = new Map();
  for (const t of truth.bank) {
    const ctx = `bank row ${t.ref.row}`;
    const pairs = {
      auto: 'match',
      suggest: 'match',
      'bank-only': 'bank-only',
      none: 'no-counterpart',
      'reversal-pair': 'reversal-pair',
    };
    if (pairs[t.decision] !== t.expect) fail(where, `${ctx}: expect ${t.expect} with decision ${t.decision}`);
    if ((t.decision === 'suggest') !== 'mustNotAuto' in t)
      fail(where, `${ctx}: mustNotAuto only and always on suggest`);
    if (t.decision === 'suggest' && typeof t.mustNotAuto !== 'boolean') fail(where, `${ctx}: mustNotAuto not boolean`);
    if (t.ledgerAnyOf) {
      if (t.ledger !== null || !t.ambiguous) fail(where, `${ctx}: ledgerAnyOf needs ledger null and ambiguous`);
      t.ledgerAnyOf.flat().forEach((l) => checkLedRef(l, ctx));
      const key = `anyOf:${t.ledgerAnyOf
        .flat()
        .map((l) => l.row)
        .sort()
        .join(',')}`;
      t.ledgerAnyOf.flat().forEach((l) => own(l.row, key));
      if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true))
        fail(where, `${ctx}: a tie is suggest + mustNotAuto`);
      if (t.traits.includes('twins') && t.decision !== 'auto') fail(where, `${ctx}: twins are auto`);
      for (const set of t.ledgerAnyOf)
        if (set.some((l) => dec(parseMinor(l.amount)) !== t.ref.amount)) fail(where, `${ctx}: anyOf amount differs`);
    } else if (t.ambiguous) fail(where, `${ctx}: ambiguous without ledgerAnyOf`);
    if (t.expect === 'match' && !t.ledgerAnyOf) {
      if (!t.ledger?.length) fail(where, `${ctx}: a match without ledger rows`);
      t.ledger.forEach((l) => checkLedRef(l, ctx));
      const key = t.group ? `group:${t.group}` : `line:${t.ref.row}`;
      t.ledger.forEach((l) => own(l.row, key));
      if (t.group) {
        const g = groups.get(t.group) ?? { bank: 0, ledger: t.ledger };
        g.bank += parseMinor(t.ref.amount);
        groups.set(t.group, g);
      } else {
        const diff = parseMinor(t.ref.amount) - t.ledger.reduce((a, l) => a + parseMinor(l.amount), 0);
        if (t.decision === 'auto') {
          const stated = t.difference ? parseMinor(t.difference) : 0;
          if (diff !== stated) fail(where, `${ctx}: difference ${dec(diff)} ≠ stated ${t.difference ?? '0'}`);
          const base = Math.abs(t.ledger.reduce((a, l) => a + parseMinor(l.amount), 0));
          if (Math.abs(diff) * 10 > base) fail(where, `${ctx}: difference above 10 %`);
          if (diff > 0 && !t.traits.includes('over-payment'))
            fail(where, `${ctx}: positive difference without over-payment`);
          if (diff < 0 && !t.traits.some((x) => x.startsWith('short-') || x === 'net-of-fee'))
            fail(where, `${ctx}: negative difference without a short-*/net-of-fee trait`);
          if (t.difference && diff === 0) fail(where, `${ctx}: difference stated but zero`);
        }
      }
    } else if (!t.ledgerAnyOf && t.ledger?.length) fail(where, `${ctx}: ${t.decision} with ledger rows`);
    if (t.decision === 'bank-only' ? !KINDS.has(t.kind) : t.kind !== null)
      fail(where, `${ctx}: kind ${t.kind} with ${t.decision}`);
    if (t.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row || parseMinor(p.ref.amount) + parseMinor(t.ref.amount) !== 0)
        fail(where, `${ctx}: reversal partner does not point back and cancel`);
    } else if (t.partner !== null) fail(where, `${ctx}: partner on a ${t.decision}`);
    if (t.traits.includes('name-only')) {
      const l = t.ledger?.[0];
      if (!l || t.ledger.length !== 1 || l.amount !== t.ref.amount)
        fail(where, `${ctx}: name-only must be exact to one row`);
      else {
        if (!(l.date <= t.ref.date && l.date >= addDays(t.ref.date, -2)))
          fail(where, `${ctx}: name-only booked ${l.date}, not 0–2 days before ${t.ref.date}`);
        if (ledger.filter((e) => dec(e.amount) === l.amount).length !== 1)
          fail(where, `${ctx}: name-only amount not unique in the ledger`);
      }
      if (t.evidence !== 'counterparty') fail(where, `${ctx}: name-only evidence ${t.evidence}`);
    }
    if (t.evidence === 'reference') {
      const bcells = `${t.ref.text} ${t.ref.reference ?? ''}`;
      const rows = t.ledgerAnyOf ? t.ledgerAnyOf.flat() : (t.ledger ?? []);
      for (const l of rows) {
        const e = ledByRow.get(l.row);
        if (e && !carriesReference(bcells, `${e.reference} ${e.text}`))
          fail(where, `${ctx}: evidence reference but no document number of ledger row ${l.row} in "${bcells}"`);
      }
      if (!rows.length) fail(where, `${ctx}: evidence reference without ledger rows`);
    }
    if (!['reference', 'counterparty', 'amount'].includes(t.evidence)) fail(where, `${ctx}: evidence ${t.evidence}`);
  }
  for (const [g, v] of groups) {
    const l = v.ledger.reduce((a, x) => a + parseMinor(x.amount), 0);
    if (l !== v.bank) fail(where, `group ${g}: lines ${dec(v.bank)} ≠ ledger ${dec(l)}`);
  }
  for (const lo of truth.ledgerOnly) {
    checkLedRef(lo, 'ledgerOnly');
    own(lo.row, `ledgerOnly:${lo.row}`);
    if (!lo.why) fail(where, `ledgerOnly ${lo.row} without why`);
  }
  for (const e of ledger) if (!owner.has(e.row)) fail(where, `ledger row ${e.row} used by nothing`);
  // the open half of a tie is owned by the tie; everything else must be matched or ledgerOnly

  // month-end difference is explained: bank closing − ledger closing = unexplained bank lines − ledgerOnly − differences
  // counts
  const dcount = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  for (const t of truth.bank) dcount[t.decision]++;
  const matched = truth.bank.filter((t) => t.expect === 'match');
  const expectIdx = {
    bankLines: truth.bank.length,
    ledgerRows: ledger.length,
    decisions: dcount,
    mustNotAuto: truth.bank.filter((t) => t.mustNotAuto === true).length,
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    matched: matched.length,
  };
  for (const [k, v] of Object.entries(expectIdx))
    if (JSON.stringify(entry[k]) !== JSON.stringify(v))
      fail(where, `index ${k} ${JSON.stringify(entry[k])} ≠ ${JSON.stringify(v)}`);
  if (bank.length < 100 || bank.length > 150) fail(where, `${bank.length} bank lines, not 100–150`);
  if (ledger.length < 70 || ledger.length > 100) fail(where, `${ledger.length} ledger rows, not 70–100`);
  const traits = new Set(truth.bank.flatMap((t) => t.traits));
  for (const tr of REQUIRED_TRAITS) if (!traits.has(tr)) fail(where, `no line with trait ${tr}`);
  if (!truth.bank.some((t) => t.traits.includes('presented-cheque') || t.traits.includes('debit-order')))
    fail(where, 'no presented cheque or debit order');
  if (truth.country === 'ZA' && traits.has('presented-cheque')) fail(where, 'cheques in ZA');
  for (const t of truth.bank.filter((x) => x.traits.some((y) => y.startsWith('short-withholding'))))
    if (t.decision !== 'auto') fail(where, 'withholding not auto');
  if (
    !truth.bank.some((t) => t.kind === 'interest') ||
    (truth.country !== 'ZA' && !truth.bank.some((t) => t.traits.includes('wht-on-interest')))
  )
    fail(where, 'interest / WHT on interest missing');

  // reconcile document: schema and files
  const rpath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(rpath, 'utf8'));
  if (!validateInput(doc)) fail(where, `reconcile JSON invalid: ${ajv.errorsText(validateInput.errors)}`);
  if (doc.bank.length !== bank.length) fail(where, `reconcile bank ${doc.bank.length} ≠ file ${bank.length}`);
  for (const [i, e] of bank.entries()) {
    const d = doc.bank[i];
    if (!d) break;
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      narration: e.text,
      reference: e.reference || null,
      counterparty: null,
      balance: e.balance === null ? null : dec(e.balance),
    };
    if (JSON.stringify(d) !== JSON.stringify(want))
      fail(where, `reconcile bank[${i}] ${JSON.stringify(d)} ≠ ${JSON.stringify(want)}`);
  }
  if (doc.ledger.length !== ledger.length) fail(where, `reconcile ledger ${doc.ledger.length} ≠ file ${ledger.length}`);
  for (const [i, e] of ledger.entries()) {
    const d = doc.ledger[i];
    if (!d) break;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      reference: e.reference || null,
      description: e.text || null,
      party: e.party || null,
      account: e.account || null,
    };
    if (JSON.stringify(d) !== JSON.stringify(want))
      fail(where, `reconcile ledger[${i}] ${JSON.stringify(d)} ≠ ${JSON.stringify(want)}`);
  }
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    fail(where, 'reconcile statement balances');
  if (doc.options.timezone !== truth.timezone) fail(where, 'timezone');
  console.log(`${where}: ${bank.length} bank lines, ${ledger.length} ledger rows checked`);
}
if (!xlsxBank || !xlsxLedger) fail('corpus', 'needs at least one XLSX bank file and one XLSX ledger file');
const tot = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0, bankLines: 0, ledgerRows: 0 };
for (const s of index.sets) {
  for (const k of Object.keys(s.decisions)) tot[k] += s.decisions[k];
  tot.bankLines += s.bankLines;
  tot.ledgerRows += s.ledgerRows;
}
if (JSON.stringify(tot) !== JSON.stringify(index.totals)) fail('index', 'totals do not add up');
if (problems.length) {
  console.error(`${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('holdout21: all checks passed');
