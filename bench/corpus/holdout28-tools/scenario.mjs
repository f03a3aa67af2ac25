// The month every holdout28 set lives through: which events happen on which day, for how much, what the bank shows
// (as abstract items the set renders in its bank's words) and what the books hold, and the decision of each bank
// line. The set module supplies the business, the names, the invoice writings, the channels and the charges.
import { Rng, workingDays, isWorkingDay, addDays, part } from './lib.mjs';

class Month {
  constructor(set, rng) {
    this.set = set;
    this.rng = rng;
    this.W = workingDays(set.period.from, set.period.to, set.holidays);
    this.n = this.W.length;
    this.bank = [];
    this.books = [];
    this.used = new Set();
    this.seq = 0;
    this.groupNo = 0;
  }
  day(i) {
    return this.W[Math.max(0, Math.min(this.n - 1, i))];
  }
  idxOf(date) {
    return this.W.indexOf(date);
  }
  between(lo, hi) {
    return this.rng.int(Math.max(0, lo), Math.min(this.n - 1, hi));
  }
  /** a working day 0–2 calendar days before `date`, inside the period */
  calendarBefore(date) {
    const c = [0, 1, 2]
      .map((k) => addDays(date, -k))
      .filter((d) => d >= this.set.period.from && isWorkingDay(d, this.set.holidays));
    return this.rng.pick(c);
  }
  /** draw amounts until none of them is already on the statement or in the books */
  unique(draw) {
    for (let tries = 0; tries < 500; tries++) {
      const r = draw();
      const amounts = r.amounts.map(Math.abs);
      if (new Set(amounts).size !== amounts.length && !r.allowEqual) continue;
      if (amounts.some((a) => this.used.has(a) || a <= 0)) continue;
      for (const a of amounts) this.used.add(a);
      return r;
    }
    throw new Error('could not draw a fresh amount');
  }
  major(lo, hi, step = 1) {
    return this.rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step * 100;
  }
  addBank(date, amount, chan, info, truth) {
    const item = {
      id: `b${this.bank.length + 1}`,
      date,
      seq: this.seq++,
      amount,
      chan,
      info,
      expect: 'match',
      decision: 'auto',
      ledger: [],
      group: null,
      evidence: null,
      kind: null,
      partner: null,
      traits: [],
      ...truth,
    };
    this.bank.push(item);
    for (const extra of this.set.chargesAfter(item, this)) this.addCharge(date, extra, item);
    return item;
  }
  addCharge(date, c, after) {
    return this.bank.push({
      id: `b${this.bank.length + 1}`,
      date,
      seq: after ? after.seq + 0.01 * (this.bank.filter((b) => b.after === after).length + 1) : this.seq++,
      after,
      amount: c.amount,
      chan: 'fee',
      info: c,
      expect: 'bank-only',
      decision: 'bank-only',
      ledger: [],
      group: null,
      evidence: null,
      kind: c.kind,
      partner: null,
      traits: c.traits,
    });
  }
  addBook(date, amount, info, extra = {}) {
    const row = { id: `l${this.books.length + 1}`, date, seq: this.seq++, amount, info, ...extra };
    this.books.push(row);
    return row;
  }
}

/**
 * Build the month of `set` from `seed`: returns { bank, books, W } with every bank item's decision, ledger answer,
 * evidence and traits, and every book row's abstract content. Rendering to cells is the set's job.
 */
