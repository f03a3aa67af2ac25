/**
 * A reference column holding a short number alone holds the document's number (QuickBooks' Num, Sage's and Simply's
 * Ref columns: "3318"); a payer writes it as "inv 3318" or "INV 0731". Numbers of five digits and more met the payer's
 * already; these did not, so the confirmed cases were missed (not even offered) before.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const opts = { timezone: 'Africa/Johannesburg' };
const zar = { currency: 'ZAR' } as const;

describe('a short number alone in the reference column', () => {
  it('is the invoice a payer quotes, padded or not', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-07-06', 425_000, { ...zar, narration: 'ACB CREDIT HOUT BAY DELI/inv 3318' }),
        bankLine('b', '2026-07-08', 98_000, { ...zar, narration: 'IB PAYMENT FROM T NKOSI INV 0731' }),
      ],
      [
        entry('e3318', '2026-07-03', 425_000, { ...zar, reference: '3318', description: 'Hout Bay Deli, receipt' }),
        entry('e731', '2026-07-07', 98_000, { ...zar, reference: '731', description: 'Receipt' }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['a'], ['e3318']],
      [['b'], ['e731']],
    ]);
    expect(r.matches[0]!.evidence[0]!.kind).toBe('reference');
  });

  it('still needs the amount: a third more is offered, not confirmed', () => {
    const r = reconcile(
      [bankLine('a', '2026-07-06', 566_700, { ...zar, narration: 'ACB CREDIT HOUT BAY DELI/inv 3318' })],
      [entry('e', '2026-07-03', 425_000, { ...zar, reference: '3318', description: 'Hout Bay Deli, receipt' })],
      opts,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('is not read out of a description: only the reference column says the number is the document', () => {
    const r = reconcile(
      [bankLine('a', '2026-07-06', 425_000, { ...zar, narration: 'ACB CREDIT HOUT BAY DELI/inv 3318' })],
      [entry('e', '2026-07-03', 425_000, { ...zar, description: 'Hout Bay Deli 3318' })],
      opts,
    );
    expect(r.matches.flatMap((m) => m.evidence.map((e) => e.kind))).not.toContain('reference');
  });
});
