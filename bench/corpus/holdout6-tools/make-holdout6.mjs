// Seeded generator of bench/corpus/holdout6/** (blind real-layout sets). Plain Node ESM.
// node bench/corpus/holdout6-tools/make-holdout6.mjs   (BANKFEED_CORPUS_SEED overrides the default seed)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';

const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20260401);
console.log(`holdout6 seed ${SEED}`);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'holdout6');

function mulberry(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rnd;
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const dec = (m) => (m < 0 ? '-' : '') + Math.floor(Math.abs(m) / 100) + '.' + pad(Math.abs(m) % 100);
const grp = (m) => {
  const s = dec(Math.abs(m));
  const [i, f] = s.split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + f;
};
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const round100 = (m) => Math.round(m / 100) * 100;

// ------------------------------------------------------------------ scenario model
// bank line: { acct, day, amt, narr, ref, party, partyAcct, seq, ... }   ledger row: { acct, day, amt, ref, desc, party, ... }
function newSet(cfg) {
  return { cfg, bank: [], ledger: [], truth: [], seq: 0, lseq: 0, ledgerOnly: [], feeLines: [] };
}
function B(S, acct, day, amt, narr, extra = {}) {
  const b = { acct, day, amt, narr, ref: null, party: null, seq: S.seq++, ...extra };
  S.bank.push(b);
  return b;
}
function L(S, acct, day, amt, fields) {
  const l = { acct, day, amt, seq: S.lseq++, ref: null, desc: '', party: null, ...fields };
  S.ledger.push(l);
  return l;
}
function T(S, lines, expect, ledger = [], o = {}) {
  S.truth.push({
    lines,
    expect,
    ledger,
    evidence: o.evidence ?? 'amount',
    traits: o.traits ?? [],
    kind: o.kind ?? null,
    anyOf: o.anyOf ?? null,
    partner: o.partner ?? null,
  });
}
const lateDay = (d, max = 3) => Math.min(30, d + (chance(0.35) ? ri(1, max) : 0));

// reference writings of an invoice number given as {prefix, year, serial, width}
function writeRef(inv, style) {
  const { prefix, year, serial, width, sep = '-' } = inv;
  const canon = inv.canon;
  switch (style) {
    case 'ref-canonical':
      return canon;
    case 'ref-lowercase':
      return canon.toLowerCase();
    case 'ref-slashes':
      return canon.replace(/-/g, '/');
    case 'ref-spaces':
      return canon.replace(/-/g, ' ');
    case 'ref-no-padding':
      return (prefix ? prefix.split('-').pop() + sep : '') + (year ? year + sep : '') + String(serial);
    case 'ref-year-serial-joined':
      return (prefix ? prefix.split('-').pop() : 'INV') + (year ?? '') + pad(serial, width);
    case 'ref-serial-only':
      return 'inv ' + serial;
    default:
      return canon;
  }
}
const REF_STYLES = [
  'ref-canonical',
  'ref-lowercase',
  'ref-slashes',
  'ref-spaces',
  'ref-no-padding',
  'ref-year-serial-joined',
  'ref-serial-only',
];

// the common month: cfg provides narration writers and names
function buildCommon(S) {
  const c = S.cfg;
  const M = 'main';
  let invSerial = c.invStart;
  const nextInv = () => c.inv(invSerial++);
  const custAmt = () => round100(ri(c.small, c.big)) + (chance(0.3) ? ri(1, 99) : 0);
  const recv = (day, amt, cust, inv, how, traits = [], bookAmt = amt, bookDay = null, bankAmt = amt) => {
    const bd = bookDay ?? lateDay(day);
    const tr = [...traits];
    let refTxt = null;
    let ev = 'amount';
    if (how === 'ref') {
      const st = pick(REF_STYLES);
      refTxt = writeRef(inv, st);
      tr.unshift(st);
      ev = 'reference';
    } else if (how === 'name') {
      tr.unshift('name-only');
      ev = 'counterparty';
    } else tr.unshift('amount-only');
    if (bd > day) tr.push('late-posting');
    const b = B(S, M, day, bankAmt, c.credit(cust, refTxt, how), { party: how === 'none' ? null : cust.bank });
    const l = L(S, M, bd, bookAmt, c.receiptBook(cust, inv));
    return { b, l, tr, ev };
  };
  // 1. plain customer receipts
  for (let i = 0; i < c.nReceipts; i++) {
    const cust = pick(c.customers);
    const inv = nextInv();
    const amt = custAmt();
    const how = pick(['ref', 'ref', 'ref', 'name', 'name', 'none']);
    const r = recv(ri(1, 29), amt, cust, inv, how);
    T(S, [r.b], 'match', [r.l], { evidence: r.ev, traits: r.tr });
  }
  // 2. withholding short-payments (books at invoice amount; one booked net)
  for (let i = 0; i < 3; i++) {
    const cust = pick(c.customers);
    const inv = nextInv();
    const gross = round100(ri(c.small * 3, c.big));
    const net = c.whtPct ? gross - Math.round((gross * c.whtPct) / 100) : gross - 7500;
    const bookedNet = i === 2;
    const r = recv(
      ri(2, 27),
      net,
      cust,
      inv,
      i === 1 ? 'name' : 'ref',
      bookedNet ? [c.whtPct ? 'withholding-booked-net' : 'booked-net'] : [c.whtTrait],
      bookedNet ? net : gross,
    );
    T(S, [r.b], 'match', [r.l], { evidence: r.ev, traits: r.tr });
  }
  // 3. one transfer for several invoices
  {
    const cust = c.customers[0];
    const i1 = nextInv();
    const i2 = nextInv();
    const i3 = nextInv();
    const a1 = custAmt(),
      a2 = custAmt(),
      a3 = custAmt();
    const day = ri(8, 14);
    const b = B(S, M, day, a1 + a2 + a3, c.credit(cust, `${i1.canon}, ${i2.serial}, ${i3.serial}`, 'ref'), {
      party: cust.bank,
    });
    if (c.multiInvoiceOneRow) {
      const l = L(S, M, day, a1 + a2 + a3, c.receiptBook(cust, i1, [i2, i3]));
      T(S, [b], 'match', [l], { evidence: 'reference', traits: ['ref-canonical', 'two-invoices-one-payment'] });
    } else {
      const ls = [
        [i1, a1],
        [i2, a2],
        [i3, a3],
      ].map(([iv, a]) => L(S, M, day, a, c.receiptBook(cust, iv)));
      T(S, [b], 'match', ls, { evidence: 'reference', traits: ['ref-canonical', 'split-one-to-many'] });
    }
  }
  // 4. invoice less credit note (booked at the net received)
  {
    const cust = pick(c.customers);
    const inv = nextInv();
    const amt = custAmt();
    const cn = round100(amt * 0.15);
    const b = B(
      S,
      M,
      ri(5, 25),
      amt - cn,
      c.credit(cust, `${writeRef(inv, 'ref-spaces')} less ${c.cnWord} ${c.cn(ri(10, 60))}`, 'ref'),
      { party: cust.bank },
    );
    const l = L(S, M, b.day + 1, amt - cn, c.receiptBook(cust, inv));
    T(S, [b], 'match', [l], {
      evidence: 'reference',
      traits: ['ref-spaces', 'invoice-less-credit-note', 'late-posting'],
    });
  }
  // 5. over- and under-payment (books at the invoice amount)
  {
    const cust = pick(c.customers);
    const inv = nextInv();
    const amt = custAmt();
    const r = recv(ri(3, 26), amt, cust, inv, 'ref', ['over-payment'], amt, null, amt + round100(c.small * 0.05));
    T(S, [r.b], 'match', [r.l], { evidence: r.ev, traits: r.tr });
    const cust2 = pick(c.customers);
    const inv2 = nextInv();
    const amt2 = custAmt();
    const r2 = recv(ri(3, 26), amt2, cust2, inv2, 'name', ['under-payment'], amt2, null, amt2 - ri(5, 40) * 100);
    T(S, [r2.b], 'match', [r2.l], { evidence: r2.ev, traits: r2.tr });
  }
  // 6. instalments: booked per instalment, and booked once for two lines
  {
    const cust = pick(c.customers);
    const inv = nextInv();
    const a = custAmt();
    const b1 = B(S, M, 6, a, c.credit(cust, `${inv.canon} part 1`, 'ref'), { party: cust.bank });
    const b2 = B(S, M, 20, a, c.credit(cust, `bal ${writeRef(inv, 'ref-lowercase')}`, 'ref'), { party: cust.bank });
    const l1 = L(S, M, 6, a, c.receiptBook(cust, inv, null, '1st instalment'));
    const l2 = L(S, M, 21, a, c.receiptBook(cust, inv, null, 'final instalment'));
    // the two instalments are equal: either pairing is right
    T(S, [b1], 'match', [l1], { evidence: 'reference', traits: ['ref-canonical', 'instalment'], anyOf: [[l1], [l2]] });
    T(S, [b2], 'match', [l2], {
      evidence: 'reference',
      traits: ['ref-lowercase', 'instalment', 'late-posting'],
      anyOf: [[l2], [l1]],
    });
    const cust2 = pick(c.customers);
    const inv2 = nextInv();
    const x = custAmt(),
      y = custAmt();
    const c1 = B(S, M, 9, x, c.credit(cust2, null, 'name'), { party: cust2.bank });
    const c2 = B(S, M, 23, y, c.credit(cust2, null, 'name'), { party: cust2.bank });
    const l = L(S, M, 23, x + y, c.receiptBook(cust2, inv2, null, 'paid in 2 parts'));
    T(S, [c1, c2], 'match', [l], { evidence: 'counterparty', traits: ['name-only', 'instalments-booked-once'] });
  }
  // 7. twins
  {
    const cust = pick(c.customers);
    const a = custAmt();
    const day = ri(10, 18);
    const i1 = nextInv(),
      i2 = nextInv();
    const t1 = B(S, M, day, a, c.credit(cust, null, 'name'), { party: cust.bank });
    const t2 = B(S, M, day, a, c.credit(cust, null, 'name'), { party: cust.bank });
    const l1 = L(S, M, day, a, c.receiptBook(cust, i1));
    const l2 = L(S, M, day, a, c.receiptBook(cust, i2));
    T(S, [t1], 'match', [l1], { evidence: 'counterparty', traits: ['name-only', 'twins'], anyOf: [[l1], [l2]] });
    T(S, [t2], 'match', [l2], { evidence: 'counterparty', traits: ['name-only', 'twins'], anyOf: [[l2], [l1]] });
  }
  // 8. supplier payments (some entered before the bank date)
  let billSerial = c.billStart;
  for (let i = 0; i < c.nSuppliers; i++) {
    const sup = c.suppliers[i % c.suppliers.length];
    const bill = c.bill(billSerial++);
    const amt = -custAmt();
    const day = ri(2, 28);
    const withRef = chance(0.5);
    const bookDay = chance(0.4) ? Math.max(1, day - ri(1, 3)) : day;
    const b = B(S, M, day, amt, c.debit(sup, withRef ? bill : null), { party: sup.bank });
    const l = L(S, M, bookDay, amt, c.paymentBook(sup, bill));
    T(S, [b], 'match', [l], {
      evidence: withRef ? 'reference' : 'counterparty',
      traits: [
        withRef ? 'ref-canonical' : 'name-only',
        'supplier-payment',
        ...(bookDay < day ? ['booked-before-bank-date'] : []),
      ],
    });
    if (c.transferFee && chance(0.7)) c.transferFee(S, day, amt);
  }
  // 9. failed transfer, reversal, re-sent
  {
    const sup = c.suppliers[1];
    const bill = c.bill(billSerial++);
    const amt = -custAmt();
    const day = ri(12, 16);
    const f = B(S, M, day, amt, c.debit(sup, bill));
    const r = B(S, M, day + (chance(0.5) ? 0 : 1), -amt, c.reversal(sup, bill));
    const s = B(S, M, r.day + 1, amt, c.debit(sup, bill), { party: sup.bank });
    const l = L(S, M, day, amt, c.paymentBook(sup, bill));
    T(S, [f], 'reversal-pair', [], { evidence: 'reference', traits: ['failed-transfer'], partner: r });
    T(S, [r], 'reversal-pair', [], { evidence: 'reference', traits: ['reversal'], partner: f });
    T(S, [s], 'match', [l], { evidence: 'reference', traits: ['ref-canonical', 'resent-after-failure'] });
    if (c.transferFee) {
      c.transferFee(S, f.day, amt);
      c.transferFee(S, s.day, amt);
    }
  }
  // 10. cheques
  if (c.cheques) {
    let chq = c.chequeStart;
    for (let i = 0; i < 5; i++) {
      const sup = c.suppliers[(i + 2) % c.suppliers.length];
      const amt = -custAmt();
      const wrote = ri(1, 24);
      const no = chq++;
      const l = L(S, M, wrote, amt, c.chequeBook(sup, no));
      if (i < 3) {
        const b = B(S, M, wrote + ri(3, 6), amt, c.chequeText(no, sup));
        T(S, [b], 'match', [l], { evidence: 'reference', traits: ['cheque-number', 'settled-later'] });
      } else {
        l.day = ri(27, 30);
        S.ledgerOnly.push([l, 'cheque written, not yet presented']);
      }
    }
  }
  // 11. payroll
  c.payroll(S);
  // 12. statutory remittances
  for (const [name, amt, ref] of c.statutory) {
    const day = ri(8, 14);
    const b = B(S, M, day, -amt, c.statText(name, ref));
    const l = L(S, M, day - (chance(0.5) ? 1 : 0), -amt, c.statBook(name, ref));
    T(S, [b], 'match', [l], { evidence: ref ? 'reference' : 'counterparty', traits: ['statutory-remittance'] });
  }
  // 13. settlements, sweeps, debit orders: set-specific
  c.channels(S);
  // 14. cash deposits
  for (let i = 0; i < 3; i++) {
    const day = ri(3, 28);
    const amt = round100(ri(c.small, c.big)) / 1;
    const b = B(S, M, day, amt, c.cashText(i));
    const l = L(S, M, day - (i === 0 ? 1 : 0), amt, c.cashBook(i));
    T(S, [b], 'match', [l], { evidence: 'amount', traits: ['cash-deposit', 'amount-only'] });
    if (c.cashFee) c.cashFee(S, day, amt);
  }
  // 15. unrecorded lines
  for (let i = 0; i < 3; i++) {
    const cust = pick(c.strangers);
    const b = B(S, M, ri(4, 29), custAmt(), c.credit(cust, null, 'name'), { party: cust.bank });
    T(S, [b], 'no-counterpart', [], { evidence: 'counterparty', traits: ['unrecorded-receipt'] });
  }
  for (let i = 0; i < 2; i++) {
    const sup = pick(c.strangerSuppliers);
    const b = B(S, M, ri(4, 29), -round100(ri(c.small / 2, c.small * 3)), c.debit(sup, null), { party: sup.bank });
    T(S, [b], 'no-counterpart', [], { evidence: 'counterparty', traits: ['unrecorded-payment'] });
    if (c.transferFee) c.transferFee(S, b.day, b.amt);
  }
  // 16. outstanding book items at month end
  for (let i = 0; i < 2; i++) {
    const cust = pick(c.customers);
    const l = L(S, M, 30, custAmt(), c.receiptBook(cust, nextInv()));
    S.ledgerOnly.push([l, 'receipt booked on the last day, not yet on the statement']);
  }
  {
    const sup = pick(c.suppliers);
    const l = L(S, M, 29, -custAmt(), c.paymentBook(sup, c.bill(billSerial)));
    S.ledgerOnly.push([l, 'payment entered, transfer not yet sent by the bank']);
  }
  // 17. periodic charges and interest
  c.charges(S);
  if (c.wallet) c.wallet(S);
}

// ------------------------------------------------------------------ helpers for sets
const iso = (S, day) => `${S.cfg.year}-${pad(S.cfg.month)}-${pad(day)}`;
function charge(S, acct, day, amt, narr, kind, booked = null) {
  const b = B(S, acct, day, amt, narr);
  if (booked) {
    const l = L(S, acct, booked.day ?? day, amt, booked);
    T(S, [b], 'match', [l], { evidence: 'amount', traits: ['bank-charge-booked'] });
  } else T(S, [b], 'bank-only', [], { evidence: 'amount', kind, traits: [] });
  return b;
}
function person(legal, trading, bank) {
  return { legal, trading, bank };
}

// ================================================================== NG: Moniepoint + ERPNext
function cfgNG() {
  const customers = [
    person('Bode Supermarkets Limited', 'Bode Supermart', 'BODE SUPERMARKETS LTD'),
    person('Chidinma Okafor Ventures', 'Chidi Ventures', 'CHIDINMA OKAFOR VENTURES'),
    person('Eko Hotels and Suites Plc', 'Eko Hotels', 'EKO HOTELS & SUITES'),
    person('Halal Kitchen Abuja Ltd', 'Halal Kitchen', 'HALAL KITCHEN ABJ'),
    person('Mama Cass Restaurants Ltd', 'Mama Cass', 'MAMA CASS RESTAURANTS'),
    person('Olumide Adeyemi', 'Olumide Adeyemi', 'ADEYEMI OLUMIDE J'),
    person('Ikeja City Mall Food Court Ltd', 'ICM Food Court', 'IKEJA CITY MALL FOOD C'),
    person('Yellow Chilli Hospitality Ltd', 'Yellow Chilli', 'YELLOW CHILLI HOSPITALI'),
  ];
  const suppliers = [
    person('Flour Mills of Nigeria Plc', 'Flour Mills', 'FLOUR MILLS OF NIGERIA'),
    person('Olam Nigeria Limited', 'Olam', 'OLAM NIGERIA LTD'),
    person('Ikeja Electric Plc', 'Ikeja Electric', 'IKEJA ELECTRIC PLC'),
    person('Nwachukwu Gas Supplies', 'Nwachukwu Gas', 'NWACHUKWU GAS SUPPLIES'),
    person('Tolu Packaging Enterprises', 'Tolu Packaging', 'TOLU PACKAGING ENT'),
  ];
  const sessionId = () => '1000' + String(ri(1e9, 9e9)) + String(ri(1e9, 9e9)).slice(0, 8);
  const c = {
    set: 'ng-moniepoint-erpnext',
    country: 'NG',
    currency: 'NGN',
    timezone: 'Africa/Lagos',
    year: 2026,
    month: 4,
    small: 4500000,
    big: 180000000,
    invStart: 412,
    billStart: 233,
    chequeStart: 0,
    cheques: false,
    nReceipts: 30,
    nSuppliers: 9,
    whtPct: 5,
    whtTrait: 'short-withholding-tax-5pct',
    multiInvoiceOneRow: true,
    customers,
    suppliers,
    cnWord: 'CN',
    strangers: [
      person('?', '?', 'ABUBAKAR MUSA'),
      person('?', '?', 'GRACE NWOSU'),
      person('?', '?', 'FAITH ANIKULAPO'),
    ],
    strangerSuppliers: [person('?', '?', 'LASAA WASTE MGT'), person('?', '?', 'EMEKA ELECTRICALS')],
    inv: (n) => ({ prefix: 'ACC-SINV', year: 2026, serial: n, width: 5, canon: `ACC-SINV-2026-${pad(n, 5)}` }),
    bill: (n) => ({ canon: `ACC-PINV-2026-${pad(n, 5)}`, serial: n }),
    cn: (n) => `ACC-SINV-RET-${pad(n, 5)}`,
    credit: (cust, ref, how) => {
      if (how === 'none') return pick(['Transfer', 'Inward transfer', 'TRF/INWARD']) + ' ' + sessionId().slice(0, 12);
      const from = chance(0.5) ? cust.bank : cust.bank.split(' ').slice(0, 2).join(' ');
      return `Transfer from ${from}${ref ? ' | ' + ref : ''}`;
    },
    debit: (sup, bill) =>
      `Transfer to ${sup.bank}${bill ? ' | ' + (chance(0.5) ? bill.canon : 'PINV ' + bill.serial) : ''}`,
    reversal: (sup, bill) => `REVERSAL: Transfer to ${sup.bank} | ${bill.canon}`,
    receiptBook: (cust, inv, more, note) => ({
      type: 'Payment Entry',
      docNo: `ACC-PAY-2026-${pad(ri(100, 999), 5)}`,
      against: inv.canon + (more ? ', ' + more.map((m) => m.canon).join(', ') : ''),
      party: cust.legal,
      partyType: 'Customer',
      against2: 'Debtors - AFC',
      ref: inv.canon,
      desc: `Amount NGN received from ${cust.legal}${note ? ' (' + note + ')' : ''}`,
    }),
    paymentBook: (sup, bill) => ({
      type: 'Payment Entry',
      docNo: `ACC-PAY-2026-${pad(ri(100, 999), 5)}`,
      against: bill.canon,
      party: sup.legal,
      partyType: 'Supplier',
      against2: 'Creditors - AFC',
      ref: bill.canon,
      desc: `Amount NGN paid to ${sup.legal}`,
    }),
    statutory: [
      ['LIRS PAYE', 87654300, 'LIRS-PAYE-MAR26'],
      ['PENCOM pension', 64210000, null],
      ['FIRS VAT', 112233400, 'FIRS-VAT-MAR26'],
    ],
    statText: (name, ref) =>
      name.startsWith('LIRS')
        ? `Transfer to LAGOS STATE IRS | PAYE MAR 2026 ${ref}`
        : name.startsWith('PENCOM')
          ? 'Transfer to STANBIC IBTC PENSION MGRS | MAR26 SCHEDULE'
          : `Remita FIRS VAT MAR 2026 ${ref}`,
    statBook: (name, ref) => ({
      type: 'Journal Entry',
      docNo: `ACC-JV-2026-${pad(ri(40, 90), 5)}`,
      against2: name.includes('PAYE')
        ? 'PAYE Payable - AFC'
        : name.includes('pension')
          ? 'Pension Payable - AFC'
          : 'VAT - AFC',
      ref: ref ?? '',
      desc: `${name} remittance March 2026`,
    }),
    cashText: (i) => ['Cash deposit by Sunday (driver)', 'CASH DEPOSIT - IKEJA BRANCH', 'Cash deposit'][i],
    cashBook: (i) => ({
      type: 'Journal Entry',
      docNo: `ACC-JV-2026-${pad(100 + i, 5)}`,
      against2: 'Cash - AFC',
      desc: ['Cash sales banked wk1', 'Cash banked', 'Cash banked - catering event'][i],
    }),
    transferFee: (S, day, amt) => {
      const f = Math.abs(amt) > 5000000 ? 5000 : 2500;
      charge(S, 'main', day, -f, 'Transfer charge', 'charge');
    },
    payroll: (S) => {
      const staff = ['ADEBAYO KEHINDE', 'NNAMDI OBI', 'FATIMA BELLO', 'SEGUN ALABI', 'BLESSING UDOH', 'IBRAHIM SANI'];
      const lines = staff.map((n) =>
        B(S, 'main', 27, -round100(ri(18000000, 65000000)), `Transfer to ${n} | SALARY APR 2026`),
      );
      const l = L(
        S,
        'main',
        27,
        lines.reduce((s, b) => s + b.amt, 0),
        {
          type: 'Journal Entry',
          docNo: 'ACC-JV-2026-00131',
          against2: 'Salaries Payable - AFC',
          desc: 'Net salaries April 2026 (6 staff)',
        },
      );
      T(S, lines, 'match', [l], { evidence: 'amount', traits: ['payroll-per-employee', 'split-many-to-one'] });
      for (let i = 0; i < lines.length; i++) charge(S, 'main', 27, -2500, 'Transfer charge', 'charge');
    },
    channels: (S) => {
      // Moniepoint POS terminals: settlements net of 0.5% (capped N100) per day per terminal; books one gross row per day
      for (const day of [3, 7, 10, 14, 17, 21, 24, 28]) {
        const tids = day % 2 ? ['2MPT1A2B', '2MPT7C9D'] : ['2MPT1A2B'];
        const grossEach = tids.map(() => round100(ri(8000000, 45000000)));
        const lines = tids.map((t, k) => {
          const fee = Math.min(10000, Math.round(grossEach[k] * 0.005)) * ri(20, 60);
          return B(
            S,
            'main',
            day + 1 > 30 ? 30 : day + 1,
            grossEach[k] - fee,
            `POS settlement TID ${t} ${pad(day)}/04`,
          );
        });
        const booked =
          day === 24
            ? null
            : L(
                S,
                'main',
                day,
                grossEach.reduce((s, x) => s + x, 0),
                {
                  type: 'Journal Entry',
                  docNo: `ACC-JV-2026-${pad(60 + day, 5)}`,
                  against2: 'Sales - POS - AFC',
                  desc: `POS takings ${pad(day)}/04/2026`,
                },
              );
        if (booked)
          T(S, lines, 'match', [booked], {
            evidence: 'amount',
            traits: [
              'pos-settlement',
              'short-net-of-fee',
              'settled-next-day',
              ...(lines.length > 1 ? ['split-many-to-one'] : []),
            ],
          });
        else
          for (const b of lines)
            T(S, [b], 'no-counterpart', [], { evidence: 'amount', traits: ['pos-settlement', 'unrecorded-receipt'] });
      }
      // Paystack settlement, fee booked separately
      for (const day of [6, 13, 20, 27]) {
        const gross = round100(ri(20000000, 90000000));
        const fee = Math.min(200000, Math.round(gross * 0.015) + 10000);
        const b = B(
          S,
          'main',
          day,
          gross - fee,
          `Transfer from PAYSTACK PAYMENTS LTD | Settlement PSTK_${ri(100000, 999999)}`,
          { party: 'PAYSTACK PAYMENTS LTD' },
        );
        const l1 = L(S, 'main', day - 1, gross, {
          type: 'Journal Entry',
          docNo: `ACC-JV-2026-${pad(70 + day, 5)}`,
          against2: 'Online sales - AFC',
          desc: 'Paystack online orders',
        });
        if (day !== 27) {
          const l2 = L(S, 'main', day - 1, -fee, {
            type: 'Journal Entry',
            docNo: `ACC-JV-2026-${pad(70 + day, 5)}`,
            against2: 'Payment gateway fees - AFC',
            desc: 'Paystack fees',
          });
          T(S, [b], 'match', [l1, l2], {
            evidence: 'counterparty',
            traits: ['gateway-settlement', 'net-of-fee-fee-booked-separately'],
          });
        } else
          T(S, [b], 'match', [l1], { evidence: 'counterparty', traits: ['gateway-settlement', 'short-net-of-fee'] });
      }
      // own-account transfer to the GTBank account
      for (const day of [11, 25]) {
        const amt = -round100(ri(50000000, 150000000));
        const b = B(S, 'main', day, amt, 'Transfer to ADUNNI FOODS & CATERING LTD | fund GTB');
        const l = L(S, 'main', day, amt, {
          type: 'Journal Entry',
          docNo: `ACC-JV-2026-${pad(110 + day, 5)}`,
          against2: 'GTBank Current - AFC',
          desc: 'Transfer Moniepoint to GTB',
        });
        T(S, [b], 'match', [l], { evidence: 'counterparty', traits: ['own-account-transfer'] });
        charge(S, 'main', day, -5000, 'Transfer charge', 'charge');
      }
    },
    charges: (S) => {
      // EMTL on each inward transfer >= 10,000; SMS; 1 charge booked
      for (const b of [...S.bank])
        if (b.acct === 'main' && b.amt >= 1000000 && !/POS settlement|REVERSAL|Cash/i.test(b.narr))
          charge(S, 'main', b.day, -5000, 'Electronic Money Transfer Levy', 'levy');
      charge(S, 'main', 30, -20000, 'SMS alert charges Apr 2026', 'charge', {
        type: 'Journal Entry',
        docNo: 'ACC-JV-2026-00140',
        against2: 'Bank Charges - AFC',
        desc: 'Moniepoint SMS charges April',
      });
      charge(S, 'main', 30, -150000, 'Card maintenance fee', 'charge');
    },
  };
  return c;
}

function cfgKE() {
  const c = cfgNG();
  const cs = [
    'Naivas Limited|NAIVAS LTD',
    'Quickmart Supermarkets Ltd|QUICK MART LIMITED',
    'Java House Africa Ltd|JAVA HOUSE AFRICA',
    'Wanjiru Kamau|WANJIRU KAMAU',
    'Artcaffe Coffee and Bakery|ARTCAFFE COFFEE & BAK',
    'Kilimanjaro Foods Ltd|KILIMANJARO FOODS',
    'Carrefour Majid Al Futtaim|MAF CARREFOUR KENYA',
  ];
  const ss = [
    'Bidco Africa Ltd|BIDCO AFRICA',
    'Kenya Power and Lighting|KPLC',
    'Nairobi Water Co|NAIROBI CITY WATER',
    'Unga Ltd|UNGA LIMITED',
    'Mwangi Transporters|MWANGI TRANSPORTERS',
  ];
  const mk = (s) =>
    s.map((x) => {
      const [l, b] = x.split('|');
      return person(l, l, b);
    });
  Object.assign(c, {
    wallet: walletKE,
    set: 'ke-im-mpesa-wave',
    country: 'KE',
    currency: 'KES',
    timezone: 'Africa/Nairobi',
    year: 2026,
    month: 5,
    small: 1500000,
    big: 60000000,
    invStart: 1042,
    billStart: 310,
    cheques: true,
    chequeStart: 100231,
    whtPct: 2 / 1.16,
    whtTrait: 'short-withholding-vat-2pct',
    multiInvoiceOneRow: false,
    customers: mk(cs),
    suppliers: mk(ss),
    cnWord: 'CRN',
    nReceipts: 28,
    strangers: mk(['?|PETER OCHIENG', '?|AMINA HASSAN', '?|KARIUKI & SONS']),
    strangerSuppliers: mk(['?|NAIROBI COUNTY PARKING', '?|JUMIA KENYA']),
    inv: (n) => ({ prefix: 'INV', year: null, serial: n, width: 4, canon: `INV-${n}` }),
    bill: (n) => ({ canon: `BILL-${n}`, serial: n }),
    cn: (n) => `CN-${n}`,
    credit: (cust, ref, how) =>
      how === 'none'
        ? `PESALINK CR ${ri(1e8, 9e8)}`
        : `${pick(['RTGS CR', 'PESALINK CR', 'EFT CR'])} ${cust.bank}${ref ? ' ' + ref : ''}`,
    debit: (sup, bill) =>
      `${pick(['PESALINK DR', 'EFT DR', 'RTGS DR'])} ${sup.bank}${bill ? ' ' + (chance(0.5) ? bill.canon : 'bill ' + bill.serial) : ''}`,
    reversal: (sup, bill) => `RETURNED EFT ${sup.bank} ${bill.canon} A/C CLOSED`,
    receiptBook: (cust, inv, more, note) => ({
      type: 'Invoice Payment',
      docNo: String(ri(100000, 999999)),
      party: cust.legal,
      ref: inv.canon.replace('INV-', ''),
      desc: `Payment for invoice #${inv.canon.replace('INV-', '')}${note ? ' - ' + note : ''}`,
      other: 'Accounts Receivable',
    }),
    paymentBook: (sup, bill) => ({
      type: 'Bill Payment',
      docNo: String(ri(100000, 999999)),
      party: sup.legal,
      ref: bill.canon,
      desc: `Payment for bill ${bill.canon}`,
      other: 'Accounts Payable',
    }),
    chequeBook: (sup, no) => ({
      type: 'Bill Payment',
      docNo: String(ri(100000, 999999)),
      party: sup.legal,
      ref: 'chq ' + no,
      desc: `Cheque ${no} ${sup.legal}`,
      other: 'Accounts Payable',
    }),
    chequeText: (no) => `CHQ PAID ${no}`,
    statutory: [
      ['KRA PAYE', 18765400, '2026040012345678'],
      ['SHIF and NSSF', 6543200, null],
      ['KRA VAT', 25432100, '2026040098765432'],
    ],
    statText: (name, ref) => (ref ? `KRA TAX PAYMENT PRN ${ref}` : 'EFT DR SHA SHIF CONTRIB APR26 + NSSF'),
    statBook: (name, ref) => ({
      type: 'Journal Entry',
      docNo: String(ri(100000, 999999)),
      ref: ref ? 'PRN ' + ref : '',
      desc: `${name} April 2026`,
      other: name.includes('VAT') ? 'VAT Payable' : 'Payroll Liabilities',
    }),
    cashText: (i) => ['CASH DEPOSIT TILL 3', 'CSH DEP BY JOHN', 'CASH DEPOSIT'][i],
    cashBook: (i) => ({
      type: 'Journal Entry',
      docNo: String(ri(100000, 999999)),
      desc: ['Cash sales banked', 'Cash banked', 'Shop cash banked'][i],
      other: 'Cash on Hand',
    }),
    transferFee: (S, day) => {
      charge(S, 'main', day, -5500, 'PESALINK CHARGE', 'charge');
      charge(S, 'main', day, -880, 'EXCISE DUTY ON CHARGES', 'tax');
    },
    payroll: (S) => {
      const amt = -round100(ri(180000000, 260000000));
      const b = B(S, 'main', 28, amt, 'BULK PAYMENT SALARIES MAY26 BATCH 0526');
      const l = L(S, 'main', 28, amt, {
        type: 'Journal Entry',
        docNo: '884201',
        desc: 'Net salaries May 2026',
        other: 'Salaries Payable',
      });
      T(S, [b], 'match', [l], { evidence: 'amount', traits: ['payroll-batch'] });
      charge(S, 'main', 28, -150000, 'BULK PAYMENT FEE', 'charge');
    },
    channels: (S) => {
      for (const day of [4, 9, 12, 16, 19, 23, 26, 30]) {
        const gross = round100(ri(3000000, 20000000));
        const fee = Math.round(gross * 0.0125);
        const b = B(S, 'main', day, gross - fee, `MERCHANT SETTLEMENT MID 0093${ri(1000, 9999)} ${pad(day - 1)}/05`);
        if (day % 3) {
          const l = L(S, 'main', day - 1, gross - fee, {
            type: 'Journal Entry',
            docNo: String(ri(100000, 999999)),
            desc: 'Card sales net',
            other: 'Sales',
          });
          T(S, [b], 'match', [l], { evidence: 'amount', traits: ['pos-settlement', 'booked-net'] });
        } else {
          const l = L(S, 'main', day - 1, gross, {
            type: 'Journal Entry',
            docNo: String(ri(100000, 999999)),
            desc: 'Card sales',
            other: 'Sales',
          });
          T(S, [b], 'match', [l], {
            evidence: 'amount',
            traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
          });
        }
      }
      for (const day of [7, 14, 21, 28]) {
        const amt = round100(ri(6000000, 15000000));
        const b = B(S, 'main', day, amt, `MPESA B2B SETTLEMENT 4087${pad(ri(10, 99))} ${'S' + ri(1e8, 9e8)}`);
        const l = L(S, 'main', day, amt, {
          type: 'Transfer',
          docNo: String(ri(100000, 999999)),
          desc: 'Transfer from M-PESA Paybill',
          other: 'M-PESA Paybill 408712',
        });
        T(S, [b], 'match', [l], { evidence: 'amount', traits: ['wallet-sweep'] });
      }
      const ins = -4500000;
      let first;
      for (const [day, narr] of [
        [2, 'DEBIT ORDER JUBILEE INSURANCE POL 88123'],
        [3, 'DEBIT ORDER RETURNED JUBILEE INSURANCE'],
        [5, 'STANDING ORDER NCBA ASSET FINANCE KCE 123Z'],
      ]) {
        const amt = day === 3 ? -ins : day === 5 ? -8765400 : ins;
        const b = B(S, 'main', day, amt, narr);
        if (day === 2) {
          first = b;
          const l = L(S, 'main', 2, ins, {
            type: 'Expense',
            docNo: '700112',
            party: 'Jubilee Insurance',
            desc: 'Motor insurance May',
            other: 'Insurance',
          });
          S.ledgerOnly.push([l, 'debit order returned unpaid: the book entry still stands']);
        } else if (day === 3) {
          T(S, [first], 'reversal-pair', [], { traits: ['debit-order'], partner: b });
          T(S, [b], 'reversal-pair', [], { traits: ['debit-order', 'reversal'], partner: first });
        } else {
          const l = L(S, 'main', 5, amt, {
            type: 'Expense',
            docNo: '700113',
            party: 'NCBA Bank',
            desc: 'Vehicle loan instalment KCE 123Z',
            other: 'Loan - NCBA',
          });
          T(S, [b], 'match', [l], { evidence: 'reference', traits: ['debit-order'] });
        }
      }
    },
    charges: (S) => {
      charge(S, 'main', 31, -100000, 'LEDGER FEE MAY 2026', 'charge', {
        type: 'Expense',
        docNo: '700190',
        desc: 'I&M ledger fee',
        other: 'Bank Service Charges',
      });
      charge(S, 'main', 31, -16000, 'EXCISE DUTY', 'tax');
      charge(S, 'main', 31, -30000, 'SMS ALERT FEE', 'charge');
      for (const b of [...S.bank])
        if (/CHQ PAID/.test(b.narr)) charge(S, 'main', b.day, -25000, 'CHQ PROCESSING FEE', 'charge');
    },
  });
  return c;
}

function walletKE(S) {
  const W = 'wallet';
  const payers = [
    '254712***345 - JOHN KAMAU',
    '254722***901 - MERCY WANJIKU',
    '254733***118 - OTIENO ODHIAMBO',
    '254701***552 - FATUMA ALI',
    '254795***210 - KEVIN MUTUA',
    '254708***674 - GLADYS CHEBET',
  ];
  const names = {
    'JOHN KAMAU': 'John Kamau (Kamau Minimart)',
    'MERCY WANJIKU': 'Mercy Wanjiku',
    'OTIENO ODHIAMBO': 'Otieno Odhiambo',
    'FATUMA ALI': 'Fatuma Ali Shop',
    'KEVIN MUTUA': 'Kevin Mutua',
    'GLADYS CHEBET': 'Chebet General Stores',
  };
  let inv = 1300;
  for (let i = 0; i < 22; i++) {
    const p = pick(payers);
    const nm = p.split(' - ')[1];
    const amt = round100(ri(50000, 4500000));
    const day = ri(1, 31);
    const n = inv++;
    const typed = pick([
      `INV${n}`,
      `inv ${n}`,
      `${n}`,
      'PAYMENT',
      nm.split(' ')[0],
      `0${ri(700, 799)}${ri(100000, 999999)}`,
    ]);
    const isRef = typed.includes(String(n));
    const b = B(S, W, day, amt, `Pay Bill from ${p} Acc. ${typed}`, { party: p, acNo: typed, reason: 'Pay Bill' });
    if (i >= 20) {
      T(S, [b], 'no-counterpart', [], { evidence: 'counterparty', traits: ['unrecorded-receipt'] });
      continue;
    }
    const l = L(S, W, lateDay(day, 2), amt, {
      type: 'Invoice Payment',
      docNo: String(ri(100000, 999999)),
      party: names[nm],
      ref: String(n),
      desc: `Payment for invoice #${n} via M-PESA ${b.receipt ?? ''}`.trim(),
      other: 'Accounts Receivable',
    });
    T(S, [b], 'match', [l], {
      evidence: isRef ? 'reference' : 'counterparty',
      traits: [
        isRef ? 'mpesa-account-typed' : /^0\d/.test(typed) ? 'paybill-wrong-account' : 'name-only',
        ...(l.day > day ? ['late-posting'] : []),
      ],
    });
    if (amt > 100000) charge(S, W, day, -Math.min(20000, Math.round(amt * 0.0055)), 'Pay Bill Charge', 'charge');
  }
  for (const m of S.bank.filter((b) => b.acct === 'main' && /MPESA B2B SETTLEMENT/.test(b.narr))) {
    const w = B(S, W, m.day - (m.day % 2 ? 0 : 1), -m.amt, 'Business Payment to Bank - I&M BANK LIMITED via API', {
      party: '57 - I&M BANK LIMITED',
      acNo: '0082011922',
      reason: 'Business Pay Bill to Bank',
    });
    const l = L(S, W, m.day, -m.amt, {
      type: 'Transfer',
      docNo: String(ri(100000, 999999)),
      desc: 'Transfer to I&M Bank',
      other: 'I&M Current',
    });
    T(S, [w], 'match', [l], {
      evidence: 'counterparty',
      traits: ['wallet-sweep', ...(w.day < m.day ? ['booked-after-bank-date'] : [])],
    });
    charge(S, W, w.day, -ri(2000, 3400), 'Business Pay Bill to Bank Charge', 'charge');
  }
}

function walletGH(S) {
  const W = 'wallet';
  const payers = [
    ['233244***118', 'AKUA MENSAH', 'Akua Mensah Provisions'],
    ['233554***902', 'KWESI APPIAH', 'Kwesi Appiah'],
    ['233245***310', 'ADWOA FOSU', 'Adwoa Fosu Pharmacy'],
    ['233598***771', 'IBRAHIM MOHAMMED', 'Ibrahim Mohammed'],
    ['233243***450', 'ESI QUAYE', 'Esi Quaye Ent.'],
  ];
  let inv = 103300;
  for (let i = 0; i < 16; i++) {
    const [no, nm, legal] = pick(payers);
    const amt = round100(ri(5000, 300000));
    const day = ri(1, 29);
    const n = inv++;
    const ref = pick([`PS-INV${n}`, `inv${n}`, `${n}`, '', 'payment', nm.split(' ')[0].toLowerCase()]);
    const isRef = ref.includes(String(n));
    const b = B(S, W, day, amt, 'PAYMENT_RECEIVED', { party: nm, partyAcct: no, momoRef: ref });
    if (i >= 14) {
      T(S, [b], 'no-counterpart', [], { evidence: 'counterparty', traits: ['unrecorded-receipt'] });
      continue;
    }
    const l = L(S, W, lateDay(day, 2), amt, {
      type: 'Payment',
      docNo: `G-RCPT${ri(10000, 99999)}`,
      ext: isRef ? `PS-INV${n}` : '',
      party: legal,
      desc: `MoMo receipt ${legal}`,
    });
    T(S, [b], 'match', [l], {
      evidence: isRef ? 'reference' : 'counterparty',
      traits: [isRef ? 'ref-in-momo-ref' : 'name-only', ...(l.day > day ? ['late-posting'] : [])],
    });
  }
  // two days' small walk-in payments booked as one daily total
  for (const day of [8, 22]) {
    const ls = [0, 1, 2].map(() => {
      const [no, nm] = pick(payers);
      return B(S, W, day, round100(ri(2000, 20000)), 'PAYMENT_RECEIVED', { party: nm, partyAcct: no, momoRef: '' });
    });
    const l = L(
      S,
      W,
      day,
      ls.reduce((s, b) => s + b.amt, 0),
      { type: 'Payment', docNo: `G-RCPT${ri(10000, 99999)}`, ext: '', desc: `MoMo walk-in sales ${day}/06` },
    );
    T(S, ls, 'match', [l], { evidence: 'amount', traits: ['split-many-to-one', 'daily-total-booked'] });
  }
}

function cfgGH() {
  const c = cfgKE();
  const mk = (s) =>
    s.map((x) => {
      const [l, b] = x.split('|');
      return person(l, l, b);
    });
  Object.assign(c, {
    wallet: walletGH,
    nReceipts: 34,
    nSuppliers: 10,
    set: 'gh-zenith-momo-bc',
    country: 'GH',
    currency: 'GHS',
    timezone: 'Africa/Accra',
    year: 2026,
    month: 6,
    small: 80000,
    big: 4500000,
    invStart: 103045,
    billStart: 108120,
    cheques: true,
    chequeStart: 400512,
    whtPct: 3,
    whtTrait: 'short-withholding-tax-3pct',
    multiInvoiceOneRow: false,
    customers: mk([
      'Melcom Limited|MELCOM LTD',
      'Shoprite Ghana Ltd|SHOPRITE GH',
      'Kasapreko Company Ltd|KASAPREKO CO',
      'Kwame Asante Enterprise|K ASANTE ENT',
      'Ernest Chemists Ltd|ERNEST CHEMISTS',
      'Koala Shopping Centre|KOALA SHOPPING',
      'Palace Hypermarket|PALACE HYPERMARKET',
    ]),
    suppliers: mk([
      'Unilever Ghana Plc|UNILEVER GHANA',
      'ECG Prepaid|ELECTRICITY CO OF GH',
      'Ghana Water Ltd|GHANA WATER',
      'Dzorwulu Printing Press|DZORWULU PRINTING',
      'Nyarko Logistics|NYARKO LOGISTICS',
    ]),
    strangers: mk(['?|KOFI MENSAH', '?|ABENA OWUSU', '?|YAW BOATENG TRADING']),
    strangerSuppliers: mk(['?|ACCRA METRO ASSEMBLY', '?|TONAAS VENTURES']),
    inv: (n) => ({ prefix: 'PS-INV', year: null, serial: n, width: 6, canon: `PS-INV${n}`, sep: '' }),
    bill: (n) => ({ canon: `PP-INV${n}`, serial: n }),
    cn: (n) => `PS-CR${104000 + n}`,
    cnWord: 'CR',
    credit: (cust, ref, how) =>
      how === 'none'
        ? `GIP INWARD ${ri(1e9, 9e9)}`
        : `${pick(['GIP INWARD FRM', 'ACH CR', 'INWARD TRF'])} ${cust.bank}${ref ? ' ' + ref : ''}`,
    debit: (sup, bill) =>
      `${pick(['GIP OUTWARD TO', 'ACH DR'])} ${sup.bank}${bill ? ' ' + (chance(0.5) ? bill.canon : 'inv ' + bill.serial) : ''}`,
    reversal: (sup, bill) => `REV GIP OUTWARD ${sup.bank} ${bill.canon} FAILED`,
    receiptBook: (cust, inv, more, note) => ({
      type: 'Payment',
      docNo: `G-RCPT${ri(10000, 99999)}`,
      ext: inv.canon,
      party: cust.legal,
      desc: `Payment ${cust.legal}${note ? ' ' + note : ''}`,
    }),
    paymentBook: (sup, bill) => ({
      type: 'Payment',
      docNo: `G-PMT${ri(10000, 99999)}`,
      ext: bill.canon,
      party: sup.legal,
      desc: `Payment ${sup.legal}`,
    }),
    chequeBook: (sup, no) => ({
      type: 'Payment',
      docNo: `G-PMT${ri(10000, 99999)}`,
      ext: String(no),
      party: sup.legal,
      desc: `Chq ${no} ${sup.legal}`,
    }),
    chequeText: (no) => `CLEARING CHQ ${no}`,
    statutory: [
      ['SSNIT', 1876540, 'SSNIT-MAY26'],
      ['GRA PAYE', 2543210, 'GRA PAYE MAY26'],
      ['GRA VAT', 3321000, null],
    ],
    statText: (name, ref) =>
      ref ? `ACH DR ${name.includes('SSNIT') ? 'SSNIT' : 'GRA'} ${ref}` : 'GRA TAX PAYMENT VAT/NHIL/GETFUND',
    statBook: (name, ref) => ({
      type: 'Payment',
      docNo: `G-PMT${ri(10000, 99999)}`,
      ext: ref ?? '',
      desc: `${name} May 2026`,
    }),
    cashText: (i) => ['CASH DEP BY KWAKU', 'CASH DEPOSIT', 'CSH DEP SPINTEX BR'][i],
    cashBook: (i) => ({
      type: '',
      docNo: `G-JNL${200 + i}`,
      desc: ['Cash banked', 'Cash sales banked', 'Cash banked Spintex'][i],
    }),
    transferFee: (S, day) => charge(S, 'main', day, -500, 'GIP TRANSFER FEE', 'charge'),
    payroll: (S) => {
      const staff = ['Ama Serwaa', 'Kojo Annan', 'Efua Mensah', 'Yaw Darko', 'Akosua Boakye'];
      const ls = staff.map((n) =>
        L(S, 'main', 26, -round100(ri(250000, 900000)), {
          type: 'Payment',
          docNo: `G-PMT${ri(10000, 99999)}`,
          party: n,
          desc: `Salary June 2026 ${n}`,
        }),
      );
      const b = B(
        S,
        'main',
        26,
        ls.reduce((s, l) => s + l.amt, 0),
        'ACH DR SALARY BATCH JUN26',
      );
      T(S, [b], 'match', ls, {
        evidence: 'amount',
        traits: ['payroll-batch', 'payroll-per-employee-ledger', 'split-one-to-many'],
      });
    },
    channels: (S) => {
      for (const day of [5, 12, 19, 26]) {
        const amt = round100(ri(300000, 800000));
        const fee = Math.min(1000, Math.round(amt * 0.005));
        const w = B(S, 'wallet', day, -amt - fee, 'TRANSFER', {
          party: 'ZENITH BANK GHANA',
          partyAcct: '6010******4321',
          momoRef: 'sweep to zenith',
          fee,
          gross: amt,
        });
        const b = B(S, 'main', day, amt, `MOMO TO BANK MTN ${ri(1e9, 9e9)}`);
        const lw = L(S, 'wallet', day, -amt, {
          type: 'Bank Transfer',
          docNo: `G-TRF${day}`,
          desc: 'Sweep MoMo to Zenith',
        });
        const lb = L(S, 'main', day, amt, {
          type: 'Bank Transfer',
          docNo: `G-TRF${day}`,
          desc: 'Sweep MoMo to Zenith',
        });
        T(S, [b], 'match', [lb], { evidence: 'amount', traits: ['wallet-sweep', 'momo-to-bank'] });
        T(S, [w], 'match', [lw], {
          evidence: 'counterparty',
          traits: ['wallet-sweep', 'fee-in-fee-column', 'short-net-of-fee'],
        });
      }
    },
    charges: (S) => {
      for (const b of [...S.bank])
        if (b.acct === 'main' && b.amt >= 1000000 && /^(GIP INWARD|ACH CR|INWARD TRF)/.test(b.narr))
          charge(S, 'main', b.day, -200, 'INWARD TRANSFER COMM', 'charge');
      for (const b of [...S.bank])
        if (/CLEARING CHQ/.test(b.narr)) charge(S, 'main', b.day, -1000, 'CHQ CLEARING COMM', 'charge');
      charge(S, 'main', 30, -5000, 'MONTHLY MAINTENANCE FEE', 'charge', {
        type: '',
        docNo: 'G-JNL230',
        desc: 'Bank charges June',
      });
      charge(S, 'main', 30, -750, 'SMS ALERT CHARGES', 'charge');
      const b = B(S, 'main', 30, 123456, 'CREDIT INTEREST JUN 2026');
      T(S, [b], 'bank-only', [], { kind: 'interest' });
      const wt = B(S, 'main', 30, -9877, 'WHT ON CREDIT INTEREST');
      T(S, [wt], 'bank-only', [], { kind: 'tax' });
    },
  });
  return c;
}

function cfgZA() {
  const c = cfgKE();
  const mk = (s) =>
    s.map((x) => {
      const [l, b] = x.split('|');
      return person(l, l, b);
    });
  Object.assign(c, {
    wallet: null,
    nReceipts: 52,
    nSuppliers: 14,
    set: 'za-investec-sagebc',
    country: 'ZA',
    currency: 'ZAR',
    timezone: 'Africa/Johannesburg',
    year: 2026,
    month: 7,
    small: 250000,
    big: 9000000,
    invStart: 217,
    billStart: 88,
    cheques: false,
    whtPct: 0,
    whtTrait: 'short-payer-bank-charge',
    multiInvoiceOneRow: true,
    customers: mk([
      'Woolworths (Pty) Ltd|WOOLWORTHS',
      'Dlamini Catering cc|DLAMINI CATERING',
      'Spar Rondebosch|SPAR RONDEBOSCH',
      'Thandi van der Merwe|T VD MERWE',
      'Ocean Basket Franchising|OCEAN BASKET',
      'Nando’s Group Holdings|NANDOS SA',
      'Pick n Pay Retailers|PNP RETAILERS',
    ]),
    suppliers: mk([
      'City of Cape Town|CITY OF CPT',
      'Makro SA|MAKRO',
      'Bidvest Foodservice|BIDVEST FOODSERVICE',
      'Vodacom (Pty) Ltd|VODACOM',
      'Pieterse Vervoer|PIETERSE VERVOER',
    ]),
    strangers: mk(['?|S NAIDOO', '?|KHUMALO PROPERTIES', '?|J BOTHA']),
    strangerSuppliers: mk(['?|ENGEN GARAGE', '?|TAKEALOT']),
    inv: (n) => ({ prefix: 'SI', year: null, serial: n, width: 4, canon: `SI-${pad(n, 4)}` }),
    bill: (n) => ({ canon: `PI-${pad(n, 4)}`, serial: n }),
    cn: (n) => `SC-${pad(n, 4)}`,
    cnWord: 'cred note',
    credit: (cust, ref, how) =>
      how === 'none'
        ? `Deposit ${ri(100000, 999999)}`
        : `${pick(['Credit transfer', 'Magtape credit', 'RTC credit'])} ${cust.bank}${ref ? ' ' + ref : ''}`,
    debit: (sup, bill) =>
      `${pick(['Payment to', 'Online transfer to', 'Real-time payment'])} ${sup.bank}${bill ? ' ' + (chance(0.5) ? bill.canon : 'inv ' + bill.serial) : ''}`,
    reversal: (sup, bill) => `Unpaid payment ${sup.bank} ${bill.canon} invalid account`,
    receiptBook: (cust, inv, more, note) => ({
      type: 'Customer Receipt',
      ref: inv.canon + (more ? ', ' + more.map((m) => m.canon).join(', ') : ''),
      party: cust.legal,
      desc: `Receipt${note ? ' - ' + note : ''}`,
    }),
    paymentBook: (sup, bill) => ({ type: 'Supplier Payment', ref: bill.canon, party: sup.legal, desc: 'Payment' }),
    statutory: [
      ['SARS EMP201', 4321000, 'EMP201 2026/06'],
      ['SARS VAT201', 7654300, 'VAT201 2026/06'],
      ['UIF/SDL', 0, null],
    ].filter((x) => x[1]),
    statText: (name) => `SARS eFiling ${name.split(' ')[1]} ${pick(['7010', '4020'])}${ri(100000, 999999)}`,
    statBook: (name, ref) => ({ type: 'Journal', ref: ref ?? '', desc: `${name} June 2026` }),
    cashText: (i) => ['Cash deposit', 'ATM cash deposit', 'Cash deposit Claremont'][i],
    cashBook: (i) => ({ type: 'Other Receipt', ref: `CASH${i + 1}`, desc: 'Cash takings banked' }),
    cashFee: (S, day) => S.feeLines.push(B(S, 'main', day, -ri(3000, 9000), 'Cash deposit fee')),
    transferFee: (S, day) => {
      if (chance(0.5)) S.feeLines.push(B(S, 'main', day, -ri(500, 1200), 'Electronic payment fee'));
    },
    payroll: (S) => {
      const amt = -round100(ri(25000000, 40000000));
      const b = B(S, 'main', 25, amt, 'Payment batch SALARIES JUL26');
      const l = L(S, 'main', 25, amt, { type: 'Journal', ref: 'JNL-SAL-07', desc: 'Net salaries July 2026' });
      T(S, [b], 'match', [l], { evidence: 'amount', traits: ['payroll-batch'] });
    },
    channels: (S) => {
      for (const day of [2, 6, 9, 13, 16, 20, 23, 27, 30]) {
        const gross = round100(ri(400000, 2500000));
        const fee = Math.round(gross * 0.0295);
        const b = B(S, 'main', day, gross - fee, `YOCO PAYOUT ${ri(10000000, 99999999)}`);
        if (day === 30) {
          T(S, [b], 'no-counterpart', [], { traits: ['gateway-settlement', 'unrecorded-receipt'] });
          continue;
        }
        if (day % 2) {
          const l = L(S, 'main', day - 1, gross - fee, {
            type: 'Other Receipt',
            ref: 'YOCO',
            desc: 'Card sales (net)',
          });
          T(S, [b], 'match', [l], { evidence: 'counterparty', traits: ['gateway-settlement', 'booked-net'] });
        } else {
          const l1 = L(S, 'main', day - 1, gross, { type: 'Other Receipt', ref: 'YOCO', desc: 'Card sales' });
          const l2 = L(S, 'main', day - 1, -fee, { type: 'Other Payment', ref: 'YOCO', desc: 'Yoco fees' });
          T(S, [b], 'match', [l1, l2], {
            evidence: 'counterparty',
            traits: ['gateway-settlement', 'net-of-fee-fee-booked-separately'],
          });
        }
      }
      let first;
      for (const [day, narr, amt] of [
        [1, 'Debit order DISCOVERY INS 4412098', -389000],
        [3, 'Unpaid debit order DISCOVERY INS 4412098', 389000],
        [1, 'Debit order WESBANK VEH FIN', -1245600],
        [15, 'Debit order TELKOM 0214479900', -149900],
      ]) {
        const b = B(S, 'main', day, amt, narr);
        if (day === 1 && amt === -389000) {
          first = b;
          const l = L(S, 'main', 1, amt, {
            type: 'Other Payment',
            ref: 'DO',
            party: 'Discovery Insure',
            desc: 'Vehicle insurance',
          });
          S.ledgerOnly.push([l, 'debit order returned unpaid: the book entry still stands']);
        } else if (day === 3) {
          T(S, [first], 'reversal-pair', [], { traits: ['debit-order'], partner: b });
          T(S, [b], 'reversal-pair', [], { traits: ['debit-order', 'reversal'], partner: first });
        } else {
          const l = L(S, 'main', day, amt, {
            type: 'Other Payment',
            ref: 'DO',
            party: narr.split(' ')[2],
            desc: 'Debit order',
          });
          T(S, [b], 'match', [l], { evidence: 'counterparty', traits: ['debit-order'] });
        }
      }
      for (const day of [10, 24]) {
        const amt = day === 10 ? -5000000 : 2000000;
        const b = B(
          S,
          'main',
          day,
          amt,
          day === 10 ? 'Transfer to Investec Call Account' : 'Transfer from Investec Call Account',
        );
        const l = L(S, 'main', day, amt, { type: 'Bank Transfer', ref: 'TRF', desc: 'Own transfer call account' });
        T(S, [b], 'match', [l], { evidence: 'counterparty', traits: ['own-account-transfer'] });
      }
    },
    charges: (S) => {
      S.feeLines.push(B(S, 'main', 31, -35000, 'Monthly account fee'));
      S.feeLines.push(B(S, 'main', 31, -4500, 'Notification fees'));
      // the fees up to the 25th (the statement the bookkeeper printed) booked as one journal; later fees not booked
      const early = S.feeLines.filter((b) => b.day <= 25);
      const late = S.feeLines.filter((b) => b.day > 25);
      const l = L(
        S,
        'main',
        26,
        early.reduce((s, b) => s + b.amt, 0),
        { type: 'Journal', ref: 'JNL-BC-07', desc: 'Bank charges 1-25 July 2026 per statement' },
      );
      T(S, early, 'match', [l], {
        evidence: 'amount',
        traits: ['bank-charge-booked', 'charges-booked-as-one-journal', 'split-many-to-one'],
      });
      for (const b of late) T(S, [b], 'bank-only', [], { kind: 'charge' });
      const i = B(S, 'main', 31, ri(20000, 60000), 'Credit interest');
      T(S, [i], 'bank-only', [], { kind: 'interest' });
    },
  });
  return c;
}

// ================================================================== writers
const dmy = (S, d, sep = '/') => `${pad(d)}${sep}${pad(S.cfg.month)}${sep}${S.cfg.year}`;
const dMonY = (S, d) => `${pad(d)}-${MON[S.cfg.month - 1]}-${S.cfg.year}`;
function mkClock() {
  let d = -1,
    t = 0;
  return (day) => {
    if (day !== d) {
      d = day;
      t = 7 * 3600 + ri(0, 3000);
    } else t += ri(300, 2400);
    t = Math.min(t, 23 * 3600 + 3599);
    return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
  };
}
const tod = () => `${pad(ri(7, 20))}:${pad(ri(0, 59))}:${pad(ri(0, 59))}`;
const randId = (n, abc = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') =>
  Array.from({ length: n }, () => abc[Math.floor(rnd() * abc.length)]).join('');

function orderBank(S, acct, opening) {
  const ls = S.bank.filter((b) => b.acct === acct).sort((a, b) => a.day - b.day || a.seq - b.seq);
  let bal = opening;
  for (const b of ls) {
    bal += b.amt;
    b.balance = bal;
    b.date = iso(S, b.day);
  }
  return { ls, closing: bal };
}
function finishBank(b, file, row, text, json) {
  Object.assign(b, { file, row, text });
  b.json = { narration: text, reference: null, counterparty: null, ...json };
}

function bankMoniepoint(S, file, opening) {
  const clk = mkClock();
  const { ls, closing } = orderBank(S, 'main', opening);
  const rows = [
    ['Moniepoint MFB - Business Account Statement'],
    ['Account Name', 'ADUNNI FOODS & CATERING LTD'],
    ['Account Number', '6012348418'],
    ['Statement Period', `${dmy(S, 1)} - ${dmy(S, 30)}`],
    ['Opening Balance', grp(opening)],
    ['Closing Balance', grp(closing)],
    [],
    ['Date', 'Narration', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  for (const b of ls) {
    const ref = 'MFDS' + randId(14, '0123456789');
    rows.push([
      `${dmy(S, b.day)} ${clk(b.day)}`,
      b.narr,
      ref,
      b.amt < 0 ? grp(b.amt) : '',
      b.amt > 0 ? grp(b.amt) : '',
      grp(b.balance),
    ]);
    finishBank(b, file, rows.length, b.narr, { reference: ref, balance: dec(b.balance) });
  }
  return { content: csv(rows), headerRow: 8, closing, meta: { bank: 'Moniepoint MFB', readOptions: {} } };
}
function bankIM(S, file, opening) {
  const { ls, closing } = orderBank(S, 'main', opening);
  const rows = [
    ['I&M Bank Limited - Account Statement'],
    ['Customer Name:', 'KILELE FRESH PRODUCE LTD'],
    ['Account No:', '00820*****01'],
    ['Currency:', 'KES'],
    ['Period:', `${dMonY(S, 1)} to ${dMonY(S, 31)}`],
    [],
    ['Txn Date', 'Value Date', 'Description', 'Cheque No', 'Debit', 'Credit', 'Balance'],
    ['', '', 'Opening Balance', '', '', '', grp(opening)],
  ];
  for (const b of ls) {
    const chq = (b.narr.match(/CHQ PAID (\d+)/) ?? [])[1] ?? '';
    rows.push([
      dMonY(S, b.day),
      dMonY(S, b.day),
      b.narr,
      chq,
      b.amt < 0 ? grp(b.amt) : '',
      b.amt > 0 ? grp(b.amt) : '',
      grp(b.balance),
    ]);
    finishBank(b, file, rows.length, b.narr, { reference: chq || null, balance: dec(b.balance) });
  }
  rows.push(['', '', 'Closing Balance', '', '', '', grp(closing)]);
  return { content: csv(rows), headerRow: 7, closing, meta: { bank: 'I&M Bank Kenya', readOptions: {} } };
}
function bankMpesa(S, file, opening) {
  const clk = mkClock();
  const { ls, closing } = orderBank(S, 'wallet', opening);
  const rows = [
    ['Account Holder:', 'KILELE FRESH PRODUCE LTD'],
    ['Short Code:', '408712'],
    ['Account Type:', 'Utility Account'],
    ['Time Period:', `01-05-2026 - 31-05-2026`],
    [],
    [
      'Receipt No.',
      'Completion Time',
      'Initiation Time',
      'Details',
      'Transaction Status',
      'Paid In',
      'Withdrawn',
      'Balance',
      'Balance Confirmed',
      'Reason Type',
      'Other Party Info',
      'Linked Transaction ID',
      'A/C No.',
    ],
  ];
  let lastRcpt = '';
  for (const b of ls) {
    const isCharge = /Charge$/.test(b.narr);
    const rc = 'SE' + pad(b.day) + randId(6);
    const t = `${b.date} ${clk(b.day)}`;
    rows.push([
      rc,
      t,
      t,
      b.narr,
      'Completed',
      b.amt > 0 ? grp(b.amt) : '',
      b.amt < 0 ? '-' + grp(b.amt) : '',
      grp(b.balance),
      'true',
      isCharge ? b.narr : (b.reason ?? ''),
      b.party ?? '',
      isCharge ? lastRcpt : '',
      b.acNo ?? '',
    ]);
    if (!isCharge) lastRcpt = rc;
    const [acc, name] = b.party ? b.party.split(' - ') : [null, null];
    finishBank(b, file, rows.length, b.narr, {
      reference: b.acNo ?? null,
      counterparty: b.party
        ? /^[\d*]{5,}$/.test(acc)
          ? { name, account: acc }
          : { name: b.party, account: null }
        : null,
      balance: dec(b.balance),
    });
  }
  return {
    content: csv(rows),
    headerRow: 6,
    closing,
    meta: { bank: 'Safaricom M-PESA (paybill 408712)', readOptions: {} },
  };
}
function bankZenithGH(S, file, opening) {
  const { ls, closing } = orderBank(S, 'main', opening);
  const rows = [
    ['ZENITH BANK (GHANA) LIMITED'],
    ['ACCOUNT NAME', 'OSU PHARMA DISTRIBUTORS LTD'],
    ['ACCOUNT NUMBER', '6010****4321'],
    ['CURRENCY', 'GHS'],
    ['PERIOD', `${dmy(S, 1)} TO ${dmy(S, 30)}`],
    [],
    ['DATE POSTED', 'VALUE DATE', 'DESCRIPTION', 'DEBIT', 'CREDIT', 'BALANCE'],
    ['', '', 'OPENING BALANCE', '', '', grp(opening)],
  ];
  for (const b of ls) {
    rows.push([
      dmy(S, b.day),
      dmy(S, b.day),
      b.narr,
      b.amt < 0 ? grp(b.amt) : '',
      b.amt > 0 ? grp(b.amt) : '',
      grp(b.balance),
    ]);
    finishBank(b, file, rows.length, b.narr, { balance: dec(b.balance) });
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', grp(closing)]);
  return {
    content: csv(rows),
    headerRow: 7,
    closing,
    meta: {
      bank: 'Zenith Bank (Ghana)',
      readOptions: {
        mapping: {
          date: 'DATE POSTED',
          valueDate: 'VALUE DATE',
          description: 'DESCRIPTION',
          moneyOut: 'DEBIT',
          moneyIn: 'CREDIT',
          balance: 'BALANCE',
        },
        currency: 'GHS',
        dateOrder: 'DMY',
      },
    },
  };
}
function bankMomo(S, file, opening) {
  const clk = mkClock();
  const { ls, closing } = orderBank(S, 'wallet', opening);
  const rows = [
    ['MTN MOBILE MONEY - MERCHANT STATEMENT'],
    ['MERCHANT', 'OSU PHARMA DISTRIBUTORS', '233302***880'],
    ['PERIOD', '01-JUN-2026 - 30-JUN-2026'],
    [
      'TRANSACTION DATE',
      'FROM ACCT',
      'FROM NAME',
      'FROM NO.',
      'TRANS. TYPE',
      'AMOUNT',
      'FEES',
      'E-LEVY',
      'BAL BEFORE',
      'BAL AFTER',
      'TO NO.',
      'TO NAME',
      'TO ACCT',
      'F_ID',
      'REF',
    ],
  ];
  for (const b of ls) {
    const before = b.balance - b.amt;
    const fid = String(ri(1e9, 9e9)) + String(ri(10, 99));
    const recv = b.amt > 0;
    const amtCell = dec(recv ? b.amt : b.gross);
    rows.push([
      `${b.date} ${clk(b.day)}`,
      recv ? b.partyAcct : '233302***880',
      recv ? b.party : 'OSU PHARMA DISTRIBUTORS',
      recv ? b.partyAcct : '233302***880',
      b.narr,
      amtCell,
      dec(b.fee ?? 0),
      '0.00',
      dec(before),
      dec(b.balance),
      recv ? '233302***880' : b.partyAcct,
      recv ? 'OSU PHARMA DISTRIBUTORS' : b.party,
      recv ? '233302***880' : b.partyAcct,
      fid,
      b.momoRef ?? '',
    ]);
    finishBank(b, file, rows.length, b.narr, {
      narration: [b.narr, b.momoRef].filter(Boolean).join(' — '),
      reference: fid,
      counterparty: { name: b.party, account: b.partyAcct },
      balance: dec(b.balance),
    });
  }
  return {
    content: csv(rows),
    headerRow: 4,
    closing,
    meta: {
      bank: 'MTN MoMo Ghana (merchant wallet)',
      readOptions: {
        mapping: {
          date: 'TRANSACTION DATE',
          amount: 'AMOUNT',
          fee: 'FEES',
          balance: 'BAL AFTER',
          // since measured blind: the reader signs an unsigned AMOUNT by a direction (see README)
          balanceBefore: 'BAL BEFORE',
          direction: 'balance',
          party: 'FROM NAME',
          description: ['TRANS. TYPE', 'REF'],
          reference: 'F_ID',
        },
        currency: 'GHS',
      },
    },
  };
}
function bankInvestec(S, file, opening) {
  const { ls, closing } = orderBank(S, 'main', opening);
  const rows = [
    [
      'Account Number',
      'Posting Date',
      'Transaction Date',
      'Description',
      'Transaction Type',
      'Debit',
      'Credit',
      'Balance',
    ],
  ];
  for (const b of ls) {
    const type = /fee|interest/i.test(b.narr)
      ? 'Fees and Interest'
      : /Debit order|Unpaid debit/.test(b.narr)
        ? 'Debit Order'
        : b.amt > 0
          ? 'Deposit'
          : 'Payment';
    const post = Math.min(31, b.day + (b.day % 6 === 5 ? 1 : 0));
    rows.push([
      '10012345678',
      dmy(S, post),
      dmy(S, b.day),
      b.narr,
      type,
      b.amt < 0 ? dec(-b.amt) : '',
      b.amt > 0 ? dec(b.amt) : '',
      dec(b.balance),
    ]);
    finishBank(b, file, rows.length, b.narr, { balance: dec(b.balance) });
  }
  return {
    content: csv(rows),
    headerRow: 1,
    closing,
    meta: {
      bank: 'Investec Private Bank (business current account)',
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          valueDate: 'Posting Date',
          description: ['Description', 'Transaction Type'],
          moneyOut: 'Debit',
          moneyIn: 'Credit',
          balance: 'Balance',
        },
        currency: 'ZAR',
        dateOrder: 'DMY',
      },
    },
  };
}

const orderLedger = (S, accts) =>
  S.ledger.filter((l) => accts.includes(l.acct)).sort((a, b) => a.day - b.day || a.seq - b.seq);
function finishLedger(S, l, file, row, j) {
  Object.assign(l, { file, row, date: iso(S, l.day) });
  l.json = j;
}

function ledgerERPNext(S, file, accName, opening) {
  const ls = orderLedger(S, ['main']);
  const H = [
    'Posting Date',
    'Account',
    'Debit (NGN)',
    'Credit (NGN)',
    'Balance (NGN)',
    'Voucher Type',
    'Voucher No',
    'Against Account',
    'Party Type',
    'Party',
    'Cost Center',
    'Against Voucher',
    'Remarks',
  ];
  const rows = [H, ['', "'Opening'", dec(opening), '0.00', dec(opening), '', '', '', '', '', '', '', '']];
  let bal = opening,
    dr = 0,
    cr = 0;
  for (const l of ls) {
    bal += l.amt;
    if (l.amt > 0) dr += l.amt;
    else cr -= l.amt;
    const remarks =
      l.desc.replace('Amount NGN', 'Amount NGN ' + grp(l.amt)) + (l.against ? ` Against ${l.against}` : '');
    const ag = l.party ?? l.against2 ?? '';
    rows.push([
      dmy(S, l.day, '-'),
      accName,
      l.amt > 0 ? dec(l.amt) : '0.00',
      l.amt < 0 ? dec(-l.amt) : '0.00',
      dec(bal),
      l.type,
      l.docNo,
      ag,
      l.partyType ?? '',
      l.party ?? '',
      'Main - AFC',
      l.against ?? '',
      remarks,
    ]);
    finishLedger(S, l, file, rows.length, {
      reference: l.docNo,
      description: [remarks, ag].filter(Boolean).join(' — '),
      party: l.party ?? null,
      account: accName,
    });
  }
  rows.push(['', "'Total'", dec(dr), dec(cr), dec(bal - opening), '', '', '', '', '', '', '', '']);
  rows.push(['', "'Closing (Opening + Total)'", dec(opening + dr), dec(cr), dec(bal), '', '', '', '', '', '', '', '']);
  return {
    content: csv(rows),
    headerRow: 1,
    meta: {
      package: 'ERPNext (Frappe) General Ledger report, CSV export',
      readOptions: {
        mapping: {
          date: 'Posting Date',
          moneyIn: 'Debit (NGN)',
          moneyOut: 'Credit (NGN)',
          balance: 'Balance (NGN)',
          reference: 'Voucher No',
          description: ['Remarks', 'Against Account'],
          party: 'Party',
          account: 'Account',
        },
        currency: 'NGN',
        dateOrder: 'DMY',
      },
    },
    book: bal,
  };
}

function ledgerWave(S, file, names) {
  const ls = orderLedger(S, ['main', 'wallet']);
  const H = [
    'Transaction ID',
    'Transaction Date',
    'Account Name',
    'Transaction Description',
    'Transaction Line Description',
    'Amount (One column)',
    'Debit Amount (Two Column Approach)',
    'Credit Amount (Two Column Approach)',
    'Other Accounts for this Transaction',
    'Customer',
    'Vendor',
    'Invoice Number',
    'Bill Number',
    'Notes / Memo',
    'Amount Before Sales Tax',
    'Sales Tax Amount',
    'Sales Tax Name',
    'Transaction Date Added',
    'Transaction Date Last Modified',
    'Account Group',
    'Account Type',
    'Account ID',
  ];
  const rows = [H];
  for (const l of ls) {
    const tid = String(ri(1e9, 9e9));
    const acc = names[l.acct];
    const other = l.other ?? 'Uncategorized';
    const isCust = l.type === 'Invoice Payment';
    const isBill = /Bill/.test(l.type) || l.type === 'Expense';
    const cust = isCust ? l.party : '';
    const vend = isBill ? (l.party ?? '') : '';
    const inv = isCust ? l.ref : '';
    const billNo = isBill && l.ref ? l.ref : '';
    const memo = l.type === 'Journal Entry' && l.ref ? l.ref : '';
    const added = `${iso(S, l.day)} ${tod()}`;
    rows.push([
      tid,
      iso(S, l.day),
      acc,
      l.desc,
      '',
      dec(l.amt),
      l.amt > 0 ? dec(l.amt) : '',
      l.amt < 0 ? dec(-l.amt) : '',
      other,
      cust,
      vend,
      inv,
      billNo,
      memo,
      '',
      '',
      '',
      added,
      added,
      'Asset',
      'Cash and Bank',
      l.acct === 'main' ? '2281544' : '2281561',
    ]);
    finishLedger(S, l, file, rows.length, {
      reference: inv || null,
      description: [l.desc, vend, billNo, memo].filter(Boolean).join(' — '),
      party: cust || null,
      account: acc,
    });
    if (!Object.values(names).includes(other)) {
      const grpName = /Receivable|Payable|Liabilit/.test(other)
        ? other.includes('Receivable')
          ? 'Asset'
          : 'Liability'
        : /Sales/.test(other)
          ? 'Income'
          : 'Expense';
      rows.push([
        tid,
        iso(S, l.day),
        other,
        l.desc,
        '',
        dec(-l.amt),
        l.amt < 0 ? dec(-l.amt) : '',
        l.amt > 0 ? dec(l.amt) : '',
        acc,
        cust,
        vend,
        inv,
        billNo,
        memo,
        '',
        '',
        '',
        added,
        added,
        grpName,
        grpName === 'Asset' ? 'Accounts Receivable' : grpName,
        String(2281600 + (other.length % 40)),
      ]);
    }
  }
  return {
    content: csv(rows),
    headerRow: 1,
    meta: {
      package: 'Wave Accounting "Account Transactions" CSV export (all accounts, both sides)',
      readOptions: {
        mapping: {
          date: 'Transaction Date',
          amount: 'Amount (One column)',
          description: ['Transaction Description', 'Vendor', 'Bill Number', 'Notes / Memo'],
          reference: 'Invoice Number',
          party: 'Customer',
          account: 'Account Name',
        },
        currency: 'KES',
      },
    },
  };
}

function ledgerBC(S, file, names) {
  const ls = orderLedger(S, ['main', 'wallet']);
  const H = [
    'Posting Date',
    'Document Type',
    'Document No.',
    'External Document No.',
    'Bank Account No.',
    'Description',
    'Amount',
    'Remaining Amount',
    'Open',
    'Entry No.',
  ];
  const aoa = [H];
  let entry = 5120;
  for (const l of ls) {
    const d = new Date(Date.UTC(S.cfg.year, S.cfg.month - 1, l.day));
    aoa.push([d, l.type ?? '', l.docNo, l.ext ?? '', names[l.acct], l.desc, l.amt / 100, l.amt / 100, true, entry++]);
    finishLedger(S, l, file, aoa.length, {
      reference: l.ext || null,
      description: [l.desc, l.docNo].join(' — '),
      party: null,
      account: names[l.acct],
    });
  }
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: true, dateNF: 'dd/mm/yyyy' });
  for (let r = 2; r <= aoa.length; r++) {
    const c = ws['G' + r];
    c.z = '#,##0.00';
    ws['H' + r].z = '#,##0.00';
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Bank Account Ledger Entries');
  wb.Props = {
    CreatedDate: new Date(Date.UTC(2026, 6, 2, 8, 0, 0)),
    ModifiedDate: new Date(Date.UTC(2026, 6, 2, 8, 0, 0)),
    Author: 'Business Central',
  };
  const content = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true });
  return {
    content,
    headerRow: 1,
    meta: {
      package: 'Microsoft Dynamics 365 Business Central "Bank Account Ledger Entries", Open in Excel (XLSX)',
      readOptions: {
        mapping: {
          date: 'Posting Date',
          amount: 'Amount',
          description: ['Description', 'Document No.'],
          reference: 'External Document No.',
          account: 'Bank Account No.',
        },
        currency: 'GHS',
      },
    },
  };
}

