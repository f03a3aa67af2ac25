// holdout31 ZA — Kgomo & Pillay Engineering Supplies (Pty) Ltd, Germiston: RMB business current account (CSV)
// against MoneyWorks Gold (transactions list of account 1020, exported to CSV).
import { dmySlash, share, ymdSlash } from './lib.mjs';
import { Month } from './month.mjs';
import { standardMonth } from './events.mjs';

const P = (list) => list.map(([name, bank]) => ({ name, bank }));
const cust = P([
  ['Boksburg Fabrication CC', 'BOKSBURG FABRICATION'],
  ['Vaal Steel Works (Pty) Ltd', 'VAAL STEEL WORKS'],
  ['Witbank Mining Services', 'WITBANK MINING SVC'],
  ['Alberton Pumps & Valves', 'ALBERTON PUMPS'],
  ['Thandeka Mahlangu Projects', 'T MAHLANGU PROJECTS'],
  ['Benoni Conveyor Systems', 'BENONI CONVEYOR'],
  ['Rustenburg Platinum Contractors', 'RUSTENBURG PLAT CONTR'],
  ['Springs Hydraulics (Pty) Ltd', 'SPRINGS HYDRAULICS'],
  ['Kempton Electrical Wholesalers', 'KEMPTON ELECTRICAL'],
  ['Midrand Facilities Management', 'MIDRAND FACILITIES'],
  ['Sibusiso Dlamini Engineering', 'SIBUSISO DLAMINI ENG'],
  ['Secunda Process Maintenance', 'SECUNDA PROCESS MAINT'],
  ['Ekurhuleni Bolt & Nut', 'EKURHULENI BOLT NUT'],
  ['Pretoria Boiler Makers', 'PRETORIA BOILER MAKERS'],
  ['Nigel Agricultural Co-op', 'NIGEL AGRIC COOP'],
  ['Heidelberg Truck Bodies', 'HEIDELBERG TRUCK BODIES'],
  ['Brakpan Tool Hire', 'BRAKPAN TOOL HIRE'],
  ['Tembisa Welding Academy', 'TEMBISA WELDING ACAD'],
  ['Edenvale Pneumatics', 'EDENVALE PNEUMATICS'],
  ['Naledi Khumalo', 'N KHUMALO'],
  ['Germiston Gear Cutting', 'GERMISTON GEAR CUTTING'],
  ['Wadeville Motor Rewinds', 'WADEVILLE MOTOR REWINDS'],
]);
const supp = P([
  ['Isando Bearings Distributors', 'ISANDO BEARINGS'],
  ['Meyerton Steel Merchants', 'MEYERTON STEEL'],
  ['Jet Park Fasteners', 'JET PARK FASTENERS'],
  ['Elandsfontein Hose & Fittings', 'ELANDSFONTEIN HOSE'],
  ['Chamdor Safety Wear', 'CHAMDOR SAFETY WEAR'],
  ['Spartan Couriers', 'SPARTAN COURIERS'],
  ['Lethabo Logistics', 'LETHABO LOGISTICS'],
  ['Olifantsfontein Gaskets', 'OLIFANTSFONTEIN GASKETS'],
  ['Primrose Office Supplies', 'PRIMROSE OFFICE SUPPLIES'],
  ['Roodekop Compressors', 'ROODEKOP COMPRESSORS'],
  ['Delmas Steel Stockists', 'DELMAS STEEL STOCKISTS'],
]);

