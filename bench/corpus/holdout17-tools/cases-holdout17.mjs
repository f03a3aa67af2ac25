// The case patterns every holdout17 set shares (receipts and supplier payments). Each set's kit `k` says how its
// bank writes a line and how its package books the entry; the decisions are the accountant's, fixed here.
import { isoAdd, pctOf } from './lib-holdout17.mjs';

// n: counts per pattern. Returns nothing; cases are recorded on S.
export function stdReceipts(S, k, n) {
  const custs = k.customers.filter((c) => !c.role);
  let ci = S.int(0, custs.length - 1);
  const cust = () => custs[ci++ % custs.length];
  const near = (iso, a, b) => isoAdd(iso, S.int(a, b));

  // Receipts quoting the invoice, in the writings the kit knows.
  for (let i = 0; i < n.ref; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.rLo, k.rHi);
    const [trait, txt] = k.refStyles[i % k.refStyles.length](v);
    const l = k.inLine(S, { date, amt, payer: c.bank, memo: k.memoRef(txt), cust: c });
    const e = k.ledIn(S, { date: near(date, -2, 1), amt, cust: c, inv: v });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'reference', traits: [trait] });
  }
  // Payer name only, written as the books write it (bar case and "Ltd"): the only open receipt of that amount.
  for (let i = 0; i < n.name; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.rLo, k.rHi);
    const l = k.inLine(S, { date, amt, payer: c.bank, memo: k.memoPlain(), cust: c });
    const e = k.ledIn(S, { date: near(date, -1, 1), amt, cust: c, inv: v });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'counterparty', traits: ['name-only'] });
  }
  // Payer written very differently from the books (director's own account, initials): a person confirms.
  for (const c of k.customers.filter((x) => x.far).slice(0, n.far)) {
    const v = k.inv();
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.rLo, k.rHi);
    const l = k.inLine(S, { date, amt, payer: c.far, memo: k.memoPlain(), cust: c });
    const e = k.ledIn(S, { date: near(date, -1, 2), amt, cust: c, inv: v });
    S.C({
      lines: [l],
      ledger: [e],
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['name-only', 'name-written-differently', ...(c.farTraits ?? [])],
    });
  }
  // Anonymous receipts (cash, deposit machine, no name): the amount is the only link — a guess.
  for (let i = 0; i < n.anon; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.aLo ?? k.rLo, k.aHi ?? k.rHi, 0.2);
    const l = k.anonLine(S, { date, amt, i });
    const e = k.ledIn(S, { date: near(date, -2, 1), amt, cust: c, inv: v });
    S.C({
      lines: [l],
      ledger: [e],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'amount',
      traits: ['anonymous', 'amount-only'],
    });
  }
  // Part payments quoting the invoice; the books carry the full receipt the customer announced.
  for (let i = 0; i < n.part; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(4, 26));
    const full = S.amount(k.rLo * 2, k.rHi);
    const paid = Math.round((full * S.pick([40, 50, 60])) / 100 / 100) * 100;
    S.claim(paid);
    const [trait, txt] = k.refStyles[(i + 3) % k.refStyles.length](v);
    const l = k.inLine(S, { date, amt: paid, payer: c.bank, memo: k.memoPart(txt), cust: c });
    const e = k.ledIn(S, { date: near(date, -1, 0), amt: full, cust: c, inv: v });
    S.C({ lines: [l], ledger: [e], decision: 'suggest', evidence: 'reference', traits: ['part-payment', trait] });
  }
  // Customer paid net of withholding, quoting the invoice: right pair, the shortfall is the tax credit.
  for (let i = 0; i < n.wht; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(3, 27));
    const full = S.amount(k.rLo, k.rHi);
    const [wTrait, wAmt, wWord] = k.wht[i % k.wht.length](full);
    const paid = full - wAmt;
    S.claim(paid);
    const [trait, txt] = k.refStyles[(i + 1) % k.refStyles.length](v);
    const l = k.inLine(S, { date, amt: paid, payer: c.bank, memo: k.memoWht(txt, wWord), cust: c });
    const e = k.ledIn(S, { date: near(date, -2, 0), amt: full, cust: c, inv: v });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'reference', traits: [wTrait, trait] });
  }
  // Over-payment quoting the invoice (rounded up): right pair, the extra is the customer's credit.
  for (let i = 0; i < n.over; i++) {
    const c = cust();
    const v = k.inv();
    const date = S.biz(S.int(3, 27));
    const full = S.amount(k.rLo, k.rHi, 1);
    const round = k.overRound;
    const paid = Math.ceil(full / round) * round + (full % round === 0 ? round : 0);
    S.claim(paid);
    const [trait, txt] = k.refStyles[0](v);
    const l = k.inLine(S, { date, amt: paid, payer: c.bank, memo: k.memoRef(txt), cust: c });
    const e = k.ledIn(S, { date: near(date, -1, 0), amt: full, cust: c, inv: v });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'reference', traits: ['over-payment', trait] });
  }
  // One transfer for several invoices, each named.
  for (let i = 0; i < n.multi; i++) {
    const c = cust();
    const vs = [k.inv(), k.inv(), k.inv()];
    const date = S.biz(S.int(5, 26));
    const amts = vs.map(() => S.amount(k.rLo, Math.round(k.rHi / 2)));
    const tot = amts.reduce((a, b) => a + b, 0);
    S.claim(tot);
    const l = k.inLine(S, { date, amt: tot, payer: c.bank, memo: k.memoMulti(vs), cust: c });
    const es = vs.map((v, j) => k.ledIn(S, { date: near(date, -1, 0), amt: amts[j], cust: c, inv: v }));
    S.C({ lines: [l], ledger: es, decision: 'auto', evidence: 'reference', traits: ['split-one-to-many', 'ref-list'] });
  }
  // One invoice paid in two transfers, both quoting it.
  for (let i = 0; i < n.two; i++) {
    const c = cust();
    const v = k.inv();
    const d1 = S.biz(S.int(3, 12));
    const d2 = S.biz(S.int(15, 26));
    const full = S.amount(k.rLo * 2, k.rHi);
    const p1 = Math.round(full / 2 / 100) * 100;
    S.claim(p1);
    S.claim(full - p1);
    const [, t1] = k.refStyles[2 % k.refStyles.length](v);
    const [, t2] = k.refStyles[4 % k.refStyles.length](v);
    const l1 = k.inLine(S, { date: d1, amt: p1, payer: c.bank, memo: k.memoPart(t1), cust: c });
    const l2 = k.inLine(S, { date: d2, amt: full - p1, payer: c.bank, memo: k.memoBal(t2), cust: c });
    const e = k.ledIn(S, { date: d1, amt: full, cust: c, inv: v });
    S.C({
      lines: [l1, l2],
      ledger: [e],
      decision: 'auto',
      evidence: 'reference',
      traits: ['split-many-to-one', 'instalments'],
    });
  }
  // Identical twins: one customer, two equal transfers the same day without references, two equal receipts.
  if (n.twins) {
    const c = k.customers.find((x) => x.role === 'twin');
    const date = S.biz(S.int(8, 20));
    const amt = S.amount(k.rLo, Math.round(k.rHi / 3), 0);
    const l1 = k.inLine(S, { date, amt, payer: c.bank, memo: c.memo, cust: c, plain: true });
    const l2 = k.inLine(S, { date, amt, payer: c.bank, memo: c.memo, cust: c, plain: true });
    const e1 = k.ledIn(S, { date, amt, cust: c, inv: k.inv() });
    const e2 = k.ledIn(S, { date, amt, cust: c, inv: k.inv() });
    for (const l of [l1, l2])
      S.C({ lines: [l], anyOf: [[e1], [e2]], decision: 'auto', evidence: 'counterparty', traits: ['twins'] });
  }
  // A tie: a short payer name that fits two customers owing the same amount. Left to a person.
  if (n.tie) {
    const [c1, c2] = k.customers.filter((x) => x.role === 'tie');
    const date = S.biz(S.int(6, 22));
    const amt = S.amount(k.rLo, Math.round(k.rHi / 3), 0);
    const l = k.inLine(S, { date, amt, payer: c1.tieBank, memo: k.memoPlain(), cust: c1, plain: true });
    const e1 = k.ledIn(S, { date: isoAdd(date, -1), amt, cust: c1, inv: k.inv() });
    const e2 = k.ledIn(S, { date: isoAdd(date, -1), amt, cust: c2, inv: k.inv() });
    S.C({
      lines: [l],
      anyOf: [[e1], [e2]],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'counterparty',
      traits: ['tie', 'name-fits-two'],
    });
  }
}

