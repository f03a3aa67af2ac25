// Ghana: Ahanta Coconut & Palm Products Ltd, Agona Nkwanta (Western Region). A current account at Ahantaman Rural
// Bank PLC, statement issued by the branch as an Excel workbook from the bank's core system, against a Bigcapital
// General Ledger report of the bank account exported to CSV. February 2025: the E-levy still applies.
import { notYear, delimited, fmtDate, num, part, workbook } from './lib.mjs';

const ACCOUNT = '1041000458873';
const WALLET = '0557123456';
const LEDGER_ACCOUNT = '10021 - Ahantaman Rural Bank Current';

const customers = [
  { name: 'Takoradi Soap Works Ltd', bankAs: 'TAKORADI SOAP WORKS LTD' },
  { name: 'Sekondi Oil Traders', bankAs: 'SEKONDI OIL TRADERS', ach: true },
  { name: 'Adum Provisions Wholesale', bankAs: 'ADUM PROVISIONS WHOLESALE' },
  { name: 'Tarkwa Mining Canteen Services Ltd', bankAs: 'TARKWA MINING CANTEEN SERVICES LTD', ach: true },
  { name: 'Cape Coast Bakery Ltd', bankAs: 'CAPE COAST BAKERY LTD' },
  { name: 'Axim Cosmetics Manufacturing Ltd', bankAs: 'AXIM COSMETICS MANUFACTURING LTD', ach: true },
  { name: 'Essikado Supermarket Ltd', bankAs: 'ESSIKADO SUPERMARKET LIMITED' },
  {
    name: 'Accra Natural Oils Ltd',
    bankAs: 'ACCRA NATURAL OILS LTD',
    role: 'twins',
    sites: ['TEMA DEPOT', 'KASOA DEPOT'],
  },
  {
    name: 'Western Palm Refinery Ltd',
    bankAs: 'WESTERN PALM REFINERY LTD',
    role: 'related',
    relatedName: 'WPR HOLDINGS LIMITED',
  },
  { name: 'Nkroful Snacks Ltd', bankAs: 'NKROFUL SNACKS LTD' },
  { name: 'Elmina Beach Resort Ltd', bankAs: 'ELMINA BEACH RESORT LTD', ach: true },
  { name: 'Half Assini Traders Ltd', bankAs: 'HALF ASSINI TRADERS LTD' },
  { name: 'Effia Kitchen Supplies', bankAs: 'EFFIA KITCHEN SUPPLIES' },
  { name: 'Busua Beach Hotel Ltd', bankAs: 'BUSUA BEACH HOTEL LTD', ach: true },
  {
    name: 'Kojokrom Provisions Store',
    bankAs: 'KOJOKROM PROVISIONS STORE',
    role: 'owner',
    ownerName: 'KWABENA OSEI-BONSU',
    ownerWallet: '0244716530',
    ownerMemo: '',
    ownerTrait: 'owner-wallet',
  },
  { name: 'Anaji Cold Store', bankAs: 'ANAJI COLD STORE' },
  { name: 'Bogoso Mine Staff Canteen', bankAs: 'BOGOSO MINE STAFF CANTEEN', ach: true },
  { name: 'Mankessim Market Oil Sellers', bankAs: 'MANKESSIM MARKET OIL SELLERS' },
];

