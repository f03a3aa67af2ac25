// The month every holdout27 set lives through. A set module (set-*.mjs) gives the business, its names, numbers and
// the bank's and the books' wording; this file decides the events, days, amounts and the bookkeeping decision of each
// statement line. Decisions follow bookkeeping (README.holdout27.md, "Decisions"), never a guess about any engine.

/**
 * @param p the set profile; @param r its PRNG; @param cal its calendar.
 * Returns { lines, rows, ledgerOnly } — lines in posting order, rows in booking order (stable by date).
 */
export function buildMonth(p, r, cal) {
  const lines = [];
  const rows = [];
  const used = new Set(); // every absolute amount in play, so no two events share one by accident
  const D = cal.days;
  const last = D[D.length - 1];
  const amount = (lo, hi) => {
    for (;;) {
      const a = r.int(lo, hi) * 100 + r.int(0, 99);
      if (!used.has(a)) {
        used.add(a);
        return a;
      }
    }
  };
  const round = (lo, hi, step) => {
    for (;;) {
      const a = r.int(lo / step, hi / step) * step * 100;
      if (!used.has(a)) {
        used.add(a);
        return a;
      }
    }
  };
  let rowSeq = 0;
  const book = (date, amt, f) => {
    const row = { id: `L${++rowSeq}`, date: date < D[0] ? D[0] : date > last ? last : date, amt, ...f };
    rows.push(row);
    used.add(Math.abs(amt));
    return row.id;
  };
  const line = (date, amt, cells, truth) => {
    const l = { date, amt, ...cells, traits: [], group: null, evidence: null, kind: null, ...truth };
    lines.push(l);
    used.add(Math.abs(amt));
    return l;
  };
  const match = (ledger, evidence, traits, extra = {}) => ({
    expect: 'match',
    decision: 'auto',
    ledger,
    evidence,
    traits,
    ...extra,
  });
  const suggest = (ledger, evidence, traits, mustNotAuto, extra = {}) => ({
    expect: 'match',
    decision: 'suggest',
    ledger,
    evidence,
    traits,
    mustNotAuto,
    ...extra,
  });
  // days: a pool of working days from the 4th working day on (books may then be dated before the line)
  const early = D.slice(3, D.length - 1);
  const day = () => r.pick(early);
  const late = (d) => cal.shift(d, r.int(2, 3));
  const lateDay = () => r.pick(D.slice(3, D.length - 4));
  const before = (d, lo, hi) => cal.shift(d, -r.int(lo, hi));
  const calBefore = (d, n) => {
    // name-only receipts: booked 0-2 calendar days before, on a working day
    let x = d;
    for (let i = 0; i < n; i++) {
      const y = new Date(`${x}T00:00:00Z`);
      y.setUTCDate(y.getUTCDate() - 1);
      const iso = y.toISOString().slice(0, 10);
      if (cal.isWork(iso)) x = iso;
    }
    return x;
  };
  const C = r.shuffle(p.customers);
  const S = r.shuffle(p.suppliers);
  let ci = 0;
  let si = 0;
  const cust = () => C[ci++];
  const supp = () => S[si++];
  const inv = () => p.invoice(r);
  const big = p.scale; // [lo, hi] of an ordinary invoice in major units

  // ---- receipts quoting the invoice, in varied writings
  const writings = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  for (let k = 0; k < 8; k++) {
    const c = cust();
    const i = inv();
    const lateBooked = k < 2;
    const d = lateBooked ? lateDay() : day();
    const a = amount(...big);
    const third = k === 2;
    const payer = third ? p.related(c) : c;
    const bd = lateBooked ? late(d) : before(d, 0, 2);
    const id = book(bd, a, p.receiptRow(c, [i], bd));
    const tr = ['invoice-reference', `ref-writing-${writings[k]}`];
    if (lateBooked) tr.push('booked-late');
    if (third) tr.push('paid-by-related-company');
    line(d, a, p.inTransfer(payer, p.write(i, writings[k]), r), match([id], 'reference', tr));
  }
  // ---- one amount paid by two customers: one quotes its invoice, the other is named only
  {
    const a = amount(...big);
    const c1 = cust();
    const c2 = cust();
    const i1 = inv();
    const i2 = inv();
    const d1 = day();
    const d2 = day();
    const b1 = before(d1, 0, 2);
    const b2 = calBefore(d2, r.int(0, 2));
    const id1 = book(b1, a, p.receiptRow(c1, [i1], b1));
    const id2 = book(b2, a, p.receiptRow(c2, [i2], b2));
    line(d1, a, p.inTransfer(c1, p.write(i1, 0), r), match([id1], 'reference', ['amount-shared-across-payers']));
    line(d2, a, p.inTransfer(c2, '', r), match([id2], 'counterparty', ['name-only', 'amount-shared-across-payers']));
  }
  // ---- two payers named as the books name them, no reference
  for (let k = 0; k < 2; k++) {
    const c = cust();
    const a = amount(...big);
    const d = day();
    const b = calBefore(d, r.int(0, 2));
    const id = book(b, a, p.receiptRow(c, [inv()], b));
    line(d, a, p.inTransfer(c, '', r), match([id], 'counterparty', ['name-only']));
  }
  // ---- payer written very differently (the owner's own account or wallet)
  {
    const c = cust();
    const a = amount(big[0] / 4, big[0]);
    const d = day();
    const b = before(d, 0, 1);
    const id = book(b, a, p.receiptRow(c, [inv()], b));
    line(d, a, p.ownerPays(c, r), suggest([id], 'amount', ['payer-written-differently'], false));
  }
  // ---- anonymous cash deposit of a booked amount
  {
    const c = cust();
    const a = round(big[0] / 5, big[0] / 2, 500);
    const d = day();
    const b = before(d, 0, 1);
    const id = book(b, a, p.cashReceiptRow(c, [inv()], b));
    line(d, a, p.cashIn(r), suggest([id], 'amount', ['anonymous-cash-deposit'], true));
  }
  // ---- one transfer for two invoices
  {
    const c = cust();
    const i1 = inv();
    const i2 = inv();
    const a1 = amount(...big);
    const a2 = amount(...big);
    const d = day();
    const b = before(d, 0, 2);
    const id1 = book(b, a1, p.receiptRow(c, [i1], b));
    const id2 = book(b, a2, p.receiptRow(c, [i2], b));
    used.add(a1 + a2);
    line(d, a1 + a2, p.inTransfer(c, p.writeTwo(i1, i2), r), match([id1, id2], 'reference', ['split-one-to-many']));
  }
  // ---- two instalments of one invoice, booked once in full
  {
    const c = cust();
    const i = inv();
    const a = amount(big[1], big[1] * 2);
    const first = part(a, r.int(40, 60), 100);
    const d1 = D[r.int(3, 8)];
    const d2 = D[r.int(12, D.length - 3)];
    const id = book(before(d1, 0, 1), a, p.receiptRow(c, [i], before(d1, 0, 1)));
    used.add(first);
    used.add(a - first);
    line(
      d1,
      first,
      p.inTransfer(c, `${p.write(i, 1)} PART 1`, r),
      match([id], 'reference', ['instalment'], { group: 'g001' }),
    );
    line(
      d2,
      a - first,
      p.inTransfer(c, `${p.write(i, 3)} BAL`, r),
      match([id], 'reference', ['instalment'], { group: 'g001' }),
    );
  }
  // ---- invoice less a credit note (the books hold the net receipt)
  {
    const c = cust();
    const i = inv();
    const cn = p.creditNote(r);
    const a = amount(...big);
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b, `less ${cn}`));
    line(d, a, p.inTransfer(c, `${p.write(i, 4)} LESS ${cn}`, r), match([id], 'reference', ['credit-note']));
  }
  // ---- over-payment rounded up
  {
    const c = cust();
    const i = inv();
    const a = amount(...big);
    const paid = Math.ceil(a / 100000) * 100000;
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b));
    used.add(paid);
    line(
      d,
      paid,
      p.inTransfer(c, p.write(i, 2), r),
      match([id], 'reference', ['over-payment'], { difference: paid - a }),
    );
  }
  // ---- short by the payer's own bank charge
  {
    const c = cust();
    const i = inv();
    const a = amount(...big);
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b));
    used.add(a - p.payerCharge);
    line(
      d,
      a - p.payerCharge,
      p.inTransfer(c, p.write(i, 5), r),
      match([id], 'reference', ['payer-deducted-charge'], { difference: -p.payerCharge }),
    );
  }
  // ---- withholding- or discount-short payments (the set says which)
  for (const s of p.shorts) {
    const c = cust();
    const i = inv();
    const a = amount(...big);
    const cut = s.cut(a);
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b));
    used.add(a - cut);
    line(
      d,
      a - cut,
      p.inTransfer(c, `${p.write(i, 6)}${s.words ? ` ${s.words}` : ''}`, r),
      match([id], 'reference', [s.trait], { difference: -cut }),
    );
  }
  // ---- part payment, booked in full
  {
    const c = cust();
    const i = inv();
    const a = amount(...big);
    const paid = part(a, r.int(30, 60), 100);
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b));
    used.add(paid);
    line(d, paid, p.inTransfer(c, p.write(i, 7), r), suggest([id], 'reference', ['part-payment'], false));
  }
  // ---- mistyped invoice number that is no document
  {
    const c = cust();
    const i = inv();
    const a = amount(...big);
    const d = day();
    const b = before(d, 0, 2);
    const id = book(b, a, p.receiptRow(c, [i], b));
    line(d, a, p.inTransfer(c, p.mistype(i, r), r), suggest([id], 'counterparty', ['mistyped-reference'], false));
  }
  // ---- tie: two equal receipts of one customer booked from remittance advices, one payment by name
  {
    const c = cust();
    const a = amount(...big);
    const d = day();
    const b = before(d, 0, 2);
    const id1 = book(b, a, p.receiptRow(c, [inv()], b));
    const id2 = book(b, a, p.receiptRow(c, [inv()], b));
    line(
      d,
      a,
      p.inTransfer(c, '', r),
      suggest(null, 'counterparty', ['tie'], true, { anyOf: [[id1], [id2]], ambiguous: true }),
    );
  }
  // ---- settlements: payout id with the gross booked; gross and fee booked as two rows with the id; no id at all
  {
    const [s1, s2, s3] = p.settlements;
    const g1 = amount(big[0], big[1]);
    const f1 = s1.fee(g1);
    const d1 = day();
    const id1 = s1.id(r);
    const b1 = cal.shift(d1, -1);
    const k1 = book(b1, g1, p.settleRow(s1, id1, 'gross', b1));
    used.add(g1 - f1);
    line(d1, g1 - f1, s1.nar(id1), match([k1], 'reference', ['settlement', 'short-net-of-fee'], { difference: -f1 }));
    const g2 = amount(big[0], big[1]);
    const f2 = s2.fee(g2);
    const d2 = day();
    const id2 = s2.id(r);
    const b2 = cal.shift(d2, -1);
    const k2a = book(b2, g2, p.settleRow(s2, id2, 'gross', b2));
    const k2b = book(b2, -f2, p.settleRow(s2, id2, 'fee', b2));
    used.add(g2 - f2);
    line(d2, g2 - f2, s2.nar(id2), match([k2a, k2b], 'reference', ['settlement', 'net-of-fee', 'fee-booked']));
    const n3 = amount(big[0] / 2, big[0]);
    const d3 = day();
    const k3 = book(d3, n3, p.settleRow(s3, '', 'net', d3));
    line(d3, n3, s3.nar(''), suggest([k3], 'amount', ['settlement', 'no-id'], false));
  }
  // ---- refunds both ways, a customer's cheque
  {
    const s = supp();
    const cn = p.supplierCreditNote(r);
    const a = amount(big[0] / 5, big[0]);
    const d = day();
    const b = before(d, 0, 1);
    const id = book(b, a, p.supplierRefundRow(s, cn, b));
    line(d, a, p.inTransfer(s, `REFUND ${cn}`, r), match([id], 'reference', ['supplier-refund', 'credit-note']));
    const c = cust();
    const ccn = p.creditNote(r);
    const a2 = amount(big[0] / 5, big[0]);
    const d2 = day();
    const b2 = before(d2, 0, 1);
    const id2 = book(b2, -a2, p.customerRefundRow(c, ccn, b2));
    line(d2, -a2, p.outTransfer(c, `REFUND ${ccn}`, r), match([id2], 'reference', ['customer-refund', 'credit-note']));
    const c3 = cust();
    const chq = r.digits(6);
    const a3 = amount(...big);
    const d3 = day();
    const b3 = before(d3, 1, 2);
    const id3 = book(b3, a3, p.chequeInRow(c3, chq, b3));
    line(
      d3,
      a3,
      p.chequeIn(c3, chq),
      match([id3], 'reference', p.chequeInTraits ?? ['cheque-number', 'customer-cheque']),
    );
  }
  // ---- supplier payments: three quoting the bill, two by name only
  for (let k = 0; k < 5; k++) {
    const s = supp();
    const bill = p.bill(s, r);
    const a = amount(...big);
    const d = day();
    const b = k < 3 ? before(d, 0, 1) : d;
    const id = book(b, -a, p.paymentRow(s, bill, b));
    if (k < 3) line(d, -a, p.outTransfer(s, bill, r), match([id], 'reference', ['supplier-payment']));
    else line(d, -a, p.outTransfer(s, '', r), match([id], 'counterparty', ['supplier-payment', 'name-only']));
  }
  // ---- twins with their own references (a monthly contract for two sites)
  {
    const s = supp();
    const a = amount(big[0] / 2, big[0]);
    const d = day();
    const refs = p.siteBills(s, r);
    for (const ref of refs) {
      const id = book(d, -a, p.paymentRow(s, ref, d));
      line(d, -a, p.outTransfer(s, ref, r), match([id], 'reference', ['twins', 'own-reference']));
    }
  }
  // ---- twins without a distinguishing reference (two equal transfers to one supplier on one day, one order)
  {
    const s = supp();
    const a = amount(big[0] / 2, big[0]);
    const d = day();
    const po = p.order(r);
    const ids = [book(d, -a, p.paymentRow(s, po, d)), book(d, -a, p.paymentRow(s, po, d))];
    for (let k = 0; k < 2; k++)
      line(
        d,
        -a,
        p.outTransfer(s, po, r),
        match(null, 'reference', ['twins', 'same-order'], { anyOf: [[ids[0]], [ids[1]]], ambiguous: true }),
      );
  }
  // ---- two presented cheques (or debit orders)
  for (let k = 0; k < 2; k++) {
    const s = supp();
    const a = amount(...big);
    const d = D[r.int(8, D.length - 2)];
    const b = cal.shift(d, -r.int(3, 6));
    const chq = p.chequeOutNo(r, s);
    const id = book(b, -a, p.chequeOutRow(s, chq, b));
    line(d, -a, p.chequeOut(s, chq), match([id], 'reference', p.chequeTraits));
  }
  // ---- payroll and statutory payments
  {
    const d = D[r.int(D.length - 6, D.length - 2)];
    const batch = r.digits(6);
    const a = amount(big[1] * 2, big[1] * 4);
    const id = book(cal.shift(d, -1), -a, p.payrollRow(batch, cal.shift(d, -1)));
    line(d, -a, p.payroll(batch), match([id], 'reference', ['payroll']));
    for (const st of p.statutory) {
      const sd = D[r.int(5, D.length - 4)];
      const ref = st.ref(r);
      const sa = amount(...st.range);
      const sid = book(sd, -sa, p.statutoryRow(st, ref, sd));
      line(sd, -sa, st.nar(ref), match([sid], 'reference', ['statutory', st.trait]));
    }
  }
  // ---- own-account transfer naming the other account's number
  {
    const d = day();
    const a = round(big[1], big[1] * 3, 1000);
    const id = book(d, -a, p.ownTransferRow(d));
    line(d, -a, p.ownTransfer(), match([id], 'reference', ['own-account']));
  }
  // ---- failed transfer, its reversal, and the payment sent again
  {
    const s = supp();
    const bill = p.bill(s, r);
    const a = amount(...big);
    const d = D[r.int(4, D.length - 6)];
    const d2 = cal.shift(d, 1);
    const id = book(d, -a, p.paymentRow(s, bill, d));
    const sent = p.outTransfer(s, bill, r);
    const failed = line(d, -a, sent, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledger: [],
      evidence: null,
      traits: ['failed-transfer', 'reversal'],
    });
    const back = line(d2, a, p.reversal(sent), {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledger: [],
      evidence: null,
      traits: ['reversal'],
    });
    failed.partnerLine = back;
    back.partnerLine = failed;
    line(
      d2,
      -a,
      p.outTransfer(s, bill, r),
      match([id], 'reference', ['supplier-payment', 'sent-again', 'failed-transfer']),
    );
  }
  // ---- unknown receipts and an unrecorded card purchase
  for (let k = 0; k < 2; k++) {
    const a = amount(big[0] / 10, big[0] / 2);
    line(day(), a, p.unknownIn(r, k), {
      expect: 'no-counterpart',
      decision: 'none',
      ledger: [],
      evidence: null,
      traits: ['unknown-receipt'],
    });
  }
  line(day(), -amount(big[0] / 50, big[0] / 10), p.cardPurchase(r), {
    expect: 'no-counterpart',
    decision: 'none',
    ledger: [],
    evidence: null,
    traits: ['unrecorded-payment'],
  });

  // ---- ledger rows not on the statement
  const ledgerOnly = [];
  {
    const s = supp();
    const b = cal.shift(last, -r.int(2, 4));
    const a = amount(...big);
    ledgerOnly.push({ id: book(b, -a, p.chequeOutRow(s, p.chequeOutNo(r, s), b)), why: p.unpresentedWhy });
    const s2 = supp();
    const a2 = amount(...big);
    ledgerOnly.push({
      id: book(last, -a2, p.paymentRow(s2, p.bill(s2, r), last)),
      why: 'payment authorised on the last working day, leaves the bank next month',
    });
    const c = cust();
    const a3 = amount(...big);
    ledgerOnly.push({
      id: book(last, a3, p.chequeInRow(c, r.digits(6), last)),
      why: 'deposit in transit (cheque banked after the cut-off)',
    });
  }

  // ---- the bank's own charges, levies and taxes: per line (the set decides which lines draw a charge) and month end
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const withCharges = [];
  for (const l of lines) {
    withCharges.push(l);
    for (const c of p.chargesAfter(l)) withCharges.push({ date: l.date, ...c, ...bankOnly(c) });
  }
  for (const c of p.monthEnd(lines, last)) withCharges.push({ date: last, ...c, ...bankOnly(c) });
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { lines: withCharges, rows, ledgerOnly };
}

const bankOnly = (c) => ({
  expect: 'bank-only',
  decision: 'bank-only',
  ledger: [],
  evidence: null,
  group: null,
  traits: c.traits ?? [],
});
const part = (minor, n, d) => Math.floor((minor * n * 2 + d) / (d * 2));
