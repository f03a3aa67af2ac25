/**
 * A long number the books space in groups, a prepaid meter's ("Token – meter 3718 2234 561", "contador 0416 1234
 * 567"), while the bank writes it whole ("KPLC PREPAID/MTR 37182234561", reference 04161234567): three lines of
 * holdout53 and holdout54 offered only.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

describe('a long number spaced in groups', () => {
  it('is the number written whole', () => {
    expect(ledgerKeys(null, 'Token – meter 3718 2234 561')).toContain('D:37182234561');
    expect(bankKeys('KPLC PREPAID/MTR 37182234561', null)).toContain('D:37182234561');
    expect(ledgerKeys(null, 'contador 0416 1234 567')).toContain('D:4161234567');
  });

  it('is not an amount spaced as thousands, nor a short run', () => {
    expect(ledgerKeys(null, 'Paid 1 250 000 on account').some((k) => k.startsWith('D:'))).toBe(false);
    expect(ledgerKeys(null, 'Tel 0803 114').some((k) => k.startsWith('D:'))).toBe(false);
    // the first group of three: "123 4567 8901" spaces no meter's number as the meters print them
    expect(ledgerKeys(null, 'ref 123 4567 890').some((k) => k.startsWith('D:'))).toBe(false);
  });

  it("confirms the meter's token where another token of the amount is open", () => {
    const result = reconcile(
      [bankLine('b', '2035-04-19', -8_000_00, { currency: 'KES', narration: 'KPLC PREPAID/MTR 37182234561' })],
      [
        entry('own', '2035-04-19', -8_000_00, {
          currency: 'KES',
          party: 'Kenya Power',
          description: 'Token – meter 3718 2234 561',
        }),
        entry('other', '2035-04-18', -8_000_00, {
          currency: 'KES',
          party: 'Kenya Power',
          description: 'Token – meter 3718 9954 002',
        }),
      ],
    );
    expect(result.matches.map((m) => m.ledgerIds)).toEqual([['own']]);
  });
});
