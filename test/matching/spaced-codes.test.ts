/**
 * A code whose letters and serial one side spaces and the other glues ("KDA 123B" in the books, "ACC KDA123B" on an
 * M-PESA line: a matatu SACCO's members pay against their vehicle's plate), from holdout52's Nakuru set, where it left
 * five lines unmatched.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

const shared = (bank: string, description: string) =>
  bankKeys(bank, null).filter((k) => ledgerKeys(null, description).includes(k));

describe('a code spaced on one side and glued on the other', () => {
  it('is one code either way round', () => {
    expect(shared('MPESA C2B/254722***416/JOSEPH KIMANI/ACC KDA123B', 'Loan repayment (KDA 123B)')).toEqual([
      'A:KDA123B',
    ]);
    expect(shared('MPESA C2B/254717***662/JANE MUTHONI/ACC KCF 219Q', 'Repayment KCF219Q')).toEqual(['A:KCF219Q']);
  });

  it('is not another code, nor a flat or a number written the same way', () => {
    expect(shared('MPESA C2B/JOSEPH KIMANI/ACC KDA123B', 'Loan repayment (KDA 124B)')).toEqual([]);
    expect(shared('MPESA C2B/JOSEPH KIMANI/ACC KDA123B', 'Loan repayment (KDB 123B)')).toEqual([]);
    expect(bankKeys('RENT APT 204B', null)).toEqual([]);
    expect(ledgerKeys(null, 'Cheque NO 1234A')).toEqual([]);
    // a word of four letters or more before the number is a word, not a code's letters ("PLOT 123B")
    expect(ledgerKeys(null, 'PLOT 123B')).toEqual([]);
  });

  it("confirms the member's own repayment where another member's is the same amount", () => {
    const result = reconcile(
      [
        bankLine('b', '2033-04-02', 18_500_00, {
          currency: 'KES',
          narration: 'MPESA C2B/254722***416/JOSEPH KIMANI/ACC KDA123B',
        }),
      ],
      [
        entry('own', '2033-04-02', 18_500_00, {
          currency: 'KES',
          description: 'Loan repayment – M0412 Joseph Kimani (KDA 123B)',
        }),
        entry('other', '2033-04-07', 18_500_00, {
          currency: 'KES',
          description: 'Loan repayment – M0266 Jane Muthoni (KCF 219Q)',
        }),
      ],
    );
    expect(result.matches.map((m) => m.ledgerIds)).toEqual([['own']]);
    expect(result.matches[0]!.evidence.map((e) => e.detail).join(' ; ')).toMatch(/KDA123B/);
  });

  it("does not confirm a payment quoting one plate against another plate's repayment", () => {
    const result = reconcile(
      [
        bankLine('b', '2033-04-02', 18_500_00, {
          currency: 'KES',
          narration: 'MPESA C2B/254722***416/PETER OTIENO/ACC KDA123C',
        }),
      ],
      [
        entry('e', '2033-04-02', 18_500_00, {
          currency: 'KES',
          description: 'Loan repayment – M0412 Joseph Kimani (KDA 123B)',
        }),
      ],
    );
    expect(result.matches).toEqual([]);
  });
});
