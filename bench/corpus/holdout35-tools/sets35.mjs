// holdout35 — the four businesses: people, numbering, the bank's narrations and charges, settlements, statutory
// payments, and both file layouts. Every name, number and reference is invented unless it is a public body,
// a payment company or a shop.
import { MONTHS, MONTHS_LONG, cellNumber, csvBytes, dMonY, dmy, money, parts, xlsxBytes, ymd } from './lib35.mjs';

const upper = (s) => s.toUpperCase();
const cust = (name, bank) => ({ name, bank: bank ?? upper(name) });
const pct = (minor, num, den) => Math.round((minor * num) / den);

/** the things every dialect does the same way */
function common(m, D, ctx) {
  const { rng } = m;
  const R = D.ranges;
  // settlements: net with its id (gross booked); gross and fee booked as two rows with its id; no id (gross booked)
  const [sa, sb, sc] = D.settlements;
  {
    const gross = m.fresh(...R.settle);
    const fee = pct(gross, sa.feePerMille, 1000);
    const id = sa.id(rng);
    const date = m.anyDay(3, m.days.length - 3);
    const l = m.line({ date, amount: m.claim(gross - fee), ...sa.text(id) });
    D.fees.afterIn(m, l);
    const r = m.row({ date, amount: gross, ...sa.book(id) });
    m.auto(l, [r], ['settlement-id', 'short-net-of-fee'], { difference: -fee });
  }
  {
    const gross = m.fresh(...R.settle);
    const fee = m.claim(pct(gross, sb.feePerMille, 1000));
    const id = sb.id(rng);
    const date = m.anyDay(3, m.days.length - 3);
    const l = m.line({ date, amount: m.claim(gross - fee), ...sb.text(id) });
    D.fees.afterIn(m, l);
    const r1 = m.row({ date, amount: gross, ...sb.book(id) });
    const r2 = m.row({ date, amount: -fee, ...sb.bookFee(id) });
    m.auto(l, [r1, r2], ['settlement-id', 'gross-and-fee-booked']);
  }
  {
    const gross = m.fresh(...R.settle);
    const fee = pct(gross, sc.feePerMille, 1000);
    const date = m.anyDay(3, m.days.length - 3);
    const l = m.line({ date, amount: m.claim(gross - fee), ...sc.text() });
    D.fees.afterIn(m, l);
    const r = m.row({ date, amount: gross, ...sc.book() });
    m.suggest(l, [r], false, ['short-net-of-fee', 'no-settlement-id']);
  }
  // payroll
  {
    const amt = m.fresh(...R.payroll);
    const batch = rng.digits(5);
    const date = m.day(-3);
    const l = m.line({ date, amount: -amt, ...D.payroll.text(batch) });
    D.payroll.fees(m, l);
    const r = m.row({ date, amount: -amt, ...D.payroll.book(batch) });
    m.auto(l, [r], ['payroll']);
  }
  // statutory payments and utilities
  for (const s of [...D.statutory, ...D.utilities]) {
    const amt = m.fresh(...s.range);
    const no = s.no(rng);
    const date = m.anyDay(s.lo ?? 2, s.hi ?? m.days.length - 2);
    const l = m.line({ date, amount: -amt, ...s.text(no) });
    if (s.fees) s.fees(m, l);
    const r = m.row({ date: s.bookLate ? m.after(date, 1) : date, amount: -amt, ...s.book(no) });
    m.auto(l, [r], [s.trait]);
  }
  // own account transfer
  {
    const o = D.ownTransfer;
    const amt = m.fresh(...R.own);
    const date = m.anyDay(4, m.days.length - 4);
    const l = m.line({ date, amount: o.sign * amt, ...o.text() });
    if (o.fees) o.fees(m, l);
    const r = m.row({ date, amount: o.sign * amt, ...o.book() });
    m.auto(l, [r], ['interbank-transfer', 'own-account']);
  }
  // an unbooked card purchase; last month's cheque (or payment) clearing now
  {
    const amt = m.fresh(...R.card, 1);
    m.none(m.line({ date: m.anyDay(2, m.days.length - 2), amount: -amt, ...D.card() }), ['unbooked-card-purchase']);
    const chq = m.fresh(...R.bill);
    ctx.lastMonth = chq;
    m.none(m.line({ date: m.day(1), amount: -chq, ...D.lastMonth() }), [D.lastMonthTrait]);
  }
  void ctx;
}

