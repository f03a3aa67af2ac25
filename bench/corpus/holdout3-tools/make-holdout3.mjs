// Seeded generator of bench/corpus/holdout3: four month-long SME sets (bank statement + ledger export + truth.json +
// one reconcile-JSON document per statement). Written from knowledge of how the banks and packages export and how
// businesses in NG/KE/GH/ZA get paid, not from the engine. Same seed → same bytes.
//   node bench/corpus/holdout3-tools/make-holdout3.mjs   (BANKFEED_CORPUS_SEED overrides the seed)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import XLSX from 'xlsx';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'holdout3');
const SEED = Number(process.env.BANKFEED_CORPUS_SEED ?? 20251203);
console.log(`holdout3 seed ${SEED}`);

// ---------------------------------------------------------------- helpers
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAME = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const D = (s) => new Date(`${s}T00:00:00Z`);
const addDays = (s, n) => iso(new Date(D(s).getTime() + n * 86400000));
const dow = (s) => D(s).getUTCDay();
const dmy = (s) => `${s.slice(8)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
const dMonY = (s) => `${s.slice(8)}-${MON[Number(s.slice(5, 7)) - 1]}-${s.slice(0, 4)}`;
const dMonYsp = (s) => `${s.slice(8)} ${MON[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;
const major = (minor) => (minor < 0 ? '-' : '') + `${Math.floor(Math.abs(minor) / 100)}.${pad(Math.abs(minor) % 100)}`;
const commas = (minor) => {
  const s = major(Math.abs(minor));
  const [i, f] = s.split('.');
  return `${minor < 0 ? '-' : ''}${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${f}`;
};
const csvCell = (v) => {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

class Month {
  constructor(P, seed) {
    this.P = P;
    this.rng = mulberry32(seed);
    this.bank = [];
    this.ledger = [];
    this.seq = 0;
    const [y, m] = P.period.from.split('-').map(Number);
    this.days = [];
    for (let d = P.period.from; d <= P.period.to; d = addDays(d, 1)) this.days.push(d);
    this.workdays = this.days.filter((d) => dow(d) !== 0 && dow(d) !== 6 && !(P.holidays ?? []).includes(d));
    this.y = y;
    this.m = m;
  }
  r() {
    return this.rng();
  }
  int(a, b) {
    return a + Math.floor(this.rng() * (b - a + 1));
  }
  pick(xs) {
    return xs[Math.floor(this.rng() * xs.length)];
  }
  chance(p) {
    return this.rng() < p;
  }
  /** an amount in minor units between a and b (major), rounded to `step` major units (0.01 → kobo/cents) */
  amt(a, b, step = 1) {
    const s = Math.round(step * 100);
    return Math.round((a * 100 + this.rng() * (b - a) * 100) / s) * s;
  }
  wd(from = 0, to = 99) {
    const xs = this.workdays.filter((d) => Number(d.slice(8)) >= from && Number(d.slice(8)) <= to);
    return this.pick(xs);
  }
  nextWd(s, n = 1) {
    let d = s;
    let k = 0;
    while (k < n) {
      d = addDays(d, 1);
      if (dow(d) !== 0 && dow(d) !== 6 && !(this.P.holidays ?? []).includes(d)) k++;
    }
    return d;
  }
  L(o) {
    const e = { seq: this.seq++, ...o };
    this.ledger.push(e);
    return e;
  }
  B(o) {
    const b = { seq: this.seq++, ledger: [], traits: [], group: null, kind: null, evidence: 'amount', ...o };
    this.bank.push(b);
    return b;
  }
}

// ---------------------------------------------------------------- generic month of an SME
// P (the country profile) supplies names, texts, charges and the package's way of writing things.
function buildMonth(P, M) {
  const C = P.customers;
  let invNo = P.firstInvoice;
  let billNo = P.firstBill;
  const inv = () => invNo++;
  const bill = () => billNo++;
  const grp = (() => {
    let g = 0;
    return () => `g${pad(++g, 3)}`;
  })();

  // a receipt the bookkeeper recorded against an invoice
  const receiptL = (date, amount, cust, ref, extra = {}) =>
    M.L({ date, amount, kind: 'receipt', party: cust.name, ref, ...P.receiptLedger(cust, ref, extra) });
  const credit = (date, amount, text, ref, o = {}) => {
    const b = M.B({ date, amount, text, bankRef: ref ?? '', ...o });
    P.afterCredit?.(M, b);
    return b;
  };
  const debit = (date, amount, text, ref, o = {}) => {
    const b = M.B({ date, amount, text, bankRef: ref ?? '', ...o });
    return b;
  };
  // the books' date: the bank's, a day or three earlier (booked from the remittance advice), or later (late posting);
  // always inside the period, since the export covers the month only
  const lagBook = (d) => {
    const x = M.r();
    if (x < 0.6) return { date: d, late: false };
    const early = addDays(d, -M.int(1, 3));
    if (x < 0.8) return { date: early < P.period.from ? d : early, late: false };
    const late = addDays(d, M.int(1, 4));
    return late > P.period.to ? { date: d, late: false } : { date: late, late: true };
  };

  // ---- ordinary customer receipts
  for (let i = 0; i < P.n.receipts; i++) {
    const cust = M.pick(C);
    const n = inv();
    const amount = M.amt(...P.invoiceRange, P.invoiceStep);
    const d = M.wd(1, 28);
    const { date, late } = lagBook(d);
    const x = M.r();
    const mode = x < 0.5 ? 'ref' : x < 0.85 ? 'name' : 'amount';
    const w = P.writeRef(M, n);
    const memo = mode === 'ref' ? w.text : mode === 'name' ? M.pick(P.noRefMemos) : '';
    const tx = P.inTransfer(M, { payer: mode === 'amount' ? null : cust, memo });
    const l = receiptL(date, amount, cust, P.invRef(n));
    const traits = mode === 'ref' ? [w.trait] : mode === 'name' ? ['name-only'] : ['amount-only'];
    if (late) traits.push('late-posting');
    if (tx.trait) traits.push(tx.trait);
    credit(d, amount, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: mode === 'ref' ? 'reference' : mode === 'name' ? 'counterparty' : 'amount',
      traits,
    });
  }

  // ---- paid by someone other than the customer
  {
    const cust = C[0];
    const n = inv();
    const amount = M.amt(...P.invoiceRange, P.invoiceStep);
    const d = M.wd(3, 12);
    const w = P.writeRef(M, n);
    const tx = P.inTransfer(M, { payer: { bankName: P.director }, memo: `${w.text} ${cust.short}` });
    const l = receiptL(d, amount, cust, P.invRef(n), { memo: `paid by director ${P.director}` });
    credit(d, amount, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'reference',
      traits: [w.trait, 'paid-by-third-party'],
    });
  }
  {
    const cust = C[1];
    const n = inv();
    const amount = M.amt(P.invoiceRange[0], P.invoiceRange[0] * 3, P.invoiceStep);
    const d = M.wd(10, 22);
    const tx = P.walletIn(M, { sender: P.employeeOfCustomer, memo: '' });
    const l = receiptL(M.nextWd(d, 1), amount, cust, P.invRef(n));
    credit(d, amount, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'amount',
      traits: ['paid-by-third-party', 'mobile-money', 'late-posting'],
    });
  }

  // ---- withholding deducted by customers
  for (let i = 0; i < P.n.withholding; i++) {
    const cust = P.withholders[i % P.withholders.length];
    const n = inv();
    const gross = M.amt(P.invoiceRange[1] / 3, P.invoiceRange[1], P.invoiceStep);
    const net = gross - P.withholding.cut(gross);
    const d = M.wd(2, 27);
    const ref = M.chance(0.6);
    const w = P.writeRef(M, n);
    const tx = P.inTransfer(M, { payer: cust, memo: ref ? w.text : M.pick(P.noRefMemos) });
    const l = receiptL(d, gross, cust, P.invRef(n));
    credit(d, net, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: ref ? 'reference' : 'counterparty',
      traits: [ref ? w.trait : 'name-only', P.withholding.trait],
    });
  }

  // ---- over-payments
  for (let i = 0; i < 2; i++) {
    const cust = M.pick(C);
    const n = inv();
    const amount = M.amt(...P.invoiceRange, P.invoiceStep);
    const over =
      i === 0 ? Math.round((amount * 0.1) / 100) * 100 : M.amt(P.invoiceRange[0] / 20, P.invoiceRange[0] / 5, 1);
    const d = M.wd(4, 26);
    const w = P.writeRef(M, n);
    const tx = P.inTransfer(M, { payer: cust, memo: w.text });
    const l = receiptL(d, amount, cust, P.invRef(n));
    credit(d, amount + over, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'reference',
      traits: [w.trait, 'over-payment'],
    });
  }

  // ---- part payments: the bookkeeper recorded each instalment against the same invoice
  for (let i = 0; i < 2; i++) {
    const cust = M.pick(C);
    const n = inv();
    const total = M.amt(P.invoiceRange[1] / 2, P.invoiceRange[1], P.invoiceStep);
    const first = Math.round((total * (0.4 + 0.2 * i)) / 100000) * 100000 || Math.round(total / 2 / 100) * 100;
    const d1 = M.wd(2, 12);
    const d2 = M.wd(18, 27);
    for (const [d, a, k] of [
      [d1, first, 1],
      [d2, total - first, 2],
    ]) {
      const w = P.writeRef(M, n);
      const memo = k === 1 ? `${w.text} part payment` : `${w.text} bal`;
      const tx = P.inTransfer(M, { payer: cust, memo });
      const l = receiptL(d, a, cust, P.invRef(n), { memo: k === 1 ? 'part payment' : 'balance of invoice' });
      credit(d, a, tx.text, tx.ref, {
        expect: 'match',
        ledger: [l],
        evidence: 'reference',
        traits: [w.trait, 'part-payment'],
      });
    }
  }

  // ---- one transfer for several invoices (booked one receipt per invoice)
  for (let i = 0; i < 2; i++) {
    const cust = M.pick(C);
    const ns = Array.from({ length: i === 0 ? 2 : 3 }, () => inv());
    const amounts = ns.map(() => M.amt(P.invoiceRange[0], P.invoiceRange[1] / 2, P.invoiceStep));
    const d = M.wd(5, 25);
    const withRef = i === 0;
    const memo = withRef ? P.multiRef(M, ns) : M.pick(P.noRefMemos);
    const tx = P.inTransfer(M, { payer: cust, memo });
    const ls = ns.map((n, k) => receiptL(d, amounts[k], cust, P.invRef(n)));
    credit(
      d,
      amounts.reduce((a, b) => a + b, 0),
      tx.text,
      tx.ref,
      {
        expect: 'match',
        ledger: ls,
        evidence: withRef ? 'reference' : 'counterparty',
        traits: ['split-one-to-many', withRef ? 'ref-several' : 'name-only'],
      },
    );
  }

  // ---- one invoice in several transfers (the customer's bank limit; booked as one receipt)
  for (let i = 0; i < 2; i++) {
    const cust = M.pick(C);
    const n = inv();
    const parts =
      i === 0
        ? [P.transferCap, P.transferCap / 2]
        : [P.transferCap / 4, P.transferCap / 4, M.amt(P.invoiceRange[0], P.invoiceRange[0] * 2, P.invoiceStep) / 100];
    const d = M.wd(6, 24);
    const g = grp();
    const l = receiptL(
      d,
      parts.reduce((a, b) => a + Math.round(b * 100), 0),
      cust,
      P.invRef(n),
    );
    parts.forEach((p, k) => {
      const w = P.writeRef(M, n);
      const memo = k === 0 ? w.text : M.chance(0.5) ? `${w.text} ${k + 1}` : '';
      const tx = P.inTransfer(M, { payer: cust, memo });
      credit(k === 0 ? d : M.nextWd(d, k - 1), Math.round(p * 100), tx.text, tx.ref, {
        expect: 'match',
        ledger: [l],
        group: g,
        evidence: memo ? 'reference' : 'counterparty',
        traits: ['split-many-to-one', memo ? w.trait : 'name-only'],
      });
    });
  }

  // ---- credit notes
  {
    const cust = M.pick(C);
    const n = inv();
    const gross = M.amt(...P.invoiceRange, P.invoiceStep);
    const cn = Math.round((gross * 0.12) / 100) * 100;
    const d = M.wd(8, 20);
    const w = P.writeRef(M, n);
    const tx = P.inTransfer(M, { payer: cust, memo: `${w.text} less ${P.cnRef(1)}` });
    const l = receiptL(d, gross - cn, cust, P.invRef(n), { memo: `less credit note ${P.cnRef(1)}` });
    credit(d, gross - cn, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'reference',
      traits: [w.trait, 'credit-note-netted-in-books'],
    });
  }
  {
    const cust = M.pick(C);
    const n = inv();
    const gross = M.amt(...P.invoiceRange, P.invoiceStep);
    const cn = M.amt(P.invoiceRange[0] / 4, P.invoiceRange[0], P.invoiceStep);
    const d = M.wd(12, 26);
    const tx = P.inTransfer(M, { payer: cust, memo: M.pick(P.noRefMemos) });
    const l = receiptL(d, gross, cust, P.invRef(n));
    credit(d, gross - cn, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'counterparty',
      traits: ['name-only', 'invoice-less-credit-note'],
    });
  }

  // ---- true twins: one customer, two equal invoices, two equal transfers without a reference
  {
    const cust = P.twinCustomer;
    const amount = M.amt(P.invoiceRange[0], P.invoiceRange[0] * 4, P.invoiceStep * 10);
    const d = M.wd(15, 22);
    const n1 = inv();
    const n2 = inv();
    const l1 = receiptL(d, amount, cust, P.invRef(n1));
    const l2 = receiptL(d, amount, cust, P.invRef(n2));
    for (const k of [0, 1]) {
      const tx = P.inTransfer(M, { payer: cust, memo: M.pick(P.noRefMemos) });
      credit(d, amount, tx.text, tx.ref, {
        expect: 'match',
        ledger: [k ? l2 : l1],
        ambiguous: true,
        anyOf: [[l1], [l2]],
        evidence: 'counterparty',
        traits: ['twins', 'name-only'],
      });
    }
  }

  // ---- deposits in transit and an unknown payer of the same amount
  const dits = [];
  for (let i = 0; i < 2; i++) {
    const cust = M.pick(C);
    const n = inv();
    const amount = M.amt(...P.invoiceRange, P.invoiceStep);
    const date = M.days[M.days.length - 1 - i];
    const l = M.L({
      date,
      amount,
      kind: 'receipt',
      party: cust.name,
      ref: P.invRef(n),
      ...P.ditLedger(cust, P.invRef(n), i),
      only: 'deposit in transit: banked on the last day(s), credited next month',
    });
    dits.push(l);
  }
  {
    const d = M.wd(9, 20);
    const tx = P.inTransfer(M, { payer: { bankName: P.unknownPayers[0] }, memo: '' });
    credit(d, dits[0].amount, tx.text, tx.ref, {
      expect: 'no-counterpart',
      traits: ['unknown-payer', 'amount-equals-deposit-in-transit'],
      evidence: 'amount',
    });
    const tx2 = P.inTransfer(M, { payer: { bankName: P.unknownPayers[1] }, memo: M.pick(P.noRefMemos) });
    credit(M.wd(3, 27), M.amt(...P.invoiceRange, P.invoiceStep), tx2.text, tx2.ref, {
      expect: 'no-counterpart',
      traits: ['unknown-payer'],
      evidence: 'amount',
    });
  }

  // ---- cash banked by staff
  for (let i = 0; i < P.n.cash; i++) {
    const d = M.wd(1, 29);
    const who = M.pick(P.staff);
    const amount = M.amt(P.cashRange[0], P.cashRange[1], P.cashStep);
    const named = M.chance(0.5);
    const l = M.L({ date: d, amount, kind: 'cash', ...P.cashLedger(who, named, d) });
    const b = M.B({
      date: d,
      amount,
      text: P.cashText(M, who),
      bankRef: P.cashRef?.(M) ?? '',
      expect: 'match',
      ledger: [l],
      evidence: named ? 'counterparty' : 'amount',
      traits: ['cash-deposit', named ? 'depositor-in-books' : 'amount-only'],
    });
    P.afterCash?.(M, b);
  }

  // ---- card / wallet settlements net of the acquirer's fee
  const sDays = M.workdays.filter((_, i) => i % 2 === 1).slice(0, P.n.settlements);
  sDays.forEach((d, i) => {
    const sales = M.nextWd(d, 0) === d ? addDays(d, -1) : d;
    const gross = M.amt(...P.settleRange, 0.01);
    const fee = P.settleFee(gross);
    const mode = i === 3 ? 'two-terminals' : i % 2 === 0 ? 'fee-booked' : 'gross-only';
    if (mode === 'two-terminals') {
      const g2 = M.amt(...P.settleRange, 0.01);
      const f2 = P.settleFee(g2);
      const l = M.L({ date: sales, amount: gross + g2, kind: 'settlement', ...P.settleLedger(sales, 'gross') });
      const lf = M.L({ date: sales, amount: -(fee + f2), kind: 'settlement-fee', ...P.settleLedger(sales, 'fee') });
      const g = grp();
      for (const [a, t] of [
        [gross - fee, 1],
        [g2 - f2, 2],
      ]) {
        const tx = P.settleText(M, sales, t);
        M.B({
          date: d,
          amount: a,
          text: tx.text,
          bankRef: tx.ref,
          expect: 'match',
          ledger: [l, lf],
          group: g,
          evidence: 'amount',
          traits: ['pos-settlement', 'split-many-to-one', 'settled-next-day'],
        });
      }
      return;
    }
    const tx = P.settleText(M, sales, 1);
    const l = M.L({ date: sales, amount: gross, kind: 'settlement', ...P.settleLedger(sales, 'gross') });
    if (mode === 'fee-booked') {
      const lf = M.L({ date: sales, amount: -fee, kind: 'settlement-fee', ...P.settleLedger(sales, 'fee') });
      M.B({
        date: d,
        amount: gross - fee,
        text: tx.text,
        bankRef: tx.ref,
        expect: 'match',
        ledger: [l, lf],
        evidence: 'amount',
        traits: ['pos-settlement', 'fee-booked', 'split-one-to-many', 'settled-next-day'],
      });
    } else {
      M.B({
        date: d,
        amount: gross - fee,
        text: tx.text,
        bankRef: tx.ref,
        expect: 'match',
        ledger: [l],
        evidence: 'amount',
        traits: ['pos-settlement', 'short-net-of-fee', 'settled-next-day'],
      });
    }
  });

  // ---- supplier payments
  const payments = [];
  for (let i = 0; i < P.n.payments; i++) {
    const sup = M.pick(P.suppliers);
    const b = bill();
    const amount = -M.amt(...P.billRange, P.invoiceStep);
    const d = M.wd(1, 29);
    const x = M.r();
    const mode = x < 0.45 ? 'ref' : x < 0.9 ? 'name' : 'amount';
    const tx = P.outTransfer(M, {
      payee: sup,
      memo: mode === 'ref' ? P.billWritten(M, sup, b) : mode === 'name' ? M.pick(P.payMemos) : '',
      amount,
      anon: mode === 'amount',
    });
    const early = addDays(d, -M.int(1, 2));
    const booked = M.chance(0.75) || early < P.period.from ? d : early;
    const l = M.L({
      date: booked,
      amount,
      kind: 'payment',
      party: sup.name,
      ...P.paymentLedger(sup, P.billRef(sup, b), booked),
    });
    const line = debit(d, amount, tx.text, tx.ref, {
      expect: 'match',
      ledger: [l],
      evidence: mode === 'ref' ? 'reference' : mode === 'name' ? 'counterparty' : 'amount',
      traits: [mode === 'ref' ? 'ref-supplier-bill' : mode === 'name' ? 'name-only' : 'amount-only'],
    });
    payments.push(line);
    P.transferCharges(M, d, amount, tx.channel);
  }

  // ---- a failed transfer, its reversal and the resend
  for (let i = 0; i < P.n.reversals; i++) {
    const sup = M.pick(P.suppliers);
    const b = bill();
    const amount = -M.amt(...P.billRange, P.invoiceStep);
    const d = M.wd(5 + i * 10, 12 + i * 10);
    const memo = P.billWritten(M, sup, b);
    const tx = P.outTransfer(M, { payee: sup, memo, amount });
    const l = M.L({ date: d, amount, kind: 'payment', party: sup.name, ...P.paymentLedger(sup, P.billRef(sup, b), d) });
    const a = debit(d, amount, tx.text, tx.ref, { expect: 'reversal-pair', traits: ['failed-transfer'] });
    const rv = P.reversalText(M, tx, d);
    const r = M.B({
      date: rv.date ?? d,
      amount: -amount,
      text: rv.text,
      bankRef: rv.ref ?? '',
      expect: 'reversal-pair',
      traits: ['reversal'],
    });
    a.partnerObj = r;
    r.partnerObj = a;
    const d2 = M.nextWd(rv.date ?? d, 1);
    const tx2 = P.outTransfer(M, { payee: sup, memo, amount, resend: true });
    debit(d2, amount, tx2.text, tx2.ref, {
      expect: 'match',
      ledger: [l],
      evidence: 'reference',
      traits: ['ref-supplier-bill', 'resent-after-reversal'],
    });
    P.transferCharges(M, d2, amount, tx2.channel);
  }

  // ---- payments recorded at month end that the bank has not yet processed
  {
    const sup = M.pick(P.suppliers);
    const b = bill();
    const date = M.workdays[M.workdays.length - 1];
    M.L({
      date,
      amount: -M.amt(...P.billRange, P.invoiceStep),
      kind: 'payment',
      party: sup.name,
      ...P.paymentLedger(sup, P.billRef(sup, b), date),
      only: 'payment released on the last working day, debited by the bank next month',
    });
  }

  // ---- unrecorded items on the statement
  for (const u of P.unrecorded) {
    const b = M.B({
      date: M.wd(...u.days),
      amount: u.amount,
      text: u.text,
      bankRef: u.ref ?? '',
      expect: 'no-counterpart',
      traits: u.traits ?? ['not-in-books'],
      evidence: 'amount',
    });
    u.after?.(M, b);
  }

  // ---- the country's own: cheques, payroll, statutory, debit orders, bank charges
  P.specials(M, { receiptL, credit, debit, grp, inv, bill });
}

