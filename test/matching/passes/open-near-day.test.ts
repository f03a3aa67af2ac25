import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssignmentState } from '../../../matching/assignment.js';
import { openState } from '../../../matching/engine.js';
import { OpenNearDay } from '../../../matching/passes/open-near-day.js';
import type { PreparedLedger } from '../../../matching/prepared.js';
import { entry } from '../build.js';

/**
 * The rule read literally, as the split pass's pools followed it before OpenNearDay: every entry of the side sorted by
 * (day, order) and examined from the day outwards, nearer first, the later side on equal distance; claimed entries are
 * examined and refused; stop at `limit` kept or `20 × limit` examined.
 */
function nearByWalking(
  state: AssignmentState,
  currency: string,
  sign: number,
  day: number,
  fromDay: number,
  toDay: number,
  limit: number,
  accept: (l: PreparedLedger) => boolean,
): PreparedLedger[] {
  const side = state.ledgers
    .filter((l) => l.entry.currency === currency && l.sign === sign)
    .sort((x, y) => x.day - y.day || x.order - y.order);
  let right = side.findIndex((l) => l.day >= day);
  if (right < 0) right = side.length;
  let left = right - 1;
  const out: PreparedLedger[] = [];
  let examined = 0;
  while (out.length < limit && examined < limit * 20) {
    const r = right < side.length && side[right]!.day <= toDay;
    const l = left >= 0 && side[left]!.day >= fromDay;
    if (!r && !l) break;
    const pick = r && (!l || side[right]!.day - day <= day - side[left]!.day) ? side[right++]! : side[left--]!;
    examined++;
    if (state.ledgerOpen(pick) && accept(pick)) out.push(pick);
  }
  return out;
}

// entries crowded on a few days (ties on a day are the hard part), either direction, two currencies, some claimed;
// enough of them on a side that the cap on entries examined (20 for each one wanted) is reached
const books = fc.array(
  fc.record({
    day: fc.integer({ min: 1, max: 9 }),
    amount: fc.integer({ min: -50, max: 50 }).filter((a) => a !== 0),
    currency: fc.constantFrom('NGN', 'KES'),
    claimed: fc.boolean(),
  }),
  { minLength: 20, maxLength: 200, size: 'max' },
);

const asks = fc.record({
  currency: fc.constantFrom('NGN', 'KES', 'GHS'),
  sign: fc.constantFrom(1, -1),
  day: fc.integer({ min: -1, max: 11 }),
  below: fc.nat(4),
  above: fc.nat(4),
  limit: fc.integer({ min: 1, max: 4 }),
  odd: fc.boolean(),
});

describe('open entries near a day', () => {
  it('finds what walking the side entry by entry finds, in the same order', () => {
    fc.assert(
      fc.property(books, fc.array(asks, { minLength: 1, maxLength: 8 }), (rows, questions) => {
        const ledger = rows.map((r, i) =>
          entry(`e${String(i).padStart(3, '0')}`, `2025-06-0${r.day}`, r.amount, { currency: r.currency }),
        );
        const state = openState([], ledger);
        state.ledgers.forEach((l, i) => {
          if (rows[i]!.claimed) state.claim({ bankIds: [], ledgerIds: [l.entry.id] } as never, [], [l]);
        });
        const near = new OpenNearDay(state);
        const day0 = state.ledgers.length > 0 ? Math.min(...state.ledgers.map((l) => l.day)) : 0;
        for (const q of questions) {
          const day = day0 + q.day;
          const accept = (l: { abs: number }) => (l.abs % 2 === 1) === q.odd;
          const expected = nearByWalking(state, q.currency, q.sign, day, day - q.below, day + q.above, q.limit, accept);
          const found = near.near(q.currency, q.sign, day, day - q.below, day + q.above, q.limit, accept);
          expect(found.map((l) => l.entry.id)).toEqual(expected.map((l) => l.entry.id));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers the same across a span of millennia (counts kept per distinct day, not per day of the span)', () => {
    const dates = ['0100-01-01', '2025-06-01', '2025-06-01', '2025-06-03', '2025-06-04', '9999-12-31'];
    const ledger = dates.map((d, i) => entry(`e${i}`, d, 100 + (i % 2)));
    const state = openState([], ledger);
    state.claim({ bankIds: [], ledgerIds: ['e2'] } as never, [], [state.ledgers[2]!]);
    const near = new OpenNearDay(state);
    const all = () => true;
    for (const l of state.ledgers)
      for (const reach of [0, 2, 3_000_000])
        for (const limit of [1, 3]) {
          const expected = nearByWalking(state, 'NGN', 1, l.day, l.day - reach, l.day + reach, limit, all);
          const found = near.near('NGN', 1, l.day, l.day - reach, l.day + reach, limit, all);
          expect(found.map((x) => x.entry.id)).toEqual(expected.map((x) => x.entry.id));
        }
  });
});
