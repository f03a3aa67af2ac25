/**
 * A receipt saying it pays a part ("CHQ DEP KILELESHWA ACADEMY PART PMT") of the named payer's one open invoice is
 * offered to a person with the invoice and what is left, though nothing but the payer ties them; not another of the
 * payer's invoices when the line quotes its own.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const firstOffered = (r: ReturnType<typeof reconcile>, id: string) =>
  r.suggestions
    .filter((s) => s.bankIds.includes(id))
    .flatMap((s) => s.candidates)
    .sort((x, y) => y.confidence - x.confidence)[0];

describe('a part payment the line says it is', () => {
  it("offers the payer's invoice with the balance left", () => {
    const r = reconcile(
      [bankLine('b', '2006-03-10', 50_000_00, { currency: 'KES', narration: 'CHQ DEP KILELESHWA ACADEMY PART PMT' })],
      [
        entry('si3322', '2006-03-09', 96_000_00, {
          currency: 'KES',
          party: 'Kileleshwa Academy',
          reference: 'SI-3322',
          description: 'Blazers and curtains, invoice SI-3322',
        }),
      ],
    );
    expect(r.matches).toEqual([]);
    const c = firstOffered(r, 'b');
    expect(c?.ledgerIds).toEqual(['si3322']);
    expect(c!.evidence.map((e) => e.detail).join(' ; ')).toMatch(/part payment: short by 4600000 minor units/);
  });

  it('does not rank another invoice of the payer above the one the line quotes', () => {
    const amina = { party: 'Amina Supermarket Limited' };
    const r = reconcile(
      [
        bankLine('b', '2024-03-06', 100_000_00, {
          narration: 'MOB TRF PART PAYMT FOR INV0653 FRM AMINA SUPERMARKET LIMITED',
        }),
      ],
      [
        entry('inv0653', '2024-03-01', 250_000_00, { ...amina, reference: 'INV0653' }),
        entry('inv0661', '2024-03-04', 270_000_00, { ...amina, reference: 'INV0661' }),
      ],
    );
    expect(firstOffered(r, 'b')?.ledgerIds).toEqual(['inv0653']);
  });
});
