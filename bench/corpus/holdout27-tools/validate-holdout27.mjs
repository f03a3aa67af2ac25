// Independent check of bench/corpus/holdout27 (or a folder given as the argument): imports nothing of the generator.
// Re-reads every file only through truth.json and checks balances, rows, ledger ownership, decision rules, evidence,
// the reconcile documents (schema and field by field) and index.json. Exit 1 with the list of problems.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2] ?? join(here, '..', 'holdout27');
const repo = join(here, '..', '..', '..');
const problems = [];
const bad = (set, msg) => problems.push(`${set}: ${msg}`);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schema = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs', 'reconcile-input.schema.json'), 'utf8')));

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const p2 = (n) => String(n).padStart(2, '0');
function parseDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return d.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:\s+\d{2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[ -]([A-Za-z]{3})[ -](\d{4})$/.exec(s);
  if (m && MON[m[2].toLowerCase()]) return `${m[3]}-${p2(MON[m[2].toLowerCase()])}-${p2(m[1])}`;
  m = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(s);
  if (m) return order === 'MDY' ? `${m[3]}-${m[1]}-${m[2]}` : `${m[3]}-${m[2]}-${m[1]}`;
  return undefined; // text that is no date (a label)
}
function minor(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).replace(/,/g, '').trim();
  if (!/^-?\d+(\.\d{1,2})?$/.test(s)) return undefined;
  const neg = s.startsWith('-');
  const [i, f = ''] = s.replace('-', '').split('.');
  const n = Number(i) * 100 + Number(f.padEnd(2, '0'));
  return neg ? -n : n;
}
const dec = (n) => {
  const s = Math.abs(n).toString().padStart(3, '0');
  return `${n < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
};

/** The sheet as rows of cells; vertically merged blocks give their value to every row they cover. */
function grid(path, sheet) {
  if (path.endsWith('.csv')) return parse(readFileSync(path, 'utf8'), { relax_column_count: true });
  const wb = XLSX.read(readFileSync(path));
  const ws = wb.Sheets[sheet];
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows = XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, blankrows: true, defval: null });
  for (const mg of ws['!merges'] ?? []) {
    const v = rows[mg.s.r]?.[mg.s.c];
    for (let r = mg.s.r + 1; r <= mg.e.r; r++) if (mg.s.c === mg.e.c) rows[r][mg.s.c] = v;
  }
  return rows;
}
const LABEL = /^(total|sub-total|opening balance|closing balance|beginning balance|ending balance|balance b\/f)/i;

/** Entries of a file, read through the mapping: { row, date, amt, text, reference, party, account, balance }. */
function readFile(dir, f, set) {
  const o = f.readOptions;
  const mp = o.mapping;
  const rows = grid(join(dir, f.file), o.sheet);
  const head = rows[f.headerRow - 1].map((h) => (h === null ? '' : String(h)));
  const col = (name) => {
    const i = head.indexOf(name);
    if (i < 0) bad(set, `${f.file}: no header "${name}" in row ${f.headerRow}`);
    return i;
  };
  const descs = [mp.description].flat().filter(Boolean).map(col);
  const nonEntry = new Set((f.nonEntryRows ?? []).map((x) => x.row));
  const out = [];
  for (let ri = f.headerRow; ri < rows.length; ri++) {
    const r = rows[ri] ?? [];
    const rowNo = ri + 1;
    const cell = (name) => (name ? r[col(name)] : null);
    const date = parseDate(cell(mp.date), o.dateOrder);
    const text = descs
      .map((i) => (r[i] === null || r[i] === undefined ? '' : String(r[i])))
      .filter(Boolean)
      .join(' — ');
    let amt = null;
    if (mp.amount) amt = minor(cell(mp.amount));
    else {
      const i = minor(cell(mp.moneyIn));
      const x = minor(cell(mp.moneyOut));
      if (i || x) amt = Math.abs(i ?? 0) - Math.abs(x ?? 0);
    }
    const bal = mp.balance ? minor(String(cell(mp.balance) ?? '').replace(/ (Dr|Cr)$/, '')) : null;
    const labelled = r.some((c) => typeof c === 'string' && LABEL.test(c.trim()));
    if (nonEntry.has(rowNo)) {
      if (amt === null && bal === null) bad(set, `${f.file}#${rowNo}: nonEntryRow without money`);
      continue;
    }
    if (amt === undefined) bad(set, `${f.file}#${rowNo}: unreadable amount`);
    if (labelled && amt) bad(set, `${f.file}#${rowNo}: labelled row with money not in nonEntryRows`);
    if (labelled || !date || amt === null || amt === 0) {
      if (amt && !date) bad(set, `${f.file}#${rowNo}: money without a date`);
      continue;
    }
    out.push({
      row: rowNo,
      date,
      amt,
      bal,
      text,
      reference: mp.reference ? String(cell(mp.reference) ?? '') || null : null,
      party: mp.party ? String(cell(mp.party) ?? '') || null : null,
      account: mp.account ? String(cell(mp.account) ?? '') : null,
    });
  }
  return out;
}

