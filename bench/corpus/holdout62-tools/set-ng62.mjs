// NG — a PET-bottle recycler in Ikorodu, Lagos, July 2025: a Brass business account (CSV as the app exports it)
// against Wave's "Export accounting transactions" CSV (every line of every transaction, both sides).
import { auto, bankOnly, none, reversal, suggest } from './dsl62.mjs';
import { csvRecord, dateText, grouped, major } from './lib62.mjs';

const BANK_FILE = 'brass-1023847716-jul2025.csv';
const BOOK_FILE = 'wave-accounting-transactions-jul2025.csv';
const BANK_ACCOUNT = 'Brass Current Account';

// NIP institution codes the session ids start with (the sender's, or Brass's sponsor for money going out)
const CODE = {
  zenith: '000015',
  access: '000014',
  stanbic: '000012',
  gtb: '000013',
  fcmb: '000003',
  first: '000016',
  wema: '000017',
  opay: '100004',
  palmpay: '100033',
  moniepoint: '090405',
  brass: '090584',
};

export function build(r) {
  const session = (code, date, time) => {
    const [, m, d] = date.split('-');
    return `${code}25${m}${d}${time.replace(':', '')}${r.digits(2)}${r.digits(12)}`;
  };
  const L = (id, date, time, amount, text, cp, cpBank, code, d, extra = {}) => ({
    id,
    date,
    time,
    amount,
    text,
    cp,
    cpBank,
    reference: extra.reference ?? (code ? session(code, date, time) : ''),
    d,
  });
  const emtl = (id, date, time) =>
    L(id, date, time, '-50.00', 'Electronic Money Transfer Levy', '', '', null, bankOnly('levy', ['emtl']), {
      reference: `EMTL${date.replace(/-/g, '').slice(2)}${r.digits(8)}`,
    });

  const lines = [
    L(
      'n01',
      '2025-07-01',
      '09:14',
      '1480000.00',
      'NIP FRM LAGOS POLYFIBRE IND/EBR 0141 PET FLAKES',
      'LAGOS POLYFIBRE INDUSTRIES LTD',
      'Zenith Bank',
      CODE.zenith,
      auto(['B01'], 'reference', ['ref-spaces', 'name-truncated']),
    ),
    emtl('n02', '2025-07-01', '09:14'),
    L(
      'n03',
      '2025-07-02',
      '11:02',
      '-285000.00',
      'TRF TO ABUBAKAR M & SONS/WT2291 AGEGE HUB',
      'ABUBAKAR M & SONS VENTURES',
      'Moniepoint MFB',
      CODE.brass,
      auto(['B02'], 'reference', ['ref-no-separator', 'business-name-of-payee']),
    ),
    L(
      'n04',
      '2025-07-07',
      '10:31',
      '-2000000.00',
      'TRF TO ECOBALE RECYCLERS LTD/OPEX TOP UP GTB',
      'ECOBALE RECYCLERS LIMITED',
      'Guaranty Trust Bank',
      CODE.brass,
      auto(['B05'], 'counterparty', ['own-account-transfer']),
    ),
    L(
      'n05',
      '2025-07-08',
      '13:47',
      '2375000.00',
      'NIP FRM SUNRISE BOTTLING CO/SBCL PMT EBR/0142 EBR/0144',
      'SUNRISE BOTTLING COMPANY LTD',
      'Access Bank',
      CODE.access,
      auto(['B06', 'B07'], 'reference', ['split-one-to-many', 'ref-slashes']),
    ),
    emtl('n06', '2025-07-08', '13:47'),
    L(
      'n07',
      '2025-07-09',
      '15:20',
      '-415000.00',
      'TRF TO ABUBAKAR M & SONS/PET BOTTLES 2T',
      'ABUBAKAR M & SONS VENTURES',
      'Moniepoint MFB',
      CODE.brass,
      suggest(['B12'], 'counterparty', ['decoy', 'same-amount-same-surname', 'business-name-of-payee'], {
        mustNotAuto: true,
      }),
    ),
    L(
      'n08',
      '2025-07-10',
      '08:05',
      '-98500.00',
      'CARD PURCHASE ARDOVA PLC IKORODU RD LAGOS NG',
      '',
      '',
      null,
      auto(['B08'], 'counterparty', ['card-purchase']),
      { reference: `CRD${r.digits(12)}` },
    ),
    L(
      'n09',
      '2025-07-11',
      '06:12',
      '733250.00',
      'NIP FRM FLUTTERWAVE TECHNOLOGY/PAYOUT FLW-PO-77810345',
      'FLUTTERWAVE TECHNOLOGY SOLUTIONS LTD',
      'Wema Bank',
      CODE.wema,
      auto(['B09'], 'counterparty', ['card-settlement', 'name-truncated']),
    ),
    emtl('n10', '2025-07-11', '06:12'),
    L(
      'n11',
      '2025-07-14',
      '10:40',
      '-185000.00',
      'TRF TO CHUKWUEMEKA OKAFOR/WT2305',
      'CHUKWUEMEKA OKAFOR',
      'First Bank of Nigeria',
      CODE.brass,
      reversal('n12', ['failed-transfer', 'book-row-of-the-failed-payment']),
    ),
    L(
      'n12',
      '2025-07-14',
      '10:52',
      '185000.00',
      'RVSL/TRF TO CHUKWUEMEKA OKAFOR/WT2305/ACCT NOT VALID',
      'CHUKWUEMEKA OKAFOR',
      'First Bank of Nigeria',
      null,
      reversal('n11', ['reversal']),
    ),
    L(
      'n13',
      '2025-07-15',
      '12:26',
      '950000.00',
      'NIP FRM FOOD AND BEVERAGE RECYCLING ALLI/EPR Q2 CLAIM FBRA/C',
      'FOOD AND BEVERAGE RECYCLING ALLIANCE',
      'Stanbic IBTC Bank',
      CODE.stanbic,
      auto(['B11'], 'counterparty', ['name-truncated', 'ref-truncated']),
    ),
    emtl('n14', '2025-07-15', '12:26'),
    L(
      'n15',
      '2025-07-16',
      '09:03',
      '-210000.00',
      'TRF TO ADEYEMI FUNMILAYO O/PET 1T',
      'ADEYEMI FUNMILAYO OLUWASEUN',
      'Palmpay',
      CODE.brass,
      auto(null, 'counterparty', ['twins', 'name-reordered'], { anyOf: [['B13a'], ['B13b']] }),
    ),
    L(
      'n16',
      '2025-07-16',
      '09:04',
      '-210000.00',
      'TRF TO ADEYEMI FUNMILAYO O/PET 1T',
      'ADEYEMI FUNMILAYO OLUWASEUN',
      'Palmpay',
      CODE.brass,
      auto(null, 'counterparty', ['twins', 'name-reordered'], { anyOf: [['B13a'], ['B13b']] }),
    ),
    L(
      'n17',
      '2025-07-16',
      '14:38',
      '-312400.00',
      'TRF TO IKEJA CHEMICALS & ALLIED/INV IC-5589 CAUSTIC SODA',
      'IKEJA CHEMICALS & ALLIED LTD',
      'FCMB',
      CODE.brass,
      auto(['B14'], 'reference', ['ref-canonical']),
    ),
    L(
      'n18',
      '2025-07-17',
      '16:55',
      '1000000.00',
      'NIP FRM GREENLOOP EXPORTS LTD/PART PAYMENT INV 146',
      'GREENLOOP EXPORTS LIMITED',
      'Stanbic IBTC Bank',
      CODE.stanbic,
      suggest(['B15'], 'reference', ['part-payment', 'ref-serial-only', 'booked-at-invoice-amount']),
    ),
    emtl('n19', '2025-07-17', '16:55'),
    L(
      'n20',
      '2025-07-21',
      '11:18',
      '-450000.00',
      'TRF TO OGUNLEYE BOLANLE/WAREHOUSE RENT AUG 25',
      'OGUNLEYE BOLANLE ADUNNI',
      'Guaranty Trust Bank',
      CODE.brass,
      auto(['B16'], 'counterparty', ['name-reordered', 'title-in-books']),
    ),
    L(
      'n21',
      '2025-07-22',
      '09:50',
      '960000.00',
      'NIP FRM LAGOS POLYFIBRE IND/EBR0148 1 OF 2',
      'LAGOS POLYFIBRE INDUSTRIES LTD',
      'Zenith Bank',
      CODE.zenith,
      auto(['B17'], 'reference', ['split-many-to-one', 'ref-no-separator'], { group: 'g1' }),
    ),
    emtl('n22', '2025-07-22', '09:50'),
    L(
      'n23',
      '2025-07-23',
      '09:47',
      '960000.00',
      'NIP FRM LAGOS POLYFIBRE IND/EBR0148 2 OF 2',
      'LAGOS POLYFIBRE INDUSTRIES LTD',
      'Zenith Bank',
      CODE.zenith,
      auto(['B17'], 'reference', ['split-many-to-one', 'ref-no-separator'], { group: 'g1' }),
    ),
    emtl('n24', '2025-07-23', '09:47'),
    L(
      'n25',
      '2025-07-24',
      '10:12',
      '-487300.00',
      'TRF TO LIRS/PAYE JUN25 PAYER ID N-4471902',
      'LAGOS STATE INTERNAL REVENUE SERVICE',
      'Zenith Bank',
      CODE.brass,
      auto(['B18'], 'reference', ['statutory', 'payer-id']),
    ),
    L(
      'n26',
      '2025-07-25',
      '15:00',
      '-4180000.00',
      'BULK TRANSFER - JULY SALARIES (7 STAFF)',
      '',
      '',
      null,
      suggest(['B20'], 'amount', ['payroll', 'bulk-transfer']),
      { reference: `BLK${r.digits(10)}` },
    ),
    L(
      'n27',
      '2025-07-28',
      '13:05',
      '1250000.00',
      'NIP FRM SUNRISE BOTTLING CO/ADVANCE AUG FLAKES ORDER',
      'SUNRISE BOTTLING COMPANY LTD',
      'Access Bank',
      CODE.access,
      none(
        ['decoy', 'advance-payment', 'same-payer-same-standard-amount'],
        'an advance from Sunrise Bottling for an August order of flakes (a standard truckload, 1,250,000.00); not yet booked (it goes to customer deposits)',
        'the receipt of invoice EBR-0152 from the same customer for the same amount, entered on 30 Jul from a remittance advice (book row {B21}, credited on 1 Aug)',
      ),
    ),
    emtl('n28', '2025-07-28', '13:05'),
    L(
      'n29',
      '2025-07-29',
      '10:22',
      '-78000.00',
      'TRF TO FEMI ADEWALE/GEN REPAIRS',
      'ADEWALE FEMI OLUSEGUN',
      'Wema Bank',
      CODE.brass,
      auto(['B22'], 'counterparty', ['name-in-trading-name']),
    ),
    L(
      'n30',
      '2025-07-30',
      '14:16',
      '-210000.00',
      'TRF TO ADEYEMI FUNMILAYO O/WT2330',
      'ADEYEMI FUNMILAYO OLUWASEUN',
      'Palmpay',
      CODE.brass,
      none(
        ['decoy', 'same-payee-same-standard-amount', 'other-ticket'],
        'payment of weighing ticket WT-2330 (one tonne at the standard price), not yet entered in the books',
        'the payment of ticket WT-2326 to the same collector for the same amount, entered on 31 Jul (book row {B23}, transferred on 1 Aug)',
      ),
    ),
    L(
      'n31',
      '2025-07-31',
      '11:41',
      '560000.00',
      'NIP FRM PALMPAY/HALIMA YUSUF',
      'HALIMA YUSUF',
      'Palmpay',
      CODE.palmpay,
      auto(['B24'], 'counterparty', ['no-reference', 'mobile-money', 'owner-name-in-business-name']),
    ),
    emtl('n32', '2025-07-31', '11:41'),
    L(
      'n33',
      '2025-07-31',
      '23:50',
      '-5000.00',
      'Brass Pro plan - July 2025',
      '',
      '',
      null,
      bankOnly('charge', ['monthly-fee']),
      {
        reference: `SUB${r.digits(10)}`,
      },
    ),
  ];

  // Wave: one row per transaction line. `other` is the other account of the transaction.
  const inv = (id, date, amount, customer, invoice, extra = {}) => ({
    id,
    date,
    amount,
    type: 'Invoice Payment',
    customer,
    invoice,
    other: 'Accounts Receivable',
    ...extra,
  });
  const bill = (id, date, amount, vendor, billNo, extra = {}) => ({
    id,
    date,
    amount,
    type: 'Bill Payment',
    vendor,
    bill: billNo,
    other: 'Accounts Payable',
    ...extra,
  });
  const books = [
    inv('B01', '2025-07-01', '1480000.00', 'Lagos Polyfibre Industries Ltd', 'EBR-0141'),
    bill('B02', '2025-07-02', '-285000.00', 'Musa Abubakar (Agege hub)', 'WT-2291'),
    {
      id: 'B05',
      date: '2025-07-07',
      amount: '-2000000.00',
      type: 'Transfer to GTBank Current Account',
      other: 'GTBank Current Account',
    },
    inv('B06', '2025-07-08', '1125000.00', 'Sunrise Bottling Company Ltd', 'EBR-0142'),
    inv('B07', '2025-07-08', '1250000.00', 'Sunrise Bottling Company Ltd', 'EBR-0144'),
    bill('B12', '2025-07-09', '-415000.00', 'Musa Abubakar (Agege hub)', 'WT-2296'),
    bill('B12x', '2025-07-10', '-415000.00', 'Abubakar Sadiq Mohammed', 'WT-2299', {
      lo: 'paid on 10 Jul from the GTBank account and entered against the Brass account by mistake (a misposting; never on this statement)',
    }),
    {
      id: 'B08',
      date: '2025-07-10',
      amount: '-98500.00',
      type: 'Diesel for baler genset',
      vendor: 'Ardova Plc',
      other: 'Fuel & Generator',
      notes: 'Brass debit card',
    },
    {
      id: 'B09',
      date: '2025-07-11',
      amount: '733250.00',
      type: 'Flutterwave payout - online paver orders 4-10 Jul',
      customer: 'Flutterwave',
      other: 'Sales - Recycled Pavers',
    },
    bill('B10', '2025-07-14', '-185000.00', 'Chukwuemeka Okafor', 'WT-2305', {
      lo: 'the transfer was returned (account not valid) the same day and resent to his new account on 4 Aug; the payment stays in the books',
    }),
    {
      id: 'B11',
      date: '2025-07-15',
      amount: '950000.00',
      type: 'EPR collection incentive Q2 2025',
      customer: 'Food and Beverage Recycling Alliance',
      other: 'EPR Incentive Income',
      notes: 'Claim FBRA/CL/0417',
    },
    bill('B13a', '2025-07-16', '-210000.00', 'Adeyemi Funmilayo O.', 'WT-2314'),
    bill('B13b', '2025-07-16', '-210000.00', 'Adeyemi Funmilayo O.', 'WT-2315'),
    bill('B14', '2025-07-16', '-312400.00', 'Ikeja Chemicals and Allied Ltd', 'IC-5589'),
    inv('B15', '2025-07-17', '2460000.00', 'GreenLoop Exports Ltd', 'EBR-0146', {
      notes: 'per their payment email of 17 Jul',
    }),
    {
      id: 'B16',
      date: '2025-07-21',
      amount: '-450000.00',
      type: 'Warehouse rent - August 2025',
      vendor: 'Chief (Mrs) Bolanle Ogunleye',
      other: 'Rent Expense',
    },
    inv('B17', '2025-07-23', '1920000.00', 'Lagos Polyfibre Industries Ltd', 'EBR-0148'),
    {
      id: 'B18',
      date: '2025-07-24',
      amount: '-487300.00',
      type: 'PAYE June 2025',
      vendor: 'Lagos State Internal Revenue Service',
      other: 'PAYE Payable',
      notes: 'Payer ID N-4471902',
    },
    {
      id: 'B20',
      date: '2025-07-25',
      amount: '-4180000.00',
      type: 'Net salaries - July 2025',
      other: 'Salaries Payable',
    },
    {
      id: 'B22',
      date: '2025-07-29',
      amount: '-78000.00',
      type: 'Generator servicing & repairs',
      vendor: 'FA Engineering Works (Femi Adewale)',
      other: 'Repairs & Maintenance',
    },
    inv('B21', '2025-07-30', '1250000.00', 'Sunrise Bottling Company Ltd', 'EBR-0152', {
      notes: 'remittance advice 30 Jul',
      lo: 'entered on 30 Jul from the customer’s remittance advice; the transfer was credited on 1 Aug',
    }),
    bill('B23', '2025-07-31', '-210000.00', 'Adeyemi Funmilayo O.', 'WT-2326', {
      lo: 'entered on 31 Jul; the transfer was made on 1 Aug',
    }),
    inv('B24', '2025-07-31', '560000.00', 'Halima Yusuf Ventures', 'EBR-0150'),
  ];

  // invoices raised in July: lines of Accounts Receivable and Sales only (the export holds them; no bank line)
  const invoices = [
    {
      date: '2025-07-21',
      amount: '1920000.00',
      customer: 'Lagos Polyfibre Industries Ltd',
      invoice: 'EBR-0148',
      income: 'Sales - PET Flakes',
    },
    {
      date: '2025-07-24',
      amount: '560000.00',
      customer: 'Halima Yusuf Ventures',
      invoice: 'EBR-0150',
      income: 'Sales - Baled PET',
    },
    {
      date: '2025-07-25',
      amount: '1250000.00',
      customer: 'Sunrise Bottling Company Ltd',
      invoice: 'EBR-0152',
      income: 'Sales - PET Flakes',
    },
  ];

  return {
    set: 'ng-brass-wave',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    period: { from: '2025-07-01', to: '2025-07-31' },
    publicHolidays: [],
    bankName: 'Brass (Brass business account)',
    packageName:
      'Wave (Settings → Data Export → Export accounting transactions, CSV; every line of every transaction, July 2025)',
    business:
      'a PET-bottle recycler in Ikorodu, Lagos (buys bottles from collection hubs and collectors by weighing ticket, washes and flakes them; sells flakes and bales to a fibre maker, a bottler, an exporter and traders; online sales of recycled pavers through Flutterwave; an EPR collection incentive from the Food and Beverage Recycling Alliance; caustic soda, diesel, generator repairs, warehouse rent, PAYE to the Lagos State Internal Revenue Service, seven staff paid in one bulk transfer)',
    openingBank: '4812350.40',
    openingBook: '4812350.40',
    lines,
    books,
    bankFile: {
      file: BANK_FILE,
      bank: 'Brass',
      layout:
        'Brass app statement, CSV (UTF-8, LF): nine preamble rows (title, account name and number, currency, period, opening and closing balance, generation time) and a blank row above the header `Date, Description, Counterparty, Counterparty bank, Reference, Money in, Money out, Balance`; `DD/MM/YYYY HH:MM`; amounts unsigned with thousands separators; Reference is the NIP session id (30 digits) or a card, levy or subscription id; oldest first',
      order: 'oldest-first',
      ledgerAccount: BANK_ACCOUNT,
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          description: 'Description',
          party: 'Counterparty',
          reference: 'Reference',
          moneyIn: 'Money in',
          moneyOut: 'Money out',
          balance: 'Balance',
        },
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: 'Wave',
      layout:
        'Wave accounting-transactions export, CSV with a header row only: `Transaction ID, Transaction Date, Account Name, Transaction Description, Transaction Line Description, Amount (One column), Debit Amount (Two Column Approach), Credit Amount (Two Column Approach), Other Accounts for this Transaction, Customer, Vendor, Invoice Number, Bill Number, Notes / Memo, Amount Before Sales Tax, Sales Tax Amount, Sales Tax Name, Transaction Date Added, Transaction Date Last Modified, Account Group, Account Type, Account ID`; one row per line of every transaction (the bank account, receivables, payables, income and expense accounts), so the bank account is chosen by Account Name; ISO dates; Amount (One column) signed as a debit (money in to the bank account is positive)',
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Transaction Date',
          amount: 'Amount (One column)',
          account: 'Account Name',
          description: [
            'Transaction Description',
            'Transaction Line Description',
            'Vendor',
            'Bill Number',
            'Notes / Memo',
          ],
          reference: 'Invoice Number',
          party: 'Customer',
        },
      },
    },
    writeBank: (rows, { opening, closing }) => writeBrass(rows, opening, closing),
    writeLedger: (rows) => writeWave(rows, invoices, r),
    bankJson: (l) => ({
      narration: l.text,
      reference: l.reference || null,
      counterparty: l.cp ? { name: l.cp } : null,
    }),
    bookJson: (b) => ({
      reference: b.invoice ?? null,
      description: [b.type, b.vendor, b.bill, b.notes].filter(Boolean).join(' — '),
      party: b.customer ?? null,
      account: BANK_ACCOUNT,
    }),
    bankText: (l) => l.text,
    bookText: (b) => [b.type, b.vendor ?? b.customer, b.invoice ?? b.bill, b.notes].filter(Boolean).join(' — '),
    bookReference: (b) => b.invoice ?? b.bill ?? '',
    bookParty: (b) => b.customer ?? b.vendor ?? '',
  };
}

