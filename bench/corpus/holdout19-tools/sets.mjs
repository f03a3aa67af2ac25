// The four businesses: names, numbering, how each bank words its narrations and how each package books entries.
// Invented from knowledge of the banks' and packages' exports, not from the engine.
import { addDays, dec, dmy, dMonY, thou, MON } from './lib.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const cut = (s, n) => (s.length > n ? s.slice(0, n) : s);
const nameOf = (x, style) => (style === 'books' ? x.books.toUpperCase() : style === 'alt' ? x.alt : x.bank);
const joinRef = (name, ref, sep) => (ref ? `${name}${sep}${ref}` : name);

// ---------------------------------------------------------------- Nigeria: Unity Bank (XLSX) + Odoo 17 journal items
export const NG = {
  set: 'ng-unity-odoo',
  country: 'NG',
  cur: 'NGN',
  tz: 'Africa/Lagos',
  y: 2025,
  m: 6,
  company: 'ADUNNI FOODS PROCESSING LTD',
  acct: '0023456781',
  odooAccount: '101401 Unity Bank 0023456781',
  plan: {
    refAuto: 17,
    nameAuto: 6,
    nameDiff: 3,
    anon: 2,
    part: 2,
    wht: 3,
    split1n: 1,
    instalments: 1,
    settleBatch: 3,
    settleGrossFee: 2,
    settleNoId: 2,
    supRef: 8,
    supName: 3,
    chequesPresented: 2,
    chequesOpen: 2,
    inTransit: 2,
    unknownIn: 2,
    unrecordedOut: 2,
  },
  rcptRange: [180000, 3800000],
  payRange: [95000, 2600000],
  cardRange: [8000, 95000],
  invStart: 318,
  customers: [
    { books: 'Chukwuemeka Medical Stores Ltd', bank: 'CHUKWUEMEKA MEDICAL ST', alt: 'EMEKA OKONKWO' },
    { books: 'Alhaji Musa Bello & Sons', bank: 'ALH MUSA BELLO & SONS', alt: 'MB&S NIG ENT' },
    { books: 'Folake Adeyemi Ventures', bank: 'FOLAKE ADEYEMI VENTURE', alt: 'ADEYEMI FOLAKE OLUWAS' },
    { books: 'Ekiti Farmers Cooperative Society', bank: 'EKITI FARMERS COOP SOC', alt: 'EFCS MULTIPURPOSE' },
    { books: 'Grandmart Supermarkets Ltd', bank: 'GRANDMART SUPERMARKETS', alt: 'GRAND MART LEKKI' },
    { books: 'Oando Staff Canteen Services', bank: 'OANDO STAFF CANTEEN SE', alt: 'OSCS CATERING' },
    { books: 'Babatunde Olatunji Enterprises', bank: 'BABATUNDE OLATUNJI ENT', alt: 'B.O. ENTERPRISES' },
    { books: 'Kano Grains Trading Company', bank: 'KANO GRAINS TRADING CO', alt: 'IBRAHIM SANI DANLADI' },
    { books: 'Mama Cass Restaurants Ltd', bank: 'MAMA CASS RESTAURANTS', alt: 'MCR FOOD COURT ALLEN' },
    { books: 'Divine Favour Provisions Store', bank: 'DIVINE FAVOUR PROVISIO', alt: 'NKECHI EZE' },
    { books: 'Sahara Hospitality Group', bank: 'SAHARA HOSPITALITY GRP', alt: 'SHG ABUJA' },
    { books: 'Owerri Wholesale Foods Ltd', bank: 'OWERRI WHOLESALE FOODS', alt: 'OWF OWERRI' },
  ],
  suppliers: [
    { books: 'Flour Mills of Nigeria Plc', bank: 'FLOUR MILLS OF NIGERIA', pfx: 'FMN/SI/' },
    { books: 'Lagos Packaging Industries Ltd', bank: 'LAGOS PACKAGING IND', pfx: 'LPI-' },
    { books: 'Ikeja Electric Plc', bank: 'IKEJA ELECTRIC PLC', pfx: 'IE' },
    { books: 'Dangote Sugar Refinery Plc', bank: 'DANGOTE SUGAR REFINERY', pfx: 'DSR' },
    { books: 'Tolu Haulage Services', bank: 'TOLU HAULAGE SERVICES', pfx: 'THS/' },
    { books: 'Greenfield Palm Oil Mills', bank: 'GREENFIELD PALM OIL MI', pfx: 'GPO-' },
    { books: 'Ade Diesel Supplies Ltd', bank: 'ADE DIESEL SUPPLIES LT', pfx: 'ADS' },
    { books: 'Sterling Facility Managers', bank: 'STERLING FACILITY MAN', pfx: 'SFM/INV/' },
  ],
  invNo: (n) => `INV/2025/${pad(n, 5)}`,
  refWritings(inv) {
    const n = Number(inv.split('/')[2]);
    return [
      { text: inv, trait: 'ref-canonical' },
      { text: inv.toLowerCase(), trait: 'ref-lowercase' },
      { text: `INV 2025 ${pad(n, 5)}`, trait: 'ref-spaces' },
      { text: `INV-2025-${pad(n, 5)}`, trait: 'ref-slashes' },
      { text: `INV/2025/${n}`, trait: 'ref-no-padding' },
      { text: `INV2025${pad(n, 5)}`, trait: 'ref-year-serial-joined' },
      { text: `inv ${n}`, trait: 'ref-serial-only' },
      { text: `INVOICE NO ${n}`, trait: 'ref-serial-only' },
    ];
  },
  twoRefs: (r, a, b) => `${a} & ${b.split('/')[2].replace(/^0+/, '')}`,
  partWord: (r) => r.pick(['PART PAYMT', 'PART PAYMENT', 'PPT', '1ST INSTALMENT']),
  balWord: (r) => r.pick(['BAL OF', 'BALANCE', 'BAL PAYMT']),
  poNo: (r) => `LPO ${r.int(3100, 3999)}`,
  withholding: [
    { num: 5, den: 100, trait: 'short-withholding-tax-5pct', say: 'LESS 5% WHT' },
    { num: 10, den: 100, trait: 'short-withholding-tax-10pct', say: null },
  ],
  session(C, date) {
    const { r } = C;
    return `${r.pick(['000013', '000015', '000016', '100004', '090267'])}${date.slice(2).replace(/-/g, '')}${pad(r.int(70000, 235959), 6)}${r.digits(12)}`;
  },
  narrIn({ C, cust, refText, date, nameStyle }) {
    const { r } = C;
    const nm = nameOf(cust, nameStyle);
    const src = r.pick(['GTB', 'ZENITH', 'ACCESS', 'FBN', 'UBA', 'OPAY', 'MONIEPOINT', 'FCMB']);
    const k = r.int(0, 3);
    let text;
    if (k === 0) text = `NIP CR/${nm}/${refText ?? 'TRANSFER'}/${src}`;
    else if (k === 1) text = `NIP/${this.session(C, date)}/${nm}/${refText ?? 'PAYMENT'}`;
    else if (k === 2) text = `TRANSFER FROM ${nm}${refText ? ` - ${refText}` : ''}`;
    else text = `${src} TRF FRM ${nm}${refText ? ` ${refText}` : ''}`;
    return { text, reference: `S${r.digits(8)}` };
  },
  narrOut({ C, sup, refText, nameStyle }) {
    const nm = nameOf(sup, nameStyle);
    return { text: `NIP TRF TO ${nm}${refText ? `/${refText}` : '/PAYMENT'}`, reference: `S${C.r.digits(8)}` };
  },
  anonNarr(C) {
    return C.r.chance(0.5)
      ? `CASH DEPOSIT - ${C.r.pick(['IKEJA', 'ALLEN AVENUE', 'MARINA'])} BRANCH`
      : `NIP CR/080${C.r.digits(1)}****${C.r.digits(3)}/TRANSFER/OPAY`;
  },
  unknownNarr: (r) => r.pick([`NIP CR/TOCHUKWU A. NWOSU/FOR GOODS/PALMPAY`, `TRANSFER FROM KEHINDE ADEWALE - SUPPLY`]),
  cardNarr: (r) =>
    r.pick([
      `POS PURCHASE @ SHOPRITE IKEJA CITY MALL 2MPT0448`,
      `WEB PURCHASE - JUMIA NG - LAGOS`,
      `POS PURCHASE @ TOTALENERGIES ALLEN AVE`,
    ]),
  billNo(r, s) {
    const n = r.int(1200, 98000);
    const books = `${s.pfx}${n}`;
    const variants = [
      { bank: books, trait: 'ref-canonical' },
      { bank: `INV ${n}`, trait: 'ref-serial-only' },
      { bank: books.replace(/[/-]/g, ' ').trim(), trait: 'ref-spaces' },
    ];
    return { books, ...r.pick(variants) };
  },
  chequeNo: (n) => pad(n, 8),
  chequeNarr: (r, no) => `INWARD CLEARING CHQ NO ${no}`,
  chequeRef: (no) => no,
  failed(r, s, bill, d) {
    return {
      debit: `NIP TRF TO ${s.bank}/${bill.bank}`,
      reversal: `REVERSAL: NIP TRF TO ${s.bank}/${bill.bank}`,
      revDate: addDays(d, 1),
    };
  },
  settle: {
    range: [450000, 2900000],
    feePct: 150,
    trait: 'gateway-settlement',
    batchId: (r) => `${r.int(4100000, 4999999)}`,
    narr: (r, b) => `NIP CR/PAYSTACK PAYMENTS LIMITED/STLMT ${b}`,
    narrNoId: () => `NIP CR/PAYSTACK PAYMENTS LIMITED/SETTLEMENT`,
    ledGross: (b) => ({
      journal: 'MISC',
      partner: 'Paystack Payments Limited',
      label: `Paystack settlement ${b} - online sales`,
      ref: `PSTK ${b}`,
    }),
    ledFee: (b) => ({
      journal: 'MISC',
      partner: 'Paystack Payments Limited',
      label: `Paystack fees - settlement ${b}`,
      ref: `PSTK ${b}`,
    }),
    ledNoId: (d) => ({
      journal: 'MISC',
      partner: 'Paystack Payments Limited',
      label: `Paystack online sales ${dmy(d)}`,
      ref: '',
    }),
  },
  ledIn({ cust, inv, amount, date, memo }) {
    const m = inv ?? memo ?? null;
    return {
      journal: 'PBNK1',
      partner: cust.books,
      label: m ?? `Customer Payment ₦ ${thou(amount)} - ${cust.books} - ${usDate(date)}`,
      ref: m ?? '',
    };
  },
  ledOut({ sup, memo, amount, date }) {
    return {
      journal: 'PBNK1',
      partner: sup.books,
      label: memo ?? `Vendor Payment ₦ ${thou(amount)} - ${sup.books} - ${usDate(date)}`,
      ref: memo ?? '',
    };
  },
  ledCheque({ sup, no }) {
    return { journal: 'PBNK1', partner: sup.books, label: `Cheque ${no}`, ref: `CHQ ${no}` };
  },
  sweep: (C, d) => ({
    narr: `TRF TO ADUNNI FOODS CALL DEP A/C 0023456798 REF FD/2025/0${d.slice(8)}`,
    reference: `S${C.r.digits(8)}`,
    led: {
      journal: 'MISC',
      partner: '',
      label: `Internal transfer to 101402 Unity Call Deposit FD/2025/0${d.slice(8)}`,
      ref: `FD/2025/0${d.slice(8)}`,
    },
  }),
  outFees(C, line) {
    const a = Math.abs(line.amount);
    const fee = a <= 500000 ? 1000 : a <= 5000000 ? 2500 : 5000;
    C.after(line, -fee, 'COMMISSION ON NIP TRANSFER', {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['transfer-fee'],
    });
    C.after(line, -Math.round(fee * 0.075), 'VAT ON NIP COMMISSION', {
      decision: 'bank-only',
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
    });
  },
  payroll(C) {
    const { r } = C;
    const rrr = () => `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`;
    const vat = rrr();
    const wht = rrr();
    const out = [];
    out.push({
      date: C.day(25, 27),
      amount: C.amt(6800000, 7400000),
      narr: `BULK TRF - JUNE 2025 SALARIES - BATCH PAY2506`,
      led: { journal: 'MISC', partner: '', label: 'June 2025 net salaries - batch PAY2506', ref: 'PAY2506' },
      evidence: 'reference',
      traits: ['payroll'],
    });
    out.push({
      date: C.day(9, 10),
      amount: C.amt(610000, 690000),
      narr: `LIRS PAYE MAY 2025 - ADUNNI FOODS PROCESSING`,
      led: { journal: 'MISC', partner: 'Lagos State Internal Revenue Service', label: 'PAYE May 2025', ref: '' },
      evidence: 'counterparty',
      traits: ['statutory', 'name-only'],
    });
    out.push({
      date: C.day(19, 20),
      amount: C.amt(2100000, 2900000),
      narr: `REMITA/FIRS VAT MAY 2025/RRR ${vat}`,
      led: {
        journal: 'MISC',
        partner: 'Federal Inland Revenue Service',
        label: `VAT return May 2025 RRR ${vat.replace(/-/g, '')}`,
        ref: `RRR${vat.replace(/-/g, '')}`,
      },
      evidence: 'reference',
      traits: ['statutory', 'ref-spaces'],
    });
    out.push({
      date: C.day(19, 20),
      amount: C.amt(190000, 260000),
      narr: `REMITA/FIRS WHT MAY 2025/RRR ${wht}`,
      led: {
        journal: 'MISC',
        partner: 'Federal Inland Revenue Service',
        label: `WHT remittance May 2025 RRR ${wht.replace(/-/g, '')}`,
        ref: `RRR${wht.replace(/-/g, '')}`,
      },
      evidence: 'reference',
      traits: ['statutory'],
    });
    out.push({
      date: C.day(6, 8),
      amount: C.amt(880000, 990000),
      narr: `PENCOM SCHEDULE MAY25/ARM PENSION MGRS/PEN00412`,
      led: {
        journal: 'MISC',
        partner: 'ARM Pension Managers',
        label: 'Pension contributions May 2025 - schedule PEN00412',
        ref: 'PEN00412',
      },
      evidence: 'reference',
      traits: ['statutory'],
    });
    return out;
  },
  monthCharges(C) {
    // EMTL: ₦50 on each electronic receipt of ₦10,000 or more, posted once a day for that day's receipts
    const byDay = new Map();
    for (const b of C.bank) {
      if (
        b.amount >= 1000000 &&
        !b.text.startsWith('CASH DEPOSIT') &&
        b.t?.decision !== 'reversal-pair' &&
        !b.text.startsWith('REVERSAL')
      )
        byDay.set(b.date, (byDay.get(b.date) ?? 0) + 1);
    }
    for (const [d, n] of [...byDay].sort()) {
      const l = C.B(d, -5000 * n, `ELECTRONIC MONEY TRANSFER LEVY ${dmy(d, '-')}`);
      l.key = 0.99999;
      l.t = { decision: 'bank-only', kind: 'levy', traits: ['emtl'], evidence: 'amount' };
    }
    const last = C.last;
    const sms = C.B(last, -4 * 100 * C.bank.length, 'SMS ALERT CHARGES - JUN 2025');
    sms.t = { decision: 'bank-only', kind: 'charge', traits: ['sms-alert'], evidence: 'amount' };
    sms.key = 0.5;
    const debits = C.bank.filter((b) => b.amount < 0).reduce((s, b) => s - b.amount, 0);
    const amf = Math.round(debits / 1000);
    const a1 = C.B(last, -amf, 'ACCOUNT MAINTENANCE FEE - JUN 2025');
    a1.t = { decision: 'bank-only', kind: 'charge', traits: ['account-maintenance'], evidence: 'amount' };
    a1.key = 0.6;
    const a2 = C.after(a1, -Math.round(amf * 0.075), 'VAT ON ACCOUNT MAINTENANCE FEE', {
      decision: 'bank-only',
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
      evidence: 'amount',
    });
    void a2;
    const tok = C.B(C.day(3, 6), -250000, 'HARDWARE TOKEN REPLACEMENT FEE');
    tok.t = { decision: 'bank-only', kind: 'charge', traits: ['token-fee'], evidence: 'amount' };
    C.after(tok, -18750, 'VAT ON TOKEN FEE', {
      decision: 'bank-only',
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
      evidence: 'amount',
    });
  },
};
function usDate(d) {
  const [y, m, dd] = d.split('-');
  return `${m}/${dd}/${y}`;
}

