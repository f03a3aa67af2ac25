// Each bank's statement layout and each package's report layout, with the readOptions a user would give.
// A writer takes the month's lines (oldest first, with running balances) and returns the file and where each
// line landed (spreadsheet row numbers, 1-based, counting preamble and header).
import { dateCell, dec, fmtDate, grouped, numCell, sheetNumber, toCsv, toXlsx } from './lib.mjs';

// ----- bank statements -----

function parallexXlsx(cfg, lines, { opening, closing, period }) {
  const file = `parallex-${cfg.business.account}-${period.label}.xlsx`;
  const channelName = {
    NIP: 'NIP',
    'NIP-OUT': 'NIP',
    INTRA: 'INTERNAL',
    'INTRA-OUT': 'INTERNAL',
    CHEQUE: 'CLEARING',
    CHQ: 'CLEARING',
    CASH: 'BRANCH',
    POS: 'POS',
    CARD: 'CARD',
    RVSL: 'NIP',
    BULK: 'BULK',
    REMITA: 'REMITA',
  };
  const rows = [
    ['PARALLEX BANK LIMITED'],
    ['CUSTOMER STATEMENT OF ACCOUNT'],
    ['Account Name', cfg.business.name.toUpperCase()],
    ['Account Number', cfg.business.account],
    ['Currency', 'NGN'],
    ['Statement Period', `${fmtDate(period.from, 'DD-Mon-YYYY')} to ${fmtDate(period.to, 'DD-Mon-YYYY')}`],
    ['Opening Balance', numCell(opening)],
    ['Closing Balance', numCell(closing)],
    [],
    ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance', 'Channel'],
  ];
  const headerRow = rows.length;
  const at = [];
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    const d = fmtDate(l.day, 'DD/MM/YYYY');
    if (l.amount < 0) dr -= l.amount;
    else cr += l.amount;
    rows.push([
      d,
      d,
      l.text,
      l.reference,
      l.amount < 0 ? numCell(-l.amount) : '',
      l.amount > 0 ? numCell(l.amount) : '',
      numCell(l.balance),
      l.truth.expect === 'bank-only' ? 'CHARGES' : (channelName[l.channel] ?? 'NIP'),
    ]);
    at.push(rows.length);
  }
  rows.push(['Total', '', '', '', numCell(dr), numCell(cr), '', '']);
  rows.push([]);
  rows.push(['This statement is computer generated and requires no signature. Report errors within 15 days.']);
  return {
    file,
    buffer: toXlsx('Statement', rows, [12, 12, 52, 32, 16, 16, 18, 10]),
    headerRow,
    at,
    nonEntryRows: [],
    order: 'oldest-first',
    sheet: 'Statement',
    layout:
      'Parallex Bank internet-banking statement downloaded as Excel: eight preamble rows, Trans. Date/Value Date as DD/MM/YYYY text, numeric Debit/Credit/Balance, a Channel column, a Total row and a footer line',
    readOptions: {
      mapping: {
        date: 'Trans. Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'NGN',
      sheet: 'Statement',
    },
  };
}

