import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { bankLine, entry } from '../build.js';

describe('pass 5: amount and date', () => {
  it('never confirms on amount and date alone at the default threshold', () => {
    const r = reconcile([bankLine('b', '2025-07-02', 77_000_00)], [entry('l', '2025-07-02', 77_000_00)]);
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['l']);
  });

  it('confirms when the caller lowers the threshold, and still refuses a tie', () => {
    const one = reconcile([bankLine('b', '2025-07-02', 77_000_00)], [entry('l', '2025-07-02', 77_000_00)], {
      autoConfirmThreshold: 0.35,
    });
    expect(one.matches.map((m) => [m.ledgerIds, m.kind])).toEqual([[['l'], 'exact']]);
    const two = reconcile(
      [bankLine('b', '2025-07-02', 77_000_00)],
      [entry('l1', '2025-07-02', 77_000_00), entry('l2', '2025-07-02', 77_000_00)],
      { autoConfirmThreshold: 0.35 },
    );
    expect(two.matches).toEqual([]);
  });

  it('does not suggest an amount-only candidate beyond the date window', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-20', 77_000_00)],
      [entry('old', '2025-07-01', 77_000_00), entry('near', '2025-07-16', 77_000_00)],
      { dateWindowDays: 7 },
    );
    expect(r.suggestions.flatMap((s) => s.candidates.map((c) => c.ledgerIds))).toEqual([['near']]);
  });

  it('a named payer may pay weeks late: their old item is still suggested', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-20', 77_000_00, { counterpartyName: 'OSOGBO PRINTERS' })],
      [entry('old', '2025-06-01', 77_000_00, { party: 'Osogbo Printers' })],
    );
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['old']);
  });

  it('a receipt short by the ₦50 levy is suggested first with the gap and the levy account', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-03', 1_995_000, { narration: 'NIP FRM UYO CRAFTS' })],
      [entry('i', '2025-07-02', 2_000_000, { party: 'Uyo Crafts' }), entry('x', '2025-07-02', 1_900_000)],
    );
    expect(r.matches).toEqual([]);
    const top = r.suggestions[0]!.candidates[0]!;
    expect(top.ledgerIds).toEqual(['i']);
    expect(top.writeOff).toEqual({ account: 'Taxes:Electronic money transfer levy', amountMinor: 5_000 });
    expect(top.evidence.map((e) => e.detail).join(' ')).toMatch(/electronic money transfer levy/);
  });
});
