// holdout35 — re-reads every file through truth.json alone and checks every truth row against the cells.
// Imports nothing of the generator.   node bench/corpus/holdout35-tools/validate-holdout35.mjs [DIR]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dir = process.argv[2] ?? join(repo, 'bench', 'corpus', 'holdout35');
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------- cells ----------
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function dateOf(cell, order) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + cell * 86400000);
    return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  }
  const s = String(cell).trim();
  let x = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s);
  if (x) return `${x[1]}-${x[2]}-${x[3]}`;
  x = /^(\d{2})[-/ ]([A-Za-z]{3})[-/ ](\d{4})$/.exec(s);
  if (x) return `${x[3]}-${pad(MON[x[2].toLowerCase()])}-${x[1]}`;
  x = /^(\d{2})[/.-](\d{2})[/.-](\d{4})$/.exec(s);
  if (x) {
    if (order === 'MDY') return `${x[3]}-${x[1]}-${x[2]}`;
    if (order === 'DMY') return `${x[3]}-${x[2]}-${x[1]}`;
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return undefined; // text that is no date
}
/** an amount cell → minor units (or null when empty) */
function minorOf(cell) {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number') return Math.round(cell * 100);
  let s = String(cell).trim().replace(/^R\s*/, '');
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  if (!/^\d{1,3}([, ]\d{3})*\.\d{2}$|^\d+\.\d{2}$/.test(s)) throw new Error(`amount cell ${cell}`);
  const [w, c] = s.replace(/[, ]/g, '').split('.');
  const v = Number(w) * 100 + Number(c);
  return neg ? -v : v;
}
const fmt = (minor) => {
  const neg = minor < 0;
  const a = Math.abs(minor);
  return `${neg ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const toMinor = (s) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`amount string ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

function parseCsv(buf, file) {
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.endsWith('\r\n')) bad(file, 'does not end with CRLF');
  if (/[^\r]\n/.test(text)) bad(file, 'a line ends without CRLF');
  const rows = [];
  for (const line of text.slice(0, -2).split('\r\n')) {
    const cells = [];
    let i = 0;
    for (;;) {
      if (line[i] === '"') {
        let v = '';
        i++;
        for (;;) {
          if (line[i] === '"' && line[i + 1] === '"') {
            v += '"';
            i += 2;
          } else if (line[i] === '"') {
            i++;
            break;
          } else if (i >= line.length) throw new Error(`${file}: unterminated quote`);
          else v += line[i++];
        }
        cells.push(v);
      } else {
        let j = line.indexOf(',', i);
        if (j < 0) j = line.length;
        cells.push(line.slice(i, j));
        i = j;
      }
      if (i >= line.length) break;
      if (line[i] !== ',') throw new Error(`${file}: bad cell end in "${line}"`);
      i++;
      if (i === line.length) {
        cells.push('');
        break;
      }
    }
    rows.push(cells);
  }
  return rows;
}
function readTable(path, opts) {
  const buf = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(buf, { type: 'buffer' });
    const ws = wb.Sheets[opts.sheet];
    if (!ws) throw new Error(`${path}: no sheet ${opts.sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: null });
  }
  return parseCsv(buf, path);
}

/** rows of a file with money, by the truth's readOptions; dated rows are entries */
function readEntries(dirPath, f, where) {
  const table = readTable(join(dirPath, f.file), f.readOptions);
  const header = table[f.headerRow - 1].map((h) => (h === null ? '' : String(h)));
  const mp = f.readOptions.mapping;
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: header row ${f.headerRow} has no column ${name}`);
    return i;
  };
  const descCols = (Array.isArray(mp.description) ? mp.description : [mp.description]).map(col);
  const entries = [];
  const nonEntry = new Set((f.nonEntryRows ?? []).map((n) => n.row));
  for (let i = f.headerRow; i < table.length; i++) {
    const r = table[i] ?? [];
    const row = i + 1;
    let amount = null;
    if (mp.amount) amount = minorOf(r[col(mp.amount)]);
    else {
      const inn = minorOf(r[col(mp.moneyIn)]);
      const out = minorOf(r[col(mp.moneyOut)]);
      if (inn !== null || out !== null) amount = (inn ?? 0) - Math.abs(out ?? 0);
    }
    const date = dateOf(r[col(mp.date)], f.readOptions.dateOrder);
    if (amount === null) {
      if (nonEntry.has(row)) bad(where, `nonEntryRow ${row} carries no money`);
      continue;
    }
    if (!date) {
      if (!nonEntry.has(row)) bad(where, `row ${row} has money but no date and is not a nonEntryRow`);
      continue;
    }
    if (nonEntry.has(row)) bad(where, `nonEntryRow ${row} is dated`);
    const cell = (k) => (mp[k] ? (r[col(mp[k])] ?? '') : '');
    entries.push({
      row,
      date,
      amount,
      text: descCols
        .map((c) => r[c] ?? '')
        .filter((x) => x !== '')
        .join(' — '),
      reference: String(cell('reference') ?? ''),
      party: String(cell('party') ?? ''),
      account: String(cell('account') ?? ''),
      balance: mp.balance ? minorOf(r[col(mp.balance)]) : null,
    });
  }
  return entries;
}

