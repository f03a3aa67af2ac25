/**
 * Months as texts write them: whole, short, SEPT, and a short name with its year glued on ("SALARY JUL25"). A name is
 * not a month ("JANE", "MARE", "JUNO"): a salary to JANE MUTHONI in July names July only, and the month's payroll
 * journal is the six transfers of the day.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { isMonthWord, monthsWritten } from '../../matching/month-names.js';
import { bankLine, entry } from './build.js';

describe('month words', () => {
  it('reads whole and short names, SEPT, and a short name with its year', () => {
    expect([...monthsWritten('Net salaries September 2025')]).toEqual([8]);
    expect([...monthsWritten('PAYE SEPT 2025')]).toEqual([8]);
    expect([...monthsWritten('PESALINK TO JANE MUTHONI SALARY JUL25')]).toEqual([6]);
    expect(isMonthWord('DEC2025')).toBe(true);
  });

  it('is never a name that begins like one', () => {
    for (const word of ['JANE', 'MARE', 'JUNO', 'MAYOR', 'OCTAVIA', 'DECK', 'AUGUSTINE'])
      expect(isMonthWord(word)).toBe(false);
  });

  it('a month of salaries paid one transfer per employee is its payroll journal', () => {
    const people = ['JANE MUTHONI', 'KEVIN OCHIENG', 'SAMUEL KIPROTICH'];
    const amounts = [87_345_00, 84_414_00, 77_409_00];
    const r = reconcile(
      people.map((p, i) =>
        bankLine(`s${i}`, '2025-07-28', -amounts[i]!, { narration: `PESALINK TO ${p} SALARY JUL25`, currency: 'KES' }),
      ),
      [
        entry('j', '2025-07-28', -249_168_00, {
          reference: 'JE-0725',
          description: 'July 2025 net salaries',
          currency: 'KES',
        }),
      ],
      { timezone: 'Africa/Nairobi' },
    );
    expect(r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds])).toEqual([[['s0', 's1', 's2'], ['j']]]);
  });
});
