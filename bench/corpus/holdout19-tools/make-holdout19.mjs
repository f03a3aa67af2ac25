#!/usr/bin/env node
// Writes bench/corpus/holdout19/**: four month-long sets (bank statement + ledger export + truth + reconcile JSON).
// Seeded: BANKFEED_CORPUS_SEED overrides the default; the same seed gives the same bytes.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  mkRng,
  dec,
  thou,
  num,
  dmy,
  dMonY,
  serial,
  csvText,
  xlsxBytes,
  MON,
  MONTH_NAMES,
  daysIn,
  iso,
} from './lib.mjs';
import { Ctx, buildMonth } from './scenario.mjs';
import { NG, GH, KE, ZA } from './sets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, '..', 'holdout19');
const DEFAULT_SEED = 20251919;
const seed = process.env.BANKFEED_CORPUS_SEED ? Number(process.env.BANKFEED_CORPUS_SEED) : DEFAULT_SEED;
if (!Number.isInteger(seed))
  throw new Error(`BANKFEED_CORPUS_SEED must be an integer, got ${process.env.BANKFEED_CORPUS_SEED}`);
console.log(`holdout19 seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''}`);

const ymd = (d) => d.replace(/-/g, '/');
const xDate = (d) => `${d.slice(8)} ${MON[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`; // "03 Sep 2025"
const dateCell = (d) => ({ t: 'n', v: serial(d), z: 'yyyy-mm-dd' });

