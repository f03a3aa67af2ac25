// Re-reads every file of bench/corpus/holdout28 (or the folder given) only through its truth.json and checks every
// truth row, the decision rules, the reconcile documents (schema and field by field) and index.json. Imports nothing
// of the generator, so that a generator bug is not checked by itself.
//
//   node bench/corpus/holdout28-tools/validate-holdout28.mjs [DIR]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '..', 'holdout28'));
const schema = JSON.parse(readFileSync(join(here, '..', '..', '..', 'docs', 'reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(schema);

const problems = [];
const fail = (where, what) => problems.push(`${where}: ${what}`);

// ------------------------------------------------------------------------------------------------ reading cells

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== s ? null : s;
};

/** a date cell as written: a spreadsheet day number, YYYY-MM-DD, DD/MM/YYYY (or MDY), DD-MMM-YYYY, D MMM YYYY */
function readDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/);
  if (m) return order === 'MDY' ? iso(+m[3], +m[1], +m[2]) : order === 'DMY' ? iso(+m[3], +m[2], +m[1]) : null;
  m = s.match(/^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/);
  if (m && MON[m[2].toLowerCase()]) return iso(+m[3], MON[m[2].toLowerCase()], +m[1]);
  return null;
}

/** money as written: 1,234.56 / 1234.56 / a number / "1,234.56 Cr" (Dr negative) → integer minor units or null */
function readMoney(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Math.round(v * 100);
  let s = String(v).trim();
  if (s === '') return null;
  let sign = 1;
  const suffix = s.match(/\s*(Cr|Dr|CR|DR)$/);
  if (suffix) {
    if (suffix[1].toLowerCase() === 'dr') sign = -1;
    s = s.slice(0, -suffix[0].length);
  }
  if (/^\(.*\)$/.test(s)) {
    sign = -sign;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    sign = -sign;
    s = s.slice(1);
  }
  if (!/^\d{1,3}(,\d{3})*(\.\d{2})?$|^\d+(\.\d{2})?$/.test(s)) return undefined;
  const [u, c = '00'] = s.replace(/,/g, '').split('.');
  return sign * (Number(u) * 100 + Number(c));
}

const text = (v) => (v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v));

/** the file as a grid of raw cells (rows 1-based as index + 1), vertically merged blocks spread down */
function readGrid(path, sheet) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { cellDates: false });
    const name = sheet ?? wb.SheetNames[0];
    const ws = wb.Sheets[name];
    if (!ws) throw new Error(`no sheet ${name}`);
    const grid = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: null });
    for (const mg of ws['!merges'] ?? []) {
      if (mg.e.r === mg.s.r) continue;
      const v = grid[mg.s.r]?.[mg.s.c] ?? null;
      for (let r = mg.s.r + 1; r <= mg.e.r; r++) {
        grid[r] = grid[r] ?? [];
        grid[r][mg.s.c] = v;
      }
    }
    return grid;
  }
  const raw = readFileSync(path, 'utf8');
  const delimiter = raw.split('\n').filter((l) => l.includes('\t')).length > 3 ? '\t' : ',';
  return parse(raw, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: false, bom: true });
}

const LABEL =
  /^(total|sub-total|current total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f|brought forward|carried forward|end of statement)/i;

/**
 * The entries of a file read as its truth says: rows after the header with a date and money; non-entry rows
 * (listed, labelled or footers) passed over, with the checks that say they were rightly passed over.
 */
