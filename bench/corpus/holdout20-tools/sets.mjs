// holdout20 — the four businesses: names, invoice numbering, how each bank words a line, how each package books it,
// bank charges and statutory payments. Written from general knowledge of each bank's and package's exports.
import { pct } from './lib.mjs';

const cut = (s, n) => (s.length > n ? s.slice(0, n) : s);
const pad = (n, w) => String(n).padStart(w, '0');

/**
 * a narration of at most `width` characters that keeps the payer's memo whole: the bank's payer field is cut first
 * (`nameWidth`), then cut further when prefix + name + memo would not fit
 */
function fit(prefix, name, suffix, width, nameWidth) {
  let n = cut(name, nameWidth);
  const room = width - prefix.length - suffix.length;
  if (n.length > room) n = name.slice(0, Math.max(room, 8));
  return { text: `${prefix}${n}${suffix}`, truncated: n.length < name.length };
}

/** a supplier's bill numbering: canonical as the books hold it, and how the payment memo writes it */
function billOf(prefix, width, sep = '-') {
  return (rng) => {
    const n = rng.int(10 ** (width - 2), 10 ** width - 1);
    const canonical = `${prefix}${sep}${pad(n, width)}`;
    return {
      canonical,
      written: [
        { text: canonical, trait: 'ref-canonical' },
        { text: canonical.toLowerCase(), trait: 'ref-lowercase' },
        { text: `${prefix} ${pad(n, width)}`, trait: 'ref-spaces' },
        { text: `${prefix}${pad(n, width)}`, trait: 'ref-separator-dropped' },
      ],
    };
  };
}

/** invoice writings from the parts prefix / year / serial */
function writings({ prefix, year, width, sep }) {
  return (s, style) => {
    const p = pad(s, width);
    switch (style) {
      case 'canonical':
        return year ? `${prefix}${sep}${year}${sep}${p}` : `${prefix}${p}`;
      case 'lowercase':
        return (year ? `${prefix}${sep}${year}${sep}${p}` : `${prefix}${p}`).toLowerCase();
      case 'slashes':
        return `${prefix}/${year}/${p}`;
      case 'hyphens':
        return `${prefix}-${year}-${p}`;
      case 'spaces':
        return year ? `${prefix} ${year} ${p}` : `${prefix} ${p}`;
      case 'no-padding':
        return year ? `${prefix}${sep}${year}${sep}${s}` : `${prefix}${s}`;
      case 'year-serial-joined':
        return `${prefix}${year}${p}`;
      case 'serial-only':
        return `inv ${s}`;
      default:
        throw new Error(style);
    }
  };
}

// ==================================================================================================== Nigeria
const NG_CUSTOMERS = [
  ['Chisom Supermarkets Ltd', 'CHISOM SUPERMARKETS LTD', 'CHISOM OKAFOR'],
  ['Balogun Foods & Beverages Ltd', 'BALOGUN FOODS AND BEVERAGES', 'TUNDE BALOGUN'],
  ['Adeola Cosmetics Nigeria Ltd', 'ADEOLA COSMETICS NIG LTD', 'GLOWLINE BEAUTY ENT'],
  ['Northgate Pharmacy Ltd', 'NORTHGATE PHARMACY LIMITED', 'DR MUSA ABDULLAHI'],
  ['Eko Bottling Company Ltd', 'EKO BOTTLING CO LTD', 'E.B.C LAGOS'],
  ['Zainab Agro Allied Ltd', 'ZAINAB AGRO ALLIED LTD', 'HAJIA ZAINAB SANI'],
  ['Ogbonna Pharmaceuticals Ltd', 'OGBONNA PHARMACEUTICALS LTD', 'EMEKA OGBONNA'],
  ['Redstone Confectionery Ltd', 'REDSTONE CONFECTIONERY LTD', 'R.C.L IKEJA'],
  ['Kano Grains Processing Co Ltd', 'KANO GRAINS PROCESSING CO', 'ALH IBRAHIM GARBA'],
  ['Lekki Fresh Juice Ltd', 'LEKKI FRESH JUICE LTD', 'FRESHPRESS NIGERIA'],
  ['Ibadan Paints Ltd', 'IBADAN PAINTS LIMITED', 'OLUWASEUN ADEYEMI'],
  ['Marina Home Essentials Ltd', 'MARINA HOME ESSENTIALS LTD', 'MHE STORES'],
  ['Delta Spices & Condiments Ltd', 'DELTA SPICES AND CONDIMENTS', 'EFE OGHENEKARO'],
  ['Abuja Premium Foods Ltd', 'ABUJA PREMIUM FOODS LTD', 'APF GARKI'],
  ['Sunrise Detergents Ltd', 'SUNRISE DETERGENTS LTD', 'SUNRISE DET. ENT'],
  ['Enugu Table Water Ltd', 'ENUGU TABLE WATER LTD', 'NNAMDI EZE'],
  ['Oyo Snacks Ltd', 'OYO SNACKS LIMITED', 'KAREEM BAKARE'],
  ['Harmony Dairy Farms Ltd', 'HARMONY DAIRY FARMS LTD', 'HDF OWODE'],
].map(([books, bank, other]) => ({ books, bank, other }));

const NG_SUPPLIERS = [
  ['Lagos Polymers Ltd', 'LAGOS POLYMERS LTD', 'LP', 5],
  ['Afprint Cartons Ltd', 'AFPRINT CARTONS LTD', 'AFC', 5],
  ['Ikeja Inks & Coatings Ltd', 'IKEJA INKS AND COATINGS', 'IIC', 4],
  ['Kraftline Paper Mills Ltd', 'KRAFTLINE PAPER MILLS LTD', 'KPM', 6],
  ['Apapa Haulage Services Ltd', 'APAPA HAULAGE SERVICES LTD', 'AHS', 4],
  ['Ikorodu Adhesives Ltd', 'IKORODU ADHESIVES LTD', 'IKA', 5],
  ['Metro Power Solutions Ltd', 'METRO POWER SOLUTIONS LTD', 'MPS', 5],
  ['Ebute Metta Machine Works', 'EBUTE METTA MACHINE WORKS', 'EMW', 4],
  ['CleanServe Facility Mgt Ltd', 'CLEANSERVE FACILITY MGT', 'CSF', 5],
  ['Okoya Diesel Supplies Ltd', 'OKOYA DIESEL SUPPLIES LTD', 'ODS', 6],
].map(([books, bank, prefix, w]) => ({ books, bank, bill: billOf(prefix, w) }));

function nipSession(rng, date) {
  return `000016${date.replace(/-/g, '').slice(2)}${rng.digits(6)}${rng.digits(12)}`;
}
const nipFee = (amt) => (amt <= 500000 ? 1075 : amt <= 5000000 ? 2688 : 5375);
const nipVat = { 1075: 81, 2688: 202, 5375: 403 };