// ---------------------------------------------------------------- Ghana: GTBank Ghana CSV + Sage 50 nominal activity
export const GH = {
  set: 'gh-gtbank-sage',
  country: 'GH',
  cur: 'GHS',
  tz: 'Africa/Accra',
  y: 2025,
  m: 7,
  company: 'NANA AKUA AGRO INPUTS LTD',
  acct: '2041061234110',
  plan: {
    refAuto: 20,
    nameAuto: 6,
    nameDiff: 3,
    anon: 3,
    part: 2,
    wht: 3,
    split1n: 1,
    instalments: 0,
    settleBatch: 4,
    settleGrossFee: 2,
    settleNoId: 2,
    supRef: 11,
    supName: 4,
    chequesPresented: 2,
    chequesOpen: 2,
    inTransit: 2,
    unknownIn: 2,
    unrecordedOut: 2,
  },
  rcptRange: [2400, 68000],
  payRange: [1800, 52000],
  cardRange: [150, 1900],
  invStart: 10342,
  customers: [
    { books: 'Kwame Asante Trading Enterprise', bank: 'KWAME ASANTE TRADING E', alt: 'K. ASANTE', code: 'KWAMEA01' },
    { books: 'Techiman Farmers Union', bank: 'TECHIMAN FARMERS UNION', alt: 'TFU TECHIMAN', code: 'TECHIM01' },
    { books: 'Abena Serwaa Agro Shop', bank: 'ABENA SERWAA AGRO SHOP', alt: 'SERWAA ABENA', code: 'ABENAS01' },
    { books: 'Volta Rice Growers Association', bank: 'VOLTA RICE GROWERS ASS', alt: 'VRGA HO', code: 'VOLTAR01' },
    { books: 'Savanna Grains Company Ltd', bank: 'SAVANNA GRAINS CO LTD', alt: 'ALHASSAN IDDRISU', code: 'SAVANN01' },
    { books: 'Brong Ahafo Cocoa Farmers Coop', bank: 'BRONG AHAFO COCOA FARM', alt: 'BACFC SUNYANI', code: 'BRONGA01' },
    { books: 'Ekumfi Pineapple Ventures', bank: 'EKUMFI PINEAPPLE VENTU', alt: 'KOFI ESSEL', code: 'EKUMFI01' },
    { books: 'Mensah & Daughters Agrochem', bank: 'MENSAH & DAUGHTERS AGR', alt: 'M&D AGROCHEM', code: 'MENSAH01' },
    { books: 'Northern Star Poultry Farms', bank: 'NORTHERN STAR POULTRY', alt: 'NSP FARMS TAMALE', code: 'NORTHE01' },
    { books: 'Ashanti Greenhouse Ltd', bank: 'ASHANTI GREENHOUSE LTD', alt: 'AG HOUSE KUMASI', code: 'ASHANT01' },
    { books: 'Akosombo Fish Farms', bank: 'AKOSOMBO FISH FARMS', alt: 'YAW TETTEH', code: 'AKOSOM01' },
  ],
  suppliers: [
    { books: 'Chemico Ghana Ltd', bank: 'CHEMICO GHANA LTD', code: 'CHEMIC01' },
    { books: 'Yara Ghana Ltd', bank: 'YARA GHANA LIMITED', code: 'YARAGH01' },
    { books: 'Wienco Ghana Ltd', bank: 'WIENCO GHANA LTD', code: 'WIENCO01' },
    { books: 'Electricity Company of Ghana', bank: 'ECG PREPAID', code: 'ELECTR01' },
    { books: 'Amanfo Transport Services', bank: 'AMANFO TRANSPORT SERV', code: 'AMANFO01' },
    { books: 'Golden Tree Packaging', bank: 'GOLDEN TREE PACKAGING', code: 'GOLDEN01' },
    { books: 'Agrimat Ghana Ltd', bank: 'AGRIMAT GHANA LTD', code: 'AGRIMA01' },
    { books: 'Sunyani Seed Company', bank: 'SUNYANI SEED COMPANY', code: 'SUNYAN01' },
  ],
  invNo: (n) => String(n),
  refWritings(inv) {
    return [
      { text: `INV ${inv}`, trait: 'ref-canonical' },
      { text: `inv${inv}`, trait: 'ref-lowercase' },
      { text: `INV-${inv}`, trait: 'ref-slashes' },
      { text: `INV NO. ${inv}`, trait: 'ref-spaces' },
      { text: `INVOICE ${inv}`, trait: 'ref-canonical' },
      { text: `${inv}`, trait: 'ref-serial-only' },
    ];
  },
  twoRefs: (r, a, b) => `INV ${a}/${b}`,
  partWord: (r) => r.pick(['PART PYMT', 'PART PAYMENT', 'PARTPAY']),
  balWord: (r) => r.pick(['BAL', 'BALANCE OF']),
  poNo: (r) => `PO${r.int(610, 690)}`,
  withholding: [
    { num: 3, den: 100, trait: 'short-withholding-tax-3pct', say: 'LESS 3% WHT' },
    { num: 75, den: 1000, trait: 'short-withholding-tax-7.5pct', say: null },
  ],
  narrIn({ C, cust, refText, nameStyle }) {
    const { r } = C;
    const nm = nameOf(cust, nameStyle);
    const k = r.int(0, 3);
    const src = r.pick(['ECOBANK', 'CAL BANK', 'GCB BANK', 'FIDELITY', 'STANBIC', 'ABSA GH']);
    if (k === 0)
      return {
        text: `GIP INSTANT PAY FRM ${nm}${refText ? ` ${refText}` : ''}`,
        reference: `GIP${r.digits(10)}`,
        branch: 'E-CHANNELS',
      };
    if (k === 1)
      return {
        text: `ACH CREDIT-${src}-${nm}${refText ? `-${refText}` : ''}`,
        reference: `ACH${r.digits(9)}`,
        branch: 'HEAD OFFICE',
      };
    if (k === 2)
      return {
        text: `TRANSFER FROM ${nm}${refText ? ` REF ${refText}` : ''}`,
        reference: `FT${r.digits(10)}`,
        branch: r.pick(['SPINTEX ROAD', 'KUMASI ADUM', 'TEMA']),
      };
    return {
      text: `MOMO TO BANK 02${r.digits(1)}****${r.digits(3)} ${nm}${refText ? ` ${refText}` : ''}`,
      reference: `MTB${r.digits(10)}`,
      branch: 'E-CHANNELS',
    };
  },
  narrOut({ C, sup, refText, nameStyle }) {
    const { r } = C;
    const nm = nameOf(sup, nameStyle);
    if (r.chance(0.5))
      return {
        text: `GIP TRANSFER TO ${nm}${refText ? ` ${refText}` : ''}`,
        reference: `GIP${r.digits(10)}`,
        branch: 'E-CHANNELS',
        chan: 'gip',
      };
    return {
      text: `ACH DEBIT TO ${nm}${refText ? `-${refText}` : ''}`,
      reference: `ACH${r.digits(9)}`,
      branch: 'HEAD OFFICE',
      chan: 'ach',
    };
  },
  anonNarr(C) {
    return C.r.chance(0.5)
      ? `CASH DEPOSIT BY ${C.r.pick(['SELF', 'DEPOSITOR'])}`
      : `MOMO TO BANK 024****${C.r.digits(3)}`;
  },
  unknownNarr: (r) => r.pick(['GIP INSTANT PAY FRM EBENEZER QUAYE PAYMENT', 'MOMO TO BANK 055****903 MAWULI DZIFA']),
  cardNarr: (r) =>
    r.pick(['POS PURCHASE - MELCOM ACHIMOTA', 'POS PURCHASE - SHELL SPINTEX', 'WEB PURCHASE - JUMIA GH']),
  billNo(r, s) {
    const n = r.int(2100, 88000);
    const books = `${s.code.slice(0, 3)}-${n}`;
    return r.pick([
      { books, bank: books, trait: 'ref-canonical' },
      { books, bank: `INV ${n}`, trait: 'ref-serial-only' },
      { books, bank: `${s.code.slice(0, 3)}${n}`, trait: 'ref-no-padding' },
    ]);
  },
  chequeNo: (n) => pad(n, 6),
  chequeNarr: (r, no) => `CHQ NO ${no} - INWARD CLEARING`,
  chequeRef: (no) => `CHQ${no}`,
  failed(r, s, bill, d) {
    return {
      debit: `GIP TRANSFER TO ${s.bank} ${bill.bank}`,
      reversal: `REVERSAL - GIP TRANSFER TO ${s.bank} ${bill.bank}`,
      revDate: d,
    };
  },
  settle: {
    range: [3200, 24000],
    feePct: 100,
    trait: 'mobile-money-settlement',
    batchId: (r) => `MS${r.digits(8)}`,
    narr: (r, b) => `TELECEL CASH MERCHANT SETTLEMENT ${b}`,
    narrNoId: () => `TELECEL CASH MERCHANT SETTLEMENT`,
    ledGross: (b) => ({ type: 'BR', account: '1200', ref: b, details: `Telecel Cash merchant sales ${b}` }),
    ledFee: (b) => ({ type: 'BP', account: '1200', ref: b, details: `Telecel Cash merchant fee ${b}` }),
    ledNoId: (d) => ({ type: 'BR', account: '1200', ref: '', details: `Telecel Cash sales w/e ${dmy(d)}` }),
  },
  ledIn({ cust, inv, memo }) {
    const m = inv ?? memo ?? null;
    if (inv) return { type: 'SR', account: cust.code, ref: inv, details: `${cust.books} inv ${inv}` };
    return { type: 'SA', account: cust.code, ref: m ?? '', details: m ? `${cust.books} ${m}` : cust.books };
  },
  ledOut({ sup, memo }) {
    return { type: 'PP', account: sup.code, ref: memo ?? '', details: memo ? `${sup.books} ${memo}` : sup.books };
  },
  ledCheque({ sup, no }) {
    return { type: 'PP', account: sup.code, ref: no, details: `${sup.books} chq ${no}` };
  },
  sweep: (C, d) => ({
    narr: `TRANSFER TO GTB CALL ACCOUNT 2041061234150 TRF${d.slice(5, 7)}${d.slice(8)}`,
    reference: `FT${C.r.digits(10)}`,
    led: {
      type: 'JC',
      account: '1200',
      ref: `TRF${d.slice(5, 7)}${d.slice(8)}`,
      details: 'Transfer to GTB call account 1210',
    },
  }),
  outFees(C, line) {
    if (line.text.startsWith('GIP'))
      C.after(line, -800, 'GIP TRANSFER CHARGES', { decision: 'bank-only', kind: 'charge', traits: ['transfer-fee'] });
    else if (line.text.startsWith('ACH'))
      C.after(line, -500, 'ACH TRANSFER CHARGES', { decision: 'bank-only', kind: 'charge', traits: ['transfer-fee'] });
  },
  chequeFees(C, line) {
    C.after(line, -300, 'CLEARING CHARGES', { decision: 'bank-only', kind: 'charge', traits: ['clearing-fee'] });
  },
  payroll(C) {
    const out = [];
    out.push({
      date: C.day(25, 28),
      amount: C.amt(61000, 69000),
      narr: 'SALARY PAYMENT JULY 2025 BULK SAL0725',
      led: { type: 'BP', account: '1200', ref: 'SAL0725', details: 'Net salaries July 2025' },
      evidence: 'reference',
      traits: ['payroll'],
      fees: false,
    });
    out.push({
      date: C.day(14, 15),
      amount: C.amt(9100, 9900),
      narr: 'GRA PAYE JUN 2025 TIN C0004512398',
      led: { type: 'BP', account: '1200', ref: 'PAYE JUN25', details: 'GRA PAYE June 2025' },
      evidence: 'counterparty',
      traits: ['statutory'],
      fees: false,
    });
    out.push({
      date: C.day(11, 14),
      amount: C.amt(8400, 8900),
      narr: 'SSNIT CONTRIBUTION JUN 2025 ER NO 0117834',
      led: { type: 'BP', account: '1200', ref: 'ER0117834', details: 'SSNIT Tier 1 June 2025' },
      evidence: 'counterparty',
      traits: ['statutory', 'name-only'],
      fees: false,
    });
    out.push({
      date: C.day(11, 14),
      amount: C.amt(3100, 3400),
      narr: 'GIP TRANSFER TO PETRA TRUST CO TIER 2 JUN25',
      led: { type: 'BP', account: '1200', ref: 'T2 JUN25', details: 'Petra Trust Tier 2 June 2025' },
      evidence: 'counterparty',
      traits: ['statutory'],
      fees: true,
    });
    out.push({
      date: C.day(28, 31),
      amount: C.amt(14000, 19000),
      narr: 'GRA VAT/NHIL RETURN JUN 2025 TIN C0004512398',
      led: { type: 'BP', account: '1200', ref: 'VAT JUN25', details: 'GRA VAT & levies return June 2025' },
      evidence: 'counterparty',
      traits: ['statutory'],
      fees: false,
    });
    return out;
  },
  monthCharges(C) {
    const last = C.last;
    const mk = (d, a, text, kind, trait, key) => {
      const l = C.B(d, a, text);
      l.t = { decision: 'bank-only', kind, traits: [trait], evidence: 'amount' };
      if (key !== undefined) l.key = key;
      return l;
    };
    mk(last, -1000, 'SMS ALERT CHARGES JUL 2025', 'charge', 'sms-alert', 0.5);
    mk(last, -3500, 'ACCOUNT MAINTENANCE FEE JUL 2025', 'charge', 'account-maintenance', 0.6);
    const debits = C.bank.filter((b) => b.amount < 0).reduce((s, b) => s - b.amount, 0);
    mk(last, -Math.round(debits * 0.0005), 'COT CHARGES JUL 2025', 'charge', 'cot', 0.7);
    const intr = 1842 + C.r.int(0, 900);
    mk(last, intr, 'CREDIT INTEREST JUL 2025', 'interest', 'interest', 0.8);
    mk(last, -Math.round(intr * 0.08), 'WITHHOLDING TAX ON INTEREST', 'tax', 'wht-on-interest', 0.81);
    mk(C.day(8, 10), -12000, 'CHEQUE BOOK CHARGES 50 LEAVES', 'charge', 'cheque-book');
  },
};

