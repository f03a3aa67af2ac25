// Both file layouts of each set, as the bank and the package are understood to write them. Each layout gives every
// bank line and book row its spreadsheet row (1-based, preamble and header counted).
import { Buffer } from 'node:buffer';
import { csvText, cp1252, dec, dmyDot, dmySlash, grouped, isoOf, monAbbr, parts, xlsxBytes } from './lib42.mjs';

const num = (minor) => ({ n: dec(minor) });
const mag = (minor) => ({ n: dec(Math.abs(minor)) });
const commas = (minor) => grouped(minor, ',', '.');
const dutchLike = (minor) => grouped(minor, '.', ',');
const dMonY = (day) => {
  const { y, m, d } = parts(day);
  return `${String(d).padStart(2, '0')} ${monAbbr(m)} ${y}`;
};

/** Running balances of lines or rows from an opening balance. */
function running(items, opening) {
  let b = opening;
  return items.map((x) => (b += x.amount));
}

// ---------------------------------------------------------------- NG
function ngBank(m) {
  const file = `npf-mfb-${m.acct}-oct2028.xlsx`;
  const bal = running(m.lines, m.bankOpening);
  const rows = [
    ['NPF MICROFINANCE BANK PLC'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', 'SAKURA POWER & MARINE NIGERIA LTD'],
    ['Account Number:', { t: m.acct }],
    ['Currency:', 'NGN'],
    ['Period:', '01-Oct-2028 to 31-Oct-2028'],
    ['Opening Balance:', commas(m.bankOpening)],
    ['Closing Balance:', commas(m.bankClosing)],
    [],
    ['Txn Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
    [null, null, null, 'OPENING BALANCE', null, null, num(m.bankOpening)],
  ];
  const rowOf = new Map();
  const z = 'dd-mmm-yyyy';
  m.lines.forEach((l, i) => {
    rows.push([
      { d: l.day, z },
      { d: l.day, z },
      l.ref || null,
      l.text,
      l.amount < 0 ? mag(l.amount) : null,
      l.amount > 0 ? mag(l.amount) : null,
      num(bal[i]),
    ]);
    rowOf.set(l, rows.length);
  });
  rows.push([null, null, null, 'CLOSING BALANCE', null, null, num(m.bankClosing)]);
  return {
    file,
    bytes: xlsxBytes('Statement', rows, [12, 12, 34, 60, 16, 16, 18]),
    headerRow: 10,
    rowOf,
    readOptions: {
      currency: 'NGN',
      sheet: 'Statement',
      mapping: {
        date: 'Txn Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    nonEntryRows: [],
    layout:
      'XLSX (sheet Statement): two title rows, six label/value rows (balances as text), a blank, header in row 10; date cells shown dd-mmm-yyyy, number cells; undated OPENING BALANCE / CLOSING BALANCE rows (balance only), no totals',
  };
}

function ngLedger(m) {
  const file = 'yayoi-sokanjomotocho-futsuyokin-npf-oct2028.xlsx';
  const bal = running(m.rows, m.bookOpening);
  const rows = [
    ['総勘定元帳'],
    ['Sakura Power & Marine Nigeria Ltd'],
    [`勘定科目: 普通預金  補助科目: NPF MFB ${m.acct} (NGN)`],
    ['期間: 2028/10/01 ～ 2028/10/31'],
    ['日付', '伝票No.', '相手勘定科目', '相手補助科目', '摘要', '借方金額', '貸方金額', '残高'],
    [null, null, null, null, '前月繰越', null, null, num(m.bookOpening)],
  ];
  const rowOf = new Map();
  m.rows.forEach((x, i) => {
    rows.push([
      { d: x.day, z: 'yyyy/mm/dd' },
      { t: String(1000 + i + 1) },
      x.contra,
      x.party,
      x.desc,
      x.amount > 0 ? mag(x.amount) : null,
      x.amount < 0 ? mag(x.amount) : null,
      num(bal[i]),
    ]);
    rowOf.set(x, rows.length);
  });
  const inSum = m.rows.filter((x) => x.amount > 0).reduce((a, x) => a + x.amount, 0);
  const outSum = m.rows.filter((x) => x.amount < 0).reduce((a, x) => a - x.amount, 0);
  rows.push([null, null, null, null, '月計', num(inSum), num(outSum), num(m.bookClosing)]);
  const totalRow = rows.length;
  return {
    file,
    bytes: xlsxBytes('総勘定元帳', rows, [12, 8, 14, 34, 60, 16, 16, 18]),
    headerRow: 5,
    rowOf,
    readOptions: {
      currency: 'NGN',
      sheet: '総勘定元帳',
      mapping: {
        date: '日付',
        description: '摘要',
        party: '相手補助科目',
        moneyIn: '借方金額',
        moneyOut: '貸方金額',
        balance: '残高',
      },
    },
    nonEntryRows: [
      { row: totalRow, why: '月計: the month’s sums of 借方 and 貸方 with the closing balance, not an entry' },
    ],
    layout:
      'XLSX (sheet 総勘定元帳): four title rows, Japanese header in row 5; date cells shown yyyy/mm/dd; 借方金額 = money in; undated 前月繰越 row (balance only) and 月計 row (both sums and the balance); no reference column (numbers are in 摘要)',
  };
}

// ---------------------------------------------------------------- GH
function ghBank(m) {
  const file = `kintampo-rb-${m.acct}-sep2028.csv`;
  const bal = running(m.lines, m.bankOpening);
  const rows = [
    ['KINTAMPO RURAL BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name', 'MEKONG AGRO & MOTORS GHANA LTD'],
    ['Account Number', m.acct],
    ['Branch', 'TECHIMAN'],
    ['Currency', 'GHS'],
    ['Period', '01/09/2028 TO 30/09/2028'],
    [],
    ['Posting Date', 'Value Date', 'Transaction Details', 'Reference No.', 'Withdrawals', 'Deposits', 'Balance'],
    ['', '', 'BALANCE B/FWD', '', '', '', commas(m.bankOpening)],
  ];
  const rowOf = new Map();
  m.lines.forEach((l, i) => {
    rows.push([
      dmySlash(l.day),
      dmySlash(l.day),
      l.text,
      l.ref,
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(bal[i]),
    ]);
    rowOf.set(l, rows.length);
  });
  const w = m.lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
  const d = m.lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0);
  rows.push(['', '', 'TOTAL', '', commas(w), commas(d), '']);
  const totalRow = rows.length;
  rows.push(['', '', 'BALANCE C/FWD', '', '', '', commas(m.bankClosing)]);
  rows.push([]);
  rows.push(['*** END OF STATEMENT ***']);
  return {
    file,
    bytes: Buffer.from(csvText(rows), 'utf8'),
    headerRow: 9,
    rowOf,
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference No.',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Balance',
      },
    },
    nonEntryRows: [{ row: totalRow, why: 'TOTAL: the sums of Withdrawals and Deposits, not an entry' }],
    layout:
      'CSV, UTF-8, commas (cells quoted when they hold a comma): two title rows, five label,value rows, a blank, header in row 9; dd/mm/yyyy text dates; amounts grouped with commas; undated BALANCE B/FWD and BALANCE C/FWD rows (balance only), an undated TOTAL row with both sums, a blank and an END OF STATEMENT footer',
  };
}

function ghLedger(m) {
  const file = 'misa-so-tien-gui-ngan-hang-1121-sep2028.xlsx';
  const bal = running(m.rows, m.bookOpening);
  const rows = [
    ['CÔNG TY TNHH MEKONG AGRO & MOTORS GHANA'],
    ['SỔ TIỀN GỬI NGÂN HÀNG'],
    ['Tài khoản: 1121 - Tiền gửi Kintampo Rural Bank; Loại tiền: GHS'],
    ['Từ ngày 01/09/2028 đến ngày 30/09/2028'],
    [],
    ['Ngày hạch toán', 'Ngày chứng từ', 'Số chứng từ', 'Diễn giải', 'Đối tượng', 'TK đối ứng', 'Thu', 'Chi', 'Còn lại'],
    [null, null, null, 'Số dư đầu kỳ', null, null, null, null, num(m.bookOpening)],
  ];
  const rowOf = new Map();
  let nt = 0;
  let unc = 0;
  const z = 'dd/mm/yyyy';
  m.rows.forEach((x, i) => {
    const voucher =
      x.amount > 0 ? `NTTK${String(++nt + 412).padStart(5, '0')}` : `UNC${String(++unc + 287).padStart(5, '0')}`;
    rows.push([
      { d: x.day, z },
      { d: x.day, z },
      voucher,
      x.desc,
      x.party,
      x.contra,
      x.amount > 0 ? mag(x.amount) : null,
      x.amount < 0 ? mag(x.amount) : null,
      num(bal[i]),
    ]);
    rowOf.set(x, rows.length);
  });
  const inSum = m.rows.filter((x) => x.amount > 0).reduce((a, x) => a + x.amount, 0);
  const outSum = m.rows.filter((x) => x.amount < 0).reduce((a, x) => a - x.amount, 0);
  rows.push([null, null, null, 'Cộng phát sinh', null, null, num(inSum), num(outSum), null]);
  const totalRow = rows.length;
  rows.push([null, null, null, 'Số dư cuối kỳ', null, null, null, null, num(m.bookClosing)]);
  return {
    file,
    bytes: xlsxBytes('So tien gui ngan hang', rows, [12, 12, 12, 60, 34, 10, 16, 16, 18]),
    headerRow: 6,
    rowOf,
    readOptions: {
      currency: 'GHS',
      sheet: 'So tien gui ngan hang',
      mapping: {
        date: 'Ngày hạch toán',
        description: 'Diễn giải',
        party: 'Đối tượng',
        moneyIn: 'Thu',
        moneyOut: 'Chi',
        balance: 'Còn lại',
      },
    },
    nonEntryRows: [{ row: totalRow, why: 'Cộng phát sinh: the period’s sums of Thu and Chi, not an entry' }],
    layout:
      'XLSX (sheet So tien gui ngan hang): four title rows and a blank, Vietnamese header in row 6; date cells shown dd/mm/yyyy; Thu = money in, Chi = money out; Số chứng từ is MISA’s own voucher number (NTTK…/UNC…), not mapped; undated Số dư đầu kỳ / Số dư cuối kỳ rows (balance only) and an undated Cộng phát sinh row with both sums; no reference column (numbers are in Diễn giải)',
  };
}

// ---------------------------------------------------------------- KE
function keBank(m) {
  const file = `muungano-mfb-${m.acct}-jun2028.csv`;
  const bal = running(m.lines, m.bankOpening);
  const rows = [
    ['MUUNGANO MICROFINANCE BANK PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', 'GALIL DRIP IRRIGATION KENYA LTD'],
    ['Account Number', m.acct],
    ['Branch', 'NAIVASHA'],
    ['Statement Period', '01 Jun 2028 - 30 Jun 2028'],
    ['Currency', 'KES'],
    [],
    ['Transaction Date', 'Particulars', 'Reference', 'Value Date', 'Withdrawals', 'Deposits', 'Book Balance'],
    ['', 'Balance Brought Forward', '', '', '', '', commas(m.bankOpening)],
  ];
  const rowOf = new Map();
  m.lines.forEach((l, i) => {
    rows.push([
      dMonY(l.day),
      l.text,
      l.ref,
      dMonY(l.day),
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(bal[i]),
    ]);
    rowOf.set(l, rows.length);
  });
  rows.push(['', 'Balance Carried Forward', '', '', '', '', commas(m.bankClosing)]);
  return {
    file,
    bytes: Buffer.from(csvText(rows), 'utf8'),
    headerRow: 9,
    rowOf,
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Reference',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Book Balance',
      },
    },
    nonEntryRows: [],
    layout:
      'CSV, UTF-8, commas (cells quoted when they hold a comma): two title rows, five label,value rows, a blank, header in row 9; dd Mon yyyy text dates (05 Jun 2028); amounts grouped with commas; undated Balance Brought Forward / Balance Carried Forward rows (balance only), no totals',
  };
}

