// holdout20 — file layouts: how each bank writes its statement and how each package writes its report.
// A bank layout turns the month's lines (oldest first, balances set) into rows; a ledger layout does the same for
// the books' rows. Both say which spreadsheet row holds which line, and what a reader needs (readOptions).
import { fmtDate, grouped, num, dec } from './lib.mjs';

// ==================================================================================================== banks

/** Titan Trust Bank (Nigeria): internet banking "Download statement" CSV. */
export function titanCsv({ cfg, lines, opening, closing, from, to }) {
  const file = 'titantrust-1003452871-oct2025.csv';
  const d = (x) => fmtDate(x, 'D-Mon-Y');
  const rows = [
    ['TITAN TRUST BANK LIMITED'],
    ['CUSTOMER STATEMENT OF ACCOUNT'],
    ['Account Name:', cfg.company.toUpperCase()],
    ['Account Number:', '1003452871'],
    ['Account Type:', 'CURRENT ACCOUNT - CORPORATE'],
    ['Currency:', 'NGN'],
    ['Period:', `${d(from)} TO ${d(to)}`],
    [],
    ['Post Date', 'Value Date', 'Reference No', 'Narration', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const nonEntryRows = [];
  rows.push([d(from), d(from), '', 'OPENING BALANCE', '', '', grouped(opening)]);
  nonEntryRows.push({ row: rows.length, why: 'OPENING BALANCE row (dated, balance only), not an entry' });
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    if (l.amt < 0) dr -= l.amt;
    else cr += l.amt;
    rows.push([
      d(l.date),
      d(l.valueDate ?? l.date),
      l.reference ?? '',
      l.text,
      l.amt < 0 ? grouped(l.amt) : '',
      l.amt > 0 ? grouped(l.amt) : '',
      grouped(l.balance),
    ]);
    l.row = rows.length;
  }
  rows.push(['', '', '', 'TOTAL', grouped(dr), grouped(cr), '']);
  rows.push([d(to), d(to), '', 'CLOSING BALANCE', '', '', grouped(closing)]);
  nonEntryRows.push({ row: rows.length, why: 'CLOSING BALANCE row (dated, balance only), not an entry' });
  rows.push([]);
  rows.push(['This statement is computer generated and requires no signature.']);
  return {
    file,
    kind: 'csv',
    rows,
    headerRow,
    nonEntryRows,
    bank: 'Titan Trust Bank',
    order: 'oldest-first',
    hasReference: true,
    textOf: (l) => l.text,
    layout:
      'Titan Trust Bank internet banking statement CSV: seven preamble rows, header Post Date/Value Date/Reference No/Narration/Debit/Credit/Balance, DD-Mon-YYYY dates, amounts with thousands commas (quoted), dated OPENING/CLOSING BALANCE rows, TOTAL row and a footer line',
    readOptions: {
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        reference: 'Reference No',
        description: 'Narration',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'NGN',
    },
  };
}

/** OmniBSIC Bank Ghana: corporate internet banking statement exported to Excel, newest first. */
export function omnibsicXlsx({ cfg, lines, opening, closing, from, to }) {
  const file = 'omnibsic-1300012457801-nov2025.xlsx';
  const dc = (x) => ({ d: x, z: 'dd/mm/yyyy' });
  const rows = [
    ['OmniBSIC Bank Ghana Limited'],
    ['Statement of Account'],
    ['Account Name', cfg.company.toUpperCase()],
    ['Account Number', '1300012457801'],
    ['Currency', 'GHS'],
    ['Period', `${fmtDate(from, 'DMY/')} - ${fmtDate(to, 'DMY/')}`],
    ['Opening Balance', { n: num(opening) }],
    ['Closing Balance', { n: num(closing) }],
    [],
    ['Txn Date', 'Value Date', 'Description', 'Reference', 'Debit (GHS)', 'Credit (GHS)', 'Balance (GHS)'],
  ];
  const headerRow = rows.length;
  let dr = 0;
  let cr = 0;
  for (const l of lines.slice().reverse()) {
    if (l.amt < 0) dr -= l.amt;
    else cr += l.amt;
    rows.push([
      dc(l.date),
      dc(l.valueDate ?? l.date),
      l.text,
      l.reference ?? '',
      l.amt < 0 ? { n: num(-l.amt) } : '',
      l.amt > 0 ? { n: num(l.amt) } : '',
      { n: num(l.balance) },
    ]);
    l.row = rows.length;
  }
  rows.push([dc(from), dc(from), 'Balance B/F', '', '', '', { n: num(opening) }]);
  const nonEntryRows = [{ row: rows.length, why: 'Balance B/F row (dated, balance only), not an entry' }];
  rows.push(['', '', 'Total', '', { n: num(dr) }, { n: num(cr) }, '']);
  return {
    file,
    kind: 'xlsx',
    sheet: 'Statement',
    cols: [12, 12, 52, 18, 14, 14, 16],
    rows,
    headerRow,
    nonEntryRows,
    bank: 'OmniBSIC Bank Ghana',
    order: 'newest-first',
    hasReference: true,
    textOf: (l) => l.text,
    layout:
      'OmniBSIC Bank Ghana internet banking statement exported to Excel (XLSX, sheet Statement): account preamble with opening/closing balance, header Txn Date/Value Date/Description/Reference/Debit (GHS)/Credit (GHS)/Balance (GHS), newest first, real date cells, numeric amounts, dated Balance B/F row at the bottom, then a Total row',
    readOptions: {
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit (GHS)',
        moneyIn: 'Credit (GHS)',
        balance: 'Balance (GHS)',
      },
      currency: 'GHS',
    },
  };
}

