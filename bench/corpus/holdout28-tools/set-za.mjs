// South Africa: Isipingo Spice and Grocery Wholesalers (Pty) Ltd, Durban. A business current account at State Bank
// of India (South Africa branch, Durban), whose internet banking "Excel" download is tab-separated text, against the
// IQ Retail (IQ Enterprise) General Ledger transactions report of account 8410-000 exported to Excel.
import { notYear, commas, delimited, fmtDate, part, workbook } from './lib.mjs';

const ACCOUNT = '40124578106';
const CALL = '40124578114';
const LEDGER_ACCOUNT = '8410-000 SBI Current Account';

const customers = [
  { name: 'Chatsworth Spice Centre', code: 'CHA001', bankAs: 'CHATSWORTH SPICE CENTRE' },
  { name: 'Phoenix Cash and Carry', code: 'PHO001', bankAs: 'PHOENIX CASH AND CARRY' },
  { name: 'Verulam Super Store', code: 'VER001', bankAs: 'VERULAM SUPER STORE' },
  { name: 'Pietermaritzburg Oriental Foods', code: 'PMB002', bankAs: 'PIETERMARITZBURG ORIENTAL FOODS' },
  { name: 'Umlazi Mega Spaza', code: 'UML001', bankAs: 'UMLAZI MEGA SPAZA' },
  { name: 'Tongaat Family Supermarket', code: 'TON001', bankAs: 'TONGAAT FAMILY SUPERMARKET' },
  { name: 'Pinetown Halaal Butchery', code: 'PIN003', bankAs: 'PINETOWN HALAAL BUTCHERY' },
  {
    name: 'Overport Bakers',
    code: 'OVE001',
    bankAs: 'OVERPORT BAKERS',
    role: 'owner',
    ownerName: 'MR R PILLAY',
    ownerMemo: 'SPICES',
    ownerTrait: 'owner-account',
  },
  { name: 'Stanger Spice Emporium', code: 'STA001', bankAs: 'STANGER SPICE EMPORIUM' },
  { name: 'Ladysmith Wholesalers', code: 'LAD001', bankAs: 'LADYSMITH WHOLESALERS' },
  {
    name: 'Newcastle Indian Foods',
    code: 'NEW002',
    bankAs: 'NEWCASTLE INDIAN FOODS',
    role: 'related',
    relatedName: 'NIF PROPERTY HOLDINGS',
  },
  { name: 'Durban North Deli', code: 'DUR004', bankAs: 'DURBAN NORTH DELI' },
  {
    name: 'Umhlanga Curry House',
    code: 'UMH001',
    bankAs: 'UMHLANGA CURRY HOUSE',
    role: 'twins',
    sites: ['GATEWAY BRANCH', 'RIDGESIDE BRANCH'],
  },
  { name: 'Amanzimtoti Grocers', code: 'AMA001', bankAs: 'AMANZIMTOTI GROCERS' },
  { name: 'Kwadukuza Traders', code: 'KWA001', bankAs: 'KWADUKUZA TRADERS' },
  { name: 'Westville Spice Market', code: 'WES002', bankAs: 'WESTVILLE SPICE MARKET' },
  { name: 'Scottburgh Seaside Store', code: 'SCO001', bankAs: 'SCOTTBURGH SEASIDE STORE' },
  { name: 'Richards Bay Provisions', code: 'RIC001', bankAs: 'RICHARDS BAY PROVISIONS' },
];

