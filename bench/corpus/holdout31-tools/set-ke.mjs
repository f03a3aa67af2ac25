// holdout31 KE — Menengai Fresh Dairies Ltd, Nakuru: Mayfair CIB Bank statement (XLSX, newest first) against Ramco
// ERP (Account Ledger report, CSV).
import { dMonYSpace, dmySlash, grouped, share } from './lib.mjs';
import { Month } from './month.mjs';
import { standardMonth } from './events.mjs';

const P = (list) => list.map(([name, bank]) => ({ name, bank }));
const cust = P([
  ['Naivas Supermarket Nakuru', 'NAIVAS LIMITED'],
  ['Kabarak University Catering', 'KABARAK UNIVERSITY'],
  ['Lake Elementaita Lodges Ltd', 'LAKE ELEMENTAITA LODGES'],
  ['Njoro Mini Market', 'NJORO MINI MARKET'],
  ['Wairimu Njeri Gathoni', 'WAIRIMU NJERI GATHONI'],
  ['Molo Highlands School', 'MOLO HIGHLANDS SCHOOL'],
  ['Eldoret Dairy Distributors', 'ELDORET DAIRY DISTRIBUTORS'],
  ['Rongai Wholesalers Ltd', 'RONGAI WHOLESALERS'],
  ['Gilgil Hotel & Conference', 'GILGIL HOTEL CONFERENCE'],
  ['Naivasha Flower Farms Canteen', 'NAIVASHA FLOWER FARMS'],
  ['Kericho Tea Estates Staff Shop', 'KERICHO TEA ESTATES'],
  ['Egerton Campus Cafeteria', 'EGERTON UNIVERSITY'],
  ['Nyahururu Quality Stores', 'NYAHURURU QUALITY STORES'],
  ['Nakuru Level 5 Hospital (County Govt)', 'COUNTY GOVERNMENT OF NAKURU'],
  ['Bahati Cereals & Dairy', 'BAHATI CEREALS DAIRY'],
  ['Subukia Shopping Centre', 'SUBUKIA SHOPPING CENTRE'],
  ['Karagita Milk Bar', 'KARAGITA MILK BAR'],
  ['Kiprotich Cheruiyot Enterprises', 'KIPROTICH CHERUIYOT'],
  ['Ol Kalou Supermarket', 'OL KALOU SUPERMARKET'],
  ['Jane Chepkoech', 'JANE CHEPKOECH'],
  ['Mau Summit Traders', 'MAU SUMMIT TRADERS'],
  ['Kampi ya Moto Stores', 'KAMPI YA MOTO STORES'],
]);
const supp = P([
  ['Menengai Milk Producers Coop', 'MENENGAI MILK PRODUCERS'],
  ['Tetra Packaging EA Ltd', 'TETRA PACKAGING EA'],
  ['Rift Cultures & Enzymes Ltd', 'RIFT CULTURES ENZYMES'],
  ['Kiambu Plastic Crates Ltd', 'KIAMBU PLASTIC CRATES'],
  ['Langalanga Cold Chain Services', 'LANGALANGA COLD CHAIN'],
  ['Lanet Engineering Works', 'LANET ENGINEERING WORKS'],
  ['Kirima Transporters', 'KIRIMA TRANSPORTERS'],
  ['Solai Feeds & Vet Supplies', 'SOLAI FEEDS VET SUPPLIES'],
  ['Mwariki Labels Ltd', 'MWARIKI LABELS LTD'],
  ['Section 58 Hardware', 'SECTION 58 HARDWARE'],
  ['Free Area Diesel Depot', 'FREE AREA DIESEL DEPOT'],
]);

