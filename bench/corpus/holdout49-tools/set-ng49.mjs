// NG: a courier and dispatch company in Yaba, Lagos, banking with Carbon MFB and keeping its books in Vencru.
import { csv, dateText, grouped, later, xlsx } from './lib49.mjs';

// NIP transfer fee by amount band (inclusive of VAT), the EMTL on inward transfers of ₦10,000 or more
const nipFee = (a) => (a <= 500000 ? 1075 : a <= 5000000 ? 2688 : 5375);

export default {
  set: 'ng-carbon-vencru',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  year: 2031,
  mon: 11,
  holidays: [],
  bankName: 'Carbon Microfinance Bank Ltd',
  packageName: 'Vencru (transactions of the bank account Carbon Current, exported to Excel)',
  business:
    'a motorcycle courier and dispatch company in Yaba, Lagos (same-day deliveries for online shops, pharmacies and caterers, cash on delivery collected for merchants)',
  bankFile: 'carbon-4471-nov2031.csv',
  ledgerFile: 'vencru-transactions-nov2031.xlsx',
  ledgerAccount: 'Carbon Current',

  notes: [
    'Every inward transfer of NGN 10,000 or more carries the NGN 50 EMTL on a line of its own; every outward NIP transfer its fee by band; bulk transfers a fee per item.',
    "Flutterwave settlements are net of 1.4 % against the week's bookings posted gross: suggest, not auto.",
    'The Zeeboxx COD remittance of week 46 failed and was reversed with its fee the same day, then sent again the next working day; the book row is dated at the first attempt.',
    "The books open below the bank by last month's Adire Lane remittance, which leaves the bank on 3 November.",
  ],

  build(b) {
    const { m, r, draw, fixed, line, row, say, onlyInBooks } = b;
    const session = () => {
      let s = '1000043111' + String(m.mon).padStart(2, '0');
      while (s.length < 30) s += String(r.int(0, 9));
      return s;
    };
    let rc = 231;
    let ex = 118;
    const rct = () => `RCT-00${rc++}`;
    const exp = () => `EXP-00${ex++}`;
    const emtl = (L) => {
      if (L.amount >= 1000000 && !L.noLevy) {
        const E = line({ date: L.date, text: 'Electronic Money Transfer Levy', amount: -5000 });
        say(E, { decision: 'bank-only', kind: 'levy', traits: ['bank-only'] });
      }
      return L;
    };
    const fee = (L) => {
      const F = line({
        date: L.date,
        text: `NIP Transfer Fee`,
        amount: -nipFee(-L.amount),
      });
      say(F, { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });
      return F;
    };
    const inward = (date, text, amount, extra = {}) => emtl(line({ date, text, ref: session(), amount, ...extra }));
    const outward = (date, text, amount, extra = {}) => {
      const L = line({ date, text, ref: session(), amount, ...extra });
      fee(L);
      return L;
    };
    const receipt = (date, party, desc, amount, ref = rct()) =>
      row({ date, ref, type: 'Income', party, desc, category: 'Delivery income', amount });
    const expense = (date, party, desc, amount, category, ref = exp()) =>
      row({ date, ref, type: 'Expense', party, desc, category, amount });

    // --- last month's remittance leaves the bank on the first working day; the books had it in October
    const lastMonth = fixed(-draw(180000, 260000, 5000));
    const LM = outward(m.wd(3), 'Transfer to ADIRE LANE CONCEPTS | COD remit wk44', lastMonth);
    say(LM, { decision: 'none', traits: ['prior-period'] });

    // --- corporate customers on monthly invoices
    const kemi = draw(280000, 420000, 2500);
    const K = inward(m.wd(4), 'Transfer from KEMIS KITCHEN LTD | SWL INV 412 OCT DELIVERIES', kemi);
    say(K, {
      decision: 'auto',
      ledger: [receipt(m.wd(4), "Kemi's Kitchen Ltd", 'Payment for SWL-INV-0412', kemi)],
      evidence: 'reference',
      traits: ['reference-hit', 'reference-written-differently'],
    });

    const oja1 = draw(150000, 240000, 500);
    const oja2 = draw(90000, 140000, 500);
    const O = inward(m.wd(5), 'Transfer from OJA EXPRESS STORES | INV0415 INV0419', oja1 + oja2);
    say(O, {
      decision: 'auto',
      ledger: [
        receipt(m.wd(5), 'Oja Express Stores', 'Payment for SWL-INV-0415', oja1),
        receipt(m.wd(5), 'Oja Express Stores', 'Payment for SWL-INV-0419', oja2),
      ],
      evidence: 'reference',
      traits: ['reference-hit', 'split-one-to-many'],
    });

    // a pharmacy pays one large invoice in two transfers (its app's daily limit); the books post one receipt
    const halden = draw(1400000, 1900000, 5000);
    const h1 = fixed(100000000);
    const H1 = inward(m.wd(6), 'Transfer from HALDEN PHARMACY | SWL0421 part 1', h1);
    const H2 = inward(m.addWd(m.wd(6), 1), 'Transfer from HALDEN PHARMACY | SWL0421 bal', halden - h1);
    const HR = receipt(H2.date, 'Halden Pharmacy Ltd', 'Payment for SWL-INV-0421 (two transfers)', halden);
    for (const L of [H1, H2])
      say(L, {
        decision: 'auto',
        ledger: [HR],
        group: 'halden-0421',
        evidence: 'reference',
        traits: ['split-many-to-one'],
      });

    // an energy services firm pays net of 5 % WHT on the value before VAT
    const tivNet = draw(600000, 900000, 10000);
    const tivGross = tivNet + Math.round(tivNet * 0.075);
    const tivPaid = tivGross - Math.round(tivNet * 0.05);
    const T = inward(m.wd(10), 'Transfer from TIVOLI ENERGY SERVICES | PV 88213 SWL/INV/31/0425', tivPaid);
    say(T, {
      decision: 'auto',
      ledger: [receipt(T.date, 'Tivoli Energy Services Ltd', 'Payment for SWL-INV-0425', tivGross)],
      evidence: 'reference',
      difference: tivPaid - tivGross,
      traits: ['reference-hit', 'withholding-tax'],
    });

    // a fabric shop pays by name only
    const adunni = draw(60000, 95000, 500);
    const A = inward(m.wd(11), 'Transfer from ADUNNI BRIDAL FABRICS', adunni);
    say(A, {
      decision: 'auto',
      ledger: [receipt(A.date, 'Adunni Bridal Fabrics', 'Deliveries 20-31 Oct', adunni)],
      evidence: 'counterparty',
      traits: ['partner-name', 'name-only'],
    });

    // a gadget shop pays part; the bookkeeper marked the invoice paid in full
    const zeeInv = draw(300000, 380000, 2500);
    const zeePaid = fixed(Math.round((zeeInv * 0.6) / 50000) * 50000);
    const Z = inward(m.wd(12), 'Transfer from ZEEBOXX GADGETS | part payment', zeePaid);
    say(Z, {
      decision: 'suggest',
      ledger: [receipt(Z.date, 'Zeeboxx Gadgets', 'Payment for SWL-INV-0428', zeeInv)],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['part-payment', 'partner-name'],
    });

    // an events planner with two equal invoices pays one, by name
    const grace = draw(45000, 70000, 2500);
    const G1 = receipt(m.wd(3), 'Grace Ugo Events', 'SWL-INV-0417 wedding favours delivery', grace, 'INV-0417');
    const G2 = receipt(m.wd(3), 'Grace Ugo Events', 'SWL-INV-0418 wedding favours delivery', grace, 'INV-0418');
    const GL = inward(m.wd(18), 'Transfer from GRACE UGO EVENTS', grace);
    say(GL, {
      decision: 'suggest',
      ledger: null,
      anyOf: [[G1], [G2]],
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['tie-refused', 'partner-name'],
    });

    // the decoy: a like-named printer sends exactly a caterer's invoice amount; the caterer quotes its invoice
    const bola = draw(110000, 160000, 2500);
    const BL = inward(m.wd(13), 'Transfer from BOLANLE ADEYEMI CATERING | SWL-INV-0431', bola);
    say(BL, {
      decision: 'auto',
      ledger: [receipt(BL.date, 'Bolanle Adeyemi Catering', 'Payment for SWL-INV-0431', bola)],
      evidence: 'reference',
      traits: ['reference-hit'],
    });
    const DEC = inward(m.wd(20), 'Transfer from BOLANLE ADEYEMI PRINTS', bola);
    say(DEC, { decision: 'none', decoy: true, traits: ['decoy', 'same-amount'] });

    // two equal same-day bookings by one customer, booked as two receipts
    const lekan = fixed(750000);
    const TW1 = inward(m.wd(17), 'Transfer from LEKAN BELLO', lekan);
    const TW2 = inward(m.wd(17), 'Transfer from LEKAN BELLO', lekan);
    const LB1 = receipt(TW1.date, 'Lekan Bello', 'Same-day dispatch Yaba-Lekki job 8812', TW1.amount, 'JOB-8812');
    const LB2 = receipt(TW1.date, 'Lekan Bello', 'Same-day dispatch Yaba-Ikeja job 8813', TW1.amount, 'JOB-8813');
    for (const L of [TW1, TW2])
      say(L, {
        decision: 'auto',
        ledger: null,
        anyOf: [[LB1], [LB2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['twins-never-merged', 'partner-name'],
      });

    // an unknown receipt
    const UK = inward(m.wd(24), 'Transfer from CHUKWUDI OKAFOR', draw(15000, 30000, 500));
    say(UK, { decision: 'none', traits: ['unknown-receipt'] });

    // online bookings: Flutterwave pays out weekly net of 1.4 %; the books post the week's bookings gross
    const weeks = [
      [m.wd(4), 'wk44', '27 Oct-2 Nov'],
      [m.wd(11), 'wk45', '3-9 Nov'],
      [m.wd(18), 'wk46', '10-16 Nov'],
      [m.wd(25), 'wk47', '17-23 Nov'],
    ];
    let stl = 50731;
    for (const [d, wk, span] of weeks) {
      const gross = draw(300000, 650000, 100);
      const net = gross - Math.round(gross * 0.014);
      const F = inward(d, `Transfer from FLUTTERWAVE | FLW-STL-${stl++}`, net);
      say(F, {
        decision: 'suggest',
        ledger: [
          row({
            date: later(m.from, m.addWd(d, -1)),
            ref: rct(),
            type: 'Income',
            party: 'Web bookings',
            desc: `Online bookings ${span} (${wk}) via Flutterwave`,
            category: 'Delivery income',
            amount: gross,
          }),
        ],
        evidence: 'counterparty',
        mustNotAuto: false,
        traits: ['net-of-fee'],
      });
    }
    // this week's bookings settle in December
    onlyInBooks(
      row({
        date: m.to,
        ref: rct(),
        type: 'Income',
        party: 'Web bookings',
        desc: 'Online bookings 24-30 Nov (wk48) via Flutterwave',
        category: 'Delivery income',
        amount: draw(300000, 650000, 100),
      }),
      'settles in the next month',
    );

    // cash on delivery: riders transfer what they collected; the merchants are paid it weekly
    const riders = ['ABDULLAHI SANI', 'EMEKA NWOSU', 'TUNDE ALABI', 'IBRAHIM MUSA', 'SEGUN OJO', 'FEMI ADEKUNLE'];
    const merchants = ['Oja Express Stores', 'Zeeboxx Gadgets', 'Adire Lane Concepts'];
    const codDays = [5, 7, 12, 14, 19, 21, 26];
    codDays.forEach((day, i) => {
      const rider = riders[i % riders.length];
      const a = draw(40000, 240000, 500);
      const d = m.wd(day);
      const L = inward(d, `Transfer from ${rider} | COD ${dateText(d, 'dmy/').slice(0, 5)}`, a);
      const first = rider.split(' ')[0];
      const last = rider.split(' ')[1];
      say(L, {
        decision: 'auto',
        ledger: [
          row({
            date: d,
            ref: rct(),
            type: 'Income',
            party: `${first[0]}${first.slice(1).toLowerCase()} ${last[0]}${last.slice(1).toLowerCase()} (rider)`,
            desc: `COD collected for ${merchants[i % 3]}`,
            category: 'COD payable',
            amount: a,
          }),
        ],
        evidence: 'counterparty',
        traits: ['partner-name'],
      });
    });
    const remit = (day, merchant, bankName, tag) => {
      const a = -draw(150000, 320000, 500);
      const d = m.wd(day);
      const L = outward(d, `Transfer to ${bankName} | COD remit ${tag}`, a);
      say(L, {
        decision: 'auto',
        ledger: [expense(d, merchant, `COD remittance ${tag} ref CR-${tag.replace('wk', '31')}`, a, 'COD payable')],
        evidence: 'counterparty',
        traits: ['partner-name'],
      });
      return L;
    };
    remit(10, 'Oja Express Stores', 'OJA EXPRESS STORES', 'wk45');
    remit(17, 'Adire Lane Concepts', 'ADIRE LANE CONCEPTS', 'wk46');
    remit(24, 'Oja Express Stores', 'OJA EXPRESS STORES', 'wk47');

    // a remittance that failed (beneficiary bank down), reversed with its fee, then sent again
    const zr = -draw(160000, 220000, 500);
    const FX = outward(m.wd(13), 'Transfer to ZEEBOXX GADGETS | COD remit wk46', zr);
    const FXfee = b.lines[b.lines.length - 1];
    const RV = line({
      date: m.wd(13),
      text: `REVERSAL | Transfer to ZEEBOXX GADGETS | COD remit wk46`,
      ref: FX.ref,
      amount: -zr,
    });
    const RVfee = line({ date: m.wd(13), text: 'REVERSAL | NIP Transfer Fee', amount: -FXfee.amount });
    say(FX, { decision: 'reversal-pair', partner: RV, traits: ['failed-transfer'] });
    say(RV, { decision: 'reversal-pair', partner: FX, traits: ['failed-transfer'] });
    FXfee.truth = null;
    say(FXfee, { decision: 'bank-only', kind: 'charge', traits: ['bank-only', 'fee-refunded'] });
    say(RVfee, { decision: 'bank-only', kind: 'charge', traits: ['bank-only', 'fee-refund'] });
    const RS = outward(m.addWd(m.wd(13), 1), 'Transfer to ZEEBOXX GADGETS | COD remit wk46 resend', zr);
    say(RS, {
      decision: 'auto',
      ledger: [expense(m.wd(13), 'Zeeboxx Gadgets', 'COD remittance wk46 ref CR-3146', zr, 'COD payable')],
      evidence: 'counterparty',
      traits: ['partner-name', 'sent-again'],
    });

    // riders are contractors, paid weekly in one bulk transfer; office staff monthly
    const bulkFee = (L, items) => {
      const F = line({ date: L.date, text: `Bulk Transfer Fee ${items} items`, amount: -items * 5375 });
      say(F, { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });
    };
    let batch = 4521;
    for (const day of [7, 14, 21, 28]) {
      const a = -draw(650000, 1100000, 500);
      const d = m.wd(day);
      const id = `RP-${batch++}`;
      const L = line({ date: d, text: `Bulk transfer ${id} rider payouts`, ref: session(), amount: a });
      bulkFee(L, r.int(16, 22));
      say(L, {
        decision: 'auto',
        ledger: [expense(d, 'Riders (bulk)', `Rider payouts batch ${id}`, a, 'Rider costs')],
        evidence: 'reference',
        traits: ['reference-hit'],
      });
    }
    const sal = -draw(2600000, 3100000, 100);
    const SL = line({ date: m.wd(27), text: 'Bulk transfer SAL-1131 staff salaries', ref: session(), amount: sal });
    bulkFee(SL, 9);
    say(SL, {
      decision: 'auto',
      ledger: [expense(SL.date, 'Staff (bulk)', 'November salaries batch SAL-1131', sal, 'Salaries')],
      evidence: 'reference',
      traits: ['reference-hit'],
    });

    // statutory: PAYE to LIRS, pension, NSITF, by Remita RRR
    const rrr = () => `${r.int(2100, 2999)}${r.int(1000, 9999)}${r.int(1000, 9999)}`;
    const stat = (day, who, what, lo, hi, category) => {
      const a = -draw(lo, hi, 100);
      const rr = rrr();
      const L = outward(m.wd(day), `REMITA RRR ${rr} ${who} ${what}`, a);
      say(L, {
        decision: 'auto',
        ledger: [expense(L.date, who, `${what} RRR ${rr}`, a, category)],
        evidence: 'reference',
        traits: ['reference-hit'],
      });
    };
    stat(10, 'LIRS', 'PAYE Oct 2031', 190000, 260000, 'PAYE payable');
    stat(10, 'ARM Pension', 'pension Oct 2031', 320000, 420000, 'Pension payable');
    stat(12, 'NSITF', 'ECS Oct 2031', 22000, 34000, 'NSITF');

    // the motorcycle hire purchase: one debit, principal and interest booked apart
    const prin = -draw(520000, 640000, 100);
    const intr = -draw(120000, 160000, 100);
    const HP = outward(m.wd(20), 'Transfer to MOTOFIN ASSET FINANCE | HP/2207 Nov instalment', prin + intr);
    say(HP, {
      decision: 'auto',
      ledger: [
        expense(HP.date, 'Motofin Asset Finance', 'HP/2207 instalment 14 of 24 - principal', prin, 'Hire purchase'),
        expense(HP.date, 'Motofin Asset Finance', 'HP/2207 instalment 14 of 24 - interest', intr, 'Interest'),
      ],
      evidence: 'reference',
      traits: ['reference-hit', 'split-one-to-many'],
    });

    // weekly fuel for the bikes, by name
    for (const day of [4, 11, 18, 25]) {
      const a = -draw(340000, 600000, 500);
      const L = outward(m.wd(day), 'Transfer to SABO FUEL DEPOT', a);
      say(L, {
        decision: 'auto',
        ledger: [expense(L.date, 'Sabo Fuel Depot Ltd', 'PMS for dispatch bikes', a, 'Fuel')],
        evidence: 'counterparty',
        traits: ['partner-name', 'name-only'],
      });
    }

    // hub running costs
    const once = (day, text, party, desc, lo, hi, category, ev, traits = ['partner-name']) => {
      const a = -draw(lo, hi, 100);
      const L = outward(m.wd(day), text, a);
      say(L, { decision: 'auto', ledger: [expense(L.date, party, desc, a, category)], evidence: ev, traits });
      return L;
    };
    once(
      6,
      'Transfer to LADIPO MOTOR SPARES | chain sprockets tyres',
      'Ladipo Motor Spares',
      'Spares for bikes',
      60000,
      110000,
      'Repairs',
      'counterparty',
    );
    once(
      19,
      'Transfer to LADIPO MOTOR SPARES',
      'Ladipo Motor Spares',
      'Brake pads and cables',
      30000,
      55000,
      'Repairs',
      'counterparty',
    );
    once(
      14,
      'Transfer to LEADWAY ASSURANCE | POL MTP/31/55012',
      'Leadway Assurance',
      'Fleet third-party cover policy MTP/31/55012',
      380000,
      460000,
      'Insurance',
      'reference',
      ['reference-hit'],
    );
    once(
      7,
      'Transfer to HERBERT MACAULAY PLAZA MGT | service charge Q4',
      'Herbert Macaulay Plaza Mgt',
      'Hub service charge Q4',
      220000,
      280000,
      'Rent',
      'counterparty',
    );
    const ek = -draw(40000, 70000, 100);
    const EK = line({ date: m.wd(5), text: 'Bill payment EKEDC prepaid 45129907311', ref: session(), amount: ek });
    say(EK, {
      decision: 'auto',
      ledger: [expense(EK.date, 'EKEDC', 'Prepaid units meter 45129907311', ek, 'Electricity')],
      evidence: 'reference',
      traits: ['reference-hit'],
    });
    for (const day of [3, 17]) {
      const a = -draw(30000, 50000, 1000);
      const L = line({ date: m.wd(day), text: 'Airtime and data purchase MTN', ref: session(), amount: a });
      say(L, {
        decision: 'auto',
        ledger: [expense(L.date, 'MTN Nigeria', 'Rider airtime and data', a, 'Communication')],
        evidence: 'counterparty',
        traits: ['partner-name'],
      });
    }

    // a card spend nobody booked
    const WEB = line({
      date: m.wd(21),
      text: 'Card payment GOOGLE WORKSPACE',
      ref: session(),
      amount: -draw(9000, 14000, 1),
    });
    say(WEB, { decision: 'none', traits: ['unbooked-expense'] });

    // the own-account sweep to the savings account
    const sw = fixed(-100000000);
    const SW = outward(m.wd(26), 'Transfer to SWIFTLANE DISPATCH LTD | sweep SWP-3111', sw);
    say(SW, {
      decision: 'auto',
      ledger: [
        row({
          date: SW.date,
          ref: 'TRF-0031',
          type: 'Transfer',
          party: 'Carbon Savings',
          desc: 'Sweep SWP-3111 to savings',
          category: 'Transfer',
          amount: sw,
        }),
      ],
      evidence: 'reference',
      traits: ['reference-hit', 'own-account'],
    });
    // a supplier payment booked on the last day, sent on the first working day of December
    onlyInBooks(
      expense(
        m.to,
        'Sabo Fuel Depot Ltd',
        'PMS for dispatch bikes (scheduled 1 Dec)',
        -draw(340000, 600000, 500),
        'Fuel',
      ),
      'scheduled payment, leaves the bank next month',
    );

    // month-end charges
    const mf = fixed(-draw(900, 1500, 1));
    const MF = line({ date: m.wd(28), text: 'Account maintenance fee Nov 2031', amount: mf });
    say(MF, { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });
    const MV = line({ date: m.wd(28), text: 'VAT on account maintenance fee', amount: -Math.round((-mf * 75) / 1000) });
    say(MV, { decision: 'bank-only', kind: 'fee-vat', traits: ['bank-only'] });
    const SMS = line({ date: m.wd(28), text: 'SMS alert charges Nov 2031', amount: -fixed(draw(600, 1200, 4)) });
    say(SMS, { decision: 'bank-only', kind: 'charge', traits: ['bank-only'] });

    return { openingBank: 720000000, bookOffset: lastMonth };
  },

  // Carbon business statement CSV (assumed shape): preamble, then Date (with time), Description, Reference, Type
  // (CREDIT/DEBIT), Amount (unsigned), Balance; oldest first.
  writeBank(lines, { opening, closing }) {
    const out = [
      ['Carbon Microfinance Bank Limited'],
      ['Account Statement'],
      ['Account Name', 'SWIFTLANE DISPATCH LTD'],
      ['Account Number', '20****4471'],
      ['Period', '01 Nov 2031 - 30 Nov 2031'],
      ['Opening Balance', grouped(opening)],
      ['Closing Balance', grouped(closing)],
      [],
      ['Date', 'Description', 'Reference', 'Type', 'Amount', 'Balance'],
    ];
    const headerRow = out.length;
    // times rise through each day; a fee or levy is posted a second after its transfer, month-end charges at night
    let day = '';
    let secs = 0;
    for (const L of lines) {
      if (L.date !== day) {
        day = L.date;
        secs = 8 * 3600 + ((L.seq * 37) % 50) * 60;
      } else if ((/Fee|Levy/.test(L.text) && !/maintenance/.test(L.text)) || secs >= 23 * 3600) secs += 1;
      else secs += 600 + ((L.seq * 53) % 47) * 60 + (L.seq % 59);
      if (/maintenance|SMS alert/.test(L.text)) secs = Math.max(secs, 23 * 3600 + 40 * 60);
      const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
      const mm = String(Math.floor((secs % 3600) / 60)).padStart(2, '0');
      const ss = String(secs % 60).padStart(2, '0');
      L.time = `${hh}:${mm}:${ss}`;
      if (secs >= 24 * 3600) throw new Error(`day ${day} runs past midnight`);
      out.push([
        `${L.date} ${L.time}`,
        L.text,
        L.ref ?? '',
        L.amount > 0 ? 'CREDIT' : 'DEBIT',
        grouped(L.amount),
        grouped(L.balance),
      ]);
      L.row = out.length;
      L.readText = L.text;
      L.readRef = L.ref;
    }
    return {
      content: csv(out),
      headerRow,
      layout:
        'Carbon business account statement CSV: preamble (name, masked number, period, both balances), header row 9, Date with time (yyyy-mm-dd hh:mm:ss, Lagos), Description, a 30-digit NIP session id as Reference, Type CREDIT/DEBIT, unsigned grouped Amount, Balance; oldest first',
      order: 'oldest-first',
      readOptions: {
        currency: 'NGN',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Reference',
          amount: 'Amount',
          direction: { column: 'Type', out: ['DEBIT'], in: ['CREDIT'] },
          balance: 'Balance',
        },
      },
    };
  },

  // Vencru transactions of one bank account (assumed shape), XLSX: title rows, header row 5, a dated opening row.
  writeBooks(rows, { opening }) {
    const out = [
      ['Swiftlane Dispatch Ltd'],
      ['Bank account: Carbon Current (****4471)'],
      ['Transactions from 01/11/2031 to 30/11/2031'],
      [],
      ['Date', 'Ref', 'Type', 'Customer/Vendor', 'Description', 'Category', 'Amount', 'Balance'],
    ];
    const headerRow = out.length;
    out.push([{ d: '2031-11-01' }, '', '', '', 'Opening balance', '', '', { n: opening }]);
    const nonEntryRows = [{ row: out.length, why: 'opening balance of the account, not an entry' }];
    for (const R of rows) {
      out.push([{ d: R.date }, R.ref, R.type, R.party, R.desc, R.category, { n: R.amount }, { n: R.balance }]);
      R.row = out.length;
      R.readDesc = R.desc;
      R.readRef = R.ref;
      R.readParty = R.party;
    }
    return {
      content: xlsx('Transactions', out, [12, 11, 10, 28, 48, 18, 14, 16]),
      headerRow,
      nonEntryRows,
      layout:
        'Vencru transactions of the bank account as XLSX (sheet Transactions): three title rows, header row 5 Date, Ref, Type, Customer/Vendor, Description, Category, Amount (signed), Balance; date cells; a dated Opening balance row',
      readOptions: {
        currency: 'NGN',
        sheet: 'Transactions',
        mapping: {
          date: 'Date',
          reference: 'Ref',
          party: 'Customer/Vendor',
          description: 'Description',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
    };
  },
};
