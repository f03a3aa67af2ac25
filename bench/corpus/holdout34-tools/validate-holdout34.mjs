#!/usr/bin/env node
// holdout34 — validator. Imports nothing of the generator: re-reads every file through truth.json only (headerRow,
// mapping, dateOrder, decimalSeparator, encoding, sheet, nonEntryRows) and checks every truth row.
//   node bench/corpus/holdout34-tools/validate-holdout34.mjs [dir]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '..', 'holdout34'));
const repo = resolve(here, '..', '..', '..');
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- reading
function parseCsv(text, delimiter) {
  if (!/\r\n/.test(text) || /[^\r]\n/.test(text)) throw new Error('CSV lines must end in CRLF');
  const rows = [];
  for (const line of text.replace(/^\ufeff/, '').split('\r\n')) {
    const cells = [];
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
      else if (ch === delimiter) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    rows.push(cells);
  }
  if (rows.length && rows[rows.length - 1].join('') === '') rows.pop();
  return rows;
}
function readTable(path, ro) {
  const buf = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(buf, { type: 'buffer' });
    const ws = wb.Sheets[ro.sheet];
    if (!ws) throw new Error(`no sheet ${ro.sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  }
  const text = ro.encoding === 'windows-1252' ? buf.toString('latin1') : buf.toString('utf8');
  const first = text.split('\r\n').find((l) => l.includes(';') || l.includes(',')) ?? '';
  return parseCsv(text, first.split(';').length > first.split(',').length ? ';' : ',');
}
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function readDate(v, order) {
  if (v === null || v === '') return null;
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return d.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2})?$/))) return iso(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{2})-([A-Za-z]{3})-(\d{4})$/))) return iso(+m[3], MON[m[2].toLowerCase()], +m[1]);
  if ((m = s.match(/^(\d{2})[/.-](\d{2})[/.-](\d{4})$/))) {
    if (order === 'DMY') return iso(+m[3], +m[2], +m[1]);
    if (order === 'MDY') return iso(+m[3], +m[1], +m[2]);
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return undefined; // not a date (a label)
}
/** minor units; null for an empty cell */
function readMoney(v, dec = '.') {
  if (v === null || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  let s = String(v)
    .trim()
    .replace(/^(KES|GHS|NGN|ZAR)\s*/, '');
  let sign = 1;
  const suffix = s.match(/\s*(CR|DR|S|H)$/);
  if (suffix) {
    if (suffix[1] === 'DR' || suffix[1] === 'H') sign = -1;
    s = s.slice(0, -suffix[0].length);
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1);
  }
  const group = dec === ',' ? '.' : ',';
  s = s.split(group).join('');
  const m = s.match(dec === ',' ? /^(\d+),(\d{2})$/ : /^(\d+)\.(\d{2})$/);
  if (!m) throw new Error(`not an amount: ${v}`);
  return sign * (Number(m[1]) * 100 + Number(m[2]));
}
const major = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const toMinor = (s) => {
  const m = String(s).match(/^(-?)(\d+)\.(\d{2})$/);
  if (!m) throw new Error(`bad amount string ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};

/** reads the entries of a file through its truth entry: [{row, date, amount, text, reference, party, account, balance}] */
function readEntries(dir, f, where) {
  const ro = f.readOptions;
  const mp = ro.mapping;
  const table = readTable(join(dir, f.file), ro);
  const header = (table[f.headerRow - 1] ?? []).map((c) => (c === null ? '' : String(c)));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: header has no column "${name}"`);
    return i;
  };
  const descCols = [].concat(mp.description ?? []).map(col);
  const cell = (r, name) => (name ? r[col(name)] : null);
  const str = (v) => (v === null || v === undefined ? '' : String(v));
  const nonEntry = new Set((f.nonEntryRows ?? []).map((x) => x.row));
  const out = [];
  for (let i = f.headerRow; i < table.length; i++) {
    const r = table[i] ?? [];
    const rowNo = i + 1;
    const dec = ro.decimalSeparator ?? '.';
    let amount = null;
    if (mp.amount) {
      const a = readMoney(cell(r, mp.amount), dec);
      if (a !== null) {
        if (mp.direction) {
          const flag = str(cell(r, mp.direction.column)).trim().toUpperCase();
          if (mp.direction.out.includes(flag)) amount = -Math.abs(a);
          else if (!mp.direction.in || mp.direction.in.includes(flag)) amount = Math.abs(a);
          else throw new Error(`${where} row ${rowNo}: direction flag ${flag}`);
        } else amount = a;
      }
    } else {
      const inn = readMoney(cell(r, mp.moneyIn), dec);
      const outv = readMoney(cell(r, mp.moneyOut), dec);
      if (inn !== null || outv !== null) amount = (inn ?? 0) - Math.abs(outv ?? 0);
    }
    const date = readDate(cell(r, mp.date), ro.dateOrder);
    if (!date) {
      if (amount !== null && !nonEntry.has(rowNo))
        bad(where, `row ${rowNo} carries money without a date and is no nonEntryRow`);
      if (amount === null && nonEntry.has(rowNo)) bad(where, `nonEntryRow ${rowNo} carries no money`);
      continue;
    }
    if (nonEntry.has(rowNo)) bad(where, `nonEntryRow ${rowNo} is dated`);
    if (amount === null) continue; // a balance-only row
    out.push({
      row: rowNo,
      date,
      amount,
      text: descCols
        .map((c) => str(r[c]))
        .filter(Boolean)
        .join(' — '),
      reference: str(cell(r, mp.reference)) || null,
      party: str(cell(r, mp.party)) || null,
      account: mp.account ? str(cell(r, mp.account)) : null,
      acct: mp.account ? str(cell(r, mp.account)) || null : null,
      balance: mp.balance ? readMoney(cell(r, mp.balance), ro.decimalSeparator ?? '.') : undefined,
    });
  }
  return out;
}

// ---------------------------------------------------------------- evidence (own restatement of the rule)
const GENERIC = new Set(
  `from with this that being part paid pays payment payments receipt receipts received receive invoice invoices bank
  banks charge charges deposit deposits cash cheque cheques settlement settlements limited company services service
  trading account accounts salary salaries refund customer supplier transfer transfers inward outward instant fees bulk
  batch month january february march april being balance payout merchant credit debit order orders supplies goods less
  note purchase sale sales contribution contributions clearing reversal nigeria ghana kenya south africa enterprise
  enterprises holdings group store stores general total opening closing sundry against other various thanks deposited
  levy tran online internet mobile channel plc pty proprietary zahlung zahlungseingang zahlungsausgang rechnung
  gutschrift lastschrift buchung gebuehr konto ueberweisung eingang ausgang lohn gehalt steuer umsatzsteuer auszahlung
  teilzahlung`.split(/\s+/),
);
function numbersIn(s) {
  const found = new Set();
  const re = /\d+(?:[-/. ]\d+)*/g;
  let m;
  while ((m = re.exec(s ?? ''))) {
    let d = m[0].replace(/[^0-9]/g, '');
    if (d.length === 4 && (d.startsWith('19') || d.startsWith('20'))) continue;
    if (d.length > 4 && /^20[23]/.test(d)) d = d.slice(4);
    d = d.replace(/^0+/, '');
    if (d.length >= 3) found.add(d);
  }
  return found;
}
function wordsIn(s) {
  const t = (s ?? '').toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return new Set((t.match(/[a-z]{4,}/g) ?? []).filter((w) => !GENERIC.has(w)));
}
function evidence(bankCells, bookCells) {
  const bn = new Set(bankCells.flatMap((s) => [...numbersIn(s)]));
  if (bookCells.some((s) => [...numbersIn(s)].some((n) => bn.has(n)))) return 'reference';
  const bw = new Set(bankCells.flatMap((s) => [...wordsIn(s)]));
  if (bookCells.some((s) => [...wordsIn(s)].some((w) => bw.has(w)))) return 'counterparty';
  return 'amount';
}

// ---------------------------------------------------------------- one set
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8')));
const DECISION_EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
const OTHER_AMOUNT_OK = ['part-payment', 'short-net-of-fee', 'books-amount-transposed'];

function validateSet(dir) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const S = truth.set;
  const workingDay = (d) => {
    const wd = new Date(d + 'T00:00:00Z').getUTCDay();
    return wd !== 0 && wd !== 6 && !truth.publicHolidays.includes(d);
  };
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const lines = readEntries(dir, bf, `${S}/${bf.file}`);
  const all = readEntries(dir, lf, `${S}/${lf.file}`);
  const books = lf.readOptions.mapping.account ? all.filter((e) => e.account === bf.ledgerAccount) : all;
  if (lf.readOptions.mapping.account && books.length === all.length && S.startsWith('gh'))
    bad(S, 'no rows of another account');

  // statement
  if (lines.length < 55 || lines.length > 100) bad(S, `${lines.length} bank lines`);
  let bal = toMinor(bf.openingBalance);
  let prev = '';
  for (const l of lines) {
    bal += l.amount;
    if (l.balance !== undefined && l.balance !== bal) bad(S, `bank row ${l.row}: balance ${l.balance} ≠ ${bal}`);
    if (bal < 0) bad(S, `bank row ${l.row}: overdraft`);
    if (!inPeriod(l.date) || !workingDay(l.date))
      bad(S, `bank row ${l.row}: ${l.date} not a working day of the period`);
    if (l.date < prev) bad(S, `bank row ${l.row}: dates out of order`);
    prev = l.date;
  }
  if (bal !== toMinor(bf.closingBalance)) bad(S, `bank opening + lines ${bal} ≠ closing ${bf.closingBalance}`);
  if (truth.bank.length !== lines.length) bad(S, `truth has ${truth.bank.length} lines, the file ${lines.length}`);
  lines.forEach((l, k) => {
    const t = truth.bank[k];
    if (!t) return;
    const r = t.ref;
    if (
      r.file !== bf.file ||
      r.row !== l.row ||
      r.date !== l.date ||
      toMinor(r.amount) !== l.amount ||
      r.text !== l.text
    )
      bad(S, `truth line ${k} (${r.row}) differs from the file row ${l.row}: ${r.text} / ${l.text}`);
    if ((r.reference ?? null) !== l.reference) bad(S, `truth line ${k} reference ${r.reference} ≠ ${l.reference}`);
  });
  // books
  let kb = toMinor(lf.openingBalance);
  for (const e of books) {
    kb += e.amount;
    if (e.balance !== undefined && e.balance !== null && e.balance !== kb)
      bad(S, `ledger row ${e.row}: balance ${e.balance} ≠ ${kb}`);
    if (!inPeriod(e.date) || !workingDay(e.date)) bad(S, `ledger row ${e.row}: ${e.date} not a working day`);
  }
  if (kb !== toMinor(lf.closingBalance)) bad(S, `books opening + rows ${kb} ≠ closing ${lf.closingBalance}`);
  const byRow = new Map(books.map((e) => [e.row, e]));
  const owned = new Map();
  const own = (r, why) => {
    const e = byRow.get(r.row);
    if (r.file !== lf.file || !e)
      return bad(S, `${why}: ledger ref ${r.file}#${r.row} is no row of ${bf.ledgerAccount}`);
    if (e.date !== r.date || e.amount !== toMinor(r.amount)) bad(S, `${why}: ledger ref #${r.row} date/amount differ`);
    owned.set(r.row, (owned.get(r.row) ?? 0) + 1);
  };
  const bankCells = (k) => [lines[k]?.text, lines[k]?.reference, lines[k]?.party].filter(Boolean);
  const bookCells = (refs) =>
    refs.flatMap((r) => {
      const e = byRow.get(r.row);
      return e ? [e.reference, e.text, e.party].filter(Boolean) : [];
    });
  const groups = new Map();
  truth.bank.forEach((t, k) => {
    const w = `${S} line ${t.ref.row}`;
    if (DECISION_EXPECT[t.decision] !== t.expect) bad(w, `expect ${t.expect} with decision ${t.decision}`);
    if ('mustNotAuto' in t !== (t.decision === 'suggest')) bad(w, 'mustNotAuto only and always on suggest');
    if ((t.kind !== null) !== (t.decision === 'bank-only')) bad(w, 'kind only and always on bank-only');
    if ((t.partner !== null) !== (t.decision === 'reversal-pair')) bad(w, 'partner only on reversal-pair');
    if ('difference' in t && t.decision !== 'auto') bad(w, 'difference only on auto');
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    const anyOf = 'ledgerAnyOf' in t;
    if (anyOf !== (t.ledger === null && matched)) bad(w, 'ledgerAnyOf ⇔ ledger null on a match');
    if (anyOf !== t.ambiguous) bad(w, 'ambiguous ⇔ ledgerAnyOf');
    if (anyOf && !t.traits.includes('twins') && !t.traits.includes('tie')) bad(w, 'ledgerAnyOf without twins or tie');
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true))
      bad(w, 'a tie must be suggest + mustNotAuto');
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(w, 'twins are auto');
    if (!matched && (t.ledger !== null || t.evidence !== null)) bad(w, 'no ledger or evidence without a match');
    if (t.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === t.partner.row);
      if (!p || p.partner?.row !== t.ref.row) bad(w, 'partner does not point back');
      else if (toMinor(p.ref.amount) !== -toMinor(t.ref.amount)) bad(w, 'reversal pair does not cancel');
    }
    if (matched) {
      const options = anyOf ? t.ledgerAnyOf : [t.ledger];
      if (!anyOf && !(t.group && groups.has(t.group))) t.ledger.forEach((r) => own(r, w));
      for (const o of options) {
        const ev = evidence(bankCells(k), bookCells(o));
        if (ev !== t.evidence) bad(w, `evidence ${t.evidence}, the cells carry ${ev}`);
      }
      if (t.decision === 'auto' && t.evidence === 'amount') bad(w, 'auto on amount alone');
      if (t.traits.includes('name-only') && t.evidence !== 'counterparty') bad(w, 'name-only line is not counterparty');
      if (t.traits.some((x) => x.startsWith('ref-')) && t.evidence !== 'reference')
        bad(w, 'quoted line is not reference');
      const key = t.group ?? `single-${k}`;
      if (!groups.has(key)) groups.set(key, { lines: [], t });
      groups.get(key).lines.push(t);
      if (t.decision === 'auto' && t.evidence !== 'reference' && !t.traits.includes('twins')) {
        const mine = new Set(options[0].map((r) => r.row));
        if (books.some((e) => e.amount === toMinor(t.ref.amount) && !mine.has(e.row)))
          bad(w, 'auto without reference, yet another book row has its amount');
      }
    } else if (t.decision !== 'reversal-pair' && books.some((e) => e.amount === toMinor(t.ref.amount)))
      bad(w, 'a line without counterpart has a book row of its amount');
  });
  // twins/tie rows owned once per pair
  const pairRows = new Map();
  for (const t of truth.bank)
    if (t.ledgerAnyOf)
      pairRows.set(
        t.ledgerAnyOf
          .flat()
          .map((r) => r.row)
          .sort()
          .join(','),
        t.ledgerAnyOf.flat(),
      );
  for (const rs of pairRows.values()) rs.forEach((r) => own(r, `${S} pair`));
  for (const x of truth.ledgerOnly) own(x, `${S} ledgerOnly`);
  for (const e of books) if (owned.get(e.row) !== 1) bad(S, `ledger row ${e.row} owned ${owned.get(e.row) ?? 0} times`);
  for (const [key, g] of groups) {
    const t = g.t;
    const bankSum = g.lines.reduce((s, x) => s + toMinor(x.ref.amount), 0);
    const bookSum = (t.ledger ?? t.ledgerAnyOf[0]).reduce((s, r) => s + toMinor(r.amount), 0);
    const diff = bankSum - bookSum;
    if (g.lines.some((x) => JSON.stringify(x.ledger) !== JSON.stringify(t.ledger)))
      bad(`${S} ${key}`, 'group lines differ in ledger');
    if (t.decision === 'auto') {
      if (diff !== (t.difference ? toMinor(t.difference) : 0)) bad(`${S} ${key}`, `bank − books ${diff} ≠ difference`);
      if (diff > 0 && !t.traits.includes('over-payment'))
        bad(`${S} ${key}`, 'positive difference without over-payment');
      if (diff < 0 && !t.traits.some((x) => x.startsWith('short-')))
        bad(`${S} ${key}`, 'negative difference without short-*');
      if (Math.abs(diff) * 10 > Math.abs(bookSum)) bad(`${S} ${key}`, 'difference beyond 10 %');
    } else if (diff !== 0 && !OTHER_AMOUNT_OK.some((x) => t.traits.includes(x)))
      bad(`${S} ${key}`, 'suggestion of another amount without a reason');
  }

  // the reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validateDoc(doc)) bad(S, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.bank.length !== lines.length || doc.ledger.length !== books.length)
    bad(S, 'reconcile document counts differ');
  lines.forEach((l, k) => {
    const d = doc.bank[k];
    if (!d) return;
    const exp = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: major(l.amount),
      currency: truth.currency,
      narration: l.text,
      reference: l.reference,
      counterparty: l.party ? { name: l.party, account: l.acct } : null,
      balance: l.balance === undefined ? null : major(l.balance),
    };
    if (JSON.stringify(d) !== JSON.stringify(exp))
      bad(S, `document bank ${k}: ${JSON.stringify(d)} ≠ ${JSON.stringify(exp)}`);
  });
  books.forEach((e, k) => {
    const d = doc.ledger[k];
    const exp = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: major(e.amount),
      currency: truth.currency,
      reference: e.reference,
      description: e.text,
      party: e.party,
      account: bf.ledgerAccount,
    };
    if (JSON.stringify(d) !== JSON.stringify(exp)) bad(S, `document ledger ${k} differs from the file`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    bad(S, 'document statement balances');
  return { truth, books };
}

// ---------------------------------------------------------------- all sets and the index
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const dirs = readdirSync(root).filter((d) => existsSync(join(root, d, 'truth.json')));
if (dirs.length !== 4 || index.sets.length !== 4) bad('index', 'four sets expected');
for (const s of index.sets) {
  let got;
  try {
    got = validateSet(join(root, s.set));
  } catch (err) {
    bad(s.set, err.message);
    continue;
  }
  const { truth, books } = got;
  const count = (d) => truth.bank.filter((x) => x.decision === d).length;
  const matched = truth.bank.filter((x) => x.expect === 'match');
  const exp = {
    bankLines: truth.bank.length,
    ledgerRows: books.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((x) => x.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((x) => 'difference' in x).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((x) => x.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(exp))
    if (JSON.stringify(s[k]) !== JSON.stringify(v))
      bad(`index ${s.set}`, `${k} ${JSON.stringify(s[k])} ≠ ${JSON.stringify(v)}`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s) in ${root}`);
  process.exit(1);
}
console.log(`holdout34: ${index.sets.length} sets valid (${root})`);
