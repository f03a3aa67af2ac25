// GH — a cashew processor at Nkoranza, Bono East, April 2025 (the buying season): a Nkoranza Kwabre Rural Bank
// statement in Excel against Frappe Books' General Ledger report of the bank account, exported to CSV.
import { auto, bankOnly, none, reversal, suggest } from './dsl62.mjs';
import { dateCell, dateText, grouped, moneyCell, xlsxBuffer } from './lib62.mjs';

const BANK_FILE = 'nkrb-1021300452217-apr2025.xlsx';
const BOOK_FILE = 'frappe-books-general-ledger-nkrb-current-apr2025.csv';
const BANK_ACCOUNT = 'NKRB Current - ACP';

export function build() {
  const L = (id, date, amount, text, d, chq = '') => ({ id, date, amount, text, chq, reference: chq, d });
  const lines = [
    L('g01', '2025-04-01', '-6.40', 'SMS ALERT CHARGES MAR 2025', bankOnly('charge', ['sms'])),
    L(
      'g02',
      '2025-04-01',
      '84600.00',
      'ACH CR TEMA AGRO EXPORTS LTD RCN SINV-1047',
      auto(['P01'], 'counterparty', ['ref-not-in-books']),
    ),
    L(
      'g03',
      '2025-04-02',
      '-24300.00',
      'GIP TRF NKORANZA CASHEW FARMERS',
      suggest(['P02'], 'counterparty', ['decoy', 'two-payees-of-one-name', 'same-amount'], { mustNotAuto: true }),
    ),
    L('g04', '2025-04-02', '-2.00', 'GIP TRANSFER CHARGE', bankOnly('charge', ['gip-fee'])),
    L(
      'g05',
      '2025-04-04',
      '-18000.00',
      'CHQ WDL SELF - WAGES WK14',
      suggest(['J1'], 'amount', ['payroll', 'cash-wages', 'cheque-to-self']),
      '000412',
    ),
    L(
      'g06',
      '2025-04-07',
      '9800.00',
      'MOMO TO BANK 0244XXX319 NANA AMA OWUSU',
      suggest(['P04'], 'amount', ['mobile-money', 'owner-name']),
    ),
    L(
      'g07',
      '2025-04-08',
      '-6850.00',
      'GIP TRF TECHIMAN JUTE BAGS ENT SACKS',
      auto(['P05'], 'counterparty', ['name-abbreviated']),
    ),
    L(
      'g08',
      '2025-04-09',
      '126900.00',
      'RTGS CR GOLDEN KERNEL TRADING LTD SINV 1049',
      auto(['P06'], 'counterparty', ['ref-not-in-books']),
    ),
    L(
      'g09',
      '2025-04-10',
      '-40000.00',
      'TRF TO 1021300452218 ASUBRA CASHEW PROC SAVINGS',
      suggest(['J2'], 'amount', ['own-account-transfer', 'journal-without-text']),
    ),
    L(
      'g10',
      '2025-04-10',
      '-1250.00',
      'NEDCO PREPAID 37190448812',
      auto(['P07'], 'counterparty', ['meter-number', 'name-abbreviated']),
    ),
    L(
      'g11',
      '2025-04-11',
      '-19200.00',
      'CHQ WDL SELF - WAGES WK15',
      suggest(['J3'], 'amount', ['payroll', 'cash-wages', 'cheque-to-self']),
      '000414',
    ),
    L(
      'g12',
      '2025-04-11',
      '-15600.00',
      'CLEARING CHQ 000413',
      suggest(['P08'], 'amount', ['cheque-number-only']),
      '000413',
    ),
    L(
      'g13',
      '2025-04-14',
      '63360.00',
      'MTN MOMO MERCHANT SETTLEMENT 440217',
      suggest(['P09a', 'P09b', 'P09c'], 'counterparty', [
        'mobile-money-settlement',
        'short-net-of-fee',
        'combination-of-open-rows',
      ]),
    ),
    L(
      'g14',
      '2025-04-14',
      '-3900.00',
      'POS PURCHASE STAR OIL NKORANZA',
      auto(['P10'], 'counterparty', ['card-purchase']),
    ),
    L(
      'g15',
      '2025-04-15',
      '-5280.00',
      'SSNIT CONTRIBUTION MAR25 ER 1190402233',
      auto(['P11'], 'counterparty', ['statutory']),
    ),
    L(
      'g16',
      '2025-04-15',
      '-3112.50',
      'GRA PAYE MAR25 TIN C0004471122',
      auto(['P12'], 'counterparty', ['statutory', 'name-abbreviated']),
    ),
    L(
      'g17',
      '2025-04-16',
      '48750.00',
      'ACH CR KINTAMPO AGRO PROCESSORS',
      suggest(['P13'], 'counterparty', ['part-payment', 'booked-at-invoice-amount']),
    ),
    L(
      'g18',
      '2025-04-17',
      '-11400.00',
      'CLEARING CHQ 000415',
      suggest(['P14'], 'amount', ['cheque-number-only']),
      '000415',
    ),
    L('g19', '2025-04-22', '-30.00', 'CHEQUE BOOK CHARGE (25 LEAVES)', bankOnly('charge', ['cheque-book'])),
    L(
      'g20',
      '2025-04-22',
      '-7500.00',
      'GIP TRF 0551XXX204 KWAKU DARKO RCN AGENT',
      reversal('g21', ['failed-transfer', 'book-row-of-the-failed-payment']),
    ),
    L('g21', '2025-04-22', '7500.00', 'GIP RETURN 0551XXX204 KWAKU DARKO WALLET LIMIT', reversal('g20', ['reversal'])),
    L(
      'g22',
      '2025-04-23',
      '158000.00',
      'ACH CR TEMA AGRO EXPORTS LTD SINV1052/1053',
      suggest(['P16', 'P17'], 'counterparty', ['split-one-to-many', 'ref-not-in-books']),
    ),
    L(
      'g23',
      '2025-04-24',
      '6500.00',
      'GIP CR TECHIMAN JUTE BAGS ENT REFUND',
      none(
        ['decoy', 'refund-the-other-way', 'same-party-same-amount'],
        'Techiman Jute Bags refunding sacks short-supplied on the 8 Apr order; not yet in the books',
        'a payment of the same amount to the same supplier, the other way: cheque 000417 written on 28 Apr for May’s sacks (book row {P18}, not presented by 30 Apr)',
      ),
    ),
    L(
      'g24',
      '2025-04-25',
      '-2400.00',
      'GIP TRF TREE CROPS DEV AUTHORITY LICENCE',
      auto(['P19'], 'counterparty', ['name-abbreviated']),
    ),
    L(
      'g25',
      '2025-04-25',
      '-18000.00',
      'CHQ WDL SELF - WAGES WK17',
      suggest(['J4'], 'amount', ['payroll', 'cash-wages', 'cheque-to-self']),
      '000416',
    ),
    L(
      'g26',
      '2025-04-28',
      '-500.00',
      'NEDCO PREPAID 37190448812',
      auto(null, 'counterparty', ['twins', 'meter-number'], { anyOf: [['P20a'], ['P20b']] }),
    ),
    L(
      'g27',
      '2025-04-28',
      '-500.00',
      'NEDCO PREPAID 37190451196',
      auto(null, 'counterparty', ['twins', 'meter-number'], { anyOf: [['P20a'], ['P20b']] }),
    ),
    L(
      'g28',
      '2025-04-28',
      '75200.00',
      'GIP CR KOFI OPPONG 8 BAGS KERNELS',
      auto(['P21'], 'counterparty', ['name-reordered', 'no-reference']),
    ),
    L(
      'g29',
      '2025-04-29',
      '9800.00',
      'GIP CR KUMASI NUTTY SNACKS LTD',
      none(
        ['decoy', 'same-payer-same-amount', 'row-already-paid-by-another-line'],
        'Kumasi Nutty Snacks paying in advance for a second order of kernels; not yet invoiced or booked',
        'the receipt of 7 Apr from the same customer for the same amount (book row {P04}), which the MoMo transfer of 7 Apr from the owner, Nana Ama Owusu, paid',
      ),
    ),
    L('g30', '2025-04-30', '-85.00', 'COMMISSION ON TURNOVER APR 2025', bankOnly('charge', ['commission-on-turnover'])),
  ];

  const P = (id, date, amount, party, name, extra = {}) => ({
    id,
    date,
    amount,
    party,
    name,
    type: 'Payment',
    ...extra,
  });
  const J = (id, date, amount, name, extra = {}) => ({
    id,
    date,
    amount,
    party: '',
    name,
    type: 'JournalEntry',
    ...extra,
  });
  const books = [
    P('P01', '2025-04-01', '84600.00', 'Tema Agro Exports Ltd', 'PAY-1201'),
    P('P02', '2025-04-01', '-24300.00', 'Nkoranza Cashew Farmers Co-operative', 'PAY-1202'),
    P('P03', '2025-04-03', '-24300.00', 'Nkoranza North Cashew Farmers Association', 'PAY-1203', {
      lo: 'entered when the payment was approved on 3 Apr; the association’s account details were wrong and the GIP was not sent in April',
    }),
    J('J1', '2025-04-04', '-18000.00', 'JV-1011'),
    P('P04', '2025-04-07', '9800.00', 'Kumasi Nutty Snacks', 'PAY-1204'),
    P('P05', '2025-04-08', '-6850.00', 'Techiman Jute Bags Enterprise', 'PAY-1205'),
    P('P06', '2025-04-09', '126900.00', 'Golden Kernel Trading Ltd', 'PAY-1206'),
    P('P08', '2025-04-09', '-15600.00', 'Asante Haulage Services', 'PAY-1208'),
    J('J2', '2025-04-10', '-40000.00', 'JV-1012'),
    P('P07', '2025-04-10', '-1250.00', 'Northern Electricity Distribution Co. (NEDCo)', 'PAY-1207'),
    P('P09a', '2025-04-10', '21000.00', 'MoMo Pay Sales', 'PAY-1209'),
    J('J3', '2025-04-11', '-19200.00', 'JV-1013'),
    P('P09b', '2025-04-11', '18500.00', 'MoMo Pay Sales', 'PAY-1210'),
    P('P10', '2025-04-14', '-3900.00', 'Star Oil Co. Ltd', 'PAY-1211'),
    P('P09c', '2025-04-14', '24500.00', 'MoMo Pay Sales', 'PAY-1212'),
    P('P14', '2025-04-14', '-11400.00', 'Busunya Cashew Growers Group', 'PAY-1216'),
    P('P11', '2025-04-15', '-5280.00', 'SSNIT', 'PAY-1213'),
    P('P12', '2025-04-15', '-3112.50', 'Ghana Revenue Authority', 'PAY-1214'),
    P('P13', '2025-04-16', '97500.00', 'Kintampo Agro Processors Ltd', 'PAY-1215'),
    P('P15', '2025-04-22', '-7500.00', 'Kwaku Darko (buying agent)', 'PAY-1217', {
      lo: 'the GIP to the agent’s wallet came back (wallet limit); he was paid in cash on 24 Apr and the entry was not moved to petty cash',
    }),
    P('P16', '2025-04-23', '92000.00', 'Tema Agro Exports Ltd', 'PAY-1218'),
    P('P17', '2025-04-23', '66000.00', 'Tema Agro Exports Ltd', 'PAY-1219'),
    P('P19', '2025-04-25', '-2400.00', 'Tree Crops Development Authority', 'PAY-1221'),
    J('J4', '2025-04-25', '-18000.00', 'JV-1015'),
    P('P18', '2025-04-28', '-6500.00', 'Techiman Jute Bags Enterprise', 'PAY-1220', {
      lo: 'cheque 000417 written on 28 Apr for May’s sacks; not presented by 30 Apr',
    }),
    P('P20a', '2025-04-28', '-500.00', 'Northern Electricity Distribution Co. (NEDCo)', 'PAY-1222'),
    P('P20b', '2025-04-28', '-500.00', 'Northern Electricity Distribution Co. (NEDCo)', 'PAY-1223'),
    P('P21', '2025-04-28', '75200.00', 'Oppong Kofi (Accra)', 'PAY-1224'),
  ];

  return {
    set: 'gh-nkoranzakwabre-frappebooks',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    period: { from: '2025-04-01', to: '2025-04-30' },
    publicHolidays: ['2025-04-18', '2025-04-21'],
    bankName: 'Nkoranza Kwabre Rural Bank PLC',
    packageName:
      'Frappe Books (Reports → General Ledger, Account = NKRB Current - ACP, 01-04-2025 to 30-04-2025, Export → CSV)',
    business:
      'a cashew processor at Nkoranza, Bono East, in the buying season (raw nuts sold to exporters in Tema, kernels to a snack maker, traders and walk-in buyers paying by MTN MoMo; farmers’ groups and a buying agent paid by GIP and cheque, jute sacks, haulage to Tema, NEDCo prepaid power, fuel, the Tree Crops Development Authority’s processor licence, SSNIT, GRA PAYE; casual shellers’ wages drawn in cash each week)',
    openingBank: '186420.55',
    openingBook: '186420.55',
    notes: [
      'Frappe Books’ General Ledger carries no description: a row is an account, a date, a debit or credit, a party and the document (a Payment PAY-…, a Journal Entry JV-…); the invoices a customer cites are not in it.',
      'The report is newest first (its default order) and its Balance column starts at zero for the period and runs down the file; the export writes numbers as plain numbers and text quoted.',
    ],
    lines,
    books,
    bankFile: {
      file: BANK_FILE,
      bank: 'Nkoranza Kwabre Rural Bank PLC',
      layout:
        'Rural bank statement in Excel (one sheet, STATEMENT): eight preamble rows (bank, address, title, account name and number, type, currency, period) and a blank row above the header `TRANS DATE, VALUE DATE, PARTICULARS, CHQ NO, DEBIT, CREDIT, BALANCE`; dates are date cells (dd/mm/yyyy), money numeric cells; a BALANCE B/F row first, a TOTALS row and an end-of-statement line last; oldest first',
      order: 'oldest-first',
      ledgerAccount: BANK_ACCOUNT,
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'TRANS DATE',
          valueDate: 'VALUE DATE',
          description: 'PARTICULARS',
          reference: 'CHQ NO',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
      },
    },
    ledgerFile: {
      file: BOOK_FILE,
      package: 'Frappe Books',
      layout:
        'Frappe Books General Ledger report exported to CSV: the header `#, Account, Date, Debit, Credit, Balance, Party, Ref Name, Ref Type` (labels quoted), every text value quoted and numbers bare (`84600`, `3112.5`, `0`), ISO dates, newest first, the Balance starting at zero for the period and running in file order; a blank row and a `Closing` row with the totals last; Debit = money in to the bank account',
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Date',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          party: 'Party',
          reference: 'Ref Name',
          description: 'Ref Type',
          account: 'Account',
        },
      },
    },
    writeBank: (rows, { opening, closing }) => writeNkrb(rows, opening, closing),
    writeLedger: (rows) => writeFrappeGl(rows),
    bankJson: (l) => ({ narration: l.text, reference: l.chq || null }),
    bookJson: (b) => ({ reference: b.name, description: b.type, party: b.party || null, account: BANK_ACCOUNT }),
    bankText: (l) => l.text,
    bookText: (b) => [b.type, b.name, b.party].filter(Boolean).join(' — '),
    bookReference: (b) => b.name,
    bookParty: (b) => b.party,
  };
}

