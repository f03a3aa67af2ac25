// KE — a catering and events company in Kilifi, November 2025: an Imarika DT Sacco FOSA statement (CSV) against
// Manager.io's list of the bank account's receipts and payments, copied out as tab-separated text.
import { auto, bankOnly, none, reversal, suggest } from './dsl62.mjs';
import { csvRecord, dateText, grouped } from './lib62.mjs';

const BANK_FILE = 'imarika-fosa-0101041187-nov2025.csv';
const BOOK_FILE = 'manager-imarika-fosa-nov2025.tsv';
const BANK_ACCOUNT = 'Imarika Sacco FOSA';

export function build(r) {
  const mpesa = () =>
    `T${'K'}${r.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L'])}${r.digits(1)}${Array.from({ length: 6 }, () => r.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('')}`;
  const ft = () =>
    `FT25${r.digits(3)}${Array.from({ length: 5 }, () => r.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('')}`;
  const L = (id, date, amount, text, ref, d) => ({ id, date, amount, text, reference: ref, d });
  const lines = [
    L(
      'k01',
      '2025-11-03',
      '120000.00',
      'EFT IN PWANI UNIVERSITY INV-0231 GRADUATION LUNCH',
      ft(),
      auto(['M01'], 'reference', ['ref-canonical']),
    ),
    L(
      'k02',
      '2025-11-03',
      '75000.00',
      'MPESA DEP 254711***222 KAZUNGU BAYA',
      mpesa(),
      suggest(['M02'], 'counterparty', ['decoy', 'relative-pays', 'two-clients-of-one-surname', 'same-amount'], {
        mustNotAuto: true,
      }),
    ),
    L(
      'k03',
      '2025-11-04',
      '-23400.00',
      'PESALINK OUT MARIAKANI MEAT SUPPLIERS INV MMS8790',
      ft(),
      auto(['M04'], 'reference', ['ref-no-separator']),
    ),
    L('k04', '2025-11-04', '-75.00', 'PESALINK CHARGES', ft(), bankOnly('charge', ['pesalink-fee'])),
    L('k05', '2025-11-04', '-15.00', 'EXCISE DUTY ON PESALINK CHARGES', ft(), bankOnly('tax', ['excise-duty'])),
    L(
      'k06',
      '2025-11-05',
      '60000.00',
      'CHQ DEP 000871 KOMBO & SONS HARDWARE',
      '000871',
      reversal('k08', ['cheque-deposit', 'book-row-of-the-returned-cheque']),
    ),
    L(
      'k07',
      '2025-11-06',
      '-9600.00',
      'MPESA B2C 254712***380 ZAWADI KAHINDI',
      mpesa(),
      auto(['M06'], 'counterparty', ['name-reordered', 'mobile-money']),
    ),
    L(
      'k08',
      '2025-11-07',
      '-60000.00',
      'UNPAID CHQ 000871 REFER TO DRAWER',
      '000871',
      reversal('k06', ['cheque-returned-unpaid']),
    ),
    L(
      'k09',
      '2025-11-07',
      '38500.00',
      'EFT IN PWANI UNIVERSITY INV0236 SENATE LUNCH',
      ft(),
      auto(['M07'], 'reference', ['ref-no-separator']),
    ),
    L(
      'k10',
      '2025-11-10',
      '-46800.00',
      'EFT OUT MALINDI TENTS & DECOR INV 5512',
      ft(),
      auto(['M09'], 'reference', ['ref-spaces']),
    ),
    L(
      'k11',
      '2025-11-11',
      '-4500.00',
      'MPESA B2C 254733***510 JUMA KATANA',
      mpesa(),
      auto(null, 'counterparty', ['twins', 'name-reordered'], { anyOf: [['Mtw1'], ['Mtw2']] }),
    ),
    L(
      'k12',
      '2025-11-11',
      '-4500.00',
      'MPESA B2C 254733***510 JUMA KATANA',
      mpesa(),
      auto(null, 'counterparty', ['twins', 'name-reordered'], { anyOf: [['Mtw1'], ['Mtw2']] }),
    ),
    L(
      'k13',
      '2025-11-12',
      '182793.10',
      'EFT IN COUNTY GOVT OF KILIFI IFMIS PV 0045112',
      ft(),
      suggest(['M10'], 'counterparty', ['short-withholding-vat-2pct', 'government-payer']),
    ),
    L(
      'k14',
      '2025-11-12',
      '28000.00',
      'MPESA DEP 254722***614 MWANAISHA RASHID INV 233',
      mpesa(),
      auto(['M11'], 'reference', ['split-many-to-one', 'ref-serial-only'], { group: 'g1' }),
    ),
    L(
      'k15',
      '2025-11-13',
      '28000.00',
      'MPESA DEP 254722***614 MWANAISHA RASHID BAL INV233',
      mpesa(),
      auto(['M11'], 'reference', ['split-many-to-one', 'ref-serial-only'], { group: 'g1' }),
    ),
    L(
      'k16',
      '2025-11-14',
      '-14200.00',
      'MPESA PAYBILL 884350 K-GAS KILIFI DEPOT',
      mpesa(),
      auto(['M13'], 'counterparty', ['paybill']),
    ),
    L(
      'k17',
      '2025-11-17',
      '96466.50',
      'MPESA TILL 5123344 SETTLEMENT 14-16 NOV',
      ft(),
      suggest(['M14a', 'M14b', 'M14c'], 'amount', [
        'mobile-money-settlement',
        'short-net-of-fee',
        'combination-of-open-rows',
        'weekend-sales',
      ]),
    ),
    L(
      'k18',
      '2025-11-18',
      '-23400.00',
      'EFT OUT MARIAKANI MEAT SUPPLIERS INV MMS8812',
      ft(),
      auto(['M15'], 'reference', ['ref-no-separator', 'same-payee-same-amount-other-invoice']),
    ),
    L(
      'k19',
      '2025-11-19',
      '-2400.00',
      'KPLC PREPAID TOKEN MTR 54170022881',
      ft(),
      auto(['M16'], 'reference', ['meter-number', 'name-abbreviated']),
    ),
    L(
      'k20',
      '2025-11-20',
      '-41580.00',
      'KRA PAYE OCT 2025 PRN 2025110433871',
      ft(),
      auto(['M17'], 'reference', ['statutory', 'prn']),
    ),
    L(
      'k21',
      '2025-11-20',
      '-13750.00',
      'SHA SHIF CONTRIBUTIONS OCT25 EMPLOYER 88201736',
      ft(),
      auto(['M19'], 'reference', ['statutory', 'employer-number']),
    ),
    L(
      'k22',
      '2025-11-21',
      '-52000.00',
      'MPESA BULK B2C 13 RECIPIENTS BLK77312',
      ft(),
      suggest(['M21a', 'M21b'], 'amount', ['payroll', 'casual-staff', 'split-one-to-many', 'bulk-mobile-money']),
    ),
    L(
      'k23',
      '2025-11-24',
      '-38000.00',
      'EFT OUT SAIDI JUMA MWAMBUI NOV SALARY',
      ft(),
      auto(['Msal1'], 'counterparty', ['payroll', 'name-longer']),
    ),
    L(
      'k24',
      '2025-11-24',
      '-31500.00',
      'EFT OUT REHEMA NDORO CHIDZUGA NOV SALARY',
      ft(),
      auto(['Msal2'], 'counterparty', ['payroll', 'name-longer']),
    ),
    L(
      'k25',
      '2025-11-25',
      '18450.00',
      'DIVIDEND & INTEREST ON DEPOSITS 2024 M041187',
      ft(),
      none(
        ['decoy', 'same-amount-only', 'sacco-dividend'],
        'the Sacco’s dividend on shares and interest on deposits for 2024, paid to the FOSA account; not yet in the books',
        'a client’s deposit of the same amount entered the next day from a promise to pay: Kilifi Women Chama, INV-0241 (book row {M23}, not received in November)',
      ),
    ),
    L(
      'k26',
      '2025-11-26',
      '-10000.00',
      'TRF TO BOSA DEPOSITS M041187 NOV',
      ft(),
      auto(['M22'], 'counterparty', ['own-account-transfer']),
    ),
    L(
      'k27',
      '2025-11-27',
      '41250.00',
      'EFT IN COUNTY GOVT OF KILIFI PV 0238 YOUTH FORUM LUNCH',
      ft(),
      none(
        ['decoy', 'reference-collision', 'same-amount-other-payer'],
        'the County Government of Kilifi paying for the youth forum lunch of 21 Nov (invoice INV-0242, payment voucher 0238); the receipt is not yet in the books',
        'the receipt of invoice INV-0238 for the same amount from another client, Takaungu Bay Resort, entered on 27 Nov from its remittance advice (book row {M08}, not credited in November); the county’s voucher number is 0238',
      ),
    ),
    L('k28', '2025-11-28', '-850.00', 'LEDGER FEE NOV 2025', ft(), bankOnly('charge', ['ledger-fee'])),
    L('k29', '2025-11-28', '-170.00', 'EXCISE DUTY 20% LEDGER FEE', ft(), bankOnly('tax', ['excise-duty'])),
  ];

  let rc = 118;
  let pv = 412;
  const R = (id, date, amount, contact, description, account, extra = {}) => ({
    id,
    date,
    amount,
    contact,
    description,
    account,
    ref: `RCT-${rc++}`,
    ...extra,
  });
  const Pm = (id, date, amount, contact, description, account, extra = {}) => ({
    id,
    date,
    amount,
    contact,
    description,
    account,
    ref: `PV-${pv++}`,
    ...extra,
  });
  const books = [
    R('M01', '2025-11-03', '120000.00', 'Pwani University', 'INV-0231 graduation lunch 29 Oct', 'Accounts receivable'),
    R('M02', '2025-11-03', '75000.00', 'Charo Baya', 'Wedding balance INV-0235 (8 Nov)', 'Accounts receivable'),
    R('M03', '2025-11-04', '75000.00', 'Katana Baya', 'Send-off deposit INV-0237', 'Accounts receivable', {
      lo: 'entered on 4 Nov when the client said she had paid by M-PESA; her payment went to the Sacco’s old paybill account and was not credited in November',
    }),
    Pm('M04', '2025-11-04', '-23400.00', 'Mariakani Meat Suppliers', 'Beef & goat - INV MMS-8790', 'Accounts payable'),
    R(
      'M05',
      '2025-11-05',
      '60000.00',
      'Kombo & Sons Hardware',
      'INV-0232 staff end-year lunch - chq 000871',
      'Accounts receivable',
      {
        lo: 'cheque 000871 came back unpaid on 7 Nov; the receipt was not reversed in the books',
      },
    ),
    Pm(
      'M06',
      '2025-11-06',
      '-9600.00',
      'Kahindi Zawadi (Mama Zawadi Mboga)',
      'Vegetables & fruit w/e 7 Nov',
      'Cost of sales - food',
    ),
    R('M07', '2025-11-07', '38500.00', 'Pwani University', 'INV-0236 Senate lunch 6 Nov', 'Accounts receivable'),
    Pm('M09', '2025-11-10', '-46800.00', 'Malindi Tents & Décor', 'Tents & chairs hire - inv 5512', 'Accounts payable'),
    Pm('Mtw1', '2025-11-11', '-4500.00', 'Katana Juma', 'Charcoal 10 bags', 'Cost of sales - fuel'),
    Pm('Mtw2', '2025-11-11', '-4500.00', 'Katana Juma', 'Charcoal 10 bags', 'Cost of sales - fuel'),
    R(
      'M10',
      '2025-11-12',
      '186000.00',
      'County Government of Kilifi',
      'INV-0227 Mashujaa Day catering 20 Oct',
      'Accounts receivable',
    ),
    R('M11', '2025-11-13', '56000.00', 'Mwanaisha Rashid', 'Wedding INV-0233 paid in full', 'Accounts receivable'),
    Pm('M13', '2025-11-14', '-14200.00', 'K-Gas Kilifi Depot', 'LPG 4 x 50kg refills', 'Cost of sales - fuel'),
    R('M14a', '2025-11-14', '31200.00', '', 'Lipa na M-PESA sales - Sports Day stand (Fri)', 'Sales - events'),
    R('M14b', '2025-11-15', '38700.00', '', 'Lipa na M-PESA sales - Sports Day stand (Sat)', 'Sales - events'),
    R('M14c', '2025-11-16', '27100.00', '', 'Lipa na M-PESA sales - Sports Day stand (Sun)', 'Sales - events'),
    Pm('M15', '2025-11-18', '-23400.00', 'Mariakani Meat Suppliers', 'Beef & goat - INV MMS-8812', 'Accounts payable'),
    Pm('M16', '2025-11-19', '-2400.00', 'Kenya Power', 'Electricity tokens - meter 54170022881', 'Utilities'),
    Pm(
      'M17',
      '2025-11-20',
      '-41580.00',
      'Kenya Revenue Authority',
      'PAYE October 2025 - PRN 2025110433871',
      'PAYE payable',
    ),
    Pm(
      'M19',
      '2025-11-20',
      '-13750.00',
      'Social Health Authority',
      'SHIF October 2025 (employer no. 88201736)',
      'SHIF payable',
    ),
    Pm('M21a', '2025-11-21', '-24000.00', '', 'Casual waiters - Takaungu wedding 15 Nov (6)', 'Casual wages'),
    Pm('M21b', '2025-11-21', '-28000.00', '', 'Casual waiters - Sports Day 14-16 Nov (7)', 'Casual wages'),
    Pm('Msal1', '2025-11-24', '-38000.00', 'Saidi Mwambui', 'Salary November 2025 - head chef', 'Salaries payable'),
    Pm(
      'Msal2',
      '2025-11-24',
      '-31500.00',
      'Rehema Chidzuga',
      'Salary November 2025 - events coordinator',
      'Salaries payable',
    ),
    Pm(
      'M22',
      '2025-11-26',
      '-10000.00',
      '',
      'Monthly deposit to Imarika BOSA (member deposits)',
      'Imarika BOSA deposits',
    ),
    R(
      'M23',
      '2025-11-26',
      '18450.00',
      'Kilifi Women Chama',
      'INV-0241 end-year party - deposit',
      'Accounts receivable',
      {
        lo: 'entered on 26 Nov from the chama’s promise to pay; not received in November',
      },
    ),
    R('M08', '2025-11-27', '41250.00', 'Takaungu Bay Resort', 'INV-0238 staff party 22 Nov', 'Accounts receivable', {
      lo: 'entered on 27 Nov from the resort’s remittance advice; the transfer was credited on 2 Dec',
    }),
  ];

  return {
    set: 'ke-imarika-manager',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    period: { from: '2025-11-01', to: '2025-11-30' },
    publicHolidays: [],
    bankName: 'Imarika DT Sacco Society Ltd (FOSA)',
    packageName:
      'Manager.io (Bank and Cash Accounts → Imarika Sacco FOSA, November 2025, the list copied to the clipboard as tab-separated text)',
    business:
      'a catering and events company in Kilifi (weddings, send-offs and parties paid by M-PESA to the Sacco account, a university and the county government by EFT, a hardware store by cheque, a resort and a women’s group; a sports-day food stand paid through a Lipa na M-PESA till; meat, vegetables, charcoal, LPG, tent hire; casual waiters paid by bulk M-PESA, two salaried staff by EFT, PAYE and SHIF, a monthly deposit to the Sacco’s BOSA)',
    openingBank: '214375.40',
    openingBook: '214375.40',
    notes: [
      'Manager.io lists a bank account newest first; the Reference is the receipt or payment number the bookkeeper gave it (RCT-…, PV-…), the invoice numbers are in the Description.',
    ],
    lines,
    books,
    bankFile: {
      file: BANK_FILE,
      bank: 'Imarika DT Sacco Society Ltd',
      layout:
        'Sacco FOSA statement, CSV (Windows line ends): nine preamble rows (society, address, title, member and account number, account name, product, period, print date) and a blank row above the header `Txn Date, Value Date, Particulars, Ref No, Debit, Credit, Balance`; `DD-MMM-YYYY`; a BALANCE B/F row first and a TOTALS row last; money with thousands separators, empty when none; oldest first',
      order: 'oldest-first',
      ledgerAccount: BANK_ACCOUNT,
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Txn Date',
          valueDate: 'Value Date',
          description: 'Particulars',
          reference: 'Ref No',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: 'Manager.io',
      layout:
        'Manager.io bank-account list copied out as tab-separated text: the header `Date, Reference, Contact, Description, Account, Amount, Balance`; `DD/MM/YYYY`; Amount signed (payments negative) with thousands separators; Account is the account the receipt or payment was allocated to; newest first, the Balance after each row',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          party: 'Contact',
          description: 'Description',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
    },
    writeBank: (rows, { opening, closing }) => writeImarika(rows, opening, closing),
    writeLedger: (rows) => writeManager(rows),
    bankJson: (l) => ({ narration: l.text, reference: l.reference || null }),
    bookJson: (b) => ({
      reference: b.ref,
      description: b.description,
      party: b.contact || null,
      account: BANK_ACCOUNT,
    }),
    bankText: (l) => l.text,
    bookText: (b) => [b.description, b.contact].filter(Boolean).join(' — '),
    bookReference: (b) => b.ref,
    bookParty: (b) => b.contact,
  };
}