/** Credit Bank (Kenya): online banking account statement CSV (Finacle column names). */
export function creditBankCsv({ cfg, lines, opening, closing, from, to }) {
  const file = 'creditbank-ke-0100200345600-feb2026.csv';
  const d = (x) => fmtDate(x, 'DMY/');
  const rows = [
    ['Credit Bank PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', cfg.company.toUpperCase()],
    ['Account Number', '0100200345600'],
    ['Branch', 'KOINANGE STREET'],
    ['Statement Period', `${d(from)} to ${d(to)}`],
    ['Currency', 'KES'],
    [],
    ['Tran Date', 'Value Date', 'Tran Particulars', 'Instrument No', 'Withdrawals', 'Deposits', 'Balance'],
  ];
  const headerRow = rows.length;
  const nonEntryRows = [];
  rows.push([d(from), d(from), 'Opening Balance', '', '', '', grouped(opening)]);
  nonEntryRows.push({ row: rows.length, why: 'Opening Balance row (dated, balance only), not an entry' });
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    if (l.amt < 0) dr -= l.amt;
    else cr += l.amt;
    rows.push([
      d(l.date),
      d(l.valueDate ?? l.date),
      l.text,
      l.reference ?? '',
      l.amt < 0 ? grouped(l.amt) : '',
      l.amt > 0 ? grouped(l.amt) : '',
      grouped(l.balance),
    ]);
    l.row = rows.length;
  }
  rows.push([d(to), d(to), 'Closing Balance', '', '', '', grouped(closing)]);
  nonEntryRows.push({ row: rows.length, why: 'Closing Balance row (dated, balance only), not an entry' });
  rows.push(['Total', '', '', '', grouped(dr), grouped(cr), '']);
  return {
    file,
    kind: 'csv',
    rows,
    headerRow,
    nonEntryRows,
    bank: 'Credit Bank Kenya',
    order: 'oldest-first',
    hasReference: true,
    textOf: (l) => l.text,
    layout:
      'Credit Bank Kenya online statement CSV: eight preamble rows, header Tran Date/Value Date/Tran Particulars/Instrument No/Withdrawals/Deposits/Balance, DD/MM/YYYY dates, amounts with thousands commas, dated Opening/Closing Balance rows, Total row last',
    readOptions: {
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Tran Particulars',
        reference: 'Instrument No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
  };
}