// ---------------------------------------------------------------- reference writings
function refWriter(styles) {
  return (M, n) => {
    const [trait, f] = M.pick(styles);
    return { trait, text: f(n) };
  };
}

// ================================================================= NIGERIA — UBA (XLSX) + QuickBooks Online GL (CSV)
const NG = {
  set: 'ng-uba-qbo',
  country: 'NG',
  currency: 'NGN',
  timezone: 'Africa/Lagos',
  period: { from: '2025-06-01', to: '2025-06-30' },
  holidays: ['2025-06-06', '2025-06-09', '2025-06-12'],
  company: 'EKENE BUILDING MATERIALS LTD',
  director: 'CHUKWUDI EKENE OBI',
  employeeOfCustomer: 'BLESSING NWOSU',
  firstInvoice: 2214,
  firstBill: 0,
  invoiceRange: [85000, 2400000],
  invoiceStep: 50,
  transferCap: 5000000,
  billRange: [60000, 1800000],
  cashRange: [120000, 950000],
  cashStep: 50,
  settleRange: [180000, 1200000],
  n: { receipts: 28, withholding: 3, cash: 6, settlements: 9, payments: 16, reversals: 1 },
  customers: [
    { name: 'Adeyemi Homes Ltd', bankName: 'ADEYEMI HOMES LIMITED', short: 'ADEYEMI HOMES' },
    { name: 'Okafor & Sons Construction', bankName: 'OKAFOR AND SONS CONSTRUCTI', short: 'OKAFOR SONS' },
    { name: 'Balogun Estates', bankName: 'BALOGUN ESTATES NIG LTD', short: 'BALOGUN' },
    { name: 'Ibrahim Sule Builders', bankName: 'IBRAHIM SULE', short: 'SULE BUILDERS' },
    { name: 'Grace Ventures', bankName: 'GRACE VENTURES ENT', short: 'GRACE VENT' },
    { name: 'Lekki Gardens Contractors', bankName: 'LEKKI GARDENS CONTRACTORS L', short: 'LEKKI GARDENS' },
    { name: 'Oluwaseun Adebanjo', bankName: 'ADEBANJO OLUWASEUN TOLULOPE', short: 'SEUN' },
    { name: 'Emeka Nwankwo Enterprises', bankName: 'NWANKWO EMEKA', short: 'EMEKA' },
    { name: 'Kola Roofing Services', bankName: 'KOLA ROOFING SERVICES', short: 'KOLA ROOFING' },
    { name: 'Tunde Bakare', bankName: 'BAKARE TUNDE SAMUEL', short: 'TUNDE' },
  ],
  suppliers: [
    { name: 'Dangote Cement Plc', bankName: 'DANGOTE CEMENT PLC', code: 'DCP' },
    { name: 'BUA Cement', bankName: 'BUA CEMENT PLC', code: 'BUA' },
    { name: 'Lafarge Africa Plc', bankName: 'LAFARGE AFRICA PLC', code: 'LAF' },
    { name: 'Ikeja Haulage Ltd', bankName: 'IKEJA HAULAGE LTD', code: 'IKH' },
    { name: 'Steelmax Rods Nig', bankName: 'STEELMAX RODS NIG', code: 'STM' },
    { name: 'Ajao Plumbing Supplies', bankName: 'AJAO PLUMBING SUPPLIES', code: 'AJP' },
  ],
  staff: ['MUSA IBRAHIM', 'CHIDINMA EZE', 'SEGUN ALABI'],
  unknownPayers: ['ODUYA FEMI', 'MONIEPOINT/ADAMU HALIRU'],
  noRefMemos: ['payment', 'Transfer', 'goods', 'for cement', 'blocks payment', 'supply'],
  payMemos: ['payment', 'supply', 'balance', 'June supply'],
  invRef: (n) => String(n),
  cnRef: (k) => `CN-${pad(k, 3)}`,
  billRef: (s, b) => `${s.code}/${pad(4410 + b * 7, 5)}`,
  billWritten: (M, s, b) => M.pick([`INV ${4410 + b * 7}`, `${s.code}/${pad(4410 + b * 7, 5)}`, `inv${4410 + b * 7}`]),
  writeRef: refWriter([
    ['ref-canonical', (n) => `INV ${n}`],
    ['ref-lowercase', (n) => `inv ${n}`],
    ['ref-joined', (n) => `INV${n}`],
    ['ref-hash', (n) => `Inv#${n}`],
    ['ref-words', (n) => `invoice no ${n}`],
    ['ref-bare-number', (n) => `${n}`],
  ]),
  multiRef: (M, ns) => `INV ${ns.join(' & ')}`,
  withholders: [
    { name: 'Lagos State Public Works Corp', bankName: 'LAGOS STATE PUBLIC WORKS', short: 'LSPWC' },
    { name: 'Julius Berger Nigeria Plc', bankName: 'JULIUS BERGER NIGERIA PLC', short: 'JBN' },
  ],
  withholding: { trait: 'short-withholding-tax-5pct', cut: (g) => Math.round(((g / 1.075) * 0.05) / 1) },
  twinCustomer: { name: 'Tunde Bakare', bankName: 'BAKARE TUNDE SAMUEL', short: 'TUNDE' },
};
{
  const banks = ['ZENITH', 'GTB', 'ACCESS', 'FIRSTBANK', 'OPAY', 'MONIEPOINT', 'KUDA', 'FCMB', 'STANBIC', 'PALMPAY'];
  const session = (M) =>
    `0000${pad(M.int(1, 99), 2)}25${pad(M.int(1, 30), 2)}06${pad(M.int(0, 23), 2)}${pad(M.int(0, 59), 2)}${String(M.int(1e9, 9e9))}${pad(M.int(0, 99), 2)}`;
  NG.inTransfer = (M, { payer, memo }) => {
    const bk = M.pick(banks);
    const name = payer ? payer.bankName : `TRF ${session(M)}`;
    const x = M.r();
    if (!payer) return { text: `NIP/${bk}/${session(M)}`, ref: '', trait: 'nip-session-id' };
    if (x < 0.5) return { text: `NIP FRM ${bk}/${name}${memo ? `/${memo}` : ''}`, ref: '' };
    if (x < 0.8) return { text: `TRF FROM ${name}${memo ? ` - ${memo}` : ''} REF:${session(M).slice(0, 18)}`, ref: '' };
    return { text: `MOBILE TRF FRM ${name} TO ${NG.company.slice(0, 20)} ${memo}`.trim(), ref: '' };
  };
  NG.walletIn = (M, { sender }) => ({ text: `NIP FRM OPAY/${sender}/${session(M)}`, ref: '' });
  NG.afterCredit = (M, b) => {
    if (b.amount >= 1000000)
      M.B({
        date: b.date,
        amount: -5000,
        text: 'ELECTRONIC MONEY TRANSFER LEVY',
        bankRef: '',
        expect: 'bank-only',
        kind: 'levy',
        traits: ['emtl'],
      });
  };
  NG.receiptLedger = (cust, ref, extra) => ({
    type: 'Payment',
    num: Number(ref) % 3 === 0 ? '' : ref,
    name: cust.name,
    memo: Number(ref) % 3 === 0 ? `Inv ${ref}${extra.memo ? ` ${extra.memo}` : ''}` : (extra.memo ?? ''),
    split: 'Accounts Receivable (A/R)',
  });
  NG.ditLedger = (cust, ref, i) => ({
    type: 'Deposit',
    num: i ? `CHQ ${pad(300118 + i, 6)}` : ref,
    name: cust.name,
    memo: i ? `cheque deposited Inv ${ref}` : `cash banked Inv ${ref}`,
    split: 'Undeposited Funds',
  });
  NG.cashText = (M, who) => `CASH DEPOSIT BY ${who} ${M.pick(['SALES', 'CASH SALES', '', 'LEKKI BRANCH'])}`.trim();
  NG.cashLedger = (who, named) => ({
    type: 'Deposit',
    num: '',
    name: '',
    memo: `Cash sales banked${named ? ` by ${who.split(' ')[0]}` : ''}`,
    split: 'Undeposited Funds',
  });
  NG.settleRange = [180000, 1200000];
  NG.settleFee = (g) => Math.min(Math.round(g * 0.005), 100000);
  NG.settleText = (M, d, t) => ({
    text: `POS SETTLEMENT ${t === 1 ? '2UBA0K31' : '2UBA0K58'} ${dmy(d).replace(/\//g, '')} MID 2057LA${t}0044`,
    ref: '',
  });
  NG.settleLedger = (d, what) =>
    what === 'gross'
      ? { type: 'Deposit', num: '', name: '', memo: `POS sales ${dmy(d)}`, split: 'Sales of Product Income' }
      : { type: 'Expense', num: '', name: 'UBA', memo: `POS MSC ${dmy(d)}`, split: 'Bank Charges' };
  NG.outTransfer = (M, { payee, memo, resend }) => ({
    text: `NIP TRF TO ${payee.bankName}/${M.pick(['ZENITH', 'GTB', 'ACCESS', 'FIRSTBANK', 'STANBIC'])}${memo ? `/${memo}` : ''}${resend ? '' : ''}`,
    ref: '',
    channel: 'nip',
  });
  NG.paymentLedger = (s, ref) => ({
    type: 'Bill Payment (Check)',
    num: ref,
    name: s.name,
    memo: '',
    split: 'Accounts Payable (A/P)',
  });
  NG.transferCharges = (M, d, amount) => {
    const a = Math.abs(amount);
    const fee = a <= 500000 ? 1000 : a <= 5000000 ? 2500 : 5000;
    M.B({
      date: d,
      amount: -fee,
      text: 'COMMISSION ON NIP TRANSFER',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['nip-fee'],
    });
    M.B({
      date: d,
      amount: -Math.round(fee * 0.075),
      text: 'VAT ON NIP COMMISSION',
      bankRef: '',
      expect: 'bank-only',
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
    });
  };
  NG.reversalText = (M, tx, d) => ({ text: `REV/${tx.text}`, date: d });
  NG.unrecorded = [
    { days: [10, 18], amount: -250000, text: 'AIRTIME PURCHASE 08031234567 MTN', traits: ['not-in-books'] },
    {
      days: [20, 27],
      amount: -1520000,
      text: 'LIRS/LAND USE CHARGE 2025 REMITA 290017345512',
      traits: ['not-in-books'],
    },
  ];
  NG.specials = (M) => {
    // cheques issued: three presented, two not yet
    const chq = [
      ['Ikeja Haulage Ltd', 'IKEJA HAULAGE LTD', 0],
      ['Ajao Plumbing Supplies', 'AJAO PLUMBING', 0],
      ['Ibeju Sand & Granite', 'IBEJU SAND', 0],
      ['Steelmax Rods Nig', 'STEELMAX', 1],
      ['Mama Nkechi Canteen', 'NKECHI', 1],
    ];
    chq.forEach(([name, , open], k) => {
      const no = pad(1184 + k, 8);
      const issued = M.wd(open ? 24 : 2, open ? 29 : 16);
      const amount = -M.amt(45000, 780000, 50);
      const l = M.L({
        date: issued,
        amount,
        kind: 'cheque',
        type: 'Check',
        num: String(1184 + k),
        name,
        memo: `chq ${1184 + k}`,
        split: 'Accounts Payable (A/P)',
        ...(open ? { only: 'cheque issued, not yet presented' } : {}),
      });
      if (!open)
        M.B({
          date: M.nextWd(issued, M.int(2, 6)),
          amount,
          text: `CLEARING CHQ NO ${no}`,
          bankRef: no,
          expect: 'match',
          ledger: [l],
          evidence: 'reference',
          traits: ['cheque-number'],
        });
    });
    // payroll: one bulk debit; the books hold the net pay as one journal
    const pay = M.workdays.filter((d) => Number(d.slice(8)) >= 25)[0];
    const net = -M.amt(4200000, 4600000, 0.01);
    const lp = M.L({
      date: pay,
      amount: net,
      kind: 'payroll',
      type: 'Journal Entry',
      num: 'PAY-JUN25',
      name: '',
      memo: 'Net salaries June 2025',
      split: 'Salaries Payable',
    });
    M.B({
      date: pay,
      amount: net,
      text: 'UBA BULK PAYMT SALARY JUNE 2025 /23 BENEFICIARIES',
      bankRef: '',
      expect: 'match',
      ledger: [lp],
      evidence: 'counterparty',
      traits: ['payroll', 'bulk-payment'],
    });
    M.B({
      date: pay,
      amount: -23 * 5375,
      text: 'BULK PAYMENT CHARGES 23 @ 53.75',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['bulk-fee'],
    });
    // statutory remittances (May payroll) via Remita
    const stat = [
      ['LIRS PAYE MAY 2025', 'Lagos State Internal Revenue Service', 612400, 'Direct Assessment/PAYE'],
      ['PENCOM PENSION MAY 2025 STANBIC IBTC PENSION', 'Stanbic IBTC Pension Managers', 739800, 'Pension Payable'],
      ['NHF MAY 2025 FMBN', 'Federal Mortgage Bank of Nigeria', 105600, 'NHF Payable'],
      ['NSITF ECS MAY 2025', 'NSITF', 46000, 'NSITF Payable'],
    ];
    for (const [t, who, a, split] of stat) {
      const d = M.wd(5, 10);
      const rrr = `${M.int(1000, 9999)}${M.int(1000, 9999)}${M.int(1000, 9999)}`;
      const l = M.L({
        date: d,
        amount: -a * 100,
        kind: 'statutory',
        type: 'Expense',
        num: `RRR ${rrr}`,
        name: who,
        memo: t.toLowerCase(),
        split,
      });
      M.B({
        date: d,
        amount: -a * 100,
        text: `REMITA/${t}/RRR${rrr}`,
        bankRef: '',
        expect: 'match',
        ledger: [l],
        evidence: 'reference',
        traits: ['statutory', 'rrr'],
      });
      M.B({
        date: d,
        amount: -16125,
        text: `REMITA CHARGE RRR${rrr}`,
        bankRef: '',
        expect: 'bank-only',
        kind: 'charge',
        traits: ['remita-fee'],
      });
    }
    // diesel, rent: booked, no reference
    const rent = M.L({
      date: '2025-06-02',
      amount: -150000000,
      kind: 'rent',
      type: 'Expense',
      num: '',
      name: 'Alhaji Rasaki Balogun',
      memo: 'warehouse rent Q3',
      split: 'Rent',
    });
    M.B({
      date: '2025-06-02',
      amount: -150000000,
      text: 'NIP TRF TO RASAKI BALOGUN/GTB/RENT',
      bankRef: '',
      expect: 'match',
      ledger: [rent],
      evidence: 'counterparty',
      traits: ['name-only'],
    });
    M.B({
      date: '2025-06-02',
      amount: -5375,
      text: 'NIP TRANSFER CHARGE + VAT',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['nip-fee'],
    });
    // month-end charges; the bookkeeper booked the AMF from the May statement, so it is in the books
    const amf = M.L({
      date: '2025-06-30',
      amount: -1833475,
      kind: 'charge',
      type: 'Expense',
      num: '',
      name: 'UBA',
      memo: 'account maintenance fee June',
      split: 'Bank Charges',
    });
    M.B({
      date: '2025-06-30',
      amount: -1833475,
      text: 'ACCOUNT MAINTENANCE FEE JUNE 2025',
      bankRef: '',
      expect: 'match',
      ledger: [amf],
      evidence: 'counterparty',
      traits: ['charge-booked'],
    });
    M.B({
      date: '2025-06-30',
      amount: -137511,
      text: 'VAT ON ACCOUNT MAINTENANCE FEE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'fee-vat',
      traits: ['vat-on-fee'],
    });
    M.B({
      date: '2025-06-30',
      amount: -76800,
      text: 'SMS ALERT CHARGES JUNE 2025 (192)',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['sms'],
    });
    M.B({
      date: '2025-06-18',
      amount: -300000,
      text: 'CHEQUE BOOK ISSUANCE FEE 50 LEAVES',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['cheque-book'],
    });
  };
}

