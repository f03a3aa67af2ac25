// The trading month every holdout38 set has, written through the set's dialect (set-*.mjs).
import { share, dec, workingDays } from './lib38.mjs';

export class Month {
  constructor(D, rng) {
    this.D = D;
    this.rng = rng;
    this.W = workingDays(D.period.from, D.period.to, D.publicHolidays);
    this.lines = [];
    this.rows = [];
    this.seq = 0;
    this.used = new Set();
    this.groups = 0;
  }
  day(i) {
    return this.W[Math.max(0, Math.min(this.W.length - 1, i))];
  }
  /** an amount in minor units no other line or row has (lo, hi in major units) */
  fresh(lo, hi, cents = true) {
    for (;;) {
      let m = this.rng.int(lo * 100, hi * 100);
      if (!cents) m -= m % 100;
      else if (this.rng.next() < 0.3) m -= m % 100;
      if (!this.used.has(m) && m > 0) {
        this.used.add(m);
        return m;
      }
    }
  }
  take(m) {
    if (this.used.has(m)) return false;
    this.used.add(m);
    return true;
  }
  line(date, amount, cells, t) {
    const l = { date, amount, text: cells.text, ref: cells.ref ?? '', seq: this.seq++, t: t ?? null, ...cells.extra };
    this.lines.push(l);
    return l;
  }
  row(date, amount, cells, why) {
    const r = { date, amount, ref: cells.ref ?? '', desc: cells.desc, party: cells.party ?? '', seq: this.seq++ };
    Object.assign(r, cells.extra ?? {});
    if (why) r.ledgerOnly = why;
    this.rows.push(r);
    return r;
  }
  charges(date, list) {
    for (const c of list) this.line(date, -c.amount, c, { decision: 'bank-only', kind: c.kind, traits: [] });
  }
  out(date, amount, cells, t) {
    const l = this.line(date, -amount, cells, t);
    this.charges(date, this.D.outCharges(amount, cells, this));
    return l;
  }
  gid() {
    this.groups += 1;
    return `g${String(this.groups).padStart(2, '0')}`;
  }
}

const auto = (rows, ev, traits, more = {}) => ({ decision: 'auto', rows, ev, traits, ...more });
const suggest = (rows, ev, traits, mustNotAuto, more = {}) => ({
  decision: 'suggest',
  rows,
  ev,
  traits,
  mustNotAuto,
  ...more,
});

