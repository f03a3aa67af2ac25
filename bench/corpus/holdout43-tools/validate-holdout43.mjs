// Validates bench/corpus/holdout43 (or the folder given) by re-reading every file through truth.json alone.
// Imports nothing of the generator: its own CSV parser, dates, amounts and evidence rule.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import XLSX from 'xlsx';
import Ajv from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, '..', 'holdout43');
const repo = join(here, '..', '..', '..');
const errors = [];
const err = (set, msg) => errors.push(`${set}: ${msg}`);
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');

function parseCsv(text, set) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) err(set, 'CSV lines must end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  return (delim) =>
    lines.map((ln) => {
      const out = [];
      let cur = '';
      let q = false;
      for (let i = 0; i < ln.length; i++) {
        const c = ln[i];
        if (q) {
          if (c === '"' && ln[i + 1] === '"') {
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
    });
}

/** The sheet as rows of { v: text, date?: iso } cells, 1-based row numbers as the index + 1. */
function readGrid(path, opts, headerRow, set) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { cellDates: false, cellNF: true });
    const ws = wb.Sheets[opts.sheet];
    if (!ws) return (err(set, `no sheet ${opts.sheet}`), []);
    const range = XLSX.utils.decode_range(ws['!ref']);
    const grid = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })];
        if (!cell) row.push({ v: '' });
        else if (cell.t === 'n' && cell.z && /[dy]/.test(cell.z)) {
          const d = new Date(Math.round((cell.v - 25569) * 864e5)).toISOString().slice(0, 10);
          row.push({ v: d, date: d });
        } else row.push({ v: String(cell.v), num: cell.t === 'n' });
      }
      grid.push(row);
    }
    return grid;
  }
  const buf = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  const split = parseCsv(text, set);
  const m = opts.mapping;
  const want = Object.values(m).filter((x) => typeof x === 'string');
  for (const d of [',', ';', '\t', '|']) {
    const rows = split(d);
    const h = rows[headerRow - 1] ?? [];
    if (want.every((w) => h.includes(w))) return rows.map((r) => r.map((v) => ({ v })));
  }
  err(set, `${path}: header row ${headerRow} does not hold the mapped columns`);
  return [];
}

function parseDate(s, order) {
  s = s.trim();
  let m;
  if ((m = s.match(/^(\d{4})[-/](\d{2})[-/](\d{2})$/))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = s.match(/^(\d{2})[-/ ]([A-Za-z]{3})[-/ ](\d{4})$/)))
    return `${m[3]}-${pad(MON[m[2].toLowerCase()])}-${m[1]}`;
  if ((m = s.match(/^(\d{2})[/.-](\d{2})[/.-](\d{4})$/))) {
    if (order !== 'DMY') return null;
    return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}
/** Amount text to minor units through its digits; decimal comma when told. */
function parseMoney(s, decimalComma) {
  s = s.trim();
  if (!s) return null;
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  let whole;
  let frac;
  if (decimalComma) [whole, frac = '00'] = s.replace(/[.\s]/g, '').split(',');
  else [whole, frac = '00'] = s.replace(/[,\s']/g, '').split('.');
  if (!/^\d+$/.test(whole) || !/^\d{1,2}$/.test(frac)) return NaN;
  const v = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return neg ? -v : v;
}
const dec = (minor) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${pad(Math.abs(minor) % 100)}`;

/** Rows with their movement, in file order: { row, date, amount, cells } and the undated rows with money. */
function entries(set, dir, f) {
  const o = f.readOptions;
  const grid = readGrid(join(dir, f.file), o, f.headerRow, set);
  const head = (grid[f.headerRow - 1] ?? []).map((c) => c.v);
  const col = (name) => (name ? head.indexOf(name) : -1);
  const m = o.mapping;
  const dc = o.decimalSeparator === ',';
  const out = [];
  const undated = [];
  for (let i = f.headerRow; i < grid.length; i++) {
    const row = grid[i];
    const cell = (name) => (col(name) >= 0 ? (row[col(name)]?.v ?? '') : '');
    const money = (name) =>
      col(name) >= 0 && row[col(name)] ? parseMoney(row[col(name)].v, dc && !row[col(name)].num) : null;
    let amount;
    if (m.amount) amount = money(m.amount);
    else {
      const a = money(m.moneyIn);
      const b = money(m.moneyOut);
      if (a && b && row[col(m.date)]?.v) err(set, `${f.file}#${i + 1}: money in two columns`);
      amount = a ? a : b ? -b : null;
    }
    if (Number.isNaN(amount)) err(set, `${f.file}#${i + 1}: unreadable amount`);
    const dcell = row[col(m.date)];
    const date = dcell?.date ?? (dcell?.v ? parseDate(dcell.v, o.dateOrder) : null);
    if (dcell?.v && !date) err(set, `${f.file}#${i + 1}: unreadable date ${dcell.v}`);
    if (!date) {
      if (amount) undated.push(i + 1);
      continue;
    }
    if (!amount) err(set, `${f.file}#${i + 1}: dated row without money`);
    out.push({
      row: i + 1,
      date,
      amount,
      balance: m.balance ? money(m.balance) : null,
      text: cell(m.description),
      reference: cell(m.reference),
      party: cell(m.party),
    });
  }
  const listed = (f.nonEntryRows ?? []).map((x) => x.row).sort((a, b) => a - b);
  if (JSON.stringify(listed) !== JSON.stringify(undated))
    err(set, `${f.file}: undated rows with money ${undated} ≠ nonEntryRows ${listed}`);
  return out;
}

