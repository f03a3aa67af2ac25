// holdout35 — the events every set has, written through the set's dialect (sets35.mjs).
// Each event adds bank lines and book rows to the Month and says what a careful bookkeeper decides.

/**
 * @param {import('./lib35.mjs').Month} m
 * @param {object} D the set's dialect
 */
export function tradingEvents(m, D) {
  const { rng } = m;
  const R = D.ranges;
  let invSerial = D.firstInvoice;
  const nextInv = () => {
    invSerial += rng.int(1, 4);
    return invSerial;
  };
  const custs = rng.shuffle(D.customers);
  let ci = 0;
  const cust = () => custs[ci++ % custs.length];
  const sups = rng.shuffle(D.suppliers);
  let si = 0;
  const sup = () => sups[si++ % sups.length];
  const early = (lo = 1) => m.anyDay(lo, m.days.length - 4);

  // receipt: bank line (+ levy) and, when booked, its row
  const receipt = (date, amount, c, note, opts = {}) => {
    const l = m.line({ date, amount, ...D.txt.in(c, note, opts) });
    D.fees.afterIn(m, l);
    return l;
  };
  const bookIn = (date, amount, c, doc, note) => m.row({ date, amount, ...D.book.in(c, doc, note) });
  const payment = (date, amount, s, note, opts = {}) => {
    const l = m.line({ date, amount: -amount, ...D.txt.out(s, note, opts) });
    D.fees.afterOut(m, l, opts);
    return l;
  };
  const bookOut = (date, amount, s, doc, note) => m.row({ date, amount: -amount, ...D.book.out(s, doc, note) });

  // 1. six invoices quoted in the payer's writing (two booked two days late, one in the reference field only)
  const writings = rng.shuffle(D.invWritings.map((w, i) => [w, i]));
  writings.forEach(([w, wi], k) => {
    const c = cust();
    const n = nextInv();
    const amt = m.fresh(...R.inv);
    const date = k < 2 ? m.anyDay(1, m.days.length - 5) : early();
    const refOnly = k === 5;
    const l = receipt(date, amt, c, refOnly ? '' : w.write(n), refOnly ? { refCell: w.write(n) } : {});
    const r = bookIn(k < 2 ? m.after(date, 2) : date, amt, c, D.inv(n), '');
    const traits = [`ref-${w.trait}`];
    if (k < 2) traits.push('late-posting');
    if (refOnly) traits.push('ref-in-reference-field');
    m.auto(l, [r], traits);
    void wi;
  });

  // 2. three payers named as the books name them, no reference (cash at the branch for D.cashPayers of them)
  for (let k = 0; k < 3; k++) {
    const c = cust();
    const amt = m.fresh(...R.inv);
    const date = early();
    const cash = k < D.cashPayers;
    const l = cash
      ? m.line({ date, amount: amt, ...D.txt.cash(c) })
      : receipt(date, amt, c, rng.pick(D.plainNotes), { plain: true });
    if (cash) D.fees.afterCash(m, l);
    const r = bookIn(date, amt, c, D.inv(nextInv()), '');
    m.auto(l, [r], cash ? ['name-only', 'cash-deposit'] : ['name-only']);
  }

  // 3. one transfer for three invoices, all quoted
  {
    const c = cust();
    const ns = [nextInv(), nextInv(), nextInv()];
    const amts = ns.map(() => m.fresh(...R.part));
    const date = early();
    const total = m.claim(amts[0] + amts[1] + amts[2]);
    const l = receipt(date, total, c, D.manyInvoices(ns));
    const rs = ns.map((n, i) => bookIn(date, amts[i], c, D.inv(n), ''));
    m.auto(l, rs, ['split-one-to-many', 'ref-list']);
  }

  // 4. one transfer for two invoices without a reference
  {
    const c = cust();
    const amts = [m.fresh(...R.part), m.fresh(...R.part)];
    const date = early();
    const l = receipt(date, m.claim(amts[0] + amts[1]), c, rng.pick(D.plainNotes), { plain: true });
    const rs = amts.map((a) => bookIn(date, a, c, D.inv(nextInv()), ''));
    m.suggest(l, rs, false, ['split-one-to-many', 'name-only']);
  }

  // 5. one invoice paid in two instalments quoting it, booked once in full (on the second)
  {
    const c = cust();
    const n = nextInv();
    const full = m.fresh(...R.inv);
    const first = m.claim(Math.round(full / 200) * 100 + 0);
    const second = m.claim(full - first);
    const d1 = m.anyDay(1, 8);
    const d2 = m.anyDay(11, m.days.length - 3);
    const g = m.group();
    const w = D.invWritings[0];
    const l1 = receipt(d1, first, c, `${w.write(n)} ${D.words.instalment1}`);
    const l2 = receipt(d2, second, c, `${w.write(n)} ${D.words.instalment2}`);
    const r = bookIn(d2, full, c, D.inv(n), '');
    m.auto(l1, [r], ['instalments', `ref-${w.trait}`], { group: g });
    m.auto(l2, [r], ['instalments', `ref-${w.trait}`], { group: g });
  }

  // 6. an over-payment rounded up
  {
    const c = cust();
    const n = nextInv();
    const due = m.fresh(...R.inv, 1);
    const paid = m.claim(Math.ceil(due / D.roundUp) * D.roundUp);
    const date = early();
    const l = receipt(date, paid, c, D.invWritings[1].write(n));
    const r = bookIn(date, due, c, D.inv(n), '');
    m.auto(l, [r], ['over-payment', `ref-${D.invWritings[1].trait}`], { difference: paid - due });
  }

  // 7. withholding- (or discount-) short
  {
    const c = D.shortPayer ?? cust();
    const n = nextInv();
    const { due, paid } = D.short(m);
    const date = early();
    const l = receipt(date, paid, c, D.invWritings[2].write(n));
    const r = bookIn(date, due, c, D.inv(n), '');
    m.auto(l, [r], [D.shortTrait, `ref-${D.invWritings[2].trait}`], { difference: paid - due });
  }

  // 8. a part payment the bookkeeper booked as if in full
  {
    const c = cust();
    const n = nextInv();
    const due = m.fresh(...R.inv);
    const paid = m.claim(Math.round((due * rng.int(40, 70)) / 10000) * 100);
    const date = early();
    const l = receipt(date, paid, c, `${D.invWritings[3].write(n)} ${D.words.part}`);
    const r = bookIn(date, due, c, D.inv(n), '');
    m.suggest(l, [r], true, ['part-payment', `ref-${D.invWritings[3].trait}`]);
  }

  // 9. an invoice less its credit note (the books hold the net)
  {
    const c = cust();
    const n = nextInv();
    const gross = m.fresh(...R.inv);
    const cn = m.fresh(...R.small);
    const net = m.claim(gross - cn);
    const date = early();
    const l = receipt(date, net, c, D.lessCreditNote(n, D.cnNo(rng.int(11, 60))));
    const r = bookIn(date, net, c, D.inv(n), D.words.netOfCn);
    m.auto(l, [r], ['invoice-less-credit-note', 'credit-note']);
  }

  // 10. a tie: two equal open receipts of one payer, one payment by name
  {
    const c = cust();
    const amt = m.fresh(...R.part);
    const date = early(3);
    const l = receipt(date, amt, c, rng.pick(D.plainNotes), { plain: true });
    const a = bookIn(m.after(date, -2), amt, c, D.inv(nextInv()), '');
    const b = bookIn(date, amt, c, D.inv(nextInv()), '');
    m.tie(l, [a], [b], ['tie', 'name-only']);
  }

  // 11. a receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const n = nextInv();
    let amt;
    let keyed;
    for (;;) {
      amt = m.fresh(...R.inv);
      const s = String(amt / 100);
      const i = rng.int(0, s.length - 2);
      if (s[i] === s[i + 1] || (i === 0 && s[1] === '0')) continue;
      keyed = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)) * 100;
      if (!m.used.has(keyed)) break;
    }
    m.claim(keyed);
    const date = early();
    const l = receipt(date, amt, c, D.invWritings[4].write(n));
    const r = bookIn(date, keyed, c, D.inv(n), '');
    m.suggest(l, [r], true, ['books-amount-transposed', `ref-${D.invWritings[4].trait}`]);
  }

  // 12. a payment quoting the customer's own order number (copied into the receipt)
  {
    const c = cust();
    const po = D.orderNo(rng);
    const amt = m.fresh(...R.inv);
    const date = early();
    const l = receipt(date, amt, c, D.orderNote(po));
    const r = bookIn(date, amt, c, D.inv(nextInv()), D.orderCopy(po));
    m.auto(l, [r], ['customer-order-number']);
  }

  // 13. two customers paying the same amount the same day, each quoting their invoice
  {
    const amt = m.fresh(...R.part);
    const date = early();
    for (const k of [0, 1]) {
      const c = cust();
      const n = nextInv();
      const w = D.invWritings[5 - k];
      const l = receipt(date, amt, c, w.write(n));
      const r = bookIn(date, amt, c, D.inv(n), '');
      m.auto(l, [r], ['same-amount-same-day', `ref-${w.trait}`]);
    }
  }

  // 14. a third party paying a customer's invoice, quoting it
  {
    const c = cust();
    const payer = D.thirdParties[rng.int(0, D.thirdParties.length - 1)];
    const n = nextInv();
    const amt = m.fresh(...R.inv);
    const date = early();
    const l = receipt(date, amt, payer, D.thirdPartyNote(n, c));
    const r = bookIn(date, amt, c, D.inv(n), '');
    m.auto(l, [r], ['third-party-payer', `ref-${D.invWritings[0].trait}`]);
  }

  // 15. two unknown receipts
  for (let k = 0; k < 2; k++) {
    const amt = m.fresh(...R.part);
    const l = receipt(early(), amt, D.strangers[k], D.strangerNotes[k]);
    m.none(l, ['unknown-receipt']);
  }

  // ---- payments ----
  // 16. four supplier payments quoting the supplier's invoice (one booked a day before the bank) and two by name
  for (let k = 0; k < 6; k++) {
    const s = sup();
    const amt = m.fresh(...R.bill);
    const date = early(2);
    const quoted = k < 4;
    const bill = quoted ? s.bill() : '';
    const l = payment(date, amt, s, quoted ? D.billNote(bill, s) : D.plainOut(s));
    const r = bookOut(k === 0 ? m.after(date, -1) : date, amt, s, bill, quoted ? '' : D.words.onAccount);
    m.auto(l, [r], quoted ? ['bill-quoted', ...(k === 0 ? ['booked-before-bank'] : [])] : ['name-only']);
  }

  // 17. one bill paid in two transfers the same day over the channel's limit (booked once)
  {
    const s = sup();
    const bill = s.bill();
    const total = m.claim(D.limit + m.fresh(...R.bill));
    const date = early(2);
    const g = m.group();
    const a = payment(date, D.limit, s, D.billNote(bill, s) + D.words.part1, { big: true });
    const b = payment(date, total - D.limit, s, D.billNote(bill, s) + D.words.part2, { big: true });
    const r = bookOut(date, total, s, bill, '');
    m.auto(a, [r], ['channel-limit', 'bill-quoted'], { group: g });
    m.auto(b, [r], ['channel-limit', 'bill-quoted'], { group: g });
  }

  // 18. twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = D.twinPayee;
    const amt = m.fresh(...R.part);
    const date = early(2);
    const note = D.twinNote;
    const a = payment(date, amt, s, note);
    const b = payment(date, amt, s, note);
    const ra = bookOut(date, amt, s, '', D.twinBook);
    const rb = bookOut(date, amt, s, '', D.twinBook);
    m.twins(a, b, ra, rb, ['name-only']);
  }

  // 19. a failed transfer, its reversal, and the payment sent again
  {
    const s = sup();
    const bill = s.bill();
    const amt = m.fresh(...R.bill);
    const d1 = m.anyDay(2, m.days.length - 6);
    const f = m.line({ date: d1, amount: -amt, ...D.txt.out(s, D.billNote(bill, s), { failed: true }) });
    const rv = m.line({ date: m.after(d1, 1), amount: amt, ...D.txt.reversal(f, s) });
    m.reversal(f, rv, ['failed-transfer']);
    const again = payment(m.after(d1, 2), amt, s, D.billNote(bill, s));
    const r = bookOut(m.after(d1, 2), amt, s, bill, '');
    m.auto(again, [r], ['bill-quoted', 'sent-again']);
  }

  // 20. a refund to a customer quoting our credit note; a refund from a supplier by name
  {
    const c = cust();
    const cn = D.cnNo(rng.int(61, 99));
    const amt = m.fresh(...R.small);
    const date = early(2);
    const l = payment(date, amt, c, D.refundNote(cn));
    const r = bookOut(date, amt, c, cn, D.words.refund);
    m.auto(l, [r], ['credit-note-quoted', 'refund']);
    const s = sup();
    const amt2 = m.fresh(...R.small);
    const d2 = early(2);
    const l2 = receipt(d2, amt2, s, D.words.supplierRefund, { plain: true });
    const r2 = bookIn(d2, amt2, s, '', D.words.supplierRefundBook);
    m.auto(l2, [r2], ['name-only', 'refund']);
  }

  // 21. three book rows the bank has not seen by the month's end
  D.ledgerOnlyEvents(m, { sup, cust, nextInv, bookIn, bookOut });

  return { cust, sup, nextInv, receipt, payment, bookIn, bookOut };
}
