import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postingOrder } from '../../adapters/mono/posting-order.js';
import { findBalanceBreaks } from '../../domain/transactions.js';

interface Line {
  providerTxnId: string;
  amountMinor: number;
  balanceMinor: number | null;
}

/** A clean chain: each line's balance is the previous balance plus its signed amount. */
function chain(opening: number, amounts: number[]): Line[] {
  let b = opening;
  return amounts.map((a, i) => {
    b += a;
    return { providerTxnId: `t${i}`, amountMinor: a, balanceMinor: b };
  });
}

const distinctBalances = (lines: Line[], opening: number) =>
  new Set([opening, ...lines.map((l) => l.balanceMinor)]).size === lines.length + 1;

describe('posting order from the running-balance chain', () => {
  it('from a known opening, a dropped credit in a zero-balance account breaks the chain', () => {
    // +100/−100, [+250 dropped]/−250, +80/−80 from 0: without the opening the chain may start at −250 (its opening is
    // no other line's closing) and run on unbroken.
    const [a, b, , d, e, f] = chain(0, [100, -100, 250, -250, 80, -80]);
    const served = [a!, b!, d!, e!, f!];
    expect(findBalanceBreaks(postingOrder(served, 0))).toHaveLength(1);
    expect(postingOrder(served, 0)[0]).toBe(a);
  });

  it('a levy stamped after the next item but posted before it reports no break', () => {
    // Receipt ₦10,000 → levy ₦50 → transfer out ₦2,000; Mono (by timestamp) lists the transfer before the levy.
    const [receipt, levy, transfer] = chain(100_000_00, [10_000_00, -50_00, -2_000_00]) as [Line, Line, Line];
    const byTimestamp = [receipt, transfer, levy];
    expect(findBalanceBreaks(byTimestamp)).toHaveLength(2);
    expect(findBalanceBreaks(postingOrder(byTimestamp))).toHaveLength(0);
    expect(postingOrder(byTimestamp).map((l) => l.providerTxnId)).toEqual(['t0', 't1', 't2']);
  });

  it('any local reordering or back-dated move of a clean chain checks out; a missing line is always a break', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(
          fc.integer({ min: -500_000, max: 500_000 }).filter((a) => a !== 0),
          { minLength: 3, maxLength: 80 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })), { maxLength: 10 }),
        fc.nat(),
        (opening, amounts, moves, gapAt) => {
          const lines = chain(opening, amounts);
          fc.pre(distinctBalances(lines, opening));
          // Mono's order: lines moved earlier by a few places (timestamps that disagree, value-dated postings).
          const served = [...lines];
          for (const [at, by] of moves) {
            const i = at % served.length;
            const [x] = served.splice(i, 1);
            served.splice(Math.max(0, i - by), 0, x!);
          }
          expect(findBalanceBreaks(postingOrder(served))).toEqual([]);
          const gap = 1 + (gapAt % (lines.length - 2));
          const withGap = served.filter((l) => l.providerTxnId !== `t${gap}`);
          expect(findBalanceBreaks(postingOrder(withGap)).length).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lines without a balance keep their place and carry their amount', () => {
    const lines = chain(1_000, [100, -20, 30]);
    lines[1]!.balanceMinor = null;
    expect(findBalanceBreaks(postingOrder(lines))).toEqual([]);
  });
});
