// Re-reads every holdout50 file through its truth.json, without importing the generator.
// Usage: node bench/corpus/holdout50-tools/validate-holdout50.mjs [DIR]   (exit 1 on any problem)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import XLSX from 'xlsx';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const root = resolve(process.argv[2] ?? join(repo, 'bench/corpus/holdout50'));
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8')));

// ---- reading cells ----
function parseCsv(text) {
  const t = text.replace(/^\ufeff/, '');
  const firstLine = t.split(/\r?\n/)[0];
  const sep = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ';' : ',';
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
    else if (c === sep) {
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
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

function readGrid(path, sheet) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer', raw: true });
    const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
  }
  return parseCsv(readFileSync(path, 'utf8'));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const p2 = (n) => String(n).padStart(2, '0');
function parseDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  }
  const s = String(v).trim();
  let m = s.match(/^(\d{4})[-/](\d{2})[-/](\d{2})$/);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = s.match(/^(\d{2})[- ]([A-Za-z]{3})[- ](\d{4})$/);
  if (m) return `${m[3]}-${p2(MONTHS.indexOf(m[2].toLowerCase()) + 1)}-${m[1]}`;
  m = s.match(/^(\d{2})[-/](\d{2})[-/](\d{4})$/);
  if (m) return order === 'MDY' ? `${m[3]}-${m[1]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`;
  return undefined; // text that is no date
}

function minorOf(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/[\s,]/g, '');
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: ${v}`);
  const [i, d = ''] = s.replace('-', '').split('.');
  const n = Number(i) * 100 + Number(d.padEnd(2, '0'));
  return s.startsWith('-') ? -n : n;
}
const major = (minor) => {
  const s = String(Math.abs(minor)).padStart(3, '0');
  return `${minor < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

/** Rows of a file under its mapping: { row, date, minor, text, ref, party, account, balance, valueDate } */
function readRows(dir, f, where) {
  const grid = readGrid(join(dir, f.file), f.readOptions.sheet);
  const map = f.readOptions.mapping;
  const header = (grid[f.headerRow - 1] ?? []).map((c) => String(c ?? '').trim());
  const col = (name) => {
    if (name === undefined) return -1;
    const i = header.indexOf(name);
    if (i < 0) bad(where, `header row ${f.headerRow} has no column "${name}"`);
    return i;
  };
  const c = {
    date: col(map.date),
    valueDate: col(map.valueDate),
    desc: col(map.description),
    ref: col(map.reference),
    party: col(map.party),
    account: col(map.account),
    amount: col(map.amount),
    in: col(map.moneyIn),
    out: col(map.moneyOut),
    balance: col(map.balance),
    dir: map.direction ? col(map.direction.column) : -1,
  };
  const cell = (r, i) => (i < 0 ? null : (r[i] ?? null));
  const str = (v) => (v === null || v === undefined ? '' : String(v).trim());
  const out = [];
  for (let i = f.headerRow; i < grid.length; i++) {
    const r = grid[i] ?? [];
    const row = i + 1;
    const date = parseDate(cell(r, c.date), f.readOptions.dateOrder);
    let minor = null;
    if (c.amount >= 0) {
      const a = minorOf(cell(r, c.amount));
      if (a !== null && map.direction) {
        const t = str(cell(r, c.dir)).toLowerCase();
        const isOut = map.direction.out.map((x) => x.toLowerCase()).includes(t);
        const isIn = map.direction.in.map((x) => x.toLowerCase()).includes(t);
        if (!isOut && !isIn) bad(where, `row ${row}: direction "${t}" in neither list`);
        if (a < 0) bad(where, `row ${row}: unsigned amount written negative`);
        minor = isOut ? -a : a;
      } else minor = a;
    } else {
      const a = minorOf(cell(r, c.in));
      const b = minorOf(cell(r, c.out));
      if (a !== null && b !== null) bad(where, `row ${row}: money in both columns`);
      if (a !== null) minor = Math.abs(a);
      if (b !== null) minor = -Math.abs(b);
    }
    out.push({
      row,
      date,
      minor,
      text: str(cell(r, c.desc)),
      ref: str(cell(r, c.ref)) || null,
      party: str(cell(r, c.party)) || null,
      account: str(cell(r, c.account)) || null,
      balance: minorOf(cell(r, c.balance)),
      valueDate: c.valueDate >= 0 ? parseDate(cell(r, c.valueDate), f.readOptions.dateOrder) : null,
      blank: r.every((x) => x === null || x === ''),
      first: str(r[0]) || str(cell(r, c.desc)),
    });
  }
  return out;
}

// ---- the evidence rule, restated ----
const GENERIC = new Set(
  (
    'from with transfer trf payment pymt paid invoice inv being bank fees charge charges limited company services ' +
    'service account deposit salary salaries january february march april june july august september october ' +
    'november december part balance total settlement inward outward credit debit reversal reversed refund levy ' +
    'bulk batch receipt order cash cheque pesalink rtgs mpesa ventures enterprises trading nigeria ghana kenya ' +
    'africa south lagos accra nairobi johannesburg sons rubies kwahu habib current savings week weekly monthly ' +
    'month rent sales customer supplier vendor final first second half full payout hire fund funds ' +
    'mobile money momo branch online internet banking stamp duty electronic alert alerts maintenance expense ' +
    'expenses income other sundry misc general office staff wages ltd pty plc nig kes ghs zar ngn'
  ).split(/\s+/),
);
function toks(text) {
  const t = String(text ?? '');
  const nums = new Set(
    (t.match(/\d+/g) ?? []).map((x) => x.replace(/^0+/, '')).filter((x) => x.length >= 3 && !/^(19|20)\d\d$/.test(x)),
  );
  const codes = new Set(
    (t.match(/[A-Za-z0-9]+/g) ?? [])
      .filter((x) => x.length >= 6 && /\d/.test(x) && /[A-Za-z]/.test(x))
      .map((x) => x.toUpperCase()),
  );
  const words = new Set(
    (t.match(/[A-Za-z]+/g) ?? []).map((x) => x.toLowerCase()).filter((x) => x.length >= 4 && !GENERIC.has(x)),
  );
  return { nums, codes, words };
}
function evidence(a, b) {
  const x = toks(a);
  const y = toks(b);
  const any = (s, t) => [...s].some((v) => t.has(v));
  if (any(x.nums, y.nums) || any(x.codes, y.codes)) return 'reference';
  if (any(x.words, y.words)) return 'counterparty';
  return 'amount';
}

// ---- a set ----
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};