export function stdPayments(S, k, n) {
  const sups = k.suppliers.filter((s) => !s.role);
  let si = S.int(0, sups.length - 1);
  const sup = () => sups[si++ % sups.length];
  // With the supplier's bill number in the narration.
  for (let i = 0; i < n.bill; i++) {
    const s = sup();
    const bill = s.bill(S);
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.pLo, k.pHi);
    const [trait, txt] = k.billStyles[i % k.billStyles.length](bill);
    const l = k.outLine(S, { date, amt, payee: s.bank, memo: txt, sup: s });
    const e = k.ledOut(S, { date: isoAdd(date, -S.int(0, 2)), amt, sup: s, bill });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'reference', traits: ['bill-number', trait] });
  }
  // Without a bill number: the payee's name and the amount.
  for (let i = 0; i < n.plain; i++) {
    const s = sup();
    const bill = s.bill(S);
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.pLo, k.pHi);
    const l = k.outLine(S, { date, amt, payee: s.bank, memo: k.memoPay(), sup: s });
    const e = k.ledOut(S, { date: isoAdd(date, -S.int(0, 1)), amt, sup: s, bill });
    S.C({ lines: [l], ledger: [e], decision: 'auto', evidence: 'counterparty', traits: ['name-only'] });
  }
  // Payee written unlike the books (trading name vs registered name).
  for (const s of k.suppliers.filter((x) => x.far).slice(0, n.far)) {
    const bill = s.bill(S);
    const date = S.biz(S.int(2, 27));
    const amt = S.amount(k.pLo, k.pHi);
    const l = k.outLine(S, { date, amt, payee: s.far, memo: k.memoPay(), sup: s });
    const e = k.ledOut(S, { date: isoAdd(date, -1), amt, sup: s, bill });
    S.C({
      lines: [l],
      ledger: [e],
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['name-only', 'name-written-differently'],
    });
  }
  // A transfer that failed, the bank's reversal, and the payment sent again.
  for (let i = 0; i < n.failed; i++) {
    const s = sups[(si + 3 + i) % sups.length];
    const bill = s.bill(S);
    const d1 = S.biz(S.int(5, 18));
    const amt = S.amount(k.pLo, k.pHi);
    const [trait, txt] = k.billStyles[(i + 1) % k.billStyles.length](bill);
    const l1 = k.outLine(S, { date: d1, amt, payee: s.bank, memo: txt, sup: s, failed: true });
    const l2 = k.reversalLine(S, l1, isoAdd(d1, 1));
    const d3 = S.biz(Number(isoAdd(d1, 3).slice(8, 10)));
    const l3 = k.outLine(S, { date: d3, amt, payee: s.bank, memo: txt, sup: s });
    const e = k.ledOut(S, { date: d1, amt, sup: s, bill });
    S.C({ lines: [l1, l2], decision: 'reversal-pair', traits: ['failed-transfer', 'reversal'] });
    S.C({
      lines: [l3],
      ledger: [e],
      decision: 'auto',
      evidence: 'reference',
      traits: ['re-sent-after-reversal', 'bill-number', trait],
    });
  }
}

export { pctOf };
