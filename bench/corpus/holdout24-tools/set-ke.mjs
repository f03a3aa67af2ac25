// Kenya: a Nairobi FMCG distributor banking with SBM Bank Kenya (internet banking CSV), collecting by M-PESA paybill
// and till as well as by transfer; its books in Microsoft Dynamics AX 2012 (Bank transactions form exported to Excel).
import { share, commas, dmySlash, toCsv, toXlsx, cellNumber, monLabel, prevMonth, longMonth } from './lib.mjs';

const OUR = 'NJOROGE & ODHIAMBO DISTRIBUTORS LTD';
const BANK_ACCOUNT = 'SBMKES01';
const mpesaId = (r) => {
  const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  return `TK${Array.from({ length: 8 }, () => A[r.int(0, A.length - 1)]).join('')}`;
};

export const KE = {
  key: 'ke-sbm-dynamics-ax',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  month: '2025-11',
  holidays: [],
  business: 'Njoroge & Odhiambo Distributors Ltd',
  roundTo: 100000,
  scale: {
    rcv: [3200000, 92000000],
    cash: [550000, 7800000],
    big: [95000000, 175000000],
    pay: [5500000, 118000000],
    payroll: [285000000, 355000000],
    cheque: [2200000, 29000000],
    own: [110000000, 190000000],
    card: [350000, 3900000],
    unknown: [1200000, 8800000],
  },
  payrollDay: -3,
  payVia: ['eft', 'intra', 'fast', 'intra'],
  namePayVia: 'intra',
  twinsVia: 'intra',
  walletReceipts: true,
  setup(rng) {
    this.invBase = 18200 + rng.int(0, 90);
    this.arp = 40100 + rng.int(0, 400);
    this.app = 27300 + rng.int(0, 400);
    this.gj = 9100 + rng.int(0, 300);
  },
  opening: (rng) => rng.int(920000000, 1260000000),
  customers: [
    { book: 'Kamau Wholesalers Ltd', bank: 'KAMAU WHOLESALERS LTD' },
    { book: 'Mombasa Road Supermarket Ltd', bank: 'MOMBASA ROAD SUPERMARKET' },
    { book: 'Thika Mini Mart', bank: 'THIKA MINI MART' },
    { book: 'Eldoret Agrovet Supplies', bank: 'ELDORET AGROVET SUPPLIES' },
    { book: 'Kisumu Lakeside Traders Ltd', bank: 'KISUMU LAKESIDE TRADERS' },
    { book: 'Nakuru Fresh Stores', bank: 'NAKURU FRESH STORES' },
    { book: 'Machakos Retail Hub Ltd', bank: 'MACHAKOS RETAIL HUB LTD' },
    { book: 'Nyeri Highlands Stores', bank: 'NYERI HIGHLANDS STORES' },
    { book: 'Kitengela Cash and Carry Ltd', bank: 'KITENGELA CASH & CARRY' },
    { book: 'Kakamega General Traders', bank: 'KAKAMEGA GENERAL TRADERS' },
    { book: 'Embu Unity Supermarket', bank: 'EMBU UNITY SUPERMARKET' },
    { book: 'Naivasha Lakeview Stores', bank: 'NAIVASHA LAKEVIEW STORES' },
    { role: 'name1', book: 'Ruiru Family Shop Ltd', bank: 'RUIRU FAMILY SHOP LTD' },
    { role: 'name2', book: 'Kericho Highlands Grocers', bank: 'KERICHO HIGHLANDS GROCERS' },
    { role: 'name3', book: 'Malindi Coast Distributors', bank: 'MALINDI COAST DISTRIBUTORS' },
    { role: 'different', book: 'Githurai Mega Stores Ltd', bank: 'GITHURAI MEGA STORES', alt: 'JOSEPH KIMANI NDUNGU' },
    { role: 'anonymous', book: 'Kahawa West Minimart', bank: 'KAHAWA WEST MINIMART' },
    { role: 'part', book: 'Garissa Frontier Traders', bank: 'GARISSA FRONTIER TRADERS' },
    { role: 'twins', book: 'Westlands Office Canteens Ltd', bank: 'WESTLANDS OFFICE CANTEENS' },
    { role: 'tie', book: 'Rongai Cash Stores', bank: 'RONGAI CASH STORES' },
  ],
  unknownPayers: [
    { name: 'FAITH WAMBUI NJERI', memo: 'PAYMENT', via: 'wallet' },
    { name: 'GREENLEAF VENTURES', memo: 'GOODS' },
  ],
  suppliers: [
    { book: 'Kiambu Dairy Cooperative', bank: 'KIAMBU DAIRY COOPERATIVE', bill: (r) => `KDC${r.int(70000, 79999)}` },
    { book: 'Athi River Packaging Ltd', bank: 'ATHI RIVER PACKAGING LTD', bill: (r) => `ARP/${r.int(1000, 1999)}` },
    { book: 'Mlolongo Logistics Ltd', bank: 'MLOLONGO LOGISTICS LTD', bill: (r) => `MLL-${r.int(300, 999)}` },
    { book: 'Limuru Tea Blenders Ltd', bank: 'LIMURU TEA BLENDERS LTD', bill: (r) => `LTB${r.int(4000, 4999)}` },
    { book: 'Kariobangi Plastics Ltd', bank: 'KARIOBANGI PLASTICS LTD', bill: (r) => `KP-${r.int(10000, 19999)}` },
    { book: 'Juja Mills Ltd', bank: 'JUJA MILLS LTD', bill: (r) => `JM${r.int(600, 699)}/25` },
    {
      book: 'Eastlands Security Guards Ltd',
      bank: 'EASTLANDS SECURITY GUARDS',
      bill: (r) => `ESG-${r.int(2000, 2999)}`,
    },
    { book: 'Ngong Road Motors Ltd', bank: 'NGONG ROAD MOTORS LTD', bill: (r) => `NRM${r.int(8000, 8999)}` },
    { book: 'Sameer Park Warehousing Ltd', bank: 'SAMEER PARK WAREHOUSING', bill: (r) => `SPW-${r.int(100, 199)}` },
    { book: 'Kikuyu Cartons Ltd', bank: 'KIKUYU CARTONS LTD', bill: (r) => `KCL${r.int(3000, 3999)}` },
    { book: 'Donholm Office Supplies', bank: 'DONHOLM OFFICE SUPPLIES', bill: (r) => `DOS/${r.int(500, 999)}` },
    { book: 'Karen Fleet Services Ltd', bank: 'KAREN FLEET SERVICES LTD', bill: (r) => `KFS-${r.int(7000, 7999)}` },
  ],
  invoiceNo(i) {
    return `CIV-${String(this.invBase + i).padStart(6, '0')}`;
  },
  creditNoteNo: (r) => `CCN-${String(r.int(900, 999)).padStart(6, '0')}`,
  orderNo: (r) => `PO-${r.int(5100, 5999)}`,
  chequeNo: (r, i) => String(1240 + 5 * i + r.int(0, 4)).padStart(6, '0'),
  payrollBatch: (r) => `PR${r.int(1100, 1199)}`,
  ownTransferRef: (r) => `BT-${r.int(700, 799)}`,
  writings: [
    ['ref-canonical', (n) => n],
    ['ref-lowercase-joined', (n) => n.replace('-', '').toLowerCase()],
    ['ref-no-padding', (n) => `CIV ${Number(n.slice(4))}`],
    ['ref-digits-only', (n) => n.slice(4)],
    ['ref-prefix-inv', (n) => `INV ${Number(n.slice(4))}`],
    ['ref-slashes', (n) => n.replace('-', '/')],
    ['ref-word-invoice', (n) => `INVOICE ${Number(n.slice(4))}`],
    ['ref-joined-no-padding', (n) => `CIV${Number(n.slice(4))}`],
  ],
  twoInvoices: (w, a, b) => `${w[1](a)} AND ${b}`,
  instalment: (written, k) => (k === 1 ? `${written} 1ST INST` : `${written} 2ND INST`),
  lessCreditNote: (written, cn) => `${written} LESS ${cn}`,
  partPayment: (written) => `PART ${written}`,
  genericMemo: (i) => ['PAYMENT', 'NOV STOCK', 'SUPPLIES', 'GOODS', 'ACCOUNT PAYMENT'][i],
  billMemo: (doc, i) => (i % 2 ? `INV ${doc}` : doc),
  ownPaymentMemo: (i) => ['NOV PAYMENT', 'SUPPLIER PAYMENT'][i - 4],
  shortFee: { fee: 50000, via: 'eft', memo: (w) => `${w} LESS RTGS CHGS` },
  withholding: [
    { trait: 'short-withholding-vat-2pct', short: (g) => share(g, 2, 116), memo: (w) => `${w} LESS WVAT` },
    { trait: 'short-withholding-vat-2pct', short: (g) => share(g, 2, 116), memo: (w) => `${w} NET OF 2% VAT WH` },
  ],
  acquirers: {
    gross: {
      key: 'dpo',
      trait: 'card-settlement',
      scale: [18000000, 62000000],
      fee: (g) => share(g, 35, 1000),
      id: (r) => `DPO${r.int(10000000, 99999999)}`,
    },
    split: {
      key: 'paybill',
      trait: 'wallet-settlement',
      scale: [25000000, 90000000],
      fee: (g) => share(g, 6, 1000),
      id: (r) => mpesaId(r),
    },
    noid: { key: 'till', trait: 'wallet-settlement', scale: [9000000, 42000000], fee: (g) => share(g, 55, 10000) },
  },
  statutory: [
    {
      what: 'PAYE',
      trait: 'paye',
      book: 'Kenya Revenue Authority',
      days: [2, 5],
      scale: [68000000, 92000000],
      prn: (r) => `2025${r.digits(9)}`,
    },
    {
      what: 'AHL',
      trait: 'housing-levy',
      book: 'Kenya Revenue Authority',
      days: [2, 5],
      scale: [9000000, 12500000],
      prn: (r) => `2025${r.digits(9)}`,
    },
    {
      what: 'SHIF',
      trait: 'shif',
      book: 'Social Health Authority',
      days: [2, 5],
      scale: [8000000, 11000000],
      prn: (r) => `SHA${r.digits(8)}`,
    },
    {
      what: 'NSSF',
      trait: 'nssf',
      book: 'National Social Security Fund',
      days: [2, 5],
      scale: [11000000, 15000000],
      prn: (r) => `NSSF${r.digits(7)}`,
    },
  ],

  narrate(spec, m) {
    const r = m.rng;
    const ft = () => `FT${spec.date.slice(2, 4)}${r.digits(8)}`;
    const per = monLabel(prevMonth(m.S.month));
    switch (spec.type) {
      case 'rcv':
        if (spec.via === 'eft') return { desc: [`RTGS CR ${spec.name}`], reference: spec.memo };
        if (spec.via === 'intra') return { desc: [`INTERNAL TRF FROM ${spec.name} ${spec.memo}`], reference: ft() };
        if (spec.via === 'wallet')
          return {
            desc: [`MPESA C2B 2547${r.digits(2)}***${r.digits(3)} ${spec.name} ACC ${spec.memo}`],
            reference: mpesaId(r),
          };
        return {
          desc: [`PESALINK CR FROM ${spec.name.slice(0, 30)} REF ${spec.memo}`],
          reference: `PL${r.digits(12)}`,
        };
      case 'cash':
        return { desc: ['CASH DEPOSIT - RIVERSIDE BRANCH'], reference: ft() };
      case 'settle':
        if (spec.acq.key === 'dpo') return { desc: [`DPO PAY SETTLEMENT ${spec.id}`], reference: ft() };
        if (spec.acq.key === 'paybill')
          return { desc: [`MPESA PAYBILL 5127703 B2B SWEEP ${spec.id}`], reference: ft() };
        return { desc: ['MPESA TILL 8823417 SETTLEMENT'], reference: ft() };
      case 'pay':
        if (spec.via === 'eft') return { desc: [`RTGS DR ${spec.name} ${spec.memo}`], reference: ft() };
        if (spec.via === 'intra') return { desc: [`INTERNAL TRF TO ${spec.name} ${spec.memo}`], reference: ft() };
        return { desc: [`PESALINK DR TO ${spec.name.slice(0, 30)} REF ${spec.memo}`], reference: `PL${r.digits(12)}` };
      case 'reversal':
        return { desc: [`REVERSAL ${spec.of.narr.desc[0]}`], reference: spec.of.narr.reference };
      case 'cheque':
        return { desc: ['INWARD CLEARING CHEQUE', spec.no], reference: `CLR${r.digits(8)}` };
      case 'tax':
        switch (spec.st.what) {
          case 'PAYE':
            return { desc: [`KRA PAYMENT PRN ${spec.prn} PAYE ${per}`], reference: ft() };
          case 'AHL':
            return { desc: [`KRA PAYMENT PRN ${spec.prn} HOUSING LEVY ${per}`], reference: ft() };
          case 'SHIF':
            return { desc: [`SHA SHIF CONTRIBUTIONS ${per} ${spec.prn}`], reference: ft() };
          default:
            return { desc: [`NSSF CONTRIBUTION ${per} ${spec.prn}`], reference: ft() };
        }
      case 'payroll':
        return { desc: [`BULK EFT SALARIES ${monLabel(m.S.month)} BATCH ${spec.batch}`], reference: ft() };
      case 'own':
        return { desc: [`RTGS DR ${OUR} OWN ACCOUNT TRANSFER`], reference: ft() };
      case 'card':
        return { desc: ['DEBIT CARD PURCHASE - JUNCTION OFFICE MART NAIROBI'], reference: ft() };
      default:
        throw new Error(`KE narrate: ${spec.type}`);
    }
  },

  /** SBM posts each charge and the 20% excise duty on it as two lines. */
  feesAfter(spec) {
    const pair = (fee, what, trait) => [
      { desc: [what], amount: -fee, kind: 'charge', traits: [trait] },
      { desc: ['EXCISE DUTY'], amount: -share(fee, 20, 100), kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
    if (spec.type === 'pay' && spec.via === 'fast')
      return pair(Math.abs(spec.amount) <= 10000000 ? 10000 : 20000, 'PESALINK CHARGES', 'transfer-fee');
    if ((spec.type === 'pay' && spec.via === 'eft') || spec.type === 'own')
      return pair(50000, 'RTGS CHARGES', 'transfer-fee');
    if (spec.type === 'payroll') return pair(3500 * 48, 'BULK EFT CHARGES', 'bulk-payment-fee');
    return [];
  },

  monthEnd(m) {
    const d = m.wd(-1);
    const sms = 500 * (m.bank.length + 4);
    return [
      {
        date: d,
        amount: -100000,
        desc: [`LEDGER FEE ${monLabel(m.S.month)}`],
        kind: 'charge',
        traits: ['maintenance-fee'],
      },
      { date: d, amount: -20000, desc: ['EXCISE DUTY'], kind: 'fee-vat', traits: ['excise-on-fee'] },
      { date: d, amount: -sms, desc: ['SMS ALERT CHARGES'], kind: 'charge', traits: ['sms-fee'] },
      { date: d, amount: -share(sms, 20, 100), desc: ['EXCISE DUTY'], kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
  },

  bankFile(ctx) {
    const { lines, opening, closing, S } = ctx;
    const file = 'sbm-kenya-0082104455001-nov2025.csv';
    const first = `${S.month}-01`;
    const rows = [
      ['SBM BANK (KENYA) LIMITED'],
      ['ACCOUNT STATEMENT'],
      ['Account Name:', OUR],
      ['Account Number:', '0082104455001'],
      ['Currency:', 'KES'],
      ['Branch:', 'RIVERSIDE'],
      ['Period:', `${dmySlash(first)} - ${dmySlash(ctx.last)}`],
      [],
      ['Date', 'Value Date', 'Transaction Details', 'Cheque Number', 'Reference', 'Withdrawals', 'Deposits', 'Balance'],
    ];
    const headerRow = rows.length;
    rows.push([dmySlash(first), dmySlash(first), 'OPENING BALANCE', '', '', '', '', commas(opening)]);
    const nonEntryRows = [{ row: rows.length, why: 'opening balance line, not an entry' }];
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([
        dmySlash(l.date),
        dmySlash(l.date),
        l.desc[0],
        l.desc[1] ?? '',
        l.reference ?? '',
        l.amount < 0 ? commas(-l.amount) : '',
        l.amount > 0 ? commas(l.amount) : '',
        commas(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    rows.push([dmySlash(ctx.last), dmySlash(ctx.last), 'CLOSING BALANCE', '', '', '', '', commas(closing)]);
    nonEntryRows.push({ row: rows.length, why: 'closing balance line, not an entry' });
    rows.push([]);
    rows.push(['** END OF STATEMENT **']);
    return {
      file,
      bank: 'SBM Bank Kenya',
      data: toCsv(rows),
      rowOf,
      headerRow,
      nonEntryRows,
      readOptions: {
        mapping: {
          date: 'Date',
          valueDate: 'Value Date',
          description: ['Transaction Details', 'Cheque Number'],
          reference: 'Reference',
          moneyOut: 'Withdrawals',
          moneyIn: 'Deposits',
          balance: 'Balance',
        },
        dateOrder: 'DMY',
        currency: 'KES',
      },
      order: 'oldest-first',
      layout:
        'SBM internet banking CSV: seven preamble rows, header in row 9, DD/MM/YYYY dates, Withdrawals/Deposits/Balance quoted with thousands commas, the cheque serial in its own Cheque Number column, the bank reference (FT…, PesaLink PL…, M-PESA receipt) in Reference, dated OPENING BALANCE and CLOSING BALANCE rows and an END OF STATEMENT footer',
    };
  },

  ledgerFile(ctx) {
    const { rows: entries, opening, S } = ctx;
    const file = 'ax2012-bank-transactions-SBMKES01-nov2025.xlsx';
    const header = [
      'Bank account',
      'Date',
      'Voucher',
      'Transaction type',
      'Bank transaction type',
      'Payment reference',
      'Check number',
      'Text',
      'Currency',
      'Amount in transaction currency',
      'Amount in accounting currency',
      'Reconciled',
    ];
    const prevLong = `${longMonth(`${prevMonth(S.month)}-01`)} ${S.month.slice(0, 4)}`;
    const out = [header];
    const rowOf = new Map();
    const records = new Map();
    for (const e of entries) {
      let f;
      switch (e.type) {
        case 'receipt':
          f = {
            Voucher: `ARP-${String(this.arp++).padStart(6, '0')}`,
            'Transaction type': 'Customer',
            'Bank transaction type': e.via === 'cash' ? '03 Cash' : e.via === 'wallet' ? '04 M-PESA' : '01 EFT',
            'Payment reference': e.doc,
            Text:
              e.via === 'cash'
                ? `Cash deposit - ${e.party}`
                : e.cn
                  ? `Customer payment - ${e.party} less ${e.cn}`
                  : `Customer payment - ${e.party}`,
          };
          break;
        case 'payment':
          f = {
            Voucher: `APP-${String(this.app++).padStart(6, '0')}`,
            'Transaction type': 'Vendor',
            'Bank transaction type': '01 EFT',
            'Payment reference': e.doc,
            Text: e.part ? `Vendor payment - ${e.party} advance ${e.part}/2` : `Vendor payment - ${e.party}`,
          };
          break;
        case 'cheque':
          f = {
            Voucher: `APP-${String(this.app++).padStart(6, '0')}`,
            'Transaction type': 'Vendor',
            'Bank transaction type': '02 Cheque',
            'Payment reference': '',
            'Check number': e.cheque,
            Text: `Vendor payment - ${e.party}`,
          };
          break;
        case 'statutory':
          f = {
            Voucher: `APP-${String(this.app++).padStart(6, '0')}`,
            'Transaction type': 'Vendor',
            'Bank transaction type': '01 EFT',
            'Payment reference': e.doc,
            Text: `${{ PAYE: 'PAYE', AHL: 'Housing levy', SHIF: 'SHIF', NSSF: 'NSSF' }[e.st.what]} ${prevLong} - ${e.party}`,
          };
          break;
        case 'payroll':
          f = {
            Voucher: `GJ-${String(this.gj++).padStart(6, '0')}`,
            'Transaction type': 'General journal',
            'Bank transaction type': '01 EFT',
            'Payment reference': e.doc,
            Text: `Net salaries ${longMonth(`${S.month}-01`)} ${S.month.slice(0, 4)}`,
          };
          break;
        case 'own-transfer':
          f = {
            Voucher: `GJ-${String(this.gj++).padStart(6, '0')}`,
            'Transaction type': 'Bank',
            'Bank transaction type': '05 Transfer',
            'Payment reference': e.doc,
            Text: 'Transfer to Family Bank operations account',
          };
          break;
        case 'settlement':
        case 'settlement-fee': {
          const k = e.acq.key;
          const fee = e.type === 'settlement-fee';
          f = {
            Voucher: `GJ-${String(this.gj++).padStart(6, '0')}`,
            'Transaction type': 'General journal',
            'Bank transaction type': k === 'dpo' ? '06 Card' : '04 M-PESA',
            'Payment reference': e.doc ?? '',
            Text:
              k === 'dpo'
                ? `DPO card sales ${dmySlash(e.date)}`
                : k === 'paybill'
                  ? fee
                    ? 'M-PESA paybill charges'
                    : 'M-PESA paybill 5127703 collections'
                  : `Lipa na M-PESA till sales ${dmySlash(e.date)}`,
          };
          break;
        }
        default:
          throw new Error(`KE ledger: ${e.type}`);
      }
      const rec = {
        'Bank account': BANK_ACCOUNT,
        Date: { date: e.date, z: 'dd/mm/yyyy' },
        'Check number': '',
        ...f,
        Currency: 'KES',
        'Amount in transaction currency': cellNumber(e.amount),
        'Amount in accounting currency': cellNumber(e.amount),
        Reconciled: 'No',
      };
      out.push(header.map((h) => rec[h] ?? ''));
      rowOf.set(e, out.length);
      records.set(e, rec);
    }
    const closing = opening + entries.reduce((s, e) => s + e.amount, 0);
    return {
      file,
      package: 'Microsoft Dynamics AX 2012 R3 (Bank transactions form, Export to Microsoft Excel)',
      data: toXlsx(
        [{ name: 'Bank transactions', rows: out, widths: [12, 12, 14, 16, 18, 18, 12, 60, 9, 18, 18, 10] }],
        {
          title: 'Bank transactions',
        },
      ),
      rowOf,
      records,
      headerRow: 1,
      nonEntryRows: [],
      account: BANK_ACCOUNT,
      closing,
      readOptions: {
        mapping: {
          date: 'Date',
          account: 'Bank account',
          journalId: 'Voucher',
          reference: 'Payment reference',
          description: ['Text', 'Check number'],
          amount: 'Amount in transaction currency',
          currency: 'Currency',
        },
        currency: 'KES',
        sheet: 'Bank transactions',
      },
      layout:
        'grid export to XLSX (sheet Bank transactions), header in row 1, real date cells, one signed amount in transaction and in accounting currency, Voucher ARP-/APP-/GJ-, no party column: the customer or vendor is named only in Text; Payment reference holds the invoice, bill, PRN, batch or payout id; cheques carry their number in Check number',
    };
  },
};
