// holdout37 — re-reads every file through truth.json only and checks every truth row. Imports nothing of the
// generator: the CSV parser, the amount and date readers and the evidence rule are restated here.
//
//   node bench/corpus/holdout37-tools/validate-holdout37.mjs [corpus folder]     (default bench/corpus/holdout37)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import Ajv2020 from 'ajv/dist/2020.js';
import * as XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout37'));
const schema = JSON.parse(readFileSync(join(here, '../../../docs/reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

let problems = 0;
const report = (set, msg) => {
  problems++;
  console.log(`✗ ${set}: ${msg}`);
};

// ------------------------------------------------------------------ money and dates

/** "1,234.56" / "1.234,56" / "-1 234.56" / "1'234.56" / "12.50 KES" → minor units; null when empty */
function minorOf(value, decimalSeparator = '.') {
  if (value === null || value === undefined) return null;
  let s = typeof value === 'number' ? numberText(value) : String(value).trim();
  if (s === '') return null;
  s = s.replace(/\s*[A-Z]{3}$/, '').trim();
  let neg = false;
  if (s.startsWith('-')) {
    neg = true;
    s = s.slice(1);
  }
  const point = typeof value === 'number' ? '.' : decimalSeparator;
  const group = point === ',' ? /[.\s']/g : /[,\s']/g;
  s = s.replace(group, '');
  const [int, frac = ''] = s.split(point);
  if (!/^\d+$/.test(int) || !/^\d{0,2}$/.test(frac)) throw new Error(`not an amount: ${JSON.stringify(value)}`);
  const minor = Number(int) * 100 + Number((frac + '00').slice(0, 2));
  return neg ? -minor : minor;
}
/** a spreadsheet number as decimal text without exponent (amounts here are far below 1e15) */
function numberText(n) {
  const s = String(n);
  if (/e/i.test(s)) throw new Error(`number in exponent form: ${s}`);
  return s;
}
const decOf = (minor) => {
  const neg = minor < 0;
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

const MONTHS = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
const isoFrom = (y, m, d) => {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d)
    throw new Error(`no such date ${y}-${m}-${d}`);
  return `${y}-${p2(m)}-${p2(d)}`;
};
function dateOf(value, dateOrder) {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') {
    const ms = Date.UTC(1899, 11, 30) + Math.floor(value + 1e-9) * 86400000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const s = String(value).trim();
  let m;
  if ((m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/))) return isoFrom(+m[1], +m[2], +m[3]);
  if ((m = s.match(/^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/)))
    return isoFrom(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  if ((m = s.match(/^(\d{2})[/-](\d{2})[/-](\d{4})$/))) {
    if (dateOrder === 'DMY') return isoFrom(+m[3], +m[2], +m[1]);
    if (dateOrder === 'MDY') return isoFrom(+m[3], +m[1], +m[2]);
    throw new Error(`numeric date ${s} without a dateOrder`);
  }
  throw new Error(`unreadable date ${JSON.stringify(s)}`);
}

// ------------------------------------------------------------------ files

function parseCsv(text, delimiter) {
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') q = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') q = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (ch === '\n') throw new Error('a line ends without CR');
    else cell += ch;
  }
  if (cell !== '' || row.length) throw new Error('the file does not end with CRLF');
  return rows;
}

/** the file's rows as arrays of raw cells (strings for CSV; as stored for XLSX), index 0 = spreadsheet row 1 */
function readGrid(path, opts, headerRow) {
  const buf = readFileSync(path);
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(buf);
    const ws = wb.Sheets[opts.sheet];
    if (!ws) throw new Error(`no sheet ${opts.sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  }
  let text = opts.encoding === 'windows-1252' ? new TextDecoder('windows-1252').decode(buf) : buf.toString('utf8');
  if (opts.encoding !== 'windows-1252' && text.includes('\ufffd')) throw new Error('not valid UTF-8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const headerLine = text.split('\r\n')[headerRow - 1] ?? '';
  const delimiter = [',', ';', '\t', '|'].sort((a, b) => headerLine.split(b).length - headerLine.split(a).length)[0];
  return parseCsv(text, delimiter);
}

const blank = (v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const textOf = (v) => (blank(v) ? null : String(v).trim());

/** reads a statement or ledger file the way its truth entry says; returns entries and checks row shapes */
function readFile(set, dir, f, holidays) {
  const opts = f.readOptions;
  const map = opts.mapping;
  const grid = readGrid(join(dir, f.file), opts, f.headerRow);
  const header = grid[f.headerRow - 1].map((h) => (h === null ? '' : String(h).trim()));
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${f.file}: no column ${name} in header row ${f.headerRow}`);
    return i;
  };
  const descCols = (Array.isArray(map.description) ? map.description : [map.description]).map(col);
  const nonEntry = new Set((f.nonEntryRows ?? []).map((n) => n.row));
  const out = [];
  for (let r = f.headerRow; r < grid.length; r++) {
    const cells = grid[r] ?? [];
    const rowNo = r + 1;
    if (cells.every(blank)) continue;
    const get = (name) => (name ? cells[col(name)] : undefined);
    let amount = null;
    if (map.amount) {
      const a = minorOf(get(map.amount), opts.decimalSeparator);
      if (a !== null && map.direction) {
        const dir = textOf(get(map.direction.column));
        if (map.direction.out.includes(dir)) amount = -Math.abs(a);
        else if (!map.direction.in || map.direction.in.includes(dir)) amount = Math.abs(a);
        else throw new Error(`${f.file} row ${rowNo}: direction ${dir}`);
      } else amount = a;
    } else {
      const i = minorOf(get(map.moneyIn), opts.decimalSeparator);
      const o = minorOf(get(map.moneyOut), opts.decimalSeparator);
      if (i !== null || o !== null) amount = Math.abs(i ?? 0) - Math.abs(o ?? 0);
    }
    const date = dateOf(get(map.date), opts.dateOrder);
    if (date === null) {
      if (amount !== null && !nonEntry.has(rowNo))
        report(set, `${f.file} row ${rowNo}: money without a date, not a nonEntryRow`);
      continue;
    }
    if (nonEntry.has(rowNo)) report(set, `${f.file} row ${rowNo}: a nonEntryRow with a date`);
    if (amount === null) {
      report(set, `${f.file} row ${rowNo}: a dated row without money`);
      continue;
    }
    const parts = descCols.map((i) => textOf(cells[i])).filter((x) => x !== null);
    out.push({
      row: rowNo,
      date,
      amount,
      text: parts.join(' — '),
      reference: textOf(get(map.reference)),
      party: map.party ? textOf(get(map.party)) : null,
      account: header.includes('Counterparty Account') ? textOf(cells[header.indexOf('Counterparty Account')]) : null,
      balance: map.balance ? minorOf(get(map.balance), opts.decimalSeparator) : null,
    });
  }
  for (const n of f.nonEntryRows ?? []) {
    const cells = grid[n.row - 1] ?? [];
    const get = (name) => cells[col(name)];
    const money = map.amount ? get(map.amount) : [get(map.moneyIn), get(map.moneyOut)].find((x) => !blank(x));
    if (blank(money) || !blank(get(map.date)))
      report(set, `${f.file} nonEntryRow ${n.row} is not an undated row with money`);
  }
  for (const e of out) {
    const wd = new Date(`${e.date}T00:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6 || holidays.includes(e.date))
      report(set, `${f.file} row ${e.row}: ${e.date} is not a working day`);
  }
  return out;
}

// ------------------------------------------------------------------ the evidence rule (restated)

const GENERIC = new Set(
  (
    'from with that this their ltd limited plc company nigeria ghana kenya africa african south account accounts acct ' +
    'bank banks deposit deposited cash settlement settlements salary salaries charge charges commission fees levy ' +
    'service services payment payments paymt receipt receipts invoice invoices transfer transfers trf instant inward ' +
    'outward credit debit reversal reversed supplies supply goods sales purchase purchases refund total transaction ' +
    'online mobile money international group holdings trading enterprises enterprise global store stores general ' +
    'office branch balance month being part full final advance against ref reference number batch bulk pmt pymt pymnt ' +
    'lagos ikeja accra somanya nairobi johannesburg germiston street road industrial area county city state federal ' +
    'january february march april june july august september october november december sept octo ' +
    'customer supplier vendor client order orders partial other more less plus note notes through into onto ' +
    'nigerian ghanaian kenyan proprietary prop pty incorporated corp corporation co-operative cooperative society sacco ' +
    'naira cedis shillings rand amount value paid pays pay payable receivable opening closing period'
  ).split(/\s+/),
);
function numbers(text) {
  const set = new Set();
  for (const chain of String(text ?? '').match(/\d+(?:[-/. ]\d+)*/g) ?? []) {
    const runs = chain.split(/[-/. ]/);
    for (let i = 0; i < runs.length; i++)
      for (let j = i; j < runs.length; j++) {
        let n = runs
          .slice(i, j + 1)
          .join('')
          .replace(/^0+/, '');
        if (n.length > 4 && /^20[23]\d/.test(n)) n = n.slice(4).replace(/^0+/, '');
        if (n.length === 4 && /^(19|20)\d\d$/.test(n)) continue;
        if (n.length >= 3) set.add(n);
      }
  }
  return set;
}
function words(text) {
  const folded = String(text ?? '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return new Set((folded.match(/[a-z]+/g) ?? []).filter((w) => w.length >= 4 && !GENERIC.has(w)));
}
function evidence(line, row) {
  const bn = new Set();
  const bw = new Set();
  for (const c of [line.text, line.reference, line.party]) {
    numbers(c).forEach((n) => bn.add(n));
    words(c).forEach((w) => bw.add(w));
  }
  let w = false;
  for (const c of [row.reference, row.text, row.party]) {
    for (const n of numbers(c)) if (bn.has(n)) return 'reference';
    for (const x of words(c)) if (bw.has(x)) w = true;
  }
  return w ? 'counterparty' : 'amount';
}
const RANK = { amount: 1, counterparty: 2, reference: 3 };

// ------------------------------------------------------------------ one set

function checkSet(dir, indexEntry) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const set = truth.set;
  const H = truth.publicHolidays;
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  if (truth.bankFiles.length !== 1 || truth.ledgerFiles.length !== 1)
    report(set, 'one bank file and one ledger file expected');
  const lines = readFile(set, dir, bf, H);
  const rows = readFile(set, dir, lf, H);
  const open = minorOf(bf.openingBalance);
  const close = minorOf(bf.closingBalance);

  // statement
  const posting = bf.order === 'newest-first' ? lines.slice().reverse() : lines.slice();
  let bal = open;
  let prevDate = '';
  for (const l of posting) {
    bal += l.amount;
    if (l.balance !== null && l.balance !== bal) {
      report(set, `${bf.file} row ${l.row}: balance ${decOf(l.balance)}, running ${decOf(bal)}`);
      bal = l.balance;
    }
    if (bal < 0) report(set, `${bf.file} row ${l.row}: overdrawn`);
    if (l.date < prevDate) report(set, `${bf.file} row ${l.row}: dates out of order`);
    if (!inPeriod(l.date)) report(set, `${bf.file} row ${l.row}: ${l.date} outside the period`);
    prevDate = l.date;
  }
  if (bal !== close) report(set, `opening + lines = ${decOf(bal)}, closing says ${bf.closingBalance}`);
  if (bf.readOptions.mapping.balance === undefined && lines.some((l) => l.balance !== null))
    report(set, 'balance without a mapping');
  if (lines.length < 55 || lines.length > 120) report(set, `${lines.length} lines, outside 55–120`);
  if (truth.bank.length !== lines.length) report(set, `truth has ${truth.bank.length} lines, the file ${lines.length}`);
  const lineAt = new Map(lines.map((l) => [l.row, l]));
  let lastRow = 0;
  for (const t of truth.bank) {
    const l = lineAt.get(t.ref.row);
    if (t.ref.file !== bf.file) report(set, `truth line in another file ${t.ref.file}`);
    if (!l) {
      report(set, `truth line row ${t.ref.row} is no statement row with money`);
      continue;
    }
    if (t.ref.row <= lastRow) report(set, `truth line row ${t.ref.row} out of file order`);
    lastRow = t.ref.row;
    if (
      t.ref.date !== l.date ||
      minorOf(t.ref.amount) !== l.amount ||
      t.ref.text !== l.text ||
      (t.ref.reference ?? null) !== l.reference
    )
      report(
        set,
        `truth line row ${t.ref.row} differs from the file: ${JSON.stringify(t.ref)} vs ${JSON.stringify(l)}`,
      );
  }

  // ledger
  const lopen = minorOf(lf.openingBalance);
  let lbal = lopen;
  let lprev = '';
  for (const r of rows) {
    lbal += r.amount;
    if (r.balance !== null && r.balance !== lbal) {
      report(set, `${lf.file} row ${r.row}: balance ${decOf(r.balance)}, running ${decOf(lbal)}`);
      lbal = r.balance;
    }
    if (!inPeriod(r.date)) report(set, `${lf.file} row ${r.row}: outside the period`);
    if (r.date < lprev) report(set, `${lf.file} row ${r.row}: dates out of order`);
    lprev = r.date;
  }
  if (lbal !== minorOf(lf.closingBalance))
    report(set, `ledger opening + rows = ${decOf(lbal)}, closing says ${lf.closingBalance}`);
  const rowAt = new Map(rows.map((r) => [r.row, r]));
  const pointAt = (ref, what) => {
    const r = rowAt.get(ref.row);
    if (ref.file !== lf.file || !r || r.date !== ref.date || r.amount !== minorOf(ref.amount)) {
      report(set, `${what} points at ${ref.file}#${ref.row} ${ref.date} ${ref.amount}, no such row`);
      return null;
    }
    return r;
  };

  // ownership: every ledger row owned exactly once
  const owners = new Map(rows.map((r) => [r.row, new Set()]));
  const own = (ref, key) => owners.get(ref.row)?.add(key);
  truth.bank.forEach((t, i) => {
    if (t.ledger) for (const ref of t.ledger) own(ref, t.group ?? `line${i}`);
    if (t.ledgerAnyOf) {
      const key = `anyOf:${t.ledgerAnyOf
        .flat()
        .map((r) => r.row)
        .sort((a, b) => a - b)
        .join(',')}`;
      for (const ref of t.ledgerAnyOf.flat()) own(ref, key);
    }
  });
  for (const o of truth.ledgerOnly) {
    pointAt(o, 'ledgerOnly');
    own(o, `only${o.row}`);
  }
  for (const [row, set2] of owners) if (set2.size !== 1) report(set, `${lf.file} row ${row} owned ${set2.size} times`);

  // decisions
  const EXPECT = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    none: 'no-counterpart',
    'reversal-pair': 'reversal-pair',
  };
  const KINDS = ['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'];
  const groups = new Map();
  for (const t of truth.bank) if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  const byRow = new Map(truth.bank.map((t) => [t.ref.row, t]));
  for (const t of truth.bank) {
    const where = `line row ${t.ref.row} (${t.ref.text})`;
    const l = lineAt.get(t.ref.row);
    if (!l) continue;
    if (EXPECT[t.decision] !== t.expect) report(set, `${where}: decision ${t.decision} with expect ${t.expect}`);
    if ((t.decision === 'suggest') !== (typeof t.mustNotAuto === 'boolean')) report(set, `${where}: mustNotAuto`);
    if ((t.decision === 'bank-only') !== KINDS.includes(t.kind)) report(set, `${where}: kind ${t.kind}`);
    if (t.decision !== 'bank-only' && t.kind !== null) report(set, `${where}: kind on a ${t.decision} line`);
    if (t.decision === 'reversal-pair') {
      const p = t.partner && byRow.get(t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || minorOf(p.ref.amount) + l.amount !== 0)
        report(set, `${where}: partner`);
    } else if (t.partner !== null) report(set, `${where}: partner on a ${t.decision} line`);
    const any = Array.isArray(t.ledgerAnyOf);
    if (any !== (t.ledger === null && t.expect === 'match') || any !== t.ambiguous)
      report(set, `${where}: ledgerAnyOf/ledger/ambiguous`);
    if (any && !t.traits.includes('twins') && !t.traits.includes('tie'))
      report(set, `${where}: ledgerAnyOf without twins or tie`);
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true))
      report(set, `${where}: a tie must be suggest + mustNotAuto`);
    if (t.traits.includes('twins') && t.decision !== 'auto') report(set, `${where}: twins must be auto`);
    if (t.expect !== 'match') {
      if (t.ledger !== null || t.evidence !== null || t.group !== null)
        report(set, `${where}: ledger/evidence/group on a ${t.decision} line`);
      for (const r of rows)
        if (Math.abs(r.amount) === Math.abs(l.amount) && t.decision !== 'reversal-pair')
          report(set, `${where}: a book row of its amount exists (row ${r.row})`);
      continue;
    }
    const options = any ? t.ledgerAnyOf : [t.ledger];
    const groupLines = t.group ? groups.get(t.group) : [t];
    const bankSum = groupLines.reduce((s, x) => s + minorOf(x.ref.amount), 0);
    const evs = new Set();
    for (const opt of options) {
      const rs = opt.map((ref) => pointAt(ref, where)).filter(Boolean);
      if (rs.length !== opt.length) continue;
      const e = rs.map((r) => evidence(l, r)).reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'amount');
      evs.add(e);
      const diff = bankSum - rs.reduce((s, r) => s + r.amount, 0);
      if (t.decision === 'auto') {
        if (diff !== (t.difference === undefined ? 0 : minorOf(t.difference)))
          report(set, `${where}: bank − books ${decOf(diff)} ≠ difference ${t.difference}`);
      } else if (
        diff !== 0 &&
        !t.traits.some((x) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(x))
      )
        report(
          set,
          `${where}: a suggestion of another amount without part-payment/short-net-of-fee/books-amount-transposed`,
        );
    }
    if (evs.size !== 1 || !evs.has(t.evidence)) report(set, `${where}: evidence ${[...evs]} ≠ ${t.evidence}`);
    if (t.decision === 'auto' && t.evidence === 'amount') report(set, `${where}: auto on amount alone`);
    if (t.decision === 'auto' && t.evidence !== 'reference') {
      const ownRows = new Set(options.flat().map((r) => r.row));
      for (const r of rows)
        if (!ownRows.has(r.row) && Math.abs(r.amount) === Math.abs(l.amount))
          report(set, `${where}: another book row of its amount (row ${r.row})`);
    }
  }

  // reconcile document
  const docPath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  if (!validateDoc(doc)) report(set, `reconcile document: ${JSON.stringify(validateDoc.errors.slice(0, 3))}`);
  if (doc.bank.length !== lines.length) report(set, 'reconcile bank count');
  let rb = open;
  const runningAt = new Map(posting.map((l) => [l.row, (rb += l.amount)]));
  lines.forEach((l, i) => {
    const b = doc.bank[i];
    if (!b) return;
    const cp = l.party ? { name: l.party, account: l.account } : null;
    const want = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: decOf(l.amount),
      currency: truth.currency,
      narration: l.text,
      reference: l.reference,
      counterparty: cp,
      balance: bf.readOptions.mapping.balance ? decOf(runningAt.get(l.row)) : null,
    };
    if (JSON.stringify(b) !== JSON.stringify(want))
      report(set, `reconcile bank ${i}: ${JSON.stringify(b)} vs ${JSON.stringify(want)}`);
  });
  if (doc.ledger.length !== rows.length) report(set, 'reconcile ledger count');
  rows.forEach((r, i) => {
    const e = doc.ledger[i];
    const want = {
      id: `${lf.file}#${r.row}`,
      date: r.date,
      amount: decOf(r.amount),
      currency: truth.currency,
      reference: r.reference,
      description: r.text,
      party: r.party,
      account: bf.ledgerAccount,
    };
    if (JSON.stringify(e) !== JSON.stringify(want))
      report(set, `reconcile ledger ${i}: ${JSON.stringify(e)} vs ${JSON.stringify(want)}`);
  });
  const st = doc.statement;
  if (
    st.from !== truth.period.from ||
    st.to !== truth.period.to ||
    st.bankBalance !== bf.closingBalance ||
    st.bookBalance !== lf.closingBalance
  )
    report(set, 'reconcile statement block');
  if (doc.options?.timezone !== truth.timezone) report(set, 'reconcile timezone');

  // index counts
  if (indexEntry) {
    const count = (k) => truth.bank.filter((t) => t.decision === k).length;
    const matched = truth.bank.filter((t) => t.expect === 'match');
    const want = {
      bankLines: lines.length,
      ledgerRows: rows.length,
      decisions: {
        auto: count('auto'),
        suggest: count('suggest'),
        'bank-only': count('bank-only'),
        none: count('none'),
        'reversal-pair': count('reversal-pair'),
      },
      mustNotAuto: truth.bank.filter((t) => t.mustNotAuto === true).length,
      autoWithDifference: truth.bank.filter((t) => t.difference !== undefined).length,
      ledgerOnly: truth.ledgerOnly.length,
      matched: matched.length,
      matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    };
    for (const [k, v] of Object.entries(want))
      if (JSON.stringify(indexEntry[k]) !== JSON.stringify(v))
        report(set, `index.json ${k}: ${JSON.stringify(indexEntry[k])}, counted ${JSON.stringify(v)}`);
    if (indexEntry.bankFiles?.[0] !== bf.file || indexEntry.ledgerFiles?.[0] !== lf.file)
      report(set, 'index.json files');
  }
  return { set, lines: lines.length, rows: rows.length };
}

const index = existsSync(join(root, 'index.json'))
  ? JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'))
  : { sets: [] };
const dirs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'truth.json')))
  .map((d) => d.name)
  .sort();
if (index.sets.length !== dirs.length) report('index', `${index.sets.length} sets listed, ${dirs.length} folders`);
for (const name of dirs) {
  try {
    const r = checkSet(
      join(root, name),
      index.sets.find((s) => s.set === name),
    );
    console.log(`✓ read ${r.set}: ${r.lines} statement lines, ${r.rows} ledger rows`);
  } catch (err) {
    report(name, err.stack ?? String(err));
  }
}
console.log(problems === 0 ? `holdout37 valid (${root})` : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
