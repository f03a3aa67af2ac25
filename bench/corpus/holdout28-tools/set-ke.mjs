// Kenya: Menengai Agrovet Wholesalers Ltd, Nakuru. A KES current account at African Banking Corporation (ABC Bank),
// internet banking statement CSV, against webERP's General Ledger Account Inquiry of account 1030 exported to CSV.
import { notYear, commas, delimited, fmtDate, part } from './lib.mjs';

const ACCOUNT = '0051278430013';
const EQUITY = '0450281736145';
const LEDGER_ACCOUNT = '1030 - ABC Bank KES Current Account';
const PESALINK_LIMIT = 99999900; // KSh 999,999: larger payments go by RTGS

const customers = [
  { name: 'Molo Agrovet Ltd', code: 'MOLOAGRO', bankAs: 'MOLO AGROVET LTD' },
  {
    name: 'Olkalou Dairy Farmers Co-operative Society',
    code: 'OLKDAIRY',
    bankAs: 'OLKALOU DAIRY FARMERS CO-OP SOC',
  },
  { name: 'Njoro Farm Inputs', code: 'NJOROFI', bankAs: 'NJORO FARM INPUTS', mpesa: '2547******903' },
  { name: 'Subukia Dairy Co-operative', code: 'SUBDAIRY', bankAs: 'SUBUKIA DAIRY CO-OPERATIVE' },
  { name: 'Eldama Ravine Agrovet', code: 'ELDAMA', bankAs: 'ELDAMA RAVINE AGROVET' },
  { name: 'Gilgil Feeds Depot', code: 'GILGIL', bankAs: 'GILGIL FEEDS DEPOT', mpesa: '2547******215' },
  { name: 'Kabarak Farm Supplies', code: 'KABARAK', bankAs: 'KABARAK FARM SUPPLIES' },
  { name: 'Nyahururu Vet Centre Ltd', code: 'NYAHVET', bankAs: 'NYAHURURU VET CENTRE LTD' },
  { name: 'Rongai Poultry Farmers', code: 'RONGPOUL', bankAs: 'RONGAI POULTRY FARMERS', mpesa: '2547******640' },
  {
    name: 'Naivasha Flower Growers Ltd',
    code: 'NAIVFLOW',
    bankAs: 'NAIVASHA FLOWER GROWERS LTD',
    role: 'related',
    relatedName: 'KARAGITA HOLDINGS LTD',
  },
  { name: 'Bahati Agro Dealers', code: 'BAHATI', bankAs: 'BAHATI AGRO DEALERS', mpesa: '2547******377' },
  { name: 'Londiani Farm Centre', code: 'LONDIANI', bankAs: 'LONDIANI FARM CENTRE' },
  {
    name: 'Kericho Highlands Dairies Ltd',
    code: 'KERDAIRY',
    bankAs: 'KERICHO HIGHLANDS DAIRIES LTD',
    role: 'twins',
    sites: ['LITEIN DEPOT', 'BURETI DEPOT'],
  },
  { name: 'Mau Narok Farmers Store', code: 'MAUNAROK', bankAs: 'MAU NAROK FARMERS STORE' },
  {
    name: 'Ol Joro Orok Agrovet',
    code: 'OLJORO',
    bankAs: 'OL JORO OROK AGROVET',
    role: 'owner',
    ownerName: 'JOSEPH KAMAU NJOROGE',
    ownerWallet: '2547******418',
    ownerMemo: 'OLJORO',
    ownerTrait: 'owner-mpesa',
  },
  { name: 'Mogotio Livestock Traders', code: 'MOGOTIO', bankAs: 'MOGOTIO LIVESTOCK TRADERS' },
  { name: 'Salgaa Agrovet', code: 'SALGAA', bankAs: 'SALGAA AGROVET' },
  { name: 'Keringet Dairy Co-operative', code: 'KERINGET', bankAs: 'KERINGET DAIRY CO-OPERATIVE' },
];

