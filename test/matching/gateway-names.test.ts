/**
 * Collection gateways and wallets of the four countries beyond the first ones known: Monnify's settlement of a day's
 * transfers (Nigeria) and Zeepay's of a batch (Ghana), net of their charge, read against the books' gross takings
 * they name as a settlement with the acquirer's charge (before, a shortfall outside the tolerance). A wallet customers
 * pay through (G-Money) makes no credit a settlement.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
/** The line's best candidate, confirmed or suggested, with its write-off. */
const best = (r: ReturnType<typeof reconcile>) =>
  r.matches[0] ?? { ...r.suggestions[0]!.candidates[0]!, bankIds: r.suggestions[0]!.bankIds };

describe('settlements of gateways named since', () => {
  it("takes Monnify's settlement net of its charge as the gross the books hold of it", () => {
    const r = reconcile(
      [bankLine('b', '2025-11-11', 199_871_00, { narration: 'MONNIFY SETTLEMENT' })],
      [
        entry('l', '2025-11-10', 201_871_00, {
          reference: 'JE-0000316',
          party: 'Monnify',
          description: 'Monnify transfer collections (gross)',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(best(r).ledgerIds).toEqual(['l']);
    expect(best(r).confidence).toBeGreaterThanOrEqual(0.9);
    expect(best(r).writeOff).toEqual({ account: 'Bank charges', amountMinor: 2_000_00 });
  });

  it("takes Zeepay's batch settlement as the gross its batch id names", () => {
    const r = reconcile(
      [bankLine('b', '2025-12-11', 69_243_16, { currency: 'GHS', narration: 'ZEEPAY MERCHANT SETTLEMENT ZP4241334' })],
      [
        entry('l', '2025-12-10', 70_620_25, {
          currency: 'GHS',
          party: 'ZEEPAY',
          description: 'Zeepay wallet collections gross ZP4241334',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(best(r).ledgerIds).toEqual(['l']);
    expect(best(r).writeOff).toEqual({ account: 'Bank charges', amountMinor: 1_377_09 });
  });

  it('leaves a payment through a wallet customers use for a person', () => {
    const r = reconcile(
      [bankLine('b', '2025-12-11', 69_243_16, { currency: 'GHS', narration: 'GMONEY TRANSFER FROM KOFI MENSAH' })],
      [entry('l', '2025-12-10', 70_620_25, { currency: 'GHS', description: 'Sales' })],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([]);
  });
});
