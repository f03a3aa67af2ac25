// The country-neutral month: which events happen, on which days, and the decision each bank line gets.
// A set (sets.mjs) supplies the names, numbers and wordings; this file decides what the books and the bank hold.
import { addDays, isWorkingDay, monthDays } from './lib.mjs';

// How many of each event a month holds (every set has all of them; ZA has no withholding and no cheques).
const COUNTS = { refReceipts: 14, nameOnly: 4, altName: 2, anonymous: 2, billPayments: 7, nameOnlyPayments: 3 };

export function buildMonth(cfg, rng) {
  const days = monthDays(cfg.year, cfg.month);
  const work = days.filter(isWorkingDay);
  const lastWork = work[work.length - 1];
  const used = new Set();
  const bank = [];
  const ledger = [];
  let seq = 0;

  // Every amount is unique across the month unless an event means it to repeat (twins, a tie), so an
  // amount-only coincidence never makes a second right answer.
  const unique = (fn) => {
    for (let i = 0; i < 5000; i++) {
      const a = fn();
      if (a > 0 && !used.has(a)) {
        used.add(a);
        return a;
      }
    }
    throw new Error('no unique amount found');
  };
  const gross = (scale = 1) =>
    unique(() => {
      const { min, max, step } = cfg.amounts;
      let a = Math.round(((min + rng.next() * (max - min)) * scale) / step) * step;
      if (rng.chance(cfg.amounts.centsShare)) a += rng.int(1, 99);
      return a;
    });
  const round = (minor, unit) => Math.max(unit, Math.round(minor / unit) * unit);

  const prevWork = (day, n) => {
    let d = day;
    let left = n;
    while (left > 0) {
      d = addDays(d, -1);
      if (d < days[0]) return days[0];
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  const nextWork = (day, n) => {
    let d = day;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (d > lastWork) return lastWork;
      if (isWorkingDay(d)) left--;
    }
    return d;
  };
  const calendarGap = (a, b) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
  const day = (from = 2, to = work.length - 2) => work[rng.int(from, to)];

  const L = (row) => {
    row.key = `L${ledger.length + 1}`;
    row.sort = rng.next();
    ledger.push(row);
    return row.key;
  };
  const B = (line) => {
    line.seq = seq++;
    line.base = line.base ?? rng.next();
    line.sub = line.sub ?? 0;
    line.reference = line.reference ?? '';
    if (line.truncated && line.truth && !line.truth.traits.includes('payer-name-truncated')) {
      line.truth.traits.push('payer-name-truncated');
    }
    bank.push(line);
    return line;
  };
  const truth = (t) => ({
    expect: 'match',
    decision: 'auto',
    ledgerKeys: [],
    evidence: 'reference',
    kind: null,
    traits: [],
    ...t,
  });

  // Customers and suppliers: some are used once only (name-only payers, the tie, very different writings),
  // so that no other booking of theirs can be a rival.
  const custPool = rng.shuffle(cfg.customers.filter((c) => !c.alt));
  const altPool = rng.shuffle(cfg.customers.filter((c) => c.alt));
  const exclusiveCust = () => {
    const c = custPool.pop();
    if (!c) throw new Error(`${cfg.key}: not enough customers`);
    return c;
  };
  const shared = custPool.splice(0, 7);
  const anyCust = () => rng.pick(shared);
  const supPool = rng.shuffle(cfg.suppliers);
  const exclusiveSup = () => {
    const s = supPool.pop();
    if (!s) throw new Error(`${cfg.key}: not enough suppliers`);
    return s;
  };
  const sharedSup = supPool.splice(0, 4);
  const anySup = () => rng.pick(sharedSup);

  let serial = cfg.invoiceStart;
  const nextSerial = () => (serial += rng.int(1, 4));
  let billNo = 0;
  const bill = (s) => s.bill(cfg.billBase + (billNo += rng.int(3, 40)));

  const receiptRow = (c, inv, amount, bookDay, extra = {}) =>
    L({
      day: bookDay,
      amount,
      reference: inv,
      description: cfg.book.receipt(c, inv),
      party: c.book,
      kind: 'receipt',
      ...extra,
    });

  // --- customer receipts quoting the invoice in many writings ---
  const refCol = new Set([3, 9]);
  for (let i = 0; i < COUNTS.refReceipts; i++) {
    const c = anyCust();
    const s = nextSerial();
    const inv = cfg.invoice(s);
    const amount = gross();
    const d = day(1);
    const late = i === 5 || i === 11;
    const bookDay = late ? nextWork(d, rng.int(1, 2)) : prevWork(d, rng.int(0, 3));
    const key = receiptRow(c, inv, amount, bookDay);
    const w = cfg.writings[i % cfg.writings.length](s);
    const inRef = refCol.has(i);
    const cell = cfg.bank.receipt(c, inRef ? '' : w.text, { i, inRefField: inRef, typed: w.text });
    const traits = [...w.traits];
    if (inRef) traits.push('reference-in-reference-field');
    if (late) traits.push('late-posting');
    B({ day: d, amount, ...cell, truth: truth({ ledgerKeys: [key], traits }) });
  }

  // --- payer named as the books name them, no reference: booked 0–2 calendar days before ---
  for (let i = 0; i < COUNTS.nameOnly; i++) {
    const c = exclusiveCust();
    const s = nextSerial();
    const amount = gross();
    const d = day(2);
    let bookDay = prevWork(d, rng.int(0, 1));
    if (calendarGap(bookDay, d) > 2) bookDay = d;
    const key = receiptRow(c, cfg.invoice(s), amount, bookDay);
    const cell = cfg.bank.receiptNameOnly(c, i);
    B({
      day: d,
      amount,
      ...cell,
      truth: truth({ ledgerKeys: [key], evidence: 'counterparty', traits: ['name-only'] }),
    });
  }

  // --- payer written very differently from the books: a person should look ---
  for (let i = 0; i < COUNTS.altName; i++) {
    const c = altPool.pop();
    const s = nextSerial();
    const amount = gross();
    const d = day(2);
    const key = receiptRow(c, cfg.invoice(s), amount, prevWork(d, rng.int(0, 2)));
    const cell = cfg.bank.receiptAlt(c, i);
    B({
      day: d,
      amount,
      ...cell,
      truth: truth({
        decision: 'suggest',
        mustNotAuto: false,
        ledgerKeys: [key],
        evidence: 'counterparty',
        traits: ['name-written-differently'],
      }),
    });
  }

  // --- anonymous receipts (cash, masked wallet or phone) of a booked amount: only a guess ---
  for (let i = 0; i < COUNTS.anonymous; i++) {
    const c = anyCust();
    const s = nextSerial();
    const amount = gross(0.4);
    const d = day(2);
    const key = receiptRow(c, cfg.invoice(s), amount, prevWork(d, rng.int(0, 2)));
    const cell = cfg.bank.anonymous(i);
    B({
      day: d,
      amount,
      ...cell,
      truth: truth({
        decision: 'suggest',
        mustNotAuto: true,
        ledgerKeys: [key],
        evidence: 'amount',
        traits: ['anonymous-payer'],
      }),
    });
  }

  // --- part payment quoting the invoice; the books hold the full amount ---
  {
    const c = anyCust();
    const s = nextSerial();
    const full = gross(1.5);
    const amount = unique(() => round(Math.round(full * (0.4 + rng.next() * 0.3)), cfg.amounts.step));
    const d = day(3);
    const key = receiptRow(c, cfg.invoice(s), full, prevWork(d, 1));
    const w = cfg.writings[1](s);
    B({
      day: d,
      amount,
      ...cfg.bank.receipt(c, `PART ${w.text}`, { i: 100 }),
      truth: truth({
        decision: 'suggest',
        mustNotAuto: false,
        ledgerKeys: [key],
        traits: ['part-payment', ...w.traits],
      }),
    });
  }

  // --- two instalments that together pay one invoice ---
  {
    const c = anyCust();
    const s = nextSerial();
    const full = gross(1.6);
    const first = unique(() => round(Math.round(full * (0.45 + rng.next() * 0.1)), cfg.amounts.step));
    const second = full - first;
    used.add(second);
    const d1 = day(2, 8);
    const d2 = nextWork(d1, rng.int(5, 9));
    const key = receiptRow(c, cfg.invoice(s), full, d2);
    const group = 'g001';
    const w = cfg.writings[0](s);
    for (const [d, amount, memo] of [
      [d1, first, `${w.text} 1ST INSTALMENT`],
      [d2, second, `BAL ${w.text}`],
    ]) {
      B({
        day: d,
        amount,
        ...cfg.bank.receipt(c, memo, { i: 101 }),
        truth: truth({ ledgerKeys: [key], group, traits: ['instalment', 'split-many-to-one', ...w.traits] }),
      });
    }
  }

  // --- one transfer for two invoices booked as two receipts ---
  {
    const c = anyCust();
    const s1 = nextSerial();
    const s2 = nextSerial();
    const a1 = gross(0.6);
    const a2 = gross(0.6);
    const d = day(3);
    const k1 = receiptRow(c, cfg.invoice(s1), a1, prevWork(d, 1));
    const k2 = receiptRow(c, cfg.invoice(s2), a2, prevWork(d, 1));
    used.add(a1 + a2);
    B({
      day: d,
      amount: a1 + a2,
      ...cfg.bank.receipt(c, cfg.twoInvoices(s1, s2), { i: 102 }),
      truth: truth({ ledgerKeys: [k1, k2], traits: ['split-one-to-many'] }),
    });
  }

  // --- an invoice less a credit note, paid in one transfer; the books hold the net receipt ---
  {
    const c = anyCust();
    const s = nextSerial();
    const inv = cfg.invoice(s);
    const full = gross();
    const cnSerial = cfg.creditNoteStart + rng.int(1, 60);
    const cn = cfg.creditNote(cnSerial);
    const credit = round(Math.round(full * (0.05 + rng.next() * 0.1)), cfg.amounts.step);
    const amount = full - credit;
    used.add(amount);
    const d = day(3);
    const key = L({
      day: prevWork(d, 1),
      amount,
      reference: inv,
      description: cfg.book.receiptLessCredit(c, inv, cn),
      party: c.book,
      kind: 'receipt',
    });
    B({
      day: d,
      amount,
      ...cfg.bank.receipt(c, cfg.lessCreditNote(s, cnSerial), { i: 103 }),
      truth: truth({ ledgerKeys: [key], traits: ['invoice-less-credit-note', 'credit-note'] }),
    });
  }

  // --- withholding: the customer pays net of the tax it withholds; the books hold the invoice ---
  cfg.withholding.forEach((w, i) => {
    const c = anyCust();
    const s = nextSerial();
    const full = gross(1.3);
    const withheld = w.of(full);
    const amount = full - withheld;
    used.add(amount);
    const d = day(3);
    const key = receiptRow(c, cfg.invoice(s), full, prevWork(d, rng.int(0, 2)));
    const wr = cfg.writings[(i + 2) % cfg.writings.length](s);
    B({
      day: d,
      amount,
      ...cfg.bank.receipt(c, `${wr.text} ${w.memo}`, { i: 104 + i }),
      truth: truth({ ledgerKeys: [key], difference: -withheld, traits: [w.trait, ...wr.traits] }),
    });
  });

  // --- over-payment and a small short-payment (the payer's own transfer charge taken off) ---
  {
    const c = anyCust();
    const s = nextSerial();
    const full = gross();
    const extra = round(Math.round(full * (0.02 + rng.next() * 0.06)), 100);
    const amount = full + extra;
    used.add(amount);
    const d = day(3);
    const key = receiptRow(c, cfg.invoice(s), full, prevWork(d, 1));
    const w = cfg.writings[4 % cfg.writings.length](s);
    B({
      day: d,
      amount,
      ...cfg.bank.receipt(c, w.text, { i: 110 }),
      truth: truth({ ledgerKeys: [key], difference: extra, traits: ['over-payment', ...w.traits] }),
    });
  }
  {
    const c = anyCust();
    const s = nextSerial();
    const full = gross();
    const short = cfg.payerCharge;
    const amount = full - short;
    used.add(amount);
    const d = day(3);
    const key = receiptRow(c, cfg.invoice(s), full, prevWork(d, 1));
    const w = cfg.writings[0](s);
    B({
      day: d,
      amount,
      ...cfg.bank.receipt(c, w.text, { i: 111 }),
      truth: truth({ ledgerKeys: [key], difference: -short, traits: ['short-payment', 'short-payer-transfer-charge'] }),
    });
  }

  // --- twins with their own references: one payer settles two equal invoices the same day ---
  {
    const c = anyCust();
    const amount = gross(0.5);
    const d = day(4);
    for (let k = 0; k < 2; k++) {
      const s = nextSerial();
      const key = receiptRow(c, cfg.invoice(s), amount, prevWork(d, 1));
      const w = cfg.writings[k === 0 ? 0 : 2](s);
      B({
        day: d,
        amount,
        ...cfg.bank.receipt(c, w.text, { i: 112 + k }),
        truth: truth({ ledgerKeys: [key], traits: ['twins-distinct-refs', ...w.traits] }),
      });
    }
  }

  // --- a tie: one payment without reference, two equal bookings of that payer ---
  {
    const c = exclusiveCust();
    const amount = gross(0.5);
    const d = day(8);
    const k1 = receiptRow(c, cfg.invoice(nextSerial()), amount, prevWork(d, 3));
    const k2 = receiptRow(c, cfg.invoice(nextSerial()), amount, prevWork(d, 1), { tieOpen: true });
    B({
      day: d,
      amount,
      ...cfg.bank.receiptNameOnly(c, 9),
      truth: truth({
        decision: 'suggest',
        mustNotAuto: true,
        ledgerKeys: null,
        anyOfKeys: [[k1], [k2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['tie'],
      }),
    });
  }

  // --- settlements of card/wallet takings, net of the acquirer's fee ---
  for (let i = 0; i < 3; i++) {
    const salesDay = day(1, work.length - 3);
    const d = nextWork(salesDay, 1);
    const g = gross(0.8);
    const fee = cfg.settlementFee(g);
    const amount = g - fee;
    used.add(amount);
    const batch = cfg.batchId(salesDay, i);
    const traits = [cfg.settlementTrait, 'net-of-fee', 'settled-next-day'];
    if (i === 0) {
      const key = L({ ...cfg.book.settlement(batch, salesDay), day: salesDay, amount: g, kind: 'journal' });
      B({
        day: d,
        amount,
        ...cfg.bank.settlement(batch, salesDay),
        truth: truth({ ledgerKeys: [key], difference: -fee, traits }),
      });
    } else if (i === 1) {
      const k1 = L({ ...cfg.book.settlement(batch, salesDay), day: salesDay, amount: g, kind: 'journal' });
      const k2 = L({ ...cfg.book.settlementFee(batch, salesDay), day: d, amount: -fee, kind: 'journal' });
      B({
        day: d,
        amount,
        ...cfg.bank.settlement(batch, salesDay),
        truth: truth({ ledgerKeys: [k1, k2], traits: [...traits, 'fee-booked-separately'] }),
      });
    } else {
      const key = L({ ...cfg.book.settlementNoId(salesDay), day: salesDay, amount: g, kind: 'journal' });
      B({
        day: d,
        amount,
        ...cfg.bank.settlementNoId(salesDay),
        truth: truth({
          decision: 'suggest',
          mustNotAuto: false,
          ledgerKeys: [key],
          evidence: 'counterparty',
          traits: [...traits, 'settlement-without-id'],
        }),
      });
    }
  }

  // --- receipts nobody booked ---
  for (let i = 0; i < 2; i++) {
    const amount = gross(0.3);
    B({
      day: day(2),
      amount,
      ...cfg.bank.unknownReceipt(i),
      truth: truth({
        expect: 'no-counterpart',
        decision: 'none',
        ledgerKeys: [],
        evidence: 'amount',
        traits: ['unknown-payer'],
      }),
    });
  }

  // --- supplier payments ---
  const paymentRow = (s, ref, amount, bookDay, extra = {}) =>
    L({
      day: bookDay,
      amount: -amount,
      reference: ref,
      description: cfg.book.payment(s, ref),
      party: s.book,
      kind: 'payment',
      ...extra,
    });
  for (let i = 0; i < COUNTS.billPayments; i++) {
    const s = anySup();
    const b = bill(s);
    const amount = gross(0.7);
    const d = day(1);
    const key = paymentRow(s, b, amount, prevWork(d, rng.int(0, 1)));
    B({
      day: d,
      amount: -amount,
      ...cfg.bank.payment(s, b, i),
      truth: truth({ ledgerKeys: [key], traits: ['supplier-payment'] }),
    });
  }
  for (let i = 0; i < COUNTS.nameOnlyPayments; i++) {
    const s = exclusiveSup();
    const amount = gross(0.5);
    const d = day(2);
    const key = paymentRow(s, bill(s), amount, d);
    B({
      day: d,
      amount: -amount,
      ...cfg.bank.payment(s, '', 10 + i),
      truth: truth({ ledgerKeys: [key], evidence: 'counterparty', traits: ['supplier-payment', 'name-only'] }),
    });
  }

  // --- twins: two equal transfers to one supplier the same day, both quoting one order number ---
  {
    const s = exclusiveSup();
    const po = cfg.purchaseOrder(rng.int(100, 900));
    const amount = gross(0.4);
    const d = day(4);
    const keys = [0, 1].map(() =>
      L({
        day: prevWork(d, 1),
        amount: -amount,
        reference: bill(s),
        description: cfg.book.paymentPo(s, po),
        party: s.book,
        kind: 'payment',
      }),
    );
    for (let k = 0; k < 2; k++) {
      B({
        day: d,
        amount: -amount,
        ...cfg.bank.payment(s, po, 20 + k),
        truth: truth({
          ledgerKeys: null,
          anyOfKeys: [[keys[0]], [keys[1]]],
          ambiguous: true,
          traits: ['twins', 'supplier-payment'],
        }),
      });
    }
  }

  // --- presented cheques, or debit orders where cheques are gone (ZA) ---
  for (let i = 0; i < 2; i++) {
    const s = anySup();
    const amount = gross(0.6);
    const d = day(5);
    if (cfg.cheques) {
      const chq = cfg.chequeNo(i);
      const key = L({
        day: prevWork(d, rng.int(3, 6)),
        amount: -amount,
        reference: chq.book,
        description: cfg.book.cheque(s, chq.book),
        party: s.book,
        kind: 'payment',
      });
      B({
        day: d,
        amount: -amount,
        ...cfg.bank.chequePresented(chq, i),
        truth: truth({ ledgerKeys: [key], traits: ['presented-cheque'] }),
      });
    } else {
      const o = cfg.debitOrders[i];
      const key = L({ ...cfg.book.debitOrder(o), day: d, amount: -amount, kind: 'payment' });
      B({
        day: d,
        amount: -amount,
        ...cfg.bank.debitOrder(o),
        truth: truth({ ledgerKeys: [key], traits: ['debit-order'] }),
      });
    }
  }

  // --- a failed transfer, its reversal and the re-sent payment ---
  {
    const s = anySup();
    const b = bill(s);
    const amount = gross(0.6);
    const d1 = day(3, work.length - 8);
    const d2 = nextWork(d1, 1);
    const d3 = nextWork(d2, rng.int(1, 2));
    const key = paymentRow(s, b, amount, d1);
    const failed = B({ day: d1, amount: -amount, ...cfg.bank.payment(s, b, 30), noCharge: true });
    const back = B({ day: d2, amount, ...cfg.bank.reversal(failed) });
    failed.truth = truth({
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledgerKeys: [],
      partner: back,
      traits: ['failed-transfer'],
    });
    back.truth = truth({
      expect: 'reversal-pair',
      decision: 'reversal-pair',
      ledgerKeys: [],
      partner: failed,
      traits: ['reversal'],
    });
    B({
      day: d3,
      amount: -amount,
      ...cfg.bank.payment(s, b, 31),
      truth: truth({ ledgerKeys: [key], traits: ['supplier-payment', 'resent-after-failure'] }),
    });
  }

  // --- payroll, statutory payments, an own-account transfer ---
  {
    const amount = gross(4);
    const d = work[work.length - 3];
    const key = L({ ...cfg.book.payroll(), day: d, amount: -amount, kind: 'journal' });
    B({ day: d, amount: -amount, ...cfg.bank.payroll(), truth: truth({ ledgerKeys: [key], traits: ['payroll'] }) });
  }
  cfg.statutory.forEach((st) => {
    const amount = gross(st.scale);
    const d = day(6, 14);
    const key = L({ ...cfg.book.statutory(st), day: prevWork(d, rng.int(0, 1)), amount: -amount, kind: 'journal' });
    B({
      day: d,
      amount: -amount,
      ...cfg.bank.statutory(st),
      truth: truth({ ledgerKeys: [key], traits: ['statutory'] }),
    });
  });
  {
    const amount = unique(() => round(gross(2), 100000));
    const d = day(8);
    const key = L({ ...cfg.book.ownTransfer(), day: d, amount: -amount, kind: 'journal' });
    B({
      day: d,
      amount: -amount,
      ...cfg.bank.ownTransfer(),
      truth: truth({ ledgerKeys: [key], evidence: 'counterparty', traits: ['own-account', 'internal-transfer'] }),
    });
  }

  // --- payments to mobile wallets (where the set has them), booked with the payee's name ---
  (cfg.walletPayees ?? []).forEach((p, i) => {
    const amount = unique(() => round(gross(0.05), 100));
    const d = day(3);
    const key = L({
      day: d,
      amount: -amount,
      reference: '',
      description: cfg.book.wallet(p),
      party: p.book,
      kind: 'payment',
    });
    B({
      day: d,
      amount: -amount,
      ...cfg.bank.wallet(p, i),
      truth: truth({ ledgerKeys: [key], evidence: 'counterparty', traits: ['wallet-payment', 'name-only'] }),
    });
  });

  // --- a card purchase nobody booked ---
  {
    const amount = unique(() => rng.int(30, 400) * cfg.amounts.step + rng.int(0, 99));
    B({
      day: day(2),
      amount: -amount,
      ...cfg.bank.cardPurchase(),
      truth: truth({
        expect: 'no-counterpart',
        decision: 'none',
        ledgerKeys: [],
        evidence: 'amount',
        traits: ['unrecorded-card-purchase'],
      }),
    });
  }

  // --- books only: not on this statement ---
  if (cfg.cheques) {
    const s = anySup();
    const chq = cfg.chequeNo(5);
    L({
      day: work[work.length - 4],
      amount: -gross(0.5),
      reference: chq.book,
      description: cfg.book.cheque(s, chq.book),
      party: s.book,
      kind: 'payment',
      ledgerOnly: 'cheque issued, not yet presented',
    });
  } else {
    const s = anySup();
    const b = bill(s);
    paymentRow(s, b, gross(0.5), lastWork, {
      ledgerOnly: 'payment released after the bank cut-off, on next statement',
    });
  }
  {
    const c = anyCust();
    receiptRow(c, cfg.invoice(nextSerial()), gross(), lastWork, {
      ledgerOnly: 'deposit in transit: booked on the remittance advice, not yet credited',
    });
  }
  {
    const s = anySup();
    const b = bill(s);
    paymentRow(s, b, gross(0.3), lastWork, { ledgerOnly: 'payment authorised on the last day, sent next month' });
  }

  // --- the bank's own charges, levies, taxes and interest ---
  // A charge follows the line it is levied on (same day, right after it); a monthly one closes the month.
  let monthEndSub = 0;
  const charge = (parent, amount, text, kind, traits, { day: onDay, credit = false, reference = '' } = {}) =>
    B({
      day: onDay ?? parent.day,
      amount: credit ? amount : -amount,
      text,
      reference,
      base: parent ? parent.base : 2,
      sub: parent ? (parent.charges = (parent.charges ?? 0) + 1) : (monthEndSub += 1),
      truth: truth({ expect: 'bank-only', decision: 'bank-only', ledgerKeys: [], evidence: 'amount', kind, traits }),
    });
  const events = [...bank];
  cfg.charges({ events, charge, lastWork, lastDay: days[days.length - 1], rng });

  return { bank, ledger, work, days };
}
