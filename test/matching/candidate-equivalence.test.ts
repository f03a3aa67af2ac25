import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { largeBook } from '../../bench/large-book.js';
import { type AssignmentState, type Pair, byScoreThenIds } from '../../matching/assignment.js';
import { gatherCandidates, partyKeysOf } from '../../matching/candidates.js';
import { MAX_FIXED_DEDUCTION, fixedDeductions, largestDueWithheld } from '../../matching/deductions.js';
import { openState, reconcile, runPasses } from '../../matching/engine.js';
import { plausiblyPays } from '../../matching/groups.js';
import type { MatchOptions } from '../../matching/options.js';
import { type PreparedBank, type PreparedLedger, daysOutside } from '../../matching/prepared.js';
import { scorePair, sharedKey } from '../../matching/scoring.js';
import {
  AMOUNT_CANDIDATES_PER_LINE,
  AMOUNT_LOOKBACK_DAYS,
  MAX_ENTRIES_PER_KEY,
  PARTY_POOL,
  PAYER_ITEM_SHORT_RATIO,
  PAYER_ITEM_OVER_RATIO,
} from '../../matching/thresholds.js';
import { overAllowance, underAllowance } from '../../matching/tolerance.js';

/**
 * The candidate search is the engine's hot path, stored in typed arrays and scratch space for speed. This runs the same
 * search the plain way (a linear scan of every entry, a set per line, an object per pair: the representation it
 * replaced) and requires the very same candidates, in the same order, with the same scores, line by line. It depends
 * only on the scorer and thresholds, so it keeps holding while the passes change.
 */
function plainCandidates(state: AssignmentState): { pairs: Pair[][]; creditNotes: PreparedLedger[][] } {
  const { opts, ledgers } = state;
  const tol = opts.tolerance;
  const w = opts.dateWindowDays;
  const pairs: Pair[][] = [];
  const creditNotes: PreparedLedger[][] = [];
  const byAmount = (b: PreparedBank, minAbs: number, maxAbs: number, fromDay: number, toDay: number) =>
    ledgers
      .filter(
        (l) =>
          l.entry.currency === b.line.currency &&
          l.sign === b.sign &&
          l.abs >= minAbs &&
          l.abs <= maxAbs &&
          l.day <= toDay &&
          l.endDay >= fromDay,
      )
      .sort((x, y) => x.abs - y.abs || x.day - y.day || x.order - y.order);
  for (const b of state.banks) {
    const seen = new Set<PreparedLedger>();
    const refPairs: Pair[] = [];
    const others: Pair[] = [];
    const score = (l: PreparedLedger) => scorePair(b, l, tol, w, opts.writeOffAccount);
    const sameSide = (l: PreparedLedger) => l.entry.currency === b.line.currency && l.sign === b.sign;
    const notes: PreparedLedger[] = [];
    for (const k of b.keys) {
      const sharing = ledgers.filter((l) => l.keys.includes(k));
      if (sharing.length > MAX_ENTRIES_PER_KEY) continue;
      for (const l of sharing) {
        if (l.entry.currency === b.line.currency && l.sign !== b.sign) {
          if (state.allowed(b, l) && !notes.includes(l)) notes.push(l);
          continue;
        }
        if (seen.has(l) || !sameSide(l) || !state.allowed(b, l)) continue;
        seen.add(l);
        refPairs.push({ b, l, s: score(l) });
      }
    }
    const lowest = Math.floor(b.abs / PAYER_ITEM_OVER_RATIO) - overAllowance(b.abs, tol) - 1;
    const highest =
      Math.max(Math.ceil(b.abs * PAYER_ITEM_SHORT_RATIO), largestDueWithheld(b.line.currency, b.abs)) +
      underAllowance(b.abs * 2, tol) +
      MAX_FIXED_DEDUCTION;
    for (const key of partyKeysOf(b)) {
      let taken = 0;
      for (const l of state.partyItems(key)) {
        if (taken >= PARTY_POOL) break;
        if (l.abs < lowest || l.abs > highest) continue;
        if (seen.has(l) || !sameSide(l) || !plausiblyPays(b, l, w) || !state.allowed(b, l)) continue;
        const s = score(l);
        if (s.partyWeight <= 0 || s.fit === 'none' || s.fit === 'partial') continue;
        seen.add(l);
        taken++;
        others.push({ b, l, s });
      }
    }
    const over = overAllowance(b.abs, tol);
    const under = underAllowance(b.abs, tol);
    const fromDay = b.day - w - AMOUNT_LOOKBACK_DAYS;
    const ranges: Array<[number, number]> = [[Math.max(1, b.abs - over), b.abs + under]];
    for (const gap of fixedDeductions(b.line.currency)) if (gap > under) ranges.push([b.abs + gap, b.abs + gap]);
    for (const [lo, hi] of ranges)
      for (const l of byAmount(b, lo, hi, fromDay, b.day + w)) {
        if (seen.has(l) || !state.allowed(b, l)) continue;
        seen.add(l);
        const s = score(l);
        if (s.fit === 'none' || s.fit === 'partial') continue;
        if (s.partyWeight <= 0 && !s.referenceHit && daysOutside(b, l) > w) continue;
        others.push({ b, l, s });
      }
    others.sort(byScoreThenIds);
    pairs.push([
      ...refPairs.filter((p) => p.s.fit !== 'none' || p.s.referenceHit),
      ...others.slice(0, AMOUNT_CANDIDATES_PER_LINE),
    ]);
    creditNotes.push(notes);
  }
  return { pairs, creditNotes };
}

