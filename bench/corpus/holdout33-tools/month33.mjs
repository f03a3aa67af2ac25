// holdout33 — the Month (bank lines, book rows, decisions) and the events every set has, written through the
// set's dialect (sets33.mjs).
import { daysOfMonth, dow } from './lib33.mjs';

export class Month {
  constructor({ rng, year, month, holidays, dialect }) {
    this.rng = rng;
    this.year = year;
    this.month = month;
    this.d = dialect;
    this.holidays = holidays;
    this.days = daysOfMonth(year, month).filter((x) => dow(x) !== 0 && dow(x) !== 6 && !holidays.includes(x));
    this.lines = [];
    this.rows = [];
    this.ledgerOnlyRows = [];
    this.seq = 0;
    this.used = new Set();
    this.groupN = 0;
  }
  day(i) {
    return this.days[Math.max(0, Math.min(this.days.length - 1, i))];
  }
  dayIdx(iso) {
    return this.days.indexOf(iso);
  }
  shift(iso, k) {
    return this.day(this.dayIdx(iso) + k);
  }
  /** a fresh amount in minor units between lo and hi major units, unused so far. */
  amount(lo, hi, { cents = this.d.cents, round = 1 } = {}) {
    for (;;) {
      const units = Math.floor(this.rng.int(lo, hi) / round) * round;
      const a = units * 100 + (cents ? this.rng.int(0, 99) : 0);
      if (a > 0 && !this.used.has(a)) return this.take(a);
    }
  }
  take(a) {
    this.used.add(a);
    return a;
  }
  line(date, amount, text, ref = '', extra = {}) {
    const l = { seq: this.seq++, date, amount, text, ref, t: null, ...extra };
    this.lines.push(l);
    return l;
  }
  row(date, amount, f) {
    const r = { seq: this.seq++, date, amount, ...f };
    this.rows.push(r);
    return r;
  }
  group() {
    return `g${String(++this.groupN).padStart(2, '0')}`;
  }
  auto(l, rows, traits = [], { difference = null, group = null, anyOf = null } = {}) {
    l.t = { decision: 'auto', rows: anyOf ? null : rows, anyOf, group, difference, traits };
  }
  suggest(l, rows, traits = [], { mustNotAuto = false, anyOf = null, group = null } = {}) {
    l.t = { decision: 'suggest', rows: anyOf ? null : rows, anyOf, group, mustNotAuto, traits };
  }
  none(l, traits = []) {
    l.t = { decision: 'none', traits };
  }
  bankOnly(l, kind, traits = []) {
    l.t = { decision: 'bank-only', kind, traits };
  }
  reversal(a, b, traits = []) {
    a.t = { decision: 'reversal-pair', partner: b, traits };
    b.t = { decision: 'reversal-pair', partner: a, traits };
  }
  ledgerOnly(r, why) {
    this.ledgerOnlyRows.push({ r, why });
  }
  // ---- the channel: a transfer in or out with the bank's own lines after it ----
  receive(date, amount, who, theirText, opts = {}) {
    const { text, ref } = this.d.inbound(who, theirText, opts);
    const l = this.line(date, amount, text, ref);
    for (const f of this.d.inFees(amount, { ...opts, who }))
      this.bankOnly(this.line(date, -f.amount, f.text, f.ref ?? ''), f.kind);
    return l;
  }
  pay(date, amount, who, ourText, opts = {}) {
    const { text, ref } = this.d.outbound(who, ourText, opts);
    const l = this.line(date, -amount, text, ref);
    for (const f of this.d.outFees(amount, { ...opts, who }))
      this.bankOnly(this.line(date, -f.amount, f.text, f.ref ?? ''), f.kind);
    return l;
  }
}

const wht = (a, pctTimes10) => Math.floor((a * pctTimes10 + 500) / 1000);

