#!/usr/bin/env node
// Writes bench/corpus/holdout59: four blind month-long sets (NG, GH, KE, ZA), each a bank statement and a books
// export as the bank and the package lay them out, a truth.json, a reconcile.<bank file>.json and index.json.
//
//   node bench/corpus/holdout59-tools/make-holdout59.mjs [--out <dir>]
//
// The months are written by hand in sets59.mjs; this file lays them out, numbers the rows, checks the months and
// writes the answer key. Seeded: the same seed writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  csv,
  digits,
  dmy,
  dMonY,
  grouped,
  isBusinessDay,
  major,
  mdy,
  mulberry32,
  numbersIn,
  serial,
  toMinor,
  xlsx,
  ymd,
} from './lib59.mjs';
import { SETS } from './sets59.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20595959);
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? resolve(process.argv[outArg + 1]) : resolve(here, '../holdout59');

const EXPECT = {
  auto: 'match',
  suggest: 'match',
  'bank-only': 'bank-only',
  'reversal-pair': 'reversal-pair',
  none: 'no-counterpart',
};
const MONEY = '#,##0.00';

// ---------------------------------------------------------------------------------------------------------------
// What each set is, and how its bank and its package write their files.
// ---------------------------------------------------------------------------------------------------------------

const META = {
  'ng-intercontinental-compiere': {
    bank: 'Intercontinental Bank Plc',
    package:
      'Compiere ERP & CRM 3 (Performance Analysis → Reports → Statement of Account for account 11110 Intercontinental Bank Current, exported from the report viewer to CSV)',
    business:
      'a canvas, tarpaulin and awning maker at Ojota, Lagos (haulage firms and trailer owners, event-rental companies, a filling station, a church, produce movers at Mile 12, market traders, a showroom with an Interswitch POS; PVC-coated fabric from an Apapa importer, eyelets and rope from Idumota, welded awning frames, diesel for the generator and the delivery truck)',
    ledgerAccount: '11110',
    notes: [
      'NEFT charge ₦52.50 per outgoing NEFT (₦50 plus VAT at 5%), invented to a plausible 2008 tariff.',
      'COT at ₦5 per mille of the month’s customer-initiated debits (the failed NEFT, reversed, left out): ₦17,332.39; VAT on COT at 5%: ₦866.62.',
      'SMS alerts and the cheque book (VAT included) are flat amounts, invented.',
      'The books record card takings gross with the MSC as its own row (7 March, settled on the 10th) and one POS batch net with its batch number (17 March).',
      'Compiere’s Document No is the receipt or payment document’s own number; invoice, bill, cheque and account numbers are in the Description.',
    ],
  },
  'gh-trustbank-vt': {
    bank: 'The Trust Bank Ltd',
    package: 'VT Transaction+ (Reports → Account history for the Trust Bank current account, exported to Excel)',
    business:
      'an educational bookshop and stationer in Cape Coast (senior high schools at the start of the academic year, the metropolitan education directorate, private schools, a church, a tuition centre, book vendors; textbooks from an Accra publisher, exercise books from a Tema printer, shelving, parcel freight by STC, e-zwich and MTN MoMo takings at the counter)',
    ledgerAccount: 'Trust Bank current account',
    notes: [
      'ACH transfer charge GH¢2.00 per outgoing ACH payment (only the two supplier payments are charged), invented.',
      'Commission on turnover at GH¢1 per mille of the month’s customer-initiated debits (the returned ACH and the returned cheque left out): GH¢40.07.',
      'SMS alerts, account maintenance and the cheque book are flat amounts, invented. No VAT on bank charges (financial services are exempt).',
      'The books record e-zwich takings gross with the merchant fee as its own row (3 September, settled on the 6th) and one MoMo batch net with its batch number.',
      'The statement is newest first, with the closing balance on top (BALANCE C/F) and the opening balance at the foot (BALANCE B/F).',
    ],
  },
  'ke-krep-nolapro': {
    bank: 'K-Rep Bank Ltd',
    package:
      'NolaPro (web-based; General Ledger → Account Detail for 1010 K-Rep Bank Current, Export to CSV, US date format left as installed)',
    business:
      'a bicycle importer and dealer in Kisumu (boda-boda saccos, a health NGO buying bicycles for community health workers, the municipal council, a rice growers’ co-operative, schools, a courier firm, cycle repairers; frames from a Mombasa importer, tyres and tubes, welded carriers and stands, freight from Mombasa, an M-PESA paybill and a PDQ card terminal at the shop)',
    ledgerAccount: '1010',
    notes: [
      'EFT charges KES 100 per outgoing EFT payment (only two are charged), ledger fees, SMS alerts and the cheque book are flat amounts, invented; no excise duty on fees in 2011.',
      'The books record the paybill takings gross with the paybill charges as their own row (1–5 July, settled on the 6th) and one PDQ batch net with its batch number.',
      'NolaPro writes US dates (MM/DD/YYYY); every date of July 2011 is ambiguous, so readOptions gives dateOrder MDY. Cheque numbers are written unpadded in the books (1187) and padded on the statement (001187).',
    ],
  },
  'za-nbs-platinum': {
    bank: 'NBS Bank Ltd',
    package:
      'Platinum for Windows (Platinum Software Corporation; General Ledger → Account Detail report for 1100-00 NBS Current, printed to a comma-delimited file)',
    business:
      'a surfboard shaper and glassing shop in Durban (surf shops from Umhlanga to Jeffreys Bay and East London, a surf school, a lifesaving club, a board-hire stall, a speedpoint at the factory shop; PU blanks, resin and glass cloth, fin boxes, two bakkies on WesBank instalments)',
    ledgerAccount: '1100-00',
    notes: [
      'ACB payment fee R1.85 per ACB payment (the returned one not charged), the unpaid ACB fee, the monthly service fee and the cheque fee are invented to plausible 1996 amounts; credit interest is a small invented amount.',
      'The books record speedpoint takings gross with the card commission as its own row (3 May, deposited on the 6th) and one speedpoint batch net with its batch number.',
      'PAYE/SITE and VAT are paid to the Receiver of Revenue (SARS was formed in 1997), UIF to the Department of Labour. The books have no party column: the party is the first part of the description.',
      'The statement writes balances with a Cr suffix and dates year first (1996/05/03).',
    ],
  },
};

