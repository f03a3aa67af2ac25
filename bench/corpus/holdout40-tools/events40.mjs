// The month of one set: working days, amounts no other row or line has, bank lines in posting order (a transfer's
// charges right after it), book rows, and the trading events every set holds, written through the set's dialect.
import { addDays, share, workingDays } from './lib40.mjs';

export class Month {
  constructor({ rng, from, to, holidays }) {
    this.rng = rng;
    this.from = from;
    this.to = to;
    this.holidays = holidays;
    this.days = workingDays(from, to, holidays);
    this.used = new Set();
    this.lines = [];
    this.rows = [];
    this.seq = 0;
  }

  /** i-th working day; negative counts from the month's last working day (-1 = last). */
  day(i) {
    const d = this.days[i < 0 ? this.days.length + i : i];
    if (!d) throw new Error(`no working day ${i}`);
    return d;
  }
  /** a working day with index in [lo, hi] (negatives from the end) */
  someDay(lo, hi) {
    const n = this.days.length;
    return this.days[this.rng.int(lo < 0 ? n + lo : lo, hi < 0 ? n + hi : hi)];
  }
  /** the working day n working days from d (within the month) */
  shift(d, n) {
    const i = this.days.indexOf(d) + n;
    if (this.days.indexOf(d) < 0 || i < 0 || i >= this.days.length) throw new Error(`no working day ${n} from ${d}`);
    return this.days[i];
  }
  /** the working day before d, possibly in the month before */
  previousWorkingDay(d) {
    let p = addDays(d, -1);
    while (!this.days.includes(p) && p >= this.from) p = addDays(p, -1);
    return p;
  }

  /** an amount in minor units within [lo, hi] (minor), a multiple of step, that no other row or line has */
  amount(lo, hi, step = 1) {
    for (let k = 0; k < 1000; k++) {
      const a = this.rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
      if (!this.used.has(a)) {
        this.used.add(a);
        return a;
      }
    }
    throw new Error('no unused amount');
  }
  /** marks an amount as taken (computed amounts: gross-ups, nets, sums) and refuses a clash */
  take(a) {
    if (this.used.has(Math.abs(a))) throw new Error(`amount ${a} already used`);
    this.used.add(Math.abs(a));
    return a;
  }
  /** an invoice: a net in whole units and its VAT (the set's rate), the gross an amount nobody else has */
  invoice(S, lo, hi) {
    for (let k = 0; k < 1000; k++) {
      const net = this.rng.int(lo, hi) * 100;
      const gross = net + share(net, S.vat.num, S.vat.den);
      if (!this.used.has(gross)) {
        this.used.add(gross);
        return { no: S.nextInvoice(), net, gross };
      }
    }
    throw new Error('no unused invoice amount');
  }

  /** a bank line; with `parent` it is posted right after it (a transfer's charges) */
  line(spec, parent) {
    const l = { ...spec, t: null };
    if (parent) {
      l.root = parent.root;
      l.sub = parent.root.kids = (parent.root.kids ?? 0) + 1;
      l.date = parent.date;
    } else {
      l.root = l;
      l.sub = 0;
      l.rootSeq = spec.monthEnd ? 1e6 + this.seq++ : this.seq++;
    }
    this.lines.push(l);
    return l;
  }
  row(spec) {
    const r = { ...spec, seq: this.seq++, ledgerOnly: null };
    this.rows.push(r);
    return r;
  }
  expect(line, t) {
    if (line.t) throw new Error('line decided twice');
    line.t = { rows: [], traits: [], ...t };
    return line;
  }
  /** bank lines in posting order, book rows in date order */
  ordered() {
    const key = (l) => [l.date, l.root.rootSeq, l.sub];
    const cmp = (a, b) => {
      const [x, y] = [key(a), key(b)];
      for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return 0;
    };
    this.lines.sort(cmp);
    this.rows.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.seq - b.seq));
  }
}

/** a list handed out in order, failing loudly when a set's dialect holds too few names */
const queue = (arr, what) => {
  let i = 0;
  return () => {
    if (i >= arr.length) throw new Error(`too few ${what}`);
    return arr[i++];
  };
};

/**
 * The trading events of a month, the same list in every set (README "Sets"). The dialect S writes the bank's
 * narrations and the books' rows; this function decides what happened and what the truth is.
 */
