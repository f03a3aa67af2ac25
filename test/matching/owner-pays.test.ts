/**
 * An owner paying for the business from their own account: the line names a person whose name the business carries
 * ("OTIENO ODHIAMBO J" for Otieno & Sons Fundis, "MARY WANJIRU NJOROGE" for Wanjiru Interiors), beside an amount to
 * the cent no other item carries. Missed before: the line named someone the entry did not. The refusals: an entry
 * naming a person (a namesake is someone else), a round sum, a word of what is paid rather than of a name (PENSION),
 * a line naming a trade of its own.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const nairobi = { timezone: 'Africa/Nairobi' };

describe('an owner paying for the business', () => {
  it('is the business whose name carries theirs, to the cent', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-06-04', 321_937_40, { narration: 'PESALINK CR OTIENO ODHIAMBO J' }),
        bankLine('b', '2025-07-14', 278_301_55, { narration: 'FT FROM MARY WANJIRU NJOROGE' }),
      ],
      [
        entry('x', '2025-06-03', 321_937_40, { party: 'Otieno & Sons Fundis', description: 'Payment received' }),
        entry('y', '2025-07-14', 278_301_55, { description: 'Wanjiru Interiors — Inv 002373' }),
      ],
      nairobi,
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['a'], ['x']],
        [['b'], ['y']],
      ]),
    );
  });

  it('but not a namesake of a person the books name', () => {
    const r = reconcile(
      [bankLine('a', '2025-06-04', 321_937_40, { narration: 'NIP FRM OKAFOR EMEKA PAUL' })],
      [entry('x', '2025-06-03', 321_937_40, { party: 'Chinedu Okafor', description: 'Payment received' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(r.matches).toEqual([]);
  });

  it('nor a round sum', () => {
    const r = reconcile(
      [bankLine('a', '2025-06-04', 320_000_00, { narration: 'PESALINK CR OTIENO ODHIAMBO J' })],
      [entry('x', '2025-06-03', 320_000_00, { party: 'Otieno & Sons Fundis', description: 'Payment received' })],
      nairobi,
    );
    expect(r.matches).toEqual([]);
  });

  it('nor a word of what is paid, nor a line naming a trade of its own', () => {
    const r = reconcile(
      [
        bankLine('a', '2025-06-04', -52_937_41, { narration: 'NIP TRF ARM PENSION MANAGERS' }),
        bankLine('b', '2025-06-05', 61_218_77, { narration: 'PESALINK CR OTIENO HARDWARE' }),
      ],
      [
        entry('x', '2025-06-04', -52_937_41, { party: 'Stanbic IBTC Pension Managers Ltd', description: 'Pension' }),
        entry('y', '2025-06-05', 61_218_77, { party: 'Otieno & Sons Fundis', description: 'Payment received' }),
      ],
      nairobi,
    );
    expect(r.matches).toEqual([]);
  });
});
