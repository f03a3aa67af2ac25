// Nigeria: Huaxin Building Materials Nigeria Ltd, a tile and sanitary-ware factory in Igbesa, Ogun State. Nova
// Commercial Bank corporate current account (internet banking CSV, newest first) against the Yonyou U8+ cashier's
// Bank Journal of account 100201, output to Excel.
import { notYear, commas, delimited, fmtDate, part, workbook, MONTHS } from './lib.mjs';

const NIP = {
  GTB: '000013',
  ZENITH: '000015',
  ACCESS: '000014',
  UBA: '000004',
  FBN: '000016',
  FIDELITY: '000007',
  STANBIC: '000012',
  STERLING: '000001',
  WEMA: '000017',
  FCMB: '000003',
  POLARIS: '000008',
  KEYSTONE: '000002',
  ECOBANK: '000010',
  PROVIDUS: '000023',
  OPAY: '100004',
  PALMPAY: '100033',
  MONIEPOINT: '090405',
};
const NOVA = '060003';
const ACCOUNT = '1100245871';
const CALL_ACCOUNT = '1100245899';
const LEDGER_ACCOUNT = '100201 Nova Commercial Bank NGN 1100245871';

const customers = [
  { name: 'Abeokuta Tiles Centre Ltd', bankAs: 'ABEOKUTA TILES CENTRE LTD', bank: 'GTB' },
  {
    name: 'Sango Ota Building Mart Ltd',
    bankAs: 'SANGO OTA BUILDING MART LTD',
    bank: 'ZENITH',
    role: 'owner',
    ownerName: 'OLUSEGUN ADEYEMI',
    ownerWallet: 'OPAY',
    ownerMemo: 'TILES',
    ownerTrait: 'owner-wallet',
  },
  { name: 'Mowe Ceramics and Sanitary Wares', bankAs: 'MOWE CERAMICS AND SANITARY WARES', bank: 'ACCESS' },
  { name: 'Ijebu-Ode Homes Depot Ltd', bankAs: 'IJEBU-ODE HOMES DEPOT LIMITED', bank: 'FBN' },
  { name: 'Alaba Rago Tiles Enterprises', bankAs: 'ALABA RAGO TILES ENTERPRISES', bank: 'UBA' },
  { name: 'Ikeja Interiors Nig Ltd', bankAs: 'IKEJA INTERIORS NIG LTD', bank: 'FIDELITY' },
  { name: 'Badagry Builders Supply Co', bankAs: 'BADAGRY BUILDERS SUPPLY CO', bank: 'WEMA' },
  { name: 'Ilaro Construction Materials Ltd', bankAs: 'ILARO CONSTRUCTION MATERIALS LTD', bank: 'STANBIC' },
  {
    name: 'Agbara Estate Developers Ltd',
    bankAs: 'AGBARA ESTATE DEVELOPERS LTD',
    bank: 'STERLING',
    role: 'twins',
    sites: ['OKE-ARO SITE', 'ATAN SITE'],
  },
  { name: 'Ifo Cement and Tiles Distributors', bankAs: 'IFO CEMENT AND TILES DISTRIBUTORS', bank: 'FCMB' },
  {
    name: 'Lekki Finishing Works Ltd',
    bankAs: 'LEKKI FINISHING WORKS LTD',
    bank: 'ACCESS',
    role: 'related',
    relatedName: 'ADEX GROUP HOLDINGS LTD',
  },
  { name: 'Ado-Odo Tiles Plaza', bankAs: 'ADO-ODO TILES PLAZA', bank: 'POLARIS' },
  { name: 'Owode Building Materials Ventures', bankAs: 'OWODE BUILDING MATERIALS VENTURES', bank: 'KEYSTONE' },
  { name: 'Otta Homes and Fittings Ltd', bankAs: 'OTTA HOMES AND FITTINGS LTD', bank: 'PROVIDUS' },
  { name: 'Sagamu Interlocking Tiles Ltd', bankAs: 'SAGAMU INTERLOCKING TILES LTD', bank: 'ECOBANK' },
  { name: 'Ibafo Construction Supplies', bankAs: 'IBAFO CONSTRUCTION SUPPLIES', bank: 'MONIEPOINT' },
  { name: 'Ajah Tiles Gallery Ltd', bankAs: 'AJAH TILES GALLERY LTD', bank: 'ACCESS' },
  { name: 'Ikorodu Sanitary Wares Centre', bankAs: 'IKORODU SANITARY WARES CENTRE', bank: 'GTB' },
  { name: 'Papalanto Builders Depot', bankAs: 'PAPALANTO BUILDERS DEPOT', bank: 'FBN' },
];

