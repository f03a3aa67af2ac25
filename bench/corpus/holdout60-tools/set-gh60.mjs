// GH: a haulage and courier firm in Kumasi, October 2024 — Juaben Rural Bank statement (CSV) against Built (CSV).
import { makeDsl } from './dsl60.mjs';
import { dMonY, dmy, grouped } from './lib60.mjs';

export default function ghSet() {
  const { R, L, rows, lines } = makeDsl();

  // ---- the books (Built Accounting: Banking → Juaben Rural Bank - Adum → Transactions, Export CSV)
  const r = (key, date, amount, type, no, contact, desc, category, extra = {}) =>
    R(key, date, amount, { type, ref: no, party: contact, desc, category, ...extra });
  r(
    'inv581',
    '2024-10-01',
    '18600.00',
    'Invoice payment',
    'KTL/24/0581',
    'Ashanti Cement Distributors Ltd',
    'Container haulage Tema-Kumasi, 3 x 40ft',
    'Haulage income',
  );
  r(
    'inv586',
    '2024-10-01',
    '7800.00',
    'Invoice payment',
    'KTL/24/0586',
    'Golden Malt Distributors',
    'Haulage Kumasi-Sunyani, 2 trips',
    'Haulage income',
  );
  r(
    'inv587',
    '2024-10-01',
    '4500.00',
    'Invoice payment',
    'KTL/24/0587',
    'Golden Malt Distributors',
    'Haulage Kumasi-Techiman, 1 trip',
    'Haulage income',
  );
  r(
    'inv590',
    '2024-10-02',
    '1500.00',
    'Invoice payment',
    'KTL/24/0590',
    'Kwame Frimpong',
    'Haulage of floor tiles Kumasi-Ejisu',
    'Haulage income',
  );
  r(
    'lpo412',
    '2024-10-03',
    '-14250.00',
    'Expense',
    'LPO-0412',
    'Star Oil Co Ltd',
    'Diesel 980 litres for trucks',
    'Fuel',
  );
  r(
    'inv588',
    '2024-10-04',
    '9200.00',
    'Invoice payment',
    'KTL/24/0588',
    'Esi Amponsah',
    'Transit cargo Kumasi-Paga (provisions)',
    'Haulage income',
  );
  r(
    'chq512',
    '2024-10-04',
    '-3480.00',
    'Expense',
    '000512',
    'Suame Magazine Tyre Centre',
    'Two tyres 315/80R22.5, cheque 000512',
    'Repairs and maintenance',
  );
  r(
    'kft',
    '2024-10-08',
    '-1650.00',
    'Bill payment',
    'KFT-2201',
    'Kumasi Fleet Tracking Services',
    'GPS tracking subscription October, 6 trucks',
    'Subscriptions',
  );
  r(
    'inv584',
    '2024-10-09',
    '24000.00',
    'Invoice payment',
    'KTL/24/0584',
    'Nkawie Cocoa Buyers Ltd',
    'Haulage of cocoa bags Nkawie-Takoradi port',
    'Haulage income',
  );
  r(
    'manu',
    '2024-10-10',
    '-2600.00',
    'Expense',
    '',
    'Yaw Manu Auto Workshop',
    'Engine overhaul, truck GT 4415-19',
    'Repairs and maintenance',
  );
  r(
    'pcl1',
    '2024-10-11',
    '1250.00',
    'Sales receipt',
    'PCL-24-1031',
    'Walk-in: Akua Sarpong',
    'Parcel delivery Kumasi-Accra (MoMo)',
    'Courier income',
  );
  r(
    'pcl2',
    '2024-10-12',
    '980.00',
    'Sales receipt',
    'PCL-24-1034',
    'Walk-in: Daniel Oppong',
    'Parcel delivery Kumasi-Tamale (MoMo)',
    'Courier income',
  );
  r(
    'pcl3',
    '2024-10-12',
    '1120.00',
    'Sales receipt',
    'PCL-24-1036',
    'Walk-in: Rose Boakye',
    'Parcel delivery Kumasi-Takoradi (MoMo)',
    'Courier income',
  );
  r(
    'pcl4',
    '2024-10-13',
    '650.00',
    'Sales receipt',
    'PCL-24-1040',
    'Walk-in: Ibrahim Seidu',
    'Parcel delivery Kumasi-Sunyani (MoMo)',
    'Courier income',
  );
  r('load1', '2024-10-15', '-850.00', 'Expense', '', 'Okyere Loaders', 'Offloading, truck GT 4415-19', 'Direct labour');
  r('load2', '2024-10-15', '-850.00', 'Expense', '', 'Okyere Loaders', 'Offloading, truck GN 2230-20', 'Direct labour');
  r(
    'inv589',
    '2024-10-16',
    '16400.00',
    'Invoice payment',
    'KTL/24/0589',
    'Obuasi Building Materials Ltd',
    'Haulage of cement and rods Tema-Obuasi',
    'Haulage income',
  );
  r(
    'cn014',
    '2024-10-16',
    '-780.00',
    'Credit note refund',
    'CN-014',
    'Obuasi Building Materials Ltd',
    'Credit note - 13 bags of cement damaged in transit',
    'Haulage income',
  );
  r(
    'inv593',
    '2024-10-17',
    '5850.00',
    'Invoice payment',
    'KTL/24/0593',
    'Agyemang & Sons Ltd',
    'Haulage Kumasi-Mampong',
    'Haulage income',
  );
  r(
    'inv595',
    '2024-10-18',
    '14000.00',
    'Invoice payment',
    'KTL/24/0595',
    'Alhaji Sulemana Iddrisu',
    'Transit cargo Kumasi-Ouagadougou',
    'Haulage income',
  );
  r(
    'ssnit',
    '2024-10-21',
    '-4180.50',
    'Expense',
    'ER 2105540012',
    'SSNIT',
    'SSNIT contributions September 2024',
    'Statutory deductions',
  );
  r(
    'paye',
    '2024-10-21',
    '-2265.00',
    'Expense',
    'C0004471982',
    'Ghana Revenue Authority',
    'PAYE September 2024',
    'Statutory deductions',
  );
  r(
    'ins516',
    '2024-10-24',
    '-2840.00',
    'Expense',
    '000516',
    'Adonten Insurance Co Ltd',
    'Motor insurance premium GT 4415-19, cheque 000516',
    'Insurance',
    { ledgerOnly: 'cheque 000516 not yet presented' },
  );
  r(
    'bop',
    '2024-10-29',
    '-1200.00',
    'Bill payment',
    'BOP-2024-0887',
    'Kumasi Metropolitan Assembly',
    'Business operating permit 2024',
    'Rates and permits',
  );
  r(
    'wages',
    '2024-10-31',
    '-12300.00',
    'Payroll',
    'PAY-2024-10',
    'Drivers and mates',
    'Drivers wages October 2024 (4 staff)',
    'Wages',
  );
  r(
    'pcl31',
    '2024-10-31',
    '540.00',
    'Sales receipt',
    'PCL-24-1112',
    'Walk-in: Joseph Amoah',
    'Parcel delivery Kumasi-Accra (MoMo)',
    'Courier income',
    { ledgerOnly: 'MoMo takings of 31 Oct, settled to the bank on 1 Nov' },
  );

  // ---- the statement, oldest first
  L('g01', '2024-10-01', '18600.00', 'GIP CR ASHANTI CEMENT DISTRIBUTORS LTD KTL/24/0581', {
    auto: ['inv581'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('g02', '2024-10-01', '12300.00', 'GIP CR GOLDEN MALT DISTRIBUTORS INV 586 & 587', {
    auto: ['inv586', 'inv587'],
    evidence: 'reference',
    traits: ['split-one-to-many', 'ref-serial-only'],
  });
  L('g03', '2024-10-02', '1486.14', 'MOMO TO BANK 0244817263 KWAME FRIMPONG HAULAGE FEE', {
    suggest: ['inv590'],
    evidence: 'counterparty',
    traits: ['short-net-of-levy', 'e-levy'],
  });
  L('g04', '2024-10-03', '-14250.00', 'GIP DR STAR OIL CO LTD LPO 0412 DIESEL', {
    auto: ['lpo412'],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  L('g05', '2024-10-04', '9200.00', 'GIP CR MAAME ESI PROVISIONS', {
    suggest: ['inv588'],
    evidence: 'amount',
    traits: ['trading-name', 'amount-only'],
  });
  L('g06', '2024-10-07', '-3480.00', 'CHEQUE WITHDRAWAL - CLEARING', {
    ref: '000512',
    auto: ['chq512'],
    evidence: 'reference',
    traits: ['cheque-number'],
  });
  L('g07', '2024-10-07', '-90.00', 'CHEQUE BOOK 50 LEAVES', { bankOnly: 'charge' });
  L('g08', '2024-10-08', '-1650.00', 'GIP DR KUMASI FLEET TRACKING SVCS KFT-2201', {
    auto: ['kft'],
    evidence: 'reference',
    traits: ['ref-canonical'],
  });
  L('g09', '2024-10-09', '10000.00', 'GIP CR NKAWIE COCOA BUYERS LTD PART PYT KTL240584', {
    suggest: ['inv584'],
    evidence: 'reference',
    traits: ['part-payment', 'ref-year-serial-joined'],
  });
  L('g10', '2024-10-10', '-2600.00', 'GIP DR YAW MANU ENGINE OVERHAUL', {
    reversal: 'g11',
    traits: ['failed-transfer'],
  });
  L('g11', '2024-10-10', '2600.00', 'GIP RETURN YAW MANU ACCT NAME MISMATCH', {
    reversal: 'g10',
    traits: ['reversal'],
  });
  L('g12', '2024-10-11', '-2600.00', 'GIP DR MANU YAW AUTO WORKSHOP ENGINE OVERHAUL', {
    auto: ['manu'],
    evidence: 'counterparty',
    traits: ['resent-after-reversal', 'name-reordered'],
  });
  L('g13', '2024-10-14', '3960.00', 'MOMO MERCHANT SETTLEMENT 11-13 OCT 2024', {
    suggest: ['pcl1', 'pcl2', 'pcl3', 'pcl4'],
    evidence: 'amount',
    traits: ['momo-settlement', 'short-net-of-fee', 'split-one-to-many'],
  });
  L('g14', '2024-10-15', '-850.00', 'GIP DR OKYERE LOADERS OFFLOADING', {
    twins: [['load1'], ['load2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('g15', '2024-10-15', '-850.00', 'GIP DR OKYERE LOADERS OFFLOADING', {
    twins: [['load1'], ['load2']],
    evidence: 'counterparty',
    traits: ['twins'],
  });
  L('g16', '2024-10-16', '15620.00', 'GIP CR OBUASI BUILDING MATERIALS KTL-0589 LESS CN 014', {
    suggest: ['inv589', 'cn014'],
    evidence: 'reference',
    traits: ['invoice-less-credit-note'],
  });
  L('g17', '2024-10-17', '6000.00', 'GIP CR AGYEMANG & SONS ktl 0593 haulage', {
    auto: ['inv593'],
    evidence: 'reference',
    traits: ['over-payment', 'ref-lowercase'],
  });
  L('g18', '2024-10-18', '7000.00', 'CASH DEP BY ALHAJI SULEMANA INV 0595 1ST', {
    suggest: ['inv595'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-serial-only'],
  });
  L('g19', '2024-10-21', '-4180.50', 'SSNIT CONTRIBUTION SEP 2024 ER 2105540012', {
    auto: ['ssnit'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('g20', '2024-10-21', '-2265.00', 'GRA PAYE SEP 2024 C0004471982', {
    auto: ['paye'],
    evidence: 'reference',
    traits: ['statutory'],
  });
  L('g21', '2024-10-22', '14000.00', 'GIP CR SULEMANA BROS TRANSPORT TRUCK HIRE DEPOSIT REFUND', {
    none: "a transport company's refund of a truck-hire deposit, not recorded in Built",
    decoy:
      "a name like Alhaji Sulemana Iddrisu's and the full amount of his invoice KTL/24/0595 (book row of 18 Oct), which he paid in two cash deposits of 7,000",
    traits: ['decoy', 'name-fuzzy'],
  });
  L('g22', '2024-10-25', '-2840.00', 'GIP DR ADONTEN INSURANCE CO CLAIM EXCESS GN 2230-20', {
    none: 'the insurance excess on a claim for the other truck, not recorded in Built',
    decoy: 'same insurer and amount as the premium paid by cheque 000516 (book row of 24 Oct), not yet presented',
    traits: ['decoy', 'same-payee-other-purpose'],
  });
  L('g23', '2024-10-25', '7000.00', 'GIP CR ALHAJI SULEMANA IDDRISU KTL0595 BAL', {
    suggest: ['inv595'],
    group: 'g1',
    evidence: 'reference',
    traits: ['split-many-to-one', 'ref-joined'],
  });
  L('g24', '2024-10-29', '-1200.00', 'GIP DR KUMASI METROPOLITAN ASSEMBLY BOP 2024 0887', {
    auto: ['bop'],
    evidence: 'reference',
    traits: ['ref-spaces'],
  });
  const driver = (key, amount, name) =>
    L(key, '2024-10-31', amount, `GIP DR SALARY OCT24 ${name}`, {
      suggest: ['wages'],
      group: 'g2',
      evidence: 'amount',
      traits: ['payroll-per-employee-lines', 'split-many-to-one'],
    });
  driver('g25', '-3400.00', 'KOFI ASARE (DRIVER)');
  driver('g26', '-3250.00', 'YAW OWUSU-ANSAH (DRIVER)');
  driver('g27', '-2900.00', 'IBRAHIM ALHASSAN (DRIVER)');
  driver('g28', '-2750.00', 'KWAKU DONKOR (DRIVER MATE)');
  L('g29', '2024-10-31', '-60.00', 'GIP CHARGES OCT 2024 (12 X 5.00)', { bankOnly: 'charge' });
  L('g30', '2024-10-31', '-12.00', 'SMS ALERT CHARGES OCT 2024', { bankOnly: 'charge' });
  L('g31', '2024-10-31', '-25.00', 'ACCOUNT MAINTENANCE FEE OCT 2024', { bankOnly: 'charge' });

  const amt = (minor) => (minor ? grouped(minor) : '');
  return {
    meta: {
      set: 'gh-juaben-built',
      country: 'GH',
      currency: 'GHS',
      timezone: 'Africa/Accra',
      period: { from: '2024-10-01', to: '2024-10-31' },
      publicHolidays: [],
      bankName: 'Juaben Rural Bank PLC',
      package: 'Built Accounting (Banking → Juaben Rural Bank - Adum → Transactions, Export CSV)',
      business:
        'a haulage and courier firm at Kaase, Kumasi (container haulage from Tema, transit cargo to Paga and Ouagadougou, cocoa bags to Takoradi port, cement and beer distributors, walk-in parcel customers paying into an MTN MoMo merchant wallet; diesel, tyres from Suame Magazine, engine overhauls, loaders, GPS tracking, insurance, the assembly permit, four drivers and mates, SSNIT and GRA PAYE)',
      openingBalance: '86412.30',
      bookOpeningBalance: '86412.30',
      ledgerAccount: 'Juaben Rural Bank - Adum',
      notes: [
        'Kwame Frimpong sent 1,486.14 from his MoMo wallet so that it and the 1% E-levy on the part above GH₵100 (13.86) came to the 1,500.00 of KTL/24/0590.',
        'The MoMo merchant wallet is settled to the bank the next working day net of a 1% fee: 4,000.00 of parcel takings of 11–13 Oct came in as 3,960.00 on 14 Oct.',
        'GIP transfer fees (GH₵5.00 each) are posted as one line at month end (invented); the returned GIP of 10 Oct carried one.',
        'Built records a credit note refunded against a paid invoice as a negative row in the bank account (CN-014).',
        'Drivers are paid by individual GIP transfers; Built holds one payroll journal for the four.',
      ],
    },
    rows,
    lines,
    bank: {
      file: 'juaben-rb-0141020005617-oct2024.csv',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\r\n', bom: false },
      order: 'oldest-first',
      layout:
        'Juaben Rural Bank customer statement CSV: nine rows of bank and account details and a blank row, then Date (dd/mm/yyyy), Particulars, Chq No., Debit, Credit, Balance with thousands separators, a dated BALANCE B/F row first, TOTAL and CLOSING BALANCE rows last',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          description: 'Particulars',
          reference: 'Chq No.',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
      preamble: (c) => [
        ['JUABEN RURAL BANK PLC'],
        ['Head Office: Juaben, Ashanti Region'],
        ['CUSTOMER STATEMENT OF ACCOUNT'],
        ['Account Name', 'KAASE TRANSIT LOGISTICS LTD'],
        ['Account Number', '0141020005617'],
        ['Branch', 'ADUM - KUMASI'],
        ['Currency', 'GHS'],
        ['Period', `${dmy(c.from)} TO ${dmy(c.to)}`],
        ['Printed', `${dmy('2024-11-04')} 09:42`],
        [],
      ],
      header: ['Date', 'Particulars', 'Chq No.', 'Debit', 'Credit', 'Balance'],
      leading: (c) => [{ cells: [dmy(c.from), 'BALANCE B/F', '', '', '', grouped(c.opening)] }],
      cells: (l) => [
        dmy(l.date),
        l.text,
        l.ref ?? '',
        l.minor < 0 ? amt(-l.minor) : '',
        l.minor > 0 ? amt(l.minor) : '',
        grouped(l.balance),
      ],
      footer: (c) => [
        ['', 'TOTAL', '', grouped(c.totalOut), grouped(c.totalIn), ''],
        ['', 'CLOSING BALANCE', '', '', '', grouped(c.closing)],
      ],
    },
    book: {
      file: 'built-transactions-juaben-adum-oct2024.csv',
      kind: 'csv',
      csv: { delimiter: ',', eol: '\n', bom: false },
      layout:
        'Built bank-account transactions CSV: three title rows and a blank row, then Date (dd Mon yyyy), Type, No., Contact, Description, Category, Amount (GHS) signed (money out negative), no balance, no totals',
      readOptions: {
        currency: 'GHS',
        mapping: {
          date: 'Date',
          reference: 'No.',
          party: 'Contact',
          description: ['Description', 'Category'],
          amount: 'Amount (GHS)',
        },
      },
      preamble: (c) => [
        ['Kaase Transit Logistics Ltd'],
        ['Bank account: Juaben Rural Bank - Adum (0141020005617)'],
        [`Transactions from ${dMonY(c.from, ' ')} to ${dMonY(c.to, ' ')}`],
        [],
      ],
      header: ['Date', 'Type', 'No.', 'Contact', 'Description', 'Category', 'Amount (GHS)'],
      cells: (row) => [
        dMonY(row.date, ' '),
        row.type,
        row.ref,
        row.party,
        row.desc,
        row.category,
        (row.minor / 100).toFixed(2),
      ],
      leading: () => [],
      footer: () => [],
    },
  };
}
