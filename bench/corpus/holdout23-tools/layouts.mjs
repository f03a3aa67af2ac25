// How each bank writes its statement export and each package its ledger export. Every writer sets `row` (the
// spreadsheet row, 1-based, counting preamble and header) on the lines/rows it writes, and for ledger rows `json`:
// the fields a reader given the `readOptions` mapping would take (what reconcile.<file>.json carries).
import { join } from 'node:path';
import { MON, commas, dec, num, parts, writeCsv, writeXlsx } from './lib.mjs';

const dmy = (iso) => {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
};
const dMonY = (iso) => {
  const { y, m, d } = parts(iso);
  return `${String(d).padStart(2, '0')}-${MON[m - 1]}-${y}`;
};
const slashYmd = (iso) => iso.replace(/-/g, '/');
const joinDesc = (...xs) => xs.filter((x) => x !== null && x !== undefined && x !== '').join(' — ');

// ---------------------------------------------------------------------------------------------------------------
// Bank statements
// ---------------------------------------------------------------------------------------------------------------

/** PremiumTrust internet banking, "Download as CSV": account block, then debit/credit columns, oldest first. */
function premiumTrust(P, lines, ctx, dir) {
  const rows = [
    ['PremiumTrust Bank'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', P.business.toUpperCase()],
    ['Account Number:', P.accountNo],
    ['Currency:', 'NGN'],
    ['Period:', `${dMonY(ctx.first)} TO ${dMonY(ctx.last)}`],
    ['Opening Balance:', commas(ctx.opening)],
    ['Closing Balance:', commas(ctx.closing)],
    [],
    ['Trans. Date', 'Value Date', 'Reference', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    l.row = rows.length + 1;
    if (l.minor < 0) dr -= l.minor;
    else cr += l.minor;
    rows.push([
      dMonY(l.date),
      dMonY(l.date),
      l.reference ?? '',
      l.text,
      l.minor < 0 ? commas(l.minor) : '',
      l.minor > 0 ? commas(l.minor) : '',
      commas(l.balance),
    ]);
  }
  rows.push(['Total', '', '', '', commas(dr), commas(cr), '']);
  rows.push([]);
  rows.push([
    'This statement is computer generated and requires no signature. PremiumTrust Bank Limited (RC 1699874).',
  ]);
  writeCsv(join(dir, P.bankFile), rows);
  return {
    headerRow: 10,
    order: 'oldest-first',
    layout:
      'PremiumTrust internet-banking CSV: nine preamble rows (account, currency, period, opening and closing balance), DD-Mon-YYYY dates, NIP session id or typed reference in Reference, quoted amounts with thousands commas, a Total row and a footer line',
    readOptions: {
      mapping: {
        date: 'Trans. Date',
        valueDate: 'Value Date',
        reference: 'Reference',
        description: 'Description',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'NGN',
    },
    nonEntryRows: [],
  };
}

/** Bank of Africa Ghana BOAWeb "Export CSV": dated opening and closing balance rows around the lines. */
function boaGhana(P, lines, ctx, dir) {
  const rows = [
    ['BANK OF AFRICA - GHANA'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Number', P.accountNo],
    ['Account Name', P.business.toUpperCase()],
    ['Currency', 'GHS'],
    ['Period', `${dmy(ctx.first)} - ${dmy(ctx.last)}`],
    [],
    ['Booking Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const nonEntryRows = [{ row: rows.length + 1, why: 'opening balance line, not an entry' }];
  rows.push([dmy(ctx.first), dmy(ctx.first), 'OPENING BALANCE', '', '', '', commas(ctx.opening)]);
  for (const l of lines) {
    l.row = rows.length + 1;
    rows.push([
      dmy(l.date),
      dmy(l.date),
      l.text,
      l.reference ?? '',
      l.minor < 0 ? commas(l.minor) : '',
      l.minor > 0 ? commas(l.minor) : '',
      commas(l.balance),
    ]);
  }
  nonEntryRows.push({ row: rows.length + 1, why: 'closing balance line, not an entry' });
  rows.push([dmy(ctx.last), dmy(ctx.last), 'CLOSING BALANCE', '', '', '', commas(ctx.closing)]);
  writeCsv(join(dir, P.bankFile), rows);
  return {
    headerRow: 8,
    order: 'oldest-first',
    layout:
      'BOAWeb CSV: six preamble rows, DD/MM/YYYY dates, Debit/Credit with thousands commas (quoted), dated OPENING BALANCE and CLOSING BALANCE rows',
    readOptions: {
      mapping: {
        date: 'Booking Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'GHS',
    },
    nonEntryRows,
  };
}

/** Prime Bank online banking "Export to Excel": newest first, BALANCE C/F on top and BALANCE B/F at the bottom. */
function primeBank(P, lines, ctx, dir) {
  const rows = [
    ['PRIME BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', P.business.toUpperCase()],
    ['Account Number', P.accountNo],
    ['Currency', 'KES'],
    ['Period', `${dmy(ctx.first)} - ${dmy(ctx.last)}`],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Chq/Ref No', 'Debit', 'Credit', 'Balance'],
  ];
  const nonEntryRows = [
    { row: rows.length + 1, why: 'balance carried forward at the top of a newest-first statement' },
  ];
  rows.push([dmy(ctx.last), dmy(ctx.last), 'BALANCE C/F', null, null, null, num(ctx.closing)]);
  for (const l of [...lines].reverse()) {
    l.row = rows.length + 1;
    rows.push([
      dmy(l.date),
      dmy(l.date),
      l.text,
      l.reference,
      l.minor < 0 ? num(-l.minor) : null,
      l.minor > 0 ? num(l.minor) : null,
      num(l.balance),
    ]);
  }
  nonEntryRows.push({ row: rows.length + 1, why: 'balance brought forward at the bottom, not an entry' });
  rows.push([dmy(ctx.first), dmy(ctx.first), 'BALANCE B/F', null, null, null, num(ctx.opening)]);
  writeXlsx(join(dir, P.bankFile), 'Statement', rows, { widths: [12, 12, 60, 18, 16, 16, 18] });
  return {
    headerRow: 8,
    order: 'newest-first',
    layout:
      'Prime Bank online-banking XLSX (sheet Statement), newest first: six preamble rows, dates as DD/MM/YYYY text, numeric Debit/Credit/Balance cells, BALANCE C/F row on top and BALANCE B/F at the bottom (both dated)',
    readOptions: {
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq/Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'KES',
      sheet: 'Statement',
    },
    nonEntryRows,
  };
}

/** Old Mutual Bank business banking "Download transactions (CSV)": one signed amount, YYYY/MM/DD. */
function oldMutual(P, lines, ctx, dir) {
  const rows = [
    ['Old Mutual Bank'],
    ['Business Account - Transaction History'],
    ['Account Holder', P.business],
    ['Account Number', P.accountNo],
    ['Statement Period', `${slashYmd(ctx.first)} - ${slashYmd(ctx.last)}`],
    ['Opening Balance', dec(ctx.opening)],
    ['Closing Balance', dec(ctx.closing)],
    [],
    ['Date', 'Description', 'Reference', 'Amount', 'Balance'],
  ];
  for (const l of lines) {
    l.row = rows.length + 1;
    rows.push([slashYmd(l.date), l.text, l.reference ?? '', dec(l.minor), dec(l.balance)]);
  }
  writeCsv(join(dir, P.bankFile), rows);
  return {
    headerRow: 9,
    order: 'oldest-first',
    layout:
      'Old Mutual Bank business CSV: eight preamble rows (holder, account, period, opening and closing balance), YYYY/MM/DD dates, one signed Amount, running Balance, no balance rows in the body',
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
    nonEntryRows: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Ledger exports
// ---------------------------------------------------------------------------------------------------------------

const sapType = { receipt: 'DZ', payment: 'KZ', journal: 'SA', transfer: 'SA', payroll: 'SA' };

/** S/4HANA "Display G/L Account Line Items" exported to Excel: header in row 1, one signed local-currency amount. */
function s4hana(P, rows, ctx, dir) {
  const out = [
    [
      'Company Code',
      'G/L Account',
      'G/L Account: Long Text',
      'Posting Date',
      'Document Date',
      'Journal Entry',
      'Journal Entry Type',
      'Assignment',
      'Reference',
      'Item Text',
      'Offsetting Account',
      'Amount in Company Code Currency',
      'Company Code Currency',
    ],
  ];
  for (const l of rows) {
    l.row = out.length + 1;
    const text = `${l.memo}${l.party ? ` ${l.party}` : ''}`.slice(0, 50).trimEnd();
    out.push([
      'NG10',
      P.ledgerAccount,
      'PremiumTrust Bank Current Account',
      { date: l.date, fmt: 'dd.mm.yyyy' },
      { date: l.docDate ?? l.date, fmt: 'dd.mm.yyyy' },
      String(l.docNo),
      sapType[l.kind],
      l.ref ?? '',
      l.ref2 ?? '',
      text,
      l.partyCode ?? '',
      num(l.minor),
      'NGN',
    ]);
    l.json = {
      reference: l.ref ?? null,
      description: joinDesc(text, l.ref2) || null,
      party: null,
      account: P.ledgerAccount,
    };
  }
  writeXlsx(join(dir, P.ledgerFile), 'Data', out, { widths: [8, 10, 30, 12, 12, 12, 8, 18, 18, 50, 12, 18, 6] });
  return {
    package: 'SAP S/4HANA (Display G/L Account Line Items, FBL3N-style, exported to Excel)',
    headerRow: 1,
    layout:
      'XLSX sheet Data, header in row 1, real date cells (dd.mm.yyyy), one signed Amount in Company Code Currency (debit to the bank account = money in), invoice/bill/RRR/batch in Assignment, cheque or second document in Reference, party named only in Item Text, no balance or total rows',
    readOptions: {
      mapping: {
        date: 'Posting Date',
        journalId: 'Journal Entry',
        reference: 'Assignment',
        description: ['Item Text', 'Reference'],
        amount: 'Amount in Company Code Currency',
        account: 'G/L Account',
        currency: 'Company Code Currency',
      },
      currency: 'NGN',
      sheet: 'Data',
    },
    nonEntryRows: [],
  };
}

/** IFS Cloud "GL Voucher Rows" page exported to CSV (semicolons, ISO dates), one row per bank-account voucher row. */
function ifs(P, rows, ctx, dir) {
  const out = [
    [
      'Company',
      'Voucher Type',
      'Voucher No',
      'Voucher Date',
      'Row No',
      'Account',
      'Account Description',
      'Reference Serie',
      'Reference Number',
      'Party Type',
      'Party',
      'Party Name',
      'Text',
      'Debit Amount',
      'Credit Amount',
      'Currency Code',
    ],
  ];
  for (const l of rows) {
    l.row = out.length + 1;
    const partyType = l.kind === 'receipt' ? 'Customer' : l.kind === 'payment' ? 'Supplier' : '';
    const serie = l.kind === 'receipt' && l.ref?.startsWith('CD') ? 'CD' : l.kind === 'payment' ? 'SI' : '';
    const text = joinDesc(l.memo, l.ref2);
    out.push([
      'ADBM',
      l.kind === 'receipt' || l.kind === 'payment' ? 'U' : 'M',
      String(l.docNo),
      l.date,
      '1',
      P.ledgerAccount,
      'BOA Ghana Current GHS',
      serie,
      l.ref ?? '',
      partyType,
      l.partyCode ?? '',
      l.party ?? '',
      text,
      l.minor > 0 ? dec(l.minor) : '',
      l.minor < 0 ? dec(-l.minor) : '',
      'GHS',
    ]);
    l.json = { reference: l.ref ?? null, description: text || null, party: l.party ?? null, account: P.ledgerAccount };
  }
  writeCsv(join(dir, P.ledgerFile), out, { sep: ';' });
  return {
    package: 'IFS Cloud (GL Voucher Rows, exported to CSV)',
    headerRow: 1,
    layout:
      'semicolon-separated CSV, header in row 1, ISO dates, Debit Amount = money in, invoice/bill/PRN in Reference Number, Party Type/Party/Party Name for customer and supplier payments, no balance or total rows',
    readOptions: {
      mapping: {
        date: 'Voucher Date',
        journalId: 'Voucher No',
        reference: 'Reference Number',
        party: 'Party Name',
        description: 'Text',
        moneyIn: 'Debit Amount',
        moneyOut: 'Credit Amount',
        account: 'Account',
        currency: 'Currency Code',
      },
      currency: 'GHS',
    },
    nonEntryRows: [],
  };
}

/** Sage 200 Evolution cash book transactions report exported to CSV: title rows, dated opening row, totals row. */
function sage200(P, rows, ctx, dir) {
  const out = [
    [P.business],
    ['Cash Book Transactions'],
    [`Bank Account: ${P.ledgerAccount} Prime Bank Current Account (KES)`],
    [`Date Range: ${dmy(ctx.first)} to ${dmy(ctx.last)}`],
    [],
    ['Date', 'Module', 'Account', 'Account Description', 'Reference', 'Description', 'Receipts', 'Payments', 'Balance'],
  ];
  const nonEntryRows = [{ row: out.length + 1, why: 'opening balance of the bank account, not an entry' }];
  out.push([dmy(ctx.first), '', '', '', '', 'Opening Balance', '', '', dec(ctx.opening)]);
  let bal = ctx.opening;
  let rin = 0;
  let rout = 0;
  for (const l of rows) {
    l.row = out.length + 1;
    bal += l.minor;
    if (l.minor > 0) rin += l.minor;
    else rout -= l.minor;
    const module = l.kind === 'receipt' ? 'AR' : l.kind === 'payment' ? 'AP' : 'GL';
    const desc = joinDesc(l.memo, l.ref2).replace(' — ', ' ');
    out.push([
      dmy(l.date),
      module,
      l.partyCode ?? l.glCode ?? '',
      l.party ?? l.glName ?? '',
      l.ref ?? '',
      desc,
      l.minor > 0 ? dec(l.minor) : '',
      l.minor < 0 ? dec(-l.minor) : '',
      dec(bal),
    ]);
    l.json = { reference: l.ref ?? null, description: desc || null, party: l.party ?? l.glName ?? null, account: null };
  }
  out.push(['', '', '', '', '', 'Totals', dec(rin), dec(rout), '']);
  writeCsv(join(dir, P.ledgerFile), out);
  return {
    package: 'Sage 200 Evolution (Cash Book Transactions report, exported to CSV)',
    headerRow: 6,
    layout:
      'five title rows, DD/MM/YYYY dates, Module AR/AP/GL, the customer/supplier/GL account in Account and its name in Account Description, invoice/bill/PRN/cheque in Reference, Receipts = money in, running Balance, dated Opening Balance row, undated Totals row',
    readOptions: {
      mapping: {
        date: 'Date',
        reference: 'Reference',
        party: 'Account Description',
        description: 'Description',
        moneyIn: 'Receipts',
        moneyOut: 'Payments',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
    nonEntryRows,
  };
}

const wdSource = {
  receipt: 'Customer Payment',
  payment: 'Supplier Payment',
  journal: 'Manual Journal',
  transfer: 'Bank Transfer',
  payroll: 'Payroll',
};

/** Workday Financials "Find Journal Lines" exported to Excel: report title and prompts above the header. */
function workday(P, rows, ctx, dir) {
  const out = [
    ['Find Journal Lines'],
    [`Company: ${P.business}; Ledger Account: ${P.ledgerAccount}; Period: May 2025; Ledger: Actuals`],
    [],
    [
      'Journal Number',
      'Accounting Date',
      'Journal Source',
      'Ledger Account',
      'Debit Amount',
      'Credit Amount',
      'Currency',
      'Line Memo',
      'Customer',
      'Supplier',
      'External Reference',
    ],
  ];
  for (const l of rows) {
    l.row = out.length + 1;
    const customer = l.kind === 'receipt' ? (l.party ?? '') : '';
    const supplier = l.kind === 'receipt' ? '' : (l.party ?? '');
    const memo = joinDesc(l.memo, l.ref2).replace(' — ', ' ');
    out.push([
      `JE-${String(l.docNo).padStart(7, '0')}`,
      { date: l.date, fmt: 'yyyy/mm/dd' },
      wdSource[l.kind],
      P.ledgerAccount,
      l.minor > 0 ? num(l.minor) : null,
      l.minor < 0 ? num(-l.minor) : null,
      'ZAR',
      memo,
      customer,
      supplier,
      l.ref ?? '',
    ]);
    l.json = {
      reference: l.ref ?? null,
      description: joinDesc(memo, supplier, wdSource[l.kind]) || null,
      party: customer || null,
      account: P.ledgerAccount,
    };
  }
  writeXlsx(join(dir, P.ledgerFile), 'Find Journal Lines', out, {
    widths: [14, 12, 18, 34, 14, 14, 6, 50, 32, 32, 22],
  });
  return {
    package: 'Workday Financials (Find Journal Lines report, exported to Excel)',
    headerRow: 4,
    layout:
      'XLSX sheet Find Journal Lines: report title and prompt rows above the header, real date cells (yyyy/mm/dd), Debit Amount = money in, customer in Customer, supplier/payee in Supplier, invoice/bill/PRN/batch in External Reference, no balance or total rows',
    readOptions: {
      mapping: {
        date: 'Accounting Date',
        journalId: 'Journal Number',
        reference: 'External Reference',
        party: 'Customer',
        description: ['Line Memo', 'Supplier', 'Journal Source'],
        moneyIn: 'Debit Amount',
        moneyOut: 'Credit Amount',
        account: 'Ledger Account',
        currency: 'Currency',
      },
      currency: 'ZAR',
      sheet: 'Find Journal Lines',
    },
    nonEntryRows: [],
  };
}

export const LAYOUTS = {
  'ng-premiumtrust-s4hana': { bank: premiumTrust, ledger: s4hana },
  'gh-boa-ifs': { bank: boaGhana, ledger: ifs },
  'ke-primebank-sage200': { bank: primeBank, ledger: sage200 },
  'za-oldmutual-workday': { bank: oldMutual, ledger: workday },
};
