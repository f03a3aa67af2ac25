// The four businesses of holdout21: who pays them, whom they pay, how their bank words each line and how their
// books word each row. Country-neutral event logic is in scenario.mjs; file layouts are in layouts.mjs.
import { dmy, MONTHS } from './lib.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const cut = (s, n) => (s.length > n ? s.slice(0, n).trimEnd() : s);
const monName = (iso) => MONTHS[Number(iso.slice(5, 7)) - 1].toUpperCase();

// ---------------------------------------------------------------------------------------------------------------
// Nigeria — Globus Bank (XLSX statement) × SAP Business ByDesign (G/L account line items, CSV)
// ---------------------------------------------------------------------------------------------------------------
const ng = {
  set: 'ng-globus-bydesign',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  from: '2026-04-01',
  to: '2026-04-30',
  company: 'Amarachi Agro-Allied Ltd',
  town: 'Onitsha',
  bankName: 'Globus Bank',
  packageName: 'SAP Business ByDesign',
  opening: 48_215_640_55,
  scale: 1,
  customers: [
    { books: 'Obiora Supermarket Ltd', bank: 'OBIORA SUPERMARKET LIMITED', other: 'NWANKWO CHINEDU OBI' },
    { books: 'Kano Grains Merchants', bank: 'KANO GRAINS MERCHANTS ENTERPRISES', other: 'ALH. MUSA DANLADI' },
    { books: 'Benue Feedmills Ltd', bank: 'BENUE FEEDMILLS LTD', other: 'BFM OPERATIONS ACCT' },
    { books: 'Ibadan Poultry Farms Ltd', bank: 'IBADAN POULTRY FARMS LIMITED', other: 'ADEYEMI OLUWASEUN T' },
    { books: 'Eze Brothers Trading Co', bank: 'EZE BROTHERS TRADING COMPANY', other: 'EZE IKENNA' },
    { books: 'Lagos Fresh Foods Plc', bank: 'LAGOS FRESH FOODS PLC', other: 'LFF PLC COLLECTIONS' },
    { books: 'Aba Bakeries Ltd', bank: 'ABA BAKERIES LTD', other: 'UCHE AND SONS' },
    { books: 'Makurdi Agro Dealers', bank: 'MAKURDI AGRO DEALERS', other: 'TERKAA IORVAA' },
    { books: 'Owerri Foods Distribution Ltd', bank: 'OWERRI FOODS DISTRIBUTION LTD', other: 'OFD LTD' },
    { books: 'Asaba Farm Inputs Ltd', bank: 'ASABA FARM INPUTS LIMITED', other: 'MRS NGOZI OKOLI' },
  ],
  suppliers: [
    { books: 'Onyeka Packaging Ltd', bank: 'ONYEKA PACKAGING LTD', bill: (n) => `OPL/2026/${pad(300 + n, 4)}` },
    { books: 'Zamfara Haulage Services', bank: 'ZAMFARA HAULAGE SERVICES', bill: (n) => `ZHS-${pad(770 + n, 4)}` },
    { books: 'Crestline Agro Chemicals Ltd', bank: 'CRESTLINE AGRO CHEMICALS', bill: (n) => `CAC 26-${1140 + n}` },
    { books: 'Ikedi Diesel Supplies', bank: 'IKEDI DIESEL SUPPLIES', bill: null },
    { books: 'Modupe Printing Press', bank: 'MODUPE PRINTING PRESS', bill: null },
    { books: 'Northgate Cold Rooms Ltd', bank: 'NORTHGATE COLD ROOMS LTD', bill: null },
    { books: 'Ekene Motors Workshop', bank: 'EKENE MOTORS WORKSHOP', bill: (n) => `EMW${pad(51 + n, 5)}` },
    { books: 'Ifeanyi Electrical Works', bank: 'IFEANYI ELECTRICAL WORKS', bill: null },
  ],
  supplierCreditNote: (n) => `OPL/CN/${pad(17 + n, 3)}`,
  invoice: (s) => `INV-2026-${pad(s, 5)}`,
  firstInvoice: 391,
  writings: [
    ['ref-canonical', (s) => `INV-2026-${pad(s, 5)}`],
    ['ref-lowercase', (s) => `inv-2026-${pad(s, 5)}`],
    ['ref-slashes', (s) => `INV/2026/${pad(s, 5)}`],
    ['ref-spaces', (s) => `INV 2026 ${pad(s, 5)}`],
    ['ref-no-padding', (s) => `INV-2026-${s}`],
    ['ref-year-serial-joined', (s) => `INV2026${pad(s, 5)}`],
    ['ref-two-digit-year', (s) => `INV/26/${s}`],
    ['ref-lowercase', (s) => `inv 2026/${s}`],
  ],
  foreign: [
    ['ref-check-digit', (s) => `INV-2026-${pad(s, 5)}-7`, 'auto'],
    ['ref-branch-prefix', (s) => `ONT01/INV/2026/${s}`, 'auto'],
  ],
  withholding: [
    ['short-withholding-tax-5pct', 500],
    ['short-withholding-tax-10pct', 1000],
  ],
  settlement: { provider: 'Paystack', feeBp: 150, batch: (n) => `${4819200 + n * 37}` },
  invoiceRange: [180_000, 2_400_000],
  billRange: [95_000, 1_900_000],
  cheques: (n) => pad(31400 + n, 8),
  statutory: [
    {
      label: 'PAYE',
      payee: 'ANAMBRA STATE IRS',
      ref: 'RRR 2904-5518-7731',
      bankRef: '290455187731',
      range: [850_000, 1_100_000],
    },
    { label: 'VAT', payee: 'FIRS', ref: 'TXP-PRN 1029384756', bankRef: '1029384756', range: [1_400_000, 2_600_000] },
    { label: 'NSITF', payee: 'NSITF', ref: 'RRR 3300-1219-4406', bankRef: '330012194406', range: [60_000, 90_000] },
    { label: 'Pension', payee: 'CRESCENT PENSIONS PFA', ref: null, range: [640_000, 780_000] },
  ],
  payrollRange: [6_400_000, 7_200_000],
  ownAccount: {
    books: 'Transfer to Globus Call Deposit 1000623418',
    bank: 'TRF TO AMARACHI AGRO-ALLIED CALL A/C 1000623418',
  },

  // ---- bank wording ----
  session: (rng) =>
    `00013026${pad(rng.int(0, 99999999), 8)}${pad(rng.int(0, 99999999), 8)}${pad(rng.int(0, 999999), 6)}`,
  credit(c, rng) {
    const nm = (n, w = 30) => cut(n, w);
    switch (c.channel) {
      case 'transfer':
        return { text: `NIP CR/${nm(c.name, c.truncate ? 18 : 30)}/${c.memo}`, reference: this.session(rng) };
      case 'refcol':
        return { text: `INTRA CR/${nm(c.name)}`, reference: c.memo };
      case 'anon-mobile':
        return { text: `USSD CR/234803***${rng.int(1000, 9999)}`, reference: this.session(rng) };
      case 'anon-cash':
        return { text: 'CASH DEPOSIT ONITSHA BR - BY SELF', reference: `CD${rng.int(100000, 999999)}` };
      case 'settlement':
        return { text: `NIP CR/PAYSTACK PAYMENTS LTD/${c.memo}`, reference: this.session(rng) };
      case 'reversal':
        return { text: `RVSL NIP DR/${nm(c.name)}/${c.memo}`, reference: c.reference };
      default:
        throw new Error(c.channel);
    }
  },
  debit(c, rng) {
    switch (c.channel) {
      case 'transfer':
        return { text: `NIP DR/${cut(c.name, 30)}/${c.memo}`, reference: this.session(rng) };
      case 'cheque':
        return { text: `CHQ CLRG ${c.memo} INWARD`, reference: c.memo };
      case 'payroll':
        return { text: `BULK PYMT/SALARY ${c.memo}/48 BENEFICIARIES`, reference: `BLK${rng.int(1000000, 9999999)}` };
      case 'statutory':
        return c.bankRef
          ? { text: `REMITA/${c.name}/${c.memo}`, reference: c.bankRef }
          : { text: `NIP DR/${c.name}/PENSION ${c.memo}`, reference: this.session(rng) };
      case 'own':
        return { text: c.memo, reference: `FT26${rng.int(100000, 999999)}` };
      case 'card':
        return { text: `POS PURCHASE ${c.name} LAGOS NG`, reference: `POS${rng.int(10000000, 99999999)}` };
      default:
        throw new Error(c.channel);
    }
  },
  fees(channel, amount, c) {
    if (channel === 'transfer') {
      const f = amount <= 5_000_00 ? 10_75 : amount <= 50_000_00 ? 26_88 : 53_75;
      const vat = Math.round(f * 0.075);
      return [
        { amount: -f, text: `COMM ON NIP TRF ${cut(c.name, 16)}`, kind: 'charge', traits: ['transfer-fee'] },
        { amount: -vat, text: 'VAT ON COMM NIP TRF', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    }
    if (channel === 'payroll')
      return [
        { amount: -2_500_00, text: 'BULK PAYMENT CHARGE', kind: 'charge', traits: ['bulk-payment-fee'] },
        { amount: -187_50, text: 'VAT ON BULK PAYMENT CHARGE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    if (channel === 'statutory' && c.bankRef)
      return [
        { amount: -161_25, text: 'REMITA CONVENIENCE FEE', kind: 'charge', traits: ['payment-platform-fee'] },
        { amount: -12_09, text: 'VAT ON REMITA FEE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      ];
    return [];
  },
  daily(date, receipts) {
    const n = receipts.filter((r) => r.amount >= 10_000_00).length;
    if (!n) return [];
    return [
      { amount: -50_00 * n, text: `STAMP DUTY ON INFLOWS ${dmy(date)} X${n}`, kind: 'levy', traits: ['stamp-duty'] },
    ];
  },
  monthEnd(ctx) {
    const m = monName(ctx.to);
    const amf = Math.round(ctx.debitsMinor / 1000);
    const interest = 31_412_37;
    return [
      { amount: -ctx.creditCount * 4_00, text: `SMS ALERT CHARGES ${m} 2026`, kind: 'charge', traits: ['sms-alert'] },
      { amount: -amf, text: `ACCOUNT MAINTENANCE FEE ${m} 2026`, kind: 'charge', traits: ['account-maintenance'] },
      { amount: -Math.round(amf * 0.075), text: `VAT ON AMF ${m} 2026`, kind: 'fee-vat', traits: ['vat-on-fee'] },
      { amount: interest, text: `CREDIT INTEREST ${m} 2026`, kind: 'interest', traits: ['interest'] },
      {
        amount: -Math.round(interest * 0.1),
        text: `WHT ON CREDIT INTEREST ${m} 2026`,
        kind: 'tax',
        traits: ['wht-on-interest'],
      },
    ];
  },
  cardMerchants: ['SHOPRITE AWKA', 'TOTALENERGIES ONITSHA'],
  unknownPayers: ['CHUKWUMA A OKAFOR', 'GREENFIELD VENTURES'],

  // ---- book wording ----
  book(t) {
    const p = t.party ?? '';
    switch (t.type) {
      case 'receipt':
        return { vtype: 'Payment Receipt', ref: t.docs.join(' '), desc: `Customer payment ${p}`, party: p };
      case 'receipt-anon':
        return { vtype: 'Payment Receipt', ref: t.docs.join(' '), desc: `Customer payment ${p} - cash/USSD`, party: p };
      case 'order':
        return { vtype: 'Payment Receipt', ref: t.docs[0], desc: `Advance on ${t.memo} - ${p}`, party: p };
      case 'settlement':
        return {
          vtype: 'Payment Receipt',
          ref: t.batch ?? '',
          desc: t.batch ? `Paystack settlement ${t.batch} gross` : `Paystack card sales ${dmy(t.salesDate)}`,
          party: 'Paystack Payments Ltd',
        };
      case 'settlement-fee':
        return {
          vtype: 'Manual Journal Entry',
          ref: t.batch,
          desc: `Paystack fees settlement ${t.batch}`,
          party: 'Paystack Payments Ltd',
        };
      case 'supplier-refund':
        return {
          vtype: 'Payment Receipt',
          ref: t.docs[0],
          desc: `Supplier refund ${p}${t.memo ? ` - ${t.memo}` : ''}`,
          party: p,
        };
      case 'payment':
        return { vtype: 'Outgoing Payment', ref: t.docs[0] ?? '', desc: `Supplier payment ${p}`, party: p };
      case 'cheque':
        return { vtype: 'Outgoing Payment', ref: t.docs[0], desc: `Cheque ${t.docs[0]} ${p}`, party: p };
      case 'payroll':
        return { vtype: 'Manual Journal Entry', ref: `PAY-${t.memo}`, desc: `Net salaries ${t.memo}`, party: '' };
      case 'statutory':
        return {
          vtype: 'Outgoing Payment',
          ref: t.ref ?? '',
          desc: `${t.label} ${t.memo} - ${t.payee}`,
          party: t.payee,
        };
      case 'own':
        return { vtype: 'Manual Journal Entry', ref: '', desc: this.ownAccount.books, party: '' };
      default:
        throw new Error(t.type);
    }
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Ghana — First Atlantic Bank (CSV) × a hand-kept Excel cash book (XLSX)
// ---------------------------------------------------------------------------------------------------------------
const gh = {
  set: 'gh-firstatlantic-cashbook',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  from: '2026-05-01',
  to: '2026-05-31',
  company: 'Asantewaa Shea & Cocoa Products Ltd',
  town: 'Kumasi',
  bankName: 'First Atlantic Bank',
  packageName: 'hand-kept Excel cash book',
  refReceipts: 28,
  opening: 1_286_402_18,
  customers: [
    { books: 'Kofi Mensah Enterprise', bank: 'KOFI MENSAH ENTERPRISE', other: 'K. MENSAH' },
    { books: 'Adjoa Shea Butter Traders', bank: 'ADJOA SHEA BUTTER TRADERS', other: 'ADJOA BOATEMAA' },
    { books: 'Tamale Natural Oils', bank: 'TAMALE NATURAL OILS LTD', other: 'ALHASSAN IDDRISU' },
    { books: 'Cape Coast Cosmetics', bank: 'CAPE COAST COSMETICS', other: 'CCC ACCOUNTS' },
    { books: 'Accra Beauty Supplies Ltd', bank: 'ACCRA BEAUTY SUPPLIES LIMITED', other: 'NANA AMA OWUSU' },
    { books: 'Ho Agro Processing', bank: 'HO AGRO PROCESSING', other: 'EDEM KUDJO' },
    { books: 'Takoradi Wholesale Depot', bank: 'TAKORADI WHOLESALE DEPOT', other: 'T W D' },
    { books: 'Sunyani Organics', bank: 'SUNYANI ORGANICS', other: 'YAW DONKOR' },
    { books: 'Golden Pod Exporters', bank: 'GOLDEN POD EXPORTERS LTD', other: 'GPE LIMITED OPS' },
    { books: 'Bolga Craft Market', bank: 'BOLGA CRAFT MARKET', other: 'AYAMGA ROSE' },
  ],
  suppliers: [
    { books: 'Ashanti Jute Sacks', bank: 'ASHANTI JUTE SACKS', bill: (n) => `AJS-${pad(4410 + n, 5)}` },
    { books: 'Kwame Boateng Haulage', bank: 'KWAME BOATENG HAULAGE', bill: (n) => `KBH/${pad(230 + n, 4)}` },
    { books: 'Ejisu Packaging Works', bank: 'EJISU PACKAGING WORKS', bill: (n) => `EPW ${880 + n}` },
    { books: 'Suame Fuel Station', bank: 'SUAME FUEL STATION', bill: null },
    { books: 'Abena Office Mart', bank: 'ABENA OFFICE MART', bill: null },
    { books: 'Adum Electricals', bank: 'ADUM ELECTRICALS', bill: null },
    { books: 'Obuasi Drums & Containers', bank: 'OBUASI DRUMS CONTAINERS', bill: (n) => `ODC${pad(61 + n, 4)}` },
    { books: 'Nhyiaeso Security Services', bank: 'NHYIAESO SECURITY SVCS', bill: null },
  ],
  supplierCreditNote: (n) => `AJS-CN-${pad(90 + n, 3)}`,
  invoice: (s) => `SI/26/${pad(s, 4)}`,
  firstInvoice: 412,
  writings: [
    ['ref-canonical', (s) => `SI/26/${pad(s, 4)}`],
    ['ref-hyphens', (s) => `SI-26-${pad(s, 4)}`],
    ['ref-lowercase', (s) => `si/26/${pad(s, 4)}`],
    ['ref-spaces', (s) => `SI 26 ${pad(s, 4)}`],
    ['ref-no-padding', (s) => `SI/26/${s}`],
    ['ref-year-serial-joined', (s) => `SI26${pad(s, 4)}`],
    ['ref-prefix-inv', (s) => `INV 26/${pad(s, 4)}`],
    ['ref-four-digit-year', (s) => `SI/2026/${pad(s, 4)}`],
  ],
  foreign: [
    ['ref-check-digit', (s) => `SI/26/${pad(s, 4)}-3`, 'auto'],
    ['ref-branch-prefix', (s) => `KSI03/SI/26/${pad(s, 4)}`, 'auto'],
  ],
  withholding: [
    ['short-withholding-tax-3pct', 300],
    ['short-withholding-tax-7.5pct', 750],
  ],
  settlement: { provider: 'Paystack Ghana', feeBp: 195, batch: (n) => `PSG${pad(77810 + n * 3, 7)}` },
  invoiceRange: [4_500, 68_000],
  billRange: [2_200, 52_000],
  cheques: (n) => pad(6711 + n, 6),
  statutory: [
    {
      label: 'PAYE',
      payee: 'GRA DOMESTIC TAX',
      ref: 'GRA-PAYE-260504117',
      bankRef: 'GRA-PAYE-260504117',
      range: [18_000, 24_000],
    },
    {
      label: 'VAT',
      payee: 'GRA DOMESTIC TAX',
      ref: 'GRA-VAT-260505882',
      bankRef: 'GRA-VAT-260505882',
      range: [26_000, 41_000],
    },
    { label: 'SSNIT Tier 1', payee: 'SSNIT', ref: null, range: [9_500, 12_000] },
    { label: 'Tier 2', payee: 'AXIS PENSION TRUST', ref: null, range: [4_100, 5_200] },
  ],
  payrollRange: [118_000, 131_000],
  ownAccount: { books: 'Trf to FAB Call a/c 0021390045', bank: 'TRANSFER TO 0021390045 ASANTEWAA SHEA CALL' },

  credit(c, rng) {
    switch (c.channel) {
      case 'transfer':
        return {
          text: `GIP INWARD FRM ${cut(c.name, c.truncate ? 16 : 28)} ${c.memo}`,
          reference: `GIP${rng.int(10000000, 99999999)}`,
        };
      case 'refcol':
        return { text: `ACH CREDIT - ${c.name}`, reference: c.memo };
      case 'anon-mobile':
        return { text: `MOMO-BANK 23324***${rng.int(1000, 9999)}`, reference: `MM${rng.int(10000000, 99999999)}` };
      case 'anon-cash':
        return { text: 'CASH LODGEMENT - KUMASI ADUM', reference: '' };
      case 'settlement':
        return { text: `GIP INWARD FRM PAYSTACK GHANA ${c.memo}`, reference: `GIP${rng.int(10000000, 99999999)}` };
      case 'reversal':
        return { text: `REVERSAL: GIP OUTWARD ${cut(c.name, 20)} ${c.memo}`, reference: c.reference };
      default:
        throw new Error(c.channel);
    }
  },
  debit(c, rng) {
    switch (c.channel) {
      case 'transfer':
        return { text: `GIP OUTWARD TO ${cut(c.name, 24)} ${c.memo}`, reference: `GIP${rng.int(10000000, 99999999)}` };
      case 'cheque':
        return { text: `CLEARING CHQ PAID`, reference: c.memo };
      case 'payroll':
        return { text: `BULK ACH SALARY ${c.memo}`, reference: `BLK${rng.int(100000, 999999)}` };
      case 'statutory':
        return c.bankRef
          ? { text: `GRA PAYMENT ${c.memo}`, reference: c.bankRef }
          : { text: `ACH DEBIT ${c.name} ${c.memo}`, reference: `ACH${rng.int(100000, 999999)}` };
      case 'own':
        return { text: c.memo, reference: `FT${rng.int(1000000, 9999999)}` };
      case 'card':
        return { text: `VISA POS ${c.name}`, reference: `${rng.int(100000, 999999)}` };
      default:
        throw new Error(c.channel);
    }
  },
  fees(channel) {
    if (channel === 'transfer')
      return [{ amount: -10_00, text: 'GIP TRANSFER CHARGE', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'payroll')
      return [{ amount: -60_00, text: 'BULK ACH CHARGE', kind: 'charge', traits: ['bulk-payment-fee'] }];
    if (channel === 'anon-cash')
      return [{ amount: -5_00, text: 'CASH HANDLING CHARGE', kind: 'charge', traits: ['cash-deposit-fee'] }];
    return [];
  },
  daily() {
    return [];
  },
  monthEnd(ctx) {
    const m = monName(ctx.to);
    const interest = 1_184_62;
    return [
      { amount: -45_00, text: 'CHEQUE BOOK CHARGE 50 LVS', kind: 'charge', traits: ['cheque-book'], day: 12 },
      { amount: -ctx.creditCount * 30, text: `SMS ALERT FEES ${m}-26`, kind: 'charge', traits: ['sms-alert'] },
      { amount: -150_00, text: `ACCOUNT MAINTENANCE FEE ${m}-26`, kind: 'charge', traits: ['account-maintenance'] },
      { amount: interest, text: `CREDIT INTEREST ${m}-26`, kind: 'interest', traits: ['interest'] },
      {
        amount: -Math.round(interest * 0.08),
        text: `WHT ON INTEREST ${m}-26`,
        kind: 'tax',
        traits: ['wht-on-interest'],
      },
    ];
  },
  cardMerchants: ['MELCOM KUMASI', 'GOIL ADUM'],
  unknownPayers: ['OSEI TUTU K', 'BRIGHT FUTURE VENTURES'],

  book(t) {
    const p = t.party ?? '';
    switch (t.type) {
      case 'receipt':
        return {
          vtype: 'RV',
          ref: t.docs.join(', '),
          desc: `Recd from ${p}`,
          party: p,
          remark: t.docs.length > 1 ? 'one transfer for two invoices' : '',
        };
      case 'receipt-anon':
        return { vtype: 'RV', ref: t.docs.join(', '), desc: `Recd from ${p}`, party: p, remark: 'paid in cash/momo' };
      case 'order':
        return {
          vtype: 'RV',
          ref: t.docs[0],
          desc: `Recd from ${p} - ${t.memo}`,
          party: p,
          remark: 'deposit on order',
        };
      case 'settlement':
        return {
          vtype: 'RV',
          ref: t.batch ?? '',
          desc: t.batch ? `Paystack payout ${t.batch}` : `Paystack online sales ${dmy(t.salesDate)}`,
          party: 'Paystack',
          remark: t.fee ? '' : 'gross',
        };
      case 'settlement-fee':
        return { vtype: 'PV', ref: t.batch, desc: `Paystack charges on ${t.batch}`, party: 'Paystack', remark: '' };
      case 'supplier-refund':
        return { vtype: 'RV', ref: t.docs[0], desc: `Refund from ${p}`, party: p, remark: t.memo ?? '' };
      case 'payment':
        return { vtype: 'PV', ref: t.docs[0] ?? '', desc: `Paid ${p}`, party: p, remark: '' };
      case 'cheque':
        return {
          vtype: 'PV',
          ref: '',
          desc: `${p} - chq ${t.docs[0]}`,
          party: p,
          remark: t.bill ? `bill ${t.bill}` : '',
          chq: t.docs[0],
        };
      case 'payroll':
        return { vtype: 'PV', ref: '', desc: `Salaries ${t.memo}`, party: '', remark: 'net pay' };
      case 'statutory':
        return { vtype: 'PV', ref: t.ref ?? '', desc: `${t.label} ${t.memo} - ${t.payee}`, party: t.payee, remark: '' };
      case 'own':
        return { vtype: 'JV', ref: '', desc: this.ownAccount.books, party: '', remark: 'own account' };
      default:
        throw new Error(t.type);
    }
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Kenya — Victoria Commercial Bank (CSV, newest first) × Unit4 ERP general-ledger transactions (CSV, semicolons)
// ---------------------------------------------------------------------------------------------------------------
const ke = {
  set: 'ke-victoria-unit4',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  from: '2026-06-01',
  to: '2026-06-30',
  company: 'Wanjiru Print & Pack Ltd',
  town: 'Nairobi',
  bankName: 'Victoria Commercial Bank',
  packageName: 'Unit4 ERP',
  orderPrefix: 'LPO',
  opening: 14_862_905_40,
  customers: [
    { books: 'Mwangaza Schools Ltd', bank: 'MWANGAZA SCHOOLS LTD', other: 'J K MWANGI' },
    { books: 'Rift Valley Dairies', bank: 'RIFT VALLEY DAIRIES LTD', other: 'RVD COLLECTIONS' },
    { books: 'Kisumu Lakeside Hotel', bank: 'KISUMU LAKESIDE HOTEL', other: 'ODHIAMBO OTIENO' },
    { books: 'Nyeri Coffee Millers', bank: 'NYERI COFFEE MILLERS LTD', other: 'NCM FINANCE' },
    { books: 'Mombasa Spice Traders', bank: 'MOMBASA SPICE TRADERS', other: 'ALI HASSAN MOHAMED' },
    { books: 'Thika Fresh Juices', bank: 'THIKA FRESH JUICES LTD', other: 'WAIRIMU NJERI' },
    { books: 'Eldoret Agrovet Centre', bank: 'ELDORET AGROVET CENTRE', other: 'KIPRONO KIBET' },
    { books: 'Machakos Bakers', bank: 'MACHAKOS BAKERS', other: 'MUTUA MUSYOKA' },
    { books: 'Nakuru Pharma Distributors', bank: 'NAKURU PHARMA DISTRIBUTORS', other: 'NPD LTD' },
    { books: 'Kitale Seed Merchants', bank: 'KITALE SEED MERCHANTS', other: 'WANJALA PETER' },
  ],
  suppliers: [
    { books: 'Athi River Paper Mills', bank: 'ATHI RIVER PAPER MILLS', bill: (n) => `ARPM/INV/${pad(5120 + n, 5)}` },
    { books: 'Embakasi Ink Supplies', bank: 'EMBAKASI INK SUPPLIES', bill: (n) => `EIS-${pad(301 + n, 5)}` },
    { books: 'Kariuki Transporters', bank: 'KARIUKI TRANSPORTERS', bill: (n) => `KT${2260 + n}` },
    { books: 'Ruaraka Hardware', bank: 'RUARAKA HARDWARE', bill: null },
    { books: 'Sameer Office Cleaning', bank: 'SAMEER OFFICE CLEANING', bill: null },
    { books: 'Juja Pallets & Timber', bank: 'JUJA PALLETS AND TIMBER', bill: null },
    { books: 'Industrial Area Gas Ltd', bank: 'INDUSTRIAL AREA GAS LTD', bill: (n) => `IAG/${pad(907 + n, 4)}` },
    { books: 'Westlands IT Solutions', bank: 'WESTLANDS IT SOLUTIONS', bill: null },
  ],
  supplierCreditNote: (n) => `ARPM/CN/${pad(212 + n, 4)}`,
  invoice: (s) => `INV${pad(s, 6)}`,
  firstInvoice: 4496,
  writings: [
    ['ref-canonical', (s) => `INV${pad(s, 6)}`],
    ['ref-lowercase', (s) => `inv${pad(s, 6)}`],
    ['ref-spaces', (s) => `INV ${pad(s, 6)}`],
    ['ref-no-padding', (s) => `INV${s}`],
    ['ref-hyphens', (s) => `INV-${pad(s, 6)}`],
    ['ref-serial-only', (s) => `inv no ${s}`],
    ['ref-slashes', (s) => `INV/${pad(s, 6)}`],
    ['ref-lowercase', (s) => `inv ${s}`],
  ],
  foreign: [
    ['ref-check-digit', (s) => `INV${pad(s, 6)}-7`, 'auto'],
    ['ref-branch-prefix', (s) => `BR03/INV/${s}`, 'auto'],
    ['ref-check-digit-glued', (s) => `INV${pad(s, 6)}7`, 'suggest'],
  ],
  withholding: [
    ['short-withholding-vat-2pct', 'vat2of116', 'LESS VAT WHT'],
    ['short-withholding-tax-5pct', 500],
  ],
  settlement: { provider: 'Pesapal', feeBp: 350, batch: (n) => `PPL-STL-${pad(60410 + n * 7, 6)}` },
  invoiceRange: [38_000, 620_000],
  billRange: [21_000, 480_000],
  cheques: (n) => pad(100231 + n, 6),
  statutory: [
    { label: 'PAYE', payee: 'KRA', ref: 'PRN 2026060912345', bankRef: '2026060912345', range: [310_000, 360_000] },
    {
      label: 'Housing Levy',
      payee: 'KRA',
      ref: 'PRN 2026060912398',
      bankRef: '2026060912398',
      range: [36_000, 42_000],
    },
    { label: 'SHIF', payee: 'SOCIAL HEALTH AUTHORITY', ref: null, range: [37_000, 44_000] },
    { label: 'NSSF', payee: 'NSSF', ref: null, range: [52_000, 60_000] },
  ],
  payrollRange: [1_850_000, 2_050_000],
  ownAccount: {
    books: 'Transfer to VCB call deposit 0102014455',
    bank: 'INTERNAL TRF TO 0102014455 WANJIRU PRINT CALL',
  },

  credit(c, rng) {
    switch (c.channel) {
      case 'transfer': {
        const ch = rng.pick(['PESALINK', 'RTGS', 'EFT']);
        return {
          text: cut(`${ch} CR ${cut(c.name, c.truncate ? 14 : 30)} ${c.memo}`, 60),
          reference: `${ch.slice(0, 2)}${rng.int(10000000, 99999999)}`,
        };
      }
      case 'refcol':
        return { text: `EFT CR ${c.name}`, reference: c.memo };
      case 'anon-mobile':
        return { text: `MPESA C2B 2547****${rng.int(1000, 9999)}`, reference: `TG${rng.int(1000000, 9999999)}XK` };
      case 'anon-cash':
        return { text: 'CASH DEPOSIT ENTERPRISE RD', reference: `CSH${rng.int(100000, 999999)}` };
      case 'settlement':
        return { text: `RTGS CR PESAPAL LIMITED ${c.memo}`, reference: `RT${rng.int(10000000, 99999999)}` };
      case 'reversal':
        return { text: `REV PESALINK DR ${cut(c.name, 20)} ${c.memo}`, reference: c.reference };
      default:
        throw new Error(c.channel);
    }
  },
  debit(c, rng) {
    switch (c.channel) {
      case 'transfer':
        return {
          text: cut(`PESALINK DR ${cut(c.name, 26)} ${c.memo}`, 60),
          reference: `PL${rng.int(10000000, 99999999)}`,
        };
      case 'cheque':
        return { text: `INWARD CLEARING CHQ ${c.memo}`, reference: c.memo };
      case 'payroll':
        return { text: `BULK EFT SALARIES ${c.memo}`, reference: `BLK${rng.int(100000, 999999)}` };
      case 'statutory':
        return c.bankRef
          ? { text: `KRA TAX PAYMENT ${c.memo}`, reference: c.bankRef }
          : { text: `EFT DR ${c.name} ${c.memo}`, reference: `EF${rng.int(10000000, 99999999)}` };
      case 'own':
        return { text: c.memo, reference: `IT${rng.int(1000000, 9999999)}` };
      case 'card':
        return { text: `VISA DEBIT ${c.name}`, reference: `${rng.int(100000000000, 999999999999)}` };
      default:
        throw new Error(c.channel);
    }
  },
  fees(channel, amount) {
    const withExcise = (f, text, trait) => [
      { amount: -f, text, kind: 'charge', traits: [trait] },
      { amount: -Math.round(f * 0.2), text: 'EXCISE DUTY ON CHARGES', kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
    if (channel === 'transfer') {
      const f = amount <= 100_000_00 ? 60_00 : amount <= 500_000_00 ? 110_00 : 220_00;
      return withExcise(f, 'PESALINK CHARGE', 'transfer-fee');
    }
    if (channel === 'payroll') return withExcise(750_00, 'BULK EFT CHARGE', 'bulk-payment-fee');
    if (channel === 'statutory') return withExcise(50_00, 'EFT CHARGE', 'transfer-fee');
    return [];
  },
  daily() {
    return [];
  },
  monthEnd(ctx) {
    const interest = 18_406_15;
    return [
      ...this.feesLedger(),
      { amount: -ctx.creditCount * 5_00, text: 'SMS ALERT CHARGES', kind: 'charge', traits: ['sms-alert'] },
      {
        amount: -Math.round(ctx.creditCount * 5_00 * 0.2),
        text: 'EXCISE DUTY ON CHARGES',
        kind: 'fee-vat',
        traits: ['excise-on-fee'],
      },
      { amount: interest, text: 'CREDIT INTEREST JUN 2026', kind: 'interest', traits: ['interest'] },
      {
        amount: -Math.round(interest * 0.15),
        text: 'WITHHOLDING TAX ON INTEREST',
        kind: 'tax',
        traits: ['wht-on-interest'],
      },
    ];
  },
  feesLedger() {
    return [
      { amount: -1_000_00, text: 'LEDGER FEE JUN 2026', kind: 'charge', traits: ['ledger-fee'] },
      { amount: -200_00, text: 'EXCISE DUTY ON CHARGES', kind: 'fee-vat', traits: ['excise-on-fee'] },
    ];
  },
  cardMerchants: ['NAIVAS WESTLANDS', 'RUBIS ENTERPRISE RD'],
  unknownPayers: ['MUTHONI GRACE W', 'BLUE RIBBON SUPPLIES'],

  book(t) {
    const p = t.party ?? '';
    switch (t.type) {
      case 'receipt':
        return {
          vtype: 'IP',
          ref: t.docs.join(' '),
          desc: cut(`Receipt ${p} ${t.docs.join('/')}`, 50),
          party: p,
          apar: t.apar,
        };
      case 'receipt-anon':
        return { vtype: 'IP', ref: t.docs.join(' '), desc: cut(`Receipt ${p}`, 50), party: p, apar: t.apar };
      case 'order':
        return { vtype: 'IP', ref: t.docs[0], desc: cut(`Deposit ${t.memo} ${p}`, 50), party: p, apar: t.apar };
      case 'settlement':
        return {
          vtype: 'IP',
          ref: t.batch ?? '',
          desc: t.batch ? `Pesapal settlement ${t.batch}` : `Pesapal card sales ${dmy(t.salesDate)}`,
          party: 'Pesapal Ltd',
          apar: '300145',
        };
      case 'settlement-fee':
        return {
          vtype: 'GL',
          ref: t.batch,
          desc: `Pesapal commission ${t.batch}`,
          party: 'Pesapal Ltd',
          apar: '300145',
        };
      case 'supplier-refund':
        return {
          vtype: 'IP',
          ref: t.docs[0],
          desc: cut(`Supplier refund ${p}${t.memo ? ` ${t.memo}` : ''}`, 50),
          party: p,
          apar: t.apar,
        };
      case 'payment':
        return { vtype: 'PA', ref: t.docs[0] ?? '', desc: cut(`Payment ${p}`, 50), party: p, apar: t.apar };
      case 'cheque':
        return { vtype: 'PA', ref: t.docs[0], desc: cut(`Chq ${t.docs[0]} ${p}`, 50), party: p, apar: t.apar };
      case 'payroll':
        return {
          vtype: 'GL',
          ref: `SAL${t.memo.replace(/\s/g, '')}`,
          desc: `Net salaries ${t.memo}`,
          party: '',
          apar: '',
        };
      case 'statutory':
        return {
          vtype: 'PA',
          ref: t.ref ? t.ref.replace('PRN ', '') : '',
          desc: cut(`${t.label} ${t.memo} ${t.payee}`, 50),
          party: t.payee,
          apar: t.apar,
        };
      case 'own':
        return { vtype: 'GL', ref: '', desc: this.ownAccount.books, party: '', apar: '' };
      default:
        throw new Error(t.type);
    }
  },
};

// ---------------------------------------------------------------------------------------------------------------
// South Africa — Ithala (CSV, signed amount, YYYYMMDD) × Brightpearl nominal ledger journals (CSV)
// ---------------------------------------------------------------------------------------------------------------
const za = {
  set: 'za-ithala-brightpearl',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  from: '2026-07-01',
  to: '2026-07-31',
  company: 'Mthembu Joinery & Shopfitting (Pty) Ltd',
  town: 'Pinetown',
  bankName: 'Ithala',
  packageName: 'Brightpearl',
  refReceipts: 23,
  opening: 2_318_774_90,
  customers: [
    { books: 'Umhlanga Interiors', bank: 'UMHLANGA INTERIORS', other: 'T NAIDOO' },
    { books: 'Berea Property Group', bank: 'BEREA PROPERTY GRP', other: 'BPG TRUST ACC' },
    { books: 'Ballito Kitchens', bank: 'BALLITO KITCHENS CC', other: 'S GOVENDER' },
    { books: 'Pietermaritzburg Retail Fitouts', bank: 'PMB RETAIL FITOUTS', other: 'R PILLAY' },
    { books: 'Westville Schools Trust', bank: 'WESTVILLE SCHOOLS TRUST', other: 'WST BURSAR' },
    { books: 'Durban Harbour Offices', bank: 'DURBAN HARBOUR OFFICES', other: 'DHO PTY LTD' },
    { books: 'Hillcrest Builders', bank: 'HILLCREST BUILDERS', other: 'J VAN WYK' },
    { books: 'Zulu Heritage Lodge', bank: 'ZULU HERITAGE LODGE', other: 'N DLAMINI' },
    { books: 'Amanzimtoti Shopfitters', bank: 'AMANZIMTOTI SHOPFITTERS', other: 'A MOODLEY' },
    { books: 'Kloof Cabinetry', bank: 'KLOOF CABINETRY', other: 'KLOOF CAB' },
  ],
  suppliers: [
    { books: 'PG Timber Merchants Durban', bank: 'PG TIMBER MERCHANTS', bill: (n) => `PGT${pad(88140 + n, 6)}` },
    { books: 'Mobeni Hardware', bank: 'MOBENI HARDWARE', bill: (n) => `MH-${pad(3310 + n, 5)}` },
    { books: 'KZN Board Suppliers', bank: 'KZN BOARD SUPPLIERS', bill: (n) => `KBS/${pad(641 + n, 4)}` },
    { books: 'Sizwe Spray Painters', bank: 'SIZWE SPRAY PAINTERS', bill: null },
    { books: 'Queensburgh Glass', bank: 'QUEENSBURGH GLASS', bill: null },
    { books: 'Umbilo Ironmongery', bank: 'UMBILO IRONMONGERY', bill: null },
    { books: 'Coastal Edging Supplies', bank: 'COASTAL EDGING SUPPLIES', bill: (n) => `CES${pad(1205 + n, 5)}` },
    { books: 'Phoenix Delivery Services', bank: 'PHOENIX DELIVERY SVCS', bill: null },
  ],
  supplierCreditNote: (n) => `PGCN${pad(2270 + n, 5)}`,
  invoice: (s) => `SI-${s}`,
  firstInvoice: 20712,
  writings: [
    ['ref-canonical', (s) => `SI-${s}`],
    ['ref-lowercase', (s) => `si${s}`],
    ['ref-spaces', (s) => `SI ${s}`],
    ['ref-prefix-inv', (s) => `INV${s}`],
    ['ref-prefix-inv', (s) => `inv ${s}`],
    ['ref-serial-only', (s) => `${s}`],
    ['ref-slashes', (s) => `SI/${s}`],
    ['ref-canonical', (s) => `SI-${s}`],
  ],
  foreign: [
    ['ref-check-digit', (s) => `SI-${s}-4`, 'auto'],
    ['ref-branch-prefix', (s) => `DBN02/SI/${s}`, 'auto'],
    ['ref-check-digit-glued', (s) => `SI${s}4`, 'suggest'],
  ],
  withholding: [
    ['short-early-settlement-discount-2.5pct', 250, 'LESS 2.5% DISC'],
    ['short-retention-5pct', 500, 'LESS RETENTION'],
  ],
  settlement: { provider: 'Yoco', feeBp: 295, batch: (n) => `YOCO${pad(558210 + n * 11, 8)}` },
  invoiceRange: [6_500, 148_000],
  billRange: [3_200, 96_000],
  cheques: null,
  debitOrders: [
    { books: 'Khaya Insure', bank: 'KHAYA INSURE', ref: 'POL 77120458', bankRef: 'KHY77120458' },
    { books: 'Mvelo Fleet Finance', bank: 'MVELO FLEET FIN', ref: 'AGR 5501862', bankRef: '5501862 MVELO' },
    { books: 'Netwise Fibre', bank: 'NETWISE FIBRE', ref: null, bankRef: 'NETWISE 0731' },
  ],
  statutory: [
    {
      label: 'EMP201',
      payee: 'SARS',
      ref: '7190412563LC062026',
      bankRef: '7190412563LC062026',
      range: [84_000, 96_000],
    },
    { label: 'VAT201', payee: 'SARS', ref: '4190876543V062026', bankRef: '4190876543V062026', range: [61_000, 88_000] },
    {
      label: 'Bargaining council levy',
      payee: 'BCFI KZN',
      ref: 'LEVY 11482',
      bankRef: 'LEVY 11482',
      range: [6_200, 7_400],
    },
    { label: 'COIDA assessment', payee: 'COMPENSATION FUND', ref: null, range: [9_800, 11_900] },
  ],
  payrollRange: [412_000, 448_000],
  ownAccount: { books: 'Transfer to Ithala savings 0501177342', bank: 'TRANSFER TO SAVINGS 0501177342' },

  credit(c, rng) {
    switch (c.channel) {
      case 'transfer':
        return { text: `DEPOSIT EFT ${cut(c.name, c.truncate ? 12 : 24)}`, reference: cut(c.memo, 20) };
      case 'refcol':
        return { text: 'DEPOSIT EFT', reference: cut(c.memo, 20) };
      case 'anon-mobile':
        return { text: 'ATM CASH DEPOSIT PINETOWN', reference: `${rng.int(100000, 999999)}` };
      case 'anon-cash':
        return { text: 'CASH DEPOSIT BRANCH PINETOWN', reference: '' };
      case 'settlement':
        return { text: 'DEPOSIT EFT YOCO TECHNOLOGIES', reference: cut(c.memo, 20) };
      case 'reversal':
        return { text: `UNPAID EFT ${cut(c.name, 20)}`, reference: c.reference };
      default:
        throw new Error(c.channel);
    }
  },
  debit(c) {
    switch (c.channel) {
      case 'transfer':
        return { text: `IB PAYMENT TO ${cut(c.name, 24)}`, reference: cut(c.memo, 20) };
      case 'debitorder':
        return { text: `DEBIT ORDER ${c.name}`, reference: c.memo };
      case 'payroll':
        return { text: 'IB SALARY BATCH', reference: cut(`WAGES ${c.memo}`, 20) };
      case 'statutory':
        return { text: `IB PAYMENT TO ${c.name}`, reference: cut(c.bankRef ?? c.memo, 20) };
      case 'own':
        return { text: c.memo, reference: 'OWN TRANSFER' };
      case 'card':
        return { text: `CARD PURCHASE ${c.name}`, reference: '' };
      default:
        throw new Error(c.channel);
    }
  },
  fees(channel) {
    if (channel === 'transfer' || channel === 'statutory')
      return [{ amount: -8_50, text: 'FEE: INTERNET PAYMENT', kind: 'charge', traits: ['transfer-fee'] }];
    if (channel === 'debitorder')
      return [{ amount: -4_70, text: 'FEE: DEBIT ORDER', kind: 'charge', traits: ['debit-order-fee'] }];
    if (channel === 'anon-cash' || channel === 'anon-mobile')
      return [{ amount: -28_75, text: 'FEE: CASH DEPOSIT', kind: 'charge', traits: ['cash-deposit-fee'] }];
    if (channel === 'payroll')
      return [{ amount: -65_00, text: 'FEE: SALARY BATCH', kind: 'charge', traits: ['bulk-payment-fee'] }];
    return [];
  },
  daily() {
    return [];
  },
  monthEnd(ctx) {
    return [
      {
        amount: -ctx.creditCount * 1_10,
        text: 'FEE: PAYMENT NOTIFICATIONS',
        kind: 'charge',
        traits: ['notification-fee'],
      },
      { amount: -215_00, text: 'MONTHLY ACCOUNT FEE', kind: 'charge', traits: ['monthly-fee'] },
      { amount: 2_106_44, text: 'CREDIT INTEREST', kind: 'interest', traits: ['interest'] },
    ];
  },
  cardMerchants: ['BUILDERS WAREHOUSE PINETOWN', 'ENGEN WESTMEAD'],
  unknownPayers: ['MR S ZUMA', 'OCEAN VIEW CONSTRUCT'],

  book(t) {
    const p = t.party ?? '';
    switch (t.type) {
      case 'receipt':
        return {
          vtype: 'SR',
          ref: t.docs.join(' '),
          desc: `Customer receipt ${t.docs.join(' + ')}`,
          party: p,
          order: t.order,
        };
      case 'receipt-anon':
        return {
          vtype: 'SR',
          ref: t.docs.join(' '),
          desc: `Customer receipt ${t.docs.join(' + ')}`,
          party: p,
          order: t.order,
        };
      case 'order':
        return { vtype: 'SR', ref: t.docs[0], desc: `Deposit on ${t.memo}`, party: p, order: t.order };
      case 'settlement':
        return {
          vtype: 'BR',
          ref: t.batch ?? '',
          desc: t.batch ? `Yoco payout ${t.batch}` : `Yoco card takings ${dmy(t.salesDate)}`,
          party: 'Yoco',
          order: '',
        };
      case 'settlement-fee':
        return { vtype: 'BP', ref: t.batch, desc: `Yoco fees ${t.batch}`, party: 'Yoco', order: '' };
      case 'supplier-refund':
        return {
          vtype: 'PC',
          ref: t.docs[0],
          desc: `Supplier refund${t.memo ? ` ${t.memo}` : ''}`,
          party: p,
          order: '',
        };
      case 'payment':
        return { vtype: 'PP', ref: t.docs[0] ?? '', desc: `Supplier payment`, party: p, order: t.order };
      case 'debitorder':
        return { vtype: 'BP', ref: t.docs[0] ?? '', desc: `Debit order ${p}`, party: p, order: '' };
      case 'payroll':
        return { vtype: 'BP', ref: '', desc: `Wages ${t.memo}`, party: '', order: '' };
      case 'statutory':
        return { vtype: 'BP', ref: t.ref ?? '', desc: `${t.label} ${t.memo}`, party: t.payee, order: '' };
      case 'own':
        return { vtype: 'BP', ref: '', desc: this.ownAccount.books, party: '', order: '' };
      default:
        throw new Error(t.type);
    }
  },
};

export const SETS = [ng, gh, ke, za];
