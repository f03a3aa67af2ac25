// File layouts as banks and accounting packages export them. Each writer numbers the rows it writes (row = the
// spreadsheet row an editor shows, preamble and header included) on the row objects, and returns headerRow.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { csvLine, excelSerial, fmt, grouped, major } from './lib.mjs';

function emitCsv(dir, file, lines, rowsAt) {
  // rowsAt: [{ line index (0-based), obj }] → row numbers are 1-based line numbers.
  for (const { index, obj } of rowsAt) {
    obj.file = file;
    obj.row = index + 1;
  }
  writeFileSync(join(dir, file), lines.join('\r\n') + '\r\n');
}

/** GTBank-style statement: preamble, Trans./Value dates as 03-Mar-2025, Debits/Credits with grouping, Remarks. */
export function writeGtbankCsv(dir, file, rows, m) {
  const lines = [
    'GUARANTY TRUST BANK PLC - CUSTOMER STATEMENT',
    csvLine(['Account Name:', m.holder]),
    csvLine(['Account Number:', m.masked]),
    csvLine(['Currency:', 'NGN']),
    csvLine(['Period:', `${fmt.dMonY(m.from)} to ${fmt.dMonY(m.to)}`]),
    csvLine(['Opening Balance:', grouped(m.opening)]),
    '',
    csvLine([
      'Trans. Date',
      'Value. Date',
      'Reference',
      'Debits',
      'Credits',
      'Balance',
      'Originating Branch',
      'Remarks',
    ]),
  ];
  const headerRow = lines.length;
  const at = [];
  let dr = 0;
  let cr = 0;
  for (const r of rows) {
    if (r.amount < 0) dr -= r.amount;
    else cr += r.amount;
    at.push({ index: lines.length, obj: r });
    lines.push(
      csvLine([
        fmt.dMonY(r.date),
        fmt.dMonY(r.valueDate),
        r.reference ?? '',
        r.amount < 0 ? grouped(-r.amount) : '',
        r.amount > 0 ? grouped(r.amount) : '',
        grouped(r.balance),
        r.reference ? 'E-CHANNELS' : 'HEAD OFFICE',
        r.text,
      ]),
    );
  }
  lines.push(csvLine(['Total', '', '', grouped(dr), grouped(cr), '', '', '']));
  lines.push(csvLine(['Closing Balance:', '', '', '', '', grouped(m.closing), '', '']));
  emitCsv(dir, file, lines, at);
  return headerRow;
}