// ---- bank statements ----

function ngBankFile(set, lines, fileName) {
  const head = [
    ['INTERCONTINENTAL BANK PLC'],
    ['CUSTOMER ACCOUNT STATEMENT'],
    ['ACCOUNT NAME: OJOTA CANVAS & TARPAULIN WORKS LTD'],
    ['ACCOUNT NUMBER: 0312457801'],
    ['BRANCH: IKORODU ROAD, OJOTA'],
    ['CURRENCY: NAIRA (NGN)'],
    ['PERIOD: 01-MAR-2008 TO 31-MAR-2008'],
    [],
    ['TRAN DATE', 'VALUE DATE', 'NARRATION', 'CHQ/REF NO', 'DEBIT', 'CREDIT', 'BALANCE'],
  ];
  const num = (m) => ({ n: m / 100, z: MONEY });
  const rows = [...head, ['', '', 'OPENING BALANCE', '', '', '', num(set.openingMinor)]];
  const rowOf = new Map();
  let dr = 0;
  let cr = 0;
  for (const l of lines) {
    rowOf.set(l.id, rows.length + 1);
    if (l.minor < 0) dr -= l.minor;
    else cr += l.minor;
    rows.push([
      dMonY(l.date),
      dMonY(l.vdate ?? l.date),
      l.text,
      l.bankRef ?? '',
      l.minor < 0 ? num(-l.minor) : '',
      l.minor > 0 ? num(l.minor) : '',
      num(l.balance),
    ]);
  }
  rows.push(['', '', 'CLOSING BALANCE', '', num(dr), num(cr), num(set.closingMinor)]);
  return {
    bytes: xlsx('Statement', rows, [13, 13, 48, 16, 15, 15, 16]),
    headerRow: 9,
    rowOf,
    order: 'oldest-first',
    readOptions: {
      currency: 'NGN',
      mapping: {
        date: 'TRAN DATE',
        valueDate: 'VALUE DATE',
        description: 'NARRATION',
        reference: 'CHQ/REF NO',
        moneyOut: 'DEBIT',
        moneyIn: 'CREDIT',
        balance: 'BALANCE',
      },
    },
    layout: `XLSX (sheet "Statement"), 8 preamble rows (bank, title, account name and number, branch, currency, period, blank), header row 9 (TRAN DATE, VALUE DATE, NARRATION, CHQ/REF NO, DEBIT, CREDIT, BALANCE); dates as text DD-MON-YYYY, amounts as number cells; an undated OPENING BALANCE row under the header and a CLOSING BALANCE row with the debit and credit totals at the foot; oldest first. File ${fileName}.`,
  };
}

