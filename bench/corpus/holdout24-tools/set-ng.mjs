// Nigeria: a Lagos industrial-supplies distributor banking with Optimus Bank (business internet banking, XLSX
// export), its books in Oracle E-Business Suite (GL Account Analysis report, CSV, two bank accounts in one file).
import {
  share,
  dec,
  dMonY,
  dMONY,
  toCsv,
  toXlsx,
  cellNumber,
  monLabel,
  prevMonth,
  longMonth,
  yymmdd,
  monthName,
} from './lib.mjs';

const OUR = 'ADEYEMI-OKAFOR INDUSTRIAL SUPPLIES LTD';
const SENDERS = [
  ['000013', 'GTBANK'],
  ['000015', 'ZENITH BANK'],
  ['000014', 'ACCESS BANK'],
  ['000004', 'UBA'],
  ['000016', 'FIRST BANK'],
  ['000007', 'FIDELITY BANK'],
  ['000012', 'STANBIC IBTC'],
  ['000017', 'WEMA BANK'],
  ['000003', 'FCMB'],
  ['000023', 'PROVIDUS BANK'],
];
const OPTIMUS_CODE = '000036';
const ACC_OPTIMUS = '01.100.11250.0000.000';
const ACC_ZENITH = '01.100.11210.0000.000';

const nipFee = (minor) => (Math.abs(minor) <= 500000 ? 1075 : Math.abs(minor) <= 5000000 ? 2688 : 5375);

