/** Which party names are a bank's: the party a bank's own charge is booked to (charges-journal-pass.ts). */
import { describe, expect, it } from 'vitest';
import { isBankName, wordsBesidesBank } from '../../matching/bank-names.js';

describe("a bank's name", () => {
  it.each([
    'GTBank',
    'Ecobank Nigeria',
    'Stanbic IBTC',
    'Stanbic Bank Kenya',
    'First National Bank',
    'Standard Chartered Bank',
    'Bank of Africa Ghana',
    'Access Bank Ghana',
    'Equity Bank Kenya Limited',
    'Absa',
    'United Bank for Africa Plc',
    'Kenya Post Office Savings Bank',
    'The Co-operative Bank of Kenya Limited',
  ])('%s is a bank', (name) => expect(isBankName(name)).toBe(true));

  it.each([
    'Bank Anthony Plaza Management Ltd',
    'Food Bank Trust',
    'The Clothing Bank',
    'Lagos Food Bank',
    'Western Cape Blood Bank',
    'Bankole Stores',
    'Termii Nigeria Ltd',
    'Riverbank Holdings Ltd',
    'Ecobank Staff Cooperative',
  ])('%s is no bank', (name) => expect(isBankName(name)).toBe(false));

  it("leaves a description's other words once the bank is taken out, or says it names none", () => {
    expect(wordsBesidesBank('Stanbic Bank - ledger fee — Expense')).toEqual(['LEDGER', 'FEE', 'EXPENSE']);
    expect(wordsBesidesBank('Equity Bank chq 000214 - generator maintenance')).toEqual([
      'CHQ',
      'GENERATOR',
      'MAINTENANCE',
    ]);
    expect(wordsBesidesBank('SMS alert charges March 2026')).toBeNull();
  });
});