export function buildMonth(D, rng) {
  const M = new Month(D, rng);
  const n = M.W.length;
  const [lo, hi] = D.range;
  const shuffle = (a) => {
    const b = [...a];
    for (let i = b.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [b[i], b[j]] = [b[j], b[i]];
    }
    return b;
  };
  const C = shuffle(D.customers);
  let ci = 0;
  const cust = () => {
    if (ci >= C.length) throw new Error(`${D.set}: too few customers`);
    return C[ci++];
  };
  const S = shuffle(D.suppliers);
  let si = 0;
  const sup = () => {
    if (si >= S.length) throw new Error(`${D.set}: too few suppliers`);
    return S[si++];
  };
  let inv = D.invStart;
  const nextInv = () => (inv += rng.int(1, 5));
  const d = (a, b) => rng.int(a, b); // a working-day index
  const R = D.book;

  // six invoices quoted in the payer's writing; two booked two days late; the sixth in the reference column only
  for (let k = 0; k < 6; k++) {
    const c = cust();
    const no = nextInv();
    const a = M.fresh(lo, hi);
    const i = d(1, n - 4);
    const late = k === 1 || k === 3;
    const row = M.row(M.day(late ? i + 2 : i), a, R.receipt(c, [no]));
    const w = D.writings[k];
    const cells = k === 5 ? D.inwardRefOnly(c, w.write(no), M) : D.inward(c, D.payerText(w.write(no), rng), M);
    M.line(M.day(i), a, cells, auto([row], 'reference', [w.trait, ...(late ? ['late-posting'] : [])]));
  }
  // three payers named as the books name them, no reference (the first D.cashCount at the counter)
  for (let k = 0; k < 3; k++) {
    const c = cust();
    const no = nextInv();
    const a = M.fresh(lo, hi / 2);
    const i = d(1, n - 3);
    const row = M.row(M.day(i), a, R.receipt(c, [no]));
    if (k < D.cashCount) {
      const cells = D.cashIn(c, M);
      M.line(M.day(i), a, cells, auto([row], 'counterparty', ['name-only', 'cash-deposit']));
      if (D.cashFee) M.charges(M.day(i), [D.cashFee(a)]);
    } else M.line(M.day(i), a, D.inward(c, rng.pick(D.vague), M), auto([row], 'counterparty', ['name-only']));
  }
  // one transfer for three invoices, all quoted
  {
    const c = cust();
    const nos = [nextInv(), nextInv(), nextInv()];
    const i = d(3, n - 2);
    const rows = nos.map((no) => M.row(M.day(i), M.fresh(lo / 2, hi / 2), R.receipt(c, [no])));
    const total = rows.reduce((s, r) => s + r.amount, 0);
    M.take(total);
    M.line(M.day(i), total, D.inward(c, D.listThree(nos), M), auto(rows, 'reference', ['split-one-to-many']));
  }
  // one transfer for two invoices, no reference
  {
    const c = cust();
    const i = d(3, n - 2);
    const rows = [nextInv(), nextInv()].map((no) => M.row(M.day(i), M.fresh(lo / 2, hi / 2), R.receipt(c, [no])));
    const total = rows[0].amount + rows[1].amount;
    M.take(total);
    M.line(
      M.day(i),
      total,
      D.inward(c, rng.pick(D.vague), M),
      suggest(rows, 'counterparty', ['split-one-to-many', 'name-only'], false),
    );
  }
  // one invoice in two instalments quoting it, booked once in full
  {
    const c = cust();
    const no = nextInv();
    const a = M.fresh(lo * 2, hi);
    const a1 = share(a, rng.int(40, 60), 100);
    const a2 = a - a1;
    M.take(a1);
    M.take(a2);
    const i = d(1, 6);
    const j = d(i + 6, n - 2);
    const row = M.row(M.day(i), a, R.receipt(c, [no]));
    const g = M.gid();
    M.line(M.day(i), a1, D.inward(c, D.instalment(no, 1), M), auto([row], 'reference', ['instalment'], { group: g }));
    M.line(M.day(j), a2, D.inward(c, D.instalment(no, 2), M), auto([row], 'reference', ['instalment'], { group: g }));
  }
  // over-payment rounded up
  {
    const c = cust();
    const no = nextInv();
    let a;
    let paid;
    do {
      a = M.fresh(lo, hi);
      paid = a - (a % D.roundTo) + D.roundTo;
    } while (!M.take(paid) || (paid - a) * 10 > a);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), a, R.receipt(c, [no]));
    M.line(
      M.day(i),
      paid,
      D.inward(c, D.payerText(D.writings[0].write(no), rng), M),
      auto([row], 'reference', ['over-payment'], { difference: dec(paid - a) }),
    );
  }
  // withholding- or discount-short
  {
    const c = D.whtCustomer;
    const no = nextInv();
    const net = M.fresh(lo, hi);
    const gross = net + share(net, D.vat[0], D.vat[1]);
    const base = D.whtOnGross ? gross : net;
    const paid = gross - share(base, D.wht[0], D.wht[1]);
    M.take(gross);
    M.take(paid);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), gross, R.receipt(c, [no]));
    M.line(
      M.day(i),
      paid,
      D.inward(c, D.whtText(no), M),
      auto([row], 'reference', [D.whtTrait], { difference: dec(paid - gross) }),
    );
  }
  // part payment booked as if in full
  {
    const c = cust();
    const no = nextInv();
    const a = M.fresh(lo * 2, hi);
    let paid = share(a, rng.int(40, 70), 100);
    paid -= paid % 10000;
    M.take(paid);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), a, R.receipt(c, [no]));
    M.line(
      M.day(i),
      paid,
      D.inward(c, D.payerText(D.writings[2].write(no), rng), M),
      suggest([row], 'reference', ['part-payment'], true),
    );
  }
  // invoice less its credit note; the books hold the net
  {
    const c = cust();
    const no = nextInv();
    const cn = D.creditNote(rng);
    const a = M.fresh(lo, hi);
    const credit = share(a, rng.int(5, 20), 100);
    const net = a - credit;
    M.take(net);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), net, R.receiptNet(c, no, cn));
    M.line(M.day(i), net, D.inward(c, D.lessCn(no, cn), M), auto([row], 'reference', ['invoice-less-credit-note']));
  }
  // a tie: two equal open receipts of one payer, one payment by name
  {
    const c = cust();
    const a = M.fresh(lo, hi / 2);
    const i = d(2, n - 2);
    const r1 = M.row(M.day(i - 1), a, R.receipt(c, [nextInv()]));
    const r2 = M.row(M.day(i), a, R.receipt(c, [nextInv()]));
    M.line(
      M.day(i),
      a,
      D.inward(c, rng.pick(D.vague), M),
      suggest(null, 'counterparty', ['tie', 'name-only'], true, { anyOf: [[r1], [r2]], tieRows: [r1, r2] }),
    );
  }
  // a receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const no = nextInv();
    let a;
    let booked;
    for (;;) {
      a = M.fresh(lo, hi);
      const s = String(a);
      const k = rng.int(0, s.length - 4);
      if (s[k] === s[k + 1] || (k === 0 && s[k + 1] === '0')) continue;
      booked = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2));
      if (M.take(booked)) break;
    }
    const i = d(1, n - 2);
    const row = M.row(M.day(i), booked, R.receipt(c, [no]));
    M.line(
      M.day(i),
      a,
      D.inward(c, D.payerText(D.writings[4].write(no), rng), M),
      suggest([row], 'reference', ['books-amount-transposed'], true),
    );
  }
  // a payment quoting the customer's own order number, copied into the receipt
  {
    const c = cust();
    const no = nextInv();
    const po = D.orderNo(rng);
    const a = M.fresh(lo, hi);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), a, R.receiptOrder(c, no, po));
    M.line(M.day(i), a, D.inward(c, po, M), auto([row], 'reference', ['customer-order-number']));
  }
  // two customers paying the same amount the same day, each quoting their invoice
  {
    const a = M.fresh(lo, hi, false);
    const i = d(1, n - 2);
    for (let k = 0; k < 2; k++) {
      const c = cust();
      const no = nextInv();
      const row = M.row(M.day(i), a, R.receipt(c, [no]));
      const w = D.writings[k === 0 ? 1 : 3];
      M.line(
        M.day(i),
        a,
        D.inward(c, D.payerText(w.write(no), rng), M),
        auto([row], 'reference', ['same-amount-same-day', w.trait]),
      );
    }
  }
  // a third party paying a customer's invoice and quoting it
  {
    const c = D.thirdParty.customer;
    const no = nextInv();
    const a = M.fresh(lo, hi);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), a, R.receipt(c, [no]));
    M.line(
      M.day(i),
      a,
      D.inward(D.thirdParty.payer, D.thirdParty.text(D.writings[0].write(no)), M),
      auto([row], 'reference', ['third-party']),
    );
  }
  // a customer paying under a trading name the books do not use, no reference
  {
    const c = D.tradingName;
    const a = M.fresh(lo, hi / 2);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), a, R.receipt(c, [nextInv()]));
    M.line(
      M.day(i),
      a,
      D.inward({ bank: c.trading }, rng.pick(D.vague), M),
      suggest([row], 'amount', ['trading-name'], false),
    );
  }
  // two unknown receipts
  for (const u of D.unknown) {
    const a = M.fresh(lo / 4, hi / 3);
    M.line(M.day(d(1, n - 1)), a, D.inward({ bank: u }, rng.pick(D.vague), M), {
      decision: 'none',
      traits: ['unknown-receipt'],
    });
  }

  // four supplier payments quoting the supplier's invoice (the second booked a day before the bank)
  for (let k = 0; k < 4; k++) {
    const s = sup();
    const bill = s.bill(rng);
    const a = M.fresh(lo, hi);
    const i = d(2, n - 2);
    const row = M.row(M.day(k === 1 ? i - 1 : i), -a, R.payment(s, bill));
    M.out(
      M.day(i),
      a,
      D.outward(s, D.ourBillText(bill, k), M),
      auto([row], 'reference', ['supplier-invoice', ...(k === 1 ? ['early-posting'] : [])]),
    );
  }
  // two by name
  for (let k = 0; k < 2; k++) {
    const s = sup();
    const a = M.fresh(lo / 2, hi / 2);
    const i = d(1, n - 2);
    const row = M.row(M.day(i), -a, R.payment(s, s.bill(rng)));
    M.out(M.day(i), a, D.outward(s, s.vague, M), auto([row], 'counterparty', ['name-only']));
  }
  // one bill over the per-payment limit, paid in two transfers the same day, booked once
  {
    const s = sup();
    const bill = s.bill(rng);
    const rest = M.fresh(lo, hi);
    const total = D.limit + rest;
    M.take(D.limit);
    M.take(total);
    const i = d(2, n - 2);
    const row = M.row(M.day(i), -total, R.payment(s, bill));
    const g = M.gid();
    M.out(
      M.day(i),
      D.limit,
      D.outward(s, D.ourBillText(bill, 0), M),
      auto([row], 'reference', ['channel-limit'], { group: g }),
    );
    M.out(
      M.day(i),
      rest,
      D.outward(s, D.ourBillText(bill, 2), M),
      auto([row], 'reference', ['channel-limit'], { group: g }),
    );
  }
  // twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = D.twinPayee;
    const ref = s.ref(rng);
    const a = M.fresh(lo / 4, hi / 4);
    const i = d(2, n - 2);
    const r1 = M.row(M.day(i), -a, R.twin(s, ref));
    const r2 = M.row(M.day(i), -a, R.twin(s, ref));
    for (let k = 0; k < 2; k++)
      M.out(M.day(i), a, D.outward(s, s.text(ref), M), auto(null, 'reference', ['twins'], { anyOf: [[r1], [r2]] }));
  }
  // a failed transfer, its reversal, and the payment sent again
  {
    const s = sup();
    const bill = s.bill(rng);
    const a = M.fresh(lo, hi);
    const i = d(3, n - 3);
    const row = M.row(M.day(i), -a, R.payment(s, bill));
    const f = M.line(M.day(i), -a, D.outward(s, D.ourBillText(bill, 1), M), {
      decision: 'reversal-pair',
      traits: ['failed-transfer'],
    });
    const r = M.line(M.day(i + 1), a, D.reversal(s, D.ourBillText(bill, 1), f, M), {
      decision: 'reversal-pair',
      traits: ['reversal'],
    });
    f.t.partner = r;
    r.t.partner = f;
    M.out(M.day(i + 1), a, D.outward(s, D.ourBillText(bill, 1), M), auto([row], 'reference', ['sent-again']));
  }
  // a refund to a customer quoting our credit note, and one from a supplier by name
  {
    const c = cust();
    const cn = D.creditNote(rng);
    const a = M.fresh(lo / 10, hi / 10);
    const i = d(2, n - 2);
    const row = M.row(M.day(i), -a, R.refundOut(c, cn));
    M.out(M.day(i), a, D.outward(c, D.refundText(cn), M), auto([row], 'reference', ['refund', 'credit-note']));
    const s = sup();
    const b = M.fresh(lo / 10, hi / 10);
    const j = d(2, n - 2);
    const row2 = M.row(M.day(j), b, R.refundIn(s));
    M.line(M.day(j), b, D.inward(s, s.refundText, M), auto([row2], 'counterparty', ['refund', 'name-only']));
  }
  // three book rows the bank has not seen by the month's end
  {
    const s = sup();
    M.row(M.day(n - 3), -M.fresh(lo, hi), R.chequeOut(s, D.chequeNo(rng)), D.lo.chequeOut);
    const s2 = sup();
    M.row(M.day(n - 1), -M.fresh(lo, hi), R.payment(s2, s2.bill(rng)), D.lo.lastDay);
    const c = cust();
    M.row(M.day(n - 2), M.fresh(lo, hi), R.chequeIn(c, D.chequeNo(rng), nextInv()), D.lo.chequeIn);
  }
  // settlements: net with its id (gross booked); gross and fee booked as two rows; no id (gross booked)
  {
    const [s1, s2, s3] = D.settlements;
    let i = d(1, n - 2);
    let gross = M.fresh(lo, hi);
    let fee = share(gross, s1.fee[0], s1.fee[1]);
    let id = s1.id(rng, M.day(i));
    M.take(gross - fee);
    let row = M.row(M.day(i), gross, R.settlement(s1, id));
    M.line(
      M.day(i),
      gross - fee,
      s1.line(id),
      auto([row], 'reference', ['short-net-of-fee', 'settlement-id'], { difference: dec(-fee) }),
    );
    i = d(1, n - 2);
    gross = M.fresh(lo, hi);
    fee = share(gross, s2.fee[0], s2.fee[1]);
    M.take(fee);
    M.take(gross - fee);
    id = s2.id(rng, M.day(i));
    const rg = M.row(M.day(i), gross, R.settlement(s2, id));
    const rf = M.row(M.day(i), -fee, R.settlementFee(s2, id));
    M.line(M.day(i), gross - fee, s2.line(id), auto([rg, rf], 'reference', ['gross-and-fee-booked', 'settlement-id']));
    i = d(1, n - 2);
    gross = M.fresh(lo, hi);
    fee = share(gross, s3.fee[0], s3.fee[1]);
    M.take(gross - fee);
    row = M.row(M.day(i), gross, R.settlement(s3, null));
    M.line(
      M.day(i),
      gross - fee,
      s3.line(null),
      suggest([row], 'counterparty', ['short-net-of-fee', 'no-settlement-id'], false),
    );
  }
  // payroll
  {
    const p = D.payroll;
    const ref = p.ref(rng);
    const a = M.fresh(hi * 2, hi * 4);
    const i = n - 3 - rng.int(0, 2);
    const row = M.row(M.day(i), -a, R.payroll(p, ref));
    M.line(M.day(i), -a, p.line(ref), auto([row], 'reference', ['payroll']));
    M.charges(M.day(i), p.charges(ref));
  }
  // statutory payments and utilities
  for (const st of [...D.statutory, ...D.utilities]) {
    const ref = st.ref(rng);
    const a = M.fresh(st.range[0], st.range[1]);
    const i = d(st.days[0], st.days[1]);
    const row = M.row(M.day(i), -a, R.statutory(st, ref));
    M.out(M.day(i), a, st.line(ref), auto([row], 'reference', [st.trait]));
  }
  // a transfer to or from the business's own account at another bank
  {
    const o = D.own;
    const a = M.fresh(hi, Math.min(hi * 2, D.limit / 100 - 1), false);
    const i = d(3, n - 3);
    const row = M.row(M.day(i), o.sign * a, R.own(o));
    if (o.sign < 0) M.out(M.day(i), a, o.line, auto([row], 'reference', ['own-account']));
    else M.line(M.day(i), a, o.line, auto([row], 'reference', ['own-account']));
  }
  // an unbooked card purchase or debit order
  {
    const u = D.unbooked;
    const a = M.fresh(u.range[0], u.range[1]);
    M.line(M.day(d(2, n - 2)), -a, u.line, { decision: 'none', traits: [u.trait] });
  }
  // last month's cheque or payment, cleared now (the books took it last month)
  {
    const lm = D.lastMonth;
    const a = M.fresh(lo, hi);
    M.lastMonth = a;
    M.line(M.day(d(0, 2)), -a, lm.line(rng), { decision: 'none', traits: [lm.trait] });
  }
  // the bank's own month-end charges
  const last = M.day(n - 1);
  M.monthEnd = true;
  M.charges(last, D.monthEnd(M));
  return M;
}