function writeBrass(rows, opening, closing) {
  const out = [
    ['Brass'],
    ['Business account statement'],
    ['Account name', 'ECOBALE RECYCLERS LIMITED'],
    ['Account number', '1023847716'],
    ['Currency', 'NGN'],
    ['Statement period', '01 Jul 2025 - 31 Jul 2025'],
    ['Opening balance', grouped(opening)],
    ['Closing balance', grouped(closing)],
    ['Generated', '01 Aug 2025 07:58'],
    [],
    ['Date', 'Description', 'Counterparty', 'Counterparty bank', 'Reference', 'Money in', 'Money out', 'Balance'],
  ];
  const headerRow = out.length;
  const rowOf = new Map();
  for (const l of rows) {
    out.push([
      `${dateText(l.date, 'DD/MM/YYYY')} ${l.time}`,
      l.text,
      l.cp,
      l.cpBank,
      l.reference,
      l.minor > 0 ? grouped(l.minor) : '',
      l.minor < 0 ? grouped(-l.minor) : '',
      grouped(l.balance),
    ]);
    rowOf.set(l.id, out.length);
  }
  return { content: out.map((c) => csvRecord(c)).join('\n') + '\n', headerRow, rowOf };
}

const ACCOUNT_META = {
  'Brass Current Account': ['Assets', 'Cash and Bank', '1010'],
  'GTBank Current Account': ['Assets', 'Cash and Bank', '1020'],
  'Accounts Receivable': ['Assets', 'Expected Payments from Customers', '1200'],
  'Accounts Payable': ['Liabilities & Credit Cards', 'Expected Payments to Vendors', '2000'],
  'PAYE Payable': ['Liabilities & Credit Cards', 'Due for Payroll', '2310'],
  'Salaries Payable': ['Liabilities & Credit Cards', 'Due for Payroll', '2300'],
  'Sales - PET Flakes': ['Income', 'Income', '4010'],
  'Sales - Baled PET': ['Income', 'Income', '4020'],
  'Sales - Recycled Pavers': ['Income', 'Income', '4030'],
  'EPR Incentive Income': ['Income', 'Other Income', '4900'],
  'Fuel & Generator': ['Expenses', 'Operating Expense', '6110'],
  'Rent Expense': ['Expenses', 'Operating Expense', '6200'],
  'Repairs & Maintenance': ['Expenses', 'Operating Expense', '6300'],
};

