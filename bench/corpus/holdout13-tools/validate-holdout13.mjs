// Checks the holdout13 sets: reconcile documents against the input schema, truth files against the files they
// describe (rows, dates, amounts, texts), and the truth's own arithmetic. Exit 1 on any problem.
// Usage: node bench/corpus/holdout13-tools/validate-holdout13.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const DIR = join(HERE, '..', 'holdout13');
const problems = [];
const bad = (set, msg) => problems.push(`${set}: ${msg}`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateInput = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'docs/reconcile-input.schema.json'), 'utf8')));

/** decimal string → integer minor units (2-decimal currencies only here) */
const minor = (s) => {
  const t = String(s).replace(/[,\s]/g, '');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(t);
  if (!m) throw new Error(`not an amount: ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0')));
};
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const toIso = (v) => {
  if (typeof v === 'number') return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10);
  let m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${String(MON[m[2]]).padStart(2, '0')}-${m[1]}`;
  m = /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return null;
};
/** rows as arrays, index 0 = spreadsheet row 1 */
function readRows(path) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path));
    return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1, raw: true, blankrows: true, defval: '' });
  }
  return parse(readFileSync(path, 'utf8'), { relax_column_count: true, skip_empty_lines: false });
}
const col = (header, names) => names.map((n) => header.indexOf(n)).find((i) => i >= 0);
const cellMinor = (v) => (v === '' || v == null ? 0 : typeof v === 'number' ? Math.round(v * 100) : minor(v));