export function tradeMonth(m, S) {
  const R = m.rng;
  const B = S.bank;
  const K = S.books;
  const customer = queue(R.shuffle(S.customers), 'customers');
  const supplier = queue(R.shuffle(S.suppliers), 'suppliers');
  const inv = () => m.invoice(S, S.scale.invoice[0], S.scale.invoice[1]);
  const big = () => m.invoice(S, ...(S.scale.big ?? [S.scale.invoice[1], S.scale.invoice[1] * 2]));
  const receiptRow = (date, amount, invoices, party, extra = {}) =>
    m.row({ date, amount, ...K.receipt(invoices, party, extra) });

  // ---- last month's cheque (or payment) clearing now: booked in the month before, so no row here
  const chq = B.lastMonth(m, { date: m.someDay(0, 2), amount: -m.amount(...S.scale.bill) });
  m.expect(chq, { decision: 'none', traits: [S.lastMonthTrait] });
  const lastMonthAmount = -chq.amount;

  // ---- six invoices quoted in the payer's writing; two booked two working days late; one in the other cell
  for (let i = 0; i < 6; i++) {
    const c = customer();
    const v = inv();
    const w = S.writings[i];
    const date = m.someDay(1, -4);
    const late = i < 2;
    const other = i === 2;
    const l = B.receive(m, { date, payer: c.bank, text: w.write(v.no), amount: v.gross, otherCell: other });
    const r = receiptRow(late ? m.shift(date, 2) : date, v.gross, [v], c.book);
    m.expect(l, {
      decision: 'auto',
      rows: [r],
      evidence: 'reference',
      traits: [w.trait, ...(late ? ['late-posting'] : []), ...(other ? [S.otherCellTrait] : [])],
    });
  }

  // ---- three payers named as the books name them, no reference (one cash at the branch where the bank takes it)
  for (let i = 0; i < 3; i++) {
    const c = customer();
    const v = inv();
    const date = m.someDay(1, -2);
    const cash = i === 2 && B.cash;
    const l = cash
      ? B.cash(m, { date, payer: c.bank, amount: v.gross })
      : B.receive(m, { date, payer: c.bank, text: R.pick(S.plainTexts), amount: v.gross });
    const r = receiptRow(date, v.gross, [v], c.book, { cash: !!cash });
    m.expect(l, {
      decision: 'auto',
      rows: [r],
      evidence: 'counterparty',
      traits: ['name-only', ...(cash ? ['cash-deposit'] : [])],
    });
  }

  // ---- one transfer for three invoices, all quoted, a receipt row per invoice
  {
    const c = customer();
    const vs = [inv(), inv(), inv()];
    const date = m.someDay(2, -3);
    const total = m.take(vs.reduce((s, v) => s + v.gross, 0));
    const l = B.receive(m, { date, payer: c.bank, text: vs.map((v) => S.canonical(v.no)).join(' '), amount: total });
    const rs = vs.map((v) => receiptRow(date, v.gross, [v], c.book));
    m.expect(l, { decision: 'auto', rows: rs, evidence: 'reference', traits: ['split-one-to-many', 'ref-canonical'] });
  }

  // ---- one transfer for two invoices, no reference
  {
    const c = customer();
    const vs = [inv(), inv()];
    const date = m.someDay(2, -3);
    const total = m.take(vs[0].gross + vs[1].gross);
    const l = B.receive(m, { date, payer: c.bank, text: R.pick(S.plainTexts), amount: total });
    const rs = vs.map((v) => receiptRow(date, v.gross, [v], c.book));
    m.expect(l, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: rs,
      evidence: 'counterparty',
      traits: ['split-one-to-many', 'name-only'],
    });
  }

  // ---- one invoice in two instalments quoting it, booked once in full when the second arrives
  {
    const c = customer();
    const v = big();
    const first = m.take(share(v.gross, R.int(35, 60), 100));
    const second = m.take(v.gross - first);
    const d1 = m.someDay(1, 6);
    const d2 = m.someDay(10, -2);
    const l1 = B.receive(m, { date: d1, payer: c.bank, text: S.instalmentText(v.no, 1), amount: first });
    const l2 = B.receive(m, { date: d2, payer: c.bank, text: S.instalmentText(v.no, 2), amount: second });
    const r = receiptRow(d2, v.gross, [v], c.book);
    for (const l of [l1, l2])
      m.expect(l, { decision: 'auto', rows: [r], group: 'instalments', evidence: 'reference', traits: ['instalment'] });
  }

  // ---- an over-payment rounded up
  {
    const c = customer();
    const v = inv();
    const paid = m.take(Math.ceil((v.gross + 1) / S.scale.roundUp) * S.scale.roundUp);
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: S.canonical(v.no), amount: paid });
    const r = receiptRow(date, v.gross, [v], c.book);
    m.expect(l, {
      decision: 'auto',
      rows: [r],
      evidence: 'reference',
      difference: paid - v.gross,
      traits: ['over-payment', 'ref-canonical'],
    });
  }

  // ---- a payment short by withholding (ZA: a settlement discount)
  {
    const c = S.withholder;
    const v = inv();
    const short = S.shortBy(v);
    const paid = m.take(v.gross - short);
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: S.writings[0].write(v.no), amount: paid });
    const r = receiptRow(date, v.gross, [v], c.book);
    m.expect(l, {
      decision: 'auto',
      rows: [r],
      evidence: 'reference',
      difference: -short,
      traits: [S.shortTrait, S.writings[0].trait],
    });
  }

  // ---- a part payment the bookkeeper booked as if in full
  {
    const c = customer();
    const v = big();
    const paid = m.take(Math.floor(share(v.gross, R.int(40, 70), 100) / 100000) * 100000 || 100000);
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: S.writings[1].write(v.no), amount: paid });
    const r = receiptRow(date, v.gross, [v], c.book);
    m.expect(l, {
      decision: 'suggest',
      mustNotAuto: true,
      rows: [r],
      evidence: 'reference',
      traits: ['part-payment', S.writings[1].trait],
    });
  }

  // ---- an invoice less its credit note; the books hold the net
  {
    const c = customer();
    const v = big();
    const cn = { no: S.nextCreditNote(), gross: m.take(share(v.gross, R.int(5, 15), 100)) };
    const net = m.take(v.gross - cn.gross);
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: S.lessCreditText(v.no, cn.no), amount: net });
    const r = m.row({ date, amount: net, ...K.receiptLessCredit(v, cn, c.book) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['invoice-less-credit-note'] });
  }

  // ---- a tie: two equal open receipts of one payer, one payment by name
  {
    const c = customer();
    const v1 = inv();
    const v2 = { no: S.nextInvoice(), net: v1.net, gross: v1.gross };
    const date = m.someDay(4, -3);
    const l = B.receive(m, { date, payer: c.bank, text: R.pick(S.plainTexts), amount: v1.gross });
    const r1 = receiptRow(m.shift(date, -3), v1.gross, [v1], c.book);
    const r2 = receiptRow(m.shift(date, 1), v2.gross, [v2], c.book);
    m.expect(l, {
      decision: 'suggest',
      mustNotAuto: true,
      anyOf: [[r1], [r2]],
      evidence: 'counterparty',
      traits: ['tie', 'name-only'],
    });
  }

  // ---- a receipt keyed in the books with two digits swapped
  {
    const c = customer();
    const v = inv();
    const keyed = m.take(S.transpose(v.gross));
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: S.writings[3].write(v.no), amount: v.gross });
    const r = m.row({ date, amount: keyed, ...K.receipt([v], c.book, {}) });
    m.expect(l, {
      decision: 'suggest',
      mustNotAuto: true,
      rows: [r],
      evidence: 'reference',
      traits: ['books-amount-transposed', S.writings[3].trait],
    });
  }

  // ---- a payment quoting the customer's own order number, copied into the receipt
  {
    const c = customer();
    const v = inv();
    const po = S.orderNumber();
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: c.bank, text: po.bank, amount: v.gross });
    const r = receiptRow(date, v.gross, [v], c.book, { order: po.book });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['customer-order-number'] });
  }

  // ---- two customers paying the same amount the same day, each quoting their invoice
  {
    const c1 = customer();
    const c2 = customer();
    const v1 = inv();
    const v2 = { no: S.nextInvoice(), net: v1.net, gross: v1.gross };
    const date = m.someDay(1, -2);
    for (const [c, v, w] of [
      [c1, v1, S.writings[4]],
      [c2, v2, S.writings[5]],
    ]) {
      const l = B.receive(m, { date, payer: c.bank, text: w.write(v.no), amount: v.gross });
      const r = receiptRow(date, v.gross, [v], c.book);
      m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['same-amount-same-day', w.trait] });
    }
  }

  // ---- a third party paying a customer's invoice and quoting it
  {
    const c = S.thirdParty.customer;
    const v = inv();
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: S.thirdParty.bank, text: S.thirdParty.text(v.no), amount: v.gross });
    const r = receiptRow(date, v.gross, [v], c.book);
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['third-party-payer'] });
  }

  // ---- a customer paying under a trading name the books do not use, no reference
  {
    const t = S.tradingName;
    const v = inv();
    const date = m.someDay(1, -2);
    const l = B.receive(m, { date, payer: t.bank, text: t.text, amount: v.gross });
    const r = receiptRow(date, v.gross, [v], t.book);
    m.expect(l, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: [r],
      evidence: 'amount',
      traits: ['trading-name'],
    });
  }

  // ---- two unknown receipts
  for (const u of S.unknownPayers) {
    const l = B.receive(m, { date: m.someDay(1, -1), payer: u.bank, text: u.text, amount: m.amount(...S.scale.odd) });
    m.expect(l, { decision: 'none', traits: ['unknown-receipt'] });
  }

  // ---- four supplier payments quoting the supplier's invoice (one booked a working day before the bank)
  const payRow = (date, amount, bill, s, extra = {}) => m.row({ date, amount, ...K.payment(bill, s.book, extra) });
  for (let i = 0; i < 4; i++) {
    const s = supplier();
    const bill = s.bill(R);
    const amount = -m.amount(...S.scale.bill);
    const date = m.someDay(2, -2);
    const early = i === 0;
    const l = B.pay(m, { date, payee: s.bank, text: S.ourBillText(bill), amount });
    const r = payRow(early ? m.shift(date, -1) : date, amount, bill, s);
    m.expect(l, {
      decision: 'auto',
      rows: [r],
      evidence: 'reference',
      traits: ['supplier-invoice', ...(early ? ['booked-before-bank'] : [])],
    });
  }

  // ---- two supplier payments by name
  for (let i = 0; i < 2; i++) {
    const s = supplier();
    const bill = s.bill(R);
    const amount = -m.amount(...S.scale.bill);
    const date = m.someDay(1, -2);
    const l = B.pay(m, { date, payee: s.bank, text: R.pick(S.ourPlainTexts), amount });
    const r = payRow(date, amount, bill, s);
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'counterparty', traits: ['name-only'] });
  }

  // ---- one bill paid in two transfers the same day over the per-payment limit, booked once
  {
    const s = S.limitSupplier;
    const bill = s.bill(R);
    const total = m.amount(S.limit + 100000, S.limit * 2 - 100000, 100);
    const first = m.take(S.limit);
    const second = m.take(total - first);
    const date = m.someDay(2, -2);
    const ls = [1, 2].map((k) =>
      B.pay(m, { date, payee: s.bank, text: S.limitText(bill, k), amount: -(k === 1 ? first : second) }),
    );
    const r = payRow(date, -total, bill, s);
    for (const l of ls)
      m.expect(l, {
        decision: 'auto',
        rows: [r],
        group: 'limit',
        evidence: 'reference',
        traits: ['split-many-to-one', 'payment-limit'],
      });
  }

  // ---- twins: two equal transfers to one payee the same day quoting one trip, booked as two equal rows
  {
    const s = S.twinSupplier;
    const trip = S.tripNumber(R);
    const amount = -m.amount(...S.scale.small);
    const date = m.someDay(2, -2);
    const ls = [0, 1].map(() => B.pay(m, { date, payee: s.bank, text: trip.bank, amount }));
    const rs = [0, 1].map(() => m.row({ date, amount, ...K.trip(trip, s.book) }));
    for (const l of ls)
      m.expect(l, { decision: 'auto', anyOf: [[rs[0]], [rs[1]]], evidence: 'reference', traits: ['twins'] });
  }

  // ---- a failed transfer, its reversal (no charge on the failed one) and the payment sent again
  {
    const s = supplier();
    const bill = s.bill(R);
    const amount = -m.amount(...S.scale.bill);
    const date = m.someDay(2, -3);
    const failed = B.pay(m, { date, payee: s.bank, text: S.ourBillText(bill), amount, charge: false });
    const back = B.reverse(m, failed, m.shift(date, 1));
    const again = B.pay(m, { date: m.shift(date, 1), payee: s.bank, text: S.ourBillText(bill), amount });
    const r = payRow(date, amount, bill, s);
    m.expect(failed, { decision: 'reversal-pair', partner: back, traits: ['reversal'] });
    m.expect(back, { decision: 'reversal-pair', partner: failed, traits: ['reversal'] });
    m.expect(again, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['sent-again'] });
  }

  // ---- a refund to a customer quoting our credit note, and one from a supplier by name
  {
    const c = customer();
    const cn = S.nextCreditNote();
    const amount = -m.amount(...S.scale.small);
    const date = m.someDay(1, -2);
    const l = B.pay(m, { date, payee: c.bank, text: S.refundText(cn), amount });
    const r = m.row({ date, amount, ...K.refundToCustomer(cn, c.book) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['refund', 'credit-note'] });

    const s = supplier();
    const back = m.amount(...S.scale.small);
    const d2 = m.someDay(1, -2);
    const l2 = B.receive(m, { date: d2, payer: s.bank, text: S.supplierRefundText, amount: back });
    const r2 = m.row({ date: d2, amount: back, ...K.refundFromSupplier(s.book) });
    m.expect(l2, { decision: 'auto', rows: [r2], evidence: 'counterparty', traits: ['refund', 'name-only'] });
  }

  // ---- three book rows the bank has not seen by the month's end
  {
    const s = supplier();
    const r1 = m.row({
      date: m.day(-4),
      amount: -m.amount(...S.scale.bill),
      ...K.chequeIssued(S.chequeNumber(R), s.book),
    });
    r1.ledgerOnly = S.ledgerOnlyWhy[0];
    const s2 = supplier();
    const r2 = m.row({ date: m.day(-1), amount: -m.amount(...S.scale.bill), ...K.payment(s2.bill(R), s2.book, {}) });
    r2.ledgerOnly = S.ledgerOnlyWhy[1];
    const c = customer();
    const v = inv();
    const r3 = m.row({ date: m.day(-1), amount: v.gross, ...K.chequeLodged(v, S.chequeNumber(R), c.book) });
    r3.ledgerOnly = S.ledgerOnlyWhy[2];
  }

  // ---- three gateway or mobile-money settlements
  {
    const [a, b, c] = S.settlements;
    const gross = () => m.amount(...S.scale.settlement, 100);
    const fee = (g) => share(g, a.feePerMille, 1000);

    const ga = gross();
    const fa = fee(ga);
    const ida = a.id(R);
    const da = m.someDay(1, -2);
    const la = B.settle(m, a, { date: da, id: ida, amount: m.take(ga - fa) });
    const ra = m.row({ date: da, amount: ga, ...K.settlement(a, ida) });
    m.expect(la, {
      decision: 'auto',
      rows: [ra],
      evidence: 'reference',
      difference: -fa,
      traits: ['pos-settlement', 'short-net-of-fee'],
    });

    const gb = gross();
    const fb = m.take(share(gb, b.feePerMille, 1000));
    const idb = b.id(R);
    const db = m.someDay(1, -2);
    const lb = B.settle(m, b, { date: db, id: idb, amount: m.take(gb - fb) });
    const rb1 = m.row({ date: db, amount: gb, ...K.settlement(b, idb) });
    const rb2 = m.row({ date: db, amount: -fb, ...K.settlementFee(b, idb) });
    m.expect(lb, {
      decision: 'auto',
      rows: [rb1, rb2],
      evidence: 'reference',
      traits: ['pos-settlement', 'gross-and-fee'],
    });

    const gc = gross();
    const fc = share(gc, c.feePerMille, 1000);
    const dc = m.someDay(2, -2);
    const lc = B.settle(m, c, { date: dc, id: null, amount: m.take(gc - fc) });
    const rc = m.row({ date: m.shift(dc, -1), amount: gc, ...K.settlement(c, null) });
    m.expect(lc, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: [rc],
      evidence: c.evidence,
      traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
    });
  }

  // ---- payroll, statutory payments, utilities, the business's own account elsewhere
  {
    const date = S.payday(m);
    const amount = -m.amount(...S.scale.payroll, 100);
    const id = S.batchId(R);
    const l = B.salary(m, { date, n: S.staff, id, amount });
    const r = m.row({ date, amount, ...K.salary(id) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['payroll'] });
  }
  for (const st of S.statutory) {
    const date = m.someDay(st.days[0], st.days[1]);
    const amount = -m.amount(...st.range, 100);
    const ref = st.ref(R);
    const l = B.statutory(m, st, { date, ref, amount });
    const r = m.row({ date, amount, ...K.statutory(st, ref) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['statutory'] });
  }
  for (const u of S.utilities) {
    const date = m.someDay(2, -3);
    const amount = -m.amount(...u.range);
    const l = B.utility(m, u, { date, amount });
    const r = m.row({ date, amount, ...K.utility(u) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['utility'] });
  }
  {
    const o = S.ownAccount;
    const date = m.someDay(3, -3);
    const amount = o.direction * m.amount(...S.scale.own, 100000);
    const l = B.own(m, o, { date, amount });
    const r = m.row({ date, amount, ...K.own(o) });
    m.expect(l, { decision: 'auto', rows: [r], evidence: 'reference', traits: ['interbank-transfer'] });
  }

  // ---- an unbooked card purchase (ZA: debit order), the bank's month-end charges
  {
    const l = B.card(m, { date: m.someDay(1, -2), amount: -m.amount(...S.scale.card) });
    m.expect(l, { decision: 'none', traits: [S.cardTrait] });
  }
  B.monthEnd(m);

  return { lastMonthAmount };
}
