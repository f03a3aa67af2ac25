#!/usr/bin/env node
// Seeded generator of bench/corpus/holdout7/** — four blind real-layout sets (bench/corpus/README.md section 2).
// Written from public file layouts and docs/ledger-files.md only. Same seed → same bytes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '../holdout7');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20260701);
console.log(`holdout7 seed ${SEED}`);

function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- helpers ----------
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
const dec = (m) => (m < 0 ? '-' : '') + Math.floor(Math.abs(m) / 100) + '.' + pad(Math.abs(m) % 100);
const grp = (m) => {
  const a = Math.abs(m);
  const s = String(Math.floor(a / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (m < 0 ? '-' : '') + s + '.' + pad(a % 100);
};
const csvCell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const dow = (isoDate) => new Date(isoDate + 'T00:00:00Z').getUTCDay();
const addDays = (isoDate, n) => {
  const t = new Date(isoDate + 'T00:00:00Z');
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};
const weekday = (d) => {
  while (dow(d) === 0 || dow(d) === 6) d = addDays(d, 1);
  return d;
};
const [dd, mm, yy] = [(d) => d.slice(8, 10), (d) => d.slice(5, 7), (d) => d.slice(0, 4)];
const dmySlash = (d) => `${dd(d)}/${mm(d)}/${yy(d)}`;
const dMonY = (d) => `${Number(dd(d))} ${MON[Number(mm(d)) - 1]} ${yy(d)}`;
const ddMonYDash = (d) => `${dd(d)}-${MON[Number(mm(d)) - 1]}-${yy(d)}`;
const ddMonY = (d) => `${dd(d)} ${MON[Number(mm(d)) - 1]} ${yy(d)}`;

// ---------- the scenario: one month of a business ----------
// Bank rows: { date, amt, text, party, ref, time, truth... }; ledger rows: { date, amt, ref, desc, party, type }
function scenario(C, rng) {
  const R = (a, b) => a + Math.floor(rng() * (b - a + 1));
  const pick = (xs) => xs[Math.floor(rng() * xs.length)];
  const money = (lo, hi, step = 100) => R(lo / step, hi / step) * step * 100; // major bounds → minor units
  const { y, m, days } = C;
  const day = (a = 1, b = days - 1) => weekday(iso(y, m, R(a, b)));
  const bank = [];
  const ledger = [];
  const L = (o) => {
    const l = { type: null, party: null, ref: null, ...o };
    ledger.push(l);
    return l;
  };
  const B = (o) => {
    const b = { party: null, ref: null, group: null, kind: null, partner: null, ambiguous: false, anyOf: null, ...o };
    b.seq = bank.length;
    bank.push(b);
    return b;
  };
  let invNo = C.invStart;
  let billNo = C.billStart;
  const nextInv = () => invNo++;
  const custs = [...C.customers];
  const cust = () => pick(custs);

  // 1. customer receipts with the reference in many writings
  const refStyles = [
    ['ref-canonical', (n) => C.inv(n)],
    ['ref-canonical', (n) => C.inv(n)],
    ['ref-lowercase', (n) => C.inv(n).toLowerCase()],
    ['ref-spaces', (n) => C.inv(n).replace(/[-/]/g, ' ')],
    ['ref-no-padding', (n) => C.invNoPad(n)],
    ['ref-serial-only', (n) => `inv ${n % 1000}`],
    ['ref-slashes', (n) => C.inv(n).replace(/-/g, '/')],
  ];
  for (let i = 0; i < 22; i++) {
    const c = cust();
    const n = nextInv();
    const amt = money(45000, 2400000) * C.scale;
    const d = day();
    const [trait, w] = pick(refStyles);
    const lateDays = rng() < 0.25 ? R(1, 4) : 0;
    const l = L({ date: addDays(d, lateDays), amt, ref: C.inv(n), desc: c.legal, party: c.legal, type: 'recv' });
    const t = [trait];
    if (lateDays) t.push('late-posting');
    if (rng() < 0.4) t.push('trading-name');
    B({
      date: d,
      amt,
      ...C.receipt(c, w(n), t.includes('trading-name')),
      lk: [l],
      evidence: 'reference',
      traits: t,
      expect: 'match',
    });
  }
  // name only / nothing
  for (let i = 0; i < 14; i++) {
    const c = cust();
    const n = nextInv();
    const amt = money(30000, 1800000) * C.scale + (rng() < 0.3 ? R(1, 99) * 100 * C.scale : 0);
    const d = day();
    const l = L({ date: d, amt, ref: C.inv(n), desc: c.legal, party: c.legal, type: 'recv' });
    const trading = rng() < 0.5;
    const nameOnly = i < 8;
    const bx = C.receipt(c, nameOnly ? pick(C.vagueRemarks) : '', trading, !nameOnly);
    B({
      date: d,
      amt,
      ...bx,
      lk: [l],
      evidence: nameOnly ? 'counterparty' : 'amount',
      traits: [nameOnly ? 'name-only' : 'amount-only', ...(trading ? ['trading-name'] : [])],
      expect: 'match',
    });
  }
  // withholding short payments
  for (let i = 0; i < 3; i++) {
    const c = cust();
    const n = nextInv();
    const gross = money(200000, 3000000) * C.scale;
    const net = gross - Math.round(gross * C.whtRate);
    const d = day();
    const booked = i === 2;
    const l = L({
      date: d,
      amt: booked ? net : gross,
      ref: C.inv(n),
      desc: `${c.legal}${booked ? ' (net of WHT)' : ''}`,
      party: c.legal,
      type: 'recv',
    });
    B({
      date: d,
      amt: net,
      ...C.receipt(c, `${C.inv(n)} ${C.whtWord}`, false),
      lk: [l],
      evidence: 'reference',
      traits: [booked ? 'withholding-booked-net' : C.whtTrait],
      expect: 'match',
    });
  }
  // one transfer for two invoices
  {
    const c = cust();
    const [n1, n2] = [nextInv(), nextInv()];
    const [a1, a2] = [money(80000, 600000) * C.scale, money(80000, 600000) * C.scale];
    const d = day();
    let lk;
    let traits;
    if (C.twoInvoiceRows) {
      lk = [
        L({ date: d, amt: a1, ref: C.inv(n1), desc: c.legal, party: c.legal, type: 'recv' }),
        L({ date: d, amt: a2, ref: C.inv(n2), desc: c.legal, party: c.legal, type: 'recv' }),
      ];
      traits = ['split-one-to-many'];
    } else {
      lk = [
        L({ date: d, amt: a1 + a2, ref: `${C.inv(n1)}, ${C.inv(n2)}`, desc: c.legal, party: c.legal, type: 'recv' }),
      ];
      traits = ['two-invoices-one-payment'];
    }
    B({
      date: d,
      amt: a1 + a2,
      ...C.receipt(c, `${C.inv(n1)} & ${n2 % 1000}`, false),
      lk,
      evidence: 'reference',
      traits,
      expect: 'match',
    });
  }
  // invoice less credit note
  {
    const c = cust();
    const n = nextInv();
    const inv = money(300000, 900000) * C.scale;
    const cn = money(20000, 90000) * C.scale;
    const d = day();
    const l = L({
      date: d,
      amt: inv - cn,
      ref: `${C.inv(n)} less ${C.cn(R(10, 40))}`,
      desc: c.legal,
      party: c.legal,
      type: 'recv',
    });
    B({
      date: d,
      amt: inv - cn,
      ...C.receipt(c, `${C.inv(n)} less CN`, true),
      lk: [l],
      evidence: 'reference',
      traits: ['invoice-less-credit-note'],
      expect: 'match',
    });
  }
  // over-payment and under-payment (books hold the invoice amount)
  for (const kind of ['over-payment', 'short-payer-bank-charge']) {
    const c = cust();
    const n = nextInv();
    const inv = money(100000, 900000) * C.scale;
    const bankAmt = kind === 'over-payment' ? inv + money(1000, 20000) * C.scale : inv - C.payerCharge;
    const d = day();
    const l = L({ date: d, amt: inv, ref: C.inv(n), desc: c.legal, party: c.legal, type: 'recv' });
    B({
      date: d,
      amt: bankAmt,
      ...C.receipt(c, C.inv(n).toLowerCase(), false),
      lk: [l],
      evidence: 'reference',
      traits: [kind],
      expect: 'match',
    });
  }
  // instalments: booked per instalment, and booked once
  {
    const c = cust();
    const n = nextInv();
    const parts = [money(100000, 400000) * C.scale, money(100000, 400000) * C.scale];
    const d1 = day(2, 12);
    const d2 = day(16, days - 2);
    const l1 = L({
      date: d1,
      amt: parts[0],
      ref: C.inv(n),
      desc: `${c.legal} part payment 1`,
      party: c.legal,
      type: 'recv',
    });
    const l2 = L({ date: d2, amt: parts[1], ref: C.inv(n), desc: `${c.legal} balance`, party: c.legal, type: 'recv' });
    B({
      date: d1,
      amt: parts[0],
      ...C.receipt(c, `part pymt ${C.inv(n)}`, false),
      lk: [l1],
      evidence: 'reference',
      traits: ['instalment'],
      expect: 'match',
    });
    B({
      date: d2,
      amt: parts[1],
      ...C.receipt(c, `bal ${C.inv(n)}`, false),
      lk: [l2],
      evidence: 'reference',
      traits: ['instalment'],
      expect: 'match',
    });
    const c2 = cust();
    const n2 = nextInv();
    const q = [money(60000, 200000) * C.scale, money(60000, 200000) * C.scale];
    const e1 = day(5, 14);
    const e2 = day(18, days - 3);
    const lone = L({
      date: e2,
      amt: q[0] + q[1],
      ref: C.inv(n2),
      desc: `${c2.legal} paid in 2 parts`,
      party: c2.legal,
      type: 'recv',
    });
    B({
      date: e1,
      amt: q[0],
      ...C.receipt(c2, '', true, true),
      lk: [lone],
      group: 'inst-once',
      evidence: 'counterparty',
      traits: ['instalments-booked-once', 'name-only'],
      expect: 'match',
    });
    B({
      date: e2,
      amt: q[1],
      ...C.receipt(c2, C.invNoPad(n2), false),
      lk: [lone],
      group: 'inst-once',
      evidence: 'reference',
      traits: ['instalments-booked-once'],
      expect: 'match',
    });
  }
  // twins: same amount, same day, no reference
  {
    const amt = money(50000, 150000, 5000) * C.scale;
    const d = day(3, days - 3);
    const ca = custs[0];
    const cb = custs[1];
    const la = L({ date: d, amt, ref: C.inv(nextInv()), desc: ca.legal, party: ca.legal, type: 'recv' });
    const lb = L({ date: d, amt, ref: C.inv(nextInv()), desc: ca.legal, party: ca.legal, type: 'recv' });
    void cb;
    const [x1, x2] = [C.receipt(ca, '', false, true), C.receipt(ca, '', false, true)];
    // two transfers from two branches of the same buyer: the statement cannot say which invoice is which
    x2.text = x1.text;
    x2.party = x1.party;
    B({
      date: d,
      amt,
      ...x1,
      lk: [la],
      anyOf: [[la], [lb]],
      ambiguous: true,
      evidence: 'amount',
      traits: ['twins', 'amount-only'],
      expect: 'match',
      time: 10,
    });
    B({
      date: d,
      amt,
      ...x2,
      lk: [lb],
      anyOf: [[lb], [la]],
      ambiguous: true,
      evidence: 'amount',
      traits: ['twins', 'amount-only'],
      expect: 'match',
      time: 11,
    });
  }

  // 2. supplier payments
  for (let i = 0; i < 12; i++) {
    const s = pick(C.suppliers);
    const bn = billNo++;
    const amt = -money(20000, 1500000) * C.scale;
    const d = day();
    const withRef = rng() < 0.55;
    const early = rng() < 0.2 ? R(1, 2) : 0;
    const l = L({ date: addDays(d, -early), amt, ref: C.bill(bn), desc: s.legal, party: s.legal, type: 'pay' });
    B({
      date: d,
      amt,
      ...C.payment(s, withRef ? C.bill(bn) : ''),
      lk: [l],
      evidence: withRef ? 'reference' : 'counterparty',
      traits: [
        withRef ? 'ref-canonical' : 'name-only',
        'supplier-payment',
        'name-truncated',
        ...(early ? ['booked-before-bank-date'] : []),
      ],
      expect: 'match',
    });
  }
  // failed transfer, its reversal, sent again
  {
    const s = C.suppliers[2];
    const bn = billNo++;
    const amt = -money(150000, 700000) * C.scale;
    const d = day(4, 12);
    const l = L({ date: d, amt, ref: C.bill(bn), desc: s.legal, party: s.legal, type: 'pay' });
    const f = B({
      date: d,
      amt,
      ...C.payment(s, C.bill(bn)),
      fee: 0,
      lk: [],
      evidence: 'reference',
      traits: ['failed-transfer'],
      expect: 'reversal-pair',
      time: 9,
    });
    const r = B({
      date: d,
      amt: -amt,
      ...C.reversal(s, C.bill(bn)),
      lk: [],
      evidence: 'reference',
      traits: ['reversal'],
      expect: 'reversal-pair',
      time: 15,
    });
    f.partner = r;
    r.partner = f;
    B({
      date: weekday(addDays(d, 1)),
      amt,
      ...C.payment(s, C.bill(bn)),
      lk: [l],
      evidence: 'reference',
      traits: ['resent-after-failure', 'name-truncated'],
      expect: 'match',
    });
  }
  // cheques: three presented, two not
  for (let i = 0; i < 5; i++) {
    const s = pick(C.suppliers);
    const chq = C.chqStart + i;
    const amt = -money(30000, 600000) * C.scale;
    const written = day(1, days - 8);
    const l = L({
      date: written,
      amt,
      ref: String(chq).padStart(6, '0'),
      desc: `${s.legal} chq ${chq}`,
      party: s.legal,
      type: 'chq',
    });
    if (i < 3) {
      const pd = weekday(addDays(written, R(2, 6)));
      B({
        date: pd,
        amt,
        ...C.cheque(chq),
        lk: [l],
        evidence: 'reference',
        traits: ['cheque-number', 'settled-later'],
        expect: 'match',
      });
    } else {
      l.date = day(days - 6, days);
      l.why = 'cheque written, not yet presented at month end';
    }
  }
  // payroll
  {
    const d = weekday(iso(y, m, days - 4));
    if (C.payrollPerEmployee) {
      const lines = C.employees.map((e) => ({ e, amt: -money(180000, 900000) * C.scale }));
      const total = lines.reduce((s, x) => s + x.amt, 0);
      const l = L({
        date: d,
        amt: total,
        ref: `PAY-${MON[m - 1].toUpperCase()}${y}`,
        desc: `Net salaries ${MON[m - 1]} ${y}`,
        party: null,
        type: 'jnl',
      });
      lines.forEach((x, i) =>
        B({
          date: d,
          amt: x.amt,
          ...C.salary(x.e),
          lk: [l],
          group: 'payroll',
          evidence: 'counterparty',
          traits: ['payroll-per-employee', 'split-many-to-one'],
          expect: 'match',
          time: 12 + i,
        }),
      );
    } else {
      const amt = -money(1500000, 4000000) * C.scale;
      const l = L({
        date: d,
        amt,
        ref: `PAY-${MON[m - 1].toUpperCase()}${y}`,
        desc: `Net salaries ${MON[m - 1]} ${y}`,
        party: null,
        type: 'jnl',
      });
      B({
        date: d,
        amt,
        ...C.salaryBatch(),
        lk: [l],
        evidence: 'counterparty',
        traits: ['payroll-batch'],
        expect: 'match',
      });
    }
    for (const st of C.statutory) {
      const amt = -money(st[2], st[3]) * C.scale;
      const sd = day(8, 14);
      const l = L({ date: sd, amt, ref: st[4] ?? null, desc: st[1], party: st[0], type: 'pay' });
      B({
        date: sd,
        amt,
        ...C.statutoryText(st),
        lk: [l],
        evidence: st[4] ? 'reference' : 'counterparty',
        traits: ['statutory-remittance'],
        expect: 'match',
      });
    }
  }
  // gateway / card settlements net of fees
  {
    const gw = C.gateway;
    for (let i = 0; i < 8; i++) {
      const d = day(2, days - 1);
      const gross = money(80000, 900000) * C.scale + R(0, 99) * 100 * C.scale;
      const fee = Math.min(Math.round(gross * gw.rate), gw.cap ?? Infinity);
      const net = gross - fee;
      const sid = String(R(100000000, 999999999));
      const mode = i % 3; // 0 gross + fee rows, 1 booked net, 2 gross only (fee never booked)
      let lk;
      let traits = ['gateway-settlement'];
      const sd = weekday(addDays(d, 1));
      if (mode === 0) {
        lk = [
          L({
            date: d,
            amt: gross,
            ref: `${gw.name} ${sid}`,
            desc: `${gw.name} sales ${dMonY(d)}`,
            party: gw.name,
            type: 'rcv-money',
          }),
          L({ date: d, amt: -fee, ref: `${gw.name} ${sid}`, desc: `${gw.name} fees`, party: gw.name, type: 'spend' }),
        ];
        traits.push('net-of-fee-fee-booked-separately', 'split-one-to-many');
      } else if (mode === 1) {
        lk = [
          L({ date: sd, amt: net, ref: sid, desc: `${gw.name} settlement (net)`, party: gw.name, type: 'rcv-money' }),
        ];
        traits.push('booked-net');
      } else {
        lk = [
          L({
            date: d,
            amt: gross,
            ref: null,
            desc: `${gw.name} takings ${dMonY(d)}`,
            party: gw.name,
            type: 'rcv-money',
          }),
        ];
        traits.push('short-net-of-fee');
      }
      traits.push('settled-next-day');
      B({
        date: sd,
        amt: net,
        ...gw.text(sid),
        lk,
        evidence: mode === 2 ? 'counterparty' : 'reference',
        traits,
        expect: 'match',
      });
    }
    // a day with two terminals/devices booked as one day's gross takings
    const d = day(8, days - 5);
    const a1 = money(60000, 300000) * C.scale;
    const a2 = money(60000, 300000) * C.scale;
    const l = L({
      date: d,
      amt: a1 + a2,
      ref: null,
      desc: `${C.pos.name} card takings ${dMonY(d)} (2 terminals)`,
      party: C.pos.name,
      type: 'rcv-money',
    });
    const sd = weekday(addDays(d, 1));
    B({
      date: sd,
      amt: a1,
      ...C.pos.text(C.pos.tids[0]),
      lk: [l],
      group: 'pos-day',
      evidence: 'counterparty',
      traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'],
      expect: 'match',
      time: 6,
    });
    B({
      date: sd,
      amt: a2,
      ...C.pos.text(C.pos.tids[1]),
      lk: [l],
      group: 'pos-day',
      evidence: 'counterparty',
      traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'],
      expect: 'match',
      time: 7,
    });
  }
  // wallet sweeps / own-account transfers
  for (let i = 0; i < C.sweeps; i++) {
    const d = day();
    const amt = (C.sweepOut ? -1 : 1) * money(50000, 600000) * C.scale;
    const l = L({ date: d, amt, ref: null, desc: C.sweepBook, party: null, type: 'xfer' });
    B({ date: d, amt, ...C.sweepText(i), lk: [l], evidence: 'counterparty', traits: [C.sweepTrait], expect: 'match' });
  }
  for (let i = 0; i < 2; i++) {
    const d = day();
    const amt = (i === 0 ? -1 : 1) * money(200000, 2000000, 10000) * C.scale;
    const l = L({
      date: d,
      amt,
      ref: null,
      desc: amt < 0 ? `Transfer to ${C.otherAcct}` : `Transfer from ${C.otherAcct}`,
      party: null,
      type: 'xfer',
    });
    B({
      date: d,
      amt,
      ...C.ownTransfer(amt < 0),
      lk: [l],
      evidence: 'counterparty',
      traits: ['own-account-transfer'],
      expect: 'match',
    });
  }
  // debit orders (one returned unpaid)
  C.debitOrders.forEach((dord, i) => {
    const d = day(1, 8);
    const amt = -money(dord[1], dord[2]) * C.scale;
    const l = L({ date: d, amt, ref: null, desc: dord[0], party: dord[0], type: 'spend' });
    if (i === C.debitOrders.length - 1) {
      const a = B({
        date: d,
        amt,
        ...C.debitOrder(dord[0]),
        lk: [],
        evidence: 'counterparty',
        traits: ['debit-order'],
        expect: 'reversal-pair',
        time: 4,
      });
      const b = B({
        date: weekday(addDays(d, 2)),
        amt: -amt,
        ...C.debitOrderReturn(dord[0]),
        lk: [],
        evidence: 'counterparty',
        traits: ['debit-order', 'reversal', 'returned-unpaid'],
        expect: 'reversal-pair',
      });
      a.partner = b;
      b.partner = a;
      l.why = 'debit order booked; the bank returned it unpaid and the books have not reversed it';
    } else {
      B({
        date: d,
        amt,
        ...C.debitOrder(dord[0]),
        lk: [l],
        evidence: 'counterparty',
        traits: ['debit-order'],
        expect: 'match',
      });
    }
  });
  // cash deposits
  for (let i = 0; i < 3; i++) {
    const d = day();
    const amt = money(50000, 800000, 500) * C.scale;
    const l = L({
      date: i === 2 ? addDays(d, -1) : d,
      amt,
      ref: null,
      desc: `Cash sales banked`,
      party: null,
      type: 'rcv-money',
    });
    B({
      date: d,
      amt,
      ...C.cashDeposit(),
      lk: [l],
      evidence: 'amount',
      traits: ['cash-deposit', 'amount-only'],
      expect: 'match',
    });
  }
  // bank charges: mostly unbooked, a couple booked
  const charges = C.charges(bank, { R, pick, day });
  let bookedCharges = 0;
  for (const ch of charges) {
    const b = B({ ...ch, lk: [], evidence: 'amount', traits: ['bank-charge'], expect: 'bank-only' });
    if (ch.bookable && bookedCharges < 2) {
      bookedCharges++;
      const l = L({
        date: addDays(b.date, R(0, 3)),
        amt: b.amt - (b.fee ?? 0),
        ref: null,
        desc: ch.bookAs,
        party: C.bankName,
        type: 'spend',
      });
      b.lk = [l];
      b.expect = 'match';
      b.kind = null;
      b.evidence = 'counterparty';
      b.traits = ['bank-charge-booked'];
    }
  }
  // lines the bookkeeper never recorded
  for (const name of C.strangers) {
    const amt = money(5000, 200000) * C.scale;
    B({
      date: day(),
      amt,
      ...C.receipt({ bank: name, trade: name }, pick(C.vagueRemarks), false),
      lk: [],
      evidence: 'counterparty',
      expect: 'no-counterpart',
      traits: ['unrecorded-receipt'],
    });
  }
  for (const u of C.unrecorded({ R, pick, day, money }))
    B({
      ...u,
      lk: [],
      evidence: u.evidence ?? 'counterparty',
      expect: 'no-counterpart',
      traits: u.traits ?? [u.amt > 0 ? 'unrecorded-receipt' : 'unrecorded-payment'],
    });
  // book items outstanding at month end
  for (const o of C.outstanding({ R, pick, day, money, nextInv, billNo: () => billNo++ })) L(o);
  return { bank, ledger };
}

// ---------- country / bank / package configurations ----------
const NG = {
  key: 'ng-kuda-xero',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  y: 2026,
  m: 4,
  days: 30,
  scale: 1,
  bankName: 'Kuda',
  invStart: 1307,
  billStart: 410,
  chqStart: 0, // Kuda issues no cheque books
  inv: (n) => `INV-${pad(n, 4)}`,
  invNoPad: (n) => `INV${n}`,
  cn: (n) => `CN-${pad(n, 4)}`,
  bill: (n) => `PO-${n}`,
  whtRate: 0.05,
  whtWord: 'less 5% WHT',
  whtTrait: 'short-withholding-tax-5pct',
  payerCharge: 5375,
  twoInvoiceRows: false,
  customers: [
    { legal: 'Adeyemi Supermarkets Limited', bank: 'ADEYEMI SUPERMARKETS LTD', trade: 'ADEYEMI SUPERMKT' },
    { legal: 'Chukwuma & Sons Enterprises', bank: 'CHUKWUMA AND SONS ENT', trade: 'C&S ENTERPRISES' },
    { legal: 'Ngozi Okafor (Mama Ngozi Foods)', bank: 'NGOZI CHIDINMA OKAFOR', trade: 'MAMA NGOZI FOODS' },
    { legal: 'Bukka Hut Restaurants Ltd', bank: 'BUKKA HUT RESTAURANTS LIMITED', trade: 'BUKKAHUT IKEJA' },
    { legal: 'Kilimanjaro Fast Foods Nigeria Ltd', bank: 'KILIMANJARO FAST FOODS NIG L', trade: 'KILI FOODS' },
    { legal: 'Sahad Stores Limited', bank: 'SAHAD STORES LTD', trade: 'SAHAD STORES ABUJA' },
    { legal: 'Olumide Bakare', bank: 'OLUMIDE TEMITOPE BAKARE', trade: 'BAKARE O.T' },
    { legal: 'Eko Hotels & Suites', bank: 'EKO HOTELS LIMITED', trade: 'EKO HOTEL' },
  ],
  strangers: ['TEMITOPE ADEWALE', 'GOLDEN PENNY FOODS DEPOT', 'IYA BASIRAT STORES'],
  vagueRemarks: ['payment', 'for goods supplied', 'April supply', 'trf', 'packaging'],
  receipt(c, remark, trading, bare) {
    const name = trading ? c.trade : c.bank;
    const bankN = ['GTBANK', 'ACCESS BANK', 'ZENITH BANK', 'UBA', 'OPAY', 'MONIEPOINT MFB'][name.length % 6];
    return { cat: 'Inward Transfer', party: `${name}/ ${bankN}`, text: bare ? '' : remark || 'Transfer' };
  },
  suppliers: [
    { legal: 'Dangote Sugar Refinery Plc', bank: 'DANGOTE SUGAR REFINERY PL' },
    { legal: 'Flour Mills of Nigeria Plc', bank: 'FLOUR MILLS OF NIGERIA P' },
    { legal: 'Tetra Pak West Africa Ltd', bank: 'TETRA PAK WEST AFRICA LI' },
    { legal: 'GIG Logistics', bank: 'GIG LOGISTICS NIGERIA LTD' },
    { legal: 'Ikeja Electric Plc', bank: 'IKEJA ELECTRIC PLC' },
    { legal: 'Emeka Okoro (diesel)', bank: 'EMEKA JOHN OKORO' },
  ],
  payment: (s, ref) => ({
    cat: 'Outward Transfer',
    party: `${s.bank}/ ${['FIRST BANK', 'STERLING BANK', 'WEMA BANK'][s.bank.length % 3]}`,
    text: ref || 'payment',
  }),
  reversal: (s, ref) => ({
    cat: 'Reversal',
    party: 'Kuda',
    text: `Reversal: failed transfer to ${s.bank.slice(0, 18)} ${ref}`,
  }),
  cheque: () => {
    throw new Error('no cheques on Kuda');
  },
  payrollPerEmployee: true,
  employees: ['ABIODUN KEHINDE', 'FATIMA BELLO', 'IFEANYI NWOSU', 'GRACE ETIM', 'YUSUF ALIYU'],
  salary: (e) => ({ cat: 'Outward Transfer', party: `${e}/ ${e.length % 2 ? 'OPAY' : 'GTBANK'}`, text: `Apr salary` }),
  statutory: [
    ['Lagos State Internal Revenue Service', 'PAYE March 2026 - LIRS', 180000, 420000, 'LIRS-PAYE-0326'],
    ['ARM Pension Managers', 'Pension contributions March 2026', 150000, 350000, null],
  ],
  statutoryText: (st) =>
    st[4]
      ? { cat: 'Bill Payment', party: 'REMITA/ LIRS', text: `RRR 2903-1184-7712 ${st[4].replace(/-/g, ' ')}` }
      : { cat: 'Outward Transfer', party: 'ARM PENSION MANAGERS PFA/ STANBIC IBTC', text: 'pension mar 26' },
  gateway: {
    name: 'Paystack',
    rate: 0.015,
    cap: 200000,
    text: (sid) => ({
      cat: 'Inward Transfer',
      party: 'PAYSTACK PAYMENTS LIMITED/ ZENITH BANK',
      text: `Settlement ${sid}`,
    }),
  },
  pos: {
    name: 'Kuda POS',
    tids: ['2KUD4471', '2KUD4472'],
    text: (tid) => ({ cat: 'POS Settlement', party: 'Kuda POS', text: `POS settlement TID ${tid}` }),
  },
  sweeps: 0,
  otherAcct: 'Providus Bank savings',
  ownTransfer: (out) =>
    out
      ? { cat: 'Outward Transfer', party: 'SEUNPACK FOODS LTD/ PROVIDUS BANK', text: 'to savings' }
      : { cat: 'Inward Transfer', party: 'SEUNPACK FOODS LTD/ PROVIDUS BANK', text: 'topup' },
  debitOrders: [],
  cashDeposit: () => ({ cat: 'Cash Deposit', party: 'Kuda Agent', text: 'Cash deposit via agent' }),
  charges(bank, { day }) {
    const out = [];
    // ₦50 Electronic Money Transfer Levy on inflows of ₦10,000 or more
    for (const b of bank.filter((b) => b.amt >= 1000000 && b.cat === 'Inward Transfer').slice(0, 40)) {
      out.push({
        date: b.date,
        amt: -5000,
        cat: 'Charges',
        party: 'Kuda',
        text: 'Electronic Money Transfer Levy',
        kind: 'levy',
        time: (b.time ?? 8) + 0.5,
      });
    }
    for (const b of bank.filter((b) => b.amt < 0 && b.cat === 'Outward Transfer').slice(0, 30)) {
      out.push({
        date: b.date,
        amt: -1000,
        cat: 'Charges',
        party: 'Kuda',
        text: 'Transfer fee',
        kind: 'charge',
        time: (b.time ?? 8) + 0.5,
      });
    }
    out.push({
      date: iso(2026, 4, 30),
      amt: -250000,
      cat: 'Charges',
      party: 'Kuda',
      text: 'Kuda Business monthly subscription - Apr',
      kind: 'charge',
      bookable: true,
      bookAs: 'Kuda Business subscription April',
      time: 20,
    });
    out.push({
      date: iso(2026, 4, 30),
      amt: 18750,
      cat: 'Interest',
      party: 'Kuda',
      text: 'Interest earned on Spend+Save',
      kind: 'interest',
      time: 21,
    });
    out.push({
      date: iso(2026, 4, 30),
      amt: -1875,
      cat: 'Charges',
      party: 'Kuda',
      text: 'WHT on interest',
      kind: 'tax',
      time: 22,
    });
    out.push({
      date: day(),
      amt: -10000,
      cat: 'Charges',
      party: 'Kuda',
      text: 'SMS notification charge',
      kind: 'charge',
      bookable: true,
      bookAs: 'Bank charges - SMS alerts',
    });
    return out;
  },
  unrecorded: ({ day, money }) => [
    { date: day(), amt: money(20000, 90000), cat: 'Inward Transfer', party: 'AMINAT OYELARAN/ OPAY', text: 'Transfer' },
    {
      date: day(),
      amt: money(100000, 400000),
      cat: 'Inward Transfer',
      party: 'HALLMARK EVENTS/ PALMPAY',
      text: 'deposit for order',
    },
    {
      date: day(),
      amt: -money(15000, 60000),
      cat: 'Outward Transfer',
      party: 'MTN NIGERIA/ ACCESS BANK',
      text: 'data bundle',
    },
    {
      date: day(),
      amt: -money(30000, 150000),
      cat: 'Card Payment',
      party: 'JUMIA NIGERIA',
      text: 'Card payment JUMIA.COM.NG LAGOS',
      evidence: 'counterparty',
    },
    { date: day(), amt: -money(5000, 25000), cat: 'Airtime', party: 'Kuda', text: 'Airtime purchase 0803***1184' },
  ],
  outstanding: ({ day, money, nextInv, billNo }) => [
    {
      date: iso(2026, 4, 30),
      amt: money(100000, 600000),
      ref: `INV-${pad(nextInv(), 4)}`,
      desc: 'Sahad Stores Limited',
      party: 'Sahad Stores Limited',
      type: 'recv',
      why: 'receipt recorded on 30 Apr, credited by the bank in May',
    },
    {
      date: iso(2026, 4, 29),
      amt: -money(50000, 400000),
      ref: `PO-${billNo()}`,
      desc: 'Flour Mills of Nigeria Plc',
      party: 'Flour Mills of Nigeria Plc',
      type: 'pay',
      why: 'payment entered, transfer sent in May',
    },
    {
      date: day(10, 20),
      amt: -money(20000, 80000),
      ref: null,
      desc: 'Generator repairs - Emeka Okoro',
      party: 'Emeka Okoro (diesel)',
      type: 'spend',
      why: 'paid in cash but booked to the bank account (misposting)',
    },
  ],
};

const KE = {
  key: 'ke-dtb-quickbooks',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  y: 2026,
  m: 5,
  days: 31,
  scale: 0.1,
  bankName: 'Diamond Trust Bank',
  invStart: 2214,
  billStart: 880,
  chqStart: 100311,
  inv: (n) => `INV${n}`,
  invNoPad: (n) => `${n}`,
  cn: (n) => `CN${n}`,
  bill: (n) => `LPO ${n}`,
  whtRate: 0.02 / 1.16,
  whtWord: 'less WHVAT',
  whtTrait: 'short-withholding-vat-2pct',
  payerCharge: 5000,
  twoInvoiceRows: true,
  customers: [
    { legal: 'Naivas Limited', bank: 'NAIVAS LIMITED', trade: 'NAIVAS SUPERMARKET' },
    { legal: 'Quickmart Limited', bank: 'QUICK MART LTD', trade: 'QUICKMART' },
    { legal: 'Kenya Ports Authority', bank: 'KENYA PORTS AUTHORITY', trade: 'KPA' },
    { legal: 'Wanjiru Mwangi t/a Shiru Hardware', bank: 'WANJIRU MWANGI', trade: 'SHIRU HARDWARE' },
    { legal: 'Kisumu Agro Dealers Co.', bank: 'KISUMU AGRO DEALERS', trade: 'KSM AGRO' },
    { legal: 'Brookside Dairy Ltd', bank: 'BROOKSIDE DAIRY LIMITED', trade: 'BROOKSIDE' },
    { legal: 'Otieno Ochieng & Partners', bank: 'OTIENO OCHIENG AND PARTNER', trade: 'O.O & PARTNERS' },
  ],
  strangers: ['MUTUA KILONZO', 'CARREFOUR MAJID AL FUTTAIM', 'AMINA HASSAN'],
  vagueRemarks: ['PAYMENT', 'SUPPLIES MAY', 'GOODS', 'SETTLEMENT OF ACCOUNT'],
  receipt(c, remark, trading, bare) {
    const name = trading ? c.trade : c.bank;
    const ch = ['PESALINK-IN', 'RTGS-IN', 'EFT-IN', 'IFT FROM'][name.length % 4];
    return {
      text: `${ch} ${name}${bare ? '' : ' ' + (remark || '')}`.trim().toUpperCase(),
      ref: `FT26${pad(rnd(99999), 5)}`,
    };
  },
  suppliers: [
    { legal: 'Bidco Africa Ltd', bank: 'BIDCO AFRICA' },
    { legal: 'Kenya Power & Lighting Co', bank: 'KPLC PREPAID/POSTPAID' },
    { legal: 'Mabati Rolling Mills', bank: 'MABATI ROLLING MIL' },
    { legal: 'Sendy Logistics Ltd', bank: 'SENDY LOGISTICS LT' },
    { legal: 'Nairobi Water & Sewerage Co', bank: 'NAIROBI CITY WATER' },
    { legal: 'Kamau Transporters', bank: 'JOSEPH KAMAU NJOROG' },
  ],
  payment: (s, ref) => ({
    text: `PESALINK-OUT ${s.bank.slice(0, 18)}${ref ? ' ' + ref.toUpperCase() : ''}`,
    ref: null,
  }),
  reversal: (s, ref) => ({
    text: `REV PESALINK-OUT ${s.bank.slice(0, 18)} ${ref.toUpperCase()} UNSUCCESSFUL`,
    ref: null,
  }),
  cheque: (chq) => ({ text: `CHQ PAID ${chq}`, ref: String(chq).padStart(6, '0') }),
  payrollPerEmployee: false,
  salaryBatch: () => ({ text: 'BULK EFT SALARIES MAY 2026 (14 ITEMS)', ref: 'BLK0526' }),
  statutory: [
    ['Kenya Revenue Authority', 'PAYE April 2026 - KRA', 250000, 600000, '2026051498765'],
    ['Social Health Authority', 'SHIF + NSSF April 2026', 80000, 200000, null],
  ],
  statutoryText: (st) =>
    st[4] ? { text: `KRA PAYMENT PRN ${st[4]}`, ref: st[4] } : { text: 'SHA/NSSF CONTRIBUTIONS APR', ref: null },
  gateway: {
    name: 'Pesapal',
    rate: 0.035,
    text: (sid) => ({ text: `EFT-IN PESAPAL LTD SETTLEMENT ${sid}`, ref: sid }),
  },
  pos: {
    name: 'DTB card acquiring',
    tids: ['DTB09311', 'DTB09312'],
    text: (tid) => ({ text: `POS MERCHANT SETTLEMENT ${tid}`, ref: null }),
  },
  sweeps: 4,
  sweepOut: false,
  sweepTrait: 'wallet-sweep',
  sweepBook: 'Transfer from M-PESA Till 5123401',
  sweepText: (i) => ({
    text: `MPESA B2B TILL 5123401 SWEEP ${['RGX', 'RH2', 'RJ8', 'RKQ'][i]}${7000 + i * 13}`,
    ref: null,
  }),
  otherAcct: 'DTB USD/KES Call deposit',
  ownTransfer: (out) => ({
    text: out ? 'IFT TO A/C 0123XXXX0201 CALL DEPOSIT' : 'IFT FROM A/C 0123XXXX0201',
    ref: null,
  }),
  debitOrders: [
    ['Jubilee Insurance', 8000, 30000],
    ['Safaricom Business Fibre', 5000, 15000],
  ],
  debitOrder: (n) => ({ text: `STANDING ORDER ${n.toUpperCase()}`, ref: null }),
  debitOrderReturn: (n) => ({ text: `S/O RETURNED INSUFFICIENT FUNDS ${n.toUpperCase()}`, ref: null }),
  cashDeposit: () => ({ text: 'CASH DEPOSIT MOMBASA RD BRANCH', ref: null }),
  charges(bank, { day }) {
    const out = [];
    for (const b of bank.filter((b) => b.amt < 0 && /PESALINK-OUT|BULK EFT/.test(b.text)).slice(0, 20)) {
      out.push({ date: b.date, amt: -5000, text: 'PESALINK CHARGES', kind: 'charge', time: (b.time ?? 8) + 0.5 });
      out.push({ date: b.date, amt: -1000, text: 'EXCISE DUTY ON CHARGES', kind: 'tax', time: (b.time ?? 8) + 0.6 });
    }
    for (const b of bank.filter((b) => b.amt > 0 && /RTGS-IN|MPESA B2B/.test(b.text)).slice(0, 14)) {
      out.push({ date: b.date, amt: -20000, text: 'RTGS INWARD CHARGE', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    }
    out.push({
      date: iso(2026, 5, 29),
      amt: -100000,
      text: 'LEDGER FEE MAY 2026',
      kind: 'charge',
      bookable: true,
      bookAs: 'Bank charges - ledger fee May',
      time: 20,
    });
    out.push({ date: iso(2026, 5, 29), amt: -20000, text: 'EXCISE DUTY LEDGER FEE', kind: 'tax', time: 21 });
    out.push({
      date: day(),
      amt: -15000,
      text: 'CHEQUE BOOK ISSUANCE 25 LVS',
      kind: 'charge',
      bookable: true,
      bookAs: 'Cheque book',
    });
    out.push({ date: day(), amt: -3000, text: 'SMS BANKING FEE', kind: 'charge' });
    return out;
  },
  unrecorded: ({ day, money }) => [
    { date: day(), amt: money(2000, 9000), text: 'PESALINK-IN PETER KIPCHUMBA', ref: 'FT2600188' },
    { date: day(), amt: money(10000, 40000), text: 'EFT-IN COUNTY GOVT OF MACHAKOS', ref: 'FT2600412' },
    { date: day(), amt: -money(3000, 12000), text: 'PESALINK-OUT ANN WAIRIMU KARIUK', ref: null },
    {
      date: day(),
      amt: money(1500, 6000),
      text: 'MPESA C2B 5123401 ACC WRONG PAYBILL REF',
      ref: null,
      traits: ['paybill-wrong-account'],
    },
  ],
  outstanding: ({ day, money, nextInv, billNo }) => [
    {
      date: iso(2026, 5, 29),
      amt: money(20000, 90000),
      ref: `INV${nextInv()}`,
      desc: 'Naivas Limited',
      party: 'Naivas Limited',
      type: 'recv',
      why: 'cheque deposited 29 May, not yet cleared',
    },
    {
      date: iso(2026, 5, 30),
      amt: -money(10000, 60000),
      ref: `LPO ${billNo()}`,
      desc: 'Bidco Africa Ltd',
      party: 'Bidco Africa Ltd',
      type: 'pay',
      why: 'payment entered on a Saturday, sent in June',
    },
    {
      date: day(5, 20),
      amt: -money(2000, 8000),
      ref: null,
      desc: 'Fuel - Total Energies',
      party: 'TotalEnergies',
      type: 'spend',
      why: 'paid by M-PESA, wrongly booked to the DTB account',
    },
  ],
};

const GH = {
  key: 'gh-stanbic-sage',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  y: 2026,
  m: 6,
  days: 30,
  scale: 0.01,
  bankName: 'Stanbic Bank Ghana',
  invStart: 5532,
  billStart: 1201,
  chqStart: 400117,
  inv: (n) => `SI-${n}`,
  invNoPad: (n) => `SI${n}`,
  cn: (n) => `SCN-${n}`,
  bill: (n) => `PI-${n}`,
  whtRate: 0.03,
  whtWord: 'net 3% wht',
  whtTrait: 'short-withholding-tax-3pct',
  payerCharge: 1000,
  twoInvoiceRows: true,
  customers: [
    { legal: 'Melcom Ltd', bank: 'MELCOM LIMITED', trade: 'MELCOM' },
    { legal: 'Kwame Asante Enterprise', bank: 'KWAME ASANTE ENT', trade: 'K ASANTE' },
    { legal: 'Ernest Chemists Limited', bank: 'ERNEST CHEMISTS LTD', trade: 'ERNEST CHEMIST' },
    { legal: 'Korle Bu Teaching Hospital', bank: 'KORLE BU TEACHING HOSP', trade: 'KBTH' },
    { legal: 'Abena Owusu (Owusu Pharmacy)', bank: 'ABENA OWUSU', trade: 'OWUSU PHARMACY' },
    { legal: 'Tema Oil Refinery', bank: 'TEMA OIL REFINERY LTD', trade: 'TOR' },
    { legal: 'Shoprite Ghana (Accra Mall)', bank: 'SHOPRITE CHECKERS GH', trade: 'SHOPRITE ACCRA' },
  ],
  strangers: ['KOJO ANNAN', 'RIDGE HOSPITAL PHARM', 'ADWOA MENSAH', 'PHARMA PLUS KUMASI'],
  vagueRemarks: ['PAYMENT', 'PYMT FOR DRUGS', 'SUPPLY JUNE', 'SETTLEMENT'],
  receipt(c, remark, trading, bare) {
    const name = trading ? c.trade : c.bank;
    const ch = ['GIP INSTANT PAY FRM', 'ACH CR', 'INTERNAL TRF FRM', 'MOMO TO BANK'][name.length % 4];
    return {
      text: `${ch} ${name}${bare ? '' : ' ' + remark}`.trim(),
      ref: `${['GIP', 'ACH', 'IBT', 'MTB'][name.length % 4]}${pad(rnd(1000000), 6)}`,
    };
  },
  suppliers: [
    { legal: 'Ernest Chemists Manufacturing', bank: 'ERNEST CHEM MANUF' },
    { legal: 'Tobinco Pharmaceuticals Ltd', bank: 'TOBINCO PHARMA' },
    { legal: 'Electricity Company of Ghana', bank: 'ECG POSTPAID' },
    { legal: 'DHL Global Forwarding Ghana', bank: 'DHL GLOBAL FWD GH' },
    { legal: 'Danpong Pharmaceuticals', bank: 'DANPONG PHARMA LTD' },
    { legal: 'Kofi Boateng (courier)', bank: 'KOFI BOATENG' },
  ],
  payment: (s, ref) => ({ text: `GIP TRF TO ${s.bank}${ref ? ' ' + ref : ''}`.slice(0, 40), ref: null }),
  reversal: (s, ref) => ({ text: `GIP REVERSAL ${s.bank} ${ref} TIMEOUT`, ref: null }),
  cheque: (chq) => ({ text: `CHEQUE WITHDRAWAL ${chq}`, ref: String(chq) }),
  payrollPerEmployee: false,
  salaryBatch: () => ({ text: 'BULK PAYMENT SALARY JUNE 2026', ref: 'BULK0626' }),
  statutory: [
    ['SSNIT', 'SSNIT Tier 1 May 2026', 200000, 500000, null],
    ['Ghana Revenue Authority', 'PAYE May 2026 - GRA', 300000, 700000, 'GRA0526'],
  ],
  statutoryText: (st) =>
    st[4]
      ? { text: `GRA TAX PAYMENT TIN C0004418822 PAYE MAY`, ref: 'GRA0526' }
      : { text: 'SSNIT CONTRIBUTION MAY26', ref: null },
  gateway: { name: 'Hubtel', rate: 0.0195, text: (sid) => ({ text: `HUBTEL SETTLEMENT ${sid}`, ref: sid }) },
  pos: {
    name: 'Stanbic POS',
    tids: ['SBGH0177', 'SBGH0178'],
    text: (tid) => ({ text: `POS SETTLEMENT TID ${tid}`, ref: null }),
  },
  sweeps: 4,
  sweepOut: true,
  sweepTrait: 'wallet-transfer',
  sweepBook: 'Float to MTN MoMo merchant wallet',
  sweepText: (i) => ({ text: `BANK TO MOMO 0244XXX${310 + i} FLOAT`, ref: null }),
  otherAcct: 'Stanbic GHS call account',
  ownTransfer: (out) => ({ text: out ? 'TRANSFER TO 9040XXXX4471 CALL A/C' : 'TRANSFER FROM 9040XXXX4471', ref: null }),
  debitOrders: [
    ['Enterprise Insurance', 30000, 90000],
    ['Vodafone Business Broadband', 20000, 50000],
  ],
  debitOrder: (n) => ({ text: `STANDING ORDER ${n.toUpperCase()}`.slice(0, 40), ref: null }),
  debitOrderReturn: (n) => ({ text: `REVERSAL S/O ${n.toUpperCase()} INSUFF FUNDS`.slice(0, 44), ref: null }),
  cashDeposit: () => ({ text: 'CASH DEPOSIT RIDGE BRANCH', ref: null }),
  charges(bank, { day }) {
    const out = [];
    for (const b of bank.filter((b) => b.amt < 0 && /BANK TO MOMO/.test(b.text))) {
      out.push({
        date: b.date,
        amt: -Math.round(-b.amt * 0.01),
        text: 'E-LEVY 1% ON TRANSFER',
        kind: 'levy',
        time: (b.time ?? 8) + 0.5,
      });
    }
    for (const b of bank.filter((b) => b.amt < 0 && /GIP TRF|BULK PAYMENT/.test(b.text)).slice(0, 20)) {
      out.push({ date: b.date, amt: -750, text: 'GIP TRANSFER CHARGE', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    }
    for (const b of bank.filter((b) => /CHEQUE WITHDRAWAL|BULK PAYMENT/.test(b.text))) {
      out.push({
        date: b.date,
        amt: -Math.max(100, Math.round(-b.amt * 0.0025)),
        text: 'COT CHARGE',
        kind: 'charge',
        time: (b.time ?? 8) + 0.6,
      });
    }
    for (const b of bank.filter((b) => /^ACH CR/.test(b.text))) {
      out.push({ date: b.date, amt: -200, text: 'ACH INWARD CHARGE', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    }
    for (const b of bank.filter((b) => /CASH DEPOSIT/.test(b.text))) {
      out.push({ date: b.date, amt: -500, text: 'CASH HANDLING FEE', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    }
    out.push({
      date: iso(2026, 6, 30),
      amt: -5000,
      text: 'MONTHLY ACCOUNT MAINTENANCE FEE',
      kind: 'charge',
      bookable: true,
      bookAs: 'Bank charges June',
      time: 20,
    });
    out.push({ date: iso(2026, 6, 30), amt: -1000, text: 'SMS ALERT CHARGES JUN', kind: 'charge', time: 21 });
    out.push({ date: iso(2026, 6, 30), amt: 4210, text: 'CREDIT INTEREST', kind: 'interest', time: 22 });
    out.push({ date: iso(2026, 6, 30), amt: -337, text: 'WHT ON CREDIT INTEREST', kind: 'tax', time: 23 });
    out.push({
      date: day(),
      amt: -2500,
      text: 'COT CHARGE',
      kind: 'charge',
      bookable: true,
      bookAs: 'Commission on turnover',
    });
    out.push({ date: day(), amt: -3000, text: 'STATEMENT REQUEST FEE', kind: 'charge' });
    return out;
  },
  unrecorded: ({ day, money }) => [
    { date: day(), amt: money(30000, 150000), text: 'MOMO TO BANK 0551XXX902 YAA', ref: 'MTB771203' },
    { date: day(), amt: money(100000, 400000), text: 'ACH CR GHANA HEALTH SERVICE', ref: 'ACH118822' },
    { date: day(), amt: -money(20000, 90000), text: 'GIP TRF TO EMMANUEL TETTEH', ref: null },
    { date: day(), amt: -money(500, 1200, 10), text: 'POS PURCHASE GAME ACHIMOTA', ref: null },
    { date: day(), amt: -money(200, 900, 10), text: 'POS PURCHASE SHELL SPINTEX', ref: null },
    { date: day(), amt: -money(100, 600, 10), text: 'POS PURCHASE MAXMART 37', ref: null },
    { date: day(), amt: money(800, 3000, 10), text: 'MOMO TO BANK 0208XXX551 ESI', ref: 'MTB771977' },
  ],
  outstanding: ({ money, nextInv, billNo }) => [
    {
      date: iso(2026, 6, 30),
      amt: money(50000, 300000),
      ref: `SI-${nextInv()}`,
      desc: 'Melcom Ltd',
      party: 'Melcom Ltd',
      type: 'recv',
      why: 'cheque lodged 30 Jun, clears in July',
    },
    {
      date: iso(2026, 6, 29),
      amt: -money(30000, 200000),
      ref: `PI-${billNo()}`,
      desc: 'Tobinco Pharmaceuticals Ltd',
      party: 'Tobinco Pharmaceuticals Ltd',
      type: 'pay',
      why: 'payment approved, released in July',
    },
  ],
};

const ZA = {
  key: 'za-tymebank-zoho',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  y: 2026,
  m: 7,
  days: 31,
  scale: 0.05,
  bankName: 'TymeBank',
  invStart: 771,
  billStart: 301,
  chqStart: 0,
  inv: (n) => `INV-${pad(n, 6)}`,
  invNoPad: (n) => `INV${n}`,
  cn: (n) => `CN-${pad(n, 5)}`,
  bill: (n) => `BILL-${n}`,
  whtRate: 0.02, // no withholding in SA: the payer short-paid a 2% settlement discount it took
  whtWord: 'less 2% sett disc',
  whtTrait: 'short-settlement-discount',
  payerCharge: 500,
  twoInvoiceRows: false,
  customers: [
    { legal: 'Spar Group Ltd (Kloof Superspar)', bank: 'KLOOF SUPERSPAR', trade: 'SUPERSPAR' },
    { legal: 'Thandeka Nkosi Catering', bank: 'T NKOSI', trade: 'THANDEKA CATERING' },
    { legal: 'Durban Deep Sea Angling Club', bank: 'DDSAC', trade: 'DURBAN DEEP SEA' },
    { legal: 'Pieter van der Merwe', bank: 'PJ VD MERWE', trade: 'VD MERWE' },
    { legal: 'Umhlanga Guest House (Pty) Ltd', bank: 'UMHLANGA GUEST HOUS', trade: 'UMHLANGA GH' },
    { legal: 'Moodley Family Trust', bank: 'MOODLEY FAM TRUST', trade: 'MOODLEY' },
  ],
  strangers: ['M BOTHA', 'NAIDOO WEDDINGS', 'SIBUSISO NDLOVU', 'BERGVILLE B&B'],
  vagueRemarks: ['payment', 'catering', 'july', 'deposit'],
  receipt(c, remark, trading, bare) {
    const name = trading ? c.trade : c.bank;
    return { text: `Received from ${name}${bare ? '' : ' ' + remark}`.trim() };
  },
  suppliers: [
    { legal: 'Makro SA (Pty) Ltd', bank: 'MAKRO SA' },
    { legal: 'Bidfood Durban', bank: 'BIDFOOD' },
    { legal: 'eThekwini Municipality', bank: 'ETHEKWINI MUNIC' },
    { legal: 'Vodacom Business', bank: 'VODACOM' },
    { legal: 'Sipho Dlamini (driver)', bank: 'S DLAMINI' },
    { legal: 'Fresh Produce Market Durban', bank: 'DBN FRESH PRODUCE' },
  ],
  payment: (s, ref) => ({
    text: `Payment to ${s.bank}${ref ? ' ' + ref : ''}`.slice(0, 34),
    fee: rnd(3) === 0 ? 500 : 0,
  }),
  reversal: (s, ref) => ({ text: `Reversal payment to ${s.bank} ${ref}` }),
  cheque: () => {
    throw new Error('no cheques');
  },
  payrollPerEmployee: true,
  employees: ['N MTHEMBU', 'L NAIDOO', 'B ZULU', 'K PILLAY'],
  salary: (e) => ({ text: `Payment to ${e} SALARY JUL` }),
  statutory: [
    ['SARS', 'EMP201 June 2026', 300000, 900000, '7123456789LC0626'],
    ['SARS', 'VAT201 May-Jun 2026', 500000, 1500000, '4123456789VA0626'],
  ],
  statutoryText: (st) => ({ text: `Payment to SARS-${st[1].slice(0, 6)} ${st[4]}` }),
  gateway: { name: 'PayFast', rate: 0.035, text: (sid) => ({ text: `Received from PAYFAST PAYOUT ${sid}` }) },
  pos: { name: 'iKhokha', tids: ['IKH-8841', 'IKH-8842'], text: (tid) => ({ text: `Received from IKHOKHA ${tid}` }) },
  sweeps: 0,
  otherAcct: 'TymeBank GoalSave',
  ownTransfer: (out) => ({ text: out ? 'Transfer to GoalSave' : 'Transfer from GoalSave' }),
  debitOrders: [
    ['Santam Insurance', 40000, 90000],
    ['Sage Accounting subscription', 10000, 20000],
    ['Telkom Business', 20000, 40000],
  ],
  debitOrder: (n) => ({ text: `Debit order ${n.toUpperCase()}`.slice(0, 34) }),
  debitOrderReturn: (n) => ({ text: `Unpaid debit order ${n.toUpperCase()}`.slice(0, 36) }),
  cashDeposit: () => ({ text: 'Cash deposit Pick n Pay till', fee: 0 }),
  charges(bank, { day }) {
    const out = [];
    // cash deposit fee and EFT fee written in the Fees column of their own row
    for (const b of bank.filter((b) => /Cash deposit/.test(b.text)))
      out.push({
        date: b.date,
        amt: 0,
        fee: 2500,
        text: 'Cash deposit fee',
        kind: 'charge',
        time: (b.time ?? 8) + 0.5,
      });
    for (const b of bank.filter((b) => /^Payment to/.test(b.text) && !b.fee).slice(0, 20))
      out.push({ date: b.date, amt: 0, fee: 500, text: 'Payment fee', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    for (const b of bank.filter((b) => /^Debit order/.test(b.text)))
      out.push({ date: b.date, amt: 0, fee: 300, text: 'Debit order fee', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    for (const b of bank.filter((b) => /PAYFAST/.test(b.text)).slice(0, 3))
      out.push({ date: b.date, amt: 0, fee: 150, text: 'Notification fee', kind: 'charge', time: (b.time ?? 8) + 0.5 });
    out.push({
      date: iso(2026, 7, 31),
      amt: 0,
      fee: 3900,
      text: 'Monthly account fee',
      kind: 'charge',
      bookable: true,
      bookAs: 'TymeBank monthly fee',
      time: 20,
    });
    out.push({ date: iso(2026, 7, 31), amt: 1846, text: 'Interest received', kind: 'interest', time: 21 });
    out.push({
      date: day(),
      amt: 0,
      fee: 1000,
      text: 'Unpaid debit order fee',
      kind: 'charge',
      bookable: true,
      bookAs: 'Bank charges - unpaid DO',
    });
    out.push({ date: day(), amt: 0, fee: 200, text: 'SMS notification fee', kind: 'charge' });
    return out;
  },
  unrecorded: ({ day, money }) => [
    { date: day(), amt: money(2000, 8000, 10), text: 'Received from A GOVENDER' },
    { date: day(), amt: -money(1000, 5000, 10), text: 'Card purchase TAKEALOT.COM', evidence: 'counterparty' },
    { date: day(), amt: -money(500, 1500, 10), text: 'Prepaid electricity 0415****2210' },
    { date: day(), amt: money(100000, 300000), text: 'Received from CAPE UNION MART', traits: ['unrecorded-receipt'] },
    { date: day(), amt: -money(200, 900, 10), text: 'Card purchase ENGEN UMHLANGA', evidence: 'counterparty' },
    { date: day(), amt: -money(100, 600, 10), text: 'Card purchase WOOLWORTHS GATEWAY', evidence: 'counterparty' },
    { date: day(), amt: -money(300, 1200, 10), text: 'Card purchase BUILDERS WAREHOUSE', evidence: 'counterparty' },
    { date: day(), amt: -money(100, 400, 10), text: 'Card purchase UBER *TRIP', evidence: 'counterparty' },
  ],
  outstanding: ({ money, nextInv, billNo }) => [
    {
      date: iso(2026, 7, 31),
      amt: money(50000, 200000),
      ref: `INV-${pad(nextInv(), 6)}`,
      desc: 'Umhlanga Guest House (Pty) Ltd',
      party: 'Umhlanga Guest House (Pty) Ltd',
      type: 'recv',
      why: 'EFT made 31 Jul, reaches the account in August',
    },
    {
      date: iso(2026, 7, 30),
      amt: -money(20000, 90000),
      ref: `BILL-${billNo()}`,
      desc: 'Bidfood Durban',
      party: 'Bidfood Durban',
      type: 'pay',
      why: 'payment entered, released in August',
    },
  ],
};
// TymeBank has no cheques: the scenario's cheques are replaced by "instant EFT later" presentments – skip cheques
ZA.chqStart = 0;

export { NG, KE, GH, ZA };

// ---------- writers ----------
function sortBank(bank) {
  return bank
    .map((b, i) => ({ b, i }))
    .sort((x, y) =>
      x.b.date < y.b.date ? -1 : x.b.date > y.b.date ? 1 : (x.b.time ?? 8) - (y.b.time ?? 8) || x.i - y.i,
    )
    .map((x) => x.b);
}
function sortLedger(ledger) {
  return ledger
    .map((l, i) => ({ l, i }))
    .sort((x, y) => (x.l.date < y.l.date ? -1 : x.l.date > y.l.date ? 1 : x.i - y.i))
    .map((x) => x.l);
}

let CUR = null;
const rnd = (n) => Math.floor(CUR() * n);
function build(C, idx) {
  const rng = mulberry32(SEED * 7 + idx * 1013);
  CUR = mulberry32(SEED * 13 + idx * 7);
  if (C.chqStart === 0) C.cheque = null;
  const sc = scenario({ ...C, cheque: C.cheque ?? (() => ({ text: 'x' })) }, rng);
  // sets without cheques: drop cheque rows that the scenario created
  if (!C.cheque) {
    const chqLedger = new Set(sc.ledger.filter((l) => l.type === 'chq'));
    sc.ledger = sc.ledger.filter((l) => !chqLedger.has(l));
    sc.bank = sc.bank.filter((b) => !b.lk.some((l) => chqLedger.has(l)));
  }
  // integer minor units everywhere
  for (const b of sc.bank) {
    b.amt = Math.round(b.amt);
    if (b.fee) b.fee = Math.round(b.fee);
    b.line = b.amt - (b.fee ?? 0);
  }
  for (const l of sc.ledger) l.amt = Math.round(l.amt);
  sc.bank = sortBank(sc.bank);
  sc.ledger = sortLedger(sc.ledger);
  return sc;
}

const WRITERS = {};

// Kuda Business statement (CSV export of the app statement) — Date/Time, Money In, Money out, Category, To / From, Description, Balance
WRITERS.NG = (C, sc) => {
  const file = 'kuda-business-3021449876-apr2026.csv';
  const opening = 412587530;
  const rows = [
    ['Kuda Microfinance Bank Ltd'],
    ['Account Name', 'SEUNPACK FOODS LTD'],
    ['Account Number', '3021449876'],
    ['Statement Period', '01/04/2026 - 30/04/2026'],
    ['Opening Balance', `₦${grp(opening)}`],
    [],
    ['Date/Time', 'Money In', 'Money out', 'Category', 'To / From', 'Description', 'Balance'],
  ];
  const headerRow = rows.length;
  let bal = opening;
  let prevDay = null;
  let k = 0;
  sc.bank.forEach((b, i) => {
    bal += b.line;
    k = b.date === prevDay ? k + 1 : 0;
    prevDay = b.date;
    const mins = 7 * 60 + 12 + k * 29 + ((i * 7) % 17); // posting order within the day
    const time = `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}:${pad((i * 13) % 60)}`;
    rows.push([
      `${dmySlash(b.date)} ${time}`,
      b.line > 0 ? `₦${grp(b.line)}` : '',
      b.line < 0 ? `₦${grp(-b.line)}` : '',
      b.cat,
      b.party,
      b.text,
      `₦${grp(bal)}`,
    ]);
    b.row = rows.length;
    b.csvText = b.text;
  });
  rows.push([]);
  rows.push(['Closing Balance', '', '', '', '', '', `₦${grp(bal)}`]);
  return {
    files: { [file]: csv(rows) },
    bankFile: {
      file,
      bank: 'Kuda Business (Kuda Microfinance Bank)',
      headerRow,
      openingBalance: dec(opening),
      closingBalance: dec(bal),
    },
    readOptions: {
      currency: 'NGN',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date/Time',
        moneyIn: 'Money In',
        moneyOut: 'Money out',
        description: ['To / From', 'Description'],
        party: 'To / From',
        balance: 'Balance',
      },
    },
    narration: (b) => `${b.party} — ${b.text}`,
    counterparty: (b) => ({ name: b.party, account: null }),
    bankRef: () => null,
  };
};
// Xero "Account Transactions" report, CSV: title rows, a section per account, Opening Balance / Total / Closing Balance
WRITERS.NG_BOOKS = (C, sc) => {
  const file = 'xero-account-transactions-apr2026.csv';
  const acct = 'Kuda Business Current';
  const rows = [
    ['Account Transactions'],
    ['SeunPack Foods Ltd'],
    ['For the period 1 April 2026 to 30 April 2026'],
    [],
    ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance'],
  ];
  const headerRow = rows.length;
  const src = {
    recv: 'Receivable Payment',
    pay: 'Payable Payment',
    jnl: 'Manual Journal',
    chq: 'Spend Money',
    'rcv-money': 'Receive Money',
    spend: 'Spend Money',
    xfer: 'Bank Transfer',
  };
  rows.push([acct]);
  let bal = 398211045;
  rows.push(['', '', 'Opening Balance', '', '', '', grp(bal)]);
  for (const l of sc.ledger) {
    bal += l.amt;
    const desc =
      l.type === 'recv' || l.type === 'pay'
        ? `Payment: ${l.party}`
        : l.type === 'chq'
          ? `${l.party} - cheque ${l.ref}`
          : l.desc;
    rows.push([
      dMonY(l.date),
      src[l.type],
      desc,
      l.ref ?? '',
      l.amt > 0 ? grp(l.amt) : '',
      l.amt < 0 ? grp(-l.amt) : '',
      grp(bal),
    ]);
    l.row = rows.length;
    l.xdesc = desc;
  }
  rows.push(['', '', `Total ${acct}`, '', '', '', '']);
  rows.push(['', '', 'Closing Balance', '', '', '', grp(bal)]);
  rows.push([]);
  // a second account section (Paystack clearing) of the same report
  rows.push(['Sales Tax']);
  rows.push(['', '', 'Opening Balance', '', '', '', '0.00']);
  const v1 = '12 Apr 2026';
  rows.push([
    v1,
    'Receivable Invoice',
    'Invoice: Adeyemi Supermarkets Limited',
    'INV-1290',
    '',
    '41,250.00',
    '-41,250.00',
  ]);
  const extraRow = rows.length;
  rows.push(['', '', 'Total Sales Tax', '', '', '', '']);
  rows.push(['', '', 'Closing Balance', '', '', '', '-41,250.00']);
  return {
    files: { [file]: csv(rows) },
    ledgerFile: { file, package: 'Xero — Account Transactions report (CSV)', headerRow },
    ledgerAccount: acct,
    otherRows: [{ row: extraRow, date: '2026-04-12', amount: '-41250.00', account: 'Sales Tax' }],
    desc: (l) => l.xdesc,
    party: () => null,
  };
};

// DTB Kenya internet-banking statement CSV
WRITERS.KE = (C, sc) => {
  const file = 'dtb-0123456001-may2026.csv';
  const opening = 187654320;
  const rows = [
    ['DIAMOND TRUST BANK KENYA LTD'],
    ['ACCOUNT STATEMENT'],
    ['Account Name:', 'TUSKER AGRO SUPPLIES LTD'],
    ['Account No:', '0123456001', 'Currency:', 'KES'],
    ['Period:', '01-May-2026 to 31-May-2026'],
    [],
    ['Tran Date', 'Value Date', 'Transaction Details', 'Reference No.', 'Withdrawals', 'Deposits', 'Book Balance'],
  ];
  const headerRow = rows.length;
  rows.push(['', '', 'BALANCE B/F', '', '', '', grp(opening)]);
  let bal = opening;
  for (const b of sc.bank) {
    bal += b.line;
    const vd = /CHQ|CHEQUE/.test(b.text) ? weekday(addDays(b.date, 0)) : b.date;
    rows.push([
      ddMonYDash(b.date),
      ddMonYDash(vd),
      b.text,
      b.ref ?? '',
      b.line < 0 ? grp(-b.line) : '',
      b.line > 0 ? grp(b.line) : '',
      grp(bal),
    ]);
    b.row = rows.length;
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', grp(bal)]);
  return {
    files: { [file]: csv(rows) },
    bankFile: {
      file,
      bank: 'Diamond Trust Bank (DTB) Kenya',
      headerRow,
      openingBalance: dec(opening),
      closingBalance: dec(bal),
    },
    readOptions: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference No.',
        moneyOut: 'Withdrawals',
        moneyIn: 'Deposits',
        balance: 'Book Balance',
      },
    },
    narration: (b) => b.text,
    counterparty: () => null,
    bankRef: (b) => b.ref ?? null,
  };
};
// QuickBooks Online "General Ledger" report CSV
WRITERS.KE_BOOKS = (C, sc) => {
  const file = 'quickbooks-general-ledger-may2026.csv';
  const acct = 'DTB Current Account 0123456001';
  const rows = [
    ['Tusker Agro Supplies Ltd'],
    ['General Ledger'],
    ['May 2026'],
    [],
    ['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
  ];
  const headerRow = rows.length;
  const type = {
    recv: 'Payment',
    pay: 'Bill Payment (Cheque)',
    jnl: 'Journal Entry',
    chq: 'Cheque',
    'rcv-money': 'Deposit',
    spend: 'Expense',
    xfer: 'Transfer',
  };
  const split = {
    recv: 'Accounts Receivable (A/R)',
    pay: 'Accounts Payable (A/P)',
    jnl: 'Salaries Payable',
    chq: 'Accounts Payable (A/P)',
    'rcv-money': 'Sales',
    spend: 'Bank Charges',
    xfer: 'M-PESA Till 5123401',
  };
  rows.push([acct]);
  let bal = 176540010;
  rows.push(['Beginning Balance', '', '', '', '', '', '', '', grp(bal)]);
  for (const l of sc.ledger) {
    bal += l.amt;
    let sp = split[l.type];
    if (l.type === 'xfer' && /Call/.test(l.desc)) sp = 'DTB Call Deposit';
    if (l.type === 'spend' && l.party && !/Diamond/.test(l.party)) sp = 'Insurance & Utilities';
    if (/Pesapal fees/.test(l.desc)) sp = 'Merchant Fees';
    if (l.party === 'Kenya Revenue Authority') sp = 'PAYE Payable';
    if (l.party === 'Social Health Authority') sp = 'Statutory Deductions Payable';
    rows.push(['', dmySlash(l.date), type[l.type], l.ref ?? '', l.party ?? '', l.desc, sp, grp(l.amt), grp(bal)]);
    l.row = rows.length;
  }
  rows.push([`Total for ${acct}`, '', '', '', '', '', '', grp(bal - 176540010), '']);
  rows.push(['M-PESA Till 5123401']);
  rows.push(['Beginning Balance', '', '', '', '', '', '', '', '41,200.00']);
  rows.push([
    '',
    '03/05/2026',
    'Sales Receipt',
    '1044',
    'Cash customer',
    'Till sales',
    'Sales',
    '18,450.00',
    '59,650.00',
  ]);
  const extraRow = rows.length;
  rows.push(['Total for M-PESA Till 5123401', '', '', '', '', '', '', '18,450.00', '']);
  rows.push([]);
  rows.push(['', '', '', '', '', '', '', '', '']);
  rows.push(['Cash Basis Sunday, 1 June 2026 09:14 AM GMT+03:00']);
  return {
    files: { [file]: csv(rows) },
    ledgerFile: { file, package: 'QuickBooks Online — General Ledger report (CSV)', headerRow },
    ledgerAccount: acct,
    otherRows: [{ row: extraRow, date: '2026-05-03', amount: '18450.00', account: 'M-PESA Till 5123401' }],
    desc: (l) => l.desc,
    party: (l) => l.party ?? null,
  };
};

// Stanbic Bank Ghana statement CSV
WRITERS.GH = (C, sc) => {
  const file = 'stanbic-gh-9040012874471-jun2026.csv';
  const opening = 8843217;
  const rows = [
    ['Stanbic Bank Ghana Limited'],
    ['Customer Statement'],
    ['Account', 'AKOSOMBO PHARMA DISTRIBUTORS LTD', '9040012874471'],
    ['Currency', 'GHS'],
    ['From', '01/06/2026', 'To', '30/06/2026'],
    [],
    ['Posting Date', 'Value Date', 'Description', 'Reference', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  rows.push(['01/06/2026', '01/06/2026', 'Opening Balance', '', '', '', grp(opening)]);
  const openRow = rows.length;
  let bal = opening;
  for (const b of sc.bank) {
    bal += b.line;
    rows.push([
      dmySlash(b.date),
      dmySlash(b.date),
      b.text,
      b.ref ?? '',
      b.line < 0 ? grp(-b.line) : '',
      b.line > 0 ? grp(b.line) : '',
      grp(bal),
    ]);
    b.row = rows.length;
  }
  rows.push(['30/06/2026', '30/06/2026', 'Closing Balance', '', '', '', grp(bal)]);
  return {
    files: { [file]: csv(rows) },
    bankFile: { file, bank: 'Stanbic Bank Ghana', headerRow, openingBalance: dec(opening), closingBalance: dec(bal) },
    readOptions: {
      currency: 'GHS',
      dateOrder: 'DMY',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Reference',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    openRow,
    narration: (b) => b.text,
    counterparty: () => null,
    bankRef: (b) => b.ref ?? null,
  };
};
// Sage Business Cloud Accounting — Detailed Ledger Transactions (CSV)
WRITERS.GH_BOOKS = (C, sc) => {
  const file = 'sage-detailed-ledger-transactions-jun2026.csv';
  const acct = 'Stanbic Current Account (1210)';
  const rows = [
    ['Akosombo Pharma Distributors Ltd'],
    ['Detailed Ledger Transactions'],
    ['01/06/2026 - 30/06/2026'],
    [],
    ['Account', 'Date', 'Type', 'Reference', 'Contact', 'Description', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const type = {
    recv: 'Customer Receipt',
    pay: 'Supplier Payment',
    jnl: 'Journal',
    chq: 'Supplier Payment',
    'rcv-money': 'Other Receipt',
    spend: 'Other Payment',
    xfer: 'Bank Transfer',
  };
  let bal = 7922510;
  rows.push([acct, '', '', '', '', 'Opening Balance', '', '', grp(bal)]);
  for (const l of sc.ledger) {
    bal += l.amt;
    const ref = l.type === 'chq' ? `Chq ${l.ref}` : (l.ref ?? '');
    rows.push([
      acct,
      dmySlash(l.date),
      type[l.type],
      ref,
      l.party ?? '',
      l.desc,
      l.amt > 0 ? grp(l.amt) : '',
      l.amt < 0 ? grp(-l.amt) : '',
      grp(bal),
    ]);
    l.row = rows.length;
    l.sref = ref;
  }
  rows.push([`Total ${acct}`, '', '', '', '', '', '', '', grp(bal)]);
  rows.push(['MTN MoMo Merchant Wallet (1230)', '', '', '', '', 'Opening Balance', '', '', '1,204.50']);
  rows.push([
    'MTN MoMo Merchant Wallet (1230)',
    '05/06/2026',
    'Other Receipt',
    'MOMO-0605',
    'Walk-in customers',
    'MoMo sales',
    '2,310.00',
    '',
    '3,514.50',
  ]);
  const extraRow = rows.length;
  rows.push(['Total MTN MoMo Merchant Wallet (1230)', '', '', '', '', '', '', '', '3,514.50']);
  return {
    files: { [file]: csv(rows) },
    ledgerFile: { file, package: 'Sage Business Cloud Accounting — Detailed Ledger Transactions (CSV)', headerRow },
    ledgerAccount: acct,
    otherRows: [{ row: extraRow, date: '2026-06-05', amount: '2310.00', account: 'MTN MoMo Merchant Wallet (1230)' }],
    desc: (l) => l.desc,
    party: (l) => l.party ?? null,
    ref: (l) => l.sref || null,
  };
};

// TymeBank business account CSV — Date, Description, Fees, Money Out, Money In, Balance
WRITERS.ZA = (C, sc) => {
  const file = 'tymebank-business-51000234567-jul2026.csv';
  const opening = 9355120;
  const rows = [
    ['TymeBank'],
    ['Account holder', 'KWAZULU KITCHEN CO (PTY) LTD'],
    ['Account number', '51000234567'],
    ['Statement period', '01 Jul 2026 to 31 Jul 2026'],
    [],
    ['Date', 'Description', 'Fees', 'Money Out', 'Money In', 'Balance'],
  ];
  const headerRow = rows.length;
  let bal = opening;
  for (const b of sc.bank) {
    bal += b.line;
    rows.push([
      ddMonY(b.date),
      b.text,
      b.fee ? `-${grp(b.fee)}` : '',
      b.amt < 0 ? `-${grp(-b.amt)}` : '',
      b.amt > 0 ? grp(b.amt) : '',
      grp(bal),
    ]);
    b.row = rows.length;
  }
  return {
    files: { [file]: csv(rows) },
    bankFile: {
      file,
      bank: 'TymeBank (business account)',
      headerRow,
      openingBalance: dec(opening),
      closingBalance: dec(bal),
    },
    readOptions: {
      currency: 'ZAR',
      mapping: {
        date: 'Date',
        description: 'Description',
        fee: 'Fees',
        moneyOut: 'Money Out',
        moneyIn: 'Money In',
        balance: 'Balance',
      },
    },
    narration: (b) => b.text,
    counterparty: () => null,
    bankRef: () => null,
  };
};
// Zoho Books "Account Transactions" report CSV — Date, Account, Transaction Details, Transaction Type, Transaction#, Reference#, Debit, Credit, Amount
WRITERS.ZA_BOOKS = (C, sc) => {
  const file = 'zoho-books-account-transactions-jul2026.csv';
  const acct = 'TymeBank Business';
  const rows = [
    ['KwaZulu Kitchen Co (Pty) Ltd'],
    ['Account Transactions'],
    ['From 01/07/2026 To 31/07/2026'],
    [],
    [
      'Date',
      'Account',
      'Transaction Details',
      'Transaction Type',
      'Transaction#',
      'Reference#',
      'Debit',
      'Credit',
      'Amount',
    ],
  ];
  const headerRow = rows.length;
  const type = {
    recv: 'Customer Payment',
    pay: 'Vendor Payment',
    jnl: 'Journal',
    chq: 'Vendor Payment',
    'rcv-money': 'Deposit',
    spend: 'Expense',
    xfer: 'Transfer Fund',
  };
  let pmt = 412;
  for (const l of sc.ledger) {
    const tno =
      l.type === 'recv' ? `PMT-${pmt++}` : l.type === 'pay' ? `VP-${pmt++}` : l.type === 'jnl' ? 'JNL-0071' : '';
    rows.push([
      dmySlash(l.date),
      acct,
      l.party ?? l.desc,
      type[l.type],
      tno,
      l.ref ?? '',
      l.amt > 0 ? grp(l.amt) : '',
      l.amt < 0 ? grp(-l.amt) : '',
      grp(l.amt),
    ]);
    l.row = rows.length;
    l.zdesc = `${l.party ?? l.desc} — ${type[l.type]}`;
  }
  rows.push(['14/07/2026', 'Petty Cash', 'Cash float top-up', 'Transfer Fund', '', '', '1,500.00', '', '1,500.00']);
  const extraRow = rows.length;
  return {
    files: { [file]: csv(rows) },
    ledgerFile: { file, package: 'Zoho Books — Account Transactions report (CSV)', headerRow },
    ledgerAccount: acct,
    otherRows: [{ row: extraRow, date: '2026-07-14', amount: '1500.00', account: 'Petty Cash' }],
    desc: (l) => l.zdesc,
    party: () => null,
    readOptions: {
      currency: 'ZAR',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        account: 'Account',
        description: ['Transaction Details', 'Transaction Type'],
        journalId: 'Transaction#',
        reference: 'Reference#',
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
  };
};

// ---------- assemble ----------
const SETS = [
  [NG, 'NG', { currency: 'NGN' }],
  [KE, 'KE', { currency: 'KES', dateOrder: 'DMY' }],
  [GH, 'GH', { currency: 'GHS', dateOrder: 'DMY' }],
  [ZA, 'ZA', null],
];

function write(p, s) {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, s);
}

// keep README.md; rewrite the sets and index.json
for (const [C] of SETS) fs.rmSync(path.join(OUT, C.key), { recursive: true, force: true });
const index = { seed: SEED, sets: [] };
SETS.forEach(([C, w, ledgerOpts], idx) => {
  const sc = build(C, idx);
  const bw = WRITERS[w](C, sc);
  const lw = WRITERS[w + '_BOOKS'](C, sc);
  const dir = path.join(OUT, C.key);
  for (const [f, s] of Object.entries({ ...bw.files, ...lw.files })) write(path.join(dir, f), s);
  const bfile = bw.bankFile.file;
  const lfile = lw.ledgerFile.file;
  const lref = (l) => ({ file: lfile, row: l.row, date: l.date, amount: dec(l.amt) });
  const ids = new Map(sc.bank.map((b) => [b, b]));
  const bankTruth = sc.bank.map((b) => {
    const t = {
      ref: { file: bfile, row: b.row, date: b.date, amount: dec(b.line), text: b.text },
      expect: b.expect,
      ledger: b.lk.map(lref),
      group: b.group,
      evidence: b.evidence,
      ambiguous: b.ambiguous,
      kind: b.expect === 'bank-only' ? b.kind : null,
      partner: b.partner
        ? { file: bfile, row: b.partner.row, date: b.partner.date, amount: dec(b.partner.line), text: b.partner.text }
        : null,
      traits: b.traits ?? [],
    };
    if (b.fee && b.amt !== 0 && b.expect !== 'bank-only') t.traits = [...t.traits, 'fee-on-same-line'];
    if (b.anyOf) t.ledgerAnyOf = b.anyOf.map((s) => s.map(lref));
    return t;
  });
  const usedL = new Set(sc.bank.flatMap((b) => b.lk));
  const ledgerOnly = sc.ledger
    .filter((l) => !usedL.has(l))
    .map((l) => ({ ...lref(l), why: l.why ?? 'not in this statement' }));
  for (const l of ledgerOnly)
    if (l.why === 'not in this statement') throw new Error(`${C.key}: ledger row ${l.row} unused without reason`);
  const ledgerReadOptions = lw.readOptions ?? ledgerOpts;
  const truth = {
    set: C.key,
    country: C.country,
    currency: C.currency,
    timezone: C.timezone,
    period: { from: iso(C.y, C.m, 1), to: iso(C.y, C.m, C.days) },
    seed: SEED,
    bankFiles: [{ ...bw.bankFile, ledgerAccount: lw.ledgerAccount, readOptions: bw.readOptions }],
    ledgerFiles: [{ ...lw.ledgerFile, readOptions: ledgerReadOptions, otherAccountRows: lw.otherRows }],
    bank: bankTruth,
    ledgerOnly,
  };
  write(path.join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const doc = {
    options: { timezone: C.timezone },
    bank: sc.bank.map((b) => ({
      id: `${bfile}#${b.row}`,
      date: b.date,
      amount: dec(b.line),
      currency: C.currency,
      narration: bw.narration(b),
      reference: bw.bankRef(b),
      counterparty: bw.counterparty(b),
      balance: null,
    })),
    ledger: sc.ledger.map((l) => ({
      id: `${lfile}#${l.row}`,
      date: l.date,
      amount: dec(l.amt),
      currency: C.currency,
      reference: lw.ref ? lw.ref(l) : (l.ref ?? null),
      description: lw.desc(l),
      party: lw.party(l),
      account: lw.ledgerAccount,
    })),
    statement: { from: truth.period.from, to: truth.period.to, bankBalance: bw.bankFile.closingBalance },
  };
  // running balances as the statement prints them
  let bal = Math.round(Number(bw.bankFile.openingBalance) * 100);
  doc.bank.forEach((d, i) => {
    bal += sc.bank[i].line;
    d.balance = dec(bal);
  });
  write(path.join(dir, `reconcile.${bfile}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (e) => bankTruth.filter((t) => t.expect === e).length;
  index.sets.push({
    set: C.key,
    bankFiles: [bfile],
    ledgerFiles: [lfile],
    bankLines: bankTruth.length,
    match: count('match'),
    bankOnly: count('bank-only'),
    reversalPair: count('reversal-pair'),
    noCounterpart: count('no-counterpart'),
    ledgerOnly: ledgerOnly.length,
    ledgerRows: sc.ledger.length,
    matchedWithoutReference: bankTruth.filter((t) => t.expect === 'match' && t.evidence !== 'reference').length,
  });
  void ids;
});
write(path.join(OUT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(
  JSON.stringify(
    index.sets.map((s) => [s.set, s.bankLines, s.match, s.bankOnly, s.reversalPair, s.noCounterpart, s.ledgerOnly]),
  ),
);
