// The events every trading business of the corpus has in a month, written through its set's dialect (how its bank
// words a line, how its package books a row). Country-specific events live in the set files.
import { part } from './lib.mjs';

/** Receipts from customers, in the many ways a month brings them. */
export function customerReceipts(m, d) {
  const r = m.rng;
  const cs = r.shuffle(d.customers);
  let ci = 0;
  const cust = () => cs[ci++ % cs.length];
  const adviceDate = (bankDate) => m.shift(bankDate, -r.int(0, 1));

  // invoices quoted in the payer's own writing; two booked late from the statement
  const writings = r.shuffle(d.writings);
  for (let i = 0; i < 7; i++) {
    const c = cust();
    const n = d.nextInvoice();
    const [written, trait] = writings[i % writings.length](n);
    const date = m.day(2, m.cal.working.length - 1);
    const amount = m.amt(...d.invoiceRange);
    const late = i < 2;
    const line = m.bank(date, amount, ...d.rin(c, written));
    const bdate = late ? m.shift(date, r.int(2, 3)) : adviceDate(date);
    const row = d.bookReceipt(bdate, amount, { docs: [n], party: c });
    m.auto(line, row, { traits: [trait, ...(late ? ['late-posting'] : [])] });
  }
  // named only, a unique amount for that payer
  for (let i = 0; i < 3; i++) {
    const c = cust();
    const n = d.nextInvoice();
    const date = m.day(2, m.cal.working.length);
    const amount = m.amt(...d.invoiceRange);
    const line = m.bank(date, amount, ...d.rin(c, d.vagueMemo()));
    const row = d.bookReceipt(m.calendarBefore(date, r.int(0, 2)), amount, { docs: [n], party: c });
    m.auto(line, row, { traits: ['name-only'] });
  }
  // one transfer for three invoices, all quoted
  {
    const c = cust();
    const ns = [d.nextInvoice(), d.nextInvoice(), d.nextInvoice()];
    const amounts = ns.map(() => m.amt(d.invoiceRange[0] / 3, d.invoiceRange[1] / 3));
    const date = m.day(5, 15);
    const line = m.bank(date, m.take(amounts.reduce((a, b) => a + b, 0)), ...d.rin(c, d.manyDocs(ns)));
    const rows = ns.map((n, i) => d.bookReceipt(adviceDate(date), amounts[i], { docs: [n], party: c }));
    // where the payer's reference field is too short for every number, a person checks the remittance
    if (d.manyDocsFit === false) m.suggest(line, rows, { traits: ['split-one-to-many', 'ref-truncated'] });
    else m.auto(line, rows, { traits: ['split-one-to-many'] });
  }
  // one transfer for two invoices, not quoted: a person checks the sum
  {
    const c = cust();
    const ns = [d.nextInvoice(), d.nextInvoice()];
    const amounts = ns.map(() => m.amt(d.invoiceRange[0] / 2, d.invoiceRange[1] / 2));
    const date = m.day(8, 18);
    const line = m.bank(date, m.take(amounts[0] + amounts[1]), ...d.rin(c, d.vagueMemo()));
    const rows = ns.map((n, i) => d.bookReceipt(m.shift(date, -1), amounts[i], { docs: [n], party: c }));
    m.suggest(line, rows, { traits: ['split-one-to-many', 'name-only'] });
  }
  // one invoice in two instalments, booked once in full from the remittance advice
  {
    const c = cust();
    const n = d.nextInvoice();
    const total = m.amt(...d.invoiceRange);
    const first = Math.round(total * 0.6);
    const d1 = m.day(3, 8);
    const d2 = m.day(14, 19);
    const l1 = m.bank(d1, m.take(first), ...d.rin(c, d.instalmentMemo(n, 1)));
    const l2 = m.bank(d2, m.take(total - first), ...d.rin(c, d.instalmentMemo(n, 2)));
    const row = d.bookReceipt(d1, total, { docs: [n], party: c, memo: 'settled in two instalments' });
    const g = m.group();
    m.auto(l1, row, { group: g, traits: ['instalment', 'split-many-to-one'] });
    m.auto(l2, row, { group: g, traits: ['instalment', 'split-many-to-one'] });
  }
  // over-payment rounded up
  {
    const c = cust();
    const n = d.nextInvoice();
    const due = m.amt(...d.invoiceRange, { cents: 1 });
    const paid = m.take(Math.ceil(due / 100000) * 100000);
    const date = m.day(4, 16);
    const line = m.bank(date, paid, ...d.rin(c, d.writings[0](n)[0]));
    const row = d.bookReceipt(adviceDate(date), due, { docs: [n], party: c });
    m.auto(line, row, { traits: ['over-payment', 'ref-canonical'], difference: paid - due });
  }
  // withholding deducted by the customer; books hold the invoice amount from the advice
  {
    const c = cust();
    const n = d.nextInvoice();
    const due = m.amt(...d.invoiceRange);
    const net = m.take(due - part(due, d.wht.rate));
    const date = m.day(6, 18);
    const line = m.bank(date, net, ...d.rin(c, d.writings[1](n)[0]));
    const row = d.bookReceipt(adviceDate(date), due, { docs: [n], party: c });
    m.auto(line, row, { traits: [d.wht.trait], difference: net - due });
  }
  // part payment booked in full
  {
    const c = cust();
    const n = d.nextInvoice();
    const due = m.amt(...d.invoiceRange);
    const paid = m.take(Math.round(due / 2 / 100000) * 100000 || 5000000);
    const date = m.day(10, 20);
    const line = m.bank(date, paid, ...d.rin(c, d.writings[2](n)[0]));
    const row = d.bookReceipt(m.shift(date, -1), due, { docs: [n], party: c });
    m.suggest(line, row, { traits: ['part-payment'] });
  }
  // an invoice less a credit note; the books hold the net receipt
  {
    const c = cust();
    const n = d.nextInvoice();
    const cn = d.nextCredit();
    const gross = m.amt(...d.invoiceRange);
    const credit = m.amt(d.invoiceRange[0] / 10, d.invoiceRange[0] / 4);
    const date = m.day(9, 20);
    const line = m.bank(date, m.take(gross - credit), ...d.rin(c, d.lessCredit(n, cn)));
    const row = d.bookReceipt(adviceDate(date), gross - credit, { docs: [n], party: c, memo: d.lessCreditMemo(cn) });
    m.auto(line, row, { traits: ['invoice-less-credit-note'] });
  }
  // a tie: two equal receipts of one customer open in the books, one payment by name
  {
    const c = cust();
    const amount = m.amt(d.invoiceRange[0], d.invoiceRange[0] * 2, { cents: 0 });
    const date = m.day(12, 20);
    const line = m.bank(date, amount, ...d.rin(c, d.vagueMemo()));
    const a = d.bookReceipt(m.shift(date, -2), amount, { docs: [d.nextInvoice()], party: c });
    const b = d.bookReceipt(m.shift(date, -1), amount, { docs: [d.nextInvoice()], party: c });
    m.tie(line, [[a], [b]], { traits: ['name-only', 'recurring-equal-payments'] });
  }
  // the books' amount keyed with two digits swapped; the reference is plain, the amount is not
  {
    const c = cust();
    const n = d.nextInvoice();
    const amount = m.amt(...d.invoiceRange, { cents: 0 });
    const s = String(amount / 100);
    const i = s.length - 4;
    let swapped = Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)) * 100;
    if (swapped === amount) swapped += 90000;
    m.take(swapped);
    const date = m.day(10, 18);
    const line = m.bank(date, amount, ...d.rin(c, d.writings[3](n)[0]));
    const row = d.bookReceipt(adviceDate(date), swapped, { docs: [n], party: c });
    m.suggest(line, row, { mustNotAuto: true, traits: ['books-amount-transposed'] });
  }
  // the customer's own order number, which the bookkeeper copied into the receipt
  {
    const c = cust();
    const n = d.nextInvoice();
    const po = String(r.int(4100, 4899));
    const amount = m.amt(...d.invoiceRange);
    const date = m.day(3, 19);
    const line = m.bank(date, amount, ...d.rin(c, d.poMemo(po)));
    const row = d.bookReceipt(adviceDate(date), amount, { docs: [n], party: c, memo: d.poBook(po) });
    m.auto(line, row, { traits: ['customer-po-number'] });
  }
  // two payments nobody can place
  for (const t of d.unknownPayers) {
    const line = m.bank(m.day(3, 20), m.amt(d.invoiceRange[0] / 5, d.invoiceRange[0]), ...d.rin(t, d.vagueMemo()));
    m.none(line, { traits: ['unknown-receipt'] });
  }
}

