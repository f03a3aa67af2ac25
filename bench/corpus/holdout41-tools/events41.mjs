// The month every set has: trading events written through the set's dialect (bank narrations, book wording).
import { share } from './lib41.mjs';

/** Swap two adjacent differing digits of the amount (the books keyed it so). */
function transposed(minor) {
  const s = String(minor);
  for (let i = s.length - 4; i >= 0; i--) {
    if (s[i] !== s[i + 1]) return Number(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  throw new Error(`no digits to swap in ${minor}`);
}

export function buildMonth(D, r) {
  const days = D.days;
  const last = days[days.length - 1];
  const lines = [];
  const rows = [];
  const ledgerOnly = [];
  const used = new Set();
  let seq = 0;
  const groups = [];
  const nextGroup = () => `g${String(groups.push(1)).padStart(2, '0')}`;
  const amt = (lo, hi) => {
    for (;;) {
      const v = r.int(lo, hi);
      if (!used.has(v) && v % 100 !== 0) {
        used.add(v);
        return v;
      }
    }
  };
  const mark = (v) => used.add(Math.abs(v));
  const day = (lo, hi) => days[r.int(lo, Math.min(hi, days.length - 1))];
  const after = (d, n) => days[Math.min(days.indexOf(d) + n, days.length - 1)];
  const before = (d, n) => days[Math.max(days.indexOf(d) - n, 0)];
  const row = (d, minor, doc, desc, party) => {
    const x = { day: d, minor, doc, desc, party, seq: seq++ };
    mark(minor);
    rows.push(x);
    return x;
  };
  const line = (d, minor, b, truth) => {
    const x = { day: d, minor, text: b.text, ref: b.ref ?? '', seq: seq++, traits: [], ...truth };
    lines.push(x);
    for (const c of b.charges ?? []) {
      lines.push({
        day: d,
        minor: -c.minor,
        text: c.text,
        ref: c.ref ?? '',
        seq: seq++,
        decision: 'bank-only',
        kind: c.kind,
        traits: ['bank-charge'],
      });
    }
    return x;
  };
  const auto = (ledger, evidence, traits = [], more = {}) => ({ decision: 'auto', ledger, evidence, traits, ...more });
  const inv = () => D.invNo(r);
  const [lo, hi] = D.invRange;
  const cust = [...D.customers];
  const supp = [...D.suppliers];
  const nextC = () => cust.shift();
  const nextS = () => supp.shift();

  // 1. six invoices quoted in the payer's writing; two booked two working days late; one in the reference cell only
  for (let i = 0; i < 6; i++) {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const d = day(0, days.length - 4);
    const late = i === 1 || i === 4;
    const inRef = i === 3;
    const b = D.bankIn(c, inRef ? D.payerText(r) : D.writings[i](n), m, inRef ? D.writings[0](n) : null);
    const rw = row(late ? after(d, 2) : d, m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    const traits = [
      D.writingTraits[i],
      ...(late ? ['late-posting'] : []),
      ...(inRef ? ['reference-in-reference-field'] : []),
    ];
    line(d, m, b, auto([rw], 'reference', traits));
  }
  // 2. three payers named as the books name them, no reference (one cash at the branch)
  for (let i = 0; i < 3; i++) {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const d = day(1, days.length - 2);
    const b = i === 0 ? D.cash(c) : D.bankIn(c, D.payerText(r), m, null);
    const rw = row(d, m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(d, m, b, auto([rw], 'counterparty', ['name-only', ...(i === 0 ? ['cash-deposit'] : [])]));
  }
  // 3. one transfer for three invoices, all quoted, a receipt row per invoice
  {
    const c = nextC();
    const ns = [inv(), inv(), inv()];
    const ms = ns.map(() => amt(lo, Math.floor(hi / 3)));
    const d = day(3, days.length - 3);
    const total = ms[0] + ms[1] + ms[2];
    mark(total);
    const rws = ns.map((n, k) => row(d, ms[k], D.inv(n), D.book.receipt(D.inv(n), c), c.book));
    line(
      d,
      total,
      D.bankIn(c, ns.map((n) => D.writings[0](n)).join(' '), total, null),
      auto(rws, 'reference', ['split-one-to-many']),
    );
  }
  // 4. one transfer for two invoices without a reference
  {
    const c = nextC();
    const ms = [amt(lo, Math.floor(hi / 2)), amt(lo, Math.floor(hi / 2))];
    const d = day(3, days.length - 3);
    const rws = ms.map((m) => row(before(d, 3), m, D.inv(inv()), D.book.receipt(null, c), c.book));
    rws.forEach((x) => (x.desc = D.book.receipt(x.doc, c)));
    const total = ms[0] + ms[1];
    mark(total);
    line(d, total, D.bankIn(c, D.payerText(r), total, null), {
      decision: 'suggest',
      mustNotAuto: false,
      ledger: rws,
      evidence: 'counterparty',
      traits: ['split-one-to-many', 'name-only'],
    });
  }
  // 5. one invoice paid in two instalments quoting it, booked once in full when the second arrives
  {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const first = share(m, 1, 2);
    const d1 = day(1, 8);
    const d2 = day(days.indexOf(d1) + 6, days.length - 2);
    mark(first);
    mark(m - first);
    const rw = row(d2, m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    const g = nextGroup();
    line(d1, first, D.bankIn(c, D.writings[0](n), first, null), auto([rw], 'reference', ['instalment'], { group: g }));
    line(
      d2,
      m - first,
      D.bankIn(c, D.writings[2](n), m - first, null),
      auto([rw], 'reference', ['instalment'], { group: g }),
    );
  }
  // 6. an over-payment rounded up
  {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const paid = (Math.floor(m / D.roundTo) + 1) * D.roundTo;
    mark(paid);
    const d = day(2, days.length - 2);
    const rw = row(before(d, 1), m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(
      d,
      paid,
      D.bankIn(c, D.writings[1](n), paid, null),
      auto([rw], 'reference', ['over-payment'], { difference: paid - m }),
    );
  }
  // 7. a withholding- (ZA: discount-) short payment
  {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const short = D.short(m);
    mark(m - short);
    const d = day(2, days.length - 2);
    const rw = row(before(d, 2), m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(
      d,
      m - short,
      D.bankIn(c, `${D.writings[5](n)} ${D.shortWord}`, m - short, null),
      auto([rw], 'reference', [D.shortTrait], { difference: -short }),
    );
  }
  // 8. a part payment the bookkeeper booked as if in full
  {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const part = share(m, 3, 5);
    mark(part);
    const d = day(2, days.length - 2);
    const rw = row(d, m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(d, part, D.bankIn(c, D.writings[0](n), part, null), {
      decision: 'suggest',
      mustNotAuto: true,
      ledger: [rw],
      evidence: 'reference',
      traits: ['part-payment'],
    });
  }
  // 9. an invoice less its credit note (the books hold the net)
  {
    const c = nextC();
    const n = inv();
    const cn = D.cnNo(r);
    const m = amt(lo, hi);
    const credit = amt(Math.floor(lo / 10), Math.floor(lo / 3));
    const net = m - credit;
    mark(net);
    const d = day(2, days.length - 2);
    const rw = row(d, net, D.inv(n), D.book.receiptNet(D.inv(n), cn, c), c.book);
    line(
      d,
      net,
      D.bankIn(c, `${D.writings[0](n)} ${D.lessWord} ${cn}`, net, null),
      auto([rw], 'reference', ['credit-note', 'invoice-less-credit-note']),
    );
  }
  // 10. a tie: two equal open receipts of one payer, one payment by name
  {
    const c = nextC();
    const m = amt(lo, hi);
    const d = day(4, days.length - 2);
    const a = row(before(d, 4), m, D.inv(inv()), '', c.book);
    const b = row(before(d, 2), m, D.inv(inv()), '', c.book);
    a.desc = D.book.receipt(a.doc, c);
    b.desc = D.book.receipt(b.doc, c);
    line(d, m, D.bankIn(c, D.payerText(r), m, null), {
      decision: 'suggest',
      mustNotAuto: true,
      ledger: null,
      anyOf: [[a], [b]],
      evidence: 'counterparty',
      traits: ['tie', 'name-only'],
    });
  }
  // 11. a receipt keyed in the books with two digits swapped
  {
    const c = nextC();
    const n = inv();
    const m = amt(lo, hi);
    const wrong = transposed(m);
    const d = day(1, days.length - 2);
    const rw = row(d, wrong, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(d, m, D.bankIn(c, D.writings[3](n), m, null), {
      decision: 'suggest',
      mustNotAuto: true,
      ledger: [rw],
      evidence: 'reference',
      traits: ['books-amount-transposed'],
    });
  }
  // 12. a payment quoting the customer's own order number (copied into the receipt)
  {
    const c = nextC();
    const n = inv();
    const po = `${D.poWord} ${r.digits(6)}`;
    const m = amt(lo, hi);
    const d = day(1, days.length - 2);
    const rw = row(d, m, D.inv(n), `${D.book.receipt(D.inv(n), c)} ${po}`, c.book);
    line(d, m, D.bankIn(c, po, m, null), auto([rw], 'reference', ['customer-order-number']));
  }
  // 13. two customers paying the same amount the same day, each quoting their invoice
  {
    const m = amt(lo, hi);
    const d = day(2, days.length - 2);
    for (let k = 0; k < 2; k++) {
      const c = nextC();
      const n = inv();
      const rw = row(before(d, 1), m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
      line(
        d,
        m,
        D.bankIn(c, D.writings[k === 0 ? 0 : 4](n), m, null),
        auto([rw], 'reference', ['same-amount-same-day']),
      );
    }
  }
  // 14. a third party paying a customer's invoice and quoting it
  {
    const c = nextC();
    const payer = D.thirdParty;
    const n = inv();
    const m = amt(lo, hi);
    const d = day(1, days.length - 2);
    const rw = row(d, m, D.inv(n), D.book.receipt(D.inv(n), c), c.book);
    line(
      d,
      m,
      D.bankIn(payer, `${D.writings[0](n)} ${c.bank}`, m, null),
      auto([rw], 'reference', ['third-party-payer']),
    );
  }
  // 15. a customer paying under a trading name the books do not use, no reference
  {
    const c = nextC();
    const m = amt(lo, hi);
    const d = day(2, days.length - 2);
    const rw = row(before(d, 3), m, D.inv(inv()), '', c.book);
    rw.desc = D.book.receipt(rw.doc, c);
    line(d, m, D.bankIn({ bank: c.trading }, D.payerText(r), m, null), {
      decision: 'suggest',
      mustNotAuto: false,
      ledger: [rw],
      evidence: 'amount',
      traits: ['trading-name', 'amount-only'],
    });
  }
  // 16. two unknown receipts
  for (let k = 0; k < 2; k++) {
    const m = amt(lo, hi);
    line(day(1, days.length - 1), m, D.bankIn(D.unknown[k], D.payerText(r), m, null), {
      decision: 'none',
      traits: ['unknown-receipt'],
    });
  }

  // ---- money out ----
  const [slo, shi] = D.billRange;
  // four supplier payments quoting the supplier's invoice (one booked a working day before), two by name
  for (let i = 0; i < 6; i++) {
    const s = nextS();
    const bill = D.billNo(r, s);
    const m = amt(slo, shi);
    const d = day(2, days.length - 1);
    const quoted = i < 4;
    const rw = row(i === 2 ? before(d, 1) : d, -m, quoted ? bill : null, '', s.book);
    rw.desc = D.book.payment(quoted ? bill : null, s);
    const b = D.bankOut(s, quoted ? bill : D.ourText(r), m);
    line(
      d,
      -m,
      b,
      auto(
        [rw],
        quoted ? 'reference' : 'counterparty',
        quoted ? ['supplier-invoice', ...(i === 2 ? ['booked-early'] : [])] : ['name-only'],
      ),
    );
  }
  // one bill paid in two transfers the same day over the per-payment limit, booked once
  {
    const s = nextS();
    const bill = D.billNo(r, s);
    const m = D.limit + amt(Math.floor(D.limit / 5), Math.floor(D.limit / 2));
    const d = day(3, days.length - 2);
    const rw = row(d, -m, bill, D.book.payment(bill, s), s.book);
    const g = nextGroup();
    mark(D.limit);
    mark(m - D.limit);
    line(d, -D.limit, D.bankOut(s, `${bill} 1/2`, D.limit), auto([rw], 'reference', ['payment-limit'], { group: g }));
    line(
      d,
      -(m - D.limit),
      D.bankOut(s, `${bill} 2/2`, m - D.limit),
      auto([rw], 'reference', ['payment-limit'], { group: g }),
    );
  }
  // twins: two equal transfers to one payee the same day quoting one trip/waybill, two equal book rows
  {
    const s = nextS();
    const trip = `${D.tripWord} ${r.digits(5)}`;
    const m = amt(Math.floor(slo / 4), Math.floor(shi / 4));
    const d = day(3, days.length - 2);
    const a = row(d, -m, trip, D.book.payment(trip, s), s.book);
    const b = row(d, -m, trip, D.book.payment(trip, s), s.book);
    const any = [[a], [b]];
    for (let k = 0; k < 2; k++) {
      line(d, -m, D.bankOut(s, trip, m), {
        decision: 'auto',
        ledger: null,
        anyOf: any,
        evidence: 'reference',
        traits: ['twins'],
      });
    }
  }
  // a failed transfer with its reversal (no charge on the failed one) and the payment sent again
  {
    const s = nextS();
    const bill = D.billNo(r, s);
    const m = amt(slo, shi);
    const d = day(3, days.length - 4);
    const failed = D.bankOut(s, bill, m);
    failed.charges = [];
    const f = line(d, -m, failed, { decision: 'reversal-pair', traits: ['reversal'] });
    const rv = line(after(d, 1), m, D.reversal(s, failed), { decision: 'reversal-pair', traits: ['reversal'] });
    f.partner = rv;
    rv.partner = f;
    const rw = row(after(d, 2), -m, bill, D.book.payment(bill, s), s.book);
    line(
      after(d, 2),
      -m,
      D.bankOut(s, bill, m),
      auto([rw], 'reference', ['supplier-invoice', 'resent-after-reversal']),
    );
  }
  // a refund to a customer quoting our credit note; one from a supplier by name
  {
    const c = nextC();
    const cn = D.cnNo(r);
    const m = amt(Math.floor(lo / 5), Math.floor(lo / 2));
    const d = day(2, days.length - 2);
    const rw = row(d, -m, cn, D.book.refundOut(cn, c), c.book);
    line(d, -m, D.bankOut(c, `${D.refundWord} ${cn}`, m), auto([rw], 'reference', ['credit-note', 'refund']));
    const s = nextS();
    const m2 = amt(Math.floor(slo / 5), Math.floor(slo / 2));
    const d2 = day(2, days.length - 2);
    const rw2 = row(d2, m2, null, D.book.refundIn(s), s.book);
    line(d2, m2, D.bankIn(s, D.supplierRefundText, m2, null), auto([rw2], 'counterparty', ['refund', 'name-only']));
  }
  // three book rows the bank has not seen by the month's end
  {
    const s = nextS();
    const m = amt(slo, shi);
    const ch = D.chequeNo(r);
    const rw = row(before(last, 1), -m, ch, D.book.cheque(ch, s), s.book);
    ledgerOnly.push({ row: rw, why: D.ledgerOnlyWhy[0] });
    const s2 = nextS();
    const bill = D.billNo(r, s2);
    const m2 = amt(slo, shi);
    const rw2 = row(last, -m2, bill, D.book.payment(bill, s2), s2.book);
    ledgerOnly.push({ row: rw2, why: D.ledgerOnlyWhy[1] });
    const c = nextC();
    const n = inv();
    const m3 = amt(lo, hi);
    const rw3 = row(last, m3, D.inv(n), D.book.lodged(D.inv(n), c), c.book);
    ledgerOnly.push({ row: rw3, why: D.ledgerOnlyWhy[2] });
  }
  // three settlements: net with its id (gross booked); gross and fee as two rows; no id, gross a day earlier
  {
    const [st1, st2, st3] = D.settlements;
    const g1 = amt(lo, hi);
    const f1 = share(g1, st1.feePermille, 1000);
    mark(g1 - f1);
    const id1 = st1.id(r);
    const d1 = day(2, days.length - 2);
    const rw1 = row(before(d1, 1), g1, id1, D.book.settlement(st1, id1), st1.party);
    line(
      d1,
      g1 - f1,
      st1.bank(id1, g1 - f1),
      auto([rw1], 'reference', ['pos-settlement', 'short-net-of-fee'], { difference: -f1 }),
    );
    const g2 = amt(lo, hi);
    const f2 = share(g2, st2.feePermille, 1000);
    mark(g2 - f2);
    mark(f2);
    const id2 = st2.id(r);
    const d2 = day(2, days.length - 2);
    const ra = row(d2, g2, id2, D.book.settlement(st2, id2), st2.party);
    const rb = row(d2, -f2, id2, D.book.settlementFee(st2, id2), st2.party);
    line(d2, g2 - f2, st2.bank(id2, g2 - f2), auto([ra, rb], 'reference', ['pos-settlement', 'gross-and-fee-booked']));
    const g3 = amt(lo, hi);
    const f3 = share(g3, st3.feePermille, 1000);
    mark(g3 - f3);
    const d3 = day(3, days.length - 2);
    const rw3 = row(before(d3, 1), g3, null, D.book.settlement(st3, null), st3.party);
    line(d3, g3 - f3, st3.bank(null, g3 - f3), {
      decision: 'suggest',
      mustNotAuto: false,
      ledger: [rw3],
      evidence: st3.evidence,
      traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
    });
  }
  // payroll, statutory payments, utilities, own-account transfer
  {
    const p = D.payroll(r);
    const m = amt(D.payrollRange[0], D.payrollRange[1]);
    const d = days[days.length - 3];
    const rw = row(d, -m, p.batch, p.book, null);
    line(d, -m, p.bankLine(m), auto([rw], 'reference', ['payroll']));
    for (const t of D.statutory(r)) {
      const mt = amt(t.range[0], t.range[1]);
      const dt = day(t.dayLo, t.dayHi);
      const rwt = row(dt, -mt, t.doc, t.book, t.party);
      line(dt, -mt, t.bankLine(mt), auto([rwt], 'reference', ['statutory']));
    }
    for (const u of D.utilities(r)) {
      const mu = amt(u.range[0], u.range[1]);
      const du = day(2, days.length - 2);
      const rwu = row(du, -mu, u.doc, u.book, u.party);
      line(du, -mu, u.bankLine(mu), auto([rwu], 'reference', ['utility']));
    }
    const o = D.own;
    const mo = amt(o.range[0], o.range[1]) * o.sign;
    const dox = day(4, days.length - 3);
    const rwo = row(dox, mo, o.doc, o.book, null);
    line(dox, mo, o.bankLine(Math.abs(mo)), auto([rwo], 'reference', ['interbank-transfer', 'own-account']));
  }
  // an unbooked card purchase or debit order; last month's cheque (ZA: payment) clearing now
  {
    const k = D.unbooked;
    const m = amt(k.range[0], k.range[1]);
    line(day(2, days.length - 2), -m, k.bankLine(m), { decision: 'none', traits: [k.trait] });
    const lm = D.lastMonth(r);
    const m2 = amt(slo, shi);
    line(day(0, 4), -m2, lm.bankLine(m2), { decision: 'none', traits: [lm.trait] });
    D.lastMonthMinor = m2;
  }
  lines.sort((a, b) => a.day - b.day || a.seq - b.seq);
  rows.sort((a, b) => a.day - b.day || a.seq - b.seq);
  for (const x of D.monthEnd(lines, last)) {
    lines.push({
      day: last,
      minor: -x.minor,
      text: x.text,
      ref: x.ref ?? '',
      seq: seq++,
      decision: 'bank-only',
      kind: x.kind,
      traits: ['bank-charge', 'month-end'],
    });
  }
  return { lines, rows, ledgerOnly };
}
