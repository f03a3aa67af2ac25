// Nigeria: a packaging manufacturer at Agbara with a SunTrust Bank current account (CSV export of its corporate
// internet banking) and books kept in LedgerSMB (General Ledger report of account 1060, CSV). Layouts, narrations
// and charges are written from general knowledge of these exports, not from a real file.
import { MONTHS, addDays, calendar, commas, dec, part, parts } from './lib.mjs';
import { compose, stableIndex } from './names.mjs';

const PLACES = [
  'Ibeju',
  'Oluyole',
  'Sango-Ota',
  'Crestfield',
  'Ekiti',
  'Bodija',
  'Makurdi',
  'Ilupeju',
  'Festac',
  'Owode',
  'Nnewi',
  'Gbagada',
  'Alaba',
  'Ikeja',
  'Umuahia',
  'Kaduna',
  'Onitsha',
  'Lekki',
  'Apapa',
  'Ijebu',
  'Oyingbo',
  'Jos Plateau',
  'Ilorin',
  'Abeokuta',
  'Sagamu',
  'Ogbomoso',
  'Warri',
  'Asaba',
  'Calabar',
  'Minna',
];
const TRADES = [
  'Table Water',
  'Beverages',
  'Foods',
  'Pharma',
  'Kernel Oil Mills',
  'Home Care Products',
  'Juice Company',
  'Cosmetics',
  'Dairy Ventures',
  'Paints',
  'Auto Lubricants',
  'Detergents',
];
const SUPPLIER_PLACES = [
  'Eleme',
  'Trans-Amadi',
  'Oregun',
  'Isolo',
  'Matori',
  'Ota',
  'Iganmu',
  'Amuwo',
  'Ikorodu',
  'Ojota',
  'Agege',
  'Idumota',
  'Mushin',
  'Surulere',
];
const SUPPLIER_TRADES = [
  'Petrochemicals Ltd',
  'Resin Traders Ltd',
  'Haulage Services Ltd',
  'Mould Engineering Ltd',
  'Industrial Gases Ltd',
  'Pallet Makers',
  'Security Guards Ltd',
  'Label Printers Ltd',
  'Diesel Supply Co.',
  'Electrical Works Ltd',
  'Carton Converters Ltd',
  'Forklift Rentals Ltd',
  'Lab Supplies Ltd',
  'Facility Cleaners Ltd',
];
const BANKS = ['GTBANK', 'ACCESS BANK', 'ZENITH BANK', 'UBA', 'FIRST BANK', 'FIDELITY BANK', 'FCMB', 'STANBIC IBTC'];

