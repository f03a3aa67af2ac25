// The month of one set and the trading events every set has, written through the set's dialect.
import { rng, workingDays, share, addDays } from './lib39.mjs';

export class Month {
  constructor(S, seed) {
    this.S = S;
    this.r = rng(seed);
    this.days = workingDays(S.period.from, S.period.to, S.holidays);
    this.bank = [];
    this.book = [];
    this.ledgerOnly = [];
    this.used = new Set();
    this.seq = 0;
    this.groups = 0;
  }
  d(i) {
    return this.days[Math.max(0, Math.min(this.days.length - 1, i < 0 ? this.days.length + i : i))];
  }
  after(date, n) {
    return this.d(this.days.indexOf(date) + n);
  }
  /** a fresh amount (minor units) between lo and hi major units × the set's scale, cents as `cents` says */
  amt(lo, hi, cents = true) {
    for (;;) {
      let v = this.r.int(Math.round(lo * this.S.k * 100), Math.round(hi * this.S.k * 100));
      if (!cents) v -= v % 100;
      if (v > 0 && !this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
  take(v) {
    this.used.add(Math.abs(v));
    return v;
  }
  group() {
    this.groups += 1;
    return `g${String(this.groups).padStart(2, '0')}`;
  }
  line(date, amount, text, ref, d) {
    const l = { seq: this.seq++, date, amount, text, ref: ref || null, traits: [], ...d };
    this.bank.push(l);
    return l;
  }
  row(date, amount, ref, desc, party, extra = {}) {
    const w = { seq: this.seq++, date, amount, ref: ref || null, desc, party: party ?? null, ...extra };
    this.book.push(w);
    return w;
  }
  only(row, why) {
    this.ledgerOnly.push({ row, why });
    return row;
  }
  charge(date, c) {
    return this.line(date, -c.amount, c.text, c.ref, { decision: 'bank-only', kind: c.kind });
  }
}

/** money in from a payer: the set writes the narration and reference cells */
export function inward(M, date, amount, payer, their, d, refCol = false) {
  const { text, ref } = M.S.inText(M, payer, their, refCol);
  return M.line(date, amount, text, ref, d);
}
/** money out by transfer, followed by the bank's charges on it (none on a failed one) */
export function outward(M, date, amount, payee, our, d, charged = true) {
  const { text, ref } = M.S.outText(M, payee, our);
  const l = M.line(date, -amount, text, ref, d);
  if (charged) for (const c of M.S.outCharges(M, amount, ref)) M.charge(date, c);
  return l;
}

const auto = (ledger, evidence, traits, more = {}) => ({ decision: 'auto', ledger, evidence, traits, ...more });

/** every trading event of the month, in the set's dialect */
export function trade(M) {
  const { S, r } = M;
  const C = S.customers;
  const P = S.suppliers;
  const rec = (date, amount, inv, c, extra) => M.row(date, amount, inv, S.recDesc(inv, c, extra), S.party(c));
  const pay = (date, amount, ref, s, extra) => M.row(date, -amount, ref, S.payDesc(ref, s, extra), S.party(s));
  let n = S.invoiceStart + r.int(0, 40);
  const inv = () => {
    n += r.int(1, 3);
    return n;
  };

  // six invoices quoted in the payer's writing (1 and 4 booked two working days late; 5 in the reference cell only)
  S.writings.forEach(([trait, write], i) => {
    const day = M.d(1 + i * 3);
    const x = inv();
    const a = M.amt(8, 60);
    const late = i === 1 || i === 4;
    const row = rec(late ? M.after(day, 2) : day, a, S.canon(x), C[i]);
    const traits = [trait];
    if (late) traits.push('late-posting');
    inward(M, day, a, C[i], write(x), auto([row], 'reference', traits), i === 5);
  });
  // three payers as the books name them, no reference (the third brings cash to the branch)
  for (const i of [6, 7]) {
    const day = M.d(i === 6 ? 4 : 11);
    const a = M.amt(5, 40);
    const row = rec(day, a, S.canon(inv()), C[i]);
    inward(M, day, a, C[i], S.noRefText, auto([row], 'counterparty', ['name-only']));
  }
  {
    const day = M.d(8);
    const a = M.amt(2, 12, false);
    const row = rec(day, a, S.canon(inv()), C[8]);
    M.line(
      day,
      a,
      S.cashText(C[8]),
      S.cashRef?.(M) ?? null,
      auto([row], 'counterparty', ['name-only', 'cash-deposit']),
    );
    for (const c of S.cashCharges?.(a) ?? []) M.charge(day, c);
  }
  // one transfer for three invoices, all quoted
  {
    const day = M.d(5);
    const xs = [inv(), inv(), inv()];
    const as = xs.map(() => M.amt(4, 20));
    const rows = xs.map((x, j) => rec(day, as[j], S.canon(x), C[9]));
    const total = M.take(as[0] + as[1] + as[2]);
    inward(M, day, total, C[9], S.threeText(xs), auto(rows, 'reference', ['split-one-to-many']));
  }
  // one transfer for two invoices, no reference
  {
    const day = M.d(7);
    const as = [M.amt(3, 15), M.amt(3, 15)];
    const rows = as.map((a) => rec(M.after(day, -1), a, S.canon(inv()), C[10]));
    inward(M, day, M.take(as[0] + as[1]), C[10], S.noRefText, {
      decision: 'suggest',
      ledger: rows,
      evidence: 'counterparty',
      mustNotAuto: false,
      traits: ['split-one-to-many', 'name-only'],
    });
  }
  // one invoice in two instalments quoting it, booked once in full
  {
    const x = inv();
    const a = M.amt(20, 50, false);
    const first = share(a, 1, 2) - (share(a, 1, 2) % 100);
    const row = rec(M.d(3), a, S.canon(x), C[11]);
    const g = M.group();
    inward(M, M.d(3), M.take(first), C[11], S.instalText(x, 1), auto([row], 'reference', ['instalment'], { group: g }));
    inward(
      M,
      M.d(15),
      M.take(a - first),
      C[11],
      S.instalText(x, 2),
      auto([row], 'reference', ['instalment'], { group: g }),
    );
  }
  // over-payment rounded up
  {
    const x = inv();
    const a = M.amt(10, 30);
    const step = S.roundTo * 100;
    const paid = M.take(a - (a % step) + step);
    const day = M.d(9);
    const row = rec(day, a, S.canon(x), C[12]);
    inward(
      M,
      day,
      paid,
      C[12],
      S.writings[0][1](x),
      auto([row], 'reference', ['over-payment'], { difference: paid - a }),
    );
  }
  // withholding- or discount-short payment
  {
    const x = inv();
    const a = M.amt(20, 60);
    const cut = share(a, S.short.num, S.short.den);
    const day = M.d(10);
    const row = rec(day, a, S.canon(x), C[13]);
    inward(
      M,
      day,
      M.take(a - cut),
      C[13],
      S.shortText(x),
      auto([row], 'reference', [S.short.trait], { difference: -cut }),
    );
  }
  // part payment the bookkeeper booked as if in full
  {
    const x = inv();
    const a = M.amt(20, 40, false);
    const paid = M.take(share(a, 6, 10) - (share(a, 6, 10) % 100));
    const day = M.d(12);
    const row = rec(day, a, S.canon(x), C[14]);
    inward(M, day, paid, C[14], S.writings[2][1](x), {
      decision: 'suggest',
      ledger: [row],
      evidence: 'reference',
      mustNotAuto: true,
      traits: ['part-payment'],
    });
  }
  // invoice less its credit note; the books hold the net
  {
    const x = inv();
    const cn = S.creditNote(r);
    const a = M.amt(10, 30);
    const credit = M.amt(1, 3);
    const day = M.d(13);
    const row = rec(day, M.take(a - credit), S.canon(x), C[15], { cn });
    inward(
      M,
      day,
      a - credit,
      C[15],
      S.cnText(x, cn),
      auto([row], 'reference', ['credit-note', 'invoice-less-credit-note']),
    );
  }
  // tie: two equal open receipts of one payer, one payment by name
  {
    const a = M.amt(5, 15);
    const r1 = rec(M.d(2), a, S.canon(inv()), C[16]);
    const r2 = rec(M.d(6), a, S.canon(inv()), C[16]);
    inward(M, M.d(14), a, C[16], S.noRefText, {
      decision: 'suggest',
      ledger: null,
      anyOf: [[r1], [r2]],
      ambiguous: true,
      evidence: 'counterparty',
      mustNotAuto: true,
      traits: ['tie', 'name-only'],
    });
  }
  // receipt keyed with two digits swapped
  {
    const x = inv();
    let a;
    let keyed;
    for (;;) {
      a = M.amt(10, 40);
      const s = String(a);
      const i = r.int(0, s.length - 4);
      keyed = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
      if (keyed !== a && !M.used.has(keyed)) break;
    }
    const day = M.d(16);
    const row = rec(day, M.take(keyed), S.canon(x), C[17]);
    inward(M, day, a, C[17], S.writings[3][1](x), {
      decision: 'suggest',
      ledger: [row],
      evidence: 'reference',
      mustNotAuto: true,
      traits: ['books-amount-transposed'],
    });
  }
  // a customer's own order number, copied into the receipt
  {
    const po = r.num(5);
    const a = M.amt(8, 25);
    const day = M.d(17);
    const row = rec(day, a, S.canon(inv()), C[18], { po });
    inward(M, day, a, C[18], S.poText(po), auto([row], 'reference', ['customer-order-number']));
  }
  // two customers, same amount, same day, each quoting their invoice
  {
    const a = M.amt(6, 18);
    const day = M.d(18);
    for (const i of [19, 20]) {
      const x = inv();
      const row = rec(day, a, S.canon(x), C[i]);
      inward(M, day, a, C[i], S.writings[i === 19 ? 0 : 2][1](x), auto([row], 'reference', ['same-amount-same-day']));
    }
  }
  // a third party paying a customer's invoice, quoting it
  {
    const x = inv();
    const a = M.amt(10, 30);
    const day = M.d(19);
    const row = rec(day, a, S.canon(x), C[21]);
    inward(M, day, a, S.thirdParty, S.writings[0][1](x), auto([row], 'reference', ['third-party']));
  }
  // a customer paying under a trading name the books do not use
  {
    const a = M.amt(4, 12);
    const day = M.d(20);
    const row = rec(M.after(day, -1), a, S.canon(inv()), C[22]);
    inward(M, day, a, S.tradingName, S.noRefText, {
      decision: 'suggest',
      ledger: [row],
      evidence: 'amount',
      mustNotAuto: false,
      traits: ['trading-name'],
    });
  }
  // two unknown receipts
  inward(M, M.d(6), M.amt(1, 6), S.unknown[0], S.unknownText[0], { decision: 'none' });
  inward(M, M.d(15), M.amt(1, 6), S.unknown[1], S.unknownText[1], { decision: 'none' });

  // suppliers: four quoting their invoice (the fourth booked a working day before the bank), two by name
  for (let i = 0; i < 4; i++) {
    const bill = S.billNo(r);
    const a = M.amt(5, 30);
    const day = M.d(2 + i * 5);
    const row = pay(i === 3 ? M.after(day, -1) : day, a, bill, P[i]);
    outward(
      M,
      day,
      a,
      P[i],
      S.billText(bill),
      auto([row], 'reference', i === 3 ? ['supplier-invoice', 'booked-before-bank'] : ['supplier-invoice']),
    );
  }
  for (const i of [4, 5]) {
    const a = M.amt(3, 15);
    const day = M.d(i === 4 ? 8 : 16);
    const row = pay(day, a, S.billNo(r), P[i]);
    outward(M, day, a, P[i], S.payNoRef, auto([row], 'counterparty', ['name-only']));
  }
  // one bill paid in two transfers the same day over the per-payment limit
  {
    const bill = S.billNo(r);
    const a = M.take(S.limit * 100 + M.amt(S.limit / S.k / 5, (S.limit / S.k) * 0.7));
    const day = M.d(11);
    const row = pay(day, a, bill, P[6]);
    const g = M.group();
    const lim = M.take(S.limit * 100);
    outward(M, day, lim, P[6], S.limitText(bill, 1), auto([row], 'reference', ['channel-limit'], { group: g }));
    outward(M, day, a - lim, P[6], S.limitText(bill, 2), auto([row], 'reference', ['channel-limit'], { group: g }));
  }
  // twins: two equal transfers to one payee the same day quoting one trip, two equal book rows
  {
    const trip = S.tripNo(r);
    const a = M.amt(2, 8);
    const day = M.d(13);
    const rows = [pay(day, a, trip, P[7], { twin: 1 }), pay(day, a, trip, P[7], { twin: 2 })];
    for (let i = 0; i < 2; i++)
      outward(M, day, a, P[7], S.tripText(trip), {
        decision: 'auto',
        ledger: null,
        anyOf: [[rows[0]], [rows[1]]],
        ambiguous: true,
        evidence: 'reference',
        traits: ['twins'],
      });
  }
  // a failed transfer, its reversal, and the payment sent again
  {
    const bill = S.billNo(r);
    const a = M.amt(3, 12);
    const day = M.d(7);
    const row = pay(day, a, bill, P[8]);
    const failed = outward(
      M,
      day,
      a,
      P[8],
      S.billText(bill),
      { decision: 'reversal-pair', traits: ['reversal'] },
      false,
    );
    const back = M.line(M.after(day, 1), a, S.reversalText(failed.text), failed.ref, {
      decision: 'reversal-pair',
      traits: ['reversal'],
    });
    failed.partner = back;
    back.partner = failed;
    outward(
      M,
      M.after(day, 2),
      a,
      P[8],
      S.billText(bill),
      auto([row], 'reference', ['supplier-invoice', 'sent-again']),
    );
  }
  // refunds: to a customer quoting our credit note, from a supplier by name
  {
    const cn = S.creditNote(r);
    const a = M.amt(0.5, 3);
    const day = M.d(14);
    const row = M.row(day, -a, cn, S.refundDesc(cn, C[23]), S.party(C[23]));
    outward(M, day, a, C[23], S.refundText(cn), auto([row], 'reference', ['credit-note', 'refund']));
    const b = M.amt(0.5, 3);
    const d2 = M.d(17);
    const row2 = M.row(d2, b, null, S.supRefundDesc(P[9]), S.party(P[9]));
    inward(M, d2, b, P[9], S.supRefundText, auto([row2], 'counterparty', ['name-only', 'refund']));
  }
  // settlements: net with its id (gross booked); gross and fee booked with the id; no id (gross booked)
  {
    const [s1, s2, s3] = S.settlements;
    const g1 = M.amt(10, 30);
    const f1 = share(g1, s1.fee[0], s1.fee[1]);
    const id1 = s1.id(r);
    const d1 = M.d(4);
    const row1 = M.row(d1, g1, id1, s1.desc, S.party({ book: s1.party }));
    M.line(
      d1,
      M.take(g1 - f1),
      s1.text(id1),
      s1.refCell ? id1 : null,
      auto([row1], 'reference', ['settlement-id', 'short-net-of-fee'], { difference: -f1 }),
    );
    if (!s1.refCell) M.bank.at(-1).ref = S.settleRef?.(M) ?? null;
    const g2 = M.amt(10, 30);
    const f2 = M.take(share(g2, s2.fee[0], s2.fee[1]));
    const id2 = s2.id(r);
    const d2 = M.d(12);
    const rows2 = [
      M.row(d2, g2, id2, s2.desc, S.party({ book: s2.party })),
      M.row(d2, -f2, id2, s2.feeDesc, S.party({ book: s2.party })),
    ];
    M.line(
      d2,
      M.take(g2 - f2),
      s2.text(id2),
      S.settleRef?.(M) ?? null,
      auto(rows2, 'reference', ['settlement-id', 'gross-and-fee']),
    );
    const g3 = M.amt(5, 20);
    const d3 = M.d(18);
    const row3 = M.row(M.after(d3, -1), g3, null, s3.desc, S.party({ book: s3.party }));
    M.line(d3, g3, s3.text(), S.settleRef?.(M) ?? null, {
      decision: 'suggest',
      ledger: [row3],
      evidence: 'counterparty',
      mustNotAuto: false,
      traits: ['no-settlement-id'],
    });
  }
  // payroll, statutory payments, utilities, own account
  {
    const day = M.d(-3);
    const batch = S.batchNo(r);
    const a = M.amt(40, 90);
    const row = M.row(day, -a, batch, S.payrollDesc, S.party({ book: S.payrollParty }));
    M.line(day, -a, S.payrollText(batch), S.payrollRef?.(batch) ?? null, auto([row], 'reference', ['payroll']));
    for (const c of S.payrollCharges(batch)) M.charge(day, c);
  }
  S.statutory.forEach((st, i) => {
    const day = M.d(st.day ?? 6 + i * 2);
    const no = st.no(r);
    const a = M.amt(st.lo, st.hi);
    const row = M.row(day, -a, st.bookRef ? st.bookRef(no) : no, st.desc, S.party({ book: st.party }));
    M.line(day, -a, st.text(no), st.ref?.(no) ?? null, auto([row], 'reference', ['statutory']));
    for (const c of st.charges?.(no) ?? []) M.charge(day, c);
  });
  S.utilities.forEach((u, i) => {
    const day = M.d(9 + i * 6);
    const a = M.amt(u.lo, u.hi);
    const row = M.row(day, -a, u.bookAcct ?? u.acct, u.desc, S.party({ book: u.party }));
    M.line(day, -a, u.text, u.ref ?? null, auto([row], 'reference', ['utility']));
    for (const c of u.charges ?? []) M.charge(day, c);
  });
  {
    const o = S.own;
    const day = M.d(10);
    const a = M.amt(20, 50, false);
    const sign = o.direction === 'in' ? 1 : -1;
    const row = M.row(day, sign * a, o.acct, o.desc, S.party({ book: o.party }));
    if (sign > 0) M.line(day, a, o.text, o.ref ?? null, auto([row], 'reference', ['own-account']));
    else outward(M, day, a, o.payee, o.our, auto([row], 'reference', ['own-account']));
  }
  // ledger-only: three rows the bank has not seen by the month's end
  {
    const [l1, l2, l3] = S.ledgerOnly;
    M.only(M.row(M.d(-4), -M.amt(2, 9), l1.ref(r), l1.desc(P[10]), S.party(P[10])), l1.why);
    M.only(M.row(M.d(-1), -M.amt(2, 9), S.billNo(r), S.payDesc(null, P[11]), S.party(P[11])), l2.why);
    M.only(M.row(M.d(-2), M.amt(2, 9), l3.ref(r), l3.desc(C[8 + 16]), S.party(C[8 + 16])), l3.why);
  }
  // none: an unbooked card purchase or debit order; last month's cheque or payment clearing now
  M.line(M.d(5), -M.amt(0.2, 1), S.cardText, S.cardRef?.(r) ?? null, { decision: 'none' });
  {
    const a = M.amt(2, 8);
    M.lastMonth = a;
    M.line(M.d(1), -a, S.lastMonthText(r), S.lastMonthRef?.(r) ?? null, { decision: 'none' });
  }
  // the bank's month-end charges
  for (const c of S.monthEnd(M)) M.charge(M.d(-1), c);
  return M;
}

export { addDays };