function writeNkrb(rows, opening, closing) {
  const out = [
    ['NKORANZA KWABRE RURAL BANK PLC'],
    ['P. O. BOX 72, NKORANZA - BONO EAST REGION'],
    ['STATEMENT OF ACCOUNT'],
    ['ACCOUNT NAME:', 'ASUBRA CASHEW PROCESSING LTD'],
    ['ACCOUNT NUMBER:', '1021300452217'],
    ['ACCOUNT TYPE:', 'CURRENT ACCOUNT - CORPORATE'],
    ['CURRENCY:', 'GHS'],
    ['PERIOD:', `${dateText('2025-04-01', 'DD/MM/YYYY')} TO ${dateText('2025-04-30', 'DD/MM/YYYY')}`],
    [],
    ['TRANS DATE', 'VALUE DATE', 'PARTICULARS', 'CHQ NO', 'DEBIT', 'CREDIT', 'BALANCE'],
    ['', '', 'BALANCE B/F', '', '', '', moneyCell(opening)],
  ];
  const headerRow = 10;
  const rowOf = new Map();
  let debit = 0;
  let credit = 0;
  for (const l of rows) {
    out.push([
      dateCell(l.date),
      dateCell(l.date),
      l.text,
      l.chq,
      l.minor < 0 ? moneyCell(-l.minor) : '',
      l.minor > 0 ? moneyCell(l.minor) : '',
      moneyCell(l.balance),
    ]);
    rowOf.set(l.id, out.length);
    if (l.minor < 0) debit -= l.minor;
    else credit += l.minor;
  }
  out.push(['', '', 'TOTALS', '', moneyCell(debit), moneyCell(credit), '']);
  out.push([]);
  out.push([`CLOSING BALANCE AS AT 30/04/2025: GHS ${grouped(closing)}`]);
  out.push(['*** END OF STATEMENT ***']);
  return { content: xlsxBuffer('STATEMENT', out, { cols: [12, 12, 46, 9, 14, 14, 15] }), headerRow, rowOf };
}

