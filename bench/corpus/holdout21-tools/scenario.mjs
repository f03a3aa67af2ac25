// The country-neutral month: which events happen, on which days, and the decision each gets.
// Produces bank lines and ledger rows (objects linked to each other); layouts.mjs turns them into files.
import { addDays, isWorkingDay, monthDays, prevWorkingDay, nextWorkingDay, MONTHS } from './lib.mjs';

export function buildMonth(cfg, rng) {
  const days = monthDays(cfg.from, cfg.to).filter(isWorkingDay);
  const lastWd = days[days.length - 1];
  const inner = days.slice(1, -2);
  const monthLabel = `${MONTHS[Number(cfg.from.slice(5, 7)) - 1].toUpperCase()} ${cfg.from.slice(0, 4)}`;
  const bank = [];
  const ledger = [];
  let seq = 0;
  let serial = cfg.firstInvoice;
  const nextSerial = () => (serial += rng.int(1, 3));
  const usedAmounts = new Set();
  const amount = ([lo, hi]) => {
    for (;;) {
      const a = rng.money(lo, hi);
      if (!usedAmounts.has(a)) {
        usedAmounts.add(a);
        return a;
      }
    }
  };
  const clampLedgerDate = (d) => (d > cfg.to ? lastWd : d < cfg.from ? days[0] : d);
  const bookAfter = (d, max = 2) => {
    const n = rng.int(0, max);
    return clampLedgerDate(n === 0 ? d : nextWorkingDay(d, n));
  };
  // booked 0–2 calendar days before the bank date, on a working day (else on the bank date itself)
  const bookBefore = (d, max = 2) => {
    const c = addDays(d, -rng.int(0, max));
    return clampLedgerDate(isWorkingDay(c) ? c : d);
  };

  const L = (date, amt, t, extra = {}) => {
    const row = { date, amount: amt, t, seq: seq++, book: cfg.book(t), ...extra };
    ledger.push(row);
    return row;
  };
  const B = (date, amt, cell, truth) => {
    const line = { date, amount: amt, text: cell.text, reference: cell.reference ?? '', seq: seq++, truth };
    bank.push(line);
    return line;
  };
  const T = (o) => ({
    expect: 'match',
    decision: 'auto',
    ledger: [],
    evidence: 'reference',
    ambiguous: false,
    kind: null,
    partner: null,
    traits: [],
    ...o,
  });
  const bankOnly = (date, f) =>
    B(
      date,
      f.amount,
      { text: f.text, reference: f.reference ?? '' },
      T({ expect: 'bank-only', decision: 'bank-only', evidence: 'amount', kind: f.kind, traits: f.traits }),
    );
  const withFees = (date, channel, amt, c) => {
    for (const f of cfg.fees(channel, Math.abs(amt), c) ?? []) bankOnly(date, f);
  };
  const credit = (c) => cfg.credit(c, rng);
  const debit = (c) => cfg.debit(c, rng);
  const cust = rng.shuffle(cfg.customers);
  let ci = 0;
  const nextCustomer = () => cust[ci++ % cust.length];
  const day = () => rng.pick(inner);

  // ---- receipts quoting the invoice, in the set's writings ----
  const writings = cfg.writings;
  for (let i = 0; i < (cfg.refReceipts ?? 20); i++) {
    const c = nextCustomer();
    const s = nextSerial();
    const [trait, w] = writings[i % writings.length];
    const d = day();
    const amt = amount(cfg.invoiceRange);
    const truncate = i % 7 === 3;
    const row = L(bookAfter(d), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: c.bank, memo: w(s), truncate }),
      T({ ledger: [row], traits: [trait, ...(truncate ? ['payer-name-truncated'] : [])] }),
    );
  }
  // reference only in the reference column
  for (let i = 0; i < 2; i++) {
    const c = nextCustomer();
    const s = nextSerial();
    const [trait, w] = writings[(i * 3 + 1) % writings.length];
    const d = day();
    const amt = amount(cfg.invoiceRange);
    const row = L(bookAfter(d), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      amt,
      credit({ channel: 'refcol', name: c.bank, memo: w(s) }),
      T({ ledger: [row], traits: ['reference-in-reference-field', trait] }),
    );
  }
  // foreign-looking writings of the invoice number (new in holdout21)
  for (const [trait, w, decision] of cfg.foreign) {
    const c = nextCustomer();
    const s = nextSerial();
    const d = day();
    const amt = amount(cfg.invoiceRange);
    const row = L(bookAfter(d), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: c.bank, memo: w(s) }),
      T({
        decision,
        ...(decision === 'suggest' ? { mustNotAuto: false, evidence: 'counterparty' } : {}),
        ledger: [row],
        traits: [trait, 'foreign-reference-writing'],
      }),
    );
  }
  // name-only payers (as the books name them, no reference): auto
  const nameOnlyMemo = { NG: 'PAYMENT', GH: 'PAYMENT FOR GOODS', KE: 'PAYMENT', ZA: null };
  const nameOnlyCustomers = cust.slice(0, 5);
  const tieCustomer = cust[5];
  for (const c of nameOnlyCustomers) {
    const s = nextSerial();
    const d = day();
    const amt = amount(cfg.invoiceRange);
    const row = L(bookBefore(d), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    const memo = nameOnlyMemo[cfg.country] ?? c.bank;
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: c.bank, memo }),
      T({ ledger: [row], evidence: 'counterparty', traits: ['name-only'] }),
    );
  }
  // payers written very differently: suggest
  for (const c of cust.slice(6, 8)) {
    const s = nextSerial();
    const d = day();
    const amt = amount(cfg.invoiceRange);
    const row = L(bookAfter(d), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: c.other, memo: nameOnlyMemo[cfg.country] ?? c.other }),
      T({
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [row],
        evidence: 'amount',
        traits: ['name-written-differently'],
      }),
    );
  }
  // anonymous receipts: suggest, mustNotAuto
  for (const ch of ['anon-mobile', 'anon-cash']) {
    const c = nextCustomer();
    const s = nextSerial();
    const d = day();
    const amt = amount([cfg.invoiceRange[0], cfg.invoiceRange[0] * 3]);
    const row = L(bookAfter(d), amt, { type: 'receipt-anon', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      amt,
      credit({ channel: ch }),
      T({ decision: 'suggest', mustNotAuto: true, ledger: [row], evidence: 'amount', traits: ['anonymous-payer'] }),
    );
    withFees(d, ch, amt, {});
  }
  // part payment: suggest
  {
    const c = nextCustomer();
    const s = nextSerial();
    const d = day();
    const full = amount(cfg.invoiceRange);
    const paid = Math.round((full * rng.int(35, 60)) / 100);
    const row = L(bookAfter(d), full, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    B(
      d,
      paid,
      credit({ channel: 'transfer', name: c.bank, memo: `PART ${writings[0][1](s)}` }),
      T({ decision: 'suggest', mustNotAuto: false, ledger: [row], traits: ['part-payment', writings[0][0]] }),
    );
  }
  // two instalments that together pay one invoice: auto, group
  {
    const c = nextCustomer();
    const s = nextSerial();
    const d1 = inner[rng.int(0, 6)];
    const d2 = inner[rng.int(10, inner.length - 1)];
    const full = amount(cfg.invoiceRange);
    const first = Math.round(full / 2 / 100) * 100;
    const row = L(d2, full, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    const [tr, w] = writings[2];
    B(
      d1,
      first,
      credit({ channel: 'transfer', name: c.bank, memo: `${w(s)} 1ST INSTALMENT` }),
      T({ ledger: [row], group: 'g01', traits: ['instalment', tr] }),
    );
    B(
      d2,
      full - first,
      credit({ channel: 'transfer', name: c.bank, memo: `BAL ${w(s)}` }),
      T({ ledger: [row], group: 'g01', traits: ['instalment', tr] }),
    );
  }
  // one transfer paying two invoices
  {
    const c = nextCustomer();
    const s1 = nextSerial();
    const s2 = nextSerial();
    const d = day();
    const a1 = amount(cfg.invoiceRange);
    const a2 = amount(cfg.invoiceRange);
    const ld = bookAfter(d);
    const r1 = L(ld, a1, { type: 'receipt', party: c.books, docs: [cfg.invoice(s1)] });
    const r2 = L(ld, a2, { type: 'receipt', party: c.books, docs: [cfg.invoice(s2)] });
    const [tr, w] = writings[0];
    B(
      d,
      a1 + a2,
      credit({ channel: 'transfer', name: c.bank, memo: `${w(s1)} ${w(s2)}` }),
      T({ ledger: [r1, r2], traits: ['split-one-to-many', tr] }),
    );
  }
  // withholding-short payments
  for (const [trait, rate, why] of cfg.withholding) {
    const c = nextCustomer();
    const s = nextSerial();
    const d = day();
    const full = amount(cfg.invoiceRange);
    const short = rate === 'vat2of116' ? Math.round((full * 2) / 116) : Math.floor((full * rate) / 10000);
    const row = L(bookAfter(d), full, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    const [tr, w] = writings[1];
    B(
      d,
      full - short,
      credit({ channel: 'transfer', name: c.bank, memo: `${w(s)} ${why ?? 'LESS WHT'}` }),
      T({ ledger: [row], difference: -short, traits: [trait, tr] }),
    );
  }
  // over-payment
  {
    const c = nextCustomer();
    const s = nextSerial();
    const d = day();
    const full = amount(cfg.invoiceRange);
    const extra = Math.round((full * rng.int(2, 8)) / 100);
    const row = L(bookAfter(d), full, { type: 'receipt', party: c.books, docs: [cfg.invoice(s)] });
    const [tr, w] = writings[3];
    B(
      d,
      full + extra,
      credit({ channel: 'transfer', name: c.bank, memo: w(s) }),
      T({ ledger: [row], difference: extra, traits: ['over-payment', tr] }),
    );
  }
  // twins: two equal transfers quoting one order number, two equal bookings
  {
    const c = nextCustomer();
    const d = day();
    const amt = amount([cfg.invoiceRange[0], cfg.invoiceRange[0] * 4]);
    const po = `${cfg.orderPrefix ?? 'PO'} ${rng.int(4100, 4899)}`;
    const ld = bookAfter(d);
    const r1 = L(ld, amt, { type: 'order', party: c.books, docs: [po], memo: po });
    const r2 = L(ld, amt, { type: 'order', party: c.books, docs: [po], memo: po });
    for (let i = 0; i < 2; i++)
      B(
        d,
        amt,
        credit({ channel: 'transfer', name: c.bank, memo: `${po} DEPOSIT` }),
        T({ ledger: null, ledgerAnyOf: [[r1], [r2]], ambiguous: true, traits: ['twins'] }),
      );
  }
  // tie: one payment without reference, two equal open bookings of that payer
  {
    const c = tieCustomer;
    const d = inner[rng.int(8, inner.length - 1)];
    const amt = amount(cfg.invoiceRange);
    const r1 = L(prevWorkingDay(d, 3), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(nextSerial())] });
    const r2 = L(prevWorkingDay(d, 1), amt, { type: 'receipt', party: c.books, docs: [cfg.invoice(nextSerial())] });
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: c.bank, memo: nameOnlyMemo[cfg.country] ?? c.bank }),
      T({
        decision: 'suggest',
        mustNotAuto: true,
        ledger: null,
        ledgerAnyOf: [[r1], [r2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['tie'],
      }),
    );
  }
  // settlements net of fee
  const st = cfg.settlement;
  for (let i = 0; i < 6; i++) {
    const d = inner[Math.floor(((i + 0.5) * inner.length) / 6)];
    const salesDate = prevWorkingDay(d, 1);
    const gross = amount([cfg.invoiceRange[0] / 2, cfg.invoiceRange[0] * 6]);
    const fee = Math.round((gross * st.feeBp) / 10000);
    const batch = st.batch(i + 1);
    const traits = ['gateway-settlement', 'net-of-fee'];
    if (i < 3) {
      const row = L(d, gross, { type: 'settlement', batch, salesDate });
      B(d, gross - fee, credit({ channel: 'settlement', memo: batch }), T({ ledger: [row], difference: -fee, traits }));
    } else if (i < 5) {
      const g = L(d, gross, { type: 'settlement', batch, salesDate, fee: true });
      const f = L(d, -fee, { type: 'settlement-fee', batch });
      B(
        d,
        gross - fee,
        credit({ channel: 'settlement', memo: batch }),
        T({ ledger: [g, f], traits: [...traits, 'fee-booked-separately'] }),
      );
    } else {
      const row = L(d, gross, { type: 'settlement', batch: null, salesDate });
      B(
        d,
        gross - fee,
        credit({ channel: 'settlement', memo: 'SETTLEMENT' }),
        T({
          decision: 'suggest',
          mustNotAuto: false,
          ledger: [row],
          evidence: 'counterparty',
          traits: [...traits, 'settlement-without-id'],
        }),
      );
    }
  }
  // supplier refunds received (new in holdout21): one quoting the supplier's credit note, one quoting the bill
  {
    const sup = cfg.suppliers[0];
    const d = day();
    const amt = amount([cfg.billRange[0] / 4, cfg.billRange[0]]);
    const cn = cfg.supplierCreditNote(1);
    const row = L(bookAfter(d), amt, { type: 'supplier-refund', party: sup.books, docs: [cn], memo: 'credit note' });
    B(
      d,
      amt,
      credit({ channel: 'transfer', name: sup.bank, memo: `REFUND ${cn}` }),
      T({ ledger: [row], traits: ['supplier-refund', 'credit-note'] }),
    );
    const sup2 = cfg.suppliers[1];
    const d2 = day();
    const amt2 = amount([cfg.billRange[0] / 4, cfg.billRange[0]]);
    const bill = sup2.bill(0);
    const row2 = L(bookAfter(d2), amt2, {
      type: 'supplier-refund',
      party: sup2.books,
      docs: [bill],
      memo: `overcharge on bill ${bill}`,
    });
    B(
      d2,
      amt2,
      credit({ channel: 'transfer', name: sup2.bank, memo: `REFUND ${bill}` }),
      T({ ledger: [row2], traits: ['supplier-refund', 'bill-quoted'] }),
    );
  }
  // unknown receipts
  for (const name of cfg.unknownPayers) {
    const d = day();
    const amt = amount([cfg.invoiceRange[0] / 3, cfg.invoiceRange[0] * 2]);
    B(
      d,
      amt,
      credit({ channel: 'transfer', name, memo: nameOnlyMemo[cfg.country] ?? name }),
      T({ expect: 'no-counterpart', decision: 'none', evidence: 'amount', traits: ['unknown-payer'] }),
    );
  }

  // ---- payments ----
  const billSup = cfg.suppliers.filter((s) => s.bill);
  const nameSup = cfg.suppliers.filter((s) => !s.bill);
  let billNo = 1;
  const payTransfer = (d, sup, amt, memo, truth) => {
    const line = B(d, -amt, debit({ channel: 'transfer', name: sup.bank, memo }), truth);
    withFees(d, 'transfer', amt, { name: sup.bank });
    return line;
  };
  for (let i = 0; i < 6; i++) {
    const sup = billSup[i % billSup.length];
    const bill = sup.bill(billNo++);
    const d = day();
    const amt = amount(cfg.billRange);
    const row = L(bookBefore(d, 1), -amt, { type: 'payment', party: sup.books, docs: [bill] });
    payTransfer(
      d,
      sup,
      amt,
      i % 3 === 2 ? bill.toLowerCase() : bill,
      T({ ledger: [row], traits: ['supplier-payment', i % 3 === 2 ? 'ref-lowercase' : 'ref-canonical'] }),
    );
  }
  for (const sup of nameSup.slice(0, 3)) {
    const d = day();
    const amt = amount(cfg.billRange);
    const row = L(bookBefore(d), -amt, { type: 'payment', party: sup.books, docs: [] });
    payTransfer(
      d,
      sup,
      amt,
      cfg.country === 'ZA' ? cfg.company.split(' ')[0].toUpperCase() : 'SUPPLIES',
      T({ ledger: [row], evidence: 'counterparty', traits: ['supplier-payment', 'name-only'] }),
    );
  }
  // failed transfer, its reversal and the re-sent payment
  {
    const sup = nameSup[3] ?? nameSup[0];
    const bill = billSup[0].bill(billNo++);
    const sup2 = billSup[0];
    const d = inner[rng.int(4, inner.length - 4)];
    const d2 = nextWorkingDay(d, 1);
    const d3 = nextWorkingDay(d2, 1);
    const amt = amount(cfg.billRange);
    const row = L(d, -amt, { type: 'payment', party: sup2.books, docs: [bill] });
    const failed = B(
      d,
      -amt,
      debit({ channel: 'transfer', name: sup2.bank, memo: bill }),
      T({ expect: 'reversal-pair', decision: 'reversal-pair', evidence: 'amount', traits: ['failed-transfer'] }),
    );
    const rev = B(
      d2,
      amt,
      credit({ channel: 'reversal', name: sup2.bank, memo: bill, reference: failed.reference }),
      T({ expect: 'reversal-pair', decision: 'reversal-pair', evidence: 'amount', traits: ['reversal'] }),
    );
    failed.truth.partner = rev;
    rev.truth.partner = failed;
    payTransfer(d3, sup2, amt, bill, T({ ledger: [row], traits: ['supplier-payment', 'resent-after-failure'] }));
    void sup;
  }
  // presented cheques, or debit orders in South Africa
  if (cfg.cheques) {
    for (let i = 0; i < 3; i++) {
      const sup = cfg.suppliers[(i + 3) % cfg.suppliers.length];
      const no = cfg.cheques(i + 1);
      const d = inner[rng.int(6, inner.length - 1)];
      const amt = amount(cfg.billRange);
      const row = L(prevWorkingDay(d, rng.int(3, 6)), -amt, {
        type: 'cheque',
        party: sup.books,
        docs: [no],
        bill: sup.bill ? sup.bill(billNo++) : null,
      });
      B(d, -amt, debit({ channel: 'cheque', memo: no }), T({ ledger: [row], traits: ['presented-cheque'] }));
    }
  } else {
    for (const dO of cfg.debitOrders) {
      const d = inner[rng.int(0, 8)];
      const amt = amount([cfg.billRange[0], cfg.billRange[0] * 4]);
      const row = L(dO.ref ? d : bookBefore(d, 1), -amt, {
        type: 'debitorder',
        party: dO.books,
        docs: dO.ref ? [dO.ref] : [],
      });
      B(
        d,
        -amt,
        debit({ channel: 'debitorder', name: dO.bank, memo: dO.bankRef }),
        T({
          ledger: [row],
          evidence: dO.ref ? 'reference' : 'counterparty',
          traits: ['debit-order', ...(dO.ref ? [] : ['name-only'])],
        }),
      );
      withFees(d, 'debitorder', amt, {});
    }
  }
  // payroll
  {
    const d = prevWorkingDay(lastWd, 2);
    const amt = amount(cfg.payrollRange);
    const row = L(d, -amt, { type: 'payroll', memo: monthLabel });
    B(
      d,
      -amt,
      debit({ channel: 'payroll', memo: monthLabel }),
      T({ ledger: [row], evidence: 'amount', traits: ['payroll'] }),
    );
    withFees(d, 'payroll', amt, {});
  }
  // statutory payments (for the previous month)
  {
    const pm = MONTHS[(Number(cfg.from.slice(5, 7)) + 10) % 12].toUpperCase();
    const memo = `${pm} ${cfg.from.slice(0, 4)}`;
    for (const s of cfg.statutory) {
      const d = inner[rng.int(3, 9)];
      const amt = amount(s.range);
      const row = L(s.ref ? d : bookBefore(d), -amt, {
        type: 'statutory',
        label: s.label,
        payee: s.payee,
        ref: s.ref,
        memo,
      });
      B(
        d,
        -amt,
        debit({
          channel: 'statutory',
          name: s.payee,
          memo: s.ref ? `${s.label.toUpperCase()} ${memo}` : memo,
          bankRef: s.bankRef,
        }),
        T({
          ledger: [row],
          evidence: s.ref ? 'reference' : 'counterparty',
          traits: ['statutory', ...(s.ref ? [] : ['name-only'])],
        }),
      );
      withFees(d, 'statutory', amt, { bankRef: s.bankRef, name: s.payee });
    }
  }
  // own-account transfer
  {
    const d = inner[rng.int(10, inner.length - 1)];
    const amt = Math.round(rng.money(cfg.payrollRange[0] / 2, cfg.payrollRange[0]) / 100000) * 100000;
    const row = L(d, -amt, { type: 'own' });
    B(
      d,
      -amt,
      debit({ channel: 'own', memo: cfg.ownAccount.bank }),
      T({ ledger: [row], traits: ['own-account', 'internal-transfer'] }),
    );
  }
  // unrecorded card purchases
  for (const m of cfg.cardMerchants) {
    const d = day();
    const amt = amount([cfg.billRange[0] / 10, cfg.billRange[0] / 2]);
    B(
      d,
      -amt,
      debit({ channel: 'card', name: m }),
      T({ expect: 'no-counterpart', decision: 'none', evidence: 'amount', traits: ['unrecorded-card-purchase'] }),
    );
  }
  // ledger only: unpresented cheques (or a payment released after cut-off) and deposits in transit
  const ledgerOnly = [];
  if (cfg.cheques) {
    for (let i = 0; i < 2; i++) {
      const sup = cfg.suppliers[(i + 6) % cfg.suppliers.length];
      const row = L(days[days.length - 1 - i * 2], -amount(cfg.billRange), {
        type: 'cheque',
        party: sup.books,
        docs: [cfg.cheques(10 + i)],
        bill: null,
      });
      ledgerOnly.push([row, 'cheque issued, not yet presented']);
    }
  } else {
    const sup = cfg.suppliers[6];
    const row = L(lastWd, -amount(cfg.billRange), { type: 'payment', party: sup.books, docs: [sup.bill(billNo)] });
    ledgerOnly.push([row, 'payment released after the statement cut-off, clears next month']);
  }
  {
    const c = nextCustomer();
    const row = L(lastWd, amount(cfg.invoiceRange), {
      type: 'receipt',
      party: c.books,
      docs: [cfg.invoice(nextSerial())],
    });
    ledgerOnly.push([row, 'deposit in transit: cheque/transfer received on the last day, credited next month']);
  }

  // ---- the bank's daily levies and month-end items ----
  const byDate = new Map();
  for (const b of bank) if (b.amount > 0) byDate.set(b.date, [...(byDate.get(b.date) ?? []), b]);
  for (const [d, rs] of [...byDate.entries()].sort())
    for (const f of cfg.daily(d, rs)) bankOnly(d, { ...f, seqLate: true });
  const ctx = {
    to: cfg.to,
    debitsMinor: -bank.filter((b) => b.amount < 0).reduce((a, b) => a + b.amount, 0),
    creditCount: bank.filter((b) => b.amount > 0).length,
  };
  for (const f of cfg.monthEnd(ctx)) {
    let d = f.kind === 'interest' || f.kind === 'tax' ? cfg.to : lastWd;
    if (f.day)
      d = isWorkingDay(addDays(cfg.from, f.day - 1))
        ? addDays(cfg.from, f.day - 1)
        : nextWorkingDay(addDays(cfg.from, f.day - 1));
    bankOnly(d, f);
  }

  // ---- order ----
  bank.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  ledger.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  let bal = cfg.opening;
  for (const b of bank) {
    bal += b.amount;
    b.balance = bal;
    if (bal < 0) throw new Error(`${cfg.set}: bank balance negative on ${b.date}`);
  }
  let lbal = cfg.opening;
  for (const r of ledger) {
    lbal += r.amount;
    r.balance = lbal;
  }
  return { bank, ledger, ledgerOnly, closing: bal, ledgerClosing: lbal };
}
