// Writes bench/corpus/holdout68 from sets68.mjs: each set's statement and books in its bank's and package's layout,
// truth.json, one reconcile-JSON document per statement, and index.json. No randomness: same input, same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';
import { GH, KE, NG, ZA } from './sets68.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const at = process.argv.indexOf('--out');
const out = at >= 0 ? process.argv[at + 1] : join(here, '..', 'holdout68');

const cents = (s) => {
  const m = /^(-?)(\d+)\.(\d\d)$/.exec(s);
  if (!m) throw new Error(`amount ${s}`);
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3]));
};
const major = (c) =>
  `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
const grouped = (c) => major(Math.abs(c)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const pad = (n) => String(n).padStart(2, '0');
const iso = (s, d) => `${s.year}-${pad(s.month)}-${pad(d)}`;
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const dmy = (s, d) => `${pad(d)}/${pad(s.month)}/${s.year}`;
const dMonY = (s, d) => `${pad(d)}-${MON[s.month - 1]}-${s.year}`;
const serial = (s, d) => (Date.UTC(s.year, s.month - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
const lastDay = (s) => new Date(Date.UTC(s.year, s.month, 0)).getUTCDate();
const csvCell = (v) => {
  const t = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const dateCell = (s, d) => ({ t: 'n', v: serial(s, d), z: 'dd/mm/yyyy' });
const numCell = (c) => (c === null ? null : { t: 'n', v: c / 100, z: '#,##0.00' });
function xlsx(rows, sheet) {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === undefined ? null : v))));
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheet);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
}

/** Checks every set must pass before anything is written. */
function check(s) {
  const fail = (m) => {
    throw new Error(`${s.set}: ${m}`);
  };
  for (const [d] of [...s.bank, ...s.books]) {
    const wd = new Date(Date.UTC(s.year, s.month - 1, d)).getUTCDay();
    if (wd === 0 || wd === 6 || (s.holidays ?? []).includes(d)) fail(`day ${d} is no business day`);
  }
  let bal = cents(s.opening);
  for (const [d, a] of s.bank) {
    bal += cents(a);
    if (bal < 0) fail(`balance negative on ${d}`);
  }
  const keys = new Map(s.books.map((b) => [b[0], b]));
  const used = new Map();
  const groups = new Map();
  for (const [, a, , x] of s.bank) {
    if (!x.m) continue;
    if (x.g) groups.set(x.g, [...(groups.get(x.g) ?? []), cents(a)]);
    for (const k of x.m) {
      if (!keys.has(k)) fail(`no book row ${k}`);
      if (!x.g) used.set(k, (used.get(k) ?? 0) + 1);
      else used.set(k, 1);
    }
    if (!x.g) {
      const sum = x.m.reduce((t, k) => t + cents(keys.get(k)[2]), 0);
      if (sum !== cents(a)) fail(`line ${a} ≠ books ${sum}`);
    }
  }
  for (const [g, amts] of groups) {
    const line = s.bank.find((b) => b[3].g === g);
    const sum = line[3].m.reduce((t, k) => t + cents(keys.get(k)[2]), 0);
    if (amts.reduce((a, b) => a + b, 0) !== sum) fail(`group ${g} does not add up`);
  }
  for (const b of s.books) {
    const only = ledgerOnlyWhy(s, b);
    if (only && used.has(b[0])) fail(`${b[0]} ledger-only yet matched`);
    if (!only && used.get(b[0]) !== 1) fail(`${b[0]} used ${used.get(b[0]) ?? 0} times`);
  }
  const revs = new Map();
  for (const [, a, , x] of s.bank) if (x.rev) revs.set(x.rev, [...(revs.get(x.rev) ?? []), cents(a)]);
  for (const [r, v] of revs) if (v.length !== 2 || v[0] + v[1] !== 0) fail(`reversal ${r} does not cancel`);
  const decoys = s.bank.filter((b) => b[3].decoy).length;
  if (decoys < 2) fail('fewer than two decoys');
}
const ledgerOnlyWhy = (s, b) => (s === GH ? b[7] : b[7]) ?? null;

// ---- layouts: each returns { file, bytes, headerRow, rowOfLine[], readOptions, meta } --------------------------

function bankNG(s) {
  const file = 'rephidim-mfb-1020048817-feb2026.csv';
  const rows = [
    ['REPHIDIM MICROFINANCE BANK LIMITED'],
    ['Statement of Account'],
    ['Account Name:', 'IKORODU SPRINGS TABLE WATER LTD'],
    ['Account Number:', '1020048817'],
    ['Currency:', 'NGN'],
    ['Period:', `01-Feb-2026 to ${dMonY(s, lastDay(s))}`],
    [],
    ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    ['', '', 'Opening Balance', '', '', '', grouped(cents(s.opening))],
  ];
  const headerRow = 8;
  let bal = cents(s.opening);
  const rowOfLine = [];
  for (const [d, a, text, x] of s.bank) {
    bal += cents(a);
    rows.push([
      dMonY(s, d),
      dMonY(s, d),
      text,
      x.ref ?? '',
      cents(a) < 0 ? grouped(cents(a)) : '',
      cents(a) > 0 ? grouped(cents(a)) : '',
      grouped(bal),
    ]);
    rowOfLine.push(rows.length);
  }
  rows.push(['', '', 'Closing Balance', '', '', '', grouped(bal)]);
  return {
    file,
    bytes: csv(rows),
    headerRow,
    rowOfLine,
    closing: bal,
    readOptions: {},
    bank: 'Rephidim Microfinance Bank Ltd',
    layout: 'CSV',
  };
}

function bankGH(s) {
  const file = 'yarb-0120003318-mar2026.xlsx';
  const rows = [
    ['YAA ASANTEWAA RURAL BANK PLC'],
    ['Customer Account Statement'],
    ['Account Name', 'EJISU BLOCKMASTERS ENTERPRISE'],
    ['Account No', '0120003318'],
    ['Currency', 'GHS'],
    ['Period', `01/03/2026 - ${dmy(s, lastDay(s))}`],
    [],
    ['Trans Date', 'Value Date', 'Transaction Details', 'Cheque No', 'Debit', 'Credit', 'Balance'],
    [null, null, 'BALANCE B/F', null, null, null, numCell(cents(s.opening))],
  ];
  const headerRow = 8;
  let bal = cents(s.opening);
  const rowOfLine = [];
  for (const [d, a, text, x] of s.bank) {
    bal += cents(a);
    const c = cents(a);
    rows.push([
      dateCell(s, d),
      dateCell(s, d),
      text,
      x.tr?.includes('cheque-number') ? x.ref : null,
      c < 0 ? numCell(-c) : null,
      c > 0 ? numCell(c) : null,
      numCell(bal),
    ]);
    rowOfLine.push(rows.length);
  }
  rows.push([null, null, 'BALANCE C/F', null, null, null, numCell(bal)]);
  const readOptions = {
    currency: 'GHS',
    mapping: {
      date: 'Trans Date',
      valueDate: 'Value Date',
      description: 'Transaction Details',
      reference: 'Cheque No',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
  };
  return {
    file,
    bytes: xlsx(rows, 'Statement'),
    headerRow,
    rowOfLine,
    closing: bal,
    readOptions,
    bank: 'Yaa Asantewaa Rural Bank PLC',
    layout: 'XLSX',
  };
}

function bankKE(s) {
  const file = 'winas-fosa-0121008815-apr2026.csv';
  const rows = [
    ['WINAS SACCO SOCIETY LTD'],
    ['FOSA ACCOUNT STATEMENT'],
    ['Member No:', 'WS-08812'],
    ['Account Name:', 'KIANJAI COMMUNITY WATER PROJECT'],
    ['Account No:', '0121008815'],
    ['Period:', `01/04/2026 - ${dmy(s, lastDay(s))}`],
    ['Transaction Date', 'Value Date', 'Description', 'Reference', 'Money Out', 'Money In', 'Ledger Balance'],
    ['', '', 'Balance B/F', '', '', '', major(cents(s.opening))],
  ];
  const headerRow = 7;
  let bal = cents(s.opening);
  const rowOfLine = [];
  for (const [d, a, text, x] of s.bank) {
    bal += cents(a);
    const c = cents(a);
    rows.push([dmy(s, d), dmy(s, d), text, x.ref ?? '', c < 0 ? major(-c) : '', c > 0 ? major(c) : '', major(bal)]);
    rowOfLine.push(rows.length);
  }
  rows.push(['', '', 'Balance C/F', '', '', '', major(bal)]);
  const readOptions = {
    currency: 'KES',
    dateOrder: 'DMY',
    mapping: {
      date: 'Transaction Date',
      valueDate: 'Value Date',
      description: 'Description',
      reference: 'Reference',
      moneyOut: 'Money Out',
      moneyIn: 'Money In',
      balance: 'Ledger Balance',
    },
  };
  return {
    file,
    bytes: '\ufeff' + csv(rows),
    headerRow,
    rowOfLine,
    closing: bal,
    readOptions,
    bank: 'Winas Sacco Society Ltd (FOSA)',
    layout: 'CSV',
  };
}

function bankZA(s) {
  const file = 'ozow-merchant-statement-2026-05.csv';
  const rows = [
    ['Ozow Merchant Statement'],
    ['Merchant:', 'Salt Rock Sands Body Corporate (SS 214/1997)'],
    ['Site code:', 'SRS-001'],
    ['Period:', `2026-05-01 to ${iso(s, lastDay(s))}`],
    [],
    [
      'Date',
      'Transaction Type',
      'Transaction ID',
      'Merchant Reference',
      'Customer',
      'Description',
      'Amount',
      'Balance',
    ],
    ['Opening Balance', '', '', '', '', '', '', major(cents(s.opening))],
  ];
  const headerRow = 6;
  let bal = cents(s.opening);
  const rowOfLine = [];
  let n = 0;
  for (const [d, a, text, x] of s.bank) {
    bal += cents(a);
    n++;
    const id = `OZ${s.year}${pad(s.month)}${pad(d)}${String(41000 + n * 37)}`;
    rows.push([
      `${iso(s, d)} ${pad(8 + (n % 9))}:${pad((n * 13) % 60)}`,
      x.type,
      id,
      x.ref ?? '',
      x.cp ?? '',
      text,
      major(cents(a)),
      major(bal),
    ]);
    rowOfLine.push(rows.length);
  }
  rows.push(['Closing Balance', '', '', '', '', '', '', major(bal)]);
  const readOptions = {
    currency: 'ZAR',
    mapping: {
      date: 'Date',
      description: ['Transaction Type', 'Description'],
      reference: 'Merchant Reference',
      party: 'Customer',
      amount: 'Amount',
      balance: 'Balance',
    },
  };
  return {
    file,
    bytes: csv(rows),
    headerRow,
    rowOfLine,
    closing: bal,
    readOptions,
    bank: 'Ozow (South African pay-by-bank provider: merchant account statement with pay-ins, payouts and fees)',
    layout: 'CSV',
  };
}

// books: each returns { file, bytes, headerRow, rowOfBook: Map(key,row), nonEntryRows, readOptions, entry(key) }
const sortBooks = (s) => [...s.books].sort((a, b) => a[1] - b[1]);

function booksNG(s) {
  const file = 'ebizframe-gl-11020-feb2026.xlsx';
  const rows = [
    ['IKORODU SPRINGS TABLE WATER LTD'],
    ['General Ledger - Account Ledger'],
    ['Account: 11020 - Rephidim MFB Current A/c 1020048817'],
    [`From 01/02/2026 To ${dmy(s, lastDay(s))}`],
    [],
    [
      'Voucher Date',
      'Voucher No',
      'Voucher Type',
      'Account Code',
      'Party / Sub-Ledger',
      'Narration',
      'Ref No',
      'Debit',
      'Credit',
      'Balance',
    ],
    ['Opening Balance', null, null, '11020', null, null, null, null, null, numCell(cents(s.bookOpening))],
  ];
  const headerRow = 6;
  const nonEntryRows = [{ row: 7, why: 'opening balance of the account, not an entry' }];
  let bal = cents(s.bookOpening);
  let dr = 0;
  let cr = 0;
  const rowOfBook = new Map();
  const entries = new Map();
  for (const [k, d, a, vno, ref, party, desc] of sortBooks(s)) {
    const c = cents(a);
    bal += c;
    if (c > 0) dr += c;
    else cr -= c;
    const type = vno.startsWith('BRV') ? 'Bank Receipt' : vno.startsWith('BPV') ? 'Bank Payment' : 'Contra';
    rows.push([
      dateCell(s, d),
      vno,
      type,
      '11020',
      party || null,
      desc,
      ref || null,
      c > 0 ? numCell(c) : null,
      c < 0 ? numCell(-c) : null,
      numCell(bal),
    ]);
    rowOfBook.set(k, rows.length);
    entries.set(k, {
      date: iso(s, d),
      amount: a,
      reference: ref || null,
      description: desc,
      party: party || null,
      account: '11020',
    });
  }
  rows.push(['Total', null, null, null, null, null, null, numCell(dr), numCell(cr), null]);
  rows.push(['Closing Balance', null, null, '11020', null, null, null, null, null, numCell(bal)]);
  const readOptions = {
    currency: 'NGN',
    mapping: {
      date: 'Voucher Date',
      journalId: 'Voucher No',
      account: 'Account Code',
      party: 'Party / Sub-Ledger',
      description: 'Narration',
      reference: 'Ref No',
      moneyIn: 'Debit',
      moneyOut: 'Credit',
      balance: 'Balance',
    },
  };
  return {
    file,
    bytes: xlsx(rows, 'Account Ledger'),
    headerRow,
    rowOfBook,
    entries,
    nonEntryRows,
    readOptions,
    ledgerAccount: '11020',
    package: 'eBizframe ERP (Finance → General Ledger → Account Ledger of 11020, exported to Excel)',
  };
}

function booksGH(s) {
  const file = 'bigredbook-bank-yarb-current-mar2026.csv';
  const rows = [
    ['Ejisu Blockmasters Enterprise'],
    ['Bank Account Report - Yaa Asantewaa RB Current'],
    [`01/03/2026 to ${dmy(s, lastDay(s))}`],
    [],
    ['Date', 'Ref', 'Description', 'Name', 'Analysis', 'Money In', 'Money Out', 'Balance'],
    ['Brought Forward', '', '', '', '', '', '', major(cents(s.bookOpening))],
  ];
  const headerRow = 5;
  const nonEntryRows = [{ row: 6, why: 'balance brought forward, not an entry' }];
  let bal = cents(s.bookOpening);
  const rowOfBook = new Map();
  const entries = new Map();
  for (const [k, d, a, ref, party, desc, analysis] of sortBooks(s)) {
    const c = cents(a);
    bal += c;
    rows.push([dmy(s, d), ref, desc, party, analysis, c > 0 ? major(c) : '', c < 0 ? major(-c) : '', major(bal)]);
    rowOfBook.set(k, rows.length);
    entries.set(k, {
      date: iso(s, d),
      amount: a,
      reference: ref || null,
      description: desc,
      party: party || null,
      account: null,
    });
  }
  rows.push(['Carried Forward', '', '', '', '', '', '', major(bal)]);
  const readOptions = {
    currency: 'GHS',
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      reference: 'Ref',
      description: 'Description',
      party: 'Name',
      moneyIn: 'Money In',
      moneyOut: 'Money Out',
      balance: 'Balance',
    },
  };
  return {
    file,
    bytes: csv(rows),
    headerRow,
    rowOfBook,
    entries,
    nonEntryRows,
    readOptions,
    ledgerAccount: 'Yaa Asantewaa RB Current',
    package: 'Big Red Book (Reports → Bank Account Report of the Yaa Asantewaa RB current account, exported to CSV)',
  };
}

function booksKE(s) {
  const file = 'tompro-general-ledger-521100-apr2026.xlsx';
  const rows = [
    ['TOMPRO - General Ledger'],
    ['Project: KIANJAI COMMUNITY WATER PROJECT'],
    ['Account: 521100 - Winas Sacco FOSA 0121008815'],
    [`Period: 01/04/2026 - ${dmy(s, lastDay(s))}`],
    [],
    [
      'Date',
      'Journal',
      'Voucher No',
      'Account',
      'Third Party',
      'Description',
      'Ext. Ref',
      'Budget Line',
      'Debit',
      'Credit',
    ],
    [null, 'BQ1', null, '521100', null, 'Balance b/f', null, null, numCell(cents(s.bookOpening)), null],
  ];
  const headerRow = 6;
  const nonEntryRows = [{ row: 7, why: 'balance brought forward, not an entry' }];
  let dr = cents(s.bookOpening);
  let cr = 0;
  const rowOfBook = new Map();
  const entries = new Map();
  const budget = (desc, c) =>
    c > 0
      ? 'R1 Income'
      : /salar|paye|nssf|shif/i.test(desc)
        ? 'B2 Staff costs'
        : /transfer|withdrawal/i.test(desc)
          ? 'T0 Transfers'
          : 'B3 Operations';
  for (const [k, d, a, vno, ref, party, desc] of sortBooks(s)) {
    const c = cents(a);
    if (c > 0) dr += c;
    else cr -= c;
    rows.push([
      dateCell(s, d),
      'BQ1',
      vno,
      '521100',
      party || null,
      desc,
      ref || null,
      budget(desc, c),
      c > 0 ? numCell(c) : null,
      c < 0 ? numCell(-c) : null,
    ]);
    rowOfBook.set(k, rows.length);
    entries.set(k, {
      date: iso(s, d),
      amount: a,
      reference: ref || null,
      description: desc,
      party: party || null,
      account: '521100',
    });
  }
  rows.push(['Total account 521100', null, null, null, null, null, null, null, numCell(dr), numCell(cr)]);
  const readOptions = {
    currency: 'KES',
    mapping: {
      date: 'Date',
      journalId: 'Voucher No',
      account: 'Account',
      party: 'Third Party',
      description: 'Description',
      reference: 'Ext. Ref',
      moneyIn: 'Debit',
      moneyOut: 'Credit',
    },
  };
  return {
    file,
    bytes: xlsx(rows, 'General Ledger'),
    headerRow,
    rowOfBook,
    entries,
    nonEntryRows,
    readOptions,
    ledgerAccount: '521100',
    package: 'TOMPRO (project accounting: Edition → General Ledger of account 521100, exported to Excel)',
  };
}

function booksZA(s) {
  const file = 'mda-cashbook-ozow-may2026.csv';
  const rows = [
    ['MDA Property Systems'],
    ['Salt Rock Sands Body Corporate'],
    ['Cashbook Transactions - Bank: OZOW (Ozow merchant account)'],
    [`Period: 01/05/2026 - ${dmy(s, lastDay(s))}`],
    [],
    ['Date', 'Type', 'Doc No', 'Contra Account', 'Name', 'Description', 'Reference', 'Receipts', 'Payments'],
    ['Opening Balance', '', '', '', '', '', '', major(cents(s.bookOpening)), ''],
  ];
  const headerRow = 6;
  const nonEntryRows = [{ row: 7, why: 'opening balance, not an entry' }];
  let rc = 0;
  let py = 0;
  const rowOfBook = new Map();
  const entries = new Map();
  for (const [k, d, a, doc, ref, party, desc] of sortBooks(s)) {
    const c = cents(a);
    if (c > 0) rc += c;
    else py -= c;
    const type = doc.startsWith('RC') ? 'Receipt' : doc.startsWith('PY') ? 'Payment' : 'Transfer';
    const contra = doc.startsWith('RC')
      ? ref.startsWith('SRS0')
        ? `OWN/${ref}`
        : '1200/000'
      : doc.startsWith('TR')
        ? '8450/000'
        : '2100/000';
    rows.push([dmy(s, d), type, doc, contra, party, desc, ref, c > 0 ? major(c) : '', c < 0 ? major(-c) : '']);
    rowOfBook.set(k, rows.length);
    entries.set(k, {
      date: iso(s, d),
      amount: a,
      reference: ref || null,
      description: desc,
      party: party || null,
      account: null,
    });
  }
  rows.push(['Total', '', '', '', '', '', '', major(rc), major(py)]);
  rows.push(['Closing Balance', '', '', '', '', '', '', major(cents(s.bookOpening) + rc - py), '']);
  const readOptions = {
    currency: 'ZAR',
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      journalId: 'Doc No',
      party: 'Name',
      description: 'Description',
      reference: 'Reference',
      moneyIn: 'Receipts',
      moneyOut: 'Payments',
    },
  };
  return {
    file,
    bytes: csv(rows),
    headerRow,
    rowOfBook,
    entries,
    nonEntryRows,
    readOptions,
    ledgerAccount: 'OZOW',
    package: 'MDA Property Systems (Cashbook → Cashbook Transactions of the OZOW bank, exported to CSV)',
  };
}

const META = {
  NG: {
    business:
      'Ikorodu Springs Table Water Ltd, a bottled-water factory in Ikorodu, Lagos (75cl and 1.5l cartons to hospitals, a state ministry, supermarkets, an events company and a beverage depot; PET preforms, caps and shrink film, labels paid, reversed and re-sent; Ikeja Electric prepaid, LIRS PAYE, pension to a PFA, diesel by POS, fourteen salaries in one bulk transfer, transfers to and from its GTBank account)',
    layout: 'Rephidim MFB customer statement CSV',
  },
  GH: {
    business:
      'Ejisu Blockmasters Enterprise, a sandcrete-block and paver yard at Ejisu, Ashanti (contractors, the municipal assembly and households paying by GhIPSS, MoMo-to-bank and cash; Ghacem cement, a sand haulier paid by GIP, reversed and re-sent to his wallet, a welder by cheque, ECG, SSNIT, GRA PAYE, six salaries, a savings account)',
  },
  KE: {
    business:
      'Kianjai Community Water Project, a community water scheme in Kianjai, Meru (water bills paid by the county, schools and a health centre by RTGS and M-PESA paybill, a Water Sector Trust Fund grant tranche; pump spares by RTGS, pipes by Pesalink reversed and re-sent by M-PESA, Kenya Power, KRA PAYE, NSSF, SHIF, nine salaries, a fixed deposit at the Sacco, a stationer by cheque)',
  },
  ZA: {
    business:
      'Salt Rock Sands Body Corporate, a sectional-title scheme at Salt Rock near Ballito (owners’ levies paid by Ozow pay-by-bank, a hotel’s contribution, contractors paid by Ozow payouts, one returned and re-sent, CSOS levy, SARS EMP201, KwaDukuza Municipality, caretaker and gardener wages, a sweep to and top-up from its Nedbank call account, Ozow fees)',
  },
};

function build(code, s, bankFn, booksFn) {
  check(s);
  const bf = bankFn(s);
  const lf = booksFn(s);
  const dir = join(out, s.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, bf.file), bf.bytes);
  writeFileSync(join(dir, lf.file), lf.bytes);
  const bookRef = (k) => {
    const e = lf.entries.get(k);
    return { file: lf.file, row: lf.rowOfBook.get(k), date: e.date, amount: e.amount };
  };
  const revRow = new Map();
  s.bank.forEach(([d, a, text, x], i) => {
    if (x.rev)
      revRow.set(`${x.rev}|${i}`, {
        file: bf.file,
        row: bf.rowOfLine[i],
        date: iso(s, d),
        amount: a,
        text: x.type ? `${text}` : text,
      });
  });
  const bank = s.bank.map(([d, a, text, x], i) => {
    const ref = { file: bf.file, row: bf.rowOfLine[i], date: iso(s, d), amount: a, text };
    const base = {
      ref,
      expect: null,
      ledger: null,
      group: x.g ?? null,
      evidence: null,
      ambiguous: false,
      kind: null,
      partner: null,
      traits: x.tr ?? [],
      decision: null,
    };
    if (x.m) return { ...base, expect: 'match', decision: 'auto', ledger: x.m.map(bookRef), evidence: x.ev };
    if (x.bo) return { ...base, expect: 'bank-only', decision: 'bank-only', kind: x.bo, evidence: 'amount' };
    if (x.rev) {
      const j = s.bank.findIndex((b, k) => k !== i && b[3].rev === x.rev);
      return {
        ...base,
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        partner: revRow.get(`${x.rev}|${j}`),
        evidence: 'counterparty',
      };
    }
    const line = { ...base, expect: 'no-counterpart', decision: 'none', evidence: null, why: x.nc };
    if (x.decoy) line.decoy = { tempting: x.decoy.t.map((k) => lf.rowOfBook.get(k)), why: x.decoy.why };
    return line;
  });
  const ledgerOnly = s.books
    .filter((b) => b[7])
    .map((b) => ({ ...bookRef(b[0]), why: b[7] }))
    .sort((a, b) => a.row - b.row);
  const truth = {
    set: s.set,
    country: s.country,
    currency: s.currency,
    timezone: s.timezone,
    period: { from: iso(s, 1), to: iso(s, lastDay(s)) },
    seed: s.seed,
    bankFiles: [
      {
        file: bf.file,
        bank: bf.bank,
        headerRow: bf.headerRow,
        ledgerAccount: lf.ledgerAccount,
        readOptions: bf.readOptions,
        openingBalance: s.opening,
        closingBalance: major(bf.closing),
      },
    ],
    ledgerFiles: [
      {
        file: lf.file,
        package: lf.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        nonEntryRows: lf.nonEntryRows,
      },
    ],
    bank,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // the reconcile-JSON document: only what the files carry
  const doc = {
    options: { timezone: s.timezone },
    bank: s.bank.map(([d, a, text, x], i) => ({
      id: `${bf.file}#${bf.rowOfLine[i]}`,
      date: iso(s, d),
      amount: a,
      currency: s.currency,
      narration: code === 'ZA' ? `${x.type} — ${text}` : text,
      reference: code === 'GH' ? (x.tr?.includes('cheque-number') ? x.ref : null) : (x.ref ?? null),
      counterparty: code === 'ZA' && x.cp ? { name: x.cp } : null,
    })),
    ledger: sortBooks(s).map(([k]) => {
      const e = lf.entries.get(k);
      return {
        id: `${lf.file}#${lf.rowOfBook.get(k)}`,
        date: e.date,
        amount: e.amount,
        currency: s.currency,
        reference: e.reference,
        description: e.description,
        party: e.party,
        account: e.account,
      };
    }),
    statement: { from: iso(s, 1), to: iso(s, lastDay(s)), bankBalance: major(bf.closing) },
  };
  writeFileSync(join(dir, `reconcile.${bf.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (k) => bank.filter((b) => b.decision === k).length;
  const kinds = {};
  for (const b of bank) if (b.kind) kinds[b.kind] = (kinds[b.kind] ?? 0) + 1;
  return {
    set: s.set,
    country: s.country,
    currency: s.currency,
    period: truth.period,
    bank: bf.bank,
    package: lf.package,
    business: META[code].business,
    bankFiles: [bf.file],
    ledgerFiles: [lf.file],
    bankLines: bank.length,
    ledgerRows: s.books.length,
    decisions: {
      auto: count('auto'),
      'bank-only': count('bank-only'),
      suggest: count('suggest'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: 0,
    ledgerOnly: ledgerOnly.length,
    matched: count('auto'),
    matchedWithoutReference: bank.filter((b) => b.decision === 'auto' && b.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: count('reversal-pair') / 2,
    decoys: bank.filter((b) => b.decoy).length,
  };
}

const sets = [
  build('NG', NG, bankNG, booksNG),
  build('GH', GH, bankGH, booksGH),
  build('KE', KE, bankKE, booksKE),
  build('ZA', ZA, bankZA, booksZA),
];
writeFileSync(
  join(out, 'index.json'),
  JSON.stringify({ corpus: 'holdout68', generator: 'bench/corpus/holdout68-tools/make-holdout68.mjs', sets }, null, 2) +
    '\n',
);
if (process.argv.includes('--list'))
  for (const s of [NG, GH, KE, ZA])
    for (const b of s.bank) if (b[3].decoy) console.log(`${s.set}: ${b[1]} ${b[2]} — ${b[3].decoy.why}`);
console.log(`wrote ${sets.length} sets to ${out}`);