// ================================================================= KENYA — NCBA (CSV) + Sage 50 Nominal Activity (CSV)
const KE = {
  set: 'ke-ncba-sage50',
  country: 'KE',
  currency: 'KES',
  timezone: 'Africa/Nairobi',
  period: { from: '2025-08-01', to: '2025-08-31' },
  holidays: [],
  company: 'MWANGAZA AGROVET SUPPLIES LTD',
  director: 'PETER MWANGI KARIUKI',
  employeeOfCustomer: 'JANE WANJIRU',
  firstInvoice: 10457,
  firstBill: 0,
  invoiceRange: [6500, 420000],
  invoiceStep: 1,
  transferCap: 999999,
  billRange: [12000, 640000],
  cashRange: [18000, 160000],
  cashStep: 50,
  settleRange: [25000, 140000],
  n: { receipts: 40, withholding: 3, cash: 7, settlements: 10, payments: 22, reversals: 1 },
  customers: [
    { name: 'Kilimo Bora Farmers Co-op', bankName: 'KILIMO BORA FARMERS COOP', short: 'KILIMO BORA', code: 'KIL001' },
    { name: 'Nyeri Hill Farm Ltd', bankName: 'NYERI HILL FARM LTD', short: 'NYERI HILL', code: 'NYE001' },
    { name: 'Mama Wambui Agrovet', bankName: 'WAMBUI ESTHER NJERI', short: 'WAMBUI', code: 'WAM001' },
    { name: 'Rift Valley Dairies', bankName: 'RIFT VALLEY DAIRIES LTD', short: 'RV DAIRIES', code: 'RIF001' },
    { name: 'Ochieng Poultry Farm', bankName: 'OCHIENG OTIENO JAMES', short: 'OCHIENG', code: 'OCH001' },
    { name: 'Thika Greens Ltd', bankName: 'THIKA GREENS LIMITED', short: 'THIKA GREENS', code: 'THI001' },
    { name: 'Kiambu Highlands Co-op', bankName: 'KIAMBU HIGHLANDS COOP SOC', short: 'KIAMBU HL', code: 'KIA001' },
    { name: 'Chebet Farm Inputs', bankName: 'CHEBET FAITH', short: 'CHEBET', code: 'CHE001' },
    { name: 'Meru Horticulture Ltd', bankName: 'MERU HORTICULTURE LTD', short: 'MERU HORT', code: 'MER001' },
  ],
  suppliers: [
    { name: 'Twiga Chemicals Ltd', bankName: 'TWIGA CHEMICAL INDUSTRIES', code: 'TWI001' },
    { name: 'Kenya Seed Company', bankName: 'KENYA SEED COMPANY LTD', code: 'KSC001' },
    { name: 'Mea Fertilizers', bankName: 'MEA LIMITED', code: 'MEA001' },
    { name: 'Unga Farm Care', bankName: 'UNGA FARM CARE EA LTD', code: 'UNG001' },
    { name: 'Sameer Transporters', bankName: 'SAMEER TRANSPORTERS', code: 'SAM001' },
    { name: 'Osho Chemical Industries', bankName: 'OSHO CHEMICAL IND LTD', code: 'OSH001' },
  ],
  staff: ['KEVIN OMONDI', 'MERCY ACHIENG', 'DAVID KIPROP'],
  unknownPayers: ['JOSEPH KAMAU NDUNGU', 'MPESA B2B 247247 UNKNOWN'],
  noRefMemos: ['payment', 'pymt', 'fertiliser', 'seeds', 'supplies', 'agrovet'],
  payMemos: ['payment', 'supplies', 'Aug'],
  invRef: (n) => String(n),
  cnRef: (k) => `CR${pad(k + 211, 5)}`,
  billRef: (s, b) => `${s.code.slice(0, 3)}-INV-${8820 + b * 13}`,
  billWritten: (M, s, b) =>
    M.pick([`INV ${8820 + b * 13}`, `${s.code.slice(0, 3)}-INV-${8820 + b * 13}`, `${8820 + b * 13}`]),
  writeRef: refWriter([
    ['ref-canonical', (n) => `${n}`],
    ['ref-prefixed', (n) => `INV ${n}`],
    ['ref-lowercase', (n) => `inv${n}`],
    ['ref-hash', (n) => `INV#${n}`],
    ['ref-words', (n) => `Invoice No. ${n}`],
  ]),
  multiRef: (M, ns) => `INV ${ns.join('/')}`,
  withholders: [
    { name: 'Kenya Tea Development Agency', bankName: 'KTDA HOLDINGS LTD', short: 'KTDA', code: 'KTD001' },
    { name: 'County Government of Nakuru', bankName: 'COUNTY GOVT OF NAKURU', short: 'NAKURU CG', code: 'NAK001' },
  ],
  withholding: { trait: 'short-withholding-vat-2pct', cut: (g) => Math.round((g / 1.16) * 0.02) },
  twinCustomer: { name: 'Mama Wambui Agrovet', bankName: 'WAMBUI ESTHER NJERI', short: 'WAMBUI', code: 'WAM001' },
};
{
  const ftref = (M) => `FT25${pad(M.int(213, 243), 3)}${String.fromCharCode(65 + M.int(0, 25))}${M.int(10000, 99999)}`;
  const mpesa = (M) =>
    Array.from({ length: 10 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[M.int(0, 33)])
      .join('')
      .replace(/^./, 'T');
  const banks = ['KCB', 'EQUITY', 'COOP', 'ABSA', 'STANBIC', 'DTB', 'FAMILY'];
  KE.inTransfer = (M, { payer, memo }) => {
    const x = M.r();
    if (!payer) return { text: `PESALINK IN ${ftref(M)}`, ref: ftref(M) };
    if (x < 0.45) return { text: `PESALINK FROM ${payer.bankName} ${M.pick(banks)} ${memo}`.trim(), ref: ftref(M) };
    if (x < 0.75) return { text: `EFT CR ${payer.bankName}${memo ? ` ${memo}` : ''}`, ref: ftref(M) };
    const code = mpesa(M);
    return { text: `MPESA C2B ${code} ${payer.bankName}${memo ? ` ${memo}` : ''}`, ref: code, trait: 'mpesa-paybill' };
  };
  KE.walletIn = (M, { sender }) => {
    const code = mpesa(M);
    return { text: `MPESA C2B ${code} 2547${M.int(10, 99)}***${M.int(100, 999)} ${sender}`, ref: code };
  };
  KE.receiptLedger = (cust, ref, extra) => ({
    type: 'SR',
    ac: cust.code,
    sref: ref,
    exref: '',
    details: extra.memo ? `Sales Receipt ${extra.memo}` : 'Sales Receipt',
  });
  KE.ditLedger = (cust, ref, i) => ({
    type: 'SR',
    ac: cust.code,
    sref: ref,
    exref: i ? `CHQ ${pad(554120 + i, 6)}` : '',
    details: i ? 'Cheque deposited' : 'Sales Receipt',
  });
  KE.cashText = (M, who) => `CASH DEPOSIT ${who} ${M.pick(['THIKA RD BR', 'KENYATTA AVE BR', 'AGENT 104233'])}`;
  KE.cashLedger = (who, named, d) => ({
    type: 'BR',
    ac: '4000',
    sref: 'CASH',
    exref: named ? who.split(' ')[0] : '',
    details: `Cash sales banked ${dmy(d)}`,
  });
  KE.settleFee = (g) => Math.round(g * 0.0055);
  KE.settleText = (M, d, t) => ({
    text: `MPESA TILL SETTLEMENT ${t === 1 ? '5123456' : '5123877'} ${dmy(d)}`,
    ref: ftref(M),
  });
  KE.settleLedger = (d, what) =>
    what === 'gross'
      ? { type: 'BR', ac: '4000', sref: 'TILL', exref: '', details: `M-Pesa till sales ${dmy(d)}` }
      : { type: 'BP', ac: '7900', sref: 'TILL', exref: '', details: `M-Pesa till charges ${dmy(d)}` };
  KE.outTransfer = (M, { payee, memo, amount }) => {
    const rtgs = Math.abs(amount) > 50000000;
    return {
      text: `${rtgs ? 'RTGS' : 'PESALINK'} TO ${payee.bankName}${memo ? ` ${memo}` : ''}`,
      ref: ftref(M),
      channel: rtgs ? 'rtgs' : 'pesalink',
    };
  };
  KE.paymentLedger = (s, ref) => ({ type: 'PP', ac: s.code, sref: ref, exref: '', details: 'Purchase Payment' });
  KE.transferCharges = (M, d, amount, channel) => {
    const fee = channel === 'rtgs' ? 50000 : Math.abs(amount) <= 10000000 ? 5500 : 11000;
    M.B({
      date: d,
      amount: -fee,
      text: `${channel === 'rtgs' ? 'RTGS' : 'PESALINK'} CHARGES`,
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['transfer-fee'],
    });
    M.B({
      date: d,
      amount: -Math.round(fee * 0.2),
      text: 'EXCISE DUTY',
      bankRef: '',
      expect: 'bank-only',
      kind: 'tax',
      traits: ['excise-duty-on-fee'],
    });
  };
  KE.reversalText = (M, tx, d) => ({
    text: `PESALINK REVERSAL ${tx.ref} ACCOUNT INVALID`,
    date: M.nextWd(d, 1),
    ref: tx.ref,
  });
  KE.unrecorded = [
    { days: [4, 12], amount: -350000, text: 'MPESA B2C 2547******81 DRIVER ALLOWANCE', traits: ['not-in-books'] },
    { days: [14, 28], amount: 1285000, text: 'MPESA C2B TH3K2LQ9ZP 2547***112 FARMER', traits: ['unknown-payer'] },
  ];
  KE.specials = (M, h) => {
    // cheques: presented and unpresented
    for (let k = 0; k < 5; k++) {
      const open = k >= 3;
      const sup = KE.suppliers[k];
      const no = String(100231 + k);
      const issued = M.wd(open ? 25 : 1, open ? 29 : 15);
      const amount = -M.amt(15000, 180000, 1);
      const l = M.L({
        date: issued,
        amount,
        kind: 'cheque',
        type: 'PP',
        ac: sup.code,
        sref: no,
        exref: `CHQ ${no}`,
        details: 'Purchase Payment',
        ...(open ? { only: 'cheque issued, not yet presented' } : {}),
      });
      if (!open)
        M.B({
          date: M.nextWd(issued, M.int(2, 5)),
          amount,
          text: `CHQ PAID ${no} CLEARING`,
          bankRef: no,
          expect: 'match',
          ledger: [l],
          evidence: 'reference',
          traits: ['cheque-number'],
        });
    }
    // payroll: individual transfers; the books hold one net-pay journal → many-to-one
    const pay = M.workdays.filter((d) => Number(d.slice(8)) >= 27)[0];
    const staff = ['KEVIN OMONDI', 'MERCY ACHIENG', 'DAVID KIPROP', 'GRACE MUTHONI', 'BRIAN KIBET'];
    const nets = staff.map(() => -M.amt(28000, 95000, 1));
    const lp = M.L({
      date: pay,
      amount: nets.reduce((a, b) => a + b, 0),
      kind: 'payroll',
      type: 'JC',
      ac: '2210',
      sref: 'AUG25',
      exref: '',
      details: 'Net salaries August 2025',
    });
    const g = h.grp();
    staff.forEach((s, k) => {
      M.B({
        date: pay,
        amount: nets[k],
        text: `SALARY AUG 2025 ${s}`,
        bankRef: ftref(M),
        expect: 'match',
        ledger: [lp],
        group: g,
        evidence: 'counterparty',
        traits: ['payroll', 'split-many-to-one'],
      });
      M.B({
        date: pay,
        amount: -3000,
        text: 'EFT CHARGES',
        bankRef: '',
        expect: 'bank-only',
        kind: 'charge',
        traits: ['transfer-fee'],
      });
      M.B({
        date: pay,
        amount: -600,
        text: 'EXCISE DUTY',
        bankRef: '',
        expect: 'bank-only',
        kind: 'tax',
        traits: ['excise-duty-on-fee'],
      });
    });
    // statutory (July payroll) due on the 9th
    const stat = [
      ['KRA PAYE', 'PAYE Jul 2025', 9412000],
      ['KRA AHL', 'Housing levy Jul 2025', 1063000],
      ['SHA', 'SHIF Jul 2025', 974100],
      ['NSSF', 'NSSF Jul 2025', 864000],
    ];
    for (const [who, what, a] of stat) {
      const d = M.wd(4, 8);
      const prn = `${who.startsWith('KRA') ? '2025' : ''}${M.int(10000000, 99999999)}`;
      const l = M.L({
        date: d,
        amount: -a,
        kind: 'statutory',
        type: 'BP',
        ac: '2200',
        sref: prn,
        exref: '',
        details: what,
      });
      M.B({
        date: d,
        amount: -a,
        text: `${who === 'NSSF' ? 'NSSF E-SLIP' : who === 'SHA' ? 'SHA PAYBILL 200222' : `${who} PRN`} ${prn}`,
        bankRef: prn,
        expect: 'match',
        ledger: [l],
        evidence: 'reference',
        traits: ['statutory', 'prn'],
      });
    }
    // rent by standing order, KPLC by paybill
    const rent = M.L({
      date: '2025-08-01',
      amount: -18500000,
      kind: 'rent',
      type: 'BP',
      ac: '7100',
      sref: 'SO',
      exref: '',
      details: 'Rent Aug - Thika Rd godown',
    });
    M.B({
      date: '2025-08-01',
      amount: -18500000,
      text: 'STANDING ORDER MUTHAIGA PROPERTIES LTD',
      bankRef: '',
      expect: 'match',
      ledger: [rent],
      evidence: 'amount',
      traits: ['standing-order'],
    });
    M.B({
      date: '2025-08-01',
      amount: -20000,
      text: 'STANDING ORDER CHARGE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['so-fee'],
    });
    M.B({
      date: '2025-08-01',
      amount: -4000,
      text: 'EXCISE DUTY',
      bankRef: '',
      expect: 'bank-only',
      kind: 'tax',
      traits: ['excise-duty-on-fee'],
    });
    const kplc = M.L({
      date: '2025-08-13',
      amount: -2384700,
      kind: 'utility',
      type: 'BP',
      ac: '7200',
      sref: '888880',
      exref: '',
      details: 'KPLC electricity acc 54012239',
    });
    M.B({
      date: '2025-08-13',
      amount: -2384700,
      text: 'PAYBILL 888880 KPLC PREPAID 54012239',
      bankRef: '',
      expect: 'match',
      ledger: [kplc],
      evidence: 'reference',
      traits: ['paybill'],
    });
    // month-end fees
    M.B({
      date: '2025-08-31',
      amount: -50000,
      text: 'LEDGER FEES',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['ledger-fee'],
    });
    M.B({
      date: '2025-08-31',
      amount: -10000,
      text: 'EXCISE DUTY',
      bankRef: '',
      expect: 'bank-only',
      kind: 'tax',
      traits: ['excise-duty-on-fee'],
    });
    M.B({
      date: '2025-08-31',
      amount: -17500,
      text: 'SMS ALERT CHARGES AUG',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['sms'],
    });
  };
}

// ================================================================= GHANA — Absa Ghana (CSV) + Xero Account Transactions (CSV)
const GH = {
  set: 'gh-absa-xero',
  country: 'GH',
  currency: 'GHS',
  timezone: 'Africa/Accra',
  period: { from: '2025-02-01', to: '2025-02-28' },
  holidays: [],
  company: 'NKANSAH OFFICE SOLUTIONS LTD',
  director: 'KWAME NKANSAH',
  employeeOfCustomer: 'ABENA OWUSU',
  firstInvoice: 612,
  firstBill: 0,
  invoiceRange: [650, 48000],
  invoiceStep: 0.5,
  transferCap: 50000,
  billRange: [900, 52000],
  cashRange: [1500, 14000],
  cashStep: 5,
  settleRange: [2200, 9800],
  n: { receipts: 38, withholding: 4, cash: 7, settlements: 8, payments: 18, reversals: 2 },
  customers: [
    { name: 'Ridge Hospital', bankName: 'RIDGE REGIONAL HOSPITAL', short: 'RIDGE' },
    { name: 'Adom Supermarket', bankName: 'ADOM SUPERMARKET LTD', short: 'ADOM' },
    { name: 'Tema Port Logistics', bankName: 'TEMA PORT LOGISTICS CO', short: 'TPL' },
    { name: 'Ama Serwaa', bankName: 'SERWAA AMA', short: 'SERWAA' },
    { name: 'Kumasi Academy', bankName: 'KUMASI ACADEMY', short: 'KUMACAD' },
    { name: 'Osu Legal Chambers', bankName: 'OSU LEGAL CHAMBERS', short: 'OSU LEGAL' },
    { name: 'Yaw Boateng Ventures', bankName: 'BOATENG YAW', short: 'BOATENG' },
    { name: 'Kasoa Pharmacy', bankName: 'KASOA COMMUNITY PHARMACY', short: 'KASOA PHARM' },
  ],
  suppliers: [
    { name: 'Melcom Ltd', bankName: 'MELCOM LIMITED', code: 'MEL' },
    { name: 'Kingdom Books & Stationery', bankName: 'KINGDOM BOOKS AND STATIONERY', code: 'KBS' },
    { name: 'Compu-Ghana', bankName: 'COMPU GHANA LTD', code: 'CGL' },
    { name: 'ECG', bankName: 'ELECTRICITY COMPANY OF GH', code: 'ECG' },
    { name: 'Accra Courier Services', bankName: 'ACCRA COURIER SERVICES', code: 'ACS' },
    { name: 'Papermaster Ghana', bankName: 'PAPERMASTER GH LTD', code: 'PMG' },
  ],
  staff: ['EBENEZER MENSAH', 'AKOSUA DARKO', 'KOFI ANSAH'],
  unknownPayers: ['AGYEMANG KOJO', 'MTN MOMO 0244***671'],
  noRefMemos: ['payment', 'supply', 'toner', 'stationery', 'office supplies'],
  payMemos: ['payment', 'supplies', 'Feb'],
  invRef: (n) => `INV-${pad(n, 4)}`,
  cnRef: (k) => `CN-${pad(k + 40, 4)}`,
  billRef: (s, b) => `${s.code}${pad(2330 + b * 11, 5)}`,
  billWritten: (M, s, b) => M.pick([`${s.code}${pad(2330 + b * 11, 5)}`, `inv ${2330 + b * 11}`]),
  writeRef: refWriter([
    ['ref-canonical', (n) => `INV-${pad(n, 4)}`],
    ['ref-lowercase', (n) => `inv-${pad(n, 4)}`],
    ['ref-no-padding', (n) => `INV ${n}`],
    ['ref-joined', (n) => `INV${pad(n, 4)}`],
    ['ref-serial-only', (n) => `${n}`],
    ['ref-words', (n) => `invoice ${n}`],
  ]),
  multiRef: (M, ns) => `INV ${ns.join(',')}`,
  withholders: [
    { name: 'Ghana Revenue Authority', bankName: 'GHANA REVENUE AUTHORITY', short: 'GRA' },
    { name: 'Tema Port Logistics', bankName: 'TEMA PORT LOGISTICS CO', short: 'TPL' },
  ],
  withholding: { trait: 'short-withholding-tax-3pct', cut: (g) => Math.round(g * 0.03) },
  twinCustomer: { name: 'Kasoa Pharmacy', bankName: 'KASOA COMMUNITY PHARMACY', short: 'KASOA PHARM' },
};
{
  const banks = ['GCB', 'ECOBANK', 'FIDELITY', 'STANBIC', 'CAL', 'ADB', 'ZENITH GH'];
  const gip = (M) => `GIP${M.int(100000000, 999999999)}`;
  GH.inTransfer = (M, { payer, memo }) => {
    const x = M.r();
    if (!payer) return { text: `INWARD GIP ${gip(M)}`, ref: '' };
    if (x < 0.5) return { text: `GIP CR ${payer.bankName} ${M.pick(banks)} ${memo}`.trim(), ref: '' };
    if (x < 0.8) return { text: `ACH CREDIT ${payer.bankName}${memo ? ` /${memo}` : ''}`, ref: '' };
    return { text: `MOMO TO BANK ${payer.bankName} ${memo}`.trim(), ref: '' };
  };
  GH.walletIn = (M, { sender }) => ({
    text: `MOMO TO BANK 0${M.int(240, 249)}${M.int(1000000, 9999999)} ${sender}`,
    ref: '',
  });
  GH.receiptLedger = (cust, ref, extra) => ({
    source: 'Receivable Payment',
    desc: `${cust.name}${extra.memo ? ` - ${extra.memo}` : ''}`,
    xref: ref,
  });
  GH.ditLedger = (cust, ref, i) => ({
    source: 'Receivable Payment',
    desc: `${cust.name} - ${i ? 'cheque deposited' : 'cash banked'}`,
    xref: ref,
  });
  GH.cashText = (M, who) => `CASH DEPOSIT BY ${who}`;
  GH.cashLedger = (who, named, d) => ({
    source: 'Receive Money',
    desc: named ? `Cash sales - banked by ${who.split(' ')[0]}` : 'Cash sales',
    xref: `CS${d.slice(8)}${d.slice(5, 7)}`,
  });
  GH.settleFee = (g) => Math.round(g * 0.0195);
  GH.settleText = (M, d, t) => ({
    text: `ACH CREDIT PAYSTACK GHANA LTD SETTLEMENT ${t === 1 ? 'NOS' : 'NOS2'} ${d.replace(/-/g, '')}`,
    ref: '',
  });
  GH.settleLedger = (d, what) =>
    what === 'gross'
      ? { source: 'Receive Money', desc: `Paystack - online sales ${dMonYsp(d)}`, xref: 'Paystack' }
      : { source: 'Spend Money', desc: `Paystack - fees ${dMonYsp(d)}`, xref: 'Paystack' };
  GH.outTransfer = (M, { payee, memo, amount }) => {
    const ach = Math.abs(amount) > 2000000;
    return {
      text: `${ach ? 'ACH DEBIT' : 'GIP TRANSFER'} TO ${payee.bankName}${memo ? ` ${memo}` : ''}`,
      ref: '',
      channel: ach ? 'ach' : 'gip',
    };
  };
  GH.paymentLedger = (s, ref) => ({ source: 'Payable Payment', desc: s.name, xref: ref });
  GH.transferCharges = (M, d, amount, channel) => {
    M.B({
      date: d,
      amount: channel === 'ach' ? -500 : -Math.min(Math.max(Math.round(Math.abs(amount) * 0.005), 200), 2000),
      text: channel === 'ach' ? 'ACH CHARGES' : 'GIP TRANSFER FEE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['transfer-fee'],
    });
  };
  GH.reversalText = (M, tx, d) => ({
    text: `REVERSAL ${tx.text.slice(0, 40)} - BENEFICIARY ACCT CLOSED`,
    date: M.nextWd(d, 1),
  });
  GH.unrecorded = [
    {
      days: [6, 24],
      amount: -28000,
      text: 'BANK TO MOMO 0551234987 KWABENA ADU',
      traits: ['not-in-books', 'mobile-money'],
      after: (M, b) =>
        M.B({
          date: b.date,
          amount: -280,
          text: 'E-LEVY CHARGE',
          bankRef: '',
          expect: 'bank-only',
          kind: 'levy',
          traits: ['e-levy'],
        }),
    },
  ];
  GH.specials = (M, h) => {
    // cheques drawn on Absa: presented and unpresented; a customer cheque that bounced
    for (let k = 0; k < 5; k++) {
      const open = k >= 3;
      const sup = GH.suppliers[(k + 1) % GH.suppliers.length];
      const no = String(700412 + k);
      const issued = M.wd(open ? 24 : 2, open ? 27 : 14);
      const amount = -M.amt(1200, 16000, 0.5);
      const l = M.L({
        date: issued,
        amount,
        kind: 'cheque',
        source: 'Payable Payment',
        desc: `${sup.name} - chq ${no}`,
        xref: `CHQ ${no}`,
        ...(open ? { only: 'cheque issued, not yet presented' } : {}),
      });
      if (!open)
        M.B({
          date: M.nextWd(issued, M.int(2, 4)),
          amount,
          text: `CHQ WDL ${no} CLEARING`,
          bankRef: no,
          expect: 'match',
          ledger: [l],
          evidence: 'reference',
          traits: ['cheque-number'],
        });
    }
    {
      const cust = GH.customers[6];
      const amount = M.amt(3000, 9000, 0.5);
      const n = h.inv();
      const d = M.wd(9, 13);
      const l = M.L({
        date: d,
        amount,
        kind: 'receipt',
        source: 'Receivable Payment',
        desc: `${cust.name} - cheque 004512`,
        xref: GH.invRef(n),
      });
      // the deposit is the receipt the books hold; the return is a dishonoured cheque the books have not yet reversed
      M.B({
        date: d,
        amount,
        text: `CHQ DEP 004512 ${cust.bankName} CLEARING`,
        bankRef: '004512',
        expect: 'match',
        ledger: [l],
        evidence: 'reference',
        traits: ['cheque-number', 'cheque-deposit'],
      });
      M.B({
        date: M.nextWd(d, 2),
        amount: -amount,
        text: 'RETURNED CHQ 004512 - INSUFFICIENT FUNDS',
        bankRef: '004512',
        expect: 'no-counterpart',
        evidence: 'reference',
        traits: ['dishonoured-cheque', 'not-in-books'],
      });
      M.B({
        date: M.nextWd(d, 2),
        amount: -5000,
        text: 'RETURNED CHEQUE CHARGE',
        bankRef: '',
        expect: 'bank-only',
        kind: 'charge',
        traits: ['returned-cheque-fee'],
      });
    }
    // casual workers paid to MoMo wallets: E-levy 1% on each; books hold each payment
    for (let k = 0; k < 4; k++) {
      const who = ['KOJO ASARE', 'EFUA QUAYE', 'YAW OFORI', 'ESI BAIDOO'][k];
      const d = M.wd(20, 28);
      const amount = -M.amt(300, 1400, 5);
      const l = M.L({
        date: d,
        amount,
        kind: 'wages',
        source: 'Spend Money',
        desc: `${who
          .split(' ')
          .reverse()
          .join(' ')
          .toLowerCase()
          .replace(/\b\w/g, (c) => c.toUpperCase())} - casual wages`,
        xref: 'MoMo',
      });
      M.B({
        date: d,
        amount,
        text: `BANK TO MOMO 024${M.int(1000000, 9999999)} ${who}`,
        bankRef: '',
        expect: 'match',
        ledger: [l],
        evidence: 'counterparty',
        traits: ['mobile-money', 'wages'],
      });
      if (Math.abs(amount) > 10000)
        M.B({
          date: d,
          amount: -Math.round(Math.abs(amount) * 0.01),
          text: 'E-LEVY CHARGE',
          bankRef: '',
          expect: 'bank-only',
          kind: 'levy',
          traits: ['e-levy'],
        });
    }
    // payroll: one ACH bulk debit and one net-pay journal; SSNIT and PAYE for January
    const pay = '2025-02-25';
    const net = -M.amt(41000, 46000, 0.01);
    const lp = M.L({
      date: pay,
      amount: net,
      kind: 'payroll',
      source: 'Manual Journal',
      desc: 'February 2025 salaries - net pay',
      xref: 'PAY-FEB25',
    });
    M.B({
      date: pay,
      amount: net,
      text: 'ACH BULK DEBIT SALARIES FEB 2025 14 RCPT',
      bankRef: '',
      expect: 'match',
      ledger: [lp],
      evidence: 'counterparty',
      traits: ['payroll', 'bulk-payment'],
    });
    M.B({
      date: pay,
      amount: -14 * 300,
      text: 'ACH CHARGES',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['transfer-fee'],
    });
    for (const [t, desc, a, ref] of [
      ['SSNIT CONTRIBUTION JAN 2025 ER NO 0119044', 'SSNIT - Tier 1 January', 9184.5, 'SSNIT JAN'],
      ['GRA PAYE JAN 2025 TIN C0004412918', 'Ghana Revenue Authority - PAYE January', 6210.75, 'PAYE JAN'],
      ['PETRA TRUST TIER 2 JAN 2025', 'Petra Trust - Tier 2 January', 3401.0, 'T2 JAN'],
    ]) {
      const d = M.wd(10, 14);
      const l = M.L({
        date: d,
        amount: -Math.round(a * 100),
        kind: 'statutory',
        source: 'Spend Money',
        desc,
        xref: ref,
      });
      M.B({
        date: d,
        amount: -Math.round(a * 100),
        text: t,
        bankRef: '',
        expect: 'match',
        ledger: [l],
        evidence: 'counterparty',
        traits: ['statutory'],
      });
    }
    // month-end fees; interest on the call balance
    M.B({
      date: '2025-02-28',
      amount: -4500,
      text: 'MONTHLY ACCOUNT MAINTENANCE FEE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['maintenance-fee'],
    });
    M.B({
      date: '2025-02-28',
      amount: -1200,
      text: 'SMS ALERT FEE FEB 2025',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['sms'],
    });
    M.B({
      date: '2025-02-14',
      amount: -25000,
      text: 'CHEQUE BOOK 50 LVS',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['cheque-book'],
    });
  };
}

// ================================================================= SOUTH AFRICA — Standard Bank (CSV) + Xero Account Transactions (XLSX)
const ZA = {
  set: 'za-stdbank-xero',
  country: 'ZA',
  currency: 'ZAR',
  timezone: 'Africa/Johannesburg',
  period: { from: '2025-09-01', to: '2025-09-30' },
  holidays: ['2025-09-24'],
  company: 'MOKOENA CATERING & EVENTS (PTY) LTD',
  director: 'T MOKOENA',
  employeeOfCustomer: 'L DLAMINI',
  firstInvoice: 2417,
  firstBill: 0,
  invoiceRange: [2800, 96000],
  invoiceStep: 0.01,
  transferCap: 150000,
  billRange: [1500, 68000],
  cashRange: [2500, 21000],
  cashStep: 10,
  settleRange: [3800, 24000],
  n: { receipts: 42, withholding: 0, cash: 6, settlements: 11, payments: 20, reversals: 1 },
  customers: [
    { name: 'Sandton Conference Centre', bankName: 'SANDTON CONF CENTRE', short: 'SCC' },
    { name: 'Nkosi Attorneys Inc', bankName: 'NKOSI ATTORNEYS', short: 'NKOSI' },
    { name: 'Wits Business School', bankName: 'UNIVERSITY OF THE WITWATERS', short: 'WBS' },
    { name: 'Thandi Khumalo', bankName: 'MS T KHUMALO', short: 'KHUMALO' },
    { name: 'Growthpoint Properties', bankName: 'GROWTHPOINT PROPERTIES LTD', short: 'GROWTHPOINT' },
    { name: 'Bafokeng Mining Services', bankName: 'BAFOKENG MINING SVCS', short: 'BAFOKENG' },
    { name: 'Van der Merwe Family Trust', bankName: 'VD MERWE FAM TRUST', short: 'VDM TRUST' },
    { name: 'Soweto Wedding Planners', bankName: 'SOWETO WEDDING PLANNERS', short: 'SWP' },
    { name: 'Pretoria Rotary Club', bankName: 'ROTARY CLUB PTA', short: 'ROTARY' },
  ],
  suppliers: [
    { name: 'Makro Woodmead', bankName: 'MAKRO', code: 'MAK' },
    { name: 'Bidfood Johannesburg', bankName: 'BIDFOOD JHB', code: 'BID' },
    { name: 'Fresh Produce Direct', bankName: 'FRESH PRODUCE DIRECT', code: 'FPD' },
    { name: 'Easigas', bankName: 'EASIGAS PTY LTD', code: 'EAS' },
    { name: 'Party Hire Gauteng', bankName: 'PARTY HIRE GAUTENG', code: 'PHG' },
    { name: 'Coca-Cola Beverages SA', bankName: 'CCBSA', code: 'CCB' },
  ],
  staff: ['SIPHO', 'LERATO', 'JOHANNES'],
  unknownPayers: ['M NAIDOO', 'CAPITEC J SMITH'],
  noRefMemos: ['CATERING', 'DEPOSIT', 'PAYMENT', 'EVENT', 'FUNCTION'],
  payMemos: ['ACCOUNT', 'SEPT', 'PAYMENT'],
  invRef: (n) => `INV-${n}`,
  cnRef: (k) => `CN-${pad(k + 88, 4)}`,
  billRef: (s, b) => `${s.code}${771200 + b * 37}`,
  billWritten: (M, s, b) => M.pick([`${s.code}${771200 + b * 37}`, `${771200 + b * 37}`]),
  writeRef: refWriter([
    ['ref-canonical', (n) => `INV-${n}`],
    ['ref-joined', (n) => `INV${n}`],
    ['ref-lowercase', (n) => `inv ${n}`],
    ['ref-serial-only', (n) => `${n}`],
  ]),
  multiRef: (M, ns) => `INV${ns.join(' INV')}`,
  withholders: [],
  withholding: { trait: 'none', cut: () => 0 },
  twinCustomer: { name: 'Pretoria Rotary Club', bankName: 'ROTARY CLUB PTA', short: 'ROTARY' },
};
{
  ZA.inTransfer = (M, { payer, memo }) => {
    const x = M.r();
    if (!payer) return { text: 'CREDIT TRANSFER', ref: `${M.int(100000, 999999)}` };
    const ref = `${memo ? memo.toUpperCase() : payer.short}`.slice(0, 20);
    if (x < 0.45) return { text: `IB TRANSFER FROM ${payer.bankName}`.slice(0, 40), ref };
    if (x < 0.75) return { text: 'CREDIT TRANSFER', ref: `${payer.bankName.slice(0, 12)} ${ref}`.trim() };
    return { text: `REAL TIME TRANSFER FROM ${payer.bankName}`.slice(0, 40), ref };
  };
  ZA.walletIn = (M, { sender }) => ({ text: 'CAPITEC PAY IN', ref: sender });
  ZA.receiptLedger = (cust, ref, extra) => ({
    source: 'Receivable Payment',
    desc: `${cust.name}${extra.memo ? ` - ${extra.memo}` : ''}`,
    xref: ref,
  });
  ZA.ditLedger = (cust, ref) => ({
    source: 'Receivable Payment',
    desc: `${cust.name} - EFT on event day`,
    xref: ref,
  });
  ZA.cashText = () => 'CASH DEPOSIT';
  ZA.cashRef = (M) => `ATM ${M.pick(['ROSEBANK', 'MELROSE ARCH', 'BRAAMFONTEIN'])}`;
  ZA.afterCash = (M, b) =>
    M.B({
      date: b.date,
      amount: -Math.round(b.amount * 0.0125) - 750,
      text: 'CASH DEPOSIT FEE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['cash-deposit-fee'],
    });
  ZA.cashLedger = (who, named) => ({
    source: 'Receive Money',
    desc: named ? `Cash sales - banked by ${who[0]}${who.slice(1).toLowerCase()}` : 'Cash sales',
    xref: '',
  });
  ZA.settleFee = (g) => Math.round(g * 0.0295);
  ZA.settleText = (M, d, t) => ({
    text: 'YOCO TECHNOLOGIES',
    ref: `YOCO PAYOUT ${t === 1 ? 'M1' : 'M2'} ${M.int(1000000, 9999999)}`,
  });
  ZA.settleLedger = (d, what) =>
    what === 'gross'
      ? { source: 'Receive Money', desc: `Yoco - card sales ${d.slice(8)}/${d.slice(5, 7)}`, xref: 'Yoco' }
      : { source: 'Spend Money', desc: `Yoco - fees ${d.slice(8)}/${d.slice(5, 7)}`, xref: 'Yoco' };
  ZA.outTransfer = (M, { payee, memo }) => ({
    text: `IB PAYMENT TO ${payee.bankName}`.slice(0, 40),
    ref: memo ? memo.toUpperCase() : 'MOKOENA CATERING',
    channel: 'eft',
  });
  ZA.paymentLedger = (s, ref) => ({ source: 'Payable Payment', desc: s.name, xref: ref });
  ZA.transferCharges = (M, d) => {
    M.B({
      date: d,
      amount: -850,
      text: 'FEE: PAYMENT',
      bankRef: 'INTERNET BANKING',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['payment-fee'],
    });
  };
  ZA.reversalText = (M, tx, d) => ({
    text: `IB PAYMENT REVERSAL ${tx.text.slice(14)}`.slice(0, 40),
    date: M.nextWd(d, 1),
    ref: 'INVALID ACCOUNT',
  });
  ZA.unrecorded = [
    {
      days: [3, 9],
      amount: -189900,
      text: 'DEBIT ORDER',
      ref: 'VODACOM 0114 CONTRACT',
      traits: ['not-in-books', 'debit-order'],
    },
    { days: [18, 26], amount: 450000, text: 'CREDIT TRANSFER', ref: 'DEPOSIT 11 OCT', traits: ['unknown-payer'] },
  ];
  ZA.specials = (M) => {
    // debit orders: vehicle finance, insurance, the disputed gym one reversed
    const dos = [
      ['WESBANK', 'WESBANK 3310044822 VAF', 'WesBank - vehicle finance Sep', -842115],
      ['SANTAM', 'SANTAM BUSINESS INSURANCE', 'Santam - business insurance Sep', -213450],
      ['TELKOM', 'TELKOM 0117821122', 'Telkom - fibre Sep', -119900],
    ];
    for (const [, ref, desc, a] of dos) {
      const d = M.wd(1, 5);
      const l = M.L({ date: d, amount: a, kind: 'debit-order', source: 'Spend Money', desc, xref: '' });
      M.B({
        date: d,
        amount: a,
        text: 'DEBIT ORDER',
        bankRef: ref,
        expect: 'match',
        ledger: [l],
        evidence: 'counterparty',
        traits: ['debit-order'],
      });
      M.B({
        date: d,
        amount: -495,
        text: 'FEE: DEBIT ORDER',
        bankRef: '',
        expect: 'bank-only',
        kind: 'charge',
        traits: ['debit-order-fee'],
      });
    }
    {
      const d = M.wd(2, 4);
      const a = M.B({
        date: d,
        amount: -69900,
        text: 'DEBIT ORDER',
        bankRef: 'VIRGIN ACTIVE 44190',
        expect: 'reversal-pair',
        traits: ['debit-order', 'disputed'],
      });
      const r = M.B({
        date: M.nextWd(d, 3),
        amount: 69900,
        text: 'UNPAID DEBIT ORDER REVERSAL',
        bankRef: 'VIRGIN ACTIVE 44190',
        expect: 'reversal-pair',
        traits: ['debit-order-reversal'],
      });
      a.partnerObj = r;
      r.partnerObj = a;
    }
    // payroll: salaries paid individually, booked individually (one journal line each)
    const pay = '2025-09-25';
    for (const who of ['S NDLOVU', 'L MOLOI', 'J PRETORIUS', 'N ZULU', 'T BOTHA', 'P MABASO']) {
      const a = -M.amt(9800, 31000, 0.01);
      const l = M.L({
        date: pay,
        amount: a,
        kind: 'payroll',
        source: 'Spend Money',
        desc: `${who} - salary September`,
        xref: 'SAL SEP',
      });
      M.B({
        date: pay,
        amount: a,
        text: `IB PAYMENT TO ${who}`,
        bankRef: 'SALARY SEP MOKOENA',
        expect: 'match',
        ledger: [l],
        evidence: 'counterparty',
        traits: ['payroll'],
      });
      M.B({
        date: pay,
        amount: -850,
        text: 'FEE: PAYMENT',
        bankRef: 'INTERNET BANKING',
        expect: 'bank-only',
        kind: 'charge',
        traits: ['payment-fee'],
      });
    }
    // SARS: EMP201 for August (PAYE+UIF+SDL) and VAT201 for Jul-Aug
    for (const [ref, desc, a, d0] of [
      ['7410733219PA2508', 'SARS - EMP201 August 2025', -2864213, 5],
      ['4430198221VA2508', 'SARS - VAT201 Jul-Aug 2025', -4721088, 24],
    ]) {
      const d = M.wd(d0, d0 + 3);
      const l = M.L({ date: d, amount: a, kind: 'statutory', source: 'Spend Money', desc, xref: ref });
      M.B({
        date: d,
        amount: a,
        text: 'SARS EFILING PAYMENT',
        bankRef: ref,
        expect: 'match',
        ledger: [l],
        evidence: 'reference',
        traits: ['statutory', 'prn'],
      });
    }
    // a booked transfer to the money-market account
    const sv = M.L({
      date: '2025-09-15',
      amount: -5000000,
      kind: 'transfer',
      source: 'Bank Transfer',
      desc: 'Bank Transfer to Standard Bank Money Market',
      xref: '',
    });
    M.B({
      date: '2025-09-15',
      amount: -5000000,
      text: 'TRANSFER TO 10234577812',
      bankRef: 'MONEY MARKET',
      expect: 'match',
      ledger: [sv],
      evidence: 'counterparty',
      traits: ['interbank-transfer'],
    });
    // month-end
    M.B({
      date: '2025-09-30',
      amount: -24500,
      text: 'MONTHLY MANAGEMENT FEE',
      bankRef: '',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['monthly-fee'],
    });
    M.B({
      date: '2025-09-30',
      amount: -3800,
      text: 'FEE: NOTIFICATION',
      bankRef: 'MYUPDATES',
      expect: 'bank-only',
      kind: 'charge',
      traits: ['sms'],
    });
    M.B({
      date: '2025-09-30',
      amount: 1843,
      text: 'CREDIT INTEREST',
      bankRef: '',
      expect: 'bank-only',
      kind: 'interest',
      traits: ['interest'],
    });
  };
}

// ---------------------------------------------------------------- layouts
// Each writer lays the rows out as the bank / package does and returns { rows (array of arrays), rowOf: Map(obj→row), headerRow }.
function bankUBA(P, lines, open) {
  const rows = [
    ['United Bank for Africa Plc'],
    ['Account Statement'],
    ['Account Name:', P.company],
    ['Account Number:', '1023******57'],
    ['Currency:', 'NGN'],
    ['Period:', `${dMonY(P.period.from)} to ${dMonY(P.period.to)}`],
    ['Opening Balance:', commas(open)],
    [],
    ['Tran Date', 'Value Date', 'Narration', 'Debit', 'Credit', 'Balance'],
  ];
  const headerRow = rows.length;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dMonY(l.date),
      dMonY(l.date),
      l.text,
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  rows.push([], ['', '', 'Closing Balance', '', '', commas(lines.at(-1).balance)]);
  return { rows, rowOf, headerRow, refCol: false };
}
function bankNCBA(P, lines, open) {
  const rows = [
    ['NCBA BANK KENYA PLC'],
    ['ACCOUNT STATEMENT'],
    ['Account Name', P.company],
    ['Account Number', '1001******09'],
    ['Currency', 'KES'],
    ['Statement Period', `${dmy(P.period.from)} - ${dmy(P.period.to)}`],
    [],
    ['Tran Date', 'Value Date', 'Transaction Details', 'Reference No', 'Debit Amount', 'Credit Amount', 'Book Balance'],
    ['', '', 'OPENING BALANCE', '', '', '', commas(open)],
  ];
  const headerRow = 8;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dmy(l.date),
      dmy(l.date),
      l.text,
      l.bankRef,
      l.amount < 0 ? commas(-l.amount) : '',
      l.amount > 0 ? commas(l.amount) : '',
      commas(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  rows.push(['', '', 'CLOSING BALANCE', '', '', '', commas(lines.at(-1).balance)]);
  return { rows, rowOf, headerRow, refCol: true };
}
function bankAbsaGH(P, lines, open) {
  const rows = [
    ['Absa Bank Ghana Limited'],
    ['Customer Statement'],
    [`Account: ${P.company}`],
    ['Account No: 0701******12 GHS'],
    [`Period: ${dMonYsp(P.period.from)} to ${dMonYsp(P.period.to)}`],
    [],
    ['Posting Date', 'Value Date', 'Description', 'Cheque No', 'Debit', 'Credit', 'Balance'],
    [dMonY(P.period.from), dMonY(P.period.from), 'BALANCE B/F', '', '', '', major(open)],
  ];
  const headerRow = 7;
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([
      dMonY(l.date),
      dMonY(l.date),
      l.text,
      l.bankRef,
      l.amount < 0 ? major(-l.amount) : '',
      l.amount > 0 ? major(l.amount) : '',
      major(l.balance),
    ]);
    rowOf.set(l, rows.length);
  }
  return { rows, rowOf, headerRow, refCol: true };
}
function bankStdBank(P, lines) {
  const rows = [['Date', 'Description', 'Reference', 'Amount', 'Balance']];
  const rowOf = new Map();
  for (const l of lines) {
    rows.push([dmy(l.date), l.text, l.bankRef, major(l.amount), major(l.balance)]);
    rowOf.set(l, rows.length);
  }
  return { rows, rowOf, headerRow: 1, refCol: true };
}

function ledgerQBO(P, entries, open, account) {
  const rows = [
    ['Ekene Building Materials Ltd'],
    ['General Ledger'],
    [`${MONTH_NAME[5]} 1-30, 2025`],
    [],
    ['', 'Date', 'Transaction Type', 'Num', 'Name', 'Memo/Description', 'Split', 'Amount', 'Balance'],
    [account],
    ['Beginning Balance', '', '', '', '', '', '', '', commas(open)],
  ];
  const rowOf = new Map();
  let bal = open;
  for (const e of entries) {
    bal += e.amount;
    rows.push(['', dmy(e.date), e.type, e.num, e.name, e.memo, e.split, commas(e.amount), commas(bal)]);
    rowOf.set(e, rows.length);
  }
  rows.push(
    [`Total for ${account}`, '', '', '', '', '', '', commas(bal - open), ''],
    [],
    ['TOTAL', '', '', '', '', '', '', commas(bal - open), ''],
  );
  return {
    rows,
    rowOf,
    headerRow: 5,
    close: bal,
    ref: (e) => e.num || null,
    desc: (e) => e.memo || null,
    party: (e) => e.name || null,
  };
}
function ledgerSage50(P, entries, open) {
  const rows = [
    ['Mwangaza Agrovet Supplies Ltd'],
    ['Nominal Activity'],
    ['Date From: 01/08/2025', 'Date To: 31/08/2025'],
    ['N/C: 1210', 'Name: NCBA Current Account KES'],
    [],
    ['No', 'Type', 'Date', 'Account', 'Ref', 'Ex.Ref', 'Details', 'Dept', 'T/C', 'Debit', 'Credit'],
  ];
  const rowOf = new Map();
  let no = 18830;
  let bal = open;
  for (const e of entries) {
    bal += e.amount;
    rows.push([
      String(no++),
      e.type,
      dmy(e.date),
      e.ac,
      e.sref,
      e.exref,
      e.details,
      '0',
      e.type === 'SR' || e.type === 'PP' ? 'T9' : 'T0',
      e.amount > 0 ? major(e.amount) : '',
      e.amount < 0 ? major(-e.amount) : '',
    ]);
    rowOf.set(e, rows.length);
  }
  rows.push(
    [],
    [
      '',
      '',
      '',
      '',
      '',
      '',
      'Totals:',
      '',
      '',
      major(entries.filter((e) => e.amount > 0).reduce((a, e) => a + e.amount, 0)),
      major(-entries.filter((e) => e.amount < 0).reduce((a, e) => a + e.amount, 0)),
    ],
  );
  return {
    rows,
    rowOf,
    headerRow: 6,
    close: bal,
    ref: (e) => e.sref || null,
    desc: (e) => [e.details, e.exref].filter(Boolean).join(' — ') || null,
    party: () => null,
  };
}
function ledgerXero(P, entries, open, account, org, dfmt) {
  const rows = [
    ['Account Transactions'],
    [org],
    [`For the period ${dfmt(P.period.from)} to ${dfmt(P.period.to)}`],
    [],
    ['Date', 'Source', 'Description', 'Reference', 'Debit', 'Credit', 'Running Balance'],
    [account],
    ['Opening Balance', '', '', '', '', '', major(open)],
  ];
  const rowOf = new Map();
  let bal = open;
  for (const e of entries) {
    bal += e.amount;
    rows.push([
      dfmt(e.date),
      e.source,
      e.desc,
      e.xref,
      e.amount > 0 ? major(e.amount) : '',
      e.amount < 0 ? major(-e.amount) : '',
      major(bal),
    ]);
    rowOf.set(e, rows.length);
  }
  const dr = entries.filter((e) => e.amount > 0).reduce((a, e) => a + e.amount, 0);
  const cr = -entries.filter((e) => e.amount < 0).reduce((a, e) => a + e.amount, 0);
  rows.push(
    [`Total ${account}`, '', '', '', major(dr), major(cr), ''],
    ['Closing Balance', '', '', '', '', '', major(bal)],
  );
  return {
    rows,
    rowOf,
    headerRow: 5,
    close: bal,
    ref: (e) => e.xref || null,
    desc: (e) => e.desc || null,
    party: () => null,
  };
}

const dLong = (s) => `${Number(s.slice(8))} ${MONTH_NAME[Number(s.slice(5, 7)) - 1]} ${s.slice(0, 4)}`;

const SETS = [
  {
    P: NG,
    seed: SEED + 1,
    open: 1846215075,
    bankFile: 'uba-1023-statement-jun2025.xlsx',
    bankName: 'UBA',
    bankLayout: bankUBA,
    bankFormat: 'xlsx',
    bankRead: {},
    ledgerFile: 'qbo-general-ledger-jun2025.csv',
    pkg: 'QuickBooks Online — General Ledger report (CSV), one account',
    ledgerAccount: 'UBA Current Account 1023',
    ledgerLayout: (P, es, o) => ledgerQBO(P, es, o, 'UBA Current Account 1023'),
    ledgerFormat: 'csv',
    ledgerRead: { currency: 'NGN', dateOrder: 'DMY' },
  },
  {
    P: KE,
    seed: SEED + 2,
    open: 412077850,
    bankFile: 'ncba-1001-aug2025.csv',
    bankName: 'NCBA Bank Kenya',
    bankLayout: bankNCBA,
    bankFormat: 'csv',
    bankRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Tran Date',
        valueDate: 'Value Date',
        description: 'Transaction Details',
        reference: 'Reference No',
        moneyOut: 'Debit Amount',
        moneyIn: 'Credit Amount',
        balance: 'Book Balance',
      },
    },
    ledgerFile: 'sage50-nominal-activity-1210-aug2025.csv',
    pkg: 'Sage 50 Accounts — Nominal Activity report for N/C 1210 (CSV)',
    ledgerAccount: '1210',
    ledgerLayout: ledgerSage50,
    ledgerFormat: 'csv',
    ledgerRead: {
      currency: 'KES',
      dateOrder: 'DMY',
      mapping: {
        date: 'Date',
        journalId: 'No',
        reference: 'Ref',
        description: ['Details', 'Ex.Ref'],
        moneyIn: 'Debit',
        moneyOut: 'Credit',
      },
    },
  },
  {
    P: GH,
    seed: SEED + 3,
    open: 18652240,
    bankFile: 'absa-gh-0701-feb2025.csv',
    bankName: 'Absa Bank Ghana',
    bankLayout: bankAbsaGH,
    bankFormat: 'csv',
    bankRead: {
      currency: 'GHS',
      mapping: {
        date: 'Posting Date',
        valueDate: 'Value Date',
        description: 'Description',
        reference: 'Cheque No',
        moneyOut: 'Debit',
        moneyIn: 'Credit',
        balance: 'Balance',
      },
    },
    ledgerFile: 'xero-account-transactions-feb2025.csv',
    pkg: 'Xero — Account Transactions report (CSV), one bank account',
    ledgerAccount: 'Absa Current Account GHS',
    ledgerLayout: (P, es, o) => ledgerXero(P, es, o, 'Absa Current Account GHS', 'Nkansah Office Solutions Ltd', dLong),
    ledgerFormat: 'csv',
    ledgerRead: { currency: 'GHS' },
  },
  {
    P: ZA,
    seed: SEED + 4,
    open: 28744312,
    bankFile: 'standardbank-072-sep2025.csv',
    bankName: 'Standard Bank',
    bankLayout: bankStdBank,
    bankFormat: 'csv',
    bankRead: {},
    ledgerFile: 'xero-account-transactions-sep2025.xlsx',
    pkg: 'Xero — Account Transactions report (XLSX), one bank account',
    ledgerAccount: 'Standard Bank Business Current',
    ledgerLayout: (P, es, o) =>
      ledgerXero(P, es, o, 'Standard Bank Business Current', 'Mokoena Catering & Events (Pty) Ltd', dLong),
    ledgerFormat: 'xlsx',
    ledgerRead: { currency: 'ZAR' },
  },
];

