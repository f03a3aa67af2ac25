// ZA — Ormonde Wholesale Centre (Pty) Ltd, Johannesburg: a Chinese-owned wholesale mall letting ground- and
// first-floor shops to traders, with paid parking. China Construction Bank Johannesburg Branch current account,
// transaction history downloaded from corporate e-banking as CSV (with the payer's or payee's name in a column of its
// own); books in Yardi Voyager, General Ledger report of the cash account 10110, exported to Excel.
import { Buffer } from 'node:buffer';
import { Month } from './scenario.mjs';
import { calendar, csvText, dateCell, dec, fmtDate, numCell, part, textCell, xlsxBuffer } from './lib.mjs';
import { amounts, booking, pad } from './common.mjs';

const T = (code, name, bank, unit) => ({ code, name, bank, unit, person: `${name} (${code})` });
const tenants = {
  lucky: T('t0000412', 'Lucky Star Trading', 'LUCKY STAR TRADING', 'G14'),
  jinhua: T('t0000418', 'Jinhua Textiles (Pty) Ltd', 'JINHUA TEXTILES PTY LTD', 'G21'),
  addis: T('t0000423', 'Addis Fashion Wholesale', 'ADDIS FASHION WHOLESALE', 'F203'),
  sunrise: T('t0000427', 'Sunrise Shoes CC', 'SUNRISE SHOES CC', 'G08'),
  ubuntu: T('t0000431', 'Ubuntu Cellular', 'UBUNTU CELLULAR', 'F117'),
  minghao: T('t0000436', 'Ming Hao Electronics', 'MING HAO ELECTRONICS', 'G30'),
  mzansi: T('t0000440', 'Mzansi Beauty Supplies', 'MZANSI BEAUTY SUPPLIES', 'F122'),
  greatwall: T('t0000445', 'Great Wall Hardware', 'GREAT WALL HARDWARE', 'G02'),
  kasi: T('t0000449', 'Kasi Kids Clothing', 'KASI KIDS CLOTHING', 'F208'),
  happy17: T('t0000452', 'Happy Home Wholesale', 'HAPPY HOME WHOLESALE', 'G17'),
  happy18: T('t0000453', 'Happy Home Wholesale', 'HAPPY HOME WHOLESALE', 'G18'),
  happy19: T('t0000454', 'Happy Home Wholesale', 'HAPPY HOME WHOLESALE', 'G19'),
  lagos: T('t0000457', 'Lagos Connect Traders', 'LAGOS CONNECT TRADERS', 'F131'),
  phoenix: T('t0000461', 'Golden Phoenix Bags', 'GOLDEN PHOENIX BAGS', 'G25'),
  soweto: T('t0000466', 'Soweto Sneaker Hub', 'SOWETO SNEAKER HUB', 'F215'),
  fortune1: T('t0000470', 'Fortune Blankets', 'FORTUNE BLANKETS', 'G11'),
  fortune2: T('t0000471', 'Fortune Blankets', 'FORTUNE BLANKETS', 'G12'),
  yiwu: T('t0000475', 'Yiwu Toys Import', 'YIWU TOYS IMPORT', 'F140'),
  bright: T('t0000479', 'Bright Future Stationery', 'BRIGHT FUTURE STATIONERY', 'F102'),
  panda: T('t0000484', 'Panda Kitchenware', 'PANDA KITCHENWARE', 'G27'),
  amani: T('t0000488', 'Amani Fabrics', 'AMANI FABRICS', 'F219'),
  dragon: T('t0000493', 'New Dragon Restaurant', 'NEW DRAGON RESTAURANT', 'G01'),
  cape: T('t0000497', 'Cape Wholesale Linen', 'CAPE WHOLESALE LINEN', 'F226'),
};
const V = (code, name, bank, acct) => ({ code, name, bank, acct, person: `${name} (${code})` });
const vendors = {
  guarding: V('v0000031', 'Ormonde Guarding Services', 'ORMONDE GUARDING SERVICES', '62048817331'),
  spotless: V('v0000035', 'Spotless Facilities (Pty) Ltd', 'SPOTLESS FACILITIES', '4081227610'),
  lifts: V('v0000038', 'Jozi Lift & Escalator Services', 'JOZI LIFT & ESCALATOR', '1020334875'),
  electrical: V('v0000042', 'Rand Electrical Contractors', 'RAND ELECTRICAL CONTRACTORS', '62110452906'),
  plumbing: V('v0000046', 'Crown Mines Plumbing', 'CROWN MINES PLUMBING', '1458820934'),
  coj: V('v0000002', 'City of Johannesburg', 'CITY OF JOHANNESBURG', ''),
  sars: V('v0000005', 'SARS', 'SARS', ''),
  insure: V('v0000009', 'Metro Commercial Insurance Brokers', 'METRO COMM INS BROKERS', ''),
  ccb: V('v0000011', 'China Construction Bank JHB - loan', 'CCB JHB', ''),
};

