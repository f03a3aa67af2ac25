/**
 * holdout61's one wrong auto-match, a planted decoy (measured blind at d76d3cb8): a transfer to a supplier quoting
 * its invoice with the series letters ("INV NMS/3391") taken for two of the supplier's other bills booked that day,
 * which sum to it. A line quoting a document pays that document, however the series is written.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const supplier = { currency: 'KES' as const, party: 'Nyahururu Medical & Surgical Supplies' };
const bills = [
  entry('b3350', '2025-08-28', -30_000_00, {
    ...supplier,
    reference: '100251',
    description: 'Bill NMS/3350 - wound-care supplies',
  }),
  entry('b3362', '2025-08-28', -12_500_00, {
    ...supplier,
    reference: '100252',
    description: 'Bill NMS/3362 - syringe drivers',
  }),
];
const taken = (narration: string) =>
  reconcile([bankLine('b', '2025-08-28', -42_500_00, { currency: 'KES', narration })], bills).matches.map((m) =>
    [...m.ledgerIds].sort(),
  );

describe('holdout61 decoy', () => {
  it("a transfer quoting another invoice of the supplier's series is not two bills that sum to it", () => {
    expect(taken('EFT TO NYAHURURU MEDICAL & SURGICAL SUPPLIES INV NMS/3391')).toEqual([]);
    expect(taken('EFT TO NYAHURURU MEDICAL & SURGICAL SUPPLIES')).toEqual([['b3350', 'b3362']]);
  });
});
