import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Pair, byScoreThenIds } from '../../../matching/assignment.js';
import { strongestFirst, strongestPairsFirst } from '../../../matching/passes/strongest-first.js';

// only what the order reads: strength, line order and entry order
const pair = (b: number, l: number, strength: number) =>
  ({ b: { order: b }, l: { order: l }, s: { strength } }) as unknown as Pair;

// pairs as the passes collect them: line by line in bank order, a line's own pairs in any order
const gathered = fc
  .array(
    fc.record({
      line: fc.nat(30),
      pairs: fc.array(fc.record({ l: fc.nat(20), strength: fc.constantFrom(0.55, 0.9, 1.05, 1.2) }), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
    { maxLength: 40 },
  )
  .map((lines) =>
    [...lines]
      .sort((x, y) => x.line - y.line)
      .flatMap(({ line, pairs }) => pairs.map((p) => pair(line, p.l, p.strength))),
  );

describe('strongest first', () => {
  it('orders pairs as a stable sort by byScoreThenIds does', () => {
    fc.assert(
      fc.property(gathered, (pairs) => {
        expect(strongestPairsFirst(pairs)).toEqual([...pairs].sort(byScoreThenIds));
      }),
    );
  });

  it('orders by an outer strength first, then as the pairs rank, in any input order', () => {
    fc.assert(
      fc.property(gathered, fc.array(fc.constantFrom(0, 0.1), { minLength: 200, maxLength: 200 }), (pairs, extra) => {
        const outer = new Map(pairs.map((p, i) => [p, p.s.strength + extra[i]!]));
        const items = [...pairs].reverse();
        const expected = [...items].sort((x, y) => outer.get(y)! - outer.get(x)! || byScoreThenIds(x, y));
        expect(strongestFirst(items, (p) => outer.get(p)!)).toEqual(expected);
      }),
    );
  });
});