export function build(rng) {
  const cal = calendar(2025, 4, ['2025-04-18', '2025-04-21', '2025-04-28']);
  const m = new Month({ rng, cal, currency: 'ZAR' });
  const A = amounts(rng);
  const B = booking(cal, rng);
  const D = cal.days; // 19 working days
  const rent = () => A.between(7000, 42000, 50); // VAT-inclusive monthly charges, whole 50 cents
  const code = (t) => Number(t.code.slice(1)); // 412
  const eftIn = (date, name, reference, amount, t) =>
    m.line({ date, t, amount, text: 'EFT CREDIT', cp: name, ref: reference });
  const rtcIn = (date, name, reference, amount) =>
    m.line({ date, amount, text: 'RTC CREDIT', cp: name, ref: reference });
  const eftOut = (date, v, reference, amount, t) =>
    m.line({ date, t, amount: -amount, text: 'EFT PAYMENT', cp: v.bank, cpAcct: v.acct, ref: reference });
  // Yardi rows: person/description, control, reference, remarks
  let rSeq = 48210 + rng.int(0, 80);
  let kSeq = 10450 + rng.int(0, 40);
  let jSeq = 23860 + rng.int(0, 40);
  const row = (date, amount, person, control, ref, remarks) =>
    m.row({ date, amount, cells: { person, control, ref, remarks } });
  const receipt = (date, amount, t, ref, remarks) => row(date, amount, t.person, `R-${rSeq++}`, ref, remarks);
  const check = (date, amount, v, ref, remarks) => row(date, -amount, v.person, `K-${kSeq++}`, ref, remarks);
  const journal = (date, amount, person, ref, remarks) => row(date, amount, person, `J-${jSeq++}`, ref, remarks);

  // ---- tenants quoting their tenant code or their first-floor unit, in their own ways; posted from the statement
  const writings = [
    (t) => t.code.toUpperCase(),
    (t) => `T${code(t)}`,
    (t) => `ACC T0${code(t)}`,
    (t) => `${t.unit} APR RENT`,
    (t) => `UNIT ${t.unit[0]} ${t.unit.slice(1)}`,
    (t) => `t ${code(t)} rent`,
    (t) => `${pad(code(t), 7)}`,
  ];
  const wTraits = [
    'ref-canonical',
    'ref-no-padding',
    'ref-other-prefix',
    'unit-number',
    'unit-number-spaced',
    'ref-lowercase',
    'ref-no-prefix',
  ];
  const refTenants = ['addis', 'ubuntu', 'mzansi', 'kasi', 'lagos', 'yiwu', 'bright'];
  const order = rng.shuffle([0, 1, 2, 3, 4, 5, 6]);
  refTenants.forEach((k, i) => {
    const t = tenants[k];
    const amount = rent();
    const d = rng.pick(D.slice(0, 8));
    const wi = order[i];
    const line = i === 3 ? rtcIn(d, t.bank, writings[wi](t), amount) : eftIn(d, t.bank, writings[wi](t), amount);
    // the bookkeeper types the tenant's reference or just "EFT"
    const ref = rng.chance(0.5) ? 'EFT' : writings[wi](t).slice(0, 12);
    m.auto(line, [receipt(B.after(d, 1, 3), amount, t, ref, `Rent & charges Apr-25 shop ${t.unit}`)], {
      evidence: 'reference',
      traits: [wTraits[wi], 'late-posting'],
    });
  });

  // ---- tenants named by their bank, no usable reference
  for (const k of ['greatwall', 'phoenix', 'panda']) {
    const t = tenants[k];
    const amount = rent();
    const d = rng.pick(D.slice(0, 10));
    const line = eftIn(d, t.bank, rng.pick(['RENT', 'APRIL', 'PAYMENT']), amount);
    m.auto(line, [receipt(B.after(d, 1, 2), amount, t, 'EFT', `Rent Apr-25 shop ${t.unit}`)], {
      evidence: 'counterparty',
      traits: ['name-only', 'late-posting'],
    });
  }

  // ---- two tenants on the standard ground-floor rent pay the same sum on the same day
  {
    const amount = A.between(18000, 19999, 5000);
    const d = rng.pick(D.slice(1, 5));
    for (const k of ['sunrise', 'dragon']) {
      const t = tenants[k];
      const line = eftIn(d, t.bank, 'RENT', amount);
      m.auto(line, [receipt(B.after(d, 1, 2), amount, t, 'EFT', `Rent Apr-25 shop ${t.unit}`)], {
        evidence: 'counterparty',
        traits: ['name-only', 'same-amount-different-payers', 'late-posting'],
      });
    }
  }

  // ---- one tenant with three shops pays them in one transfer under its name only; Yardi holds a receipt per lease
  {
    const ts = [tenants.happy17, tenants.happy18, tenants.happy19];
    const amounts3 = ts.map(() => rent());
    const total = amounts3.reduce((s, x) => s + x, 0);
    A.claim(total);
    const d = rng.pick(D.slice(2, 8));
    const line = eftIn(d, 'HAPPY HOME WHOLESALE', 'SHOPS RENT', total);
    const bd = B.after(d, 1, 2);
    const rows = ts.map((t, i) => receipt(bd, amounts3[i], t, 'EFT', `Rent Apr-25 shop ${t.unit}`));
    m.suggest(line, rows, { evidence: 'counterparty', traits: ['split-one-to-many', 'name-only', 'late-posting'] });
  }
  // ---- a tenant with two shops pays both in one transfer quoting both tenant codes
  {
    const ts = [tenants.fortune1, tenants.fortune2];
    const a2 = ts.map(() => rent());
    const total = a2[0] + a2[1];
    A.claim(total);
    const d = rng.pick(D.slice(2, 9));
    const line = eftIn(d, 'FORTUNE BLANKETS', `T${code(ts[0])} T${code(ts[1])}`, total);
    const bd = B.after(d, 1, 2);
    m.auto(
      line,
      ts.map((t, i) => receipt(bd, a2[i], t, 'EFT', `Rent Apr-25 shop ${t.unit}`)),
      {
        evidence: 'reference',
        traits: ['split-one-to-many', 'late-posting'],
      },
    );
  }

  // ---- a tenant repeats last week's transfer by mistake; one receipt in the books
  {
    const t = tenants.soweto;
    const amount = rent();
    const d1 = rng.pick(D.slice(0, 4));
    const d2 = cal.shift(d1, 5);
    const l1 = eftIn(d1, t.bank, `${t.unit} RENT`, amount);
    const l2 = eftIn(d2, t.bank, `${t.unit} RENT`, amount);
    m.suggest(l1, [receipt(B.after(d1, 1, 2), amount, t, t.unit, `Rent Apr-25 shop ${t.unit}`)], {
      evidence: 'reference',
      traits: ['duplicate-payment', 'late-posting'],
    });
    m.none(l2, ['duplicate-payment']);
  }

  // ---- one tenant pays the same instalment on its arrears twice in the month: either pairing is right
  {
    const t = tenants.amani;
    const amount = A.between(4000, 9000, 50000);
    const d1 = rng.pick(D.slice(1, 6));
    const d2 = rng.pick(D.slice(11, 16));
    const l1 = eftIn(d1, t.bank, 'ARREARS', amount);
    const l2 = eftIn(d2, t.bank, 'ARREARS', amount);
    const r1 = receipt(B.after(d1, 1, 2), amount, t, 'EFT', 'arrears arrangement - instalment 1');
    const r2 = receipt(B.after(d2, 1, 2), amount, t, 'EFT', 'arrears arrangement - instalment 2');
    for (const l of [l1, l2])
      m.autoAnyOf(l, [[r1], [r2]], { evidence: 'counterparty', traits: ['twins', 'recurring-equal-payments'] });
  }

  // ---- receipts posted from proofs of payment the tenants emailed, before the money arrived
  {
    // a tie: two equal POPs of one tenant (March arrears and April), one transfer by name
    const t = tenants.minghao;
    const amount = rent();
    const d = rng.pick(D.slice(8, 14));
    const r1 = receipt(B.before(d, 3, 4), amount, t, 'POP', 'POP emailed - March arrears');
    const r2 = receipt(B.before(d, 1, 2), amount, t, 'POP', 'POP emailed - April rent');
    const line = eftIn(d, t.bank, 'PAYMENT', amount);
    m.suggest(line, null, {
      evidence: 'counterparty',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      traits: ['tie', 'proof-of-payment'],
    });
  }
  {
    // part payment: the POP showed the full charges, the transfer was for part
    const t = tenants.jinhua;
    const full = rent();
    const paid = Math.round((full * rng.int(40, 65)) / 100 / 100000) * 100000;
    A.claim(paid);
    const d = rng.pick(D.slice(4, 12));
    const line = eftIn(d, t.bank, `${t.code.toUpperCase()} PART`, paid);
    m.suggest(line, [receipt(B.before(d, 1, 2), full, t, 'POP', 'POP emailed - April rent')], {
      evidence: 'reference',
      traits: ['part-payment', 'proof-of-payment'],
    });
  }
  {
    // anonymous: the sending bank gave no name and the reference says only RENT
    const t = tenants.cape;
    const amount = rent();
    const d = rng.pick(D.slice(3, 12));
    const line = eftIn(d, '', 'RENT', amount);
    m.suggest(line, [receipt(B.before(d, 1, 2), amount, t, 'POP', 'POP emailed')], {
      evidence: 'amount',
      mustNotAuto: true,
      traits: ['anonymous', 'proof-of-payment'],
    });
  }
  {
    // the tenant's director pays from his own account under his own name
    const t = tenants.lucky;
    const amount = rent();
    const d = rng.pick(D.slice(2, 12));
    const line = eftIn(d, 'MR W ZHANG', 'APRIL', amount);
    m.suggest(line, [receipt(B.before(d, 0, 1), amount, t, 'POP', 'POP from director')], {
      evidence: 'amount',
      traits: ['payer-written-differently', 'owner-account'],
    });
  }
  {
    // a mistyped tenant code that belongs to nobody, the name given
    const t = tenants.bright;
    const amount = rent();
    const d = rng.pick(D.slice(10, 16));
    // 479 with its digits moved round: no tenant has code 749
    const line = eftIn(d, t.bank, 'T0000749', amount);
    m.suggest(line, [receipt(B.after(d, 1, 2), amount, t, 'EFT', 'utilities recovery Mar-25')], {
      evidence: 'counterparty',
      traits: ['mistyped-reference'],
    });
  }

  // ---- parking: Adumo payout with id (gross journal), SnapScan with gross and fee, a card batch with no id
  {
    const d = rng.pick(D.slice(2, 9));
    const gross = A.between(18000, 45000, 1);
    const fee = part(gross, 275, 10000);
    const id = `${rng.digits(9)}`;
    const line = m.line({
      date: d,
      amount: gross - fee,
      text: 'EFT CREDIT',
      cp: 'ADUMO PAYMENTS',
      ref: `PAYOUT ${id}`,
    });
    m.auto(line, [journal(cal.shift(d, 1), gross, 'Parking income', `ADUMO ${id}`, 'pay stations - gross takings')], {
      evidence: 'reference',
      traits: ['settlement', 'payout-id', 'short-net-of-fee', 'late-posting'],
      difference: -fee,
    });
  }
  {
    const d = rng.pick(D.slice(9, 15));
    const gross = A.between(6000, 15000, 1);
    const fee = part(gross, 3, 100);
    const id = `SS${rng.digits(8)}`;
    const line = m.line({ date: d, amount: gross - fee, text: 'EFT CREDIT', cp: 'SNAPSCAN', ref: id });
    const bd = cal.shift(d, 1);
    m.auto(
      line,
      [
        journal(bd, gross, 'Parking income', id, 'SnapScan parking'),
        journal(bd, -fee, 'Bank charges', id, 'SnapScan fee'),
      ],
      { evidence: 'reference', traits: ['settlement', 'payout-id', 'gross-and-fee-booked', 'late-posting'] },
    );
  }
  {
    const d = rng.pick(D.slice(12, 18));
    const gross = A.between(9000, 25000, 1);
    const fee = part(gross, 2, 100);
    const line = m.line({
      date: d,
      amount: gross - fee,
      text: 'CARD SETTLEMENT',
      cp: 'MERCHANT 7731 PARKING',
      ref: '',
    });
    m.suggest(line, [journal(cal.shift(d, 1), gross, 'Parking income', 'CARD', 'parking card takings week 3')], {
      evidence: 'amount',
      traits: ['settlement', 'pos-settlement', 'short-net-of-fee', 'late-posting'],
    });
  }

  // ---- receipts nobody has posted
  m.none(eftIn(rng.pick(D.slice(3, 18)), 'J MOYO', 'DEPOSIT SHOP', A.between(3000, 8000, 100000)), ['unknown-receipt']);
  m.none(eftIn(rng.pick(D.slice(3, 18)), 'KHAN GENERAL DEALER', 'INV 88', A.between(1500, 4000, 1)), [
    'unknown-receipt',
  ]);

  // ---- vendors paid quoting their invoice; two by name
  const inv = {
    guarding: () => `OGS${rng.int(2100, 2999)}`,
    lifts: () => `JLE/${rng.int(5100, 5999)}`,
    electrical: () => `REC INV ${rng.int(7100, 7999)}`,
  };
  for (const k of ['guarding', 'lifts', 'electrical']) {
    const v = vendors[k];
    const invNo = inv[k]();
    const amount = k === 'guarding' ? A.between(85000, 140000, 1) : A.between(12000, 60000, 1);
    const d = rng.pick(D.slice(3, 17));
    const line = eftOut(d, v, `ORMONDE WC ${invNo}`, amount);
    m.auto(line, [check(d, amount, v, 'EFT', `Inv ${invNo.replace('REC INV ', '')}`)], {
      evidence: 'reference',
      traits: ['supplier-payment', 'bill-reference'],
    });
  }
  for (const k of ['plumbing', 'spotless']) {
    const v = vendors[k];
    const amount = k === 'spotless' ? A.between(40000, 70000, 1) : A.between(5000, 20000, 1);
    const d = rng.pick(D.slice(3, 17));
    const line = eftOut(d, v, 'ORMONDE WC', amount);
    m.auto(line, [check(d, amount, v, 'EFT', k === 'spotless' ? 'cleaning March' : 'burst pipe F-block')], {
      evidence: 'counterparty',
      traits: ['supplier-payment', 'name-only'],
    });
  }
  // ---- two equal transfers to the cleaning company on one day, both quoting one invoice
  {
    const v = vendors.spotless;
    const invNo = `SF${rng.int(31000, 31999)}`;
    const amount = A.between(8000, 15000, 100000);
    const d = rng.pick(D.slice(8, 16));
    const l1 = eftOut(d, v, `ORMONDE ${invNo}`, amount);
    const l2 = eftOut(d, v, `ORMONDE ${invNo}`, amount, l1.t + 12);
    const r1 = check(d, amount, v, 'EFT', `${invNo} deep clean part 1`);
    const r2 = check(d, amount, v, 'EFT', `${invNo} deep clean part 2`);
    for (const l of [l1, l2]) m.autoAnyOf(l, [[r1], [r2]], { evidence: 'reference', traits: ['twins'] });
  }
  // ---- debit orders: the City's municipal account, the insurance premium
  {
    const acct = `${rng.int(40, 59)}${rng.digits(7)}`;
    const amount = A.between(380000, 620000, 1);
    const d = rng.pick(D.slice(9, 14));
    const line = m.line({
      date: d,
      amount: -amount,
      text: 'DEBIT ORDER',
      cp: 'CITY OF JOHANNESBURG',
      ref: `COJ ${acct}`,
    });
    m.auto(line, [check(d, amount, vendors.coj, acct, 'rates, electricity and water - Mar-25 account')], {
      evidence: 'reference',
      traits: ['debit-order', 'utility', 'account-number'],
    });
    const pol = `MCB${rng.digits(7)}`;
    const prem = A.between(14000, 26000, 1);
    const d2 = D[0];
    const l2 = m.line({ date: d2, amount: -prem, text: 'DEBIT ORDER', cp: vendors.insure.bank, ref: pol });
    m.auto(l2, [check(d2, prem, vendors.insure, pol, 'building insurance Apr-25')], {
      evidence: 'reference',
      traits: ['debit-order', 'insurance'],
    });
  }
  // ---- SARS by eFiling (PRN), the loan instalment to the bank
  for (const [what, lo, hi, trait] of [
    ['EMP201 2025/03', 25000, 60000, 'paye'],
    ['VAT201 2025/03', 80000, 200000, 'vat-return'],
  ]) {
    const prn = `${rng.int(7, 9)}${rng.digits(18)}`;
    const amount = A.between(lo, hi, 1);
    const d = rng.pick(D.slice(3, 7));
    const line = m.line({ date: d, amount: -amount, text: 'SARS EFILING PAYMENT', cp: 'SARS', ref: prn });
    m.auto(line, [check(d, amount, vendors.sars, prn, what)], { evidence: 'reference', traits: ['statutory', trait] });
  }
  {
    const ln = `LN${rng.int(2019, 2021)}${rng.digits(6)}`;
    const amount = A.between(150000, 220000, 1);
    const d = rng.pick(D.slice(0, 3));
    const line = m.line({ date: d, amount: -amount, text: 'LOAN INSTALMENT', cp: 'CCB JHB', ref: ln });
    m.auto(line, [journal(d, -amount, vendors.ccb.person, ln, 'term loan - capital and interest')], {
      evidence: 'reference',
      traits: ['loan-instalment'],
    });
  }
  // ---- an EFT returned (invalid account), sent again by RTC the next day with its fee
  {
    const v = vendors.electrical;
    const invNo = `REC INV ${rng.int(8000, 8999)}`;
    const amount = A.between(15000, 40000, 1);
    const d = rng.pick(D.slice(4, 12));
    const fail = eftOut(d, { ...v, acct: '62110452960' }, `ORMONDE WC ${invNo}`, amount);
    const ret = m.line({
      date: cal.shift(d, 1),
      t: 480,
      amount,
      text: 'EFT RETURN - INVALID ACCOUNT',
      cp: v.bank,
      ref: `ORMONDE WC ${invNo}`,
    });
    m.reversal(fail, ret, ['failed-transfer'], ['reversal']);
    const resent = m.line({
      date: cal.shift(d, 2),
      amount: -amount,
      text: 'RTC PAYMENT',
      cp: v.bank,
      cpAcct: v.acct,
      ref: `ORMONDE WC ${invNo}`,
    });
    m.bankOnly(m.after(resent, { amount: -5500, text: 'RTC FEE', cp: '', ref: '' }), 'charge', ['rtc-fee']);
    m.auto(resent, [check(d, amount, v, 'EFT', `Inv ${invNo.replace('REC INV ', '')}`)], {
      evidence: 'reference',
      traits: ['resent-after-failure', 'supplier-payment'],
    });
  }
  // ---- a departing tenant's deposit refunded, quoting its tenant code
  {
    const t = tenants.panda;
    const amount = A.between(15000, 30000, 100000);
    const d = rng.pick(D.slice(10, 17));
    const line = eftOut(d, { bank: t.bank, acct: '1190872231' }, `DEPOSIT REFUND ${t.code.toUpperCase()}`, amount);
    m.auto(line, [journal(d, -amount, t.person, 'EFT', 'deposit refund - lease ended 31/03')], {
      evidence: 'reference',
      traits: ['customer-refund', 'deposit-refund'],
    });
  }
  // ---- a card purchase nobody posted
  m.none(
    m.line({
      date: rng.pick(D.slice(5, 18)),
      amount: -A.between(800, 4000, 1),
      text: 'POS PURCHASE',
      cp: 'BUILDERS WAREHOUSE ORMONDE',
      ref: '',
    }),
    ['unrecorded-card-purchase'],
  );

  // ---- book rows with no bank line
  {
    const last = cal.wd(-1);
    m.ledgerOnly(
      check(last, A.between(20000, 60000, 1), vendors.lifts, 'EFT', 'payment run 30/04 - released after cut-off'),
      "EFT released after the bank's cut-off, leaves the account in May",
    );
    m.ledgerOnly(
      check(last, A.between(10000, 25000, 1), vendors.insure, 'MCB-SASRIA', 'SASRIA premium - debit order due 30/04'),
      'debit order due on the last day, collected on the next business day',
    );
    m.ledgerOnly(
      receipt(last, rent(), tenants.yiwu, 'POP', 'POP emailed - May rent in advance'),
      'receipt posted from a proof of payment; the money arrives in May',
    );
  }

  // ---- the bank's month end: fees per kind of transaction and the monthly fee (VAT included), credit interest
  const last = cal.wd(-1);
  const credits = m.lines.filter((l) => /^EFT CREDIT|^RTC CREDIT/.test(l.text)).length;
  const debits = m.lines.filter((l) => /^EFT PAYMENT/.test(l.text)).length;
  const fees = [
    [`EFT CREDIT FEES (${credits})`, -credits * 350, 'charge', 'eft-credit-fees'],
    [`EFT PAYMENT FEES (${debits})`, -debits * 850, 'charge', 'eft-fees'],
    ['MONTHLY SERVICE FEE', -29500, 'charge', 'service-fee'],
    ['CREDIT INTEREST', A.between(600, 1800, 1), 'interest', 'credit-interest'],
  ];
  fees.forEach(([text, amount, kind, trait], i) =>
    m.bankOnly(m.line({ date: last, t: 1440 + i, amount, text, cp: '', ref: '' }), kind, [trait]),
  );

  return {
    month: m,
    bankBase: A.between(1200000, 1800000, 100000),
    bookOpeningDelta: 0,
    notes: [
      'Receipts are posted in Yardi from the bank statement one to three working days after the money, except those posted earlier from proofs of payment the tenants emailed (traits proof-of-payment): those are where the books and the bank disagree.',
      'Tenants quote their Yardi tenant code (t0000412) or their first-floor unit (F203) in many writings; ground-floor units (G14) have two digits only and are not counted as a reference.',
      'Fees are VAT-inclusive (no separate VAT lines); EFT credit and payment fees are charged once at month end per number of items.',
      "The bank file gives the payer's or payee's name in a column of its own (mapped as the party); its narration column holds only the kind of transaction.",
    ],
  };
}

