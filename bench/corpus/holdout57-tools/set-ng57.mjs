// NG — Ngozika Footwear Industries Ltd, Aba (Abia State), October 2018: Diamond Bank current account against Epicor
// iScala's general-ledger transaction list. Every line's decision is written here by hand.
import { B, L } from './dsl57.mjs';
import { dateCell, dMonY, num } from './lib57.mjs';

const CH = (d) => B(d, '-52.50', 'NIP TRANSFER FEE INCL VAT', '', { bankOnly: 'charge' });
const CH25 = (d) => B(d, '-26.25', 'NIP TRANSFER FEE INCL VAT', '', { bankOnly: 'charge' });

export default {
  set: 'ng-diamond-iscala',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  period: { from: '2018-10-01', to: '2018-10-31' },
  holidays: [{ date: '2018-10-01', name: 'Independence Day' }],
  bankName: 'Diamond Bank Plc',
  packageName:
    'Epicor iScala 3 (General Ledger → Transaction List, account 1220 Diamond Bank Current, Export to Excel)',
  business:
    'a leather shoe and sandal maker at Ariaria, Aba (Lagos and Abuja retailers, Onitsha and Wuse market distributors, a school PTA, a hotel, online orders through Paystack, a factory shop with a POS; finished leather from Kano, soles from Lagos, adhesive from Nnewi, haulage to Onitsha)',
  notes: [
    'Diamond Bank Plc traded until its merger into Access Bank on 1 April 2019; the month is October 2018 (VAT 5 %).',
    'Charges as written by the bank: NIP fee ₦50 + 5 % VAT (₦52.50; ₦26.25 for ₦5,001–₦50,000), bulk payment ₦52.50 an item, stamp duty ₦50 on each credit of ₦1,000 or more charged once at month end, SMS alerts ₦4 each, account maintenance fee ₦1 per mille of customer-induced debits plus 5 % VAT as its own line.',
    'The statement is newest first, as the Diamond Online Excel download is written here (invented layout).',
    'iScala books a receipt on the day the remittance advice arrives, which can be a day before the bank; cheques are booked on the day they are written.',
  ],
  bank: {
    file: 'diamond-0067214493-oct2018.xlsx',
    format: 'xlsx',
    order: 'newest-first',
    ledgerAccount: '1220',
    opening: '3412650.40',
    layout:
      'Diamond Online statement, Excel: seven preamble rows (bank, title, account name, number, currency, period, opening and closing balance), a blank row, header `Tran Date, Value Date, Reference, Narration, Debit, Credit, Balance`; real date cells, numbers; newest first',
    readOptions: {
      currency: 'NGN',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write(lines, { opening, closing }) {
      const pre = [
        ['DIAMOND BANK PLC'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'NGOZIKA FOOTWEAR INDUSTRIES LTD'],
        ['Account Number:', '0067214493'],
        ['Currency:', 'NGN'],
        ['Period:', `${dMonY('2018-10-01')} to ${dMonY('2018-10-31')}`],
        ['Opening Balance:', num(opening), '', 'Closing Balance:', num(closing)],
        [],
        ['Tran Date', 'Value Date', 'Reference', 'Narration', 'Debit', 'Credit', 'Balance'],
      ];
      const data = [...lines]
        .reverse()
        .map((l) => [
          dateCell(l.d, 'dd-mmm-yyyy'),
          dateCell(l.vd ?? l.d, 'dd-mmm-yyyy'),
          l.ref,
          l.text,
          l.amt < 0 ? num(-l.amt) : '',
          l.amt > 0 ? num(l.amt) : '',
          num(l.bal),
        ]);
      return {
        pre,
        data,
        post: [],
        dataLines: [...lines].reverse(),
        sheet: 'Statement',
        widths: [12, 12, 32, 60, 14, 14, 16],
      };
    },
  },
  ledger: {
    file: 'iscala-gl-1220-diamond-oct2018.xlsx',
    format: 'xlsx',
    package: 'Epicor iScala 3 — General Ledger Transaction List (Export to Excel)',
    opening: '3412650.40',
    layout:
      'iScala transaction list in Excel: three title rows and a blank row, header `Trans Date, Voucher No, Voucher Type, Account, Text, Reference, Cust/Supp, Debit, Credit, Balance`, an undated `Opening Balance` row, the entries with real date cells, an undated `Closing Balance` row; Debit = money into the bank account',
    readOptions: {
      currency: 'NGN',
      mapping: {
        date: 'Trans Date',
        description: ['Text'],
        reference: 'Reference',
        party: 'Cust/Supp',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    write(rows, { opening, closing }) {
      const pre = [
        ['Ngozika Footwear Industries Ltd'],
        ['General Ledger Transaction List — Account 1220 Diamond Bank Current A/c 0067214493'],
        ['Period 2018/10   Currency NGN'],
        [],
        [
          'Trans Date',
          'Voucher No',
          'Voucher Type',
          'Account',
          'Text',
          'Reference',
          'Cust/Supp',
          'Debit',
          'Credit',
          'Balance',
        ],
        ['', '', '', '1220', 'Opening Balance', '', '', '', '', num(opening)],
      ];
      let v = 18100412;
      const data = rows.map((r) => [
        dateCell(r.d, 'dd/mm/yyyy'),
        String(v++),
        r.amt > 0 ? 'CR' : (r.vt ?? 'SP'),
        '1220',
        r.text,
        r.ref,
        r.party ?? '',
        r.amt > 0 ? num(r.amt) : '',
        r.amt < 0 ? num(-r.amt) : '',
        num(r.bal),
      ]);
      const post = [['', '', '', '1220', 'Closing Balance', '', '', '', '', num(closing)]];
      return { pre, data, post, sheet: 'GL Transactions', widths: [12, 11, 8, 8, 64, 22, 36, 14, 14, 16] };
    },
  },
  lines: [
    B('2018-10-02', '1250000.00', 'NIP FRM STEPWISE STORES LTD/INV NF 2231 NF 2234', 'S:000005181002', {
      auto: ['s1a', 's1b'],
      ev: 'reference',
      tr: ['split-one-to-many', 'ref-spaces', 'nip-session-id'],
    }),
    B('2018-10-03', '-1860000.00', 'NIP TO SHARADA LEATHER WORKS LTD/PO 4471 FIN LEATHER', 'S:000005181003', {
      auto: ['leather'],
      ev: 'reference',
      tr: ['ref-spaces', 'nip-session-id'],
    }),
    CH('2018-10-03'),
    B('2018-10-04', '486915.00', 'PAYSTACK PAYOUT PSTK-STL-1810031', 'PSTK-STL-1810031', {
      auto: ['paystack'],
      ev: 'reference',
      tr: ['ref-canonical', 'settlement-booked-net'],
    }),
    B('2018-10-05', '980000.00', 'NIP FRM IFEANYI OKAFOR/NF2228 OKAFOR AND SONS', 'S:000005181005', {
      auto: ['okafor'],
      ev: 'reference',
      tr: ['ref-no-separator', 'paid-by-director'],
    }),
    B('2018-10-05', '-212000.00', 'INWARD CLEARING CHQ NO 000215', '000215', {
      auto: ['chq215'],
      ev: 'reference',
      tr: ['cheque-number'],
    }),
    B('2018-10-08', '400000.00', 'NIP FRM HAJIYA BILKISU SHOES/PART PYMT', 'S:000005181008', {
      suggest: ['bilkisu'],
      ev: 'counterparty',
      tr: ['part-payment', 'name-only'],
    }),
    B('2018-10-09', '-45000.00', 'NIP TO KELECHI NWANKWO/HAULAGE ONITSHA', 'S:000005181009', {
      twins: ['haul1', 'haul2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    CH25('2018-10-09'),
    B('2018-10-10', '300000.00', 'NIP FRM EBUKA VENTURES NIG LTD/NF-2238 1ST', 'S:000005181010', {
      suggest: ['ebuka'],
      grp: 'ebuka',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-canonical'],
    }),
    B('2018-10-11', '-1120400.00', 'NIP TO LAGOS POLYMER SOLES LTD/LPS INV 457', 'S:000005181011', {
      auto: ['lps'],
      ev: 'reference',
      tr: ['ref-serial-only'],
    }),
    CH('2018-10-11'),
    B('2018-10-12', '320000.00', 'NIP FRM EBUKA VENTURES/BAL NF 2238', 'S:000005181012', {
      suggest: ['ebuka'],
      grp: 'ebuka',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-spaces'],
    }),
    B('2018-10-12', '-45000.00', 'NIP TO KELECHI NWANKWO/HAULAGE ONITSHA', 'S:000005181012', {
      twins: ['haul1', 'haul2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    CH25('2018-10-12'),
    B('2018-10-15', '360000.00', 'NIP FRM ENYIMBA HOTELS LTD/nf 2233 staff shoes', 'S:000005181015', {
      auto: ['enyimba'],
      ev: 'reference',
      diff: '4000.00',
      tr: ['over-payment', 'ref-lowercase'],
    }),
    B('2018-10-15', '-135000.00', 'NIP TO ABA MACHINE REPAIRS/STITCHING MACHINE SERVICE', 'S:000005181015', {
      key: 'mfail',
      rev: 'mrev',
      tr: ['failed-transfer'],
    }),
    B('2018-10-15', '135000.00', 'REVERSAL NIP TO ABA MACHINE REPAIRS/BENEFICIARY ACCT INVALID', 'RVSL:000005181015', {
      key: 'mrev',
      rev: 'mfail',
      tr: ['reversal'],
    }),
    B('2018-10-16', '-135000.00', 'NIP TO ABA MACHINE REPAIRS CO/STITCHING MACHINE SERVICE', 'S:000005181016', {
      auto: ['machine'],
      ev: 'counterparty',
      tr: ['resent-after-reversal', 'name-only'],
    }),
    CH('2018-10-16'),
    B('2018-10-17', '147386.25', 'POS SETTLEMENT TID 2063ND41 16-OCT-18', 'POS:2063ND41', {
      suggest: ['posgross', 'posmsc'],
      ev: 'amount',
      tr: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
    }),
    B('2018-10-17', '800000.00', 'NIP FRM CHRIST THE KING COLL PTA/SANDALS NF 2240 LESS CN 41', 'S:000005181017', {
      suggest: ['ctkinv', 'ctkcn'],
      ev: 'reference',
      tr: ['invoice-less-credit-note', 'ref-spaces'],
    }),
    B('2018-10-18', '275500.00', 'NIP FRM MAMA UCHE SHOE PALACE', 'S:000005181018', {
      suggest: ['uchenna'],
      ev: 'amount',
      tr: ['trading-name', 'amount-only'],
    }),
    B('2018-10-19', '190000.00', 'NIP FRM NNEKA EZE/FOR CHIDI EZE SHOES', 'S:000005181019', {
      auto: ['chidi'],
      ev: 'counterparty',
      tr: ['paid-by-relative', 'partner-from-narration'],
    }),
    B('2018-10-22', '-214760.00', 'ABIA STATE BIR PAYE SEP 2018 TIN 10452286-0001', 'BIR/PAYE/1809', {
      auto: ['paye'],
      ev: 'reference',
      tr: ['ref-slashes'],
    }),
    B('2018-10-22', '-356208.00', 'PENCOM REMIT ARM PFA SEP18', 'PFC:18102244', {
      auto: ['pension'],
      ev: 'counterparty',
      tr: ['name-abbreviated'],
    }),
    B('2018-10-23', '-98400.00', 'FIRS VAT RETURN SEP 2018 TIN 01928374-0001', 'FIRS/VAT/1809', {
      auto: ['vat'],
      ev: 'reference',
      tr: ['ref-canonical'],
    }),
    B('2018-10-23', '-60000.00', 'EEDC PREPAID TOKEN MTR 04171234567', 'VTU:18102361', {
      auto: ['eedc'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2018-10-26', '-2968400.00', 'BULK PAYMENT SALARY OCT 2018 27 BENEFICIARIES', 'BLK:18102601', {
      auto: ['salaries'],
      ev: 'counterparty',
      tr: ['bulk-payroll'],
    }),
    B('2018-10-26', '-1417.50', 'BULK PAYMENT CHARGE 27 X 52.50', '', { bankOnly: 'charge' }),
    B('2018-10-26', '-380000.00', 'NIP TO OKWUDILI IHEANACHO/OCT SALARY', 'S:000005181026', {
      auto: ['manager'],
      ev: 'counterparty',
      tr: ['name-only', 'payroll-per-employee'],
    }),
    CH('2018-10-26'),
    B('2018-10-30', '212400.00', 'PAYSTACK PAYOUT PSTK-STL-1810302', 'PSTK-STL-1810302', {
      none: true,
      tr: ['decoy', 'same-amount-as-a-days-gross'],
    }),
    B('2018-10-30', '540000.00', 'NIP FRM UGOCHUKWU FOOTWEAR ABUJA LTD/DEPOSIT DEC ORDER', 'S:000005181030', {
      none: true,
      tr: ['decoy', 'sibling-business'],
    }),
    B('2018-10-31', '-148.00', 'SMS ALERT CHARGES OCT 2018 37 X 4.00', '', { bankOnly: 'charge' }),
    B('2018-10-31', '-650.00', 'STAMP DUTY CHARGE 13 CREDITS', '', { bankOnly: 'levy' }),
    B('2018-10-31', '-7495.17', 'ACCOUNT MAINTENANCE FEE OCT 2018', '', { bankOnly: 'charge' }),
    B('2018-10-31', '-374.76', 'VAT ON ACCOUNT MAINTENANCE FEE', '', { bankOnly: 'fee-vat' }),
  ],
  books: [
    L('s1a', '2018-10-02', '750000.00', 'Stepwise Stores Ltd — receipt', {
      ref: 'NF-2231',
      party: 'Stepwise Stores Ltd',
    }),
    L('s1b', '2018-10-02', '500000.00', 'Stepwise Stores Ltd — receipt', {
      ref: 'NF-2234',
      party: 'Stepwise Stores Ltd',
    }),
    L('leather', '2018-10-02', '-1860000.00', 'Finished leather, 1,200 sq ft', {
      ref: 'PO-4471',
      party: 'Sharada Leather Works Ltd, Kano',
    }),
    L('chq215', '2018-10-02', '-212000.00', 'Adhesive and solvent — cheque 000215', {
      ref: 'CHQ 000215',
      party: 'Nnewi Chemical Stores',
    }),
    L('okafor', '2018-10-04', '980000.00', 'Okafor & Sons — receipt (remittance advice by e-mail)', {
      ref: 'NF-2228',
      party: 'Okafor & Sons Footwear Distributors',
    }),
    L('paystack', '2018-10-04', '486915.00', 'Paystack settlement, online orders (net)', {
      ref: 'PSTK-STL-1810031',
      party: 'Paystack Payments Ltd',
    }),
    L('bilkisu', '2018-10-08', '1100000.00', 'Hajiya Bilkisu Shoes, Wuse — receipt', {
      ref: 'NF-2236',
      party: 'Hajiya Bilkisu Shoes',
    }),
    L('haul1', '2018-10-09', '-45000.00', 'Haulage Aba–Onitsha', { party: 'Kelechi Nwankwo' }),
    L('ebuka', '2018-10-10', '620000.00', 'Ebuka Ventures — receipt', {
      ref: 'NF-2238',
      party: 'Ebuka Ventures Nig Ltd',
    }),
    L('lps', '2018-10-10', '-1120400.00', 'Soles and heels', {
      ref: 'LPS/INV/2018/0457',
      party: 'Lagos Polymer Soles Ltd',
    }),
    L('haul2', '2018-10-12', '-45000.00', 'Haulage Aba–Onitsha', { party: 'Kelechi Nwankwo' }),
    L('enyimba', '2018-10-15', '356000.00', 'Enyimba Hotels — staff shoes, receipt', {
      ref: 'NF-2233',
      party: 'Enyimba Hotels Ltd',
    }),
    L('machine', '2018-10-15', '-135000.00', 'Servicing of stitching machines', { party: 'Aba Machine Repairs Co' }),
    L('posgross', '2018-10-16', '148500.00', 'Factory shop card sales 16 Oct', { party: 'POS sales' }),
    L('posmsc', '2018-10-16', '-1113.75', 'POS merchant service charge 0.75 % — 16 Oct', { party: 'Diamond Bank Plc' }),
    L('ctkinv', '2018-10-17', '845000.00', 'Christ the King College PTA — sandals, receipt', {
      ref: 'NF-2240',
      party: 'Christ the King College PTA',
    }),
    L('ctkcn', '2018-10-17', '-45000.00', 'Credit note CN-041, wrong sizes returned', {
      ref: 'CN-041',
      party: 'Christ the King College PTA',
    }),
    L('uchenna', '2018-10-18', '275500.00', 'Uchenna Nwosu — receipt', { ref: 'NF-2239', party: 'Uchenna Nwosu' }),
    L('chidi', '2018-10-19', '190000.00', 'Chidi Eze Shoes — receipt', { ref: 'NF-2241', party: 'Chidi Eze Shoes' }),
    L('paye', '2018-10-22', '-214760.00', 'PAYE September 2018', {
      ref: 'ABIA-BIR 104522860001',
      party: 'Abia State Board of Internal Revenue',
    }),
    L('pension', '2018-10-22', '-356208.00', 'Pension contributions September 2018', {
      party: 'ARM Pension Managers (PFA) Ltd',
    }),
    L('vat', '2018-10-23', '-98400.00', 'VAT return September 2018', {
      ref: 'TIN 01928374-0001',
      party: 'Federal Inland Revenue Service',
    }),
    L('eedc', '2018-10-23', '-60000.00', 'Prepaid electricity, meter 0417 1234 567', {
      party: 'Enugu Electricity Distribution Co',
    }),
    L('salaries', '2018-10-26', '-2968400.00', 'Salaries October 2018 (27 staff)', { party: 'Staff salaries' }),
    L('manager', '2018-10-26', '-380000.00', 'Salary October 2018 — production manager', {
      party: 'Okwudili Iheanacho',
    }),
    L('ugo', '2018-10-29', '540000.00', 'Ugochukwu Footwear — receipt (MD says transfer sent)', {
      ref: 'NF-2243',
      party: 'Ugochukwu Footwear Ltd',
      lo: 'promised transfer never received; the bank credit of the same amount on 30 Oct is a deposit from the customer’s Abuja sister company for a December order',
    }),
    L('chq218', '2018-10-29', '-75000.00', 'Trade permit renewal — cheque 000218', {
      ref: 'CHQ 000218',
      party: 'Abia State Ministry of Commerce',
      lo: 'cheque not yet presented',
    }),
    L('pos31', '2018-10-31', '212400.00', 'Factory shop card sales 31 Oct', {
      party: 'POS sales',
      lo: 'a day’s card takings settled on 1 November; the Paystack payout of 30 Oct is the same amount by coincidence',
    }),
  ],
};
