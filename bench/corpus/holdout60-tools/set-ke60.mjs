// KE: a private primary and junior school in Kitengela, September 2025 — LOLC Kenya Microfinance Bank statement
// (CSV, newest first) against Zeraki Finance's cashbook (XLSX).
import { makeDsl } from './dsl60.mjs';
import { dMonY, grouped, pick } from './lib60.mjs';

export default function keSet(rng) {
  const { R, L, rows, lines } = makeDsl();
  const A = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  const mpesa = () => `TI${Array.from({ length: 8 }, () => pick(rng, A.split(''))).join('')}`;
  const ft = (date) =>
    `FT25${String(dayOfYear(date)).padStart(3, '0')}${Array.from({ length: 5 }, () => pick(rng, A.split(''))).join('')}`;

  // ---- the books (Zeraki Finance → Cashbook → LOLC Collection A/C → Export to Excel)
  const rc = (key, date, amount, voucher, adm, who, particulars, mode, extra = {}) =>
    R(key, date, amount, { voucher, ref: adm, party: who, desc: particulars, mode, ...extra });
  rc(
    'adm2231',
    '2025-09-01',
    '38500.00',
    'RCT-7781',
    '2231',
    'Kamau, Brian (Grade 8)',
    'Term 3 fees',
    'M-PESA Paybill',
  );
  rc('adm2187', '2025-09-01', '32000.00', 'RCT-7782', '2187', 'Odhiambo, Ryan (Grade 5)', 'Term 3 fees', 'PesaLink');
  rc('adm2188', '2025-09-01', '32000.00', 'RCT-7783', '2188', 'Odhiambo, Sharon (Grade 6)', 'Term 3 fees', 'PesaLink');
  rc(
    'adm2240',
    '2025-09-02',
    '28500.00',
    'RCT-7786',
    '2240',
    'Kariuki, Ethan (Grade 3)',
    'Term 3 fees',
    'Bank transfer',
  );
  rc(
    'uniform',
    '2025-09-03',
    '-86420.00',
    'PV-0911',
    '',
    'Kitengela Uniforms & School Wear Ltd',
    'Uniforms and tracksuits, invoice KUS-3391',
    'RTGS',
  );
  rc(
    'adm2203',
    '2025-09-04',
    '32000.00',
    'RCT-7790',
    '2203',
    'Muriuki, Faith (Grade 6)',
    'Term 3 fees - parent John Muriuki',
    'PesaLink',
  );
  rc(
    'chq421',
    '2025-09-04',
    '-45800.00',
    'PV-0912',
    '',
    'Kitengela Fresh Produce',
    'Lunch programme foodstuffs, chq 000421',
    'Cheque',
  );
  rc(
    'till1',
    '2025-09-05',
    '8500.00',
    'RCT-7791',
    '2241',
    'Njeri, Mary (Grade 2)',
    'Lunch programme Term 3',
    'M-PESA Till',
  );
  rc(
    'till2',
    '2025-09-06',
    '6200.00',
    'RCT-7792',
    '2199',
    'Otieno, Kevin (Grade 6)',
    'Museum trip and packed lunch',
    'M-PESA Till',
  );
  rc(
    'till3',
    '2025-09-06',
    '7400.00',
    'RCT-7793',
    '2207',
    'Wanjiru, Grace (Grade 1)',
    'Lunch programme Term 3',
    'M-PESA Till',
  );
  rc(
    'till4',
    '2025-09-07',
    '5900.00',
    'RCT-7794',
    '2214',
    'Mutiso, Daniel (Grade 7)',
    'Swimming and clubs Term 3',
    'M-PESA Till',
  );
  rc(
    'adm2219',
    '2025-09-08',
    '32000.00',
    'RCT-7795',
    '2219',
    'Ochieng, Kelvin (Grade 5)',
    "Term 3 fees (receipted on parent's M-PESA message)",
    'M-PESA Paybill',
  );
  rc(
    'bus',
    '2025-09-08',
    '-12600.00',
    'PV-0915',
    '',
    'Joseph Mutua',
    'School bus hire - Grade 6 trip to the National Museum',
    'PesaLink',
  );
  rc(
    'meat1',
    '2025-09-11',
    '-9750.00',
    'PV-0918',
    '',
    'Oloosirkon Meat Supplies',
    'Meat, delivery note 4471',
    'PesaLink',
  );
  rc(
    'meat2',
    '2025-09-11',
    '-9750.00',
    'PV-0919',
    '',
    'Oloosirkon Meat Supplies',
    'Meat, delivery note 4476',
    'PesaLink',
  );
  rc('adm2230', '2025-09-12', '38500.00', 'RCT-7801', '2230', 'Kiprotich, Ivy (Grade 7)', 'Term 3 fees', 'EFT');
  rc(
    'cn31',
    '2025-09-12',
    '-1600.00',
    'CN-031',
    '2230',
    'Kiprotich, Ivy (Grade 7)',
    'Credit note 31 - Term 2 lunch overpaid',
    'Credit note',
  );
  rc(
    'adm2212',
    '2025-09-15',
    '32000.00',
    'RCT-7806',
    '2212',
    'Omondi, Alvin (Grade 5)',
    'Term 3 fees',
    'M-PESA Paybill',
  );
  rc('adm2225', '2025-09-16', '38500.00', 'RCT-7808', '2225', 'Waweru, Joy (Grade 8)', 'Term 3 fees', 'Cheque');
  rc(
    'paye',
    '2025-09-17',
    '-96450.00',
    'PV-0922',
    '',
    'Kenya Revenue Authority',
    'PAYE August 2025, PRN 2020250912345678',
    'iTax bank payment',
  );
  rc(
    'nssf',
    '2025-09-17',
    '-28400.00',
    'PV-0923',
    '',
    'NSSF',
    'NSSF contributions August 2025, employer 20871234',
    'Bank transfer',
  );
  rc(
    'shif',
    '2025-09-17',
    '-21930.00',
    'PV-0924',
    '',
    'Social Health Authority',
    'SHIF contributions August 2025, employer 55012873',
    'Bank transfer',
  );
  rc(
    'kplc',
    '2025-09-22',
    '-7650.00',
    'PV-0927',
    '',
    'Kenya Power',
    'Electricity August, account 30211456',
    'Bank transfer',
  );
  rc(
    'chq426',
    '2025-09-23',
    '-45800.00',
    'PV-0928',
    '',
    'Kitengela Fresh Produce',
    'Lunch programme foodstuffs, chq 000426',
    'Cheque',
    { ledgerOnly: 'cheque 000426 not yet presented' },
  );
  rc(
    'salaries',
    '2025-09-26',
    '-612800.00',
    'PV-0930',
    '',
    'Staff payroll',
    'Staff salaries September 2025 (net pay, 18 staff)',
    'Bulk transfer',
  );
  rc(
    'adm2235',
    '2025-09-30',
    '32000.00',
    'RCT-7820',
    '2235',
    'Chebet, Faith (Grade 4)',
    'Term 3 fees, cheque deposited 30 Sep',
    'Cheque',
    { ledgerOnly: 'cheque deposited on 30 Sep, credited in October' },
  );

  // ---- the statement (written newest first; listed here oldest first)
  L('k01', '2025-09-01', '38500.00', 'MPESA C2B PAYBILL ADM 2231 MERCY WANJIKU', {
    ref: mpesa(),
    auto: ['adm2231'],
    evidence: 'reference',
    traits: ['ref-canonical', 'paid-by-parent'],
  });
  L('k02', '2025-09-01', '64000.00', 'PESALINK FRM PETER OTIENO ODHIAMBO ADM 2187 & 2188 T3', {
    ref: ft('2025-09-01'),
    auto: ['adm2187', 'adm2188'],
    evidence: 'reference',
    traits: ['split-one-to-many'],
  });
  L('k03', '2025-09-02', '28012.50', 'INWARD REMITTANCE WORLDREMIT ANNE NJERI KARIUKI ADM2240', {
    ref: ft('2025-09-02'),
    suggest: ['adm2240'],
    evidence: 'reference',
    traits: ['short-net-of-fee', 'ref-joined'],
  });
  L('k04', '2025-09-03', '-86420.00', 'RTGS TO KITENGELA UNIFORMS & SCHOOL WEAR LTD INV KUS-3391', {
    ref: ft('2025-09-03'),
    auto: ['uniform'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('k05', '2025-09-03', '-350.00', 'RTGS CHARGE', { ref: ft('2025-09-03'), bankOnly: 'charge' });
  L('k06', '2025-09-03', '-70.00', 'EXCISE DUTY ON RTGS CHARGE', { ref: ft('2025-09-03'), bankOnly: 'tax' });
  L('k07', '2025-09-04', '32000.00', 'PESALINK FRM J.M HARDWARE AND PAINTS LTD', {
    ref: ft('2025-09-04'),
    suggest: ['adm2203'],
    evidence: 'amount',
    traits: ['trading-name', 'amount-only'],
  });
  L('k08', '2025-09-05', '-45800.00', 'CHQ 000421 CLEARING', {
    ref: '000421',
    auto: ['chq421'],
    evidence: 'reference',
    traits: ['cheque-number'],
  });
  L('k09', '2025-09-08', '16000.00', 'MPESA C2B PAYBILL ADM 2219 ESTHER AKINYI', {
    ref: mpesa(),
    suggest: ['adm2219'],
    evidence: 'reference',
    traits: ['part-payment'],
  });
  L('k10', '2025-09-08', '-12600.00', 'PESALINK TO JOSEPH MUTUA BUS HIRE', {
    ref: ft('2025-09-08'),
    reversal: 'k11',
    traits: ['failed-transfer'],
  });
  L('k11', '2025-09-08', '12600.00', 'PESALINK REVERSAL JOSEPH MUTUA INVALID ACCOUNT', {
    ref: ft('2025-09-08'),
    reversal: 'k10',
    traits: ['reversal'],
  });
  L('k12', '2025-09-09', '-12600.00', 'PESALINK TO MUTUA JOSEPH KIOKO SCHOOL BUS HIRE TRIP', {
    ref: ft('2025-09-09'),
    auto: ['bus'],
    evidence: 'counterparty',
    traits: ['resent-after-reversal', 'name-reordered'],
  });
  L('k13', '2025-09-10', '27860.00', 'MPESA TILL SETTLEMENT TILL 5123788 05-07 SEP', {
    ref: ft('2025-09-10'),
    suggest: ['till1', 'till2', 'till3', 'till4'],
    evidence: 'amount',
    traits: ['mpesa-till-settlement', 'short-net-of-fee', 'split-one-to-many'],
  });
  L('k14', '2025-09-11', '-9750.00', 'PESALINK TO OLOOSIRKON MEAT SUPPLIES', {
    ref: ft('2025-09-11'),
    twins: [['meat1'], ['meat2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('k15', '2025-09-11', '-9750.00', 'PESALINK TO OLOOSIRKON MEAT SUPPLIES', {
    ref: ft('2025-09-11'),
    twins: [['meat1'], ['meat2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('k16', '2025-09-12', '36900.00', 'EFT CR SAMUEL KIPROTICH ADM 2230 LESS CR NOTE 31', {
    ref: ft('2025-09-12'),
    suggest: ['adm2230', 'cn31'],
    evidence: 'reference',
    traits: ['invoice-less-credit-note'],
  });
  L('k17', '2025-09-15', '33000.00', 'MPESA C2B PAYBILL ADM2212 PAULINE ATIENO', {
    ref: mpesa(),
    auto: ['adm2212'],
    evidence: 'reference',
    traits: ['over-payment', 'ref-joined'],
  });
  L('k18', '2025-09-16', '20000.00', 'CHQ DEP 100234 ADM 2225 FEES', {
    ref: ft('2025-09-16'),
    suggest: ['adm2225'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one'],
  });
  L('k19', '2025-09-17', '-96450.00', 'KRA PAYMENT PRN 2020250912345678 PAYE AUG25', {
    ref: ft('2025-09-17'),
    auto: ['paye'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('k20', '2025-09-17', '-28400.00', 'NSSF CONTRIBUTION AUG 2025 EMP NO 20871234', {
    ref: ft('2025-09-17'),
    auto: ['nssf'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('k21', '2025-09-17', '-21930.00', 'SHA SHIF CONTRIBUTION AUG 2025 EMPLOYER 55012873', {
    ref: ft('2025-09-17'),
    auto: ['shif'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('k22', '2025-09-18', '38500.00', 'MPESA C2B PAYBILL ADM 2252 DAVID MWANGI', {
    ref: mpesa(),
    none: 'Term 3 fees for a pupil admitted late (ADM 2252), not yet receipted in Zeraki',
    decoy:
      'the full fees of ADM 2225 (book row of 16 Sep, digits transposed), which two cheque deposits of 16 and 19 Sep pay',
    traits: ['decoy', 'reference-transposed'],
  });
  L('k23', '2025-09-19', '18500.00', 'CHQ DEP 100251 ADM 2225 BAL', {
    ref: ft('2025-09-19'),
    suggest: ['adm2225'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one'],
  });
  L('k24', '2025-09-22', '-7650.00', 'KPLC BILL PAYMENT ACC 30211456', {
    ref: ft('2025-09-22'),
    auto: ['kplc'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('k25', '2025-09-24', '-45800.00', 'LOAN REPAYMENT LN0045221 SCHOOL BUS', {
    ref: ft('2025-09-24'),
    none: "the school bus loan's monthly repayment to the bank, not recorded in Zeraki's cashbook",
    decoy: 'the same amount as cheque 000426 to Kitengela Fresh Produce (book row of 23 Sep), not yet presented',
    traits: ['decoy', 'amount-coincidence'],
  });
  L('k26', '2025-09-26', '-612800.00', 'SALARIES SEP 2025 BULK 18 STAFF', {
    ref: ft('2025-09-26'),
    auto: ['salaries'],
    evidence: 'amount',
    traits: ['payroll-bulk-line'],
  });
  L('k27', '2025-09-26', '-1800.00', 'BULK PAYMENT CHARGE 18 TXNS', { ref: ft('2025-09-26'), bankOnly: 'charge' });
  L('k28', '2025-09-26', '-360.00', 'EXCISE DUTY ON BULK PAYMENT CHARGE', { ref: ft('2025-09-26'), bankOnly: 'tax' });
  L('k29', '2025-09-30', '-500.00', 'MONTHLY LEDGER FEE', { ref: ft('2025-09-30'), bankOnly: 'charge' });
  L('k30', '2025-09-30', '-100.00', 'EXCISE DUTY ON LEDGER FEE', { ref: ft('2025-09-30'), bankOnly: 'tax' });
  L('k31', '2025-09-30', '-90.00', 'SMS ALERT CHARGES SEP 2025', { ref: ft('2025-09-30'), bankOnly: 'charge' });

  const money = (minor) => (minor ? { n: minor / 100, z: '#,##0.00' } : null);
  return {
    meta: {
      set: 'ke-lolc-zeraki',
      country: 'KE',
      currency: 'KES',
      timezone: 'Africa/Nairobi',
      period: { from: '2025-09-01', to: '2025-09-30' },
      publicHolidays: [],
      bankName: 'LOLC Kenya Microfinance Bank PLC',
      package: 'Zeraki Finance (Cashbook → LOLC Collection A/C → Export to Excel)',
      business:
        "a private primary and junior school at Kitengela (parents paying Term 3 fees by the bank's M-PESA paybill with the admission number, PesaLink, EFT, cheques and diaspora remittances; lunch, trips and clubs paid at the school's M-PESA till; uniforms, foodstuffs by cheque, meat, bus hire, Kenya Power, PAYE, NSSF and SHIF, eighteen staff paid by bulk transfer, a school-bus loan from the bank)",
      openingBalance: '1180000.00',
      bookOpeningBalance: '1180000.00',
      ledgerAccount: 'LOLC Collection A/C',
      notes: [
        "Zeraki's cashbook receipts a pupil's fees under the admission number (Adm No column); parents pay the bank's paybill with the admission number as the account.",
        'The M-PESA till is swept to the bank net of the 0.5% merchant fee: 28,000.00 of till receipts of 5–7 Sep came in as 27,860.00 on 10 Sep.',
        "Anne Kariuki's remittance of Ethan's 28,500.00 arrived 487.50 short: the remittance company's fee and excise duty were taken on the way.",
        'Excise duty at 20% on each bank fee is posted as its own line (kind tax).',
        "The bursar receipted ADM 2219's fees in full on the parent's word; 16,000.00 arrived.",
      ],
    },
    rows,
    lines,
    bank: {
      file: 'lolc-mfb-01002245778101-sep2025.csv',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false },
      order: 'newest-first',
      layout:
        'LOLC Kenya MFB internet banking statement CSV: nine rows of bank and account details (opening and closing balance among them) and a blank row, then Transaction Date, Value Date (dd-Mon-yyyy), Description, Reference No, Money Out, Money In, Ledger Balance with thousands separators, newest first, nothing under the entries',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Value Date',
          description: 'Description',
          reference: 'Reference No',
          moneyOut: 'Money Out',
          moneyIn: 'Money In',
          balance: 'Ledger Balance',
        },
      },
      preamble: (c) => [
        ['LOLC KENYA MICROFINANCE BANK PLC'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Title:', 'KITENGELA HILLS ACADEMY LTD - COLLECTION A/C'],
        ['Account Number:', '01002245778101'],
        ['Currency:', 'KES'],
        ['Branch:', 'KITENGELA'],
        ['Period:', `${dMonY(c.from)} to ${dMonY(c.to)}`],
        ['Opening Balance:', grouped(c.opening)],
        ['Closing Balance:', grouped(c.closing)],
        [],
      ],
      header: [
        'Transaction Date',
        'Value Date',
        'Description',
        'Reference No',
        'Money Out',
        'Money In',
        'Ledger Balance',
      ],
      leading: () => [],
      cells: (l) => [
        dMonY(l.date),
        dMonY(l.valueDate ?? l.date),
        l.text,
        l.ref ?? '',
        l.minor < 0 ? grouped(-l.minor) : '',
        l.minor > 0 ? grouped(l.minor) : '',
        grouped(l.balance),
      ],
      footer: () => [],
    },
    book: {
      file: 'zeraki-cashbook-lolc-collection-sep2025.xlsx',
      kind: 'xlsx',
      sheet: 'Cashbook',
      widths: [12, 14, 8, 36, 56, 16, 14, 14, 16],
      layout:
        "Zeraki Finance cashbook export to Excel: four title rows and a blank row, then Date (real date cells), Receipt / Voucher No, Adm No, Student / Payee, Particulars, Mode, Receipts (KES), Payments (KES), Balance (KES); a dated 'Balance b/f' row first, a Totals row last",
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Date',
          journalId: 'Receipt / Voucher No',
          reference: 'Adm No',
          party: 'Student / Payee',
          description: ['Particulars', 'Mode'],
          moneyIn: 'Receipts (KES)',
          moneyOut: 'Payments (KES)',
          balance: 'Balance (KES)',
        },
      },
      preamble: (c) => [
        ['KITENGELA HILLS ACADEMY'],
        ['Cashbook - LOLC Collection A/C'],
        [`From ${dMonY(c.from, ' ')} to ${dMonY(c.to, ' ')}`],
        ['Generated by Zeraki Finance'],
        [],
      ],
      header: [
        'Date',
        'Receipt / Voucher No',
        'Adm No',
        'Student / Payee',
        'Particulars',
        'Mode',
        'Receipts (KES)',
        'Payments (KES)',
        'Balance (KES)',
      ],
      leading: (c) => [
        {
          cells: [{ date: c.from }, '', '', '', 'Balance b/f', '', null, null, money(c.opening)],
          why: 'the balance brought forward, not an entry',
        },
      ],
      cells: (row) => [
        { date: row.date },
        row.voucher,
        row.ref,
        row.party,
        row.desc,
        row.mode,
        row.minor > 0 ? money(row.minor) : null,
        row.minor < 0 ? money(-row.minor) : null,
        money(row.balance),
      ],
      footer: (c) => [[null, '', '', '', 'Totals', '', money(c.totalIn), money(c.totalOut), money(c.closing)]],
    },
  };
}

const dayOfYear = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 0)) / 86400000;
};
