// South Africa: the Sandton subsidiary of a UK analytics consultancy, banking with Standard Chartered's
// Johannesburg branch (Straight2Bank account-statement CSV, newest first), its books in FreeAgent (Universal
// edition, ZAR native currency; accounting transactions of the bank category exported to CSV).
import { share, dec, dMonY, dmySlash, toCsv, monLabel, prevMonth, longMonth, yymmdd } from './lib.mjs';

const OUR = 'MTHEMBU & CLARKE ANALYTICS (PTY) LTD';
const NOMINAL = '750-1';

export const ZA = {
  key: 'za-stanchart-freeagent',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  month: '2025-09',
  holidays: ['2025-09-24'],
  business: 'Mthembu & Clarke Analytics (Pty) Ltd',
  roundTo: 100000,
  scale: {
    rcv: [1600000, 21000000],
    cash: [550000, 5800000],
    big: [26000000, 44000000],
    pay: [850000, 14500000],
    payroll: [112000000, 148000000],
    cheque: [380000, 4400000],
    own: [32000000, 58000000],
    card: [120000, 950000],
    unknown: [320000, 3900000],
  },
  payrollDay: -5,
  payVia: ['eft', 'eft', 'fast', 'intra'],
  namePayVia: 'eft',
  twinsVia: 'eft',
  setup(rng) {
    this.invBase = 400 + rng.int(0, 40);
  },
  opening: (rng) => rng.int(210000000, 265000000),
  customers: [
    { book: 'Karoo Dental Group (Pty) Ltd', bank: 'KAROO DENTAL GROUP' },
    { book: 'Umhlanga Retail Properties Ltd', bank: 'UMHLANGA RETAIL PROPERTIES' },
    { book: 'Sibaya Logistics (Pty) Ltd', bank: 'SIBAYA LOGISTICS' },
    { book: 'Pretoria East Medical Centre', bank: 'PRETORIA EAST MEDICAL CENTRE' },
    { book: 'Vaal Steel Traders CC', bank: 'VAAL STEEL TRADERS CC' },
    { book: 'Stellenbosch Wine Exporters (Pty) Ltd', bank: 'STELLENBOSCH WINE EXPORTERS' },
    { book: 'Durban Port Services (Pty) Ltd', bank: 'DURBAN PORT SERVICES' },
    { book: 'Polokwane Mining Supplies', bank: 'POLOKWANE MINING SUPPLIES' },
    { book: 'Bloemfontein Schools Trust', bank: 'BLOEMFONTEIN SCHOOLS TRUST' },
    { book: 'Midrand Insurance Brokers (Pty) Ltd', bank: 'MIDRAND INSURANCE BROKERS' },
    { book: 'Gqeberha Auto Components (Pty) Ltd', bank: 'GQEBERHA AUTO COMPONENTS' },
    { book: 'Mbombela Citrus Packers', bank: 'MBOMBELA CITRUS PACKERS' },
    { role: 'name1', book: 'Soweto Community Clinic NPC', bank: 'SOWETO COMMUNITY CLINIC' },
    { role: 'name2', book: 'George Coastal Hotels (Pty) Ltd', bank: 'GEORGE COASTAL HOTELS' },
    { role: 'name3', book: 'Kimberley Diamond Couriers', bank: 'KIMBERLEY DIAMOND COURIERS' },
    {
      role: 'different',
      book: 'Windhoek Analytics Partners',
      bank: 'WINDHOEK ANALYTICS PARTNERS',
      alt: 'J VAN DER MERWE',
    },
    { role: 'anonymous', book: 'Centurion Fleet Services', bank: 'CENTURION FLEET SERVICES' },
    { role: 'part', book: 'Buffalo City Training Trust', bank: 'BUFFALO CITY TRAINING TRUST' },
    { role: 'twins', book: 'Rosebank Asset Managers (Pty) Ltd', bank: 'ROSEBANK ASSET MANAGERS' },
    { role: 'tie', book: 'Fourways Property Group', bank: 'FOURWAYS PROPERTY GROUP' },
  ],
  unknownPayers: [
    { name: 'T NKOSI', memo: 'PAYMENT', via: 'eft' },
    { name: 'BLUEWATER TRADING', memo: 'SEP' },
  ],
  suppliers: [
    { book: 'Cloudspan Hosting (Pty) Ltd', bank: 'CLOUDSPAN HOSTING', bill: (r) => `CSH-${r.int(20000, 29999)}` },
    { book: 'Rivonia Office Properties', bank: 'RIVONIA OFFICE PROPERTIES', bill: (r) => `ROP/${r.int(1000, 1999)}` },
    { book: 'Gauteng IT Contractors', bank: 'GAUTENG IT CONTRACTORS', bill: (r) => `GITC${r.int(3000, 3999)}` },
    { book: 'Makhanda Data Labs', bank: 'MAKHANDA DATA LABS', bill: (r) => `MDL-${r.int(400, 999)}` },
    { book: 'Tshwane Print Solutions', bank: 'TSHWANE PRINT SOLUTIONS', bill: (r) => `TPS ${r.int(6000, 6999)}` },
    { book: 'Jozi Courier Co', bank: 'JOZI COURIER CO', bill: (r) => `JCC${r.int(10000, 19999)}` },
    {
      book: 'Braamfontein Legal Chambers',
      bank: 'BRAAMFONTEIN LEGAL CHAMBERS',
      bill: (r) => `BLC/25/${r.int(100, 999)}`,
    },
    { book: 'Parktown Recruitment Services', bank: 'PARKTOWN RECRUITMENT', bill: (r) => `PRS-${r.int(2000, 2999)}` },
    { book: 'Melville Catering', bank: 'MELVILLE CATERING', bill: (r) => `MC${r.int(700, 799)}` },
    { book: 'Sandton Travel Desk (Pty) Ltd', bank: 'SANDTON TRAVEL DESK', bill: (r) => `STD-${r.int(5000, 5999)}` },
    { book: 'Hyde Park Stationers', bank: 'HYDE PARK STATIONERS', bill: (r) => `HPS${r.int(300, 399)}` },
    { book: 'Linden Software Training', bank: 'LINDEN SOFTWARE TRAINING', bill: (r) => `LST-${r.int(100, 199)}` },
    { role: 'debit', book: 'Khanya Provident Fund', bank: 'KHANYA PROVIDENT FUND', contract: 'KPF204418' },
    { role: 'debit', book: 'Siyakha Vehicle Finance', bank: 'SIYAKHA VEHICLE FIN', contract: 'SVF-77031542' },
  ],
  invoiceNo(i) {
    return `MCA-${String(this.invBase + i).padStart(4, '0')}`;
  },
  creditNoteNo: (r) => `CN-${String(r.int(30, 60)).padStart(4, '0')}`,
  orderNo: (r) => `PO ${r.int(7700, 7999)}`,
  chequeNo: () => {
    throw new Error('no cheques in South Africa');
  },
  payrollBatch: (r) => `SB${r.int(2500, 2599)}`,
  ownTransferRef: (r) => `TRF${r.int(100, 199)}`,
  writings: [
    ['ref-canonical', (n) => n],
    ['ref-lowercase-joined', (n) => n.replace('-', '').toLowerCase()],
    ['ref-no-padding', (n) => `MCA ${Number(n.slice(4))}`],
    ['ref-prefix-inv', (n) => `INV ${n.slice(4)}`],
    ['ref-serial-only', (n) => n.slice(4)],
    ['ref-slashes', (n) => n.replace('-', '/')],
    ['ref-prefix-inv-full', (n) => `INV ${n}`],
    ['ref-joined', (n) => n.replace('-', '')],
  ],
  twoInvoices: (w, a, b) => `${w[1](a)} ${b}`,
  instalment: (written, k) => `${written} PMT ${k}`,
  lessCreditNote: (written, cn) => `${written} LESS ${cn}`,
  partPayment: (written) => `${written} PART`,
  genericMemo: (i) => ['PAYMENT', 'SEPT INVOICE', 'CONSULTING', 'ACCOUNT', 'MONTHLY FEE'][i],
  billMemo: (doc, i) => (i % 2 ? `MCA ${doc}` : doc),
  ownPaymentMemo: (i) => ['MCA ANALYTICS', 'MTHEMBU CLARKE'][i - 4],
  shortFee: { fee: 15000, via: 'swift', memo: (w) => `${w} LESS CHARGES` },
  withholding: [],
  acquirers: {
    gross: {
      key: 'peach',
      trait: 'gateway-settlement',
      scale: [2400000, 7800000],
      fee: (g) => share(g, 29, 1000),
      id: (r, d) => `PCH${yymmdd(d)}${r.int(100, 999)}`,
    },
    split: {
      key: 'ozow',
      trait: 'gateway-settlement',
      scale: [1100000, 4600000],
      fee: (g) => share(g, 15, 1000),
      id: (r) => `OZ${r.int(10000000, 99999999)}`,
    },
    noid: { key: 'yoco', trait: 'card-settlement', scale: [900000, 3800000], fee: (g) => share(g, 295, 10000) },
  },
  statutory: [
    {
      what: 'EMP201',
      trait: 'paye',
      book: 'South African Revenue Service',
      days: [2, 4],
      scale: [31000000, 42000000],
      prn: (r) => `7${r.digits(9)}LC0825`,
    },
    {
      what: 'VAT201',
      trait: 'vat',
      book: 'South African Revenue Service',
      days: [-6, -3],
      scale: [38000000, 61000000],
      prn: (r) => `4${r.digits(9)}V0825`,
    },
  ],

  narrate(spec) {
    switch (spec.type) {
      case 'rcv':
        if (spec.via === 'eft') return { desc: [`INWARD EFT CREDIT ${spec.name}`], reference: spec.memo };
        if (spec.via === 'intra') return { desc: [`BOOK TRANSFER CREDIT ${spec.name}`], reference: spec.memo };
        if (spec.via === 'swift') return { desc: [`INWARD SWIFT ${spec.name}`], reference: spec.memo };
        return { desc: [`RTC CREDIT ${spec.name} ${spec.memo}`], reference: '' };
      case 'cash':
        return { desc: ['INWARD EFT CREDIT'], reference: 'DEPOSIT' };
      case 'settle':
        if (spec.acq.key === 'peach') return { desc: ['PEACH PAYMENTS SETTLEMENT'], reference: spec.id };
        if (spec.acq.key === 'ozow') return { desc: ['OZOW PAYOUT'], reference: spec.id };
        return { desc: ['YOCO PAYOUT'], reference: '' };
      case 'pay':
        if (spec.via === 'fast') return { desc: [`RTC PAYMENT ${spec.name}`], reference: spec.memo };
        if (spec.via === 'intra') return { desc: [`BOOK TRANSFER DEBIT ${spec.name}`], reference: spec.memo };
        return { desc: [`OUTWARD EFT ${spec.name}`], reference: spec.memo };
      case 'reversal':
        return { desc: [`EFT RETURN ${spec.of.name} INVALID ACCOUNT`], reference: spec.of.narr.reference };
      case 'debitorder':
        return { desc: [`DEBIT ORDER ${spec.name}`], reference: spec.doc };
      case 'tax':
        return { desc: [`SARS EFILING ${spec.st.what}`], reference: spec.prn };
      case 'payroll':
        return { desc: [`SALARY PAYMENT BATCH ${spec.batch}`], reference: `SALARIES ${monLabel(this.month)}` };
      case 'own':
        return { desc: ['BOOK TRANSFER DEBIT 0100234567802'], reference: 'TO CALL ACCOUNT' };
      case 'card':
        return { desc: ['DEBIT ORDER SOFTSERV LICENSING'], reference: 'SSL0091827' };
      default:
        throw new Error(`ZA narrate: ${spec.type}`);
    }
  },

  /** Standard Chartered bills transaction charges monthly; only the inward SWIFT commission is taken at once. */
  feesAfter(spec) {
    if (spec.type === 'rcv' && spec.via === 'swift')
      return [{ desc: ['INWARD SWIFT COMMISSION'], amount: -18500, kind: 'charge', traits: ['swift-commission'] }];
    return [];
  },
  txnCharge(l) {
    const s = l.spec;
    if (s.type === 'pay') return s.via === 'fast' ? 3700 : s.via === 'intra' ? 0 : 700;
    if (s.type === 'tax') return 700;
    if (s.type === 'debitorder' || s.type === 'card') return 500;
    if (s.type === 'payroll') return 300 * 24;
    if (s.type === 'rcv' && s.via !== 'swift') return 250;
    return 0;
  },

  monthEnd(m) {
    const d = m.wd(-1);
    const charges = m.bank.reduce((s, l) => s + this.txnCharge(l), 0);
    return [
      {
        date: d,
        amount: -charges,
        desc: [`TRANSACTION CHARGES ${monLabel(m.S.month)}`],
        kind: 'charge',
        traits: ['monthly-transaction-charges'],
      },
      { date: d, amount: -share(charges, 15, 100), desc: ['VAT ON CHARGES'], kind: 'fee-vat', traits: ['vat-on-fee'] },
      { date: d, amount: -48500, desc: ['ACCOUNT MAINTENANCE FEE'], kind: 'charge', traits: ['maintenance-fee'] },
      {
        date: d,
        amount: m.rng.int(90000, 240000),
        desc: ['CREDIT INTEREST'],
        kind: 'interest',
        traits: ['credit-interest'],
      },
    ];
  },

  bankFile(ctx) {
    const { lines, opening, closing, S, m } = ctx;
    const file = 'scb-za-0100234567801-sep2025.csv';
    const rows = [
      ['Standard Chartered Straight2Bank'],
      ['Account Statement'],
      ['Account Number', '0100234567801'],
      ['Account Name', OUR],
      ['Currency', 'ZAR'],
      ['Statement Period', `${dMonY(`${S.month}-01`)} to ${dMonY(ctx.last)}`],
      ['Opening Ledger Balance', dec(opening)],
      ['Closing Ledger Balance', dec(closing)],
      [],
      [
        'Posting Date',
        'Value Date',
        'Transaction Code',
        'Transaction Description',
        'Customer Reference',
        'Bank Reference',
        'Debit Amount',
        'Credit Amount',
        'Ledger Balance',
      ],
    ];
    const headerRow = rows.length;
    const code = (l) =>
      ({ fee: l.amount > 0 ? 'NINT' : 'NCHG', debitorder: 'NDDT', card: 'NDDT', reversal: 'NRTI' })[l.spec.type] ??
      'NTRF';
    const bankRefs = lines.map((l) => `SCB${yymmdd(l.date)}${m.rng.digits(7)}`);
    const rowOf = new Map();
    // Straight2Bank lists the newest line first
    for (let i = lines.length - 1; i >= 0; i--) {
      const l = lines[i];
      rows.push([
        dMonY(l.date),
        dMonY(l.date),
        code(l),
        l.desc[0],
        l.reference ?? '',
        bankRefs[i],
        l.amount < 0 ? dec(-l.amount) : '',
        l.amount > 0 ? dec(l.amount) : '',
        dec(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    return {
      file,
      bank: 'Standard Chartered Bank (Johannesburg branch)',
      data: toCsv(rows),
      rowOf,
      headerRow,
      readOptions: {
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Transaction Description',
          reference: 'Customer Reference',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
          balance: 'Ledger Balance',
        },
        currency: 'ZAR',
      },
      order: 'newest-first',
      layout:
        "Straight2Bank account statement CSV, newest first: eight preamble rows (account, period, opening and closing ledger balance), header in row 10, dates DD-Mon-YYYY, SWIFT-style Transaction Code (NTRF/NDDT/NCHG/NINT/NRTI), the remitter or payee in Transaction Description, what the other side typed (or our payment reference) in Customer Reference, the bank's own id in Bank Reference, unsigned Debit/Credit Amount and Ledger Balance in plain decimals",
    };
  },

  ledgerFile(ctx) {
    const { rows: entries, opening, S } = ctx;
    const file = 'freeagent-accounting-transactions-750-1-sep2025.csv';
    const header = ['Date', 'Nominal Code', 'Category', 'Description', 'Debit', 'Credit'];
    const prevLong = `${longMonth(`${prevMonth(S.month)}-01`)} ${S.month.slice(0, 4)}`;
    const long = `${longMonth(`${S.month}-01`)} ${S.month.slice(0, 4)}`;
    const out = [header];
    const rowOf = new Map();
    const records = new Map();
    for (const e of entries) {
      let desc;
      switch (e.type) {
        case 'receipt':
          desc = e.cn
            ? `Invoice receipt ${e.doc} less credit note ${e.cn} - ${e.party}`
            : `Invoice receipt ${e.doc} - ${e.party}`;
          break;
        case 'payment':
          desc = e.part
            ? `Bill payment ${e.doc} part ${e.part} of 2 - ${e.party}`
            : `Bill payment ${e.doc} - ${e.party}`;
          break;
        case 'debit-order':
          desc = `Debit order ${e.doc} - ${e.party}`;
          break;
        case 'statutory':
          desc = `${e.st.what} ${prevLong} PRN ${e.doc} - ${e.party}`;
          break;
        case 'payroll':
          desc = `Net salaries ${long} batch ${e.doc}`;
          break;
        case 'own-transfer':
          desc = 'Transfer to Standard Chartered call account';
          break;
        case 'settlement':
          desc =
            e.acq.key === 'peach'
              ? `Peach Payments settlement ${e.doc} - online course sales`
              : e.acq.key === 'ozow'
                ? `Ozow payout ${e.doc} - gross`
                : `Yoco card sales ${dmySlash(e.date)} - workshop`;
          break;
        case 'settlement-fee':
          desc = `Ozow fees ${e.doc}`;
          break;
        default:
          throw new Error(`ZA ledger: ${e.type}`);
      }
      const rec = {
        Date: dmySlash(e.date),
        'Nominal Code': NOMINAL,
        Category: 'Standard Chartered Current Account',
        Description: desc,
        Debit: e.amount > 0 ? dec(e.amount) : '',
        Credit: e.amount < 0 ? dec(-e.amount) : '',
      };
      out.push(header.map((h) => rec[h]));
      rowOf.set(e, out.length);
      records.set(e, rec);
    }
    const closing = opening + entries.reduce((s, e) => s + e.amount, 0);
    return {
      file,
      package: 'FreeAgent (Universal edition, ZAR; Accounting > Transactions for category 750-1, exported to CSV)',
      data: toCsv(out),
      rowOf,
      records,
      headerRow: 1,
      nonEntryRows: [],
      account: NOMINAL,
      closing,
      readOptions: {
        mapping: {
          date: 'Date',
          account: 'Nominal Code',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
        },
        dateOrder: 'DMY',
        currency: 'ZAR',
      },
      layout:
        'CSV, header in row 1, DD/MM/YYYY dates, Nominal Code 750-1 and Category (the bank account) on every row, Debit = money in, Credit = money out in plain decimals, no reference or contact column: the invoice, bill, PRN, payout id and the customer or supplier are only in Description',
    };
  },
};