/** Access-style XLSX: preamble, real date cells, numeric amounts, newest transaction first. */
export function writeAccessXlsx(dir, file, rows, m) {
  const aoa = [
    ['ACCESS BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name', m.holder],
    ['Account Number', m.masked],
    ['Currency', 'NGN'],
    ['Statement Period', `${fmt.dmy(m.from)} - ${fmt.dmy(m.to)}`],
    ['Opening Balance', Number(major(m.opening))],
    ['Closing Balance', Number(major(m.closing))],
    [],
    ['Posted Date', 'Value Date', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = aoa.length;
  const newestFirst = rows.slice().reverse();
  for (const r of newestFirst) {
    r.file = file;
    r.row = aoa.length + 1;
    aoa.push([
      excelSerial(r.date),
      excelSerial(r.valueDate),
      r.text,
      r.amount < 0 ? Number(major(-r.amount)) : null,
      r.amount > 0 ? Number(major(r.amount)) : null,
      Number(major(r.balance)),
    ]);
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa);
  for (let i = headerRow; i < aoa.length; i += 1) {
    for (const c of [0, 1]) ws[XLSX.utils.encode_cell({ r: i, c })].z = 'dd-mmm-yyyy';
    for (const c of [3, 4, 5]) {
      const cell = ws[XLSX.utils.encode_cell({ r: i, c })];
      if (cell) cell.z = '#,##0.00';
    }
  }
  ws['!cols'] = [{ wch: 12 }, { wch: 12 }, { wch: 70 }, { wch: 14 }, { wch: 14 }, { wch: 16 }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Statement');
  // Fixed timestamps so the same seed gives the same bytes.
  wb.Props = { Title: 'Account Statement', Author: 'Access Bank', CreatedDate: new Date(Date.UTC(2025, 3, 1)) };
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  writeFileSync(join(dir, file), buf);
  return headerRow;
}

/** FNB-style CSV: signed amounts, yyyy/mm/dd dates, '#'-prefixed fee narrations come from the dialect. */
export function writeFnbCsv(dir, file, rows, m) {
  const lines = [
    'First National Bank - Transaction History',
    csvLine(['Account', 'Gold Business Account', m.masked]),
    csvLine(['Statement Period', fmt.ymd(m.from), fmt.ymd(m.to)]),
    csvLine(['Opening Balance', major(m.opening)]),
    '',
    csvLine(['Date', 'Amount', 'Balance', 'Description']),
  ];
  const headerRow = lines.length;
  const at = [];
  for (const r of rows) {
    at.push({ index: lines.length, obj: r });
    lines.push(csvLine([fmt.ymd(r.date), major(r.amount), major(r.balance), r.text]));
  }
  lines.push(csvLine(['Closing Balance', major(m.closing)]));
  emitCsv(dir, file, lines, at);
  return headerRow;
}

/** Equity-style KES statement CSV: day-first dates, Narrative, Transaction Reference, Debit/Credit, Running Balance. */
export function writeEquityCsv(dir, file, rows, m) {
  const lines = [
    'EQUITY BANK (KENYA) LIMITED',
    csvLine(['Account Name', m.holder]),
    csvLine(['Account Number', m.masked]),
    csvLine(['Currency', 'KES']),
    csvLine(['Statement Period', `${fmt.dmy(m.from)} - ${fmt.dmy(m.to)}`]),
    csvLine(['Opening Balance', grouped(m.opening)]),
    '',
    csvLine([
      'Transaction Date',
      'Value Date',
      'Narrative',
      'Transaction Reference',
      'Debit',
      'Credit',
      'Running Balance',
    ]),
  ];
  const headerRow = lines.length;
  const at = [];
  for (const r of rows) {
    at.push({ index: lines.length, obj: r });
    lines.push(
      csvLine([
        fmt.dmy(r.date),
        fmt.dmy(r.valueDate),
        r.text,
        r.reference ?? '',
        r.amount < 0 ? grouped(-r.amount) : '',
        r.amount > 0 ? grouped(r.amount) : '',
        grouped(r.balance),
      ]),
    );
  }
  lines.push(csvLine(['Closing Balance', grouped(m.closing)]));
  emitCsv(dir, file, lines, at);
  return headerRow;
}

// ---------------------------------------------------------------- book side

const journalPrefix = {
  receipt: 'CR',
  'credit-note': 'JV',
  'pos-sales': 'CR',
  'pos-settlement': 'CR',
  payment: 'PV',
  expense: 'PV',
  cheque: 'PV',
  transfer: 'JV',
};

/** What each book row says in a general ledger (description + reference). */
function glText(r) {
  switch (r.kind) {
    case 'payment':
      return { description: r.docRef ? `${r.memo} (${r.docRef})` : r.memo, reference: r.voucher };
    case 'cheque':
      return { description: r.memo, reference: r.docRef };
    default:
      return { description: r.memo, reference: r.docRef ?? '' };
  }
}

/** Sage-style "General Ledger" CSV of the bank accounts: Debit = money in. */
/**
 * "General Ledger" of the bank accounts (Sage-style columns): Debit = money in. CSV, or XLSX with real date cells
 * and numeric amounts when the file name ends in .xlsx (m.noOpeningRows leaves out the section opening rows).
 */
export function writeGeneralLedger(dir, file, bookRows, m) {
  const xlsx = file.endsWith('.xlsx');
  const table = [
    [m.holder],
    ['General Ledger Detail - Bank Accounts'],
    [`From ${fmt.dmy(m.from)} to ${fmt.dmy(m.to)}`],
    [],
  ];
  table.push(['Date', 'Journal ID', 'Account Code', 'Account Name', 'Description', 'Reference', 'Debit', 'Credit']);
  const headerRow = table.length;
  const counters = {};
  const sorted = bookRows
    .slice()
    .sort((a, b) => a.account.localeCompare(b.account) || a.date.localeCompare(b.date) || a.seq - b.seq);
  for (const r of bookRows.slice().sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq)) {
    if (r.journal) continue;
    const p = journalPrefix[r.kind] ?? 'JV';
    counters[p] = (counters[p] ?? m.journalStart[p] ?? 100) + 1;
    r.journal = `${p}-${String(counters[p]).padStart(4, '0')}`;
    if (r.kind === 'payment') r.voucher = r.journal;
    if (r.pairWith && !r.pairWith.journal) r.pairWith.journal = r.journal;
  }
  const date = (iso) => (xlsx ? { date: excelSerial(iso) } : fmt.dmy(iso));
  const money = (minor) => (minor === null ? '' : xlsx ? { money: minor } : major(minor));
  let account = null;
  const nonEntryRows = [];
  for (const r of sorted) {
    if (r.account !== account) {
      account = r.account;
      if (!m.noOpeningRows) {
        nonEntryRows.push({ row: table.length + 1, why: 'opening balance of the account section, not an entry' });
        table.push([date(m.from), '', account, r.accountName, 'Opening Balance', '', money(m.openings[account]), '']);
      }
    }
    const t = glText(r);
    r.file = file;
    r.row = table.length + 1;
    table.push([
      date(r.date),
      r.journal,
      r.account,
      r.accountName,
      t.description,
      t.reference,
      money(r.amount > 0 ? r.amount : null),
      money(r.amount < 0 ? -r.amount : null),
    ]);
    r.bookDescription = t.description;
    r.bookReference = t.reference || null;
    r.bookParty = null;
  }
  if (xlsx) {
    const aoa = table.map((cells) =>
      cells.map((c) =>
        c && typeof c === 'object' ? ('date' in c ? c.date : Number(major(c.money))) : c === '' ? null : c,
      ),
    );
    const ws = XLSX.utils.aoa_to_sheet(aoa);
    table.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (c && typeof c === 'object')
          ws[XLSX.utils.encode_cell({ r: i, c: j })].z = 'date' in c ? 'dd/mm/yyyy' : '#,##0.00';
      }),
    );
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'GL');
    wb.Props = { Title: 'General Ledger', CreatedDate: new Date(Date.UTC(2025, 3, 2)) };
    writeFileSync(join(dir, file), XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  } else {
    writeFileSync(join(dir, file), table.map((cells) => csvLine(cells)).join('\r\n') + '\r\n');
  }
  return { headerRow, nonEntryRows };
}