const view = (pairs: readonly Pair[]) =>
  pairs.map((p) => `${p.l.entry.id} ${p.s.strength} ${p.s.fit} ${p.s.key ?? '-'} ${p.s.partyKind ?? '-'}`);

function expectSameCandidates(bank: BankLine[], ledger: LedgerEntry[], options: Partial<MatchOptions> = {}): number {
  const indexed = openState(bank, ledger, options);
  gatherCandidates(indexed);
  const plain = plainCandidates(openState(bank, ledger, options));
  let pairs = 0;
  for (const b of indexed.banks) {
    const expected = plain.pairs[b.order]!;
    expect(view(indexed.pairsOf(b)), `bank line ${b.line.id}`).toEqual(view(expected));
    const notes = (indexed.creditNotesOf.get(b) ?? []).map((l) => l.entry.id);
    expect(notes, `credit notes of ${b.line.id}`).toEqual(plain.creditNotes[b.order]!.map((l) => l.entry.id));
    pairs += expected.length;
  }
  // every pair is also listed under its entry, once
  const byEntry = indexed.ledgers.reduce((n, l) => n + indexed.pairsOfEntry(l).length, 0);
  expect(byEntry).toBe(pairs);
  expectSameResult(bank, ledger, options);
  return pairs;
}

/** The engine's whole result (assignments, suggestions with their evidence, what stays open) from either search. */
function expectSameResult(bank: BankLine[], ledger: LedgerEntry[], options: Partial<MatchOptions>): void {
  const state = openState(bank, ledger, options);
  const plain = plainCandidates(state);
  for (const b of state.banks) {
    for (const p of plain.pairs[b.order]!) state.addPair(p);
    if (plain.creditNotes[b.order]!.length > 0) state.creditNotesOf.set(b, plain.creditNotes[b.order]!);
  }
  const fromPlain = runPasses(state);
  const result = reconcile(bank, ledger, options);
  expect(result.matches.length).toBeGreaterThan(0);
  expect(result.suggestions.length).toBeGreaterThan(0);
  expect(JSON.stringify(result)).toBe(JSON.stringify(fromPlain));
}

