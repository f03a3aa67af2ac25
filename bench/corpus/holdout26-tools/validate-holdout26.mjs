// Checks bench/corpus/holdout26 (or the folder given) on its own: reads every file only through its truth.json
// (header row, mapping, date order, sheet, nonEntryRows) and checks the files, the truth and the reconcile documents
// against each other. Imports nothing of the generator.
//   node bench/corpus/holdout26-tools/validate-holdout26.mjs [<dir>]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const dir = process.argv[2] ?? join(here, '..', 'holdout26');
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

// ---------------------------------------------------------------- reading
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const pad = (n) => String(n).padStart(2, '0');
function parseDate(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object' && v.date) return v.date;
  const s = String(v).trim();
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(s)) return s;
  let m;
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{1,2})[-\s]([A-Za-z]{3})[-\s](\d{4})$/.exec(s))) {
    const mo = MON[m[2].toLowerCase()];
    return mo ? `${m[3]}-${pad(mo)}-${pad(m[1])}` : undefined;
  }
  if ((m = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/.exec(s))) {
    if (order === 'YMD') return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
    if (order === 'MDY') return `${m[3]}-${pad(m[1])}-${pad(m[2])}`;
    if (order === 'DMY') return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  }
  return undefined; // text in the date column that is no date
}
/** money in minor units, or null for an empty cell; "1,234.50", "1,234.50 Cr", numbers. */
function parseMoney(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Math.round(v * 100);
  let s = String(v).trim();
  if (s === '') return null;
  let sign = 1;
  const suf = /\s*(Cr|Dr|CR|DR)$/.exec(s);
  if (suf) s = s.slice(0, suf.index);
  s = s.replace(/,/g, '');
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  }
  if (!/^\d+(\.\d{1,2})?$/.test(s)) throw new Error(`not an amount: "${v}"`);
  const [w, f = ''] = s.split('.');
  return sign * (Number(w) * 100 + Number(f.padEnd(2, '0')));
}
function readGrid(path, opts) {
  if (path.endsWith('.csv')) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('\r\n')) fail(path, 'CSV without CRLF line ends');
    return parse(text, { relax_column_count: true, skip_empty_lines: false });
  }
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', cellDates: false, cellNF: true });
  const ws = wb.Sheets[opts.sheet];
  if (!ws) throw new Error(`no sheet "${opts.sheet}" (has ${wb.SheetNames.join(', ')})`);
  const range = XLSX.utils.decode_range(ws['!ref']);
  const grid = [];
  for (let r = 0; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = ws[XLSX.utils.encode_cell({ r, c })];
      if (!cell) row.push(null);
      else if (cell.t === 'n' && cell.z && /y/i.test(String(cell.z))) {
        const t = new Date(Math.round((cell.v - 25569) * 86400000));
        row.push({ date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}` });
      } else row.push(cell.v);
    }
    grid.push(row);
  }
  return grid;
}
const text = (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? v.date : String(v)).trim();
const LABEL = /^(total|opening balance|closing balance|beginning balance|ending balance|balance b\/f|balance c\/f)/i;

/** the file's rows as entries and summary rows, through the truth's readOptions only. */
function readFile(path, spec) {
  const ro = spec.readOptions;
  const grid = readGrid(path, ro);
  const header = grid[spec.headerRow - 1].map(text);
  const col = (h) => {
    const i = header.indexOf(h);
    if (i < 0) throw new Error(`header row ${spec.headerRow} has no column "${h}"`);
    return i;
  };
  const mp = ro.mapping;
  const multi = (k) => (mp[k] ? (Array.isArray(mp[k]) ? mp[k] : [mp[k]]).map(col) : []);
  const descCols = multi('description');
  const nonEntry = new Set((spec.nonEntryRows ?? []).map((n) => n.row));
  const entries = [];
  const summaries = [];
  for (let r = spec.headerRow; r < grid.length; r++) {
    const cells = grid[r];
    const rowNo = r + 1;
    const get = (k) => (mp[k] ? cells[col(mp[k])] : null);
    const desc = descCols
      .map((c) => text(cells[c]))
      .filter((t) => t !== '')
      .join(' — ');
    const label = [...descCols.map((c) => text(cells[c])), text(cells[0])].find((t) => t !== '') ?? '';
    let amount = null;
    if (mp.amount) amount = parseMoney(get('amount'));
    else {
      const i = parseMoney(get('moneyIn'));
      const o = parseMoney(get('moneyOut'));
      if (i !== null || o !== null) amount = (i ?? 0) - Math.abs(o ?? 0);
    }
    const balance = mp.balance ? parseMoney(get('balance')) : null;
    const date = parseDate(get('date'), ro.dateOrder);
    if (nonEntry.has(rowNo) || LABEL.test(label)) {
      if (!nonEntry.has(rowNo) && (amount !== null || balance !== null))
        fail(`${spec.file}#${rowNo}`, `summary row "${label}" carries money but is not in nonEntryRows`);
      summaries.push({ row: rowNo, label, amount, balance, cells });
      continue;
    }
    if (date === null && amount === null) continue;
    if (date === undefined && amount === null) continue; // footer text
    if (!date) {
      fail(`${spec.file}#${rowNo}`, 'money without a date');
      continue;
    }
    entries.push({
      row: rowNo,
      date,
      amount,
      balance,
      desc: desc || null,
      reference: mp.reference ? text(get('reference')) || null : null,
      party: mp.party ? text(get('party')) || null : null,
      account: mp.account ? text(get('account')) || null : null,
    });
  }
  return { entries, summaries, grid };
}

