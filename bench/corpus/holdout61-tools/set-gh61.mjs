// Ghana, October 2025: an outdoor-advertising firm (billboards and an LED screen) at Asokwa, Kumasi. Bank: Atwima
// Mponua Rural Bank PLC, Adum branch (CSV from the core banking system, Windows-1252, one AMOUNT column signed by a
// DR/CR suffix). Books: OneUp's transactions of the bank account (CSV, signed amounts with GH₵ and parentheses).
import { auto, bankOnly, line, none, reversal, row, suggest, twins } from './dsl61.mjs';
import { fmt, grouped, minor } from './lib61.mjs';

const BANK = 'amrb-1021010044170-oct2025.csv';
const BOOK = 'oneup-transactions-amrb-current-oct2025.csv';

const cp = (id, date, amount, no, contact, desc, f = {}) =>
  row(id, date, amount, { type: 'Customer payment', no, contact, desc, ...f });
const sp = (id, date, amount, no, contact, desc, f = {}) =>
  row(id, date, amount, { type: 'Supplier payment', no, contact, desc, ...f });

const rows = [
  cp(
    'R01',
    '2025-10-01',
    '12000.00',
    'PAY-0581',
    'Pinnacle Media Agency',
    'Payment of invoice OOM-1024 - Lake Road billboard, September',
  ),
  sp('R02', '2025-10-01', '-4350.00', 'SP-0332', 'Graphic Flex Printers', 'Bill GFP/2291 - six flex faces, 48-sheet'),
  cp(
    'R03',
    '2025-10-03',
    '8500.00',
    'PAY-0582',
    'Suame Motor Spares Enterprise',
    'Payment of invoice OOM-1027 - Suame roundabout, 3 months',
  ),
  sp('R04', '2025-10-03', '-1500.00', 'SP-0333', 'Outdoor Advertising Association of Ghana', 'Membership dues 2025/26'),
  row('R05', '2025-10-02', '-2800.00', {
    type: 'Cheque',
    no: '000412',
    contact: 'Nana Owusu Afriyie',
    desc: 'Site rent Q4 2025 - Ejisu road site',
  }),
  cp(
    'R06',
    '2025-10-06',
    '1500.00',
    'PAY-0583',
    'Royal Kingdom Chapel',
    'Payment of invoice OOM-1029 - 200 A2 posters (Hubtel)',
  ),
  cp(
    'R07',
    '2025-10-06',
    '2650.00',
    'PAY-0584',
    'Adom Susu Collectors',
    'Payment of invoice OOM-1030 - 12-sheet, Tafo (Hubtel)',
  ),
  cp(
    'R08',
    '2025-10-06',
    '850.00',
    'PAY-0585',
    'Ama Serwaa Catering',
    'Payment of invoice OOM-1031 - PVC banner (Hubtel)',
  ),
  sp(
    'R09',
    '2025-10-07',
    '-1200.00',
    'SP-0334',
    'Electricity Company of Ghana',
    'Prepaid units - LED screen Kejetia, meter 01421188776',
  ),
  sp(
    'R10',
    '2025-10-08',
    '-6000.00',
    'SP-0335',
    'Abuakwa Steel Works',
    'Bill ASW-118 - fabrication of 2 billboard structures, deposit',
  ),
  cp(
    'R11',
    '2025-10-10',
    '36000.00',
    'PAY-0586',
    'Asantewaa Beverages Ltd',
    'Payment of invoice OOM-1025 - LED screen slots, October',
  ),
  sp('R12', '2025-10-14', '-3880.00', 'SP-0336', 'Kwabena Antwi Electricals', 'Floodlight repair - Lake Road'),
  sp('R13', '2025-10-14', '-3880.00', 'SP-0337', 'Kwabena Antwi Electricals', 'Floodlight repair - Airport roundabout'),
  sp(
    'R14',
    '2025-10-14',
    '-9870.00',
    'SP-0338',
    'SSNIT',
    'Tier 1 contributions September 2025 - employer 112040017783',
  ),
  sp('R15', '2025-10-14', '-4215.30', 'SP-0339', 'Ghana Revenue Authority', 'PAYE September 2025 - TIN C0004417730'),
  cp(
    'R16',
    '2025-10-15',
    '16000.00',
    'PAY-0587',
    'Kente Credit Union',
    'Payment of invoice OOM-1026 - 12-sheet network, October',
  ),
  row('R17', '2025-10-09', '-1360.00', {
    type: 'Credit note',
    no: 'CN-009',
    contact: 'Kente Credit Union',
    desc: 'Credit note - LED screen downtime, 3 days',
    creditNote: true,
  }),
  sp(
    'R18',
    '2025-10-16',
    '-12500.00',
    'SP-0340',
    'Kumasi Metropolitan Assembly',
    'Advertising permits renewal, 5 structures - permit OA/2025/0917',
  ),
  cp(
    'R19',
    '2025-10-17',
    '8400.00',
    'PAY-0588',
    'Opoku Ware Pharmacy Ltd',
    'Payment of invoice OOM-1032 - 48-sheet, Santasi',
  ),
  cp(
    'R20',
    '2025-10-21',
    '15000.00',
    'PAY-0589',
    'Garden City FM Ltd',
    'Payment of invoice OOM-1033 - Tech junction, 2 faces',
  ),
  cp(
    'R21',
    '2025-10-22',
    '6300.00',
    'PAY-0590',
    'Royal Kingdom Chapel',
    'Payment of invoice OOM-1037 - crusade banners & 2 billboards',
  ),
  sp('R22', '2025-10-24', '-3450.00', 'SP-0341', 'GOIL PLC', 'Fuel card top-up - crane truck'),
  cp(
    'R23',
    '2025-10-27',
    '12000.00',
    'PAY-0591',
    'Ghana Union UK (Manchester)',
    'Payment of invoice OOM-1034 - homecoming billboards',
  ),
  row('R24', '2025-10-29', '-4200.00', {
    type: 'Expense',
    no: 'SAL/OCT/01',
    contact: 'Yaw Mensah',
    desc: 'Net salary October 2025 - operations manager',
  }),
  row('R25', '2025-10-29', '-3650.00', {
    type: 'Expense',
    no: 'SAL/OCT/02',
    contact: 'Akosua Darko',
    desc: 'Net salary October 2025 - accounts & sales',
  }),
  row('R26', '2025-10-29', '-3400.00', {
    type: 'Expense',
    no: 'SAL/OCT/03',
    contact: 'Ibrahim Alhassan',
    desc: 'Net salary October 2025 - crane operator',
  }),
  row('R27', '2025-10-29', '-3100.00', {
    type: 'Expense',
    no: 'SAL/OCT/04',
    contact: 'Efua Quansah',
    desc: 'Net salary October 2025 - designer',
  }),
  row('R28', '2025-10-29', '-3000.00', {
    type: 'Expense',
    no: 'SAL/OCT/05',
    contact: 'Kojo Baidoo',
    desc: 'Net salary October 2025 - site hand',
  }),
  row('R29', '2025-10-30', '-2800.00', {
    type: 'Cheque',
    no: '000415',
    contact: 'Nana Yaa Pokuaa',
    desc: 'Site rent Q4 2025 - Ahodwo site',
    ledgerOnly: 'cheque 000415 written on 30 Oct, not presented by the end of the month',
  }),
  cp('R30', '2025-10-31', '9600.00', 'PAY-0592', 'Asantewaa Beverages Ltd', 'Cheque deposit - invoice OOM-1036', {
    ledgerOnly: 'cheque lodged on 31 Oct, not credited by the end of the month',
  }),
];

