// Each bank's statement layout and each package's report layout, with the readOptions a user would give.
import {
  dec,
  thousands,
  dmy,
  dMonY,
  ymdCompact,
  toCsv,
  toXlsx,
  xDate,
  xNum,
  num,
  isWorkingDay,
  MONTHS,
} from './lib.mjs';
import { Buffer } from 'node:buffer';

const monYr = (iso) => `${MONTHS[Number(iso.slice(5, 7)) - 1].toLowerCase()}${iso.slice(0, 4)}`;

function finish(rows, kind, sheet, widths) {
  return kind === 'xlsx' ? toXlsx(sheet, rows, widths) : Buffer.from(toCsv(rows), 'utf8');
}

// ------------------------------------------------------------------------------------------- Nigeria
function ngBank(cfg, m) {
  const acct = '1000451873';
  const file = `globus-${acct}-${monYr(cfg.from)}.xlsx`;
  const rows = [
    ['GLOBUS BANK LIMITED'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['Account Name:', cfg.company.toUpperCase()],
    ['Account Number:', acct],
    ['Currency:', 'NGN'],
    ['Period:', `${dmy(cfg.from)} - ${dmy(cfg.to)}`],
    ['Opening Balance:', xNum(cfg.opening)],
    ['Closing Balance:', xNum(m.closing)],
    [],
    ['S/N', 'Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  rows.push(['', xDate(cfg.from), xDate(cfg.from), 'Opening Balance', '', '', '', xNum(cfg.opening)]);
  const nonEntryRows = [{ row: rows.length, why: 'dated opening balance row, not an entry' }];
  const rowOf = new Map();
  let sn = 0;
  let dr = 0;
  let cr = 0;
  for (const b of m.bank) {
    rows.push([
      ++sn,
      xDate(b.date),
      xDate(b.date),
      b.text,
      b.reference,
      b.amount < 0 ? xNum(-b.amount) : '',
      b.amount > 0 ? xNum(b.amount) : '',
      xNum(b.balance),
    ]);
    rowOf.set(b, rows.length);
    if (b.amount < 0) dr -= b.amount;
    else cr += b.amount;
  }
  rows.push(['Total', '', '', '', '', xNum(dr), xNum(cr), '']);
  rows.push([]);
  rows.push(['This is a computer generated statement and requires no signature.']);
  return {
    file,
    bank: 'Globus Bank',
    headerRow,
    ledgerAccount: '1021000',
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
      currency: 'NGN',
      sheet: 'Statement',
    },
    order: 'oldest-first',
    layout:
      'Globus Bank corporate internet banking statement downloaded as Excel: account preamble with opening and closing balance, S/N column, real date cells, numeric Debit/Credit/Balance, dated Opening Balance row, Total row and a footer line',
    nonEntryRows,
    bytes: finish(rows, 'xlsx', 'Statement', [6, 12, 12, 60, 32, 16, 16, 18]),
    rowOf,
  };
}
function ngLedger(cfg, m) {
  const file = `bydesign-gl-line-items-1021000-${monYr(cfg.from)}.csv`;
  const rows = [
    ['G/L Account Line Items'],
    [`Company: 1000 ${cfg.company}`],
    ['G/L Account: 1021000 Globus Bank Current Account'],
    [`Posting Date: ${dmy(cfg.from)} - ${dmy(cfg.to)}`],
    [
      'Posting Date',
      'Journal Entry',
      'Journal Entry Type',
      'G/L Account',
      'External Reference',
      'Journal Entry Header Text',
      'Business Partner',
      'Amount in Company Currency',
      'Company Currency',
    ],
  ];
  const headerRow = rows.length;
  const rowOf = new Map();
  const fields = new Map();
  let je = 41200871;
  let sum = 0;
  for (const r of m.ledger) {
    const b = r.book;
    const id = String(je++);
    rows.push([dmy(r.date), id, b.vtype, '1021000', b.ref, b.desc, b.party, dec(r.amount), 'NGN']);
    rowOf.set(r, rows.length);
    fields.set(r, {
      reference: b.ref || null,
      description: b.desc || null,
      party: b.party || null,
      account: '1021000',
    });
    sum += r.amount;
  }
  rows.push(['Total', '', '', '', '', '', '', dec(sum), 'NGN']);
  return {
    file,
    package: 'SAP Business ByDesign',
    headerRow,
    readOptions: {
      mapping: {
        date: 'Posting Date',
        journalId: 'Journal Entry',
        account: 'G/L Account',
        reference: 'External Reference',
        description: 'Journal Entry Header Text',
        party: 'Business Partner',
        amount: 'Amount in Company Currency',
      },
      dateOrder: 'DMY',
      currency: 'NGN',
    },
    layout:
      'SAP Business ByDesign General Ledger › G/L Account Line Items for 1021000, exported to CSV: four selection rows, one signed amount column in company currency, External Reference holds the invoice/bill/RRR/batch, the business partner in its own column, DD/MM/YYYY, Total row',
    bytes: finish(rows, 'csv'),
    rowOf,
    fields,
  };
}

// ------------------------------------------------------------------------------------------- Ghana
function ghBank(cfg, m) {
  const acct = '0021390011';
  const file = `firstatlantic-${acct}-${monYr(cfg.from)}.csv`;
  const rows = [
    ['FIRST ATLANTIC BANK LIMITED'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name:', cfg.company.toUpperCase()],
    ['Account Number:', acct],
    ['Currency:', 'GHS'],
    ['Period:', `${dMonY(cfg.from)} - ${dMonY(cfg.to)}`],
    [],
    [
      'Posting Date',
      'Effective Date',
      'Transaction Description',
      'Cheque/Ref No',
      'Debit',
      'Credit',
      'Running Balance',
    ],
  ];
  const headerRow = rows.length;
  rows.push([dMonY(cfg.from), dMonY(cfg.from), 'BALANCE B/F', '', '', '', thousands(cfg.opening)]);
  const nonEntryRows = [{ row: rows.length, why: 'dated balance brought forward, not an entry' }];
  const rowOf = new Map();
  let dr = 0;
  let cr = 0;
  for (const b of m.bank) {
    rows.push([
      dMonY(b.date),
      dMonY(b.date),
      b.text,
      b.reference,
      b.amount < 0 ? thousands(-b.amount) : '',
      b.amount > 0 ? thousands(b.amount) : '',
      thousands(b.balance),
    ]);
    rowOf.set(b, rows.length);
    if (b.amount < 0) dr -= b.amount;
    else cr += b.amount;
  }
  rows.push(['', '', 'Total', '', thousands(dr), thousands(cr), '']);
  rows.push(['End of statement']);
  return {
    file,
    bank: 'First Atlantic Bank',
    headerRow,
    ledgerAccount: 'FAB CURRENT',
    readOptions: {
      mapping: {
        date: 'Posting Date',
        valueDate: 'Effective Date',
        description: 'Transaction Description',
        reference: 'Cheque/Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Running Balance',
      },
      currency: 'GHS',
    },
    order: 'oldest-first',
    layout:
      'First Atlantic Bank internet banking CSV: six preamble rows, DD Mon YYYY text dates, quoted amounts with thousands commas, dated BALANCE B/F row, Total row and End of statement footer',
    nonEntryRows,
    bytes: finish(rows, 'csv'),
    rowOf,
  };
}
function ghLedger(cfg, m) {
  const file = `cashbook-firstatlantic-${monYr(cfg.from)}.xlsx`;
  const sheet = `${MONTHS[Number(cfg.from.slice(5, 7)) - 1].toUpperCase()} ${cfg.from.slice(2, 4)}`;
  const rows = [
    [cfg.company.toUpperCase()],
    ['CASH BOOK - FIRST ATLANTIC BANK CURRENT A/C 0021390011'],
    [`MONTH: ${sheet.replace(' ', ' 20')}`],
    [],
    ['DATE', 'PARTICULARS', 'VCH NO.', 'INV/BILL NO.', 'RECEIPTS (GH₵)', 'PAYMENTS (GH₵)', 'BALANCE (GH₵)', 'REMARKS'],
  ];
  const headerRow = rows.length;
  rows.push([xDate(cfg.from), 'Balance b/f', '', '', '', '', xNum(cfg.opening), '']);
  const nonEntryRows = [{ row: rows.length, why: 'dated balance brought forward, not an entry' }];
  const rowOf = new Map();
  const fields = new Map();
  let rv = 51;
  let pv = 73;
  let jv = 4;
  let prev = null;
  let subDone = false;
  let sr = 0;
  let sp = 0;
  m.ledger.forEach((r, i) => {
    const b = r.book;
    if (prev && new Date(`${r.date}T00:00:00Z`).getUTCDay() < new Date(`${prev}T00:00:00Z`).getUTCDay()) rows.push([]);
    if (!subDone && r.date >= `${cfg.from.slice(0, 8)}16`) {
      rows.push(['', `Sub-total to 15/${cfg.from.slice(5, 7)}`, '', '', xNum(sr), xNum(sp), '', '']);
      subDone = true;
    }
    prev = r.date;
    const vch = b.vtype === 'RV' ? `RV${rv++}` : b.vtype === 'PV' ? `PV${pv++}` : `JV${jv++}`;
    const dateCell = i % 9 === 4 ? dmy(r.date) : xDate(r.date);
    rows.push([
      dateCell,
      b.desc,
      vch,
      b.ref,
      r.amount > 0 ? xNum(r.amount) : '',
      r.amount < 0 ? xNum(-r.amount) : '',
      xNum(r.balance),
      b.remark ?? '',
    ]);
    rowOf.set(r, rows.length);
    fields.set(r, {
      reference: b.ref || null,
      description: [b.desc, b.remark].filter(Boolean).join(' — '),
      party: null,
      account: null,
    });
    if (r.amount > 0) sr += r.amount;
    else sp -= r.amount;
  });
  rows.push([]);
  rows.push(['', 'TOTAL', '', '', xNum(sr), xNum(sp), '', '']);
  const closing = m.ledger.length ? m.ledger[m.ledger.length - 1].balance : cfg.opening;
  rows.push([xDate(cfg.to), 'Balance c/f', '', '', '', '', xNum(closing), '']);
  nonEntryRows.push({ row: rows.length, why: 'dated balance carried forward, not an entry' });
  return {
    file,
    package: 'hand-kept Excel cash book',
    headerRow,
    readOptions: {
      mapping: {
        date: 'DATE',
        description: ['PARTICULARS', 'REMARKS'],
        journalId: 'VCH NO.',
        reference: 'INV/BILL NO.',
        moneyIn: 'RECEIPTS (GH₵)',
        moneyOut: 'PAYMENTS (GH₵)',
        balance: 'BALANCE (GH₵)',
      },
      dateOrder: 'DMY',
      currency: 'GHS',
      sheet,
    },
    layout:
      'cash book kept by hand in Excel, one sheet per month: three title rows, DATE/PARTICULARS/VCH NO./INV/BILL NO./RECEIPTS/PAYMENTS/BALANCE/REMARKS, mostly real date cells with some dates typed as DD/MM/YYYY text, blank rows between weeks, a mid-month Sub-total row, TOTAL row, dated Balance b/f and Balance c/f rows; cheque numbers only in PARTICULARS',
    nonEntryRows,
    bytes: finish(rows, 'xlsx', sheet, [12, 44, 9, 16, 16, 16, 16, 30]),
    rowOf,
    fields,
  };
}

// ------------------------------------------------------------------------------------------- Kenya
function keBank(cfg, m) {
  const acct = '0102014401';
  const file = `vcb-${acct}-${monYr(cfg.from)}.csv`;
  const rows = [
    ['VICTORIA COMMERCIAL BANK PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', cfg.company.toUpperCase()],
    ['Account Number', acct],
    ['Currency', 'KES'],
    ['Statement Period', `${dMonY(cfg.from, '-')} to ${dMonY(cfg.to, '-')}`],
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
  ];
  const headerRow = rows.length;
  rows.push([dMonY(cfg.to, '-'), dMonY(cfg.to, '-'), 'Closing Balance', '', '', '', dec(m.closing)]);
  const nonEntryRows = [{ row: rows.length, why: 'dated closing balance row, not an entry' }];
  const rowOf = new Map();
  for (const b of [...m.bank].reverse()) {
    const vd = b.amount > 0 && b.text.startsWith('EFT') && isWorkingDay(b.date) ? b.date : b.date;
    rows.push([
      dMonY(b.date, '-'),
      dMonY(vd, '-'),
      b.text,
      b.reference,
      b.amount < 0 ? dec(-b.amount) : '',
      b.amount > 0 ? dec(b.amount) : '',
      dec(b.balance),
    ]);
    rowOf.set(b, rows.length);
  }
  rows.push([dMonY(cfg.from, '-'), dMonY(cfg.from, '-'), 'Opening Balance', '', '', '', dec(cfg.opening)]);
  nonEntryRows.push({ row: rows.length, why: 'dated opening balance row, not an entry' });
  return {
    file,
    bank: 'Victoria Commercial Bank',
    headerRow,
    ledgerAccount: '11250',
    readOptions: {
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Narrative',
        reference: 'Transaction Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Running Balance',
      },
      currency: 'KES',
    },
    order: 'newest-first',
    layout:
      'Victoria Commercial Bank online banking CSV, newest first: six preamble rows, DD-Mon-YYYY dates, plain amounts without separators, dated Closing Balance row at the top and Opening Balance row at the bottom',
    nonEntryRows,
    bytes: finish(rows, 'csv'),
    rowOf,
  };
}
function keLedger(cfg, m) {
  const file = `unit4-gl-transactions-11250-${monYr(cfg.from)}.csv`;
  const period = cfg.from.slice(0, 4) + cfg.from.slice(5, 7);
  const apar = new Map();
  cfg.customers.forEach((c, i) => apar.set(c.books, String(100210 + i * 3)));
  cfg.suppliers.forEach((s, i) => apar.set(s.books, String(200405 + i * 4)));
  const rows = [
    ['Unit4 ERP - General ledger transactions'],
    [`Client: WP ${cfg.company}`],
    ['Account: 11250 VCB Current Account KES'],
    [`Period: ${period} - ${period}`],
    [
      'Period',
      'Voucher no',
      'Trans type',
      'Voucher date',
      'Account',
      'Ext ref',
      'Apar id',
      'Apar name',
      'Text',
      'Currency',
      'Cur. amount',
      'Amount',
    ],
  ];
  const headerRow = rows.length;
  const rowOf = new Map();
  const fields = new Map();
  let vno = 26004120;
  let sum = 0;
  for (const r of m.ledger) {
    const b = r.book;
    const aid = b.apar ?? apar.get(b.party) ?? '';
    rows.push([
      period,
      String(vno++),
      b.vtype,
      dmy(r.date),
      '11250',
      b.ref,
      b.party ? aid : '',
      b.party,
      b.desc,
      'KES',
      dec(r.amount),
      dec(r.amount),
    ]);
    rowOf.set(r, rows.length);
    fields.set(r, { reference: b.ref || null, description: b.desc || null, party: b.party || null, account: '11250' });
    sum += r.amount;
  }
  rows.push(['Total', '', '', '', '', '', '', '', '', 'KES', dec(sum), dec(sum)]);
  const bytes = Buffer.from(toCsv(rows, ';'), 'utf8');
  return {
    file,
    package: 'Unit4 ERP',
    headerRow,
    readOptions: {
      mapping: {
        date: 'Voucher date',
        journalId: 'Voucher no',
        account: 'Account',
        reference: 'Ext ref',
        party: 'Apar name',
        description: 'Text',
        amount: 'Amount',
      },
      dateOrder: 'DMY',
      currency: 'KES',
    },
    layout:
      'Unit4 ERP (Business World) general-ledger transaction browser saved as semicolon-separated CSV: four title rows, Period/Voucher no/Trans type/Voucher date/Account/Ext ref/Apar id/Apar name/Text/Currency/Cur. amount/Amount, signed amounts, DD/MM/YYYY, Text cut at 50 characters, Total row',
    bytes,
    rowOf,
    fields,
  };
}

// ------------------------------------------------------------------------------------------- South Africa
function zaBank(cfg, m) {
  const acct = '0501177301';
  const file = `ithala-${acct}-${monYr(cfg.from)}.csv`;
  const rows = [
    ['ITHALA SOC LIMITED'],
    ['TRANSACTION HISTORY'],
    ['Account Holder', cfg.company.toUpperCase()],
    ['Account Number', acct],
    ['Period', ymdCompact(cfg.from), ymdCompact(cfg.to)],
    [],
    ['Date', 'Transaction Type', 'Description', 'Reference', 'Amount', 'Balance'],
  ];
  const headerRow = rows.length;
  rows.push([ymdCompact(cfg.from), '', 'Brought forward', '', '', dec(cfg.opening)]);
  const nonEntryRows = [{ row: rows.length, why: 'dated brought-forward balance row, not an entry' }];
  const rowOf = new Map();
  for (const b of m.bank) {
    const t = b.truth;
    const code =
      t.kind === 'interest'
        ? 'INT'
        : t.kind
          ? 'FEE'
          : b.text.startsWith('DEBIT ORDER')
            ? 'DO'
            : b.text.startsWith('CARD')
              ? 'POS'
              : b.amount > 0
                ? 'CR'
                : 'DR';
    rows.push([ymdCompact(b.date), code, b.text, b.reference, dec(b.amount), dec(b.balance)]);
    rowOf.set(b, rows.length);
  }
  rows.push([ymdCompact(cfg.to), '', 'Carried forward', '', '', dec(m.closing)]);
  nonEntryRows.push({ row: rows.length, why: 'dated carried-forward balance row, not an entry' });
  return {
    file,
    bank: 'Ithala',
    headerRow,
    ledgerAccount: '1210',
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
    order: 'oldest-first',
    layout:
      "Ithala online banking transaction history CSV: five preamble rows, YYYYMMDD dates, a short Transaction Type code column (CR/DR/FEE/DO/POS/INT), one signed Amount, the payer's or payee's reference cut at 20 characters in Reference, dated Brought forward and Carried forward rows",
    nonEntryRows,
    bytes: finish(rows, 'csv'),
    rowOf,
  };
}
function zaLedger(cfg, m) {
  const file = `brightpearl-nominal-1210-${monYr(cfg.from)}.csv`;
  const rows = [
    [
      'Journal ID',
      'Journal type',
      'Tax date',
      'Nominal code',
      'Nominal name',
      'Contact',
      'Order ID',
      'Invoice ref',
      'Description',
      'Debit',
      'Credit',
    ],
  ];
  const headerRow = 1;
  const rowOf = new Map();
  const fields = new Map();
  let jid = 58214;
  for (const r of m.ledger) {
    const b = r.book;
    const sm = /^SI-(\d+)/.exec(b.ref);
    const order = b.vtype === 'SR' && sm ? String(Number(sm[1]) + 83391) : '';
    rows.push([
      String(jid++),
      b.vtype,
      dmy(r.date),
      '1210',
      'Ithala current account',
      b.party,
      order,
      b.ref,
      b.desc,
      r.amount > 0 ? dec(r.amount) : '0.00',
      r.amount < 0 ? dec(-r.amount) : '0.00',
    ]);
    rowOf.set(r, rows.length);
    fields.set(r, { reference: b.ref || null, description: b.desc || null, party: b.party || null, account: '1210' });
  }
  return {
    file,
    package: 'Brightpearl',
    headerRow,
    readOptions: {
      mapping: {
        date: 'Tax date',
        journalId: 'Journal ID',
        account: 'Nominal code',
        party: 'Contact',
        reference: 'Invoice ref',
        description: 'Description',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
      dateOrder: 'DMY',
      currency: 'ZAR',
    },
    layout:
      'Brightpearl Accounting › Nominal ledger journals for bank nominal 1210, exported to CSV: header in row 1, no totals, Journal type codes (SR sales receipt, PP purchase payment, PC purchase credit refund, BR/BP bank receipt/payment), Debit = money in, 0.00 in the unused column, Contact, Order ID and Invoice ref in their own columns, DD/MM/YYYY',
    bytes: finish(rows, 'csv'),
    rowOf,
    fields,
  };
}

export const LAYOUTS = {
  NG: { bank: ngBank, ledger: ngLedger },
  GH: { bank: ghBank, ledger: ghLedger },
  KE: { bank: keBank, ledger: keLedger },
  ZA: { bank: zaBank, ledger: zaLedger },
};
export { num };
