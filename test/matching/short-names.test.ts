/**
 * A payee's short name (a brand's initials: "MTN" for MTN Nigeria) is too little to confirm a payment by itself; with
 * the thing bought written on both sides ("Airtime and data purchase MTN" booked as "Rider airtime and data"; seen
 * blind in holdout49) it names the payee.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const line = (narration: string) => bankLine('b1', '2031-11-03', -45_080_00, { narration });
const booked = (description: string, party = 'MTN Nigeria') =>
  entry('l1', '2031-11-03', -45_080_00, { description, party, reference: 'EXP-00141' });

describe('a short name with what was bought', () => {
  it('confirms the payment when the narration and the entry say what was bought', () => {
    const r = reconcile([line('Airtime and data purchase MTN')], [booked('Rider airtime and data')]);
    expect(ledgerIdsOf(r)).toEqual(['l1']);
  });

  it('offers it only when they share no such word, or only a bookkeeping word', () => {
    expect(ledgerIdsOf(reconcile([line('Airtime and data purchase MTN')], [booked('Rider phones')]))).toEqual([]);
    expect(ledgerIdsOf(reconcile([line('MTN purchase')], [booked('Purchase of units')]))).toEqual([]);
  });

  it('still refuses when two entries of the amount could be it', () => {
    const r = reconcile(
      [line('Airtime and data purchase MTN')],
      [booked('Rider airtime and data'), { ...booked('Office airtime and data'), id: 'l2' }],
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
