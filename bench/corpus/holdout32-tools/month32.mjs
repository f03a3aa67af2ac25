// holdout32 — the month of one business: bank lines, book rows and the bookkeeper's decision for every line, plus
// the events every set has (written through the set's dialect D).
import { daysIn, iso, weekday } from './lib32.mjs';

export class Month {
  constructor({ year, month, holidays, rng }) {
    Object.assign(this, { year, month, holidays, rng });
    this.lines = [];
    this.rows = [];
    this.decisions = [];
    this.ledgerOnlyRows = [];
    this.seq = 0;
    this.groups = 0;
    this.used = new Set();
    this.days = [];
    for (let d = 1; d <= daysIn(year, month); d++) {
      const x = iso(year, month, d);
      if (weekday(x) !== 0 && weekday(x) !== 6 && !holidays.includes(x)) this.days.push(x);
    }
  }
  /** i-th working day (1-based; 0 or negative counts from the end: 0 = last) */
  wd(i) {
    if (i <= 0) return this.days[this.days.length - 1 + i];
    return this.days[Math.min(i, this.days.length) - 1];
  }
  /** n working days after date, staying in the month */
  after(date, n) {
    const i = this.days.indexOf(date);
    if (i < 0) throw new Error(`not a working day: ${date}`);
    return this.days[Math.min(i + n, this.days.length - 1)];
  }
  before(date, n) {
    const i = this.days.indexOf(date);
    return this.days[Math.max(i - n, 0)];
  }
  /** a fresh amount in [lo, hi] minor units, unused by any line or row so far (either sign) */
  amount(lo, hi, step = 1) {
    for (;;) {
      const a = Math.floor(this.rng.int(lo, hi) / step) * step;
      if (a > 0 && !this.used.has(a)) {
        this.used.add(a);
        return a;
      }
    }
  }
  take(a) {
    this.used.add(Math.abs(a));
    return a;
  }
  bank(date, amt, text, ref = null) {
    if (!this.days.includes(date)) throw new Error(`bank line on a non-working day ${date}: ${text}`);
    this.take(amt);
    const l = { date, amt, text, ref, seq: this.seq++ };
    this.lines.push(l);
    return l;
  }
  book(date, amt, f) {
    if (!this.days.includes(date)) throw new Error(`book row on a non-working day ${date}: ${f.desc}`);
    this.take(amt);
    const r = { date, amt, ...f, seq: this.seq++ };
    this.rows.push(r);
    return r;
  }
  decide(lines, d) {
    const group = lines.length > 1 ? `g${String(++this.groups).padStart(3, '0')}` : null;
    for (const l of lines) {
      if (l.decision) throw new Error(`line decided twice: ${l.text}`);
      l.decision = { group, traits: [], ...d, lines };
    }
    this.decisions.push({ lines, ...d });
  }
  auto(lines, rows, traits = [], anyOf = null) {
    this.decide(lines, { decision: 'auto', expect: 'match', rows: anyOf ? null : rows, anyOf, traits });
  }
  suggest(lines, rows, mustNotAuto, traits = [], anyOf = null) {
    this.decide(lines, { decision: 'suggest', expect: 'match', rows: anyOf ? null : rows, anyOf, mustNotAuto, traits });
  }
  none(line, traits) {
    this.decide([line], { decision: 'none', expect: 'no-counterpart', rows: null, traits });
  }
  bankOnly(line, kind, traits) {
    this.decide([line], { decision: 'bank-only', expect: 'bank-only', rows: null, kind, traits });
  }
  reversal(a, b, traits) {
    a.decision = { decision: 'reversal-pair', expect: 'reversal-pair', rows: null, partner: b, traits, group: null };
    b.decision = { decision: 'reversal-pair', expect: 'reversal-pair', rows: null, partner: a, traits, group: null };
    this.decisions.push({ lines: [a, b], decision: 'reversal-pair' });
  }
  ledgerOnly(row, why) {
    this.ledgerOnlyRows.push({ row, why });
  }
}

