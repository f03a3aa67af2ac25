// Kenya: a hardware and steel wholesaler in Mombasa with a Bank of Baroda (Kenya) current account (CSV download of
// its Finacle-based internet banking, balances written "… Cr") and books kept in Marg ERP 9+ (Ledger of the bank
// account exported to Excel). Layouts, narrations and charges are written from general knowledge, not a real file.
import { MONTHS, addDays, calendar, commas, dec, part, parts } from './lib.mjs';
import { compose, stableIndex } from './names.mjs';

const PLACES = [
  'Likoni',
  'Changamwe',
  'Mtwapa',
  'Kilifi',
  'Malindi',
  'Voi',
  'Kwale',
  'Diani',
  'Ukunda',
  'Mariakani',
  'Kisauni',
  'Nyali',
  'Bamburi',
  'Watamu',
  'Lamu',
  'Taveta',
  'Wundanyi',
  'Mazeras',
  'Msambweni',
  'Kinango',
  'Garsen',
  'Hola',
  'Mwatate',
  'Rabai',
  'Shimoni',
  'Kaloleni',
  'Mackinnon Road',
  'Bombolulu',
  'Shanzu',
  'Miritini',
];
const TRADES = [
  'Hardware',
  'Builders Centre',
  'Timber & Hardware',
  'Constructors',
  'Steel Works',
  'Paints Centre',
  'Homes Ltd',
  'Glass & Aluminium',
];
const SUPPLIERS = [
  ['Athi River', 'Steel Mills Ltd'],
  ['Kitengela', 'Cement Distributors Ltd'],
  ['Mombasa Port', 'Clearing & Forwarding Ltd'],
  ['Makupa', 'Transporters Ltd'],
  ['Tudor', 'Fasteners Ltd'],
  ['Ganjoni', 'Security Services Ltd'],
  ['Shimanzi', 'Roofing Sheets Ltd'],
  ['Port Reitz', 'Fuel Supplies Ltd'],
  ['Kizingo', 'Office Systems Ltd'],
  ['Jomvu', 'Pipes & Fittings Ltd'],
  ['Mikindani', 'Electricals Ltd'],
  ['Magongo', 'Welding Supplies Ltd'],
  ['Tononoka', 'Printers Ltd'],
  ['Buxton', 'Cleaning Services Ltd'],
];
const BANKS = ['KCB', 'EQUITY', 'COOP', 'NCBA', 'ABSA', 'I&M', 'DTB', 'STANBIC', 'FAMILY'];

