// The month every holdout26 set lives through. The set module (`S`) names the business, its customers and
// suppliers, how its bank writes each channel and how its books write each row; this file decides the events, the
// days, the amounts and — from bookkeeping alone — what a careful bookkeeper would decide for every bank line.

/**
 * Builds the month. Returns bank lines (oldest first, in posting order), ledger rows (booking order) and truth
 * entries that point at those objects; the maker turns them into files and row numbers.
 */
export function buildMonth(S, rng) {
  const cal = S.cal;
  const lines = [];
  const rows = [];
  const truth = [];
  const ledgerOnly = [];
  let seq = 0;
  const usedAmounts = new Set();

  // every amount the books or the bank carry is distinct unless an event shares it on purpose
  const fresh = (lo, hi, { round = false } = {}) => {
    for (;;) {
      const major = rng.int(lo, hi);
      const minor = round ? major * 100 : major * 100 + rng.int(0, 99);
      if (!usedAmounts.has(minor)) {
        usedAmounts.add(minor);
        return minor;
      }
    }
  };
  const claim = (minor) => {
    usedAmounts.add(Math.abs(minor));
    return minor;
  };
  const line = (date, amount, b, extra = {}) => {
    const l = { date, amount, seq: seq++, ...b, ...extra };
    // a reference the bank mints when the money moves (a NIP session id carries the day)
    if (b.refFn) {
      l.ref = b.refFn(date);
      b.ref = l.ref;
    }
    if (b.sameRefAs) l.ref = b.sameRefAs.ref;
    delete l.refFn;
    delete l.sameRefAs;
    lines.push(l);
    return l;
  };
  const row = (date, amount, r) => {
    const o = { date, amount, seq: seq++, ...r };
    rows.push(o);
    return o;
  };
  const expect = (l, e) => {
    const t = {
      line: l,
      expect: 'match',
      decision: 'auto',
      rows: [],
      anyOf: null,
      group: null,
      evidence: 'reference',
      ambiguous: false,
      kind: null,
      partner: null,
      traits: [],
      difference: null,
      mustNotAuto: null,
      ...e,
    };
    truth.push(t);
    return t;
  };
  const bankOnly = (l, kind, traits) =>
    expect(l, { expect: 'bank-only', decision: 'bank-only', rows: null, evidence: 'amount', kind, traits });
  // the bank's charge after an outgoing transfer, if its bank charges one per transfer
  const afterTransfer = (date, amount, channel) => {
    for (const c of S.transferCharges(amount, channel)) {
      const l = line(date, -c.amount, { text: c.text, ref: c.ref ?? '', type: c.type });
      bankOnly(l, c.kind, c.traits);
    }
  };

  const W = cal.working;
  const day = (lo, hi) => W[rng.int(Math.max(0, lo), Math.min(W.length - 1, hi))];
  const spread = (i, n) => {
    // the i-th of n events spread over the month, a little jittered
    const base = Math.floor(((i + 0.5) * (W.length - 2)) / n);
    return day(base, base + 1);
  };
  const booked = (d, lo, hi) => {
    // a receipt booked from the remittance advice lo..hi working days before the money (never before the month)
    const back = rng.int(lo, hi);
    let t = d;
    for (let k = 0; k < back; k++) {
      const p = cal.prevWorking(t);
      if (p < cal.from) break;
      t = p;
    }
    return t;
  };
  const bookedCalendar = (d) => {
    // a name-only receipt booked 0-2 calendar days before, on a working day
    const opts = [0, 1, 2].map((k) => S.addDays(d, -k)).filter((t) => cal.isWorking(t) && t >= cal.from);
    return rng.pick(opts);
  };
  const late = (d) => {
    const n = rng.int(2, 3);
    let t = d;
    for (let k = 0; k < n; k++) {
      const q = cal.nextWorking(t);
      if (q > cal.to) break;
      t = q;
    }
    return t;
  };

  const customers = rng.shuffle(S.customers);
  let ci = 0;
  const nextCustomer = () => customers[ci++];
  const suppliers = rng.shuffle(S.suppliers);
  let si = 0;
  const nextSupplier = () => suppliers[si++];
  const invoiceAmount = () => {
    for (;;) {
      const a = S.invoiceAmount(rng);
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  let invSerial = S.firstInvoice + rng.int(0, 40);
  const nextInvoice = () => {
    invSerial += rng.int(1, 9);
    return invSerial;
  };
  const writings = rng.shuffle(S.writings);
  let wi = 0;
  const nextWriting = () => writings[wi++ % writings.length];

  // ------------------------------------------------------------------ receipts quoting the invoice
  const quoted = 8;
  for (let i = 0; i < quoted; i++) {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const d = spread(i, quoted);
    const w = nextWriting();
    const thirdParty = i === 6;
    const payer = thirdParty ? S.parentOf(c) : c;
    const isLate = i === 1 || i === 4;
    const b = S.bank.rx(payer, w.fn(n), rng);
    const l = line(d, amt, b);
    const r = row(isLate ? late(d) : booked(d, 0, 2), amt, S.book.receipt(c, n, rng));
    const traits = [w.trait];
    if (isLate) traits.push('late-posting');
    if (thirdParty) traits.push('paid-by-third-party');
    expect(l, { rows: [r], traits });
  }

  // ------------------------------------------------------------------ one amount, two payers
  {
    const a = nextCustomer();
    const bcu = nextCustomer();
    const amt = invoiceAmount();
    const d1 = day(3, 8);
    const d2 = day(10, 16);
    const n = nextInvoice();
    const w = nextWriting();
    const l1 = line(d1, amt, S.bank.rx(a, w.fn(n), rng));
    const r1 = row(booked(d1, 0, 1), amt, S.book.receipt(a, n, rng));
    expect(l1, { rows: [r1], traits: [w.trait, 'amount-shared-across-payers'] });
    const n2 = nextInvoice();
    const l2 = line(d2, amt, S.bank.rx(bcu, null, rng));
    const r2 = row(bookedCalendar(d2), amt, S.book.receipt(bcu, n2, rng, { byName: true }));
    expect(l2, { rows: [r2], evidence: 'counterparty', traits: ['name-only', 'amount-shared-across-payers'] });
  }

  // ------------------------------------------------------------------ named only
  for (let i = 0; i < 2; i++) {
    const c = nextCustomer();
    const amt = invoiceAmount();
    const d = day(4 + i * 8, 9 + i * 8);
    const l = line(d, amt, S.bank.rx(c, null, rng));
    const r = row(bookedCalendar(d), amt, S.book.receipt(c, nextInvoice(), rng, { byName: true }));
    expect(l, { rows: [r], evidence: 'counterparty', traits: ['name-only'] });
  }

  // ------------------------------------------------------------------ the owner pays a customer's invoice from a personal account
  {
    const c = nextCustomer();
    const amt = invoiceAmount();
    const d = day(6, 12);
    const l = line(d, amt, S.bank.rx(S.ownerOf(c), null, rng));
    const r = row(booked(d, 0, 1), amt, S.book.receipt(c, nextInvoice(), rng, { byName: true }));
    expect(l, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: [r],
      evidence: 'amount',
      traits: ['payer-written-differently'],
    });
  }

  // ------------------------------------------------------------------ anonymous cash deposit of a booked amount
  {
    const c = nextCustomer();
    const amt = claim(fresh(S.cashRange[0], S.cashRange[1], { round: true }));
    const d = day(8, 14);
    const l = line(d, amt, S.bank.cash(rng));
    const r = row(d, amt, S.book.receipt(c, nextInvoice(), rng, { cash: true }));
    expect(l, {
      decision: 'suggest',
      mustNotAuto: true,
      rows: [r],
      evidence: 'amount',
      traits: ['anonymous-cash-deposit', 'amount-only'],
    });
  }

  // ------------------------------------------------------------------ one transfer for two invoices
  {
    const c = nextCustomer();
    const n1 = nextInvoice();
    const n2 = nextInvoice();
    const a1 = invoiceAmount();
    const a2 = invoiceAmount();
    const d = day(9, 15);
    const l = line(d, claim(a1 + a2), S.bank.rx(c, S.twoInvoices(n1, n2), rng));
    const r1 = row(booked(d, 0, 1), a1, S.book.receipt(c, n1, rng));
    const r2 = row(r1.date, a2, S.book.receipt(c, n2, rng));
    expect(l, { rows: [r1, r2], traits: ['split-one-to-many'] });
  }

  // ------------------------------------------------------------------ two instalments of one invoice, booked once in full
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const first = claim(Math.round(amt / 200) * 100);
    const d1 = day(2, 7);
    const d2 = day(15, 19);
    const w = nextWriting();
    const g = 'g001';
    const l1 = line(d1, first, S.bank.rx(c, S.instalment(w.fn(n), 1), rng));
    const l2 = line(d2, claim(amt - first), S.bank.rx(c, S.instalment(w.fn(n), 2), rng));
    const r = row(booked(d1, 0, 1), amt, S.book.receipt(c, n, rng, { instalments: true }));
    expect(l1, { rows: [r], group: g, traits: [w.trait, 'instalment', 'split-many-to-one'] });
    expect(l2, { rows: [r], group: g, traits: [w.trait, 'instalment', 'split-many-to-one'] });
  }

  // ------------------------------------------------------------------ invoice less a credit note (net booked)
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const gross = invoiceAmount();
    const cn = S.creditNote(rng.int(11, 89));
    const net = claim(gross - part(gross, rng.int(4, 12), 100));
    usedAmounts.delete(gross);
    const d = day(10, 17);
    const l = line(d, net, S.bank.rx(c, S.lessCreditNote(n, cn), rng));
    const r = row(booked(d, 0, 2), net, S.book.receipt(c, n, rng, { creditNote: cn }));
    expect(l, { rows: [r], traits: ['invoice-less-credit-note'] });
  }

  // ------------------------------------------------------------------ over-payment rounded up
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const paid = claim(Math.ceil((amt + 1) / S.roundTo) * S.roundTo);
    const d = day(11, 18);
    const w = nextWriting();
    const l = line(d, paid, S.bank.rx(c, w.fn(n), rng));
    const r = row(booked(d, 0, 2), amt, S.book.receipt(c, n, rng));
    expect(l, { rows: [r], traits: [w.trait, 'over-payment'], difference: paid - amt });
  }

  // ------------------------------------------------------------------ short by the payer's own bank charge
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const paid = claim(amt - S.payerCharge);
    const d = day(12, 19);
    const w = nextWriting();
    const l = line(d, paid, S.bank.rx(c, w.fn(n), rng));
    const r = row(booked(d, 0, 2), amt, S.book.receipt(c, n, rng));
    expect(l, { rows: [r], traits: [w.trait, 'payer-deducted-charge'], difference: -S.payerCharge });
  }

  // ------------------------------------------------------------------ withholding (or settlement discount) short
  for (const sh of S.shorts) {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const cut = sh.cut(amt);
    const paid = claim(amt - cut);
    const d = day(5, 20);
    const w = nextWriting();
    const l = line(d, paid, S.bank.rx(c, sh.text ? sh.text(w.fn(n)) : w.fn(n), rng));
    const r = row(booked(d, 0, 2), amt, S.book.receipt(c, n, rng));
    expect(l, { rows: [r], traits: [w.trait, sh.trait], difference: -cut });
  }

  // ------------------------------------------------------------------ part payment, booked in full
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const paid = claim(Math.round((amt * rng.int(40, 70)) / 10000) * 100);
    const d = day(13, 19);
    const w = nextWriting();
    const l = line(d, paid, S.bank.rx(c, w.fn(n), rng));
    const r = row(booked(d, 0, 1), amt, S.book.receipt(c, n, rng));
    expect(l, { decision: 'suggest', mustNotAuto: false, rows: [r], traits: [w.trait, 'part-payment'] });
  }

  // ------------------------------------------------------------------ a mistyped invoice number that is no document
  {
    const c = nextCustomer();
    const n = nextInvoice();
    const amt = invoiceAmount();
    const typo = S.typo(n, rng);
    const d = day(14, 20);
    const l = line(d, amt, S.bank.rx(c, typo, rng));
    const r = row(booked(d, 0, 1), amt, S.book.receipt(c, n, rng));
    expect(l, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: [r],
      evidence: 'counterparty',
      traits: ['ref-typo'],
    });
  }

  // ------------------------------------------------------------------ a tie: two equal receipts of one customer booked, one paid by name
  {
    const c = nextCustomer();
    const amt = invoiceAmount();
    const d = day(16, 21);
    const b1 = booked(d, 1, 2);
    const r1 = row(b1, amt, S.book.receipt(c, nextInvoice(), rng, { advice: true }));
    const r2 = row(b1, amt, S.book.receipt(c, nextInvoice(), rng, { advice: true }));
    const l = line(d, amt, S.bank.rx(c, null, rng));
    expect(l, {
      decision: 'suggest',
      mustNotAuto: true,
      rows: null,
      anyOf: [[r1], [r2]],
      ambiguous: true,
      evidence: 'counterparty',
      traits: ['tie', 'name-only'],
    });
  }

  // ------------------------------------------------------------------ settlements: payout id (gross booked), gross + fee rows, no id
  {
    const [sa, sb, sc] = S.settlements;
    const g1 = claim(fresh(S.settleRange[0], S.settleRange[1]));
    const f1 = sa.fee(g1);
    const d1 = day(4, 9);
    const id1 = sa.id(rng);
    const l1 = line(d1, claim(g1 - f1), S.bank.settle(sa, id1, rng));
    const r1 = row(S.addDays(d1, 0), g1, S.book.settlement(sa, id1, { gross: true }));
    expect(l1, { rows: [r1], traits: ['settlement-payout-id', 'short-net-of-fee'], difference: -f1 });

    const g2 = claim(fresh(S.settleRange[0], S.settleRange[1]));
    const f2 = claim(sb.fee(g2));
    const d2 = day(12, 17);
    const id2 = sb.id(rng);
    const l2 = line(d2, claim(g2 - f2), S.bank.settle(sb, id2, rng));
    const r2a = row(cal.prevWorking(d2), g2, S.book.settlement(sb, id2, { gross: true }));
    const r2b = row(r2a.date, -f2, S.book.settlement(sb, id2, { fee: true }));
    expect(l2, { rows: [r2a, r2b], traits: ['settlement-payout-id', 'net-of-fee'] });

    const net3 = claim(fresh(S.settleRange[0], S.settleRange[1]));
    const d3 = day(18, 22);
    const l3 = line(d3, net3, S.bank.settle(sc, null, rng));
    const r3 = row(cal.prevWorking(d3), net3, S.book.settlement(sc, null, { net: true, sales: cal.prevWorking(d3) }));
    expect(l3, {
      decision: 'suggest',
      mustNotAuto: false,
      rows: [r3],
      evidence: 'amount',
      traits: ['settlement-without-id'],
    });
  }

  // ------------------------------------------------------------------ a supplier's refund under its credit note
  {
    const s = nextSupplier();
    const cn = S.supplierCreditNote(rng);
    const amt = claim(fresh(S.smallRange[0], S.smallRange[1]));
    const d = day(7, 14);
    const l = line(d, amt, S.bank.rx(s, S.refundText(cn), rng));
    const r = row(d, amt, S.book.supplierRefund(s, cn));
    expect(l, { rows: [r], traits: ['supplier-refund'] });
  }

  // ------------------------------------------------------------------ a customer's cheque deposited
  {
    const c = nextCustomer();
    const chq = String(rng.int(100000, 999999));
    const amt = invoiceAmount();
    const d = day(5, 11);
    const l = line(d, amt, S.bank.chequeDeposit(c, chq, rng));
    const r = row(booked(d, 0, 1), amt, S.book.chequeReceipt(c, chq, nextInvoice()));
    expect(l, { rows: [r], traits: ['cheque-deposit', 'cheque-number'] });
  }

  // ------------------------------------------------------------------ unknown receipts
  for (let i = 0; i < 2; i++) {
    const amt = claim(fresh(S.smallRange[0], S.smallRange[1] * 2));
    const d = day(6 + i * 9, 12 + i * 9);
    const l = line(d, amt, S.bank.rx(S.strangers[i], S.strangerText[i], rng));
    expect(l, {
      expect: 'no-counterpart',
      decision: 'none',
      rows: null,
      evidence: 'amount',
      traits: ['unknown-receipt'],
    });
  }

  // ------------------------------------------------------------------ supplier payments: three quoting the bill, two by name
  for (let i = 0; i < 5; i++) {
    const s = nextSupplier();
    const bill = S.bill(s, rng);
    const amt = -claim(fresh(S.supplierRange[0], S.supplierRange[1]));
    const d = spread(i, 5);
    const byName = i >= 3;
    const ch = S.payChannel(i);
    const l = line(d, amt, S.bank.tx(s, byName ? null : S.billText(bill), ch, rng));
    afterTransfer(d, amt, ch);
    const r = row(byName ? bookedCalendar(d) : d, amt, S.book.payment(s, bill, rng, { byName }));
    expect(l, {
      rows: [r],
      evidence: byName ? 'counterparty' : 'reference',
      traits: byName ? ['supplier-payment', 'name-only'] : ['supplier-payment', 'ref-canonical'],
    });
  }

  // ------------------------------------------------------------------ two presented cheques (debit orders where cheques are gone)
  for (let i = 0; i < 2; i++) {
    const s = nextSupplier();
    const amt = -claim(fresh(S.supplierRange[0], S.supplierRange[1] / 2));
    const d = day(8 + i * 7, 12 + i * 7);
    const chq = S.chequeNo(rng, i);
    const l = line(d, amt, S.bank.chequePaid(s, chq, rng));
    const r = row(cal.prevWorking(d, rng.int(3, 6)), amt, S.book.cheque(s, chq, rng));
    expect(l, { rows: [r], traits: S.chequeTraits });
  }

  // ------------------------------------------------------------------ payroll
  {
    const amt = -claim(fresh(S.payrollRange[0], S.payrollRange[1]));
    const d = W[W.length - 3];
    const batch = S.payrollBatch(rng);
    const l = line(d, amt, S.bank.payroll(batch, rng));
    afterTransfer(d, amt, 'bulk');
    const r = row(cal.prevWorking(d), amt, S.book.payroll(batch));
    expect(l, { rows: [r], traits: ['payroll'] });
  }

  // ------------------------------------------------------------------ statutory payments
  S.statutory.forEach((st, i) => {
    const amt = -claim(fresh(st.range[0], st.range[1]));
    const d = day(st.dayLo, st.dayHi);
    const ref = st.ref(rng);
    const l = line(d, amt, S.bank.statutory(st, ref, rng));
    if (st.channel) afterTransfer(d, amt, st.channel);
    const r = row(d, amt, S.book.statutory(st, ref));
    expect(l, { rows: [r], traits: ['statutory-payment'] });
    return i;
  });

  // ------------------------------------------------------------------ own-account transfer
  {
    const amt = -claim(fresh(S.ownRange[0], S.ownRange[1], { round: true }));
    const d = day(9, 16);
    const l = line(d, amt, S.bank.own(rng));
    afterTransfer(d, amt, S.ownChannel);
    const r = row(d, amt, S.book.own());
    expect(l, { rows: [r], evidence: S.ownEvidence, traits: ['interbank-transfer', 'own-account'] });
  }

  // ------------------------------------------------------------------ twins with their own references: a monthly contract, two sites
  {
    const s = nextSupplier();
    const amt = -claim(fresh(S.contractRange[0], S.contractRange[1], { round: true }));
    const d = day(2, 6);
    const [b1, b2] = S.contractBills(s, rng);
    const ch = S.payChannel(5);
    const l1 = line(d, amt, S.bank.tx(s, S.billText(b1), ch, rng));
    afterTransfer(d, amt, ch);
    const l2 = line(d, amt, S.bank.tx(s, S.billText(b2), ch, rng));
    afterTransfer(d, amt, ch);
    const r1 = row(d, amt, S.book.payment(s, b1, rng, {}));
    const r2 = row(d, amt, S.book.payment(s, b2, rng, {}));
    expect(l1, { rows: [r1], traits: ['twins', 'own-reference', 'supplier-payment'] });
    expect(l2, { rows: [r2], traits: ['twins', 'own-reference', 'supplier-payment'] });
  }

  // ------------------------------------------------------------------ twins quoting one order: two equal transfers to one supplier on one day
  {
    const s = nextSupplier();
    const amt = -claim(fresh(S.supplierRange[0] / 2, S.supplierRange[1] / 3));
    const d = day(17, 22);
    const order = S.order(rng);
    const ch = S.payChannel(1);
    const ls = [];
    for (let k = 0; k < 2; k++) {
      ls.push(line(d, amt, S.bank.tx(s, S.orderText(order), ch, rng)));
      afterTransfer(d, amt, ch);
    }
    const r1 = row(d, amt, S.book.payment(s, order, rng, { order: 1 }));
    const r2 = row(d, amt, S.book.payment(s, order, rng, { order: 2 }));
    for (const l of ls)
      expect(l, {
        rows: null,
        anyOf: [[r1], [r2]],
        ambiguous: true,
        traits: ['twins', 'same-order', 'supplier-payment'],
      });
  }

  // ------------------------------------------------------------------ a customer's credit note refunded
  {
    const c = nextCustomer();
    const cn = S.creditNote(rng.int(90, 99));
    const amt = -claim(fresh(S.smallRange[0], S.smallRange[1]));
    const d = day(11, 19);
    const ch = S.payChannel(6);
    const l = line(d, amt, S.bank.tx(c, S.refundText(cn), ch, rng));
    afterTransfer(d, amt, ch);
    const r = row(d, amt, S.book.customerRefund(c, cn));
    expect(l, { rows: [r], traits: ['customer-refund'] });
  }

  // ------------------------------------------------------------------ a failed transfer, its reversal and the payment sent again
  {
    const s = nextSupplier();
    const bill = S.bill(s, rng);
    const amt = -claim(fresh(S.supplierRange[0] / 2, S.supplierRange[1] / 2));
    const d = day(13, 18);
    const ch = S.payChannel(7);
    const t = S.bank.tx(s, S.billText(bill), ch, rng);
    const lf = line(d, amt, t);
    const lr = line(d, -amt, S.bank.reversal(t, rng));
    const d2 = cal.nextWorking(d);
    const ls = line(d2, amt, S.bank.tx(s, S.billText(bill), ch, rng));
    afterTransfer(d2, amt, ch);
    const r = row(d, amt, S.book.payment(s, bill, rng, {}));
    expect(lf, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      rows: null,
      evidence: 'reference',
      partner: lr,
      traits: ['failed-transfer'],
    });
    expect(lr, {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      rows: null,
      evidence: 'reference',
      partner: lf,
      traits: ['reversal'],
    });
    expect(ls, { rows: [r], traits: ['supplier-payment', 'sent-again'] });
  }

  // ------------------------------------------------------------------ an unrecorded card purchase or debit order
  {
    const amt = -claim(fresh(S.smallRange[0] / 4, S.smallRange[1] / 4));
    const d = day(10, 20);
    const l = line(d, amt, S.bank.card(rng));
    expect(l, {
      expect: 'no-counterpart',
      decision: 'none',
      rows: null,
      evidence: 'amount',
      traits: ['unrecorded-payment'],
    });
  }

  // ------------------------------------------------------------------ the bank's own lines of the month
  for (const c of S.monthCharges(lines, W)) {
    const l = line(c.date, c.amount, { text: c.text, ref: c.ref ?? '', type: c.type });
    bankOnly(l, c.kind, c.traits);
  }

  // ------------------------------------------------------------------ book rows not on the statement
  {
    const last = W[W.length - 1];
    const s = nextSupplier();
    const chq = S.chequeNo(rng, 2);
    const a1 = -claim(fresh(S.supplierRange[0], S.supplierRange[1] / 2));
    ledgerOnly.push({ row: row(cal.prevWorking(last, 2), a1, S.book.cheque(s, chq, rng)), why: S.unpresentedWhy });
    const s2 = nextSupplier();
    const b2 = S.bill(s2, rng);
    const a2 = -claim(fresh(S.supplierRange[0], S.supplierRange[1] / 2));
    ledgerOnly.push({
      row: row(last, a2, S.book.payment(s2, b2, rng, {})),
      why: 'payment authorised on the last working day, leaves the bank next month',
    });
    const c = nextCustomer();
    const a3 = claim(fresh(S.cashRange[0], S.cashRange[1], { round: true }));
    ledgerOnly.push({
      row: row(last, a3, S.book.receipt(c, nextInvoice(), rng, { cash: true })),
      why: 'deposit in transit (banked after the statement closed)',
    });
  }

  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  return { lines, rows, truth, ledgerOnly };
}

/** a share of an amount, rounded half up (integers). */
export function part(minor, num, den) {
  return Math.floor((minor * num * 2 + den) / (den * 2));
}