export const NG = {
  key: 'ng-optimus-oracle-ebs',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  month: '2025-09',
  holidays: ['2025-09-05'],
  business: 'Adeyemi-Okafor Industrial Supplies Ltd',
  roundTo: 100000,
  scale: {
    rcv: [18000000, 780000000],
    cash: [4500000, 60000000],
    big: [1100000000, 1900000000],
    pay: [25000000, 640000000],
    payroll: [1180000000, 1460000000],
    cheque: [9000000, 85000000],
    own: [600000000, 900000000],
    card: [3500000, 28000000],
    unknown: [6000000, 55000000],
  },
  payrollDay: -4,
  payVia: ['fast', 'eft', 'fast', 'intra'],
  setup(rng) {
    this.invBase = 510700 + rng.int(0, 60);
    this.docSeq = 2250900 + rng.int(0, 90);
    this.rcptSeq = rng.int(100, 180);
    this.eftSeq = rng.int(400, 480);
  },
  opening: (rng) => rng.int(3800000000, 4600000000),
  customers: [
    { book: 'Lekki Gardens Facility Management Ltd', bank: 'LEKKI GARDENS FACILITY MGT LTD' },
    { book: 'Okonkwo Steel Fabricators Ltd', bank: 'OKONKWO STEEL FABRICATORS LTD' },
    { book: 'Bodija Packaging Industries Ltd', bank: 'BODIJA PACKAGING INDUSTRIES' },
    { book: 'Nnewi Auto Parts Assembly Ltd', bank: 'NNEWI AUTO PARTS ASSEMBLY LT' },
    { book: 'Kaduna Textile Finishers Ltd', bank: 'KADUNA TEXTILE FINISHERS LTD' },
    { book: 'Ogunlana Bottling Company Ltd', bank: 'OGUNLANA BOTTLING COMPANY' },
    { book: 'Ijora Cold Rooms Ltd', bank: 'IJORA COLD ROOMS LTD' },
    { book: 'Eko Marine Services Ltd', bank: 'EKO MARINE SERVICES LIMITED' },
    { book: 'Amaechi Hardware and Tools Ltd', bank: 'AMAECHI HARDWARE & TOOLS LTD' },
    { book: 'Sapele Timber Works Ltd', bank: 'SAPELE TIMBER WORKS LTD' },
    { book: 'Abeokuta Ceramics Ltd', bank: 'ABEOKUTA CERAMICS LTD' },
    { book: 'Zaria Flour Mills Ltd', bank: 'ZARIA FLOUR MILLS LTD' },
    { role: 'name1', book: 'Benin Rubber Processors Ltd', bank: 'BENIN RUBBER PROCESSORS LTD' },
    { role: 'name2', book: 'Owerri Water Treatment Ltd', bank: 'OWERRI WATER TREATMENT LTD' },
    { role: 'name3', book: 'Ilorin Agro Allied Industries Ltd', bank: 'ILORIN AGRO ALLIED INDUSTRIES' },
    {
      role: 'different',
      book: 'Onitsha Plastics Manufacturing Co Ltd',
      bank: 'ONITSHA PLASTICS MANUFACTURING',
      alt: 'IFEANYI CHUKWUEMEKA NWANKWO',
    },
    { role: 'anonymous', book: 'Surulere Printing Press Ltd', bank: 'SURULERE PRINTING PRESS' },
    { role: 'part', book: 'Port Harcourt Drilling Supplies Ltd', bank: 'PORT HARCOURT DRILLING SUPPLIES' },
    { role: 'twins', book: 'Victoria Island Towers FM Ltd', bank: 'VICTORIA ISLAND TOWERS FM LTD' },
    { role: 'tie', book: 'Agege Bakeries Ltd', bank: 'AGEGE BAKERIES LTD' },
  ],
  unknownPayers: [
    { name: 'CHIBUZOR GLOBAL ENTERPRISES', memo: 'SUPPLY' },
    { name: 'MUSA ABDULLAHI BELLO', memo: 'TRF' },
  ],
  suppliers: [
    { book: 'Lagos Bearings Importers Ltd', bank: 'LAGOS BEARINGS IMPORTERS', bill: (r) => `LBI/${r.int(3000, 9999)}` },
    { book: 'Apapa Lubricants Ltd', bank: 'APAPA LUBRICANTS LTD', bill: (r) => `APL-${r.int(40000, 49999)}` },
    { book: 'Kano PPE Manufacturing Co Ltd', bank: 'KANO PPE MANUFACTURING', bill: (r) => `KPM${r.int(3000, 3999)}` },
    { book: 'Swiftline Logistics Ltd', bank: 'SWIFTLINE LOGISTICS LTD', bill: (r) => `SWL-${r.int(100, 999)}-25` },
    {
      book: 'Afrigate Security Services Ltd',
      bank: 'AFRIGATE SECURITY SERVICES',
      bill: (r) => `AGS${r.int(1000, 1999)}`,
    },
    { book: 'Ikoyi Office Properties Ltd', bank: 'IKOYI OFFICE PROPERTIES LTD', bill: (r) => `IOP ${r.int(200, 299)}` },
    { book: 'Delta Industrial Gases Ltd', bank: 'DELTA INDUSTRIAL GASES LTD', bill: (r) => `DIG-${r.int(7000, 7999)}` },
    {
      book: 'Mushin Electrical Wholesale Ltd',
      bank: 'MUSHIN ELECTRICAL WHOLESALE',
      bill: (r) => `MEW/${r.int(10, 99)}/${r.int(100, 999)}`,
    },
    { book: 'Ota Steel Wire Products Ltd', bank: 'OTA STEEL WIRE PRODUCTS', bill: (r) => `OSW${r.int(50000, 59999)}` },
    { book: 'Yaba Tyres and Batteries Ltd', bank: 'YABA TYRES AND BATTERIES', bill: (r) => `YTB-${r.int(800, 999)}` },
    { book: 'Festac Industrial Paints Ltd', bank: 'FESTAC INDUSTRIAL PAINTS', bill: (r) => `FIP${r.int(2000, 2999)}` },
    { book: 'Ojota Forklift Services Ltd', bank: 'OJOTA FORKLIFT SERVICES', bill: (r) => `OFS-${r.int(300, 399)}` },
  ],
  invoiceNo(i) {
    return String(this.invBase + i);
  },
  creditNoteNo: (r) => `CM${r.int(90100, 90199)}`,
  orderNo: (r) => `PO ${r.int(4400, 4899)}`,
  chequeNo: (r, i) => String(14700 + 7 * i + r.int(0, 5)).padStart(8, '0'),
  payrollBatch: (r) => `SAL0925${r.int(10, 99)}`,
  ownTransferRef: (r) => `JV${r.int(30000, 39999)}`,
  writings: [
    ['ref-canonical', (n) => n],
    ['ref-prefix-inv', (n) => `INV ${n}`],
    ['ref-lowercase', (n) => `inv${n}`],
    ['ref-prefix-inv-no', (n) => `INV NO ${n}`],
    ['ref-hyphen', (n) => `INV-${n}`],
    ['ref-spaces', (n) => `${n.slice(0, 3)} ${n.slice(3)}`],
    ['ref-hash', (n) => `INVOICE #${n}`],
    ['ref-prefix-payment', (n) => `PYMT FOR ${n}`],
    ['ref-year-suffix', (n) => `${n}/25`],
    ['ref-company-prefix', (n) => `AOIS/${n}`],
  ],
  twoInvoices: (w, a, b) => `${w[1](a)} & ${b}`,
  instalment: (written, k) => (k === 1 ? `${written} PART PAYMT` : `${written} BAL`),
  lessCreditNote: (written, cn) => `${written} LESS ${cn}`,
  partPayment: (written) => `PART PAYMENT ${written}`,
  genericMemo: (i) => ['PAYMENT', 'SEPT SUPPLY', 'TRANSFER', 'GOODS SUPPLIED', 'ACCOUNT SETTLEMENT'][i],
  billMemo: (doc, i) => (i % 2 ? doc : `PAYMENT ${doc}`),
  ownPaymentMemo: (i) => ['AOIS SUPPLIER PAYMENT', 'SEPT SERVICES'][i - 4],
  shortFee: { fee: 5375, via: 'fast', memo: (w) => `${w} LESS CHARGES` },
  withholding: [
    { trait: 'short-withholding-tax-5pct', short: (g) => share(g, 50, 1075), memo: (w) => `${w} NET OF WHT` },
    { trait: 'short-withholding-tax-10pct', short: (g) => share(g, 100, 1075), memo: (w) => `${w} LESS WHT 10PCT` },
  ],
  acquirers: {
    gross: {
      key: 'flutterwave',
      trait: 'gateway-settlement',
      scale: [90000000, 420000000],
      fee: (g) => Math.min(share(g, 14, 1000), 200000),
      id: (r, d) => `FLW-STL-${yymmdd(d)}${r.int(1000, 9999)}`,
    },
    split: {
      key: 'pos',
      tid: '2OPT4412',
      trait: 'pos-settlement',
      scale: [40000000, 190000000],
      fee: (g) => Math.min(share(g, 5, 1000), 100000),
      id: (r) => `${r.int(100000, 199999)}`,
    },
    noid: {
      key: 'pos',
      tid: '2OPT4413',
      trait: 'pos-settlement',
      scale: [30000000, 150000000],
      fee: (g) => Math.min(share(g, 5, 1000), 100000),
    },
  },
  statutory: [
    {
      what: 'PAYE',
      trait: 'paye',
      book: 'Lagos State Internal Revenue Service',
      days: [3, 6],
      scale: [190000000, 265000000],
      prn: (r) => `${r.int(2, 3)}${r.digits(11)}`,
    },
    {
      what: 'PENSION',
      trait: 'pension',
      book: 'Crestline Pensions PFA Ltd',
      days: [2, 5],
      scale: [150000000, 225000000],
      prn: (r) => `PSCH-0825-${r.int(1000, 9999)}`,
    },
    {
      what: 'VAT',
      trait: 'vat',
      book: 'Federal Inland Revenue Service',
      days: [10, 14],
      scale: [260000000, 420000000],
      prn: (r) => `${r.int(2, 3)}${r.digits(11)}`,
    },
  ],

  narrate(spec, m) {
    const r = m.rng;
    const hhmmss = () =>
      `${String(r.int(8, 17)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')}${String(r.int(0, 59)).padStart(2, '0')}`;
    const session = (code) => `${code}${yymmdd(spec.date)}${hhmmss()}${r.digits(12)}`;
    const fwd = (s) => s.slice(0, 32);
    switch (spec.type) {
      case 'rcv': {
        if (spec.via === 'eft') return { desc: [`NEFT CR/${fwd(spec.name)}`], reference: spec.memo };
        if (spec.via === 'intra')
          return { desc: [`OPTIMUS TRF FRM ${fwd(spec.name)}/${spec.memo}`], reference: `OPT${r.digits(10)}` };
        const [code, bank] = r.pick(SENDERS);
        return { desc: [`NIP CR/${fwd(spec.name)}/${bank}/${spec.memo}`], reference: session(code) };
      }
      case 'cash':
        return { desc: ['CASH DEPOSIT - ALLEN AVENUE BRANCH'], reference: `CSH${r.digits(9)}` };
      case 'settle': {
        const a = spec.acq;
        if (a.key === 'flutterwave')
          return {
            desc: [`NIP CR/FLUTTERWAVE TECHNOLOGY SOLUTIONS/ACCESS BANK/${spec.id}`],
            reference: session('000014'),
          };
        if (spec.id) return { desc: [`POS STLMT TID ${a.tid} BATCH ${spec.id}`], reference: `POS${r.digits(10)}` };
        return { desc: [`POS STLMT TID ${a.tid}`], reference: `POS${r.digits(10)}` };
      }
      case 'pay': {
        if (spec.via === 'eft') return { desc: [`NEFT DR/${fwd(spec.name)}`], reference: spec.memo };
        if (spec.via === 'intra')
          return { desc: [`OPTIMUS TRF TO ${fwd(spec.name)}/${spec.memo}`], reference: `OPT${r.digits(10)}` };
        const bank = r.pick(SENDERS)[1];
        return { desc: [`NIP DR/${fwd(spec.name)}/${bank}/${spec.memo}`], reference: session(OPTIMUS_CODE) };
      }
      case 'reversal':
        return { desc: [`REVERSAL: ${spec.of.narr.desc[0]}`], reference: spec.of.narr.reference };
      case 'cheque':
        return { desc: [`INWARD CLEARING CHQ NO ${spec.no}`], reference: spec.no };
      case 'tax': {
        const per = monLabel(prevMonth(m.S.month));
        if (spec.st.what === 'PENSION')
          return {
            desc: [`NIP DR/CRESTLINE PENSIONS PFA COLLECTION/ZENITH BANK/${spec.prn} ${per}`],
            reference: session(OPTIMUS_CODE),
          };
        const who = spec.st.what === 'PAYE' ? 'LIRS-PAYE' : 'FIRS-VAT';
        return { desc: [`REMITA PMT ${who} ${per} RRR:${spec.prn}`], reference: `RRR${spec.prn}` };
      }
      case 'payroll':
        return {
          desc: [`BULK TRF - SALARY ${monLabel(m.S.month)} ${spec.batch}`],
          reference: `BLK${r.digits(9)}`,
        };
      case 'own':
        return {
          desc: [`NIP DR/${OUR.slice(0, 32)}/ZENITH BANK/FUNDING ZENITH ACCT`],
          reference: session(OPTIMUS_CODE),
        };
      case 'card':
        return { desc: ['WEB PURCHASE - CLOUDDESK SOFTWARE LAGOS NG'], reference: `WEB${r.digits(12)}` };
      default:
        throw new Error(`NG narrate: ${spec.type}`);
    }
  },

  feesAfter(spec) {
    const nip = { desc: ['NIP TRF CHARGE INCL VAT'], kind: 'charge', traits: ['transfer-fee'] };
    if (spec.type === 'pay' && spec.via === 'fast') return [{ ...nip, amount: -nipFee(spec.amount) }];
    if (spec.type === 'pay' && spec.via === 'eft')
      return [{ desc: ['NEFT CHARGE INCL VAT'], amount: -5375, kind: 'charge', traits: ['transfer-fee'] }];
    if (spec.type === 'own' || (spec.type === 'tax' && spec.st.what === 'PENSION'))
      return [{ ...nip, amount: -nipFee(spec.amount) }];
    if (spec.type === 'payroll')
      return [
        { desc: ['BULK PAYMENT CHARGE INCL VAT'], amount: -2688 * 38, kind: 'charge', traits: ['bulk-payment-fee'] },
      ];
    return [];
  },

  monthEnd(m) {
    const d = m.wd(-1);
    const lines = m.bank;
    const electronicIn = lines.filter(
      (l) => l.amount >= 1000000 && ['rcv', 'settle'].includes(l.spec.type) && l.spec.via !== 'cash',
    ).length;
    const debits = lines.filter((l) => l.amount < 0 && l.spec.type !== 'fee').reduce((s, l) => s - l.amount, 0);
    const amf = Math.floor(debits / 1000);
    const per = monLabel(m.S.month);
    return [
      { date: d, amount: -5000 * electronicIn, desc: [`EMTL ${per}`], kind: 'levy', traits: ['emtl'] },
      {
        date: d,
        amount: -400 * (lines.length + 4),
        desc: [`SMS ALERT CHARGES ${per}`],
        kind: 'charge',
        traits: ['sms-fee'],
      },
      { date: d, amount: -amf, desc: [`ACCOUNT MAINTENANCE FEE ${per}`], kind: 'charge', traits: ['maintenance-fee'] },
      {
        date: d,
        amount: -share(amf, 75, 1000),
        desc: ['VAT ON ACCOUNT MAINTENANCE FEE'],
        kind: 'fee-vat',
        traits: ['vat-on-fee'],
      },
    ];
  },

  // ---------------- files ----------------
  bankFile(ctx) {
    const { lines, opening, closing, S } = ctx;
    const file = 'optimus-1002583914-sep2025.xlsx';
    const z = 'dd-mmm-yyyy';
    const rows = [
      ['OPTIMUS BANK LIMITED'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name', OUR],
      ['Account Number', '1002583914'],
      ['Account Type', 'CURRENT ACCOUNT - CORPORATE'],
      ['Currency', 'NGN'],
      ['Statement Period', `${dMonY(`${S.month}-01`)} To ${dMonY(ctx.last)}`],
      ['Opening Balance', cellNumber(opening)],
      ['Closing Balance', cellNumber(closing)],
      [],
      ['Tran Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    ];
    const headerRow = rows.length;
    const rowOf = new Map();
    let dr = 0;
    let cr = 0;
    for (const l of lines) {
      rows.push([
        { date: l.date, z },
        { date: l.date, z },
        l.desc[0],
        l.reference ?? '',
        l.amount < 0 ? cellNumber(-l.amount) : null,
        l.amount > 0 ? cellNumber(l.amount) : null,
        cellNumber(l.balance),
      ]);
      rowOf.set(l, rows.length);
      if (l.amount < 0) dr -= l.amount;
      else cr += l.amount;
    }
    rows.push(['Total', null, null, null, cellNumber(dr), cellNumber(cr), null]);
    rows.push([]);
    rows.push(['This statement was generated electronically from Optimus Bank Internet Banking.']);
    return {
      file,
      bank: 'Optimus Bank',
      data: toXlsx([{ name: 'Statement', rows, widths: [12, 12, 70, 32, 16, 16, 18] }], { title: 'Statement' }),
      rowOf,
      headerRow,
      readOptions: {
        mapping: {
          date: 'Tran Date',
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
        'Optimus business internet banking XLSX (sheet Statement): account details, Opening and Closing Balance in the preamble, header in row 11, real date cells (dd-mmm-yyyy), numeric Debit/Credit/Balance, an undated Total row and a footer line',
    };
  },

  ledgerFile(ctx) {
    const { rows: entries, opening, m, S } = ctx;
    const r = m.rng;
    const file = 'oracle-ebs-account-analysis-11210-11250-sep2025.csv';
    const header = [
      'Accounting Date',
      'Account',
      'Account Description',
      'Source',
      'Category',
      'Journal Name',
      'Document Number',
      'Third Party Name',
      'Transaction Number',
      'Line Description',
      'Entered Currency',
      'Entered Dr',
      'Entered Cr',
      'Accounted Dr',
      'Accounted Cr',
    ];
    const period = `${S.month}`;
    const perLabel = `${monthName(`${period}-01`).toUpperCase()}-${period.slice(2, 4)}`;
    const long = `${longMonth(`${period}-01`)} ${period.slice(0, 4)}`;
    const prevLong = `${longMonth(`${prevMonth(period)}-01`)} ${period.slice(0, 4)}`;
    let doc = this.docSeq;
    let rc = this.rcptSeq;
    let eft = this.eftSeq;
    const record = (e, account) => {
      const base = {
        'Accounting Date': dMONY(e.date),
        Account: account,
        'Account Description':
          account === ACC_OPTIMUS ? 'Cash at Bank - Optimus Current' : 'Cash at Bank - Zenith Current',
        'Document Number': String(doc++),
        'Entered Currency': 'NGN',
      };
      let f;
      switch (e.type) {
        case 'receipt': {
          const desc =
            e.via === 'cash'
              ? `Cash lodged at branch - invoice ${e.doc}`
              : e.cn
                ? `Receipt for invoice ${e.doc} less credit memo ${e.cn}`
                : `Receipt for invoice ${e.doc}`;
          f = {
            Source: 'Receivables',
            Category: 'Receipts',
            'Journal Name': `Receipts NGN ${dMONY(e.date)}`,
            'Third Party Name': e.party,
            'Transaction Number': `R2509-${String(rc++).padStart(4, '0')}`,
            'Line Description': desc,
          };
          break;
        }
        case 'payment':
          f = {
            Source: 'Payables',
            Category: 'Payments',
            'Journal Name': `Payments NGN ${dMONY(e.date)}`,
            'Third Party Name': e.party,
            'Transaction Number': `EFT${String(eft++).padStart(6, '0')}`,
            'Line Description': e.part ? `Advance on ${e.doc} (${e.part} of 2)` : `Payment of invoice ${e.doc}`,
          };
          break;
        case 'cheque':
          f = {
            Source: 'Payables',
            Category: 'Payments',
            'Journal Name': `Payments NGN ${dMONY(e.date)}`,
            'Third Party Name': e.party,
            'Transaction Number': e.cheque,
            'Line Description': `Cheque payment - invoice ${e.doc}`,
          };
          break;
        case 'statutory':
          f = {
            Source: 'Payables',
            Category: 'Payments',
            'Journal Name': `Payments NGN ${dMONY(e.date)}`,
            'Third Party Name': e.party,
            'Transaction Number': e.doc,
            'Line Description': `${e.st.what === 'PENSION' ? 'Pension contributions' : e.st.what} ${prevLong}`,
          };
          break;
        case 'payroll':
          f = {
            Source: 'Payroll',
            Category: 'Payroll',
            'Journal Name': `Payroll ${perLabel}`,
            'Third Party Name': '',
            'Transaction Number': e.doc,
            'Line Description': `Net salaries ${long}`,
          };
          break;
        case 'own-transfer':
          f = {
            Source: 'Manual',
            Category: 'Transfer',
            'Journal Name': `Bank transfer ${e.doc}`,
            'Third Party Name': '',
            'Transaction Number': e.doc,
            'Line Description':
              account === ACC_OPTIMUS ? 'Transfer to Zenith current account' : 'Transfer from Optimus current account',
          };
          break;
        case 'settlement':
        case 'settlement-fee': {
          const a = e.acq;
          const fee = e.type === 'settlement-fee';
          let desc;
          if (a.key === 'flutterwave') desc = `Online sales settlement ${e.doc}`;
          else if (e.doc)
            desc = fee
              ? `POS merchant service charge TID ${a.tid} batch ${e.doc}`
              : `POS takings TID ${a.tid} batch ${e.doc}`;
          else desc = `Showroom card sales ${dMonY(e.date)}`;
          f = {
            Source: fee ? 'Manual' : 'Receivables',
            Category: fee ? 'Bank Charges' : 'Misc Receipts',
            'Journal Name': `${fee ? 'Charges' : 'Misc Receipts'} NGN ${dMONY(e.date)}`,
            'Third Party Name': a.key === 'flutterwave' ? 'Flutterwave Technology Solutions Ltd' : '',
            'Transaction Number': e.doc ?? '',
            'Line Description': desc,
          };
          break;
        }
        case 'zenith-charge':
          f = {
            Source: 'Manual',
            Category: 'Bank Charges',
            'Journal Name': `Charges NGN ${dMONY(e.date)}`,
            'Third Party Name': '',
            'Transaction Number': '',
            'Line Description': 'Zenith account charges',
          };
          break;
        default:
          throw new Error(`NG ledger: ${e.type}`);
      }
      const a = e.amount;
      return {
        ...base,
        ...f,
        'Entered Dr': a > 0 ? dec(a) : '',
        'Entered Cr': a < 0 ? dec(-a) : '',
        'Accounted Dr': a > 0 ? dec(a) : '',
        'Accounted Cr': a < 0 ? dec(-a) : '',
      };
    };

    // the other bank account of the report (Zenith): a handful of rows and the other side of the transfer
    const own = entries.find((e) => e.type === 'own-transfer');
    const zOpening = r.int(520000000, 780000000);
    const zRows = [
      {
        date: m.day(1, 4),
        amount: m.amount([20000000, 300000000]),
        type: 'receipt',
        party: 'Lekki Gardens Facility Management Ltd',
        doc: String(this.invBase - r.int(20, 40)),
        via: 'fast',
      },
      {
        date: m.day(3, 9),
        amount: -m.amount([20000000, 300000000]),
        type: 'payment',
        party: 'Apapa Lubricants Ltd',
        doc: `APL-${r.int(40000, 49999)}`,
      },
      { date: own.date, amount: -own.amount, type: 'own-transfer', doc: own.doc },
      {
        date: m.day(12, -3),
        amount: -m.amount([20000000, 300000000]),
        type: 'payment',
        party: 'Swiftline Logistics Ltd',
        doc: `SWL-${r.int(100, 999)}-25`,
      },
      { date: m.wd(-1), amount: -r.int(150000, 900000), type: 'zenith-charge' },
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

    const out = [
      [S.business],
      ['Account Analysis Report'],
      ['Ledger:', 'AOIS NGN Primary Ledger'],
      ['Period:', `${perLabel} to ${perLabel}`],
      ['Account From:', ACC_ZENITH, 'To:', ACC_OPTIMUS],
      ['Currency:', 'NGN'],
      [],
      header,
    ];
    const headerRow = out.length;
    const rowOf = new Map();
    const records = new Map();
    const nonEntryRows = [];
    const section = (account, list, open) => {
      const blank = Object.fromEntries(header.map((h) => [h, '']));
      out.push(
        header.map(
          (h) => ({ ...blank, 'Accounting Date': 'Beginning Balance', Account: account, 'Accounted Dr': dec(open) })[h],
        ),
      );
      nonEntryRows.push({ row: out.length, why: 'beginning balance of the account section (no date), not an entry' });
      let dr = 0;
      let cr = 0;
      for (const e of list) {
        const rec = record(e, account);
        out.push(header.map((h) => rec[h] ?? ''));
        if (account === ACC_OPTIMUS) {
          rowOf.set(e, out.length);
          records.set(e, rec);
        }
        if (e.amount > 0) dr += e.amount;
        else cr -= e.amount;
      }
      out.push(
        header.map(
          (h) =>
            ({ ...blank, 'Accounting Date': `Total for ${account}`, 'Accounted Dr': dec(dr), 'Accounted Cr': dec(cr) })[
              h
            ],
        ),
      );
      out.push(
        header.map(
          (h) =>
            ({ ...blank, 'Accounting Date': 'Ending Balance', Account: account, 'Accounted Dr': dec(open + dr - cr) })[
              h
            ],
        ),
      );
      nonEntryRows.push({ row: out.length, why: 'ending balance of the account section (no date), not an entry' });
      return open + dr - cr;
    };
    const zClosing = section(ACC_ZENITH, zRows, zOpening);
    const closing = section(ACC_OPTIMUS, entries, opening);
    out.push([]);
    out.push(['*** End of Report ***']);
    return {
      file,
      package: 'Oracle E-Business Suite R12 (GL Account Analysis report, exported to CSV)',
      data: toCsv(out),
      rowOf,
      records,
      headerRow,
      nonEntryRows,
      account: ACC_OPTIMUS,
      closing,
      otherAccounts: [
        { account: ACC_ZENITH, openingBalance: dec(zOpening), closingBalance: dec(zClosing), rows: zRows.length },
      ],
      readOptions: {
        mapping: {
          date: 'Accounting Date',
          account: 'Account',
          journalId: 'Document Number',
          reference: 'Transaction Number',
          party: 'Third Party Name',
          description: 'Line Description',
          moneyIn: 'Accounted Dr',
          moneyOut: 'Accounted Cr',
          currency: 'Entered Currency',
        },
        currency: 'NGN',
      },
      layout:
        'Account Analysis report for accounts 11210..11250 exported to CSV: six title rows, header in row 8, dates DD-MON-YYYY, Entered and Accounted Dr/Cr (Dr = money in, plain decimals), Third Party Name for customers and suppliers, Transaction Number (receipt number, payment document, cheque, RRR, batch, payout id), the invoice only in Line Description; per account an undated Beginning Balance row, its rows, a Total for row and an Ending Balance row',
    };
  },
};
