/**
 * Pass 5d (passes/instalments-pass.ts): a part that quotes the entry's own document number is one of its payments
 * however the payer is written, as a part naming the party is (holdout8's Pieterse & Naidoo Inc, paid as "PNI
 * INV/2026/00187" and then "PIETERSE NAIDOO balance", booked once when the balance came).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const invoice = entry('inv', '2026-07-17', 162_300_00, {
  currency: 'ZAR',
  reference: 'INV/2026/00187',
  description: 'INV/2026/00187',
  party: 'Pieterse & Naidoo Inc',
});
const balance = bankLine('bal', '2026-07-17', 64_920_00, {
  currency: 'ZAR',
  narration: 'IB TRANSFER FROM PIETERSE NAIDOO balance',
});

describe('an invoice paid in parts and booked once, one part quoting its number', () => {
  it('takes the part quoting the number with the part naming the payer', () => {
    const quoting = bankLine('part', '2026-07-06', 97_380_00, {
      currency: 'ZAR',
      narration: 'IB TRANSFER FROM PNI INV/2026/00187',
    });
    const r = reconcile([quoting, balance], [invoice]);
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['part', 'bal'], ['inv']]]);
    expect(r.matches[0]!.evidence.map((e) => e.detail)).toContain(
      'every payment names "Pieterse & Naidoo Inc" or quotes the entry\'s number',
    );
  });

  it('does not take a part quoting another document of the same prefix and year', () => {
    const other = bankLine('part', '2026-07-06', 97_380_00, {
      currency: 'ZAR',
      narration: 'IB TRANSFER FROM PNI INV/2026/00191',
    });
    expect(reconcile([other, balance], [invoice]).matches).toEqual([]);
  });
});
