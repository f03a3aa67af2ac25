// Validates bench/corpus/holdout45 (or the folder given) on its own: imports nothing of the generator. Every file is
// re-read through truth.json only, and the truth is cross-checked against the cells.
//   node bench/corpus/holdout45-tools/validate-holdout45.mjs [<corpus dir>]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout45'));
const repo = resolve(here, '../../..');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// ---- reading cells ----
function parseCsv(text) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) throw new Error('CSV line ending is not CRLF');
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
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
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
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
}
const MONTHS = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function readDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Math.round((v - 25569) * 86400000));
    return `${t.getUTCFullYear()}-${p2(t.getUTCMonth() + 1)}-${p2(t.getUTCDate())}`;
  }
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  let m;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(s))) return `${m[3]}-${p2(MONTHS[m[2].toUpperCase()])}-${m[1]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    if (order === 'DMY') return `${m[3]}-${m[2]}-${m[1]}`;
    if (order === 'MDY') return `${m[3]}-${m[1]}-${m[2]}`;
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  throw new Error(`unreadable date ${s}`);
}
/** a money cell → minor units (null when empty) */
function readMoney(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/[,\s₦]/g, '');
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`unreadable amount ${v}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
}
const toDec = (minor) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${p2(Math.abs(minor) % 100)}`;
const text = (v) => (v === null || v === undefined ? '' : String(v));

/** the rows of a file as { row, date, amount, balance, cells } through a read-options mapping */
function readFile(dir, spec, isBank) {
  const ro = spec.readOptions;
  const mp = ro.mapping;
  const grid = readGrid(join(dir, spec.file), ro.sheet);
  const header = (grid[spec.headerRow - 1] ?? []).map(text);
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) fail(spec.file, `mapped header "${name}" not on row ${spec.headerRow}`);
    return i;
  };
  const c = {};
  for (const [k, v] of Object.entries(mp)) c[k] = Array.isArray(v) ? v.map(col) : col(v);
  const out = [];
  const odd = [];
  for (let r = spec.headerRow; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    if (cells.every((x) => x === null || x === '')) continue;
    const date = readDate(cells[c.date], ro.dateOrder);
    let amount = null;
    if (c.amount !== undefined) amount = readMoney(cells[c.amount]);
    else {
      const i = readMoney(cells[c.moneyIn]);
      const o = readMoney(cells[c.moneyOut]);
      if (i !== null && o !== null && date) fail(spec.file, `row ${r + 1} has money in both columns`);
      if (i !== null || o !== null) amount = (i ?? 0) - Math.abs(o ?? 0);
    }
    const balance = readMoney(cells[c.balance]);
    const get = (k) =>
      c[k] === undefined ? '' : Array.isArray(c[k]) ? c[k].map((i) => text(cells[i])) : text(cells[c[k]]);
    const row = {
      row: r + 1,
      date,
      amount,
      balance,
      description: get('description'),
      reference: get('reference'),
      party: get('party'),
    };
    if (date && amount !== null) out.push(row);
    else odd.push(row);
  }
  if (isBank) {
    for (const o of odd)
      if (!/^(OPENING|CLOSING) BALANCE$/.test(String(o.description)))
        fail(spec.file, `row ${o.row}: neither a line nor a balance row`);
  } else {
    const listed = new Set((spec.nonEntryRows ?? []).map((n) => n.row));
    const seen = new Set(odd.filter((o) => o.date || o.amount !== null || o.balance !== null).map((o) => o.row));
    for (const r of listed)
      if (!seen.has(r)) fail(spec.file, `nonEntryRows lists row ${r}, which is an entry or empty`);
    for (const r of seen)
      if (!listed.has(r)) fail(spec.file, `row ${r} has a date or money but is not an entry nor in nonEntryRows`);
  }
  return out;
}

// ---- the evidence rule, restated ----
const GENERIC = new Set(
  `TRANSFER TRANSFERS TRF FROM PAYMENT PAYMENTS PMNT RECEIPT RECEIPTS BANK LIMITED INVOICE INVOICES DEPOSIT DEPOSITS
  CREDIT DEBIT CHARGE CHARGES FEES LEVY REVERSAL REVERSED BEING SETTLEMENT SETTLE ACCOUNT ACCT BALANCE CASH CHEQUE
  ONLINE MOBILE INWARD OUTWARD FUNDS BULK BATCH WITH THIS THAT FOR THE AND PLUS LESS PART FULL FINAL REFUND PAID PAYEE
  PAYER PREMIUM PREMIUMS POLICY CLIENT CLIENTS MONTH MONTHLY WEEK WEEKLY JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST
  SEPTEMBER OCTOBER NOVEMBER DECEMBER SEPT SERVICE SERVICES DUTY DUTIES SALES SALE VEHICLE VEHICLES WORKSHOP REPAIR
  REPAIRS PARTS TAKINGS CARD CARDS ORDER ORDERS AGENCY LOAN LOANS SALARY SALARIES WAGES WAGE STAFF REMITTANCE REMIT
  TRADING SOLUTIONS ENTERPRISES ENTERPRISE GROUP COMPANY HOLDINGS INTERNATIONAL NIGERIA GHANA KENYA AFRICA SOUTH
  LAGOS ACCRA MOMBASA PRETORIA CENTURION NAIROBI COMMISSION CLAIM CLAIMS NOTE NOTES DEBITNOTE JOB JOBS FILE CONTAINER
  CUSTOMS PORT FREIGHT CLEARING GUARDING GUARDS SECURITY SITE SITES RELIEF SHIFT SHIFTS OVERTIME EXCESS STATEMENT
  BORDEREAU PROFORMA TRANSPORT TRIP IMMEDIATE PAYSHAP INSTANT DIRECT NAEDO COLLECTION COLLECTIONS UNPAID RETURNED MOTOR
  MOTORS INSURANCE ASSURANCE INSURERS BROKERS BROKER GENERAL`.split(/\s+/),
);
function tok(cells) {
  const s = cells
    .flat()
    .join(' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  const refs = new Set();
  const words = new Set();
  for (const d of s.match(/\d+/g) ?? []) {
    const n = d.replace(/^0+/, '');
    if (n.length >= 3 && !(n.length === 4 && (n.startsWith('19') || n.startsWith('20')))) refs.add(n);
  }
  for (const t of s.split(/[^A-Z0-9]+/)) {
    if (t.length >= 6 && /[A-Z]/.test(t) && /[0-9]/.test(t)) refs.add(t);
    if (/^[A-Z]{4,}$/.test(t) && !GENERIC.has(t)) words.add(t);
  }
  return { refs, words };
}
const meet = (a, b) => [...a].some((x) => b.has(x));
const bankCells = (l) => [l.description, l.reference, l.party];
const bookCells = (e) => [e.description, e.reference, e.party];
function evidenceOf(lines, entries) {
  const a = tok(lines.map(bankCells));
  const b = tok(entries.map(bookCells));
  return meet(a.refs, b.refs) ? 'reference' : meet(a.words, b.words) ? 'counterparty' : 'amount';
}

// ---- one set ----
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8')));
const KINDS = ['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'];
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};

function checkSet(name) {
  const dir = join(root, name);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = (m) => fail(name, m);
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const lines = readFile(dir, bf, true);
  const entries = readFile(dir, lf, false);
  // bank: balances, order, period, working days, no overdraft
  let bal = readMoney(bf.openingBalance);
  let prev = '';
  for (const l of lines) {
    bal += l.amount;
    if (l.balance !== bal) W(`bank row ${l.row}: balance ${l.balance} ≠ running ${bal}`);
    if (bal < 0) W(`bank row ${l.row}: overdrawn`);
    if (l.date < prev) W(`bank row ${l.row}: out of date order`);
    prev = l.date;
    if (l.date < truth.period.from || l.date > truth.period.to) W(`bank row ${l.row}: outside the period`);
    const wd = new Date(`${l.date}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6 || truth.publicHolidays.includes(l.date)) W(`bank row ${l.row}: not a working day`);
  }
  if (bal !== readMoney(bf.closingBalance)) W('bank closing balance does not follow');
  bal = readMoney(lf.openingBalance);
  for (const e of entries) {
    bal += e.amount;
    if (e.balance !== bal) W(`book row ${e.row}: balance ${e.balance} ≠ running ${bal}`);
    if (e.date < truth.period.from || e.date > truth.period.to) W(`book row ${e.row}: outside the period`);
  }
  if (bal !== readMoney(lf.closingBalance)) W('book closing balance does not follow');

  // statement rows ↔ truth.bank, in file order
  const lineOf = new Map(lines.map((l) => [l.row, l]));
  const entryOf = new Map(entries.map((e) => [e.row, e]));
  if (truth.bank.length !== lines.length)
    W(`truth.bank has ${truth.bank.length} entries, the statement ${lines.length} lines`);
  truth.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l || l.row !== b.ref.row) return W(`truth.bank[${i}] is not statement row ${l?.row}`);
    if (b.ref.file !== bf.file || b.ref.date !== l.date || b.ref.amount !== toDec(l.amount))
      W(`truth row ${l.row}: date/amount differ from the file`);
    if (b.ref.text !== l.description || b.ref.reference !== l.reference || (b.ref.party ?? '') !== l.party)
      W(`truth row ${l.row}: text/reference/party differ from the file`);
  });
  const entryRef = (r, where) => {
    const e = entryOf.get(r.row);
    if (!e || r.file !== lf.file || e.date !== r.date || toDec(e.amount) !== r.amount) {
      W(`${where}: ledger ref ${r.file}#${r.row} is not an entry of ${r.date} ${r.amount}`);
      return null;
    }
    return e;
  };

  // ownership of entries
  const owner = new Map();
  const own = (e, who) => {
    if (!e) return;
    if (owner.has(e.row) && owner.get(e.row) !== who) W(`book row ${e.row} owned twice (${owner.get(e.row)} / ${who})`);
    owner.set(e.row, who);
  };
  for (const lo of truth.ledgerOnly) own(entryRef(lo, 'ledgerOnly'), 'ledger-only');
  const ledgerOnlyRows = new Set(truth.ledgerOnly.map((x) => x.row));
  const groups = new Map();
  for (const b of truth.bank) if (b.group) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);

  for (const b of truth.bank) {
    const at = `truth row ${b.ref.row}`;
    const l = lineOf.get(b.ref.row);
    if (EXPECT[b.decision] !== b.expect) W(`${at}: expect ${b.expect} with decision ${b.decision}`);
    const matched = b.decision === 'auto' || b.decision === 'suggest';
    if (matched !== (b.evidence !== null)) W(`${at}: evidence only on auto/suggest`);
    if ((b.decision === 'bank-only') !== (b.kind !== null) || (b.kind && !KINDS.includes(b.kind))) W(`${at}: kind`);
    if (b.mustNotAuto && b.decision !== 'suggest') W(`${at}: mustNotAuto off a suggestion`);
    if (b.decision === 'suggest' && b.mustNotAuto !== (b.traits.includes('tie') || b.traits.includes('part-payment')))
      W(`${at}: mustNotAuto must be true exactly with a tie or a part payment`);
    const anyOf = Boolean(b.ledgerAnyOf);
    if (matched && (anyOf !== (b.ledger === null) || anyOf !== b.ambiguous))
      W(`${at}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (!matched && (b.ledger !== null || anyOf)) W(`${at}: ledger on an unmatched line`);
    if (b.traits.includes('tie') && b.decision !== 'suggest') W(`${at}: a tie must be a suggestion`);
    if (b.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === b.partner?.row);
      if (!p || p.partner?.row !== b.ref.row) W(`${at}: partner does not point back`);
      else if (readMoney(p.ref.amount) !== -readMoney(b.ref.amount)) W(`${at}: pair does not cancel`);
    } else if (b.partner !== null) W(`${at}: partner on a non-pair`);
    if (b.decision === 'none' || b.decision === 'bank-only') {
      for (const e of entries)
        if (e.amount === l.amount && !(b.traits.includes('decoy') && ledgerOnlyRows.has(e.row)))
          W(`${at}: ${b.decision} line with a book row ${e.row} of its amount`);
      if (b.traits.includes('decoy') && !entries.some((e) => e.amount === l.amount && ledgerOnlyRows.has(e.row)))
        W(`${at}: decoy without a ledger-only row of its amount`);
    }
    if (anyOf) {
      const key = b.ledgerAnyOf.map((o) => o.map((r) => r.row).join('+')).join('|');
      for (const opt of b.ledgerAnyOf) {
        const es = opt.map((r) => entryRef(r, at));
        es.forEach((e) => own(e, `options ${key}`));
        if (es.every(Boolean)) {
          if (evidenceOf([l], es) !== b.evidence) W(`${at}: evidence ${evidenceOf([l], es)} ≠ ${b.evidence}`);
          if (es.reduce((s, e) => s + e.amount, 0) !== l.amount) W(`${at}: option does not sum to the line`);
        }
      }
    } else if (b.ledger) {
      const es = b.ledger.map((r) => entryRef(r, at));
      if (!es.every(Boolean)) continue;
      const glines = b.group ? groups.get(b.group).map((x) => lineOf.get(x.ref.row)) : [l];
      if (b.group && groups.get(b.group).some((x) => JSON.stringify(x.ledger) !== JSON.stringify(b.ledger)))
        W(`${at}: group members name different rows`);
      es.forEach((e) => own(e, b.group ?? `row ${b.ref.row}`));
      const diff = glines.reduce((s, x) => s + x.amount, 0) - es.reduce((s, e) => s + e.amount, 0);
      if ((b.difference ? readMoney(b.difference) : 0) !== diff) W(`${at}: difference ${toDec(diff)} not stated`);
      const ev = evidenceOf(glines, es);
      if (ev !== b.evidence) W(`${at}: evidence ${ev} ≠ ${b.evidence}`);
      if (b.decision === 'auto') {
        if (ev === 'amount') W(`${at}: auto on amount alone`);
        if (diff !== 0) {
          const book = Math.abs(es.reduce((s, e) => s + e.amount, 0));
          if (Math.abs(diff) * 10 > book) W(`${at}: auto difference over 10 %`);
          if (!b.traits.some((t) => t.startsWith(diff < 0 ? 'short-' : 'over-')))
            W(`${at}: difference not signed by a trait`);
        }
        if (ev === 'counterparty') {
          const sum = es.reduce((s, e) => s + e.amount, 0);
          const words = tok(glines.map(bankCells)).words;
          for (const e of entries)
            if (!es.includes(e) && e.amount === sum && meet(words, tok([bookCells(e)]).words))
              W(`${at}: name-only auto shares a word with row ${e.row} of the same amount`);
        }
      }
    }
  }
  for (const e of entries) if (!owner.has(e.row)) W(`book row ${e.row} is owned by nothing`);

  // the reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validateDoc(doc)) W(`reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options?.timezone !== truth.timezone) W('reconcile timezone');
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    W('statement balances');
  if (doc.bank.length !== lines.length || doc.ledger.length !== entries.length)
    W('reconcile document line/entry counts');
  doc.bank.forEach((d, i) => {
    const l = lines[i];
    if (!l) return;
    const ok =
      d.id === `${bf.file}#${l.row}` &&
      d.date === l.date &&
      d.amount === toDec(l.amount) &&
      d.currency === truth.currency &&
      d.narration === l.description &&
      d.reference === (l.reference || null) &&
      d.balance === toDec(l.balance) &&
      JSON.stringify(d.counterparty) === JSON.stringify(l.party ? { name: l.party } : null);
    if (!ok) W(`reconcile bank[${i}] differs from row ${l.row}`);
  });
  doc.ledger.forEach((d, i) => {
    const e = entries[i];
    if (!e) return;
    const desc = [e.description].flat().filter(Boolean).join(' — ');
    const ok =
      d.id === `${lf.file}#${e.row}` &&
      d.date === e.date &&
      d.amount === toDec(e.amount) &&
      d.description === desc &&
      d.reference === (e.reference || null) &&
      d.party === (e.party || null) &&
      d.account === bf.ledgerAccount;
    if (!ok) W(`reconcile ledger[${i}] differs from row ${e.row}`);
  });
  return { truth, lines, entries };
}

