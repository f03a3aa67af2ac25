// The month every holdout24 set lives through: which customers pay what and how, what the business pays, what the
// bank charges, and what the books hold. The events are the same in all four countries (with the local
// differences the set declares); amounts, days, writings and names come from the seeded PRNG.
import { workingDays, addDays, share } from './lib.mjs';

class Month {
  constructor(S, rng) {
    this.S = S;
    this.rng = rng;
    this.W = workingDays(S.month, S.holidays);
    this.bank = [];
    this.ledger = [];
    this.ledgerOnly = [];
    this.used = new Set();
    this.groups = 0;
  }

  /** A fresh amount in [lo, hi] minor units that no other matchable line or row of the month has. */
  amount([lo, hi], step = 1) {
    for (;;) {
      const a = Math.floor(this.rng.int(lo, hi) / step) * step;
      if (!this.used.has(a)) {
        this.used.add(a);
        return a;
      }
    }
  }

  /** The i-th working day (negative: from the end), clamped to the month. */
  wd(i) {
    const n = this.W.length;
    const k = i < 0 ? n + i : i;
    return this.W[Math.max(0, Math.min(n - 1, k))];
  }

  /** A working day between two working-day indexes (negative: from the end). */
  day(lo, hi) {
    const n = this.W.length;
    const a = lo < 0 ? n + lo : lo;
    const b = hi < 0 ? n + hi : hi;
    return this.W[this.rng.int(a, b)];
  }

  /** n working days after (before, if negative) a date, clamped to the month's working days. */
  shift(iso, n) {
    let k = this.W.indexOf(iso);
    if (k < 0) throw new Error(`not a working day: ${iso}`);
    k = Math.max(0, Math.min(this.W.length - 1, k + n));
    return this.W[k];
  }

  /** A ledger row: { date, amount, type, party, doc, memo, … } in the set's words (the layout writes it). */
  book(row) {
    const r = { ...row, key: this.rng.next() };
    this.ledger.push(r);
    return r;
  }

  /** A statement line: the set's bank writes the narration; `t` is its truth. */
  line(spec, t, after = null) {
    const n = spec.type === 'fee' ? spec : this.S.narrate(spec, this);
    spec.narr = n;
    const l = {
      date: spec.date,
      amount: spec.amount,
      spec,
      desc: n.desc,
      text: n.desc.filter(Boolean).join(' — '),
      reference: n.reference || null,
      cells: n.cells ?? {},
      key: after ? after.key + 1e-6 * (after.children = (after.children ?? 0) + 1) : this.rng.next(),
      t: {
        expect: 'match',
        decision: 'auto',
        ledger: [],
        group: null,
        evidence: 'amount',
        ambiguous: false,
        kind: null,
        partner: null,
        traits: [],
        ...t,
      },
    };
    this.bank.push(l);
    // a line may draw the bank's own charge lines right after it
    if (spec.type !== 'fee') for (const f of this.S.feesAfter(spec, this)) this.fee({ ...f, date: spec.date }, l);
    return l;
  }

  fee(f, after = null) {
    return this.line(
      { type: 'fee', date: f.date, amount: f.amount, desc: f.desc, reference: f.reference ?? null, cells: f.cells },
      { expect: 'bank-only', decision: 'bank-only', kind: f.kind, traits: f.traits ?? [] },
      after,
    );
  }

  group() {
    this.groups += 1;
    return `g${String(this.groups).padStart(3, '0')}`;
  }
}

/** Receipts are booked from the remittance advice 0–2 working days before the money arrives (or late, after). */
const lagBefore = (m, d, max = 2) => m.shift(d, -m.rng.int(0, max));
/** A booking at most two calendar days before the bank date: all a payer's name can vouch for. */
const nearBefore = (m, d) => {
  const ok = [0, 1, 2].map((k) => m.shift(d, -k)).filter((b) => b >= addDays(d, -2));
  return ok[m.rng.int(0, ok.length - 1)];
};

