/**
 * Two of holdout68's misses, restated with other data. A transfer to the business's account at another bank that the
 * line names by the bank and its account number ("… - GTB 0123****89"), against the books' "Transfer to GTBank current
 * account" written with the account's number too (the bank's name and a number alone may follow anyone's name: a
 * beneficiary's account at that bank). A regulator's levy paid to a payee field writing its initials ("CSOS" for the Community Schemes Ombud
 * Service): before, the field read as another payee and the pair was not even offered. A payer field spelling a
 * trader's initials is no proof either way: offered, not confirmed.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, firstChoice, ledgerIdsOf } from './build.js';

describe("the business's account at another bank, named by its number", () => {
  it('is the transfer the books hold when they write the same account', () => {
    const r = reconcile(
      [bankLine('b1', '2026-02-09', -1_500_000_00, { narration: 'NIP TRF TO EPE AGRO MILLS LTD - ZENITH 1012****77' })],
      [entry('e', '2026-02-09', -1_500_000_00, { description: 'Transfer to Zenith operating account 1012xxxx77' })],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it("is not read from the bank's name and a number alone: the beneficiary before them may be anyone", () => {
    for (const narration of [
      'NIP TRF TO EPE AGRO MILLS LTD - ZENITH 1012****77',
      'NIP TRF TO EPE AGRO MILLS LTD - ZENITH 2026',
    ]) {
      const r = reconcile(
        [bankLine('b1', '2026-02-09', -1_500_000_00, { narration })],
        [entry('e', '2026-02-09', -1_500_000_00, { description: 'Transfer to Zenith operating account' })],
        { timezone: 'Africa/Lagos' },
      );
      expect(ledgerIdsOf(r), narration).toEqual([]);
    }
  });
});

describe("a payee field writing the party's initials", () => {
  const zar = { currency: 'ZAR' } as const;
  it("is a regulator's short name", () => {
    const r = reconcile(
      [
        bankLine('b1', '2026-05-14', -2_140_00, {
          ...zar,
          narration: 'Payout',
          reference: 'CSOS LEVY Q3',
          counterpartyName: 'CSOS',
        }),
      ],
      [
        entry('e', '2026-05-14', -2_140_00, {
          ...zar,
          party: 'Community Schemes Ombud Service',
          description: 'CSOS levy Jul-Sep',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(ledgerIdsOf(r)).toEqual(['e']);
  });

  it("is offered, not confirmed, for a trader's", () => {
    const r = reconcile(
      [bankLine('b1', '2026-05-14', -2_140_00, { ...zar, narration: 'Payout', counterpartyName: 'UCS' })],
      [
        entry('e', '2026-05-14', -2_140_00, {
          ...zar,
          party: 'Umhlanga Cleaning Services',
          description: 'Cleaning May',
        }),
      ],
      { timezone: 'Africa/Johannesburg' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
    expect(firstChoice(r)).toEqual(['e']);
  });
});