export function makeSetKe(rng) {
  const year = 2025;
  const month = 12;
  // Jamhuri Day, Christmas Day, Boxing Day
  const holidays = ['2025-12-12', '2025-12-25', '2025-12-26'];
  const cal = calendar(year, month, holidays);
  const MON = MONTHS[month - 1].toUpperCase();
  const PREV = MONTHS[month - 2].toUpperCase();
  const customers = compose(PLACES, TRADES, [' Ltd', ' Limited', '', ' Ltd']);
  const suppliers = SUPPLIERS.map(([p, t]) => {
    const books = `${p} ${t}`;
    return { place: p, books, bank: books.toUpperCase(), code: p.replace(/\s.*/, '').slice(0, 3).toUpperCase() };
  });
  const inv = (n) => `A00${n}`;
  let rv = 5100 + rng.int(0, 50);
  let pv = 7100 + rng.int(0, 50);
  let jv = 8100 + rng.int(0, 50);
  let tran = 41000000 + rng.int(0, 90000);
  const own = { bank: 'KCB', acct: '1187456322' };

  const S = {
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    cal,
    addDays,
    holidays,
    opening: 1864520040,
    customers,
    suppliers,
    parentOf: (c) => ({ bank: `${c.place.toUpperCase()} GROUP HOLDINGS` }),
    ownerOf: () => ({ bank: 'HARSHAD PATEL', phone: '2547******418' }),
    strangers: [{ bank: 'JOSEPH MWANGI KAMAU' }, { bank: 'PWANI YOUTH SACCO' }],
    strangerText: ['GOODS', 'PAYMENT'],
    firstInvoice: 1210,
    writings: [
      { trait: 'ref-canonical', fn: (n) => inv(n) },
      { trait: 'ref-no-padding', fn: (n) => `A${n}` },
      { trait: 'ref-dash', fn: (n) => `A-${n}` },
      { trait: 'ref-other-prefix', fn: (n) => `INV A00${n}` },
      { trait: 'ref-serial-only', fn: (n) => `${n}` },
      { trait: 'ref-lowercase-spaced', fn: (n) => `a ${n}` },
      { trait: 'ref-slashes', fn: (n) => `A/00${n}` },
      { trait: 'ref-worded', fn: (n) => `BILL NO A${n}` },
      { trait: 'ref-prefix-joined', fn: (n) => `INV${n}` },
    ],
    invoiceAmount: (r) => part(r.int(900, 14000) * 10000, 116, 100),
    cashRange: [18000, 95000],
    twoInvoices: (a, b) => `${inv(a)} ${inv(b)}`,
    instalment: (t, k) => `${t} INST ${k}`,
    creditNote: (k) => `CN00${300 + k}`,
    lessCreditNote: (n, cn) => `${inv(n)} LESS ${cn}`,
    roundTo: 100000,
    payerCharge: 50000,
    shorts: [
      { trait: 'short-withholding-vat-2pct', cut: (amt) => part(Math.round((amt * 100) / 116), 2, 100) },
      { trait: 'short-settlement-discount', cut: (amt) => part(amt, 2, 100), text: (t) => `${t} LESS 2PCT DISC` },
    ],
    typo: (n) => `A00${n + 600}`,
    settlements: [
      {
        books: 'Cellulant Tingg settlement',
        fee: (g) => part(g, 25, 1000),
        id: (r) => `TG${r.int(5000000, 5999999)}`,
        text: (id) => `EFT CR CELLULANT KENYA LTD TINGG STL ${id}`,
      },
      {
        books: 'DPO Pay settlement',
        fee: (g) => part(g, 32, 1000),
        id: (r) => `${r.int(60000000, 69999999)}`,
        text: (id) => `RTGS/DPO GROUP KENYA/SETTLEMENT ${id}`,
      },
      {
        books: 'M-PESA till collections',
        fee: () => 0,
        id: () => null,
        text: () => 'MPESA TILL SWEEP C2B COLLECTIONS',
      },
    ],
    settleRange: [25000, 240000],
    supplierCreditNote: (r) => `CRN-${r.int(3000, 4999)}`,
    refundText: (cn) => `REFUND ${cn}`,
    smallRange: [6000, 48000],
    bill: (s, r) => `${s.code}${r.int(20000, 29999)}`,
    billText: (b) => `INV ${b}`,
    supplierRange: [90000, 1400000],
    payChannel: (i) => (i === 0 ? 'rtgs' : 'pesalink'),
    chequeNo: (r) => `${r.int(100000, 999999)}`,
    chequeTraits: ['cheque-number', 'presented-cheque'],
    payrollRange: [1300000, 2400000],
    payrollBatch: (r) => `${r.int(900, 999)}${r.int(100, 999)}`,
    statutory: [
      {
        books: 'KRA - PAYE',
        memo: (ref) => `PAYE ${PREV} 2025 PRN ${ref}`,
        text: (ref) => `KRA TAX PAYMENT PRN ${ref} PAYE ${PREV} 2025`,
        range: [160000, 320000],
        dayLo: 5,
        dayHi: 8,
        ref: (r) => `2025${r.int(100000000, 999999999)}`,
        channel: null,
      },
      {
        books: 'KRA - Housing Levy',
        memo: (ref) => `AHL ${PREV} 2025 PRN ${ref}`,
        text: (ref) => `KRA TAX PAYMENT PRN ${ref} AHL ${PREV} 2025`,
        range: [28000, 52000],
        dayLo: 5,
        dayHi: 8,
        ref: (r) => `2025${r.int(100000000, 999999999)}`,
        channel: null,
      },
      {
        books: 'Social Health Authority',
        memo: (ref) => `SHIF ${PREV} 2025 slip ${ref}`,
        text: (ref) => `SHA SHIF CONTRIBUTION ${PREV} 2025 ${ref}`,
        range: [30000, 55000],
        dayLo: 3,
        dayHi: 7,
        ref: (r) => `SHA${r.int(1000000, 9999999)}`,
        channel: null,
      },
      {
        books: 'NSSF',
        memo: (ref) => `NSSF ${PREV} 2025 ${ref}`,
        text: (ref) => `NSSF CONTRIBUTION ${PREV} 2025 ${ref}`,
        range: [24000, 42000],
        dayLo: 8,
        dayHi: 10,
        ref: (r) => `NS${r.int(1000000, 9999999)}`,
        channel: null,
      },
    ],
    ownRange: [800000, 2000000],
    ownChannel: 'rtgs',
    ownEvidence: 'reference',
    contractRange: [45000, 120000],
    contractBills: (s, r) => {
      const k = r.int(30000, 39000);
      return [`${s.code}${k}`, `${s.code}${k + 1}`];
    },
    order: (r) => `LPO ${r.int(3100, 3999)}`,
    orderText: (o) => `${o} PART PAYMENT`,
    unpresentedWhy: 'cheque issued, not yet presented',
    transferCharges: (amount, ch) => {
      if (ch === 'rtgs')
        return [
          { amount: 30000, text: 'RTGS CHARGES', kind: 'charge', traits: ['transfer-fee'] },
          { amount: 6000, text: 'EXCISE DUTY ON RTGS CHARGES', kind: 'fee-vat', traits: ['excise-duty'] },
        ];
      return [];
    },
    monthCharges: (lines, W) => {
      const last = W[W.length - 1];
      const pl = lines.filter((l) => l.text.startsWith('PESALINK TO')).length;
      return [
        {
          date: last,
          amount: -5500 * pl,
          text: `PESALINK CHARGES ${MON} 2025 ${pl} TXNS`,
          kind: 'charge',
          traits: ['transfer-fee'],
        },
        {
          date: last,
          amount: -1100 * pl,
          text: 'EXCISE DUTY ON PESALINK CHARGES',
          kind: 'fee-vat',
          traits: ['excise-duty'],
        },
        { date: last, amount: -150000, text: `LEDGER FEES ${MON} 2025`, kind: 'charge', traits: ['ledger-fee'] },
        { date: last, amount: -30000, text: 'EXCISE DUTY ON LEDGER FEES', kind: 'fee-vat', traits: ['excise-duty'] },
      ];
    },
  };

  const bankOf = (name) => BANKS[stableIndex(name, BANKS.length)];
  const tid = () => `S${++tran}`;
  S.bank = {
    rx: (p, text, r) =>
      p.phone
        ? { text: `MPESA B2C ${p.phone} ${p.bank}${text ? ` ${text}` : ''}`, tranId: tid() }
        : r.next() < 0.55
          ? { text: `PESALINK/${p.bank}/${bankOf(p.bank)}${text ? `/${text}` : ''}`, tranId: tid(), electronic: true }
          : { text: `RTGS/${p.bank}${text ? `/${text}` : ''}`, tranId: tid() },
    tx: (p, text, ch) =>
      ch === 'rtgs'
        ? { text: `RTGS TO ${p.bank} ${bankOf(p.bank)}${text ? ` ${text}` : ''}`, tranId: tid() }
        : { text: `PESALINK TO ${p.bank}${text ? ` ${text}` : ''}`, tranId: tid() },
    cash: () => ({ text: 'CASH DEPOSIT DIGO ROAD BY ALI', tranId: tid() }),
    chequeDeposit: (c, chq) => ({ text: `CLG CHQ DEP ${c.bank}`, ref: chq, tranId: tid() }),
    chequePaid: (s, chq) => ({ text: `CHQ PAID IN CLEARING`, ref: chq, tranId: tid() }),
    payroll: (batch) => ({ text: `BULK EFT SALARIES ${MON} 2025 BATCH ${batch}`, tranId: tid() }),
    statutory: (st, ref) => ({ text: st.text(ref), tranId: tid() }),
    own: () => ({ text: `RTGS TO SHREE KUTCH HARDWARE AND STEEL ${own.bank} A/C ${own.acct}`, tranId: tid() }),
    settle: (acq, id) => ({ text: id ? acq.text(id) : acq.text(), tranId: tid() }),
    reversal: (t) => ({ text: `RTN ${t.text} INVALID ACCOUNT`, tranId: tid() }),
    card: () => ({ text: 'POS PURCHASE NAIVAS NYALI MOMBASA', tranId: tid() }),
  };

  const row = (vtype, vno, party, narration) => ({ vtype, vno, party, narration });
  S.book = {
    receipt: (c, n, r, o = {}) =>
      row(
        'RECEIPT',
        `RV-${++rv}`,
        c.books.toUpperCase(),
        `BEING AMT RECD AGST BILL ${inv(n)}${o.creditNote ? ` LESS ${o.creditNote}` : ''}${o.cash ? ' BY CASH' : ''}${o.instalments ? ' IN 2 INSTALMENTS' : ''}`,
      ),
    payment: (s, bill, r, o = {}) =>
      row(
        'PAYMENT',
        `PV-${++pv}`,
        s.books.toUpperCase(),
        `BEING PAYMENT AGST INV ${bill}${o.order ? ` (${o.order} OF 2)` : ''}`,
      ),
    cheque: (s, chq, r) =>
      row('PAYMENT', `PV-${++pv}`, s.books.toUpperCase(), `BEING PAYMENT AGST INV ${S.bill(s, r)} CHQ NO ${chq}`),
    chequeReceipt: (c, chq, n) =>
      row('RECEIPT', `RV-${++rv}`, c.books.toUpperCase(), `BEING CHQ NO ${chq} RECD AGST BILL ${inv(n)}`),
    supplierRefund: (s, cn) => row('RECEIPT', `RV-${++rv}`, s.books.toUpperCase(), `BEING REFUND AGST ${cn}`),
    customerRefund: (c, cn) => row('PAYMENT', `PV-${++pv}`, c.books.toUpperCase(), `BEING REFUND OF ${cn}`),
    settlement: (acq, id, o) =>
      row(
        'JOURNAL',
        `JV-${++jv}`,
        acq.books.toUpperCase(),
        o.fee ? `BEING FEES ON ${id}` : o.gross && id ? `BEING GROSS OF ${id}` : `BEING TILL SALES OF ${ddmm(o.sales)}`,
      ),
    payroll: (batch) =>
      row('JOURNAL', `JV-${++jv}`, 'SALARIES PAYABLE', `BEING NET SALARIES ${MON} 2025 BATCH ${batch}`),
    statutory: (st, ref) => row('PAYMENT', `PV-${++pv}`, st.books.toUpperCase(), `BEING ${st.memo(ref).toUpperCase()}`),
    own: () => row('CONTRA', `CV-${++jv}`, 'KCB BANK C/A', `BEING TRF TO KCB A/C ${own.acct}`),
  };
  const ddmm = (d) => {
    const [, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
  };
  const dmy = (d, sep) => {
    const [y, m, dd] = parts(d);
    return `${String(dd).padStart(2, '0')}${sep}${String(m).padStart(2, '0')}${sep}${y}`;
  };

  const acct = '95060200004521';
  S.bankLayout = (lines, { opening }) => {
    const file = `bob-kenya-${acct}-dec2025.csv`;
    const out = [
      ['BANK OF BARODA (KENYA) LIMITED'],
      ['DIGO ROAD BRANCH MOMBASA'],
      [`STATEMENT OF ACCOUNT FROM ${dmy(cal.from, '/')} TO ${dmy(cal.to, '/')}`],
      ['A/C NO :', acct],
      ['A/C NAME :', 'SHREE KUTCH HARDWARE AND STEEL LTD'],
      ['CURRENCY :', 'KES'],
      ['SCHEME :', 'CURRENT ACCOUNT - BUSINESS'],
      [],
      ['Tran Date', 'Value Date', 'Tran Id', 'Particulars', 'Chq No', 'Withdrawal', 'Deposit', 'Balance'],
      [dmy(cal.from, '/'), dmy(cal.from, '/'), '', 'BALANCE B/F', '', '', '', `${commas(opening)} Cr`],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rowOf.set(l, out.length + 1);
      out.push([
        dmy(l.date, '/'),
        dmy(l.date, '/'),
        l.tranId ?? '',
        l.text,
        l.ref ?? '',
        l.amount < 0 ? commas(-l.amount) : '',
        l.amount > 0 ? commas(l.amount) : '',
        `${commas(l.balance)} Cr`,
      ]);
    }
    const totalRow = out.length + 1;
    const dr = lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
    const cr = lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0);
    out.push(['', '', '', 'TOTAL', '', commas(dr), commas(cr), '']);
    out.push([]);
    out.push(['*** END OF STATEMENT ***']);
    return {
      file,
      bank: 'Bank of Baroda (Kenya) Limited',
      format: 'csv',
      cells: out,
      headerRow: 9,
      rowOf,
      ledgerAccount: 'BANK OF BARODA C/A 95060200004521',
      order: 'oldest-first',
      layout:
        'Bank of Baroda (Kenya) Finacle statement downloaded as CSV: seven preamble rows and a blank row, header in row 9, DD/MM/YYYY, a dated BALANCE B/F row, Withdrawal / Deposit with thousands commas, Balance written "1,234.00 Cr", the bank\'s Tran Id, cheque numbers only in Chq No, a TOTAL row and an END OF STATEMENT line',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Chq No',
          moneyOut: 'Withdrawal',
          moneyIn: 'Deposit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [
        { row: 10, why: 'balance brought forward (dated, balance only)' },
        { row: totalRow, why: 'statement totals (undated)' },
      ],
    };
  };

  S.ledgerLayout = (rows, { opening, closing }) => {
    const file = 'marg-ledger-bank-of-baroda-dec2025.xlsx';
    const out = [
      ['SHREE KUTCH HARDWARE AND STEEL LTD'],
      ['NYERERE AVENUE, MOMBASA'],
      ['LEDGER'],
      ['BANK OF BARODA C/A 95060200004521'],
      [`FROM ${dmy(cal.from, '-')} TO ${dmy(cal.to, '-')}`],
      [],
      ['Date', 'Particulars', 'Vch Type', 'Vch No.', 'Narration', 'Debit', 'Credit', 'Balance'],
      ['', 'Opening Balance', '', '', '', '', '', `${commas(opening)} Dr`],
    ];
    const rowOf = new Map();
    for (const r of rows) {
      rowOf.set(r, out.length + 1);
      out.push([
        dmy(r.date, '-'),
        r.party,
        r.vtype,
        r.vno,
        r.narration,
        r.amount > 0 ? Number(dec(r.amount)) : null,
        r.amount < 0 ? Number(dec(-r.amount)) : null,
        `${commas(r.balance)} Dr`,
      ]);
    }
    const totalRow = out.length + 1;
    const dr = rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
    const cr = rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
    out.push(['', 'Total', '', '', '', Number(dec(dr)), Number(dec(cr)), '']);
    out.push(['', 'Closing Balance', '', '', '', '', '', `${commas(closing)} Dr`]);
    return {
      file,
      package: 'Marg ERP 9+ (Reports → Ledger of BANK OF BARODA C/A, exported to Excel)',
      format: 'xlsx',
      sheet: 'Ledger',
      colWidths: [12, 36, 10, 10, 60, 14, 14, 20],
      cells: out,
      headerRow: 7,
      rowOf,
      layout:
        'Marg ERP 9+ Ledger of the bank account exported to Excel (sheet Ledger): five title rows and a blank row, header in row 7, an undated Opening Balance row, dates as text DD-MM-YYYY, the contra party in Particulars (upper case), Vch Type and Marg voucher number, the bill in Narration ("BEING AMT RECD AGST BILL A001234"), Debit = money in as numbers, Balance as text "1,234.00 Dr", undated Total and Closing Balance rows; no account column',
      readOptions: {
        sheet: 'Ledger',
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          party: 'Particulars',
          reference: 'Vch No.',
          description: 'Narration',
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
  S.set = 'ke-baroda-marg';
  S.bankName = 'Bank of Baroda (Kenya) Limited';
  S.packageName = 'Marg ERP 9+ (Ledger report of the bank account, exported to Excel)';
  return S;
}
