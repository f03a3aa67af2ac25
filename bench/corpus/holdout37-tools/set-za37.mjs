// holdout37 — ZA: Wattle Industrial Safety (Pty) Ltd, Germiston (PPE, gas detection, fall arrest, safety signage).
// Bank: JPMorgan Chase Bank, N.A., Johannesburg Branch (J.P. Morgan Access transaction export, CSV, US dates, no
// running balance). Books: Pronto Xi (GL Transaction Enquiry of account 1110.000, exported to Excel).
import { billNumber, parties, safeDigits } from './common37.mjs';
import { D as Dt, N, S, cellNumber, csvBytes, dec, fmtDate, share, xlsxBytes } from './lib37.mjs';

const CUSTOMERS = [
  ['Rustenburg Platinum Contractors (Pty) Ltd', 'RUSTENBURG PLATINUM CONTR'],
  ['Witbank Colliery Services', 'WITBANK COLLIERY SERVICES'],
  ['Secunda Process Engineering', 'SECUNDA PROCESS ENG'],
  ['Boksburg Steel Fabricators', 'BOKSBURG STEEL FAB'],
  ['Kathu Iron Ore Logistics', 'KATHU IRON ORE LOGISTICS'],
  ['Vaal River Construction (Pty) Ltd', 'VAAL RIVER CONSTRUCTION'],
  ['Middelburg Ferrochrome Services', 'MIDDELBURG FERROCHROME'],
  ['Sasolburg Chemical Maintenance', 'SASOLBURG CHEM MAINT'],
  ['Phalaborwa Mining Supplies', 'PHALABORWA MINING SUP'],
  ['Alrode Engineering Works', 'ALRODE ENGINEERING WORKS'],
  ['Benoni Scaffolding Hire', 'BENONI SCAFFOLDING HIRE'],
  ['Kempton Electrical Contractors', 'KEMPTON ELECTRICAL CONTR'],
  ['Springs Foundry (Pty) Ltd', 'SPRINGS FOUNDRY PTY LTD'],
  ['Brakpan Earthmoving CC', 'BRAKPAN EARTHMOVING CC'],
  ['Emalahleni Power Maintenance', 'EMALAHLENI POWER MAINT'],
  ['Randfontein Gold Contractors', 'RANDFONTEIN GOLD CONTR'],
  ['Pretoria West Boilermakers', 'PTA WEST BOILERMAKERS'],
  ['Lephalale Civils (Pty) Ltd', 'LEPHALALE CIVILS'],
  ['Nigel Rail Services', 'NIGEL RAIL SERVICES'],
  ['Roodepoort Crane Hire', 'ROODEPOORT CRANE HIRE'],
  ['Wadeville Pipe Fitters', 'WADEVILLE PIPE FITTERS'],
  ['Zeerust Quarry Operations', 'ZEERUST QUARRY OPS'],
];
const NAME_ONLY = [
  ['Kriel Conveyor Solutions', 'KRIEL CONVEYOR SOLUTIONS'],
  ['Olifantsfontein Plant Hire', 'OLIFANTSFONTEIN PLANT'],
  ['Heidelberg Cement Handling', 'HEIDELBERG CEMENT HANDL'],
];
const SUPPLIERS = [
  ['Durban Glove Importers (Pty) Ltd', 'DURBAN GLOVE IMPORTERS', { bill: (r) => `DGI${safeDigits(r, 6)}` }],
  ['Isithebe Footwear Manufacturers', 'ISITHEBE FOOTWEAR MFG', { bill: (r) => `IFM-${safeDigits(r, 5)}` }],
  ['Gasguard Detection Imports', 'GASGUARD DETECTION', { bill: (r) => `GG/${safeDigits(r, 5)}` }],
  ['Harness Tech Fall Arrest (Pty) Ltd', 'HARNESS TECH FALL ARREST', { bill: (r) => `HT${safeDigits(r, 5)}` }],
  ['Bayhead Freight & Clearing', 'BAYHEAD FREIGHT CLEARING', { bill: (r) => `BFC-${safeDigits(r, 6)}` }],
  ['Germiston Warehouse Properties', 'GERMISTON WAREHOUSE PROP', { bill: (r) => `GWP/${safeDigits(r, 4)}` }],
  ['Signcraft Safety Signage', 'SIGNCRAFT SAFETY SIGNAGE', { bill: (r) => `SC ${safeDigits(r, 5)}` }],
  ['Hi-Vis Garments Manufacturing', 'HI-VIS GARMENTS MFG', { bill: (r) => `HVG${safeDigits(r, 5)}` }],
  ['Protek Eyewear Distributors', 'PROTEK EYEWEAR DIST', { bill: (r) => `PED-${safeDigits(r, 4)}` }],
  ['Reefsteel Lockers & Shelving', 'REEFSTEEL LOCKERS', { bill: (r) => `RLS${safeDigits(r, 5)}` }],
  ['Boksburg Fuel Depot', 'BOKSBURG FUEL DEPOT', { bill: (r) => `BFD/${safeDigits(r, 4)}` }],
  ['PalletPro Gauteng', 'PALLETPRO GAUTENG', { bill: (r) => `PPG-${safeDigits(r, 5)}` }],
  ['Alberton Courier Services', 'ALBERTON COURIER SERV', { bill: (r) => `ACS${safeDigits(r, 6)}` }],
];
const SPECIAL = {
  nameOnly: [
    [
      'Shieldtek Security (Pty) Ltd',
      'SHIELDTEK SECURITY',
      { memo: 'GUARDING MARCH', bill: (r) => `STS-${safeDigits(r, 4)}` },
    ],
    [
      'Kleenco Hygiene Services',
      'KLEENCO HYGIENE SERVICES',
      { memo: 'HYGIENE SERVICES', bill: (r) => `KHS${safeDigits(r, 5)}` },
    ],
  ],
  twin: [
    'Rand Forklift Rentals',
    'RAND FORKLIFT RENTALS',
    { memo: 'FORKLIFT RENTAL', bill: (r) => `RFR-${safeDigits(r, 5)}` },
  ],
  refund: ['Sandton Uniform Embroidery', 'SANDTON UNIFORM EMBROID', { bill: (r) => `SUE${safeDigits(r, 4)}` }],
};