// ------------------------------------------------------------------ bank statement writers
// each returns { file, bytes, headerRow, rowOf: Map(line → row), nonEntryRows, readOptions, order, bank }
function unityXlsx(X, lines, open, close) {
  const file = `unity-${X.acct}-${MON[X.m - 1].toLowerCase()}${X.y}.xlsx`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const rows = [
    ['UNITY BANK PLC'],
    ['CUSTOMER STATEMENT OF ACCOUNT'],
    ['Account Name', X.company],
    ['Account Number', X.acct],
    ['Account Type', 'CURRENT ACCOUNT - CORPORATE'],
    ['Currency', 'NGN'],
    ['Statement Period', `${dMonY(from)} TO ${dMonY(to)}`],
    ['Opening Balance', num(open)],
    ['Closing Balance', num(close)],
    [],
    ['Tran Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
    [dMonY(from), dMonY(from), '', 'BALANCE B/F', '', '', num(open)],
  ];
  const headerRow = 11;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dMonY(l.date),
      dMonY(l.date),
      l.reference ?? '',
      l.text,
      l.amount < 0 ? num(-l.amount) : '',
      l.amount > 0 ? num(l.amount) : '',
      num(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  const deb = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
  const cre = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
  rows.push([]);
  rows.push(['Total Debit', '', '', '', num(deb)]);
  rows.push(['Total Credit', '', '', '', '', num(cre)]);
  rows.push(['End of statement. Please report any discrepancy within 15 days. Unity Bank Plc - RC 40744']);
  return {
    file,
    bank: 'Unity Bank',
    bytes: xlsxBytes('Statement', rows, [12, 12, 12, 60, 16, 16, 18]),
    headerRow,
    rowOf,
    nonEntryRows: [{ row: 12, why: 'BALANCE B/F: the opening balance printed as the first table row, not an entry' }],
    order: 'oldest-first',
    readOptions: {
      preset: 'ng-bank-statement',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        reference: 'Reference',
        description: 'Narration',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'NGN',
    },
    layout:
      'Unity Bank internet banking statement download (XLSX): preamble with account details and balances, table Tran Date/Value Date/Reference/Narration/Debit/Credit/Balance, dates as DD-Mon-YYYY text, amounts as numbers, BALANCE B/F first row, totals and footer below',
  };
}

function gtbankCsv(X, lines, open, close) {
  const file = `gtbank-gh-${X.acct}-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const rows = [
    ['GUARANTY TRUST BANK (GHANA) LIMITED'],
    ['CUSTOMER STATEMENT'],
    ['Account Name', X.company],
    ['Account Number', X.acct],
    ['Currency', 'GHS'],
    ['Period', `${dMonY(from)} to ${dMonY(to)}`],
    ['Opening Balance', `GHS ${thou(open)}`],
    ['Closing Balance', `GHS ${thou(close)}`],
    [],
    ['Trans. Date', 'Value. Date', 'Reference', 'Debits', 'Credits', 'Balance', 'Originating Branch', 'Remarks'],
  ];
  const headerRow = rows.length;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dMonY(l.date),
      dMonY(l.date),
      l.reference ?? '',
      l.amount < 0 ? thou(-l.amount) : '',
      l.amount > 0 ? thou(l.amount) : '',
      thou(l.balance),
      l.branch ?? (l.amount < 0 ? 'HEAD OFFICE' : 'E-CHANNELS'),
      l.text,
    ]);
    rowOf.set(l, rows.length);
  }
  return {
    file,
    bank: 'GTBank Ghana',
    bytes: csvText(rows),
    headerRow,
    rowOf,
    nonEntryRows: [],
    order: 'oldest-first',
    readOptions: { preset: 'ng-bank-statement', currency: 'GHS', dateOrder: 'DMY' },
    layout:
      'GTBank Ghana internet banking statement CSV: preamble, table Trans. Date/Value. Date/Reference/Debits/Credits/Balance/Originating Branch/Remarks (the GTBank column order, narration last), DD-Mon-YYYY dates, amounts with thousands separators',
  };
}

function ecobankCsv(X, lines, open, close) {
  const file = `ecobank-ke-${X.acct}-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const rows = [
    ['Ecobank Kenya Limited'],
    ['ACCOUNT STATEMENT'],
    ['Account Name:', X.company],
    ['Account Number:', X.acct],
    ['Currency:', 'KES'],
    ['Branch:', 'WESTLANDS'],
    ['Statement Period:', `${dmy(from)} - ${dmy(to)}`],
    [],
    ['Booking Date', 'Reference', 'Description', 'Value Date', 'Debit', 'Credit', 'Balance'],
    [dmy(from), '', 'Opening Balance', dmy(from), '', '', thou(open)],
  ];
  const headerRow = 9;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dmy(l.date),
      l.reference ?? '',
      l.text,
      dmy(l.date),
      l.amount < 0 ? thou(-l.amount) : '',
      l.amount > 0 ? thou(l.amount) : '',
      thou(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  rows.push([dmy(to), '', 'Closing Balance', dmy(to), '', '', thou(close)]);
  const closeRow = rows.length;
  return {
    file,
    bank: 'Ecobank Kenya',
    bytes: csvText(rows),
    headerRow,
    rowOf,
    nonEntryRows: [
      { row: 10, why: 'Opening Balance row (dated, balance only), not an entry' },
      { row: closeRow, why: 'Closing Balance row (dated, balance only), not an entry' },
    ],
    order: 'oldest-first',
    readOptions: {
      mapping: {
        date: 'Booking Date',
        valueDate: 'Value Date',
        reference: 'Reference',
        description: 'Description',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
    layout:
      'Ecobank Kenya online banking statement CSV: preamble, table Booking Date/Reference/Description/Value Date/Debit/Credit/Balance, DD/MM/YYYY dates, dated Opening/Closing Balance rows',
  };
}

function ubankCsv(X, lines, open, close) {
  const file = `ubank-${X.acct}-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const rows = [
    ['Account Number', X.acct],
    ['Account Name', X.company],
    ['Account Type', 'Ubank Business Account'],
    ['From Date', ymd(from)],
    ['To Date', ymd(to)],
    ['Opening Balance', dec(open)],
    ['Closing Balance', dec(close)],
    [],
    ['Date', 'Description', 'Reference', 'Debit Amount', 'Credit Amount', 'Balance'],
  ];
  const headerRow = rows.length;
  const rowOf = new Map();
  // Ubank lists the newest transaction first
  for (const l of lines.slice().reverse()) {
    rows.push([
      ymd(l.date),
      l.text,
      l.reference ?? '',
      l.amount < 0 ? dec(l.amount) : '',
      l.amount > 0 ? dec(l.amount) : '',
      dec(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  return {
    file,
    bank: 'Ubank',
    bytes: csvText(rows),
    headerRow,
    rowOf,
    nonEntryRows: [],
    order: 'newest-first',
    readOptions: {
      mapping: {
        date: 'Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Balance',
      },
      dateOrder: 'YMD',
      currency: 'ZAR',
    },
    layout:
      'Ubank online banking transaction history CSV: account preamble, table Date/Description/Reference/Debit Amount/Credit Amount/Balance, newest first, YYYY/MM/DD dates, debits written negative, the payer/payee and their reference in the Reference column',
  };
}

// ------------------------------------------------------------------ ledger writers
// each returns { file, bytes, headerRow, rowOf, nonEntryRows, readOptions, package, layout, json(row) }
function odooXlsx(X, rows) {
  const file = `odoo17-journal-items-unity-${MON[X.m - 1].toLowerCase()}${X.y}.xlsx`;
  // entry numbers follow posting order; the list view exports newest first (Odoo's default sort: date desc, name desc)
  let pb = 388;
  let misc = 41;
  for (const r of rows)
    r.jid =
      r.journal === 'PBNK1'
        ? `PBNK1/${X.y}/${String(++pb).padStart(5, '0')}`
        : `MISC/${X.y}/${String(X.m).padStart(2, '0')}/${String(++misc).padStart(4, '0')}`;
  const out = [['Date', 'Journal Entry', 'Account', 'Partner', 'Label', 'Reference', 'Debit', 'Credit']];
  const rowOf = new Map();
  for (const r of rows.slice().reverse()) {
    out.push([
      dateCell(r.date),
      r.jid,
      X.odooAccount,
      r.partner ?? '',
      r.label,
      r.ref ?? '',
      r.amount > 0 ? num(r.amount) : 0,
      r.amount < 0 ? num(-r.amount) : 0,
    ]);
    rowOf.set(r, out.length);
  }
  return {
    file,
    package: 'Odoo 17 (Accounting > Journal Items, filtered on the bank account, Export XLSX)',
    bytes: xlsxBytes('Sheet1', out, [12, 20, 30, 34, 60, 24, 14, 14]),
    headerRow: 1,
    rowOf,
    nonEntryRows: [],
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'Journal Entry',
        account: 'Account',
        party: 'Partner',
        description: 'Label',
        reference: 'Reference',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
      currency: 'NGN',
    },
    layout:
      'Odoo 17 list-view export of journal items of the bank account (payments post straight to the bank account, no outstanding accounts): Date (date cells), Journal Entry, Account, Partner, Label, Reference, Debit, Credit (0 where empty), newest first, no preamble',
    json: (r) => ({ reference: r.ref || null, description: r.label, party: r.partner || null, account: X.odooAccount }),
  };
}

function sageCsv(X, rows, bookOpen, bookClose) {
  const file = `sage50-nominal-activity-1200-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  let no = 5210;
  for (const r of rows) r.no = String(++no);
  const out = [
    ['Nana Akua Agro Inputs Ltd'],
    ['Nominal Activity'],
    ['Date From:', dmy(from), 'Date To:', dmy(to)],
    ['Transaction From:', '1', 'Transaction To:', '99,999,999'],
    ['N/C From:', '1200', 'N/C To:', '1200'],
    [],
    ['No', 'Type', 'Date', 'Account', 'Ref', 'Ex.Ref', 'Details', 'Dept', 'T/C', 'Value', 'Debit', 'Credit', 'V', 'B'],
    ['N/C: 1200', 'Name: Bank Current Account', '', '', '', '', `Account Balance: ${thou(bookClose)} DR`],
  ];
  const headerRow = 7;
  const rowOf = new Map();
  for (const r of rows) {
    const v = thou(Math.abs(r.amount));
    out.push([
      r.no,
      r.type,
      dmy(r.date),
      r.account,
      r.ref ?? '',
      r.exref ?? '',
      r.details,
      '0',
      'T9',
      v,
      r.amount > 0 ? v : '',
      r.amount < 0 ? v : '',
      '-',
      'N',
    ]);
    rowOf.set(r, out.length);
  }
  const deb = rows.filter((r) => r.amount > 0).reduce((s, r) => s + r.amount, 0);
  const cre = rows.filter((r) => r.amount < 0).reduce((s, r) => s - r.amount, 0);
  out.push(['', '', '', '', '', '', 'Totals:', '', '', '', thou(deb), thou(cre)]);
  out.push(['', '', '', '', '', '', `History Balance: ${thou(bookClose)}`]);
  void bookOpen;
  return {
    file,
    package: 'Sage 50 Accounts (Ghana VAT edition): Nominal Activity report for N/C 1200, exported to CSV',
    bytes: csvText(out),
    headerRow,
    rowOf,
    nonEntryRows: [],
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'No',
        party: 'Account',
        reference: 'Ref',
        description: 'Details',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
      dateOrder: 'DMY',
      currency: 'GHS',
    },
    layout:
      'Sage 50 Nominal Activity CSV: report preamble (date and N/C ranges), header No/Type/Date/Account/Ref/Ex.Ref/Details/Dept/T/C/Value/Debit/Credit/V/B, an undated N/C section row, Debit = money in, Account = the customer/supplier account reference (KWAMEA01) or 1200, Totals: and History Balance rows at the end',
    json: (r) => ({ reference: r.ref || null, description: r.details, party: r.account, account: '1200' }),
  };
}

function zohoCsv(X, rows, bookOpen, bookClose) {
  const file = `zoho-books-account-transactions-ecobank-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const out = [
    ['Mwangaza Office Supplies Limited'],
    ['Account Transactions'],
    [`From ${dmy(from)} To ${dmy(to)}`],
    [],
    [
      'Date',
      'Account',
      'Transaction Details',
      'Transaction Type',
      'Transaction#',
      'Reference#',
      'Debit',
      'Credit',
      'Amount',
    ],
    [dmy(from), X.zohoAccount, 'Opening Balance', '', '', '', dec(bookOpen), '', dec(bookOpen)],
  ];
  const headerRow = 5;
  const rowOf = new Map();
  // payment numbers are given in the order the payments were recorded (by date)
  let pmt = 141;
  let vp = 61;
  for (const r of rows) {
    if (r.type === 'Customer Payment') r.no = String(++pmt);
    else if (r.type === 'Vendor Payment') r.no = String(++vp);
  }
  for (const r of rows) {
    out.push([
      dmy(r.date),
      X.zohoAccount,
      r.details,
      r.type,
      r.no ?? '',
      r.ref ?? '',
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
      dec(r.amount),
    ]);
    rowOf.set(r, out.length);
  }
  out.push([
    dmy(to),
    X.zohoAccount,
    'Closing Balance',
    '',
    '',
    '',
    bookClose >= 0 ? dec(bookClose) : '',
    bookClose < 0 ? dec(-bookClose) : '',
    dec(bookClose),
  ]);
  return {
    file,
    package: 'Zoho Books (Reports > Account Transactions, account Ecobank Current A/C, Export CSV)',
    bytes: csvText(out),
    headerRow,
    rowOf,
    nonEntryRows: [
      { row: 6, why: 'Opening Balance row (dated, with money), not an entry' },
      { row: out.length, why: 'Closing Balance row (dated, with money), not an entry' },
    ],
    readOptions: {
      mapping: {
        date: 'Date',
        account: 'Account',
        description: 'Transaction Details',
        journalId: 'Transaction#',
        reference: 'Reference#',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
    layout:
      'Zoho Books Account Transactions CSV: three title rows, header Date/Account/Transaction Details/Transaction Type/Transaction#/Reference#/Debit/Credit/Amount (documented as not a QuickBooks layout: needs a mapping), Transaction Details = contact, Debit = money in, dated Opening/Closing Balance rows',
    json: (r) => ({ reference: r.ref || null, description: r.details, party: null, account: X.zohoAccount }),
  };
}

function xeroCsv(X, rows, bookOpen, bookClose) {
  const file = `xero-account-transactions-ubank-${MON[X.m - 1].toLowerCase()}${X.y}.csv`;
  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const out = [
    ['Account Transactions'],
    ['Thandeka Events (Pty) Ltd'],
    [`For the period 1 ${MONTH_NAMES[X.m - 1]} ${X.y} to ${daysIn(X.y, X.m)} ${MONTH_NAMES[X.m - 1]} ${X.y}`],
    [],
    ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance', 'Gross', 'VAT'],
    [X.xeroAccount],
    [xDate(from), '', 'Opening Balance', '', '', '', thou(bookOpen), '', ''],
  ];
  const headerRow = 5;
  const rowOf = new Map();
  let bal = bookOpen;
  for (const r of rows) {
    bal += r.amount;
    const vat = r.source === 'Spend Money' && r.vatable ? thou(Math.round((Math.abs(r.amount) * 15) / 115)) : '0.00';
    out.push([
      xDate(r.date),
      r.source,
      r.desc,
      r.ref ?? '',
      r.amount > 0 ? thou(r.amount) : '',
      r.amount < 0 ? thou(-r.amount) : '',
      thou(bal),
      thou(Math.abs(r.amount)),
      vat,
    ]);
    rowOf.set(r, out.length);
  }
  const deb = rows.filter((r) => r.amount > 0).reduce((s, r) => s + r.amount, 0);
  const cre = rows.filter((r) => r.amount < 0).reduce((s, r) => s - r.amount, 0);
  out.push([`Total ${X.xeroAccount}`, '', '', '', thou(deb), thou(cre), '', '', '']);
  out.push([xDate(to), '', 'Closing Balance', '', '', '', thou(bookClose), '', '']);
  return {
    file,
    package: 'Xero (Reports > Account Transactions, Ubank Business Account, Export CSV)',
    bytes: csvText(out),
    headerRow,
    rowOf,
    nonEntryRows: [
      { row: 7, why: 'Opening Balance row of the account section (dated, running balance only), not an entry' },
      { row: out.length, why: 'Closing Balance row (dated, running balance only), not an entry' },
    ],
    readOptions: { preset: 'xero-account-transactions', currency: 'ZAR' },
    layout:
      'Xero Account Transactions CSV: title rows, header Date/Source/Description/Reference/Debit/Credit/Running Balance/Gross/VAT, a section row naming the account, dated Opening Balance, Total and dated Closing Balance rows, DD Mon YYYY dates, Debit = money in',
    json: (r) => ({ reference: r.ref || null, description: r.desc, party: null, account: X.xeroAccount }),
  };
}

const SETS = [
  { X: NG, bankW: unityXlsx, ledW: odooXlsx, bankText: (l) => l.text },
  { X: GH, bankW: gtbankCsv, ledW: sageCsv },
  { X: KE, bankW: ecobankCsv, ledW: zohoCsv },
  { X: ZA, bankW: ubankCsv, ledW: xeroCsv },
];

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const index = { corpus: 'holdout19', seed, generator: 'bench/corpus/holdout19-tools/make-holdout19.mjs', sets: [] };

SETS.forEach(({ X, bankW, ledW }, si) => {
  const setSeed = seed + si * 7919;
  const rng = mkRng(setSeed);
  const C = new Ctx(rng, X);
  const { ledgerOnly } = buildMonth(C);
  const lines = C.bank.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key - b.key));
  const ledRows = C.led.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key - b.key));
  // opening balance: high enough that the account never goes overdrawn
  let run = 0;
  let min = 0;
  for (const l of lines) {
    run += l.amount;
    min = Math.min(min, run);
  }
  const open = Math.round((-min + C.amt(X.rcptRange[0], X.rcptRange[1] * 2) * 1) / 100) * 100;
  run = open;
  for (const l of lines) {
    run += l.amount;
    l.balance = run;
  }
  const close = run;
  // the books were reconciled at the start of the month, so they open at the bank's balance
  const bookOpen = open;
  const bookClose = ledRows.reduce((s, r) => s + r.amount, bookOpen);

  const dir = join(OUT, X.set);
  mkdirSync(dir, { recursive: true });
  const bw = bankW(X, lines, open, close);
  const lw = ledW(X, ledRows, bookOpen, bookClose);
  writeFileSync(join(dir, bw.file), bw.bytes);
  writeFileSync(join(dir, lw.file), lw.bytes);

  const from = iso(X.y, X.m, 1);
  const to = iso(X.y, X.m, daysIn(X.y, X.m));
  const lref = (r) => ({ file: lw.file, row: lw.rowOf.get(r), date: r.date, amount: dec(r.amount) });
  const bref = (l) => {
    const o = { file: bw.file, row: bw.rowOf.get(l), date: l.date, amount: dec(l.amount), text: l.text };
    if (l.reference) o.reference = l.reference;
    return o;
  };
  const expectOf = {
    auto: 'match',
    suggest: 'match',
    'bank-only': 'bank-only',
    'reversal-pair': 'reversal-pair',
    none: 'no-counterpart',
  };
  const byFile = lines.slice().sort((a, b) => bw.rowOf.get(a) - bw.rowOf.get(b));
  const bank = byFile.map((l) => {
    const t = l.t;
    if (!t) throw new Error(`${X.set}: bank line without truth: ${l.date} ${l.text}`);
    const e = { ref: bref(l), expect: expectOf[t.decision], decision: t.decision };
    if (t.ledgerAnyOf) {
      e.ledger = null;
      e.ledgerAnyOf = t.ledgerAnyOf.map((set) => set.map(lref));
    } else e.ledger = (t.ledger ?? []).map(lref);
    if (t.group) e.group = t.group;
    e.evidence = t.evidence ?? 'amount';
    e.ambiguous = Boolean(t.ambiguous);
    e.kind = t.kind ?? null;
    e.partner = t.partner ? bref(t.partner) : null;
    e.traits = t.traits ?? [];
    if (t.decision === 'suggest') e.mustNotAuto = Boolean(t.mustNotAuto);
    if (t.decision === 'auto' && t.ledger) {
      const groupLines = t.group ? lines.filter((x) => x.t?.group === t.group) : [l];
      const diff = groupLines.reduce((s, x) => s + x.amount, 0) - t.ledger.reduce((s, r) => s + r.amount, 0);
      if (diff !== 0) e.difference = dec(diff);
    }
    return e;
  });
  const truth = {
    set: X.set,
    country: X.country,
    currency: X.cur,
    timezone: X.tz,
    period: { from, to },
    seed: setSeed,
    bankFiles: [
      {
        file: bw.file,
        bank: bw.bank,
        headerRow: bw.headerRow,
        ledgerAccount: JSON.parse(JSON.stringify(lw.json(ledRows[0]).account)),
        readOptions: bw.readOptions,
        order: bw.order,
        layout: bw.layout,
        openingBalance: dec(open),
        closingBalance: dec(close),
        ...(bw.nonEntryRows.length ? { nonEntryRows: bw.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: lw.file,
        package: lw.package,
        headerRow: lw.headerRow,
        readOptions: lw.readOptions,
        layout: lw.layout,
        openingBalance: dec(bookOpen),
        closingBalance: dec(bookClose),
        ...(lw.nonEntryRows.length ? { nonEntryRows: lw.nonEntryRows } : {}),
      },
    ],
    notes: notesFor(X),
    bank,
    ledgerOnly: ledgerOnly.map(({ row, why }) => ({ ...lref(row), why })),
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const doc = {
    options: { timezone: X.tz },
    statement: { from, to, bankBalance: dec(close), bookBalance: dec(bookClose) },
    bank: byFile.map((l) => ({
      id: `${bw.file}#${bw.rowOf.get(l)}`,
      date: l.date,
      amount: dec(l.amount),
      currency: X.cur,
      narration: l.text,
      reference: l.reference ?? null,
      counterparty: null,
      balance: dec(l.balance),
    })),
    ledger: ledRows
      .slice()
      .sort((a, b) => lw.rowOf.get(a) - lw.rowOf.get(b))
      .map((r) => ({
        id: `${lw.file}#${lw.rowOf.get(r)}`,
        date: r.date,
        amount: dec(r.amount),
        currency: X.cur,
        ...lw.json(r),
      })),
  };
  writeFileSync(join(dir, `reconcile.${bw.file}.json`), JSON.stringify(doc, null, 2) + '\n');

  const count = (d) => bank.filter((e) => e.decision === d).length;
  const matched = bank.filter((e) => e.expect === 'match');
  index.sets.push({
    set: X.set,
    country: X.country,
    currency: X.cur,
    period: { from, to },
    bankFiles: [bw.file],
    ledgerFiles: [lw.file],
    bankLines: bank.length,
    ledgerRows: ledRows.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: bank.filter((e) => e.mustNotAuto === true).length,
    ledgerOnly: truth.ledgerOnly.length,
    matchedWithoutReference: matched.filter((e) => e.evidence !== 'reference').length,
    matched: matched.length,
  });
  console.log(`${X.set}: ${bank.length} bank lines, ${ledRows.length} ledger rows`, index.sets.at(-1).decisions);
});
index.totals = ['auto', 'suggest', 'bank-only', 'none', 'reversal-pair'].reduce(
  (o, d) => ({ ...o, [d]: index.sets.reduce((s, x) => s + x.decisions[d], 0) }),
  {},
);
index.totals.bankLines = index.sets.reduce((s, x) => s + x.bankLines, 0);
index.totals.ledgerRows = index.sets.reduce((s, x) => s + x.ledgerRows, 0);
writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');

