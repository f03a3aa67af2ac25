/**
 * holdout65's four wrong confirmations, restated with other data: in each the payer (or the amount alone) agrees with an
 * open entry, and the line says it is another document or no invoice at all. Each was confirmed before; each is now
 * left to a person.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

describe('a line naming another document than the entry the payer and amount agree with', () => {
  it("another number of the entry's series, one digit changed (DLT-0318 is not DLT-0316)", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-20', 1_450_000, {
          currency: 'GHS',
          narration: 'CASH DEPOSIT BY ABENA KORANTENG/DLT-0318',
        }),
      ],
      [
        entry('e', '2026-03-18', 1_450_000, {
          currency: 'GHS',
          party: 'Abena Koranteng',
          description: 'Invoice DLT-0316 — chairs hire',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['e']);
  });

  it("two neighbouring digits swapped stay a payer's slip: DLT-0361 is DLT-0316", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-20', 1_450_000, {
          currency: 'GHS',
          narration: 'CASH DEPOSIT BY ABENA KORANTENG/DLT-0361',
        }),
      ],
      [
        entry('e', '2026-03-18', 1_450_000, {
          currency: 'GHS',
          party: 'Abena Koranteng',
          description: 'Invoice DLT-0316 — chairs hire',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it('an invoice number against a bill numbered in its own series (INV 0731 is not bill KWE-0728)', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-11', -4_200_000_00, { narration: 'NIP TRF TO KWESI ELECTRICALS/INV 0731 SOLAR PANELS' })],
      [
        entry('e', '2026-03-10', -4_200_000_00, {
          description: 'Kwesi Electricals — bill KWE-0728 wiring, Block C — Repairs',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it("a caution deposit against the payer's invoice of the same amount", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-03-27', 600_000_00, {
          narration: 'NIP/FRM HARMONY COURT RESIDENTS/SECURITY DEPOSIT HALL BOOKING',
        }),
      ],
      [
        entry('e', '2026-03-27', 600_000_00, {
          description: 'Harmony Court Residents Association — service charge April — HCR-2026-0117',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('a card payment quoting another invoice of the series, its amount no other entry carries', () => {
    const r = reconcile(
      [
        bankLine('b', '2026-09-09', 213_447, {
          currency: 'ZAR',
          narration: 'FUNDS_RECEIVED — Invoice MK-0611 — Credit card',
          reference: 'MK-0611',
        }),
      ],
      [entry('e', '2026-09-07', 213_447, { currency: 'ZAR', reference: 'MK-0604', description: 'Lerato Dube' })],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