/** JavaScript's own writing of a number, as the report's export writes raw values. */
const bare = (minor) => String(minor / 100);

function writeFrappeGl(books) {
  const q = (s) => `"${s}"`;
  const header = ['#', 'Account', 'Date', 'Debit', 'Credit', 'Balance', 'Party', 'Ref Name', 'Ref Type']
    .map(q)
    .join(',');
  const newestFirst = [...books].reverse();
  const out = [header];
  const rowOf = new Map();
  let running = 0;
  let debit = 0;
  let credit = 0;
  newestFirst.forEach((b, k) => {
    const dr = b.minor > 0 ? b.minor : 0;
    const cr = b.minor < 0 ? -b.minor : 0;
    running += dr - cr;
    debit += dr;
    credit += cr;
    out.push(
      [
        q(String(k + 1)),
        q(BANK_ACCOUNT),
        q(b.date),
        bare(dr),
        bare(cr),
        bare(running),
        q(b.party),
        q(b.name),
        q(b.type),
      ].join(','),
    );
    rowOf.set(b.id, out.length);
  });
  out.push(Array(9).fill('""').join(','));
  out.push(
    [q(''), q('Closing'), q(''), bare(debit), bare(credit), bare(debit - credit), q(''), q(''), q('')].join(','),
  );
  return { content: out.join('\n'), headerRow: 1, rowOf };
}
