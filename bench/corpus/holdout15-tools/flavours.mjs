// The four countries: names, wording of the bank and the books, and the country-specific scenarios.
import { pct } from './lib.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const swapLast = (s) => s.slice(0, -2) + s.slice(-1) + s.slice(-2, -1);
const dbl = (s) => s.slice(0, -1) + s.slice(-2, -1) + s.slice(-1);
const clean = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[\s/|-]+$/, '')
    .trim();

// ---------------------------------------------------------------- Nigeria: Wema (ALAT for Business) + Sage 50 Pastel
const NG_BANKS = ['GTB', 'ACCESS', 'ZENITH', 'UBA', 'FBN', 'FCMB', 'STANBIC', 'OPAY', 'MONIEPOINT', 'PROVIDUS'];
const ngSession = (R) => `1000${R.pick(['04', '13', '33', '58'])}25${R.digits(22)}`.slice(0, 30);
export const NG = {
  key: 'ng-wema-pastel',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2025,
  month: 4,
  // Eid-el-Fitr holiday, Good Friday, Easter Monday
  holidays: ['2025-04-01', '2025-04-18', '2025-04-21'],
  company: 'ADUNNI FOODS & PACKAGING LTD',
  bankName: 'Wema Bank (ALAT for Business)',
  packageName: 'Sage 50 Pastel Partner (General Ledger report in the documented general-ledger layout)',
  vatBp: 750,
  invStart: 436,
  inv: (n) => `IN${pad(n, 6)}`,
  invRange: [60000, 1800000],
  invStep: 500,
  instRange: [275000, 275000],
  supRange: [45000, 2400000],
  supStep: 1000,
  overBy: 500000,
  refReceipts: 24,
  nameReceipts: 7,
  supplierPays: 13,
  writings: [
    [(n) => `IN${pad(n, 6)}`, 'ref-canonical'],
    [(n) => `in${pad(n, 6)}`, 'ref-lowercase'],
    [(n) => `IN-${pad(n, 6)}`, 'ref-separator'],
    [(n) => `INV ${n}`, 'ref-no-padding'],
    [(n) => `inv no ${pad(n, 6)}`, 'ref-prefix-changed'],
    [(n) => `IN ${n}`, 'ref-no-padding'],
    [(n) => `PYMT FOR IN${pad(n, 6)}`, 'ref-canonical'],
    [(n) => `${pad(n, 6)}`, 'ref-serial-only'],
    [(n) => `In.${n}`, 'ref-no-padding'],
    [(n) => `IN/${pad(n, 6)}`, 'ref-slashes'],
  ],
  typos: [(n) => `IN${swapLast(pad(n, 6))}`, (n) => `IN${dbl(pad(n, 6))}`],
  partMemo: (n) => `part pymt IN${pad(n, 6)}`,
  multiMemo: (ns) => `INV ${ns.join('/')}`,
  twoPartMemo: (n, k) => (k === 1 ? `IN${pad(n, 6)} 1ST PART` : `BAL IN${pad(n, 6)}`),
  wht: (net, i) =>
    i === 0
      ? { amount: pct(net, 500), trait: 'short-withholding-tax-5pct', memo: 'LESS 5% WHT' }
      : { amount: pct(net, 1000), trait: 'short-withholding-tax-10pct', memo: '' },
  billMemo: (bill, R) => R.pick([`inv ${bill}`, bill, `PYT ${bill}`, `bill ${bill}`]),
  customers: [
    { name: 'Okonkwo Provisions Stores Ltd', payer: 'OKONKWO PROVISIONS STORES LTD' },
    { name: 'Balogun Supermarket Ltd', payer: 'BALOGUN SUPERMARKET LIMITED' },
    { name: 'Ikeja Bakers Co-operative Society', payer: 'IKEJA BAKERS COOP SOC' },
    { name: 'Sweetcrumbs Confectionery Ltd', payer: 'SWEETCRUMBS CONFECTIONERY' },
    { name: 'Amina Yusuf & Sons Nig Ltd', payer: 'AMINA YUSUF AND SONS NIG LTD' },
    { name: 'Chuks & Ebere Superstores', payer: 'CHUKS AND EBERE SUPERSTORES' },
    { name: 'De-Choice Events Ltd', payer: 'DE CHOICE EVENTS LTD' },
    { name: 'Folake Adeyemi', payer: 'ADEYEMI FOLAKE MORENIKE' },
    { name: 'Tastee Buns Bakery', payer: 'TASTEE BUNS BAKERY' },
    { name: 'Owolabi Stores', payer: 'OWOLABI STORES' },
    { name: 'Abuja Fresh Mart Ltd', payer: 'ABUJA FRESH MART LTD' },
    { name: 'Lekki Gardens Residents Association', payer: 'LEKKI GARDENS RESIDENTS ASSOC' },
    { name: 'Surulere Kitchen & Grill', payer: 'SURULERE KITCHEN AND GRILL' },
    { name: 'Ojota Wholesale Depot Ltd', payer: 'OJOTA WHOLESALE DEPOT LTD' },
    { name: 'Ibeju Farms Ltd', payer: 'IBEJU FARMS LIMITED' },
    { name: 'Mainland Hospital Kitchen', payer: 'MAINLAND HOSPITAL KITCHEN' },
  ],
  odd: {
    initials: {
      name: 'Adebayo & Oluwaseun Enterprises',
      payer: 'A & O ENT',
      why: 'the partners\u2019 initials for the firm',
    },
    owner: {
      name: 'Nwachukwu Pharmacy Ltd',
      payer: 'EMEKA NWACHUKWU',
      why: 'the owner paid from his personal account, no invoice quoted',
    },
    trading: {
      name: 'Chicken Express Opebi',
      payer: 'QUICKBITE FOODS LIMITED',
      why: 'registered company name on the transfer; the books use the trading name',
    },
    abbrev: { name: 'Ibadan Grains Merchants Ltd', payer: 'IGM LTD', why: 'abbreviated company name' },
    ownerRef: {
      name: 'Kolawole Fresh Farms Ltd',
      payer: 'KOLAWOLE ADEWALE TAIWO',
      why: 'the owner paid from his own account, quoting the invoice',
    },
    twins: { name: 'Mama Titi Catering Services', payer: 'MAMA TITI CATERING SERV' },
    tie: [{ name: 'Adeola Foods Ltd' }, { name: 'Adeola & Sons Bakery' }],
    tiePayer: 'ADEOLA',
    instalments: [
      {
        name: 'Greenfield International School',
        payer: 'GREENFIELD INTL SCHOOL',
        plan: 'IN000318',
        planMemo: 'Greenfield Intl School - instalment 3 of 6 IN000318',
      },
      {
        name: 'Royal Crest Hotel Ltd',
        payer: 'ROYAL CREST HOTEL LTD',
        plan: 'IN000344',
        planMemo: 'Royal Crest Hotel - instalment 2 of 4 IN000344',
      },
    ],
  },
  finance: {
    name: 'Lotus Leasing Ltd',
    payee: 'LOTUS LEASING LTD',
    amount: 48750000,
    ref: 'LL/0932/24',
    memo: 'Lotus Leasing - van lease rental 9 of 24 LL/0932/24',
  },
  suppliers: [
    {
      name: 'Golden Crest Flour Mills Ltd',
      payee: 'GOLDEN CREST FLOUR MILLS',
      bill: (R) => `GCF/25/${R.int(1100, 1999)}`,
      memo: 'Golden Crest Flour - flour',
    },
    {
      name: 'Ikorodu Packaging Industries Ltd',
      payee: 'IKORODU PACKAGING IND LTD',
      bill: (R) => `IPI-${R.int(20000, 29999)}`,
      memo: 'Ikorodu Packaging - cartons',
    },
    {
      name: 'Agbara Poly Bags Ltd',
      payee: 'AGBARA POLY BAGS',
      bill: (R) => `${R.int(5000, 5999)}`,
      memo: 'Agbara Poly Bags - nylon',
    },
    {
      name: 'Sahara Sugar Distributors',
      payee: 'SAHARA SUGAR DISTRIBUTORS',
      bill: (R) => `SSD${R.int(300, 999)}`,
      memo: 'Sahara Sugar - sugar',
    },
    {
      name: 'Chisco Haulage Services',
      payee: 'CHISCO HAULAGE SERVICES',
      bill: (R) => `CH/${R.int(100, 499)}/25`,
      memo: 'Chisco Haulage - delivery',
    },
    {
      name: 'Ikeja Electric Plc',
      payee: 'IKEJA ELECTRIC',
      bill: (R) => `${R.digits(11)}`,
      memo: 'Ikeja Electric - power',
    },
    {
      name: 'Adeniran Properties Ltd',
      payee: 'ADENIRAN PROPERTIES',
      bill: (R) => `RENT-Q2-${R.int(10, 99)}`,
      memo: 'Adeniran Properties - warehouse rent',
    },
    {
      name: 'Ogun Cassava Processors',
      payee: 'OGUN CASSAVA PROCESSORS',
      bill: (R) => `OCP ${R.int(700, 999)}`,
      memo: 'Ogun Cassava - starch',
    },
  ],
  failedTo: {
    name: 'Sango Diesel Depot',
    payee: 'SANGO DIESEL DEPOT',
    bill: (R) => `SDD/${R.int(4000, 4999)}`,
    memo: 'Sango Diesel Depot - diesel for generator',
  },
  own: [
    {
      out: true,
      range: [2000000, 5000000],
      step: 100000,
      ref: 'JNL00412',
      memo: 'Transfer to GTBank current 0112***445',
      text: 'TRF TO OWN ACCT GTB 0112***445 FUNDING',
    },
    {
      out: false,
      range: [1500000, 3000000],
      step: 100000,
      ref: 'JNL00431',
      memo: 'Transfer from GTBank current 0112***445',
      text: 'NIP FRM ADUNNI FOODS & PACKAGING LTD/GTB/SWEEP',
    },
  ],
  unbooked: [
    {
      amount: 7500000,
      t: { text: 'NIP FRM IFEANYI OBI-PAYMENT' },
      why: 'an unknown payer the books have no receipt for',
    },
    {
      amount: -2840000,
      t: { text: 'WEB PURCHASE MICROSOFT*365 BUSINESS NG', channel: 'card' },
      why: 'a card subscription the bookkeeper did not record',
    },
    {
      amount: 1865000,
      t: { text: 'NIP FRM IKEJA ELECTRIC PLC-REFUND OVERBILLING MAR' },
      why: 'a refund from a supplier not yet in the books',
    },
  ],
  memo: {
    receipt: (c, n, R) => R.pick([`${c.name}`, `Receipt - ${c.name}`, `${c.name} - payment`, `Rcpt ${c.name}`]),
  },
};
NG.text = {
  inRef: (payer, memo, R) => {
    const b = R.pick(NG_BANKS);
    return {
      text: clean(
        R.pick([
          `NIP FRM ${payer}-${memo}`,
          `NIP/${b}/${payer}/${memo}`,
          `TRANSFER FROM ${payer} - ${memo}`,
          `${ngSession(R)}/${payer}/${memo}`,
          `ALAT/NIP FRM ${payer} ${memo}`,
        ]),
      ),
    };
  },
  inName: (payer, R, hint) =>
    NG.text.inRef(
      payer,
      hint === 'instalment' ? 'APR INSTALMENT' : R.pick(['', 'PAYMENT', 'SUPPLY', 'TRF', 'GOODS']),
      R,
    ),
  inAnon: (R, i) => ({ text: i === 0 ? 'CASH DEPOSIT - ALLEN AVENUE BRANCH' : `NIP FRM 22******76-` }),
  out: (payee, memo, R) => ({
    text: clean(
      R.pick([
        `NIP TRF TO ${payee} ${memo}`,
        `ALAT TRANSFER TO ${payee}/${memo}`,
        `TRF/${payee}/${memo}/FRM ADUNNI FOODS`,
      ]),
    ),
    channel: 'nip',
  }),
  feeReceipt: (c, ref, gross) => {
    const feeMinor = Math.min(pct(gross, 140), 200000);
    return { text: `FLUTTERWAVE/PAYOUT/${ref}/${c.payer}`, feeMinor };
  },
  debitOrder: (fin) => ({ text: `DIRECT DEBIT ${fin.payee} ${fin.ref} APR25`, channel: 'dd' }),
  reversal: (t) => ({ text: `RVSL ${t.text}` }),
  own: (o) => ({ text: o.text, channel: o.out ? 'nip' : undefined }),
};
NG.afterOut = (S, b, amt, t) => {
  if (t.channel === 'nip') {
    const fee = amt <= 500000 ? 1075 : amt <= 5000000 ? 2688 : 5375;
    return [{ line: S.b(b.date, -fee, { text: 'NIP TRANSFER FEE INCL VAT' }), kind: 'charge' }];
  }
  if (t.channel === 'remita')
    return [{ line: S.b(b.date, -16125, { text: 'REMITA CONVENIENCE FEE' }), kind: 'charge' }];
  return [];
};
NG.settlements = (S) => {
  const { R } = S;
  const stl = [R.int(4829100, 4829999), R.int(4851000, 4851999), R.int(4877000, 4877999)];
  for (const [k, id] of stl.entries()) {
    const gross = S.round([380000, 1250000], 50) + R.int(0, 99);
    const fee = Math.round(gross * 0.015);
    const date = S.bday(3 + k * 9, 8 + k * 9);
    const b = S.recv(date, gross - fee, {
      text: R.pick([`PAYSTACK PAYMENTS LIMITED/SETTLEMENT/${id}`, `PAYSTACK STL ${id}`]),
    });
    const booksGross = k === 1;
    const l = S.l(S.shift(date, -1), booksGross ? gross : gross - fee, {
      kind: 'deposit',
      party: 'Paystack',
      ref: `PSTK-${id}`,
      memo: booksGross ? `Paystack online sales (gross) settlement ${id}` : `Paystack settlement ${id} net`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: booksGross ? ['gateway-settlement', 'short-net-of-fee'] : ['gateway-settlement'],
    });
  }
  const tid = '2058KX19';
  for (let k = 0; k < 2; k++) {
    const gross = S.round([90000, 420000], 50);
    const fee = Math.min(pct(gross, 50), 100000);
    const date = S.bday(6 + k * 10, 12 + k * 10);
    const b = S.recv(date, gross - fee, { text: `POS STLM TID ${tid} ${date.slice(8)}${date.slice(5, 7)}` });
    if (k === 0) {
      const l = S.l(S.shift(date, -1), gross, {
        kind: 'deposit',
        party: null,
        ref: 'POS',
        memo: `POS takings ${date.slice(8)}/04 (gross)`,
      });
      S.match(b, l, {
        decision: 'suggest',
        evidence: 'amount',
        traits: ['pos-settlement', 'short-net-of-fee'],
        note: 'gross takings booked; the settlement is net of the MSC and carries no reference the books hold',
      });
    } else {
      const l = S.l(date, gross - fee, {
        kind: 'deposit',
        party: null,
        ref: `TID ${tid}`,
        memo: `POS settlement TID ${tid} net of MSC`,
      });
      S.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['pos-settlement'] });
    }
  }
};
NG.payroll = (S) => {
  const { R } = S;
  const staff = [
    'FUNMILAYO ADEKUNLE',
    'CHINEDU OKAFOR',
    'IBRAHIM MUSA',
    'BLESSING EKPO',
    'TUNDE BAKARE',
    'NGOZI EZE',
    'SEGUN OJO',
    'HALIMA BELLO',
  ];
  const equal = S.round([185000, 185000], 1000);
  const date = S.bday(24, 28);
  for (const [k, n] of staff.entries()) {
    const amount = k === 2 || k === 5 ? equal : S.round([95000, 420000], 500);
    const name = n.replace(/\b(\w)(\w*)/g, (m, a, b) => a + b.toLowerCase());
    const b = S.pay(date, amount, {
      text: R.pick([`NIP TRF TO ${n} APR SALARY`, `ALAT TRANSFER TO ${n}/SALARY APRIL`, `NIP TRF TO ${n} SAL APR25`]),
      channel: 'nip',
    });
    const l = S.l(date, -amount, {
      kind: 'payment',
      party: name,
      ref: 'SAL/APR25',
      memo: `April 2025 salary - ${name}`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'counterparty',
      traits: k === 2 || k === 5 ? ['payroll', 'name-only', 'equal-amounts'] : ['payroll', 'name-only'],
    });
  }
};
NG.statutory = (S) => {
  const { R } = S;
  const items = [
    {
      text: (r) => `REMITA/LIRS/PAYE MAR 2025/RRR ${r}`,
      ref: (r) => `RRR ${r.slice(0, 4)}-${r.slice(4, 8)}-${r.slice(8)}`,
      memo: 'LIRS PAYE March 2025',
      range: [380000, 720000],
      channel: 'remita',
    },
    {
      text: (r) => `REMITA/PENCOM CONTRIB MAR25/ARM PENSION/RRR ${r}`,
      ref: (r) => r,
      memo: 'Pension contributions March 2025 - ARM Pension',
      range: [520000, 900000],
      channel: 'remita',
    },
    {
      text: (r) => `REMITA/FIRS VAT MAR 2025 RRR${r}`,
      ref: (r) => `RRR${r}`,
      memo: 'FIRS VAT return March 2025',
      range: [900000, 2400000],
      channel: 'remita',
    },
    {
      text: () => 'NIP TRF TO NSITF ECS COLLECTION MAR 2025',
      ref: () => 'NSITF MAR25',
      memo: 'NSITF 1% employer contribution Mar 2025',
      range: [28000, 46000],
      channel: 'nip',
    },
  ];
  for (const it of items) {
    const rrr = R.digits(12).replace(/^0/, '3');
    const amount = S.round(it.range, 1) + R.int(0, 99);
    const date = S.bday(7, 10);
    const b = S.pay(date, amount, { text: it.text(rrr), channel: it.channel });
    const l = S.l(S.shift(date, -1), -amount, { kind: 'payment', party: null, ref: it.ref(rrr), memo: it.memo });
    S.match(b, l, {
      decision: 'auto',
      evidence: it.channel === 'remita' ? 'reference' : 'counterparty',
      traits: ['statutory'],
    });
  }
};
NG.cheques = (S) => {
  const { R } = S;
  const s = NG.suppliers[1];
  const a1 = S.round([150000, 600000], 1000);
  const d1 = S.bday(8, 20);
  const b1 = S.b(d1, -a1, { text: 'INWARD CLEARING CHQ NO 00018342' });
  const l1 = S.l(S.shift(d1, -4), -a1, {
    kind: 'cheque',
    party: s.name,
    ref: 'CHQ 018342',
    memo: `${s.name} - cheque 018342`,
  });
  S.match(b1, l1, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a2 = S.round([50000, 150000], 5000);
  const d2 = S.bday(3, 10);
  const b2 = S.b(d2, -a2, { text: 'CHQ WDL 00018345 SELF' });
  const l2 = S.l(d2, -a2, { kind: 'cheque', party: null, ref: 'CHQ 018345', memo: 'Petty cash top-up cheque 018345' });
  S.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a3 = S.round([300000, 900000], 500);
  const d3 = S.bday(10, 22);
  const chq = `21${R.digits(6)}`;
  const b3 = S.b(d3, a3, { text: `CLEARING CHQ DEP ${chq} ZENITH` }, { valueOffset: 2 });
  const l3 = S.l(S.shift(d3, -2), a3, {
    kind: 'receipt',
    party: 'Royal Crest Hotel Ltd',
    ref: `IN${pad(S.nextInv(), 6)}`,
    memo: `Royal Crest Hotel - Zenith chq ${chq}`,
  });
  S.match(b3, l3, { decision: 'auto', evidence: 'reference', traits: ['cheque-number', 'cheque-deposit'] });
};
NG.bookOnly = (S) => [
  {
    date: S.D(28),
    amt: -S.round([200000, 500000], 1000),
    row: {
      kind: 'cheque',
      party: 'Chisco Haulage Services',
      ref: 'CHQ 018347',
      memo: 'Chisco Haulage - cheque 018347',
    },
    why: 'cheque issued, not yet presented',
  },
  {
    date: S.D(30),
    amt: S.round([400000, 900000], 500),
    row: {
      kind: 'receipt',
      party: 'Balogun Supermarket Ltd',
      ref: `IN${pad(S.nextInv(), 6)}`,
      memo: 'Balogun Supermarket - per remittance advice',
    },
    why: 'receipt booked from a remittance advice; the money arrives in May',
  },
  {
    date: S.D(29),
    amt: -S.round([90000, 300000], 1000),
    row: { kind: 'payment', party: 'Agbara Poly Bags Ltd', ref: '5871', memo: 'Agbara Poly Bags - scheduled payment' },
    why: 'payment scheduled on the 29th, executed by the bank in May',
  },
];
NG.monthCharges = (S) => {
  const inflows = S.bank.filter((b) => b.amt >= 1000000 && !/^RVSL/.test(b.text)).length;
  const debits = -S.bank.filter((b) => b.amt < 0).reduce((s, b) => s + b.amt, 0);
  const last = S.D(30);
  S.bankOnly(S.b(last, -inflows * 5000, { text: `ELECTRONIC MONEY TRANSFER LEVY APR 2025 (${inflows})` }), 'levy');
  const amf = Math.round(debits / 1000);
  S.bankOnly(S.b(last, -amf, { text: 'ACCOUNT MAINTENANCE FEE APR 2025' }), 'charge');
  S.bankOnly(S.b(last, -pct(amf, 750), { text: 'VAT ON ACCOUNT MAINTENANCE FEE' }), 'fee-vat');
  S.bankOnly(S.b(S.D(2), -31200, { text: 'SMS ALERT CHARGES MAR 2025' }), 'charge');
};

// ---------------------------------------------------------------- Ghana: Fidelity Bank Ghana + QuickBooks Online
export const GH = {
  key: 'gh-fidelity-qbo',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2025,
  month: 2,
  holidays: [],
  company: 'ASANTEWAA BUILDING SUPPLIES LTD',
  bankName: 'Fidelity Bank Ghana',
  packageName: 'QuickBooks Online (General Ledger report, quickbooks-general-ledger preset)',
  // VAT 15% on the value plus NHIL, GETFund and COVID-19 levies (6%): 21.9% of the net
  vatBp: 2190,
  invStart: 2208,
  inv: (n) => `${n}`,
  invRange: [1500, 65000],
  invStep: 50,
  instRange: [4500, 4500],
  supRange: [2000, 80000],
  supStep: 100,
  overBy: 5000,
  refReceipts: 28,
  nameReceipts: 7,
  supplierPays: 16,
  writings: [
    [(n) => `INV ${n}`, 'ref-prefix-added'],
    [(n) => `inv#${n}`, 'ref-lowercase'],
    [(n) => `Invoice No. ${n}`, 'ref-prefix-added'],
    [(n) => `${n}`, 'ref-canonical'],
    [(n) => `INV-0${n}`, 'ref-padding-added'],
    [(n) => `INV${n}`, 'ref-joined'],
    [(n) => `iv ${n}`, 'ref-lowercase'],
    [(n) => `PMT INV ${n}`, 'ref-prefix-added'],
    [(n) => `Inv/${n}`, 'ref-slashes'],
  ],
  typos: [(n) => `INV ${swapLast(String(n))}`, (n) => `INV ${dbl(String(n))}`],
  partMemo: (n) => `part payment inv ${n}`,
  multiMemo: (ns) => `INV ${ns.join(' & ')}`,
  twoPartMemo: (n, k) => (k === 1 ? `INV ${n} PART` : `INV ${n} BALANCE`),
  wht: (net, i) =>
    i === 0
      ? { amount: pct(net, 300), trait: 'short-withholding-tax-3pct', memo: 'LESS WHT' }
      : { amount: pct(net, 1000), trait: 'short-withholding-tax-3pct-vat-7pct', memo: 'NET OF WHT & VAT W/H' },
  billMemo: (bill, R) => R.pick([`INV ${bill}`, bill, `PYMT ${bill}`, `BILL ${bill}`]),
  customers: [
    { name: 'Kwame Mensah Enterprise', payer: 'KWAME MENSAH ENT' },
    { name: 'Adjei & Sons Construction Ltd', payer: 'ADJEI AND SONS CONSTRUCTION' },
    { name: 'Osu Castle Roofing Works', payer: 'OSU CASTLE ROOFING' },
    { name: 'Kumasi Builders Depot Ltd', payer: 'KUMASI BUILDERS DEPOT LTD' },
    { name: 'Dansoman Block Factory', payer: 'DANSOMAN BLOCK FACTORY' },
    { name: 'Ga East Municipal Assembly', payer: 'GA EAST MUNICIPAL ASSEMBLY' },
    { name: 'Sunyani Rock Contractors Ltd', payer: 'SUNYANI ROCK CONTRACTORS LTD' },
    { name: 'Koforidua Tiles Centre', payer: 'KOFORIDUA TILES CTR' },
    { name: 'Afrikiko Construction Ltd', payer: 'AFRIKIKO CONSTRUCTION' },
    { name: 'Labadi Paints & Hardware', payer: 'LABADI PAINTS AND HARDWARE' },
    { name: 'Cape Coast Timber Merchants', payer: 'CAPE COAST TIMBER MERCHANTS' },
    { name: 'Ebenezer Quarcoo Plumbing', payer: 'EBENEZER QUARCOO' },
    { name: 'Achimota Hill Estates Ltd', payer: 'ACHIMOTA HILL ESTATES LIMITED' },
    { name: 'Ho Municipal Hospital', payer: 'HO MUNICIPAL HOSPITAL' },
    { name: 'Tamale Northern Builders', payer: 'TAMALE NORTHERN BUILDERS' },
  ],
  odd: {
    initials: { name: 'Yaw Boateng & Partners Ltd', payer: 'Y.B.P. LTD', why: 'initials of the company name' },
    owner: {
      name: 'Golden Gate Plumbing Services',
      payer: 'ESI OWUSU-ANSAH',
      why: 'the owner\u2019s personal account, no invoice quoted',
    },
    trading: {
      name: 'Spintex Tile World',
      payer: 'SEVENTH HEAVEN TRADING CO LTD',
      why: 'registered company name; the books use the shop\u2019s trading name',
    },
    abbrev: { name: 'Kaneshie Ironmongers & Builders Ltd', payer: 'KIB LTD', why: 'abbreviated company name' },
    ownerRef: {
      name: 'Madina Glass & Aluminium',
      payer: 'KOFI ASAMOAH-BOATENG',
      why: 'the owner paid from his own account, quoting the invoice',
    },
    twins: { name: 'Nana Akua Hardware', payer: 'NANA AKUA HARDWARE' },
    tie: [{ name: 'Mensah Brothers Ltd' }, { name: 'Mensah Hardware & Sons' }],
    tiePayer: 'MENSAH',
    instalments: [
      {
        name: 'Volta Star Estates Ltd',
        payer: 'VOLTA STAR ESTATES',
        plan: '2063',
        planMemo: 'Instalment 4/6 on invoice 2063',
      },
      {
        name: 'Tema Heights Developers Ltd',
        payer: 'TEMA HEIGHTS DEVELOPERS',
        plan: '2101',
        planMemo: 'Payment plan 2 of 5 - inv 2101',
      },
    ],
  },
  finance: {
    name: 'Sahel Leasing Ghana Ltd',
    payee: 'SAHEL LEASING GH',
    amount: 1275000,
    ref: 'SLG/TRK/0217',
    memo: 'Truck lease 11/36 SLG/TRK/0217',
  },
  suppliers: [
    { name: 'Ghacem Depot Tema', payee: 'GHACEM DEPOT TEMA', bill: (R) => `GD${R.int(40000, 49999)}`, memo: 'cement' },
    {
      name: 'Tema Steel Rods Ltd',
      payee: 'TEMA STEEL RODS LTD',
      bill: (R) => `TSR/${R.int(1000, 1999)}`,
      memo: 'iron rods',
    },
    {
      name: 'Aluworks Roofing Supplies',
      payee: 'ALUWORKS ROOFING SUPP',
      bill: (R) => `${R.int(880000, 889999)}`,
      memo: 'roofing sheets',
    },
    {
      name: 'Accra Plumbing Imports',
      payee: 'ACCRA PLUMBING IMPORTS',
      bill: (R) => `API-${R.int(300, 899)}`,
      memo: 'PVC pipes',
    },
    {
      name: 'Electricity Company of Ghana',
      payee: 'ELECTRICITY CO OF GHANA',
      bill: (R) => `${R.digits(10)}`,
      memo: 'electricity',
    },
    { name: 'Okaishie Landlord - Mr Lamptey', payee: 'NII LAMPTEY', bill: () => 'RENT FEB 2025', memo: 'shop rent' },
    {
      name: 'Kasoa Transport Services',
      payee: 'KASOA TRANSPORT SERVICES',
      bill: (R) => `KTS ${R.int(100, 400)}`,
      memo: 'haulage',
    },
  ],
  failedTo: {
    name: 'Tema Steel Rods Ltd',
    payee: 'TEMA STEEL RODS LTD',
    bill: (R) => `TSR/${R.int(2000, 2999)}`,
    memo: 'iron rods',
  },
  own: [
    {
      out: true,
      range: [20000, 60000],
      step: 1000,
      ref: 'TRF-0207',
      memo: 'Transfer to Fidelity savings 1050***118',
      text: 'TRF TO OWN A/C 1050***118 SAVINGS',
    },
    {
      out: false,
      range: [15000, 40000],
      step: 1000,
      ref: 'TRF-0219',
      memo: 'Transfer from CalBank current',
      text: 'GIP/ASANTEWAA BUILDING SUPPLIES/CALBANK FUNDING',
    },
  ],
  unbooked: [
    { amount: 385000, t: { text: 'GIP/SAMUEL TETTEH/GOODS' }, why: 'an unknown payer the books have no receipt for' },
    {
      amount: -168000,
      t: { text: 'VISA PURCHASE GOOGLE *ADS IRELAND', channel: 'card' },
      why: 'card spending the bookkeeper did not record',
    },
    {
      amount: -200000,
      t: { text: 'ATM WDL ACHIMOTA MALL', channel: 'atm' },
      why: 'cash withdrawn by a director, not yet in the books',
    },
  ],
  memo: { receipt: (c, n, R) => R.pick([`Inv ${n}`, '', `Payment for invoice ${n}`, 'Bank transfer']) },
};
GH.text = {
  inRef: (payer, memo, R) => ({
    text: clean(
      R.pick([
        `GIP/${payer}/${memo}`,
        `ACH CREDIT ${payer} ${memo}`,
        `INWARD GIP TRF FRM ${payer}${memo ? ` REF ${memo}` : ''}`,
        `FIDELITY TRF FRM ${payer} - ${memo}`,
        `MOMO TO BANK 0${R.pick(['24', '54', '55', '20'])}XXXX${R.digits(3)} ${payer} ${memo}`,
      ]),
    ),
  }),
  inName: (payer, R, hint) =>
    GH.text.inRef(
      payer,
      hint === 'instalment' ? 'FEB INSTALMENT' : R.pick(['', 'PAYMENT', 'SUPPLIES', 'MATERIALS']),
      R,
    ),
  inAnon: (R, i) => ({ text: i === 0 ? 'CASH DEPOSIT - ABOSSEY OKAI BRANCH' : `MOMO TO BANK 024XXXX318` }),
  out: (payee, memo, R) => {
    const c = R.pick(['gip', 'gip', 'ach', 'online']);
    const text = {
      gip: `GIP TRF TO ${payee} ${memo}`,
      ach: `ACH DEBIT ${payee} ${memo}`,
      online: `FIDELITY ONLINE TRF TO ${payee}/${memo}`,
    }[c];
    return { text: clean(text), channel: c };
  },
  feeReceipt: (c, ref, gross) => ({ text: `HUBTEL SETTLEMENT ${c.payer} INV ${ref}`, feeMinor: pct(gross, 195) }),
  debitOrder: (fin) => ({ text: `DIRECT DEBIT ${fin.payee} ${fin.ref}`, channel: 'dd' }),
  reversal: (t) => ({ text: `REVERSAL - ${t.text}` }),
  own: (o) => ({ text: o.text, channel: o.out ? 'online' : undefined }),
};
GH.afterOut = (S, b, amt, t) => {
  if (t.channel === 'gip') return [{ line: S.b(b.date, -500, { text: 'GIP TRANSFER CHARGE' }), kind: 'charge' }];
  if (t.channel === 'ach') return [{ line: S.b(b.date, -200, { text: 'ACH TRANSFER CHARGE' }), kind: 'charge' }];
  if (t.channel === 'wallet') return [{ line: S.b(b.date, -pct(amt, 100), { text: 'E-LEVY CHARGE' }), kind: 'levy' }];
  return [];
};
GH.settlements = (S) => {
  const { R } = S;
  for (let k = 0; k < 3; k++) {
    const gross = S.round([2500, 9000], 1) + R.int(0, 99);
    const fee = pct(gross, 100);
    const id = `MS${R.digits(8)}`;
    const date = S.bday(4 + k * 8, 9 + k * 8);
    const b = S.recv(date, gross - fee, { text: `MTN MOMO MERCHANT SETTLEMENT ${id}` });
    const booksGross = k === 2;
    const l = S.l(S.shift(date, -1), booksGross ? gross : gross - fee, {
      kind: 'deposit',
      party: 'MTN MoMo',
      ref: id,
      memo: booksGross ? `MoMo Pay sales (gross) ${id}` : `MoMo Pay settlement ${id}`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: booksGross ? ['mobile-money-settlement', 'short-net-of-fee'] : ['mobile-money-settlement'],
    });
  }
  const gross = S.round([6000, 18000], 10);
  const fee = pct(gross, 150);
  const date = S.bday(14, 20);
  const b = S.recv(date, gross - fee, { text: `POS SETTLEMENT MID 000412${R.digits(4)}` });
  const l = S.l(S.shift(date, -1), gross, { kind: 'deposit', party: null, ref: '', memo: 'Card sales week 3 (gross)' });
  S.match(b, l, {
    decision: 'suggest',
    evidence: 'amount',
    traits: ['pos-settlement', 'short-net-of-fee'],
    note: 'gross card sales booked; the settlement is net and carries no reference the books hold',
  });
};
GH.payroll = (S) => {
  const { R } = S;
  const net = S.round([68000, 96000], 1) + R.int(0, 99);
  const date = S.bday(25, 27);
  const b = S.pay(date, net, { text: 'ACH BULK SALARY PAYMENT FEB 2025 (14 ITEMS)', channel: 'ach' });
  const l = S.l(date, -net, { kind: 'payment', party: null, ref: 'PAY-FEB25', memo: 'Net salaries February 2025' });
  S.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['payroll', 'batch'] });
  for (const [n, phone] of [
    ['ABENA DARKO', '0244XXX129'],
    ['KOJO ANNAN', '0551XXX847'],
    ['AKOSUA FRIMPONG', '0209XXX630'],
  ]) {
    const amount = S.round([900, 1600], 50);
    const name = n.replace(/\b(\w)(\w*)/g, (m, a, c) => a + c.toLowerCase());
    const d = S.bday(26, 28);
    const bw = S.pay(d, amount, { text: `BANK TO WALLET ${phone} ${n} CASUAL WAGES`, channel: 'wallet' });
    const lw = S.l(d, -amount, { kind: 'payment', party: name, ref: '', memo: `Casual wages Feb - ${name}` });
    S.match(bw, lw, { decision: 'auto', evidence: 'counterparty', traits: ['payroll', 'mobile-money', 'name-only'] });
  }
};
GH.statutory = (S) => {
  const { R } = S;
  const tin = 'C0004567891';
  const items = [
    {
      text: (r) => `SSNIT CONTRIBUTION JAN 2025 ER NO 400${r.slice(0, 5)}`,
      ref: (r) => `SSNIT-400${r.slice(0, 5)}`,
      memo: 'SSNIT Tier 1 January 2025',
      range: [9000, 14000],
      ev: 'reference',
    },
    {
      text: () => 'ACH DEBIT PETRA TRUST TIER 2 JAN 2025',
      ref: () => 'T2-JAN25',
      memo: 'Tier 2 pension January 2025 - Petra Trust',
      range: [3500, 5200],
      ev: 'counterparty',
    },
    {
      text: (r) => `GRA PAYE JAN 2025 TIN ${tin} PRN ${r}`,
      ref: (r) => `PRN ${r}`,
      memo: 'GRA PAYE January 2025',
      range: [11000, 19000],
      ev: 'reference',
    },
    {
      text: (r) => `GRA VAT/NHIL JAN 2025 ${tin} PRN ${r}`,
      ref: (r) => `PRN ${r}`,
      memo: 'GRA VAT & levies return January 2025',
      range: [24000, 52000],
      ev: 'reference',
    },
  ];
  for (const it of items) {
    const r = R.digits(10).replace(/^0/, '7');
    const amount = S.round(it.range, 1) + R.int(0, 99);
    const date = S.bday(10, 14);
    const b = S.pay(date, amount, { text: it.text(r), channel: 'online' });
    const l = S.l(S.shift(date, -1), -amount, {
      kind: 'payment',
      party:
        it.memo.split(' ')[0] === 'GRA'
          ? 'Ghana Revenue Authority'
          : it.memo.includes('Petra')
            ? 'Petra Trust'
            : 'SSNIT',
      ref: it.ref(r),
      memo: it.memo,
    });
    S.match(b, l, { decision: 'auto', evidence: it.ev, traits: ['statutory'] });
  }
};
GH.cheques = (S) => {
  const { R } = S;
  const s = GH.suppliers[0];
  const a1 = S.round([8000, 30000], 100);
  const d1 = S.bday(10, 20);
  const b1 = S.b(d1, -a1, { text: 'CHQ 300145 CLEARED' });
  const l1 = S.l(S.shift(d1, -3), -a1, {
    kind: 'cheque',
    party: s.name,
    ref: '300145',
    memo: 'cement - cheque 300145',
  });
  S.match(b1, l1, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a2 = S.round([2000, 5000], 100);
  const d2 = S.bday(4, 12);
  const b2 = S.b(d2, -a2, { text: 'CASH CHQ 300148 ENCASHED' });
  const l2 = S.l(d2, -a2, { kind: 'cheque', party: null, ref: '300148', memo: 'Petty cash float' });
  S.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a3 = S.round([9000, 24000], 50);
  const d3 = S.bday(12, 22);
  const chq = `00${R.digits(4)}`;
  const b3 = S.b(d3, a3, { text: `CLEARING CHQ ${chq} GCB - ACHIMOTA HILL ESTATES` }, { valueOffset: 2 });
  const n = S.nextInv();
  const l3 = S.l(S.shift(d3, -2), a3, {
    kind: 'receipt',
    party: 'Achimota Hill Estates Ltd',
    ref: `${n}`,
    memo: `GCB cheque ${chq}`,
  });
  S.match(b3, l3, { decision: 'auto', evidence: 'reference', traits: ['cheque-number', 'cheque-deposit'] });
};
GH.bookOnly = (S) => [
  {
    date: S.D(26),
    amt: -S.round([5000, 15000], 100),
    row: { kind: 'cheque', party: 'Kasoa Transport Services', ref: '300151', memo: 'haulage - cheque 300151' },
    why: 'cheque issued, not yet presented',
  },
  {
    date: S.D(28),
    amt: S.round([6000, 20000], 50),
    row: { kind: 'receipt', party: 'Kumasi Builders Depot Ltd', ref: `${S.nextInv()}`, memo: 'per remittance advice' },
    why: 'receipt booked from a remittance advice; the money arrives in March',
  },
  {
    date: S.D(27),
    amt: -S.round([1000, 3000], 10),
    row: {
      kind: 'expense',
      party: 'Vodafone Ghana',
      ref: '',
      memo: 'Internet Feb (paid from petty cash, posted to bank in error)',
    },
    why: 'posted to the bank account in error (paid in cash)',
  },
];
GH.monthCharges = (S) => {
  S.bankOnly(S.b(S.D(3), -600, { text: 'SMS ALERT CHARGES JAN 2025' }), 'charge');
  S.bankOnly(S.b(S.D(28), -3000, { text: 'ACCOUNT MAINTENANCE FEE FEB 2025' }), 'charge');
  S.bankOnly(S.b(S.D(28), -1500, { text: 'E-STATEMENT / INTERNET BANKING FEE' }), 'charge');
};

// ---------------------------------------------------------------- Kenya: NCBA + Zoho Books
export const KE = {
  key: 'ke-ncba-zoho',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2025,
  month: 9,
  holidays: [],
  company: 'MWANGAZA AGROVET DISTRIBUTORS LTD',
  bankName: 'NCBA Bank Kenya',
  packageName: 'Zoho Books (General Ledger report in the documented general-ledger layout)',
  vatBp: 1600,
  invStart: 1479,
  inv: (n) => `INV-${pad(n, 6)}`,
  invRange: [12000, 480000],
  invStep: 100,
  instRange: [35000, 35000],
  supRange: [15000, 650000],
  supStep: 500,
  overBy: 100000,
  refReceipts: 28,
  nameReceipts: 8,
  supplierPays: 16,
  writings: [
    [(n) => `INV-${pad(n, 6)}`, 'ref-canonical'],
    [(n) => `inv${pad(n, 6)}`, 'ref-lowercase'],
    [(n) => `INV ${n}`, 'ref-no-padding'],
    [(n) => `INV/${pad(n, 6)}`, 'ref-slashes'],
    [(n) => `${n}`, 'ref-serial-only'],
    [(n) => `Inv no. ${n}`, 'ref-no-padding'],
    [(n) => `INV-0${n}`, 'ref-partial-padding'],
    [(n) => `INV${pad(n, 6)}`, 'ref-joined'],
    [(n) => `inv-${n}`, 'ref-lowercase'],
  ],
  typos: [(n) => `INV-${swapLast(pad(n, 6))}`, (n) => `INV ${dbl(String(n))}`],
  partMemo: (n) => `PART PAYMENT INV-${pad(n, 6)}`,
  multiMemo: (ns) => `INV ${ns.join(',')}`,
  twoPartMemo: (n, k) => (k === 1 ? `INV-${pad(n, 6)} 1/2` : `INV-${pad(n, 6)} 2/2`),
  wht: (net, i) =>
    i === 0
      ? { amount: pct(net, 200), trait: 'short-withholding-vat-2pct', memo: 'LESS 2% WHVAT' }
      : { amount: pct(net, 250), trait: 'short-withholding-vat-2pct-tax-0.5pct', memo: '' },
  billMemo: (bill, R) => R.pick([`INV ${bill}`, bill, `PYT ${bill}`, `BILL ${bill}`]),
  customers: [
    { name: 'Njoro Farmers Co-operative Society', payer: 'NJORO FARMERS COOP SOC' },
    { name: 'Eldoret Grain Growers Ltd', payer: 'ELDORET GRAIN GROWERS LTD' },
    { name: 'Naivasha Flower Farm Ltd', payer: 'NAIVASHA FLOWER FARM' },
    { name: 'Kericho Tea Growers Sacco', payer: 'KERICHO TEA GROWERS SACCO' },
    { name: 'Rongai Vet Centre', payer: 'RONGAI VET CENTRE' },
    { name: 'Bahati Agro Stores', payer: 'BAHATI AGRO STORES' },
    { name: 'Olkalou Potato Growers', payer: 'OLKALOU POTATO GROWERS' },
    { name: 'Nyahururu Farm Inputs Ltd', payer: 'NYAHURURU FARM INPUTS LTD' },
    { name: 'Kabarak Farm Supplies', payer: 'KABARAK FARM SUPPLIES' },
    { name: 'Lanet Feeds & Seeds', payer: 'LANET FEEDS AND SEEDS' },
    { name: 'Mau Narok Wheat Farmers', payer: 'MAU NAROK WHEAT FARMERS' },
    { name: 'County Government of Nakuru', payer: 'COUNTY GOVT OF NAKURU' },
    { name: 'Egerton University Farm', payer: 'EGERTON UNIVERSITY' },
    { name: 'Salgaa Dairy Collectors', payer: 'SALGAA DAIRY COLLECTORS' },
    { name: 'Mogotio Sisal Growers', payer: 'MOGOTIO SISAL GROWERS' },
  ],
  odd: {
    initials: { name: 'Wanjiru Kamau & Sons Agrovet', payer: 'W K & SONS', why: 'initials for the owner\u2019s name' },
    owner: {
      name: 'Elgon View Dairy Ltd',
      payer: 'PETER WEKESA SIMIYU',
      why: 'the owner\u2019s personal account, no invoice quoted',
    },
    trading: {
      name: 'Shamba Bora Agrovet',
      payer: 'GREENLEAF AGRIBUSINESS LIMITED',
      why: 'registered company name; the books use the shop\u2019s trading name',
    },
    abbrev: { name: 'Kisumu Agro Supplies Ltd', payer: 'KSM AGRO', why: 'abbreviated company name' },
    ownerRef: {
      name: 'Subukia Hatchery Ltd',
      payer: 'JANE CHEPKOECH KORIR',
      why: 'the owner paid from her own account, quoting the invoice',
    },
    twins: { name: 'Gilgil Agrovet', payer: 'GILGIL AGROVET' },
    tie: [{ name: 'Kiptoo Farm Supplies' }, { name: 'Kiptoo & Chebet Agrovet' }],
    tiePayer: 'KIPTOO',
    instalments: [
      {
        name: 'Molo Dairy Farmers Ltd',
        payer: 'MOLO DAIRY FARMERS LTD',
        plan: 'INV-001402',
        planMemo: 'Payment received from Molo Dairy Farmers Ltd - instalment 3/4 INV-001402',
      },
      {
        name: 'Subukia Poultry Farm',
        payer: 'SUBUKIA POULTRY FARM',
        plan: 'INV-001417',
        planMemo: 'Payment received from Subukia Poultry Farm - instalment 2/6 INV-001417',
      },
    ],
  },
  finance: {
    name: 'NCBA Asset Finance',
    payee: 'NCBA ASSET FINANCE',
    amount: 8642500,
    ref: 'AF/NKU/22841',
    memo: 'Pick-up loan instalment 14/36 AF/NKU/22841',
  },
  suppliers: [
    {
      name: 'Twiga Chemical Industries Ltd',
      payee: 'TWIGA CHEMICAL IND LTD',
      bill: (R) => `TCI/${R.int(60000, 69999)}`,
      memo: 'agro-chemicals',
    },
    {
      name: 'Unga Farm Care (EA) Ltd',
      payee: 'UNGA FARM CARE EA',
      bill: (R) => `UFC${R.int(200000, 299999)}`,
      memo: 'animal feeds',
    },
    {
      name: 'Kenya Seed Company Ltd',
      payee: 'KENYA SEED CO',
      bill: (R) => `KSC-${R.int(8000, 8999)}`,
      memo: 'seed maize',
    },
    {
      name: 'Elgon Kenya Ltd',
      payee: 'ELGON KENYA LTD',
      bill: (R) => `${R.int(7700000, 7799999)}`,
      memo: 'fertiliser',
    },
    {
      name: 'Kenya Power & Lighting Co',
      payee: 'KENYA POWER',
      bill: (R) => `${R.digits(11)}`,
      memo: 'electricity postpaid',
    },
    {
      name: 'Rift Valley Haulers',
      payee: 'RIFT VALLEY HAULERS',
      bill: (R) => `RVH ${R.int(100, 900)}`,
      memo: 'transport',
    },
    { name: 'Lanet Properties Ltd', payee: 'LANET PROPERTIES', bill: () => 'RENT SEP 2025', memo: 'warehouse rent' },
  ],
  failedTo: {
    name: 'Unga Farm Care (EA) Ltd',
    payee: 'UNGA FARM CARE EA',
    bill: (R) => `UFC${R.int(300000, 399999)}`,
    memo: 'animal feeds',
  },
  own: [
    {
      out: true,
      range: [300000, 900000],
      step: 10000,
      ref: 'TR-0091',
      memo: 'Transfer to NCBA call deposit 1008***552',
      text: 'FT TO OWN A/C 1008***552 CALL DEPOSIT',
    },
    {
      out: false,
      range: [250000, 600000],
      step: 10000,
      ref: 'TR-0095',
      memo: 'Transfer from Equity Bank current',
      text: 'RTGS IN MWANGAZA AGROVET DISTRIBUTORS/EQUITY BANK',
    },
  ],
  unbooked: [
    {
      amount: 1850000,
      t: { text: 'PESALINK FROM DAVID OCHIENG ODHIAMBO' },
      why: 'an unknown payer the books have no receipt for',
    },
    {
      amount: -643000,
      t: { text: 'POS PURCHASE NAIVAS NAKURU DOWNTOWN', channel: 'card' },
      why: 'card spending the bookkeeper did not record',
    },
    {
      amount: -500000,
      t: { text: 'KPLC PREPAID TOKEN 37*****8812', channel: 'card' },
      why: 'prepaid electricity bought online, not in the books',
    },
  ],
  memo: {
    receipt: (c) => `Payment received from ${c.name}`,
  },
};
KE.text = {
  inRef: (payer, memo, R) => ({
    text: clean(
      R.pick([
        `PESALINK FROM ${payer} ${memo}`,
        `RTGS IN ${payer}/${memo}`,
        `EFT CREDIT ${payer} ${memo}`,
        `FT FROM ${payer}${memo ? ` REF ${memo}` : ''}`,
      ]),
    ),
  }),
  inName: (payer, R, hint) =>
    KE.text.inRef(payer, hint === 'instalment' ? 'SEPT INSTALMENT' : R.pick(['', 'PAYMENT', 'GOODS', 'SUPPLY']), R),
  inAnon: (R, i) => ({ text: i === 0 ? 'CASH DEPOSIT NAKURU BRANCH' : 'CDM DEPOSIT 0934 WESTSIDE MALL' }),
  out: (payee, memo, R) => {
    const c = R.pick(['pesalink', 'pesalink', 'eft']);
    const text = c === 'pesalink' ? `PESALINK TO ${payee} ${memo}` : `EFT TO ${payee}/${memo}`;
    return { text: clean(text), channel: c };
  },
  feeReceipt: (c, ref, gross) => ({ text: `PESAPAL PAYOUT ${ref} ${c.payer}`, feeMinor: pct(gross, 350) }),
  debitOrder: (fin) => ({ text: `LOAN REPAYMENT ${fin.ref}`, channel: 'dd' }),
  reversal: (t) => ({ text: `REVERSAL OF ${t.text}` }),
  own: (o) => ({ text: o.text, channel: undefined }),
};
KE.afterOut = (S, b, amt, t) => {
  const fee = { pesalink: amt <= 10000000 ? 8000 : 12000, eft: 5000, rtgs: 50000, bulk: 25000 }[t.channel];
  if (!fee) return [];
  const name = { pesalink: 'PESALINK CHARGES', eft: 'EFT CHARGES', rtgs: 'RTGS CHARGES', bulk: 'BULK PAYMENT CHARGES' }[
    t.channel
  ];
  return [
    { line: S.b(b.date, -fee, { text: name }), kind: 'charge' },
    { line: S.b(b.date, -pct(fee, 2000), { text: 'EXCISE DUTY' }), kind: 'tax' },
  ];
};
KE.settlements = (S) => {
  const { R } = S;
  for (let k = 0; k < 3; k++) {
    const gross = S.round([45000, 160000], 1);
    const fee = pct(gross, 55);
    const date = S.bday(3 + k * 9, 8 + k * 9);
    const batch = `${R.pick(['TI', 'TJ', 'TK'])}${R.digits(2)}${'ABCDEFGHJK'[R.int(0, 9)]}${R.digits(5)}`;
    const b = S.recv(date, gross - fee, { text: `MPESA C2B SETTLEMENT 4093321 ${batch}` });
    const booksGross = k === 0;
    const l = S.l(S.shift(date, -1), booksGross ? gross : gross - fee, {
      kind: 'deposit',
      party: 'Safaricom M-PESA',
      ref: batch,
      memo: booksGross ? `M-PESA paybill collections (gross) sweep ${batch}` : `M-PESA paybill sweep ${batch}`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: booksGross ? ['mobile-money-settlement', 'short-net-of-fee'] : ['mobile-money-settlement'],
    });
  }
  const gross = S.round([60000, 180000], 10);
  const fee = pct(gross, 175);
  const date = S.bday(15, 22);
  const b = S.recv(date, gross - fee, { text: `VISA/MC MERCHANT SETTLEMENT MID 9021174 ${date.slice(8)}SEP` });
  const l = S.l(S.shift(date, -1), gross, {
    kind: 'deposit',
    party: null,
    ref: '',
    memo: 'Card sales 15-19 Sep (gross)',
  });
  S.match(b, l, {
    decision: 'suggest',
    evidence: 'amount',
    traits: ['pos-settlement', 'short-net-of-fee'],
    note: 'gross card sales booked; the settlement is net and carries no reference the books hold',
  });
};
KE.payroll = (S) => {
  const { R } = S;
  const net = S.round([520000, 760000], 1) + R.int(0, 99);
  const date = S.bday(25, 26);
  const b = S.pay(date, net, { text: 'BULK PAYMENT SALARIES SEP 2025 (13)', channel: 'bulk' });
  const l = S.l(date, -net, { kind: 'payment', party: null, ref: 'PAYRUN-SEP25', memo: 'Net salaries September 2025' });
  S.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['payroll', 'batch'] });
  const amount = S.round([38000, 52000], 50);
  const bj = S.pay(date, amount, { text: 'MPESA B2C 0722***118 JOSEPH KAMAU NJOROGE', channel: 'b2c' });
  const lj = S.l(date, -amount, {
    kind: 'payment',
    party: 'Joseph Kamau',
    ref: '',
    memo: 'Salary Sep 2025 - Joseph Kamau (M-Pesa)',
  });
  S.match(bj, lj, { decision: 'auto', evidence: 'counterparty', traits: ['payroll', 'mobile-money', 'name-only'] });
  S.bankOnly(S.b(date, -10800, { text: 'MPESA B2C TRANSACTION CHARGE' }), 'charge');
};
KE.statutory = (S) => {
  const { R } = S;
  const items = [
    {
      text: (r) => `KRA E-SLIP PRN ${r} PAYE AUG 2025`,
      ref: (r) => `PRN ${r}`,
      memo: 'PAYE August 2025',
      range: [95000, 160000],
    },
    {
      text: (r) => `KRA PRN ${r} HOUSING LEVY`,
      ref: (r) => r,
      memo: 'Affordable Housing Levy August 2025',
      range: [16000, 24000],
    },
    {
      text: (r) => `SHA SHIF CONTRIBUTION AUG25 SLIP ${r.slice(-7)}`,
      ref: (r) => `SHIF ${r.slice(-7)}`,
      memo: 'SHIF contributions August 2025',
      range: [18000, 27000],
    },
    {
      text: (r) => `NSSF CONTRIBUTION AUG 2025 SLIP NO ${r.slice(-8)}`,
      ref: (r) => `NSSF-${r.slice(-8)}`,
      memo: 'NSSF Tier I & II August 2025',
      range: [42000, 60000],
    },
  ];
  for (const it of items) {
    const r = `20250${R.int(8, 9)}${R.digits(7)}`;
    const amount = S.round(it.range, 1) + R.int(0, 99);
    const date = S.bday(4, 9);
    const b = S.pay(date, amount, { text: it.text(r), channel: 'kra' });
    const l = S.l(S.shift(date, -1), -amount, { kind: 'payment', party: null, ref: it.ref(r), memo: it.memo });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['statutory'] });
  }
};
KE.cheques = (S) => {
  const { R } = S;
  const a1 = S.round([120000, 150000], 1000);
  const d1 = S.bday(3, 9);
  const b1 = S.b(d1, -a1, { text: 'CHQ 000781 PAID - CLEARING' });
  const l1 = S.l(S.D(1), -a1, {
    kind: 'cheque',
    party: 'Lanet Properties Ltd',
    ref: 'CHQ 000781',
    memo: 'Rent Sep 2025 - Lanet Properties (cheque)',
  });
  S.match(b1, l1, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a2 = S.round([20000, 60000], 500);
  const d2 = S.bday(10, 20);
  const b2 = S.b(d2, -a2, { text: 'CHQ 000784 PAID - CLEARING' });
  const l2 = S.l(S.shift(d2, -5), -a2, {
    kind: 'cheque',
    party: 'Rift Valley Haulers',
    ref: 'CHQ 000784',
    memo: 'Payment made to Rift Valley Haulers',
  });
  S.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['cheque-number'] });
  const a3 = S.round([90000, 300000], 100);
  const d3 = S.bday(12, 22);
  const chq = `1${R.digits(5)}`;
  const b3 = S.b(d3, a3, { text: `CHQ DEP ${chq} KCB - ELDORET GRAIN GROWERS` }, { valueOffset: 2 });
  const l3 = S.l(S.shift(d3, -1), a3, {
    kind: 'receipt',
    party: 'Eldoret Grain Growers Ltd',
    ref: `CHQ ${chq}`,
    memo: 'Payment received from Eldoret Grain Growers Ltd',
  });
  S.match(b3, l3, { decision: 'auto', evidence: 'reference', traits: ['cheque-number', 'cheque-deposit'] });
};
KE.bookOnly = (S) => [
  {
    date: S.D(29),
    amt: -S.round([40000, 90000], 500),
    row: {
      kind: 'cheque',
      party: 'Kenya Seed Company Ltd',
      ref: 'CHQ 000789',
      memo: 'Payment made to Kenya Seed Company Ltd',
    },
    why: 'cheque issued, not yet presented',
  },
  {
    date: S.D(30),
    amt: S.round([80000, 200000], 100),
    row: {
      kind: 'receipt',
      party: 'Njoro Farmers Co-operative Society',
      ref: `INV-${pad(S.nextInv(), 6)}`,
      memo: 'Payment received from Njoro Farmers Co-operative Society',
    },
    why: 'receipt booked on the promise to pay; the money arrives in October',
  },
  {
    date: S.D(24),
    amt: -S.round([3000, 9000], 10),
    row: { kind: 'expense', party: null, ref: 'EXP-0412', memo: 'Fuel - posted to NCBA instead of petty cash' },
    why: 'posted to the bank account in error (paid in cash)',
  },
];
KE.monthCharges = (S) => {
  const last = S.D(30);
  S.bankOnly(S.b(last, -50000, { text: 'LEDGER FEES SEP 2025' }), 'charge');
  S.bankOnly(S.b(last, -10000, { text: 'EXCISE DUTY' }), 'tax');
  S.bankOnly(S.b(last, -9000, { text: 'SMS ALERT CHARGES' }), 'charge');
};

