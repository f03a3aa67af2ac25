// The month builder: bank lines (with their charge lines right below them), book rows, and the decision each line
// carries. `check()` refuses a month whose cells do not bear out its truth.
import { tokens, shares, workingDays, addDays, isWorkingDay } from './lib45.mjs';

export class Month {
  constructor({ year, month, holidays = [], rng }) {
    Object.assign(this, { year, month, holidays, rng });
    this.days = workingDays(year, month, holidays);
    this.lines = [];
    this.rows = [];
    this.seq = 0;
    this.groupNo = 0;
    this.ledgerOnlyRows = [];
  }
  /** the n-th working day (1-based; negative counts from the month's end) */
  wd(n) {
    return n > 0 ? this.days[n - 1] : this.days[this.days.length + n];
  }
  /** a working day at or after the given day of the month */
  on(day) {
    let iso = `${this.year}-${String(this.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    while (!isWorkingDay(iso, this.holidays)) iso = addDays(iso, 1);
    return iso;
  }
  randomDay(from = 1, to = this.days.length) {
    return this.days[this.rng.int(from, to) - 1];
  }
  /** a book date up to `max` days before the bank date, never before the 1st */
  lag(iso, max = 2) {
    const d = addDays(iso, -this.rng.int(0, max));
    return d.slice(0, 7) === iso.slice(0, 7) ? d : iso;
  }
  line(date, amount, text, ref = '', extra = {}) {
    if (!this.days.includes(date)) throw new Error(`bank line on a non-working day ${date}: ${text}`);
    const l = { kind: 'line', date, amount, text, ref, seq: this.seq++, party: '', traits: [], ...extra };
    this.lines.push(l);
    return l;
  }
  row(date, amount, fields) {
    const r = { kind: 'row', date, amount, seq: this.seq++, ref: '', party: '', desc: '', desc2: '', ...fields };
    this.rows.push(r);
    return r;
  }
  /** a charge line right below its parent (same date), explained by no book row */
  charge(parent, amount, text, kind, ref = '') {
    const l = this.line(parent.date, -Math.abs(amount), text, ref);
    return this.bankOnly(l, kind);
  }
  decide(lines, d) {
    for (const l of [lines].flat()) {
      if (l.decision) throw new Error(`line decided twice: ${l.text}`);
      Object.assign(l, d, { traits: [...l.traits, ...(d.traits ?? [])] });
    }
    return lines;
  }
  auto(lines, rows, evidence, traits = []) {
    const group = [lines].flat().length > 1 ? `g${++this.groupNo}` : null;
    return this.decide(lines, { decision: 'auto', rows: [rows].flat(), evidence, traits, group });
  }
  suggest(lines, rows, evidence, mustNotAuto, traits = []) {
    const group = [lines].flat().length > 1 ? `g${++this.groupNo}` : null;
    return this.decide(lines, { decision: 'suggest', rows: [rows].flat(), evidence, mustNotAuto, traits, group });
  }
  tie(line, rowsA, rowsB, evidence) {
    return this.decide(line, {
      decision: 'suggest',
      anyOf: [[rowsA].flat(), [rowsB].flat()],
      evidence,
      mustNotAuto: true,
      traits: ['tie'],
    });
  }
  twins(l1, l2, r1, r2, evidence) {
    this.decide(l1, { decision: 'auto', anyOf: [[r1], [r2]], evidence, traits: ['twins'] });
    this.decide(l2, { decision: 'auto', anyOf: [[r1], [r2]], evidence, traits: ['twins'] });
  }
  reversal(l1, l2) {
    this.decide(l1, { decision: 'reversal-pair', partner: l2, traits: ['reversal'] });
    this.decide(l2, { decision: 'reversal-pair', partner: l1, traits: ['reversal'] });
  }
  bankOnly(line, kind) {
    return this.decide(line, { decision: 'bank-only', bankKind: kind, traits: [] });
  }
  none(line, traits) {
    return this.decide(line, { decision: 'none', traits });
  }
  ledgerOnly(row, why) {
    this.ledgerOnlyRows.push({ row, why });
    return row;
  }

  /** lines and rows in time order (charges stay right below their parents: consecutive sequence numbers) */
  sorted() {
    const by = (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq);
    return { lines: [...this.lines].sort(by), rows: [...this.rows].sort(by) };
  }

  /** the evidence a line (or group) has for a set of rows, by the rule in lib45 */
  static evidence(lines, rows) {
    const b = tokens(lines.flatMap((l) => [l.text, l.ref, l.party]));
    const k = tokens(rows.flatMap((r) => [r.desc, r.desc2, r.ref, r.party]));
    if (shares(b.refs, k.refs)) return 'reference';
    if (shares(b.words, k.words)) return 'counterparty';
    return 'amount';
  }

  check() {
    const owned = new Map();
    const own = (r, why) => {
      if (owned.has(r)) throw new Error(`book row owned twice: ${r.desc} (${owned.get(r)} / ${why})`);
      owned.set(r, why);
    };
    const groups = new Map();
    for (const l of this.lines) {
      if (!l.decision) throw new Error(`undecided line ${l.date} ${l.text}`);
      if (l.group) groups.set(l.group, [...(groups.get(l.group) ?? []), l]);
    }
    for (const { row } of this.ledgerOnlyRows) own(row, 'ledger-only');
    const seenAnyOf = new Set();
    for (const l of this.lines) {
      if (l.anyOf) {
        const key = l.anyOf
          .flat()
          .map((r) => r.seq)
          .join(',');
        if (!seenAnyOf.has(key)) l.anyOf.flat().forEach((r) => own(r, 'options'));
        seenAnyOf.add(key);
        for (const opt of l.anyOf) {
          const ev = Month.evidence([l], opt);
          if (ev !== l.evidence) throw new Error(`evidence ${ev} ≠ ${l.evidence}: ${l.text}`);
        }
        continue;
      }
      if (l.rows && (!l.group || groups.get(l.group)[0] === l)) {
        const glines = l.group ? groups.get(l.group) : [l];
        l.rows.forEach((r) => own(r, l.text));
        const ev = Month.evidence(glines, l.rows);
        if (ev !== l.evidence) throw new Error(`evidence ${ev} ≠ ${l.evidence}: ${l.text}`);
        const bank = glines.reduce((s, x) => s + x.amount, 0);
        const book = l.rows.reduce((s, r) => s + r.amount, 0);
        const diff = bank - book;
        if (diff !== 0) {
          if (l.decision === 'auto' && Math.abs(diff) * 10 > Math.abs(book))
            throw new Error(`difference over 10 %: ${l.text}`);
          const signed = l.traits.some((t) => (diff < 0 ? t.startsWith('short-') : t.startsWith('over-')));
          if (!signed && l.decision === 'auto') throw new Error(`difference without a trait: ${l.text}`);
        }
        glines.forEach((x) => (x.difference = diff));
        if (l.decision === 'auto' && ev === 'amount') throw new Error(`auto on amount alone: ${l.text}`);
        if (l.decision === 'auto' && ev === 'reference') {
          const lt = tokens(glines.flatMap((x) => [x.text, x.ref, x.party]));
          for (const r of this.rows)
            if (
              !l.rows.includes(r) &&
              r.amount === bank &&
              shares(lt.refs, tokens([r.desc, r.desc2, r.ref, r.party]).refs)
            )
              throw new Error(`reference shared with another row: ${l.text} / ${r.desc}`);
        }
        if (l.decision === 'auto' && ev === 'counterparty') {
          const lt = tokens(glines.flatMap((x) => [x.text, x.ref, x.party]));
          for (const r of this.rows)
            if (
              !l.rows.includes(r) &&
              r.amount === book &&
              shares(lt.words, tokens([r.desc, r.desc2, r.ref, r.party]).words)
            )
              throw new Error(`name-only auto not unambiguous: ${l.text}`);
        }
      }
      if (l.decision === 'none' || l.decision === 'bank-only') {
        for (const r of this.rows)
          if (r.amount === l.amount && !(l.traits.includes('decoy') && this.ledgerOnlyRows.some((x) => x.row === r)))
            throw new Error(`${l.decision} line with a book row of its amount: ${l.text}`);
      }
      if (l.decision === 'reversal-pair' && l.partner.amount !== -l.amount) throw new Error(`pair not cancelling`);
    }
    for (const r of this.rows) if (!owned.has(r)) throw new Error(`book row owned by nothing: ${r.desc} ${r.date}`);
  }
}