describe('candidate search: indexed and typed storage equals a plain scan', () => {
  it('on the bench data (splits, twins, reversals, levies, lines without a reference)', () => {
    const { bank, ledger } = largeBook(800, 7);
    expect(expectSameCandidates(bank, ledger)).toBeGreaterThan(800);
  });

  it('with tolerances, a short date window and rejected pairs', () => {
    const { bank, ledger } = largeBook(600, 11);
    const rejectedPairs = bank.slice(0, 150).map((b, i) => ({ bankId: b.id, ledgerId: ledger[i]!.id }));
    const options: Partial<MatchOptions> = {
      dateWindowDays: 3,
      tolerance: { underPercent: '1', overFixedMinor: 500 },
      rejectedPairs,
    };
    expect(expectSameCandidates(bank, ledger, options)).toBeGreaterThan(600);
  });

  it('with several currencies, credit notes and many entries of one amount', () => {
    const bank: BankLine[] = [];
    const ledger: LedgerEntry[] = [];
    const currencies = ['NGN', 'KES', 'ZAR'] as const;
    for (let i = 0; i < 600; i++) {
      const currency = currencies[i % 3]!;
      const amount = (1 + (i % 7)) * 10_000; // few amounts: buckets of many entries on many days
      const day = `2025-0${1 + (i % 6)}-${String(1 + (i % 27)).padStart(2, '0')}`;
      ledger.push({
        id: `L${i}`,
        date: day,
        ...(i % 4 === 0 ? { dueDate: `2025-0${2 + (i % 6)}-01` } : {}),
        amountMinor: i % 9 === 0 ? -amount : amount,
        currency,
        reference: `INV-${1000 + i}`,
        party: `Party ${i % 13} Holdings`,
      });
      if (i % 10 === 0)
        ledger.push({ id: `C${i}`, date: day, amountMinor: -2_000, currency, reference: `INV-${1000 + i}` });
      bank.push({
        id: `B${i}`,
        date: day,
        amountMinor: i % 9 === 0 ? -(amount - 50) : amount - (i % 5 === 0 ? 50 : 0),
        currency,
        narration: i % 3 === 0 ? `TRF PARTY ${i % 13} HOLDINGS INV-${1000 + i}` : `TRANSFER ${i}`,
        counterpartyName: i % 2 === 0 ? `PARTY ${i % 13} HOLDINGS` : null,
      });
    }
    expect(expectSameCandidates(bank, ledger, { tolerance: { underFixedMinor: 100 } })).toBeGreaterThan(600);
    const state = openState(bank, ledger);
    gatherCandidates(state);
    expect([...state.creditNotesOf.values()].flat().length).toBeGreaterThan(0);
  });
});

describe('candidate search: a line quoting thousands of documents', () => {
  it('finds every quoted document by reference, each pair with the first key it shares', () => {
    const count = 4_000;
    const ledger: LedgerEntry[] = [];
    const quoted: string[] = [];
    for (let i = 0; i < count; i++) {
      const serial = String(i + 1).padStart(7, '0');
      ledger.push({
        id: `L${serial}`,
        date: '2025-03-01',
        amountMinor: 10_000 + i,
        currency: 'NGN',
        reference: `INV-2025-${serial}`,
      });
      quoted.push(`INV-2025-${serial}`);
    }
    const bank: BankLine[] = [
      {
        id: 'B1',
        date: '2025-03-10',
        amountMinor: 999_999,
        currency: 'NGN',
        narration: `BULK PAYMENT ${quoted.join(' ')}`,
      },
      { id: 'B2', date: '2025-03-10', amountMinor: 10_005, currency: 'NGN', narration: `PAYMENT ${quoted[5]}` },
    ];
    const state = openState(bank, ledger);
    const [bulk, single] = state.banks;
    gatherCandidates(state);
    const found = state.pairsOf(bulk!).filter((p) => p.s.referenceHit);
    expect(found.map((p) => p.l.entry.id).sort()).toEqual(ledger.map((l) => l.id).sort());
    for (const p of found) expect(p.s.key).toBe(sharedKey(bulk!, p.l));
    expect(state.pairsOf(single!).map((p) => [p.l.entry.id, p.s.referenceHit])).toContainEqual(['L0000006', true]);
  });

  it("still reads the line's own reference field after hundreds of documents in its narration", () => {
    const ledger: LedgerEntry[] = [
      { id: 'PAID', date: '2025-03-01', amountMinor: 5_000_000, currency: 'NGN', reference: 'PO-2025-7777777' },
      { id: 'DECOY', date: '2025-03-09', amountMinor: 5_000_000, currency: 'NGN', reference: 'X' },
    ];
    const quoted = Array.from({ length: 400 }, (_, i) => `INV-2025-${String(i + 1).padStart(7, '0')}`);
    const bank: BankLine[] = [
      {
        id: 'B1',
        date: '2025-03-10',
        amountMinor: 5_000_000,
        currency: 'NGN',
        narration: `REMITTANCE ${quoted.join(' ')}`,
        reference: 'PO-2025-7777777',
      },
    ];
    const result = reconcile(bank, ledger);
    expect(result.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([[['B1'], ['PAID']]]);
  });
});
