// Re-reads every file of holdout30 through its truth.json and checks every truth row. Imports nothing of the
// generator: the reading of cells, dates, money and evidence is written again here on purpose.
//   node bench/corpus/holdout30-tools/validate-holdout30.mjs [DIR]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const XLSX = require('xlsx');
const { parse } = require('csv-parse/sync');
const Ajv2020 = require('ajv/dist/2020.js').default ?? require('ajv/dist/2020.js');

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const root = resolve(process.argv[2] ?? join(repo, 'bench/corpus/holdout30'));
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);
let checked = 0;

const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function toDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + v * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(s);
  if (m && MON[m[2].toLowerCase()]) return `${m[3]}-${pad(MON[m[2].toLowerCase()])}-${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return s;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (m) {
    if (order === 'DMY') return `${m[3]}-${m[2]}-${m[1]}`;
    if (order === 'MDY') return `${m[3]}-${m[1]}-${m[2]}`;
    throw new Error(`numeric date ${s} without a dateOrder`);
  }
  return null;
}
function toMinor(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  const s = String(v).trim().replace(/,/g, '');
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return undefined;
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}
const dec = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};
const fromDec = (s) => toMinor(s);

// the evidence a bank line's cells carry against its answer rows
function numbersIn(text) {
  const out = new Set();
  const s = String(text ?? '');
  const runs = [...s.matchAll(/\d+/g)].map((x) => ({ v: x[0], at: x.index, end: x.index + x[0].length }));
  const add = (v) => {
    const t = v.replace(/^0+/, '');
    if (t.length >= 3 && !(v.length === 4 && /^20[23]\d$/.test(v))) out.add(t);
  };
  runs.forEach((r, i) => {
    add(r.v);
    const n = runs[i + 1];
    if (n && n.at - r.end === 1 && /[-/. ]/.test(s[r.end])) add(r.v + n.v);
  });
  return out;
}
const STOP = new Set(
  'ltd limited plc company co and the of for from to trf transfer payment pay paymt pmt inv invoice receipt rcpt ref nip gip ach eft rtgs pesalink mpesa via by at on in no bank acc account a/c int inward outward credit debit cr dr fund funds being with settlement llc inc pty nig ghana kenya enterprise enterprises trading ventures services group holdings international'.split(
    ' ',
  ),
);
function pairs(text) {
  const w = String(text ?? '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((x) => x.length >= 3 && !STOP.has(x));
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  if (w.length === 1 && w[0].length >= 5) out.add(w[0]);
  return out;
}
function evidence(bankCells, answers) {
  const bn = new Set(bankCells.flatMap((c) => [...numbersIn(c)]));
  const bp = new Set(bankCells.flatMap((c) => [...pairs(c)]));
  if (
    answers.length &&
    answers.every((a) => [a.reference, ...a.descriptions].some((c) => [...numbersIn(c)].some((n) => bn.has(n))))
  )
    return 'reference';
  if (answers.some((a) => [a.party, a.reference, ...a.descriptions].some((c) => [...pairs(c)].some((p) => bp.has(p)))))
    return 'counterparty';
  return 'amount';
}

/** The rows of a file as cell arrays (row 1 first), CSV checked for CRLF. */
function readCells(path, sheet) {
  if (path.endsWith('.xlsx')) {
    const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
    const ws = wb.Sheets[sheet];
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const range = XLSX.utils.decode_range(ws['!ref']);
    const rows = [];
    for (let r = 0; r <= range.e.r; r++) {
      const row = [];
      for (let c = 0; c <= range.e.c; c++) {
        const cell = ws[XLSX.utils.encode_cell({ r, c })];
        row.push(cell ? cell.v : '');
      }
      rows.push(row);
    }
    return rows;
  }
  let text = readFileSync(path, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) throw new Error('line ending other than CRLF');
  const first = text.split('\r\n').find((l) => l.includes(',') || l.includes(';')) ?? '';
  const delimiter = first.split(';').length > first.split(',').length ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false });
}

/** A file read through its mapping: entries (dated rows with money) keyed by row number. */
function readMapped(dir, f, where) {
  const ro = f.readOptions;
  const map = ro.mapping;
  const cells = readCells(join(dir, f.file), ro.sheet);
  const header = cells[f.headerRow - 1].map((h) => String(h).trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) bad(where, `header row ${f.headerRow} has no column "${name}"`);
    return i;
  };
  const cols = {};
  for (const k of ['date', 'reference', 'party', 'amount', 'moneyIn', 'moneyOut', 'balance', 'account'])
    if (map[k]) cols[k] = col(map[k]);
  const descCols = [map.description ?? []].flat().map(col);
  const nonEntry = new Set((f.nonEntryRows ?? []).map((n) => n.row));
  const entries = new Map();
  for (let r = f.headerRow + 1; r <= cells.length; r++) {
    const row = cells[r - 1] ?? [];
    const get = (i) => (i === undefined || i < 0 ? '' : (row[i] ?? ''));
    const date = (() => {
      try {
        return toDate(get(cols.date), ro.dateOrder);
      } catch (e) {
        bad(where, `row ${r}: ${e.message}`);
        return null;
      }
    })();
    if (nonEntry.has(r)) {
      if (date) bad(where, `row ${r} listed in nonEntryRows but dated`);
      continue;
    }
    let amount = null;
    if (cols.amount !== undefined) amount = toMinor(get(cols.amount));
    else {
      const i = toMinor(get(cols.moneyIn));
      const o = toMinor(get(cols.moneyOut));
      if (i === undefined || o === undefined) amount = undefined;
      else if (i !== null && o !== null) bad(where, `row ${r}: money on both sides`);
      else if (i !== null || o !== null) {
        if ((i ?? 0) < 0 || (o ?? 0) < 0) bad(where, `row ${r}: negative magnitude`);
        amount = i !== null ? i : -o;
      }
    }
    const label = row.map(String).join(' ');
    if (amount === undefined) {
      if (!nonEntry.has(r)) bad(where, `row ${r}: unreadable amount`);
      continue;
    }
    const balance = cols.balance !== undefined ? toMinor(get(cols.balance)) : null;
    if (!date) {
      if (amount !== null || (balance !== null && balance !== undefined)) bad(where, `row ${r}: money without a date`);
      continue;
    }
    if (amount === null) {
      bad(where, `row ${r}: dated row without money`);
      continue;
    }
    if (
      /\b(total|opening|closing|beginning|ending|balance b\/f|c\/f|net change)\b/i.test(label) &&
      !/CASH|INTEREST/.test(label)
    )
      bad(where, `row ${r}: a dated summary-looking row`);
    entries.set(r, {
      row: r,
      date,
      amount,
      balance,
      reference: String(get(cols.reference)),
      descriptions: descCols.map((i) => String(get(i))),
      party: String(get(cols.party)),
      account: cols.account !== undefined ? String(get(cols.account)) : null,
    });
  }
  return entries;
}

const schema = JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validDoc = ajv.compile(schema);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const MATCH = new Set(['auto', 'suggest']);
const EXPECT = {
  auto: 'match',
  suggest: 'match',
  none: 'no-counterpart',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
};
let totalLines = 0;

for (const s of index.sets) {
  const dir = join(root, s.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = (x) => `${s.set}${x ? `/${x}` : ''}`;
  const working = (d) => {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    return w !== 0 && w !== 6 && !truth.publicHolidays.includes(d);
  };
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bankRows = readMapped(dir, bf, W(bf.file));
  const ledgerAll = readMapped(dir, lf, W(lf.file));
  // the statement: balances, order, dates
  const lines = [...bankRows.values()];
  const posting = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let bal = fromDec(bf.openingBalance);
  let prevDate = '';
  for (const l of posting) {
    bal += l.amount;
    if (l.balance !== bal) bad(W(bf.file), `row ${l.row}: balance ${l.balance} is not ${bal}`);
    if (bal < 0) bad(W(bf.file), `row ${l.row}: overdrawn`);
    if (l.date < prevDate) bad(W(bf.file), `row ${l.row}: out of order`);
    prevDate = l.date;
    if (!inPeriod(l.date) || !working(l.date))
      bad(W(bf.file), `row ${l.row}: ${l.date} outside the period or not a working day`);
  }
  if (bal !== fromDec(bf.closingBalance)) bad(W(bf.file), 'opening + lines ≠ closing');
  if (lines.length < 45 || lines.length > 95) bad(W(), `${lines.length} bank lines`);
  totalLines += lines.length;
  // every statement row with money in truth.bank exactly once, in file order, as written
  const seen = new Set();
  let lastRow = 0;
  for (const b of truth.bank) {
    const l = bankRows.get(b.ref.row);
    if (!l) {
      bad(W(), `truth row ${b.ref.row} is no statement line`);
      continue;
    }
    if (seen.has(b.ref.row)) bad(W(), `statement row ${b.ref.row} in truth twice`);
    seen.add(b.ref.row);
    if (b.ref.row < lastRow) bad(W(), `truth not in file order at row ${b.ref.row}`);
    lastRow = b.ref.row;
    if (b.ref.file !== bf.file || b.ref.date !== l.date || fromDec(b.ref.amount) !== l.amount)
      bad(W(), `row ${b.ref.row}: truth date/amount ${b.ref.date} ${b.ref.amount} not the file's`);
    if (b.ref.text !== l.descriptions.join(' — ')) bad(W(), `row ${b.ref.row}: text differs from the cell`);
    if ((b.ref.reference ?? '') !== l.reference) bad(W(), `row ${b.ref.row}: reference differs from the cell`);
    checked++;
  }
  for (const r of bankRows.keys()) if (!seen.has(r)) bad(W(), `statement row ${r} missing from truth`);

  // the ledger rows of the statement's account
  const ledger = new Map([...ledgerAll].filter(([, e]) => e.account === null || e.account === bf.ledgerAccount));
  const otherCount = ledgerAll.size - ledger.size;
  if ((s.ledgerRowsOtherAccounts ?? 0) !== otherCount) bad(W(), 'ledgerRowsOtherAccounts differs');
  let lbal = fromDec(lf.openingBalance);
  for (const e of ledger.values()) {
    lbal += e.amount;
    if (e.balance !== null && e.balance !== lbal) bad(W(lf.file), `row ${e.row}: balance ${e.balance} is not ${lbal}`);
    if (!inPeriod(e.date) || !working(e.date))
      bad(W(lf.file), `row ${e.row}: ${e.date} outside the period or not a working day`);
  }
  if (lbal !== fromDec(lf.closingBalance)) bad(W(lf.file), 'opening + rows ≠ closing');
  const owner = new Map();
  const take = (ref, who) => {
    const e = ledger.get(ref.row);
    if (!e || ref.file !== lf.file)
      return bad(W(), `${who}: ledger ref ${ref.file}#${ref.row} is no entry of the account`);
    if (e.date !== ref.date || e.amount !== fromDec(ref.amount))
      bad(W(), `${who}: ledger ref row ${ref.row} date/amount differ`);
    if (owner.has(ref.row) && owner.get(ref.row) !== who)
      bad(W(), `ledger row ${ref.row} owned by ${owner.get(ref.row)} and ${who}`);
    owner.set(ref.row, who);
  };
  const byRow = new Map(truth.bank.map((b) => [b.ref.row, b]));
  const groups = new Map();
  for (const b of truth.bank) if (b.group) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
  for (const b of truth.bank) {
    const who = b.group ?? (b.ledgerAnyOf ? `anyOf:${JSON.stringify(b.ledgerAnyOf)}` : `bank#${b.ref.row}`);
    const where = `row ${b.ref.row}`;
    if (EXPECT[b.decision] !== b.expect) bad(W(), `${where}: expect ${b.expect} with decision ${b.decision}`);
    if ((b.decision === 'suggest') !== 'mustNotAuto' in b) bad(W(), `${where}: mustNotAuto only and always on suggest`);
    if ((b.decision === 'bank-only') !== (b.kind !== null)) bad(W(), `${where}: kind only and always on bank-only`);
    if ((b.decision === 'reversal-pair') !== (b.partner !== null)) bad(W(), `${where}: partner only on reversal-pair`);
    if (b.partner) {
      const p = byRow.get(b.partner.row);
      if (!p || p.partner?.row !== b.ref.row) bad(W(), `${where}: partner does not point back`);
      else if (fromDec(p.ref.amount) + fromDec(b.ref.amount) !== 0) bad(W(), `${where}: partner does not cancel`);
    }
    const traits = b.traits;
    if (!MATCH.has(b.decision)) {
      if (b.ledger !== null || b.ledgerAnyOf || b.evidence !== null)
        bad(W(), `${where}: ${b.decision} with ledger or evidence`);
      continue;
    }
    const options = b.ledgerAnyOf ?? [b.ledger];
    if (b.ledgerAnyOf && (b.ledger !== null || !b.ambiguous))
      bad(W(), `${where}: ledgerAnyOf needs ledger null and ambiguous`);
    if (!b.ledgerAnyOf && (b.ledger === null || b.ambiguous))
      bad(W(), `${where}: ledger missing or ambiguous without options`);
    if (b.ledgerAnyOf && !traits.includes('twins') && !traits.includes('tie'))
      bad(W(), `${where}: options without twins or tie`);
    if (traits.includes('tie') && !(b.decision === 'suggest' && b.mustNotAuto))
      bad(W(), `${where}: a tie must be suggest + mustNotAuto`);
    if (traits.includes('twins') && b.decision !== 'auto') bad(W(), `${where}: twins are auto with options`);
    for (const o of options) for (const ref of o) take(ref, who);
    // amounts: bank − books over the group
    const ls = b.group ? groups.get(b.group) : [b];
    const bsum = ls.reduce((x, y) => x + fromDec(y.ref.amount), 0);
    for (const o of options) {
      const diff = bsum - o.reduce((x, y) => x + fromDec(y.amount), 0);
      if (b.decision === 'auto') {
        const declared = b.difference !== undefined ? fromDec(b.difference) : 0;
        if (diff !== declared) bad(W(), `${where}: bank − books ${diff} but difference ${b.difference ?? 'absent'}`);
        if (diff > 0 && !traits.includes('over-payment'))
          bad(W(), `${where}: positive difference without over-payment`);
        if (diff < 0 && !traits.some((t) => t.startsWith('short-')))
          bad(W(), `${where}: negative difference without a short-* trait`);
        if (Math.abs(diff) * 10 > Math.abs(bsum - diff)) bad(W(), `${where}: difference over 10%`);
      } else if (
        diff !== 0 &&
        !traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
      )
        bad(W(), `${where}: suggestion of another amount without a trait saying why`);
      const l = bankRows.get(b.ref.row);
      if (!l) continue;
      const ev = evidence([...l.descriptions, l.reference], o.map((ref) => ledger.get(ref.row)).filter(Boolean));
      if (ev !== b.evidence) bad(W(), `${where}: evidence ${b.evidence} but the cells carry ${ev}`);
    }
    // no other book row of the same amount for an auto line that rests on no reference
    if (b.decision === 'auto' && b.evidence !== 'reference' && !traits.includes('twins')) {
      const mine = new Set(options.flat().map((x) => x.row));
      for (const e of ledger.values())
        if (!mine.has(e.row) && e.amount === fromDec(b.ref.amount))
          bad(W(), `${where}: auto on ${b.evidence} while row ${e.row} has the amount`);
    }
  }
  for (const lo of truth.ledgerOnly) take(lo, `ledgerOnly#${lo.row}`);
  for (const r of ledger.keys()) if (!owner.has(r)) bad(W(), `ledger row ${r} owned by no truth line nor ledgerOnly`);

  // the reconcile document, field by field against the files
  const doc = JSON.parse(readFileSync(join(dir, `reconcile.${bf.file}.json`), 'utf8'));
  if (!validDoc(doc)) bad(W('reconcile'), ajv.errorsText(validDoc.errors));
  const fileRows = [...bankRows.values()].sort((a, b) => a.row - b.row);
  if (doc.bank.length !== fileRows.length) bad(W('reconcile'), 'bank line count');
  doc.bank.forEach((x, i) => {
    const l = fileRows[i];
    if (!l) return;
    const want = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: dec(l.amount),
      currency: truth.currency,
      narration: l.descriptions.join(' — '),
      reference: l.reference || null,
      balance: dec(l.balance),
    };
    for (const [k, v] of Object.entries(want))
      if (x[k] !== v) bad(W('reconcile'), `bank[${i}].${k} is ${x[k]}, file says ${v}`);
  });
  const lrows = [...ledger.values()].sort((a, b) => a.row - b.row);
  if (doc.ledger.length !== lrows.length) bad(W('reconcile'), 'ledger row count');
  doc.ledger.forEach((x, i) => {
    const e = lrows[i];
    if (!e) return;
    const want = {
      id: `${lf.file}#${e.row}`,
      date: e.date,
      amount: dec(e.amount),
      currency: truth.currency,
      reference: e.reference || null,
      description: e.descriptions.filter(Boolean).join(' — ') || null,
      party: e.party || null,
      account: e.account,
    };
    for (const [k, v] of Object.entries(want))
      if (x[k] !== v) bad(W('reconcile'), `ledger[${i}].${k} is ${x[k]}, file says ${v}`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    bad(W('reconcile'), 'statement balances');
  if (JSON.stringify(doc.options) !== JSON.stringify({ timezone: truth.timezone })) bad(W('reconcile'), 'options');

  // the index's counts
  const count = (d) => truth.bank.filter((b) => b.decision === d).length;
  const matched = truth.bank.filter((b) => b.expect === 'match');
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: ledger.size,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto).length,
    autoWithDifference: truth.bank.filter((b) => b.difference !== undefined).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(s[k]) !== JSON.stringify(v))
      bad(W('index'), `${k} is ${JSON.stringify(s[k])}, truth says ${JSON.stringify(v)}`);
}
if (totalLines < 240 || totalLines > 340) bad('corpus', `${totalLines} bank lines in all`);

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`holdout30: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout30: ${index.sets.length} sets, ${checked} truth lines checked, all files re-read: OK`);
