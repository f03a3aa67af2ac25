/**
 * A person written surname first, the given name whole, then the middle name's initial ("KAMAU GRACE M" for Grace
 * Muthoni Kamau, holdout58's Kenyan payroll). Another given name, or another middle initial, is someone else.
 */
import { describe, expect, it } from 'vitest';
import { surnameThenInitial } from '../../matching/scoring.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

describe('surname, given name, middle initial', () => {
  const party = ['GRACE', 'MUTHONI', 'KAMAU'];

  it('names the person', () => {
    expect(surnameThenInitial(party, ['EFT', 'TO', 'KAMAU', 'GRACE', 'M', 'SALARY'])).toBe(true);
    const r = reconcile(
      [bankLine('b', '2006-03-28', -38_000_00, { currency: 'KES', narration: 'EFT TO KAMAU GRACE M/SALARY MAR06' })],
      [
        entry('e', '2006-03-28', -38_000_00, {
          currency: 'KES',
          reference: 'PAY-0306-GM',
          party: 'Grace Muthoni Kamau',
          description: 'Operations manager salary March 2006',
        }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });

  it('is someone else with another given name or middle initial', () => {
    expect(surnameThenInitial(party, ['EFT', 'TO', 'KAMAU', 'GRACE', 'W'])).toBe(false);
    expect(surnameThenInitial(party, ['EFT', 'TO', 'KAMAU', 'GLADYS', 'M'])).toBe(false);
  });
});
