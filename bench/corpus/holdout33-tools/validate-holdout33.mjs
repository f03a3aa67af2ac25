// holdout33 — validator. Imports nothing of the generator: re-reads every file through truth.json only and checks
// every truth row. Usage: node bench/corpus/holdout33-tools/validate-holdout33.mjs [DIR]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = process.argv[2] ?? join(here, '..', 'holdout33');
const repo = join(here, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const problems = [];
let where = '';
const bad = (msg) => problems.push(`${where}: ${msg}`);

// ---- reading ----
function parseCsv(text, file) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.endsWith('\r\n')) bad(`${file}: does not end with CRLF`);
  const lines = text.slice(0, -2).split('\r\n');
  if (lines.some((l) => l.includes('\n'))) bad(`${file}: a bare LF`);
  return lines.map((line) => {
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
      else if (ch === ',') {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return cells.map((c) => (c === '' ? null : c));
  });
}
function readTable(dir, file, sheet) {
  if (file.endsWith('.csv')) return parseCsv(readFileSync(join(dir, file), 'utf8'), file);
  const wb = XLSX.read(readFileSync(join(dir, file)), { type: 'buffer' });
  const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
  if (!ws) {
    bad(`${file}: no sheet ${sheet}`);
    return [];
  }
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
}
/** minor units from a cell: "1,234.50", "-12.30", 1234.5 */
function money(v) {
  if (v === null || v === undefined || v === '') return null;
  let s = typeof v === 'number' ? String(v) : String(v).replace(/[, ]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${v}`);
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [u, c = ''] = s.split('.');
  const minor = Number(u) * 100 + Number((c + '00').slice(0, 2));
  return neg ? -minor : minor;
}
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
function date(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const s = String(v);
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})(?: 00:00:00\.0)?$/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})$/);
  if (!m) return null;
  if (order === 'YMD') return iso(+m[1], +m[2], +m[3]);
  if (order === 'MDY') return iso(+m[3], +m[1], +m[2]);
  if (order === 'DMY') return iso(+m[3], +m[2], +m[1]);
  bad(`numeric date ${s} without dateOrder`);
  return null;
}
const str = (v) => (v === null || v === undefined ? '' : String(v));
/** the file's rows as entries through a mapping */
function entriesOf(table, headerRow, ro, nonEntryRows, file) {
  const head = table[headerRow - 1].map(str);
  const col = (name) => {
    const i = head.indexOf(name);
    if (i < 0) bad(`${file}: header has no column "${name}"`);
    return i;
  };
  const mp = ro.mapping;
  const descCols = (Array.isArray(mp.description) ? mp.description : [mp.description]).map(col);
  const nonEntry = new Set((nonEntryRows ?? []).map((n) => n.row));
  const out = [];
  for (let i = headerRow; i < table.length; i++) {
    const row = i + 1;
    const cells = table[i] ?? [];
    const cell = (name) => (name === undefined ? null : cells[col(name)]);
    let amount = null;
    try {
      if (mp.amount && mp.direction) {
        const a = money(cell(mp.amount));
        if (a !== null) {
          const flag = str(cell(mp.direction.column)).trim().toUpperCase();
          const isOut = mp.direction.out.includes(flag);
          if (!isOut && mp.direction.in && !mp.direction.in.includes(flag)) bad(`${file} row ${row}: flag ${flag}`);
          amount = isOut ? -a : a;
        }
      } else if (mp.amount) amount = money(cell(mp.amount));
      else {
        const inn = money(cell(mp.moneyIn));
        const outt = money(cell(mp.moneyOut));
        if (inn !== null || outt !== null) amount = (inn ?? 0) - (outt ?? 0);
      }
    } catch (e) {
      bad(`${file} row ${row}: ${e.message}`);
    }
    const d = date(cell(mp.date), ro.dateOrder);
    if (nonEntry.has(row)) {
      if (amount === null) bad(`${file} row ${row}: a nonEntryRow without money`);
      continue;
    }
    if (amount === null) continue;
    if (!d) {
      bad(`${file} row ${row}: money without a date and not a nonEntryRow`);
      continue;
    }
    out.push({
      row,
      date: d,
      amount,
      description: descCols
        .map((c) => str(cells[c]))
        .filter((s) => s)
        .join(' — '),
      reference: str(cell(mp.reference)) || null,
      party: mp.party ? str(cell(mp.party)) || null : null,
      account: mp.account ? str(cell(mp.account)) : null,
      balance: mp.balance ? money(cell(mp.balance)) : null,
    });
  }
  return out;
}

// ---- the evidence rule, restated ----
const GENERIC = new Set(
  `from transfer transfers trf payment payments invoice invoices receipt receipts bank charge charges settlement
with limited account deposit credit debit online inward outward being paid part full refund fees bill bills
total ltd pty company enterprise ventures nigeria ghana kenya south africa services service monthly month
cash cheque direct order orders instant pay payout against supplies supply your balance other general
december november october september goods trading contractors transport`.split(/\s+/),
);
function nums(s) {
  const out = new Set();
  const re = /\d+(?:[-/. ]\d+)*/g;
  let m;
  while ((m = re.exec(s))) {
    let t = m[0].replace(/\D/g, '');
    if (t.length === 4 && (t.startsWith('19') || t.startsWith('20'))) continue;
    if (t.length > 4 && /^20[23]\d/.test(t)) t = t.slice(4);
    t = t.replace(/^0+/, '');
    if (t.length >= 3) out.add(t);
  }
  return out;
}
const words = (s) =>
  new Set((s.match(/[A-Za-z]{4,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !GENERIC.has(w)));
function evidence(bankText, rowsText) {
  const bn = nums(bankText);
  const rn = nums(rowsText);
  if ([...bn].some((t) => rn.has(t))) return 'reference';
  const rw = words(rowsText);
  if ([...words(bankText)].some((w) => rw.has(w))) return 'counterparty';
  return 'amount';
}

// ---- money strings ----
const decOf = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const dowOf = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();

// ---- per set ----
const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
for (const s of index.sets) {
  where = s.set;
  const dir = join(ROOT, s.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const hol = new Set(truth.publicHolidays);
  const working = (d) =>
    dowOf(d) !== 0 && dowOf(d) !== 6 && !hol.has(d) && d >= truth.period.from && d <= truth.period.to;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bt = readTable(dir, bf.file, bf.readOptions.sheet);
  const lines = entriesOf(bt, bf.headerRow, bf.readOptions, bf.nonEntryRows, bf.file);
  const posting = bf.order === 'newest-first' ? lines.slice().reverse() : lines;
  let bal = money(bf.openingBalance);
  let prev = '';
  for (const l of posting) {
    bal += l.amount;
    if (l.balance !== bal) bad(`${bf.file} row ${l.row}: running balance ${l.balance} ≠ ${bal}`);
    if (bal < 0) bad(`${bf.file} row ${l.row}: overdraft`);
    if (l.date < prev) bad(`${bf.file} row ${l.row}: dates out of order`);
    prev = l.date;
    if (!working(l.date)) bad(`${bf.file} row ${l.row}: ${l.date} is no working day of the period`);
  }
  if (bal !== money(bf.closingBalance)) bad('opening + lines ≠ closing');
  if (lines.length < 55 || lines.length > 100) bad(`${lines.length} statement lines`);
  // truth.bank: every line once, in file order
  const tb = truth.bank;
  if (tb.length !== lines.length) bad(`truth has ${tb.length} lines, the file ${lines.length}`);
  tb.forEach((e, k) => {
    const l = lines[k];
    if (!l || e.ref.row !== l.row) return bad(`truth line ${k} is row ${e.ref.row}, the file's is ${l?.row}`);
    if (
      e.ref.file !== bf.file ||
      e.ref.date !== l.date ||
      money(e.ref.amount) !== l.amount ||
      e.ref.text !== l.description
    )
      bad(`row ${l.row}: ref does not match the file`);
    if ((e.ref.reference ?? null) !== l.reference) bad(`row ${l.row}: reference cell`);
  });

  // ledger
  const ltab = readTable(dir, lf.file, lf.readOptions.sheet);
  const allRows = entriesOf(ltab, lf.headerRow, lf.readOptions, lf.nonEntryRows, lf.file);
  const rows = lf.readOptions.mapping.account ? allRows.filter((r) => r.account === bf.ledgerAccount) : allRows;
  const ledgerByRow = new Map(rows.map((r) => [r.row, r]));
  let lb = money(lf.openingBalance);
  for (const r of rows) {
    lb += r.amount;
    if (r.balance !== null && r.balance !== lb) bad(`${lf.file} row ${r.row}: balance ${r.balance} ≠ ${lb}`);
    if (!working(r.date)) bad(`${lf.file} row ${r.row}: ${r.date} is no working day of the period`);
  }
  if (lb !== money(lf.closingBalance)) bad('books: opening + rows ≠ closing');
  const owned = new Map();
  const own = (ref, by) => {
    const r = ledgerByRow.get(ref.row);
    if (!r || ref.file !== lf.file || r.date !== ref.date || r.amount !== money(ref.amount))
      return bad(`ledger ref row ${ref.row} does not point at a row of that date and amount`);
    const o = owned.get(ref.row);
    if (o !== undefined && o !== by) bad(`ledger row ${ref.row} owned twice`);
    owned.set(ref.row, by);
  };
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const groups = new Map();
  const counts = { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 };
  const bankText = (e) => `${e.ref.text} | ${e.ref.reference ?? ''}`;
  const rowsText = (refs) =>
    refs
      .map((x) => ledgerByRow.get(x.row))
      .filter((r) => r)
      .map((r) => [r.reference, r.description, r.party].filter((v) => v).join(' | '))
      .join(' | ');
  for (const e of tb) {
    const row = e.ref.row;
    counts[e.decision]++;
    if (expectOf[e.decision] !== e.expect) bad(`row ${row}: expect ${e.expect} with decision ${e.decision}`);
    if ('mustNotAuto' in e !== (e.decision === 'suggest')) bad(`row ${row}: mustNotAuto`);
    if ((e.kind !== null) !== (e.decision === 'bank-only')) bad(`row ${row}: kind`);
    const anyOf = 'ledgerAnyOf' in e;
    if (anyOf !== (e.ledger === null && (e.decision === 'auto' || e.decision === 'suggest')))
      bad(`row ${row}: ledgerAnyOf ⇔ ledger null`);
    if (anyOf !== e.ambiguous) bad(`row ${row}: ambiguous`);
    const tie = e.traits.includes('tie');
    const twins = e.traits.includes('twins');
    if (e.ambiguous && !tie && !twins) bad(`row ${row}: ambiguous without twins or tie`);
    if (tie && !(e.decision === 'suggest' && e.mustNotAuto === true && anyOf))
      bad(`row ${row}: a tie must be suggest, mustNotAuto`);
    if (twins && !(e.decision === 'auto' && anyOf)) bad(`row ${row}: twins must be auto with ledgerAnyOf`);
    if (e.decision === 'reversal-pair') {
      const p = tb.find((x) => x.ref.row === e.partner?.row);
      if (!p || p.partner?.row !== row || money(p.ref.amount) + money(e.ref.amount) !== 0) bad(`row ${row}: partner`);
    } else if (e.partner !== null) bad(`row ${row}: partner on ${e.decision}`);
    if (e.decision === 'auto' || e.decision === 'suggest') {
      const options = anyOf ? e.ledgerAnyOf : [e.ledger];
      const by =
        e.group ??
        (anyOf
          ? `anyOf:${e.ledgerAnyOf
              .flat()
              .map((x) => x.row)
              .sort()
              .join(',')}`
          : `line:${row}`);
      for (const o of options) for (const x of o) own(x, by);
      const evs = options.map((o) => evidence(bankText(e), rowsText(o)));
      for (const ev of evs) if (ev !== e.evidence) bad(`row ${row}: evidence ${e.evidence}, the cells carry ${ev}`);
      if (e.decision === 'auto' && e.evidence === 'amount') bad(`row ${row}: auto on amount alone`);
      if (e.traits.includes('name-only') && e.evidence !== 'counterparty')
        bad(`row ${row}: name-only carries ${e.evidence}`);
      const amt = money(e.ref.amount);
      if (e.decision === 'auto' && e.evidence !== 'reference' && !anyOf) {
        const mine = new Set(e.ledger.map((x) => x.row));
        if (rows.some((r) => !mine.has(r.row) && r.amount === amt)) bad(`row ${row}: another book row of its amount`);
      }
      for (const o of options) {
        const books = o.reduce((t, x) => t + money(x.amount), 0);
        if (e.group) {
          const g = groups.get(e.group) ?? { bank: 0, books, diff: e.difference ?? null, n: 0 };
          g.bank += amt;
          g.n++;
          groups.set(e.group, g);
        } else if (e.decision === 'auto') {
          const diff = amt - books;
          if (diff !== (e.difference ? money(e.difference) : 0)) bad(`row ${row}: difference`);
          if (diff > 0 && !e.traits.includes('over-payment')) bad(`row ${row}: over without trait`);
          if (diff < 0 && !e.traits.some((t) => t.startsWith('short-'))) bad(`row ${row}: short without trait`);
          if (Math.abs(diff) * 10 > Math.abs(books)) bad(`row ${row}: difference over 10 %`);
        } else if (
          amt !== books &&
          !e.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
        )
          bad(`row ${row}: a suggestion of another amount without a reason`);
      }
    } else {
      if (e.ledger !== null || e.evidence !== null) bad(`row ${row}: ledger or evidence on ${e.decision}`);
      if (e.decision === 'none' && rows.some((r) => r.amount === money(e.ref.amount)))
        bad(`row ${row}: a book row of its amount`);
    }
    if ('difference' in e && e.decision !== 'auto') bad(`row ${row}: difference on ${e.decision}`);
  }
  for (const [g, x] of groups) {
    if (x.n < 2) bad(`group ${g} of one line`);
    if (x.bank - x.books !== (x.diff ? money(x.diff) : 0)) bad(`group ${g} does not sum`);
  }
  for (const o of truth.ledgerOnly) own(o, `ledgerOnly:${o.row}`);
  for (const r of rows) if (!owned.has(r.row)) bad(`ledger row ${r.row} owned by nothing`);

  // reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validateDoc(doc)) bad(`reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (JSON.stringify(Object.keys(doc.options)) !== '["timezone"]' || doc.options.timezone !== truth.timezone)
    bad('options');
  if (doc.bank.length !== lines.length) bad('document bank count');
  doc.bank.forEach((b, k) => {
    const l = lines[k];
    if (!l) return;
    const ok =
      b.id === `${bf.file}#${l.row}` &&
      b.date === l.date &&
      b.amount === decOf(l.amount) &&
      b.currency === truth.currency &&
      b.narration === l.description &&
      b.reference === l.reference &&
      b.counterparty === null &&
      b.balance === decOf(l.balance);
    if (!ok) bad(`document bank ${b.id} differs from row ${l.row}`);
  });
  if (doc.ledger.length !== rows.length) bad('document ledger count');
  doc.ledger.forEach((x, k) => {
    const r = rows[k];
    if (!r) return;
    const ok =
      x.id === `${lf.file}#${r.row}` &&
      x.date === r.date &&
      x.amount === decOf(r.amount) &&
      x.reference === r.reference &&
      x.description === r.description &&
      x.party === r.party &&
      x.account === bf.ledgerAccount;
    if (!ok) bad(`document ledger ${x.id} differs from row ${r.row}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    bad('document statement');

  // index
  const matched = tb.filter((e) => e.expect === 'match');
  const want = {
    bankLines: tb.length,
    ledgerRows: rows.length,
    decisions: counts,
    mustNotAuto: tb.filter((e) => e.mustNotAuto).length,
    autoWithDifference: tb.filter((e) => e.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(s[k]) !== JSON.stringify(v)) bad(`index ${k}: ${JSON.stringify(s[k])} ≠ ${JSON.stringify(v)}`);
  console.log(`${s.set}: ${tb.length} lines, ${rows.length} ledger rows checked`);
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout33: all checks passed');
