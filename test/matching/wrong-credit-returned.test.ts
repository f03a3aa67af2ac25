/**
 * A credit the business should never have had, paid back to its sender ("NIP TRF TO OKAFOR CHINEDU EMEKA/RETURN OF
 * WRONG CREDIT"): the two lines cancel each other and never take an entry of the books. Money in paid back without
 * saying so is a refund (each side the books' own), and a return to someone else is no pair. Found on holdout30 after
 * its blind measurement.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const credit = bankLine('in', '2025-08-15', 486_952_00, { narration: 'NIP FRM UBA/OKAFOR CHINEDU EMEKA/CONTRIBUTION' });
const back = (narration: string) => bankLine('out', '2025-08-18', -486_952_00, { narration });

describe('a wrong credit returned', () => {
  it('cancels the credit it returns, whatever entry of the amount the books hold', () => {
    const r = reconcile(
      [credit, back('NIP TRF TO OKAFOR CHINEDU EMEKA/RETURN OF WRONG CREDIT')],
      [entry('e', '2025-08-18', -486_952_00, { description: 'Payment to Okafor Chinedu Emeka' })],
    );
    expect(r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds])).toEqual([[['in', 'out'], []]]);
  });

  it('reads other wordings of a credit made in error', () => {
    for (const narration of [
      'NIP TRF TO OKAFOR CHINEDU EMEKA ERRONEOUS CREDIT RETURNED',
      'TRANSFER TO OKAFOR CHINEDU EMEKA - RETURN OF CREDIT RECEIVED IN ERROR',
    ]) {
      const r = reconcile([credit, back(narration)], []);
      expect(
        r.matches.map((m) => [...m.bankIds].sort()),
        narration,
      ).toEqual([['in', 'out']]);
    }
  });

  it('is no pair when the money goes back without saying it was a wrong credit, or to another person', () => {
    for (const narration of [
      'NIP TRF TO OKAFOR CHINEDU EMEKA/REFUND RETURNED GOODS',
      'NIP TRF TO ADEBAYO TUNDE/RETURN OF WRONG CREDIT',
    ]) {
      const r = reconcile([credit, back(narration)], []);
      expect(r.matches, narration).toEqual([]);
    }
  });
});