export function buildMonth(S, rng) {
  const m = new Month(S, rng);
  const pool = rng.shuffle(S.customers.filter((c) => !c.role));
  const role = (r) => S.customers.find((c) => c.role === r);
  let pi = 0;
  const cust = () => pool[pi++ % pool.length];
  let invSeq = 0;
  const invoice = () => S.invoiceNo(invSeq++, rng);
  let wi = rng.int(0, S.writings.length - 1);
  const writing = () => S.writings[wi++ % S.writings.length];
  const sup = rng.shuffle(S.suppliers.filter((s) => !s.role));
  const quote = (w, doc) => w[1](doc);
  const refTraits = (l, w) => {
    const tr = [w[0]];
    const written = w[1](l.spec.doc);
    if (!l.text.includes(written) && (l.reference ?? '').includes(written)) tr.push('ref-in-reference-column');
    return tr;
  };

  // ---------------- customer receipts quoting the invoice ----------------
  const nRef = S.country === 'ZA' ? 12 : 10;
  const refReceipts = [];
  for (let i = 0; i < nRef; i++) {
    const c = cust();
    const late = i === 4 || i === 8;
    const d = late ? m.day(1, -5) : m.day(2, -2);
    const via = i === 1 || i === 5 ? 'eft' : i === 3 ? 'intra' : i === 7 && S.walletReceipts ? 'wallet' : 'fast';
    const doc = invoice();
    const w = writing();
    const amount = m.amount(S.scale.rcv);
    const row = m.book({
      date: late ? m.shift(d, rng.int(2, 3)) : lagBefore(m, d),
      amount,
      type: 'receipt',
      party: c.book,
      doc,
      via,
    });
    const l = m.line(
      { type: 'rcv', date: d, amount, name: c.bank, memo: quote(w, doc), via, doc, payer: c },
      { ledger: [row], evidence: 'reference' },
    );
    l.t.traits = [...refTraits(l, w), ...(late ? ['late-posting'] : [])];
    refReceipts.push(l);
  }

  // ---------------- receipts naming only the payer ----------------
  const shared = refReceipts[2];
  for (let i = 0; i < 3; i++) {
    const c = role(`name${i + 1}`);
    const d = m.day(3, -2);
    const amount = i === 0 ? shared.amount : m.amount(S.scale.rcv);
    const row = m.book({ date: nearBefore(m, d), amount, type: 'receipt', party: c.book, doc: invoice(), via: 'fast' });
    m.line(
      { type: 'rcv', date: d, amount, name: c.bank, memo: S.genericMemo(i, rng), via: 'fast', payer: c },
      {
        ledger: [row],
        evidence: 'counterparty',
        traits: ['name-only', ...(i === 0 ? ['amount-shared-across-payers'] : [])],
      },
    );
  }

  // a payer written very differently from the books (the director's own account, a trading name)
  {
    const c = role('different');
    const d = m.day(4, -3);
    const amount = m.amount(S.scale.rcv);
    const row = m.book({ date: lagBefore(m, d), amount, type: 'receipt', party: c.book, doc: invoice(), via: 'fast' });
    m.line(
      { type: 'rcv', date: d, amount, name: c.alt, memo: S.genericMemo(3, rng), via: 'fast', payer: c },
      {
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [row],
        evidence: 'amount',
        traits: ['payer-written-differently'],
      },
    );
  }

  // an anonymous receipt (cash over the counter, a masked wallet) of an amount the books hold
  {
    const c = role('anonymous');
    const d = m.day(4, -4);
    const amount = m.amount(S.scale.cash ?? S.scale.rcv);
    const row = m.book({
      date: lagBefore(m, d, 1),
      amount,
      type: 'receipt',
      party: c.book,
      doc: invoice(),
      via: 'cash',
    });
    m.line(
      { type: 'cash', date: d, amount, payer: c },
      { decision: 'suggest', mustNotAuto: true, ledger: [row], evidence: 'amount', traits: ['anonymous-receipt'] },
    );
  }

  // one transfer for two invoices: the clerk booked a receipt per invoice
  {
    const c = cust();
    const d = m.day(5, -3);
    const [a1, a2] = [m.amount(S.scale.rcv), m.amount(S.scale.rcv)];
    m.used.add(a1 + a2);
    const [i1, i2] = [invoice(), invoice()];
    const date = lagBefore(m, d);
    const r1 = m.book({ date, amount: a1, type: 'receipt', party: c.book, doc: i1, via: 'fast' });
    const r2 = m.book({ date, amount: a2, type: 'receipt', party: c.book, doc: i2, via: 'fast' });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: a1 + a2, name: c.bank, memo: S.twoInvoices(w, i1, i2), via: 'fast', doc: i1 },
      { ledger: [r1, r2], evidence: 'reference' },
    );
    l.t.traits = ['split-one-to-many', w[0]];
  }

  // two instalments of one invoice (the payer's daily transfer limit); the books hold the invoice once
  {
    const c = cust();
    const total = m.amount(S.scale.big ?? S.scale.rcv);
    const first = share(total, rng.int(45, 60), 100);
    const d1 = m.day(2, 8);
    const d2 = m.shift(d1, rng.int(1, 2));
    const doc = invoice();
    const row = m.book({ date: lagBefore(m, d1), amount: total, type: 'receipt', party: c.book, doc, via: 'fast' });
    const g = m.group();
    const w = writing();
    for (const [amount, d, k] of [
      [first, d1, 1],
      [total - first, d2, 2],
    ]) {
      m.used.add(amount);
      const l = m.line(
        { type: 'rcv', date: d, amount, name: c.bank, memo: S.instalment(w[1](doc), k), via: 'fast', doc },
        { ledger: [row], group: g, evidence: 'reference' },
      );
      l.t.traits = ['instalment', 'split-many-to-one', ...refTraits(l, w)];
    }
  }

  // an invoice less a credit note: the books hold the net receipt against the invoice
  {
    const c = cust();
    const d = m.day(6, -3);
    const net = m.amount(S.scale.rcv);
    const doc = invoice();
    const cn = S.creditNoteNo(rng);
    const row = m.book({ date: lagBefore(m, d), amount: net, type: 'receipt', party: c.book, doc, cn, via: 'fast' });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: net, name: c.bank, memo: S.lessCreditNote(w[1](doc), cn), via: 'fast', doc },
      { ledger: [row], evidence: 'reference' },
    );
    l.t.traits = ['invoice-less-credit-note', ...refTraits(l, w)];
  }

  // an over-payment quoting the invoice (the payer rounded up)
  {
    const c = cust();
    const d = m.day(3, -3);
    const due = m.amount(S.scale.rcv);
    let paid = Math.ceil((due + share(due, rng.int(2, 6), 100)) / S.roundTo) * S.roundTo;
    if ((paid - due) * 10 > due) paid = due + share(due, rng.int(2, 6), 100);
    m.used.add(paid);
    const doc = invoice();
    const row = m.book({ date: lagBefore(m, d), amount: due, type: 'receipt', party: c.book, doc, via: 'fast' });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: paid, name: c.bank, memo: w[1](doc), via: 'fast', doc },
      { ledger: [row], evidence: 'reference' },
    );
    l.t.traits = ['over-payment', 'rounded-up', ...refTraits(l, w)];
  }

  // short by the payer's own transfer charge, which the remittance says it deducted
  {
    const c = cust();
    const d = m.day(3, -3);
    const due = m.amount(S.scale.rcv);
    const paid = due - S.shortFee.fee;
    m.used.add(paid);
    const doc = invoice();
    const row = m.book({
      date: lagBefore(m, d),
      amount: due,
      type: 'receipt',
      party: c.book,
      doc,
      via: S.shortFee.via,
    });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: paid, name: c.bank, memo: S.shortFee.memo(w[1](doc)), via: S.shortFee.via, doc },
      { ledger: [row], evidence: 'reference' },
    );
    l.t.traits = ['short-net-of-fee', 'payer-deducted-charge', ...refTraits(l, w)];
  }

  // customers withholding tax at source (not in South Africa)
  for (const wh of S.withholding) {
    const c = cust();
    const d = m.day(3, -3);
    const due = m.amount(S.scale.rcv);
    const paid = due - wh.short(due);
    m.used.add(paid);
    const doc = invoice();
    const row = m.book({ date: lagBefore(m, d), amount: due, type: 'receipt', party: c.book, doc, via: 'fast' });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: paid, name: c.bank, memo: wh.memo(w[1](doc)), via: 'fast', doc },
      { ledger: [row], evidence: 'reference' },
    );
    l.t.traits = [wh.trait, ...refTraits(l, w)];
  }

  // a part payment quoting the invoice, booked in full from the remittance advice
  {
    const c = role('part');
    const d = m.day(5, -3);
    const due = m.amount(S.scale.rcv);
    const paid = share(due, rng.int(40, 65), 100);
    m.used.add(paid);
    const doc = invoice();
    const row = m.book({ date: lagBefore(m, d), amount: due, type: 'receipt', party: c.book, doc, via: 'fast' });
    const w = writing();
    const l = m.line(
      { type: 'rcv', date: d, amount: paid, name: c.bank, memo: S.partPayment(w[1](doc)), via: 'fast', doc },
      { decision: 'suggest', mustNotAuto: false, ledger: [row], evidence: 'reference' },
    );
    l.t.traits = ['part-payment', ...refTraits(l, w)];
  }

  // twins with their own references: a monthly contract billed twice at one price, each transfer quoting its invoice
  {
    const c = role('twins');
    const amount = m.amount(S.scale.rcv);
    const [d1, d2] = [m.day(3, 9), m.day(12, -2)];
    for (const d of [d1, d2]) {
      const doc = invoice();
      const row = m.book({ date: lagBefore(m, d), amount, type: 'receipt', party: c.book, doc, via: 'fast' });
      const w = writing();
      const l = m.line(
        { type: 'rcv', date: d, amount, name: c.bank, memo: w[1](doc), via: 'fast', doc },
        { ledger: [row], evidence: 'reference' },
      );
      l.t.traits = ['twins-own-reference', ...refTraits(l, w)];
    }
  }

  // a tie: one transfer naming only the payer, two equal open receipts of that payer in the books
  {
    const c = role('tie');
    const amount = m.amount(S.scale.rcv);
    const d = m.day(9, -2);
    const r1 = m.book({ date: m.shift(d, -rng.int(5, 7)), amount, type: 'receipt', party: c.book, doc: invoice() });
    const r2 = m.book({ date: m.shift(d, -rng.int(0, 2)), amount, type: 'receipt', party: c.book, doc: invoice() });
    m.line(
      { type: 'rcv', date: d, amount, name: c.bank, memo: S.genericMemo(4, rng), via: 'fast', payer: c },
      {
        decision: 'suggest',
        mustNotAuto: true,
        ledger: null,
        ledgerAnyOf: [[r1], [r2]],
        ambiguous: true,
        evidence: 'counterparty',
        traits: ['tie'],
      },
    );
  }

  // receipts nobody booked
  for (let i = 0; i < 2; i++) {
    const u = S.unknownPayers[i];
    const d = m.day(2, -2);
    const amount = m.amount(S.scale.unknown ?? S.scale.rcv);
    m.line(
      { type: 'rcv', date: d, amount, name: u.name, memo: u.memo, via: u.via ?? 'fast' },
      { expect: 'no-counterpart', decision: 'none', ledger: [], traits: ['unknown-payer'] },
    );
  }

  // ---------------- card / gateway / wallet settlements ----------------
  {
    const A = S.acquirers;
    // payout id in both; the books hold the day's gross sales
    const gross1 = m.amount(A.gross.scale);
    const fee1 = A.gross.fee(gross1);
    const d1 = m.day(3, 10);
    const id1 = A.gross.id(rng, d1);
    const r1 = m.book({ date: m.shift(d1, -1), amount: gross1, type: 'settlement', acq: A.gross, doc: id1 });
    m.used.add(gross1 - fee1);
    m.line(
      { type: 'settle', date: d1, amount: gross1 - fee1, acq: A.gross, id: id1, doc: id1 },
      { ledger: [r1], evidence: 'reference', traits: [A.gross.trait, 'net-of-fee', 'settled-next-day'] },
    );
    // the books hold the gross and the fee as two rows, both with the id
    const gross2 = m.amount(A.split.scale);
    const fee2 = A.split.fee(gross2);
    const d2 = m.day(10, -4);
    const id2 = A.split.id(rng, d2);
    const bd = m.shift(d2, -1);
    const r2a = m.book({ date: bd, amount: gross2, type: 'settlement', acq: A.split, doc: id2 });
    const r2b = m.book({ date: bd, amount: -fee2, type: 'settlement-fee', acq: A.split, doc: id2 });
    m.used.add(gross2 - fee2);
    m.line(
      { type: 'settle', date: d2, amount: gross2 - fee2, acq: A.split, id: id2, doc: id2 },
      { ledger: [r2a, r2b], evidence: 'reference', traits: [A.split.trait, 'gross-and-fee-booked'] },
    );
    // no id anywhere: the acquirer's name and the amount net of its rate are all there is
    const gross3 = m.amount(A.noid.scale);
    const fee3 = A.noid.fee(gross3);
    const d3 = m.day(12, -2);
    const r3 = m.book({ date: m.shift(d3, -1), amount: gross3, type: 'settlement', acq: A.noid, doc: null });
    m.used.add(gross3 - fee3);
    m.line(
      { type: 'settle', date: d3, amount: gross3 - fee3, acq: A.noid, id: null },
      {
        decision: 'suggest',
        mustNotAuto: false,
        ledger: [r3],
        evidence: 'counterparty',
        traits: [A.noid.trait, 'net-of-fee', 'settled-next-day', 'settlement-without-id'],
      },
    );
  }

  // ---------------- payments ----------------
  const payVia = S.payVia ?? ['fast', 'eft', 'fast', 'intra'];
  for (let i = 0; i < 4; i++) {
    const s = sup[i];
    const d = m.day(2, -3);
    const amount = -m.amount(S.scale.pay);
    const doc = s.bill(rng);
    const row = m.book({ date: m.shift(d, -rng.int(0, 1)), amount, type: 'payment', party: s.book, doc });
    m.line(
      { type: 'pay', date: d, amount, name: s.bank, memo: S.billMemo(doc, i), via: payVia[i], doc },
      { ledger: [row], evidence: 'reference', traits: ['supplier-payment'] },
    );
  }
  for (let i = 4; i < 6; i++) {
    const s = sup[i];
    const d = m.day(2, -3);
    const amount = -m.amount(S.scale.pay);
    const row = m.book({ date: nearBefore(m, d), amount, type: 'payment', party: s.book, doc: s.bill(rng) });
    m.line(
      { type: 'pay', date: d, amount, name: s.bank, memo: S.ownPaymentMemo(i, rng), via: S.namePayVia ?? 'fast' },
      { ledger: [row], evidence: 'counterparty', traits: ['supplier-payment', 'name-only'] },
    );
  }
  // two equal transfers to one supplier quoting one order number: either pairing is right
  {
    const s = sup[6];
    const amount = -m.amount(S.scale.pay);
    const po = S.orderNo(rng);
    const d = m.day(6, -6);
    const rows = [0, 1].map((k) =>
      m.book({ date: m.shift(d, -1), amount, type: 'payment', party: s.book, doc: po, part: k + 1 }),
    );
    for (const dd of [d, m.shift(d, 1)]) {
      m.line(
        { type: 'pay', date: dd, amount, name: s.bank, memo: S.billMemo(po, 0), via: S.twinsVia ?? 'fast', doc: po },
        {
          ledger: null,
          ledgerAnyOf: [[rows[0]], [rows[1]]],
          ambiguous: true,
          evidence: 'reference',
          traits: ['twins', 'supplier-payment'],
        },
      );
    }
  }
  // a failed transfer, its reversal, and the payment sent again to the corrected account
  {
    const s = sup[7];
    const amount = -m.amount(S.scale.pay);
    const doc = s.bill(rng);
    const d = m.day(4, -5);
    const row = m.book({ date: d, amount, type: 'payment', party: s.book, doc });
    const failed = m.line(
      { type: 'pay', date: d, amount, name: s.bank, memo: S.billMemo(doc, 1), via: 'fast', doc, failed: true },
      {
        expect: 'reversal-pair',
        decision: 'reversal-pair',
        ledger: [],
        evidence: 'reference',
        traits: ['failed-transfer'],
      },
    );
    const back = m.line(
      { type: 'reversal', date: m.shift(d, 1), amount: -amount, of: failed.spec, doc },
      { expect: 'reversal-pair', decision: 'reversal-pair', ledger: [], evidence: 'reference', traits: ['reversal'] },
    );
    failed.t.partner = back;
    back.t.partner = failed;
    m.line(
      {
        type: 'pay',
        date: m.shift(d, 2),
        amount,
        name: s.bank,
        memo: S.billMemo(doc, 1),
        via: 'fast',
        doc,
        resent: true,
      },
      { ledger: [row], evidence: 'reference', traits: ['supplier-payment', 'resent-after-reversal'] },
    );
  }
  // cheques presented (South Africa: debit orders, cheques having been withdrawn there)
  for (let i = 0; i < 2; i++) {
    const s = S.country === 'ZA' ? S.suppliers.filter((x) => x.role === 'debit')[i] : sup[8 + i];
    const amount = -m.amount(S.scale.cheque ?? S.scale.pay);
    if (S.country === 'ZA') {
      const d = m.day(i === 0 ? 0 : 12, i === 0 ? 5 : -3);
      const doc = s.contract;
      const row = m.book({ date: d, amount, type: 'debit-order', party: s.book, doc });
      m.line(
        { type: 'debitorder', date: d, amount, name: s.bank, doc },
        { ledger: [row], evidence: 'reference', traits: ['debit-order'] },
      );
    } else {
      const d = m.day(6, -2);
      const no = S.chequeNo(rng, i);
      const row = m.book({
        date: m.shift(d, -rng.int(3, 6)),
        amount,
        type: 'cheque',
        party: s.book,
        doc: s.bill(rng),
        cheque: no,
      });
      m.line(
        { type: 'cheque', date: d, amount, no, name: s.bank, doc: no },
        { ledger: [row], evidence: 'reference', traits: ['cheque-presented'] },
      );
    }
  }
  // mobile-wallet payments to casual workers (Ghana)
  for (const p of S.walletPayees ?? []) {
    const d = m.day(2, -2);
    const amount = -m.amount(S.scale.wallet);
    const row = m.book({
      date: nearBefore(m, d),
      amount,
      type: 'wallet-payment',
      party: p.book,
      doc: null,
      memo: p.memo,
    });
    m.line(
      { type: 'wallet-out', date: d, amount, name: p.bank, phone: p.phone, memo: p.memo },
      { ledger: [row], evidence: 'counterparty', traits: ['wallet-payment', 'name-only'] },
    );
  }
  // payroll
  {
    const d = m.wd(S.payrollDay);
    const amount = -m.amount(S.scale.payroll);
    const batch = S.payrollBatch(rng, d);
    const row = m.book({ date: m.shift(d, -1), amount, type: 'payroll', doc: batch, period: d });
    m.line(
      { type: 'payroll', date: d, amount, batch, doc: batch },
      { ledger: [row], evidence: 'reference', traits: ['payroll'] },
    );
  }
  // statutory payments
  for (const st of S.statutory) {
    const d = m.day(st.days[0], st.days[1]);
    const amount = -m.amount(st.scale);
    const prn = st.prn(rng);
    const row = m.book({ date: m.shift(d, -rng.int(0, 1)), amount, type: 'statutory', st, doc: prn, party: st.book });
    m.line(
      { type: 'tax', date: d, amount, st, prn, doc: prn },
      { ledger: [row], evidence: 'reference', traits: ['statutory', st.trait] },
    );
  }
  // transfer to the company's other account
  {
    const d = m.day(8, -5);
    const amount = -m.amount(S.scale.own);
    const row = m.book({ date: d, amount, type: 'own-transfer', doc: S.ownTransferRef(rng) });
    m.line(
      { type: 'own', date: d, amount },
      { ledger: [row], evidence: 'counterparty', traits: ['own-account-transfer'] },
    );
  }
  // a card or direct debit nobody recorded
  {
    const d = m.day(2, -2);
    const amount = -m.amount(S.scale.card);
    m.line(
      { type: 'card', date: d, amount },
      { expect: 'no-counterpart', decision: 'none', ledger: [], traits: ['unrecorded-payment'] },
    );
  }

  // ---------------- in the books only ----------------
  {
    const last = m.wd(-1);
    if (S.country === 'ZA') {
      const s = sup[10];
      const row = m.book({
        date: last,
        amount: -m.amount(S.scale.pay),
        type: 'payment',
        party: s.book,
        doc: s.bill(rng),
      });
      m.ledgerOnly.push({ row, why: 'EFT released after the bank cut-off on the last day, paid next month' });
    } else {
      const s = sup[10];
      const no = S.chequeNo(rng, 2);
      const row = m.book({
        date: m.day(-5, -3),
        amount: -m.amount(S.scale.cheque ?? S.scale.pay),
        type: 'cheque',
        party: s.book,
        doc: s.bill(rng),
        cheque: no,
      });
      m.ledgerOnly.push({ row, why: 'cheque issued, not yet presented' });
    }
    const s2 = sup[11];
    const r2 = m.book({
      date: last,
      amount: -m.amount(S.scale.pay),
      type: 'payment',
      party: s2.book,
      doc: s2.bill(rng),
    });
    m.ledgerOnly.push({ row: r2, why: 'payment authorised on the last day, sent next month' });
    const c = cust();
    const r3 = m.book({
      date: last,
      amount: m.amount(S.scale.rcv),
      type: 'receipt',
      party: c.book,
      doc: invoice(),
      via: 'fast',
    });
    m.ledgerOnly.push({ row: r3, why: 'deposit in transit: booked on the remittance advice, not yet credited' });
  }

  // ---------------- the bank's own month-end lines ----------------
  let prev = null;
  for (const f of S.monthEnd(m)) prev = m.fee(f, prev);

  // order: by date; a day's lines in a fixed random order, charges right after the line that drew them
  m.bank.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key - b.key));
  m.ledger.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key - b.key));
  for (const l of m.bank) if (l.date < `${S.month}-01` || !l.date.startsWith(S.month)) throw new Error(`${l.date}`);
  return m;
}

export { addDays };
