// The month's business, country-neutral: customers paying invoices (in all the ways they really do), the company
// paying suppliers, the awkward cases every month has. Each set supplies a "dialect" that writes the bank's
// narrations and the package's ledger rows, and adds its own country cases (fees, levies, statutory bodies,
// card/mobile-money settlements) itself.

import { pct } from './lib.mjs';

/**
 * D (dialect):
 *   inv(serial) → canonical invoice number as the package prints it
 *   refVariants(serial) → [{ text, trait }] ways a payer writes that number
 *   recv({ cust, memo, payerName }) → { text, ref }           bank narration of an incoming transfer
 *   pay({ sup, memo }) → { text, ref }                         bank narration of an outgoing transfer
 *   afterCredit(bankLine) / afterDebit(bankLine)                add the bank's own charge lines (optional)
 *   lRecv({ cust, invNos, date }) → ledger fields              a booked receipt
 *   lPay({ sup, memo, docNo, date }) → ledger fields           a booked supplier payment
 *   bigBp / taxBp                                              VAT rate (basis points) for invoice amounts
 */
export function core(B, T, cal, D, opt) {
  const { int, pick, chance } = T;
  let serial = opt.firstSerial;
  const nextInv = () => serial++;
  const invAmount = (lo, hi) => {
    // invoices are priced in whole units ex VAT; VAT gives the cents
    const net = int(lo, hi) * opt.round;
    return Math.round((net * 100 * (10000 + D.vatBp)) / 10000);
  };
  const day = (from = 0, to = cal.days.length - 1) => cal.days[int(from, to)];
  const bookDateFor = (bd) => {
    // most receipts are booked the same day from the bank alert, some the day before from the remittance advice
    const r = T.rng();
    if (r < 0.6) return bd;
    if (r < 0.85) return cal.prevBiz(bd) < cal.first ? bd : cal.prevBiz(bd);
    return cal.nextBiz(bd) > cal.last ? bd : cal.nextBiz(bd);
  };
  // a package row that does not carry the invoice number leaves only the payer's name as evidence
  const evOf = (l, base) => (base === 'reference' && l.hasInv === false ? 'counterparty' : base);
  const credit = (date, amt, txt, extra = {}) => {
    const b = B.bank(date, amt, txt.text, { ref: txt.ref ?? '', ...extra });
    D.afterCredit?.(b);
    return b;
  };
  const debit = (date, amt, txt, extra = {}) => {
    const b = B.bank(date, amt, txt.text, { ref: txt.ref ?? '', ...extra });
    D.afterDebit?.(b);
    return b;
  };

  // --- routine receipts: single invoice, paid in full -------------------------------------------------------
  const custs = opt.customers;
  const clear = custs.filter((c) => c.clear);
  const unclear = custs.filter((c) => !c.clear);
  const usedAmounts = new Set();
  const freshAmount = (lo, hi) => {
    for (;;) {
      const a = invAmount(lo, hi);
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  for (let i = 0; i < opt.routineReceipts; i++) {
    const r = T.rng();
    const bd = day(1);
    const s = nextInv();
    const amt = freshAmount(opt.invLo, opt.invHi);
    if (r < 0.56) {
      const cust = pick(clear);
      const v = pick(D.refVariants(s));
      const b = credit(bd, amt, D.recv({ cust, memo: v.text, payerName: pick(cust.bank) }));
      const l = B.ledger(bookDateFor(bd), amt, D.lRecv({ cust, invNos: [D.inv(s)], date: bd }));
      const evidence = evOf(l, 'reference');
      B.match(b, l, {
        decision: 'auto',
        evidence,
        traits: evidence === 'reference' ? [v.trait] : [v.trait, 'ref-not-in-books'],
      });
    } else if (r < 0.84) {
      const cust = pick(clear);
      const b = credit(bd, amt, D.recv({ cust, memo: pick(opt.plainMemos), payerName: pick(cust.bank) }));
      const l = B.ledger(bookDateFor(bd), amt, D.lRecv({ cust, invNos: [D.inv(s)], date: bd }));
      B.match(b, l, {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
        why: 'payer clearly the customer, exact amount, no other open receipt of that amount',
      });
    } else {
      // paid by the owner or a relative from a personal account, or a bare transfer: the name does not say who
      const cust = pick(unclear);
      const b = credit(bd, amt, D.recv({ cust, memo: pick(opt.plainMemos), payerName: pick(cust.bank) }));
      const l = B.ledger(bookDateFor(bd), amt, D.lRecv({ cust, invNos: [D.inv(s)], date: bd }));
      B.match(b, l, {
        decision: 'suggest',
        evidence: 'amount',
        traits: ['amount-only', 'payer-differs-from-customer'],
        why: "payer's name is not the customer's; only the amount ties them: a person confirms with the customer",
      });
    }
  }

  // --- special receipts --------------------------------------------------------------------------------------
  const sp = opt.special;
  {
    // over-payment with the invoice number: the extra is left on the customer's account
    const cust = sp.overpay;
    const s = nextInv();
    const amt = freshAmount(opt.invLo, opt.invHi);
    const extra = opt.overpayExtra;
    const bd = day(3, 10);
    const v = D.refVariants(s)[0];
    const b = credit(bd, amt + extra, D.recv({ cust, memo: v.text, payerName: cust.bank[0] }));
    const l = B.ledger(bd, amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['over-payment', v.trait], difference: extra });
  }
  {
    // small shortfall with the invoice number (customer rounded down / paid net of its own bank's charge)
    const cust = sp.short;
    const s = nextInv();
    const amt = freshAmount(opt.invLo, opt.invHi);
    const short = opt.smallShort;
    const bd = day(5, 14);
    const v = D.refVariants(s)[1];
    const b = credit(bd, amt - short, D.recv({ cust, memo: v.text, payerName: cust.bank[0] }));
    const l = B.ledger(bd, amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, l, {
      decision: 'auto',
      evidence: 'reference',
      traits: ['short-small', v.trait],
      writeOff: short,
      why: 'invoice quoted, shortfall is a trivial charge/rounding the company writes off',
    });
  }
  for (const wh of sp.withholding) {
    // big customer pays net of withholding tax; the books hold the gross receipt until the credit note arrives
    const s = nextInv();
    const amt = freshAmount(opt.invHi, opt.invHi * 3);
    const withheld = pct(amt, wh.bp);
    const bd = day(2);
    const v = pick(D.refVariants(s));
    const b = credit(bd, amt - withheld, D.recv({ cust: wh.cust, memo: v.text, payerName: wh.cust.bank[0] }));
    const l = B.ledger(bd, amt, D.lRecv({ show: true, cust: wh.cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, l, {
      decision: 'suggest',
      evidence: 'reference',
      traits: [wh.trait, v.trait],
      why: 'invoice quoted but paid net of withholding tax; the accountant books the tax credit before clearing',
    });
  }
  {
    // two instalments of one invoice, each booked as received
    const cust = sp.instalments;
    const s = nextInv();
    const amt = freshAmount(opt.invHi, opt.invHi * 2);
    const first = Math.round(amt * 0.4);
    const d1 = day(2, 8);
    const d2 = day(14, 19);
    const inv = D.inv(s);
    const b1 = credit(d1, first, D.recv({ cust, memo: `PART PYMT ${inv}`, payerName: cust.bank[0] }));
    const l1 = B.ledger(d1, first, D.lRecv({ show: true, cust, invNos: [inv], date: d1, part: 'part payment' }));
    B.match(b1, l1, { decision: 'auto', evidence: 'reference', traits: ['part-payment', 'ref-canonical'] });
    const b2 = credit(d2, amt - first, D.recv({ cust, memo: `BAL ${inv}`, payerName: cust.bank[0] }));
    const l2 = B.ledger(d2, amt - first, D.lRecv({ show: true, cust, invNos: [inv], date: d2, part: 'balance' }));
    B.match(b2, l2, { decision: 'auto', evidence: 'reference', traits: ['part-payment', 'ref-canonical'] });
  }
  {
    // part payment arrived, but the clerk booked the full invoice from the customer's promise
    const cust = sp.partBookedFull;
    const s = nextInv();
    const amt = freshAmount(opt.invHi, opt.invHi * 2);
    const part = Math.round(amt * 0.5) - (Math.round(amt * 0.5) % 100000);
    const bd = day(8, 16);
    const b = credit(bd, part, D.recv({ cust, memo: pick(opt.plainMemos), payerName: cust.bank[0] }));
    const l = B.ledger(cal.prevBiz(bd), amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, l, {
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'counterparty',
      traits: ['part-payment', 'name-only'],
      why: 'only part of the booked receipt arrived: the books must be corrected, not the line cleared',
    });
  }
  {
    // one transfer for three invoices, each receipt booked separately from the remittance advice
    const cust = sp.multi;
    const ss = [nextInv(), nextInv(), nextInv()];
    const amts = ss.map(() => freshAmount(opt.invLo, opt.invHi));
    const bd = day(4, 12);
    const memo = D.multiRefText(ss);
    const b = credit(bd, amts[0] + amts[1] + amts[2], D.recv({ cust, memo, payerName: cust.bank[0] }));
    const ls = ss.map((s, i) => B.ledger(bd, amts[i], D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd })));
    B.match(b, ls, { decision: 'auto', evidence: 'reference', traits: ['split-one-to-many', 'ref-serial-only'] });
  }
  {
    // one transfer for two invoices, no numbers quoted
    const cust = sp.multiNoRef;
    const ss = [nextInv(), nextInv()];
    const amts = ss.map(() => freshAmount(opt.invLo, opt.invHi));
    const bd = day(10, 18);
    const b = credit(bd, amts[0] + amts[1], D.recv({ cust, memo: pick(opt.plainMemos), payerName: cust.bank[0] }));
    const ls = ss.map((s, i) =>
      B.ledger(cal.prevBiz(bd), amts[i], D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd })),
    );
    B.match(b, ls, {
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['split-one-to-many', 'name-only'],
      why: 'sum of two receipts of that customer, nothing quoted: a person checks which invoices',
    });
  }
  {
    // twins: two equal transfers from one customer on one day, two equal receipts booked: either pairing is right
    const cust = sp.twins;
    const amt = freshAmount(opt.invLo, opt.invHi);
    const bd = day(6, 15);
    const ss = [nextInv(), nextInv()];
    const b1 = credit(bd, amt, D.recv({ cust, memo: pick(opt.plainMemos), payerName: cust.bank[0] }));
    const b2 = credit(bd, amt, D.recv({ cust, memo: pick(opt.plainMemos), payerName: cust.bank[0] }));
    const l1 = B.ledger(bd, amt, D.lRecv({ show: true, cust, invNos: [D.inv(ss[0])], date: bd }));
    const l2 = B.ledger(bd, amt, D.lRecv({ show: true, cust, invNos: [D.inv(ss[1])], date: bd }));
    for (const b of [b1, b2])
      B.match(b, null, {
        decision: 'auto',
        evidence: 'counterparty',
        anyOf: [[l1], [l2]],
        traits: ['twins', 'name-only'],
        why: 'both receipts are paid by the two lines; which line clears which does not matter',
      });
  }
  {
    // one payment, two equal receipts booked for different invoices of the same customer: which one? (guess = wrong)
    const cust = sp.oneOfTwo;
    const amt = freshAmount(opt.invLo, opt.invHi);
    const ss = [nextInv(), nextInv()];
    const bd = day(12, 18);
    const b = credit(bd, amt, D.recv({ cust, memo: pick(opt.plainMemos), payerName: cust.bank[0] }));
    const l1 = B.ledger(day(2, 8), amt, D.lRecv({ show: true, cust, invNos: [D.inv(ss[0])], date: bd }));
    const l2 = B.ledger(cal.prevBiz(bd), amt, D.lRecv({ show: true, cust, invNos: [D.inv(ss[1])], date: bd }));
    B.match(b, null, {
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'counterparty',
      anyOf: [[l1], [l2]],
      traits: ['twins', 'name-only'],
      why: 'two booked receipts of this amount for different invoices, one payment: the customer must say which',
    });
  }
  {
    // the clerk booked the same receipt twice
    const cust = sp.duplicate;
    const s = nextInv();
    const amt = freshAmount(opt.invLo, opt.invHi);
    const bd = day(3, 17);
    const v = pick(D.refVariants(s));
    const b = credit(bd, amt, D.recv({ cust, memo: v.text, payerName: cust.bank[0] }));
    const l1 = B.ledger(bd, amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    const l2 = B.ledger(cal.nextBiz(bd), amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, null, {
      decision: 'suggest',
      evidence: 'reference',
      anyOf: [[l1], [l2]],
      traits: ['duplicate-booking', v.trait],
      why: 'receipt booked twice in the books: either row clears the line, the other must be reversed',
    });
  }
  {
    // booked late: receipt entered a week after the money arrived
    const cust = pick(clear);
    const s = nextInv();
    const amt = freshAmount(opt.invLo, opt.invHi);
    const bd = day(2, 10);
    const v = pick(D.refVariants(s));
    const b = credit(bd, amt, D.recv({ cust, memo: v.text, payerName: pick(cust.bank) }));
    const l = B.ledger(cal.addDays(bd, 8), amt, D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: bd }));
    B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['late-posting', v.trait] });
  }
  {
    // receipts that are not in the books (unknown payer) and one booked at month end that the bank credits next month
    for (const u of opt.unknownReceipts) {
      const b = credit(day(3), u.amt, D.recv({ cust: null, memo: u.memo, payerName: u.payer }));
      B.none(b, 'receipt the books do not hold (unidentified payer): stays open for a person', ['unidentified']);
    }
    const cust = pick(clear);
    const s = nextInv();
    const l = B.ledger(
      cal.lastBiz,
      freshAmount(opt.invLo, opt.invHi),
      D.lRecv({ show: true, cust, invNos: [D.inv(s)], date: cal.lastBiz }),
    );
    B.ledgerOnly(l, 'deposit in transit: booked on the last day, credited by the bank next month');
  }

  // --- supplier payments ---------------------------------------------------------------------------------
  let pv = opt.firstPv;
  for (let i = 0; i < opt.routinePayments; i++) {
    const sup = pick(opt.suppliers);
    const bd = day(1);
    const amt = -freshAmount(opt.invLo, opt.invHi * 2);
    const docNo = `${opt.pvPrefix}${String(pv++).padStart(4, '0')}`;
    const billRef = `${sup.billPrefix}${T.digits(sup.billDigits)}`;
    if (chance(0.7)) {
      const memo = chance(0.5) ? `${docNo} ${billRef}` : `${billRef}`;
      const b = debit(bd, amt, D.pay({ sup, memo }));
      const l = B.ledger(chance(0.7) ? bd : cal.prevBiz(bd), amt, D.lPay({ sup, memo: billRef, docNo, date: bd }));
      B.match(b, l, { decision: 'auto', evidence: 'reference', traits: ['ref-canonical'] });
    } else {
      const b = debit(bd, amt, D.pay({ sup, memo: pick(opt.payMemos) }));
      const l = B.ledger(bd, amt, D.lPay({ sup, memo: billRef, docNo, date: bd }));
      B.match(b, l, {
        decision: 'auto',
        evidence: 'counterparty',
        traits: ['name-only'],
        why: 'our own transfer to this supplier, exact amount, same day',
      });
    }
  }
  {
    // recurring equal payments to one supplier (weekly fuel), dates tell them apart
    const sup = sp.recurring;
    const amt = -freshAmount(opt.invLo, opt.invLo + 10);
    const ds = [cal.days[3], cal.days[8], cal.days[13]];
    for (const d of ds) {
      const b = debit(d, amt, D.pay({ sup, memo: sup.recurringMemo }));
      const l = B.ledger(
        d,
        amt,
        D.lPay({ sup, memo: sup.recurringMemo, docNo: `${opt.pvPrefix}${String(pv++).padStart(4, '0')}`, date: d }),
      );
      B.match(b, l, {
        decision: 'suggest',
        evidence: 'counterparty',
        traits: ['recurring-equal', 'name-only'],
        why: 'three equal payments to one supplier: pair by date, which a person checks (any pairing clears the same total)',
      });
    }
  }
  {
    // failed transfer, reversed, sent again
    const sup = sp.failed;
    const amt = -freshAmount(opt.invHi, opt.invHi * 2);
    const d1 = day(5, 12);
    const d2 = cal.nextBiz(d1);
    const docNo = `${opt.pvPrefix}${String(pv++).padStart(4, '0')}`;
    const billRef = `${sup.billPrefix}${T.digits(sup.billDigits)}`;
    const failed = B.bank(d1, amt, D.pay({ sup, memo: `${docNo} ${billRef}` }).text);
    const fees = D.afterDebit ? D.afterDebit(failed, { noRecord: true }) : [];
    const rev = B.bank(cal.nextBiz(d1) === d2 ? d2 : d2, -amt, D.reversalText(failed.text));
    B.reversal(failed, rev, 'transfer failed and was returned');
    for (const f of fees ?? []) {
      const fr = B.bank(d2, -f.amt, D.reversalText(f.text));
      B.reversal(f, fr, 'charge of the failed transfer refunded');
    }
    const resend = debit(d2, amt, D.pay({ sup, memo: `${docNo} ${billRef} RESEND` }));
    const l = B.ledger(d1, amt, D.lPay({ sup, memo: billRef, docNo, date: d1 }));
    B.match(resend, l, { decision: 'auto', evidence: 'reference', traits: ['resent-after-reversal', 'ref-canonical'] });
  }
  return { nextInv, freshAmount, day, credit, debit, nextPv: () => `${opt.pvPrefix}${String(pv++).padStart(4, '0')}` };
}
