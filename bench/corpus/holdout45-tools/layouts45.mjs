// Each bank's statement and each package's export. A layout gets the month's lines or rows in time order with their
// running balances, writes the file, and gives every line or row its spreadsheet row (1-based, preamble counted).
import { join } from 'node:path';
import { dec, grouped, fmt, writeCsv, writeXlsx } from './lib45.mjs';

const money = (minor) => (minor ? grouped(minor) : '');

/** Safe Haven MFB statement CSV, oldest first, dd/mm/yyyy, amounts grouped with commas. */
export function safeHavenCsv(dir, file, lines, { opening, closing }) {
  const out = [
    ['SAFE HAVEN MICROFINANCE BANK LIMITED'],
    ['Customer Account Statement'],
    ['Account Name', 'MERIDIAN AUTOS & WORKSHOP LTD'],
    ['Account Number', '40******17'],
    ['Period', '01/09/2030 - 30/09/2030'],
    ['Opening Balance', grouped(opening)],
    ['Closing Balance', grouped(closing)],
    [],
    ['Transaction Date', 'Value Date', 'Narration', 'Session ID', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = out.length;
  for (const l of lines) {
    out.push([
      fmt.dmy(l.date),
      fmt.dmy(l.date),
      l.text,
      l.ref,
      money(l.amount < 0 ? -l.amount : 0),
      money(l.amount > 0 ? l.amount : 0),
      grouped(l.balance),
    ]);
    l.row = out.length;
    l.cells = { text: l.text, reference: l.ref };
  }
  writeCsv(join(dir, file), out);
  return {
    headerRow,
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Session ID',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

/** Kerridge Autoline cash book enquiry exported to XLSX: date cells, brought-forward row, undated Total row. */
export function autolineXlsx(dir, file, rows, { opening }) {
  const out = [
    ['Meridian Autos & Workshop Ltd'],
    ['Cash Book Enquiry — CB01 Safe Haven MFB Current'],
    ['Period 09/2030 (01/09/2030 – 30/09/2030)'],
    [],
    ['Posting Date', 'Doc Ref', 'Type', 'Account', 'Name', 'Narrative', 'Receipts', 'Payments', 'Balance'],
  ];
  const headerRow = out.length;
  out.push([{ date: '2030-09-01' }, '', '', '', '', 'Balance brought forward', null, null, { num: opening }]);
  const nonEntryRows = [{ row: out.length, why: 'balance brought forward (dated, balance only), not an entry' }];
  let inSum = 0;
  let outSum = 0;
  for (const r of rows) {
    const acct = r.amount > 0 ? `C${String(r.seq * 37 + 10000).slice(-5)}` : `S${String(r.seq * 53 + 20000).slice(-5)}`;
    out.push([
      { date: r.date },
      r.ref,
      r.amount > 0 ? 'CR' : 'CP',
      acct,
      r.party,
      r.desc,
      r.amount > 0 ? { num: r.amount } : null,
      r.amount < 0 ? { num: -r.amount } : null,
      { num: r.balance },
    ]);
    if (r.amount > 0) inSum += r.amount;
    else outSum -= r.amount;
    r.row = out.length;
  }
  out.push([null, '', '', '', '', 'Total', { num: inSum }, { num: outSum }, null]);
  nonEntryRows.push({ row: out.length, why: 'undated Total row (sums of the columns)' });
  writeXlsx(join(dir, file), 'Cash Book', out, [12, 12, 6, 9, 30, 44, 14, 14, 16]);
  return {
    headerRow,
    nonEntryRows,
    readOptions: {
      currency: 'NGN',
      sheet: 'Cash Book',
      mapping: {
        date: 'Posting Date',
        reference: 'Doc Ref',
        party: 'Name',
        description: 'Narrative',
        moneyIn: 'Receipts',
        moneyOut: 'Payments',
        balance: 'Balance',
      },
    },
  };
}

/** First Atlantic Bank statement XLSX: dd-Mon-yyyy text dates, numeric amount cells. */
export function firstAtlanticXlsx(dir, file, lines) {
  const out = [
    ['FIRST ATLANTIC BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', 'HARMATTAN INSURANCE BROKERS LTD - PREMIUM COLLECTION A/C'],
    ['Account No.:', '0051********01'],
    ['Currency:', 'GHS'],
    ['Period:', '01-Nov-2030 to 30-Nov-2030'],
    [],
    ['Post Date', 'Value Date', 'Transaction Details', 'Instrument No', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = out.length;
  for (const l of lines) {
    out.push([
      fmt.dMonY(l.date),
      fmt.dMonY(l.date),
      l.text,
      l.ref,
      l.amount < 0 ? { num: -l.amount } : null,
      l.amount > 0 ? { num: l.amount } : null,
      { num: l.balance },
    ]);
    l.row = out.length;
    l.cells = { text: l.text, reference: l.ref };
  }
  writeXlsx(join(dir, file), 'Statement', out, [13, 13, 62, 18, 14, 14, 16]);
  return {
    headerRow,
    readOptions: {
      currency: 'GHS',
      sheet: 'Statement',
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Instrument No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

/** Acturis client money cash book CSV: dd/mm/yyyy, dated opening row, undated Totals row. */
export function acturisCsv(dir, file, rows, { opening }) {
  const out = [
    ['Acturis - Client Money Bank Account Cash Book'],
    ['Harmattan Insurance Brokers Ltd'],
    ['Bank account: FAB-PCA First Atlantic Premium Collection (GHS)', 'Period: 01/11/2030 to 30/11/2030'],
    [],
    ['Date', 'Trans Ref', 'Account Name', 'Debit Note', 'Narrative', 'Receipt', 'Payment', 'Balance'],
  ];
  const headerRow = out.length;
  out.push(['01/11/2030', '', '', '', 'Opening balance', '', '', grouped(opening)]);
  const nonEntryRows = [{ row: out.length, why: 'opening balance (dated, balance only), not an entry' }];
  let i = 0;
  let inSum = 0;
  let outSum = 0;
  for (const r of rows) {
    i++;
    out.push([
      fmt.dmy(r.date),
      `${r.amount > 0 ? 'CR' : 'CP'}${String(4100 + i * 3).padStart(6, '0')}`,
      r.party,
      r.ref,
      r.desc,
      money(r.amount > 0 ? r.amount : 0),
      money(r.amount < 0 ? -r.amount : 0),
      grouped(r.balance),
    ]);
    if (r.amount > 0) inSum += r.amount;
    else outSum -= r.amount;
    r.row = out.length;
  }
  out.push(['', '', '', '', 'Totals', grouped(inSum), grouped(outSum), '']);
  nonEntryRows.push({ row: out.length, why: 'undated Totals row (sums of the columns)' });
  writeCsv(join(dir, file), out);
  return {
    headerRow,
    nonEntryRows,
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        party: 'Account Name',
        reference: 'Debit Note',
        description: 'Narrative',
        moneyIn: 'Receipt',
        moneyOut: 'Payment',
        balance: 'Balance',
      },
    },
  };
}

/** Prime Bank statement CSV: yyyy-mm-dd, plain amounts, OPENING/CLOSING BALANCE rows without a date. */
export function primeBankCsv(dir, file, lines, { opening, closing }) {
  const out = [
    ['PRIME BANK LIMITED'],
    ['Mombasa Branch - Statement of Account'],
    ['Account Name: PWANI CARGO CLEARING & FORWARDING LTD'],
    ['Account No: 30****5512 KES CURRENT'],
    ['Statement Period: 2030-07-01 to 2030-07-31'],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = out.length;
  out.push(['', '', 'OPENING BALANCE', '', '', '', dec(opening)]);
  for (const l of lines) {
    out.push([
      l.date,
      l.date,
      l.text,
      l.ref,
      l.amount < 0 ? dec(-l.amount) : '',
      l.amount > 0 ? dec(l.amount) : '',
      dec(l.balance),
    ]);
    l.row = out.length;
    l.cells = { text: l.text, reference: l.ref };
  }
  out.push(['', '', 'CLOSING BALANCE', '', '', '', dec(closing)]);
  writeCsv(join(dir, file), out);
  return {
    headerRow,
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
  };
}

/** Magaya bank register exported to XLSX: date cells, dated Beginning Balance row, undated Total row. */
export function magayaXlsx(dir, file, rows, { opening }) {
  const out = [
    ['Pwani Cargo Clearing & Forwarding Ltd'],
    ['Bank Register — 1020 Prime Bank KES Current'],
    ['From 7/1/2030 To 7/31/2030'],
    [],
    ['Date', 'Number', 'Type', 'Entity', 'Memo', 'Job No.', 'Deposit', 'Payment', 'Balance'],
  ];
  const headerRow = out.length;
  out.push([{ date: '2030-07-01', z: 'm/d/yyyy' }, '', '', '', 'Beginning Balance', '', null, null, { num: opening }]);
  const nonEntryRows = [{ row: out.length, why: 'Beginning Balance (dated, balance only), not an entry' }];
  let inSum = 0;
  let outSum = 0;
  for (const r of rows) {
    out.push([
      { date: r.date, z: 'm/d/yyyy' },
      r.ref,
      r.amount > 0 ? 'Deposit' : 'Payment',
      r.party,
      r.desc,
      r.desc2,
      r.amount > 0 ? { num: r.amount } : null,
      r.amount < 0 ? { num: -r.amount } : null,
      { num: r.balance },
    ]);
    if (r.amount > 0) inSum += r.amount;
    else outSum -= r.amount;
    r.row = out.length;
  }
  out.push([null, '', '', '', 'Total', '', { num: inSum }, { num: outSum }, null]);
  nonEntryRows.push({ row: out.length, why: 'undated Total row (sums of the columns)' });
  writeXlsx(join(dir, file), 'Bank Register', out, [11, 22, 9, 34, 44, 16, 14, 14, 16]);
  return {
    headerRow,
    nonEntryRows,
    readOptions: {
      currency: 'KES',
      sheet: 'Bank Register',
      mapping: {
        date: 'Date',
        reference: 'Number',
        party: 'Entity',
        description: ['Memo', 'Job No.'],
        moneyIn: 'Deposit',
        moneyOut: 'Payment',
        balance: 'Balance',
      },
    },
  };
}

/** Standard Bank Business Online transaction history CSV: yyyymmdd, one signed amount, payer/beneficiary column. */
export function standardBankCsv(dir, file, lines) {
  const out = [
    ['Standard Bank Business Online - Transaction History'],
    ['Account Name', 'SENTINEL RIDGE SECURITY SERVICES (PTY) LTD'],
    ['Account Number', '0*****4471'],
    ['Account Type', 'BUSINESS CURRENT ACCOUNT'],
    ['Date Range', '20301001 - 20301031'],
    [],
    ['Date', 'Description', 'Beneficiary / Payer', 'Reference', 'Amount', 'Balance'],
  ];
  const headerRow = out.length;
  for (const l of lines) {
    out.push([fmt.compact(l.date), l.text, l.party, l.ref, dec(l.amount), dec(l.balance)]);
    l.row = out.length;
    l.cells = { text: l.text, reference: l.ref, party: l.party };
  }
  writeCsv(join(dir, file), out);
  return {
    headerRow,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Date',
        description: 'Description',
        party: 'Beneficiary / Payer',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
    },
  };
}

/** SQL-Ledger general ledger report of the bank account, CSV: yyyy-mm-dd, Debit = money in. */
export function sqlLedgerCsv(dir, file, rows, { opening }) {
  const out = [
    ['Sentinel Ridge Security Services (Pty) Ltd'],
    ['General Ledger - 8400--Standard Bank Current Account'],
    ['From 2030-10-01 To 2030-10-31'],
    [],
    ['Date', 'Reference', 'Description', 'Source', 'Memo', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = out.length;
  out.push(['2030-10-01', '', 'Opening Balance', '', '', '', '', dec(opening)]);
  const nonEntryRows = [{ row: out.length, why: 'opening balance (dated, balance only), not an entry' }];
  let inSum = 0;
  let outSum = 0;
  for (const r of rows) {
    out.push([
      r.date,
      r.ref,
      r.party,
      r.desc2,
      r.desc,
      r.amount > 0 ? dec(r.amount) : '',
      r.amount < 0 ? dec(-r.amount) : '',
      dec(r.balance),
    ]);
    if (r.amount > 0) inSum += r.amount;
    else outSum -= r.amount;
    r.row = out.length;
  }
  out.push(['', '', '', '', '', dec(inSum), dec(outSum), '']);
  nonEntryRows.push({ row: out.length, why: 'undated totals row (sums of the columns, no label)' });
  writeCsv(join(dir, file), out);
  return {
    headerRow,
    nonEntryRows,
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        party: 'Description',
        description: ['Memo', 'Source'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
  };
}