function writeWave(books, invoices, r) {
  const header = [
    'Transaction ID',
    'Transaction Date',
    'Account Name',
    'Transaction Description',
    'Transaction Line Description',
    'Amount (One column)',
    'Debit Amount (Two Column Approach)',
    'Credit Amount (Two Column Approach)',
    'Other Accounts for this Transaction',
    'Customer',
    'Vendor',
    'Invoice Number',
    'Bill Number',
    'Notes / Memo',
    'Amount Before Sales Tax',
    'Sales Tax Amount',
    'Sales Tax Name',
    'Transaction Date Added',
    'Transaction Date Last Modified',
    'Account Group',
    'Account Type',
    'Account ID',
  ];
  const txns = [];
  for (const b of books) txns.push({ date: b.date, book: b });
  for (const i of invoices) txns.push({ date: i.date, invoice: i });
  txns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = [header];
  const rowOf = new Map();
  const stamp = (date) =>
    `${date} ${String(r.int(8, 18)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const line = (id, date, account, desc, lineDesc, minor, other, t, added) => {
    const [group, type, code] = ACCOUNT_META[account];
    return [
      id,
      date,
      account,
      desc,
      lineDesc,
      major(minor),
      minor > 0 ? major(minor) : '',
      minor < 0 ? major(-minor) : '',
      other,
      t.customer ?? '',
      t.vendor ?? '',
      t.invoice ?? '',
      t.bill ?? '',
      t.notes ?? '',
      '',
      '',
      '',
      added,
      added,
      group,
      type,
      code,
    ];
  };
  for (const t of txns) {
    const id = `1${r.digits(18)}`;
    const added = stamp(t.date);
    if (t.book) {
      const b = t.book;
      const bankRow = line(id, b.date, 'Brass Current Account', b.type, '', b.minor, b.other, b, added);
      const otherRow = line(id, b.date, b.other, b.type, '', -b.minor, 'Brass Current Account', b, added);
      // the debit line first, as the export writes a transaction
      const pair = b.minor > 0 ? [bankRow, otherRow] : [otherRow, bankRow];
      for (const row of pair) {
        out.push(row);
        if (row === bankRow) rowOf.set(b.id, out.length);
      }
    } else {
      const i = t.invoice;
      const minor = Math.round(Number(i.amount) * 100);
      out.push(line(id, i.date, 'Accounts Receivable', 'Invoice', '', minor, i.income, i, added));
      out.push(line(id, i.date, i.income, 'Invoice', '', -minor, 'Accounts Receivable', i, added));
    }
  }
  return { content: out.map((c) => csvRecord(c)).join('\n') + '\n', headerRow: 1, rowOf };
}
