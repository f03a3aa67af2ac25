// South Africa, July 2025: an audiology practice in Menlo Park, Pretoria. Bank: a Lula business account (CSV
// statement, the payer's or payee's reference in its own column, Money in / Money out with the rand sign). Books:
// GoodX's cashbook transactions of that account (Excel, real date cells, Debit = money in).
import { auto, bankOnly, line, none, reversal, row, suggest, twins } from './dsl61.mjs';
import { fmt, grouped, minor } from './lib61.mjs';

const BANK = 'lula-business-1044773321-jul2025.csv';
const BOOK = 'goodx-cashbook-lula-bus-jul2025.xlsx';

const rc = (id, date, amount, batch, doc, acc, desc, f = {}) => row(id, date, amount, { batch, doc, acc, desc, ...f });

const rows = [
  rc(
    'Y01',
    '2025-07-01',
    '18432.60',
    'RC0701',
    'REM7741255',
    'DHMS - Discovery Health Medical Scheme',
    'Remittance 7741255 - 6 claims',
  ),
  rc(
    'Y02',
    '2025-07-02',
    '-24850.00',
    'PY0702',
    'SON9024418',
    'SON001 Sonova South Africa (Pty) Ltd',
    'Invoice 9024418 - Phonak Audeo, 2 pairs',
  ),
  rc('Y03', '2025-07-02', '1350.00', 'RC0702', 'RC-1141', '10241 Naidoo R', 'Consultation & audiogram - card'),
  rc('Y04', '2025-07-02', '8000.00', 'RC0702', 'RC-1142', '10239 van Wyk J', 'Hearing aid deposit - card'),
  rc('Y05', '2025-07-02', '670.00', 'RC0702', 'RC-1143', '10244 Dlamini S', 'Batteries & cleaning kit - card'),
  rc(
    'Y06',
    '2025-07-01',
    '-9800.00',
    'PY0701',
    'DO-RENT07',
    'MPMC01 Menlo Park Medical Centre (Pty) Ltd',
    'Rent July 2025 - suite 4',
  ),
  rc(
    'Y07',
    '2025-07-04',
    '3250.00',
    'RC0704',
    'BON4471882',
    'BON - Bonitas Medical Fund',
    'Remittance 4471882 - 2 claims',
  ),
  rc(
    'Y08',
    '2025-07-08',
    '-15400.00',
    'PY0708',
    'WID55210',
    'WID001 Widex South Africa (Pty) Ltd',
    'Invoice WX-55210 - Widex Moment, 1 pair',
  ),
  rc(
    'Y09',
    '2025-07-11',
    '-3120.00',
    'PY0711',
    'GN-RPR-A',
    'GNH001 GN Hearing South Africa',
    'ReSound repair - patient 10217',
  ),
  rc(
    'Y10',
    '2025-07-11',
    '-3120.00',
    'PY0711',
    'GN-RPR-B',
    'GNH001 GN Hearing South Africa',
    'ReSound repair - patient 10226',
  ),
  rc(
    'Y11',
    '2025-07-14',
    '27800.00',
    'RC0714',
    'RC-1150',
    '10234 Mokoena T',
    'Signia Pure hearing aids (pair) - INV 25-0712',
  ),
  rc('Y12', '2025-07-15', '-38411.00', 'PY0715', 'EMP0625', 'SARS - EMP201', 'EMP201 June 2025 - PRN 7100442871LC0625'),
  rc('Y13', '2025-07-15', '-3950.00', 'PY0715', 'HPCSA26', 'HPCSA', 'Annual fees 2025/26 - AU0012345, AU0012877'),
  rc(
    'Y14',
    '2025-07-14',
    '24150.00',
    'RC0714',
    'RC-1151',
    'ROS001 Rosslyn Auto Components (Pty) Ltd',
    'Occupational hearing screening, 46 staff - INV 25-0701',
  ),
  rc(
    'Y15',
    '2025-07-10',
    '-2500.00',
    'JN0710',
    'CN25-009',
    'ROS001 Rosslyn Auto Components (Pty) Ltd',
    'Credit note CN 25-009 - 8 employees not screened',
    {
      creditNote: true,
    },
  ),
  rc('Y16', '2025-07-17', '5500.00', 'RC0717', 'RC-1153', '10252 Mahlangu P (Ms)', 'Hearing aid balance - EFT'),
  rc('Y17', '2025-07-18', '5650.00', 'RC0718', 'RC-1154', '10247 Molefe S', 'Fitting & follow-up - INV 25-0715'),
  rc(
    'Y18',
    '2025-07-21',
    '27800.00',
    'RC0721',
    'RC-1155',
    'LSQ001 Laerskool Queenswood',
    'Learner hearing screening - INV 25-0710',
  ),
  rc(
    'Y19',
    '2025-07-22',
    '-4480.00',
    'PY0722',
    'VOX0725',
    'VOX001 Vox Telecom',
    'Fibre & VoIP July 2025 - account 8812447',
  ),
  rc('Y20', '2025-07-23', '26800.00', 'RC0723', 'RC-1157', '10249 Shikongo J', 'Bilateral hearing aids - INV 25-0719'),
  rc('Y21', '2025-07-25', '-14800.00', 'SL0725', 'SAL07-A', 'SALARIES', 'Net salary July 2025 - M Sithole (reception)'),
  rc(
    'Y22',
    '2025-07-25',
    '-24500.00',
    'SL0725',
    'SAL07-B',
    'SALARIES',
    'Net salary July 2025 - L Botha (audiometrist)',
  ),
  rc('Y23', '2025-07-25', '-19000.00', 'SL0725', 'SAL07-C', 'SALARIES', 'Net salary July 2025 - N Mthembu (admin)'),
  rc(
    'Y24',
    '2025-07-29',
    '11886.20',
    'RC0729',
    'GEMS3341200',
    'GEMS - Government Employees Medical Scheme',
    'Remittance 3341200 - 4 claims',
  ),
  rc(
    'Y25',
    '2025-07-30',
    '-2760.00',
    'PY0730',
    'HBS-0730',
    'HBS001 Hearing Battery Supplies CC',
    'Zinc-air batteries, 20 boxes',
  ),
  rc(
    'Y26',
    '2025-07-31',
    '5120.00',
    'RC0731',
    'MOM66120',
    'MOM - Momentum Health',
    'Remittance 66120 - captured from the advice',
    {
      ledgerOnly: 'remittance captured from the advice on 31 Jul; the funds arrive on 1 Aug',
    },
  ),
  rc(
    'Y27',
    '2025-07-31',
    '-9800.00',
    'PY0731',
    'DO-RENT08',
    'MPMC01 Menlo Park Medical Centre (Pty) Ltd',
    'Rent August 2025 - suite 4 (debit order 1 Aug)',
    {
      ledgerOnly: "August's rent captured on 31 Jul; the debit order runs on 1 Aug",
    },
  ),
];

