// holdout31 GH — Nyarko Agro Inputs Ltd, Ejisu: Okomfo Anokye Rural Bank statement (CSV) against Banana Accounting
// Plus (account card exported to Excel).
import { dmySlash, grouped, share } from './lib.mjs';
import { Month } from './month.mjs';
import { standardMonth } from './events.mjs';

const P = (list) => list.map(([name, bank]) => ({ name, bank }));
const cust = P([
  ['Asante Akim Cocoa Farmers Union', 'ASANTE AKIM COCOA FARMERS UNI'],
  ['Juaben Agro Dealers', 'JUABEN AGRO DEALERS'],
  ['Mampong Municipal Agric Dept', 'MAMPONG MUNICIPAL ASSEMBLY'],
  ['Offinso Vegetable Growers Assoc', 'OFFINSO VEG GROWERS ASSOC'],
  ['Kwabena Owusu-Ansah', 'KWABENA OWUSU-ANSAH'],
  ['Techiman Grains Ltd', 'TECHIMAN GRAINS LTD'],
  ['Agyeiwaa Farm Supplies', 'AGYEIWAA FARM SUPPLIES'],
  ['Bekwai Cocoa Cooperative', 'BEKWAI COCOA COOP SOC'],
  ['Konongo Agrochem Centre', 'KONONGO AGROCHEM CENTRE'],
  ['Sunyani Poultry Farms Ltd', 'SUNYANI POULTRY FARMS'],
  ['Abena Serwaa Boateng', 'ABENA SERWAA BOATENG'],
  ['Ashanti Oil Palm Outgrowers', 'ASHANTI OIL PALM OUTGROWERS'],
  ['Ejura Maize Aggregators Ltd', 'EJURA MAIZE AGGREGATORS'],
  ['Obuasi Municipal Assembly', 'OBUASI MUNICIPAL ASSEMBLY'],
  ['Nkawie Seed Growers', 'NKAWIE SEED GROWERS'],
  ['Wenchi Farm Inputs Ltd', 'WENCHI FARM INPUTS'],
  ['Effiduase Cashew Farmers', 'EFFIDUASE CASHEW FARMERS'],
  ['Kintampo Agribusiness Ltd', 'KINTAMPO AGRIBUSINESS'],
  ['Goaso Cocoa Buyers Ltd', 'GOASO COCOA BUYERS LTD'],
  ['Yaw Darko Agyemang', 'YAW DARKO AGYEMANG'],
  ['Tepa Agro Services', 'TEPA AGRO SERVICES'],
  ['Atebubu Rice Farmers Assoc', 'ATEBUBU RICE FARMERS'],
]);
const supp = P([
  ['Tema Fertiliser Blending Ltd', 'TEMA FERTILISER BLENDING'],
  ['Volta Agrochemicals Ltd', 'VOLTA AGROCHEMICALS LTD'],
  ['Kumasi Sacks & Packaging', 'KUMASI SACKS PACKAGING'],
  ['Savanna Seeds Company Ltd', 'SAVANNA SEEDS CO LTD'],
  ['Adum Stationery Mart', 'ADUM STATIONERY MART'],
  ['Suame Motors & Spares', 'SUAME MOTORS SPARES'],
  ['Nsiah Haulage Services', 'NSIAH HAULAGE SERVICES'],
  ['Golden Harvest Chemicals Ltd', 'GOLDEN HARVEST CHEMICALS'],
  ['Bantama Warehousing Ltd', 'BANTAMA WAREHOUSING'],
  ['Ahodwo Fuel Station', 'AHODWO FUEL STATION'],
  ['Atonsu Pallets Works', 'ATONSU PALLETS WORKS'],
]);

