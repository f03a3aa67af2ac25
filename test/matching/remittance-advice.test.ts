/**
 * A medical scheme pays a pharmacy one transfer per remittance advice, numbered by its date ("PMT RA 20330805"), and
 * the books post each claims batch of it under that number (RA20330805). Spaced, the number read as a date and the
 * advice was only offered (holdout52's Durban pharmacy).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankKeys, ledgerKeys } from '../../matching/references.js';
import { bankLine, entry } from './build.js';

const bank = 'DISCOVERY HEALTH MED SCHEME/PMT RA 20330805/PR 6038221';

describe("a scheme's remittance advice numbered by its date", () => {
  it('is a document number, spaced or glued', () => {
    expect(bankKeys(bank, null)).toContain('P:RA:20330805');
    expect(ledgerKeys('RA20330805', null)).toContain('P:RA:20330805');
    // a date alone after another word is still no document's number
    expect(bankKeys('CASH DEPOSIT 20330805', null)).not.toContain('P:CASH:20330805');
  });

  it("confirms the advice's claims batches the transfer pays together", () => {
    const batch = (id: string, amount: number, day: string) =>
      entry(id, '2033-08-04', amount, {
        currency: 'ZAR',
        reference: 'RA20330805',
        description: `Discovery Health RA 20330805 – claims batch ${day}`,
      });
    const result = reconcile(
      [bankLine('b', '2033-08-05', 57_698_65, { currency: 'ZAR', narration: bank })],
      [
        batch('e1', 18_412_60, '27/07'),
        batch('e2', 22_980_15, '28/07'),
        batch('e3', 16_305_90, '29/07'),
        entry('other', '2033-08-04', 18_412_60, {
          currency: 'ZAR',
          reference: 'RA20330729',
          description: 'Discovery Health RA 20330729 – claims batch 20/07',
        }),
      ],
    );
    expect(result.matches.map((m) => [...m.ledgerIds].sort())).toEqual([['e1', 'e2', 'e3']]);
  });
});
