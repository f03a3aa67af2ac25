// A month of one business bank account: customer receipts, supplier payments, card spend, settlements, the bank's
// own charges, failed transfers and their reversals, twins, unrecorded items. Each event writes bank rows (in the
// bank's dialect) and book rows (generic; the ledger writers give them their package's columns), and records in
// the Truth which bank rows answer to which book rows. Nothing here knows how any matcher works.
import { addDays, businessDay, docNumber, fmt, nipSession, pct, REF_STYLES, writeRef } from './lib.mjs';

/**
 * @param ctx { rng, truth, book: [], period: {from,to}, year, account: {code,name,bankName,dialect,ownName},
 *              customers, suppliers, merchants, counts, seq }
 */
export function simulateAccount(ctx) {
  const { rng, account, counts } = ctx;
  const bankRows = [];
  const d = account.dialect;
  let order = 0;
  const days = [];
  for (let x = ctx.period.from; x <= ctx.period.to; x = addDays(x, 1)) days.push(x);
  const busy = days.filter((x) => businessDay(x) === x);
  const someDay = () => rng.pick(busy);
  const lastWeek = busy.filter((x) => x >= addDays(ctx.period.to, -6));
  const early = busy.filter((x) => x <= addDays(ctx.period.to, -3));

  const bank = (date, amount, text, extra = {}) => {
    const r = {
      date,
      valueDate: extra.valueDate ?? date,
      amount,
      text,
      reference: extra.reference ?? null,
      order: (order += 1),
    };
    if (extra.branch) r.branch = extra.branch;
    bankRows.push(r);
    return r;
  };
  const book = (row) => {
    const r = { account: account.code, accountName: account.name, seq: (ctx.bookSeq = (ctx.bookSeq ?? 0) + 1), ...row };
    ctx.book.push(r);
    return r;
  };
  const levies = (row) => {
    for (const c of d.inflowCharges?.(row.amount, row.date, rng, row.text) ?? [])
      ctx.truth.bankOnly(bank(row.date, c.amount, c.text), c.kind);
  };
  const transferFees = (row) => {
    for (const c of d.transferFees?.(-row.amount, row.date, rng, row.text) ?? [])
      ctx.truth.bankOnly(bank(row.date, c.amount, c.text), c.kind);
  };
  const nextInvoice = () => (ctx.seq.invoice += rng.int(1, 3));
  const nextBill = () => (ctx.seq.bill += rng.int(1, 2));
  const pickStyle = () => (rng.chance(0.06) ? 'serial-only' : rng.pick(REF_STYLES));
  const bookDate = (date) => {
    // Books are written from remittances and vouchers: usually a day or two before the bank posts, sometimes after
    // (kept inside the month: the ledger export covers the same period as the statement).
    const r = rng.next();
    let x = date;
    if (r >= 0.5 && r < 0.85) x = addDays(date, -rng.int(1, 3));
    else if (r >= 0.85) x = addDays(date, rng.int(1, 2));
    return x < ctx.period.from ? ctx.period.from : x > ctx.period.to ? ctx.period.to : x;
  };
  const late = (bookD, bankD) => (bookD > bankD ? ['late-posting'] : []);

  // ---- customer receipts
  for (let i = 0; i < counts.receipts; i += 1) {
    const c = rng.pick(ctx.customers);
    const date = someDay();
    const serial = nextInvoice();
    const inv = docNumber(ctx.invoicePrefix, ctx.year, serial);
    const due = rng.money(...ctx.receiptRange, 50);
    let paid = due;
    const traits = [];
    const roll = rng.next();
    if (roll < 0.07) {
      paid = due + rng.pick([500, 1000, 2500, 5000]) * 100;
      traits.push('over-payment');
    } else if (roll < 0.14 && ctx.shortPayment) {
      const s = ctx.shortPayment(due, rng);
      paid = due - s.amount;
      traits.push(s.trait);
    }
    const evRoll = rng.next();
    const evidence = evRoll < 0.76 ? 'reference' : evRoll < 0.92 ? 'counterparty' : 'amount';
    let memo = '';
    if (evidence === 'reference') {
      const style = pickStyle();
      memo = writeRef(ctx.invoicePrefix, ctx.year, serial, style);
      traits.push(`ref-${style}`);
    } else if (evidence === 'counterparty') {
      memo = rng.pick(d.receiptMemos ?? ['PAYMENT', 'SUPPLY', 'GOODS', '']);
      traits.push('name-only');
    } else traits.push('amount-only');
    const text =
      evidence === 'amount' ? d.anonymousReceipt(rng, date) : d.receipt({ payer: c.bankName, memo, date, rng });
    const b = bank(date, paid, text.text, { reference: text.reference });
    if (text.session) traits.push('nip-session-id');
    const bd = bookDate(date);
    const l = book({ date: bd, amount: due, kind: 'receipt', party: c.name, docRef: inv, memo: `Receipt - ${c.name}` });
    ctx.truth.match(b, l, { evidence, traits: [...traits, ...late(bd, date)] });
    levies(b);
  }

  // ---- one transfer paying two invoices; an invoice less its credit note
  for (let i = 0; i < counts.multiInvoice; i += 1) {
    const c = rng.pick(ctx.customers);
    const date = someDay();
    const s1 = nextInvoice();
    const s2 = nextInvoice();
    const a1 = rng.money(...ctx.receiptRange, 50);
    const a2 = rng.money(...ctx.receiptRange, 50);
    const memo = `${writeRef(ctx.invoicePrefix, ctx.year, s1, 'canonical')} & ${String(s2).padStart(4, '0')}`;
    const t = d.receipt({ payer: c.bankName, memo, date, rng });
    const b = bank(date, a1 + a2, t.text, { reference: t.reference });
    const bd = bookDate(date);
    const l1 = book({
      date: bd,
      amount: a1,
      kind: 'receipt',
      party: c.name,
      docRef: docNumber(ctx.invoicePrefix, ctx.year, s1),
      memo: `Receipt - ${c.name}`,
    });
    const l2 = book({
      date: bd,
      amount: a2,
      kind: 'receipt',
      party: c.name,
      docRef: docNumber(ctx.invoicePrefix, ctx.year, s2),
      memo: `Receipt - ${c.name}`,
    });
    ctx.truth.match(b, [l1, l2], { evidence: 'reference', traits: ['split-one-to-many', 'ref-canonical'] });
    levies(b);
  }
  for (let i = 0; i < counts.creditNote; i += 1) {
    const c = rng.pick(ctx.customers);
    const date = someDay();
    const s = nextInvoice();
    const cnSerial = (ctx.seq.credit += 1);
    const inv = rng.money(...ctx.receiptRange, 100);
    const cn = pct(inv, rng.pick([500, 1000, 1500]));
    const cnNo = docNumber(ctx.creditPrefix, ctx.year, cnSerial);
    const memo = `${writeRef(ctx.invoicePrefix, ctx.year, s, rng.pick(['canonical', 'slashes', 'lowercase']))} LESS ${cnNo}`;
    const t = d.receipt({ payer: c.bankName, memo, date, rng });
    const b = bank(date, inv - cn, t.text, { reference: t.reference });
    const bd = bookDate(date);
    const l1 = book({
      date: bd,
      amount: inv,
      kind: 'receipt',
      party: c.name,
      docRef: docNumber(ctx.invoicePrefix, ctx.year, s),
      memo: `Receipt - ${c.name}`,
    });
    const l2 = book({
      date: bd,
      amount: -cn,
      kind: 'credit-note',
      party: c.name,
      docRef: cnNo,
      memo: `Credit note offset - ${c.name}`,
    });
    ctx.truth.match(b, [l1, l2], { evidence: 'reference', traits: ['invoice-less-credit-note', 'split-one-to-many'] });
    levies(b);
  }

  // ---- card/terminal settlements: two terminals per day; some days booked as one gross figure, others per terminal net
  if (counts.settlementDays && d.settlement) {
    const tids = account.terminals;
    const salesDays = rng.shuffle(early.slice()).slice(0, counts.settlementDays).sort();
    for (const sales of salesDays) {
      const settle = businessDay(addDays(sales, 1));
      const rows = tids.map((tid) => {
        const gross = rng.money(...(ctx.settlementRange ?? [60000, 900000]), 50);
        const fee = d.settlementFee(gross);
        const t = d.settlement({ tid, sales, rng });
        return { tid, gross, fee, b: bank(settle, gross - fee, t.text, { reference: t.reference }) };
      });
      if (rng.chance(0.5)) {
        const gross = rows.reduce((s, r) => s + r.gross, 0);
        const l = book({
          date: sales,
          amount: gross,
          kind: 'pos-sales',
          party: null,
          docRef: null,
          memo: `${d.settlementBookName} sales ${fmt.dmy(sales)}`,
        });
        ctx.truth.match(
          rows.map((r) => r.b),
          l,
          { evidence: 'amount', traits: ['pos-settlement', 'split-many-to-one', 'short-net-of-fee'] },
        );
      } else {
        for (const r of rows) {
          const l = book({
            date: settle,
            amount: r.gross - r.fee,
            kind: 'pos-settlement',
            party: null,
            docRef: r.tid,
            memo: `${d.settlementBookName} settlement ${r.tid}`,
          });
          ctx.truth.match(r.b, l, { evidence: 'reference', traits: ['pos-settlement', 'settled-next-day'] });
        }
      }
      for (const r of rows) levies(r.b);
    }
  }

  // ---- supplier payments
  for (let i = 0; i < counts.payments; i += 1) {
    const s = rng.pick(ctx.suppliers);
    const date = someDay();
    const serial = nextBill();
    const bill = docNumber(ctx.billPrefix, ctx.year, serial);
    const amount = rng.money(...ctx.paymentRange, 100);
    const evRoll = rng.next();
    const evidence = evRoll < 0.75 ? 'reference' : 'counterparty';
    const traits = [];
    let memo;
    if (evidence === 'reference') {
      const style = pickStyle();
      memo = writeRef(ctx.billPrefix, ctx.year, serial, style);
      traits.push(`ref-${style}`);
    } else {
      memo = rng.pick(s.memos);
      traits.push('name-only');
    }
    const t = d.payment({ payee: s.bankName, memo, date, rng, amount });
    if (t.session) traits.push('nip-session-id');
    const b = bank(date, -amount, t.text, { reference: t.reference });
    const bd = bookDate(date);
    const l = book({
      date: bd,
      amount: -amount,
      kind: 'payment',
      party: s.name,
      docRef: bill,
      memo: `Payment - ${s.name}`,
    });
    ctx.truth.match(b, l, { evidence, traits: [...traits, ...late(bd, date)] });
    transferFees(b);
  }

  // ---- card spend and regular outgoings booked from receipts (name, no reference)
  for (let i = 0; i < counts.cardSpend; i += 1) {
    const m = rng.pick(ctx.merchants);
    const date = someDay();
    const amount = rng.money(...m.range, m.step ?? 100);
    const b = bank(date, -amount, d.card({ merchant: m.bankName, date, rng }));
    const l = book({
      date: bookDate(date),
      amount: -amount,
      kind: 'expense',
      party: m.name,
      docRef: null,
      memo: m.memo,
    });
    ctx.truth.match(b, l, { evidence: 'counterparty', traits: ['name-only'] });
  }
  for (const r of ctx.recurring ?? []) {
    const date = businessDay(r.day);
    const t = r.bankText
      ? { text: r.bankText, reference: r.bankReference ?? null }
      : d.payment({ payee: r.bankName, memo: r.bankMemo, date, rng, amount: r.amount });
    const b = bank(date, -r.amount, t.text, { reference: t.reference });
    const l = book({
      date,
      amount: -r.amount,
      kind: r.docRef ? 'payment' : 'expense',
      party: r.name,
      docRef: r.docRef ?? null,
      memo: r.memo,
    });
    const evidence = r.evidence ?? (r.docRef ? 'reference' : 'counterparty');
    ctx.truth.match(b, l, {
      evidence,
      traits: r.traits ?? (evidence === 'reference' ? ['ref-canonical'] : ['name-only']),
    });
    if (!r.bankText) transferFees(b);
  }

  // ---- twins: two identical card purchases at one merchant on one day, both booked
  for (let i = 0; i < counts.twins; i += 1) {
    const m = rng.pick(ctx.merchants);
    const date = someDay();
    const amount = rng.money(...m.range, 500);
    const text = d.card({ merchant: m.bankName, date, rng });
    const b1 = bank(date, -amount, text);
    const b2 = bank(date, -amount, text);
    const l1 = book({ date, amount: -amount, kind: 'expense', party: m.name, docRef: null, memo: m.memo });
    const l2 = book({ date, amount: -amount, kind: 'expense', party: m.name, docRef: null, memo: m.memo });
    const anyOf = [[l1], [l2]];
    ctx.truth.match(b1, l1, { evidence: 'counterparty', traits: ['twins'], ambiguous: true, ledgerAnyOf: anyOf });
    ctx.truth.match(b2, l2, { evidence: 'counterparty', traits: ['twins'], ambiguous: true, ledgerAnyOf: anyOf });
  }

  // ---- failed transfers reversed; the retry goes through and is the booked payment
  for (let i = 0; i < counts.reversals; i += 1) {
    const s = rng.pick(ctx.suppliers);
    const date = rng.pick(early);
    const serial = nextBill();
    const amount = rng.money(...ctx.paymentRange, 100);
    const memo = writeRef(ctx.billPrefix, ctx.year, serial, 'canonical');
    const t = d.payment({ payee: s.bankName, memo, date, rng, amount });
    const failed = bank(date, -amount, t.text, { reference: t.reference });
    const fees = (d.transferFees?.(amount, date, rng, t.text) ?? []).map((c) => ({
      c,
      row: bank(date, c.amount, c.text),
    }));
    const back = bank(date, amount, d.reversal(t.text), { reference: t.reference });
    ctx.truth.reversal(failed, back);
    for (const f of fees) {
      if (d.reversesFees) ctx.truth.reversal(f.row, bank(date, -f.c.amount, d.reversal(f.c.text)));
      else ctx.truth.bankOnly(f.row, f.c.kind);
    }
    const retryDate = businessDay(addDays(date, 1));
    const t2 = d.payment({ payee: s.bankName, memo, date: retryDate, rng, amount });
    const ok = bank(retryDate, -amount, t2.text, { reference: t2.reference });
    const l = book({
      date,
      amount: -amount,
      kind: 'payment',
      party: s.name,
      docRef: docNumber(ctx.billPrefix, ctx.year, serial),
      memo: `Payment - ${s.name}`,
    });
    ctx.truth.match(ok, l, { evidence: 'reference', traits: ['ref-canonical'] });
    transferFees(ok);
  }

  // ---- genuine transactions nobody booked
  for (let i = 0; i < counts.unrecorded; i += 1) {
    const date = someDay();
    if (i % 2 === 0) {
      const t = d.receipt({ payer: rng.pick(ctx.strangers), memo: rng.pick(['', 'PAYMENT', 'BAL']), date, rng });
      const b = bank(date, rng.money(ctx.receiptRange[0], ctx.receiptRange[1] / 4, 50), t.text, {
        reference: t.reference,
      });
      ctx.truth.noCounterpart(b, ['name-only']);
      levies(b);
    } else {
      const amount = rng.money(ctx.paymentRange[0], ctx.paymentRange[1] / 10, 50);
      const t = d.payment({
        payee: rng.pick(ctx.strangers),
        memo: rng.pick(['STAFF ADVANCE', 'REFUND', 'LOAN']),
        date,
        rng,
        amount,
      });
      const b = bank(date, -amount, t.text, { reference: t.reference });
      ctx.truth.noCounterpart(b, ['name-only']);
      transferFees(b);
    }
  }

  // ---- book entries the bank has not seen yet
  for (let i = 0; i < counts.outstanding; i += 1) {
    const s = rng.pick(ctx.suppliers);
    const date = rng.pick(lastWeek);
    if (ctx.outstandingStyle === 'eft') {
      const bill = docNumber(ctx.billPrefix, ctx.year, nextBill());
      const l = book({
        date: ctx.period.to,
        amount: -rng.money(...ctx.paymentRange, 100),
        kind: 'payment',
        party: s.name,
        docRef: bill,
        memo: `Payment - ${s.name}`,
      });
      ctx.truth.ledgerOnlyRow(l, 'payment scheduled on the last day, processed by the bank next month');
      continue;
    }
    const chq = String((ctx.seq.cheque += 1)).padStart(6, '0');
    const l = book({
      date,
      amount: -rng.money(...ctx.paymentRange, 100),
      kind: 'cheque',
      party: s.name,
      docRef: chq,
      memo: `Cheque ${chq} - ${s.name}`,
    });
    ctx.truth.ledgerOnlyRow(l, 'cheque issued, not yet presented');
  }
  if (counts.inTransit) {
    const c = rng.pick(ctx.customers);
    const l = book({
      date: ctx.period.to,
      amount: rng.money(...ctx.receiptRange, 50),
      kind: 'receipt',
      party: c.name,
      docRef: docNumber(ctx.invoicePrefix, ctx.year, nextInvoice()),
      memo: `Receipt - ${c.name}`,
    });
    ctx.truth.ledgerOnlyRow(l, 'receipt in transit, credited next month');
  }

  // ---- the bank's month-end charges
  const debitTurnover = bankRows.filter((r) => r.amount < 0).reduce((s, r) => s - r.amount, 0);
  for (const c of d.monthEnd?.(ctx.period.to, debitTurnover, rng) ?? [])
    ctx.truth.bankOnly(bank(c.date, c.amount, c.text), c.kind);

  bankRows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
  return bankRows;
}

/** Running balances in posting order from an opening balance. */
export function withBalances(rows, opening) {
  let bal = opening;
  for (const r of rows) {
    bal += r.amount;
    r.balance = bal;
  }
  return bal;
}

export { nipSession };
