// KE: a cold-chain logistics firm (cold rooms and reefer trucks) in Mlolongo, June 2031. Choice Microfinance Bank
// statement (CSV, newest first), ZipBooks general ledger of the bank account (XLSX).
import { L, R, auto, bankOnly, ledgerOnly, none, pair, suggest } from './items48.mjs';
import { amountCell, csv, dMonY, dateCell, money, xlsx } from './lib48.mjs';

const FIXED = [99999900, 200000000, 2000000];

function items({ d, W }) {
  const out = [];
  d.avoid(...FIXED);
  // an EFT out costs KES 50 and 20 % excise duty on it, each on its own line
  const eft = (day) => {
    out.push(bankOnly(L(day, -5000, 'EFT CHARGE'), 'charge'));
    out.push(bankOnly(L(day, -1000, 'EXCISE DUTY ON EFT CHARGE'), 'tax'));
  };
  out.push(none(L(W[0], -d.amt(25000, 40000, 10), 'CHQ CLEARING FRIGOTECH SERVICES', '000118'), ['prior-period']));
  // small traders pay by M-PESA paybill; the settlement comes net of the paybill charges, the books hold the week's collections
  for (const [i, w] of [3, 8, 13].entries()) {
    const g = d.amt(60000, 140000, 1);
    out.push(
      suggest(
        L(W[w], g - 108 * 100 * (12 + i * 3), 'MPESA PAYBILL 4098123 SETTLEMENT'),
        R(W[w - 1], g, null, `Paybill 4098123 collections, week ${i + 1}`, 'M-PESA customers', 'Deposit'),
        'reference',
        false,
        ['net-of-fee', 'mobile-money'],
      ),
    );
  }
  // an exporter pays reefer trips by RTGS, two invoices together
  const k1 = d.amt(180000, 320000, 100);
  const k2 = d.amt(120000, 260000, 100);
  out.push(
    auto(
      L(W[4], k1 + k2, 'RTGS KILIMO FRESH EXPORTS LTD BCL2207 BCL2211'),
      [
        R(W[4], k1, 'BCL-2207', 'Reefer trip JKIA, avocados', 'Kilimo Fresh Exports Ltd', 'Invoice payment'),
        R(W[4], k2, 'BCL-2211', 'Reefer trip Mombasa port, avocados', 'Kilimo Fresh Exports Ltd', 'Invoice payment'),
      ],
      'reference',
      ['several-invoices'],
    ),
  );
  // a vaccine distributor appointed as VAT withholding agent pays less 2 % of the value before VAT
  const net = d.amt(200000, 400000, 1000);
  const inv = (net * 116) / 100;
  const wh = (net * 2) / 100;
  out.push(
    auto(
      L(W[6], inv - wh, 'EFT ATHI RIVER PHARMA DISTRIB INV 2213'),
      R(
        W[6],
        inv,
        'BCL-2213',
        'Cold room storage, vaccines, May',
        'Athi River Pharma Distributors Ltd',
        'Invoice payment',
      ),
      'reference',
      ['vat-withholding'],
      { difference: -wh },
    ),
  );
  // one invoice over the PesaLink limit, paid in two transfers
  const big = d.amt(1200000, 1600000, 100);
  out.push(
    auto(
      [
        L(W[9], 99999900, 'PESALINK MAVOKO DAIRIES LTD INV 2215 1OF2'),
        L(W[10], big - 99999900, 'PESALINK MAVOKO DAIRIES LTD INV 2215 2OF2'),
      ],
      R(W[10], big, 'BCL-2215', 'Chilled milk haulage, May', 'Mavoko Dairies Ltd', 'Invoice payment'),
      'reference',
      ['one-invoice-two-transfers'],
    ),
  );
  const gw = d.amt(8000, 15000, 10);
  out.push(
    auto(
      L(W[11], gw, 'PESALINK GRACE WAMBUI'),
      R(W[11], gw, null, 'Cold room, one pallet of mangoes', 'Grace Wambui', 'Invoice payment'),
      'counterparty',
      ['name-only'],
    ),
  );
  // decoy: a freight forwarder of a like name refunds a deposit of exactly the exporter's promised payment
  const dc = d.amt(150000, 250000, 1000);
  out.push(none(L(W[12], dc, 'EFT KILIMO FREIGHT LTD DEPOSIT REFUND'), ['decoy', 'unbooked'], { decoy: true }));
  out.push(
    ledgerOnly(
      R(
        W[11],
        dc,
        'BCL-2220',
        'Reefer trip JKIA, French beans (payment promised)',
        'Kilimo Fresh Exports Ltd',
        'Invoice payment',
      ),
      'booked on the exporter’s promise; its payment had not come by the month end',
    ),
  );
  // two equal invoices of a growers' group, one paid by name
  const ug = d.amt(40000, 60000, 100);
  out.push(
    suggest(
      L(W[15], ug, 'EFT UKAMBANI FRUIT GROWERS'),
      [
        R(W[5], ug, 'BCL-2209', 'Cold room, mango season', 'Ukambani Fruit Growers', 'Invoice payment'),
        R(W[7], ug, 'BCL-2212', 'Cold room, mango season', 'Ukambani Fruit Growers', 'Invoice payment'),
      ],
      'counterparty',
      true,
      ['tie'],
      { shape: 'tie' },
    ),
  );
  const sg = d.amt(90000, 130000, 100);
  out.push(
    suggest(
      L(W[16], sg - 3000000, 'PESALINK SOKONI GREENS BCL2216'),
      R(W[16], sg, 'BCL-2216', 'Reefer trip Nairobi market run', 'Sokoni Greens Ltd', 'Invoice payment'),
      'reference',
      true,
      ['part-payment'],
    ),
  );
  out.push(none(L(W[14], d.amt(5000, 9000, 10), 'PESALINK JAMES MUTUA'), ['unknown']));
  // reefer servicing: the first EFT comes back (account closed), sent again to the new account
  const tr = -d.amt(60000, 95000, 10);
  out.push(
    pair(L(W[5], tr, 'EFT THERMOCOOL REEFER SVCS INV TRS3308'), L(W[7], -tr, 'EFT RETURN ACCOUNT CLOSED THERMOCOOL'), [
      'failed-transfer',
    ]),
  );
  eft(W[5]);
  out.push(
    auto(
      L(W[8], tr, 'EFT THERMOCOOL REEFER SVCS INV TRS3308'),
      R(W[5], tr, 'TRS-3308', 'Reefer unit service, KDA 417X', 'Thermocool Reefer Services', 'Bill payment'),
      'reference',
      ['resent'],
    ),
  );
  eft(W[8]);
  for (const [w, n] of [
    [2, 'FC44018'],
    [12, 'FC44018'],
  ]) {
    const x = -d.amt(150000, 260000, 100);
    out.push(
      auto(
        L(W[w], x, `FUEL CARD TOPUP ${n} MLOLONGO PETROLEUM`),
        R(W[w], x, n, `Diesel fuel card ${n} top-up`, 'Mlolongo Petroleum Ltd', 'Bill payment'),
        'reference',
        ['supplier'],
      ),
    );
  }
  const kp = -d.amt(90000, 150000, 1);
  out.push(
    auto(
      L(W[10], kp, 'KPLC POSTPAID ACC 33456781'),
      R(W[10], kp, '33456781', 'Kenya Power, cold rooms, May', 'Kenya Power', 'Bill payment'),
      'reference',
      ['utility'],
    ),
  );
  const sal = -d.amt(900000, 1100000, 100);
  out.push(
    auto(
      L(W[18], sal, 'BULK EFT SALARIES SAL0631'),
      R(W[18], sal, 'SAL0631', 'Drivers, loaders and office salaries, June', 'Payroll', 'Payroll'),
      'reference',
      ['payroll'],
    ),
  );
  out.push(bankOnly(L(W[18], -22 * 3000, 'BULK EFT CHARGES 22 ITEMS'), 'charge'));
  out.push(bankOnly(L(W[18], -22 * 600, 'EXCISE DUTY ON BULK EFT CHARGES'), 'tax'));
  for (const [w, text, ref, desc, party] of [
    [6, 'KRA PRN 2031060914722 PAYE', 'PRN 2031060914722', 'PAYE May 2031', 'Kenya Revenue Authority'],
    [6, 'KRA PRN 2031060914731 AHL', 'PRN 2031060914731', 'Affordable housing levy May', 'Kenya Revenue Authority'],
    [7, 'NSSF EMPLOYER 1023344 MAY', 'NSSF 1023344', 'NSSF contributions May', 'NSSF'],
    [7, 'SHA EMPLOYER 5560091 MAY', 'SHA 5560091', 'SHIF deductions May', 'Social Health Authority'],
  ]) {
    const x = -d.amt(20000, 90000, 1);
    out.push(auto(L(W[w], x, text), R(W[w], x, ref, desc, party, 'Tax payment'), 'reference', ['statutory']));
  }
  const ln = -d.amt(180000, 220000, 1);
  out.push(
    auto(
      L(W[14], ln, 'LOAN REPAYMENT LN60418'),
      R(W[14], ln, 'LN60418', 'Truck loan instalment (principal and interest)', 'Choice Microfinance Bank', 'Loan'),
      'reference',
      ['loan'],
    ),
  );
  const ins = -d.amt(40000, 60000, 1);
  out.push(
    auto(
      L(W[0], ins, 'DD TAUSI ASSURANCE POLICY MV0027731'),
      R(W[0], ins, 'MV0027731', 'Motor insurance, reefer fleet, June', 'Tausi Assurance', 'Bill payment'),
      'reference',
      ['debit-order'],
    ),
  );
  out.push(
    auto(
      L(W[17], -200000000, 'TRF TO BARIDI COLD CHAIN CALL DEPOSIT'),
      R(W[17], -200000000, null, 'To call deposit account', 'Baridi Cold Chain call deposit', 'Transfer'),
      'counterparty',
      ['own-account'],
    ),
  );
  out.push(none(L(W[13], -2000000, 'ATM WDL MLOLONGO'), ['unbooked']));
  out.push(
    ledgerOnly(
      R(
        W[19],
        -d.amt(30000, 50000, 10),
        '000124',
        'Cheque to Frigotech Services, compressor',
        'Frigotech Services',
        'Bill payment',
      ),
      'a cheque written on the last day; not presented in June',
    ),
  );
  out.push(bankOnly(L(W[19], -50000, 'LEDGER FEE JUN'), 'charge'));
  out.push(bankOnly(L(W[19], -10000, 'EXCISE DUTY ON LEDGER FEE'), 'tax'));
  out.push(bankOnly(L(W[19], -15000, 'SMS BANKING CHARGES'), 'charge'));
  out.push(bankOnly(L(W[19], -3000, 'EXCISE DUTY ON SMS CHARGES'), 'tax'));
  return out;
}