function validateSet(dir, idx) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = truth.set;
  const { from, to } = truth.period;
  const weekday = (iso) => new Date(`${iso}T00:00:00Z`).getUTCDay();
  const open = (iso) => weekday(iso) !== 0 && weekday(iso) !== 6 && !truth.publicHolidays.includes(iso);

  // statement
  const bf = truth.bankFiles[0];
  const srows = readRows(dir, bf, `${W}/${bf.file}`);
  const lines = [];
  for (const r of srows) {
    if (r.date === undefined && r.minor !== null) bad(W, `statement row ${r.row}: money without a date`);
    if (r.date && r.minor !== null) lines.push(r);
    else if (r.minor !== null) bad(W, `statement row ${r.row}: money without a date`);
    else if (r.date) bad(W, `statement row ${r.row}: a date without money`);
    else if (!r.blank && !/^(balance b\/f|balance c\/f|opening balance|this is a computer|\*\*\* end)/i.test(r.first))
      bad(W, `statement row ${r.row}: unexpected row "${r.first}"`);
  }
  const chrono = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let bal = minorOf(bf.openingBalance);
  let prev = from;
  for (const l of chrono) {
    bal += l.minor;
    if (l.balance !== bal) bad(W, `statement row ${l.row}: balance ${l.balance} ≠ ${bal}`);
    if (bal < 0) bad(W, `statement row ${l.row}: overdrawn`);
    if (l.date < prev) bad(W, `statement row ${l.row}: out of date order`);
    prev = l.date;
    if (l.date < from || l.date > to) bad(W, `statement row ${l.row}: outside the period`);
    if (!open(l.date)) bad(W, `statement row ${l.row}: on a closed day ${l.date}`);
    if (l.valueDate && l.valueDate < l.date) bad(W, `statement row ${l.row}: value date before the date`);
  }
  if (bal !== minorOf(bf.closingBalance)) bad(W, 'statement closing balance');
  const balOf = new Map(lines.map((l) => [l.row, l.balance]));

  // books
  const lf = truth.ledgerFiles[0];
  const brows = readRows(dir, lf, `${W}/${lf.file}`);
  const entries = brows.filter((r) => r.date && r.minor !== null);
  const nonEntry = brows.filter((r) => r.date && r.minor === null).map((r) => r.row);
  const declared = (lf.nonEntryRows ?? []).map((n) => n.row);
  if (JSON.stringify(nonEntry) !== JSON.stringify(declared))
    bad(W, `nonEntryRows ${declared} ≠ dated rows without money ${nonEntry}`);
  for (const r of brows) if (!r.date && r.minor !== null) bad(W, `ledger row ${r.row}: money without a date`);
  let lbal = minorOf(lf.openingBalance);
  for (const e of entries) {
    lbal += e.minor;
    if (e.balance !== null && e.balance !== lbal) bad(W, `ledger row ${e.row}: balance ${e.balance} ≠ ${lbal}`);
    if (e.date < from || e.date > to) bad(W, `ledger row ${e.row}: outside the period`);
    if (lf.readOptions.mapping.account && e.account !== bf.ledgerAccount)
      bad(W, `ledger row ${e.row}: another account`);
  }
  if (lbal !== minorOf(lf.closingBalance)) bad(W, 'ledger closing balance');
  const entryOf = new Map(entries.map((e) => [e.row, e]));
  const bookText = (e) => [e.text, e.ref, e.party].filter(Boolean).join(' ');

  // truth lines against the statement
  if (truth.bank.length !== lines.length)
    bad(W, `${truth.bank.length} truth lines for ${lines.length} statement lines`);
  if (lines.length < 60 || lines.length > 110) bad(W, `${lines.length} lines`);
  const lineOf = new Map(lines.map((l) => [l.row, l]));
  truth.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l || l.row !== b.ref.row) return bad(W, `truth line ${i} is row ${b.ref.row}, file order says ${l?.row}`);
    if (
      b.ref.file !== bf.file ||
      b.ref.date !== l.date ||
      b.ref.amount !== major(l.minor) ||
      b.ref.text !== l.text ||
      b.ref.reference !== l.ref
    )
      bad(W, `row ${l.row}: truth ref differs from the file`);
  });
  const refOk = (r) => {
    const e = entryOf.get(r.row);
    if (!e || r.file !== lf.file || r.date !== e.date || r.amount !== major(e.minor)) {
      bad(W, `ledger ref ${r.file}#${r.row} names no entry of its date and amount`);
      return null;
    }
    return e;
  };

  // decisions
  const owner = new Map();
  const own = (row, key) => {
    if (owner.has(row) && owner.get(row) !== key) bad(W, `ledger row ${row} owned twice`);
    owner.set(row, key);
  };
  const groups = new Map();
  for (const b of truth.bank) if (b.group) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
  for (const b of truth.bank) {
    const at = `${W} row ${b.ref.row}`;
    const line = lineOf.get(b.ref.row);
    if (!line) continue;
    if (EXPECT[b.decision] !== b.expect) bad(at, `expect ${b.expect} with decision ${b.decision}`);
    const matched = b.decision === 'auto' || b.decision === 'suggest';
    if (matched !== (b.evidence !== undefined)) bad(at, 'evidence only on auto/suggest');
    if ((b.decision === 'bank-only') !== (b.kind !== undefined)) bad(at, 'kind ⇔ bank-only');
    if ((b.decision === 'suggest') !== (b.mustNotAuto !== undefined)) bad(at, 'mustNotAuto ⇔ suggest');
    if ((b.ledger === null) !== (b.ledgerAnyOf !== undefined)) bad(at, 'ledgerAnyOf ⇔ ledger null');
    const twins = b.decision === 'auto' && b.ledgerAnyOf !== undefined;
    if (b.ambiguous !== twins) bad(at, 'ambiguous ⇔ auto twins');
    if (b.mustNotAuto === true && !(b.traits.includes('tie') || b.traits.includes('part-payment')))
      bad(at, 'mustNotAuto true without a tie or part payment');
    if (!matched && (b.ledger?.length ?? 0) > 0) bad(at, 'ledger rows on an unmatched line');
    if (b.difference !== undefined && b.decision !== 'auto') bad(at, 'difference off auto');
    const sets = b.ledgerAnyOf ?? [b.ledger];
    const key = b.ledgerAnyOf
      ? JSON.stringify(
          b.ledgerAnyOf
            .flat()
            .map((r) => r.row)
            .sort(),
        )
      : (b.group ?? `line${b.ref.row}`);
    for (const s of sets) for (const r of s) if (refOk(r)) own(r.row, key);
    if (matched) {
      const grp = b.group ? groups.get(b.group) : [b];
      const gtext = grp.map((x) => [x.ref.text, x.ref.reference].filter(Boolean).join(' ')).join(' ');
      const es = sets[0].map((r) => entryOf.get(r.row)).filter(Boolean);
      const ev = evidence(gtext, es.map(bookText).join(' '));
      if (ev !== b.evidence) bad(at, `evidence ${b.evidence}, the rule says ${ev}`);
      if (b.decision === 'auto' && ev === 'amount') bad(at, 'auto on amount alone');
      const lineSum = grp.reduce((s, x) => s + minorOf(x.ref.amount), 0);
      for (const s of sets) {
        const rowSum = s.reduce((t, r) => t + minorOf(r.amount), 0);
        if (b.decision === 'auto' && lineSum - rowSum !== minorOf(b.difference ?? '0.00'))
          bad(at, 'group does not add up');
      }
      for (const x of grp)
        if (JSON.stringify(x.ledger) !== JSON.stringify(b.ledger) || x.decision !== b.decision)
          bad(at, 'group lines disagree');
      if (b.decision === 'auto') {
        const mine = new Set(sets.flat().map((r) => r.row));
        for (const e of entries)
          if (
            !mine.has(e.row) &&
            e.minor === line.minor &&
            evidence([line.text, line.ref].filter(Boolean).join(' '), bookText(e)) !== 'amount'
          )
            bad(at, `entry row ${e.row} of the same amount shares a token`);
      }
    }
    if (b.decision === 'reversal-pair') {
      const p = truth.bank.find((x) => x.ref.row === b.partner?.row);
      if (!p || p.partner?.row !== b.ref.row) bad(at, 'partner does not point back');
      else if (minorOf(p.ref.amount) !== -minorOf(b.ref.amount)) bad(at, 'reversal does not cancel');
    } else if (b.partner !== null) bad(at, 'partner on a line that is no reversal');
    if ((b.decision === 'none' || b.decision === 'bank-only') && !b.traits.includes('decoy'))
      for (const e of entries)
        if (
          e.minor === line.minor &&
          evidence([line.text, line.ref].filter(Boolean).join(' '), bookText(e)) !== 'amount'
        )
          bad(at, `${b.decision} line shares a token with entry row ${e.row} of its amount`);
  }
  for (const o of truth.ledgerOnly) if (refOk(o)) own(o.row, `only${o.row}`);
  for (const e of entries) if (!owner.has(e.row)) bad(W, `ledger row ${e.row} owned by nothing`);

  // the reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validateDoc(doc)) bad(W, `reconcile document: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options.timezone !== truth.timezone) bad(W, 'timezone');
  if (doc.bank.length !== lines.length) bad(W, 'reconcile bank count');
  const docLines = new Map(doc.bank.map((x) => [x.id, x]));
  for (const l of lines) {
    const x = docLines.get(`${bf.file}#${l.row}`);
    if (
      !x ||
      x.date !== l.date ||
      x.amount !== major(l.minor) ||
      x.narration !== l.text ||
      x.reference !== l.ref ||
      x.balance !== major(balOf.get(l.row)) ||
      x.currency !== truth.currency ||
      x.counterparty !== null
    )
      bad(W, `reconcile bank ${l.row} differs from the file`);
  }
  if (doc.ledger.length !== entries.length) bad(W, 'reconcile ledger count');
  const docRows = new Map(doc.ledger.map((x) => [x.id, x]));
  for (const e of entries) {
    const x = docRows.get(`${lf.file}#${e.row}`);
    if (
      !x ||
      x.date !== e.date ||
      x.amount !== major(e.minor) ||
      x.description !== e.text ||
      x.reference !== e.ref ||
      x.party !== e.party ||
      x.account !== bf.ledgerAccount
    )
      bad(W, `reconcile ledger ${e.row} differs from the file`);
  }
  const st = doc.statement;
  if (st.from !== from || st.to !== to || st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    bad(W, 'statement block');

  // the index
  const count = (f) => truth.bank.filter(f).length;
  const decisions = {};
  for (const b of truth.bank) decisions[b.decision] = (decisions[b.decision] ?? 0) + 1;
  const kinds = {};
  for (const b of truth.bank) if (b.kind) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  const want = {
    bankLines: lines.length,
    ledgerRows: entries.length,
    decisions,
    mustNotAuto: count((b) => b.mustNotAuto === true),
    autoWithDifference: count((b) => b.decision === 'auto' && b.difference !== undefined),
    ledgerOnly: truth.ledgerOnly.length,
    matched: count((b) => b.expect === 'match'),
    matchedWithoutReference: count((b) => b.expect === 'match' && b.evidence !== 'reference'),
    bankOnlyKinds: kinds,
    reversalPairs: count((b) => b.decision === 'reversal-pair') / 2,
  };
  const sortKeys = (o) => JSON.stringify(o, Object.keys(o).sort());
  for (const [k, v] of Object.entries(want)) {
    const got = idx[k];
    const same = typeof v === 'object' ? sortKeys(v) === sortKeys(got ?? {}) : v === got;
    if (!same) bad(W, `index ${k} ${JSON.stringify(got)} ≠ ${JSON.stringify(v)}`);
  }
  return lines.length;
}

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const s of index.sets) {
  try {
    const n = validateSet(join(root, s.set), s);
    console.log(`${s.set}: ${n} lines checked`);
  } catch (err) {
    bad(s.set, err.message);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('holdout50: every file agrees with its truth');
