/**
 * A statutory remittance whose authority the line writes by its initials beside the state's own word ("FCT-IRS PAYE",
 * "LIRS PAYE" against "FCT Internal Revenue Service" / "Lagos State Internal Revenue Service"), the entry headed by
 * the package's transaction type ("Gen Chq — PAYE August 2025"). Missed before: the authority's words and the
 * transaction type were read as naming someone the line does not. Another authority's initials still refuse.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const lagos = { timezone: 'Africa/Lagos' } as const;

describe('a remittance naming the authority by initials', () => {
  it('confirms FCT-IRS PAYE against the FCT Internal Revenue Service entry', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-10', -318_450_00, { narration: 'REMITA/FCT-IRS PAYE FEB 2026/RRR 310277115590' })],
      [
        entry('e', '2026-03-10', -318_450_00, {
          party: 'FCT Internal Revenue Service',
          description: 'PAYE February 2026',
        }),
      ],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it('confirms against an entry headed by its transaction type', () => {
    const r = reconcile(
      [bankLine('b', '2026-03-11', -275_000_00, { narration: 'REMITA/OGIRS PAYE FEB 2026/RRR 3102-7711-5591' })],
      [
        entry('e', '2026-03-11', -275_000_00, {
          party: 'Ogun State Internal Revenue Service',
          reference: 'OGIRS-FEB26',
          description: 'Gen Chq — PAYE February 2026 (Remita)',
        }),
      ],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it("refuses another authority's initials", () => {
    const r = reconcile(
      [bankLine('b', '2026-03-10', -318_450_00, { narration: 'REMITA/LIRS PAYE FEB 2026/RRR 310277115590' })],
      [
        entry('e', '2026-03-10', -318_450_00, {
          party: 'FCT Internal Revenue Service',
          description: 'PAYE February 2026',
        }),
      ],
      lagos,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
