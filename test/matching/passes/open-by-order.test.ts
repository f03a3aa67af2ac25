import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssignmentState, type Pair } from '../../../matching/assignment.js';
import type { LedgerIndex } from '../../../matching/candidate-index.js';
import type { MatchOptions } from '../../../matching/options.js';
import type { PreparedBank, PreparedLedger } from '../../../matching/prepared.js';

// only what the state reads of a line or entry here: its order, id and party key
const bank = (order: number) => ({ order, partyKey: null, line: { id: `b${order}` } }) as unknown as PreparedBank;
const ledger = (order: number) => ({ order, partyKey: null, entry: { id: `l${order}` } }) as unknown as PreparedLedger;

// lines (some with no pairs), each line's pairs to any entries, and which lines and entries are then claimed
const runs = fc.record({
  pairsOfLine: fc.array(fc.array(fc.nat(9), { maxLength: 4 }), { minLength: 1, maxLength: 12 }),
  claimedLines: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  claimedEntries: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
});

describe('open by order', () => {
  it('tells, from the order arrays alone, what reading the pair and its line or entry tells', () => {
    fc.assert(
      fc.property(runs, ({ pairsOfLine, claimedLines, claimedEntries }) => {
        const banks = pairsOfLine.map((_, i) => bank(i));
        const ledgers = claimedEntries.map((_, i) => ledger(i));
        const state = new AssignmentState({} as MatchOptions, banks, ledgers, {} as LedgerIndex, new Set());
        pairsOfLine.forEach((entries, i) => {
          for (const l of entries) state.addPair({ b: banks[i]!, l: ledgers[l]!, s: {} } as unknown as Pair);
        });
        banks.forEach((b, i) => {
          if (claimedLines[i]) state.claim({ bankIds: [b.line.id], ledgerIds: [] } as never, [b], []);
        });
        ledgers.forEach((l, i) => {
          if (claimedEntries[i]) state.claim({ bankIds: [], ledgerIds: [l.entry.id] } as never, [], [l]);
        });
        for (const b of banks)
          for (let i = state.firstPairOf(b); i < state.endPairOf(b); i++)
            expect(state.pairEntryOpen(i)).toBe(state.ledgerOpen(state.pairAt(i).l));
        for (const l of ledgers)
          for (let i = state.firstPairOfEntry(l); i < state.endPairOfEntry(l); i++)
            expect(state.entryPairBankOpen(i)).toBe(state.bankOpen(state.entryPairAt(i).b));
      }),
    );
  });
});
