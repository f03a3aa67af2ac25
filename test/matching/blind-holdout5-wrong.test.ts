/**
 * The wrong auto-matches the blind holdout5 measurement found (bench/corpus/holdout5 via its reconcile-JSON documents,
 * measured once at 249504d), restated with fresh figures. Each failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const zar = { currency: 'ZAR' as const };

describe('wrong auto-matches of the blind holdout5', () => {
  it("two payments of a named customer with an open receipt each are not the day's card takings together", () => {
    const r = reconcile(
      [
        bankLine('a', '2026-03-10', 4_120_00, { ...zar, narration: 'Magtape credit BIDVEST ONLINE' }),
        bankLine('b', '2026-03-10', 4_120_00, { ...zar, narration: 'Magtape credit BIDVEST ONLINE' }),
      ],
      [
        entry('p1', '2026-03-10', 4_120_00, { ...zar, party: 'Bidvest Online (Pty) Ltd', description: 'Payment' }),
        entry('p2', '2026-03-10', 4_120_00, { ...zar, party: 'Bidvest Online (Pty) Ltd', description: 'Payment' }),
        entry('card', '2026-03-10', 8_240_00, { ...zar, party: 'Card customer', description: 'Sales Receipt' }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(r.matches.flatMap((m) => m.ledgerIds)).not.toContain('card');
  });

  it('a bank fee the books already hold as "Bank fees" is matched to it, not posted again by the preset rule', () => {
    const r = reconcile(
      [bankLine('fee', '2026-03-31', -215_00, { ...zar, narration: 'Monthly account fee' })],
      [entry('booked', '2026-03-31', -215_00, { ...zar, party: 'Discovery Bank', description: 'Expense — Bank fees' })],
      { timezone: 'Africa/Johannesburg' },
    );
    const m = r.matches.find((g) => g.bankIds.includes('fee'));
    if (m) expect(m.ledgerIds).toEqual(['booked']);
  });
});
