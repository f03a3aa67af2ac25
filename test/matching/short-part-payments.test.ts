/**
 * Two part payments that each quote the invoice and together come a little short of it (the payer's charges taken from
 * each, or a last part still to come): each alone was offered against the whole invoice as "part payment: short by …",
 * never the two together, so an accountant found the pair only by searching (walk-s36). They are now offered together
 * with the gap, never confirmed.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const lagos = { timezone: 'Africa/Lagos' };
const invoice = entry('inv', '2026-05-12', 965_710_45, {
  reference: 'INV-2026-1390',
  description: 'Invoice INV-2026-1390',
  party: 'Kano Agro Allied Ltd',
});
const part = (id: string, date: string, amount: number, tail = '') =>
  bankLine(id, date, amount, {
    narration: `NIP/TRF/KANO AGRO ALLIED/PART PAYMENT INVOICE NO 2026-1390${tail}`,
  });

describe('part payments quoting one invoice and coming short of it', () => {
  it('are offered together with the gap, and nothing is confirmed', () => {
    const r = reconcile([part('p1', '2026-05-19', 384_745_00), part('p2', '2026-05-26', 577_118_00)], [invoice], lagos);
    expect(r.matches).toEqual([]);
    const pair = r.suggestions.find((s) => s.bankIds.length === 2);
    expect(pair?.bankIds).toEqual(['p1', 'p2']);
    expect(pair?.candidates[0]).toMatchObject({ ledgerIds: ['inv'], differenceMinor: -3_847_45 });
    expect(pair?.candidates[0]!.evidence.map((e) => e.detail).join(' | ')).toContain('384745 minor units short');
  });

  it('are not offered together when they come far short (a part still to come)', () => {
    const r = reconcile([part('p1', '2026-05-19', 384_745_00), part('p2', '2026-05-26', 300_000_00)], [invoice], lagos);
    expect(r.suggestions.filter((s) => s.bankIds.length === 2)).toEqual([]);
  });

  it('are not offered together when one of them does not quote the invoice', () => {
    const r = reconcile(
      [
        part('p1', '2026-05-19', 384_745_00),
        bankLine('p2', '2026-05-26', 577_118_00, { narration: 'NIP/TRF/KANO AGRO ALLIED/SUPPLIES' }),
      ],
      [invoice],
      lagos,
    );
    expect(r.suggestions.filter((s) => s.bankIds.length === 2)).toEqual([]);
  });
});
