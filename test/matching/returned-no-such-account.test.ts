/**
 * A payment returned "NO SUCH ACCOUNT" and sent again with a memo added (holdout51's funeral parlour paying its
 * florist): the return's reason names nobody, so the payment and its return are a reversal pair, and the second
 * attempt, writing the same payee and then a month, is the payment sent again, dated from the first.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const florist = entry('e', '2032-09-17', -5_108_00, {
  currency: 'ZAR',
  party: 'Blooms of Benoni',
  description: 'Wreaths and casket sprays',
  reference: 'BOB-0912',
});
const sent = bankLine('b36', '2032-09-20', -5_108_00, {
  currency: 'ZAR',
  narration: 'EFT TO BLOOMS OF BENONI GBF FLOWERS',
});
const returned = bankLine('b40', '2032-09-21', 5_108_00, {
  currency: 'ZAR',
  narration: 'EFT RETURN NO SUCH ACCOUNT BLOOMS OF BENONI GBF FLOWERS',
});
const resent = (narration: string) => bankLine('b42', '2032-09-22', -5_108_00, { currency: 'ZAR', narration });

describe('a payment returned "NO SUCH ACCOUNT" and sent again', () => {
  it('pairs the payment with its return, and takes the entry for the one sent again with a month added', () => {
    const r = reconcile([sent, returned, resent('EFT TO BLOOMS OF BENONI GBF FLOWERS SEP')], [florist]);
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['b36', 'b40'], []],
      [['b42'], ['e']],
    ]);
    expect(r.matches[1]!.evidence.map((e) => e.detail).join(' ')).toContain('first sent on 2032-09-20');
  });

  it("takes a re-send to the payee's new account as the payment sent again", () => {
    const r = reconcile([sent, returned, resent('EFT TO BLOOMS OF BENONI GBF FLOWERS NEW ACCT')], [florist]);
    expect(r.matches.find((m) => m.bankIds.includes('b42'))?.ledgerIds).toEqual(['e']);
  });

  it('does not date from the first attempt a payment naming more of a name after the payee', () => {
    const r = reconcile([sent, returned, resent('EFT TO BLOOMS OF BENONI GBF FLOWERS NKOSI')], [florist]);
    const again = r.matches.find((m) => m.bankIds.includes('b42'));
    expect(again?.evidence.map((e) => e.detail).join(' ') ?? '').not.toContain('first sent');
  });
});
