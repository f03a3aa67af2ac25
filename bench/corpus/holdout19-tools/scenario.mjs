// The month of a business, country-neutral: which kinds of events happen and what the right answer is for each.
// Country modules (sets.mjs) supply names, numbering, narrations and ledger wording; this file decides the truth.
import { addDays, daysIn, iso, weekday } from './lib.mjs';

export class Ctx {
  constructor(rng, X) {
    this.r = rng;
    this.X = X;
    this.bank = [];
    this.led = [];
    this.used = new Set();
    this.groupN = 0;
    this.last = iso(X.y, X.m, daysIn(X.y, X.m));
    this.first = iso(X.y, X.m, 1);
  }
  // a money amount (minor units) no other line or row of the set has, so only intended pairs share amounts
  amt(lo, hi, cents = true) {
    for (;;) {
      const major = this.r.int(lo, hi);
      const minor = major * 100 + (cents ? this.r.pick([0, 0, 0, 50, this.r.int(1, 99)]) : 0);
      if (!this.used.has(minor)) {
        this.used.add(minor);
        return minor;
      }
    }
  }
  claim(minor) {
    this.used.add(Math.abs(minor));
    return minor;
  }
  day(lo = 1, hi = 31, weekdaysOnly = true) {
    const max = daysIn(this.X.y, this.X.m);
    for (;;) {
      const d = iso(this.X.y, this.X.m, Math.min(max, this.r.int(lo, Math.min(hi, max))));
      if (!weekdaysOnly || (weekday(d) !== 0 && weekday(d) !== 6)) return d;
    }
  }
  clamp(d) {
    if (d > this.last) return this.last;
    if (d < this.first) return this.first;
    return d;
  }
  B(date, amount, text, extra = {}) {
    const line = { date, amount, text, reference: extra.reference ?? null, t: null, key: this.r.next(), ...extra };
    this.bank.push(line);
    return line;
  }
  // a line that follows another on the statement (its charge), right after it in posting order
  after(parent, amount, text, t, extra = {}) {
    const line = this.B(parent.date, amount, text, extra);
    line.key = parent.key + 1e-6 * (1 + this.bank.filter((b) => b.parentOf === parent).length);
    line.parentOf = parent;
    line.t = t;
    return line;
  }
  L(date, amount, f = {}) {
    const row = { date, amount, ...f, key: this.r.next() };
    this.led.push(row);
    return row;
  }
  group() {
    this.groupN += 1;
    return `g${String(this.groupN).padStart(2, '0')}`;
  }
}

// a narration hook may give the text alone or the text with the statement's reference column
const textOf = (n) => (typeof n === 'string' ? [n, {}] : [n.text, { reference: n.reference ?? null }]);
const T = (decision, o = {}) => ({ decision, traits: [], evidence: 'amount', ...o });

