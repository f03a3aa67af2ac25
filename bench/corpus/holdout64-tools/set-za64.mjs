// ZA: a kota shop and small caterer in Orlando East, Soweto, November 2025. A VodaPay wallet (CSV) against Monarch
// Money's transactions export of that account (CSV). Written by hand; see the README for the story.
import { A, N, O, R, S, dec, digits, minor } from './lib64.mjs';

export default function za(rng) {
  const pad = (n) => String(n).padStart(2, '0');
  // seconds since midnight, drawn between 07:00 and 19:00; sorted within a day below so the file's order holds
  const draw = () => 7 * 3600 + Math.floor(rng() * 12 * 3600);
  const clock = (s) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  const FEE_BANK = -5;
  const lines = [
    {
      d: '2025-11-03',
      a: 1850,
      type: 'Payment received',
      text: 'Payment from THANDI MOKOENA Ref: INV 2025-118',
      cp: 'THANDI MOKOENA',
      x: A(['z1'], 'reference', ['ref-canonical']),
    },
    {
      d: '2025-11-03',
      a: -3420,
      type: 'Pay to bank account',
      text: 'Pay to bank account: SIYAKHULA BAKERY Ref: KOTA BREAD WK44',
      cp: 'SIYAKHULA BAKERY',
      x: A(['z2'], 'reference', ['week-number', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-03',
      a: FEE_BANK,
      type: 'Fee',
      text: 'Fee: Pay to bank account',
      cp: '',
      x: O('charge', ['transfer-fee']),
    },
    {
      d: '2025-11-04',
      a: -500,
      type: 'Electricity',
      text: 'Prepaid electricity City Power 04123456789',
      cp: 'CITY POWER',
      x: A(['z3'], 'reference', ['meter-number']),
    },
    {
      d: '2025-11-06',
      a: 4600,
      type: 'Payment received',
      text: 'Payment from KHUMALO FUNERAL SERVICES Ref: 2025-121',
      cp: 'KHUMALO FUNERAL SERVICES',
      x: A(['z4'], 'reference', ['ref-serial-only']),
    },
    {
      d: '2025-11-07',
      a: -1800,
      type: 'Send money',
      text: 'Send money to SIPHO DLAMINI',
      cp: '082***4567 - SIPHO DLAMINI',
      x: A(['z5'], 'counterparty', ['payroll', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-07',
      a: -1800,
      type: 'Send money',
      text: 'Send money to LERATO NKOSI',
      cp: '073***6543 - LERATO NKOSI',
      x: A(['z6'], 'counterparty', ['payroll', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-10',
      a: -6000,
      type: 'Withdraw to bank',
      text: 'Withdraw to bank account CAPITEC ****4471',
      cp: 'CAPITEC ****4471',
      x: A(['z7'], 'counterparty', ['own-account-transfer']),
    },
    {
      d: '2025-11-10',
      a: -7.5,
      type: 'Fee',
      text: 'Fee: Withdraw to bank account',
      cp: '',
      x: O('charge', ['transfer-fee']),
    },
    {
      id: 'fail',
      d: '2025-11-12',
      a: -2650,
      type: 'Pay to bank account',
      text: 'Pay to bank account: MEAT WORLD DIEPKLOOF Ref: INV 7731',
      cp: 'MEAT WORLD DIEPKLOOF',
      x: R('rev', ['failed-transfer']),
    },
    {
      id: 'rev',
      d: '2025-11-12',
      a: 2650,
      type: 'Reversal',
      text: 'Reversal: Pay to bank account MEAT WORLD DIEPKLOOF - account details invalid',
      cp: 'MEAT WORLD DIEPKLOOF',
      x: R('fail', ['reversal']),
    },
    {
      d: '2025-11-14',
      a: 6900,
      type: 'Payment received',
      text: 'Payment from SOWETO YOUTH FOOTBALL ASSOC Ref: INV 2025-124 & 125',
      cp: 'SOWETO YOUTH FOOTBALL ASSOC',
      x: A(['z8', 'z9'], 'reference', ['split-one-to-many', 'ref-serial-only']),
    },
    {
      d: '2025-11-17',
      a: 3000,
      type: 'Payment received',
      text: 'Payment from NOMVULA ZULU Ref: 2025-127 DEPOSIT',
      cp: 'NOMVULA ZULU',
      x: S(['z10'], 'reference', false, ['part-payment', 'booked-at-invoice-amount']),
    },
    {
      d: '2025-11-18',
      a: 4600,
      type: 'Payment received',
      text: 'Payment from KHUMALO FUNERAL SERVICES',
      cp: 'KHUMALO FUNERAL SERVICES',
      x: N(
        'a deposit for a December funeral, not yet invoiced or entered',
        'book row of invoice 2025-131 (Khumalo Funeral Services, the same amount, entered 28 Nov, paid 2 Dec)',
        ['decoy', 'same-payer-same-amount', 'no-reference'],
      ),
    },
    {
      d: '2025-11-19',
      a: -299,
      type: 'Airtime & data',
      text: 'Buy data bundle 0721112233',
      cp: 'VODACOM',
      x: A(['z11'], 'counterparty', ['airtime']),
    },
    {
      d: '2025-11-20',
      a: -6480,
      type: 'Pay to bank account',
      text: 'Pay to bank account: MAKRO CROWN MINES Ref: 88001245',
      cp: 'MAKRO CROWN MINES',
      x: A(['z12'], 'reference', ['ref-canonical']),
    },
    {
      d: '2025-11-20',
      a: FEE_BANK,
      type: 'Fee',
      text: 'Fee: Pay to bank account',
      cp: '',
      x: O('charge', ['transfer-fee']),
    },
    {
      d: '2025-11-21',
      a: -1800,
      type: 'Send money',
      text: 'Send money to SIPHO DLAMINI',
      cp: '082***4567 - SIPHO DLAMINI',
      x: A(['z13'], 'counterparty', ['payroll', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-21',
      a: -1800,
      type: 'Send money',
      text: 'Send money to LERATO NKOSI',
      cp: '073***6543 - LERATO NKOSI',
      x: A(['z14'], 'counterparty', ['payroll', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-24',
      a: 2250,
      type: 'Payment received',
      text: 'Payment from LINDIWE MASHABA',
      cp: 'LINDIWE MASHABA',
      x: S(['z15'], 'counterparty', false, ['over-payment', 'no-reference']),
    },
    {
      d: '2025-11-25',
      a: -950,
      type: 'Send money',
      text: 'Send money to T MOLEFE',
      cp: '061***5566 - T MOLEFE',
      x: S(['z16'], 'counterparty', true, ['decoy', 'two-payees-of-one-surname', 'initial-only']),
    },
    {
      d: '2025-11-26',
      a: 1120,
      type: 'Payment received',
      text: 'Payment from 083***7788',
      cp: '083***7788',
      x: N('a customer paying for a catering order by phone; the sale was never entered', null, [
        'no-reference',
        'unrecorded-receipt',
      ]),
    },
    {
      d: '2025-11-28',
      a: -3420,
      type: 'Pay to bank account',
      text: 'Pay to bank account: SIYAKHULA BAKERY Ref: KOTA BREAD WK48',
      cp: 'SIYAKHULA BAKERY',
      x: A(['z17'], 'reference', ['week-number', 'same-payee-same-amount-other-week']),
    },
    {
      d: '2025-11-28',
      a: FEE_BANK,
      type: 'Fee',
      text: 'Fee: Pay to bank account',
      cp: '',
      x: O('charge', ['transfer-fee']),
    },
  ].map((l) => ({ ...l, a: minor(l.a), ref: `VP${l.d.slice(2).replace(/-/g, '')}${digits(rng, 8)}`, s: draw() }));
  for (const day of new Set(lines.map((l) => l.d))) {
    const same = lines.filter((l) => l.d === day);
    const times = same.map((l) => l.s).sort((x, y) => x - y);
    // a fee is written a few seconds after the transaction it belongs to
    let last = 0;
    same.forEach((l, i) => {
      last = l.type === 'Fee' && i > 0 ? last + 3 : Math.max(times[i], last + 60);
      l.t = clock(last);
    });
  }

  const entries = {
    z1: {
      d: '2025-11-03',
      a: 1850,
      m: 'Thandi Mokoena',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-118 birthday platters',
    },
    z2: { d: '2025-11-03', a: -3420, m: 'Siyakhula Bakery', cat: 'Stock - Bread', notes: 'Quarter loaves wk 44' },
    z3: { d: '2025-11-04', a: -500, m: 'City Power', cat: 'Electricity', notes: 'Prepaid, meter 04123456789' },
    z4: {
      d: '2025-11-05',
      a: 4600,
      m: 'Khumalo Funeral Services',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-121 catering, 120 guests',
    },
    z5: { d: '2025-11-07', a: -1800, m: 'Sipho Dlamini', cat: 'Wages', notes: 'Wages 27 Oct - 7 Nov' },
    z6: { d: '2025-11-07', a: -1800, m: 'Lerato Nkosi', cat: 'Wages', notes: 'Wages 27 Oct - 7 Nov' },
    z7: { d: '2025-11-10', a: -6000, m: 'Capitec Business', cat: 'Transfer', notes: 'To bank account' },
    z18: {
      d: '2025-11-12',
      a: -2650,
      m: 'Meat World Diepkloof',
      cat: 'Stock - Meat',
      notes: 'INV 7731 polony & russians',
    },
    z8: {
      d: '2025-11-13',
      a: 4200,
      m: 'Soweto Youth Football Association',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-124 tournament lunch packs',
    },
    z9: {
      d: '2025-11-13',
      a: 2700,
      m: 'Soweto Youth Football Association',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-125 water & juice',
    },
    z10: {
      d: '2025-11-14',
      a: 6000,
      m: 'Nomvula Zulu',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-127 wedding umembeso',
    },
    z11: { d: '2025-11-19', a: -299, m: 'Vodacom', cat: 'Phone & Data', notes: 'Shop phone data' },
    z12: {
      d: '2025-11-20',
      a: -6480,
      m: 'Makro',
      cat: 'Stock - Groceries',
      notes: 'Inv 88001245 oil, chips 10kg x 12',
    },
    z13: { d: '2025-11-21', a: -1800, m: 'Sipho Dlamini', cat: 'Wages', notes: 'Wages 10 - 21 Nov' },
    z14: { d: '2025-11-21', a: -1800, m: 'Lerato Nkosi', cat: 'Wages', notes: 'Wages 10 - 21 Nov' },
    z15: { d: '2025-11-24', a: 2200, m: 'Lindiwe Mashaba', cat: 'Catering Sales', notes: 'Invoice 2025-129 platters' },
    z16: { d: '2025-11-25', a: -950, m: 'Tebogo Molefe', cat: 'Cleaning', notes: 'Deep clean of kitchen' },
    z19: { d: '2025-11-26', a: -950, m: 'Thabo Molefe', cat: 'Delivery', notes: 'Deliveries, catering orders wk 47' },
    z17: { d: '2025-11-28', a: -3420, m: 'Siyakhula Bakery', cat: 'Stock - Bread', notes: 'Quarter loaves wk 48' },
    z20: {
      d: '2025-11-28',
      a: 4600,
      m: 'Khumalo Funeral Services',
      cat: 'Catering Sales',
      notes: 'Invoice 2025-131 catering, 120 guests',
    },
  };
  for (const e of Object.values(entries)) e.a = minor(e.a);

  const ledgerOnly = {
    z18: 'the payment to Meat World came back (account details invalid); the owner paid in cash at the counter, not from the wallet',
    z19: 'Thabo was paid in cash from the till; entered against the wallet by mistake',
    z20: 'entered on 28 Nov when invoiced; paid on 2 Dec',
  };

  const ACCOUNT = 'VodaPay Wallet';
  return {
    set: 'za-vodapay-monarch',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    period: { from: '2025-11-01', to: '2025-11-30' },
    publicHolidays: [],
    bankName: 'VodaPay (Vodacom Payment Services) wallet',
    packageName: 'Monarch Money (Transactions → Download CSV, the manual account VodaPay Wallet, November 2025)',
    business:
      'a kota shop and small caterer in Orlando East, Soweto (walk-in sales by cash and card, catering for birthdays, funerals, weddings and a youth football association paid into the VodaPay wallet; bread, meat and groceries bought from suppliers by wallet pay-outs, two staff paid fortnightly by send-money, a cleaner and a delivery driver, prepaid electricity and data, sweeps to the Capitec business account)',
    opening: minor(12460.35),
    bookOpening: minor(12460.35),
    lines,
    entries,
    ledgerOnly,
    bank: {
      file: 'vodapay-wallet-0831234567-nov2025.csv',
      bank: 'VodaPay',
      ledgerAccount: ACCOUNT,
      layout:
        'VodaPay wallet statement, CSV with a header row only: `Date, Transaction ID, Type, Description, Counterparty, Amount, Balance`; `YYYY-MM-DD HH:MM:SS` (South African time); Amount signed, bare numbers; Counterparty the payer or payee, `<masked number> - <NAME>` for send-money, empty on fees; fees are rows of their own after the transaction; newest first',
      order: 'newest-first',
      format: 'csv',
      csv: {},
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          description: 'Description',
          reference: 'Transaction ID',
          party: 'Counterparty',
          amount: 'Amount',
          balance: 'Balance',
        },
      },
      preamble: [],
      header: ['Date', 'Transaction ID', 'Type', 'Description', 'Counterparty', 'Amount', 'Balance'],
      openRow: null,
      cells: (l, bal) => [`${l.d} ${l.t}`, l.ref, l.type, l.text, l.cp, dec(l.a), dec(bal)],
      footer: () => [],
      counterparty: (l) => {
        if (!l.cp) return null;
        const m = /^([0-9*]{5,}) - (.+)$/.exec(l.cp);
        return m ? { name: m[2], account: m[1] } : { name: l.cp, account: null };
      },
    },
    book: {
      file: 'monarch-transactions-vodapay-nov2025.csv',
      package: 'Monarch Money',
      layout:
        'Monarch Money transactions download, CSV with a header row only: `Date, Merchant, Category, Account, Original Statement, Notes, Amount, Tags`; ISO dates; Amount signed (money out negative), bare numbers; Original Statement empty (a manual account); invoice and supplier numbers only in Notes; newest first',
      order: 'newest-first',
      format: 'csv',
      csv: {},
      readOptions: {
        currency: 'ZAR',
        mapping: {
          date: 'Date',
          amount: 'Amount',
          party: 'Merchant',
          description: ['Notes', 'Category'],
          account: 'Account',
        },
      },
      header: ['Date', 'Merchant', 'Category', 'Account', 'Original Statement', 'Notes', 'Amount', 'Tags'],
      cells: (e) => [e.d, e.m, e.cat, ACCOUNT, '', e.notes, dec(e.a), ''],
      description: (e) => [e.notes, e.cat].filter(Boolean).join(' — '),
      party: (e) => e.m,
      account: () => ACCOUNT,
      reference: () => null,
    },
    notes: [
      'The pay-out to Meat World of 12 Nov was reversed the same day (account details invalid); no fee was charged on it. Monarch still holds the payment (paid in cash at the counter).',
      'Sipho Dlamini and Lerato Nkosi are paid 1,800 each fortnight: two lines and two rows each, a fortnight apart.',
      'The send-money of 25 Nov names only T MOLEFE: Tebogo (the cleaner, 25 Nov, the right row by the owner’s note) and Thabo (the driver, 26 Nov, paid in cash) both have 950 rows.',
      'Nomvula Zulu paid a 3,000 deposit on invoice 2025-127 (6,000), entered at the invoice amount; Lindiwe Mashaba paid 2,250 on invoice 2025-129 (2,200), 50 over.',
    ],
  };
}