function keLedger(m) {
  const file = 'hashavshevet-kartesset-10040-jun2028.xlsx';
  const bal = running(m.rows, m.bookOpening);
  const rows = [
    ['Galil Drip Irrigation Kenya Ltd'],
    ['כרטסת הנהלת חשבונות'],
    [`חשבון: 10040 Muungano MFB KES ${m.acct}`],
    ['מתאריך: 01/06/2028 עד תאריך: 30/06/2028'],
    [],
    ['תאריך', 'תאריך ערך', 'אסמכתא', 'סוג תנועה', 'פרטים', 'חשבון נגדי', 'שם חשבון נגדי', 'חובה', 'זכות', 'יתרה'],
    [null, null, null, null, 'יתרת פתיחה', null, null, null, null, num(m.bookOpening)],
  ];
  const rowOf = new Map();
  const z = 'dd/mm/yyyy';
  m.rows.forEach((x, i) => {
    rows.push([
      { d: x.day, z },
      { d: x.day, z },
      x.ref === null ? null : { t: x.ref },
      x.amount > 0 ? 'תקב' : 'תשל',
      x.desc,
      x.contra,
      x.party,
      x.amount > 0 ? mag(x.amount) : null,
      x.amount < 0 ? mag(x.amount) : null,
      num(bal[i]),
    ]);
    rowOf.set(x, rows.length);
  });
  const inSum = m.rows.filter((x) => x.amount > 0).reduce((a, x) => a + x.amount, 0);
  const outSum = m.rows.filter((x) => x.amount < 0).reduce((a, x) => a - x.amount, 0);
  rows.push([null, null, null, null, 'סה"כ', null, null, num(inSum), num(outSum), null]);
  const totalRow = rows.length;
  rows.push([null, null, null, null, 'יתרת סגירה', null, null, null, null, num(m.bookClosing)]);
  return {
    file,
    bytes: xlsxBytes('כרטסת', rows, [12, 12, 18, 8, 34, 10, 34, 16, 16, 18]),
    headerRow: 6,
    rowOf,
    readOptions: {
      currency: 'KES',
      sheet: 'כרטסת',
      mapping: {
        date: 'תאריך',
        reference: 'אסמכתא',
        description: 'פרטים',
        party: 'שם חשבון נגדי',
        moneyIn: 'חובה',
        moneyOut: 'זכות',
        balance: 'יתרה',
      },
    },
    nonEntryRows: [{ row: totalRow, why: 'סה"כ: the sums of חובה and זכות, not an entry' }],
    layout:
      'XLSX (sheet כרטסת): four title rows and a blank, Hebrew header in row 6; date cells shown dd/mm/yyyy; אסמכתא (reference) as text; חובה (debit) = money in; undated יתרת פתיחה / יתרת סגירה rows (balance only) and an undated סה"כ row with both sums',
  };
}

