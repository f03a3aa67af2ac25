/**
 * Found blind in holdout46: a supplier's refund ("NIP/FRM IBRAHIM ROOFING/OVERBILLED REFUND SHEETS 89882") of exactly
 * the amount a customer of a like name had promised ("Advance promised for site clearing", Ibrahim Homes Ltd) was
 * confirmed to that receipt by its amount alone. Money paid back comes from someone the business paid: the amount alone
 * names no customer's receipt, unless the books say refund or write the refunder's name.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const lagos = { timezone: 'Africa/Lagos' };

describe('a refund credit and a receipt of its amount', () => {
  it('are not matched by the amount alone when the refunder is another party', () => {
    const r = reconcile(
      [
        bankLine('b', '2031-10-30', 1_349_950_00, {
          narration: 'NIP/FRM IBRAHIM ROOFING/OVERBILLED REFUND SHEETS 89882',
        }),
      ],
      [
        entry('e', '2031-10-29', 1_349_950_00, {
          reference: 'GCC/3801',
          description: 'Advance promised for site clearing',
          party: 'Ibrahim Homes Ltd',
        }),
      ],
      lagos,
    );
    expect(r.matches).toEqual([]);
  });

  it('are matched when the books write the refunder, in any language', () => {
    const r = reconcile(
      [
        bankLine('b', '2027-10-26', 473_87, {
          narration: 'GIP TRF FRM PRESTEA LUBRICANTS LTD REFUND',
          currency: 'GHS',
        }),
      ],
      [
        entry('e', '2027-10-26', 473_87, {
          description: 'Återbetalning från Prestea Lubricants Ltd',
          currency: 'GHS',
        }),
      ],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });
});
