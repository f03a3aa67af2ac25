// holdout39 validator: imports nothing of the generator. Re-reads every file through truth.json only and checks
// every truth row, the decision rules, the evidence, the reconcile documents (schema and field by field) and index.json.
// node validate-holdout39.mjs [DIR]
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(process.argv[2] ?? join(here, '../holdout39'));
const repo = resolve(here, '../../..');
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---- money and dates, read from text
function minorOf(text, point = '.') {
  let s = String(text).trim();
  if (s === '') return null;
  let sign = 1;
  const dc = s.match(/\s*(Dr|Cr)$/i);
  if (dc) s = s.slice(0, -dc[0].length);
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  const groupMarks = point === '.' ? /[,' \u00a0]/g : /[.' \u00a0]/g;
  s = s.replace(groupMarks, '');
  const [whole, frac = ''] = s.split(point);
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(frac)) throw new Error(`not an amount: ${text}`);
  return sign * (Number(whole) * 100 + Number(frac.padEnd(2, '0')));
}
const majorToMinor = (s) => minorOf(s, '.');
const dec = (m) => {
  const a = String(Math.abs(m)).padStart(3, '0');
  return `${m < 0 ? '-' : ''}${a.slice(0, -2)}.${a.slice(-2)}`;
};
const MON = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const pad = (n) => String(n).padStart(2, '0');
function dateOf(text, order) {
  const s = String(text).trim();
  let m;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  if ((m = s.match(/^(\d{4})\/(\d{2})\/(\d{2})$/))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = s.match(/^(\d{2})\.(\d{2})\.(\d{4})$/))) return `${m[3]}-${m[2]}-${m[1]}`;
  if ((m = s.match(/^(\d{2})[/-](\d{2})[/-](\d{4})$/))) {
    if (order !== 'DMY') throw new Error(`numeric date ${s} without DMY`);
    return `${m[3]}-${m[2]}-${m[1]}`;
  }
  if ((m = s.match(/^(\d{2})-([A-Za-z]{3})-(\d{4})$/)) && MON[m[2].toUpperCase()])
    return `${m[3]}-${pad(MON[m[2].toUpperCase()])}-${m[1]}`;
  throw new Error(`not a date: ${s}`);
}
const fromSerial = (n) => new Date(Math.round((n - 25569) * 86400000)).toISOString().slice(0, 10);
const weekday = (s) => new Date(`${s}T00:00:00Z`).getUTCDay();

// ---- files to rows of text cells (dates and numbers kept typed for XLSX)
function parseCsv(buf, where) {
  let text = buf.toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) bad(where, 'CSV lines must end in CRLF');
  const lines = text.split('\r\n').slice(0, -1);
  const parseLine = (line, delim) => {
    const out = [];
    let cur = '';
    let q = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (q) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') q = false;
        else cur += c;
      } else if (c === '"') q = true;
      else if (c === delim) {
        out.push(cur);
        cur = '';
      } else cur += c;
    }
    out.push(cur);
    return out;
  };
  return { lines, parseLine };
}

