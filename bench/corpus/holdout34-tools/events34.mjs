// holdout34 — the events every set has, written through the set's dialect `D` (sets34*.mjs). Each event adds bank
// lines and book rows to the Month and states the decision a careful bookkeeper would take.

/** move a working-day index so that it stays inside the month */
const clamp = (m, i) => Math.max(0, Math.min(m.last, i));

export function buildMonth(m, D) {
  const { rng } = m;
  const C = rng.shuffle(D.customers);
  const S = rng.shuffle(D.suppliers);
  let ci = 0;
  let si = 0;
  const cust = () => C[ci++ % C.length];
  const supp = () => S[si++ % S.length];
  let invN = D.invoiceBase + rng.int(0, 15);
  const inv = () => (invN += rng.int(1, 3));
  let billN = 0;
  const L = m.last;
  const day = (lo, hi) => clamp(m, rng.int(lo, hi));
  const [lo, hi] = D.receiptRange;
  const [plo, phi] = D.paymentRange;

  // bank clusters ------------------------------------------------
  const inflow = (i, spec, amount) => {
    const fees = D.feesIn(amount, spec);
    const ls = m.bank(m.day(i), [{ ...spec, amount }, ...fees]);
    ls.slice(1).forEach((l) => m.bankOnly(l, l.kind));
    return ls[0];
  };
  const outflow = (i, spec, amount) => {
    const fees = D.feesOut(amount, spec);
    const ls = m.bank(m.day(i), [{ ...spec, amount: -amount }, ...fees]);
    ls.slice(1).forEach((l) => m.bankOnly(l, l.kind));
    return ls[0];
  };
  const rec = (i, c, invs, note, amount) => m.book(m.day(i), { amount, ...D.receiptRow(c, invs, note) });
  const pay = (i, s, ref, note, amount) => m.book(m.day(i), { amount: -amount, ...D.paymentRow(s, ref, note) });

  // 1. six invoices quoted in the payer's writing (two booked two days late, one in the reference column only)
  const writings = rng.shuffle(D.writings.map((w, k) => ({ ...w, k })));
  writings.forEach((w, k) => {
    const c = cust();
    const n = inv();
    const a = m.amt(lo, hi, 1);
    const i = day(0, L - 3);
    const late = k === 1 || k === 4;
    const refOnly = k === 2;
    const line = inflow(i, D.inLine(c, D.payerText(w.f(n), c), { refOnly }), a);
    const row = rec(late ? i + 2 : i, c, [n], 'sale', a);
    m.auto(line, [row], [w.trait, ...(late ? ['late-posting'] : []), ...(refOnly ? ['ref-in-reference-field'] : [])]);
  });

  // 2. three payers named as the books name them, no reference (cash at the branch where the bank takes cash)
  for (let k = 0; k < 3; k++) {
    const c = cust();
    const a = m.amt(lo, hi / 2, 100);
    const i = day(1, L - 1);
    const cash = k < D.cashPayers;
    const spec = cash ? D.cashLine(c) : D.inLine(c, '', {});
    const line = inflow(i, spec, a);
    const row = rec(i, c, [inv()], cash ? 'cash' : 'sale', a);
    m.auto(line, [row], ['name-only', ...(cash ? ['cash-deposit'] : [])]);
  }

  // 3. one transfer for three quoted invoices
  {
    const c = cust();
    const ns = [inv(), inv(), inv()];
    const as = ns.map(() => m.amt(lo / 2, hi / 2, 1));
    const i = day(3, L - 2);
    const line = inflow(i, D.inLine(c, D.payerText(D.multiInvoices(ns), c), {}), as[0] + as[1] + as[2]);
    m.reserve(as[0] + as[1] + as[2]);
    const rows = ns.map((n, k) => rec(i, c, [n], 'sale', as[k]));
    m.auto(line, rows, ['split-one-to-many', 'ref-serial-only']);
  }

  // 4. one transfer for two invoices, no reference
  {
    const c = cust();
    const as = [m.amt(lo / 2, hi / 2, 100), m.amt(lo / 2, hi / 2, 100)];
    const i = day(2, L - 2);
    const line = inflow(i, D.inLine(c, '', {}), m.reserve(as[0] + as[1]));
    const rows = [rec(i, c, [inv()], 'sale', as[0]), rec(i, c, [inv()], 'sale', as[1])];
    m.suggest(line, rows, ['split-one-to-many', 'name-only'], false);
  }

  // 5. one invoice paid in two instalments quoting it, booked once in full
  {
    const c = cust();
    const n = inv();
    const a = m.amt(lo, hi, 100);
    const first = m.reserve(Math.round((a * 0.6) / 100000) * 100000 || Math.round(a / 2));
    const second = m.reserve(a - first);
    const i = day(0, 6);
    const j = day(i + 5, L - 1);
    const l1 = inflow(i, D.inLine(c, D.payerText(D.partWriting(n, 1), c), {}), first);
    const l2 = inflow(j, D.inLine(c, D.payerText(D.partWriting(n, 2), c), {}), second);
    const row = rec(j, c, [n], 'sale', a);
    m.auto([l1, l2], [row], ['split-many-to-one', 'instalments', 'ref-serial-only']);
  }

  // 6. over-payment rounded up
  {
    const c = cust();
    const n = inv();
    const a = m.amt(lo, hi, 1);
    const paid = m.reserve(Math.ceil(a / D.roundTo) * D.roundTo + (a % D.roundTo === 0 ? D.roundTo : 0));
    const i = day(2, L - 1);
    const line = inflow(i, D.inLine(c, D.payerText(D.writings[0].f(n), c), {}), paid);
    const row = rec(i, c, [n], 'sale', a);
    m.auto(line, [row], ['over-payment', D.writings[0].trait], { difference: paid - a });
  }

  // 7. short by withholding tax (or a settlement discount), quoting the invoice
  {
    const c = D.withholder ?? cust();
    const n = inv();
    const a = m.amt(lo * 2, hi, 100);
    const paid = m.reserve(a - Math.round((a * D.shortRate[0]) / D.shortRate[1]));
    const i = day(2, L - 1);
    const line = inflow(i, D.inLine(c, D.payerText(D.writings[1].f(n), c), {}), paid);
    const row = rec(i, c, [n], 'sale', a);
    m.auto(line, [row], [D.shortTrait, D.writings[1].trait], { difference: paid - a });
  }

  // 8. part payment the bookkeeper booked as if in full
  {
    const c = cust();
    const n = inv();
    const a = m.amt(lo, hi, 100);
    const paid = m.reserve(Math.round((a * rng.int(40, 60)) / 100 / 100000) * 100000 || Math.round(a / 2));
    const i = day(2, L - 1);
    const line = inflow(i, D.inLine(c, D.payerText(D.partWriting(n, 0), c), {}), paid);
    const row = rec(i, c, [n], 'sale', a);
    m.suggest(line, [row], ['part-payment', 'ref-serial-only'], true);
  }

  // 9. invoice less its credit note in one transfer; the books hold the net
  {
    const c = cust();
    const n = inv();
    const cn = D.creditNoteBase + rng.int(1, 40);
    const gross = m.amt(lo, hi, 100);
    const credit = m.amt(lo / 20, lo / 4, 100);
    const net = m.reserve(gross - credit);
    const i = day(2, L - 1);
    const line = inflow(i, D.inLine(c, D.payerText(D.lessCreditNote(n, cn), c), {}), net);
    const row = m.book(m.day(i), { amount: net, ...D.receiptRow(c, [n], 'net', cn) });
    m.auto(line, [row], ['invoice-less-credit-note', 'ref-serial-only']);
  }

  // 10. tie: two equal open receipts of one payer, one payment by name
  {
    const c = cust();
    const a = m.amt(lo / 2, hi / 2, 10000);
    const i = day(8, L - 2);
    const line = inflow(i, D.inLine(c, '', {}), a);
    const ra = rec(clamp(m, i - 6), c, [inv()], 'sale', a);
    const rb = rec(i, c, [inv()], 'sale', a);
    m.tie(line, ra, rb, ['tie', 'name-only']);
  }

  // 11. receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const n = inv();
    let a;
    let b;
    for (;;) {
      a = m.amt(lo, hi, 100);
      const s = String(a / 100);
      const k = rng.int(0, s.length - 2);
      if (s[k] === s[k + 1] || (k === 0 && s[1] === '0')) continue;
      b = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2)) * 100;
      if (!m.used.has(b) && b >= lo * 100) break;
    }
    m.reserve(b);
    const i = day(2, L - 1);
    const line = inflow(i, D.inLine(c, D.payerText(D.writings[2].f(n), c), {}), a);
    const row = rec(i, c, [n], 'sale', b);
    m.suggest(line, [row], ['books-amount-transposed', D.writings[2].trait], true);
  }

  // 12. payment quoting the customer's own order number (copied into the receipt)
  {
    const c = cust();
    const po = D.customerOrder(rng);
    const a = m.amt(lo, hi, 100);
    const i = day(1, L - 1);
    const line = inflow(i, D.inLine(c, po.bank, {}), a);
    const row = m.book(m.day(i), { amount: a, ...D.receiptRow(c, [inv()], 'order', po.books) });
    m.auto(line, [row], ['customer-order-number']);
  }

  // 13. two unknown receipts
  for (let k = 0; k < 2; k++) {
    const who = D.strangers[k];
    const line = inflow(day(1, L - 1), D.inLine(who, D.strangerText[k], {}), m.amt(lo / 4, hi / 3, 100));
    m.none(line, ['unknown-receipt']);
  }

  // 14. two customers paying the same amount the same day, each quoting their invoice
  {
    const a = m.amt(lo, hi / 2, 50000);
    const i = day(3, L - 2);
    for (const w of [D.writings[3], D.writings[4]]) {
      const c = cust();
      const n = inv();
      const line = inflow(i, D.inLine(c, D.payerText(w.f(n), c), {}), a);
      m.auto(line, [rec(i, c, [n], 'sale', a)], ['same-amount-same-day', w.trait]);
    }
  }

  // 15. refund from a supplier, by name
  {
    const s = supp();
    const a = m.amt(plo / 4, phi / 6, 100);
    const i = day(3, L - 1);
    const line = inflow(i, D.inLine(s, '', {}), a);
    const row = m.book(m.day(i), { amount: a, ...D.journalRow(s.name, null, 'supplierRefund') });
    m.auto(line, [row], ['refund', 'name-only']);
  }

  // 16. a lodgement not yet credited
  {
    const c = cust();
    const row = rec(L, c, [inv()], D.cheques ? 'lodged' : 'advised', m.amt(lo, hi, 100));
    m.ledgerOnly(
      row,
      D.cheques
        ? 'cheque lodged on the last day, not yet credited'
        : 'remittance advice booked, money not yet received',
    );
  }

  // settlements ---------------------------------------------------
  {
    const [rate, den] = D.gatewayFee;
    // net, with its id; gross booked
    const g1 = m.amt(lo, hi, 1);
    const f1 = Math.round((g1 * rate) / den);
    const s1 = D.settlement('netId', rng);
    const i1 = day(1, L - 1);
    const l1 = inflow(i1, s1.spec, m.reserve(g1 - f1));
    const r1 = m.book(m.day(clamp(m, i1 - 1)), { amount: g1, ...D.journalRow(s1.party, s1.ref, 'gatewayGross') });
    m.auto(l1, [r1], ['gateway-settlement', 'settlement-id', 'short-net-of-fee'], { difference: -f1 });
    // gross and fee booked as two rows with the id
    const g2 = m.amt(lo, hi, 1);
    const f2 = m.reserve(Math.round((g2 * rate) / den));
    const s2 = D.settlement('grossFee', rng);
    const i2 = day(1, L - 1);
    const l2 = inflow(i2, s2.spec, m.reserve(g2 - f2));
    const r2a = m.book(m.day(i2), { amount: g2, ...D.journalRow(s2.party, s2.ref, 'gatewayGross') });
    const r2b = m.book(m.day(i2), { amount: -f2, ...D.journalRow(s2.party, s2.ref, 'gatewayFee') });
    m.auto(l2, [r2a, r2b], ['gateway-settlement', 'settlement-id', 'gross-and-fee-booked']);
    // no id; gross booked
    const g3 = m.amt(lo, hi, 1);
    const f3 = Math.round((g3 * rate) / den);
    const s3 = D.settlement('noId', rng);
    const i3 = day(1, L - 1);
    const l3 = inflow(i3, s3.spec, m.reserve(g3 - f3));
    const r3 = m.book(m.day(i3), { amount: g3, ...D.journalRow(s3.party, null, 'gatewayGross') });
    m.suggest(l3, [r3], ['gateway-settlement', 'short-net-of-fee'], false);
  }

  // payments ------------------------------------------------------
  const bill = (s) => D.bill(s, ++billN, rng);
  // four supplier payments quoting the supplier's invoice, one booked a day before the bank
  for (let k = 0; k < 4; k++) {
    const s = supp();
    const b = bill(s);
    const a = m.amt(plo, phi, 1);
    const i = day(1, L - 1);
    const line = outflow(i, D.outLine(s, D.ourText(b, s)), a);
    const row = pay(k === 0 ? i - 1 : i, s, b.books, 'bill', a);
    m.auto(line, [row], ['bill-quoted', ...(k === 0 ? ['booked-early'] : [])]);
  }
  // two by name
  for (let k = 0; k < 2; k++) {
    const s = supp();
    const a = m.amt(plo / 2, phi / 2, 100);
    const i = day(1, L - 1);
    const line = outflow(i, D.outLine(s, ''), a);
    m.auto(line, [pay(i, s, bill(s).books, 'bill', a)], ['name-only']);
  }
  // one bill paid in two transfers the same day over the channel's limit, booked once
  {
    const s = supp();
    const b = bill(s);
    const total = m.amt(D.channelLimit / 100 + phi / 4, D.channelLimit / 100 + phi, 100);
    const first = m.reserve(D.channelLimit);
    const second = m.reserve(total - first);
    const i = day(2, L - 2);
    const l1 = outflow(i, D.outLine(s, D.ourText(b, s)), first);
    const l2 = outflow(i, D.outLine(s, D.ourText(b, s)), second);
    m.auto([l1, l2], [pay(i, s, b.books, 'bill', total)], ['split-many-to-one', 'channel-limit', 'bill-quoted']);
  }
  // twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = D.twinPayee;
    const a = m.amt(plo / 4, phi / 4, 10000);
    const i = day(2, L - 2);
    const la = outflow(i, D.outLine(s, D.twinText), a);
    const lb = outflow(i, D.outLine(s, D.twinText), a);
    const ra = m.book(m.day(i), { amount: -a, ...D.paymentRow(s, null, 'twin') });
    const rb = m.book(m.day(i), { amount: -a, ...D.paymentRow(s, null, 'twin') });
    m.twins(la, lb, ra, rb, ['twins']);
  }
  // a failed transfer, its reversal, and the payment sent again
  {
    const s = supp();
    const b = bill(s);
    const a = m.amt(plo, phi, 1);
    const i = day(3, L - 3);
    const [failed] = m.bank(m.day(i), [{ ...D.outLine(s, D.ourText(b, s)), amount: -a }]);
    const [back] = m.bank(m.day(i + 1), [{ ...D.reversalLine(s, D.ourText(b, s)), amount: a }]);
    m.reversal(failed, back, ['failed-transfer']);
    const again = outflow(i + 2, D.outLine(s.corrected ?? s, D.ourText(b, s)), a);
    m.auto(again, [pay(i + 2, s, b.books, 'bill', a)], ['sent-again', 'bill-quoted']);
  }
  // refund to a customer quoting our credit note
  {
    const c = cust();
    const cn = D.creditNoteBase + rng.int(41, 90);
    const a = m.amt(lo / 10, lo, 100);
    const i = day(2, L - 1);
    const line = outflow(i, D.outLine(c, D.refundText(cn)), a);
    const row = m.book(m.day(i), { amount: -a, ...D.journalRow(c.name, D.creditNote(cn), 'customerRefund') });
    m.auto(line, [row], ['refund', 'credit-note-quoted']);
  }
  // a cheque (or a scheduled payment) presented this month, one not yet presented, last month's one clearing now
  {
    const s = supp();
    const no = D.chequeBase + rng.int(10, 40);
    const a = m.amt(plo, phi, 100);
    const i = day(1, L - 6);
    const row = m.book(m.day(i), { amount: -a, ...D.paymentRow(s, D.chequeRef(no), 'cheque') });
    const line = outflow(i + 3, D.chequeLine(no, s), a);
    m.auto(line, [row], [D.cheques ? 'cheque-number' : 'payment-number']);
    const s2 = supp();
    const r2 = m.book(m.day(L - 3), {
      amount: -m.amt(plo, phi, 100),
      ...D.paymentRow(s2, D.chequeRef(no + 1), 'cheque'),
    });
    m.ledgerOnly(r2, D.cheques ? 'cheque not yet presented' : 'payment scheduled for release after the month end');
    const prev = D.chequeBase - rng.int(1, 5);
    const pl = outflow(day(1, 4), D.chequeLine(prev, supp()), (m.priorCheque = m.amt(plo, phi, 100)));
    m.none(pl, [D.cheques ? 'prior-month-cheque' : 'prior-month-payment']);
  }
  // a payment booked on the last day that the bank has not processed
  {
    const s = supp();
    const r = pay(L, s, bill(s).books, 'bill', m.amt(plo, phi, 1));
    m.ledgerOnly(r, 'payment booked on the last day, not yet through the bank');
  }
  // an unbooked card purchase
  m.none(outflow(day(2, L - 1), D.cardLine(rng), m.amt(D.cardRange[0], D.cardRange[1], 1)), ['unbooked-card-purchase']);

  // payroll, statutory payments, utilities
  {
    const p = D.payroll(rng);
    const a = m.amt(phi * 2, phi * 4, 1);
    const i = clamp(m, L - 2);
    const line = outflow(i, p.spec, a);
    m.auto(line, [m.book(m.day(i), { amount: -a, ...D.journalRow(p.party, p.ref, 'payroll') })], ['payroll']);
  }
  for (const st of D.statutory(rng)) {
    const a = m.amt(st.range[0], st.range[1], 1);
    const i = day(st.days[0], st.days[1]);
    const line = outflow(i, st.spec, a);
    m.auto(line, [m.book(m.day(i), { amount: -a, ...D.journalRow(st.party, st.ref, st.note) })], [st.trait]);
  }
  // month-end charges and interest
  for (const spec of D.monthEnd(m)) {
    const [l] = m.bank(m.day(L), [spec]);
    m.bankOnly(l, spec.kind);
  }
}