const suppliers = [
  {
    name: 'Durban Harbour Clearing and Forwarding',
    code: 'DHC001',
    bankAs: 'DURBAN HARBOUR CLEARING',
    bill: (n) => `DHC/INV/${n}`,
    plain: 'CLEARING FEES',
    rtc: true,
  },
  {
    name: 'KZN Packaging (Pty) Ltd',
    code: 'KZN004',
    bankAs: 'KZN PACKAGING',
    bill: (n) => `KZP ${n}`,
    plain: 'PACKAGING',
  },
  {
    name: 'Mobeni Cold Storage',
    code: 'MOB001',
    bankAs: 'MOBENI COLD STORAGE',
    bill: (n) => `MCS-${n}`,
    plain: 'STORAGE AUG',
  },
  {
    name: 'Spice Route Importers (Pty) Ltd',
    code: 'SRI001',
    bankAs: 'SPICE ROUTE IMPORTERS',
    bill: (n) => `SRI-INV-${String(n).padStart(5, '0')}`,
    plain: 'SPICES IMPORT',
  },
  {
    name: 'Jacobs Pallet and Crate Co',
    code: 'JAC001',
    bankAs: 'JACOBS PALLET AND CRATE',
    bill: (n) => `JPC ${n}`,
    plain: 'PALLETS',
  },
  {
    name: 'Isipingo Transport Services',
    code: 'IST001',
    bankAs: 'ISIPINGO TRANSPORT SERV',
    bill: (n) => `IST/${n}`,
    plain: 'DELIVERIES AUG',
  },
  {
    name: 'Coastal Rice Millers',
    code: 'CRM001',
    bankAs: 'COASTAL RICE MILLERS',
    bill: (n) => `CRM-25-${String(n).padStart(4, '0')}`,
    plain: 'RICE',
  },
  {
    name: 'Prospecton Labels and Print',
    code: 'PLP001',
    bankAs: 'PROSPECTON LABELS',
    bill: (n) => `PLP ${n}`,
    plain: 'LABELS',
    role: 'twins',
  },
  {
    name: 'Umbilo Fresh Produce Agents',
    code: 'UFP001',
    bankAs: 'UMBILO FRESH PRODUCE',
    bill: (n) => `UFP-${n}`,
    plain: 'PRODUCE',
    role: 'failed',
  },
];

const invoiceNo = (s) => `IN0${s}`;
const writings = {
  1: (s) => invoiceNo(s),
  2: (s) => `INV ${s}`,
  3: (s) => `${s}`,
  4: (s) => `in ${s}`,
  5: (s) => `INV0${s}`,
  6: (s) => `Invoice ${s}`,
  7: (s) => `IN-0${s}`,
  8: (s) => `ISG ${s}`,
  9: (s) => `Inv no ${s}`,
};
const yymmdd = (d) => d.slice(2).replace(/-/g, '');
const isRtc = (item) => item.chan === 'out' && (item.info.resent || item.info.party?.rtc);
const vat = (fee) => part(fee, 15, 100);

