// holdout38 validator: node bench/corpus/holdout38-tools/validate-holdout38.mjs [DIR]
// Imports nothing of the generator: reads every file through truth.json only and checks every truth row.
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, '..', 'holdout38');
const repo = join(here, '..', '..', '..');
const problems = [];
const bad = (set, msg) => problems.push(`${set}: ${msg}`);

// ---- money and dates, restated ----
function minorOf(text, decimalMark = '.') {
  let s = String(text).trim();
  if (s === '') return null;
  let sign = 1;
  const suffix = /\s*(Dr|Cr)$/i.exec(s);
  if (suffix) {
    if (/cr/i.test(suffix[1])) sign = -1;
    s = s.slice(0, suffix.index);
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1);
  }
  const group = decimalMark === ',' ? /[. '\u00a0]/g : /[, ']/g;
  s = s.replace(group, '');
  const [int, frac = ''] = s.split(decimalMark);
  if (!/^\d+$/.test(int) || !/^\d{0,2}$/.test(frac)) throw new Error(`not an amount: "${text}"`);
  return sign * (Number(int) * 100 + Number(frac.padEnd(2, '0')));
}
const decOf = (m) => {
  const s = String(Math.abs(m)).padStart(3, '0');
  return `${m < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (x) => String(x).padStart(2, '0');
function dateOf(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  let m;
  if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s))) {
    if (!order && !s.includes('.')) throw new Error(`numeric date without dateOrder: ${s}`);
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [dd, mm] = order === 'MDY' ? [b, a] : [a, b];
    return `${m[3]}-${pad(mm)}-${pad(dd)}`;
  }
  if ((m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s))) {
    const mi = MONTHS.indexOf(m[2].toLowerCase());
    if (mi < 0) throw new Error(`bad month in ${s}`);
    return `${m[3]}-${pad(mi + 1)}-${pad(m[1])}`;
  }
  return null; // text in the date column (a label)
}

// ---- files to rows of cell values ----
function parseCsv(buf) {
  let text = buf.toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) throw new Error('CSV lines must end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  return {
    lines,
    delimiterOf: (hdr) => [';', ',', '\t'].map((d) => [d, hdr.split(d).length]).sort((a, b) => b[1] - a[1])[0][0],
  };
}
function splitCsv(line, d) {
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
    else if (c === d) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function readTable(path, headerRow, sheet) {
  const buf = readFileSync(path);
  if (path.endsWith('.csv')) {
    const { lines, delimiterOf } = parseCsv(buf);
    const d = delimiterOf(lines[headerRow - 1]);
    return lines.map((l) => splitCsv(l, d));
  }
  const wb = XLSX.read(buf, { type: 'buffer', cellDates: false });
  const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      row.push(cell ? cell.v : '');
    }
    rows.push(row);
  }
  return rows;
}
const cellText = (v) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v));
const money = (v, mark) => (typeof v === 'number' ? minorOf(String(v)) : minorOf(cellText(v), mark));

/** the entries of a file, read through its readOptions */
function readEntries(set, dir, f) {
  const o = f.readOptions;
  const map = o.mapping;
  const rows = readTable(join(dir, f.file), f.headerRow, o.sheet);
  const header = rows[f.headerRow - 1].map(cellText);
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${f.file}: no column "${name}" in row ${f.headerRow}`);
    return i;
  };
  const mark = o.decimalSeparator ?? '.';
  const nonEntry = new Set((f.nonEntryRows ?? []).map((r) => r.row));
  const descCols = (Array.isArray(map.description) ? map.description : [map.description]).map(col);
  const entries = [];
  const balances = [];
  for (let i = f.headerRow; i < rows.length; i++) {
    const r = rows[i];
    const rowNo = i + 1;
    const date = dateOf(r[col(map.date)], o.dateOrder);
    let amount = null;
    if (map.amount) {
      const a = money(r[col(map.amount)], mark);
      amount = a;
    } else {
      const inn = money(r[col(map.moneyIn)], mark);
      const out = money(r[col(map.moneyOut)], mark);
      if (inn !== null || out !== null) amount = (inn ?? 0) - Math.abs(out ?? 0);
    }
    const balance = map.balance && r[col(map.balance)] !== undefined ? money(r[col(map.balance)], mark) : null;
    if (date === null) {
      if (amount !== null && !nonEntry.has(rowNo))
        bad(set, `${f.file} row ${rowNo}: undated row with money is not a nonEntryRow`);
      if (nonEntry.has(rowNo) && amount === null) bad(set, `${f.file} row ${rowNo}: nonEntryRow without money`);
      if (balance !== null && amount === null) balances.push({ row: rowNo, balance });
      continue;
    }
    if (nonEntry.has(rowNo)) bad(set, `${f.file} row ${rowNo}: nonEntryRow with a date`);
    if (amount === null) {
      bad(set, `${f.file} row ${rowNo}: dated row without money`);
      continue;
    }
    entries.push({
      row: rowNo,
      date,
      amount,
      text: descCols
        .map((c) => cellText(r[c]))
        .filter(Boolean)
        .join(' — '),
      reference: map.reference ? cellText(r[col(map.reference)]) : '',
      party: map.party ? cellText(r[col(map.party)]) : '',
      account: map.account ? cellText(r[col(map.account)]) : '',
      balance,
    });
  }
  return { entries, balances };
}

