// The four businesses of holdout23: who pays and is paid, how each bank writes its narrations, charges, levies and
// taxes, and how each package numbers its documents. Layouts of the files are in layouts.mjs.
import { MON, parts, round } from './lib.mjs';

const up = (s) => s.toUpperCase();
const digits = (r, n) => Array.from({ length: n }, () => r.int(0, 9)).join('');
const monthName = (iso) => `${up(MON[parts(iso).m - 1])} ${parts(iso).y}`;
const prevMonth = (iso) => {
  const { y, m } = parts(iso);
  return m === 1 ? `${up(MON[11])} ${y - 1}` : `${up(MON[m - 2])} ${y}`;
};
const cut = (s, n) => (s.length > n ? s.slice(0, n).trimEnd() : s);
const mask = (phone) => `${phone.slice(0, 4)}****${phone.slice(-3)}`;

// ---------------------------------------------------------------------------------------------------------------
// Nigeria: PremiumTrust Bank current account, SAP S/4HANA (G/L account line items)
// ---------------------------------------------------------------------------------------------------------------
const ng = {
  set: 'ng-premiumtrust-s4hana',
  supplierCodePrefix: '2000',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  month: '2025-07',
  business: 'Adebisi-Nwosu Agro Foods Ltd',
  bank: 'PremiumTrust Bank',
  accountNo: '0040182735',
  ledgerAccount: '11001000',
  bankFile: 'premiumtrust-0040182735-jul2025.csv',
  ledgerFile: 's4hana-gl-line-items-11001000-jul2025.xlsx',
  opening: 3842011745,
  scale: 1000, // amounts in thousands of naira
  vatRate: 0.075,
  customers: [
    { book: 'Chukwuma Supermarkets Ltd', bank: 'CHUKWUMA SUPERMARKETS LIMITED', alt: 'EMEKA CHUKWUMA', code: '100231' },
    {
      book: 'Balogun Hotels & Suites Ltd',
      bank: 'BALOGUN HOTELS AND SUITES LTD',
      alt: 'BHS LEKKI PHASE 1',
      code: '100238',
    },
    { book: 'Eze Brothers Catering Services', bank: 'EZE BROTHERS CATERING SERVICES', code: '100244' },
    { book: 'Yusuf Aliyu Stores', bank: 'YUSUF ALIYU STORES', code: '100251' },
    { book: 'Oyelaran Foods Distribution Ltd', bank: 'OYELARAN FOODS DISTRIBUTION LTD', code: '100262' },
    {
      book: 'Harmony Quick Service Restaurants Ltd',
      bank: 'HARMONY QUICK SERVICE RESTAURANTS LIMITED',
      code: '100270',
    },
    { book: 'Ikenna Okeke Ventures', bank: 'IKENNA OKEKE VENTURES', code: '100277' },
    { book: 'Mainland Schools Catering Ltd', bank: 'MAINLAND SCHOOLS CATERING LTD', code: '100283' },
    { book: 'Ajah Mega Mart Ltd', bank: 'AJAH MEGA MART LIMITED', code: '100290' },
  ],
  suppliers: [
    {
      book: 'Ogun Cassava Processors Ltd',
      bank: 'OGUN CASSAVA PROCESSORS LTD',
      bill: (r) => `OCP/${r.int(1100, 1999)}`,
    },
    {
      book: 'Nile Packaging Industries Ltd',
      bank: 'NILE PACKAGING INDUSTRIES LTD',
      bill: (r) => `NPI-INV-25-${r.int(300, 899)}`,
    },
    { book: 'Kano Grains Merchants', bank: 'KANO GRAINS MERCHANTS', bill: (r) => `KGM${r.int(20000, 29999)}` },
    {
      book: 'Swift Haulage & Logistics Ltd',
      bank: 'SWIFT HAULAGE AND LOGISTICS LTD',
      bill: (r) => `SHL/INV/${r.int(4000, 4999)}`,
    },
    { book: 'Lagos Cold Rooms Ltd', bank: 'LAGOS COLD ROOMS LTD', bill: (r) => `LCR-${r.int(700, 999)}` },
    { book: 'Premium Diesel Supply Ltd', bank: 'PREMIUM DIESEL SUPPLY LTD', bill: (r) => `PDS${r.int(5100, 5999)}` },
    {
      book: 'Agbara Sacks & Twine Ltd',
      bank: 'AGBARA SACKS AND TWINE LTD',
      bill: (r) => `AST/25/${r.int(100, 499)}`,
    },
  ],
  // SAP billing documents: eight digits, no year
  invoice: {
    start: 90004117,
    canonical: (n) => String(n),
    writings: [
      ['ref-canonical', (n) => `${n}`],
      ['ref-prefix-inv', (n) => `INV ${n}`],
      ['ref-prefix-inv', (n) => `INV${n}`],
      ['ref-lowercase', (n) => `inv ${n}`],
      ['ref-hyphens', (n) => `INV-${n}`],
      ['ref-spaces', (n) => `${String(n).slice(0, 4)} ${String(n).slice(4)}`],
      ['payer-own-writing', (n) => `INV NO.${n}`],
      ['payer-own-writing', (n) => `BILLING DOC ${n}`],
      ['ref-year-suffix', (n) => `${n}/25`],
      ['payer-own-writing', (n) => `PYMT FOR ${n}`],
    ],
  },
  wht: [
    { rate: 0.05, trait: 'short-withholding-tax-5pct', memo: 'LESS 5PCT WHT' },
    { rate: 0.1, trait: 'short-withholding-tax-10pct', memo: 'NET OF WHT 10%' },
  ],
  payerCharge: 5375, // the payer's own NIP fee taken off by mistake
  doc: { receipt: 1400000212, payment: 1500000087, journal: 100000341 },
  narr: {
    inRef: (r, c, ref) => ({
      text: `NIP/${r.pick(['ZENITH', 'GTB', 'ACCESS', 'UBA', 'FIRSTBANK', 'FCMB'])}/${cut(c.bank, r.chance(0.4) ? 24 : 40)}/${ref}`,
      reference: `0000${r.int(10, 99)}${digits(r, 24)}`,
      truncated: c.bank.length > 24,
    }),
    inRefCol: (r, c, ref) => ({ text: `IFT FRM ${c.bank}`, reference: ref }),
    inName: (r, c) => ({
      text: `NIP/${r.pick(['ZENITH', 'GTB', 'ACCESS', 'STANBIC'])}/${c.bank}/${r.pick(['PAYMENT', 'TRANSFER', 'SUPPLY'])}`,
      reference: `0000${r.int(10, 99)}${digits(r, 24)}`,
    }),
    inAlt: (r, c) => ({ text: `NIP/OPAY/${c.alt}/TRF`, reference: `1000${r.int(10, 99)}${digits(r, 24)}` }),
    anon: (r, i) =>
      i === 0
        ? { text: 'CASH DEPOSIT BY SELF - IKEJA ALLEN BRANCH', reference: null }
        : { text: `USSD TRF FRM ${mask('0803' + digits(r, 7))}`, reference: `USSD${digits(r, 12)}` },
    unknown: (r, i) =>
      i === 0
        ? { text: 'NIP/MONIEPOINT/CHIDI NWANKWO/TRF', reference: `0900${digits(r, 26)}` }
        : { text: 'NIP/KUDA/BLESSED HANDS ENTERPRISE/PAYMENT', reference: `0900${digits(r, 26)}` },
    outRef: (r, s, bill) => ({ text: `NIP TRF TO ${s.bank}/${bill}`, reference: `0000${digits(r, 26)}` }),
    outName: (r, s) => ({ text: `NIP TRF TO ${s.bank}`, reference: `0000${digits(r, 26)}` }),
    reversal: (b) => ({ text: `RVSL/${b.text}`, reference: b.reference }),
    cheque: (no) => ({ text: `INWARD CLEARING CHQ NO ${no}`, reference: no }),
    payroll: (r, d, batch) => ({ text: `BULK PAYMENT SALARY ${monthName(d)} ${batch}`, reference: batch }),
    own: () => ({ text: 'TRF TO OWN ACCT 0040182743 CALL DEPOSIT', reference: null }),
    card: () => ({ text: 'POS PURCHASE @ SHOPRITE IKEJA CITY MALL', reference: null }),
  },
  chequeNo: (r) => `000${r.int(10400, 10499)}`,
  payrollBatch: (r, d) => `PTB-BLK-${String(parts(d).m).padStart(2, '0')}25-${r.int(100, 999)}`,
  statutory: (r, d) => {
    const rrr1 = `2709${digits(r, 8)}`;
    const rrr2 = `2711${digits(r, 8)}`;
    const sch = `PFA${digits(r, 6)}`;
    return [
      {
        text: `REMITA/LIRS PAYE ${prevMonth(d)}/RRR ${rrr1}`,
        reference: rrr1,
        ref: rrr1,
        party: 'Lagos State Internal Revenue Service',
        memo: `PAYE ${prevMonth(d)} LIRS RRR ${rrr1}`,
        lo: 2800,
        hi: 3600,
      },
      {
        text: `NIP TRF TO ARM PENSION MANAGERS/PENSION ${prevMonth(d)} SCH ${sch}`,
        reference: `0000${digits(r, 26)}`,
        ref: sch,
        party: 'ARM Pension Managers',
        memo: `Pension contribution ${prevMonth(d)}`,
        lo: 2100,
        hi: 2700,
        channel: 'nip',
      },
      {
        text: `REMITA/FIRS VAT ${prevMonth(d)}/RRR ${rrr2}`,
        reference: rrr2,
        ref: rrr2,
        party: 'Federal Inland Revenue Service',
        memo: `VAT return ${prevMonth(d)} RRR ${rrr2}`,
        lo: 4100,
        hi: 5200,
      },
    ];
  },
  settlements: [
    // Paystack: 1.5 % + ₦100, capped at ₦2,000, settled next working day
    {
      name: 'Paystack',
      fee: (g) => Math.min(round(g * 0.015) + 10000, 200000),
      batch: (r) => `PSTK-STL-${digits(r, 8)}`,
      withId: (b) => ({ text: `NIP/ZENITH/PAYSTACK PAYMENTS LTD/STL ${b}`, reference: b }),
      noId: (r) => ({ text: 'NIP/ZENITH/PAYSTACK PAYMENTS LTD/SETTLEMENT', reference: `0000${digits(r, 26)}` }),
      party: 'Paystack Payments Ltd',
      traits: ['gateway-settlement'],
      lo: 600,
      hi: 1400,
    },
    // POS terminals: 0.5 % merchant service charge capped at ₦1,000
    {
      name: 'POS',
      fee: (g) => Math.min(round(g * 0.005), 100000),
      batch: (r) => `2PTB${digits(r, 4)}-B${r.int(100, 999)}`,
      withId: (b) => ({ text: `POS SETTLEMENT TID ${b}`, reference: b }),
      noId: () => ({ text: 'POS SETTLEMENT', reference: null }),
      party: 'POS settlement',
      traits: ['card-settlement', 'pos-settlement'],
      lo: 150,
      hi: 180,
    },
  ],
  channel: () => 'nip',
  chargesOut: (channel, minor) => {
    if (channel !== 'nip') return [];
    const a = Math.abs(minor);
    const fee = a <= 500000 ? 1000 : a <= 5000000 ? 2500 : 5000;
    return [
      { text: 'COMMISSION ON NIP TRANSFER', minor: -fee, kind: 'charge', traits: ['transfer-fee'] },
      { text: 'VAT ON NIP COMMISSION', minor: -round(fee * 0.075), kind: 'fee-vat', traits: ['vat-on-fee'] },
    ];
  },
  chargesPayroll: (n) => [
    { text: `BULK PAYMENT CHARGE ${n} BENEFICIARIES`, minor: -n * 2500, kind: 'charge', traits: ['bulk-payment-fee'] },
    {
      text: 'VAT ON BULK PAYMENT CHARGE',
      minor: -round(n * 2500 * 0.075),
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
    },
  ],
  chargesIn: () => [],
  chargesCheque: () => [],
  monthEnd: (ctx) => {
    const m = monthName(ctx.last);
    const amf = round(ctx.debitTurnover / 1000);
    return [
      {
        text: `ELECTRONIC MONEY TRANSFER LEVY - ${m}`,
        minor: -5000 * ctx.emtlCount,
        kind: 'levy',
        traits: ['emtl'],
      },
      { text: `SMS ALERT CHARGES ${m}`, minor: -400 * ctx.lineCount, kind: 'charge', traits: ['sms-alert'] },
      { text: `ACCOUNT MAINTENANCE FEE ${m}`, minor: -amf, kind: 'charge', traits: ['account-maintenance'] },
      {
        text: `VAT ON ACCOUNT MAINTENANCE FEE ${m}`,
        minor: -round(amf * 0.075),
        kind: 'fee-vat',
        traits: ['vat-on-fee'],
      },
    ];
  },
  emtl: true,
  anonymousPayee: 'Cash sales',
};

