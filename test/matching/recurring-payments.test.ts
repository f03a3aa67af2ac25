/**
 * Equal payments to one payee week by week (fuel, a van's hire), each booked on the day it was paid: the other weeks
 * are each other's rivals, so none was confirmed. The pair dated the same day is, when every other week's entry has
 * its own line that day (and every other line its entry), five days or more away. The refusals: an older entry of the
 * amount with no line of its own (an unpaid invoice the payment may settle), a line quoting a document, weeks closer
 * than five days, a payment whose reversal came back.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);
const accra = { timezone: 'Africa/Accra' };
const week = (n: number) => `2025-02-${String(3 + 7 * n).padStart(2, '0')}`;
const line = (n: number, extra = {}) =>
  bankLine(`b${n}`, week(n), -15_000_00, { narration: 'GIP TRF TO KOFI DARKO TRANSPORT VAN HIRE', ...extra });
const booked = (n: number) =>
  entry(`e${n}`, week(n), -15_000_00, { party: 'Kofi Darko Transport', description: '(SupplierInvoicePayment)' });

describe('equal weekly payments to one payee', () => {
  it('each is the entry booked on its day', () => {
    const r = reconcile(
      [0, 1, 2, 3].map((n) => line(n)),
      [0, 1, 2, 3].map(booked),
      accra,
    );
    expect(pairs(r)).toHaveLength(4);
    for (const n of [0, 1, 2, 3]) expect(pairs(r)).toContainEqual([[`b${n}`], [`e${n}`]]);
  });

  it('but not when an older entry of the amount has no line of its own', () => {
    const r = reconcile(
      [line(2)],
      [booked(2), entry('old', '2025-01-20', -15_000_00, { party: 'Kofi Darko Transport', description: 'Bill' })],
      accra,
    );
    expect(r.matches).toEqual([]);
  });

  it('nor for lines quoting documents', () => {
    const r = reconcile(
      [
        line(0, { narration: 'GIP TRF TO KOFI DARKO TRANSPORT INV 2231' }),
        line(1, { narration: 'GIP TRF TO KOFI DARKO TRANSPORT INV 2232' }),
      ],
      [booked(0), booked(1)],
      accra,
    );
    expect(r.matches).toEqual([]);
  });

  it('nor for weeks closer than five days', () => {
    const r = reconcile(
      [line(0), bankLine('b0b', '2025-02-06', -15_000_00, { narration: 'GIP TRF TO KOFI DARKO TRANSPORT VAN HIRE' })],
      [booked(0), entry('e0b', '2025-02-06', -15_000_00, { party: 'Kofi Darko Transport' })],
      accra,
    );
    expect(r.matches).toEqual([]);
  });

  it('nor for a payment a reversal of its amount came back after', () => {
    const r = reconcile(
      [line(0), line(1), bankLine('rev', '2025-02-11', 15_000_00, { narration: 'REVERSAL GIP TRF FAILED' })],
      [booked(0), booked(1)],
      accra,
    );
    expect(pairs(r)).not.toContainEqual([['b1'], ['e1']]);
  });
});
