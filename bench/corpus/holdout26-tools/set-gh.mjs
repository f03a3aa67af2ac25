// Ghana: a pharmaceutical distributor on the Spintex Road with a GHL Bank business current account (XLSX download of
// its internet banking, newest first) and books kept in Openbravo (General Ledger Report of account 11120, CSV).
// Layouts, narrations and charges are written from general knowledge of these exports, not from a real file.
import { MONTHS, addDays, calendar, dec, part, parts } from './lib.mjs';
import { compose, stableIndex } from './names.mjs';

const PLACES = [
  'Adabraka',
  'Kaneshie',
  'Osu',
  'Tema Community 9',
  'Madina',
  'Dansoman',
  'Kasoa',
  'Nkawkaw',
  'Koforidua',
  'Ho',
  'Cape Coast',
  'Takoradi',
  'Tarkwa',
  'Obuasi',
  'Sunyani',
  'Techiman',
  'Tamale',
  'Bolgatanga',
  'Wa',
  'Hohoe',
  'Akim Oda',
  'Winneba',
  'Nsawam',
  'Ashaiman',
  'Teshie',
  'Dodowa',
  'Aflao',
  'Keta',
  'Mampong',
  'Ejisu',
];
const TRADES = [
  'Pharmacy',
  'Chemists',
  'Medical Centre',
  'Community Hospital',
  'Health Services',
  'Drug Store',
  'Maternity Clinic',
  'Pharmaceuticals',
];
const SUPPLIERS = [
  ['Tema', 'Medical Imports Ltd'],
  ['Kpone', 'Cold Chain Logistics Ltd'],
  ['Achimota', 'Packaging Supplies'],
  ['Spintex', 'Office Solutions Ltd'],
  ['Abossey Okai', 'Motors Ltd'],
  ['Labadi', 'Security Services Ltd'],
  ['Dzorwulu', 'IT Services Ltd'],
  ['North Industrial', 'Generics Ltd'],
  ['Weija', 'Water Treatment Ltd'],
  ['Airport City', 'Couriers Ltd'],
  ['Kokomlemle', 'Printing Press'],
  ['Asylum Down', 'Lab Reagents Ltd'],
  ['East Legon', 'Facility Services Ltd'],
  ['Shiashie', 'Fuel Station Ltd'],
];
const BANKS = ['GCB', 'ECOBANK', 'FIDELITY', 'CALBANK', 'STANBIC', 'ABSA', 'ADB', 'CBG', 'ZENITH', 'SG GHANA'];