function writeImarika(rows, opening, closing) {
  const out = [
    ['IMARIKA DT SACCO SOCIETY LTD'],
    ['P.O. BOX 712 - 80108 KILIFI'],
    ['FOSA ACCOUNT STATEMENT'],
    ['Member No:', 'M041187'],
    ['Account No:', '0101041187'],
    ['Account Name:', 'PWANI FEASTS CATERING & EVENTS LTD'],
    ['Product:', 'BUSINESS CURRENT ACCOUNT'],
    ['Period:', `${dateText('2025-11-01', 'DD-MMM-YYYY')} to ${dateText('2025-11-30', 'DD-MMM-YYYY')}`],
    ['Printed:', '01-Dec-2025 09:12'],
    [],
    ['Txn Date', 'Value Date', 'Particulars', 'Ref No', 'Debit', 'Credit', 'Balance'],
    ['', '', 'BALANCE B/F', '', '', '', grouped(opening)],
  ];
  const headerRow = 11;
  const rowOf = new Map();
  let dr = 0;
  let cr = 0;
  for (const l of rows) {
    const d = dateText(l.date, 'DD-MMM-YYYY');
    out.push([
      d,
      d,
      l.text,
      l.reference,
      l.minor < 0 ? grouped(-l.minor) : '',
      l.minor > 0 ? grouped(l.minor) : '',
      grouped(l.balance),
    ]);
    rowOf.set(l.id, out.length);
    if (l.minor < 0) dr -= l.minor;
    else cr += l.minor;
  }
  out.push(['', '', 'TOTALS', '', grouped(dr), grouped(cr), grouped(closing)]);
  return { content: out.map((c) => csvRecord(c)).join('\r\n') + '\r\n', headerRow, rowOf };
}

function writeManager(books) {
  const out = [['Date', 'Reference', 'Contact', 'Description', 'Account', 'Amount', 'Balance']];
  const rowOf = new Map();
  for (const b of [...books].reverse()) {
    out.push([
      dateText(b.date, 'DD/MM/YYYY'),
      b.ref,
      b.contact,
      b.description,
      b.account,
      grouped(b.minor, { signed: true }),
      grouped(b.balance, { signed: true }),
    ]);
    rowOf.set(b.id, out.length);
  }
  return { content: out.map((c) => c.join('\t')).join('\n') + '\n', headerRow: 1, rowOf };
}