export function buildGh(seed, rng) {
  const m = new Month({
    from: '2025-03-01',
    to: '2025-03-31',
    holidays: ['2025-03-06', '2025-03-31'],
    rng,
    scale: 15,
    step: 1,
    cents: true,
  });
  let voucher = 312;
  const gipFee = (abs) => (abs <= 100000 ? 200 : abs <= 1000000 ? 500 : 1000);
  const gipRef = () => `GIP${rng.digits(12)}`;
  const d = {
    cust,
    supp,
    firstInvoice: 12310,
    inv: (n) => `NAI-SI-${n}`,
    writings: [
      ['ref-canonical', (n) => `NAI-SI-${n}`],
      ['ref-serial-only', (n) => `INV ${n}`],
      ['ref-lowercase', (n) => `nai si ${n}`],
      ['ref-no-separators', (n) => `NAISI${n}`],
      ['ref-slashes', (n) => `NAI/SI/${n}`],
      ['ref-words', (n) => `INVOICE ${n}`],
      ['ref-hash', (n) => `SI#${n}`],
    ],
    creditNote: 'NAI-CN-0418',
    lessCredit: (n) => `SI ${n} LESS CN 418`,
    several: (ns) => `SI ${ns.join('/')}`,
    noRemark: (p) => rng.pick(['FERTILISER', 'INPUTS', p.bank.split(' ')[0], 'PAYMENT']),
    payRemark: () => rng.pick(['SACKS MAR 25', 'STATIONERY', 'TRUCK SPARES']),
    refundRemark: () => 'REFUND EXCESS PAYMENT',
    refundFrom: (p) => `REFUND ${p.bank.split(' ')[0]} CREDIT NOTE`,
    bill: () => `${rng.pick(['TFB', 'VA', 'KSP', 'GH'])}-${rng.int(1000, 9999)}`,
    billWord: 'INV',
    po: () => `PO NO ${rng.int(1000, 9999)}`,
    twinRemark: 'KNAPSACK SPRAYERS LOT',
    wht: [3, 100, 'short-withholding-tax-3pct'],
    roundUp: 10000,
    limit: 3000,
    strangers: [{ bank: 'SAMUEL ADJEI-MENSAH' }, { bank: 'KOFI ANTWI ENTERPRISE' }],
    hasRefField: true,
    receive(m, date, amount, p, remark, { remarkInRef = false } = {}) {
      return m.bank(
        date,
        amount,
        remarkInRef ? `GIP CR FRM ${p.bank}` : `GIP CR FRM ${p.bank} ${remark}`,
        remarkInRef ? remark : gipRef(),
      );
    },
    send(m, date, amount, p, remark, { noCharge = false } = {}) {
      const ref = gipRef();
      const line = m.bank(date, amount, `GIP TRF TO ${p.bank} ${remark}`, ref);
      if (!noCharge) charge(line, `GIP TRANSFER CHARGES`, gipFee(-amount), ref);
      return line;
    },
    reverse(m, date, line) {
      return m.bank(date, -line.amount, `REVERSAL ${line.text.slice(0, 44)} BENEFICIARY BANK TIMEOUT`, line.ref);
    },
    bookIn: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        doc: `R${voucher++}`,
        contra: '1100',
        party: p.name,
        ref,
        desc: [p.name, ref, memo].filter(Boolean).join(' - '),
      }),
    bookOut: (m, date, amount, p, ref, memo) =>
      m.book(date, amount, {
        doc: `P${voucher++}`,
        contra: '2000',
        party: p.name,
        ref,
        desc: [p.name, ref, memo].filter(Boolean).join(' - '),
      }),
  };
  function charge(line, text, fee, ref) {
    const c = m.bank(line.date, -fee, text, ref);
    m.bankOnly(c, 'charge', ['transfer-charge']);
  }
  standardMonth(m, d);
  const book = (date, amount, contra, desc) => m.book(date, amount, { doc: `J${voucher++}`, contra, ref: '', desc });

  // MTN MoMo merchant collections from the Ejisu and Kumasi shops, settled to the bank net of 1 %
  {
    const id1 = `MMS${rng.digits(8)}`;
    const g1 = m.amount(200, 900);
    const f1 = share(g1, 1, 100);
    const l1 = m.bank(m.randDay(2, 8), m.claim(g1 - f1), `MTN MOMO MERCHANT SETTLEMENT ${id1}`, id1);
    const r1 = book(m.shift(l1.date, -1), g1, '3000', `MoMo sales ${id1} (gross)`);
    m.auto(l1, r1, { traits: ['mobile-money', 'short-net-of-fee'], difference: -f1 });
    const id2 = `MMS${rng.digits(8)}`;
    const g2 = m.amount(200, 900);
    const f2 = share(g2, 1, 100);
    const l2 = m.bank(m.randDay(10, -6), m.claim(g2 - f2), `MTN MOMO MERCHANT SETTLEMENT ${id2}`, id2);
    const r2a = book(m.shift(l2.date, -1), g2, '3000', `MoMo sales ${id2}`);
    const r2b = book(m.shift(l2.date, -1), -m.claim(f2), '6800', `MoMo merchant fee ${id2}`);
    m.auto(l2, [r2a, r2b], { traits: ['mobile-money', 'gross-and-fee-booked'] });
    const g3 = m.amount(200, 900);
    const f3 = share(g3, 1, 100);
    const l3 = m.bank(m.randDay(-7, -2), m.claim(g3 - f3), 'MTN MOMO MERCHANT SETTLEMENT', '');
    const r3 = book(m.shift(l3.date, -1), g3, '3000', 'MoMo sales week 4');
    m.suggest(l3, r3, { mustNotAuto: false, traits: ['mobile-money', 'short-net-of-fee', 'no-batch-id'] });
  }

  // farmer aggregators paid to their wallets: charge and E-levy (1 % above GHS 100) on each
  for (const [name, wallet] of [
    ['Alhassan Iddrisu', '0244718293'],
    ['Comfort Asantewaa', '0551903348'],
    ['Ibrahim Seidu', '0208821764'],
  ]) {
    const date = m.randDay(2, -2);
    const amt = m.amount(60, 250);
    const ref = `B2W${rng.digits(10)}`;
    const l = m.bank(date, -amt, `BANK TO WALLET MTN ${wallet} ${name.toUpperCase()} AGGREGATION COMM`, ref);
    const row = d.bookOut(m, date, -amt, { name }, '', 'aggregation commission');
    m.auto(l, row, { traits: ['mobile-money', 'name-only', 'bank-to-wallet'] });
    charge(l, 'BANK TO WALLET CHARGE', 500, ref);
    const ev = m.bank(date, -share(amt - 10000, 1, 100), `E-LEVY ON BANK TO WALLET ${wallet}`, ref);
    m.bankOnly(ev, 'levy', ['e-levy']);
  }

  // cash lodged by the depot's sales rep; a customer's cheque; an older cheque of ours
  {
    const date = m.randDay(3, -4);
    const amt = m.amount(100, 500, { cents: false });
    const l = m.bank(date, amt, 'CASH DEPOSIT BY ERIC OPPONG', `CD${rng.digits(8)}`);
    const row = book(date, amt, '1000', 'Cash sales lodged - Ejisu depot');
    m.suggest(l, row, { mustNotAuto: false, traits: ['cash-deposit', 'amount-only'] });
    const chq = `00${rng.int(1000, 9999)}`;
    const amt2 = m.amount(800, 2500);
    const dep = m.randDay(2, 10);
    const l2 = m.bank(m.shift(dep, 2), amt2, `CLEARING CHQ ${chq} GCB BANK KUMASI`, chq);
    const r2 = d.bookIn(m, dep, amt2, cust[0], `chq ${chq}`, 'season inputs');
    m.auto(l2, r2, { traits: ['cheque-deposit', 'cheque-number', 'cleared-two-days-later'] });
    const old = m.bank(m.randDay(1, 4), -m.amount(100, 400), `CHQ PAID 000${rng.int(200, 299)}`, '');
    m.none(old, ['previous-month-cheque']);
    const mine = m.amount(200, 600);
    const row3 = d.bookOut(m, m.day(-3), -mine, supp[10], `chq 000${rng.int(300, 399)}`, 'pallets');
    m.ledgerOnly(row3, 'cheque issued, not yet presented');
  }

  // payroll and statutory (GRA, SSNIT tier 1, tier 2 trustee), utilities
  {
    const date = m.day(-2);
    const net = m.amount(1500, 2200);
    const l = m.bank(date, -net, 'ACH BULK CR SALARIES MARCH 2025 (27)', `ACH${rng.digits(9)}`);
    m.auto(l, book(date, -net, '2210', 'Net salaries March 2025 (27 staff)'), { traits: ['payroll'] });
    const c = m.bank(date, -2700, 'ACH BULK PAYMENT CHARGES (27)', l.ref);
    m.bankOnly(c, 'charge', ['bulk-charge']);
    const stat = [
      ['GRA PAYE FEB 2025 PRN', 'GRA PAYE February 2025', 180, 300],
      ['GRA VAT/NHIL/GETFUND FEB 2025 PRN', 'GRA VAT return February 2025', 300, 700],
      ['SSNIT TIER 1 CONTRIB FEB 2025 ER NO', 'SSNIT tier 1 February 2025', 200, 320],
      ['TIER 2 PENSION FEB 2025 - KWAHU PENSIONS TRUST SCH', 'Tier 2 to Kwahu Pensions Trust February 2025', 80, 130],
    ];
    for (const [text, desc, lo, hi] of stat) {
      const prn = rng.digits(11);
      const dt = m.randDay(6, 11);
      const amt = -m.amount(lo, hi);
      const l2 = m.bank(dt, amt, `${text} ${prn}`, `GRA${rng.digits(6)}`);
      m.auto(l2, m.book(dt, amt, { doc: `P${voucher++}`, contra: '2300', ref: prn, desc: `${desc} - ${prn}` }), {
        traits: ['statutory'],
      });
    }
    const meter = `P${rng.digits(9)}`;
    const ecg = -m.amount(40, 90);
    const l3 = m.bank(m.randDay(4, 12), ecg, `ECG PREPAID VENDING METER ${meter}`, `ECG${rng.digits(8)}`);
    m.auto(
      l3,
      m.book(m.shift(l3.date, 1), ecg, {
        doc: `P${voucher++}`,
        contra: '6100',
        ref: meter,
        desc: `ECG prepaid units warehouse ${meter}`,
      }),
      {
        traits: ['utility', 'late-posting'],
      },
    );
  }

  // unbooked purchase; month-end charges (the rural bank's own wording)
  {
    const l = m.bank(m.randDay(3, -3), -m.amount(10, 40), 'POS PURCHASE MELCOM KUMASI', `POS${rng.digits(8)}`);
    m.none(l, ['unbooked-card-purchase']);
    const last = m.day(-1);
    const cb = m.bank(m.randDay(3, 9), -15000, 'CHEQUE BOOK CHARGES 50 LEAVES', '');
    m.bankOnly(cb, 'charge', ['cheque-book']);
    const amf = m.bank(last, -5000, 'ACCOUNT MAINTENANCE FEE MAR 2025', '', { late: true });
    m.bankOnly(amf, 'charge', ['account-maintenance']);
    const sms = m.bank(last, -1050, 'SMS ALERT FEE MAR 2025', '', { late: true });
    m.bankOnly(sms, 'charge', ['sms-alerts']);
  }

  return {
    set: 'gh-oarb-banana',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    m,
    opening: 41827355,
    notes: [
      'Nyarko Agro Inputs Ltd, Ejisu (Ashanti): fertiliser, seed and agrochemicals sold to cocoa cooperatives, agro-dealers and municipal agriculture departments; shop sales through MTN MoMo merchant pay; farmer aggregators paid to their wallets.',
      'Okomfo Anokye Rural Bank current account, statement download (CSV): label/value preamble, header in row 9, dd/mm/yyyy, an undated BALANCE B/F row, an undated TOTALS row and a CLOSING BALANCE row; GIP and ACH wording, the E-levy on bank-to-wallet transfers (March 2025, before its repeal).',
      'Books: Banana Accounting Plus account card of account 1021, exported to Excel: three title rows, header in row 5, real date cells, Doc, Description (party and invoice), Contra A/C, Debit/Credit/Balance, an undated Opening balance row, Total transactions and Closing balance rows.',
    ],
    bank: {
      file: 'oarb-2011004417301-mar2025.csv',
      bank: 'Okomfo Anokye Rural Bank PLC',
      format: 'csv',
      csv: { quoteAll: false },
      order: 'oldest-first',
      dateOrder: 'DMY',
      layout: 'Okomfo Anokye Rural Bank → customer account statement → export CSV (seven preamble rows, header row 9)',
      header: ['Date', 'Particulars', 'Cheque/Ref', 'Debit', 'Credit', 'Balance'],
      mapping: {
        date: 'Date',
        description: 'Particulars',
        reference: 'Cheque/Ref',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
      preamble: (open, close, period) => [
        ['OKOMFO ANOKYE RURAL BANK PLC'],
        ['CUSTOMER ACCOUNT STATEMENT'],
        ['Account No', '2011004417301'],
        ['Account Name', 'NYARKO AGRO INPUTS LTD'],
        ['Branch', 'EJISU'],
        ['Currency', 'GHS'],
        ['From', dmySlash(period.from), 'To', dmySlash(period.to)],
        [],
      ],
      lead: (open) => [
        { cells: ['', 'BALANCE B/F', '', '', '', grouped(open)], why: 'opening balance brought forward, not an entry' },
      ],
      trailer: (close) => {
        const out = m.lines.filter((l) => l.amount < 0).reduce((a, l) => a - l.amount, 0);
        const inn = m.lines.filter((l) => l.amount > 0).reduce((a, l) => a + l.amount, 0);
        return [
          {
            cells: ['', 'TOTALS', '', grouped(out), grouped(inn), ''],
            why: 'column totals of the period, not an entry',
          },
          { cells: ['', 'CLOSING BALANCE', '', '', '', grouped(close)], why: 'closing balance, not an entry' },
        ];
      },
      cells: (l, bal) => [
        dmySlash(l.date),
        l.text,
        l.ref,
        l.amount < 0 ? grouped(l.amount) : '',
        l.amount > 0 ? grouped(l.amount) : '',
        grouped(bal),
      ],
    },
    ledger: {
      file: 'banana-account-card-1021-mar2025.xlsx',
      package: 'Banana Accounting Plus (Account card of account 1021, exported to Excel)',
      format: 'xlsx',
      sheet: 'Account card 1021',
      account: '1021',
      layout:
        'three title rows, header row 5, real date cells shown dd/mm/yyyy, running balance, Opening balance / Total transactions / Closing balance rows',
      header: ['Date', 'Doc', 'Description', 'Contra A/C', 'Debit', 'Credit', 'Balance'],
      mapping: {
        date: 'Date',
        reference: 'Doc',
        description: 'Description',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
        balance: 'Balance',
      },
      preamble: (open, close, period) => [
        ['Nyarko Agro Inputs Ltd'],
        ['Account card 1021 Okomfo Anokye Rural Bank - Current 2011004417301'],
        [`Period ${dmySlash(period.from)} - ${dmySlash(period.to)}`],
        [],
      ],
      lead: (open) => [
        {
          cells: [null, null, 'Opening balance', null, null, null, { num: open }],
          why: 'opening balance of the account card',
        },
      ],
      trailer: (close) => {
        const dr = m.rows.filter((r) => r.amount > 0).reduce((a, r) => a + r.amount, 0);
        const cr = m.rows.filter((r) => r.amount < 0).reduce((a, r) => a - r.amount, 0);
        return [
          {
            cells: [null, null, 'Total transactions', null, { num: dr }, { num: cr }, null],
            why: 'total of the period',
          },
          {
            cells: [null, null, 'Closing balance', null, null, null, { num: close }],
            why: 'closing balance of the account card',
          },
        ];
      },
      cells: (r, run) => [
        { date: r.date, fmt: 'dd/mm/yyyy' },
        r.doc,
        r.desc,
        r.contra,
        r.amount > 0 ? { num: r.amount } : null,
        r.amount < 0 ? { num: -r.amount } : null,
        { num: run },
      ],
    },
  };
}