// ---------------------------------------------------------------------------------------------------------------
// Ghana: Bank of Africa Ghana current account, IFS Cloud (GL voucher rows)
// ---------------------------------------------------------------------------------------------------------------
const gh = {
  set: 'gh-boa-ifs',
  supplierCodePrefix: 'S',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  month: '2025-06',
  business: 'Asante-Darko Building Materials Ltd',
  bank: 'Bank of Africa Ghana',
  accountNo: '01902130012045',
  ledgerAccount: '1210',
  bankFile: 'boa-ghana-01902130012045-jun2025.csv',
  ledgerFile: 'ifs-gl-voucher-rows-1210-jun2025.csv',
  opening: 61839550,
  scale: 10, // amounts in tens of cedis
  vatRate: 0.219,
  customers: [
    {
      book: 'Owusu & Sons Construction Ltd',
      bank: 'OWUSU AND SONS CONSTRUCTION LTD',
      alt: 'KWABENA OWUSU',
      code: 'C1043',
    },
    { book: 'Kumasi Metro Builders Ltd', bank: 'KUMASI METRO BUILDERS LTD', alt: 'KMB PROJECTS ACCT', code: 'C1051' },
    { book: 'Adjei Roofing Works', bank: 'ADJEI ROOFING WORKS', code: 'C1058' },
    { book: 'Suame Hardware Centre', bank: 'SUAME HARDWARE CENTRE', code: 'C1064' },
    { book: 'Ashanti Estates Development Co', bank: 'ASHANTI ESTATES DEVELOPMENT CO', code: 'C1070' },
    {
      book: 'Bonsu Civil Engineering & Plant Hire Ltd',
      bank: 'BONSU CIVIL ENGINEERING AND PLANT HIRE LTD',
      code: 'C1077',
    },
    { book: 'Nyarko Tiles & Sanitary Ware', bank: 'NYARKO TILES AND SANITARY WARE', code: 'C1083' },
    { book: 'Obuasi Mining Housing Ltd', bank: 'OBUASI MINING HOUSING LTD', code: 'C1090' },
    { book: 'Techiman Block Factory', bank: 'TECHIMAN BLOCK FACTORY', code: 'C1096' },
  ],
  suppliers: [
    { book: 'Ghacem Ltd', bank: 'GHACEM LIMITED', bill: (r) => `GH/SI/${r.int(250000, 259999)}` },
    { book: 'Tema Steel Company Ltd', bank: 'TEMA STEEL COMPANY LTD', bill: (r) => `TSC-${r.int(60000, 69999)}` },
    { book: 'Sunon Asogli Paints Ltd', bank: 'SUNON ASOGLI PAINTS LTD', bill: (r) => `SAP${r.int(3000, 3999)}` },
    { book: 'Kasapreko Haulage Services', bank: 'KASAPREKO HAULAGE SERVICES', bill: (r) => `KHS/${r.int(800, 999)}` },
    { book: 'Interplast Ghana Ltd', bank: 'INTERPLAST GHANA LTD', bill: (r) => `IPG-25-${r.int(1000, 1999)}` },
    { book: 'Western Timber Mills', bank: 'WESTERN TIMBER MILLS', bill: (r) => `WTM${r.int(400, 899)}` },
    { book: 'B5 Plus Ltd', bank: 'B5 PLUS LTD', bill: (r) => `B5P/INV/${r.int(7000, 7999)}` },
  ],
  // IFS customer invoice series CD, two-digit year, four-digit serial
  invoice: {
    start: 250611,
    canonical: (n) => `CD${n}`,
    writings: [
      ['ref-canonical', (n) => `CD${n}`],
      ['ref-lowercase', (n) => `cd${n}`],
      ['ref-spaces', (n) => `CD ${n}`],
      ['ref-hyphens', (n) => `CD-${String(n).slice(0, 2)}-${String(n).slice(2)}`],
      ['ref-slashes', (n) => `CD/${String(n).slice(0, 2)}/${String(n).slice(2)}`],
      ['ref-prefix-inv', (n) => `INV CD${n}`],
      ['ref-no-prefix', (n) => `${n}`],
      ['ref-serial-only', (n) => `CD ${Number(String(n).slice(2))}`],
      ['payer-own-writing', (n) => `INVOICE ${Number(String(n).slice(2))}/2025`],
    ],
  },
  wht: [
    { rate: 0.03, trait: 'short-withholding-tax-3pct', memo: 'LESS 3% WHT' },
    { rate: 0.075, trait: 'short-withholding-tax-7.5pct', memo: 'WHT 7.5% DEDUCTED' },
  ],
  payerCharge: 800,
  doc: { receipt: 2025000411, payment: 2025000297, journal: 2025000088 },
  narr: {
    inRef: (r, c, ref) => {
      const truncated = r.chance(0.35) && c.bank.length > 20;
      return {
        text: `INSTANT PAY CR ${truncated ? cut(c.bank, 20) : c.bank} /${ref}`,
        reference: `GIP${digits(r, 12)}`,
        truncated,
      };
    },
    inRefCol: (r, c, ref) => ({ text: `ACH CR ${c.bank}`, reference: ref }),
    inName: (r, c) => ({ text: `INSTANT PAY CR ${c.bank} /PAYMENT`, reference: `GIP${digits(r, 12)}` }),
    inAlt: (r, c) => ({ text: `INSTANT PAY CR ${c.alt} /TRANSFER`, reference: `GIP${digits(r, 12)}` }),
    anon: (r, i) =>
      i === 0
        ? { text: 'CASH DEPOSIT - ADUM BRANCH', reference: null }
        : { text: `MOMO TO BANK ${mask('0244' + digits(r, 6))}`, reference: `MM${digits(r, 11)}` },
    unknown: (r, i) =>
      i === 0
        ? { text: 'INSTANT PAY CR ABENA SERWAA /PAYMENT', reference: `GIP${digits(r, 12)}` }
        : { text: 'ACH CR GOODNESS ENTERPRISE', reference: 'SUPPLY' },
    outRef: (r, s, bill, channel) =>
      channel === 'ach'
        ? { text: `ACH DR ${s.bank}`, reference: bill }
        : { text: `INSTANT PAY DR ${s.bank} /${bill}`, reference: `GIP${digits(r, 12)}` },
    outName: (r, s, channel) =>
      channel === 'ach'
        ? { text: `ACH DR ${s.bank}`, reference: 'PAYMENT' }
        : { text: `INSTANT PAY DR ${s.bank} /PAYMENT`, reference: `GIP${digits(r, 12)}` },
    reversal: (b) => ({ text: `REVERSAL - ${b.text}`, reference: b.reference }),
    cheque: (no) => ({ text: `INWARD CLEARING CHQ ${no}`, reference: no }),
    payroll: (r, d, batch) => ({ text: `BULK SALARY PAYMENT ${monthName(d)}`, reference: batch }),
    own: () => ({ text: 'TRF TO CALL DEPOSIT 01902130012053', reference: null }),
    card: () => ({ text: 'POS PURCHASE MELCOM ADUM KUMASI', reference: null }),
    wallet: (r, w) => ({ text: `BANK TO WALLET ${mask(w.phone)} ${w.bank}`, reference: `B2W${digits(r, 10)}` }),
  },
  wallets: [
    { phone: '0244713825', bank: 'KOFI BOATENG', book: 'Kofi Boateng', memo: 'Casual labour offloading' },
    { phone: '0551298034', bank: 'AMA DUFIE', book: 'Ama Dufie', memo: 'Site cleaning' },
  ],
  chequeNo: (r) => `${r.int(300100, 300199)}`,
  payrollBatch: (r, d) => `SAL${parts(d).y % 100}${String(parts(d).m).padStart(2, '0')}${r.int(10, 99)}`,
  statutory: (r, d) => {
    const prn1 = `GRA${digits(r, 10)}`;
    const prn2 = `GRA${digits(r, 10)}`;
    const ss = `SS${digits(r, 9)}`;
    return [
      {
        text: `GRA TAX PAYMENT PAYE ${prevMonth(d)}`,
        reference: prn1,
        ref: prn1,
        party: 'Ghana Revenue Authority',
        memo: `PAYE ${prevMonth(d)}`,
        lo: 1900,
        hi: 2600,
      },
      {
        text: `SSNIT CONTRIBUTION ${prevMonth(d)}`,
        reference: ss,
        ref: ss,
        party: 'SSNIT',
        memo: `SSNIT tier 1 ${prevMonth(d)}`,
        lo: 1300,
        hi: 1700,
      },
      {
        text: `GRA TAX PAYMENT VAT ${prevMonth(d)}`,
        reference: prn2,
        ref: prn2,
        party: 'Ghana Revenue Authority',
        memo: `VAT/NHIL/GETFund ${prevMonth(d)}`,
        lo: 3200,
        hi: 4300,
      },
    ];
  },
  settlements: [
    {
      name: 'expressPay',
      fee: (g) => round(g * 0.0195),
      batch: (r) => `XP${digits(r, 9)}`,
      withId: (b) => ({ text: `EXPRESSPAY SETTLEMENT ${b}`, reference: b }),
      noId: () => ({ text: 'EXPRESSPAY SETTLEMENT', reference: null }),
      party: 'expressPay Ghana',
      traits: ['gateway-settlement'],
      lo: 500,
      hi: 1100,
    },
    {
      name: 'MoMo',
      fee: (g) => round(g * 0.01),
      batch: (r) => `MMS${digits(r, 8)}`,
      withId: (b) => ({ text: `MTN MOMO MERCHANT SWEEP ${b}`, reference: b }),
      noId: () => ({ text: 'MTN MOMO MERCHANT SWEEP', reference: null }),
      party: 'MTN Mobile Money',
      traits: ['wallet-settlement'],
      lo: 300,
      hi: 700,
    },
  ],
  channel: (minor) => (Math.abs(minor) > 2000000 ? 'ach' : 'gip'),
  chargesOut: (channel) =>
    channel === 'ach'
      ? [{ text: 'ACH TRANSFER CHARGE', minor: -300, kind: 'charge', traits: ['transfer-fee'] }]
      : channel === 'gip'
        ? [{ text: 'INSTANT PAY CHARGE', minor: -750, kind: 'charge', traits: ['transfer-fee'] }]
        : channel === 'wallet'
          ? [{ text: 'BANK TO WALLET CHARGE', minor: -200, kind: 'charge', traits: ['transfer-fee'] }]
          : [],
  chargesPayroll: (n) => [
    { text: 'BULK PAYMENT CHARGE', minor: -n * 150, kind: 'charge', traits: ['bulk-payment-fee'] },
  ],
  chargesIn: () => [],
  chargesCheque: () => [
    { text: 'CHEQUE CLEARING COMMISSION', minor: -500, kind: 'charge', traits: ['cheque-clearing-fee'] },
  ],
  monthEnd: (ctx) => {
    const m = monthName(ctx.last);
    return [
      { text: `SMS ALERT CHARGES ${m}`, minor: -30 * ctx.lineCount, kind: 'charge', traits: ['sms-alert'] },
      { text: `ACCOUNT MAINTENANCE FEE ${m}`, minor: -4000, kind: 'charge', traits: ['account-maintenance'] },
    ];
  },
  anonymousPayee: 'Counter sales',
};