function ghBankFile(set, lines, fileName) {
  const rows = [
    ['THE TRUST BANK LIMITED'],
    ['CAPE COAST BRANCH'],
    ['STATEMENT OF ACCOUNT'],
    ['Account Name', 'OGUAA EDUCATIONAL BOOKS LTD'],
    ['Account No', '1020014487701'],
    ['Currency', 'GHS'],
    ['From', '01/09/2010', 'To', '30/09/2010'],
    [],
    ['Posting Date', 'Value Date', 'Transaction Details', 'Reference No', 'Withdrawals', 'Lodgements', 'Balance'],
    ['', '', 'BALANCE C/F', '', '', '', grouped(set.closingMinor)],
  ];
  const rowOf = new Map();
  for (const l of [...lines].reverse()) {
    rowOf.set(l.id, rows.length + 1);
    rows.push([
      dmy(l.date),
      dmy(l.vdate ?? l.date),
      l.text,
      l.bankRef ?? '',
      l.minor < 0 ? grouped(l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      grouped(l.balance),
    ]);
  }
  rows.push(['', '', 'BALANCE B/F', '', '', '', grouped(set.openingMinor)]);
  return {
    bytes: csv(rows),
    headerRow: 9,
    rowOf,
    order: 'newest-first',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference No',
        moneyOut: 'Withdrawals',
        moneyIn: 'Lodgements',
        balance: 'Balance',
      },
    },
    layout: `CSV (CRLF), 8 preamble rows (bank, branch, title, account name, number, currency, period, blank), header row 9 (Posting Date, Value Date, Transaction Details, Reference No, Withdrawals, Lodgements, Balance); dates DD/MM/YYYY; amounts with thousands separators, quoted; NEWEST FIRST, an undated BALANCE C/F row on top and BALANCE B/F at the foot. File ${fileName}.`,
  };
}

function keBankFile(set, lines, fileName) {
  const rows = [
    ['K-REP BANK LIMITED'],
    ['KISUMU BRANCH'],
    ['STATEMENT OF ACCOUNT'],
    ['ACCOUNT: 0100276451001 LAKESIDE CYCLE MART LTD'],
    ['CURRENCY: KES'],
    ['PERIOD: 01-JUL-2011 TO 31-JUL-2011'],
    [],
    ['Tran Date', 'Value Date', 'Particulars', 'Chq No', 'Debit', 'Credit', 'Balance'],
    ['', '', 'OPENING BALANCE', '', '', '', grouped(set.openingMinor)],
  ];
  const rowOf = new Map();
  for (const l of lines) {
    rowOf.set(l.id, rows.length + 1);
    rows.push([
      dMonY(l.date),
      dMonY(l.vdate ?? l.date),
      l.text,
      l.bankRef ?? '',
      l.minor < 0 ? grouped(l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      grouped(l.balance),
    ]);
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', grouped(set.closingMinor)]);
  return {
    bytes: csv(rows),
    headerRow: 8,
    rowOf,
    order: 'oldest-first',
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    layout: `CSV (CRLF), 7 preamble rows (bank, branch, title, account, currency, period, blank), header row 8 (Tran Date, Value Date, Particulars, Chq No, Debit, Credit, Balance); dates DD-MON-YYYY; amounts with thousands separators, quoted; Chq No filled for cheques paid and cheques deposited only; undated OPENING BALANCE and CLOSING BALANCE rows; oldest first. File ${fileName}.`,
  };
}

function zaBankFile(set, lines, fileName) {
  const bal = (m) => `${grouped(m)} ${m < 0 ? 'Dr' : 'Cr'}`;
  const rows = [
    ['NBS BANK LIMITED'],
    ['PC BANKING - ACCOUNT ENQUIRY'],
    ['CURRENT ACCOUNT 2043117890 GOLDEN MILE SURFBOARDS CC'],
    ['STATEMENT PERIOD 1996/05/01 - 1996/05/31'],
    [],
    ['Txn Date', 'Transaction Details', 'Ref No', 'Debits', 'Credits', 'Balance'],
    ['', 'BROUGHT FORWARD', '', '', '', bal(set.openingMinor)],
  ];
  const rowOf = new Map();
  for (const l of lines) {
    rowOf.set(l.id, rows.length + 1);
    rows.push([
      ymd(l.date),
      l.text,
      l.bankRef ?? '',
      l.minor < 0 ? grouped(l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      bal(l.balance),
    ]);
  }
  rows.push(['', 'CARRIED FORWARD', '', '', '', bal(set.closingMinor)]);
  return {
    bytes: csv(rows),
    headerRow: 6,
    rowOf,
    order: 'oldest-first',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Txn Date',
        description: 'Transaction Details',
        reference: 'Ref No',
        moneyOut: 'Debits',
        moneyIn: 'Credits',
        balance: 'Balance',
      },
    },
    layout: `CSV (CRLF), 5 preamble rows (bank, title, account, period, blank), header row 6 (Txn Date, Transaction Details, Ref No, Debits, Credits, Balance); dates YYYY/MM/DD; amounts with thousands separators, quoted; balances with a Cr/Dr suffix; undated BROUGHT FORWARD and CARRIED FORWARD rows; oldest first. File ${fileName}.`,
  };
}

// ---- books ----

function ngBooks(set, rows, fileName) {
  const out = [
    ['Statement of Account'],
    ['Ojota Canvas & Tarpaulin Works Ltd'],
    ['Account: 11110 - Intercontinental Bank Current; Date: 01/03/2008 - 31/03/2008'],
    [],
    [
      'Account Date',
      'Document No',
      'Business Partner',
      'Description',
      'Accounted Debit',
      'Accounted Credit',
      'Balance',
    ],
    ['', '', '', 'Beginning Balance', '', '', major(set.openingMinor)],
  ];
  const rowOf = new Map();
  let bal = set.openingMinor;
  let dr = 0;
  let cr = 0;
  for (const r of rows) {
    bal += r.minor;
    if (r.minor > 0) dr += r.minor;
    else cr -= r.minor;
    rowOf.set(r.k, out.length + 1);
    out.push([
      dmy(r.date),
      r.no,
      r.party,
      r.desc,
      r.minor > 0 ? major(r.minor) : '',
      r.minor < 0 ? major(-r.minor) : '',
      major(bal),
    ]);
  }
  out.push(['', '', '', 'Total', major(dr), major(cr), major(bal)]);
  return {
    bytes: csv(out, '\n'),
    headerRow: 5,
    rowOf,
    closingMinor: bal,
    view: (r) => ({ reference: r.no, description: r.desc, party: r.party }),
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Account Date',
        description: 'Description',
        reference: 'Document No',
        party: 'Business Partner',
        moneyIn: 'Accounted Debit',
        moneyOut: 'Accounted Credit',
        balance: 'Balance',
      },
    },
    layout: `CSV (LF), 4 preamble rows (report title, organisation, account and date range, blank), header row 5 (Account Date, Document No, Business Partner, Description, Accounted Debit, Accounted Credit, Balance); dates DD/MM/YYYY; plain amounts; an undated Beginning Balance row under the header and an undated Total row at the foot; Debit = money in. File ${fileName}.`,
  };
}

