// Nigeria, August 2025: an architecture and quantity-surveying practice in Wuse II, Abuja. Bank: a Raven Bank
// business account (CSV export of the app's statement, newest first, unsigned amounts with a Type column, a Status
// column with one failed transfer). Books: BQE CORE's account register of 1010 Raven Bank Current (CSV, US dates).
import { auto, bankOnly, line, none, reversal, row, suggest, twins } from './dsl61.mjs';
import { fmt, grouped, minor } from './lib61.mjs';

const BANK = 'raven-bank-4012845573-aug2025.csv';
const BOOK = 'bqe-core-register-1010-raven-aug2025.csv';

const P = {
  fitout: '25-022 Maitama Office Fit-out',
  gwarinpa: '25-011 Gwarinpa Duplex',
  clinic: '25-019 Karu Clinic Extension',
  asokoro: '25-024 Asokoro Residence',
  jabi: '25-014 Jabi Lake Mixed-use',
  katampe: '25-020 Katampe Classroom Block',
  lugbe: '25-023 Lugbe Estate Phase 1',
  kubwa: '25-021 Kubwa Bungalow',
  lokogoma: '25-025 Lokogoma Terrace',
  office: '00-000 Office & Admin',
};

const rows = [
  row('L01', '2025-08-01', '2850000.00', {
    type: 'Deposit',
    number: 'KEA/25/0398',
    name: 'Sahelian Petroleum Services Ltd',
    project: P.fitout,
    memo: 'Fit-out stage 2 fees',
  }),
  row('L02', '2025-08-01', '-480000.00', {
    type: 'EFT Payment',
    number: 'CE-2231',
    name: 'Coreframe Engineering Ltd',
    project: P.jabi,
    memo: 'Structural design & calculations, bill CE-2231',
  }),
  row('L03', '2025-08-04', '1200000.00', {
    type: 'Deposit',
    number: 'KEA/25/0405',
    name: 'Lawal-Musa, Dr. Hauwa',
    project: P.gwarinpa,
    memo: 'Design fees - concept & schematic',
  }),
  row('L04', '2025-08-06', '-350000.00', {
    type: 'EFT Payment',
    number: 'GA/097',
    name: 'Gbenga Alade & Associates',
    project: P.lugbe,
    memo: 'Topographic survey - Lugbe estate',
  }),
  row('L05', '2025-08-07', '3900000.00', {
    type: 'Deposit',
    number: 'KEA/25/0406',
    name: 'Nyanya Specialist Clinic Ltd',
    project: P.clinic,
    memo: 'Design & BOQ - clinic extension',
  }),
  row('L06', '2025-08-07', '1500000.00', {
    type: 'Deposit',
    number: 'KEA/25/0409',
    name: 'Obi, Chief Emeka',
    project: P.asokoro,
    memo: 'Design fees - paid by card link',
  }),
  row('L07', '2025-08-07', '385000.00', {
    type: 'Deposit',
    number: 'KEA/25/0411',
    name: 'Adeyemi, Mrs. Funmilayo',
    project: P.office,
    memo: 'Site inspection & valuation report - paid by card link',
  }),
  row('L08', '2025-08-11', '-1650000.00', {
    type: 'EFT Payment',
    number: '',
    name: 'Wuse Plaza Properties Ltd',
    project: P.office,
    memo: 'Office rent Jul-Sep 2025, Suite B12',
  }),
  row('L09', '2025-08-12', '1520000.00', {
    type: 'Deposit',
    number: 'KEA/25/0407',
    name: 'Bright Pillars Academy Ltd',
    project: P.katampe,
    memo: 'Design fees - classroom block',
  }),
  row('L10', '2025-08-12', '-96750.00', {
    type: 'EFT Payment',
    number: 'PP-5521',
    name: 'Printech Plotters & Reprographics',
    project: P.jabi,
    memo: 'A1 plotting & binding - tender drawings',
  }),
  row('L11', '2025-08-13', '2400000.00', {
    type: 'Deposit',
    number: 'KEA/25/0402',
    name: 'Kaura Homes Ltd',
    project: P.jabi,
    memo: 'Stage 1 fees - concept design',
  }),
  row('L12', '2025-08-15', '-185000.00', {
    type: 'EFT Payment',
    number: '45071234567',
    name: 'Abuja Electricity Distribution Plc',
    project: P.office,
    memo: 'Prepaid electricity - office meter',
  }),
  row('L13', '2025-08-14', '1100000.00', {
    type: 'Deposit',
    number: 'KEA/25/0410',
    name: 'Nwosu, Amaka (Mrs)',
    project: P.kubwa,
    memo: 'Building permit drawings',
  }),
  row('L14', '2025-08-15', '3400000.00', {
    type: 'Deposit',
    number: 'KEA/25/0413',
    name: 'Arcadia Shelter Developers Ltd',
    project: P.lugbe,
    memo: 'BOQ & cost plan - phase 1',
  }),
  row('L15', '2025-08-15', '-250000.00', {
    type: 'Credit Memo',
    number: 'CN-004',
    name: 'Arcadia Shelter Developers Ltd',
    project: P.lugbe,
    memo: 'Credit note - reduced scope, phase 1 BOQ',
    creditNote: true,
  }),
  row('L16', '2025-08-18', '-640000.00', {
    type: 'EFT Payment',
    number: 'PR0000123456',
    name: 'Stanbic IBTC Pension Managers Ltd',
    project: P.office,
    memo: 'Pension remittance July 2025',
  }),
  row('L17', '2025-08-18', '-312400.00', {
    type: 'EFT Payment',
    number: '290344715520',
    name: 'FCT Internal Revenue Service',
    project: P.office,
    memo: 'PAYE July 2025 (Remita)',
  }),
  row('L18', '2025-08-21', '-180000.00', {
    type: 'EFT Payment',
    number: 'GL-1187',
    name: 'Geotest Laboratories Ltd',
    project: P.lugbe,
    memo: 'Soil investigation - borehole BH1',
  }),
  row('L19', '2025-08-21', '-180000.00', {
    type: 'EFT Payment',
    number: 'GL-1188',
    name: 'Geotest Laboratories Ltd',
    project: P.clinic,
    memo: 'Soil investigation - borehole BH2',
  }),
  row('L20', '2025-08-22', '-45150.00', {
    type: 'EFT Payment',
    number: '2101458872',
    name: 'Spectranet Ltd',
    project: P.office,
    memo: 'Internet - August 2025',
  }),
  row('L21', '2025-08-22', '550000.00', {
    type: 'Deposit',
    number: 'KEA/25/0415',
    name: 'Obi, Chief Emeka',
    project: P.asokoro,
    memo: 'Variation drawings',
  }),
  row('L22', '2025-08-25', '1425000.00', {
    type: 'Deposit',
    number: 'KEA/25/0416',
    name: 'Akpan, Ogechi (Ms)',
    project: P.lokogoma,
    memo: 'Design fees - client abroad',
  }),
  row('L23', '2025-08-29', '2400000.00', {
    type: 'Deposit',
    number: 'KEA/25/0419',
    name: 'Kaura Homes Ltd',
    project: P.jabi,
    memo: 'Stage 2 fees - cheque 000231 lodged',
    ledgerOnly: 'cheque 000231 lodged on 29 Aug, not credited by the end of the month',
  }),
  row('L24', '2025-08-28', '-150000.00', {
    type: 'Check',
    number: '000118',
    name: 'Architects Registration Council of Nigeria',
    project: P.office,
    memo: 'Annual practice fee 2025/2026',
    ledgerOnly: 'cheque 000118 written on 28 Aug, not presented by the end of the month',
  }),
  row('L25', '2025-08-28', '-1450000.00', {
    type: 'Journal Entry',
    number: 'PJ-2508',
    name: 'Payroll',
    project: P.office,
    memo: 'Net salaries August 2025 - 4 staff',
  }),
];