export function makeSetNg(rng) {
  const year = 2025;
  const month = 11;
  const holidays = [];
  const cal = calendar(year, month, holidays);
  const MON = MONTHS[month - 1].toUpperCase();
  const customers = compose(PLACES, TRADES, [' Ltd', ' Nig. Ltd', ' Limited', ' Ltd', ' Enterprises']);
  const suppliers = SUPPLIER_PLACES.map((p, i) => {
    const books = `${p} ${SUPPLIER_TRADES[i]}`;
    return { place: p, books, bank: books.toUpperCase().replace(/[.,]/g, ''), code: p.slice(0, 3).toUpperCase() };
  });
  const session = (d, bankCode) => {
    const [y, m, dd] = parts(d);
    const t = `${String(y).slice(2)}${String(m).padStart(2, '0')}${String(dd).padStart(2, '0')}`;
    const hms = `${String(rng.int(8, 17)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}`;
    let tail = '';
    for (let i = 0; i < 12; i++) tail += String(rng.int(0, 9));
    return `${bankCode}${t}${hms}${tail}`;
  };
  const inv = (n) => `SI-${n}`;
  let gl = 2200 + rng.int(0, 60);
  const glRef = () => `GL-${++gl}`;
  const nipFee = (minor) => (Math.abs(minor) <= 500000 ? 1075 : Math.abs(minor) <= 5000000 ? 2688 : 5375);
  const own = { bank: 'ZENITH BANK', acct: '1014785236' };

  const S = {
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    cal,
    addDays,
    holidays,
    opening: 3812045250,
    customers,
    suppliers,
    parentOf: (c) => ({ bank: `${c.place.toUpperCase()} HOLDINGS LTD` }),
    ownerOf: () => ({ bank: 'NWANKWO CHIOMA ADAEZE' }),
    strangers: [{ bank: 'OGUNBIYI ADEWALE KOLAWOLE' }, { bank: 'GLORYLAND GLOBAL VENTURES' }],
    strangerText: ['FOR GOODS', 'PAYMENT'],
    firstInvoice: 10410,
    writings: [
      { trait: 'ref-canonical', fn: (n) => inv(n) },
      { trait: 'ref-joined', fn: (n) => `SI${n}` },
      { trait: 'ref-lowercase-spaced', fn: (n) => `si ${n}` },
      { trait: 'ref-serial-only', fn: (n) => `${n}` },
      { trait: 'ref-slashes', fn: (n) => `SI/${n}` },
      { trait: 'ref-other-prefix', fn: (n) => `INV ${n}` },
      { trait: 'ref-worded', fn: (n) => `INVOICE NO ${n}` },
      { trait: 'ref-lowercase', fn: (n) => `si-${n}` },
      { trait: 'ref-prefix-doubled', fn: (n) => `INV-SI-${n}` },
    ],
    invoiceAmount: (r) => part(r.int(4200, 62000) * 10000, 1075, 1000),
    cashRange: [180000, 950000],
    twoInvoices: (a, b) => `SI-${a} + SI-${b}`,
    instalment: (t, k) => `${t} PART ${k}`,
    creditNote: (k) => `SCN-${400 + k}`,
    lessCreditNote: (n, cn) => `SI-${n} LESS ${cn}`,
    roundTo: 1000000,
    payerCharge: 5375,
    shorts: [
      {
        trait: 'short-withholding-tax-5pct',
        cut: (amt) => part(Math.round((amt * 1000) / 1075), 5, 100),
        text: (t) => `${t} NET OF WHT`,
      },
      { trait: 'short-vat-withheld-at-source', cut: (amt) => amt - Math.round((amt * 1000) / 1075) },
    ],
    typo: (n) => {
      const s = String(n).split('');
      s[1] = String((Number(s[1]) + 5) % 10);
      return `SI-${s.join('')}`;
    },
    settlements: [
      {
        books: 'Flutterwave settlement',
        fee: (g) => part(g, 14, 1000),
        id: (r) => `${r.int(7100000000, 7999999999)}`,
        text: (id) => `FLUTTERWAVE SETTLEMENT/PAYOUT ${id}`,
      },
      {
        books: 'Interswitch Quickteller settlement',
        fee: (g) => Math.min(part(g, 15, 1000), 200000),
        id: (r) => `QTB${r.int(30000000, 39999999)}`,
        text: (id) => `ISW QUICKTELLER BUSINESS STLMT ${id}`,
      },
      {
        books: 'Card sales (POS terminals)',
        fee: () => 0,
        id: () => null,
        text: () => `POS SETTLEMENT MID 2076AG0004417`,
      },
    ],
    settleRange: [320000, 2600000],
    supplierCreditNote: (r) => `CN/${r.int(3000, 4999)}`,
    refundText: (cn) => `REFUND ${cn}`,
    smallRange: [45000, 380000],
    bill: (s, r) => `${s.code}/INV/${r.int(3000, 9899)}`,
    billText: (b) => `PMT ${b}`,
    supplierRange: [600000, 9200000],
    payChannel: (i) => (i % 2 === 0 ? 'nip' : 'intra'),
    chequeNo: (r) => `${r.int(10000000, 99999999)}`,
    chequeTraits: ['cheque-number', 'presented-cheque'],
    payrollRange: [9400000, 16800000],
    payrollBatch: (r) => `${r.int(500000, 599999)}`,
    statutory: [
      {
        books: 'Ogun State IRS - PAYE',
        memo: (ref) => `PAYE Oct 2025 RRR ${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
        text: (ref) => `REMITA/OGIRS PAYE OCT 2025/RRR ${ref}`,
        range: [900000, 2300000],
        dayLo: 3,
        dayHi: 8,
        ref: (r) => `${r.int(2100, 2999)}${r.int(10000000, 99999999)}`,
        channel: null,
      },
      {
        books: 'FIRS - VAT',
        memo: (ref) => `VAT return Oct 2025 RRR ${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref.slice(8)}`,
        text: (ref) => `REMITA/FIRS VAT OCT 2025/RRR ${ref}`,
        range: [1800000, 5200000],
        dayLo: 11,
        dayHi: 14,
        ref: (r) => `${r.int(3100, 3999)}${r.int(10000000, 99999999)}`,
        channel: null,
      },
      {
        books: 'Pension remittance',
        memo: (ref) => `Pension Oct 2025 schedule ${ref}`,
        text: (ref) => `PENSION OCT 2025 SCH ${ref.replace(/\//g, '')}`,
        bankPayee: 'FIRST PENSION CUSTODIAN NIG',
        range: [1500000, 3300000],
        dayLo: 4,
        dayHi: 9,
        ref: (r) => `PEN/25/10/${r.int(1000, 9999)}`,
        channel: 'nip',
      },
    ],
    ownRange: [6000000, 15000000],
    ownChannel: 'nip',
    ownEvidence: 'reference',
    contractRange: [450000, 1250000],
    contractBills: (s, r) => {
      const k = r.int(4000, 4800);
      return [`${s.code}/INV/${k}`, `${s.code}/INV/${k + 1}`];
    },
    order: (r) => `PO-25-${r.int(700, 999)}`,
    orderText: (o) => `${o} PART PMT`,
    unpresentedWhy: 'cheque issued, not yet presented',
    transferCharges: (amount, ch) => {
      if (ch === 'nip')
        return [{ amount: nipFee(amount), text: 'NIP CHARGE + VAT', kind: 'charge', traits: ['nip-fee'] }];
      if (ch === 'bulk')
        return [
          { amount: 46 * 2688, text: 'BULK PAYMENT CHARGES INCL VAT (46 ITEMS)', kind: 'charge', traits: ['bulk-fee'] },
        ];
      return [];
    },
    monthCharges: (lines, W) => {
      const last = W[W.length - 1];
      const credits = lines.filter((l) => l.amount >= 1000000 && l.electronic).length;
      const debits = lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
      const amf = part(debits, 1, 1000);
      return [
        {
          date: last,
          amount: -50 * 100 * credits,
          text: `ELECTRONIC MONEY TRANSFER LEVY ${MON} 2025 (${credits} CREDITS)`,
          kind: 'levy',
          traits: ['emtl-monthly'],
        },
        { date: last, amount: -amf, text: 'ACCOUNT MAINTENANCE FEE', kind: 'charge', traits: ['maintenance-fee'] },
        {
          date: last,
          amount: -part(amf, 75, 1000),
          text: 'VAT ON ACCOUNT MAINTENANCE FEE',
          kind: 'fee-vat',
          traits: ['vat-on-fee'],
        },
        {
          date: last,
          amount: -4 * 100 * (lines.length + 4),
          text: `SMS ALERT CHARGES ${MON} 2025`,
          kind: 'charge',
          traits: ['sms-fee'],
        },
      ];
    },
  };

  S.bank = {
    rx: (p, text, r) => ({
      text: `TRANSFER FROM ${p.bank} VIA ${BANKS[stableIndex(p.bank, BANKS.length)]}${text ? ` :: ${text}` : ''}`,
      refFn: (d) => session(d, `0000${r.int(10, 99)}`),
      electronic: true,
    }),
    tx: (p, text, ch, r) =>
      ch === 'nip'
        ? {
            text: `NIP TRANSFER TO ${p.bank} - ${BANKS[stableIndex(p.bank, BANKS.length)]}${text ? ` :: ${text}` : ''}`,
            refFn: (d) => session(d, '100026'),
          }
        : { text: `TRF TO ${p.bank}${text ? ` :: ${text}` : ''}`, ref: `ST${r.int(100000000, 999999999)}` },
    cash: () => ({ text: 'CASH DEPOSIT - AGBARA BRANCH - DEPOSITOR: TUNDE' }),
    chequeDeposit: (c, chq) => ({ text: `CLEARING CHQ DEPOSIT ${c.bank} CHQ NO ${chq}`, ref: chq }),
    chequePaid: (s, chq) => ({ text: `INWARD CLEARING CHEQUE NO ${chq}`, ref: chq }),
    payroll: (batch) => ({ text: `BULK SALARY PAYMENT ${MON} 2025 BATCH ${batch}`, ref: `BLK${batch}` }),
    statutory: (st, ref, r) =>
      st.channel === 'nip'
        ? { text: `NIP TRANSFER TO ${st.bankPayee} :: ${st.text(ref)}`, refFn: (d) => session(d, '100026') }
        : { text: st.text(ref), ref: `RMT${r.int(10000000, 99999999)}` },
    own: () => ({
      text: `NIP TRANSFER TO AGBARA PACKAGING AND PLASTICS LTD - ${own.bank} :: FUND ZENITH A/C ${own.acct}`,
      refFn: (d) => session(d, '100026'),
    }),
    settle: (acq, id) => ({
      text: id ? acq.text(id) : acq.text(),
      electronic: true,
    }),
    reversal: (t) => ({ text: `REVERSAL: ${t.text}`, sameRefAs: t }),
    card: () => ({ text: 'POS PURCHASE @ SPAR LEKKI PHASE 1 NG' }),
  };

  const row = (reference, description, source, memo) => ({ reference, description, source, memo });
  S.book = {
    receipt: (c, n, r, o = {}) =>
      row(
        inv(n),
        c.books,
        o.cash ? 'CASH' : r.pick(['NIP', 'TRF', 'BANK']),
        o.creditNote
          ? `Receipt less ${o.creditNote}`
          : o.instalments
            ? 'Receipt - paid in two instalments'
            : o.advice
              ? 'Per remittance advice'
              : o.cash
                ? 'Cash lodged by van sales'
                : '',
      ),
    payment: (s, bill, r, o = {}) => row(bill, s.books, 'NIP', o.order ? `PO part payment ${o.order} of 2` : ''),
    cheque: (s, chq, r) => row(S.bill(s, r), s.books, chq, 'Cheque payment'),
    chequeReceipt: (c, chq, n) => row(inv(n), c.books, chq, 'Cheque received'),
    supplierRefund: (s, cn) => row(cn, s.books, 'TRF', 'Refund of credit note'),
    customerRefund: (c, cn) => row(cn, c.books, 'NIP', 'Credit note refunded'),
    settlement: (acq, id, o) =>
      row(
        glRef(),
        acq.books,
        '',
        o.fee ? `Fee on payout ${id}` : o.gross && id ? `Payout ${id} gross` : `POS sales ${ddmmyyyy(o.sales)}`,
      ),
    payroll: (batch) => row(glRef(), `Net salaries ${MONTHS[month - 1]} 2025`, '', `Bulk batch ${batch}`),
    statutory: (st, ref) => row(glRef(), st.books, '', st.memo(ref)),
    own: () => row(glRef(), 'Transfer to Zenith Bank current account', '', `Zenith a/c ${own.acct}`),
  };

  const ddmmyyyy = (d) => {
    const [y, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  };
  const dmy = (d) => {
    const [y, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}-${MONTHS[m - 1]}-${y}`;
  };

  const acct = '0012458873';
  S.bankLayout = (lines, { opening, closing }) => {
    const file = `suntrust-${acct}-nov2025.csv`;
    const out = [
      ['SunTrust Bank Nigeria Limited'],
      ['Customer Account Statement'],
      ['Account Name:', 'AGBARA PACKAGING AND PLASTICS LTD'],
      ['Account Number:', acct],
      ['Account Type:', 'CORPORATE CURRENT ACCOUNT'],
      ['Currency:', 'NGN'],
      ['Period:', `${dmy(cal.from)} to ${dmy(cal.to)}`],
      ['Opening Balance:', commas(opening)],
      ['Total Debits:', commas(lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0))],
      ['Total Credits:', commas(lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0))],
      ['Closing Balance:', commas(closing)],
      [],
      ['S/N', 'Trans Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
      ['', '', '', 'Opening Balance', '', '', '', commas(opening)],
    ];
    const rowOf = new Map();
    lines.forEach((l, i) => {
      rowOf.set(l, out.length + 1);
      out.push([
        String(i + 1),
        dmy(l.date),
        dmy(l.valueDate ?? l.date),
        l.text,
        l.ref ?? '',
        l.amount < 0 ? commas(-l.amount) : '',
        l.amount > 0 ? commas(l.amount) : '',
        commas(l.balance),
      ]);
    });
    const closeRow = out.length + 1;
    out.push(['', '', '', 'Closing Balance', '', '', '', commas(closing)]);
    out.push([]);
    out.push(['This is a computer generated statement and requires no signature.']);
    return {
      file,
      bank: 'SunTrust Bank Nigeria Limited',
      format: 'csv',
      cells: out,
      headerRow: 13,
      rowOf,
      ledgerAccount: '1060',
      order: 'oldest-first',
      layout:
        'SunTrust corporate internet banking statement, CSV: eleven preamble rows and a blank row, header in row 13, an undated Opening Balance row, DD-MMM-YYYY dates, quoted thousands, Closing Balance row and a footer sentence',
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Trans Date',
          valueDate: 'Value Date',
          description: 'Narration',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: 14, why: 'opening balance (balance only, undated)' },
        { row: closeRow, why: 'closing balance (balance only, undated)' },
      ],
    };
  };

  S.ledgerLayout = (rows) => {
    const file = 'ledgersmb-general-ledger-1060-nov2025.csv';
    const out = [['Date', 'Reference', 'Description', 'Source', 'Memo', 'Debit', 'Credit', 'Balance', 'Account No']];
    const rowOf = new Map();
    for (const r of rows) {
      rowOf.set(r, out.length + 1);
      out.push([
        ddmmyyyy(r.date),
        r.reference,
        r.description,
        r.source,
        r.memo,
        r.amount > 0 ? dec(r.amount) : '',
        r.amount < 0 ? dec(-r.amount) : '',
        dec(r.balance),
        '1060',
      ]);
    }
    return {
      file,
      package: 'LedgerSMB 1.11 (Reports → General Ledger, account 1060, CSV download)',
      format: 'csv',
      cells: out,
      headerRow: 1,
      rowOf,
      layout:
        'LedgerSMB General Ledger report of account 1060 downloaded as CSV: header in row 1, DD/MM/YYYY (the user preference), Debit = money in, plain decimals, running Balance, the account number on every row; customer or vendor name in Description, the invoice (AR) or vendor invoice (AP) in Reference, the payment source in Source',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          description: ['Description', 'Source', 'Memo'],
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
          account: 'Account No',
        },
      },
      nonEntryRows: [],
      openingShown: false,
    };
  };
  S.set = 'ng-suntrust-ledgersmb';
  S.bankName = 'SunTrust Bank Nigeria Limited';
  S.packageName = 'LedgerSMB 1.11 (General Ledger report, account 1060, CSV)';
  S.monthLabel = `${year}-${String(month).padStart(2, '0')}`;
  return S;
}