// ------------------------------------------------------------------------------------------------ layouts

export function bankFile(ordered, { opening, closing }) {
  const file = 'ccb-jhb-0100018842357-apr2025.csv';
  const out = [
    ['China Construction Bank Corporation Johannesburg Branch'],
    ['Account Transaction History'],
    ['Account No.:', '0100018842357'],
    ['Account Name:', 'ORMONDE WHOLESALE CENTRE (PTY) LTD'],
    ['Currency:', 'ZAR'],
    ['Query Period:', '2025/04/01-2025/04/30'],
    ['Opening Balance:', dec(opening)],
    ['Closing Balance:', dec(closing)],
    [],
    [
      'Transaction Date',
      'Value Date',
      'Description',
      'Payer/Payee Name',
      'Payer/Payee Account',
      'Reference',
      'Debit Amount',
      'Credit Amount',
      'Balance',
      'Serial No.',
    ],
  ];
  const headerRow = 10;
  const rowOf = new Map();
  for (const l of ordered) {
    out.push([
      fmtDate.ymdSlash(l.date),
      fmtDate.ymdSlash(l.valueDate),
      l.text,
      l.cp,
      l.cpAcct,
      l.ref,
      l.amount < 0 ? dec(-l.amount) : '',
      l.amount > 0 ? dec(l.amount) : '',
      dec(l.balance),
      String(rowOf.size + 1),
    ]);
    rowOf.set(l, out.length);
  }
  return {
    file,
    bytes: Buffer.from(csvText(out, { bom: true }), 'utf8'),
    rowOf,
    headerRow,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'YMD',
      mapping: {
        date: 'Transaction Date',
        valueDate: 'Value Date',
        description: 'Description',
        party: 'Payer/Payee Name',
        reference: 'Reference',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Balance',
      },
    },
    order: 'oldest-first',
    layout:
      "CCB Johannesburg corporate e-banking transaction history, CSV with a UTF-8 BOM: eight label/value preamble rows (account, name, currency, query period, opening and closing balance) and a blank row, header in row 10 `Transaction Date, Value Date, Description, Payer/Payee Name, Payer/Payee Account, Reference, Debit Amount, Credit Amount, Balance, Serial No.`, dates `2025/04/03`, plain decimals, the other side empty, a serial number last; the narration column holds only the kind of transaction (EFT CREDIT, DEBIT ORDER, …), the payer's or payee's name and account have columns of their own (the account is not mapped), the payer's own reference is in Reference.",
    nonEntryRows: [],
    text: (l) => l.text,
    reference: (l) => l.ref,
    counterparty: (l) => (l.cp ? { name: l.cp } : null),
  };
}

