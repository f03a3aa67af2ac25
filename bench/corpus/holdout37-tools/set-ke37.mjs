// holdout37 — KE: Nordlys Creamery (Kenya) Ltd, Industrial Area, Nairobi (ice cream, gelato and frozen yoghurt).
// Bank: Development Bank of Kenya (internet banking statement, XLSX: text dates, debits written negative).
// Books: Uniconta (Kontokort of account 5840, exported to CSV from a Danish Windows client: ; and decimal comma,
// Windows-1252).
import { billNumber, parties, safeDigits } from './common37.mjs';
import { N, S, cellNumber, csvBytes, fmtDate, grouped, share, xlsxBytes } from './lib37.mjs';

const CUSTOMERS = [
  ['Kilimani Gelato Bar', 'KILIMANI GELATO BAR', { ch: 'pesalink' }],
  ['Parklands Cinemax Ltd', 'PARKLANDS CINEMAX LTD', { ch: 'eft' }],
  ['Karen Country Hotel Ltd', 'KAREN COUNTRY HOTEL', { ch: 'rtgs', via: 'KCB' }],
  ['Mombasa Road Service Stations Ltd', 'MSA RD SERVICE STATIONS', { ch: 'pesalink' }],
  ['Lavington Green Grocers', 'LAVINGTON GREEN GROCERS', { ch: 'pesalink' }],
  ['Langata Hill School', 'LANGATA HILL SCHOOL', { ch: 'eft' }],
  ['Kahawa Sweet Treats Ltd', 'KAHAWA SWEET TREATS', { ch: 'pesalink' }],
  ['Roysambu Kiosk Traders', 'ROYSAMBU KIOSK TRADERS', { ch: 'pesalink' }],
  ['Gigiri Diplomats Club', 'GIGIRI DIPLOMATS CLUB', { ch: 'rtgs', via: 'STANBIC' }],
  ['Ngong Hills Froyo Bar', 'NGONG HILLS FROYO BAR', { ch: 'pesalink' }],
  ['Upperhill Medical Centre', 'UPPERHILL MEDICAL CENTRE', { ch: 'eft' }],
  ['Naivasha Lake Lodge Ltd', 'NAIVASHA LAKE LODGE', { ch: 'rtgs', via: 'EQUITY' }],
  ['Kiambu Fresh Mart', 'KIAMBU FRESH MART', { ch: 'pesalink' }],
  ['Embakasi Wholesalers Ltd', 'EMBAKASI WHOLESALERS', { ch: 'eft' }],
  ['Runda Gardens Restaurant', 'RUNDA GARDENS RESTAURANT', { ch: 'pesalink' }],
  ['Machakos Family Supermarket', 'MACHAKOS FAMILY SUPERMKT', { ch: 'pesalink' }],
  ['Kitengela Events Caterers', 'KITENGELA EVENTS CATERERS', { ch: 'pesalink' }],
  ['Nanyuki Safari Camp Ltd', 'NANYUKI SAFARI CAMP', { ch: 'rtgs', via: 'ABSA' }],
  ['Diani Coral Lounge', 'DIANI CORAL LOUNGE', { ch: 'pesalink' }],
  ['Syokimau Heights Mart', 'SYOKIMAU HEIGHTS MART', { ch: 'pesalink' }],
  ['Kileleshwa Pizza Co', 'KILELESHWA PIZZA CO', { ch: 'eft' }],
  ['Ruiru Quickstop Shop', 'RUIRU QUICKSTOP SHOP', { ch: 'pesalink' }],
];
const NAME_ONLY = [
  ['Eastleigh Sweet Palace', 'EASTLEIGH SWEET PALACE', { ch: 'pesalink' }],
  ['Kasarani Sports Club', 'KASARANI SPORTS CLUB', { ch: 'eft' }],
  ['Limuru Tea Lounge', 'LIMURU TEA LOUNGE', { ch: 'pesalink' }],
];
const SUPPLIERS = [
  ['Kinangop Milk Cooperative', 'KINANGOP MILK COOP', { bill: (r) => `KMC/${safeDigits(r, 5)}` }],
  ['Nzoia Valley Sugar Distributors', 'NZOIA VALLEY SUGAR DIST', { bill: (r) => `NVS-${safeDigits(r, 4)}` }],
  ['Nairobi Cold Chain Logistics', 'NAIROBI COLD CHAIN LOGIST', { bill: (r) => `NCC${safeDigits(r, 5)}` }],
  ['Thika Plastics & Tubs Ltd', 'THIKA PLASTICS AND TUBS', { bill: (r) => `TPT/INV/${safeDigits(r, 4)}` }],
  ['Eldoret Cream Suppliers', 'ELDORET CREAM SUPPLIERS', { bill: (r) => `ECS ${safeDigits(r, 4)}` }],
  ['Danfreeze Equipment EA Ltd', 'DANFREEZE EQUIPMENT EA', { bill: (r) => `DFE-${safeDigits(r, 5)}` }],
  ['Athi River Cones & Wafers Ltd', 'ATHI RIVER CONES WAFERS', { bill: (r) => `ARC${safeDigits(r, 4)}` }],
  ['Savannah Flavours & Essences', 'SAVANNAH FLAVOURS', { bill: (r) => `SFE/${safeDigits(r, 4)}` }],
  ['Ruaraka Fuel Station', 'RUARAKA FUEL STATION', { bill: (r) => `RFS-${safeDigits(r, 4)}` }],
  ['Embu Cartons Ltd', 'EMBU CARTONS LTD', { bill: (r) => `EC${safeDigits(r, 5)}` }],
  ['Baba Dogo Properties Ltd', 'BABA DOGO PROPERTIES', { bill: (r) => `BDP/R/${safeDigits(r, 3)}` }],
  ['Express Couriers EA', 'EXPRESS COURIERS EA', { bill: (r) => `XC-${safeDigits(r, 5)}` }],
  ['Meru Berries Farm', 'MERU BERRIES FARM', { bill: (r) => `MBF${safeDigits(r, 4)}` }],
];
const SPECIAL = {
  nameOnly: [
    ['Simba Guards Ltd', 'SIMBA GUARDS LTD', { memo: 'GUARDING JAN', bill: (r) => `SG-${safeDigits(r, 4)}` }],
    [
      'Kisii Fruits Collectors',
      'KISII FRUITS COLLECTORS',
      { memo: 'FRUIT PULP', bill: (r) => `KFC${safeDigits(r, 4)}` },
    ],
  ],
  twin: [
    'KenGas LPG Distributors',
    'KENGAS LPG DISTRIBUTORS',
    { memo: 'LPG CYLINDERS', bill: (r) => `KG/${safeDigits(r, 5)}` },
  ],
  refund: ['Mombasa Packaging Supplies', 'MOMBASA PACKAGING SUPPL', { bill: (r) => `MPS-${safeDigits(r, 4)}` }],
};