// ---------------------------------------------------------------- Kenya: Ecobank Kenya CSV + Zoho Books account transactions
export const KE = {
  set: 'ke-ecobank-zoho',
  country: 'KE',
  cur: 'KES',
  tz: 'Africa/Nairobi',
  y: 2025,
  m: 8,
  company: 'MWANGAZA OFFICE SUPPLIES LIMITED',
  acct: '6512000123456',
  zohoAccount: 'Ecobank Current A/C',
  plan: {
    refAuto: 18,
    nameAuto: 6,
    nameDiff: 3,
    anon: 2,
    part: 2,
    wht: 3,
    split1n: 1,
    instalments: 1,
    settleBatch: 4,
    settleGrossFee: 2,
    settleNoId: 2,
    supRef: 8,
    supName: 3,
    chequesPresented: 2,
    chequesOpen: 2,
    inTransit: 2,
    unknownIn: 2,
    unrecordedOut: 2,
  },
  rcptRange: [18000, 640000],
  payRange: [12000, 480000],
  cardRange: [1200, 24000],
  invStart: 214,
  customers: [
    { books: 'Kamau Hardware Ltd', bank: 'KAMAU HARDWARE LTD', alt: 'JOHN KAMAU NJOROGE' },
    { books: 'Twiga Stationers & Printers', bank: 'TWIGA STATIONERS & PRI', alt: 'TSP LTD' },
    { books: 'Nairobi Hospital Procurement', bank: 'THE NAIROBI HOSPITAL', alt: 'TNH ACCOUNTS PAYABLE' },
    { books: 'Rift Valley Academy Bursar', bank: 'RIFT VALLEY ACADEMY', alt: 'RVA KIJABE' },
    { books: 'Mombasa Cement Distributors', bank: 'MOMBASA CEMENT DISTRIB', alt: 'MCD LTD' },
    { books: 'Wanjiku & Partners Advocates', bank: 'WANJIKU & PARTNERS ADV', alt: 'GRACE WANJIKU MWANGI' },
    { books: 'Kisumu Lakeside Hotel', bank: 'KISUMU LAKESIDE HOTEL', alt: 'KLH KISUMU' },
    { books: 'Savannah Logistics Kenya', bank: 'SAVANNAH LOGISTICS KEN', alt: 'SLK LTD' },
    { books: 'Baraka Supermarket Ltd', bank: 'BARAKA SUPERMARKET LTD', alt: 'BARAKA SM THIKA' },
    { books: 'Ndovu Schools Trust', bank: 'NDOVU SCHOOLS TRUST', alt: 'NST BURSARY' },
    { books: 'Jomo Kenyatta Foundation Shop', bank: 'JOMO KENYATTA FOUNDATI', alt: 'JKF SHOP' },
  ],
  suppliers: [
    { books: 'Kenya Power & Lighting Co', bank: 'KPLC', pfx: 'KP' },
    { books: 'Chandaria Industries Ltd', bank: 'CHANDARIA INDUSTRIES', pfx: 'CI/' },
    { books: 'Printing Services Kenya Ltd', bank: 'PRINTING SERVICES KENY', pfx: 'PSK-' },
    { books: 'Kartasi Brands Ltd', bank: 'KARTASI BRANDS LTD', pfx: 'KB' },
    { books: 'Sameer Africa Ltd', bank: 'SAMEER AFRICA LTD', pfx: 'SA-INV-' },
    { books: 'Fargo Courier Ltd', bank: 'FARGO COURIER LTD', pfx: 'FC' },
    { books: 'Haco Industries Kenya', bank: 'HACO INDUSTRIES KENYA', pfx: 'HIK/' },
    { books: 'Safaricom PLC', bank: 'SAFARICOM PLC', pfx: 'SFC' },
  ],
  invNo: (n) => `INV-${pad(n, 6)}`,
  refWritings(inv) {
    const n = Number(inv.slice(4));
    return [
      { text: inv, trait: 'ref-canonical' },
      { text: inv.toLowerCase(), trait: 'ref-lowercase' },
      { text: `INV ${pad(n, 6)}`, trait: 'ref-spaces' },
      { text: `INV-${n}`, trait: 'ref-no-padding' },
      { text: `INV${pad(n, 6)}`, trait: 'ref-canonical' },
      { text: `inv ${n}`, trait: 'ref-serial-only' },
      { text: `INV/${pad(n, 6)}`, trait: 'ref-slashes' },
    ];
  },
  twoRefs: (r, a, b) => `${a} ${b}`,
  partWord: (r) => r.pick(['PART PMT', 'PART PAYMENT', 'DEPOSIT']),
  balWord: (r) => r.pick(['BAL', 'BALANCE', 'FINAL PMT']),
  poNo: (r) => `LPO NO ${r.int(5200, 5999)}`,
  withholding: [
    { num: 2, den: 116, trait: 'short-withholding-vat-2pct', say: 'NET OF WHVAT' },
    { num: 5, den: 1000, trait: 'short-withholding-tax-0.5pct', say: null },
  ],
  narrIn({ C, cust, refText, nameStyle }) {
    const { r } = C;
    const nm = nameOf(cust, nameStyle);
    const k = r.int(0, 3);
    const src = r.pick(['KCB', 'EQUITY', 'COOP BANK', 'NCBA', 'STANBIC', 'ABSA KE', 'I&M']);
    const ref = `${r.pick(['001', '011', '045'])}FTPL${r.digits(9)}`;
    if (k === 0) return { text: joinRef(`PESALINK CR ${nm}`, refText, ' '), reference: ref };
    if (k === 1) return { text: joinRef(`RTGS CR/${src}/${nm}`, refText, '/'), reference: ref.replace('FTPL', 'RTGS') };
    if (k === 2) return { text: joinRef(`EFT CR ${src} ${nm}`, refText, ' '), reference: ref.replace('FTPL', 'EFTC') };
    return { text: joinRef(`ACCOUNT TRANSFER FROM ${nm}`, refText, ' '), reference: ref.replace('FTPL', 'FTIN') };
  },
  narrOut({ C, sup, refText, nameStyle }) {
    const { r } = C;
    const nm = nameOf(sup, nameStyle);
    return { text: joinRef(`PESALINK DR ${nm}`, refText, ' '), reference: `001FTPL${r.digits(9)}` };
  },
  anonNarr(C) {
    return C.r.chance(0.5)
      ? `CASH DEPOSIT ${C.r.pick(['WESTLANDS', 'NAIROBI CBD', 'MOMBASA RD'])} BRANCH`
      : `MPESA C2B 2547******${C.r.digits(2)} TO A/C ${this.acct.slice(-4)}`;
  },
  unknownNarr: (r) => r.pick(['PESALINK CR PETER OTIENO ODHIAMBO', 'EFT CR EQUITY ZAWADI MUTHONI']),
  cardNarr: (r) =>
    r.pick(['POS PURCHASE NAIVAS WESTLANDS', 'CARD PURCHASE GOOGLE*WORKSPACE', 'POS PURCHASE TOTALENERGIES LANGATA']),
  billNo(r, s) {
    const n = r.int(1200, 91000);
    const books = `${s.pfx}${n}`;
    return r.pick([
      { books, bank: books, trait: 'ref-canonical' },
      { books, bank: `INV ${n}`, trait: 'ref-serial-only' },
      { books, bank: books.toLowerCase(), trait: 'ref-lowercase' },
    ]);
  },
  chequeNo: (n) => pad(n, 6),
  chequeNarr: (r, no) => `CHQ ${no} PAID INWARD CLEARING`,
  chequeRef: (no) => `CHQ${no}`,
  failed(r, s, bill, d) {
    return {
      debit: `PESALINK DR ${s.bank} ${bill.bank}`,
      reversal: `PESALINK REVERSAL ${s.bank} ${bill.bank}`,
      revDate: addDays(d, 1),
    };
  },
  settle: {
    range: [26000, 190000],
    feePct: 55,
    trait: 'mobile-money-settlement',
    batchId: (r) =>
      `T${r.pick(['H', 'J', 'K'])}${r.digits(1)}${r.pick(['A', 'B', 'K', 'Q', 'X'])}${r.digits(2)}${r.pick(['P', 'R', 'Z'])}${r.digits(1)}${r.pick(['M', 'W'])}`,
    narr: (r, b) => `MPESA SETTLEMENT TILL 5123478 ${b}`,
    narrNoId: () => `MPESA SETTLEMENT TILL 5123478`,
    ledGross: (b) => ({ type: 'Deposit', details: 'Safaricom M-PESA Till 5123478', no: '', ref: b }),
    ledFee: (b) => ({ type: 'Expense', details: 'Safaricom M-PESA Till 5123478', no: '', ref: b }),
    ledNoId: (d) => ({
      type: 'Deposit',
      details: 'Safaricom M-PESA Till 5123478',
      no: '',
      ref: `Till sales ${dmy(d)}`,
    }),
  },
  ledIn({ C, cust, inv, memo }) {
    C.pmt = (C.pmt ?? 140) + 1;
    return { type: 'Customer Payment', details: cust.books, no: String(C.pmt), ref: inv ?? memo ?? '' };
  },
  ledOut({ C, sup, memo }) {
    C.vp = (C.vp ?? 60) + 1;
    return { type: 'Vendor Payment', details: sup.books, no: String(C.vp), ref: memo ?? '' };
  },
  ledCheque({ C, sup, no }) {
    C.vp = (C.vp ?? 60) + 1;
    return { type: 'Vendor Payment', details: sup.books, no: String(C.vp), ref: `Chq ${no}` };
  },
  sweep: (C, d) => ({
    narr: `OWN ACCOUNT TRANSFER TO 6512000123499 FIXED DEPOSIT FD-${d.slice(5, 7)}${d.slice(8)}`,
    reference: `001FTIN${C.r.digits(9)}`,
    led: {
      type: 'Transfer Fund',
      details: 'Ecobank Fixed Deposit A/C',
      no: '',
      ref: `FD-${d.slice(5, 7)}${d.slice(8)}`,
    },
  }),
  outFees(C, line) {
    const a = Math.abs(line.amount);
    const fee = a > 99999900 ? 50000 : a > 10000000 ? 10000 : 5500;
    C.after(line, -fee, 'PESALINK CHARGES', { decision: 'bank-only', kind: 'charge', traits: ['transfer-fee'] });
    C.after(line, -Math.round(fee * 0.2), 'EXCISE DUTY ON CHARGES', {
      decision: 'bank-only',
      kind: 'fee-vat',
      traits: ['excise-on-fee'],
    });
  },
  chequeFees(C, line) {
    C.after(line, -20000, 'CHEQUE PROCESSING FEE', { decision: 'bank-only', kind: 'charge', traits: ['clearing-fee'] });
    C.after(line, -4000, 'EXCISE DUTY ON CHARGES', {
      decision: 'bank-only',
      kind: 'fee-vat',
      traits: ['excise-on-fee'],
    });
  },
  payroll(C) {
    const { r } = C;
    const prn = () => `2025${r.digits(9)}`;
    const p1 = prn();
    const p2 = prn();
    const p3 = prn();
    const out = [];
    out.push({
      date: C.day(26, 28),
      amount: C.amt(1380000, 1490000),
      narr: 'BULK PAYMENT SALARIES AUG 2025 REF SAL-AUG25',
      led: { type: 'Journal', details: 'Net salaries August 2025', no: 'JV-0088', ref: 'SAL-AUG25' },
      evidence: 'reference',
      traits: ['payroll'],
    });
    out.push({
      date: C.day(7, 8),
      amount: C.amt(212000, 239000),
      narr: `KRA PAYMENT PRN ${p1} PAYE`,
      led: { type: 'Expense', details: 'Kenya Revenue Authority', no: '', ref: `PRN ${p1} PAYE Jul` },
      evidence: 'reference',
      traits: ['statutory'],
    });
    out.push({
      date: C.day(18, 19),
      amount: C.amt(155000, 199000),
      narr: `KRA PAYMENT PRN ${p2} VAT`,
      led: { type: 'Expense', details: 'Kenya Revenue Authority', no: '', ref: `VAT Jul 2025 PRN${p2}` },
      evidence: 'reference',
      traits: ['statutory'],
    });
    out.push({
      date: C.day(7, 8),
      amount: C.amt(31000, 34000),
      narr: `KRA PAYMENT PRN ${p3} AHL`,
      led: { type: 'Expense', details: 'Kenya Revenue Authority', no: '', ref: `Housing levy Jul PRN ${p3}` },
      evidence: 'reference',
      traits: ['statutory'],
    });
    out.push({
      date: C.day(8, 9),
      amount: C.amt(41000, 46000),
      narr: 'SOCIAL HEALTH AUTHORITY SHIF JUL 2025 EMP 0047211',
      led: { type: 'Expense', details: 'Social Health Authority', no: '', ref: 'SHIF July 2025' },
      evidence: 'counterparty',
      traits: ['statutory', 'name-only'],
    });
    out.push({
      date: C.day(8, 9),
      amount: C.amt(18000, 21000),
      narr: 'NSSF CONTRIBUTIONS JUL 2025 EMP 0047211',
      led: { type: 'Expense', details: 'NSSF', no: '', ref: 'NSSF July 2025' },
      evidence: 'counterparty',
      traits: ['statutory'],
    });
    return out;
  },
  monthCharges(C) {
    const last = C.last;
    const mk = (d, a, text, kind, trait, key) => {
      const l = C.B(d, a, text);
      l.t = { decision: 'bank-only', kind, traits: [trait], evidence: 'amount' };
      if (key !== undefined) l.key = key;
      return l;
    };
    mk(last, -100000, 'LEDGER FEES AUG 2025', 'charge', 'ledger-fee', 0.5);
    mk(last, -20000, 'EXCISE DUTY ON LEDGER FEES', 'fee-vat', 'excise-on-fee', 0.51);
    mk(last, -15000, 'SMS BANKING CHARGES AUG 2025', 'charge', 'sms-alert', 0.6);
    mk(last, -3000, 'EXCISE DUTY ON SMS CHARGES', 'fee-vat', 'excise-on-fee', 0.61);
  },
};

