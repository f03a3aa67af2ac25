/** A year-less serial names the document withheld at source only when the payer is named and says what it withheld. */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

describe('a bare serial with the withholding stated', () => {
  const withheld = (narration: string) =>
    reconcile(
      [bankLine('b1', '2025-06-19', 2_218_417_67, { narration })],
      [
        entry('l1', '2025-06-20', 2_335_176_50, {
          reference: 'INV/2025/00339',
          party: 'Divine Favour Provisions Store',
          description: 'INV/2025/00339',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    ).matches.map((m) => m.ledgerIds);

  it('confirms the one open document when the payer is named and says what it withheld', () => {
    expect(withheld('NIP/100004250619145551435550997991/DIVINE FAVOUR PROVISIO/inv 339 LESS 5% WHT')).toEqual([['l1']]);
  });

  it('leaves a bare serial to a person when the payer states nothing, or is not named', () => {
    expect(withheld('NIP/100004250619145551435550997991/DIVINE FAVOUR PROVISIO/inv 339')).toEqual([]);
    expect(withheld('NIP/100004250619145551435550997991/CHIKA OBI/inv 339 LESS 5% WHT')).toEqual([]);
  });
});