const lines = [
  line(
    'Z01',
    '2025-07-01',
    '18432.60',
    'DISCOVERY HEALTH MEDICAL SCHEME',
    auto(['Y01'], 'reference', ['remittance-number']),
    {
      ref: 'REM 7741255',
    },
  ),
  line(
    'Z02',
    '2025-07-02',
    '-24850.00',
    'PAYMENT TO SONOVA SOUTH AFRICA',
    auto(['Y02'], 'reference', ['ref-canonical']),
    {
      ref: 'INV 9024418',
    },
  ),
  line(
    'Z03',
    '2025-07-03',
    '9744.45',
    'IKHOKHA SETTLEMENT',
    suggest(['Y03', 'Y04', 'Y05'], 'amount', ['card-settlement', 'short-net-of-fee', 'split-one-to-many']),
    { ref: 'BATCH 556120 02JUL25' },
  ),
  line(
    'Z04',
    '2025-07-04',
    '-9800.00',
    'DEBIT ORDER MENLO PARK MEDICAL CENTRE',
    auto(['Y06'], 'counterparty', ['debit-order', 'name-only']),
    { ref: 'RENT JUL25 SUITE 4' },
  ),
  line('Z05', '2025-07-07', '3250.00', 'BONITAS MEDICAL FUND', auto(['Y07'], 'reference', ['ref-padding']), {
    ref: '0004471882',
  }),
  line('Z06', '2025-07-08', '-15400.00', 'PAYMENT TO WIDEX SA', reversal('Z07'), { ref: 'WX55210' }),
  line('Z07', '2025-07-09', '15400.00', 'RETURNED PAYMENT WIDEX SA - BENEFICIARY ACCOUNT FROZEN', reversal('Z06'), {
    ref: 'WX55210',
  }),
  line(
    'Z08',
    '2025-07-10',
    '-15400.00',
    'PAYMENT TO WIDEX SOUTH AFRICA (PTY) LTD',
    auto(['Y08'], 'reference', ['resent-after-reversal', 'ref-canonical']),
    { ref: 'WX-55210 RESENT' },
  ),
  line(
    'Z09',
    '2025-07-11',
    '-3120.00',
    'PAYMENT TO GN HEARING SOUTH AFRICA',
    twins([['Y09'], ['Y10']], 'counterparty'),
    {
      ref: 'REPAIRS',
    },
  ),
  line(
    'Z10',
    '2025-07-11',
    '-3120.00',
    'PAYMENT TO GN HEARING SOUTH AFRICA',
    twins([['Y09'], ['Y10']], 'counterparty'),
    {
      ref: 'REPAIRS',
    },
  ),
  line(
    'Z11',
    '2025-07-14',
    '10000.00',
    'EFT CREDIT T MOKOENA',
    suggest(['Y11'], 'reference', ['part-payment', 'patient-account']),
    { ref: 'ACC 10234' },
  ),
  line('Z12', '2025-07-15', '-38411.00', 'SARS EMP201', auto(['Y12'], 'reference', ['statutory', 'prn']), {
    ref: '7100442871LC0625',
  }),
  line(
    'Z13',
    '2025-07-15',
    '-3950.00',
    'HPCSA ANNUAL FEES',
    auto(['Y13'], 'reference', ['statutory', 'registration-number']),
    {
      ref: 'AU0012345 AU0012877',
    },
  ),
  line(
    'Z14',
    '2025-07-16',
    '21650.00',
    'ROSSLYN AUTO COMPONENTS (PTY) LTD',
    suggest(['Y14', 'Y15'], 'reference', ['invoice-less-credit-note', 'split-one-to-many', 'ref-canonical']),
    { ref: 'INV 25-0701' },
  ),
  line('Z15', '2025-07-17', '5500.00', 'LOVELY NAILS & BEAUTY BAR', suggest(['Y16'], 'amount', ['trading-name']), {
    ref: 'HEARING AID BAL',
  }),
  line(
    'Z16',
    '2025-07-18',
    '6000.00',
    'EFT CREDIT S MOLEFE',
    auto(['Y17'], 'reference', ['over-payment', 'patient-account'], { difference: '350.00' }),
    { ref: 'ACC 10247 INV 25-0715' },
  ),
  line(
    'Z17',
    '2025-07-21',
    '13900.00',
    'LAERSKOOL QUEENSWOOD',
    auto(['Y18'], 'reference', ['split-many-to-one', 'ref-canonical']),
    { ref: 'INV 25-0710 DEEL 1', group: 'g1' },
  ),
  line(
    'Z18',
    '2025-07-22',
    '-4480.00',
    'DEBIT ORDER VOX TELECOM',
    auto(['Y19'], 'reference', ['debit-order', 'account-number']),
    {
      ref: '8812447',
    },
  ),
  line(
    'Z19',
    '2025-07-23',
    '26450.00',
    'SWIFT CR FNB BOTSWANA J SHIKONGO',
    suggest(['Y20'], 'reference', ['short-net-of-fee', 'swift', 'ref-no-separator']),
    { ref: 'ACC10249' },
  ),
  line(
    'Z20',
    '2025-07-24',
    '3250.00',
    'MEDSHIELD MEDICAL SCHEME',
    none(
      'a Medshield remittance whose advice has not been captured yet',
      "another medical scheme's remittance of the amount of Bonitas' remittance of 4 Jul (book row Y07, paid by the line of 7 Jul)",
      'Y07',
      ['same-amount-same-kind-of-payer'],
    ),
    { ref: 'REM 55102' },
  ),
  line(
    'Z21',
    '2025-07-25',
    '13900.00',
    'LAERSKOOL QUEENSWOOD',
    auto(['Y18'], 'counterparty', ['split-many-to-one', 'name-only']),
    { ref: 'SALDO', group: 'g1' },
  ),
  line(
    'Z22',
    '2025-07-25',
    '-58300.00',
    'LULA BULK PAYMENT',
    suggest(['Y21', 'Y22', 'Y23'], 'amount', ['payroll', 'split-one-to-many']),
    { ref: 'SALARIES JUL25' },
  ),
  line(
    'Z23',
    '2025-07-28',
    '-1240.00',
    'DISCOVERY HEALTH MEDICAL SCHEME',
    none(
      'the scheme recovering a claim it overpaid, by debit, not yet in the books',
      "the remittance number 7741255 of book row Y01 (Discovery's receipt of 1 Jul, paid by the line of 1 Jul), the other way",
      'Y01',
      ['claw-back-citing-remittance'],
    ),
    { ref: 'RECOVERY REM 7741255' },
  ),
  line('Z24', '2025-07-29', '11886.20', 'GEMS', auto(['Y24'], 'reference', ['remittance-number']), {
    ref: 'REMITTANCE 3341200',
  }),
  line(
    'Z25',
    '2025-07-29',
    '-8000.00',
    'PAYMENT TO J VAN WYK',
    none(
      'refund of a hearing aid returned within the trial period, not yet in the books',
      "the patient, account number and amount of book row Y04 (J van Wyk's card deposit of 2 Jul, in the iKhokha settlement), the other way",
      'Y04',
      ['refund-of-a-receipt'],
    ),
    { ref: 'REFUND ACC 10239 TRIAL RETURN' },
  ),
  line(
    'Z26',
    '2025-07-30',
    '-2760.00',
    'PAYMENT TO HEARING BATTERY SUPPLIES CC',
    auto(['Y25'], 'counterparty', ['name-only']),
    { ref: 'BATTERIES JUL' },
  ),
  line('Z27', '2025-07-31', '-99.00', 'MONTHLY ACCOUNT FEE', bankOnly('charge', ['monthly-fee']), { ref: '' }),
  line('Z28', '2025-07-31', '-44.00', 'EFT PAYMENT FEES (8 X R5.50)', bankOnly('charge', ['eft-fee']), { ref: '' }),
  line('Z29', '2025-07-31', '-345.00', 'IKHOKHA DEVICE RENTAL', bankOnly('charge', ['card-machine-rental']), {
    ref: 'DEBIT ORDER JUL25',
  }),
  line('Z30', '2025-07-31', '23.18', 'CREDIT INTEREST', bankOnly('interest', ['interest']), { ref: '' }),
];

