import type { ChainLine } from './posting-order.js';

/**
 * The balance before the first line of a chain given in posting order: the first balance the bank gave, less the
 * amounts of it and of the lines before it that carry none. Null when no line has a balance.
 */
export function openingOf(lines: readonly ChainLine[]): number | null {
  let before = 0;
  for (const l of lines) {
    if (l.balanceMinor !== null) return l.balanceMinor - l.amountMinor - before;
    before += l.amountMinor;
  }
  return null;
}

/**
 * The balance after the last line of a chain given in posting order: the last balance the bank gave, plus the
 * amounts of the lines after it that carry none. Null when no line has a balance.
 */
export function closingOf(lines: readonly ChainLine[]): number | null {
  let after = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.balanceMinor !== null) return l.balanceMinor + after;
    after += l.amountMinor;
  }
  return null;
}