function nibCsv(cfg, lines, { opening, closing, period }) {
  const file = `nib-${cfg.business.account}-${period.label}.csv`;
  const rows = [
    ['NATIONAL INVESTMENT BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', cfg.business.name.toUpperCase()],
    ['Account Number', cfg.business.account],
    ['Currency', 'GHS'],
    ['Period', `${fmtDate(period.from, 'DD/MM/YYYY')} - ${fmtDate(period.to, 'DD/MM/YYYY')}`],
    [],
    ['Post Date', 'Value Date', 'Particulars', 'Instrument No', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const nonEntryRows = [];
  rows.push([fmtDate(period.to, 'DD/MM/YYYY'), '', 'CLOSING BALANCE', '', '', '', grouped(closing)]);
  nonEntryRows.push({
    row: rows.length,
    why: 'closing balance line at the top of a newest-first statement, not an entry',
  });
  const at = new Array(lines.length);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    const d = fmtDate(l.day, 'DD/MM/YYYY');
    rows.push([
      d,
      d,
      l.text,
      l.reference,
      l.amount < 0 ? grouped(-l.amount) : '',
      l.amount > 0 ? grouped(l.amount) : '',
      grouped(l.balance),
    ]);
    at[i] = rows.length;
  }
  rows.push([fmtDate(period.from, 'DD/MM/YYYY'), '', 'OPENING BALANCE', '', '', '', grouped(opening)]);
  nonEntryRows.push({ row: rows.length, why: 'opening balance line at the bottom, not an entry' });
  return {
    file,
    text: toCsv(rows),
    headerRow,
    at,
    nonEntryRows,
    order: 'newest-first',
    layout:
      'NIB internet-banking CSV, newest first: six preamble rows, DD/MM/YYYY dates, quoted amounts with thousands commas, dated CLOSING BALANCE row at the top and OPENING BALANCE at the bottom',
    readOptions: {
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Instrument No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'GHS',
    },
  };
}

function paramountCsv(cfg, lines, { opening, closing, period }) {
  const file = `paramount-${cfg.business.account}-${period.label}.csv`;
  const rows = [
    ['PARAMOUNT BANK LIMITED'],
    ['ACCOUNT STATEMENT'],
    ['Customer:', cfg.business.name.toUpperCase()],
    ['Account No:', cfg.business.account],
    ['Branch:', 'WESTLANDS'],
    ['Currency:', 'KES'],
    ['Period:', `${fmtDate(period.from, 'DD-Mon-YYYY')} to ${fmtDate(period.to, 'DD-Mon-YYYY')}`],
    ['Date', 'Description', 'Cheque No', 'Reference No', 'Value Date', 'Withdrawals', 'Deposits', 'Balance'],
  ];
  const headerRow = rows.length;
  const nonEntryRows = [];
  rows.push([fmtDate(period.from, 'DD-Mon-YYYY'), 'BALANCE B/F', '', '', '', '', '', dec(opening)]);
  nonEntryRows.push({ row: rows.length, why: 'balance brought forward, not an entry' });
  const at = [];
  for (const l of lines) {
    const d = fmtDate(l.day, 'DD-Mon-YYYY');
    rows.push([
      d,
      l.text,
      l.chequeCell ?? '',
      l.reference,
      d,
      l.amount < 0 ? dec(-l.amount) : '',
      l.amount > 0 ? dec(l.amount) : '',
      dec(l.balance),
    ]);
    at.push(rows.length);
  }
  rows.push([fmtDate(period.to, 'DD-Mon-YYYY'), 'BALANCE C/F', '', '', '', '', '', dec(closing)]);
  nonEntryRows.push({ row: rows.length, why: 'balance carried forward, not an entry' });
  return {
    file,
    text: toCsv(rows),
    headerRow,
    at,
    nonEntryRows,
    order: 'oldest-first',
    layout:
      'Paramount Bank online statement CSV: seven preamble rows, DD-Mon-YYYY dates, plain amounts, a Cheque No column (not read; the number is also in Description), dated BALANCE B/F and BALANCE C/F rows',
    readOptions: {
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
      currency: 'KES',
    },
  };
}

function habibCsv(cfg, lines, { opening, closing, period }) {
  const file = `habib-${cfg.business.account}-${period.label}.csv`;
  const type = (l) => {
    if (l.truth.kind === 'interest') return 'INT';
    if (l.truth.expect === 'bank-only') return 'FEE';
    if (l.channel === 'DO') return 'DO';
    if (l.channel === 'CARD') return 'POS';
    return l.amount < 0 ? 'DR' : 'CR';
  };
  const rows = [
    ['HABIB OVERSEAS BANK LIMITED'],
    ['TRANSACTION HISTORY'],
    ['Account', cfg.business.account, 'BUSINESS CURRENT ACCOUNT'],
    ['Account holder', cfg.business.name.toUpperCase()],
    ['Period', `${fmtDate(period.from, 'DD Mon YYYY')} to ${fmtDate(period.to, 'DD Mon YYYY')}`],
    ['Opening balance', dec(opening)],
    ['Closing balance', dec(closing)],
    [],
    ['Date', 'Description', 'Reference', 'Amount', 'Balance', 'Type'],
  ];
  const headerRow = rows.length;
  const at = [];
  for (const l of lines) {
    rows.push([fmtDate(l.day, 'DD Mon YYYY'), l.text, l.reference, dec(l.amount), dec(l.balance), type(l)]);
    at.push(rows.length);
  }
  return {
    file,
    text: toCsv(rows),
    headerRow,
    at,
    nonEntryRows: [],
    order: 'oldest-first',
    layout:
      'Habib Overseas Bank transaction history CSV: eight preamble rows (balances in the preamble), DD Mon YYYY dates, one signed Amount, a type code column (CR/DR/FEE/DO/POS/INT; not read)',
    readOptions: {
      mapping: {
        date: 'Date',
        description: 'Description',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
      currency: 'ZAR',
    },
  };
}

// ----- ledgers -----

function numberer(start) {
  const counters = {};
  return (kind) => {
    counters[kind] = (counters[kind] ?? start) + 1;
    return counters[kind];
  };
}

function oracleCsv(cfg, rows, { opening, closing, period }) {
  const file = `oracle-fusion-account-analysis-11025-${period.label}.csv`;
  const account = '10.100.11025.000.000';
  const next = numberer(60200);
  const src = {
    receipt: ['Receivables', 'Receipts'],
    payment: ['Payables', 'Payments'],
    journal: ['Manual', 'Adjustment'],
  };
  const out = [
    ['Account Analysis Report'],
    ['Ledger: AOPD Primary Ledger (NGN)'],
    [`Account: ${account} Parallex Bank Current Account`],
    [`Accounting Period: Oct-25`],
    [],
    [
      'Accounting Date',
      'Journal Source',
      'Journal Category',
      'Journal Name',
      'Line',
      'Account',
      'Line Description',
      'Reference',
      'Third Party Name',
      'Entered DR',
      'Entered CR',
      'Currency',
    ],
  ];
  const headerRow = out.length;
  const nonEntryRows = [];
  out.push([
    fmtDate(period.from, 'MM/DD/YYYY'),
    '',
    '',
    '',
    '',
    account,
    'Beginning Balance',
    '',
    '',
    grouped(opening),
    '',
    'NGN',
  ]);
  nonEntryRows.push({ row: out.length, why: 'beginning balance of the account, not an entry' });
  const at = [];
  for (const r of rows) {
    const [source, category] = src[r.kind];
    const jn = `${category} ${next(category)}`;
    r.journalId = jn;
    r.account = account;
    out.push([
      fmtDate(r.day, 'MM/DD/YYYY'),
      source,
      category,
      jn,
      '1',
      account,
      r.description,
      r.reference,
      r.party,
      r.amount > 0 ? grouped(r.amount) : '',
      r.amount < 0 ? grouped(-r.amount) : '',
      'NGN',
    ]);
    at.push(out.length);
  }
  out.push([
    fmtDate(period.to, 'MM/DD/YYYY'),
    '',
    '',
    '',
    '',
    account,
    'Ending Balance',
    '',
    '',
    grouped(closing),
    '',
    'NGN',
  ]);
  nonEntryRows.push({ row: out.length, why: 'ending balance of the account, not an entry' });
  return {
    file,
    text: toCsv(out),
    headerRow,
    at,
    nonEntryRows,
    package: 'Oracle Fusion Cloud General Ledger (Account Analysis report, CSV)',
    layout:
      'four title rows; MM/DD/YYYY dates (US locale); Entered DR = money in, Entered CR = money out, quoted with thousands commas; dated Beginning/Ending Balance rows',
    readOptions: {
      mapping: {
        date: 'Accounting Date',
        journalId: 'Journal Name',
        account: 'Account',
        description: 'Line Description',
        reference: 'Reference',
        party: 'Third Party Name',
        moneyIn: 'Entered DR',
        moneyOut: 'Entered CR',
      },
      dateOrder: 'MDY',
      currency: 'NGN',
    },
  };
}

function priorityXlsx(cfg, rows, { opening, closing, period }) {
  const file = `priority-account-ledger-102010-${period.label}.xlsx`;
  const next = numberer(0);
  const docPrefix = { receipt: 'RC', payment: 'PY', journal: 'JV' };
  const out = [
    [cfg.business.name],
    ['Account Ledger'],
    ['Account: 102010 NIB Current Account'],
    [`Dates: ${fmtDate(period.from, 'DD/MM/YYYY')} - ${fmtDate(period.to, 'DD/MM/YYYY')}`],
    [],
    [
      'Date',
      'Journal Entry',
      'Entry Type',
      'Ref. 1',
      'Ref. 2',
      'Cust./Vendor',
      'Cust./Vendor Name',
      'Details',
      'Debit',
      'Credit',
      'Balance',
    ],
  ];
  const headerRow = out.length;
  const nonEntryRows = [];
  out.push([dateCell(period.from, 'dd/mm/yy'), '', '', '', '', '', '', 'Opening Balance', '', '', numCell(opening)]);
  nonEntryRows.push({ row: out.length, why: 'opening balance of the account, not an entry' });
  const partyCodes = new Map();
  const at = [];
  let bal = opening;
  let dr = 0;
  let cr = 0;
  let je = 4100;
  for (const r of rows) {
    bal += r.amount;
    if (r.amount > 0) dr += r.amount;
    else cr -= r.amount;
    const prefix = docPrefix[r.kind];
    const ref1 = `${prefix}25${String(next(prefix) + (prefix === 'RC' ? 120 : prefix === 'PY' ? 80 : 30)).padStart(6, '0')}`;
    if (r.party && !partyCodes.has(r.party)) {
      const code =
        r.kind === 'receipt' ? `C${String(1000 + partyCodes.size * 7)}` : `V${String(3000 + partyCodes.size * 5)}`;
      partyCodes.set(r.party, code);
    }
    r.journalId = `JE25${String((je += 1 + (r.amount % 3 === 0 ? 1 : 0))).padStart(6, '0')}`;
    r.ref1 = ref1;
    r.account = null;
    out.push([
      dateCell(r.day, 'dd/mm/yy'),
      r.journalId,
      prefix,
      ref1,
      r.reference,
      r.party ? partyCodes.get(r.party) : '',
      r.party,
      r.description,
      r.amount > 0 ? numCell(r.amount) : '',
      r.amount < 0 ? numCell(-r.amount) : '',
      numCell(bal),
    ]);
    at.push(out.length);
  }
  if (bal !== closing) throw new Error('priority: balance does not close');
  out.push(['Total', '', '', '', '', '', '', '', numCell(dr), numCell(cr), numCell(closing)]);
  return {
    file,
    buffer: toXlsx('Account Ledger', out, [10, 13, 6, 13, 16, 9, 30, 44, 14, 14, 15]),
    headerRow,
    at,
    nonEntryRows,
    sheet: 'Account Ledger',
    package: 'Priority ERP (Account Ledger report exported to Excel)',
    layout:
      'four title rows; real date cells (dd/mm/yy); Debit = money in; running Balance; our receipt/payment document in Ref. 1, the invoice/bill/batch/PRN in Ref. 2; dated Opening Balance row; Total row',
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'Journal Entry',
        reference: 'Ref. 2',
        party: 'Cust./Vendor Name',
        description: ['Details', 'Ref. 1'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
      currency: 'GHS',
      sheet: 'Account Ledger',
    },
  };
}

function xledgerXlsx(cfg, rows, { period }) {
  const file = `xledger-transactions-1920-${period.label}.xlsx`;
  const vtype = { receipt: 'Customer payment', payment: 'Supplier payment', journal: 'General journal' };
  const out = [
    [cfg.business.name],
    ['Transactions - Account 1920 Paramount Bank Current'],
    [`Period ${period.from.slice(0, 7).replace('-', '')} - ${period.to.slice(0, 7).replace('-', '')}`],
    [],
    [
      'Voucher Date',
      'Voucher No',
      'Voucher Type',
      'Account',
      'Account Description',
      'Subledger',
      'Subledger Name',
      'Invoice No',
      'Text',
      'Currency',
      'Amount',
    ],
  ];
  const headerRow = out.length;
  const codes = new Map();
  const at = [];
  let vno = 250900;
  let sum = 0;
  for (const r of rows) {
    if (r.party && !codes.has(r.party)) {
      codes.set(r.party, r.amount > 0 ? `${10040 + codes.size * 3}` : `${20010 + codes.size * 3}`);
    }
    r.journalId = String((vno += 1 + (codes.size % 2)));
    r.account = '1920';
    sum += r.amount;
    out.push([
      dateCell(r.day, 'dd.mm.yyyy'),
      r.journalId,
      vtype[r.kind],
      '1920',
      'Paramount Bank Current',
      r.party ? codes.get(r.party) : '',
      r.party,
      r.reference,
      r.description,
      'KES',
      numCell(r.amount),
    ]);
    at.push(out.length);
  }
  out.push(['Total', '', '', '', '', '', '', '', '', '', { t: 'n', v: sheetNumber(sum), z: '#,##0.00' }]);
  return {
    file,
    buffer: toXlsx('Transactions', out, [12, 10, 18, 8, 24, 10, 32, 16, 40, 8, 14]),
    headerRow,
    at,
    nonEntryRows: [],
    sheet: 'Transactions',
    package: 'Xledger (Transactions inquiry exported to Excel)',
    layout:
      'four title rows; real date cells; one signed Amount (money in positive); Subledger Name = customer/supplier; Invoice No = the document; Total row',
    readOptions: {
      mapping: {
        date: 'Voucher Date',
        journalId: 'Voucher No',
        account: 'Account',
        party: 'Subledger Name',
        reference: 'Invoice No',
        description: 'Text',
        amount: 'Amount',
      },
      currency: 'KES',
      sheet: 'Transactions',
    },
  };
}

function accountingSeedCsv(cfg, rows, { period }) {
  const file = `accounting-seed-transactions-1000-${period.label}.csv`;
  const stype = {
    receipt: ['Cash Receipt', 'CR'],
    payment: ['Cash Disbursement', 'CD'],
    journal: ['Journal Entry', 'JE'],
  };
  const next = numberer(0);
  const out = [
    [
      'Transaction Name',
      'Date',
      'GL Account',
      'Ledger',
      'Account Name',
      'Source Type',
      'Source Name',
      'Reference',
      'Description',
      'Amount',
    ],
  ];
  const headerRow = 1;
  const at = [];
  let tno = 118340;
  for (const r of rows) {
    const [type, prefix] = stype[r.kind];
    const sn = `${prefix}-${String(next(prefix) + (prefix === 'CR' ? 300 : prefix === 'CD' ? 200 : 40)).padStart(5, '0')}`;
    r.journalId = `AS-${String((tno += 1 + (r.amount % 2 === 0 ? 0 : 1))).padStart(8, '0')}`;
    r.sourceName = sn;
    r.account = '1000 - Habib Current Account';
    out.push([
      r.journalId,
      fmtDate(r.day, 'YYYY/MM/DD'),
      r.account,
      'Actual',
      r.party,
      type,
      sn,
      r.reference,
      r.description,
      dec(r.amount),
    ]);
    at.push(out.length);
  }
  out.push([]);
  out.push(['Habib Current Account - transactions November 2025']);
  out.push(['Copyright (c) 2000-2025 salesforce.com, inc. All rights reserved.']);
  out.push(['Confidential Information - Do Not Distribute']);
  out.push(['Generated By:  Priya Naidoo  2025/12/01, 08:42']);
  out.push([cfg.business.name]);
  return {
    file,
    text: toCsv(out, { quoteAll: true }),
    headerRow,
    at,
    nonEntryRows: [],
    package: 'Accounting Seed (Salesforce report of Transactions on GL account 1000, exported as CSV)',
    layout:
      'header in row 1, every cell quoted (Salesforce "Export details"); YYYY/MM/DD dates; one signed Amount (debit positive); Account Name = customer/supplier; Source Name = the cash receipt/disbursement; five footer lines',
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'Transaction Name',
        account: 'GL Account',
        party: 'Account Name',
        reference: 'Reference',
        description: ['Description', 'Source Name'],
        amount: 'Amount',
      },
      currency: 'ZAR',
    },
  };
}

export const LAYOUTS = {
  'ng-parallex-oraclefusion': {
    bank: parallexXlsx,
    bankName: 'Parallex Bank',
    ledger: oracleCsv,
    ledgerAccount: '10.100.11025.000.000',
  },
  'gh-nib-priority': {
    bank: nibCsv,
    bankName: 'National Investment Bank',
    ledger: priorityXlsx,
    ledgerAccount: '102010',
  },
  'ke-paramount-xledger': {
    bank: paramountCsv,
    bankName: 'Paramount Bank',
    ledger: xledgerXlsx,
    ledgerAccount: '1920',
  },
  'za-habib-accountingseed': {
    bank: habibCsv,
    bankName: 'Habib Overseas Bank',
    ledger: accountingSeedCsv,
    ledgerAccount: '1000 - Habib Current Account',
  },
};

// What the documented reader makes of a ledger row's description (a list of columns joined with " — ").
export function ledgerDescription(key, r) {
  if (key === 'gh-nib-priority') return [r.description, r.ref1].filter(Boolean).join(' — ');
  if (key === 'za-habib-accountingseed') return [r.description, r.sourceName].filter(Boolean).join(' — ');
  return r.description;
}
