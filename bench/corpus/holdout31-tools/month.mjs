// holdout31 — a month of one bank account: bank lines, book rows and the decision a careful bookkeeper takes for each.
import { workingDays } from './lib.mjs';

export class Month {
  constructor({ from, to, holidays, rng, scale, step, cents = false }) {
    this.centsDefault = cents;
    this.from = from;
    this.to = to;
    this.holidays = holidays;
    this.rng = rng;
    this.scale = scale; // local units per "base unit" of the shared scenarios
    this.step = step; // rounding of round amounts, in major units
    this.days = workingDays(from, to, holidays);
    this.lines = [];
    this.rows = [];
    this.ledgerOnlyRows = [];
    this.seq = 0;
    this.groupNo = 0;
    this.usedAmounts = new Set();
  }
  /** the i-th working day (negative: from the end) */
  day(i) {
    const n = this.days.length;
    const k = i < 0 ? n + i : i;
    return this.days[Math.max(0, Math.min(n - 1, k))];
  }
  /** n working days after (or before) a working day, clamped to the month */
  shift(date, n) {
    const i = this.days.indexOf(date);
    if (i < 0) throw new Error(`${date} is not a working day`);
    return this.days[Math.max(0, Math.min(this.days.length - 1, i + n))];
  }
  randDay(lo = 0, hi = -1) {
    const a = lo < 0 ? this.days.length + lo : lo;
    const b = hi < 0 ? this.days.length + hi : hi;
    return this.days[this.rng.int(a, b)];
  }
  /** a fresh amount (minor units) between lo and hi base units, not used before in this month */
  amount(lo, hi, { cents = this.centsDefault } = {}) {
    for (;;) {
      const a = cents
        ? this.rng.cents(lo * this.scale, hi * this.scale)
        : this.rng.money(Math.ceil((lo * this.scale) / this.step) * this.step, hi * this.scale, this.step);
      if (!this.usedAmounts.has(a)) {
        this.usedAmounts.add(a);
        return a;
      }
    }
  }
  claim(a) {
    this.usedAmounts.add(a);
    return a;
  }
  bank(date, amount, text, ref = '', extra = {}) {
    if (!this.days.includes(date)) throw new Error(`bank line on a non-working day ${date}: ${text}`);
    if (!Number.isSafeInteger(amount) || amount === 0) throw new Error(`bad amount ${amount}: ${text}`);
    const line = { seq: this.seq++, date, amount, text, ref, extra, late: extra.late ? 1 : 0, dec: null };
    this.lines.push(line);
    return line;
  }
  book(date, amount, fields) {
    if (!this.days.includes(date)) throw new Error(`book row on a non-working day ${date}: ${fields.desc}`);
    const row = { seq: this.seq++, date, amount, ...fields };
    this.rows.push(row);
    return row;
  }
  set(line, dec) {
    if (line.dec) throw new Error(`line decided twice: ${line.text}`);
    line.dec = dec;
  }
  group(lines) {
    return lines.length > 1 ? `g${String(++this.groupNo).padStart(3, '0')}` : null;
  }
  auto(lines, rows, { traits = [], difference = null } = {}) {
    lines = [].concat(lines);
    rows = [].concat(rows);
    const group = this.group(lines);
    for (const l of lines) this.set(l, { expect: 'match', decision: 'auto', rows, group, traits, difference });
  }
  /** two equal lines for two equal rows: either pairing is right */
  twins([a, b], [r1, r2], traits = []) {
    for (const l of [a, b])
      this.set(l, { expect: 'match', decision: 'auto', anyOf: [[r1], [r2]], traits: ['twins', ...traits] });
  }
  suggest(lines, rows, { mustNotAuto, traits = [] }) {
    lines = [].concat(lines);
    rows = [].concat(rows);
    const group = this.group(lines);
    for (const l of lines) this.set(l, { expect: 'match', decision: 'suggest', rows, group, traits, mustNotAuto });
  }
  /** one line, two equally right rows: a person must choose; the other row stays open */
  tie(line, [r1, r2], traits = []) {
    this.set(line, {
      expect: 'match',
      decision: 'suggest',
      anyOf: [[r1], [r2]],
      traits: ['tie', ...traits],
      mustNotAuto: true,
    });
  }
  none(line, traits = []) {
    this.set(line, { expect: 'no-counterpart', decision: 'none', traits });
  }
  bankOnly(line, kind, traits = []) {
    this.set(line, { expect: 'bank-only', decision: 'bank-only', kind, traits });
  }
  reversal(a, b, traits = []) {
    this.set(a, { expect: 'reversal-pair', decision: 'reversal-pair', partner: b, traits });
    this.set(b, { expect: 'reversal-pair', decision: 'reversal-pair', partner: a, traits });
  }
  ledgerOnly(row, why) {
    this.ledgerOnlyRows.push({ row, why });
  }
  sortedLines() {
    return this.lines
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.late - b.late || a.seq - b.seq));
  }
  sortedRows() {
    return this.rows.slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  }
}
