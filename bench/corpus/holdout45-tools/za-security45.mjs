// ZA: a guarding and armed-response company in Centurion. Clients pay monthly guarding invoices by EFT, residents
// pay armed response by debit order (one collection run, some unpaid); the money goes out as wages (fortnightly
// batches, relief guards by PayShap), SARS, the provident fund, uniforms and fuel. Fees are VAT-inclusive.
import { Month } from './month45.mjs';

export function zaSecurity(rng) {
  const m = new Month({ year: 2030, month: 10, rng });
  const title = (s) => s.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase());
  const credit = (date, amount, payer, ref) => m.line(date, amount, 'CREDIT TRANSFER', ref, { party: payer });
  const eft = (date, amount, payee, ref) => {
    const l = m.line(date, -amount, 'IB PAYMENT TO', ref, { party: payee });
    m.charge(l, 950, 'FEE: ELECTRONIC ACCOUNT PAYMENT', 'charge');
    return l;
  };
  const payshap = (date, amount, payee, ref) => {
    const l = m.line(date, -amount, 'PAYSHAP PAYMENT TO', ref, { party: payee });
    m.charge(l, 700, 'FEE: PAYSHAP PAYMENT', 'charge');
    return l;
  };
  const inv = () => rng.digits(4);
  const invRow = (date, amount, client, no, memo = 'Guarding services') =>
    m.row(date, amount, {
      ref: `SRS-${no}`,
      party: client,
      desc: memo,
      desc2: `EFT ${date.slice(8)}/${date.slice(5, 7)}`,
    });
  const ways = [
    (n) => `INV ${n}`,
    (n) => `SRS${n}`,
    (n) => `SENTINEL ${n}`,
    (n) => `SRS-INV-${n} SEPT`,
    (n) => `ACC ${n} GUARDING`,
  ];
  const clients = [
    'WILLOWBROOK ESTATE HOA',
    'IRENE VILLAGE MALL',
    'HIGHVELD CHRISTIAN SCHOOL',
    'ROOIHUIS LOGISTICS PARK',
    'ZWARTKOP COUNTRY ESTATE',
    'LYTTELTON MOTOR CITY',
    'ECO GLADES OFFICE PARK',
    'OLIFANTSFONTEIN FOODS',
    'MIDSTREAM RIDGE HOA',
    'CLUBVIEW MEDICAL SUITES',
    'VALHALLA SPORTS CLUB',
    'DORINGKLOOF STORAGE',
  ];
  let l;
  let amt;
  clients.forEach((c, i) => {
    const no = inv();
    amt = rng.major(18000, 260000, 1) + rng.int(0, 99);
    l = credit(m.randomDay(1, 12), amt, c, ways[i % ways.length](no));
    m.auto(l, invRow(m.lag(l.date), amt, title(c), no), 'reference', ['reference-in-reference-field']);
  });
  // the metro pays three invoices in one run, quoting its own vendor number and the first invoice
  const n1 = Number(inv());
  const m3 = [0, 1, 2].map(() => rng.major(90000, 240000, 1));
  l = credit(
    m.wd(14),
    m3.reduce((s, x) => s + x, 0),
    'CITY OF TSHWANE',
    `VENDOR 0${rng.digits(6)} INV ${n1}/${String(n1 + 1).slice(-2)}/${String(n1 + 2).slice(-2)}`,
  );
  m.auto(
    l,
    m3.map((a, i) => invRow(m.wd(13), a, 'City of Tshwane', String(n1 + i), `Guarding services depot ${i + 1}`)),
    'reference',
    ['split-one-to-many'],
  );
  for (const c of ['KNOPPIESLAAGTE FARMS', 'HENNOPSPARK STEEL']) {
    amt = rng.major(30000, 120000, 1);
    l = credit(m.randomDay(4, 15), amt, c, 'SECURITY');
    m.auto(l, invRow(m.lag(l.date), amt, title(c), inv()), 'counterparty', ['name-only']);
  }
  let no = inv();
  amt = rng.major(60000, 140000, 1);
  l = credit(m.wd(9), amt - rng.major(4000, 11000, 1), 'AMBERFIELD BODY CORPORATE', `SRS ${no} LESS DISPUTED HRS`);
  m.suggest(l, invRow(m.lag(l.date), amt, 'Amberfield Body Corporate', no), 'reference', true, ['part-payment']);
  no = inv();
  amt = rng.major(25000, 60000, 1);
  l = credit(m.wd(10), amt + 150000, 'SUNDERLAND RIDGE PRIMARY', `INV${no} INCL EXTRA EVENT`);
  m.auto(l, invRow(m.lag(l.date), amt, 'Sunderland Ridge Primary', no), 'reference', ['over-payment']);
  amt = rng.major(20000, 50000, 1);
  const ta = invRow(m.wd(14), amt, 'Monavoni Heights Body Corporate', inv(), 'Guarding services September');
  const tb = invRow(m.wd(14), amt, 'Monavoni Heights Body Corporate', inv(), 'Guarding services October');
  l = credit(m.wd(15), amt, 'MONAVONI HEIGHTS BC', 'MONTHLY');
  m.tie(l, ta, tb, 'counterparty');
  // armed response debit orders: one collection run, two unpaid
  const batch = `0${rng.digits(6)}`;
  amt = rng.major(180000, 320000, 1) + rng.int(0, 99);
  l = m.line(m.wd(1), amt, 'DEBIT ORDER COLLECTION', `BATCH ${batch}`, { party: 'SENTINEL RIDGE COLL' });
  m.auto(
    l,
    m.row(m.wd(1), amt, {
      ref: `DO-${batch}`,
      party: 'Armed response debit orders',
      desc: 'Debit order run October 2030',
      desc2: `BATCH ${batch}`,
    }),
    'reference',
  );
  for (const who of ['T MOKOENA', 'J VAN DER MERWE']) {
    l = m.line(m.wd(5), -rng.major(450, 950, 5), 'UNPAID DEBIT ORDER', 'INSUFFICIENT FUNDS', { party: who });
    m.none(l, ['returned-debit-order']);
    m.charge(l, 9900, 'FEE: UNPAID DEBIT ORDER', 'charge');
  }
  // SARS VAT refund
  const vprn = `4${rng.digits(9)}`;
  amt = rng.major(40000, 140000, 1) + rng.int(0, 99);
  l = credit(m.wd(12), amt, 'SARS VAT REFUND', `VAT ${vprn} 09/2030`);
  m.auto(
    l,
    m.row(m.lag(l.date, 3), amt, {
      ref: `VAT ${vprn}`,
      party: 'SARS',
      desc: 'VAT201 refund period 09/2030',
      desc2: '',
    }),
    'reference',
  );

  // ---- wages and statutory ----
  for (const [k, label] of [
    [10, 'WAGES 01-15 OCT'],
    [-1, 'WAGES 16-31 OCT'],
  ]) {
    const b = `WB${rng.digits(6)}`;
    amt = rng.major(1400000, 1900000, 1) + rng.int(0, 99);
    l = m.line(m.wd(k), -amt, 'PAYMENT BATCH', `${b} ${label}`, { party: 'SENTINEL RIDGE PAYROLL' });
    m.charge(l, rng.int(140, 180) * 450, 'FEE: BATCH PAYMENT ITEMS', 'charge');
    m.auto(
      l,
      m.row(l.date, -amt, {
        ref: b,
        party: 'Wages control',
        desc: `Net wages ${label.slice(6).toLowerCase()}`,
        desc2: '',
      }),
      'reference',
    );
  }
  const guards = [
    'SIPHO NDLOVU',
    'THABO MASEKO',
    'LERATO KHUMALO',
    'MPHO RADEBE',
    'BONGANI ZULU',
    'KAGISO MOLEFE',
    'NKOSINATHI DUBE',
  ];
  for (const g of guards) {
    amt = rng.major(1800, 4200, 10);
    l = payshap(m.randomDay(3, 20), amt, g, 'RELIEF SHIFTS');
    m.auto(
      l,
      m.row(l.date, -amt, { ref: `RW${rng.digits(4)}`, party: title(g), desc: 'Relief guard shifts', desc2: '' }),
      'counterparty',
      ['name-only'],
    );
  }
  amt = rng.major(1800, 3600, 10);
  const bad = payshap(m.wd(8), amt, 'PALESA MOKOENA', 'RELIEF SHIFTS');
  const back = m.line(m.wd(8), amt, 'PAYSHAP RETURNED ACCOUNT CLOSED', 'RELIEF SHIFTS', { party: 'PALESA MOKOENA' });
  m.reversal(bad, back);
  l = payshap(m.wd(9), amt, 'PALESA MOKOENA', 'RELIEF SHIFTS NEW ACC');
  m.auto(
    l,
    m.row(m.wd(8), -amt, {
      ref: `RW${rng.digits(4)}`,
      party: 'Palesa Mokoena',
      desc: 'Relief guard shifts',
      desc2: '',
    }),
    'counterparty',
    ['name-only'],
  );
  amt = rng.major(1500, 2500, 10);
  const w1 = payshap(m.wd(17), amt, 'JABULANI SITHOLE', 'RELIEF SHIFTS');
  const w2 = payshap(m.wd(17), amt, 'JABULANI SITHOLE', 'RELIEF SHIFTS');
  m.twins(
    w1,
    w2,
    m.row(m.wd(17), -amt, {
      ref: `RW${rng.digits(4)}`,
      party: 'Jabulani Sithole',
      desc: 'Relief guard shifts',
      desc2: 'site A',
    }),
    m.row(m.wd(17), -amt, {
      ref: `RW${rng.digits(4)}`,
      party: 'Jabulani Sithole',
      desc: 'Relief guard shifts',
      desc2: 'site B',
    }),
    'counterparty',
  );
  const emp = `7${rng.digits(9)}LC1030`;
  amt = rng.major(380000, 520000, 1) + rng.int(0, 99);
  l = m.line(m.wd(5), -amt, 'SARS EFILING PAYMENT', emp, { party: 'SARS-PAYE' });
  m.auto(
    l,
    m.row(m.wd(5), -amt, { ref: emp, party: 'SARS', desc: 'EMP201 September 2030 PAYE UIF SDL', desc2: '' }),
    'reference',
  );
  const pf = `PSSPF${rng.digits(6)}`;
  amt = rng.major(210000, 320000, 1);
  l = eft(m.wd(6), amt, 'PRIVATE SECURITY SECTOR PROV', `${pf} SEP`);
  m.auto(
    l,
    m.row(m.lag(l.date), -amt, {
      ref: pf,
      party: 'Private Security Sector Provident Fund',
      desc: 'Provident fund contributions September',
      desc2: '',
    }),
    'reference',
  );
  const ps = rng.digits(7);
  amt = rng.major(8000, 20000, 10);
  l = eft(m.wd(7), amt, 'PSIRA', `ANNUAL FEES ${ps}`);
  m.auto(
    l,
    m.row(m.lag(l.date), -amt, { ref: `PSIRA ${ps}`, party: 'PSIRA', desc: 'Annual registration fees', desc2: '' }),
    'reference',
  );
  for (const [sup, what] of [
    ['TSHWANE UNIFORM HOUSE', 'Uniforms and boots'],
    ['RADIOLINK TWO-WAY', 'Radio network rental'],
    ['TRAKSURE VEHICLE TRACKING', 'Tracking subscriptions'],
    ['CENTURION FLEET FUEL', 'Response vehicle fuel'],
  ]) {
    const sinv = rng.digits(5);
    amt = rng.major(9000, 85000, 1) + rng.int(0, 99);
    l = eft(m.randomDay(4, 20), amt, sup, `SENTINEL INV ${sinv}`);
    m.auto(l, m.row(m.lag(l.date), -amt, { ref: `AP-${sinv}`, party: title(sup), desc: what, desc2: '' }), 'reference');
  }
  const case1 = rng.digits(5);
  amt = rng.major(600, 1500, 5);
  l = eft(m.wd(-2), amt, 'DU PLESSIS ATTORNEYS', `EAO ${case1} K MOLEFE`);
  m.auto(
    l,
    m.row(m.wd(-2), -amt, {
      ref: `EAO ${case1}`,
      party: 'Du Plessis Attorneys',
      desc: 'Emolument attachment order deducted from wages',
      desc2: '',
    }),
    'reference',
  );
  // decoy, unknown, last month's
  amt = rng.major(15000, 40000, 100);
  m.ledgerOnly(
    m.row(m.wd(11), amt, {
      ref: `SRS-${inv()}`,
      party: 'Mahlangu Heights HOA',
      desc: 'Guarding services (remittance advice only)',
      desc2: '',
    }),
    'posted from a remittance advice; the money did not come this month',
  );
  l = credit(m.wd(16), amt, 'MAHLANGU PLUMBING', 'REFUND DEPOSIT');
  m.none(l, ['decoy']);
  l = credit(m.wd(13), rng.major(1000, 9000, 1) + 45, 'N SHABALALA', 'PAYMENT');
  m.none(l, ['unknown']);
  const lastMonth = rng.major(20000, 60000, 1);
  l = eft(m.wd(1), lastMonth, 'GAUTENG K9 SUPPLIES', 'SEP DOG FOOD');
  m.none(l, ['last-month']);
  m.ledgerOnly(
    m.row(m.wd(-1), -rng.major(30000, 90000, 1), {
      ref: `AP-${rng.digits(5)}`,
      party: 'Tshwane Uniform House',
      desc: 'Winter jackets (scheduled for 2 November)',
      desc2: '',
    }),
    'payment scheduled for next month',
  );
  l = m.line(m.wd(-1), -rng.int(60000, 75000), '#MONTHLY ACCOUNT FEE', '', {});
  m.bankOnly(l, 'charge');
  l = m.line(m.wd(-1), -rng.int(8000, 15000), '#CASH/NOTIFICATION FEES', '', {});
  m.bankOnly(l, 'charge');
  l = m.line(m.wd(-1), rng.int(2000, 9000), 'CREDIT INTEREST', '', {});
  m.bankOnly(l, 'interest');
  return { m, openingBank: 420000000, bookOpeningAdjust: -lastMonth };
}
