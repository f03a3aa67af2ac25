// South Africa: a household-appliance importer in Johannesburg with a Bank of China Johannesburg Branch current
// account (CSV from its corporate online banking, with payer/payee columns) and books kept in Kingdee K/3 Cloud
// (Detail Ledger of account 1002.01, exported to Excel). Layouts, narrations and charges are written from general
// knowledge of these exports, not from a real file.
import { MONTHS, addDays, calendar, dec, part, parts } from './lib.mjs';
import { compose } from './names.mjs';

const PLACES = [
  'Mzansi',
  'Pelindaba',
  'Soshanguve',
  'Mamelodi',
  'Tembisa',
  'Boksburg',
  'Germiston',
  'Benoni',
  'Vereeniging',
  'Polokwane',
  'Mbombela',
  'Rustenburg',
  'Klerksdorp',
  'Kimberley',
  'Bloemfontein',
  'Welkom',
  'Mthatha',
  'Gqeberha',
  'Pietermaritzburg',
  'Newcastle',
  'Richards Bay',
  'Witbank',
  'Secunda',
  'Thohoyandou',
  'Tzaneen',
  'Upington',
  'Kuruman',
  'Vryburg',
  'Mahikeng',
  'Bethlehem',
];
const TRADES = [
  'Appliance Centre',
  'Electrical Wholesalers',
  'Furnishers',
  'Cash & Carry',
  'Home Store',
  'Hardware',
  'Trading',
  'Discount Electronics',
];
const SUPPLIERS = [
  ['City Deep', 'Container Depot (Pty) Ltd'],
  ['Kempton Park', 'Customs Clearing (Pty) Ltd'],
  ['Isando', 'Warehousing (Pty) Ltd'],
  ['Wadeville', 'Pallet Racking CC'],
  ['Midrand', 'Security Solutions (Pty) Ltd'],
  ['Marlboro', 'Cartage (Pty) Ltd'],
  ['Selby', 'Packaging (Pty) Ltd'],
  ['Crown Mines', 'Property Holdings (Pty) Ltd'],
  ['Booysens', 'Forklift Services CC'],
  ['Industria', 'Electrical Contractors (Pty) Ltd'],
  ['Randburg', 'IT Support (Pty) Ltd'],
  ['Denver', 'Cleaning Services CC'],
  ['Alrode', 'Fuel Distributors (Pty) Ltd'],
  ['Longmeadow', 'Couriers (Pty) Ltd'],
];

