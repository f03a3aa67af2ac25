// The month's events of one set, common to the four countries: each scenario writes its bank line(s), its
// ledger row(s) and the truth a careful accountant would record. Country wording comes from the flavour `F`.
import { rng, iso, daysIn, weekday, parts, pct } from './lib.mjs';

export class SetBuilder {
  constructor(F, seed) {
    this.F = F;
    this.seed = seed;
    this.R = rng(seed);
    this.bank = [];
    this.ledger = [];
    this.ledgerOnly = [];
    this.seq = 0;
    this.groups = 0;
    this.serial = F.invStart;
    this.last = daysIn(F.year, F.month);
  }
  D(d) {
    return iso(this.F.year, this.F.month, d);
  }
  isBusiness(date) {
    const wd = weekday(date);
    return wd !== 0 && wd !== 6 && !(this.F.holidays ?? []).includes(date);
  }
  /** a random business day between lo and hi (day numbers) */
  bday(lo = 1, hi = this.last) {
    for (;;) {
      const d = this.D(this.R.int(lo, hi));
      if (this.isBusiness(d)) return d;
    }
  }
  /** n days later (or earlier), kept inside the month; books are kept on working days */
  shift(date, n) {
    let d = Math.min(this.last, Math.max(1, parts(date).d + n));
    let x = this.D(d);
    while (!this.isBusiness(x)) {
      d = d + (n < 0 ? -1 : 1);
      if (d < 1 || d > this.last) return date;
      x = this.D(d);
    }
    return x;
  }
  near(date) {
    return this.shift(date, this.R.pick([0, 0, 0, -1, -1, 1, -2, 2]));
  }
  nextInv() {
    this.serial += this.R.int(1, 5);
    return this.serial;
  }
  /** an invoice's gross amount (net + VAT) in minor units */
  gross([lo, hi], step) {
    const net = this.R.int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100;
    return { net, gross: net + pct(net, this.F.vatBp) };
  }
  round([lo, hi], step) {
    return this.R.int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100;
  }
  b(date, amt, t, x = {}) {
    const o = { side: 'bank', date, amt, text: t.text, ref: t.ref ?? null, fee: t.fee ?? 0, seq: this.seq++, ...x };
    this.bank.push(o);
    return o;
  }
  l(date, amt, x) {
    const o = { side: 'ledger', date, amt, seq: this.seq++, ...x };
    this.ledger.push(o);
    return o;
  }
  /** bank line(s) ↔ ledger row(s); t: decision, evidence, traits, mustNotAuto, anyOf, note */
  match(bs, ls, t) {
    bs = [].concat(bs);
    const group = bs.length > 1 ? `g${String(++this.groups).padStart(3, '0')}` : null;
    const alts = t.anyOf ?? [[].concat(ls)];
    const sumB = bs.reduce((s, b) => s + b.amt, 0);
    const diffs = alts.map((a) => sumB - a.reduce((s, l) => s + l.amt, 0));
    if (new Set(diffs).size !== 1) throw new Error(`alternatives differ in sum: ${bs[0].text}`);
    for (const b of bs) {
      b.t = {
        expect: 'match',
        decision: t.decision,
        ledger: t.anyOf ? null : [].concat(ls),
        anyOf: t.anyOf ?? null,
        group,
        evidence: t.evidence,
        traits: t.traits ?? [],
        mustNotAuto: t.mustNotAuto ?? false,
        differenceMinor: diffs[0] !== 0 ? diffs[0] : null,
        note: t.note ?? null,
        groupLines: bs,
      };
    }
  }
  bankOnly(b, kind, traits = [], note = null) {
    b.t = { expect: 'bank-only', decision: 'bank-only', kind, traits, note, evidence: 'amount' };
  }
  none(b, traits = [], note = null) {
    b.t = {
      expect: 'no-counterpart',
      decision: 'none',
      traits,
      note,
      evidence: b.hasRef ? 'reference' : 'counterparty',
    };
  }
  reversal(b1, b2, traits = []) {
    b1.t = { expect: 'reversal-pair', decision: 'reversal-pair', partner: b2, traits, evidence: 'amount' };
    b2.t = { expect: 'reversal-pair', decision: 'reversal-pair', partner: b1, traits, evidence: 'amount' };
  }
  lonly(l, why) {
    this.ledgerOnly.push({ l, why });
  }
  /** an outgoing payment with the charges the bank adds after it (F.afterOut) */
  pay(date, amt, t, x = {}) {
    const b = this.b(date, -amt - (t.fee ?? 0), t, x);
    for (const c of this.F.afterOut?.(this, b, amt, t) ?? []) this.bankOnly(c.line, c.kind, c.traits ?? []);
    return b;
  }
  recv(date, amt, t, x = {}) {
    return this.b(date, amt - (t.fee ?? 0), t, x);
  }
}

