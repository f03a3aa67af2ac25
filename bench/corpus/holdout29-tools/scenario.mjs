// The month a set lives through: bank lines and book rows as the events of the month make them, each bank line with
// the decision a careful bookkeeper would take. Sets (set-*.mjs) write their own events with these helpers; the
// mechanics here (order, running balances, the truth's shape, the check of what cells carry) are shared.
import { bigrams, docNumbers } from './lib.mjs';

export class Month {
  constructor({ rng, cal, currency }) {
    this.rng = rng;
    this.cal = cal;
    this.currency = currency;
    this.lines = [];
    this.rows = [];
    this.groups = 0;
    this.seq = 0;
  }

  /** A bank line. `t` orders lines within a day (minutes); fees take their parent's t plus a little. */
  line(spec) {
    if (!this.cal.inMonth(spec.date)) throw new Error(`bank line outside the month: ${spec.date} ${spec.text}`);
    const l = {
      kind: 'bank',
      id: `L${++this.seq}`,
      date: spec.date,
      t: spec.t ?? this.rng.int(480, 1020),
      amount: spec.amount,
      text: spec.text,
      ref: spec.ref ?? '',
      cp: spec.cp ?? '',
      cpAcct: spec.cpAcct ?? '',
      chq: spec.chq ?? '',
      valueDate: spec.valueDate ?? spec.date,
      extra: spec.extra ?? {},
      truth: null,
    };
    if (!Number.isSafeInteger(l.amount) || l.amount === 0) throw new Error(`bad amount on ${l.text}`);
    this.lines.push(l);
    return l;
  }

  /** A fee line right after `parent` (same day), with its own words. */
  after(parent, spec, k = 1) {
    return this.line({ date: parent.date, t: parent.t + k * 0.01, ...spec });
  }

  /** A book row. `post` orders rows in a posting-order export (defaults to date order). */
  row(spec) {
    const r = {
      kind: 'book',
      id: `R${++this.seq}`,
      date: spec.date,
      amount: spec.amount,
      account: spec.account ?? null,
      cells: spec.cells,
      post: spec.post ?? null,
      owned: null,
    };
    if (!Number.isSafeInteger(r.amount) || r.amount === 0) throw new Error(`bad book amount ${JSON.stringify(spec)}`);
    this.rows.push(r);
    return r;
  }

  group() {
    this.groups += 1;
    return `g${String(this.groups).padStart(3, '0')}`;
  }

  #set(line, truth) {
    if (line.truth) throw new Error(`line ${line.text} decided twice`);
    line.truth = {
      expect: 'match',
      decision: 'auto',
      ledger: null,
      anyOf: null,
      group: null,
      evidence: null,
      ambiguous: false,
      kind: null,
      partner: null,
      mustNotAuto: undefined,
      difference: undefined,
      traits: [],
      ...truth,
    };
  }

  /** auto: the evidence is unambiguous; `difference` (minor, bank − books) when the amounts differ for a known reason */
  auto(line, rows, { evidence, traits = [], difference, group } = {}) {
    this.#set(line, { ledger: rows, evidence, traits, difference, group: group ?? null });
    for (const r of rows) this.#own(r, line);
  }
  /** auto, either of several equal answers (indistinguishable twins) */
  autoAnyOf(line, options, { evidence, traits = [] } = {}) {
    this.#set(line, { ledger: null, anyOf: options, ambiguous: true, evidence, traits });
    for (const opt of options) for (const r of opt) r.owned ??= line;
  }
  /** suggest: right, but a person should look; mustNotAuto when an automatic pick would be a guess */
  suggest(line, rows, { evidence, traits = [], mustNotAuto = false, anyOf } = {}) {
    this.#set(line, {
      decision: 'suggest',
      ledger: anyOf ? null : rows,
      anyOf: anyOf ?? null,
      ambiguous: Boolean(anyOf),
      evidence,
      traits,
      mustNotAuto,
    });
    if (!anyOf) for (const r of rows) this.#own(r, line);
    else for (const opt of anyOf) for (const r of opt) r.owned ??= line;
  }
  none(line, traits = []) {
    this.#set(line, { expect: 'no-counterpart', decision: 'none', traits });
  }
  bankOnly(line, kind, traits = []) {
    this.#set(line, { expect: 'bank-only', decision: 'bank-only', kind, traits });
  }
  reversal(a, b, traitsA = [], traitsB = []) {
    this.#set(a, { expect: 'reversal-pair', decision: 'reversal-pair', partner: b, traits: traitsA });
    this.#set(b, { expect: 'reversal-pair', decision: 'reversal-pair', partner: a, traits: traitsB });
  }
  ledgerOnly(row, why) {
    if (row.owned) throw new Error('ledger-only row already owned');
    row.owned = 'ledger-only';
    row.why = why;
  }
  otherAccount(row) {
    row.owned = 'other-account';
  }
  #own(r, line) {
    // lines of one group (instalments) share their rows; anything else owning a row twice is a generator bug
    if (r.owned && !(line.truth.group && r.owned.truth?.group === line.truth.group))
      throw new Error(`book row ${r.id} owned twice`);
    r.owned ??= line;
  }
}

/** Bank lines in posting order: by date, then time of day. */
export const bankOrder = (lines) =>
  lines
    .map((l, i) => [l, i])
    .sort(([a, i], [b, j]) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.t - b.t || i - j))
    .map(([l]) => l);

/**
 * The opening balance: `base` raised in whole thousands until no running balance goes below `floor`. Returns the
 * opening balance and assigns `balance` on each line (in the given order).
 */
export function runBalances(ordered, base, floor = 0) {
  let low = 0;
  let run = 0;
  for (const l of ordered) {
    run += l.amount;
    if (run < low) low = run;
  }
  let opening = base;
  if (opening + low < floor) opening += Math.ceil((floor - (opening + low)) / 100000) * 100000;
  run = opening;
  for (const l of ordered) {
    run += l.amount;
    l.balance = run;
  }
  return { opening, closing: run };
}

/**
 * What the bank cells really carry for a line's answer: `reference` when every answer row shares a document number
 * with the line, `counterparty` when a pair of the answer's name words is in the line, else `amount`.
 */
export function carriedEvidence(bankText, rowTexts) {
  const nums = docNumbers(bankText);
  const allRef = rowTexts.length > 0 && rowTexts.every((t) => [...docNumbers(t)].some((n) => nums.has(n)));
  if (allRef) return 'reference';
  const bg = bigrams(bankText);
  if (rowTexts.some((t) => [...bigrams(t)].some((b) => bg.has(b)))) return 'counterparty';
  return 'amount';
}
