// Re-reads every holdout49 file through its truth.json and checks the answer key against the files, without importing
// anything of the generator. Usage: node validate-holdout49.mjs [dir]   (default bench/corpus/holdout49)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '..', 'holdout49'));
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const validateDoc = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

// ---- reading ----------------------------------------------------------------------------------------------------
function parseCsv(text) {
  const t = text.replace(/^\ufeff/, '');
  const first = t.split(/\r?\n/).find((l) => l.trim()) ?? '';
  const delim = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (q) {
      if (c === '"' && t[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === delim) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && t[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function dateOf(v) {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  }
  const s = String(v).trim();
  let x;
  if ((x = s.match(/^(\d{4})[-/](\d{2})[-/](\d{2})(?: \d{2}:\d{2}:\d{2})?$/))) return `${x[1]}-${x[2]}-${x[3]}`;
  if ((x = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/))) return `${x[3]}-${x[2]}-${x[1]}`;
  if ((x = s.match(/^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/)) && MON[x[2].toLowerCase()])
    return `${x[3]}-${p2(MON[x[2].toLowerCase()])}-${x[1]}`;
  return undefined; // text that is no date
}
/** money text or number → minor units (sign from '-' or a Cr suffix); null when empty */
function minorOf(v) {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  let s = String(v).trim();
  let sign = 1;
  if (/ Cr$/.test(s)) {
    sign = -1;
    s = s.slice(0, -3);
  } else if (/ Dr$/.test(s)) s = s.slice(0, -3);
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1);
  }
  s = s.replace(/,/g, '');
  const x = s.match(/^(\d+)(?:\.(\d{2}))?$/);
  if (!x) throw new Error(`not money: ${v}`);
  return sign * (Number(x[1]) * 100 + Number(x[2] ?? 0));
}
const major = (minor) => `${minor < 0 ? '-' : ''}${Math.floor(Math.abs(minor) / 100)}.${p2(Math.abs(minor) % 100)}`;

function readGrid(path, sheet) {
  if (path.endsWith('.csv')) return parseCsv(readFileSync(path, 'utf8'));
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', raw: true });
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: '' });
}
const colOf = (header, name, where) => {
  const i = header.findIndex((h) => String(h).trim() === name);
  if (i < 0) bad(where, `header has no column "${name}"`);
  return i;
};
/** the mapped rows of a file: { row, date, amount (minor, signed) | null, balance, text, ref, party, valueDate, raw } */
function readMapped(dir, f, where) {
  const grid = readGrid(join(dir, f.file), f.readOptions.sheet);
  const mp = f.readOptions.mapping;
  const header = grid[f.headerRow - 1] ?? [];
  const c = (k) => (mp[k] === undefined ? -1 : colOf(header, mp[k], where));
  const cols = {
    date: c('date'),
    valueDate: c('valueDate'),
    text: c('description'),
    ref: c('reference'),
    party: c('party'),
    amount: c('amount'),
    in: c('moneyIn'),
    out: c('moneyOut'),
    balance: c('balance'),
    dir: mp.direction ? colOf(header, mp.direction.column, where) : -1,
  };
  const out = [];
  for (let i = f.headerRow; i < grid.length; i++) {
    const r = grid[i];
    const cell = (k) => (cols[k] < 0 ? '' : (r[cols[k]] ?? ''));
    let amount = null;
    if (cols.amount >= 0) {
      const a = minorOf(cell('amount'));
      if (a !== null && mp.direction) {
        const d = String(cell('dir')).trim().toUpperCase();
        if (mp.direction.out.includes(d)) amount = -Math.abs(a);
        else if (mp.direction.in.includes(d)) amount = Math.abs(a);
        else bad(where, `row ${i + 1}: direction "${d}" in neither list`);
      } else amount = a;
    } else {
      const a = minorOf(cell('in'));
      const b = minorOf(cell('out'));
      if ((a ?? 0) !== 0 || (b ?? 0) !== 0) amount = Math.abs(a ?? 0) - Math.abs(b ?? 0);
    }
    out.push({
      row: i + 1,
      date: dateOf(cell('date')),
      valueDate: dateOf(cell('valueDate')),
      amount,
      balance: minorOf(cell('balance')),
      text: String(cell('text')),
      ref: String(cell('ref')).trim() || null,
      party: String(cell('party')).trim() || null,
      blank: r.every((x) => x === '' || x === null),
    });
  }
  return out;
}

