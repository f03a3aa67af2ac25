import { describe, expect, it } from 'vitest';
import { flat } from '../../matching/flat-text.js';
import { splitEvidence } from '../../matching/groups.js';
import { prepareBank, prepareLedger } from '../../matching/prepared.js';
import { dateEvidence } from '../../matching/scoring.js';

// Evidence sentences are joined rather than added up (memory at a million matches): the words must not change.
describe('flat', () => {
  it('writes what the template literal writes', () => {
    const name = 'Okon Freight';
    const n = 3;
    const none = null;
    expect(flat`counterparty name similar to "${name}" (${n * 30}%)`).toBe(
      `counterparty name similar to "${name}" (${n * 30}%)`,
    );
    expect(flat`${n}${name}${none}${undefined}`).toBe(`${n}${name}${none}${undefined}`);
    expect(flat`no values`).toBe('no values');
    expect(flat``).toBe('');
  });
});

// A run's many matches share the evidence that reads the same (a million copies of one sentence would each be kept).
describe('shared evidence', () => {
  const line = (id: string, date: string) =>
    prepareBank({ id, date, amountMinor: 100_000, currency: 'NGN', narration: 'TRF' }, 0, null);
  const entry = (id: string, date: string) =>
    prepareLedger({ id, date, amountMinor: 100_000, currency: 'NGN', reference: 'X' }, 0);

  it('gives one frozen date evidence per days outside the entry and window, with its own words and weight', () => {
    const a = dateEvidence(line('B1', '2025-03-05'), entry('L1', '2025-03-03'), 7);
    const b = dateEvidence(line('B2', '2025-04-12'), entry('L2', '2025-04-10'), 7);
    expect(a).toBe(b);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toEqual({ kind: 'date', detail: 'date 2 days from the entry', weight: expect.any(Number) });
    const wider = dateEvidence(line('B3', '2025-03-05'), entry('L3', '2025-03-03'), 14);
    expect(wider).not.toBe(a);
    expect(wider!.weight).toBeGreaterThan(a!.weight);
    expect(dateEvidence(line('B4', '2025-03-06'), entry('L4', '2025-03-03'), 7)!.detail).toBe(
      'date 3 days from the entry',
    );
  });

  it("shares a split's sum evidence by its counts, and words each count", () => {
    const bs = [line('B1', '2025-03-05'), line('B2', '2025-03-05')];
    const ls = [entry('L1', '2025-03-05')];
    const one = splitEvidence(bs, ls, false, 7);
    const two = splitEvidence(
      [line('B3', '2025-03-06'), line('B4', '2025-03-06')],
      [entry('L2', '2025-03-06')],
      false,
      7,
    );
    expect(one[0]).toBe(two[0]);
    expect(one[0]!.detail).toBe('2 bank lines and 1 book entry sum within tolerance');
    const three = splitEvidence(
      [line('B5', '2025-03-06')],
      [entry('L5', '2025-03-06'), entry('L6', '2025-03-06')],
      false,
      7,
    );
    expect(three[0]!.detail).toBe('1 bank line and 2 book entries sum within tolerance');
  });
});
