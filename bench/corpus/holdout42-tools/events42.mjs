// The month every set has: trading events written as bank lines (each transfer's charges right below it) and book
// rows, with what a bookkeeper would decide for each. The set (sets42.mjs) supplies names, wording and charges.
import { share } from './lib42.mjs';

/**
 * @param S the set's description (sets42.mjs)
 * @param r the set's random stream (lib42.rng)
 * @param wd the period's working days (day numbers)
 */
export function buildMonth(S, r, wd) {
  const lines = [];
  const rows = [];
  const used = new Set();
  const last = wd.length - 1;
  let group = 0;
  const nextGroup = () => `g${String(++group).padStart(2, '0')}`;

  /** A fresh amount in minor units, `lo`–`hi` in the set's major units, unique across the month. */
  const amount = (lo, hi, cents = true) => {
    for (;;) {
      let m = r.int(Math.round(lo * S.scale * 100), Math.round(hi * S.scale * 100));
      if (!cents) m -= m % 100;
      if (!used.has(m) && m > 0) {
        used.add(m);
        return m;
      }
    }
  };
  const claim = (m) => {
    if (used.has(m)) throw new Error(`${S.set}: amount ${m} drawn twice`);
    used.add(m);
    return m;
  };
  const day = (lo = 0, hi = last) => wd[r.int(lo, hi)];
  const after = (d, n) => wd[wd.indexOf(d) + n];
  const row = (d, amt, ref, desc, party, extra = {}) => {
    const x = { day: d, amount: amt, ref, desc, party, ...extra };
    rows.push(x);
    return x;
  };
  /** A bank line and the charge lines the bank writes right below it. */
  const line = (d, amt, cell, decision, extra = {}) => {
    const x = { day: d, amount: amt, text: cell.text, ref: cell.ref ?? '', decision, traits: [], ...extra };
    lines.push(x);
    for (const c of cell.charges ?? []) {
      used.add(Math.abs(c.amount));
      lines.push({
        day: d,
        amount: c.amount,
        text: c.text,
        ref: c.ref ?? '',
        decision: 'bank-only',
        kind: c.kind,
        traits: [],
      });
    }
    return x;
  };

  const C = r.shuffle(S.customers);
  const V = r.shuffle(S.suppliers);
  let ci = 0;
  let vi = 0;
  const cust = () => C[ci++];
  const supp = () => V[vi++ % V.length];
  const invNo = () => r.digits(5);
  const billNo = () => S.billNo(r);

  // ---- receipts quoting invoices, six writings; two booked two working days late, one quoted in the reference cell
  const writings = ['canonical', 'lowercase', 'serial-prefixed', 'digits-only', 'slashes', 'spaces'];
  const traitOf = {
    canonical: 'ref-canonical',
    lowercase: 'ref-lowercase',
    'serial-prefixed': 'ref-serial-only',
    'digits-only': 'ref-digits-only',
    slashes: 'ref-slashes',
    spaces: 'ref-spaces',
  };
  writings.forEach((w, i) => {
    const c = cust();
    const n = invNo();
    const inRef = i === 3;
    const late = i === 1 || i === 4;
    const d = day(1, last - 4);
    const amt = amount(1500, 42000);
    const bk = row(late ? after(d, 2) : d, amt, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    const cell = S.bankIn(c, inRef ? '' : S.writeInv(n, w), r, amt, inRef ? S.writeInv(n, w) : null);
    line(d, amt, cell, 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: [traitOf[w], ...(inRef ? ['reference-in-reference-field'] : []), ...(late ? ['late-posting'] : [])],
    });
  });

  // ---- payers named as the books name them, no reference (one cash at the branch)
  for (let i = 0; i < 3; i++) {
    const c = cust();
    const d = day(1, last - 1);
    const amt = amount(900, 28000);
    const bk = row(d, amt, null, S.book.receipt(null, c), c.book);
    const cash = i === 0 && S.bankCash;
    const cell = cash ? S.bankCash(c, amt) : S.bankIn(c, S.vagueText(r), r, amt, null);
    line(d, amt, cell, 'auto', {
      rows: [bk],
      evidence: 'counterparty',
      traits: ['name-only', ...(cash ? ['cash-deposit'] : [])],
    });
  }

  // ---- one transfer for three invoices, all quoted; a receipt row per invoice
  {
    const c = cust();
    const d = day(2, last - 2);
    const ns = [invNo(), invNo(), invNo()];
    const amts = ns.map(() => amount(700, 9000));
    const bks = ns.map((n, k) => row(d, amts[k], S.inv(n), S.book.receipt(S.inv(n), c), c.book));
    const total = claim(amts.reduce((a, b) => a + b, 0));
    const cell = S.bankIn(c, S.multiInv(ns), r, total, null);
    line(d, total, cell, 'auto', { rows: bks, evidence: 'reference', traits: ['split-one-to-many', 'ref-canonical'] });
  }

  // ---- one transfer for two invoices without a reference
  {
    const c = cust();
    const d = day(2, last - 2);
    const ns = [invNo(), invNo()];
    const amts = ns.map(() => amount(800, 12000));
    const bks = ns.map((n, k) => row(d, amts[k], S.inv(n), S.book.receipt(S.inv(n), c), c.book));
    const total = claim(amts[0] + amts[1]);
    line(d, total, S.bankIn(c, S.vagueText(r), r, total, null), 'suggest', {
      rows: bks,
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: ['split-one-to-many', 'name-only'],
    });
  }

  // ---- one invoice in two instalments quoting it, booked once in full when the second arrives
  {
    const c = cust();
    const n = invNo();
    const d1 = day(1, 8);
    const d2 = day(12, last - 1);
    const full = amount(9000, 30000);
    const first = claim(share(full, 2, 5) - (share(full, 2, 5) % 100));
    const second = claim(full - first);
    const bk = row(d2, full, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    const g = nextGroup();
    line(d1, first, S.bankIn(c, S.partText(S.writeInv(n, 'canonical'), 1), r, first, null), 'auto', {
      rows: [bk],
      group: g,
      evidence: 'reference',
      traits: ['split-many-to-one', 'instalment', 'ref-canonical'],
    });
    line(d2, second, S.bankIn(c, S.partText(S.writeInv(n, 'spaces'), 2), r, second, null), 'auto', {
      rows: [bk],
      group: g,
      evidence: 'reference',
      traits: ['split-many-to-one', 'instalment', 'ref-spaces'],
    });
  }

  // ---- over-payment rounded up
  {
    const c = cust();
    const n = invNo();
    const d = day(1, last - 1);
    const inv = amount(3000, 20000);
    const step = S.roundStep * 100;
    const paid = claim(inv + step - (inv % step));
    const bk = row(d, inv, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    line(d, paid, S.bankIn(c, S.writeInv(n, 'canonical'), r, paid, null), 'auto', {
      rows: [bk],
      evidence: 'reference',
      difference: paid - inv,
      traits: ['over-payment', 'ref-canonical'],
    });
  }

  // ---- withholding (ZA: settlement discount) short
  {
    const c = cust();
    const n = invNo();
    const d = day(1, last - 1);
    const inv = amount(8000, 40000);
    const short = share(inv, S.short.num, S.short.den);
    const paid = claim(inv - short);
    const bk = row(d, inv, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    line(d, paid, S.bankIn(c, S.shortText(S.writeInv(n, 'canonical')), r, paid, null), 'auto', {
      rows: [bk],
      evidence: 'reference',
      difference: paid - inv,
      traits: [S.short.trait, 'ref-canonical'],
    });
  }

  // ---- part payment the bookkeeper booked as if in full
  {
    const c = cust();
    const n = invNo();
    const d = day(1, last - 1);
    const inv = amount(10000, 36000);
    const paid = claim(share(inv, 1, 2) - (share(inv, 1, 2) % 100));
    const bk = row(d, inv, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    line(d, paid, S.bankIn(c, S.partText(S.writeInv(n, 'canonical'), 0), r, paid, null), 'suggest', {
      rows: [bk],
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['part-payment', 'ref-canonical'],
    });
  }

  // ---- invoice less its credit note (the books hold the net)
  {
    const c = cust();
    const n = invNo();
    const cn = S.creditNote(r);
    const d = day(1, last - 1);
    const net = amount(4000, 25000);
    const bk = row(d, net, S.inv(n), S.book.receiptNet(S.inv(n), cn, c), c.book);
    line(d, net, S.bankIn(c, S.lessCnText(S.writeInv(n, 'canonical'), cn), r, net, null), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['invoice-less-credit-note', 'credit-note', 'ref-canonical'],
    });
  }

  // ---- tie: two equal open receipts of one payer, one payment by name
  {
    const c = cust();
    const d = day(3, last - 3);
    const amt = amount(2500, 9000);
    const a = row(after(d, -2), amt, S.inv(invNo()), S.book.receipt(null, c), c.book);
    const b = row(after(d, -1), amt, S.inv(invNo()), S.book.receipt(null, c), c.book);
    line(d, amt, S.bankIn(c, S.vagueText(r), r, amt, null), 'suggest', {
      anyOf: [[a], [b]],
      mustNotAuto: true,
      evidence: 'counterparty',
      traits: ['tie', 'name-only'],
    });
  }

  // ---- a receipt keyed in the books with two digits swapped
  {
    const c = cust();
    const n = invNo();
    const d = day(1, last - 1);
    let amt;
    let keyed;
    do {
      amt = amount(5000, 30000);
      const s = String(amt);
      const k = s.length - 4;
      keyed = Number(s.slice(0, k) + s[k + 1] + s[k] + s.slice(k + 2));
    } while (keyed === amt || used.has(keyed));
    claim(keyed);
    const bk = row(d, keyed, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    line(d, amt, S.bankIn(c, S.writeInv(n, 'canonical'), r, amt, null), 'suggest', {
      rows: [bk],
      mustNotAuto: true,
      evidence: 'reference',
      traits: ['books-amount-transposed', 'ref-canonical'],
    });
  }

  // ---- a payment quoting the customer's own order number, copied into the receipt
  {
    const c = cust();
    const po = S.orderNo(r);
    const d = day(1, last - 1);
    const amt = amount(3000, 22000);
    const bk = row(d, amt, po, S.book.receiptOrder(po, c), c.book);
    line(d, amt, S.bankIn(c, po, r, amt, null), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['customer-order-number'],
    });
  }

  // ---- two customers paying the same amount the same day, each quoting their invoice
  {
    const d = day(2, last - 2);
    const amt = amount(2000, 15000);
    for (const w of ['canonical', 'lowercase']) {
      const c = cust();
      const n = invNo();
      const bk = row(d, amt, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
      line(d, amt, S.bankIn(c, S.writeInv(n, w), r, amt, null), 'auto', {
        rows: [bk],
        evidence: 'reference',
        traits: ['same-amount-same-day', traitOf[w]],
      });
    }
  }

  // ---- a third party paying a customer's invoice and quoting it
  {
    const c = cust();
    const n = invNo();
    const d = day(1, last - 1);
    const amt = amount(3000, 18000);
    const bk = row(d, amt, S.inv(n), S.book.receipt(S.inv(n), c), c.book);
    line(d, amt, S.bankIn(S.thirdParty, S.writeInv(n, 'canonical'), r, amt, null), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['third-party-payer', 'ref-canonical'],
    });
  }

  // ---- a customer paying under a trading name the books do not use, no reference
  {
    const c = S.tradingName;
    const d = day(2, last - 1);
    const amt = amount(2500, 12000);
    const bk = row(after(d, -1), amt, S.inv(invNo()), S.book.receipt(null, c), c.book);
    line(d, amt, S.bankIn({ ...c, bank: c.trade }, S.vagueText(r), r, amt, null), 'suggest', {
      rows: [bk],
      mustNotAuto: false,
      evidence: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
  }

  // ---- two unknown receipts
  for (const u of S.unknown) {
    const d = day(1, last - 1);
    const amt = amount(400, 6000);
    line(d, amt, S.bankIn(u, S.vagueText(r), r, amt, null), 'none', { traits: ['unknown-payer'] });
  }

  // ---- supplier payments quoting their invoice (one booked a working day before the bank), two by name
  for (let i = 0; i < 4; i++) {
    const s = supp();
    const b = billNo();
    const d = day(2, last - 1);
    const amt = amount(1500, 30000);
    const bk = row(i === 2 ? after(d, -1) : d, -amt, b, S.book.payment(b, s), s.book);
    line(d, -amt, S.bankOut(s, S.billText(b), r, amt), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['supplier-invoice', ...(i === 2 ? ['booked-early'] : [])],
    });
  }
  for (let i = 0; i < 2; i++) {
    const s = supp();
    const d = day(1, last - 1);
    const amt = amount(800, 14000);
    const bk = row(d, -amt, null, S.book.payment(null, s), s.book);
    line(d, -amt, S.bankOut(s, S.ourVague(r), r, amt), 'auto', {
      rows: [bk],
      evidence: 'counterparty',
      traits: ['name-only'],
    });
  }

  // ---- one bill paid in two transfers the same day over the per-payment limit, booked once
  {
    const s = supp();
    const b = billNo();
    const d = day(3, last - 2);
    const first = claim(S.limit);
    const second = amount(S.limit / S.scale / 100 / 5, S.limit / S.scale / 100 / 2);
    const bk = row(d, -(first + second), b, S.book.payment(b, s), s.book);
    used.add(first + second);
    const g = nextGroup();
    for (const [k, amt] of [first, second].entries())
      line(d, -amt, S.bankOut(s, S.splitText(b, k + 1), r, amt), 'auto', {
        rows: [bk],
        group: g,
        evidence: 'reference',
        traits: ['split-many-to-one', 'over-transfer-limit'],
      });
  }

  // ---- twins: two equal transfers to one payee the same day quoting one trip, two equal book rows
  {
    const s = S.haulier;
    const trip = S.tripNo(r);
    const d = day(2, last - 2);
    const amt = amount(600, 4000);
    const a = row(d, -amt, trip, S.book.haulage(trip, s), s.book, { tag: 'haulage' });
    const b = row(d, -amt, trip, S.book.haulage(trip, s), s.book, { tag: 'haulage' });
    for (let k = 0; k < 2; k++)
      line(d, -amt, S.bankOut(s, S.tripText(trip), r, amt), 'auto', {
        anyOf: [[a], [b]],
        evidence: 'reference',
        traits: ['twins'],
      });
  }

  // ---- a failed transfer, its reversal (no charge on the failed one) and the payment sent again
  {
    const s = supp();
    const b = billNo();
    const d = day(2, last - 4);
    const amt = amount(1200, 9000);
    const failed = line(d, -amt, { ...S.bankOut(s, S.billText(b), r, amt), charges: [] }, 'reversal-pair', {
      traits: ['failed-transfer'],
    });
    const rev = line(after(d, 1), amt, S.reversal(failed, s), 'reversal-pair', { traits: ['reversal'] });
    failed.partner = rev;
    rev.partner = failed;
    const bk = row(after(d, 2), -amt, b, S.book.payment(b, s), s.book);
    line(after(d, 2), -amt, S.bankOut(s, S.billText(b), r, amt, true), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['resent-after-reversal', 'supplier-invoice'],
    });
  }

  // ---- refunds: to a customer quoting our credit note, from a supplier by name
  {
    const c = cust();
    const cn = S.creditNote(r);
    const d = day(1, last - 1);
    const amt = amount(400, 5000);
    const bk = row(d, -amt, cn, S.book.refundOut(cn, c), c.book, { tag: 'in' });
    line(d, -amt, S.bankOut(c, S.refundText(cn), r, amt), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['refund', 'credit-note'],
    });
    const s = supp();
    const d2 = day(1, last - 1);
    const amt2 = amount(300, 4000);
    const bk2 = row(d2, amt2, null, S.book.refundIn(s), s.book, { tag: 'out' });
    line(d2, amt2, S.bankIn(s, S.supplierRefundText(r), r, amt2, null), 'auto', {
      rows: [bk2],
      evidence: 'counterparty',
      traits: ['refund', 'name-only'],
    });
  }

  // ---- settlements: net with its id (gross booked); gross and fee booked as two rows; no id, gross booked a day early
  {
    const st = S.settle;
    const d = day(2, last - 1);
    const gross = amount(5000, 30000);
    const fee = share(gross, st.idNet.feeNum, st.idNet.feeDen);
    const net = claim(gross - fee);
    const id = st.idNet.id(r);
    const bk = row(d, gross, id, S.book.settlement(id, st.idNet), st.idNet.party, { tag: 'sales' });
    line(d, net, st.idNet.bank(id, net), 'auto', {
      rows: [bk],
      evidence: 'reference',
      difference: net - gross,
      traits: ['pos-settlement', 'short-net-of-fee'],
    });

    const d2 = day(2, last - 1);
    const gross2 = amount(4000, 25000);
    const fee2 = claim(share(gross2, st.grossFee.feeNum, st.grossFee.feeDen));
    const net2 = claim(gross2 - fee2);
    const id2 = st.grossFee.id(r);
    const g = row(d2, gross2, id2, S.book.settlement(id2, st.grossFee), st.grossFee.party, { tag: 'sales' });
    const f = row(d2, -fee2, id2, S.book.settlementFee(id2, st.grossFee), st.grossFee.party, { tag: 'fee' });
    line(d2, net2, st.grossFee.bank(id2, net2), 'auto', {
      rows: [g, f],
      evidence: 'reference',
      traits: ['pos-settlement', 'gross-and-fee-booked'],
    });

    const d3 = day(3, last - 1);
    const gross3 = amount(3000, 20000);
    const fee3 = share(gross3, st.noId.feeNum, st.noId.feeDen);
    const net3 = claim(gross3 - fee3);
    const bk3 = row(after(d3, -1), gross3, null, S.book.settlement(null, st.noId), st.noId.party, { tag: 'sales' });
    line(d3, net3, st.noId.bank(net3), 'suggest', {
      rows: [bk3],
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
    });
  }

  // ---- payroll, statutory payments, utilities, the own-account transfer
  {
    const d = wd[last - 2];
    const amt = amount(30000, 90000);
    const batch = S.batchNo(r);
    const bk = row(d, -amt, batch, S.book.payroll(batch), S.book.payrollParty, { tag: 'payroll' });
    line(d, -amt, S.payroll(batch, amt), 'auto', { rows: [bk], evidence: 'reference', traits: ['payroll'] });
  }
  for (const p of S.statutory) {
    const d = day(p.from ?? 4, p.to ?? 12);
    const amt = amount(p.lo, p.hi);
    const ref = p.ref(r);
    const bk = row(d, -amt, p.bookRef(ref), p.bookDesc(ref), p.party, { tag: 'statutory' });
    line(d, -amt, p.bank(ref, amt), 'auto', { rows: [bk], evidence: 'reference', traits: ['statutory'] });
  }
  for (const u of S.utilities) {
    const d = day(3, last - 3);
    const amt = amount(u.lo, u.hi);
    const bk = row(d, -amt, u.account, u.bookDesc, u.party, { tag: 'utility' });
    line(d, -amt, u.bank(amt), 'auto', { rows: [bk], evidence: 'reference', traits: ['utility'] });
  }
  {
    const o = S.ownAccount;
    const d = day(4, last - 4);
    const amt = amount(o.lo, o.hi, false);
    const bk = row(d, o.sign * amt, o.account, o.bookDesc, o.party, { tag: 'own' });
    line(d, o.sign * amt, o.bank(amt), 'auto', {
      rows: [bk],
      evidence: 'reference',
      traits: ['own-account', 'interbank-transfer'],
    });
  }

  // ---- what one side has and the other not
  {
    const d = day(2, last - 1);
    const amt = amount(40, 600);
    line(d, -amt, S.unbooked(amt), 'none', { traits: ['unbooked-card-purchase'] });
    const d2 = day(0, 3);
    const prior = amount(1500, 9000);
    line(d2, -prior, S.priorItem(prior), 'none', { traits: ['prior-period'] });
    S.priorMinor = prior;
    const s1 = supp();
    const chq = S.chequeNo(r);
    row(day(last - 5, last - 2), -amount(1000, 8000), chq, S.book.chequeOut(chq, s1), s1.book, {
      only: S.ledgerOnlyWhy[0],
    });
    const s2 = supp();
    const b2 = billNo();
    row(wd[last], -amount(900, 7000), b2, S.book.payment(b2, s2), s2.book, { only: S.ledgerOnlyWhy[1] });
    const c3 = cust();
    const n3 = invNo();
    row(wd[last], amount(1200, 9000), S.inv(n3), S.book.chequeIn(S.inv(n3), c3), c3.book, { only: S.ledgerOnlyWhy[2] });
  }

  // ---- the bank's own month-end charges, from what the month holds
  const debits = lines.filter((l) => l.amount < 0 && l.decision !== 'bank-only').reduce((a, l) => a - l.amount, 0);
  for (const c of S.monthEnd(debits, lines.length)) {
    used.add(Math.abs(c.amount));
    lines.push({
      day: wd[last],
      amount: c.amount,
      text: c.text,
      ref: c.ref ?? '',
      decision: 'bank-only',
      kind: c.kind,
      traits: [],
      monthEnd: true,
    });
  }
  return { lines, rows };
}