function ledgerSage(S, file, accName, opening) {
  const ls = orderLedger(S, ['main']);
  const H = ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'];
  const rows = [
    ['Kaapse Kos Catering (Pty) Ltd'],
    ['Detailed Ledger Transactions'],
    [`From ${dmy(S, 1)} to ${dmy(S, 31)}`],
    [],
    H,
    [accName, '', '', '', '', 'Opening Balance', '', '', dec(opening)],
  ];
  let bal = opening;
  for (const l of ls) {
    bal += l.amt;
    rows.push([
      accName,
      dmy(S, l.day),
      l.type,
      l.ref ?? '',
      l.party ?? '',
      l.desc,
      l.amt > 0 ? dec(l.amt) : '',
      l.amt < 0 ? dec(-l.amt) : '',
      dec(bal),
    ]);
    finishLedger(S, l, file, rows.length, {
      reference: l.ref || null,
      description: l.desc,
      party: l.party ?? null,
      account: accName,
    });
  }
  rows.push([accName, '', '', '', '', 'Closing Balance', '', '', dec(bal)]);
  // the call account's section (the other side of the own-account transfers)
  const call = '8410 Investec Call Account';
  let cb = 15000000;
  rows.push([call, '', '', '', '', 'Opening Balance', '', '', dec(cb)]);
  for (const l of ls.filter((x) => x.type === 'Bank Transfer')) {
    cb -= l.amt;
    rows.push([
      call,
      dmy(S, l.day),
      'Bank Transfer',
      l.ref,
      '',
      l.desc,
      -l.amt > 0 ? dec(-l.amt) : '',
      l.amt > 0 ? dec(l.amt) : '',
      dec(cb),
    ]);
  }
  rows.push([call, '', '', '', '', 'Closing Balance', '', '', dec(cb)]);
  return {
    content: csv(rows),
    headerRow: 5,
    meta: {
      package: 'Sage Business Cloud Accounting "Detailed Ledger Transactions" report, CSV',
      readOptions: { currency: 'ZAR', dateOrder: 'DMY' },
    },
    book: bal,
  };
}

