// The month of business every set shares: which kinds of transaction happen and how the truth grades them.
// Country styles (sets.mjs) supply names, document numbers, narrations and bank charges.
import { mulberry32, pad } from './lib.mjs';

export class Builder {
  constructor(seed, month, days) {
    this.rand = mulberry32(seed);
    this.month = month; // "2025-03"
    this.days = days;
    this.lines = []; // bank lines
    this.rows = []; // ledger rows
    this.seq = 0;
    this.used = new Set(); // magnitudes already used by a matched amount: keeps unique amounts unique
    this.groups = 0;
  }
  int(lo, hi) {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick(a) {
    return a[Math.floor(this.rand() * a.length)];
  }
  chance(p) {
    return this.rand() < p;
  }
  date(day) {
    const d = Math.max(1, Math.min(this.days, day));
    return `${this.month}-${pad(d, 2)}`;
  }
  /** a business day (Mon–Fri) on or after `day` within the month, else on or before */
  bday(day) {
    let d = Math.max(1, Math.min(this.days, day));
    const wd = (x) => new Date(`${this.month}-${pad(x, 2)}T00:00:00Z`).getUTCDay();
    let f = d;
    while (f <= this.days && (wd(f) === 0 || wd(f) === 6)) f++;
    if (f <= this.days) return f;
    while (d >= 1 && (wd(d) === 0 || wd(d) === 6)) d--;
    return d;
  }
  /** a fresh magnitude in minor units within [lo, hi] major, a multiple of `step` minor */
  amount(lo, hi, step = 100) {
    for (;;) {
      const n = this.int(Math.ceil((lo * 100) / step), Math.floor((hi * 100) / step)) * step;
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }
  reserve(n) {
    this.used.add(Math.abs(n));
    return n;
  }
  line(o) {
    const l = { ...o, seq: this.seq++ };
    this.lines.push(l);
    return l;
  }
  row(o) {
    const r = { ...o, seq: this.seq++ };
    this.rows.push(r);
    return r;
  }
  group() {
    this.groups += 1;
    return `g${pad(this.groups, 2)}`;
  }
}

/** Bank charges a style adds after a line (NIP fee + VAT, excise duty …): bank-only lines. */
function charges(B, st, parent, which) {
  const list = st.charges?.(B, parent, which) ?? [];
  for (const c of list) {
    const l = B.line({
      date: parent.date,
      minor: -Math.abs(c.minor),
      narr: c.narr,
      ref: c.ref ?? '',
      vdate: parent.vdate,
    });
    l.t = { decision: 'bank-only', kind: c.kind, traits: ['bank-charge'], evidence: 'amount' };
  }
}

/**
 * The common month. `st` is the country style; `n` the counts. Every call adds bank lines and/or ledger rows and
 * writes the grading expectation on each bank line (`t`) and each ledger-only row (`only`).
 */
export function runRecipe(B, st, n) {
  const C = st.customers;
  const P = st.suppliers;
  let ci = 0;
  let si = 0;
  const cust = () => C[ci++ % C.length];
  const sup = () => P[si++ % P.length];
  const lag = () => B.pick([0, 0, 0, 0, 1, 1, 1, 2, -1, 3, 5]);
  const recvDay = () => B.bday(B.int(2, B.days - 2));

  const receipt = (c, inv, minor, day, refText, opts = {}) => {
    const { narr, ref, traits = [] } = st.narrRecv(B, c, refText, { ...opts, date: B.date(day) });
    const l = B.line({ date: B.date(day), minor, narr, ref });
    charges(B, st, l, 'recv');
    return { l, traits };
  };
  const bookRecv = (c, inv, minor, day, extra = {}) =>
    B.row({ date: B.date(day), minor, ...st.ledRecv(B, c, inv, extra) });

  // 1. invoices paid in full, quoting the invoice in some writing
  for (let k = 0; k < n.refPaid; k++) {
    const c = cust();
    const inv = st.newInv(B);
    const minor = B.amount(...st.recvRange, st.step);
    const day = recvDay();
    const w = st.writeInv(B, inv, k);
    const { l, traits } = receipt(c, inv, minor, day, w.text, { refInReference: k % 7 === 3 });
    const lg = lag();
    const r = bookRecv(c, inv, minor, day + lg);
    l.t = {
      decision: 'auto',
      ledger: [r],
      evidence: 'reference',
      traits: [w.trait, ...traits, ...(lg >= 3 ? ['late-posting'] : [])],
    };
  }

  // 2. paid without a reference, payer named as the books name it (bank truncation aside), unique amount
  for (let k = 0; k < n.nameOnly; k++) {
    const c = cust();
    const inv = st.newInv(B);
    const minor = B.amount(...st.recvRange, st.step);
    const day = recvDay();
    const { l, traits } = receipt(c, inv, minor, day, '', {});
    const r = bookRecv(c, inv, minor, day + B.pick([0, 0, 1, 1, 2]));
    l.t = { decision: 'auto', ledger: [r], evidence: 'counterparty', traits: ['name-only', ...traits] };
  }

  // 3. payer written very differently (owner's own account, initials, trading name): a person decides
  for (const c of C.filter((x) => x.alt).slice(0, n.alias)) {
    const inv = st.newInv(B);
    const minor = B.amount(...st.recvRange, st.step);
    const day = recvDay();
    const { narr, ref } = st.narrRecv(B, { ...c, bank: c.alt.text }, '', { date: B.date(day) });
    const l = B.line({ date: B.date(day), minor, narr, ref });
    charges(B, st, l, 'recv');
    const r = bookRecv(c, inv, minor, day + B.pick([0, 1, 2]));
    l.t = { decision: 'suggest', mustNotAuto: false, ledger: [r], evidence: 'counterparty', traits: [c.alt.trait] };
  }

  // 4. anonymous receipts whose amount fits one booked receipt: a guess
  for (let k = 0; k < n.anon; k++) {
    const c = cust();
    const inv = st.newInv(B);
    const minor = B.amount(...st.recvRange, st.step);
    const day = recvDay();
    const { narr, ref } = st.narrAnon(B, k, B.date(day));
    const l = B.line({ date: B.date(day), minor, narr, ref });
    charges(B, st, l, 'recv');
    const r = bookRecv(c, inv, minor, day + B.pick([0, 1]));
    l.t = { decision: 'suggest', mustNotAuto: true, ledger: [r], evidence: 'amount', traits: ['amount-only'] };
  }

  // 5. part payments quoting the invoice; the books hold the full invoice as received
  for (let k = 0; k < n.part; k++) {
    const c = cust();
    const inv = st.newInv(B);
    const full = B.amount(...st.recvRange, st.step);
    const minor = B.reserve(Math.round((full * B.pick([40, 50, 60])) / 100 / 100) * 100);
    const day = recvDay();
    const w = st.writeInv(B, inv, k + 2);
    const { l, traits } = receipt(c, inv, minor, day, `${w.text} ${st.partWord(B)}`, {});
    const r = bookRecv(c, inv, full, day + B.pick([0, 1]));
    l.t = {
      decision: 'suggest',
      mustNotAuto: false,
      ledger: [r],
      evidence: 'reference',
      traits: [w.trait, 'part-payment', ...traits],
    };
  }

  // 6. paid short by the customer's withholding (or ZA settlement discount / retention), quoting the invoice
  for (const [k, wh] of st.withholding.entries()) {
    const c = cust();
    const inv = st.newInv(B);
    const full = B.amount(...st.recvRange, st.step);
    const held = wh.held(full);
    const minor = B.reserve(full - held);
    const day = recvDay();
    const w = st.writeInv(B, inv, k + 4);
    const { l, traits } = receipt(c, inv, minor, day, w.text, {});
    const r = bookRecv(c, inv, full, day + B.pick([0, 1, 2]));
    l.t = {
      decision: 'auto',
      ledger: [r],
      difference: -held,
      evidence: 'reference',
      traits: [w.trait, wh.trait, ...traits],
    };
  }

  // 7. one over-payment quoting the invoice (rounded up by the customer)
  {
    const c = cust();
    const inv = st.newInv(B);
    const full = B.amount(...st.recvRange, st.step);
    const round = st.overRound;
    const minor = B.reserve((Math.floor(full / round) + 1) * round);
    const day = recvDay();
    const w = st.writeInv(B, inv, 1);
    const { l, traits } = receipt(c, inv, minor, day, w.text, {});
    const r = bookRecv(c, inv, full, day + 1);
    l.t = {
      decision: 'auto',
      ledger: [r],
      difference: minor - full,
      evidence: 'reference',
      traits: [w.trait, 'over-payment', ...traits],
    };
  }

  // 8. one transfer paying two invoices, both quoted
  for (let k = 0; k < n.splitOne; k++) {
    const c = cust();
    const i1 = st.newInv(B);
    const i2 = st.newInv(B);
    const a1 = B.amount(...st.recvRange, st.step);
    const a2 = B.amount(...st.recvRange, st.step);
    const day = recvDay();
    const { l, traits } = receipt(c, i1, B.reserve(a1 + a2), day, st.writeTwo(B, i1, i2), {});
    const r1 = bookRecv(c, i1, a1, day + 1);
    const r2 = bookRecv(c, i2, a2, day + 1);
    l.t = { decision: 'auto', ledger: [r1, r2], evidence: 'reference', traits: ['split-one-to-many', ...traits] };
  }

  // 9. one invoice paid in two transfers, both quoting it (many-to-one)
  for (let k = 0; k < n.splitMany; k++) {
    const c = cust();
    const inv = st.newInv(B);
    const full = B.amount(...st.recvRange, st.step * 10);
    const first = B.reserve(Math.round(full / 2 / 10000) * 10000);
    const day = recvDay();
    const w = st.writeInv(B, inv, 0);
    const g = B.group();
    const a = receipt(c, inv, first, day, `${w.text} ${st.partWord(B)}`, {});
    const b = receipt(c, inv, B.reserve(full - first), B.bday(day + 2), `${w.text} ${st.balWord}`, {});
    const r = bookRecv(c, inv, full, day + 2);
    for (const x of [a, b]) {
      x.l.t = {
        decision: 'auto',
        ledger: [r],
        group: g,
        evidence: 'reference',
        traits: [w.trait, 'split-many-to-one', ...x.traits],
      };
    }
  }

  // 10. twins: two equal invoices of one customer paid by two identical transfers on one day
  {
    const c = cust();
    const minor = B.amount(...st.recvRange, st.step * 100);
    const day = recvDay();
    const twinText = st.twinText(B);
    const ls = [0, 1].map(() => receipt(c, null, minor, day, twinText, { form: 0 }));
    const rs = [0, 1].map(() => bookRecv(c, st.newInv(B), minor, day));
    for (const x of ls) {
      x.l.t = {
        decision: 'auto',
        ledger: null,
        ambiguous: true,
        anyOf: rs.map((r) => [r]),
        evidence: 'counterparty',
        traits: ['twins', ...x.traits],
      };
    }
  }

  // 11. a tie: two equal open receipts booked for one customer, one transfer naming only the customer
  {
    const c = cust();
    const minor = B.amount(...st.recvRange, st.step * 100);
    const day = recvDay();
    const { l, traits } = receipt(c, null, minor, day, '', {});
    const rs = [B.pick([-2, -1]), B.pick([1, 2])].map((d) => bookRecv(c, st.newInv(B), minor, day + d));
    l.t = {
      decision: 'suggest',
      mustNotAuto: true,
      ledger: null,
      ambiguous: true,
      anyOf: rs.map((r) => [r]),
      evidence: 'counterparty',
      traits: ['tie-refused', ...traits],
    };
  }

  // 12. card / gateway / wallet settlements net of fees
  const gw = st.gateways;
  for (let k = 0; k < n.settleId; k++) {
    const g = gw[k % gw.length];
    const sales = B.bday(B.int(2, B.days - 3));
    const gross = B.amount(...g.range, 100);
    const fee = g.fee(gross);
    const batch = g.batch(B);
    const l = B.line({
      date: B.date(B.bday(sales + 1)),
      minor: B.reserve(gross - fee),
      ...g.narr(B, batch, B.date(sales)),
    });
    const r = B.row({ date: B.date(sales), minor: gross, ...g.book(B, batch, B.date(sales), 'gross') });
    l.t = {
      decision: 'auto',
      ledger: [r],
      difference: -fee,
      evidence: 'reference',
      traits: ['short-net-of-fee', g.trait, 'settled-next-day'],
    };
  }
  for (let k = 0; k < n.settleTwoRows; k++) {
    const g = gw[(k + 1) % gw.length];
    const sales = B.bday(B.int(2, B.days - 3));
    const gross = B.amount(...g.range, 100);
    const fee = g.fee(gross);
    const batch = g.batch(B);
    const l = B.line({
      date: B.date(B.bday(sales + 1)),
      minor: B.reserve(gross - fee),
      ...g.narr(B, batch, B.date(sales)),
    });
    const r1 = B.row({ date: B.date(sales), minor: gross, ...g.book(B, batch, B.date(sales), 'gross') });
    const r2 = B.row({ date: B.date(sales), minor: B.reserve(-fee), ...g.book(B, batch, B.date(sales), 'fee') });
    l.t = {
      decision: 'auto',
      ledger: [r1, r2],
      evidence: 'reference',
      traits: ['net-of-fee', 'split-one-to-many', g.trait, 'settled-next-day'],
    };
  }
  for (let k = 0; k < n.settleNoId; k++) {
    const g = st.plainSettlement;
    const sales = B.bday(B.int(2, B.days - 3));
    const gross = B.amount(...g.range, 100);
    const fee = g.fee(gross);
    const l = B.line({ date: B.date(B.bday(sales + 1)), minor: B.reserve(gross - fee), ...g.narr(B, B.date(sales)) });
    const r = B.row({ date: B.date(sales), minor: gross, ...g.book(B, B.date(sales)) });
    l.t = {
      decision: 'suggest',
      mustNotAuto: false,
      ledger: [r],
      evidence: 'amount',
      traits: ['short-net-of-fee', g.trait, 'settled-next-day'],
    };
  }

  // 13. receipts nobody booked
  for (let k = 0; k < n.unknownIn; k++) {
    const day = recvDay();
    const l = B.line({
      date: B.date(day),
      minor: B.amount(...st.unknownRange, st.step),
      ...st.narrUnknown(B, k, B.date(day)),
    });
    charges(B, st, l, 'recv');
    l.t = { decision: 'none', ledger: [], evidence: 'amount', traits: ['unrecorded-receipt'] };
  }

  // ---- money out ----
  const payment = (s, minor, day, refText, opts = {}) => {
    const { narr, ref, traits = [] } = st.narrPay(B, s, refText, { ...opts, date: B.date(day) });
    const l = B.line({ date: B.date(day), minor: -minor, narr, ref });
    charges(B, st, l, 'pay');
    return { l, traits };
  };
  const bookPay = (s, bill, minor, day, extra = {}) =>
    B.row({ date: B.date(day), minor: -minor, ...st.ledPay(B, s, bill, extra) });

  // 14. supplier bills paid quoting the supplier's invoice
  for (let k = 0; k < n.supRef; k++) {
    const s = sup();
    const bill = s.bill(B);
    const minor = B.amount(...st.payRange, st.step);
    const day = B.bday(B.int(2, B.days - 1));
    const w = st.writeBill(B, bill, k);
    const { l, traits } = payment(s, minor, day, w.text);
    const r = bookPay(s, bill, minor, day - B.pick([0, 0, 1]));
    l.t = { decision: 'auto', ledger: [r], evidence: 'reference', traits: [w.trait, ...traits] };
  }
  // 15. supplier paid by name only, unique amount
  for (let k = 0; k < n.supName; k++) {
    const s = sup();
    const minor = B.amount(...st.payRange, st.step);
    const day = B.bday(B.int(2, B.days - 1));
    const { l, traits } = payment(s, minor, day, '');
    const r = bookPay(s, s.bill(B), minor, day - B.pick([0, 0, 1]));
    l.t = { decision: 'auto', ledger: [r], evidence: 'counterparty', traits: ['name-only', ...traits] };
  }
  // 16. cheques issued and presented; later cheques not yet presented (books only)
  let chq = st.firstCheque;
  for (let k = 0; k < n.cheques + n.unpresented; k++) {
    const s = sup();
    const minor = B.amount(...st.payRange, st.step);
    const no = String(chq++);
    const issued = k < n.cheques ? B.bday(B.int(2, B.days - 8)) : B.bday(B.int(B.days - 5, B.days));
    const r = B.row({ date: B.date(issued), minor: -minor, ...st.ledCheque(B, s, no) });
    if (k >= n.cheques) {
      r.only = 'cheque issued, not yet presented (unpresented cheque)';
      continue;
    }
    const l = B.line({ date: B.date(B.bday(issued + B.int(2, 6))), minor: -minor, ...st.narrCheque(B, s, no) });
    charges(B, st, l, 'cheque');
    l.t = { decision: 'auto', ledger: [r], evidence: 'reference', traits: ['cheque-number'] };
  }
  // 17. payroll and statutory payments, each with its schedule/payment reference in both
  for (const item of st.statutory(B)) {
    const minor = B.amount(...item.range, 100);
    const day = B.bday(item.day);
    const l = B.line({ date: B.date(day), minor: -minor, narr: item.narr, ref: item.ref ?? '' });
    charges(B, st, l, item.charge ?? 'pay');
    const r = B.row({ date: B.date(day - (item.bookEarly ?? 0)), minor: -minor, ...item.book });
    l.t = { decision: 'auto', ledger: [r], evidence: item.evidence ?? 'reference', traits: item.traits };
  }
  // 18. a transfer that failed, its reversal, and the payment sent again
  {
    const s = sup();
    const bill = s.bill(B);
    const minor = B.amount(...st.payRange, st.step);
    const day = B.bday(B.int(5, B.days - 6));
    const w = st.writeBill(B, bill, 0);
    const { narr, ref } = st.narrPay(B, s, w.text, { date: B.date(day) });
    const f = B.line({ date: B.date(day), minor: -minor, narr, ref });
    const rv = B.line({ date: B.date(B.bday(day + 1)), minor, ...st.narrReversal(B, s, narr, ref) });
    const again = payment(s, minor, B.bday(day + 2), w.text);
    const r = bookPay(s, bill, minor, day);
    f.t = { decision: 'reversal-pair', partner: rv, ledger: [], evidence: 'reference', traits: ['failed-transfer'] };
    rv.t = { decision: 'reversal-pair', partner: f, ledger: [], evidence: 'reference', traits: ['reversal'] };
    again.l.t = { decision: 'auto', ledger: [r], evidence: 'reference', traits: [w.trait, 'resent-after-failure'] };
  }
  // 19. money out nobody booked (card purchases, a debit order)
  for (const [k, u] of st.unrecordedOut(B).entries()) {
    const day = B.bday(B.int(3, B.days - 1));
    const l = B.line({ date: B.date(day), minor: -B.amount(...u.range, 1), narr: u.narr, ref: u.ref ?? '' });
    l.t = { decision: 'none', ledger: [], evidence: 'amount', traits: ['unrecorded-payment', `unrecorded-${k}`] };
    if (u.charge) charges(B, st, l, 'pay');
  }
  // 20. books only: deposits in transit and a payment booked but not yet through
  for (let k = 0; k < n.depositsInTransit; k++) {
    const c = cust();
    const r = B.row({
      date: B.date(B.days - k),
      minor: B.amount(...st.recvRange, st.step),
      ...st.ledDepositInTransit(B, c, st.newInv(B)),
    });
    r.only = 'deposit in transit (cheque/cash lodged on the last days, credited next month)';
  }
  {
    const s = sup();
    const r = bookPay(s, s.bill(B), B.amount(...st.payRange, st.step), B.days);
    r.only = 'transfer booked on the last day, debited by the bank next month';
  }
  // 21. the bank's own monthly charges, levies, taxes and interest
  for (const c of st.monthly(B)) {
    const l = B.line({ date: B.date(c.day), minor: c.minor, narr: c.narr, ref: c.ref ?? '' });
    l.t = { decision: 'bank-only', kind: c.kind, traits: ['bank-charge'], evidence: 'amount' };
  }
}
