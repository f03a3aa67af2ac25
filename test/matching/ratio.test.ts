import { describe, expect, it } from 'vitest';
import { percentText, withinPercent } from '../../matching/ratio.js';

describe('ratio', () => {
  it('withinPercent compares exactly, at the edge and past the fast range', () => {
    expect(withinPercent(350, 10_000, '3.5')).toBe(true);
    expect(withinPercent(351, 10_000, '3.5')).toBe(false);
    // beyond the integer fast path: decimal.js decides
    expect(withinPercent(35 * 10 ** 12, 10 ** 15, '3.5')).toBe(true);
    expect(withinPercent(35 * 10 ** 12 + 1, 10 ** 15, '3.5')).toBe(false);
  });

  it('percentText shows two places, and a gap too small for them as <0.01, never 0', () => {
    expect(percentText(2_95, 100_00)).toBe('2.95');
    expect(percentText(1, 3)).toBe('33.33');
    expect(percentText(35_61, 1_072_054_00)).toBe('<0.01');
    expect(percentText(0, 100)).toBe('0');
  });
});
