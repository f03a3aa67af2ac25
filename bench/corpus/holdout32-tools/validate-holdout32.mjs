// holdout32 — independent validator: imports nothing of the generator. Re-reads every file through truth.json only
// and checks every truth row, the reconcile documents (schema and field by field) and the index.
//   node bench/corpus/holdout32-tools/validate-holdout32.mjs [DIR]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import Ajv2020 from 'ajv/dist/2020.js';

const repo = new URL('../../../', import.meta.url).pathname;
const root = process.argv[2] ?? join(repo, 'bench/corpus/holdout32');
const problems = [];
const bad = (where, msg) => problems.push(`${where}: ${msg}`);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const checkDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8')));

// ---------- cells ----------
function parseCsv(text, where) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[^\r]\n/.test(text)) bad(where, 'a line ends without CRLF');
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
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}
function readGrid(path, sheet) {
  if (path.endsWith('.csv')) return parseCsv(readFileSync(path, 'utf8'), path);
  const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
  const ws = wb.Sheets[sheet ?? wb.SheetNames[0]];
  if (!ws) throw new Error(`${path}: no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: '' });
}
const MONTHS = { JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, OCT: 10, NOV: 11, DEC: 12 };
const two = (n) => String(n).padStart(2, '0');
function toDate(v, order) {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let m;
  if (/^(\d{4})-(\d{2})-(\d{2})$/.test(s)) return s;
  if ((m = /^(\d{2})-([A-Za-z]{3})-(\d{4})$/.exec(s))) return `${m[3]}-${two(MONTHS[m[2].toUpperCase()])}-${m[1]}`;
  if ((m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s))) {
    if (order === 'MDY') return `${m[3]}-${m[1]}-${m[2]}`;
    if (order === 'DMY') return `${m[3]}-${m[2]}-${m[1]}`;
    throw new Error(`numeric date ${s} without a dateOrder`);
  }
  return undefined; // text that is no date
}
/** a money cell → integer minor units (decimal digits only) */
function toMinor(v) {
  if (v === '' || v === null || v === undefined) return null;
  const s = typeof v === 'number' ? String(v) : String(v).replace(/,/g, '').trim();
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new Error(`not money: ${JSON.stringify(v)}`);
  const minor = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -minor : minor;
}
const fmt = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${two(a % 100)}`;
};

/** the rows of a file with money, through the truth's mapping */
function readRows(dir, f, where) {
  const grid = readGrid(join(dir, f.file), f.readOptions.sheet);
  const map = f.readOptions.mapping;
  const header = grid[f.headerRow - 1].map((h) => String(h).trim());
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) bad(where, `header row ${f.headerRow} has no column "${name}"`);
    return i;
  };
  const descCols = (Array.isArray(map.description) ? map.description : [map.description]).map(col);
  const c = {
    date: col(map.date),
    in: col(map.moneyIn),
    out: col(map.moneyOut),
    bal: map.balance ? col(map.balance) : -1,
    ref: map.reference ? col(map.reference) : -1,
    party: map.party ? col(map.party) : -1,
    account: map.account ? col(map.account) : -1,
  };
  const out = [];
  for (let i = f.headerRow; i < grid.length; i++) {
    const r = grid[i];
    const rowNo = i + 1;
    const get = (k) => (k < 0 ? '' : (r[k] ?? ''));
    const inn = toMinor(get(c.in));
    const outm = toMinor(get(c.out));
    const date = toDate(get(c.date), f.readOptions.dateOrder);
    if (inn === null && outm === null) continue;
    out.push({
      row: rowNo,
      date,
      amount: (inn ?? 0) - Math.abs(outm ?? 0),
      text: descCols
        .map((k) => String(r[k] ?? ''))
        .filter((x) => x !== '')
        .join(' — '),
      ref: String(get(c.ref)),
      party: String(get(c.party)),
      account: String(get(c.account)),
      balance: toMinor(get(c.bal)),
    });
  }
  return out;
}

