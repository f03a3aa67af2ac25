// holdout37 — GH: Krobo Valley Fruits Ltd, Somanya, Eastern Region (solar-dried mango, pineapple and coconut).
// Bank: Manya Krobo Rural Bank PLC (statement printout saved as CSV: unsigned AMOUNT with a DR/CR column).
// Books: AccountsIQ (Bank Account Transactions of bank account 1210, exported to CSV, every cell quoted).
import { billNumber, customerDebits, parties, safeDigits } from './common37.mjs';
import { csvBytes, fmtDate, grouped, share } from './lib37.mjs';

const CUSTOMERS = [
  ['Osu Health Foods Ltd', 'OSU HEALTH FOODS LTD'],
  ['Akosombo River Lodge Ltd', 'AKOSOMBO RIVER LODGE'],
  ['Adenta Fresh Mart Ltd', 'ADENTA FRESH MART LTD'],
  ['Cantonments Deli & Bakery', 'CANTONMENTS DELI'],
  ['Tema Harbour Provisions Ltd', 'TEMA HARBOUR PROVISIONS'],
  ['Aburi Botanical Cafe', 'ABURI BOTANICAL CAFE'],
  ['Koforidua Star Supermarket', 'KOFORIDUA STAR SUPERMKT'],
  ['Ridge Academy Ltd', 'RIDGE ACADEMY LTD'],
  ['Volta Serene Hotel Ltd', 'VOLTA SERENE HOTEL'],
  ['East Legon Juice Bar', 'EAST LEGON JUICE BAR'],
  ['Nima Wholesale Traders', 'NIMA WHOLESALE TRADERS'],
  ['Sunyani Agro Exports Ltd', 'SUNYANI AGRO EXPORTS'],
  ['Kumasi Organic Market Ltd', 'KUMASI ORGANIC MARKET'],
  ['Airport City Lounge Ltd', 'AIRPORT CITY LOUNGE'],
  ['Sakumono Beach Resort', 'SAKUMONO BEACH RESORT'],
  ['Westhills Gourmet Ltd', 'WESTHILLS GOURMET LTD'],
  ['Takoradi Marina Foods', 'TAKORADI MARINA FOODS'],
  ['Ho Teachers Cooperative Shop', 'HO TEACHERS COOP SHOP'],
  ['Asafo Fruit Distributors', 'ASAFO FRUIT DISTRIBUTORS'],
  ['Peduase Heights Ltd', 'PEDUASE HEIGHTS LTD'],
  ['Dodowa Forest Retreat', 'DODOWA FOREST RETREAT'],
  ['Trassaco Residents Club', 'TRASSACO RESIDENTS CLUB'],
];
const NAME_ONLY = [
  ['Madina Family Stores', 'MADINA FAMILY STORES'],
  ['Oyarifa Greens Cafe', 'OYARIFA GREENS CAFE'],
  ['Spintex Wellness Centre', 'SPINTEX WELLNESS CENTRE'],
];
const SUPPLIERS = [
  ['Yilo Krobo Mango Growers Association', 'YILO KROBO MANGO GROWERS', { bill: (r) => `YKM-${safeDigits(r, 4)}` }],
  ['Akuapem Pineapple Farms Ltd', 'AKUAPEM PINEAPPLE FARMS', { bill: (r) => `APF/INV/${safeDigits(r, 4)}` }],
  ['Tema Corrugated Cartons Ltd', 'TEMA CORRUGATED CARTONS', { bill: (r) => `TCC${safeDigits(r, 5)}` }],
  ['Eastern Fuels Ltd', 'EASTERN FUELS LTD', { bill: (r) => `EF-${safeDigits(r, 5)}` }],
  ['SolarDry Engineering Ghana', 'SOLARDRY ENGINEERING GH', { bill: (r) => `SDE/${safeDigits(r, 3)}/B` }],
  ['Ghana Standards Authority', 'GHANA STANDARDS AUTHORITY', { bill: (r) => `GSA/TS/${safeDigits(r, 4)}` }],
  ['Ridge Haulage & Logistics', 'RIDGE HAULAGE LOGISTICS', { bill: (r) => `RHL ${safeDigits(r, 4)}` }],
  ['Volta Labels & Print', 'VOLTA LABELS AND PRINT', { bill: (r) => `VLP-0${safeDigits(r, 3)}` }],
  ['CoolChain Ghana Ltd', 'COOLCHAIN GHANA LTD', { bill: (r) => `CCG${safeDigits(r, 4)}` }],
  ['Agomanya Timber Pallets', 'AGOMANYA TIMBER PALLETS', { bill: (r) => `ATP/${safeDigits(r, 3)}` }],
  ['Asesewa Coconut Growers', 'ASESEWA COCONUT GROWERS', { bill: (r) => `ACG-${safeDigits(r, 4)}` }],
  ['Prampram Sea Salt Co', 'PRAMPRAM SEA SALT', { bill: (r) => `PSS${safeDigits(r, 4)}` }],
  ['Dawhenya Irrigation Farms', 'DAWHENYA IRRIGATION FARMS', { bill: (r) => `DIF/${safeDigits(r, 4)}` }],
];
const SPECIAL = {
  nameOnly: [
    [
      'Odumase Security Services',
      'ODUMASE SECURITY SERVICES',
      { memo: 'GUARD SERVICES', bill: (r) => `OSS-${safeDigits(r, 3)}` },
    ],
    [
      'Krobo Coconut Collectors',
      'KROBO COCONUT COLLECTORS',
      { memo: 'COCONUT SUPPLY', bill: (r) => `KCC${safeDigits(r, 4)}` },
    ],
  ],
  twin: [
    'Somanya LPG Refill Station',
    'SOMANYA LPG REFILL STATION',
    { memo: 'LPG DELIVERY', bill: (r) => `LPG/${safeDigits(r, 4)}` },
  ],
  refund: ['Accra Flexible Packaging Ltd', 'ACCRA FLEXIBLE PACKAGING', { bill: (r) => `AFP-${safeDigits(r, 5)}` }],
};