const lines = [
  line(
    'B01',
    '2025-08-01',
    '2850000.00',
    'NIP FRM SAHELIAN PETROLEUM SERVICES LTD KEA-25-0398 FIT OUT STAGE 2',
    auto(['L01'], 'reference', ['ref-dashes']),
  ),
  line(
    'B02',
    '2025-08-04',
    '-480000.00',
    'TRF TO COREFRAME ENGINEERING LTD STRUCTURAL DESIGN JABI',
    auto(['L02'], 'counterparty', ['name-only']),
  ),
  line(
    'B03',
    '2025-08-05',
    '1200000.00',
    'NIP FRM HAUWA LAWAL-MUSA inv 405',
    auto(['L03'], 'reference', ['ref-lowercase', 'ref-serial-only']),
  ),
  line('B04', '2025-08-06', '-350000.00', 'TRF TO GBENGA ALADE & ASSOCIATES TOPO SURVEY LUGBE', reversal('B05')),
  line(
    'B05',
    '2025-08-06',
    '350000.00',
    'REVERSAL TRF TO GBENGA ALADE & ASSOCIATES - INVALID BENEFICIARY ACCOUNT',
    reversal('B04'),
  ),
  line(
    'B06',
    '2025-08-07',
    '-350000.00',
    'TRF TO ALADE GBENGA OLUWASEUN TOPO SURVEY LUGBE RESEND',
    auto(['L04'], 'counterparty', ['resent-after-reversal', 'name-reordered', 'owner-name']),
  ),
  line(
    'B07',
    '2025-08-08',
    '1950000.00',
    'NIP FRM NYANYA SPECIALIST CLINIC KEA 25 0406 PART 1',
    auto(['L05'], 'reference', ['ref-spaces', 'split-many-to-one']),
    { group: 'g1' },
  ),
  line(
    'B08',
    '2025-08-08',
    '1881000.00',
    'PAYSTACK SETTLEMENT PSTK-STL-7731',
    suggest(['L06', 'L07'], 'amount', ['card-settlement', 'short-net-of-fee', 'split-one-to-many']),
  ),
  line(
    'B09',
    '2025-08-11',
    '-1650000.00',
    'TRF TO WUSE PLAZA PROPERTIES LTD OFFICE RENT Q3 SUITE B12',
    auto(['L08'], 'counterparty', ['name-only']),
  ),
  line(
    'B10',
    '2025-08-12',
    '760000.00',
    'NIP FRM BRIGHT PILLARS ACADEMY KEA25/0407 PART PAYMENT',
    suggest(['L09'], 'reference', ['part-payment', 'ref-year-serial-joined']),
  ),
  line(
    'B11',
    '2025-08-13',
    '-96750.00',
    'TRF TO PRINTECH PLOTTERS & REPROGRAPHICS INV PP5521',
    auto(['L10'], 'reference', ['ref-no-separator']),
    { failedBefore: true },
  ),
  line(
    'B12',
    '2025-08-14',
    '2400000.00',
    'NIP FRM KAURA HOMES LTD 25-014 JABI STAGE 1 FEES',
    auto(['L11'], 'reference', ['project-number']),
  ),
  line(
    'B13',
    '2025-08-15',
    '-185000.00',
    'BILLS AEDC PREPAID 45071234567 TOKEN',
    auto(['L12'], 'reference', ['meter-number']),
    { channel: 'Bills' },
  ),
  line(
    'B14',
    '2025-08-15',
    '1100000.00',
    'NIP FRM DIVINE FAVOUR PHARMACY & STORES',
    suggest(['L13'], 'amount', ['trading-name']),
  ),
  line(
    'B15',
    '2025-08-18',
    '3150000.00',
    'NIP FRM ARCADIA SHELTER DEVELOPERS LTD INV 413 LESS CN 004',
    auto(['L14', 'L15'], 'reference', ['invoice-less-credit-note', 'split-one-to-many', 'ref-serial-only']),
  ),
  line(
    'B16',
    '2025-08-19',
    '-640000.00',
    'TRF TO STANBIC IBTC PENSION MGRS PEN EMPLOYER PR0000123456 JUL25',
    auto(['L16'], 'reference', ['statutory', 'employer-code']),
  ),
  line(
    'B17',
    '2025-08-19',
    '-312400.00',
    'REMITA FCT-IRS PAYE JUL 2025 RRR 2903-4471-5520',
    auto(['L17'], 'reference', ['statutory', 'rrr-dashes']),
    { channel: 'Bills' },
  ),
  line(
    'B18',
    '2025-08-20',
    '1950000.00',
    'NIP FRM NYANYA SPECIALIST CLINIC KEA 25 0406 BAL',
    auto(['L05'], 'reference', ['ref-spaces', 'split-many-to-one']),
    { group: 'g1' },
  ),
  line(
    'B19',
    '2025-08-21',
    '-180000.00',
    'TRF TO GEOTEST LABORATORIES LTD SOIL TEST',
    twins([['L18'], ['L19']], 'counterparty'),
  ),
  line(
    'B20',
    '2025-08-21',
    '-180000.00',
    'TRF TO GEOTEST LABORATORIES LTD SOIL TEST',
    twins([['L18'], ['L19']], 'counterparty'),
  ),
  line(
    'B21',
    '2025-08-22',
    '-45150.00',
    'TRF TO SPECTRANET LTD CUST ID 2101458872 AUG',
    auto(['L20'], 'reference', ['account-number']),
  ),
  line(
    'B22',
    '2025-08-22',
    '-150000.00',
    'TRF TO NIA FCT CHAPTER ANNUAL DUES 2025',
    none(
      'annual dues to the Abuja chapter of the Nigerian Institute of Architects, paid by transfer and not yet in the books',
      "another professional body's annual fee of the same amount, written six days later: cheque 000118 to ARCON (book row L24, not presented)",
      'L24',
      ['same-amount-other-body'],
    ),
  ),
  line(
    'B23',
    '2025-08-25',
    '575000.00',
    'NIP FRM CHIEF EMEKA OBI KEA-25-0415 ASOKORO',
    auto(['L21'], 'reference', ['over-payment', 'ref-dashes'], { difference: '25000.00' }),
  ),
  line(
    'B24',
    '2025-08-26',
    '1419500.00',
    'NIP FRM LEMFI/OGECHI AKPAN INV 0416',
    suggest(['L22'], 'reference', ['short-net-of-fee', 'remittance']),
  ),
  line(
    'B25',
    '2025-08-26',
    '285000.00',
    'NIP FRM GOLDEN SAHEL FOODS LTD QTN 0398 DEPOSIT',
    none(
      "a new client's deposit on quotation 0398 (the quotation series), not yet booked",
      "the number of invoice KEA/25/0398 (book row L01, Sahelian Petroleum Services, paid on 1 Aug) and a word of that client's name, at a tenth of its amount",
      'L01',
      ['reference-collision'],
    ),
  ),
  line(
    'B26',
    '2025-08-27',
    '2400000.00',
    'NIP FRM KAURA HOMES LTD MOBILISATION 25-026 WUYE OFFICE',
    none(
      'mobilisation fee for a new project (25-026, Wuye office) not yet invoiced or booked',
      "the same client and amount as Kaura Homes' stage 2 fees for the Jabi project (book row L23, a cheque lodged on 29 Aug and not yet credited)",
      'L23',
      ['same-payer-other-project'],
    ),
  ),
  line(
    'B27',
    '2025-08-28',
    '-420000.00',
    'TRF TO IBRAHIM SANI MUSA AUG 2025 SALARY',
    suggest(['L25'], 'amount', ['payroll', 'split-many-to-one']),
    { group: 'g2' },
  ),
  line(
    'B28',
    '2025-08-28',
    '-380000.00',
    'TRF TO CHIDINMA OKORO AUG SAL',
    suggest(['L25'], 'amount', ['payroll', 'split-many-to-one']),
    { group: 'g2' },
  ),
  line(
    'B29',
    '2025-08-28',
    '-350000.00',
    'TRF TO BOLAJI ADEWALE SALARY AUG25',
    suggest(['L25'], 'amount', ['payroll', 'split-many-to-one']),
    { group: 'g2' },
  ),
  line(
    'B30',
    '2025-08-28',
    '-300000.00',
    'TRF TO FATIMA GARBA AUG 2025 SALARY',
    suggest(['L25'], 'amount', ['payroll', 'split-many-to-one']),
    { group: 'g2' },
  ),
  line('B31', '2025-08-29', '-752.50', 'NIP TRANSFER CHARGES AUG 2025 (14 @ 53.75)', bankOnly('charge', ['nip-fee']), {
    channel: 'System',
  }),
  line('B32', '2025-08-29', '-650.00', 'ELECTRONIC MONEY TRANSFER LEVY AUG 2025', bankOnly('levy', ['emtl']), {
    channel: 'System',
  }),
  line('B33', '2025-08-29', '-136.00', 'SMS ALERT CHARGES AUG 2025', bankOnly('charge', ['sms']), {
    channel: 'System',
  }),
  line(
    'B34',
    '2025-08-29',
    '-2150.00',
    'ACCOUNT MAINTENANCE FEE AUG 2025 INCL VAT',
    bankOnly('charge', ['maintenance']),
    {
      channel: 'System',
    },
  ),
];

