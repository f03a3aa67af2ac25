/**
 * A document numbered within a financial year ("SI/26-27/0812", "SI/2026-27/0812", as Tally numbers vouchers) answers
 * to its serial alone, which payers quote ("SI 812", "SI/0812"), as a year-numbered one does ("INV/2026/00812"). The
 * confirmed cases were missed before.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { ledgerKeys } from '../../matching/references.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const opts = { timezone: 'Africa/Accra' };
const ghs = { currency: 'GHS' } as const;

describe("a financial year's document quoted by its serial", () => {
  it('is confirmed, the year written in two digits or four', () => {
    const r = reconcile(
      [
        bankLine('a', '2026-05-04', 2_931_500, { ...ghs, narration: 'MOMO TO BANK 0244000777 KWAME ASARE SI 812' }),
        bankLine('b', '2026-05-06', 1_204_000, { ...ghs, narration: 'GIP TRF FRM OSU CHEMISTS SI/0815' }),
      ],
      [
        entry('si812', '2026-05-04', 2_931_500, {
          ...ghs,
          description: 'Asare Pharmacy — Being payment received against SI/26-27/0812',
        }),
        entry('si815', '2026-05-05', 1_204_000, { ...ghs, reference: 'SI/2026-27/0815', party: 'Osu Chemists Ltd' }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['a'], ['si812']],
      [['b'], ['si815']],
    ]);
  });

  it("is refused when last year's document of that serial is open too", () => {
    const r = reconcile(
      [bankLine('a', '2026-05-04', 2_931_500, { ...ghs, narration: 'MOMO TO BANK 0244000777 KWAME ASARE SI 812' })],
      [
        entry('this', '2026-05-02', 2_931_500, { ...ghs, reference: 'SI/26-27/0812' }),
        entry('last', '2025-05-02', 2_931_500, { ...ghs, reference: 'SI/25-26/0812' }),
      ],
      opts,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('reads only consecutive years so: two numbers apart are not a financial year', () => {
    expect(ledgerKeys('SI/25-26/0812')).toContain('S:INV:812');
    expect(ledgerKeys('SI/2025-26/0812')).toContain('S:INV:812');
    expect(ledgerKeys('SI/25-27/0812')).not.toContain('S:INV:812');
    expect(ledgerKeys('SI/25-26/12')).not.toContain('S:INV:12');
  });
});