const xeroSource = {
  receipt: 'Receivable Payment',
  payment: 'Payable Payment',
  expense: 'Spend Money',
  'pos-sales': 'Receive Money',
  'pos-settlement': 'Receive Money',
  cheque: 'Payable Payment',
  transfer: 'Bank Transfer',
};

/** Xero "Account Transactions" report as CSV: title block, section row, Opening/Total/Closing rows. */
export function writeXeroAccountTransactionsCsv(dir, file, bookRows, m) {
  const lines = [
    'Account Transactions',
    m.holder,
    `For the period ${Number(m.from.slice(8))} ${fmt.monthName(m.from)} ${m.from.slice(0, 4)} to ${Number(m.to.slice(8))} ${fmt.monthName(m.to)} ${m.to.slice(0, 4)}`,
    '',
    csvLine([
      'Date',
      'Source',
      'Description',
      'Reference',
      'Debit',
      'Credit',
      'Running Balance',
      'Gross',
      'VAT',
      'Net',
    ]),
  ];
  const headerRow = lines.length;
  lines.push(csvLine([m.accountName]));
  lines.push(csvLine(['', '', 'Opening Balance', '', '', '', major(m.opening), '', '', '']));
  const at = [];
  let bal = m.opening;
  let dr = 0;
  let cr = 0;
  const sorted = bookRows.slice().sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  for (const r of sorted) {
    bal += r.amount;
    if (r.amount > 0) dr += r.amount;
    else cr -= r.amount;
    const source = xeroSource[r.kind] ?? 'Spend Money';
    const isPayment = source.endsWith('Payment');
    const description = isPayment ? r.party : r.party ? `${r.memo}` : r.memo;
    const reference = r.docRef ?? '';
    const vat = source === 'Spend Money' ? Math.round((Math.abs(r.amount) * 15) / 115) : 0;
    at.push({ index: lines.length, obj: r });
    lines.push(
      csvLine([
        fmt.dMonY(r.date, ' '),
        source,
        description,
        reference,
        r.amount > 0 ? major(r.amount) : '',
        r.amount < 0 ? major(-r.amount) : '',
        major(bal),
        major(r.amount),
        source === 'Spend Money' ? major(-vat) : '',
        source === 'Spend Money' ? major(r.amount + vat) : '',
      ]),
    );
    r.bookDescription = description;
    r.bookReference = reference || null;
    r.bookParty = null;
  }
  lines.push(csvLine([`Total ${m.accountName}`, '', '', '', major(dr), major(cr), '', '', '', '']));
  lines.push(csvLine(['', '', 'Closing Balance', '', '', '', major(bal), '', '', '']));
  emitCsv(dir, file, lines, at);
  return { headerRow, closing: bal };
}

