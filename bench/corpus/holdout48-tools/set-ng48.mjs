// NG: a three-screen cinema in Trans Amadi, Port Harcourt, August 2031. Sparkle MFB statement (CSV), Kippa cashbook (XLSX).
import { L, R, auto, bankOnly, ledgerOnly, none, pair, suggest } from './items48.mjs';
import { amountCell, csv, dateCell, dmy, money, xlsx } from './lib48.mjs';

const nipFee = (amt) => (Math.abs(amt) <= 500000 ? 1075 : Math.abs(amt) <= 5000000 ? 2688 : 5375);
const LEVY = 5000;
const FIXED = [25000000, 150000000];

function items({ d, W }) {
  const out = [];
  d.avoid(...FIXED);
  const fee = (day) => out.push(bankOnly(L(day, 0, 'NIP TRANSFER CHARGE INCL VAT'), 'charge'));
  const levy = (day) => out.push(bankOnly(L(day, -LEVY, 'ELECTRONIC MONEY TRANSFER LEVY'), 'levy'));
  // outgoing NIP transfers carry a fee line the same day; the fee's amount follows the band of the transfer
  const push = (it, { nip = false, emtl = false } = {}) => {
    out.push(it);
    for (const l of it.lines) {
      if (nip && l.amt < 0) {
        fee(l.d);
        out.at(-1).lines[0].amt = -nipFee(l.amt);
      }
      if (emtl && l.amt >= 1000000) levy(l.d);
    }
  };
  const session = () => d.digits(30);

  // last month's film rental settlement leaves on the first working day (booked in July)
  const prior = -d.amt(600000, 900000, 500);
  push(none(L(W[0], prior, 'NIP TRF TO ODEON REELS AFRICA/JUL RENTAL ORA SS 2207', session()), ['prior-period']), {
    nip: true,
  });
  // counter card takings, settled the next working day less 0.5 % acquiring fee; the books hold the gross takings
  for (const [i, w] of [1, 5, 10, 15, 19].entries()) {
    const gross = d.amt(350000, 900000, 50);
    const net = gross - Math.round((gross * 5) / 1000);
    push(
      suggest(
        L(W[w], net, `POS SETTLEMENT TID 2070GC14 BATCH ${dmy(W[w - 1])}`),
        R(W[w - 1], gross, null, `Counter card takings day ${i + 1}`, null, 'Sale'),
        'amount',
        false,
        ['net-of-fee', 'card'],
      ),
    );
  }
  // cash from the box office banked over the counter
  const cash = d.amt(120000, 260000, 500);
  push(
    auto(
      L(W[5], cash, 'CASH DEPOSIT BOX OFFICE FLOAT DEPOSITOR BLESSING'),
      R(W[5], cash, null, 'Box office cash banked', null, 'Sale'),
      'counterparty',
      ['cash'],
    ),
  );
  // online tickets: weekly payouts, booked by payout id; the last week's booked gross from the box office report
  for (const w of [2, 7, 12]) {
    const p = d.amt(180000, 520000, 25);
    const id = `PSTK${d.digits(9)}`;
    push(
      auto(
        L(W[w], p, `PAYSTACK PAYOUT ${id}`, session()),
        R(W[w], p, id, 'Online ticket sales payout', 'Paystack', 'Sale'),
        'reference',
        ['payout'],
      ),
      { emtl: true },
    );
  }
  const gross4 = d.amt(250000, 450000, 50);
  const net4 = gross4 - Math.round((gross4 * 15) / 1000);
  push(
    suggest(
      L(W[17], net4, `PAYSTACK PAYOUT PSTK${d.digits(9)}`, session()),
      R(W[16], gross4, null, 'Online ticket sales week 4 per box office report', 'Paystack', 'Sale'),
      'counterparty',
      false,
      ['net-of-fee', 'payout'],
    ),
    { emtl: true },
  );
  // a marine services company's staff screening: invoice with 7.5 % VAT, paid less 5 % WHT on the value before VAT
  const net = d.amt(600000, 1400000, 5000);
  const inv = net + (net * 75) / 1000;
  const wht = (net * 5) / 100;
  push(
    auto(
      L(W[6], inv - wht, 'NIP FRM BONNY MARINE SERVICES LTD/GCS INV 412 STAFF SCREENING LESS WHT', session()),
      R(W[6], inv, 'GCS/INV/0412', 'Private screening, staff family day', 'Bonny Marine Services Ltd', 'Invoice'),
      'reference',
      ['wht'],
      { difference: -wht },
    ),
    { emtl: true },
  );
  // an advertiser pays two on-screen advertising invoices in one transfer
  const a1 = d.amt(200000, 400000, 1000);
  const a2 = d.amt(150000, 300000, 1000);
  push(
    auto(
      L(W[8], a1 + a2, 'NIP FRM PRIMEADS MEDIA LTD/PMT FOR INV418 AND INV421', session()),
      [
        R(W[8], a1, 'GCS/INV/0418', 'On-screen advertising, July', 'PrimeAds Media Ltd', 'Invoice'),
        R(W[8], a2, 'GCS/INV/0421', 'On-screen advertising, lobby screens', 'PrimeAds Media Ltd', 'Invoice'),
      ],
      'reference',
      ['several-invoices'],
    ),
    { emtl: true },
  );
  // a school pays one field-trip invoice in two transfers; the receipt was posted once, at the second
  const s1 = d.amt(150000, 250000, 500);
  const s2 = d.amt(100000, 200000, 500);
  push(
    auto(
      [
        L(W[9], s1, 'TRF FRM ST JUDES INTL SCH/FIELD TRIP INV 425 PART', session()),
        L(W[11], s2, 'TRF FRM ST JUDES INTL SCH/INV 425 BAL', session()),
      ],
      R(W[11], s1 + s2, 'GCS/INV/0425', 'Field trip screening for pupils', "St Jude's International School", 'Invoice'),
      'reference',
      ['one-invoice-two-transfers'],
    ),
    { emtl: true },
  );
  // a birthday hall hire paid by name only
  const bd = d.amt(150000, 220000, 500);
  push(
    auto(
      L(W[13], bd, 'NIP FRM CHINWENDU OBIAKOR/BIRTHDAY', session()),
      R(W[13], bd, null, 'Hall hire, birthday screening', 'Chinwendu Obiakor', 'Invoice'),
      'counterparty',
      ['name-only'],
    ),
    { emtl: true },
  );
  // decoy: the poster printer refunds an over-payment of exactly an events firm's promised booking
  const dec = 25000000;
  push(
    none(L(W[14], dec, 'NIP FRM TAMUNO PRINTS & SIGNS/REFUND OVERPAYMENT', session()), ['decoy', 'unbooked'], {
      decoy: true,
    }),
    { emtl: true },
  );
  out.push(
    ledgerOnly(
      R(W[13], dec, 'GCS/INV/0433', 'Hall booking, product launch (transfer promised)', 'Tamuno Events Ltd', 'Invoice'),
      'booked as received on the promise of a transfer that had not come by the month end',
    ),
  );
  // a receipt nobody can place yet
  push(none(L(W[16], d.amt(40000, 60000, 500), 'NIP FRM IFEANYI OKONKWO', session()), ['unknown']), { emtl: true });
  // two equal youth screenings of one fellowship, one paid by name: which booking is a guess
  const y = d.amt(110000, 130000, 1000);
  push(
    suggest(
      L(W[18], y, 'NIP FRM GREATER EVANGEL YOUTH FELLOW', session()),
      [
        R(W[3], y, 'GCS/INV/0409', 'Youth screening, Saturday booking', 'Greater Evangel Youth Fellowship', 'Invoice'),
        R(W[8], y, 'GCS/INV/0420', 'Youth screening, Saturday booking', 'Greater Evangel Youth Fellowship', 'Invoice'),
      ],
      'counterparty',
      true,
      ['tie'],
      { shape: 'tie' },
    ),
    { emtl: true },
  );
  // a community association pays part of a movie night, receipted as the whole
  const mv = d.amt(350000, 450000, 5000);
  push(
    suggest(
      L(W[19], mv - 10000000, 'NIP FRM RUMUOLA CDA/INV 430', session()),
      R(W[19], mv, 'GCS/INV/0430', 'Community movie night', 'Rumuola Community Development Assoc.', 'Invoice'),
      'reference',
      true,
      ['part-payment'],
    ),
    { emtl: true },
  );
  // a cancelled show refunded
  const rf = -d.amt(20000, 45000, 500);
  push(
    auto(
      L(W[4], rf, 'NIP TRF TO ADAEZE NWOSU/REFUND BK7713 CANCELLED SHOW', session()),
      R(W[4], rf, 'BK-7713', 'Refund, cancelled premiere booking', 'Adaeze Nwosu', 'Refund'),
      'reference',
      ['refund'],
    ),
    { nip: true },
  );
  // film rentals: box-office share settled on the distributors' statements
  const k = -d.amt(900000, 1600000, 100);
  push(
    auto(
      L(W[4], k, 'NIP TRF TO KAVOD FILM DISTRIBUTION/KFD SS 3107', session()),
      R(W[4], k, 'KFD-SS-3107', 'Film rental, July box office share', 'Kavod Film Distribution Ltd', 'Expense'),
      'reference',
      ['supplier'],
    ),
    { nip: true },
  );
  const o = -d.amt(500000, 800000, 100);
  push(
    auto(
      L(W[9], o, 'NIP TRF TO ODEON REELS AFRICA/ORA SS 2231', session()),
      R(W[9], o, 'ORA/SS/2231', 'Film rental, first half August', 'Odeon Reels Africa', 'Expense'),
      'reference',
      ['supplier'],
    ),
    { nip: true },
  );
  // a failed transfer to the drinks depot comes back the same day with its fee, and is sent again the next day
  const el = -d.amt(300000, 420000, 50);
  const s = session();
  push(
    pair(
      L(W[7], el, 'NIP TRF TO ELEME BEVERAGES DEPOT/INV EB22817', s),
      L(W[7], -el, 'REVERSAL NIP TRF TO ELEME BEVERAGES DEPOT/INV EB22817', s),
      ['failed-transfer'],
    ),
    { nip: true },
  );
  out.push(bankOnly(L(W[7], nipFee(el), 'REVERSAL NIP TRANSFER CHARGE'), 'charge', ['fee-refund']));
  push(
    auto(
      L(W[8], el, 'NIP TRF TO ELEME BEVERAGES DEPOT/INV EB22817', session()),
      R(W[7], el, 'EB-22817', 'Soft drinks and water for concessions', 'Eleme Beverages Depot', 'Expense'),
      'reference',
      ['resent'],
    ),
    { nip: true },
  );
  // twins: two equal orders of popcorn kernels paid the same day, neither quoting an invoice
  const pk = -d.amt(70000, 95000, 500);
  push(
    auto(
      [
        L(W[10], pk, 'NIP TRF TO RIVERS POPCORN & SNACKS', session()),
        L(W[10], pk, 'NIP TRF TO RIVERS POPCORN & SNACKS', session()),
      ],
      [
        R(W[10], pk, null, 'Popcorn kernels and oil', 'Rivers Popcorn & Snacks', 'Expense'),
        R(W[10], pk, null, 'Popcorn kernels and oil', 'Rivers Popcorn & Snacks', 'Expense'),
      ],
      'counterparty',
      ['twins'],
      { shape: 'twins' },
    ),
    { nip: true },
  );
  // diesel for the generators
  for (const [w, n] of [
    [3, '5521'],
    [15, '5588'],
  ]) {
    const x = -d.amt(400000, 700000, 100);
    push(
      auto(
        L(W[w], x, `NIP TRF TO OKRIKA ENERGY LTD/DIESEL INV OE${n}`, session()),
        R(W[w], x, `OE-${n}`, 'AGO for generators', 'Okrika Energy Ltd', 'Expense'),
        'reference',
        ['supplier'],
      ),
      { nip: true },
    );
  }
  const ph = -d.amt(150000, 250000, 1000);
  push(
    auto(
      L(W[2], ph, 'PHED PREPAID TOKEN MTR 04510022331'),
      R(W[2], ph, null, 'PHED prepaid units, meter 04510022331', 'PHED', 'Expense'),
      'reference',
      ['utility'],
    ),
  );
  // payroll by bulk transfer with a charge per item, PAYE by Remita, pension to the PFA
  const sal = -d.amt(2800000, 3400000, 100);
  push(
    auto(
      L(W[19], sal, 'BULK TRF SALARIES AUG 2031 BATCH 8841'),
      R(W[19], sal, 'PAY-AUG-8841', 'Staff salaries, August', 'Staff', 'Payroll'),
      'reference',
      ['payroll'],
    ),
  );
  out.push(bankOnly(L(W[19], -17 * 2688, 'BULK TRANSFER CHARGES 17 ITEMS'), 'charge'));
  const paye = -d.amt(250000, 320000, 1);
  push(
    auto(
      L(W[6], paye, 'REMITA RRR 3100-4521-8876 RIVERS STATE IRS PAYE JUL'),
      R(W[6], paye, 'RRR 3100-4521-8876', 'PAYE July 2031', 'Rivers State Internal Revenue Service', 'Tax'),
      'reference',
      ['statutory'],
    ),
  );
  out.push(bankOnly(L(W[6], -10750, 'REMITA PROCESSING CHARGE'), 'charge'));
  const pen = -d.amt(380000, 460000, 1);
  push(
    auto(
      L(W[6], pen, 'NIP TRF TO PAL PENSIONS/SCHEDULE JUL PSR77120', session()),
      R(W[6], pen, 'PSR-77120', 'Pension contributions July', 'PAL Pensions', 'Tax'),
      'reference',
      ['statutory'],
    ),
    { nip: true },
  );
  // a sweep to the company's savings account at the same bank
  push(
    auto(
      L(W[12], -150000000, 'TRF TO GARDEN CITY SCREENS LTD - SAVINGS'),
      R(
        W[12],
        -150000000,
        null,
        'Transfer to Sparkle savings account',
        'Garden City Screens Ltd (savings)',
        'Transfer',
      ),
      'counterparty',
      ['own-account'],
    ),
  );
  const ct = -d.amt(180000, 320000, 500);
  push(
    auto(
      L(W[16], ct, 'NIP TRF TO CINETECH SYSTEMS NIG/INV CT3391 LAMP', session()),
      R(W[16], ct, 'CT-3391', 'Projector lamp replacement, screen two', 'Cinetech Systems Nigeria', 'Expense'),
      'reference',
      ['supplier'],
    ),
    { nip: true },
  );
  // the managing director's card used in a supermarket, not yet booked
  push(none(L(W[17], -d.amt(18000, 30000, 50), 'POS PURCHASE SPAR PH MALL TRANS AMADI'), ['unbooked']));
  // next month's rental advance booked on the last day, scheduled for 1 September
  out.push(
    ledgerOnly(
      R(
        W[20],
        -d.amt(400000, 600000, 100),
        'KFD-SS-3108',
        'Film rental advance, August (scheduled 01/09)',
        'Kavod Film Distribution Ltd',
        'Expense',
      ),
      'a transfer scheduled for the next month; not on this statement',
    ),
  );
  out.push(bankOnly(L(W[20], -68000, 'SMS ALERT CHARGES AUG 2031'), 'charge'));
  out.push(bankOnly(L(W[20], -100000, 'ACCOUNT MAINTENANCE FEE AUG 2031'), 'charge'));
  out.push(bankOnly(L(W[20], -7500, 'VAT ON ACCOUNT MAINTENANCE FEE'), 'fee-vat'));
  return out;
}

