// NG: an eye clinic in Ibadan, July 2025 — NIRSAL Microfinance Bank statement (XLSX) against HeliumOS (CSV).
import { makeDsl } from './dsl60.mjs';
import { digits, dMonY, dmy, grouped } from './lib60.mjs';

export default function ngSet(rng) {
  const { R, L, rows, lines } = makeDsl();
  // NIP session ids: the sending institution's code, yymmddHHMMSS, twelve digits
  const session = (date, code = '090194') =>
    `${code}${date.slice(2).replaceAll('-', '')}${String(8 + Math.floor(rng() * 9)).padStart(2, '0')}${digits(rng, 4)}${digits(rng, 12)}`;
  const inbound = (date) => session(date, `0000${String(10 + Math.floor(rng() * 60))}`);
  const chg = () => `CHG${digits(rng, 9)}`;

  // ---- the books (HeliumOS Finance → Transactions, the NIRSAL MFB account)
  const r = (key, date, amount, type, payer, desc, inv, method, extra = {}) =>
    R(key, date, amount, { type, party: payer, desc, ref: inv, method, ...extra });
  r(
    'hyg',
    '2025-07-01',
    '612400.00',
    'Payment received',
    'Hygeia HMO Ltd',
    'HMO remittance - June 2025 fee-for-service claims',
    'HYG-0625-117',
    'Bank transfer',
  );
  r(
    'card1',
    '2025-07-01',
    '22500.00',
    'Payment received',
    'Yakubu, Danjuma',
    'Glaucoma review and OCT scan',
    'INV-000729',
    'Card (POS)',
  );
  r(
    'card2',
    '2025-07-01',
    '23000.00',
    'Payment received',
    'Ogunbiyi, Tolulope',
    'Eye examination, refraction and contact lens fitting',
    'INV-000730',
    'Card (POS)',
  );
  r(
    'inv731',
    '2025-07-02',
    '45000.00',
    'Payment received',
    'Babatunde, Olawale',
    'Cataract assessment and biometry',
    'INV-000731',
    'Bank transfer',
  );
  r(
    'epd',
    '2025-07-03',
    '-186300.00',
    'Expense',
    'Eyecare Pharma Distributors Ltd',
    'Eye drops and theatre consumables',
    'EPD/5512',
    'Bank transfer',
  );
  r(
    'reliance',
    '2025-07-04',
    '156000.00',
    'Payment received',
    'Reliance HMO',
    'Capitation - July 2025',
    'CAP-RH-JUL25',
    'Bank transfer',
  );
  r(
    'frames',
    '2025-07-07',
    '-94000.00',
    'Expense',
    'Frameshop Nigeria Enterprises',
    'Frames restock (40 pieces)',
    'FSN-INV-0392',
    'Bank transfer',
  );
  r(
    'genrepair',
    '2025-07-08',
    '-65000.00',
    'Expense',
    'Sunday Okafor',
    'Generator repair - 20kVA, alternator bearings',
    '',
    'Bank transfer',
  );
  r(
    'inv745',
    '2025-07-10',
    '350000.00',
    'Payment received',
    'Trans-Sahel Haulage Ltd',
    'Drivers vision screening - 70 drivers',
    'INV-000745',
    'Bank transfer',
  );
  r(
    'paye',
    '2025-07-11',
    '-48620.00',
    'Expense',
    'Oyo State Internal Revenue Service',
    'PAYE - June 2025',
    '20715534-0001',
    'Bank transfer',
  );
  r(
    'pension',
    '2025-07-11',
    '-112400.00',
    'Expense',
    'Leadway Pensure PFA',
    'Pension contributions - June 2025 (employer and employees)',
    'PR0000781234',
    'Bank transfer',
  );
  r(
    'salami',
    '2025-07-14',
    '38500.00',
    'Payment received',
    'Salami, Rukayat (Alhaja)',
    'Progressive lenses and frame',
    'INV-000749',
    'Bank transfer',
  );
  r(
    'lj2291',
    '2025-07-15',
    '-27500.00',
    'Expense',
    'LensCraft Optical Lab Ltd',
    'Lens surfacing job LJ-2291',
    'LJ-2291',
    'Bank transfer',
  );
  r(
    'lj2292',
    '2025-07-15',
    '-27500.00',
    'Expense',
    'LensCraft Optical Lab Ltd',
    'Lens surfacing job LJ-2292',
    'LJ-2292',
    'Bank transfer',
  );
  r(
    'axa044',
    '2025-07-16',
    '238500.00',
    'Payment received',
    'AXA Mansard Health Ltd',
    'HMO remittance - May 2025 claims',
    'AXA-0525-044',
    'Bank transfer',
  );
  r(
    'cn0019',
    '2025-07-16',
    '-18500.00',
    'Refund',
    'AXA Mansard Health Ltd',
    'Credit note - claim rejected by HMO (May batch)',
    'CN-0019',
    'Bank transfer',
  );
  r(
    'inv752',
    '2025-07-17',
    '58500.00',
    'Payment received',
    'Adebisi, Grace',
    'Single-vision lenses and frame',
    'INV-000752',
    'Bank transfer',
  );
  r(
    'ibedc',
    '2025-07-21',
    '-50000.00',
    'Expense',
    'IBEDC',
    'Prepaid electricity token, meter 5415 0123 456',
    '5415 0123 456',
    'Bank transfer',
  );
  r(
    'oyshia',
    '2025-07-22',
    '480000.00',
    'Payment received',
    'Oyo State Health Insurance Agency',
    'OYSHIA claims Q2 2025 - payment advised',
    'OYS/Q2/2025/018',
    'Bank transfer',
  );
  r(
    'inv738',
    '2025-07-25',
    '24000.00',
    'Payment received',
    'Oluyole Couriers Ltd',
    'Eye screening - 8 dispatch riders',
    'INV-000738',
    'Bank transfer',
  );
  r(
    'fiber',
    '2025-07-28',
    '-25800.00',
    'Expense',
    'FiberOne Broadband Ltd',
    'Internet subscription - August 2025',
    'FO-203344',
    'Bank transfer',
  );
  r(
    'chq214',
    '2025-07-29',
    '-45000.00',
    'Expense',
    'Bodija Estate Residents Association',
    'Estate security levy Q3 (cheque 000214)',
    'CHQ-000214',
    'Cheque',
    { ledgerOnly: 'cheque 000214 not yet presented' },
  );
  r(
    'sal1',
    '2025-07-31',
    '-185000.00',
    'Payroll',
    'Adeyemi, Funmilayo',
    'July 2025 salary - nurse',
    '',
    'Bulk transfer',
  );
  r(
    'sal2',
    '2025-07-31',
    '-160000.00',
    'Payroll',
    'Akinola, Tunde',
    'July 2025 salary - optician',
    '',
    'Bulk transfer',
  );
  r(
    'sal3',
    '2025-07-31',
    '-95000.00',
    'Payroll',
    'Oladipo, Kemi',
    'July 2025 salary - front desk',
    '',
    'Bulk transfer',
  );
  r(
    'sal4',
    '2025-07-31',
    '-320000.00',
    'Payroll',
    'Nnaji, Ifeoma (Dr)',
    'July 2025 salary - optometrist',
    '',
    'Bulk transfer',
  );
  r('sal5', '2025-07-31', '-70000.00', 'Payroll', 'Ibrahim, Musa', 'July 2025 salary - security', '', 'Bulk transfer');
  r(
    'card31',
    '2025-07-31',
    '30000.00',
    'Payment received',
    'Ojo, Adunni',
    'Eye examination and glasses prescription',
    'INV-000766',
    'Card (POS)',
    { ledgerOnly: 'card takings of 31 Jul, settled by the acquirer on 1 Aug' },
  );

  // ---- the statement, oldest first
  L('n01', '2025-07-01', '612400.00', 'NIP FRM HYGEIA HMO LIMITED/HYG-0625-117 JUN25 CLAIMS', {
    ref: inbound('2025-07-01'),
    auto: ['hyg'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('n02', '2025-07-02', '45000.00', 'NIP FRM OLAWALE J BABATUNDE/inv731 cataract review', {
    ref: inbound('2025-07-02'),
    auto: ['inv731'],
    evidence: 'reference',
    traits: ['ref-lowercase', 'ref-no-padding'],
  });
  L('n03', '2025-07-02', '45272.50', 'POS SETTLEMENT TID 2NRS0417 01/07/25 2 TXNS', {
    ref: `POS${digits(rng, 10)}`,
    suggest: ['card1', 'card2'],
    evidence: 'amount',
    traits: ['pos-settlement', 'settled-next-day', 'short-net-of-fee', 'split-one-to-many'],
  });
  L('n04', '2025-07-03', '-186300.00', 'NIP TO EYECARE PHARMA DISTRIBUTORS LTD/BILL EPD 5512', {
    ref: session('2025-07-03'),
    auto: ['epd'],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  L('n05', '2025-07-04', '156000.00', 'NIP FRM RELIANCE HMO LIMITED/JULY CAPITATION', {
    ref: inbound('2025-07-04'),
    auto: ['reliance'],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  L('n06', '2025-07-07', '-94000.00', 'NIP TO FRAMESHOP NIGERIA ENTERPRISES', {
    ref: session('2025-07-07'),
    auto: ['frames'],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  L('n07', '2025-07-08', '-65000.00', 'NIP TO SUNDAY OKAFOR/GENERATOR REPAIR', {
    ref: session('2025-07-08'),
    reversal: 'n08',
    traits: ['failed-transfer'],
  });
  L('n08', '2025-07-08', '65000.00', 'REVERSAL/NIP TO SUNDAY OKAFOR/BENEFICIARY ACCOUNT INVALID', {
    ref: `RVSL${digits(rng, 10)}`,
    reversal: 'n07',
    traits: ['reversal'],
  });
  L('n09', '2025-07-09', '-65000.00', 'NIP TO OKAFOR SUNDAY CHIBUZOR/GEN REPAIR', {
    ref: session('2025-07-09'),
    auto: ['genrepair'],
    evidence: 'counterparty',
    traits: ['resent-after-reversal', 'name-reordered'],
  });
  L('n10', '2025-07-10', '175000.00', 'NIP FRM TRANS-SAHEL HAULAGE LTD/INV 745 1ST INSTALMENT', {
    ref: inbound('2025-07-10'),
    suggest: ['inv745'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-serial-only'],
  });
  L('n11', '2025-07-11', '-48620.00', 'OYSIRS PAYE JUN2025/TIN 20715534-0001', {
    ref: `RRR${digits(rng, 12)}`,
    auto: ['paye'],
    evidence: 'reference',
    traits: ['statutory', 'ref-canonical'],
  });
  L('n12', '2025-07-11', '-112400.00', 'NIP TO LEADWAY PENSURE PFA/PR0000781234 JUN25 PENSION', {
    ref: session('2025-07-11'),
    auto: ['pension'],
    evidence: 'reference',
    traits: ['statutory', 'ref-canonical'],
  });
  L('n13', '2025-07-14', '38500.00', 'NIP FRM RUKKY FABRICS & LACE VENTURES', {
    ref: inbound('2025-07-14'),
    suggest: ['salami'],
    evidence: 'amount',
    traits: ['trading-name', 'amount-only'],
  });
  L('n14', '2025-07-15', '-27500.00', 'NIP TO LENSCRAFT OPTICAL LAB LTD/LENS JOB', {
    ref: session('2025-07-15'),
    twins: [['lj2291'], ['lj2292']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('n15', '2025-07-15', '-27500.00', 'NIP TO LENSCRAFT OPTICAL LAB LTD/LENS JOB', {
    ref: session('2025-07-15'),
    twins: [['lj2291'], ['lj2292']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('n16', '2025-07-16', '220000.00', 'NIP FRM AXA MANSARD HEALTH LTD/AXA-0525-044 LESS CN0019', {
    ref: inbound('2025-07-16'),
    suggest: ['axa044', 'cn0019'],
    evidence: 'reference',
    traits: ['invoice-less-credit-note'],
  });
  L('n17', '2025-07-17', '60000.00', 'NIP FRM ADEBISI GRACE O/FOR MY GLASSES INV 752', {
    ref: inbound('2025-07-17'),
    auto: ['inv752'],
    evidence: 'reference',
    traits: ['over-payment', 'ref-serial-only'],
  });
  L('n18', '2025-07-18', '238500.00', 'NIP FRM AXA MANSARD HEALTH LTD/AXA-0625-061 JUN25 CLAIMS', {
    ref: inbound('2025-07-18'),
    none: "AXA Mansard's June 2025 claims batch, not yet recorded in HeliumOS",
    decoy:
      'same payer and the same amount as the May batch AXA-0525-044 (book row of 16 Jul), which AXA paid on 16 Jul less credit note CN-0019',
    traits: ['decoy', 'reference-mismatch'],
  });
  L('n19', '2025-07-21', '-50000.00', 'IBEDC PREPAID/MTR 54150123456/TOKEN PURCHASE', {
    ref: `BP${digits(rng, 12)}`,
    auto: ['ibedc'],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  L('n20', '2025-07-22', '300000.00', 'NIP FRM OYO STATE HEALTH INSURANCE AGENCY/PART PAYMENT Q2 CLAIMS', {
    ref: inbound('2025-07-22'),
    suggest: ['oyshia'],
    evidence: 'counterparty',
    traits: ['part-payment'],
  });
  L('n21', '2025-07-24', '175000.00', 'NIP FRM TRANS SAHEL HAULAGE/INV745 BAL', {
    ref: inbound('2025-07-24'),
    suggest: ['inv745'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-serial-only'],
  });
  L('n22', '2025-07-25', '23950.00', 'NIP FRM OLUYOLE COURIERS LTD/INV-000738 LESS EMTL', {
    ref: inbound('2025-07-25'),
    suggest: ['inv738'],
    evidence: 'reference',
    traits: ['short-net-of-levy', 'ref-canonical'],
  });
  L('n23', '2025-07-28', '-25800.00', 'NIP TO FIBERONE BROADBAND LTD/FO-203344 AUG SUB', {
    ref: session('2025-07-28'),
    auto: ['fiber'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('n24', '2025-07-28', '-160000.00', 'NIP TO AKINOLA TUNDE OLUWASEUN/SALARY ADVANCE', {
    ref: session('2025-07-28'),
    none: 'a salary advance to the optician, not recorded in HeliumOS (to be recovered from August pay)',
    decoy: 'same person and amount as his July salary row (31 Jul), which the bulk payment of 31 Jul pays',
    traits: ['decoy', 'same-payee-other-purpose'],
  });
  L('n25', '2025-07-31', '-830000.00', 'BULK PAYMENT/JUL 2025 SALARIES/5 BENEFICIARIES', {
    ref: `BLK${digits(rng, 10)}`,
    suggest: ['sal1', 'sal2', 'sal3', 'sal4', 'sal5'],
    evidence: 'amount',
    traits: ['payroll-bulk-line', 'split-one-to-many'],
  });
  L('n26', '2025-07-31', '-268.75', 'BULK PAYMENT CHARGE + VAT (5 X 53.75)', { ref: chg(), bankOnly: 'charge' });
  L('n27', '2025-07-31', '-349.39', 'NIP TRANSFER CHARGES INCL VAT JUL 2025 (8)', { ref: chg(), bankOnly: 'charge' });
  L('n28', '2025-07-31', '-600.00', 'ELECTRONIC MONEY TRANSFER LEVY JUL 2025 (12 X 50)', {
    ref: chg(),
    bankOnly: 'levy',
  });
  L('n29', '2025-07-31', '-136.00', 'SMS ALERT CHARGES JUL 2025', { ref: chg(), bankOnly: 'charge' });

  const money = (minor) => (minor === null ? null : { n: minor / 100, z: '#,##0.00' });
  return {
    meta: {
      set: 'ng-nirsal-helium',
      country: 'NG',
      currency: 'NGN',
      timezone: 'Africa/Lagos',
      period: { from: '2025-07-01', to: '2025-07-31' },
      publicHolidays: [],
      bankName: 'NIRSAL Microfinance Bank Ltd',
      package:
        'HeliumOS by Helium Health (Finance → Transactions, filtered to the bank account "NIRSAL MFB Current (1100482733)", Export CSV)',
      business:
        'an eye clinic and optical centre at Jericho, Ibadan (patients paying by transfer and at the POS, HMOs — Hygeia, AXA Mansard, Reliance — and the Oyo State Health Insurance Agency paying claims and capitation, corporate clients sending drivers and riders for eye screening; eye drops from a pharma distributor, frames, lens surfacing by a Lagos lab, generator repairs, prepaid electricity, broadband, PAYE to the Oyo State IRS, pension to a PFA, five salaried staff)',
      openingBalance: '1240350.12',
      bookOpeningBalance: '1240350.12',
      ledgerAccount: 'NIRSAL MFB Current (1100482733)',
      notes: [
        'NIP charges (₦26.88 up to ₦50,000, ₦53.75 above, VAT included) are posted by the bank as one line at month end (invented); the failed NIP of 8 Jul carried none.',
        'The ₦50 Electronic Money Transfer Levy on each electronic receipt of ₦10,000 or more is posted as one line at month end: twelve receipts (the reversal of 8 Jul is not one).',
        'The POS settlement of 2 Jul is the two card receipts of 1 Jul less the 0.5% merchant service charge (₦227.50).',
        'HeliumOS records an HMO batch at the remittance amount when the advice arrives; a rejected claim is a refund row (credit note CN-0019).',
        'The OYSHIA row is the Q2 claims amount the agency advised; it paid ₦300,000 of it in July.',
        'Oluyole Couriers paid INV-000738 less the ₦50 levy it expected the clinic to be charged.',
      ],
    },
    rows,
    lines,
    bank: {
      file: 'nirsal-mfb-1100482733-jul2025.xlsx',
      kind: 'xlsx',
      sheet: 'Statement',
      widths: [12, 12, 62, 32, 14, 14, 16],
      order: 'oldest-first',
      layout:
        'NIRSAL MFB internet banking "Customer Account Statement" exported to Excel: ten rows of title and account details (opening and closing balance among them), then Trans. Date, Value Date, Narration, Reference, Debit, Credit, Balance with real date cells and number cells, oldest first, a Total row under the entries',
      readOptions: {
        currency: 'NGN',
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
      preamble: (c) => [
        ['NIRSAL MICROFINANCE BANK LIMITED'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account Name', 'JERICHO VISION EYE CLINIC LTD'],
        ['Account Number', '1100482733'],
        ['Account Type', 'CURRENT ACCOUNT - CORPORATE'],
        ['Currency', 'NGN'],
        ['Statement Period', `${dMonY(c.from)} to ${dMonY(c.to)}`],
        ['Opening Balance', money(c.opening)],
        ['Closing Balance', money(c.closing)],
        [],
      ],
      header: ['Trans. Date', 'Value Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
      cells: (l) => [
        { date: l.date, z: 'dd-mmm-yyyy' },
        { date: l.valueDate ?? l.date, z: 'dd-mmm-yyyy' },
        l.text,
        l.ref ?? '',
        l.minor < 0 ? money(-l.minor) : null,
        l.minor > 0 ? money(l.minor) : null,
        money(l.balance),
      ],
      footer: (c) => [['', '', 'Total', '', money(c.totalOut), money(c.totalIn), null]],
    },
    book: {
      file: 'heliumos-transactions-nirsal-jul2025.csv',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: true },
      layout:
        'HeliumOS Finance → Transactions export (CSV with a byte-order mark and CRLF): four title rows and a blank row, then Date (dd/mm/yyyy), Transaction No., Type, Patient / Payer, Description, Invoice No., Payment Method, Amount In (NGN), Amount Out (NGN); no running balance, no totals',
      readOptions: {
        currency: 'NGN',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          journalId: 'Transaction No.',
          party: 'Patient / Payer',
          description: ['Description', 'Payment Method'],
          reference: 'Invoice No.',
          moneyIn: 'Amount In (NGN)',
          moneyOut: 'Amount Out (NGN)',
        },
      },
      preamble: (c) => [
        ['Jericho Vision Eye Clinic Ltd'],
        ['Finance > Transactions'],
        ['Account: NIRSAL MFB Current (1100482733)'],
        [`Date range: ${dmy(c.from)} - ${dmy(c.to)}`],
        [],
      ],
      header: [
        'Date',
        'Transaction No.',
        'Type',
        'Patient / Payer',
        'Description',
        'Invoice No.',
        'Payment Method',
        'Amount In (NGN)',
        'Amount Out (NGN)',
      ],
      cells: (row, i) => [
        dmy(row.date),
        `TXN-2507-${String(1041 + i * 3).padStart(5, '0')}`,
        row.type,
        row.party,
        row.desc,
        row.ref,
        row.method,
        row.minor > 0 ? grouped(row.minor) : '',
        row.minor < 0 ? grouped(-row.minor) : '',
      ],
      leading: () => [],
      footer: () => [],
    },
  };
}