const bankFile = 'choice-0207-jun2031.csv';
const ledgerFile = 'zipbooks-general-ledger-jun2031.xlsx';
export const ke = {
  set: 'ke-choice-zipbooks',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2031-06-01', to: '2031-06-30' },
  publicHolidays: ['2031-06-02'],
  bank: 'Choice Microfinance Bank Ltd',
  package: 'ZipBooks (General Ledger report of the bank account Choice MFB Current, exported to Excel)',
  business:
    'a cold-chain logistics firm in Mlolongo (cold rooms and reefer trucks for exporters, dairies, pharma and traders)',
  ledgerAccount: 'Choice MFB Current',
  opening: 320000000,
  get bookOpening() {
    return this.opening + this._prior; // the prior item (money out) left the books last month
  },
  notes: [
    'Madaraka Day (1 June) fell on a Sunday and was kept on Monday 2 June.',
    'The M-PESA paybill is settled net of KES 108 a payment; the books hold the week’s collections.',
    'The statement is written newest first.',
    "The books open below the bank by May's cheque to Frigotech, cleared on 3 June.",
  ],
  items(ctx) {
    const its = items(ctx);
    this._prior = its[0].lines[0].amt;
    return its;
  },
  bankLayout: {
    file: bankFile,
    headerRow: 9,
    layout: 'csv',
    order: 'newest-first',
    readOptions: {
      currency: 'KES',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Cheque No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write({ lines, opening, closing }) {
      const m = (x) => money(x);
      const rows = [
        ['CHOICE MICROFINANCE BANK LTD'],
        ['STATEMENT OF ACCOUNT'],
        ['Account Name:', 'BARIDI COLD CHAIN LOGISTICS LTD'],
        ['Account No:', '10******0207'],
        ['Currency:', 'KES'],
        ['Period:', '01-Jun-2031 to 30-Jun-2031'],
        ['Opening Balance:', m(opening)],
        ['Closing Balance:', m(closing)],
        ['Tran Date', 'Value Date', 'Particulars', 'Cheque No', 'Debit', 'Credit', 'Balance'],
      ];
      for (const l of [...lines].reverse()) {
        l.row = rows.length + 1;
        rows.push([
          dMonY(l.d),
          dMonY(l.vd ?? l.d),
          l.text,
          l.ref ?? '',
          l.amt < 0 ? m(-l.amt) : '',
          l.amt > 0 ? m(l.amt) : '',
          m(l.balance),
        ]);
      }
      return { bytes: csv(rows) };
    },
  },
  ledgerLayout: {
    file: ledgerFile,
    headerRow: 4,
    layout: 'xlsx',
    hasParty: true,
    description: (r) => r.desc,
    readOptions: {
      currency: 'KES',
      sheet: 'General Ledger',
      mapping: {
        date: 'Date',
        account: 'Account',
        reference: 'Number',
        party: 'Contact',
        description: 'Description',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    write({ rows, opening }) {
      const z = 'yyyy-mm-dd';
      const acc = 'Choice MFB Current';
      const aoa = [
        ['Baridi Cold Chain Logistics Ltd'],
        ['General Ledger, 1 Jun 2031 to 30 Jun 2031'],
        [],
        ['Date', 'Account', 'Type', 'Number', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
        [dateCell('2031-06-01', z), acc, '', '', '', 'Starting balance', '', '', amountCell(opening)],
      ];
      for (const r of rows) {
        r.row = aoa.length + 1;
        aoa.push([
          dateCell(r.d, z),
          acc,
          r.type,
          r.ref ?? '',
          r.party ?? '',
          r.desc,
          r.amt > 0 ? amountCell(r.amt) : '',
          r.amt < 0 ? amountCell(-r.amt) : '',
          amountCell(r.balance),
        ]);
      }
      return {
        bytes: xlsx('General Ledger', aoa, [12, 20, 16, 20, 34, 48, 14, 14, 16]),
        nonEntryRows: [{ row: 5, why: 'starting balance of the account, not an entry' }],
      };
    },
  },
};
