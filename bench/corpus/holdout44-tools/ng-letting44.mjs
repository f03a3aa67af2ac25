// NG: a letting and property-management agent in Lekki collecting annual rents, service charges and new tenants'
// caution deposits into a collections account, and paying landlords, contractors and its own staff from it.
import { bp, roundTo, workingDays } from './lib44.mjs';
import { monthBuilder } from './month44.mjs';

const NAIRA = 100;
const TENANTS = [
  'Adewale Okonkwo',
  'Funmilayo Adeyinka',
  'Chibuzor Nwachukwu',
  'Ifeoluwa Babatunde',
  'Tamunotonye Briggs',
  'Oghenekaro Edewor',
  'Zainab Lawal-Bello',
  'Kelechi Anozie',
  'Morenike Ojo-Ade',
  'Babajide Ogunleye',
  'Nneka Obiakor',
  'Emeka Nwosu-Okeke',
  'Halima Danjuma',
  'Oluwaseun Akintola',
  'Ebiere Alagoa',
  'Temitope Fashola-Ige',
  'Ugochi Nnamdi',
  'Yetunde Bakare',
  'Ikenna Mbadiwe',
  'Ronke Adegbite',
  'Obinna Ezeaku',
  'Aisha Mohammed-Sani',
  'Tobiloba Ajayi',
  'Chiamaka Uzor',
  'Segun Olaniyan-Bello',
  'Ibironke Ashafa',
];
const BANKS = [
  'GTBank',
  'Zenith Bank',
  'Access Bank',
  'UBA',
  'First Bank',
  'Stanbic IBTC',
  'Wema Bank',
  'OPay',
  'Kuda',
];
const LANDLORDS = [
  'Chief Ademola Fagbemi',
  'Mrs Ngozi Ekwueme',
  'Alhaji Sani Garba',
  'Dr Bolaji Oyelaran',
  'Engr Felix Ighodaro',
  'Arc Titilola Majekodunmi',
  'Barr Uche Onyekachi',
  'Mrs Patience Etim-Bassey',
];
const STREETS = [
  'Admiralty Way',
  'Fola Osibo Rd',
  'Babatunde Anjous Ave',
  'Oba Elegushi Rd',
  'Durosimi Etti Dr',
  'Kusenla Rd',
  'Ajose Adeogun Close',
  'Bisola Durosinmi-Etti',
];

