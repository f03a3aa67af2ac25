/**
 * The books' amount typed with two digits swapped (holdouts' "books-amount-transposed" lines: 14,593.00 booked for
 * the bank's 14,539.00): the candidate says so, and that the entry is to be corrected, rather than proposing a charge
 * to write the difference off to.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { digitsSwapped } from '../../matching/transposed-digits.js';
import { bankLine, entry } from './build.js';

describe('two digits swapped', () => {
  it('is two digits of the same amount exchanged, anywhere, and nothing else', () => {
    expect(digitsSwapped(14_539_00, 14_593_00)).toBe(true);
    expect(digitsSwapped(76_067_00, 70_667_00)).toBe(true);
    expect(digitsSwapped(184_500_00, 148_500_00)).toBe(true);
    // across the decimal point: 1,423.06 for 1,420.36
    expect(digitsSwapped(142_306, 142_036)).toBe(true);
    for (const [a, b] of [
      [14_539_00, 14_539_00],
      [14_539_00, 14_548_00], // a difference of nine, no swap
      [14_539_00, 145_390_00], // the same digits, one more
      [12_345, 21_354], // two swaps
      [12_345, 12_354 + 9], // three digits differ
    ] as const)
      expect(digitsSwapped(a, b), `${a} ${b}`).toBe(false);
  });

  it('is said on the candidate, with both amounts and what to do', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-12-12', 14_539_00, {
          currency: 'GHS',
          narration: 'GHIPSS INSTANT PAY FROM KASOA GLASS /10471',
        }),
      ],
      [entry('e', '2025-12-12', 14_593_00, { currency: 'GHS', reference: 'CI10471', party: 'Kasoa Glass Works' })],
    );
    const details = r.suggestions[0]!.candidates[0]!.evidence.map((e) => e.detail).join(' ');
    expect(details).toContain(
      "the books' 1459300 minor units and the bank's 1453900 minor units are the same digits with two swapped",
    );
    expect(details).not.toContain('perhaps');
  });
});
