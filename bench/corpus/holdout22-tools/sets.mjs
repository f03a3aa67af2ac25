// The four businesses: their customers and suppliers, invoice numbering and its writings, the bank's narrations per
// channel, its charges, levies and taxes, and the wording of each book row. All names and numbers are invented.
import { fmtDate, monthDays, monthName } from './lib.mjs';

const pad = (n, w) => String(n).padStart(w, '0');
const upper = (s) => s.toUpperCase();
const ltdToLimited = (s) => upper(s).replace(/ LTD$/, ' LIMITED');
const cut = (s, n) =>
  s.length > n ? { name: s.slice(0, n).trimEnd(), truncated: true } : { name: s, truncated: false };
const digits = (rng, n) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
const mmdd = (day) => day.slice(5).replace('-', '');

function customers(list) {
  return list.map(([book, bank, alt]) => ({ book, bank: bank ?? ltdToLimited(book), alt }));
}

// ---------------------------------------------------------------------------------------------------------------
// Nigeria: Parallex Bank current account, books in Oracle Fusion Cloud General Ledger.
// ---------------------------------------------------------------------------------------------------------------
function nigeria(rng) {
  const y = 2025;
  const m = 10;
  const p5 = (s) => pad(s, 5);
  const session = () => `1000262510${pad(rng.int(1, 31), 2)}${digits(rng, 18)}`;
  const tid = '2058PX14';
  return {
    key: 'ng-parallex-oraclefusion',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: y,
    month: m,
    business: { name: 'Adewale-Okonkwo Pharma Distribution Ltd', city: 'Ikeja', account: '1000318462' },
    opening: 1843275040,
    amounts: { min: 15000000, max: 420000000, step: 5000, centsShare: 0.5 },
    customers: customers([
      ['Ayoola Pharmacy Ltd'],
      ['Chukwuemeka Medical Stores'],
      ['Danjuma Health Mart Ltd', 'DANJUMA HEALTH MART LTD'],
      ['Eko Family Clinic'],
      ['Folake Chemists Ltd'],
      ['Gbenga & Sons Pharma Ltd', 'GBENGA AND SONS PHARMA LIMITED'],
      ['Hauwa Maternity Hospital'],
      ['Ikenna Drug Distributors Ltd'],
      ['Jide Okafor Pharmacy'],
      ['Kaduna Central Chemists Ltd'],
      ['Lekki Care Pharmacy Ltd'],
      ['Mainland Specialist Hospital', 'MAINLAND SPECIALIST HOSP'],
      ['Nnamdi Health Stores'],
      ['Oyo State Hospitals Management Board', 'OYO STATE HOSPITALS MGT BOARD'],
      ['Peacegate Pharmacy Ltd'],
      ['Rivers Medicare Ltd'],
      ['Tolu Wellness Pharmacy Ltd', 'TOLU WELLNESS PHARMACY LTD', 'ADEYEMI TOLULOPE GRACE'],
      ['Umar Medical Supplies Ltd', 'UMAR MEDICAL SUPPLIES LTD', 'U.M.S VENTURES NIG'],
    ]),
    suppliers: [
      { book: 'Ikorodu Plastics Ltd', bank: 'IKORODU PLASTICS LTD', bill: (n) => `IPL/25/${pad(n, 4)}` },
      { book: 'Alpha Cartons Nigeria Ltd', bank: 'ALPHA CARTONS NIG LTD', bill: (n) => `ACN-${4000 + n}` },
      { book: 'Sahel Logistics Ltd', bank: 'SAHEL LOGISTICS LIMITED', bill: (n) => `SL1025-${pad(n, 3)}` },
      { book: 'Ibeju Diesel Supplies', bank: 'IBEJU DIESEL SUPPLIES', bill: (n) => `IDS ${pad(n, 4)}` },
      { book: 'Primewell Labels Ltd', bank: 'PRIMEWELL LABELS LTD', bill: (n) => `PWL${pad(n, 5)}` },
      { book: 'Kwara Industrial Gases Ltd', bank: 'KWARA INDUSTRIAL GASES', bill: (n) => `KIG/INV/${900 + n}` },
      { book: 'Novacare Cleaning Services', bank: 'NOVACARE CLEANING SERVIC', bill: (n) => `NCS-${pad(n, 4)}` },
      { book: 'Unique Shield Security Ltd', bank: 'UNIQUE SHIELD SECURITY', bill: (n) => `USS/${pad(n, 4)}/25` },
      { book: 'Techpoint IT Services Ltd', bank: 'TECHPOINT IT SERVICES LT', bill: (n) => `TPIT-${2500 + n}` },
      { book: 'Ojota Cold Chain Ltd', bank: 'OJOTA COLD CHAIN LTD', bill: (n) => `OCC${pad(n, 4)}` },
    ],
    billBase: 100,
    invoiceStart: 1180,
    invoice: (s) => `INV-25-${p5(s)}`,
    writings: [
      (s) => ({ text: `INV-25-${p5(s)}`, traits: ['ref-canonical'] }),
      (s) => ({ text: `inv-25-${p5(s)}`, traits: ['ref-lowercase'] }),
      (s) => ({ text: `INV 25 ${p5(s)}`, traits: ['ref-spaces'] }),
      (s) => ({ text: `INV/25/${p5(s)}`, traits: ['ref-slashes'] }),
      (s) => ({ text: `INV-25-${s}`, traits: ['ref-no-padding'] }),
      (s) => ({ text: `INV25${p5(s)}`, traits: ['ref-year-serial-joined'] }),
      (s) => ({ text: `INV-2025-${p5(s)}`, traits: ['ref-four-digit-year'] }),
      (s) => ({ text: `inv ${s}`, traits: ['ref-serial-only', 'ref-lowercase'] }),
      (s) => ({ text: `YOUR INV NO ${p5(s)}/25`, traits: ['payer-own-writing'] }),
      (s) => ({ text: `PYT 25-${p5(s)}`, traits: ['ref-no-prefix', 'payer-own-writing'] }),
      (s) => ({ text: `Inv.No:25/${s}`, traits: ['ref-no-padding', 'ref-slashes', 'payer-own-writing'] }),
    ],
    twoInvoices: (a, b) => `INV-25-${p5(a)} & INV-25-${p5(b)}`,
    creditNoteStart: 40,
    creditNote: (n) => `CM-25-${pad(n, 4)}`,
    lessCreditNote: (s, n) => `INV-25-${p5(s)} LESS CM-25-${pad(n, 4)}`,
    purchaseOrder: (n) => `PO ${7100 + n}`,
    cheques: true,
    chequeNo: (i) => {
      const n = 412 + i * 3;
      return { book: pad(n, 6), bank: pad(n, 8) };
    },
    withholding: [
      { of: (g) => Math.round((g / 1.075) * 0.05), memo: 'LESS 5% WHT', trait: 'short-withholding-tax-5pct' },
      { of: (g) => Math.round((g / 1.075) * 0.1), memo: 'NET OF WHT', trait: 'short-withholding-tax-10pct' },
    ],
    payerCharge: 5375,
    settlementTrait: 'pos-settlement',
    settlementFee: (g) => Math.min(Math.round(g * 0.005), 100000),
    batchId: (day) => `${tid}-${mmdd(day)}`,
    statutory: [
      {
        what: 'PAYE OCT 2025',
        payee: 'LAGOS STATE IRS',
        party: 'Lagos State Internal Revenue Service',
        book: 'LIRS PAYE October 2025',
        ref: `RRR ${digits(rng, 12)}`,
        scale: 1.2,
      },
      {
        what: 'PENSION OCT 2025',
        payee: 'HARBOURVIEW PENSIONS PFA',
        party: 'Harbourview Pensions PFA',
        book: 'Pension remittance October 2025',
        ref: `PEN/OCT25/${digits(rng, 4)}`,
        scale: 1,
      },
      {
        what: 'NSITF OCT 2025',
        payee: 'NSITF',
        party: 'NSITF',
        book: 'NSITF contribution October 2025',
        ref: `RRR ${digits(rng, 12)}`,
        scale: 0.2,
      },
    ],
    bank: {
      receipt: (c, memo, { i, inRefField, typed }) => {
        const { name, truncated } = i % 5 === 1 ? cut(c.bank, 20) : { name: c.bank, truncated: false };
        if (inRefField) return { text: `TRF FRM ${name}`, reference: typed, channel: 'INTRA', truncated };
        return {
          text: memo ? `NIP FRM ${name}/${memo}` : `NIP FRM ${name}`,
          reference: session(),
          channel: 'NIP',
          truncated,
        };
      },
      receiptNameOnly: (c, i) =>
        i === 3
          ? { text: `CLG CHQ LODGEMENT - ${c.bank}`, reference: '', channel: 'CHEQUE' }
          : { text: `NIP FRM ${c.bank}/PAYMENT`, reference: session(), channel: 'NIP' },
      receiptAlt: (c) => ({ text: `NIP FRM ${c.alt}/SUPPLY`, reference: session(), channel: 'NIP' }),
      anonymous: (i) =>
        i === 0
          ? { text: 'CASH DEPOSIT - IKEJA ALLEN BRANCH', reference: '', channel: 'CASH' }
          : { text: `USSD TRF FRM 0803***${digits(rng, 4)}`, reference: session(), channel: 'NIP' },
      settlement: (batch) => ({
        text: `POS SETTLEMENT/${batch}/${8 + (batch.length % 20)} TXNS`,
        reference: '',
        channel: 'POS',
      }),
      settlementNoId: () => ({ text: 'POS SETTLEMENT/MERCHANT CREDIT', reference: '', channel: 'POS' }),
      unknownReceipt: (i) => ({
        text: i === 0 ? 'NIP FRM OKONJO EMEKA PAUL/TRF' : 'NIP FRM BLESSING ADAMU/FOR GOODS',
        reference: session(),
        channel: 'NIP',
      }),
      payment: (s, memo) => ({
        text: memo ? `NIP TO ${s.bank}/${memo}` : `NIP TO ${s.bank}`,
        reference: session(),
        channel: 'NIP-OUT',
      }),
      reversal: (failed) => ({
        text: `RVSL: ${failed.text}`.slice(0, 60),
        reference: failed.reference,
        channel: 'RVSL',
      }),
      chequePresented: (chq) => ({ text: `INWARD CLEARING CHQ NO ${chq.bank}`, reference: chq.bank, channel: 'CHQ' }),
      payroll: () => ({ text: 'BULK PAYMENT - SALARY OCT 2025 PAY-2510-01', reference: '', channel: 'BULK' }),
      statutory: (st) => ({ text: `REMITA/${st.payee}/${st.what}`, reference: st.ref, channel: 'REMITA' }),
      ownTransfer: () => ({ text: 'TRF TO PARALLEX CALL DEPOSIT 2001847730', reference: '', channel: 'INTRA-OUT' }),
      cardPurchase: () => ({ text: 'POS PURCHASE @ OBALENDE SUPERMART LAGOS', reference: '', channel: 'CARD' }),
    },
    book: {
      receipt: (c, inv) => `Receipt ${inv} - ${c.book}`,
      receiptLessCredit: (c, inv, cn) => `Receipt ${inv} less credit memo ${cn} - ${c.book}`,
      payment: (s, ref) => `Payment to ${s.book} - ${ref}`,
      paymentPo: (s, po) => `Payment to ${s.book} - ${po} delivery`,
      cheque: (s, chq) => `Cheque ${chq} - ${s.book}`,
      settlement: (batch, day) => ({
        reference: batch,
        description: `POS card sales ${fmtDate(day, 'DD/MM/YYYY')} TID ${tid}`,
        party: 'Parallex POS Acquiring',
      }),
      settlementFee: (batch) => ({
        reference: batch,
        description: `POS merchant service charge ${batch}`,
        party: 'Parallex POS Acquiring',
      }),
      settlementNoId: (day) => ({
        reference: '',
        description: `POS card sales ${fmtDate(day, 'DD/MM/YYYY')}`,
        party: 'Parallex POS Acquiring',
      }),
      payroll: () => ({ reference: 'PAY-2510-01', description: 'Net salaries October 2025', party: '' }),
      statutory: (st) => ({ reference: st.ref, description: st.book, party: st.party }),
      ownTransfer: () => ({
        reference: 'TRF-1025-07',
        description: 'Transfer to Parallex call deposit 2001847730',
        party: '',
      }),
    },
    charges: ({ events, charge, lastWork }) => {
      let alerts = 0;
      let debits = 0;
      for (const e of events) {
        alerts++;
        if (e.amount < 0 && !e.noCharge) debits += -e.amount;
        if (e.amount >= 1000000 && ['NIP', 'INTRA'].includes(e.channel)) {
          charge(e, 5000, 'ELECTRONIC MONEY TRANSFER LEVY', 'levy', ['emtl']);
        }
        if (e.channel === 'CHEQUE') charge(e, 5000, 'STAMP DUTY CHARGE ON CHQ LODGEMENT', 'levy', ['stamp-duty']);
        if (e.channel === 'NIP-OUT' && !e.noCharge) {
          const fee = -e.amount <= 500000 ? 1075 : -e.amount <= 5000000 ? 2688 : 5375;
          charge(e, fee, 'NIP TRANSFER CHARGE + VAT', 'charge', ['transfer-fee', 'vat-on-fee']);
        }
        if (e.channel === 'BULK') charge(e, 96750, 'BULK PAYMENT CHARGE + VAT', 'charge', ['bulk-payment-fee']);
      }
      charge(null, alerts * 400, 'SMS ALERT CHARGES OCT 2025', 'charge', ['sms-alert'], { day: lastWork });
      const amf = Math.round(debits / 1000);
      charge(null, amf, 'ACCOUNT MAINTENANCE FEE OCT 2025', 'charge', ['account-maintenance'], { day: lastWork });
      charge(null, Math.round(amf * 0.075), 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat', ['vat-on-fee'], {
        day: lastWork,
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Ghana: National Investment Bank current account, books in Priority ERP (Account Ledger report).
// ---------------------------------------------------------------------------------------------------------------
function ghana(rng) {
  const p6 = (s) => pad(s, 6);
  return {
    key: 'gh-nib-priority',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2025,
    month: 2,
    business: { name: 'Tetteh-Mensah Packaging Ltd', city: 'Tema', account: '1141002873019' },
    opening: 48712560,
    amounts: { min: 180000, max: 4800000, step: 500, centsShare: 0.6 },
    customers: customers([
      ['Accra Juice Company Ltd'],
      ['Bediako Agro Processing Ltd'],
      ['Cape Coast Bakeries Ltd'],
      ['Dansoman Water Works', 'DANSOMAN WATER WORKS'],
      ['Effiduase Cocoa Traders Ltd'],
      ['Frafra Foods Ltd'],
      ['Golden Tree Dairy Ltd'],
      ['Ho Spices & Condiments Ltd', 'HO SPICES AND CONDIMENTS'],
      ['Kasoa Fresh Farms Ltd'],
      ['Labadi Beverages Ltd'],
      ['Madina Noodles Ltd'],
      ['Nsawam Fruit Packers Ltd'],
      ['Obuasi Mining Supplies Ltd'],
      ['Pokuase Poultry Ltd'],
      ['Sunyani Grains Ltd'],
      ['Takoradi Fish Processors Ltd'],
      ['Yeboah Confectionery Ltd', 'YEBOAH CONFECTIONERY LTD', 'KWAME YEBOAH'],
      ['Asantewaa Honey Ltd', 'ASANTEWAA HONEY LTD', 'NANA A. OWUSU'],
    ]),
    suppliers: [
      { book: 'Tema Polymers Ltd', bank: 'TEMA POLYMERS LTD', bill: (n) => `TP/${pad(n, 4)}` },
      { book: 'Kpone Paper Mills Ltd', bank: 'KPONE PAPER MILLS', bill: (n) => `KPM-25-${pad(n, 3)}` },
      { book: 'Volta Inks & Coatings', bank: 'VOLTA INKS AND COATINGS', bill: (n) => `VIC${pad(n, 5)}` },
      { book: 'Ashaiman Haulage Services', bank: 'ASHAIMAN HAULAGE SERVICE', bill: (n) => `AHS ${pad(n, 4)}` },
      { book: 'Community 1 Fuel Station', bank: 'COMMUNITY 1 FUEL STATION', bill: (n) => `C1F/${700 + n}` },
      { book: 'Gyamfi Electrical Works', bank: 'GYAMFI ELECTRICAL WORKS', bill: (n) => `GEW-${pad(n, 4)}` },
      { book: 'Lashibi Adhesives Ltd', bank: 'LASHIBI ADHESIVES LTD', bill: (n) => `LA/INV/${pad(n, 4)}` },
      { book: 'Coastline Security Ltd', bank: 'COASTLINE SECURITY LTD', bill: (n) => `CSL${2500 + n}` },
      { book: 'Osu Office Supplies', bank: 'OSU OFFICE SUPPLIES', bill: (n) => `OOS-${pad(n, 4)}` },
      { book: 'Nungua Pallets Ltd', bank: 'NUNGUA PALLETS LTD', bill: (n) => `NP${pad(n, 4)}` },
    ],
    billBase: 40,
    invoiceStart: 312,
    invoice: (s) => `IV25${p6(s)}`,
    writings: [
      (s) => ({ text: `IV25${p6(s)}`, traits: ['ref-canonical'] }),
      (s) => ({ text: `iv25${p6(s)}`, traits: ['ref-lowercase'] }),
      (s) => ({ text: `IV 25${p6(s)}`, traits: ['ref-spaces'] }),
      (s) => ({ text: `IV/25/${p6(s)}`, traits: ['ref-slashes'] }),
      (s) => ({ text: `IV25-${s}`, traits: ['ref-no-padding', 'ref-hyphens'] }),
      (s) => ({ text: `INV 25${p6(s)}`, traits: ['ref-prefix-inv'] }),
      (s) => ({ text: `25${p6(s)}`, traits: ['ref-no-prefix'] }),
      (s) => ({ text: `IV ${s}`, traits: ['ref-serial-only'] }),
      (s) => ({ text: `IV-25-${p6(s)}`, traits: ['ref-hyphens'] }),
      (s) => ({ text: `PMT FOR YOUR INVOICE ${s} OF 2025`, traits: ['payer-own-writing', 'ref-serial-only'] }),
    ],
    twoInvoices: (a, b) => `IV25${p6(a)} IV25${p6(b)}`,
    creditNoteStart: 20,
    creditNote: (n) => `CN25${pad(n, 6)}`,
    lessCreditNote: (s, n) => `IV25${p6(s)} LESS CN25${pad(n, 6)}`,
    purchaseOrder: (n) => `PO25${pad(n, 6)}`,
    cheques: true,
    chequeNo: (i) => {
      const n = 100731 + i * 2;
      return { book: String(n), bank: String(n) };
    },
    withholding: [
      { of: (g) => Math.round((g / 1.2) * 0.03), memo: 'LESS 3% WHT', trait: 'short-withholding-tax-3pct' },
      { of: (g) => Math.round((g / 1.2) * 0.075), memo: 'WHT 7.5% DEDUCTED', trait: 'short-withholding-tax-7.5pct' },
    ],
    payerCharge: 1000,
    settlementTrait: 'gateway-settlement',
    settlementFee: (g) => Math.round(g * 0.0195),
    batchId: (day) => `HBT${day.replace(/-/g, '').slice(2)}${digits(rng, 3)}`,
    statutory: [
      { what: 'PAYE JAN 2025', payee: 'GRA', book: 'GRA PAYE January 2025', ref: `PRN${digits(rng, 10)}`, scale: 0.8 },
      {
        what: 'VAT JAN 2025',
        payee: 'GRA',
        book: 'GRA VAT/NHIL/GETFund return January 2025',
        ref: `PRN${digits(rng, 10)}`,
        scale: 1,
      },
      {
        what: 'SSNIT JAN 2025',
        payee: 'SSNIT',
        book: 'SSNIT contributions January 2025',
        ref: `SSN/ER/${digits(rng, 6)}`,
        scale: 0.6,
      },
    ],
    walletPayees: [
      { book: 'Kofi Boateng (casual loader)', bank: 'KOFI BOATENG', phone: '0244' },
      { book: 'Ama Serwaa (cleaner)', bank: 'AMA SERWAA', phone: '0551' },
    ],
    bank: {
      receipt: (c, memo, { i, inRefField, typed }) => {
        const { name, truncated } = i % 4 === 2 ? cut(c.bank, 18) : { name: c.bank, truncated: false };
        if (inRefField) return { text: `ACH CREDIT ${name}`, reference: typed, channel: 'ACH', truncated };
        return {
          text: memo ? `INWARD GIP ${name} ${memo}` : `INWARD GIP ${name}`,
          reference: '',
          channel: 'GIP',
          truncated,
        };
      },
      receiptNameOnly: (c) => ({ text: `INWARD GIP ${c.bank} PAYMENT`, reference: '', channel: 'GIP' }),
      receiptAlt: (c) => ({ text: `INWARD GIP ${c.alt} SUPPLIES`, reference: '', channel: 'GIP' }),
      anonymous: (i) =>
        i === 0
          ? { text: 'CASH DEPOSIT - TEMA COMMUNITY 1 BR', reference: '', channel: 'CASH' }
          : { text: `MOMO TO BANK 024***${digits(rng, 4)}`, reference: '', channel: 'MOMO' },
      settlement: (batch) => ({ text: `HUBTEL SETTLEMENT ${batch}`, reference: batch, channel: 'GW' }),
      settlementNoId: () => ({ text: 'HUBTEL SETTLEMENT', reference: '', channel: 'GW' }),
      unknownReceipt: (i) => ({
        text: i === 0 ? 'INWARD GIP ABENA OFORI-ATTA' : 'ACH CREDIT SEFA ENTERPRISE',
        reference: '',
        channel: 'GIP',
      }),
      payment: (s, memo, i) =>
        i % 3 === 1
          ? { text: `ACH DEBIT ${s.bank}`, reference: memo, channel: 'ACH-OUT' }
          : {
              text: memo ? `GIP OUTWARD ${s.bank} ${memo}` : `GIP OUTWARD ${s.bank}`,
              reference: '',
              channel: 'GIP-OUT',
            },
      reversal: (failed) => ({
        text: `REVERSAL ${failed.text}`.slice(0, 60),
        reference: failed.reference,
        channel: 'RVSL',
      }),
      chequePresented: (chq) => ({ text: 'CLEARING CHEQUE PAID', reference: chq.bank, channel: 'CHQ' }),
      payroll: () => ({ text: 'BULK ACH SALARY FEB 2025 SAL2502', reference: 'SAL2502', channel: 'BULK' }),
      statutory: (st) => ({ text: `${st.payee} PAYMENT ${st.what}`, reference: st.ref, channel: 'STAT' }),
      ownTransfer: () => ({ text: 'TRANSFER TO NIB CALL ACCOUNT 1141002873027', reference: '', channel: 'OWN' }),
      wallet: (p) => ({
        text: `BANK TO WALLET ${p.phone}***${digits(rng, 3)} ${p.bank}`,
        reference: '',
        channel: 'WALLET',
      }),
      cardPurchase: () => ({ text: 'POS PURCHASE MELCOM SPINTEX RD', reference: '', channel: 'CARD' }),
    },
    book: {
      receipt: (c) => `Receipt - ${c.book}`,
      receiptLessCredit: (c, inv, cn) => `Receipt - ${c.book} (${cn} offset)`,
      payment: (s) => `Payment - ${s.book}`,
      paymentPo: (s, po) => `Payment - ${s.book} ${po}`,
      cheque: (s, chq) => `Chq ${chq} - ${s.book}`,
      settlement: (batch, day) => ({
        reference: batch,
        description: `Hubtel sales ${fmtDate(day, 'DD/MM/YYYY')}`,
        party: 'Hubtel Ltd',
      }),
      settlementFee: (batch) => ({ reference: batch, description: 'Hubtel commission', party: 'Hubtel Ltd' }),
      settlementNoId: (day) => ({
        reference: '',
        description: `Hubtel sales ${fmtDate(day, 'DD/MM/YYYY')}`,
        party: 'Hubtel Ltd',
      }),
      payroll: () => ({ reference: 'SAL2502', description: 'Net salaries February 2025', party: '' }),
      statutory: (st) => ({
        reference: st.ref,
        description: st.book,
        party: st.payee === 'GRA' ? 'Ghana Revenue Authority' : 'SSNIT',
      }),
      ownTransfer: () => ({
        reference: 'TRF250214',
        description: 'Transfer to NIB call account 1141002873027',
        party: '',
      }),
      wallet: (p) => `Casual wages - ${p.book}`,
    },
    charges: ({ events, charge, lastWork }) => {
      let alerts = 0;
      for (const e of events) {
        alerts++;
        if (e.noCharge) continue;
        if (e.channel === 'GIP-OUT') charge(e, 800, 'GIP TRANSFER CHARGE', 'charge', ['transfer-fee']);
        if (e.channel === 'ACH-OUT') charge(e, 250, 'ACH TRANSFER CHARGE', 'charge', ['transfer-fee']);
        if (e.channel === 'BULK') charge(e, 2400, 'BULK ACH CHARGE', 'charge', ['bulk-payment-fee']);
        if (e.channel === 'CHQ') charge(e, 500, 'CHEQUE CLEARING CHARGE', 'charge', ['cheque-clearing-fee']);
        if (e.channel === 'WALLET') {
          charge(e, 100, 'BANK TO WALLET CHARGE', 'charge', ['transfer-fee']);
          charge(e, Math.round(-e.amount * 0.01), 'E-LEVY', 'levy', ['e-levy']);
        }
      }
      charge(null, alerts * 30, 'SMS ALERT CHARGES FEB 2025', 'charge', ['sms-alert'], { day: lastWork });
      charge(null, 3000, 'ACCOUNT MAINTENANCE FEE FEB 2025', 'charge', ['account-maintenance'], { day: lastWork });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Kenya: Paramount Bank current account, books in Xledger (Transactions, exported to Excel).
// ---------------------------------------------------------------------------------------------------------------
function kenya(rng) {
  const ft = () => `FT25${digits(rng, 3)}${digits(rng, 5)}`;
  return {
    key: 'ke-paramount-xledger',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2025,
    month: 9,
    business: { name: 'Kamau Otieno Engineering Consultants Ltd', city: 'Nairobi', account: '0101284630012' },
    opening: 684123055,
    amounts: { min: 4500000, max: 96000000, step: 5000, centsShare: 0.4 },
    customers: customers([
      ['Athi River Cement Works Ltd'],
      ['Bungoma Sugar Millers Ltd'],
      ['County Government of Machakos', 'COUNTY GOVT OF MACHAKOS'],
      ['Dedan Holdings Ltd'],
      ['Eldoret Grain Silos Ltd'],
      ['Fahari Apartments Ltd'],
      ['Gikomba Traders Sacco', 'GIKOMBA TRADERS SACCO'],
      ['Homa Bay Water Co Ltd', 'HOMA BAY WATER CO LTD'],
      ['Isiolo Roads Contractors Ltd'],
      ['Jomvu Logistics Park Ltd'],
      ['Kilifi Solar Farms Ltd'],
      ['Limuru Tea Factory Ltd'],
      ['Mwea Rice Growers Ltd'],
      ['Naivasha Flower Exporters Ltd'],
      ['Nyeri Hills Hotel Ltd'],
      ['Ruaka Heights Developers Ltd'],
      ['Thika Steel Fabricators Ltd', 'THIKA STEEL FABRICATORS LTD', 'J. MWANGI & ASSOCIATES'],
      ['Wambui Properties Ltd', 'WAMBUI PROPERTIES LTD', 'GRACE WAMBUI NJOROGE'],
    ]),
    suppliers: [
      { book: 'Survey Masters Kenya Ltd', bank: 'SURVEY MASTERS KENYA LTD', bill: (n) => `SMK/${pad(n, 4)}` },
      { book: 'Geotest Laboratories Ltd', bank: 'GEOTEST LABORATORIES', bill: (n) => `GTL-${3000 + n}` },
      { book: 'Westlands Printing Services', bank: 'WESTLANDS PRINTING SERV', bill: (n) => `WPS${pad(n, 5)}` },
      { book: 'Kilimani Office Park Ltd', bank: 'KILIMANI OFFICE PARK LTD', bill: (n) => `KOP/RENT/${pad(n, 3)}` },
      { book: 'Safiri Car Hire Ltd', bank: 'SAFIRI CAR HIRE LTD', bill: (n) => `SCH ${pad(n, 4)}` },
      { book: 'Nairobi CAD Solutions Ltd', bank: 'NAIROBI CAD SOLUTIONS', bill: (n) => `NCS-25-${pad(n, 3)}` },
      { book: 'Mombasa Road Fuels Ltd', bank: 'MOMBASA ROAD FUELS LTD', bill: (n) => `MRF${pad(n, 4)}` },
      { book: 'Upperhill Legal Advocates', bank: 'UPPERHILL LEGAL ADVOCATE', bill: (n) => `ULA/${pad(n, 3)}/25` },
      { book: 'Zamani Courier Ltd', bank: 'ZAMANI COURIER LTD', bill: (n) => `ZC${pad(n, 5)}` },
      { book: 'Tatu City Drilling Ltd', bank: 'TATU CITY DRILLING LTD', bill: (n) => `TCD-${pad(n, 4)}` },
    ],
    billBase: 200,
    invoiceStart: 10410,
    invoice: (s) => String(s),
    writings: [
      (s) => ({ text: `INV ${s}`, traits: ['ref-canonical', 'ref-prefix-inv'] }),
      (s) => ({ text: `inv${s}`, traits: ['ref-lowercase', 'ref-prefix-inv'] }),
      (s) => ({ text: `INVOICE NO ${s}`, traits: ['ref-prefix-inv'] }),
      (s) => ({ text: `${s}`, traits: ['ref-no-prefix'] }),
      (s) => ({ text: `INV-${s}`, traits: ['ref-hyphens', 'ref-prefix-inv'] }),
      (s) => ({ text: `INV#${s}`, traits: ['ref-prefix-inv'] }),
      (s) => ({ text: `IN/${s}/25`, traits: ['ref-slashes', 'payer-own-writing'] }),
      (s) => ({ text: `Inv No.${s}`, traits: ['ref-prefix-inv'] }),
      (s) => ({ text: `PAYMENT CERT 3 YOUR INV ${s}`, traits: ['payer-own-writing'] }),
    ],
    twoInvoices: (a, b) => `INV ${a} AND ${b}`,
    creditNoteStart: 600,
    creditNote: (n) => `CN${n}`,
    lessCreditNote: (s, n) => `INV ${s} LESS CN${n}`,
    purchaseOrder: (n) => `LPO ${4400 + n}`,
    cheques: true,
    chequeNo: (i) => {
      const n = 2214 + i * 4;
      return { book: pad(n, 6), bank: pad(n, 6) };
    },
    withholding: [
      { of: (g) => Math.round((g * 2) / 116), memo: 'LESS WHVAT', trait: 'short-withholding-vat-2pct' },
      { of: (g) => Math.round((g / 1.16) * 0.05), memo: 'LESS 5% WHT', trait: 'short-withholding-tax-5pct' },
    ],
    payerCharge: 5500,
    settlementTrait: 'wallet-settlement',
    settlementFee: (g) => Math.min(Math.round(g * 0.0055), 20000),
    batchId: (day) => `SCM${day.replace(/-/g, '').slice(2)}${digits(rng, 4)}`,
    statutory: [
      { what: 'PAYE AUG 2025', payee: 'KRA', book: 'KRA PAYE August 2025', ref: `PRN ${digits(rng, 11)}`, scale: 1.1 },
      {
        what: 'HOUSING LEVY AUG 2025',
        payee: 'KRA',
        book: 'Affordable housing levy August 2025',
        ref: `PRN ${digits(rng, 11)}`,
        scale: 0.3,
      },
      {
        what: 'NSSF AUG 2025',
        payee: 'NSSF',
        book: 'NSSF contributions August 2025',
        ref: `NSSF ${digits(rng, 9)}`,
        scale: 0.25,
      },
    ],
    bank: {
      receipt: (c, memo, { i, inRefField, typed }) => {
        const ch = i % 3 === 0 ? 'RTGS' : 'PESALINK';
        if (inRefField) return { text: `EFT CR ${c.bank}`, reference: typed, channel: 'EFT' };
        // The narrative field holds 60 characters: the payer's name gives way so the memo survives.
        const room = 60 - (ch.length + 4) - (memo ? memo.length + 1 : 0);
        const { name, truncated } = cut(c.bank, Math.max(room, 12));
        return {
          text: memo ? `${ch} CR ${name} ${memo}` : `${ch} CR ${name}`,
          reference: ft(),
          channel: ch,
          truncated,
        };
      },
      receiptNameOnly: (c) => ({ text: `PESALINK CR ${c.bank}`, reference: ft(), channel: 'PESALINK' }),
      receiptAlt: (c) => ({ text: `PESALINK CR ${c.alt}`, reference: ft(), channel: 'PESALINK' }),
      anonymous: (i) =>
        i === 0
          ? { text: 'CASH DEPOSIT WESTLANDS BRANCH', reference: ft(), channel: 'CASH' }
          : { text: `MPESA B2B 2547****${digits(rng, 4)}`, reference: ft(), channel: 'MPESA' },
      settlement: (batch) => ({
        text: `MPESA PAYBILL 522419 SETTLEMENT ${batch}`,
        reference: ft(),
        channel: 'MPESA',
      }),
      settlementNoId: () => ({ text: 'MPESA PAYBILL SETTLEMENT', reference: ft(), channel: 'MPESA' }),
      unknownReceipt: (i) => ({
        text: i === 0 ? 'PESALINK CR PETER OCHIENG ODHIAMBO' : 'EFT CR KISII BOOKSHOP LTD',
        reference: ft(),
        channel: 'PESALINK',
      }),
      payment: (s, memo, i) => {
        const ch = i % 4 === 2 ? 'RTGS' : 'PESALINK';
        return {
          text: memo ? `${ch} DR ${s.bank} ${memo}` : `${ch} DR ${s.bank}`,
          reference: ft(),
          channel: `${ch}-OUT`,
        };
      },
      reversal: (failed) => ({ text: `REV ${failed.text}`.slice(0, 60), reference: ft(), channel: 'RVSL' }),
      chequePresented: (chq) => ({
        text: `INWARD CLEARING CHQ ${chq.bank}`,
        reference: ft(),
        chequeCell: chq.bank,
        channel: 'CHQ',
      }),
      payroll: () => ({ text: 'BULK EFT SALARIES SEP 2025 BATCH SAL0925', reference: ft(), channel: 'BULK' }),
      statutory: (st) => ({
        text: `${st.payee === 'KRA' ? 'KRA TAX PAYMENT' : 'NSSF REMITTANCE'} ${st.ref}`,
        reference: ft(),
        channel: 'STAT',
      }),
      ownTransfer: () => ({ text: 'TRF TO CALL DEPOSIT A/C 0101284630020', reference: ft(), channel: 'OWN' }),
      cardPurchase: () => ({ text: 'CARD PURCHASE JAVA COFFEE SARIT CENTRE', reference: ft(), channel: 'CARD' }),
    },
    book: {
      receipt: (c, inv) => `Payment inv ${inv}`,
      receiptLessCredit: (c, inv, cn) => `Payment inv ${inv} net of ${cn}`,
      payment: (s, ref) => `Supplier payment ${ref}`,
      paymentPo: (s, po) => `Supplier payment ${po}`,
      cheque: (s, chq) => `Cheque ${chq}`,
      settlement: (batch, day) => ({
        reference: batch,
        description: `M-PESA paybill takings ${fmtDate(day, 'DD/MM/YYYY')}`,
        party: 'Safaricom M-PESA',
      }),
      settlementFee: (batch) => ({
        reference: batch,
        description: `M-PESA paybill charges ${batch}`,
        party: 'Safaricom M-PESA',
      }),
      settlementNoId: (day) => ({
        reference: '',
        description: `M-PESA paybill takings ${fmtDate(day, 'DD/MM/YYYY')}`,
        party: 'Safaricom M-PESA',
      }),
      payroll: () => ({ reference: 'SAL0925', description: 'Net salaries September 2025', party: '' }),
      statutory: (st) => ({
        reference: st.ref.replace(' ', ''),
        description: st.book,
        party: st.payee === 'KRA' ? 'Kenya Revenue Authority' : 'NSSF',
      }),
      ownTransfer: () => ({ reference: 'CALL0925', description: 'Transfer to call deposit 0101284630020', party: '' }),
    },
    charges: ({ events, charge, lastWork }) => {
      const withExcise = (e, fee, text, traits) => {
        charge(e, fee, text, 'charge', traits);
        charge(e, Math.round(fee * 0.2), 'EXCISE DUTY ON CHARGES', 'fee-vat', ['excise-on-fee']);
      };
      let alerts = 0;
      for (const e of events) {
        alerts++;
        if (e.noCharge) continue;
        if (e.channel === 'PESALINK-OUT')
          withExcise(e, -e.amount > 10000000 ? 15000 : 10000, 'PESALINK CHARGE', ['transfer-fee']);
        if (e.channel === 'RTGS-OUT') withExcise(e, 50000, 'RTGS CHARGE', ['transfer-fee']);
        if (e.channel === 'BULK') withExcise(e, 125000, 'BULK EFT CHARGE', ['bulk-payment-fee']);
        if (e.channel === 'CHQ') withExcise(e, 15000, 'CHEQUE PROCESSING FEE', ['cheque-clearing-fee']);
      }
      const monthEnd = { day: lastWork };
      charge(null, 100000, 'LEDGER FEE SEP 2025', 'charge', ['ledger-fee'], monthEnd);
      charge(null, 20000, 'EXCISE DUTY ON CHARGES', 'fee-vat', ['excise-on-fee'], monthEnd);
      charge(null, alerts * 500, 'SMS ALERT CHARGES SEP 2025', 'charge', ['sms-alert'], monthEnd);
      charge(null, alerts * 100, 'EXCISE DUTY ON CHARGES', 'fee-vat', ['excise-on-fee'], monthEnd);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// South Africa: Habib Overseas Bank business current account, books in Accounting Seed (a Salesforce report).
// ---------------------------------------------------------------------------------------------------------------
function southAfrica(rng) {
  const p5 = (s) => pad(s, 5);
  return {
    key: 'za-habib-accountingseed',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2025,
    month: 11,
    business: { name: 'Naidoo Textiles & Trims (Pty) Ltd', city: 'Durban', account: '2004517736' },
    opening: 38745610,
    amounts: { min: 350000, max: 9800000, step: 1000, centsShare: 0.6 },
    customers: customers([
      ['Amanzimtoti Uniforms CC', 'AMANZIMTOTI UNIFORMS CC'],
      ['Berea Bridal Boutique', 'BEREA BRIDAL BOUTIQUE'],
      ['Chatsworth Curtain Centre', 'CHATSWORTH CURTAIN CENT'],
      ['Durban North Schoolwear', 'DURBAN NORTH SCHOOLWEAR'],
      ['eThekwini Workwear (Pty) Ltd', 'ETHEKWINI WORKWEAR'],
      ['Florida Road Tailors', 'FLORIDA ROAD TAILORS'],
      ['Glenwood Upholsterers', 'GLENWOOD UPHOLSTERERS'],
      ['Hillcrest Linen Supplies', 'HILLCREST LINEN SUPPLIES'],
      ['Isipingo Fashion House', 'ISIPINGO FASHION HOUSE'],
      ['Jozini Craft Co-operative', 'JOZINI CRAFT COOP'],
      ['Kloof Interiors (Pty) Ltd', 'KLOOF INTERIORS'],
      ['Morningside Costume Hire', 'MORNINGSIDE COSTUME HIRE'],
      ['Overport Sari House', 'OVERPORT SARI HOUSE'],
      ['Pinetown Garment Makers', 'PINETOWN GARMENT MAKERS'],
      ['Umhlanga Home Textiles', 'UMHLANGA HOME TEXTILES'],
      ['Westville Sportswear', 'WESTVILLE SPORTSWEAR'],
      ['Phoenix Embroidery Works', 'PHOENIX EMBROIDERY WORKS', 'R MOODLEY'],
      ['Verulam Blinds & Drapes', 'VERULAM BLINDS AND DRAPES', 'SIBIYA T T'],
    ]),
    suppliers: [
      { book: 'Coastal Yarns (Pty) Ltd', bank: 'COASTAL YARNS', bill: (n) => `CY${pad(n, 5)}` },
      { book: 'Mahatma Gandhi Rd Buttons', bank: 'MG ROAD BUTTONS', bill: (n) => `MGB-${pad(n, 4)}` },
      { book: 'Durban Dye Works', bank: 'DURBAN DYE WORKS', bill: (n) => `DDW/${pad(n, 4)}` },
      { book: 'KZN Freight Forwarders', bank: 'KZN FREIGHT FORWARDERS', bill: (n) => `KFF${2500 + n}` },
      { book: 'Springfield Zips & Trims', bank: 'SPRINGFIELD ZIPS', bill: (n) => `SZT-${pad(n, 4)}` },
      { book: 'Umgeni Packaging', bank: 'UMGENI PACKAGING', bill: (n) => `UP ${pad(n, 5)}` },
      { book: 'Clairwood Cotton Mills', bank: 'CLAIRWOOD COTTON MILLS', bill: (n) => `CCM/INV/${pad(n, 4)}` },
      { book: 'Point Road Electrical', bank: 'POINT ROAD ELECTRICAL', bill: (n) => `PRE${pad(n, 4)}` },
      { book: 'Mayville Security Services', bank: 'MAYVILLE SECURITY', bill: (n) => `MSS-${pad(n, 5)}` },
      { book: 'Sea Cow Lake Logistics', bank: 'SEA COW LAKE LOGISTICS', bill: (n) => `SCL${pad(n, 4)}` },
    ],
    billBase: 300,
    invoiceStart: 4205,
    invoice: (s) => `BIL-${p5(s)}`,
    writings: [
      (s) => ({ text: `BIL-${p5(s)}`, traits: ['ref-canonical'] }),
      (s) => ({ text: `bil${p5(s)}`, traits: ['ref-lowercase'] }),
      (s) => ({ text: `BIL ${s}`, traits: ['ref-spaces', 'ref-no-padding'] }),
      (s) => ({ text: `BIL/${p5(s)}`, traits: ['ref-slashes'] }),
      (s) => ({ text: `INV ${s}`, traits: ['ref-prefix-inv', 'ref-no-padding'] }),
      (s) => ({ text: `${s}`, traits: ['ref-serial-only'] }),
      (s) => ({ text: `INV BIL-${p5(s)}`, traits: ['ref-canonical', 'payer-own-writing'] }),
      (s) => ({ text: `BIL${s}`, traits: ['ref-no-padding'] }),
      (s) => ({ text: `ACC NAIDOO INV${s}`, traits: ['payer-own-writing', 'ref-prefix-inv'] }),
    ],
    twoInvoices: (a, b) => `BIL${p5(a)} BIL${p5(b)}`,
    creditNoteStart: 80,
    creditNote: (n) => `CRN-${pad(n, 4)}`,
    lessCreditNote: (s, n) => `BIL${p5(s)} LESS CRN${pad(n, 4)}`,
    purchaseOrder: (n) => `PO${8800 + n}`,
    cheques: false,
    debitOrders: [
      {
        creditor: 'UBUNTU ASSURANCE',
        book: 'Ubuntu Assurance Ltd',
        ref: `UA${digits(rng, 8)}`,
        what: 'Business insurance premium',
      },
      {
        creditor: 'EZULWINI VEHICLE FIN',
        book: 'Ezulwini Vehicle Finance',
        ref: `EVF${digits(rng, 7)}`,
        what: 'Delivery van instalment',
      },
    ],
    withholding: [],
    payerCharge: 850,
    settlementTrait: 'card-settlement',
    settlementFee: (g) => Math.round(g * 0.0275),
    batchId: (day) => `IK${day.replace(/-/g, '').slice(2)}${digits(rng, 4)}`,
    statutory: [
      {
        what: 'EMP201 OCT2025',
        payee: 'SARS',
        book: 'SARS EMP201 October 2025 (PAYE/UIF/SDL)',
        ref: `${digits(rng, 4)}EMP${digits(rng, 6)}`,
        scale: 1,
      },
      {
        what: 'VAT201 SEP-OCT2025',
        payee: 'SARS',
        book: 'SARS VAT201 September-October 2025',
        ref: `${digits(rng, 4)}VAT${digits(rng, 6)}`,
        scale: 1.4,
      },
      {
        what: 'LEVY OCT2025',
        payee: 'CLOTHING BARGAINING CNCL',
        book: 'Clothing bargaining council levy October 2025',
        ref: `BCL${digits(rng, 6)}`,
        scale: 0.15,
      },
    ],
    bank: {
      receipt: (c, memo, { i, inRefField, typed }) => {
        if (inRefField) return { text: `CREDIT TRANSFER ${c.bank}`, reference: typed, channel: 'EFT' };
        const { name, truncated } = i % 4 === 3 ? cut(c.bank, 16) : { name: c.bank, truncated: false };
        return {
          text: memo ? `ACB CREDIT ${name} ${memo}` : `ACB CREDIT ${name}`,
          reference: '',
          channel: 'EFT',
          truncated,
        };
      },
      receiptNameOnly: (c) => ({ text: `ACB CREDIT ${c.bank}`, reference: '', channel: 'EFT' }),
      receiptAlt: (c) => ({ text: `ACB CREDIT ${c.alt}`, reference: '', channel: 'EFT' }),
      anonymous: (i) =>
        i === 0
          ? { text: 'CASH DEPOSIT WEST STREET BRANCH', reference: '', channel: 'CASH' }
          : { text: 'ATM DEPOSIT GREY STREET', reference: `ATM${digits(rng, 6)}`, channel: 'CASH' },
      settlement: (batch) => ({ text: 'IKHOKHA PAYOUT', reference: batch, channel: 'CARD-IN' }),
      settlementNoId: () => ({ text: 'IKHOKHA PAYOUT', reference: '', channel: 'CARD-IN' }),
      unknownReceipt: (i) => ({
        text: i === 0 ? 'ACB CREDIT NAIDOO P' : 'IMMEDIATE CREDIT MKHIZE TRADING',
        reference: '',
        channel: 'EFT',
      }),
      payment: (s, memo) => ({
        text: `INTERNET PMT TO ${s.bank}`,
        reference: memo || 'NAIDOO TEXTILES',
        channel: 'EFT-OUT',
      }),
      reversal: (failed) => ({
        text: `UNPAID ${failed.text}`.slice(0, 60),
        reference: failed.reference,
        channel: 'RVSL',
      }),
      debitOrder: (o) => ({ text: `DEBIT ORDER ${o.creditor}`, reference: o.ref, channel: 'DO' }),
      payroll: () => ({ text: 'SALARY BATCH NOV2025', reference: 'WAGES-2511-01', channel: 'BULK' }),
      statutory: (st) => ({ text: `INTERNET PMT TO ${st.payee}`, reference: st.ref, channel: 'EFT-OUT' }),
      ownTransfer: () => ({ text: 'TRANSFER TO CALL ACC 2004517744', reference: 'CALL NOV25', channel: 'OWN' }),
      cardPurchase: () => ({
        text: 'CARD PURCHASE MAKRO SPRINGFIELD',
        reference: `CRD${digits(rng, 6)}`,
        channel: 'CARD',
      }),
    },
    book: {
      receipt: (c, inv) => `Cash receipt ${inv}`,
      receiptLessCredit: (c, inv, cn) => `Cash receipt ${inv} less ${cn}`,
      payment: (s, ref) => `Cash disbursement ${ref}`,
      paymentPo: (s, po) => `Cash disbursement ${po}`,
      debitOrder: (o) => ({ reference: o.ref, description: `${o.what} debit order`, party: o.book }),
      settlement: (batch, day) => ({
        reference: batch,
        description: `iKhokha card takings ${fmtDate(day, 'YYYY/MM/DD')}`,
        party: 'iKhokha',
      }),
      settlementFee: (batch) => ({ reference: batch, description: `iKhokha fees ${batch}`, party: 'iKhokha' }),
      settlementNoId: (day) => ({
        reference: '',
        description: `iKhokha card takings ${fmtDate(day, 'YYYY/MM/DD')}`,
        party: 'iKhokha',
      }),
      payroll: () => ({ reference: 'WAGES-2511-01', description: 'Net wages November 2025', party: '' }),
      statutory: (st) => ({
        reference: st.ref,
        description: st.book,
        party: st.payee === 'SARS' ? 'South African Revenue Service' : 'Clothing Bargaining Council',
      }),
      ownTransfer: () => ({ reference: 'CALL NOV25', description: 'Transfer to call account 2004517744', party: '' }),
    },
    charges: ({ events, charge, lastWork, lastDay }) => {
      let notices = 0;
      for (const e of events) {
        if (e.amount > 0) notices++;
        if (e.noCharge) continue;
        if (e.channel === 'EFT-OUT') charge(e, 850, 'FEE: INTERNET PAYMENT', 'charge', ['payment-fee']);
        if (e.channel === 'DO') charge(e, 475, 'FEE: DEBIT ORDER', 'charge', ['debit-order-fee']);
        if (e.channel === 'CASH')
          charge(e, Math.round(e.amount * 0.0145) + 750, 'FEE: CASH DEPOSIT', 'charge', ['cash-deposit-fee']);
        if (e.channel === 'BULK') charge(e, 4650, 'FEE: SALARY BATCH', 'charge', ['bulk-payment-fee']);
      }
      charge(null, notices * 95, 'NOTIFICATION FEES', 'charge', ['notification-fee'], { day: lastWork });
      charge(null, 24500, 'MONTHLY SERVICE FEE', 'charge', ['monthly-fee'], { day: lastWork });
      charge(null, rng.int(1800, 6200), 'CREDIT INTEREST', 'interest', ['interest'], { day: lastDay, credit: true });
    },
  };
}

export const SETS = [nigeria, ghana, kenya, southAfrica];

export function periodOf(cfg) {
  const days = monthDays(cfg.year, cfg.month);
  return { from: days[0], to: days[days.length - 1], label: `${monthName(cfg.month).toLowerCase()}${cfg.year}` };
}