export function buildMonth(set, seed) {
  const rng = new Rng(seed);
  const m = new Month(set, rng);
  const { n } = m;
  const customers = rng.shuffle(set.customers.filter((c) => !c.role));
  let ci = 0;
  const customer = () => customers[ci++ % customers.length];
  const special = (role) => set.customers.find((c) => c.role === role);
  const suppliers = rng.shuffle(set.suppliers.filter((s) => !s.role));
  let si = 0;
  const supplier = () => suppliers[si++ % suppliers.length];
  const specialSupplier = (role) => set.suppliers.find((s) => s.role === role);

  // invoice serials of the month, in a shuffled order so that the cases do not follow the numbering
  const serials = rng.shuffle(Array.from({ length: 60 }, (_, i) => set.invoiceStart + i));
  let vi = 0;
  /** draw an invoice whose gross (and the extra amounts `extra` derives from it) are new to the month */
  const drawInvoice = (cust, extra = () => ({ amounts: [] }), range = set.ranges.invoiceBase) => {
    const r = m.unique(() => {
      const base = m.major(...range, set.ranges.invoiceStep ?? 1);
      const gross = set.gross(base);
      const e = extra({ base, gross });
      return { ...e, base, gross, amounts: [gross, ...e.amounts] };
    });
    return { ...r, inv: { serial: serials[vi++], customer: cust, base: r.base, gross: r.gross } };
  };
  /** a second invoice of the same price (twins, ties, one amount for two payers) */
  const sameInvoice = (cust, inv) => ({ serial: serials[vi++], customer: cust, base: inv.base, gross: inv.gross });
  const writings = rng.shuffle([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  let wi = 0;
  const writing = () => writings[wi++ % 9];

  const receiptBook = (date, amount, cust, invoices, how, more = {}) =>
    m.addBook(date, amount, { kind: 'receipt', party: cust, invoices, how, ...more });
  const paymentBook = (date, amount, sup, how, more = {}) =>
    m.addBook(date, amount, { kind: 'payment', party: sup, how, ...more });

  // ---------------------------------------------------------------- receipts quoting an invoice (eight writings)
  const lateSlots = new Set(rng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]).slice(0, 2));
  let relatedDone = false;
  for (let k = 0; k < 8; k++) {
    const late = lateSlots.has(k);
    const related = !late && !relatedDone;
    if (related) relatedDone = true;
    const cust = related ? special('related') : customer();
    const { inv } = drawInvoice(cust);
    const w = writing();
    const bi = late ? m.between(1, n - 4) : m.between(2, n - 2);
    const bankDate = m.day(bi);
    const bookDate = late ? m.day(bi + rng.int(2, 3)) : m.day(bi - rng.int(0, 2));
    const row = receiptBook(bookDate, inv.gross, cust, [inv], 'advice');
    const traits = [`ref-writing-${w}`];
    if (late) traits.push('booked-late');
    if (related) traits.push('paid-by-related-company');
    m.addBank(
      bankDate,
      inv.gross,
      'in',
      { payer: related ? cust.relatedName : cust.bankAs, memo: set.memoInvoice(w, inv, rng), party: cust },
      { ledger: [row], evidence: 'reference', traits },
    );
  }

  // ---------------------------------------------------------------- one amount, two payers
  {
    const a = customer();
    const b = customer();
    const invA = drawInvoice(a).inv;
    const invB = sameInvoice(b, invA);
    const w = writing();
    const ia = m.between(2, n - 6);
    const ib = m.between(ia + 2, n - 2);
    const rowA = receiptBook(m.day(ia - rng.int(0, 1)), invA.gross, a, [invA], 'advice');
    const dB = m.day(ib);
    const rowB = receiptBook(m.calendarBefore(dB), invB.gross, b, [invB], 'advice');
    m.addBank(
      m.day(ia),
      invA.gross,
      'in',
      { payer: a.bankAs, memo: set.memoInvoice(w, invA, rng), party: a },
      { ledger: [rowA], evidence: 'reference', traits: [`ref-writing-${w}`, 'amount-shared-across-payers'] },
    );
    m.addBank(
      dB,
      invB.gross,
      'in',
      { payer: b.bankAs, memo: set.memoPlain(rng), party: b },
      { ledger: [rowB], evidence: 'counterparty', traits: ['name-only', 'amount-shared-across-payers'] },
    );
  }

  // ---------------------------------------------------------------- two payers named only
  for (let k = 0; k < 2; k++) {
    const c = customer();
    const { inv } = drawInvoice(c);
    const d = m.day(m.between(1, n - 2));
    const row = receiptBook(m.calendarBefore(d), inv.gross, c, [inv], 'advice');
    m.addBank(
      d,
      inv.gross,
      'in',
      { payer: c.bankAs, memo: set.memoPlain(rng), party: c },
      { ledger: [row], evidence: 'counterparty', traits: ['name-only'] },
    );
  }

  // ---------------------------------------------------------------- the payer written very differently
  {
    const c = special('owner');
    const { inv } = drawInvoice(c);
    const bi = m.between(2, n - 2);
    const row = receiptBook(m.day(bi - rng.int(0, 2)), inv.gross, c, [inv], 'advice');
    m.addBank(
      m.day(bi),
      inv.gross,
      set.ownerChannel ?? 'in',
      { payer: c.ownerName, memo: c.ownerMemo ?? set.memoPlain(rng), party: c, wallet: c.ownerWallet },
      {
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [row],
        evidence: 'amount',
        traits: ['payer-written-differently', c.ownerTrait ?? 'owner-account'],
      },
    );
  }

  // ---------------------------------------------------------------- an anonymous cash deposit of a booked receipt
  {
    const c = customer();
    const { inv } = drawInvoice(c, undefined, set.ranges.cashBase);
    const bi = m.between(1, n - 2);
    const row = receiptBook(m.day(bi - rng.int(0, 1)), inv.gross, c, [inv], 'cash');
    m.addBank(
      m.day(bi),
      inv.gross,
      'cash-in',
      { depositor: rng.pick(set.depositors) },
      {
        decision: 'suggest',
        mustNotAuto: true,
        ledger: [row],
        evidence: 'amount',
        traits: ['anonymous', 'cash-deposit'],
      },
    );
  }

  // ---------------------------------------------------------------- one transfer for two invoices
  {
    const c = customer();
    const r1 = drawInvoice(c);
    const r2 = drawInvoice(c, ({ gross }) => ({ amounts: [gross + r1.inv.gross] }));
    const bi = m.between(2, n - 2);
    const bd = m.day(bi - rng.int(0, 1));
    const rows = [r1.inv, r2.inv].map((inv) => receiptBook(bd, inv.gross, c, [inv], 'advice'));
    const w = writing();
    m.addBank(
      m.day(bi),
      r1.inv.gross + r2.inv.gross,
      'in',
      { payer: c.bankAs, memo: set.memoTwoInvoices(w, r1.inv, r2.inv, rng), party: c },
      { ledger: rows, evidence: 'reference', traits: ['split-one-to-many', `ref-writing-${w}`] },
    );
  }

  // ---------------------------------------------------------------- two instalments of one invoice, booked in full
  {
    const c = customer();
    const r = drawInvoice(c, ({ gross }) => {
      const first = Math.round((gross * rng.int(40, 60)) / 100 / set.roundUnit) * set.roundUnit;
      return { first, amounts: [first, gross - first] };
    });
    const ia = m.between(2, n - 6);
    const ib = m.between(ia + 3, n - 1);
    const row = receiptBook(m.day(ia - rng.int(0, 1)), r.inv.gross, c, [r.inv], 'advice');
    const w = writing();
    const group = `g${String(++m.groupNo).padStart(3, '0')}`;
    const memo = set.memoInvoice(w, r.inv, rng);
    for (const [i, amt, no] of [
      [ia, r.first, 1],
      [ib, r.inv.gross - r.first, 2],
    ])
      m.addBank(
        m.day(i),
        amt,
        'in',
        { payer: c.bankAs, memo: set.memoInstalment(memo, no, rng), party: c },
        {
          ledger: [row],
          group,
          evidence: 'reference',
          traits: ['split-many-to-one', 'instalment', `ref-writing-${w}`],
        },
      );
  }

  // ---------------------------------------------------------------- an invoice less a credit note, booked net
  {
    const c = customer();
    const cn = set.creditNoteNo(rng);
    const r = drawInvoice(c, ({ base, gross }) => {
      const credit = set.gross(m.major(base / 100 / 20, base / 100 / 7));
      return { credit, amounts: [gross - credit, credit] };
    });
    const bi = m.between(2, n - 2);
    const net = r.inv.gross - r.credit;
    const row = receiptBook(m.day(bi - rng.int(0, 2)), net, c, [r.inv], 'advice', { creditNote: cn });
    m.addBank(
      m.day(bi),
      net,
      'in',
      { payer: c.bankAs, memo: set.memoLessCredit(r.inv, cn, rng), party: c },
      { ledger: [row], evidence: 'reference', traits: ['invoice-less-credit-note'] },
    );
  }

  // ---------------------------------------------------------------- short and over payments quoting the invoice
  const shortCase = (trait, paidOf) => {
    const c = customer();
    const r = drawInvoice(c, (inv) => {
      const paid = paidOf(inv);
      return { paid, amounts: [paid] };
    });
    const bi = m.between(2, n - 2);
    const row = receiptBook(m.day(bi - rng.int(0, 2)), r.inv.gross, c, [r.inv], 'advice');
    const w = writing();
    m.addBank(
      m.day(bi),
      r.paid,
      'in',
      { payer: c.bankAs, memo: set.memoInvoice(w, r.inv, rng, trait), party: c },
      { ledger: [row], evidence: 'reference', traits: [trait, `ref-writing-${w}`] },
    );
  };
  shortCase('over-payment', (inv) => (Math.floor(inv.gross / set.roundUp) + 1) * set.roundUp);
  shortCase('payer-deducted-charge', (inv) => inv.gross - set.payerCharge);
  for (const s of set.shortPayments) shortCase(s.trait, (inv) => inv.gross - s.deduct(inv));

  // ---------------------------------------------------------------- a part payment of an invoice booked in full
  {
    const c = customer();
    const r = drawInvoice(c, ({ gross }) => {
      const paid = Math.round((gross * rng.int(35, 60)) / 100 / set.roundUnit) * set.roundUnit;
      return { paid, amounts: [paid] };
    });
    const bi = m.between(2, n - 2);
    const row = receiptBook(m.day(bi - rng.int(0, 2)), r.inv.gross, c, [r.inv], 'advice');
    const w = writing();
    m.addBank(
      m.day(bi),
      r.paid,
      'in',
      { payer: c.bankAs, memo: set.memoPart(set.memoInvoice(w, r.inv, rng), rng), party: c },
      {
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [row],
        evidence: 'reference',
        traits: ['part-payment', `ref-writing-${w}`],
      },
    );
  }

  // ---------------------------------------------------------------- a mistyped invoice number that is no document
  {
    const c = customer();
    const { inv } = drawInvoice(c);
    const bi = m.between(2, n - 2);
    const row = receiptBook(m.calendarBefore(m.day(bi)), inv.gross, c, [inv], 'advice');
    const taken = new Set(serials);
    let wrong = set.mistype(inv.serial, rng);
    while (taken.has(wrong)) wrong = set.mistype(inv.serial, rng);
    m.addBank(
      m.day(bi),
      inv.gross,
      'in',
      { payer: c.bankAs, memo: set.memoInvoice(writing(), { ...inv, serial: wrong }, rng), party: c },
      {
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [row],
        evidence: 'counterparty',
        traits: ['mistyped-reference'],
      },
    );
  }

  // ---------------------------------------------------------------- a tie: two equal advices, one payment by name
  {
    const c = customer();
    const { inv } = drawInvoice(c);
    const inv2 = sameInvoice(c, inv);
    const bi = m.between(7, n - 2);
    const r1 = receiptBook(m.day(bi - rng.int(3, 5)), inv.gross, c, [inv], 'advice');
    const r2 = receiptBook(m.calendarBefore(m.day(bi)), inv2.gross, c, [inv2], 'advice');
    m.addBank(
      m.day(bi),
      inv.gross,
      'in',
      { payer: c.bankAs, memo: set.memoPlain(rng), party: c },
      {
        decision: 'suggest',
        mustNotAuto: true,
        ledger: null,
        ledgerAnyOf: [[r1], [r2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['tie', 'name-only'],
      },
    );
  }

  // ---------------------------------------------------------------- twins with their own references (two sites)
  {
    const c = special('twins');
    const { inv } = drawInvoice(c);
    const inv2 = sameInvoice(c, inv);
    const bi = m.between(3, n - 2);
    const bd = m.day(bi - rng.int(0, 2));
    const w = writing();
    for (const [k, x] of [inv, inv2].entries()) {
      const row = receiptBook(bd, x.gross, c, [x], 'advice', { site: c.sites[k] });
      m.addBank(
        m.day(bi),
        x.gross,
        'in',
        { payer: c.bankAs, memo: `${set.memoInvoice(w, x, rng)} ${c.sites[k]}`, party: c },
        { ledger: [row], evidence: 'reference', traits: ['twins', `ref-writing-${w}`] },
      );
    }
  }

  // ---------------------------------------------------------------- settlements
  for (const stl of set.settlements) {
    const r = m.unique(() => {
      const gross = m.major(...stl.gross, 1) + rng.int(0, 99);
      const fee = stl.fee(gross);
      // the fee is an amount of the books only when they hold it as a row of its own
      const amounts = stl.booked === 'gross+fee' ? [gross, gross - fee, fee] : [gross, gross - fee];
      return { gross, fee, amounts };
    });
    const bi = m.between(2, n - 1);
    const payout = stl.id ? stl.id(rng) : null;
    const bd = m.day(bi - 1);
    const net = r.gross - r.fee;
    if (stl.booked === 'gross') {
      const row = m.addBook(bd, r.gross, { kind: 'settlement', acquirer: stl, payout, part: 'gross' });
      m.addBank(
        m.day(bi),
        net,
        'stl',
        { acquirer: stl, payout },
        { ledger: [row], evidence: 'reference', traits: ['settlement', 'short-net-of-fee', 'payout-id'] },
      );
    } else if (stl.booked === 'gross+fee') {
      const g = m.addBook(bd, r.gross, { kind: 'settlement', acquirer: stl, payout, part: 'gross' });
      const f = m.addBook(m.day(bi), -r.fee, { kind: 'settlement', acquirer: stl, payout, part: 'fee' });
      m.addBank(
        m.day(bi),
        net,
        'stl',
        { acquirer: stl, payout },
        { ledger: [g, f], evidence: 'reference', traits: ['settlement', 'fee-booked', 'payout-id'] },
      );
    } else {
      const row = m.addBook(bd, net, { kind: 'settlement', acquirer: stl, payout: null, part: 'net' });
      m.addBank(
        m.day(bi),
        net,
        'stl',
        { acquirer: stl, payout: null },
        { decision: 'suggest', mustNotAuto: false, ledger: [row], evidence: 'amount', traits: ['settlement', 'no-id'] },
      );
    }
  }

  // ---------------------------------------------------------------- a customer's cheque (ZA: a remittance advice)
  {
    const c = customer();
    const { inv } = drawInvoice(c);
    const bi = m.between(2, n - 2);
    const cheque = set.customerChequeNo(rng);
    const row = receiptBook(m.day(bi - rng.int(0, 1)), inv.gross, c, [inv], 'cheque', { cheque });
    m.addBank(
      m.day(bi),
      inv.gross,
      set.customerChequeChannel ?? 'chq-in',
      { drawer: c.bankAs, cheque, party: c, inv },
      { ledger: [row], evidence: 'reference', traits: [set.customerChequeTrait ?? 'cheque-number'] },
    );
  }

  // ---------------------------------------------------------------- a supplier's refund under its credit note
  {
    const s = supplier();
    const cn = set.supplierCreditNoteNo(s, rng);
    const amt = m.unique(() => ({ amounts: [m.major(...set.ranges.refund) + rng.int(0, 99)] })).amounts[0];
    const bi = m.between(2, n - 2);
    const row = m.addBook(m.day(bi - rng.int(0, 1)), amt, { kind: 'supplier-refund', party: s, creditNote: cn });
    m.addBank(
      m.day(bi),
      amt,
      'in',
      { payer: s.bankAs, memo: set.memoSupplierRefund(cn, rng), party: s },
      { ledger: [row], evidence: 'reference', traits: ['supplier-refund', 'credit-note'] },
    );
  }

  // ---------------------------------------------------------------- two unknown receipts
  for (const u of rng.shuffle(set.unknownPayers).slice(0, 2)) {
    const amt = m.unique(() => ({ amounts: [m.major(...set.ranges.unknown, set.ranges.unknownStep ?? 1)] })).amounts[0];
    m.addBank(
      m.day(m.between(0, n - 1)),
      amt,
      u.chan ?? 'in',
      { payer: u.name, memo: u.memo, wallet: u.wallet },
      { expect: 'no-counterpart', decision: 'none', traits: ['unknown-receipt'] },
    );
  }

  // ================================================================ money out
  // ---------------------------------------------------------------- a customer's credit note refunded
  {
    const c = customer();
    const cn = set.creditNoteNo(rng);
    const amt = m.unique(() => ({ amounts: [set.gross(m.major(...set.ranges.refund))] })).amounts[0];
    const bi = m.between(2, n - 2);
    const row = m.addBook(m.day(bi - rng.int(0, 1)), -amt, { kind: 'customer-refund', party: c, creditNote: cn });
    m.addBank(
      m.day(bi),
      -amt,
      'out',
      { payee: c.bankAs, memo: set.memoCustomerRefund(cn, rng), party: c },
      { ledger: [row], evidence: 'reference', traits: ['customer-refund', 'credit-note'] },
    );
  }

  // ---------------------------------------------------------------- supplier bills: three quoted, two by name
  for (let k = 0; k < 5; k++) {
    const s = supplier();
    const quoted = k < 3;
    const bill = set.billNo(s, rng);
    const amt = m.unique(() => ({ amounts: [m.major(...(s.range ?? set.ranges.bill)) + rng.int(0, 99)] })).amounts[0];
    const bi = m.between(1, n - 2);
    const bd = m.day(bi);
    const row = paymentBook(quoted ? m.day(bi - rng.int(0, 1)) : m.calendarBefore(bd), -amt, s, 'transfer', {
      bill,
    });
    m.addBank(
      bd,
      -amt,
      s.channel ?? 'out',
      { payee: s.bankAs, memo: quoted ? set.memoBill(bill, rng) : set.memoSupplierPlain(s, rng), party: s },
      {
        ledger: [row],
        evidence: quoted ? 'reference' : 'counterparty',
        traits: quoted ? ['supplier-payment', 'bill-reference'] : ['supplier-payment', 'name-only'],
      },
    );
  }

  // ---------------------------------------------------------------- twins: two equal transfers quoting one order
  {
    const s = specialSupplier('twins');
    const po = set.orderNo(rng);
    const amt = m.unique(() => ({ amounts: [m.major(...set.ranges.twinsOut) + rng.int(0, 99)] })).amounts[0];
    const bi = m.between(1, n - 2);
    const bd = m.day(bi - rng.int(0, 1));
    const rows = [0, 1].map(() => paymentBook(bd, -amt, s, 'transfer', { order: po }));
    for (let k = 0; k < 2; k++)
      m.addBank(
        m.day(bi),
        -amt,
        'out',
        { payee: s.bankAs, memo: set.memoOrder(po, rng), party: s },
        {
          ledger: null,
          ledgerAnyOf: rows.map((r) => [r]),
          ambiguous: true,
          evidence: 'reference',
          traits: ['twins', 'supplier-payment'],
        },
      );
  }

  // ---------------------------------------------------------------- two cheques presented (ZA: debit orders)
  for (const pres of set.presentedItems(rng)) {
    const amt = m.unique(() => ({ amounts: [m.major(...pres.range) + (pres.cents ? rng.int(0, 99) : 0)] })).amounts[0];
    const bi = pres.day ? m.idxOf(pres.day(m)) : m.between(7, n - 1);
    const bookIdx = pres.bookedSameDay ? bi : bi - rng.int(3, 6);
    const row = paymentBook(m.day(bookIdx), -amt, pres.party, pres.how, pres.book);
    m.addBank(m.day(bi), -amt, pres.chan, pres.bank, {
      ledger: [row],
      evidence: 'reference',
      traits: pres.traits,
    });
  }

  // ---------------------------------------------------------------- payroll
  {
    const p = set.payroll;
    const amt = m.unique(() => ({ amounts: [m.major(...p.range) + rng.int(0, 99)] })).amounts[0];
    const bi = m.idxOf(p.day(m));
    const batch = p.batch(rng);
    const row = m.addBook(m.day(bi - 1), -amt, { kind: 'payroll', batch });
    m.addBank(
      m.day(bi),
      -amt,
      'payroll',
      { batch, staff: p.staff },
      { ledger: [row], evidence: 'reference', traits: ['payroll'] },
    );
  }

  // ---------------------------------------------------------------- statutory payments
  for (const t of set.statutory) {
    const amt = m.unique(() => ({ amounts: [m.major(...t.range) + rng.int(0, 99)] })).amounts[0];
    const bi = m.idxOf(t.day(m));
    const ref = t.ref(rng);
    const row = m.addBook(m.day(bi - rng.int(0, 1)), -amt, { kind: 'statutory', tax: t, ref });
    m.addBank(
      m.day(bi),
      -amt,
      t.chan ?? 'tax',
      { tax: t, ref },
      { ledger: [row], evidence: 'reference', traits: ['statutory', ...t.traits] },
    );
  }

  // ---------------------------------------------------------------- a transfer between own accounts
  {
    const o = set.ownTransfer;
    const amt = m.unique(() => ({ amounts: [m.major(...o.range, o.step ?? 1)] })).amounts[0];
    const bi = m.between(3, n - 3);
    const signed = o.direction === 'in' ? amt : -amt;
    const row = m.addBook(m.day(bi), signed, { kind: 'own-transfer', own: o });
    m.addBank(
      m.day(bi),
      signed,
      'own',
      { own: o },
      { ledger: [row], evidence: 'reference', traits: ['own-account-transfer'] },
    );
  }

  // ---------------------------------------------------------------- a failed transfer, its reversal, sent again
  {
    const s = specialSupplier('failed');
    const bill = set.billNo(s, rng);
    const amt = m.unique(() => ({ amounts: [m.major(...set.ranges.bill) + rng.int(0, 99)] })).amounts[0];
    const fi = m.between(2, n - 5);
    const row = paymentBook(m.day(fi), -amt, s, 'transfer', { bill });
    const memo = set.memoBill(bill, rng);
    const failed = m.addBank(
      m.day(fi),
      -amt,
      'out-failed',
      { payee: s.bankAs, memo, party: s },
      { expect: 'reversal-pair', decision: 'reversal-pair', traits: ['failed-transfer'] },
    );
    const rev = m.addBank(
      m.day(fi + rng.int(0, 1)),
      amt,
      'rev',
      { of: failed },
      { expect: 'reversal-pair', decision: 'reversal-pair', traits: ['reversal'] },
    );
    failed.partner = rev;
    rev.partner = failed;
    m.addBank(
      m.day(fi + rng.int(2, 3)),
      -amt,
      'out',
      { payee: s.bankAs, memo, party: s, resent: true },
      { ledger: [row], evidence: 'reference', traits: ['supplier-payment', 'bill-reference', 'resent-after-failure'] },
    );
  }

  // ---------------------------------------------------------------- an unrecorded card purchase
  {
    const amt = m.unique(() => ({ amounts: [m.major(...set.ranges.card) + rng.int(0, 99)] })).amounts[0];
    m.addBank(
      m.day(m.between(1, n - 2)),
      -amt,
      'card',
      { merchant: rng.pick(set.cardMerchants) },
      { expect: 'no-counterpart', decision: 'none', traits: ['unrecorded-card-purchase'] },
    );
  }

  // ---------------------------------------------------------------- book rows not on the statement
  const ledgerOnly = [];
  for (const lo of set.ledgerOnly(rng, m)) {
    const amt = m.unique(() => ({ amounts: [m.major(...lo.range) + (lo.cents === false ? 0 : rng.int(0, 99))] }))
      .amounts[0];
    const row = m.addBook(lo.date, lo.sign * amt, lo.info, { ledgerOnly: lo.why });
    ledgerOnly.push(row);
  }

  // ---------------------------------------------------------------- the bank's month-end charges, levies, interest
  for (const c of set.monthEnd(m.bank, m)) m.addCharge(m.day(n - 1), c, null);

  return { bank: m.bank, books: m.books, W: m.W, used: m.used };
}

/** the shares used by the sets */
export const pct = (minor, p, q = 100) => part(minor, p, q);