// ---------------------------------------------------------------- helpers of the truth's semantics
const minor = (s) => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(s);
  if (!m) throw new Error(`not a 2-decimal amount string: ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};
const decOf = (n) => {
  const a = Math.abs(n);
  return `${n < 0 ? '-' : ''}${Math.floor(a / 100)}.${pad(a % 100)}`;
};
/** the document numbers a text carries: digit groups of 3+ (leading zeros dropped), neighbours joined; years out. */
function numbers(s) {
  const out = new Set();
  const groups = [...String(s ?? '').matchAll(/\d+/g)].map((m) => ({ d: m[0], i: m.index, e: m.index + m[0].length }));
  const add = (d) => {
    const v = d.replace(/^0+/, '');
    if (v.length >= 3 && !/^20\d\d$/.test(d)) out.add(v);
  };
  for (let i = 0; i < groups.length; i++) {
    add(groups[i].d);
    let joined = groups[i].d;
    for (let j = i + 1; j < groups.length && groups[j].i - groups[j - 1].e <= 1; j++) {
      joined += groups[j].d;
      add(joined);
    }
  }
  return out;
}
const STOP = new Set(
  'LTD LIMITED PTY CC PLC CO THE AND OF FOR TO FROM BY VIA AT ON IN NO FT DR MR A/C INV INVOICE PAYMENT RECEIPT TRANSFER TRF NIP GIP ACH RTGS EFT PESALINK CREDIT DEBIT CASH DEPOSIT CHQ CHEQUE REFUND SETTLEMENT BANK ACCOUNT BEING AMT RECD AGST BILL LESS PART PMT OUTWARD INWARD'.split(
    ' ',
  ),
);
const words = (s) =>
  String(s ?? '')
    .toUpperCase()
    .replace(/[^A-Z0-9&' -]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w.length >= 2 && !STOP.has(w) && !/\d/.test(w));
/** two neighbouring significant words of the books' text appear, neighbouring, in the bank's text. */
function sharesName(bankText, bookText) {
  const b = words(bankText);
  const pairs = new Set();
  for (let i = 0; i + 1 < b.length; i++) pairs.add(`${b[i]} ${b[i + 1]}`);
  const k = words(bookText);
  for (let i = 0; i + 1 < k.length; i++) if (pairs.has(`${k[i]} ${k[i + 1]}`)) return true;
  return false;
}
const weekday = (s) => new Date(`${s}T00:00:00Z`).getUTCDay();
const daysBetween = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
const EXPLAINS = ['twins', 'tie', 'amount-shared-across-payers', 'failed-transfer', 'reversal'];

// ---------------------------------------------------------------- one set
function checkSet(setDir, indexEntry) {
  const truth = JSON.parse(readFileSync(join(setDir, 'truth.json'), 'utf8'));
  const W = (m) => fail(truth.set, m);
  const holidays = new Set(truth.publicHolidays ?? []);
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const working = (d) => weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d);
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  const bank = readFile(join(setDir, bf.file), bf);
  const ledger = readFile(join(setDir, lf.file), lf);

  // ---- the statement
  const lines = bank.entries;
  if (lines.length < 45 || lines.length > 70) W(`${lines.length} statement lines (45-70 wanted)`);
  const chrono = bf.order === 'newest-first' ? [...lines].reverse() : lines;
  let bal = minor(bf.openingBalance);
  let prev = '';
  for (const l of chrono) {
    if (l.amount === null) W(`bank row ${l.row} has no amount`);
    bal += l.amount;
    if (l.balance !== bal) W(`bank row ${l.row}: balance ${l.balance} ≠ running ${bal}`);
    if (bal < 0) W(`bank row ${l.row}: overdrawn`);
    if (l.date < prev) W(`bank row ${l.row}: date out of order`);
    prev = l.date;
    if (!inPeriod(l.date) || !working(l.date))
      W(`bank row ${l.row}: ${l.date} outside the period or not a working day`);
  }
  if (bal !== minor(bf.closingBalance)) W(`bank opening + lines = ${decOf(bal)} ≠ closing ${bf.closingBalance}`);
  checkSummaries(bf, bank, lines, W);

  // ---- the books
  const rows = ledger.entries;
  const acctRows = rows.filter((r) => !lf.readOptions.mapping.account || r.account === bf.ledgerAccount);
  if (lf.readOptions.mapping.account && acctRows.length !== rows.length)
    W(`ledger has rows of other accounts without otherAccounts`);
  if (minor(lf.openingBalance) !== minor(bf.openingBalance)) W('books did not open the month at the bank balance');
  let lb = minor(lf.openingBalance);
  for (const r of acctRows) {
    lb += r.amount;
    if (r.balance !== null && Math.abs(r.balance) !== lb)
      W(`ledger row ${r.row}: balance ${r.balance} ≠ running ${lb}`);
    if (!inPeriod(r.date) || !working(r.date))
      W(`ledger row ${r.row}: ${r.date} outside the period or not a working day`);
  }
  if (lb !== minor(lf.closingBalance)) W(`ledger opening + rows = ${decOf(lb)} ≠ closing ${lf.closingBalance}`);
  checkSummaries(lf, ledger, acctRows, W);
  const rowAt = new Map(acctRows.map((r) => [r.row, r]));
  const lineAt = new Map(lines.map((l) => [l.row, l]));

  // ---- truth ↔ statement
  const tb = truth.bank;
  if (tb.length !== lines.length) W(`truth has ${tb.length} bank entries, the statement ${lines.length} lines`);
  tb.forEach((t, i) => {
    const l = lines[i];
    if (!l || t.ref.row !== l.row)
      return W(`truth bank[${i}] row ${t.ref.row} is not statement row ${l?.row} (file order)`);
    if (t.ref.file !== bf.file) W(`truth bank[${i}] names file ${t.ref.file}`);
    if (t.ref.date !== l.date || minor(t.ref.amount) !== l.amount) W(`truth bank row ${l.row}: date/amount differ`);
    if (t.ref.text !== l.desc) W(`truth bank row ${l.row}: text "${t.ref.text}" ≠ "${l.desc}"`);
    if ((t.ref.reference ?? null) !== l.reference) W(`truth bank row ${l.row}: reference differs`);
  });
  const refOk = (r, where) => {
    const row = rowAt.get(r.row);
    if (r.file !== lf.file || !row) return W(`${where}: ledger ref ${r.file}#${r.row} is no row of the account`);
    if (row.date !== r.date || row.amount !== minor(r.amount)) W(`${where}: ledger ref #${r.row} date/amount differ`);
    return row;
  };

  // ---- ownership of ledger rows
  const owner = new Map();
  const own = (r, who) => {
    const prevOwner = owner.get(r.row);
    if (prevOwner && prevOwner !== who) W(`ledger row ${r.row} owned by ${prevOwner} and ${who}`);
    owner.set(r.row, who);
  };
  const groups = new Map();
  for (const t of tb) {
    const where = `bank row ${t.ref.row}`;
    const who =
      t.group ??
      (t.ledgerAnyOf
        ? `anyOf:${t.ledgerAnyOf
            .flat()
            .map((r) => r.row)
            .sort()
            .join(',')}`
        : where);
    for (const r of t.ledger ?? []) {
      refOk(r, where);
      own(r, who);
    }
    for (const set of t.ledgerAnyOf ?? [])
      for (const r of set) {
        refOk(r, where);
        own(r, who);
      }
    if (t.group) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  }
  for (const x of truth.ledgerOnly) {
    refOk(x, `ledgerOnly ${x.row}`);
    own(x, `ledgerOnly ${x.row}`);
    if (!x.why) W(`ledgerOnly ${x.row} says no why`);
  }
  for (const r of acctRows) if (!owner.has(r.row)) W(`ledger row ${r.row} is owned by nothing`);
  for (const [g, ts] of groups) {
    const rowsOf = JSON.stringify(ts[0].ledger);
    if (ts.length < 2 || ts.some((t) => JSON.stringify(t.ledger) !== rowsOf))
      W(`group ${g} is not several lines of one answer`);
    const sum = ts.reduce((a, t) => a + minor(t.ref.amount), 0);
    const want = ts[0].ledger.reduce((a, r) => a + minor(r.amount), 0);
    if (sum !== want && !ts[0].difference) W(`group ${g} lines sum ${sum} ≠ rows ${want}`);
  }

  // ---- decisions
  const EXPECT = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    none: 'no-counterpart',
    'reversal-pair': 'reversal-pair',
  };
  for (const t of tb) {
    const where = `bank row ${t.ref.row}`;
    const has = (x) => (t.traits ?? []).includes(x);
    if (EXPECT[t.decision] !== t.expect) W(`${where}: decision ${t.decision} with expect ${t.expect}`);
    if ((t.mustNotAuto !== undefined) !== (t.decision === 'suggest'))
      W(`${where}: mustNotAuto only and always on suggest`);
    const anyOf = !!t.ledgerAnyOf;
    if (anyOf !== (t.ledger === null && t.expect === 'match') || anyOf !== t.ambiguous)
      W(`${where}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous broken`);
    if (has('tie') && !(t.decision === 'suggest' && t.mustNotAuto === true && anyOf))
      W(`${where}: a tie must suggest, mustNotAuto`);
    if (has('twins') && t.decision !== 'auto') W(`${where}: twins are auto`);
    if ((t.kind !== null) !== (t.expect === 'bank-only')) W(`${where}: kind on bank-only lines only`);
    if (t.expect !== 'match' && t.ledger !== null) W(`${where}: ${t.expect} with ledger rows`);
    const amt = minor(t.ref.amount);
    const answers = t.ledger ? [t.ledger] : (t.ledgerAnyOf ?? []);
    if (t.expect === 'match') {
      if (!answers.length || answers.some((a) => !a.length)) W(`${where}: a match without ledger rows`);
      for (const a of answers) {
        const sum = a.reduce((s, r) => s + minor(r.amount), 0);
        const diff = t.group ? 0 : amt - sum;
        if (t.decision === 'auto') {
          const stated = t.difference ? minor(t.difference) : 0;
          if (diff !== stated) W(`${where}: difference ${diff} but truth says ${stated}`);
          if (Math.abs(diff) * 10 > Math.abs(sum)) W(`${where}: difference over 10 %`);
          if (diff > 0 && !has('over-payment')) W(`${where}: positive difference without over-payment`);
          if (diff < 0 && !(t.traits ?? []).some((x) => /^short-|payer-deducted-charge/.test(x)))
            W(`${where}: negative difference without a short-* trait`);
        } else {
          if (t.difference) W(`${where}: a difference on a suggestion`);
          if (diff !== 0 && !has('part-payment')) W(`${where}: a suggestion of another amount that is no part payment`);
        }
      }
      // evidence
      const bankCells = `${t.ref.text ?? ''} ${t.ref.reference ?? ''} ${lineParty(t) ?? ''}`;
      const bankNums = numbers(bankCells);
      const bookText = (r) => {
        const row = rowAt.get(r.row);
        return `${row?.reference ?? ''} ${row?.desc ?? ''} ${row?.party ?? ''}`;
      };
      const quoted = answers.every((a) => a.every((r) => [...numbers(bookText(r))].some((n) => bankNums.has(n))));
      if ((t.evidence === 'reference') !== quoted) W(`${where}: evidence ${t.evidence} but numbers quoted: ${quoted}`);
      const named = answers.every((a) => a.every((r) => sharesName(bankCells, bookText(r))));
      if (t.evidence === 'counterparty' && !named) W(`${where}: evidence counterparty without the books' name`);
      if (t.evidence === 'amount' && named) W(`${where}: evidence amount but the books' name is in the text`);
      if (has('name-only')) {
        const r = rowAt.get(answers[0][0].row);
        const lag = daysBetween(r.date, t.ref.date);
        if (!has('tie') && (lag < 0 || lag > 2)) W(`${where}: name-only booked ${lag} days before`);
        if (quoted) W(`${where}: name-only with a reference`);
      }
    } else if (t.expect === 'reversal-pair') {
      const p = t.partner && tb.find((x) => x.ref.row === t.partner.row);
      if (!p || p.partner?.row !== t.ref.row || minor(p.ref.amount) !== -amt) W(`${where}: reversal partner broken`);
    }
    // an exact amount in another row than the answer needs a reason
    const mine = new Set(answers.flat().map((r) => r.row));
    const others = acctRows.filter((r) => r.amount === amt && !mine.has(r.row));
    if (others.length && !EXPLAINS.some(has))
      W(`${where}: its amount is also in ledger row(s) ${others.map((r) => r.row)}`);
    if (has('amount-shared-across-payers') && others.length !== 1)
      W(`${where}: shared amount but ${others.length} others`);
    if (t.expect !== 'bank-only' && t.kind) W(`${where}: kind on a non bank-only line`);
  }

  // ---- the reconcile document
  const docPath = join(setDir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  if (!validateDoc(doc)) W(`reconcile document invalid: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options?.timezone !== truth.timezone) W('document timezone');
  if (doc.bank.length !== lines.length) W('document bank lines ≠ statement lines');
  doc.bank.forEach((b, i) => {
    const l = lines[i];
    if (!l) return;
    const want = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: decOf(l.amount),
      currency: truth.currency,
      narration: l.desc,
      reference: l.reference,
      counterparty: l.party ? { name: l.party, account: null } : null,
      balance: decOf(bf.order === 'newest-first' ? l.balance : l.balance),
    };
    for (const k of Object.keys(want))
      if (JSON.stringify(b[k]) !== JSON.stringify(want[k]))
        W(`document bank[${i}].${k} ${JSON.stringify(b[k])} ≠ file ${JSON.stringify(want[k])}`);
  });
  if (doc.ledger.length !== acctRows.length) W('document ledger rows ≠ account rows');
  doc.ledger.forEach((e, i) => {
    const r = acctRows[i];
    if (!r) return;
    const want = {
      id: `${lf.file}#${r.row}`,
      date: r.date,
      amount: decOf(r.amount),
      currency: truth.currency,
      reference: r.reference,
      description: r.desc,
      party: r.party,
      account: r.account,
    };
    for (const k of Object.keys(want))
      if (JSON.stringify(e[k]) !== JSON.stringify(want[k]))
        W(`document ledger[${i}].${k} ${JSON.stringify(e[k])} ≠ file ${JSON.stringify(want[k])}`);
  });
  if (doc.statement.bankBalance !== bf.closingBalance || doc.statement.bookBalance !== lf.closingBalance)
    W('document statement balances');

  // ---- index.json
  if (indexEntry) {
    const count = (d) => tb.filter((t) => t.decision === d).length;
    const matched = tb.filter((t) => t.expect === 'match');
    const want = {
      bankLines: lines.length,
      ledgerRows: acctRows.length,
      decisions: {
        auto: count('auto'),
        suggest: count('suggest'),
        'bank-only': count('bank-only'),
        none: count('none'),
        'reversal-pair': count('reversal-pair'),
      },
      mustNotAuto: tb.filter((t) => t.mustNotAuto === true).length,
      ledgerOnly: truth.ledgerOnly.length,
      matched: matched.length,
      matchedWithoutReference: matched.filter((t) => t.evidence !== 'reference').length,
    };
    for (const k of Object.keys(want))
      if (JSON.stringify(indexEntry[k]) !== JSON.stringify(want[k]))
        W(`index.json ${k} ${JSON.stringify(indexEntry[k])} ≠ ${JSON.stringify(want[k])}`);
  } else W('not in index.json');

  function lineParty(t) {
    return lineAt.get(t.ref.row)?.party;
  }
  return { lines: lines.length, rows: acctRows.length };
}

