/**
 * A reversal sharing a number with two debits of its amount, the paying account's own (GTBank writes it on every
 * transfer): the number names neither apart, so the debit whose narration it repeats word for word is the one it
 * undoes, when the other repeats none of its words and came days before it. Met as a cross-period pair (review s33:
 * carried lines are paired by this pass, matching/carried-reversals.ts).
 */
import { describe, expect, it } from 'vitest';
import { carriedReversalPairs } from '../../matching/carried-reversals.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

const narration = (payee: string) => `TRANSFER BETWEEN CUSTOMERS VIA GTWORLD FROM 0123456789 TO ${payee}`;
const kofi = bankLine('kofi', '2024-03-28', -630_000, { narration: narration('KOFI BOATENG') });
const ama = bankLine('ama', '2024-03-29', -630_000, { narration: narration('AMA OWUSU') });
const back = bankLine('back', '2024-04-02', 630_000, { narration: `REVERSAL ${narration('AMA OWUSU')}` });
const reversalPairs = (r: ReturnType<typeof reconcile>) =>
  r.matches.filter((m) => m.ruleId === 'reversal-pair').map((m) => m.bankIds);

describe('a reversal sharing only the account’s own number with another debit', () => {
  it('undoes the debit whose narration it repeats', () => {
    expect(reversalPairs(reconcile([kofi, ama, back], []))).toEqual([['ama', 'back']]);
  });

  it('is left to a person when it repeats two debits word for word, or the other is of its day', () => {
    const twice = bankLine('twice', '2024-03-30', -630_000, { narration: narration('AMA OWUSU') });
    expect(reversalPairs(reconcile([kofi, ama, twice, back], []))).toEqual([]);
    const sameDay = bankLine('kofi2', '2024-04-02', -630_000, { narration: narration('KOFI BOATENG') });
    expect(reversalPairs(reconcile([sameDay, ama, back], []))).toEqual([]);
  });

  it('pairs the same way across a period end, a carried line with the reversal of the next period', () => {
    const carried = [kofi, ama].map((l) => ({
      side: 'bank' as const,
      id: l.id,
      date: l.date,
      reference: null,
      description: l.narration!,
      amountMinor: l.amountMinor,
      group: 'unexplained',
    }));
    expect(carriedReversalPairs(carried, [back])).toEqual([{ line: 'ama', reversal: 'back' }]);
    // a line carried as recorded later waits for its own entry: never a reversal's
    expect(carriedReversalPairs([{ ...carried[1]!, group: 'recorded-later' }], [back])).toEqual([]);
  });
});