// ---------------------------------------------------------------------------------------------------------------
// Kenya: Prime Bank current account, Sage 200 Evolution (cash book)
// ---------------------------------------------------------------------------------------------------------------
const ke = {
  set: 'ke-primebank-sage200',
  supplierCodePrefix: 'SUP',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  month: '2025-08',
  business: 'Wanjiru & Kiprop Hardware Ltd',
  bank: 'Prime Bank',
  accountNo: '2011384560017',
  ledgerAccount: '8400/001',
  bankFile: 'primebank-2011384560017-aug2025.xlsx',
  ledgerFile: 'sage200-cashbook-8400-001-aug2025.csv',
  opening: 1481276530,
  scale: 100,
  vatRate: 0.16,
  customers: [
    {
      book: 'Mwangi Construction Co Ltd',
      bank: 'MWANGI CONSTRUCTION CO LTD',
      alt: 'JOSEPH MWANGI KAMAU',
      code: 'MWA001',
    },
    { book: 'Nyali Homes Developers Ltd', bank: 'NYALI HOMES DEVELOPERS LTD', alt: 'NHD SITE 4 ACCT', code: 'NYA002' },
    { book: 'Kisumu Lakeside Contractors', bank: 'KISUMU LAKESIDE CONTRACTORS', code: 'KIS003' },
    { book: 'Otieno Plumbing Works', bank: 'OTIENO PLUMBING WORKS', code: 'OTI004' },
    { book: 'Rift Valley Roofing Ltd', bank: 'RIFT VALLEY ROOFING LTD', code: 'RIF005' },
    {
      book: 'Thika Road Mall Management Ltd',
      bank: 'THIKA ROAD MALL MANAGEMENT LIMITED',
      code: 'THI006',
    },
    { book: 'Chebet Electrical Services', bank: 'CHEBET ELECTRICAL SERVICES', code: 'CHE007' },
    { book: 'Umoja Housing Co-operative', bank: 'UMOJA HOUSING CO-OPERATIVE SOCIETY', code: 'UMO008' },
    { book: 'Machakos County Works Dept', bank: 'MACHAKOS COUNTY WORKS DEPARTMENT', code: 'MAC009' },
  ],
  suppliers: [
    { book: 'Bamburi Cement PLC', bank: 'BAMBURI CEMENT PLC', bill: (r) => `BCL${r.int(700000, 799999)}` },
    { book: 'Devki Steel Mills Ltd', bank: 'DEVKI STEEL MILLS LTD', bill: (r) => `DSM/INV/${r.int(30000, 39999)}` },
    { book: 'Crown Paints Kenya PLC', bank: 'CROWN PAINTS KENYA PLC', bill: (r) => `CPK-${r.int(500000, 599999)}` },
    { book: 'Kens Metal Industries', bank: 'KENS METAL INDUSTRIES', bill: (r) => `KMI${r.int(10000, 19999)}` },
    { book: 'Nairobi Timber Yard Ltd', bank: 'NAIROBI TIMBER YARD LTD', bill: (r) => `NTY/${r.int(2000, 2999)}` },
    { book: 'Mombasa Road Transporters', bank: 'MOMBASA ROAD TRANSPORTERS', bill: (r) => `MRT${r.int(800, 999)}` },
    { book: 'Tile & Carpet Centre Ltd', bank: 'TILE AND CARPET CENTRE LTD', bill: (r) => `TCC-${r.int(40000, 49999)}` },
  ],
  // Sage 200 Evolution invoice numbers: prefix IN and a six-digit number
  invoice: {
    start: 104512,
    canonical: (n) => `IN${n}`,
    writings: [
      ['ref-canonical', (n) => `IN${n}`],
      ['ref-lowercase', (n) => `in${n}`],
      ['ref-spaces', (n) => `IN ${n}`],
      ['ref-prefix-inv', (n) => `INV ${n}`],
      ['ref-no-prefix', (n) => `${n}`],
      ['ref-hyphens', (n) => `IN-${n}`],
      ['payer-own-writing', (n) => `INV NO ${n}`],
      ['payer-own-writing', (n) => `INV#${n}`],
      ['ref-year-suffix', (n) => `IN${n}/25`],
    ],
  },
  wht: [
    { vatShare: 2 / 116, trait: 'short-withholding-vat-2pct', memo: 'LESS WHVAT' },
    { rate: 0.05, trait: 'short-withholding-tax-5pct', memo: 'LESS 5% WHT' },
  ],
  payerCharge: 15000,
  doc: { receipt: 3100, payment: 5200, journal: 900 },
  narr: {
    inRef: (r, c, ref, minor) => ({
      text: `${minor > 100000000 ? 'RTGS' : 'PESALINK'}-IN ${cut(c.bank, 35)} ${ref}`,
      reference: `FT25${digits(r, 8)}`,
      truncated: c.bank.length > 35,
    }),
    inRefCol: (r, c, ref) => ({ text: `EFT CREDIT ${c.bank}`, reference: ref }),
    inName: (r, c) => ({ text: `PESALINK-IN ${cut(c.bank, 35)}`, reference: `FT25${digits(r, 8)}` }),
    inAlt: (r, c) => ({ text: `PESALINK-IN ${c.alt}`, reference: `FT25${digits(r, 8)}` }),
    anon: (r, i) =>
      i === 0
        ? { text: 'CASH DEPOSIT KIMATHI STREET BRANCH', reference: null }
        : { text: `MPESA C2B ${mask('0722' + digits(r, 6))}`, reference: `TH${digits(r, 8)}` },
    unknown: (r, i) =>
      i === 0
        ? { text: 'PESALINK-IN PETER KARIUKI NJOROGE', reference: `FT25${digits(r, 8)}` }
        : { text: 'EFT CREDIT BARAKA FABRICATORS', reference: 'PAYMENT' },
    outRef: (r, s, bill, channel) => ({
      text: `${channel === 'rtgs' ? 'RTGS' : 'PESALINK'}-OUT ${s.bank} ${bill}`,
      reference: `FT25${digits(r, 8)}`,
    }),
    outName: (r, s, channel) => ({
      text: `${channel === 'rtgs' ? 'RTGS' : 'PESALINK'}-OUT ${s.bank}`,
      reference: `FT25${digits(r, 8)}`,
    }),
    reversal: (b) => ({ text: `REV ${b.text}`, reference: b.reference }),
    cheque: (no) => ({ text: `CHQ NO ${no} PAID`, reference: no }),
    payroll: (r, d, batch) => ({ text: `BULK EFT SALARIES ${monthName(d)}`, reference: batch }),
    own: () => ({ text: 'TRF TO CALL DEPOSIT A/C 2011384560025', reference: null }),
    card: () => ({ text: 'VISA PURCHASE NAIVAS WESTLANDS', reference: null }),
  },
  chequeNo: (r) => `${r.int(100, 199)}`.padStart(6, '0'),
  payrollBatch: (r, d) => `SAL${String(parts(d).m).padStart(2, '0')}${parts(d).y}`,
  statutory: (r, d) => {
    const p1 = `2025${digits(r, 10)}`;
    const p2 = `2025${digits(r, 10)}`;
    const nssf = `NSSF${digits(r, 8)}`;
    const sha = `SHA${digits(r, 9)}`;
    return [
      {
        text: `KRA PAYMENT PAYE ${prevMonth(d)} PRN ${p1}`,
        reference: p1,
        ref: p1,
        party: 'Kenya Revenue Authority',
        memo: `PAYE ${prevMonth(d)}`,
        lo: 4200,
        hi: 5600,
      },
      {
        text: `KRA PAYMENT AHL ${prevMonth(d)} PRN ${p2}`,
        reference: p2,
        ref: p2,
        party: 'Kenya Revenue Authority',
        memo: `Housing levy ${prevMonth(d)}`,
        lo: 480,
        hi: 620,
      },
      {
        text: `SHIF CONTRIBUTION ${prevMonth(d)}`,
        reference: sha,
        ref: sha,
        party: 'Social Health Authority',
        memo: `SHIF ${prevMonth(d)}`,
        lo: 440,
        hi: 560,
      },
      {
        text: `NSSF CONTRIBUTION ${prevMonth(d)}`,
        reference: nssf,
        ref: nssf,
        party: 'NSSF',
        memo: `NSSF tier I and II ${prevMonth(d)}`,
        lo: 620,
        hi: 760,
      },
    ];
  },
  settlements: [
    {
      name: 'M-PESA',
      fee: (g) => Math.min(round(g * 0.0055), 20000),
      batch: (r) => `MPS${digits(r, 8)}`,
      withId: (b) => ({ text: `MPESA PAYBILL 4078315 SETTLEMENT ${b}`, reference: b }),
      noId: () => ({ text: 'MPESA PAYBILL 4078315 SETTLEMENT', reference: null }),
      party: 'Safaricom M-PESA',
      traits: ['wallet-settlement'],
      lo: 1800,
      hi: 3600,
    },
    {
      name: 'Pesapal',
      fee: (g) => round(g * 0.035),
      batch: (r) => `PPL-${digits(r, 7)}`,
      withId: (b) => ({ text: `PESAPAL SETTLEMENT ${b}`, reference: b }),
      noId: () => ({ text: 'PESAPAL SETTLEMENT', reference: null }),
      party: 'Pesapal',
      traits: ['gateway-settlement', 'card-settlement'],
      lo: 900,
      hi: 1600,
    },
  ],
  channel: (minor) => (Math.abs(minor) > 99999900 ? 'rtgs' : 'pesalink'),
  chargesOut: (channel, minor) => {
    if (channel !== 'rtgs' && channel !== 'pesalink') return [];
    const fee = channel === 'rtgs' ? 50000 : Math.abs(minor) > 10000000 ? 15000 : 10000;
    const name = channel === 'rtgs' ? 'RTGS CHARGES' : 'PESALINK CHARGES';
    return [
      { text: name, minor: -fee, kind: 'charge', traits: ['transfer-fee'] },
      { text: 'EXCISE DUTY ON CHARGES', minor: -round(fee * 0.2), kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
  },
  chargesPayroll: (n) => [
    { text: 'BULK EFT CHARGES', minor: -n * 5000, kind: 'charge', traits: ['bulk-payment-fee'] },
    { text: 'EXCISE DUTY ON CHARGES', minor: -n * 1000, kind: 'fee-vat', traits: ['excise-on-fee'] },
  ],
  chargesIn: () => [],
  chargesCheque: () => [
    { text: 'CHEQUE PROCESSING FEE', minor: -5000, kind: 'charge', traits: ['cheque-clearing-fee'] },
    { text: 'EXCISE DUTY ON CHARGES', minor: -1000, kind: 'fee-vat', traits: ['excise-on-fee'] },
  ],
  monthEnd: (ctx) => {
    const m = monthName(ctx.last);
    return [
      { text: `LEDGER FEES ${m}`, minor: -100000, kind: 'charge', traits: ['ledger-fee'] },
      { text: 'EXCISE DUTY ON CHARGES', minor: -20000, kind: 'fee-vat', traits: ['excise-on-fee'] },
      { text: `SMS ALERT CHARGES ${m}`, minor: -500 * ctx.lineCount, kind: 'charge', traits: ['sms-alert'] },
      {
        text: 'EXCISE DUTY ON CHARGES',
        minor: -round(500 * ctx.lineCount * 0.2),
        kind: 'fee-vat',
        traits: ['excise-on-fee'],
      },
    ];
  },
  anonymousPayee: 'Cash sales',
};

// ---------------------------------------------------------------------------------------------------------------
// South Africa: Old Mutual Bank business account, Workday Financials (journal lines)
// ---------------------------------------------------------------------------------------------------------------
const za = {
  set: 'za-oldmutual-workday',
  supplierCodePrefix: 'SUP-',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  month: '2025-05',
  business: 'Sithole & Pretorius Logistics (Pty) Ltd',
  bank: 'Old Mutual Bank',
  accountNo: '1205573318',
  ledgerAccount: '10120:Cash - Old Mutual Business',
  bankFile: 'oldmutual-1205573318-may2025.csv',
  ledgerFile: 'workday-find-journal-lines-10120-may2025.xlsx',
  opening: 241836075,
  scale: 10,
  vatRate: 0.15,
  customers: [
    { book: 'Dlamini Fresh Produce (Pty) Ltd', bank: 'DLAMINI FRESH PRODUCE', alt: 'S DLAMINI', code: 'CUS-0104' },
    { book: 'Van der Merwe Agri Supplies CC', bank: 'VAN DER MERWE AGRI', alt: 'VDM BOERDERY', code: 'CUS-0111' },
    { book: 'Khumalo Wholesale Foods (Pty) Ltd', bank: 'KHUMALO WHOLESALE FOODS', code: 'CUS-0117' },
    { book: 'Mokoena Building Supplies', bank: 'MOKOENA BUILDING SUPPLIES', code: 'CUS-0123' },
    { book: 'Cape Fruit Exporters (Pty) Ltd', bank: 'CAPE FRUIT EXPORTERS', code: 'CUS-0130' },
    { book: 'Ndlovu Engineering Works', bank: 'NDLOVU ENGINEERING WORKS', code: 'CUS-0136' },
    { book: 'Botha Timber & Hardware', bank: 'BOTHA TIMBER AND HARDWARE', code: 'CUS-0142' },
    { book: 'Gauteng Cold Chain (Pty) Ltd', bank: 'GAUTENG COLD CHAIN', code: 'CUS-0149' },
    { book: 'Naidoo Packaging Solutions', bank: 'NAIDOO PACKAGING SOLUTIONS', code: 'CUS-0155' },
  ],
  suppliers: [
    { book: 'Engen Fleet Services', bank: 'ENGEN FLEET', bill: (r) => `EFS${r.int(880000, 889999)}` },
    { book: 'Bridgestone SA (Pty) Ltd', bank: 'BRIDGESTONE SA', bill: (r) => `BSA-${r.int(20000, 29999)}` },
    { book: 'Truck Parts Direct', bank: 'TRUCK PARTS DIRECT', bill: (r) => `TPD/${r.int(5000, 5999)}` },
    { book: 'Midrand Warehousing CC', bank: 'MIDRAND WAREHOUSING', bill: (r) => `MW${r.int(1200, 1299)}` },
    { book: 'Rand Tracking Solutions', bank: 'RAND TRACKING', bill: (r) => `RTS-INV-${r.int(600, 899)}` },
    { book: 'Highveld Tyre Recyclers', bank: 'HIGHVELD TYRE', bill: (r) => `HTR${r.int(300, 499)}` },
    { book: 'Jozi Security Services', bank: 'JOZI SECURITY', bill: (r) => `JSS-${r.int(9000, 9999)}` },
  ],
  // Workday customer invoices CI- and six digits
  invoice: {
    start: 812,
    canonical: (n) => `CI-${String(n).padStart(6, '0')}`,
    writings: [
      ['ref-canonical', (n) => `CI-${String(n).padStart(6, '0')}`],
      ['ref-lowercase', (n) => `ci${String(n).padStart(6, '0')}`],
      ['ref-no-padding', (n) => `CI ${n}`],
      ['ref-no-padding', (n) => `CI-${n}`],
      ['ref-slashes', (n) => `CI/${String(n).padStart(6, '0')}`],
      ['ref-prefix-inv', (n) => `INV ${n}`],
      ['ref-no-prefix', (n) => `${String(n).padStart(6, '0')}`],
      ['payer-own-writing', (n) => `INV CI-${String(n).padStart(6, '0')}`],
      ['ref-canonical', (n) => `CI${String(n).padStart(6, '0')}`],
    ],
  },
  wht: [],
  payerCharge: 1250,
  doc: { receipt: 4512, payment: 7730, journal: 1190 },
  narr: {
    inRef: (r, c, ref) => ({ text: `EFT CREDIT ${c.bank} ${ref}`, reference: null }),
    inRefCol: (r, c, ref) => ({ text: `PAYSHAP CREDIT ${c.bank}`, reference: ref }),
    inName: (r, c) => ({ text: `EFT CREDIT ${c.bank}`, reference: null }),
    inAlt: (r, c) => ({ text: `EFT CREDIT ${c.alt}`, reference: null }),
    anon: (r, i) =>
      i === 0
        ? { text: 'CASH DEPOSIT ATM SANDTON CITY', reference: null }
        : { text: `PAYSHAP CREDIT ${mask('0724' + digits(r, 6))}`, reference: null },
    unknown: (r, i) =>
      i === 0
        ? { text: 'EFT CREDIT T MAHLANGU', reference: null }
        : { text: 'PAYSHAP CREDIT ZUMA TRADING', reference: 'ACC 4471' },
    outRef: (r, s, bill, channel) => ({
      text: `${channel === 'rtc' ? 'IMMEDIATE PAYMENT' : 'EFT PAYMENT'} ${s.bank}`,
      reference: bill,
    }),
    outName: (r, s, channel) => ({
      text: `${channel === 'rtc' ? 'IMMEDIATE PAYMENT' : 'EFT PAYMENT'} ${s.bank}`,
      reference: 'SITHOLE PRETORIUS',
    }),
    reversal: (b) => ({ text: `RETURNED ${b.text} ACCOUNT CLOSED`, reference: b.reference }),
    payroll: (r, d, batch) => ({ text: `SALARY BATCH ${monthName(d)}`, reference: batch }),
    own: () => ({ text: 'TRANSFER TO SAVINGS 1205573326', reference: 'OWN ACCOUNT' }),
    card: () => ({ text: 'CARD PURCHASE BUILDERS WAREHOUSE FOURWAYS', reference: null }),
  },
  debitOrders: [
    {
      text: 'DEBIT ORDER SANTAM INSURANCE',
      reference: 'POL 0173625581',
      ref: '0173625581',
      party: 'Santam Ltd',
      memo: 'Fleet insurance premium May 2025',
      lo: 2200,
      hi: 2600,
    },
    {
      text: 'DEBIT ORDER WESBANK VAF',
      reference: 'AGR 84420917',
      ref: '84420917',
      party: 'WesBank',
      memo: 'Vehicle finance instalment truck 3',
      lo: 3100,
      hi: 3600,
    },
  ],
  payrollBatch: (r, d) => `SP${parts(d).y}${String(parts(d).m).padStart(2, '0')}${r.int(1, 9)}`,
  statutory: (r, d) => {
    const prn1 = `7${digits(r, 9)}LC${digits(r, 7)}`;
    const prn2 = `4${digits(r, 9)}V${digits(r, 7)}`;
    const fund = `MPF${digits(r, 6)}`;
    return [
      {
        text: 'SARS EFILING EMP201',
        reference: prn1,
        ref: prn1,
        party: 'SARS',
        memo: `EMP201 ${prevMonth(d)} PAYE UIF SDL`,
        lo: 6800,
        hi: 8200,
      },
      {
        text: 'SARS EFILING VAT201',
        reference: prn2,
        ref: prn2,
        party: 'SARS',
        memo: `VAT201 period ${prevMonth(d)}`,
        lo: 5200,
        hi: 7100,
      },
      {
        text: 'DEBIT ORDER MOMENTUM PROVIDENT',
        reference: fund,
        ref: fund,
        party: 'Momentum Provident Fund',
        memo: `Provident fund contributions ${prevMonth(d)}`,
        lo: 2300,
        hi: 2800,
      },
    ];
  },
  settlements: [
    {
      name: 'Yoco',
      fee: (g) => round(g * 0.0295),
      batch: (r) => `YP${digits(r, 8)}`,
      withId: (b) => ({ text: 'YOCO PAYOUT', reference: b }),
      noId: () => ({ text: 'YOCO PAYOUT', reference: null }),
      party: 'Yoco',
      traits: ['card-settlement', 'gateway-settlement'],
      lo: 800,
      hi: 1700,
    },
    {
      name: 'Payfast',
      fee: (g) => round(g * 0.035) + 200,
      batch: (r) => `PF${digits(r, 9)}`,
      withId: (b) => ({ text: 'PAYFAST SETTLEMENT', reference: b }),
      noId: () => ({ text: 'PAYFAST SETTLEMENT', reference: null }),
      party: 'Payfast',
      traits: ['gateway-settlement'],
      lo: 600,
      hi: 1200,
    },
  ],
  channel: (minor) => (Math.abs(minor) > 500000 ? 'eft' : 'rtc'),
  chargesOut: (channel) =>
    channel === 'rtc'
      ? [{ text: 'FEE: IMMEDIATE PAYMENT', minor: -1000, kind: 'charge', traits: ['payment-fee'] }]
      : channel === 'eft'
        ? [{ text: 'FEE: EFT PAYMENT', minor: -650, kind: 'charge', traits: ['payment-fee'] }]
        : channel === 'debit-order'
          ? [{ text: 'FEE: DEBIT ORDER', minor: -450, kind: 'charge', traits: ['debit-order-fee'] }]
          : [],
  chargesPayroll: (n) => [{ text: 'FEE: SALARY BATCH', minor: -n * 350, kind: 'charge', traits: ['payment-fee'] }],
  chargesIn: (text, minor) =>
    text.startsWith('CASH DEPOSIT')
      ? [{ text: 'FEE: CASH DEPOSIT', minor: -round(minor * 0.012), kind: 'charge', traits: ['cash-deposit-fee'] }]
      : [],
  chargesCheque: () => [],
  monthEnd: (ctx) => [
    { text: 'NOTIFICATION FEES', minor: -70 * ctx.lineCount, kind: 'charge', traits: ['notification-fee'] },
    { text: 'MONTHLY ACCOUNT FEE', minor: -19500, kind: 'charge', traits: ['monthly-fee'] },
    { text: 'CREDIT INTEREST', minor: round((ctx.avgBalance * 0.035) / 12), kind: 'interest', traits: ['interest'] },
  ],
  interestOnLastDay: true,
  anonymousPayee: 'Cash sales',
};

export const SETS = [ng, gh, ke, za];