// ============================================================== NG
const NG = {
  id: 'ng-fsdh-quickfile',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2026,
  month: 5,
  holidays: ['2026-05-01', '2026-05-27', '2026-05-28'],
  holidayNotes: "Workers' Day (1 May) and the expected Eid-el-Kabir holidays (27 and 28 May 2026)",
  opening: 38_620_315_40,
  bank: 'FSDH Merchant Bank Limited',
  package: 'QuickFile (Reports → Nominal ledger of nominal code 1200 FSDH Current Account, exported to CSV)',
  business:
    'Ivybridge International School Ltd, Lekki, Lagos (a British-curriculum day school founded with a UK education group, hence QuickFile)',
  ledgerAccount: '1200',
  firstInvoice: 10440,
  inv: (n) => `IIS${n}`,
  invWritings: [
    { trait: 'canonical', write: (n) => `IIS${n}` },
    { trait: 'lowercase-spaced', write: (n) => `iis ${n}` },
    { trait: 'other-prefix', write: (n) => `INV ${n}` },
    { trait: 'slashes', write: (n) => `IIS/${n}` },
    { trait: 'words', write: (n) => `invoice no ${n}` },
    { trait: 'spaces', write: (n) => `IIS ${String(n).slice(0, 2)} ${String(n).slice(2)}` },
  ],
  cnNo: (k) => `CN${400 + k}`,
  manyInvoices: (ns) => `FEES IIS${ns[0]}, IIS${ns[1]} AND IIS${ns[2]}`,
  lessCreditNote: (n, cn) => `IIS${n} LESS ${cn}`,
  orderNo: (rng) => `45000${rng.digits(5)}`,
  plainNotes: ['SCHOOL FEES', 'FEES THIRD TERM', 'TUITION AND BUS', 'FEES FOR MY WARDS'],
  words: {
    instalment1: 'FIRST HALF',
    instalment2: 'BAL',
    part: 'PART PAYT',
    netOfCn: 'net of sibling discount credit note',
    onAccount: 'on account',
    refund: 'Refund of overpaid fees',
    supplierRefund: 'REFUND OVERCHARGE',
    supplierRefundBook: 'Supplier refund - overcharge',
    part1: ' (1 OF 2)',
    part2: ' (2 OF 2)',
  },
  cashPayers: 1,
  roundUp: 100000,
  limit: 1_000_000_000,
  ranges: {
    inv: [350000, 2400000],
    part: [120000, 650000],
    small: [15000, 95000],
    bill: [180000, 3200000],
    settle: [400000, 2600000],
    payroll: [18000000, 24000000],
    own: [5000000, 15000000],
    card: [18000, 95000],
  },
  customers: [
    cust('Adaeze Okafor', 'ADAEZE CHIOMA OKAFOR'),
    cust('Babatunde Adeyemi-Lawal'),
    cust('Chukwuemeka Nwosu', 'NWOSU CHUKWUEMEKA PETER'),
    cust('Folasade Ogunleye', 'OGUNLEYE FOLASADE T'),
    cust('Ibrahim Musa Danjuma'),
    cust('Ngozi Eze-Williams'),
    cust('Oluwaseun Bakare', 'BAKARE OLUWASEUN ADEBOLA'),
    cust('Tamara Briggs', 'TAMARA IBIBA BRIGGS'),
    cust('Yetunde Akinola', 'AKINOLA YETUNDE MORENIKE'),
    cust('Kelechi Obiora', 'OBIORA KELECHI JOHN'),
    cust('Halima Abubakar-Sani'),
    cust('Rotimi Coker', 'COKER ROTIMI OLUSEGUN'),
    cust('Ebiere Dimieari', 'DIMIEARI EBIERE GRACE'),
    cust('Uchenna Ikwuemesi'),
    cust('Damilola Shonibare', 'SHONIBARE DAMILOLA A'),
    cust('Mariam Olanrewaju-Bello'),
  ],
  shortPayer: cust('Trans-Amadi Oilfield Services Ltd'),
  shortTrait: 'short-withholding-tax-5pct',
  short(m) {
    for (;;) {
      const net = m.rng.int(8, 24) * 100000_00;
      const due = net + (net * 75) / 1000;
      const paid = due - net / 20;
      if (!m.used.has(due) && !m.used.has(paid)) {
        m.claim(due);
        m.claim(paid);
        return { due, paid };
      }
    }
  },
  orderNote: (po) => `PO ${po} CAMP`,
  orderCopy: (po) => `Holiday camp - sponsor PO ${po}`,
  thirdParties: [cust('Eko Gas Distribution Ltd'), cust('Apapa Flour Mills Ltd', 'APAPA FLOUR MILLS LIMITED')],
  thirdPartyNote: (n) => `STAFF WARD FEES IIS${n}`,
  strangers: [cust('Musa Garba Aliyu'), cust('Adeola and Sons Ventures')],
  strangerNotes: ['PAYMENT', 'TRF'],
  suppliers: [
    { ...cust('Learnwell Educational Books Ltd'), bill: null, fmt: (r) => `LWB-${r.digits(5)}` },
    { ...cust('Crestview Uniforms Ltd', 'CRESTVIEW UNIFORMS'), fmt: (r) => `CU${r.digits(4)}` },
    { ...cust('Mama Tola Catering Services'), fmt: (r) => `MTC-${r.digits(3)}` },
    { ...cust('Ikota Diesel & Gas Supply Ltd', 'IKOTA DIESEL AND GAS SUPPLY'), fmt: (r) => `IDG ${r.digits(5)}` },
    { ...cust('Shieldguard Security Ltd', 'SHIELDGUARD SECURITY LTD'), fmt: (r) => `SG/${r.digits(4)}` },
    { ...cust('Brightlane Bus Services Ltd', 'BRIGHTLANE BUS SERVICES'), fmt: (r) => `BBS${r.digits(4)}` },
    { ...cust('Techlink ICT Solutions Ltd'), fmt: (r) => `TL${r.digits(5)}` },
    { ...cust('Greenleaf Facility Cleaning Ltd', 'GREENLEAF FACILITY CLEANING'), fmt: (r) => `GFC${r.digits(4)}` },
    { ...cust('Sureprint Lagos Ltd', 'SUREPRINT LAGOS LTD'), fmt: (r) => `SPL-${r.digits(4)}` },
    { ...cust('Oniru Plumbing Works'), fmt: (r) => `OPW${r.digits(3)}` },
  ],
  billNote: (bill) => `INV ${bill}`,
  plainOut: () => 'PAYMENT',
  twinPayee: cust('Jollykids Excursions Ltd', 'JOLLYKIDS EXCURSIONS LTD'),
  twinNote: 'EXCURSION DEPOSIT',
  twinBook: 'Excursion deposit - Jollykids Excursions',
  refundNote: (cn) => `REFUND ${cn}`,
  lastMonthTrait: 'last-month-cheque',
};
{
  const banks = ['GTB', 'ZENITH', 'ACCESS', 'UBA', 'FIRSTBANK', 'STANBIC', 'KUDA', 'OPAY', 'MONIEPOINT', 'FIDELITY'];
  const sess = (m, date) => {
    const { y, m: mo, d } = parts(date);
    const hh = String(m.rng.int(7, 19)).padStart(2, '0');
    const mi = String(m.rng.int(0, 59)).padStart(2, '0');
    const ss = String(m.rng.int(0, 59)).padStart(2, '0');
    return `0000${m.rng.int(10, 99)}${String(y).slice(2)}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}${hh}${mi}${ss}${m.rng.digits(12)}`;
  };
  const ft = (m, date, p = 'FT') => {
    const { y, m: mo, d } = parts(date);
    const doy = Math.round((Date.UTC(y, mo - 1, d) - Date.UTC(y, 0, 0)) / 86400000);
    return `${p}${String(y).slice(2)}${String(doy).padStart(3, '0')}${m.rng.alnum(5)}`;
  };
  let mm;
  NG.bindMonth = (m) => {
    mm = m;
  };
  NG.txt = {
    in: (c, note, opts = {}) => {
      const b = mm.rng.pick(banks);
      if (opts.refCell) return { text: `NIP/${b}/${c.bank}`, reference: opts.refCell };
      return { text: `NIP/${b}/${c.bank}/${note}`, reference: 'SESSION' };
    },
    cash: (c) => ({ text: `CASH DEPOSIT BY ${c.bank}`, reference: 'TT' }),
    out: (s, note) => ({ text: `NIP TRF TO ${s.bank}/${note}`, reference: 'FT' }),
    reversal: (f, s) => ({ text: `RVSL NIP TRF TO ${s.bank} - BENEFICIARY ACCOUNT INVALID`, reference: f.reference }),
  };
  const band = (amt) => (amt <= 500000 ? [1000, 75] : amt <= 5000000 ? [2500, 188] : [5000, 375]);
  NG.fees = {
    afterIn(m, l) {
      if (l.amount >= 1000000 && !l.noLevy)
        m.bankOnly(
          m.line({ date: l.date, amount: -5000, text: 'ELECTRONIC MONEY TRANSFER LEVY', reference: 'FT' }),
          'levy',
        );
    },
    afterCash() {},
    afterOut(m, l) {
      const [fee, vat] = band(-l.amount);
      m.bankOnly(m.line({ date: l.date, amount: -fee, text: 'NIP TRANSFER CHARGE', reference: l.reference }), 'charge');
      m.bankOnly(
        m.line({ date: l.date, amount: -vat, text: 'VAT ON NIP TRANSFER CHARGE', reference: l.reference }),
        'fee-vat',
      );
    },
  };
  NG.finishLine = (m, l) => {
    if (l.reference === 'SESSION') l.reference = sess(m, l.date);
    else if (l.reference === 'FT' || l.reference === 'TT') l.reference = ft(m, l.date, l.reference);
  };
  NG.book = {
    in: (c, doc, note) => ({
      type: 'Sales Receipt',
      ref: doc,
      desc: note || (doc ? `Payment for invoice ${doc}` : 'Receipt'),
      party: c.name,
    }),
    out: (s, doc, note) => ({
      type: 'Purchase Payment',
      ref: doc,
      desc: note || `Payment of supplier invoice ${doc}`,
      party: s.name,
    }),
  };
  NG.settlements = [
    {
      feePerMille: 15,
      id: (r) => r.digits(7),
      text: (id) => ({ text: `FLUTTERWAVE SETTLEMENT FLW-SET-${id}`, reference: 'FT' }),
      book: (id) => ({
        type: 'Bank Receipt',
        ref: `FLW-${id}`,
        desc: 'Flutterwave online fees collection (gross)',
        party: 'Flutterwave',
      }),
    },
    {
      feePerMille: 15,
      id: (r) => r.digits(7),
      text: (id) => ({ text: `PAYSTACK PAYOUT ${id}`, reference: 'FT' }),
      book: (id) => ({
        type: 'Bank Receipt',
        ref: `PSTK ${id}`,
        desc: 'Paystack online fees collection',
        party: 'Paystack',
      }),
      bookFee: (id) => ({
        type: 'Bank Payment',
        ref: `PSTK ${id}`,
        desc: 'Paystack transaction charges',
        party: 'Paystack',
      }),
    },
    {
      feePerMille: 5,
      text: () => ({ text: 'MONIEPOINT POS SETTLEMENT', reference: 'FT' }),
      book: () => ({
        type: 'Bank Receipt',
        ref: '',
        desc: 'Uniform shop POS takings (Moniepoint)',
        party: 'Moniepoint',
      }),
    },
  ];
  NG.payroll = {
    text: (b) => ({ text: `BULK TRANSFER/SALARY MAY 2026/BATCH ${b}`, reference: 'FT' }),
    fees(m, l) {
      m.bankOnly(
        m.line({ date: l.date, amount: -120000, text: 'BULK PAYMENT CHARGE (48)', reference: l.reference }),
        'charge',
      );
      m.bankOnly(
        m.line({ date: l.date, amount: -9000, text: 'VAT ON BULK PAYMENT CHARGE', reference: l.reference }),
        'fee-vat',
      );
    },
    book: (b) => ({ type: 'Bank Payment', ref: `PAYRUN-${b}`, desc: 'Staff salaries May 2026', party: 'Payroll' }),
  };
  const rrr = (r) => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
  NG.statutory = [
    {
      trait: 'statutory',
      range: [5200000, 7800000],
      no: rrr,
      text: (no) => ({ text: `REMITA/LIRS PAYE APR 2026/RRR ${no}`, reference: 'FT' }),
      book: (no) => ({
        type: 'Bank Payment',
        ref: `RRR ${no.replaceAll('-', '')}`,
        desc: 'PAYE April 2026',
        party: 'Lagos State Internal Revenue Service',
      }),
    },
    {
      trait: 'statutory',
      range: [4800000, 6900000],
      no: rrr,
      text: (no) => ({ text: `REMITA/PENCOM CONTRIBUTION APR26/RRR ${no}`, reference: 'FT' }),
      book: (no) => ({
        type: 'Bank Payment',
        ref: `RRR ${no.replaceAll('-', '')}`,
        desc: 'Pension contributions April 2026',
        party: 'National Pension Commission',
      }),
    },
    {
      trait: 'statutory',
      range: [350000, 1200000],
      no: rrr,
      bookLate: true,
      text: (no) => ({ text: `REMITA/FIRS WHT APR 2026/RRR ${no}`, reference: 'FT' }),
      book: (no) => ({
        type: 'Bank Payment',
        ref: `RRR ${no.replaceAll('-', '')}`,
        desc: 'Withholding tax remitted April 2026',
        party: 'Federal Inland Revenue Service',
      }),
    },
  ];
  NG.utilities = [
    {
      trait: 'utility',
      range: [250000, 900000],
      no: (r) => r.digits(11),
      text: (no) => ({ text: `BILLS PAYMENT/EKEDC PREPAID/${no}`, reference: 'FT' }),
      book: (no) => ({
        type: 'Bank Payment',
        ref: '',
        desc: `Electricity token meter ${no}`,
        party: 'Eko Electricity Distribution Company',
      }),
    },
    {
      trait: 'utility',
      range: [45000, 160000],
      no: (r) => r.digits(8),
      text: (no) => ({ text: `BILLS PAYMENT/LAGOS WATER CORP/${no}`, reference: 'FT' }),
      book: (no) => ({
        type: 'Bank Payment',
        ref: '',
        desc: `Water bill account ${no}`,
        party: 'Lagos Water Corporation',
      }),
    },
  ];
  NG.ownTransfer = {
    sign: 1,
    text: () => ({
      text: 'NIP/GTB/IVYBRIDGE INTL SCHOOL LTD/SWEEP FROM FEES COLLECTION A/C 0123648870',
      reference: 'SESSION',
    }),
    book: () => ({
      type: 'Transfer',
      ref: 'TRF-0526',
      desc: 'Transfer from GTBank fees collection a/c 0123648870',
      party: '',
    }),
  };
  NG.card = () => ({ text: 'POS PURCHASE SHOPRITE LEKKI', reference: 'FT' });
  NG.lastMonth = () => ({ text: 'CLEARING CHQ 00000231 PRESENTED', reference: 'CHQ00000231' });
  NG.ledgerOnlyEvents = (m, { sup, bookOut, bookIn, cust: nextCust }) => {
    const s = sup();
    m.ledgerOnly(
      bookOut(m.day(-3), m.fresh(...NG.ranges.bill), s, 'CHQ 000246', `Cheque 000246 to ${s.name}`),
      'cheque not yet presented',
    );
    const s2 = sup();
    m.ledgerOnly(
      bookOut(m.day(-1), m.fresh(...NG.ranges.bill), s2, s2.bill(), ''),
      'payment booked on the last day, paid by the bank next month',
    );
    const c = nextCust();
    m.ledgerOnly(
      bookIn(m.day(-1), m.fresh(...NG.ranges.inv), c, '', `Cheque lodged - ${c.name}`),
      'lodgement not yet credited',
    );
  };
  NG.monthEnd = (m) => {
    const d = m.day(-1);
    m.bankOnly(
      m.line({ date: d, amount: -m.rng.int(60, 110) * 400, text: 'SMS ALERT CHARGES MAY 2026', reference: 'FT' }),
      'charge',
    );
    const debits = m.lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
    const amf = Math.round(debits / 1000);
    m.bankOnly(m.line({ date: d, amount: -amf, text: 'ACCOUNT MAINTENANCE FEE', reference: 'FT' }), 'charge');
    m.bankOnly(
      m.line({
        date: d,
        amount: -Math.round((amf * 75) / 1000),
        text: 'VAT ON ACCOUNT MAINTENANCE FEE',
        reference: 'FT',
      }),
      'fee-vat',
    );
  };
  NG.writeBank = (m, lines, bal) => {
    const file = 'fsdh-1000487213-may2026.xlsx';
    const head = [
      ['FSDH Merchant Bank Limited'],
      ['Statement of Account'],
      ['Account Name', 'IVYBRIDGE INTERNATIONAL SCHOOL LTD'],
      ['Account Number', '1000487213'],
      ['Currency', 'NGN'],
      ['Period', '01-May-2026 to 31-May-2026'],
      ['Opening Balance', cellNumber(bal.opening)],
      ['Closing Balance', cellNumber(bal.closing)],
      [],
      ['Posting Date', 'Value Date', 'Transaction Details', 'Reference No', 'Debit', 'Credit', 'Balance'],
    ];
    const rows = [...head];
    const rowOf = new Map();
    const ordered = lines.slice().reverse();
    for (const l of ordered) {
      rows.push([
        { date: l.date, fmt: 'dd-mmm-yyyy' },
        { date: l.valueDate, fmt: 'dd-mmm-yyyy' },
        l.text,
        l.reference || null,
        l.amount < 0 ? cellNumber(-l.amount) : null,
        l.amount > 0 ? cellNumber(l.amount) : null,
        cellNumber(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    rows.push([null, null, 'Balance B/F', null, null, null, cellNumber(bal.opening)]);
    const out = lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
    const inn = lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0);
    rows.push([null, null, 'TOTAL', null, cellNumber(out), cellNumber(inn), null]);
    const totalRow = rows.length;
    return {
      file,
      bytes: xlsxBytes('Statement', rows, { cols: [13, 13, 70, 34, 16, 16, 18] }),
      rowOf,
      headerRow: 10,
      order: 'newest-first',
      readOptions: {
        currency: 'NGN',
        sheet: 'Statement',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Reference No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [{ row: totalRow, why: 'undated TOTAL row of the debit and credit columns, not an entry' }],
      layout:
        'XLSX sheet Statement; 8 label/value preamble rows and a blank; header row 10; newest first; real date cells shown dd-mmm-yyyy; numeric Debit/Credit/Balance; an undated Balance B/F row (balance only) and an undated TOTAL row with money at the foot',
    };
  };
  NG.writeBooks = (m, rows, bal) => {
    const file = 'quickfile-nominal-ledger-1200-may2026.csv';
    const out = [
      ['Ivybridge International School Ltd'],
      ['Nominal Ledger Report: 1200 - FSDH Current Account'],
      ['Date range: 01/05/2026 to 31/05/2026'],
      [],
      ['Date', 'Nominal Code', 'Type', 'Ref No', 'Narrative', 'Client/Supplier', 'Amount', 'Running Total'],
      [dMonY(`${m.first.slice(0, 8)}01`), '1200', 'Brought Forward', '', 'Opening balance', '', '', money(bal.opening)],
    ];
    const rowOf = new Map();
    for (const r of rows) {
      out.push([dMonY(r.date), '1200', r.type, r.ref, r.desc, r.party, money(r.amount), money(r.balance)]);
      rowOf.set(r, out.length);
    }
    out.push(['', '', '', '', 'Total for period', '', money(rows.reduce((a, r) => a + r.amount, 0)), '']);
    const totalRow = out.length;
    out.push([
      dMonY(`${m.last.slice(0, 8)}31`),
      '1200',
      'Carried Forward',
      '',
      'Closing balance',
      '',
      '',
      money(bal.closing),
    ]);
    return {
      file,
      bytes: csvBytes(out, { bom: true }),
      rowOf,
      headerRow: 5,
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Date',
          account: 'Nominal Code',
          reference: 'Ref No',
          description: 'Narrative',
          party: 'Client/Supplier',
          amount: 'Amount',
          balance: 'Running Total',
        },
      },
      nonEntryRows: [{ row: totalRow, why: 'undated Total for period row with money, not an entry' }],
      partyMapped: true,
      layout:
        'CSV (UTF-8 with BOM, CRLF); 3 title rows and a blank; header row 5; dates as dd Mon yyyy text; a signed Amount (money out negative) and a Running Total; dated Brought Forward / Carried Forward rows carrying only a balance; an undated Total for period row with money',
    };
  };
}

// ============================================================== GH
const GH = {
  id: 'gh-amenfiman-economic',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2026,
  month: 7,
  holidays: ['2026-07-01'],
  holidayNotes: 'Republic Day (1 July 2026, a public holiday again since 2025)',
  opening: 612_480_55,
  bank: 'Amenfiman Rural Bank PLC',
  package: 'e-conomic (Visma) — Account statement of account 5820 Amenfiman Rural Bank GHS, exported to Excel',
  business:
    'Nsuaem Oil Palm Processing Ltd, Wassa Akropong, Western Region (a palm oil mill with a Danish investor, hence e-conomic); the rural bank account takes the mill gate sales and pays outgrowers',
  ledgerAccount: '5820',
  firstInvoice: 20410,
  inv: (n) => String(n),
  invWritings: [
    { trait: 'bare-number', write: (n) => `${n}` },
    { trait: 'lowercase-spaced', write: (n) => `inv ${n}` },
    { trait: 'canonical-prefixed', write: (n) => `INV-${n}` },
    { trait: 'abbrev-dot', write: (n) => `Inv No. ${n}` },
    { trait: 'words', write: (n) => `invoice ${n}` },
    { trait: 'spaces', write: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}` },
  ],
  cnNo: (k) => `CN ${700 + k}`,
  manyInvoices: (ns) => `INV ${ns[0]}, ${ns[1]} & ${ns[2]}`,
  lessCreditNote: (n, cn) => `INV ${n} LESS ${cn}`,
  orderNo: (rng) => `KEO/PO/${rng.digits(5)}`,
  plainNotes: ['PALM OIL', 'CPO SUPPLY', 'FOR OIL', 'KERNEL CAKE'],
  words: {
    instalment1: 'PART 1',
    instalment2: 'FINAL',
    part: 'PART',
    netOfCn: 'net of credit note',
    onAccount: 'on account',
    refund: 'Refund',
    supplierRefund: 'REFUND',
    supplierRefundBook: 'Refund of overpayment',
    part1: ' A',
    part2: ' B',
  },
  cashPayers: 2,
  roundUp: 10000,
  limit: 50_000_00,
  ranges: {
    inv: [8000, 95000],
    part: [2500, 12000],
    small: [400, 2500],
    bill: [3000, 40000],
    settle: [6000, 30000],
    payroll: [180000, 240000],
    own: [60000, 150000],
    card: [300, 1500],
  },
  customers: [
    cust('Takoradi Soap Works Ltd'),
    cust('Adwoa Serwaa Enterprise'),
    cust('Maame Esi Mensah', 'ESI MENSAH MAAME'),
    cust('Tarkwa Community Kitchen Ltd', 'TARKWA COMMUNITY KITCHEN'),
    cust('Obuasi Gold Catering Services', 'OBUASI GOLD CATERING SVCS'),
    cust('Nana Kwame Boateng & Sons', 'NANA KWAME BOATENG AND SONS'),
    cust('Sefwi Traders Cooperative'),
    cust('Kumasi Kernel Crushers Ltd'),
    cust('Abena Pokuaa Ventures'),
    cust('Cape Coast Food Processors Ltd', 'CAPE COAST FOOD PROCESSORS'),
    cust('Western Animal Feeds Ltd'),
    cust('Yaw Darko Trading'),
    cust('Efua Amissah', 'AMISSAH EFUA'),
    cust('Prestea Mining Canteen Ltd', 'PRESTEA MINING CANTEEN'),
    cust('Agona Nkwanta Market Women Association', 'AGONA NKWANTA MKT WOMEN ASSOC'),
    cust('Kofi Ansah Soap Makers', 'KOFI ANSAH SOAP MAKERS'),
  ],
  shortPayer: cust('Kasoa Edible Oils Refinery Ltd', 'KASOA EDIBLE OILS REFINERY'),
  shortTrait: 'short-withholding-tax-3pct',
  short(m) {
    for (;;) {
      const due = m.rng.int(40000, 90000) * 100;
      const paid = due - pct(due, 3, 100);
      if (!m.used.has(due) && !m.used.has(paid)) {
        m.claim(due);
        m.claim(paid);
        return { due, paid };
      }
    }
  },
  orderNote: (po) => `${po}`,
  orderCopy: (po) => `their PO ${po}`,
  thirdParties: [cust('Kwesi Arthur Haulage', 'KWESI ARTHUR HAULAGE'), cust('Ama Dufie Owusu')],
  thirdPartyNote: (n, c) => `INV ${n} FOR ${upper(c.name.split(' ')[0])}`,
  strangers: [cust('Ebenezer Quayson'), cust('Mabel Adomako')],
  strangerNotes: ['PAYMENT', 'OIL'],
  suppliers: [
    { ...cust('Akropong Fuel Station Ltd'), fmt: (r) => `AFS${r.digits(5)}` },
    { ...cust('Western Steel Fabrication Works', 'WESTERN STEEL FABRICATION'), fmt: (r) => `WSF/${r.digits(4)}` },
    { ...cust('Ahanta Haulage Services'), fmt: (r) => `AHS-${r.digits(4)}` },
    { ...cust('Mpohor Sacks & Drums Supply', 'MPOHOR SACKS AND DRUMS'), fmt: (r) => `MSD${r.digits(4)}` },
    { ...cust('Kofi Asante Engineering Workshop', 'KOFI ASANTE ENGINEERING'), fmt: (r) => `KAE ${r.digits(3)}` },
    { ...cust('Tarkwa Boiler Services'), fmt: (r) => `TBS-${r.digits(5)}` },
    { ...cust('Goodshield Security Ghana', 'GOODSHIELD SECURITY GH'), fmt: (r) => `GSG${r.digits(4)}` },
    { ...cust('Amenfi Agro Inputs Ltd', 'AMENFI AGRO INPUTS'), fmt: (r) => `AAI-${r.digits(4)}` },
    { ...cust('Takoradi Lab Services'), fmt: (r) => `TLS${r.digits(4)}` },
    { ...cust('Bogoso Spare Parts Dealers'), fmt: (r) => `BSP ${r.digits(4)}` },
  ],
  billNote: (bill) => `BILL ${bill}`,
  plainOut: () => 'PAYMENT',
  twinPayee: cust('Wassa Oil Palm Outgrowers Cooperative', 'WASSA OIL PALM OUTGROWERS COOP'),
  twinNote: 'FFB PAYMENT',
  twinBook: 'FFB purchases',
  refundNote: (cn) => `REFUND ${cn}`,
  lastMonthTrait: 'last-month-cheque',
};
{
  let mm;
  GH.bindMonth = (m) => {
    mm = m;
  };
  const gip = (m, date) => {
    const { y, m: mo, d } = parts(date);
    return `GIP${String(y).slice(2)}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}${m.rng.digits(8)}`;
  };
  GH.txt = {
    in: (c, note, opts = {}) => {
      if (opts.refCell) return { text: `GIP INWARD FRM ${c.bank}`, reference: opts.refCell };
      return { text: `GIP INWARD FRM ${c.bank} ${note}`.trim(), reference: 'GIP' };
    },
    cash: (c) => ({ text: `CASH DEP BY ${c.bank}`, reference: '' }),
    out: (s, note) => ({ text: `GIP OUTWARD TO ${s.bank} ${note}`, reference: 'GIP' }),
    reversal: (f, s) => ({ text: `REV GIP OUTWARD TO ${s.bank} - INVALID ACCT`, reference: f.reference }),
  };
  GH.finishLine = (m, l) => {
    if (l.reference === 'GIP') l.reference = gip(m, l.date);
  };
  GH.fees = {
    afterIn() {},
    afterCash() {},
    afterOut(m, l) {
      const fee = -l.amount <= 20000_00 ? 500 : 1000;
      m.bankOnly(m.line({ date: l.date, amount: -fee, text: 'GIP TRANSFER CHARGE', reference: '' }), 'charge');
    },
  };
  const withParty = (base, name) => `${base} - ${name}`;
  GH.book = {
    in: (c, doc, note) => ({
      desc: withParty(
        note ? (doc ? `Payment invoice ${doc} ${note}` : note) : doc ? `Payment invoice ${doc}` : 'Receipt',
        c.name,
      ),
    }),
    out: (s, doc, note) => ({
      desc: withParty(note ? (doc ? `Supplier invoice ${doc} ${note}` : note) : `Supplier invoice ${doc}`, s.name),
    }),
  };
  GH.settlements = [
    {
      feePerMille: 10,
      id: (r) => r.digits(8),
      text: (id) => ({ text: `MTN MOMO MERCHANT SETTLEMENT BATCH ${id}`, reference: '' }),
      book: (id) => ({ desc: `MTN MoMo merchant collections batch ${id} (gross) - MTN Mobile Money` }),
    },
    {
      feePerMille: 8,
      id: (r) => r.digits(7),
      text: (id) => ({ text: `TELECEL CASH PAYOUT ${id}`, reference: '' }),
      book: (id) => ({ desc: `Telecel Cash collections payout ${id}` }),
      bookFee: (id) => ({ desc: `Telecel Cash merchant fee payout ${id}` }),
    },
    {
      feePerMille: 15,
      text: () => ({ text: 'THETELLER SETTLEMENT', reference: '' }),
      book: () => ({ desc: 'Theteller card collections - PaySwitch theteller' }),
    },
  ];
  GH.payroll = {
    text: (b) => ({ text: `ACH BULK CREDIT SALARY JULY 2026 BATCH ${b}`, reference: '' }),
    fees(m, l) {
      m.bankOnly(m.line({ date: l.date, amount: -5250, text: 'ACH BULK CHARGE (35)', reference: '' }), 'charge');
    },
    book: (b) => ({ desc: `Salaries July 2026 batch ${b}` }),
  };
  GH.statutory = [
    {
      trait: 'statutory',
      range: [14000, 22000],
      no: (r) => `${r.digits(10)}`,
      text: (no) => ({ text: `GRA PAYE JUNE 2026 PRN ${no}`, reference: '' }),
      book: (no) => ({ desc: `PAYE June 2026 PRN ${no} - Ghana Revenue Authority` }),
    },
    {
      trait: 'statutory',
      range: [18000, 27000],
      no: (r) => `${r.digits(9)}`,
      text: (no) => ({ text: `SSNIT CONTRIBUTION JUN 2026 ER ${no}`, reference: '' }),
      book: (no) => ({ desc: `SSNIT contributions June 2026 employer ${no}` }),
    },
    {
      trait: 'statutory',
      range: [9000, 16000],
      no: (r) => `${r.digits(10)}`,
      bookLate: true,
      text: (no) => ({ text: `GRA VAT RETURN JUNE 2026 PRN ${no}`, reference: '' }),
      book: (no) => ({ desc: `VAT June 2026 PRN ${no} - Ghana Revenue Authority` }),
    },
  ];
  GH.utilities = [
    {
      trait: 'utility',
      range: [6000, 14000],
      no: (r) => r.digits(10),
      text: (no) => ({ text: `ECG POSTPAID BILL ACCT ${no}`, reference: '' }),
      book: (no) => ({ desc: `Electricity June 2026 account ${no} - Electricity Company of Ghana` }),
    },
    {
      trait: 'utility',
      range: [800, 2600],
      no: (r) => r.digits(9),
      text: (no) => ({ text: `GWL BILL PAYMENT ${no}`, reference: '' }),
      book: (no) => ({ desc: `Water account ${no} - Ghana Water Limited` }),
    },
  ];
  GH.ownTransfer = {
    sign: -1,
    text: () => ({ text: 'GIP OUTWARD TO NSUAEM OIL PALM PROCESSING TRF TO CALBANK 1400004412', reference: 'GIP' }),
    fees: (m, l) => GH.fees.afterOut(m, l),
    book: () => ({ desc: 'Transfer to CalBank operating account 1400004412' }),
  };
  GH.card = () => ({ text: 'VISA POS PURCHASE SHOPRITE TAKORADI', reference: '' });
  GH.lastMonth = () => ({ text: 'CHQ 000318 PAID IN CLEARING', reference: '000318' });
  GH.ledgerOnlyEvents = (m, { sup, bookOut, bookIn, cust: nextCust }) => {
    const s = sup();
    m.ledgerOnly(
      bookOut(m.day(-4), m.fresh(...GH.ranges.bill), s, '', `Cheque 000331 issued`),
      'cheque not yet presented',
    );
    const s2 = sup();
    m.ledgerOnly(
      bookOut(m.day(-1), m.fresh(...GH.ranges.bill), s2, s2.bill(), ''),
      'payment booked on the last day, paid by the bank next month',
    );
    const c = nextCust();
    m.ledgerOnly(
      bookIn(m.day(-1), m.fresh(...GH.ranges.inv), c, '', 'Cash lodged at the branch, not yet credited'),
      'lodgement not yet credited',
    );
  };
  GH.monthEnd = (m) => {
    const d = m.day(-1);
    const debits = m.lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
    m.bankOnly(
      m.line({
        date: d,
        amount: -Math.round((debits * 2) / 1000),
        text: 'COMMISSION ON TURNOVER JULY 2026',
        reference: '',
      }),
      'charge',
    );
    m.bankOnly(m.line({ date: d, amount: -1200, text: 'SMS ALERT CHARGES', reference: '' }), 'charge');
    m.bankOnly(m.line({ date: d, amount: -2500, text: 'ACCOUNT MAINTENANCE FEE', reference: '' }), 'charge');
  };
  const g = (minor) => money(minor, { group: ',' });
  GH.writeBank = (m, lines, bal) => {
    const file = 'amenfiman-rb-0101125004417-jul2026.csv';
    const rows = [
      ['AMENFIMAN RURAL BANK PLC'],
      ['WASSA AKROPONG BRANCH'],
      ['CUSTOMER STATEMENT'],
      ['ACCOUNT NAME:', 'NSUAEM OIL PALM PROCESSING LTD'],
      ['ACCOUNT NO:', '0101125004417'],
      ['CURRENCY:', 'GHS'],
      ['PERIOD:', '01/07/2026 - 31/07/2026'],
      [],
      ['TRANS DATE', 'VALUE DATE', 'PARTICULARS', 'CHEQUE NO/REF', 'WITHDRAWALS', 'DEPOSITS', 'BALANCE'],
      ['', '', 'BALANCE B/F', '', '', '', g(bal.opening)],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([
        dmy(l.date),
        dmy(l.valueDate),
        l.text,
        l.reference,
        l.amount < 0 ? g(-l.amount) : '',
        l.amount > 0 ? g(l.amount) : '',
        g(l.balance),
      ]);
      rowOf.set(l, rows.length);
    }
    const out = lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
    const inn = lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0);
    rows.push(['', '', 'TOTAL', '', g(out), g(inn), '']);
    const totalRow = rows.length;
    rows.push(['', '', 'CLOSING BALANCE', '', '', '', g(bal.closing)]);
    return {
      file,
      bytes: csvBytes(rows),
      rowOf,
      headerRow: 9,
      order: 'oldest-first',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'TRANS DATE',
          valueDate: 'VALUE DATE',
          description: 'PARTICULARS',
          reference: 'CHEQUE NO/REF',
          moneyOut: 'WITHDRAWALS',
          moneyIn: 'DEPOSITS',
          balance: 'BALANCE',
        },
      },
      nonEntryRows: [{ row: totalRow, why: 'undated TOTAL row of the withdrawal and deposit columns, not an entry' }],
      layout:
        'CSV (UTF-8, CRLF, cells quoted only when they hold a comma); 7 preamble rows (bank, branch, title, label/value pairs) and a blank; header row 9; dd/mm/yyyy text dates; WITHDRAWALS/DEPOSITS/BALANCE grouped with commas; undated BALANCE B/F and CLOSING BALANCE rows (balance only) and an undated TOTAL row with money',
    };
  };
  GH.writeBooks = (m, rows, bal) => {
    const file = 'economic-account-statement-5820-jul2026.xlsx';
    const out = [
      ['Nsuaem Oil Palm Processing Ltd'],
      ['Account statement'],
      ['Account: 5820 Amenfiman Rural Bank GHS'],
      ['Period: 01-07-2026 - 31-07-2026'],
      [],
      ['Date', 'Voucher', 'Text', 'Amount', 'Balance', 'Currency'],
      [null, null, 'Primo', null, cellNumber(bal.opening), 'GHS'],
    ];
    const rowOf = new Map();
    let voucher = 7100 + mm.rng.int(0, 80);
    for (const r of rows) {
      voucher += mm.rng.int(1, 3);
      r.ref = String(voucher);
      out.push([
        { date: r.date, fmt: 'dd-mm-yyyy' },
        { n: voucher, fmt: '0' },
        r.desc,
        cellNumber(r.amount),
        cellNumber(r.balance),
        'GHS',
      ]);
      rowOf.set(r, out.length);
    }
    out.push([null, null, 'Ultimo', null, cellNumber(bal.closing), 'GHS']);
    return {
      file,
      bytes: xlsxBytes('Account statement', out, { cols: [12, 9, 70, 14, 14, 9] }),
      rowOf,
      headerRow: 6,
      readOptions: {
        currency: 'GHS',
        sheet: 'Account statement',
        mapping: { date: 'Date', reference: 'Voucher', description: 'Text', amount: 'Amount', balance: 'Balance' },
      },
      nonEntryRows: [],
      partyMapped: false,
      layout:
        'XLSX sheet Account statement; 4 title rows and a blank; header row 6; real date cells shown dd-mm-yyyy; Voucher as a number cell; one signed Amount; Balance; undated Primo and Ultimo rows (balance only); no party column (the name ends the Text); no total row',
    };
  };
}

// ============================================================== KE
const KE = {
  id: 'ke-fcb-uzapoint',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2026,
  month: 6,
  holidays: ['2026-06-01'],
  holidayNotes: 'Madaraka Day (Monday 1 June 2026)',
  opening: 6_418_206_30,
  bank: 'First Community Bank Limited',
  package: 'Uzapoint (Accounting → General Ledger of account 1002 First Community Bank, exported to Excel)',
  business:
    'Barakat Home & Textile Wholesalers Ltd, Eastleigh, Nairobi (bedding, curtains, kitchenware and school uniforms to retailers across Kenya), banking with an Islamic (Al-Wadiah) current account, so no interest lines',
  ledgerAccount: '1002',
  firstInvoice: 14400,
  inv: (n) => `INV00${n}`,
  invWritings: [
    { trait: 'canonical', write: (n) => `INV00${n}` },
    { trait: 'lowercase-spaced', write: (n) => `inv ${n}` },
    { trait: 'dashed-no-padding', write: (n) => `INV-${n}` },
    { trait: 'hash', write: (n) => `invoice #${n}` },
    { trait: 'bare-number', write: (n) => `${n}` },
    { trait: 'spaces', write: (n) => `INV ${String(n).slice(0, 2)} ${String(n).slice(2)}` },
  ],
  cnNo: (k) => `CRN00${300 + k}`,
  manyInvoices: (ns) => `INV ${ns[0]}, ${ns[1]}, ${ns[2]}`,
  lessCreditNote: (n, cn) => `INV-${n} LESS ${cn}`,
  orderNo: (rng) => `LPO${rng.digits(6)}`,
  plainNotes: ['STOCK', 'GOODS', 'BEDDING', 'MZIGO'],
  words: {
    instalment1: 'DEPOSIT',
    instalment2: 'BALANCE',
    part: 'PART',
    netOfCn: 'net of credit note',
    onAccount: 'on account',
    refund: 'Customer refund',
    supplierRefund: 'REFUND',
    supplierRefundBook: 'Refund from supplier',
    part1: ' (1/2)',
    part2: ' (2/2)',
  },
  cashPayers: 1,
  roundUp: 100000,
  limit: 999_999_00,
  ranges: {
    inv: [45000, 850000],
    part: [12000, 140000],
    small: [2500, 18000],
    bill: [40000, 600000],
    settle: [60000, 380000],
    payroll: [1400000, 1900000],
    own: [500000, 1500000],
    card: [3000, 15000],
  },
  customers: [
    cust('Garissa Modern Stores'),
    cust('Hodan Fashion House'),
    cust('Mombasa Baraka Traders Ltd', 'MOMBASA BARAKA TRADERS'),
    cust('Kisumu Lakeside Outfitters'),
    cust('Wajir Family Supermarket'),
    cust('Nakuru Homecare Distributors', 'NAKURU HOMECARE DISTR'),
    cust('Isiolo Jamii Traders'),
    cust('Thika Road Linen Mart'),
    cust('Eldoret Kitchen & Bedding', 'ELDORET KITCHEN AND BEDDING'),
    cust('Mandera Star Wholesalers'),
    cust('Ruiru Uniform Makers Ltd', 'RUIRU UNIFORM MAKERS'),
    cust('Nyeri Highlands Drapers'),
    cust('Kajiado Bridal Boutique'),
    cust('Malindi Coast Interiors'),
    cust('Machakos Smart Homes Ltd', 'MACHAKOS SMART HOMES'),
    cust('Fatuma Abdi Hassan', 'FATUMA ABDI HASSAN'),
  ],
  shortPayer: cust('Jacaranda Hotels Kenya Ltd', 'JACARANDA HOTELS KENYA LIMITED'),
  shortTrait: 'short-withholding-vat-2pct',
  short(m) {
    for (;;) {
      const net = m.rng.int(300, 700) * 1000_00;
      const due = net + (net * 16) / 100;
      const paid = due - (net * 2) / 100;
      if (!m.used.has(due) && !m.used.has(paid)) {
        m.claim(due);
        m.claim(paid);
        return { due, paid };
      }
    }
  },
  orderNote: (po) => `${po}`,
  orderCopy: (po) => `LPO ${po.slice(3)} per customer`,
  thirdParties: [cust('Abdirahman Sheikh Ali'), cust('Sahal Express Forex Bureau', 'SAHAL EXPRESS FOREX BUREAU')],
  thirdPartyNote: (n, c) => `INV ${n} ${upper(c.name.split(' ')[0])}`,
  strangers: [cust('Peter Mwangi Kamau'), cust('Ahmed Yusuf Noor')],
  strangerNotes: ['PAYMENT', 'GOODS'],
  suppliers: [
    { ...cust('Al-Noor Textile Imports Ltd', 'AL-NOOR TEXTILE IMPORTS'), fmt: (r) => `ALN-${r.digits(5)}` },
    { ...cust('Kilindini Clearing Agency Ltd', 'KILINDINI CLEARING AGENCY'), fmt: (r) => `KCA${r.digits(4)}` },
    { ...cust('Eastleigh Godown Rentals'), fmt: (r) => `EGR/${r.digits(4)}` },
    { ...cust('Sahal Transporters Ltd', 'SAHAL TRANSPORTERS'), fmt: (r) => `ST${r.digits(5)}` },
    { ...cust('Royal Packaging Kenya Ltd', 'ROYAL PACKAGING KENYA'), fmt: (r) => `RPK-${r.digits(4)}` },
    { ...cust('Nairobi Thread & Zip Supplies', 'NAIROBI THREAD AND ZIP'), fmt: (r) => `NTZ${r.digits(4)}` },
    { ...cust('Jamhuri Guards Ltd', 'JAMHURI GUARDS LTD'), fmt: (r) => `JG ${r.digits(4)}` },
    { ...cust('Hiiraan Freight Forwarders'), fmt: (r) => `HFF${r.digits(5)}` },
    { ...cust('Tana Fuel Station'), fmt: (r) => `TFS-${r.digits(4)}` },
    { ...cust('Kariobangi Steel Shelving'), fmt: (r) => `KSS${r.digits(4)}` },
  ],
  billNote: (bill) => `INV ${bill}`,
  plainOut: () => 'PAYMENT',
  twinPayee: cust('Gikomba Tailoring Cooperative', 'GIKOMBA TAILORING COOP'),
  twinNote: 'STITCHING UNIFORMS',
  twinBook: 'Stitching uniforms - batch payment',
  refundNote: (cn) => `REFUND ${cn}`,
  lastMonthTrait: 'last-month-cheque',
};
{
  let mm;
  KE.bindMonth = (m) => {
    mm = m;
  };
  const band = (amt) => (amt <= 100000_00 ? 5000 : amt <= 500000_00 ? 10000 : 15000);
  KE.txt = {
    in: (c, note, opts = {}) => {
      const via = mm.rng.pick(['PESALINK', 'PESALINK', 'EFT', 'RTGS']);
      if (opts.refCell) return { text: `${via} CR ${c.bank}`, reference: opts.refCell };
      return { text: `${via} CR ${c.bank} ${note}`.trim(), reference: 'PL' };
    },
    cash: (c) => ({ text: `CASH DEPOSIT - ${c.bank}`, reference: 'CD' }),
    out: (s, note) => ({ text: `PESALINK DR ${s.bank} ${note}`, reference: 'PL' }),
    reversal: (f, s) => ({ text: `PESALINK REVERSAL ${s.bank} - ACCOUNT NOT FOUND`, reference: f.reference }),
  };
  KE.finishLine = (m, l) => {
    if (l.reference === 'PL' || l.reference === 'CD')
      l.reference = `${l.reference === 'PL' ? 'FCB' : 'CSH'}${ymd(l.date, '').slice(2)}${m.rng.alnum(6)}`;
  };
  const excise = (m, l, fee, text) => {
    m.bankOnly(m.line({ date: l.date, amount: -fee, text, reference: '' }), 'charge');
    m.bankOnly(m.line({ date: l.date, amount: -(fee / 5), text: 'EXCISE DUTY ON CHARGES', reference: '' }), 'tax');
  };
  KE.fees = {
    afterIn() {},
    afterCash() {},
    afterOut(m, l) {
      excise(m, l, band(-l.amount), 'PESALINK CHARGE');
    },
  };
  KE.book = {
    in: (c, doc, note) => ({
      type: 'Receipt',
      desc: note ? (doc ? `Payment for ${doc} - ${note}` : note) : doc ? `Payment for ${doc}` : 'Receipt',
      party: c.name,
    }),
    out: (s, doc, note) => ({
      type: 'Payment',
      desc: note ? (doc ? `Bill ${doc} - ${note}` : note) : `Bill ${doc}`,
      party: s.name,
    }),
  };
  KE.settlements = [
    {
      feePerMille: 5,
      id: (r) => `${r.alnum(2)}${r.digits(8)}`,
      text: (id) => ({ text: `MPESA PAYBILL 522771 SETTLEMENT ${id}`, reference: '' }),
      book: (id) => ({ type: 'Deposit', desc: `M-PESA paybill collections ${id} (gross)`, party: 'Safaricom M-PESA' }),
    },
    {
      feePerMille: 35,
      id: (r) => `PSP${r.digits(7)}`,
      text: (id) => ({ text: `PESAPAL SETTLEMENT ${id}`, reference: '' }),
      book: (id) => ({ type: 'Deposit', desc: `Pesapal card collections ${id}`, party: 'Pesapal' }),
      bookFee: (id) => ({ type: 'Expense', desc: `Pesapal commission ${id}`, party: 'Pesapal' }),
    },
    {
      feePerMille: 10,
      text: () => ({ text: 'AIRTEL MONEY COLLECTIONS SWEEP', reference: '' }),
      book: () => ({ type: 'Deposit', desc: 'Airtel Money till collections', party: 'Airtel Money' }),
    },
  ];
  KE.payroll = {
    text: (b) => ({ text: `BULK SALARY PAYMENT JUN 2026 REF ${b}`, reference: '' }),
    fees(m, l) {
      excise(m, l, 220000 / 10, 'BULK PAYMENT CHARGES');
    },
    book: (b) => ({ type: 'Payment', desc: `Salaries June 2026 payroll ${b}`, party: 'Staff payroll' }),
  };
  const prn = (r) => `2026${r.digits(7)}`;
  KE.statutory = [
    {
      trait: 'statutory',
      range: [90000, 160000],
      no: prn,
      text: (no) => ({ text: `KRA PAYE PRN ${no}`, reference: '' }),
      book: (no) => ({ type: 'Payment', desc: `PAYE May 2026 PRN ${no}`, party: 'Kenya Revenue Authority' }),
    },
    {
      trait: 'statutory',
      range: [20000, 36000],
      no: prn,
      text: (no) => ({ text: `KRA HOUSING LEVY PRN ${no}`, reference: '' }),
      book: (no) => ({
        type: 'Payment',
        desc: `Affordable housing levy May 2026 PRN ${no}`,
        party: 'Kenya Revenue Authority',
      }),
    },
    {
      trait: 'statutory',
      range: [30000, 52000],
      no: (r) => r.digits(9),
      text: (no) => ({ text: `SHA SHIF CONTRIBUTION EMP ${no}`, reference: '' }),
      book: (no) => ({ type: 'Payment', desc: `SHIF May 2026 employer ${no}`, party: 'Social Health Authority' }),
    },
    {
      trait: 'statutory',
      range: [28000, 44000],
      no: (r) => r.digits(8),
      bookLate: true,
      text: (no) => ({ text: `NSSF CONTRIBUTION ${no}`, reference: '' }),
      book: (no) => ({ type: 'Payment', desc: `NSSF May 2026 employer no ${no}`, party: 'NSSF' }),
    },
  ];
  KE.utilities = [
    {
      trait: 'utility',
      range: [18000, 46000],
      no: (r) => r.digits(7),
      text: (no) => ({ text: `KPLC POSTPAID ACC ${no}`, reference: '' }),
      book: (no) => ({ type: 'Payment', desc: `Electricity account ${no}`, party: 'Kenya Power' }),
    },
    {
      trait: 'utility',
      range: [3000, 9500],
      no: (r) => r.digits(8),
      text: (no) => ({ text: `NCWSC WATER BILL ACC ${no}`, reference: '' }),
      book: (no) => ({ type: 'Payment', desc: `Water account ${no}`, party: 'Nairobi City Water' }),
    },
  ];
  KE.ownTransfer = {
    sign: -1,
    text: () => ({ text: 'RTGS DR BARAKAT HOME TEXTILE TO EQUITY A/C 0170299887711', reference: 'PL' }),
    fees: (m, l) => excise(m, l, 50000, 'RTGS CHARGES'),
    book: () => ({ type: 'Transfer', desc: 'Transfer to Equity collection account 0170299887711', party: '' }),
  };
  KE.card = () => ({ text: 'VISA POS NAIVAS EASTLEIGH', reference: '' });
  KE.lastMonth = () => ({ text: 'CHQ NO 000412 CLEARING', reference: '000412' });
  KE.ledgerOnlyEvents = (m, { sup, bookOut, bookIn, cust: nextCust }) => {
    const s = sup();
    m.ledgerOnly(bookOut(m.day(-3), m.fresh(...KE.ranges.bill), s, '', 'Cheque no 000437'), 'cheque not yet presented');
    const s2 = sup();
    m.ledgerOnly(
      bookOut(m.day(-1), m.fresh(...KE.ranges.bill), s2, s2.bill(), ''),
      'payment booked on the last day, paid by the bank next month',
    );
    const c = nextCust();
    m.ledgerOnly(
      bookIn(m.day(-1), m.fresh(...KE.ranges.inv), c, '', 'Cheque deposited, awaiting clearing'),
      'lodgement not yet credited',
    );
  };
  KE.monthEnd = (m) => {
    const d = m.day(-1);
    excise(m, { date: d }, 50000, 'MONTHLY SERVICE FEE');
    excise(m, { date: d }, 20000, 'SMS ALERT CHARGES');
  };
  const g = (minor) => money(minor, { group: ',' });
  KE.writeBank = (m, lines, bal) => {
    const file = 'fcb-0102034455001-jun2026.csv';
    const rows = [
      ['First Community Bank Limited'],
      ['Account Statement'],
      ['Account Name', 'BARAKAT HOME & TEXTILE WHOLESALERS LTD'],
      ['Account Number', '0102034455001'],
      ['Account Type', 'Al-Wadiah Current Account'],
      ['Currency', 'KES'],
      ['Statement Period', '2026/06/01 - 2026/06/30'],
      [],
      ['Txn Date', 'Narrative', 'Reference', 'Value Date', 'Amount', 'Running Balance'],
      ['', 'Opening Balance', '', '', '', g(bal.opening)],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([ymd(l.date), l.text, l.reference, ymd(l.valueDate), g(l.amount), g(l.balance)]);
      rowOf.set(l, rows.length);
    }
    rows.push(['', 'Closing Balance', '', '', '', g(bal.closing)]);
    return {
      file,
      bytes: csvBytes(rows, { quoteAll: true }),
      rowOf,
      headerRow: 9,
      order: 'oldest-first',
      readOptions: {
        currency: 'KES',
        dateOrder: 'YMD',
        mapping: {
          date: 'Txn Date',
          valueDate: 'Value Date',
          description: 'Narrative',
          reference: 'Reference',
          amount: 'Amount',
          balance: 'Running Balance',
        },
      },
      nonEntryRows: [],
      layout:
        'CSV (UTF-8, CRLF, every cell quoted); 7 label/value preamble rows and a blank; header row 9; yyyy/mm/dd dates; one signed Amount grouped with commas (debits negative); Running Balance; undated Opening Balance and Closing Balance rows with only a balance; no total row',
    };
  };
  KE.writeBooks = (m, rows, bal) => {
    const file = 'uzapoint-general-ledger-1002-jun2026.xlsx';
    const out = [
      ['BARAKAT HOME & TEXTILE WHOLESALERS LTD'],
      ['General Ledger Report'],
      ['Account: 1002 - First Community Bank (KES)'],
      ['From 01/06/2026 To 30/06/2026'],
      [],
      ['Date', 'Transaction No', 'Type', 'Description', 'Customer/Supplier', 'Debit', 'Credit', 'Balance'],
      [null, null, null, 'Opening Balance', null, null, null, cellNumber(bal.opening)],
    ];
    const rowOf = new Map();
    let rct = 3300 + mm.rng.int(0, 50);
    let pmt = 5800 + mm.rng.int(0, 50);
    for (const r of rows) {
      if (r.amount > 0) r.ref = `RCT-${String((rct += mm.rng.int(1, 2)))}`;
      else r.ref = `PMT-${String((pmt += mm.rng.int(1, 2)))}`;
      out.push([
        { date: r.date, fmt: 'dd/mm/yyyy' },
        r.ref,
        r.type,
        r.desc,
        r.party || null,
        r.amount > 0 ? cellNumber(r.amount) : null,
        r.amount < 0 ? cellNumber(-r.amount) : null,
        cellNumber(r.balance),
      ]);
      rowOf.set(r, out.length);
    }
    const dr = rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
    const cr = rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
    out.push([null, null, null, 'Total', null, cellNumber(dr), cellNumber(cr), null]);
    const totalRow = out.length;
    out.push([null, null, null, 'Closing Balance', null, null, null, cellNumber(bal.closing)]);
    return {
      file,
      bytes: xlsxBytes('General Ledger', out, { cols: [12, 14, 10, 60, 34, 14, 14, 16] }),
      rowOf,
      headerRow: 6,
      readOptions: {
        currency: 'KES',
        sheet: 'General Ledger',
        mapping: {
          date: 'Date',
          reference: 'Transaction No',
          description: 'Description',
          party: 'Customer/Supplier',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [{ row: totalRow, why: 'undated Total row of the Debit and Credit columns, not an entry' }],
      partyMapped: true,
      layout:
        'XLSX sheet General Ledger; 4 title rows and a blank; header row 6; real date cells shown dd/mm/yyyy; Transaction No is the receipt/payment number (RCT-/PMT-), the invoice or bill is in Description; Debit = money in, Credit = money out; running Balance; undated Opening/Closing Balance rows (balance only) and an undated Total row with money',
    };
  };
}

// ============================================================== ZA
const ZA = {
  id: 'za-grobank-primavera',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2026,
  month: 9,
  holidays: ['2026-09-24'],
  holidayNotes: 'Heritage Day (Thursday 24 September 2026)',
  opening: 1_284_559_12,
  bank: 'Grobank Limited',
  package:
    'PRIMAVERA ERP (Contabilidade → Extrato de Conta of account 12.1 Grobank ZAR, exported to Excel, Portuguese)',
  business:
    'Costa do Sol Seafood Distributors (Pty) Ltd, City Deep, Johannesburg (Mozambican prawns, fish and cashews to restaurants, hotels and caterers; books kept by the group office in Maputo in PRIMAVERA, in Portuguese)',
  ledgerAccount: '12.1',
  firstInvoice: 1500,
  inv: (n) => `FA 2026/${n}`,
  invWritings: [
    { trait: 'canonical', write: (n) => `FA 2026/${n}` },
    { trait: 'joined', write: (n) => `FA${n}` },
    { trait: 'other-prefix', write: (n) => `INV ${n}` },
    { trait: 'dashed-year', write: (n) => `fa-2026-${n}` },
    { trait: 'words', write: (n) => `INVOICE ${n}` },
    { trait: 'bare-number', write: (n) => `${n}` },
  ],
  cnNo: (k) => `NC 2026/${100 + k}`,
  manyInvoices: (ns) => `FA${ns[0]},${ns[1]},${ns[2]}`,
  lessCreditNote: (n, cn) => `FA${n} LESS NC${cn.slice(-3)}`,
  orderNo: (rng) => `PO${rng.digits(6)}`,
  plainNotes: ['SEAFOOD', 'PRAWNS', 'ACCOUNT', 'FISH ORDER'],
  words: {
    instalment1: 'DEP',
    instalment2: 'BAL',
    part: 'PART',
    netOfCn: 'líquido da nota de crédito',
    onAccount: 'por conta',
    refund: 'Reembolso ao cliente',
    supplierRefund: 'REFUND',
    supplierRefundBook: 'Reembolso do fornecedor',
    part1: ' PT1',
    part2: ' PT2',
  },
  cashPayers: 0,
  roundUp: 10000,
  limit: 250_000_00,
  ranges: {
    inv: [6000, 85000],
    part: [1500, 9000],
    small: [300, 2500],
    bill: [4000, 60000],
    settle: [5000, 40000],
    payroll: [260000, 340000],
    own: [100000, 300000],
    card: [400, 4500],
  },
  customers: [
    cust('Casa Lusitana Restaurant (Pty) Ltd', 'CASA LUSITANA REST'),
    cust('Tasca do Zé Bedfordview', 'TASCA DO ZE BEDFORDVIEW'),
    cust('Sandton Oyster Bar CC', 'SANDTON OYSTER BAR'),
    cust('Golden Prawn Caterers'),
    cust('Melrose Fish Market (Pty) Ltd', 'MELROSE FISH MARKET'),
    cust('Piri Piri Grill House Kempton', 'PIRI PIRI GRILL HOUSE'),
    cust('The Harbour Table Fourways', 'HARBOUR TABLE FOURWAYS'),
    cust('Blue Marlin Seafood Deli', 'BLUE MARLIN DELI'),
    cust('Maputo Corner Café', 'MAPUTO CORNER CAFE'),
    cust('Saldanha Fishmongers Germiston', 'SALDANHA FISHMONGERS'),
    cust('Lourenço Marques Social Club', 'LOURENCO MARQUES SOC CLUB'),
    cust('Vila Algarve Guesthouse', 'VILA ALGARVE GUESTHOUSE'),
    cust('Soweto Fish & Chips Co', 'SOWETO FISH AND CHIPS'),
    cust('Pretoria Portuguese Club', 'PTA PORTUGUESE CLUB'),
    cust('Bokaap Catering Services', 'BOKAAP CATERING'),
    cust('Rosebank Sushi Kitchen', 'ROSEBANK SUSHI KITCHEN'),
  ],
  shortPayer: null,
  shortTrait: 'short-settlement-discount-2pct',
  short(m) {
    for (;;) {
      const due = m.rng.int(20000, 80000) * 100 + m.rng.int(0, 99);
      const paid = due - pct(due, 2, 100);
      if (!m.used.has(due) && !m.used.has(paid)) {
        m.claim(due);
        m.claim(paid);
        return { due, paid };
      }
    }
  },
  orderNote: (po) => `${po}`,
  orderCopy: (po) => `Encomenda cliente ${po}`,
  thirdParties: [
    cust('Lisboa Hospitality Group', 'LISBOA HOSPITALITY GRP'),
    cust('Marisco Holdings (Pty) Ltd', 'MARISCO HOLDINGS'),
  ],
  thirdPartyNote: (n) => `FA${n}`,
  strangers: [cust('T Mokoena'), cust('JP van der Merwe', 'JP VD MERWE')],
  strangerNotes: ['PAYMENT', 'ORDER'],
  suppliers: [
    { ...cust('Transportes Ressano Garcia Lda', 'TRANSP RESSANO GARCIA'), fmt: (r) => `TRG${r.digits(5)}` },
    { ...cust('Lebombo Clearing & Forwarding', 'LEBOMBO CLEARING'), fmt: (r) => `LCF-${r.digits(4)}` },
    { ...cust('City Deep Cold Storage (Pty) Ltd', 'CITY DEEP COLD STORAGE'), fmt: (r) => `CDC${r.digits(5)}` },
    { ...cust('Joburg Packaging Supplies', 'JOBURG PACKAGING'), fmt: (r) => `JPS${r.digits(4)}` },
    { ...cust('Ice Pack Solutions'), fmt: (r) => `IPS-${r.digits(4)}` },
    { ...cust('Germiston Fuel Depot'), fmt: (r) => `GFD${r.digits(5)}` },
    { ...cust('Vaal Refrigeration Services', 'VAAL REFRIGERATION'), fmt: (r) => `VR${r.digits(4)}` },
    { ...cust('Secureline Armed Response', 'SECURELINE ARMED RESP'), fmt: (r) => `SAR${r.digits(5)}` },
    { ...cust('Pescas de Inhambane Lda', 'PESCAS INHAMBANE'), fmt: (r) => `PI ${r.digits(4)}` },
    { ...cust('Fresh Fleet Van Hire'), fmt: (r) => `FFV${r.digits(4)}` },
  ],
  billNote: (bill) => `${bill}`,
  plainOut: () => 'COSTA DO SOL',
  twinPayee: cust('Mahlangu Delivery Services', 'MAHLANGU DELIVERY'),
  twinNote: 'DELIVERIES',
  twinBook: 'Serviços de entrega - Mahlangu Delivery Services',
  refundNote: (cn) => `REFUND NC${cn.slice(-3)}`,
  lastMonthTrait: 'last-month-payment-released',
};
{
  let mm;
  ZA.bindMonth = (m) => {
    mm = m;
  };
  ZA.txt = {
    in: (c, note, opts = {}) => {
      if (opts.refCell) return { text: `ACB CREDIT ${c.bank}`, reference: opts.refCell };
      return { text: `ACB CREDIT ${c.bank} ${note}`.trim(), reference: '' };
    },
    cash: (c) => ({ text: `CASH DEPOSIT ${c.bank}`, reference: '' }),
    out: (s, note) => ({ text: `IB PAYMENT TO ${s.bank}`, reference: note.slice(0, 20) }),
    reversal: (f, s) => ({ text: `EFT RETURN UNPAID ${s.bank} ACC CLOSED`, reference: f.reference }),
  };
  ZA.finishLine = () => {};
  ZA.fees = {
    afterIn() {},
    afterCash() {},
    afterOut(m, l) {
      m.bankOnly(m.line({ date: l.date, amount: -690, text: 'ELECTRONIC PAYMENT FEE', reference: '' }), 'charge');
    },
  };
  ZA.book = {
    in: (c, doc, note) => ({
      type: 'REC',
      desc: note ? (doc ? `Recebimento ${doc} - ${note}` : note) : doc ? `Recebimento ${doc}` : 'Recebimento',
      party: c.name,
    }),
    out: (s, doc, note) => ({
      type: 'PAG',
      desc: note ? (doc ? `Pagamento ${doc} - ${note}` : note) : `Pagamento VFA ${doc}`,
      party: s.name,
    }),
  };
  ZA.settlements = [
    {
      feePerMille: 30,
      id: (r) => r.digits(8),
      text: (id) => ({ text: `YOCO PAYOUT ${id}`, reference: '' }),
      book: (id) => ({ type: 'BCO', desc: `Vendas cartão Yoco payout ${id} (bruto)`, party: 'Yoco' }),
    },
    {
      feePerMille: 28,
      id: (r) => r.digits(7),
      text: (id) => ({ text: `SNAPSCAN SETTLEMENT ${id}`, reference: '' }),
      book: (id) => ({ type: 'BCO', desc: `Recebimentos SnapScan ${id}`, party: 'SnapScan' }),
      bookFee: (id) => ({ type: 'BCO', desc: `Comissão SnapScan ${id}`, party: 'SnapScan' }),
    },
    {
      feePerMille: 27,
      text: () => ({ text: 'IKHOKHA PAYOUT', reference: '' }),
      book: () => ({ type: 'BCO', desc: 'Vendas cartão iKhokha', party: 'iKhokha' }),
    },
  ];
  ZA.payroll = {
    text: (b) => ({ text: `BATCH PAYMENT SALARIES SEP 2026`, reference: `SAL ${b}` }),
    fees(m, l) {
      m.bankOnly(m.line({ date: l.date, amount: -4830, text: 'BATCH PAYMENT FEE (14)', reference: '' }), 'charge');
    },
    book: (b) => ({ type: 'PAG', desc: `Salários setembro 2026 lote ${b}`, party: 'Pessoal' }),
  };
  const sarsPrn = (r) => `7${r.digits(9)}`;
  ZA.statutory = [
    {
      trait: 'statutory',
      range: [38000, 56000],
      no: sarsPrn,
      hi: 7,
      text: (no) => ({ text: `SARS-EMP201 PAYMENT`, reference: `${no}LC0826` }),
      book: (no) => ({
        type: 'PAG',
        desc: `EMP201 agosto 2026 PRN ${no}LC0826`,
        party: 'South African Revenue Service',
      }),
    },
    {
      trait: 'statutory',
      range: [42000, 90000],
      no: sarsPrn,
      bookLate: true,
      text: (no) => ({ text: `SARS-VAT201 PAYMENT`, reference: `${no}V0826` }),
      book: (no) => ({
        type: 'PAG',
        desc: `IVA VAT201 julho-agosto 2026 PRN ${no}V0826`,
        party: 'South African Revenue Service',
      }),
    },
  ];
  ZA.utilities = [
    {
      trait: 'utility',
      range: [9000, 26000],
      no: (r) => r.digits(9),
      text: (no) => ({ text: `CITY OF JOHANNESBURG ${no}`, reference: `ACC ${no}` }),
      book: (no) => ({ type: 'PAG', desc: `Eletricidade e água conta ${no}`, party: 'City of Johannesburg' }),
    },
    {
      trait: 'utility',
      range: [900, 2400],
      no: (r) => r.digits(10),
      text: (no) => ({ text: `DEBIT ORDER TELKOM ${no}`, reference: '' }),
      book: (no) => ({ type: 'PAG', desc: `Internet Telkom conta ${no}`, party: 'Telkom' }),
    },
  ];
  ZA.ownTransfer = {
    sign: -1,
    text: () => ({ text: 'TRANSFER TO CALL ACCOUNT 20041187700', reference: 'OWN TRF' }),
    book: () => ({ type: 'TRF', desc: 'Transferência para conta call 20041187700', party: '' }),
  };
  ZA.card = () => ({ text: 'CARD PURCHASE MAKRO CROWN MINES', reference: '' });
  ZA.lastMonth = () => ({ text: 'IB PAYMENT TO VAAL REFRIGERATION', reference: 'AUG SERVICE' });
  ZA.ledgerOnlyEvents = (m, { sup, bookOut, bookIn, cust: nextCust }) => {
    const s = sup();
    m.ledgerOnly(
      bookOut(m.day(-2), m.fresh(...ZA.ranges.bill), s, s.bill(), 'agendado para 02/10'),
      'payment scheduled for release next month',
    );
    const s2 = sup();
    m.ledgerOnly(
      bookOut(m.day(-1), m.fresh(...ZA.ranges.bill), s2, s2.bill(), ''),
      'payment booked on the last day, paid by the bank next month',
    );
    const c = nextCust();
    m.ledgerOnly(
      bookIn(m.day(-1), m.fresh(...ZA.ranges.inv), c, '', 'Aviso de pagamento do cliente (remittance advice)'),
      'remittance advice booked before the money',
    );
  };
  ZA.monthEnd = (m) => {
    const d = m.day(-1);
    m.bankOnly(m.line({ date: d, amount: -18500, text: 'MONTHLY ACCOUNT FEE', reference: '' }), 'charge');
    m.bankOnly(m.line({ date: d, amount: -3450, text: 'NOTIFICATION FEE', reference: '' }), 'charge');
    m.bankOnly(
      m.line({ date: d, amount: m.rng.int(30000, 90000), text: 'CREDIT INTEREST', reference: '' }),
      'interest',
    );
  };
  const z = (minor) => money(minor, { group: ' ' });
  ZA.writeBank = (m, lines, bal) => {
    const file = 'grobank-20041187653-sep2026.csv';
    const rows = [
      ['Grobank Limited'],
      ['Transaction History'],
      ['Account Holder', 'COSTA DO SOL SEAFOOD DISTRIBUTORS (PTY) LTD'],
      ['Account Number', '20041187653'],
      ['Account Type', 'Business Current Account'],
      ['From', '01/09/2026'],
      ['To', '30/09/2026'],
      ['Opening Balance', z(bal.opening)],
      ['Closing Balance', z(bal.closing)],
      [],
      ['Transaction Date', 'Processing Date', 'Description', 'Reference', 'Amount', 'Balance'],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([dmy(l.date), dmy(l.valueDate), l.text, l.reference, z(l.amount), z(l.balance)]);
      rowOf.set(l, rows.length);
    }
    return {
      file,
      bytes: csvBytes(rows),
      rowOf,
      headerRow: 11,
      order: 'oldest-first',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Processing Date',
          description: 'Description',
          reference: 'Reference',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      nonEntryRows: [],
      layout:
        'CSV (UTF-8, CRLF, unquoted); 9 label/value preamble rows (opening and closing balance among them) and a blank; header row 11; dd/mm/yyyy dates; one signed Amount and a Balance, thousands grouped with a space; no footer',
    };
  };
  ZA.writeBooks = (m, rows, bal) => {
    const file = 'primavera-extrato-conta-12-1-set2026.xlsx';
    const out = [
      ['Costa do Sol Seafood Distributors (Pty) Ltd'],
      ['Extrato de Conta'],
      ['Conta: 12.1 - Grobank ZAR'],
      ['Período: 01/09/2026 a 30/09/2026'],
      ['Moeda: ZAR'],
      [],
      ['Data', 'Diário', 'Nº Doc.', 'Descrição', 'Entidade', 'Conta', 'Débito', 'Crédito', 'Saldo'],
      [null, null, null, 'Saldo anterior', null, null, null, null, cellNumber(bal.opening)],
    ];
    const rowOf = new Map();
    const seq = { REC: 480 + mm.rng.int(0, 40), PAG: 820 + mm.rng.int(0, 40), BCO: 310 + mm.rng.int(0, 40), TRF: 40 };
    for (const r of rows) {
      seq[r.type] += mm.rng.int(1, 2);
      r.ref = `${r.type} 2026/${seq[r.type]}`;
      out.push([
        { date: r.date, fmt: 'dd/mm/yyyy' },
        r.type === 'REC' ? 'Recebimentos' : r.type === 'PAG' ? 'Pagamentos' : 'Bancos',
        r.ref,
        r.desc,
        r.party || null,
        '12.1',
        r.amount > 0 ? cellNumber(r.amount) : null,
        r.amount < 0 ? cellNumber(-r.amount) : null,
        cellNumber(r.balance),
      ]);
      rowOf.set(r, out.length);
    }
    const dr = rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
    const cr = rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
    out.push([null, null, null, 'Total do período', null, null, cellNumber(dr), cellNumber(cr), null]);
    const totalRow = out.length;
    out.push([null, null, null, 'Saldo final', null, null, null, null, cellNumber(bal.closing)]);
    return {
      file,
      bytes: xlsxBytes('Extrato', out, { cols: [12, 14, 14, 60, 34, 7, 14, 14, 16] }),
      rowOf,
      headerRow: 7,
      readOptions: {
        currency: 'ZAR',
        sheet: 'Extrato',
        mapping: {
          date: 'Data',
          reference: 'Nº Doc.',
          description: 'Descrição',
          party: 'Entidade',
          account: 'Conta',
          moneyIn: 'Débito',
          moneyOut: 'Crédito',
          balance: 'Saldo',
        },
      },
      nonEntryRows: [
        { row: totalRow, why: 'undated Total do período row of the Débito and Crédito columns, not an entry' },
      ],
      partyMapped: true,
      layout:
        'XLSX sheet Extrato, Portuguese headers with accents (Data, Diário, Nº Doc., Descrição, Entidade, Conta, Débito, Crédito, Saldo); 5 title rows and a blank; header row 7; real date cells shown dd/mm/yyyy; Nº Doc. is the receipt/payment document (REC/PAG/BCO 2026/n), the invoice is in Descrição; Débito = money in, Crédito = money out; undated Saldo anterior / Saldo final rows (balance only) and an undated Total do período row with money',
    };
  };
}

export const SETS = [NG, GH, KE, ZA];
export { common, MONTHS, MONTHS_LONG };