// ---------- the evidence rule (restated) ----------
const GENERIC = new Set(
  (
    'limited ltd plc company nigeria ghana kenya africa south lagos accra nairobi johannesburg kumasi payment payments ' +
    'transfer trf from invoice invoices receipt receipts bank account current with this that being paid part full ' +
    'balance settlement settle charge charges services service supplies supply general trading enterprise enterprises ' +
    'international group holdings stores store school schools foods food july june september august month monthly ' +
    'salary salaries refund reversal nip pesalink outward inward credit debit cash deposit deposits others fees amount ' +
    'your thanks order ordem pagamento recebimento fatura fornecedor cliente transferencia transferência conta via ' +
    'online internet mobile money wallet number ref reference details'
  ).split(' '),
);
function tokens(texts) {
  const nums = new Set();
  const words = new Set();
  for (const t of texts) {
    if (!t) continue;
    for (const mt of String(t).matchAll(/\d+(?:[-/. ]\d+)*/g)) {
      let d = mt[0].replace(/[^0-9]/g, '');
      if (/^(19|20)\d\d$/.test(d)) continue;
      if (d.length > 4 && /^20[23]\d/.test(d)) d = d.slice(4);
      d = d.replace(/^0+/, '');
      if (d.length >= 3) nums.add(d);
    }
    const folded = String(t)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    for (const w of folded.split(/[^a-z]+/)) if (w.length >= 4 && !GENERIC.has(w)) words.add(w);
  }
  return { nums, words };
}
function evidence(bankTexts, rowTexts) {
  const b = tokens(bankTexts);
  const r = tokens(rowTexts);
  if ([...b.nums].some((x) => r.nums.has(x))) return 'reference';
  if ([...b.words].some((x) => r.words.has(x))) return 'counterparty';
  return 'amount';
}
const RANK = { amount: 0, counterparty: 1, reference: 2 };

// ---------- per set ----------
const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};
const OTHER_AMOUNT = ['part-payment', 'short-net-of-fee', 'books-amount-transposed'];

