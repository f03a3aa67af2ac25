// The month of one business: bank lines, book rows and what a careful bookkeeper decides for each line.
import { addDays, namePairs, numbersIn } from './lib.mjs';

export class Month {
  constructor({ rng, cal, currency }) {
    this.rng = rng;
    this.cal = cal;
    this.currency = currency;
    this.lines = [];
    this.rows = [];
    this.truth = [];
    this.ledgerOnlyRows = [];
    this.usedAmounts = new Set();
    this.groupNo = 0;
  }

  // ---- dates ----
  /** The i-th working day (1-based; negative counts from the end). */
  wd(i) {
    const w = this.cal.working;
    return i > 0 ? w[Math.min(i, w.length) - 1] : w[Math.max(0, w.length + i)];
  }
  /** A working day `n` working days from `d` (negative: before), kept inside the month. */
  shift(d, n) {
    const w = this.cal.working;
    let i = w.indexOf(d);
    if (i < 0) i = w.findIndex((x) => x > d);
    return w[Math.max(0, Math.min(w.length - 1, i + n))];
  }
  /** A random working day between the i-th and j-th (inclusive). */
  day(i, j) {
    return this.wd(this.rng.int(i, j));
  }
  /** The working day before a calendar offset, for name-only bookings made 0–2 calendar days before. */
  calendarBefore(d, n) {
    let x = addDays(d, -n);
    while (!this.cal.working.includes(x) && x >= this.cal.from) x = addDays(x, -1);
    return x < this.cal.from ? this.cal.working[0] : x;
  }

  // ---- amounts ----
  /** A fresh amount in minor units between lo and hi major units; `cents` gives odd cents sometimes. */
  amt(lo, hi, { cents = 0.5, step = 1 } = {}) {
    for (;;) {
      const major = this.rng.int(Math.ceil(lo / step), Math.floor(hi / step)) * step;
      let c = this.rng.chance(cents) ? this.rng.int(1, 99) : 0;
      if (step >= 100) c = 0;
      const v = major * 100 + c;
      if (!this.usedAmounts.has(v)) {
        this.usedAmounts.add(v);
        return v;
      }
    }
  }
  take(v) {
    this.usedAmounts.add(Math.abs(v));
    return v;
  }

  // ---- lines and rows ----
  bank(date, amount, text, extra = {}) {
    const line = { kind: 'bank', date, amount, text, reference: extra.reference ?? '', extra, seq: this.rng.next() };
    this.lines.push(line);
    return line;
  }
  /** A bank line posted right after another (its charge, levy or VAT). */
  after(parent, amount, text, extra = {}) {
    const line = this.bank(parent.date, amount, text, extra);
    parent.children = (parent.children ?? 0) + 1;
    line.seq = parent.seq + parent.children * 1e-6;
    return line;
  }
  book(date, amount, fields = {}) {
    const row = {
      kind: 'book',
      date,
      amount,
      reference: fields.reference ?? '',
      description: fields.description ?? '',
      party: fields.party ?? '',
      account: fields.account ?? null,
      extra: fields.extra ?? {},
      seq: this.rng.next(),
    };
    this.rows.push(row);
    return row;
  }

  // ---- decisions ----
  #push(lines, d) {
    for (const l of [lines].flat()) {
      if (l.truth) throw new Error(`bank line decided twice: ${l.text}`);
      l.truth = d;
    }
    d.lines = [lines].flat();
    this.truth.push(d);
    return d;
  }
  auto(lines, rows, o = {}) {
    return this.#push(lines, { decision: 'auto', rows: [rows].flat(), ...o });
  }
  autoAnyOf(lines, options, o = {}) {
    // twins: each line gets its own decision with the same options
    return lines.map((l) => this.#push(l, { decision: 'auto', anyOf: options, ...o, traits: [...o.traits, 'twins'] }));
  }
  suggest(lines, rows, o = {}) {
    return this.#push(lines, { decision: 'suggest', rows: [rows].flat(), mustNotAuto: false, ...o });
  }
  tie(line, options, o = {}) {
    return this.#push(line, {
      decision: 'suggest',
      anyOf: options,
      mustNotAuto: true,
      ...o,
      traits: [...o.traits, 'tie'],
    });
  }
  none(line, o = {}) {
    return this.#push(line, { decision: 'none', ...o });
  }
  bankOnly(line, kind, o = {}) {
    return this.#push(line, { decision: 'bank-only', kindOf: kind, ...o });
  }
  reversal(a, b, o = {}) {
    this.#push(a, { decision: 'reversal-pair', partnerLine: b, ...o });
    this.#push(b, { decision: 'reversal-pair', partnerLine: a, ...o });
  }
  ledgerOnly(row, why) {
    row.ledgerOnly = why;
    this.ledgerOnlyRows.push(row);
  }
  group() {
    this.groupNo += 1;
    return `g${String(this.groupNo).padStart(2, '0')}`;
  }

  /** Lines in posting order; book rows in date order (the package decides the rest). */
  ordered() {
    const byDate = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
    return { lines: [...this.lines].sort(byDate), rows: [...this.rows].sort(byDate) };
  }
}

/** What the cells of a bank line carry against the answer rows: reference, counterparty or amount. */
export function evidenceOf(bankCells, answerRows) {
  const bn = new Set();
  const bp = new Set();
  for (const c of bankCells) {
    for (const n of numbersIn(c)) bn.add(n);
    for (const p of namePairs(c)) bp.add(p);
  }
  const hasNum = (r) => [...numbersIn(r.reference), ...numbersIn(r.description)].some((n) => bn.has(n));
  if (answerRows.length && answerRows.every(hasNum)) return 'reference';
  const hasName = (r) => [r.party, r.description, r.reference].some((c) => [...namePairs(c)].some((p) => bp.has(p)));
  if (answerRows.some(hasName)) return 'counterparty';
  return 'amount';
}
