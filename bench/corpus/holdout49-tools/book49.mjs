// One month under construction: statement lines, book rows and what an accountant says about each line.
import { rng } from './lib49.mjs';

export function book(m, seed) {
  const r = rng(seed);
  const lines = [];
  const rows = [];
  const ledgerOnly = [];
  const taken = new Set();
  let seq = 0;

  /** a fresh amount in minor units between lo and hi (major units), a multiple of `step` minor */
  const draw = (lo, hi, step = 100) => {
    for (let k = 0; k < 1000; k++) {
      const a = r.int(Math.ceil((lo * 100) / step), Math.floor((hi * 100) / step)) * step;
      if (!taken.has(a)) {
        taken.add(a);
        return a;
      }
    }
    throw new Error(`no fresh amount in ${lo}..${hi}`);
  };
  /** mark a fixed amount as used (fees, levies and sweeps may repeat; drawn amounts never meet them) */
  const fixed = (a) => {
    taken.add(Math.abs(a));
    return a;
  };

  /** a statement line: amount signed minor units (money in positive) */
  const line = (spec) => {
    const L = { seq: seq++, valueDate: spec.date, ref: null, fee: 0, ...spec, truth: null };
    lines.push(L);
    return L;
  };
  /** a book row of the bank account's ledger: amount signed as it moves the bank account */
  const row = (spec) => {
    const R = { seq: seq++, ref: null, party: null, ...spec };
    rows.push(R);
    return R;
  };
  /**
   * The accountant's word on line L: decision auto | suggest | bank-only | none | reversal-pair, with `ledger` rows
   * (or `anyOf` sets of rows), `group`, `ambiguous`, `partner`, `evidence` meant, `difference` (minor), `mustNotAuto`,
   * `kind`, `traits`.
   */
  const say = (L, t) => {
    if (L.truth) throw new Error(`line decided twice: ${L.text}`);
    L.truth = { ledger: [], traits: [], group: null, ambiguous: false, partner: null, ...t };
    return L;
  };
  const onlyInBooks = (R, why) => ledgerOnly.push({ R, why });

  return { r, m, lines, rows, ledgerOnly, draw, fixed, line, row, say, onlyInBooks };
}
