// Re-reads every holdout46 file through its truth.json only and checks the truth against the cells.
// Imports nothing of the generator: its own CSV reader, amount and date parsing, and evidence rule.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const ROOT = resolve(process.argv[2] ?? join(repo, 'bench/corpus/holdout46'));
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------- cells ----------
function readCsv(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.endsWith('\r\n')) throw new Error(`${path}: lines must end in CRLF`);
  const lines = text.slice(0, -2).split('\r\n');
  const sep = lines.some((l) => l.split(';').length > 4) ? ';' : ',';
  return lines.map((line) => {
    const out = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') q = false;
        else cur += ch;
      } else if (ch === '"') q = true;
      else if (ch === sep) {
        out.push(cur);
        cur = '';
      } else cur += ch;
    }
    out.push(cur);
    return out;
  });
}
function readSheet(path, sheet) {
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
}
const MON = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const p2 = (x) => String(x).padStart(2, '0');
function isoOf(cell, order) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') {
    const d = new Date(Math.round((cell - 25569) * 86400000));
    return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  }
  const s = String(cell).trim();
  let m;
  if ((m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})-([A-Z][a-z]{2})-(\d{4})$/.exec(s)) && MON[m[2]]) return `${m[3]}-${p2(MON[m[2]])}-${m[1]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s)))
    return order === 'MDY' ? `${m[3]}-${m[1]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`;
  throw new Error(`unreadable date ${s}`);
}
function minorOf(cell) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Math.round(cell * 100);
  const s = String(cell).replace(/,/g, '').trim();
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`unreadable amount ${cell}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}
const minorOfDec = (s) => minorOf(s);
const decOf = (minor) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${p2(Math.abs(minor) % 100)}`;
const str = (c) => (c === null || c === undefined ? '' : String(c));

// ---------- the evidence rule, restated ----------
const GENERIC = new Set(
  `TRANSFER TRANSFERS PAYMENT PAYMENTS INWARD OUTWARD CREDIT DEBIT FROM DEPOSIT DEPOSITS CHARGE CHARGES FEES BANK
   LIMITED INVOICE INVOICES RECEIPT RECEIPTS REFUND REFUNDS SETTLEMENT SETTLEMENTS PAYOUT BATCH BULK SALARY SALARIES
   WAGES ACCOUNT BEING INTERIM CERTIFICATE RETENTION RELEASE SUPPLY SUPPLIES SERVICES SERVICE CONTRACT CONTRACTS
   JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER WITH PART BALANCE ADVANCE
   MILK FARMER FARMERS ROUTE TRANSPORT DELIVERIES DELIVERY CASH CHEQUE CLAIM CLAIMS TAKINGS BRANCH TICKET TICKETS
   ORDER EVENT EVENTS PROMOTER SALES MOBILE MONEY MOMO PESALINK TRANSFERRED VALUATION LODGEMENT LODGMENT FUNDS MEMBER MEMBERS`
    .split(/\s+/)
    .filter(Boolean),
);
function marks(text) {
  const up = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const refs = new Set();
  (up.match(/[0-9]+/g) ?? []).forEach((run) => {
    const v = run.replace(/^0+/, '');
    if (v.length > 2 && !(v.length === 4 && (v.startsWith('19') || v.startsWith('20')))) refs.add(v);
  });
  (up.match(/[A-Z0-9]+/g) ?? []).forEach((c) => {
    if (c.length > 5 && /[0-9]/.test(c) && /[A-Z]/.test(c)) refs.add(c);
  });
  const words = new Set((up.match(/[A-Z]+/g) ?? []).filter((w) => w.length > 3 && !GENERIC.has(w)));
  return { refs, words };
}
function evidence(a, b) {
  const x = marks(a);
  const y = marks(b);
  if ([...x.refs].some((r) => y.refs.has(r))) return 'reference';
  if ([...x.words].some((w) => y.words.has(w))) return 'counterparty';
  return 'amount';
}
const ORDER = ['amount', 'counterparty', 'reference'];

// ---------- one set ----------
const KINDS = ['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'];
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};
const schema = JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validDoc = ajv.compile(schema);

function grid(dir, file, ro) {
  return file.endsWith('.xlsx') ? readSheet(join(dir, file), ro.sheet) : readCsv(join(dir, file));
}
function colOf(header, name, where) {
  const i = header.findIndex((h) => str(h) === name);
  if (i < 0) bad(where, `mapped header "${name}" not on the header row`);
  return i;
}

function checkSet(idx) {
  const dir = join(ROOT, idx.set);
  const T = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = T.set;
  if (T.bankFiles.length !== 1 || T.ledgerFiles.length !== 1) bad(W, 'one bank file and one ledger file expected');
  const bf = T.bankFiles[0];
  const lf = T.ledgerFiles[0];
  const holidays = new Set(T.publicHolidays ?? []);
  // bank statement
  const bg = grid(dir, bf.file, bf.readOptions);
  const bm = bf.readOptions.mapping;
  const bh = bg[bf.headerRow - 1] ?? [];
  const bc = Object.fromEntries(Object.entries(bm).map(([k, v]) => [k, colOf(bh, v, `${W}/${bf.file}`)]));
  const lines = [];
  for (let i = bf.headerRow; i < bg.length; i++) {
    const r = bg[i];
    const row = i + 1;
    if (!r || r.every((c) => c === null || c === '')) continue;
    const date = isoOf(r[bc.date], bf.readOptions.dateOrder);
    let amt;
    if (bm.amount) amt = minorOf(r[bc.amount]);
    else {
      const o = minorOf(r[bc.moneyOut]);
      const n = minorOf(r[bc.moneyIn]);
      if (o !== null && n !== null) bad(`${W}#${row}`, 'money in both columns');
      amt = o !== null ? -Math.abs(o) : n;
    }
    if (!date) {
      if (!/^(OPENING BALANCE|CLOSING BALANCE|BALANCE B\/FWD)$/.test(str(r[bc.description])))
        bad(`${W}#${row}`, 'undated row that is not an opening/closing row');
      continue;
    }
    if (amt === null) bad(`${W}#${row}`, 'dated row without money');
    lines.push({
      row,
      date,
      amt,
      text: str(r[bc.description]),
      reference: bc.reference !== undefined ? str(r[bc.reference]) : '',
      balance: minorOf(r[bc.balance]),
    });
  }
  let bal = minorOfDec(bf.openingBalance);
  for (const l of lines) {
    bal += l.amt;
    if (bal !== l.balance) bad(`${W}#${l.row}`, `running balance ${decOf(l.balance)} ≠ ${decOf(bal)}`);
    if (bal < 0) bad(`${W}#${l.row}`, 'overdrawn');
    if (l.date < T.period.from || l.date > T.period.to) bad(`${W}#${l.row}`, 'date outside the period');
    const wd = new Date(`${l.date}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6 || holidays.has(l.date)) bad(`${W}#${l.row}`, 'not a working day');
  }
  if (bal !== minorOfDec(bf.closingBalance)) bad(W, 'opening + lines ≠ closing');
  lines.forEach((l, i) => i && l.date < lines[i - 1].date && bad(`${W}#${l.row}`, 'date order'));
  if (lines.length < 50 || lines.length > 90) bad(W, `${lines.length} lines (50–90 wanted)`);
  // ledger export
  const lg = grid(dir, lf.file, lf.readOptions);
  const lm = lf.readOptions.mapping;
  const lh = lg[lf.headerRow - 1] ?? [];
  const lc = Object.fromEntries(
    Object.entries(lm).map(([k, v]) => [
      k,
      Array.isArray(v) ? v.map((x) => colOf(lh, x, `${W}/${lf.file}`)) : colOf(lh, v, `${W}/${lf.file}`),
    ]),
  );
  const nonEntry = new Set(lf.nonEntryRows.map((x) => x.row));
  const entries = new Map();
  let lbal = minorOfDec(lf.openingBalance);
  const seenNon = new Set();
  for (let i = lf.headerRow; i < lg.length; i++) {
    const r = lg[i];
    const row = i + 1;
    if (!r || r.every((c) => c === null || c === '')) continue;
    const date = isoOf(r[lc.date], lf.readOptions.dateOrder);
    const amt = lm.amount
      ? minorOf(r[lc.amount])
      : (minorOf(r[lc.moneyIn]) ?? (minorOf(r[lc.moneyOut]) === null ? null : -minorOf(r[lc.moneyOut])));
    if (!lm.amount && !nonEntry.has(row) && minorOf(r[lc.moneyIn]) !== null && minorOf(r[lc.moneyOut]) !== null)
      bad(`${W}/${lf.file}#${row}`, 'money in both columns');
    const isEntry = date && amt !== null && !nonEntry.has(row);
    if (!isEntry) {
      if (
        (date || amt !== null || (lc.balance !== undefined && r[lc.balance] !== null && r[lc.balance] !== '')) &&
        !nonEntry.has(row)
      )
        bad(`${W}/${lf.file}#${row}`, 'a row with a date or money that is neither an entry nor in nonEntryRows');
      if (nonEntry.has(row)) seenNon.add(row);
      continue;
    }
    lbal += amt;
    if (lc.balance !== undefined && minorOf(r[lc.balance]) !== lbal) bad(`${W}/${lf.file}#${row}`, 'running balance');
    const desc = Array.isArray(lc.description)
      ? lc.description
          .map((c) => str(r[c]))
          .filter(Boolean)
          .join(' — ')
      : str(r[lc.description]);
    entries.set(row, {
      row,
      date,
      amt,
      desc,
      reference: str(r[lc.reference]),
      party: lc.party !== undefined ? str(r[lc.party]) : '',
    });
  }
  for (const r of nonEntry) if (!seenNon.has(r)) bad(W, `nonEntryRows ${r} is an entry or missing`);
  if (lbal !== minorOfDec(lf.closingBalance)) bad(W, 'ledger opening + entries ≠ closing');
  const etext = (e) => [e.desc, e.reference, e.party].join(' ');
  // truth ↔ cells
  if (T.bank.length !== lines.length) bad(W, `truth has ${T.bank.length} lines, the statement ${lines.length}`);
  const lineOf = new Map(lines.map((l) => [l.row, l]));
  const entryOf = (ref, where) => {
    const e = entries.get(ref.row);
    if (!e || ref.file !== lf.file || e.date !== ref.date || e.amt !== minorOfDec(ref.amount))
      bad(where, `ledger ref row ${ref.row} does not name an entry of its date and amount`);
    return e;
  };
  const owner = new Map();
  const own = (row, who) => owner.set(row, new Set([...(owner.get(row) ?? []), who]));
  T.bank.forEach((t, i) => {
    const l = lines[i];
    const where = `${W}#${t.ref.row}`;
    if (
      !l ||
      l.row !== t.ref.row ||
      l.date !== t.ref.date ||
      l.amt !== minorOfDec(t.ref.amount) ||
      l.text !== t.ref.text ||
      l.reference !== t.ref.reference
    )
      return bad(where, 'truth ref differs from the statement row');
    if (EXPECT[t.decision] !== t.expect) bad(where, 'expect ↔ decision');
    const m = t.decision === 'auto' || t.decision === 'suggest';
    if (m !== (t.evidence !== null)) bad(where, 'evidence only on auto/suggest');
    if ((t.decision === 'bank-only') !== (t.kind !== null) || (t.kind && !KINDS.includes(t.kind))) bad(where, 'kind');
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest')) bad(where, 'mustNotAuto only on suggest');
    if (
      t.mustNotAuto !== undefined &&
      t.mustNotAuto !== (t.traits.includes('tie') || t.traits.includes('part-payment'))
    )
      bad(where, 'mustNotAuto ⇔ tie or part payment');
    if (
      (t.ledger === null) !== (t.ledgerAnyOf !== undefined) ||
      (t.ledger === null) !== (t.ambiguous || t.traits.includes('tie'))
    )
      bad(where, 'ledgerAnyOf ⇔ ledger null ⇔ ambiguous/tie');
    if (t.traits.includes('tie') && t.decision !== 'suggest') bad(where, 'a tie must be a suggestion');
    if (m) {
      const opts = t.ledgerAnyOf ?? [t.ledger];
      if (!opts.length || opts.some((o) => !o.length)) bad(where, 'no ledger rows');
      let best = 'amount';
      for (const o of opts)
        for (const ref of o) {
          const e = entryOf(ref, where);
          if (!e) continue;
          const ev = evidence(`${l.text} ${l.reference}`, etext(e));
          if (ORDER.indexOf(ev) > ORDER.indexOf(best)) best = ev;
        }
      if (best !== t.evidence) bad(where, `evidence recomputed ${best}, truth ${t.evidence}`);
      if (t.decision === 'auto' && best === 'amount') bad(where, 'auto on amount alone');
      const opt = opts.flat().map((r) => r.row);
      const others = [...entries.values()].filter((e) => e.amt === l.amt && !opt.includes(e.row));
      if (t.decision === 'auto' && others.some((e) => evidence(`${l.text} ${l.reference}`, etext(e)) !== 'amount'))
        bad(where, 'another entry of the amount shares words or numbers with the line');
      const members = t.group ? T.bank.filter((o) => o.group === t.group) : [t];
      if (t.group && members.some((o) => JSON.stringify(o.ledger) !== JSON.stringify(t.ledger)))
        bad(where, 'group members name different rows');
      if (t.ledger) {
        const sumB = members.reduce((s, o) => s + minorOfDec(o.ref.amount), 0);
        const sumL = t.ledger.reduce((s, r) => s + minorOfDec(r.amount), 0);
        const diff = sumB - sumL;
        if (t.difference !== undefined) {
          if (minorOfDec(t.difference) !== diff) bad(where, 'difference ≠ bank − books');
          if (Math.abs(diff) * 10 > Math.abs(sumL)) bad(where, 'difference over 10 %');
          if (t.decision !== 'auto') bad(where, 'difference only on auto');
        } else if (t.decision === 'auto' && diff !== 0) bad(where, 'auto does not add up and gives no difference');
      }
      const who = t.ledgerAnyOf
        ? `options ${JSON.stringify(t.ledgerAnyOf)}`
        : t.group
          ? `group ${t.group}`
          : `line ${t.ref.row}`;
      opt.forEach((r) => own(r, who));
    } else if (t.ledger.length) bad(where, 'ledger rows on a line without a match');
    if (t.decision === 'reversal-pair') {
      const p = T.bank.find((o) => o.ref.row === t.partner?.row);
      if (!p || p.partner?.row !== t.ref.row || minorOfDec(p.ref.amount) !== -l.amt)
        bad(where, 'reversal partner does not point back or cancel');
    } else if (t.partner !== null) bad(where, 'partner on a line that is no reversal');
    if (t.decision === 'none' || t.decision === 'bank-only') {
      const same = [...entries.values()].filter((e) => e.amt === l.amt);
      const decoyRows = T.ledgerOnly.map((o) => o.row);
      if (t.traits.includes('decoy') ? !same.length || same.some((e) => !decoyRows.includes(e.row)) : same.length)
        bad(where, `${t.decision} line and book entries of its amount`);
    }
  });
  for (const o of T.ledgerOnly) {
    entryOf(o, `${W} ledgerOnly`);
    own(o.row, 'ledgerOnly');
  }
  for (const e of entries.values())
    if ((owner.get(e.row)?.size ?? 0) !== 1)
      bad(`${W}/${lf.file}#${e.row}`, `owned ${owner.get(e.row)?.size ?? 0} times`);
  void lineOf;
  // reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validDoc(doc)) bad(W, `reconcile document: ${ajv.errorsText(validDoc.errors)}`);
  if (doc.options?.timezone !== T.timezone) bad(W, 'document timezone');
  if (doc.bank.length !== lines.length) bad(W, 'document bank count');
  doc.bank.forEach((d, i) => {
    const l = lines[i];
    if (
      !l ||
      d.id !== `${bf.file}#${l.row}` ||
      d.date !== l.date ||
      d.amount !== decOf(l.amt) ||
      d.narration !== l.text ||
      (d.reference ?? '') !== l.reference ||
      d.balance !== decOf(l.balance) ||
      d.currency !== T.currency
    )
      bad(W, `document bank[${i}] differs from the file`);
  });
  const es = [...entries.values()];
  if (doc.ledger.length !== es.length) bad(W, 'document ledger count');
  doc.ledger.forEach((d, i) => {
    const e = es[i];
    if (
      !e ||
      d.id !== `${lf.file}#${e.row}` ||
      d.date !== e.date ||
      d.amount !== decOf(e.amt) ||
      d.description !== e.desc ||
      (d.reference ?? '') !== e.reference ||
      (d.party ?? '') !== e.party ||
      d.account !== bf.ledgerAccount
    )
      bad(W, `document ledger[${i}] differs from the file`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    bad(W, 'document statement balances');
  // index counts
  const dec = {};
  T.bank.forEach((t) => (dec[t.decision] = (dec[t.decision] ?? 0) + 1));
  if (
    idx.bankLines !== lines.length ||
    idx.ledgerRows !== entries.size ||
    JSON.stringify(Object.entries(dec).sort()) !== JSON.stringify(Object.entries(idx.decisions).sort())
  )
    bad(W, 'index counts');
  if (idx.bankFiles[0] !== bf.file || idx.ledgerFiles[0] !== lf.file || idx.ledgerOnly !== T.ledgerOnly.length)
    bad(W, 'index files');
  console.log(`${W}: ${lines.length} lines, ${entries.size} entries checked`);
}

const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
if (index.sets.length !== 4) bad('index', 'four sets expected');
for (const s of index.sets) {
  try {
    checkSet(s);
  } catch (err) {
    bad(s.set, err.message);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('holdout46: all checks passed');