// evidence, by simple rules: numbers (3+ digits, leading zeros dropped, neighbours joined, 20xx years left out) and
// two neighbouring significant words
const numbers = (s) => {
  const gs = (s ?? '').match(/\d+/g) ?? [];
  const out = new Set();
  gs.forEach((g, i) => {
    const t = g.replace(/^0+/, '');
    if (t.length >= 3 && !/^20\d\d$/.test(g)) out.add(t);
    if (i + 1 < gs.length) out.add(`${g}${gs[i + 1]}`.replace(/^0+/, ''));
  });
  // a number written in dash- or space-separated groups (an RRR as 2570-6747-4404) is the groups joined
  for (const run of (s ?? '').match(/\d+(?:[- ]\d+)+/g) ?? []) out.add(run.replace(/[- ]/g, '').replace(/^0+/, ''));
  return out;
};
const STOP = new Set([
  'ltd',
  'limited',
  'the',
  'and',
  'of',
  'pty',
  'plc',
  'co',
  'to',
  'from',
  'for',
  'payment',
  'receipt',
  'being',
  'against',
  'refund',
  'cheque',
  'cash',
  'invoice',
  'inv',
  'no',
  'bill',
  'transfer',
]);
const words = (s) =>
  (s ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);
const pairs = (s) => {
  const w = words(s);
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++) if (!STOP.has(w[i]) && !STOP.has(w[i + 1])) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
};

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const set = entry.set;
  const dir = join(root, set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const work = (d) => {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !truth.publicHolidays.includes(d);
  };
  // ---- bank
  const lines = readFile(dir, bf, set);
  const chron = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let b = minor(bf.openingBalance);
  let prev = '';
  for (const l of chron) {
    b += l.amt;
    if (l.bal !== null && l.bal !== b) bad(set, `bank #${l.row}: balance ${dec(l.bal)} ≠ ${dec(b)}`);
    if (b < 0) bad(set, `bank #${l.row}: overdrawn`);
    if (l.date < prev) bad(set, `bank #${l.row}: date out of order`);
    prev = l.date;
    if (l.date < truth.period.from || l.date > truth.period.to || !work(l.date))
      bad(set, `bank #${l.row}: ${l.date} outside the working days of the period`);
  }
  if (b !== minor(bf.closingBalance)) bad(set, `bank closing ${dec(b)} ≠ ${bf.closingBalance}`);
  if (lines.length < 45 || lines.length > 70) bad(set, `${lines.length} bank lines`);
  if (truth.bank.length !== lines.length) bad(set, `truth has ${truth.bank.length} lines, file ${lines.length}`);
  truth.bank.forEach((t, i) => {
    const l = lines[i];
    if (
      !l ||
      l.row !== t.ref.row ||
      l.date !== t.ref.date ||
      dec(l.amt) !== t.ref.amount ||
      l.text !== t.ref.text ||
      (l.reference ?? undefined) !== t.ref.reference
    )
      bad(set, `truth line ${i} (${t.ref.row}) ≠ file row ${l?.row}`);
  });
  // ---- ledger
  const all = readFile(dir, lf, set);
  const led = lf.readOptions.mapping.account ? all.filter((e) => e.account === bf.ledgerAccount) : all;
  let lb = minor(lf.openingBalance);
  for (const e of led) {
    lb += e.amt;
    if (e.bal !== null && e.bal !== lb) bad(set, `ledger #${e.row}: balance ${dec(e.bal)} ≠ ${dec(lb)}`);
    if (e.date < truth.period.from || e.date > truth.period.to || !work(e.date))
      bad(set, `ledger #${e.row}: ${e.date} not a working day of the period`);
  }
  if (lb !== minor(lf.closingBalance)) bad(set, `ledger closing ${dec(lb)} ≠ ${lf.closingBalance}`);
  if (lf.openingBalance !== bf.openingBalance) bad(set, 'ledger opening ≠ bank opening');
  const byRow = new Map(led.map((e) => [e.row, e]));
  const owners = new Map();
  const own = (r, who) => {
    const e = byRow.get(r.row);
    if (!e || e.date !== r.date || dec(e.amt) !== r.amount)
      bad(set, `${who}: ledger ref ${r.row} has not that date and amount`);
    owners.set(r.row, [...(owners.get(r.row) ?? []), who]);
  };
  const groups = new Map();
  truth.bank.forEach((t) => {
    const who =
      t.group ??
      (t.ledgerAnyOf
        ? `anyOf:${t.ledgerAnyOf
            .flat()
            .map((x) => x.row)
            .sort()
            .join(',')}`
        : `line:${t.ref.row}`);
    // lines of one group (instalments) or one twin pair own their rows once
    for (const r of [...(t.ledger ?? []), ...(t.ledgerAnyOf ?? []).flat()]) {
      if (groups.has(`${who}#${r.row}`)) continue;
      groups.set(`${who}#${r.row}`, 1);
      own(r, who);
    }
  });
  for (const x of truth.ledgerOnly) own(x, `only:${x.row}`);
  for (const e of led) {
    const o = owners.get(e.row) ?? [];
    if (o.length !== 1) bad(set, `ledger #${e.row} owned by ${o.length} (${o.join(' ')})`);
  }
  // ---- decisions
  const EXP = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    none: 'no-counterpart',
    'reversal-pair': 'reversal-pair',
  };
  const lineAt = new Map(truth.bank.map((t) => [t.ref.row, t]));
  for (const t of truth.bank) {
    const at = `line ${t.ref.row}`;
    if (EXP[t.decision] !== t.expect) bad(set, `${at}: decision ${t.decision} with expect ${t.expect}`);
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest'))
      bad(set, `${at}: mustNotAuto only and always on suggest`);
    if (Boolean(t.ledgerAnyOf) !== (t.ledger === null) || Boolean(t.ledgerAnyOf) !== t.ambiguous)
      bad(set, `${at}: ledgerAnyOf/ledger null/ambiguous disagree`);
    if (t.traits.includes('tie') && !(t.decision === 'suggest' && t.mustNotAuto))
      bad(set, `${at}: a tie must be suggest + mustNotAuto`);
    if (t.traits.includes('twins') && t.decision !== 'auto') bad(set, `${at}: twins are auto`);
    if ((t.kind !== null) !== (t.decision === 'bank-only')) bad(set, `${at}: kind only on bank-only`);
    if (t.decision === 'bank-only' && !['charge', 'levy', 'tax', 'fee-vat', 'interest'].includes(t.kind))
      bad(set, `${at}: kind ${t.kind}`);
    if (t.difference && t.decision !== 'auto') bad(set, `${at}: difference on a ${t.decision}`);
    const ans = t.ledger ?? t.ledgerAnyOf?.[0] ?? [];
    if (t.expect === 'match' && !ans.length) bad(set, `${at}: a match without ledger rows`);
    if (t.expect !== 'match' && ans.length) bad(set, `${at}: ledger rows on ${t.expect}`);
    if (t.expect === 'match') {
      const bankSum = t.group
        ? truth.bank.filter((x) => x.group === t.group).reduce((s, x) => s + minor(x.ref.amount), 0)
        : minor(t.ref.amount);
      const diff = bankSum - ans.reduce((s, r) => s + minor(r.amount), 0);
      if (t.decision === 'auto') {
        if (diff !== minor(t.difference ?? '0.00'))
          bad(set, `${at}: difference ${dec(diff)} ≠ ${t.difference ?? 'none'}`);
        if (Math.abs(diff) * 10 > Math.abs(bankSum - diff)) bad(set, `${at}: difference over 10 %`);
        if (diff > 0 && !t.traits.includes('over-payment')) bad(set, `${at}: positive difference without over-payment`);
        if (diff < 0 && !t.traits.some((x) => x.startsWith('short-') || x === 'payer-deducted-charge'))
          bad(set, `${at}: negative difference without a short trait`);
      } else if (diff !== 0 && !t.traits.includes('part-payment')) bad(set, `${at}: suggestion of another amount`);
      // evidence
      const bankNums = numbers(`${t.ref.text} ${t.ref.reference ?? ''}`);
      const ledgerOf = (r) => led.find((e) => e.row === r.row) ?? { text: '' };
      const hasRef = ans.every((r) => {
        const e = ledgerOf(r);
        return [...numbers(`${e.reference ?? ''} ${e.text} ${e.party ?? ''}`)].some((n) => bankNums.has(n));
      });
      if ((t.evidence === 'reference') !== hasRef)
        bad(set, `${at}: evidence ${t.evidence} but reference overlap ${hasRef}`);
      const bp = pairs(`${t.ref.text} ${t.ref.reference ?? ''}`);
      const named = ans.every((r) => {
        const e = ledgerOf(r);
        return [...pairs(`${e.party ?? ''} ${e.text}`)].some((w) => bp.has(w));
      });
      if (t.evidence === 'counterparty' && !named) bad(set, `${at}: evidence counterparty without a shared name`);
      if (t.evidence === 'amount' && named && !t.traits.includes('settlement'))
        bad(set, `${at}: evidence amount but a shared name`);
      // an exact amount elsewhere in the books needs a trait that says why
      const others = led.filter(
        (e) =>
          dec(e.amt) === t.ref.amount &&
          !ans.some((r) => r.row === e.row) &&
          !(t.ledgerAnyOf ?? []).flat().some((r) => r.row === e.row),
      );
      if (
        others.length &&
        !t.traits.some((x) =>
          ['twins', 'tie', 'amount-shared-across-payers', 'failed-transfer', 'reversal'].includes(x),
        )
      )
        bad(set, `${at}: its amount is also ledger row ${others.map((e) => e.row)}`);
    }
    if (t.decision === 'reversal-pair') {
      const p = t.partner && lineAt.get(t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || minor(p.ref.amount) + minor(t.ref.amount) !== 0)
        bad(set, `${at}: reversal partner does not point back and cancel`);
    } else if (t.partner) bad(set, `${at}: partner on a ${t.decision}`);
  }
  // ---- reconcile document
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!schema(doc)) bad(set, `reconcile document: ${ajv.errorsText(schema.errors)}`);
  if (doc.bank.length !== lines.length) bad(set, 'document bank count');
  doc.bank.forEach((x, i) => {
    const l = lines[i] ?? {};
    if (
      x.id !== `${bf.file}#${l.row}` ||
      x.date !== l.date ||
      x.amount !== dec(l.amt) ||
      x.narration !== l.text ||
      x.reference !== l.reference ||
      x.balance !== dec(l.bal) ||
      x.currency !== truth.currency
    )
      bad(set, `document bank ${x.id} ≠ file`);
  });
  if (doc.ledger.length !== led.length) bad(set, 'document ledger count');
  doc.ledger.forEach((x, i) => {
    const e = led[i] ?? {};
    if (
      x.id !== `${lf.file}#${e.row}` ||
      x.date !== e.date ||
      x.amount !== dec(e.amt) ||
      x.description !== e.text ||
      x.reference !== e.reference ||
      x.party !== e.party ||
      x.account !== (e.account ?? null)
    )
      bad(set, `document ledger ${x.id} ≠ file`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    bad(set, 'document statement balances');
  // ---- index
  const n = (d) => truth.bank.filter((t) => t.decision === d).length;
  const m = truth.bank.filter((t) => t.expect === 'match');
  const want = {
    bankLines: lines.length,
    ledgerRows: led.length,
    decisions: {
      auto: n('auto'),
      suggest: n('suggest'),
      'bank-only': n('bank-only'),
      none: n('none'),
      'reversal-pair': n('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((t) => t.mustNotAuto).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: m.length,
    matchedWithoutReference: m.filter((t) => t.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(entry[k]) !== JSON.stringify(v))
      bad(set, `index ${k} ${JSON.stringify(entry[k])} ≠ ${JSON.stringify(v)}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout27 valid: ${index.sets.length} sets in ${root}`);