// ---------------------------------------------------------------- South Africa: Ubank CSV + Xero account transactions
export const ZA = {
  set: 'za-ubank-xero',
  country: 'ZA',
  cur: 'ZAR',
  tz: 'Africa/Johannesburg',
  y: 2025,
  m: 9,
  company: 'THANDEKA EVENTS (PTY) LTD',
  acct: '9012345678',
  xeroAccount: 'Ubank Business Account',
  plan: {
    refAuto: 21,
    nameAuto: 6,
    nameDiff: 3,
    anon: 2,
    part: 2,
    wht: 3,
    split1n: 1,
    instalments: 0,
    settleBatch: 4,
    settleGrossFee: 2,
    settleNoId: 2,
    supRef: 11,
    supName: 5,
    chequesPresented: 0,
    chequesOpen: 0,
    inTransit: 3,
    unknownIn: 2,
    unrecordedOut: 3,
  },
  rcptRange: [3200, 118000],
  payRange: [1900, 86000],
  cardRange: [120, 2400],
  invStart: 1187,
  customers: [
    { books: 'Motaung Catering CC', bank: 'MOTAUNG CATERING', alt: 'T MOTAUNG' },
    { books: 'Sandton Conference Centre', bank: 'SANDTON CONF CENTRE', alt: 'SCC EVENTS' },
    { books: 'Nkosi Wedding Planners', bank: 'NKOSI WEDDING PLANNERS', alt: 'ZANELE NKOSI' },
    { books: 'University of Johannesburg', bank: 'UNIV OF JOHANNESBURG', alt: 'UJ FINANCE' },
    { books: 'Rand Water Social Club', bank: 'RAND WATER SOCIAL CLUB', alt: 'RWSC' },
    { books: 'Ubuntu Funeral Services', bank: 'UBUNTU FUNERAL SERVICE', alt: 'UFS SOWETO' },
    { books: 'Mokoena Family Trust', bank: 'MOKOENA FAMILY TRUST', alt: 'MR L MOKOENA' },
    { books: 'Soweto Jazz Festival NPC', bank: 'SOWETO JAZZ FESTIVAL', alt: 'SJF NPC' },
    { books: 'Pretoria Rotary Club', bank: 'PRETORIA ROTARY CLUB', alt: 'ROTARY PTA' },
    { books: 'Khumalo Attorneys Inc', bank: 'KHUMALO ATTORNEYS INC', alt: 'KHUMALO ATT' },
    { books: 'Gauteng Tourism Authority', bank: 'GAUTENG TOURISM AUTHOR', alt: 'GTA' },
  ],
  suppliers: [
    { books: 'Party Hire Gauteng', bank: 'PARTY HIRE GAUTENG', pfx: 'PHG' },
    { books: 'Makro Woodmead', bank: 'MAKRO WOODMEAD', pfx: 'MW-' },
    { books: 'City Power Johannesburg', bank: 'CITY POWER JHB', pfx: 'CP' },
    { books: 'Tent Masters SA', bank: 'TENT MASTERS SA', pfx: 'TM' },
    { books: 'Flower Market Multiflora', bank: 'MULTIFLORA', pfx: 'MF/' },
    { books: 'Sound & Light Africa', bank: 'SOUND AND LIGHT AFRICA', pfx: 'SLA-' },
    { books: 'Bidvest Waltons', bank: 'BIDVEST WALTONS', pfx: 'BW' },
    { books: 'Imperial Fleet Rentals', bank: 'IMPERIAL FLEET RENTALS', pfx: 'IFR' },
  ],
  invNo: (n) => `INV-${pad(n, 4)}`,
  refWritings(inv) {
    const n = inv.slice(4);
    return [
      { text: inv, trait: 'ref-canonical' },
      { text: inv.toLowerCase(), trait: 'ref-lowercase' },
      { text: `INV ${n}`, trait: 'ref-spaces' },
      { text: `INV${n}`, trait: 'ref-canonical' },
      { text: `${n}`, trait: 'ref-serial-only' },
      { text: `INV/${n}`, trait: 'ref-slashes' },
    ];
  },
  twoRefs: (r, a, b) => `${a} ${b.slice(4)}`,
  partWord: (r) => r.pick(['DEP', 'DEPOSIT', 'PART PMT']),
  balWord: (r) => r.pick(['BAL', 'BALANCE']),
  poNo: (r) => `PO${r.int(7700, 7999)}`,
  withholding: [
    { num: 25, den: 1000, trait: 'short-early-settlement-discount-2.5pct', say: 'LESS 2.5% DISC' },
    { num: 5, den: 100, trait: 'short-retention-5pct', say: null },
  ],
  narrIn({ C, cust, refText, nameStyle }) {
    const { r } = C;
    const nm = cut(nameOf(cust, nameStyle), 22);
    const k = r.int(0, 3);
    if (k === 0) return { text: 'CREDIT TRANSFER', reference: joinRef(nm, refText, ' ') };
    if (k === 1) return { text: 'IB TRANSFER FROM', reference: joinRef(nm, refText, ' ') };
    if (k === 2) return { text: 'REAL TIME CREDIT', reference: joinRef(nm, refText, ' ') };
    return { text: 'MAGTAPE CREDIT', reference: joinRef(nm, refText, ' ') };
  },
  narrOut({ C, sup, refText, nameStyle }) {
    const nm = cut(nameOf(sup, nameStyle), 22);
    return { text: C.r.chance(0.8) ? 'IB PAYMENT TO' : 'IMMEDIATE PAYMENT TO', reference: joinRef(nm, refText, ' ') };
  },
  anonNarr(C) {
    return C.r.chance(0.5)
      ? { text: 'CASH DEPOSIT', reference: `BRANCH ${C.r.pick(['ROSEBANK', 'MARSHALLTOWN'])}` }
      : { text: 'ATM CASH DEPOSIT', reference: `ATM ${C.r.digits(6)}` };
  },
  unknownNarr: (r) =>
    r.pick([
      { text: 'CREDIT TRANSFER', reference: 'S NDLOVU DEPOSIT' },
      { text: 'REAL TIME CREDIT', reference: 'PAYSHAP 072***4410' },
    ]),
  cardNarr: (r) =>
    r.pick([
      { text: 'CARD PURCHASE', reference: 'WOOLWORTHS ROSEBANK 4512*7781' },
      { text: 'CARD PURCHASE', reference: 'ENGEN SANDTON 4512*7781' },
      { text: 'DIGITAL PAYMENT', reference: 'UBER TRIP 4512*7781' },
    ]),
  billNo(r, s) {
    const n = r.int(1200, 98000);
    const books = `${s.pfx}${n}`;
    return r.pick([
      { books, bank: books, trait: 'ref-canonical' },
      { books, bank: `${n}`, trait: 'ref-serial-only' },
    ]);
  },
  chequeNo: (n) => pad(n, 6),
  failed(r, s, bill, d) {
    return {
      debit: 'IB PAYMENT TO',
      reference: `${cut(s.bank, 22)} ${bill.bank}`,
      reversal: 'UNPAID IB PAYMENT',
      revReference: `${cut(s.bank, 22)} ${bill.bank}`,
      revDate: addDays(d, weekday5(d) ? 3 : 1),
    };
  },
  settle: {
    range: [4200, 38000],
    feePct: 295,
    trait: 'card-settlement',
    batchId: (r) => `${r.digits(7)}`,
    narr: () => 'YOCO PAYOUT',
    bankRef: (r, b) => `YOCO ${b}`,
    narrNoId: () => 'YOCO PAYOUT',
    ledGross: (b) => ({ source: 'Receive Money', desc: `Yoco - card sales payout ${b}`, ref: `YOCO ${b}` }),
    ledFee: (b) => ({ source: 'Spend Money', desc: `Yoco - transaction fees payout ${b}`, ref: `YOCO ${b}` }),
    ledNoId: (d) => ({
      source: 'Receive Money',
      desc: `Yoco - card sales ${d.slice(8)} ${MON[Number(d.slice(5, 7)) - 1]}`,
      ref: '',
    }),
  },
  ledIn({ cust, inv, memo }) {
    if (inv) return { source: 'Receivable Payment', desc: `Payment: ${cust.books}`, ref: inv };
    return { source: 'Receive Money', desc: cust.books, ref: memo ?? '' };
  },
  ledOut({ sup, memo }) {
    if (memo) return { source: 'Payable Payment', desc: `Payment: ${sup.books}`, ref: memo };
    return { source: 'Spend Money', desc: sup.books, ref: '' };
  },
  sweep: (C, d) => ({
    narr: 'IB TRANSFER TO',
    reference: `UBANK SAVINGS 9012345690 SAV${d.slice(5, 7)}${d.slice(8)}`,
    led: {
      source: 'Bank Transfer',
      desc: 'Bank Transfer to Ubank Savings Pocket',
      ref: `SAV${d.slice(5, 7)}${d.slice(8)}`,
    },
  }),
  outFees(C, line) {
    const rtc = line.text.startsWith('IMMEDIATE');
    C.after(line, rtc ? -5000 : -850, rtc ? 'IMMEDIATE PAYMENT FEE' : 'EFT PAYMENT FEE', {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['transfer-fee'],
    });
  },
  inFees(C, line) {
    if (line.text.includes('CASH DEPOSIT'))
      C.after(line, -Math.max(2500, Math.round(line.amount * 0.0125)), 'CASH DEPOSIT FEE', {
        decision: 'bank-only',
        kind: 'charge',
        traits: ['cash-deposit-fee'],
      });
  },
  payroll(C) {
    const { r } = C;
    const prn = `${7}${r.digits(9)}LC${r.digits(4)}`;
    const vat = `${4}${r.digits(9)}`;
    const out = [];
    out.push({
      date: C.day(25, 25),
      amount: C.amt(182000, 196000),
      narr: 'IB PAYMENT TO',
      reference: 'SALARIES SEP 2025 BATCH',
      led: { source: 'Spend Money', desc: 'Net salaries September 2025', ref: 'SALARIES SEP 2025' },
      evidence: 'reference',
      traits: ['payroll'],
      fees: true,
    });
    out.push({
      date: C.day(5, 7),
      amount: C.amt(41000, 46000),
      narr: 'SARS EFILING PAYMENT',
      reference: `EMP201 ${prn}`,
      led: { source: 'Spend Money', desc: 'SARS - EMP201 August 2025 (PAYE/UIF/SDL)', ref: prn },
      evidence: 'reference',
      traits: ['statutory'],
    });
    out.push({
      date: C.day(24, 25),
      amount: C.amt(36000, 52000),
      narr: 'SARS EFILING PAYMENT',
      reference: `VAT201 ${vat}0825`,
      led: { source: 'Spend Money', desc: 'SARS - VAT201 Jul-Aug 2025', ref: `VAT ${vat} 0825` },
      evidence: 'reference',
      traits: ['statutory', 'ref-spaces'],
    });
    out.push({
      date: C.day(1, 3),
      amount: C.amt(2900, 3600),
      narr: 'DEBIT ORDER',
      reference: 'DISCOVERY HEALTH 0812345',
      led: { source: 'Spend Money', desc: 'Discovery Health', ref: 'Medical aid Sep' },
      evidence: 'counterparty',
      traits: ['debit-order', 'name-only'],
    });
    out.push({
      date: C.day(1, 3),
      amount: C.amt(1100, 1600),
      narr: 'DEBIT ORDER',
      reference: 'SANTAM INS 44781290',
      led: { source: 'Spend Money', desc: 'Santam Insurance', ref: 'Policy 44781290' },
      evidence: 'reference',
      traits: ['debit-order'],
    });
    return out;
  },
  monthCharges(C) {
    const last = C.last;
    const mk = (d, a, text, kind, trait, key) => {
      const l = C.B(d, a, text);
      l.t = { decision: 'bank-only', kind, traits: [trait], evidence: 'amount' };
      if (key !== undefined) l.key = key;
      return l;
    };
    mk(last, -19500, 'MONTHLY ACCOUNT FEE', 'charge', 'monthly-fee', 0.5);
    mk(last, -3540, 'SMS NOTIFICATION FEES', 'charge', 'sms-alert', 0.6);
    mk(last, 1000 + C.r.int(0, 3000), 'CREDIT INTEREST', 'interest', 'interest', 0.7);
    mk(C.day(10, 12), -1200, 'STATEMENT FEE', 'charge', 'statement-fee');
  },
};
function weekday5(d) {
  const [y, m, dd] = d.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, dd)).getUTCDay() === 5;
}
void dec;
void dMonY;