const qbType = {
  receipt: 'Payment',
  payment: 'Bill Payment (Cheque)',
  expense: 'Expense',
  'pos-sales': 'Deposit',
  'pos-settlement': 'Deposit',
  cheque: 'Bill Payment (Cheque)',
  transfer: 'Transfer',
};
const qbSplit = {
  receipt: 'Accounts Receivable (A/R)',
  payment: 'Accounts Payable (A/P)',
  cheque: 'Accounts Payable (A/P)',
  'pos-sales': 'Sales',
  'pos-settlement': 'Sales',
};

/** QuickBooks Online "General Ledger" report as CSV, one bank account section. Amount signed, money in positive. */
export function writeQuickbooksGlCsv(dir, file, bookRows, m) {
  const lines = [m.holder, 'General Ledger', `${fmt.monthName(m.from)} ${m.from.slice(0, 4)}`, ''];
  lines.push(csvLine(['Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance']));
  const headerRow = lines.length;
  lines.push(csvLine([m.accountName]));
  lines.push(csvLine(['Beginning Balance', '', '', '', '', '', '', major(m.opening)]));
  const at = [];
  let bal = m.opening;
  const sorted = bookRows.slice().sort((a, b) => a.date.localeCompare(b.date) || a.seq - b.seq);
  for (const r of sorted) {
    bal += r.amount;
    const type = qbType[r.kind] ?? 'Expense';
    const num = r.docRef ?? '';
    const memo = r.kind === 'receipt' || r.kind === 'payment' ? '' : r.memo;
    at.push({ index: lines.length, obj: r });
    lines.push(
      csvLine([
        fmt.dmy(r.date),
        type,
        num,
        r.party ?? '',
        memo,
        qbSplit[r.kind] ?? r.split ?? 'Other Expenses',
        major(r.amount),
        major(bal),
      ]),
    );
    r.bookDescription = memo || null;
    r.bookReference = num || null;
    r.bookParty = r.party ?? null;
  }
  lines.push(csvLine([`Total for ${m.accountName}`, '', '', '', '', '', major(bal - m.opening), '']));
  lines.push('');
  lines.push(csvLine(['TOTAL', '', '', '', '', '', major(bal - m.opening), '']));
  emitCsv(dir, file, lines, at);
  return { headerRow, closing: bal };
}

/** GCB-style GHS statement CSV: Trans Date, Reference, Narration, Value Date, Debit, Credit, Balance. */
export function writeGcbCsv(dir, file, rows, m) {
  const lines = [
    'GCB BANK PLC',
    'STATEMENT OF ACCOUNT',
    csvLine(['Account Name:', m.holder]),
    csvLine(['Account No:', m.masked]),
    csvLine(['Currency:', 'GHS']),
    csvLine(['Period:', `${fmt.dMonY(m.from)} - ${fmt.dMonY(m.to)}`]),
    csvLine(['Balance B/F:', `GH₵ ${grouped(m.opening)}`]),
    '',
    csvLine(['Trans Date', 'Reference', 'Narration', 'Value Date', 'Debit', 'Credit', 'Balance']),
  ];
  const headerRow = lines.length;
  const at = [];
  for (const r of rows) {
    at.push({ index: lines.length, obj: r });
    lines.push(
      csvLine([
        fmt.dMonY(r.date),
        r.reference ?? '',
        r.text,
        fmt.dMonY(r.valueDate),
        r.amount < 0 ? grouped(-r.amount) : '',
        r.amount > 0 ? grouped(r.amount) : '',
        grouped(r.balance),
      ]),
    );
  }
  lines.push(csvLine(['Balance C/F:', '', '', '', '', '', grouped(m.closing)]));
  emitCsv(dir, file, lines, at);
  return headerRow;
}
