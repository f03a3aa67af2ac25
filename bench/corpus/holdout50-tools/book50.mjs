// A month under construction: the statement's lines, the books' rows, and the accountant's word on every line.
import { rng, workingDays } from './lib50.mjs';

export class Month {
  constructor({ seed, year, month, holidays }) {
    this.rand = rng(seed);
    this.year = year;
    this.month = month;
    this.holidays = holidays;
    this.days = workingDays(year, month, holidays);
    this.lines = [];
    this.rows = [];
    this.used = new Set();
    this.ledgerOnly = [];
    this.groups = 0;
  }

  /** The i-th working day (1-based; negative counts from the month's end). */
  wd(i) {
    return i > 0 ? this.days[i - 1] : this.days[this.days.length + i];
  }

  /** A working day a few days before (business date of a book row posted early). */
  before(date, n) {
    const i = this.days.indexOf(date);
    return this.days[Math.max(0, i - n)];
  }

  int(lo, hi) {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }

  pick(list) {
    return list[Math.floor(this.rand() * list.length)];
  }

  /** A new amount in minor units between lo and hi (major), a multiple of step minor units, unused this month. */
  amt(lo, hi, step = 1) {
    for (;;) {
      const v = Math.round((lo * 100 + Math.floor(this.rand() * ((hi - lo) * 100 + 1))) / step) * step;
      if (v > 0 && !this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }

  /** Register a fixed amount (charges, levies): amounts drawn later avoid it. */
  fixed(minor) {
    this.used.add(Math.abs(minor));
    return minor;
  }

  /** A digit string of n digits (references, session ids). */
  digits(n, first = '123456789') {
    let s = first[Math.floor(this.rand() * first.length)];
    while (s.length < n) s += String(Math.floor(this.rand() * 10));
    return s;
  }

  line(date, minor, text, reference = null, extra = {}) {
    const l = { date, minor, text, reference, ...extra, d: null };
    this.lines.push(l);
    return l;
  }

  row(date, minor, desc, ref = null, party = null, extra = {}) {
    const r = { date, minor, desc, ref, party, ...extra };
    this.rows.push(r);
    return r;
  }

  decide(lines, d) {
    const ls = Array.isArray(lines) ? lines : [lines];
    const group = ls.length > 1 ? `g${++this.groups}` : null;
    for (const l of ls) {
      if (l.d) throw new Error(`line decided twice: ${l.text}`);
      l.d = { group, traits: [], ...d, lines: ls };
    }
    return ls;
  }

  auto(lines, rows, traits = [], extra = {}) {
    return this.decide(lines, { decision: 'auto', rows: [].concat(rows), traits, ...extra });
  }

  suggest(lines, rows, traits, mustNotAuto, extra = {}) {
    return this.decide(lines, { decision: 'suggest', rows: [].concat(rows), traits, mustNotAuto, ...extra });
  }

  /** Twins or ties: several equally right answers. */
  anyOf(line, options, decision, traits, extra = {}) {
    return this.decide(line, { decision, rows: null, anyOf: options, traits, ...extra });
  }

  bankOnly(line, kind, traits = []) {
    return this.decide(line, { decision: 'bank-only', rows: [], kind, traits });
  }

  none(line, traits) {
    return this.decide(line, { decision: 'none', rows: [], traits });
  }

  reversal(a, b, traits = ['returned']) {
    this.decide(a, { decision: 'reversal-pair', rows: [], partner: b, traits });
    this.decide(b, { decision: 'reversal-pair', rows: [], partner: a, traits });
  }

  onlyInBooks(row, why) {
    this.ledgerOnly.push({ row, why });
  }

  /** Lines and rows in date order (stable within a day, as the events were written). */
  sorted() {
    const by = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    return { lines: [...this.lines].sort(by), rows: [...this.rows].sort(by) };
  }
}