/** HBZ Bank (South Africa): business internet banking transaction history CSV. */
export function hbzCsv({ cfg, lines, opening, closing, from, to }) {
  const file = 'hbz-za-20053318815-mar2026.csv';
  const d = (x) => fmtDate(x, 'Y/M/D');
  const rows = [
    ['HBZ Bank Limited'],
    ['Transaction History'],
    ['Account holder', cfg.company.toUpperCase()],
    ['Account number', '20053318815'],
    ['Account type', 'BUSINESS CURRENT ACCOUNT'],
    ['Statement period', `${d(from)} - ${d(to)}`],
    [],
    ['Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const nonEntryRows = [];
  rows.push([d(from), d(from), 'Opening balance', '', '', '', dec(opening)]);
  nonEntryRows.push({ row: rows.length, why: 'Opening balance row (dated, balance only), not an entry' });
  for (const l of lines) {
    rows.push([
      d(l.date),
      d(l.valueDate ?? l.date),
      l.text,
      l.reference ?? '',
      l.amt < 0 ? dec(-l.amt) : '',
      l.amt > 0 ? dec(l.amt) : '',
      dec(l.balance),
    ]);
    l.row = rows.length;
  }
  rows.push([d(to), d(to), 'Closing balance', '', '', '', dec(closing)]);
  nonEntryRows.push({ row: rows.length, why: 'Closing balance row (dated, balance only), not an entry' });
  return {
    file,
    kind: 'csv',
    rows,
    headerRow,
    nonEntryRows,
    bank: 'HBZ Bank',
    order: 'oldest-first',
    hasReference: true,
    textOf: (l) => l.text,
    layout:
      'HBZ Bank South Africa business internet banking CSV: six preamble rows, header Date/Value Date/Description/Reference/Debit/Credit/Balance, YYYY/MM/DD dates, plain unsigned amounts, dated Opening/Closing balance rows; Description = transaction type and payer/payee, Reference = what the payer typed (20 characters)',
    readOptions: {
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      dateOrder: 'YMD',
      currency: 'ZAR',
    },
  };
}

// ==================================================================================================== ledgers

function seqs() {
  const n = {};
  return (k, start) => {
    n[k] = (n[k] ?? start) + 1;
    return n[k];
  };
}

/** Microsoft Dynamics 365 Finance: Cash and bank management > Bank accounts > Transactions, "Export to Excel". */
export function d365Xlsx({ cfg, rows: entries }) {
  const file = 'd365fo-bank-transactions-titan-oct2025.xlsx';
  const next = seqs();
  const out = [
    [
      'Date',
      'Voucher',
      'Transaction type',
      'Description',
      'Payment reference',
      'Bank transaction type',
      'Amount in transaction currency',
      'Currency',
      'Reconciled',
    ],
  ];
  const headerRow = 1;
  const st = cfg.settlement;
  for (const r of entries) {
    let voucher;
    let type;
    let btt;
    let desc;
    let ref = r.doc ?? '';
    switch (r.what) {
      case 'receipt':
        voucher = `ARP-${String(next('arp', 2210)).padStart(6, '0')}`;
        type = 'Customer';
        btt = r.transit ? '02 CHQ' : '01 TRF';
        desc = `Payment - ${r.party}`;
        break;
      case 'refund':
        voucher = `ARP-${String(next('arp', 2210)).padStart(6, '0')}`;
        type = 'Customer';
        btt = '01 TRF';
        desc = `Refund to customer - ${r.party}`;
        break;
      case 'settlement':
        voucher = `ARP-${String(next('arp', 2210)).padStart(6, '0')}`;
        type = 'Customer';
        btt = '04 DEP';
        desc = r.batch ? `Flutterwave settlement ${r.batch}` : `Flutterwave settlement - ${st.party}`;
        break;
      case 'settlement-fee':
        voucher = `GJ-${String(next('gj', 870)).padStart(6, '0')}`;
        type = 'Ledger';
        btt = '05 FEE';
        desc = `Flutterwave fees ${r.batch}`;
        break;
      case 'payment':
        voucher = `APP-${String(next('app', 1530)).padStart(6, '0')}`;
        type = 'Vendor';
        btt = '01 TRF';
        desc = `Vendor payment - ${r.party}`;
        break;
      case 'cheque':
        voucher = `APP-${String(next('app', 1530)).padStart(6, '0')}`;
        type = 'Vendor';
        btt = '02 CHQ';
        desc = `Cheque ${r.chq} - ${r.party} - ${r.doc}`;
        ref = r.chq;
        break;
      case 'own-transfer':
        voucher = `GJ-${String(next('gj', 870)).padStart(6, '0')}`;
        type = 'Bank';
        btt = '03 INT';
        desc = r.memo;
        break;
      default:
        voucher = `GJ-${String(next('gj', 870)).padStart(6, '0')}`;
        type = 'Ledger';
        btt = '01 TRF';
        desc = r.party ? `${r.memo} - ${r.party}` : r.memo;
    }
    r.view = { reference: ref || null, description: desc, party: null, account: null };
    out.push([
      { d: r.date, z: 'dd/mm/yyyy' },
      voucher,
      type,
      desc,
      ref,
      btt,
      { n: num(r.amt), z: '#,##0.00;-#,##0.00' },
      'NGN',
      'No',
    ]);
    r.row = out.length;
  }
  return {
    file,
    kind: 'xlsx',
    sheet: 'Bank transactions',
    cols: [12, 14, 12, 52, 20, 10, 18, 8, 10],
    rows: out,
    headerRow,
    nonEntryRows: [],
    package:
      'Microsoft Dynamics 365 Finance (Cash and bank management > Bank accounts > Transactions, Export to Excel)',
    layout:
      'Dynamics 365 Finance bank account transactions grid exported to Excel (XLSX, no preamble): Date (date cells)/Voucher/Transaction type/Description/Payment reference/Bank transaction type/Amount in transaction currency (signed, money in positive)/Currency/Reconciled; the invoice, bill, RRR or batch id is in Payment reference',
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'Voucher',
        description: 'Description',
        reference: 'Payment reference',
        amount: 'Amount in transaction currency',
      },
      currency: 'NGN',
    },
  };
}

