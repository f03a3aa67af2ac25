// Each bank's statement and each package's export: the cells of every row, and the spreadsheet row (1-based,
// preamble and header counted) of every line and book row. `line.row` / `row.row` are set here.
import { dec, fmtDate, grouped } from './lib44.mjs';

const blank = (a) => (a ? a : '');
const money = (minor, th, de, mark = '') => (minor ? `${mark}${grouped(minor, th, de)}` : '');
const cell = (minor) => (minor ? { n: minor / 100, z: '#,##0.00' } : null);
const dcell = (iso) => ({ date: iso, z: 'dd/mm/yyyy' });
const sum = (xs, f) => xs.reduce((s, x) => s + f(x), 0);

/** NG: FairMoney MFB business statement CSV, newest first, date and time, naira marks */
export function fairmoneyCsv(lines, opening, closing, r) {
  let clock = 0;
  let day = '';
  for (const l of lines) {
    if (l.date !== day) {
      day = l.date;
      clock = 7 * 3600 + r.int(0, 3600);
    }
    clock += Number.isInteger(l.seq) ? r.int(300, 2700) : r.int(1, 4);
    const hh = String(Math.floor(clock / 3600)).padStart(2, '0');
    const mm = String(Math.floor(clock / 60) % 60).padStart(2, '0');
    const ss = String(clock % 60).padStart(2, '0');
    l.stamp = `${l.date} ${hh}:${mm}:${ss}`;
  }
  const head = [
    ['FairMoney Microfinance Bank Ltd'],
    ['Business Account Statement'],
    ['Account Name', 'HARBOURLINE HOMES AND LETTINGS LTD - RENT COLLECTIONS'],
    ['Account Number', '5107734418'],
    ['Period', '01/08/2029 - 31/08/2029'],
    ['Opening Balance', money(opening, ',', '.', '₦')],
    ['Closing Balance', money(closing, ',', '.', '₦')],
    [],
    ['Date', 'Transaction Details', 'Reference', 'Money In', 'Money Out', 'Balance'],
  ];
  const body = [...lines].reverse();
  body.forEach((l, i) => (l.row = head.length + 1 + i));
  const rows = body.map((l) => [
    l.stamp,
    l.text,
    l.ref,
    l.amount > 0 ? money(l.amount, ',', '.', '₦') : '',
    l.amount < 0 ? money(-l.amount, ',', '.', '₦') : '',
    money(l.balance, ',', '.', '₦') || '₦0.00',
  ]);
  return {
    kind: 'csv',
    rows: [...head, ...rows],
    headerRow: head.length,
    order: 'newest-first',
    layout:
      'FairMoney MFB business statement CSV: seven label/value rows and a blank, header row 9, newest first, ' +
      '`yyyy-mm-dd hh:mm:ss` Lagos time, amounts with ₦ and comma groups, Money In / Money Out',
    readOptions: {
      currency: 'NGN',
      mapping: {
        date: 'Date',
        description: 'Transaction Details',
        reference: 'Reference',
        moneyIn: 'Money In',
        moneyOut: 'Money Out',
        balance: 'Balance',
      },
    },
  };
}

