// za-nedbank-pastel: a Germiston engineering-supplies company, October 2025. Nedbank business current account
// (NetBank Business CSV download: date, description, signed amount, balance) against Sage Pastel Partner's account
// enquiry of the bank ledger account exported to CSV. South Africa has no cheques any more: no cheque items.
import { businessDays, nextBusinessDay, addDays, bp, weekday, dmy } from './lib.mjs';
import { receipt, payment } from './scenario.mjs';

const BF = 'nedbank-1147852236-oct2025.csv';
const LF = 'pastel-partner-8400-nedbank-oct2025.csv';

const customers = [
  { name: 'Ekurhuleni Fabrication CC', bank: 'EKURHULENI FAB' },
  { name: 'Boksburg Pumps & Valves', bank: 'BOKSBURG PUMPS' },
  { name: 'Steelcor Engineering (Pty) Ltd', bank: 'STEELCOR ENG' },
  { name: 'Vaal Mining Services', bank: 'VAAL MINING SERV' },
  { name: 'Alrode Tool Hire', bank: 'ALRODE TOOL HIRE' },
  { name: 'Jet Park Hydraulics', bank: 'JETPARK HYDRAULIC' },
  { name: 'Benoni Welding Works', bank: 'BENONI WELDING' },
  { name: 'Kempton Conveyor Systems', bank: 'KEMPTON CONVEYOR' },
  { name: 'Randburg Maintenance Co', bank: 'RBURG MAINT CO' },
];
const suppliers = [
  { name: 'Bearing Man Group', bank: 'BEARINGMAN' },
  { name: 'Macsteel Service Centres', bank: 'MACSTEEL SC' },
  { name: 'Afrox (African Oxygen)', bank: 'AFROX' },
  { name: 'Bosch Power Tools SA', bank: 'BOSCH PT SA' },
  { name: 'SKF South Africa', bank: 'SKF SA' },
  { name: 'City of Ekurhuleni', bank: 'EKURHULENI MUNIC' },
  { name: 'Fastway Couriers', bank: 'FASTWAY COURIER' },
];

