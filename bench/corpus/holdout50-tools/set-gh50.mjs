// GH: a waste-collection company in Nkawkaw banking with Kwahu Rural Bank, books in ZarMoney. August 2032.
import { cellNumber, ddmmyyyy, grouped, mmddyyyy, toCsv, toXlsx } from './lib50.mjs';

const ACH_FEE = 500;
const CHQ_RETURN = 5000;

export default {
  set: 'gh-kwahurural-zarmoney',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2032,
  month: 8,
  holidays: ['2032-08-04'], // Founders' Day
  bank: 'Kwahu Rural Bank PLC',
  package: 'ZarMoney (account register of Kwahu Rural Current, exported to Excel)',
  business:
    'a waste-collection company in Nkawkaw, Eastern Region (household bin collection paid by MoMo, commercial skip lifts for hotels, lodges and mills, a municipal street and market cleaning contract, tricycle collectors)',
  ledgerAccount: 'Kwahu Rural Current',

  events(m) {
    [ACH_FEE, CHQ_RETURN, 300, 2500, 200].forEach((f) => m.fixed(f));
    const R = (date, minor, desc, ref, party) => m.row(date, minor, desc, ref, party);
    const achOut = (date, minor, text, ref = null) => {
      const l = m.line(date, -minor, text, ref);
      m.bankOnly(m.line(date, -ACH_FEE, 'ACH TRANSFER CHARGE'), 'charge');
      return l;
    };
    const chqIn = (date, minor, text, chq) => {
      const l = m.line(date, minor, text, chq);
      m.bankOnly(m.line(date, -200, `CLEARING COMMISSION CHQ ${chq}`), 'charge');
      return l;
    };

    // a cheque written in July for tyres, presented on the first working day
    const lastMonth = m.amt(2800, 4600);
    m.none(m.line(m.wd(1), -lastMonth, 'CHQ PAID 100287 ABOAGYE TYRES', '100287'), ['last-month', 'no-book-row']);

    // household bin fees collected on the MoMo merchant wallet, swept weekly net of 1%, booked gross
    for (const [i, day] of [
      [31, 1],
      [32, 5],
      [33, 10],
      [34, 15],
      [35, 20],
    ]) {
      const g = m.amt(9000, 16000);
      const fee = Math.round(g / 100);
      const row = R(m.before(m.wd(day), 1), g, `Household bin fees MoMo week ${i}`, null, 'MTN MoMo Merchant');
      m.suggest(m.line(m.wd(day), g - fee, 'MTN MOMO MERCHANT SETTLEMENT', null), row, ['net-of-fee'], false);
    }

    // the municipal cleaning contract less 7.5% WHT on services
    const muni = m.amt(38000, 52000, 10000);
    const wht = Math.round(muni * 0.075);
    m.auto(
      m.line(m.wd(3), muni - wht, 'ACH CR/KWAHU WEST MUNICIPAL ASSEMBLY/NGW-0231 JULY CLEANING', null),
      R(m.wd(2), muni, 'Street and market cleaning July', 'NGW-0231', 'Kwahu West Municipal Assembly'),
      ['wht'],
      { difference: -wht },
    );

    // commercial clients quoting invoices
    for (const [day, who, inv, text] of [
      [2, 'Obomeng Hills Hotel', 'NGW-0226', 'ACH CR/OBOMENG HILLS HOTEL/INV 226'],
      [8, 'Mpraeso Rock Lodge', 'NGW-0228', 'ACH CR/MPRAESO ROCK LODGE/NGW0228'],
      [12, 'Atibie Nursing Training College', 'NGW-0233', 'ACH CR/ATIBIE NTC/PYMT FOR INVOICE NO 233'],
      [18, 'Abetifi Presbyterian Hospital', 'NGW-0237', 'ACH CR/PRESBY HOSP ABETIFI/MED WASTE INV0237'],
    ]) {
      const v = m.amt(2400, 6800, 100);
      m.auto(m.line(m.wd(day), v, text, null), R(m.wd(day - 1), v, 'Skip lifts July', inv, who), ['reference']);
    }

    // a senior high school pays two months by one cheque
    const s1 = m.amt(3000, 4200, 100);
    const s2 = m.amt(3000, 4200, 100);
    m.auto(
      chqIn(m.wd(6), s1 + s2, 'CHQ DEP 004518 NKAWKAW SHS INV 221 & 230', '004518'),
      [
        R(m.wd(6), s1, 'Refuse collection June', 'NGW-0221', 'Nkawkaw Senior High School'),
        R(m.wd(6), s2, 'Refuse collection July', 'NGW-0230', 'Nkawkaw Senior High School'),
      ],
      ['two-invoices', 'cheque-number'],
    );

    // the market queens' association pays one invoice in two cash deposits, posted once at the second
    const q1 = m.amt(1500, 2500, 100);
    const q2 = m.amt(1500, 2500, 100);
    m.auto(
      [
        m.line(m.wd(7), q1, 'CASH DEP BY AKOSUA MENSAH/NKAWKAW MKT QUEENS 232', null),
        m.line(m.wd(13), q2, 'CASH DEP BY AKOSUA MENSAH/MKT QUEENS BAL 232', null),
      ],
      R(m.wd(13), q1 + q2, 'Market clean-up levy share', 'NGW-0232', 'Nkawkaw Market Queens Association'),
      ['split-payment'],
    );

    // tricycle collectors bank the cash they take from households
    for (const [day, zone] of [
      [4, 'ZONGO'],
      [11, 'ADUAMOA'],
      [17, 'OFOASE'],
      [19, 'NKAWKAW NEW TOWN'],
    ]) {
      const v = m.amt(1800, 4200);
      m.auto(
        m.line(m.wd(day), v, `CASH DEP/COLLECTIONS ${zone} ROUTE`, null),
        R(m.wd(day), v, `Cash collections ${zone[0]}${zone.slice(1).toLowerCase()} route banked`, null, null),
        ['name-only'],
      );
    }

    // a filling station paying by name only
    const fs = m.amt(1200, 2200, 50);
    m.auto(
      m.line(m.wd(9), fs, 'ACH CR/AFRAM PLAINS FUEL STATION', null),
      R(m.wd(9), fs, 'Skip lift and oil drums July', null, 'Afram Plains Fuel Station'),
      ['name-only'],
    );

    // a tie: two equal monthly bins of a chop bar, one paid by name
    const tie = m.amt(350, 650, 50);
    const chop = [
      R(m.wd(1), tie, 'Commercial bin June', 'NGW-0214', 'Maame Dokono Chop Bar'),
      R(m.wd(2), tie, 'Commercial bin July', 'NGW-0227', 'Maame Dokono Chop Bar'),
    ];
    m.anyOf(
      m.line(m.wd(14), tie, 'MOMO TRF FRM MAAME DOKONO CHOP BAR', null),
      [[chop[0]], [chop[1]]],
      'suggest',
      ['tie'],
      {
        mustNotAuto: true,
      },
    );

    // part payment of an invoice the bookkeeper marked paid
    const pf = m.amt(4200, 5600, 100);
    const pp = m.fixed(Math.round(pf / 2 / 10000) * 10000);
    m.suggest(
      m.line(m.wd(16), pp, 'ACH CR/PRASO GUEST HOUSE/PART NGW 0235', null),
      R(m.wd(16), pf, 'Skip lifts and bins July', 'NGW-0235', 'Praso Guest House'),
      ['part-payment'],
      true,
    );

    // twins: a timber mill pays two equal skip lifts the same day
    const tw = m.amt(800, 1300, 50);
    const mill = [
      R(m.wd(10), tw, 'Sawdust skip lift', null, 'Praso Timber Mills'),
      R(m.wd(10), tw, 'Sawdust skip lift', null, 'Praso Timber Mills'),
    ];
    for (let i = 0; i < 2; i++)
      m.anyOf(
        m.line(m.wd(10), tw, 'ACH CR/PRASO TIMBER MILLS/SKIP LIFT', null),
        [[mill[0]], [mill[1]]],
        'auto',
        ['twins'],
        {
          ambiguous: true,
        },
      );

    // decoy: Ama Serwaa pays her invoice; Ama Serwaa Enterprise sends the same sum with nothing quoted
    const ama = m.amt(600, 950, 50);
    m.auto(
      m.line(m.wd(5), ama, 'MOMO TRF FRM AMA SERWAA/NGW 0229', null),
      R(m.wd(5), ama, 'Shop bin July', 'NGW-0229', 'Ama Serwaa'),
      ['reference'],
    );
    m.none(m.line(m.wd(18), ama, 'ACH CR/AMA SERWAA ENTERPRISE', null), ['decoy']);

    // unknown receipt
    m.none(m.line(m.wd(19), m.amt(200, 450, 10), 'MOMO TRF FRM 024XXXX517', null), ['unknown']);

    // a hotel's cheque returned unpaid, then paid by ACH quoting the invoice
    const bounced = m.amt(2600, 3900, 100);
    const kt = R(m.wd(3), bounced, 'Skip lifts July - cheque 000731', 'NGW-0225', 'Kotoso Royal Hotel');
    const dep = chqIn(m.wd(3), bounced, 'CHQ DEP 000731 KOTOSO ROYAL HOTEL', '000731');
    const ret = m.line(m.wd(5), -bounced, 'RETURNED CHQ 000731 REFER TO DRAWER', '000731');
    m.reversal(dep, ret, ['returned-cheque']);
    m.bankOnly(m.line(m.wd(5), -CHQ_RETURN, 'RETURNED CHEQUE CHARGE 000731'), 'charge');
    m.auto(m.line(m.wd(12), bounced, 'ACH CR/KOTOSO ROYAL HOTEL/NGW-0225 REPLACEMENT', null), kt, [
      'reference',
      'paid-again',
    ]);

    // fuel for the compactor truck and tricycles
    for (const day of [2, 11]) {
      const v = m.amt(2500, 4500, 100);
      m.auto(
        achOut(m.wd(day), v, 'ACH DR/STAR OIL NKAWKAW/FUEL COUPONS'),
        R(m.wd(day), -v, 'Fuel coupons', null, 'Star Oil Nkawkaw'),
        ['name-only'],
      );
    }

    // landfill tipping fees by cheque
    const tip = m.amt(3200, 5200);
    m.auto(
      m.line(m.wd(8), -tip, 'CHQ PAID 100301 KWMA TIPPING FEES JUL', '100301'),
      R(m.wd(7), -tip, 'Landfill tipping fees July', '100301', 'Kwahu West Municipal Assembly'),
      ['cheque-number'],
    );

    // PPE and a truck repair by invoice
    const ppe = m.amt(1400, 2600);
    m.auto(
      achOut(m.wd(6), ppe, 'ACH DR/ASAMOAH SAFETY SUPPLIES/INV 5521'),
      R(m.wd(6), -ppe, 'Gloves, boots and reflective vests', 'INV 5521', 'Asamoah Safety Supplies'),
      ['reference'],
    );
    const rep = m.amt(3500, 6500);
    m.auto(
      achOut(m.wd(13), rep, 'ACH DR/KWAME SAFO FITTING SHOP/JOB 318'),
      R(m.wd(13), -rep, 'Compactor hydraulic repair job 318', '318', 'Kwame Safo Fitting Shop'),
      ['reference'],
    );

    // payroll, statutory payments and the tricycle loan
    const sal = m.amt(26000, 34000);
    m.auto(
      m.line(m.wd(-3), -sal, 'ACH BULK DR/SALARIES AUG 2032/BATCH 0842', null),
      R(m.wd(-3), -sal, 'Salaries August batch 0842', '0842', null),
      ['reference', 'payroll'],
    );
    m.bankOnly(m.line(m.wd(-3), -m.fixed(22 * 300), 'ACH BULK CHARGES 22 ITEMS'), 'charge');
    const ssnit = m.amt(3800, 5200);
    m.auto(
      m.line(m.wd(9), -ssnit, 'SSNIT CONTRIBUTION JUL 2032 ER NO 8817204', null),
      R(m.wd(9), -ssnit, 'SSNIT tier 1 July', 'ER 8817204', 'SSNIT'),
      ['reference'],
    );
    const paye = m.amt(2100, 3300);
    m.auto(
      m.line(m.wd(9), -paye, 'GRA PAYE JUL 2032 TIN C0004417702', null),
      R(m.wd(9), -paye, 'PAYE July', 'C0004417702', 'Ghana Revenue Authority'),
      ['reference'],
    );
    const t2 = m.amt(1100, 1700);
    m.auto(
      achOut(m.wd(10), t2, 'ACH DR/PETRA TRUST/TIER 2 JUL'),
      R(m.wd(10), -t2, 'Tier 2 pension July', null, 'Petra Trust'),
      ['name-only'],
    );
    const lp = m.amt(3800, 4800, 100);
    const li = m.amt(900, 1400);
    m.auto(
      m.line(m.wd(15), -(lp + li), 'LOAN RECOVERY A/C 7720114 TRICYCLES', null),
      [
        R(m.wd(15), -lp, 'Tricycle loan 7720114 principal', '7720114', 'Kwahu Rural Bank'),
        R(m.wd(15), -li, 'Tricycle loan 7720114 interest', '7720114', 'Kwahu Rural Bank'),
      ],
      ['loan-split'],
    );

    // utilities, rent by standing order, airtime
    const ecg = m.amt(600, 1100);
    m.auto(
      achOut(m.wd(7), ecg, 'ACH DR/ECG PREPAID METER 0141177823'),
      R(m.wd(7), -ecg, 'ECG prepaid yard meter 0141177823', null, 'ECG'),
      ['reference'],
    );
    const gwl = m.amt(150, 380);
    m.auto(
      achOut(m.wd(16), gwl, 'ACH DR/GHANA WATER LTD/ACCT 33018842'),
      R(m.wd(16), -gwl, 'Water bill July acct 33018842', null, 'Ghana Water'),
      ['reference'],
    );
    const rent = m.amt(2500, 3500, 100);
    m.auto(
      m.line(m.wd(1), -rent, 'S/O YAW OPOKU YARD RENT', null),
      R(m.wd(1), -rent, 'Yard rent August', null, 'Yaw Opoku'),
      ['name-only'],
    );

    // fleet insurance, roadworthy renewals and the phones
    const ins = m.amt(2200, 3400);
    m.auto(
      achOut(m.wd(4), ins, 'ACH DR/STAR ASSURANCE/POL MC-1120-4471'),
      R(m.wd(4), -ins, 'Compactor and tricycles cover', 'MC-1120-4471', 'Star Assurance'),
      ['reference'],
    );
    const dvla = m.amt(700, 1100);
    m.auto(
      achOut(m.wd(14), dvla, 'ACH DR/DVLA KOFORIDUA/ROADWORTHY 6 TRICYCLES'),
      R(m.wd(14), -dvla, 'Roadworthy certificates six tricycles', null, 'DVLA Koforidua'),
      ['name-only'],
    );
    const tel = m.amt(300, 520);
    m.auto(
      achOut(m.wd(17), tel, 'ACH DR/MTN GHANA/BUSINESS A/C 5004471'),
      R(m.wd(17), -tel, 'Staff phone bundles August a/c 5004471', null, 'MTN Ghana'),
      ['reference'],
    );

    // own transfer to the savings account
    const sav = m.amt(8000, 12000, 100000);
    m.auto(
      m.line(m.wd(-2), -sav, 'TRF TO SAVINGS A/C 2310083064', null),
      R(m.wd(-2), -sav, 'Transfer to savings 2310083064', null, null),
      ['own-transfer'],
    );

    // an unbooked ATM withdrawal
    m.none(m.line(m.wd(17), -m.fixed(m.int(3, 8) * 10000), 'ATM WDL NKAWKAW BR', null), ['no-book-row']);

    // month-end charges
    m.bankOnly(m.line(m.wd(-1), -m.fixed(500 + 100 * m.int(1, 6)), 'SMS ALERT FEE AUG 2032'), 'charge');
    m.bankOnly(m.line(m.wd(-1), -2500, 'ACCOUNT MAINTENANCE FEE AUG 2032'), 'charge');

    // in the books only
    const open = m.amt(1700, 2600);
    m.onlyInBooks(
      R(m.wd(-1), -open, 'Bin liners - cheque 100319', '100319', 'Kumasi Poly Bags Ltd'),
      'cheque written on 31 August, not yet presented',
    );

    const opening = m.amt(140000, 190000, 100);
    return { opening, bookOpening: opening - lastMonth };
  },

  bankFile(lines, { opening, closing }) {
    const file = 'kwahurural-3064-aug2032.csv';
    const headerRow = 9;
    const out = [
      ['KWAHU RURAL BANK PLC'],
      ['CUSTOMER STATEMENT'],
      ['Branch:', 'NKAWKAW'],
      ['Account Name:', 'NKAWKAW GREEN WASTE SERVICES LTD'],
      ['Account No.:', '*******3064'],
      ['Currency:', 'GHS'],
      ['Period:', '01/08/2032 - 31/08/2032'],
      [],
      ['Date', 'Particulars', 'Chq/Ref No', 'Withdrawals', 'Deposits', 'Balance'],
      ['', 'BALANCE B/F', '', '', '', grouped(opening)],
    ];
    const rowOf = new Map();
    for (const l of lines) {
      out.push([
        ddmmyyyy(l.date),
        l.text,
        l.reference ?? '',
        l.minor < 0 ? grouped(-l.minor) : '',
        l.minor > 0 ? grouped(l.minor) : '',
        grouped(l.balance),
      ]);
      rowOf.set(l, out.length);
    }
    out.push(['', 'BALANCE C/F', '', '', '', grouped(closing)]);
    return {
      file,
      headerRow,
      rowOf,
      content: toCsv(out),
      order: 'oldest-first',
      layout:
        'CSV, preamble with branch, account, currency and period, header row 9; dd/mm/yyyy; Withdrawals before Deposits, grouped with commas, blank when unused; cheque numbers in Chq/Ref No (the reference); undated BALANCE B/F and BALANCE C/F rows',
      readOptions: {
        currency: 'GHS',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          description: 'Particulars',
          reference: 'Chq/Ref No',
          moneyOut: 'Withdrawals',
          moneyIn: 'Deposits',
          balance: 'Balance',
        },
      },
    };
  },

  bookFile(rows, { opening, closing }) {
    const file = 'zarmoney-register-kwahurural-aug2032.xlsx';
    const headerRow = 5;
    const aoa = [
      ['Nkawkaw Green Waste Services Ltd'],
      ['Account Register: Kwahu Rural Current'],
      ['August 1, 2032 - August 31, 2032'],
      [],
      ['Date', 'Type', 'Num', 'Payee', 'Memo', 'Payment', 'Deposit', 'Balance'],
      ['08/01/2032', 'Beginning Balance', '', '', '', null, null, cellNumber(opening)],
    ];
    const rowOf = new Map();
    let bal = opening;
    for (const r of rows) {
      bal += r.minor;
      const type =
        r.party === null
          ? r.minor > 0
            ? 'Deposit'
            : r.ref
              ? 'Expense'
              : 'Transfer'
          : r.minor > 0
            ? 'Customer Payment'
            : /^\d{6}$/.test(r.ref ?? '')
              ? 'Check'
              : 'Bill Payment';
      aoa.push([
        mmddyyyy(r.date),
        type,
        r.ref ?? '',
        r.party ?? '',
        r.desc,
        r.minor < 0 ? cellNumber(-r.minor) : null,
        r.minor > 0 ? cellNumber(r.minor) : null,
        cellNumber(bal),
      ]);
      rowOf.set(r, aoa.length);
    }
    if (bal !== closing) throw new Error('ZarMoney closing balance');
    return {
      file,
      headerRow,
      rowOf,
      content: toXlsx('Register', aoa),
      layout:
        'XLSX, sheet Register; three title rows and a blank row, header row 5; dates as MM/DD/YYYY text (a US package); Payment = money out, Deposit = money in, number cells; running balance; a dated Beginning Balance row; Type not mapped',
      readOptions: {
        currency: 'GHS',
        sheet: 'Register',
        dateOrder: 'MDY',
        mapping: {
          date: 'Date',
          reference: 'Num',
          party: 'Payee',
          description: 'Memo',
          moneyOut: 'Payment',
          moneyIn: 'Deposit',
          balance: 'Balance',
        },
      },
      nonEntryRows: [{ row: 6, why: 'beginning balance of the register, not an entry' }],
      describe: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
    };
  },
};
