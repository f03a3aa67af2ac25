/**
 * Weekly wages paid by cheques 413 and 414 of one book, the same amount each week (holdout55's Quicken register, its
 * Num column the cheque's number): each cheque cashed is its own entry, the number telling the two apart. Vouchers of
 * the books' own series to two payees (Manager.io's 398 and 412) stay a person's (review-s15b).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const za = { currency: 'ZAR' } as const;
const wages = (id: string, date: string, reference: string, week: string) =>
  entry(id, date, -4_620_00, { ...za, reference, party: 'Cash', description: `Wages week ending ${week} — Wages` });

describe('cheques of one book paying one payee the same amount', () => {
  it('are each matched by its number', () => {
    const r = reconcile(
      [
        bankLine('c413', '2001-09-07', -4_620_00, { ...za, narration: 'CHEQUE CASHED', reference: '000413' }),
        bankLine('c414', '2001-09-14', -4_620_00, { ...za, narration: 'CHEQUE CASHED', reference: '000414' }),
      ],
      [wages('w413', '2001-09-07', '413', '07/09'), wages('w414', '2001-09-14', '414', '14/09')],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['c413'], ['w413']],
      [['c414'], ['w414']],
    ]);
  });

  it('are not, when the other entry is another payee or far in the series', () => {
    const other = reconcile(
      [bankLine('c413', '2001-09-07', -4_620_00, { ...za, narration: 'CHEQUE CASHED', reference: '000413' })],
      [
        wages('w413', '2001-09-07', '413', '07/09'),
        entry('x', '2001-09-08', -4_620_00, {
          ...za,
          reference: '414',
          party: 'Umtata Motors',
          description: 'Service',
        }),
      ],
    );
    expect(other.matches).toEqual([]);
    const far = reconcile(
      [bankLine('c413', '2001-09-07', -4_620_00, { ...za, narration: 'CHEQUE CASHED', reference: '000413' })],
      [wages('w413', '2001-09-07', '413', '07/09'), wages('w470', '2001-09-08', '470', '14/09')],
    );
    expect(far.matches).toEqual([]);
  });
});