// ---- the evidence rule, restated ------------------------------------------------------------------------------
const GENERIC = new Set(
  `transfer trf from with payment paid pymt invoice inv receipt being ltd limited plc company enterprise enterprises
  services service bank account acct nigeria ghana kenya africa south lagos accra nairobi johannesburg part balance
  deposit cash cheque credit debit charge charges fees online mobile inward outward outgoing incoming nip instant
  intra inter reversal reversed return returned salary salaries wages payroll month november march october september
  customer supplier sales purchase purchases expense expenses income sundry other misc settlement payout order orders
  trading general holdings group international the and for ref reference remarks narration note notes total
  batch bulk direct value date posting against full final first second advance booking`.split(/\s+/),
);
function toks(s) {
  const nums = new Set(
    [...String(s).matchAll(/\d+/g)]
      .map((x) => x[0].replace(/^0+/, ''))
      .filter((n) => n.length >= 3 && !/^(19|20)\d\d$/.test(n)),
  );
  const codes = new Set(
    [...String(s).matchAll(/[A-Za-z0-9]+/g)]
      .map((x) => x[0])
      .filter((w) => w.length >= 6 && /[A-Za-z]/.test(w) && /\d/.test(w))
      .map((w) => w.toUpperCase()),
  );
  const words = new Set(
    [...String(s).matchAll(/[A-Za-z]+/g)]
      .map((x) => x[0].toLowerCase())
      .filter((w) => w.length >= 4 && !GENERIC.has(w)),
  );
  return { nums, codes, words };
}
const inter = (a, b) => [...a].some((x) => b.has(x));
function ev(a, b) {
  const x = toks(a);
  const y = toks(b);
  if (inter(x.nums, y.nums) || inter(x.codes, y.codes)) return 'reference';
  if (inter(x.words, y.words)) return 'counterparty';
  return 'amount';
}
const RANK = { amount: 0, counterparty: 1, reference: 2 };