// ================================================================== main
const SETS = [
  {
    cfg: cfgNG,
    bankFiles: [['moniepoint-6012348418-apr2026.csv', 'main', bankMoniepoint, 'Moniepoint Current - AFC', 385420000]],
    ledger: (S) =>
      ledgerERPNext(S, 'erpnext-general-ledger-moniepoint-apr2026.csv', 'Moniepoint Current - AFC', 385420000),
  },
  {
    cfg: cfgKE,
    bankFiles: [
      ['im-bank-current-may2026.csv', 'main', bankIM, 'I&M Bank Current 0082', 412500000],
      ['mpesa-paybill-408712-may2026.csv', 'wallet', bankMpesa, 'M-PESA Paybill 408712', 25000000],
    ],
    ledger: (S) =>
      ledgerWave(S, 'wave-account-transactions-may2026.csv', {
        main: 'I&M Bank Current 0082',
        wallet: 'M-PESA Paybill 408712',
      }),
  },
  {
    cfg: cfgGH,
    bankFiles: [
      ['zenith-gh-current-jun2026.csv', 'main', bankZenithGH, 'ZEN-GHS-01', 18765000],
      ['mtn-momo-merchant-jun2026.csv', 'wallet', bankMomo, 'MOMO-MERCH', 2500000],
    ],
    ledger: (S) =>
      ledgerBC(S, 'bc-bank-account-ledger-entries-jun2026.xlsx', { main: 'ZEN-GHS-01', wallet: 'MOMO-MERCH' }),
  },
  {
    cfg: cfgZA,
    bankFiles: [
      ['investec-business-10012345678-jul2026.csv', 'main', bankInvestec, '8400 Investec Business Account', 23456700],
    ],
    ledger: (S) => ledgerSage(S, 'sage-detailed-ledger-jul2026.csv', '8400 Investec Business Account', 23456700),
  },
];

