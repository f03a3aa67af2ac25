// ZA: a conveyancing attorneys' trust account (section 86(2) of the Legal Practice Act) in Bedfordview: purchasers'
// deposits, banks' guarantees paid on registration, payouts to sellers, bond cancellations, transfer duty, rates
// clearance, estate agents' commission and fees moved to the firm's business account. Never overdrawn.
import { roundTo, workingDays } from './lib44.mjs';
import { monthBuilder } from './month44.mjs';

const RAND = 100;
const PEOPLE = [
  'N Pillay',
  'T Mokoena',
  'C van der Merwe',
  'S Govender',
  'L Dlamini',
  'A Papadopoulos',
  'K Naidoo',
  'R Swanepoel',
  'M Khumalo',
  'D Ferreira',
  'P Nkosi',
  'G Theodorou',
  'H Botha',
  'Z Mahlangu',
  'J Coetzee',
  'B Moodley',
  'E Louw',
  'F Sithole',
];
const HOME_LOANS = ['ABSA HOME LOANS', 'FNB HOME LOANS', 'NEDBANK HOME LOANS', 'STANDARD BANK HOME LOANS'];

export function zaAttorneys(r) {
  const m = monthBuilder();
  const days = workingDays(2029, 11, []);
  const used = new Set();
  const uniq = (minor) => {
    while (used.has(minor)) minor += 100 * RAND;
    used.add(minor);
    return minor;
  };
  const people = r.sample(PEOPLE, PEOPLE.length);
  let pi = 0;
  const person = () => people[pi++ % people.length];
  let mt = r.int(2100, 2600);
  const matter = () => ++mt;
  const receipt = (date, amount, desc, mat, client, voucher = `R${r.digits(5)}`) =>
    m.book(date, amount, desc, `KM/T${mat}`, client, { voucher });
  const payment = (date, amount, desc, mat, client) =>
    m.book(date, -amount, desc, mat ? `KM/T${mat}` : '', client, { voucher: `P${r.digits(5)}` });
  const eft = (date, amount, text, ref) => {
    const l = m.bank(date, -amount, text, ref);
    const rtc = amount > 1000000 * RAND; // large payouts go by real-time clearing
    m.charge(l, rtc ? -65 * RAND : -950, rtc ? 'RTC FEE' : 'EFT PAYMENT FEE', 'charge');
    return l;
  };
  const writings = [
    (t) => `KMT${t}`,
    (t) => `KM/T${t}`,
    (t) => `KM T ${t}`,
    (t) => `Matter ${t}`,
    (t) => `T${t} DEPOSIT`,
  ];

  // purchasers' deposits quoting the matter their own way
  const registered = [];
  for (let i = 0; i < 9; i++) {
    const buyer = person();
    const seller = person();
    const t = matter();
    const amount = uniq(roundTo(r.int(60000, 450000) * RAND, 1000 * RAND));
    const d = r.pick(days.slice(0, 18));
    const l = m.bank(d, amount, `CREDIT TRANSFER ${buyer.toUpperCase()}`, r.pick(writings)(t));
    m.auto(l, receipt(d, amount, `Deposit ex purchaser ${buyer}`, t, `${buyer} / ${seller}`), 'reference');
    registered.push({ t, buyer, seller });
  }
  // two by name only
  for (let i = 0; i < 2; i++) {
    const buyer = person();
    const t = matter();
    const amount = uniq(roundTo(r.int(40000, 250000) * RAND, 500 * RAND));
    const d = r.pick(days.slice(2, 18));
    const l = m.bank(
      d,
      amount,
      `CREDIT TRANSFER ${buyer.toUpperCase()}`,
      r.pick(['DEPOSIT', 'HOUSE DEPOSIT', 'PURCHASE']),
    );
    m.auto(l, receipt(d, amount, `Deposit ex purchaser ${buyer}`, t, `${buyer} / ${person()}`), 'counterparty', [
      'name-only',
    ]);
  }
  // a purchaser adding the bank's cash-deposit fee he was told about, and one paying half "as agreed with the agent"
  {
    const buyer = person();
    const t = matter();
    const amount = uniq(roundTo(r.int(80000, 200000) * RAND, 1000 * RAND));
    const l = m.bank(days[6], amount + 1250 * RAND, `CREDIT TRANSFER ${buyer.toUpperCase()}`, `KMT${t}`);
    m.auto(l, receipt(days[6], amount, `Deposit ex purchaser ${buyer}`, t, buyer), 'reference', ['over-payment']);
    const b2 = person();
    const t2 = matter();
    const full = uniq(roundTo(r.int(150000, 300000) * RAND, 5000 * RAND));
    const l2 = m.bank(days[9], full / 2, `CREDIT TRANSFER ${b2.toUpperCase()}`, `KM T${t2} PMT 1 OF 2`);
    m.suggest(
      l2,
      receipt(days[8], full, `Deposit ex purchaser ${b2} (per proof of payment)`, t2, b2),
      'reference',
      ['part-payment'],
      true,
    );
  }
  // a purchaser over his daily limit: two equal transfers the same day, two equal receipts
  {
    const buyer = person();
    const t = matter();
    const half = uniq(roundTo(r.int(50000, 100000) * RAND, 1000 * RAND));
    const la = m.bank(days[11], half, `CREDIT TRANSFER ${buyer.toUpperCase()}`, `KMT${t}`);
    const lb = m.bank(days[11], half, `CREDIT TRANSFER ${buyer.toUpperCase()}`, `KMT${t}`);
    const ra = receipt(days[11], half, `Deposit ex purchaser ${buyer} (1 of 2)`, t, buyer);
    const rb = receipt(days[11], half, `Deposit ex purchaser ${buyer} (2 of 2)`, t, buyer);
    m.twins(la, lb, ra, rb, 'reference');
  }
  // one buyer of two units: both deposits receipted from the agent's e-mail, one transfer so far, no matter quoted
  {
    const buyer = 'Waterfall Ridge Investments (Pty) Ltd';
    const amount = uniq(roundTo(r.int(50000, 90000) * RAND, 5000 * RAND));
    const a = receipt(days[13], amount, `Deposit ex purchaser unit 14 ${buyer}`, matter(), buyer);
    const b = receipt(days[13], amount, `Deposit ex purchaser unit 15 ${buyer}`, matter(), buyer);
    m.tie(m.bank(days[14], amount, 'CREDIT TRANSFER WATERFALL RIDGE INV', 'DEPOSIT'), [a, b], 'counterparty');
  }
  // a client's costs advance by PayShap, by name
  {
    const who = 'Thandeka Mabuza';
    const amount = uniq(r.int(2500, 4800) * RAND);
    const l = m.bank(days[3], amount, 'PAYSHAP CREDIT THANDEKA MABUZA', 'COSTS ESTATE LATE');
    m.auto(
      l,
      m.book(days[3], amount, 'Advance on costs - estate late S Mabuza', 'KM/E0418', who, {
        voucher: `R${r.digits(5)}`,
      }),
      'counterparty',
      ['name-only'],
    );
  }
  // money for no matter: held in suspense until someone claims it
  m.none(m.bank(days[15], uniq(r.int(8000, 30000) * RAND), 'CREDIT TRANSFER MR S NAIDOO', 'LOAN REPAYMENT'), [
    'unknown-receipt',
  ]);

  // registrations: the bank's guarantee comes in, the seller's bond is cancelled, transfer duty, rates, commission,
  // the seller's proceeds and the firm's fees go out
  const regs = registered.slice(0, 4);
  for (const [i, { t, buyer, seller }] of regs.entries()) {
    const reg = days[8 + i * 3];
    const price = roundTo(r.int(1400000, 4200000) * RAND, 5000 * RAND);
    const gtee = uniq(price - roundTo(price / 10, 1000 * RAND));
    const gno = r.digits(10);
    const bank = r.pick(HOME_LOANS);
    const lg = m.bank(reg, gtee, `RTC CREDIT ${bank} GTEE ${gno}`, `T${t}`);
    m.auto(
      lg,
      receipt(reg, gtee, `Guarantee ${bank.toLowerCase()} ${gno} - registration`, t, `${buyer} / ${seller}`),
      'reference',
    );
    const bond = uniq(roundTo(r.int(300000, 900000) * RAND, 1) + r.int(0, 99));
    const acc = r.digits(11);
    const lb = eft(reg, bond, `PAYMENT ${r.pick(HOME_LOANS)} BOND ${acc}`, `KMT${t}`);
    m.auto(lb, payment(reg, bond, `Bond cancellation figure acc ${acc}`, t, seller), 'reference');
    const duty = uniq(r.int(20000, 240000) * RAND);
    const prn = `4${r.digits(9)}`;
    const ld = m.bank(days[Math.max(0, 8 + i * 3 - 5)], -duty, `SARS EFILING TRANSFER DUTY PRN ${prn}`, '');
    m.auto(ld, payment(days[Math.max(0, 8 + i * 3 - 6)], duty, `Transfer duty PRN ${prn}`, t, 'SARS'), 'reference');
    const rates = uniq(r.int(4000, 16000) * RAND + r.int(0, 99));
    const racc = r.digits(10);
    const lr = eft(days[4 + i * 2], rates, `CITY OF EKURHULENI RATES ${racc}`, `KM T${t}`);
    m.auto(
      lr,
      payment(days[4 + i * 2], rates, `Rates clearance figures acc ${racc}`, t, 'City of Ekurhuleni'),
      'reference',
    );
    const comm = uniq(r.int(60000, 200000) * RAND + r.int(0, 99));
    const lc = eft(reg, comm, `LAKEVIEW REALTY COMMISSION`, `KMT${t}`);
    m.auto(lc, payment(reg, comm, 'Agent commission incl VAT', t, 'Lakeview Realty'), 'reference');
    const fees = uniq(r.int(18000, 45000) * RAND + r.int(0, 99));
    const lf = eft(days[days.indexOf(reg) + 1], fees, 'TRF TO KM INC BUSINESS ACC FEES', `KMT${t}`);
    m.auto(
      lf,
      payment(reg, fees, 'Transfer fees and disbursements to business account', t, 'Kyriakou Mthembu Inc'),
      'reference',
    );
    const proceeds = uniq(roundTo(r.int(500000, 2000000) * RAND, 1) + r.int(0, 99));
    if (i === 3) {
      // on the month's last registration the seller's payout is released only on 3 December
      m.ledgerOnly(payment(reg, proceeds, `Proceeds to seller ${seller}`, t, seller), 'released by RTC on 3 December');
      continue;
    }
    if (i === 1) {
      // the seller's account had been closed: paid, returned, paid again to the new account
      const a = eft(reg, proceeds, `PAYMENT TO ${seller.toUpperCase()} PROCEEDS`, `KMT${t}`);
      const back = m.bank(
        days[days.indexOf(reg) + 1],
        proceeds,
        `RETURNED PAYMENT ${seller.toUpperCase()} ACC CLOSED`,
        `KMT${t}`,
      );
      m.pair(a, back);
      const again = eft(
        days[days.indexOf(reg) + 2],
        proceeds,
        `PAYMENT TO ${seller.toUpperCase()} PROCEEDS`,
        `KMT${t}`,
      );
      m.auto(again, payment(reg, proceeds, `Proceeds to seller ${seller}`, t, seller), 'reference');
      continue;
    }
    const lp = eft(reg, proceeds, `PAYMENT TO ${seller.toUpperCase()} PROCEEDS`, `KMT${t}`);
    m.auto(lp, payment(reg, proceeds, `Proceeds to seller ${seller}`, t, seller), 'reference');
  }
  // a guarantee receipted on the last registration day that the bank pays in December
  m.ledgerOnly(
    receipt(
      days[days.length - 1],
      uniq(roundTo(r.int(900000, 2500000) * RAND, 1000 * RAND)),
      'Guarantee nedbank home loans - registration',
      matter(),
      person(),
    ),
    'the bank pays the guarantee on the next working day, in December',
  );
  // last month's payout, released on the first of the month
  const lastMonth = uniq(roundTo(r.int(400000, 900000) * RAND, 1) + 13);
  m.none(eft(days[0], lastMonth, `PAYMENT TO ${person().toUpperCase()} PROCEEDS`, `KMT${r.int(1800, 1899)}`), [
    'booked-last-month',
  ]);
  // interest on the trust account, and the month's fees
  const end = days[days.length - 1];
  m.bankOnly(m.bank(end, r.int(9000, 26000) * RAND + r.int(0, 99), 'CREDIT INTEREST', ''), 'interest');
  m.bankOnly(m.bank(end, -385 * RAND, 'MONTHLY ACCOUNT FEE', ''), 'charge');
  m.bankOnly(m.bank(end, -r.int(20, 60) * 150, 'NOTIFICATION FEES', ''), 'charge');

  return { m, openingBank: uniq(roundTo(r.int(6500000, 9500000) * RAND, 1) + r.int(0, 99)), lastMonth };
}
