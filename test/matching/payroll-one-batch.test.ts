/**
 * A payroll paid as one bulk debit: against the month's one net-pay journal, or against the employees' own salary
 * entries (a payment voucher each), all of those days together. Missed before (pass 4c took only a day of one transfer
 * per employee). The refusals: another salary debit of the same amount in the pay period, entries that do not make the
 * batch to the cent, another month.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const groups = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()]);
const opts = { timezone: 'Africa/Nairobi' };
const batch = (id: string, date: string, amount: number, narration = 'BULK PAYMENT SALARIES MAY26 BATCH 0526') =>
  bankLine(id, date, amount, { narration, currency: 'KES' });

describe('a payroll paid as one batch', () => {
  it('is the net-pay journal of the month', () => {
    const r = reconcile(
      [batch('b', '2026-05-28', -1_896_850_00)],
      [entry('j', '2026-05-28', -1_896_850_00, { description: 'Net salaries May 2026', currency: 'KES' })],
      // pass 5b would take an amount no other item carries: off, so the payroll pass's own reading is what is seen
      { ...opts, autoConfirmUniqueAmount: false },
    );
    expect(groups(r)).toEqual([[['b'], ['j']]]);
    expect(r.matches[0]!.evidence[0]!.detail).toBe('the salary batch of 2026-05-28 is the payroll entry');
  });

  it("is the employees' salary entries of those days together", () => {
    const r = reconcile(
      [batch('b', '2026-06-26', -25_936_00, 'ACH DR SALARY BATCH JUN26')],
      [
        entry('e1', '2026-06-26', -4_458_00, { description: 'Salary June 2026 Ama Serwaa', currency: 'KES' }),
        entry('e2', '2026-06-26', -6_936_00, { description: 'Salary June 2026 Kojo Annan', currency: 'KES' }),
        entry('e3', '2026-06-26', -4_074_00, { description: 'Salary June 2026 Efua Mensah', currency: 'KES' }),
        entry('e4', '2026-06-25', -7_189_00, { description: 'Salary June 2026', party: 'Yaw Darko', currency: 'KES' }),
        entry('e5', '2026-06-26', -3_279_00, { description: 'Salary June 2026 Akosua Boakye', currency: 'KES' }),
      ],
      opts,
    );
    expect(groups(r)).toEqual([[['b'], ['e1', 'e2', 'e3', 'e4', 'e5']]]);
  });

  it('is refused when another salary debit of the same amount falls in the pay period', () => {
    const r = reconcile(
      [
        batch('b1', '2026-05-28', -1_896_850_00),
        batch('b2', '2026-05-05', -1_896_850_00, 'BULK PAYMENT SALARIES APR26'),
      ],
      [entry('j', '2026-05-28', -1_896_850_00, { description: 'Net salaries May 2026', currency: 'KES' })],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('is refused when the salary entries of those days do not make the batch', () => {
    const r = reconcile(
      [batch('b', '2026-06-26', -25_936_00, 'ACH DR SALARY BATCH JUN26')],
      [
        entry('e1', '2026-06-26', -4_458_00, { description: 'Salary June 2026 Ama Serwaa', currency: 'KES' }),
        entry('e2', '2026-06-26', -6_936_00, { description: 'Salary June 2026 Kojo Annan', currency: 'KES' }),
        entry('e3', '2026-06-26', -14_542_01, { description: 'Salary June 2026 Efua Mensah', currency: 'KES' }),
      ],
      opts,
    );
    expect(r.matches).toEqual([]);
  });

  it('is refused against a journal of another month', () => {
    const r = reconcile(
      [batch('b', '2026-05-28', -1_896_850_00, 'BULK PAYMENT SALARIES JUNE 2026')],
      [entry('j', '2026-05-28', -1_896_850_00, { description: 'Net salaries May 2026', currency: 'KES' })],
      // an amount no other item carries is pass 5b's to confirm whatever the words: off, to see this pass's own refusal
      { ...opts, autoConfirmUniqueAmount: false },
    );
    expect(r.matches).toEqual([]);
  });
});
