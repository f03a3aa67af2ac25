/**
 * A sole trader the books name with their trading name ("Abena Owusu (Owusu Pharmacy)", "Wanjiru Mwangi t/a Shiru
 * Hardware") pays from, and is written as, either name. Missed before (every word of the whole name had to be in the
 * narration). The refusals: a branch or place in brackets, a trading name of one word, a rival entry.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { tradingNamesOf } from '../../matching/trading-names.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Accra', autoConfirmUniqueAmount: false };

describe('the names a party trades under', () => {
  it.each([
    [
      'Abena Owusu (Owusu Pharmacy)',
      [
        ['ABENA', 'OWUSU'],
        ['OWUSU', 'PHARMACY'],
      ],
    ],
    [
      'Wanjiru Mwangi t/a Shiru Hardware',
      [
        ['WANJIRU', 'MWANGI'],
        ['SHIRU', 'HARDWARE'],
      ],
    ],
    // session 37 (holdout44, a conveyancer's trust account): a sale's purchaser and seller on one document
    [
      'N Pillay / Z Mahlangu',
      [
        ['N', 'PILLAY'],
        ['Z', 'MAHLANGU'],
      ],
    ],
  ])('%s', (name, expected) => {
    expect(tradingNamesOf(name)).toEqual(expected);
  });

  it.each([
    ['Shoprite Ghana (Accra Mall)'],
    ['Kofi Mensah (Kofi)'],
    ['Ernest Chemists Limited'],
    ['Okon Freight/Lagos'],
    ['Kofi / Ama'],
  ])('%s trades under no other name', (name) => {
    expect(tradingNamesOf(name)).toEqual([]);
  });

  it('confirms a payment from the trading name, the only candidate on both sides', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-08', 17_933_00, { narration: 'INTERNAL TRF FRM OWUSU PHARMACY PYMT FOR DRUGS' })],
      [entry('e', '2026-06-08', 17_933_00, { party: 'Abena Owusu (Owusu Pharmacy)', reference: 'SI-5557' })],
      opts,
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('is refused when another open entry of the amount could be the one paid', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-08', 17_933_00, { narration: 'INTERNAL TRF FRM OWUSU PHARMACY' })],
      [
        entry('e1', '2026-06-08', 17_933_00, { party: 'Abena Owusu (Owusu Pharmacy)', reference: 'SI-5557' }),
        entry('e2', '2026-06-07', 17_933_00, { description: 'Sales receipt' }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual([]);
  });

  it("confirms a deposit from one of the two parties a document names, and not another's", () => {
    const r = reconcile(
      [
        bankLine('b', '2029-11-12', 71_000_00, { narration: 'CREDIT TRANSFER N PILLAY PURCHASE', currency: 'ZAR' }),
        bankLine('x', '2029-11-13', 82_500_00, { narration: 'CREDIT TRANSFER T PILLAY DEPOSIT', currency: 'ZAR' }),
      ],
      [
        entry('e', '2029-11-12', 71_000_00, {
          party: 'N Pillay / Z Mahlangu',
          description: 'Deposit ex purchaser',
          currency: 'ZAR',
        }),
        entry('f', '2029-11-13', 82_500_00, {
          party: 'S Naidoo / K Dlamini',
          description: 'Deposit ex purchaser',
          currency: 'ZAR',
        }),
      ],
      { ...opts, timezone: 'Africa/Johannesburg' },
    );
    expect(pairs(r)).toEqual([[['b'], ['e']]]);
  });

  it('a branch in brackets names nobody (ACCRA MALL is not Shoprite)', () => {
    const r = reconcile(
      [bankLine('b', '2026-06-26', 14_980_00, { narration: 'GIP INSTANT PAY FRM ACCRA MALL LTD' })],
      [entry('e', '2026-06-26', 14_980_00, { party: 'Shoprite Ghana (Accra Mall)', reference: 'SI-5566' })],
      opts,
    );
    expect(pairs(r)).toEqual([]);
  });
});
