import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import { LedgerIndex } from '../../matching/candidate-index.js';
import { type PreparedLedger, prepareLedger } from '../../matching/prepared.js';

/** A small deterministic generator (the seed is fixed: this checks an ordering, not a distribution). */
function entries(count: number, maxAbs: number): PreparedLedger[] {
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const list: LedgerEntry[] = [];
  for (let i = 0; i < count; i++) {
    // dates before and after 1970 (negative and positive day numbers), few amounts so buckets hold several entries
    const year = 1965 + Math.floor(next() * 70);
    const date = `${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
    const abs = 1 + Math.floor(next() * 5) * Math.floor(maxAbs / 5);
    list.push({ id: `L${String(i).padStart(4, '0')}`, date, amountMinor: next() < 0.5 ? -abs : abs, currency: 'NGN' });
  }
  return list.map((e, i) => prepareLedger(e, i));
}

function visited(index: LedgerIndex, sign: number, minAbs: number, maxAbs: number, from: number, to: number) {
  const out: number[] = [];
  index.byAmount('NGN', sign, minAbs, maxAbs, from, to, (order) => out.push(order));
  return out;
}

/** The same search as a plain filter and sort: by amount, then day, then order. */
function plain(ls: PreparedLedger[], sign: number, minAbs: number, maxAbs: number, from: number, to: number) {
  return ls
    .filter((l) => l.sign === sign && l.abs >= minAbs && l.abs <= maxAbs && l.day <= to && l.endDay >= from)
    .sort((a, b) => a.abs - b.abs || a.day - b.day || a.order - b.order)
    .map((l) => l.order);
}

describe('ledger index: entries by amount then date, sorted as numbers or by comparator', () => {
  for (const [what, maxAbs] of [
    ['ordinary amounts (numeric sort)', 10_000_000],
    ['amounts too large to pack with the count (comparator sort)', 9_000_000_000_000_000],
  ] as const)
    it(`visits what a plain scan finds, in its order: ${what}`, () => {
      const ls = entries(400, maxAbs);
      const index = new LedgerIndex(ls);
      const days = ls.map((l) => l.day);
      const [lo, hi] = [Math.min(...days), Math.max(...days)];
      for (const sign of [-1, 1])
        for (const [from, to] of [
          [lo, hi],
          [lo, 0],
          [0, hi],
          [Math.floor((lo + hi) / 3), Math.floor((lo + hi) / 2)],
        ] as const) {
          const found = visited(index, sign, 1, maxAbs, from, to);
          expect(found).toEqual(plain(ls, sign, 1, maxAbs, from, to));
          expect(found.length).toBeGreaterThan(0);
        }
    });
});

describe('ledger index at the edge of the packed range', () => {
  it('orders amounts whose packed key is the largest safe integer, and one past it, like a plain sort', () => {
    for (const n of [3, 100, 1_000]) {
      // amount × n + rank stays exact up to this amount; one more and the index sorts by comparator
      const top = Math.floor((Number.MAX_SAFE_INTEGER - n) / n);
      for (const maxAbs of [top, top + 1]) {
        let x = n;
        const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
        const ls = Array.from({ length: n }, (_, i) => {
          const abs = [maxAbs, maxAbs - 1, 1, Math.floor(maxAbs / 2)][Math.floor(next() * 4)]!;
          const date = `${1890 + Math.floor(next() * 200)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
          return prepareLedger({ id: `L${String(i).padStart(5, '0')}`, date, amountMinor: abs, currency: 'NGN' }, i);
        });
        const [lo, hi] = [Math.min(...ls.map((l) => l.day)), Math.max(...ls.map((l) => l.day))];
        expect(visited(new LedgerIndex(ls), 1, 1, Number.MAX_SAFE_INTEGER, lo, hi), `${n} × ${maxAbs}`).toEqual(
          plain(ls, 1, 1, Number.MAX_SAFE_INTEGER, lo, hi),
        );
      }
    }
  });
});

describe('ledger index: several exact amounts in one pass', () => {
  it('visits what a search per amount visits, amount by amount', () => {
    const ls = entries(400, 10_000_000);
    const index = new LedgerIndex(ls);
    const amounts = [...new Set(ls.map((l) => l.abs))].sort((a, b) => a - b);
    const days = ls.map((l) => l.day);
    const [lo, hi] = [Math.min(...days), Math.max(...days)];
    // present and absent amounts, next to each other and far apart, below the first and past the last
    const wanted = [
      0,
      amounts[0]!,
      amounts[0]! + 1,
      amounts[2]!,
      amounts[3]! - 1,
      amounts.at(-1)!,
      amounts.at(-1)! + 9,
    ];
    for (const sign of [-1, 1])
      for (let from = 0; from < wanted.length; from++) {
        const targets = Float64Array.from(wanted.slice(from));
        const found: number[] = [];
        // an empty range below the first target: only the exact amounts are visited
        const first = targets[0]!;
        index.byAmount('NGN', sign, first, first - 1, lo, hi, (order) => found.push(order), targets, targets.length);
        const expected = [...targets].flatMap((a) => visited(index, sign, a, a, lo, hi));
        expect(found).toEqual(expected);
        if (from <= 1) expect(found.length).toBeGreaterThan(0);
      }
  });
});
