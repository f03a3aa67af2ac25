// GH: an insurance broker's premium collection (client money) account in Airport City, Accra. Clients pay debit
// notes by GIP, cheque and MoMo; the broker remits premiums net of commission to the insurers by bordereau, sweeps
// its commission to the operating account, and passes claim money through. No VAT on Ghanaian bank charges.
import { Month } from './month45.mjs';
import { bp } from './lib45.mjs';

export function ghBroker(rng) {
  const m = new Month({ year: 2030, month: 11, rng });
  const gipRef = () => `GIP${rng.digits(12)}`;
  const gipIn = (date, amount, payer, text) => m.line(date, amount, `INW GIP TRF FRM ${payer} REF ${text}`, gipRef());
  const gipOut = (date, amount, payee, text) => {
    const l = m.line(date, -amount, `GIP TRF TO ${payee} - ${text}`, gipRef());
    m.charge(l, 500, 'GIP TRANSFER CHARGE', 'charge');
    return l;
  };
  const dn = () => rng.digits(4);
  const dnRow = (date, amount, client, no, cover = 'Motor comprehensive renewal') =>
    m.row(date, amount, { ref: `HIB/DN/30/${no}`, party: client, desc: `${cover} – premium received` });
  const ways = [
    (n) => `DN${n}`,
    (n) => `HIB DN ${n}`,
    (n) => `DEBIT NOTE ${n}`,
    (n) => `PREMIUM DN-${n}`,
    (n) => `HIB-DN-30-${n}`,
    (n) => `INSURANCE ${n} RENEWAL`,
  ];
  const clients = [
    'Asamoah Pharmacy Ltd',
    'Kpone Cold Stores',
    'Nii Armah Ankrah',
    'Tema Paints & Coatings',
    'Efua Mensimah Quaye',
    'Dansoman Medical Centre',
    'Kwesi Ofori-Atta',
    'Abokobi Block Factory',
    'Sefwi Timber Works',
    'Adjoa Serwaa Bediako',
    'Oyarifa Poultry Farms',
    'Nkawkaw Transport Union',
    'Akosua Dufie Amponsah',
    'Labone Montessori School',
  ];
  const covers = [
    'Motor comprehensive renewal',
    'Fire and allied perils',
    'Goods in transit',
    'Public liability',
    'Motor third party',
  ];
  let l;
  let amt;
  clients.forEach((c, i) => {
    const no = dn();
    amt = rng.major(900, 38000, 5);
    l = gipIn(m.randomDay(1, 20), amt, c.toUpperCase(), ways[i % ways.length](no));
    m.auto(l, dnRow(m.lag(l.date), amt, c, no, rng.pick(covers)), 'reference', ['reference-written-differently']);
  });
  for (const c of ['Volta Agro Processing Ltd', 'Ridge Hospitality Group', 'Kasoa Plastics Ltd']) {
    amt = rng.major(4000, 26000, 5);
    l = gipIn(m.randomDay(3, 19), amt, c.toUpperCase().replace(/ LTD$/, ''), 'INSURANCE');
    m.auto(l, dnRow(m.lag(l.date), amt, c, dn(), rng.pick(covers)), 'counterparty', ['name-only']);
  }
  let no = dn();
  amt = rng.major(12000, 30000, 100);
  l = gipIn(m.wd(8), Math.floor(amt / 300) * 100, 'ABOAGYE FARMS', `DN ${no} FIRST PART`);
  m.suggest(l, dnRow(m.lag(l.date), amt, 'Aboagye Farms Ltd', no, 'Farm property all risks'), 'reference', true, [
    'part-payment',
  ]);
  no = dn();
  amt = rng.major(2000, 7000, 5);
  l = gipIn(m.wd(10), amt + 2000, 'YAW BONSU', `DN${no} + 20`);
  m.auto(l, dnRow(m.lag(l.date), amt, 'Yaw Bonsu', no), 'reference', ['over-payment']);
  // a fleet of four vehicles under four consecutive debit notes, paid in one transfer quoting the range
  const first = Number(dn());
  const fleet = [0, 1, 2, 3].map(() => rng.major(3500, 9000, 5));
  l = gipIn(
    m.wd(12),
    fleet.reduce((s, x) => s + x, 0),
    'METRO SHUTTLE SERVICES',
    `DN ${first}-${first + 3} FLEET`,
  );
  m.auto(
    l,
    fleet.map((a, i) =>
      dnRow(m.lag(l.date), a, 'Metro Shuttle Services', String(first + i), `Motor fleet vehicle ${i + 1}`),
    ),
    'reference',
    ['split-one-to-many'],
  );
  // group life by two company cheques (the drawer's signing limit), one debit note
  no = dn();
  const c1 = rng.major(40000, 60000, 100);
  const c2 = rng.major(15000, 35000, 100);
  const chqA = m.line(m.wd(6), c1, `CHQ DEP GHANA OILSEEDS DN ${no}`, `00${rng.digits(4)}`);
  const chqB = m.line(m.wd(6), c2, `CHQ DEP GHANA OILSEEDS DN ${no}`, `00${rng.digits(4)}`);
  m.auto([chqA, chqB], dnRow(m.wd(5), c1 + c2, 'Ghana Oilseeds Co', no, 'Group life annual premium'), 'reference', [
    'split-many-to-one',
    'cheque',
  ]);
  // a cheque lodged and returned unpaid (the receipt booked; the return not yet)
  no = dn();
  amt = rng.major(3000, 9000, 5);
  const chqNo = `00${rng.digits(4)}`;
  l = m.line(m.wd(9), amt, `CHQ DEP KORLE BU PHARMA DN ${no}`, chqNo);
  m.auto(l, dnRow(m.wd(8), amt, 'Korle Bu Pharma Ltd', no, 'Fire and allied perils'), 'reference', ['cheque']);
  const ret = m.line(m.wd(12), -amt, `RETURNED CHQ ${chqNo} REFER TO DRAWER`, chqNo);
  m.none(ret, ['cheque-returned']);
  m.charge(ret, 10000, 'RETURNED CHEQUE CHARGE', 'charge');
  // tie: one client, two equal motor debit notes, pays one by name
  amt = rng.major(2500, 6000, 5);
  const ta = dnRow(m.wd(10), amt, 'Kofi Boakye Danquah', dn(), 'Motor comprehensive – GR 4471-22');
  const tb = dnRow(m.wd(10), amt, 'Kofi Boakye Danquah', dn(), 'Motor comprehensive – GT 8813-23');
  l = gipIn(m.wd(11), amt, 'KOFI BOAKYE DANQUAH', 'CAR INSURANCE');
  m.tie(l, ta, tb, 'counterparty');
  // twins: two equal transfers, same day, same text, two equal debit notes not quoted
  amt = rng.major(4000, 9000, 5);
  const w1 = gipIn(m.wd(14), amt, 'ESI MANUFACTURING', 'INSURANCE PREMIUM');
  const w2 = gipIn(m.wd(14), amt, 'ESI MANUFACTURING', 'INSURANCE PREMIUM');
  m.twins(
    w1,
    w2,
    dnRow(m.wd(13), amt, 'Esi Manufacturing Ltd', dn(), 'Motor – van A'),
    dnRow(m.wd(13), amt, 'Esi Manufacturing Ltd', dn(), 'Motor – van B'),
    'counterparty',
  );
  // MoMo merchant settlements net of 1 %
  for (const k of [4, 9, 14, 19]) {
    const batch = `MM${rng.digits(8)}`;
    const gross = rng.major(1500, 6500, 1) + rng.int(0, 99);
    const row = m.row(m.wd(k - 1), gross, {
      ref: batch,
      party: 'MTN MoMo collections',
      desc: 'Third-party motor premiums via MoMo',
    });
    const net = gross - bp(gross, 100);
    l = m.line(
      m.wd(k),
      net,
      k === 14 ? 'MTN MOMO MERCHANT SETTLEMENT' : `MTN MOMO MERCHANT SETTLEMENT ${batch}`,
      `MS${rng.digits(9)}`,
    );
    if (k === 14) m.suggest(l, row, 'counterparty', false, ['short-fee', 'net-of-fee']);
    else m.auto(l, row, 'reference', ['short-fee', 'net-of-fee']);
  }
  m.ledgerOnly(
    m.row(m.wd(-1), rng.major(1500, 4000, 1), {
      ref: `MM${rng.digits(8)}`,
      party: 'MTN MoMo collections',
      desc: 'Third-party motor premiums via MoMo (settles in December)',
    }),
    'MoMo takings of the last days, settled next month',
  );
  // claims passed through: the insurer pays, the broker pays the client
  for (const [insurer, client] of [
    ['ENTERPRISE INSURANCE', 'KWAKU ASANTE'],
    ['STAR ASSURANCE', 'MAAME ESI TAYLOR'],
  ]) {
    const clm = `0${rng.digits(3)}`;
    amt = rng.major(6000, 24000, 10);
    l = gipIn(m.randomDay(2, 12), amt, insurer, `CLAIM MTR/30/${clm} ${client}`);
    m.auto(
      l,
      m.row(m.lag(l.date), amt, {
        ref: `CLM/MTR/30/${clm}`,
        party: insurer.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        desc: `Claim settlement received for ${client.toLowerCase()}`,
      }),
      'reference',
    );
    const out = gipOut(m.wd(m.days.indexOf(l.date) + 3), amt, client, `CLAIM ${clm}`);
    m.auto(
      out,
      m.row(out.date, -amt, {
        ref: `CLM/MTR/30/${clm}`,
        party: client.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase()),
        desc: 'Claim paid over to insured',
      }),
      'reference',
    );
  }
  // remittances to insurers by bordereau, net of commission
  const remit = (k, insurer, bdx, quoted = true) => {
    amt = rng.major(25000, 160000, 1) + rng.int(0, 99);
    const big = amt > 10000000;
    const text = quoted ? `OCT 2030 BDX B${bdx}` : 'PREMIUM REMITTANCE';
    if (big) {
      l = m.line(m.wd(k), -amt, `RTGS TO ${insurer} - ${text}`, `RT${rng.digits(10)}`);
      m.charge(l, 3000, 'RTGS CHARGE', 'charge');
    } else l = gipOut(m.wd(k), amt, insurer, text);
    const party = insurer.replace(/\b(\w)(\w+)/g, (x, a, b) => a + b.toLowerCase());
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, { ref: `BDX/B${bdx}`, party, desc: 'Net premium remittance, October bordereau' }),
      quoted ? 'reference' : 'counterparty',
      quoted ? [] : ['name-only'],
    );
  };
  remit(5, 'STAR ASSURANCE', rng.digits(4));
  remit(6, 'SIC INSURANCE PLC', rng.digits(4));
  remit(7, 'HOLLARD INSURANCE GHANA', rng.digits(4), false);
  remit(8, 'GLICO GENERAL', rng.digits(4));
  remit(10, 'PRIME INSURANCE', rng.digits(4));
  const bdx = rng.digits(4);
  amt = rng.major(20000, 60000, 1);
  const bad = gipOut(m.wd(9), amt, 'VANGUARD ASSURANCE', `OCT 2030 BDX B${bdx}`);
  const back = m.line(m.wd(10), amt, `GIP RETURN VANGUARD ASSURANCE BDX B${bdx} INVALID ACCOUNT`, gipRef());
  m.reversal(bad, back);
  l = gipOut(m.wd(11), amt, 'VANGUARD ASSURANCE', `OCT 2030 BDX B${bdx} RESENT`);
  m.auto(
    l,
    m.row(m.wd(9), -amt, {
      ref: `BDX/B${bdx}`,
      party: 'Vanguard Assurance',
      desc: 'Net premium remittance, October bordereau',
    }),
    'reference',
  );
  // commission swept to the operating account
  amt = rng.major(30000, 70000, 1);
  l = m.line(m.wd(3), -amt, 'TRF TO HARMATTAN OPERATING - COMM OCT 2030', `IT${rng.digits(10)}`);
  m.auto(
    l,
    m.row(m.wd(3), -amt, {
      ref: 'COMM/10/30',
      party: 'Harmattan Operating A/C',
      desc: 'Brokerage commission October to operating account',
    }),
    'counterparty',
    ['name-only'],
  );
  // a return premium on a cancelled policy, by name
  amt = rng.major(600, 2400, 5);
  l = gipOut(m.wd(15), amt, 'ABENA OWUSU-ANSAH', 'REFUND CANCELLED POLICY');
  m.auto(
    l,
    m.row(m.lag(l.date), -amt, {
      ref: `CN/30/${rng.digits(3)}`,
      party: 'Abena Owusu-Ansah',
      desc: 'Return premium on cancellation',
    }),
    'counterparty',
    ['name-only'],
  );
  // decoy, unknown, last month's
  amt = rng.major(3000, 6000, 100);
  m.ledgerOnly(
    m.row(m.wd(7), amt, {
      ref: `HIB/DN/30/${dn()}`,
      party: 'Kwadwo Boateng',
      desc: 'Motor comprehensive renewal – premium received (promised)',
    }),
    'booked from the client’s promise; not received',
  );
  l = gipIn(m.wd(16), amt, 'BOATENG ENTERPRISES', 'OFFICE SPACE RENT NOV');
  m.none(l, ['decoy']);
  l = gipIn(m.wd(13), rng.major(700, 2200, 5) + 37, 'EMMANUEL TETTEH', 'PAYMENT');
  m.none(l, ['unknown']);
  const lastMonth = rng.major(15000, 40000, 1);
  l = gipOut(m.wd(1), lastMonth, 'SERENITY INSURANCE', 'SEP 2030 BDX');
  m.none(l, ['last-month']);
  m.ledgerOnly(
    m.row(m.wd(-1), -rng.major(30000, 90000, 1), {
      ref: `BDX/B${rng.digits(4)}`,
      party: 'Enterprise Insurance',
      desc: 'Net premium remittance (authorised, paid in December)',
    }),
    'remittance authorised on the last day',
  );
  l = m.line(m.wd(-1), -rng.int(60, 140) * 20, 'SMS ALERT CHARGES', '');
  m.bankOnly(l, 'charge');
  l = m.line(m.wd(-1), -5000, 'ACCOUNT MAINTENANCE FEE', '');
  m.bankOnly(l, 'charge');
  return { m, openingBank: 95000000, bookOpeningAdjust: -lastMonth };
}
