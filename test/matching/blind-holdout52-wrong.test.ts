/**
 * holdout52's two wrong auto-matches, both planted decoys (measured blind at 7507286): a payer whose name holds a
 * customer's, made another body's by the word after it.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const taken = (narration: string, amount: number, description: string, currency: 'NGN' | 'GHS' | 'ZAR' = 'NGN') =>
  reconcile(
    [bankLine('b', '2033-12-16', amount, { currency, narration })],
    [entry('e', '2033-12-15', amount, { currency, description })],
  ).matches.map((m) => m.ledgerIds);

describe('a person the books call by a title, and a business of the name', () => {
  it('does not take "BASSEY EFFIONG VENTURES" for Mr Effiong Bassey', () => {
    const advance = 'Advance deposit – Mr Effiong Bassey (transfer promised by phone)';
    expect(taken('NIP/FRM BASSEY EFFIONG VENTURES/SUPPLY', 150_000_00, advance)).toEqual([]);
    // the person himself, or his name with a memo after it, is still he
    expect(taken('NIP/FRM BASSEY EFFIONG/SUPPLY', 150_000_00, advance)).toEqual([['e']]);
  });

  it('reads no business in a name the books give no title ("Kola Roofing" may trade as KOLA ROOFING VENTURES)', () => {
    expect(taken('NIP/FRM KOLA ROOFING VENTURES', 262_150_00, 'Receipt - Kola Roofing - roof sheets')).toEqual([['e']]);
  });
});

describe('an amount to the cent, and a body of another trade sharing the description’s leading words', () => {
  it('does not take "BEREA HOME INDUSTRIES" for Berea Home for the Aged', () => {
    const statement = 'Berea Home for the Aged – statement July (remittance advice received)';
    expect(taken('BEREA HOME INDUSTRIES', 3_920_15, statement, 'ZAR')).toEqual([]);
  });

  it('still takes a memo or a group word after the name', () => {
    expect(taken('GIP OUTWARD DHL GLOBAL FORWARDING GH', -5_263_30, 'Payment DHL Ghana', 'GHS')).toEqual([['e']]);
    expect(taken('GIP TRANSFER TO PAPERMASTER GH LTD supplies', -6_752_50, 'Papermaster Ghana', 'GHS')).toEqual([
      ['e'],
    ]);
  });
});