function readTable(dir, fe, where) {
  const file = join(dir, fe.file);
  const map = fe.readOptions.mapping;
  const order = fe.readOptions.dateOrder;
  const point = fe.readOptions.decimalSeparator ?? '.';
  let rows;
  if (fe.file.endsWith('.csv')) {
    const { lines, parseLine } = parseCsv(readFileSync(file), where);
    const head = lines[fe.headerRow - 1];
    const delim = [',', ';', '\t'].sort((a, b) => head.split(b).length - head.split(a).length)[0];
    rows = lines.map((l) => parseLine(l, delim).map((v) => (v === '' ? null : v)));
  } else {
    const wb = XLSX.read(readFileSync(file), { cellDates: false });
    const ws = wb.Sheets[fe.readOptions.sheet];
    if (!ws) throw new Error(`${where}: no sheet ${fe.readOptions.sheet}`);
    const range = XLSX.utils.decode_range(ws['!ref']);
    rows = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })];
        row.push(cell ? cell : null);
      }
      rows.push(row);
    }
  }
  const headCells = rows[fe.headerRow - 1].map((c) => (c && typeof c === 'object' ? String(c.v) : c));
  const col = (name) => {
    if (name === undefined) return -1;
    const i = headCells.indexOf(name);
    if (i < 0) throw new Error(`${where}: no column ${name} in header row ${fe.headerRow}`);
    return i;
  };
  const cols = Object.fromEntries(
    ['date', 'description', 'reference', 'party', 'amount', 'moneyIn', 'moneyOut', 'balance', 'account'].map((k) => [
      k,
      col(map[k]),
    ]),
  );
  const text = (cell) => {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'string') return cell;
    if (cell.t === 'n') return String(cell.v);
    return String(cell.v);
  };
  const money = (cell) => {
    const t = text(cell);
    if (t === null || t === '') return null;
    return minorOf(t, typeof cell === 'object' ? '.' : point);
  };
  const date = (cell) => {
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'object') {
      if (cell.t === 'n') return fromSerial(cell.v);
      return dateOf(cell.v, order);
    }
    return dateOf(cell, order);
  };
  const nonEntry = new Set((fe.nonEntryRows ?? []).map((n) => n.row));
  const out = [];
  for (let i = fe.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const rowNo = i + 1;
    const cell = (k) => (cols[k] >= 0 ? r[cols[k]] : null);
    let d;
    try {
      d = date(cell('date'));
    } catch {
      d = null; // text in the date column (a footer)
    }
    let amount = null;
    if (cols.amount >= 0) amount = money(cell('amount'));
    else {
      const a = money(cell('moneyIn'));
      const b = money(cell('moneyOut'));
      if (a !== null || b !== null) amount = (a ?? 0) - Math.abs(b ?? 0);
    }
    if (!d) {
      if (amount !== null && !nonEntry.has(rowNo))
        bad(where, `row ${rowNo} has money and no date but is no nonEntryRow`);
      if (nonEntry.has(rowNo) && amount === null) bad(where, `nonEntryRow ${rowNo} carries no money`);
      continue;
    }
    if (nonEntry.has(rowNo)) bad(where, `nonEntryRow ${rowNo} has a date`);
    if (amount === null) {
      bad(where, `dated row ${rowNo} without money`);
      continue;
    }
    out.push({
      row: rowNo,
      date: d,
      amount,
      text: text(cell('description')),
      reference: text(cell('reference')),
      party: text(cell('party')),
      account: text(cell('account')),
      balance: money(cell('balance')),
    });
  }
  return out;
}

// ---- the evidence rule, restated
const STOP = new Set(
  (
    'from transfer trf payment payments receipt receipts invoice invoices inv bank charge charges deposit cash ' +
    'limited ltd plc pty nig nigeria ghana kenya south africa company enterprises enterprise services service ' +
    'branch account salary salaries with being part full settlement payout sweep collection collections balance ' +
    'reversal reversed credit debit nip gip pesalink rtgs outward inward alert alerts fees monthly order ' +
    'tahsilat odeme fatura kisa iade maas vergi inbetalning utbetalning betalning kund leverantor faktura lon skatt ' +
    'avgift insattning aterbetalning nyuukin shiharai refund trading stores store ventures holdings group ' +
    'international investments'
  ).split(/\s+/),
);
const numbers = (t) => {
  const out = new Set();
  for (const m of String(t ?? '').matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const parts = m[0].split(/[-/. ]/);
    for (let i = 0; i < parts.length; i++)
      for (let j = i; j < parts.length; j++) {
        let s = parts.slice(i, j + 1).join('');
        if (j > i && s.length > 4 && /^20[23]\d/.test(s)) s = s.slice(4);
        s = s.replace(/^0+/, '');
        if (s.length >= 3 && !(i === j && /^(19|20)\d\d$/.test(s))) out.add(s);
      }
  }
  return out;
};
const words = (t) =>
  new Set(
    [
      ...String(t ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ı/g, 'i')
        .toLowerCase()
        .matchAll(/[a-z]{4,}/g),
    ]
      .map((m) => m[0])
      .filter((w) => !STOP.has(w)),
  );
