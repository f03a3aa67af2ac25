/**
 * Nigerian transfers write a person sending money surname first, then initials: "NIP FRM BALOGUN Y S/SCH FEES 5369"
 * from Yemi Balogun, whose books keep the given name and surname only. Missed before (holdout43's school: 30.6 %):
 * the name was no evidence at all, so among other families' fees of the same amount nothing was confirmed.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { surnameThenInitial } from '../../matching/scoring.js';
import { bankLine, entry, expectSuggestedFirst, ledgerIdsOf } from './build.js';

const fee = (id: string, date: string, party: string) =>
  entry(id, date, 365_000_00, { party, description: `School fees first term - ${party}` });

describe('a sender written surname first, then initials', () => {
  it('names the party: given name by its initial, a middle initial the books do not keep', () => {
    expect(surnameThenInitial(['YEMI', 'BALOGUN'], ['NIP', 'FRM', 'BALOGUN', 'Y', 'S', 'SCH', 'FEES'])).toBe(true);
    expect(surnameThenInitial(['SEGUN', 'ONYEKACHI'], ['ONYEKACHI', 'S', 'K'])).toBe(true);
    // another given name's initial, the surname cut, a business's name, a surname many names share
    expect(surnameThenInitial(['YEMI', 'BALOGUN'], ['BALOGUN', 'T', 'S'])).toBe(false);
    expect(surnameThenInitial(['YEMI', 'BALOGUN'], ['BALOG', 'Y'])).toBe(false);
    expect(surnameThenInitial(['BALOGUN', 'VENTURES'], ['VENTURES', 'B'])).toBe(false);
    expect(surnameThenInitial(['YEMI', 'GENERAL'], ['GENERAL', 'Y'])).toBe(false);
  });

  it("confirms the family's fee among other families' fees of the same amount", () => {
    const r = reconcile(
      [bankLine('b1', '2028-09-05', 365_000_00, { narration: 'NIP FRM BALOGUN Y S/SCH FEES' })],
      [
        fee('bal', '2028-09-05', 'Yemi Balogun'),
        fee('mba', '2028-09-06', 'Kunle Mbanefo'),
        fee('ogu', '2028-09-04', 'Ada Ogunleye'),
      ],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual(['bal']);
  });

  it('refuses two parties the initials fit alike (Yemi and Yusuf Balogun): a person decides', () => {
    const r = reconcile(
      [bankLine('b1', '2028-09-05', 365_000_00, { narration: 'NIP FRM BALOGUN Y S/SCH FEES' })],
      [fee('yemi', '2028-09-05', 'Yemi Balogun'), fee('yusuf', '2028-09-05', 'Yusuf Balogun')],
      { timezone: 'Africa/Lagos' },
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });

  it('is no evidence for another given name: Tunde Balogun is offered, not confirmed, for BALOGUN Y', () => {
    const r = reconcile(
      [bankLine('b1', '2028-09-05', 365_000_00, { narration: 'NIP FRM BALOGUN Y/SCH FEES' })],
      [fee('tun', '2028-09-05', 'Tunde Balogun'), fee('mba', '2028-09-06', 'Kunle Mbanefo')],
      { timezone: 'Africa/Lagos' },
    );
    expectSuggestedFirst(r, ['tun']);
  });
});
