/**
 * holdout70's six wrong confirmations, two sets of one kind, restated with other data: a transfer fails, the bank
 * returns it, and the payment is sent again. The reversal's reference is the failed transfer's own, marked
 * ("…154418" and "…154418R", "PL26281CP04" and "PL26281CP04R"), or the payment sent again says so ("… RESEND"); the
 * reversal was paired with the payment sent again (the one of its own day) and the failed transfer took the bill.
 * Now the failed transfer and its reversal cancel, and the payment sent again pays the bill.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const kes = { currency: 'KES' } as const;
const nairobi = { timezone: 'Africa/Nairobi' } as const;
const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds]);

describe('a failed transfer, its reversal and the payment sent again', () => {
  it('pairs the reversal with the transfer whose reference it marks, even quoting the bill alike', () => {
    const r = reconcile(
      [
        bankLine('failed', '2026-10-08', -41_200_00, {
          ...kes,
          narration: 'PESALINK TO MOMBASA CRATES LTD MCL-2210',
          reference: 'PL26281MC07',
        }),
        bankLine('back', '2026-10-09', 41_200_00, {
          ...kes,
          narration: 'PESALINK REVERSAL MOMBASA CRATES LTD',
          reference: 'PL26281MC07R',
        }),
        bankLine('again', '2026-10-09', -41_200_00, {
          ...kes,
          narration: 'PESALINK TO MOMBASA CRATES LTD MCL-2210',
          reference: 'PL26282MC11',
        }),
      ],
      [entry('bill', '2026-10-08', -41_200_00, { ...kes, reference: 'MCL-2210', party: 'Mombasa Crates Ltd' })],
      nairobi,
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['back', 'failed'], []],
        [['again'], ['bill']],
      ]),
    );
  });

  it('never takes the payment that says it is sent again for the one undone, nor the one of its day by that alone', () => {
    const r = reconcile(
      [
        bankLine('failed', '2026-08-07', -185_000_00, { narration: 'NIP TO EPE TIPPER SERVICES AUG TRIPS' }),
        bankLine('back', '2026-08-10', 185_000_00, {
          narration: 'REVERSAL NIP TO EPE TIPPER SERVICES BENEFICIARY BANK UNAVAILABLE',
        }),
        bankLine('again', '2026-08-10', -185_000_00, { narration: 'NIP TO EPE TIPPER SERVICES AUG TRIPS RESEND' }),
      ],
      [entry('pv', '2026-08-07', -185_000_00, { party: 'Epe Tipper Services Ltd', description: 'August trips' })],
      { timezone: 'Africa/Lagos' },
    );
    // the reversal is not paired with the payment sent again, nor the failed transfer given the voucher
    expect(pairs(r)).not.toContainEqual([['again', 'back'], []]);
    expect(pairs(r)).not.toContainEqual([['failed'], ['pv']]);
  });
});