function ghBooks(set, rows, fileName) {
  const num = (m) => ({ n: m / 100, z: MONEY });
  const out = [
    ['Oguaa Educational Books Ltd'],
    ['Account history: Trust Bank current account'],
    ['01/09/2010 to 30/09/2010'],
    [],
    ['Date', 'Trans', 'Type', 'Ref', 'Name', 'Details', 'Debit', 'Credit', 'Balance'],
    ['', '', '', '', '', 'Brought forward', '', '', num(set.openingMinor)],
  ];
  const rowOf = new Map();
  let bal = set.openingMinor;
  for (const r of rows) {
    bal += r.minor;
    rowOf.set(r.k, out.length + 1);
    out.push([
      { n: serial(r.date), z: 'dd/mm/yyyy' },
      r.no,
      r.type,
      r.ref,
      r.party,
      r.desc,
      r.minor > 0 ? num(r.minor) : '',
      r.minor < 0 ? num(-r.minor) : '',
      num(bal),
    ]);
  }
  out.push(['', '', '', '', '', 'Carried forward', '', '', num(bal)]);
  return {
    bytes: xlsx('Account history', out, [11, 7, 13, 15, 34, 52, 12, 12, 12]),
    headerRow: 5,
    rowOf,
    closingMinor: bal,
    view: (r) => ({ reference: r.ref === '' ? null : r.ref, description: r.desc, party: r.party }),
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'Date',
        description: 'Details',
        reference: 'Ref',
        party: 'Name',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    layout: `XLSX (sheet "Account history"), 4 preamble rows (company, report and account, date range, blank), header row 5 (Date, Trans, Type, Ref, Name, Details, Debit, Credit, Balance); real date cells shown dd/mm/yyyy, number cells; undated Brought forward and Carried forward rows; Debit = money in. File ${fileName}.`,
  };
}