/** swap two different adjacent digits of the integer part: 45,120.00 → 45,210.00 */
export function transpose(minor) {
  const s = String(minor);
  for (let i = s.length - 4; i >= 1; i--) {
    if (s[i] !== s[i - 1] && !(i - 1 === 0 && s[i] === '0')) {
      return Number(s.slice(0, i - 1) + s[i] + s[i - 1] + s.slice(i + 1));
    }
  }
  throw new Error(`cannot transpose ${minor}`);
}

/**
 * The events every set has. D is the set's dialect: its customers and suppliers, how the bank writes a receipt and
 * a payment (and the charges that follow them), how the books write a receipt and a payment, its invoice writings.
 */
export function standardEvents(m, D) {
  const r = m.rng;
  const C = r.shuffle(D.customers);
  const S = r.shuffle(D.suppliers);
  let serial = D.invStart;
  const inv = () => (serial += r.int(2, 9));
  let bill = 0;
  const [lo, hi] = D.range;
  const rcv = (date, amt, who, memo, opts = {}) => {
    const { text, ref } = D.recv(who, memo, opts);
    const l = m.bank(date, amt, text, ref);
    for (const c of D.afterRecv?.(m, l) ?? []) m.bankOnly(c.line, c.kind, c.traits);
    return l;
  };
  const pay = (date, amt, who, memo, opts = {}) => {
    const { text, ref } = D.pay(who, memo, opts);
    const l = m.bank(date, -amt, text, ref);
    for (const c of D.afterPay?.(m, l, opts) ?? []) m.bankOnly(c.line, c.kind, c.traits);
    return l;
  };
  const bookIn = (date, amt, who, invs, extra = {}) => m.book(date, amt, D.bookRecv(who, invs, extra));
  const bookOut = (date, amt, who, billRef, extra = {}) => m.book(date, -amt, D.bookPay(who, billRef, extra));

  // six invoices quoted in the payer's writing; two booked late, one quoted in the reference column only
  for (let k = 0; k < 6; k++) {
    const c = C[k];
    const s = inv();
    const a = m.amount(lo, hi);
    const d = m.wd(2 + k * 3);
    const [w, trait] = D.writings[k](s);
    const l = rcv(d, a, c, w, { refOnly: k === 2 && D.refColumn });
    const late = k === 1 || k === 4;
    const row = bookIn(late ? m.after(d, 2) : d, a, c, [s]);
    m.auto(
      [l],
      [row],
      [trait, ...(late ? ['late-posting'] : []), ...(k === 2 && D.refColumn ? ['ref-in-reference-field'] : [])],
    );
  }
  // three payers named as the books name them, no reference
  for (let k = 6; k < 9; k++) {
    const c = C[k];
    const a = m.amount(lo, hi);
    const d = m.wd(3 + (k - 6) * 6);
    const l = rcv(d, a, c, '');
    m.auto([l], [bookIn(d, a, c, [inv()])], ['name-only']);
  }
  {
    // one transfer for three invoices, all quoted; a receipt row per invoice
    const c = C[9];
    const ss = [inv(), inv(), inv()];
    const as = ss.map(() => m.amount(lo, Math.floor(hi / 2)));
    const d = m.wd(8);
    const l = rcv(d, m.take(as[0] + as[1] + as[2]), c, D.multi(ss));
    m.auto(
      [l],
      ss.map((s, i) => bookIn(d, as[i], c, [s])),
      ['split-one-to-many', 'ref-list'],
    );
  }
  {
    // one transfer for two invoices, no reference
    const c = C[10];
    const ss = [inv(), inv()];
    const as = ss.map(() => m.amount(lo, Math.floor(hi / 2)));
    const d = m.wd(11);
    const l = rcv(d, m.take(as[0] + as[1]), c, '');
    m.suggest(
      [l],
      ss.map((s, i) => bookIn(d, as[i], c, [s])),
      false,
      ['split-one-to-many', 'name-only'],
    );
  }
  {
    // two instalments quoting the invoice, booked once in full at the second
    const c = C[11];
    const s = inv();
    const total = m.amount(lo * 2, hi * 2, 100);
    const first = m.take(Math.floor((total * 3) / 5 / 100) * 100);
    const d1 = m.wd(5);
    const d2 = m.wd(15);
    const [w] = D.writings[0](s);
    const l1 = rcv(d1, first, c, `${w} ${D.instalment(1)}`);
    const l2 = rcv(d2, m.take(total - first), c, `${w} ${D.instalment(2)}`);
    m.auto([l1, l2], [bookIn(d2, total, c, [s])], ['split-many-to-one', 'instalments', 'booked-in-full']);
  }
  {
    // over-payment rounded up
    const c = C[12];
    const s = inv();
    const a = m.amount(lo * 2, hi);
    const paid = m.take(Math.ceil((a + 1) / D.roundUnit) * D.roundUnit);
    const d = m.wd(9);
    const [w, t] = D.writings[3](s);
    m.auto([rcv(d, paid, c, w)], [bookIn(d, a, c, [s])], [t, 'over-payment']);
  }
  {
    // withholding- or discount-short
    const c = C[13];
    const s = inv();
    const a = m.amount(lo * 2, hi, 100);
    const paid = m.take(a - D.short.of(a));
    const d = m.wd(13);
    const [w, t] = D.writings[5](s);
    m.auto([rcv(d, paid, c, w)], [bookIn(d, a, c, [s])], [t, D.short.trait]);
  }
  {
    // part payment the bookkeeper booked as if in full
    const c = C[14];
    const s = inv();
    const a = m.amount(lo * 2, hi, 100);
    const d = m.wd(12);
    const [w, t] = D.writings[4](s);
    const l = rcv(d, m.take(Math.floor(a / 2 / 100) * 100), c, w);
    m.suggest([l], [bookIn(d, a, c, [s])], true, [t, 'part-payment', 'booked-in-full']);
  }
  {
    // invoice less its credit note; the books hold the net receipt
    const c = C[15];
    const s = inv();
    const cn = D.cnStart + r.int(1, 40);
    const a = m.amount(lo * 2, hi);
    const n = m.amount(Math.floor(lo / 4), Math.floor(lo / 2));
    const d = m.wd(14);
    const l = rcv(d, m.take(a - n), c, D.lessCn(s, cn));
    m.auto([l], [bookIn(d, a - n, c, [s], { cn })], ['invoice-less-credit-note']);
  }
  {
    // tie: two equal open receipts of one payer, one payment by name
    const c = C[16];
    const a = m.amount(lo, hi);
    const d = m.wd(16);
    const r1 = bookIn(m.wd(16), a, c, [inv()]);
    const r2 = bookIn(m.wd(17), a, c, [inv()]);
    const l = rcv(d, a, c, '');
    m.suggest([l], null, true, ['tie', 'name-only'], [[r1], [r2]]);
  }
  {
    // the books' amount keyed with two digits swapped
    const c = C[17];
    const s = inv();
    const a = m.amount(lo * 3, hi);
    const keyed = m.take(transpose(a));
    const d = m.wd(18);
    const [w, t] = D.writings[1](s);
    m.suggest([rcv(d, a, c, w)], [bookIn(d, keyed, c, [s])], true, [t, 'books-amount-transposed']);
  }
  {
    // the customer's own order number, copied into the receipt row
    const c = C[18];
    const po = Number(r.digits(5));
    const a = m.amount(lo, hi);
    const d = m.wd(19);
    m.auto([rcv(d, a, c, D.theirOrder(po))], [bookIn(d, a, c, [inv()], { po })], ['customer-order-number']);
  }
  // two unknown receipts
  for (const [k, who] of [
    [6, D.strangers[0]],
    [20, D.strangers[1]],
  ]) {
    const l = rcv(m.wd(k), m.amount(lo, hi), who, '');
    m.none(l, ['unknown-receipt']);
  }
  // supplier payments: four quoting the bill, two by name
  for (let k = 0; k < 6; k++) {
    const s = S[k];
    const b = D.billNo(s, bill++);
    const a = m.amount(D.payRange[0], D.payRange[1]);
    const d = m.wd(3 + k * 3);
    const l = pay(d, a, s, k < 4 ? D.billWriting(b, k) : '');
    const row = bookOut(k === 1 ? m.before(d, 1) : d, a, s, b);
    m.auto([l], [row], k < 4 ? ['bill-quoted', ...(k === 1 ? ['booked-before-bank'] : [])] : ['name-only']);
  }
  {
    // one bill paid in two transfers the same day over the channel's limit, booked once
    const s = S[6];
    const b = D.billNo(s, bill++);
    const total = m.amount(D.limit + D.payRange[1], D.limit * 2 - 100000, 100);
    const d = m.wd(10);
    const l1 = pay(d, m.take(D.limit), s, D.billWriting(b, 0));
    const l2 = pay(d, m.take(total - D.limit), s, D.billWriting(b, 0));
    m.auto([l1, l2], [bookOut(d, total, s, b)], ['split-many-to-one', 'over-channel-limit', 'bill-quoted']);
  }
  {
    // twins: two equal transfers to one payee the same day, two equal book rows
    const s = S[7];
    const a = m.amount(D.payRange[0], Math.floor(D.payRange[1] / 3));
    const d = m.wd(7);
    const l1 = pay(d, a, s, '');
    const l2 = pay(d, a, s, '');
    const r1 = bookOut(d, a, s, null, { twin: 1 });
    const r2 = bookOut(d, a, s, null, { twin: 2 });
    m.auto([l1], null, ['twins', 'name-only'], [[r1], [r2]]);
    m.auto([l2], null, ['twins', 'name-only'], [[r1], [r2]]);
  }
  {
    // a failed transfer, its reversal, and the payment sent again
    const s = S[8];
    const b = D.billNo(s, bill++);
    const a = m.amount(D.payRange[0], D.payRange[1]);
    const d = m.wd(15);
    const bad = pay(d, a, s, D.billWriting(b, 2), { failed: true });
    const back = m.bank(m.after(d, 1), a, D.reversalText(bad, s), bad.ref);
    m.reversal(bad, back, ['failed-transfer']);
    const again = pay(m.after(d, 2), a, s, D.billWriting(b, 2));
    m.auto([again], [bookOut(d, a, s, b)], ['bill-quoted', 'sent-again']);
  }
  {
    // a refund to a customer (quoting our credit note) and one from a supplier
    const c = C[19];
    const cn = D.cnStart + 50 + r.int(1, 40);
    const a = m.amount(Math.floor(lo / 3), lo);
    const d = m.wd(17);
    const l = pay(d, a, c, D.refundMemo(cn));
    m.auto([l], [m.book(d, -a, D.bookRefundOut(c, cn))], ['refund', 'ref-credit-note']);
    const s = S[9];
    const b = m.amount(Math.floor(lo / 3), lo);
    const d2 = m.wd(18);
    const l2 = rcv(d2, b, { ...s, bank: s.bank }, D.supplierRefundMemo);
    m.auto([l2], [m.book(d2, b, D.bookRefundIn(s))], ['refund', 'name-only']);
  }
  {
    // three book rows the bank has not seen by the month's end
    const s = S[10];
    const a = m.amount(D.payRange[0], D.payRange[1]);
    m.ledgerOnly(m.book(m.wd(-1), -a, D.bookCheque(s, D.chequeNo + 7)), D.chequeWhy ?? 'cheque not yet presented');
    const s2 = S[11];
    const a2 = m.amount(D.payRange[0], D.payRange[1]);
    m.ledgerOnly(
      m.book(m.wd(0), -a2, D.bookPay(s2, D.billNo(s2, bill), {})),
      'payment booked on the last day, released by the bank next month',
    );
    const c = C[20];
    const a3 = m.amount(lo, hi);
    m.ledgerOnly(
      m.book(m.wd(0), a3, D.bookRecv(c, [inv()], { lodged: true })),
      'lodgement not yet credited by the bank',
    );
  }
  // last month's cheque presented now: booked last month, so not in this export
  {
    const a = m.amount(D.payRange[0], D.payRange[1]);
    const l = m.bank(m.wd(4), -a, D.chequeText(D.chequeNo), D.chequeRef?.(D.chequeNo) ?? null);
    m.none(l, [D.priorTrait ?? 'previous-month-cheque']);
    m.priorOutstanding = a;
  }
  return { C, S, inv, rcv, pay, bookIn, bookOut };
}
