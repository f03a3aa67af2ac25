/**
 * Pass 4b's write-off of a day's takings short by a wallet's rate: the gap one rate of the takings (walletRateOf), and
 * payments received in whole units only when each is what a whole amount less that rate leaves (netOfWholeUnits).
 */
import { describe, expect, it } from 'vitest';
import { netOfWholeUnits, walletRateOf } from '../../matching/acquirer-charges.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ke = { timezone: 'Africa/Nairobi' };

describe('a wallet rate on whole-unit payments', () => {
  it('reads the rate the gap is and whether a whole-unit payment can be net of it', () => {
    expect(walletRateOf(350_00, 35_000_00, 3)).toBe(100);
    expect(walletRateOf(333_00, 35_000_00, 3)).toBe(0);
    expect(netOfWholeUnits(9_900_00, 100)).toBe(true); // 10,000 less 1 %
    expect(netOfWholeUnits(12_350_00, 100)).toBe(false);
    expect(netOfWholeUnits(10_000_00, 100)).toBe(false);
    expect(netOfWholeUnits(9_950_00, 50)).toBe(true); // 10,000 less 0.5 %
  });

  it('payments of 10,000, 5,000 and 20,000 each less 1 % are the day’s KES 35,000 with the rate written off', () => {
    const r = reconcile(
      [
        bankLine('m1', '2025-05-10', 9_900_00, { currency: 'KES', narration: 'MPESA C2B 254722000111 JOHN KAMAU' }),
        bankLine('m2', '2025-05-10', 4_950_00, { currency: 'KES', narration: 'MPESA C2B 254722000222 MARY ATIENO' }),
        bankLine('m3', '2025-05-10', 19_800_00, { currency: 'KES', narration: 'MPESA C2B 254722000333 PETER MWANGI' }),
        bankLine('later', '2025-05-20', -5_000_00, { currency: 'KES', narration: 'TRF TO STAFF WELFARE' }),
      ],
      [entry('day', '2025-05-10', 35_000_00, { currency: 'KES', description: 'Daily M-PESA sales 10/05/2025' })],
      ke,
    );
    const m = r.matches.find((x) => x.ledgerIds.includes('day'));
    expect(m?.bankIds.slice().sort()).toEqual(['m1', 'm2', 'm3']);
    expect(m?.writeOff?.amountMinor).toBe(350_00);
  });
});