export function makeSetZa(rng) {
  const year = 2025;
  const month = 9;
  const holidays = ['2025-09-24'];
  const cal = calendar(year, month, holidays);
  const MON = MONTHS[month - 1].toUpperCase();
  const PREV = MONTHS[month - 2].toUpperCase();
  const customers = compose(PLACES, TRADES, [' (Pty) Ltd', ' CC', ' (Pty) Ltd', '']);
  const suppliers = SUPPLIERS.map(([p, t]) => {
    const books = `${p} ${t}`;
    return { place: p, books, bank: books.toUpperCase(), code: p.replace(/\s.*/, '').slice(0, 3).toUpperCase() };
  });
  const inv = (n) => `JHB-INV-${n}`;
  let rec = 40 + rng.int(0, 20);
  const voucher = () => `Record-${++rec}`;
  const own = { acct: '100008452215' };
  const masked = () => `******${rng.int(1000, 9999)}`;

  const S = {
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    cal,
    addDays,
    holidays,
    opening: 412530018,
    customers,
    suppliers,
    parentOf: (c) => ({ bank: `${c.place.toUpperCase()} RETAIL GROUP` }),
    ownerOf: () => ({ bank: 'MR T P MOKOENA' }),
    strangers: [{ bank: 'S NDLOVU' }, { bank: 'KHANYISA PROJECTS' }],
    strangerText: ['STOCK', 'PAYMENT'],
    firstInvoice: 2410,
    writings: [
      { trait: 'ref-canonical', fn: (n) => inv(n) },
      { trait: 'ref-short-prefix', fn: (n) => `INV${n}` },
      { trait: 'ref-lowercase-spaced', fn: (n) => `inv ${n}` },
      { trait: 'ref-serial-only', fn: (n) => `${n}` },
      { trait: 'ref-joined', fn: (n) => `JHBINV${n}` },
      { trait: 'ref-spaces', fn: (n) => `JHB INV ${n}` },
      { trait: 'ref-worded', fn: (n) => `INVOICE ${n}` },
      { trait: 'ref-dash', fn: (n) => `INV-${n}` },
      { trait: 'ref-lowercase', fn: (n) => `jhb-inv-${n}` },
    ],
    invoiceAmount: (r) => part(r.int(800, 16000) * 1000, 115, 100),
    cashRange: [2500, 14000],
    twoInvoices: (a, b) => `INV ${a} ${b}`,
    instalment: (t, k) => `${t} PMT${k}`,
    creditNote: (k) => `JHB-CN-${200 + k}`,
    lessCreditNote: (n, cn) => `${inv(n)} LESS ${cn}`,
    roundTo: 10000,
    payerCharge: 3500,
    shorts: [
      {
        trait: 'short-settlement-discount',
        cut: (amt) => part(amt, 25, 1000),
        text: (t) => `${t} LESS 2.5 DISC`,
      },
    ],
    typo: (n) => `JHB-INV-${n + 500}`,
    settlements: [
      {
        books: 'Yoco payout',
        fee: (g) => part(g, 295, 10000),
        id: (r) => `${r.int(3000000, 3999999)}`,
        type: 'EFT CREDIT',
        party: 'YOCO TECHNOLOGIES',
        ref: (id) => `YOCO PAYOUT ${id}`,
      },
      {
        books: 'Peach Payments settlement',
        fee: (g) => part(g, 29, 1000),
        id: (r) => `PP${r.int(400000, 499999)}`,
        type: 'EFT CREDIT',
        party: 'PEACH PAYMENTS',
        ref: (id) => `SETTLEMENT ${id}`,
      },
      {
        books: 'Zapper collections',
        fee: () => 0,
        id: () => null,
        type: 'EFT CREDIT',
        party: 'ZAPPER',
        ref: () => 'ZAPPER SETTLEMENT',
      },
    ],
    settleRange: [6000, 48000],
    supplierCreditNote: (r) => `CN${r.int(10000, 49999)}`,
    refundText: (cn) => `REFUND ${cn}`,
    smallRange: [900, 9000],
    bill: (s, r) => `${s.code}${r.int(50000, 79999)}`,
    billText: (b) => `INV ${b}`,
    supplierRange: [15000, 260000],
    payChannel: (i) => (i % 3 === 0 ? 'rtc' : 'eft'),
    // debit orders take the cheques' place: the mandate's contract number
    chequeNo: (r, i) => (i === 2 ? `EFT${r.int(100000, 999999)}` : `DO${r.int(100000, 999999)}`),
    chequeTraits: ['debit-order'],
    payrollRange: [280000, 520000],
    payrollBatch: (r) => `${r.int(600, 699)}${r.int(100, 999)}`,
    statutory: [
      {
        books: 'SARS',
        memo: (ref) => `EMP201 ${PREV} 2025 PRN ${ref}`,
        text: (ref) => ({ type: 'EFT PAYMENT', party: 'SARS EFILING', ref: ref, remark: `EMP201 ${PREV} 2025` }),
        range: [60000, 120000],
        dayLo: 3,
        dayHi: 5,
        ref: (r) => `7${r.int(100000000, 999999999)}LC${r.int(1000, 9999)}`,
        channel: null,
      },
      {
        books: 'SARS',
        memo: (ref) => `VAT201 07-08/2025 PRN ${ref}`,
        text: (ref) => ({ type: 'EFT PAYMENT', party: 'SARS EFILING', ref: ref, remark: 'VAT201 JUL-AUG 2025' }),
        range: [90000, 210000],
        dayLo: 17,
        dayHi: 19,
        ref: (r) => `4${r.int(100000000, 999999999)}V${r.int(1000, 9999)}`,
        channel: null,
      },
    ],
    ownRange: [150000, 400000],
    ownChannel: 'eft',
    ownEvidence: 'reference',
    contractRange: [9000, 24000],
    contractBills: (s, r) => {
      const k = r.int(80000, 89000);
      return [`${s.code}${k}`, `${s.code}${k + 1}`];
    },
    order: (r) => `PO ${r.int(5100, 5999)}`,
    orderText: (o) => `${o} PART`,
    unpresentedWhy: 'EFT released after the bank\u2019s cut-off on the last working day, paid next month',
    transferCharges: (amount, ch) => {
      if (ch === 'rtc')
        return [{ amount: 5000, text: 'RTC PAYMENT FEE', kind: 'charge', traits: ['transfer-fee'], type: 'FEE' }];
      return [];
    },
    monthCharges: (lines, W) => {
      const last = W[W.length - 1];
      const eft = lines.filter((l) => l.type === 'EFT PAYMENT').length;
      const cash = lines.find((l) => l.type === 'CASH DEPOSIT');
      const out = [
        {
          date: last,
          amount: -1150 * eft,
          text: `EFT PAYMENT FEES ${MON} 2025 (${eft})`,
          kind: 'charge',
          traits: ['transfer-fee'],
        },
        {
          date: last,
          amount: -28500,
          text: 'MONTHLY ACCOUNT FEE',
          kind: 'charge',
          traits: ['service-fee'],
          type: 'FEE',
        },
        {
          date: last,
          amount: 84732,
          text: 'CREDIT INTEREST',
          kind: 'interest',
          traits: ['interest'],
          type: 'INTEREST',
        },
      ];
      if (cash)
        out.unshift({
          date: cash.date,
          amount: -part(cash.amount, 15, 1000),
          text: 'CASH DEPOSIT FEE',
          kind: 'charge',
          traits: ['cash-deposit-fee'],
        });
      return out;
    },
  };

  S.bank = {
    rx: (p, text) => ({
      type: 'EFT CREDIT',
      party: p.bank,
      acct: masked(),
      ref: text ?? '',
      text: 'INWARD EFT',
    }),
    tx: (p, text, ch) => ({
      type: ch === 'rtc' ? 'RTC PAYMENT' : 'EFT PAYMENT',
      party: p.bank,
      acct: masked(),
      ref: text ?? 'SUNBRIGHT',
      text: ch === 'rtc' ? 'REAL TIME CLEARING' : 'OUTWARD EFT',
    }),
    cash: () => ({ type: 'CASH DEPOSIT', party: '', ref: '', text: 'BRANCH CASH DEPOSIT' }),
    // no cheques in South Africa: the set's two "cheques" are debit orders
    chequeDeposit: (c, chq) => ({
      type: 'EFT CREDIT',
      party: c.bank,
      acct: masked(),
      ref: `CHQ ${chq}`,
      text: 'INWARD EFT',
    }),
    chequePaid: (s, chq) => ({
      type: 'DEBIT ORDER',
      party: s.bank,
      acct: masked(),
      ref: chq,
      text: 'COLLECTION',
    }),
    payroll: (batch) => ({ type: 'BULK PAYMENT', party: 'SALARIES', ref: `SAL ${MON} 2025 ${batch}`, text: 'PAYROLL' }),
    statutory: (st, ref) => {
      const t = st.text(ref);
      return { type: t.type, party: t.party, acct: masked(), ref: t.ref, text: t.remark };
    },
    own: () => ({
      type: 'TRANSFER',
      party: 'SUNBRIGHT HOME APPLIANCES (PTY) LTD',
      acct: own.acct,
      ref: `TO CALL A/C ${own.acct}`,
      text: 'OWN ACCOUNT TRANSFER',
    }),
    settle: (acq, id) => ({ type: acq.type, party: acq.party, acct: masked(), ref: acq.ref(id), text: 'INWARD EFT' }),
    reversal: (t) => ({
      type: 'EFT RETURN',
      party: t.party,
      acct: t.acct,
      ref: t.ref,
      text: 'UNPAID - ACCOUNT CLOSED',
    }),
    card: () => ({ type: 'CARD PURCHASE', party: 'MAKRO CROWN MINES', ref: '', text: 'DEBIT CARD' }),
  };
  // the scenario reads `text` for the bank's own lines; those are fees in the Remark with type FEE
  const row = (summary) => ({ summary, voucher: voucher() });
  S.book = {
    receipt: (c, n, r, o = {}) =>
      row(
        `Receipt from ${c.books}${o.cash ? ' (cash)' : ''} - ${inv(n)}${o.creditNote ? ` less ${o.creditNote}` : ''}${o.instalments ? ' (2 instalments)' : ''}`,
      ),
    payment: (s, bill, r, o = {}) => row(`Payment to ${s.books} - ${bill}${o.order ? ` (${o.order}/2)` : ''}`),
    cheque: (s, chq) => row(`Debit order ${s.books} - ${chq}`),
    chequeReceipt: (c, chq, n) => row(`Receipt from ${c.books} - ${inv(n)} CHQ ${chq}`),
    supplierRefund: (s, cn) => row(`Refund from ${s.books} - ${cn}`),
    customerRefund: (c, cn) => row(`Refund to ${c.books} - ${cn}`),
    settlement: (acq, id, o) =>
      row(
        o.fee
          ? `${acq.books} fee ${id}`
          : o.gross && id
            ? `${acq.books} ${id} (gross)`
            : `${acq.books} sales ${mmdd(o.sales)}`,
      ),
    payroll: (batch) => row(`Net salaries ${MONTHS[month - 1]} 2025 batch ${batch}`),
    statutory: (st, ref) => row(`${st.books} ${st.memo(ref)}`),
    own: () => row(`Transfer to BOC call account ${own.acct}`),
  };
  const mmdd = (d) => {
    const [, m, dd] = parts(d);
    return `${m}/${dd}`;
  };
  const ymd = (d) => d.replace(/-/g, '');

  const acct = '100008452207';
  S.bankLayout = (lines, { opening, closing }) => {
    const file = `boc-jhb-${acct}-sep2025.csv`;
    const out = [
      ['Bank of China Johannesburg Branch'],
      ['Account Transaction Details'],
      ['Account No.:', acct],
      ['Account Name:', 'SUNBRIGHT HOME APPLIANCES (PTY) LTD'],
      ['Currency:', 'ZAR'],
      ['Query Period:', `${ymd(cal.from)}-${ymd(cal.to)}`],
      ['Opening Balance:', dec(opening)],
      ['Closing Balance:', dec(closing)],
      [],
      [
        'Transaction Date',
        'Value Date',
        'Transaction Type',
        'Debit Amount',
        'Credit Amount',
        'Balance',
        'Payer/Payee Account No.',
        'Payer/Payee Name',
        'Reference',
        'Remark',
      ],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rowOf.set(l, out.length + 1);
      out.push([
        ymd(l.date),
        ymd(l.date),
        l.type ?? 'FEE',
        l.amount < 0 ? dec(-l.amount) : '',
        l.amount > 0 ? dec(l.amount) : '',
        dec(l.balance),
        l.acct ?? '',
        l.party ?? '',
        l.ref ?? '',
        l.text,
      ]);
    }
    return {
      file,
      bank: 'Bank of China Limited, Johannesburg Branch',
      format: 'csv',
      cells: out,
      headerRow: 10,
      rowOf,
      ledgerAccount: '1002.01',
      order: 'oldest-first',
      layout:
        "Bank of China Johannesburg corporate online banking \"Account Transaction Details\" CSV: eight preamble rows and a blank row, header in row 10, dates YYYYMMDD, Debit Amount / Credit Amount as plain decimals, Balance, the other party's masked account and name in their own columns, the payer's (or our) reference in Reference, the bank's wording in Transaction Type and Remark",
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'YMD',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: ['Transaction Type', 'Remark'],
          reference: 'Reference',
          party: 'Payer/Payee Name',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
          balance: 'Balance',
        },
      },
      nonEntryRows: [],
    };
  };

  S.ledgerLayout = (rows, { opening, closing }) => {
    const file = 'kingdee-detail-ledger-1002.01-sep2025.xlsx';
    const out = [
      ['Detail Ledger'],
      ['Accounting book: Sunbright Home Appliances (Pty) Ltd'],
      ['Account: 1002.01 Bank deposit - BOC Johannesburg ZAR'],
      [`Period: ${year}.${month} - ${year}.${month}`],
      ['Currency: ZAR'],
      [],
      ['Date', 'Voucher No.', 'Summary', 'Debit', 'Credit', 'Direction', 'Balance'],
      [{ d: cal.from, z: 'yyyy-mm-dd' }, '', 'Beginning balance', null, null, 'Debit', Number(dec(opening))],
    ];
    const rowOf = new Map();
    for (const r of rows) {
      rowOf.set(r, out.length + 1);
      out.push([
        { d: r.date, z: 'yyyy-mm-dd' },
        r.voucher,
        r.summary,
        r.amount > 0 ? Number(dec(r.amount)) : null,
        r.amount < 0 ? Number(dec(-r.amount)) : null,
        'Debit',
        Number(dec(r.balance)),
      ]);
    }
    const totalRow = out.length + 1;
    const dr = rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
    const cr = rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
    // the year to date adds the months January to August, fixed figures of the business's earlier books
    const ytdDr = dr + 1836420455;
    const ytdCr = cr + 1798311270;
    out.push([
      { d: cal.to, z: 'yyyy-mm-dd' },
      '',
      'Total for the period',
      Number(dec(dr)),
      Number(dec(cr)),
      'Debit',
      Number(dec(closing)),
    ]);
    out.push([
      { d: cal.to, z: 'yyyy-mm-dd' },
      '',
      'Year-to-date total',
      Number(dec(ytdDr)),
      Number(dec(ytdCr)),
      'Debit',
      Number(dec(closing)),
    ]);
    return {
      file,
      package: 'Kingdee K/3 Cloud (General Ledger → Detail Ledger of account 1002.01, English UI, exported to Excel)',
      format: 'xlsx',
      sheet: 'Detail Ledger',
      colWidths: [12, 12, 70, 14, 14, 10, 16],
      cells: out,
      headerRow: 7,
      rowOf,
      layout:
        'Kingdee K/3 Cloud Detail Ledger of account 1002.01 exported to Excel (sheet Detail Ledger): five title rows and a blank row, header in row 7, real date cells, a dated Beginning balance row, Voucher No. ("Record-57"), everything the bookkeeper wrote in Summary ("Receipt from <customer> - JHB-INV-2431"), Debit = money in, a Direction column ("Debit") and an unsigned Balance, and two dated rows after the entries: Total for the period and Year-to-date total (January to September); no account column',
      readOptions: {
        sheet: 'Detail Ledger',
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          reference: 'Voucher No.',
          description: 'Summary',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: 8, why: 'beginning balance (dated first day, balance only)' },
        { row: totalRow, why: 'period totals (dated last day)' },
        { row: totalRow + 1, why: 'year-to-date totals (dated last day) — not an entry of this month' },
      ],
    };
  };
  S.set = 'za-bocjhb-kingdee';
  S.bankName = 'Bank of China Limited, Johannesburg Branch';
  S.packageName = 'Kingdee K/3 Cloud (Detail Ledger of account 1002.01, exported to Excel)';
  return S;
}
