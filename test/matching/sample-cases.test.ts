import { describe, expect, it } from 'vitest';
import { findBalanceBreaks } from '../../domain/transactions.js';
import { parseMajorString, minorToMajorString } from '../../domain/money.js';
import { resolveParty } from '../../matching/counterparty.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

// The sample cases of /work/shared/reconciliation.md, amounts in minor units (×100).
describe('reconciliation.md sample cases', () => {
  it('1: "invoice 2019-00001" auto-confirms the INV/2019/00001 invoice by reference', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-05', 10_000, { narration: 'invoice 2019-00001' })],
      [
        entry('i1', '2024-03-01', 10_000, { reference: 'INV/2019/00001' }),
        entry('i2', '2024-03-01', 20_000, { reference: 'INV/2019/00002' }),
      ],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({
      bankIds: ['b1'],
      ledgerIds: ['i1'],
      kind: 'reference',
      differenceMinor: 0,
      writeOff: null,
    });
    expect(r.matches[0]!.evidence.map((e) => e.kind)).toContain('reference');
    expect(r.unmatchedLedger).toEqual(['i2']);
  });

  it('2: +600 from P1 with open 100, 200, 300 proposes all three as a suggestion, not an auto-match', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-05', 60_000, { counterpartyName: 'P1 Trading' })],
      [
        entry('a', '2024-03-01', 10_000, { party: 'P1 Trading' }),
        entry('b', '2024-03-02', 20_000, { party: 'P1 Trading' }),
        entry('c', '2024-03-03', 30_000, { party: 'P1 Trading' }),
      ],
    );
    expect(r.matches).toEqual([]);
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds.sort()).toEqual(['a', 'b', 'c']);
    expect(r.suggestions[0]!.candidates[0]!.evidence.map((e) => e.kind)).toContain('split_sum');
  });

  it('3: invoice 1000 paid 990: no match at zero tolerance; with 1% it matches and writes off 10', () => {
    const bank = [bankLine('b1', '2024-03-05', 99_000, { narration: 'PAYMENT INV-0042' })];
    const ledger = [entry('i1', '2024-03-04', 100_000, { reference: 'INV-0042' })];
    const strict = reconcile(bank, ledger);
    expect(strict.matches).toEqual([]);
    const tolerant = reconcile(bank, ledger, { tolerance: { underPercent: '1' }, writeOffAccount: 'Bank charges' });
    expect(tolerant.matches).toHaveLength(1);
    expect(tolerant.matches[0]).toMatchObject({
      differenceMinor: -1_000,
      writeOff: { account: 'Bank charges', amountMinor: 1_000 },
    });
  });

  it('4: invoice 1000 paid 1010 matches; the extra 10 stays as the difference, nothing written off', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-05', 101_000, { narration: 'PAYMENT INV-0042' })],
      [entry('i1', '2024-03-04', 100_000, { reference: 'INV-0042' })],
    );
    expect(r.matches).toHaveLength(1);
    expect(r.matches[0]).toMatchObject({ differenceMinor: 1_000, writeOff: null });
  });

  it('5: +300 from P1 with open 100, 200, 300 proposes only the 300 item, not 100 + 200', () => {
    const r = reconcile(
      [bankLine('b1', '2024-03-05', 30_000, { counterpartyName: 'P1 Trading' })],
      [
        entry('a', '2024-03-01', 10_000, { party: 'P1 Trading' }),
        entry('b', '2024-03-02', 20_000, { party: 'P1 Trading' }),
        entry('c', '2024-03-03', 30_000, { party: 'P1 Trading' }),
      ],
    );
    // 100 + 200 also makes 300, so the single item is the likelier reading, not proof: a suggestion, 300 first
    expect(r.matches).toEqual([]);
    // without that ambiguity (100, 250, 300) the exact amount, the named payer and the date confirm it
    const clear = reconcile(
      [bankLine('b1', '2024-03-05', 30_000, { counterpartyName: 'P1 Trading' })],
      [
        entry('a', '2024-03-01', 10_000, { party: 'P1 Trading' }),
        entry('b', '2024-03-02', 25_000, { party: 'P1 Trading' }),
        entry('c', '2024-03-03', 30_000, { party: 'P1 Trading' }),
      ],
    );
    expect(clear.matches.map((g) => [g.bankIds, g.ledgerIds, g.kind])).toEqual([[['b1'], ['c'], 'exact']]);
    const cands = r.suggestions[0]!.candidates;
    expect(cands[0]!.ledgerIds).toEqual(['c']);
    expect(cands.some((c) => c.ledgerIds.length > 1)).toBe(false);
  });

  it('6: −690 "Re … FE/000002917 … Conrad Electronic" on 26 Oct ranks the 24 Oct payment to Conrad Electronic first', () => {
    const bank = [
      bankLine('b1', '2023-10-26', -69_000, { narration: 'Re 95282925234 FE/000002917 Order 2023 Conrad Electronic' }),
    ];
    const ledger = [
      entry('x', '2023-10-24', -69_000, { party: 'Conrad Electronic', description: 'Electronic components' }),
      entry('y', '2023-10-20', -69_000, { party: 'Mouser Electronics' }),
    ];
    const r = reconcile(bank, ledger, { autoConfirmByCounterparty: false });
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds).toEqual(['x']);
    // Mouser is named and absent from the narration, so it is no rival: the Conrad payment is confirmed
    expect(reconcile(bank, ledger).matches.map((g) => g.ledgerIds)).toEqual([['x']]);
  });

  it('7: "Adithya Medical & General" decides between two near-identical suppliers nothing', () => {
    const parties = ['Adithya Medical & General Stores', 'Adithya Medical And General Stores'];
    expect(resolveParty('Adithya Medical & General', parties)).toBeNull();
    const r = reconcile(
      [bankLine('b1', '2024-03-05', -50_000, { counterpartyName: 'Adithya Medical & General' })],
      [
        entry('s1', '2024-03-04', -50_000, { party: parties[0] }),
        entry('s2', '2024-03-04', -50_000, { party: parties[1] }),
      ],
      { autoConfirmThreshold: 0.3 },
    );
    expect(r.matches).toEqual([]);
    const [first, second] = r.suggestions[0]!.candidates;
    expect(first!.confidence).toBe(second!.confidence);
    expect(first!.evidence.map((e) => e.kind)).toContain('tie');
  });

  it('9: card line −431.45 on 27 Mar is one group of the four order charges of 29 Mar', () => {
    const r = reconcile(
      [bankLine('card', '2024-03-27', -43_145, { narration: 'POS PURCHASE WEBSTORE' })],
      [
        entry('o1', '2024-03-29', -9_431),
        entry('o2', '2024-03-29', -16_155),
        entry('o3', '2024-03-29', -4_352),
        entry('o4', '2024-03-29', -13_207),
        entry('o5', '2024-03-29', -7_777),
      ],
    );
    expect(r.suggestions[0]!.candidates[0]!.ledgerIds.sort()).toEqual(['o1', 'o2', 'o3', 'o4']);
  });

  it('10 (engine side): genuine twins are never merged; without references they are left to a person', () => {
    const bank = [
      bankLine('b1', '2024-03-05', -550, { narration: 'POS PURCHASE CHICKEN REPUBLIC', balanceMinor: 10_000 }),
      bankLine('b2', '2024-03-05', -550, { narration: 'POS PURCHASE CHICKEN REPUBLIC', balanceMinor: 9_450 }),
    ];
    const ledger = [
      entry('e1', '2024-03-05', -550, { party: 'Chicken Republic' }),
      entry('e2', '2024-03-05', -550, { party: 'Chicken Republic' }),
    ];
    const r = reconcile(bank, ledger, { autoConfirmThreshold: 0.3 });
    expect(r.matches).toEqual([]);
    expect(r.suggestions.map((s) => s.bankIds)).toEqual([['b1'], ['b2']]);
    const withRefs = reconcile(
      [
        bankLine('b1', '2024-03-05', 50_000, { narration: 'INV-2024-0007' }),
        bankLine('b2', '2024-03-05', 50_000, { narration: 'INV-2024-0008' }),
      ],
      [
        entry('i8', '2024-03-01', 50_000, { reference: 'INV-2024-0008' }),
        entry('i7', '2024-03-01', 50_000, { reference: 'INV-2024-0007' }),
      ],
    );
    expect(withRefs.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['b1'], ['i7']],
      [['b2'], ['i8']],
    ]);
  });

  it('11: a Mono debit of 147085 kobo reads as −1,470.85 NGN and balances chain', () => {
    const minor = -147_085;
    expect(minorToMajorString(minor, 'NGN')).toBe('-1470.85');
    expect(parseMajorString('-1470.85', 'NGN')).toBe(minor);
    const rows = [
      { providerTxnId: 'a', amountMinor: 500_000, balanceMinor: 1_000_000 },
      { providerTxnId: 'b', amountMinor: minor, balanceMinor: 1_000_000 + minor },
      { providerTxnId: 'c', amountMinor: -100, balanceMinor: 1_000_000 + minor - 200 },
    ];
    expect(findBalanceBreaks(rows)).toEqual([
      {
        afterProviderTxnId: 'b',
        atProviderTxnId: 'c',
        expectedMinor: 1_000_000 + minor - 100,
        actualMinor: 1_000_000 + minor - 200,
      },
    ]);
  });
});