// ---------- evidence (restated from the rule, not imported) ----------
const GENERIC = new Set(
  `PAYMENT PAYMENTS TRANSFER TRANSFERS INVOICE INVOICES RECEIPT RECEIPTS FROM LIMITED LTD PLC CHARGE CHARGES BANK
  ACCOUNT FEES BEING SETTLEMENT DEPOSIT INWARD OUTWARD CREDIT DEBIT WITH BILL BILLS SUPPLIER CUSTOMER REFUND FUNDS
  INTERNET ONLINE MONTH PART FULL BALANCE SALES SERVICES SERVICE SUPPLY SUPPLIES PAID PAYEE COMPANY ENTERPRISES NIGERIA
  GHANA KENYA AFRICA SOUTH HOLDINGS GROUP TRADING JOURNAL ENTRY DEPOSITS ACCOUNTS BULK ORDER AGAINST TOWARDS REFERENCE
  CASH LESS NOTE INST INSTALMENT`.split(/\s+/),
);
const isYear = (t) => t.length === 4 && (t.startsWith('19') || t.startsWith('20'));
function numbers(text) {
  const found = new Set();
  const keep = (t) => {
    let u = t;
    while (u.startsWith('0')) u = u.slice(1);
    if (u.length >= 3 && !isYear(t)) found.add(u);
  };
  const s = String(text).toUpperCase();
  let i = 0;
  while (i < s.length) {
    if (!/\d/.test(s[i])) {
      i++;
      continue;
    }
    const groups = [];
    let cur = '';
    while (i < s.length) {
      if (/\d/.test(s[i])) cur += s[i++];
      else if ('-/. '.includes(s[i]) && /\d/.test(s[i + 1] ?? '') && cur) {
        groups.push(cur);
        cur = '';
        i++;
      } else break;
    }
    groups.push(cur);
    for (const g of groups) {
      keep(g);
      if (g.length > 6 && g.startsWith('20')) keep(g.slice(4));
    }
    if (groups.length > 1) keep(groups.filter((g) => !isYear(g)).join(''));
  }
  return found;
}
const words = (text) =>
  new Set(
    (
      String(text)
        .toUpperCase()
        .match(/[A-Z]{4,}/g) ?? []
    ).filter((w) => !GENERIC.has(w)),
  );
function evidence(bankText, rowTexts) {
  const n = numbers(bankText);
  const w = words(bankText);
  if (rowTexts.some((t) => [...numbers(t)].some((x) => n.has(x)))) return 'reference';
  if (rowTexts.some((t) => [...words(t)].some((x) => w.has(x)))) return 'counterparty';
  return 'amount';
}

