// ZA: a liquor wholesaler in Umtata (now Mthatha), September 2001. Saambou Bank business cheque account CSV; books
// kept by the owner in Quicken (a register report of the "Saambou Cheque" account, exported to a CSV file).
import { csvText, digits, grouped, major, minor } from './lib55.mjs';

const auto = (ev, led, traits = [], extra = {}) => ({ e: 'match', dec: 'auto', ev, led, traits, ...extra });
const sug = (ev, led, traits = [], extra = {}) => ({ e: 'match', dec: 'suggest', ev, led, traits, ...extra });
const only = (kind) => ({ e: 'bank-only', kind });
const none = (traits) => ({ e: 'no-counterpart', traits });

const ymd = (iso) => iso.replace(/-/g, '/');
const qDate = (iso) => {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
};
/** Quicken writes a signed amount with thousands commas: -48,600.00 */
const qMoney = (v) => `${v < 0 ? '-' : ''}${grouped(v)}`;

export default {
  set: 'za-saambou-quicken',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2001-09-01', to: '2001-09-30' },
  publicHolidays: ['2001-09-24'],
  bankName: 'Saambou Bank Ltd',
  packageName: 'Quicken 2001 (Reports → Register Report, account Saambou Cheque, Export to Excel-compatible file, CSV)',
  business:
    'a liquor wholesaler in Umtata supplying taverns, shebeens, bottle stores, a lodge and a country club (cash deposits quoting the customer code, ACB credits, speedpoint card sales, beer from SAB and wine and spirits from Distell, weekly wages paid from a cashed cheque, delivery contractors)',
  bankFile: 'saambou-5018-sep2001.csv',
  ledgerFile: 'quicken-register-saambou-sep2001.csv',
  ledgerAccount: 'Saambou Cheque',
  bankLayout:
    'Saambou Bank business cheque account CSV: five title rows, header Date, Description, Reference, Amount, Balance; yyyy/mm/dd; signed amounts without thousands separators; an OPENING BALANCE row; oldest first',
  ledgerLayout:
    'Quicken register report CSV: three title rows, header Date, Account, Num, Description, Memo, Category, Clr, Amount; dd/mm/yyyy (South African regional settings); signed amounts with thousands commas; Total Inflows / Total Outflows rows at the end',
  bankReadOptions: {
    currency: 'ZAR',
    dateOrder: 'YMD',
    mapping: { date: 'Date', description: 'Description', reference: 'Reference', amount: 'Amount', balance: 'Balance' },
  },
  ledgerReadOptions: {
    currency: 'ZAR',
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      account: 'Account',
      reference: 'Num',
      party: 'Description',
      description: ['Memo', 'Category'],
      amount: 'Amount',
    },
  },
  jsonDescription: (b) => `${b.desc} — ${b.cat}`,
  notes: [
    'Charges as Saambou is taken to write them in 2001 (VAT 14 % included): cash deposit fee R25.00 plus 0.75 % of the deposit, cheque encashment R18.50, debit order R3.50, internet payment R4.95, monthly service fee R45.00, speedpoint terminal rental R171.00; credit interest at month end.',
    'Speedpoint (card) sales are settled the next working day net of a 3 % merchant commission; the books hold the gross card sales.',
    'Heritage Day, Monday 24 September 2001, is a public holiday: nothing posts on it.',
    'Saambou Bank was placed under curatorship in February 2002; September 2001 is chosen as a month it still traded normally.',
    'Taverns pay by cash deposit at the branch and write their customer code and invoice number as the deposit reference; the Quicken Num column holds cheque numbers, DEP for deposits and EFT for electronic payments.',
  ],
  month(rng) {
    const dep = () => `DEP${digits(rng, 6)}`;
    const lines = [
      {
        date: '2001-09-03',
        amount: '4850.00',
        text: 'CASH DEPOSIT UMTATA BRANCH',
        ref: 'NTL042 INV2217',
        t: auto('reference', ['mandla'], ['ref-joined', 'customer-code']),
      },
      { date: '2001-09-03', amount: '-61.38', text: 'CASH DEPOSIT FEE', ref: dep(), t: only('charge') },
      {
        date: '2001-09-04',
        amount: '9215.00',
        text: 'SPEEDPOINT SETTLEMENT',
        ref: 'MERCH 0412775 03/09',
        t: sug('counterparty', ['card1'], ['pos-settlement', 'short-net-of-fee', 'settled-next-day']),
      },
      {
        date: '2001-09-04',
        amount: '-48600.00',
        text: 'CHEQUE PAID',
        ref: '000412',
        t: auto('reference', ['sab1'], ['cheque-number', 'ref-padding']),
      },
      {
        date: '2001-09-05',
        amount: '-1325.40',
        text: 'DEBIT ORDER TELKOM SA LTD',
        ref: '0471231044',
        t: auto('reference', ['telkom'], ['ref-spaces']),
      },
      { date: '2001-09-05', amount: '-3.50', text: 'DEBIT ORDER FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-06',
        amount: '12600.00',
        text: 'ACB CREDIT KWEZI LODGE',
        ref: 'INV 2209 PART',
        t: sug('reference', ['kwezi'], ['split-many-to-one', 'ref-spaces'], { group: 'g1' }),
      },
      {
        date: '2001-09-07',
        amount: '-4620.00',
        text: 'CHEQUE CASHED',
        ref: '000413',
        t: auto('reference', ['wages1'], ['cheque-number', 'ref-padding']),
      },
      { date: '2001-09-07', amount: '-18.50', text: 'CHEQUE ENCASHMENT FEE', ref: '000413', t: only('charge') },
      {
        id: 'rv1',
        date: '2001-09-10',
        amount: '-22350.00',
        text: 'INTERNET PMT DISTELL LTD',
        ref: '884217',
        t: { e: 'reversal-pair', partner: 'rv2', traits: ['failed-transfer'] },
      },
      {
        id: 'rv2',
        date: '2001-09-10',
        amount: '22350.00',
        text: 'RETURNED INTERNET PMT DISTELL LTD INVALID ACC',
        ref: '884217',
        t: { e: 'reversal-pair', partner: 'rv1', traits: ['reversal'] },
      },
      {
        date: '2001-09-11',
        amount: '-22350.00',
        text: 'INTERNET PMT DISTELL LIMITED',
        ref: 'CUST 884217',
        t: auto('reference', ['distell'], ['ref-canonical', 'resent-after-reversal']),
      },
      { date: '2001-09-11', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-12',
        amount: '-7926.00',
        text: 'INTERNET PMT SARS PAYE',
        ref: '7120456789',
        t: auto('reference', ['sars'], ['ref-slashes']),
      },
      { date: '2001-09-12', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-12',
        amount: '-412.00',
        text: 'INTERNET PMT DEPT OF LABOUR UIF',
        ref: 'U0412775',
        t: sug('counterparty', ['uif'], ['acronym']),
      },
      { date: '2001-09-12', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-13',
        amount: '8000.00',
        text: 'CASH DEPOSIT UMTATA BRANCH',
        ref: 'NGCOBO INV2224',
        t: sug('reference', ['ngcobo'], ['part-payment', 'ref-joined']),
      },
      { date: '2001-09-13', amount: '-85.00', text: 'CASH DEPOSIT FEE', ref: dep(), t: only('charge') },
      {
        date: '2001-09-14',
        amount: '-4620.00',
        text: 'CHEQUE CASHED',
        ref: '000414',
        t: auto('reference', ['wages2'], ['cheque-number', 'ref-padding']),
      },
      { date: '2001-09-14', amount: '-18.50', text: 'CHEQUE ENCASHMENT FEE', ref: '000414', t: only('charge') },
      {
        date: '2001-09-17',
        amount: '7000.00',
        text: 'ACB CREDIT UMTATA COUNTRY CLUB',
        ref: 'INV 2215 LESS CN118',
        t: sug('reference', ['ccinv', 'cccn'], ['invoice-less-credit-note', 'ref-spaces']),
      },
      {
        date: '2001-09-18',
        amount: '10902.80',
        text: 'SPEEDPOINT SETTLEMENT',
        ref: 'MERCH 0412775 17/09',
        t: sug('counterparty', ['card2'], ['pos-settlement', 'short-net-of-fee', 'settled-next-day']),
      },
      {
        date: '2001-09-18',
        amount: '-1750.00',
        text: 'INTERNET TRF NDLOVU TRANSPORT',
        ref: 'DELIVERY',
        t: auto('counterparty', null, ['twins'], { anyOf: [['tw1'], ['tw2']] }),
      },
      { date: '2001-09-18', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-18',
        amount: '-1750.00',
        text: 'INTERNET TRF NDLOVU TRANSPORT',
        ref: 'DELIVERY',
        t: auto('counterparty', null, ['twins'], { anyOf: [['tw1'], ['tw2']] }),
      },
      { date: '2001-09-18', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-19',
        amount: '5100.00',
        text: 'CASH DEPOSIT UMTATA BRANCH',
        ref: 'qunu tavern inv2221',
        t: auto('reference', ['qunu'], ['ref-lowercase', 'ref-joined', 'over-payment'], { diff: '60.00' }),
      },
      { date: '2001-09-19', amount: '-63.25', text: 'CASH DEPOSIT FEE', ref: dep(), t: only('charge') },
      {
        date: '2001-09-20',
        amount: '6930.00',
        text: 'ACB CREDIT EXPRESS LIQUOR MKT',
        ref: 'INV 2219',
        t: auto('reference', ['express'], ['ref-spaces', 'trading-name']),
      },
      {
        date: '2001-09-21',
        amount: '3960.00',
        text: 'ACB CREDIT ESIKHALENI SHEBEEN',
        ref: '',
        t: sug('amount', ['esikhaleni'], ['trading-name', 'amount-only']),
      },
      {
        date: '2001-09-21',
        amount: '9000.00',
        text: 'ACB CREDIT KWEZI LODGE',
        ref: 'BAL INV 2209',
        t: sug('reference', ['kwezi'], ['split-many-to-one', 'ref-spaces'], { group: 'g1' }),
      },
      {
        date: '2001-09-25',
        amount: '-2280.00',
        text: 'INTERNET PMT UMTATA SIGNS & PRINT',
        ref: 'PRICE LISTS',
        t: none(['decoy', 'unrecorded-payment']),
      },
      { date: '2001-09-25', amount: '-4.95', text: 'INTERNET PMT FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-26',
        amount: '6300.00',
        text: 'CASH DEPOSIT UMTATA BRANCH',
        ref: 'ZOLANI BUILDERS REFUND',
        t: none(['decoy', 'unrecorded-receipt']),
      },
      { date: '2001-09-26', amount: '-72.25', text: 'CASH DEPOSIT FEE', ref: dep(), t: only('charge') },
      {
        date: '2001-09-26',
        amount: '-2846.70',
        text: 'DEBIT ORDER UMTATA TLC',
        ref: 'ACC 1002 3341',
        t: auto('reference', ['muni'], ['ref-spaces']),
      },
      { date: '2001-09-26', amount: '-3.50', text: 'DEBIT ORDER FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-27',
        amount: '-1980.00',
        text: 'DEBIT ORDER MUTUAL & FED',
        ref: 'POL 77 41 220',
        t: auto('reference', ['mf'], ['ref-spaces', 'abbreviated-name']),
      },
      { date: '2001-09-27', amount: '-3.50', text: 'DEBIT ORDER FEE', ref: '', t: only('charge') },
      {
        date: '2001-09-28',
        amount: '-31240.00',
        text: 'CHEQUE PAID',
        ref: '000415',
        t: auto('reference', ['sab2'], ['cheque-number', 'ref-padding']),
      },
      { date: '2001-09-28', amount: '-45.00', text: 'SERVICE FEE', ref: '', t: only('charge') },
      { date: '2001-09-28', amount: '-171.00', text: 'SPEEDPOINT RENTAL', ref: '', t: only('charge') },
      { date: '2001-09-28', amount: '38.21', text: 'CREDIT INTEREST', ref: '', t: only('interest') },
    ];
    const q = (k, date, amount, num, party, desc, cat, extra = {}) => ({
      k,
      date,
      amount,
      ref: num,
      party,
      desc,
      cat,
      ...extra,
    });
    const books = [
      q(
        'sab1',
        '2001-09-01',
        '-48600.00',
        '412',
        'South African Breweries Ltd',
        'Beer order 4417 (Castle, Black Label)',
        'Purchases:Beer',
      ),
      q('mandla', '2001-09-03', '4850.00', 'DEP', 'Sidumo M', 'Inv 2217 acc NTL042', 'Sales'),
      q('card1', '2001-09-03', '9500.00', 'DEP', 'Speedpoint', 'Card sales 03/09', 'Sales'),
      q('telkom', '2001-09-05', '-1325.40', 'EFT', 'Telkom', 'Acc 0471 231 044 August', 'Telephone'),
      q('kwezi', '2001-09-05', '21600.00', 'DEP', 'Kwezi Lodge (Pty) Ltd', 'Inv 2209 bar stock', 'Sales'),
      q('wages1', '2001-09-07', '-4620.00', '413', 'Cash', 'Wages week ending 07/09', 'Wages'),
      q(
        'distell',
        '2001-09-10',
        '-22350.00',
        'EFT',
        'Distell Ltd',
        'Customer 884217 August statement',
        'Purchases:Wine & Spirits',
      ),
      q('sars', '2001-09-12', '-7926.00', 'EFT', 'SARS', 'PAYE/SDL August 2001 ref 7120/456/789', 'Tax:PAYE'),
      q('uif', '2001-09-12', '-412.00', 'EFT', 'Unemployment Insurance Fund', 'Contributions August 2001', 'Tax:UIF'),
      q('ngcobo', '2001-09-12', '15800.00', 'DEP', 'Ngcobo Bottle Store', 'Inv 2224', 'Sales'),
      q('wages2', '2001-09-14', '-4620.00', '414', 'Cash', 'Wages week ending 14/09', 'Wages'),
      q('ccinv', '2001-09-17', '7480.00', 'DEP', 'Umtata Country Club', 'Inv 2215 functions stock', 'Sales'),
      q(
        'cccn',
        '2001-09-17',
        '-480.00',
        'CN118',
        'Umtata Country Club',
        'Credit note 118 on inv 2215 (broken crates)',
        'Sales',
        { creditNote: true },
      ),
      q('card2', '2001-09-17', '11240.00', 'DEP', 'Speedpoint', 'Card sales 17/09', 'Sales'),
      q('tw1', '2001-09-18', '-1750.00', 'EFT', 'Ndlovu Transport', 'Delivery Ngqeleni run', 'Delivery'),
      q('tw2', '2001-09-18', '-1750.00', 'EFT', 'Ndlovu Transport', 'Delivery Libode run', 'Delivery'),
      q('qunu', '2001-09-19', '5040.00', 'DEP', 'Qunu Tavern', 'Inv 2221', 'Sales'),
      q('express', '2001-09-20', '6930.00', 'DEP', 'Dlamini T', 'Inv 2219', 'Sales'),
      q('signs', '2001-09-20', '-2280.00', '416', 'Umtata Signwriters', 'Shopfront sign', 'Advertising', {
        only: 'cheque not yet presented',
      }),
      q(
        'sab2',
        '2001-09-21',
        '-31240.00',
        '415',
        'South African Breweries Ltd',
        'Beer order 4452 (Hansa, Carling)',
        'Purchases:Beer',
      ),
      q('esikhaleni', '2001-09-21', '3960.00', 'DEP', 'Mbeki N', 'Inv 2222', 'Sales'),
      q('zola', '2001-09-25', '6300.00', 'DEP', "Zola's Tavern", 'Inv 2226 - will deposit Wednesday', 'Sales', {
        only: 'deposit promised by the customer, not made in the month',
      }),
      q('muni', '2001-09-26', '-2846.70', 'EFT', 'Umtata TLC', 'Electricity & rates acc 10023341', 'Utilities'),
      q('mf', '2001-09-27', '-1980.00', 'EFT', 'Mutual & Federal', 'Policy 7741220 delivery vehicles', 'Insurance'),
      q('licence', '2001-09-28', '-1200.00', '417', 'Liquor Board', 'Wholesale liquor licence renewal', 'Licences', {
        only: 'cheque not yet presented',
      }),
    ];
    return { openingBank: '86420.55', openingBook: '86420.55', lines, books };
  },
  writeBank(lines, m) {
    const rows = [
      ['Saambou Bank Limited'],
      ['Business Cheque Account'],
      ['Account Holder: NTLAZA LIQUOR DISTRIBUTORS CC'],
      ['Account Number: 5018******8'],
      ['Statement Period: 2001/09/01 to 2001/09/30'],
      ['Date', 'Description', 'Reference', 'Amount', 'Balance'],
      ['2001/09/01', 'OPENING BALANCE', '', '', major(minor(m.openingBank))],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      rows.push([ymd(l.date), l.text, l.ref, major(l.amt), major(l.balance)]);
      rowOf.set(l.n, rows.length);
    }
    return { bytes: csvText(rows), headerRow: 6, rowOf, order: 'oldest-first' };
  },
  writeBooks(books) {
    const rows = [
      ['Register Report'],
      ['Saambou Cheque'],
      ['01/09/2001 Through 30/09/2001'],
      ['Date', 'Account', 'Num', 'Description', 'Memo', 'Category', 'Clr', 'Amount'],
    ];
    const rowOf = new Map();
    let inflow = 0;
    let outflow = 0;
    for (const b of books) {
      rows.push([qDate(b.date), 'Saambou Cheque', b.ref, b.party, b.desc, b.cat, '', qMoney(b.amt)]);
      rowOf.set(b.k, rows.length);
      if (b.amt > 0) inflow += b.amt;
      else outflow += b.amt;
    }
    rows.push(['Total Inflows', '', '', '', '', '', '', qMoney(inflow)]);
    rows.push(['Total Outflows', '', '', '', '', '', '', qMoney(outflow)]);
    return { bytes: csvText(rows), headerRow: 4, rowOf };
  },
};