/** the common month; every scenario the brief asks for, worded by the flavour */
export function story(S) {
  const { F, R } = S;
  const T = F.text;
  const C = F.customers;
  let ci = 0;
  const cust = () => C[ci++ % C.length];

  // 1. receipts quoting the invoice number in the many ways customers write it
  for (let i = 0; i < F.refReceipts; i++) {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const [write, trait] = F.writings[i % F.writings.length];
    const date = S.bday(2, S.last - 1);
    const late = i % 9 === 4;
    const b = S.recv(date, gross, T.inRef(c.payer, write(n), R));
    const l = S.l(late ? S.shift(date, R.int(2, 4)) : S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: late ? [trait, 'late-posting'] : [trait] });
  }

  // 2. typos a person still accepts (right payer, exact amount, one digit off): suggest
  for (const [i, typo] of F.typos.entries()) {
    const c = cust();
    const digits = (x) => Number(String(x).replace(/\D/g, ''));
    const used = new Set(S.ledger.map((l) => digits(l.ref)));
    let n = S.nextInv();
    while (used.has(digits(typo(n)))) n = S.nextInv();
    // no later document may take the mistyped number
    if (digits(typo(n)) > n && digits(typo(n)) < n + 1000) S.serial = Math.max(S.serial, digits(typo(n)));
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(3, S.last - 2);
    const b = S.recv(date, gross, T.inRef(c.payer, typo(n), R), { typo: typo(n) });
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, {
      decision: 'suggest',
      evidence: 'reference',
      traits: ['ref-typo'],
      note: `typo ${i + 1}: the written number is no open document; payer and amount agree`,
    });
  }

  // 3. payer name only, written as the books have it, exact amount, no rival: auto
  for (let i = 0; i < F.nameReceipts; i++) {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(2, S.last - 1);
    const b = S.recv(date, gross, T.inName(c.payer, R));
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'counterparty', traits: ['name-only'] });
  }

  // 4. payer written very differently from the books: suggest
  for (const key of ['initials', 'owner', 'trading', 'abbrev']) {
    const c = F.odd[key];
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(3, S.last - 2);
    const b = S.recv(date, gross, T.inName(c.payer, R));
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'suggest', evidence: 'counterparty', traits: ['name-only', `name-${key}`], note: c.why });
  }

  // 5. the owner pays from a personal account but quotes the invoice: the reference decides
  {
    const c = F.odd.ownerRef;
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(4, 20);
    const [write, trait] = F.writings[3];
    const b = S.recv(date, gross, T.inRef(c.payer, write(n), R));
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: [trait, 'owner-personal-account'], note: c.why });
  }

  // 6. anonymous receipts (cash / no name): the books know whose, the line does not say
  for (let i = 0; i < 2; i++) {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(3, S.last - 2);
    const b = S.recv(date, gross, T.inAnon(R, i));
    const l = S.l(S.shift(date, R.pick([0, 1])), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, {
      decision: 'suggest',
      evidence: 'amount',
      traits: ['amount-only'],
      mustNotAuto: true,
      note: 'nothing on the line names the payer; amount alone is a guess',
    });
  }

  // 7. part payment of an invoice the bookkeeper booked as paid in full
  {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross([F.invRange[1] / 2, F.invRange[1]], F.invStep);
    const part = Math.round((gross * 0.6) / 10000) * 10000;
    const date = S.bday(5, 22);
    const b = S.recv(date, part, T.inRef(c.payer, F.partMemo(n), R));
    const l = S.l(S.shift(date, -1), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, {
      decision: 'suggest',
      evidence: 'reference',
      traits: ['part-payment'],
      mustNotAuto: true,
      note: 'the customer paid part; the book entry (full amount) must be corrected by a person, not closed with a difference',
    });
  }

  // 8. customer withholds tax and quotes the invoice: auto with the shortfall as difference
  for (let i = 0; i < 2; i++) {
    const c = cust();
    const n = S.nextInv();
    const { net, gross } = S.gross(F.invRange, F.invStep);
    const wht = F.wht(net, i);
    const date = S.bday(4, S.last - 2);
    const [write, trait] = F.writings[(i * 3 + 1) % F.writings.length];
    const b = S.recv(date, gross - wht.amount, T.inRef(c.payer, `${write(n)}${wht.memo ? ' ' + wht.memo : ''}`, R));
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: [trait, wht.trait] });
  }

  // 9. over-payment quoting the invoice
  {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const extra = F.overBy;
    const date = S.bday(6, 24);
    const b = S.recv(date, gross + extra, T.inRef(c.payer, F.writings[0][0](n), R));
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['ref-canonical', 'over-payment'] });
  }

  // 10. a receipt whose fee is taken on the same line (gateway / deposit fee), invoice quoted
  {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(5, 25);
    const t = T.feeReceipt(c, F.inv(n), gross, R);
    const b = S.b(date, gross - t.feeMinor, t);
    const l = S.l(S.near(date), gross, {
      kind: 'receipt',
      party: c.name,
      ref: F.inv(n),
      memo: F.memo.receipt(c, n, R),
    });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['fee-on-same-line', 'short-net-of-fee'] });
  }

  // 11. one transfer paying three invoices, each booked as its own receipt
  {
    const c = cust();
    const ns = [S.nextInv(), S.nextInv(), S.nextInv()];
    const gs = ns.map(() => S.gross([F.invRange[0], F.invRange[1] / 3], F.invStep).gross);
    const date = S.bday(8, 20);
    const b = S.recv(date, gs[0] + gs[1] + gs[2], T.inRef(c.payer, F.multiMemo(ns), R));
    const ls = ns.map((n, k) =>
      S.l(S.near(date), gs[k], { kind: 'receipt', party: c.name, ref: F.inv(n), memo: F.memo.receipt(c, n, R) }),
    );
    S.match(b, ls, { decision: 'auto', evidence: 'reference', traits: ['split-one-to-many'] });
  }

  // 12. one invoice paid in two transfers, both quoting it
  {
    const c = cust();
    const n = S.nextInv();
    const { gross } = S.gross([F.invRange[1] / 2, F.invRange[1]], F.invStep);
    const first = Math.round(gross / 2 / 10000) * 10000;
    const d1 = S.bday(5, 12);
    const d2 = S.bday(14, S.last - 3);
    const b1 = S.recv(d1, first, T.inRef(c.payer, F.twoPartMemo(n, 1), R));
    const b2 = S.recv(d2, gross - first, T.inRef(c.payer, F.twoPartMemo(n, 2), R));
    const l = S.l(d2, gross, { kind: 'receipt', party: c.name, ref: F.inv(n), memo: F.memo.receipt(c, n, R) });
    S.match([b1, b2], l, { decision: 'auto', evidence: 'reference', traits: ['split-many-to-one'] });
  }

  // 13. identical twins: same customer, same amount, two invoices, no number on either transfer
  {
    const c = F.odd.twins;
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(9, 18);
    const ns = [S.nextInv(), S.nextInv()];
    const ls = ns.map((n) =>
      S.l(date, gross, { kind: 'receipt', party: c.name, ref: F.inv(n), memo: F.memo.receipt(c, n, R) }),
    );
    const tw = T.inName(c.payer, R);
    const bs = [0, 1].map(() => S.recv(date, gross, tw));
    for (const b of bs)
      S.match(b, null, {
        decision: 'suggest',
        evidence: 'counterparty',
        traits: ['twins'],
        anyOf: [[ls[0]], [ls[1]]],
        note: 'two equal transfers for two equal invoices of one customer: either pairing is right',
      });
  }

  // 14. a tie: the line names a word two customers share, both have an open receipt of that amount
  {
    const [c1, c2] = F.odd.tie;
    const { gross } = S.gross(F.invRange, F.invStep);
    const date = S.bday(10, 22);
    const n1 = S.nextInv();
    const n2 = S.nextInv();
    const l1 = S.l(S.shift(date, -1), gross, {
      kind: 'receipt',
      party: c1.name,
      ref: F.inv(n1),
      memo: F.memo.receipt(c1, n1, R),
    });
    const l2 = S.l(S.shift(date, 1), gross, {
      kind: 'receipt',
      party: c2.name,
      ref: F.inv(n2),
      memo: F.memo.receipt(c2, n2, R),
    });
    const b = S.recv(date, gross, T.inName(F.odd.tiePayer, R));
    S.match(b, null, {
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['tie'],
      mustNotAuto: true,
      anyOf: [[l1], [l2]],
      note: 'the payer word fits both customers; only the customer can say which',
    });
  }

  // 15. equal monthly instalments: two customers on payment plans of the same amount, and a finance instalment
  {
    const amount = S.round(F.instRange, F.invStep);
    for (const [k, c] of F.odd.instalments.entries()) {
      const date = S.bday(k === 0 ? 3 : 12, k === 0 ? 9 : 20);
      const b = S.recv(date, amount, T.inName(c.payer, R, 'instalment'));
      const l = S.l(S.near(date), amount, { kind: 'receipt', party: c.name, ref: c.plan, memo: `${c.planMemo}` });
      S.match(b, l, {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only', 'equal-instalments'],
        note: 'another customer pays the same instalment this month; the name decides',
      });
    }
    const fin = F.finance;
    const date = S.bday(1, 6);
    const b = S.pay(date, fin.amount, T.debitOrder(fin, R));
    const l = S.l(date, -fin.amount, { kind: 'payment', party: fin.name, ref: fin.ref, memo: fin.memo });
    S.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['equal-instalments', 'debit-order'] });
  }

  // 16. settlements (cards, gateways, mobile money) — country specific
  F.settlements(S);

  // 17. supplier payments, with and without the bill number
  const sup = F.suppliers;
  for (let i = 0; i < F.supplierPays; i++) {
    const s = sup[i % sup.length];
    const amount = S.round(F.supRange, F.supStep) + (i % 3 === 0 ? R.int(1, 99) * 100 + R.int(0, 99) : 0);
    const date = S.bday(2, S.last - 1);
    const withBill = i % 3 !== 2;
    const bill = s.bill(R);
    const b = S.pay(
      date,
      amount,
      T.out(s.payee, withBill ? F.billMemo(bill, R) : (s.memo ?? '').split(' - ').pop(), R),
    );
    const l = S.l(S.near(date), -amount, {
      kind: 'payment',
      party: s.name,
      ref: bill,
      memo: s.memo ?? 'supplier payment',
    });
    S.match(b, l, {
      decision: 'auto',
      evidence: withBill ? 'reference' : 'counterparty',
      traits: withBill ? ['bill-number'] : ['name-only'],
    });
  }

  // 18. payroll, 19. statutory remittances — country specific
  F.payroll(S);
  F.statutory(S);

  // 20. a failed transfer, its reversal, and the payment sent again
  {
    const s = F.failedTo;
    const amount = S.round(F.supRange, F.supStep);
    const d1 = S.bday(6, 12);
    const bill = s.bill(R);
    const t = T.out(s.payee, F.billMemo(bill, R), R);
    const b1 = S.pay(d1, amount, t);
    const b2 = S.b(S.shift(d1, 1), -b1.amt, T.reversal(t, R));
    S.reversal(b1, b2, ['failed-transfer']);
    const b3 = S.pay(S.shift(d1, 2), amount, T.out(s.payee, F.billMemo(bill, R), R));
    const l = S.l(d1, -amount, { kind: 'payment', party: s.name, ref: bill, memo: s.memo ?? 'supplier payment' });
    S.match(b3, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['re-sent-after-reversal'],
      note: 'the book entry was paid by the re-sent transfer',
    });
  }

  // 21. cheques
  if (F.cheques) F.cheques(S);

  // 22. transfers between own accounts
  for (const [k, o] of F.own.entries()) {
    const amount = S.round(o.range, o.step);
    const date = S.bday(k === 0 ? 3 : 15, k === 0 ? 12 : S.last - 2);
    const b = o.out ? S.pay(date, amount, T.own(o, R)) : S.recv(date, amount, T.own(o, R));
    const l = S.l(date, o.out ? -amount : amount, { kind: 'transfer', party: null, ref: o.ref, memo: o.memo });
    S.match(b, l, { decision: 'auto', evidence: o.evidence ?? 'counterparty', traits: ['own-account-transfer'] });
  }

  // 23. genuine lines the books lack
  for (const n of F.unbooked) {
    const date = S.bday(5, S.last);
    const b = n.amount > 0 ? S.recv(date, n.amount, n.t) : S.pay(date, -n.amount, n.t);
    S.none(b, n.traits ?? [], n.why);
  }

  // 24. book entries with no bank line
  for (const o of F.bookOnly(S)) S.lonly(S.l(o.date, o.amt, o.row), o.why);

  // 25. the bank's own charges, levies and taxes of the month
  F.monthCharges(S);
}