// keep README.md; rewrite the set folders and index.json
for (const d of fs.existsSync(ROOT) ? fs.readdirSync(ROOT) : [])
  if (d !== 'README.md') fs.rmSync(path.join(ROOT, d), { recursive: true, force: true });
const index = { seed: SEED, sets: [] };
SETS.forEach((def, k) => {
  rnd = mulberry(SEED + k * 7919);
  const c = def.cfg();
  const S = newSet(c);
  buildCommon(S);
  const dir = path.join(ROOT, c.set);
  fs.mkdirSync(dir, { recursive: true });
  const bankMeta = [];
  for (const [file, acct, writer, ledgerAccount, opening] of def.bankFiles) {
    const w = writer(S, file, opening);
    fs.writeFileSync(path.join(dir, file), w.content);
    bankMeta.push({
      file,
      acct,
      bank: w.meta.bank,
      headerRow: w.headerRow,
      ledgerAccount,
      readOptions: w.meta.readOptions,
      openingBalance: dec(opening),
      closingBalance: dec(w.closing),
    });
  }
  const lw = def.ledger(S);
  const ledgerFile = S.ledger[0].file;
  fs.writeFileSync(path.join(dir, ledgerFile), lw.content);
  const lref = (l) => ({ file: l.file, row: l.row, date: l.date, amount: dec(l.amt) });
  const bref = (b) => ({ file: b.file, row: b.row, date: b.date, amount: dec(b.amt), text: b.text });
  // truth, one entry per bank row in file order
  const byLine = new Map();
  let g = 0;
  for (const t of S.truth) {
    const group = t.lines.length > 1 ? 'g' + pad(++g, 3) : null;
    for (const b of t.lines) {
      if (byLine.has(b)) throw new Error('bank line in two truth entries: ' + b.narr);
      byLine.set(b, { t, group });
    }
  }
  const bankOrder = S.bank.slice().sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  const bankTruth = bankOrder.map((b) => {
    const e = byLine.get(b);
    if (!e) throw new Error('no truth for ' + b.narr);
    const { t, group } = e;
    return {
      ref: bref(b),
      expect: t.expect,
      ledger: t.ledger.map(lref),
      ...(group ? { group } : {}),
      evidence: t.evidence,
      ambiguous: !!t.anyOf,
      ...(t.anyOf ? { ledgerAnyOf: t.anyOf.map((s) => s.map(lref)) } : {}),
      kind: t.kind,
      partner: t.partner ? bref(t.partner) : null,
      traits: t.traits,
    };
  });
  const used = new Set(S.truth.flatMap((t) => t.ledger));
  const ledgerOnly = S.ledgerOnly.map(([l, why]) => ({ ...lref(l), why }));
  for (const l of S.ledger)
    if (!used.has(l) && !S.ledgerOnly.some(([x]) => x === l))
      throw new Error('ledger row neither matched nor ledger-only: ' + l.desc);
  const period = { from: iso(S, 1), to: iso(S, new Date(Date.UTC(c.year, c.month, 0)).getUTCDate()) };
  const truth = {
    set: c.set,
    country: c.country,
    currency: c.currency,
    timezone: c.timezone,
    period,
    seed: SEED,
    bankFiles: bankMeta.map((m) => {
      const meta = { ...m };
      delete meta.acct;
      return meta;
    }),
    ledgerFiles: [
      { file: ledgerFile, package: lw.meta.package, headerRow: lw.headerRow, readOptions: lw.meta.readOptions },
    ],
    bank: bankTruth,
    ledgerOnly,
  };
  fs.writeFileSync(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  // reconcile documents
  for (const m of bankMeta) {
    const lines = S.bank.filter((b) => b.acct === m.acct).sort((a, b) => a.row - b.row);
    const doc = {
      options: { timezone: c.timezone },
      bank: lines.map((b) => ({
        id: `${b.file}#${b.row}`,
        date: b.date,
        amount: dec(b.amt),
        currency: c.currency,
        ...b.json,
      })),
      ledger: orderLedger(S, [m.acct]).map((l) => ({
        id: `${l.file}#${l.row}`,
        date: l.date,
        amount: dec(l.amt),
        currency: c.currency,
        ...l.json,
      })),
      statement: { from: period.from, to: period.to, bankBalance: m.closingBalance },
    };
    fs.writeFileSync(path.join(dir, `reconcile.${m.file}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  const cnt = (x) => bankTruth.filter((b) => b.expect === x).length;
  const s = {
    set: c.set,
    country: c.country,
    bankFiles: bankMeta.map((m) => m.file),
    ledgerFiles: [ledgerFile],
    bankLines: bankTruth.length,
    match: cnt('match'),
    bankOnly: cnt('bank-only'),
    reversalPair: cnt('reversal-pair'),
    noCounterpart: cnt('no-counterpart'),
    ledgerOnly: ledgerOnly.length,
    ledgerRowsOfBankAccounts: S.ledger.length,
    matchedWithoutReference: bankTruth.filter((b) => b.expect === 'match' && b.evidence !== 'reference').length,
  };
  index.sets.push(s);
  console.log(JSON.stringify(s));
});
fs.writeFileSync(path.join(ROOT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