export function buildMonth(C) {
  const { r, X } = C;
  const cust = r.shuffle(X.customers);
  let ci = 0;
  const nextCust = () => cust[ci++ % cust.length];
  const sup = r.shuffle(X.suppliers);
  let si = 0;
  const nextSup = () => sup[si++ % sup.length];
  let inv = X.invStart;
  const nextInv = () => X.invNo(inv++);
  const P = X.plan;

  // receipt of a customer: bank line + fees, ledger row as the books record it
  const receipt = (o) => {
    const c = o.cust ?? nextCust();
    const date = o.date ?? C.day(2, 30);
    const n = X.narrIn({
      C,
      cust: c,
      refText: o.refText ?? null,
      date,
      chan: o.chan,
      nameStyle: o.nameStyle ?? 'bank',
    });
    const { text, ...extra } = n;
    const line = C.B(date, o.bankAmt, text, extra);
    X.inFees?.(C, line);
    return { line, c, date };
  };
  const bookReceipt = (c, date, amount, invNo, how = {}) =>
    C.L(date, amount, X.ledIn({ C, cust: c, inv: invNo, amount, date, ...how }));

  // 1. invoices paid quoting the invoice in a customer's writing
  for (let i = 0; i < P.refAuto; i++) {
    const invNo = nextInv();
    const a = C.amt(...X.rcptRange);
    const w = r.pick(X.refWritings(invNo));
    const { line, c, date } = receipt({ bankAmt: a, refText: w.text });
    const ld = C.clamp(addDays(date, r.pick([0, 0, 0, 1, 2, 4, -1])));
    const row = bookReceipt(c, ld, a, invNo);
    const traits = [w.trait];
    if (ld > date) traits.push('late-posting');
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits });
  }
  // 2. no reference, payer named as the books name them, unique amount, booked within 3 days
  for (let i = 0; i < P.nameAuto; i++) {
    const a = C.amt(...X.rcptRange);
    const { line, c, date } = receipt({ bankAmt: a, nameStyle: 'books' });
    const ld = C.clamp(addDays(date, r.pick([0, 0, 1, 2])));
    const row = bookReceipt(c, ld, a, null);
    line.t = T('auto', { ledger: [row], evidence: 'counterparty', traits: ['name-only'] });
  }
  // 3. payer written very differently (owner, initials, trading name): a person confirms
  for (let i = 0; i < P.nameDiff; i++) {
    const a = C.amt(...X.rcptRange);
    const c = nextCust();
    const { line, date } = receipt({ bankAmt: a, cust: c, nameStyle: 'alt' });
    const row = bookReceipt(c, C.clamp(addDays(date, r.pick([0, 1]))), a, null);
    line.t = T('suggest', {
      ledger: [row],
      mustNotAuto: false,
      evidence: 'amount',
      traits: ['name-written-differently'],
    });
  }
  // 4. anonymous receipts (cash deposit, masked account): an exact amount is only a guess
  for (let i = 0; i < P.anon; i++) {
    const a = C.amt(...X.rcptRange);
    const c = nextCust();
    const date = C.day(3, 28);
    const line = C.B(date, a, ...textOf(X.anonNarr(C, date)));
    X.inFees?.(C, line);
    const row = bookReceipt(c, C.clamp(addDays(date, r.pick([0, 1, 2]))), a, null);
    line.t = T('suggest', {
      ledger: [row],
      mustNotAuto: true,
      evidence: 'amount',
      traits: ['amount-only', 'anonymous-payer'],
    });
  }
  // 5. part payments quoting the invoice; the books hold the full amount
  for (let i = 0; i < P.part; i++) {
    const invNo = nextInv();
    const full = C.amt(X.rcptRange[0] * 2, X.rcptRange[1]);
    const paid = C.claim(Math.round((full * r.pick([40, 50, 60])) / 100 / 100) * 100);
    const w = r.pick(X.refWritings(invNo));
    const { line, c, date } = receipt({ bankAmt: paid, refText: `${X.partWord(r)} ${w.text}` });
    const row = bookReceipt(c, date, full, invNo);
    line.t = T('suggest', {
      ledger: [row],
      mustNotAuto: false,
      evidence: 'reference',
      traits: [w.trait, 'part-payment'],
    });
  }
  // 6. withholding-short (or discount/retention) payments quoting the invoice
  for (let i = 0; i < P.wht; i++) {
    const invNo = nextInv();
    const gross = C.amt(...X.rcptRange);
    const wh = X.withholding[i % X.withholding.length];
    const cut = Math.round((gross * wh.num) / wh.den);
    const net = C.claim(gross - cut);
    const w = r.pick(X.refWritings(invNo));
    const { line, c, date } = receipt({ bankAmt: net, refText: wh.say ? `${w.text} ${wh.say}` : w.text });
    const row = bookReceipt(c, C.clamp(addDays(date, r.pick([0, 1]))), gross, invNo);
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: [w.trait, wh.trait] });
  }
  // 7. one over-payment quoting the invoice
  {
    const invNo = nextInv();
    const due = C.amt(...X.rcptRange);
    const paid = C.claim(due + Math.round((due * r.int(2, 8)) / 100 / 100) * 100);
    const w = r.pick(X.refWritings(invNo));
    const { line, c, date } = receipt({ bankAmt: paid, refText: w.text });
    const row = bookReceipt(c, date, due, invNo);
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: [w.trait, 'over-payment'] });
  }
  // 8. one transfer for two invoices, both quoted; the books record one receipt per invoice
  for (let i = 0; i < P.split1n; i++) {
    const i1 = nextInv();
    const i2 = nextInv();
    const a1 = C.amt(...X.rcptRange);
    const a2 = C.amt(...X.rcptRange);
    const tot = C.claim(a1 + a2);
    const { line, c, date } = receipt({ bankAmt: tot, refText: X.twoRefs(r, i1, i2) });
    const ld = C.clamp(addDays(date, r.pick([0, 1])));
    const r1 = bookReceipt(c, ld, a1, i1);
    const r2 = bookReceipt(c, ld, a2, i2);
    line.t = T('auto', { ledger: [r1, r2], evidence: 'reference', traits: ['split-one-to-many'] });
  }
  // 9. an invoice paid in two instalments, each quoting it; together they pay it exactly
  for (let i = 0; i < P.instalments; i++) {
    const invNo = nextInv();
    const full = C.amt(X.rcptRange[0] * 2, X.rcptRange[1]);
    const first = C.claim(Math.round(full / 2 / 10000) * 10000);
    const second = C.claim(full - first);
    const c = nextCust();
    const w1 = r.pick(X.refWritings(invNo));
    const w2 = r.pick(X.refWritings(invNo));
    const d1 = C.day(4, 12);
    const d2 = C.day(15, 24);
    const g = C.group();
    const l1 = receipt({ bankAmt: first, cust: c, date: d1, refText: `${X.partWord(r)} ${w1.text}` }).line;
    const l2 = receipt({ bankAmt: second, cust: c, date: d2, refText: `${X.balWord(r)} ${w2.text}` }).line;
    const row = bookReceipt(c, d2, full, invNo);
    l1.t = T('auto', { ledger: [row], group: g, evidence: 'reference', traits: [w1.trait, 'split-many-to-one'] });
    l2.t = T('auto', { ledger: [row], group: g, evidence: 'reference', traits: [w2.trait, 'split-many-to-one'] });
  }
  // 10. twins: two identical transfers for two identical bookings (same order number), either pairing is right
  {
    const c = nextCust();
    const a = C.amt(...X.rcptRange);
    const po = X.poNo(r);
    const date = C.day(5, 25);
    const lines = [0, 1].map(() => receipt({ bankAmt: a, cust: c, date, refText: po }).line);
    const rows = [0, 1].map(() => bookReceipt(c, date, a, null, { memo: po }));
    for (const l of lines)
      l.t = T('auto', {
        ledger: null,
        ledgerAnyOf: [[rows[0]], [rows[1]]],
        ambiguous: true,
        evidence: 'reference',
        traits: ['twins'],
      });
  }
  // 11. a tie: one payment without reference, two open receipts of that payer of the same amount
  {
    const c = nextCust();
    const a = C.amt(...X.rcptRange);
    const { line, date } = receipt({ bankAmt: a, cust: c, nameStyle: 'books' });
    const rows = [C.clamp(addDays(date, -3)), date].map((d) => bookReceipt(c, d, a, nextInv()));
    line.t = T('suggest', {
      ledger: null,
      ledgerAnyOf: [[rows[0]], [rows[1]]],
      ambiguous: true,
      mustNotAuto: true,
      evidence: 'counterparty',
      traits: ['tie-refused'],
    });
  }
  // 12. settlements net of fees
  const S = X.settle;
  for (let i = 0; i < P.settleBatch; i++) {
    const gross = C.amt(...S.range);
    const fee = Math.round((gross * S.feePct) / 10000);
    const net = C.claim(gross - fee);
    const batch = S.batchId(r);
    const date = C.day(2, 30, false);
    const line = C.B(date, net, S.narr(r, batch, date), { reference: S.bankRef?.(r, batch) ?? null });
    const row = C.L(C.clamp(addDays(date, -1)), gross, S.ledGross(batch, date));
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: ['short-net-of-fee', S.trait] });
  }
  for (let i = 0; i < P.settleGrossFee; i++) {
    const gross = C.amt(...S.range);
    const fee = C.claim(Math.round((gross * S.feePct) / 10000));
    const net = C.claim(gross - fee);
    const batch = S.batchId(r);
    const date = C.day(2, 30, false);
    const line = C.B(date, net, S.narr(r, batch, date), { reference: S.bankRef?.(r, batch) ?? null });
    const g = C.L(date, gross, S.ledGross(batch, date));
    const f = C.L(date, -fee, S.ledFee(batch, date));
    line.t = T('auto', {
      ledger: [g, f],
      evidence: 'reference',
      traits: ['net-of-fee', 'fee-booked-separately', S.trait],
    });
  }
  for (let i = 0; i < P.settleNoId; i++) {
    const gross = C.amt(...S.range);
    const fee = Math.round((gross * S.feePct) / 10000);
    const net = C.claim(gross - fee);
    const date = C.day(2, 30, false);
    const line = C.B(date, net, S.narrNoId(r, date));
    const ld = C.clamp(addDays(date, -1));
    const row = C.L(ld, gross, S.ledNoId(ld));
    line.t = T('suggest', {
      ledger: [row],
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: ['short-net-of-fee', 'settlement-without-id', S.trait],
    });
  }

  // payments out
  const payment = (o) => {
    const s = o.sup ?? nextSup();
    const date = o.date ?? C.day(2, 29);
    const n = X.narrOut({ C, sup: s, refText: o.refText ?? null, date, nameStyle: o.nameStyle ?? 'bank' });
    const { text, ...extra } = n;
    const line = C.B(date, -o.amt, text, extra);
    if (!o.noFees) X.outFees(C, line);
    return { line, s, date };
  };
  // 13. supplier payments quoting the bill (the books' memo holds it)
  for (let i = 0; i < P.supRef; i++) {
    const a = C.amt(...X.payRange);
    const s = nextSup();
    const bill = X.billNo(r, s);
    const { line, date } = payment({ amt: a, sup: s, refText: bill.bank });
    const row = C.L(
      C.clamp(addDays(date, r.pick([0, 0, -1, 1]))),
      -a,
      X.ledOut({ C, sup: s, memo: bill.books, amount: -a, date }),
    );
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: [bill.trait] });
  }
  // 14. supplier payments by name only, unique amount
  for (let i = 0; i < P.supName; i++) {
    const a = C.amt(...X.payRange);
    const s = nextSup();
    const { line, date } = payment({ amt: a, sup: s, nameStyle: 'books' });
    const row = C.L(date, -a, X.ledOut({ C, sup: s, memo: null, amount: -a, date }));
    line.t = T('auto', { ledger: [row], evidence: 'counterparty', traits: ['name-only'] });
  }
  // 15. cheques: presented ones match by number; unpresented ones stay in the books
  let chq = r.int(100, 900);
  for (let i = 0; i < P.chequesPresented; i++) {
    const a = C.amt(...X.payRange);
    const s = nextSup();
    const no = X.chequeNo(chq++);
    const issued = C.day(1, 12);
    const date = C.day(14, 28);
    const line = C.B(date, -a, X.chequeNarr(r, no, s), { reference: X.chequeRef?.(no) ?? null });
    X.chequeFees?.(C, line);
    const row = C.L(issued, -a, X.ledCheque({ C, sup: s, no, amount: -a, date: issued }));
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: ['cheque-number'] });
  }
  const ledgerOnly = [];
  for (let i = 0; i < P.chequesOpen; i++) {
    const a = C.amt(...X.payRange);
    const s = nextSup();
    const no = X.chequeNo(chq++);
    const row = C.L(C.day(20, 31), -a, X.ledCheque({ C, sup: s, no, amount: -a }));
    ledgerOnly.push({ row, why: `cheque ${no} issued to ${s.books}, not yet presented` });
  }
  // deposits in transit: booked on the last days, credited by the bank next month
  for (let i = 0; i < P.inTransit; i++) {
    const a = C.amt(...X.rcptRange);
    const c = nextCust();
    const invNo = nextInv();
    const row = bookReceipt(c, C.day(daysIn(X.y, X.m) - 1, 31, false), a, invNo, { transit: true });
    ledgerOnly.push({
      row,
      why: `receipt from ${c.books} booked at month end, credited by the bank next month (deposit in transit)`,
    });
  }
  // 16. payroll, statutory payments
  for (const p of X.payroll(C)) {
    const line = C.B(p.date, -p.amount, p.narr, { reference: p.reference ?? null });
    if (p.fees) X.outFees(C, line);
    const row = C.L(p.ledDate ?? p.date, -p.amount, p.led);
    line.t = T('auto', { ledger: [row], evidence: p.evidence, traits: p.traits });
  }
  // 16b. surplus swept to the company's own deposit account, quoting the transfer reference the books hold
  {
    const net = C.bank.reduce((t, b) => t + b.amount, 0);
    if (net > 0) {
      const a = C.claim(Math.round((net * 0.55) / 100000) * 100000 + 100000);
      const date = C.day(21, 24);
      const s = X.sweep(C, date);
      const line = C.B(date, -a, s.narr, { reference: s.reference ?? null });
      const row = C.L(date, -a, s.led);
      line.t = T('auto', { ledger: [row], evidence: 'reference', traits: ['interbank-transfer', 'own-account'] });
    }
  }
  // 17. a failed transfer and its reversal; the re-sent payment matches the books
  {
    const a = C.amt(...X.payRange);
    const s = nextSup();
    const bill = X.billNo(r, s);
    let d1 = C.day(5, 20);
    while (weekday(d1) === 5) d1 = C.day(5, 20);
    const f = X.failed(r, s, bill, d1);
    const l1 = C.B(d1, -a, f.debit, { reference: f.reference ?? null });
    const l2 = C.B(f.revDate ?? d1, a, f.reversal, { reference: f.revReference ?? null });
    if (l2.date === l1.date) l2.key = l1.key + 1e-4;
    l1.t = T('reversal-pair', { partner: l2, traits: ['failed-transfer'] });
    l2.t = T('reversal-pair', { partner: l1, traits: ['reversal'] });
    const d2 = addDays(f.revDate ?? d1, weekday(f.revDate ?? d1) === 5 ? 3 : 1);
    const { line } = payment({ amt: a, sup: s, refText: bill.bank, date: d2 });
    const row = C.L(d1, -a, X.ledOut({ C, sup: s, memo: bill.books, amount: -a, date: d1 }));
    line.t = T('auto', { ledger: [row], evidence: 'reference', traits: [bill.trait, 'resent-after-failure'] });
  }
  // 18. money the books do not know: unknown receipts, unrecorded card purchases
  for (let i = 0; i < P.unknownIn; i++) {
    const a = C.amt(Math.round(X.rcptRange[0] / 3), Math.round(X.rcptRange[1] / 4));
    const date = C.day(2, 29);
    const line = C.B(date, a, ...textOf(X.unknownNarr(r, date)));
    X.inFees?.(C, line);
    line.t = T('none', { ledger: [], traits: ['unknown-payer'] });
  }
  for (let i = 0; i < P.unrecordedOut; i++) {
    const a = C.amt(...X.cardRange);
    const date = C.day(2, 29, false);
    const line = C.B(date, -a, ...textOf(X.cardNarr(r, date)));
    line.t = T('none', { ledger: [], traits: ['unrecorded-card-purchase'] });
  }
  // 19. the bank's own charges, levies, taxes and interest over the month
  X.monthCharges(C);
  return { ledgerOnly };
}

export { T };
