#!/usr/bin/env node
// holdout31 — independent validator: imports nothing of the generator. Re-reads every file through truth.json only
// (headerRow, mapping, dateOrder, sheet, nonEntryRows) and checks every truth row.
//   node bench/corpus/holdout31-tools/validate-holdout31.mjs [DIR]     (default: bench/corpus/holdout31)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { parse } from 'csv-parse/sync';
import Ajv2020Module from 'ajv/dist/2020.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '../holdout31'));
const repo = resolve(here, '../../..');
const errors = [];
const err = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------------------------------------------------------------------------------------------------------------
// Cells
const MON = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const iso = (y, m, d) => {
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const t = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== s ? null : s;
};
function dateOf(v, order) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const t = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000);
    return t.toISOString().slice(0, 10);
  }
  const s = String(v).trim();
  let mt;
  if ((mt = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(s))) return iso(+mt[1], +mt[2], +mt[3]);
  if ((mt = /^(\d{1,2})[- ]([A-Za-z]{3})[- ](\d{4})$/.exec(s))) return iso(+mt[3], MON[mt[2].toLowerCase()], +mt[1]);
  if ((mt = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    if (order === 'DMY') return iso(+mt[3], +mt[2], +mt[1]);
    if (order === 'MDY') return iso(+mt[3], +mt[1], +mt[2]);
    throw new Error(`numeric date ${s} without dateOrder`);
  }
  return null;
}
/** amount cell → minor units (strings with thousands separators and a sign; numbers from XLSX) */
function minorOf(v) {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') {
    const r = Math.round(v * 100);
    if (Math.abs(v * 100 - r) > 1e-6) throw new Error(`more than two decimals: ${v}`);
    return r;
  }
  const s = String(v).trim().replace(/,/g, '');
  const mt = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!mt) throw new Error(`not an amount: ${v}`);
  const n = Number(mt[2]) * 100 + Number((mt[3] ?? '').padEnd(2, '0'));
  return mt[1] ? -n : n;
}
const textOf = (v) => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v));
const major = (minor) => {
  const a = Math.abs(minor);
  return `${minor < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
};

function readTable(dir, file, opts) {
  const path = join(dir, file);
  if (file.endsWith('.csv')) {
    const raw = readFileSync(path, 'utf8');
    const body = raw.replace(/^\ufeff/, '');
    if (body.replace(/\r\n/g, '').includes('\n')) throw new Error(`${file}: line ends must be CRLF`);
    const first = body.split('\r\n').slice(0, 20).join('\n');
    const delim = [',', ';', '\t', '|'].sort((a, b) => first.split(b).length - first.split(a).length)[0];
    return parse(body, { delimiter: delim, relax_column_count: true, skip_empty_lines: false });
  }
  const wb = XLSX.read(readFileSync(path));
  const ws = wb.Sheets[opts.sheet];
  if (!ws) throw new Error(`${file}: no sheet ${opts.sheet}`);
  return XLSX.utils.sheet_to_json(ws, { header: 1, raw: true, defval: null, blankrows: true });
}

/** the file's entries through the mapping: [{ row, date, amount, text, reference, party, account, balance }] */
function readEntries(dir, spec, where) {
  const { mapping, dateOrder } = spec.readOptions;
  const table = readTable(dir, spec.file, spec.readOptions);
  const header = (table[spec.headerRow - 1] ?? []).map(textOf);
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${where}: column "${name}" not in header row ${spec.headerRow}`);
    return i;
  };
  const cols = {};
  for (const [k, v] of Object.entries(mapping)) cols[k] = [].concat(v).map(col);
  const get = (r, k) => (cols[k] ? cols[k].map((i) => r[i]) : []);
  const nonEntry = new Map((spec.nonEntryRows ?? []).map((x) => [x.row, x.why]));
  const out = [];
  for (let i = spec.headerRow; i < table.length; i++) {
    const r = table[i] ?? [];
    const row = i + 1;
    const date = dateOf(get(r, 'date')[0], dateOrder);
    const moneyCells = ['amount', 'moneyIn', 'moneyOut', 'balance']
      .flatMap((k) => get(r, k))
      .filter((v) => v !== null && v !== undefined && v !== '');
    if (!date) {
      if (moneyCells.length && !nonEntry.has(row))
        err(where, `row ${row} has money but no date and is not a nonEntryRow`);
      if (!moneyCells.length && nonEntry.has(row)) err(where, `nonEntryRow ${row} carries no money`);
      continue;
    }
    if (nonEntry.has(row)) err(where, `nonEntryRow ${row} is dated`);
    let amount;
    if (cols.amount) amount = minorOf(get(r, 'amount')[0]);
    else {
      const inn = minorOf(get(r, 'moneyIn')[0]) ?? 0;
      const outm = minorOf(get(r, 'moneyOut')[0]) ?? 0;
      if (inn && outm) err(where, `row ${row} has money in and out`);
      amount = Math.abs(inn) - Math.abs(outm);
    }
    if (!amount) err(where, `dated row ${row} has no money`);
    const joined = (k) =>
      get(r, k)
        .map(textOf)
        .filter((s) => s !== '')
        .join(' — ');
    out.push({
      row,
      date,
      amount,
      text: joined('description'),
      reference: joined('reference'),
      party: cols.party ? joined('party') : null,
      account: cols.account ? joined('account') : null,
      balance: cols.balance ? minorOf(get(r, 'balance')[0]) : null,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Evidence, written again from the README's rule.
function numberTokens(text) {
  const out = new Set();
  const add = (t) => {
    const s = t.replace(/^0+/, '');
    if (s.length >= 3 && !/^20[0-3]\d$/.test(t)) out.add(s);
    if (/^20[0-3]\d\d{3,}$/.test(t)) {
      const rest = t.slice(4).replace(/^0+/, '');
      if (rest.length >= 3) out.add(rest);
    }
  };
  for (const mt of String(text).matchAll(/\d+(?:[-/. ]\d+)*/g)) {
    const parts = mt[0].split(/[-/. ]/);
    parts.forEach(add);
    if (parts.length > 1) add(parts.join(''));
  }
  return out;
}
const STOP = new Set(
  `LIMITED LTD PLC PTY COMPANY NIGERIA GHANA KENYA AFRICA SOUTH PAYMENT PAYMENTS RECEIPT RECEIVED INVOICE INVOICES
  TRANSFER FROM BEING WITH THAT THIS SALES SUPPLY SUPPLIES CHARGE CHARGES BANK ACCOUNT MOBILE INWARD OUTWARD CREDIT
  DEBIT ONLINE INSTANT FUNDS TRANSFERS REF REFERENCE NUMBER JANUARY FEBRUARY MARCH APRIL JUNE JULY AUGUST SEPTEMBER
  OCTOBER NOVEMBER DECEMBER SEPT PART BALANCE FULL SETTLEMENT CUSTOMER SUPPLIER VENDOR CASH LESS AGAINST`.split(/\s+/),
);
const words = (t) =>
  new Set(
    (
      String(t)
        .toUpperCase()
        .match(/[A-Z]{4,}/g) ?? []
    ).filter((w) => !STOP.has(w)),
  );
function evidence(bankText, rows) {
  const bt = numberTokens(bankText);
  const bw = words(bankText);
  let best = 'amount';
  for (const r of rows) {
    const cells = [r.reference, r.text, r.party ?? ''].join(' ');
    for (const t of numberTokens(cells)) if (bt.has(t)) return 'reference';
    for (const w of words(cells)) if (bw.has(w)) best = 'counterparty';
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateDoc = ajv.compile(JSON.parse(readFileSync(join(repo, 'docs/reconcile-input.schema.json'), 'utf8')));
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const KINDS = new Set(['charge', 'levy', 'tax', 'fee-vat', 'interest', 'unknown']);
const EXPECT = {
  match: ['auto', 'suggest'],
  'bank-only': ['bank-only'],
  'reversal-pair': ['reversal-pair'],
  'no-counterpart': ['none'],
};

for (const s of index.sets) {
  const dir = join(root, s.set);
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const W = s.set;
  const { from, to } = truth.period;
  const working = (d) =>
    d >= from &&
    d <= to &&
    ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) &&
    !truth.publicHolidays.includes(d);
  if (truth.set !== s.set) err(W, 'set name differs from index');
  const bf = truth.bankFiles[0];
  const lf = truth.ledgerFiles[0];
  let bank, ledgerAll;
  try {
    bank = readEntries(dir, bf, `${W}/${bf.file}`);
    ledgerAll = readEntries(dir, lf, `${W}/${lf.file}`);
  } catch (e) {
    err(W, e.message);
    continue;
  }
  // statement: running balance in posting order, opening + lines = closing, no overdraft, dates
  const posting = bf.order === 'newest-first' ? bank.slice().reverse() : bank;
  let bal = minorOf(bf.openingBalance);
  let prevDate = '';
  for (const l of posting) {
    bal += l.amount;
    if (l.balance !== bal) err(W, `bank row ${l.row}: balance ${l.balance} ≠ running ${bal}`);
    if (bal < 0) err(W, `bank row ${l.row}: overdrawn`);
    if (!working(l.date)) err(W, `bank row ${l.row}: ${l.date} is not a working day of the period`);
    if (l.date < prevDate) err(W, `bank row ${l.row}: dates out of order`);
    prevDate = l.date;
  }
  if (bal !== minorOf(bf.closingBalance)) err(W, `bank closing ${major(bal)} ≠ ${bf.closingBalance}`);
  if (bank.length < 70 || bank.length > 110) err(W, `${bank.length} bank lines, expected 70–110`);

  // truth.bank: every statement row once, in file order, with its cells
  const bankByRow = new Map(bank.map((l) => [l.row, l]));
  if (truth.bank.length !== bank.length) err(W, `truth has ${truth.bank.length} bank lines, the file ${bank.length}`);
  truth.bank.forEach((e, i) => {
    const l = bank[i];
    if (!l || e.ref.row !== l.row) return err(W, `truth.bank[${i}] row ${e.ref.row} is not the file's row ${l?.row}`);
    if (e.ref.file !== bf.file) err(W, `truth.bank[${i}] file`);
    if (e.ref.date !== l.date || e.ref.amount !== major(l.amount) || e.ref.text !== l.text)
      err(W, `truth.bank[${i}] (row ${l.row}) date/amount/text differ from the file`);
    if ((e.ref.reference ?? '') !== l.reference) err(W, `truth.bank[${i}] (row ${l.row}) reference differs`);
  });

  // ledger: the account's rows
  const ledger = lf.readOptions.mapping.account ? ledgerAll.filter((r) => r.account === bf.ledgerAccount) : ledgerAll;
  if (!ledger.length) err(W, `no ledger rows of account ${bf.ledgerAccount}`);
  let lb = minorOf(lf.openingBalance);
  for (const r of ledger) {
    lb += r.amount;
    if (r.balance !== null && r.balance !== lb) err(W, `ledger row ${r.row}: balance ${r.balance} ≠ running ${lb}`);
    if (!working(r.date)) err(W, `ledger row ${r.row}: ${r.date} is not a working day of the period`);
  }
  if (lb !== minorOf(lf.closingBalance)) err(W, `ledger closing ${major(lb)} ≠ ${lf.closingBalance}`);
  const rowByNo = new Map(ledger.map((r) => [r.row, r]));
  const lrow = (ref, where) => {
    const r = rowByNo.get(ref.row);
    if (!r || ref.file !== lf.file) return err(W, `${where}: ledger ref row ${ref.row} is no row of the account`);
    if (r.date !== ref.date || major(r.amount) !== ref.amount)
      err(W, `${where}: ledger ref row ${ref.row} date/amount differ`);
    return r;
  };

  // decisions
  const owner = new Map();
  const own = (row, who, where) => {
    if (owner.has(row) && owner.get(row) !== who) err(W, `${where}: ledger row ${row} owned twice`);
    owner.set(row, who);
  };
  const groups = new Map();
  truth.bank.forEach((e, i) => {
    const where = `bank row ${e.ref.row}`;
    if (!EXPECT[e.expect]?.includes(e.decision)) err(W, `${where}: expect ${e.expect} with decision ${e.decision}`);
    if ((e.decision === 'suggest') !== 'mustNotAuto' in e) err(W, `${where}: mustNotAuto only and always on suggest`);
    if ((e.decision === 'bank-only') !== (e.kind !== null)) err(W, `${where}: kind only and always on bank-only`);
    if (e.kind !== null && !KINDS.has(e.kind)) err(W, `${where}: unknown kind ${e.kind}`);
    const anyOf = 'ledgerAnyOf' in e;
    if (anyOf !== (e.ledger === null && e.expect === 'match') || anyOf !== e.ambiguous)
      err(W, `${where}: ledgerAnyOf ⇔ ledger null ⇔ ambiguous broken`);
    if (anyOf && !e.traits.some((t) => t === 'twins' || t === 'tie')) err(W, `${where}: ledgerAnyOf without twins/tie`);
    if (e.traits.includes('tie') && !(e.decision === 'suggest' && e.mustNotAuto === true))
      err(W, `${where}: a tie must be suggest + mustNotAuto`);
    if (e.traits.includes('twins') && e.decision !== 'auto') err(W, `${where}: twins are auto`);
    if (e.expect !== 'match' && (e.ledger !== null || anyOf || e.evidence !== null))
      err(W, `${where}: ledger/evidence on a line without match`);
    if (e.decision === 'reversal-pair') {
      const p = e.partner && truth.bank.find((x) => x.ref.row === e.partner.row);
      if (!p || p.partner?.row !== e.ref.row || minorOf(p.ref.amount) !== -minorOf(e.ref.amount))
        err(W, `${where}: partner does not point back or does not cancel`);
      if (p && JSON.stringify(p.ref) !== JSON.stringify(e.partner))
        err(W, `${where}: partner ref differs from its line`);
    } else if (e.partner !== null) err(W, `${where}: partner on a line that is no reversal`);
    if (e.ledger) {
      const rows = e.ledger.map((x) => lrow(x, where)).filter(Boolean);
      const key = e.group ?? `line${e.ref.row}`;
      for (const r of rows) own(r.row, key, where);
      const g = groups.get(key) ?? { lines: [], rows, entries: [] };
      g.lines.push(bankByRow.get(e.ref.row));
      g.entries.push(e);
      groups.set(key, g);
      const ev = evidence(`${e.ref.text} ${e.ref.reference ?? ''}`, rows);
      if (ev !== e.evidence) err(W, `${where}: evidence ${e.evidence}, the cells carry ${ev}`);
      if (e.decision === 'auto' && ev !== 'reference' && rows.length === 1) {
        const rival = ledger.find((r) => r.amount === rows[0].amount && r.row !== rows[0].row);
        if (rival) err(W, `${where}: auto without a reference, but row ${rival.row} has the same amount`);
      }
    }
    if (anyOf) {
      const sets = e.ledgerAnyOf.map((set) => set.map((x) => lrow(x, where)).filter(Boolean));
      const key = `anyOf:${sets
        .flat()
        .map((r) => r.row)
        .sort()
        .join(',')}`;
      for (const r of sets.flat()) own(r.row, key, where);
      for (const set of sets) {
        const diff = minorOf(e.ref.amount) - set.reduce((a, r) => a + r.amount, 0);
        if (diff !== 0) err(W, `${where}: an option of ledgerAnyOf differs by ${diff}`);
        const ev = evidence(`${e.ref.text} ${e.ref.reference ?? ''}`, set);
        if (ev !== e.evidence) err(W, `${where}: evidence ${e.evidence}, the cells carry ${ev}`);
      }
    }
    if (e.decision === 'none' && !e.traits.includes('same-amount-as-open-row')) {
      const same = ledger.find((r) => major(r.amount) === e.ref.amount);
      if (same) err(W, `${where}: no counterpart, but ledger row ${same.row} has its amount`);
    }
    if (i > 0 && truth.bank[i - 1].ref.row >= e.ref.row) err(W, `${where}: not in file order`);
  });
  for (const [key, g] of groups) {
    const e = g.entries[0];
    if (g.entries.some((x) => JSON.stringify(x.ledger) !== JSON.stringify(e.ledger) || x.decision !== e.decision))
      err(W, `group ${key}: lines disagree`);
    const diff = g.lines.reduce((a, l) => a + l.amount, 0) - g.rows.reduce((a, r) => a + r.amount, 0);
    const stated = e.difference ? minorOf(e.difference) : 0;
    if (e.decision === 'auto' && diff !== stated) err(W, `group ${key}: bank − books = ${diff}, stated ${stated}`);
    if (stated > 0 && !e.traits.includes('over-payment'))
      err(W, `group ${key}: positive difference without over-payment`);
    if (stated < 0 && !e.traits.some((t) => t.startsWith('short-')))
      err(W, `group ${key}: negative difference without a short-* trait`);
    if (
      e.decision === 'suggest' &&
      diff !== 0 &&
      !['part-payment', 'short-net-of-fee', 'books-amount-transposed'].some((t) => e.traits.includes(t))
    )
      err(W, `group ${key}: suggestion of another amount with no trait saying why`);
  }
  for (const x of truth.ledgerOnly) {
    const r = lrow(x, 'ledgerOnly');
    if (r) own(r.row, 'ledgerOnly', `ledgerOnly ${x.row}`);
    if (!x.why) err(W, `ledgerOnly ${x.row}: no why`);
  }
  for (const r of ledger) if (!owner.has(r.row)) err(W, `ledger row ${r.row} is owned by no truth line`);

  // the reconcile document
  const docName = `reconcile.${bf.file}.json`;
  const doc = JSON.parse(readFileSync(join(dir, docName), 'utf8'));
  if (!validateDoc(doc)) err(W, `${docName}: ${ajv.errorsText(validateDoc.errors)}`);
  if (doc.options?.timezone !== truth.timezone) err(W, `${docName}: timezone`);
  if (doc.bank.length !== bank.length) err(W, `${docName}: ${doc.bank.length} bank lines`);
  doc.bank.forEach((b, i) => {
    const l = bank[i];
    if (!l) return;
    const want = {
      id: `${bf.file}#${l.row}`,
      date: l.date,
      amount: major(l.amount),
      currency: truth.currency,
      narration: l.text,
      reference: l.reference || null,
      counterparty: null,
      balance: major(l.balance),
    };
    if (JSON.stringify(b) !== JSON.stringify(want)) err(W, `${docName}: bank[${i}] differs from row ${l.row}`);
  });
  if (doc.ledger.length !== ledger.length) err(W, `${docName}: ${doc.ledger.length} ledger rows`);
  doc.ledger.forEach((x, i) => {
    const r = ledger[i];
    if (!r) return;
    const want = {
      id: `${lf.file}#${r.row}`,
      date: r.date,
      amount: major(r.amount),
      currency: truth.currency,
      reference: r.reference || null,
      description: r.text || null,
      party: r.party || null,
      account: bf.ledgerAccount,
    };
    if (JSON.stringify(x) !== JSON.stringify(want)) err(W, `${docName}: ledger[${i}] differs from row ${r.row}`);
  });
  const st = doc.statement ?? {};
  if (st.from !== from || st.to !== to || st.bankBalance !== bf.closingBalance || st.bookBalance !== lf.closingBalance)
    err(W, `${docName}: statement period or balances`);

  // index counts
  const count = (d) => truth.bank.filter((e) => e.decision === d).length;
  const matched = truth.bank.filter((e) => e.expect === 'match');
  const want = {
    bankLines: truth.bank.length,
    ledgerRows: ledger.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truth.bank.filter((e) => e.mustNotAuto === true).length,
    autoWithDifference: truth.bank.filter((e) => e.decision === 'auto' && e.difference).length,
    ledgerOnly: truth.ledgerOnly.length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
  };
  for (const [k, v] of Object.entries(want))
    if (JSON.stringify(s[k]) !== JSON.stringify(v))
      err(W, `index.json ${k} is ${JSON.stringify(s[k])}, the truth says ${JSON.stringify(v)}`);
  if (
    JSON.stringify(s.bankFiles) !== JSON.stringify([bf.file]) ||
    JSON.stringify(s.ledgerFiles) !== JSON.stringify([lf.file])
  )
    err(W, 'index.json files');
  console.log(`${s.set}: ${bank.length} bank lines, ${ledger.length} ledger rows checked`);
}

if (errors.length) {
  console.error(`holdout31: ${errors.length} problem(s)\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
console.log(`holdout31: ${index.sets.length} sets valid (${root})`);