/** Payments to suppliers: quoted bills, names only, a payment sent in two tranches, twins. */
export function supplierPayments(m, d) {
  const r = m.rng;
  const ss = r.shuffle(d.suppliers);
  let si = 0;
  const sup = () => ss[si++ % ss.length];
  for (let i = 0; i < 4; i++) {
    const s = sup();
    const bill = d.nextBill(s);
    const date = m.day(2, m.cal.working.length);
    const amount = -m.amt(...d.billRange);
    const line = m.bank(date, amount, ...d.rout(s, d.billMemo(bill)));
    d.outFees?.(line);
    const row = d.bookPayment(m.shift(date, -r.int(0, 1)), amount, { bill, party: s });
    m.auto(line, row, { traits: ['supplier-payment', 'bill-reference'] });
  }
  for (let i = 0; i < 2; i++) {
    const s = sup();
    const date = m.day(2, m.cal.working.length);
    const amount = -m.amt(...d.billRange);
    const line = m.bank(date, amount, ...d.rout(s, ''));
    d.outFees?.(line);
    const row = d.bookPayment(date, amount, { bill: d.nextBill(s), party: s });
    m.auto(line, row, { traits: ['supplier-payment', 'name-only'] });
  }
  // over the channel's single-transfer limit: the bill paid in two transfers the same day, booked once
  {
    const s = sup();
    const bill = d.nextBill(s);
    const total = -m.amt(d.billRange[1], d.billRange[1] * 1.6);
    const first = -Math.floor((Math.abs(total) * 0.55) / 100000) * 100000;
    const date = m.day(8, 16);
    const a = m.bank(date, m.take(first), ...d.rout(s, d.trancheMemo(bill, 1)));
    d.outFees?.(a);
    const b = m.bank(date, m.take(total - first), ...d.rout(s, d.trancheMemo(bill, 2)));
    b.seq = a.seq + 1e-3;
    d.outFees?.(b);
    const row = d.bookPayment(date, total, { bill, party: s });
    const g = m.group();
    m.auto(a, row, { group: g, traits: ['transfer-limit-tranches', 'split-many-to-one'] });
    m.auto(b, row, { group: g, traits: ['transfer-limit-tranches', 'split-many-to-one'] });
  }
  // twins: two equal transfers to one supplier on one day for one document, booked as two equal rows
  {
    const s = sup();
    const doc = d.nextBill(s);
    const amount = -m.amt(d.billRange[0] / 2, d.billRange[0]);
    const date = m.day(10, 20);
    const a = m.bank(date, amount, ...d.rout(s, d.billMemo(doc)));
    d.outFees?.(a);
    const b = m.bank(date, amount, ...d.rout(s, d.billMemo(doc)));
    d.outFees?.(b);
    const ra = d.bookPayment(date, amount, { bill: doc, party: s, memo: d.twinMemo(1) });
    const rb = d.bookPayment(date, amount, { bill: doc, party: s, memo: d.twinMemo(2) });
    m.autoAnyOf([a, b], [[ra], [rb]], { traits: ['supplier-payment', 'bill-reference'] });
  }
  // a failed transfer, its reversal, and the payment sent again; the books hold it once
  {
    const s = sup();
    const bill = d.nextBill(s);
    const amount = -m.amt(...d.billRange);
    const d1 = m.day(4, 12);
    const fail = m.bank(d1, amount, ...d.rout(s, d.billMemo(bill)));
    const back = m.bank(m.shift(d1, 1), -amount, ...d.reversalText(fail));
    const again = m.bank(m.shift(d1, 2), amount, ...d.rout(s, d.billMemo(bill)));
    d.outFees?.(again);
    const row = d.bookPayment(d1, amount, { bill, party: s });
    m.reversal(fail, back, { traits: ['failed-transfer', 'reversal'] });
    m.auto(again, row, { traits: ['supplier-payment', 'resent-after-failure'] });
  }
  // a refund to a customer and one from a supplier
  {
    const c = d.customers[d.customers.length - 1];
    const amount = -m.amt(d.invoiceRange[0] / 10, d.invoiceRange[0] / 2);
    const date = m.day(5, 19);
    const cn = d.nextCredit();
    const line = m.bank(date, amount, ...d.rout(c, d.refundMemo(cn)));
    d.outFees?.(line);
    const row = d.bookPayment(date, amount, { bill: cn, party: c, memo: 'refund of credit note' });
    m.auto(line, row, { traits: ['customer-refund'] });
    const s = sup();
    const amount2 = m.amt(d.billRange[0] / 10, d.billRange[0] / 3);
    const date2 = m.day(5, 19);
    const line2 = m.bank(date2, amount2, ...d.rin(s, d.supplierRefundMemo()));
    const row2 = d.bookReceipt(m.shift(date2, r.int(0, 2)), amount2, { docs: [], party: s, memo: 'supplier refund' });
    m.auto(line2, row2, { traits: ['supplier-refund'] });
  }
}
