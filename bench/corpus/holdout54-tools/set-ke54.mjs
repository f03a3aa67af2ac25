// KE: a hair and beauty salon in Parklands, Nairobi, April 2035 — Century Microfinance Bank statement (CSV, newest
// first) against myBillBook's bank account statement (XLSX; the owners run their Mumbai salon on it too).
import { dMonY, digits, grouped, major, minor, writeCsv, writeXlsx } from './lib54.mjs';

const BANK = 'centurymfb-0917-apr2035.csv';
const BOOK = 'mybillbook-bank-statement-apr2035.xlsx';

export default {
  set: 'ke-centurymfb-mybillbook',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2035-04-01', to: '2035-04-30' },
  holidays: [],
  bank: 'Century Microfinance Bank Ltd',
  package: 'myBillBook (Cash & Bank → Century MFB Current A/c → Download Statement, Excel)',
  business:
    'a hair and beauty salon and spa in Parklands, Nairobi (walk-in clients paying by M-PESA till and card, bridal packages, corporate grooming contracts with a hotel group and an airline, salon products, freelance stylists, towel laundry)',
  bankFile: BANK,
  bookFile: BOOK,
  ledgerAccount: 'Century MFB Current A/c',
  openingBalance: 42715050,
  order: 'newest-first',
  bankLayout:
    'CSV, newest first; title rows (bank, account name, masked number, currency, period), header `Tran Date, Particulars, Cheque/Ref No, Withdrawals, Deposits, Balance`, dates dd-Mon-yyyy, amounts with thousands commas',
  bookLayout:
    'XLSX, one sheet `Bank Statement`; three title rows, header `Date, Transaction Type, Txn No., Party Name, Description, Money In, Money Out, Balance`, real date cells (dd-mm-yyyy), an `Opening Balance` row without a date',
  bankReadOptions: {
    currency: 'KES',
    dateOrder: 'DMY',
    mapping: {
      date: 'Tran Date',
      description: 'Particulars',
      reference: 'Cheque/Ref No',
      moneyOut: 'Withdrawals',
      moneyIn: 'Deposits',
      balance: 'Balance',
    },
  },
  bookReadOptions: {
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      reference: 'Txn No.',
      party: 'Party Name',
      description: ['Description'],
      moneyIn: 'Money In',
      moneyOut: 'Money Out',
    },
  },
  notes: [
    'Standing order KES 50, EFT KES 100, PesaLink KES 55, bulk EFT KES 30 an item, ledger fee KES 500, card (PDQ) merchant commission 2.5 % taken once for the month; excise duty 20 % on each fee as its own line. M-PESA till sweeps are net of Lipa na M-PESA charges (0.55 %).',
    'The Beauty Wholesale PesaLink failed (account name mismatch) and came back the same day; it was sent again the next day. The books hold it once.',
    'myBillBook exports the bank account only, with no account column: the whole file is the account.',
  ],
  build(M, rnd) {
    const ft = () => `FT${digits(rnd, 10)}`;
    const fee = (d, a, t, tag) => {
      M.bankOnly({ d, a, t, r: ft() }, 'charge', [tag]);
      M.bankOnly({ d, a: major(minor(a) / 5), t: `EXCISE DUTY ON ${t}`, r: ft() }, 'tax', ['excise-duty']);
    };
    M.match(
      'auto',
      { d: '2035-04-02', a: '-180000.00', t: 'STO/SHAH PARKLANDS PROPERTIES/APR RENT', r: ft() },
      {
        d: '2035-04-02',
        a: '-180000.00',
        ref: 'EXP-0412',
        party: 'Shah Parklands Properties Ltd',
        desc: 'Salon rent April 2035',
        type: 'Expense',
      },
      { evidence: 'counterparty', traits: ['standing-order', 'name-only'] },
    );
    fee('2035-04-02', '-50.00', 'STO CHARGE', 'standing-order-charge');
    M.match(
      'suggest',
      { d: '2035-04-04', a: '48412.26', t: 'MPESA TILL SWEEP 5123456 03/04', r: ft() },
      {
        d: '2035-04-03',
        a: '48680.00',
        ref: 'PAYIN-0403',
        party: 'M-PESA till customers',
        desc: 'Till takings 3 Apr',
        type: 'Payment In',
      },
      { evidence: 'amount', traits: ['mpesa-till', 'short-net-of-fee', 'settled-next-day'] },
    );
    M.match(
      'auto',
      { d: '2035-04-04', a: '-96750.00', t: 'EFT DR/L OREAL EAST AFRICA/PO 3321', r: ft() },
      {
        d: '2035-04-04',
        a: '-96750.00',
        ref: 'PO-3321',
        party: "L'Oréal East Africa Ltd",
        desc: 'Colour, developer, Kérastase retail stock',
        type: 'Payment Out',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'name-written-differently'] },
    );
    fee('2035-04-04', '-100.00', 'EFT CHARGE', 'eft-charge');
    M.match(
      'auto',
      { d: '2035-04-05', a: '65000.00', t: 'PESALINK CR/WANJIRU KAMAU/BRIDAL PKG BB0412', r: ft(), anyDay: true },
      {
        d: '2035-04-05',
        a: '65000.00',
        ref: 'BB-0412',
        party: 'Wanjiru Kamau',
        desc: 'Bridal package – wedding 12 Apr',
        type: 'Payment In',
      },
      { evidence: 'reference', traits: ['ref-year-serial-joined'] },
    );
    M.match(
      'auto',
      { d: '2035-04-09', a: '-38410.00', t: 'KRA/PRN 2035040812345/PAYE MAR 2035', r: ft() },
      {
        d: '2035-04-09',
        a: '-38410.00',
        ref: 'PRN 2035 0408 12345',
        party: 'Kenya Revenue Authority',
        desc: 'PAYE March 2035',
        type: 'Expense',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'kra-prn'] },
    );
    M.match(
      'suggest',
      { d: '2035-04-09', a: '-4320.00', t: 'NSSF/EMPLOYER NO 0123456X/MAR', r: ft() },
      {
        d: '2035-04-09',
        a: '-4320.00',
        ref: 'EXP-0420',
        party: 'National Social Security Fund',
        desc: 'NSSF March – tier I and II',
        type: 'Expense',
      },
      { evidence: 'counterparty', traits: ['acronym'] },
    );
    M.match(
      'suggest',
      { d: '2035-04-09', a: '-6875.00', t: 'SOCIAL HEALTH AUTHORITY/SHIF MAR 2035', r: ft() },
      { d: '2035-04-09', a: '-6875.00', ref: 'EXP-0421', party: 'SHA', desc: 'SHIF deductions March', type: 'Expense' },
      { evidence: 'counterparty', traits: ['acronym'] },
    );
    M.reversal(
      { d: '2035-04-10', a: '-23400.00', t: 'PESALINK DR/BEAUTY WHOLESALE KE/INV 7719', r: ft(), anyDay: true },
      {
        d: '2035-04-10',
        a: '23400.00',
        t: 'PESALINK REV/BEAUTY WHOLESALE KE/INV 7719/NAME MISMATCH',
        r: ft(),
        anyDay: true,
      },
      ['failed-transfer', 'same-day-reversal'],
    );
    M.match(
      'auto',
      { d: '2035-04-11', a: '-23400.00', t: 'PESALINK DR/BEAUTYWHOLESALE KENYA LTD/7719', r: ft(), anyDay: true },
      {
        d: '2035-04-10',
        a: '-23400.00',
        ref: 'BW-7719',
        party: 'Beauty Wholesale Kenya Ltd',
        desc: 'Towels, capes, disposable gloves',
        type: 'Payment Out',
      },
      { evidence: 'reference', traits: ['resent-after-reversal', 'words-run-together', 'ref-serial-only'] },
    );
    fee('2035-04-11', '-55.00', 'PESALINK CHARGE', 'pesalink-charge');
    M.match(
      'auto',
      { d: '2035-04-11', a: '52309.45', t: 'MPESA TILL SWEEP 5123456 10/04', r: ft() },
      {
        d: '2035-04-11',
        a: '52309.45',
        ref: 'PAYIN-0410',
        party: 'M-PESA till customers',
        desc: 'M-PESA till 5123456 sweep of 10 Apr (net)',
        type: 'Payment In',
      },
      { evidence: 'reference', traits: ['mpesa-till', 'settled-next-day'] },
    );
    M.match(
      'suggest',
      { d: '2035-04-12', a: '14500.00', t: 'PESALINK CR/PRIYAPATEL', r: ft(), anyDay: true },
      {
        d: '2035-04-12',
        a: '14500.00',
        ref: 'PAYIN-0415',
        party: 'Priya Patel',
        desc: 'Balayage and treatment',
        type: 'Payment In',
      },
      { evidence: 'counterparty', traits: ['name-only', 'words-run-together'] },
    );
    M.match(
      'auto',
      { d: '2035-04-13', a: '-27500.00', t: 'CHQ 000318 CLEARED', r: '000318' },
      {
        d: '2035-04-08',
        a: '-27500.00',
        ref: 'CHQ 318',
        party: 'Nairobi City County',
        desc: 'Single business permit 2035 – cheque 318',
        type: 'Expense',
      },
      { evidence: 'reference', traits: ['cheque-number', 'ref-no-padding'] },
    );
    M.match(
      'suggest',
      [
        { d: '2035-04-16', a: '18525.00', t: 'PDQ SETTLEMENT TID 40021877', r: ft() },
        { d: '2035-04-16', a: '9750.00', t: 'PDQ SETTLEMENT TID 40021878', r: ft() },
      ],
      {
        d: '2035-04-15',
        a: '28275.00',
        ref: 'PAYIN-0420',
        party: 'Card customers',
        desc: 'Card takings 15 Apr (both terminals)',
        type: 'Payment In',
      },
      { evidence: 'amount', traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'] },
    );
    M.match(
      'auto',
      { d: '2035-04-17', a: '138600.00', t: 'RTGS CR/SAROVA HOTELS LTD/INV 2035-039 2035-041', r: ft() },
      [
        {
          d: '2035-04-17',
          a: '84000.00',
          ref: 'INV 2035-039',
          party: 'Sarova Hotels & Resorts',
          desc: 'Guest spa vouchers March',
          type: 'Payment In',
        },
        {
          d: '2035-04-17',
          a: '54600.00',
          ref: 'INV 2035-041',
          party: 'Sarova Hotels & Resorts',
          desc: 'Staff grooming day – Sarova Stanley',
          type: 'Payment In',
        },
      ],
      { evidence: 'reference', traits: ['split-one-to-many', 'ref-canonical'] },
    );
    M.match(
      'suggest',
      { d: '2035-04-18', a: '20000.00', t: 'PESALINK CR/ABDI HALIMA H/BRIDAL DEP', r: ft(), anyDay: true },
      {
        d: '2035-04-18',
        a: '60000.00',
        ref: 'BB-0418',
        party: 'Halima Hassan Abdi',
        desc: 'Bridal package – wedding 3 May',
        type: 'Payment In',
      },
      { evidence: 'counterparty', traits: ['part-payment', 'name-order-swapped', 'initials'] },
    );
    M.match(
      'auto',
      { d: '2035-04-19', a: '45500.00', t: 'EFT CR/KENYA AIRWAYS PLC/CABIN CREW GROOMING INV 2035-044', r: ft() },
      {
        d: '2035-04-19',
        a: '45000.00',
        ref: 'INV 2035-044',
        party: 'Kenya Airways PLC',
        desc: 'Cabin crew grooming sessions',
        type: 'Payment In',
      },
      { evidence: 'reference', traits: ['ref-canonical', 'over-payment'] },
    );
    M.match(
      'auto',
      { d: '2035-04-19', a: '-8000.00', t: 'KPLC PREPAID/MTR 37182234561', r: ft(), anyDay: true },
      {
        d: '2035-04-19',
        a: '-8000.00',
        ref: 'EXP-0431',
        party: 'Kenya Power',
        desc: 'Token – meter 3718 2234 561',
        type: 'Expense',
      },
      { evidence: 'reference', traits: ['ref-spaces'] },
    );
    M.anyOf(
      'auto',
      [
        { d: '2035-04-20', a: '-2500.00', t: 'MPESA B2C/JOSEPH OTIENO/TOWELS LAUNDRY', r: ft() },
        { d: '2035-04-20', a: '-2500.00', t: 'MPESA B2C/JOSEPH OTIENO/TOWELS LAUNDRY', r: ft() },
      ],
      [
        {
          d: '2035-04-20',
          a: '-2500.00',
          ref: 'EXP-0433',
          party: 'Joseph Otieno',
          desc: 'Towel laundry – week 15',
          type: 'Expense',
        },
        {
          d: '2035-04-20',
          a: '-2500.00',
          ref: 'EXP-0434',
          party: 'Joseph Otieno',
          desc: 'Towel laundry – week 16',
          type: 'Expense',
        },
      ],
      { evidence: 'counterparty', traits: ['twins'] },
    );
    M.none({ d: '2035-04-21', a: '-4260.00', t: 'VISA POS/CARREFOUR SARIT CENTRE', r: ft(), anyDay: true }, [
      'unrecorded-card-purchase',
    ]);
    M.none({ d: '2035-04-23', a: '15000.00', t: 'CASH DEPOSIT WESTLANDS BR', r: ft() }, ['unknown-receipt']);
    M.anyOf(
      'suggest',
      [{ d: '2035-04-24', a: '-15000.00', t: 'PESALINK DR/FATUMA ALI/FREELANCE STYLIST', r: ft(), anyDay: true }],
      [
        {
          d: '2035-04-11',
          a: '-15000.00',
          ref: 'PAYOUT-14',
          party: 'Fatuma Ali',
          desc: 'Freelance stylist – week 14',
          type: 'Payment Out',
        },
        {
          d: '2035-04-18',
          a: '-15000.00',
          ref: 'PAYOUT-15',
          party: 'Fatuma Ali',
          desc: 'Freelance stylist – week 15',
          type: 'Payment Out',
        },
      ],
      { evidence: 'counterparty', mustNotAuto: true, traits: ['tie'] },
    );
    M.none({ d: '2035-04-25', a: '8400.00', t: 'MPESA B2B/ZAWADI SALON SUPPLIES', r: ft() }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2035-04-25',
        a: '8400.00',
        ref: 'PAYIN-0431',
        party: 'Zawadi Njeri',
        desc: 'Braids and treatment – client to pay by M-PESA',
        type: 'Payment In',
      },
      'a client’s promised M-PESA payment, not received by 30 April (the bank’s Zawadi Salon Supplies is another payer)',
    );
    M.none({ d: '2035-04-26', a: '-18900.00', t: 'PESALINK DR/GLAMOUR NAILS SUPPLY', r: ft(), anyDay: true }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2035-04-24',
        a: '-18900.00',
        ref: 'CHQ 320',
        party: 'Glam-Nail Imports Ltd',
        desc: 'Gel polish stock – cheque 320',
        type: 'Payment Out',
      },
      'cheque not presented by 30 April (the bank’s PesaLink to Glamour Nails Supply is another payment)',
    );
    M.ledgerOnlyRow(
      {
        d: '2035-04-28',
        a: '-12000.00',
        ref: 'CHQ 321',
        party: 'Parklands Plumbing Works',
        desc: 'Basin and shampoo-station plumbing – cheque 321',
        type: 'Expense',
      },
      'cheque not presented by 30 April',
    );
    M.match(
      'suggest',
      { d: '2035-04-27', a: '-312600.00', t: 'EFT BULK/SALARIES APR 2035/9 ITEMS', r: ft() },
      {
        d: '2035-04-27',
        a: '-312600.00',
        ref: 'SAL-APR-35',
        party: 'Staff',
        desc: 'April 2035 salaries (net)',
        type: 'Expense',
      },
      { evidence: 'amount', traits: ['salary-batch'] },
    );
    fee('2035-04-27', '-270.00', 'BULK EFT CHARGE 9 X 30', 'batch-charge');
    M.bankOnly({ d: '2035-04-30', a: '-706.88', t: 'PDQ MERCHANT COMMISSION APR 2035', r: ft() }, 'charge', [
      'card-commission',
    ]);
    fee('2035-04-30', '-500.00', 'LEDGER FEE', 'ledger-fee');
  },
  writeBank(path, lines, S) {
    const money = (v) => grouped(v);
    const rows = [
      ['CENTURY MICROFINANCE BANK LTD'],
      ['ACCOUNT STATEMENT'],
      ['Account Name:', 'AAROHI HAIR & BEAUTY LOUNGE LTD'],
      ['Account Number:', 'XXXXXX0917', 'Currency:', 'KES'],
      ['Period:', `${dMonY(S.period.from)} to ${dMonY(S.period.to)}`],
      [],
      ['Tran Date', 'Particulars', 'Cheque/Ref No', 'Withdrawals', 'Deposits', 'Balance'],
    ];
    const headerRow = rows.length;
    const rowOf = new Map();
    for (const b of [...lines].reverse()) {
      rows.push([
        dMonY(b.d),
        b.t,
        b.r ?? '',
        b.amount < 0 ? money(b.amount) : '',
        b.amount > 0 ? money(b.amount) : '',
        money(b.balance),
      ]);
      rowOf.set(b, rows.length);
    }
    rows.push(['', 'Opening Balance', '', '', '', money(S.openingBalance)]);
    writeCsv(path, rows);
    return { headerRow, rowOf };
  },
  writeBook(path, entries, S) {
    const num = (v) => ({ num: Math.abs(v) });
    const rows = [
      ['Aarohi Hair & Beauty Lounge Ltd'],
      ['Century MFB Current A/c – Statement'],
      ['01-04-2035 to 30-04-2035'],
      ['Date', 'Transaction Type', 'Txn No.', 'Party Name', 'Description', 'Money In', 'Money Out', 'Balance'],
      ['Opening Balance', '', '', '', '', '', '', { num: S.openingBalance }],
    ];
    const headerRow = 4;
    const rowOf = new Map();
    for (const l of entries) {
      rows.push([
        { date: l.d, z: 'dd-mm-yyyy' },
        l.type,
        l.ref,
        l.party,
        l.desc,
        l.amount > 0 ? num(l.amount) : '',
        l.amount < 0 ? num(l.amount) : '',
        { num: l.balance },
      ]);
      rowOf.set(l, rows.length);
    }
    writeXlsx(path, 'Bank Statement', rows, [12, 16, 18, 30, 44, 14, 14, 16]);
    return { headerRow, rowOf };
  },
};
