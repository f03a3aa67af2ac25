import { addDays } from './core.mjs';

// The month every set lives through: the same kinds of events a finance team sees, written in each country's,
// bank's and package's own words by the dialect `D` (see make-holdout11.mjs). Decisions are set here, per event,
// as a careful accountant looking only at the two files would take them.

const clampDay = (S, d) => (d > S.cfg.period.to ? S.cfg.period.to : d);

export function standardMonth(S, D) {
  const m = D.mix;
  let invNo = D.invStart;
  const nextInv = () => (invNo += S.int(1, 4));
  const [rLo, rHi, rStep] = D.ranges.rcpt;
  const [pLo, pHi, pStep] = D.ranges.pay;
  const custs = D.cust;
  const cust = () => S.pick(custs);
  const payerName = (c) => S.pick(c.bank);
  const bookLag = (d) => clampDay(S, addDays(d, S.pick([0, 0, 0, 1, 1, 2])));

  // 1. receipts quoting the invoice (in whatever writing) — clear: auto
  for (let i = 0; i < m.ref; i++) {
    const c = cust();
    const n = nextInv();
    const a = S.amt(rLo, rHi, rStep);
    const d = S.day(1, S.last - 1);
    const w = D.invWrite(S, n);
    const b = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: w.w });
    const l = D.ledIn(S, { d: bookLag(d), amt: a, party: c.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: [w.trait] });
  }
  // 2. receipts naming only the payer, exact amount, booked within days — auto
  for (let i = 0; i < m.name; i++) {
    const c = custs[i % custs.length];
    const n = nextInv();
    const a = S.amt(rLo, rHi, rStep);
    const d = S.day(1, S.last - 1);
    const b = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: S.pick(D.genericRemarks) });
    const l = D.ledIn(S, { d: bookLag(d), amt: a, party: c.book, invs: S.chance(0.5) ? [D.inv(n)] : [] });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'counterparty', traits: ['name-only'] });
  }
  // 3. the payer is a person or an abbreviation the books do not know — a person must decide
  for (const o of D.odd) {
    const n = nextInv();
    const a = S.amt(rLo, rHi, rStep);
    const d = S.day(2, S.last - 2);
    const b = D.bankIn(S, { d, amt: a, payer: o.payer, remark: o.remark ?? '' });
    const l = D.ledIn(S, { d: bookLag(d), amt: a, party: o.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l], dec: 'suggest', ev: 'amount', traits: ['payer-written-differently', 'amount-only'] });
  }
  // 4. over-payments quoting the invoice — the match is clear, the extra stays as the group's difference
  for (let i = 0; i < 2; i++) {
    const c = cust();
    const n = nextInv();
    const a = S.amt(rLo, rHi, rStep);
    const extra = S.pick(D.overExtras);
    const d = S.day(3, S.last - 2);
    const w = D.invWrite(S, n);
    const b = D.bankIn(S, { d, amt: a + extra, payer: payerName(c), remark: w.w });
    const l = D.ledIn(S, { d: bookLag(d), amt: a, party: c.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: [w.trait, 'over-payment'], diff: extra });
  }
  // 5. paid net of withholding tax, booked gross — the WHT credit has to be posted by a person
  for (let i = 0; i < m.wht; i++) {
    const c = cust();
    const n = nextInv();
    const a = S.amt(rLo * 2, rHi * 2, 10000);
    const short = Math.round((a * D.whtRate) / 100);
    const d = S.day(3, S.last - 2);
    const w = D.invWrite(S, n);
    const b = D.bankIn(S, { d, amt: a - short, payer: payerName(c), remark: w.w });
    const l = D.ledIn(S, { d: bookLag(d), amt: a, party: c.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l], dec: 'suggest', ev: 'reference', traits: [w.trait, D.whtTrait], diff: -short });
  }
  // 6. part payment against a receipt booked in full from the customer's payment advice
  {
    const c = cust();
    const n = nextInv();
    const a = S.amt(rLo * 2, rHi * 2, 10000);
    const part = Math.round((a * S.pick([0.4, 0.5, 0.6])) / 100) * 100;
    const d = S.day(5, S.last - 3);
    const w = D.invWrite(S, n);
    const b = D.bankIn(S, { d, amt: part, payer: payerName(c), remark: `${w.w} ${D.partWord}` });
    const l = D.ledIn(S, { d: addDays(d, -S.int(1, 3)), amt: a, party: c.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l], dec: 'suggest', ev: 'reference', traits: [w.trait, 'part-payment'], diff: part - a });
  }
  // 7a. one transfer for two invoices, both quoted, receipts booked per invoice — auto
  {
    const c = custs[1];
    const n1 = nextInv();
    const n2 = nextInv();
    const a1 = S.amt(rLo, rHi, rStep);
    const a2 = S.amt(rLo, rHi, rStep);
    const d = S.day(4, S.last - 4);
    const b = D.bankIn(S, { d, amt: a1 + a2, payer: payerName(c), remark: D.twoInvs(S, n1, n2) });
    const ld = bookLag(d);
    const l1 = D.ledIn(S, { d: ld, amt: a1, party: c.book, invs: [D.inv(n1)] });
    const l2 = D.ledIn(S, { d: ld, amt: a2, party: c.book, invs: [D.inv(n2)] });
    S.t({ b: [b], l: [l1, l2], dec: 'auto', ev: 'reference', traits: ['split-one-to-many'] });
  }
  // 7b. one transfer for three invoices naming only one of them — the combination is for a person to confirm
  {
    const c = custs[2];
    const ns = [nextInv(), nextInv(), nextInv()];
    const as = ns.map(() => S.amt(rLo / 2, rHi / 2, rStep));
    const d = S.day(8, S.last - 3);
    const w = D.invWrite(S, ns[0]);
    const b = D.bankIn(S, { d, amt: as[0] + as[1] + as[2], payer: payerName(c), remark: `${w.w} ${D.andOthers}` });
    const ls = ns.map((n, k) => D.ledIn(S, { d: bookLag(d), amt: as[k], party: c.book, invs: [D.inv(n)] }));
    S.t({ b: [b], l: ls, dec: 'suggest', ev: 'reference', traits: ['split-one-to-many', w.trait] });
  }
  // 8. one invoice paid in two transfers (the payer's daily limit), booked as one receipt — both quote it: auto
  {
    const c = custs[3];
    const n = nextInv();
    const a1 = S.amt(rHi, rHi * 1.5, 100000);
    const a2 = S.amt(rLo, rHi, 100000);
    const d = S.day(6, S.last - 3);
    const w = D.invWrite(S, n);
    const b1 = D.bankIn(S, { d, amt: a1, payer: payerName(c), remark: `${w.w} ${D.partWord} 1` });
    const b2 = D.bankIn(S, { d: addDays(d, 1), amt: a2, payer: payerName(c), remark: `${w.w} BAL` });
    const l = D.ledIn(S, { d: addDays(d, 1), amt: a1 + a2, party: c.book, invs: [D.inv(n)] });
    const g = S.group();
    S.t({ b: [b1, b2], l: [l], dec: 'auto', ev: 'reference', traits: ['split-many-to-one', w.trait], group: g });
  }
  // 9. twins: the same customer pays the same amount twice on one day, booked twice the same day
  {
    const c = custs[4];
    const a = S.amt(rLo, rHi / 2, 100000);
    const d = S.day(10, S.last - 3);
    const b1 = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: S.pick(D.genericRemarks) });
    const b2 = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: S.pick(D.genericRemarks) });
    const l1 = D.ledIn(S, { d, amt: a, party: c.book, invs: [] });
    const l2 = D.ledIn(S, { d, amt: a, party: c.book, invs: [] });
    S.t({ b: [b1], l: [l1], dec: 'suggest', ev: 'counterparty', traits: ['twins'], anyOf: [[l1], [l2]] });
    S.t({ b: [b2], l: [l2], dec: 'suggest', ev: 'counterparty', traits: ['twins'], anyOf: [[l1], [l2]] });
  }
  // 10. two receipts of the same amount booked for one customer, only one money arrived, no invoice quoted:
  // which invoice was paid cannot be read from the files
  {
    const c = custs[5];
    const a = S.amt(rLo, rHi, 500000);
    const n1 = nextInv();
    const n2 = nextInv();
    const d = S.day(12, 18);
    const b = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: S.pick(D.genericRemarks) });
    const l1 = D.ledIn(S, { d: addDays(d, -S.int(3, 6)), amt: a, party: c.book, invs: [D.inv(n1)] });
    const l2 = D.ledIn(S, { d: addDays(d, S.int(3, 6)), amt: a, party: c.book, invs: [D.inv(n2)] });
    S.t({
      b: [b],
      l: [l1],
      dec: 'suggest',
      ev: 'counterparty',
      traits: ['tie-refused'],
      anyOf: [[l1], [l2]],
      mustNotAuto: true,
    });
  }
  // 11. money nobody booked; one of them has the amount of a receipt booked for someone else (not arrived)
  for (let i = 0; i < 2; i++) {
    const a = S.amt(rLo, rHi, rStep);
    const d = S.day(3, S.last - 1);
    const u = D.unknownPayers[i];
    const b = D.bankIn(S, { d, amt: a, payer: u.payer, remark: u.remark });
    S.t({ b: [b], l: [], dec: 'none', exp: 'no-counterpart', ev: 'counterparty', traits: ['unrecorded-receipt'] });
    if (i === 1) {
      const c = custs[6];
      const l = D.ledIn(S, { d: addDays(d, -1), amt: a, party: c.book, invs: [D.inv(nextInv())] });
      S.ledgerOnly(
        l,
        `receipt booked for ${c.book} from a payment promise; the money of that amount came from someone else`,
      );
    }
  }
  // 12. cash lodgements: one exactly as booked, one short-counted at the counter
  {
    const a = S.amt(rLo, rHi, 500);
    const d = S.day(2, S.last - 2);
    const b = D.cashIn(S, { d, amt: a });
    const l = D.ledMisc(S, { d, amt: a, desc: D.cashDesc(d), kind: 'cash' });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'amount', traits: ['cash-lodgement'] });
    const a2 = S.amt(rLo, rHi, 500);
    const d2 = S.day(10, S.last - 2);
    const short = S.pick(D.cashShorts);
    const b2 = D.cashIn(S, { d: d2, amt: a2 - short });
    const l2 = D.ledMisc(S, { d: d2, amt: a2, desc: D.cashDesc(d2), kind: 'cash' });
    S.t({ b: [b2], l: [l2], dec: 'suggest', ev: 'amount', traits: ['cash-lodgement', 'short-counted'], diff: -short });
  }
  // 13. supplier payments quoting the bill — auto
  for (let i = 0; i < m.supRef; i++) {
    const s = D.sup[i % D.sup.length];
    const bill = s.bill(S);
    const a = S.amt(pLo, pHi, pStep);
    const d = S.day(1, S.last - 1);
    const l = D.ledOut(S, { d: addDays(d, -S.pick([0, 0, 1])), amt: -a, party: s.book, bill });
    const b = D.bankOut(S, { d, amt: -a, payee: s.bank, remark: D.billWrite(S, bill) });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['bill-ref'] });
  }
  // 14. supplier payments naming the payee only — auto; a weekly equal payment told apart by its dates
  for (let i = 0; i < m.supName; i++) {
    const s = D.sup[(i + 3) % D.sup.length];
    const a = S.amt(pLo, pHi, pStep);
    const d = S.day(1, S.last - 1);
    const l = D.ledOut(S, { d, amt: -a, party: s.book, bill: null });
    const b = D.bankOut(S, { d, amt: -a, payee: s.bank, remark: S.pick(D.payRemarks) });
    S.t({ b: [b], l: [l], dec: 'auto', ev: 'counterparty', traits: ['name-only'] });
  }
  {
    const s = D.weekly;
    const a = S.amt(pLo, pHi / 2, 100000);
    for (const dayNo of [3, 10, 17, 24]) {
      let d = S.dateOf(dayNo);
      if (new Date(d).getUTCDay() === 0) d = addDays(d, 1); // paid the Monday when the day is a Sunday
      const l = D.ledOut(S, { d, amt: -a, party: s.book, bill: null });
      const b = D.bankOut(S, { d, amt: -a, payee: s.bank, remark: s.remark });
      S.t({ b: [b], l: [l], dec: 'auto', ev: 'counterparty', traits: ['recurring-same-amount', 'date-decides'] });
    }
  }
  // 15. payroll, the statutory remittances and the country's own flows
  D.payroll(S);
  D.statutory(S);
  D.extras(S, { nextInv, cust, payerName });
  // 16. failed transfers: one re-sent and cleared (the retry matches the book), one not re-sent yet
  for (let i = 0; i < 2; i++) {
    const s = D.sup[(i + 5) % D.sup.length];
    const a = S.amt(pLo, pHi, pStep);
    const d = S.day(5, S.last - 6);
    const l = D.ledOut(S, { d, amt: -a, party: s.book, bill: i === 0 ? s.bill(S) : null });
    const f = D.bankOut(S, { d, amt: -a, payee: s.bank, remark: S.pick(D.payRemarks) });
    const r = D.reversal(S, f, addDays(d, S.int(0, 2)));
    S.t({
      b: [f],
      l: [],
      dec: 'reversal-pair',
      exp: 'reversal-pair',
      ev: 'counterparty',
      traits: ['failed-transfer'],
      partner: r,
    });
    S.t({
      b: [r],
      l: [],
      dec: 'reversal-pair',
      exp: 'reversal-pair',
      ev: 'counterparty',
      traits: ['reversal'],
      partner: f,
    });
    if (i === 0) {
      const b = D.bankOut(S, { d: addDays(r.d, 1), amt: -a, payee: s.bank, remark: D.billWrite(S, l.bill) });
      S.t({ b: [b], l: [l], dec: 'auto', ev: 'reference', traits: ['retry-after-reversal'] });
    } else {
      S.ledgerOnly(l, 'payment booked, transfer failed and was reversed; not re-sent by the statement date');
    }
  }
  // 17. spending nobody booked
  for (const u of D.unrecordedOut) {
    const d = S.day(2, S.last - 1);
    const a = S.amt(u.lo, u.hi, u.step ?? 100);
    const b = D.rawOut(S, { d, amt: -a, text: u.text(S) });
    S.t({ b: [b], l: [], dec: 'none', exp: 'no-counterpart', ev: 'counterparty', traits: ['unrecorded-payment'] });
  }
  // 18. book entries with no bank line yet
  for (const o of D.ledgerOnlyItems(S)) S.ledgerOnly(o.l, o.why);
  // 19. a receipt booked twice by mistake
  {
    const c = custs[7 % custs.length];
    const a = S.amt(rLo, rHi, rStep);
    const n = nextInv();
    const d = S.day(15, S.last - 4);
    const w = D.invWrite(S, n);
    const b = D.bankIn(S, { d, amt: a, payer: payerName(c), remark: w.w });
    const l1 = D.ledIn(S, { d, amt: a, party: c.book, invs: [D.inv(n)] });
    const l2 = D.ledIn(S, { d: addDays(d, S.int(1, 2)), amt: a, party: c.book, invs: [D.inv(n)] });
    S.t({ b: [b], l: [l1], dec: 'suggest', ev: 'reference', traits: ['duplicate-booking'], anyOf: [[l1], [l2]] });
  }
  D.monthEnd(S);
}