const suppliers = [
  {
    name: 'Ewekoro Kaolin Mining Ltd',
    bankAs: 'EWEKORO KAOLIN MINING LTD',
    bank: 'NOVA',
    bill: (n) => `EKM/INV/25/${String(n).padStart(4, '0')}`,
    plain: 'KAOLIN SUPPLY',
  },
  {
    name: 'Ogun Feldspar Supplies Ltd',
    bankAs: 'OGUN FELDSPAR SUPPLIES LTD',
    bank: 'GTB',
    bill: (n) => `OFS-2025-${n}`,
    plain: 'FELDSPAR',
  },
  {
    name: 'Igbesa Pallets and Packaging Ltd',
    bankAs: 'IGBESA PALLETS AND PACKAGING LTD',
    bank: 'ACCESS',
    bill: (n) => `IPP ${n}`,
    plain: 'PALLETS NOV',
    role: 'twins',
  },
  {
    name: 'Agbara Industrial Gases Ltd',
    bankAs: 'AGBARA INDUSTRIAL GASES LTD',
    bank: 'FBN',
    bill: (n) => `AIG/${n}`,
    plain: 'LPG REFILL',
  },
  {
    name: 'Ota Diesel Supply Co Ltd',
    bankAs: 'OTA DIESEL SUPPLY CO LTD',
    bank: 'UBA',
    bill: (n) => `OD-${n}`,
    plain: 'AGO SUPPLY',
    role: 'failed',
  },
  {
    name: 'Sagamu Haulage Services Ltd',
    bankAs: 'SAGAMU HAULAGE SERVICES LTD',
    bank: 'FIDELITY',
    bill: (n) => `SHS/INV/${n}`,
    plain: 'HAULAGE',
  },
  {
    name: 'Lagos Glaze and Frit Importers Ltd',
    bankAs: 'LAGOS GLAZE AND FRIT IMPORTERS LTD',
    bank: 'STANBIC',
    bill: (n) => `LGF-INV-${String(n).padStart(5, '0')}`,
    plain: 'GLAZE',
  },
  {
    name: 'Ijoko Carton Industries Ltd',
    bankAs: 'IJOKO CARTON INDUSTRIES LTD',
    bank: 'NOVA',
    bill: (n) => `ICI/25/${String(n).padStart(4, '0')}`,
    plain: 'CARTONS',
  },
  {
    name: 'Apapa Clearing and Forwarding Ltd',
    bankAs: 'APAPA CLEARING AND FORWARDING LTD',
    bank: 'FCMB',
    bill: (n) => `ACF/DN/${n}`,
    plain: 'CLEARING CHARGES',
  },
];
// payees of cheques: not paid by transfer this month
const chequePayees = [
  { name: 'Atan Electrical Services Ltd' },
  { name: 'Igbesa Gas Plant Services Ltd' },
  { name: 'Owode Scaffolding and Works Ltd' },
];

const invoiceNo = (serial) => String(serial).padStart(10, '0');
const writings = {
  1: (s) => `INV ${s}`,
  2: (s) => invoiceNo(s),
  3: (s) => `inv${s}`,
  4: (s) => `INVOICE NO ${s}`,
  5: (s) => `HX-${s}`,
  6: (s) => `SI ${String(s).padStart(7, '0')}`,
  7: (s) => `#${s}`,
  8: (s) => `${s}`,
  9: (s) => `INV NO:${String(s).padStart(8, '0')}`,
};

const nipFee = (amount) => {
  const a = Math.abs(amount);
  if (a <= 500000) return 1000;
  if (a <= 5000000) return 2500;
  return 5000;
};

function sessionId(code, date, rng) {
  const [y, mo, d] = date.split('-');
  const t = `${String(rng.int(7, 18)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}${String(rng.int(0, 59)).padStart(2, '0')}`;
  return `${code}${y.slice(2)}${mo}${d}${t}${rng.digits(12)}`;
}

