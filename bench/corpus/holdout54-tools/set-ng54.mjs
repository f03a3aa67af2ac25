// NG: a dental clinic in Wuse II, Abuja, February 2035 — Renmoney MFB statement (CSV) against Wafeq's General
// Ledger report of the bank account (XLSX; the owners' Dubai holding company keeps the group's books in Wafeq).
import { dMonY, digits, grouped, writeCsv, writeXlsx } from './lib54.mjs';

const BANK = 'renmoney-4730-feb2035.csv';
const BOOK = 'wafeq-general-ledger-1112-feb2035.xlsx';

export default {
  set: 'ng-renmoney-wafeq',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  period: { from: '2035-02-01', to: '2035-02-28' },
  holidays: ['2035-02-19', '2035-02-20'],
  bank: 'Renmoney Microfinance Bank Ltd',
  package: 'Wafeq (Reports → General Ledger, account 1112 Renmoney MFB – Current, export to Excel)',
  business:
    'a private dental clinic in Wuse II, Abuja (HMO claims and capitation, corporate staff dental schemes, patients paying by transfer and card, orthodontic treatment plans, a dental laboratory, consumables, a locum dentist, a generator)',
  bankFile: BANK,
  bookFile: BOOK,
  ledgerAccount: '1112',
  openingBalance: 486245000,
  order: 'oldest-first',
  bankLayout:
    'CSV; title rows (bank, statement, account name, masked number, currency, period, opening balance), header `Trans. Date, Value Date, Narration, Reference, Debit, Credit, Balance`, dates dd-Mon-yyyy, amounts with thousands commas, a `Closing Balance` row',
  bookLayout:
    'XLSX, one sheet `General Ledger`; four title rows, header `Date, Number, Source, Reference, Contact, Description, Debit, Credit, Balance`, real date cells (dd/mm/yyyy), `Opening Balance` and `Closing Balance` rows without a date',
  bankReadOptions: {
    currency: 'NGN',
    dateOrder: 'DMY',
    mapping: {
      date: 'Trans. Date',
      valueDate: 'Value Date',
      description: 'Narration',
      reference: 'Reference',
      moneyOut: 'Debit',
      moneyIn: 'Credit',
      balance: 'Balance',
    },
  },
  bookReadOptions: {
    dateOrder: 'DMY',
    mapping: {
      date: 'Date',
      journalId: 'Number',
      reference: 'Reference',
      party: 'Contact',
      description: ['Description'],
      moneyIn: 'Debit',
      moneyOut: 'Credit',
    },
  },
  notes: [
    'Eid-el-Kabir is taken as Monday 19 and Tuesday 20 February 2035 (the date depends on the moon; no line but NIP and card falls on them).',
    'NIP charges ₦10.75 / ₦26.88 / ₦53.75 by band (VAT inclusive), bulk transfer ₦53.75 an item, S/O commission ₦53.75, Remita ₦161.25, EMTL ₦50 on each electronic receipt of ₦10,000 or more taken once for the month, SMS ₦4 an alert, maintenance ₦1 per mille of debits plus 7.5 % VAT, POS MSC 0.5 %.',
    'The DentalPro payment failed (beneficiary account invalid), came back the same day and was sent again the next day to the corrected account; the books hold it once, on the day of the first attempt.',
  ],
  build(M, rnd) {
    const nip = () => `NIP/${digits(rnd, 6)}${digits(rnd, 6)}${digits(rnd, 6)}`;
    const chg = (d, a = '-53.75') =>
      M.bankOnly({ d, a, t: 'NIP CHARGE + VAT', r: nip(), anyDay: true }, 'charge', ['nip-charge']);
    // receipts
    M.match(
      'auto',
      { d: '2035-02-01', a: '486250.00', t: 'NIP FRM HYGEIA HMO LIMITED/CLAIMS SETTLEMENT INV 412', r: nip() },
      {
        d: '2035-02-01',
        a: '486250.00',
        ref: 'INV-0412',
        party: 'Hygeia HMO Limited',
        desc: 'Claims settlement December 2034 – Hygeia enrollees',
        type: 'Customer Payment',
      },
      { evidence: 'reference', traits: ['ref-no-padding', 'nip-session-id'] },
    );
    M.match(
      'auto',
      { d: '2035-02-05', a: '3150000.00', t: 'TRF FRM SMILE ARC HOLDINGS FZ-LLC/FX0211 CONVERSION', r: nip() },
      {
        d: '2035-02-05',
        a: '3150000.00',
        ref: 'FX-0211',
        party: 'Smile Arc Holdings FZ-LLC',
        desc: 'Shareholder funding – Q1 equipment (USD converted)',
        type: 'Manual Journal',
      },
      { evidence: 'reference', traits: ['ref-year-serial-joined', 'interbank-transfer'] },
    );
    M.match(
      'auto',
      { d: '2035-02-06', a: '312400.00', t: 'TRF FRM RELIANCE HMO/INV0415 & INV0419', r: nip() },
      [
        {
          d: '2035-02-06',
          a: '187900.00',
          ref: 'INV-0415',
          party: 'Reliance Health Ltd',
          desc: 'Capitation February 2035',
          type: 'Customer Payment',
        },
        {
          d: '2035-02-06',
          a: '124500.00',
          ref: 'INV-0419',
          party: 'Reliance Health Ltd',
          desc: 'Fee-for-service claims January',
          type: 'Customer Payment',
        },
      ],
      { evidence: 'reference', traits: ['split-one-to-many', 'ref-year-serial-joined'] },
    );
    M.match(
      'suggest',
      [
        { d: '2035-02-08', a: '200000.00', t: 'NIP FRM AXA MANSARD HEALTH LTD/PART PYMT INV 0409', r: nip() },
        { d: '2035-02-14', a: '145600.00', t: 'NIP FRM AXA MANSARD HEALTH/BAL INV 0409', r: nip() },
      ],
      {
        d: '2035-02-08',
        a: '345600.00',
        ref: 'INV-0409',
        party: 'AXA Mansard Health Limited',
        desc: 'Claims settlement – AXA Mansard enrollees Dec/Jan',
        type: 'Customer Payment',
      },
      { evidence: 'reference', traits: ['split-many-to-one', 'ref-spaces'] },
    );
    M.match(
      'suggest',
      { d: '2035-02-07', a: '183507.85', t: 'POS SETTLEMENT TID 2214RN07 BATCH 06/02', r: `STL${digits(rnd, 9)}` },
      {
        d: '2035-02-06',
        a: '184430.00',
        ref: 'DT-0206',
        party: 'Walk-in patients',
        desc: 'Card takings 6 Feb (front desk POS)',
        type: 'Customer Payment',
      },
      { evidence: 'amount', traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'] },
    );
    M.match(
      'auto',
      { d: '2035-02-13', a: '96019.49', t: 'POS SETTLEMENT TID 2214RN07 BATCH 12/02', r: `STL${digits(rnd, 9)}` },
      {
        d: '2035-02-13',
        a: '96019.49',
        ref: 'DT-0212',
        party: 'Walk-in patients',
        desc: 'POS settlement TID 2214RN07 of 12 Feb (net of MSC)',
        type: 'Customer Payment',
      },
      { evidence: 'reference', traits: ['pos-settlement', 'settled-next-day'] },
    );
    M.match(
      'suggest',
      { d: '2035-02-09', a: '75000.00', t: 'TRF FRM OKONKWO-ADEYEMI CHIAMAKA', r: nip() },
      {
        d: '2035-02-08',
        a: '75000.00',
        ref: 'RCT-118',
        party: 'Chiamaka Okonkwo Adeyemi',
        desc: 'Root canal treatment – balance by transfer',
        type: 'Customer Payment',
      },
      { evidence: 'counterparty', traits: ['name-only', 'name-order-swapped'] },
    );
    M.match(
      'suggest',
      { d: '2035-02-12', a: '42500.00', t: 'NIP FRM EMEKAOBI C/TREATMENT', r: nip() },
      {
        d: '2035-02-12',
        a: '42500.00',
        ref: 'RCT-121',
        party: 'Emeka C. Obi',
        desc: 'Scaling and polishing, two fillings',
        type: 'Customer Payment',
      },
      { evidence: 'counterparty', traits: ['name-only', 'words-run-together', 'initials'] },
    );
    M.match(
      'auto',
      { d: '2035-02-15', a: '260000.00', t: 'NIP FRM JULIUS BERGER NIGERIA PLC/STAFF DENTAL INV-0421', r: nip() },
      {
        d: '2035-02-15',
        a: '258000.00',
        ref: 'INV-0421',
        party: 'Julius Berger Nigeria Plc',
        desc: 'Staff dental scheme – January treatments',
        type: 'Customer Payment',
      },
      { evidence: 'reference', traits: ['ref-canonical', 'over-payment'] },
    );
    M.none({ d: '2035-02-16', a: '40000.00', t: 'CASH DEPOSIT - WUSE II BRANCH/SELF', r: `CD${digits(rnd, 7)}` }, [
      'unknown-receipt',
    ]);
    M.match(
      'suggest',
      { d: '2035-02-21', a: '150000.00', t: 'TRF FRM MRS FOLAKE ADEBANJO/BRACES DEPOSIT', r: nip() },
      {
        d: '2035-02-21',
        a: '450000.00',
        ref: 'OTP-0032',
        party: 'Folake Adebanjo',
        desc: 'Orthodontic treatment plan OTP-0032 – fixed braces',
        type: 'Customer Payment',
      },
      { evidence: 'counterparty', traits: ['part-payment', 'name-title'] },
    );
    M.match(
      'suggest',
      { d: '2035-02-22', a: '114000.00', t: 'NIP FRM LEADWAY HEALTH LTD/INV 417 LESS WHT', r: nip() },
      {
        d: '2035-02-22',
        a: '120000.00',
        ref: 'INV-0417',
        party: 'Leadway Health Limited',
        desc: 'Claims settlement – Leadway enrollees January',
        type: 'Customer Payment',
      },
      { evidence: 'reference', traits: ['short-withholding-tax-5pct', 'ref-serial-only'] },
    );
    // decoy: same amount, a similar name, another payer
    M.none({ d: '2035-02-26', a: '85000.00', t: 'NIP FRM NGOZI EZEH ENTERPRISES', r: nip() }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    M.ledgerOnlyRow(
      {
        d: '2035-02-26',
        a: '85000.00',
        ref: 'CRN-044',
        party: 'Ngozi Eze',
        desc: 'Crown fitting – patient to pay by transfer',
        type: 'Customer Payment',
      },
      'a patient’s promised transfer, not received by 28 February (the bank’s Ngozi Ezeh Enterprises is another payer)',
    );
    // payments
    M.match(
      'suggest',
      {
        d: '2035-02-01',
        a: '-850000.00',
        t: 'STANDING ORDER/WUSE II PLAZA LTD/RENT FEB 2035',
        r: `SO${digits(rnd, 6)}`,
      },
      {
        d: '2035-02-01',
        a: '-850000.00',
        ref: 'BILL-0098',
        party: 'Wuse 2 Plaza Limited',
        desc: 'Clinic rent February 2035',
        type: 'Bill Payment',
      },
      { evidence: 'counterparty', traits: ['standing-order', 'name-written-differently'] },
    );
    M.bankOnly({ d: '2035-02-01', a: '-53.75', t: 'S/O COMMISSION + VAT', r: `SO${digits(rnd, 6)}` }, 'charge', [
      'standing-order-charge',
    ]);
    M.match(
      'auto',
      {
        d: '2035-02-02',
        a: '-35000.00',
        t: 'WEB PURCHASE/SPECTRANET LIMITED/LAGOS',
        r: `${digits(rnd, 12)}`,
        anyDay: true,
      },
      {
        d: '2035-02-02',
        a: '-35000.00',
        ref: 'EXP-0302',
        party: 'Spectranet Limited',
        desc: 'Internet – February',
        type: 'Expense',
      },
      { evidence: 'counterparty', traits: ['card-purchase', 'name-only'] },
    );
    M.reversal(
      { d: '2035-02-07', a: '-312500.00', t: 'NIP TO DENTALPRO SUPPLIES/PO-2231', r: nip(), anyDay: true },
      {
        d: '2035-02-07',
        a: '312500.00',
        t: 'REVERSAL/NIP TO DENTALPRO SUPPLIES/PO-2231/INVALID ACCOUNT',
        r: nip(),
        anyDay: true,
      },
      ['failed-transfer', 'same-day-reversal'],
    );
    chg('2035-02-07');
    M.match(
      'auto',
      { d: '2035-02-08', a: '-312500.00', t: 'NIP TO DENTAL PRO SUPPLIES NIG LTD/PO2231', r: nip() },
      {
        d: '2035-02-07',
        a: '-312500.00',
        ref: 'PO-2231',
        party: 'DentalPro Supplies Nigeria Ltd',
        desc: 'Composite, alginate, gloves – PO-2231',
        type: 'Bill Payment',
      },
      {
        evidence: 'reference',
        traits: ['resent-after-reversal', 'ref-year-serial-joined', 'name-written-differently'],
      },
    );
    chg('2035-02-08');
    M.match(
      'auto',
      {
        d: '2035-02-09',
        a: '-412350.00',
        t: 'REMITA/RRR 2707-6631-4459/FCT-IRS PAYE JAN 2035',
        r: `RRR${digits(rnd, 8)}`,
      },
      {
        d: '2035-02-09',
        a: '-412350.00',
        ref: 'RRR270766314459',
        party: 'FCT Internal Revenue Service',
        desc: 'PAYE January 2035',
        type: 'Expense',
      },
      { evidence: 'reference', traits: ['ref-spaces', 'remita-rrr'] },
    );
    M.bankOnly({ d: '2035-02-09', a: '-161.25', t: 'REMITA SERVICE CHARGE', r: `RRR${digits(rnd, 8)}` }, 'charge', [
      'remita-charge',
    ]);
    M.match(
      'suggest',
      { d: '2035-02-09', a: '-298440.00', t: 'NIP TO STANBIC IBTC PENSION MGRS/PENCOM JAN', r: nip() },
      {
        d: '2035-02-09',
        a: '-298440.00',
        ref: 'PEN-0135',
        party: 'Stanbic IBTC Pension Managers Limited',
        desc: 'Pension contributions January 2035 (employer + employee)',
        type: 'Expense',
      },
      { evidence: 'counterparty', traits: ['name-abbreviated'] },
    );
    chg('2035-02-09');
    M.match(
      'auto',
      { d: '2035-02-13', a: '-185000.00', t: 'CLEARING CHQ 00042117', r: '00042117' },
      {
        d: '2035-02-09',
        a: '-185000.00',
        ref: 'CHQ 042117',
        party: 'Alh. Musa Generator Services',
        desc: 'Generator servicing and parts – cheque 042117',
        type: 'Bill Payment',
      },
      { evidence: 'reference', traits: ['cheque-number', 'ref-padding-differs'] },
    );
    M.match(
      'auto',
      { d: '2035-02-12', a: '-96400.00', t: 'POS PURCHASE/NNPC RETAIL WUSE 2/ABUJA', r: `${digits(rnd, 12)}` },
      {
        d: '2035-02-12',
        a: '-96400.00',
        ref: 'EXP-0311',
        party: 'NNPC Retail Ltd',
        desc: 'Diesel 120 litres – generator',
        type: 'Expense',
      },
      { evidence: 'counterparty', traits: ['card-purchase', 'name-only'] },
    );
    M.match(
      'auto',
      { d: '2035-02-14', a: '-245000.00', t: 'NIP TO CROWN&BRIDGE DENTAL LAB/B077 B081', r: nip() },
      [
        {
          d: '2035-02-14',
          a: '-130000.00',
          ref: 'BILL-0077',
          party: 'Crown and Bridge Dental Laboratory',
          desc: 'Zirconia crowns ×4',
          type: 'Bill Payment',
        },
        {
          d: '2035-02-14',
          a: '-115000.00',
          ref: 'BILL-0081',
          party: 'Crown and Bridge Dental Laboratory',
          desc: 'Partial denture, night guard',
          type: 'Bill Payment',
        },
      ],
      { evidence: 'reference', traits: ['split-one-to-many', 'ref-serial-only', 'words-run-together'] },
    );
    chg('2035-02-14');
    M.match(
      'auto',
      { d: '2035-02-15', a: '-275000.00', t: 'LOAN REPAYMENT/RMN-LN-88213/INST 07', r: `LN${digits(rnd, 8)}` },
      {
        d: '2035-02-15',
        a: '-275000.00',
        ref: 'LN88213',
        party: 'Renmoney MFB',
        desc: 'Equipment loan 88213 – instalment 7 of 18',
        type: 'Manual Journal',
      },
      { evidence: 'reference', traits: ['loan-instalment', 'direct-debit', 'ref-hyphens'] },
    );
    M.anyOf(
      'auto',
      [
        { d: '2035-02-16', a: '-12000.00', t: 'NIP TO ABUBAKAR SANI/DISPATCH', r: nip() },
        { d: '2035-02-16', a: '-12000.00', t: 'NIP TO ABUBAKAR SANI/DISPATCH', r: nip() },
      ],
      [
        {
          d: '2035-02-16',
          a: '-12000.00',
          ref: 'EXP-0318',
          party: 'Abubakar Sani',
          desc: 'Dispatch rider – lab runs (Garki)',
          type: 'Expense',
        },
        {
          d: '2035-02-16',
          a: '-12000.00',
          ref: 'EXP-0319',
          party: 'Abubakar Sani',
          desc: 'Dispatch rider – lab runs (Maitama)',
          type: 'Expense',
        },
      ],
      { evidence: 'counterparty', traits: ['twins'] },
    );
    chg('2035-02-16', '-26.88');
    chg('2035-02-16', '-26.88');
    M.none(
      { d: '2035-02-17', a: '-18650.00', t: 'WEB PURCHASE/JUMIA NG/LAGOS', r: `${digits(rnd, 12)}`, anyDay: true },
      ['unrecorded-card-purchase'],
    );
    M.anyOf(
      'suggest',
      [{ d: '2035-02-22', a: '-150000.00', t: 'NIP TO DR AISHA BELLO/LOCUM', r: nip() }],
      [
        {
          d: '2035-02-14',
          a: '-150000.00',
          ref: 'BILL-0104',
          party: 'Dr Aisha Bello',
          desc: 'Locum sessions week 6',
          type: 'Bill Payment',
        },
        {
          d: '2035-02-21',
          a: '-150000.00',
          ref: 'BILL-0109',
          party: 'Dr Aisha Bello',
          desc: 'Locum sessions week 7',
          type: 'Bill Payment',
        },
      ],
      { evidence: 'counterparty', mustNotAuto: true, traits: ['tie'] },
    );
    M.none({ d: '2035-02-23', a: '-64500.00', t: 'NIP TO MEDIPLUS PHARMA/STAFF PRESCRIPTIONS', r: nip() }, [
      'decoy',
      'same-amount',
      'similar-name',
    ]);
    chg('2035-02-23');
    M.ledgerOnlyRow(
      {
        d: '2035-02-21',
        a: '-64500.00',
        ref: 'CHQ 042120',
        party: 'Medic Plus Pharmacy',
        desc: 'Local anaesthetic cartridges – cheque 042120',
        type: 'Bill Payment',
      },
      'cheque not presented by 28 February (the bank’s NIP to Mediplus Pharma is another payment)',
    );
    M.ledgerOnlyRow(
      {
        d: '2035-02-26',
        a: '-60000.00',
        ref: 'CHQ 042119',
        party: 'Abuja Environmental Protection Board',
        desc: 'Clinical waste collection permit 2035 – cheque 042119',
        type: 'Bill Payment',
      },
      'cheque not presented by 28 February',
    );
    M.match(
      'suggest',
      {
        d: '2035-02-27',
        a: '-3412800.00',
        t: 'BULK TRF/FEB 2035 SALARIES/14 BENEFICIARIES',
        r: `BLK${digits(rnd, 7)}`,
      },
      {
        d: '2035-02-27',
        a: '-3412800.00',
        ref: 'PAYRUN-2035-02',
        party: 'Staff',
        desc: 'February 2035 payroll – net pay',
        type: 'Manual Journal',
      },
      { evidence: 'amount', traits: ['salary-batch'] },
    );
    M.bankOnly(
      { d: '2035-02-27', a: '-752.50', t: 'BULK TRF CHARGES 14 X 53.75', r: `BLK${digits(rnd, 7)}` },
      'charge',
      ['batch-charge'],
    );
    M.bankOnly(
      { d: '2035-02-28', a: '-550.00', t: 'ELECTRONIC MONEY TRANSFER LEVY FEB 2035 (11)', r: 'EMTL0235' },
      'levy',
      ['emtl'],
    );
    M.bankOnly({ d: '2035-02-28', a: '-188.00', t: 'SMS ALERT CHARGES FEB 2035', r: 'SMS0235' }, 'charge', [
      'sms-alert',
    ]);
    M.bankOnly({ d: '2035-02-28', a: '-6480.00', t: 'ACCOUNT MAINTENANCE FEE FEB 2035', r: 'AMF0235' }, 'charge', [
      'maintenance-fee',
    ]);
    M.bankOnly({ d: '2035-02-28', a: '-486.00', t: 'VAT ON ACCOUNT MAINTENANCE FEE', r: 'AMF0235' }, 'fee-vat', [
      'vat-on-fee',
    ]);
  },
  writeBank(path, lines, S) {
    const money = (v) => grouped(v);
    const rows = [
      ['Renmoney Microfinance Bank Limited'],
      ['Statement of Account'],
      ['Account Name', 'SMILE ARC DENTAL CLINIC LTD'],
      ['Account Number', '******4730'],
      ['Currency', 'NGN'],
      ['Period', `${dMonY(S.period.from)} to ${dMonY(S.period.to)}`],
      ['Opening Balance', money(S.openingBalance)],
      [],
      ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
    ];
    const headerRow = rows.length;
    const rowOf = new Map();
    for (const b of lines) {
      rows.push([
        dMonY(b.d),
        dMonY(b.v ?? b.d),
        b.t,
        b.r ?? '',
        b.amount < 0 ? money(b.amount) : '',
        b.amount > 0 ? money(b.amount) : '',
        money(b.balance),
      ]);
      rowOf.set(b, rows.length);
    }
    rows.push(['Closing Balance', '', '', '', '', '', money(lines.at(-1).balance)]);
    writeCsv(path, rows);
    return { headerRow, rowOf };
  },
  writeBook(path, entries, S) {
    const num = (v) => ({ num: Math.abs(v) });
    const rows = [
      ['Smile Arc Dental Clinic Ltd'],
      ['General Ledger'],
      ['From 01/02/2035 To 28/02/2035'],
      ['Account: 1112 - Renmoney MFB – Current (NGN)'],
      [],
      ['Date', 'Number', 'Source', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
      ['Opening Balance', '', '', '', '', '', '', '', { num: S.openingBalance }],
    ];
    const headerRow = 6;
    const rowOf = new Map();
    let n = 1207;
    for (const l of entries) {
      rows.push([
        { date: l.d },
        `JV-${String(n++).padStart(6, '0')}`,
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
    rows.push(['Closing Balance', '', '', '', '', '', '', '', { num: entries.at(-1).balance }]);
    writeXlsx(path, 'General Ledger', rows, [12, 12, 18, 18, 34, 52, 14, 14, 16]);
    return { headerRow, rowOf };
  },
};
