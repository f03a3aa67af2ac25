// KE — Nkubu Agrovet & Farm Inputs Ltd, Nkubu (Meru County): fertiliser, seed, agrochemicals, sprayers and dairy
// inputs sold to co-operatives, agrovets and farms around Mount Kenya. Consolidated Bank of Kenya current account,
// statement downloaded from internet banking as CSV (Finacle-style columns); books in Pegasus Opera 3, Cashbook →
// Transactions report of bank account CB01, output to Excel.
import { Buffer } from 'node:buffer';
import { Month } from './scenario.mjs';
import { calendar, commas, csvText, dateCell, fmtDate, numCell, part, textCell, xlsxBuffer } from './lib.mjs';
import { amounts, booking, pad, serials } from './common.mjs';

const P = (code, name, bank, extra = {}) => ({ code, name, bank, ...extra });
const customers = {
  kinoru: P('KIN001', 'Kinoru Dairy Farmers Co-op Society', 'KINORU DAIRY FARMERS COOP'),
  igembe: P('IGE001', 'Igembe Agrovet Ltd', 'IGEMBE AGROVET LTD'),
  chuka: P('CHU001', 'Chuka Farm Supplies', 'CHUKA FARM SUPPLIES'),
  maua: P('MAU001', 'Maua Agro Centre', 'MAUA AGRO CENTRE'),
  timau: P('TIM001', 'Timau Wheat Growers Ltd', 'TIMAU WHEAT GROWERS'),
  nanyuki: P('NAN001', 'Nanyuki Horticulture Ltd', 'NANYUKI HORTICULTURE LTD'),
  county: P('MCG001', 'County Government of Meru - Agriculture', 'COUNTY GOVT OF MERU'),
  kiirua: P('KII001', 'Kiirua Seed Potato Farm', 'KIIRUA SEED POTATO FARM'),
  isiolo: P('ISI001', 'Isiolo Livestock Traders', 'ISIOLO LIVESTOCK TRADERS'),
  mitunguu: P('MIT001', 'Mitunguu Farmers Sacco', 'MITUNGUU FARMERS SACCO'),
  kimathi: P('KIM001', 'Kimathi Agrovet', 'KIMATHI AGROVET', { owner: 'JOHN KIMATHI MWITI', phone: '2547******318' }),
  githongo: P('GIT001', 'Githongo Tea Growers Co-op', 'GITHONGO TEA GROWERS'),
  kianjai: P('KIA001', 'Kianjai Agrovet', 'KIANJAI AGROVET'),
  marimba: P('MAR001', 'Marimba Dairy Co-op', 'MARIMBA DAIRY COOP'),
  tharaka: P('THA001', 'Tharaka Cotton Growers', 'THARAKA COTTON GROWERS'),
  embu: P('EMB001', 'Embu Agro Dealers Ltd', 'EMBU AGRO DEALERS LTD'),
  laikipia: P('LAI001', 'Laikipia Ranching Co', 'LAIKIPIA RANCHING CO'),
  ntugi: P('NTU001', 'Ntugi Horticulture', 'NTUGI HORTICULTURE'),
};
const suppliers = {
  mavuno: P('MAV001', 'Mavuno Fertilizers Kenya Ltd', 'MAVUNO FERTILIZERS KENYA LTD'),
  rift: P('RIF001', 'Rift Seed Company Ltd', 'RIFT SEED COMPANY LTD'),
  highland: P('HIG001', 'Highland Agrochemicals Ltd', 'HIGHLAND AGROCHEMICALS LTD'),
  transporters: P('MTS001', 'Meru Transporters Sacco', 'MERU TRANSPORTERS SACCO'),
  fuel: P('IRF001', 'Isiolo Road Fuel Station', 'ISIOLO ROAD FUEL STATION'),
  kplc: P('7302', 'Kenya Power', 'KENYA POWER'),
  sprayers: P('SPR001', 'Thika Sprayers & Pumps Ltd', 'THIKA SPRAYERS & PUMPS LTD'),
};

/** NAI-04512 in the payers' writings */
const writeInvoice = (serial, style) =>
  [
    `NAI-0${serial}`,
    `NAI0${serial}`,
    `INV ${serial}`,
    `${serial}`,
    `inv 0${serial}`,
    `NAI ${serial}`,
    `Inv#${serial}`,
    `INVOICE ${serial}`,
    `nai0${serial}`,
  ][style];
const TRAIT_OF_STYLE = [
  'ref-canonical',
  'ref-no-dash',
  'ref-other-prefix',
  'ref-serial-only',
  'ref-lowercase',
  'ref-no-padding',
  'ref-other-prefix',
  'ref-other-prefix',
  'ref-lowercase',
];