// ---- the index ----
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
if (index.sets.length !== 4) fail('index', 'expected four sets');
for (const s of index.sets) {
  if (!existsSync(join(root, s.set, 'truth.json'))) {
    fail('index', `${s.set} has no truth.json`);
    continue;
  }
  let r;
  try {
    r = checkSet(s.set);
  } catch (err) {
    fail(s.set, err.message);
    continue;
  }
  const { truth, lines, entries } = r;
  const n = (d) => truth.bank.filter((b) => b.decision === d).length;
  const matched = truth.bank.filter((b) => b.decision === 'auto' || b.decision === 'suggest');
  const want = {
    bankLines: lines.length,
    ledgerRows: entries.length,
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto).length,
    autoWithDifference: truth.bank.filter((b) => b.decision === 'auto' && b.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
    reversalPairs: n('reversal-pair') / 2,
  };
  for (const [k, v] of Object.entries(want)) if (s[k] !== v) fail('index', `${s.set}.${k} ${s[k]} ≠ ${v}`);
  for (const d of Object.keys(EXPECT)) if ((s.decisions[d] ?? 0) !== n(d)) fail('index', `${s.set}.decisions.${d}`);
  if (JSON.stringify(s.bankFiles) !== JSON.stringify(truth.bankFiles.map((f) => f.file)))
    fail('index', `${s.set}.bankFiles`);
  if (JSON.stringify(s.ledgerFiles) !== JSON.stringify(truth.ledgerFiles.map((f) => f.file)))
    fail('index', `${s.set}.ledgerFiles`);
  if (lines.length < 60 || lines.length > 150) fail(s.set, `${lines.length} bank lines, outside 60–150`);
  console.log(`${s.set}: ${lines.length} bank lines, ${entries.length} book rows checked`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout45: all checks passed');