// ---------------------------------------------------------------- ZA
function zaBank(m) {
  const file = `commerzbank-jhb-${m.acct}-aug2028.csv`;
  const bal = running(m.lines, m.bankOpening);
  const rows = [
    ['Commerzbank AG, Johannesburg Branch'],
    ['Account Statement'],
    ['Account', m.acct],
    ['Account Holder', 'SCHWARZWALD PRAEZISIONSWERKZEUGE SA (PTY) LTD'],
    ['Currency', 'ZAR'],
    ['Period', '01/08/2028 - 31/08/2028'],
    ['Opening Balance', dec(m.bankOpening)],
    ['Closing Balance', dec(m.bankClosing)],
    [],
    ['Booking Date', 'Value Date', 'Booking Text', 'Reference', 'Amount', 'Balance'],
  ];
  const rowOf = new Map();
  m.lines.forEach((l, i) => {
    rows.push([dmySlash(l.day), dmySlash(l.day), l.text, l.ref, dec(l.amount), dec(bal[i])]);
    rowOf.set(l, rows.length);
  });
  return {
    file,
    bytes: Buffer.from(csvText(rows), 'utf8'),
    headerRow: 10,
    rowOf,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Booking Date',
        valueDate: 'Value Date',
        description: 'Booking Text',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
    nonEntryRows: [],
    layout:
      'CSV, UTF-8, commas: two title rows (the first quoted: it holds a comma), six label,value rows (both balances among them), a blank, header in row 10; dd/mm/yyyy text dates; one signed Amount column without grouping; no totals, no footer',
  };
}

