import { Decimal } from 'decimal.js';
import { normalizeName, tokenSimilarity } from '../matching/counterparty.js';

/**
 * Does the name on a linked bank account resemble the company or person it should belong to? Fuzzy (banks truncate,
 * reorder, add LTD/NIG/ENT, use initials) but explainable: the verdict comes with the words compared and the score.
 */
export interface HolderCheck {
  verdict: 'matches' | 'resembles' | 'differs' | 'unknown';
  /** 0..1, two decimals, as a string (a ratio, never a float in storage or output). */
  score: string;
  explanation: string;
  /** Why an 'unknown' verdict could not compare: the page words it for an accountant, the CLI shows `explanation`. */
  missing?: 'holder' | 'expected';
}

/** From this similarity on, the names are taken as the same holder. */
export const RESEMBLES_FROM = '0.8';

/** "A. B. OKAFOR" against "ADEBAYO BOLA OKAFOR": every initial stands for the next word, every full word equal. */
function initialsAgree(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  const fits = (x: string, y: string) =>
    x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
  const same = (xs: string[], ys: string[]) => xs.every((x, i) => fits(x, ys[i]!));
  const full = (xs: string[]) => xs.filter((x) => x.length > 1).length;
  return (same(a, b) || same([...a].sort(), [...b].sort())) && Math.min(full(a), full(b)) >= 1;
}

export function checkHolderName(holder: string | null | undefined, expected: string | null | undefined): HolderCheck {
  if (!holder || !expected)
    return {
      verdict: 'unknown',
      score: '0.00',
      missing: !holder ? 'holder' : 'expected',
      explanation: !holder
        ? 'Mono gave no account holder name'
        : 'no expected holder is on record (set one with `bankfeed accounts show <account> --expect "<name>"`)',
    };
  const a = normalizeName(holder);
  const b = normalizeName(expected);
  const raw = Math.max(tokenSimilarity(a, b), tokenSimilarity(b, a), initialsAgree(a, b) ? 0.85 : 0);
  const score = new Decimal(raw).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const shared = a.filter((w) => b.includes(w));
  const words = `compared "${a.join(' ')}" with "${b.join(' ')}" (LTD, PLC, NIG, ENT and titles left out)`;
  const sharedText = shared.length ? `; shared words: ${shared.join(', ')}` : '; no word in common';
  if (a.join(' ') === b.join(' ')) return { verdict: 'matches', score: '1.00', explanation: `${words}: the same name` };
  if (score.gte(RESEMBLES_FROM))
    return {
      verdict: 'resembles',
      score: score.toFixed(2),
      explanation: `${words}${sharedText}; similarity ${score.toFixed(2)} ≥ ${RESEMBLES_FROM}`,
    };
  return {
    verdict: 'differs',
    score: score.toFixed(2),
    explanation: `${words}${sharedText}; similarity ${score.toFixed(2)} < ${RESEMBLES_FROM}: check that this account is yours`,
  };
}