const set = {
  key: 'za-sbi-iqretail',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2025-09-01', to: '2025-09-30' },
  holidays: ['2025-09-24'],
  docDate: '2025-10-02',
  bankName: 'State Bank of India (South Africa), Durban branch',
  packageName: 'IQ Retail — IQ Enterprise (General Ledger → Transactions, account 8410-000, exported to Excel)',
  bankFile: `sbi-za-${ACCOUNT}-sep2025.csv`,
  ledgerFile: 'iq-gl-transactions-8410-000-sep2025.xlsx',
  customers,
  suppliers,
  invoiceStart: 40512,
  customerChequeChannel: 'remit-in',
  customerChequeTrait: 'remittance-advice-number',
  ranges: {
    invoiceBase: [6000, 145000],
    cashBase: [4000, 45000],
    bill: [8000, 190000],
    refund: [600, 4800],
    twinsOut: [12000, 38000],
    unknown: [400, 9000],
    unknownStep: 10,
    card: [350, 2800],
  },
  roundUnit: 10000, // R100
  roundUp: 10000, // an over-payment rounded up to the next R100
  payerCharge: 3500, // the payer's bank took R35
  gross: (base) => base + part(base, 15, 100),
  shortPayments: [{ trait: 'short-settlement-discount-2.5pct', deduct: (inv) => part(inv.gross, 25, 1000) }],
  depositors: ['SELF'],
  unknownPayers: [
    { name: 'S NAIDOO', memo: 'PAYMENT' },
    { name: 'THANDEKA MKHIZE', memo: 'ORDER' },
    { name: 'GOVENDER AND SONS', memo: 'ACC' },
  ],
  cardMerchants: ['BEREA OFFICE SUPPLIES DURBAN', 'ROSSBURGH CASH AND CARRY', 'KZN TECH STORE PINETOWN'],
  settlements: [
    {
      name: 'Yoco',
      bankAs: 'YOCO TECHNOLOGIES',
      booked: 'gross',
      gross: [9000, 36000],
      fee: (g) => part(g, 295, 10000),
      id: (rng) => String(rng.int(1000000, 9999999)),
    },
    {
      name: 'iKhokha',
      bankAs: 'IKHOKHA',
      booked: 'gross+fee',
      gross: [6000, 22000],
      fee: (g) => part(g, 275, 10000),
      id: (rng) => `IKH${rng.int(10000000, 99999999)}`,
    },
    { name: 'Zapper', bankAs: 'ZAPPER', booked: 'net', gross: [3000, 12000], fee: (g) => part(g, 25, 1000), id: null },
  ],

  memoInvoice(w, inv, rng, trait) {
    const tail = trait?.startsWith('short-settlement-discount') ? ' LESS 2.5% DISC' : rng.pick(['', '', ' ACC']);
    return `${writings[w](inv.serial)}${tail}`;
  },
  memoPlain: (rng) => rng.pick(['PAYMENT', 'ACCOUNT', 'SPICES', 'GROCERIES']),
  memoTwoInvoices: (w, a, b) => `${writings[w](a.serial)} ${b.serial}`,
  memoInstalment: (memo, no) => `${memo} PMT ${no}`,
  memoLessCredit: (inv, cn) => `${invoiceNo(inv.serial)} LESS ${cn}`,
  memoPart: (memo) => `${memo} PART`,
  mistype: (serial, rng) => serial + rng.pick([10, -10, 1000, -1000, 9, -9]),
  creditNoteNo: (rng) => `CN0${rng.int(1210, 1299)}`,
  supplierCreditNoteNo: (s, rng) => `CRN ${rng.int(300, 999)}`,
  memoSupplierRefund: (cn) => `REFUND ${cn}`,
  memoCustomerRefund: (cn) => `ISIPINGO SPICE REFUND ${cn}`,
  billNo: (s, rng) => s.bill(notYear(rng.int(100, 9999))),
  memoBill: (bill, rng) => rng.pick([`ISIPINGO SPICE ${bill}`, `${bill}`, `PMT ${bill}`]),
  memoSupplierPlain: () => 'ISIPINGO SPICE',
  orderNo: (rng) => `PO${rng.int(7700, 7999)}`,
  memoOrder: (po) => `ISIPINGO SPICE ${po}`,
  customerChequeNo: (rng) => String(rng.int(5000, 5999)),

  presentedItems(rng) {
    const policy = `CBI-POL-${rng.int(700000, 799999)}`;
    return [
      {
        range: [18000, 32000],
        cents: true,
        bookedSameDay: true,
        party: { name: 'eThekwini Municipality', code: 'ETH001' },
        how: 'debit order',
        book: { mandate: '504218773301', what: 'rates and water, account 504218773301' },
        chan: 'debit-order',
        bank: { originator: 'ETHEKWINI MUN', mandate: '504218773301' },
        traits: ['debit-order', 'mandate-reference'],
      },
      {
        range: [4200, 9800],
        cents: true,
        bookedSameDay: true,
        party: { name: 'Coastal Business Insurance Brokers', code: 'CBI001' },
        how: 'debit order',
        book: { mandate: policy, what: 'business insurance premium' },
        chan: 'debit-order',
        bank: { originator: 'COASTAL INS BRK', mandate: policy },
        traits: ['debit-order', 'mandate-reference'],
      },
    ];
  },
  payroll: {
    range: [380000, 520000],
    staff: 46,
    batch: (rng) => String(rng.int(3300, 3999)),
    day: (m) => m.W.filter((d) => d <= '2025-09-25').at(-1),
  },
  statutory: [
    {
      name: 'EMP201',
      range: [88000, 120000],
      traits: ['emp201'],
      ref: (rng) => `7${rng.digits(9)}LC0825`,
      day: (m) => m.W.filter((d) => d <= '2025-09-05').at(-1 - m.rng.int(0, 2)),
    },
    {
      name: 'VAT201',
      range: [110000, 170000],
      traits: ['vat201'],
      ref: (rng) => `4${rng.digits(9)}V0825`,
      day: (m) => m.W.filter((d) => d <= '2025-09-30').at(-1 - m.rng.int(0, 2)),
    },
  ],
  ownTransfer: { direction: 'out', range: [150000, 400000], step: 10000, account: CALL },

  ledgerOnly(rng, m) {
    const n = m.n;
    const cust = customers[rng.int(0, 6)];
    const sup = suppliers[rng.int(1, 7)];
    return [
      {
        date: m.day(n - 1),
        sign: -1,
        range: [9000, 85000],
        info: { kind: 'payment', party: sup, how: 'transfer', bill: sup.bill(notYear(rng.int(100, 9999))) },
        why: 'EFT released after the bank’s cut-off on the last working day (on the October statement)',
      },
      {
        date: m.day(n - 1),
        sign: -1,
        range: [2500, 6800],
        info: {
          kind: 'payment',
          party: { name: 'Coastal Fibre Connect', code: 'CFC001' },
          how: 'debit order',
          mandate: `CFC${rng.int(100000, 999999)}`,
          what: 'fibre line',
        },
        why: 'debit order booked on its due date, collected by the originator on the next business day (October)',
      },
      {
        date: m.day(n - 1),
        sign: 1,
        range: [6000, 42000],
        info: {
          kind: 'receipt',
          party: cust,
          invoices: [{ serial: 40572 + rng.int(0, 9) }],
          how: 'cash',
        },
        why: 'cash banked after the branch cut-off on the last working day (deposit in transit)',
      },
    ];
  },

  /** SBI lists the fee and the VAT on it as two lines */
  chargesAfter(item) {
    const pair = (fee, label, trait) => [
      { amount: -fee, label, kind: 'charge', traits: [trait], after: item },
      { amount: -vat(fee), label: `VAT ON ${label}`, kind: 'fee-vat', traits: ['vat-on-fee'], after: item },
    ];
    if (isRtc(item)) return pair(4000, 'RTC PAYMENT FEE', 'rtc-fee');
    if (item.chan === 'cash-in') return pair(1500 + part(item.amount, 15, 1000), 'CASH DEPOSIT FEE', 'cash-fee');
    return [];
  },
  monthEnd(bank, m) {
    // every electronic payment sent this month except the real-time ones, which are charged as they go
    const eft = bank.filter((b) => ['out', 'out-failed', 'tax', 'own', 'payroll'].includes(b.chan) && !isRtc(b)).length;
    const fee = eft * 750;
    const interest = m.rng.int(250, 900) * 100 + m.rng.int(0, 99);
    return [
      { amount: -fee, label: `EFT PAYMENT FEES SEP 2025 (${eft} ITEMS)`, kind: 'charge', traits: ['eft-fees'] },
      { amount: -vat(fee), label: 'VAT ON EFT PAYMENT FEES', kind: 'fee-vat', traits: ['vat-on-fee'] },
      { amount: -22000, label: 'MONTHLY SERVICE FEE', kind: 'charge', traits: ['service-fee'] },
      { amount: -vat(22000), label: 'VAT ON MONTHLY SERVICE FEE', kind: 'fee-vat', traits: ['vat-on-fee'] },
      { amount: interest, label: 'CREDIT INTEREST SEP 2025', kind: 'interest', traits: ['credit-interest'] },
    ];
  },
  opening: (rng) => rng.int(380000, 720000) * 100 + rng.int(0, 99),
  raiseUnit: 10000000, // R100,000

  renderBank(b, { rng }) {
    const i = b.info;
    const c = { valueDate: b.date };
    const eftRef = () => `${yymmdd(b.date)}${rng.digits(6)}`;
    switch (b.chan) {
      case 'in':
        c.desc = `BY TRANSFER-EFT CR*${i.payer}*${i.memo}--`;
        c.ref = `EFT${eftRef()}`;
        break;
      case 'remit-in':
        c.desc = `BY TRANSFER-EFT CR*${i.drawer}*REMIT ADV ${i.cheque}--`;
        c.ref = `EFT${eftRef()}`;
        break;
      case 'out':
      case 'out-failed':
        c.desc = `TO TRANSFER-${isRtc(b) ? 'RTC' : 'EFT'} DR*${i.payee}*${i.memo}--`;
        c.ref = `${isRtc(b) ? 'RTC' : 'EFT'}${eftRef()}`;
        break;
      case 'rev': {
        const o = i.of.info;
        c.desc = `BY EFT RETURN*${o.payee}*${o.memo}*INVALID ACCOUNT--`;
        c.ref = i.of.cells.ref;
        break;
      }
      case 'debit-order':
        c.desc = `TO DEBIT ORDER*${i.originator}*${i.mandate}--`;
        c.ref = `DO${eftRef()}`;
        break;
      case 'cash-in':
        c.desc = 'CASH DEPOSIT-BY SELF-DURBAN BRANCH';
        c.ref = '';
        break;
      case 'stl':
        c.desc = `BY TRANSFER-EFT CR*${i.acquirer.bankAs}*${
          i.payout ? `${i.acquirer.name.toUpperCase()} PAYOUT ${i.payout}` : 'SETTLEMENT'
        }--`;
        c.ref = `EFT${eftRef()}`;
        break;
      case 'tax':
        c.desc = `TO TRANSFER-SARS EFILING*${i.tax.name} ${i.tax.name === 'EMP201' ? 'AUG 2025' : '08/2025'}*${i.ref}--`;
        c.ref = `EFT${eftRef()}`;
        break;
      case 'payroll':
        c.desc = `TO TRANSFER-BULK PAYMENT*SALARIES SEP 2025*${i.staff} PAYEES--`;
        c.ref = `BATCH${i.batch}`;
        break;
      case 'own':
        c.desc = `TO TRANSFER-OWN ACCOUNT*${i.own.account}*CALL DEPOSIT--`;
        c.ref = `TRF${eftRef()}`;
        break;
      case 'card':
        c.desc = `DEBIT-POS*${i.merchant}--`;
        c.ref = '';
        break;
      case 'fee':
        c.desc = i.kind === 'interest' ? `BY INT.-${i.label}` : `TO CHARGES-${i.label}`;
        c.ref = i.after ? i.after.cells.ref : '';
        break;
      default:
        throw new Error(`za: no narration for ${b.chan}`);
    }
    return c;
  },

  renderBook(r, { vouchers }) {
    const i = r.info;
    const c = { per: 7 };
    const no = (prefix, start) => {
      vouchers[prefix] = (vouchers[prefix] ?? start) + 1;
      return `${prefix}${String(vouchers[prefix]).padStart(6, '0')}`;
    };
    switch (i.kind) {
      case 'receipt': {
        const inv = invoiceNo(i.invoices[0].serial);
        c.type = 'DR RCT';
        c.contra = i.party.code;
        if (i.how === 'cheque') {
          c.ref = `RA${i.cheque}`;
          c.desc = `${i.party.name} - remittance advice ${i.cheque}`;
        } else if (i.how === 'cash') {
          c.ref = no('CS', 1180);
          c.desc = `${i.party.name} - cash ${inv}`;
        } else if (i.creditNote) {
          c.ref = inv;
          c.desc = `${i.party.name} - less ${i.creditNote}`;
        } else {
          c.ref = inv;
          c.desc = `${i.party.name}${i.site ? ` - ${i.site.toLowerCase()}` : ''}`;
        }
        break;
      }
      case 'supplier-refund':
        c.type = 'CR RFD';
        c.contra = i.party.code;
        c.ref = i.creditNote.replace(' ', '');
        c.desc = `${i.party.name} - refund`;
        break;
      case 'customer-refund':
        c.type = 'DR RFD';
        c.contra = i.party.code;
        c.ref = i.creditNote;
        c.desc = `${i.party.name} - refund`;
        break;
      case 'settlement':
        c.type = i.part === 'fee' ? 'CB PMT' : 'CB RCT';
        c.contra = i.part === 'fee' ? '4150-000' : '1000-010';
        c.ref = i.payout ?? no('CB', 410);
        c.desc =
          i.part === 'gross'
            ? `${i.acquirer.name} card sales payout`
            : i.part === 'fee'
              ? `${i.acquirer.name} commission`
              : `${i.acquirer.name} QR sales`;
        break;
      case 'payment':
        c.contra = i.party.code;
        if (i.how === 'debit order') {
          c.type = 'CB PMT';
          c.ref = i.mandate;
          c.desc = `${i.party.name} - ${i.what}`;
        } else if (i.order) {
          c.type = 'CR PMT';
          c.ref = i.order;
          c.desc = `${i.party.name}`;
        } else {
          c.type = 'CR PMT';
          c.ref = i.bill;
          c.desc = `${i.party.name}`;
        }
        break;
      case 'payroll':
        c.type = 'JNL';
        c.contra = '9500-000';
        c.ref = `SAL${i.batch}`;
        c.desc = 'Net salaries September 2025';
        break;
      case 'statutory':
        c.type = 'CB PMT';
        c.contra = i.tax.name === 'EMP201' ? '9510-000' : '9600-000';
        c.ref = i.ref;
        c.desc = i.tax.name === 'EMP201' ? 'SARS EMP201 August 2025 (PAYE, UIF, SDL)' : 'SARS VAT201 Jul-Aug 2025';
        break;
      case 'own-transfer':
        c.type = 'JNL';
        c.contra = '8420-000';
        c.ref = no('TR', 40);
        c.desc = `Transfer to SBI call account ${i.own.account}`;
        break;
      default:
        throw new Error(`za: no description for ${i.kind}`);
    }
    return c;
  },

  bankMapping: {
    date: 'Txn Date',
    valueDate: 'Value Date',
    description: 'Description',
    reference: 'Ref No./Cheque No.',
    moneyOut: 'Debit',
    moneyIn: 'Credit',
    balance: 'Balance',
  },
  writeBank({ lines, opening }) {
    const grid = [
      ['Account Name', ':', 'ISIPINGO SPICE AND GROCERY WHOLESALERS (PTY) LTD'],
      ['Address', ':', 'OLD MAIN ROAD, ISIPINGO RAIL, DURBAN'],
      ['Date', ':', '1 Oct 2025'],
      ['Account Number', ':', `_000000${ACCOUNT}`],
      ['Account Description', ':', 'BUSINESS CURRENT ACCOUNT'],
      ['Branch', ':', 'DURBAN'],
      ['Drawing Power', ':', '0.00'],
      ['Interest Rate(% p.a.)', ':', '1.50'],
      ['MOD Balance', ':', '0.00'],
      ['CIF No.', ':', '_89123456781'],
      ['Branch Code', ':', '450105'],
      [`Balance as on ${fmtDate('2025-09-01', 'D MMM YYYY')}`, ':', commas(opening)],
      [],
      ['Account Statement from 1 Sep 2025 to 30 Sep 2025'],
      [],
      ['Txn Date', 'Value Date', 'Description', 'Ref No./Cheque No.', 'Debit', 'Credit', 'Balance'],
    ];
    const headerRow = grid.length;
    const rows = new Map();
    for (const l of lines) {
      grid.push([
        fmtDate(l.date, 'D MMM YYYY'),
        fmtDate(l.cells.valueDate, 'D MMM YYYY'),
        l.cells.desc,
        l.cells.ref,
        l.amount < 0 ? commas(-l.amount) : ' ',
        l.amount > 0 ? commas(l.amount) : ' ',
        commas(l.balance),
      ]);
      rows.set(l.id, grid.length);
    }
    grid.push(['**This is a computer generated statement and does not require a signature.']);
    return {
      data: delimited(grid, { delimiter: '\t' }),
      grid,
      headerRow,
      rows,
      order: 'oldest-first',
      layout:
        'SBI internet banking statement download: tab-separated text (the bank names it .xls; saved here under .csv), twelve `label, :, value` preamble rows (the account number written `_000000…`), a blank row, a title, a blank row, header in row 16; dates `1 Sep 2025` (day without a leading zero); amounts with thousands separators, the empty side a single space; a footer sentence',
      readOptions: { currency: 'ZAR', mapping: this.bankMapping },
      nonEntryRows: [],
    };
  },
  ledgerMapping: {
    date: 'Date',
    reference: 'Reference',
    description: 'Description',
    moneyIn: 'Debit',
    moneyOut: 'Credit',
    balance: 'Balance',
  },
  writeLedger({ rows: books, opening, closing }) {
    const grid = [
      ['Isipingo Spice and Grocery Wholesalers (Pty) Ltd'],
      ['General Ledger Transactions - Detailed'],
      [`Account: ${LEDGER_ACCOUNT}`],
      ['Period 7: 01/09/2025 to 30/09/2025'],
      [],
      ['Per', 'Date', 'Type', 'Reference', 'Contra', 'Description', 'Debit', 'Credit', 'Balance'],
    ];
    const headerRow = grid.length;
    const nonEntryRows = [];
    grid.push([null, null, null, null, null, 'Opening Balance', null, null, { n: opening }]);
    nonEntryRows.push({ row: grid.length, why: 'opening balance (undated, balance only)' });
    const rows = new Map();
    let dr = 0;
    let cr = 0;
    for (const r of books) {
      const c = r.cells;
      grid.push([
        { v: c.per },
        { d: r.date, z: 'dd/mm/yyyy' },
        c.type,
        c.ref,
        c.contra,
        c.desc,
        r.amount > 0 ? { n: r.amount } : null,
        r.amount < 0 ? { n: -r.amount } : null,
        { n: r.balance },
      ]);
      rows.set(r.id, grid.length);
      if (r.amount > 0) dr += r.amount;
      else cr -= r.amount;
    }
    grid.push([null, null, null, null, null, 'Totals', { n: dr }, { n: cr }, null]);
    nonEntryRows.push({ row: grid.length, why: "the period's debit and credit totals (undated)" });
    grid.push([null, null, null, null, null, 'Closing Balance', null, null, { n: closing }]);
    nonEntryRows.push({ row: grid.length, why: 'closing balance (undated, balance only)' });
    return {
      data: workbook(
        [
          {
            name: 'Sheet1',
            rows: grid,
            merges: [0, 1, 2, 3].map((r) => [r, 0, r, 5]),
            cols: [5, 11, 8, 20, 10, 48, 13, 13, 14],
          },
        ],
        this.docDate,
      ),
      grid,
      headerRow,
      rows,
      layout:
        'IQ Enterprise GL transactions report exported to Excel, sheet "Sheet1": four title rows (merged) and a blank row, header in row 6 `Per, Date, Type, Reference, Contra, Description, Debit, Credit, Balance`; the financial period number first; real date cells; IQ transaction types (DR RCT, CR PMT, CB PMT, CB RCT, JNL, DR RFD, CR RFD); the contra column holds the debtor, creditor or GL code (not mapped); Debit = money in; a running balance; undated Opening Balance, Totals and Closing Balance rows',
      readOptions: { currency: 'ZAR', sheet: 'Sheet1', mapping: this.ledgerMapping },
      nonEntryRows,
      ledgerAccount: LEDGER_ACCOUNT,
    };
  },
  notes: [
    'Isipingo Spice and Grocery Wholesalers (Pty) Ltd (Durban) — invented; all people, account, mandate, PRN and reference numbers are invented.',
    'No cheques: two debit orders (municipal rates and water, insurance) with their mandate references take their place, and one customer quotes its remittance advice instead of a cheque.',
    'Every fee is followed by its VAT (15 %) as a line of its own; the real-time (RTC) payments carry an RTC fee, the cash deposit a cash deposit fee; EFT fees and the service fee come at month end with the credit interest. Heritage Day (24 September) is a public holiday.',
  ],
};

export default set;