const lines = [
  line(
    'G01',
    '2025-10-01',
    '12000.00',
    'GIP CR PINNACLE MEDIA AGENCY OOM1024',
    auto(['R01'], 'reference', ['ref-no-separator']),
  ),
  line(
    'G02',
    '2025-10-02',
    '-4350.00',
    'GIP DR GRAPHIC FLEX PRINTERS ADUM FLEX PRINTING',
    auto(['R02'], 'counterparty', ['name-only']),
  ),
  line(
    'G03',
    '2025-10-03',
    '8500.00',
    'CASH DEP BY BOATENG KWAME',
    suggest(['R03'], 'amount', ['trading-name', 'owner-name', 'cash-deposit']),
  ),
  line(
    'G04',
    '2025-10-03',
    '-1500.00',
    'GIP DR OUTDOOR ADVERTISING ASSOC OF GHANA DUES',
    auto(['R04'], 'counterparty', ['name-abbreviated']),
  ),
  line('G05', '2025-10-06', '-2800.00', 'INWARD CLEARING CHQ 000412', auto(['R05'], 'reference', ['cheque-number']), {
    chq: '000412',
  }),
  line('G06', '2025-10-06', '-75.00', 'CHEQUE BOOK CHARGES 50 LEAVES', bankOnly('charge', ['cheque-book'])),
  line(
    'G07',
    '2025-10-07',
    '4902.50',
    'HUBTEL SETTLEMENT 06-OCT-2025 MID 2033441',
    suggest(['R06', 'R07', 'R08'], 'amount', ['mobile-money-settlement', 'short-net-of-fee', 'split-one-to-many']),
  ),
  line(
    'G08',
    '2025-10-08',
    '-1200.00',
    'ECG POWER PURCHASE MTR 01421188776',
    auto(['R09'], 'reference', ['meter-number']),
  ),
  line('G09', '2025-10-09', '-6000.00', 'GIP DR ABUAKWA STEEL WORKS BILLBOARD STRUCTURES', reversal('G10')),
  line('G10', '2025-10-10', '6000.00', 'RTN/GIP/ABUAKWA STEEL WORKS/INVALID ACCOUNT NUMBER', reversal('G09')),
  line(
    'G11',
    '2025-10-10',
    '-6000.00',
    'MOMO TRF TO 024XXXX512 KOFI ASARE STEEL',
    suggest(['R10'], 'counterparty', ['resent-after-reversal', 'owner-name', 'name-partial', 'momo']),
  ),
  line(
    'G12',
    '2025-10-13',
    '18000.00',
    'GIP CR ASANTEWAA BEVERAGES LTD INV OOM-1025 PART',
    suggest(['R11'], 'reference', ['part-payment', 'ref-canonical']),
  ),
  line(
    'G13',
    '2025-10-14',
    '-3880.00',
    'GIP DR KWABENA ANTWI ELECTRICALS LAMP REPAIR',
    twins([['R12'], ['R13']], 'counterparty'),
  ),
  line(
    'G14',
    '2025-10-14',
    '-3880.00',
    'GIP DR KWABENA ANTWI ELECTRICALS LAMP REPAIR',
    twins([['R12'], ['R13']], 'counterparty'),
  ),
  line(
    'G15',
    '2025-10-15',
    '-9870.00',
    'SSNIT CONTRIBUTION SEP 2025 ER 112040017783',
    auto(['R14'], 'reference', ['statutory', 'employer-number']),
  ),
  line(
    'G16',
    '2025-10-15',
    '-4215.30',
    'GRA PAYE SEP 2025 TIN C0004417730',
    auto(['R15'], 'reference', ['statutory', 'tin']),
  ),
  line(
    'G17',
    '2025-10-16',
    '14640.00',
    'GIP CR KENTE CREDIT UNION INV 1026 NET OF CREDIT',
    suggest(['R16', 'R17'], 'reference', ['invoice-less-credit-note', 'split-one-to-many', 'ref-serial-only']),
  ),
  line(
    'G18',
    '2025-10-17',
    '-12500.00',
    'KMA BILLBOARD PERMIT RENEWAL OA/2025/0917',
    auto(['R18'], 'reference', ['statutory', 'permit-number']),
  ),
  line(
    'G19',
    '2025-10-20',
    '9000.00',
    'GIP CR OPOKU WARE PHARMACY OOM 1032',
    auto(['R19'], 'reference', ['over-payment', 'ref-spaces'], { difference: '600.00' }),
  ),
  line(
    'G20',
    '2025-10-21',
    '7500.00',
    'GIP CR GARDEN CITY FM LTD',
    suggest(['R20'], 'counterparty', ['split-many-to-one', 'name-only']),
    { group: 'g1' },
  ),
  line(
    'G21',
    '2025-10-22',
    '6300.00',
    'GIP CR ROYAL KINGDOM CHAPEL OOM/1037',
    auto(['R21'], 'reference', ['ref-slashes']),
  ),
  line(
    'G22',
    '2025-10-23',
    '12000.00',
    'GIP CR PINNACLE MEDIA AGENCY LTD OOM-1024 SEPT BILLBOARD',
    none(
      'Pinnacle Media paid invoice OOM-1024 a second time (it was paid on 1 Oct); to be refunded or held on account, not in the books',
      'the payer, amount and invoice number of book row R01, which the line of 1 Oct pays',
      'R01',
      ['duplicate-payment'],
    ),
  ),
  line(
    'G23',
    '2025-10-24',
    '-4350.00',
    'GIP DR GRAPHIC FLEX PRINTERS BILL GFP/2248',
    none(
      "payment of Graphic Flex Printers' September bill GFP/2248, not yet recorded in the books",
      "the payee and amount of book row R02 (bill GFP/2291, which the line of 2 Oct pays); the line cites the other bill's number",
      'R02',
      ['same-payee-other-bill'],
    ),
  ),
  line(
    'G24',
    '2025-10-24',
    '-3450.00',
    'GIP DR GOIL PLC ASOKWA FUEL CARD TOPUP',
    auto(['R22'], 'counterparty', ['name-only']),
  ),
  line(
    'G25',
    '2025-10-27',
    '7500.00',
    'GIP CR GARDEN CITY FM LTD',
    suggest(['R20'], 'counterparty', ['split-many-to-one', 'name-only']),
    { group: 'g1' },
  ),
  line(
    'G26',
    '2025-10-28',
    '11760.00',
    'ZEEPAY REMIT GHANA UNION UK MANCHESTER OOM 1034',
    suggest(['R23'], 'reference', ['short-net-of-fee', 'remittance', 'ref-spaces']),
  ),
  line(
    'G27',
    '2025-10-29',
    '-17350.00',
    'SALARY BULK PAYMENT OCT 2025 (5 STAFF)',
    suggest(['R24', 'R25', 'R26', 'R27', 'R28'], 'amount', ['payroll', 'split-one-to-many']),
  ),
  line('G28', '2025-10-31', '-45.00', 'SMS ALERT CHARGES OCT 2025', bankOnly('charge', ['sms'])),
  line('G29', '2025-10-31', '-120.00', 'COT/LEDGER FEES OCT 2025', bankOnly('charge', ['ledger-fee'])),
  line('G30', '2025-10-31', '-35.00', 'GIP TRANSFER CHARGES OCT 2025 (7 @ 5.00)', bankOnly('charge', ['gip-fee'])),
];