function notesFor(X) {
  const common = [
    'Written blind: from docs/reconcile-json.md, docs/reconcile-input.schema.json, docs/ledger-files.md and bench/corpus/README.md sections 1-2 only; the engine was neither read nor run on these files.',
    'The books were reconciled at the start of the month: the ledger opens at the bank opening balance; book balance = opening + every ledger row of the month.',
    'Tie: the entry of the tie that the payment does not settle is still open at month end and is not listed in ledgerOnly.',
  ];
  const own = {
    NG: [
      "EMTL (₦50 per electronic receipt of ₦10,000 or more) is posted once per day for that day's receipts.",
      'NIP commission and its 7.5 % VAT are separate lines after each transfer out.',
    ],
    GH: [
      'Sage 50 invoice numbers are plain numbers (10342…); customers quote them as INV 10342, inv10342, 10342 …',
      'Party column is the Sage account reference (KWAMEA01), not the name; the name is in Details.',
      'No E-levy: the levy was repealed before July 2025.',
    ],
    KE: [
      'Excise duty (20 %) on bank fees is kind fee-vat.',
      'M-PESA till settlements arrive net of the merchant fee; the M-PESA receipt number is the batch id.',
    ],
    ZA: [
      "The payer/payee and their reference are in Ubank's Reference column; the Description holds the transaction type only.",
      'Withholding-short payments are an early-settlement discount (2.5 %) and a retention (5 %).',
      'Bank fees in South Africa include VAT, so there are no separate fee-VAT lines.',
    ],
  };
  return [...common, ...own[X.country]];
}
void thou;
