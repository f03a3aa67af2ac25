/**
 * What an evaluation counts, per corpus: auto-confirmed bank lines (right or wrong), lines that have a counterpart in
 * the books (the recall denominator), and where the right answer ranked among the suggestions when not confirmed.
 */
export interface Tally {
  /** bank lines auto-confirmed into a group with ledger entries (or a reversal pair) */
  auto: number;
  autoRight: number;
  /** lines that should have been confirmed (they have a counterpart and are not ambiguous) */
  shouldAuto: number;
  /** of those, confirmed with the right group */
  recalled: number;
  /** lines with a counterpart that a person is shown: right set ranked first / within three */
  ranked: number;
  top1: number;
  top3: number;
  /** auto-confirmed although only a suggestion was expected, with the right set (counted right, reported apart) */
  overConfident: number;
  /** lines with a counterpart left to a person because the amount differs with no tolerance configured (principle 6) */
  heldByTolerance: number;
  cases: number;
  casesPassed: number;
  failures: string[];
}

export const emptyTally = (): Tally => ({
  auto: 0,
  autoRight: 0,
  shouldAuto: 0,
  recalled: 0,
  ranked: 0,
  top1: 0,
  top3: 0,
  overConfident: 0,
  heldByTolerance: 0,
  cases: 0,
  casesPassed: 0,
  failures: [],
});

export function addTally(a: Tally, b: Tally): Tally {
  return {
    auto: a.auto + b.auto,
    autoRight: a.autoRight + b.autoRight,
    shouldAuto: a.shouldAuto + b.shouldAuto,
    recalled: a.recalled + b.recalled,
    ranked: a.ranked + b.ranked,
    top1: a.top1 + b.top1,
    top3: a.top3 + b.top3,
    overConfident: a.overConfident + b.overConfident,
    heldByTolerance: a.heldByTolerance + b.heldByTolerance,
    cases: a.cases + b.cases,
    casesPassed: a.casesPassed + b.casesPassed,
    failures: [...a.failures, ...b.failures],
  };
}

export const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

export function tallyRow(name: string, t: Tally): string {
  return [
    name.padEnd(40),
    `${t.casesPassed}/${t.cases}`.padStart(9),
    `${pct(t.autoRight, t.auto)} (${t.autoRight}/${t.auto})`.padStart(20),
    `${pct(t.recalled, t.shouldAuto)} (${t.recalled}/${t.shouldAuto})`.padStart(20),
    `${pct(t.top1, t.ranked)} (${t.top1}/${t.ranked})`.padStart(18),
    `${pct(t.top3, t.ranked)}`.padStart(7),
    String(t.overConfident).padStart(10),
    String(t.heldByTolerance).padStart(9),
  ].join(' ');
}

export const TALLY_HEADER = [
  'corpus'.padEnd(40),
  'cases ok'.padStart(9),
  'auto precision'.padStart(20),
  'recall'.padStart(20),
  'top-1'.padStart(18),
  'top-3'.padStart(7),
  'over-conf.'.padStart(10),
  'held(tol)'.padStart(9),
].join(' ');