const suppliers = [
  {
    name: 'Rongai Animal Feeds Ltd',
    code: 'RONGFEED',
    bankAs: 'RONGAI ANIMAL FEEDS LTD',
    bill: (n) => `RAF/INV/${n}`,
    plain: 'FEEDS OCT',
    role: 'twins',
  },
  {
    name: 'Nakuru Veterinary Distributors Ltd',
    code: 'NAKVET',
    bankAs: 'NAKURU VETERINARY DISTRIBUTORS',
    bill: (n) => `NVD-2025-${String(n).padStart(4, '0')}`,
    plain: 'VET DRUGS',
  },
  {
    name: 'Lanet Transporters',
    code: 'LANETTR',
    bankAs: 'LANET TRANSPORTERS',
    bill: (n) => `LT ${n}`,
    plain: 'TRANSPORT OCT',
  },
  {
    name: 'Highland Seed Merchants Ltd',
    code: 'HSEED',
    bankAs: 'HIGHLAND SEED MERCHANTS LTD',
    bill: (n) => `HSM/${n}`,
    plain: 'SEEDS',
  },
  {
    name: 'Crop Shield Agrochemicals Ltd',
    code: 'CROPSH',
    bankAs: 'CROP SHIELD AGROCHEMICALS LTD',
    bill: (n) => `CSA-INV-${String(n).padStart(5, '0')}`,
    plain: 'AGROCHEMICALS',
  },
  {
    name: 'Mombasa Road Fertiliser Importers Ltd',
    code: 'MRFERT',
    bankAs: 'MOMBASA ROAD FERTILISER IMPORTERS',
    bill: (n) => `MRF/25/${n}`,
    plain: 'FERTILISER',
    range: [900000, 2400000],
  },
  {
    name: 'Nakuru Packaging Industries',
    code: 'NPI',
    bankAs: 'NAKURU PACKAGING INDUSTRIES',
    bill: (n) => `NPI ${n}`,
    plain: 'PACKAGING',
  },
  {
    name: 'Menengai Security Services',
    code: 'MSEC',
    bankAs: 'MENENGAI SECURITY SERVICES',
    paybill: '552211',
    bill: (n) => `MSS/OCT/${n}`,
    plain: 'GUARDS OCT',
    range: [45000, 120000],
  },
  {
    name: 'Eldoret Dairy Equipment Ltd',
    code: 'EDEQ',
    bankAs: 'ELDORET DAIRY EQUIPMENT LTD',
    bill: (n) => `EDE-${n}`,
    plain: 'MILK CANS',
    role: 'failed',
  },
];
const chequePayees = [
  { name: 'Nakuru Hardware and Tools Ltd', code: 'NAKHW' },
  { name: 'Free Area Motors Ltd', code: 'FAMOTORS' },
  { name: 'Kiamunyi Borehole Services', code: 'KIAMBORE' },
];

const writings = {
  1: (s) => `INV ${s}`,
  2: (s) => `${s}`,
  3: (s) => `Inv#${s}`,
  4: (s) => `INVOICE ${s}`,
  5: (s) => `INV-${s}`,
  6: (s) => `inv${s}`,
  7: (s) => `MAW${s}`,
  8: (s) => `NO.${s}`,
  9: (s) => `IN ${s}`,
};
const yymmdd = (d) => d.slice(2).replace(/-/g, '');
const pesalinkFee = (a) => (Math.abs(a) <= 10000000 ? 5500 : Math.abs(a) <= 50000000 ? 11000 : 16500);
const balanceText = (m) => `${commas(Math.abs(m))} ${m < 0 ? 'Dr' : 'Cr'}`;