export function keSet(rng) {
  const customers = parties(CUSTOMERS);
  const nameOnly = parties(NAME_ONLY);
  const suppliers = parties(SUPPLIERS);
  const [so1, so2] = parties(SPECIAL.nameOnly);
  const [twin] = parties([SPECIAL.twin]);
  const [refundSupplier] = parties([SPECIAL.refund]);
  const [tieCustomer, shortCustomer, thirdFor, tradingCustomer] = parties([
    ['Skyward Inflight Catering Kenya', 'SKYWARD INFLIGHT CATERING', { ch: 'eft' }],
    ['Jambo Express Supermarkets Ltd', 'JAMBO EXPRESS SUPERMKTS', { ch: 'rtgs', via: 'NCBA' }],
    ['Nyali Beach Resort Ltd', 'NYALI BEACH RESORT', { ch: 'pesalink' }],
    ['Wanjiku Njoroge Enterprises', 'WANJIKU NJOROGE ENT', { ch: 'pesalink' }],
  ]);
  let dn = 10010 + rng.int(0, 20);
  let kn = 20010 + rng.int(0, 20);
  for (const c of [...customers, ...nameOnly, tieCustomer, shortCustomer, thirdFor, tradingCustomer])
    c.no = dn += rng.int(1, 9);
  for (const s of [...suppliers, so1, so2, twin, refundSupplier]) s.no = kn += rng.int(1, 9);
  const cnWrite = (n) => `CN ${n}`;
  const acct = '014' + safeDigits(rng, 10);
  const ownAcct = '10' + safeDigits(rng, 8);
  const pick = (list) => (r) => r.pick(list);

  const D = {
    set: 'ke-dbk-uniconta',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2027-01-01', to: '2027-01-31' },
    holidays: ['2027-01-01'],
    bank: 'Development Bank of Kenya Limited',
    package: 'Uniconta (Finans → Kontokort of account 5840 DBK driftskonto KES, exported to CSV, Danish interface)',
    bankFile: `dbk-${acct}-jan2027.xlsx`,
    ledgerFile: 'uniconta-kontokort-5840-jan2027.csv',
    ledgerAccount: '5840',
    customers,
    nameOnlyCustomers: nameOnly,
    cashNamed: 1,
    tieCustomer,
    shortCustomer,
    thirdParty: {
      for: thirdFor,
      payer: { book: 'Coastline Hospitality Group Ltd', bank: 'COASTLINE HOSPITALITY GRP', ch: 'rtgs', via: 'I&M' },
    },
    tradingName: {
      customer: tradingCustomer,
      payer: { book: 'Mama Njeri Dairy Kiosk', bank: 'MAMA NJERI DAIRY KIOSK', ch: 'pesalink' },
    },
    unknownPayers: [
      { book: 'Peter Kamau Mwangi', bank: 'PETER KAMAU MWANGI', ch: 'pesalink' },
      { book: 'Grace Achieng', bank: 'GRACE ACHIENG OTIENO', ch: 'pesalink' },
    ],
    suppliers,
    nameOnlySuppliers: [so1, so2],
    twinSupplier: twin,
    refundSupplier,
    billNo: (s, r) => billNumber(s.bill, r),
    badAccount: () => null,
    invoice: {
      first: 41200,
      canonical: (n) => `${n}`,
      writings: [
        { trait: 'ref-serial-prefixed', w: (n) => `INV ${n}` },
        { trait: 'ref-joined-lowercase', w: (n) => `inv${n}` },
        { trait: 'ref-word-prefix', w: (n) => `INVOICE #${n}` },
        { trait: 'ref-serial-only', w: (n) => `${n}` },
        { trait: 'ref-spaces', w: (n) => `${String(n).slice(0, 2)} ${String(n).slice(2)}` },
        { trait: 'ref-slashes', w: (n) => `INV/${n}` },
      ],
    },
    creditNote: { first: 41050, write: cnWrite },
    po: (r) => `LPO NO ${safeDigits(r, 5)}`,
    vat: { num: 16, den: 100 },
    short: { of: (inv) => share(inv.net, 2, 100), trait: 'short-withholding-vat-2pct' },
    scale: {
      invoice: [25000, 520000],
      small: [8000, 60000],
      large: [400000, 860000],
      netStep: 100,
      round: 100000,
      roundUp: 10000,
      bill: [40000, 850000],
      billStep: 100,
      twin: [60000, 150000],
      refund: [3000, 40000],
      unknown: [1500, 45000],
      unknownStep: 100,
    },
    limit: { major: 999999, first: () => 99999900, urgent: false },
    memo: {
      invoice: (t, r) => r.pick([t, `PAYMENT ${t}`, `${t} ICE CREAM`, `PYMT ${t}`]),
      generic: pick(['ICE CREAM SUPPLY', 'GELATO ORDER', 'DEC SUPPLIES', 'FROYO TUBS', 'ICE CREAM']),
      list: (ns, r) =>
        r.pick([`INV ${ns.join(' ')}`, `INV ${ns[0]},${String(ns[1]).slice(-3)},${String(ns[2]).slice(-3)}`]),
      instalment: (t, k) => (k === 1 ? `${t} DEPOSIT` : `${t} BALANCE`),
      part: (t, r) => r.pick([`PART PAYMENT ${t}`, `${t} PART`]),
      lessCn: (t, cn) => `${t} LESS ${cn}`,
      order: (po) => po,
      unknown: pick(['PAYMENT', 'ICE CREAM', 'GOODS', 'ORDER']),
      bill: (b, r) => r.pick([b, `PAYMENT ${b}`, `NORDLYS ${b}`]),
      billPart: (b, k) => (k === 1 ? `${b} PART` : `${b} BAL`),
      genericOut: (s) => s.memo,
      refundOut: (cn) => `REFUND ${cn}`,
      refundIn: pick(['REFUND', 'REFUND OVERPAYMENT', 'CREDIT REFUND']),
    },
    settlements: [
      {
        name: 'M-PESA',
        gross: [80000, 450000],
        fee: (g) => share(g, 55, 10000),
        id: (r) => `SETT${safeDigits(r, 8)}`,
        period: () => null,
      },
      {
        name: 'iPay',
        times: 1,
        gross: [60000, 300000],
        fee: (g) => share(g, 35, 1000),
        id: (r) => `IPY${safeDigits(r, 7)}`,
        period: () => null,
      },
      {
        name: 'T-Kash',
        gross: [20000, 120000],
        fee: (g) => share(g, 1, 100),
        period: (d) => (Number(d.slice(8)) <= 15 ? '1.-15. januar' : '16.-31. januar'),
      },
    ],
    payroll: { n: 27, total: [1400000, 2600000], days: [-5, -2], batch: (r) => `SAL${safeDigits(r, 6)}` },
    statutory: [
      {
        key: 'paye',
        amount: [180000, 320000],
        days: [1, 5],
        ref: (r) => safeDigits(r, 13),
        bank: (ref) => ({ text: `KRA PAYE DEC 2026 PRN ${ref}` }),
        book: () => ({ description: 'PAYE december 2026 - KRA', party: 'Kenya Revenue Authority', modkonto: '2710' }),
      },
      {
        key: 'ahl',
        amount: [25000, 45000],
        days: [1, 5],
        ref: (r) => safeDigits(r, 13),
        bank: (ref) => ({ text: `KRA HOUSING LEVY DEC 2026 PRN ${ref}` }),
        book: () => ({
          description: 'Housing levy december 2026 - KRA',
          party: 'Kenya Revenue Authority',
          modkonto: '2715',
        }),
      },
      {
        key: 'shif',
        amount: [40000, 70000],
        days: [1, 5],
        ref: (r) => safeDigits(r, 7),
        bank: (ref) => ({ text: `SHA SHIF DEC 2026 EMPLOYER ${ref}` }),
        book: () => ({ description: 'SHIF december 2026', party: 'Social Health Authority', modkonto: '2720' }),
      },
      {
        key: 'nssf',
        amount: [20000, 38000],
        days: [1, 5],
        ref: (r) => safeDigits(r, 9),
        bank: (ref) => ({ text: `NSSF DEC 2026 EMPLOYER ${ref}` }),
        book: () => ({ description: 'NSSF december 2026', party: 'NSSF', modkonto: '2725' }),
      },
    ],
    utilities: [
      (() => {
        const a = safeDigits(rng, 11);
        return {
          key: 'kplc',
          amount: [60000, 140000],
          days: [3, -4],
          bank: () => ({ text: `KPLC POSTPAID ACC ${a}` }),
          book: () => ({
            description: 'Kenya Power december',
            ref: a,
            party: 'Kenya Power & Lighting Co',
            modkonto: '3410',
          }),
        };
      })(),
      (() => {
        const a = `${safeDigits(rng, 1)}-${safeDigits(rng, 4)}-${safeDigits(rng, 3)}`;
        return {
          key: 'ncwsc',
          amount: [9000, 26000],
          days: [3, -4],
          bank: () => ({ text: `NAIROBI WATER ACC ${a.replace(/-/g, '')}` }),
          book: () => ({
            description: 'Nairobi Water december',
            ref: a,
            party: 'Nairobi City Water & Sewerage Co',
            modkonto: '3420',
          }),
        };
      })(),
    ],
    ownAccount: { dir: 'out', acct: ownAcct, amount: [500000, 1500000], step: 50000 },
    card: { amount: [2500, 18000] },
    lastMonth: { amount: [25000, 180000], ref: (r) => '00' + safeDigits(r, 4), trait: 'last-month-cheque' },
    unpresented: (s, r) => ({
      kind: 'cheque-out',
      who: s,
      chq: '00' + safeDigits(r, 4),
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
      const withExcise = (fee, text, of) => [
        { amount: -fee, spec: { kind: 'fee', text, of }, kind: 'charge' },
        { amount: -share(fee, 20, 100), spec: { kind: 'fee', text: 'EXCISE DUTY', of }, kind: 'tax' },
      ];
      if (k === 'out') {
        const a = -l.amount;
        return withExcise(a <= 5000000 ? 5000 : a <= 50000000 ? 11000 : 16500, 'PESALINK CHARGES', l);
      }
      if (k === 'own') return withExcise(50000, 'RTGS CHARGES', l);
      if (k === 'payroll') return withExcise(2500 * l.spec.n, `BULK PAYMENT CHARGES (${l.spec.n})`, l);
      return [];
    },
    monthEnd(m) {
      const alerts = m.lines.length + 4;
      const sms = 300 * alerts;
      return [
        { amount: -100000, spec: { kind: 'month-end', text: 'LEDGER FEE JAN 2027' }, kind: 'charge' },
        { amount: -20000, spec: { kind: 'month-end', text: 'EXCISE DUTY' }, kind: 'tax', plus: 1 },
        { amount: -sms, spec: { kind: 'month-end', text: 'SMS ALERT CHARGES JAN 2027' }, kind: 'charge', plus: 2 },
        { amount: -share(sms, 20, 100), spec: { kind: 'month-end', text: 'EXCISE DUTY' }, kind: 'tax', plus: 3 },
      ];
    },
  };

  D.bankCells = (l) => {
    const s = l.spec;
    const ref = (p) => `${p}${safeDigits(rng, 12)}`;
    switch (s.kind) {
      case 'in': {
        const w = s.who;
        const head =
          w.ch === 'rtgs'
            ? `RTGS CR/${w.via}/${w.bank}`
            : w.ch === 'eft'
              ? `EFT CR/${w.bank}`
              : `PESALINK CR/${w.bank}`;
        const p = w.ch === 'rtgs' ? 'RT' : w.ch === 'eft' ? 'EF' : 'PL';
        if (s.memoInRef) return { text: head, reference: s.memo };
        return { text: `${head}/${s.memo}`, reference: ref(p) };
      }
      case 'cash':
        return { text: `CASH DEPOSIT/${s.who.bank}/LOITA ST BR`, reference: ref('CS') };
      case 'out':
        return { text: `PESALINK DR/${s.who.bank}/${s.memo}`, reference: ref('PL') };
      case 'reversal':
        return { text: `PESALINK DR REVERSAL/${s.of.spec.who.bank}/ACCOUNT CLOSED`, reference: s.of.cells.reference };
      case 'fee':
        return { text: s.text, reference: s.of.cells.reference };
      case 'month-end':
        return { text: s.text, reference: null };
      case 'settle':
        if (s.provider.name === 'M-PESA')
          return { text: `MPESA PAYBILL 4107756 SETTLEMENT ${s.id}`, reference: ref('MP') };
        if (s.provider.name === 'iPay') return { text: `IPAY AFRICA SETTLEMENT ${s.id}`, reference: ref('EF') };
        return { text: 'T-KASH COLLECTIONS SWEEP', reference: ref('TK') };
      case 'payroll':
        return { text: `SALARIES JAN 2027/${s.n} STAFF/REF ${s.batch}`, reference: ref('BP') };
      case 'statutory':
        return { ...s.s.bank(s.ref), reference: ref('TX') };
      case 'utility':
        return { ...s.u.bank(), reference: ref('BP') };
      case 'own':
        return { text: `RTGS DR/NCBA/NORDLYS CREAMERY KENYA LTD/OWN ACC ${s.o.acct}`, reference: ref('RT') };
      case 'card':
        return { text: 'VISA POS PURCHASE QUICKMART INDUSTRIAL AREA', reference: null };
      case 'last-month':
        return { text: `INWARD CLEARING CHQ NO ${s.ref}`, reference: s.ref };
      default:
        throw new Error(`KE bank: ${s.kind}`);
    }
  };

  D.bookCells = (r) => {
    const s = r.spec;
    const deb = (c) => `Debitor ${c.no}`;
    const kred = (c) => `Kreditor ${c.no}`;
    switch (s.kind) {
      case 'receipt':
      case 'lodgement': {
        const n = s.invoices[0].serial;
        let t = s.cash ? `Kontant indbetaling faktura ${n}` : `Indbetaling faktura ${n}`;
        if (s.kind === 'lodgement') t = `Check ${s.chq} indsat - faktura ${n}`;
        if (s.po) t += ` - kundens ordre ${s.po.replace('LPO NO ', '')}`;
        if (s.cn) t += ` - kreditnota ${s.cn} modregnet`;
        if (s.paidBy) t += ` - betalt af ${s.paidBy.book}`;
        return { text: t, faktura: String(n), modkonto: deb(s.who), party: s.who.book };
      }
      case 'payment':
        return { text: `Betaling ${s.bill}`, faktura: s.bill, modkonto: kred(s.who), party: s.who.book };
      case 'cheque-out':
        return { text: `Check ${s.chq} - ${s.bill}`, faktura: s.bill, modkonto: kred(s.who), party: s.who.book };
      case 'refund-out':
        return {
          text: `Tilbagebetaling kreditnota ${s.cn}`,
          faktura: String(s.cn),
          modkonto: deb(s.who),
          party: s.who.book,
        };
      case 'refund-in':
        return { text: 'Tilbagebetaling fra leverandør', faktura: '', modkonto: kred(s.who), party: s.who.book };
      case 'settle': {
        const P = s.provider.name;
        if (P === 'M-PESA')
          return { text: `M-PESA afregning ${s.id}`, faktura: '', modkonto: '1010', party: 'Safaricom M-PESA' };
        if (P === 'iPay')
          return s.part === 'gross'
            ? { text: `iPay afregning ${s.id} brutto`, faktura: '', modkonto: '1020', party: 'iPay Ltd' }
            : { text: `iPay gebyr ${s.id}`, faktura: '', modkonto: '7300', party: 'iPay Ltd' };
        return { text: `T-Kash indbetalinger ${s.period}`, faktura: '', modkonto: '1030', party: 'Telkom T-Kash' };
      }
      case 'payroll':
        return { text: `Løn januar 2027 - ${s.batch}`, faktura: '', modkonto: '2750', party: 'Medarbejdere' };
      case 'statutory': {
        const b = s.s.book();
        return { text: b.description, faktura: s.ref, modkonto: b.modkonto, party: b.party };
      }
      case 'utility': {
        const b = s.u.book();
        return { text: `${b.description} - konto ${b.ref}`, faktura: '', modkonto: b.modkonto, party: b.party };
      }
      case 'own':
        return {
          text: `Overførsel til NCBA ${s.o.acct}`,
          faktura: '',
          modkonto: '5850',
          party: 'Nordlys Creamery - NCBA',
        };
      default:
        throw new Error(`KE book: ${s.kind}`);
    }
  };

  D.writeBank = ({ lines, opening, closing, created }) => {
    const money = '#,##0.00';
    const rows = [
      [S('DEVELOPMENT BANK OF KENYA LIMITED')],
      [S('Finance House, Loita Street, Nairobi')],
      [S('STATEMENT OF ACCOUNT')],
      [S('Account Name'), S('NORDLYS CREAMERY (KENYA) LIMITED')],
      [S('Account Number'), S(acct)],
      [S('Currency'), S('KES')],
      [S('Period'), S(`${fmtDate(D.period.from, 'dd Mon yyyy')} - ${fmtDate(D.period.to, 'dd Mon yyyy')}`)],
      [],
      ['Tran Date', 'Value Date', 'Particulars', 'Chq/Ref No', 'Debit', 'Credit', 'Balance'].map(S),
      [null, null, S('OPENING BALANCE'), null, null, null, N(cellNumber(opening), money)],
    ];
    const headerRow = 9;
    for (const l of lines) {
      l.row = rows.length + 1;
      const d = fmtDate(l.date, 'dd Mon yyyy');
      rows.push([
        S(d),
        S(d),
        S(l.cells.text),
        S(l.cells.reference),
        l.amount < 0 ? N(cellNumber(l.amount), money) : null,
        l.amount > 0 ? N(cellNumber(l.amount), money) : null,
        N(cellNumber(l.balance), money),
      ]);
    }
    const sumOut = lines.filter((l) => l.amount < 0).reduce((s, l) => s + l.amount, 0);
    const sumIn = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    const totalRow = rows.length + 1;
    rows.push([null, null, S('TOTAL'), null, N(cellNumber(sumOut), money), N(cellNumber(sumIn), money), null]);
    rows.push([null, null, S('CLOSING BALANCE'), null, null, null, N(cellNumber(closing), money)]);
    return {
      bytes: xlsxBytes([{ name: 'Account Statement', rows, widths: [12, 12, 62, 18, 15, 15, 17] }], { created }),
      headerRow,
      order: 'oldest-first',
      readOptions: {
        currency: 'KES',
        sheet: 'Account Statement',
        mapping: {
          date: 'Tran Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Chq/Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      layout:
        'XLSX, sheet Account Statement: three title rows, four label/value rows and a blank, header in row 9; dates as text cells dd Mon yyyy; Debit written as negative number cells, Credit positive; undated OPENING BALANCE / CLOSING BALANCE rows (balance only) and an undated TOTAL row with money',
      nonEntryRows: [{ row: totalRow, why: 'TOTAL: the period total, not an entry' }],
    };
  };

  D.writeLedger = ({ rows: bookRows, opening }) => {
    const dk = (minor) => grouped(minor, { group: '.', point: ',', sign: false });
    let bilag = 3180 + rng.int(0, 60);
    const rows = [
      ['Nordlys Creamery (Kenya) Ltd'],
      ['Kontokort - 5840 DBK driftskonto KES'],
      [`Periode: ${fmtDate(D.period.from, 'dd-mm-yyyy')} - ${fmtDate(D.period.to, 'dd-mm-yyyy')}`],
      [],
      ['Dato', 'Bilag', 'Tekst', 'Faktura', 'Modkonto', 'Navn', 'Debet', 'Kredit', 'Saldo', 'Valuta'],
      ['', '', 'Primo', '', '', '', '', '', dk(opening), 'KES'],
    ];
    const headerRow = 5;
    let sumIn = 0;
    let sumOut = 0;
    for (const r of bookRows) {
      const c = r.cells;
      r.row = rows.length + 1;
      if (r.amount > 0) sumIn += r.amount;
      else sumOut -= r.amount;
      rows.push([
        fmtDate(r.date, 'dd-mm-yyyy'),
        String((bilag += rng.int(1, 4))),
        c.text,
        c.faktura,
        c.modkonto,
        c.party,
        r.amount > 0 ? dk(r.amount) : '',
        r.amount < 0 ? dk(-r.amount) : '',
        dk(r.balance),
        'KES',
      ]);
      c.reference = c.faktura || null;
      c.description = c.text;
    }
    const totalRow = rows.length + 1;
    rows.push(['', '', 'I alt', '', '', '', dk(sumIn), dk(sumOut), '', 'KES']);
    rows.push(['', '', 'Ultimo', '', '', '', '', '', dk(bookRows.at(-1).balance), 'KES']);
    return {
      bytes: csvBytes(rows, { delimiter: ';', quote: 'needed', encoding: 'windows-1252' }),
      headerRow,
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        decimalSeparator: ',',
        encoding: 'windows-1252',
        mapping: {
          date: 'Dato',
          reference: 'Faktura',
          description: 'Tekst',
          party: 'Navn',
          moneyIn: 'Debet',
          moneyOut: 'Kredit',
          balance: 'Saldo',
        },
      },
      layout:
        'CSV, semicolon-separated, Windows-1252 (ø, æ, å), CRLF: three title rows and a blank, Danish header in row 5 (Dato, Bilag, Tekst, Faktura, Modkonto, Navn, Debet, Kredit, Saldo, Valuta); dates dd-mm-yyyy; amounts with a decimal comma and dots grouping the thousands (1.234.567,89); Faktura = the invoice, the supplier invoice or the PRN (mapped as reference); Navn = party; Debet = money in; undated Primo / Ultimo rows (balance only) and an undated I alt row with money',
      nonEntryRows: [{ row: totalRow, why: 'I alt: the totals of the period, not an entry' }],
    };
  };
  return D;
}
