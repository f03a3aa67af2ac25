// holdout37 — the Month: working days, amounts nobody else has, bank lines and book rows, and the decisions on them.
import { monthDays, weekday } from './lib37.mjs';

export class Month {
  constructor({ rng, from, to, holidays }) {
    this.rng = rng;
    this.from = from;
    this.to = to;
    this.holidays = new Set(holidays);
    this.workdays = monthDays(from, to).filter((d) => weekday(d) !== 0 && weekday(d) !== 6 && !this.holidays.has(d));
    this.lines = [];
    this.rows = [];
    this.used = new Set(); // magnitudes (minor) already given to a line or row
    this.seq = 0;
    this.groups = 0;
  }

  // ---------------------------------------------------------- days

  /** i-th working day (0-based; negative counts from the end) */
  wd(i) {
    const n = this.workdays.length;
    const k = i < 0 ? n + i : i;
    if (k < 0 || k >= n) throw new Error(`working day ${i} outside the month`);
    return this.workdays[k];
  }
  /** a working day drawn between indices lo and hi (inclusive; negative from the end) */
  day(lo, hi) {
    const n = this.workdays.length;
    const a = lo < 0 ? n + lo : lo;
    const b = hi < 0 ? n + hi : hi;
    return this.workdays[this.rng.int(a, b)];
  }
  /** the working day k working days after (k > 0) or before (k < 0) date */
  shift(date, k) {
    const i = this.workdays.indexOf(date);
    if (i < 0) throw new Error(`${date} is not a working day`);
    const j = i + k;
    if (j < 0 || j >= this.workdays.length) throw new Error(`${date} ${k > 0 ? '+' : ''}${k} leaves the month`);
    return this.workdays[j];
  }
  isWorkday(date) {
    return this.workdays.includes(date);
  }

  // ---------------------------------------------------------- amounts

  claim(minor) {
    const m = Math.abs(minor);
    if (this.used.has(m)) return false;
    this.used.add(m);
    return true;
  }
  /** a magnitude in [lo, hi] major units, a multiple of `step` minor units, that no line or row has yet */
  amount(lo, hi, step = 1) {
    for (let tries = 0; tries < 10000; tries++) {
      const a = Math.round((lo * 100) / step);
      const b = Math.floor((hi * 100) / step);
      const v = this.rng.int(a, b) * step;
      if (this.claim(v)) return v;
    }
    throw new Error(`no unused amount in ${lo}..${hi}`);
  }

  // ---------------------------------------------------------- lines and rows

  /** a bank line: amount signed (money in positive), cells left to the set's layout through `spec` */
  line(date, amount, spec, minutes) {
    if (!this.isWorkday(date)) throw new Error(`bank line on ${date}, not a working day (${spec.kind})`);
    const l = {
      id: ++this.seq,
      date,
      amount,
      minutes: minutes ?? this.rng.int(8 * 60, 17 * 60),
      spec,
      decision: null,
    };
    this.lines.push(l);
    return l;
  }
  /** a line following another at once (the bank's charge on a transfer) */
  after(prev, amount, spec, plus = 0) {
    return this.line(prev.date, amount, spec, prev.minutes + plus);
  }
  row(date, amount, spec) {
    if (!this.isWorkday(date)) throw new Error(`book row on ${date}, not a working day (${spec.kind})`);
    const r = { id: ++this.seq, date, amount, spec, owner: null, ledgerOnly: null };
    this.rows.push(r);
    return r;
  }

  // ---------------------------------------------------------- decisions

  own(rows, line) {
    for (const r of rows) {
      if (r.owner) throw new Error(`book row ${r.spec.kind} ${r.date} owned twice`);
      r.owner = line;
    }
  }
  set(line, d) {
    if (line.decision) throw new Error(`line ${line.spec.kind} ${line.date} decided twice`);
    line.decision = d;
  }
  auto(line, rows, { evidence, traits, difference = null }) {
    this.set(line, { decision: 'auto', expect: 'match', rows, evidence, traits, difference, group: null });
    this.own(rows, line);
    return line;
  }
  /** several lines paying the same rows together (instalments, a bill split over a channel limit) */
  autoGroup(lines, rows, { evidence, traits }) {
    const g = `g${String(++this.groups).padStart(3, '0')}`;
    for (const l of lines) this.set(l, { decision: 'auto', expect: 'match', rows, evidence, traits, group: g });
    this.own(rows, lines[0]);
  }
  twins(lines, rows, { evidence, traits }) {
    for (const l of lines)
      this.set(l, { decision: 'auto', expect: 'match', anyOf: rows.map((r) => [r]), evidence, traits });
    this.own(rows, lines[0]);
  }
  suggest(line, rows, { mustNotAuto, evidence, traits }) {
    this.set(line, { decision: 'suggest', expect: 'match', rows, evidence, traits, mustNotAuto });
    this.own(rows, line);
  }
  tie(line, rows, { evidence, traits }) {
    this.set(line, {
      decision: 'suggest',
      expect: 'match',
      anyOf: rows.map((r) => [r]),
      evidence,
      traits,
      mustNotAuto: true,
    });
    this.own(rows, line);
  }
  bankOnly(line, kind, traits = []) {
    this.set(line, { decision: 'bank-only', expect: 'bank-only', kind, traits });
  }
  none(line, traits) {
    this.set(line, { decision: 'none', expect: 'no-counterpart', traits });
  }
  reversal(a, b, traits) {
    this.set(a, { decision: 'reversal-pair', expect: 'reversal-pair', partner: b, traits });
    this.set(b, { decision: 'reversal-pair', expect: 'reversal-pair', partner: a, traits });
  }
  ledgerOnly(row, why) {
    if (row.owner) throw new Error('ledger-only row already owned');
    row.ledgerOnly = why;
    row.owner = 'ledgerOnly';
  }

  // ---------------------------------------------------------- order

  /** bank lines in posting order (date, time of day, creation) */
  sortedLines() {
    return this.lines.slice().sort((a, b) => a.date.localeCompare(b.date) || a.minutes - b.minutes || a.id - b.id);
  }
  sortedRows() {
    return this.rows.slice().sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }
}
