// ZA: an attorneys' practice in Empangeni, November 2025 — Ziphakamise Co-operative Bank statement (CSV, semicolons,
// decimal commas) against LegalSuite's business cashbook (CSV).
import { makeDsl } from './dsl60.mjs';
import { digits, dmy, grouped, signedGrouped, ymdSlash } from './lib60.mjs';

export default function zaSet(rng) {
  const { R, L, rows, lines } = makeDsl();

  // ---- the books (LegalSuite: Reports → Business Cashbook, Ziphakamise business account, exported to CSV)
  const b = (key, date, amount, docType, docNo, matter, party, desc, extra = {}) =>
    R(key, date, amount, { docType, ref: docNo, matter, party, desc, ...extra });
  b(
    'trf412',
    '2025-11-03',
    '23575.00',
    'Trust Transfer',
    'INV25/1179',
    'MTH/0412',
    'Estate Late S Zulu',
    'Fees transferred from trust - Estate late S. Zulu',
  );
  b(
    'counsel',
    '2025-11-03',
    '-4600.00',
    'Payment',
    'BP-2231',
    'MTH/0398',
    'Adv T Govender',
    "Counsel's fees - opinion",
  );
  b(
    'rentnov',
    '2025-11-03',
    '-6900.00',
    'Payment',
    'BP-2232',
    '',
    'Empangeni Office Park (Pty) Ltd',
    'Office rent - November 2025',
  );
  b('yoco1', '2025-11-03', '950.00', 'Receipt', 'RC-4410', 'MTH/0441', 'B Mthethwa', 'Consultation fee (card)');
  b('yoco2', '2025-11-03', '1150.00', 'Receipt', 'RC-4411', 'MTH/0442', 'L Khanyile', 'Consultation fee (card)');
  b('yoco3', '2025-11-03', '750.00', 'Receipt', 'RC-4412', 'MTH/0443', 'R Singh', 'Consultation fee (card)');
  b(
    'lasa',
    '2025-11-05',
    '11500.00',
    'Receipt',
    'J25/0741',
    'MTH/0388',
    'Legal Aid South Africa',
    'Judicare account - S v Mkhize',
  );
  b(
    'inv1183',
    '2025-11-05',
    '8050.00',
    'Receipt',
    'INV25/1183',
    'MTH/0430',
    'N Dlamini',
    'Drafting of lease agreement',
  );
  b(
    'telkom',
    '2025-11-06',
    '-1863.45',
    'Payment',
    'BP-2234',
    '',
    'Telkom SA',
    'Telephone and fibre, account 8712 345 678',
  );
  b(
    'corresp',
    '2025-11-07',
    '-5750.00',
    'Payment',
    'BP-2236',
    'MTH/0405',
    'Ndlovu Khumalo Inc',
    'Correspondent fees - Pietermaritzburg High Court',
  );
  b(
    'inv1193',
    '2025-11-10',
    '14950.00',
    'Receipt',
    'INV25/1193',
    'MTH/0419',
    'J Pillay',
    'Deceased estate - interim liquidation account',
  );
  b('sher1', '2025-11-11', '-1500.00', 'Payment', 'BP-2238', 'MTH/0426', 'Sheriff Empangeni', 'Service of summons');
  b('sher2', '2025-11-11', '-1500.00', 'Payment', 'BP-2239', 'MTH/0427', 'Sheriff Empangeni', 'Service of summons');
  b(
    'inv1188',
    '2025-11-12',
    '19550.00',
    'Receipt',
    'INV25/1188',
    'MTH/0415',
    'Umhlathuze Furniture CC',
    'Debt collection - October fees',
  );
  b(
    'cn031',
    '2025-11-12',
    '-1150.00',
    'Credit Note',
    'CN25/031',
    'MTH/0415',
    'Umhlathuze Furniture CC',
    'Credit note - disbursement charged twice',
  );
  b(
    'inv1195',
    '2025-11-13',
    '12000.00',
    'Receipt',
    'INV25/1195',
    'MTH/0436',
    'S Buthelezi',
    'Divorce - settlement agreement',
  );
  b(
    'emp201',
    '2025-11-14',
    '-14872.00',
    'Payment',
    'BP-2241',
    '',
    'SARS',
    'EMP201 October 2025 - PAYE, UIF, SDL (7123456789)',
  );
  b(
    'inv1197',
    '2025-11-17',
    '9200.00',
    'Receipt',
    'INV25/1197',
    'MTH/0438',
    'T Zwane',
    'Opposed eviction - consultation and letter of demand',
  );
  b(
    'lexis',
    '2025-11-18',
    '-4950.00',
    'Payment',
    'BP-2243',
    '',
    'LexisNexis South Africa',
    'Lexis Library subscription - November',
  );
  b(
    'inv1190',
    '2025-11-20',
    '12650.00',
    'Receipt',
    'INV25/1190',
    'MTH/0421',
    'M Nxumalo',
    'Unopposed divorce - fees (client undertook to pay in full by 20 Nov)',
  );
  b(
    'vat201',
    '2025-11-25',
    '-21486.50',
    'Payment',
    'BP-2246',
    '',
    'SARS',
    'VAT201 September-October 2025 (4123456789)',
  );
  b('salngc', '2025-11-25', '-12400.00', 'Payment', 'SAL-2511-01', '', 'T Ngcobo', 'Salary November 2025 - secretary');
  b(
    'salmng',
    '2025-11-25',
    '-9800.00',
    'Payment',
    'SAL-2511-02',
    '',
    'P Mngomezulu',
    'Salary November 2025 - messenger and clerk',
  );
  b(
    'salsib',
    '2025-11-25',
    '-14500.00',
    'Payment',
    'SAL-2511-03',
    '',
    'K Sibiya',
    'Salary November 2025 - candidate attorney',
  );
  b(
    'muni',
    '2025-11-26',
    '-1240.00',
    'Payment',
    'BP-2248',
    '',
    'uMhlathuze Municipality',
    'Rates, refuse and electricity, account 40012345678',
  );
  b(
    'rentdec',
    '2025-11-28',
    '-6900.00',
    'Payment',
    'BP-2250',
    '',
    'Empangeni Office Park (Pty) Ltd',
    'Office rent - December 2025 (EFT dated 1 Dec)',
    { ledgerOnly: 'rent for December captured for payment on 1 December' },
  );
  b('yoco28', '2025-11-28', '950.00', 'Receipt', 'RC-4452', 'MTH/0449', 'M Gumede', 'Consultation fee (card)', {
    ledgerOnly: 'card takings of 28 Nov, paid out by Yoco on 1 Dec',
  });

  // ---- the statement, oldest first: the transaction type and party in Description, the payer's or payee's
  // reference in Reference
  const own = () => `ZIP${digits(rng, 9)}`;
  L('z01', '2025-11-03', '23575.00', 'EFT CREDIT MTHEMBU NAIDOO INC TRUST', {
    ref: 'FEES MTH0412 ZULU ESTATE',
    auto: ['trf412'],
    evidence: 'reference',
    traits: ['ref-joined', 'matter-number'],
  });
  L('z02', '2025-11-03', '-6900.00', 'STOP ORDER EMPANGENI OFFICE PARK', {
    ref: 'RENT NOV 2025',
    auto: ['rentnov'],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  L('z03', '2025-11-03', '-4600.00', 'INTERNET PAYMENT ADV T GOVENDER', {
    ref: 'COUNSEL MTH0398',
    auto: ['counsel'],
    evidence: 'reference',
    traits: ['ref-joined', 'matter-number'],
  });
  L('z04', '2025-11-04', '2753.31', 'YOCO PAYOUT', {
    ref: `YOCO 03NOV ${digits(rng, 8)}`,
    suggest: ['yoco1', 'yoco2', 'yoco3'],
    evidence: 'amount',
    traits: ['card-settlement', 'short-net-of-fee', 'split-one-to-many'],
  });
  L('z05', '2025-11-05', '11500.00', 'ACB CREDIT LEGAL AID SA', {
    ref: 'JUD250741 S V MKHIZE',
    auto: ['lasa'],
    evidence: 'reference',
    traits: ['ref-joined'],
  });
  L('z06', '2025-11-05', '8050.00', 'EFT CREDIT NOMSAS HAIR AND BEAUTY', {
    ref: 'ATTORNEY',
    suggest: ['inv1183'],
    evidence: 'amount',
    traits: ['trading-name', 'amount-only'],
  });
  L('z07', '2025-11-06', '-1863.45', 'DEBIT ORDER TELKOM SA', {
    ref: '8712345678',
    auto: ['telkom'],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  L('z08', '2025-11-07', '-5750.00', 'INTERNET PAYMENT NDLOVU KHUMALO ATT', {
    ref: 'CORRESP FEES MTH0405',
    reversal: 'z09',
    traits: ['failed-transfer'],
  });
  L('z09', '2025-11-07', '5750.00', 'UNPAID INTERNET PAYMENT NDLOVU KHUMALO ATT', {
    ref: 'ACCOUNT CLOSED',
    reversal: 'z08',
    traits: ['reversal'],
  });
  L('z10', '2025-11-10', '-5750.00', 'INTERNET PAYMENT NDLOVU KHUMALO INC', {
    ref: 'CORRESP FEES MTH0405',
    auto: ['corresp'],
    evidence: 'reference',
    traits: ['resent-after-reversal', 'matter-number'],
  });
  L('z11', '2025-11-10', '14640.00', 'SWIFT INWARD PAYMENT J PILLAY LONDON', {
    ref: 'INV 1193',
    suggest: ['inv1193'],
    evidence: 'reference',
    traits: ['short-net-of-fee', 'ref-serial-only'],
  });
  L('z12', '2025-11-11', '-1500.00', 'INTERNET PAYMENT SHERIFF EMPANGENI', {
    ref: 'SERVICE FEES',
    twins: [['sher1'], ['sher2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('z13', '2025-11-11', '-1500.00', 'INTERNET PAYMENT SHERIFF EMPANGENI', {
    ref: 'SERVICE FEES',
    twins: [['sher1'], ['sher2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('z14', '2025-11-12', '18400.00', 'EFT CREDIT UMHLATHUZE FURNITURE CC', {
    ref: 'INV1188 LESS CN031',
    suggest: ['inv1188', 'cn031'],
    evidence: 'reference',
    traits: ['invoice-less-credit-note'],
  });
  L('z15', '2025-11-13', '6000.00', 'EFT CREDIT S BUTHELEZI', {
    ref: 'INV25 1195 1ST PAYMENT',
    suggest: ['inv1195'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-spaces'],
  });
  L('z16', '2025-11-14', '-14872.00', 'SARS EMP201', {
    ref: '7123456789LC2510',
    auto: ['emp201'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('z17', '2025-11-17', '9500.00', 'EFT CREDIT T ZWANE', {
    ref: 'INV 2025-1197',
    auto: ['inv1197'],
    evidence: 'reference',
    traits: ['over-payment', 'ref-year-serial'],
  });
  L('z18', '2025-11-18', '-4950.00', 'DEBIT ORDER LEXISNEXIS SA', {
    ref: 'LEXIS LIBRARY',
    auto: ['lexis'],
    evidence: 'counterparty',
    traits: ['name-only'],
  });
  L('z19', '2025-11-19', '23575.00', 'EFT CREDIT MTHEMBU NAIDOO INC TRUST', {
    ref: 'FEES MTH0433 CELE TRANSFER',
    none: 'fees on another conveyancing matter (MTH/0433) moved from trust, not yet posted to the business cashbook',
    decoy:
      "same payer (the firm's trust account) and the same tariff amount as the fees of MTH/0412 (book row of 3 Nov), which the transfer of 3 Nov pays",
    traits: ['decoy', 'reference-mismatch'],
  });
  L('z20', '2025-11-20', '6000.00', 'EFT CREDIT SIPHO BUTHELEZI', {
    ref: 'INV1195 BALANCE',
    suggest: ['inv1195'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-serial-only'],
  });
  L('z20b', '2025-11-20', '5000.00', 'EFT CREDIT M NXUMALO', {
    ref: 'PART PMT INV1190',
    suggest: ['inv1190'],
    evidence: 'reference',
    traits: ['part-payment', 'ref-serial-only'],
  });
  L('z21', '2025-11-21', '-6900.00', 'INTERNET PAYMENT EMPANGENI OFFICE SUPPLIES', {
    ref: 'TONER AND PAPER',
    none: 'toner and paper bought from a stationer, not yet captured in LegalSuite',
    decoy:
      'a payee named like the landlord Empangeni Office Park and the same amount as the December rent (book row of 28 Nov, to be paid on 1 Dec)',
    traits: ['decoy', 'name-fuzzy'],
  });
  L('z22', '2025-11-25', '-21486.50', 'SARS VAT201', {
    ref: '4123456789 SEP-OCT 2025',
    auto: ['vat201'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('z23', '2025-11-25', '-12400.00', 'INTERNET PAYMENT T NGCOBO', {
    ref: 'SALARY NOV',
    auto: ['salngc'],
    evidence: 'counterparty',
    traits: ['payroll-per-employee', 'name-only'],
  });
  L('z24', '2025-11-25', '-9800.00', 'INTERNET PAYMENT P MNGOMEZULU', {
    ref: 'SALARY NOV',
    auto: ['salmng'],
    evidence: 'counterparty',
    traits: ['payroll-per-employee', 'name-only'],
  });
  L('z25', '2025-11-25', '-14500.00', 'INTERNET PAYMENT K SIBIYA', {
    ref: 'SALARY NOV',
    auto: ['salsib'],
    evidence: 'counterparty',
    traits: ['payroll-per-employee', 'name-only'],
  });
  L('z26', '2025-11-26', '-1240.00', 'INTERNET PAYMENT UMHLATHUZE MUNICIPALITY', {
    ref: '40012345678',
    auto: ['muni'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('z27', '2025-11-28', '-95.00', 'MONTHLY ADMINISTRATION FEE', { ref: own(), bankOnly: 'charge' });
  L('z28', '2025-11-28', '-80.00', 'ELECTRONIC PAYMENT FEES (10 X R8,00)', { ref: own(), bankOnly: 'charge' });
  L('z29', '2025-11-28', '-22.50', 'SMS NOTIFICATION FEES', { ref: own(), bankOnly: 'charge' });
  L('z30', '2025-11-28', '38.62', 'CREDIT INTEREST', { ref: own(), bankOnly: 'interest' });

  const zar = (minor) => signedGrouped(minor, { thousands: ' ', decimal: ',' });
  return {
    meta: {
      set: 'za-ziphakamise-legalsuite',
      country: 'ZA',
      currency: 'ZAR',
      timezone: 'Africa/Johannesburg',
      period: { from: '2025-11-01', to: '2025-11-30' },
      publicHolidays: [],
      bankName: 'Ziphakamise Savings and Credit Co-operative Bank',
      package: 'LegalSuite (Reports → Business Cashbook, Ziphakamise business account, exported to CSV)',
      business:
        "a two-partner attorneys' practice in Empangeni, its business (not trust) account (fees moved from the trust account, Legal Aid South Africa judicare accounts, clients paying consultations at a Yoco card machine and invoices by EFT, a collections client, an heir paying from London; counsel, correspondent attorneys, the sheriff, LexisNexis, Telkom, the uMhlathuze Municipality, office rent, SARS EMP201 and VAT201, three salaried staff)",
      openingBalance: '96215.40',
      bookOpeningBalance: '96215.40',
      ledgerAccount: 'Ziphakamise Business Account',
      notes: [
        "The statement puts the transaction type and the party in Description and the payer's or payee's own reference in Reference; amounts are signed, with a space for thousands and a decimal comma, in a semicolon-separated file.",
        'Yoco pays out the next working day net of 2.95% plus VAT: 2,850.00 of card consultations of 3 Nov came in as 2,753.31.',
        "J. Pillay's SWIFT payment of INV25/1193 (14,950.00) arrived 310.00 short: a correspondent bank's charge.",
        'Electronic payment fees (R8.00 each, the unpaid one included) are posted as one line at month end (invented).',
        'LegalSuite posts a credit note against an invoice already receipted as a negative row in the business cashbook (CN25/031).',
      ],
    },
    rows,
    lines,
    bank: {
      file: 'ziphakamise-2001004573-nov2025.csv',
      kind: 'csv',
      csv: { delimiter: ';', eol: '\r\n', bom: false },
      order: 'oldest-first',
      layout:
        'Ziphakamise statement CSV, semicolon-separated: seven rows of bank and account details and a blank row, then Date (yyyy/mm/dd), Description, Reference, Amount (signed, space thousands, decimal comma), Balance; a Closing balance row last',
      readOptions: {
        currency: 'ZAR',
        decimalSeparator: ',',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      preamble: (c) => [
        ['Ziphakamise Savings and Credit Co-operative Bank'],
        ['Statement of account'],
        ['Account holder', 'MTHEMBU NAIDOO ATTORNEYS INC'],
        ['Account number', '2001004573'],
        ['Account type', 'Business transactional'],
        ['Statement period', `${ymdSlash(c.from)} - ${ymdSlash(c.to)}`],
        ['Opening balance', zar(c.opening)],
        [],
      ],
      header: ['Date', 'Description', 'Reference', 'Amount', 'Balance'],
      leading: () => [],
      cells: (l) => [ymdSlash(l.date), l.text, l.ref ?? '', zar(l.minor), zar(l.balance)],
      footer: (c) => [['', 'Closing balance', '', '', zar(c.closing)]],
    },
    book: {
      file: 'legalsuite-business-cashbook-nov2025.csv',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false },
      layout:
        'LegalSuite Business Cashbook report to CSV: three title rows and a blank row, then Date (dd/mm/yyyy), Doc Type, Doc No, Matter, Party, Description, Debit (money in), Credit (money out), Balance; an Opening Balance row first, Totals and Closing Balance rows last',
      readOptions: {
        currency: 'ZAR',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Doc No',
          party: 'Party',
          description: ['Description', 'Matter'],
          moneyIn: 'Debit',
          moneyOut: 'Credit',
          balance: 'Balance',
        },
      },
      preamble: (c) => [
        ['MTHEMBU NAIDOO ATTORNEYS INC'],
        ['Business Cashbook - Ziphakamise Business Account (2001004573)'],
        [`Period: ${dmy(c.from)} to ${dmy(c.to)}`],
        [],
      ],
      header: ['Date', 'Doc Type', 'Doc No', 'Matter', 'Party', 'Description', 'Debit', 'Credit', 'Balance'],
      leading: (c) => [
        {
          cells: [dmy(c.from), '', '', '', '', 'Opening Balance', '', '', money(c.opening)],
          why: 'the opening balance, not an entry',
        },
      ],
      cells: (row) => [
        dmy(row.date),
        row.docType,
        row.ref,
        row.matter,
        row.party,
        row.desc,
        row.minor > 0 ? money(row.minor) : '',
        row.minor < 0 ? money(-row.minor) : '',
        money(row.balance),
      ],
      footer: (c) => [
        ['', '', '', '', '', 'Totals', money(c.totalIn), money(c.totalOut), ''],
        ['', '', '', '', '', 'Closing Balance', '', '', money(c.closing)],
      ],
    },
  };
}

const money = (minor) => (minor < 0 ? '-' : '') + grouped(minor);