const set = {
  key: 'ke-abc-weberp',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2025-10-01', to: '2025-10-31' },
  holidays: ['2025-10-10', '2025-10-20'],
  docDate: '2025-11-03',
  bankName: 'African Banking Corporation Limited (ABC Bank)',
  packageName: 'webERP 4.15 (General Ledger → Account Inquiry of account 1030, exported to CSV)',
  bankFile: `abc-bank-${ACCOUNT}-oct2025.csv`,
  ledgerFile: 'weberp-gl-account-inquiry-1030-oct2025.csv',
  customers,
  suppliers,
  invoiceStart: 2310,
  ownerChannel: 'mpesa-in',
  ranges: {
    invoiceBase: [26000, 720000],
    cashBase: [18000, 140000],
    invoiceStep: 10,
    bill: [60000, 880000],
    refund: [4000, 36000],
    twinsOut: [85000, 240000],
    unknown: [3500, 46000],
    unknownStep: 50,
    card: [2500, 18000],
  },
  roundUnit: 100000, // KSh 1,000
  roundUp: 100000, // an over-payment rounded up to the next KSh 1,000
  payerCharge: 12000, // KSh 120: the payer's own PesaLink charge and excise
  gross: (base) => base + part(base, 16, 100),
  shortPayments: [
    { trait: 'short-vat-withholding-2pct', deduct: (inv) => part(inv.base, 2, 100) },
    { trait: 'short-settlement-discount-2pct', deduct: (inv) => part(inv.gross, 2, 100) },
  ],
  depositors: ['KIPROTICH', 'WANJIKU', 'OTIENO', 'CHEBET'],
  unknownPayers: [
    { name: 'PETER OTIENO', memo: 'MENENGAI', wallet: '2547******561', chan: 'mpesa-in' },
    { name: 'JANE WAMBUI', memo: 'PAYMENT' },
    { name: 'KIPKEMBOI ARAP SANG', memo: 'DAIRY MEAL' },
  ],
  cardMerchants: ['RIFT OFFICE SUPPLIES NAKURU', 'LANET STATIONERS NAKURU', 'NAKURU TYRE CENTRE'],
  settlements: [
    {
      name: 'Cellulant',
      bankAs: 'CELLULANT KENYA LTD',
      booked: 'gross',
      gross: [60000, 240000],
      fee: (g) => part(g, 25, 1000),
      id: (rng) => String(rng.int(10000000, 99999999)),
    },
    {
      name: 'Kopo Kopo',
      bankAs: 'KOPO KOPO INC',
      booked: 'gross+fee',
      gross: [40000, 150000],
      fee: (g) => part(g, 15, 1000),
      id: (rng) => `KK${rng.int(1000000, 9999999)}`,
    },
    { name: 'POS', booked: 'net', gross: [30000, 120000], fee: (g) => part(g, 175, 10000), id: null },
  ],

  memoInvoice(w, inv, rng, trait) {
    const tail =
      trait === 'short-vat-withholding-2pct'
        ? ' LESS WHVAT'
        : trait === 'short-settlement-discount-2pct'
          ? ' LESS 2% DISC'
          : rng.pick(['', '', ' PAYMENT', ' FEEDS']);
    return `${writings[w](inv.serial)}${tail}`;
  },
  memoPlain: (rng) => rng.pick(['PAYMENT', 'FEEDS', 'SUPPLIES', 'ACCOUNT']),
  memoTwoInvoices: (w, a, b) => `${writings[w](a.serial)} ${writings[w](b.serial)}`,
  memoInstalment: (memo, no) => `${memo} INSTALMENT ${no}`,
  memoLessCredit: (inv, cn) => `INV ${inv.serial} LESS ${cn}`,
  memoPart: (memo) => `${memo} PART`,
  mistype: (serial, rng) => {
    const s = String(serial).split('');
    const i = rng.int(1, s.length - 2);
    [s[i], s[i + 1]] = [s[i + 1], s[i]];
    const t = Number(s.join(''));
    return t === serial ? serial + 100 : t;
  },
  creditNoteNo: (rng) => `CN ${rng.int(140, 199)}`,
  supplierCreditNoteNo: (s, rng) => `CR NOTE ${rng.int(3000, 9999)}`,
  memoSupplierRefund: (cn) => `REFUND ${cn}`,
  memoCustomerRefund: (cn) => `REFUND ${cn}`,
  billNo: (s, rng) => s.bill(notYear(rng.int(100, 9999))),
  memoBill: (bill, rng) => rng.pick([`${bill}`, `PAYMENT ${bill}`, `INV ${bill}`]),
  memoSupplierPlain: (s) => s.plain,
  orderNo: (rng) => `LPO ${rng.int(5000, 5999)}`,
  memoOrder: (po) => po,
  customerChequeNo: (rng) => String(rng.int(1000, 99999)).padStart(6, '0'),

  presentedItems(rng) {
    const first = rng.int(311, 340);
    return [0, 1].map((k) => {
      const cheque = String(first + k * rng.int(2, 6)).padStart(6, '0');
      return {
        range: [24000, 260000],
        cents: false,
        party: chequePayees[k],
        how: 'cheque',
        book: { cheque },
        chan: 'chq-out',
        bank: { cheque },
        traits: ['cheque-number'],
      };
    });
  },
  payroll: {
    range: [1250000, 1850000],
    staff: 38,
    batch: (rng) => String(rng.int(2100, 2999)),
    day: (m) => m.W.filter((d) => d <= '2025-10-28').at(-1),
  },
  statutory: [
    {
      name: 'PAYE',
      range: [220000, 360000],
      traits: ['paye'],
      ref: (rng) => `2025${rng.digits(9)}`,
      day: (m) => m.W.filter((d) => d <= '2025-10-09').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'AHL',
      range: [38000, 62000],
      traits: ['housing-levy'],
      ref: (rng) => `2025${rng.digits(9)}`,
      day: (m) => m.W.filter((d) => d <= '2025-10-09').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'NSSF',
      range: [24000, 40000],
      traits: ['nssf'],
      ref: () => '10457832',
      day: (m) => m.W.filter((d) => d <= '2025-10-09').at(-1 - m.rng.int(0, 3)),
    },
  ],
  ownTransfer: { direction: 'out', range: [300000, 900000], step: 10000, account: EQUITY },

  ledgerOnly(rng, m) {
    const n = m.n;
    const cust = customers[rng.int(0, 7)];
    const sup = suppliers[rng.int(0, 4)];
    return [
      {
        date: m.day(n - 1 - rng.int(0, 2)),
        sign: -1,
        range: [18000, 140000],
        cents: false,
        info: {
          kind: 'payment',
          party: chequePayees[2],
          how: 'cheque',
          cheque: String(rng.int(345, 360)).padStart(6, '0'),
        },
        why: 'cheque issued, not yet presented',
      },
      {
        date: m.day(n - 1),
        sign: -1,
        range: [70000, 600000],
        info: { kind: 'payment', party: sup, how: 'transfer', bill: sup.bill(notYear(rng.int(100, 9999))) },
        why: 'PesaLink payment authorised on the last working day, sent by the bank in November',
      },
      {
        date: m.day(n - 1),
        sign: 1,
        range: [45000, 480000],
        info: {
          kind: 'receipt',
          party: cust,
          invoices: [{ serial: 2372 + rng.int(0, 9) }],
          how: 'cheque',
          cheque: String(rng.int(1000, 99999)).padStart(6, '0'),
        },
        why: 'cheque deposited on the last working day, not yet credited (deposit in transit)',
      },
    ];
  },

  /** each transfer's charge, and excise duty (20 %) on it as its own line */
  chargesAfter(item) {
    if (item.chan !== 'out' && !(item.chan === 'own' && item.amount < 0)) return [];
    const p = item.info.party;
    const a = -item.amount;
    let fee;
    let label;
    let trait;
    if (p?.paybill) [fee, label, trait] = [3300, 'MPESA B2B CHARGES', 'mpesa-charge'];
    else if (a > PESALINK_LIMIT) [fee, label, trait] = [50000, 'RTGS CHARGES', 'rtgs-charge'];
    else [fee, label, trait] = [pesalinkFee(a), 'PESALINK CHARGES', 'pesalink-charge'];
    return [
      { amount: -fee, label, kind: 'charge', traits: [trait], after: item },
      {
        amount: -part(fee, 20, 100),
        label: `EXCISE DUTY ON ${label}`,
        kind: 'fee-vat',
        traits: ['excise-duty'],
        after: item,
      },
    ];
  },
  monthEnd() {
    return [
      { amount: -100000, label: 'LEDGER FEE OCT 2025', kind: 'charge', traits: ['ledger-fee'] },
      { amount: -20000, label: 'EXCISE DUTY ON LEDGER FEE', kind: 'fee-vat', traits: ['excise-duty'] },
    ];
  },
  opening: (rng) => rng.int(1400000, 2600000) * 100 + rng.int(0, 99),
  raiseUnit: 50000000, // KSh 500,000

  renderBank(b, { rng, W }) {
    const i = b.info;
    const c = { valueDate: b.date };
    const nextDay = (d) => W[Math.min(W.indexOf(d) + 1, W.length - 1)];
    const mpesaCode = () => `T${rng.code(1, 'HIJK')}${rng.code(8)}`;
    switch (b.chan) {
      case 'in':
        if (b.amount > PESALINK_LIMIT) {
          c.particulars = `RTGS CR/${i.payer}/${i.memo}`;
          c.ref = `RTGS${yymmdd(b.date)}${rng.digits(6)}`;
        } else if (i.party?.mpesa) {
          c.particulars = `MPESA C2B/${i.party.mpesa}/${i.payer}/${i.memo}`;
          c.ref = mpesaCode();
        } else {
          c.particulars = `PESALINK CR/${i.payer}/${i.memo}`;
          c.ref = `PSL${yymmdd(b.date)}${rng.digits(8)}`;
        }
        break;
      case 'mpesa-in':
        c.particulars = `MPESA C2B/${i.wallet}/${i.payer}/${i.memo}`;
        c.ref = mpesaCode();
        break;
      case 'out':
      case 'out-failed': {
        const p = i.party;
        if (p.paybill) {
          c.particulars = `MPESA B2B/PAYBILL ${p.paybill}/${i.payee}/${i.memo}`;
          c.ref = mpesaCode();
        } else if (-b.amount > PESALINK_LIMIT) {
          c.particulars = `RTGS DR/${i.payee}/${i.memo}`;
          c.ref = `RTGS${yymmdd(b.date)}${rng.digits(6)}`;
        } else {
          c.particulars = `PESALINK DR/${i.payee}/${i.memo}`;
          c.ref = `PSL${yymmdd(b.date)}${rng.digits(8)}`;
        }
        break;
      }
      case 'rev':
        c.particulars = i.of.cells.particulars.replace(/^PESALINK DR/, 'PESALINK REVERSAL');
        c.ref = i.of.cells.ref;
        break;
      case 'chq-in':
        c.particulars = `CHQ DEPOSIT/${i.drawer}/CHQ ${i.cheque}`;
        c.ref = i.cheque;
        c.valueDate = nextDay(b.date);
        break;
      case 'chq-out':
        c.particulars = `INWARD CLEARING CHQ ${i.cheque}`;
        c.ref = i.cheque;
        break;
      case 'cash-in':
        c.particulars = `CASH DEPOSIT/NAKURU BRANCH/BY ${i.depositor}`;
        c.ref = '';
        break;
      case 'stl': {
        const a = i.acquirer;
        if (a.name === 'Cellulant') {
          c.particulars = `EFT CR/${a.bankAs}/TINGG SETTLEMENT ${i.payout}`;
          c.ref = `EFT${yymmdd(b.date)}${rng.digits(6)}`;
        } else if (a.name === 'Kopo Kopo') {
          c.particulars = `PESALINK CR/${a.bankAs}/SETTLEMENT ${i.payout}`;
          c.ref = `PSL${yymmdd(b.date)}${rng.digits(8)}`;
        } else {
          c.particulars = 'POS MERCHANT SETTLEMENT/MENENGAI AGROVET NAKURU';
          c.ref = '';
        }
        break;
      }
      case 'tax': {
        const t = i.tax;
        if (t.name === 'NSSF') {
          c.particulars = `NSSF CONTRIBUTION SEP 2025/EMPLOYER ${i.ref}`;
          c.ref = `EFT${yymmdd(b.date)}${rng.digits(6)}`;
        } else {
          c.particulars = `KRA PAYMENT/${t.name} SEP 2025/PRN ${i.ref}`;
          c.ref = i.ref;
        }
        break;
      }
      case 'payroll':
        c.particulars = `BULK EFT/SALARIES OCT 2025/${i.staff} RECORDS`;
        c.ref = `BATCH ${i.batch}`;
        break;
      case 'own':
        c.particulars = `PESALINK DR/MENENGAI AGROVET WHOLESALERS LTD/OWN A/C EQUITY ${i.own.account}`;
        c.ref = `PSL${yymmdd(b.date)}${rng.digits(8)}`;
        break;
      case 'card':
        c.particulars = `VISA DEBIT PURCHASE/${i.merchant}`;
        c.ref = '';
        break;
      case 'fee':
        c.particulars = i.label;
        c.ref = i.after ? i.after.cells.ref : '';
        break;
      default:
        throw new Error(`ke: no narration for ${b.chan}`);
    }
    return c;
  },

  renderBook(r, { vouchers }) {
    const i = r.info;
    const no = (type, start) => {
      vouchers[type] = (vouchers[type] ?? start) + 1;
      return String(vouchers[type]);
    };
    const c = {};
    const who = (p) => `${p.code} - ${p.name}`;
    switch (i.kind) {
      case 'receipt': {
        const s = i.invoices[0].serial;
        c.type = 'Customer Receipt';
        c.number = no('receipt', 511);
        if (i.how === 'cheque') c.narrative = `${who(i.party)} - chq ${i.cheque} inv ${s}`;
        else if (i.how === 'cash') c.narrative = `${who(i.party)} - cash inv ${s}`;
        else if (i.creditNote) c.narrative = `${who(i.party)} - inv ${s} less ${i.creditNote}`;
        else c.narrative = `${who(i.party)} - inv ${s}${i.site ? ` ${i.site.toLowerCase()}` : ''}`;
        break;
      }
      case 'supplier-refund':
        c.type = 'Supplier Payment';
        c.number = no('payment', 860);
        c.narrative = `${who(i.party)} - refund ${i.creditNote}`;
        break;
      case 'customer-refund':
        c.type = 'Customer Receipt';
        c.number = no('receipt', 511);
        c.narrative = `${who(i.party)} - refund ${i.creditNote}`;
        break;
      case 'settlement':
        c.type = 'Journal - GL';
        c.number = no('journal', 96);
        c.narrative =
          i.part === 'gross'
            ? `${i.acquirer.name} settlement ${i.payout} gross card and mobile sales`
            : i.part === 'fee'
              ? `${i.acquirer.name} charges settlement ${i.payout}`
              : `Card sales at the shop ${fmtDate(r.date, 'DMY').slice(0, 5)}`;
        break;
      case 'payment':
        c.type = 'Supplier Payment';
        c.number = no('payment', 860);
        if (i.how === 'cheque') c.narrative = `${who(i.party)} - chq ${i.cheque}`;
        else if (i.order) c.narrative = `${who(i.party)} - ${i.order}`;
        else c.narrative = `${who(i.party)} - ${i.bill}`;
        break;
      case 'payroll':
        c.type = 'Journal - GL';
        c.number = no('journal', 96);
        c.narrative = `Net salaries October 2025 - batch ${i.batch}`;
        break;
      case 'statutory': {
        c.type = 'Journal - GL';
        c.number = no('journal', 96);
        const t = i.tax.name;
        c.narrative =
          t === 'PAYE'
            ? `PAYE September 2025 - KRA PRN ${i.ref}`
            : t === 'AHL'
              ? `Affordable housing levy September 2025 - KRA PRN ${i.ref}`
              : `NSSF September 2025 - employer no ${i.ref}`;
        break;
      }
      case 'own-transfer':
        c.type = 'Journal - GL';
        c.number = no('journal', 96);
        c.narrative = `Transfer to Equity Bank a/c ${i.own.account}`;
        break;
      default:
        throw new Error(`ke: no narrative for ${i.kind}`);
    }
    return c;
  },

  bankMapping: {
    date: 'Tran Date',
    valueDate: 'Value Date',
    description: 'Tran Particulars',
    reference: 'Instrument Id',
    moneyOut: 'Withdrawals',
    moneyIn: 'Deposits',
    balance: 'Balance',
  },
  writeBank({ lines, opening, closing }) {
    const grid = [
      ['African Banking Corporation Limited'],
      ['Statement of Account'],
      ['Account Name', 'MENENGAI AGROVET WHOLESALERS LTD'],
      ['Account Number', ACCOUNT],
      ['Branch', 'NAKURU'],
      ['Currency', 'KES'],
      ['Statement Period', '01/10/2025 - 31/10/2025'],
      [],
      ['Tran Date', 'Value Date', 'Tran Particulars', 'Instrument Id', 'Withdrawals', 'Deposits', 'Balance'],
    ];
    const headerRow = grid.length;
    const rows = new Map();
    for (const l of lines) {
      grid.push([
        fmtDate(l.date, 'DMY'),
        fmtDate(l.cells.valueDate, 'DMY'),
        l.cells.particulars,
        l.cells.ref,
        l.amount < 0 ? commas(-l.amount) : '',
        l.amount > 0 ? commas(l.amount) : '',
        balanceText(l.balance),
      ]);
      rows.set(l.id, grid.length);
    }
    const dr = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
    const cr = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    grid.push([]);
    grid.push(['Opening Balance', 'Total Withdrawals', 'Total Deposits', 'Closing Balance']);
    grid.push([balanceText(opening), commas(dr), commas(cr), balanceText(closing)]);
    const nonEntryRows = [
      {
        row: grid.length,
        why: 'the summary block under the lines: opening balance, totals and closing balance written in the first four columns (no date, nothing in the money columns)',
      },
    ];
    grid.push([]);
    grid.push(['*** END OF STATEMENT ***']);
    return {
      data: delimited(grid),
      grid,
      headerRow,
      rows,
      order: 'oldest-first',
      layout:
        'ABC Bank internet banking CSV: seven preamble rows and a blank row, header in row 9; DD/MM/YYYY dates; Withdrawals before Deposits with thousands separators, the other side empty; the balance written with a Cr/Dr suffix; after the lines a summary block (labels, then opening balance, total withdrawals, total deposits and closing balance in the first four columns) and an end line',
      readOptions: { currency: 'KES', dateOrder: 'DMY', mapping: this.bankMapping },
      nonEntryRows,
    };
  },
  ledgerMapping: {
    date: 'Date',
    journalId: 'Number',
    description: ['Type', 'Narrative'],
    moneyIn: 'Debit',
    moneyOut: 'Credit',
    balance: 'Balance',
  },
  writeLedger({ rows: books, opening, closing }) {
    const grid = [
      ['Menengai Agrovet Wholesalers Ltd'],
      ['General Ledger Account Inquiry'],
      [`Account: ${LEDGER_ACCOUNT}`],
      ['Period: 10/2025 to 10/2025'],
      [],
      ['Type', 'Number', 'Date', 'Debit', 'Credit', 'Narrative', 'Balance', 'Tag'],
    ];
    const headerRow = grid.length;
    const nonEntryRows = [];
    grid.push(['', '', '', '', '', 'Brought Forward Balance', commas(opening), '']);
    nonEntryRows.push({ row: grid.length, why: 'balance brought forward (undated, label in Narrative)' });
    const rows = new Map();
    let dr = 0;
    let cr = 0;
    for (const r of books) {
      const c = r.cells;
      grid.push([
        c.type,
        c.number,
        fmtDate(r.date, 'DMY'),
        r.amount > 0 ? commas(r.amount) : '',
        r.amount < 0 ? commas(-r.amount) : '',
        c.narrative,
        commas(r.balance),
        '0',
      ]);
      rows.set(r.id, grid.length);
      if (r.amount > 0) dr += r.amount;
      else cr -= r.amount;
    }
    grid.push(['', '', '', commas(dr), commas(cr), 'Total for period 10/2025', commas(closing), '']);
    nonEntryRows.push({ row: grid.length, why: "the period's totals (undated, label in Narrative)" });
    return {
      data: delimited(grid),
      grid,
      headerRow,
      rows,
      layout:
        'webERP GL Account Inquiry saved as CSV: four title rows and a blank row, header in row 6 `Type, Number, Date, Debit, Credit, Narrative, Balance, Tag`; the date in the third column (DD/MM/YYYY); an undated Brought Forward Balance row and an undated period total row; Debit = money in; amounts with thousands separators; a running balance; no reference or party column: the customer or supplier code and name, the invoice, bill, cheque or PRN are all in Narrative',
      readOptions: { currency: 'KES', dateOrder: 'DMY', mapping: this.ledgerMapping },
      nonEntryRows,
      ledgerAccount: LEDGER_ACCOUNT,
    };
  },
  notes: [
    'Menengai Agrovet Wholesalers Ltd (Nakuru) — invented; all people, account, phone, PRN and reference numbers are invented.',
    'Transfers up to KSh 999,999 go by PesaLink, larger ones by RTGS; each charge is followed by EXCISE DUTY (20 %) on it as its own line.',
    'Mazingira Day (10 October) and Mashujaa Day (20 October) are public holidays.',
  ],
};

export default set;
