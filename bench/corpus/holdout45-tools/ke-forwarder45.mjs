// KE: a clearing and forwarding agent in Shimanzi, Mombasa. Importers fund each job (duty, port charges, agency
// fee); the agent pays KRA customs duty by e-slip, KPA port charges, shipping agents' delivery-order charges and
// transporters, and gets container deposits back. Every bank charge carries 20 % excise duty on a line of its own.
import { Month } from './month45.mjs';
import { bp } from './lib45.mjs';

export function keForwarder(rng) {
  const m = new Month({ year: 2030, month: 7, rng });
  const ft = () => `FT30${rng.digits(8)}`;
  const withFee = (l, fee, what) => {
    m.charge(l, fee, `${what} CHARGE`, 'charge');
    m.charge(l, bp(fee, 2000), `EXCISE DUTY ON ${what} CHARGE`, 'tax');
  };
  const rtgsIn = (date, amount, payer, text) => m.line(date, amount, `RTGS CR ${payer} ${text}`, ft());
  const plIn = (date, amount, payer, text) => m.line(date, amount, `PESALINK CR FROM ${payer} ${text}`, ft());
  const out = (date, amount, payee, text) => {
    const rail = amount > 99900000 ? 'RTGS' : 'PESALINK';
    const l = m.line(date, -amount, `${rail} DR TO ${payee} ${text}`, ft());
    withFee(l, rail === 'RTGS' ? 35000 : 7500, rail);
    return l;
  };
  const job = () => rng.digits(4);
  const jobRow = (date, amount, client, no, kind = 'IMP') =>
    m.row(date, amount, {
      ref: `RC${rng.digits(5)}`,
      party: client,
      desc: 'Funds received for clearing',
      desc2: `MSA/${kind}/${no}`,
    });
  const ways = [
    (n) => `JOB ${n}`,
    (n) => `MSAIMP${n}`,
    (n) => `FILE NO ${n}`,
    (n) => `CLEARING ${n}`,
    (n) => `MSA IMP ${n}`,
  ];
  const clients = [
    'NAKURU HARDWARE MART',
    'KISUMU AGROVET SUPPLIES',
    'THIKA PLASTICS',
    'RIFT VALLEY SOLAR',
    'ELDORET TILES CENTRE',
    'MALINDI FISHING GEAR',
    'KITENGELA STEEL',
    'NYALI MEDICAL SUPPLIES',
    'EMBU MOTOR SPARES',
    'GARISSA TEXTILES',
  ];
  let l;
  let amt;
  clients.forEach((c, i) => {
    const no = job();
    amt = rng.major(180000, 2400000, 10);
    l = (i % 3 === 0 ? plIn : rtgsIn)(m.randomDay(1, 18), amt, c, ways[i % ways.length](no));
    m.auto(
      l,
      jobRow(
        m.lag(l.date),
        amt,
        c.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        no,
      ),
      'reference',
      ['reference-written-differently'],
    );
  });
  // three jobs funded in one RTGS
  const jobs3 = [job(), job(), job()];
  const a3 = jobs3.map(() => rng.major(300000, 1200000, 10));
  l = rtgsIn(
    m.wd(9),
    a3.reduce((s, x) => s + x, 0),
    'LAKE BASIN MILLERS',
    `JOBS ${jobs3.join(' ')}`,
  );
  m.auto(
    l,
    jobs3.map((n, i) => jobRow(m.wd(4 + i), a3[i], 'Lake Basin Millers Ltd', n)),
    'reference',
    ['split-one-to-many'],
  );
  // one job funded in two parts: the duty first, the agency fee and port charges later
  let no = job();
  amt = rng.major(900000, 2200000, 10);
  const part1 = Math.floor((amt * 0.7) / 100000) * 100000;
  const g1 = rtgsIn(m.wd(5), part1, 'MACHAKOS FURNITURE', `DUTY JOB ${no}`);
  const g2 = plIn(m.wd(8), amt - part1, 'MACHAKOS FURNITURE', `BAL JOB ${no}`);
  m.auto([g1, g2], jobRow(m.wd(4), amt, 'Machakos Furniture Ltd', no), 'reference', ['split-many-to-one']);
  // withholding tax on the agency fee
  no = job();
  amt = rng.major(1200000, 3000000, 10);
  const fee = rng.major(40000, 90000, 10);
  l = rtgsIn(m.wd(11), amt - bp(fee, 500), 'TWIGA CEMENT DISTRIBUTORS', `MSA/IMP/${no} NET OF WHT`);
  m.auto(l, jobRow(m.lag(l.date), amt, 'Twiga Cement Distributors', no), 'reference', ['short-wht']);
  for (const c of ['KERICHO TEA PACKERS', 'NANYUKI FLOWER GROWERS']) {
    amt = rng.major(250000, 900000, 10);
    l = rtgsIn(m.randomDay(3, 17), amt, c, 'CLEARING FUNDS');
    m.auto(
      l,
      jobRow(
        m.lag(l.date),
        amt,
        c.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        job(),
      ),
      'counterparty',
      ['name-only'],
    );
  }
  no = job();
  amt = rng.major(800000, 2000000, 10);
  l = plIn(m.wd(13), Math.floor(amt / 200000) * 100000, 'VOI SISAL ESTATES', `JOB ${no} PART`);
  m.suggest(l, jobRow(m.lag(l.date), amt, 'Voi Sisal Estates', no), 'reference', true, ['part-payment']);
  amt = rng.major(200000, 600000, 10);
  const ta = jobRow(m.wd(12), amt, 'Kilifi Cashew Processors', job(), 'EXP');
  const tb = jobRow(m.wd(13), amt, 'Kilifi Cashew Processors', job(), 'EXP');
  l = rtgsIn(m.wd(14), amt, 'KILIFI CASHEW PROCESSORS', 'EXPORT CLEARING');
  m.tie(l, ta, tb, 'counterparty');
  // container deposits refunded by shipping agents
  for (const [agent, prefix] of [
    ['BAHARI LINE AGENCIES', 'BHLU'],
    ['INDIAN OCEAN SHIPPING AGENCY', 'IOSU'],
  ]) {
    const cntr = `${prefix}${rng.digits(7)}`;
    amt = rng.major(30000, 90000, 500);
    l = m.line(m.randomDay(6, 19), amt, `EFT CR ${agent} DEP REFUND ${cntr}`, ft());
    m.auto(
      l,
      m.row(m.lag(l.date, 3), amt, {
        ref: `CD${rng.digits(4)}`,
        party: agent.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        desc: 'Container deposit refund',
        desc2: cntr,
      }),
      'reference',
    );
  }
  // KRA customs duty by e-slip (no bank charge assumed)
  for (let i = 0; i < 8; i++) {
    const slip = `2030${rng.digits(9)}`;
    amt = rng.major(120000, 1800000, 1);
    l = m.line(m.randomDay(2, 20), -amt, `KRA CUSTOMS PAYMENT ESLIP ${slip}`, ft());
    m.auto(
      l,
      m.row(m.lag(l.date, 1), -amt, {
        ref: `ESLIP ${slip}`,
        party: 'Kenya Revenue Authority – Customs',
        desc: 'Import duty, VAT, IDF and RDL',
        desc2: `MSA/IMP/${job()}`,
      }),
      'reference',
    );
  }
  for (let i = 0; i < 3; i++) {
    const kpa = rng.digits(9);
    amt = rng.major(40000, 260000, 1);
    l = out(m.randomDay(3, 19), amt, 'KENYA PORTS AUTHORITY', `INV ${kpa}`);
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, {
        ref: `KPA${kpa}`,
        party: 'Kenya Ports Authority',
        desc: 'Port charges',
        desc2: `MSA/IMP/${job()}`,
      }),
      'reference',
    );
  }
  for (const agent of ['BAHARI LINE AGENCIES', 'INDIAN OCEAN SHIPPING AGENCY', 'COASTLINE CONTAINER AGENCIES']) {
    const dof = rng.digits(6);
    amt = rng.major(35000, 180000, 1);
    l = out(m.randomDay(2, 18), amt, agent, `DO CHGS ${dof}`);
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, {
        ref: `DO${dof}`,
        party: agent.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        desc: 'Delivery order and local charges',
        desc2: `MSA/IMP/${job()}`,
      }),
      'reference',
    );
  }
  // transporters
  for (const t of ['WANJIKU TRUCKING', 'SALIM BAKARI HAULIERS', 'KIBWEZI CARRIERS']) {
    const tno = rng.digits(4);
    amt = rng.major(85000, 260000, 500);
    l = out(m.randomDay(4, 19), amt, t, `TRIP INV ${tno}`);
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, {
        ref: `TI${tno}`,
        party: t.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        desc: 'Container haulage Mombasa–Nairobi',
        desc2: `MSA/IMP/${job()}`,
      }),
      'reference',
    );
  }
  const tno = rng.digits(4);
  amt = rng.major(90000, 200000, 500);
  const bad = out(m.wd(7), amt, 'MUTUA ROAD CARRIERS', `TRIP INV ${tno}`);
  const back = m.line(m.wd(8), amt, `PESALINK REVERSAL MUTUA ROAD CARRIERS TRIP INV ${tno} NAME MISMATCH`, ft());
  m.reversal(bad, back);
  l = out(m.wd(9), amt, 'MUTUA ROAD CARRIERS', `TRIP INV ${tno}`);
  m.auto(
    l,
    m.row(m.wd(7), -amt, {
      ref: `TI${tno}`,
      party: 'Mutua Road Carriers',
      desc: 'Container haulage Mombasa–Nairobi',
      desc2: `MSA/IMP/${job()}`,
    }),
    'reference',
  );
  amt = rng.major(70000, 150000, 500);
  const w1 = out(m.wd(12), amt, 'CHANGAMWE TRANSPORTERS', 'TRIP');
  const w2 = out(m.wd(12), amt, 'CHANGAMWE TRANSPORTERS', 'TRIP');
  m.twins(
    w1,
    w2,
    m.row(m.wd(12), -amt, {
      ref: `TI${rng.digits(4)}`,
      party: 'Changamwe Transporters',
      desc: 'Container haulage to ICD',
      desc2: `MSA/IMP/${job()}`,
    }),
    m.row(m.wd(12), -amt, {
      ref: `TI${rng.digits(4)}`,
      party: 'Changamwe Transporters',
      desc: 'Container haulage to ICD',
      desc2: `MSA/IMP/${job()}`,
    }),
    'counterparty',
  );
  // payroll and statutory
  amt = rng.major(1400000, 2100000, 1);
  l = m.line(m.wd(-2), -amt, 'BULK EFT SALARIES JUL 2030 PAYROLL PR0730 18 ITEMS', ft());
  m.charge(l, 18 * 5000, 'BULK EFT CHARGE 18 ITEMS', 'charge');
  m.charge(l, bp(18 * 5000, 2000), 'EXCISE DUTY ON BULK EFT CHARGE', 'tax');
  m.auto(l, m.row(m.wd(-2), -amt, { ref: 'PR0730', party: 'Staff', desc: 'Net salaries July 2030' }), 'reference');
  for (const [what, lo, hi] of [
    ['PAYE JUN 2030', 250000, 420000],
    ['HOUSING LEVY JUN 2030', 30000, 45000],
    ['SHIF JUN 2030', 40000, 60000],
  ]) {
    const prn = `2030${rng.digits(9)}`;
    amt = rng.major(lo, hi, 1);
    l = m.line(m.randomDay(5, 7), -amt, `KRA TAX PAYMENT PRN ${prn}`, ft());
    m.auto(l, m.row(m.lag(l.date), -amt, { ref: prn, party: 'Kenya Revenue Authority', desc: what }), 'reference');
  }
  const nssf = `E${rng.digits(8)}`;
  amt = 18 * 216000;
  l = out(m.wd(6), amt, 'NSSF', `EMPLOYER ${nssf} JUN 2030`);
  m.auto(l, m.row(m.wd(6), -amt, { ref: nssf, party: 'NSSF', desc: 'NSSF contributions June 2030' }), 'reference');
  // decoy, unknown, last month's
  amt = rng.major(120000, 300000, 1000);
  m.ledgerOnly(
    m.row(m.wd(10), amt, {
      ref: `RC${rng.digits(5)}`,
      party: 'Omondi Hardware Importers',
      desc: 'Funds received for clearing (advised, not received)',
      desc2: `MSA/IMP/${job()}`,
    }),
    'booked from the client’s remittance advice; no money this month',
  );
  l = rtgsIn(m.wd(16), amt, 'OMONDI TRANSPORTERS', 'REFUND OVERPAID TRIP');
  m.none(l, ['decoy']);
  l = plIn(m.wd(15), rng.major(20000, 90000, 1) + 50, 'HASSAN ABDI', 'PAYMENT');
  m.none(l, ['unknown']);
  const lastMonth = rng.major(300000, 900000, 1);
  l = m.line(m.wd(1), -lastMonth, `KRA CUSTOMS PAYMENT ESLIP 2030${rng.digits(9)}`, ft());
  m.none(l, ['last-month']);
  m.ledgerOnly(
    m.row(m.wd(-1), -rng.major(200000, 800000, 1), {
      ref: `ESLIP 2030${rng.digits(9)}`,
      party: 'Kenya Revenue Authority – Customs',
      desc: 'Import duty (slip generated, paid in August)',
      desc2: `MSA/IMP/${job()}`,
    }),
    'e-slip generated on the last day, paid next month',
  );
  l = m.line(m.wd(-1), -100000, 'LEDGER FEE JUL 2030', '');
  m.bankOnly(l, 'charge');
  m.charge(l, 20000, 'EXCISE DUTY ON LEDGER FEE', 'tax');
  l = m.line(m.wd(-1), -rng.int(30, 90) * 300, 'SMS ALERT CHARGES JUL 2030', '');
  m.bankOnly(l, 'charge');
  return { m, openingBank: 1850000000, bookOpeningAdjust: -lastMonth };
}
