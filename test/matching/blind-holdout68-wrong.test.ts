/**
 * holdout68's wrong confirmation, restated with other data: the books hold a cheque to a supplier, its description
 * opening with the cheque and its number and its reference the invoice it pays ("Chq 000231 - payment for cartons",
 * KP/4410); the bank pays the same supplier the same amount by transfer, an advance on next month's order. A cheque
 * leaves the bank as that cheque presented, so the transfer is another payment. Confirmed before; now left to a
 * person, and the cheque presented still confirms.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const lagos = { timezone: 'Africa/Lagos' } as const;
const cheque = () =>
  entry('chq', '2026-03-10', -365_000_00, {
    party: 'Kartonpak Nigeria Ltd',
    reference: 'KP/4410',
    description: 'Chq 000231 - payment for cartons, inv KP/4410',
  });

describe('a cheque the books wrote, its number opening the description', () => {
  it('is not paid by a transfer to the same supplier', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-11', -365_000_00, {
          narration: 'OUTWARD TRF TO KARTONPAK NIG LTD - ADVANCE APRIL CARTONS',
        }),
      ],
      [cheque()],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('is paid by the cheque presented', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-13', -365_000_00, { narration: 'CLEARING CHQ 000231 KARTONPAK NIG LTD' })],
      [cheque()],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual(['chq']);
  });
});
