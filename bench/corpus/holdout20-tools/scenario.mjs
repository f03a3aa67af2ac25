// holdout20 — the country-neutral month: which events happen and the decision each gets.
// A set (sets.mjs) supplies the wording: how its bank writes a line and how its package books it.
import { addDays, daysInMonth, iso, weekday } from './lib.mjs';

/**
 * Ledger row (package-neutral): { date, amt, what, party, doc, memo, chq, batch, voucherKind }
 * Bank line: { date, amt, text, reference, truth: { expect, decision, ledger, ledgerAnyOf, group, evidence, kind,
 *   partner, traits, mustNotAuto, difference } }
 */
export function buildMonth(cfg, rng) {
  const { y, m } = cfg;
  const last = daysInMonth(y, m);
  const workdays = [];
  for (let d = 1; d <= last; d += 1) {
    const day = iso(y, m, d);
    const wd = weekday(day);
    if (wd !== 0 && wd !== 6 && !(cfg.holidays ?? []).includes(day)) workdays.push(day);
  }
  const firstDay = iso(y, m, 1);
  const lastDay = iso(y, m, last);
  const wdIdx = (lo, hi) =>
    workdays[rng.int(Math.floor(lo * (workdays.length - 1)), Math.floor(hi * (workdays.length - 1)))];
  // books are kept on working days: a date that falls on a weekend or holiday moves back to the working day before
  const clampMonth = (d) => {
    const c = d < firstDay ? firstDay : d > lastDay ? lastDay : d;
    const before = workdays.filter((w) => w <= c);
    return before.length ? before[before.length - 1] : workdays[0];
  };

  const bank = [];
  const ledger = [];
  const ledgerOnly = [];
  const used = new Set();
  const uniq = (lo, hi, round = 0) => {
    for (;;) {
      const a = rng.amount(lo, hi, round);
      if (!used.has(a)) {
        used.add(a);
        return a;
      }
    }
  };

  let serial = cfg.invoiceStart;
  const nextInv = () => (serial += rng.int(1, 5));
  let billSerial = 0;
  let chq = cfg.chequeStart ?? 0;

  const customers = rng.shuffle(cfg.customers);
  const exclusive = customers.slice(0, 11); // name-only (7), tie (1), written differently (3)
  const shared = customers.slice(11);
  let sharedI = 0;
  const sharedCust = () => shared[sharedI++ % shared.length];
  const suppliers = rng.shuffle(cfg.suppliers);
  const supByName = suppliers.slice(0, 4);
  const supShared = suppliers.slice(4);
  let supI = 0;
  const sharedSup = () => supShared[supI++ % supShared.length];

  const L = (row) => {
    ledger.push(row);
    return row;
  };
  const truth = (t) => ({
    expect: 'match',
    decision: 'auto',
    ledger: [],
    evidence: 'reference',
    ambiguous: false,
    kind: null,
    partner: null,
    traits: [],
    ...t,
  });
  /** the payer's reference is only in the statement's reference column, not in the narration */
  const markRefColumn = (line, memo, w) => {
    const tr = line.truth.traits;
    if (memo && !w.text.includes(memo) && w.reference?.includes(memo) && !tr.includes('reference-in-reference-field'))
      tr.push('reference-in-reference-field');
  };
  const B = (line) => {
    bank.push(line);
    return line;
  };
  /** bank lines of one event, with the bank's charges right after each transfer out */
  const out = (line, channel) => {
    B(line);
    for (const f of cfg.outFees(-line.amt, channel, rng)) {
      B({
        date: line.date,
        amt: -f.amt,
        text: f.text,
        reference: f.reference ?? null,
        truth: truth({
          expect: 'bank-only',
          decision: 'bank-only',
          evidence: 'amount',
          kind: f.kind,
          traits: f.traits,
        }),
      });
    }
  };
  const inFees = (line, channel) => {
    for (const f of cfg.inFees?.(line.amt, channel, rng) ?? []) {
      B({
        date: line.date,
        amt: -f.amt,
        text: f.text,
        reference: f.reference ?? null,
        truth: truth({
          expect: 'bank-only',
          decision: 'bank-only',
          evidence: 'amount',
          kind: f.kind,
          traits: f.traits,
        }),
      });
    }
  };
  const receipt = (cust, doc, amt, date, opts = {}) =>
    L({ date, amt, what: 'receipt', party: cust.books, doc, memo: opts.memo ?? null, batch: opts.batch ?? null });
  /** a working day at most `maxDays` calendar days before the bank date (the bank date itself when none fits) */
  const nearBefore = (bankDate, maxDays = 2) => {
    const i = workdays.indexOf(bankDate);
    const k = rng.int(0, 2);
    const c = i - k >= 0 ? workdays[i - k] : bankDate;
    const gap = (Date.parse(bankDate) - Date.parse(c)) / 86400000;
    return gap <= maxDays ? c : bankDate;
  };
  const bookDate = (bankDate, late) => {
    if (!late) return nearBefore(bankDate);
    const i = workdays.indexOf(bankDate);
    return workdays[Math.min(i + rng.int(1, 2), workdays.length - 1)];
  };
  const inChannel = () => rng.pick(cfg.inChannels);
  const receiptLine = (cust, writing, date, amt, t, opts = {}) => {
    const ch = opts.channel ?? inChannel();
    const w = cfg.inText({
      payer: opts.payer ?? cust.bank,
      memo: writing,
      channel: ch,
      refOnly: opts.refOnly,
      rng,
      date,
    });
    const line = B({ date, amt, text: w.text, reference: w.reference ?? null, truth: truth(t) });
    if (w.truncated) line.truth.traits.push('payer-name-truncated');
    markRefColumn(line, writing, w);
    inFees(line, ch);
    return line;
  };

  // ---------------------------------------------------------------- receipts quoting the invoice
  const styles = rng.shuffle(cfg.refStyles);
  const styleAt = (i) => styles[i % styles.length];
  for (let i = 0; i < cfg.counts.ref; i += 1) {
    const cust = sharedCust();
    const s = nextInv();
    const style = styleAt(i);
    const refOnly = i % 9 === 4 && cfg.refColumn;
    const date = wdIdx(0, 1);
    const late = i % 4 === 1 && date < workdays[workdays.length - 1];
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1], i % 5 === 0 ? 1000 : 0);
    const row = receipt(cust, cfg.invoice(s, 'canonical'), amt, bookDate(date, late));
    const traits = [`ref-${style}`];
    if (refOnly) traits.push('reference-in-reference-field');
    if (late) traits.push('late-posting');
    receiptLine(cust, cfg.invoice(s, style), date, amt, { ledger: [row], traits }, { refOnly });
  }

  // ---------------------------------------------------------------- by name only
  for (let i = 0; i < cfg.counts.name; i += 1) {
    const cust = exclusive[i % 7];
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const row = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, nearBefore(date));
    receiptLine(cust, null, date, amt, { ledger: [row], evidence: 'counterparty', traits: ['name-only'] });
  }

  // ---------------------------------------------------------------- payer written very differently
  for (let i = 0; i < 3; i += 1) {
    const cust = exclusive[8 + i];
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const row = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, nearBefore(date));
    receiptLine(
      cust,
      null,
      date,
      amt,
      {
        ledger: [row],
        decision: 'suggest',
        evidence: 'amount',
        traits: ['name-written-differently'],
        mustNotAuto: false,
      },
      { payer: cust.other },
    );
  }

  // ---------------------------------------------------------------- anonymous receipts of a booked amount
  for (let i = 0; i < 2; i += 1) {
    const cust = sharedCust();
    const date = wdIdx(0.1, 0.9);
    const amt = uniq(cfg.amt.anon[0], cfg.amt.anon[1], i === 0 ? 100 : 0);
    const row = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, nearBefore(date, 1));
    const w = cfg.anonText(i, rng);
    const line = B({
      date,
      amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({
        ledger: [row],
        decision: 'suggest',
        evidence: 'amount',
        traits: ['amount-only', 'anonymous-payer'],
        mustNotAuto: true,
      }),
    });
    inFees(line, w.channel ?? 'cash');
  }

  // ---------------------------------------------------------------- part payments (books hold the full amount)
  for (let i = 0; i < 2; i += 1) {
    const cust = sharedCust();
    const s = nextInv();
    const style = styleAt(i + 3);
    const date = wdIdx(0.1, 0.9);
    const full = uniq(cfg.amt.rec[0] * 2, cfg.amt.rec[1]);
    const paid = Math.round((full * rng.pick([40, 50, 60])) / 100);
    const row = receipt(cust, cfg.invoice(s, 'canonical'), full, nearBefore(date));
    receiptLine(cust, cfg.partMemo(cfg.invoice(s, style)), date, paid, {
      ledger: [row],
      decision: 'suggest',
      traits: [`ref-${style}`, 'part-payment'],
      mustNotAuto: false,
    });
  }

  // ---------------------------------------------------------------- two instalments that together pay one invoice
  {
    const cust = sharedCust();
    const s = nextInv();
    const full = uniq(cfg.amt.rec[0] * 2, cfg.amt.rec[1]);
    const first = Math.round(full / 200) * 100;
    const d1 = wdIdx(0.05, 0.4);
    const d2 = wdIdx(0.55, 0.95);
    const row = receipt(cust, cfg.invoice(s, 'canonical'), full, d1);
    const st1 = styleAt(5);
    const st2 = styleAt(6);
    receiptLine(cust, cfg.instalmentMemo(cfg.invoice(s, st1), 1), d1, first, {
      ledger: [row],
      group: 'g01',
      traits: [`ref-${st1}`, 'split-many-to-one', 'instalment'],
    });
    receiptLine(cust, cfg.instalmentMemo(cfg.invoice(s, st2), 2), d2, full - first, {
      ledger: [row],
      group: 'g01',
      traits: [`ref-${st2}`, 'split-many-to-one', 'instalment'],
    });
  }

  // ---------------------------------------------------------------- one transfer quoting two invoices
  {
    const cust = sharedCust();
    const s1 = nextInv();
    const s2 = nextInv();
    const date = wdIdx(0.2, 0.8);
    const a1 = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const a2 = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const r1 = receipt(cust, cfg.invoice(s1, 'canonical'), a1, date);
    const r2 = receipt(cust, cfg.invoice(s2, 'canonical'), a2, date);
    receiptLine(cust, cfg.twoInvoices(cfg.invoice(s1, 'canonical'), cfg.invoice(s2, 'no-padding')), date, a1 + a2, {
      ledger: [r1, r2],
      traits: [cfg.twoInvoicesTrait ?? 'ref-canonical', 'split-one-to-many'],
    });
  }

  // ---------------------------------------------------------------- withholding-short payments
  cfg.withholding.forEach((w, i) => {
    const cust = sharedCust();
    const s = nextInv();
    const style = styleAt(i + 1);
    const date = wdIdx(0.1, 0.9);
    const gross = uniq(cfg.amt.rec[0] * 2, cfg.amt.rec[1]);
    const short = w.of ? Math.floor((gross * w.num) / w.of) : Math.floor((gross * w.pct) / 100);
    const row = receipt(cust, cfg.invoice(s, 'canonical'), gross, clampMonth(addDays(date, -rng.int(0, 3))));
    receiptLine(cust, w.memo ? w.memo(cfg.invoice(s, style)) : cfg.invoice(s, style), date, gross - short, {
      ledger: [row],
      traits: [`ref-${style}`, w.trait],
      difference: -short,
    });
  });

  // ---------------------------------------------------------------- one over-payment
  {
    const cust = sharedCust();
    const s = nextInv();
    const style = styleAt(2);
    const date = wdIdx(0.1, 0.9);
    const due = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const extra = Math.round((due * rng.int(2, 8)) / 10000) * 100;
    const row = receipt(cust, cfg.invoice(s, 'canonical'), due, nearBefore(date));
    receiptLine(cust, cfg.invoice(s, style), date, due + extra, {
      ledger: [row],
      traits: [`ref-${style}`, 'over-payment'],
      difference: extra,
    });
  }

  // ---------------------------------------------------------------- twins: two equal transfers quoting one order number
  {
    const cust = sharedCust();
    const date = wdIdx(0.3, 0.8);
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const order = cfg.orderNo(rng);
    const r1 = receipt(cust, order, amt, date, { memo: 'order' });
    const r2 = receipt(cust, order, amt, date, { memo: 'order' });
    const ch = inChannel();
    const l1 = receiptLine(
      cust,
      order,
      date,
      amt,
      { ledger: null, traits: ['twins'], ambiguous: true },
      { channel: ch },
    );
    const l2 = receiptLine(
      cust,
      order,
      date,
      amt,
      { ledger: null, traits: ['twins'], ambiguous: true },
      { channel: ch },
    );
    l1.truth.ledgerAnyOf = [[r1], [r2]];
    l2.truth.ledgerAnyOf = [[r2], [r1]];
  }

  // ---------------------------------------------------------------- tie: one payment, two equal open bookings of its payer
  {
    const cust = exclusive[7];
    const date = wdIdx(0.4, 0.8);
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1], 500);
    const r1 = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, clampMonth(addDays(date, -rng.int(3, 6))));
    const r2 = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, clampMonth(addDays(date, rng.int(0, 2))));
    const line = receiptLine(cust, null, date, amt, {
      ledger: null,
      decision: 'suggest',
      evidence: 'counterparty',
      traits: ['tie-refused'],
      mustNotAuto: true,
      ambiguous: true,
    });
    line.truth.ledgerAnyOf = [[r1], [r2]];
  }

  // ---------------------------------------------------------------- settlements net of the provider's fee
  const st = cfg.settlement;
  for (let i = 0; i < 8; i += 1) {
    const date = wdIdx(0.02, 0.98);
    const gross = uniq(st.gross[0], st.gross[1]);
    const fee = st.fee(gross);
    const batch = st.batchId(rng);
    const bookOn = clampMonth(addDays(date, -1));
    if (i < 4) {
      const row = L({ date: bookOn, amt: gross, what: 'settlement', party: st.party, doc: batch, batch });
      const w = st.text(batch, rng, date);
      B({
        date,
        amt: gross - fee,
        text: w.text,
        reference: w.reference ?? null,
        truth: truth({ ledger: [row], traits: ['short-net-of-fee', st.trait], difference: -fee }),
      });
    } else if (i < 6) {
      const row = L({ date: bookOn, amt: gross, what: 'settlement', party: st.party, doc: batch, batch });
      const feeRow = L({ date: bookOn, amt: -fee, what: 'settlement-fee', party: st.party, doc: batch, batch });
      const w = st.text(batch, rng, date);
      B({
        date,
        amt: gross - fee,
        text: w.text,
        reference: w.reference ?? null,
        truth: truth({ ledger: [row, feeRow], traits: ['net-of-fee', 'fee-booked-separately', st.trait] }),
      });
    } else {
      const row = L({ date: bookOn, amt: gross, what: 'settlement', party: st.party, doc: null, batch: null });
      const w = st.textNoId(rng, date);
      B({
        date,
        amt: gross - fee,
        text: w.text,
        reference: w.reference ?? null,
        truth: truth({
          ledger: [row],
          decision: 'suggest',
          evidence: 'counterparty',
          traits: ['short-net-of-fee', 'settlement-without-id', st.trait],
          mustNotAuto: false,
        }),
      });
    }
  }

  // ---------------------------------------------------------------- new: one customer, two invoices, two transfers, same day, same amount
  {
    const cust = sharedCust();
    const date = wdIdx(0.3, 0.7);
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1], 50);
    const s1 = nextInv();
    const s2 = nextInv();
    const r1 = receipt(cust, cfg.invoice(s1, 'canonical'), amt, addDays(date, 0));
    const r2 = receipt(cust, cfg.invoice(s2, 'canonical'), amt, addDays(date, 0));
    const style = styleAt(4);
    const ch = inChannel();
    receiptLine(
      cust,
      cfg.invoice(s1, style),
      date,
      amt,
      { ledger: [r1], traits: [`ref-${style}`, 'same-day-same-amount'] },
      { channel: ch },
    );
    receiptLine(
      cust,
      cfg.invoice(s2, style),
      date,
      amt,
      { ledger: [r2], traits: [`ref-${style}`, 'same-day-same-amount'] },
      { channel: ch },
    );
  }

  // ---------------------------------------------------------------- new: refund to a customer quoting the credit note
  {
    const cust = sharedCust();
    const date = wdIdx(0.3, 0.9);
    const amt = uniq(cfg.amt.refund[0], cfg.amt.refund[1]);
    const cn = cfg.creditNote(rng);
    const row = L({ date: nearBefore(date, 1), amt: -amt, what: 'refund', party: cust.books, doc: cn.canonical });
    const w = cfg.outText({ payee: cust.bank, memo: cfg.refundMemo(cn.written), channel: 'transfer', rng, date });
    const line = {
      date,
      amt: -amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({ ledger: [row], traits: [cn.trait, 'customer-refund', 'credit-note'] }),
    };
    markRefColumn(line, cn.written, w);
    out(line, 'transfer');
  }

  // ---------------------------------------------------------------- unknown receipts (none)
  for (let i = 0; i < 2; i += 1) {
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.rec[0] / 4, cfg.amt.rec[1] / 4);
    const w = cfg.unknownText(i, rng, date);
    const line = B({
      date,
      amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({ expect: 'no-counterpart', decision: 'none', evidence: 'amount', traits: ['unknown-payer'] }),
    });
    inFees(line, w.channel ?? 'transfer');
  }

  // ---------------------------------------------------------------- deposits in transit (ledger only)
  for (let i = 0; i < cfg.counts.inTransit; i += 1) {
    const cust = sharedCust();
    const amt = uniq(cfg.amt.rec[0], cfg.amt.rec[1]);
    const row = receipt(cust, cfg.invoice(nextInv(), 'canonical'), amt, workdays[workdays.length - 1 - i]);
    row.transit = true;
    ledgerOnly.push({ row, why: cfg.inTransitWhy(cust) });
  }

  // ================================================================ payments
  const bill = (sup) => {
    billSerial += 1;
    return sup.bill(rng, billSerial);
  };
  for (let i = 0; i < 6; i += 1) {
    const sup = sharedSup();
    const b = bill(sup);
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.pay[0], cfg.amt.pay[1]);
    const row = L({ date: nearBefore(date, 1), amt: -amt, what: 'payment', party: sup.books, doc: b.canonical });
    const ch = rng.pick(cfg.outChannels);
    const w = cfg.outText({ payee: sup.bank, memo: b.written[i % b.written.length].text, channel: ch, rng, date });
    const line = {
      date,
      amt: -amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({ ledger: [row], traits: [b.written[i % b.written.length].trait, 'supplier-payment'] }),
    };
    markRefColumn(line, b.written[i % b.written.length].text, w);
    out(line, ch);
  }
  for (let i = 0; i < 4; i += 1) {
    const sup = supByName[i];
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.pay[0], cfg.amt.pay[1]);
    const row = L({ date: nearBefore(date), amt: -amt, what: 'payment', party: sup.books, doc: bill(sup).canonical });
    const ch = rng.pick(cfg.outChannels);
    const w = cfg.outText({ payee: sup.bank, memo: null, channel: ch, rng, date });
    out(
      {
        date,
        amt: -amt,
        text: w.text,
        reference: w.reference ?? null,
        truth: truth({ ledger: [row], evidence: 'counterparty', traits: ['name-only', 'supplier-payment'] }),
      },
      ch,
    );
  }
  if (cfg.cheques) {
    for (let i = 0; i < 3; i += 1) {
      const sup = sharedSup();
      chq += rng.int(1, 2);
      const issued = wdIdx(0, 0.6);
      const date = clampMonth(addDays(issued, rng.int(2, 6)));
      const amt = uniq(cfg.amt.pay[0], cfg.amt.pay[1]);
      const row = L({
        date: issued,
        amt: -amt,
        what: 'cheque',
        party: sup.books,
        doc: bill(sup).canonical,
        chq: cfg.chequeNo(chq),
      });
      const w = cfg.chequeText(cfg.chequeNo(chq), rng);
      out(
        {
          date: workdays.includes(date) ? date : issued,
          amt: -amt,
          text: w.text,
          reference: w.reference ?? null,
          truth: truth({ ledger: [row], traits: ['cheque-number', 'presented-cheque'] }),
        },
        'cheque',
      );
    }
    for (let i = 0; i < 2; i += 1) {
      const sup = sharedSup();
      chq += 1;
      const amt = uniq(cfg.amt.pay[0], cfg.amt.pay[1]);
      const row = L({
        date: workdays[workdays.length - 1 - rng.int(0, 3)],
        amt: -amt,
        what: 'cheque',
        party: sup.books,
        doc: bill(sup).canonical,
        chq: cfg.chequeNo(chq),
      });
      ledgerOnly.push({ row, why: `cheque ${cfg.chequeNo(chq)} issued to ${sup.books}, not yet presented` });
    }
  }
  for (const d of cfg.debitOrders ?? []) {
    const date = workdays[Math.min(workdays.length - 1, d.wd)];
    const amt = uniq(d.lo, d.hi);
    const row = L({ date, amt: -amt, what: 'debit-order', party: d.books, doc: d.doc ?? null });
    B({
      date,
      amt: -amt,
      text: d.text,
      reference: d.reference ?? null,
      truth: truth({
        ledger: [row],
        evidence: d.doc ? 'reference' : 'counterparty',
        traits: d.doc ? ['debit-order', 'ref-canonical'] : ['debit-order', 'name-only'],
      }),
    });
    for (const f of cfg.debitOrderFees?.() ?? []) {
      B({
        date,
        amt: -f.amt,
        text: f.text,
        reference: null,
        truth: truth({
          expect: 'bank-only',
          decision: 'bank-only',
          evidence: 'amount',
          kind: f.kind,
          traits: f.traits,
        }),
      });
    }
  }

  // ---------------------------------------------------------------- payroll, statutory, own account
  {
    const date = workdays[workdays.length - 3];
    const amt = uniq(cfg.amt.payroll[0], cfg.amt.payroll[1]);
    const p = cfg.payroll(rng);
    const row = L({ date, amt: -amt, what: 'payroll', party: null, doc: p.doc, memo: p.memo });
    out(
      {
        date,
        amt: -amt,
        text: p.text,
        reference: p.reference ?? null,
        truth: truth({ ledger: [row], traits: ['payroll'] }),
      },
      'bulk',
    );
  }
  for (const s of cfg.statutory) {
    const date = workdays.find((d) => d >= iso(y, m, s.day)) ?? workdays[workdays.length - 1];
    const amt = uniq(s.lo, s.hi);
    const w = s.make(rng, date);
    const row = L({
      date: nearBefore(date, 1),
      amt: -amt,
      what: 'statutory',
      party: s.books,
      doc: w.doc,
      memo: w.memo,
    });
    out(
      {
        date,
        amt: -amt,
        text: w.text,
        reference: w.reference ?? null,
        truth: truth({
          ledger: [row],
          evidence: w.evidence ?? 'reference',
          traits: w.evidence === 'counterparty' ? ['statutory', 'name-only'] : ['statutory'],
        }),
      },
      s.channel ?? 'transfer',
    );
  }
  {
    const date = wdIdx(0.4, 0.7);
    const amt = uniq(cfg.amt.own[0], cfg.amt.own[1], 50000);
    const o = cfg.ownAccount(rng);
    const row = L({ date, amt: -amt, what: 'own-transfer', party: null, doc: o.doc, memo: o.memo });
    out(
      {
        date,
        amt: -amt,
        text: o.text,
        reference: o.reference ?? null,
        truth: truth({ ledger: [row], traits: ['own-account', 'internal-transfer'] }),
      },
      'own',
    );
  }

  // ---------------------------------------------------------------- failed transfer, reversal, re-sent payment
  {
    const sup = sharedSup();
    const b = bill(sup);
    const date = wdIdx(0.3, 0.6);
    const amt = uniq(cfg.amt.pay[0], cfg.amt.pay[1]);
    const row = L({ date, amt: -amt, what: 'payment', party: sup.books, doc: b.canonical });
    const ch = cfg.outChannels[0];
    const w = cfg.outText({ payee: sup.bank, memo: b.written[0].text, channel: ch, rng, date });
    const failed = {
      date,
      amt: -amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        evidence: 'amount',
        traits: ['failed-transfer'],
      }),
    };
    out(failed, ch);
    const rdate = workdays[workdays.indexOf(date) + 1];
    const r = cfg.reversalText(w, rng);
    const rev = B({
      date: rdate,
      amt,
      text: r.text,
      reference: r.reference ?? null,
      truth: truth({ expect: 'reversal-pair', decision: 'reversal-pair', evidence: 'amount', traits: ['reversal'] }),
    });
    failed.truth.partnerLine = rev;
    rev.truth.partnerLine = failed;
    const d2 = workdays[workdays.indexOf(date) + 2];
    const w2 = cfg.outText({ payee: sup.bank, memo: b.written[0].text, channel: ch, rng, date: d2 });
    out(
      {
        date: d2,
        amt: -amt,
        text: w2.text,
        reference: w2.reference ?? null,
        truth: truth({ ledger: [row], traits: [b.written[0].trait, 'resent-after-failure'] }),
      },
      ch,
    );
  }

  // ---------------------------------------------------------------- unrecorded card purchases (none)
  for (let i = 0; i < 2; i += 1) {
    const date = wdIdx(0.05, 0.95);
    const amt = uniq(cfg.amt.card[0], cfg.amt.card[1]);
    const w = cfg.cardText(i, rng);
    B({
      date,
      amt: -amt,
      text: w.text,
      reference: w.reference ?? null,
      truth: truth({
        expect: 'no-counterpart',
        decision: 'none',
        evidence: 'amount',
        traits: ['unrecorded-card-purchase'],
      }),
    });
  }

  // ---------------------------------------------------------------- daily levies on receipts, month-end charges
  if (cfg.dailyLevy) {
    const days = [...new Set(bank.map((l) => l.date))].sort();
    for (const d of days) {
      const receipts = bank.filter((l) => l.date === d && l.amt > 0 && cfg.dailyLevy.applies(l));
      if (receipts.length === 0) continue;
      for (const f of cfg.dailyLevy.lines(d, receipts.length)) {
        B({
          date: d,
          amt: -f.amt,
          text: f.text,
          reference: f.reference ?? null,
          truth: truth({
            expect: 'bank-only',
            decision: 'bank-only',
            evidence: 'amount',
            kind: f.kind,
            traits: f.traits,
          }),
        });
      }
    }
  }
  for (const f of cfg.monthEnd(lastDay, workdays, rng, bank)) {
    B({
      date: f.date ?? workdays[workdays.length - 1],
      amt: f.amt,
      text: f.text,
      reference: f.reference ?? null,
      truth: truth({ expect: 'bank-only', decision: 'bank-only', evidence: 'amount', kind: f.kind, traits: f.traits }),
    });
  }

  // stable by date: an event's charges stay right after it
  const order = bank.map((l, i) => [l, i]);
  order.sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]));
  const lorder = ledger.map((r, i) => [r, i]);
  lorder.sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]));
  return { bank: order.map((x) => x[0]), ledger: lorder.map((x) => x[0]), ledgerOnly, workdays };
}