function checkRun(set, file, rows, opening, closing, period, holidays) {
  let b = parseMoney(opening);
  let prev = '';
  for (const r of rows) {
    b += r.amount;
    if (r.balance !== null && r.balance !== b) err(set, `${file}#${r.row}: balance ${r.balance} ≠ running ${b}`);
    if (b < 0) err(set, `${file}#${r.row}: overdrawn`);
    if (r.date < prev) err(set, `${file}#${r.row}: out of date order`);
    prev = r.date;
    if (r.date < period.from || r.date > period.to) err(set, `${file}#${r.row}: outside the period`);
    const wd = new Date(`${r.date}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6 || holidays.includes(r.date)) err(set, `${file}#${r.row}: not a working day`);
  }
  if (b !== parseMoney(closing)) err(set, `${file}: opening + rows ${b} ≠ closing ${closing}`);
}

// the evidence rule, restated: shared number (3+ digits, chains joined, no 19xx/20xx) > shared word > amount
const GENERIC = new Set(
  (
    'bank transfer trf payment paid from inward outward credit debit deposit cash branch charge charges fee fees levy ' +
    'salary salaries bulk batch school term tuition first second third lagos accra kumasi mombasa cape town ' +
    'settlement payout reversal reversed returned cheque inv invoice receipt ltd limited plc company nigeria ghana ' +
    'kenya africa south mpesa pesalink rtgs swift eft claims claim remittance advice grant tranche month monthly ' +
    'sept september november march july nhia fuel card per-diem perdiem diem vat tax with from for and the ' +
    'betaling innbetaling utbetaling skolepenger indbetaling betaling udbetaling pago cobro factura ' +
    'inbetalning utbetalning leverantör leverantor faktura bidrag traktamente'
  ).split(' '),
);
function nums(t) {
  const s = new Set();
  for (const ch of t.match(/\d+(?:[-/. ]\d+)*/g) ?? []) {
    const p = ch.split(/[-/. ]/);
    for (let i = 0; i < p.length; i++)
      for (let j = i + 1; j <= p.length; j++) {
        const n = p.slice(i, j).join('').replace(/^0+/, '');
        if (n.length >= 3 && !(n.length === 4 && /^(19|20)/.test(n))) s.add(n);
      }
  }
  return s;
}
const wordsOf = (t) =>
  new Set(
    (
      t
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[øØ]/g, 'o')
        .replace(/[æÆ]/g, 'ae')
        .toLowerCase()
        .match(/[a-z]{4,}/g) ?? []
    ).filter((w) => !GENERIC.has(w)),
  );
function evidenceOf(line, books) {
  const b = `${line.text} ${line.reference}`;
  const l = books.map((x) => `${x.text} ${x.reference} ${x.party}`).join(' ');
  const ln = nums(l);
  if ([...nums(b)].some((n) => ln.has(n))) return 'reference';
  const lw = wordsOf(l);
  return [...wordsOf(b)].some((w) => lw.has(w)) ? 'counterparty' : 'amount';
}

