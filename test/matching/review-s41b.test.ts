/**
 * Second review of session 41's matching changes (96c794c returns and batch charges, 8684533 a bracketed party,
 * 4f9304f a hyphenated surname cut and the cheque-against-transfer rule, 6573f23 spaced numbers and standing-order
 * charges). Each test was an `it.fails`, a defect, all fixed in session 41: the spaced number taken back (a meter's
 * number names the meter, not the purchase; the review's second case, a count after the number, went with it), a
 * standing order's charge read only with nothing after the fee word but an id or a date, REJECTED a return only after
 * the payment's word, and a hyphenated surname's first part alone wherever the second is not written. Its comment says
 * what was done, what the engine did, and what it should do.
 * Probed against the commit before each change, so each names behaviour the change brought (or, where said, left).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

describe('6573f23: a long number spaced in groups', () => {
  // Did: April's KPLC token "KPLC PREPAID/MTR 37182234561" (KES 2,000) with only March's token entry for the same
  // meter open ("Token – meter 3718 2234 561", KES 2,000, a month earlier; April's not yet booked). Saw: confirmed to
  // March's entry on "reference|amount_exact" (before 6573f23: nothing offered). A meter's (or a phone's) number is
  // written on every token bought for it, month after month, at the same few amounts: it says which meter, not which
  // purchase. Should: no confirmed match to another month's token on the meter number alone.
  it("does not confirm a token to another month's token for the same meter", () => {
    const result = reconcile(
      [bankLine('b1', '2035-04-19', -2_000_00, { currency: 'KES', narration: 'KPLC PREPAID/MTR 37182234561' })],
      [
        entry('march', '2035-03-18', -2_000_00, {
          currency: 'KES',
          party: 'Kenya Power',
          description: 'Token – meter 3718 2234 561',
        }),
      ],
    );
    expect(ledgerIdsOf(result)).not.toContain('march');
  });
});

describe('6573f23: a standing order word before a fee word is read as the bank charging', () => {
  // Did: Kenyan standing orders paying a party, KES 2,500: "STO COMMISSION JANE WANJIRU" (an agent's monthly commission)
  // and "STO CHARGES KAMAU ESTATE MGMT" (an estate's service charges). Saw: both explained by the preset
  // ke-transfer-charge as bank charges (a rule match, no entry). The regular expression reads S/O or STO, then a fee
  // word, with anything after it, so a standing order whose payment is a commission, fees or charges to someone is taken
  // for the order's own charge; the docs say "the standing order itself is no charge". Should: a fee word after S/O or
  // STO followed by a payee's name is no bank charge (nothing but dates, counts or the bank's id after it, as the bulk
  // presets read). (No entry is open: the line is to stay unexplained.)
  it('does not read a standing order paying commission or service charges as a transfer charge', () => {
    for (const narration of ['STO COMMISSION JANE WANJIRU', 'STO CHARGES KAMAU ESTATE MGMT']) {
      const result = reconcile([bankLine('b1', '2035-03-12', -2_500_00, { currency: 'KES', narration })], []);
      expect(result.matches.filter((m) => m.ledgerIds.length === 0)).toEqual([]);
    }
  });

  // Did: the same in Ghana, "STO COMM KWAME MENSAH AGENT", GHS 450. Saw: gh-transfer-charge takes it as a bank
  // charge. Should: no bank charge.
  it('does not read a Ghanaian standing order paying commission as a transfer charge', () => {
    const result = reconcile(
      [bankLine('b1', '2035-03-12', -450_00, { currency: 'GHS', narration: 'STO COMM KWAME MENSAH AGENT' })],
      [],
    );
    expect(result.matches.filter((m) => m.ledgerIds.length === 0)).toEqual([]);
  });
});

describe('96c794c: REJECTED as a reversal word', () => {
  // Did: a payment "PESALINK/KAMAU HARDWARE LTD/CEMENT" (KES 12,500) and, nine days later, the supplier's refund for the
  // cement sent back "PESALINK/KAMAU HARDWARE LTD/REJECTED CEMENT REFUND" (KES 12,500), each booked (the payment, and
  // "Refund rejected cement"). Saw: the two lines paired as a reversal (no entry), leaving both entries open (before
  // 96c794c: each confirmed to its entry). REJECTED said of goods, a claim or an application is no return of the
  // transfer. Should: each line confirmed to its own entry; REJECTED a reversal word only of the transfer itself
  // ("EFT REJECTED", "REJECTED – INVALID ACCOUNT").
  it('does not pair a payment with a refund for rejected goods', () => {
    const result = reconcile(
      [
        bankLine('pay', '2035-03-03', -12_500_00, { currency: 'KES', narration: 'PESALINK/KAMAU HARDWARE LTD/CEMENT' }),
        bankLine('refund', '2035-03-12', 12_500_00, {
          currency: 'KES',
          narration: 'PESALINK/KAMAU HARDWARE LTD/REJECTED CEMENT REFUND',
        }),
      ],
      [
        entry('epay', '2035-03-03', -12_500_00, {
          currency: 'KES',
          party: 'Kamau Hardware Ltd',
          description: 'Cement',
        }),
        entry('erefund', '2035-03-12', 12_500_00, {
          currency: 'KES',
          party: 'Kamau Hardware Ltd',
          description: 'Refund rejected cement',
        }),
      ],
    );
    expect(result.matches.map((m) => [m.bankIds, m.ledgerIds])).toEqual(
      expect.arrayContaining([
        [['pay'], ['epay']],
        [['refund'], ['erefund']],
      ]),
    );
  });
});

describe("4f9304f: a hyphenated surname's first part alone", () => {
  // Did: Kofi Asante-Mensah's promised MoMo payment (GHS 1,200) against "MOMO TRF FRM KOFI ASANTE SCHOOL FEES" and
  // "MOMO TRF FRM KOFI ASANTE." Saw: both confirmed on the counterparty's name ("MOMO TRF FRM KOFI ASANTE" alone is
  // refused). compoundCut reads the name as ending only at the narration's end or before / | , ;: a memo after a space,
  // or a full stop, and the decoy of holdout54 is confirmed again. Should: Asante with Mensah nowhere, followed by a
  // memo or a full stop, is no more the party than at the end; not confirmed.
  it('does not confirm KOFI ASANTE followed by a memo or a full stop for Kofi Asante-Mensah', () => {
    for (const narration of ['MOMO TRF FRM KOFI ASANTE SCHOOL FEES', 'MOMO TRF FRM KOFI ASANTE.']) {
      const result = reconcile(
        [bankLine('b1', '2035-03-10', 1_200_00, { currency: 'GHS', narration })],
        [
          entry('e', '2035-03-08', 1_200_00, {
            currency: 'GHS',
            party: 'Kofi Asante-Mensah',
            description: 'MoMo payment promised',
          }),
        ],
      );
      expect(ledgerIdsOf(result)).toEqual([]);
    }
  });
});
