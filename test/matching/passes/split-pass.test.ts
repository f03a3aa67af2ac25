import { describe, expect, it } from 'vitest';
import { reconcile } from '../../../matching/engine.js';
import { findSignedSubsets } from '../../../matching/subset-sum.js';
import { bankLine, entry } from '../build.js';

describe('pass 6: splits', () => {
  it('signed subset-sum needs both signs and respects its bounds', () => {
    const items = [500, -50, 200, -120, 90];
    const found = findSignedSubsets(items, (x) => x, 450, 450, 4, 5);
    expect(found.map((s) => [...s].sort((a, b) => a - b))).toEqual([[-50, 500]]);
    expect(findSignedSubsets([100, 200], (x) => x, 300, 300, 3, 5)).toEqual([]);
  });

  it("proposes an invoice less the payer's credit note when no reference says so", () => {
    const r = reconcile(
      [bankLine('b', '2025-08-05', 180_000_00, { counterpartyName: 'KAFANCHAN AGRO' })],
      [
        entry('inv', '2025-08-01', 200_000_00, { party: 'Kafanchan Agro' }),
        entry('cn', '2025-08-03', -20_000_00, { party: 'Kafanchan Agro' }),
      ],
    );
    expect(r.matches).toEqual([]);
    const top = r.suggestions[0]!.candidates[0]!;
    expect(top.ledgerIds.sort()).toEqual(['cn', 'inv']);
    expect(top.evidence.find((e) => e.kind === 'split_sum')!.detail).toMatch(/credit note/);
  });

  it("a single exact item of someone else does not hide the payer's combination", () => {
    const r = reconcile(
      [bankLine('b', '2025-08-05', 60_000_00, { counterpartyName: 'LOKOJA SUPPLIES' })],
      [
        entry('a', '2025-08-01', 25_000_00, { party: 'Lokoja Supplies' }),
        entry('c', '2025-08-01', 35_000_00, { party: 'Lokoja Supplies' }),
        entry('z', '2025-08-04', 60_000_00, { party: 'Makurdi Feeds' }),
      ],
    );
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds.sort()).toEqual(['a', 'c']);
  });

  it('proposes several part payments of one entry as one group', () => {
    const r = reconcile(
      [
        bankLine('p1', '2025-08-02', 40_000_00, { counterpartyName: 'GOMBE MOTORS' }),
        bankLine('p2', '2025-08-09', 60_000_00, { counterpartyName: 'GOMBE MOTORS' }),
      ],
      // booked neither when the first part came nor when the last did: the instalments pass leaves it, a person decides
      [entry('inv', '2025-07-25', 100_000_00, { party: 'Gombe Motors' })],
    );
    const group = r.suggestions.find((s) => s.bankIds.length === 2)!;
    expect(group.bankIds.sort()).toEqual(['p1', 'p2']);
    expect(group.candidates[0]!.ledgerIds).toEqual(['inv']);
  });
});
