// GH: a fashion and tailoring house in Ofankor, Accra, banking with Ga Rural Bank and keeping its books in HomeBank.
import { csv, dateText, later, xlsx } from './lib49.mjs';

// HomeBank payment modes (the number it writes in the payment column)
const PAY = { none: 0, cheque: 2, cash: 3, transfer: 4, internal: 5, standing: 7, electronic: 8, deposit: 9, fee: 10 };

export default {
  set: 'gh-garural-homebank',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  year: 2031,
  mon: 3,
  holidays: ['2031-03-06'],
  bankName: 'Ga Rural Bank PLC',
  packageName: 'HomeBank (transactions of the account Ga Rural Current, exported to CSV)',
  business:
    'a fashion and tailoring house in Ofankor, Accra (bespoke bridal and kente wear, ready-to-wear sold to boutiques and online, school and choir uniforms)',
  bankFile: 'garural-2046-mar2031.xlsx',
  ledgerFile: 'homebank-garural-current-mar2031.csv',
  ledgerAccount: 'Ga Rural Current',

  notes: [
    'Value dates are a working day after the date for cheques lodged; cheques paid out carry their number in CHEQUE NO.',
    "Kwesi Appiah's cheque was returned unpaid; the receipt is still in the books (ledgerOnly) and the deposit and return cancel (reversal-pair).",
    "Hubtel payouts are net of 2 % against the week's online orders posted gross: suggest, not auto.",
    'The books open below the bank by cheque 000449, written in February and presented on 3 March.',
  ],

  build(b) {
    const { m, draw, fixed, line, row, say, onlyInBooks } = b;
    const gip = (L) => {
      const F = line({ date: L.date, text: 'GIP TRANSFER CHARGE', amount: -500 });
      say(F, { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });
      return L;
    };
    const inn = (date, text, amount, extra = {}) => line({ date, text, amount, ...extra });
    const out = (date, text, amount, extra = {}) => gip(line({ date, text, amount, ...extra }));
    const rec = (date, party, memo, amount, number = '', payment = PAY.transfer) =>
      row({ date, ref: number, party, desc: memo, amount, payment, category: 'Sales' });
    const pay = (date, party, memo, amount, category, number = '', payment = PAY.transfer) =>
      row({ date, ref: number, party, desc: memo, amount, payment, category });
    const auto = (L, rows, evidence, traits, extra = {}) =>
      say(L, { decision: 'auto', ledger: rows, evidence, traits, ...extra });

    // last month's cheque to the fabric wholesaler is presented on the first working day
    const lm = -draw(4000, 6500, 100);
    const LM = line({ date: m.wd(3), text: 'INWARD CLEARING CHQ 000449', ref: '000449', amount: lm });
    say(LM, { decision: 'none', traits: ['prior-period'] });

    // bridal deposits and balances quoting the order number
    const esi = draw(3500, 6000, 50);
    auto(
      inn(m.wd(3), 'GIP TRF FRM ESI BOATENG/ADC0312 DEPOSIT', esi),
      [rec(m.wd(3), 'Esi Boateng', 'Deposit ADC-0312 bridal kente gown', esi, 'ADC-0312')],
      'reference',
      ['reference-hit', 'reference-written-differently'],
    );
    const efua = draw(4000, 7000, 50);
    auto(
      inn(m.wd(9), 'GIP TRF FRM EFUA ANSAH/BAL ON ORDER 0298', efua),
      [rec(m.wd(9), 'Efua Ansah', 'Balance ADC-0298 reception gown', efua, 'ADC-0298')],
      'reference',
      ['reference-hit', 'reference-written-differently'],
    );

    // a boutique pays two ready-to-wear invoices in one transfer
    const kk1 = draw(5000, 8000, 10);
    const kk2 = draw(2500, 4500, 10);
    auto(
      inn(m.wd(10), 'ACH CR KENTE KINGDOM BOUTIQUE INV 317 & 321', kk1 + kk2),
      [
        rec(m.wd(10), 'Kente Kingdom Boutique', 'Invoice ADC-0317 ready-to-wear', kk1, 'ADC-0317'),
        rec(m.wd(10), 'Kente Kingdom Boutique', 'Invoice ADC-0321 ready-to-wear', kk2, 'ADC-0321'),
      ],
      'reference',
      ['reference-hit', 'split-one-to-many'],
    );

    // an events planner pays twelve bridesmaids' dresses in two transfers; one receipt in the books
    const naa = draw(9000, 13000, 50);
    const n1 = fixed(500000);
    const N1 = inn(m.wd(11), 'GIP TRF FRM NAA DEDE EVENTS/ADC-0326 1ST', n1);
    const N2 = inn(m.wd(13), 'GIP TRF FRM NAA DEDE EVENTS/ADC-0326 2ND', naa - n1);
    const NR = rec(N2.date, 'Naa Dede Events', 'ADC-0326 12 bridesmaid dresses (two transfers)', naa, 'ADC-0326');
    for (const L of [N1, N2]) auto(L, [NR], 'reference', ['split-many-to-one'], { group: 'naa-0326' });

    // the public school withholds 3 % on goods
    const sch = draw(18000, 26000, 100);
    const schPaid = sch - Math.round(sch * 0.03);
    auto(
      inn(m.wd(16), 'ACH CR OFANKOR PRESBY JHS PV0457 UNIFORMS', schPaid),
      [rec(m.wd(16), 'Ofankor Presby JHS', 'ADC-0301 school uniforms 180 sets PV0457', sch, 'ADC-0301')],
      'reference',
      ['reference-hit', 'withholding-tax'],
      { difference: schPaid - sch },
    );

    // the church pays choir robes by cheque, cleared the next working day
    const rob = draw(7000, 11000, 50);
    const CH = inn(m.wd(12), 'CHQ DEP 104471 AMASAMAN METHODIST', rob, {
      ref: '104471',
      valueDate: m.addWd(m.wd(12), 1),
    });
    auto(
      CH,
      [rec(m.wd(12), 'Amasaman Methodist Church', 'Choir robes ADC-0309 chq 104471', rob, '104471', PAY.cheque)],
      'reference',
      ['cheque-number', 'reference-in-reference-field'],
    );

    // by name only
    const sel = draw(900, 1600, 10);
    auto(
      inn(m.wd(17), 'GIP TRF FRM SELASIE AGBEKO', sel),
      [rec(m.wd(17), 'Selasie Agbeko', 'Kaftan and trousers, two sets', sel)],
      'counterparty',
      ['partner-name', 'name-only'],
    );

    // part payment receipted as if in full
    const yaInv = draw(6000, 9000, 50);
    const yaPaid = fixed(Math.round((yaInv * 0.5) / 10000) * 10000);
    say(inn(m.wd(19), 'GIP TRF FRM YAA DARKO/PART PYMT', yaPaid), {
      decision: 'suggest',
      ledger: [rec(m.wd(19), 'Yaa Darko', 'Traditional wedding outfits ADC-0330', yaInv, 'ADC-0330')],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['part-payment', 'partner-name'],
    });

    // a tie: two equal alteration bills of one client, paid by name
    const dz = draw(250, 450, 10);
    const DZ1 = rec(m.wd(4), 'Dzifa Mensah', 'Alterations, two dresses ADC-A118', dz, 'ADC-A118');
    const DZ2 = rec(m.wd(4), 'Dzifa Mensah', 'Alterations, two dresses ADC-A119', dz, 'ADC-A119');
    say(inn(m.wd(23), 'GIP TRF FRM DZIFA MENSAH', dz), {
      decision: 'suggest',
      ledger: null,
      anyOf: [[DZ1], [DZ2]],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['tie-refused', 'partner-name'],
    });

    // twins: two sisters' matching kaba and slit, paid by one client in two equal transfers the same day
    const ama = draw(1100, 1500, 10);
    const A1 = inn(m.wd(18), 'GIP TRF FRM AMA SERWAA', ama);
    const A2 = inn(m.wd(18), 'GIP TRF FRM AMA SERWAA', ama);
    const AR1 = rec(m.wd(18), 'Ama Serwaa', 'Kaba and slit ADC-0333', ama, 'ADC-0333');
    const AR2 = rec(m.wd(18), 'Ama Serwaa', 'Kaba and slit ADC-0334', ama, 'ADC-0334');
    for (const L of [A1, A2])
      say(L, {
        decision: 'auto',
        ledger: null,
        anyOf: [[AR1], [AR2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['twins-never-merged', 'partner-name'],
      });

    // the decoy: a like-named stranger sends a bride's exact balance
    const adw = draw(2500, 4000, 50);
    auto(
      inn(m.wd(20), 'GIP TRF FRM ADWOA FRIMPONG/ADC0319 BAL', adw),
      [rec(m.wd(20), 'Adwoa Frimpong', 'Balance ADC-0319 bridal gown', adw, 'ADC-0319')],
      'reference',
      ['reference-hit'],
    );
    say(inn(m.wd(24), 'GIP TRF FRM ADWOA FRIMPONG-MENSAH', adw), {
      decision: 'none',
      decoy: true,
      traits: ['decoy', 'same-amount'],
    });

    // the shop's counter takings banked by the attendant
    for (const [day, span] of [
      [11, '7-10 Mar'],
      [25, '18-24 Mar'],
    ]) {
      const a = draw(1500, 3200, 10);
      const L = inn(m.wd(day), 'CASH DEP BY ABENA KORANTENG', a);
      auto(
        L,
        [rec(L.date, 'Counter sales', `Shop takings ${span} banked by Abena Koranteng`, a, '', PAY.deposit)],
        'counterparty',
        ['partner-name'],
      );
    }
    // a client pays from her mobile money wallet quoting the order
    const pri = draw(1800, 2600, 10);
    auto(
      inn(m.wd(12), 'MOMO TO BANK 024XXX5521 PRISCILLA OWUSU ADC0336', pri),
      [rec(m.wd(12), 'Priscilla Owusu', 'Deposit ADC-0336 engagement outfit', pri, 'ADC-0336')],
      'reference',
      ['reference-hit'],
    );
    // a pop-up stand at a mall fair, and fuel for the delivery car by card
    const stand = -draw(1200, 1800, 10);
    auto(
      out(m.wd(5), 'GIP TRF TO WESTHILLS FASHION FAIR/STAND 3321', stand),
      [pay(m.wd(5), 'Westhills Fashion Fair', 'Stand 3321 fee, 14-16 March', stand, 'Marketing')],
      'reference',
      ['reference-hit'],
    );
    const fuel = -draw(300, 500, 1);
    auto(
      line({ date: m.wd(17), text: 'POS PURCHASE GOIL OFANKOR', amount: fuel }),
      [pay(m.wd(17), 'GOIL', 'Fuel, delivery car', fuel, 'Transport', '', PAY.electronic)],
      'counterparty',
      ['partner-name'],
    );

    // an unknown cash deposit
    say(inn(m.wd(25), 'CASH DEP BY KOFI', draw(300, 700, 10)), { decision: 'none', traits: ['unknown-receipt'] });

    // a client's cheque returned unpaid; the books still show it received
    const kw = draw(2000, 3000, 50);
    const KW = inn(m.wd(5), 'CHQ DEP 220882 KWESI APPIAH', kw, { ref: '220882', valueDate: m.addWd(m.wd(5), 1) });
    const KR = line({ date: m.wd(9), text: 'RTN CHQ 220882 KWESI APPIAH REFER TO DRAWER', ref: '220882', amount: -kw });
    say(KW, { decision: 'reversal-pair', partner: KR, traits: ['returned-cheque'] });
    say(KR, { decision: 'reversal-pair', partner: KW, traits: ['returned-cheque'] });
    say(line({ date: m.wd(9), text: 'RETURNED CHEQUE CHARGE', amount: -5000 }), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bank-only'],
    });
    onlyInBooks(
      rec(m.wd(5), 'Kwesi Appiah', 'Agbada and cap ADC-0305 chq 220882', kw, '220882', PAY.cheque),
      'cheque returned unpaid; not yet reversed in the books',
    );

    // online shop: Hubtel pays out weekly net of 2 %; the books post the week's orders gross
    let po = 88410;
    for (const [day, span] of [
      [3, '24 Feb-2 Mar'],
      [10, '3-9 Mar'],
      [17, '10-16 Mar'],
      [24, '17-23 Mar'],
    ]) {
      const gross = draw(2500, 6000, 1);
      const net = gross - Math.round(gross * 0.02);
      const L = inn(m.wd(day), `HUBTEL PAYOUT ${po++} AKUA DZIFA COUTURE`, net);
      say(L, {
        decision: 'suggest',
        ledger: [
          row({
            date: later(m.from, m.addWd(L.date, -1)),
            ref: '',
            party: 'Hubtel online shop',
            desc: `Online orders ${span}`,
            amount: gross,
            payment: PAY.electronic,
            category: 'Sales:Online',
          }),
        ],
        evidence: 'counterparty',
        mustNotAuto: false,
        traits: ['net-of-fee'],
      });
    }
    onlyInBooks(
      row({
        date: m.to,
        ref: '',
        party: 'Hubtel online shop',
        desc: 'Online orders 24-31 Mar',
        amount: draw(2500, 6000, 1),
        payment: PAY.electronic,
        category: 'Sales:Online',
      }),
      'paid out next month',
    );

    // suppliers
    let chq = 450;
    const cheque = (day, party, memo, lo, hi, category) => {
      const no = `000${chq++}`;
      const a = -draw(lo, hi, 10);
      const L = line({ date: m.wd(day), text: `INWARD CLEARING CHQ ${no}`, ref: no, amount: a });
      auto(L, [pay(m.addWd(L.date, -2), party, `${memo} chq ${no}`, a, category, no, PAY.cheque)], 'reference', [
        'cheque-number',
        'reference-in-reference-field',
      ]);
    };
    cheque(5, 'Makola Textiles Wholesale', 'Wax prints and kente strips', 6000, 9500, 'Materials');
    cheque(19, 'Makola Textiles Wholesale', 'Lace and satin', 4500, 7000, 'Materials');
    // weekly wages for tailors and apprentices, cashed over the counter
    for (const day of [7, 14, 21, 28]) {
      const no = `000${chq++}`;
      const a = -draw(2200, 3400, 10);
      const L = line({ date: m.wd(day), text: `CASH WDL CHQ ${no} SELF`, ref: no, amount: a });
      auto(L, [pay(L.date, 'Workroom staff', `Weekly wages chq ${no}`, a, 'Wages', no, PAY.cash)], 'reference', [
        'cheque-number',
        'reference-in-reference-field',
      ]);
    }
    const written = `000${chq++}`;
    onlyInBooks(
      pay(
        m.to,
        'Makola Textiles Wholesale',
        `Wax prints chq ${written}`,
        -draw(4000, 7000, 10),
        'Materials',
        written,
        PAY.cheque,
      ),
      'cheque written, not yet presented',
    );

    const gipPay = (day, text, party, memo, lo, hi, category, ev, traits) => {
      const a = -draw(lo, hi, 10);
      const L = out(m.wd(day), text, a);
      auto(L, [pay(L.date, party, memo, a, category)], ev, traits);
    };
    gipPay(
      4,
      'GIP TRF TO KANTAMANTO TRIMS',
      'Kantamanto Trims',
      'Threads, zips, buttons',
      600,
      1200,
      'Materials',
      'counterparty',
      ['partner-name', 'name-only'],
    );
    gipPay(
      18,
      'GIP TRF TO KANTAMANTO TRIMS',
      'Kantamanto Trims',
      'Interfacing and lining',
      400,
      900,
      'Materials',
      'counterparty',
      ['partner-name', 'name-only'],
    );
    gipPay(
      12,
      'GIP TRF TO STITCHPRO MACHINES/SVC 2231',
      'StitchPro Machines',
      'Service of industrial machines SVC-2231',
      700,
      1300,
      'Repairs',
      'reference',
      ['reference-hit'],
    );
    gipPay(
      10,
      'GIP TRF TO SSNIT FEB 2031 ER 118842071',
      'SSNIT',
      'February contributions employer 118842071',
      1500,
      2400,
      'Statutory:SSNIT',
      'reference',
      ['reference-hit'],
    );
    gipPay(
      13,
      'GIP TRF TO GRA PAYE FEB TIN C0004418820',
      'Ghana Revenue Authority',
      'PAYE February TIN C0004418820',
      900,
      1500,
      'Statutory:PAYE',
      'reference',
      ['reference-hit'],
    );
    gipPay(
      20,
      'GIP TRF TO GA WEST MUNICIPAL ASSEMBLY BOP',
      'Ga West Municipal Assembly',
      'Business operating permit 2031',
      800,
      1200,
      'Licences',
      'counterparty',
      ['partner-name'],
    );
    gipPay(
      26,
      'GIP TRF TO ECG POSTPAID 7104482295',
      'ECG',
      'Electricity bill account 7104482295',
      900,
      1700,
      'Utilities',
      'reference',
      ['reference-hit'],
    );
    gipPay(26, 'GIP TRF TO GWCL 40188213', 'Ghana Water', 'Water bill 40188213', 150, 300, 'Utilities', 'reference', [
      'reference-hit',
    ]);

    // rent by standing order (no GIP charge on a standing order within the bank)
    const rent = -draw(3500, 4500, 50);
    auto(
      line({ date: m.wd(3), text: 'STO RENT NII ARMAH LANTEY', amount: rent }),
      [pay(m.wd(3), 'Nii Armah Lantey', 'Shop rent March', rent, 'Rent', '', PAY.standing)],
      'counterparty',
      ['partner-name'],
    );

    // senior tailors' salaries by ACH bulk
    const sal = -draw(9000, 12000, 10);
    const SL = line({ date: m.wd(26), text: 'ACH BULK DR SALARIES MAR BATCH 3105', amount: sal });
    auto(
      SL,
      [pay(SL.date, 'Senior tailors', 'March salaries batch 3105', sal, 'Salaries', '', PAY.electronic)],
      'reference',
      ['reference-hit'],
    );
    say(line({ date: m.wd(26), text: 'ACH BULK CHARGE 4 ITEMS', amount: -1200 }), {
      decision: 'bank-only',
      kind: 'charge',
      traits: ['bank-only'],
    });

    // the bank's own SME loan: one debit, principal and interest booked apart
    const lp = -draw(2500, 3200, 10);
    const li = -draw(700, 950, 10);
    auto(
      line({ date: m.wd(28), text: 'LOAN RECOVERY LN/SME/3087 MAR', amount: lp + li }),
      [
        pay(m.wd(28), 'Ga Rural Bank', 'Loan LN/SME/3087 principal March', lp, 'Loan'),
        pay(m.wd(28), 'Ga Rural Bank', 'Loan LN/SME/3087 interest March', li, 'Interest'),
      ],
      'reference',
      ['reference-hit', 'split-one-to-many'],
    );

    // transfer to the business susu savings account
    const sv = fixed(-500000);
    auto(
      line({ date: m.wd(27), text: 'TRF TO SAVINGS 0112-SAV-2047', amount: sv }),
      [
        row({
          date: m.wd(27),
          ref: 'SAV-2047',
          party: 'Ga Rural Savings',
          desc: 'Transfer to savings 0112-SAV-2047',
          amount: sv,
          payment: PAY.internal,
          category: 'Transfer',
        }),
      ],
      'reference',
      ['reference-hit', 'own-account'],
    );

    // unbooked cash from the ATM
    say(line({ date: m.wd(21), text: 'ATM WDL AMASAMAN BRANCH', amount: -fixed(80000) }), {
      decision: 'none',
      traits: ['unbooked-expense'],
    });

    // bank charges
    for (const [text, amount, kind] of [
      ['CHEQUE BOOK 50 LEAVES', -6000, 'charge'],
      ['SMS ALERT CHARGES MAR', -400, 'charge'],
      ['ACCOUNT MAINTENANCE FEE MAR', -2000, 'charge'],
    ]) {
      fixed(amount);
      say(line({ date: text.startsWith('CHEQUE') ? m.wd(7) : m.wd(31), text, amount }), {
        decision: 'bank-only',
        kind,
        traits: ['bank-only'],
      });
    }
    return { openingBank: 8500000, bookOffset: lm };
  },

  // Ga Rural Bank statement as XLSX (assumed shape): title block, header row 8, text dates dd/mm/yyyy, cheque numbers
  // in their own column, undated BALANCE B/F and BALANCE C/F rows.
  writeBank(lines, { opening, closing }) {
    const out = [
      ['GA RURAL BANK PLC'],
      ['Head Office, Amasaman - Accra'],
      ['STATEMENT OF ACCOUNT'],
      ['Account Name:', 'AKUA DZIFA COUTURE'],
      ['Account Number:', '0112******2046'],
      ['Period:', '01/03/2031 - 31/03/2031'],
      [],
      ['TXN DATE', 'VALUE DATE', 'DESCRIPTION', 'CHEQUE NO', 'DEBIT', 'CREDIT', 'BALANCE'],
      ['', '', 'BALANCE B/F', '', '', '', { n: opening }],
    ];
    const headerRow = 8;
    for (const L of lines) {
      out.push([
        dateText(L.date, 'dmy/'),
        dateText(L.valueDate, 'dmy/'),
        L.text,
        L.ref ?? '',
        L.amount < 0 ? { n: -L.amount } : '',
        L.amount > 0 ? { n: L.amount } : '',
        { n: L.balance },
      ]);
      L.row = out.length;
      L.readText = L.text;
      L.readRef = L.ref;
    }
    out.push(['', '', 'BALANCE C/F', '', '', '', { n: closing }]);
    return {
      content: xlsx('Statement', out, [12, 12, 46, 12, 14, 14, 16]),
      headerRow,
      layout:
        'Ga Rural Bank statement XLSX (sheet Statement): title block, header row 8 TXN DATE, VALUE DATE, DESCRIPTION, CHEQUE NO, DEBIT, CREDIT, BALANCE; dates as text dd/mm/yyyy; number cells; cheque numbers in their own column; undated BALANCE B/F and BALANCE C/F rows; value dates a working day later for cheques lodged',
      order: 'oldest-first',
      readOptions: {
        currency: 'GHS',
        sheet: 'Statement',
        dateOrder: 'DMY',
        mapping: {
          date: 'TXN DATE',
          valueDate: 'VALUE DATE',
          description: 'DESCRIPTION',
          reference: 'CHEQUE NO',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
      },
    };
  },

  // HomeBank's CSV export of one account: semicolons, header on row 1, ISO dates, a signed amount, no balance.
  writeBooks(rows) {
    const out = [['date', 'payment', 'number', 'payee', 'memo', 'amount', 'category', 'tags']];
    for (const R of rows) {
      const a = Math.abs(R.amount);
      out.push([
        R.date,
        R.payment,
        R.ref,
        R.party,
        R.desc,
        `${R.amount < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`,
        R.category,
        '',
      ]);
      R.row = out.length;
      R.readDesc = R.desc;
      R.readRef = R.ref || null;
      R.readParty = R.party;
    }
    return {
      content: csv(out, { delim: ';', eol: '\n' }),
      headerRow: 1,
      layout:
        "HomeBank account export CSV: semicolon-separated, LF line ends, header row 1 date;payment;number;payee;memo;amount;category;tags; ISO dates; payment is HomeBank's mode number; one signed amount without grouping; no balance, opening or total row",
      readOptions: {
        currency: 'GHS',
        mapping: { date: 'date', reference: 'number', party: 'payee', description: 'memo', amount: 'amount' },
      },
    };
  },
};