export function ngLetting(r) {
  const m = monthBuilder();
  const days = workingDays(2029, 8, []);
  const used = new Set();
  const uniq = (minor) => {
    while (used.has(minor)) minor += 5000 * NAIRA;
    used.add(minor);
    return minor;
  };
  const later = (d, n) => days[Math.min(days.length - 1, days.indexOf(d) + n)];
  const earlier = (d, n) => days[Math.max(0, days.indexOf(d) - n)];
  const session = () => `1000${r.digits(26)}`;
  const nipFee = (minor) => (minor <= 5000 * NAIRA ? 1000 : minor <= 50000 * NAIRA ? 2500 : 5000);
  /** an inward NIP transfer and its ₦50 levy */
  const inward = (date, amount, payer, bank, words) => {
    const l = m.bank(date, amount, `Inward transfer from ${payer.toUpperCase()} (${bank}) - ${words}`, session());
    if (amount >= 10000 * NAIRA) m.charge(l, -50 * NAIRA, 'Electronic Money Transfer Levy', 'levy');
    return l;
  };
  /** an outward NIP transfer, its fee and the VAT on the fee */
  const outward = (date, amount, payee, bank, words) => {
    const l = m.bank(date, -amount, `Transfer to ${payee.toUpperCase()} (${bank}) - ${words}`, session());
    const fee = nipFee(amount);
    m.charge(l, -fee, 'NIP transfer fee', 'charge');
    m.charge(l, -bp(fee, 750), 'VAT on NIP transfer fee', 'fee-vat');
    return l;
  };
  const tenants = r.sample(TENANTS, TENANTS.length);
  let ti = 0;
  const tenant = () => tenants[ti++];
  const unit = () => `Flat ${r.int(1, 6)}${r.pick(['A', 'B', 'C'])}, ${r.int(2, 48)} ${r.pick(STREETS)}`;
  const rent = () => uniq(roundTo(r.int(3200000, 14500000) * NAIRA, 50000 * NAIRA));
  let inv = r.int(4100, 4300);
  const invNo = () => `INV-00${++inv}`;
  let tn = r.int(300, 520);
  const tenancy = () => ++tn;
  const receiptRow = (date, amount, what, tref, party, ref = invNo()) =>
    m.book(date, amount, `${what} - HL/TN/0${tref}`, ref, party, { type: 'Receipt' });

  // tenants quoting their tenancy number, each in their own way
  const writeRef = [
    (t) => `rent HLTN${t}`,
    (t) => `HL/TN/0${t} RENT 2029-30`,
    (t) => `Tenancy ${t} annual rent`,
    (t) => `hl-tn-${t} renewal`,
    (t) => `RENT REF HL TN 0${t}`,
  ];
  for (let i = 0; i < 12; i++) {
    const who = tenant();
    const t = tenancy();
    const d = r.pick(days.slice(0, 20));
    const amount = rent();
    const l = inward(d, amount, who, r.pick(BANKS), r.pick(writeRef)(t));
    const row = receiptRow(later(d, r.int(0, 1)), amount, `Annual rent ${unit()}`, t, who);
    m.auto(l, row, 'reference');
  }
  // tenants giving only their flat in words: the payer's name is what the books share
  for (let i = 0; i < 4; i++) {
    const who = tenant();
    const d = r.pick(days.slice(2, 21));
    const amount = rent();
    const l = inward(d, amount, who, r.pick(BANKS), r.pick(['RENT', 'house rent', 'Rent for my flat', 'RENEWAL']));
    m.auto(l, receiptRow(d, amount, `Annual rent ${unit()}`, tenancy(), who), 'counterparty', ['name-only']);
  }
  // new lettings: one transfer for rent, caution deposit, agency and legal fees (10 % each of the rent)
  for (let i = 0; i < 2; i++) {
    const who = tenant();
    const t = tenancy();
    const d = r.pick(days.slice(3, 18));
    const amount = rent();
    const caution = roundTo(bp(amount, 1500), 10000 * NAIRA);
    const agency = bp(amount, 1000);
    const legal = bp(amount, 500);
    const total = amount + caution + agency + legal;
    used.add(total);
    const l = inward(d, total, who, r.pick(BANKS), `HL TN ${t} new letting`);
    const u = unit();
    const rs = [
      receiptRow(d, amount, `Rent year 1 ${u}`, t, who),
      receiptRow(d, caution, `Caution deposit ${u}`, t, who),
      receiptRow(d, agency, `Agency fee ${u}`, t, who),
      receiptRow(d, legal, `Legal fee ${u}`, t, who),
    ];
    m.auto(l, rs, 'reference', ['one-to-many']);
  }
  // a company tenant's service charge less 5 % withholding tax, receipted gross from its payment advice
  {
    const co = 'Brightwater Energy Services Ltd';
    const d = days[8];
    const gross = uniq(roundTo(r.int(1400000, 2400000) * NAIRA, 10000 * NAIRA));
    const ref = invNo();
    const l = inward(d, gross - bp(gross, 500), 'BRIGHTWATER ENERGY SERV', 'Stanbic IBTC', `PYMT ${ref} LESS WHT`);
    m.auto(l, m.book(d, gross, `Service charge Q3 2029 - Blk C ${r.pick(STREETS)}`, ref, co), 'reference', [
      'short-wht',
    ]);
  }
  // an agreed first instalment, receipted as such
  {
    const who = tenant();
    const t = tenancy();
    const d = days[5];
    const half = uniq(roundTo(r.int(2400000, 4000000) * NAIRA, 50000 * NAIRA));
    const l = inward(d, half, who, r.pick(BANKS), `1st instalment HLTN${t}`);
    m.auto(l, receiptRow(d, half, `Rent 1st instalment (agreed 2 of 2) ${unit()}`, t, who), 'reference');
  }
  // a part payment the books receipted as the whole rent
  {
    const who = tenant();
    const t = tenancy();
    const d = days[10];
    const full = rent();
    const part = uniq(roundTo(bp(full, 6000), 10000 * NAIRA));
    const l = inward(d, part, who, r.pick(BANKS), `part payment hl tn ${t} bal to follow`);
    m.suggest(l, receiptRow(d, full, `Annual rent ${unit()}`, t, who), 'reference', ['part-payment'], true);
  }
  // paid a little more than the rent (the tenant added the levy and "something for the caretaker")
  {
    const who = tenant();
    const t = tenancy();
    const d = days[12];
    const amount = rent();
    const l = inward(d, amount + 25050 * NAIRA, who, r.pick(BANKS), `HLTN/${t} rent + extra`);
    m.auto(l, receiptRow(d, amount, `Annual rent ${unit()}`, t, who), 'reference', ['over-payment']);
  }
  // a company with two equal service-charge invoices (two flats) paying one of them by name
  {
    const co = 'Kestrel Offshore Logistics Ltd';
    const amount = uniq(roundTo(r.int(650000, 900000) * NAIRA, 5000 * NAIRA));
    const d = days[14];
    const a = m.book(days[1], amount, `Service charge Q3 2029 Flat 2A 11 ${STREETS[0]}`, invNo(), co);
    const b = m.book(days[1], amount, `Service charge Q3 2029 Flat 2B 11 ${STREETS[0]}`, invNo(), co);
    const l = inward(d, amount, 'KESTREL OFFSHORE LOGISTICS', 'Access Bank', 'SERVICE CHARGE Q3');
    m.tie(l, [a, b], 'counterparty');
  }
  // a tenant over his bank's daily limit: two equal transfers the same day, two equal receipts
  {
    const who = tenant();
    const t = tenancy();
    const d = days[16];
    const half = uniq(roundTo(r.int(2000000, 2900000) * NAIRA, 50000 * NAIRA));
    const u = unit();
    const la = inward(d, half, who, 'Kuda', `HLTN${t} rent`);
    const lb = inward(d, half, who, 'Kuda', `HLTN${t} rent`);
    const ra = receiptRow(d, half, `Annual rent (1 of 2 transfers) ${u}`, t, who, '');
    const rb = receiptRow(d, half, `Annual rent (2 of 2 transfers) ${u}`, t, who, '');
    m.twins(la, lb, ra, rb, 'reference');
  }
  // an unknown receipt, and a landlord's repair money that looks like his namesake tenant's rent
  {
    const d = days[17];
    const l = inward(d, uniq(roundTo(r.int(400000, 900000) * NAIRA, 1000 * NAIRA)), 'ABDULLAHI M. YUSUF', 'OPay', '.');
    m.none(l, ['unknown-receipt']);
    const amount = rent();
    const decoy = inward(days[19], amount, 'OKAFOR EMEKA JUDE', 'Zenith Bank', 'roof repair funds for 14 Osborne Rd');
    m.none(decoy, ['decoy']);
    const row = receiptRow(days[20], amount, `Annual rent Flat 3C, 14 ${STREETS[3]}`, tenancy(), 'Chidinma Okafor');
    m.ledgerOnly(row, "rent receipted from the tenant's payment advice; her transfer arrives in September");
  }

  // landlords' monthly remittances: rents collected less the 10 % management fee, quoting the statement
  const landlords = r.sample(LANDLORDS, LANDLORDS.length);
  let st = r.int(110, 180);
  for (let i = 0; i < 7; i++) {
    const who = landlords[i];
    const d = r.pick(days.slice(4, 16));
    const amount = uniq(roundTo(r.int(1800000, 9000000) * NAIRA, 100 * NAIRA) + r.int(1, 99) * NAIRA);
    const stmt = `LL-STMT-0729-${++st}`;
    const words = i === 6 ? 'JULY RENTS' : `${stmt.replace(/-/g, ' ')}`;
    const l = outward(d, amount, who, r.pick(BANKS.slice(0, 7)), words);
    const row = m.book(earlier(d, 1), -amount, `Landlord remittance July 2029 ${stmt}`, stmt, who, { type: 'Payment' });
    m.auto(l, row, i === 6 ? 'counterparty' : 'reference', i === 6 ? ['name-only'] : []);
  }
  // a remittance to a mistyped account: sent, returned, sent again
  {
    const who = landlords[7];
    const amount = uniq(roundTo(r.int(2000000, 5000000) * NAIRA, 100 * NAIRA));
    const stmt = `LL-STMT-0729-${st + 1}`;
    const a = outward(days[6], amount, who, 'Union Bank', stmt);
    const back = m.bank(
      days[7],
      amount,
      `REVERSAL: Transfer to ${who.toUpperCase()} - ${stmt} - beneficiary account invalid`,
      a.ref,
    );
    m.pair(a, back);
    const again = outward(days[8], amount, who, 'Union Bank', stmt);
    m.auto(again, m.book(days[5], -amount, `Landlord remittance July 2029 ${stmt}`, stmt, who), 'reference');
  }
  // last month's remittance that left the account on the first day of this month
  const lastMonth = uniq(roundTo(r.int(1500000, 3000000) * NAIRA, 100 * NAIRA));
  m.none(outward(days[0], lastMonth, landlords[0], 'GTBank', `LL STMT 0629 0${r.int(40, 60)}`), ['booked-last-month']);
  // an outgoing tenant's caution deposit less damages, paid by name
  {
    const who = 'Folasade Ekundayo';
    const amount = uniq(roundTo(r.int(380000, 720000) * NAIRA, 500 * NAIRA));
    const l = outward(days[11], amount, who, 'Wema Bank', 'caution refund less repairs');
    m.auto(l, m.book(days[11], -amount, 'Caution deposit refund, net of damages', '', who), 'counterparty', [
      'name-only',
    ]);
  }
  // contractors: two quoting their job cards, one its invoice, one by name
  const jobs = [
    ['Ayo & Sons Plumbing Works', (j) => `JOB CARD JC${j}`],
    ['Sparkwise Electrical Ltd', (j) => `jc-${j} rewiring`],
    ['Greenleaf Fumigation Services', (j) => `INVOICE GFS/${j}`],
    ['Olumide Balogun', () => 'painting'],
  ];
  for (const [i, [who, words]] of jobs.entries()) {
    const j = r.digits(4);
    const d = r.pick(days.slice(3, 20));
    const amount = uniq(r.int(85000, 640000) * NAIRA + r.pick([0, 0, 50]) * NAIRA);
    const l = outward(d, amount, who, r.pick(BANKS), words(j));
    const ref = i === 2 ? `GFS/${j}` : i === 3 ? '' : `JC${j}`;
    const row = m.book(d, -amount, `Repairs on behalf of landlords ${i === 3 ? 'painting Blk B' : ref}`, ref, who);
    m.auto(l, row, i === 3 ? 'counterparty' : 'reference', i === 3 ? ['name-only'] : []);
  }
  // a landlord's Land Use Charge paid through Remita
  {
    const rrr = r.digits(12);
    const amount = uniq(r.int(180000, 420000) * NAIRA + r.int(0, 99));
    const l = m.bank(days[13], -amount, `REMITA PAYMENT LASG LAND USE CHARGE RRR:${rrr}`, session());
    m.charge(l, -16125, 'Remita convenience fee', 'charge');
    m.auto(
      l,
      m.book(days[13], -amount, `Land Use Charge 2029 for landlord - RRR ${rrr}`, rrr, 'Lagos State'),
      'reference',
    );
  }
  // prepaid electricity for two void flats, by meter number
  for (let i = 0; i < 2; i++) {
    const meter = r.digits(11);
    const amount = uniq(r.int(40, 95) * 1000 * NAIRA);
    const d = r.pick(days.slice(1, 20));
    const l = m.bank(d, -amount, `EKEDC PREPAID TOKEN METER ${meter}`, session());
    m.auto(l, m.book(d, -amount, `Electricity token void flat, meter ${meter}`, '', 'Eko Electricity'), 'reference');
  }
  // payroll, PAYE and pension
  {
    const batch = r.digits(7);
    const staff = 6;
    const net = uniq(r.int(2100000, 2900000) * NAIRA + r.int(0, 99) * 100);
    const d = days[days.length - 3];
    const l = m.bank(d, -net, `Bulk transfer - AUG 2029 SALARIES BATCH ${batch} (${staff} beneficiaries)`, session());
    m.charge(l, -staff * 1000, `Bulk transfer fee x${staff}`, 'charge');
    m.charge(l, -bp(staff * 1000, 750), 'VAT on bulk transfer fee', 'fee-vat');
    m.auto(l, m.book(earlier(d, 1), -net, `August 2029 net salaries, batch ${batch}`, `PR-${batch}`, ''), 'reference');
    const payer = `N-0${r.digits(7)}`;
    const paye = uniq(r.int(280000, 420000) * NAIRA + r.int(0, 99));
    const lp = m.bank(days[9], -paye, `LIRS ETAX PAYE JUL 2029 PAYER ID ${payer}`, session());
    m.auto(lp, m.book(days[9], -paye, `PAYE July 2029 (${payer})`, '', 'Lagos Internal Revenue Service'), 'reference');
    const sch = r.digits(6);
    const pen = uniq(r.int(340000, 520000) * NAIRA);
    const lpen = outward(days[9], pen, 'LEADWAY PENSURE PFA', 'Zenith Bank', `PENSION JUL 2029 SCH ${sch}`);
    m.auto(
      lpen,
      m.book(days[9], -pen, `Pension contributions July, schedule ${sch}`, `SCH${sch}`, 'Leadway Pensure'),
      'reference',
    );
  }
  // the agency's July commission moved to its operating account
  {
    const amount = uniq(roundTo(r.int(2600000, 4200000) * NAIRA, 100 * NAIRA) + 37);
    const l = outward(days[2], amount, 'HARBOURLINE HOMES AND LETTINGS', 'Zenith Bank', 'MGT FEE JUL');
    m.auto(
      l,
      m.book(days[2], -amount, 'July management commission to operating account', '', 'Harbourline - Operating'),
      'counterparty',
    );
  }
  // a remittance authorised on the last day that the bank executes in September
  m.ledgerOnly(
    m.book(
      days[days.length - 1],
      -uniq(roundTo(r.int(1600000, 4000000) * NAIRA, 100)),
      `Landlord remittance ${'LL-STMT-0829-001'}`,
      'LL-STMT-0829-001',
      landlords[1],
    ),
    'authorised on the last day; the bank executes it on 3 September',
  );
  // SMS alerts and the account maintenance fee with its VAT
  const endDay = days[days.length - 1];
  const sms = m.bank(endDay, -r.int(60, 140) * 400, 'SMS alert charges Aug 2029');
  m.bankOnly(sms, 'charge');
  const maint = m.bank(endDay, -r.int(1800, 4200) * NAIRA - r.int(0, 99), 'Account maintenance fee');
  m.bankOnly(maint, 'charge');
  m.charge(maint, -bp(-maint.amount, 750), 'VAT on account maintenance fee', 'fee-vat');

  return { m, openingBank: uniq(roundTo(r.int(21000000, 34000000) * NAIRA, 1)), lastMonth };
}
