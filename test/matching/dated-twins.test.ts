/**
 * Equal instalments of one document, each booked on the day it was paid (passes/dated-twins.ts): the day tells the
 * pairings apart. A receipt booked twice, a payment a day off its entry, or instalments days apart stay a person's.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ke = { timezone: 'Africa/Nairobi' };
const line = (id: string, date: string) =>
  bankLine(id, date, 79_820_00, { currency: 'KES', narration: 'PESALINK CR CHANDARANA FOODPLUS INV-002269' });
const instalment = (id: string, date: string, n: number) =>
  entry(id, date, 79_820_00, {
    currency: 'KES',
    reference: 'INV-002269',
    description: `Chandarana Supermarkets Ltd - instalment ${n} — Customer Payment`,
  });
const pairs = (r: ReturnType<typeof reconcile>) =>
  Object.fromEntries(r.matches.map((m) => [m.bankIds.join(','), m.ledgerIds.join(',')]));

describe('equal instalments of one document, each paid on its day', () => {
  it('pairs each payment with the instalment booked on its day', () => {
    const r = reconcile(
      [line('b1', '2026-03-11'), line('b2', '2026-03-27')],
      [instalment('l1', '2026-03-11', 1), instalment('l2', '2026-03-27', 2)],
      ke,
    );
    expect(pairs(r)).toEqual({ b1: 'l1', b2: 'l2' });
    expect(r.matches[0]!.evidence.some((e) => e.detail.startsWith('equal instalments'))).toBe(true);
  });

  it('leaves a receipt booked twice to a person: one payment, two entries', () => {
    const r = reconcile(
      [line('b1', '2026-03-11')],
      [instalment('l1', '2026-03-11', 1), instalment('l2', '2026-03-27', 1)],
      ke,
    );
    expect(r.matches).toEqual([]);
  });

  it('does not guess when a payment is a day off its entry', () => {
    const r = reconcile(
      [line('b1', '2026-03-12'), line('b2', '2026-03-28')],
      [instalment('l1', '2026-03-11', 1), instalment('l2', '2026-03-27', 2)],
      ke,
    );
    expect(r.matches).toEqual([]);
  });

  it('does not tell apart instalments booked days apart', () => {
    const r = reconcile(
      [line('b1', '2026-03-11'), line('b2', '2026-03-14')],
      [instalment('l1', '2026-03-11', 1), instalment('l2', '2026-03-14', 2)],
      ke,
    );
    expect(r.matches).toEqual([]);
  });
});