function readEntries(where, path, spec, nonEntryRows) {
  const grid = readGrid(path, spec.readOptions.sheet);
  const map = spec.readOptions.mapping;
  const head = (grid[spec.headerRow - 1] ?? []).map(text);
  const col = (name) => {
    const k = head.indexOf(name);
    if (k < 0) fail(where, `header row ${spec.headerRow} has no column "${name}" (${head.join(' | ')})`);
    return k;
  };
  const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const cols = {
    date: col(map.date),
    desc: list(map.description).map(col),
    ref: map.reference ? col(map.reference) : -1,
    party: map.party ? col(map.party) : -1,
    account: map.account ? col(map.account) : -1,
    amount: map.amount ? col(map.amount) : -1,
    in: map.moneyIn ? col(map.moneyIn) : -1,
    out: map.moneyOut ? col(map.moneyOut) : -1,
    balance: map.balance ? col(map.balance) : -1,
  };
  const listed = new Set((nonEntryRows ?? []).map((n) => n.row));
  const entries = [];
  for (let r = spec.headerRow + 1; r <= grid.length; r++) {
    const cells = grid[r - 1] ?? [];
    const at = (k) => (k >= 0 ? cells[k] : null);
    const money = (k) => {
      const m = readMoney(at(k));
      if (m === undefined) fail(where, `row ${r}: "${text(at(k))}" is no amount`);
      return m ?? null;
    };
    const date = readDate(at(cols.date), spec.readOptions.dateOrder);
    const inM = money(cols.in);
    const outM = money(cols.out);
    const amtM = money(cols.amount);
    const bal = money(cols.balance);
    const hasMoney = [inM, outM, amtM, bal].some((x) => x !== null);
    const description = cols.desc
      .map((k) => text(at(k)))
      .filter((t) => t !== '')
      .join(' — ');
    const labelled = LABEL.test(text(cells[0])) || LABEL.test(description) || LABEL.test(text(at(cols.date)));
    if (listed.has(r)) continue;
    if (labelled && hasMoney) {
      fail(where, `row ${r} is a labelled row with money but not in nonEntryRows`);
      continue;
    }
    if (!hasMoney) continue;
    if (!date) {
      fail(where, `row ${r} has money but no date`);
      continue;
    }
    let amount;
    if (cols.amount >= 0) amount = amtM ?? 0;
    else amount = Math.abs(inM ?? 0) - Math.abs(outM ?? 0);
    if ((inM ?? 0) !== 0 && (outM ?? 0) !== 0) fail(where, `row ${r} has money on both sides`);
    if (amount === 0) fail(where, `row ${r} moves no money`);
    entries.push({
      row: r,
      date,
      amount,
      balance: bal,
      text: description,
      reference: cols.ref >= 0 ? text(at(cols.ref)) : '',
      party: cols.party >= 0 ? text(at(cols.party)) : '',
      account: cols.account >= 0 ? text(at(cols.account)) : '',
    });
  }
  for (const n of nonEntryRows ?? []) if (!grid[n.row - 1]) fail(where, `nonEntryRows row ${n.row} does not exist`);
  return entries;
}

// ------------------------------------------------------------------------------------------------ what cells carry

const STOPWORDS = new Set(
  'LTD LIMITED PLC PTY THE AND FOR FROM WITH PAYMENT PAYMENTS PMT RECEIPT RECEIVED TRANSFER TRF INV INVOICE BILL REF NIP DR CR OUT SUPPLY GOODS BEING AGAINST OUR YOUR NOV DEC OCT SEP FEB JAN BAL NO'.split(
    ' ',
  ),
);

/** numbers a text carries: digit groups of 3+ (leading zeros dropped, 20xx years left out), dash/space runs joined */
function numbers(s) {
  const out = new Set();
  const year = (g) => g.length === 4 && g.startsWith('20');
  const put = (g) => {
    const t = g.replace(/^0+/, '');
    if (g.length >= 3 && t) out.add(t);
  };
  for (const run of String(s).match(/\d+(?:[- ]\d+)*/g) ?? []) {
    const groups = run.split(/[- ]/);
    groups.filter((g) => !year(g)).forEach(put);
    if (groups.length > 1) {
      put(groups.join(''));
      const kept = groups.filter((g) => !year(g));
      if (kept.length > 1 && kept.length < groups.length) put(kept.join(''));
    }
  }
  return out;
}
const carriesNumberOf = (ledgerText, bankText) => {
  const b = numbers(bankText);
  return [...numbers(ledgerText)].some((n) => b.has(n));
};
const words = (s) =>
  (
    String(s)
      .toUpperCase()
      .match(/[A-Z]+/g) ?? []
  ).filter((w) => w.length > 2 && !STOPWORDS.has(w));