export const ng = {
  set: 'ng-titantrust-d365',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  y: 2025,
  m: 10,
  holidays: ['2025-10-01'],
  opening: 1843275650,
  invoiceStart: 412,
  chequeStart: 3150,
  company: 'Ifeoma Packaging Industries Ltd',
  customers: NG_CUSTOMERS,
  suppliers: NG_SUPPLIERS,
  counts: { ref: 20, name: 8, inTransit: 1 },
  amt: {
    rec: [180000, 4200000],
    anon: [150000, 900000],
    refund: [45000, 380000],
    pay: [90000, 3800000],
    payroll: [11500000, 13800000],
    own: [8000000, 15000000],
    card: [12000, 240000],
  },
  refStyles: ['canonical', 'lowercase', 'slashes', 'spaces', 'no-padding', 'year-serial-joined', 'serial-only'],
  refColumn: true,
  invoice: writings({ prefix: 'CIV', year: '25', width: 5, sep: '-' }),
  partMemo: (r) => `PART PAYT ${r}`,
  instalmentMemo: (r, n) => (n === 1 ? `1ST INSTALMENT ${r}` : `BAL ${r}`),
  twoInvoices: (a, b) => `${a} & ${b}`,
  withholding: [
    { trait: 'short-withholding-tax-5pct', pct: 5, memo: (r) => `${r} LESS WHT` },
    { trait: 'short-withholding-tax-10pct', pct: 10 },
  ],
  orderNo: (rng) => `PO ${rng.int(4500010000, 4500099999)}`,
  creditNote: (rng) => {
    const n = rng.int(21, 89);
    return { canonical: `CCN-25-000${n}`, written: `CCN-25-000${n}`, trait: 'ref-canonical' };
  },
  refundMemo: (cn) => `REFUND ${cn}`,
  inTransitWhy: (c) => `cheque from ${c.books} lodged on the last working day, not yet cleared`,
  inChannels: ['nip', 'nip', 'nip', 'intra', 'mobile'],
  inText({ payer, memo, channel, refOnly, rng, date }) {
    const m = refOnly || !memo ? null : memo;
    if (channel === 'nip')
      return {
        ...fit('NIP FRM ', payer, `-${m ?? 'TRANSFER'}`, 60, 25),
        reference: refOnly ? memo : nipSession(rng, date),
      };
    if (channel === 'intra')
      return {
        ...fit('TRF FRM ', payer, ` TO IFEOMA PACKAGING${m ? ` ${m}` : ''}`, 60, 30),
        reference: refOnly ? memo : `FT25${rng.digits(9)}`,
      };
    return {
      ...fit('MOB TRF/', payer, `/${m ?? 'PAYMENT'}`, 60, 25),
      reference: refOnly ? memo : `TTB${rng.digits(10)}`,
    };
  },
  anonText: (i) =>
    i === 0
      ? { text: 'CASH DEPOSIT BY SELF - ALLEN AVENUE BRANCH', reference: null, channel: 'cash' }
      : { text: 'NIP FRM OPAY/0803****214-TRANSFER', reference: null, channel: 'nip' },
  unknownText: (i, rng, date) =>
    i === 0
      ? { text: 'NIP FRM ADEWALE JOSEPH OLUMIDE-PAYMENT', reference: nipSession(rng, date) }
      : { text: 'TRF FRM GOLDEN ROSE VENTURES TO IFEOMA PACKAGING', reference: `FT25${rng.digits(9)}` },
  outChannels: ['nip', 'nip', 'intra'],
  outText({ payee, memo, channel, rng, date }) {
    if (channel === 'intra')
      return { text: fit('TRF TO ', payee, memo ? ` ${memo}` : '', 60, 30).text, reference: `FT25${rng.digits(9)}` };
    return { text: fit('NIP TO ', payee, `-${memo ?? 'PAYMENT'}`, 60, 25).text, reference: nipSession(rng, date) };
  },
  outFees(amt, channel) {
    if (channel === 'nip' || channel === 'transfer') {
      const f = nipFee(amt);
      return [
        { amt: f, text: 'NIP TRANSFER COMMISSION', kind: 'charge', traits: ['transfer-fee'] },
        { amt: nipVat[f], text: 'VAT ON NIP TRANSFER COMMISSION', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    }
    if (channel === 'bulk') {
      return [
        { amt: 50000, text: 'BULK PAYMENT PROCESSING CHARGE', kind: 'charge', traits: ['bulk-payment-fee'] },
        { amt: 3750, text: 'VAT ON BULK PAYMENT PROCESSING CHARGE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    }
    if (channel === 'remita') {
      return [
        { amt: 10000, text: 'REMITA PAYMENT CHARGE', kind: 'charge', traits: ['payment-platform-fee'] },
        { amt: 750, text: 'VAT ON REMITA PAYMENT CHARGE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    }
    return [];
  },
  cheques: true,
  chequeNo: (n) => pad(n, 8),
  chequeText: (no) => ({ text: `CHQ PAID ${no} INWARD CLEARING`, reference: no }),
  payroll: (rng) => {
    const b = pad(rng.int(40, 60), 4);
    return {
      doc: `PAYROLL-2025-10`,
      memo: `October 2025 salaries, bulk batch ${b}`,
      text: `BULK PAYMENT SALARY OCT 2025 BATCH ${b}`,
      reference: `BLK2510${rng.digits(6)}`,
    };
  },
  statutory: [
    {
      day: 8,
      lo: 1900000,
      hi: 2400000,
      books: 'Lagos State Internal Revenue Service',
      channel: 'remita',
      make: (rng) => {
        const rrr = rng.digits(12);
        return {
          doc: rrr,
          memo: 'PAYE September 2025 (LIRS)',
          text: `REMITA RRR ${rrr} LIRS PAYE SEP 2025`,
          reference: rrr,
        };
      },
    },
    {
      day: 20,
      lo: 2600000,
      hi: 3900000,
      books: 'Federal Inland Revenue Service',
      channel: 'remita',
      make: (rng) => {
        const ref = `TPM${rng.digits(10)}`;
        return {
          doc: ref,
          memo: 'VAT return September 2025, TaxPro-Max',
          text: `FIRS TAXPROMAX ${ref} VAT SEP25`,
          reference: ref,
        };
      },
    },
    {
      day: 7,
      lo: 1300000,
      hi: 1700000,
      books: 'Leadway Pensure PFA Ltd',
      channel: 'nip',
      make: (rng, date) => ({
        doc: null,
        memo: 'Pension remittance September 2025',
        text: 'NIP TO LEADWAY PENSURE PFA LTD-PENSION',
        reference: nipSession(rng, date),
        evidence: 'counterparty',
      }),
    },
    {
      day: 14,
      lo: 110000,
      hi: 160000,
      books: 'Nigeria Social Insurance Trust Fund',
      channel: 'remita',
      make: (rng) => {
        const rrr = rng.digits(12);
        return {
          doc: rrr,
          memo: 'NSITF employer contribution Q3 2025',
          text: `REMITA RRR ${rrr} NSITF ECS`,
          reference: rrr,
        };
      },
    },
  ],
  ownAccount: () => ({
    doc: '1003452899',
    memo: 'Transfer to Titan Trust call deposit 1003452899',
    text: 'TRF TO OWN A/C 1003452899 CALL DEPOSIT',
    reference: null,
  }),
  reversalText: (w) => ({ text: cut(`REVERSAL/${w.text}`, 60), reference: w.reference }),
  cardText: (i, rng) =>
    i === 0
      ? { text: `POS PURCHASE JUMIA ONLINE LAGOS NG`, reference: `POS${rng.digits(10)}` }
      : { text: 'WEB PURCHASE MICROSOFT*365 BUSINESS', reference: `WEB${rng.digits(10)}` },
  dailyLevy: {
    applies: (l) => l.amt >= 1000000 && !/^(CASH DEPOSIT|REVERSAL)/.test(l.text),
    lines: (d, n) => [
      {
        amt: 5000 * n,
        text: `EMTL CHARGE ${n} CREDIT(S) ${d.split('-').reverse().join('/')}`,
        kind: 'levy',
        traits: ['emtl'],
      },
    ],
  },
  monthEnd(lastDay, workdays, rng, bank) {
    const debits = bank.filter((l) => l.amt < 0).reduce((s, l) => s - l.amt, 0);
    const amf = Math.round(debits / 1000);
    const alerts = bank.length + 6;
    return [
      {
        date: workdays[workdays.length - 1],
        amt: -alerts * 400,
        text: `SMS ALERT CHARGES OCT 2025 (${alerts} ALERTS)`,
        kind: 'charge',
        traits: ['sms-alert'],
      },
      { amt: -amf, text: 'ACCOUNT MAINTENANCE FEE OCT 2025', kind: 'charge', traits: ['account-maintenance'] },
      { amt: -pct(amf, 7.5), text: 'VAT ON ACCOUNT MAINTENANCE FEE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      { amt: -100000, text: 'HARDWARE TOKEN MAINTENANCE FEE', kind: 'charge', traits: ['token-fee'] },
      { amt: -7500, text: 'VAT ON HARDWARE TOKEN MAINTENANCE FEE', kind: 'fee-vat', traits: ['vat-on-fee'] },
    ];
  },
  settlement: {
    party: 'Flutterwave Technology Solutions Ltd',
    trait: 'gateway-settlement',
    gross: [250000, 1600000],
    fee: (g) => pct(g, 1.4),
    batchId: (rng) => `FLWSTL${rng.digits(8)}`,
    text: (b, rng, date) => ({ text: `NIP FRM FLUTTERWAVE TECHNOLOGY-STL ${b}`, reference: nipSession(rng, date) }),
    textNoId: (rng, date) => ({ text: 'NIP FRM FLUTTERWAVE TECHNOLOGY-SETTLEMENT', reference: nipSession(rng, date) }),
  },
};

// ==================================================================================================== Ghana
const GH_CUSTOMERS = [
  ['Kofi Asare Pharmacy Ltd', 'KOFI ASARE PHARMACY LTD', 'K. ASARE'],
  ['Tema Cold Stores Ltd', 'TEMA COLD STORES LTD', 'TCS COMMUNITY 1'],
  ['Adjoa Mensah Enterprise', 'ADJOA MENSAH ENTERPRISE', 'MAAME ADJOA'],
  ['Kumasi Builders Mart Ltd', 'KUMASI BUILDERS MART LTD', 'KBM ADUM'],
  ['Volta Fresh Produce Ltd', 'VOLTA FRESH PRODUCE LTD', 'SELASI AGBEKO'],
  ['Osu Medical Centre Ltd', 'OSU MEDICAL CENTRE LTD', 'DR NII LAMPTEY'],
  ['Nkrumah Circle Traders Ltd', 'NKRUMAH CIRCLE TRADERS', 'CIRCLE TRADERS'],
  ['Takoradi Marine Supplies Ltd', 'TAKORADI MARINE SUPPLIES', 'EBO QUAYE'],
  ['Labadi Beach Hotel Supplies', 'LABADI BEACH HOTEL SUPPL', 'LBH PROCUREMENT'],
  ['Golden Tulip Caterers Ltd', 'GOLDEN TULIP CATERERS LTD', 'AKOSUA FREMPONG'],
  ['Ashanti Agro Chemicals Ltd', 'ASHANTI AGRO CHEMICALS', 'YAW BOAKYE'],
  ['Cape Coast Schools Supply Co', 'CAPE COAST SCHOOLS SUPPLY', 'CCSS LTD'],
  ['Spintex Auto Parts Ltd', 'SPINTEX AUTO PARTS LTD', 'KWABENA OWUSU'],
  ['Ho Teaching Hospital Pharmacy', 'HO TEACHING HOSPITAL', 'HTH PHARMACY DEPT'],
  ['Achimota Retail Ltd', 'ACHIMOTA RETAIL LTD', 'ARL MALL SHOP 14'],
  ['Sunyani Farmers Co-operative', 'SUNYANI FARMERS COOP', 'KWAKU DARKO'],
  ['East Legon Bakery Ltd', 'EAST LEGON BAKERY LTD', 'AMA SERWAA'],
  ['Koforidua Hardware Ltd', 'KOFORIDUA HARDWARE LTD', 'ERIC OPOKU'],
].map(([books, bank, other]) => ({ books, bank, other }));

const GH_SUPPLIERS = [
  ['Accra Brewery Crates Ltd', 'ACCRA BREWERY CRATES LTD', 'ABC', 5],
  ['Tema Oil Refinery Lubes', 'TEMA OIL REFINERY LUBES', 'TOR', 6],
  ['Kasapreko Packaging Ltd', 'KASAPREKO PACKAGING LTD', 'KPL', 5],
  ['Ghana Agro Imports Ltd', 'GHANA AGRO IMPORTS LTD', 'GAI', 4],
  ['Prime Freight Logistics', 'PRIME FREIGHT LOGISTICS', 'PFL', 5],
  ['Sika Printing Press Ltd', 'SIKA PRINTING PRESS LTD', 'SPP', 4],
  ['Dansoman Security Services', 'DANSOMAN SECURITY SERVICES', 'DSS', 4],
  ['Kantamanto Office Supplies', 'KANTAMANTO OFFICE SUPPLIES', 'KOS', 5],
  ['Weija Water Tankers Ltd', 'WEIJA WATER TANKERS LTD', 'WWT', 4],
  ['Nima Fleet Maintenance Ltd', 'NIMA FLEET MAINTENANCE', 'NFM', 5],
].map(([books, bank, prefix, w]) => ({ books, bank, bill: billOf(prefix, w) }));

export const gh = {
  set: 'gh-omnibsic-myob',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  y: 2025,
  m: 11,
  holidays: [],
  opening: 48637215,
  invoiceStart: 4780,
  chequeStart: 1290,
  company: 'Abena Fresh Agro Distributors Ltd',
  customers: GH_CUSTOMERS,
  suppliers: GH_SUPPLIERS,
  counts: { ref: 22, name: 9, inTransit: 1 },
  amt: {
    rec: [2500, 68000],
    anon: [1500, 9000],
    refund: [600, 5200],
    pay: [1800, 52000],
    payroll: [118000, 139000],
    own: [60000, 150000],
    card: [150, 2800],
  },
  refStyles: ['canonical', 'lowercase', 'spaces', 'no-padding', 'serial-only'],
  refColumn: true,
  invoice: writings({ prefix: 'IV', year: null, width: 8, sep: '' }),
  partMemo: (r) => `part payment ${r}`,
  instalmentMemo: (r, n) => (n === 1 ? `${r} 1st instalment` : `${r} final instalment`),
  twoInvoices: (a, b) => `${a} ${b}`,
  withholding: [
    { trait: 'short-withholding-tax-3pct', pct: 3, memo: (r) => `${r} net of 3% WHT` },
    { trait: 'short-withholding-tax-7.5pct', pct: 7.5 },
  ],
  orderNo: (rng) => `LPO ${rng.int(7000, 7999)}`,
  creditNote: (rng) => {
    const n = rng.int(4700, 4790);
    return { canonical: `CN${pad(n, 8)}`, written: `cn ${n}`, trait: 'ref-no-padding' };
  },
  refundMemo: (cn) => `refund ${cn}`,
  inTransitWhy: (c) => `cheque from ${c.books} paid in on the last working day, in clearing at month end`,
  inChannels: ['gip', 'gip', 'ach', 'momo', 'intra'],
  inText({ payer, memo, channel, refOnly, rng }) {
    const m = refOnly || !memo ? null : memo;
    if (channel === 'gip')
      return {
        ...fit('GIP INWARD ', payer, m ? ` ${m}` : '', 55, 24),
        reference: refOnly ? memo : `GIP${rng.digits(12)}`,
      };
    if (channel === 'ach')
      return {
        ...fit('ACH CR/', payer, `/${m ?? 'PAYMENT'}`, 55, 24),
        reference: refOnly ? memo : `ACH${rng.digits(10)}`,
      };
    if (channel === 'momo')
      return { ...fit('MOMO TO BANK ', payer, m ? ` ${m}` : '', 55, 24), reference: refOnly ? memo : rng.digits(11) };
    return {
      ...fit('TRANSFER FROM ', payer, m ? ` ${m}` : '', 55, 24),
      reference: refOnly ? memo : `FT${rng.digits(10)}`,
    };
  },
  anonText: (i) =>
    i === 0
      ? { text: 'CASH DEPOSIT - SPINTEX BRANCH', reference: null, channel: 'cash' }
      : { text: 'MOMO TO BANK 0244****871', reference: null, channel: 'momo' },
  unknownText: (i, rng) =>
    i === 0
      ? { text: 'GIP INWARD KWESI BOATENG ENT PAYMENT', reference: `GIP${rng.digits(12)}` }
      : { text: 'MOMO TO BANK 0557****230 ABENA', reference: rng.digits(11) },
  outChannels: ['gip', 'gip', 'ach'],
  outText({ payee, memo, channel, rng }) {
    if (channel === 'ach' || channel === 'transfer')
      return { text: fit('ACH DR/', payee, `/${memo ?? 'PAYMENT'}`, 55, 24).text, reference: `ACH${rng.digits(10)}` };
    return { text: fit('GIP OUTWARD ', payee, memo ? ` ${memo}` : '', 55, 24).text, reference: `GIP${rng.digits(12)}` };
  },
  outFees(amt, channel) {
    if (channel === 'gip')
      return [{ amt: 1000, text: 'GIP TRANSFER CHARGE', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'ach' || channel === 'transfer')
      return [{ amt: 500, text: 'ACH TRANSFER CHARGE', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'bulk')
      return [{ amt: 5000, text: 'BULK PAYMENT CHARGE', kind: 'charge', traits: ['bulk-payment-fee'] }];
    return [];
  },
  inFees(amt, channel) {
    if (channel === 'cash')
      return [{ amt: 1000, text: 'CASH HANDLING CHARGE', kind: 'charge', traits: ['cash-deposit-fee'] }];
    return [];
  },
  cheques: true,
  chequeNo: (n) => pad(n, 6),
  chequeText: (no) => ({ text: `INWARD CLEARING CHQ ${no}`, reference: no }),
  payroll: (rng) => {
    const b = rng.int(11, 30);
    return {
      doc: `PAY-NOV25`,
      memo: `Salaries Nov 2025; batch ${b}`,
      text: `BULK SALARY PAYMENT NOV 2025 BATCH ${b}`,
      reference: `BLK${rng.digits(8)}`,
    };
  },
  statutory: [
    {
      day: 14,
      lo: 18000,
      hi: 24000,
      books: 'Ghana Revenue Authority',
      channel: 'ach',
      make: (rng) => {
        const r = `GRA${rng.digits(9)}`;
        return { doc: r, memo: 'PAYE October 2025', text: `GRA PAYE OCT 2025 ${r}`, reference: r };
      },
    },
    {
      day: 14,
      lo: 16000,
      hi: 19000,
      books: 'SSNIT',
      channel: 'ach',
      make: (rng) => ({
        doc: null,
        memo: 'SSNIT Tier 1 October 2025',
        text: 'ACH DR/SSNIT/TIER 1 OCT 2025',
        reference: `ACH${rng.digits(10)}`,
        evidence: 'counterparty',
      }),
    },
    {
      day: 14,
      lo: 6000,
      hi: 7600,
      books: 'Enterprise Trustees Ltd',
      channel: 'ach',
      make: (rng) => ({
        doc: null,
        memo: 'Tier 2 pension October 2025',
        text: 'ACH DR/ENTERPRISE TRUSTEES LTD/TIER 2',
        reference: `ACH${rng.digits(10)}`,
        evidence: 'counterparty',
      }),
    },
    {
      day: 28,
      lo: 21000,
      hi: 33000,
      books: 'Ghana Revenue Authority',
      channel: 'ach',
      make: (rng) => {
        const r = `GRA${rng.digits(9)}`;
        return { doc: r, memo: 'VAT/NHIL/GETFund October 2025', text: `GRA VAT OCT 2025 ${r}`, reference: r };
      },
    },
  ],
  ownAccount: () => ({
    doc: '0120045678902',
    memo: 'Transfer to OmniBSIC call deposit 0120045678902',
    text: 'TRANSFER TO 0120045678902 CALL DEPOSIT',
    reference: null,
  }),
  reversalText: (w) => ({ text: cut(`REVERSAL ${w.text}`, 55), reference: w.reference }),
  cardText: (i, rng) =>
    i === 0
      ? { text: 'VISA POS SHOPRITE ACCRA MALL', reference: rng.digits(12) }
      : { text: 'VISA WEB GOOGLE*ADS', reference: rng.digits(12) },
  dailyLevy: null,
  monthEnd(lastDay, workdays) {
    const d = workdays[workdays.length - 1];
    return [
      { date: workdays[9], amt: -15000, text: 'CHEQUE BOOK CHARGE 50 LEAVES', kind: 'charge', traits: ['cheque-book'] },
      { date: d, amt: -2500, text: 'SMS ALERT CHARGES NOV-2025', kind: 'charge', traits: ['sms-alert'] },
      {
        date: d,
        amt: -8000,
        text: 'ACCOUNT MAINTENANCE FEE NOV-2025',
        kind: 'charge',
        traits: ['account-maintenance'],
      },
      { date: lastDay, amt: 18733, text: 'CREDIT INTEREST NOV-2025', kind: 'interest', traits: ['interest'] },
      { date: lastDay, amt: -1499, text: 'WHT ON CREDIT INTEREST', kind: 'tax', traits: ['wht-on-interest'] },
    ];
  },
  settlement: {
    party: 'Hubtel Ltd',
    trait: 'gateway-settlement',
    gross: [3500, 26000],
    fee: (g) => pct(g, 1.95),
    batchId: (rng) => `HBT${rng.digits(9)}`,
    text: (b, rng) => ({ text: `GIP INWARD HUBTEL LIMITED SETTLEMENT ${b}`, reference: `GIP${rng.digits(12)}` }),
    textNoId: (rng) => ({ text: 'GIP INWARD HUBTEL LIMITED SETTLEMENT', reference: `GIP${rng.digits(12)}` }),
  },
};

// ==================================================================================================== Kenya
const KE_CUSTOMERS = [
  ['Kilimani Supermarket Ltd', 'KILIMANI SUPERMARKET LTD', 'JANE WANJIRU'],
  ['Mombasa Road Hardware Ltd', 'MOMBASA ROAD HARDWARE', 'MRH STORES'],
  ['Nakuru Dairy Co-operative', 'NAKURU DAIRY COOPERATIVE', 'PETER KIPLAGAT'],
  ['Westlands Pharmacy Ltd', 'WESTLANDS PHARMACY LTD', 'DR AMINA HASSAN'],
  ['Eldoret Grain Millers Ltd', 'ELDORET GRAIN MILLERS LTD', 'EGM LTD'],
  ['Kisumu Lakeside Traders', 'KISUMU LAKESIDE TRADERS', 'OTIENO OCHIENG'],
  ['Thika Road Motors Ltd', 'THIKA ROAD MOTORS LTD', 'TRM AUTOS'],
  ['Karen Country Club', 'KAREN COUNTRY CLUB', 'KCC ACCOUNTS'],
  ['Machakos Agrovet Ltd', 'MACHAKOS AGROVET LTD', 'MUTUKU NZIOKA'],
  ['Nyeri Highlands Hotel Ltd', 'NYERI HIGHLANDS HOTEL', 'NHH NYERI'],
  ['Malindi Coast Resorts Ltd', 'MALINDI COAST RESORTS LTD', 'SAID MOHAMED'],
  ['Ngong Road Academy', 'NGONG ROAD ACADEMY', 'NRA BURSAR'],
  ['Embu Fresh Produce Ltd', 'EMBU FRESH PRODUCE LTD', 'NJERU MUGO'],
  ['Kericho Tea Estates Canteen', 'KERICHO TEA ESTATES CANTEE', 'KTE CANTEEN'],
  ['Garissa Livestock Traders', 'GARISSA LIVESTOCK TRADERS', 'ABDI NOOR'],
  ['Lavington Mini Mart Ltd', 'LAVINGTON MINI MART LTD', 'LMM SHOP 3'],
  ['Meru Miraa Exporters Ltd', 'MERU MIRAA EXPORTERS LTD', 'KIRIMI MWENDA'],
  ['Syokimau Wholesalers Ltd', 'SYOKIMAU WHOLESALERS LTD', 'SWL MLOLONGO'],
].map(([books, bank, other]) => ({ books, bank, other }));

const KE_SUPPLIERS = [
  ['Bidco Packaging Kenya Ltd', 'BIDCO PACKAGING KENYA', 'BPK', 5],
  ['Athi River Steel Ltd', 'ATHI RIVER STEEL LTD', 'ARS', 6],
  ['Kenya Power & Lighting Co', 'KENYA POWER AND LIGHTING', 'KPLC', 6],
  ['Nairobi Freight Forwarders', 'NAIROBI FREIGHT FORWARDERS', 'NFF', 4],
  ['Ruiru Plastics Ltd', 'RUIRU PLASTICS LTD', 'RPL', 5],
  ['Limuru Printers Ltd', 'LIMURU PRINTERS LTD', 'LPR', 4],
  ['Sameer Park Warehousing', 'SAMEER PARK WAREHOUSING', 'SPW', 5],
  ['Securex Guards Kenya Ltd', 'SECUREX GUARDS KENYA LTD', 'SGK', 4],
  ['Kitengela Fuel Station', 'KITENGELA FUEL STATION', 'KFS', 5],
  ['Industrial Area Cleaners', 'INDUSTRIAL AREA CLEANERS', 'IAC', 4],
].map(([books, bank, prefix, w]) => ({ books, bank, bill: billOf(prefix, w) }));

const keExcise = (f) => Math.round(f * 0.2);
export const ke = {
  set: 'ke-creditbank-sunsystems',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  y: 2026,
  m: 2,
  holidays: [],
  opening: 312845530,
  invoiceStart: 390,
  chequeStart: 418,
  company: 'Tausi Office & Catering Supplies Ltd',
  customers: KE_CUSTOMERS,
  suppliers: KE_SUPPLIERS,
  counts: { ref: 20, name: 8, inTransit: 1 },
  amt: {
    rec: [22000, 850000],
    anon: [15000, 60000],
    refund: [6000, 48000],
    pay: [15000, 620000],
    payroll: [2300000, 2700000],
    own: [1500000, 3000000],
    card: [2500, 38000],
  },
  refStyles: ['canonical', 'lowercase', 'hyphens', 'spaces', 'no-padding', 'year-serial-joined', 'serial-only'],
  refColumn: false,
  invoice: writings({ prefix: 'INV', year: '26', width: 4, sep: '/' }),
  partMemo: (r) => `PART PAYMENT ${r}`,
  instalmentMemo: (r, n) => (n === 1 ? `${r} INSTALMENT 1` : `${r} INSTALMENT 2`),
  twoInvoices: (a, b) => `${a} AND ${b}`,
  withholding: [
    { trait: 'short-withholding-vat-2pct', num: 2, of: 116, memo: (r) => `${r} LESS WHVAT` },
    { trait: 'short-withholding-tax-5pct', pct: 5 },
  ],
  orderNo: (rng) => `LPO NO ${rng.int(3000, 3999)}`,
  creditNote: (rng) => {
    const n = rng.int(11, 60);
    return { canonical: `CN/26/${pad(n, 4)}`, written: `CN-26-${pad(n, 4)}`, trait: 'ref-hyphens' };
  },
  refundMemo: (cn) => `REFUND ${cn}`,
  inTransitWhy: (c) => `cheque from ${c.books} deposited on the last working day, not yet credited`,
  inChannels: ['pesalink', 'pesalink', 'rtgs', 'eft', 'mpesa'],
  inText({ payer, memo, channel, rng }) {
    const m = memo ? ` ${memo}` : '';
    if (channel === 'pesalink') return { ...fit('PESALINK CR ', payer, m, 50, 22), reference: `PL${rng.digits(10)}` };
    if (channel === 'rtgs') return { ...fit('RTGS CR ', payer, m, 50, 22), reference: `RT26${rng.digits(8)}` };
    if (channel === 'eft') return { ...fit('EFT CR ', payer, m, 50, 22), reference: `EF${rng.digits(9)}` };
    const rc = `U${'BCDFGHJKLMNPQRSTVWXZ'[rng.int(0, 19)]}${rng.digits(1)}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]}${rng.digits(4)}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]}${'ABCDEFGHJKLMNPQRSTUVWXYZ'[rng.int(0, 23)]}`;
    return { ...fit('MPESA B2B ', payer, m, 50, 22), reference: rc };
  },
  anonText: (i) =>
    i === 0
      ? { text: 'CASH DEPOSIT BY SELF', reference: null, channel: 'cash' }
      : { text: 'MPESA C2B 2547****5601', reference: null, channel: 'mpesa' },
  unknownText: (i, rng) =>
    i === 0
      ? { text: 'PESALINK CR JOSEPH KAMAU MWANGI', reference: `PL${rng.digits(10)}` }
      : { text: 'EFT CR BLUE RIBBON VENTURES', reference: `EF${rng.digits(9)}` },
  outChannels: ['pesalink', 'pesalink', 'eft'],
  outText({ payee, memo, channel, rng }) {
    const m = memo ? ` ${memo}` : '';
    if (channel === 'rtgs') return { text: fit('RTGS DR ', payee, m, 50, 22).text, reference: `RT26${rng.digits(8)}` };
    if (channel === 'eft') return { text: fit('EFT DR ', payee, m, 50, 22).text, reference: `EF${rng.digits(9)}` };
    return { text: fit('PESALINK DR ', payee, m, 50, 22).text, reference: `PL${rng.digits(10)}` };
  },
  outFees(amt, channel) {
    const pair = (f, what, tag) => [
      { amt: f, text: what, kind: 'charge', traits: [tag] },
      { amt: keExcise(f), text: `EXCISE DUTY ON ${what}`, kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
    if (channel === 'pesalink' || channel === 'transfer')
      return pair(amt <= 10000000 ? 5500 : 11000, 'PESALINK CHARGES', 'transfer-fee');
    if (channel === 'eft' || channel === 'kra') return pair(5000, 'EFT CHARGES', 'transfer-fee');
    if (channel === 'rtgs') return pair(50000, 'RTGS CHARGES', 'transfer-fee');
    if (channel === 'bulk') return pair(30000, 'BULK PAYMENT CHARGES', 'bulk-payment-fee');
    return [];
  },
  cheques: true,
  chequeNo: (n) => pad(n, 6),
  chequeText: (no) => ({ text: `CHQ NO ${no} INWARD CLEARING`, reference: no }),
  payroll: (rng) => {
    const b = rng.int(200, 260);
    return {
      doc: `PAYROLL FEB 2026`,
      memo: `Net salaries Feb 2026 batch ${b}`,
      text: `BULK SALARIES FEB 2026 BATCH ${b}`,
      reference: `BLK${rng.digits(8)}`,
    };
  },
  statutory: [
    {
      day: 9,
      lo: 380000,
      hi: 460000,
      books: 'Kenya Revenue Authority',
      channel: 'kra',
      make: (rng) => {
        const prn = `20260${rng.digits(8)}`;
        return { doc: prn, memo: 'PAYE January 2026', text: `KRA PAYE PRN ${prn}`, reference: prn };
      },
    },
    {
      day: 9,
      lo: 60000,
      hi: 72000,
      books: 'Kenya Revenue Authority',
      channel: 'kra',
      make: (rng) => {
        const prn = `20260${rng.digits(8)}`;
        return { doc: prn, memo: 'Affordable housing levy January 2026', text: `KRA AHL PRN ${prn}`, reference: prn };
      },
    },
    {
      day: 9,
      lo: 48000,
      hi: 58000,
      books: 'Social Health Authority',
      channel: 'eft',
      make: (rng) => ({
        doc: null,
        memo: 'SHIF contributions January 2026',
        text: 'EFT DR SOCIAL HEALTH AUTHORITY',
        reference: `EF${rng.digits(9)}`,
        evidence: 'counterparty',
      }),
    },
    {
      day: 20,
      lo: 240000,
      hi: 390000,
      books: 'Kenya Revenue Authority',
      channel: 'kra',
      make: (rng) => {
        const prn = `20260${rng.digits(8)}`;
        return { doc: prn, memo: 'VAT January 2026', text: `KRA VAT PRN ${prn}`, reference: prn };
      },
    },
  ],
  ownAccount: () => ({
    doc: '0100200345612',
    memo: 'Transfer to Credit Bank call account 0100200345612',
    text: 'INTERNAL TRF TO 0100200345612 CALL AC',
    reference: null,
  }),
  reversalText: (w) => ({ text: cut(`RVSL ${w.text}`, 50), reference: w.reference }),
  cardText: (i, rng) =>
    i === 0
      ? { text: 'VISA POS CARREFOUR TRM NAIROBI', reference: rng.digits(12) }
      : { text: 'VISA WEB ZOOM.US 888-799-9666', reference: rng.digits(12) },
  dailyLevy: null,
  monthEnd(lastDay, workdays) {
    const d = workdays[workdays.length - 1];
    return [
      { date: d, amt: -50000, text: 'LEDGER FEE FEB 2026', kind: 'charge', traits: ['ledger-fee'] },
      { date: d, amt: -10000, text: 'EXCISE DUTY ON LEDGER FEE', kind: 'fee-vat', traits: ['excise-on-fee'] },
      { date: d, amt: -15000, text: 'SMS ALERT CHARGES FEB 2026', kind: 'charge', traits: ['sms-alert'] },
      { date: d, amt: -3000, text: 'EXCISE DUTY ON SMS ALERT CHARGES', kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
  },
  settlement: {
    party: 'Pesapal Ltd',
    trait: 'gateway-settlement',
    gross: [40000, 280000],
    fee: (g) => pct(g, 3.5),
    batchId: (rng) => `PSL${rng.digits(8)}`,
    text: (b, rng) => ({ text: `EFT CR PESAPAL LIMITED STL ${b}`, reference: `EF${rng.digits(9)}` }),
    textNoId: (rng) => ({ text: 'EFT CR PESAPAL LIMITED SETTLEMENT', reference: `EF${rng.digits(9)}` }),
  },
};

// ==================================================================================================== South Africa
const ZA_CUSTOMERS = [
  ['Mthatha Building Supplies (Pty) Ltd', 'MTHATHA BUILDING SUPPLIES', 'S NDLOVU'],
  ['Soweto Fresh Market CC', 'SOWETO FRESH MARKET CC', 'SFM ORLANDO'],
  ['Durban North Dental Practice', 'DURBAN NORTH DENTAL', 'DR P NAIDOO'],
  ['Pretoria East Motors (Pty) Ltd', 'PRETORIA EAST MOTORS', 'PEM SALES'],
  ['Karoo Lamb Abattoir (Pty) Ltd', 'KAROO LAMB ABATTOIR', 'J VAN DER MERWE'],
  ['Umhlanga Guest Lodge', 'UMHLANGA GUEST LODGE', 'UGL BOOKINGS'],
  ['Bloemfontein Agri Co-op Ltd', 'BLOEMFONTEIN AGRI COOP', 'BFN AGRI'],
  ['Stellenbosch Wine Traders', 'STELLENBOSCH WINE TRADERS', 'M FOURIE'],
  ['Polokwane Hardware & Timber', 'POLOKWANE HARDWARE TIMBER', 'T MABOTJA'],
  ['Gqeberha Auto Electrical CC', 'GQEBERHA AUTO ELECTRICAL', 'GAE CC'],
  ['Midrand Conference Centre', 'MIDRAND CONFERENCE CENTRE', 'MCC EVENTS'],
  ['Rustenburg Mining Supplies', 'RUSTENBURG MINING SUPPLIES', 'RMS PLATINUM'],
  ['East London Fishing Co', 'EAST LONDON FISHING CO', 'A GOVENDER'],
  ['Nelspruit Citrus Packers', 'NELSPRUIT CITRUS PACKERS', 'NCP MBOMBELA'],
  ['Kimberley Engineering Works', 'KIMBERLEY ENGINEERING', 'K MOLEFE'],
  ['Sandton Office Interiors', 'SANDTON OFFICE INTERIORS', 'SOI DESIGN'],
  ['George Timber Merchants', 'GEORGE TIMBER MERCHANTS', 'GTM GEORGE'],
  ['Vaal Triangle Plumbing CC', 'VAAL TRIANGLE PLUMBING', 'VTP CC'],
].map(([books, bank, other]) => ({ books, bank, other }));

const ZA_SUPPLIERS = [
  ['Macsteel Service Centres SA', 'MACSTEEL SERVICE CENTRES', 'MSC', 6],
  ['Afrox Gas & Welding', 'AFROX GAS AND WELDING', 'AFX', 6],
  ['Bearing Man Group', 'BEARING MAN GROUP', 'BMG', 5],
  ['Cape Industrial Paints', 'CAPE INDUSTRIAL PAINTS', 'CIP', 5],
  ['Jozi Couriers (Pty) Ltd', 'JOZI COURIERS', 'JZC', 5],
  ['Vaal Steel Fabricators', 'VAAL STEEL FABRICATORS', 'VSF', 4],
  ['Germiston Tool Hire', 'GERMISTON TOOL HIRE', 'GTH', 5],
  ['Wadeville Fasteners CC', 'WADEVILLE FASTENERS', 'WFC', 4],
  ['Boksburg Security Services', 'BOKSBURG SECURITY SERV', 'BSS', 4],
  ['Alrode Industrial Cleaning', 'ALRODE INDUSTRIAL CLEANING', 'AIC', 4],
].map(([books, bank, prefix, w]) => ({ books, bank, bill: billOf(prefix, w) }));

export const za = {
  set: 'za-hbz-epicor',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  y: 2026,
  m: 3,
  holidays: ['2026-03-20'],
  opening: 148265390,
  invoiceStart: 2140,
  company: 'Mthunzi Steel Fabrication (Pty) Ltd',
  customers: ZA_CUSTOMERS,
  suppliers: ZA_SUPPLIERS,
  counts: { ref: 22, name: 9, inTransit: 2 },
  amt: {
    rec: [3500, 165000],
    anon: [2500, 14000],
    refund: [900, 9500],
    pay: [2500, 140000],
    payroll: [540000, 610000],
    own: [250000, 500000],
    card: [300, 6200],
  },
  refStyles: ['canonical', 'lowercase', 'slashes', 'spaces', 'no-padding', 'year-serial-joined', 'serial-only'],
  refColumn: false,
  invoice: writings({ prefix: 'SI', year: '2026', width: 4, sep: '-' }),
  partMemo: (r) => `PART ${r}`,
  instalmentMemo: (r, n) => (n === 1 ? `${r} DEP` : `${r} BAL`),
  // the 20-character EFT reference cannot hold two full numbers: payers drop the year
  twoInvoices: (a, b) => `${a.replace(/-2026-0*/, '')} ${b.replace(/-2026-0*/, '')}`,
  twoInvoicesTrait: 'ref-serial-only',
  withholding: [
    { trait: 'short-early-settlement-discount-2.5pct', pct: 2.5, memo: (r) => `${r} LESS 2.5%` },
    { trait: 'short-retention-5pct', pct: 5, memo: (r) => `${r} RET 5%` },
  ],
  orderNo: (rng) => `PO ${rng.int(88000, 88999)}`,
  creditNote: (rng) => {
    const n = rng.int(31, 80);
    return { canonical: `CN-2026-${pad(n, 4)}`, written: `cn-2026-${pad(n, 4)}`, trait: 'ref-lowercase' };
  },
  refundMemo: (cn) => `REFUND ${cn}`,
  inTransitWhy: (c) => `EFT from ${c.books} booked on the remittance advice of the last working day, credited in April`,
  // HBZ: the description is the transaction type and payer; what the payer typed is in Reference (20 characters)
  inChannels: ['eft', 'eft', 'eft', 'rtc', 'intra'],
  inText({ payer, memo, channel }) {
    const p = cut(payer, 26);
    const truncated = p.length < payer.length;
    const ref = cut(memo ?? payer, 20);
    if (channel === 'rtc') return { text: `RTC CREDIT ${p}`, reference: ref, truncated };
    if (channel === 'intra') return { text: `TRANSFER FROM ${p}`, reference: ref, truncated };
    return { text: `EFT CREDIT ${p}`, reference: ref, truncated };
  },
  anonText: (i) =>
    i === 0
      ? { text: 'CASH DEPOSIT', reference: 'HBZ FORDSBURG', channel: 'cash' }
      : { text: 'ATM CASH DEPOSIT', reference: 'ATM 00412 MAYFAIR', channel: 'cash' },
  unknownText: (i) =>
    i === 0
      ? { text: 'EFT CREDIT N DLAMINI', reference: 'N DLAMINI' }
      : { text: 'RTC CREDIT SIPHO TRADING ENTERPRISE', reference: 'PAYMENT' },
  outChannels: ['eft', 'eft', 'rtc'],
  outText({ payee, memo, channel }) {
    const ref = cut(memo ?? 'MTHUNZI STEEL', 20);
    if (channel === 'rtc') return { text: `RTC PAYMENT ${cut(payee, 26)}`, reference: ref };
    return { text: `INTERNET PAYMENT ${cut(payee, 26)}`, reference: ref };
  },
  outFees(amt, channel) {
    if (channel === 'eft' || channel === 'transfer' || channel === 'sars')
      return [{ amt: 850, text: 'FEE: INTERNET PAYMENT', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'rtc')
      return [{ amt: 5000, text: 'FEE: REAL TIME CLEARING', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'bulk')
      return [{ amt: 3950, text: 'FEE: SALARY BATCH', kind: 'charge', traits: ['bulk-payment-fee'] }];
    return [];
  },
  inFees(amt, channel) {
    if (channel === 'cash')
      return [
        {
          amt: Math.max(3500, pct(amt, 1.45)),
          text: 'FEE: CASH DEPOSIT',
          kind: 'charge',
          traits: ['cash-deposit-fee'],
        },
      ];
    return [];
  },
  cheques: false,
  debitOrders: [
    {
      wd: 0,
      lo: 2400,
      hi: 2800,
      books: 'Telkom SA SOC Ltd',
      text: 'DEBIT ORDER TELKOM',
      reference: 'TELKOM 0117824401',
    },
    {
      wd: 0,
      lo: 8200,
      hi: 9600,
      books: 'Santam Ltd',
      doc: 'POL 30218847',
      text: 'DEBIT ORDER SANTAM',
      reference: 'POL 30218847',
    },
    {
      wd: 14,
      lo: 14500,
      hi: 16800,
      books: 'Sanlam Employee Benefits',
      doc: 'GRP 4471290',
      text: 'DEBIT ORDER SANLAM EB',
      reference: 'GRP 4471290',
    },
  ],
  debitOrderFees: () => [{ amt: 450, text: 'FEE: DEBIT ORDER', kind: 'charge', traits: ['debit-order-fee'] }],
  payroll: (rng) => {
    const b = rng.int(30, 60);
    return {
      doc: 'SAL MAR 2026',
      memo: `Salaries March 2026 batch ${b}`,
      text: `SALARY BATCH ${b}`,
      reference: 'SAL MAR 2026',
    };
  },
  statutory: [
    {
      day: 6,
      lo: 118000,
      hi: 135000,
      books: 'SARS',
      channel: 'sars',
      make: (rng) => {
        const prn = `7${rng.digits(9)}LC022026`;
        return {
          doc: prn,
          memo: 'EMP201 February 2026 PAYE/UIF/SDL',
          text: 'INTERNET PAYMENT SARS-PAYE',
          reference: prn,
        };
      },
    },
    {
      day: 25,
      lo: 86000,
      hi: 121000,
      books: 'SARS',
      channel: 'sars',
      make: (rng) => {
        const prn = `4${rng.digits(9)}V0226`;
        return { doc: prn, memo: 'VAT201 period 02/2026', text: 'INTERNET PAYMENT SARS-VAT', reference: prn };
      },
    },
    {
      day: 12,
      lo: 9000,
      hi: 12500,
      books: 'Compensation Fund',
      channel: 'eft',
      make: () => ({
        doc: null,
        memo: 'COIDA annual assessment 2025',
        text: 'INTERNET PAYMENT COMPENSATION FUND',
        reference: 'MTHUNZI STEEL',
        evidence: 'counterparty',
      }),
    },
    {
      day: 13,
      lo: 6200,
      hi: 7400,
      books: 'MEIBC',
      channel: 'eft',
      make: () => ({
        doc: 'MEIBC 0087731',
        memo: 'Bargaining council levies February 2026',
        text: 'INTERNET PAYMENT MEIBC',
        reference: 'MEIBC 0087731',
      }),
    },
  ],
  ownAccount: () => ({
    doc: '20053318823',
    memo: 'Transfer to HBZ call account 20053318823',
    text: 'TRANSFER TO 20053318823',
    reference: 'CALL ACCOUNT',
  }),
  reversalText: (w) => ({ text: `UNPAID ${w.text}`, reference: w.reference }),
  cardText: (i) =>
    i === 0
      ? { text: 'CARD PURCHASE TAKEALOT.COM', reference: '4512****3318' }
      : { text: 'CARD PURCHASE ENGEN ALRODE', reference: '4512****3318' },
  dailyLevy: null,
  monthEnd(lastDay, workdays, rng, bank) {
    const d = workdays[workdays.length - 1];
    const notes = bank.filter((l) => l.amt < 0 && /^(INTERNET PAYMENT|RTC PAYMENT)/.test(l.text)).length;
    return [
      {
        date: d,
        amt: -notes * 150,
        text: `FEE: PAYMENT NOTIFICATIONS (${notes})`,
        kind: 'charge',
        traits: ['notification-fee'],
      },
      { date: d, amt: -24500, text: 'MONTHLY SERVICE FEE', kind: 'charge', traits: ['monthly-fee'] },
      { date: lastDay, amt: 41286, text: 'CREDIT INTEREST', kind: 'interest', traits: ['interest'] },
    ];
  },
  settlement: {
    party: 'iKhokha (Pty) Ltd',
    trait: 'card-settlement',
    gross: [6000, 42000],
    fee: (g) => pct(g, 2.85),
    batchId: (rng) => `IKP${rng.digits(8)}`,
    text: (b) => ({ text: 'EFT CREDIT IKHOKHA PAYOUT', reference: `PAYOUT ${b}` }),
    textNoId: () => ({ text: 'EFT CREDIT IKHOKHA PAYOUT', reference: 'IKHOKHA' }),
  },
};

export const SETS = [ng, gh, ke, za];