const set = {
  key: 'ng-nova-yonyou',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  period: { from: '2025-12-01', to: '2025-12-31' },
  holidays: ['2025-12-25', '2025-12-26'],
  docDate: '2026-01-05',
  bankName: 'Nova Commercial Bank Limited',
  packageName: 'Yonyou U8+ (Cashier → Bank Journal of account 100201, output to Excel)',
  bankFile: `nova-${ACCOUNT}-dec2025.csv`,
  ledgerFile: 'u8-bank-journal-100201-dec2025.xlsx',
  customers,
  suppliers,
  invoiceStart: 1200,
  ranges: {
    invoiceBase: [380000, 6800000],
    cashBase: [120000, 850000],
    invoiceStep: 50,
    bill: [650000, 9800000],
    refund: [85000, 420000],
    twinsOut: [1200000, 2600000],
    unknown: [45000, 380000],
    unknownStep: 500,
    card: [95000, 640000],
  },
  roundUnit: 100000, // ₦1,000
  roundUp: 1000000, // customers round an over-payment up to the next ₦10,000
  payerCharge: 5375, // the payer's own NIP charge + VAT
  gross: (base) => base + part(base, 75, 1000),
  shortPayments: [
    // withholding tax on a supply of goods (2 % of the price before VAT) and one customer taking the services rate
    { trait: 'short-withholding-tax-2pct', deduct: (inv) => part(inv.base, 2, 100) },
    { trait: 'short-withholding-tax-5pct', deduct: (inv) => part(inv.base, 5, 100) },
  ],
  depositors: ['FEMI', 'MR ZHANG', 'IYABO', 'SUNDAY'],
  unknownPayers: [
    { name: 'BABATUNDE ALIU', memo: 'TRANSFER', wallet: 'OPAY' },
    { name: 'KAYODE AND SONS ENT', memo: 'PAYMENT', wallet: 'UBA' },
    { name: 'CHIDINMA OKAFOR', memo: 'TILES DEPOSIT', wallet: 'PALMPAY' },
  ],
  cardMerchants: ['TECHZONE COMPUTERS LTD IKEJA LANG', 'OTA OFFICE SUPPLIES OGNG', 'ABEOKUTA PRINT HOUSE OGNG'],
  settlements: [
    {
      name: 'Flutterwave',
      bankAs: 'FLUTTERWAVE TECHNOLOGY SOLUTIONS LTD',
      bank: 'WEMA',
      booked: 'gross',
      gross: [250000, 820000],
      fee: (g) => Math.min(part(g, 14, 1000), 200000),
      id: (rng) => String(rng.int(10000000, 99999999)),
    },
    {
      name: 'Paystack',
      bankAs: 'PAYSTACK PAYMENTS LIMITED',
      bank: 'ZENITH',
      booked: 'gross+fee',
      gross: [60000, 120000],
      fee: (g) => Math.min(part(g, 15, 1000) + 10000, 200000),
      id: (rng) => String(rng.int(1000000, 9999999)),
    },
    {
      name: 'Nova POS',
      booked: 'net',
      gross: [90000, 420000],
      fee: (g) => Math.min(part(g, 5, 1000), 100000),
      id: null,
    },
  ],

  memoInvoice(w, inv, rng, trait) {
    const tail =
      trait === 'short-withholding-tax-2pct'
        ? ' LESS WHT'
        : trait === 'short-withholding-tax-5pct'
          ? ' NET OF WHT'
          : rng.pick(['', '', ' PAYMENT', ' DEC SUPPLY', ' TILES']);
    return `${writings[w](inv.serial)}${tail}`;
  },
  memoPlain: (rng) => rng.pick(['TILES PAYMENT', 'PAYMENT FOR GOODS', 'DEC SUPPLY', 'TRANSFER', 'GOODS SUPPLIED']),
  memoTwoInvoices: (w, a, b) => `${writings[w](a.serial)} AND ${b.serial}`,
  memoInstalment: (memo, no) => `${memo} ${no === 1 ? '1ST' : '2ND'} INSTALMENT`,
  memoLessCredit: (inv, cn) => `INV ${inv.serial} LESS ${cn}`,
  memoPart: (memo) => `PART PAYMT ${memo}`,
  mistype: (serial, rng) => {
    const s = String(serial).split('');
    const i = rng.int(0, s.length - 2);
    [s[i], s[i + 1]] = [s[i + 1], s[i]];
    const t = Number(s.join(''));
    return t === serial ? serial + rng.int(11, 40) : t;
  },
  creditNoteNo: (rng) => `CN${String(rng.int(40, 89)).padStart(4, '0')}`,
  supplierCreditNoteNo: (s, rng) => `CN-${rng.int(100, 999)}`,
  memoSupplierRefund: (cn) => `REFUND ${cn}`,
  memoCustomerRefund: (cn, rng) => `REFUND ${cn} ${rng.pick(['OVERPAYMENT', 'RETURNED TILES'])}`,
  billNo: (s, rng) => s.bill(notYear(rng.int(300, 9999))),
  memoBill: (bill, rng) => rng.pick([`PMT ${bill}`, `${bill}`, `PYMT INV ${bill}`]),
  memoSupplierPlain: (s) => s.plain,
  orderNo: (rng) => `PO ${rng.int(4400, 4999)}`,
  memoOrder: (po) => `${po} PART DELIVERY`,
  customerChequeNo: (rng) => `000${rng.int(10000, 99999)}`,

  presentedItems(rng) {
    const first = rng.int(300, 320);
    return [0, 1].map((k) => {
      const cheque = String(first + k * rng.int(2, 4)).padStart(8, '0');
      const party = chequePayees[k];
      return {
        range: [380000, 2400000],
        cents: true,
        party,
        how: 'cheque',
        book: { cheque },
        chan: 'chq-out',
        bank: { cheque },
        traits: ['cheque-number'],
      };
    });
  },
  payroll: {
    range: [14500000, 18800000],
    staff: 64,
    batch: (rng) => String(rng.int(400, 699)).padStart(6, '0'),
    day: (m) => m.W.filter((d) => d <= '2025-12-23').at(-1),
  },
  statutory: [
    {
      name: 'PAYE',
      body: 'OGUN STATE IRS',
      range: [1800000, 2600000],
      traits: ['paye'],
      ref: (rng) => `31${rng.digits(10)}`,
      day: (m) => m.W.filter((d) => d <= '2025-12-10').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'VAT',
      body: 'FIRS',
      range: [3500000, 6200000],
      traits: ['vat'],
      ref: (rng) => `27${rng.digits(10)}`,
      day: (m) => m.W.filter((d) => d <= '2025-12-19').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'PENSION',
      body: 'AFRIVEST PENSIONS LTD',
      bank: 'ZENITH',
      chan: 'out-tax',
      range: [1900000, 2700000],
      traits: ['pension'],
      ref: (rng) => `SCH-${rng.int(3000, 3999)}`,
      day: (m) => m.W.filter((d) => d <= '2025-12-05').at(-1 - m.rng.int(0, 2)),
    },
  ],
  ownTransfer: { direction: 'out', range: [10000000, 20000000], step: 1000000, account: CALL_ACCOUNT },

  ledgerOnly(rng, m) {
    const n = m.n;
    const cust = customers[rng.int(0, 7)];
    const sup = suppliers[rng.int(0, 3)];
    return [
      {
        date: m.day(n - 1 - rng.int(0, 2)),
        sign: -1,
        range: [420000, 1600000],
        info: {
          kind: 'payment',
          party: chequePayees[2],
          how: 'cheque',
          cheque: String(rng.int(321, 330)).padStart(8, '0'),
        },
        why: 'cheque issued, not yet presented',
      },
      {
        date: m.day(n - 1),
        sign: -1,
        range: [900000, 4800000],
        info: { kind: 'payment', party: sup, how: 'transfer', bill: sup.bill(notYear(rng.int(300, 9999))) },
        why: 'transfer authorised on the last working day, executed by the bank in January',
      },
      {
        date: m.day(n - 1),
        sign: 1,
        range: [600000, 3900000],
        info: {
          kind: 'receipt',
          party: cust,
          invoices: [{ serial: 1260 + rng.int(0, 9) }],
          how: 'cheque',
          cheque: `0${rng.int(1000000, 9999999)}`,
        },
        why: 'cheque lodged on the last working day, not yet credited (deposit in transit)',
      },
    ];
  },

  /** NIP transfer commission and its VAT, after each NIP debit that went through */
  chargesAfter(item) {
    if (!['out', 'out-tax'].includes(item.chan) || item.info.party?.bank === 'NOVA') return [];
    const fee = nipFee(item.amount);
    return [
      { amount: -fee, label: 'NIP TRANSFER COMMISSION', kind: 'charge', traits: ['nip-commission'], after: item },
      {
        amount: -part(fee, 75, 1000),
        label: 'VAT ON NIP TRANSFER COMMISSION',
        kind: 'fee-vat',
        traits: ['vat-on-fee'],
        after: item,
      },
    ];
  },
  monthEnd(bank) {
    const emtl = bank.filter((b) => ['in', 'stl'].includes(b.chan) && b.amount >= 1000000).length;
    const debits = bank.filter((b) => b.amount < 0 && b.chan !== 'fee').reduce((s, b) => s - b.amount, 0);
    const amf = Math.round(debits / 1000);
    const sms = bank.length + 4;
    return [
      { amount: -emtl * 5000, label: `EMTL CHARGES DEC 2025 - ${emtl} ITEMS`, kind: 'levy', traits: ['emtl'] },
      { amount: -amf, label: 'ACCOUNT MAINTENANCE FEE DEC 2025', kind: 'charge', traits: ['account-maintenance'] },
      {
        amount: -part(amf, 75, 1000),
        label: 'VAT ON ACCOUNT MAINTENANCE FEE',
        kind: 'fee-vat',
        traits: ['vat-on-fee'],
      },
      { amount: -sms * 400, label: 'SMS ALERT CHARGES DEC 2025', kind: 'charge', traits: ['sms-alerts'] },
    ];
  },
  opening: (rng) => rng.int(18000000, 32000000) * 100 + rng.int(0, 99),
  raiseUnit: 500000000, // ₦5,000,000

  // ------------------------------------------------------------------ the bank's words
  renderBank(b, { rng, W }) {
    const i = b.info;
    const c = { valueDate: b.date };
    // a cheque lodged today is given value on the next working day
    const nextDay = (d) => W[Math.min(W.indexOf(d) + 1, W.length - 1)];
    switch (b.chan) {
      case 'in': {
        const bank = i.wallet ?? i.party?.bank ?? rng.pick(['GTB', 'ACCESS', 'UBA']);
        c.narration = `NIP CR/${i.payer}/${bank}/${i.memo}`;
        c.reference = sessionId(NIP[bank], b.date, rng);
        break;
      }
      case 'out':
      case 'out-failed': {
        if (i.party.bank === 'NOVA') {
          // a payee banking with Nova: an intra-bank transfer, no NIP session
          c.narration = `NOVA TRF TO ${i.payee} - ${i.memo}`;
          c.reference = `FT${rng.digits(10)}`;
        } else {
          c.narration = `NIP DR/${i.payee}/${i.party.bank}/${i.memo}`;
          c.reference = sessionId(NOVA, b.date, rng);
        }
        break;
      }
      case 'out-tax': {
        c.narration = `NIP DR/${i.tax.body}/${i.tax.bank}/NOV 2025 PENSION ${i.ref}`;
        c.reference = sessionId(NOVA, b.date, rng);
        break;
      }
      case 'rev':
        c.narration = `RVSL/${i.of.cells.narration}`;
        c.reference = i.of.cells.reference;
        break;
      case 'chq-in':
        c.narration = `CLEARING CHQ DEP - ${i.drawer} - CHQ ${i.cheque}`;
        c.reference = i.cheque;
        c.valueDate = nextDay(b.date);
        break;
      case 'chq-out':
        c.narration = `INWARD CLEARING CHQ ${i.cheque}`;
        c.reference = i.cheque;
        break;
      case 'cash-in':
        c.narration = `CASH DEPOSIT - IGBESA BRANCH - BY ${i.depositor}`;
        c.reference = `TLR/IGB/${rng.int(10, 99)}`;
        break;
      case 'stl': {
        const a = i.acquirer;
        if (a.name === 'Nova POS') {
          c.narration = `POS SETTLEMENT - HUAXIN SHOWROOM IGBESA - ${rng.int(9, 31)} TXNS`;
          c.reference = `POSSTL${rng.digits(2)}`;
        } else {
          c.narration = `NIP CR/${a.bankAs}/${a.bank}/${a.name.toUpperCase()} SETTLEMENT ${i.payout}`;
          c.reference = sessionId(NIP[a.bank], b.date, rng);
        }
        break;
      }
      case 'tax':
        c.narration = `REMITA/${i.tax.body}/${i.tax.name} NOV 2025${i.tax.name === 'VAT' ? ' TIN 21874563-0001' : ''}`;
        c.reference = i.ref;
        break;
      case 'payroll':
        c.narration = `BULK PAYMENT/SALARY DEC 2025/${i.staff} BENEFICIARIES`;
        c.reference = `BATCH${i.batch}`;
        break;
      case 'own':
        c.narration = `TRF TO OWN A/C ${i.own.account} CALL DEPOSIT`;
        c.reference = `NCB${rng.digits(2)}TRF`;
        break;
      case 'card':
        c.narration = `POS PURCHASE - ${i.merchant}`;
        c.reference = `RRN${rng.digits(2)}`;
        break;
      case 'fee':
        c.narration = i.label;
        c.reference = i.after ? i.after.cells.reference : `CHG/${MONTHS[11].toUpperCase()}25`;
        break;
      default:
        throw new Error(`ng: no narration for ${b.chan}`);
    }
    return c;
  },

  // ------------------------------------------------------------------ the books' words (Yonyou U8 bank journal)
  renderBook(r, { rng, vouchers }) {
    const i = r.info;
    const v = (t) => {
      vouchers[t] = (vouchers[t] ?? 0) + 1;
      return `${t}-${String(vouchers[t]).padStart(4, '0')}`;
    };
    const out = r.amount < 0;
    const c = { voucher: v(i.kind === 'own-transfer' ? '转' : out ? '付' : '收') };
    switch (i.kind) {
      case 'receipt': {
        const inv = invoiceNo(i.invoices[0].serial);
        const name = i.party.name;
        if (i.how === 'cheque') {
          c.summary = `收 ${name} 支票 chq ${i.cheque} inv ${inv}`;
          c.method = 'Cheque';
          c.bill = i.cheque;
        } else if (i.how === 'cash') {
          c.summary = `收现金 ${name} cash sales inv ${inv}`;
          c.method = 'Cash';
          c.bill = inv;
        } else if (i.creditNote) {
          c.summary = `收货款-${name} inv ${inv} less ${i.creditNote}`;
          c.method = 'Transfer';
          c.bill = inv;
        } else {
          c.summary = rng.chance(0.5) ? `收货款-${name} inv ${inv}` : `Receipt from ${name} against inv ${inv}`;
          if (i.site) c.summary += ` (${i.site.toLowerCase()})`;
          c.method = 'Transfer';
          c.bill = inv;
        }
        c.contra = '1122 Accounts Receivable';
        break;
      }
      case 'supplier-refund':
        c.summary = `收 ${i.party.name} refund ${i.creditNote}`;
        c.method = 'Transfer';
        c.bill = i.creditNote;
        c.contra = '2202 Accounts Payable';
        break;
      case 'customer-refund':
        c.summary = `付 ${i.party.name} refund ${i.creditNote}`;
        c.method = 'Transfer';
        c.bill = i.creditNote;
        c.contra = '1122 Accounts Receivable';
        break;
      case 'settlement':
        if (i.part === 'gross') {
          c.summary = `收 ${i.acquirer.name} settlement ${i.payout} online sales (gross)`;
          c.contra = '6001 Sales Revenue';
        } else if (i.part === 'fee') {
          c.summary = `${i.acquirer.name} fees settlement ${i.payout}`;
          c.contra = '6603 Finance Expenses';
        } else {
          c.summary = `收 POS takings showroom ${fmtDate(r.date, 'DMY').slice(0, 5)}`;
          c.contra = '6001 Sales Revenue';
        }
        c.method = i.part === 'net' ? 'POS' : 'Online';
        c.bill = i.payout ?? '';
        break;
      case 'payment':
        if (i.how === 'cheque') {
          c.summary = `付 ${i.party.name} chq ${i.cheque}`;
          c.method = 'Cheque';
          c.bill = i.cheque;
        } else if (i.order) {
          c.summary = `付 ${i.party.name} ${i.order} part delivery`;
          c.method = 'Transfer';
          c.bill = i.order;
        } else {
          c.summary = `付 ${i.party.name} 货款 ${i.bill}`;
          c.method = 'Transfer';
          c.bill = i.bill;
        }
        c.contra = '2202 Accounts Payable';
        break;
      case 'payroll':
        c.summary = `付 December 2025 salaries bulk batch ${i.batch}`;
        c.method = 'Transfer';
        c.bill = i.batch;
        c.contra = '2211 Payroll Payable';
        break;
      case 'statutory': {
        const t = i.tax;
        if (t.name === 'PAYE') {
          c.summary = '付 Nov 2025 PAYE - Ogun State IRS';
          c.bill = i.ref.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
          c.contra = '222104 PAYE Payable';
          c.method = 'Remita';
        } else if (t.name === 'VAT') {
          c.summary = '付 Nov 2025 VAT - FIRS TIN 21874563-0001';
          c.bill = i.ref.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3');
          c.contra = '222101 VAT Payable';
          c.method = 'Remita';
        } else {
          c.summary = `付 Nov 2025 pension - AfriVest Pensions ${i.ref.toLowerCase()}`;
          c.bill = i.ref;
          c.contra = '224101 Pension Payable';
          c.method = 'Transfer';
        }
        break;
      }
      case 'own-transfer':
        c.summary = `转 Transfer to Nova call deposit ${i.own.account}`;
        c.method = 'Transfer';
        c.bill = '';
        c.contra = '100202 Nova Call Deposit';
        break;
      default:
        throw new Error(`ng: no summary for ${i.kind}`);
    }
    return c;
  },

  // ------------------------------------------------------------------ files
  bankMapping: {
    date: 'Trans. Date',
    valueDate: 'Value Date',
    description: 'Narration',
    reference: 'Reference',
    moneyOut: 'Debit',
    moneyIn: 'Credit',
    balance: 'Balance',
  },
  writeBank({ lines, opening, closing }) {
    const totalDr = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
    const totalCr = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    const head = ['S/N', 'Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'];
    const grid = [
      ['NOVA COMMERCIAL BANK LIMITED'],
      ['CUSTOMER ACCOUNT STATEMENT'],
      ['Account Name:', 'HUAXIN BUILDING MATERIALS NIGERIA LTD'],
      ['Account Number:', ACCOUNT],
      ['Account Type:', 'CURRENT ACCOUNT - CORPORATE'],
      ['Currency:', 'NGN'],
      ['Period:', '01-Dec-2025 to 31-Dec-2025'],
      ['Opening Balance:', commas(opening)],
      ['Closing Balance:', commas(closing)],
      ['Total Debit:', commas(totalDr)],
      ['Total Credit:', commas(totalCr)],
      [],
      head,
    ];
    const headerRow = grid.length;
    const rows = new Map();
    const newestFirst = [...lines].reverse();
    newestFirst.forEach((l, k) => {
      grid.push([
        String(k + 1),
        fmtDate(l.date, 'DD-MMM-YYYY'),
        fmtDate(l.cells.valueDate, 'DD-MMM-YYYY'),
        l.cells.narration,
        l.cells.reference,
        l.amount < 0 ? commas(-l.amount) : '',
        l.amount > 0 ? commas(l.amount) : '',
        commas(l.balance),
      ]);
      rows.set(l.id, grid.length);
    });
    grid.push([]);
    grid.push([
      'Generated via Nova Internet Banking on 02-Jan-2026 08:14:37. Please report discrepancies within 15 days.',
    ]);
    return {
      data: delimited(grid),
      grid,
      headerRow,
      rows,
      order: 'newest-first',
      layout:
        'Nova internet banking CSV: eleven preamble rows (account, period, both balances, totals) and a blank row, header in row 13; newest first with a serial number; DD-MMM-YYYY dates; amounts with thousands separators, the other side empty; a footer sentence',
      readOptions: { currency: 'NGN', mapping: this.bankMapping },
      nonEntryRows: [],
    };
  },
  ledgerMapping: {
    date: 'Date',
    journalId: 'Voucher No.',
    description: 'Summary',
    reference: 'Bill No.',
    moneyIn: 'Debit',
    moneyOut: 'Credit',
    balance: 'Balance',
  },
  writeLedger({ rows: books, opening, closing, rng }) {
    const head = [
      'Date',
      'Voucher No.',
      'Summary',
      'Settlement Method',
      'Bill No.',
      'Contra Account',
      'Debit',
      'Credit',
      'Dr/Cr',
      'Balance',
    ];
    const grid = [
      ['Bank Journal'],
      [`Account: ${LEDGER_ACCOUNT}`],
      ['Period: 2025.12-2025.12    Currency: NGN    Unit: Huaxin Building Materials Nigeria Ltd'],
      [],
      head,
    ];
    const headerRow = grid.length;
    const nonEntryRows = [];
    grid.push([null, null, 'Opening Balance', null, null, null, null, null, 'Dr', { n: opening }]);
    nonEntryRows.push({ row: grid.length, why: 'opening balance of the journal (balance only, undated)' });
    const rows = new Map();
    let dr = 0;
    let cr = 0;
    for (const r of books) {
      const c = r.cells;
      grid.push([
        { d: r.date, z: 'yyyy-mm-dd' },
        c.voucher,
        c.summary,
        c.method,
        c.bill || null,
        c.contra,
        r.amount > 0 ? { n: r.amount } : null,
        r.amount < 0 ? { n: -r.amount } : null,
        r.balance >= 0 ? 'Dr' : 'Cr',
        { n: Math.abs(r.balance) },
      ]);
      rows.set(r.id, grid.length);
      if (r.amount > 0) dr += r.amount;
      else cr -= r.amount;
    }
    grid.push([
      { d: '2025-12-31', z: 'yyyy-mm-dd' },
      null,
      'Current Month Total',
      null,
      null,
      null,
      { n: dr },
      { n: cr },
      'Dr',
      { n: closing },
    ]);
    nonEntryRows.push({ row: grid.length, why: "the month's debit and credit totals (dated 31 December)" });
    // the year's totals: January to November's movements added to the month's, from a year-opening balance
    const ytdDr = dr + rng.int(280, 360) * 100000000 + rng.int(0, 9999999);
    const yearOpening = rng.int(8, 20) * 100000000 + rng.int(0, 9999999);
    grid.push([
      { d: '2025-12-31', z: 'yyyy-mm-dd' },
      null,
      'Current Year Accumulated',
      null,
      null,
      null,
      { n: ytdDr },
      { n: ytdDr + yearOpening - closing },
      'Dr',
      { n: closing },
    ]);
    nonEntryRows.push({ row: grid.length, why: "the year's accumulated debit and credit totals (dated 31 December)" });
    const ncol = head.length - 1;
    return {
      data: workbook(
        [
          {
            name: '银行日记账',
            rows: grid,
            merges: [0, 1, 2].map((r) => [r, 0, r, ncol]),
            cols: [11, 10, 58, 12, 16, 28, 15, 15, 6, 16],
          },
        ],
        this.docDate,
      ),
      grid,
      headerRow,
      rows,
      layout:
        'Yonyou U8+ cashier Bank Journal output to Excel, sheet "银行日记账": three title rows merged across, a blank row, header in row 5; an undated Opening Balance row (balance only); real date cells; voucher numbers with the Chinese voucher words (收 receipt, 付 payment, 转 transfer); summaries in English with Chinese bookkeeping words; the bill number (票号) column holds the invoice, bill, cheque, RRR or batch; Debit = money in; a Dr/Cr direction beside a running balance; dated month and year total rows at the end',
      readOptions: { currency: 'NGN', sheet: '银行日记账', mapping: this.ledgerMapping },
      nonEntryRows,
      ledgerAccount: LEDGER_ACCOUNT,
    };
  },
  notes: [
    'Huaxin Building Materials Nigeria Ltd (Igbesa, Ogun State) — invented; all people, account and reference numbers are invented.',
    'EMTL is ₦50 on each electronic receipt of ₦10,000 or more (settlements included, cheques and cash not), debited once at month end.',
    'Each NIP debit that went through carries NIP TRANSFER COMMISSION (₦10 / ₦25 / ₦50 by band) and VAT ON NIP TRANSFER COMMISSION (7.5 %), with the transfer’s session id as their reference.',
  ],
};

export default set;
