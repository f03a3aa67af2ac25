/**
 * Pass 4c: net pay paid employee by employee against the month's one payroll journal. Missed before (no pass took
 * several lines to one entry without a shared reference or payer).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const kes = { currency: 'KES' as const };
const salaries = (day: string, month = 'AUG 2025') => [
  bankLine('s1', day, -62_541_00, { ...kes, narration: `SALARY ${month} KEVIN OMONDI` }),
  bankLine('s2', day, -90_106_00, { ...kes, narration: `SALARY ${month} MERCY ACHIENG` }),
  bankLine('s3', day, -82_969_00, { ...kes, narration: `SALARY ${month} DAVID KIPROP` }),
];
const TOTAL = -(62_541_00 + 90_106_00 + 82_969_00);
const ids = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds]);

describe('a payroll paid employee by employee', () => {
  it('the day’s salary payments together are the month’s net pay journal', () => {
    const r = reconcile(
      salaries('2025-08-27'),
      [entry('net', '2025-08-27', TOTAL, { ...kes, reference: 'AUG25', description: 'Net salaries August 2025' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(ids(r)).toEqual([[['s1', 's2', 's3'], ['net']]]);
    expect(r.matches[0]!.evidence[0]!.detail).toContain('3 salary payments');
  });
});

describe('what a payroll batch must not take', () => {
  it('a day whose salaries do not make the journal to the cent (one employee still to be paid)', () => {
    const r = reconcile(
      salaries('2025-08-27').slice(0, 2),
      [entry('net', '2025-08-27', TOTAL, { ...kes, description: 'Net salaries August 2025' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches).toEqual([]);
  });

  it("another month's journal, or two journals of the same total", () => {
    const july = reconcile(
      salaries('2025-08-01', 'JUL 2025'),
      [entry('net', '2025-08-01', TOTAL, { ...kes, description: 'Net salaries August 2025' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(july.matches).toEqual([]);
    const two = reconcile(
      salaries('2025-08-27'),
      [
        entry('net', '2025-08-27', TOTAL, { ...kes, description: 'Net salaries August 2025' }),
        entry('net2', '2025-08-30', TOTAL, { ...kes, description: 'Net salaries - casuals' }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(two.matches).toEqual([]);
  });

  it('a salary advance is no part of the net pay', () => {
    const r = reconcile(
      [
        ...salaries('2025-08-27'),
        bankLine('adv', '2025-08-27', -10_000_00, { ...kes, narration: 'SALARY ADVANCE GRACE MUTHONI' }),
      ],
      [entry('net', '2025-08-27', TOTAL, { ...kes, description: 'Net salaries August 2025' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(ids(r)).toEqual([[['s1', 's2', 's3'], ['net']]]);
  });
});
