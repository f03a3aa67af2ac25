// The month every holdout25 set lives through: which events happen on which days, for how much, what the bank
// shows, what the bookkeeper posted, and the right reconciliation of each statement line. Nothing here knows a file
// layout or a bank's wording: a country module (set-*.mjs) supplies the names, numbering, channels and charges, and
// renders the items into its files.
import { addDays, isWorking, part, shiftWorking, workingDays } from './lib.mjs';

/**
 * Items returned:
 *   bank:  { key, date, seq, amt, kind, chan, who, refs, x, truth }
 *   books: { key, date, amt, kind, who, docs, x, account, ledgerOnly }
 * `refs` are the document writings the bank text quotes (already written in their style); `docs` the identifiers
 * the ledger row carries. `truth` = { expect, decision, ledger, anyOf, group, evidence, kind, partner, traits,
 * mustNotAuto }, with ledger/anyOf/partner as item keys (the make script turns them into file rows).
 */
export function buildMonth(P, rng) {
  const { from, to } = P.period;
  const W = workingDays(from, to, P.holidays);
  const last = W.length - 1;
  const bank = [];
  const books = [];
  const taken = new Set();
  let bk = 0;
  let lk = 0;

  const day = (lo, hi) => W[rng.int(Math.max(0, lo), Math.min(last, hi))];
  const idx = (d) => W.indexOf(d);
  /** A fresh amount (minor units) not used by anything else this month. */
  const fresh = (lo, hi, step = 1) => {
    for (;;) {
      const a = rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
      if (!taken.has(a)) {
        taken.add(a);
        return a;
      }
    }
  };
  const grossOf = (net) => part(net, P.tax.num, P.tax.den);
  const seqs = new Set();
  const seq = () => {
    for (;;) {
      const s = Math.round(rng.next() * 1e6) / 1e6;
      if (!seqs.has(s)) {
        seqs.add(s);
        return s;
      }
    }
  };

  const addBank = (item) => {
    const b = { key: `b${++bk}`, seq: seq(), refs: [], x: {}, who: null, chan: null, ...item };
    bank.push(b);
    return b;
  };
  const addBook = (item) => {
    const l = { key: `l${++lk}`, docs: [], x: {}, who: null, account: 'main', ledgerOnly: null, ...item };
    books.push(l);
    return l;
  };
  const truth = (t) => ({
    expect: 'match',
    decision: 'auto',
    ledger: [],
    anyOf: null,
    group: null,
    evidence: 'reference',
    kind: null,
    partner: null,
    traits: [],
    mustNotAuto: null,
    ...t,
  });

  // ---------------------------------------------------------------- people and documents
  const customers = rng.shuffle(P.customers.filter((c) => !c.role));
  const exactCustomers = customers.filter((c) => c.exact);
  const otherCustomers = customers.filter((c) => !c.exact);
  const special = (role) => P.customers.find((c) => c.role === role);
  let ci = 0;
  let ei = 0;
  const customer = () => otherCustomers[ci++ % otherCustomers.length];
  const exactCustomer = () => exactCustomers[ei++ % exactCustomers.length];
  const suppliers = rng.shuffle(P.suppliers.filter((s) => !s.role));
  let si = 0;
  const supplier = () => suppliers[si++ % suppliers.length];
  const exactSuppliers = suppliers.filter((s) => s.exact);
  let sei = 0;
  const exactSupplier = () => exactSuppliers[sei++ % exactSuppliers.length];

  let serial = P.invoiceSerialStart + rng.int(0, 40);
  const serials = [];
  const invoice = (gross) => {
    serial += rng.int(1, 4);
    serials.push(serial);
    const g = gross ?? grossOf(fresh(P.scale.invoice[0], P.scale.invoice[1], P.scale.step ?? 1));
    taken.add(g);
    return { id: P.invoiceId(serial), serial, gross: g };
  };
  let cnSerial = P.creditNoteSerialStart + rng.int(0, 30);
  const creditNote = () => P.creditNoteId((cnSerial += rng.int(1, 3)));
  let billSerial = rng.int(100, 900);
  const bill = (s) => P.billId(s, (billSerial += rng.int(3, 40)), rng);

  const writings = rng.shuffle(P.writings);
  let wi = 0;
  const writing = () => writings[wi++ % writings.length];

  /** Receipt booking date: 0–2 working days before the money, never before the month (the books opened reconciled). */
  const bookedBefore = (d, max = 2) => {
    const k = rng.int(0, max);
    const b = shiftWorking(d, -k, P.holidays);
    return b < from ? d : b;
  };
  /** Name-only receipts: booked the same day or 1–2 calendar days before, on a working day. */
  const bookedCalendar = (d) => {
    const options = [0, 1, 2].map((k) => addDays(d, -k)).filter((x) => x >= from && isWorking(x, P.holidays));
    return rng.pick(options);
  };

  // ---------------------------------------------------------------- receipts
  const lateAt = new Set(rng.shuffle([...Array(P.counts.invoiceRef).keys()]).slice(0, 2));
  const thirdAt = rng.int(0, P.counts.invoiceRef - 1);
  for (let i = 0; i < P.counts.invoiceRef; i++) {
    const third = i === thirdAt && !lateAt.has(i);
    const c = third ? special('third-party') : customer();
    const inv = invoice();
    const w = writing();
    const late = lateAt.has(i);
    const d = late ? day(1, last - 4) : day(0, last - 1);
    const b = addBank({
      date: d,
      amt: inv.gross,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
    });
    if (third) b.payer = c.payer;
    const l = addBook({
      date: late ? shiftWorking(d, rng.int(2, 3), P.holidays) : bookedBefore(d),
      amt: inv.gross,
      kind: 'receipt',
      who: c,
      docs: [inv.id],
    });
    b.truth = truth({
      ledger: [l.key],
      traits: [w.trait, ...(late ? ['late-posting'] : []), ...(third ? ['paid-by-third-party'] : [])],
    });
  }

  for (let i = 0; i < 2; i++) {
    const c = exactCustomer();
    const inv = invoice();
    const d = day(1, last - 1);
    const b = addBank({ date: d, amt: inv.gross, kind: 'receipt', chan: P.creditChannel(rng), who: c });
    const l = addBook({ date: bookedCalendar(d), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({ ledger: [l.key], evidence: 'counterparty', traits: ['name-only'] });
  }

  {
    // one amount paid by two customers: the one quoting its invoice, the other named only
    const a = customer();
    const c = exactCustomer();
    const invA = invoice();
    const invB = invoice(invA.gross);
    const w = writing();
    const dA = day(0, last - 2);
    let dB = day(1, last - 1);
    if (dB === dA) dB = W[idx(dA) + 1];
    const bA = addBank({
      date: dA,
      amt: invA.gross,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: a,
      refs: [w.write(invA)],
    });
    const lA = addBook({ date: bookedBefore(dA), amt: invA.gross, kind: 'receipt', who: a, docs: [invA.id] });
    const bB = addBank({ date: dB, amt: invB.gross, kind: 'receipt', chan: P.creditChannel(rng), who: c });
    const lB = addBook({ date: bookedCalendar(dB), amt: invB.gross, kind: 'receipt', who: c, docs: [invB.id] });
    bA.truth = truth({ ledger: [lA.key], traits: [w.trait, 'amount-shared-across-payers'] });
    bB.truth = truth({
      ledger: [lB.key],
      evidence: 'counterparty',
      traits: ['name-only', 'amount-shared-across-payers'],
    });
  }

  {
    // paid from an account the books do not know (the owner's own, a relative's): a person has to say
    const c = special('different-payer');
    const inv = invoice();
    const d = day(1, last - 1);
    const b = addBank({
      date: d,
      amt: inv.gross,
      kind: 'receipt',
      chan: P.differentPayerChannel,
      who: c,
      payer: c.payer,
    });
    const l = addBook({ date: bookedBefore(d, 1), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({
      ledger: [l.key],
      decision: 'suggest',
      mustNotAuto: false,
      evidence: 'amount',
      traits: ['payer-written-differently'],
    });
  }

  {
    // money with no payer on it, of an amount the books hold as received: only a guess
    const c = customer();
    const inv = invoice();
    const d = day(1, last - 1);
    const b = addBank({ date: d, amt: inv.gross, kind: 'receipt', chan: 'anonymous', who: null });
    const l = addBook({ date: bookedBefore(d, 1), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({
      ledger: [l.key],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'amount',
      traits: ['anonymous-receipt'],
    });
  }

  {
    // one transfer for several invoices, each booked as its own receipt
    const c = customer();
    const invs = Array.from({ length: P.counts.invoicesInOneTransfer }, () => invoice());
    const w = writing();
    const d = day(0, last - 1);
    const total = invs.reduce((s, v) => s + v.gross, 0);
    taken.add(total);
    const bd = bookedBefore(d);
    const ls = invs.map((inv) => addBook({ date: bd, amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] }));
    const b = addBank({
      date: d,
      amt: total,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: invs.map((inv) => w.write(inv)),
    });
    b.truth = truth({ ledger: ls.map((l) => l.key), traits: [w.trait, 'split-one-to-many'] });
  }

  {
    // two instalments of one invoice; the receipt was booked once, in full, when the second arrived
    const c = customer();
    const inv = invoice();
    const first = part(inv.gross, rng.int(35, 60), 100);
    const second = inv.gross - first;
    taken.add(first);
    taken.add(second);
    const i1 = rng.int(0, last - 9);
    const d1 = W[i1];
    const d2 = W[i1 + rng.int(5, 8)];
    const w1 = writing();
    const w2 = rng.chance(0.5) ? w1 : writing();
    const l = addBook({ date: d2, amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id], x: { instalments: true } });
    const group = 'g01';
    for (const [d, amt, w] of [
      [d1, first, w1],
      [d2, second, w2],
    ]) {
      const b = addBank({
        date: d,
        amt,
        kind: 'receipt',
        chan: P.creditChannel(rng),
        who: c,
        refs: [w.write(inv)],
        x: { instalment: true },
      });
      b.truth = truth({ ledger: [l.key], group, traits: [w.trait, 'instalment', 'split-many-to-one'] });
    }
  }

  {
    // an invoice less a credit note: the books hold the net receipt
    const c = customer();
    const inv = invoice();
    const cn = creditNote();
    const net = inv.gross - part(inv.gross, rng.int(5, 15), 100);
    taken.add(net);
    const w = writing();
    const d = day(0, last - 1);
    const b = addBank({
      date: d,
      amt: net,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
      x: { cn },
    });
    const l = addBook({ date: bookedBefore(d), amt: net, kind: 'receipt', who: c, docs: [inv.id, cn], x: { cn } });
    b.truth = truth({ ledger: [l.key], traits: [w.trait, 'invoice-less-credit-note'] });
  }

  {
    // rounded up by the payer: more money than the invoice
    const c = customer();
    let inv = invoice();
    while (inv.gross % P.roundUpTo === 0) inv = invoice();
    const paid = Math.ceil(inv.gross / P.roundUpTo) * P.roundUpTo;
    taken.add(paid);
    const w = writing();
    const d = day(0, last - 1);
    const b = addBank({
      date: d,
      amt: paid,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
    });
    const l = addBook({ date: bookedBefore(d), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({ ledger: [l.key], traits: [w.trait, 'over-payment', 'rounded-up'] });
  }

  {
    // short by the charge the payer's own bank took from the transfer
    const c = customer();
    const inv = invoice();
    const paid = inv.gross - P.payerCharge;
    taken.add(paid);
    const w = writing();
    const d = day(0, last - 1);
    const b = addBank({
      date: d,
      amt: paid,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
      x: { lessCharge: true },
    });
    const l = addBook({ date: bookedBefore(d), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({ ledger: [l.key], traits: [w.trait, 'payer-deducted-charge'] });
  }

  for (const wh of P.withholding) {
    // paid net of a tax the customer withholds (or a discount it takes); the books hold the invoice in full
    const c = customer();
    const net = fresh(P.scale.invoice[0], P.scale.invoice[1], P.scale.step ?? 1);
    const gross = grossOf(net);
    taken.add(gross);
    const inv = invoice(gross);
    const withheld = part(wh.base === 'gross' ? gross : net, wh.num, wh.den);
    const paid = gross - withheld;
    taken.add(paid);
    const w = writing();
    const d = day(0, last - 1);
    const b = addBank({
      date: d,
      amt: paid,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
      x: { withheld: wh },
    });
    const l = addBook({ date: bookedBefore(d), amt: gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({ ledger: [l.key], traits: [w.trait, wh.trait] });
  }

  {
    // a part payment the bookkeeper booked as the whole invoice: the books need correcting, a person decides
    const c = customer();
    const inv = invoice();
    const paid = Math.round(part(inv.gross, rng.int(40, 70), 100) / P.roundUpTo) * P.roundUpTo;
    taken.add(paid);
    const w = writing();
    const d = day(0, last - 1);
    const b = addBank({
      date: d,
      amt: paid,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      refs: [w.write(inv)],
    });
    const l = addBook({ date: bookedBefore(d), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({
      ledger: [l.key],
      decision: 'suggest',
      mustNotAuto: false,
      traits: [w.trait, 'part-payment'],
    });
  }

  {
    // a monthly contract: two equal invoices, each paid quoting its own number
    const c = special('contract');
    const inv1 = invoice();
    const inv2 = invoice(inv1.gross);
    const i1 = rng.int(0, last - 8);
    const d1 = W[i1];
    const d2 = W[i1 + rng.int(4, 7)];
    const w = writing();
    for (const [inv, d] of [
      [inv1, d1],
      [inv2, d2],
    ]) {
      const b = addBank({
        date: d,
        amt: inv.gross,
        kind: 'receipt',
        chan: P.creditChannel(rng),
        who: c,
        refs: [w.write(inv)],
      });
      const l = addBook({
        date: bookedBefore(d),
        amt: inv.gross,
        kind: 'receipt',
        who: c,
        docs: [inv.id],
        x: { contract: true },
      });
      b.truth = truth({ ledger: [l.key], traits: [w.trait, 'twins-own-reference'] });
    }
  }

  {
    // two equal receipts of one customer booked from its remittance advices, one payment by name: a tie
    const c = exactCustomer();
    const inv1 = invoice();
    const inv2 = invoice(inv1.gross);
    const i = rng.int(3, last - 2);
    const d = W[i];
    const l1 = addBook({ date: W[i - rng.int(2, 3)], amt: inv1.gross, kind: 'receipt', who: c, docs: [inv1.id] });
    const l2 = addBook({ date: W[i - 1], amt: inv2.gross, kind: 'receipt', who: c, docs: [inv2.id] });
    const b = addBank({ date: d, amt: inv1.gross, kind: 'receipt', chan: P.creditChannel(rng), who: c });
    b.truth = truth({
      decision: 'suggest',
      mustNotAuto: true,
      ledger: null,
      anyOf: [[l1.key], [l2.key]],
      evidence: 'counterparty',
      traits: ['tie'],
    });
  }

  {
    // payment-company settlements: with its payout id and the gross booked; gross and fee booked as two rows with
    // the id; and one without any id at all
    const [withId, twoRows, noId] = P.settlements;
    const settle = (s) => {
      const txns = Array.from({ length: rng.int(6, 18) }, () => rng.int(s.txn[0], s.txn[1]));
      const gross = txns.reduce((a, v) => a + v, 0);
      const fee = txns.reduce((a, v) => a + s.fee(v), 0);
      taken.add(gross);
      taken.add(gross - fee);
      taken.add(fee);
      return { gross, fee, net: gross - fee, id: s.id(rng), count: txns.length };
    };
    {
      const st = settle(withId);
      const d = day(1, last - 1);
      const b = addBank({ date: d, amt: st.net, kind: 'settlement', who: withId, x: st });
      const l = addBook({
        date: bookedBefore(d, 1),
        amt: st.gross,
        kind: 'settlement',
        who: withId,
        docs: [st.id],
        x: st,
      });
      b.truth = truth({ ledger: [l.key], traits: ['settlement-payout-id', 'short-net-of-fee'] });
    }
    {
      const st = settle(twoRows);
      const d = day(1, last - 1);
      const bd = bookedBefore(d, 1);
      const b = addBank({ date: d, amt: st.net, kind: 'settlement', who: twoRows, x: st });
      const lg = addBook({ date: bd, amt: st.gross, kind: 'settlement', who: twoRows, docs: [st.id], x: st });
      const lf = addBook({ date: bd, amt: -st.fee, kind: 'settlement-fee', who: twoRows, docs: [st.id], x: st });
      b.truth = truth({ ledger: [lg.key, lf.key], traits: ['settlement-payout-id', 'gross-and-fee-booked'] });
    }
    {
      const st = { ...settle(noId), id: null };
      const d = day(1, last - 1);
      const sales = W[idx(d) - 1];
      const b = addBank({ date: d, amt: st.net, kind: 'settlement', who: noId, x: { ...st, salesDay: sales } });
      const l = addBook({ date: d, amt: st.net, kind: 'settlement', who: noId, x: { ...st, salesDay: sales } });
      b.truth = truth({
        ledger: [l.key],
        decision: 'suggest',
        mustNotAuto: false,
        evidence: 'amount',
        traits: ['settlement-without-id'],
      });
    }
  }

  for (const u of P.unknownPayers) {
    const amt = fresh(P.scale.small[0], P.scale.small[1], P.scale.step ?? 1);
    const b = addBank({ date: day(0, last), amt, kind: 'receipt', chan: u.chan, who: u, refs: u.memo ? [u.memo] : [] });
    b.truth = truth({
      expect: 'no-counterpart',
      decision: 'none',
      evidence: null,
      traits: ['unknown-receipt'],
    });
  }

  {
    // a supplier refunds an overcharge under its own credit note
    const s = supplier();
    const scn = P.supplierCreditNoteId(rng);
    const amt = fresh(P.scale.small[0], P.scale.small[1], P.scale.step ?? 1);
    const d = day(1, last - 1);
    const b = addBank({ date: d, amt, kind: 'supplier-refund', chan: P.creditChannel(rng), who: s, refs: [scn] });
    const l = addBook({ date: bookedBefore(d, 1), amt, kind: 'supplier-refund', who: s, docs: [scn] });
    b.truth = truth({ ledger: [l.key], traits: ['supplier-refund'] });
  }

  if (P.counts.chequeDeposit) {
    const c = customer();
    const inv = invoice();
    const chq = rng.num(6);
    const d = day(1, last - 2);
    const b = addBank({
      date: d,
      amt: inv.gross,
      kind: 'cheque-deposit',
      chan: 'cheque',
      who: c,
      refs: [chq],
      x: { cheque: chq },
    });
    const l = addBook({
      date: bookedBefore(d, 1),
      amt: inv.gross,
      kind: 'receipt',
      who: c,
      docs: [inv.id, chq],
      x: { cheque: chq },
    });
    b.truth = truth({ ledger: [l.key], traits: ['cheque-deposit'] });
  }

  if (P.counts.returnedCheque) {
    // a customer's cheque is deposited, booked, and returned unpaid; the bookkeeper reverses the receipt
    const c = customer();
    const inv = invoice();
    const chq = rng.num(6);
    const i = rng.int(1, last - 6);
    const d1 = W[i];
    const d2 = W[i + rng.int(2, 3)];
    const b1 = addBank({
      date: d1,
      amt: inv.gross,
      kind: 'cheque-deposit',
      chan: 'cheque',
      who: c,
      refs: [chq],
      x: { cheque: chq },
    });
    const l1 = addBook({ date: d1, amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id, chq], x: { cheque: chq } });
    const b2 = addBank({
      date: d2,
      amt: -inv.gross,
      kind: 'cheque-returned',
      chan: 'cheque',
      who: c,
      refs: [chq],
      x: { cheque: chq },
    });
    const l2 = addBook({
      date: d2,
      amt: -inv.gross,
      kind: 'cheque-dishonoured',
      who: c,
      docs: [inv.id, chq],
      x: { cheque: chq },
    });
    b1.truth = truth({ ledger: [l1.key], traits: ['cheque-deposit'] });
    b2.truth = truth({ ledger: [l2.key], traits: ['cheque-returned-unpaid'] });
  }

  {
    // the payer quoted a mistyped invoice number that is no document at all; its name and amount are right
    const c = exactCustomer();
    const inv = invoice();
    const d = day(1, last - 1);
    const b = addBank({
      date: d,
      amt: inv.gross,
      kind: 'receipt',
      chan: P.creditChannel(rng),
      who: c,
      x: { typoOf: inv },
    });
    const l = addBook({ date: bookedBefore(d, 1), amt: inv.gross, kind: 'receipt', who: c, docs: [inv.id] });
    b.truth = truth({
      ledger: [l.key],
      decision: 'suggest',
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: ['ref-typo'],
    });
  }

  // ---------------------------------------------------------------- payments
  const pay = (lo, hi) => -fresh(lo, hi, P.scale.step ?? 1);
  const paymentDate = (d) => {
    const b = shiftWorking(d, -rng.int(0, 1), P.holidays);
    return b < from ? d : b;
  };

  for (let i = 0; i < P.counts.billRef; i++) {
    const s = supplier();
    const b0 = bill(s);
    const amt = pay(P.scale.bill[0], P.scale.bill[1]);
    const d = day(0, last - 1);
    const b = addBank({ date: d, amt, kind: 'payment', chan: P.debitChannel(rng, amt), who: s, refs: [b0.quote] });
    const l = addBook({ date: paymentDate(d), amt, kind: 'payment', who: s, docs: [b0.id] });
    b.truth = truth({ ledger: [l.key], traits: ['supplier-payment'] });
  }

  for (let i = 0; i < 2; i++) {
    const s = exactSupplier();
    const b0 = bill(s);
    const amt = pay(P.scale.bill[0], P.scale.bill[1]);
    const d = day(0, last - 1);
    const b = addBank({ date: d, amt, kind: 'payment', chan: P.debitChannel(rng, amt), who: s });
    const l = addBook({ date: bookedCalendar(d), amt, kind: 'payment', who: s, docs: [b0.id] });
    b.truth = truth({ ledger: [l.key], evidence: 'counterparty', traits: ['name-only', 'supplier-payment'] });
  }

  const chequeBook = { next: P.firstCheque + rng.int(0, 20) };
  for (const co of P.presented) {
    if (co.kind === 'cheque') {
      const s = supplier();
      const chq = String(chequeBook.next++).padStart(6, '0');
      const amt = pay(P.scale.bill[0], P.scale.bill[1]);
      const i = rng.int(6, last - 1);
      const d = W[i];
      const b = addBank({
        date: d,
        amt,
        kind: 'cheque-presented',
        chan: 'cheque',
        who: s,
        refs: [chq],
        x: { cheque: chq },
      });
      const l = addBook({ date: W[i - rng.int(3, 6)], amt, kind: 'cheque', who: s, docs: [chq], x: { cheque: chq } });
      b.truth = truth({ ledger: [l.key], traits: ['cheque-presented'] });
    } else {
      const amt = pay(co.amt[0], co.amt[1]);
      const d = W[Math.min(last, co.day)];
      const b = addBank({ date: d, amt, kind: 'debit-order', who: co, refs: co.contract ? [co.contract] : [] });
      const l = addBook({ date: d, amt, kind: 'debit-order', who: co, docs: co.contract ? [co.contract] : [] });
      b.truth = truth({
        ledger: [l.key],
        evidence: co.contract ? 'reference' : 'counterparty',
        traits: ['debit-order', ...(co.contract ? [] : ['name-only'])],
      });
    }
  }

  {
    const amt = pay(P.scale.payroll[0], P.scale.payroll[1]);
    const d = W[Math.min(last, P.payday)];
    const batch = P.payrollBatch(rng);
    const b = addBank({
      date: d,
      amt,
      kind: 'payroll',
      refs: [batch],
      x: { batch, heads: rng.int(P.heads[0], P.heads[1]) },
    });
    const l = addBook({ date: shiftWorking(d, -1, P.holidays), amt, kind: 'payroll', docs: [batch], x: b.x });
    b.truth = truth({ ledger: [l.key], traits: ['payroll'] });
  }

  for (const st of P.statutory) {
    const amt = pay(st.amt[0], st.amt[1]);
    const d = W[Math.min(last, st.day + rng.int(-1, 1))];
    const id = st.id(rng);
    const b = addBank({ date: d, amt, kind: 'statutory', who: st, refs: [id], x: { id } });
    const l = addBook({ date: paymentDate(d), amt, kind: 'statutory', who: st, docs: [id], x: { id } });
    b.truth = truth({ ledger: [l.key], traits: ['statutory-payment'] });
  }

  {
    const amt = pay(P.scale.transfer[0], P.scale.transfer[1]);
    const d = day(2, last - 2);
    const b = addBank({ date: d, amt, kind: 'own-transfer', chan: P.debitChannel(rng, amt) });
    const l = addBook({ date: d, amt, kind: 'own-transfer' });
    if (P.otherAccount) addBook({ date: d, amt: -amt, kind: 'own-transfer-in', account: 'other' });
    b.truth = truth({ ledger: [l.key], evidence: 'counterparty', traits: ['own-account-transfer'] });
  }

  {
    // a transfer that bounced (wrong account details), its reversal, and the payment sent again the next day
    const s = supplier();
    const b0 = bill(s);
    const amt = pay(P.scale.bill[0], P.scale.bill[1]);
    const i = rng.int(2, last - 3);
    const chan = P.failedChannel ?? P.debitChannel(rng, amt);
    const failed = addBank({ date: W[i], amt, kind: 'payment', chan, who: s, refs: [b0.quote], x: { failed: true } });
    const rev = addBank({
      date: W[i + rng.int(0, 1)],
      amt: -amt,
      kind: 'reversal',
      chan,
      who: s,
      refs: [b0.quote],
      x: { of: failed },
    });
    rev.seq = Math.max(rev.seq, failed.seq + 0.0001);
    const again = addBank({
      date: W[idx(rev.date) + 1],
      amt,
      kind: 'payment',
      chan,
      who: s,
      refs: [b0.quote],
      x: { resent: true },
    });
    const l = addBook({ date: W[i], amt, kind: 'payment', who: s, docs: [b0.id] });
    failed.truth = truth({
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      evidence: null,
      partner: rev.key,
      traits: ['failed-transfer'],
    });
    rev.truth = truth({
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      evidence: null,
      partner: failed.key,
      traits: ['reversal'],
    });
    again.truth = truth({ ledger: [l.key], traits: ['supplier-payment', 'resent-after-reversal'] });
  }

  {
    // two equal transfers to one supplier on one day quoting one order: either pairing is right
    const s = supplier();
    const po = P.purchaseOrder(rng);
    const amt = pay(P.scale.bill[0], P.scale.bill[1]);
    const d = day(1, last - 1);
    const chan = P.debitChannel(rng, amt);
    const ls = [1, 2].map((n) =>
      addBook({ date: d, amt, kind: 'payment', who: s, docs: [po.id], x: { po, delivery: n } }),
    );
    for (const n of [1, 2]) {
      const b = addBank({ date: d, amt, kind: 'payment', chan, who: s, refs: [po.quote], x: { po, delivery: n } });
      b.truth = truth({ ledger: null, anyOf: ls.map((l) => [l.key]), traits: ['twins'] });
    }
  }

  {
    const u = P.unrecorded;
    const amt = pay(u.amt[0], u.amt[1]);
    const b = addBank({ date: day(0, last), amt, kind: 'unrecorded', who: u });
    b.truth = truth({ expect: 'no-counterpart', decision: 'none', evidence: null, traits: ['unrecorded-payment'] });
  }

  {
    // a customer's credit note refunded by transfer
    const c = customer();
    const cn = creditNote();
    const amt = pay(P.scale.small[0], P.scale.small[1]);
    const d = day(1, last - 1);
    const b = addBank({
      date: d,
      amt,
      kind: 'customer-refund',
      chan: P.debitChannel(rng, amt),
      who: c,
      refs: [P.writeCreditNote(cn, rng)],
    });
    const l = addBook({ date: paymentDate(d), amt, kind: 'customer-refund', who: c, docs: [cn] });
    b.truth = truth({ ledger: [l.key], traits: ['customer-refund'] });
  }

  if (P.loan) {
    const amt = pay(P.loan.amt[0], P.loan.amt[1]);
    const d = W[Math.min(last, P.loan.day)];
    const b = addBank({ date: d, amt, kind: 'loan', who: P.loan, refs: [P.loan.number] });
    const l = addBook({ date: d, amt, kind: 'loan', who: P.loan, docs: [P.loan.number] });
    b.truth = truth({ ledger: [l.key], traits: ['standing-order'] });
  }

  for (const wkr of P.walletWorkers ?? []) {
    const amt = pay(P.scale.wallet[0], P.scale.wallet[1]);
    const d = day(2, last - 1);
    const b = addBank({ date: d, amt, kind: 'wallet', chan: 'wallet', who: wkr });
    const l = addBook({ date: d, amt, kind: 'wallet', who: wkr });
    b.truth = truth({ ledger: [l.key], evidence: 'counterparty', traits: ['wallet-payment', 'name-only'] });
  }

  // ---------------------------------------------------------------- the books only
  {
    const s = supplier();
    if (P.presented.some((p) => p.kind === 'cheque')) {
      const chq = String(chequeBook.next++).padStart(6, '0');
      addBook({
        date: W[last - rng.int(1, 3)],
        amt: pay(P.scale.bill[0], P.scale.bill[1]),
        kind: 'cheque',
        who: s,
        docs: [chq],
        x: { cheque: chq },
        ledgerOnly: 'cheque issued, not yet presented',
      });
    } else {
      const b0 = bill(s);
      addBook({
        date: W[last],
        amt: pay(P.scale.bill[0], P.scale.bill[1]),
        kind: 'payment',
        who: s,
        docs: [b0.id],
        ledgerOnly: 'payment released after the bank cut-off, in next month’s statement',
      });
    }
    const s2 = supplier();
    const b2 = bill(s2);
    addBook({
      date: W[last],
      amt: pay(P.scale.bill[0], P.scale.bill[1]),
      kind: 'payment',
      who: s2,
      docs: [b2.id],
      ledgerOnly: 'payment authorised on the last working day, debited next month',
    });
    const c = customer();
    const inv = invoice();
    addBook({
      date: W[last],
      amt: inv.gross,
      kind: 'receipt',
      who: c,
      docs: [inv.id],
      x: { inTransit: true },
      ledgerOnly: 'deposit in transit: lodged after the cut-off, credited next month',
    });
  }

  // the typo: two neighbouring digits of the serial swapped (else its last digit mistyped), never a real document
  for (const b of bank.filter((x) => x.x.typoOf)) {
    const s = String(b.x.typoOf.serial);
    const tries = [];
    for (let i = s.length - 2; i >= 0; i--) tries.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
    for (const d of [1, 2, 8, 9]) tries.push(s.slice(0, -1) + String((Number(s.at(-1)) + d) % 10));
    const typo = tries.find((t) => t !== s && t[0] !== '0' && !serials.includes(Number(t)));
    if (!typo) throw new Error(`no typo for ${s}`);
    b.refs = [P.invoiceId(Number(typo))];
  }

  // ---------------------------------------------------------------- the bank's own lines
  for (const c of P.charges(bank, { W, rng, taken })) {
    const b = addBank({ seq: c.seq ?? seq(), ...c });
    b.truth = truth({
      expect: 'bank-only',
      decision: 'bank-only',
      evidence: null,
      kind: c.chargeKind,
      traits: c.traits ?? [],
    });
  }

  bank.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  books.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : Number(a.key.slice(1)) - Number(b.key.slice(1))));
  return { bank, books, W };
}