export function buildZA(S, R) {
  const days = businessDays(2025, 10);
  const dayAt = (i) => days[Math.min(days.length - 1, Math.max(0, i))];
  const P = {
    bankFile: BF,
    ledgerFile: LF,
    invParts: (s) => ({ prefix: 'IN', year: null, serial: s, pad: 6, canon: `IN${s}` }),
    refKinds: ['canonical', 'canonical', 'lowercase', 'spaces', 'serial-only', 'no-padding'],
    refTemplates: [(r) => r, (r) => r, (r) => `PMT ${r}`, (r) => `${r} OCT`],
    refJoin: ' ',
    noRefRemarks: ['PAYMENT', 'ACC PAYMENT', 'OCT STATEMENT', ''],
    // the beneficiary reference the payer typed, as Nedbank prints it after the payer's short name
    inNarr: ({ c, remark }) => ({ text: `${c.bank}${remark ? ` ${remark}` : ''}`.slice(0, 36) }),
    billTemplates: [(b) => b],
    noBillRemarks: ['MOKOENA ENG', 'MOKOENA ENG SUPPL'],
    outNarr: ({ s, remark }) => ({ text: `ELECTRONIC PAYMENT ${s.bank} ${remark}` }),
    outFees: () => [{ amt: -845, text: 'FEE: ELECTRONIC PAYMENT', kind: 'charge' }],
    ledIn: ({ c, inv, amt, date }) => ({ date, amt, type: 'Receipts', ref: inv.canon, narr: c.name }),
    ledOut: ({ s, bill, amt, date }) => ({ date, amt, type: 'Payments', ref: bill, narr: s.name }),
  };
  const rand = (lo, hi) => R.int(lo, hi) * 100;
  const vat = (net) => Math.round(net * 1.15);
  let serial = 104480;
  for (let i = 0; i < 40; i++) {
    const c = R.pick(customers);
    const a = vat(rand(900, 95000)) + R.int(0, 99);
    const d = R.pick(days);
    receipt(S, R, P, {
      c,
      serials: [serial++],
      ledAmts: [a],
      bankDate: d,
      ledgerDate: R.chance(0.15) ? nextBusinessDay(d) : d,
      ref: R.chance(0.6),
    });
  }
  {
    const a = vat(rand(2000, 6000)) + 37;
    receipt(S, R, P, {
      c: customers[0],
      serials: [serial++],
      ledAmts: [a],
      bankAmts: [Math.ceil(a / 10000) * 10000],
      bankDate: dayAt(3),
      ref: 'canonical',
      traits: ['over-payment'],
    });
    const two = [vat(rand(4000, 9000)), vat(rand(1000, 3000))];
    receipt(S, R, P, {
      c: customers[3],
      serials: [serial, serial + 1],
      ledAmts: two,
      bankDate: dayAt(7),
      ref: 'canonical',
      traits: ['split-one-to-many'],
    });
    serial += 2;
    const big = vat(rand(30000, 60000));
    const first = Math.round(big / 2 / 100000) * 100000;
    receipt(S, R, P, {
      c: customers[2],
      serials: [serial++],
      ledAmts: [big],
      bankAmts: [first, big - first],
      bankDates: [dayAt(9), dayAt(15)],
      ledgerDate: dayAt(15),
      ref: 'serial-only',
      traits: ['split-many-to-one'],
    });
    const cn = vat(rand(6000, 12000));
    receipt(S, R, P, {
      c: customers[5],
      serials: [serial++],
      ledAmts: [cn],
      bankAmts: [cn - vat(rand(300, 900))],
      bankDate: dayAt(11),
      ref: 'lowercase',
      traits: ['invoice-less-credit-note'],
    });
    const part = vat(rand(20000, 40000));
    receipt(S, R, P, {
      c: customers[7],
      serials: [serial++],
      ledAmts: [Math.round(part / 4 / 10000) * 10000],
      bankDate: dayAt(13),
      ref: 'canonical',
      traits: ['part-payment'],
    });
  }
  {
    const d = dayAt(17);
    const mk = () => {
      const x = receipt(S, R, P, {
        c: customers[4],
        serials: [serial++],
        ledAmts: [862500],
        bankDate: d,
        ref: false,
        deferTruth: true,
      });
      S.bank.find((l) => l.id === x.bankIds[0]).text = 'ALRODE TOOL HIRE PAYMENT';
      Object.assign(
        S.ledger.find((l) => l.id === x.ledIds[0]),
        { ref: 'RCPT', narr: 'Alrode Tool Hire' },
      );
      return x;
    };
    const a = mk();
    const b = mk();
    const anyOf = [[a.ledIds[0]], [b.ledIds[0]]];
    for (const x of [a, b])
      S.match(x.bankIds, x.ledIds, { traits: ['twins', 'name-only'], evidence: 'counterparty', anyOf });
  }
  for (let i = 0; i < 22; i++) {
    const s = R.pick(suppliers);
    const d = R.pick(days);
    payment(S, R, P, {
      s,
      bill: `${s.bank.slice(0, 3)}${R.int(100000, 999999)}`,
      amt: vat(rand(500, 80000)) + R.int(0, 99),
      bankDate: d,
      ledgerDate: R.chance(0.15) ? addDays(d, -1) : d,
      ref: R.chance(0.5),
    });
  }
  // payment to a closed account comes back, resent to the new account
  {
    const s = suppliers[6];
    const a = vat(rand(800, 2000));
    const bill = `FAS${R.int(100000, 999999)}`;
    const d = dayAt(6);
    const out = S.b(BF, { date: d, amt: -a, text: `ELECTRONIC PAYMENT ${s.bank} ${bill}` });
    S.bankOnly(S.b(BF, { date: d, amt: -845, text: 'FEE: ELECTRONIC PAYMENT' }), 'charge');
    const rev = S.b(BF, {
      date: nextBusinessDay(d),
      amt: a,
      text: `UNPAID ELECTRONIC PAYMENT ${s.bank} ACCOUNT CLOSED`,
    });
    S.reversal(out, rev);
    payment(S, R, P, { s, bill, amt: a, bankDate: nextBusinessDay(nextBusinessDay(d)), ledgerDate: d, ref: true });
  }
  // debit orders, each with its fee
  for (const [creditor, name, amt, k] of [
    ['TELKOM', 'Telkom SA', 189900, 0],
    ['VODACOM', 'Vodacom Business', 245600, 0],
    ['DISCOVERY INS', 'Discovery Insure - vehicles', 678450, 0],
    ['WESBANK', 'WesBank - vehicle finance', 1425075, 2],
    ['SANTAM', 'Santam - business insurance', 389200, 0],
    ['SAGE PASTEL', 'Sage Pastel subscription', 95450, 14],
  ]) {
    const d = dayAt(k);
    const b = S.b(BF, { date: d, amt: -amt, text: `DEBIT ORDER ${creditor} ${R.digits(10)}` });
    S.bankOnly(S.b(BF, { date: d, amt: -420, text: 'FEE: DEBIT ORDER' }), 'charge');
    S.match([b], [S.l(LF, { date: d, amt: -amt, type: 'Payments', ref: 'D/O', narr: name })], {
      traits: ['name-only'],
      evidence: 'counterparty',
    });
  }
  // Yoco card machine: paid out the next business day, net of 2.95% + VAT
  for (let d = '2025-09-30'; d <= '2025-10-31'; d = addDays(d, 1)) {
    if (weekday(d) === 0 || weekday(d) === 6) continue;
    let gross = 0;
    for (let k = R.int(1, 4); k > 0; k--) gross += rand(150, 6000);
    const fee = Math.round(bp(gross, 295) * 1.15);
    const pay = nextBusinessDay(d);
    const b =
      pay <= '2025-10-31'
        ? S.b(BF, { date: pay, amt: gross - fee, text: `YOCO PAYOUT ${d.replace(/-/g, '').slice(2)} MOKOENA ENG` })
        : null;
    if (d < '2025-10-01') {
      S.noCounterpart(
        b,
        "card sales of 30 September, booked in September (last month's deposit in transit, not in this export)",
      );
      continue;
    }
    const sale = S.l(LF, {
      date: d,
      amt: gross,
      type: 'Receipts',
      ref: `YOCO${d.slice(8, 10)}`,
      narr: `Card sales ${dmy(d)}`,
    });
    if (!b) {
      S.onlyInBooks(sale, 'card sales of 31 October paid out on 3 November (in transit)');
      continue;
    }
    if (R.chance(0.4)) {
      const f = S.l(LF, {
        date: pay,
        amt: -fee,
        type: 'Journal',
        ref: `YOCO${d.slice(8, 10)}`,
        narr: 'Yoco commission',
      });
      S.match([b], [sale, f], { traits: ['pos-settlement', 'settled-next-day', 'amount-only'], evidence: 'amount' });
    } else
      S.match([b], [sale], {
        traits: ['pos-settlement', 'settled-next-day', 'short-net-of-fee', 'amount-only'],
        evidence: 'amount',
      });
  }
  // cash sales banked at the branch, with the cash deposit fee
  for (let i = 0; i < 5; i++) {
    const d = dayAt(2 + i * 4);
    const a = rand(800, 9000);
    const b = S.b(BF, { date: d, amt: a, text: 'CASH DEPOSIT GERMISTON BR' });
    S.bankOnly(S.b(BF, { date: d, amt: -(650 + 145 * Math.ceil(a / 10000)), text: 'CASH DEPOSIT FEE' }), 'charge');
    S.match(
      [b],
      [S.l(LF, { date: d, amt: a, type: 'Receipts', ref: `CS${dmy(d, '').slice(0, 4)}`, narr: 'Cash sales banked' })],
      { traits: ['amount-only'], evidence: 'amount' },
    );
  }
  // payroll and SARS
  {
    const d = '2025-10-24';
    const sal = 31245000;
    const b = S.b(BF, { date: d, amt: -sal, text: 'SALARIES OCT 2025 BATCH 0024 MOKOENA ENG' });
    S.bankOnly(S.b(BF, { date: d, amt: -12 * 845, text: 'FEE: SALARY PAYMENTS 12 ITEMS' }), 'charge');
    S.match([b], [S.l(LF, { date: d, amt: -sal, type: 'Payments', ref: 'SAL10', narr: 'Net salaries October 2025' })], {
      traits: ['amount-only'],
      evidence: 'amount',
    });
    for (const [text, ref, narr, amt, k] of [
      ['SARS-EMP201 7250781234LC2509', 'EMP0925', 'SARS PAYE/UIF/SDL Sep 2025', 8841236, 4],
      ['SARS-VAT201 4380112233V0825', 'VAT0825', 'SARS VAT Aug-Sep 2025', 15522017, 17],
    ]) {
      const bd = dayAt(k);
      const b2 = S.b(BF, { date: bd, amt: -amt, text });
      S.bankOnly(S.b(BF, { date: bd, amt: -845, text: 'FEE: ELECTRONIC PAYMENT' }), 'charge');
      S.match([b2], [S.l(LF, { date: bd, amt: -amt, type: 'Payments', ref, narr })], {
        traits: ['name-only'],
        evidence: 'counterparty',
      });
    }
  }
  // not in the books
  {
    S.noCounterpart(
      S.b(BF, { date: dayAt(10), amt: 345000, text: 'FNB OB PMT T MOLEFE' }),
      'unidentified receipt, not recorded',
    );
    S.noCounterpart(
      S.b(BF, { date: dayAt(12), amt: -85650, text: 'CARD PURCHASE ENGEN GERMISTON 4587*2231' }),
      'fuel on the company card, slip not handed in',
    );
  }
  // month end
  S.bankOnly(S.b(BF, { date: '2025-10-31', amt: -26500, text: 'MONTHLY MANAGEMENT FEE' }), 'charge');
  S.bankOnly(S.b(BF, { date: '2025-10-31', amt: -3850, text: 'NOTIFICATION FEES 55 SMS' }), 'charge');
  S.bankOnly(S.b(BF, { date: '2025-10-31', amt: 1273, text: 'CREDIT INTEREST' }), 'interest');
  return {
    set: 'za-nedbank-pastel',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-10-01', to: '2025-10-31' },
    bankFiles: [
      {
        file: BF,
        bank: 'Nedbank',
        layout: 'nedbank',
        ledgerAccount: '8400/000',
        opening: 48512340,
        readOptions: {},
        hasRef: false,
      },
    ],
    ledgerFiles: [
      {
        file: LF,
        package: 'Sage Pastel Partner (Account Enquiry, CSV)',
        layout: 'pastel',
        openingBooks: 48890120,
        readOptions: {
          mapping: {
            date: 'Date',
            reference: 'Reference',
            description: 'Description',
            moneyIn: 'Debit',
            moneyOut: 'Credit',
          },
          dateOrder: 'DMY',
        },
      },
    ],
  };
}