export function build(rng) {
  const cal = calendar(2025, 5, ['2025-05-01']);
  const m = new Month({ rng, cal, currency: 'KES' });
  const A = amounts(rng);
  const B = booking(cal, rng);
  const inv = serials(rng, 4100, 4899);
  const D = cal.days; // 21 working days
  const invoice = (cust, lo = 40000, hi = 600000, vat = true, step = 100) => {
    const serial = inv.next();
    const g = vat ? A.taxed(lo, hi, 16, 100, step) : A.taxed(lo, hi, 0, 100, step);
    return { cust, serial, no: `NAI-0${serial}`, ...g, vat };
  };
  const pesalinkIn = (date, payer, remark, amount, t) =>
    m.line({ date, t, amount, text: `PESALINK FROM ${payer} ${remark}`.trim() });
  const eftIn = (date, payer, remark, amount) => m.line({ date, amount, text: `EFT CR ${payer}/${remark}` });
  const mpesaIn = (date, phone, name, acc, amount) =>
    m.line({ date, amount, text: `MPESA PAYBILL 4109377 FROM ${phone} ${name} ACC ${acc}` });
  const fee = (parent, text, amount, trait, k = 1) => {
    const f = m.after(parent, { amount: -amount, text }, k);
    m.bankOnly(f, 'charge', [trait]);
    const x = m.after(parent, { amount: -part(amount, 20, 100), text: `EXCISE DUTY ON ${text}` }, k + 1);
    m.bankOnly(x, 'tax', ['excise-duty', trait]);
    return [f, x];
  };
  const pesalinkOut = (date, payee, remark, amount, t) => {
    const l = m.line({ date, t, amount: -amount, text: `PESALINK TO ${payee} ${remark}`.trim() });
    fee(l, 'PESALINK CHARGES', amount <= 5000000 ? 4500 : amount <= 50000000 ? 11000 : 21000, 'pesalink-charge');
    return l;
  };
  const eftOut = (date, payee, remark, amount, t) =>
    m.line({ date, t, amount: -amount, text: `EFT TO ${payee}/${remark}`.trim() });
  const rtgsOut = (date, payee, remark, amount) => {
    const l = m.line({ date, amount: -amount, text: `RTGS TO ${payee} ${remark}` });
    fee(l, 'RTGS CHARGES', 50000, 'rtgs-charge');
    return l;
  };
  // Opera cashbook rows: type, reference, account code, name, comment
  const row = (date, amount, type, ref, acct, name, comment) =>
    m.row({ date, amount, cells: { type, ref, acct, name, comment } });
  const rcpt = (date, amount, c, ref, comment = '') => row(date, amount, 'Sales Receipt', ref, c.code, c.name, comment);
  const pay = (date, amount, s, ref, comment = '') =>
    row(date, -amount, 'Purchase Payment', ref, s.code, s.name, comment);

  // ---- receipts quoting the invoice
  const styles = rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  const days = rng.shuffle(D.slice(1, 18));
  const refCust = ['kinoru', 'igembe', 'chuka', 'maua', 'nanyuki', 'kiirua', 'githongo'];
  const late = new Set(rng.shuffle([0, 1, 2, 3, 4, 5]).slice(0, 2));
  refCust.forEach((k, i) => {
    const c = customers[k];
    const doc = invoice(c, 40000, 600000, rng.chance(0.4));
    const d = days[i];
    const w = writeInvoice(doc.serial, styles[i]);
    let line;
    const traits = [TRAIT_OF_STYLE[styles[i]]];
    if (k === 'maua') {
      // the agrovet's till clerk pays through our paybill, the invoice typed as the account
      line = mpesaIn(d, '2547******881', 'PETER MURIUKI', w, doc.gross);
      traits.push('mpesa-paybill', 'third-party-payer');
    } else if (i % 3 === 1) line = eftIn(d, c.bank, w, doc.gross);
    else line = pesalinkIn(d, c.bank, w, doc.gross);
    const bd = late.has(i) ? B.after(d, 2, 3) : B.before(d, 0, 1);
    if (late.has(i)) traits.push('late-posting');
    m.auto(line, [rcpt(bd, doc.gross, c, doc.no, rng.pick(['', 'Pesalink', 'remittance']))], {
      evidence: 'reference',
      traits,
    });
  });

  // ---- named payers without a reference
  for (const k of ['isiolo', 'kianjai', 'marimba']) {
    const c = customers[k];
    const doc = invoice(c, 30000, 300000, false);
    const d = rng.pick(D.slice(2, 20));
    const line = k === 'kianjai' ? eftIn(d, c.bank, 'PAYMENT', doc.gross) : pesalinkIn(d, c.bank, 'GOODS', doc.gross);
    m.auto(line, [rcpt(B.near(d), doc.gross, c, '', 'payment on account')], {
      evidence: 'counterparty',
      traits: ['name-only'],
    });
  }

  // ---- a PesaLink narration cut at the bank's field width, the invoice lost, the name still there
  {
    const c = customers.tharaka;
    const doc = invoice(c, 80000, 400000, false);
    const d = rng.pick(D.slice(3, 18));
    const line = m.line({
      date: d,
      amount: doc.gross,
      text: `PESALINK FROM THARAKA COTTON GROWERS PYMT OF INVOICE NO. N`,
    });
    m.auto(line, [rcpt(B.near(d), doc.gross, c, doc.no)], {
      evidence: 'counterparty',
      traits: ['name-only', 'ref-truncated'],
    });
  }

  // ---- the owner of an agrovet pays from his own M-PESA into our paybill, typing his shop's name
  {
    const c = customers.kimathi;
    const doc = invoice(c, 8000, 60000, false, 10000);
    const d = rng.pick(D.slice(2, 18));
    const line = mpesaIn(d, c.phone, c.owner, 'SHOP', doc.gross);
    m.suggest(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no)], {
      evidence: 'amount',
      traits: ['payer-written-differently', 'owner-mpesa'],
    });
  }

  // ---- cash paid in by a co-operative's clerk
  {
    const c = customers.mitunguu;
    const doc = invoice(c, 20000, 90000, false, 10000);
    const d = rng.pick(D.slice(3, 18));
    const line = m.line({ date: d, amount: doc.gross, text: 'CASH DEPOSIT BY SAMUEL - MERU BRANCH' });
    m.suggest(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no, 'Sacco to pay cash')], {
      evidence: 'amount',
      mustNotAuto: true,
      traits: ['anonymous', 'cash-deposit'],
    });
  }

  // ---- one transfer for two invoices, one receipt row allocated to both
  {
    const c = customers.embu;
    const a = invoice(c, 30000, 200000, false);
    const b = invoice(c, 30000, 200000, false);
    const total = a.gross + b.gross;
    A.claim(total);
    const d = rng.pick(D.slice(3, 18));
    const line = pesalinkIn(d, c.bank, `INV ${a.serial} ${b.serial}`, total);
    m.auto(line, [rcpt(B.before(d, 0, 1), total, c, `${a.no}/${b.serial}`, `Inv ${a.no} & ${b.no}`)], {
      evidence: 'reference',
      traits: ['two-invoices-one-row'],
    });
  }

  // ---- instalments quoting the invoice, booked once in full
  {
    const c = customers.laikipia;
    const doc = invoice(c, 300000, 900000, true);
    const first = Math.round((doc.gross * rng.int(40, 60)) / 100 / 1000000) * 1000000;
    const d1 = rng.pick(D.slice(1, 7));
    const d2 = rng.pick(D.slice(12, 19));
    const l1 = pesalinkIn(d1, c.bank, `1ST INST ${writeInvoice(doc.serial, 0)}`, first);
    const l2 = pesalinkIn(d2, c.bank, `2ND INST ${writeInvoice(doc.serial, 2)}`, doc.gross - first);
    const r = rcpt(d1, doc.gross, c, doc.no, 'two instalments');
    const g = m.group();
    m.auto(l1, [r], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
    m.auto(l2, [r], { evidence: 'reference', traits: ['instalment', 'split-many-to-one'], group: g });
  }

  // ---- invoice less a credit note (expired agrochemicals returned)
  {
    const c = customers.ntugi;
    const doc = invoice(c, 150000, 400000, true);
    const cn = A.between(4000, 20000, 100);
    const cnNo = `NAC-0${rng.int(310, 389)}`;
    const net = doc.gross - cn;
    A.claim(net);
    const d = rng.pick(D.slice(3, 19));
    const line = eftIn(d, c.bank, `${writeInvoice(doc.serial, 5)} LESS CN ${cnNo.slice(4)}`, net);
    m.auto(line, [rcpt(B.before(d, 0, 1), net, c, doc.no, `less credit ${cnNo}`)], {
      evidence: 'reference',
      traits: ['invoice-less-credit-note'],
    });
  }

  // ---- over-payment rounded up to the thousand
  {
    const c = customers.kinoru;
    const doc = invoice(c, 30000, 150000, false);
    const paid = Math.ceil(doc.gross / 100000) * 100000 + (doc.gross % 100000 === 0 ? 100000 : 0);
    A.claim(paid);
    const d = rng.pick(D.slice(3, 19));
    const line = pesalinkIn(d, customers.kinoru.bank, writeInvoice(doc.serial, 7), paid);
    m.auto(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no)], {
      evidence: 'reference',
      traits: ['over-payment'],
      difference: paid - doc.gross,
    });
  }

  // ---- RTGS from a farm company whose bank took its charge out of the amount
  {
    const c = customers.timau;
    const doc = invoice(c, 900000, 2000000, false);
    const paid = doc.gross - 50000;
    A.claim(paid);
    const d = rng.pick(D.slice(3, 19));
    const line = m.line({ date: d, amount: paid, text: `RTGS CR ${c.bank} ${writeInvoice(doc.serial, 1)}` });
    m.auto(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no)], {
      evidence: 'reference',
      traits: ['payer-deducted-charge'],
      difference: -50000,
    });
  }

  // ---- the County withholds 2 % VAT on the taxable value
  {
    const c = customers.county;
    const doc = invoice(c, 400000, 1200000, true);
    const wv = part(doc.net, 2, 100);
    const paid = doc.gross - wv;
    A.claim(paid);
    const d = rng.pick(D.slice(5, 19));
    const line = eftIn(d, c.bank, `LPO 2025/${rng.int(180, 260)} ${writeInvoice(doc.serial, 2)}`, paid);
    m.auto(line, [rcpt(B.before(d, 0, 2), doc.gross, c, doc.no, 'knapsack sprayers - extension')], {
      evidence: 'reference',
      traits: ['short-withholding-vat-2pct'],
      difference: -wv,
    });
  }

  // ---- part payment, the books hold the whole invoice
  {
    const c = customers.igembe;
    const doc = invoice(c, 150000, 500000, false);
    const paid = Math.round((doc.gross * rng.int(40, 65)) / 100 / 1000000) * 1000000;
    A.claim(paid);
    const d = rng.pick(D.slice(4, 19));
    const line = pesalinkIn(d, c.bank, `PART ${writeInvoice(doc.serial, 6)}`, paid);
    m.suggest(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no)], {
      evidence: 'reference',
      traits: ['part-payment'],
    });
  }

  // ---- a mistyped invoice number, no document of that number
  {
    const c = customers.chuka;
    let doc;
    let typo;
    for (;;) {
      doc = invoice(c, 20000, 120000, false);
      const s = String(doc.serial);
      typo = Number(`${s[0]}${s[2]}${s[1]}${s[3]}`);
      if (typo !== doc.serial && !inv.has(typo) && typo >= 4100 && typo <= 4899) break;
    }
    inv.used.add(typo);
    const d = rng.pick(D.slice(4, 19));
    const line = mpesaIn(d, '2547******204', 'CHUKA FARM SUPPLIES', `INV ${typo}`, doc.gross);
    m.suggest(line, [rcpt(B.before(d, 0, 1), doc.gross, c, doc.no)], {
      evidence: 'counterparty',
      traits: ['mistyped-reference', 'mpesa-paybill'],
    });
  }

  // ---- two dairy societies' collection centres pay equal invoices on one day, each quoting its own
  {
    const c = customers.marimba;
    const a = invoice(c, 40000, 120000, false);
    const serial = inv.next();
    const b = { ...a, serial, no: `NAI-0${serial}` };
    const d = rng.pick(D.slice(5, 18));
    const l1 = pesalinkIn(d, c.bank, `KIIRUA CENTRE ${writeInvoice(a.serial, 0)}`, a.gross);
    const l2 = pesalinkIn(d, c.bank, `KITHOKA CENTRE ${writeInvoice(b.serial, 0)}`, b.gross, l1.t + 4);
    const bd = B.before(d, 0, 1);
    m.auto(l1, [rcpt(bd, a.gross, c, a.no, 'Kiirua centre')], {
      evidence: 'reference',
      traits: ['same-amount-own-reference'],
    });
    m.auto(l2, [rcpt(bd, b.gross, c, b.no, 'Kithoka centre')], {
      evidence: 'reference',
      traits: ['same-amount-own-reference'],
    });
  }

  // ---- a tie: two equal receipts of one customer in the books, one payment by name
  {
    const c = customers.isiolo;
    const amount = A.between(30000, 90000, 100);
    const d = rng.pick(D.slice(10, 19));
    const r1 = rcpt(B.before(d, 3, 5), amount, c, '', 'dip chemicals - order 1');
    const r2 = rcpt(B.before(d, 0, 2), amount, c, '', 'dip chemicals - order 2');
    const line = pesalinkIn(d, c.bank, 'DIP CHEMICALS', amount);
    m.suggest(line, null, { evidence: 'counterparty', mustNotAuto: true, anyOf: [[r1], [r2]], traits: ['tie'] });
  }

  // ---- settlements: Pesapal payout with id (gross booked), Lipa na M-PESA till with gross and commission booked,
  // card POS without any id
  {
    const d = rng.pick(D.slice(3, 12));
    const gross = A.between(20000, 80000, 1);
    const fee = part(gross, 35, 1000);
    const id = `PSP${rng.digits(9)}`;
    const line = m.line({ date: d, amount: gross - fee, text: `PESAPAL SETTLEMENT ${id}` });
    m.auto(line, [row(cal.shift(d, -1), gross, 'Nominal Receipt', id, '4010', 'Pesapal', 'online shop sales')], {
      evidence: 'reference',
      traits: ['settlement', 'payout-id', 'short-net-of-fee'],
      difference: -fee,
    });
  }
  {
    const d = rng.pick(D.slice(8, 18));
    const gross = A.between(30000, 120000, 1);
    const fee = part(gross, 55, 10000);
    const id = rng.letters(3) + rng.digits(7);
    const line = m.line({ date: d, amount: gross - fee, text: `MPESA TILL 5204418 SETTLEMENT ${id}` });
    const bd = cal.shift(d, -1);
    m.auto(
      line,
      [
        row(bd, gross, 'Nominal Receipt', id, '4010', 'M-PESA till', 'counter sales'),
        row(bd, -fee, 'Nominal Payment', id, '7910', 'M-PESA till', 'till commission'),
      ],
      { evidence: 'reference', traits: ['settlement', 'payout-id', 'gross-and-fee-booked'] },
    );
  }
  {
    const d = rng.pick(D.slice(10, 20));
    const gross = A.between(15000, 60000, 1);
    const fee = part(gross, 2, 100);
    const line = m.line({ date: d, amount: gross - fee, text: 'VISA/MASTERCARD MERCHANT SETTLEMENT NKUBU SHOP' });
    m.suggest(
      line,
      [row(cal.shift(d, -1), gross, 'Nominal Receipt', '', '4010', 'Card sales', 'card terminal takings')],
      {
        evidence: 'amount',
        traits: ['settlement', 'pos-settlement', 'short-net-of-fee'],
      },
    );
  }

  // ---- supplier refund under its credit note; customer's cheque deposited
  {
    const s = suppliers.rift;
    const amount = A.between(5000, 30000, 100);
    const cn = `RSC/CN/${rng.int(7100, 7199)}`;
    const d = rng.pick(D.slice(6, 19));
    const line = eftIn(d, s.bank, `REFUND ${cn}`, amount);
    m.auto(line, [row(cal.shift(d, 2), amount, 'Purchase Refund', cn, s.code, s.name, 'short-delivered seed')], {
      evidence: 'reference',
      traits: ['supplier-refund', 'late-posting'],
    });
  }
  {
    const c = customers.nanyuki;
    const doc = invoice(c, 50000, 250000, true);
    const chq = pad(rng.int(1000, 9999), 6);
    const d = rng.pick(D.slice(3, 16));
    const line = m.line({
      date: d,
      amount: doc.gross,
      text: `CHQ DEPOSIT NANYUKI HORTICULTURE LTD`,
      chq,
      valueDate: cal.shift(d, 1),
    });
    m.auto(line, [rcpt(cal.shift(d, -1), doc.gross, c, chq, `chq for ${doc.no}`)], {
      evidence: 'reference',
      traits: ['cheque-number'],
    });
  }

  // ---- receipts nobody booked
  m.none(
    mpesaIn(rng.pick(D.slice(4, 20)), '2547******766', 'ALICE KENDI NKATHA', 'NKUBU', A.between(2000, 9000, 100)),
    ['unknown-receipt'],
  );
  m.none(
    m.line({
      date: rng.pick(D.slice(4, 20)),
      amount: A.between(10000, 40000, 10000),
      text: 'CASH DEPOSIT BY BRIAN - NKUBU AGENT',
    }),
    ['unknown-receipt'],
  );

  // ---- supplier payments quoting the bill: fertiliser by RTGS, seed by EFT, agrochemicals by PesaLink
  {
    const s = suppliers.mavuno;
    const bill = `MFK/INV/${rng.int(1100, 1999)}`;
    const amount = A.between(2500000, 4500000, 100);
    const d = rng.pick(D.slice(1, 12));
    m.auto(rtgsOut(d, s.bank, bill, amount), [pay(B.before(d, 0, 1), amount, s, bill, 'CAN and DAP top dressing')], {
      evidence: 'reference',
      traits: ['supplier-payment', 'bill-reference'],
    });
  }
  {
    const s = suppliers.rift;
    const bill = `RSC-${rng.int(52000, 52999)}`;
    const amount = A.between(300000, 900000, 100);
    const d = rng.pick(D.slice(2, 18));
    m.auto(eftOut(d, s.bank, bill, amount), [pay(B.before(d, 0, 1), amount, s, bill)], {
      evidence: 'reference',
      traits: ['supplier-payment', 'bill-reference'],
    });
  }
  {
    const s = suppliers.highland;
    const bill = `HAC ${rng.int(6200, 6999)}`;
    const amount = A.between(200000, 600000, 100);
    const d = rng.pick(D.slice(2, 18));
    m.auto(pesalinkOut(d, s.bank, bill, amount), [pay(B.before(d, 0, 1), amount, s, bill.replace(' ', ''))], {
      evidence: 'reference',
      traits: ['supplier-payment', 'bill-reference'],
    });
  }
  // ---- by name only
  {
    const s = suppliers.fuel;
    const amount = A.between(40000, 120000, 100);
    const d = rng.pick(D.slice(2, 19));
    m.auto(eftOut(d, s.bank, 'DIESEL', amount), [pay(d, amount, s, '', 'diesel - delivery lorries')], {
      evidence: 'counterparty',
      traits: ['supplier-payment', 'name-only'],
    });
  }
  {
    const s = suppliers.sprayers;
    const amount = A.between(150000, 400000, 100);
    const d = rng.pick(D.slice(2, 19));
    m.auto(pesalinkOut(d, s.bank, 'SPRAYERS', amount), [pay(d, amount, s, '', 'knapsack sprayers stock')], {
      evidence: 'counterparty',
      traits: ['supplier-payment', 'name-only'],
    });
  }
  // ---- two equal transfers to the transport Sacco on one day, both quoting one delivery note
  {
    const s = suppliers.transporters;
    const dn = `DN ${rng.int(8100, 8999)}`;
    const amount = A.between(15000, 40000, 10000);
    const d = rng.pick(D.slice(6, 19));
    const l1 = eftOut(d, s.bank, dn, amount);
    const l2 = eftOut(d, s.bank, dn, amount, l1.t + 10);
    const r1 = pay(d, amount, s, dn, 'lorry KDA');
    const r2 = pay(d, amount, s, dn, 'lorry KCY');
    for (const l of [l1, l2]) m.autoAnyOf(l, [[r1], [r2]], { evidence: 'reference', traits: ['twins'] });
  }
  // ---- our cheques presented, one of them written in April (booked in April)
  let nextChq = 118;
  const aprilChq = pad(nextChq++, 6);
  const aprilAmount = A.between(30000, 90000, 100);
  m.none(m.line({ date: D[1], amount: -aprilAmount, text: 'INWARD CLEARING CHQ', chq: aprilChq }), [
    'prior-period-cheque',
  ]);
  for (const k of ['rift', 'transporters']) {
    const s = suppliers[k];
    const chq = pad(nextChq++, 6);
    const amount = A.between(20000, 150000, 100);
    const d = rng.pick(D.slice(6, 20));
    const line = m.line({ date: d, amount: -amount, text: 'INWARD CLEARING CHQ', chq });
    m.auto(line, [pay(cal.shift(d, -rng.int(3, 6)), amount, s, chq, 'cheque')], {
      evidence: 'reference',
      traits: ['cheque-number', 'cheque-presented'],
    });
  }
  // ---- Kenya Power postpaid bill, quoting the account number
  {
    const acct = `${rng.int(1, 9)}${rng.digits(9)}`;
    const amount = A.between(25000, 70000, 100);
    const d = rng.pick(D.slice(4, 18));
    const line = eftOut(d, 'KENYA POWER', `ACC ${acct}`, amount);
    m.auto(line, [row(d, -amount, 'Nominal Payment', acct, '7302', 'Kenya Power', 'electricity April')], {
      evidence: 'reference',
      traits: ['utility', 'account-number'],
    });
  }
  // ---- payroll, KRA (PAYE with housing levy, VAT) by PRN, NSSF and SHA
  {
    const n = rng.int(28, 38);
    const amount = A.between(1100000, 1600000, 100);
    const d = cal.wd(-2);
    const line = m.line({ date: d, amount: -amount, text: `SALARY BULK PAYMENT MAY 2025 - ${n} EMPLOYEES` });
    const f = m.after(line, { amount: -n * 3000, text: `BULK PAYMENT CHARGES ${n} ITEMS` });
    m.bankOnly(f, 'charge', ['bulk-payment-charge']);
    const x = m.after(line, { amount: -part(n * 3000, 20, 100), text: 'EXCISE DUTY ON BULK PAYMENT CHARGES' }, 2);
    m.bankOnly(x, 'tax', ['excise-duty', 'bulk-payment-charge']);
    m.auto(
      line,
      [row(cal.shift(d, -1), -amount, 'Nominal Payment', 'SAL-MAY25', '7000', 'Salaries', 'net pay May 2025')],
      {
        evidence: 'amount',
        traits: ['payroll'],
      },
    );
  }
  for (const [what, acct, lo, hi, trait] of [
    ['PAYE AND AHL APR 2025', '2210', 180000, 320000, 'paye'],
    ['VAT APR 2025', '2220', 150000, 400000, 'vat-return'],
  ]) {
    const prn = `${rng.int(1, 2)}${rng.digits(13)}`;
    const amount = A.between(lo, hi, 1);
    const d = rng.pick(D.slice(5, 14));
    const line = m.line({ date: d, amount: -amount, text: `KRA ITAX PAYMENT PRN ${prn} ${what}` });
    m.auto(line, [row(d, -amount, 'Nominal Payment', prn, acct, 'Kenya Revenue Authority', what.toLowerCase())], {
      evidence: 'reference',
      traits: ['statutory', trait],
    });
  }
  {
    const er = `${rng.int(2000, 2999)}${rng.digits(3)}`;
    const amount = A.between(60000, 110000, 1);
    const d = rng.pick(D.slice(5, 10));
    const line = m.line({ date: d, amount: -amount, text: `NSSF CONTRIBUTIONS APR 2025 EMPLOYER ${er}` });
    m.auto(line, [row(d, -amount, 'Nominal Payment', er, '2230', 'NSSF', 'tier I and II April')], {
      evidence: 'reference',
      traits: ['statutory', 'nssf'],
    });
    const sha = `E${rng.digits(8)}`;
    const a2 = A.between(30000, 55000, 1);
    const d2 = rng.pick(D.slice(5, 10));
    const l2 = m.line({ date: d2, amount: -a2, text: `SHA CONTRIBUTION APR 2025 ${sha}` });
    m.auto(l2, [row(d2, -a2, 'Nominal Payment', sha, '2240', 'Social Health Authority', 'SHIF April')], {
      evidence: 'reference',
      traits: ['statutory', 'shif'],
    });
  }
  // ---- an RTGS returned by the beneficiary's bank (account closed): the charges are not refunded; sent again by
  // PesaLink to the new account
  {
    const s = suppliers.highland;
    const bill = `HAC ${rng.int(7000, 7999)}`;
    const amount = A.between(700000, 1400000, 100);
    const d = rng.pick(D.slice(4, 12));
    const fail = rtgsOut(d, s.bank, bill, amount);
    const ret = m.line({ date: cal.shift(d, 1), t: 500, amount, text: `RTGS RETURN ${s.bank} ${bill} - A/C CLOSED` });
    m.reversal(fail, ret, ['failed-transfer'], ['reversal']);
    const resent = pesalinkOut(cal.shift(d, 2), s.bank, bill, amount);
    m.auto(resent, [pay(d, amount, s, bill.replace(' ', ''), 'agrochemicals')], {
      evidence: 'reference',
      traits: ['resent-after-failure', 'supplier-payment', 'bill-reference'],
    });
  }
  // ---- surplus to a 91-day fixed deposit with the same bank
  {
    const fd = '1101002345699';
    const amount = A.between(1500000, 2500000, 10000000);
    const d = rng.pick(D.slice(12, 18));
    const line = m.line({ date: d, amount: -amount, text: `TRF TO FD A/C ${fd} 91 DAYS` });
    m.auto(line, [row(d, -amount, 'Bank Transfer', 'FD', 'CB02', 'Consolidated Bank FD', `fixed deposit ${fd}`)], {
      evidence: 'reference',
      traits: ['own-account-transfer', 'account-number'],
    });
  }
  // ---- refund to a customer; a card purchase nobody booked
  {
    const c = customers.githongo;
    const amount = A.between(3000, 15000, 100);
    const d = rng.pick(D.slice(8, 20));
    const line = eftOut(d, c.bank, 'REFUND OVERPAYMENT', amount);
    m.auto(line, [row(d, -amount, 'Sales Refund', '', c.code, c.name, 'refund of overpayment')], {
      evidence: 'counterparty',
      traits: ['customer-refund'],
    });
  }
  m.none(
    m.line({ date: rng.pick(D.slice(5, 20)), amount: -A.between(1500, 9000, 1), text: 'POS PURCHASE NAIVAS MERU' }),
    ['unrecorded-card-purchase'],
  );

  // ---- book rows with no bank line
  {
    const chq = pad(nextChq, 6);
    m.ledgerOnly(
      pay(cal.wd(-2), A.between(20000, 80000, 100), suppliers.fuel, chq, 'cheque'),
      'cheque not yet presented',
    );
    m.ledgerOnly(
      pay(
        cal.wd(-1),
        A.between(100000, 300000, 100),
        suppliers.sprayers,
        '',
        'Pesalink authorised 30/05 after cut-off',
      ),
      'transfer authorised on the last working day, leaves the account in June',
    );
    m.ledgerOnly(
      rcpt(cal.wd(-1), A.between(30000, 120000, 100), customers.kiirua, '', 'cash banked at agent 30/05'),
      "deposit made after the bank's cut-off, credited next month",
    );
  }

  // ---- month-end: EFT charges for the month, ledger fee and SMS alerts, each with its excise duty
  const last = cal.wd(-1);
  const efts = m.lines.filter((l) => l.text.startsWith('EFT TO')).length;
  const monthEnd = [
    [`EFT CHARGES MAY 2025 ${efts} ITEMS`, efts * 5500, 'eft-charge'],
    ['LEDGER FEE MAY 2025', 30000, 'ledger-fee'],
    ['SMS ALERT CHARGES MAY 2025', (m.lines.length + 6) * 300, 'sms-alerts'],
  ];
  monthEnd.forEach(([text, amount, trait], i) => {
    const f = m.line({ date: last, t: 1440 + i, amount: -amount, text });
    m.bankOnly(f, 'charge', [trait]);
    const x = m.after(f, { amount: -part(amount, 20, 100), text: `EXCISE DUTY ON ${text}` }, 0.5);
    m.bankOnly(x, 'tax', ['excise-duty', trait]);
  });

  return {
    month: m,
    bankBase: A.between(2500000, 4000000, 100000),
    // the April cheque was booked in April: the books' opening balance is the bank's less that cheque
    bookOpeningDelta: -aprilAmount,
    notes: [
      'Fertiliser, seed and animal-health products are sold without VAT; sprayers, agrochemicals and equipment carry VAT 16 %. The County withholds 2 % VAT on the taxable value.',
      'The bank posts excise duty (20 %) on each of its charges as a line of its own.',
      'Our cheque 000118 was written and booked in April and presented on 5 May: no row of this export; the book opening balance is the bank opening balance less that cheque.',
      'The returned RTGS keeps its charges (not refunded); the payment is sent again by PesaLink.',
      "M-PESA paybill payments are credited one by one with the payer's phone (masked), name and the account text the payer typed.",
    ],
  };
}

