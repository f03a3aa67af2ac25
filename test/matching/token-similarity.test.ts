import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeName, tokenSimilarity } from '../../matching/counterparty.js';

// The similarity as it was written before it read the tokens in place (joined strings, sliced and sorted copies): the
// in-place reading must give the very same number for any tokens, not only normalised ones.
const NOISE_STUBS = ['ENTE', 'ENTERP', 'LIMI', 'COMP', 'NIGER', 'TRAN', 'MOBI', 'PAYM'];
const NOISE_FULL = [
  'LIMITED',
  'FROM',
  'NIGERIA',
  'COMPANY',
  'ENTERPRISES',
  'ENTERPRISE',
  'TRANSFER',
  'MOBILE',
  'PAYMENT',
];

function oldDice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const grams = (t: string) => {
    const g: number[] = [];
    for (let i = 0; i + 1 < t.length; i++) g.push(t.charCodeAt(i) * 65_536 + t.charCodeAt(i + 1));
    return g.sort((x, y) => x - y);
  };
  const ga = grams(a);
  const gb = grams(b);
  let overlap = 0;
  for (let i = 0, j = 0; i < ga.length && j < gb.length;) {
    if (ga[i] === gb[j]) {
      overlap++;
      i++;
      j++;
    } else if (ga[i]! < gb[j]!) i++;
    else j++;
  }
  return (2 * overlap) / (ga.length + gb.length);
}

function oldTokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const last = a[a.length - 1];
  const stub = (w: string) => NOISE_FULL.some((n) => n.startsWith(w));
  if (last && last.length >= 3 && a.length > 1 && !b.includes(last) && stub(last)) a = a.slice(0, -1);
  if (a.length === 0 || b.length === 0) return 0;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === joinedB) return 1;
  let score = oldDice(joinedA, joinedB);
  const truncation = () => {
    const l = a.length - 1;
    for (let i = 0; i < l; i++) if (b[i] !== a[i]) return false;
    return b[l]!.startsWith(a[l]!);
  };
  if (a.length >= 2 && a.length <= b.length && truncation()) score = Math.max(score, 0.9);
  if (a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ')) score = Math.max(score, 0.95);
  return score;
}

const word = fc.oneof(
  fc.constantFrom('OKON', 'FREIGHT', 'OKO', 'NFREIGHT', 'ADE', 'BAYO', 'ADEBAYO', 'A', 'AB', '', 'A B', 'B', 'AB C'),
  fc.constantFrom(...NOISE_STUBS, ...NOISE_FULL),
  fc.stringMatching(/^[A-Z0-9]{0,6}$/),
  fc.string({ maxLength: 4 }),
);
const words = fc.array(word, { maxLength: 6 });

describe('tokenSimilarity', () => {
  it('gives the same number as joining, slicing and sorting copies', () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        expect(tokenSimilarity(a, b)).toBe(oldTokenSimilarity(a, b));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads one list against itself, reordered, or cut short, as before', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 0, max: 6 }), (a, cut) => {
        const reordered = [...a].reverse();
        const short = a.slice(0, cut);
        for (const [x, y] of [
          [a, a],
          [a, reordered],
          [short, a],
          [a, short],
        ] as const)
          expect(tokenSimilarity(x, y)).toBe(oldTokenSimilarity(x, y));
      }),
      { numRuns: 5_000 },
    );
  });

  it('compares names longer than the scratch arrays', () => {
    const long = normalizeName('Adebayo '.repeat(20) + 'Stores');
    const other = normalizeName('Adebayo '.repeat(19) + 'Store Enterp');
    expect(tokenSimilarity(long, other)).toBe(oldTokenSimilarity(long, other));
    expect(tokenSimilarity(other, long)).toBe(oldTokenSimilarity(other, long));
  });
});