// ---------- per set ----------
const weekday = (d) => new Date(`${d}T00:00:00Z`).getUTCDay();
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
for (const entry of index.sets) {
  const dir = join(root, entry.set);
  const where = entry.set;
  if (!existsSync(join(dir, 'truth.json'))) {
    bad(where, 'no truth.json');
    continue;
  }
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const holidays = new Set(truth.publicHolidays);
  const working = (d) => d && weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d);
  const inPeriod = (d) => d >= truth.period.from && d <= truth.period.to;
  const [bf] = truth.bankFiles;
  const [lf] = truth.ledgerFiles;

  // statement
  const st = readRows(dir, bf, `${where}/${bf.file}`);
  for (const r of st) if (r.date === null) bad(where, `statement row ${r.row} has money but no date`);
  const posting = bf.order === 'newest-first' ? st.slice().reverse() : st.slice();
  let bal = toMinor(bf.openingBalance);
  let prevDate = '';
  for (const r of posting) {
    bal += r.amount;
    if (r.balance !== bal) bad(where, `statement row ${r.row}: balance ${fmt(r.balance)} ≠ running ${fmt(bal)}`);
    if (bal < 0) bad(where, `statement row ${r.row}: overdraft`);
    if (r.date < prevDate) bad(where, `statement row ${r.row}: date out of order`);
    prevDate = r.date;
    if (!inPeriod(r.date) || !working(r.date))
      bad(where, `statement row ${r.row}: ${r.date} not a working day of the period`);
  }
  if (bal !== toMinor(bf.closingBalance)) bad(where, `statement closing ${fmt(bal)} ≠ truth ${bf.closingBalance}`);
  if (st.length < 70 || st.length > 110) bad(where, `${st.length} statement lines (70–110 expected)`);

  // truth.bank ↔ statement rows
  if (truth.bank.length !== st.length)
    bad(where, `truth has ${truth.bank.length} bank entries, statement ${st.length}`);
  const stByRow = new Map(st.map((r) => [r.row, r]));
  truth.bank.forEach((b, i) => {
    const r = st[i];
    if (!r || r.row !== b.ref.row)
      return bad(where, `truth bank[${i}] row ${b.ref.row} is not statement row ${r?.row}`);
    if (r.date !== b.ref.date || fmt(r.amount) !== b.ref.amount || r.text !== b.ref.text)
      bad(where, `bank row ${r.row}: cells ${r.date} ${fmt(r.amount)} "${r.text}" ≠ truth`);
    if ((r.ref || undefined) !== b.ref.reference) bad(where, `bank row ${r.row}: reference cell "${r.ref}" ≠ truth`);
  });

  // ledger rows of the account
  const all = readRows(dir, lf, `${where}/${lf.file}`);
  const nonEntry = new Set((lf.nonEntryRows ?? []).map((x) => x.row));
  for (const r of all) {
    if (r.date === null && !nonEntry.has(r.row)) bad(where, `ledger row ${r.row} has money and no date, not listed`);
    if (r.date === undefined) bad(where, `ledger row ${r.row}: unreadable date`);
  }
  for (const n of nonEntry) if (!all.some((r) => r.row === n)) bad(where, `nonEntryRow ${n} carries no money`);
  const accountCol = lf.readOptions.mapping.account;
  const ledger = all.filter((r) => !nonEntry.has(r.row) && (!accountCol || r.account === bf.ledgerAccount));
  const ledgerByRow = new Map(ledger.map((r) => [r.row, r]));
  let lb = toMinor(lf.openingBalance);
  for (const r of ledger) {
    lb += r.amount;
    if (lf.readOptions.mapping.balance && r.balance !== lb) bad(where, `ledger row ${r.row}: balance ≠ running`);
    if (!inPeriod(r.date) || !working(r.date))
      bad(where, `ledger row ${r.row}: ${r.date} not a working day of the period`);
  }
  if (lb !== toMinor(lf.closingBalance)) bad(where, `ledger closing ${fmt(lb)} ≠ truth ${lf.closingBalance}`);

  // references point at rows; every ledger row owned once
  const owned = new Map();
  const own = (row, who) => {
    if (owned.has(row) && owned.get(row) !== who)
      bad(where, `ledger row ${row} owned twice (${owned.get(row)} / ${who})`);
    owned.set(row, who);
  };
  const refOk = (x) => {
    const r = ledgerByRow.get(x.row);
    if (!r || x.file !== lf.file || r.date !== x.date || fmt(r.amount) !== x.amount)
      bad(where, `ledger ref ${x.file}#${x.row} ${x.date} ${x.amount} does not point at such a row`);
    return r;
  };
  const groups = new Map();
  for (const b of truth.bank) if (b.group) groups.set(b.group, [...(groups.get(b.group) ?? []), b]);
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    none: 'no-counterpart',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
  };
  const textOf = (r) => [r.ref, r.text, r.party].filter(Boolean).join(' ');
  for (const b of truth.bank) {
    const w = `${where} bank row ${b.ref.row}`;
    if (expectOf[b.decision] !== b.expect) bad(w, `decision ${b.decision} with expect ${b.expect}`);
    if ((b.decision === 'suggest') !== (typeof b.mustNotAuto === 'boolean'))
      bad(w, 'mustNotAuto only and always on suggest');
    if ((b.decision === 'bank-only') !== Boolean(b.kind)) bad(w, 'kind only and always on bank-only');
    if (b.decision === 'reversal-pair') {
      const p = b.partner && truth.bank.find((x) => x.ref.row === b.partner.row);
      if (!p || p.partner?.row !== b.ref.row) bad(w, 'partner does not point back');
      else if (toMinor(p.ref.amount) + toMinor(b.ref.amount) !== 0) bad(w, 'reversal pair does not cancel');
    } else if (b.partner !== null) bad(w, 'partner outside a reversal pair');
    const any = Array.isArray(b.ledgerAnyOf);
    if (any !== (b.ledger === null && b.expect === 'match') || any !== b.ambiguous)
      bad(w, 'ledgerAnyOf ⇔ ledger null ⇔ ambiguous');
    if (b.ambiguous && !b.traits.includes('twins') && !b.traits.includes('tie')) bad(w, 'ambiguous without twins/tie');
    if (b.traits.includes('tie') && !(b.decision === 'suggest' && b.mustNotAuto === true))
      bad(w, 'tie must be suggest + mustNotAuto');
    if (b.traits.includes('twins') && b.decision !== 'auto') bad(w, 'twins must be auto');
    if (b.expect !== 'match') {
      if (b.ledger !== null || b.evidence !== null) bad(w, 'no ledger and no evidence expected');
      if (
        b.decision === 'none' &&
        ledger.some((r) => fmt(r.amount) === b.ref.amount) &&
        !b.traits.includes('same-amount-as-open-row')
      )
        bad(w, 'a line without counterpart has a ledger row of its amount');
      continue;
    }
    const options = any ? b.ledgerAnyOf : [b.ledger];
    const stRow = stByRow.get(b.ref.row);
    const bankText = `${stRow?.text ?? ''} ${stRow?.ref ?? ''}`;
    for (const opt of options) {
      const rows = opt.map(refOk).filter(Boolean);
      const ev = evidence(bankText, rows.map(textOf));
      if (ev !== b.evidence) bad(w, `evidence ${b.evidence}, the cells carry ${ev}`);
      for (const x of opt)
        own(
          x.row,
          any
            ? `anyOf ${options
                .flat()
                .map((y) => y.row)
                .sort()
                .join(',')}`
            : `line ${b.group ?? b.ref.row}`,
        );
      const members = b.group ? groups.get(b.group) : [b];
      const diff = members.reduce((t, x) => t + toMinor(x.ref.amount), 0) - rows.reduce((t, r) => t + r.amount, 0);
      if (b.decision === 'auto') {
        if (diff !== toMinor(b.difference ?? '0'))
          bad(w, `bank − books ${fmt(diff)} ≠ difference ${b.difference ?? 0}`);
        if (diff > 0 && !b.traits.includes('over-payment')) bad(w, 'positive difference without over-payment');
        if (diff < 0 && !b.traits.some((t) => t.startsWith('short-'))) bad(w, 'negative difference without short-*');
        if (Math.abs(diff) * 10 > Math.abs(rows.reduce((t, r) => t + r.amount, 0))) bad(w, 'difference above 10 %');
        if (b.evidence === 'amount') bad(w, 'auto on amount alone');
        if (b.evidence !== 'reference' && !any && rows.length === 1) {
          if (ledger.some((r) => r.amount === rows[0].amount && r.row !== rows[0].row))
            bad(w, 'auto without reference has a rival of its amount');
        }
      } else if (
        diff !== 0 &&
        !b.traits.some((t) => ['part-payment', 'short-net-of-fee', 'books-amount-transposed'].includes(t))
      )
        bad(w, `suggestion of another amount (${fmt(diff)}) without a trait saying why`);
      if (b.decision !== 'auto' && b.difference !== undefined) bad(w, 'difference outside auto');
    }
  }
  for (const o of truth.ledgerOnly) {
    refOk(o);
    own(o.row, 'ledgerOnly');
  }
  for (const r of ledger) if (!owned.has(r.row)) bad(where, `ledger row ${r.row} owned by nothing`);

  // the reconcile document
  const docPath = join(dir, `reconcile.${bf.file}.json`);
  const doc = JSON.parse(readFileSync(docPath, 'utf8'));
  if (!checkDoc(doc)) bad(where, `reconcile document: ${ajv.errorsText(checkDoc.errors)}`);
  if (doc.options?.timezone !== truth.timezone) bad(where, 'document timezone');
  if (doc.bank.length !== st.length) bad(where, 'document bank lines ≠ statement rows');
  st.forEach((r, i) => {
    const d = doc.bank[i];
    const want = {
      id: `${bf.file}#${r.row}`,
      date: r.date,
      amount: fmt(r.amount),
      currency: truth.currency,
      narration: r.text,
      reference: r.ref || null,
      counterparty: null,
      balance: fmt(r.balance),
    };
    if (JSON.stringify(d) !== JSON.stringify(want))
      bad(where, `document bank[${i}] ${JSON.stringify(d)} ≠ ${JSON.stringify(want)}`);
  });
  if (doc.ledger.length !== ledger.length) bad(where, 'document ledger entries ≠ ledger rows of the account');
  ledger.forEach((r, i) => {
    const d = doc.ledger[i];
    const want = {
      id: `${lf.file}#${r.row}`,
      date: r.date,
      amount: fmt(r.amount),
      currency: truth.currency,
      reference: r.ref || null,
      description: r.text,
      party: r.party || null,
      account: bf.ledgerAccount,
    };
    if (JSON.stringify(d) !== JSON.stringify(want))
      bad(where, `document ledger[${i}] ${JSON.stringify(d)} ≠ ${JSON.stringify(want)}`);
  });
  const s = doc.statement;
  if (
    s.from !== truth.period.from ||
    s.to !== truth.period.to ||
    s.bankBalance !== bf.closingBalance ||
    s.bookBalance !== lf.closingBalance
  )
    bad(where, 'document statement');

  // index counts
  const count = (k) => truth.bank.filter((b) => b.decision === k).length;
  const matched = truth.bank.filter((b) => b.expect === 'match');
  const want = {
    bankLines: st.length,
    ledgerRows: ledger.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((b) => b.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((b) => b.difference !== undefined).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(entry[k]) !== JSON.stringify(v))
      bad(where, `index ${k} ${JSON.stringify(entry[k])} ≠ ${JSON.stringify(v)}`);
  if (entry.bankFiles[0] !== bf.file || entry.ledgerFiles[0] !== lf.file) bad(where, 'index file names');
  console.log(`${entry.set}: ${st.length} bank lines, ${ledger.length} ledger rows checked`);
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error(`${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`holdout32: ${index.sets.length} sets valid`);
