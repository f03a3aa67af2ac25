/**
 * A payment to a person written by initial and surname, returned with its reason ("IB PAYMENT TO K MOKOENA CONTRACT
 * WK32", then "RETURNED PAYMENT K MOKOENA ACCOUNT CLOSED"): the pair cancels itself, and the failed payment does not
 * take the books' entry for it (the payment still owed). Another initial, or no reason, leaves the lines apart.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ledgerIds.length === 0).map((m) => [...m.bankIds].sort());

const owed = entry('wk32', '2025-08-13', -16_400_00, {
  currency: 'ZAR',
  party: 'K Mokoena',
  description: 'Contract recruiter wk32',
  reference: 'WK32',
});

describe('a return naming a person by initial and surname', () => {
  it('pairs the payment with its return, and leaves the entry to the payment made again', () => {
    const r = reconcile(
      [
        bankLine('sent', '2025-08-13', -16_400_00, {
          currency: 'ZAR',
          narration: 'IB PAYMENT TO K MOKOENA CONTRACT WK32',
        }),
        bankLine('back', '2025-08-14', 16_400_00, {
          currency: 'ZAR',
          narration: 'RETURNED PAYMENT K MOKOENA ACCOUNT CLOSED',
        }),
      ],
      [owed],
    );
    expect(pairs(r)).toEqual([['back', 'sent']]);
    expect(r.matches.filter((m) => m.ledgerIds.includes('wk32'))).toEqual([]);
  });

  it('leaves a return to another initial, or one giving no reason, unpaired', () => {
    for (const back of ['RETURNED PAYMENT T MOKOENA ACCOUNT CLOSED', 'RETURNED PAYMENT K MOKOENA']) {
      const r = reconcile(
        [
          bankLine('sent', '2025-08-13', -16_400_00, { currency: 'ZAR', narration: 'IB PAYMENT TO K MOKOENA WK32' }),
          bankLine('back', '2025-08-14', 16_400_00, { currency: 'ZAR', narration: back }),
        ],
        [],
      );
      expect(pairs(r), back).toEqual([]);
    }
  });
});
