// holdout37 — the trading events every set has, written through the set's dialect (sets37.mjs).
// Each event books what a careful bookkeeper would have booked and decides each bank line as such a person would.
import { share } from './lib37.mjs';
import { Month } from './month37.mjs';

/** swap two adjacent, different digits of the whole-unit part (a keying slip) */
function transpose(minor, rng) {
  const s = String(minor);
  const intLen = s.length - 2;
  const cands = [];
  for (let i = 0; i + 1 < intLen; i++) if (s[i] !== s[i + 1] && !(i === 0 && s[i + 1] === '0')) cands.push(i);
  const i = rng.pick(cands);
  return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
}

export function buildMonth(D, rng) {
  const m = new Month({ rng, from: D.period.from, to: D.period.to, holidays: D.holidays });
  const customers = rng.shuffle(D.customers);
  const suppliers = rng.shuffle(D.suppliers);
  let ci = 0;
  let si = 0;
  const cust = () => {
    if (ci >= customers.length) throw new Error('out of customers');
    return customers[ci++];
  };
  const supp = () => {
    if (si >= suppliers.length) throw new Error('out of suppliers');
    return suppliers[si++];
  };
  let serial = D.invoice.first + rng.int(0, 30);
  const serialsUsed = [];
  const nextSerial = () => {
    serial += rng.int(1, 6);
    serialsUsed.push(serial);
    return serial;
  };
  let cnSerial = D.creditNote.first + rng.int(0, 20);
  const nextCn = () => (cnSerial += rng.int(1, 3));

  /** an invoice of the customer: net drawn in the set's range, tax added, total not yet used by anyone */
  const invoice = (c, [lo, hi] = D.scale.invoice, { claim = true } = {}) => {
    for (let t = 0; t < 1000; t++) {
      const net =
        rng.int(Math.ceil((lo * 100) / D.scale.netStep), Math.floor((hi * 100) / D.scale.netStep)) * D.scale.netStep;
      const tax = share(net, D.vat.num, D.vat.den);
      const total = net + tax;
      if (!claim || m.claim(total)) return { serial: nextSerial(), net, tax, total, cust: c };
    }
    throw new Error('no invoice amount');
  };
  const W = D.invoice.writings;
  const inLine = (date, amount, who, memo, extra = {}) => m.line(date, amount, { kind: 'in', who, memo, ...extra });
  const receiptRow = (date, amount, who, invoices, extra = {}) =>
    m.row(date, amount, { kind: 'receipt', who, invoices, ...extra });

  /** an outgoing transfer and the bank's charges on it */
  const outLine = (date, amount, who, memo, extra = {}) => {
    const l = m.line(date, amount, { kind: 'out', who, memo, ...extra });
    if (!extra.failed) charges(l);
    return l;
  };
  const charges = (l) => {
    for (const f of D.fees(l, m)) {
      const fl = m.after(l, f.amount, f.spec, f.plus ?? 0);
      m.bankOnly(fl, f.kind, f.traits ?? []);
    }
  };
  const levies = (l) => {
    for (const f of D.receiptFees ? D.receiptFees(l, m) : []) {
      const fl = m.after(l, f.amount, f.spec, f.plus ?? 0);
      m.bankOnly(fl, f.kind, f.traits ?? []);
    }
  };

  // ---- six invoices quoted in the payer's writing (two booked two days late, one quoted in the reference field only)
  const refOnly = rng.int(0, 5);
  const late = new Set(rng.shuffle([0, 1, 2, 3, 4, 5].filter((k) => k !== refOnly)).slice(0, 2));
  for (let k = 0; k < 6; k++) {
    const c = cust();
    const inv = invoice(c);
    const d = m.day(0, -4);
    const token = W[k].w(inv.serial);
    const l = inLine(d, inv.total, c, D.memo.invoice(token, rng), { memoInRef: k === refOnly });
    levies(l);
    const r = receiptRow(late.has(k) ? m.shift(d, 2) : d, inv.total, c, [inv]);
    const traits = [W[k].trait];
    if (late.has(k)) traits.push('late-posting');
    if (k === refOnly) traits.push('reference-in-reference-field');
    m.auto(l, [r], { evidence: 'reference', traits });
  }

  // ---- three payers named as the books name them, no reference (cash at the branch for some)
  for (let k = 0; k < 3; k++) {
    const c = D.nameOnlyCustomers[k];
    const inv = invoice(c);
    const d = m.day(1, -2);
    const cash = k < D.cashNamed;
    const l = cash
      ? m.line(d, inv.total, { kind: 'cash', who: c })
      : inLine(d, inv.total, c, D.memo.generic(rng, 'receipt'));
    if (!cash) levies(l);
    const r = receiptRow(d, inv.total, c, [inv], { cash });
    m.auto(l, [r], { evidence: 'counterparty', traits: cash ? ['name-only', 'cash-deposit'] : ['name-only'] });
  }

  // ---- one transfer for three invoices, all quoted; a receipt row per invoice
  {
    const c = cust();
    const invs = [0, 1, 2].map(() => invoice(c, D.scale.small, { claim: false }));
    const total = invs.reduce((s, i) => s + i.total, 0);
    if (!m.claim(total)) throw new Error('three-invoice total taken');
    for (const i of invs) m.claim(i.total);
    const d = m.day(2, -3);
    const l = inLine(
      d,
      total,
      c,
      D.memo.list(
        invs.map((i) => i.serial),
        rng,
      ),
    );
    levies(l);
    const rows = invs.map((i) => receiptRow(d, i.total, c, [i]));
    m.auto(l, rows, { evidence: 'reference', traits: ['split-one-to-many', 'ref-list'] });
  }

  // ---- one transfer for two invoices without a reference
  {
    const c = cust();
    const invs = [0, 1].map(() => invoice(c, D.scale.small, { claim: false }));
    const total = invs[0].total + invs[1].total;
    if (!m.claim(total)) throw new Error('two-invoice total taken');
    for (const i of invs) m.claim(i.total);
    const d = m.day(2, -2);
    const l = inLine(d, total, c, D.memo.generic(rng, 'receipt'));
    levies(l);
    const rows = invs.map((i) => receiptRow(d, i.total, c, [i]));
    m.suggest(l, rows, { mustNotAuto: false, evidence: 'counterparty', traits: ['split-one-to-many', 'name-only'] });
  }

  // ---- one invoice paid in two instalments quoting it, booked once in full
  {
    const c = cust();
    const inv = invoice(c, D.scale.large);
    const first = Math.round(inv.total / 2 / D.scale.round) * D.scale.round;
    const second = inv.total - first;
    m.claim(first);
    m.claim(second);
    const d1 = m.day(0, 7);
    const d2 = m.day(10, -3);
    const wk = rng.int(0, 5);
    const l1 = inLine(d1, first, c, D.memo.instalment(W[wk].w(inv.serial), 1, rng));
    levies(l1);
    const l2 = inLine(d2, second, c, D.memo.instalment(W[wk].w(inv.serial), 2, rng));
    levies(l2);
    const r = receiptRow(d2, inv.total, c, [inv]);
    m.autoGroup([l1, l2], [r], { evidence: 'reference', traits: ['instalment', W[wk].trait] });
  }

  // ---- an over-payment rounded up
  {
    const c = cust();
    const inv = invoice(c);
    const paid = Math.ceil((inv.total + 1) / D.scale.roundUp) * D.scale.roundUp;
    if (!m.claim(paid)) throw new Error('over-payment amount taken');
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, paid, c, D.memo.invoice(W[wk].w(inv.serial), rng));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv]);
    m.auto(l, [r], { evidence: 'reference', traits: ['over-payment', W[wk].trait], difference: paid - inv.total });
  }

  // ---- a payment short by the customer's withholding (ZA: settlement discount)
  {
    const c = D.shortCustomer;
    const inv = invoice(c, D.scale.large);
    const short = D.short.of(inv);
    const paid = inv.total - short;
    if (!m.claim(paid)) throw new Error('short amount taken');
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, paid, c, D.memo.invoice(W[wk].w(inv.serial), rng));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv]);
    m.auto(l, [r], { evidence: 'reference', traits: [D.short.trait, W[wk].trait], difference: -short });
  }

  // ---- a part payment the bookkeeper booked as if in full
  {
    const c = cust();
    const inv = invoice(c, D.scale.large);
    const paid = Math.round((inv.total * rng.int(35, 60)) / 100 / D.scale.round) * D.scale.round;
    if (!m.claim(paid)) throw new Error('part amount taken');
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, paid, c, D.memo.part(W[wk].w(inv.serial), rng));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv]);
    m.suggest(l, [r], { mustNotAuto: true, evidence: 'reference', traits: ['part-payment', W[wk].trait] });
  }

  // ---- an invoice less its credit note (the books hold the net)
  {
    const c = cust();
    const inv = invoice(c, D.scale.invoice, { claim: false });
    const cnAmt = share(inv.total, rng.int(5, 18), 100);
    const cn = nextCn();
    const net = inv.total - cnAmt;
    if (!m.claim(net)) throw new Error('net amount taken');
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, net, c, D.memo.lessCn(W[wk].w(inv.serial), D.creditNote.write(cn), rng));
    levies(l);
    const r = receiptRow(d, net, c, [inv], { cn });
    m.auto(l, [r], { evidence: 'reference', traits: ['invoice-less-credit-note', 'credit-note-quoted', W[wk].trait] });
  }

  // ---- a tie: two equal open receipts of one payer, one payment by name
  {
    const c = D.tieCustomer;
    const i1 = invoice(c, D.scale.small);
    const i2 = { ...i1, serial: nextSerial() };
    const d = m.day(4, -4);
    const l = inLine(d, i1.total, c, D.memo.generic(rng, 'receipt'));
    levies(l);
    const r1 = receiptRow(m.shift(d, -rng.int(1, 3)), i1.total, c, [i1]);
    const r2 = receiptRow(m.shift(d, rng.int(1, 3)), i2.total, c, [i2]);
    m.tie(l, [r1, r2], { evidence: 'counterparty', traits: ['tie', 'name-only'] });
  }

  // ---- a receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const inv = invoice(c);
    let keyed = transpose(inv.total, rng);
    for (let t = 0; t < 20 && !m.claim(keyed); t++) keyed = transpose(inv.total, rng);
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, inv.total, c, D.memo.invoice(W[wk].w(inv.serial), rng));
    levies(l);
    const r = receiptRow(d, keyed, c, [inv]);
    m.suggest(l, [r], { mustNotAuto: true, evidence: 'reference', traits: ['books-amount-transposed', W[wk].trait] });
  }

  // ---- a payment quoting the customer's own order number (copied into the receipt)
  {
    const c = cust();
    const inv = invoice(c);
    const po = D.po(rng);
    const d = m.day(1, -2);
    const l = inLine(d, inv.total, c, D.memo.order(po, rng));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv], { po });
    m.auto(l, [r], { evidence: 'reference', traits: ['order-number'] });
  }

  // ---- two customers paying the same amount the same day, each quoting their invoice
  {
    const a = cust();
    const b = cust();
    const ia = invoice(a, D.scale.small);
    const ib = { ...ia, serial: nextSerial(), cust: b };
    const d = m.day(2, -3);
    const [wa, wb] = rng.shuffle([0, 1, 2, 3, 4, 5]);
    const la = inLine(d, ia.total, a, D.memo.invoice(W[wa].w(ia.serial), rng));
    levies(la);
    const lb = inLine(d, ib.total, b, D.memo.invoice(W[wb].w(ib.serial), rng));
    levies(lb);
    const ra = receiptRow(d, ia.total, a, [ia]);
    const rb = receiptRow(rng.chance(0.5) ? d : m.shift(d, 1), ib.total, b, [ib]);
    m.auto(la, [ra], { evidence: 'reference', traits: ['same-amount-same-day', W[wa].trait] });
    m.auto(lb, [rb], { evidence: 'reference', traits: ['same-amount-same-day', W[wb].trait] });
  }

  // ---- a third party paying a customer's invoice and quoting it
  {
    const c = D.thirdParty.for;
    const inv = invoice(c);
    const wk = rng.int(0, 5);
    const d = m.day(1, -2);
    const l = inLine(d, inv.total, D.thirdParty.payer, D.memo.invoice(W[wk].w(inv.serial), rng));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv], { paidBy: D.thirdParty.payer });
    m.auto(l, [r], { evidence: 'reference', traits: ['third-party', W[wk].trait] });
  }

  // ---- a customer paying under a trading name the books do not use, no reference
  {
    const c = D.tradingName.customer;
    const inv = invoice(c);
    const d = m.day(1, -2);
    const l = inLine(d, inv.total, D.tradingName.payer, D.memo.generic(rng, 'receipt'));
    levies(l);
    const r = receiptRow(d, inv.total, c, [inv]);
    m.suggest(l, [r], { mustNotAuto: false, evidence: 'amount', traits: ['trading-name'] });
  }

  // ---- two unknown receipts
  for (const u of D.unknownPayers) {
    const amt = m.amount(...D.scale.unknown, D.scale.unknownStep);
    const l = inLine(m.day(0, -1), amt, u, D.memo.unknown(rng));
    levies(l);
    m.none(l, ['unknown-receipt']);
  }

  // ---- four supplier payments quoting the supplier's invoice (one booked a day before the bank), two by name
  {
    const early = rng.int(0, 3);
    for (let k = 0; k < 4; k++) {
      const s = supp();
      const bill = D.billNo(s, rng);
      const amt = m.amount(...D.scale.bill, D.scale.billStep);
      const d = m.day(1, -1);
      const l = outLine(d, -amt, s, D.memo.bill(bill, rng));
      const r = m.row(k === early ? m.shift(d, -1) : d, -amt, { kind: 'payment', who: s, bill });
      m.auto(l, [r], {
        evidence: 'reference',
        traits: k === early ? ['bill-quoted', 'early-posting'] : ['bill-quoted'],
      });
    }
    for (let k = 0; k < 2; k++) {
      const s = D.nameOnlySuppliers[k];
      const bill = D.billNo(s, rng);
      const amt = m.amount(...D.scale.bill, D.scale.billStep);
      const d = m.day(1, -1);
      const l = outLine(d, -amt, s, D.memo.genericOut(s, rng));
      const r = m.row(d, -amt, { kind: 'payment', who: s, bill });
      m.auto(l, [r], { evidence: 'counterparty', traits: ['name-only'] });
    }
  }

  // ---- one bill paid in two transfers the same day over the channel's limit, booked once
  {
    const s = supp();
    const bill = D.billNo(s, rng);
    const total = m.amount(D.limit.major * 1.2, D.limit.major * 1.8, 100);
    const first = D.limit.first(total);
    const second = total - first;
    m.claim(first);
    m.claim(second);
    const d = m.day(2, -2);
    const l1 = outLine(d, -first, s, D.memo.billPart(bill, 1, rng), { urgent: D.limit.urgent });
    const l2 = m.line(
      d,
      -second,
      { kind: 'out', who: s, memo: D.memo.billPart(bill, 2, rng), urgent: D.limit.urgent },
      l1.minutes + 3,
    );
    charges(l2);
    const r = m.row(d, -total, { kind: 'payment', who: s, bill });
    m.autoGroup([l1, l2], [r], { evidence: 'reference', traits: ['channel-limit', 'bill-quoted'] });
  }

  // ---- twins: two equal transfers to one payee the same day, two equal book rows
  {
    const s = D.twinSupplier;
    const amt = m.amount(...D.scale.twin, D.scale.billStep);
    const d = m.day(2, -2);
    const l1 = outLine(d, -amt, s, D.memo.genericOut(s, rng));
    const l2 = m.line(d, -amt, { kind: 'out', who: s, memo: D.memo.genericOut(s, rng) }, l1.minutes + 11);
    charges(l2);
    const r1 = m.row(d, -amt, { kind: 'payment', who: s, bill: D.billNo(s, rng), twin: 1 });
    const r2 = m.row(d, -amt, { kind: 'payment', who: s, bill: D.billNo(s, rng), twin: 2 });
    m.twins([l1, l2], [r1, r2], { evidence: 'counterparty', traits: ['twins'] });
  }

  // ---- a failed transfer, its reversal, and the payment sent again
  {
    const s = supp();
    const bill = D.billNo(s, rng);
    const amt = m.amount(...D.scale.bill, D.scale.billStep);
    const d = m.day(1, -4);
    const bad = outLine(d, -amt, { ...s, bankAccount: D.badAccount(s, rng) }, D.memo.bill(bill, rng), { failed: true });
    const back = m.line(rng.chance(0.5) ? d : m.shift(d, 1), amt, { kind: 'reversal', of: bad }, bad.minutes + 47);
    const again = outLine(m.shift(back.date, rng.int(1, 2)), -amt, s, D.memo.bill(bill, rng));
    const r = m.row(d, -amt, { kind: 'payment', who: s, bill });
    m.reversal(bad, back, ['failed-transfer']);
    m.auto(again, [r], { evidence: 'reference', traits: ['sent-again', 'bill-quoted'] });
  }

  // ---- refunds: to a customer quoting our credit note, from a supplier by name
  {
    const c = cust();
    const cn = nextCn();
    const amt = m.amount(...D.scale.refund, D.scale.billStep);
    const d = m.day(1, -2);
    const l = outLine(d, -amt, c, D.memo.refundOut(D.creditNote.write(cn), rng));
    const r = m.row(d, -amt, { kind: 'refund-out', who: c, cn });
    m.auto(l, [r], { evidence: 'reference', traits: ['credit-note-quoted', 'refund'] });

    const s = D.refundSupplier;
    const amt2 = m.amount(...D.scale.refund, D.scale.billStep);
    const d2 = m.day(1, -2);
    const l2 = inLine(d2, amt2, s, D.memo.refundIn(rng));
    levies(l2);
    const r2 = m.row(d2, amt2, { kind: 'refund-in', who: s });
    m.auto(l2, [r2], { evidence: 'counterparty', traits: ['name-only', 'refund'] });
  }

  // ---- three book rows the bank has not seen by the month's end
  {
    const s = supp();
    const amt = m.amount(...D.scale.bill, D.scale.billStep);
    const spec = D.unpresented(s, rng);
    const r = m.row(m.day(-6, -3), -amt, spec);
    m.ledgerOnly(r, spec.why);

    const s2 = supp();
    const amt2 = m.amount(...D.scale.bill, D.scale.billStep);
    const r2 = m.row(m.wd(-1), -amt2, { kind: 'payment', who: s2, bill: D.billNo(s2, rng) });
    m.ledgerOnly(r2, 'payment booked on the last day of the month, not yet through the bank');

    const c = cust();
    const inv = invoice(c);
    const spec3 = D.uncredited(c, inv, rng);
    const r3 = m.row(m.day(-2, -1), inv.total, spec3);
    m.ledgerOnly(r3, spec3.why);
  }

  // ---- gateway / mobile-money / card settlements
  {
    const [A, B, C] = D.settlements;
    // net with its id, the gross booked
    {
      const g = m.amount(...A.gross, 1);
      const fee = A.fee(g);
      const id = A.id(rng);
      const d = m.day(1, -2);
      if (!m.claim(g - fee)) throw new Error('settlement net taken');
      const l = m.line(d, g - fee, { kind: 'settle', provider: A, id });
      const r = m.row(d, g, { kind: 'settle', provider: A, id, part: 'gross', period: A.period(d, m) });
      m.auto(l, [r], { evidence: 'reference', traits: ['settlement-id', 'short-net-of-fee'], difference: -fee });
    }
    // gross and fee booked as two rows with the id (some sets settle weekly)
    for (let k = 0; k < B.times; k++) {
      const g = m.amount(...B.gross, 1);
      const fee = B.fee(g);
      m.claim(fee);
      const id = B.id(rng);
      const d =
        B.times > 1
          ? m.day(
              Math.floor((k * m.workdays.length) / B.times),
              Math.floor(((k + 1) * m.workdays.length) / B.times) - 1,
            )
          : m.day(1, -2);
      if (!m.claim(g - fee)) throw new Error('settlement net taken');
      const l = m.line(d, g - fee, { kind: 'settle', provider: B, id });
      const period = B.period(d, m);
      const rg = m.row(d, g, { kind: 'settle', provider: B, id, part: 'gross', period });
      const rf = m.row(d, -fee, { kind: 'settle', provider: B, id, part: 'fee', period });
      m.auto(l, [rg, rf], { evidence: 'reference', traits: ['settlement-id', 'gross-and-fee-booked'] });
    }
    // no id, the gross booked
    {
      const g = m.amount(...C.gross, 1);
      const fee = C.fee(g);
      const d = m.day(1, -2);
      if (!m.claim(g - fee)) throw new Error('settlement net taken');
      const l = m.line(d, g - fee, { kind: 'settle', provider: C, id: null });
      const r = m.row(d, g, { kind: 'settle', provider: C, id: null, part: 'gross', period: C.period(d, m) });
      m.suggest(l, [r], { mustNotAuto: false, evidence: 'counterparty', traits: ['short-net-of-fee'] });
    }
  }

  // ---- payroll
  {
    const p = D.payroll;
    const amt = m.amount(...p.total, 1);
    const batch = p.batch(rng);
    const d = m.day(...p.days);
    const l = m.line(d, -amt, { kind: 'payroll', batch, n: p.n });
    charges(l);
    const r = m.row(d, -amt, { kind: 'payroll', batch, n: p.n });
    m.auto(l, [r], { evidence: 'reference', traits: ['payroll'] });
  }

  // ---- statutory payments and utilities
  for (const s of D.statutory) {
    const amt = m.amount(...s.amount, 1);
    const ref = s.ref(rng);
    const d = m.day(...s.days);
    const l = m.line(d, -amt, { kind: 'statutory', s, ref });
    charges(l);
    const r = m.row(s.bookLag ? m.shift(d, s.bookLag) : d, -amt, { kind: 'statutory', s, ref });
    m.auto(l, [r], { evidence: 'reference', traits: ['statutory'] });
  }
  for (const u of D.utilities) {
    const amt = m.amount(...u.amount, 1);
    const d = m.day(...u.days);
    const l = m.line(d, -amt, { kind: 'utility', u });
    charges(l);
    const r = m.row(d, -amt, { kind: 'utility', u });
    m.auto(l, [r], { evidence: 'reference', traits: ['utility'] });
  }

  // ---- a transfer to or from the business's own account elsewhere, quoting that account's number
  {
    const o = D.ownAccount;
    const amt = m.amount(...o.amount, 100 * o.step);
    const d = m.day(2, -2);
    const l = m.line(d, o.dir === 'out' ? -amt : amt, { kind: 'own', o });
    if (o.dir === 'out') charges(l);
    const r = m.row(d, o.dir === 'out' ? -amt : amt, { kind: 'own', o });
    m.auto(l, [r], { evidence: 'reference', traits: ['own-account'] });
  }

  // ---- an unbooked card purchase; last month's cheque or payment clearing now
  {
    const amt = m.amount(...D.card.amount, 1);
    const l = m.line(m.day(1, -2), -amt, { kind: 'card' });
    m.none(l, [D.card.trait ?? 'unbooked-card-purchase']);
    const amt2 = m.amount(...D.lastMonth.amount, D.scale.billStep);
    const l2 = m.line(m.day(0, 3), -amt2, { kind: 'last-month', ref: D.lastMonth.ref(rng) });
    m.none(l2, [D.lastMonth.trait]);
    m.lastMonth = amt2;
  }

  // ---- the bank's own month-end charges
  for (const f of D.monthEnd(m)) {
    const l = m.line(m.wd(-1), f.amount, f.spec, 23 * 60 + (f.plus ?? 0));
    m.bankOnly(l, f.kind, f.traits ?? []);
  }
  m.serials = serialsUsed;
  return m;
}