// ---------------------------------------------------------------- South Africa: Capitec Business + Sage Business Cloud Accounting
export const ZA = {
  key: 'za-capitec-sagebc',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2025,
  month: 6,
  holidays: ['2025-06-16'],
  company: 'Fynbos Coffee Roasters (Pty) Ltd',
  bankName: 'Capitec Business',
  packageName:
    'Sage Business Cloud Accounting (Detailed Ledger Transactions, sage-business-cloud-detailed-ledger preset)',
  vatBp: 1500,
  invStart: 1503,
  inv: (n) => `SI-${n}`,
  invRange: [850, 42000],
  invStep: 10,
  instRange: [4250, 4250],
  supRange: [900, 58000],
  supStep: 10,
  overBy: 20000,
  refReceipts: 26,
  nameReceipts: 8,
  supplierPays: 15,
  writings: [
    [(n) => `SI-${n}`, 'ref-canonical'],
    [(n) => `si${n}`, 'ref-lowercase'],
    [(n) => `SI ${n}`, 'ref-spaces'],
    [(n) => `INV ${n}`, 'ref-prefix-changed'],
    [(n) => `${n}`, 'ref-serial-only'],
    [(n) => `SI/${n}`, 'ref-slashes'],
    [(n) => `Inv SI-${n}`, 'ref-canonical'],
    [(n) => `SI-0${n}`, 'ref-padding-added'],
    [(n) => `si-${n}`, 'ref-lowercase'],
  ],
  typos: [(n) => `SI-${swapLast(String(n))}`, (n) => `SI ${dbl(String(n))}`],
  partMemo: (n) => `SI-${n} part`,
  multiMemo: (ns) => `SI-${ns.join(' SI-')}`,
  twoPartMemo: (n, k) => (k === 1 ? `SI-${n} deposit` : `SI-${n} balance`),
  wht: (net, i) =>
    i === 0
      ? { amount: 3500, trait: 'short-bank-costs', memo: 'less bank chgs' }
      : { amount: pct(net, 250), trait: 'short-settlement-discount', memo: '2.5% disc' },
  billMemo: (bill, R) => R.pick([`Inv ${bill}`, bill, `${bill}`, `Acc ${bill}`]),
  customers: [
    { name: 'Stellenbosch Wine Estate Deli', payer: 'STELLENBOSCH WINE ESTATE' },
    { name: 'Bean There Café Franschhoek', payer: 'BEAN THERE CAFE' },
    { name: 'Die Bakkerij Paarl', payer: 'DIE BAKKERIJ PAARL' },
    { name: 'Kloof Street Kitchen (Pty) Ltd', payer: 'KLOOF STREET KITCHEN' },
    { name: 'Somerset Mall Coffee Corner', payer: 'SOMERSET COFFEE CORNER' },
    { name: 'Boschendal Farm Shop', payer: 'BOSCHENDAL FARM SHOP' },
    { name: 'Hermanus Harbour Café', payer: 'HERMANUS HARBOUR CAFE' },
    { name: 'Durbanville Hills Bistro', payer: 'DURBANVILLE HILLS BISTRO' },
    { name: 'Zeitz Office Park Canteen', payer: 'ZEITZ OFFICE PARK' },
    { name: 'Karoo Padstal CC', payer: 'KAROO PADSTAL CC' },
    { name: 'University of Stellenbosch Catering', payer: 'US CATERING SERVICES' },
    { name: 'Mzansi Brew Bar', payer: 'MZANSI BREW BAR' },
    { name: 'Sea Point Promenade Kiosk', payer: 'SEA POINT KIOSK' },
    { name: 'Thandeka Mokoena', payer: 'T MOKOENA' },
    { name: 'Camps Bay Beach Club', payer: 'CAMPS BAY BEACH CLUB' },
    { name: 'Woodstock Exchange Roastery Bar', payer: 'WOODSTOCK EXCHANGE' },
  ],
  odd: {
    initials: {
      name: 'Van der Merwe & De Villiers Trading',
      payer: 'VDM & DV TRADING',
      why: 'initials of the partners\u2019 surnames',
    },
    owner: {
      name: 'Muizenberg Surf Café',
      payer: 'MR S NAIDOO',
      why: 'the owner\u2019s personal account, no invoice quoted',
    },
    trading: {
      name: 'Bootlegger Coffee Claremont',
      payer: 'BEANPOINT HOSPITALITY PTY LTD',
      why: 'registered company name; the books use the café\u2019s trading name',
    },
    abbrev: { name: 'Cape Winelands Hospitality Group', payer: 'CWHG', why: 'abbreviated company name' },
    ownerRef: {
      name: 'Simon\u2019s Town Deli',
      payer: 'L BOTHA',
      why: 'the owner paid from her own account, quoting the invoice',
    },
    twins: { name: 'Bean There Café Franschhoek', payer: 'BEAN THERE CAFE' },
    tie: [{ name: 'Jacobs Family Bakery' }, { name: 'Jacobs Coffee & Co' }],
    tiePayer: 'JACOBS',
    instalments: [
      {
        name: 'Karoo Padstal CC',
        payer: 'KAROO PADSTAL CC',
        plan: 'SI-1433',
        planMemo: 'Grinder on instalment 3/6 SI-1433',
      },
      {
        name: 'Mzansi Brew Bar',
        payer: 'MZANSI BREW BAR',
        plan: 'SI-1441',
        planMemo: 'Espresso machine instalment 2/6 SI-1441',
      },
    ],
  },
  finance: {
    name: 'WesBank',
    payee: 'WESBANK',
    amount: 987645,
    ref: '44812097310',
    memo: 'Delivery van instalment Jun 2025 - 44812097310',
  },
  suppliers: [
    {
      name: 'Coffee Importers Africa (Pty) Ltd',
      payee: 'Coffee Importers Africa',
      bill: (R) => `CIA${R.int(10000, 19999)}`,
      memo: 'green beans',
    },
    {
      name: 'Cape Packaging Solutions',
      payee: 'Cape Packaging',
      bill: (R) => `INV${R.int(70000, 79999)}`,
      memo: 'bags and valves',
    },
    {
      name: 'Clover Dairy Distribution',
      payee: 'Clover Dairy',
      bill: (R) => `${R.int(9100000, 9199999)}`,
      memo: 'milk',
    },
    {
      name: 'Stellenbosch Municipality',
      payee: 'Stellenbosch Municipality',
      bill: (R) => `${R.digits(9)}`,
      memo: 'rates and water',
    },
    { name: 'The Courier Guy', payee: 'The Courier Guy', bill: (R) => `TCG-${R.int(400000, 499999)}`, memo: 'courier' },
    {
      name: 'Techniplan Property Rentals',
      payee: 'Techniplan Property',
      bill: () => 'Rent June 2025',
      memo: 'roastery rent',
    },
    {
      name: 'Probat Service SA',
      payee: 'Probat Service SA',
      bill: (R) => `PS${R.int(2000, 2999)}`,
      memo: 'roaster service',
    },
  ],
  failedTo: {
    name: 'Cape Packaging Solutions',
    payee: 'Cape Packaging',
    bill: (R) => `INV${R.int(80000, 89999)}`,
    memo: 'bags and valves',
  },
  own: [
    {
      out: true,
      range: [15000, 40000],
      step: 1000,
      ref: 'TRF-JUN-01',
      memo: 'Transfer to Capitec tax savings',
      text: 'Transfer to Savings: Fynbos Tax Reserve',
    },
    {
      out: false,
      range: [20000, 60000],
      step: 1000,
      ref: 'TRF-JUN-02',
      memo: 'Transfer from FNB cheque account',
      text: 'Payment Received: FYNBOS COFFEE ROASTERS FNB',
    },
  ],
  unbooked: [
    {
      amount: 245000,
      t: { text: 'Payment Received: M VD MERWE COFFEE' },
      why: 'an unknown payer the books have no receipt for',
    },
    {
      amount: -189900,
      t: { text: 'Card Purchase: Takealot.com Cape Town', fee: 0 },
      why: 'card spending the bookkeeper did not record',
    },
    {
      amount: -69900,
      t: { text: 'Debit Order: Vodacom 0001234567', fee: 300 },
      why: 'a debit order the bookkeeper did not record',
    },
  ],
  memo: {
    receipt: (c, n, R) => R.pick(['Customer Receipt', `Receipt ${c.name}`, 'EFT received', '']),
  },
};
ZA.text = {
  inRef: (payer, memo, R) => ({
    text: clean(
      R.pick([
        `Payment Received: ${payer} ${memo}`,
        `Received: ${payer} - ${memo}`,
        `Immediate Payment Received: ${payer} ${memo}`,
        `EFT Credit ${payer} ${memo}`,
      ]),
    ),
  }),
  inName: (payer, R, hint) =>
    ZA.text.inRef(payer, hint === 'instalment' ? 'June instalment' : R.pick(['', 'coffee', 'payment', 'beans']), R),
  inAnon: (R, i) =>
    i === 0
      ? { text: 'Cash Deposit: Capitec Stellenbosch', fee: 2500 }
      : { text: 'ATM Cash Deposit: Eikestad Mall', fee: 1800 },
  out: (payee, memo, R) => {
    const imm = R.next() < 0.3;
    return {
      text: clean(`${imm ? 'Immediate Payment' : 'Banking App Payment'}: ${payee} ${memo}`),
      fee: imm ? 1000 : 350,
    };
  },
  feeReceipt: (c, ref, gross) => {
    const fee = Math.round(gross / 100);
    return { text: `Cash Deposit: ${ref} ${c.payer}`, feeMinor: fee, fee };
  },
  debitOrder: (fin) => ({ text: `Debit Order: ${fin.payee} ${fin.ref}`, fee: 300 }),
  reversal: (t) => ({ text: `Returned Payment: ${t.text.replace(/^[^:]*: /, '')} (account closed)` }),
  own: (o) => ({ text: o.text }),
};
ZA.settlements = (S) => {
  const { R } = S;
  for (let k = 0; k < 7; k++) {
    const gross = S.round([3500, 14000], 1) + R.int(0, 99);
    const fee = pct(gross, 295);
    const id = `${R.digits(7)}`;
    const date = S.bday(2 + k * 4, 5 + k * 4);
    const b = S.recv(date, gross - fee, { text: `Payment Received: YOCO PAYOUT ${id}` });
    const booksGross = k === 3;
    const l = S.l(S.shift(date, -1), booksGross ? gross : gross - fee, {
      kind: 'deposit',
      party: 'Yoco',
      ref: `YOCO ${id}`,
      memo: booksGross ? `Card sales (gross) payout ${id}` : `Yoco payout ${id}`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: booksGross ? ['card-settlement', 'short-net-of-fee'] : ['card-settlement'],
    });
  }
  const gross = S.round([2000, 7000], 1);
  const fee = pct(gross, 300);
  const date = S.bday(16, 24);
  const b = S.recv(date, gross - fee, { text: 'Payment Received: SNAPSCAN SETTLEMENT' });
  const l = S.l(S.shift(date, -2), gross, {
    kind: 'deposit',
    party: 'SnapScan',
    ref: '',
    memo: 'SnapScan sales market day (gross)',
  });
  S.match(b, l, {
    decision: 'suggest',
    evidence: 'counterparty',
    traits: ['qr-settlement', 'short-net-of-fee'],
    note: 'gross sales booked; the settlement is net and carries no reference the books hold',
  });
};
ZA.payroll = (S) => {
  const { R } = S;
  const staff = ['L Daniels', 'S Mthembu', 'A Petersen', 'N Dlamini', 'J Fortuin', 'Z Khumalo'];
  const full = [
    'Lauren Daniels',
    'Sipho Mthembu',
    'Abdul Petersen',
    'Nomvula Dlamini',
    'Jacques Fortuin',
    'Zanele Khumalo',
  ];
  const equal = S.round([14500, 14500], 10);
  const date = S.bday(24, 25);
  for (const [k, n] of staff.entries()) {
    const amount = k === 1 || k === 4 ? equal : S.round([9800, 32000], 10) + R.int(0, 99);
    const b = S.pay(date, amount, { text: `Immediate Payment: Salary Jun ${n}`, fee: 1000 });
    const l = S.l(date, -amount, {
      kind: 'payment',
      party: full[k],
      ref: 'SAL JUN25',
      memo: `Salary June 2025 - ${full[k]}`,
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: 'counterparty',
      traits:
        k === 1 || k === 4
          ? ['payroll', 'name-only', 'equal-amounts', 'fee-on-same-line']
          : ['payroll', 'name-only', 'fee-on-same-line'],
    });
  }
};
ZA.statutory = (S) => {
  const { R } = S;
  const prn = `7120345678LC${R.digits(5)}`;
  const a1 = S.round([18000, 29000], 1) + R.int(0, 99);
  const d1 = S.bday(5, 6);
  const b1 = S.pay(d1, a1, { text: `Banking App Payment: SARS-EMP201 ${prn}`, fee: 350 });
  const l1 = S.l(d1, -a1, { kind: 'payment', party: 'SARS', ref: prn, memo: 'EMP201 May 2025 (PAYE, UIF, SDL)' });
  S.match(b1, l1, { decision: 'auto', evidence: 'reference', traits: ['statutory', 'fee-on-same-line'] });
  const vatRef = `4890213465${R.digits(8)}`;
  const a2 = S.round([21000, 46000], 1) + R.int(0, 99);
  const d2 = S.bday(24, 25);
  const b2 = S.pay(d2, a2, { text: `Banking App Payment: SARS-VAT201 ${vatRef}`, fee: 350 });
  const l2 = S.l(d2, -a2, { kind: 'payment', party: 'SARS', ref: vatRef, memo: 'VAT201 period 2025/05' });
  S.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['statutory', 'fee-on-same-line'] });
  const a3 = S.round([1800, 3200], 1) + R.int(0, 99);
  const d3 = S.bday(12, 20);
  const b3 = S.pay(d3, a3, { text: 'Debit Order: Sanlam Umbrella Pension Fund', fee: 300 });
  const l3 = S.l(d3, -a3, {
    kind: 'payment',
    party: 'Sanlam Umbrella Fund',
    ref: 'PF JUN25',
    memo: 'Pension fund contributions June 2025',
  });
  S.match(b3, l3, { decision: 'auto', evidence: 'counterparty', traits: ['debit-order', 'fee-on-same-line'] });
};
ZA.cheques = null;
ZA.bookOnly = (S) => [
  {
    date: S.D(30),
    amt: S.round([5000, 15000], 10),
    row: { kind: 'receipt', party: 'Camps Bay Beach Club', ref: `SI-${S.nextInv()}`, memo: 'EFT per proof of payment' },
    why: 'receipt booked from a proof of payment; the money clears in July',
  },
  {
    date: S.D(30),
    amt: -S.round([2000, 6000], 10),
    row: { kind: 'payment', party: 'Probat Service SA', ref: 'PS2988', memo: 'roaster service - scheduled payment' },
    why: 'payment scheduled on the 30th, executed by the bank in July',
  },
  {
    date: S.D(27),
    amt: -S.round([400, 900], 10),
    row: {
      kind: 'payment',
      party: null,
      ref: 'PC-JUN',
      memo: 'Staff refreshments - paid from petty cash, posted to bank in error',
    },
    why: 'posted to the bank account in error (paid in cash)',
  },
];
ZA.monthCharges = (S) => {
  S.bankOnly(S.b(S.D(1), -7500, { text: 'Monthly Account Admin Fee', fee: 7500, feeOnly: true }), 'charge');
  S.bankOnly(S.b(S.D(30), -1435, { text: 'SMS Notification Fee (41)', fee: 1435, feeOnly: true }), 'charge');
  S.bankOnly(S.b(S.D(30), 4412, { text: 'Interest Received' }), 'interest');
};