const carriesNameOf = (ledgerText, bankText) => {
  const b = words(bankText);
  const l = words(ledgerText);
  const adjacent = new Set(b.slice(1).map((w, k) => `${b[k]}|${w}`));
  return l.slice(1).some((w, k) => adjacent.has(`${l[k]}|${w}`));
};

// ------------------------------------------------------------------------------------------------ one set

const dec = (m) => {
  const a = Math.abs(m);
  return `${m < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const minor = (s) => readMoney(s.replace(/^-/, '')) * (s.startsWith('-') ? -1 : 1);
const key = (r) => `${r.file}#${r.row}`;

function checkSet(dir) {
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const S = truth.set;
  const holidays = new Set(truth.publicHolidays ?? []);
  const working = (d) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6 && !holidays.has(d);
  };
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const counts = {
    bankLines: 0,
    ledgerRows: 0,
    decisions: { auto: 0, suggest: 0, 'bank-only': 0, none: 0, 'reversal-pair': 0 },
    mustNotAuto: 0,
    ledgerOnly: truth.ledgerOnly.length,
    matched: 0,
    matchedWithoutReference: 0,
  };

  // ---- the ledger
  const ledgerRows = new Map();
  let ledgerOpening = null;
  for (const lf of truth.ledgerFiles) {
    const where = `${S}/${lf.file}`;
    let entries = readEntries(where, join(dir, lf.file), lf, lf.nonEntryRows);
    const account = truth.bankFiles[0].ledgerAccount;
    if (lf.readOptions.mapping.account) entries = entries.filter((e) => e.account === account);
    ledgerOpening = minor(lf.openingBalance);
    let bal = ledgerOpening;
    for (const e of entries) {
      bal += e.amount;
      if (lf.readOptions.mapping.balance && e.balance !== null && e.balance !== bal)
        fail(where, `row ${e.row}: running balance ${dec(e.balance)}, expected ${dec(bal)}`);
      if (!inPeriod(e.date) || !working(e.date)) fail(where, `row ${e.row}: ${e.date} is no working day of the period`);
      ledgerRows.set(key({ file: lf.file, row: e.row }), { ...e, file: lf.file });
    }
    if (bal !== minor(lf.closingBalance))
      fail(where, `opening + rows = ${dec(bal)}, closing says ${lf.closingBalance}`);
  }
  counts.ledgerRows = ledgerRows.size;

  // ---- the statements
  for (const bf of truth.bankFiles) {
    const where = `${S}/${bf.file}`;
    const entries = readEntries(where, join(dir, bf.file), bf, bf.nonEntryRows);
    counts.bankLines += entries.length;
    if (entries.length < 50 || entries.length > 80) fail(where, `${entries.length} lines (50–80 expected)`);
    if (minor(bf.openingBalance) !== ledgerOpening) fail(where, 'bank and books do not open on the same balance');
    const chrono = bf.order === 'newest-first' ? [...entries].reverse() : entries;
    let bal = minor(bf.openingBalance);
    let prev = '';
    for (const e of chrono) {
      bal += e.amount;
      if (e.balance !== null && e.balance !== bal)
        fail(where, `row ${e.row}: balance ${dec(e.balance)}, expected ${dec(bal)}`);
      if (bal < 0) fail(where, `row ${e.row}: the account is overdrawn`);
      if (e.date < prev) fail(where, `row ${e.row}: dates out of order`);
      prev = e.date;
      if (!inPeriod(e.date) || !working(e.date)) fail(where, `row ${e.row}: ${e.date} is no working day of the period`);
    }
    if (bal !== minor(bf.closingBalance))
      fail(where, `opening + lines = ${dec(bal)}, closing says ${bf.closingBalance}`);

    const lines = truth.bank.filter((b) => b.ref.file === bf.file);
    if (lines.length !== entries.length) fail(where, `${entries.length} statement rows, ${lines.length} truth lines`);
    entries.forEach((e, k) => {
      const t = lines[k];
      if (!t) return;
      const r = t.ref;
      if (r.row !== e.row || r.date !== e.date || minor(r.amount) !== e.amount || r.text !== e.text)
        fail(
          where,
          `truth line ${k + 1} (${r.row} ${r.date} ${r.amount} "${r.text}") ≠ row ${e.row} ${e.date} ${dec(e.amount)} "${e.text}"`,
        );
      if ((r.reference ?? '') !== e.reference)
        fail(where, `row ${e.row}: reference "${r.reference}" ≠ "${e.reference}"`);
    });
    const entryOf = new Map(entries.map((e) => [key({ file: bf.file, row: e.row }), e]));

    // ---- every truth line
    const owner = new Map();
    const own = (r, who, where2) => {
      const k = key(r);
      const lr = ledgerRows.get(k);
      if (!lr) return fail(where2, `ledger ref ${k} is no entry of the account`);
      if (lr.date !== r.date || lr.amount !== minor(r.amount))
        fail(where2, `ledger ref ${k} says ${r.date} ${r.amount}, the row is ${lr.date} ${dec(lr.amount)}`);
      if (owner.has(k) && owner.get(k) !== who) fail(where2, `ledger row ${k} owned twice (${owner.get(k)}, ${who})`);
      owner.set(k, who);
    };
    const expectOf = {
      auto: 'match',
      suggest: 'match',
      'bank-only': 'bank-only',
      'reversal-pair': 'reversal-pair',
      none: 'no-counterpart',
    };
    const groups = new Map();
    for (const t of lines) {
      const w = `${where} row ${t.ref.row}`;
      const e = entryOf.get(key(t.ref));
      const traits = t.traits ?? [];
      counts.decisions[t.decision] = (counts.decisions[t.decision] ?? 0) + 1;
      if (expectOf[t.decision] !== t.expect) fail(w, `decision ${t.decision} with expect ${t.expect}`);
      if ((t.decision === 'suggest') !== 'mustNotAuto' in t) fail(w, 'mustNotAuto only and always on suggestions');
      if (t.mustNotAuto) counts.mustNotAuto++;
      const anyOf = 'ledgerAnyOf' in t;
      if (anyOf !== (t.ledger === null) || anyOf !== t.ambiguous)
        fail(w, 'ledgerAnyOf, ledger: null and ambiguous go together');
      if (traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true && anyOf))
        fail(w, 'a tie is a suggestion that must not be auto-confirmed');
      if (traits.includes('twins') && anyOf && t.decision !== 'auto') fail(w, 'indistinguishable twins are auto');
      const kinds = ['charge', 'levy', 'tax', 'interest', 'fee-vat', 'unknown'];
      if (t.decision === 'bank-only' ? !kinds.includes(t.kind) : t.kind !== null)
        fail(w, `kind ${t.kind} with ${t.decision}`);
      const answers = anyOf ? t.ledgerAnyOf : t.ledger && t.ledger.length ? [t.ledger] : [];
      if (t.expect === 'match' && !answers.length) fail(w, 'a match without ledger rows');
      if (t.expect !== 'match' && answers.length) fail(w, `${t.expect} with ledger rows`);
      const who = anyOf
        ? `anyOf:${t.ledgerAnyOf.flat().map(key).sort().join(',')}`
        : t.group
          ? `group:${t.group}`
          : `line:${t.ref.row}`;
      for (const a of answers) for (const r of a) own(r, who, w);
      if (t.group) {
        const g = groups.get(t.group) ?? { lines: [], ledger: JSON.stringify((t.ledger ?? []).map(key).sort()) };
        if (g.ledger !== JSON.stringify((t.ledger ?? []).map(key).sort()))
          fail(w, `group ${t.group} lines name other rows`);
        g.lines.push(t);
        groups.set(t.group, g);
      }

      // the difference: bank − ledger, groups summed
      if (t.decision === 'auto' && t.ledger) {
        const members = t.group ? lines.filter((x) => x.group === t.group) : [t];
        const diff =
          members.reduce((s, x) => s + minor(x.ref.amount), 0) - t.ledger.reduce((s, r) => s + minor(r.amount), 0);
        if ((t.difference ?? null) !== (diff === 0 ? null : dec(diff)))
          fail(w, `difference ${t.difference}, computed ${dec(diff)}`);
        const base = Math.abs(t.ledger.reduce((s, r) => s + minor(r.amount), 0));
        if (Math.abs(diff) * 10 > base) fail(w, 'difference above 10 %');
        const sign = Math.sign(diff) * Math.sign(minor(t.ref.amount));
        if (sign > 0 && !traits.includes('over-payment')) fail(w, 'a positive difference without over-payment');
        if (sign < 0 && !traits.some((x) => x.startsWith('short-') || x === 'payer-deducted-charge'))
          fail(w, 'a negative difference without a short-* or payer-deducted-charge trait');
      } else if ('difference' in t) fail(w, 'difference on a line that is not auto');
      if (t.decision === 'suggest' && t.ledger) {
        const sum = t.ledger.reduce((s, r) => s + minor(r.amount), 0);
        if (sum !== minor(t.ref.amount) && !traits.includes('part-payment')) fail(w, 'a suggestion of another amount');
      }

      // what the cells carry
      if (e && answers.length) {
        const bankText = `${e.text} ${e.reference}`;
        counts.matched++;
        if (t.evidence !== 'reference') counts.matchedWithoutReference++;
        for (const a of answers) {
          const rows = a.map((r) => ledgerRows.get(key(r))).filter(Boolean);
          const allNum = rows.every((r) => carriesNumberOf(`${r.reference} ${r.text} ${r.party}`, bankText));
          const name = rows.some((r) => carriesNameOf(`${r.party} ${r.text}`, bankText));
          if ((t.evidence === 'reference') !== allNum)
            fail(w, `evidence ${t.evidence}, but a shared number is ${allNum ? '' : 'not '}there`);
          if (t.evidence === 'counterparty' && !name)
            fail(w, 'evidence counterparty without the name in the bank cells');
          if (t.evidence === 'amount' && name && !traits.includes('settlement'))
            fail(w, 'evidence amount, but the name is there');
        }
      } else if (t.evidence !== null) fail(w, 'evidence on a line without ledger rows');

      // an exact amount in another ledger row is always explained
      const mine = new Set(answers.flat().map(key));
      const rivals = [...ledgerRows.values()].filter((r) => r.amount === minor(t.ref.amount) && !mine.has(key(r)));
      const reasons = ['twins', 'tie', 'amount-shared-across-payers', 'failed-transfer', 'reversal'];
      if (rivals.length && !traits.some((x) => reasons.includes(x)))
        fail(w, `${t.ref.amount} is also ledger row(s) ${rivals.map((r) => r.row).join(', ')}`);

      // reversal pairs point at each other and cancel
      if (t.decision === 'reversal-pair') {
        const p = lines.find((x) => x.partner && key(x.ref) === key(t.partner ?? {}));
        if (!p || key(p.partner) !== key(t.ref)) fail(w, 'reversal partner does not point back');
        else if (minor(p.ref.amount) + minor(t.ref.amount) !== 0) fail(w, 'reversal pair does not cancel');
      } else if (t.partner !== null) fail(w, 'partner on a line that is no reversal');
    }
    for (const [g, v] of groups) if (v.lines.length < 2) fail(where, `group ${g} has one line`);

    for (const lo of truth.ledgerOnly) own(lo, `ledgerOnly:${lo.row}`, `${S} ledgerOnly`);
    for (const k of ledgerRows.keys())
      if (!owner.has(k)) fail(S, `ledger row ${k} belongs to no truth line and is not ledgerOnly`);

    // ---- the reconcile document: the schema, then every field against the files
    const docPath = join(dir, `reconcile.${bf.file}.json`);
    const doc = JSON.parse(readFileSync(docPath, 'utf8'));
    if (!validateDoc(doc)) fail(docPath, ajv.errorsText(validateDoc.errors));
    const bankIds = entries.map((e) => `${bf.file}#${e.row}`);
    if (JSON.stringify(doc.bank.map((b) => b.id)) !== JSON.stringify(bankIds))
      fail(docPath, 'bank ids are not the file rows in file order');
    for (const b of doc.bank) {
      const e = entryOf.get(b.id);
      if (!e) continue;
      const chrono = bf.order === 'newest-first' ? [...entries].reverse() : entries;
      let run = minor(bf.openingBalance);
      for (const x of chrono) {
        run += x.amount;
        if (x === e) break;
      }
      if (
        b.date !== e.date ||
        minor(b.amount) !== e.amount ||
        b.narration !== e.text ||
        (b.reference ?? '') !== e.reference
      )
        fail(docPath, `${b.id} differs from the file`);
      if (b.currency !== truth.currency || b.counterparty !== null || minor(b.balance) !== run)
        fail(docPath, `${b.id}: currency, counterparty or balance`);
    }
    const ledgerIds = [...ledgerRows.keys()];
    if (JSON.stringify(doc.ledger.map((l) => l.id)) !== JSON.stringify(ledgerIds))
      fail(docPath, 'ledger ids are not the account rows in file order');
    for (const l of doc.ledger) {
      const r = ledgerRows.get(l.id);
      if (!r) continue;
      const same =
        l.date === r.date &&
        minor(l.amount) === r.amount &&
        l.currency === truth.currency &&
        (l.reference ?? '') === r.reference &&
        (l.description ?? '') === r.text &&
        (l.party ?? '') === r.party &&
        (l.account ?? '') === r.account;
      if (!same) fail(docPath, `${l.id} differs from the file`);
    }
    const st = doc.statement;
    if (
      st.from !== truth.period.from ||
      st.to !== truth.period.to ||
      st.bankBalance !== bf.closingBalance ||
      st.bookBalance !== truth.ledgerFiles[0].closingBalance
    )
      fail(docPath, 'statement period or balances');
    if (JSON.stringify(doc.options) !== JSON.stringify({ timezone: truth.timezone }))
      fail(docPath, 'options hold more than the timezone');
  }
  return counts;
}

// ------------------------------------------------------------------------------------------------ all sets

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const sets = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'truth.json')))
  .sort();
if (JSON.stringify(sets) !== JSON.stringify(index.sets.map((s) => s.set).sort()))
  fail('index.json', 'sets differ from the folders');
for (const d of sets) {
  let counts;
  try {
    counts = checkSet(join(root, d));
  } catch (err) {
    fail(d, `could not be read: ${err.message}`);
    continue;
  }
  const ix = index.sets.find((s) => s.set === d);
  for (const k of Object.keys(counts)) {
    if (JSON.stringify(counts[k]) !== JSON.stringify(ix?.[k]))
      fail(`index.json ${d}`, `${k} ${JSON.stringify(ix?.[k])}, counted ${JSON.stringify(counts[k])}`);
  }
  console.log(
    `${d}: ${counts.bankLines} bank lines, ${counts.ledgerRows} ledger rows, ${JSON.stringify(counts.decisions)}`,
  );
}
if (problems.length) {
  console.error(`${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`holdout28 valid (${root})`);