const money = (v) => grouped(v);

export default function ng(r) {
  const bankCodes = ['000013', '000016', '000014', '000015', '100004', '090267', '000057'];
  const sessionOf = (ln, time) => {
    const [y, mo, d] = ln.date.split('-');
    return `${bankCodes[r.int(0, bankCodes.length - 1)]}${y.slice(2)}${mo}${d}${time.replace(/:/g, '')}${r.digits(12)}`;
  };
  return {
    meta: {
      set: 'ng-raven-bqecore',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      period: { from: '2025-08-01', to: '2025-08-31' },
      publicHolidays: [],
      bank: 'Raven Bank (Raven Microfinance Bank Ltd)',
      package:
        'BQE CORE (Accounting → Account Register, account 1010 Raven Bank Current, date range August 2025, Export to CSV)',
      business:
        'an architecture and quantity-surveying practice in Wuse II, Abuja (design fees from developers, a school, a clinic and private clients by NIP transfer and by card link through Paystack; structural engineers, land surveyors, soil tests, plotting, office rent, AEDC prepaid power, broadband, PAYE to the FCT-IRS through Remita, pension to a PFA, four salaried staff paid one transfer each)',
      notes: [
        'The statement is the Raven Bank app export: newest first, one Amount column without sign and a Type column (CREDIT/DEBIT) saying the direction, a Status column; the failed transfer of 13 Aug (Status Failed, balance unchanged) is no line and has no truth entry.',
        'NIP charges, the EMTL, SMS alerts and the maintenance fee are posted as one line each at month end.',
        'BQE CORE writes US dates (MM/DD/YYYY) whatever the firm; the register holds the Beginning Balance, a Total and an Ending Balance row, none of them entries.',
        'The credit memo CN-004 is in the register as a negative row on the day it was applied; Arcadia paid the invoice less it in one transfer citing both numbers.',
        'Twins: the two Geotest soil-test payments of 21 Aug are identical on the statement; the register tells them apart only by borehole (ledgerAnyOf).',
      ],
    },
    lines,
    rows,
    bank: {
      file: BANK,
      bankName: 'Raven Bank',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: true },
      order: 'newest-first',
      ledgerAccount: '1010',
      opening: minor('6482915.40'),
      layout:
        'Raven Bank app statement export (CSV, BOM, CRLF): title, account details, opening and closing balance above the header; Date (DD/MM/YYYY HH:MM:SS), Description, Type (CREDIT/DEBIT), Amount (unsigned), Balance, Session ID, Channel, Status; newest first; a footer line',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          description: 'Description',
          amount: 'Amount',
          direction: { column: 'Type', out: ['DEBIT'] },
          balance: 'Balance',
          reference: 'Session ID',
          status: 'Status',
        },
      },
      reference: (ln) => ln.session,
      prepare(ls) {
        // times of day rise through each day; a NIP line carries its session id, others the app's reference
        const byDay = new Map();
        for (const ln of ls) byDay.set(ln.date, [...(byDay.get(ln.date) ?? []), ln]);
        for (const day of byDay.values()) {
          let minute = r.int(7 * 60 + 40, 9 * 60 + 30);
          for (const ln of day) {
            const sec = r.int(0, 59);
            ln.time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(sec).padStart(2, '0')}`;
            minute += r.int(17, 95);
            const ch = ln.channel ?? 'NIP';
            ln.session = ch === 'NIP' ? sessionOf(ln, ln.time) : ch === 'Bills' ? `RVN-BP-${r.digits(10)}` : '';
          }
        }
      },
      table(ls, closing) {
        const top = [
          ['Raven Bank'],
          ['Statement of Account'],
          ['Account Name', 'KADARKO & EZE ARCHITECTS LTD'],
          ['Account Number', '4012845573'],
          ['Currency', 'NGN'],
          ['Period', '01/08/2025 - 31/08/2025'],
          ['Opening Balance', money(minor('6482915.40'))],
          ['Closing Balance', money(closing)],
          ['Date Generated', '01/09/2025 07:12:45'],
          [],
        ];
        const header = ['Date', 'Description', 'Type', 'Amount', 'Balance', 'Session ID', 'Channel', 'Status'];
        const body = [];
        for (const ln of [...ls].reverse()) {
          const cells = [
            `${fmt.dmy(ln.date)} ${ln.time}`,
            ln.text,
            ln.minor < 0 ? 'DEBIT' : 'CREDIT',
            money(ln.minor),
            money(ln.balance),
            ln.session,
            ln.channel ?? 'NIP',
            ln.failed ? 'Failed' : 'Successful',
          ];
          body.push(ln.failed ? { cells } : { line: ln, cells });
        }
        const bottom = [[], ['This statement was generated electronically from the Raven Bank app.']];
        return { top, header, body, bottom };
      },
    },
    book: {
      file: BOOK,
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false },
      opening: minor('6482915.40'),
      account: '1010',
      layout:
        'BQE CORE Account Register export (CSV, CRLF): title, firm, account and date range above the header; Date (MM/DD/YYYY), Type, Number, Name, Project, Memo, Payment, Deposit, Balance; a Beginning Balance row under the header, Total and Ending Balance rows at the end',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'MDY',
        mapping: {
          date: 'Date',
          reference: 'Number',
          party: 'Name',
          description: ['Memo', 'Project'],
          moneyOut: 'Payment',
          moneyIn: 'Deposit',
          balance: 'Balance',
        },
      },
      description: (rw) => `${rw.memo} — ${rw.project}`,
      reference: (rw) => rw.number,
      party: (rw) => rw.name,
      table(rs, opening, closing) {
        const top = [
          ['BQE CORE'],
          ['Account Register'],
          ['Kadarko & Eze Architects Ltd'],
          ['Account: 1010 - Raven Bank Current'],
          ['Date Range: 08/01/2025 - 08/31/2025'],
          [],
        ];
        const header = ['Date', 'Type', 'Number', 'Name', 'Project', 'Memo', 'Payment', 'Deposit', 'Balance'];
        const body = [{ cells: ['Beginning Balance', '', '', '', '', '', '', '', money(opening)] }];
        let out = 0;
        let inn = 0;
        for (const rw of rs) {
          if (rw.minor < 0) out += -rw.minor;
          else inn += rw.minor;
          body.push({
            row: rw,
            cells: [
              fmt.mdy(rw.date),
              rw.type,
              rw.number,
              rw.name,
              rw.project,
              rw.memo,
              rw.minor < 0 ? money(rw.minor) : '',
              rw.minor >= 0 ? money(rw.minor) : '',
              money(rw.balance),
            ],
          });
        }
        const bottom = [
          ['Total', '', '', '', '', '', money(out), money(inn), ''],
          ['Ending Balance', '', '', '', '', '', '', '', money(closing)],
        ];
        return { top, header, body, bottom };
      },
    },
  };
}