const bankFile = 'sparkle-4417-aug2031.csv';
const ledgerFile = 'kippa-cashbook-aug2031.xlsx';
export const ng = {
  set: 'ng-sparkle-kippa',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  period: { from: '2031-08-01', to: '2031-08-31' },
  publicHolidays: [],
  bank: 'Sparkle Microfinance Bank Ltd',
  package: 'Kippa (cashbook of the Sparkle current account, exported to Excel)',
  business:
    'a three-screen cinema in Trans Amadi, Port Harcourt (counter and online tickets, private screenings, screen advertising, concessions)',
  ledgerAccount: 'Sparkle Current',
  opening: 420000000,
  get bookOpening() {
    return this.opening + this._prior; // the prior item (money out) left the books last month
  },
  notes: [
    'Card takings settle the next working day less 0.5 % (the acquirer keeps the fee; no levy is taken on a settlement).',
    'The EMTL of ₦50 is taken on inward transfers of ₦10,000 or more; NIP fees follow the ₦10.75 / ₦26.88 / ₦53.75 bands.',
    "The books open below the bank by July's Odeon settlement, which left on 1 August.",
  ],
  items(ctx) {
    const its = items(ctx);
    this._prior = its[0].lines[0].amt;
    return its;
  },
  bankLayout: {
    file: bankFile,
    headerRow: 8,
    layout: 'csv',
    order: 'oldest-first',
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    write({ lines, opening, closing }) {
      const m = (x) => money(x);
      const rows = [
        ['SPARKLE MICROFINANCE BANK LTD'],
        ['Account Name', 'GARDEN CITY SCREENS LTD'],
        ['Account Number', '******4417'],
        ['Period', '01/08/2031 - 31/08/2031'],
        ['Opening Balance', m(opening)],
        ['Closing Balance', m(closing)],
        [],
        ['Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
      ];
      for (const l of lines) {
        l.row = rows.length + 1;
        rows.push([
          dmy(l.d),
          dmy(l.vd ?? l.d),
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
      currency: 'NGN',
      sheet: 'Cashbook',
      mapping: {
        date: 'Date',
        reference: 'Ref No',
        party: 'Customer/Supplier',
        description: 'Details',
        moneyIn: 'Money In',
        moneyOut: 'Money Out',
        balance: 'Balance',
      },
    },
    write({ rows, opening }) {
      const aoa = [
        ['Garden City Screens Ltd'],
        ['Cashbook: Sparkle Current, 01/08/2031 to 31/08/2031'],
        [],
        ['Date', 'Type', 'Ref No', 'Customer/Supplier', 'Details', 'Money In', 'Money Out', 'Balance'],
        [dateCell('2031-08-01'), 'Opening', '', '', 'Opening balance', '', '', amountCell(opening)],
      ];
      for (const r of rows) {
        r.row = aoa.length + 1;
        aoa.push([
          dateCell(r.d),
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
        bytes: xlsx('Cashbook', aoa, [12, 10, 18, 34, 44, 14, 14, 16]),
        nonEntryRows: [{ row: 5, why: 'opening balance of the cashbook, not an entry' }],
      };
    },
  },
};