const drcr = (v) => `${grouped(v)} ${v < 0 ? 'DR' : 'CR'}`;
const cedi = (v) => (v < 0 ? `(GH₵ ${grouped(v)})` : `GH₵ ${grouped(v)}`);

export default function gh() {
  return {
    meta: {
      set: 'gh-atwimamponua-oneup',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      period: { from: '2025-10-01', to: '2025-10-31' },
      publicHolidays: [],
      bank: 'Atwima Mponua Rural Bank PLC',
      package: 'OneUp (Banking → Atwima Mponua RB - Current → Transactions, October 2025, Export CSV)',
      business:
        "an outdoor-advertising firm at Asokwa, Kumasi (48-sheet and 12-sheet billboards and an LED screen at Kejetia; agencies, brands, churches, a credit union, a radio station and small customers paying by GhIPSS instant pay, cash, a Hubtel merchant account and a remittance; flex printing, steel structures, site rents by cheque, floodlight repairs, ECG prepaid power, fuel, the Kumasi Metropolitan Assembly's permits, SSNIT, GRA PAYE, five staff paid in one bulk payment)",
      notes: [
        "The statement is the rural bank's core-banking CSV in Windows-1252 (GH¢ in the preamble): one AMOUNT column whose DR/CR suffix gives the direction, the balance also suffixed; value dates; cheque numbers in their own column; totals, closing balance and an end-of-statement line at the foot.",
        'October 2025 falls after the repeal of the E-levy: no levy lines; the 1.95% Hubtel fee comes off the settlement.',
        'OneUp writes signed amounts with the currency sign, money out in parentheses; its No. column is the payment number, the invoice number is in the description.',
        'The credit note CN-009 was issued on 9 Oct, the invoice payment recorded on 15 Oct; Kente Credit Union paid the difference citing the invoice only.',
        'Twins: the two floodlight repairs of 14 Oct are identical on the statement; the books tell the sites apart (ledgerAnyOf).',
      ],
    },
    lines,
    rows,
    bank: {
      file: BANK,
      bankName: 'Atwima Mponua Rural Bank',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false, encoding: 'latin1' },
      order: 'oldest-first',
      ledgerAccount: 'Atwima Mponua RB - Current',
      opening: minor('85412.60'),
      layout:
        'Atwima Mponua Rural Bank customer statement (CSV, Windows-1252, CRLF): bank, branch, title and account details (GH¢) above the header; TXN DATE and VALUE DATE (DD-MON-YYYY), DESCRIPTION, CHEQUE NO, AMOUNT and BALANCE suffixed DR/CR; TOTAL DEBITS, TOTAL CREDITS, CLOSING BALANCE and an end-of-statement line at the foot',
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'TXN DATE',
          valueDate: 'VALUE DATE',
          description: 'DESCRIPTION',
          reference: 'CHEQUE NO',
          amount: 'AMOUNT',
          balance: 'BALANCE',
        },
      },
      reference: (ln) => ln.chq ?? '',
      table(ls, closing) {
        const top = [
          ['ATWIMA MPONUA RURAL BANK PLC'],
          ['ADUM BRANCH - KUMASI'],
          ['CUSTOMER ACCOUNT STATEMENT'],
          [],
          ['ACCOUNT NAME:', 'OSEIKROM OUTDOOR MEDIA LTD'],
          ['ACCOUNT NUMBER:', '1021010044170'],
          ['PRODUCT:', 'CURRENT ACCOUNT - CORPORATE'],
          ['CURRENCY:', 'GH¢ (GHS)'],
          ['PERIOD:', '01-OCT-2025 TO 31-OCT-2025'],
          ['OPENING BALANCE:', drcr(minor('85412.60'))],
          [],
        ];
        const header = ['TXN DATE', 'VALUE DATE', 'DESCRIPTION', 'CHEQUE NO', 'AMOUNT', 'BALANCE'];
        let dr = 0;
        let cr = 0;
        const body = ls.map((ln) => {
          if (ln.minor < 0) dr += ln.minor;
          else cr += ln.minor;
          return {
            line: ln,
            cells: [
              fmt.dMonYUpper(ln.date),
              fmt.dMonYUpper(ln.valueDate ?? ln.date),
              ln.text,
              ln.chq ?? '',
              drcr(ln.minor),
              drcr(ln.balance),
            ],
          };
        });
        const bottom = [
          ['', '', 'TOTAL DEBITS', '', drcr(dr), ''],
          ['', '', 'TOTAL CREDITS', '', drcr(cr), ''],
          ['', '', 'CLOSING BALANCE', '', '', drcr(closing)],
          ['*** END OF STATEMENT ***'],
        ];
        return { top, header, body, bottom };
      },
    },
    book: {
      file: BOOK,
      kind: 'csv',
      csv: { delimiter: ',', eol: '\n', bom: true },
      opening: minor('85412.60'),
      account: 'Atwima Mponua RB - Current',
      layout:
        'OneUp bank account transactions export (CSV, UTF-8 with BOM): firm, title, account and period above the header; Date (DD/MM/YYYY), Type, No., Contact, Description, Amount (GH₵, money out in parentheses), Balance; an Opening balance row under the header and a Closing balance row at the end',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'No.',
          party: 'Contact',
          description: 'Description',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      description: (rw) => rw.desc,
      reference: (rw) => rw.no,
      party: (rw) => rw.contact,
      table(rs, opening, closing) {
        const top = [
          ['Oseikrom Outdoor Media Ltd'],
          ['Bank account transactions'],
          ['Account: Atwima Mponua RB - Current (1021010044170)'],
          ['From 01/10/2025 to 31/10/2025'],
          [],
        ];
        const header = ['Date', 'Type', 'No.', 'Contact', 'Description', 'Amount', 'Balance'];
        const body = [{ cells: ['', '', '', '', 'Opening balance', '', cedi(opening)] }];
        for (const rw of rs) {
          body.push({
            row: rw,
            cells: [fmt.dmy(rw.date), rw.type, rw.no, rw.contact, rw.desc, cedi(rw.minor), cedi(rw.balance)],
          });
        }
        const bottom = [['', '', '', '', 'Closing balance', '', cedi(closing)]];
        return { top, header, body, bottom };
      },
    },
  };
}
