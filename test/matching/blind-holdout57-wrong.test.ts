/**
 * holdout57's four wrong auto-matches, all planted decoys (measured blind at f024c17): a sister company registered
 * with a town in its name, a cash cheque of another number than the supplier's unpresented one, a crew member's cash
 * paid in taken for the M-PESA paybill's takings, and a customer's butchery repaying a loan taken for the customer's
 * promised invoice payment.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

type Currency = 'NGN' | 'GHS' | 'KES' | 'ZAR';
const taken = (
  currency: Currency,
  narration: string,
  amount: number,
  e: Parameters<typeof entry>[3],
  reference?: string,
) =>
  reconcile(
    [bankLine('b', '2018-10-30', amount, { currency, narration, ...(reference ? { reference } : {}) })],
    [entry('e', '2018-10-29', amount, { currency, ...e })],
  ).matches.map((m) => m.ledgerIds);

describe('holdout57 decoys', () => {
  it('a sister company with a town in its registered name is not the party', () => {
    const promised = {
      party: 'Ugochukwu Footwear Ltd',
      reference: 'NF-2243',
      description: 'Ugochukwu Footwear — receipt',
    };
    expect(taken('NGN', 'NIP FRM UGOCHUKWU FOOTWEAR ABUJA LTD/DEPOSIT DEC ORDER', 540_000_00, promised)).toEqual([]);
    expect(taken('NGN', 'NIP FRM UGOCHUKWU FOOTWEAR LTD/NF-2243', 540_000_00, promised)).toEqual([['e']]);
    // a card purchase's town and country code are no company's name
    expect(
      taken('KES', 'POS PURCHASE ARTCAFFE WESTGATE NAIROBI KE', -5_560_00, {
        party: 'Artcaffe Westgate',
        description: 'Client meeting - Artcaffe',
      }),
    ).toEqual([['e']]);
  });

  it("another cheque cashed is not the supplier's cheque the books wrote", () => {
    const cheque = { reference: '000351', description: 'Kwaku Anane - chainsaw repairs, chq 000351' };
    expect(taken('GHS', 'CHQ 000349 CASH WITHDRAWAL', -1_850_00, cheque, '000349')).toEqual([]);
    expect(taken('GHS', 'CHQ 000351 PRESENTED', -1_850_00, cheque, '000351')).toEqual([['e']]);
  });

  it("cash paid in is not a wallet's takings, unless the books say cash too", () => {
    const mpesa = { party: 'M-PESA kunder', description: 'Salg — M-PESA paybill salg 29.–30. juni' };
    expect(taken('KES', 'CASH DEPOSIT SAIDI MWAKIO', 38_640_00, mpesa, 'CSH150630')).toEqual([]);
    expect(
      taken('GHS', 'CASH LODGEMENT - KUMASI ADUM', 5_920_16, {
        reference: 'SI/26/0493',
        description: 'Recd from Kofi Mensah Enterprise — paid in cash/momo',
      }),
    ).toEqual([['e']]);
  });

  it("a loan repaid is not the customer's invoice paid", () => {
    const invoice = {
      party: 'Cango Ostrich Show Farm',
      description: 'Inv 2045 - EFT promised — Sales : Slaughter birds',
    };
    expect(taken('ZAR', 'ACB CREDIT CANGO OSTRICH BUTCHERY LOAN REPAY', 8_750_00, invoice)).toEqual([]);
  });
});

describe('a return giving its reason as ACCT NAME MISMATCH', () => {
  it('pairs with the transfer it undoes, and the payment sent again takes the bill', () => {
    const r = reconcile(
      [
        bankLine('f', '2018-03-08', -5_680_00, {
          currency: 'GHS',
          narration: 'GIP DR TEMA SAW BLADES & TOOLS/TSB-2291',
        }),
        bankLine('r', '2018-03-09', 5_680_00, {
          currency: 'GHS',
          narration: 'GIP RETURN TEMA SAW BLADES & TOOLS/ACCT NAME MISMATCH',
          reference: 'RTN18031152780285',
        }),
        bankLine('s', '2018-03-12', -5_680_00, {
          currency: 'GHS',
          narration: 'GIP DR TEMA SAW BLADES AND TOOLS LTD/TSB2291',
        }),
      ],
      [
        entry('e', '2018-03-08', -5_680_00, {
          currency: 'GHS',
          reference: 'TSB-2291',
          description: 'Tema Saw Blades & Tools Ltd - band saw blades',
        }),
      ],
    );
    expect(r.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual([
      [['f', 'r'], []],
      [['s'], ['e']],
    ]);
  });
});
