#!/usr/bin/env node
// Writes bench/corpus/holdout23/<set>/** (bank file, ledger file, truth.json, reconcile.<bank file>.json) and
// index.json from a seed. Seed: BANKFEED_CORPUS_SEED, default below; set i uses seed + i * 104729.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUTS } from './layouts.mjs';
import { MON, addDays, daysInMonth, dec, isWorkday, rng, round, workdays, writeJson, ymd } from './lib.mjs';
import { SETS } from './sets.mjs';

const DEFAULT_SEED = 20262323;
const seed = Number(process.env.BANKFEED_CORPUS_SEED ?? DEFAULT_SEED);
if (!Number.isInteger(seed))
  throw new Error(`BANKFEED_CORPUS_SEED must be an integer, got ${process.env.BANKFEED_CORPUS_SEED}`);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'holdout23');
console.log(`holdout23: seed ${seed}${seed === DEFAULT_SEED ? ' (default)' : ''} → ${root}`);

const PAYROLL = { NG: [14000, 19000, 42], GH: [9000, 14000, 35], KE: [2400, 3200, 28], ZA: [18000, 24000, 23] };
const PO = { NG: (r) => `45000${r.int(10000, 99999)}`, GH: (r) => `PO-25-${r.int(400, 899)}` };

/** One month of one business: bank lines and ledger rows, each bank line carrying its decision. */
function month(P, r) {
  const [Y, M] = P.month.split('-').map(Number);
  const first = ymd(Y, M, 1);
  const last = ymd(Y, M, daysInMonth(Y, M));
  const work = [];
  for (let d = 1; d <= daysInMonth(Y, M); d++) if (isWorkday(ymd(Y, M, d))) work.push(ymd(Y, M, d));
  const n = work.length;
  const lastWork = work[n - 1];
  const bank = [];
  const ledger = [];
  let seq = 0;
  const used = new Set();
  const S = P.scale;
  // every amount of the month is unique unless an event means it to repeat
  const money = (lo, hi, whole = false) => {
    for (;;) {
      let m = r.int(lo * S * 100, hi * S * 100);
      if (whole) m -= m % (S >= 100 ? 10000 : 100);
      if (!used.has(m)) {
        used.add(m);
        return m;
      }
    }
  };
  const claim = (m) => {
    if (used.has(m)) return false;
    used.add(m);
    return true;
  };
  const day = (a, b) => work[r.int(Math.max(a, 0), Math.min(b, n - 1))];
  const clamp = (d) => (d < work[0] ? work[0] : d > lastWork ? lastWork : d);
  const before = (d, lo, hi) => clamp(workdays(d, -r.int(lo, hi)));
  // named in the books 0-2 calendar days before the money arrived
  const closeBefore = (d) => {
    const b = workdays(d, -1);
    return r.chance(0.5) && b >= work[0] && addDays(b, 2) >= d ? b : d;
  };
  const doc = { ...P.doc };
  const nextDoc = (kind) => (kind === 'receipt' ? doc.receipt++ : kind === 'payment' ? doc.payment++ : doc.journal++);

  const B = (date, minor, nar, meta = {}) => {
    const b = {
      date,
      minor,
      text: nar.text,
      reference: nar.reference ?? null,
      seq: seq++,
      expect: 'match',
      decision: 'auto',
      ledger: [],
      evidence: 'reference',
      ambiguous: false,
      kind: null,
      partner: null,
      traits: [],
      ...meta,
    };
    bank.push(b);
    return b;
  };
  const L = (date, minor, f) => {
    const l = { date, minor, seq: seq++, docNo: nextDoc(f.kind), ...f };
    ledger.push(l);
    return l;
  };
  const charges = (date, list) => {
    for (const c of list)
      B(
        date,
        c.minor,
        { text: c.text, reference: null },
        {
          expect: 'bank-only',
          decision: 'bank-only',
          evidence: 'amount',
          kind: c.kind,
          traits: c.traits,
        },
      );
  };
  const out = (date, minor, nar, meta) => {
    const ch = meta.channel ?? P.channel(minor);
    delete meta.channel;
    const b = B(date, minor, nar, meta);
    charges(date, P.chargesOut(ch, minor));
    return b;
  };
  const inbound = (date, minor, nar, meta) => {
    const b = B(date, minor, nar, meta);
    charges(date, P.chargesIn(nar.text, minor));
    return b;
  };

  // invoices, their writings and the payers
  let serial = P.invoice.start;
  const inv = () => (serial += r.int(1, 4));
  let wi = 0;
  const writings = r.shuffle(P.invoice.writings);
  const writing = () => writings[wi++ % writings.length];
  const customers = r.shuffle(P.customers);
  let ci = 0;
  const cust = () => customers[ci++ % customers.length];
  const withAlt = P.customers.filter((c) => c.alt);
  const suppliers = r.shuffle(P.suppliers);
  let si = 0;
  const supp = () => suppliers[si++ % suppliers.length];
  const bills = new Set();
  const bill = (s) => {
    for (;;) {
      const b = s.bill(r);
      if (!bills.has(b)) {
        bills.add(b);
        return b;
      }
    }
  };
  const receiptRow = (date, minor, c, no, memo = 'Customer receipt', extra = {}) =>
    L(date, minor, {
      kind: 'receipt',
      ref: no === null ? null : P.invoice.canonical(no),
      party: c.book,
      partyCode: c.code,
      memo,
      ...extra,
    });
  const truncTrait = (c, nar) => (nar.text.includes(c.bank) ? [] : ['payer-name-truncated']);
  const invAmount = () => money(150, 4000);

  // ---- customer receipts quoting the invoice -------------------------------------------------------------
  const nRef = P.wht.length ? 13 : 15;
  const lateAt = new Set([3, 9]);
  const colAt = new Set([5, 11]);
  for (let i = 0; i < nRef; i++) {
    const c = cust();
    const no = inv();
    const G = invAmount();
    const late = lateAt.has(i);
    const d = late ? day(1, n - 4) : day(1, n - 2);
    const book = late ? workdays(d, r.int(2, 3)) : before(d, 0, 3);
    const [wt, wf] = writing();
    const col = colAt.has(i);
    const nar = col ? P.narr.inRefCol(r, c, wf(no), G) : P.narr.inRef(r, c, wf(no), G);
    const row = receiptRow(book, G, c, no);
    inbound(d, G, nar, {
      ledger: [row],
      traits: [
        wt,
        ...(col ? ['reference-in-reference-field'] : []),
        ...(late ? ['late-posting'] : []),
        ...truncTrait(c, nar),
      ],
    });
  }

  // ---- the same amount from two different customers: one quotes its invoice, the other only its name -----
  {
    const c1 = cust();
    let c2 = cust();
    if (c2 === c1) c2 = cust();
    const A = invAmount();
    const n1 = inv();
    const n2 = inv();
    const d1 = day(4, n - 6);
    const d2 = workdays(d1, r.int(1, 3));
    const [wt, wf] = writing();
    const r1 = receiptRow(before(d1, 0, 2), A, c1, n1);
    const nar1 = P.narr.inRef(r, c1, wf(n1), A);
    inbound(d1, A, nar1, { ledger: [r1], traits: [wt, 'amount-shared-across-payers', ...truncTrait(c1, nar1)] });
    const r2 = receiptRow(closeBefore(d2), A, c2, n2);
    inbound(d2, A, P.narr.inName(r, c2), {
      ledger: [r2],
      evidence: 'counterparty',
      traits: ['name-only', 'amount-shared-across-payers'],
    });
  }

  // ---- payers named as the books name them, no reference ---------------------------------------------------
  for (let i = 0; i < 3; i++) {
    const c = cust();
    const G = invAmount();
    const d = day(2, n - 2);
    const row = receiptRow(closeBefore(d), G, c, inv());
    inbound(d, G, P.narr.inName(r, c), { ledger: [row], evidence: 'counterparty', traits: ['name-only'] });
  }

  // ---- payers written very differently (owner's name, initials, project account) ----------------------------
  for (const c of withAlt.slice(0, 2)) {
    const G = invAmount();
    const d = day(2, n - 2);
    const row = receiptRow(before(d, 0, 2), G, c, inv());
    inbound(d, G, P.narr.inAlt(r, c), {
      ledger: [row],
      decision: 'suggest',
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: ['name-written-differently'],
    });
  }

  // ---- anonymous receipts of booked amounts (cash at the branch, masked phone) -----------------------------
  for (let i = 0; i < 2; i++) {
    const c = cust();
    const G = money(40, 900);
    const d = day(2, n - 2);
    const row = receiptRow(before(d, 0, 2), G, c, inv(), i === 0 ? 'Cash deposited by customer' : 'Customer receipt');
    inbound(d, G, P.narr.anon(r, i), {
      ledger: [row],
      decision: 'suggest',
      mustNotAuto: true,
      evidence: 'amount',
      traits: ['anonymous-payer'],
    });
  }

  // ---- part payment quoting the invoice; the books hold the invoice amount ---------------------------------
  {
    const c = cust();
    const no = inv();
    const G = invAmount();
    let p;
    do p = round((G * r.int(40, 60)) / 100 / (S * 100)) * S * 100;
    while (!claim(p));
    const d = day(3, n - 2);
    const [wt, wf] = writing();
    const row = receiptRow(before(d, 0, 2), G, c, no);
    const nar = P.narr.inRef(r, c, `PART PMT ${wf(no)}`, p);
    inbound(d, p, nar, {
      ledger: [row],
      decision: 'suggest',
      mustNotAuto: false,
      traits: ['part-payment', wt, ...truncTrait(c, nar)],
    });
  }

  // ---- two instalments that together pay one invoice (booked once, in full) --------------------------------
  {
    const c = cust();
    const no = inv();
    const G = invAmount();
    let a;
    do a = round((G * r.int(50, 70)) / 100 / (S * 100)) * S * 100;
    while (!claim(a) || !claim(G - a));
    const d1 = day(2, n - 8);
    const d2 = workdays(d1, r.int(3, 6));
    const [wt, wf] = writing();
    const g = 'g001'; // the month's one many-to-one group
    const row = receiptRow(d2, G, c, no, 'Customer receipt (two instalments)');
    const n1 = P.narr.inRef(r, c, `${wf(no)} 1ST INSTALMENT`, a);
    inbound(d1, a, n1, {
      ledger: [row],
      group: g,
      traits: ['instalment', 'split-many-to-one', wt, ...truncTrait(c, n1)],
    });
    const n2 = P.narr.inRef(r, c, `BAL ${wf(no)}`, G - a);
    inbound(d2, G - a, n2, {
      ledger: [row],
      group: g,
      traits: ['instalment', 'split-many-to-one', wt, ...truncTrait(c, n2)],
    });
  }

  // ---- one transfer for two invoices, booked as two receipts ------------------------------------------------
  {
    const c = cust();
    const n1 = inv();
    const n2 = inv();
    const G1 = invAmount();
    const G2 = invAmount();
    claim(G1 + G2);
    const d = day(2, n - 2);
    const book = before(d, 0, 2);
    const [wt, wf] = writing();
    const rows = [receiptRow(book, G1, c, n1), receiptRow(book, G2, c, n2)];
    const nar = P.narr.inRef(r, c, `${wf(n1)} ${wf(n2)}`, G1 + G2);
    inbound(d, G1 + G2, nar, { ledger: rows, traits: ['split-one-to-many', wt, ...truncTrait(c, nar)] });
  }

  // ---- invoice less a credit note, both quoted; the books hold the net receipt -----------------------------
  {
    const c = cust();
    const no = inv();
    const G = invAmount();
    const cn = round((G * r.int(5, 15)) / 100);
    const cnNo = `CN${r.int(2500, 2599)}`;
    claim(G - cn);
    const d = day(2, n - 2);
    const [wt, wf] = writing();
    const row = receiptRow(before(d, 0, 2), G - cn, c, no, 'Customer receipt net of credit note', { ref2: cnNo });
    const nar = P.narr.inRef(r, c, `${wf(no)} LESS ${cnNo}`, G - cn);
    inbound(d, G - cn, nar, {
      ledger: [row],
      traits: ['invoice-less-credit-note', 'credit-note', wt, ...truncTrait(c, nar)],
    });
  }

  // ---- withholding tax / withholding VAT deducted at source -------------------------------------------------
  for (const w of P.wht) {
    const c = cust();
    const no = inv();
    const G = invAmount();
    const held = w.vatShare ? round(G * w.vatShare) : round((G / (1 + P.vatRate)) * w.rate);
    claim(G - held);
    const d = day(2, n - 2);
    const [wt, wf] = writing();
    const row = receiptRow(before(d, 0, 3), G, c, no);
    const nar = P.narr.inRef(r, c, `${wf(no)} ${w.memo}`, G - held);
    inbound(d, G - held, nar, { ledger: [row], difference: dec(-held), traits: [w.trait, wt, ...truncTrait(c, nar)] });
  }

  // ---- over-payment (2-8 %) ----------------------------------------------------------------------------------
  {
    const c = cust();
    const no = inv();
    const G = invAmount();
    let paid;
    do paid = round((G * (1 + r.int(2, 8) / 100)) / (S * 100)) * S * 100;
    while (!claim(paid));
    const d = day(2, n - 2);
    const [wt, wf] = writing();
    const row = receiptRow(before(d, 0, 2), G, c, no);
    const nar = P.narr.inRef(r, c, wf(no), paid);
    inbound(d, paid, nar, {
      ledger: [row],
      difference: dec(paid - G),
      traits: ['over-payment', wt, ...truncTrait(c, nar)],
    });
  }

  // ---- short by the payer's own transfer charge ------------------------------------------------------------
  {
    const c = cust();
    const no = inv();
    const G = invAmount();
    claim(G - P.payerCharge);
    const d = day(2, n - 2);
    const [wt, wf] = writing();
    const row = receiptRow(before(d, 0, 2), G, c, no);
    const nar = P.narr.inRef(r, c, wf(no), G - P.payerCharge);
    inbound(d, G - P.payerCharge, nar, {
      ledger: [row],
      difference: dec(-P.payerCharge),
      traits: ['short-payment', 'short-payer-transfer-charge', wt, ...truncTrait(c, nar)],
    });
  }

  // ---- twins with their own references: one payer, two equal invoices, the same day ---------------------------
  {
    const c = cust();
    const G = invAmount();
    const d = day(3, n - 2);
    const book = before(d, 0, 2);
    for (let k = 0; k < 2; k++) {
      const no = inv();
      const [wt, wf] = writing();
      const row = receiptRow(book, G, c, no);
      const nar = P.narr.inRef(r, c, wf(no), G);
      inbound(d, G, nar, { ledger: [row], traits: ['twins-distinct-refs', wt, ...truncTrait(c, nar)] });
    }
  }

  // ---- a tie: one payment without reference, two equal open receipts of that payer ----------------------------
  {
    const c = cust();
    const A = invAmount();
    const d = day(8, n - 2);
    const r1 = receiptRow(before(d, 4, 6), A, c, inv());
    const r2 = receiptRow(before(d, 0, 2), A, c, inv());
    inbound(d, A, P.narr.inName(r, c), {
      decision: 'suggest',
      mustNotAuto: true,
      ledger: null,
      ledgerAnyOf: [[r1], [r2]],
      ambiguous: true,
      evidence: 'counterparty',
      traits: ['tie'],
    });
  }

  // ---- settlements net of fee ------------------------------------------------------------------------------
  {
    const [g0, g1] = P.settlements;
    // batch id; the books hold the gross sales
    let sale = day(1, n - 4);
    let gross = money(g0.lo, g0.hi);
    let fee = g0.fee(gross);
    claim(gross - fee);
    let batch = g0.batch(r);
    let row = L(sale, gross, {
      kind: 'journal',
      ref: batch,
      party: g0.party,
      memo: `${g0.name} sales`,
      glName: g0.party,
    });
    B(workdays(sale, 1), gross - fee, g0.withId(batch), {
      ledger: [row],
      difference: dec(-fee),
      traits: [...g0.traits, 'net-of-fee', 'settled-next-day'],
    });
    // batch id; gross and fee booked as two rows
    sale = day(1, n - 4);
    gross = money(g1.lo, g1.hi);
    fee = g1.fee(gross);
    claim(gross - fee);
    batch = g1.batch(r);
    const paid = workdays(sale, 1);
    const rows = [
      L(sale, gross, { kind: 'journal', ref: batch, party: g1.party, memo: `${g1.name} sales`, glName: g1.party }),
      L(paid, -fee, { kind: 'journal', ref: batch, party: g1.party, memo: `${g1.name} fees`, glName: g1.party }),
    ];
    B(paid, gross - fee, g1.withId(batch), {
      ledger: rows,
      traits: [...g1.traits, 'net-of-fee', 'fee-booked-separately', 'settled-next-day'],
    });
    // no id at all
    sale = day(1, n - 4);
    gross = money(g0.lo, g0.hi);
    fee = g0.fee(gross);
    claim(gross - fee);
    row = L(sale, gross, {
      kind: 'journal',
      ref: null,
      party: g0.party,
      memo: `${g0.name} sales ${sale}`,
      glName: g0.party,
    });
    B(workdays(sale, 1), gross - fee, g0.noId(r), {
      ledger: [row],
      decision: 'suggest',
      mustNotAuto: false,
      evidence: 'counterparty',
      traits: [...g0.traits, 'net-of-fee', 'settled-next-day', 'settlement-without-id'],
    });
  }

  // ---- unknown receipts --------------------------------------------------------------------------------------
  for (let i = 0; i < 2; i++)
    inbound(day(2, n - 2), money(20, 600), P.narr.unknown(r, i), {
      expect: 'no-counterpart',
      decision: 'none',
      evidence: 'amount',
      traits: ['unknown-payer'],
    });

  // ---- supplier payments ----------------------------------------------------------------------------------
  const payRow = (date, minor, s, ref, extra = {}) =>
    L(date, minor, {
      kind: 'payment',
      ref,
      party: s.book,
      partyCode: `${P.supplierCodePrefix}${String(P.suppliers.indexOf(s) + 11).padStart(3, '0')}`,
      memo: 'Supplier payment',
      ...extra,
    });
  for (let i = 0; i < 6; i++) {
    const s = supp();
    const b = bill(s);
    const A = -money(100, 3000);
    const d = day(1, n - 1);
    const row = payRow(before(d, 0, 2), A, s, b);
    out(d, A, P.narr.outRef(r, s, b, P.channel(A)), { ledger: [row], traits: ['supplier-payment'] });
  }
  for (let i = 0; i < 3; i++) {
    const s = supp();
    const A = -money(100, 3000);
    const d = day(1, n - 1);
    const row = payRow(closeBefore(d), A, s, bill(s));
    out(d, A, P.narr.outName(r, s, P.channel(A)), {
      ledger: [row],
      evidence: 'counterparty',
      traits: ['supplier-payment', 'name-only'],
    });
  }
  // two equal transfers to one supplier quoting one order number: either pairing is right
  {
    const s = supp();
    const po = (PO[P.country] ?? ((x) => `PO${x.int(25000, 25999)}`))(r);
    const A = -money(100, 1500);
    const d = day(3, n - 2);
    const book = before(d, 0, 1);
    const rows = [
      payRow(book, A, s, po, { memo: 'Advance on order, 1 of 2' }),
      payRow(book, A, s, po, { memo: 'Advance on order, 2 of 2' }),
    ];
    for (let k = 0; k < 2; k++)
      out(d, A, P.narr.outRef(r, s, po, P.channel(A)), {
        ledger: null,
        ledgerAnyOf: [[rows[0]], [rows[1]]],
        ambiguous: true,
        traits: ['twins', 'supplier-payment'],
      });
  }
  // presented cheques (South Africa: debit orders instead)
  if (P.debitOrders) {
    for (const o of P.debitOrders) {
      const A = -money(o.lo, o.hi);
      const d = day(0, 6);
      const row = L(before(d, 0, 0), A, { kind: 'payment', ref: o.ref, party: o.party, memo: o.memo });
      out(
        d,
        A,
        { text: o.text, reference: o.reference },
        { channel: 'debit-order', ledger: [row], traits: ['debit-order'] },
      );
    }
  } else {
    for (let i = 0; i < 2; i++) {
      const s = supp();
      const no = P.chequeNo(r);
      const A = -money(100, 2000);
      const d = day(9, n - 2);
      const row = payRow(before(d, 4, 7), A, s, no, { memo: `Cheque ${no}`, ref2: bill(s) });
      B(d, A, P.narr.cheque(no), { ledger: [row], traits: ['presented-cheque'] });
      charges(d, P.chargesCheque());
    }
  }
  // mobile-money wallet payments (Ghana)
  for (const w of P.wallets ?? []) {
    const A = -money(8, 30);
    const d = day(2, n - 1);
    const row = L(closeBefore(d), A, { kind: 'payment', ref: null, party: w.book, memo: w.memo });
    out(d, A, P.narr.wallet(r, w), {
      channel: 'wallet',
      ledger: [row],
      evidence: 'counterparty',
      traits: ['wallet-payment', 'name-only'],
    });
  }

  // ---- payroll, statutory payments, own-account transfer -------------------------------------------------------
  {
    const [lo, hi, heads] = PAYROLL[P.country];
    const A = -money(lo, hi);
    const d = work[n - 5];
    const batch = P.payrollBatch(r, d);
    const row = L(d, A, {
      kind: 'payroll',
      ref: batch,
      party: null,
      memo: `Net salaries ${MON[M - 1].toUpperCase()} ${Y}`,
      glName: 'Salaries Control',
    });
    B(d, A, P.narr.payroll(r, d, batch), { ledger: [row], traits: ['payroll'] });
    charges(d, P.chargesPayroll(heads));
  }
  for (const st of P.statutory(r, first)) {
    const A = -money(st.lo, st.hi);
    const d = day(4, 11);
    const row = L(before(d, 0, 1), A, { kind: 'journal', ref: st.ref, party: st.party, memo: st.memo });
    out(
      d,
      A,
      { text: st.text, reference: st.reference },
      {
        channel: st.channel ?? (st.text.startsWith('DEBIT ORDER') ? 'debit-order' : 'none'),
        ledger: [row],
        traits: ['statutory'],
      },
    );
  }
  {
    const A = -money(1000, 6000, true);
    const d = day(8, n - 3);
    const row = L(d, A, {
      kind: 'transfer',
      ref: null,
      party: null,
      memo: 'Transfer to call deposit account',
      glName: 'Call Deposit',
    });
    B(d, A, P.narr.own(), { ledger: [row], evidence: 'counterparty', traits: ['own-account', 'internal-transfer'] });
  }

  // ---- a transfer that failed, came back, and was sent again -----------------------------------------------------
  {
    const s = supp();
    const b = bill(s);
    const A = -money(100, 1500);
    const d1 = day(2, n - 6);
    const ch = P.channel(A);
    const row = payRow(d1, A, s, b);
    const failed = B(d1, A, P.narr.outRef(r, s, b, ch), {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      traits: ['failed-transfer'],
    });
    const back = B(workdays(d1, 1), -A, P.narr.reversal(failed), {
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      traits: ['reversal'],
    });
    failed.partner = back;
    back.partner = failed;
    out(workdays(d1, r.int(2, 3)), A, P.narr.outRef(r, s, b, ch), {
      ledger: [row],
      traits: ['supplier-payment', 'resent-after-failure'],
    });
  }

  // ---- a card purchase nobody booked ----------------------------------------------------------------------------
  B(day(3, n - 2), -money(5, 40), P.narr.card(), {
    expect: 'no-counterpart',
    decision: 'none',
    evidence: 'amount',
    traits: ['unrecorded-card-purchase'],
  });

  // ---- books without a bank line -----------------------------------------------------------------------------------
  const ledgerOnly = [];
  {
    const s = supp();
    if (P.debitOrders) {
      const row = payRow(lastWork, -money(100, 1500), s, bill(s), { memo: 'EFT released after the cut-off' });
      ledgerOnly.push([row, 'EFT released after the bank cut-off on the last working day, cleared next month']);
    } else {
      const no = P.chequeNo(r);
      const row = payRow(work[n - 4], -money(100, 1500), s, no, { memo: `Cheque ${no}`, ref2: bill(s) });
      ledgerOnly.push([row, 'cheque issued, not yet presented']);
    }
    const s2 = supp();
    ledgerOnly.push([
      payRow(lastWork, -money(100, 1500), s2, bill(s2)),
      'payment authorised on the last day, sent next month',
    ]);
    const c = cust();
    ledgerOnly.push([
      receiptRow(lastWork, invAmount(), c, inv(), 'Customer receipt (remittance advice)'),
      'deposit in transit: booked on the remittance advice, not yet credited',
    ]);
  }

  // ---- month-end charges, levies, fees and interest ------------------------------------------------------------------
  {
    const credits = bank.filter((b) => b.minor > 0 && !b.traits.includes('reversal'));
    const ctx = {
      last: lastWork,
      lineCount: bank.length,
      emtlCount: credits.filter((b) => b.minor >= 1000000).length,
      debitTurnover: bank.filter((b) => b.minor < 0 && b.expect !== 'bank-only').reduce((s, b) => s - b.minor, 0),
      avgBalance: P.opening,
    };
    for (const c of P.monthEnd(ctx)) {
      const date = c.kind === 'interest' && P.interestOnLastDay ? last : lastWork;
      B(
        date,
        c.minor,
        { text: c.text, reference: null },
        {
          expect: 'bank-only',
          decision: 'bank-only',
          evidence: 'amount',
          kind: c.kind,
          traits: c.traits,
        },
      );
    }
  }

  bank.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  ledger.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  // document numbers run in posting order, as a package hands them out
  const next = { ...P.doc };
  for (const l of ledger) {
    const k = l.kind === 'receipt' || l.kind === 'payment' ? l.kind : 'journal';
    l.docNo = next[k]++;
  }
  let bal = P.opening;
  for (const b of bank) b.balance = bal += b.minor;
  return { first, last, bank, ledger, ledgerOnly, closing: bal };
}

