// GH: a bread and pastry bakery in Effia-Kuma, Takoradi, June 2031. Lower Pra Rural Bank statement (XLSX),
// Firefly III transactions of the bank account (CSV).
import { L, R, auto, bankOnly, ledgerOnly, none, pair, suggest } from './items48.mjs';
import { amountCell, csv, dateCell, major, xlsx } from './lib48.mjs';

const FIXED = [185000, 1500000];

function items({ d, W }) {
  const out = [];
  d.avoid(...FIXED);
  const gipFee = (day) => out.push(bankOnly(L(day, -800, 'GIP TRANSFER FEE'), 'charge'));
  const chq = (n) => `000${n}`;

  // last month's flour cheque presented on the second working day (booked in May)
  out.push(none(L(W[1], -d.amt(9000, 14000, 50), 'CHQ PAID SEKONDI FLOUR MILLS', chq(418)), ['prior-period']));
  // the shop's MoMo merchant wallet swept in weekly, less the 1 % merchant fee; the books hold the week's MoMo sales
  for (const [i, w] of [4, 9, 14].entries()) {
    const g = d.amt(3500, 7500, 0.5);
    out.push(
      suggest(
        L(W[w], g - Math.round(g / 100), 'MOMO MERCHANT SETTLEMENT MTN GH'),
        R(W[w - 1], g, null, `Shop sales paid by MoMo, week ${i + 1}`, 'Shop counter', 'Deposit'),
        'counterparty',
        false,
        ['net-of-fee', 'mobile-money'],
      ),
    );
  }
  // a supermarket pays its bread invoices by GIP, once one at a time and once two together
  const a1 = d.amt(2500, 4500, 0.5);
  out.push(
    auto(
      L(W[3], a1, 'GIP FRM ANAJI MART LTD INV ANB 1182'),
      R(W[3], a1, 'ANB-1182', 'Bread supply, week 22', 'Anaji Mart Ltd', 'Deposit'),
      'reference',
      ['invoice'],
    ),
  );
  const a2 = d.amt(2500, 4500, 0.5);
  const a3 = d.amt(2500, 4500, 0.5);
  out.push(
    auto(
      L(W[13], a2 + a3, 'GIP FRM ANAJI MART LTD 1190/1197'),
      [
        R(W[13], a2, 'ANB-1190', 'Bread supply, week 23', 'Anaji Mart Ltd', 'Deposit'),
        R(W[13], a3, 'ANB-1197', 'Bread supply, week 24', 'Anaji Mart Ltd', 'Deposit'),
      ],
      'reference',
      ['several-invoices'],
    ),
  );
  // a senior high school pays its bread invoice less 3 % WHT on goods
  const sh = d.amt(8000, 15000, 10);
  const wht = Math.round((sh * 3) / 100);
  out.push(
    auto(
      L(W[7], sh - wht, 'GIP FRM FIJAI SHS PV 0617 BREAD SUPPLY MAY'),
      R(W[7], sh, 'ANB-1176', 'Bread for the dining hall, May (PV 0617)', 'Fijai Senior High School', 'Deposit'),
      'reference',
      ['wht'],
      { difference: -wht },
    ),
  );
  // a lodge pays one invoice in two transfers
  const h1 = d.amt(1500, 2500, 0.5);
  const h2 = d.amt(1000, 2000, 0.5);
  out.push(
    auto(
      [L(W[5], h1, 'GIP FRM SEA VIEW LODGE TDI INV1184 PART'), L(W[8], h2, 'GIP FRM SEA VIEW LODGE TDI INV1184 BAL')],
      R(W[8], h1 + h2, 'ANB-1184', 'Pastries and bread rolls for the lodge', 'Sea View Lodge', 'Deposit'),
      'reference',
      ['one-invoice-two-transfers'],
    ),
  );
  // market sellers bank their bread money at the counter, by name
  const am = d.amt(1200, 2600, 0.5);
  out.push(
    auto(
      L(W[6], am, 'CASH DEP BY AMA MENSAH MARKET CIRCLE'),
      R(W[6], am, null, 'Bread sales, Market Circle', 'Ama Mensah', 'Deposit'),
      'counterparty',
      ['name-only', 'cash'],
    ),
  );
  const ef = d.amt(900, 1400, 0.5);
  out.push(
    auto(
      [L(W[11], ef, 'CASH DEP BY EFUA BAIDOO KOJOKROM'), L(W[11], ef, 'CASH DEP BY EFUA BAIDOO KOJOKROM')],
      [
        R(W[11], ef, null, 'Bread sales, morning load', 'Efua Baidoo', 'Deposit'),
        R(W[11], ef, null, 'Bread sales, afternoon load', 'Efua Baidoo', 'Deposit'),
      ],
      'counterparty',
      ['twins', 'cash'],
      { shape: 'twins' },
    ),
  );
  // two equal invoices of one provision store, one paid by name
  const kp = d.amt(1800, 2400, 10);
  out.push(
    suggest(
      L(W[16], kp, 'GIP FRM KOJO ANSAH PROVISIONS'),
      [
        R(W[10], kp, 'ANB-1191', 'Bread and buns', 'Kojo Ansah Provisions', 'Deposit'),
        R(W[12], kp, 'ANB-1195', 'Bread and buns', 'Kojo Ansah Provisions', 'Deposit'),
      ],
      'counterparty',
      true,
      ['tie'],
      { shape: 'tie' },
    ),
  );
  // decoy: a namesake's transfer of exactly a caterer's promised cake deposit
  const dc = 185000;
  out.push(none(L(W[15], dc, 'GIP FRM ESI QUANSAH ARTHUR'), ['decoy', 'unknown'], { decoy: true }));
  out.push(
    ledgerOnly(
      R(W[14], dc, 'ANB-1199', 'Wedding cake deposit (promised by transfer)', 'Esi Quansah Catering', 'Deposit'),
      'booked on the caterer’s promise; her transfer had not come by the month end',
    ),
  );
  // a cold store's cheque lodged and returned unpaid; the receipt was booked when it was lodged
  const cs = d.amt(2000, 3500, 0.5);
  out.push(
    pair(
      L(W[8], cs, 'CHQ DEP PAA KWESI COLD STORE', '100233', W[9]),
      L(W[10], -cs, 'RETURNED CHQ INSUFFICIENT FUNDS', '100233'),
      ['returned-cheque'],
    ),
  );
  out.push(
    ledgerOnly(
      R(W[8], cs, '100233', 'Bread supply, cheque lodged', 'Paa Kwesi Cold Store', 'Deposit'),
      'the cheque was returned unpaid; the receipt stays in the books until it is reversed',
    ),
  );
  out.push(bankOnly(L(W[10], -4000, 'RETURNED CHEQUE CHARGE'), 'charge'));
  out.push(none(L(W[17], d.amt(400, 900, 0.5), 'GIP FRM KWAME ASANTE'), ['unknown']));
  // flour by cheque, sugar and margarine by GIP, gas for the ovens by name
  for (const [w, n] of [
    [3, 431],
    [13, 433],
  ]) {
    const x = -d.amt(9000, 16000, 10);
    out.push(
      auto(
        L(W[w], x, 'CHQ PAID SEKONDI FLOUR MILLS', chq(n)),
        R(W[w - 1], x, chq(n), '50 kg flour bags', 'Sekondi Flour Mills', 'Withdrawal'),
        'reference',
        ['cheque'],
      ),
    );
  }
  const wc = -d.amt(3000, 6000, 0.5);
  out.push(
    auto(
      L(W[6], wc, 'GIP TRF TO WESTERN COMMODITIES INV WC 7781'),
      R(W[6], wc, 'WC-7781', 'Sugar and margarine', 'Western Commodities Ltd', 'Withdrawal'),
      'reference',
      ['supplier'],
    ),
  );
  gipFee(W[6]);
  const lpg = -d.amt(1500, 2500, 0.5);
  out.push(
    auto(
      L(W[12], lpg, 'GIP TRF TO APREMDO LPG STATION'),
      R(W[12], lpg, null, 'LPG for the ovens', 'Apremdo LPG Station', 'Withdrawal'),
      'counterparty',
      ['name-only'],
    ),
  );
  gipFee(W[12]);
  const ecg = -d.amt(800, 1500, 1);
  out.push(
    auto(
      L(W[2], ecg, 'ECG PREPAID MTR P17722309'),
      R(W[2], ecg, null, 'ECG prepaid credit, meter P17722309', 'ECG', 'Withdrawal'),
      'reference',
      ['utility'],
    ),
  );
  // weekly wages drawn in cash by cheque
  for (const [w, n] of [
    [4, 425],
    [9, 426],
    [14, 427],
    [19, 428],
  ]) {
    const x = -d.amt(3800, 5200, 0.5);
    out.push(
      auto(
        L(W[w], x, 'CASH WDL SELF', chq(n)),
        R(W[w], x, chq(n), 'Bakers and sellers weekly wages', 'Wages', 'Withdrawal'),
        'reference',
        ['cheque', 'payroll'],
      ),
    );
  }
  const ss = -d.amt(2500, 3200, 0.01);
  out.push(
    auto(
      L(W[7], ss, 'GIP TRF TO SSNIT ER NO 2094471 MAY 2031'),
      R(W[7], ss, 'ER2094471', 'SSNIT contributions May', 'SSNIT', 'Withdrawal'),
      'reference',
      ['statutory'],
    ),
  );
  gipFee(W[7]);
  const gra = -d.amt(1200, 2200, 0.01);
  out.push(
    auto(
      L(W[7], gra, 'GRA PAYMENT PRN 7004331892'),
      R(W[7], gra, 'PRN 7004331892', 'PAYE May 2031', 'Ghana Revenue Authority', 'Withdrawal'),
      'reference',
      ['statutory'],
    ),
  );
  // the delivery van loan recovered in one line, booked as principal and interest
  const p = -d.amt(2200, 2600, 0.01);
  const i = -d.amt(500, 800, 0.01);
  out.push(
    auto(
      L(W[18], p + i, 'LOAN RECOVERY A/C 3320015'),
      [
        R(W[18], p, '3320015', 'Van loan principal', 'Lower Pra Rural Bank', 'Withdrawal'),
        R(W[18], i, '3320015', 'Van loan interest', 'Lower Pra Rural Bank', 'Withdrawal'),
      ],
      'reference',
      ['loan'],
    ),
  );
  // a sweep to the company's savings account
  out.push(
    auto(
      L(W[17], -1500000, 'TRF TO NYARKO BAKERIES SAVINGS'),
      R(W[17], -1500000, null, 'To savings account', 'Nyarko Bakeries savings', 'Transfer'),
      'counterparty',
      ['own-account'],
    ),
  );
  // a flour cheque written on the last day, not yet presented
  out.push(
    ledgerOnly(
      R(W[20], -d.amt(9000, 14000, 10), chq(436), '50 kg flour bags', 'Sekondi Flour Mills', 'Withdrawal'),
      'a cheque written on the last day; not presented in June',
    ),
  );
  out.push(bankOnly(L(W[10], -6000, 'CHEQUE BOOK 50 LEAVES'), 'charge'));
  out.push(bankOnly(L(W[20], -500, 'SMS ALERT FEE JUN'), 'charge'));
  out.push(bankOnly(L(W[20], -2500, 'ACCOUNT MAINTENANCE FEE'), 'charge'));
  return out;
}