const suppliers = [
  {
    name: 'Agona Coconut Farmers Co-operative',
    bankAs: 'AGONA COCONUT FARMERS COOP',
    wallet: '0244813377',
    range: [2200, 14500],
    bill: (n) => `ACF ${n}`,
    plain: 'COCONUT PURCHASE',
  },
  {
    name: 'Takoradi Drum and Container Supply Ltd',
    bankAs: 'TAKORADI DRUM AND CONTAINER SUPPLY',
    bill: (n) => `TDC/INV/${String(n).padStart(4, '0')}`,
    plain: 'DRUMS',
  },
  {
    name: 'Shama Transport Services',
    bankAs: 'SHAMA TRANSPORT SERVICES',
    bill: (n) => `STS-2025-${n}`,
    plain: 'HAULAGE FEB',
  },
  { name: 'Apowa Jute Sacks Ltd', bankAs: 'APOWA JUTE SACKS LTD', bill: (n) => `AJS ${n}`, plain: 'SACKS' },
  {
    name: 'Sekondi Industrial Chemicals Ltd',
    bankAs: 'SEKONDI INDUSTRIAL CHEMICALS LTD',
    bill: (n) => `SIC/25/${String(n).padStart(4, '0')}`,
    plain: 'CAUSTIC SODA',
  },
  {
    name: 'Essipon Packaging Ltd',
    bankAs: 'ESSIPON PACKAGING LTD',
    bill: (n) => `EPL-INV-${String(n).padStart(5, '0')}`,
    plain: 'BOTTLES AND LABELS',
  },
  {
    name: 'Agona Fuel Station Ltd',
    bankAs: 'AGONA FUEL STATION LTD',
    bill: (n) => `AFS-${n}`,
    plain: 'DIESEL',
    role: 'failed',
  },
  {
    name: 'Nzema Firewood Suppliers',
    bankAs: 'NZEMA FIREWOOD SUPPLIERS',
    wallet: '0554127790',
    range: [1800, 9500],
    bill: (n) => `NFS ${n}`,
    plain: 'FIREWOOD',
  },
  {
    name: 'Ahanta Electrical Works',
    bankAs: 'AHANTA ELECTRICAL WORKS',
    bill: (n) => `AEW/${n}`,
    plain: 'ELECTRICAL REPAIRS',
    role: 'twins',
  },
];
const chequePayees = [
  { name: 'Western Region Machinery Repairs' },
  { name: 'Agona Nkwanta Water Services' },
  { name: 'Takoradi Laboratory Services' },
];

const invoiceNo = (s) => `INV-${String(s).padStart(5, '0')}`;
const writings = {
  1: (s) => invoiceNo(s),
  2: (s) => `INV ${s}`,
  3: (s) => `inv${s}`,
  4: (s) => `Invoice ${s}`,
  5: (s) => String(s).padStart(5, '0'),
  6: (s) => `INV/${s}`,
  7: (s) => `${s}`,
  8: (s) => `INV NO ${s}`,
  9: (s) => `IN${String(s).padStart(5, '0')}`,
};

const yymmdd = (d) => d.slice(2).replace(/-/g, '');
const gipFee = (a) => (Math.abs(a) <= 100000 ? 200 : Math.abs(a) <= 1000000 ? 500 : 1000);
const walletFee = (a) => (Math.abs(a) <= 100000 ? 100 : Math.abs(a) <= 500000 ? 300 : 500);
const ACH_LIMIT = 5000000; // above GH₵50,000 the bank sends by ACH

