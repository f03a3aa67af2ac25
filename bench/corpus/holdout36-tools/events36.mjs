// holdout36 — the trading events every set has, written through the set's own dialect (sets36.mjs).
import { share } from './lib36.mjs';

export function runEvents(S, M, r) {
  const P = S.parties(r);
  const customers = [...P.customers];
  const suppliers = [...P.suppliers];
  const cust = () => {
    if (!customers.length) throw new Error('out of customers');
    return customers.shift();
  };
  const supp = () => {
    if (!suppliers.length) throw new Error('out of suppliers');
    return suppliers.shift();
  };
  let invNo = S.firstInvoice + r.int(0, 40);
  const invoice = () => {
    invNo += r.int(1, 6);
    return invNo;
  };
  const [lo, hi] = S.range;
  const amt = (f = 1) => M.amount(lo * f, hi * f, r.chance(0.5) ? 1 : 100);
  const W = S.writings;

  // every electronic receipt brings the bank's charges on receipts (if any) right after it
  const receive = (date, amount, cols, opts = {}) => {
    const l = M.line(date, amount, cols);
    for (const f of S.inFees(amount, opts)) M.bankOnly(M.line(date, f.amount, f.cols), f.kind, f.traits ?? []);
    return l;
  };
  const pay = (date, amount, cols, opts = {}) => {
    const l = M.line(date, amount, cols);
    for (const f of S.outFees(amount, opts)) M.bankOnly(M.line(date, f.amount, f.cols), f.kind, f.traits ?? []);
    return l;
  };
  const receiptRow = (date, amount, c, docs, extra = {}) =>
    M.row(date, amount, {
      type: 'receipt',
      doc: extra.doc ?? docs[0],
      desc: S.say.receipt(docs, c, extra),
      party: c.book,
    });

  // 1. six invoices quoted in the payer's writing; two booked two days late; one quoted in the reference cell only
  for (let k = 0; k < 6; k++) {
    const c = cust();
    const n = invoice();
    const a = amt();
    const d = M.day(1, -4);
    const refOnly = k === 5;
    const line = receive(d, a, S.inward(c, refOnly ? '' : W[k].w(n), { refCell: refOnly ? W[k].w(n) : null }));
    const late = k < 2;
    const row = receiptRow(late ? M.shift(d, 2) : d, a, c, [S.invoice(n)]);
    M.auto(
      line,
      [row],
      [W[k].trait, ...(late ? ['late-posting'] : []), ...(refOnly ? ['reference-in-reference-field'] : [])],
    );
  }

  // 2. three payers named as the books name them, no reference (cash at the branch for some)
  for (let k = 0; k < 3; k++) {
    const c = cust();
    const a = amt(0.6);
    const d = M.day(0, -2);
    const cash = k < S.cashCount;
    const line = cash ? M.line(d, a, S.cash(c)) : receive(d, a, S.inward(c, ''));
    const row = receiptRow(d, a, c, [S.invoice(invoice())], { cash });
    M.auto(line, [row], ['name-only', ...(cash ? ['cash-deposit'] : [])]);
  }

  // 3. one transfer for three invoices, all quoted, a receipt row per invoice
  {
    const c = cust();
    const ns = [invoice(), invoice(), invoice()];
    const as = ns.map(() => amt(0.5));
    const d = M.day(2, -3);
    const line = receive(d, M.claim(as[0] + as[1] + as[2]), S.inward(c, S.listWriting(ns)));
    const rows = ns.map((n, i) => receiptRow(d, as[i], c, [S.invoice(n)]));
    M.auto(line, rows, ['ref-list', 'split-one-to-many']);
  }

  // 4. one transfer for two invoices without a reference
  {
    const c = cust();
    const as = [amt(0.5), amt(0.5)];
    const d = M.day(2, -3);
    const line = receive(d, M.claim(as[0] + as[1]), S.inward(c, ''));
    const rows = as.map((a) => receiptRow(d, a, c, [S.invoice(invoice())]));
    M.suggest(line, rows, false, ['split-one-to-many', 'name-only']);
  }

  // 5. one invoice paid in two instalments quoting it, booked once in full
  {
    const c = cust();
    const n = invoice();
    const total = amt(1.4);
    const first = Math.round((total * 0.55) / 100) * 100;
    const d1 = M.day(0, 8);
    const d2 = M.day(12, -2);
    const g = M.group();
    const l1 = receive(d1, M.claim(first), S.inward(c, S.instalment(W[0].w(n), 1)));
    const l2 = receive(d2, M.claim(total - first), S.inward(c, S.instalment(W[0].w(n), 2)));
    const row = receiptRow(d2, total, c, [S.invoice(n)]);
    M.auto(l1, [row], ['instalment', W[0].trait], { group: g });
    M.auto(l2, [row], ['instalment', W[0].trait], { group: g });
  }

  // 6. an over-payment rounded up
  {
    const c = cust();
    const n = invoice();
    const due = M.amount(lo, hi, 1);
    const round = S.roundTo * 100;
    const paid = M.claim((Math.floor(due / round) + 1) * round);
    const d = M.day(0, -2);
    const line = receive(d, paid, S.inward(c, W[3].w(n)));
    const row = receiptRow(d, due, c, [S.invoice(n)]);
    M.auto(line, [row], ['over-payment', W[3].trait], { difference: paid - due });
  }

  // 7. a payment short by withholding (or a settlement discount)
  {
    const c = cust();
    const n = invoice();
    const gross = amt(1.5);
    const short = share(gross, S.short.num, S.short.den);
    const d = M.day(0, -2);
    const line = receive(d, M.claim(gross - short), S.inward(c, W[1].w(n) + S.short.note));
    const row = receiptRow(d, gross, c, [S.invoice(n)]);
    M.auto(line, [row], [S.short.trait, W[1].trait], { difference: -short });
  }

  // 8. a part payment the bookkeeper booked as if in full
  {
    const c = cust();
    const n = invoice();
    const full = amt();
    const part = M.claim(Math.round((full * 0.6) / 10000) * 10000 || 10000);
    const d = M.day(0, -2);
    const line = receive(d, part, S.inward(c, W[2].w(n)));
    const row = receiptRow(d, full, c, [S.invoice(n)]);
    M.suggest(line, [row], true, ['part-payment', W[2].trait]);
  }

  // 9. an invoice less its credit note; the books hold the net
  {
    const c = cust();
    const n = invoice();
    const inv = amt();
    const cn = share(inv, r.int(5, 15), 100);
    const net = M.claim(inv - cn);
    const d = M.day(0, -2);
    const cnDoc = S.creditNote(r.int(100, 899));
    const line = receive(d, net, S.inward(c, `${W[4].w(n)} ${S.lessCn(cnDoc)}`));
    const row = receiptRow(d, net, c, [S.invoice(n)], { creditNote: cnDoc });
    M.auto(line, [row], ['invoice-less-credit-note', W[4].trait]);
  }

  // 10. a tie: two equal open receipts of one payer, one payment by name
  {
    const c = cust();
    const a = amt(0.7);
    const d = M.day(3, -2);
    const line = receive(d, a, S.inward(c, ''));
    const r1 = receiptRow(M.shift(d, -3), a, c, [S.invoice(invoice())]);
    const r2 = receiptRow(M.shift(d, -1), a, c, [S.invoice(invoice())]);
    M.tie(line, [[r1], [r2]], ['tie', 'name-only']);
  }

  // 11. a receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const n = invoice();
    let a;
    let keyed;
    for (;;) {
      a = amt();
      const s = String(a);
      const i = s.length - 5; // swap the hundreds and tens digits of the major units
      const sw = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
      keyed = Number(sw);
      if (s[i] !== s[i + 1] && !M.usedAmounts.has(keyed)) break;
    }
    M.claim(keyed);
    const d = M.day(0, -2);
    const line = receive(d, a, S.inward(c, W[5].w(n)));
    const row = receiptRow(d, keyed, c, [S.invoice(n)]);
    M.suggest(line, [row], true, ['books-amount-transposed', W[5].trait]);
  }

  // 12. a payment quoting the customer's own order number (copied into the receipt)
  {
    const c = cust();
    const po = S.order(r);
    const a = amt();
    const d = M.day(0, -2);
    const line = receive(d, a, S.inward(c, po));
    const row = receiptRow(d, a, c, [S.invoice(invoice())], { order: po });
    M.auto(line, [row], ['order-number']);
  }

  // 13. two customers paying the same amount the same day, each quoting their invoice
  {
    const a = amt();
    const d = M.day(0, -2);
    for (let k = 0; k < 2; k++) {
      const c = cust();
      const n = invoice();
      const line = receive(d, a, S.inward(c, W[k * 3].w(n)));
      const row = receiptRow(d, a, c, [S.invoice(n)]);
      M.auto(line, [row], ['same-amount-same-day', W[k * 3].trait]);
    }
  }

  // 14. a third party paying a customer's invoice and quoting it
  {
    const c = cust();
    const n = invoice();
    const a = amt(0.8);
    const d = M.day(0, -2);
    const line = receive(d, a, S.inward(P.thirdParty, W[2].w(n)));
    const row = receiptRow(d, a, c, [S.invoice(n)]);
    M.auto(line, [row], ['third-party-payer', W[2].trait]);
  }

  // 15. two unknown receipts
  for (const u of P.unknown) {
    const a = amt(0.4);
    const line = receive(M.day(0, -2), a, S.inward(u, u.text ?? ''));
    M.none(line, ['unknown-receipt']);
  }

  // 16. four supplier payments quoting the supplier's invoice (one booked a day before the bank), two by name
  for (let k = 0; k < 6; k++) {
    const s = supp();
    const quoted = k < 4;
    const bill = s.bill(r);
    const a = -amt(0.8);
    const d = M.day(1, -2);
    const line = pay(d, a, S.outward(s, quoted ? bill : ''));
    const before = k === 3;
    const row = M.row(before ? M.shift(d, -1) : d, a, {
      type: 'payment',
      doc: bill,
      desc: S.say.payment(bill, s),
      party: s.book,
    });
    M.auto(line, [row], quoted ? ['bill-quoted', ...(before ? ['booked-before-bank'] : [])] : ['name-only']);
  }

  // 17. one bill paid in two transfers the same day over the channel's limit, booked once
  {
    const s = supp();
    const bill = s.bill(r);
    const rest = M.amount(S.limit * 0.2, S.limit * 0.6, 100);
    const total = M.claim(-(S.limit * 100 + rest));
    const d = M.day(2, -2);
    const g = M.group();
    const l1 = pay(d, M.claim(-S.limit * 100), S.outward(s, S.instalment(bill, 1)));
    const l2 = pay(d, -rest, S.outward(s, S.instalment(bill, 2)));
    const row = M.row(d, total, { type: 'payment', doc: bill, desc: S.say.payment(bill, s), party: s.book });
    for (const l of [l1, l2]) M.auto(l, [row], ['split-many-to-one', 'channel-limit', 'bill-quoted'], { group: g });
  }

  // 18. twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = supp();
    const a = -amt(0.3);
    const d = M.day(2, -2);
    const text = S.twinText;
    const l1 = pay(d, a, S.outward(s, text));
    const l2 = pay(d, a, S.outward(s, text));
    const r1 = M.row(d, a, { type: 'payment', doc: null, desc: S.say.twin(s), party: s.book });
    const r2 = M.row(d, a, { type: 'payment', doc: null, desc: S.say.twin(s), party: s.book });
    M.twins(l1, [[r1], [r2]], ['twins']);
    M.twins(l2, [[r1], [r2]], ['twins']);
  }

  // 19. a failed transfer, its reversal, and the payment sent again
  {
    const s = supp();
    const bill = s.bill(r);
    const a = -amt(0.6);
    const d = M.day(2, -4);
    const failed = pay(d, a, S.outward(s, bill, { wrongAccount: true }));
    const back = M.line(M.shift(d, 1), -a, S.reversal(s, bill));
    M.reversal(failed, back, ['failed-transfer'], ['reversal']);
    const again = pay(M.shift(d, 2), a, S.outward(s, bill));
    const row = M.row(d, a, { type: 'payment', doc: bill, desc: S.say.payment(bill, s), party: s.book });
    M.auto(again, [row], ['sent-again', 'bill-quoted']);
  }

  // 20. a refund to a customer quoting our credit note; one from a supplier by name
  {
    const c = cust();
    const cnDoc = S.creditNote(r.int(100, 899));
    const a = -amt(0.2);
    const d = M.day(0, -2);
    const line = pay(d, a, S.outward(c, S.refundText(cnDoc)));
    const row = M.row(d, a, { type: 'refund', doc: cnDoc, desc: S.say.refundOut(cnDoc, c), party: c.book });
    M.auto(line, [row], ['refund', 'credit-note-quoted']);
    const s = supp();
    const b = amt(0.15);
    const d2 = M.day(0, -2);
    const l2 = receive(d2, b, S.inward(s, ''));
    const r2 = M.row(d2, b, { type: 'refund-in', doc: null, desc: S.say.refundIn(s), party: s.book });
    M.auto(l2, [r2], ['refund', 'name-only']);
  }

  // 21. three book rows the bank has not seen by the month's end
  {
    const s = supp();
    const bill = s.bill(r);
    const a = -amt(0.5);
    const row = M.row(M.day(-5, -2), a, {
      type: 'cheque',
      doc: S.chequeNo(r),
      desc: S.say.cheque(bill, s),
      party: s.book,
    });
    M.onlyInBooks(row, S.unpresentedWhy);
    const s2 = supp();
    const bill2 = s2.bill(r);
    const b = -amt(0.5);
    const row2 = M.row(M.last, b, { type: 'payment', doc: bill2, desc: S.say.payment(bill2, s2), party: s2.book });
    M.onlyInBooks(row2, 'payment booked on the last day of the month; the bank pays it next month');
    const c = cust();
    const n = invoice();
    const e = amt(0.6);
    const row3 = receiptRow(M.last, e, c, [S.invoice(n)], { lodgement: true });
    M.onlyInBooks(row3, S.lodgementWhy);
  }

  // 22. three settlements: net with its id (gross booked); gross and fee booked as two rows; no id (gross booked)
  {
    const [p1, p2, p3] = S.settlements;
    const g1 = amt(0.7);
    const f1 = p1.fee(g1);
    const id1 = p1.id(r);
    const d1 = M.day(0, -2);
    const l1 = receive(d1, M.claim(g1 - f1), p1.bank(id1), { settlement: true });
    const r1 = M.row(d1, g1, { type: 'settlement', doc: id1, desc: p1.book(id1), party: p1.party });
    M.auto(l1, [r1], ['short-net-of-fee', 'settlement-id', 'pos-settlement'], { difference: -f1 });

    const g2 = amt(0.7);
    const f2 = p2.fee(g2);
    const id2 = p2.id(r);
    const d2 = M.day(0, -2);
    const l2 = receive(d2, M.claim(g2 - f2), p2.bank(id2), { settlement: true });
    const r2a = M.row(d2, g2, { type: 'settlement', doc: id2, desc: p2.book(id2), party: p2.party });
    const r2b = M.row(d2, M.claim(-f2), { type: 'fee', doc: id2, desc: p2.bookFee(id2), party: p2.party });
    M.auto(l2, [r2a, r2b], ['gross-and-fee-booked', 'settlement-id', 'pos-settlement']);

    const g3 = amt(0.5);
    const f3 = p3.fee(g3);
    const d3 = M.day(0, -2);
    const l3 = receive(d3, M.claim(g3 - f3), p3.bank(null), { settlement: true });
    const r3 = M.row(d3, g3, { type: 'settlement', doc: null, desc: p3.book(null), party: p3.party });
    M.suggest(l3, [r3], false, ['no-settlement-id', 'short-net-of-fee', 'pos-settlement']);
  }

  // 23. payroll, statutory payments, utilities, a transfer to the business's own account elsewhere
  {
    const d = M.day(-6, -3);
    const n = r.int(14, 48);
    const a = -M.amount(S.payrollRange[0], S.payrollRange[1], 100);
    const batch = r.digits(6);
    const line = M.line(d, a, S.payroll.bank(batch, n));
    for (const f of S.payroll.fees(n)) M.bankOnly(M.line(d, f.amount, f.cols), f.kind, f.traits ?? []);
    const row = M.row(d, a, {
      type: 'journal',
      doc: `${S.payroll.doc}${batch}`,
      desc: S.payroll.book(batch, n),
      party: null,
    });
    M.auto(line, [row], ['payroll']);
  }
  for (const st of [...S.statutory, ...S.utilities]) {
    const d = st.when ? st.when(M) : M.day(1, -2);
    const a = -M.amount(st.range[0], st.range[1], st.step ?? 1);
    const x = st.make(r);
    const line = st.viaTransfer ? pay(d, a, x.bank) : M.line(d, a, x.bank);
    const row = M.row(d, a, {
      type: st.kind === 'utility' ? 'payment' : 'journal',
      doc: x.doc,
      desc: x.desc,
      party: x.party ?? null,
    });
    M.auto(line, [row], [st.kind]);
  }
  {
    const o = S.ownAccount;
    const d = M.day(3, -3);
    const a = o.direction * M.amount(S.range[1] * 0.6, S.range[1] * 1.2, 100000);
    const line = a < 0 ? pay(d, a, o.bank, { own: true }) : receive(d, a, o.bank, { own: true });
    const row = M.row(d, a, { type: 'transfer', doc: o.doc, desc: o.desc, party: o.party ?? null });
    M.auto(line, [row], ['own-account', 'interbank-transfer']);
  }

  // 24. an unbooked card purchase and last month's cheque (or payment) clearing now
  {
    const a = -M.amount(S.cardRange[0], S.cardRange[1], 1);
    M.none(M.line(M.day(0, -2), a, S.card), ['unbooked-card-purchase']);
    const b = -amt(0.4);
    const x = S.lastMonth(r);
    M.none(M.line(M.day(0, 3), b, x.bank), [x.trait]);
    M.lastMonthCleared = b;
  }

  // 25. the bank's own month-end charges
  for (const f of S.monthEnd(M)) M.bankOnly(M.line(M.last, f.amount, f.cols), f.kind, f.traits ?? []);
}