export function ledgerFile(rows, { opening }) {
  const file = 'yardi-gl-10110-apr2025.xlsx';
  const ordered = rows
    .map((r, i) => [r, i])
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : i - j))
    .map(([r]) => r);
  const out = [
    ['Ormonde Wholesale Centre (Pty) Ltd'],
    ['General Ledger'],
    ['Period = Apr 2025'],
    ['Book = Accrual ; Tree = ysi_tb'],
    [],
    [
      'Property',
      'Date',
      'Period',
      'Person/Description',
      'Control',
      'Reference',
      'Debit',
      'Credit',
      'Balance',
      'Remarks',
    ],
    ['10110', 'Cash - CCB Current Account'],
    ['', '', '', 'Beginning Balance', '', '', '', '', numCell(opening), ''],
  ];
  const headerRow = 6;
  const rowOf = new Map();
  let bal = opening;
  let dr = 0;
  let cr = 0;
  for (const r of ordered) {
    bal += r.amount;
    out.push([
      textCell('owc'),
      dateCell(r.date),
      textCell('Apr-2025'),
      textCell(r.cells.person),
      textCell(r.cells.control),
      r.cells.ref ? textCell(r.cells.ref) : '',
      r.amount > 0 ? numCell(r.amount) : '',
      r.amount < 0 ? numCell(-r.amount) : '',
      numCell(bal),
      r.cells.remarks ? textCell(r.cells.remarks) : '',
    ]);
    rowOf.set(r, out.length);
    if (r.amount > 0) dr += r.amount;
    else cr -= r.amount;
  }
  out.push(['', '', '', 'Net Change', '', '', numCell(dr), numCell(cr), numCell(dr - cr), '']);
  const netRow = out.length;
  out.push(['', '', '', 'Ending Balance', '', '', '', '', numCell(bal), '']);
  const bytes = xlsxBuffer('General Ledger', out, { cols: [8, 12, 10, 40, 10, 16, 14, 14, 16, 44] });
  return {
    file,
    bytes,
    rowOf,
    headerRow,
    readOptions: {
      currency: 'ZAR',
      sheet: 'General Ledger',
      mapping: {
        date: 'Date',
        reference: 'Reference',
        party: 'Person/Description',
        description: ['Control', 'Remarks'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
    },
    layout:
      'Yardi Voyager General Ledger report (Book Accrual) of account 10110, exported to Excel (sheet "General Ledger"): four title rows and a blank row, header in row 6 `Property, Date, Period, Person/Description, Control, Reference, Debit, Credit, Balance, Remarks`, the account heading `10110 | Cash - CCB Current Account` in row 7 (text in the Date column, no money), an undated `Beginning Balance` row (balance only), real date cells shown `dd/mm/yyyy`, the period as text `Apr-2025`, the tenant or vendor with its Yardi code in Person/Description (`Lucky Star Trading (t0000412)`), Yardi controls (`R-` receipt, `K-` payment, `J-` journal), numeric Debit (money in) and Credit, a running balance, remarks; at the end an undated `Net Change` row carrying the debit and credit totals and an undated `Ending Balance` row.',
    nonEntryRows: [
      { row: 7, why: 'account heading (code and name), no money' },
      { row: 8, why: 'Beginning Balance, undated, balance only' },
      { row: netRow, why: 'Net Change: the debit and credit totals of the period, undated' },
      { row: netRow + 1, why: 'Ending Balance, undated, balance only' },
    ],
    reference: (r) => r.cells.ref,
    description: (r) => [r.cells.control, r.cells.remarks].filter(Boolean).join(' — '),
    party: (r) => r.cells.person || null,
    account: () => null,
  };
}

export const set = {
  key: 'za-ccbjhb-yardi',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  bank: 'China Construction Bank Corporation, Johannesburg Branch',
  package: 'Yardi Voyager (Financials → General Ledger report of account 10110, exported to Excel)',
  ledgerAccount: '10110 Cash - CCB Current Account',
  build,
  bankFile,
  ledgerFile,
};