// ------------------------------------------------------------------------------------------------ layouts

export function bankFile(ordered, { opening, closing }) {
  const file = 'consolidated-bank-1101002345671-may2025.csv';
  const out = [
    ['CONSOLIDATED BANK OF KENYA LIMITED'],
    ['ACCOUNT STATEMENT'],
    ['Account Number', '1101002345671'],
    ['Account Name', 'NKUBU AGROVET & FARM INPUTS LTD'],
    ['Branch', 'MERU'],
    ['Currency', 'KES'],
    ['Period', '01/05/2025 - 31/05/2025'],
    [],
    ['Tran Date', 'Value Date', 'Tran Id', 'Particulars', 'Chq No', 'Debit', 'Credit', 'Balance'],
    ['', '', '', 'OPENING BALANCE', '', '', '', commas(opening)],
  ];
  const headerRow = 9;
  const rowOf = new Map();
  let id = 40512000;
  for (const l of ordered) {
    id += 7 + (rowOf.size % 5);
    out.push([
      fmtDate.dmyDash(l.date),
      fmtDate.dmyDash(l.valueDate),
      `S${id}`,
      l.text,
      l.chq ?? '',
      l.amount < 0 ? commas(l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
    ]);
    rowOf.set(l, out.length);
  }
  out.push(['', '', '', 'CLOSING BALANCE', '', '', '', commas(closing)]);
  return {
    file,
    bytes: Buffer.from(csvText(out), 'utf8'),
    rowOf,
    headerRow,
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Particulars',
        reference: 'Chq No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    order: 'oldest-first',
    layout:
      'Consolidated Bank internet banking statement, CSV: seven label/value preamble rows and a blank row, header in row 9 `Tran Date, Value Date, Tran Id, Particulars, Chq No, Debit, Credit, Balance`, undated `OPENING BALANCE` and `CLOSING BALANCE` rows (balance only), dates `02-05-2025` (day first), amounts quoted with thousands separators, the other side empty, a Finacle transaction id per line (not mapped); the cheque number is the only reference column, everything else is in Particulars.',
    nonEntryRows: [
      { row: headerRow + 1, why: 'OPENING BALANCE, undated, balance only' },
      { row: out.length, why: 'CLOSING BALANCE, undated, balance only' },
    ],
    text: (l) => l.text,
    reference: (l) => l.chq ?? '',
    counterparty: () => null,
  };
}

export function ledgerFile(rows, { opening }) {
  const file = 'opera3-cashbook-CB01-may2025.xlsx';
  const ordered = rows
    .map((r, i) => [r, i])
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([r]) => r);
  const out = [
    ['Nkubu Agrovet & Farm Inputs Ltd'],
    ['Cashbook Transactions'],
    ['Bank: CB01 - Consolidated Bank Meru A/C 1101002345671'],
    ['Period: 01/05/2025 to 31/05/2025'],
    [],
    ['Date', 'Type', 'Reference', 'Account', 'Name', 'Comment', 'Receipts', 'Payments', 'Balance'],
    ['', 'Balance b/f', '', '', '', '', '', '', numCell(opening)],
  ];
  const headerRow = 6;
  const rowOf = new Map();
  let bal = opening;
  let rin = 0;
  let rout = 0;
  for (const r of ordered) {
    bal += r.amount;
    out.push([
      dateCell(r.date),
      textCell(r.cells.type),
      r.cells.ref ? textCell(r.cells.ref) : '',
      textCell(r.cells.acct),
      textCell(r.cells.name),
      r.cells.comment ? textCell(r.cells.comment) : '',
      r.amount > 0 ? numCell(r.amount) : '',
      r.amount < 0 ? numCell(-r.amount) : '',
      numCell(bal),
    ]);
    rowOf.set(r, out.length);
    if (r.amount > 0) rin += r.amount;
    else rout -= r.amount;
  }
  out.push(['', 'Totals', '', '', '', '', numCell(rin), numCell(rout), '']);
  const totalsRow = out.length;
  out.push(['', 'Balance c/f', '', '', '', '', '', '', numCell(bal)]);
  const bytes = xlsxBuffer('Cashbook Transactions', out, {
    merges: [0, 1, 2, 3].map((r) => ({ s: { r, c: 0 }, e: { r, c: 8 } })),
    cols: [12, 18, 16, 10, 34, 34, 14, 14, 16],
  });
  return {
    file,
    bytes,
    rowOf,
    headerRow,
    readOptions: {
      currency: 'KES',
      sheet: 'Cashbook Transactions',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        party: 'Name',
        description: ['Type', 'Comment'],
        moneyIn: 'Receipts',
        moneyOut: 'Payments',
        balance: 'Balance',
      },
    },
    layout:
      'Pegasus Opera 3 Cashbook → Transactions report of bank CB01, output to Excel (sheet "Cashbook Transactions"): four title rows merged across and a blank row, header in row 6 `Date, Type, Reference, Account, Name, Comment, Receipts, Payments, Balance`, an undated `Balance b/f` row (balance only), real date cells, Opera\'s types (Sales Receipt, Purchase Payment, Nominal Receipt/Payment, Bank Transfer, Sales/Purchase Refund), the ledger account code (not mapped), numeric Receipts and Payments, a running balance, undated `Totals` and `Balance c/f` rows at the end.',
    nonEntryRows: [
      { row: headerRow + 1, why: 'Balance b/f, undated, balance only' },
      { row: totalsRow, why: 'Totals of receipts and payments, undated' },
      { row: totalsRow + 1, why: 'Balance c/f, undated, balance only' },
    ],
    reference: (r) => r.cells.ref,
    description: (r) => [r.cells.type, r.cells.comment].filter(Boolean).join(' — '),
    party: (r) => r.cells.name || null,
    account: () => null,
  };
}

export const set = {
  key: 'ke-consolidated-opera',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  bank: 'Consolidated Bank of Kenya Limited',
  package: 'Pegasus Opera 3 (Cashbook → Transactions report of bank account CB01, output to Excel)',
  ledgerAccount: 'CB01 - Consolidated Bank Meru A/C 1101002345671',
  build,
  bankFile,
  ledgerFile,
};