for (const s of index.sets) {
  const sdir = join(dir, s.set);
  const T = JSON.parse(readFileSync(join(sdir, 'truth.json'), 'utf8'));
  const W = s.set;
  const working = (d) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6 && !T.publicHolidays.includes(d);
  };
  const inPeriod = (d) => d >= T.period.from && d <= T.period.to;
  const bfile = T.bankFiles[0];
  const lfile = T.ledgerFiles[0];
  const bank = readEntries(sdir, bfile, `${W}/${bfile.file}`);
  const ledgerAll = readEntries(sdir, lfile, `${W}/${lfile.file}`);
  const ledger = lfile.readOptions.mapping.account
    ? ledgerAll.filter((e) => e.account === bfile.ledgerAccount)
    : ledgerAll;
  if (ledgerAll.length !== ledger.length) bad(W, 'ledger rows of another account');

  // statement
  const chrono = bfile.order === 'newest-first' ? bank.slice().reverse() : bank;
  let bal = toMinor(bfile.openingBalance);
  let prevDate = '';
  for (const e of chrono) {
    bal += e.amount;
    if (e.balance !== null && e.balance !== bal)
      bad(W, `bank row ${e.row}: balance ${fmt(e.balance)} ≠ running ${fmt(bal)}`);
    if (bal < 0) bad(W, `bank row ${e.row}: overdraft`);
    if (e.date < prevDate) bad(W, `bank row ${e.row}: dates out of order`);
    prevDate = e.date;
    if (!inPeriod(e.date) || !working(e.date)) bad(W, `bank row ${e.row}: ${e.date} not a working day of the period`);
  }
  if (bal !== toMinor(bfile.closingBalance)) bad(W, `bank opening + lines ≠ closing`);
  if (bank.length < 55 || bank.length > 120) bad(W, `${bank.length} bank lines`);
  if (bank.length !== T.bank.length) bad(W, `${bank.length} statement rows with money, ${T.bank.length} truth rows`);
  T.bank.forEach((t, k) => {
    const e = bank[k];
    if (!e) return;
    const r = t.ref;
    if (r.row !== e.row || r.date !== e.date || toMinor(r.amount) !== e.amount || r.text !== e.text)
      bad(W, `truth bank[${k}] (${r.row}) does not match the file row ${e.row}`);
    if ((r.reference ?? '') !== e.reference) bad(W, `truth bank[${k}] reference differs from the cell`);
  });

  // books
  let lb = toMinor(lfile.openingBalance);
  for (const e of ledger) {
    lb += e.amount;
    if (e.balance !== null && e.balance !== lb) bad(W, `ledger row ${e.row}: balance ≠ running`);
    if (!inPeriod(e.date) || !working(e.date)) bad(W, `ledger row ${e.row}: not a working day of the period`);
  }
  if (lb !== toMinor(lfile.closingBalance)) bad(W, 'ledger opening + rows ≠ closing');
  const lrow = new Map(ledger.map((e) => [e.row, e]));
  const owned = new Map();
  const refRow = (x, where) => {
    const e = lrow.get(x.row);
    if (!e || e.date !== x.date || e.amount !== toMinor(x.amount)) {
      bad(W, `${where}: ledger ref ${x.row} does not point at a row of that date and amount`);
      return null;
    }
    return e;
  };
  const byRow = new Map(T.bank.map((t) => [t.ref.row, t]));
  const groups = new Map();
  for (const t of T.bank) if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const textsOfLine = (t) => [t.ref.text, t.ref.reference ?? ''];
  const textsOfRow = (e) => [e.reference, e.text, e.party];
  const ownerKey = (t) =>
    t.group ?? (t.traits.includes('twins') ? `twins:${t.ref.date}:${t.ref.amount}` : `line:${t.ref.row}`);
  for (const t of T.bank) {
    const where = `${W} row ${t.ref.row}`;
    if (EXPECT[t.decision] !== t.expect) bad(where, `expect ${t.expect} with decision ${t.decision}`);
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest'))
      bad(where, 'mustNotAuto only and always on suggest');
    if ((t.kind !== null) !== (t.decision === 'bank-only')) bad(where, 'kind only and always on bank-only');
    const matchy = t.decision === 'auto' || t.decision === 'suggest';
    if (!matchy && (t.ledger !== null || t.ledgerAnyOf || t.evidence !== null))
      bad(where, 'ledger/evidence on a line without counterpart');
    if (t.decision === 'reversal-pair') {
      const p = t.partner && byRow.get(t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || toMinor(p.ref.amount) !== -toMinor(t.ref.amount))
        bad(where, 'partner does not point back or cancel');
    } else if (t.partner !== null) bad(where, 'partner outside a reversal pair');
    const amt = toMinor(t.ref.amount);
    if (t.decision === 'none' || t.decision === 'bank-only') {
      if (ledger.some((e) => Math.abs(e.amount) === Math.abs(amt)))
        bad(where, `${t.decision} line has a book row of its amount`);
    }
    if (!matchy) continue;
    if (Boolean(t.ledgerAnyOf) !== (t.ledger === null) || Boolean(t.ledgerAnyOf) !== t.ambiguous)
      bad(where, 'ledgerAnyOf ⇔ ledger null ⇔ ambiguous');
    if (t.ledgerAnyOf && !(t.traits.includes('twins') || t.traits.includes('tie')))
      bad(where, 'ledgerAnyOf without twins or tie');
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true))
      bad(where, 'a tie must be suggest + mustNotAuto');
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(where, 'twins must be auto');
    const options = t.ledgerAnyOf ?? [t.ledger];
    let ev = null;
    for (const opt of options) {
      const es = opt.map((x) => refRow(x, where)).filter(Boolean);
      for (const e of es) {
        const key = ownerKey(t);
        if (owned.has(e.row) && owned.get(e.row) !== key) bad(where, `ledger row ${e.row} owned twice`);
        owned.set(e.row, key);
      }
      const got = es
        .map((e) => evidence(textsOfLine(t), textsOfRow(e)))
        .reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'amount');
      if (ev !== null && got !== ev) bad(where, 'options differ in evidence');
      ev = got;
      const bankSum = t.group ? groups.get(t.group).reduce((a, x) => a + toMinor(x.ref.amount), 0) : amt;
      const bookSum = es.reduce((a, e) => a + e.amount, 0);
      const diff = bankSum - bookSum;
      if (t.decision === 'auto') {
        if (diff !== (t.difference ? toMinor(t.difference) : 0))
          bad(where, `difference ${fmt(diff)} ≠ ${t.difference}`);
        if (diff !== 0 && Math.abs(diff) * 10 > Math.abs(bookSum)) bad(where, 'difference beyond 10 %');
        if (diff > 0 && !t.traits.includes('over-payment')) bad(where, 'positive difference without over-payment');
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-')))
          bad(where, 'negative difference without short-*');
      } else if (diff !== 0 && !t.traits.some((x) => OTHER_AMOUNT.includes(x)))
        bad(where, 'suggestion of another amount without a reason');
      if (t.decision === 'auto' && ev !== 'reference' && !t.traits.includes('twins')) {
        const mine = new Set(es.map((e) => e.row));
        if (ledger.some((e) => e.amount === amt && !mine.has(e.row)))
          bad(where, 'auto without a reference has another book row of its amount');
      }
    }
    if (ev !== t.evidence) bad(where, `evidence ${t.evidence}, the cells say ${ev}`);
    if (t.decision === 'auto' && ev === 'amount') bad(where, 'auto on amount alone');
    if (t.traits.includes('name-only') && ev !== 'counterparty')
      bad(where, 'name-only line carries more or less than a name');
  }
  for (const lo of T.ledgerOnly) {
    const e = refRow(lo, `${W} ledgerOnly`);
    if (e && owned.has(e.row)) bad(W, `ledgerOnly row ${e.row} also owned`);
    if (e) owned.set(e.row, 'ledgerOnly');
  }
  for (const e of ledger) if (!owned.has(e.row)) bad(W, `ledger row ${e.row} owned by nothing`);

  // the reconcile document
  const doc = JSON.parse(readFileSync(join(sdir, `reconcile.${bfile.file}.json`), 'utf8'));
  if (!validateDoc(doc)) bad(W, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.bank.length !== bank.length) bad(W, 'reconcile document: bank line count');
  doc.bank.forEach((b, k) => {
    const e = bank[k];
    if (!e) return;
    if (
      b.id !== `${bfile.file}#${e.row}` ||
      b.date !== e.date ||
      toMinor(b.amount) !== e.amount ||
      b.currency !== T.currency ||
      b.narration !== e.text ||
      (b.reference ?? '') !== e.reference ||
      (e.balance !== null && toMinor(b.balance) !== e.balance)
    )
      bad(W, `reconcile document bank[${k}] differs from file row ${e.row}`);
  });
  if (doc.ledger.length !== ledger.length) bad(W, 'reconcile document: ledger count');
  doc.ledger.forEach((l, k) => {
    const e = ledger[k];
    if (!e) return;
    if (
      l.id !== `${lfile.file}#${e.row}` ||
      l.date !== e.date ||
      toMinor(l.amount) !== e.amount ||
      (l.reference ?? '') !== e.reference ||
      (l.description ?? '') !== e.text ||
      (l.party ?? '') !== e.party ||
      l.account !== bfile.ledgerAccount
    )
      bad(W, `reconcile document ledger[${k}] differs from file row ${e.row}`);
  });
  if (toMinor(doc.statement.bankBalance) !== toMinor(bfile.closingBalance)) bad(W, 'statement bankBalance');
  if (toMinor(doc.statement.bookBalance) !== toMinor(lfile.closingBalance)) bad(W, 'statement bookBalance');

  // index counts
  const n = (d) => T.bank.filter((t) => t.decision === d).length;
  const matched = T.bank.filter((t) => t.expect === 'match');
  const want = {
    bankLines: T.bank.length,
    ledgerRows: ledger.length,
    auto: n('auto'),
    suggest: n('suggest'),
    'bank-only': n('bank-only'),
    none: n('none'),
    'reversal-pair': n('reversal-pair'),
    mustNotAuto: T.bank.filter((t) => t.mustNotAuto === true).length,
    autoWithDifference: T.bank.filter((t) => t.decision === 'auto' && t.difference).length,
    ledgerOnly: T.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  };
  const have = { ...s, ...s.decisions };
  for (const [k, v] of Object.entries(want)) if (have[k] !== v) bad(W, `index.json ${k} ${have[k]} ≠ ${v}`);
  console.log(`${W.padEnd(24)} ${bank.length} bank lines, ${ledger.length} ledger rows checked`);
}

if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout35: every file re-read, every truth row checked — ok');
