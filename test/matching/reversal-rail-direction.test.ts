/**
 * A failed transfer whose rail writes its direction ("PESALINK OUT/…", then "PESALINK REVERSAL/… /INVALID ACCOUNT"):
 * OUT is the rail's word, not the payee's, so the return naming the payee and its reason pairs with it, and the payment
 * sent again the next day takes the bill. Missed before: OUT read as the first word of the payee's name.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const kes = { currency: 'KES' } as const;

describe('a transfer out returned, its rail writing the direction', () => {
  it('is a reversal pair, and the payment sent again pays the bill', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-06-09', -2_740_000, { ...kes, narration: 'PESALINK OUT/WANJIKU KAMAU/SIGNAGE PANELS' }),
        bankLine('back', '2026-06-09', 2_740_000, {
          ...kes,
          narration: 'PESALINK REVERSAL/WANJIKU KAMAU/INVALID ACCOUNT',
        }),
        bankLine('again', '2026-06-10', -2_740_000, { ...kes, narration: 'MPESA B2C/0711***204 WANJIKU KAMAU' }),
      ],
      [entry('bill', '2026-06-08', -2_740_000, { ...kes, description: 'Wanjiku Kamau — signage panels' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds])).toEqual(
      expect.arrayContaining([
        [['again'], ['bill']],
        [['back', 'out'], []],
      ]),
    );
    expect(r.matches).toHaveLength(2);
  });

  it('is not, when the return names another payee', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-06-09', -2_740_000, { ...kes, narration: 'PESALINK OUT/WANJIKU KAMAU/SIGNAGE PANELS' }),
        bankLine('back', '2026-06-09', 2_740_000, {
          ...kes,
          narration: 'PESALINK REVERSAL/OTIENO ODHIAMBO/INVALID ACCOUNT',
        }),
      ],
      [],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches).toEqual([]);
  });
});