function evidenceOf(line, rows) {
  const bt = `${line.text ?? ''} ${line.reference ?? ''}`;
  const rn = new Set(rows.flatMap((r) => [r.reference, r.text, r.party].flatMap((t) => [...numbers(t)])));
  const rw = new Set(rows.flatMap((r) => [r.reference, r.text, r.party].flatMap((t) => [...words(t)])));
  if ([...numbers(bt)].some((n) => rn.has(n))) return 'reference';
  if ([...words(bt)].some((w) => rw.has(w))) return 'counterparty';
  return 'amount';
}

// ---- per set
const schema = JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};

for (const entry of index.sets) {
  const dir = join(ROOT, entry.set);
  const T = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = T.set;
  const working = (d) => weekday(d) % 6 !== 0 && !T.publicHolidays.includes(d);
  const inPeriod = (d) => d >= T.period.from && d <= T.period.to;
  const bf = T.bankFiles[0];
  const lf = T.ledgerFiles[0];
  const lines = readTable(dir, bf, `${W}/${bf.file}`);
  const rows = readTable(dir, lf, `${W}/${lf.file}`);

  // statement: running balance, opening + lines = closing, dates
  const chrono = bf.order === 'newest-first' ? lines.slice().reverse() : lines;
  let run = majorToMinor(bf.openingBalance);
  let prev = '';
  for (const l of chrono) {
    run += l.amount;
    if (l.balance !== run) bad(W, `bank row ${l.row}: balance ${dec(l.balance)} ≠ ${dec(run)}`);
    if (run < 0) bad(W, `bank row ${l.row}: overdraft`);
    if (l.date < prev) bad(W, `bank row ${l.row}: out of order`);
    if (!inPeriod(l.date) || !working(l.date)) bad(W, `bank row ${l.row}: ${l.date} not a working day of the period`);
    prev = l.date;
  }
  if (run !== majorToMinor(bf.closingBalance)) bad(W, 'bank opening + lines ≠ closing');
  if (lines.length < 55 || lines.length > 120) bad(W, `${lines.length} bank lines`);
  // ledger
  run = majorToMinor(lf.openingBalance);
  prev = '';
  for (const r of rows) {
    run += r.amount;
    if (r.balance !== null && r.balance !== run) bad(W, `ledger row ${r.row}: balance ${dec(r.balance)} ≠ ${dec(run)}`);
    if (run < 0) bad(W, `ledger row ${r.row}: overdraft`);
    if (r.date < prev) bad(W, `ledger row ${r.row}: out of order`);
    if (!inPeriod(r.date) || !working(r.date)) bad(W, `ledger row ${r.row}: not a working day of the period`);
    if (lf.readOptions.mapping.account && r.account !== bf.ledgerAccount)
      bad(W, `ledger row ${r.row}: account ${r.account}`);
    prev = r.date;
  }
  if (run !== majorToMinor(lf.closingBalance)) bad(W, 'ledger opening + rows ≠ closing');

  // every statement row in truth, in file order, with its cells
  if (T.bank.length !== lines.length) bad(W, `truth has ${T.bank.length} lines, the file ${lines.length}`);
  T.bank.forEach((e, i) => {
    const l = lines[i];
    if (!l) return;
    const x = e.ref;
    if (
      x.file !== bf.file ||
      x.row !== l.row ||
      x.date !== l.date ||
      majorToMinor(x.amount) !== l.amount ||
      x.text !== l.text
    )
      bad(W, `truth line ${i} (${x.row}) ≠ file row ${l.row}`);
    if ((x.reference ?? null) !== (l.reference ?? null)) bad(W, `truth line ${x.row}: reference cell differs`);
  });
  const rowOf = new Map(rows.map((r) => [r.row, r]));
  const lineOf = new Map(lines.map((l) => [l.row, l]));
  const pointAt = (ref, where) => {
    const r = rowOf.get(ref.row);
    if (!r || ref.file !== lf.file || r.date !== ref.date || r.amount !== majorToMinor(ref.amount)) {
      bad(W, `${where}: ledger ref ${ref.row} does not point at a row of that date and amount`);
      return null;
    }
    return r;
  };
  // owners
  const owners = new Map();
  const own = (row, by) => owners.set(row, (owners.get(row) ?? new Set()).add(by));
  const groups = new Map();
  for (const e of T.bank) {
    const where = `line ${e.ref.row}`;
    const line = lineOf.get(e.ref.row);
    const t = e.traits ?? [];
    if (EXPECT[e.decision] !== e.expect) bad(W, `${where}: expect ${e.expect} with decision ${e.decision}`);
    if ((e.decision === 'suggest') !== 'mustNotAuto' in e) bad(W, `${where}: mustNotAuto only and always on suggest`);
    if ((e.decision === 'bank-only') !== (e.kind !== null)) bad(W, `${where}: kind only and always on bank-only`);
    const anyOf = 'ledgerAnyOf' in e;
    if (anyOf !== (e.ledger === null && ['auto', 'suggest'].includes(e.decision)) || anyOf !== e.ambiguous)
      bad(W, `${where}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (anyOf && !t.includes('twins') && !t.includes('tie')) bad(W, `${where}: ledgerAnyOf without twins or tie`);
    if (t.includes('tie') && !(e.decision === 'suggest' && e.mustNotAuto))
      bad(W, `${where}: a tie must be suggest + mustNotAuto`);
    if (t.includes('twins') && e.decision !== 'auto') bad(W, `${where}: twins are auto`);
    if (e.decision === 'reversal-pair') {
      const p = e.partner && T.bank.find((o) => o.ref.row === e.partner.row);
      if (!p || p.partner?.row !== e.ref.row || majorToMinor(p.ref.amount) !== -majorToMinor(e.ref.amount))
        bad(W, `${where}: partner does not point back or cancel`);
    } else if (e.partner !== null) bad(W, `${where}: partner on a ${e.decision}`);
    if (e.decision === 'auto' || e.decision === 'suggest') {
      const options = anyOf ? e.ledgerAnyOf : [e.ledger];
      const opts = options.map((o) => o.map((ref) => pointAt(ref, where)).filter(Boolean));
      const key =
        e.group ??
        (anyOf
          ? `any:${opts
              .flat()
              .map((r) => r.row)
              .sort()}`
          : `line:${e.ref.row}`);
      for (const r of opts.flat()) own(r.row, key);
      for (const o of opts) {
        const ev = evidenceOf(line ?? { text: e.ref.text, reference: e.ref.reference }, o);
        if (ev !== e.evidence) bad(W, `${where}: evidence ${e.evidence}, the cells say ${ev}`);
      }
      if (e.decision === 'auto' && e.evidence === 'amount') bad(W, `${where}: auto on amount alone`);
      const amount = majorToMinor(e.ref.amount);
      if (e.decision === 'auto' && e.evidence !== 'reference') {
        const mine = new Set(opts.flat().map((r) => r.row));
        if (rows.some((r) => r.amount === amount && !mine.has(r.row)))
          bad(W, `${where}: another book row of the amount`);
      }
      if (e.group) {
        const g = groups.get(e.group) ?? { bank: 0, rows: opts[0], difference: e.difference ?? '0.00', lines: 0 };
        g.bank += amount;
        g.lines += 1;
        groups.set(e.group, g);
      } else {
        const diff = amount - opts[0].reduce((s, r) => s + r.amount, 0);
        if (e.decision === 'auto' && diff !== majorToMinor(e.difference ?? '0.00')) bad(W, `${where}: difference`);
        if (e.decision === 'auto' && diff > 0 && !t.includes('over-payment'))
          bad(W, `${where}: over without over-payment`);
        if (e.decision === 'auto' && diff < 0 && !t.some((x) => x.startsWith('short-')))
          bad(W, `${where}: short without short-*`);
        if (e.decision === 'auto' && Math.abs(diff) * 10 > Math.abs(amount)) bad(W, `${where}: difference over 10 %`);
        if (
          e.decision === 'suggest' &&
          diff !== 0 &&
          !t.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
        )
          bad(W, `${where}: a suggestion of another amount`);
      }
    } else {
      if (e.ledger !== null || e.evidence !== null) bad(W, `${where}: ledger or evidence on a ${e.decision}`);
      if (['none', 'bank-only'].includes(e.decision) && rows.some((r) => r.amount === majorToMinor(e.ref.amount)))
        bad(W, `${where}: a book row of the amount of a ${e.decision} line`);
    }
  }
  for (const [g, v] of groups) {
    if (v.lines < 2) bad(W, `group ${g} has one line`);
    const diff = v.bank - v.rows.reduce((s, r) => s + r.amount, 0);
    if (diff !== majorToMinor(v.difference)) bad(W, `group ${g}: bank − books ${dec(diff)} ≠ ${v.difference}`);
  }
  for (const lo of T.ledgerOnly) {
    const r = pointAt(lo, 'ledgerOnly');
    if (r) own(r.row, 'ledgerOnly');
  }
  for (const r of rows)
    if ((owners.get(r.row)?.size ?? 0) !== 1) bad(W, `ledger row ${r.row} owned ${owners.get(r.row)?.size ?? 0} times`);

  // the reconcile document
  const docFile = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docFile, 'utf8'));
  if (!validateDoc(doc)) bad(W, `schema: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options?.timezone !== T.timezone) bad(W, 'document timezone');
  if (doc.bank.length !== lines.length) bad(W, 'document bank count');
  doc.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l) return;
    const ok =
      b.id === `${bf.file}#${l.row}` &&
      b.date === l.date &&
      majorToMinor(b.amount) === l.amount &&
      b.currency === T.currency &&
      b.narration === l.text &&
      b.reference === (l.reference ?? null) &&
      b.counterparty === null &&
      majorToMinor(b.balance) === l.balance;
    if (!ok) bad(W, `document bank ${b.id} ≠ file row ${l.row}`);
  });
  if (doc.ledger.length !== rows.length) bad(W, 'document ledger count');
  doc.ledger.forEach((x, i) => {
    const r = rows[i];
    if (!r) return;
    const ok =
      x.id === `${lf.file}#${r.row}` &&
      x.date === r.date &&
      majorToMinor(x.amount) === r.amount &&
      x.currency === T.currency &&
      x.reference === (r.reference ?? null) &&
      x.description === r.text &&
      x.party === (r.party || null) &&
      x.account === bf.ledgerAccount;
    if (!ok) bad(W, `document ledger ${x.id} ≠ file row ${r.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== T.period.from ||
    st.to !== T.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    bad(W, 'document statement');

  // index counts
  const count = (d) => T.bank.filter((e) => e.decision === d).length;
  const matched = T.bank.filter((e) => e.decision === 'auto' || e.decision === 'suggest');
  const want = {
    bankLines: lines.length,
    ledgerRows: rows.length,
    auto: count('auto'),
    suggest: count('suggest'),
    'bank-only': count('bank-only'),
    none: count('none'),
    'reversal-pair': count('reversal-pair'),
    mustNotAuto: T.bank.filter((e) => e.mustNotAuto).length,
    autoWithDifference: T.bank.filter((e) => e.decision === 'auto' && e.difference).length,
    ledgerOnly: T.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
  };
  const have = { ...entry, ...entry.decisions };
  for (const [k, v] of Object.entries(want)) if (have[k] !== v) bad(W, `index ${k} ${have[k]} ≠ ${v}`);
  console.log(`${W}: ${lines.length} lines, ${rows.length} rows checked`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout39: all checks passed');
