/**
 * A card terminal's takings paid in as a deposit ("SPEEDPOINT DEP MERCH 4455123"), the books holding the day's gross
 * card sales and the acquirer's commission: read as a settlement net of its booked fee, like one worded as a
 * settlement.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const books = [
  entry('gross', '1996-05-03', 2_480_00, {
    currency: 'ZAR',
    reference: 'SP0305',
    description: 'Speedpoint card sales 3 May, gross',
  }),
  entry('fee', '1996-05-03', -86_80, {
    currency: 'ZAR',
    reference: 'SP0305',
    description: 'Card commission 3.5%, sales of 3 May',
  }),
];
const offered = (r: ReturnType<typeof reconcile>) =>
  [...r.matches.map((m) => m.ledgerIds), ...r.suggestions.map((s) => s.candidates[0]!.ledgerIds)].map((ids) =>
    [...ids].sort(),
  );

describe("a card terminal's deposit", () => {
  it('is read against the gross and its booked commission', () => {
    const r = reconcile(
      [bankLine('b', '1996-05-06', 2_393_20, { currency: 'ZAR', narration: 'SPEEDPOINT DEP MERCH 4455123' })],
      books,
      { timezone: 'Africa/Johannesburg' },
    );
    expect(offered(r)).toEqual([['fee', 'gross']]);
  });

  it('a cash deposit of the amount is not', () => {
    const r = reconcile(
      [bankLine('b', '1996-05-06', 2_393_20, { currency: 'ZAR', narration: 'CASH DEP MERCH 4455123' })],
      books,
      { timezone: 'Africa/Johannesburg' },
    );
    expect(offered(r)).toEqual([]);
  });
});