// ---- the evidence rule, restated ----
const GENERIC_WORDS =
  'transfer trf payment payments receipt receipts invoice invoices inv from nip inward outward bank limited ltd company enterprises enterprise services service trading ventures international holdings group nigeria ghana kenya africa south african charge charges credit debit cash deposit deposited salary salaries bulk batch settlement settle sweep collection collections account acct with mobile money being paid pymt ontvangst betaling factuur facturen verkoopfactuur inkoopfactuur rekening crediteur debiteur innbetaling utbetaling faktura leverandor kunde overforing zahlung eingang rechnung lieferant uberweisung gutschrift lastschrift zahlungseingang voucher contra journal narration pesalink rtgs ach gip eft instant fund funds part full final balance month plc the and for our your ref refund ibanking online';
const GENERIC = new Set(GENERIC_WORDS.split(' '));
function nums(s) {
  const out = new Set();
  for (const m of String(s).matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const runs = m[0].split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++)
      for (let j = i; j < runs.length; j++) {
        let n = runs.slice(i, j + 1).join('');
        if (i === j && /^(19|20)\d\d$/.test(n)) continue;
        if (j > i && n.length > 4 && /^20[23]\d/.test(n)) n = n.slice(4);
        n = n.replace(/^0+/, '');
        if (n.length >= 3) out.add(n);
      }
  }
  return out;
}
function wordsOf(s) {
  const f = String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set(f.split(/[^a-z]+/).filter((w) => w.length >= 4 && !GENERIC.has(w)));
}
function evidenceOf(bankCells, rowCells) {
  const bn = new Set(bankCells.flatMap((c) => [...nums(c)]));
  const rn = new Set(rowCells.flatMap((c) => [...nums(c)]));
  if ([...bn].some((n) => rn.has(n))) return 'reference';
  const bw = new Set(bankCells.flatMap((c) => [...wordsOf(c)]));
  const rw = new Set(rowCells.flatMap((c) => [...wordsOf(c)]));
  if ([...bw].some((w) => rw.has(w))) return 'counterparty';
  return 'amount';
}

// ---- per set ----
const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));

function workingDay(d, holidays) {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6 && !holidays.includes(d);
}

