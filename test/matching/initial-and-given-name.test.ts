/**
 * A party the books keep as an initial and a surname ("P Chetty", as South African packages often do) paid by a
 * transfer writing the surname and the given name whole, in either order ("IB TRF CR CHETTY PRAKASH"): the given name
 * is the initial's (holdout51's funeral parlour). A word after the surname that is a trade, or a given name of another
 * initial, is someone else.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { surnameThenInitial } from '../../matching/scoring.js';
import { bankLine, entry } from './build.js';

const matched = (narration: string) =>
  reconcile(
    [bankLine('b', '2032-09-10', 32_300_00, { currency: 'ZAR', narration })],
    [
      entry('e', '2032-09-09', 32_300_00, {
        currency: 'ZAR',
        party: 'P Chetty',
        description: 'Funeral services late Mr M Chetty - cremation package',
      }),
    ],
  ).matches.map((m) => m.ledgerIds);

describe('an initial in the books, the given name whole in the narration', () => {
  it('names the party, the surname first or last', () => {
    expect(surnameThenInitial(['P', 'CHETTY'], ['IB', 'TRF', 'CR', 'CHETTY', 'PRAKASH'])).toBe(true);
    expect(surnameThenInitial(['P', 'CHETTY'], ['EFT', 'CREDIT', 'PRAKASH', 'CHETTY'])).toBe(true);
    expect(matched('IB TRF CR CHETTY PRAKASH')).toEqual([['e']]);
  });

  it('is not a business after the surname, nor a given name of another initial', () => {
    expect(surnameThenInitial(['P', 'CHETTY'], ['EFT', 'CHETTY', 'PROPERTIES'])).toBe(false);
    expect(surnameThenInitial(['P', 'CHETTY'], ['IB', 'TRF', 'CHETTY', 'SUNIL'])).toBe(false);
    // a full given name in the books is compared whole, as before: no initial to read
    expect(surnameThenInitial(['PRIYA', 'CHETTY'], ['IB', 'TRF', 'CHETTY', 'PRAKASH'])).toBe(false);
    expect(matched('IB TRF CR CHETTY SUNIL')).toEqual([]);
  });
});
