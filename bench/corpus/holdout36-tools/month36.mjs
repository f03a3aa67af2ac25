// holdout36 — a month of bank lines and book rows, with the decision helpers the events use.
import { daysOfMonth, weekday } from './lib36.mjs';

export class Month {
  constructor(set, rng) {
    this.set = set;
    this.rng = rng;
    this.days = daysOfMonth(set.year, set.month).filter(
      (d) => weekday(d) !== 0 && weekday(d) !== 6 && !set.holidays.includes(d),
    );
    this.lines = [];
    this.rows = [];
    this.ledgerOnly = [];
    this.usedAmounts = new Set();
    this.seq = 0;
    this.groups = 0;
  }

  /** a working day by index range (negative counts from the end) */
  day(from = 0, to = -1) {
    const n = this.days.length;
    const a = from < 0 ? n + from : from;
    const b = to < 0 ? n + to : to;
    return this.days[this.rng.int(a, b)];
  }
  /** the working day `k` working days after (or before) `d` */
  shift(d, k) {
    const i = this.days.indexOf(d);
    if (i < 0 || !this.days[i + k]) throw new Error(`no working day ${k} from ${d}`);
    return this.days[i + k];
  }
  get first() {
    return this.days[0];
  }
  get last() {
    return this.days[this.days.length - 1];
  }

  /** an amount in minor units between lo and hi major units, a multiple of `step` minor units, never drawn before */
  amount(lo, hi, step = 100) {
    for (let tries = 0; tries < 1000; tries++) {
      const units = this.rng.int(Math.ceil((lo * 100) / step), Math.floor((hi * 100) / step));
      const a = units * step;
      if (!this.usedAmounts.has(a)) {
        this.usedAmounts.add(a);
        return a;
      }
    }
    throw new Error('no unused amount');
  }
  claim(a) {
    this.usedAmounts.add(Math.abs(a));
    return a;
  }

  line(date, amount, cols, truth = null) {
    if (!this.days.includes(date)) throw new Error(`bank line on a non-working day ${date}`);
    this.claim(amount);
    const l = { date, amount, cols, seq: this.seq++, t: truth };
    this.lines.push(l);
    return l;
  }
  row(date, amount, cols) {
    if (!this.days.includes(date)) throw new Error(`book row on a non-working day ${date}`);
    this.claim(amount);
    const r = { date, amount, cols, seq: this.seq++ };
    this.rows.push(r);
    return r;
  }
  group() {
    this.groups += 1;
    return `g${String(this.groups).padStart(2, '0')}`;
  }

  // decisions
  auto(line, ledger, traits, extra = {}) {
    line.t = { decision: 'auto', ledger, traits, ...extra };
  }
  twins(line, anyOf, traits) {
    line.t = { decision: 'auto', ledger: null, ledgerAnyOf: anyOf, ambiguous: true, traits };
  }
  suggest(line, ledger, mustNotAuto, traits, extra = {}) {
    line.t = { decision: 'suggest', ledger, mustNotAuto, traits, ...extra };
  }
  tie(line, anyOf, traits) {
    line.t = { decision: 'suggest', ledger: null, ledgerAnyOf: anyOf, ambiguous: true, mustNotAuto: true, traits };
  }
  bankOnly(line, kind, traits = []) {
    line.t = { decision: 'bank-only', kind, traits };
  }
  none(line, traits) {
    line.t = { decision: 'none', traits };
  }
  reversal(a, b, traitsA, traitsB) {
    a.t = { decision: 'reversal-pair', partnerLine: b, traits: traitsA };
    b.t = { decision: 'reversal-pair', partnerLine: a, traits: traitsB };
  }
  onlyInBooks(row, why) {
    this.ledgerOnly.push({ row, why });
  }

  /** lines in posting order: by date, then in the order they were made */
  ordered() {
    return [...this.lines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }
  orderedRows() {
    return [...this.rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }
}
