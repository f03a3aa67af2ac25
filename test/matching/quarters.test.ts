import { describe, expect, it } from 'vitest';
import { otherMonthsNamed } from '../../matching/month-names.js';

describe('otherMonthsNamed reads quarters as their months', () => {
  it('two different quarters are two periods, in any writing', () => {
    expect(otherMonthsNamed('SERVICE CHARGE Q2 2026', 'Service charge Q1 2026')).toBe(true);
    expect(otherMonthsNamed('SERVICE CHARGE 2ND QTR 2026', 'Service charge 1st quarter 2026')).toBe(true);
    expect(otherMonthsNamed('LEVY QUARTER 3', 'Levy fourth quarter')).toBe(true);
    expect(otherMonthsNamed('VAT 2026Q2', 'VAT Q1 2026')).toBe(true);
  });
  it('the same quarter, or a month inside it, is the same period', () => {
    expect(otherMonthsNamed('SERVICE CHARGE Q2 2026', 'Service charge 2nd quarter 2026')).toBe(false);
    expect(otherMonthsNamed('SERVICE CHARGE Q2 2026', 'Service charge May 2026')).toBe(false);
    expect(otherMonthsNamed('SERVICE CHARGE Q2', 'Service charge')).toBe(false);
  });
  it('a word or code with Q and a digit inside is no quarter', () => {
    expect(otherMonthsNamed('REF AQ1234 MAY 2026', 'May 2026 rent')).toBe(false);
    expect(otherMonthsNamed('INV SQ1 MAY 2026', 'May 2026 rent')).toBe(false);
  });
});