function zaLedger(m) {
  const file = 'lexware-kontenblatt-1810-aug2028.csv';
  const bal = running(m.rows, m.bookOpening);
  const rows = [
    ['Schwarzwald Präzisionswerkzeuge SA (Pty) Ltd'],
    ['Kontenblatt Sachkonto 1810 Commerzbank JHB ZAR'],
    ['Zeitraum: 01.08.2028 bis 31.08.2028'],
    [],
    ['Datum', 'Beleg-Nr.', 'Buchungstext', 'Gegenkonto', 'Soll', 'Haben', 'Saldo'],
    ['', '', 'Saldovortrag', '', '', '', dutchLike(m.bookOpening)],
  ];
  const rowOf = new Map();
  m.rows.forEach((x, i) => {
    rows.push([
      dmyDot(x.day),
      x.ref ?? '',
      x.desc,
      x.contra,
      x.amount > 0 ? dutchLike(x.amount) : '',
      x.amount < 0 ? dutchLike(-x.amount) : '',
      dutchLike(bal[i]),
    ]);
    rowOf.set(x, rows.length);
  });
  const inSum = m.rows.filter((x) => x.amount > 0).reduce((a, x) => a + x.amount, 0);
  const outSum = m.rows.filter((x) => x.amount < 0).reduce((a, x) => a - x.amount, 0);
  rows.push(['', '', 'Summe Verkehrszahlen', '', dutchLike(inSum), dutchLike(outSum), '']);
  const totalRow = rows.length;
  rows.push(['', '', 'Endsaldo', '', '', '', dutchLike(m.bookClosing)]);
  return {
    file,
    bytes: cp1252(csvText(rows, ';')),
    headerRow: 5,
    rowOf,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      decimalSeparator: ',',
      mapping: {
        date: 'Datum',
        reference: 'Beleg-Nr.',
        description: 'Buchungstext',
        moneyIn: 'Soll',
        moneyOut: 'Haben',
        balance: 'Saldo',
      },
    },
    nonEntryRows: [{ row: totalRow, why: 'Summe Verkehrszahlen: the sums of Soll and Haben, not an entry' }],
    layout:
      'CSV, Windows-1252, semicolons: three title rows and a blank, German header in row 5; dd.mm.yyyy dates; German amounts 1.234,56; Soll = money in; no party column (names are in Buchungstext); undated Saldovortrag / Endsaldo rows (balance only) and an undated Summe Verkehrszahlen row with both sums',
  };
}

export const LAYOUTS = {
  NG: [ngBank, ngLedger],
  GH: [ghBank, ghLedger],
  KE: [keBank, keLedger],
  ZA: [zaBank, zaLedger],
};
export { isoOf };