/** MYOB AccountRight: Reports > Accounts > General Ledger [Detail], exported to CSV. */
export function myobCsv({ cfg, rows: entries, opening, closing, from }) {
  const file = 'myob-general-ledger-detail-1-1120-nov2025.csv';
  const next = seqs();
  const out = [
    [cfg.company],
    ['General Ledger [Detail]'],
    [`${fmtDate(from, 'D Mon Y').replace(/^\d+ /, '')}`],
    [],
    ['ID No.', 'Src', 'Date', 'Memo', 'Debit', 'Credit', 'Job No.', 'Net Activity', 'Ending Balance'],
  ];
  const headerRow = out.length;
  out.push(['1-1120', 'OmniBSIC Current Account', '', '', '', '', '', '', '']);
  let dr = 0;
  let cr = 0;
  for (const r of entries) {
    let id;
    let src;
    let memo;
    switch (r.what) {
      case 'receipt':
        id = `CR${String(next('cr', 1870)).padStart(6, '0')}`;
        src = 'CR';
        memo = `Payment; ${r.party}; ${r.doc}`;
        break;
      case 'settlement':
        id = `CR${String(next('cr', 1870)).padStart(6, '0')}`;
        src = 'CR';
        memo = r.batch ? `Hubtel settlement ${r.batch}` : 'Hubtel settlement; Hubtel Ltd';
        break;
      case 'settlement-fee':
        id = `GJ${String(next('gj', 310)).padStart(6, '0')}`;
        src = 'GJ';
        memo = `Hubtel charges ${r.batch}`;
        break;
      case 'refund':
        id = `CD${String(next('cd', 2405)).padStart(6, '0')}`;
        src = 'CD';
        memo = `Refund; ${r.party}; ${r.doc}`;
        break;
      case 'payment':
        id = `EFT${String(next('eft', 640)).padStart(5, '0')}`;
        src = 'CD';
        memo = `Payment; ${r.party}; ${r.doc}`;
        break;
      case 'cheque':
        id = r.chq;
        src = 'CD';
        memo = `Chq ${r.chq}; ${r.party}; ${r.doc}`;
        break;
      default:
        id = `CD${String(next('cd', 2405)).padStart(6, '0')}`;
        src = r.what === 'own-transfer' ? 'GJ' : 'CD';
        memo = [r.memo, r.party, r.doc].filter(Boolean).join('; ');
    }
    if (r.amt > 0) dr += r.amt;
    else cr -= r.amt;
    r.view = { reference: null, description: memo, party: null, account: null };
    out.push([
      id,
      src,
      fmtDate(r.date, 'DMY/'),
      memo,
      r.amt > 0 ? grouped(r.amt) : '',
      r.amt < 0 ? grouped(r.amt) : '',
      '',
      '',
      '',
    ]);
    r.row = out.length;
  }
  out.push([
    'Total:',
    '',
    '',
    '',
    grouped(dr),
    grouped(cr),
    '',
    (closing - opening < 0 ? '-' : '') + grouped(closing - opening),
    grouped(closing),
  ]);
  return {
    file,
    kind: 'csv',
    rows: out,
    headerRow,
    nonEntryRows: [],
    package: 'MYOB AccountRight (Reports > Accounts > General Ledger [Detail], account 1-1120, Export CSV)',
    layout:
      'MYOB AccountRight General Ledger [Detail] CSV: company, report name and month, header ID No./Src/Date/Memo/Debit/Credit/Job No./Net Activity/Ending Balance, an undated account heading row (1-1120 OmniBSIC Current Account), entries with DD/MM/YYYY dates, Debit = money in, the customer/supplier and document number only in Memo ("Payment; <name>; <doc>"), cheque number as ID No., Total: row last',
    readOptions: {
      mapping: {
        date: 'Date',
        journalId: 'ID No.',
        description: 'Memo',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
      dateOrder: 'DMY',
      currency: 'GHS',
    },
  };
}

/** Infor SunSystems: Account Analysis (Q&A / Vision) of the bank account, exported to CSV. */
export function sunCsv({ cfg, rows: entries, opening, from }) {
  const file = 'sunsystems-account-analysis-11020-feb2026.csv';
  const next = seqs();
  const period = `00${from.slice(5, 7)}/${from.slice(0, 4)}`.replace(/^0*(\d{3})/, '$1');
  const out = [
    [cfg.company],
    ['Account Analysis - Ledger A (Actuals)'],
    [`Period ${period} to ${period}; Account 11020 CREDIT BANK CURRENT A/C`],
    [],
    [
      'Account Code',
      'Period',
      'Trans Date',
      'Jrnl Type',
      'Jrnl No',
      'Line',
      'Trans Reference',
      'Description',
      'Base Amount',
      'D/C',
    ],
  ];
  const headerRow = out.length;
  out.push([
    '11020',
    period,
    fmtDate(from, 'DMY/'),
    '',
    '',
    '',
    '',
    'Brought Forward',
    grouped(opening),
    opening >= 0 ? 'D' : 'C',
  ]);
  const nonEntryRows = [{ row: out.length, why: 'Brought Forward row (dated, with money), not an entry' }];
  let net = 0;
  for (const r of entries) {
    const type = r.amt > 0 ? 'BR' : r.what === 'own-transfer' || r.what === 'settlement-fee' ? 'JV' : 'BP';
    const jn = next('jn', 18340);
    const ref = (r.what === 'cheque' ? r.chq : (r.doc ?? '')).slice(0, 15);
    let desc;
    switch (r.what) {
      case 'receipt':
        desc = `Rcpt ${r.party}`;
        break;
      case 'settlement':
        desc = r.batch ? `Pesapal settlement ${r.batch}` : 'Pesapal settlement Pesapal Ltd';
        break;
      case 'settlement-fee':
        desc = `Pesapal commission ${r.batch}`;
        break;
      case 'refund':
        desc = `Refund ${r.party}`;
        break;
      case 'payment':
        desc = `Pymt ${r.party}`;
        break;
      case 'cheque':
        desc = `Chq ${r.chq} ${r.party} ${r.doc}`;
        break;
      default:
        desc = r.party ? `${r.memo} ${r.party}` : r.memo;
    }
    desc = desc.slice(0, 50);
    net += r.amt;
    r.view = { reference: ref || null, description: desc, party: null, account: '11020' };
    out.push([
      '11020',
      period,
      fmtDate(r.date, 'DMY/'),
      type,
      String(jn),
      '1',
      ref,
      desc,
      grouped(r.amt),
      r.amt > 0 ? 'D' : 'C',
    ]);
    r.row = out.length;
  }
  out.push(['Total', '', '', '', '', '', '', 'Net movement', grouped(net), net >= 0 ? 'D' : 'C']);
  return {
    file,
    kind: 'csv',
    rows: out,
    headerRow,
    nonEntryRows,
    package: 'Infor SunSystems 6 (Account Analysis of account 11020, exported to CSV)',
    layout:
      'SunSystems Account Analysis CSV: three title rows, header Account Code/Period/Trans Date/Jrnl Type/Jrnl No/Line/Trans Reference/Description/Base Amount/D/C, DD/MM/YYYY dates, Base Amount unsigned with the sign in D/C (D = money in on the bank account), Trans Reference at most 15 characters, Description at most 50, dated Brought Forward row, Total row last',
    readOptions: {
      mapping: {
        date: 'Trans Date',
        journalId: 'Jrnl No',
        reference: 'Trans Reference',
        description: 'Description',
        amount: 'Base Amount',
        direction: { column: 'D/C', out: ['C'], in: ['D'] },
        account: 'Account Code',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
  };
}

/** Epicor Kinetic: GL Detail (Chart Tracker / GL Report) for the bank's GL account, exported to CSV. */
export function epicorCsv({ cfg, rows: entries, from }) {
  const file = 'epicor-gl-detail-1020-00-mar2026.csv';
  const next = seqs();
  const out = [
    [cfg.company],
    [`GL Detail - Book MAIN - Fiscal Period ${from.slice(0, 4)}/${from.slice(5, 7)}`],
    ['GL Account: 1020-00 HBZ Current Account'],
    [],
    [
      'Book ID',
      'Fiscal Year',
      'Fiscal Period',
      'Journal Code',
      'Journal Num',
      'Journal Line',
      'Apply Date',
      'GL Account',
      'Description',
      'Reference',
      'Debit Amount',
      'Credit Amount',
    ],
  ];
  const headerRow = out.length;
  let dr = 0;
  let cr = 0;
  const fy = from.slice(0, 4);
  const fp = String(+from.slice(5, 7));
  for (const r of entries) {
    let code;
    let desc;
    const ref = r.doc ?? '';
    switch (r.what) {
      case 'receipt':
        code = 'CR';
        desc = `Cash Receipt ${r.party}`;
        break;
      case 'settlement':
        code = 'CR';
        desc = r.batch ? `iKhokha payout ${r.batch}` : 'iKhokha payout - iKhokha (Pty) Ltd';
        break;
      case 'settlement-fee':
        code = 'GJ';
        desc = `iKhokha merchant fee ${r.batch}`;
        break;
      case 'refund':
        code = 'CD';
        desc = `Customer refund ${r.party}`;
        break;
      case 'payment':
        code = 'CD';
        desc = `AP Payment ${r.party}`;
        break;
      case 'debit-order':
        code = 'CD';
        desc = `Debit order ${r.party}`;
        break;
      case 'payroll':
        code = 'PR';
        desc = r.memo;
        break;
      case 'own-transfer':
        code = 'GJ';
        desc = r.memo;
        break;
      default:
        code = 'CD';
        desc = `${r.memo} - ${r.party}`;
    }
    if (r.amt > 0) dr += r.amt;
    else cr -= r.amt;
    r.view = { reference: ref || null, description: desc, party: null, account: '1020-00' };
    out.push([
      'MAIN',
      fy,
      fp,
      code,
      String(next(code, code === 'CR' ? 5120 : code === 'CD' ? 7730 : 410)),
      '1',
      fmtDate(r.date, 'MDY/'),
      '1020-00',
      desc,
      ref,
      r.amt > 0 ? dec(r.amt) : '',
      r.amt < 0 ? dec(-r.amt) : '',
    ]);
    r.row = out.length;
  }
  out.push(['Total for 1020-00', '', '', '', '', '', '', '', '', '', dec(dr), dec(cr)]);
  return {
    file,
    kind: 'csv',
    rows: out,
    headerRow,
    nonEntryRows: [],
    package: 'Epicor Kinetic (General Ledger > GL Detail for account 1020-00, exported to CSV)',
    layout:
      'Epicor Kinetic GL Detail CSV: three title rows, header Book ID/Fiscal Year/Fiscal Period/Journal Code/Journal Num/Journal Line/Apply Date/GL Account/Description/Reference/Debit Amount/Credit Amount, Apply Date month-first MM/DD/YYYY (US locale of the server), Debit = money in, plain amounts, Total for row last',
    readOptions: {
      mapping: {
        date: 'Apply Date',
        journalId: 'Journal Num',
        description: 'Description',
        reference: 'Reference',
        moneyIn: 'Debit Amount',
        moneyOut: 'Credit Amount',
        account: 'GL Account',
      },
      dateOrder: 'MDY',
      currency: 'ZAR',
    },
  };
}
