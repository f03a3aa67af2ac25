/**
 * A business saving with its Sacco: the Sacco's current (FOSA) account pays into the member's deposits account, its
 * back office's (BOSA), "INTERNAL TRF TO BOSA DEPOSITS MEM 0448812" against the books' "Transfer to Bandari BOSA
 * deposits" (holdout70). Missed before: BOSA and DEPOSITS read as a payee's name. A transfer naming a person before the
 * deposits is that person's.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const kes = { currency: 'KES' } as const;
const nairobi = { timezone: 'Africa/Nairobi' } as const;

describe("a transfer to the business's deposits with its Sacco", () => {
  it('is the transfer the books hold', () => {
    const r = reconcile(
      [bankLine('b', '2026-11-16', -7_500_00, { ...kes, narration: 'INTERNAL TRF TO BOSA DEPOSITS MEM 0551207' })],
      [entry('e', '2026-11-16', -7_500_00, { ...kes, description: 'Transfer to Mombasa Teachers BOSA deposits' })],
      nairobi,
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it("is not, when the line names a person's deposits", () => {
    const r = reconcile(
      [
        bankLine('b', '2026-11-16', -7_500_00, {
          ...kes,
          narration: 'INTERNAL TRF TO JOHN MWANGI KAMAU BOSA DEPOSITS',
        }),
      ],
      [entry('e', '2026-11-16', -7_500_00, { ...kes, description: 'Transfer to Mombasa Teachers BOSA deposits' })],
      nairobi,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