const rowRef = (file, l) => ({ file, row: l.row, date: l.date, amount: dec(l.minor) });
const bankRef = (file, b) => ({
  file,
  row: b.row,
  date: b.date,
  amount: dec(b.minor),
  text: b.text,
  ...(b.reference ? { reference: b.reference } : {}),
});

const index = { corpus: 'holdout23', seed, generator: 'bench/corpus/holdout23-tools/make-holdout23.mjs', sets: [] };
for (const [i, P] of SETS.entries()) {
  const setSeed = seed + i * 104729;
  const r = rng(setSeed);
  const m = month(P, r);
  const dir = join(root, P.set);
  mkdirSync(dir, { recursive: true });
  const min = m.bank.reduce((x, b) => Math.min(x, b.balance), P.opening);
  if (min < 0) throw new Error(`${P.set}: the balance goes below zero (${dec(min)}); raise the opening balance`);
  const ctx = { first: m.first, last: m.last, opening: P.opening, closing: m.closing };
  const lay = LAYOUTS[P.set];
  const bf = lay.bank(P, m.bank, ctx, dir);
  const bookClosing = m.ledger.reduce((s, l) => s + l.minor, P.opening);
  const lf = lay.ledger(P, m.ledger, { ...ctx, closing: bookClosing }, dir);
  const inFileOrder = [...m.bank].sort((a, b) => a.row - b.row);
  const truthBank = inFileOrder.map((b) => {
    const e = {
      ref: bankRef(P.bankFile, b),
      expect: b.expect,
      decision: b.decision,
      ...(b.decision === 'suggest' ? { mustNotAuto: b.mustNotAuto } : {}),
      ledger: b.ledger === null ? null : b.ledger.map((l) => rowRef(P.ledgerFile, l)),
      ...(b.ledgerAnyOf ? { ledgerAnyOf: b.ledgerAnyOf.map((set) => set.map((l) => rowRef(P.ledgerFile, l))) } : {}),
      ...(b.group ? { group: b.group } : {}),
      ...(b.difference ? { difference: b.difference } : {}),
      evidence: b.evidence,
      ambiguous: b.ambiguous,
      kind: b.kind,
      partner: b.partner ? bankRef(P.bankFile, b.partner) : null,
      traits: b.traits,
    };
    return e;
  });
  const truth = {
    set: P.set,
    country: P.country,
    currency: P.currency,
    timezone: P.timezone,
    period: { from: m.first, to: m.last },
    seed: setSeed,
    notes: [
      'Blind: written from the public input contracts and general knowledge of the bank and the package, not from the engine.',
      'One truth row per statement row with money, in file order; ledger rows are referred to by spreadsheet row number.',
      'The books opened the month reconciled: ledger opening balance = bank opening balance.',
      'Ties and twins: ledger is null and ledgerAnyOf lists the equally right answers; the open half of a tie is in no other row and not in ledgerOnly.',
      'difference (auto only) = bank amount - ledger amount(s), written when they differ.',
    ],
    bankFiles: [
      {
        file: P.bankFile,
        bank: P.bank,
        headerRow: bf.headerRow,
        ledgerAccount: P.ledgerAccount,
        readOptions: bf.readOptions,
        order: bf.order,
        layout: bf.layout,
        openingBalance: dec(P.opening),
        closingBalance: dec(m.closing),
        ...(bf.nonEntryRows.length ? { nonEntryRows: bf.nonEntryRows } : {}),
      },
    ],
    ledgerFiles: [
      {
        file: P.ledgerFile,
        package: lf.package,
        headerRow: lf.headerRow,
        readOptions: lf.readOptions,
        layout: lf.layout,
        openingBalance: dec(P.opening),
        closingBalance: dec(bookClosing),
        ...(lf.nonEntryRows.length ? { nonEntryRows: lf.nonEntryRows } : {}),
      },
    ],
    bank: truthBank,
    ledgerOnly: m.ledgerOnly.map(([l, why]) => ({ ...rowRef(P.ledgerFile, l), why })),
  };
  await writeJson(join(dir, 'truth.json'), truth);
  const doc = {
    options: { timezone: P.timezone },
    bank: inFileOrder.map((b) => ({
      id: `${P.bankFile}#${b.row}`,
      date: b.date,
      amount: dec(b.minor),
      currency: P.currency,
      narration: b.text,
      reference: b.reference ?? null,
      counterparty: null,
      balance: dec(b.balance),
    })),
    ledger: [...m.ledger]
      .sort((a, b) => a.row - b.row)
      .map((l) => ({
        id: `${P.ledgerFile}#${l.row}`,
        date: l.date,
        amount: dec(l.minor),
        currency: P.currency,
        ...l.json,
      })),
    statement: { from: m.first, to: m.last, bankBalance: dec(m.closing), bookBalance: dec(bookClosing) },
  };
  await writeJson(join(dir, `reconcile.${P.bankFile}.json`), doc);
  const count = (d) => truthBank.filter((b) => b.decision === d).length;
  const matched = truthBank.filter((b) => b.expect === 'match');
  index.sets.push({
    set: P.set,
    country: P.country,
    currency: P.currency,
    period: truth.period,
    bankFiles: [P.bankFile],
    ledgerFiles: [P.ledgerFile],
    bankLines: truthBank.length,
    ledgerRows: m.ledger.length,
    decisions: {
      auto: count('auto'),
      suggest: count('suggest'),
      'bank-only': count('bank-only'),
      none: count('none'),
      'reversal-pair': count('reversal-pair'),
    },
    mustNotAuto: truthBank.filter((b) => b.mustNotAuto).length,
    ledgerOnly: m.ledgerOnly.length,
    matchedWithoutReference: matched.filter((b) => b.evidence !== 'reference').length,
    matched: matched.length,
  });
  console.log(
    `  ${P.set}: ${truthBank.length} bank lines, ${m.ledger.length} ledger rows, ${JSON.stringify(index.sets.at(-1).decisions)}`,
  );
}
await writeJson(join(root, 'index.json'), index);