for (const entry of index.sets) {
  const set = entry.set;
  const dir = join(root, set);
  if (!existsSync(join(dir, 'truth.json'))) {
    bad(set, 'no truth.json');
    continue;
  }
  const T = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const inPeriod = (d) => d >= T.period.from && d <= T.period.to;
  const bf = T.bankFiles[0];
  const lf = T.ledgerFiles[0];
  let bank;
  let ledger;
  try {
    bank = readEntries(set, dir, bf);
    ledger = readEntries(set, dir, lf);
  } catch (e) {
    bad(set, e.message);
    continue;
  }
  // statement: running balance, totals, order, period, working days, count
  const checkRun = (name, es, opening, closing, newestFirst) => {
    const seq = newestFirst ? [...es].reverse() : es;
    let bal = minorOf(opening);
    let prev = '';
    for (const e of seq) {
      bal += e.amount;
      if (e.balance !== null && e.balance !== bal)
        bad(set, `${name} row ${e.row}: balance ${decOf(e.balance)}, expected ${decOf(bal)}`);
      if (bal < 0) bad(set, `${name} row ${e.row}: overdraft`);
      if (e.date < prev) bad(set, `${name} row ${e.row}: dates out of order`);
      prev = e.date;
      if (!inPeriod(e.date)) bad(set, `${name} row ${e.row}: outside the period`);
      if (!workingDay(e.date, T.publicHolidays)) bad(set, `${name} row ${e.row}: not a working day`);
    }
    if (bal !== minorOf(closing)) bad(set, `${name}: opening + entries = ${decOf(bal)}, closing ${closing}`);
  };
  checkRun(bf.file, bank.entries, bf.openingBalance, bf.closingBalance, bf.order === 'newest-first');
  checkRun(lf.file, ledger.entries, lf.openingBalance, lf.closingBalance, false);
  if (bank.entries.length < 55 || bank.entries.length > 120) bad(set, `${bank.entries.length} statement lines`);

  // truth.bank ↔ statement rows
  if (T.bank.length !== bank.entries.length)
    bad(set, `truth has ${T.bank.length} bank rows, the file ${bank.entries.length}`);
  const byRow = new Map(bank.entries.map((e) => [e.row, e]));
  T.bank.forEach((b, i) => {
    const e = bank.entries[i];
    if (!e || e.row !== b.ref.row) return bad(set, `truth bank #${i} row ${b.ref.row} not in file order`);
    if (
      e.date !== b.ref.date ||
      decOf(e.amount) !== b.ref.amount ||
      e.text !== b.ref.text ||
      (e.reference || undefined) !== b.ref.reference
    )
      bad(set, `bank row ${e.row}: truth ref differs from the cells`);
  });
  const lByRow = new Map(ledger.entries.map((e) => [e.row, e]));
  const lrefOk = (r) => {
    const e = lByRow.get(r.row);
    if (!e || e.date !== r.date || decOf(e.amount) !== r.amount || r.file !== lf.file) {
      bad(set, `ledger ref row ${r.row} (${r.date} ${r.amount}) does not point at such a row`);
      return null;
    }
    return e;
  };
  // ownership
  const owners = new Map();
  const addOwner = (row, who) => owners.set(row, new Set([...(owners.get(row) ?? []), who]));
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const groups = new Map();
  const rowCells = (es) => es.flatMap((e) => [e.reference, e.text, e.party]);
  for (const b of T.bank) {
    const e = byRow.get(b.ref.row);
    if (!e) continue;
    const where = `bank row ${b.ref.row}`;
    if (expectOf[b.decision] !== b.expect) bad(set, `${where}: expect ${b.expect} with decision ${b.decision}`);
    if ((b.decision === 'suggest') !== (typeof b.mustNotAuto === 'boolean'))
      bad(set, `${where}: mustNotAuto only and always on suggest`);
    if ((b.decision === 'bank-only') !== (b.kind !== null)) bad(set, `${where}: kind only and always on bank-only`);
    const any = Array.isArray(b.ledgerAnyOf);
    if (any !== (b.ledger === null && (b.decision === 'auto' || b.decision === 'suggest')) || any !== b.ambiguous)
      bad(set, `${where}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (any && !b.traits.includes('twins') && !b.traits.includes('tie'))
      bad(set, `${where}: ledgerAnyOf without twins or tie`);
    if (b.traits.includes('tie') && !(b.decision === 'suggest' && b.mustNotAuto))
      bad(set, `${where}: a tie must be suggest + mustNotAuto`);
    if (b.traits.includes('twins') && b.decision !== 'auto') bad(set, `${where}: twins are auto`);
    if (b.decision === 'reversal-pair') {
      const p = byRow.get(b.partner?.row);
      const back = T.bank.find((x) => x.ref.row === b.partner?.row);
      if (!p || p.amount !== -e.amount || back?.partner?.row !== b.ref.row)
        bad(set, `${where}: partner does not point back or cancel`);
    } else if (b.partner !== null) bad(set, `${where}: partner on a ${b.decision}`);
    const sameAmount = ledger.entries.filter((l) => l.amount === e.amount);
    if (b.decision === 'none' || b.decision === 'bank-only') {
      if (sameAmount.length) bad(set, `${where}: a book row of its amount exists for a ${b.decision} line`);
      continue;
    }
    if (b.decision !== 'auto' && b.decision !== 'suggest') continue;
    const options = any ? b.ledgerAnyOf : [b.ledger];
    const bankCells = [e.text, e.reference];
    for (const o of options) {
      const es = o.map(lrefOk).filter(Boolean);
      const ev = evidenceOf(bankCells, rowCells(es));
      if (ev !== b.evidence) bad(set, `${where}: evidence ${b.evidence}, the cells carry ${ev}`);
      for (const r of o)
        addOwner(
          r.row,
          b.group ??
            (any
              ? `anyOf:${options
                  .flat()
                  .map((x) => x.row)
                  .sort()
                  .join(',')}`
              : `line:${b.ref.row}`),
        );
    }
    if (b.decision === 'auto' && b.evidence === 'amount') bad(set, `${where}: auto on amount alone`);
    if (b.decision === 'auto' && b.evidence !== 'reference' && !any) {
      const mine = new Set(b.ledger.map((r) => r.row));
      if (sameAmount.some((l) => !mine.has(l.row))) bad(set, `${where}: another book row of its amount, no reference`);
    }
    if (b.group) {
      groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
      continue;
    }
    if (any) continue;
    const sum = b.ledger.reduce((s, r) => s + minorOf(r.amount), 0);
    const diff = e.amount - sum;
    if (b.decision === 'auto' && diff !== (b.difference ? minorOf(b.difference) : 0))
      bad(set, `${where}: difference ${decOf(diff)} vs ${b.difference}`);
    if (
      b.decision === 'suggest' &&
      diff !== 0 &&
      !b.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
    )
      bad(set, `${where}: suggestion of another amount without its trait`);
  }
  for (const [g, bs] of groups) {
    const sumB = bs.reduce((s, b) => s + minorOf(b.ref.amount), 0);
    const sumL = bs[0].ledger.reduce((s, r) => s + minorOf(r.amount), 0);
    const diff = bs.reduce((s, b) => s + (b.difference ? minorOf(b.difference) : 0), 0);
    if (sumB - sumL !== diff) bad(set, `group ${g}: bank − books = ${decOf(sumB - sumL)}, difference ${decOf(diff)}`);
  }
  const lo = new Set();
  for (const r of T.ledgerOnly) {
    lrefOk(r);
    lo.add(r.row);
  }
  for (const l of ledger.entries) {
    const n = (owners.get(l.row)?.size ?? 0) + (lo.has(l.row) ? 1 : 0);
    if (n !== 1) bad(set, `${lf.file} row ${l.row}: owned ${n} times`);
  }
  // reconcile document
  const docPath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  if (!validateDoc(doc)) bad(set, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.bank.length !== bank.entries.length || doc.ledger.length !== ledger.entries.length)
    bad(set, 'reconcile document counts');
  doc.bank.forEach((x, i) => {
    const e = bank.entries[i];
    if (!e) return;
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: decOf(e.amount),
      currency: T.currency,
      narration: e.text,
      reference: e.reference || null,
      counterparty: null,
      balance: e.balance === null ? null : decOf(e.balance),
    };
    if (JSON.stringify(x) !== JSON.stringify(want)) bad(set, `reconcile bank ${x.id} differs from the file`);
  });
  doc.ledger.forEach((x, i) => {
    const e = ledger.entries[i];
    if (!e) return;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: decOf(e.amount),
      currency: T.currency,
      reference: e.reference || null,
      description: e.text,
      party: e.party || null,
      account: bf.ledgerAccount,
    };
    if (JSON.stringify(x) !== JSON.stringify(want)) bad(set, `reconcile ledger ${x.id} differs from the file`);
    if (e.account && e.account !== bf.ledgerAccount) bad(set, `ledger row ${e.row} account ${e.account}`);
  });
  const st = doc.statement;
  if (
    st.from !== T.period.from ||
    st.to !== T.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    bad(set, 'reconcile statement block');
  // index counts
  const count = (k) => T.bank.filter((b) => b.decision === k).length;
  const matched = T.bank.filter((b) => b.expect === 'match');
  const want = {
    bankLines: bank.entries.length,
    ledgerRows: ledger.entries.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: T.bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: T.bank.filter((b) => b.difference).length,
    ledgerOnly: T.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(entry[k]) !== JSON.stringify(v))
      bad(set, `index.json ${k} ${JSON.stringify(entry[k])}, files say ${JSON.stringify(v)}`);
  console.log(`${set}: ${bank.entries.length} statement lines, ${ledger.entries.length} ledger rows read and checked`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout38: all checks pass');
