/**
 * Pass 5b and a payer settling their account: "GIP INSTANT PAY FRM KBTH SETTLEMENT" is Korle Bu Teaching Hospital
 * paying, named by its initials beside an amount to the cent, not an acquirer's settlement. Missed before: any
 * settlement word left the line to the settlement pass. The refusal: a gateway's or card settlement stays there.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const opts = { timezone: 'Africa/Accra' };

describe("a payer's settlement", () => {
  it('is the customer named by initials, beside an amount to the cent', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-06-05', 6_427_13, {
          narration: 'GIP INSTANT PAY FRM KBTH SETTLEMENT',
          reference: 'GIP240664',
        }),
      ],
      [
        entry('e', '2026-06-05', 6_427_13, {
          reference: 'SI-5556',
          party: 'Korle Bu Teaching Hospital',
          description: 'Korle Bu Teaching Hospital',
        }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['e']]]);
  });

  it("a gateway's settlement from it is not a customer's receipt of the same amount", () => {
    const r = reconcile(
      [bankLine('b', '2026-06-05', 6_427_13, { narration: 'SETTLEMENT FROM PAYSTACK 883271' })],
      [entry('e', '2026-06-05', 6_427_13, { reference: 'SI-5556', party: 'Kofi Mensah Stores' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
