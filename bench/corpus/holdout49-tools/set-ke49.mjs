// KE: a tour and safari operator in Karen, Nairobi, banking with Maisha MFB and keeping its books in Pandle.
import { csv, dateText, grouped, later } from './lib49.mjs';

export default {
  set: 'ke-maisha-pandle',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  year: 2031,
  mon: 10,
  holidays: ['2031-10-10', '2031-10-20'],
  bankName: 'Maisha Microfinance Bank Ltd',
  packageName: 'Pandle (bank account transactions of Maisha Current, exported to CSV)',
  business:
    'a tour and safari operator in Karen, Nairobi (Maasai Mara and Amboseli safaris for direct clients and foreign agents, day trips, corporate retreats)',
  bankFile: 'maisha-3318-oct2031.csv',
  ledgerFile: 'pandle-maisha-current-oct2031.csv',
  ledgerAccount: 'Maisha Current',

  notes: [
    'Every transfer fee and the ledger and SMS fees carry 20 % excise duty on a line of their own (kind tax).',
    "Horizon Reisen's USD 6,420.00 is booked at the invoice rate and credited at the bank's: auto with the exchange difference; the SWIFT commission is its own line.",
    'The Olare Plains Camp EFT was returned (account closed) and sent again by RTGS; the book row is dated at the first attempt.',
    "10 October (Mazingira Day) and 20 October (Mashujaa Day) are closed days. The books open below the bank by September's Mara Serian Camp EFT, which leaves on 1 October.",
  ],

  build(b) {
    const { m, draw, fixed, line, row, say, onlyInBooks } = b;
    // a fee and the 20 % excise duty on it, each on a line of its own
    const charge = (date, text, fee) => {
      say(line({ date, text, amount: -fee }), { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });
      say(line({ date, text: `EXCISE DUTY ON ${text}`, amount: -Math.round(fee * 0.2) }), {
        decision: 'bank-only',
        kind: 'tax',
        traits: ['bank-only'],
      });
    };
    const FEES = { EFT: 7500, RTGS: 50000, PESALINK: 10000 };
    const out = (date, rail, text, amount, extra = {}) => {
      const L = line({ date, text: `${rail} ${text}`, amount, ...extra });
      charge(date, `${rail} CHARGE`, FEES[rail]);
      return L;
    };
    let sr = 4410;
    const rec = (date, party, desc, amount, ref = `SR-${sr++}`, type = 'Sales receipt') =>
      row({ date, ref, type, party, desc, category: 'Safari income', amount });
    const pay = (date, party, desc, amount, category, ref = '', type = 'Supplier payment') =>
      row({ date, ref, type, party, desc, category, amount });
    const auto = (L, rows, evidence, traits, extra = {}) =>
      say(L, { decision: 'auto', ledger: rows, evidence, traits, ...extra });

    // last month's camp payment leaves on the first working day
    const lm = -draw(180000, 260000, 500);
    say(out(m.wd(1), 'EFT', 'TO MARA SERIAN CAMP SEPT', lm), { decision: 'none', traits: ['prior-period'] });

    // direct clients' deposits quoting the booking
    for (const [day, who, bk, lo, hi] of [
      [2, 'JANE WANJIRU', '2291', 120000, 180000],
      [7, 'DAVID OCHIENG', '2296', 90000, 150000],
      [14, 'PRIYA SHAH', '2302', 200000, 320000],
    ]) {
      const a = draw(lo, hi, 100);
      const L = line({ date: m.wd(day), text: `EFT FRM ${who} BKG ${bk} DEP`, amount: a });
      const party = who
        .split(' ')
        .map((w) => w[0] + w.slice(1).toLowerCase())
        .join(' ');
      auto(L, [rec(L.date, party, `Deposit booking NTS-B${bk}`, a)], 'reference', [
        'reference-hit',
        'reference-written-differently',
      ]);
    }
    // a balance paid by name only
    const bal = draw(160000, 240000, 100);
    auto(
      line({ date: m.wd(8), text: 'EFT FRM SAMUEL KIPRONO', amount: bal }),
      [rec(m.wd(8), 'Samuel Kiprono', 'Balance Amboseli 3 nights', bal)],
      'counterparty',
      ['partner-name', 'name-only'],
    );

    // a German agent pays in USD; the bank converts at its rate and takes its commission apart
    const usd = 642000; // USD 6,420.00 in cents
    const booked = Math.round((usd * 12910) / 10000); // the books' rate at invoice: 129.10
    const credited = Math.round((usd * 12835) / 10000); // the bank's buying rate: 128.35
    fixed(booked);
    fixed(credited);
    const SW = line({
      date: m.wd(6),
      text: 'INWARD SWIFT HORIZON REISEN GMBH USD 6,420.00 @128.35 INV NTS-2276',
      amount: credited,
    });
    auto(
      SW,
      [
        rec(
          later(m.from, m.addWd(SW.date, -1)),
          'Horizon Reisen GmbH',
          'Invoice NTS-2276 (USD 6,420.00 at 129.10)',
          booked,
          'SR-A2276',
        ),
      ],
      'reference',
      ['reference-hit', 'fx-difference'],
      { difference: credited - booked },
    );
    say(line({ date: m.wd(6), text: 'SWIFT INWARD COMMISSION', amount: -fixed(150000) }), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bank-only'],
    });

    // a local agent pays two bookings in one RTGS
    const s1 = draw(300000, 450000, 500);
    const s2 = draw(180000, 280000, 500);
    auto(
      line({ date: m.wd(9), text: 'RTGS CR SAVANNA LINKS TOURS NTS2284/NTS2287', amount: s1 + s2 }),
      [
        rec(m.wd(9), 'Savanna Links Tours', 'Invoice NTS-2284 Mara 4 pax', s1),
        rec(m.wd(9), 'Savanna Links Tours', 'Invoice NTS-2287 Naivasha 2 pax', s2),
      ],
      'reference',
      ['reference-hit', 'split-one-to-many'],
    );

    // a water agency (appointed VAT withholding agent) pays a staff retreat less 2 % of the value before VAT
    const net = draw(400000, 550000, 1000);
    const gross = net + Math.round(net * 0.16);
    const paid = gross - Math.round(net * 0.02);
    auto(
      line({ date: m.wd(15), text: 'EFT CR KERIO VALLEY WATER AGENCY LPO 4471', amount: paid }),
      [rec(m.wd(15), 'Kerio Valley Water Agency', 'Invoice NTS-2290 staff retreat LPO 4471', gross)],
      'reference',
      ['reference-hit', 'withholding-vat'],
      { difference: paid - gross },
    );

    // one booking over the PesaLink limit, in two transfers; one receipt in the books
    const big = draw(1350000, 1600000, 1000);
    const p1 = fixed(99900000);
    const P1 = line({ date: m.wd(13), text: 'PESALINK FRM ANITA MUTUA NTS-B2299', amount: p1 });
    const P2 = line({ date: m.wd(14), text: 'PESALINK FRM ANITA MUTUA NTS-B2299 BAL', amount: big - p1 });
    const PR = rec(P2.date, 'Anita Mutua', 'Family safari booking NTS-B2299 (two transfers)', big);
    for (const L of [P1, P2]) auto(L, [PR], 'reference', ['split-many-to-one'], { group: 'mutua-2299' });

    // part payment receipted as the whole
    const hInv = draw(280000, 360000, 1000);
    const hPaid = fixed(Math.round((hInv * 0.4) / 500000) * 500000);
    say(line({ date: m.wd(17), text: 'EFT FRM HASSAN ABDI PART PYMT', amount: hPaid }), {
      decision: 'suggest',
      ledger: [rec(m.wd(17), 'Hassan Abdi', 'Samburu 3 nights NTS-B2305', hInv)],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['part-payment', 'partner-name'],
    });

    // a tie: a school's two equal day-trip invoices, one paid by name
    const day = draw(35000, 55000, 500);
    const T1 = rec(m.wd(2), 'Karen Hills School', 'Nairobi NP day trip Grade 5 NTS-D118', day, 'SR-D118');
    const T2 = rec(m.wd(2), 'Karen Hills School', 'Nairobi NP day trip Grade 6 NTS-D119', day, 'SR-D119');
    say(line({ date: m.wd(22), text: 'EFT FRM KAREN HILLS SCHOOL', amount: day }), {
      decision: 'suggest',
      ledger: null,
      anyOf: [[T1], [T2]],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['tie-refused', 'partner-name'],
    });

    // twins: a hotel concierge pays two equal half-day tours the same day
    const ht = draw(18000, 26000, 500);
    const H1 = line({ date: m.wd(16), text: 'EFT FRM ACACIA GARDEN HOTEL', amount: ht });
    const H2 = line({ date: m.wd(16), text: 'EFT FRM ACACIA GARDEN HOTEL', amount: ht });
    const HR1 = rec(m.wd(16), 'Acacia Garden Hotel', 'Half-day Giraffe Centre tour guest A', ht);
    const HR2 = rec(m.wd(16), 'Acacia Garden Hotel', 'Half-day Giraffe Centre tour guest B', ht);
    for (const L of [H1, H2])
      say(L, {
        decision: 'auto',
        ledger: null,
        anyOf: [[HR1], [HR2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['twins-never-merged', 'partner-name'],
      });

    // the decoy: a like-named company sends a client's exact balance
    const mk = draw(110000, 170000, 500);
    auto(
      line({ date: m.wd(21), text: 'EFT FRM MWANGI KARIUKI BKG 2309 BAL', amount: mk }),
      [rec(m.wd(21), 'Mwangi Kariuki', 'Balance booking NTS-B2309', mk)],
      'reference',
      ['reference-hit'],
    );
    say(line({ date: m.wd(23), text: 'EFT FRM MWANGI KARIUKI AND SONS LTD', amount: mk }), {
      decision: 'none',
      decoy: true,
      traits: ['decoy', 'same-amount'],
    });

    // an unknown receipt
    say(line({ date: m.wd(24), text: 'EFT FRM GLOBAL CONNECT LTD', amount: draw(20000, 45000, 100) }), {
      decision: 'none',
      traits: ['unknown-receipt'],
    });

    // walk-in and small clients pay to the M-PESA paybill; swept to the bank weekly net of the paybill charges
    for (const [d, span] of [
      [6, '29 Sep-5 Oct'],
      [13, '6-12 Oct'],
      [21, '13-19 Oct'],
      [27, '20-26 Oct'],
    ]) {
      const g = draw(60000, 140000, 100);
      const n = g - Math.round(g * 0.0055) - 4000;
      const L = line({ date: m.wd(d), text: 'MPESA C2B SETTLEMENT PAYBILL 522119', amount: n });
      say(L, {
        decision: 'suggest',
        ledger: [rec(later(m.from, m.addWd(L.date, -1)), 'M-PESA paybill', `Paybill 522119 receipts ${span}`, g)],
        evidence: 'reference',
        mustNotAuto: false,
        traits: ['net-of-fee'],
      });
    }
    onlyInBooks(
      rec(m.to, 'M-PESA paybill', 'Paybill 522119 receipts 27-31 Oct', draw(60000, 140000, 100)),
      'swept to the bank next month',
    );

    // a camp payment returned (account closed), sent again by RTGS to the camp's new account
    const camp = -draw(300000, 420000, 500);
    const E1 = out(m.wd(7), 'EFT', 'TO OLARE PLAINS CAMP INV OPC5518', camp);
    const E2 = line({ date: m.wd(9), text: 'EFT RETURN OLARE PLAINS CAMP INV OPC5518 A/C CLOSED', amount: -camp });
    say(E1, { decision: 'reversal-pair', partner: E2, traits: ['returned-transfer'] });
    say(E2, { decision: 'reversal-pair', partner: E1, traits: ['returned-transfer'] });
    const E3 = out(m.wd(10), 'RTGS', 'TO OLARE PLAINS CAMP LTD INV OPC5518', camp);
    auto(
      E3,
      [
        pay(
          m.wd(7),
          'Olare Plains Camp Ltd',
          'Invoice OPC5518 accommodation NTS-B2291',
          camp,
          'Cost of sales:Accommodation',
        ),
      ],
      'reference',
      ['reference-hit', 'sent-again'],
    );

    // suppliers and park fees
    const supplier = (d, rail, text, party, desc, lo, hi, category, ev, traits) => {
      const a = -draw(lo, hi, 100);
      const L = out(m.wd(d), rail, text, a);
      auto(L, [pay(L.date, party, desc, a, category)], ev, traits);
    };
    supplier(
      3,
      'RTGS',
      'TO ECITIZEN KWS PARK FEES BILL EC7731205',
      'Kenya Wildlife Service',
      'Amboseli park fees bill EC7731205',
      150000,
      260000,
      'Cost of sales:Park fees',
      'reference',
      ['reference-hit'],
    );
    supplier(
      15,
      'RTGS',
      'TO NAROK COUNTY REVENUE MMNR 88412',
      'Narok County Government',
      'Maasai Mara reserve fees receipt MMNR 88412',
      300000,
      480000,
      'Cost of sales:Park fees',
      'reference',
      ['reference-hit'],
    );
    supplier(
      8,
      'EFT',
      'TO AMBOSELI TENTED LODGE',
      'Amboseli Tented Lodge Ltd',
      'Accommodation 2 rooms 3 nights',
      140000,
      220000,
      'Cost of sales:Accommodation',
      'counterparty',
      ['partner-name'],
    );
    supplier(
      22,
      'EFT',
      'TO JUMBO AUTO GARAGE',
      'Jumbo Auto Garage',
      'Land Cruiser KDM 412X service',
      45000,
      90000,
      'Vehicle repairs',
      'counterparty',
      ['partner-name', 'name-only'],
    );
    supplier(
      24,
      'EFT',
      'TO KATO ANNUAL SUBSCRIPTION',
      'KATO',
      'Kenya Association of Tour Operators subscription',
      30000,
      45000,
      'Subscriptions',
      'counterparty',
      ['partner-name'],
    );
    supplier(
      28,
      'EFT',
      'TO KAREN CROSSROADS PROPERTIES RENT NOV',
      'Karen Crossroads Properties',
      'Office rent November',
      85000,
      110000,
      'Rent',
      'counterparty',
      ['partner-name'],
    );

    // fuel cards and insurance by debit order (no transfer charge)
    const dd = (d, text, party, desc, lo, hi, category, ev, traits) => {
      const a = -draw(lo, hi, 100);
      auto(
        line({ date: m.wd(d), text, amount: a }),
        [pay(m.wd(d), party, desc, a, category, '', 'Direct debit')],
        ev,
        traits,
      );
    };
    dd(
      6,
      'DD VIVO ENERGY FUEL CARD 60012',
      'Vivo Energy',
      'Fuel card account 60012 September',
      180000,
      260000,
      'Fuel',
      'reference',
      ['reference-hit'],
    );
    dd(
      1,
      'DD APA INSURANCE POL MV/2231/0418',
      'APA Insurance',
      'Fleet policy MV/2231/0418 October',
      60000,
      85000,
      'Insurance',
      'reference',
      ['reference-hit'],
    );

    // the vehicle asset-finance loan: one debit, principal and interest apart
    const lp = -draw(210000, 260000, 100);
    const li = -draw(45000, 60000, 100);
    auto(
      line({ date: m.wd(27), text: 'LOAN REPAYMENT AF/7719 OCT', amount: lp + li }),
      [
        pay(m.wd(27), 'Maisha MFB', 'Asset finance AF/7719 principal', lp, 'Loan', '', 'Journal'),
        pay(m.wd(27), 'Maisha MFB', 'Asset finance AF/7719 interest', li, 'Interest', '', 'Journal'),
      ],
      'reference',
      ['reference-hit', 'split-one-to-many'],
    );

    // payroll and statutory
    const sal = -draw(950000, 1150000, 100);
    const SL = line({ date: m.wd(28), text: 'BULK EFT SALARIES OCT BATCH 1031', amount: sal });
    charge(SL.date, 'BULK EFT CHARGE 14 ITEMS', 14 * 3000);
    auto(
      SL,
      [pay(SL.date, 'Staff', 'October salaries batch 1031', sal, 'Salaries', 'PAY-1031', 'Journal')],
      'reference',
      ['reference-hit'],
    );
    const prn = (d, text, party, desc, lo, hi, category) => {
      const a = -draw(lo, hi, 100);
      const L = out(m.wd(d), 'EFT', text, a);
      auto(L, [pay(L.date, party, desc, a, category)], 'reference', ['reference-hit']);
    };
    prn(
      8,
      'TO KRA PAYE SEP PRN 2031090047713',
      'Kenya Revenue Authority',
      'PAYE September PRN 2031090047713',
      140000,
      190000,
      'PAYE',
    );
    prn(
      8,
      'TO KRA HOUSING LEVY SEP PRN 2031090047714',
      'Kenya Revenue Authority',
      'Housing levy September PRN 2031090047714',
      25000,
      35000,
      'Housing levy',
    );
    prn(9, 'TO NSSF SEP SLIP 88120431', 'NSSF', 'NSSF September slip 88120431', 24000, 32000, 'NSSF');
    prn(
      9,
      'TO SHIF SEP ER 5521907',
      'Social Health Authority',
      'SHIF September employer 5521907',
      26000,
      36000,
      'SHIF',
    );

    // transfer to the fixed deposit
    const fd = fixed(-50000000);
    auto(
      line({ date: m.wd(29), text: 'TRF TO FIXED DEPOSIT FD-0931 NYOTA TRAILS', amount: fd }),
      [
        row({
          date: m.wd(29),
          ref: 'TRF-0931',
          type: 'Transfer',
          party: 'Maisha Fixed Deposit',
          desc: 'Placement FD-0931',
          category: 'Transfer',
          amount: fd,
        }),
      ],
      'reference',
      ['reference-hit', 'own-account'],
    );

    // a card spend nobody booked; a camp paid on the last day, leaving the bank in November
    say(line({ date: m.wd(23), text: 'POS CARREFOUR GALLERIA', amount: -draw(6000, 14000, 1) }), {
      decision: 'none',
      traits: ['unbooked-expense'],
    });
    onlyInBooks(
      pay(
        m.to,
        'Olare Plains Camp Ltd',
        'Invoice OPC5561 accommodation',
        -draw(250000, 350000, 500),
        'Cost of sales:Accommodation',
      ),
      'payment made after the bank cut-off',
    );

    // month-end
    charge(m.wd(31), 'LEDGER FEE', 60000);
    charge(m.wd(31), 'SMS ALERTS', 10000);
    return { openingBank: 420000000, bookOffset: lm };
  },

  // Maisha MFB statement CSV (assumed shape): preamble with both balances, header row 10, newest first, dd Mon yyyy,
  // Money Out before Money In, grouped amounts.
  writeBank(lines, { opening, closing }) {
    const out = [
      ['MAISHA MICROFINANCE BANK LTD'],
      ['Statement of Account'],
      ['Account Name:', 'NYOTA TRAILS SAFARIS LTD'],
      ['Account No:', '1001****3318'],
      ['Currency:', 'KES'],
      ['Period:', '01 Oct 2031 to 31 Oct 2031'],
      ['Opening Balance:', grouped(opening)],
      ['Closing Balance:', grouped(closing)],
      [],
      ['Posting Date', 'Value Date', 'Narrative', 'Reference No', 'Money Out', 'Money In', 'Ledger Balance'],
    ];
    const headerRow = out.length;
    let tr = 880140;
    const refs = new Map(lines.map((L) => [L, `FT31${String(tr++)}`]));
    for (const L of [...lines].reverse()) {
      out.push([
        dateText(L.date, 'd Mon y'),
        dateText(L.valueDate, 'd Mon y'),
        L.text,
        refs.get(L),
        L.amount < 0 ? grouped(L.amount) : '',
        L.amount > 0 ? grouped(L.amount) : '',
        grouped(L.balance),
      ]);
      L.row = out.length;
      L.readText = L.text;
      L.readRef = refs.get(L);
      L.ref = L.readRef;
    }
    return {
      content: csv(out),
      headerRow,
      layout:
        "Maisha MFB statement CSV: preamble (name, masked number, currency, period, both balances), header row 10 Posting Date, Value Date, Narrative, Reference No (the bank's own FT number), Money Out, Money In, Ledger Balance; dd Mon yyyy; grouped amounts; newest first",
      order: 'newest-first',
      readOptions: {
        currency: 'KES',
        mapping: {
          date: 'Posting Date',
          valueDate: 'Value Date',
          description: 'Narrative',
          reference: 'Reference No',
          moneyOut: 'Money Out',
          moneyIn: 'Money In',
          balance: 'Ledger Balance',
        },
      },
    };
  },

  // Pandle bank account transactions CSV (assumed shape): header row 1, a dated Opening balance row, dd/mm/yyyy,
  // Money In and Money Out, running balance.
  writeBooks(rows, { opening }) {
    const out = [
      ['Date', 'Type', 'Reference', 'Description', 'Customer/Supplier', 'Category', 'Money In', 'Money Out', 'Balance'],
    ];
    out.push(['01/10/2031', '', '', 'Opening balance', '', '', '', '', grouped(opening)]);
    const nonEntryRows = [{ row: 2, why: 'opening balance of the account, not an entry' }];
    for (const R of rows) {
      out.push([
        dateText(R.date, 'dmy/'),
        R.type,
        R.ref,
        R.desc,
        R.party,
        R.category,
        R.amount > 0 ? grouped(R.amount) : '',
        R.amount < 0 ? grouped(R.amount) : '',
        grouped(R.balance),
      ]);
      R.row = out.length;
      R.readDesc = R.desc;
      R.readRef = R.ref || null;
      R.readParty = R.party;
    }
    return {
      content: csv(out),
      headerRow: 1,
      nonEntryRows,
      layout:
        'Pandle bank account transactions CSV: header row 1 Date, Type, Reference, Description, Customer/Supplier, Category, Money In, Money Out, Balance; dd/mm/yyyy; grouped amounts; a dated Opening balance row',
      readOptions: {
        currency: 'KES',
        dateOrder: 'DMY',
        mapping: {
          date: 'Date',
          reference: 'Reference',
          description: 'Description',
          party: 'Customer/Supplier',
          moneyIn: 'Money In',
          moneyOut: 'Money Out',
          balance: 'Balance',
        },
      },
    };
  },
};