// ---- checks -------------------------------------------------------------------------------------------------------
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  none: 'no-counterpart',
  'reversal-pair': 'reversal-pair',
};
for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = entry.set;
  const working = (d) => {
    const [y, m, dd] = d.split('-').map(Number);
    const w = new Date(Date.UTC(y, m - 1, dd)).getUTCDay();
    return w !== 0 && w !== 6 && !truth.publicHolidays.includes(d);
  };
  // bank file
  const bf = truth.bankFiles[0];
  const lines = readMapped(dir, bf, `${W}/${bf.file}`).filter((r) => !r.blank);
  const withMoney = lines.filter((r) => r.amount !== null);
  for (const r of lines)
    if (r.amount === null && r.date && r.date !== undefined) bad(W, `bank row ${r.row} dated without money`);
    else if (r.amount === null && !/^BALANCE [BC]\/F$/.test(r.text) && r.balance !== null)
      bad(W, `bank row ${r.row} with a balance but no money: "${r.text}"`);
  const chrono = bf.order === 'newest-first' ? [...withMoney].reverse() : withMoney;
  let bal = minorOf(bf.openingBalance);
  let prevDate = truth.period.from;
  for (const r of chrono) {
    bal += r.amount;
    if (r.balance !== bal) bad(W, `bank row ${r.row}: balance ${r.balance} ≠ running ${bal}`);
    if (bal < 0) bad(W, `bank row ${r.row}: overdrawn`);
    if (!r.date || r.date < truth.period.from || r.date > truth.period.to)
      bad(W, `bank row ${r.row}: date ${r.date} outside the period`);
    else if (!working(r.date)) bad(W, `bank row ${r.row}: ${r.date} is not a working day`);
    if (r.date < prevDate) bad(W, `bank row ${r.row}: dates out of order`);
    prevDate = r.date;
    if (r.valueDate && r.valueDate < r.date) bad(W, `bank row ${r.row}: value date before the date`);
  }
  if (bal !== minorOf(bf.closingBalance)) bad(W, `bank closing ${bal} ≠ ${bf.closingBalance}`);
  if (truth.bank.length !== withMoney.length)
    bad(W, `truth has ${truth.bank.length} lines, the file ${withMoney.length}`);
  if (withMoney.length < 60 || withMoney.length > 110) bad(W, `${withMoney.length} bank lines`);
  const lineByRow = new Map(withMoney.map((r) => [r.row, r]));
  let lastRow = 0;
  for (const t of truth.bank) {
    const r = lineByRow.get(t.ref.row);
    if (!r) {
      bad(W, `truth line row ${t.ref.row} is no statement line`);
      continue;
    }
    if (t.ref.row <= lastRow) bad(W, `truth line ${t.ref.row} out of file order`);
    lastRow = t.ref.row;
    if (
      t.ref.file !== bf.file ||
      t.ref.date !== r.date ||
      t.ref.amount !== major(r.amount) ||
      t.ref.text !== r.text ||
      t.ref.reference !== r.ref
    )
      bad(W, `truth line ${t.ref.row} differs from its row`);
  }

  // ledger file
  const lf = truth.ledgerFiles[0];
  const rows = readMapped(dir, lf, `${W}/${lf.file}`).filter((r) => !r.blank);
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  const entries = [];
  for (const r of rows) {
    if (r.date === null || r.date === undefined) {
      if (r.amount !== null) bad(W, `book row ${r.row}: money without a date`);
      continue;
    }
    if (r.amount === null) {
      if (!nonEntry.has(r.row)) bad(W, `book row ${r.row}: dated without money, not in nonEntryRows`);
      continue;
    }
    if (nonEntry.has(r.row)) bad(W, `book row ${r.row} in nonEntryRows but an entry`);
    entries.push(r);
  }
  let bb = minorOf(lf.openingBalance);
  for (const r of rows.filter((x) => nonEntry.has(x.row)))
    if (r.balance !== null && r.balance !== bb) bad(W, `opening row ${r.row} ≠ openingBalance`);
  for (const r of entries) {
    bb += r.amount;
    if (mapHas(lf, 'balance') && r.balance !== bb) bad(W, `book row ${r.row}: balance ${r.balance} ≠ running ${bb}`);
    if (r.date < truth.period.from || r.date > truth.period.to) bad(W, `book row ${r.row} outside the period`);
  }
  if (bb !== minorOf(lf.closingBalance)) bad(W, `book closing ${bb} ≠ ${lf.closingBalance}`);
  const entryByRow = new Map(entries.map((r) => [r.row, r]));
  const owners = new Map();
  const own = (ref, who) => {
    const r = entryByRow.get(ref.row);
    if (!r || ref.file !== lf.file) return bad(W, `ledger ref ${ref.file}#${ref.row} is no entry`);
    if (ref.date !== r.date || ref.amount !== major(r.amount)) bad(W, `ledger ref ${ref.row} differs from its row`);
    if (owners.has(ref.row) && owners.get(ref.row) !== who) bad(W, `entry ${ref.row} owned twice`);
    owners.set(ref.row, who);
  };
  const bankRowOf = new Map(truth.bank.map((t) => [t.ref.row, t]));
  const groups = new Map();
  const bookText = (ref) => {
    const r = entryByRow.get(ref.row);
    return r ? `${r.text} ${r.ref ?? ''} ${r.party ?? ''}` : '';
  };
  for (const t of truth.bank) {
    const at = `${W} line ${t.ref.row}`;
    if (EXPECT[t.decision] !== t.expect) bad(at, `expect ${t.expect} with decision ${t.decision}`);
    const matched = t.decision === 'auto' || t.decision === 'suggest';
    if ((t.ledger === null) !== Array.isArray(t.ledgerAnyOf)) bad(at, 'ledger null ⇔ ledgerAnyOf');
    const sets = t.ledgerAnyOf ?? [t.ledger ?? []];
    if (matched) {
      if (!sets[0].length) bad(at, 'matched to nothing');
      const who = t.ledgerAnyOf
        ? `anyOf:${JSON.stringify(t.ledgerAnyOf.map((s) => s.map((x) => x.row)).sort())}`
        : (t.group ?? `line:${t.ref.row}`);
      for (const s of sets) for (const ref of s) own(ref, who);
      const best = sets[0]
        .map((ref) => ev(`${t.ref.text} ${t.ref.reference ?? ''}`, bookText(ref)))
        .sort((a, b) => RANK[b] - RANK[a])[0];
      if (best !== t.evidence) bad(at, `evidence ${t.evidence}, recomputed ${best}`);
      if (t.decision === 'auto' && t.evidence === 'amount') bad(at, 'auto on amount alone');
    } else {
      if (t.evidence !== undefined) bad(at, 'evidence on an unmatched line');
      if (sets[0].length) bad(at, `${t.decision} with ledger rows`);
    }
    if ((t.kind !== undefined) !== (t.decision === 'bank-only')) bad(at, 'kind ⇔ bank-only');
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest')) bad(at, 'mustNotAuto ⇔ suggest');
    const hard = t.traits.includes('tie-refused') || t.traits.includes('part-payment');
    if (t.decision === 'suggest' && t.mustNotAuto !== hard) bad(at, 'mustNotAuto ≠ (tie or part payment)');
    if (t.ambiguous !== (t.decision === 'auto' && !!t.ledgerAnyOf)) bad(at, 'ambiguous ⇔ auto twins');
    if (t.difference !== undefined) {
      if (t.decision !== 'auto' || t.group) bad(at, 'difference on a non-auto or grouped line');
      const sum = (t.ledger ?? []).reduce((a, x) => a + minorOf(x.amount), 0);
      if (minorOf(t.ref.amount) - sum !== minorOf(t.difference)) bad(at, 'difference ≠ bank − books');
    } else if (t.decision === 'auto' && !t.group)
      for (const s of sets)
        if (s.reduce((a, x) => a + minorOf(x.amount), 0) !== minorOf(t.ref.amount)) bad(at, 'auto amounts differ');
    if (t.group) {
      const g = groups.get(t.group) ?? { sum: 0, ledger: JSON.stringify(t.ledger) };
      g.sum += minorOf(t.ref.amount);
      if (g.ledger !== JSON.stringify(t.ledger)) bad(at, 'group lines disagree');
      groups.set(t.group, g);
    }
    if ((t.partner !== null) !== (t.decision === 'reversal-pair')) bad(at, 'partner ⇔ reversal-pair');
    if (t.partner) {
      const p = bankRowOf.get(t.partner.row);
      if (!p || p.partner?.row !== t.ref.row) bad(at, 'partner does not point back');
      else if (minorOf(p.ref.amount) + minorOf(t.ref.amount) !== 0) bad(at, 'reversal does not cancel');
    }
    if (t.decision === 'none' || t.decision === 'bank-only')
      for (const r of entries)
        if (
          Math.abs(r.amount) === Math.abs(minorOf(t.ref.amount)) &&
          ev(`${t.ref.text} ${t.ref.reference ?? ''}`, `${r.text} ${r.ref ?? ''} ${r.party ?? ''}`) !== 'amount' &&
          !t.traits.includes('decoy')
        )
          bad(at, `shares a token with book row ${r.row} of its amount`);
  }
  for (const [id, g] of groups) {
    const sum = JSON.parse(g.ledger).reduce((a, x) => a + minorOf(x.amount), 0);
    if (sum !== g.sum) bad(W, `group ${id} does not add up`);
  }
  for (const x of truth.ledgerOnly) own(x, 'ledgerOnly');
  for (const r of entries) if (!owners.has(r.row)) bad(W, `entry ${r.row} owned by nothing`);

  // reconcile document
  const docName = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docName), 'utf8'));
  if (!validateDoc(doc)) bad(`${W}/${docName}`, JSON.stringify(validateDoc.errors.slice(0, 3)));
  if (doc.options.timezone !== truth.timezone) bad(W, 'document timezone');
  const byId = new Map(doc.bank.map((x) => [x.id, x]));
  if (doc.bank.length !== withMoney.length) bad(W, 'document bank count');
  for (const r of withMoney) {
    const x = byId.get(`${bf.file}#${r.row}`);
    if (
      !x ||
      x.date !== r.date ||
      x.amount !== major(r.amount) ||
      x.narration !== r.text ||
      x.reference !== r.ref ||
      x.balance !== major(r.balance) ||
      x.currency !== truth.currency
    )
      bad(W, `document bank line ${r.row} differs from the file`);
  }
  const lById = new Map(doc.ledger.map((x) => [x.id, x]));
  if (doc.ledger.length !== entries.length) bad(W, 'document ledger count');
  for (const r of entries) {
    const x = lById.get(`${lf.file}#${r.row}`);
    if (
      !x ||
      x.date !== r.date ||
      x.amount !== major(r.amount) ||
      x.description !== r.text ||
      x.reference !== r.ref ||
      x.party !== r.party ||
      x.account !== bf.ledgerAccount
    )
      bad(W, `document ledger row ${r.row} differs from the file`);
  }
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    bad(W, 'document statement balances');

  // index counts
  const dec = {};
  for (const t of truth.bank) dec[t.decision] = (dec[t.decision] ?? 0) + 1;
  const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  if (entry.bankLines !== truth.bank.length || entry.ledgerRows !== entries.length || !same(entry.decisions, dec))
    bad(W, 'index counts');
  if (
    entry.ledgerOnly !== truth.ledgerOnly.length ||
    entry.matched !== truth.bank.filter((t) => t.expect === 'match').length
  )
    bad(W, 'index counts (matched/ledgerOnly)');
  if (entry.mustNotAuto !== truth.bank.filter((t) => t.mustNotAuto === true).length) bad(W, 'index mustNotAuto');
  console.log(`${W}: ${truth.bank.length} lines, ${entries.length} entries checked`);
}
function mapHas(f, k) {
  return f.readOptions.mapping[k] !== undefined;
}
if (problems.length) {
  for (const p of problems) console.error(p);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log('holdout49: valid');