export function ghSet(rng) {
  const customers = parties(CUSTOMERS);
  const nameOnly = parties(NAME_ONLY);
  const suppliers = parties(SUPPLIERS);
  const [so1, so2] = parties(SPECIAL.nameOnly);
  const [twin] = parties([SPECIAL.twin]);
  const [refundSupplier] = parties([SPECIAL.refund]);
  const [tieCustomer, shortCustomer, thirdFor, tradingCustomer] = parties([
    ['Kotoka Inflight Services Ltd', 'KOTOKA INFLIGHT SERVICES'],
    ['Labadi Shores Hotel Ltd', 'LABADI SHORES HOTEL'],
    ['Aqua Safari Lodge Ltd', 'AQUA SAFARI LODGE'],
    ['Mensah Provisions Enterprise', 'MENSAH PROVISIONS'],
  ]);
  let custNo = 40 + rng.int(0, 9);
  let suppNo = 110 + rng.int(0, 9);
  for (const c of [...customers, ...nameOnly, tieCustomer, shortCustomer, thirdFor, tradingCustomer])
    c.code = `C${String((custNo += rng.int(1, 7))).padStart(4, '0')}`;
  for (const s of [...suppliers, so1, so2, twin, refundSupplier])
    s.code = `S${String((suppNo += rng.int(1, 7))).padStart(4, '0')}`;
  const canon = (n) => `KVF-INV-${n}`;
  const cnWrite = (n) => `KVF-CN-0${n}`;
  const acct = '0211' + safeDigits(rng, 9);
  const ownAcct = '10' + safeDigits(rng, 11);
  const pick = (list) => (r) => r.pick(list);

  const D = {
    set: 'gh-manyakrobo-accountsiq',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2026-11-01', to: '2026-11-30' },
    holidays: [],
    bank: 'Manya Krobo Rural Bank PLC',
    package:
      'AccountsIQ (Banking → Bank Account Transactions of bank account 1210 Manya Krobo RB Current GHS, exported to CSV)',
    bankFile: `manya-krobo-rb-${acct}-nov2026.csv`,
    ledgerFile: 'accountsiq-bank-transactions-1210-nov2026.csv',
    ledgerAccount: '1210',
    customers,
    nameOnlyCustomers: nameOnly,
    cashNamed: 2,
    tieCustomer,
    shortCustomer,
    thirdParty: {
      for: thirdFor,
      payer: { book: 'Volta Hospitality Holdings Ltd', bank: 'VOLTA HOSPITALITY HOLDINGS' },
    },
    tradingName: { customer: tradingCustomer, payer: { book: 'Auntie Akos Shop', bank: 'AUNTIE AKOS SHOP' } },
    unknownPayers: [
      { book: 'Kwame Asante', bank: 'KWAME OWUSU ASANTE' },
      { book: 'Efua Boateng', bank: 'EFUA MANSA BOATENG' },
    ],
    suppliers,
    nameOnlySuppliers: [so1, so2],
    twinSupplier: twin,
    refundSupplier,
    billNo: (s, r) => billNumber(s.bill, r),
    badAccount: () => null,
    invoice: {
      first: 10460,
      canonical: canon,
      writings: [
        { trait: 'ref-canonical', w: (n) => canon(n) },
        { trait: 'ref-joined-lowercase', w: (n) => `kvf${n}` },
        { trait: 'ref-serial-prefixed', w: (n) => `INV ${n}` },
        { trait: 'ref-word-prefix', w: (n) => `Invoice#${n}` },
        { trait: 'ref-spaces', w: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}` },
        { trait: 'ref-serial-only', w: (n) => `${n}` },
      ],
    },
    creditNote: { first: 310, write: cnWrite },
    po: (r) => `LPO ${safeDigits(r, 6)}`,
    vat: { num: 20, den: 100 },
    short: { of: (inv) => share(inv.net, 3, 100), trait: 'short-withholding-tax-3pct' },
    scale: {
      invoice: [1500, 24000],
      small: [400, 3000],
      large: [18000, 40000],
      netStep: 100,
      round: 10000,
      roundUp: 1000,
      bill: [2000, 38000],
      billStep: 1,
      twin: [3000, 8000],
      refund: [250, 2500],
      unknown: [100, 3000],
      unknownStep: 100,
    },
    limit: { major: 50000, first: () => 5000000, urgent: false },
    memo: {
      invoice: (t, r) => r.pick([t, `PAYMENT ${t}`, `${t} DRIED MANGO`, `PYMT FOR ${t}`]),
      generic: pick(['DRIED MANGO ORDER', 'FRUIT SNACKS', 'NOV SUPPLIES', 'MANGO CHIPS PAYMENT', 'COCONUT CHIPS']),
      list: (ns, r) => r.pick([`INV ${ns.join('/')}`, `KVF-INV-${ns[0]}, ${ns[1]}, ${ns[2]}`]),
      instalment: (t, k) => (k === 1 ? `${t} PART PAYMENT` : `${t} BALANCE`),
      part: (t, r) => r.pick([`PART PYMT ${t}`, `${t} PART`]),
      lessCn: (t, cn) => `${t} LESS ${cn}`,
      order: (po) => po,
      unknown: pick(['MANGO', 'PAYMENT', 'GOODS', 'ORDER']),
      bill: (b, r) => r.pick([b, `PAYMENT ${b}`, `KVF PYMT ${b}`]),
      billPart: (b, k) => (k === 1 ? `${b} PT ONE` : `${b} PT TWO`),
      genericOut: (s) => s.memo,
      refundOut: (cn) => `REFUND ${cn}`,
      refundIn: pick(['REFUND', 'REFUND OVERCHARGE', 'CREDIT BAL REFUND']),
    },
    settlements: [
      {
        name: 'MTN MoMo',
        gross: [3000, 15000],
        fee: (g) => share(g, 75, 10000),
        id: (r) => `MMS${safeDigits(r, 8)}`,
        period: () => null,
      },
      {
        name: 'ExpressPay',
        times: 1,
        gross: [2500, 12000],
        fee: (g) => share(g, 195, 10000),
        id: (r) => `XP-${safeDigits(r, 7)}`,
        period: () => null,
      },
      {
        name: 'AT Money',
        gross: [1500, 9000],
        fee: (g) => share(g, 1, 100),
        period: (d) => `to ${fmtDate(d, 'dd Mon yyyy').slice(0, 6)}`,
      },
    ],
    payroll: { n: 31, total: [55000, 90000], days: [-5, -2], batch: (r) => `BLK${safeDigits(r, 5)}` },
    statutory: [
      {
        key: 'paye',
        amount: [6000, 11000],
        days: [5, 9],
        ref: (r) => safeDigits(r, 12),
        bank: (ref) => ({ text: `GRA PAYE OCT 2026 PRN ${ref}` }),
        book: () => ({ description: 'PAYE October 2026 - GRA', party: 'Ghana Revenue Authority - PAYE', code: '2220' }),
      },
      {
        key: 'ssnit',
        amount: [9000, 15000],
        days: [5, 9],
        ref: (r) => safeDigits(r, 11),
        bank: (ref) => ({ text: `SSNIT CONTRIBUTION OCT 2026 ER NO ${ref}` }),
        book: () => ({ description: 'SSNIT Tier 1 & 2 October 2026', party: 'SSNIT', code: '2230' }),
      },
      {
        key: 'vat',
        amount: [12000, 26000],
        days: [-6, -2],
        ref: (r) => safeDigits(r, 12),
        bank: (ref) => ({ text: `GRA VAT OCT 2026 PRN ${ref}` }),
        book: () => ({ description: 'VAT return October 2026', party: 'Ghana Revenue Authority - VAT', code: '2200' }),
      },
    ],
    utilities: [
      (() => {
        const a = safeDigits(rng, 10);
        return {
          key: 'ecg',
          amount: [2500, 6500],
          days: [3, -4],
          bank: () => ({ text: `ECG POSTPAID BILL ACCT ${a}` }),
          book: () => ({
            description: 'ECG electricity October bill',
            ref: a,
            party: 'Electricity Company of Ghana',
            code: '7200',
          }),
        };
      })(),
      (() => {
        const a = `0${safeDigits(rng, 3)}-${safeDigits(rng, 3)}-${safeDigits(rng, 3)}`;
        return {
          key: 'gwl',
          amount: [600, 1800],
          days: [3, -4],
          bank: () => ({ text: `GHANA WATER BILL ${a.replace(/-/g, '')}` }),
          book: () => ({ description: 'Ghana Water October bill', ref: a, party: 'Ghana Water Ltd', code: '7210' }),
        };
      })(),
    ],
    ownAccount: { dir: 'in', acct: ownAcct, amount: [20000, 60000], step: 1000 },
    card: { amount: [150, 900] },
    lastMonth: { amount: [1500, 9000], ref: (r) => '1' + safeDigits(r, 5), trait: 'last-month-cheque' },
    unpresented: (s, r) => ({
      kind: 'cheque-out',
      who: s,
      chq: '1' + safeDigits(r, 5),
      bill: billNumber(s.bill, r),
      why: 'cheque not yet presented',
    }),
    uncredited: (c, inv, r) => ({
      kind: 'lodgement',
      who: c,
      invoices: [inv],
      chq: safeDigits(r, 6),
      why: 'cheque lodged on the last days of the month, not yet credited',
    }),

    fees(l) {
      const k = l.spec.kind;
      if (k === 'out')
        return [{ amount: -750, spec: { kind: 'fee', text: 'GIP TRANSFER CHARGE', of: l }, kind: 'charge' }];
      if (k === 'payroll')
        return [
          {
            amount: -200 * l.spec.n,
            spec: { kind: 'fee', text: `BULK PAYMENT CHARGE (${l.spec.n})`, of: l },
            kind: 'charge',
          },
        ];
      return [];
    },
    monthEnd(m) {
      const alerts = m.lines.length + 3;
      return [
        {
          amount: -share(customerDebits(m), 1, 1000),
          spec: { kind: 'month-end', text: 'COT CHARGES NOV 2026' },
          kind: 'charge',
        },
        {
          amount: -20 * alerts,
          spec: { kind: 'month-end', text: 'SMS ALERT CHARGES NOV 2026' },
          kind: 'charge',
          plus: 1,
        },
        {
          amount: -3000,
          spec: { kind: 'month-end', text: 'ACCOUNT MAINTENANCE FEE NOV 2026' },
          kind: 'charge',
          plus: 2,
        },
      ];
    },
  };

  D.bankCells = (l) => {
    const s = l.spec;
    const gip = () => `GIP${safeDigits(rng, 12)}`;
    switch (s.kind) {
      case 'in':
        if (s.memoInRef) return { text: `GIP CR FRM ${s.who.bank}`, reference: s.memo };
        return { text: `GIP CR FRM ${s.who.bank} - ${s.memo}`, reference: gip() };
      case 'cash':
        return { text: `CASH DEPOSIT - ${s.who.bank}`, reference: `CD${safeDigits(rng, 7)}` };
      case 'out':
        return { text: `GIP DR TO ${s.who.bank} - ${s.memo}`, reference: gip() };
      case 'reversal':
        return { text: `GIP DR REVERSAL - ${s.of.spec.who.bank} - ACCOUNT NOT FOUND`, reference: s.of.cells.reference };
      case 'fee':
        return { text: s.text, reference: s.of.cells.reference };
      case 'month-end':
        return { text: s.text, reference: null };
      case 'settle':
        if (s.provider.name === 'MTN MoMo') return { text: `MTN MOMO MERCHANT SETTLEMENT ${s.id}`, reference: null };
        if (s.provider.name === 'ExpressPay') return { text: `EXPRESSPAY SETTLEMENT ${s.id}`, reference: null };
        return { text: 'AT MONEY COLLECTIONS SWEEP', reference: null };
      case 'payroll':
        return { text: `BULK CREDIT - SALARY NOV 2026 - ${s.n} ACCTS - ${s.batch}`, reference: null };
      case 'statutory':
        return { ...s.s.bank(s.ref), reference: null };
      case 'utility':
        return { ...s.u.bank(), reference: null };
      case 'own':
        return { text: `GIP CR FRM KROBO VALLEY FRUITS LTD - FUNDING FROM FIDELITY ${s.o.acct}`, reference: gip() };
      case 'card':
        return { text: 'GH-LINK POS PURCHASE - TOTALENERGIES SOMANYA', reference: null };
      case 'last-month':
        return { text: `INWARD CLEARING CHQ ${s.ref}`, reference: s.ref };
      default:
        throw new Error(`GH bank: ${s.kind}`);
    }
  };

  D.bookCells = (r) => {
    const s = r.spec;
    switch (s.kind) {
      case 'receipt':
      case 'lodgement': {
        const inv = canon(s.invoices[0].serial);
        let d = s.cash ? 'Cash lodged at Somanya branch' : `Receipt - ${s.who.book}`;
        if (s.kind === 'lodgement') d = `Cheque ${s.chq} lodged - ${s.who.book}`;
        if (s.po) d += ` - their ${s.po}`;
        if (s.cn) d += ` - less ${cnWrite(s.cn)}`;
        if (s.paidBy) d += ` - paid by ${s.paidBy.book}`;
        return { type: 'Customer Receipt', reference: inv, code: s.who.code, party: s.who.book, description: d };
      }
      case 'payment':
        return {
          type: 'Supplier Payment',
          reference: s.bill,
          code: s.who.code,
          party: s.who.book,
          description: `Payment - ${s.who.book}`,
        };
      case 'cheque-out':
        return {
          type: 'Supplier Payment',
          reference: `CHQ ${s.chq}`,
          code: s.who.code,
          party: s.who.book,
          description: `Cheque payment ${s.bill}`,
        };
      case 'refund-out':
        return {
          type: 'Customer Refund',
          reference: cnWrite(s.cn),
          code: s.who.code,
          party: s.who.book,
          description: 'Refund of credit note',
        };
      case 'refund-in':
        return {
          type: 'Supplier Refund',
          reference: '',
          code: s.who.code,
          party: s.who.book,
          description: 'Refund received',
        };
      case 'settle': {
        const P = s.provider.name;
        if (P === 'MTN MoMo')
          return {
            type: 'Bank Receipt',
            reference: s.id,
            code: '4020',
            party: 'Sales - MTN MoMo',
            description: `MTN MoMo merchant settlement ${s.id}`,
          };
        if (P === 'ExpressPay')
          return s.part === 'gross'
            ? {
                type: 'Bank Receipt',
                reference: s.id,
                code: '4030',
                party: 'Sales - ExpressPay',
                description: 'ExpressPay settlement gross',
              }
            : {
                type: 'Bank Payment',
                reference: s.id,
                code: '7905',
                party: 'Merchant service charges',
                description: 'ExpressPay commission',
              };
        return {
          type: 'Bank Receipt',
          reference: '',
          code: '4040',
          party: 'Sales - AT Money',
          description: `AT Money collections ${s.period}`,
        };
      }
      case 'payroll':
        return {
          type: 'Bank Payment',
          reference: s.batch,
          code: '2210',
          party: 'Net Wages Control',
          description: `Salaries November 2026 (${s.n} staff)`,
        };
      case 'statutory': {
        const b = s.s.book(s.ref);
        return { type: 'Bank Payment', reference: s.ref, code: b.code, party: b.party, description: b.description };
      }
      case 'utility': {
        const b = s.u.book();
        return { type: 'Bank Payment', reference: b.ref, code: b.code, party: b.party, description: b.description };
      }
      case 'own':
        return {
          type: 'Bank Transfer',
          reference: 'TRF-FIDELITY',
          code: '1220',
          party: 'Fidelity Bank Current',
          description: `Transfer from Fidelity ${s.o.acct}`,
        };
      default:
        throw new Error(`GH book: ${s.kind}`);
    }
  };

  D.writeBank = ({ lines, opening, closing }) => {
    const g = (minor) => grouped(minor, { sign: false });
    const rows = [
      ['MANYA KROBO RURAL BANK PLC'],
      ['SOMANYA BRANCH'],
      ['CUSTOMER STATEMENT OF ACCOUNT'],
      ['ACCOUNT NAME:', 'KROBO VALLEY FRUITS LTD'],
      ['ACCOUNT NO:', acct],
      ['CURRENCY:', 'GHS'],
      ['PERIOD:', `${fmtDate(D.period.from, 'dd/mm/yyyy')} TO ${fmtDate(D.period.to, 'dd/mm/yyyy')}`],
      [],
      ['TXN DATE', 'DESCRIPTION', 'REFERENCE', 'VALUE DATE', 'AMOUNT', 'DR/CR', 'BALANCE'],
      ['', 'BALANCE B/F', '', '', '', '', g(opening)],
    ];
    const headerRow = 9;
    for (const l of lines) {
      l.row = rows.length + 1;
      const d = fmtDate(l.date, 'dd/mm/yyyy');
      rows.push([
        d,
        l.cells.text,
        l.cells.reference ?? '',
        d,
        g(Math.abs(l.amount)),
        l.amount < 0 ? 'DR' : 'CR',
        g(l.balance),
      ]);
    }
    const sumOut = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
    const sumIn = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    const t1 = rows.length + 1;
    rows.push(['', 'TOTAL DEBITS', '', '', g(sumOut), 'DR', '']);
    rows.push(['', 'TOTAL CREDITS', '', '', g(sumIn), 'CR', '']);
    rows.push(['', 'BALANCE C/F', '', '', '', '', g(closing)]);
    return {
      bytes: csvBytes(rows, { quote: 'needed' }),
      headerRow,
      order: 'oldest-first',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'TXN DATE',
          valueDate: 'VALUE DATE',
          description: 'DESCRIPTION',
          reference: 'REFERENCE',
          amount: 'AMOUNT',
          direction: { column: 'DR/CR', out: ['DR'], in: ['CR'] },
          balance: 'BALANCE',
        },
      },
      layout:
        'CSV (comma, cells quoted only when they hold a comma, CRLF): three title rows, four label/value rows and a blank, header in row 9; dd/mm/yyyy; an unsigned AMOUNT grouped with commas and a DR/CR column saying which way it went; undated BALANCE B/F and BALANCE C/F rows (balance only) and undated TOTAL DEBITS / TOTAL CREDITS rows with money',
      nonEntryRows: [
        { row: t1, why: 'TOTAL DEBITS: the period total, not an entry' },
        { row: t1 + 1, why: 'TOTAL CREDITS: the period total, not an entry' },
      ],
    };
  };

  D.writeLedger = ({ rows: bookRows, opening }) => {
    const g = (minor) => grouped(minor, { sign: false });
    const batchNo = { 'Customer Receipt': 612, 'Supplier Payment': 233, 'Bank Payment': 87, 'Bank Receipt': 41 };
    const PREFIX = {
      'Customer Receipt': 'CR',
      'Supplier Payment': 'SP',
      'Bank Payment': 'BP',
      'Bank Receipt': 'BR',
      'Customer Refund': 'CF',
      'Supplier Refund': 'SF',
      'Bank Transfer': 'BT',
    };
    const rows = [
      ['Krobo Valley Fruits Ltd'],
      ['Bank Account Transactions - 1210 Manya Krobo RB Current (GHS)'],
      [`Date Range: ${fmtDate(D.period.from, 'dd/mm/yyyy')} - ${fmtDate(D.period.to, 'dd/mm/yyyy')}`],
      [],
      [
        'Trans Date',
        'Period',
        'Trans Type',
        'Batch Ref',
        'Reference',
        'Account Code',
        'Account Name',
        'Description',
        'Debit',
        'Credit',
        'Balance',
      ],
      ['', '', '', '', '', '', '', 'Opening Balance', '', '', g(opening)],
    ];
    const headerRow = 5;
    for (const r of bookRows) {
      const c = r.cells;
      r.row = rows.length + 1;
      const prefix = PREFIX[c.type];
      batchNo[c.type] = (batchNo[c.type] ?? 10) + 1;
      rows.push([
        fmtDate(r.date, 'dd/mm/yyyy'),
        'Nov 2026',
        c.type,
        `${prefix}${String(batchNo[c.type]).padStart(6, '0')}`,
        c.reference,
        c.code,
        c.party,
        c.description,
        r.amount > 0 ? g(r.amount) : '',
        r.amount < 0 ? g(-r.amount) : '',
        g(r.balance),
      ]);
    }
    rows.push(['', '', '', '', '', '', '', 'Closing Balance', '', '', g(bookRows.at(-1).balance)]);
    return {
      bytes: csvBytes(rows, { quote: 'all' }),
      headerRow,
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Trans Date',
          reference: 'Reference',
          description: 'Description',
          party: 'Account Name',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'CSV, every cell quoted (CRLF): three title rows and a blank, header in row 5 (Trans Date, Period, Trans Type, Batch Ref, Reference, Account Code, Account Name, Description, Debit, Credit, Balance); dd/mm/yyyy; Reference = the invoice, bill, PRN or meter/account the entry was posted against; Account Name = the customer, supplier or nominal account (party); Debit = money in; amounts grouped with commas; undated Opening Balance / Closing Balance rows (balance only), no totals',
      nonEntryRows: [],
    };
  };
  return D;
}