const rand = (v) => `R${grouped(v)}`;

export default function za() {
  return {
    meta: {
      set: 'za-lula-goodx',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      period: { from: '2025-07-01', to: '2025-07-31' },
      publicHolidays: [],
      bank: 'Lula (Lula business account)',
      package: 'GoodX (Financials → Cashbook → LULA BUS → Cashbook transactions, July 2025, Export to Excel)',
      business:
        "an audiology practice in Menlo Park, Pretoria (medical schemes paying claims by remittance, patients paying at an iKhokha card machine and by EFT, a factory's occupational hearing screening, a primary school's learner screening, a patient in Botswana; hearing-aid suppliers, repairs, batteries, rent and fibre by debit order, HPCSA fees, SARS EMP201, three staff paid in one bulk payment)",
      notes: [
        "The statement puts the payer's or payee's reference in its own Reference column; the narration is the Description column only.",
        'Money in and Money out carry the rand sign (R) and thousands commas; the iKhokha settlement is net of its 2.75% commission.',
        'GoodX is exported to Excel with real date cells; its Account column is the debtor, creditor or scheme (the party), Doc No the receipt or payment document, Batch the capture batch.',
        'The credit note CN 25-009 (10 Jul) and the invoice receipt (14 Jul) are in the cashbook on different days; Rosslyn Auto Components paid the difference citing the invoice only.',
        'Twins: the two GN Hearing repairs of 11 Jul are identical on the statement; the books tell the patients apart (ledgerAnyOf).',
      ],
    },
    lines,
    rows,
    bank: {
      file: BANK,
      bankName: 'Lula',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\n', bom: false },
      order: 'oldest-first',
      ledgerAccount: 'LULA BUS',
      opening: minor('184330.15'),
      layout:
        'Lula business account statement (CSV): title, account holder, account number, period and balances above the header; Date (DD Mon YYYY), Description, Reference, Category, Money in, Money out (R1,234.56), Balance; an End of statement line',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          moneyIn: 'Money in',
          moneyOut: 'Money out',
          balance: 'Balance',
        },
      },
      reference: (ln) => ln.ref ?? '',
      table(ls, closing) {
        const top = [
          ['Lula Business Account'],
          ['Statement for MENLO PARK AUDIOLOGY INC'],
          ['Account number', '1044773321'],
          ['Statement period', '01 Jul 2025 - 31 Jul 2025'],
          ['Opening balance', rand(minor('184330.15'))],
          ['Closing balance', rand(closing)],
          [],
        ];
        const header = ['Date', 'Description', 'Reference', 'Category', 'Money in', 'Money out', 'Balance'];
        const category = (ln) =>
          ln.d.decision === 'bank-only'
            ? ln.minor > 0
              ? 'Interest'
              : 'Fees'
            : /SETTLEMENT/.test(ln.text)
              ? 'Card settlement'
              : /DEBIT ORDER/.test(ln.text)
                ? 'Debit order'
                : ln.minor < 0
                  ? 'Payment'
                  : 'Deposit';
        const body = ls.map((ln) => ({
          line: ln,
          cells: [
            fmt.dMonY(ln.date),
            ln.text,
            ln.ref ?? '',
            category(ln),
            ln.minor >= 0 ? rand(ln.minor) : '',
            ln.minor < 0 ? rand(ln.minor) : '',
            rand(ln.balance),
          ],
        }));
        return { top, header, body, bottom: [[], ['End of statement']] };
      },
    },
    book: {
      file: BOOK,
      kind: 'xlsx',
      sheet: 'Cashbook',
      opening: minor('184330.15'),
      account: 'LULA BUS',
      layout:
        'GoodX cashbook transactions exported to Excel (XLSX, sheet Cashbook): software, title, practice, cashbook and period above the header; Date (date cells), Batch, Doc No, Account, Description, Debit (money in), Credit (money out), Balance; an Opening Balance row under the header, Totals and Closing Balance rows at the end',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          journalId: 'Batch',
          reference: 'Doc No',
          party: 'Account',
          description: 'Description',
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      description: (rw) => rw.desc,
      reference: (rw) => rw.doc,
      party: (rw) => rw.acc,
      table(rs, opening, closing) {
        const num = (v) => ({ n: v / 100, z: '#,##0.00' });
        const top = [
          ['GoodX Software'],
          ['Cashbook Transactions'],
          ['Practice:', 'Menlo Park Audiology Inc (PR 0887654)'],
          ['Cashbook:', 'LULA BUS - Lula Business Account'],
          ['Period:', '2025/07/01 - 2025/07/31'],
          [],
        ];
        const header = ['Date', 'Batch', 'Doc No', 'Account', 'Description', 'Debit', 'Credit', 'Balance'];
        const body = [{ cells: ['', '', '', '', 'Opening Balance', '', '', num(opening)] }];
        let dr = 0;
        let cr = 0;
        for (const rw of rs) {
          if (rw.minor >= 0) dr += rw.minor;
          else cr -= rw.minor;
          body.push({
            row: rw,
            cells: [
              { date: rw.date, z: 'yyyy/mm/dd' },
              rw.batch,
              rw.doc,
              rw.acc,
              rw.desc,
              rw.minor >= 0 ? num(rw.minor) : '',
              rw.minor < 0 ? num(-rw.minor) : '',
              num(rw.balance),
            ],
          });
        }
        const bottom = [
          ['', '', '', '', 'Totals', num(dr), num(cr), ''],
          ['', '', '', '', 'Closing Balance', '', '', num(closing)],
        ];
        return { top, header, body, bottom, widths: [12, 9, 13, 42, 58, 13, 13, 14] };
      },
    },
  };
}
