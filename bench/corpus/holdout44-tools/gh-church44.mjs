// GH: a congregation on the Akuapem ridge: Sunday tithes and offerings counted and lodged on Monday, MoMo giving
// settled by the merchant account, members' tithes by GhIPSS transfer, the harvest thanksgiving, and the
// church's own payments (stipends, SSNIT, GRA, ECG, the headquarters' share, welfare, the building project).
import { bp, workingDays } from './lib44.mjs';
import { monthBuilder } from './month44.mjs';

const CEDI = 100;
const MEMBERS = [
  'Kwaku Asante-Darko',
  'Akosua Boatemaa Ofori',
  'Emmanuel Tetteh Quarshie',
  'Gifty Amponsah',
  'Samuel Kwadwo Addo',
  'Comfort Adjeley Lamptey',
  'Daniel Osei-Bonsu',
  'Priscilla Agyeiwaa',
  'Francis Nii Armah',
  'Esther Owusuaa Frimpong',
  'Joseph Kofi Boakye',
  'Patience Akuffo',
  'Isaac Yeboah Sarpong',
  'Beatrice Nyarko',
];
const COUNTERS = ['DCN KOFI AMPONSAH', 'ELDER YAW ASIEDU', 'DCNS AFUA SERWAA'];

export function ghChurch(r) {
  const m = monthBuilder();
  const days = workingDays(2029, 10, []);
  const used = new Set();
  const uniq = (minor) => {
    while (used.has(minor)) minor += 50;
    used.add(minor);
    return minor;
  };
  const cedis = (lo, hi) => uniq(r.int(lo, hi) * CEDI + r.pick([0, 0, 0, 50]));
  const slip = () => r.digits(7);
  // Sunday's count is booked on the Sunday (the books may carry weekend dates; the bank never does)
  const dayBefore = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
  const gipOut = (date, amount, payee, words) => {
    const l = m.bank(date, -amount, `GIP TRF TO ${payee.toUpperCase()} ${words}`, '');
    m.charge(l, -2 * CEDI, 'GIP TRANSFER CHARGE', 'charge');
    return l;
  };
  const deposit = (date, amount, memo, num, contact, fund) =>
    m.book(date, amount, memo, num, contact, { fund, account: fund === 'General Fund' ? '4010 Tithes' : '4200 Gifts' });
  const payment = (date, amount, memo, num, contact, account) =>
    m.book(date, -amount, memo, num, contact, { fund: 'General Fund', account });

  // Monday lodgements of Sunday's count: tithes, offering and the building-fund offering, one slip each
  const mondays = days.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 1);
  const lastSeptSunday = uniq(r.int(5200, 7800) * CEDI);
  const sept = m.bank(mondays[0], lastSeptSunday, `CASH LODGEMENT BETHEL EVANG CH BY ${r.pick(COUNTERS)}`, slip());
  m.none(sept, ['booked-last-month']);
  for (const [i, monday] of mondays.slice(1).entries()) {
    const s = slip();
    const sunday = dayBefore(monday);
    const parts = [cedis(2800, 4600), cedis(1500, 2600), cedis(600, 1400)];
    const short = i === 1 ? 20 * CEDI : 0;
    const total = parts[0] + parts[1] + parts[2] - short;
    const l = m.bank(monday, total, `CASH LODGEMENT BETHEL EVANG CH BY ${r.pick(COUNTERS)}`, s);
    const sun = `Sunday ${Number(sunday.slice(8))} Oct`;
    const rs = [
      deposit(sunday, parts[0], `Tithes ${sun} - slip ${s}`, s, '', 'General Fund'),
      deposit(sunday, parts[1], `Offering ${sun} - slip ${s}`, s, '', 'General Fund'),
      deposit(sunday, parts[2], `Building fund offering ${sun}`, s, '', 'Building Fund'),
    ];
    // the teller refused a torn GH₵20 note in the second week's count
    m.auto(l, rs, 'reference', short ? ['one-to-many', 'short-counting'] : ['one-to-many']);
  }
  // MoMo giving settled weekly by the merchant account, 1 % kept by the network
  for (let i = 0; i < 4; i++) {
    const gross = cedis(1800, 4200);
    const id = `MP${r.digits(9)}`;
    const d = days[3 + i * 5];
    const withId = i !== 2;
    const l = m.bank(d, gross - bp(gross, 100), `MTN MOMO MERCHANT SETTLEMENT${withId ? ` ${id}` : ''}`, '');
    const row = deposit(
      d,
      gross,
      `MoMo giving week ${40 + i}${withId ? ` (${id})` : ''}`,
      '',
      'MTN MoMo',
      'General Fund',
    );
    if (withId) m.auto(l, row, 'reference', ['short-fee']);
    else m.suggest(l, row, 'amount', ['short-fee', 'no-id']);
  }
  m.ledgerOnly(
    deposit(days[days.length - 1], cedis(1800, 4200), 'MoMo giving week 44', '', 'MTN MoMo', 'General Fund'),
    'the network settles the last week in November',
  );
  // members' tithes by GhIPSS instant pay, written their own way, booked by name
  const members = r.sample(MEMBERS, MEMBERS.length);
  const tithe = [350, 420, 600, 275, 1200, 350, 880, 510, 740, 1500];
  for (let i = 0; i < 10; i++) {
    const who = members[i];
    const d = r.pick(days.slice(0, 12));
    const amount = tithe[i] * CEDI;
    used.add(amount);
    const words = r.pick(['TITHE OCT', 'tithe', 'MY TITHE OCTOBER', 'Tithe 10/2029', '']);
    const l = m.bank(d, amount, `GIP TRF FRM ${who.toUpperCase()} ${words}`.trim(), '');
    m.auto(l, deposit(d, amount, 'Tithe - October', '', who, 'General Fund'), 'counterparty', ['name-only']);
  }
  // harvest thanksgiving (third Sunday): the day's proceeds lodged on Monday
  const harvestMonday = mondays[3];
  {
    const s = slip();
    const parts = [cedis(18000, 26000), cedis(6000, 9000), cedis(3000, 5000)];
    const l = m.bank(harvestMonday, parts[0] + parts[1] + parts[2], 'CASH LODGEMENT HARVEST 2029 BETHEL EVANG CH', s);
    const sunday = dayBefore(harvestMonday);
    m.auto(
      l,
      [
        deposit(sunday, parts[0], 'Harvest 2029 - auction proceeds', s, '', 'General Fund'),
        deposit(sunday, parts[1], 'Harvest 2029 - pledges redeemed in cash', s, '', 'General Fund'),
        deposit(sunday, parts[2], 'Harvest 2029 - special offering for the building', s, '', 'Building Fund'),
      ],
      'reference',
      ['one-to-many'],
    );
  }
  // sponsors' cheques, cleared two days later; one comes back unpaid
  const sponsors = [
    'Aburi Botanic Crafts Ltd',
    'Ridgeview Pharmacy',
    'Nana Kwame Ansah-Addo',
    'Okuapeman Transport Union',
  ];
  for (const [i, who] of sponsors.entries()) {
    const chq = r.digits(6);
    const amount = cedis(1500, 6000);
    const d = days[days.indexOf(harvestMonday) + 1 + (i % 2)];
    const l = m.bank(d, amount, `CLEARING CHQ ${chq} ${who.toUpperCase().slice(0, 18)}`, chq);
    m.auto(
      l,
      deposit(harvestMonday, amount, `Harvest sponsorship - cheque ${chq}`, chq, who, 'General Fund'),
      'reference',
    );
    if (i === 3) {
      const back = m.bank(days[days.indexOf(d) + 2], -amount, `RETURNED CHQ ${chq} REFER TO DRAWER`, chq);
      m.none(back, ['returned-cheque']);
      m.charge(back, -50 * CEDI, 'RETURNED CHEQUE CHARGE', 'charge');
    }
  }
  // pledge cards redeemed by transfer, numbers written in many ways
  const writings = [(n) => `HP${n} HARVEST`, (n) => `pledge card hp-0${n}`, (n) => `HARVEST PLEDGE NO ${n}`];
  for (let i = 0; i < 5; i++) {
    const n = r.int(210, 899) + i * 1000; // never a 19xx/20xx that reads as a year
    const who = members[10 + (i % 4)];
    const d = r.pick(days.slice(13, 22));
    const amount = cedis(400, 3000);
    const l = m.bank(d, amount, `GIP TRF FRM ${who.toUpperCase()} ${r.pick(writings)(n)}`, '');
    m.auto(
      l,
      deposit(d, amount, `Harvest pledge card HP-${String(n).padStart(4, '0')}`, '', who, 'General Fund'),
      'reference',
    );
  }
  // two Mensahs told the treasurer they had paid their equal pledges; one transfer has come
  {
    const amount = cedis(500, 900);
    const a = deposit(days[17], amount, 'Harvest pledge redeemed', '', 'Yaw Mensah', 'General Fund');
    const b = deposit(days[17], amount, 'Harvest pledge redeemed', '', 'Ama Mensah', 'General Fund');
    m.tie(m.bank(days[18], amount, 'GIP TRF FRM MENSAH FAMILY HARVEST PLEDGE', ''), [a, b], 'counterparty');
  }

  // stipends and salaries, SSNIT, GRA PAYE
  {
    const batch = r.digits(5);
    const net = cedis(14000, 19000);
    const d = days[days.length - 3];
    const l = m.bank(d, -net, `BULK PAYMENT REF ${batch} OCT 2029 STIPENDS`, batch);
    m.charge(l, -5 * 150, 'BULK PAYMENT CHARGE 5 X 1.50', 'charge');
    m.auto(l, payment(d, net, 'Stipends and salaries October 2029', `EFT${batch}`, '', '6010 Stipends'), 'reference');
    const er = r.digits(9);
    const ssnit = cedis(2600, 3400);
    const ls = m.bank(days[9], -ssnit, `SSNIT CONTRIBUTION SEP 2029 ER NO ${er}`, '');
    m.auto(ls, payment(days[8], ssnit, `SSNIT Sept 2029 - employer no ${er}`, '', 'SSNIT', '6020 SSNIT'), 'reference');
    const tin = `C00${r.digits(8)}`;
    const paye = cedis(900, 1600);
    const lg = m.bank(days[9], -paye, `GRA PAYE SEP 2029 TIN ${tin}`, '');
    m.auto(
      lg,
      payment(days[8], paye, `PAYE Sept 2029 (${tin})`, '', 'Ghana Revenue Authority', '2110 PAYE'),
      'reference',
    );
  }
  // ECG prepaid for the chapel and the mission house, by meter number
  for (let i = 0; i < 2; i++) {
    const meter = r.digits(11);
    const amount = cedis(300, 900);
    const d = days[2 + i * 9];
    const l = m.bank(d, -amount, `ECG PREPAID PURCHASE METER ${meter}`, '');
    m.auto(
      l,
      payment(d, amount, `Electricity ${i ? 'mission house' : 'chapel'} ${meter}`, '', 'ECG', '6110 Utilities'),
      'reference',
    );
  }
  // the headquarters' tenth of September's tithes, quoting the assembly number
  {
    const asm = r.int(140, 199);
    const amount = cedis(1900, 2600);
    const l = gipOut(days[4], amount, 'BETHEL EVANGELICAL CHURCH HQ', `HQ LEVY SEP ASSEMBLY ${asm}`);
    m.auto(
      l,
      payment(days[4], amount, `Headquarters levy Sept 2029 - assembly ${asm}`, '', 'Head Office', '6500 HQ levy'),
      'reference',
    );
  }
  // welfare for two bereaved families, sent to their MoMo wallets, booked by name
  for (const who of ['Kwabena Ofori-Atta', 'Adwoa Dufie Badu']) {
    const amount = cedis(500, 1500);
    const d = r.pick(days.slice(5, 19));
    const l = gipOut(d, amount, `MTN MOMO ${who}`, 'WELFARE');
    m.auto(l, payment(d, amount, 'Bereavement support', '', who, '6400 Welfare'), 'counterparty', ['name-only']);
  }
  // the building contractor's cheques: Aplos writes the cheque number short
  const chqs = [r.int(451, 470), r.int(471, 490), r.int(491, 499)];
  for (const [i, n] of chqs.entries()) {
    const amount = cedis(12000, 30000);
    const written = days[i * 6];
    const row = payment(
      written,
      amount,
      `Block work stage ${i + 2} - cert ${r.digits(4)}`,
      String(n),
      'Ridge Builders Ltd',
      '1600 Building WIP',
    );
    if (i === 2) {
      m.ledgerOnly(row, 'cheque written on the last certificate; not presented by 31 October');
      continue;
    }
    const l = m.bank(days[i * 6 + 3], -amount, `CHQ PAID 000${n}`, `000${n}`);
    m.auto(l, row, 'reference', ['cheque-number']);
  }
  // keyboards for the choir, quoting the supplier's invoice
  {
    const inv = r.digits(5);
    const amount = cedis(4200, 7800);
    const l = gipOut(days[7], amount, 'ACCRA MUSIC CENTRE', `INV ${inv}`);
    m.auto(
      l,
      payment(days[6], amount, `Choir keyboards - invoice ${inv}`, '', 'Accra Music Centre', '6300 Equipment'),
      'reference',
    );
  }
  // a visiting preacher's honorarium to a mistyped account: sent, reversed, sent again
  {
    const amount = cedis(800, 1200);
    const who = 'Rev Dr Seth Nkansah';
    const a = gipOut(days[10], amount, who, 'HONORARIUM');
    const back = m.bank(days[11], amount, `GIP REVERSAL ${who.toUpperCase()} INVALID ACCOUNT`, '');
    m.pair(a, back);
    const again = gipOut(days[12], amount, who, 'HONORARIUM');
    m.auto(
      again,
      payment(days[10], amount, 'Honorarium - harvest preacher', '', who, '6050 Honoraria'),
      'counterparty',
      ['name-only'],
    );
  }
  // two equal transfers the same day to the printer for two jobs, booked as two equal rows
  {
    const amount = cedis(700, 1100);
    const la = gipOut(days[14], amount, 'RIDGE PRINTING PRESS', 'PRINTING');
    const lb = gipOut(days[14], amount, 'RIDGE PRINTING PRESS', 'PRINTING');
    const ra = payment(days[14], amount, 'Printing - harvest brochures', '', 'Ridge Printing Press', '6200 Printing');
    const rb = payment(days[14], amount, 'Printing - harvest brochures', '', 'Ridge Printing Press', '6200 Printing');
    m.twins(la, lb, ra, rb, 'counterparty');
  }
  // monthly charges
  const end = days[days.length - 1];
  m.bankOnly(m.bank(end, -r.int(18, 30) * 20, 'SMS ALERT CHARGES OCT 2029'), 'charge');
  m.bankOnly(m.bank(end, -25 * CEDI, 'LEDGER FEES OCT 2029'), 'charge');
  m.bankOnly(m.bank(days[15], -60 * CEDI, 'CHEQUE BOOK 50 LEAVES'), 'charge');

  const openingBank = uniq(r.int(58000, 76000) * CEDI + r.int(0, 99));
  return { m, openingBank, bookOpening: openingBank + lastSeptSunday };
}
