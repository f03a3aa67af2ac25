// Ghana: a Tema agro-processor banking with First National Bank Ghana (online banking CSV: three description
// columns, a signed amount, FNB's accrued-charges column and '#' fee lines), its books in JD Edwards
// EnterpriseOne (Account Ledger Inquiry grid exported to CSV).
import { share, dec, commas, dMonY, dmySlash, toCsv, monLabel, prevMonth, yymmdd } from './lib.mjs';

const OUR = 'KWARTENG-MENSAH AGRO PROCESSING LTD';
const ACCOUNT = '100.1115.FNB';

export const GH = {
  key: 'gh-fnb-jde',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  month: '2025-10',
  holidays: [],
  business: 'Kwarteng-Mensah Agro Processing Ltd',
  roundTo: 10000,
  scale: {
    rcv: [260000, 7800000],
    cash: [90000, 1400000],
    big: [8500000, 14500000],
    pay: [320000, 6800000],
    payroll: [18500000, 25500000],
    cheque: [160000, 2400000],
    own: [9000000, 15000000],
    card: [25000, 380000],
    wallet: [45000, 240000],
    unknown: [110000, 880000],
  },
  payrollDay: -5,
  payVia: ['fast', 'eft', 'fast', 'intra'],
  walletReceipts: true,
  setup(rng) {
    this.invBase = 25004100 + rng.int(0, 80);
    this.rcDoc = 3104000 + rng.int(0, 300);
    this.pkDoc = 4207000 + rng.int(0, 300);
    this.jeDoc = 612000 + rng.int(0, 500);
    this.batch = 88100 + rng.int(0, 200);
  },
  opening: (rng) => rng.int(58000000, 76000000),
  customers: [
    { book: 'Tamale Grain Traders Ltd', bank: 'TAMALE GRAIN TRADERS LTD', ab: 10112 },
    { book: 'Ashaiman Poultry Farms Ltd', bank: 'ASHAIMAN POULTRY FARMS', ab: 10127 },
    { book: 'Koforidua Feed Mills Ltd', bank: 'KOFORIDUA FEED MILLS LTD', ab: 10131 },
    { book: 'Takoradi Fish Processors Ltd', bank: 'TAKORADI FISH PROCESSORS', ab: 10145 },
    { book: 'Ho Cassava Products Co Ltd', bank: 'HO CASSAVA PRODUCTS CO LTD', ab: 10152 },
    { book: 'Cape Coast Catering Supplies', bank: 'CAPE COAST CATERING SUPPLIES', ab: 10166 },
    { book: 'Sunyani Oil Palm Growers Co-op', bank: 'SUNYANI OIL PALM GROWERS', ab: 10178 },
    { book: 'Obuasi Staff Canteen Services Ltd', bank: 'OBUASI STAFF CANTEEN SVCS', ab: 10183 },
    { book: 'Nkawkaw Bakery Ltd', bank: 'NKAWKAW BAKERY LTD', ab: 10190 },
    { book: 'Winneba Foods Ltd', bank: 'WINNEBA FOODS LIMITED', ab: 10204 },
    { book: 'Accra Hotel Supplies Ltd', bank: 'ACCRA HOTEL SUPPLIES LTD', ab: 10219 },
    { book: 'Bolgatanga Shea Processors Ltd', bank: 'BOLGATANGA SHEA PROCESSORS', ab: 10221 },
    { role: 'name1', book: 'Keta Lagoon Salt Ltd', bank: 'KETA LAGOON SALT LTD', ab: 10236 },
    { role: 'name2', book: 'Dansoman Cold Store Ltd', bank: 'DANSOMAN COLD STORE LTD', ab: 10240 },
    { role: 'name3', book: 'Madina Market Provisions Ltd', bank: 'MADINA MARKET PROVISIONS', ab: 10255 },
    {
      role: 'different',
      book: 'Aflao Border Traders Ltd',
      bank: 'AFLAO BORDER TRADERS',
      alt: 'EDEM KWAKU AGBEKO',
      ab: 10263,
    },
    { role: 'anonymous', book: 'Kasoa Street Foods Ltd', bank: 'KASOA STREET FOODS', ab: 10271 },
    { role: 'part', book: 'Wa Grains Aggregators Ltd', bank: 'WA GRAINS AGGREGATORS LTD', ab: 10288 },
    { role: 'twins', book: 'Achimota School Catering Ltd', bank: 'ACHIMOTA SCHOOL CATERING', ab: 10294 },
    { role: 'tie', book: 'Spintex Supermarket Ltd', bank: 'SPINTEX SUPERMARKET LTD', ab: 10302 },
  ],
  unknownPayers: [
    { name: 'NANA YAW OFORI-ATTA', memo: 'PAYMENT' },
    { name: 'GOLDEN HARVEST VENTURES', memo: 'SUPPLY', via: 'eft' },
  ],
  suppliers: [
    { book: 'Volta Packaging Ltd', bank: 'VOLTA PACKAGING LTD', ab: 20105, bill: (r) => `VPL/25/${r.int(1000, 1999)}` },
    {
      book: 'Tema Grain Storage Ltd',
      bank: 'TEMA GRAIN STORAGE LTD',
      ab: 20117,
      bill: (r) => `TGS-${r.int(50000, 59999)}`,
    },
    {
      book: 'Akosombo Haulage Services',
      bank: 'AKOSOMBO HAULAGE SERVICES',
      ab: 20122,
      bill: (r) => `AHS${r.int(7000, 7999)}`,
    },
    {
      book: 'Kasoa Sacks Manufacturing Ltd',
      bank: 'KASOA SACKS MANUFACTURING',
      ab: 20138,
      bill: (r) => `KSM-${r.int(2000, 2999)}`,
    },
    {
      book: 'Adenta Spare Parts Ltd',
      bank: 'ADENTA SPARE PARTS LTD',
      ab: 20141,
      bill: (r) => `ASP ${r.int(4000, 4999)}`,
    },
    {
      book: 'Fiifi Electrical Works',
      bank: 'FIIFI ELECTRICAL WORKS',
      ab: 20156,
      bill: (r) => `FEW-${r.int(100, 999)}/25`,
    },
    {
      book: 'Nsawam Maize Farmers Union',
      bank: 'NSAWAM MAIZE FARMERS UNION',
      ab: 20160,
      bill: (r) => `NMFU-${r.int(3000, 3999)}`,
    },
    {
      book: 'Labadi Feed Additives Ltd',
      bank: 'LABADI FEED ADDITIVES LTD',
      ab: 20173,
      bill: (r) => `LFA${r.int(60000, 69999)}`,
    },
    { book: 'Kpone Fuel Depot Ltd', bank: 'KPONE FUEL DEPOT LTD', ab: 20189, bill: (r) => `KFD/${r.int(800, 999)}` },
    { book: 'Dodowa Pallet Makers', bank: 'DODOWA PALLET MAKERS', ab: 20194, bill: (r) => `DPM-${r.int(500, 699)}` },
    { book: 'Teshie Printing Works', bank: 'TESHIE PRINTING WORKS', ab: 20208, bill: (r) => `TPW${r.int(1000, 1999)}` },
    {
      book: 'Weija Water Supplies Ltd',
      bank: 'WEIJA WATER SUPPLIES LTD',
      ab: 20213,
      bill: (r) => `WWS-${r.int(7000, 7999)}`,
    },
  ],
  walletPayees: [
    { book: 'Kwabena Owusu', bank: 'KWABENA OWUSU', phone: '0244***581', memo: 'CASUAL LABOUR WK40' },
    { book: 'Abena Serwaa Mensah', bank: 'ABENA SERWAA MENSAH', phone: '0553***207', memo: 'OFFLOADING OCT' },
  ],
  invoiceNo(i) {
    return String(this.invBase + i);
  },
  creditNoteNo: (r) => `CN ${r.int(30100, 30999)}`,
  orderNo: (r) => `LPO ${r.int(2100, 2899)}`,
  chequeNo: (r, i) => String(318 + 4 * i + r.int(0, 3)).padStart(6, '0'),
  payrollBatch: (r) => `B${r.int(1000, 1999)}`,
  ownTransferRef: (r) => `TRF${r.int(4000, 4999)}`,
  writings: [
    ['ref-canonical', (n) => n],
    ['ref-prefix-doctype', (n) => `RI ${n}`],
    ['ref-serial-only', (n) => `INV ${n.slice(4)}`],
    ['ref-lowercase', (n) => `inv${n}`],
    ['ref-hyphens', (n) => `INV-${n.slice(0, 2)}-${n.slice(2)}`],
    ['ref-slashes', (n) => `${n.slice(0, 2)}/${n.slice(2)}`],
    ['ref-prefix-inv-no', (n) => `INV NO. ${n}`],
    ['ref-spaces', (n) => `${n.slice(0, 4)} ${n.slice(4)}`],
  ],
  twoInvoices: (w, a, b) => `${w[1](a)} + ${b}`,
  instalment: (written, k) => (k === 1 ? `${written} PART 1` : `${written} FINAL`),
  lessCreditNote: (written, cn) => `${written} LESS ${cn}`,
  partPayment: (written) => `${written} PART PAYMENT`,
  genericMemo: (i) => ['PAYMENT', 'OCT SUPPLIES', 'PYMT', 'GOODS', 'SETTLEMENT'][i],
  billMemo: (doc, i) => (i % 2 ? `PMT ${doc}` : doc),
  ownPaymentMemo: (i) => ['KMAP PAYMENT', 'OCT DELIVERIES'][i - 4],
  shortFee: { fee: 1000, via: 'eft', memo: (w) => `${w} LESS BANK CHGS` },
  withholding: [
    { trait: 'short-withholding-tax-3pct', short: (g) => share(g, 30, 1219), memo: (w) => `${w} LESS 3% WHT` },
    { trait: 'short-withholding-tax-7.5pct', short: (g) => share(g, 75, 1219), memo: (w) => `${w} NET WHT` },
  ],
  acquirers: {
    gross: {
      key: 'hubtel',
      trait: 'gateway-settlement',
      scale: [1600000, 5800000],
      fee: (g) => share(g, 195, 10000),
      id: (r, d) => `HTL${yymmdd(d)}${r.int(1000, 9999)}`,
    },
    split: {
      key: 'momo',
      trait: 'wallet-settlement',
      scale: [900000, 3600000],
      fee: (g) => share(g, 1, 100),
      id: (r) => `MMS${r.int(10000000, 99999999)}`,
    },
    noid: { key: 'momo', trait: 'wallet-settlement', scale: [700000, 3100000], fee: (g) => share(g, 1, 100) },
  },
  statutory: [
    {
      what: 'PAYE',
      trait: 'paye',
      book: 'Ghana Revenue Authority',
      days: [4, 9],
      scale: [2100000, 3400000],
      prn: (r) => `${r.int(10, 19)}${r.digits(10)}`,
    },
    {
      what: 'SSNIT',
      trait: 'ssnit',
      book: 'Social Security and National Insurance Trust',
      days: [4, 9],
      scale: [2600000, 3800000],
      prn: (r) => `SSN${r.digits(9)}`,
    },
    {
      what: 'TIER2',
      trait: 'pension-tier2',
      book: 'Axis Crest Pension Trust',
      days: [4, 9],
      scale: [900000, 1400000],
      prn: (r) => `AXT/${r.int(40000, 49999)}`,
    },
    {
      what: 'VAT',
      trait: 'vat',
      book: 'Ghana Revenue Authority',
      days: [11, 15],
      scale: [3800000, 6400000],
      prn: (r) => `${r.int(10, 19)}${r.digits(10)}`,
    },
  ],

  narrate(spec, m) {
    const per = monLabel(prevMonth(m.S.month));
    switch (spec.type) {
      case 'rcv':
        if (spec.via === 'eft') return { desc: ['ACH Credit', spec.name], reference: spec.memo };
        if (spec.via === 'intra') return { desc: ['FNB Transfer From', spec.name], reference: spec.memo };
        if (spec.via === 'wallet')
          return {
            desc: ['MoMo To Bank', `024${m.rng.int(0, 9)}***${m.rng.digits(3)} ${spec.name}`],
            reference: spec.memo,
          };
        return { desc: ['GIP Credit', spec.name.slice(0, 30)], reference: spec.memo };
      case 'cash':
        return { desc: ['Cash Deposit', 'TEMA COMMUNITY 1 BRANCH'], reference: '' };
      case 'settle':
        if (spec.acq.key === 'hubtel')
          return { desc: ['ACH Credit', 'HUBTEL LIMITED'], reference: `SETTLEMENT ${spec.id}` };
        return { desc: ['MoMo Merchant Settlement', 'MTN MOBILE MONEY'], reference: spec.id ?? '' };
      case 'pay':
        if (spec.via === 'eft') return { desc: ['ACH Payment', spec.name], reference: spec.memo };
        if (spec.via === 'intra') return { desc: ['FNB Payment To', spec.name], reference: spec.memo };
        return { desc: ['GIP Payment', spec.name.slice(0, 30)], reference: spec.memo };
      case 'reversal':
        return { desc: ['Reversal', spec.of.narr.desc[1]], reference: `RTN ${spec.of.narr.reference}` };
      case 'cheque':
        return { desc: ['Cheque Paid', ''], reference: spec.no };
      case 'tax':
        switch (spec.st.what) {
          case 'PAYE':
            return { desc: ['GRA Tax Payment', 'GHANA REVENUE AUTHORITY'], reference: `PAYE ${per} PRN ${spec.prn}` };
          case 'VAT':
            return { desc: ['GRA Tax Payment', 'GHANA REVENUE AUTHORITY'], reference: `VAT ${per} PRN ${spec.prn}` };
          case 'SSNIT':
            return { desc: ['SSNIT Contribution', 'SSNIT'], reference: `TIER1 ${per} ${spec.prn}` };
          default:
            return { desc: ['ACH Payment', 'AXIS CREST PENSION TRUST'], reference: `TIER2 ${per} ${spec.prn}` };
        }
      case 'payroll':
        return { desc: ['Bulk Payment', 'SALARIES'], reference: `${monLabel(m.S.month)} PAYROLL ${spec.batch}` };
      case 'own':
        return { desc: ['Inter Account Transfer', 'KWARTENG-MENSAH CALL ACCOUNT'], reference: 'TRF TO CALL A/C' };
      case 'card':
        return { desc: ['POS Purchase', 'AIRSIDE OFFICE SUPPLIES ACCRA'], reference: 'CARD 4839*' };
      case 'wallet-out':
        return { desc: ['Bank To Wallet', `${spec.phone} ${spec.name}`], reference: spec.memo };
      default:
        throw new Error(`GH narrate: ${spec.type}`);
    }
  },

  /** FNB charges GIP transfers at once and accrues the rest to the month-end "#Service Fees" line. */
  feesAfter(spec) {
    if (spec.type === 'pay' && spec.via === 'fast')
      return [{ desc: ['#GIP Transfer Fee', ''], amount: -600, kind: 'charge', traits: ['transfer-fee'] }];
    return [];
  },
  accrued(l) {
    const s = l.spec;
    if ((s.type === 'pay' && s.via === 'eft') || (s.type === 'tax' && s.st.what === 'TIER2')) return 300;
    if (s.type === 'cheque') return 500;
    if (s.type === 'wallet-out') return 200;
    if (s.type === 'cash') return 1000;
    if (s.type === 'payroll') return 100 * 46;
    return 0;
  },

  monthEnd(m) {
    const d = m.wd(-1);
    const accrued = m.bank.reduce((s, l) => s + this.accrued(l), 0);
    return [
      { date: d, amount: -accrued, desc: ['#Service Fees', ''], kind: 'charge', traits: ['accrued-service-fees'] },
      { date: d, amount: -6000, desc: ['#Monthly Account Fee', ''], kind: 'charge', traits: ['maintenance-fee'] },
      {
        date: d,
        amount: -30 * (m.bank.length + 3),
        desc: ['#SMS Notification Fees', ''],
        kind: 'charge',
        traits: ['sms-fee'],
      },
    ];
  },

  bankFile(ctx) {
    const { lines, opening, closing, S } = ctx;
    const file = 'fnb-ghana-62011458807-oct2025.csv';
    const rows = [
      ['FNB Ghana Online Banking'],
      ['Transaction History'],
      ['Account Name', OUR],
      ['Account Number', '62011458807'],
      ['Account Type', 'Business Current Account'],
      ['Currency', 'GHS'],
      ['Statement Period', `${dMonY(`${S.month}-01`, ' ')} to ${dMonY(ctx.last, ' ')}`],
      ['Opening Balance', dec(opening)],
      ['Closing Balance', dec(closing)],
      [],
      ['Date', 'Description1', 'Description2', 'Description3', 'Amount', 'Balance', 'Accrued Charges'],
    ];
    const headerRow = rows.length;
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([
        dMonY(l.date, ' '),
        l.desc[0],
        l.desc[1] ?? '',
        l.reference ?? '',
        dec(l.amount),
        dec(l.balance),
        dec(this.accrued(l)),
      ]);
      rowOf.set(l, rows.length);
    }
    return {
      file,
      bank: 'First National Bank Ghana',
      data: toCsv(rows),
      rowOf,
      headerRow,
      readOptions: {
        mapping: {
          date: 'Date',
          description: ['Description1', 'Description2'],
          reference: 'Description3',
          amount: 'Amount',
          balance: 'Balance',
        },
        currency: 'GHS',
      },
      order: 'oldest-first',
      layout:
        'FNB online banking CSV: nine preamble rows (account, period, opening and closing balance), header in row 11, dates "DD Mon YYYY", the transaction type in Description1, the other party in Description2, the reference typed by the payer (or us) in Description3, one signed Amount, Balance, and Accrued Charges (fees accrued on the line, not moved: they are debited together as "#Service Fees" at month end)',
    };
  },

  ledgerFile(ctx) {
    const { rows: entries, opening, S } = ctx;
    const file = 'jde-account-ledger-100-1115-FNB-oct2025.csv';
    const header = [
      'Account Number',
      'G/L Date',
      'Do Ty',
      'Document Number',
      'Do Co',
      'Batch Number',
      'Batch Ty',
      'Address Number',
      'Explanation Alpha Name',
      'Explanation -Remark-',
      'Reference 1',
      'Amount',
      'Cur Cod',
    ];
    const prevLong = `${monLabel(prevMonth(S.month))}`;
    const cust = (name) => S.customers.find((c) => c.book === name)?.ab ?? '';
    const supp = (name) => S.suppliers.find((s) => s.book === name)?.ab ?? '';
    const rowOf = new Map();
    const records = new Map();
    const out = [header];
    let batch = this.batch;
    for (const e of entries) {
      let f;
      switch (e.type) {
        case 'receipt':
          f = {
            'Do Ty': 'RC',
            'Document Number': String(this.rcDoc++),
            'Batch Ty': 'RB',
            'Address Number': String(cust(e.party)),
            'Explanation Alpha Name': e.party,
            'Explanation -Remark-':
              e.via === 'cash'
                ? 'Cash lodged at bank'
                : e.cn
                  ? `Less credit memo ${e.cn.replace('CN ', '')}`
                  : 'Receipt',
            'Reference 1': e.doc,
          };
          break;
        case 'payment':
          f = {
            'Do Ty': 'PK',
            'Document Number': String(this.pkDoc++),
            'Batch Ty': 'K',
            'Address Number': String(supp(e.party)),
            'Explanation Alpha Name': e.party,
            'Explanation -Remark-': e.part ? `Advance ${e.part} of 2` : 'Supplier payment',
            'Reference 1': e.doc,
          };
          break;
        case 'cheque':
          f = {
            'Do Ty': 'PN',
            'Document Number': e.cheque,
            'Batch Ty': 'K',
            'Address Number': String(supp(e.party)),
            'Explanation Alpha Name': e.party,
            'Explanation -Remark-': `Check no ${e.cheque}`,
            'Reference 1': e.doc,
          };
          break;
        case 'wallet-payment':
          f = {
            'Do Ty': 'PN',
            'Document Number': String(this.pkDoc++),
            'Batch Ty': 'K',
            'Address Number': '',
            'Explanation Alpha Name': e.party,
            'Explanation -Remark-': e.memo.charAt(0) + e.memo.slice(1).toLowerCase(),
            'Reference 1': '',
          };
          break;
        case 'statutory':
          f = {
            'Do Ty': 'PN',
            'Document Number': String(this.pkDoc++),
            'Batch Ty': 'K',
            'Address Number': '',
            'Explanation Alpha Name': e.party,
            'Explanation -Remark-': `${e.st.what === 'TIER2' ? 'Tier 2 pension' : e.st.what} ${prevLong}`,
            'Reference 1': e.doc,
          };
          break;
        case 'payroll':
          f = {
            'Do Ty': 'JE',
            'Document Number': String(this.jeDoc++),
            'Batch Ty': 'G',
            'Address Number': '',
            'Explanation Alpha Name': `Net salaries ${monLabel(S.month)}`,
            'Explanation -Remark-': `Payroll batch ${e.doc}`,
            'Reference 1': e.doc,
          };
          break;
        case 'own-transfer':
          f = {
            'Do Ty': 'JE',
            'Document Number': String(this.jeDoc++),
            'Batch Ty': 'G',
            'Address Number': '',
            'Explanation Alpha Name': 'Transfer to FNB call account',
            'Explanation -Remark-': 'Excess funds to call',
            'Reference 1': e.doc,
          };
          break;
        case 'settlement':
        case 'settlement-fee': {
          const fee = e.type === 'settlement-fee';
          const hub = e.acq.key === 'hubtel';
          f = {
            'Do Ty': 'JE',
            'Document Number': String(this.jeDoc++),
            'Batch Ty': 'G',
            'Address Number': '',
            'Explanation Alpha Name': hub
              ? 'Hubtel settlement'
              : fee
                ? 'MoMo merchant fees'
                : 'MoMo merchant collections',
            'Explanation -Remark-': hub ? 'Online orders' : `Sales ${dmySlash(e.date)}`,
            'Reference 1': e.doc ?? '',
          };
          break;
        }
        default:
          throw new Error(`GH ledger: ${e.type}`);
      }
      const rec = {
        'Account Number': ACCOUNT,
        'G/L Date': dmySlash(e.date),
        'Do Co': '00100',
        'Batch Number': String(batch++),
        ...f,
        Amount: commas(e.amount, { signed: true }),
        'Cur Cod': 'GHS',
      };
      out.push(header.map((h) => rec[h] ?? ''));
      rowOf.set(e, out.length);
      records.set(e, rec);
    }
    const closing = opening + entries.reduce((s, e) => s + e.amount, 0);
    return {
      file,
      package: 'JD Edwards EnterpriseOne (Account Ledger Inquiry P09200, grid exported to CSV)',
      data: toCsv(out),
      rowOf,
      records,
      headerRow: 1,
      nonEntryRows: [],
      account: ACCOUNT,
      closing,
      readOptions: {
        mapping: {
          date: 'G/L Date',
          account: 'Account Number',
          journalId: 'Document Number',
          party: 'Explanation Alpha Name',
          description: 'Explanation -Remark-',
          reference: 'Reference 1',
          amount: 'Amount',
          currency: 'Cur Cod',
        },
        dateOrder: 'DMY',
        currency: 'GHS',
      },
      layout:
        'grid export, header in row 1, no title, balance or total rows; G/L Date DD/MM/YYYY; one signed Amount (money in positive) with thousands commas; Do Ty RC/PK/PN/JE; the customer, supplier or the explanation of a journal in Explanation Alpha Name; the invoice, bill, PRN or batch in Reference 1; a cheque payment numbered by its cheque',
    };
  },
};