const set = {
  key: 'gh-ahantaman-bigcapital',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2025-02-01', to: '2025-02-28' },
  holidays: [],
  docDate: '2025-03-04',
  bankName: 'Ahantaman Rural Bank PLC',
  packageName: 'Bigcapital (Reports → General Ledger, filtered on account 10021, exported to CSV)',
  bankFile: `ahantaman-${ACCOUNT}-feb2025.xlsx`,
  ledgerFile: 'bigcapital-general-ledger-10021-feb2025.csv',
  customers,
  suppliers,
  invoiceStart: 412,
  ownerChannel: 'wallet-in',
  ranges: {
    invoiceBase: [1500, 38000],
    cashBase: [1200, 7500],
    bill: [3500, 68000],
    refund: [300, 2400],
    twinsOut: [4000, 9000],
    unknown: [250, 3800],
    unknownStep: 10,
    card: [180, 1400],
  },
  roundUnit: 1000, // GH₵10
  roundUp: 10000, // rounded up to the next GH₵100
  payerCharge: 1000, // GH₵10 of the payer's own bank charge
  // VAT 15 % on the price with NHIL 2.5 %, GETFund 2.5 % and the COVID-19 levy 1 % (flat 21.9 %)
  gross: (base) => base + part(base, 219, 1000),
  shortPayments: [
    { trait: 'short-withholding-tax-3pct', deduct: (inv) => part(inv.base, 3, 100) },
    { trait: 'short-withholding-tax-3pct-vat-7pct', deduct: (inv) => part(inv.base, 10, 100) },
  ],
  depositors: ['ESI', 'KOJO', 'AMA MENSAH', 'YAW'],
  unknownPayers: [
    { name: 'KOFI MENSAH', memo: '', wallet: '0249318804', chan: 'wallet-in' },
    { name: 'ADWOA BOATENG', memo: 'PAYMENT' },
    { name: 'EBO QUAYE', memo: 'OIL' },
  ],
  cardMerchants: ['ANAJI HARDWARE CENTRE TAKORADI', 'MARKET CIRCLE STATIONERS TAKORADI', 'TAKORADI OFFICE WORLD'],
  settlements: [
    {
      name: 'Hubtel',
      bankAs: 'HUBTEL LIMITED',
      booked: 'gross',
      gross: [3000, 12000],
      fee: (g) => part(g, 195, 10000),
      id: (rng) => String(rng.int(1000000, 9999999)),
    },
    {
      name: 'theteller',
      bankAs: 'PAYSWITCH COMPANY LTD',
      booked: 'gross+fee',
      gross: [2000, 9000],
      fee: (g) => part(g, 15, 1000),
      id: (rng) => `TT${rng.int(100000000, 999999999)}`,
    },
    { name: 'gh-link POS', booked: 'net', gross: [1500, 6000], fee: (g) => part(g, 1, 100), id: null },
  ],

  memoInvoice(w, inv, rng, trait) {
    const tail =
      trait === 'short-withholding-tax-3pct'
        ? ' LESS WHT'
        : trait === 'short-withholding-tax-3pct-vat-7pct'
          ? ' LESS WHT AND VAT WH'
          : rng.pick(['', '', ' PAYMENT', ' COCONUT OIL']);
    return `${writings[w](inv.serial)}${tail}`;
  },
  memoPlain: (rng) => rng.pick(['', 'PAYMENT', 'OIL SUPPLY', 'FOR GOODS']),
  memoTwoInvoices: (w, a, b) => `${writings[w](a.serial)} ${writings[w](b.serial)}`,
  memoInstalment: (memo, no) => `${memo} PART ${no}`,
  memoLessCredit: (inv, cn) => `${invoiceNo(inv.serial)} LESS ${cn}`,
  memoPart: (memo) => `${memo} PART PAYT`,
  mistype: (serial, rng) => serial + rng.pick([-100, 100, 90, -90, 9, -9]),
  creditNoteNo: (rng) => `CN-${String(rng.int(20, 79)).padStart(5, '0')}`,
  supplierCreditNoteNo: (s, rng) => `CN ${rng.int(100, 999)}`,
  memoSupplierRefund: (cn) => `REFUND ${cn}`,
  memoCustomerRefund: (cn) => `REFUND ${cn}`,
  billNo: (s, rng) => s.bill(notYear(rng.int(110, 3999))),
  memoBill: (bill, rng) => rng.pick([`${bill}`, `PAYMT ${bill}`, `BILL ${bill}`]),
  memoSupplierPlain: (s) => s.plain,
  orderNo: (rng) => `PO-${rng.int(1100, 1999)}`,
  memoOrder: (po) => po,
  customerChequeNo: (rng) => String(rng.int(1000, 9999)).padStart(6, '0'),

  presentedItems(rng) {
    const first = rng.int(401, 420);
    return [0, 1].map((k) => {
      const cheque = String(first + k * rng.int(2, 5)).padStart(6, '0');
      return {
        range: [900, 7200],
        cents: true,
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
    range: [68000, 92000],
    staff: 31,
    batch: (rng) => `0225${rng.int(100, 999)}`,
    day: (m) => m.W.filter((d) => d <= '2025-02-26').at(-1 - m.rng.int(0, 1)),
  },
  statutory: [
    {
      name: 'SSNIT',
      range: [10000, 14500],
      traits: ['ssnit'],
      ref: () => '108245006',
      day: (m) => m.W.filter((d) => d <= '2025-02-14').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'PAYE',
      range: [7000, 11000],
      traits: ['paye'],
      ref: (rng) => `25${rng.digits(8)}`,
      day: (m) => m.W.filter((d) => d <= '2025-02-14').at(-1 - m.rng.int(0, 3)),
    },
    {
      name: 'VAT',
      range: [22000, 36000],
      traits: ['vat'],
      ref: (rng) => `25${rng.digits(8)}`,
      day: (m) => m.W.filter((d) => d <= '2025-02-28').at(-1 - m.rng.int(0, 3)),
    },
  ],
  ownTransfer: { direction: 'in', range: [8000, 20000], step: 100, account: WALLET },

  ledgerOnly(rng, m) {
    const n = m.n;
    const cust = customers[rng.int(0, 6)];
    const sup = suppliers[rng.int(1, 5)];
    return [
      {
        date: m.day(n - 1 - rng.int(0, 2)),
        sign: -1,
        range: [650, 3800],
        info: {
          kind: 'payment',
          party: chequePayees[2],
          how: 'cheque',
          cheque: String(rng.int(421, 430)).padStart(6, '0'),
        },
        why: 'cheque issued, not yet presented',
      },
      {
        date: m.day(n - 1),
        sign: -1,
        range: [4000, 26000],
        info: { kind: 'payment', party: sup, how: 'transfer', bill: sup.bill(notYear(rng.int(110, 3999))) },
        why: 'transfer authorised on the last working day, sent by the bank in March',
      },
      {
        date: m.day(n - 1),
        sign: 1,
        range: [3000, 21000],
        info: {
          kind: 'receipt',
          party: cust,
          invoices: [{ serial: 472 + rng.int(0, 9) }],
          how: 'cheque',
          cheque: String(rng.int(1000, 9999)).padStart(6, '0'),
        },
        why: 'cheque deposited on the last working day, not yet credited (deposit in transit)',
      },
    ];
  },

  /** a transfer to a wallet costs a charge and the 1 % E-levy; GIP and ACH transfers their charge */
  chargesAfter(item) {
    if (item.chan !== 'out') return [];
    const p = item.info.party;
    if (p?.wallet)
      return [
        {
          amount: -walletFee(item.amount),
          label: 'BANK TO WALLET CHARGES',
          kind: 'charge',
          traits: ['wallet-transfer-charge'],
          after: item,
        },
        {
          amount: -part(-item.amount, 1, 100),
          label: `E-LEVY 1% ON TRF TO ${p.wallet}`,
          kind: 'levy',
          traits: ['e-levy'],
          after: item,
        },
      ];
    if (-item.amount > ACH_LIMIT)
      return [{ amount: -500, label: 'ACH OUTWARD CHARGES', kind: 'charge', traits: ['ach-charge'], after: item }];
    return [
      {
        amount: -gipFee(item.amount),
        label: 'GIP TRANSFER CHARGES',
        kind: 'charge',
        traits: ['gip-charge'],
        after: item,
      },
    ];
  },
  monthEnd(bank) {
    return [
      {
        amount: -2000,
        label: 'MONTHLY A/C MAINTENANCE FEE - FEB 2025',
        kind: 'charge',
        traits: ['account-maintenance'],
      },
      {
        amount: -(bank.length + 3) * 20,
        label: 'SMS ALERT CHARGES - FEB 2025',
        kind: 'charge',
        traits: ['sms-alerts'],
      },
    ];
  },
  opening: (rng) => rng.int(42000, 86000) * 100 + rng.int(0, 99),
  raiseUnit: 2000000, // GH₵20,000

  renderBank(b, { rng, W }) {
    const i = b.info;
    const c = { valueDate: b.date };
    const nextDay = (d) => W[Math.min(W.indexOf(d) + 1, W.length - 1)];
    const gipRef = () => `GIP${yymmdd(b.date)}${rng.digits(7)}`;
    const join = (head, memo) => (memo ? `${head} / ${memo}` : head);
    switch (b.chan) {
      case 'in':
        if (i.party?.ach) {
          c.particulars = join(`ACH CR: ${i.payer}`, i.memo);
          c.ref = `ACH${yymmdd(b.date)}${rng.digits(6)}`;
        } else {
          c.particulars = join(`GIP CR: ${i.payer}`, i.memo);
          c.ref = gipRef();
        }
        break;
      case 'wallet-in':
        c.particulars = join(`MOMO TO BANK: ${i.wallet} ${i.payer}`, i.memo);
        c.ref = `MTN${rng.digits(10)}`;
        break;
      case 'out':
      case 'out-failed': {
        const p = i.party;
        if (p.wallet) {
          c.particulars = join(`BANK TO WALLET: ${p.wallet} ${i.payee}`, i.memo);
          c.ref = `B2W${yymmdd(b.date)}${rng.digits(6)}`;
        } else if (-b.amount > ACH_LIMIT) {
          c.particulars = join(`ACH DR: ${i.payee}`, i.memo);
          c.ref = `ACH${yymmdd(b.date)}${rng.digits(6)}`;
        } else {
          c.particulars = join(`GIP DR: ${i.payee}`, i.memo);
          c.ref = gipRef();
        }
        break;
      }
      case 'rev':
        c.particulars = `REVERSAL: ${i.of.cells.particulars} - REJECTED BY BENEFICIARY BANK`;
        c.ref = i.of.cells.ref;
        break;
      case 'chq-in':
        c.particulars = `CLEARING CHQ DEP: ${i.drawer} CHQ ${i.cheque}`;
        c.ref = i.cheque;
        c.valueDate = nextDay(b.date);
        break;
      case 'chq-out':
        c.particulars = `INWARD CLEARING CHQ NO ${i.cheque}`;
        c.ref = i.cheque;
        break;
      case 'cash-in':
        c.particulars = `CASH DEPOSIT BY ${i.depositor} - AGONA NKWANTA`;
        c.ref = '';
        break;
      case 'stl': {
        const a = i.acquirer;
        if (a.name === 'Hubtel') {
          c.particulars = `GIP CR: ${a.bankAs} / SETTLEMENT ${i.payout}`;
          c.ref = gipRef();
        } else if (a.name === 'theteller') {
          c.particulars = `ACH CR: ${a.bankAs} / THETELLER PAYOUT ${i.payout}`;
          c.ref = `ACH${yymmdd(b.date)}${rng.digits(6)}`;
        } else {
          c.particulars = 'GHLINK POS SETTLEMENT - AGONA SHOP';
          c.ref = '';
        }
        break;
      }
      case 'tax': {
        const t = i.tax;
        if (t.name === 'SSNIT') c.particulars = `SSNIT CONTRIBUTION JAN 2025 - ER NO ${i.ref}`;
        else if (t.name === 'PAYE') c.particulars = `GRA TAX PAYMENT - PAYE JAN 2025 - PRN ${i.ref}`;
        else c.particulars = `GRA TAX PAYMENT - VAT/NHIL/GETFL JAN 2025 - PRN ${i.ref}`;
        c.ref = `TX${yymmdd(b.date)}${rng.digits(4)}`;
        break;
      }
      case 'payroll':
        c.particulars = `BULK SALARY PAYMENT FEB 2025 (${i.staff} STAFF)`;
        c.ref = `BLK${i.batch}`;
        break;
      case 'own':
        c.particulars = `MOMO TO BANK: ${i.own.account} AHANTA COCONUT AND PALM`;
        c.ref = `MTN${rng.digits(10)}`;
        break;
      case 'card':
        c.particulars = `GHLINK POS PURCHASE - ${i.merchant}`;
        c.ref = '';
        break;
      case 'fee':
        c.particulars = i.label;
        c.ref = i.after ? i.after.cells.ref : '';
        break;
      default:
        throw new Error(`gh: no narration for ${b.chan}`);
    }
    return c;
  },

  renderBook(r, { vouchers }) {
    const i = r.info;
    const no = (prefix, start) => {
      vouchers[prefix] = (vouchers[prefix] ?? start) + 1;
      return `${prefix}${String(vouchers[prefix]).padStart(5, '0')}`;
    };
    const c = {};
    switch (i.kind) {
      case 'receipt': {
        const inv = invoiceNo(i.invoices[0].serial);
        c.type = 'Payment Receive';
        c.number = no('PR-', 300);
        if (i.how === 'cheque') {
          c.ref = `CHQ ${i.cheque}`;
          c.desc = `Payment from ${i.party.name} - ${inv}`;
        } else if (i.how === 'cash') {
          c.ref = inv;
          c.desc = `Cash received from ${i.party.name}`;
        } else if (i.creditNote) {
          c.ref = inv;
          c.desc = `Payment from ${i.party.name} - ${inv} less ${i.creditNote}`;
        } else {
          c.ref = inv;
          c.desc = `Payment from ${i.party.name}${i.site ? ` - ${i.site.toLowerCase()}` : ''}`;
        }
        break;
      }
      case 'supplier-refund':
        c.type = 'Vendor Credit Refund';
        c.number = no('VR-', 10);
        c.ref = i.creditNote;
        c.desc = `Refund from ${i.party.name}`;
        break;
      case 'customer-refund':
        c.type = 'Credit Note Refund';
        c.number = no('CR-', 20);
        c.ref = i.creditNote;
        c.desc = `Refund to ${i.party.name}`;
        break;
      case 'settlement':
        if (i.part === 'fee') {
          c.type = 'Expense';
          c.number = no('EXP-', 80);
          c.ref = i.payout;
          c.desc = `${i.acquirer.name} fees`;
        } else {
          c.type = 'Sale Receipt';
          c.number = no('SR-', 40);
          c.ref = i.payout ?? '';
          c.desc =
            i.part === 'gross'
              ? `${i.acquirer.name} online sales - payout ${i.payout}`
              : `Card sales at shop (${i.acquirer.name})`;
        }
        break;
      case 'payment':
        c.type = 'Bill Payment';
        c.number = no('BP-', 150);
        if (i.how === 'cheque') {
          c.ref = `CHQ ${i.cheque}`;
          c.desc = `Payment to ${i.party.name}`;
        } else if (i.order) {
          c.ref = i.order;
          c.desc = `Payment to ${i.party.name} - ${i.order} delivery`;
        } else {
          c.ref = i.bill;
          c.desc = `Payment to ${i.party.name}`;
        }
        break;
      case 'payroll':
        c.type = 'Manual Journal';
        c.number = no('MJ-', 40);
        c.ref = `BLK${i.batch}`;
        c.desc = 'February 2025 net salaries';
        break;
      case 'statutory': {
        c.type = 'Manual Journal';
        c.number = no('MJ-', 40);
        const t = i.tax.name;
        c.ref = t === 'SSNIT' ? `ER ${i.ref}` : `PRN ${i.ref}`;
        c.desc =
          t === 'SSNIT'
            ? 'SSNIT contributions January 2025 (tiers 1 and 2)'
            : t === 'PAYE'
              ? 'PAYE January 2025 - GRA'
              : 'VAT, NHIL and GETFund January 2025 - GRA';
        break;
      }
      case 'own-transfer':
        c.type = 'Transfer From Account';
        c.number = no('TR-', 10);
        c.ref = '';
        c.desc = `Transfer from MTN MoMo merchant wallet ${i.own.account}`;
        break;
      default:
        throw new Error(`gh: no description for ${i.kind}`);
    }
    return c;
  },

  bankMapping: {
    date: 'TRANS DATE',
    valueDate: 'VALUE DATE',
    description: 'PARTICULARS',
    reference: 'REF/CHQ NO',
    moneyOut: 'DEBIT',
    moneyIn: 'CREDIT',
    balance: 'BALANCE',
  },
  writeBank({ lines, opening, closing }) {
    const grid = [
      ['AHANTAMAN RURAL BANK PLC'],
      ['AGONA NKWANTA BRANCH'],
      ['STATEMENT OF ACCOUNT'],
      ['ACCOUNT NAME : AHANTA COCONUT & PALM PRODUCTS LTD'],
      [`ACCOUNT NO : ${ACCOUNT}          CURRENCY : GHS`],
      ['PERIOD : 01/02/2025 TO 28/02/2025'],
      [],
      ['TRANS DATE', 'VALUE DATE', 'PARTICULARS', 'REF/CHQ NO', 'DEBIT', 'CREDIT', 'BALANCE'],
    ];
    const headerRow = grid.length;
    const money = (m) => ({ n: m, z: '#,##0.00' });
    const nonEntryRows = [];
    grid.push([null, null, 'BALANCE B/F', null, null, null, money(opening)]);
    nonEntryRows.push({ row: grid.length, why: 'balance brought forward (undated, balance only)' });
    const rows = new Map();
    for (const l of lines) {
      grid.push([
        fmtDate(l.date, 'DMY'),
        fmtDate(l.cells.valueDate, 'DMY'),
        l.cells.particulars,
        l.cells.ref || null,
        l.amount < 0 ? money(-l.amount) : null,
        l.amount > 0 ? money(l.amount) : null,
        money(l.balance),
      ]);
      rows.set(l.id, grid.length);
    }
    const dr = lines.filter((l) => l.amount < 0).reduce((s, l) => s - l.amount, 0);
    const cr = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
    grid.push([null, null, 'TOTAL', null, money(dr), money(cr), null]);
    nonEntryRows.push({ row: grid.length, why: 'debit and credit totals (undated)' });
    grid.push([null, null, 'BALANCE C/F', null, null, null, money(closing)]);
    nonEntryRows.push({ row: grid.length, why: 'balance carried forward (undated, balance only)' });
    grid.push([]);
    grid.push([null, null, 'Please examine this statement and report any discrepancy to the branch within 14 days.']);
    return {
      data: workbook(
        [
          {
            name: 'Statement',
            rows: grid,
            merges: [0, 1, 2, 3, 4, 5].map((r) => [r, 0, r, 6]),
            cols: [12, 12, 62, 20, 14, 14, 16],
          },
        ],
        this.docDate,
      ),
      grid,
      headerRow,
      rows,
      order: 'oldest-first',
      layout:
        'Branch-issued XLSX from the bank core, sheet "Statement": six title rows merged across, a blank row, header in row 8; an undated BALANCE B/F row, then the lines; dates as text DD/MM/YYYY; numbers with two decimals; undated TOTAL and BALANCE C/F rows and a closing sentence',
      readOptions: { currency: 'GHS', sheet: 'Statement', dateOrder: 'DMY', mapping: this.bankMapping },
      nonEntryRows,
    };
  },
  ledgerMapping: {
    date: 'Date',
    journalId: 'Transaction #',
    reference: 'Reference #',
    description: ['Transaction Type', 'Description'],
    moneyOut: 'Credit',
    moneyIn: 'Debit',
    balance: 'Running Balance',
  },
  writeLedger({ rows: books, opening, closing }) {
    const head = [
      'Date',
      'Transaction Type',
      'Transaction #',
      'Reference #',
      'Description',
      'Credit',
      'Debit',
      'Running Balance',
    ];
    const grid = [
      ['Ahanta Coconut & Palm Products Ltd'],
      ['General Ledger'],
      ['From 2025-02-01 To 2025-02-28'],
      [],
      head,
      [LEDGER_ACCOUNT],
    ];
    const headerRow = 5;
    const nonEntryRows = [];
    const d = (m) => (m === null ? '' : String(num(m).toFixed(2)));
    grid.push(['Opening Balance', '', '', '', '', '', '', d(opening)]);
    nonEntryRows.push({ row: grid.length, why: 'opening balance of the account section (label in the Date column)' });
    const rows = new Map();
    for (const r of books) {
      const c = r.cells;
      grid.push([
        fmtDate(r.date, 'ISO'),
        c.type,
        c.number,
        c.ref,
        c.desc,
        r.amount < 0 ? d(-r.amount) : '',
        r.amount > 0 ? d(r.amount) : '',
        d(r.balance),
      ]);
      rows.set(r.id, grid.length);
    }
    grid.push(['Closing Balance', '', '', '', '', '', '', d(closing)]);
    nonEntryRows.push({ row: grid.length, why: 'closing balance of the account section (label in the Date column)' });
    return {
      data: delimited(grid),
      grid,
      headerRow,
      rows,
      layout:
        'Bigcapital General Ledger report filtered on one account, CSV: three title rows and a blank row, header in row 5; the account section heading in row 6; Opening Balance and Closing Balance rows with the label in the Date column; ISO dates; Credit before Debit (Debit = money in), the other side empty; plain decimals; a running balance; no party column (the name is in Description)',
      readOptions: { currency: 'GHS', mapping: this.ledgerMapping },
      nonEntryRows,
      ledgerAccount: LEDGER_ACCOUNT,
    };
  },
  notes: [
    'Ahanta Coconut & Palm Products Ltd (Agona Nkwanta) — invented; all people, account, wallet and reference numbers are invented.',
    'February 2025: the E-levy (1 %) is still charged on transfers from the bank account to a mobile-money wallet; a transfer from our own merchant wallet into the bank is not levied.',
    'Prices carry VAT 15 % with NHIL, GETFund and the COVID-19 levy (× 1.219); withholding tax 3 % and VAT withholding 7 % are of the price before VAT and levies.',
  ],
};

export default set;