const schema = JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
const validDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));

for (const dirName of readdirSync(root).filter((d) => existsSync(join(root, d, 'truth.json')))) {
  const dir = join(root, dirName);
  const t = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const set = t.set;
  const bf = t.bankFiles[0];
  const lf = t.ledgerFiles[0];
  const bank = entries(set, dir, bf);
  const books = entries(set, dir, lf);
  checkRun(set, bf.file, bank, bf.openingBalance, bf.closingBalance, t.period, t.publicHolidays);
  checkRun(set, lf.file, books, lf.openingBalance, lf.closingBalance, t.period, t.publicHolidays);
  if (t.bank.length !== bank.length) err(set, `truth has ${t.bank.length} lines, the file ${bank.length}`);
  const bookAt = new Map(books.map((b) => [b.row, b]));
  const owned = new Map();
  const own = (r, by) => {
    const b = bookAt.get(r.row);
    if (!b || r.file !== lf.file || b.date !== r.date || dec(b.amount) !== r.amount)
      err(set, `ledger ref ${r.row} does not point at its row`);
    if (owned.has(r.row) && owned.get(r.row) !== by) err(set, `ledger row ${r.row} owned twice`);
    owned.set(r.row, by);
    return b;
  };
  const bankRow = new Map(bank.map((b) => [b.row, b]));
  const groups = new Map();
  t.bank.forEach((x, i) => {
    const f = bank[i];
    const at = `${bf.file}#${x.ref.row}`;
    if (
      !f ||
      f.row !== x.ref.row ||
      f.date !== x.ref.date ||
      dec(f.amount) !== x.ref.amount ||
      f.text !== x.ref.text ||
      (f.reference || undefined) !== x.ref.reference
    )
      return err(set, `${at}: truth ref differs from the file`);
    const want = {
      match: ['auto', 'suggest'],
      'bank-only': ['bank-only'],
      'reversal-pair': ['reversal-pair'],
      'no-counterpart': ['none'],
    }[x.expect];
    if (!want?.includes(x.decision)) err(set, `${at}: expect ${x.expect} with decision ${x.decision}`);
    if ((x.mustNotAuto !== undefined) !== (x.decision === 'suggest'))
      err(set, `${at}: mustNotAuto only and always on suggest`);
    const mustNot = x.traits.some((tr) => ['tie', 'part-payment'].includes(tr));
    if (x.decision === 'suggest' && x.mustNotAuto !== mustNot)
      err(set, `${at}: mustNotAuto true exactly for a tie or a part payment`);
    if ((x.kind !== null) !== (x.decision === 'bank-only')) err(set, `${at}: kind only on bank-only`);
    if ((x.ledger === null) !== Array.isArray(x.ledgerAnyOf) || (x.ledger === null) !== x.ambiguous)
      err(set, `${at}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous`);
    if (x.expect === 'reversal-pair') {
      const p = bankRow.get(x.partner?.row);
      if (!p || p.amount + f.amount !== 0) err(set, `${at}: partner does not cancel`);
    }
    // a failed transfer's book row belongs to the payment sent again, of the same amount
    if (x.expect !== 'match' && x.expect !== 'reversal-pair') {
      if (books.some((b) => b.amount === f.amount)) err(set, `${at}: a book row has this ${x.decision} line's amount`);
    }
    if (x.expect !== 'match') return;
    if (x.ambiguous) {
      if (!x.traits.includes('twins') && !x.traits.includes('tie')) err(set, `${at}: ambiguous without twins/tie`);
      if (x.traits.includes('tie') && !(x.decision === 'suggest' && x.mustNotAuto === true))
        err(set, `${at}: a tie is suggest + mustNotAuto`);
      for (const opt of x.ledgerAnyOf) {
        const bs = opt.map((r) => own(r, 'pair'));
        if (evidenceOf(f, bs) !== x.evidence) err(set, `${at}: option evidence ${evidenceOf(f, bs)} ≠ ${x.evidence}`);
        if (bs.reduce((a, b) => a + b.amount, 0) !== f.amount) err(set, `${at}: option amount differs`);
      }
      return;
    }
    const bs = x.ledger.map((r) => own(r, x.group ?? at));
    const ev = evidenceOf(f, bs);
    if (ev !== x.evidence) err(set, `${at}: evidence ${ev} ≠ ${x.evidence}`);
    if (x.decision === 'auto' && x.evidence === 'amount') err(set, `${at}: auto on amount alone`);
    if (x.decision === 'auto' && x.evidence === 'counterparty') {
      // a name alone: no other book row of this amount may share a word with the line
      const others = books.filter((b) => !bs.includes(b) && b.amount === f.amount);
      if (others.some((o) => evidenceOf(f, [o]) !== 'amount'))
        err(set, `${at}: the name also fits another row of this amount`);
    }
    const key = x.group ?? at;
    const g = groups.get(key) ?? { lines: 0, books: bs.reduce((a, b) => a + b.amount, 0), x, at };
    g.lines += f.amount;
    groups.set(key, g);
  });
  for (const g of groups.values()) {
    const diff = g.lines - g.books;
    if (g.x.decision === 'auto') {
      if (dec(diff) !== (g.x.difference ?? '0.00')) err(set, `${g.at}: difference ${dec(diff)} ≠ ${g.x.difference}`);
      if (Math.abs(diff) * 10 > Math.abs(g.books)) err(set, `${g.at}: difference over 10 %`);
      if (diff < 0 && !g.x.traits.some((tr) => tr.startsWith('short-')))
        err(set, `${g.at}: short without a short-* trait`);
      if (diff > 0 && !g.x.traits.some((tr) => tr.startsWith('over-')))
        err(set, `${g.at}: over without an over-* trait`);
    } else if (diff !== 0 && !g.x.traits.some((tr) => ['part-payment', 'short-net-of-fee'].includes(tr)))
      err(set, `${g.at}: suggestion of another amount`);
  }
  for (const lo of t.ledgerOnly) own(lo, 'ledgerOnly');
  for (const b of books) if (!owned.has(b.row)) err(set, `${lf.file}#${b.row} owned by nothing`);
  // the reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validDoc(doc)) err(set, `reconcile document: ${ajv.errorsText(validDoc.errors)}`);
  doc.bank.forEach((d, i) => {
    const f = bank[i];
    if (
      !f ||
      d.id !== `${bf.file}#${f.row}` ||
      d.date !== f.date ||
      d.amount !== dec(f.amount) ||
      d.narration !== f.text ||
      d.reference !== (f.reference || null) ||
      d.balance !== dec(f.balance)
    )
      err(set, `reconcile bank ${i} differs from the file`);
  });
  if (doc.bank.length !== bank.length || doc.ledger.length !== books.length) err(set, 'reconcile document line counts');
  doc.ledger.forEach((d, i) => {
    const b = books[i];
    if (
      !b ||
      d.id !== `${lf.file}#${b.row}` ||
      d.date !== b.date ||
      d.amount !== dec(b.amount) ||
      d.description !== b.text ||
      d.reference !== (b.reference || null) ||
      d.party !== (b.party || null) ||
      d.account !== bf.ledgerAccount
    )
      err(set, `reconcile ledger ${i} differs from the file`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    err(set, 'reconcile statement balances');
  // index
  const ix = index.sets.find((s) => s.set === set);
  if (!ix) err(set, 'not in index.json');
  else {
    const dcount = {};
    for (const x of t.bank) dcount[x.decision] = (dcount[x.decision] ?? 0) + 1;
    const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
    if (
      ix.bankLines !== bank.length ||
      ix.ledgerRows !== books.length ||
      !same(ix.decisions, dcount) ||
      ix.ledgerOnly !== t.ledgerOnly.length ||
      ix.bankFiles[0] !== bf.file ||
      ix.ledgerFiles[0] !== lf.file
    )
      err(set, 'index.json counts or files differ');
    if (ix.mustNotAuto !== t.bank.filter((x) => x.mustNotAuto === true).length) err(set, 'index.json mustNotAuto');
  }
}
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout43 valid: ${index.sets.length} sets in ${root}`);
