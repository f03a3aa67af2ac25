/**
 * Pass 2: a receipt the payer says it paid less its bank's charge ("… INV 510775 LESS CHARGES"), short by what a bank
 * charges to send a transfer, against the one open document its reference names (reference-pass.ts chargesDeducted).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, expectSuggestedFirst } from './build.js';

const ng = { timezone: 'Africa/Lagos' };

const paid = (narration: string, amountMinor: number) =>
  reconcile(
    [bankLine('b1', '2025-09-04', amountMinor, { narration })],
    [
      entry('l1', '2025-09-02', 5_852_692_02, {
        reference: 'INV-510775',
        party: 'Amaechi Hardware and Tools Ltd',
        description: 'Receipt for invoice 510775',
      }),
    ],
    ng,
  );

describe('a receipt less the bank charge the payer says it deducted', () => {
  it('is the invoice, the ₦53.75 written off', () => {
    const r = paid('NIP CR/AMAECHI HARDWARE & TOOLS LTD/STANBIC IBTC/INV 510775 LESS CHARGES', 5_852_638_27);
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['l1']]);
    expect(r.matches[0]!.writeOff?.amountMinor).toBe(53_75);
    expect(r.matches[0]!.evidence.some((e) => e.detail.includes("deducted its bank's charge of 5375"))).toBe(true);
  });

  it('is only offered when the gap is more than a transfer charge', () => {
    expectSuggestedFirst(paid('NIP CR/AMAECHI HARDWARE & TOOLS LTD/INV 510775 LESS CHARGES', 5_852_192_02), ['l1']);
  });

  it('is only offered when the payer says nothing of a charge', () => {
    expectSuggestedFirst(paid('NIP CR/AMAECHI HARDWARE & TOOLS LTD/INV 510775', 5_852_638_27), ['l1']);
  });
});