export function buildKe(seed, rng) {
  const m = new Month({ from: '2025-09-01', to: '2025-09-30', holidays: [], rng, scale: 130, step: 1 });
  let brv = 5401,
    bpv = 7702,
    jv = 903;
  const plFee = (abs) => (abs <= 10000000 ? 5000 : 10000);
  const d = {
    cust,
    supp,
    firstInvoice: 250880,
    inv: (n) => `MFD/SI/${n}`,
    writings: [
      ['ref-canonical', (n) => `MFD/SI/${n}`],
      ['ref-serial-only', (n) => `INV ${n}`],
      ['ref-lowercase', (n) => `inv ${n} sept`],
      ['ref-spaces', (n) => `MFD SI ${n}`],
      ['ref-dashes', (n) => `SI-${n}`],
      ['ref-words', (n) => `INVOICE NO ${n}`],
      ['ref-no-separators', (n) => `MFDSI${n}`],
    ],
    creditNote: 'MFD/CN/2291',
    lessCredit: (n) => `INV ${n} LESS CN 2291`,
    several: (ns) => `INV ${ns.join(' ')}`,
    noRemark: (p) => rng.pick(['MILK SUPPLY', 'YOGHURT', p.bank.split(' ')[0], 'PAYMENT']),
    payRemark: () => rng.pick(['CRATES', 'LABELS SEPT', 'SERVICE']),
    refundRemark: () => 'REFUND OVERPAYMENT',
    refundFrom: (p) => `${p.bank.split(' ')[0]} REFUND`,
    po: () => `LPO NO ${rng.int(10000, 99999)}`,
    bill: () => `${rng.pick(['TP', 'RC', 'KPC', 'INV'])}${rng.int(1000, 9999)}`,
    billWord: 'BILL',
    twinRemark: 'DAIRY MEAL 70KG',
    wht: [2, 116, 'short-withholding-vat-2pct'],
    roundUp: 100000,
    limit: 7500,
    strangers: [{ bank: 'PETER KAMAU MWANGI' }, { bank: 'ZAWADI GENERAL SUPPLIES' }],
    hasRefField: true,
    receive(m, date, amount, p, remark, { remarkInRef = false } = {}) {
      const ch = amount >= 100000000 ? 'RTGS IN' : 'PESALINK IN';
      return m.bank(
        date,
        amount,
        remarkInRef ? `${ch} ${p.bank}` : `${ch} ${p.bank} ${remark}`,
        remarkInRef ? remark : `PL${rng.digits(10)}`,
      );
    },
    send(m, date, amount, p, remark, { noCharge = false } = {}) {
      const ref = `PL${rng.digits(10)}`;
      const line = m.bank(date, amount, `PESALINK OUT ${p.bank} ${remark}`, ref);
      if (!noCharge) charge(line.date, 'PESALINK CHARGES', plFee(-amount), ref);
      return line;
    },
    reverse(m, date, line) {
      return m.bank(date, -line.amount, `PESALINK RETURN ${line.text.slice(13, 50)} INVALID ACCOUNT`, line.ref);
    },
    bookIn: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        doc: `BRV/25/${brv++}`,
        type: 'BRV',
        party: p.name,
        ref,
        desc: memo ? `Receipt - ${memo}` : 'Customer receipt',
      }),
    bookOut: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        doc: `BPV/25/${bpv++}`,
        type: 'BPV',
        party: p.name,
        ref,
        desc: memo ? `Payment - ${memo}` : 'Supplier payment',
      }),
  };
  function charge(date, text, fee, ref, trait = 'transfer-charge') {
    const c = m.bank(date, -fee, text, ref);
    m.bankOnly(c, 'charge', [trait]);
    const x = m.bank(date, -share(fee, 20, 100), `EXCISE DUTY ON ${text}`, ref);
    m.bankOnly(x, 'tax', ['excise-duty']);
  }
  standardMonth(m, d);
  const jvRow = (date, amount, party, ref, desc) =>
    m.book(date, amount, { doc: `JV/25/${jv++}`, type: 'JV', party, ref, desc });

  // M-PESA paybill 4077123 swept to the bank, net of Safaricom's charges
  {
    const id1 = `TIB${rng.digits(7)}`;
    const g1 = m.amount(500, 1500);
    const f1 = share(g1, 55, 10000);
    const l1 = m.bank(m.randDay(2, 8), m.claim(g1 - f1), `MPESA PAYBILL 4077123 SETTLEMENT ${id1}`, id1);
    m.auto(l1, jvRow(m.shift(l1.date, -1), g1, 'Safaricom M-PESA', id1, 'Paybill 4077123 collections (gross)'), {
      traits: ['mpesa-settlement', 'short-net-of-fee'],
      difference: -f1,
    });
    const id2 = `TIB${rng.digits(7)}`;
    const g2 = m.amount(500, 1500);
    const f2 = share(g2, 55, 10000);
    const l2 = m.bank(m.randDay(10, -6), m.claim(g2 - f2), `MPESA PAYBILL 4077123 SETTLEMENT ${id2}`, id2);
    m.auto(
      l2,
      [
        jvRow(m.shift(l2.date, -1), g2, 'Safaricom M-PESA', id2, 'Paybill 4077123 collections'),
        jvRow(m.shift(l2.date, -1), -m.claim(f2), 'Safaricom M-PESA', id2, 'Paybill 4077123 charges'),
      ],
      { traits: ['mpesa-settlement', 'gross-and-fee-booked'] },
    );
    const g3 = m.amount(500, 1500);
    const f3 = share(g3, 55, 10000);
    const l3 = m.bank(m.randDay(-7, -2), m.claim(g3 - f3), 'MPESA PAYBILL 4077123 SETTLEMENT', '');
    m.suggest(l3, jvRow(m.shift(l3.date, -1), g3, 'Safaricom M-PESA', '', 'Paybill collections week 4'), {
      mustNotAuto: false,
      traits: ['mpesa-settlement', 'short-net-of-fee', 'no-settlement-id'],
    });
  }

  // payroll, KRA, NSSF, SHA, NITA, Kenya Power; a cheque presented, one from August, one not yet presented
  {
    const date = m.day(-2);
    const net = m.amount(18000, 24000);
    const l = m.bank(date, -net, 'BULK EFT SALARIES SEP 2025 (58)', `BK${rng.digits(8)}`);
    m.auto(l, jvRow(date, -net, 'Staff', 'SAL/SEP/25', 'Net salaries September 2025'), { traits: ['payroll'] });
    charge(date, 'BULK PAYMENT CHARGES (58)', 58 * 3000, l.ref, 'bulk-charge');
    const stat = [
      ['KRA PAYE AUG 2025 PRN', 'Kenya Revenue Authority', 'PAYE August 2025', 2500, 3500],
      ['KRA VAT AUG 2025 PRN', 'Kenya Revenue Authority', 'VAT August 2025', 1500, 3000],
      ['KRA HOUSING LEVY AUG 2025 PRN', 'Kenya Revenue Authority', 'Affordable housing levy August 2025', 300, 450],
      ['SHA SHIF CONTRIB AUG 2025 REF', 'Social Health Authority', 'SHIF August 2025', 350, 500],
      ['NSSF CONTRIB AUG 2025 SLIP', 'NSSF', 'NSSF tier I and II August 2025', 400, 700],
    ];
    for (const [text, party, desc, lo, hi] of stat) {
      const prn = `${rng.int(2025, 2025)}${rng.digits(8)}`.replace(/^2025/, '20254');
      const dt = m.randDay(5, 8);
      const amt = -m.amount(lo, hi);
      const l2 = m.bank(dt, amt, `${text} ${prn}`, `KRA${rng.digits(8)}`);
      m.auto(l2, m.book(dt, amt, { doc: `BPV/25/${bpv++}`, type: 'BPV', party, ref: prn, desc }), {
        traits: ['statutory'],
      });
    }
    const nita = m.bank(m.randDay(5, 12), -58 * 5000, 'NITA INDUSTRIAL TRAINING LEVY AUG 2025', `NT${rng.digits(8)}`);
    m.auto(
      nita,
      m.book(nita.date, -58 * 5000, {
        doc: `BPV/25/${bpv++}`,
        type: 'BPV',
        party: 'NITA',
        ref: '',
        desc: 'Industrial training levy August 2025',
      }),
      {
        traits: ['statutory', 'name-only'],
      },
    );
    const kplc = -m.amount(1200, 1900, { cents: true });
    const acc = rng.digits(8);
    const l3 = m.bank(m.randDay(8, 14), kplc, `KPLC POSTPAID ACC ${acc}`, `KP${rng.digits(8)}`);
    m.auto(
      l3,
      m.book(m.shift(l3.date, 2), kplc, {
        doc: `BPV/25/${bpv++}`,
        type: 'BPV',
        party: 'Kenya Power',
        ref: acc,
        desc: 'Electricity August - plant',
      }),
      {
        traits: ['utility', 'late-posting'],
      },
    );
    const chq = `000${rng.int(400, 499)}`;
    const issued = m.randDay(3, 8);
    const amt = -m.amount(200, 800);
    const l4 = m.bank(m.shift(issued, 3), amt, `CHQ PAID ${chq}`, chq);
    m.auto(
      l4,
      m.book(issued, amt, {
        doc: `BPV/25/${bpv++}`,
        type: 'BPV',
        party: 'Lanet Engineering Works',
        ref: `CHQ ${chq}`,
        desc: 'Payment - boiler service',
      }),
      {
        traits: ['cheque-number', 'presented-later'],
      },
    );
    charge(l4.date, 'CHEQUE PROCESSING FEE', 15000, chq, 'cheque-fee');
    const old = m.bank(m.randDay(1, 5), -m.amount(100, 500), `CHQ PAID 000${rng.int(380, 399)}`, '');
    m.none(old, ['previous-month-cheque']);
    const unp = m.book(m.day(-3), -m.amount(150, 600), {
      doc: `BPV/25/${bpv++}`,
      type: 'BPV',
      party: 'Section 58 Hardware',
      ref: `CHQ 000${rng.int(500, 599)}`,
      desc: 'Payment - hardware',
    });
    m.ledgerOnly(unp, 'cheque issued, not yet presented');
  }

  // a duplicate PesaLink credit from a customer returned by us; a card purchase nobody booked; month-end fees
  {
    const date = m.randDay(4, -6);
    const amt = m.amount(300, 900);
    const p = cust[21];
    const l1 = m.bank(date, amt, `PESALINK IN ${p.bank} MILK SUPPLY`, `PL${rng.digits(10)}`);
    const l2 = m.bank(m.shift(date, 1), amt, `PESALINK IN ${p.bank} MILK SUPPLY`, `PL${rng.digits(10)}`);
    const row = d.bookIn(m, date, amt, p, '', 'milk supply');
    m.suggest(l1, row, { mustNotAuto: false, traits: ['duplicate-payment', 'name-only'] });
    m.none(l2, ['duplicate-payment', 'same-amount-as-open-row']);
    const back = d.send(m, m.shift(date, 3), -amt, p, 'REFUND DOUBLE PAYMENT');
    m.auto(back, d.bookOut(m, m.shift(date, 3), -amt, p, '', 'refund of double payment'), {
      traits: ['refund', 'name-only'],
    });
    const card = m.bank(m.randDay(3, -3), -m.amount(30, 120), 'VISA POS JAVA HOUSE NAKURU', `VS${rng.digits(8)}`);
    m.none(card, ['unbooked-card-purchase']);
    const last = m.day(-1);
    const lf = m.bank(last, -100000, 'LEDGER FEE SEP 2025', '', { late: true });
    m.bankOnly(lf, 'charge', ['ledger-fee']);
    const lx = m.bank(last, -20000, 'EXCISE DUTY ON LEDGER FEE', '', { late: true });
    m.bankOnly(lx, 'tax', ['excise-duty']);
    const sms = m.bank(last, -30000, 'SMS ALERTS SEP 2025', '', { late: true });
    m.bankOnly(sms, 'charge', ['sms-alerts']);
  }

  return {
    set: 'ke-mayfair-ramco',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    m,
    opening: 1874420050,
    notes: [
      'Menengai Fresh Dairies Ltd, Nakuru: milk, yoghurt and mala sold to supermarkets, schools, hotels and a county hospital; milk bought from a producers cooperative; shop and route sales collected on an M-PESA paybill swept to the bank.',
      'Mayfair CIB Bank current account, online-banking statement exported to Excel, newest first: label/value preamble with numeric balances, header in row 10, real date cells, PesaLink/RTGS wording, every charge followed by its 20 % excise duty line.',
      'Books: Ramco ERP Account Ledger report of account 112010, exported to CSV: four title rows, header in row 6, dd/mm/yyyy, voucher numbers (BRV/BPV/JV), Party Name, Debit/Credit and a running balance, undated Opening Balance, Total and Closing Balance rows.',
    ],
    bank: {
      file: 'mayfair-1000214573-sep2025.xlsx',
      bank: 'Mayfair CIB Bank Limited',
      format: 'xlsx',
      sheet: 'Statement',
      order: 'newest-first',
      layout:
        'Mayfair CIB online banking → account statement → Excel, newest first (preamble of 8 rows, header row 10)',
      header: ['Booking Date', 'Value Date', 'Transaction Details', 'Reference', 'Debit', 'Credit', 'Running Balance'],
      mapping: {
        date: 'Booking Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Running Balance',
      },
      widths: [14, 14, 60, 18, 16, 16, 18],
      preamble: (open, close, period) => [
        ['MAYFAIR CIB BANK LIMITED'],
        ['ACCOUNT STATEMENT'],
        ['Account Name', 'MENENGAI FRESH DAIRIES LTD'],
        ['Account Number', '1000214573'],
        ['Currency', 'KES'],
        ['Statement Period', `${dMonYSpace(period.from)} - ${dMonYSpace(period.to)}`],
        ['Opening Balance', { num: open }],
        ['Closing Balance', { num: close }],
        [],
      ],
      trailer: () => [],
      cells: (l, bal) => [
        { date: l.date, fmt: 'dd-mmm-yyyy' },
        { date: l.date, fmt: 'dd-mmm-yyyy' },
        l.text,
        l.ref || null,
        l.amount < 0 ? { num: -l.amount } : null,
        l.amount > 0 ? { num: l.amount } : null,
        { num: bal },
      ],
    },
    ledger: {
      file: 'ramco-account-ledger-112010-sep2025.csv',
      package: 'Ramco ERP (Financials → Account Ledger report of account 112010, exported to CSV)',
      format: 'csv',
      csv: { quoteAll: true },
      dateOrder: 'DMY',
      account: '112010',
      layout:
        'four title rows, header row 6, dd/mm/yyyy, running balance, undated Opening Balance / Total / Closing Balance rows',
      header: [
        'Voucher Date',
        'Voucher No',
        'Voucher Type',
        'Ref Doc No',
        'Party Name',
        'Narration',
        'Debit (KES)',
        'Credit (KES)',
        'Running Balance',
      ],
      mapping: {
        date: 'Voucher Date',
        reference: 'Ref Doc No',
        party: 'Party Name',
        description: 'Narration',
        moneyIn: 'Debit (KES)',
        moneyOut: 'Credit (KES)',
        balance: 'Running Balance',
      },
      preamble: (open, close, period) => [
        ['Menengai Fresh Dairies Ltd'],
        ['Account Ledger Report'],
        ['Account Code : 112010 - MAYFAIR CIB BANK A/C 1000214573'],
        [`Period : ${dmySlash(period.from)} To ${dmySlash(period.to)}`],
        [],
      ],
      lead: (open) => [
        { cells: ['', '', '', '', '', 'Opening Balance', '', '', grouped(open)], why: 'opening balance of the report' },
      ],
      trailer: (close) => {
        const dr = m.rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
        const cr = m.rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
        return [
          { cells: ['', '', '', '', '', 'Total', grouped(dr), grouped(cr), ''], why: 'report total' },
          {
            cells: ['', '', '', '', '', 'Closing Balance', '', '', grouped(close)],
            why: 'closing balance of the report',
          },
        ];
      },
      cells: (r, run) => [
        dmySlash(r.date),
        r.doc,
        r.type,
        r.ref,
        r.party ?? '',
        r.desc,
        r.amount > 0 ? grouped(r.amount) : '',
        r.amount < 0 ? grouped(r.amount) : '',
        grouped(run),
      ],
    },
  };
}
