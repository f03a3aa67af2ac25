// NG: a motor dealer and workshop in Ogba, Ikeja. Vehicle deposits and finance-house payouts, fleet and insurance
// workshop bills, card takings settled net of the acquirer's fee; stock, parts, payroll and statutory payments out.
// Every inward transfer of ₦10,000 or more carries the ₦50 EMTL; every NIP out its fee and the VAT on it.
import { Month } from './month45.mjs';
import { bp } from './lib45.mjs';

const BANKS = ['GTBANK', 'ZENITH BANK', 'ACCESS BANK', 'UBA', 'FIRST BANK', 'OPAY', 'KUDA MFB', 'MONIEPOINT MFB'];

export function ngMotors(rng) {
  const m = new Month({ year: 2030, month: 9, rng });
  const sess = () => `0000${rng.digits(26)}`;
  const nipIn = (date, amount, payer, text, extra) => {
    const l = m.line(date, amount, `NIP/FRM ${payer}/${rng.pick(BANKS)}/${text}`, sess(), extra);
    if (amount >= 1000000) m.charge(l, 5000, 'ELECTRONIC MONEY TRANSFER LEVY', 'levy');
    return l;
  };
  const nipOut = (date, amount, payee, text) => {
    const l = m.line(date, -amount, `NIP/TO ${payee}/${text}`, sess());
    const fee = amount <= 500000 ? 1000 : amount <= 5000000 ? 2500 : 5000;
    m.charge(l, fee, 'NIP TRANSFER FEE', 'charge');
    m.charge(l, bp(fee, 750), 'VAT ON NIP TRANSFER FEE', 'fee-vat');
    return l;
  };
  const inv = () => rng.digits(4);

  // ---- vehicle deals: deposit from the buyer, the balance from the finance house ----
  const models = ['TOYOTA COROLLA', 'HYUNDAI TUCSON', 'KIA SPORTAGE', 'TOYOTA HILUX', 'SUZUKI DZIRE', 'PEUGEOT 3008'];
  const deal = (buyer, financier) => {
    const no = inv();
    const price = rng.major(24000000, 72000000, 50000);
    const deposit = Math.floor(price / 100 / 10) * 3 * 100; // 30 %
    return { no, buyer, financier, price, deposit, finance: price - deposit, model: rng.pick(models) };
  };
  const depRow = (d, date, amount = d.deposit) =>
    m.row(date, amount, { ref: `VSI00${d.no}`, party: d.buyer, desc: `Deposit ${d.model} VSI00${d.no}` });
  const finRow = (d, date, amount = d.finance) =>
    m.row(date, amount, { ref: `VSI00${d.no}`, party: d.financier, desc: `Finance payout ${d.model}` });

  const d1 = deal('Adewale Ogunleye', 'Stanbic IBTC Bank Plc');
  let l = nipIn(m.wd(2), d1.deposit, 'ADEWALE OGUNLEYE', `VSI${d1.no} DEPOSIT`);
  m.auto(l, depRow(d1, m.lag(l.date)), 'reference', ['reference-written-differently']);
  l = nipIn(m.wd(9), d1.finance, 'STANBIC IBTC BANK', `AUTO LOAN DISB DEAL ${d1.no}`);
  m.auto(l, finRow(d1, l.date), 'reference');

  const d2 = deal('Grace Ebere Nnadi', 'Wema Bank Plc');
  const d2a = Math.floor(d2.deposit / 2 / 100000) * 100000;
  const l1 = nipIn(m.wd(4), d2a, 'GRACE EBERE NNADI', `DEP VSI ${d2.no} 1 OF 2`);
  const l2 = nipIn(m.wd(4), d2.deposit - d2a, 'GRACE EBERE NNADI', `DEP VSI ${d2.no} 2 OF 2`);
  m.auto([l1, l2], depRow(d2, m.wd(4)), 'reference', ['split-many-to-one', 'daily-limit']);
  l = nipIn(m.wd(12), d2.finance - 15000000, 'WEMA BANK PLC', `VEH FIN ${d2.no} NNADI LESS TRACKER+INS ADMIN`);
  m.auto(l, finRow(d2, m.lag(l.date)), 'reference', ['short-fee']);

  const d3 = deal('Ifeoma Nwachukwu', 'Sterling Asset Finance');
  l = nipIn(m.wd(6), d3.deposit, 'IFEOMA NWACHUKWU', 'CAR DEPOSIT');
  m.auto(l, depRow(d3, m.lag(l.date)), 'counterparty', ['name-only']);
  l = nipIn(m.wd(15), d3.finance, 'STERLING BANK', `ASSET FIN DRAWDOWN REF ${d3.no}`);
  m.auto(l, finRow(d3, l.date), 'reference');

  const d4 = deal('Babatunde Fashola-Ojo', 'Providus Bank');
  l = nipIn(m.wd(11), Math.floor(d4.deposit / 2 / 100000) * 100000, 'BABATUNDE FASHOLA-OJO', `PART DEP VSI-${d4.no}`);
  m.suggest(l, depRow(d4, m.lag(l.date)), 'reference', true, ['part-payment']);

  const lessor = 'Crestline Fleet Leasing Ltd';
  const f1 = deal(lessor, lessor);
  const f2 = { ...deal(lessor, lessor), no: String(Number(f1.no) + 1) };
  l = nipIn(m.wd(17), f1.price + f2.price, 'CRESTLINE FLEET LEASING', `PYT VSI ${f1.no} & ${f2.no}`);
  m.auto(
    l,
    [f1, f2].map((f) =>
      m.row(m.lag(l.date), f.price, { ref: `VSI00${f.no}`, party: lessor, desc: `Fleet sale ${f.model}` }),
    ),
    'reference',
    ['split-one-to-many'],
  );

  // trade-in: the dealer settles the buyer's old car loan at his bank
  const tin = rng.digits(7);
  const tinAmt = rng.major(3500000, 9000000, 1000);
  l = nipOut(m.wd(3), tinAmt, 'FCMB', `SETTLEMENT LN${tin} TRADE-IN OGUNLEYE`);
  m.auto(
    l,
    m.row(m.wd(3), -tinAmt, { ref: `TI00${inv()}`, party: 'FCMB – Loans', desc: `Trade-in loan payoff ${tin}` }),
    'reference',
  );

  // ---- workshop ----
  const posRows = [];
  for (const k of [2, 5, 7, 10, 13, 16, 19]) {
    const gross = rng.int(38000000, 96000000);
    const batch = `0${rng.digits(3)}`;
    const takeDay = m.wd(k);
    const row = m.row(takeDay, gross, {
      ref: `CT${batch}`,
      party: 'Card takings',
      desc: `Workshop card takings batch ${batch}`,
    });
    const net = gross - bp(gross, 50);
    const withBatch = k !== 7 && k !== 16;
    const line = m.line(
      m.wd(k + 1),
      net,
      withBatch ? `POS STLMT TID 2070MD01 BATCH ${batch}` : 'POS STLMT TID 2070MD01',
      `PS${rng.digits(10)}`,
    );
    if (withBatch) m.auto(line, row, 'reference', ['short-fee', 'net-of-fee']);
    else m.suggest(line, row, 'amount', false, ['short-fee', 'net-of-fee']);
    posRows.push(row);
  }
  m.ledgerOnly(
    m.row(m.wd(-1), rng.int(30000000, 60000000), {
      ref: `CT0${rng.digits(3)}`,
      party: 'Card takings',
      desc: 'Workshop card takings batch (last day, settles in October)',
    }),
    'card batch of the last day, settled next month',
  );
  const wsRow = (date, amount, party, no, what = 'Fleet servicing') =>
    m.row(date, amount, { ref: `WSI${no}`, party, desc: `${what} WSI${no}` });
  let no = inv();
  let amt = rng.major(350000, 1800000, 50);
  l = nipIn(m.wd(5), amt, 'HALDEN LOGISTICS LTD', `WSI${no}`);
  m.auto(l, wsRow(m.lag(l.date), amt, 'Halden Logistics Ltd', no), 'reference');
  no = inv();
  amt = rng.major(900000, 2400000, 100);
  l = nipIn(m.wd(8), amt - bp(amt, 500), 'TRANSCORP AGRO PROCESSORS', `PYT WSI ${no} LESS 5PCT WHT`);
  m.auto(l, wsRow(m.lag(l.date, 3), amt, 'Transcorp Agro Processors', no), 'reference', ['short-wht']);
  const no3a = inv();
  const no3b = inv();
  const a3 = rng.major(200000, 700000, 50);
  const b3 = rng.major(200000, 700000, 50);
  l = nipIn(m.wd(10), a3 + b3, 'ZAMANI COURIERS NIG LTD', `INV ${no3a}/${no3b}`);
  m.auto(
    l,
    [wsRow(m.wd(9), a3, 'Zamani Couriers Ltd', no3a), wsRow(m.wd(10), b3, 'Zamani Couriers Ltd', no3b)],
    'reference',
    ['split-one-to-many'],
  );
  amt = rng.major(400000, 1300000, 50);
  l = nipIn(m.wd(14), amt, 'BLUEWAVE HAULAGE', 'SERVICE BILL');
  m.auto(l, wsRow(m.lag(l.date), amt, 'Bluewave Haulage Ltd', inv()), 'counterparty', ['name-only']);
  amt = rng.major(300000, 900000, 50);
  const t1 = wsRow(m.wd(13), amt, 'Sunstone Courier Services', inv(), 'Van servicing');
  const t2 = wsRow(m.wd(15), amt, 'Sunstone Courier Services', inv(), 'Van servicing');
  l = nipIn(m.wd(16), amt, 'SUNSTONE COURIER SERVICES', 'AUG VAN SERVICING');
  m.tie(l, t1, t2, 'counterparty');
  no = inv();
  amt = rng.major(150000, 600000, 50);
  l = nipIn(m.wd(18), amt + 500000, 'KELECHI OBIDIKE', `WSI ${no} + TOWING`);
  m.auto(l, wsRow(m.lag(l.date), amt, 'Kelechi Obidike', no, 'Accident repair'), 'reference', ['over-payment']);
  const clm = `0${rng.digits(4)}`;
  amt = rng.major(1200000, 4200000, 100);
  l = nipIn(m.wd(13), amt, 'LEADWAY ASSURANCE CO', `CLM MTR 30 ${clm} REPAIR`);
  m.auto(
    l,
    m.row(m.lag(l.date, 3), amt, {
      ref: `IC${clm}`,
      party: 'Leadway Assurance Co',
      desc: `Insurance repair claim CLM/MTR/30/${clm}`,
    }),
    'reference',
  );
  amt = rng.major(45000, 180000, 50);
  l = nipIn(m.wd(19), amt, 'CHIDIEBERE EZEH', 'SERVICING');
  m.auto(l, wsRow(l.date, amt, 'Chidiebere Ezeh', inv(), 'Walk-in servicing'), 'counterparty', ['name-only']);

  // decoy: a supplier's refund of exactly a buyer's promised deposit, both Okonkwo
  amt = rng.major(400000, 900000, 10000);
  m.ledgerOnly(
    m.row(m.wd(12), amt, {
      ref: `VSI00${inv()}`,
      party: 'Okonkwo Emeka',
      desc: 'Reservation fee (promised, not received)',
    }),
    'booked from the buyer’s promise; no money this month',
  );
  l = nipIn(m.wd(20), amt, 'OKONKWO SPARES & ACCESSORIES', 'REFUND OVERCHARGED GASKETS');
  m.none(l, ['decoy']);
  l = nipIn(m.wd(7), rng.major(60000, 240000, 500) + 1500, 'ABUBAKAR SANI', 'TRF');
  m.none(l, ['unknown']);

  // ---- payments out ----
  for (const k of [3, 14]) {
    const ino = rng.digits(4);
    amt = rng.major(18000000, 45000000, 1000);
    l = nipOut(m.wd(k), amt, 'ATLANTIC MOTORS NIGERIA LTD', `STOCK INV AMN ${ino}`);
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, {
        ref: `PY${rng.digits(4)}`,
        party: 'Atlantic Motors Nigeria Ltd',
        desc: `Vehicle stock invoice AMN/INV/30/${ino}`,
      }),
      'reference',
    );
  }
  for (const [k, sup] of [
    [4, 'UNIPARTS DISTRIBUTION LTD'],
    [9, 'LUBCON OILS & LUBRICANTS'],
    [15, 'IKORODU BRAKE & CLUTCH CO'],
  ]) {
    const po = rng.digits(4);
    amt = rng.major(250000, 2500000, 50);
    l = nipOut(m.wd(k), amt, sup, `PO ${po}`);
    m.auto(
      l,
      m.row(m.lag(l.date), -amt, {
        ref: `PO${po}`,
        party: sup.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()),
        desc: 'Parts purchase',
      }),
      'reference',
    );
  }
  amt = rng.major(380000, 760000, 100);
  const tw1 = nipOut(m.wd(11), amt, 'IKEJA TYRE DEPOT', 'TYRES');
  const tw2 = nipOut(m.wd(11), amt, 'IKEJA TYRE DEPOT', 'TYRES');
  m.twins(
    tw1,
    tw2,
    m.row(m.wd(11), -amt, { ref: `PY${rng.digits(4)}`, party: 'Ikeja Tyre Depot', desc: 'Tyres for workshop' }),
    m.row(m.wd(11), -amt, { ref: `PY${rng.digits(4)}`, party: 'Ikeja Tyre Depot', desc: 'Tyres for used-car prep' }),
    'counterparty',
  );
  const po = rng.digits(4);
  amt = rng.major(300000, 900000, 50);
  const bad = nipOut(m.wd(6), amt, 'MAZI AUTO ELECTRICALS', `PO ${po}`);
  const back = m.line(m.wd(7), amt, `REVERSAL NIP/TO MAZI AUTO ELECTRICALS/PO ${po} INVALID ACCOUNT`, sess());
  m.reversal(bad, back);
  l = nipOut(m.wd(8), amt, 'MAZI AUTO ELECTRICALS', `PO ${po} RESEND`);
  m.auto(
    l,
    m.row(m.wd(6), -amt, { ref: `PO${po}`, party: 'Mazi Auto Electricals', desc: 'Alternators and starters' }),
    'reference',
  );

  const staff = 31;
  amt = rng.major(14000000, 19000000, 100);
  l = m.line(m.wd(-3), -amt, `BULK TRF PAYROLL PR0930 ${staff} BENEFICIARIES`, `BK${rng.digits(10)}`);
  m.charge(l, staff * 1000, `BULK TRANSFER FEE ${staff} @ 10.00`, 'charge');
  m.charge(l, bp(staff * 1000, 750), 'VAT ON BULK TRANSFER FEE', 'fee-vat');
  m.auto(
    l,
    m.row(m.wd(-3), -amt, { ref: 'PR0930', party: 'Staff salaries', desc: 'Net salaries September 2030' }),
    'reference',
  );
  const rrr = rng.digits(12);
  amt = rng.major(1800000, 2600000, 1);
  l = m.line(m.wd(5), -amt, `REMITA/LIRS PAYE AUG 2030 RRR ${rrr}`, `RM${rng.digits(10)}`);
  m.charge(l, 16125, 'REMITA CONVENIENCE FEE', 'charge');
  m.auto(
    l,
    m.row(m.wd(4), -amt, { ref: `RRR${rrr}`, party: 'Lagos State Internal Revenue Service', desc: 'PAYE August 2030' }),
    'reference',
  );
  const pen = `PEN${rng.digits(6)}`;
  amt = rng.major(1100000, 1700000, 1);
  l = nipOut(m.wd(6), amt, 'LEADWAY PENSURE PFA', `SCHEDULE ${pen}`);
  m.auto(
    l,
    m.row(m.lag(l.date), -amt, { ref: pen, party: 'Leadway Pensure PFA', desc: 'Pension contributions August 2030' }),
    'reference',
  );
  const mtr = rng.digits(11);
  amt = rng.major(350000, 600000, 1000);
  l = m.line(m.wd(2), -amt, `EKEDC PREPAID TOKEN MTR ${mtr}`, `EK${rng.digits(10)}`);
  m.auto(
    l,
    m.row(m.wd(2), -amt, { ref: 'EKEDC', party: 'Eko Electricity Distribution', desc: `Prepaid token meter ${mtr}` }),
    'reference',
  );
  const dno = rng.digits(4);
  amt = rng.major(900000, 1600000, 100);
  l = nipOut(m.wd(10), amt, 'OGBA PETROLEUM VENTURES', `DIESEL INV ${dno}`);
  m.auto(
    l,
    m.row(m.lag(l.date), -amt, {
      ref: `PY${rng.digits(4)}`,
      party: 'Ogba Petroleum Ventures',
      desc: `Diesel supply invoice ${dno}`,
    }),
    'reference',
  );
  // last month's payment executed on the 1st working day (booked in August)
  const lastMonth = rng.major(600000, 1400000, 100);
  l = nipOut(m.wd(1), lastMonth, 'PRIMEGLASS AUTO GLAZING', 'WINDSCREENS AUG');
  m.none(l, ['last-month']);
  m.ledgerOnly(
    m.row(m.wd(-1), -rng.major(15000000, 30000000, 1000), {
      ref: `PY${rng.digits(4)}`,
      party: 'Atlantic Motors Nigeria Ltd',
      desc: 'Vehicle stock (authorised, released in October)',
    }),
    'payment authorised on the last day, executed next month',
  );
  l = m.line(m.wd(-1), -rng.int(40, 90) * 400, 'SMS ALERT CHARGES SEP 2030', '');
  m.bankOnly(l, 'charge');
  const maint = rng.int(800000, 1600000);
  l = m.line(m.wd(-1), -maint, 'ACCOUNT MAINTENANCE FEE SEP 2030', '');
  m.bankOnly(l, 'charge');
  m.charge(l, bp(maint, 750), 'VAT ON ACCOUNT MAINTENANCE FEE', 'fee-vat');
  return { m, openingBank: 9500000000, bookOpeningAdjust: -lastMonth, posRows };
}