export function buildZa(seed, rng) {
  const m = new Month({
    from: '2025-06-01',
    to: '2025-06-30',
    holidays: ['2025-06-16'],
    rng,
    scale: 18,
    step: 1,
    cents: true,
  });
  let cr = 2210,
    cp = 3385,
    jn = 412;
  const d = {
    cust,
    supp,
    firstInvoice: 7310,
    inv: (n) => `KPI0${n}`,
    writings: [
      ['ref-canonical', (n) => `KPI0${n}`],
      ['ref-no-padding', (n) => `KPI${n}`],
      ['ref-serial-only', (n) => `INV ${n}`],
      ['ref-lowercase', (n) => `kpi 0${n}`],
      ['ref-dashes', (n) => `KPI-0${n}`],
      ['ref-words', (n) => `INVOICE ${n}`],
      ['ref-hash', (n) => `INV#0${n}`],
    ],
    creditNote: 'KPC00388',
    lessCredit: (n) => `KPI${n} LESS CN388`,
    several: (ns) => `INV ${ns.join(' ')}`,
    noRemark: (p) => p.bank.split(' ')[0],
    payRemark: () => rng.pick(['K&P ENGINEERING', 'KGOMO PILLAY', 'K AND P ENG']),
    refundRemark: () => 'K&P REFUND',
    refundFrom: () => 'REFUND CREDIT NOTE',
    po: () => `PO ${rng.int(40000, 49999)}`,
    bill: () => `${rng.pick(['IN', 'TI', 'SI'])}${rng.int(100000, 999999)}`,
    billWord: 'INV',
    twinRemark: 'GASKET KITS',
    wht: [25, 1000, 'short-settlement-discount'],
    roundUp: 10000,
    limit: 5000,
    strangers: [{ bank: 'MOTSUMI TRADING' }, { bank: 'J VAN DER MERWE' }],
    hasRefField: false,
    receive(m, date, amount, p, remark) {
      const ch = rng.pick(['ACB CREDIT', 'RTC CREDIT', 'FNB OB PMT', 'MAGTAPE CREDIT']);
      return m.bank(date, amount, `${ch} ${p.bank}`, remark.slice(0, 20));
    },
    send(m, date, amount, p, remark, { noCharge = false } = {}) {
      const line = m.bank(date, amount, `INTERNET PMT TO ${p.bank}`, remark.slice(0, 20));
      if (!noCharge) {
        const c = m.bank(date, -1050, '#ONLINE PMT FEE', '');
        m.bankOnly(c, 'charge', ['payment-fee']);
      }
      return line;
    },
    reverse(m, date, line) {
      return m.bank(date, -line.amount, `UNPAID EFT ${line.text.slice(16)} ACC CLOSED`, line.ref);
    },
    bookIn: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        type: 'CR',
        doc: `R${cr++}`,
        party: p.name,
        ref,
        desc: [ref ? `Receipt ${ref}` : 'Receipt', memo].filter(Boolean).join(' - '),
      }),
    bookOut: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        type: 'CP',
        doc: `${cp++}`,
        party: p.name,
        ref,
        desc: [ref ? `Payment ${ref}` : 'Payment', memo].filter(Boolean).join(' - '),
      }),
  };
  standardMonth(m, d);
  const jnRow = (date, amount, party, ref, desc) =>
    m.book(date, amount, { type: 'JN', doc: `JN${jn++}`, party, ref, desc });

  // Yoco card payouts from the trade counter, net of 2.95 % (VAT included)
  {
    const id1 = `YP${rng.digits(8)}`;
    const g1 = m.amount(150, 600);
    const f1 = share(g1, 295, 10000);
    const l1 = m.bank(m.randDay(2, 8), m.claim(g1 - f1), `YOCO PAYOUT ${id1}`, id1);
    m.auto(l1, jnRow(m.shift(l1.date, -1), g1, 'Yoco', id1, `Trade counter card sales ${id1}`), {
      traits: ['card-settlement', 'short-net-of-fee'],
      difference: -f1,
    });
    const id2 = `YP${rng.digits(8)}`;
    const g2 = m.amount(150, 600);
    const f2 = share(g2, 295, 10000);
    const l2 = m.bank(m.randDay(10, -6), m.claim(g2 - f2), `YOCO PAYOUT ${id2}`, id2);
    m.auto(
      l2,
      [
        jnRow(m.shift(l2.date, -1), g2, 'Yoco', id2, `Trade counter card sales ${id2}`),
        jnRow(m.shift(l2.date, -1), -m.claim(f2), 'Yoco', id2, `Yoco fees ${id2}`),
      ],
      { traits: ['card-settlement', 'gross-and-fee-booked'] },
    );
    const g3 = m.amount(150, 600);
    const f3 = share(g3, 295, 10000);
    const l3 = m.bank(m.randDay(-7, -2), m.claim(g3 - f3), 'YOCO PAYOUT', '');
    m.suggest(l3, jnRow(m.shift(l3.date, -1), g3, 'Yoco', '', 'Trade counter card sales week 4'), {
      mustNotAuto: false,
      traits: ['card-settlement', 'short-net-of-fee', 'no-payout-id'],
    });
  }

  // payroll, SARS, bargaining council, debit orders, municipality; cash at the branch; interest
  {
    const date = m.day(-2);
    const net = m.amount(20000, 26000);
    const l = m.bank(date, -net, 'PAYROLL BATCH JUN25 31 PMTS', 'SALARIES JUNE');
    m.auto(l, jnRow(date, -net, 'Staff', 'PAY-2025-06', 'Net salaries June 2025'), { traits: ['payroll'] });
    const stat = [
      ['SARS EFILING EMP201', 'SARS', 'EMP201 May 2025 PAYE/UIF/SDL', 3000, 4500],
      ['SARS EFILING VAT201', 'SARS', 'VAT201 April-May 2025', 5000, 9000],
    ];
    for (const [text, party, desc, lo, hi] of stat) {
      const prn = `${rng.int(7000, 7999)}${rng.digits(9)}`;
      const dt = m.randDay(4, 12);
      const amt = -m.amount(lo, hi);
      const l2 = m.bank(dt, amt, `${text} ${prn}`, 'KGOMOPILLAY');
      m.auto(l2, m.book(dt, amt, { type: 'CP', doc: `${cp++}`, party, ref: prn, desc }), { traits: ['statutory'] });
    }
    const meibc = -m.amount(150, 300);
    const lm = m.bank(m.randDay(8, 14), meibc, 'MEIBC LEVIES MAY25 LEVY NO 40213', 'MEIBC 40213');
    m.auto(
      lm,
      m.book(m.shift(lm.date, -1), meibc, {
        type: 'CP',
        doc: `${cp++}`,
        party: 'MEIBC',
        ref: '40213',
        desc: 'Bargaining council levies May 2025',
      }),
      {
        traits: ['statutory', 'booked-before-bank'],
      },
    );
    const debitOrders = [
      ['MZANSICOMINS', 'Mzansi Commercial Insure', 'POL 88-441920', 'Plant & vehicle insurance June'],
      ['KOPANOASSET', 'Kopano Asset Finance', 'AGR 5509183', 'Forklift instalment June'],
    ];
    for (const [code, party, contract, desc] of debitOrders) {
      const amt = -m.amount(250, 900);
      const dt = m.day(0);
      const l3 = m.bank(dt, amt, `DEBIT ORDER ${code} ${contract.replace(/ /g, '')}`, contract);
      m.auto(l3, m.book(dt, amt, { type: 'CP', doc: `${cp++}`, party, ref: contract, desc }), {
        traits: ['debit-order'],
      });
    }
    const acc = `50${rng.digits(8)}`;
    const coe = -m.amount(1500, 2800);
    const l4 = m.bank(m.randDay(3, 10), coe, `CITY OF EKURHULENI ${acc}`, acc);
    m.auto(
      l4,
      m.book(m.shift(l4.date, 2), coe, {
        type: 'CP',
        doc: `${cp++}`,
        party: 'City of Ekurhuleni',
        ref: acc,
        desc: 'Rates, electricity and water May',
      }),
      {
        traits: ['utility', 'late-posting'],
      },
    );
    const cash = m.amount(80, 300, { cents: false });
    const l5 = m.bank(m.randDay(3, -3), cash, 'CASH DEPOSIT GERMISTON BRANCH', '');
    m.suggest(l5, jnRow(l5.date, cash, 'Cash sales', '', 'Trade counter cash banked'), {
      mustNotAuto: false,
      traits: ['cash-deposit', 'amount-only'],
    });
    const cf = m.bank(l5.date, -share(cash, 15, 1000) - 1500, '#CASH DEPOSIT FEE', '');
    m.bankOnly(cf, 'charge', ['cash-deposit-fee']);
    const prev = m.bank(m.day(0), -m.amount(300, 900), 'INTERNET PMT TO DELMAS STEEL STOCKISTS', 'K&P MAY STATEMENT');
    m.none(prev, ['previous-month-payment']);
    const pf = m.bank(m.day(0), -1050, '#ONLINE PMT FEE', '');
    m.bankOnly(pf, 'charge', ['payment-fee']);
  }

  // more customers quoting invoices in the reference, and two freelance draughtsmen paid by name
  for (let i = 0; i < 4; i++) {
    const n = 7402 + i * 3;
    const p = cust[[1, 3, 5, 13][i]];
    const amt = m.amount(400, 3000);
    const date = m.randDay(1, -2);
    const line = d.receive(m, date, amt, p, [`KPI0${n}`, `INV ${n}`, `KPI${n}`, `kpi0${n}`][i]);
    const row = d.bookIn(m, i === 2 ? m.shift(date, 1) : date, amt, p, `KPI0${n}`);
    m.auto(line, row, { traits: [['ref-canonical', 'ref-serial-only', 'ref-no-padding', 'ref-lowercase'][i]] });
  }
  for (const [name, bank] of [
    ['Lwazi Nkosi', 'LWAZI NKOSI'],
    ['Priya Naidoo', 'PRIYA NAIDOO'],
  ]) {
    const amt = -m.amount(300, 900);
    const date = m.randDay(5, -3);
    const line = d.send(m, date, amt, { name, bank }, 'K&P DRAUGHTING');
    m.auto(line, d.bookOut(m, date, amt, { name }, '', 'draughting services'), { traits: ['name-only', 'freelancer'] });
  }

  // an unbooked card purchase; month end fees and credit interest
  {
    const card = m.bank(m.randDay(3, -3), -m.amount(20, 90), 'POS PURCHASE BUILDERS EASTGATE', '');
    m.none(card, ['unbooked-card-purchase']);
    const last = m.day(-1);
    const mf = m.bank(last, -29500, '#MONTHLY ACCOUNT FEE', '', { late: true });
    m.bankOnly(mf, 'charge', ['monthly-fee']);
    const sf = m.bank(last, -m.rng.int(8000, 16000), '#SERVICE FEES', '', { late: true });
    m.bankOnly(sf, 'charge', ['service-fees']);
    const ci = m.bank(last, m.rng.int(30000, 90000), 'CREDIT INTEREST', '', { late: true });
    m.bankOnly(ci, 'interest');
  }

  return {
    set: 'za-rmb-moneyworks',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    m,
    opening: 148822510,
    notes: [
      'Kgomo & Pillay Engineering Supplies (Pty) Ltd, Germiston: bearings, fasteners, hydraulics and steel sold to fabricators, mines and maintenance contractors; a trade counter takes cards through Yoco.',
      "RMB business current account, online banking transaction export (CSV): four preamble rows, header in row 6, dates yyyy/mm/dd, one signed Amount, the payer's or our reference (20 characters at most) in Reference, '#' fee lines of FirstRand's online banking, no cheques.",
      'Books: MoneyWorks Gold transactions of account 1020 (Find → Transactions → Export, CSV): header in row 1, dd/mm/yyyy, Type (CR/CP/JN), Ref., Name, Description, Debit/Credit; no balance, no totals.',
    ],
    bank: {
      file: 'rmb-62884122071-jun2025.csv',
      bank: 'RMB (Rand Merchant Bank, a division of FirstRand Bank Limited)',
      format: 'csv',
      csv: { quoteAll: false },
      order: 'oldest-first',
      layout: 'RMB online banking → transaction history → export CSV (four preamble rows, header row 6)',
      header: ['Posting Date', 'Transaction Date', 'Description', 'Reference', 'Amount', 'Balance'],
      mapping: {
        date: 'Posting Date',
        valueDate: 'Transaction Date',
        description: 'Description',
        reference: 'Reference',
        amount: 'Amount',
        balance: 'Balance',
      },
      preamble: (open, close, period) => [
        ['RMB Business Online'],
        ['Account', 'Business Current Account 62884122071'],
        ['Name', 'KGOMO & PILLAY ENGINEERING SUPPLIES (PTY) LTD'],
        ['Period', `${ymdSlash(period.from)} - ${ymdSlash(period.to)}`],
        [],
      ],
      trailer: () => [],
      cells: (l, bal) => [ymdSlash(l.date), ymdSlash(l.date), l.text, l.ref, signed(l.amount), signed(bal)],
    },
    ledger: {
      file: 'moneyworks-transactions-1020-jun2025.csv',
      package: 'MoneyWorks Gold 9 (Transactions of account 1020 Bank - RMB Current, exported to CSV)',
      format: 'csv',
      csv: { quoteAll: false },
      dateOrder: 'DMY',
      account: '1020',
      layout: 'header row 1, one row per transaction line of account 1020, dd/mm/yyyy, no balance, no totals',
      header: ['Type', 'Ref.', 'Date', 'Period', 'Account', 'Name', 'Their Ref', 'Description', 'Debit', 'Credit'],
      mapping: {
        date: 'Date',
        reference: 'Their Ref',
        party: 'Name',
        description: ['Ref.', 'Description'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        account: 'Account',
      },
      preamble: () => [],
      trailer: () => [],
      cells: (r) => [
        r.type,
        r.doc,
        dmySlash(r.date),
        '2025/06',
        '1020',
        r.party ?? '',
        r.ref,
        r.desc,
        r.amount > 0 ? major2(r.amount) : '',
        r.amount < 0 ? major2(-r.amount) : '',
      ],
    },
  };
}
const major2 = (minor) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
const signed = (minor) => (minor < 0 ? `-${major2(-minor)}` : major2(minor));
