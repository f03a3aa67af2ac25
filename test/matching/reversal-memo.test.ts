/**
 * A debit order returned unpaid whose reversal line repeats the payee but drops the policy number the debit carried
 * ("DEBIT ORDER JUBILEE INSURANCE POL 88123", then "DEBIT ORDER RETURNED JUBILEE INSURANCE"): a reversal pair. Missed
 * before (only a memo after a separator or words with digits counted as a memo), which left the returned debit free
 * to take the insurer's bill. The refusal: a name's further words are never a memo.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const opts = { timezone: 'Africa/Nairobi' };

describe('a reversal that drops the reference after the payee', () => {
  it('pairs the debit order with its return, and leaves the bill to the books', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-05-02', -45_000_00, {
          narration: 'DEBIT ORDER JUBILEE INSURANCE POL 88123',
          currency: 'KES',
        }),
        bankLine('r', '2026-05-03', 45_000_00, {
          narration: 'DEBIT ORDER RETURNED JUBILEE INSURANCE',
          currency: 'KES',
        }),
      ],
      [
        entry('bill', '2026-05-02', -45_000_00, {
          description: 'Motor insurance May — Jubilee Insurance',
          currency: 'KES',
        }),
      ],
      opts,
    );
    expect(pairs(r)).toEqual([[['d', 'r'], []]]);
    expect(r.matches[0]!.ruleId).toBe('reversal-pair');
  });

  it('does not take more of a name for a memo (JOHN KAMAU MWANGI is not JOHN KAMAU)', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-05-02', -45_000_00, {
          narration: 'STANDING ORDER ACME LOGISTICS KAMAU 88123',
          currency: 'KES',
        }),
        bankLine('r', '2026-05-03', 45_000_00, {
          narration: 'STANDING ORDER RETURNED ACME LOGISTICS',
          currency: 'KES',
        }),
      ],
      [],
      opts,
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('a standing order returned, worded the bank’s own way', () => {
  it.each([
    ['STANDING ORDER VODAFONE BUSINESS BROADBA', 'REVERSAL S/O VODAFONE BUSINESS BROADBAND INS'],
    ['STANDING ORDER SAFARICOM BUSINESS FIBRE', 'S/O RETURNED INSUFFICIENT FUNDS SAFARICOM BUSINESS FIBRE'],
  ])('%s and %s are a reversal pair', (original, reversal) => {
    const r = reconcile(
      [
        bankLine('d', '2026-06-08', -325_00, { narration: original, currency: 'KES' }),
        bankLine('r', '2026-06-10', 325_00, { narration: reversal, currency: 'KES' }),
      ],
      [entry('bill', '2026-06-08', -325_00, { description: 'Broadband and fibre', currency: 'KES' })],
      opts,
    );
    expect(pairs(r)).toEqual([[['d', 'r'], []]]);
  });

  it('another payee’s order returned is no pair (JOHN KAMAU is not JOHN KARIUKI)', () => {
    const r = reconcile(
      [
        bankLine('d', '2026-06-08', -325_00, { narration: 'STANDING ORDER JOHN KARIUKI', currency: 'KES' }),
        bankLine('r', '2026-06-10', 325_00, {
          narration: 'S/O RETURNED INSUFFICIENT FUNDS JOHN KAMAU',
          currency: 'KES',
        }),
      ],
      [],
      opts,
    );
    expect(pairs(r)).toEqual([]);
  });
});

describe('a failed transfer, its reversal and the payment sent again the same day, all quoting the invoice', () => {
  it('pairs the reversal with the transfer whose id it repeats, and gives the bill to the payment sent again', () => {
    const ngn = { currency: 'NGN' } as const;
    const r = reconcile(
      [
        bankLine('b1', '2025-10-10', -2_888_103_53, {
          ...ngn,
          narration: 'LOTUS TRF TO TITANIUM CHEM IMPORTS LTD TIT/INV/3145',
          reference: 'LTB9537942535',
        }),
        bankLine('b2', '2025-10-13', 2_888_103_53, {
          ...ngn,
          narration: 'RVSL: LOTUS TRF TO TITANIUM CHEM IMPORTS LTD TIT/INV/3145',
          reference: 'LTB9537942535',
        }),
        bankLine('b3', '2025-10-13', -2_888_103_53, {
          ...ngn,
          narration: 'NIP TO TITANIUM CHEM IMPORTS LTD/GTBANK/TIT/INV/3145',
          reference: '100054811586471948424064240490',
        }),
      ],
      [
        entry('l1', '2025-10-10', -2_888_103_53, {
          ...ngn,
          reference: 'PMT2370',
          party: 'V0101',
          description: 'Being payment to Titanium Chem Imports Ltd for TIT/INV/3145',
        }),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(pairs(r)).toEqual([
      [['b1', 'b2'], []],
      [['b3'], ['l1']],
    ]);
  });
});