export function makeSetGh(rng) {
  const year = 2025;
  const month = 9;
  // Kwame Nkrumah Memorial Day (21 September, a Sunday in 2025) observed on the Monday
  const holidays = ['2025-09-22'];
  const cal = calendar(year, month, holidays);
  const MON = MONTHS[month - 1].toUpperCase();
  const PREV = MONTHS[month - 2].toUpperCase();
  const customers = compose(PLACES, TRADES, [' Ltd', ' Limited', '', ' Ltd']);
  const suppliers = SUPPLIERS.map(([p, t]) => {
    const books = `${p} ${t}`;
    return { place: p, books, bank: books.toUpperCase(), code: p.replace(/\s.*/, '').slice(0, 3).toUpperCase() };
  });
  const inv = (n) => `INV-25-${String(n).padStart(4, '0')}`;
  const ft = (d) => {
    const [y, m, dd] = parts(d);
    const doy = Math.round((Date.UTC(y, m - 1, dd) - Date.UTC(y, 0, 0)) / 86400000);
    return `FT${String(y).slice(2)}${String(doy).padStart(3, '0')}${String(rng.int(10000, 99999))}`;
  };
  let docIn = 1000410 + rng.int(0, 40);
  let docOut = 1000220 + rng.int(0, 40);
  let gl = 1000080 + rng.int(0, 20);
  const own = { bank: 'ECOBANK', acct: '1441000458217' };

  const S = {
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    cal,
    addDays,
    holidays,
    opening: 84512075,
    customers,
    suppliers,
    parentOf: (c) => ({ bank: `${c.place.toUpperCase()} HEALTHCARE GROUP` }),
    ownerOf: () => ({ bank: 'DR KWABENA ASANTE-MENSAH', wallet: '024****731' }),
    strangers: [{ bank: 'ABENA SERWAA OWUSU' }, { bank: 'GOLDEN STAR VENTURES' }],
    strangerText: ['SUPPLY', 'PAYMENT'],
    firstInvoice: 410,
    writings: [
      { trait: 'ref-canonical', fn: (n) => inv(n) },
      { trait: 'ref-year-serial-joined', fn: (n) => `INV25${String(n).padStart(4, '0')}` },
      { trait: 'ref-serial-only', fn: (n) => `inv ${n}` },
      { trait: 'ref-padded-serial', fn: (n) => String(n).padStart(4, '0') },
      { trait: 'ref-slashes', fn: (n) => `INV/25/${String(n).padStart(4, '0')}` },
      { trait: 'ref-worded', fn: (n) => `Invoice ${n}` },
      { trait: 'ref-no-year', fn: (n) => `INV-${String(n).padStart(4, '0')}` },
      { trait: 'ref-year-dash', fn: (n) => `25-${String(n).padStart(4, '0')}` },
      { trait: 'ref-spaces', fn: (n) => `INV 25 ${n}` },
    ],
    // prices carry VAT 15 % on top of NHIL, GETFund and COVID-19 levies: x 1.219
    invoiceAmount: (r) => part(r.int(350, 5200) * 1000, 1219, 1000),
    cashRange: [1500, 9000],
    twoInvoices: (a, b) => `${inv(a)}/${inv(b)}`,
    instalment: (t, k) => `${t} ${k === 1 ? '1ST' : '2ND'} PART`,
    creditNote: (k) => `CN-25-${String(k).padStart(4, '0')}`,
    lessCreditNote: (n, cn) => `${inv(n)} LESS ${cn}`,
    roundTo: 10000,
    payerCharge: 1000,
    shorts: [
      { trait: 'short-withholding-tax-3pct', cut: (amt) => part(Math.round((amt * 1000) / 1219), 3, 100) },
      { trait: 'short-vat-withholding-7pct', cut: (amt) => part(Math.round((amt * 1000) / 1219), 7, 100) },
    ],
    typo: (n) => `INV-25-${String(n + 300).padStart(4, '0')}`,
    settlements: [
      {
        books: 'Hubtel settlement',
        fee: (g) => part(g, 195, 10000),
        id: (r) => `${r.int(80000000, 89999999)}`,
        text: (id) => `HUBTEL PAYOUT ${id}`,
      },
      {
        books: 'theteller settlement',
        fee: (g) => part(g, 15, 1000),
        id: (r) => `TTM${r.int(2000000, 2999999)}`,
        text: (id) => `PAYSWITCH THETELLER SETTLEMENT ${id}`,
      },
      { books: 'Mobile money collections', fee: () => 0, id: () => null, text: () => 'MTN MOMO MERCHANT SWEEP' },
    ],
    settleRange: [2500, 19000],
    supplierCreditNote: (r) => `CRN${r.int(3000, 4999)}`,
    refundText: (cn) => `REFUND ${cn}`,
    smallRange: [400, 3800],
    bill: (s, r) => `${s.code}${r.int(10000, 39999)}`,
    billText: (b) => `INV ${b}`,
    supplierRange: [6000, 95000],
    payChannel: (i) => (i % 2 === 0 ? 'gip' : 'ach'),
    chequeNo: (r) => `${r.int(100000, 999999)}`,
    chequeTraits: ['cheque-number', 'presented-cheque'],
    payrollRange: [120000, 210000],
    payrollBatch: (r) => `${r.int(70000, 79999)}`,
    statutory: [
      {
        books: 'SSNIT',
        memo: (ref) => `Tier 1 ${PREV} 2025 ${ref}`,
        text: (ref) => `SSNIT CONTRIBUTION ${PREV} 2025 ${ref}`,
        range: [14000, 26000],
        dayLo: 4,
        dayHi: 9,
        ref: (r) => `C${r.int(1000000, 9999999)}`,
        channel: null,
      },
      {
        books: 'Ghana Revenue Authority',
        memo: (ref) => `PAYE ${PREV} 2025 ref ${ref}`,
        text: (ref) => `GRA TAX PAYMENT PAYE ${PREV} 2025 ${ref}`,
        range: [18000, 34000],
        dayLo: 7,
        dayHi: 11,
        ref: (r) => `${r.int(600000000, 699999999)}`,
        channel: null,
      },
      {
        books: 'Ghana Revenue Authority',
        memo: (ref) => `VAT/NHIL/GETFund ${PREV} 2025 ref ${ref}`,
        text: (ref) => `GRA TAX PAYMENT VAT ${PREV} 2025 ${ref}`,
        range: [26000, 58000],
        dayLo: 18,
        dayHi: 21,
        ref: (r) => `${r.int(700000000, 799999999)}`,
        channel: null,
      },
    ],
    ownRange: [40000, 90000],
    ownChannel: 'gip',
    ownEvidence: 'reference',
    contractRange: [3500, 9000],
    contractBills: (s, r) => {
      const k = r.int(3000, 3900);
      return [`${s.code}-SITE1-${k}`, `${s.code}-SITE2-${k + 17}`];
    },
    order: (r) => `PO${r.int(2500, 2999)}`,
    orderText: (o) => `${o} PART`,
    unpresentedWhy: 'cheque issued, not yet presented',
    transferCharges: (amount, ch) => {
      if (ch === 'gip')
        return [
          {
            amount: Math.min(Math.max(part(-amount, 5, 1000), 200), 1500),
            text: 'GIP OUTWARD TRANSFER CHARGE',
            kind: 'charge',
            traits: ['transfer-fee'],
          },
        ];
      if (ch === 'bulk') return [{ amount: 3800, text: 'BULK PAYMENT CHARGES', kind: 'charge', traits: ['bulk-fee'] }];
      return [];
    },
    monthCharges: (lines, W) => {
      const last = W[W.length - 1];
      const ach = lines.filter((l) => l.text.startsWith('ACH DEBIT')).length;
      return [
        {
          date: last,
          amount: -250 * ach,
          text: `ACH OUTWARD CHARGES ${MON} 2025 (${ach} ITEMS)`,
          kind: 'charge',
          traits: ['transfer-fee'],
        },
        { date: last, amount: -5000, text: 'ACCOUNT SERVICE FEE', kind: 'charge', traits: ['service-fee'] },
        {
          date: last,
          amount: -50 * (lines.length + 3),
          text: `SMS ALERT CHARGES ${MON} 2025`,
          kind: 'charge',
          traits: ['sms-fee'],
        },
      ];
    },
  };

  const bankOf = (name) => BANKS[stableIndex(name, BANKS.length)];
  S.bank = {
    rx: (p, text, r) =>
      p.wallet
        ? { text: `MOMO TO BANK ${p.wallet} ${p.bank}${text ? ` ${text}` : ''}`, refFn: ft }
        : r.next() < 0.6
          ? { text: `GIP INWARD/${p.bank}/${bankOf(p.bank)}${text ? `/${text}` : ''}`, refFn: ft }
          : { text: `ACH CREDIT FRM ${p.bank}${text ? ` ${text}` : ''}`, refFn: ft },
    tx: (p, text, ch) =>
      ch === 'gip'
        ? { text: `GIP OUTWARD/${p.bank}/${bankOf(p.bank)}${text ? `/${text}` : ''}`, refFn: ft }
        : { text: `ACH DEBIT TO ${p.bank}${text ? ` ${text}` : ''}`, refFn: ft },
    cash: () => ({ text: 'CASH DEPOSIT SPINTEX BRANCH BY KOFI', refFn: ft }),
    chequeDeposit: (c, chq) => ({ text: `CHQ DEPOSIT ${c.bank} CHQ ${chq}`, ref: chq }),
    chequePaid: (s, chq) => ({ text: `CHQ PAID ${chq} CLEARING`, ref: chq }),
    payroll: (batch) => ({ text: `BULK SALARY PAYMENT ${MON} 2025 BATCH ${batch}`, refFn: ft }),
    statutory: (st, ref) => ({ text: st.text(ref), refFn: ft }),
    own: () => ({ text: `GIP OUTWARD/KWAHU RIDGE PHARMACEUTICALS/${own.bank}/OWN A/C ${own.acct}`, refFn: ft }),
    settle: (acq, id) => ({ text: id ? acq.text(id) : acq.text(), refFn: ft }),
    reversal: (t) => ({ text: `REV ${t.text}`, sameRefAs: t }),
    card: () => ({ text: 'VISA POS PURCHASE MELCOM SPINTEX ACCRA', refFn: ft }),
  };

  const row = (docType, docNo, party, description) => ({ docType, docNo, party, description });
  S.book = {
    receipt: (c, n, r, o = {}) =>
      row(
        'AR Receipt',
        `${++docIn}`,
        c.books,
        `Invoice No.: ${inv(n)}${o.creditNote ? ` less ${o.creditNote}` : ''}${o.cash ? ' (cash)' : ''}${o.instalments ? ' (two instalments)' : ''}`,
      ),
    payment: (s, bill, r, o = {}) =>
      row('AP Payment', `${++docOut}`, s.books, `Invoice No.: ${bill}${o.order ? ` (${o.order} of 2)` : ''}`),
    cheque: (s, chq, r) => row('AP Payment', `${++docOut}`, s.books, `Invoice No.: ${S.bill(s, r)} chq ${chq}`),
    chequeReceipt: (c, chq, n) => row('AR Receipt', `${++docIn}`, c.books, `Invoice No.: ${inv(n)} chq ${chq}`),
    supplierRefund: (s, cn) => row('AR Receipt', `${++docIn}`, s.books, `Refund of credit memo ${cn}`),
    customerRefund: (c, cn) => row('AP Payment', `${++docOut}`, c.books, `Refund of credit memo ${cn}`),
    settlement: (acq, id, o) =>
      row(
        'Financial Account Transaction',
        `${++gl}`,
        '',
        o.fee ? `${acq.books} fee ${id}` : o.gross && id ? `${acq.books} ${id} gross` : `${acq.books} ${ddmm(o.sales)}`,
      ),
    payroll: (batch) => row('GL Journal', `${++gl}`, '', `Net salaries ${MONTHS[month - 1]} 2025 batch ${batch}`),
    statutory: (st, ref) => row('GL Journal', `${++gl}`, st.books, st.memo(ref)),
    own: () => row('Financial Account Transaction', `${++gl}`, '', `Transfer to Ecobank a/c ${own.acct}`),
  };
  const ddmm = (d) => {
    const [, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
  };
  const dmyDash = (d) => {
    const [y, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`;
  };

  const acct = '1031100458813';
  S.bankLayout = (lines, { opening, closing }) => {
    const file = `ghl-bank-${acct}-sep2025.xlsx`;
    const out = [
      ['GHL Bank'],
      ['Statement of Account'],
      ['Account Name', 'KWAHU RIDGE PHARMACEUTICALS LTD'],
      ['Account Number', acct],
      ['Product', 'Business Current Account'],
      ['Currency', 'GHS'],
      ['Statement Period', `${dmyDash(cal.from).replace(/-/g, '/')} - ${dmyDash(cal.to).replace(/-/g, '/')}`],
      ['Opening Balance', Number(dec(opening))],
      ['Closing Balance', Number(dec(closing))],
      [],
      ['Posting Date', 'Value Date', 'Transaction Details', 'Reference No', 'Amount', 'Balance'],
    ];
    const rowOf = new Map();
    for (const l of [...lines].reverse()) {
      rowOf.set(l, out.length + 1);
      out.push([
        { d: l.date, z: 'dd-mmm-yyyy' },
        { d: l.date, z: 'dd-mmm-yyyy' },
        l.text,
        l.ref ?? '',
        Number(dec(l.amount)),
        Number(dec(l.balance)),
      ]);
    }
    return {
      file,
      bank: 'GHL Bank Ltd',
      format: 'xlsx',
      sheet: 'Statement',
      colWidths: [13, 13, 70, 18, 14, 16],
      cells: out,
      headerRow: 11,
      rowOf,
      ledgerAccount: '11120',
      order: 'newest-first',
      layout:
        'GHL Bank internet banking statement downloaded as XLSX (sheet Statement), newest first: nine preamble rows (opening and closing balances as numbers) and a blank row, header in row 11, real date cells, one signed Amount column (money out negative), Balance',
      readOptions: {
        sheet: 'Statement',
        currency: 'GHS',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Transaction Details',
          reference: 'Reference No',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      nonEntryRows: [],
    };
  };

  S.ledgerLayout = (rows, { opening, closing }) => {
    const file = 'openbravo-general-ledger-11120-sep2025.csv';
    const header = [
      'Date',
      'Journal Entry',
      'Document Type',
      'Document No.',
      'Business Partner',
      'Description',
      'Debit',
      'Credit',
      'Balance',
    ];
    const out = [
      ['Kwahu Ridge Pharmaceuticals Ltd'],
      ['General Ledger Report'],
      [`Date From: ${dmyDash(cal.from)}  Date To: ${dmyDash(cal.to)}`],
      ['Account: 11120 - GHL Bank Current Account'],
      ['Currency: GHS'],
      [],
      header,
      ['', '', '', '', '', 'Opening Balance', '', '', dec(opening)],
    ];
    const rowOf = new Map();
    const je0 = 1000090 + (rows.length % 7);
    for (const [k, r] of rows.entries()) {
      rowOf.set(r, out.length + 1);
      out.push([
        dmyDash(r.date),
        String(je0 + k),
        r.docType,
        r.docNo,
        r.party,
        r.description,
        r.amount > 0 ? dec(r.amount) : '',
        r.amount < 0 ? dec(-r.amount) : '',
        dec(r.balance),
      ]);
    }
    const totalRow = out.length + 1;
    const dr = rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
    const cr = rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
    out.push(['', '', '', '', '', 'Total', dec(dr), dec(cr), '']);
    out.push(['', '', '', '', '', 'Closing Balance', '', '', dec(closing)]);
    return {
      file,
      package: 'Openbravo ERP 3.0 (Financial Management → Accounting → General Ledger Report, account 11120, CSV)',
      format: 'csv',
      cells: out,
      headerRow: 7,
      rowOf,
      layout:
        'Openbravo General Ledger Report of account 11120 exported to CSV: five title rows and a blank row, header in row 7, undated Opening Balance row (balance only), DD-MM-YYYY, Debit = money in, plain decimals, running Balance, undated Total and Closing Balance rows; no account column; the customer or supplier in Business Partner, the invoice only in Description ("Invoice No.: INV-25-0457", as Openbravo fills a payment description)',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          journalId: 'Journal Entry',
          reference: 'Document No.',
          description: ['Document Type', 'Description'],
          party: 'Business Partner',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: 8, why: 'opening balance (undated, balance only)' },
        { row: totalRow, why: 'period totals (undated)' },
        { row: totalRow + 1, why: 'closing balance (undated, balance only)' },
      ],
    };
  };
  S.set = 'gh-ghlbank-openbravo';
  S.bankName = 'GHL Bank Ltd';
  S.packageName = 'Openbravo ERP 3.0 (General Ledger Report, account 11120, CSV)';
  return S;
}