function writeTable(path, rows, format, sheet) {
  if (format === 'csv') writeFileSync(path, csv(rows));
  else {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheet);
    writeFileSync(path, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }));
  }
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const index = [];
for (const S of SETS) {
  const { P } = S;
  const M = new Month(P, S.seed);
  buildMonth(P, M);
  // bank order: date, then generation order (a reversal after its original)
  const lines = [...M.bank].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  let bal = S.open;
  for (const l of lines) l.balance = bal += l.amount;
  const entries = [...M.ledger].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  const bankT = S.bankLayout(P, lines, S.open);
  const ledgerOpen = S.open; // no items outstanding at the start of the month
  const ledT = S.ledgerLayout(P, entries, ledgerOpen);
  const dir = join(OUT, P.set);
  mkdirSync(dir, { recursive: true });
  writeTable(join(dir, S.bankFile), bankT.rows, S.bankFormat, 'Statement');
  writeTable(join(dir, S.ledgerFile), ledT.rows, S.ledgerFormat, 'Account Transactions');

  const lref = (e) => ({ file: S.ledgerFile, row: ledT.rowOf.get(e), date: e.date, amount: major(e.amount) });
  const bref = (l) => ({
    file: S.bankFile,
    row: bankT.rowOf.get(l),
    date: l.date,
    amount: major(l.amount),
    text: l.text,
  });
  const truthBank = lines.map((l) => ({
    ref: bref(l),
    expect: l.expect,
    ledger: l.ledger.map(lref),
    ...(l.anyOf ? { ledgerAnyOf: l.anyOf.map((set) => set.map(lref)) } : {}),
    group: l.group,
    evidence: l.expect === 'match' ? l.evidence : l.expect === 'bank-only' ? 'amount' : l.evidence,
    ambiguous: !!l.ambiguous,
    kind: l.expect === 'bank-only' ? l.kind : null,
    partner: l.partnerObj ? bref(l.partnerObj) : null,
    traits: l.traits,
  }));
  const used = new Set(lines.flatMap((l) => l.ledger));
  const ledgerOnly = entries.filter((e) => !used.has(e)).map((e) => ({ ...lref(e), why: e.only ?? 'UNEXPLAINED' }));
  for (const x of ledgerOnly)
    if (x.why === 'UNEXPLAINED') throw new Error(`${P.set}: ledger row ${x.row} has no bank line and no reason`);
  const truth = {
    set: P.set,
    country: P.country,
    currency: P.currency,
    timezone: P.timezone,
    period: P.period,
    seed: S.seed,
    company: P.company,
    bankFiles: [
      {
        file: S.bankFile,
        bank: S.bankName,
        headerRow: bankT.headerRow,
        ledgerAccount: S.ledgerAccount,
        readOptions: S.bankRead,
        openingBalance: major(S.open),
        closingBalance: major(lines.at(-1).balance),
      },
    ],
    ledgerFiles: [
      {
        file: S.ledgerFile,
        package: S.pkg,
        headerRow: ledT.headerRow,
        readOptions: S.ledgerRead,
        openingBalance: major(ledgerOpen),
        closingBalance: major(ledT.close),
      },
    ],
    bank: truthBank,
    ledgerOnly,
  };
  writeFileSync(join(dir, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  const doc = {
    options: { timezone: P.timezone },
    statement: {
      from: P.period.from,
      to: P.period.to,
      bankBalance: major(lines.at(-1).balance),
      bookBalance: major(ledT.close),
    },
    bank: lines.map((l) => ({
      id: `${S.bankFile}#${bankT.rowOf.get(l)}`,
      date: l.date,
      amount: major(l.amount),
      currency: P.currency,
      narration: l.text,
      reference: bankT.refCol && l.bankRef ? l.bankRef : null,
      counterparty: null,
      balance: major(l.balance),
    })),
    ledger: entries.map((e) => ({
      id: `${S.ledgerFile}#${ledT.rowOf.get(e)}`,
      date: e.date,
      dueDate: null,
      amount: major(e.amount),
      currency: P.currency,
      reference: ledT.ref(e),
      description: ledT.desc(e),
      party: ledT.party(e),
      account: S.ledgerAccount,
    })),
  };
  writeFileSync(join(dir, `reconcile.${S.bankFile}.json`), JSON.stringify(doc, null, 2) + '\n');
  const count = (x) => lines.filter((l) => l.expect === x).length;
  const matches = lines.filter((l) => l.expect === 'match');
  index.push({
    set: P.set,
    files: [S.bankFile, S.ledgerFile],
    bankLines: lines.length,
    ledgerRows: entries.length,
    match: matches.length,
    bankOnly: count('bank-only'),
    reversalPair: count('reversal-pair'),
    noCounterpart: count('no-counterpart'),
    ledgerOnly: ledgerOnly.length,
    matchedWithoutReference: matches.filter((l) => l.evidence !== 'reference').length,
    ambiguous: lines.filter((l) => l.ambiguous).length,
  });
  console.log(JSON.stringify(index.at(-1)));
}
writeFileSync(join(OUT, 'index.json'), JSON.stringify({ seed: SEED, sets: index }, null, 2) + '\n');