function keBooks(set, rows, fileName) {
  const out = [
    ['Lakeside Cycle Mart Ltd'],
    ['General Ledger Detail'],
    ['Account: 1010 - K-Rep Bank Current'],
    ['Date range: 07/01/2011 - 07/31/2011'],
    [],
    ['Date', 'Entry #', 'Type', 'Name', 'Reference', 'Memo', 'Debit', 'Credit', 'Balance'],
    ['', '', '', '', '', 'Beginning Balance', '', '', grouped(set.openingMinor)],
  ];
  const rowOf = new Map();
  let bal = set.openingMinor;
  for (const r of rows) {
    bal += r.minor;
    rowOf.set(r.k, out.length + 1);
    out.push([
      mdy(r.date),
      r.no,
      r.type,
      r.party,
      r.ref,
      r.desc,
      r.minor > 0 ? grouped(r.minor) : '',
      r.minor < 0 ? grouped(r.minor) : '',
      grouped(bal),
    ]);
  }
  out.push(['', '', '', '', '', 'Ending Balance', '', '', grouped(bal)]);
  return {
    bytes: csv(out),
    headerRow: 6,
    rowOf,
    closingMinor: bal,
    view: (r) => ({ reference: r.ref, description: r.desc, party: r.party }),
    readOptions: {
      currency: 'KES',
      dateOrder: 'MDY',
      mapping: {
        date: 'Date',
        description: 'Memo',
        reference: 'Reference',
        party: 'Name',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    layout: `CSV (CRLF), 5 preamble rows (company, report, account, date range, blank), header row 6 (Date, Entry #, Type, Name, Reference, Memo, Debit, Credit, Balance); US dates MM/DD/YYYY; amounts with thousands separators, quoted; undated Beginning Balance and Ending Balance rows; Debit = money in. File ${fileName}.`,
  };
}

function zaBooks(set, rows, fileName) {
  const out = [
    ['Golden Mile Surfboards CC'],
    ['General Ledger Account Detail'],
    ['Fiscal period 11 (May 1996)'],
    [],
    ['Account', 'Trx Date', 'Journal', 'Src', 'Reference', 'Description', 'Debit', 'Credit', 'Balance'],
    ['1100-00', '', '', '', '', 'Beginning Balance', '', '', major(set.openingMinor)],
  ];
  const rowOf = new Map();
  let bal = set.openingMinor;
  for (const r of rows) {
    bal += r.minor;
    rowOf.set(r.k, out.length + 1);
    out.push([
      '1100-00',
      dmy(r.date),
      r.no,
      r.type,
      r.ref,
      r.desc,
      r.minor > 0 ? major(r.minor) : '',
      r.minor < 0 ? major(-r.minor) : '',
      major(bal),
    ]);
  }
  out.push(['1100-00', '', '', '', '', 'Ending Balance', '', '', major(bal)]);
  return {
    bytes: csv(out),
    headerRow: 5,
    rowOf,
    closingMinor: bal,
    view: (r) => ({ reference: r.ref, description: r.desc, party: null }),
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Trx Date',
        description: 'Description',
        reference: 'Reference',
        account: 'Account',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    layout: `CSV (CRLF), 4 preamble rows (company, report, fiscal period, blank), header row 5 (Account, Trx Date, Journal, Src, Reference, Description, Debit, Credit, Balance); dates DD/MM/YYYY; plain amounts; the account code on every row, undated Beginning Balance and Ending Balance rows; no party column (the party opens the description); Debit = money in. File ${fileName}.`,
  };
}

const FILES = {
  'ng-intercontinental-compiere': {
    bankFile: 'intercontinental-0312457801-mar2008.xlsx',
    bookFile: 'compiere-soa-11110-mar2008.csv',
    bankLayout: ngBankFile,
    books: ngBooks,
    draw: (rng, l) => l.ref ?? `IB${digits(rng, 10)}`,
  },
  'gh-trustbank-vt': {
    bankFile: 'trustbank-1020014487701-sep2010.csv',
    bookFile: 'vt-account-history-trustbank-sep2010.xlsx',
    bankLayout: ghBankFile,
    books: ghBooks,
    draw: (rng, l) => {
      if (l.ref) return l.ref;
      if (l.decision === 'bank-only') return null;
      if (/^ACH|^TRF/.test(l.text)) return `ACH${digits(rng, 8)}`;
      if (/^CASH DEP|^CHQ DEP/.test(l.text)) return `CD${digits(rng, 6)}`;
      return digits(rng, 10);
    },
  },
  'ke-krep-nolapro': {
    bankFile: 'krep-0100276451001-jul2011.csv',
    bookFile: 'nolapro-gl-detail-1010-jul2011.csv',
    bankLayout: keBankFile,
    books: keBooks,
    draw: (rng, l) => l.ref ?? (/^CHQ DEP/.test(l.text) ? digits(rng, 6) : null),
  },
  'za-nbs-platinum': {
    bankFile: 'nbs-2043117890-may1996.csv',
    bookFile: 'platinum-gl-detail-1100-00-may1996.csv',
    bankLayout: zaBankFile,
    books: zaBooks,
    draw: (rng, l) => {
      if (l.ref) return l.ref;
      if (/^ACB/.test(l.text)) return digits(rng, 6);
      if (/^DEPOSIT|^SPEEDPOINT/.test(l.text)) return `DS${digits(rng, 5)}`;
      return null;
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Checks: a month is refused unless it holds together as a finance team would find it.
// ---------------------------------------------------------------------------------------------------------------

function check(set, books) {
  const errs = [];
  const fail = (m) => errs.push(`${set.set}: ${m}`);
  const byK = new Map(books.map((r) => [r.k, r]));
  const inPeriod = (d) => d >= set.period.from && d <= set.period.to;

  if (set.bank.length < 30 || set.bank.length > 38) fail(`${set.bank.length} bank lines (30–38 wanted)`);
  if (books.length < 22 || books.length > 28) fail(`${books.length} book rows (22–28 wanted)`);

  const used = new Map();
  const use = (k, by) => {
    if (!byK.has(k)) fail(`${by} names unknown book row ${k}`);
    used.set(k, [...(used.get(k) ?? []), by]);
  };
  const ids = new Set();
  let prev = '';
  for (const l of set.bank) {
    if (ids.has(l.id)) fail(`bank id ${l.id} twice`);
    ids.add(l.id);
    if (!(l.decision in EXPECT)) fail(`${l.id}: decision ${l.decision}`);
    if (l.date < prev) fail(`${l.id}: out of date order`);
    prev = l.date;
    for (const d of [l.date, l.vdate ?? l.date]) {
      if (!inPeriod(d)) fail(`${l.id}: ${d} outside the period`);
      if (!isBusinessDay(d, set.publicHolidays)) fail(`${l.id}: ${d} is a weekend or holiday`);
    }
    const isMatch = l.decision === 'auto' || l.decision === 'suggest';
    if (isMatch !== Boolean(l.ledger || l.anyOf)) fail(`${l.id}: ledger rows and decision disagree`);
    if (isMatch && !['reference', 'counterparty', 'amount'].includes(l.evidence)) fail(`${l.id}: evidence`);
    if (l.decision === 'auto' && l.evidence === 'amount') fail(`${l.id}: auto on amount alone`);
    if ((l.decision === 'bank-only') !== Boolean(l.kind)) fail(`${l.id}: kind and decision disagree`);
    if ((l.decision === 'reversal-pair') !== Boolean(l.partner)) fail(`${l.id}: partner and decision disagree`);
    if (l.difference && l.decision !== 'auto') fail(`${l.id}: difference on a ${l.decision}`);
  }

  // every book row matched once or ledger-only
  const groupsSeen = new Set();
  for (const l of set.bank) {
    if (l.ledger && !(l.group && groupsSeen.has(l.group))) for (const k of l.ledger) use(k, l.id);
    if (l.group) groupsSeen.add(l.group);
  }
  const twinRows = new Set();
  for (const l of set.bank.filter((x) => x.anyOf)) for (const s of l.anyOf) for (const k of s) twinRows.add(k);
  for (const k of twinRows) use(k, 'twins');
  for (const r of books) {
    const n = (used.get(r.k) ?? []).length + (r.only ? 1 : 0);
    if (n !== 1)
      fail(`book row ${r.k} used ${n} times (${(used.get(r.k) ?? []).join(', ')}${r.only ? ', ledger-only' : ''})`);
    if (!inPeriod(r.date)) fail(`book row ${r.k}: ${r.date} outside the period`);
    if (!isBusinessDay(r.date, set.publicHolidays)) fail(`book row ${r.k}: ${r.date} is a weekend or holiday`);
  }
  for (let i = 1; i < books.length; i++)
    if (books[i].date < books[i - 1].date) fail(`book row ${books[i].k} out of order`);

  const sum = (ks) => ks.reduce((s, k) => s + (byK.get(k)?.minor ?? 0), 0);
  const bookNums = (ks) =>
    new Set(ks.flatMap((k) => [...numbersIn(`${byK.get(k).ref ?? ''} | ${byK.get(k).no} | ${byK.get(k).desc}`)]));
  const answerOf = (l) => new Set(l.ledger ?? l.anyOf?.flat() ?? []);

  // groups add up; single lines add up, or are explained
  const groups = new Map();
  for (const l of set.bank.filter((x) => x.group)) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
  for (const [g, ls] of groups) {
    const led = ls[0].ledger.join();
    if (ls.some((x) => x.ledger.join() !== led || x.decision !== ls[0].decision)) fail(`group ${g}: lines disagree`);
    if (ls.length < 2) fail(`group ${g} has one line`);
    const b = ls.reduce((s, x) => s + x.minor, 0);
    if (b !== sum(ls[0].ledger)) fail(`group ${g}: lines ${major(b)} vs books ${major(sum(ls[0].ledger))}`);
  }
  for (const l of set.bank) {
    if (l.anyOf) {
      for (const s of l.anyOf) if (sum(s) !== l.minor) fail(`${l.id}: twin set ${s} is not the line's amount`);
      const same = set.bank.filter((x) => x.anyOf && x.date === l.date && x.text === l.text && x.minor === l.minor);
      if (same.length < 2) fail(`${l.id}: twins without a twin`);
    }
    if (l.ledger) {
      const lsum = sum(l.ledger);
      if (Math.sign(lsum) !== Math.sign(l.minor)) fail(`${l.id}: books go the other way`);
      const mixed = l.ledger.some((k) => Math.sign(byK.get(k).minor) !== Math.sign(l.minor));
      if (mixed && !l.traits.some((t) => ['short-net-of-fee', 'invoice-less-credit-note'].includes(t)))
        fail(`${l.id}: a book row goes the other way without a fee or credit note`);
      if (!l.group) {
        const diff = l.minor - lsum;
        if (l.difference) {
          if (toMinor(l.difference) !== diff) fail(`${l.id}: difference ${l.difference} vs ${major(diff)}`);
          if (!l.traits.includes('over-payment') || Math.sign(diff) !== Math.sign(l.minor) || diff === 0)
            fail(`${l.id}: a difference that is no over-payment`);
        } else if (l.traits.includes('part-payment')) {
          if (l.decision !== 'suggest' || Math.abs(l.minor) >= Math.abs(lsum)) fail(`${l.id}: part payment`);
        } else if (diff !== 0) fail(`${l.id}: line ${major(l.minor)} vs books ${major(lsum)}`);
      }
    }
    if (l.evidence === 'reference') {
      const mine = numbersIn(`${l.text} | ${l.bankRef ?? ''}`);
      const theirs = bookNums([...answerOf(l)]);
      if (![...mine].some((n) => theirs.has(n))) fail(`${l.id}: reference evidence shares no number with its rows`);
    }
    // no number in a line points at a book row that is not its answer
    const mine = numbersIn(`${l.text} | ${l.bankRef ?? ''}`);
    for (const r of books) {
      if (answerOf(l).has(r.k)) continue;
      const hit = [...numbersIn(`${r.ref ?? ''} | ${r.no} | ${r.desc}`)].filter((n) => mine.has(n));
      if (hit.length) fail(`${l.id}: carries ${hit} of book row ${r.k}`);
    }
    // the same amount as a book row that is not its answer only for twins and decoys
    const sameAmount = books.filter((r) => r.minor === l.minor && !answerOf(l).has(r.k));
    if (l.traits.includes('decoy')) {
      if (l.decision !== 'none') fail(`${l.id}: a decoy must be decided none`);
      if (!sameAmount.some((r) => r.only)) fail(`${l.id}: a decoy without a ledger-only row of its amount`);
    } else if (l.partner) {
      // a failed payment has the amount of the book row its resent payment matches, and nothing else's
      const resent = set.bank.find((x) => x.traits.includes('resent-after-reversal') && x.minor === -Math.abs(l.minor));
      if (sameAmount.some((r) => !(resent?.ledger ?? []).includes(r.k)))
        fail(`${l.id}: same amount as another book row`);
    } else if (sameAmount.length) fail(`${l.id}: same amount as book row ${sameAmount.map((r) => r.k)}`);
  }
  if (set.bank.filter((l) => l.traits.includes('decoy')).length < 2) fail('fewer than two decoys');

  for (const l of set.bank.filter((x) => x.partner)) {
    const p = set.bank.find((x) => x.id === l.partner);
    if (!p || p.partner !== l.id || p.minor !== -l.minor) fail(`${l.id}: reversal partner does not cancel`);
    if (l.minor < 0) {
      const resent = set.bank.find((x) => x.traits.includes('resent-after-reversal') && x.minor === l.minor);
      if (!resent || resent.date <= p.date) fail(`${l.id}: no payment resent after the reversal`);
    }
  }

  let bal = set.openingMinor;
  for (const l of set.bank) {
    bal += l.minor;
    if (bal < 0) fail(`${l.id}: the account is overdrawn (${major(bal)})`);
  }
  if (errs.length) throw new Error(errs.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------

const index = {
  corpus: 'holdout59',
  seed: SEED,
  generator: 'bench/corpus/holdout59-tools/make-holdout59.mjs',
  sets: [],
};

SETS.forEach((set, i) => {
  const rng = mulberry32(SEED + i * 7919);
  const f = FILES[set.set];
  const meta = META[set.set];
  set.openingMinor = toMinor(set.opening);
  const books = set.book.map((r) => ({ ...r, minor: toMinor(r.amount) }));
  const allBookNums = new Set(books.flatMap((r) => [...numbersIn(`${r.ref ?? ''} | ${r.no} | ${r.desc}`)]));
  let bal = set.openingMinor;
  for (const l of set.bank) {
    l.minor = toMinor(l.amount);
    bal += l.minor;
    l.balance = bal;
    // a drawn reference never carries a number of the books
    let ref = f.draw(rng, l);
    while (!l.ref && ref && [...numbersIn(ref)].some((n) => allBookNums.has(n))) ref = f.draw(rng, l);
    l.bankRef = ref;
  }
  set.closingMinor = bal;
  check(set, books);

  const bank = f.bankLayout(set, set.bank, f.bankFile);
  const led = f.books(set, books, f.bookFile);
  const dir = join(OUT, set.set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, f.bankFile), bank.bytes);
  writeFileSync(join(dir, f.bookFile), led.bytes);

  const byK = new Map(books.map((r) => [r.k, r]));
  const lineRef = (l) => ({
    file: f.bankFile,
    row: bank.rowOf.get(l.id),
    date: l.date,
    amount: major(l.minor),
    text: l.text,
    reference: l.bankRef ?? null,
  });
  const rowRef = (k) => {
    const r = byK.get(k);
    const v = led.view(r);
    return {
      file: f.bookFile,
      row: led.rowOf.get(k),
      date: r.date,
      amount: major(r.minor),
      text: v.description,
      reference: v.reference,
    };
  };
  const rowsOf = (ks) => ks.map(rowRef).sort((a, b) => a.row - b.row);
  const inFileOrder = [...set.bank].sort((a, b) => bank.rowOf.get(a.id) - bank.rowOf.get(b.id));
  const byId = new Map(set.bank.map((l) => [l.id, l]));

  const truthBank = inFileOrder.map((l) => {
    const e = { ref: lineRef(l), expect: EXPECT[l.decision], decision: l.decision };
    if (l.anyOf) {
      e.ledger = null;
      e.ledgerAnyOf = l.anyOf.map(rowsOf);
    } else e.ledger = l.ledger ? rowsOf(l.ledger) : null;
    e.group = l.group ?? null;
    e.ambiguous = Boolean(l.anyOf);
    e.partner = l.partner ? lineRef(byId.get(l.partner)) : null;
    if (l.evidence) e.evidence = l.evidence;
    if (l.difference) e.difference = l.difference;
    if (l.kind) e.kind = l.kind;
    e.traits = l.traits;
    return e;
  });

  const truth = {
    set: set.set,
    country: set.country,
    currency: set.currency,
    timezone: set.timezone,
    period: set.period,
    seed: SEED,
    publicHolidays: set.publicHolidays,
    bankFiles: [
      {
        file: f.bankFile,
        bank: meta.bank,
        headerRow: bank.headerRow,
        layout: bank.layout,
        order: bank.order,
        ledgerAccount: meta.ledgerAccount,
        readOptions: bank.readOptions,
        openingBalance: major(set.openingMinor),
        closingBalance: major(set.closingMinor),
      },
    ],
    ledgerFiles: [
      {
        file: f.bookFile,
        package: meta.package,
        headerRow: led.headerRow,
        layout: led.layout,
        readOptions: led.readOptions,
        openingBalance: major(set.openingMinor),
        closingBalance: major(led.closingMinor),
      },
    ],
    bank: truthBank,
    ledgerOnly: books
      .filter((r) => r.only)
      .map((r) => ({ file: f.bookFile, row: led.rowOf.get(r.k), date: r.date, amount: major(r.minor), why: r.only })),
    notes: meta.notes,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');

  const doc = {
    options: { timezone: set.timezone },
    statement: {
      from: set.period.from,
      to: set.period.to,
      bankBalance: major(set.closingMinor),
      bookBalance: major(led.closingMinor),
    },
    bank: inFileOrder.map((l) => ({
      id: `${f.bankFile}#${bank.rowOf.get(l.id)}`,
      date: l.date,
      amount: major(l.minor),
      currency: set.currency,
      narration: l.text,
      reference: l.bankRef ?? null,
      balance: major(l.balance),
    })),
    ledger: books.map((r) => {
      const v = led.view(r);
      return {
        id: `${f.bookFile}#${led.rowOf.get(r.k)}`,
        date: r.date,
        amount: major(r.minor),
        currency: set.currency,
        reference: v.reference,
        description: v.description,
        party: v.party,
        account: meta.ledgerAccount,
      };
    }),
  };
  writeFileSync(join(dir, `reconcile.${f.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');

  const decisions = {};
  for (const l of inFileOrder) decisions[l.decision] = (decisions[l.decision] ?? 0) + 1;
  const kinds = {};
  for (const l of inFileOrder.filter((x) => x.kind)) kinds[l.kind] = (kinds[l.kind] ?? 0) + 1;
  const matched = set.bank.filter((l) => l.ledger || l.anyOf);
  index.sets.push({
    set: set.set,
    country: set.country,
    currency: set.currency,
    period: set.period,
    bank: meta.bank,
    package: meta.package,
    business: meta.business,
    bankFiles: [f.bankFile],
    ledgerFiles: [f.bookFile],
    bankLines: set.bank.length,
    ledgerRows: books.length,
    decisions,
    mustNotAuto: 0,
    autoWithDifference: set.bank.filter((l) => l.difference).length,
    ledgerOnly: books.filter((r) => r.only).length,
    matched: matched.length,
    matchedWithoutReference: matched.filter((l) => l.evidence !== 'reference').length,
    bankOnlyKinds: kinds,
    reversalPairs: set.bank.filter((l) => l.partner).length / 2,
  });
  console.log(
    `${set.set}: ${set.bank.length} lines, ${books.length} book rows, bank ${major(set.openingMinor)} → ${major(set.closingMinor)}, books → ${major(led.closingMinor)}`,
  );
});

writeFileSync(join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`seed ${SEED}; written to ${OUT}`);