const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
for (const s of index.sets) {
  const set = s.set;
  const truth = JSON.parse(readFileSync(join(DIR, set, 'truth.json'), 'utf8'));
  const doc = JSON.parse(readFileSync(join(DIR, s.reconcileJson), 'utf8'));
  if (!validateInput(doc)) bad(set, `reconcile JSON invalid: ${ajv.errorsText(validateInput.errors)}`);

  // --- bank file: every row with money, its running balance, and the truth's refs
  const bf = truth.bankFiles[0];
  const brows = readRows(join(DIR, set, bf.file));
  const bh = brows[bf.headerRow - 1];
  const iDate = col(bh, ['Trans Date', 'Posting Date', 'Tran Date', 'Transaction Date']);
  const iText = col(bh, ['Narration', 'Description', 'Particulars']);
  const iAmt = col(bh, ['Amount']);
  const iDr = col(bh, ['Debit']);
  const iCr = col(bh, ['Credit']);
  const iBal = col(bh, ['Balance']);
  const moneyRows = new Map();
  let bal = minor(bf.openingBalance);
  for (let r = bf.headerRow; r < brows.length; r++) {
    const row = brows[r];
    const date = toIso(String(row[iDate] ?? ''));
    const text = String(row[iText] ?? '');
    if (!date || /^(BALANCE B\/F|OPENING BALANCE)$/i.test(text)) continue;
    const amount = iAmt !== undefined ? cellMinor(row[iAmt]) : cellMinor(row[iCr]) - cellMinor(row[iDr]);
    bal += amount;
    if (bal !== cellMinor(row[iBal])) bad(set, `bank row ${r + 1}: running balance does not follow`);
    moneyRows.set(r + 1, { date, amount, text });
  }
  if (bal !== minor(bf.closingBalance)) bad(set, 'closing balance differs from the last running balance');
  const seenBank = new Map();
  for (const e of truth.bank) {
    const fr = moneyRows.get(e.ref.row);
    if (!fr) bad(set, `truth bank row ${e.ref.row} is not a money row`);
    else if (fr.date !== e.ref.date || fr.amount !== minor(e.ref.amount) || fr.text !== e.ref.text)
      bad(set, `truth bank row ${e.ref.row} differs from the file`);
    seenBank.set(e.ref.row, (seenBank.get(e.ref.row) ?? 0) + 1);
  }
  for (const r of moneyRows.keys())
    if (seenBank.get(r) !== 1) bad(set, `bank row ${r} appears ${seenBank.get(r) ?? 0} times in truth`);

  // --- ledger file: rows of the bank account
  const lf = truth.ledgerFiles[0];
  const lrows = readRows(join(DIR, set, lf.file));
  const lh = lrows[lf.headerRow - 1];
  const m = lf.readOptions.mapping ?? { date: 'Date', moneyIn: 'Debit', moneyOut: 'Credit', account: 'Account Code' };
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  const ledgerRows = new Map();
  for (let r = lf.headerRow; r < lrows.length; r++) {
    const row = lrows[r];
    if (nonEntry.has(r + 1)) continue;
    const dv = row[lh.indexOf(m.date)];
    const date = toIso(typeof dv === 'number' ? dv : String(dv ?? ''));
    if (!date) continue;
    if (m.account && String(row[lh.indexOf(m.account)]) !== bf.ledgerAccount) continue;
    const amount = m.amount
      ? cellMinor(row[lh.indexOf(m.amount)])
      : cellMinor(row[lh.indexOf(m.moneyIn)]) - cellMinor(row[lh.indexOf(m.moneyOut)]);
    ledgerRows.set(r + 1, { date, amount });
  }
  const used = new Map();
  const use = (x, why) => {
    const lr = ledgerRows.get(x.row);
    if (!lr) return bad(set, `${why}: ledger row ${x.row} is not an entry of ${bf.ledgerAccount}`);
    if (lr.date !== x.date || lr.amount !== minor(x.amount))
      bad(set, `${why}: ledger row ${x.row} differs from the file`);
  };
  const groups = new Map();
  for (const e of truth.bank) {
    const key = e.group ?? `row${e.ref.row}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(e);
  }
  const gap = [
    'over-payment',
    'part-payment',
    'short-net-of-fee',
    'short-withholding-tax-5pct',
    'short-withholding-tax-3pct',
    'short-withholding-vat-2pct',
  ];
  for (const [key, es] of groups) {
    const e = es[0];
    const okDecision = {
      match: ['auto', 'suggest'],
      'bank-only': ['bank-only'],
      'reversal-pair': ['reversal-pair'],
      'no-counterpart': ['none'],
    }[e.expect];
    for (const x of es) {
      if (!okDecision?.includes(x.decision))
        bad(set, `row ${x.ref.row}: decision ${x.decision} with expect ${x.expect}`);
      if (x.mustNotAuto && x.decision !== 'suggest') bad(set, `row ${x.ref.row}: mustNotAuto on ${x.decision}`);
      if (x.difference && x.decision !== 'auto') bad(set, `row ${x.ref.row}: difference on ${x.decision}`);
      if (JSON.stringify(x.ledger) !== JSON.stringify(e.ledger) || x.decision !== e.decision)
        bad(set, `group ${key}: members disagree`);
      if (x.expect !== 'match' && x.ledger.length) bad(set, `row ${x.ref.row}: ${x.expect} with ledger rows`);
      if (x.ledgerAnyOf && !x.ambiguous) bad(set, `row ${x.ref.row}: ledgerAnyOf without ambiguous`);
      if (x.expect === 'bank-only' && !x.kind) bad(set, `row ${x.ref.row}: bank-only without kind`);
    }
    if (e.expect === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === e.partner?.row);
      if (!p || p.partner?.row !== e.ref.row || minor(p.ref.amount) !== -minor(e.ref.amount))
        bad(set, `row ${e.ref.row}: reversal partner does not pair back`);
    }
    if (e.expect !== 'match') continue;
    if (!e.ledger.length) bad(set, `group ${key}: match without ledger rows`);
    for (const x of e.ledger) {
      use(x, `group ${key}`);
      used.set(x.row, (used.get(x.row) ?? 0) + 1);
    }
    for (const alt of e.ledgerAnyOf ?? []) for (const x of alt) use(x, `group ${key} ledgerAnyOf`);
    const diff = es.reduce((t, x) => t + minor(x.ref.amount), 0) - e.ledger.reduce((t, x) => t + minor(x.amount), 0);
    if (diff !== 0) {
      if (e.decision === 'auto' && (!e.difference || minor(e.difference) !== diff))
        bad(set, `group ${key}: auto with difference ${diff} not stated`);
      if (e.decision === 'suggest' && !e.traits.some((t) => gap.includes(t)))
        bad(set, `group ${key}: amounts differ by ${diff} with no trait saying why`);
    } else if (e.difference) bad(set, `group ${key}: difference stated but amounts agree`);
  }
  for (const [r, n] of used) if (n > 1) bad(set, `ledger row ${r} used ${n} times`);
  for (const x of truth.ledgerOnly) {
    use(x, 'ledgerOnly');
    if (used.has(x.row)) bad(set, `ledgerOnly row ${x.row} is also matched`);
  }
  const accounted = new Set([...used.keys(), ...truth.ledgerOnly.map((x) => x.row)]);
  for (const r of ledgerRows.keys())
    if (!accounted.has(r)) bad(set, `ledger row ${r} is neither matched nor ledgerOnly`);

  // --- the reconcile document carries exactly these rows
  const bankIds = new Set(truth.bank.map((e) => `${bf.file}#${e.ref.row}`));
  if (doc.bank.length !== bankIds.size || doc.bank.some((b) => !bankIds.has(b.id)))
    bad(set, 'reconcile JSON bank ids differ from truth');
  const ledIds = new Set([...ledgerRows.keys()].map((r) => `${lf.file}#${r}`));
  if (doc.ledger.length !== ledIds.size || doc.ledger.some((l) => !ledIds.has(l.id)))
    bad(set, 'reconcile JSON ledger ids differ from the ledger file');
  for (const b of doc.bank) {
    const row = moneyRows.get(Number(b.id.split('#')[1]));
    if (row && (row.amount !== minor(b.amount) || row.date !== b.date))
      bad(set, `reconcile JSON ${b.id} differs from the file`);
  }
  const c = (f) => truth.bank.filter(f).length;
  const counts = {
    auto: c((e) => e.decision === 'auto'),
    suggest: c((e) => e.decision === 'suggest'),
    bankOnly: c((e) => e.decision === 'bank-only'),
    none: c((e) => e.decision === 'none'),
    reversalPair: c((e) => e.decision === 'reversal-pair'),
  };
  for (const [k, v] of Object.entries(counts))
    if (s.counts[k] !== v) bad(set, `index count ${k} ${s.counts[k]} ≠ ${v}`);
  if (s.counts.bankLines !== truth.bank.length) bad(set, 'index bankLines differs');
  console.log(`${set}: ${truth.bank.length} bank lines, ${ledgerRows.size} ledger rows, ${JSON.stringify(counts)}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('holdout13: all checks passed');
