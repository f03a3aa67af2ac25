#!/usr/bin/env node
// Re-reads every holdout48 file through its truth.json and checks the answer key against the files, without
// importing the generator: its own CSV reader, SheetJS with raw cells, its own restatement of the evidence rule.
//   node bench/corpus/holdout48-tools/validate-holdout48.mjs [DIR]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const ROOT = resolve(process.argv[2] ?? join(here, '..', 'holdout48'));
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// --- reading cells ---
function parseCsv(text) {
  const first = text.split(/\r?\n/).find((l) => l.includes(';') || l.includes(','));
  const delim = (first.match(/;/g) ?? []).length > (first.match(/,/g) ?? []).length ? ';' : ',';
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delim) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
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
function readGrid(path, sheet) {
  if (path.endsWith('.csv')) return parseCsv(readFileSync(path, 'utf8'));
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', raw: true });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '' });
}
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
function toDate(v, order) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return new Date(Math.round((v - 25569) * 86400000)).toISOString().slice(0, 10);
  const s = String(v).trim();
  let m;
  const p = (y, mo, d) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if ((m = s.match(/^(\d{4})[-/](\d{2})[-/](\d{2})$/))) return p(m[1], m[2], m[3]);
  if ((m = s.match(/^(\d{2})-([A-Za-z]{3})-(\d{4})$/))) return p(m[3], MON[m[2].toLowerCase()], m[1]);
  if ((m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/)) && order !== 'MDY') return p(m[3], m[2], m[1]);
  return null;
}
/** money text or a number of major units → integer minor units; null when the cell holds none */
function toMinor(v, dec = '.') {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') return Math.round(v * 100);
  let s = String(v).replace(/\s/g, '');
  s = dec === ',' ? s.replaceAll('.', '').replace(',', '.') : s.replaceAll(',', '');
  const m = s.match(/^(-?)(\d+)\.(\d{2})$/);
  if (!m) return NaN;
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}
const major = (minor) => {
  const a = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${a.slice(0, -2)}.${a.slice(-2)}`;
};

/** Rows of a file under its mapping: [{ row, date, amount, text, reference, party, balance, valueDate, account }] */
function readTable(dir, f, where) {
  const o = f.readOptions ?? {};
  const map = o.mapping;
  const grid = readGrid(join(dir, f.file), o.sheet);
  const header = (grid[f.headerRow - 1] ?? []).map((c) => String(c).trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) bad(where, `header row ${f.headerRow} lacks "${name}"`);
    return i;
  };
  const cols = {};
  for (const [k, v] of Object.entries(map)) cols[k] = Array.isArray(v) ? v.map(col) : col(v);
  const out = [];
  for (let r = f.headerRow; r < grid.length; r++) {
    const cells = grid[r];
    if (!cells || cells.every((c) => c === '' || c === null)) continue;
    const get = (k) =>
      cols[k] === undefined ? '' : Array.isArray(cols[k]) ? cols[k].map((i) => cells[i]).join(' — ') : cells[cols[k]];
    const dec = o.decimalSeparator ?? '.';
    let amount = null;
    if (cols.amount !== undefined) amount = toMinor(get('amount'), dec);
    else {
      const i = toMinor(get('moneyIn'), dec);
      const x = toMinor(get('moneyOut'), dec);
      if (i !== null || x !== null) amount = (i ?? 0) - Math.abs(x ?? 0);
    }
    const text = String(get('description') ?? '').trim();
    const ref = String(get('reference') ?? '').trim();
    const party = cols.party !== undefined ? String(get('party') ?? '').trim() : '';
    out.push({
      row: r + 1,
      date: toDate(get('date'), o.dateOrder),
      valueDate: cols.valueDate !== undefined ? toDate(get('valueDate'), o.dateOrder) : null,
      amount,
      text,
      reference: ref || null,
      party: party || null,
      balance: cols.balance !== undefined ? toMinor(get('balance'), dec) : null,
      account: cols.account !== undefined ? String(get('account')).trim() : null,
    });
  }
  return out;
}

// --- the evidence rule, restated ---
const GENERIC = new Set(
  `transfer trf from nip payment paid deposit cash cheque chq with withdrawal charge charges fee fees levy vat
  invoice invoices inv ref reference being for the and part balance bal settlement stlm payout batch bulk salary
  salaries wages sales takings card online ticket tickets limited ltd plc pty company services service transaction
  txn account acct debit credit order month week weekly august june july may others other staff supplies supply
  purchase stock goods receipt received customer supplier refund reversal returned mpesa pesalink eft rtgs pos
  bank less rental rent total your note payroll transfer monthly outward inward instant kontant betaling deposito
  fooi diens invordering maand lede member members membership debiet order`.split(/\s+/),
);
function evidence(a, b) {
  const nums = (t) => {
    const s = new Set();
    for (const m of t.matchAll(/\d+/g)) {
      const n = m[0].replace(/^0+/, '');
      if (n.length >= 3 && !/^(19|20)\d\d$/.test(n)) s.add(n);
    }
    for (const m of t.toUpperCase().matchAll(/[A-Z0-9]+/g))
      if (m[0].length >= 6 && /[A-Z]/.test(m[0]) && /\d/.test(m[0])) s.add(m[0]);
    return s;
  };
  const words = (t) =>
    new Set([...t.toLowerCase().matchAll(/[a-z]+/g)].map((m) => m[0]).filter((w) => w.length >= 4 && !GENERIC.has(w)));
  const na = nums(a);
  if ([...nums(b)].some((n) => na.has(n))) return 'reference';
  const wa = words(a);
  if ([...words(b)].some((w) => wa.has(w))) return 'counterparty';
  return 'amount';
}

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
const KINDS = new Set(['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown']);
const schema = JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));

for (const setName of readdirSync(ROOT)
  .filter((n) => existsSync(join(ROOT, n, 'truth.json')))
  .sort()) {
  const dir = join(ROOT, setName);
  const T = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const at = (s) => `${setName}: ${s}`;
  const holidays = new Set(T.publicHolidays ?? []);
  const open = (iso) => ![0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay()) && !holidays.has(iso);
  const inPeriod = (iso) => iso >= T.period.from && iso <= T.period.to;

  // statements
  const linesOf = new Map();
  for (const bf of T.bankFiles) {
    const w = at(bf.file);
    const all = readTable(dir, bf, w);
    const lines = all.filter((r) => r.date && r.amount !== null);
    for (const r of all)
      if (!(r.date && r.amount !== null) && !/balance|saldo|b\/f|c\/f/i.test(r.text))
        bad(w, `row ${r.row} is neither a line nor an opening/closing row`);
    const seq = bf.order === 'newest-first' ? [...lines].reverse() : lines;
    let bal = toMinor(bf.openingBalance);
    for (const l of seq) {
      if (Number.isNaN(l.amount)) bad(w, `row ${l.row}: unreadable amount`);
      bal += l.amount;
      if (l.balance !== bal) bad(w, `row ${l.row}: balance ${l.balance} is not ${bal}`);
      if (bal < 0) bad(w, `row ${l.row}: overdrawn`);
      if (!inPeriod(l.date) || !open(l.date)) bad(w, `row ${l.row}: ${l.date} outside the period or a closed day`);
      if (l.valueDate && l.valueDate < l.date) bad(w, `row ${l.row}: value date before the transaction date`);
    }
    for (let i = 1; i < seq.length; i++)
      if (seq[i].date < seq[i - 1].date) bad(w, `row ${seq[i].row}: out of date order`);
    if (bal !== toMinor(bf.closingBalance)) bad(w, `opening + lines ${bal} is not the closing balance`);
    linesOf.set(bf.file, lines);
  }
  // ledgers
  const entries = new Map();
  for (const lf of T.ledgerFiles) {
    const w = at(lf.file);
    const all = readTable(dir, lf, w);
    const nonEntry = new Set((lf.nonEntryRows ?? []).map((r) => r.row));
    const seen = new Set();
    let bal = toMinor(lf.openingBalance);
    for (const r of all) {
      if (nonEntry.has(r.row)) {
        seen.add(r.row);
        continue;
      }
      if (!r.date || r.amount === null || Number.isNaN(r.amount)) {
        bad(w, `row ${r.row} has no date or money and is not listed in nonEntryRows`);
        continue;
      }
      bal += r.amount;
      if (r.balance !== null && r.balance !== bal) bad(w, `row ${r.row}: running balance ${r.balance} is not ${bal}`);
      if (!inPeriod(r.date)) bad(w, `row ${r.row}: outside the period`);
      entries.set(`${lf.file}#${r.row}`, { ...r, file: lf.file });
    }
    for (const n of nonEntry) if (!seen.has(n)) bad(w, `nonEntryRows names row ${n}, which is not there`);
    if (bal !== toMinor(lf.closingBalance)) bad(w, `ledger closing ${major(bal)} is not ${lf.closingBalance}`);
  }
  const entryOf = (ref, w) => {
    const e = entries.get(`${ref.file}#${ref.row}`);
    if (!e) bad(w, `no entry at ${ref.file}#${ref.row}`);
    else if (e.date !== ref.date || major(e.amount) !== ref.amount)
      bad(w, `${ref.file}#${ref.row} is ${e.date} ${major(e.amount)}, truth says ${ref.date} ${ref.amount}`);
    return e;
  };

  // truth lines against their rows, in file order
  const owner = new Map();
  const claim = (ref, who, w) => {
    const k = `${ref.file}#${ref.row}`;
    if (owner.has(k) && owner.get(k) !== who) bad(w, `${k} owned twice (${owner.get(k)}, ${who})`);
    owner.set(k, who);
  };
  const byFile = new Map();
  for (const t of T.bank) byFile.set(t.ref.file, [...(byFile.get(t.ref.file) ?? []), t]);
  for (const [file, ts] of byFile) {
    const lines = linesOf.get(file) ?? [];
    if (ts.length !== lines.length) bad(at(file), `${ts.length} truth lines for ${lines.length} statement lines`);
    ts.forEach((t, i) => {
      const l = lines[i];
      if (!l) return;
      const r = t.ref;
      if (
        r.row !== l.row ||
        r.date !== l.date ||
        r.amount !== major(l.amount) ||
        r.text !== l.text ||
        r.reference !== l.reference
      )
        bad(at(file), `truth line ${i + 1} (row ${r.row}) does not match row ${l.row}`);
    });
  }
  const amountsOfEntries = [...entries.values()].map((e) => e.amount);
  const ledgerOnlyKeys = new Set((T.ledgerOnly ?? []).map((r) => `${r.file}#${r.row}`));
  for (const t of T.bank) {
    const w = at(`${t.ref.file}#${t.ref.row}`);
    const lineText = [t.ref.text, t.ref.reference].filter(Boolean).join(' ');
    if (EXPECT[t.decision] !== t.expect) bad(w, `expect ${t.expect} does not go with ${t.decision}`);
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    if ((t.ledger === null) !== (t.ledgerAnyOf !== undefined)) bad(w, 'ledger null ⇔ ledgerAnyOf');
    if (t.ledgerAnyOf && !t.traits.some((x) => x === 'twins' || x === 'tie'))
      bad(w, 'ledgerAnyOf without twins or tie');
    if (t.ambiguous !== t.traits.includes('twins')) bad(w, 'ambiguous ⇔ twins');
    if (!matched && (t.ledger === null || t.ledger.length)) bad(w, `${t.decision} with ledger rows`);
    if (matched !== (t.evidence !== undefined)) bad(w, 'evidence only on auto/suggest');
    if ((t.decision === 'bank-only') !== (t.kind !== undefined) || (t.kind && !KINDS.has(t.kind)))
      bad(w, 'kind only on bank-only');
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest')) bad(w, 'mustNotAuto only on suggest');
    if (t.decision === 'suggest' && t.mustNotAuto !== t.traits.some((x) => x === 'tie' || x === 'part-payment'))
      bad(w, 'mustNotAuto true exactly with a tie or part payment');
    if (matched) {
      const sets = t.ledger ? [t.ledger] : t.ledgerAnyOf;
      const es = sets.map((s) => s.map((ref) => entryOf(ref, w)).filter(Boolean));
      for (const s of sets)
        for (const ref of s)
          claim(
            ref,
            t.group ??
              (t.ledger
                ? `line ${t.ref.row}`
                : `anyOf ${sets
                    .flat()
                    .map((x) => x.row)
                    .join(',')}`),
            w,
          );
      const ev = es.flat().map((e) => evidence(lineText, [e.reference, e.text, e.party].filter(Boolean).join(' ')));
      const best = ev.includes('reference') ? 'reference' : ev.includes('counterparty') ? 'counterparty' : 'amount';
      if (best !== t.evidence) bad(w, `evidence is ${best}, truth says ${t.evidence}`);
      if (t.decision === 'auto' && best === 'amount') bad(w, 'auto on amount alone');
      const groupLines = t.group ? T.bank.filter((x) => x.group === t.group) : [t];
      if (groupLines.some((x) => JSON.stringify(x.ledger) !== JSON.stringify(t.ledger)))
        bad(w, 'lines of a group disagree');
      const bankSum = groupLines.reduce((a, x) => a + toMinor(x.ref.amount), 0);
      const bookSum = es[0].reduce((a, e) => a + e.amount, 0);
      const diff = t.ledgerAnyOf ? toMinor(t.ref.amount) - bookSum : bankSum - bookSum;
      if (t.difference !== undefined) {
        if (t.decision !== 'auto' || toMinor(t.difference) !== diff || diff === 0)
          bad(w, `difference ${t.difference} is not ${major(diff)}`);
      } else if (
        diff !== 0 &&
        !(t.decision === 'suggest' && t.traits.some((x) => x === 'net-of-fee' || x === 'part-payment'))
      )
        bad(w, `bank and books differ by ${major(diff)} with no difference`);
    }
    if (t.decision === 'reversal-pair') {
      const p = T.bank.find((x) => x.ref.file === t.partner?.file && x.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row || toMinor(p.ref.amount) + toMinor(t.ref.amount) !== 0)
        bad(w, 'reversal partner does not point back or cancel');
    } else if (t.partner !== null) bad(w, 'partner on a line that is not a reversal');
    if (t.decision === 'none' || t.decision === 'bank-only') {
      const amt = toMinor(t.ref.amount);
      for (const [k, e] of entries)
        if (e.amount === amt && !(t.traits.includes('decoy') && ledgerOnlyKeys.has(k)))
          bad(w, `${t.decision} line has a book row of its amount (${k})`);
    }
  }
  for (const r of T.ledgerOnly ?? []) {
    entryOf(r, at('ledgerOnly'));
    claim(r, 'ledgerOnly', at('ledgerOnly'));
    if (!r.why) bad(at('ledgerOnly'), `row ${r.row} without why`);
  }
  for (const k of entries.keys()) if (!owner.has(k)) bad(at(k), 'entry owned by nothing');
  if (T.bank.length < 35 || T.bank.length > 90) bad(at('truth'), `${T.bank.length} lines, outside 35–90`);
  void amountsOfEntries;

  // reconcile documents against the schema and the files
  for (const bf of T.bankFiles) {
    const w = at(`reconcile.${bf.file}.json`);
    const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
    if (!validDoc(doc)) bad(w, ajv.errorsText(validDoc.errors));
    const lines = linesOf.get(bf.file) ?? [];
    if (doc.bank.length !== lines.length) bad(w, 'bank lines differ in number');
    lines.forEach((l, i) => {
      const b = doc.bank[i];
      if (
        !b ||
        b.id !== `${bf.file}#${l.row}` ||
        b.date !== l.date ||
        b.amount !== major(l.amount) ||
        b.narration !== l.text ||
        b.reference !== l.reference ||
        b.balance !== major(l.balance) ||
        b.currency !== T.currency ||
        b.counterparty !== null
      )
        bad(w, `bank[${i}] does not restate row ${l.row}`);
    });
    const es = [...entries.values()];
    if (doc.ledger.length !== es.length) bad(w, 'ledger entries differ in number');
    es.forEach((e, i) => {
      const x = doc.ledger[i];
      if (
        !x ||
        x.id !== `${e.file}#${e.row}` ||
        x.date !== e.date ||
        x.amount !== major(e.amount) ||
        x.reference !== e.reference ||
        x.description !== e.text ||
        x.party !== e.party ||
        x.account !== bf.ledgerAccount ||
        x.currency !== T.currency
      )
        bad(w, `ledger[${i}] does not restate row ${e.row}`);
      if (e.account !== null && e.account !== bf.ledgerAccount) bad(w, `row ${e.row} is of account ${e.account}`);
    });
    if (
      doc.options?.timezone !== T.timezone ||
      doc.statement.bankBalance !== bf.closingBalance ||
      doc.statement.bookBalance !== T.ledgerFiles[0].closingBalance
    )
      bad(w, 'options or statement differ from the truth');
  }
  // the index's counts
  const ix = index.sets.find((s) => s.set === setName);
  if (!ix) bad(at('index'), 'set missing from index.json');
  else {
    const count = (d) => T.bank.filter((t) => t.decision === d).length;
    const decisions = {};
    for (const t of T.bank) decisions[t.decision] = (decisions[t.decision] ?? 0) + 1;
    const want = {
      bankLines: T.bank.length,
      ledgerRows: entries.size,
      mustNotAuto: T.bank.filter((t) => t.mustNotAuto === true).length,
      ledgerOnly: (T.ledgerOnly ?? []).length,
      matched: count('auto') + count('suggest'),
      reversalPairs: count('reversal-pair') / 2,
    };
    for (const [k, v] of Object.entries(want)) if (ix[k] !== v) bad(at('index'), `${k} ${ix[k]}, counted ${v}`);
    for (const [k, v] of Object.entries(decisions))
      if (ix.decisions[k] !== v) bad(at('index'), `decisions.${k} ${ix.decisions[k]}, counted ${v}`);
  }
}

if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout48: ${index.sets.length} sets valid (${ROOT})`);
