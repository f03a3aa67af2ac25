// ZA — Swartberg Ostrich Ranch cc, Oudtshoorn, August 2003: Cape of Good Hope Bank current account against the
// owner's Microsoft Money 2003 register. Every line's decision is written here by hand.
import { B, L } from './dsl57.mjs';
import { grouped, ymdSlash } from './lib57.mjs';

export default {
  set: 'za-cgob-msmoney',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2003-08-01', to: '2003-08-31' },
  holidays: [{ date: '2003-08-09', name: 'National Women’s Day (a Saturday)' }],
  bankName: 'Cape of Good Hope Bank Ltd',
  packageName:
    'Microsoft Money 2003 (account register of "CGHB Current", Reports → Account Transactions, exported to a comma-separated file)',
  business:
    'an ostrich farm with a show farm near Oudtshoorn (slaughter birds to the Klein Karoo co-operative, feathers, skins to a tannery, tour groups, a guest house and a restaurant, tourists paying by card at the speedpoint or in cash; lucerne from neighbours, ostrich pellets from a feed mill, a vet, camp fencing, a bakkie on diesel)',
  notes: [
    'Cape of Good Hope Bank Ltd, a Nedcor subsidiary in the Western and Southern Cape, was folded into Nedbank later in the decade (year not checked); the month is August 2003 (VAT 14 %; PAYE, UIF and SDL paid to SARS on the EMP201).',
    'Charges as written by the bank (invented amounts): cheque R3.50 each, internet payment R4.50 each and debit order R2.90 each charged at month end, cash deposit fee, speedpoint rental R185.00, service fee R57.00; credit interest on the balance. Speedpoint commission 3 % (the books’ figure).',
    'Microsoft Money keeps the owner’s register: payments and deposits as rand amounts (`R22,800.00`), a payee, a memo and a category; `Num` holds cheque numbers only. The books date a weekend’s takings on the weekend.',
  ],
  bank: {
    file: 'cghb-2140335871-aug2003.csv',
    format: 'csv',
    eol: '\r\n',
    order: 'oldest-first',
    ledgerAccount: 'CGHB Current',
    opening: '48730.55',
    layout:
      'Cape of Good Hope Bank internet banking download CSV: three preamble rows and a blank row, header `Tran Date, Effective Date, Narrative, Cheque/Ref, Debit Amount, Credit Amount, Balance`, a `BALANCE BROUGHT FORWARD` row, `yyyy/mm/dd` dates, plain amounts',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Effective Date',
        description: 'Narrative',
        reference: 'Cheque/Ref',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Balance',
      },
    },
    write(lines, { opening }) {
      const pre = [
        ['Cape of Good Hope Bank - Account Statement'],
        ['Account: 2140335871   CURRENT ACCOUNT   SWARTBERG OSTRICH RANCH CC'],
        ['Statement period: 2003/08/01 - 2003/08/31'],
        [],
        ['Tran Date', 'Effective Date', 'Narrative', 'Cheque/Ref', 'Debit Amount', 'Credit Amount', 'Balance'],
        ['', '', 'BALANCE BROUGHT FORWARD', '', '', '', grouped(opening, '')],
      ];
      const data = lines.map((l) => [
        ymdSlash(l.d),
        ymdSlash(l.vd ?? l.d),
        l.text,
        l.ref,
        l.amt < 0 ? grouped(-l.amt, '') : '',
        l.amt > 0 ? grouped(l.amt, '') : '',
        grouped(l.bal, ''),
      ]);
      return { pre, data, post: [], dataLines: lines };
    },
  },
  ledger: {
    file: 'msmoney-cghb-current-aug2003.csv',
    format: 'csv',
    eol: '\r\n',
    package: 'Microsoft Money 2003 — Account Transactions report of the register "CGHB Current", exported to CSV',
    opening: '48730.55',
    layout:
      'Microsoft Money report export: two title rows and a blank row, header `Num, Date, Payee, Memo, Category, Clr, Payment, Deposit, Balance`, `yyyy/mm/dd` dates (South African regional settings), rand amounts with an `R` and grouped thousands; no opening or closing row',
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Date',
        description: ['Memo', 'Category'],
        reference: 'Num',
        party: 'Payee',
        moneyIn: 'Deposit',
        moneyOut: 'Payment',
        balance: 'Balance',
      },
    },
    write(rows) {
      const r$ = (v) => `R${grouped(v)}`;
      const pre = [
        ['Account Transactions: CGHB Current'],
        ['1 August 2003 through 31 August 2003'],
        [],
        ['Num', 'Date', 'Payee', 'Memo', 'Category', 'Clr', 'Payment', 'Deposit', 'Balance'],
      ];
      const data = rows.map((r) => [
        r.ref,
        ymdSlash(r.d),
        r.party ?? '',
        r.text,
        r.cat ?? '',
        r.lo ? '' : 'C',
        r.amt < 0 ? r$(-r.amt) : '',
        r.amt > 0 ? r$(r.amt) : '',
        r$(r.bal),
      ]);
      return { pre, data, post: [] };
    },
  },
  lines: [
    B('2003-08-01', '-3418.62', 'DEBIT ORDER ESKOM 5500123456', '5500123456', {
      auto: ['eskom'],
      ev: 'reference',
      tr: ['ref-spaces', 'debit-order'],
    }),
    B('2003-08-04', '66360.00', 'ACB CREDIT KLEIN KAROO KOOP INV2031 2034', '', {
      auto: ['kkk'],
      ev: 'reference',
      tr: ['split-one-to-many', 'booked-as-one-receipt', 'ref-no-separator'],
    }),
    B('2003-08-04', '9564.20', 'SPEEDPOINT DEPOSIT MERCH 5512', '', {
      suggest: ['spgross', 'spcomm'],
      ev: 'amount',
      tr: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
    }),
    B('2003-08-05', '-22800.00', 'CHEQUE 004512', '004512', {
      auto: ['lucerne'],
      ev: 'reference',
      tr: ['cheque-number'],
    }),
    B('2003-08-05', '-3.50', 'CHEQUE FEE 004512', '', { bankOnly: 'charge' }),
    B('2003-08-05', '-900.00', 'GARAGE CARD PURCH OUDTSHOORN MOTORS', '', {
      twins: ['diesel1', 'diesel2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    B('2003-08-06', '-4350.00', 'INTERNET PMT DR P STEYN VET', '', {
      key: 'vfail',
      rev: 'vret',
      tr: ['failed-transfer'],
    }),
    B('2003-08-07', '-900.00', 'GARAGE CARD PURCH OUDTSHOORN MOTORS', '', {
      twins: ['diesel1', 'diesel2'],
      ev: 'counterparty',
      tr: ['twins', 'name-only'],
    }),
    B('2003-08-07', '4350.00', 'UNPAID INTERNET PMT DR P STEYN VET ACC CLOSED', '', {
      key: 'vret',
      rev: 'vfail',
      tr: ['reversal'],
    }),
    B('2003-08-07', '-4132.18', 'SARS-PAYE 7060123456 0307', '7060123456', {
      auto: ['sars'],
      ev: 'reference',
      tr: ['ref-canonical'],
    }),
    B('2003-08-08', '-4350.00', 'INTERNET PMT STEYN VETERINARY PRACTICE', '', {
      auto: ['vet'],
      ev: 'counterparty',
      tr: ['resent-after-reversal', 'partner-name-fuzzy'],
    }),
    B('2003-08-11', '10000.00', 'ACB CREDIT CANGO FEATHER MERCHANTS PART INV 2036', '', {
      suggest: ['feather'],
      ev: 'reference',
      tr: ['part-payment', 'ref-canonical'],
    }),
    B('2003-08-11', '-14716.30', 'INTERNET PMT SUID-KAAP VOERE SKV 881', '', {
      auto: ['feed'],
      ev: 'reference',
      tr: ['ref-serial-only'],
    }),
    B('2003-08-12', '12000.00', 'ACB CREDIT OUDTSHOORN TANNERY', '', {
      suggest: ['tannery'],
      grp: 'tannery',
      ev: 'counterparty',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'name-only'],
    }),
    B('2003-08-13', '5940.00', 'ACB CREDIT GARDEN ROUTE TOURS INV 2040 CN 07', '', {
      suggest: ['grtinv', 'grtcn'],
      ev: 'reference',
      tr: ['invoice-less-credit-note', 'ref-canonical'],
    }),
    B('2003-08-14', '1850.00', 'ACB CREDIT DE OPSTAL GH inv2041', '', {
      auto: ['opstal'],
      ev: 'reference',
      diff: '5.00',
      tr: ['over-payment', 'ref-lowercase', 'name-abbreviated'],
    }),
    B('2003-08-18', '12480.00', 'CASH DEPOSIT OUDTSHOORN', '', {
      suggest: ['cash'],
      ev: 'amount',
      tr: ['amount-only', 'cash-deposit'],
    }),
    B('2003-08-18', '-97.34', 'CASH DEPOSIT FEE', '', { bankOnly: 'charge' }),
    B('2003-08-19', '3264.00', 'ACB CREDIT KAROO CURIOS', '', {
      suggest: ['curios'],
      ev: 'amount',
      tr: ['trading-name', 'amount-only'],
    }),
    B('2003-08-20', '4560.00', 'ACB CREDIT AJ FOURIE HOEKIE REST 2044', '', {
      auto: ['hoekie'],
      ev: 'reference',
      tr: ['paid-by-director', 'ref-serial-only'],
    }),
    B('2003-08-20', '-6845.90', 'CHEQUE 004515', '004515', {
      auto: ['fencing'],
      ev: 'reference',
      tr: ['cheque-number'],
    }),
    B('2003-08-20', '-3.50', 'CHEQUE FEE 004515', '', { bankOnly: 'charge' }),
    B('2003-08-21', '7741.23', 'SPEEDPOINT DEPOSIT BATCH 0812 MERCH 5512', '', {
      auto: ['spnet'],
      ev: 'reference',
      tr: ['pos-settlement', 'settlement-booked-net'],
    }),
    B('2003-08-22', '12300.00', 'ACB CREDIT OUDTSHOORN TANNERY PTY BAL', '', {
      suggest: ['tannery'],
      grp: 'tannery',
      ev: 'counterparty',
      tr: ['split-many-to-one', 'invoice-paid-in-two', 'name-only'],
    }),
    B('2003-08-25', '-612.40', 'DEBIT ORDER TELKOM 0442721234', '0442721234', {
      auto: ['telkom'],
      ev: 'reference',
      tr: ['ref-spaces', 'debit-order'],
    }),
    B('2003-08-25', '-1286.45', 'INTERNET PMT OUDTSHOORN MUNIC 301122', '', {
      auto: ['munic'],
      ev: 'reference',
      tr: ['ref-spaces'],
    }),
    B('2003-08-26', '8750.00', 'ACB CREDIT CANGO OSTRICH BUTCHERY LOAN REPAY', '', {
      none: true,
      tr: ['decoy', 'sibling-business'],
    }),
    B('2003-08-27', '-15600.00', 'DEBIT ORDER SCHOEMANSHOEK WATER USERS', '', {
      none: true,
      tr: ['decoy', 'look-alike-of-an-uncleared-cheque'],
    }),
    B('2003-08-28', '-24600.00', 'INTERNET BATCH SALARIES AUG 2003', '', {
      auto: ['wages'],
      ev: 'counterparty',
      tr: ['bulk-payroll'],
    }),
    B('2003-08-28', '-4200.00', 'INTERNET PMT P MAANS SALARY AUG', '', {
      auto: ['maans'],
      ev: 'counterparty',
      tr: ['payroll-per-employee', 'name-abbreviated'],
    }),
    B('2003-08-29', '-185.00', 'SPEEDPOINT RENTAL AUG', '', { bankOnly: 'charge' }),
    B('2003-08-29', '-27.00', 'INTERNET PAYMENT FEES 6 X 4.50', '', { bankOnly: 'charge' }),
    B('2003-08-29', '-8.70', 'DEBIT ORDER FEES 3 X 2.90', '', { bankOnly: 'charge' }),
    B('2003-08-29', '-57.00', 'SERVICE FEE', '', { bankOnly: 'charge' }),
    B('2003-08-29', '41.28', 'CREDIT INTEREST', '', { bankOnly: 'interest' }),
  ],
  books: [
    L('eskom', '2003-08-01', '-3418.62', 'Electricity July, account 550 012 3456', {
      party: 'Eskom',
      cat: 'Utilities : Electricity',
    }),
    L('lucerne', '2003-08-01', '-22800.00', 'Lucerne bales, 60 t', {
      ref: '4512',
      party: 'J.H. Potgieter',
      cat: 'Feed : Lucerne',
    }),
    L('spgross', '2003-08-03', '9860.00', 'Card takings show farm 1-3 Aug', {
      party: 'Speedpoint',
      cat: 'Sales : Tours',
    }),
    L('spcomm', '2003-08-03', '-295.80', 'Card commission 3% 1-3 Aug', { party: 'Speedpoint', cat: 'Bank charges' }),
    L('kkk', '2003-08-04', '66360.00', 'Slaughter birds, Inv 2031, 2034', {
      party: 'Klein Karoo Koöperasie',
      cat: 'Sales : Slaughter birds',
    }),
    L('diesel1', '2003-08-05', '-900.00', 'Diesel bakkie', { party: 'Oudtshoorn Motors', cat: 'Auto : Fuel' }),
    L('vet', '2003-08-06', '-4350.00', 'Chick vaccinations', { party: 'Dr P. Steyn Vet Practice', cat: 'Veterinary' }),
    L('diesel2', '2003-08-07', '-900.00', 'Diesel bakkie', { party: 'Oudtshoorn Motors', cat: 'Auto : Fuel' }),
    L('sars', '2003-08-07', '-4132.18', 'EMP201 July 2003 PAYE/UIF/SDL, ref 7060123456', {
      party: 'SARS',
      cat: 'Taxes : Payroll',
    }),
    L('feather', '2003-08-11', '18500.00', 'Inv 2036 feathers', {
      party: 'Cango Feather Merchants',
      cat: 'Sales : Feathers',
    }),
    L('feed', '2003-08-11', '-14716.30', 'Ostrich pellets, SKV/2003/0881', {
      party: 'Suid-Kaap Voere (Edms) Bpk',
      cat: 'Feed : Pellets',
    }),
    L('tannery', '2003-08-12', '24300.00', 'Inv 2038 skins', {
      party: 'Oudtshoorn Tannery (Pty) Ltd',
      cat: 'Sales : Skins',
    }),
    L('grtinv', '2003-08-13', '6480.00', 'Inv 2040 group tours', {
      party: 'Garden Route Tours cc',
      cat: 'Sales : Tours',
    }),
    L('grtcn', '2003-08-13', '-540.00', 'Credit note 07, cancelled pax', {
      party: 'Garden Route Tours cc',
      cat: 'Sales : Tours',
    }),
    L('opstal', '2003-08-14', '1845.00', 'Inv 2041', { party: 'De Opstal Guest House', cat: 'Sales : Meat' }),
    L('fencing', '2003-08-14', '-6845.90', 'Ostrich camp fencing', {
      ref: '4515',
      party: 'Karoo Fencing Supplies',
      cat: 'Repairs : Fencing',
    }),
    L('cash', '2003-08-16', '12480.00', 'Show farm cash takings 11-16 Aug', { party: 'Cash', cat: 'Sales : Tours' }),
    L('curios', '2003-08-19', '3264.00', 'Inv 2043 eggs & feathers', {
      party: 'M. van der Merwe',
      cat: 'Sales : Curios',
    }),
    L('hoekie', '2003-08-20', '4560.00', 'Inv 2044 ostrich fillet', {
      party: 'Hoekie Restaurant (Pty) Ltd',
      cat: 'Sales : Meat',
    }),
    L('spnet', '2003-08-21', '7741.23', 'Card takings batch 0812 (net)', { party: 'Speedpoint', cat: 'Sales : Tours' }),
    L('telkom', '2003-08-25', '-612.40', 'Account 044 272 1234', { party: 'Telkom', cat: 'Utilities : Telephone' }),
    L('munic', '2003-08-25', '-1286.45', 'Rates & water, account 30-1122', {
      party: 'Oudtshoorn Municipality',
      cat: 'Utilities : Rates',
    }),
    L('cango', '2003-08-26', '8750.00', 'Inv 2045 - EFT promised', {
      party: 'Cango Ostrich Show Farm',
      cat: 'Sales : Slaughter birds',
      lo: 'promised EFT never received; the credit of the same amount on 26 Aug is the customer’s butchery (a sister business) repaying a loan',
    }),
    L('chq4518', '2003-08-27', '-15600.00', 'Lucerne, 40 t', {
      ref: '4518',
      party: 'Schoemanshoek Lucerne Growers',
      cat: 'Feed : Lucerne',
      lo: 'cheque not yet presented; the debit order of the same amount on 27 Aug is the irrigation board’s water levy, not recorded',
    }),
    L('wages', '2003-08-28', '-24600.00', 'Salaries August 2003', { party: 'Wages', cat: 'Wages' }),
    L('maans', '2003-08-28', '-4200.00', 'Salary August - foreman', { party: 'Piet Maans', cat: 'Wages' }),
    L('chq4519', '2003-08-29', '-1250.00', 'Stand fee, Klein Karoo agricultural show', {
      ref: '4519',
      party: 'Klein Karoo Landbouskou',
      cat: 'Marketing',
      lo: 'cheque not yet presented',
    }),
  ],
};
