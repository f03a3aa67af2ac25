// The month's business, the same kinds of event in every set, worded by each set's `style` (bank narrations, ledger
// columns, the country's charges). Each event says what a careful bookkeeper would decide: the truth.
import { addDays, pctOf, workday } from './lib.mjs';

/**
 * set: from makeSet; r: rng; s: style (see make-holdout.mjs); c: counts and amount ranges.
 * Every amount handed out is unique in the set unless an event wants equal amounts (twins).
 */
export function populate(set, r, s, c) {
  const used = new Set();
  const amount = (lo, hi, cents = true) => {
    for (;;) {
      const major = r.int(lo, hi);
      const minor = cents ? (r.chance(0.5) ? r.int(1, 99) : r.pick([0, 0, 50])) : 0;
      const v = major * 100 + minor;
      if (!used.has(v)) {
        used.add(v);
        return v;
      }
    }
  };
  const day = (lo = 1, hi = s.lastDay - 1) => workday(s.date(r.int(lo, hi)));
  const dayIn = (d) => (d > s.period.to ? s.period.to : d);
  const notBefore = (d) => (d < s.period.from ? s.period.from : d);
  const on = (k) => !(c.skip ?? []).includes(k);
  const B = s.bankFile;
  const LF = s.ledgerFile;
  const acct = s.acct;
  let inv = s.firstInvoice;
  let bill = 0;
  const customers = r.shuffle(s.customers);
  const suppliers = r.shuffle(s.suppliers);
  let ci = 0;
  let si = 0;
  const cust = () => customers[ci++ % customers.length];
  const supp = () => suppliers[si++ % suppliers.length];
  const led = (o) => set.led(LF, { account: acct, ...o });
  const line = (o) => set.line(B, o);
  const afterRx = (d, amt) => {
    for (const ch of s.afterRx(amt, d))
      line({ date: d, amount: ch.amount, ...ch.text, expect: 'bank-only', kind: ch.kind, traits: [] });
  };
  const afterPx = (d, amt, channel) => {
    for (const ch of s.afterPx(amt, d, channel))
      line({ date: d, amount: ch.amount, ...ch.text, expect: 'bank-only', kind: ch.kind, traits: [] });
  };
  const ledgerDate = (bankDate, trait) => {
    // the bookkeeper usually records on the remittance or POP date, a day or three before the bank credits
    const k = r.pick([0, 0, 0, -1, -1, -2, -3, 1]);
    const d = addDays(bankDate, k);
    if (k > 0 && trait) trait.push('late-posting');
    return d < s.period.from ? s.period.from : d;
  };

  // 1. receipts naming the invoice, in the many ways customers write it
  for (let i = 0; i < c.refReceipts; i++) {
    const cu = cust();
    const no = inv++;
    const a = amount(...c.receipt);
    const d = day();
    const variant = r.pick(s.refVariants(no));
    const traits = [variant.trait];
    const lk = led({ date: ledgerDate(d, traits), amount: a, ...s.ledRx(cu, no, a) });
    line({ date: d, amount: a, ...s.rx(cu, variant.text, r, d), ledger: [lk], evidence: 'reference', traits });
    afterRx(d, a);
  }
  // 2. receipts naming only the payer
  for (let i = 0; i < c.nameReceipts; i++) {
    const cu = cust();
    const no = inv++;
    const a = amount(...c.receipt);
    const d = day();
    const traits = ['name-only'];
    const lk = led({ date: ledgerDate(d, traits), amount: a, ...s.ledRx(cu, no, a) });
    line({ date: d, amount: a, ...s.rx(cu, null, r, d), ledger: [lk], evidence: 'counterparty', traits });
    afterRx(d, a);
  }
  // 3. cash or agent deposits naming neither (a unique amount and a close date are all a person has)
  for (let i = 0; i < c.amountReceipts; i++) {
    const cu = cust();
    const no = inv++;
    const a = amount(...c.cash);
    const d = day();
    const traits = ['amount-only'];
    const lk = led({ date: ledgerDate(d, traits), amount: a, ...s.ledRx(cu, no, a) });
    line({ date: d, amount: a, ...s.cash(r, d), ledger: [lk], evidence: 'amount', traits });
    afterRx(d, a);
  }
  // 4. supplier payments: with the bill number, with the name only; cheques presented, cheques not yet presented
  for (let i = 0; i < c.refPayments + c.namePayments; i++) {
    const sp = supp();
    const b = s.billRef(sp, bill++, r);
    const a = -amount(...c.payment);
    const d = day(2);
    const withRef = i < c.refPayments;
    const lk = led({ date: notBefore(addDays(d, -r.pick([0, 0, 0, 1, 2]))), amount: a, ...s.ledPx(sp, b, a) });
    line({
      date: d,
      amount: a,
      ...s.px(sp, withRef ? b : null, r, d),
      ledger: [lk],
      // a paybill account number (the payer's account at the supplier) recurs on every payment: it names the payee,
      // not the bill
      evidence: withRef && !s.refIsAccount ? 'reference' : 'counterparty',
      traits: withRef ? [s.refIsAccount ? 'payee-account-number' : 'ref-canonical'] : ['name-only'],
    });
    afterPx(d, a, 'transfer');
  }
  let chq = s.firstCheque;
  for (let i = 0; i < c.chequesPresented; i++) {
    const sp = supp();
    const a = -amount(...c.payment);
    const issued = day(1, s.lastDay - 8);
    const d = workday(addDays(issued, r.int(3, 7)));
    const no = chq++;
    const lk = led({ date: issued, amount: a, ...s.ledCheque(sp, no, a) });
    line({
      date: d,
      amount: a,
      ...s.chequeOut(no, sp, r, d),
      ledger: [lk],
      evidence: 'reference',
      traits: ['cheque-number'],
    });
    afterPx(d, a, 'cheque');
  }
  for (let i = 0; i < c.chequesOutstanding; i++) {
    const sp = supp();
    const a = -amount(...c.payment);
    const lk = led({ date: workday(s.date(s.lastDay - r.int(2, 6))), amount: a, ...s.ledCheque(sp, chq++, a) });
    set.only(lk, 'cheque issued, not yet presented');
  }
  // 5. payroll: one batch for the net salaries, then the statutory remittances
  if (on('payroll')) {
    const d = workday(s.date(s.payday));
    const a = -amount(...c.payroll);
    const lk = led({ date: notBefore(addDays(d, -r.int(0, 1))), amount: a, ...s.ledPayroll(a) });
    line({ date: d, amount: a, ...s.payroll(r), ledger: [lk], evidence: 'counterparty', traits: ['payroll-batch'] });
    afterPx(d, a, 'batch');
    for (const st of s.statutory) {
      const ds = workday(s.date(st.day));
      const sa = -amount(...st.range);
      const sk = led({ date: notBefore(addDays(ds, -r.int(0, 2))), amount: sa, ...st.led });
      line({
        date: ds,
        amount: sa,
        ...st.bank,
        ledger: [sk],
        evidence: 'counterparty',
        traits: ['statutory-remittance'],
      });
      afterPx(ds, sa, 'transfer');
    }
  }
  // 6. card/POS (or till) settlements net of the acquirer's fee against the day's gross takings
  if (on('pos')) {
    const days = r.shuffle([...Array(s.lastDay - 2).keys()].map((k) => workday(s.date(k + 1))));
    const posDays = [...new Set(days)].slice(0, c.posDays).sort();
    posDays.forEach((sales, k) => {
      const settle = workday(addDays(sales, 1));
      if (settle > s.period.to) return;
      if (k === 0) {
        // two terminals settle separately; the books hold one day's takings
        const g1 = amount(...c.pos);
        const g2 = amount(...c.pos);
        const lk = led({ date: sales, amount: g1 + g2, ...s.ledPos(sales) });
        for (const [g, tid] of [
          [g1, s.terminals[0]],
          [g2, s.terminals[1]],
        ]) {
          const net = g - s.posFee(g);
          used.add(net);
          line({
            date: settle,
            amount: net,
            ...s.pos(tid, sales),
            ledger: [lk],
            group: `${B}:pos-two-terminals`,
            evidence: 'amount',
            traits: ['pos-settlement', 'short-net-of-fee', 'split-many-to-one', 'settled-next-day'],
          });
        }
        return;
      }
      const g = amount(...c.pos);
      const net = g - s.posFee(g);
      used.add(net);
      const lk = led({ date: sales, amount: g, ...s.ledPos(sales) });
      line({
        date: settle,
        amount: net,
        ...s.pos(s.terminals[0], sales),
        ledger: [lk],
        evidence: 'amount',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      });
    });
  }
  // 7. twins
  if (on('twins')) {
    // the same amount, the same day, from two customers the narration does not name: either pairing is right
    const d = day(4);
    const a = amount(...c.cash, false);
    const c1 = cust();
    const c2 = cust();
    const l1 = led({ date: d, amount: a, ...s.ledRx(c1, inv++, a) });
    const l2 = led({ date: d, amount: a, ...s.ledRx(c2, inv++, a) });
    for (let k = 0; k < 2; k++)
      line({
        date: d,
        amount: a,
        ...s.cash(r, d),
        ledger: [k ? l2 : l1],
        anyOf: [[l1], [l2]],
        evidence: 'amount',
        traits: ['twins', 'amount-only'],
      });
    afterRx(d, a);
    afterRx(d, a);
    // the same amount, the same day, from two customers the narration does name: not ambiguous at all
    const e = day(4);
    const b = amount(...c.receipt, false);
    const c3 = cust();
    const c4 = cust();
    const l3 = led({ date: e, amount: b, ...s.ledRx(c3, inv++, b) });
    const l4 = led({ date: notBefore(addDays(e, -1)), amount: b, ...s.ledRx(c4, inv++, b) });
    line({
      date: e,
      amount: b,
      ...s.rx(c4, null, r, e),
      ledger: [l4],
      evidence: 'counterparty',
      traits: ['name-only', 'same-amount-same-day'],
    });
    afterRx(e, b);
    line({
      date: e,
      amount: b,
      ...s.rx(c3, null, r, e),
      ledger: [l3],
      evidence: 'counterparty',
      traits: ['name-only', 'same-amount-same-day'],
    });
    afterRx(e, b);
    // two equal payments to one supplier on consecutive days, both booked on the first day, no reference: either
    // pairing balances
    const sp = supp();
    const p = -amount(...c.payment, false);
    const d1 = day(3, 12);
    const d2 = workday(addDays(d1, 1));
    const k1 = led({ date: d1, amount: p, ...s.ledPx(sp, null, p) });
    const k2 = led({ date: d1, amount: p, ...s.ledPx(sp, null, p) });
    line({
      date: d1,
      amount: p,
      ...s.px(sp, null, r, d1),
      ledger: [k1],
      anyOf: [[k1], [k2]],
      evidence: 'counterparty',
      traits: ['twins', 'recurring-same-payee'],
    });
    afterPx(d1, p, 'transfer');
    line({
      date: d2,
      amount: p,
      ...s.px(sp, null, r, d2),
      ledger: [k2],
      anyOf: [[k1], [k2]],
      evidence: 'counterparty',
      traits: ['twins', 'recurring-same-payee'],
    });
    afterPx(d2, p, 'transfer');
  }
  // 8. amounts that differ from the books
  if (on('diffs')) {
    // part payment: the bookkeeper recorded the invoice in full from the customer's promise; half came
    let cu = cust();
    let no = inv++;
    let a = amount(...c.receipt);
    let paid = Math.round(a * 0.6);
    let d = day(5);
    let lk = led({ date: notBefore(addDays(d, -1)), amount: a, ...s.ledRx(cu, no, a) });
    line({
      date: d,
      amount: paid,
      ...s.rx(cu, s.partText(no), r, d),
      ledger: [lk],
      evidence: 'reference',
      traits: ['short-part-payment', 'ref-canonical'],
    });
    afterRx(d, paid);
    // over-payment: rounded up
    cu = cust();
    no = inv++;
    a = amount(...c.receipt);
    // rounded up to a round figure no more than about 2% above the invoice
    const step = [1000000, 100000, 10000, 1000, 100].find((x) => x <= a * 0.02) ?? 100;
    paid = Math.ceil(a / step) * step;
    if (paid === a) paid += step;
    d = day(5);
    lk = led({ date: d, amount: a, ...s.ledRx(cu, no, a) });
    line({
      date: d,
      amount: paid,
      ...s.rx(cu, r.pick(s.refVariants(no)).text, r, d),
      ledger: [lk],
      evidence: 'reference',
      traits: ['over-payment'],
    });
    afterRx(d, paid);
    // withholding deducted by the customer
    if (s.withholding) {
      for (let k = 0; k < 2; k++) {
        cu = cust();
        no = inv++;
        a = amount(...c.receipt);
        paid = a - pctOf(a, s.withholding.bp);
        d = day(5);
        lk = led({ date: notBefore(addDays(d, -r.int(0, 2))), amount: a, ...s.ledRx(cu, no, a) });
        const withRef = k === 0;
        line({
          date: d,
          amount: paid,
          ...s.rx(cu, withRef ? r.pick(s.refVariants(no)).text : null, r, d),
          ledger: [lk],
          evidence: withRef ? 'reference' : 'counterparty',
          traits: [s.withholding.trait, ...(withRef ? [] : ['name-only'])],
        });
        afterRx(d, paid);
      }
    }
    // invoice less a credit note the customer took
    cu = cust();
    no = inv++;
    a = amount(...c.receipt);
    const cn = pctOf(a, r.int(300, 1200));
    d = day(5);
    lk = led({ date: notBefore(addDays(d, -1)), amount: a, ...s.ledRx(cu, no, a) });
    line({
      date: d,
      amount: a - cn,
      ...s.rx(cu, s.lessCnText(no), r, d),
      ledger: [lk],
      evidence: 'reference',
      traits: ['invoice-less-credit-note'],
    });
    afterRx(d, a - cn);
  }
  // 9. splits
  if (on('splits')) {
    // one transfer for two invoices, recorded as two receipts
    const cu = cust();
    const n1 = inv++;
    const n2 = inv++;
    const a1 = amount(...c.receipt);
    const a2 = amount(...c.receipt);
    const d = day(5);
    const k1 = led({ date: notBefore(addDays(d, -1)), amount: a1, ...s.ledRx(cu, n1, a1) });
    const k2 = led({ date: notBefore(addDays(d, -1)), amount: a2, ...s.ledRx(cu, n2, a2) });
    used.add(a1 + a2);
    line({
      date: d,
      amount: a1 + a2,
      ...s.rx(cu, s.twoInvText(n1, n2), r, d),
      ledger: [k1, k2],
      evidence: 'reference',
      traits: ['split-one-to-many'],
    });
    afterRx(d, a1 + a2);
    // one invoice paid in two transfers, recorded as one receipt from the remittance advice
    const cu2 = cust();
    const n3 = inv++;
    const t = amount(...c.receipt);
    const p1 = Math.round(t * 0.4);
    const e = day(5, s.lastDay - 6);
    const k3 = led({ date: e, amount: t, ...s.ledRx(cu2, n3, t) });
    line({
      date: e,
      amount: p1,
      ...s.rx(cu2, s.partText(n3), r, e),
      ledger: [k3],
      group: `${B}:one-invoice-two-transfers`,
      evidence: 'reference',
      traits: ['split-many-to-one', 'ref-canonical'],
    });
    afterRx(e, p1);
    const e2 = workday(addDays(e, 2));
    line({
      date: e2,
      amount: t - p1,
      ...s.rx(cu2, s.balanceText(n3), r, e2),
      ledger: [k3],
      group: `${B}:one-invoice-two-transfers`,
      evidence: 'reference',
      traits: ['split-many-to-one', 'ref-canonical'],
    });
    afterRx(e2, t - p1);
  }
  // 10. a transfer that failed and came back, then went again
  if (on('reversal')) {
    const sp = supp();
    const b = s.billRef(sp, bill, r);
    const a = -amount(...c.payment);
    const d = day(5, s.lastDay - 8);
    const back = workday(addDays(d, 1));
    const again = workday(addDays(back, r.int(1, 3)));
    const lk = led({ date: d, amount: a, ...s.ledPx(sp, b, a) });
    const first = line({
      date: d,
      amount: a,
      ...s.px(sp, b, r, d),
      expect: 'reversal-pair',
      traits: ['failed-transfer'],
    });
    afterPx(d, a, 'transfer');
    const rev = line({
      date: back,
      amount: -a,
      ...s.reversal(sp, b, r, back),
      expect: 'reversal-pair',
      partner: first,
      traits: ['reversal'],
    });
    set.bank.find((x) => x.key === first).partner = rev;
    line({
      date: again,
      amount: a,
      ...s.px(sp, b, r, again),
      ledger: [lk],
      evidence: 'reference',
      traits: ['ref-canonical', 'resent-after-reversal'],
    });
    afterPx(again, a, 'transfer');
  }
  // 11. lines the books do not hold, and a trap: the same amount as an uncredited deposit, from someone else
  if (on('unknown')) {
    const d = day(3);
    const a = amount(...c.receipt);
    line({ date: d, amount: a, ...s.rx(s.stranger, null, r, d), expect: 'no-counterpart', traits: ['unknown-payer'] });
    afterRx(d, a);
    const cu = cust();
    const lk = led({ date: dayIn(workday(s.date(s.lastDay - 1))), amount: a, ...s.ledRx(cu, inv++, a) });
    set.only(lk, 'deposit in transit (receipt recorded, not yet on the statement); same amount as an unrelated payer');
    const d2 = day(3);
    const u = -amount(...c.small);
    line({ date: d2, amount: u, ...s.unrecordedDebit, expect: 'no-counterpart', traits: ['unrecorded-debit'] });
    const dit = amount(...c.receipt);
    const lk2 = led({ date: s.period.to, amount: dit, ...s.ledRx(cust(), inv, dit) });
    set.only(lk2, 'deposit in transit (lodged on the last day)');
  }
  // 12. the bank's own month: fees, levies, interest
  for (const m of s.monthly)
    line({ date: m.date, amount: m.amount, ...m.text, expect: 'bank-only', kind: m.kind, traits: [] });
  if (s.extra) s.extra({ set, r, line, led, amount, day, cust, supp, afterRx, afterPx, used });
}
