/**
 * A party column holding the contact's e-mail address (Akaunting's transactions export): no name, so the description
 * is read for the payer, as when the books have no party column. Missed before: the address was taken for the name
 * and matched nothing. The refusal: the description names someone else.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const opts = { timezone: 'Africa/Nairobi' };

describe('a party that is an e-mail address', () => {
  it('the payer named in the description is found in the narration', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-12', 260_570_00, { narration: 'EFT CR-TWIGA FOODS LIMITED-PAYMENT' })],
      [entry('e', '2025-05-12', 260_570_00, { description: 'Receipt - Twiga Foods', party: 'ap@twiga.com' })],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['e']]]);
  });

  it('a description naming another payer is not confirmed', () => {
    const r = reconcile(
      [bankLine('b', '2025-05-12', 260_570_00, { narration: 'EFT CR-TWIGA FOODS LIMITED-PAYMENT' })],
      [entry('e', '2025-05-12', 260_570_00, { description: 'Receipt - Kapa Oil Refineries', party: 'ap@twiga.com' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it("a person's own address at the employer's domain: the description names them, and they are paid", () => {
    const r = reconcile(
      [bankLine('b', '2025-08-28', -48_500_00, { narration: 'IB PAYMENT TO J PRETORIUS SALARY AUG' })],
      [
        entry('e', '2025-08-28', -48_500_00, {
          description: 'Salary August 2025 - J Pretorius — Salaries',
          party: 'jpretorius@jacarandatalent.co.za',
        }),
      ],
      opts,
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['b'], ['e']]]);
  });

  it('an address of another person at that domain is not read as the named one', () => {
    const r = reconcile(
      [bankLine('b', '2025-08-28', -48_500_00, { narration: 'IB PAYMENT TO J PRETORIUS SALARY AUG' })],
      [
        entry('e', '2025-08-28', -48_500_00, {
          description: 'Salary August 2025 - J Pretorius — Salaries',
          party: 'tnkosi@jacarandatalent.co.za',
        }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });
});