const bankFile = 'lowerpra-0511-jun2031.xlsx';
const ledgerFile = 'firefly-lowerpra-current-jun2031.csv';
export const gh = {
  set: 'gh-lowerpra-firefly',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2031-06-01', to: '2031-06-30' },
  publicHolidays: [],
  bank: 'Lower Pra Rural Bank PLC',
  package: 'Firefly III (transactions of the asset account Lower Pra Current, exported to CSV)',
  business:
    'a bread and pastry bakery in Effia-Kuma, Takoradi (supermarkets, schools, lodges, market sellers, a shop paid by MoMo)',
  ledgerAccount: 'Lower Pra Current',
  opening: 5800000,
  get bookOpening() {
    return this.opening + this._prior; // the prior item (money out) left the books last month
  },
  notes: [
    'The shop’s MoMo wallet is swept in weekly less a 1 % merchant fee; the books hold the week’s MoMo sales.',
    'Cheques lodged are valued the next working day; the returned cheque’s receipt is still in the books.',
    "The books open below the bank by May's flour cheque, presented on 3 June.",
  ],
  items(ctx) {
    const its = items(ctx);
    this._prior = its[0].lines[0].amt;
    return its;
  },
  bankLayout: {
    file: bankFile,
    headerRow: 7,
    layout: 'xlsx',
    order: 'oldest-first',
    readOptions: {
      currency: 'GHS',
      sheet: 'Statement',
      mapping: {
        date: 'Post Date',
        valueDate: 'Value Date',
        description: 'Narration',
        reference: 'Chq/Ref No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write({ lines, opening, closing }) {
      const aoa = [
        ['LOWER PRA RURAL BANK PLC'],
        ['Shama Branch'],
        ['Customer: ADWOA NYARKO BAKERIES LTD'],
        ['Account: 0201****511', 'Currency: GHS'],
        ['Statement period: 01-Jun-2031 to 30-Jun-2031'],
        [],
        ['Post Date', 'Value Date', 'Narration', 'Chq/Ref No', 'Debit', 'Credit', 'Balance'],
        ['', '', 'BALANCE B/F', '', '', '', amountCell(opening)],
      ];
      const z = 'dd-mmm-yyyy';
      for (const l of lines) {
        l.row = aoa.length + 1;
        aoa.push([
          dateCell(l.d, z),
          dateCell(l.vd ?? l.d, z),
          l.text,
          l.ref ?? '',
          l.amt < 0 ? amountCell(-l.amt) : '',
          l.amt > 0 ? amountCell(l.amt) : '',
          amountCell(l.balance),
        ]);
      }
      aoa.push(['', '', 'BALANCE C/F', '', '', '', amountCell(closing)]);
      return { bytes: xlsx('Statement', aoa, [13, 13, 44, 12, 12, 12, 14]) };
    },
  },
  ledgerLayout: {
    file: ledgerFile,
    headerRow: 1,
    layout: 'csv',
    hasParty: true,
    description: (r) => r.desc,
    readOptions: {
      currency: 'GHS',
      mapping: {
        date: 'date',
        amount: 'amount',
        description: 'description',
        reference: 'external_id',
        party: 'opposing_account',
      },
    },
    write({ rows }) {
      const out = [
        ['date', 'type', 'description', 'amount', 'currency_code', 'opposing_account', 'category', 'external_id'],
      ];
      const cat = { Deposit: 'Sales', Withdrawal: 'Costs', Transfer: '' };
      for (const r of rows) {
        r.row = out.length + 1;
        out.push([r.d, r.type, r.desc, major(r.amt), 'GHS', r.party ?? '', cat[r.type], r.ref ?? '']);
      }
      return { bytes: csv(out, { eol: '\n' }), nonEntryRows: [] };
    },
  },
};
