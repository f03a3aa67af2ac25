/**
 * A party the books keep as an initial and a surname ("P Chetty", as South African packages often do) paid by a
 * transfer writing the given name whole before the surname ("EFT CREDIT PRAKASH CHETTY", "SIPHO DLAMINI" for S
 * Dlamini): the given name is the initial's. After the surname a word is as often a business's trade ("CHETTY
 * PLUMBING") as a given name ("CHETTY PRAKASH"), so that order is left to a person (review-s40).
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
  it('names the party, the given name first', () => {
    expect(surnameThenInitial(['P', 'CHETTY'], ['EFT', 'CREDIT', 'PRAKASH', 'CHETTY'])).toBe(true);
    expect(matched('EFT CREDIT PRAKASH CHETTY')).toEqual([['e']]);
  });

  it('does not read a word after the surname, nor a title before it, as the given name', () => {
    expect(surnameThenInitial(['P', 'CHETTY'], ['IB', 'TRF', 'CR', 'CHETTY', 'PRAKASH'])).toBe(false);
    expect(surnameThenInitial(['M', 'DLAMINI'], ['EFT', 'MRS', 'DLAMINI'])).toBe(false);
  });

  it('is not a given name of another initial', () => {
    expect(surnameThenInitial(['P', 'CHETTY'], ['IB', 'TRF', 'SUNIL', 'CHETTY'])).toBe(false);
    // a full given name in the books is compared whole, as before: no initial to read
    expect(surnameThenInitial(['PRIYA', 'CHETTY'], ['IB', 'TRF', 'CHETTY', 'PRAKASH'])).toBe(false);
    expect(matched('IB TRF CR SUNIL CHETTY')).toEqual([]);
  });
});

describe('an initial and a surname of five or six letters', () => {
  const salary = (party: string, id = 'e') =>
    entry(id, '2033-08-25', -14_650_00, { currency: 'ZAR', party, description: 'Salary August 2033' });
  const paid = bankLine('b', '2033-08-25', -14_650_00, { currency: 'ZAR', narration: 'EFT/N MKHIZE/SALARY AUG' });

  it('names the person, as payroll transfers write staff (holdout52)', () => {
    expect(reconcile([paid], [salary('Nomsa Mkhize')]).matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });

  it('decides nothing between two of that initial and surname', () => {
    expect(reconcile([paid], [salary('Nomsa Mkhize'), salary('Nandi Mkhize', 'e2')]).matches).toEqual([]);
  });
});
