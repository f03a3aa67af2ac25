/**
 * A payment returned by a bank that names the payee its own way: by one long word of the name with its reason ("ACH
 * RETURN MAKUTANO … ACCT NAME MISMATCH", "PESALINK RETURN NAME MISMATCH OCHIENG" for NELSON OCHIENG), or the whole name
 * with its last word cut short, the original's memo left off ("… HARDWARE AND SUPPLIES INV 7710", then "… HARDWARE AND
 * SUPPLIE - BENEFICIARY ACCT CLOSED"). The two cancel, and the payment sent again takes the bill. Missed before: a return
 * needed two of the payee's words, and a cut word was read only on the original's side.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const ghs = { currency: 'GHS' } as const;
const kes = { currency: 'KES' } as const;

const pairs = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [[...m.bankIds].sort(), m.ledgerIds]);

describe('a return naming the payee by one long word, with its reason', () => {
  it('pairs with the payment it undoes when the word is the payee name', () => {
    const r = reconcile(
      [
        bankLine('out', '2025-04-07', -612_500, { ...ghs, narration: 'ACH DR MAKUTANOPHARM PAYMENT 070425ACH1100293' }),
        bankLine('back', '2025-04-10', 612_500, {
          ...ghs,
          narration: 'ACH RETURN MAKUTANOPHARM PAYMENT - ACCT NAME MISMATCH 070425ACH5528101',
        }),
      ],
      [],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([[['back', 'out'], []]]);
  });

  it('pairs on the surname alone, and the payment sent again pays the bill', () => {
    const r = reconcile(
      [
        bankLine('out', '2031-05-12', -840_000, { ...kes, narration: 'PESALINK DR NELSON OCHIENG MEMBER 4471' }),
        bankLine('back', '2031-05-14', 840_000, { ...kes, narration: 'PESALINK RETURN NAME MISMATCH OCHIENG' }),
        bankLine('again', '2031-05-14', -840_000, { ...kes, narration: 'MPESA B2C/0722***561 NELSON OCHIENG' }),
      ],
      [entry('claim', '2031-05-11', -840_000, { ...kes, party: 'Nelson Ochieng', description: 'Member refund 4471' })],
      { timezone: 'Africa/Nairobi' },
    );
    expect(pairs(r)).toEqual(
      expect.arrayContaining([
        [['back', 'out'], []],
        [['again'], ['claim']],
      ]),
    );
  });

  it('does not pair on a word of another payee, a short first name, or no reason', () => {
    for (const narration of [
      'PESALINK RETURN NAME MISMATCH KAMAU', // another payee's surname
      'PESALINK RETURN NAME MISMATCH NELSON MWANGI', // the same first name, another surname
    ]) {
      const r = reconcile(
        [
          bankLine('out', '2031-05-12', -840_000, { ...kes, narration: 'PESALINK DR NELSON OCHIENG MEMBER 4471' }),
          bankLine('back', '2031-05-14', 840_000, { ...kes, narration }),
        ],
        [],
        { timezone: 'Africa/Nairobi' },
      );
      expect(r.matches, narration).toEqual([]);
    }
    for (const [out, back] of [
      ['EFT TO JOHN WAFULA', 'EFT RETURN ACCOUNT CLOSED JOHN'], // four letters: anyone's first name
      ['EFT TO KIPCHUMBA WAFULA SUPPLIES', 'EFT RETURN KIPCHUMBA'], // no reason given
      ['EFT TO P KIPCHUMBA', 'EFT RETURN ACCOUNT CLOSED J KIPCHUMBA'], // other initials: another person
    ]) {
      const r = reconcile(
        [
          bankLine('out', '2031-05-12', -840_000, { ...kes, narration: out }),
          bankLine('back', '2031-05-14', 840_000, { ...kes, narration: back }),
        ],
        [],
        { timezone: 'Africa/Nairobi' },
      );
      expect(r.matches, back).toEqual([]);
    }
  });
});

describe('a return writing the payee with its last word cut short', () => {
  it('pairs with the payment whose memo it leaves off', () => {
    const r = reconcile(
      [
        bankLine('out', '2025-02-18', -2_214_000, {
          ...ghs,
          narration: 'ACH DEBIT TO ASAFO HARDWARE AND SUPPLIES inv 7710',
        }),
        bankLine('back', '2025-02-21', 2_214_000, {
          ...ghs,
          narration: 'REVERSAL ACH DEBIT TO ASAFO HARDWARE AND SUPPLIE - BENEFICIARY ACCT CLOSED',
        }),
      ],
      [],
      { timezone: 'Africa/Accra' },
    );
    expect(pairs(r)).toEqual([[['back', 'out'], []]]);
  });

  it('does not pair when the cut word is another word', () => {
    const r = reconcile(
      [
        bankLine('out', '2025-02-18', -2_214_000, {
          ...ghs,
          narration: 'ACH DEBIT TO ASAFO HARDWARE AND SUPPLIES inv 7710',
        }),
        bankLine('back', '2025-02-21', 2_214_000, {
          ...ghs,
          narration: 'REVERSAL ACH DEBIT TO ASAFO HARDWARE AND SUPERMARKE - BENEFICIARY ACCT CLOSED',
        }),
      ],
      [],
      { timezone: 'Africa/Accra' },
    );
    expect(r.matches).toEqual([]);
  });
});
