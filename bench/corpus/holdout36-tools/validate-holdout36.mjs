// holdout36 — re-reads every file through truth.json alone and checks every truth row. Imports nothing of the generator.
//   node bench/corpus/holdout36-tools/validate-holdout36.mjs [DIR]     (DIR defaults to bench/corpus/holdout36)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const DIR = resolve(process.argv[2] ?? join(here, '../holdout36'));
const schema = JSON.parse(readFileSync(join(here, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const problems = [];
let where = '';
const bad = (msg) => problems.push(`${where}: ${msg}`);

// ---------- cells ----------

/** CSV as RFC 4180 with CRLF line ends required; returns rows of strings */
function parseCsv(text, file) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) bad(`${file}: a line ends in LF without CR`);
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) bad(`${file}: no CRLF after the last row`);
  return rows;
}
function readGrid(path, opts) {
  if (path.endsWith('.csv'))
    return parseCsv(readFileSync(path, 'utf8'), path).map((r) => r.map((v) => (v === '' ? null : v)));
  const wb = XLSX.read(readFileSync(path));
  const ws = wb.Sheets[opts.sheet];
  if (!ws) {
    bad(`no sheet ${opts.sheet}`);
    return [];
  }
  const range = XLSX.utils.decode_range(ws['!ref']);
  const grid = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      row.push(cell ? cell : null);
    }
    grid.push(row);
  }
  return grid;
}
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function toDate(v, dateOrder) {
  if (v === null) return null;
  if (typeof v === 'object') {
    if (v.t !== 'n') return toDate(String(v.v), dateOrder);
    const ms = Math.round((v.v - 25569) * 86400000);
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return v;
  m = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(v);
  if (m && MON[m[2].toLowerCase()]) return `${m[3]}-${pad(MON[m[2].toLowerCase()])}-${pad(m[1])}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) {
    if (dateOrder !== 'DMY') throw new Error(`numeric date ${v} without dateOrder DMY`);
    return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  }
  throw new Error(`not a date: ${v}`);
}
/** money cell → integer minor units (signed as written) */
function toMinor(v, currency) {
  if (v === null) return null;
  if (typeof v === 'object') {
    if (v.t === 'n') {
      const s = String(v.v);
      const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
      if (!m) throw new Error(`number cell with more than two decimals: ${s}`);
      const minor = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
      return m[1] ? -minor : minor;
    }
    return toMinor(String(v.v), currency);
  }
  let s = v.trim();
  if (s.endsWith(` ${currency}`)) s = s.slice(0, -currency.length - 1);
  const m = /^(-?)(\d{1,3}(?:[, ]\d{3})*|\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`not an amount: ${v}`);
  const whole = m[2].replace(/[, ]/g, '');
  const minor = Number(whole) * 100 + Number(m[3]);
  return m[1] ? -minor : minor;
}
const text = (v) => (v === null ? '' : typeof v === 'object' ? String(v.v) : v);
const major = (minor) => {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

/** the file's entry rows through the truth's readOptions: { row, date, amount, text, reference, party, balance } */
function readEntries(dir, f, currency) {
  const o = f.readOptions;
  const grid = readGrid(join(dir, f.file), o);
  const header = grid[f.headerRow - 1]?.map(text) ?? [];
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) bad(`${f.file}: no column ${name} in header row ${f.headerRow}`);
    return i;
  };
  const m = o.mapping;
  const descCols = (Array.isArray(m.description) ? m.description : [m.description]).map(col);
  const cols = {
    date: col(m.date),
    reference: m.reference ? col(m.reference) : -1,
    party: m.party ? col(m.party) : -1,
    account: m.account ? col(m.account) : -1,
    amount: m.amount ? col(m.amount) : -1,
    in: m.moneyIn ? col(m.moneyIn) : -1,
    out: m.moneyOut ? col(m.moneyOut) : -1,
    balance: m.balance ? col(m.balance) : -1,
  };
  const nonEntry = new Set((f.nonEntryRows ?? []).map((x) => x.row));
  const entries = [];
  const seenNonEntry = new Set();
  for (let i = f.headerRow; i < grid.length; i++) {
    const row = grid[i] ?? [];
    const rowNo = i + 1;
    const at = (c) => (c < 0 ? null : (row[c] ?? null));
    try {
      const date = toDate(at(cols.date), o.dateOrder);
      let amount = null;
      if (cols.amount >= 0) amount = toMinor(at(cols.amount), currency);
      else {
        const a = toMinor(at(cols.in), currency);
        const b = toMinor(at(cols.out), currency);
        if (a !== null || b !== null) amount = Math.abs(a ?? 0) - Math.abs(b ?? 0);
      }
      if (!date) {
        if (amount !== null) {
          if (!nonEntry.has(rowNo)) bad(`${f.file} row ${rowNo}: money without a date and not a nonEntryRow`);
          seenNonEntry.add(rowNo);
        } else if (nonEntry.has(rowNo)) bad(`${f.file} row ${rowNo}: nonEntryRow without money`);
        continue;
      }
      if (nonEntry.has(rowNo)) bad(`${f.file} row ${rowNo}: a dated nonEntryRow`);
      if (amount === null) {
        bad(`${f.file} row ${rowNo}: a date without money`);
        continue;
      }
      entries.push({
        row: rowNo,
        date,
        amount,
        text: descCols
          .map((c) => text(at(c)))
          .filter(Boolean)
          .join(' — '),
        reference: text(at(cols.reference)) || null,
        party: text(at(cols.party)) || null,
        account: text(at(cols.account)) || null,
        balance: cols.balance >= 0 ? toMinor(at(cols.balance), currency) : null,
        cells: row,
      });
    } catch (e) {
      bad(`${f.file} row ${rowNo}: ${e.message}`);
    }
  }
  for (const r of nonEntry) if (!seenNonEntry.has(r)) bad(`${f.file}: nonEntryRow ${r} not found`);
  return { entries, header, grid };
}

// ---------- the evidence rule, restated ----------

const generic =
  'payment payments transfer transfers invoice invoices receipt receipts from with bank limited nigeria ghana kenya south africa services service company credit debit settlement charge charges account accounts online instant inward outward deposit cash salary salaries being part balance total this that their ltd plc group trading international enterprises enterprise holdings global supplies supply general ventures solutions payout refund customer supplier order fatura tahsilat odeme havale gelen giden banka islem fisi acompte reglement facture virement recu emis paie frais cheque inwd outwd lodgement bill bills';
const GENERIC = new Set(generic.split(' '));
const plain = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
function numbers(s) {
  const out = new Set();
  for (const m of plain(s).matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const runs = m[0].split(/[-/. ]/);
    for (let a = 0; a < runs.length; a++) {
      let joined = '';
      for (let b = a; b < runs.length; b++) {
        joined += runs[b];
        if (/^(19|20)\d\d$/.test(joined)) continue;
        let t = joined.length > 4 && /^20[23]\d/.test(joined) ? joined.slice(4) : joined;
        t = t.replace(/^0+/, '');
        if (t.length >= 3) out.add(t);
      }
    }
  }
  return out;
}
const words = (s) =>
  new Set(
    plain(s)
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !GENERIC.has(w)),
  );
function evidence(bankStrs, bookStrs) {
  const b = bankStrs.filter(Boolean).join(' | ');
  const k = bookStrs.filter(Boolean).join(' | ');
  const nb = numbers(b);
  for (const t of numbers(k)) if (nb.has(t)) return 'reference';
  const wb = words(b);
  for (const w of words(k)) if (wb.has(w)) return 'counterparty';
  return 'amount';
}

// ---------- one set ----------

function workingDays(truth) {
  const out = new Set();
  const [y, m] = truth.period.from.split('-').map(Number);
  for (let d = 1; d <= 31; d++) {
    const t = new Date(Date.UTC(y, m - 1, d));
    if (t.getUTCMonth() !== m - 1) break;
    const iso = `${y}-${pad(m)}-${pad(d)}`;
    if (t.getUTCDay() !== 0 && t.getUTCDay() !== 6 && !truth.publicHolidays.includes(iso)) out.add(iso);
  }
  return out;
}

function checkSet(dir, truth, indexEntry) {
  const cur = truth.currency;
  const days = workingDays(truth);
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bank = readEntries(dir, bf, cur).entries;
  const books = readEntries(dir, lf, cur).entries.filter(
    (e) => !lf.readOptions.mapping.account || e.account === bf.ledgerAccount,
  );
  const min = (s) => {
    const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
    if (!m) throw new Error(`truth amount ${s}`);
    return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
  };

  // statement: balances, order, dates
  if (bank.length < 55 || bank.length > 120) bad(`${bank.length} statement lines, outside 55–120`);
  const newestFirst = bf.order === 'newest-first';
  const chrono = newestFirst ? [...bank].reverse() : bank;
  let bal = min(bf.openingBalance);
  let prev = '';
  for (const e of chrono) {
    bal += e.amount;
    if (e.balance !== null && e.balance !== bal) bad(`${bf.file} row ${e.row}: running balance ${e.balance} ≠ ${bal}`);
    if (bal < 0) bad(`${bf.file} row ${e.row}: overdrawn`);
    if (e.date < prev) bad(`${bf.file} row ${e.row}: dates out of order`);
    prev = e.date;
    if (!days.has(e.date)) bad(`${bf.file} row ${e.row}: ${e.date} is not a working day of the period`);
  }
  if (bal !== min(bf.closingBalance)) bad(`${bf.file}: opening + lines ≠ closing`);

  // books: balances, days
  let bb = min(lf.openingBalance);
  for (const e of books) {
    bb += e.amount;
    if (e.balance !== null && e.balance !== bb) bad(`${lf.file} row ${e.row}: running balance ${e.balance} ≠ ${bb}`);
    if (!days.has(e.date)) bad(`${lf.file} row ${e.row}: ${e.date} is not a working day of the period`);
  }
  if (bb !== min(lf.closingBalance)) bad(`${lf.file}: opening + rows ≠ closing`);

  // every statement row in truth.bank once, in file order, with its cells
  const rowsInTruth = truth.bank.map((b) => b.ref.row);
  if (rowsInTruth.join() !== bank.map((e) => e.row).join())
    bad('truth.bank rows are not the statement rows in file order');
  const lineOf = new Map(bank.map((e) => [e.row, e]));
  const bookOf = new Map(books.map((e) => [e.row, e]));
  const refOk = (ref, isBank) => {
    const e = (isBank ? lineOf : bookOf).get(ref.row);
    if (!e) return (bad(`${ref.file} row ${ref.row} is not an entry`), null);
    if (ref.file !== (isBank ? bf.file : lf.file)) bad(`row ${ref.row}: file ${ref.file}`);
    if (e.date !== ref.date || e.amount !== min(ref.amount))
      bad(`${ref.file} row ${ref.row}: date/amount differ from the cells`);
    if (isBank) {
      if (ref.text !== e.text) bad(`${ref.file} row ${ref.row}: text differs`);
      if ((ref.reference ?? null) !== e.reference) bad(`${ref.file} row ${ref.row}: reference differs`);
    }
    return e;
  };
  const owned = new Map();
  const own = (row, key) => owned.set(row, (owned.get(row) ?? new Set()).add(key));
  const groups = new Map();
  const bookAmounts = (a) => books.filter((x) => x.amount === a);

  for (const t of truth.bank) {
    const e = refOk(t.ref, true);
    if (!e) continue;
    const name = `${t.ref.file} row ${t.ref.row}`;
    const expect = {
      auto: 'match',
      suggest: 'match',
      'bank-only': 'bank-only',
      none: 'no-counterpart',
      'reversal-pair': 'reversal-pair',
    }[t.decision];
    if (!expect || t.expect !== expect) bad(`${name}: expect ${t.expect} with decision ${t.decision}`);
    if ((t.decision === 'suggest') !== 'mustNotAuto' in t) bad(`${name}: mustNotAuto only and always on suggest`);
    if ((t.decision === 'bank-only') !== (t.kind !== null)) bad(`${name}: kind only and always on bank-only`);
    if (t.decision === 'bank-only' && !['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'].includes(t.kind))
      bad(`${name}: kind ${t.kind}`);
    const anyOf = 'ledgerAnyOf' in t;
    if (anyOf !== (t.ledger === null && (t.decision === 'auto' || t.decision === 'suggest')) || anyOf !== t.ambiguous)
      bad(`${name}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (anyOf && !t.traits.includes('twins') && !t.traits.includes('tie'))
      bad(`${name}: ledgerAnyOf without twins or tie`);
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto))
      bad(`${name}: a tie must be a suggestion with mustNotAuto`);
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(`${name}: twins are auto`);
    if (t.decision === 'reversal-pair') {
      const p = t.partner && truth.bank.find((x) => x.ref.row === t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || min(p.ref.amount) !== -e.amount)
        bad(`${name}: partner does not point back or cancel`);
    } else if (t.partner !== null) bad(`${name}: partner outside a reversal pair`);
    if (t.decision === 'auto' || t.decision === 'suggest') {
      const options = anyOf ? t.ledgerAnyOf : [t.ledger];
      const key = t.group ?? (anyOf ? `any:${options.flat().map((x) => x.row)}` : `line:${t.ref.row}`);
      for (const o of options) {
        const rows = o.map((x) => refOk(x, false)).filter(Boolean);
        for (const x of rows) own(x.row, key);
        const ev = evidence(
          [e.text, e.reference, e.party],
          rows.flatMap((x) => [x.reference, x.text, x.party]),
        );
        if (ev !== t.evidence) bad(`${name}: evidence ${t.evidence}, the cells carry ${ev}`);
      }
      if (t.decision === 'auto' && t.evidence === 'amount') bad(`${name}: auto on amount alone`);
      if (t.decision === 'auto' && t.evidence !== 'reference' && !anyOf) {
        const rows = new Set(t.ledger.map((x) => x.row));
        if (bookAmounts(e.amount).some((x) => !rows.has(x.row)))
          bad(`${name}: auto without reference, another book row has its amount`);
      }
      if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
      else {
        const books0 = options[0].reduce((a, x) => a + min(x.amount), 0);
        const diff = e.amount - books0;
        if (t.decision === 'auto' && diff !== (t.difference ? min(t.difference) : 0))
          bad(`${name}: difference ${major(diff)} vs ${t.difference}`);
        if (
          t.decision === 'suggest' &&
          diff !== 0 &&
          !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
        )
          bad(`${name}: a suggestion of another amount without a reason`);
      }
    } else {
      if (t.ledger !== null || t.evidence !== null) bad(`${name}: ledger or evidence on a ${t.decision} line`);
      if ((t.decision === 'none' || t.decision === 'bank-only') && bookAmounts(e.amount).length)
        bad(`${name}: a book row has its amount`);
    }
  }
  for (const [g, members] of groups) {
    const sumBank = members.reduce((a, t) => a + min(t.ref.amount), 0);
    const sumBooks = members[0].ledger.reduce((a, x) => a + min(x.amount), 0);
    const diff = members[0].difference ? min(members[0].difference) : 0;
    if (sumBank - sumBooks !== diff) bad(`group ${g}: bank − books ≠ difference`);
    if (members.some((t) => JSON.stringify(t.ledger) !== JSON.stringify(members[0].ledger)))
      bad(`group ${g}: members differ`);
  }
  for (const x of truth.ledgerOnly) {
    refOk(x, false);
    own(x.row, `ledgerOnly:${x.row}`);
  }
  for (const x of books) {
    const o = owned.get(x.row);
    if (!o || o.size !== 1) bad(`${lf.file} row ${x.row}: owned ${o ? o.size : 0} times`);
  }

  // the reconcile document
  const docFile = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docFile), 'utf8'));
  if (!validateDoc(doc)) bad(`${docFile}: ${JSON.stringify(validateDoc.errors.slice(0, 3))}`);
  if (doc.options?.timezone !== truth.timezone) bad(`${docFile}: timezone`);
  if (doc.bank.length !== bank.length) bad(`${docFile}: ${doc.bank.length} bank lines`);
  doc.bank.forEach((b, i) => {
    const e = bank[i];
    if (!e) return;
    const want = {
      id: `${bf.file}#${e.row}`,
      date: e.date,
      amount: major(e.amount),
      currency: cur,
      narration: e.text,
      reference: e.reference,
      balance: e.balance === null ? null : major(e.balance),
    };
    for (const [k, v] of Object.entries(want)) if (b[k] !== v) bad(`${docFile} bank[${i}].${k}: ${b[k]} ≠ ${v}`);
    const cp = bf.readOptions.mapping.party ? e.party : null;
    if ((b.counterparty?.name ?? null) !== cp) bad(`${docFile} bank[${i}].counterparty`);
  });
  if (doc.ledger.length !== books.length) bad(`${docFile}: ${doc.ledger.length} ledger rows`);
  doc.ledger.forEach((l, i) => {
    const e = books[i];
    if (!e) return;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: major(e.amount),
      currency: cur,
      reference: e.reference,
      description: e.text,
      party: e.party,
      account: bf.ledgerAccount,
    };
    for (const [k, v] of Object.entries(want)) if (l[k] !== v) bad(`${docFile} ledger[${i}].${k}: ${l[k]} ≠ ${v}`);
  });
  const st = doc.statement ?? {};
  if (st.from !== truth.period.from || st.to !== truth.period.to) bad(`${docFile}: statement period`);
  if (st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    bad(`${docFile}: statement balances`);

  // index counts
  const count = (d) => truth.bank.filter((t) => t.decision === d).length;
  const matched = truth.bank.filter((t) => t.decision === 'auto' || t.decision === 'suggest');
  const want = {
    bankLines: bank.length,
    ledgerRows: books.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((t) => t.mustNotAuto).length,
    autoWithDifference: truth.bank.filter((t) => t.decision === 'auto' && t.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(indexEntry[k]) !== JSON.stringify(v))
      bad(`index.json ${k}: ${JSON.stringify(indexEntry[k])} ≠ ${JSON.stringify(v)}`);
  return { lines: bank.length, rows: books.length };
}

const index = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
for (const s of index.sets) {
  where = s.set;
  const dir = join(DIR, s.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  if (truth.set !== s.set) bad('truth.set differs from the index');
  const n = checkSet(dir, truth, s);
  console.log(`${s.set}: ${n.lines} statement lines, ${n.rows} ledger rows checked`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout36: every file and truth row checks out');