export function zaSet(rng) {
  const withAcct = (list) =>
    list.map((p) => ({ ...p, acct: rng.chance(0.5) ? `62${safeDigits(rng, 9)}` : `40${safeDigits(rng, 8)}` }));
  const customers = withAcct(parties(CUSTOMERS));
  const nameOnly = withAcct(parties(NAME_ONLY));
  const suppliers = withAcct(parties(SUPPLIERS));
  const [so1, so2] = withAcct(parties(SPECIAL.nameOnly));
  const [twin] = withAcct(parties([SPECIAL.twin]));
  const [refundSupplier] = withAcct(parties([SPECIAL.refund]));
  const [tieCustomer, shortCustomer, thirdFor, tradingCustomer] = withAcct(
    parties([
      ['Isando Warehousing (Pty) Ltd', 'ISANDO WAREHOUSING'],
      ['Highveld Smelting Works', 'HIGHVELD SMELTING WORKS'],
      ['Marikana Shaft Sinkers', 'MARIKANA SHAFT SINKERS'],
      ['Mokoena & Daughters Engineering CC', 'MOKOENA DAUGHTERS ENG'],
    ]),
  );
  const canon = (n) => `INV-0${n}`;
  const cnWrite = (n) => `CRN-0${n}`;
  const acct = '00' + safeDigits(rng, 8);
  const ownAcct = '0' + safeDigits(rng, 8);
  const pick = (list) => (r) => r.pick(list);
  const lastPayee = {
    book: 'Isithebe Footwear Manufacturers',
    bank: 'ISITHEBE FOOTWEAR MFG',
    acct: `62${safeDigits(rng, 9)}`,
  };

  const D = {
    set: 'za-jpmorgan-pronto',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2027-03-01', to: '2027-03-31' },
    holidays: ['2027-03-22', '2027-03-26', '2027-03-29'],
    bank: 'JPMorgan Chase Bank, N.A., Johannesburg Branch',
    package:
      'Pronto Xi (General Ledger → GL Transaction Enquiry of account 1110.000 JPMorgan JHB Current ZAR, exported to Excel)',
    bankFile: `jpm-access-jhb-${acct}-mar2027.csv`,
    ledgerFile: 'pronto-gl-enquiry-1110000-mar2027.xlsx',
    ledgerAccount: '1110.000',
    customers,
    nameOnlyCustomers: nameOnly,
    cashNamed: 0,
    tieCustomer,
    shortCustomer,
    thirdParty: {
      for: thirdFor,
      payer: {
        book: 'Bokone Mining Group Holdings',
        bank: 'BOKONE MINING GROUP HLDGS',
        acct: `40${safeDigits(rng, 8)}`,
      },
    },
    tradingName: {
      customer: tradingCustomer,
      payer: { book: 'MDE Welding', bank: 'MDE WELDING', acct: `62${safeDigits(rng, 9)}` },
    },
    unknownPayers: [
      { book: 'T Molefe', bank: 'T MOLEFE', acct: `15${safeDigits(rng, 8)}` },
      { book: 'J van der Merwe', bank: 'JJ VAN DER MERWE', acct: `62${safeDigits(rng, 9)}` },
    ],
    suppliers,
    nameOnlySuppliers: [so1, so2],
    twinSupplier: twin,
    refundSupplier,
    billNo: (s, r) => billNumber(s.bill, r),
    badAccount: (s, r) => `10${safeDigits(r, 8)}`,
    invoice: {
      first: 78420,
      canonical: canon,
      writings: [
        { trait: 'ref-canonical', w: (n) => canon(n) },
        { trait: 'ref-no-padding', w: (n) => `INV${n}` },
        { trait: 'ref-lowercase', w: (n) => `inv ${n}` },
        { trait: 'ref-word-prefix', w: (n) => `Invoice 0${n}` },
        { trait: 'ref-serial-only', w: (n) => `${n}` },
        { trait: 'ref-spaces', w: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}` },
      ],
    },
    creditNote: { first: 11630, write: cnWrite },
    po: (r) => `PO 45${safeDigits(r, 8)}`,
    vat: { num: 15, den: 100 },
    short: { of: (inv) => share(inv.total, 25, 1000), trait: 'short-settlement-discount-2.5pct' },
    scale: {
      invoice: [8000, 150000],
      small: [1500, 12000],
      large: [120000, 380000],
      netStep: 100,
      round: 100000,
      roundUp: 10000,
      bill: [15000, 420000],
      billStep: 1,
      twin: [18000, 35000],
      refund: [800, 9000],
      unknown: [500, 25000],
      unknownStep: 100,
    },
    limit: { major: 1000000, first: () => 100000000, urgent: false },
    memo: {
      invoice: (t, r) => r.pick([t, `${t} PAYMENT`, `PAY ${t}`, `WATTLE ${t}`]),
      generic: pick(['PPE ORDER', 'SAFETY BOOTS', 'MARCH ACCOUNT', 'GLOVES AND OVERALLS', 'STATEMENT PAYMENT']),
      list: (ns, r) =>
        r.pick([`INV ${ns.join(' ')}`, `INV${ns[0]}/${String(ns[1]).slice(-2)}/${String(ns[2]).slice(-2)}`]),
      instalment: (t, k) => (k === 1 ? `${t} FIRST HALF` : `${t} FINAL`),
      part: (t, r) => r.pick([`PART ${t}`, `${t} PART PAYMENT`]),
      lessCn: (t, cn) => `${t} LESS ${cn}`,
      order: (po) => po,
      unknown: pick(['PAYMENT', 'PPE', 'BOOTS', 'DEPOSIT']),
      bill: (b, r) => r.pick([b, `WATTLE ${b}`, `PMT ${b}`]),
      billPart: (b, k) => (k === 1 ? `${b} PART A` : `${b} PART B`),
      genericOut: (s) => s.memo,
      refundOut: (cn) => `REFUND ${cn}`,
      refundIn: pick(['REFUND', 'CREDIT REFUND', 'OVERPAYMENT REFUND']),
    },
    settlements: [
      {
        name: 'Peach',
        gross: [20000, 90000],
        fee: (g) => share(g, 285, 10000),
        id: (r) => `PPS-${safeDigits(r, 8)}`,
        period: () => null,
      },
      {
        name: 'Ozow',
        times: 4,
        gross: [6000, 30000],
        fee: (g) => share(g, 15, 1000),
        id: (r) => `OZ${safeDigits(r, 8)}`,
        period: () => null,
      },
      {
        name: 'Zapper',
        gross: [4000, 18000],
        fee: (g) => share(g, 25, 1000),
        period: (d) => `w/e ${fmtDate(d, 'dd Mon yyyy').slice(0, 6)}`,
      },
    ],
    payroll: { n: 19, total: [380000, 620000], days: [-5, -3], batch: (r) => safeDigits(r, 6) },
    statutory: [
      {
        key: 'emp201',
        amount: [70000, 130000],
        days: [1, 4],
        ref: (r) => `7${safeDigits(r, 9)}LC022027`,
        bank: (ref) => ({ desc: 'SARS EFILING EMP201', reference: ref }),
        book: () => ({ description: 'SARS EMP201 February 2027 - PAYE, UIF, SDL' }),
      },
      {
        key: 'vat201',
        amount: [110000, 240000],
        days: [-3, -1],
        ref: (r) => `4${safeDigits(r, 9)}V022027`,
        bank: (ref) => ({ desc: 'SARS EFILING VAT201', reference: ref }),
        book: () => ({ description: 'SARS VAT201 January-February 2027' }),
      },
    ],
    utilities: [
      (() => {
        const a = safeDigits(rng, 9);
        return {
          key: 'coe',
          amount: [18000, 42000],
          days: [2, -4],
          type: 'EFT DEBIT',
          bank: () => ({ desc: `EKURHULENI MUNIC ACC ${a}`, party: 'CITY OF EKURHULENI' }),
          book: () => ({ reference: a, description: 'City of Ekurhuleni - rates, electricity & water' }),
        };
      })(),
      (() => {
        const a = safeDigits(rng, 8);
        return {
          key: 'mtn',
          amount: [2500, 7500],
          days: [2, -4],
          type: 'DEBIT ORDER',
          bank: () => ({ desc: `MTN BUSINESS ${a}`, party: 'MTN SA' }),
          book: () => ({ reference: a, description: 'MTN Business contract - data & voice' }),
        };
      })(),
    ],
    ownAccount: { dir: 'in', acct: ownAcct, amount: [150000, 400000], step: 10000 },
    card: { amount: [1500, 6500], trait: 'unbooked-debit-order' },
    lastMonth: { amount: [8000, 60000], ref: (r) => `IFM-${safeDigits(r, 5)}`, trait: 'last-month-payment-released' },
    unpresented: (s, r) => ({
      kind: 'payment',
      who: s,
      bill: billNumber(s.bill, r),
      scheduled: true,
      why: 'payment captured for release after the month end',
    }),
    uncredited: (c, inv) => ({
      kind: 'receipt',
      who: c,
      invoices: [inv],
      advice: true,
      why: 'remittance advice booked before the money arrived',
    }),

    fees(l) {
      if (l.spec.kind === 'payroll')
        return [
          {
            amount: -380 * l.spec.n,
            spec: { kind: 'fee', text: `EFT BATCH FEE (${l.spec.n})`, of: l },
            kind: 'charge',
          },
        ];
      return [];
    },
    monthEnd() {
      const fee = 245000 + 5 * rng.int(0, 4000);
      return [
        { amount: -fee, spec: { kind: 'month-end', text: 'ACCOUNT ANALYSIS CHARGE FEB 2027' }, kind: 'charge' },
        {
          amount: -share(fee, 15, 100),
          spec: { kind: 'month-end', text: 'VAT ON ACCOUNT ANALYSIS CHARGE' },
          kind: 'fee-vat',
          plus: 1,
        },
      ];
    },
  };

  const e2e = () => `WIS${safeDigits(rng, 7)}`;
  const jref = () => `${safeDigits(rng, 10)}XE`;
  const cell = (type, bai, desc, reference, party, account) => ({
    type,
    bai,
    desc: desc ?? '',
    text: desc ? `${type} — ${desc}` : type,
    reference: reference || null,
    party: party || null,
    account: account || null,
    bankRef: jref(),
  });
  D.bankCells = (l) => {
    const s = l.spec;
    switch (s.kind) {
      case 'in':
        if (s.memoInRef) return cell('EFT CREDIT', '142', '', s.memo, s.who.bank, s.who.acct);
        return cell('EFT CREDIT', '142', s.memo, '', s.who.bank, s.who.acct);
      case 'out':
        return cell('EFT DEBIT', '455', s.memo, e2e(), s.who.bank, s.who.acct);
      case 'reversal':
        return cell(
          'EFT RETURN',
          '166',
          'RETURNED UNPAID - ACCOUNT CLOSED',
          s.of.cells.reference,
          s.of.cells.party,
          s.of.cells.account,
        );
      case 'fee':
      case 'month-end':
        return cell('SERVICE CHARGE', '698', s.text, '', '', '');
      case 'settle':
        if (s.provider.name === 'Peach')
          return cell(
            'EFT CREDIT',
            '142',
            `PEACH PAYMENTS SETTLEMENT ${s.id}`,
            '',
            'PEACH PAYMENTS PTY LTD',
            '62718829914',
          );
        if (s.provider.name === 'Ozow')
          return cell('EFT CREDIT', '142', `OZOW PAYOUT ${s.id}`, '', 'OZOW PTY LTD', '4071553920');
        return cell('EFT CREDIT', '142', 'ZAPPER SETTLEMENT', '', 'ZAPPER SA PTY LTD', '62771840392');
      case 'payroll':
        return cell('EFT DEBIT BATCH', '455', `SALARIES MAR 2027 ${s.n} ITEMS BATCH ${s.batch}`, e2e(), '', '');
      case 'statutory': {
        const b = s.s.bank(s.ref);
        return cell('EFT DEBIT', '455', b.desc, b.reference, 'SARS', '');
      }
      case 'utility': {
        const b = s.u.bank();
        return cell(
          s.u.type,
          s.u.type === 'DEBIT ORDER' ? '451' : '455',
          b.desc,
          s.u.type === 'DEBIT ORDER' ? '' : e2e(),
          b.party,
          '',
        );
      }
      case 'own':
        return cell(
          'RTC CREDIT',
          '195',
          `TRANSFER FROM STANDARD BANK ${s.o.acct}`,
          '',
          'WATTLE INDUSTRIAL SAFETY',
          s.o.acct,
        );
      case 'card':
        return cell('DEBIT ORDER', '451', `WESBANK FLEET FUEL ${safeDigits(rng, 9)}`, '', 'WESBANK FLEET', '');
      case 'last-month':
        return cell('EFT DEBIT', '455', s.ref, e2e(), lastPayee.bank, lastPayee.acct);
      default:
        throw new Error(`ZA bank: ${s.kind}`);
    }
  };

  D.bookCells = (r) => {
    const s = r.spec;
    switch (s.kind) {
      case 'receipt': {
        let d = s.advice ? `Receipt per remittance advice - ${s.who.book}` : `Receipt - ${s.who.book}`;
        if (s.po) d += ` - ${s.po}`;
        if (s.cn) d += ` - less ${cnWrite(s.cn)}`;
        if (s.paidBy) d += ` - paid by ${s.paidBy.book}`;
        return { type: 'AR', reference: canon(s.invoices[0].serial), description: d };
      }
      case 'payment':
        return {
          type: 'AP',
          reference: s.bill,
          description: s.scheduled ? `Payment - ${s.who.book} (release 01-Apr-27)` : `Payment - ${s.who.book}`,
        };
      case 'refund-out':
        return { type: 'AR', reference: cnWrite(s.cn), description: `Credit refund - ${s.who.book}` };
      case 'refund-in':
        return { type: 'AP', reference: '', description: `Refund received - ${s.who.book}` };
      case 'settle': {
        const P = s.provider.name;
        if (P === 'Peach') return { type: 'CB', reference: s.id, description: 'Peach Payments card settlement' };
        if (P === 'Ozow')
          return s.part === 'gross'
            ? { type: 'CB', reference: s.id, description: 'Ozow payout - gross' }
            : { type: 'CB', reference: s.id, description: 'Ozow transaction fees' };
        return { type: 'CB', reference: '', description: `Zapper takings ${s.period}` };
      }
      case 'payroll':
        return { type: 'GL', reference: s.batch, description: `Salaries March 2027 (${s.n} employees)` };
      case 'statutory':
        return { type: 'CB', reference: s.ref, ...s.s.book() };
      case 'utility':
        return { type: 'CB', ...s.u.book() };
      case 'own':
        return { type: 'CB', reference: 'INTERBANK', description: `Funding transfer from Standard Bank ${s.o.acct}` };
      default:
        throw new Error(`ZA book: ${s.kind}`);
    }
  };

  D.writeBank = ({ lines }) => {
    const header = [
      'Account Number',
      'Account Name',
      'Currency',
      'As Of Date',
      'Value Date',
      'Transaction Type',
      'BAI Code',
      'Debit Amount',
      'Credit Amount',
      'Bank Reference',
      'Customer Reference',
      'Counterparty Name',
      'Counterparty Account',
      'Description',
    ];
    const rows = [header];
    for (const l of lines) {
      const c = l.cells;
      l.row = rows.length + 1;
      const d = fmtDate(l.date, 'mm/dd/yyyy');
      rows.push([
        acct,
        'WATTLE INDUSTRIAL SAFETY (PTY) LTD',
        'ZAR',
        d,
        d,
        c.type,
        c.bai,
        l.amount < 0 ? dec(-l.amount) : '',
        l.amount > 0 ? dec(l.amount) : '',
        c.bankRef,
        c.reference ?? '',
        c.party ?? '',
        c.account ?? '',
        c.desc,
      ]);
    }
    return {
      bytes: csvBytes(rows, { quote: 'needed' }),
      headerRow: 1,
      order: 'oldest-first',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'MDY',
        mapping: {
          date: 'As Of Date',
          valueDate: 'Value Date',
          description: ['Transaction Type', 'Description'],
          reference: 'Customer Reference',
          party: 'Counterparty Name',
          moneyOut: 'Debit Amount',
          moneyIn: 'Credit Amount',
        },
      },
      layout:
        'CSV (comma, quoted only when needed, CRLF), header in row 1, no preamble, no totals and **no running balance**: Account Number, Account Name, Currency, As Of Date, Value Date, Transaction Type, BAI Code, Debit Amount, Credit Amount, Bank Reference, Customer Reference, Counterparty Name, Counterparty Account, Description; US dates mm/dd/yyyy (dateOrder MDY); plain magnitudes without grouping; the description is two columns (Transaction Type — Description); the payer or payee in its own columns',
      nonEntryRows: [],
      noBalance: true,
    };
  };

  D.writeLedger = ({ rows: bookRows, opening, created }) => {
    const money = '#,##0.00;-#,##0.00';
    const seq = {
      AR: 4810 + rng.int(0, 60),
      AP: 2230 + rng.int(0, 60),
      CB: 915 + rng.int(0, 30),
      GL: 377 + rng.int(0, 20),
    };
    const docPrefix = { AR: 'RC', AP: 'EFT', CB: 'CB', GL: 'JNL' };
    const batch = { AR: 611, AP: 408, CB: 129, GL: 73 };
    const rows = [
      [S('Pronto Xi - GL Transaction Enquiry')],
      [S('Company: Wattle Industrial Safety (Pty) Ltd')],
      [S('Account: 1110.000  JPMorgan Chase JHB - Current (ZAR)')],
      [S(`Date range: ${fmtDate(D.period.from, 'dd-Mon-yyyy')} to ${fmtDate(D.period.to, 'dd-Mon-yyyy')}`)],
      [S('Printed: 01-Apr-2027')],
      [],
      ['Trans Date', 'Type', 'Batch', 'Document', 'Reference', 'Details', 'Debit', 'Credit', 'Balance'].map(S),
      [null, null, null, null, null, S('Opening Balance'), null, null, N(cellNumber(opening), money)],
    ];
    const headerRow = 7;
    let sumIn = 0;
    let sumOut = 0;
    for (const r of bookRows) {
      const c = r.cells;
      r.row = rows.length + 1;
      if (r.amount > 0) sumIn += r.amount;
      else sumOut -= r.amount;
      seq[c.type] += 1;
      if (rng.chance(0.3)) batch[c.type] += 1;
      rows.push([
        Dt(r.date, 'dd-mmm-yy'),
        S(c.type),
        N(batch[c.type]),
        S(`${docPrefix[c.type]}${String(seq[c.type]).padStart(6, '0')}`),
        S(c.reference),
        S(c.description),
        r.amount > 0 ? N(cellNumber(r.amount), money) : null,
        r.amount < 0 ? N(cellNumber(-r.amount), money) : null,
        N(cellNumber(r.balance), money),
      ]);
      c.reference = c.reference || null;
      c.party = null;
    }
    const totalRow = rows.length + 1;
    rows.push([
      null,
      null,
      null,
      null,
      null,
      S('Period Total'),
      N(cellNumber(sumIn), money),
      N(cellNumber(sumOut), money),
      null,
    ]);
    rows.push([
      null,
      null,
      null,
      null,
      null,
      S('Closing Balance'),
      null,
      null,
      N(cellNumber(bookRows.at(-1).balance), money),
    ]);
    return {
      bytes: xlsxBytes([{ name: 'GL Transactions', rows, widths: [11, 6, 7, 11, 22, 58, 14, 14, 15] }], { created }),
      headerRow,
      readOptions: {
        currency: 'ZAR',
        sheet: 'GL Transactions',
        mapping: {
          date: 'Trans Date',
          reference: 'Reference',
          description: 'Details',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'XLSX, sheet GL Transactions: five title rows and a blank, header in row 7 (Trans Date, Type, Batch, Document, Reference, Details, Debit, Credit, Balance); real date cells shown dd-mmm-yy (two-digit year); Reference = the invoice, supplier invoice, PRN, settlement id or account; no party column (the name is in Details); Debit = money in; undated Opening Balance / Closing Balance rows (balance only) and an undated Period Total row with money',
      nonEntryRows: [{ row: totalRow, why: 'Period Total: the totals of the period, not an entry' }],
    };
  };
  return D;
}