/** Opening/closing/total rows agree with the balances and the entries. */
function checkSummaries(spec, read, entries, W) {
  const open = minor(spec.openingBalance);
  const close = minor(spec.closingBalance);
  for (const s of read.summaries) {
    const l = s.label.toLowerCase();
    if (
      /^(opening balance|beginning balance|balance b\/f)/.test(l) &&
      s.balance !== null &&
      Math.abs(s.balance) !== open
    )
      W(`${spec.file}#${s.row}: opening row ${s.balance} ≠ ${open}`);
    if (/^(closing balance|ending balance)/.test(l) && s.balance !== null && Math.abs(s.balance) !== close)
      W(`${spec.file}#${s.row}: closing row ${s.balance} ≠ ${close}`);
    if (/^total/.test(l) && s.amount !== null) {
      const ins = entries.filter((e) => e.amount > 0).reduce((a, e) => a + e.amount, 0);
      const outs = entries.filter((e) => e.amount < 0).reduce((a, e) => a - e.amount, 0);
      if (s.amount !== ins - outs && s.amount !== outs - ins)
        W(`${spec.file}#${s.row}: Total row does not sum the entries`);
    }
  }
  for (const n of spec.nonEntryRows ?? [])
    if (!read.summaries.some((s) => s.row === n.row))
      W(`${spec.file}: nonEntryRows names row ${n.row}, which is no summary row`);
}

// ---------------------------------------------------------------- run
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(root, 'docs', 'reconcile-input.schema.json'), 'utf8')));
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
let total = 0;
for (const s of index.sets) {
  const setDir = join(dir, s.set);
  if (!existsSync(join(setDir, 'truth.json'))) {
    fail(s.set, 'no truth.json');
    continue;
  }
  try {
    const r = checkSet(setDir, s);
    total += r.lines;
    console.log(`${s.set}: ${r.lines} lines, ${r.rows} ledger rows checked`);
  } catch (err) {
    fail(s.set, err.stack);
  }
}
if (index.sets.length !== 4) fail('index.json', `${index.sets.length} sets`);
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout26 valid: ${index.sets.length} sets, ${total} lines (${dir})`);
