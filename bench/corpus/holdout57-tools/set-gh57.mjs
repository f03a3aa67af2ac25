// GH — Praso Timber & Sawmills Ltd, Twifo Praso (Central Region), March 2018: UniBank Ghana current account against
// Microsoft Dynamics SL's GL detail report. Every line's decision is written here by hand.
import { B, L } from './dsl57.mjs';
import { dMonY, grouped, mdy } from './lib57.mjs';

const GIP = (d) => B(d, '-2.00', 'GIP CHARGE', '', { bankOnly: 'charge' });

export default {
  set: 'gh-unibank-dynamicssl',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2018-03-01', to: '2018-03-31' },
  holidays: [
    { date: '2018-03-06', name: 'Independence Day' },
    { date: '2018-03-30', name: 'Good Friday' },
  ],
  bankName: 'UniBank Ghana Ltd',
  packageName:
    'Microsoft Dynamics SL 2015 (General Ledger → Reports → GL Detail Transactions, account 1040 UniBank Current, exported to CSV)',
  business:
    'a sawmill at Twifo Praso selling lumber to Kumasi furniture makers, builders, a church, a district assembly (school desks) and walk-in buyers of boards and offcuts paying by MTN MoMo or cash; logs from a concession holder, stumpage to the Forestry Commission, band-saw blades from Tema, log haulage, diesel for the log loader',
  notes: [
    'UniBank Ghana traded until the Bank of Ghana revoked its licence and folded it into the Consolidated Bank Ghana in August 2018; the month is March 2018 (no E-levy then).',
    'Charges as written by the bank (invented amounts): GIP GHS 2.00 a transfer out, ACH batch GHS 0.50 an item, SMS alerts GHS 5.00 a month, account maintenance GHS 25.00, commission on turnover at month end; MTN MoMo merchant fee 1 %.',
    'Dynamics SL writes US dates (MM/DD/YYYY) whatever the company’s country; its report has no customer/vendor name column, the names are in Tran Desc.',
  ],
  bank: {
    file: 'unibank-0131001244771-mar2018.csv',
    format: 'csv',
    eol: '\r\n',
    order: 'oldest-first',
    ledgerAccount: '1040',
    opening: '84316.75',
    layout:
      'UniBank internet banking statement CSV: six preamble rows (bank, title, account name, number, period, opening balance), a blank row, header `Posting Date, Value Date, Transaction Details, Reference, Debit, Credit, Balance`; `dd-Mmm-yyyy` dates, grouped amounts; a `Closing Balance` row',
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write(lines, { opening, closing }) {
      const pre = [
        ['UniBank Ghana Limited'],
        ['Customer Account Statement'],
        ['Account Name', 'PRASO TIMBER & SAWMILLS LTD'],
        ['Account Number', '0131001244771'],
        ['Period', `${dMonY('2018-03-01')} to ${dMonY('2018-03-31')}`],
        ['Opening Balance', grouped(opening)],
        [],
        ['Posting Date', 'Value Date', 'Transaction Details', 'Reference', 'Debit', 'Credit', 'Balance'],
      ];
      const data = lines.map((l) => [
        dMonY(l.d),
        dMonY(l.vd ?? l.d),
        l.text,
        l.ref,
        l.amt < 0 ? grouped(-l.amt) : '',
        l.amt > 0 ? grouped(l.amt) : '',
        grouped(l.bal),
      ]);
      const post = [['', '', 'Closing Balance', '', '', '', grouped(closing)]];
      return { pre, data, post, dataLines: lines };
    },
  },
  ledger: {
    file: 'dynamics-sl-gl-detail-1040-mar2018.csv',
    format: 'csv',
    eol: '\r\n',
    package: 'Microsoft Dynamics SL 2015 — GL Detail Transactions report exported to CSV',
    opening: '84316.75',
    layout:
      'Dynamics SL GL detail report as CSV: four title rows and a blank row, header `Acct, Sub, Period, Tran Date, Module, Batch Nbr, Ref Nbr, Tran Desc, Debit Amount, Credit Amount, Balance`, a `Beginning Balance` row, US dates, an `Ending Balance` row; Debit = money into the bank account',
    readOptions: {
      currency: 'GHS',
      dateOrder: 'MDY',
      mapping: {
        date: 'Tran Date',
        description: ['Tran Desc'],
        reference: 'Ref Nbr',
        moneyIn: 'Debit Amount',
        moneyOut: 'Credit Amount',
        balance: 'Balance',
      },
    },
    write(rows, { opening, closing }) {
      const pre = [
        ['Praso Timber & Sawmills Ltd'],
        ['GL Detail Transactions'],
        ['Account: 1040 UniBank Current   Subaccount: 00-000'],
        ['Periods: 03-2018 through 03-2018'],
        [],
        [
          'Acct',
          'Sub',
          'Period',
          'Tran Date',
          'Module',
          'Batch Nbr',
          'Ref Nbr',
          'Tran Desc',
          'Debit Amount',
          'Credit Amount',
          'Balance',
        ],
        ['Beginning Balance', '', '', '', '', '', '', '', '', '', grouped(opening)],
      ];
      let batch = 4417;
      const data = rows.map((r) => [
        '1040',
        '00-000',
        '03-2018',
        mdy(r.d),
        r.mod ?? (r.amt > 0 ? 'AR' : 'AP'),
        String(batch++).padStart(6, '0'),
        r.ref,
        r.text,
        r.amt > 0 ? grouped(r.amt) : '0.00',
        r.amt < 0 ? grouped(-r.amt) : '0.00',
        grouped(r.bal),
      ]);
      const post = [['Ending Balance', '', '', '', '', '', '', '', '', '', grouped(closing)]];
      return { pre, data, post };
    },
  },
  lines: [
    B('2018-03-01', '23950.00', 'GIP CR ASANTE FURNITURE WORKS/INV 018842 & 018847', 'G:GIP1803', {
      auto: ['asante'],
      ev: 'reference',
      tr: ['split-one-to-many', 'booked-as-one-receipt', 'ref-canonical'],
    }),
    B('2018-03-02', '-36500.00', 'CLEARING CHQ 000347', '000347', {
      auto: ['logs'],
      ev: 'reference',
      tr: ['cheque-number'],
    }),
    B('2018-03-05', '-8420.00', 'GIP DR FORESTRY COMMISSION/FC SF 2018 312', 'G:GIP1803', {
      auto: ['fc'],
      ev: 'reference',
      tr: ['ref-spaces', 'ref-no-padding'],
    }),
    GIP('2018-03-05'),
    B('2018-03-07', '30000.00', 'GIP CR TWIFO ATTI-MORKWA DIST ASSEMBLY/SCHOOL DESKS 1ST PYMT', 'G:GIP1803', {
      suggest: ['assembly'],
      ev: 'counterparty',
      tr: ['part-payment', 'name-abbreviated'],
    }),
    B('2018-03-08', '-5680.00', 'GIP DR TEMA SAW BLADES & TOOLS/TSB-2291', 'G:GIP1803', {
      key: 'bfail',
      rev: 'bret',
      tr: ['failed-transfer'],
    }),
    B('2018-03-09', '5680.00', 'GIP RETURN TEMA SAW BLADES & TOOLS/ACCT NAME MISMATCH', 'G:RTN1803', {
      key: 'bret',
      rev: 'bfail',
      tr: ['reversal'],
    }),
    B('2018-03-09', '6415.20', 'MTN MOMO MERCHANT STLMT 05-09MAR', 'MOMO0903', {
      suggest: ['momogross', 'momofee'],
      ev: 'amount',
      tr: ['mobile-money-settlement', 'short-net-of-fee'],
    }),
    B('2018-03-12', '-5680.00', 'GIP DR TEMA SAW BLADES AND TOOLS LTD/TSB2291', 'G:GIP1803', {
      auto: ['blades'],
      ev: 'reference',
      tr: ['resent-after-reversal', 'ref-no-separator'],
    }),
    GIP('2018-03-12'),
    B('2018-03-13', '-2400.00', 'GIP DR GOIL SERVICE STN TWIFO PRASO/DIESEL', 'G:GIP1803', {
      twins: ['goil1', 'goil2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    GIP('2018-03-13'),
    B('2018-03-13', '6000.00', 'ACH CR KOFI MENSAH CONSTRUCTION/INV 18853 PART 1', 'ACH180313', {
      suggest: ['kmc'],
      grp: 'kmc',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-no-padding'],
    }),
    B('2018-03-14', '8200.00', 'GIP CR YAW DARKO TIMBER ENT/018845 LESS CN 0112', 'G:GIP1803', {
      suggest: ['darkoinv', 'darkocn'],
      ev: 'reference',
      tr: ['invoice-less-credit-note', 'ref-canonical'],
    }),
    B('2018-03-15', '-2400.00', 'GIP DR GOIL SERVICE STN TWIFO PRASO/DIESEL', 'G:GIP1803', {
      twins: ['goil1', 'goil2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    GIP('2018-03-15'),
    B('2018-03-16', '-3126.40', 'ECG POSTPAID ACC 040111882-3', 'ECGBP180316', {
      auto: ['ecg'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2018-03-16', '-4500.00', 'GIP DR KWAME ASARE/WAYBILL 771', 'G:GIP1803', {
      auto: ['haulage'],
      ev: 'reference',
      tr: ['ref-no-padding'],
    }),
    GIP('2018-03-16'),
    B('2018-03-19', '3820.00', 'GIP CR METHODIST CHURCH ASSIN CIRCUIT/inv18849', 'G:GIP1803', {
      auto: ['methodist'],
      ev: 'reference',
      diff: '4.50',
      tr: ['over-payment', 'ref-lowercase', 'ref-no-padding'],
    }),
    B('2018-03-19', '2760.00', 'CASH DEPOSIT - PRASO BRANCH', 'CSH180319', {
      suggest: ['offcuts'],
      ev: 'amount',
      tr: ['amount-only', 'cash-deposit'],
    }),
    B('2018-03-20', '6400.00', 'ACH CR KOFI MENSAH CONSTR/BAL INV 18853', 'ACH180320', {
      suggest: ['kmc'],
      grp: 'kmc',
      ev: 'reference',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'ref-no-padding'],
    }),
    B('2018-03-20', '5240.00', 'GIP CR OBAAPA WOODWORKS', 'G:GIP1803', {
      suggest: ['akosua'],
      ev: 'amount',
      tr: ['trading-name', 'amount-only'],
    }),
    B('2018-03-21', '7880.00', 'GIP CR KWABENA OWUSU/ANKAASE PALLETS INV 18857', 'G:GIP1803', {
      auto: ['ankaase'],
      ev: 'reference',
      tr: ['paid-by-director', 'ref-no-padding'],
    }),
    B('2018-03-21', '-6102.35', 'SSNIT CONTRIBUTION FEB 2018 ER 1020304', 'SSNIT1802', {
      auto: ['ssnit'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2018-03-22', '-3844.10', 'GRA PAYE FEB 2018 TIN C0003345671', 'GRA1802P', {
      auto: ['paye'],
      ev: 'reference',
      tr: ['ref-canonical'],
    }),
    B('2018-03-22', '-9415.00', 'GRA VAT/NHIL RETURN FEB 2018', 'GRA1802V', {
      auto: ['vat'],
      ev: 'counterparty',
      tr: ['name-abbreviated'],
    }),
    B('2018-03-23', '4158.00', 'MTN MOMO MERCHANT STLMT BATCH 2031845', 'MOMO2031845', {
      auto: ['momonet'],
      ev: 'reference',
      tr: ['mobile-money-settlement', 'settlement-booked-net'],
    }),
    B('2018-03-23', '-1850.00', 'CHQ 000349 CASH WITHDRAWAL', '000349', {
      none: true,
      tr: ['decoy', 'other-cheque-same-amount'],
    }),
    B('2018-03-26', '-41860.00', 'ACH BATCH SALARIES MAR 2018 34 ITEMS', 'ACHB180326', {
      auto: ['salaries'],
      ev: 'counterparty',
      tr: ['bulk-payroll'],
    }),
    B('2018-03-26', '-17.00', 'ACH BATCH CHARGE 34 X 0.50', '', { bankOnly: 'charge' }),
    B('2018-03-26', '-2150.00', 'GIP DR EBENEZER ADJEI/SALARY MAR 2018', 'G:GIP1803', {
      auto: ['adjei'],
      ev: 'counterparty',
      tr: ['payroll-per-employee', 'name-only'],
    }),
    GIP('2018-03-26'),
    B('2018-03-27', '11300.00', 'GIP CR KUMASI WOOD TREATMENT CO/REFUND DUPLICATE PYMT', 'G:GIP1803', {
      none: true,
      tr: ['decoy', 'refund-from-look-alike'],
    }),
    B('2018-03-28', '-5.00', 'SMS ALERT CHARGES MAR 2018', '', { bankOnly: 'charge' }),
    B('2018-03-29', '-25.00', 'ACCOUNT MAINTENANCE FEE MAR 2018', '', { bankOnly: 'charge' }),
    B('2018-03-29', '-71.43', 'COMMISSION ON TURNOVER MAR 2018', '', { bankOnly: 'charge' }),
  ],
  books: [
    L('asante', '2018-03-01', '23950.00', 'Asante Furniture Works - Inv 018842, 018847', { ref: '018842/47' }),
    L('logs', '2018-03-01', '-36500.00', 'Nana Agyeman Timber Concession - logs, chq 000347', {
      ref: '000347',
    }),
    L('fc', '2018-03-05', '-8420.00', 'Forestry Commission - stumpage fees Q1 2018', {
      ref: 'FC/SF/2018/0312',
      mod: 'GL',
    }),
    L('assembly', '2018-03-07', '48000.00', 'Twifo Atti-Morkwa District Assembly - school desks', { ref: '018850' }),
    L('blades', '2018-03-08', '-5680.00', 'Tema Saw Blades & Tools Ltd - band saw blades', { ref: 'TSB-2291' }),
    L('momogross', '2018-03-09', '6480.00', 'MoMo sales of boards 5-9 Mar', { ref: '', mod: 'GL' }),
    L('momofee', '2018-03-09', '-64.80', 'MTN MoMo merchant fee 1% 5-9 Mar', { ref: '', mod: 'GL' }),
    L('goil1', '2018-03-13', '-2400.00', 'GOIL Twifo Praso - diesel for log loader', { ref: '', mod: 'CA' }),
    L('kmc', '2018-03-13', '12400.00', 'Kofi Mensah Construction - roofing timber', { ref: '018853' }),
    L('darkoinv', '2018-03-14', '8760.00', 'Yaw Darko Timber Enterprise - Inv 018845', { ref: '018845' }),
    L('darkocn', '2018-03-14', '-560.00', 'Yaw Darko Timber Enterprise - credit memo, short delivery', {
      ref: 'CN0112',
      mod: 'AR',
    }),
    L('goil2', '2018-03-15', '-2400.00', 'GOIL Twifo Praso - diesel for log loader', { ref: '', mod: 'CA' }),
    L('ecg', '2018-03-16', '-3126.40', 'ECG February bill, account 0401 1188 23', { ref: '', mod: 'CA' }),
    L('haulage', '2018-03-16', '-4500.00', 'Kwame Asare Haulage - logs to mill', { ref: 'WB0771' }),
    L('offcuts', '2018-03-16', '2760.00', 'Cash sales of offcuts 12-16 Mar', { ref: '', mod: 'GL' }),
    L('methodist', '2018-03-19', '3815.50', 'Methodist Church Ghana, Assin circuit - Inv 018849', { ref: '018849' }),
    L('akosua', '2018-03-20', '5240.00', 'Akosua Boatemaa - Inv 018855', { ref: '018855' }),
    L('ankaase', '2018-03-21', '7880.00', 'Ankaase Pallets Ltd - Inv 018857', { ref: '018857' }),
    L('ssnit', '2018-03-21', '-6102.35', 'SSNIT contributions February 2018', { ref: 'ER1020304', mod: 'GL' }),
    L('paye', '2018-03-22', '-3844.10', 'GRA PAYE February 2018', { ref: 'C0003345671', mod: 'GL' }),
    L('vat', '2018-03-22', '-9415.00', 'GRA VAT/NHIL/GETFund February 2018', { ref: '', mod: 'GL' }),
    L('chq351', '2018-03-22', '-1850.00', 'Kwaku Anane - chainsaw repairs, chq 000351', {
      ref: '000351',
      lo: 'cheque not yet presented; the cash cheque 000349 of the same amount on 23 Mar is petty cash the books have not recorded',
    }),
    L('momonet', '2018-03-23', '4158.00', 'MoMo settlement batch 2031845', { ref: '2031845', mod: 'GL' }),
    L('salaries', '2018-03-26', '-41860.00', 'Salaries March 2018 (34 staff)', { ref: 'PR0318', mod: 'PR' }),
    L('adjei', '2018-03-26', '-2150.00', 'Salary March 2018 - Ebenezer Adjei, saw doctor', {
      ref: 'PR0318A',
      mod: 'PR',
    }),
    L('kwp', '2018-03-27', '11300.00', 'Kumasi Wood Products Ltd - Inv 018859, GIP promised', {
      ref: '018859',
      lo: 'promised transfer never received; the GIP credit of the same amount on 27 Mar is a refund from another firm (Kumasi Wood Treatment Co)',
    }),
    L('chq352', '2018-03-28', '-600.00', 'Forestry Commission - property mark registration, chq 000352', {
      ref: '000352',
      lo: 'cheque not yet presented',
    }),
  ],
};
