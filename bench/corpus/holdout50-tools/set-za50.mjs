// ZA: a community radio station in Fordsburg, Johannesburg, banking with Habib Overseas Bank, books in Money Manager Ex.
// August 2032.
import { grouped, major, toCsv } from './lib50.mjs';

const EFT_FEE = 850;
const DO_FEE = 400;

export default {
  set: 'za-habiboverseas-mmex',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  year: 2032,
  month: 8,
  holidays: ['2032-08-09'], // National Women's Day
  bank: 'Habib Overseas Bank Ltd',
  package: 'Money Manager Ex (transactions of the account Habib Current, exported to CSV)',
  business:
    'a community radio station in Fordsburg, Johannesburg, run as a non-profit company (airtime sold to local advertisers and government campaigns, an MDDA grant, listener donations and a Ramadan appeal, outside-broadcast events, presenters on stipends)',
  ledgerAccount: 'Habib Current',

  events(m) {
    [EFT_FEE, DO_FEE, 4500, 9500].forEach((f) => m.fixed(f));
    const R = (date, minor, desc, ref, party) => m.row(date, minor, desc, ref, party);
    const eft = (date, minor, text, ref) => {
      const l = m.line(date, -minor, text, ref);
      m.bankOnly(m.line(date, -EFT_FEE, 'EFT PAYMENT FEE', null), 'charge');
      return l;
    };
    const debitOrder = (date, minor, text, ref) => {
      const l = m.line(date, -minor, text, ref);
      m.bankOnly(m.line(date, -DO_FEE, 'DEBIT ORDER FEE', null), 'charge');
      return l;
    };

    // July's transmitter invoice, paid in the books on 31 July, leaving on the first working day
    const lastMonth = m.amt(5200, 7800);
    m.none(eft(m.wd(1), lastMonth, 'EFT PMT SIGNALCOM TRANSMITTER MAINT', 'SIGNALCOM JUL'), [
      'last-month',
      'no-book-row',
    ]);

    // the MDDA grant tranche quoting the project
    const mdda = m.amt(90000, 140000, 100000);
    m.auto(
      m.line(m.wd(2), mdda, 'EFT CR MDDA GRANT TRANCHE 2', 'PROJ 2031/117'),
      R(m.wd(2), mdda, 'MDDA grant tranche 2', 'MDDA 2031/117', 'Media Development and Diversity Agency'),
      ['reference'],
    );

    // advertisers quoting invoices
    for (const [day, who, inv, text, ref] of [
      [3, 'Bismillah Butchery', 'FCR-1045', 'EFT CR BISMILLAH BUTCHERY', 'AD CAMPAIGN INV1045'],
      [5, 'Crown Mines Tyre Centre', 'FCR-1048', 'EFT CR CROWN MINES TYRE', 'FCR 1048'],
      [11, 'Amina Travel and Tours', 'FCR-1051', 'EFT CR AMINA TRAVEL', 'Umrah ads 1051'],
      [13, 'Crosby Spares and Panelbeaters', 'FCR-1053', 'EFT CR CROSBY SPARES', 'INV 1053'],
      [16, 'Zam Zam Hardware', 'FCR-1054', 'EFT CR ZAMZAM HARDWARE', 'fcr-1054'],
      [20, 'Langlaagte Driving School', 'FCR-1056', 'EFT CR LANGLAAGTE DRIVING', 'Adverts inv no. 1056'],
    ]) {
      const v = m.amt(2500, 9000, 50);
      m.auto(m.line(m.wd(day), v, text, ref), R(m.wd(day - 1), v, 'Airtime July', inv, who), ['reference']);
    }

    // government campaign airtime, the remittance advice number and the invoice in the reference
    const gcis = m.amt(18000, 28000);
    m.auto(
      m.line(m.wd(7), gcis, 'EFT CR GCIS PAYMENTS', '5510442 INV1039'),
      R(m.wd(6), gcis, 'Health campaign airtime', 'FCR-1039', 'GCIS'),
      ['reference'],
    );

    // a funeral parlour pays two invoices in one EFT
    const f1 = m.amt(3000, 6000, 50);
    const f2 = m.amt(3000, 6000, 50);
    m.auto(
      m.line(m.wd(4), f1 + f2, 'EFT CR AL-NUR FUNERAL SERVICES', 'FCR1041 FCR1044'),
      [
        R(m.wd(4), f1, 'Death notices June', 'FCR-1041', 'Al-Nur Funeral Services'),
        R(m.wd(4), f2, 'Death notices July', 'FCR-1044', 'Al-Nur Funeral Services'),
      ],
      ['two-invoices'],
    );

    // a taxi association pays one sponsorship invoice in two EFTs, posted once at the second
    const t1 = m.amt(6000, 9000, 10000);
    const t2 = m.amt(4000, 7000, 10000);
    m.auto(
      [
        m.line(m.wd(8), t1, 'EFT CR WITS TAXI ASSOC', 'SPONSOR 1047 PT1'),
        m.line(m.wd(14), t2, 'EFT CR WITS TAXI ASSOC', 'SPONSOR 1047 PT2'),
      ],
      R(m.wd(14), t1 + t2, 'Traffic report sponsorship August', 'FCR-1047', 'Wits Taxi Association'),
      ['split-payment'],
    );

    // appeal donations, posted by the treasurer as one weekly total
    for (const [week, first, refs] of [
      [1, 2, ['APPEAL Y MOOSA', 'LISTENERS APPEAL', 'appeal from Z.E.']],
      [2, 7, ['appeal wk2 R Naidoo', 'APPEAL', 'SADAQAH APPEAL']],
    ]) {
      const dons = [m.amt(150, 600, 5000), m.amt(150, 600, 5000), m.amt(150, 600, 5000)];
      const donRow = R(
        m.wd(first + 3),
        dons.reduce((s, v) => s + v, 0),
        `Listener donations - appeal week ${week}`,
        null,
        'Listeners appeal',
      );
      m.auto(
        dons.map((v, i) => m.line(m.wd(first + i), v, 'EFT CR DONATION', refs[i])),
        donRow,
        ['many-to-one', 'donations'],
      );
    }

    // outside-broadcast takings by card (Yoco payouts net of fee, booked gross) and cash
    for (const [day, ev] of [
      [6, 'Heritage market OB'],
      [16, 'Oriental Plaza OB'],
      [19, "Women's Month picnic OB"],
    ]) {
      const g = m.amt(4000, 9000);
      const fee = Math.round(g * 0.0295);
      m.suggest(
        m.line(m.wd(day), g - fee, 'EFT CR YOCO TECHNOLOGIES PAYOUT', `YOCO P${m.digits(7)}`),
        R(m.before(m.wd(day), 1), g, `Card takings ${ev}`, null, 'Yoco'),
        ['net-of-fee'],
        false,
      );
    }
    const cash = m.amt(1800, 3200, 1000);
    m.auto(
      m.line(m.wd(17), cash, 'CASH DEPOSIT FORDSBURG BR OB GATE TAKINGS', null),
      R(m.wd(17), cash, 'OB gate takings cash banked', null, null),
      ['name-only'],
    );
    m.bankOnly(m.line(m.wd(17), -m.fixed(Math.round(cash * 0.012) + 2500), 'CASH DEPOSIT FEE', null), 'charge');

    // paid by name only
    const fm = m.amt(1500, 2800, 50);
    m.auto(
      m.line(m.wd(10), fm, 'EFT CR FATIMA MOOSA CATERING', null),
      R(m.wd(10), fm, 'Eid programme sponsorship', null, 'Fatima Moosa Catering'),
      ['name-only'],
    );

    // a tie: two equal monthly ad slots of a motor dealer, one paid by name
    const tie = m.amt(2200, 3200, 100);
    const amod = [
      R(m.wd(1), tie, 'Airtime June', 'FCR-1032', 'Amod Motors'),
      R(m.wd(2), tie, 'Airtime July', 'FCR-1043', 'Amod Motors'),
    ];
    m.anyOf(m.line(m.wd(15), tie, 'EFT CR AMOD MOTORS', null), [[amod[0]], [amod[1]]], 'suggest', ['tie'], {
      mustNotAuto: true,
    });

    // part payment of an invoice the bookkeeper marked paid
    const pf = m.amt(5200, 7800, 100);
    const pp = m.fixed(Math.floor(pf / 200000) * 100000);
    m.suggest(
      m.line(m.wd(12), pp, 'EFT CR FORDSBURG PHARM 14TH ST', 'PART INV 1049'),
      R(m.wd(12), pf, 'Airtime July', 'FCR-1049', 'Fordsburg Pharmacy on 14th'),
      ['part-payment'],
      true,
    );

    // twins: the ratepayers' association pays two equal notice packages the same day
    const tw = m.amt(600, 1100, 50);
    const rate = [
      R(m.wd(13), tw, 'Community notices package', null, 'Fordsburg Ratepayers Association'),
      R(m.wd(13), tw, 'Community notices package', null, 'Fordsburg Ratepayers Association'),
    ];
    for (let i = 0; i < 2; i++)
      m.anyOf(
        m.line(m.wd(13), tw, 'EFT CR FORDSBURG RATEPAYERS', 'NOTICES'),
        [[rate[0]], [rate[1]]],
        'auto',
        ['twins'],
        {
          ambiguous: true,
        },
      );

    // decoy: Ismail Patel pays his invoice; Ismail Patel Attorneys sends the same sum with no reference
    const ip = m.amt(1200, 2400, 50);
    m.auto(
      m.line(m.wd(9), ip, 'EFT CR I PATEL', 'FCR1050'),
      R(m.wd(9), ip, 'Shop opening live read', 'FCR-1050', 'Ismail Patel'),
      ['reference'],
    );
    m.none(m.line(m.wd(18), ip, 'EFT CR ISMAIL PATEL ATTORNEYS', null), ['decoy']);

    // unknown receipt
    m.none(m.line(m.wd(19), m.amt(200, 500, 100), 'EFT CR MR N DLAMINI', null), ['unknown']);

    // signal distribution, licences, royalties by debit order and EFT
    const sig = m.amt(5200, 7800);
    m.auto(
      debitOrder(m.wd(2), sig, 'DEBIT ORDER SENTECH', 'ACC 3011447 AUG'),
      R(m.wd(2), -sig, 'Signal distribution August', 'ACC 3011447', 'Sentech'),
      ['reference'],
    );
    const icasa = m.amt(2500, 4200);
    m.auto(
      eft(m.wd(6), icasa, 'EFT PMT ICASA', 'CBS LIC 2032088'),
      R(m.wd(6), -icasa, 'Annual class licence fee', 'CBS 2032088', 'ICASA'),
      ['reference'],
    );
    const samro = m.amt(1100, 1900);
    m.auto(
      debitOrder(m.wd(3), samro, 'DEBIT ORDER SAMRO', '7741026'),
      R(m.wd(3), -samro, 'Music licence', '7741026', 'SAMRO'),
      ['reference'],
    );
    const fibre = m.amt(900, 1500);
    m.auto(
      debitOrder(m.wd(1), fibre, 'DEBIT ORDER AFRIHOST', 'AH1144870'),
      R(m.wd(1), -fibre, 'Studio fibre August', 'AH1144870', 'Afrihost'),
      ['reference'],
    );

    const data = m.amt(700, 1300);
    m.auto(
      debitOrder(m.wd(5), data, 'DEBIT ORDER VODACOM', 'VC 88120457'),
      R(m.wd(5), -data, 'Field reporters data contracts', 'VC 88120457', 'Vodacom'),
      ['reference'],
    );
    const ins = m.amt(1300, 2100);
    m.auto(
      debitOrder(m.wd(10), ins, 'DEBIT ORDER SANTAM', 'POL 0044178213'),
      R(m.wd(10), -ins, 'Studio and OB equipment cover', 'POL 0044178213', 'Santam'),
      ['reference'],
    );

    // the sound engineer's EFT returned for an invalid account, and paid again
    const se = m.amt(3500, 6000);
    const seRow = R(m.wd(8), -se, 'OB sound engineering invoice SE-224', 'SE-224', 'Tumelo Sound Hire');
    const first = eft(m.wd(8), se, 'EFT PMT TUMELO SOUND HIRE', 'SE-224');
    const back = m.line(m.wd(10), se, 'EFT RETURNED INVALID ACCOUNT NO', 'SE-224 TUMELO SOUND');
    m.reversal(first, back, ['returned-transfer']);
    m.auto(eft(m.wd(11), se, 'EFT PMT TUMELO SOUND HIRE', 'SE224 RESEND'), seRow, ['resent']);

    // stipends, SARS, the City and rent
    const st = m.amt(32000, 44000);
    m.auto(
      m.line(m.wd(-3), -st, 'BATCH PMT PRESENTER STIPENDS AUG', 'BATCH 0831'),
      R(m.wd(-3), -st, 'Presenter stipends August', 'BATCH 0831', null),
      ['reference', 'payroll'],
    );
    m.bankOnly(m.line(m.wd(-3), -m.fixed(16 * 450), 'BATCH PAYMENT FEE 16 ITEMS', null), 'charge');
    const sars = m.amt(4200, 6800);
    m.auto(
      eft(m.wd(4), sars, 'EFT PMT SARS-EMP201', '7230456789LC2032007'),
      R(m.wd(4), -sars, 'EMP201 July PAYE UIF SDL', '7230456789LC2032007', 'SARS'),
      ['reference'],
    );
    const coj = m.amt(2800, 4600);
    m.auto(
      eft(m.wd(12), coj, 'EFT PMT CITY OF JHB', '550114477'),
      R(m.wd(12), -coj, 'Electricity and rates', '550114477', 'City of Johannesburg'),
      ['reference'],
    );
    const rent = m.amt(9000, 12000, 50000);
    m.auto(
      eft(m.wd(1), rent, 'EFT PMT FORDSBURG SQUARE PROP', 'STUDIO RENT AUG'),
      R(m.wd(1), -rent, 'Studio rent August', null, 'Fordsburg Square Properties'),
      ['name-only'],
    );

    // own transfer to the call account
    const call = m.amt(15000, 25000, 100000);
    m.auto(
      m.line(m.wd(-2), -call, 'TRF TO CALL ACC 40055190', null),
      R(m.wd(-2), -call, 'Transfer to call account 40055190', null, null),
      ['own-transfer'],
    );

    // an unbooked card purchase
    m.none(m.line(m.wd(16), -m.amt(300, 900), 'CARD PURCHASE MAKRO CROWN MINES', null), ['no-book-row']);

    // month-end charges and interest
    m.bankOnly(m.line(m.wd(-1), -9500, 'MONTHLY SERVICE FEE', null), 'charge');
    m.bankOnly(m.line(m.wd(-1), -m.fixed(m.int(30, 60) * 120), 'NOTIFICATION FEES', null), 'charge');
    m.bankOnly(m.line(m.wd(-1), m.fixed(m.int(4000, 9000)), 'CREDIT INTEREST', null), 'interest');

    // in the books only
    const sch = m.amt(2200, 3600);
    m.onlyInBooks(
      R(m.wd(-1), -sch, 'Jingles production', 'JP-88', 'Jozi Jingle Studio'),
      'EFT captured on 31 August, released by the bank in September',
    );

    const opening = m.amt(60000, 90000, 100);
    return { opening, bookOpening: opening - lastMonth };
  },

  bankFile(lines, { opening }) {
    const file = 'habiboverseas-5519-aug2032.csv';
    const headerRow = 5;
    const d = (iso) => iso.replace(/-/g, '/');
    const out = [
      ['HABIB OVERSEAS BANK LIMITED'],
      ['Statement for account ****5519 FORDSBURG COMMUNITY RADIO NPC'],
      ['Period 2032/08/01 - 2032/08/31'],
      ['Currency ZAR'],
      ['Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
    ];
    const rowOf = new Map();
    for (const l of [...lines].reverse()) {
      out.push([
        d(l.date),
        l.text,
        l.reference ?? '',
        l.minor < 0 ? grouped(-l.minor, ' ') : '',
        l.minor > 0 ? grouped(l.minor, ' ') : '',
        grouped(l.balance, ' '),
      ]);
      rowOf.set(l, out.length);
    }
    out.push(['', 'Opening Balance', '', '', '', grouped(opening, ' ')]);
    return {
      file,
      headerRow,
      rowOf,
      content: toCsv(out),
      order: 'newest-first',
      layout:
        'CSV, four preamble rows, header row 5; newest first; yyyy/mm/dd; Debit and Credit with a space as thousands separator, blank when unused; the payer or beneficiary reference in Reference; an undated Opening Balance row under the lines',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
      },
    };
  },

  bookFile(rows) {
    const file = 'mmex-habib-current-aug2032.csv';
    const headerRow = 1;
    const out = [
      ['ID', 'Date', 'Status', 'Type', 'Account', 'Payee', 'Category', 'Amount', 'Currency', 'Number', 'Notes'],
    ];
    const rowOf = new Map();
    let id = 1207;
    for (const r of rows) {
      const type = r.party === null && r.minor < 0 && !r.ref ? 'Transfer' : r.minor > 0 ? 'Deposit' : 'Withdrawal';
      const cat = r.minor > 0 ? 'Income:Airtime and grants' : r.party === null ? '' : 'Expenses:Station';
      out.push([
        id++,
        r.date,
        '',
        type,
        'Habib Current',
        r.party ?? '',
        cat,
        major(Math.abs(r.minor)),
        'ZAR',
        r.ref ?? '',
        r.desc,
      ]);
      rowOf.set(r, out.length);
    }
    return {
      file,
      headerRow,
      rowOf,
      content: toCsv(out),
      layout:
        'CSV, header on row 1; ISO dates; an unsigned Amount whose direction is in Type (Withdrawal and Transfer out, Deposit in); Account names Habib Current on every row; Number is the reference, Notes the description; ID, Status, Category and Currency not mapped; no balance, opening or total row',
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          reference: 'Number',
          party: 'Payee',
          description: 'Notes',
          account: 'Account',
          amount: 'Amount',
          direction: { column: 'Type', out: ['Withdrawal', 'Transfer'], in: ['Deposit'] },
        },
      },
      describe: (r) => ({ description: r.desc, reference: r.ref, party: r.party }),
    };
  },
};