/** NG: Daftra general ledger of one account, XLSX */
export function daftraXlsx(rows, opening, closing) {
  const head = [
    ['Harbourline Homes & Lettings Ltd'],
    ['General Ledger - 1102 FairMoney MFB - Rent Collections'],
    ['From 01/08/2029 To 31/08/2029', null, null, null, null, null, null, null, 'Currency: NGN'],
    [],
    ['Date', 'Entry #', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
    [null, null, null, null, null, 'Opening Balance', null, null, cell(opening) ?? { n: 0, z: '#,##0.00' }],
  ];
  let je = 5180;
  let bal = opening;
  const body = rows.map((x, i) => {
    x.row = head.length + 1 + i;
    bal += x.amount;
    return [
      dcell(x.date),
      `JE-00${++je}`,
      x.type ?? (x.amount > 0 ? 'Receipt' : 'Payment'),
      blank(x.ref),
      blank(x.party),
      x.desc,
      x.amount > 0 ? cell(x.amount) : null,
      x.amount < 0 ? cell(-x.amount) : null,
      cell(bal),
    ];
  });
  const totalRow = head.length + body.length + 1;
  const tail = [
    [
      null,
      null,
      null,
      null,
      null,
      'Total',
      cell(sum(rows, (x) => Math.max(0, x.amount))),
      cell(sum(rows, (x) => Math.max(0, -x.amount))),
      null,
    ],
    [null, null, null, null, null, 'Closing Balance', null, null, cell(closing)],
  ];
  return {
    kind: 'xlsx',
    sheet: 'General Ledger',
    rows: [...head, ...body, ...tail],
    widths: [12, 11, 10, 18, 30, 60, 16, 16, 16],
    headerRow: 5,
    nonEntryRows: [{ row: totalRow, why: 'undated Total row: the sums of the Debit and Credit columns' }],
    layout:
      'Daftra General Ledger of account 1102 as XLSX (sheet `General Ledger`): three title rows and a blank, header ' +
      'row 5, an undated Opening Balance row, date cells, Debit = money in, Reference = invoice, statement, job card, ' +
      'RRR or schedule, Contact = tenant, landlord or supplier, undated Total and Closing Balance rows',
    readOptions: {
      currency: 'NGN',
      sheet: 'General Ledger',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        party: 'Contact',
        description: 'Description',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

/** GH: Akuapem Rural Bank statement CSV, dd/mm/yyyy, Withdrawals before Lodgements */
export function akuapemCsv(lines, opening, closing) {
  const head = [
    ['AKUAPEM RURAL BANK PLC'],
    ['STATEMENT OF ACCOUNT'],
    ['ACCOUNT NAME:', 'BETHEL EVANGELICAL CHURCH MAMFE-AKUAPEM'],
    ['ACCOUNT NO:', '1021004417803'],
    ['CURRENCY:', 'GHS'],
    ['PERIOD:', '01/10/2029 TO 31/10/2029'],
    [],
    ['Txn Date', 'Value Date', 'Particulars', 'Chq/Slip No', 'Withdrawals', 'Lodgements', 'Balance'],
    ['', '', 'BALANCE B/F', '', '', '', grouped(opening, ',', '.')],
  ];
  lines.forEach((l, i) => (l.row = head.length + 1 + i));
  const body = lines.map((l) => [
    fmtDate(l.date, 'dd/mm/yyyy'),
    fmtDate(l.date, 'dd/mm/yyyy'),
    l.text,
    l.ref,
    l.amount < 0 ? grouped(-l.amount, ',', '.') : '',
    l.amount > 0 ? grouped(l.amount, ',', '.') : '',
    grouped(l.balance, ',', '.'),
  ]);
  return {
    kind: 'csv',
    rows: [...head, ...body, ['', '', 'BALANCE C/F', '', '', '', grouped(closing, ',', '.')]],
    headerRow: 8,
    order: 'oldest-first',
    layout:
      'Akuapem Rural Bank statement CSV: six label rows and a blank, header row 8, `dd/mm/yyyy` text, ' +
      'Withdrawals / Lodgements, comma groups, balance-only BALANCE B/F and C/F rows',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq/Slip No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Lodgements',
        balance: 'Balance',
      },
    },
  };
}

/** GH: Aplos register of the bank account, CSV, US month-first dates */
export function aplosCsv(rows, opening, closing) {
  const head = [
    ['Bethel Evangelical Church - Mamfe-Akuapem'],
    ['Register: 1010 Akuapem Rural Bank - Current (GHS)'],
    ['10/01/2029 - 10/31/2029'],
    [],
    ['Date', 'Num', 'Contact', 'Memo', 'Fund', 'Account', 'Deposit', 'Withdrawal', 'Balance'],
    ['', '', '', 'Beginning Balance', '', '', '', '', grouped(opening, ',', '.')],
  ];
  let bal = opening;
  const body = rows.map((x, i) => {
    x.row = head.length + 1 + i;
    bal += x.amount;
    return [
      fmtDate(x.date, 'mm/dd/yyyy'),
      x.ref,
      x.party,
      x.desc,
      x.fund,
      x.account,
      x.amount > 0 ? grouped(x.amount, ',', '.') : '',
      x.amount < 0 ? grouped(-x.amount, ',', '.') : '',
      grouped(bal, ',', '.'),
    ];
  });
  return {
    kind: 'csv',
    rows: [...head, ...body, ['', '', '', 'Ending Balance', '', '', '', '', grouped(closing, ',', '.')]],
    headerRow: 5,
    layout:
      'Aplos register CSV: three title rows and a blank, header row 5, **`mm/dd/yyyy`** (US), Num = slip, cheque or ' +
      'bulk reference, Contact = member or payee, Fund and Account (the other side: income or expense) unmapped, ' +
      'Sunday counts dated on the Sunday, balance-only Beginning/Ending Balance rows',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'MDY',
      mapping: {
        date: 'Date',
        reference: 'Num',
        party: 'Contact',
        description: 'Memo',
        moneyIn: 'Deposit',
        moneyOut: 'Withdrawal',
        balance: 'Balance',
      },
    },
  };
}

/** KE: Family Bank statement XLSX, `dd-MON-yyyy` text dates, numeric amount cells */
export function familyXlsx(lines, opening, closing) {
  const head = [
    ['FAMILY BANK LIMITED'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name', 'MUGUMO TEA GROWERS & TRADERS SACCO SOCIETY LTD'],
    ['Account Number', '045000318872'],
    ['Currency', 'KES'],
    ['Statement Period', '01-SEP-2029 to 30-SEP-2029'],
    [],
    [
      'Transaction Date',
      'Value Date',
      'Narrative',
      'Transaction Reference',
      'Debit Amount',
      'Credit Amount',
      'Running Balance',
    ],
    [null, null, 'Balance B/F', null, null, null, cell(opening)],
  ];
  lines.forEach((l, i) => (l.row = head.length + 1 + i));
  const body = lines.map((l) => [
    fmtDate(l.date, 'dd-MON-yyyy'),
    fmtDate(l.date, 'dd-MON-yyyy'),
    l.text,
    l.ref,
    l.amount < 0 ? cell(-l.amount) : null,
    l.amount > 0 ? cell(l.amount) : null,
    cell(l.balance) ?? { n: 0, z: '#,##0.00' },
  ]);
  return {
    kind: 'xlsx',
    sheet: 'Statement',
    rows: [...head, ...body, [null, null, 'Balance C/F', null, null, null, cell(closing)]],
    widths: [14, 14, 60, 16, 16, 16, 18],
    headerRow: 8,
    order: 'oldest-first',
    layout:
      'Family Bank statement XLSX (sheet `Statement`): six label rows and a blank, header row 8, `dd-MON-yyyy` ' +
      'text dates, numeric amount cells, Debit Amount / Credit Amount, balance-only Balance B/F and C/F rows',
    readOptions: {
      currency: 'KES',
      sheet: 'Statement',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Narrative',
        reference: 'Transaction Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Running Balance',
      },
    },
  };
}

/** KE: AutoCount General Ledger of the bank account, CSV, two description columns */
export function autocountCsv(rows, opening, closing) {
  const head = [
    ['MUGUMO TEA GROWERS & TRADERS SACCO SOCIETY LTD'],
    ['General Ledger'],
    ['Account No.: 310-0001 FAMILY BANK - MAIN COLLECTION A/C'],
    ['Date From: 01/09/2029 To: 30/09/2029'],
    [],
    ['Date', 'Doc No.', 'Description', 'Description 2', 'Ref No. 2', 'Debit', 'Credit', 'Balance'],
    ['', '', 'Opening Balance', '', '', '', '', grouped(opening, ',', '.')],
  ];
  let bal = opening;
  const no = { OR: 4410, PV: 2870 };
  const body = rows.map((x, i) => {
    x.row = head.length + 1 + i;
    bal += x.amount;
    return [
      fmtDate(x.date, 'dd/mm/yyyy'),
      `${x.doc}-${String(++no[x.doc]).padStart(6, '0')}`,
      x.desc,
      x.desc2,
      x.ref,
      x.amount > 0 ? grouped(x.amount, ',', '.') : '',
      x.amount < 0 ? grouped(-x.amount, ',', '.') : '',
      grouped(bal, ',', '.'),
    ];
  });
  const totalRow = head.length + body.length + 1;
  return {
    kind: 'csv',
    rows: [
      ...head,
      ...body,
      [
        '',
        '',
        'Total',
        '',
        '',
        grouped(
          sum(rows, (x) => Math.max(0, x.amount)),
          ',',
          '.',
        ),
        grouped(
          sum(rows, (x) => Math.max(0, -x.amount)),
          ',',
          '.',
        ),
        '',
      ],
      ['', '', 'Closing Balance', '', '', '', '', grouped(closing, ',', '.')],
    ],
    headerRow: 6,
    nonEntryRows: [{ row: totalRow, why: 'undated Total row: the sums of the Debit and Credit columns' }],
    layout:
      'AutoCount General Ledger CSV of 310-0001: four title rows and a blank, header row 6, `dd/mm/yyyy`, Doc No. ' +
      '(OR receipts, PV vouchers) unmapped, Description and Description 2 (member, employer or payee), Ref No. 2 = ' +
      'schedule, loan, policy, PRN or M-PESA code, Debit = money in, undated Opening Balance, Total and Closing ' +
      'Balance rows',
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        description: ['Description', 'Description 2'],
        reference: 'Ref No. 2',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

/** ZA: SA Bank of Athens statement CSV, `dd Mon yyyy`, space-grouped amounts */
export function athensCsv(lines, opening, closing) {
  const head = [
    ['The South African Bank of Athens Limited'],
    ['Statement of Account'],
    ['Account Name', 'KYRIAKOU & MTHEMBU INC - TRUST ACCOUNT S86(2)'],
    ['Account Number', '4105528816'],
    ['Statement Period', '01 Nov 2029 to 30 Nov 2029'],
    ['Opening Balance', grouped(opening, ' ', '.')],
    ['Closing Balance', grouped(closing, ' ', '.')],
    [],
    ['Date', 'Description', 'Reference', 'Debits', 'Credits', 'Balance'],
  ];
  lines.forEach((l, i) => (l.row = head.length + 1 + i));
  const body = lines.map((l) => [
    fmtDate(l.date, 'dd Mon yyyy'),
    l.text,
    l.ref,
    l.amount < 0 ? grouped(-l.amount, ' ', '.') : '',
    l.amount > 0 ? grouped(l.amount, ' ', '.') : '',
    grouped(l.balance, ' ', '.'),
  ]);
  return {
    kind: 'csv',
    rows: [...head, ...body],
    headerRow: 9,
    order: 'oldest-first',
    layout:
      'SA Bank of Athens statement CSV: seven label/value rows (both balances) and a blank, header row 9, ' +
      '`dd Mon yyyy`, Debits / Credits, amounts grouped by spaces (`1 250 000.00`)',
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debits',
        moneyIn: 'Credits',
        balance: 'Balance',
      },
    },
  };
}

/** ZA: AJS trust cash book of the trust bank account, XLSX */
export function ajsXlsx(rows, opening, closing) {
  const head = [
    ['KYRIAKOU & MTHEMBU INC'],
    ['TRUST CASH BOOK'],
    ['Bank: T100 SA Bank of Athens - Trust Account s86(2)'],
    ['Period: 01/11/2029 - 30/11/2029'],
    [],
    ['Date', 'Matter', 'Client', 'Description', 'Voucher', 'Deposits', 'Payments', 'Balance'],
    [null, null, null, 'Opening balance', null, null, null, cell(opening)],
  ];
  let bal = opening;
  const body = rows.map((x, i) => {
    x.row = head.length + 1 + i;
    bal += x.amount;
    return [
      dcell(x.date),
      blank(x.ref),
      blank(x.party),
      x.desc,
      x.voucher,
      x.amount > 0 ? cell(x.amount) : null,
      x.amount < 0 ? cell(-x.amount) : null,
      cell(bal),
    ];
  });
  const totalRow = head.length + body.length + 1;
  return {
    kind: 'xlsx',
    sheet: 'Trust Cash Book',
    rows: [
      ...head,
      ...body,
      [
        null,
        null,
        null,
        'Totals',
        null,
        cell(sum(rows, (x) => Math.max(0, x.amount))),
        cell(sum(rows, (x) => Math.max(0, -x.amount))),
        null,
      ],
      [null, null, null, 'Closing balance', null, null, null, cell(closing)],
    ],
    widths: [12, 12, 34, 56, 10, 16, 16, 18],
    headerRow: 6,
    nonEntryRows: [{ row: totalRow, why: 'undated Totals row: the sums of the Deposits and Payments columns' }],
    layout:
      'AJS Trust Cash Book as XLSX (sheet `Trust Cash Book`): four title rows and a blank, header row 6, date cells, ' +
      'Matter = file number (`KM/T2345`), Client = purchaser / seller or payee, Voucher unmapped, undated Opening ' +
      'balance, Totals and Closing balance rows',
    readOptions: {
      currency: 'ZAR',
      sheet: 'Trust Cash Book',
      mapping: {
        date: 'Date',
        reference: 'Matter',
        party: 'Client',
        description: 'Description',
        moneyIn: 'Deposits',
        moneyOut: 'Payments',
        balance: 'Balance',
      },
    },
  };
}

export const decOf = dec;