/** The events every set has. */
export function commonEvents(m) {
  const d = m.d;
  const { rng } = m;
  const C = d.customers;
  const S = d.suppliers;
  const [ilo, ihi] = d.range.invoice;
  const [slo, shi] = d.range.bill;
  let invN = d.invStart;
  const nextInv = () => (invN += rng.int(1, 4));
  const W = d.writings;
  const n = m.days.length;
  const receiptRow = (date, amount, c, invs, extra = {}) =>
    m.row(date, amount, { kind: 'receipt', party: c.book, ...d.receiptFields(c, invs, extra) });
  const paymentRow = (date, amount, s, bill, extra = {}) =>
    m.row(date, -amount, { kind: 'payment', party: s.book, ...d.paymentFields(s, bill, extra) });

  // six invoices quoted in the payer's writing; two booked two days late; the last in the reference column only
  for (let i = 0; i < 6; i++) {
    const c = C[i];
    const inv = nextInv();
    const w = W[i % W.length];
    const date = m.day(rng.int(1, n - 5));
    const a = m.amount(ilo, ihi);
    const refOnly = i === 5 || d.refColumnOnly;
    const l = m.receive(date, a, c, w.fn(inv), { refOnly });
    const late = i === 1 || i === 3;
    const r = receiptRow(late ? m.shift(date, 2) : date, a, c, [inv]);
    const traits = [w.trait];
    if (late) traits.push('late-posting');
    if (refOnly) traits.push('reference-in-reference-field');
    m.auto(l, [r], traits);
  }
  // three payers named as the books name them, no reference
  for (let i = 6; i < 9; i++) {
    const c = C[i];
    const date = m.day(rng.int(1, n - 3));
    const a = m.amount(ilo, ihi);
    const l = m.receive(date, a, c, d.plainIn[i % d.plainIn.length], { nameOnly: true });
    const r = receiptRow(date, a, c, [nextInv()]);
    m.auto(l, [r], ['name-only']);
  }
  // one transfer for three invoices, all quoted
  {
    const c = C[9];
    const invs = [nextInv(), nextInv(), nextInv()];
    const amts = invs.map(() => m.amount(Math.floor(ilo / 2), Math.floor(ihi / 2)));
    const total = m.take(amts.reduce((x, y) => x + y, 0));
    const date = m.day(rng.int(2, n - 4));
    const l = m.receive(date, total, c, d.listText(invs));
    const rows = invs.map((inv, k) => receiptRow(date, amts[k], c, [inv]));
    m.auto(l, rows, ['ref-list', 'split-one-to-many']);
  }
  // one transfer for two invoices without a reference
  {
    const c = C[10];
    const invs = [nextInv(), nextInv()];
    const amts = invs.map(() => m.amount(Math.floor(ilo / 2), Math.floor(ihi / 2)));
    const total = m.take(amts.reduce((x, y) => x + y, 0));
    const date = m.day(rng.int(2, n - 4));
    const l = m.receive(date, total, c, d.plainIn[0], { nameOnly: true });
    const rows = invs.map((inv, k) => receiptRow(date, amts[k], c, [inv]));
    m.suggest(l, rows, ['split-one-to-many', 'name-only'], { mustNotAuto: false });
  }
  // one invoice paid in two instalments quoting it, booked once in full
  {
    const c = C[11];
    const inv = nextInv();
    const full = m.amount(ilo * 2, ihi * 2, { round: 1 });
    const first = Math.floor(full / 200) * 100;
    m.take(first);
    const second = m.take(full - first);
    const d1 = m.day(rng.int(1, 6));
    const d2 = m.day(rng.int(n - 7, n - 3));
    const w = W[1 % W.length];
    const l1 = m.receive(d1, first, c, d.instalmentText(w.fn(inv), 1));
    const l2 = m.receive(d2, second, c, d.instalmentText(w.fn(inv), 2));
    const r = receiptRow(d1, full, c, [inv]);
    const g = m.group();
    m.auto(l1, [r], ['instalments', 'split-many-to-one', w.trait], { group: g });
    m.auto(l2, [r], ['instalments', 'split-many-to-one', w.trait], { group: g });
  }
  // an over-payment rounded up
  {
    const c = C[12];
    const inv = nextInv();
    const a = m.amount(ilo, ihi);
    const unit = d.roundUnit * 100;
    const paid = m.take((Math.floor(a / unit) + 1) * unit);
    const date = m.day(rng.int(2, n - 3));
    const w = W[2 % W.length];
    const l = m.receive(date, paid, c, w.fn(inv));
    m.auto(l, [receiptRow(date, a, c, [inv])], ['over-payment', w.trait], { difference: paid - a });
  }
  // a withholding-short payment
  {
    const c = C[13];
    const inv = nextInv();
    const a = m.amount(ilo, ihi);
    const paid = m.take(a - wht(a, d.whtPermille));
    const date = m.day(rng.int(2, n - 3));
    const w = W[3 % W.length];
    const l = m.receive(date, paid, c, w.fn(inv));
    m.auto(l, [receiptRow(date, a, c, [inv])], [d.whtTrait, w.trait], { difference: paid - a });
  }
  // a part payment the bookkeeper booked as if in full
  {
    const c = C[14];
    const inv = nextInv();
    const a = m.amount(ilo, ihi);
    const paid = m.take(Math.floor((a * 6) / 1000) * 100);
    const date = m.day(rng.int(2, n - 3));
    const w = W[4 % W.length];
    const l = m.receive(date, paid, c, w.fn(inv));
    m.suggest(l, [receiptRow(date, a, c, [inv])], ['part-payment', w.trait], { mustNotAuto: true });
  }
  // an invoice less its credit note; the books hold the net
  {
    const c = C[15];
    const inv = nextInv();
    const cn = d.cnStart + rng.int(1, 40);
    const net = m.amount(ilo, ihi);
    const date = m.day(rng.int(2, n - 3));
    const w = W[0];
    const l = m.receive(date, net, c, d.lessCnText(w.fn(inv), cn));
    m.auto(l, [receiptRow(date, net, c, [inv], { creditNote: cn })], ['invoice-less-credit-note', w.trait]);
  }
  // a tie: two equal open receipts of one payer, one payment by name
  {
    const c = C[16];
    const a = m.amount(Math.floor(ilo / 2), ihi);
    const r1 = receiptRow(m.day(rng.int(1, 4)), a, c, [nextInv()]);
    const r2 = receiptRow(m.day(rng.int(8, 12)), a, c, [nextInv()]);
    const l = m.receive(m.day(rng.int(13, n - 3)), a, c, d.plainIn[1 % d.plainIn.length], { nameOnly: true });
    m.suggest(l, null, ['tie', 'name-only'], { mustNotAuto: true, anyOf: [[r1], [r2]] });
  }
  // a receipt keyed in the books with two digits swapped
  {
    const c = C[17];
    const inv = nextInv();
    let a, keyed;
    for (;;) {
      a = m.amount(ilo, ihi, { cents: false });
      const s = String(a / 100);
      const k = rng.int(0, s.length - 2);
      if (s[k] === s[k + 1]) continue;
      keyed = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2)) * 100;
      if (!m.used.has(keyed) && keyed > 0 && Math.abs(keyed - a) * 10 < a) break;
    }
    m.take(keyed);
    const date = m.day(rng.int(2, n - 3));
    const w = W[5 % W.length];
    const l = m.receive(date, a, c, w.fn(inv));
    m.suggest(l, [receiptRow(date, keyed, c, [inv])], ['books-amount-transposed', w.trait], { mustNotAuto: true });
  }
  // a payment quoting the customer's own order number (copied into the receipt)
  {
    const c = C[18];
    const po = d.customerPo(rng);
    const a = m.amount(ilo, ihi);
    const date = m.day(rng.int(2, n - 3));
    const l = m.receive(date, a, c, po.bank);
    m.auto(l, [receiptRow(date, a, c, [nextInv()], { order: po.book })], ['customer-order-number']);
  }
  // two unknown receipts
  for (const u of d.unknownPayers) {
    const l = m.receive(m.day(rng.int(2, n - 2)), m.amount(Math.floor(ilo / 3), ilo), u, u.text, { nameOnly: true });
    m.none(l, ['unknown-receipt']);
  }
  // a refund to a customer quoting our credit note
  {
    const c = C[19];
    const cn = d.cnStart + 50 + rng.int(1, 30);
    const a = m.amount(Math.floor(ilo / 4), Math.floor(ilo / 2));
    const date = m.day(rng.int(3, n - 3));
    const l = m.pay(date, a, c, d.refundOutText(cn));
    const r = m.row(date, -a, { kind: 'payment', party: c.book, ...d.refundFields(c, cn) });
    m.auto(l, [r], ['ref-credit-note', 'refund']);
  }
  // settlements: net with its id (gross booked); gross and fee booked as two rows with the id; no id (gross booked)
  {
    const [g1, g2, g3] = d.gateways;
    const gross1 = m.amount(ilo, ihi * 2);
    const fee1 = d.gatewayFee(gross1);
    const date1 = m.day(rng.int(3, n - 6));
    const id1 = g1.id(rng);
    const l1 = m.line(date1, m.take(gross1 - fee1), g1.text(id1), g1.ref(id1));
    const r1 = m.row(m.shift(date1, -1), gross1, { kind: 'journal', ...g1.book(id1, 'gross') });
    m.auto(l1, [r1], ['gateway-settlement', 'short-net-of-fee'], { difference: -fee1 });

    const gross2 = m.amount(ilo, ihi * 2);
    const fee2 = d.gatewayFee(gross2);
    m.take(fee2);
    const date2 = m.day(rng.int(6, n - 3));
    const id2 = g2.id(rng);
    const l2 = m.line(date2, m.take(gross2 - fee2), g2.text(id2), g2.ref(id2));
    const r2a = m.row(date2, gross2, { kind: 'journal', ...g2.book(id2, 'gross') });
    const r2b = m.row(date2, -fee2, { kind: 'journal', ...g2.book(id2, 'fee') });
    m.auto(l2, [r2a, r2b], ['gateway-settlement', 'gross-and-fee-booked']);

    const gross3 = m.amount(ilo, ihi);
    const fee3 = d.gatewayFee(gross3);
    const date3 = m.day(rng.int(4, n - 3));
    const l3 = m.line(date3, m.take(gross3 - fee3), g3.text(null), g3.ref(null));
    const r3 = m.row(m.shift(date3, -1), gross3, { kind: 'journal', ...g3.book(null, 'gross') });
    m.suggest(l3, [r3], ['gateway-settlement', 'short-net-of-fee'], { mustNotAuto: false });
  }

  // ---- money out ----
  let billN = 0;
  const bill = (s) => ({ ours: d.billOurs(++billN), theirs: s.billPrefix + String(rng.int(21000, 98999)) });
  // four supplier payments quoting the bill (one booked a day before the bank), two by name
  for (let i = 0; i < 4; i++) {
    const s = S[i];
    const b = bill(s);
    const a = m.amount(slo, shi);
    const date = m.day(rng.int(2, n - 2));
    const l = m.pay(date, a, s, d.billText(b));
    const early = i === 2;
    m.auto(
      l,
      [paymentRow(early ? m.shift(date, -1) : date, a, s, b)],
      early ? ['bill-quoted', 'booked-early'] : ['bill-quoted'],
    );
  }
  for (let i = 4; i < 6; i++) {
    const s = S[i];
    const a = m.amount(slo, shi);
    const date = m.day(rng.int(2, n - 2));
    const l = m.pay(date, a, s, d.plainOut[i % d.plainOut.length], { nameOnly: true });
    m.auto(l, [paymentRow(date, a, s, bill(s))], ['name-only']);
  }
  // one bill paid in two transfers the same day over the channel's limit, booked once
  {
    const s = S[6];
    const b = bill(s);
    const lim = d.channelLimit;
    const second = m.amount(Math.floor(lim / 5), Math.floor(lim / 2));
    const first = lim * 100;
    const date = m.day(rng.int(3, n - 4));
    const l1 = m.pay(date, first, s, d.billText(b) + d.partMark(1));
    const l2 = m.pay(date, second, s, d.billText(b) + d.partMark(2));
    const r = paymentRow(date, m.take(first + second), s, b);
    const g = m.group();
    m.auto(l1, [r], ['bill-quoted', 'over-channel-limit', 'split-many-to-one'], { group: g });
    m.auto(l2, [r], ['bill-quoted', 'over-channel-limit', 'split-many-to-one'], { group: g });
  }
  // twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = S[7];
    const a = m.amount(Math.floor(slo / 2), slo);
    const date = m.day(rng.int(3, n - 4));
    const l1 = m.pay(date, a, s, d.twinText, { nameOnly: true });
    const l2 = m.pay(date, a, s, d.twinText, { nameOnly: true });
    const r1 = m.row(date, -a, { kind: 'payment', party: s.book, ...d.twinFields(s) });
    const r2 = m.row(date, -a, { kind: 'payment', party: s.book, ...d.twinFields(s) });
    m.auto(l1, null, ['twins', 'name-only'], { anyOf: [[r1], [r2]] });
    m.auto(l2, null, ['twins', 'name-only'], { anyOf: [[r1], [r2]] });
  }
  // a failed transfer, its reversal, and the payment sent again
  {
    const s = S[8];
    const b = bill(s);
    const a = m.amount(slo, shi);
    const i = rng.int(3, n - 6);
    const lf = m.pay(m.day(i), a, s, d.billText(b), { failed: true });
    const lr = m.line(m.day(i + 1), a, d.reversalText(s, b), d.reversalRef(lf));
    m.reversal(lf, lr, ['failed-transfer']);
    const date = m.day(i + 2);
    const l = m.pay(date, a, s, d.billText(b), { resend: true });
    m.auto(l, [paymentRow(date, a, s, b)], ['bill-quoted', 'sent-again']);
  }
  // a refund from a supplier by name
  {
    const s = S[9];
    const a = m.amount(Math.floor(slo / 4), Math.floor(slo / 2));
    const date = m.day(rng.int(3, n - 3));
    const l = m.receive(date, a, s, d.plainIn[2 % d.plainIn.length], { nameOnly: true });
    const r = m.row(date, a, { kind: 'receipt', party: s.book, ...d.supplierRefundFields(s) });
    m.auto(l, [r], ['name-only', 'refund']);
  }
  // payroll, statutory payments, utilities: each carries its batch/PRN/meter number on both sides
  for (const p of d.fixedPayments(rng)) {
    const a = m.amount(p.range[0], p.range[1]);
    const date = m.day(p.day);
    const l = p.transfer ? m.pay(date, a, p.who, p.bankText) : m.line(date, -a, p.bankText, p.bankRef ?? '');
    if (!p.transfer) for (const f of p.fees ?? []) m.bankOnly(m.line(date, -f.amount, f.text, f.ref ?? ''), f.kind);
    m.auto(l, [m.row(p.bookDay === undefined ? date : m.day(p.bookDay), -a, { kind: 'payment', ...p.book })], p.traits);
  }
  // an unbooked card purchase
  {
    const cp = d.cardPurchase;
    const l = m.line(m.day(rng.int(4, n - 3)), -m.amount(cp.range[0], cp.range[1]), cp.text, cp.ref ?? '');
    m.none(l, ['unbooked-card-purchase']);
  }
  // last month's cheque or payment, cleared now (the books took it last month)
  {
    const pc = d.priorItem(rng);
    const a = m.amount(slo, shi);
    const l = m.line(m.day(rng.int(0, 3)), -a, pc.text, pc.ref ?? '');
    m.none(l, [pc.trait]);
    m.priorItem = a;
  }
  // three book rows the bank has not seen by the month's end
  {
    const last = m.days[n - 1];
    for (const o of d.outstanding(rng, last)) {
      const a = m.amount(o.range[0], o.range[1]);
      const r = m.row(o.date ?? last, o.sign * a, { kind: o.sign > 0 ? 'receipt' : 'payment', ...o.book });
      m.ledgerOnly(r, o.why);
    }
  }
  // the bank's own month-end lines
  for (const c of d.monthEnd(m)) m.bankOnly(m.line(c.date, c.amount, c.text, c.ref ?? ''), c.kind);
}
