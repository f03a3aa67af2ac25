/**
 * A long name a bank cuts to fit by running two of its words together ("NIP/CRUSADERSTERLING PENS/…" for Crusader
 * Sterling Pensions Ltd), from holdout53's Makurdi NGO.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { joinedInNarration } from '../../matching/scoring.js';
import { bankLine, entry } from './build.js';

describe('a name with two of its words run together', () => {
  it('is read as the name', () => {
    expect(joinedInNarration(['CRUSADER', 'STERLING', 'PENSIONS'], ['NIP', 'CRUSADERSTERLING', 'PENS', 'ICHI'])).toBe(
      true,
    );
    expect(joinedInNarration(['SUNSHINE', 'HARDWARE', 'STORES'], ['TRF', 'SUNSHINEHARDWARE', 'STORES'])).toBe(true);
    // too short to say much run together (ten letters or more)
    expect(joinedInNarration(['QUICK', 'MART', 'SUPERMARKETS'], ['QUICKMART', 'SUPERMARKETS'])).toBe(false);
  });

  it('is not a name whose words only begin it, nor another name joined', () => {
    // the first word alone, however long the rest
    expect(joinedInNarration(['CRUSADER', 'STERLING', 'PENSIONS'], ['CRUSADER', 'HOLDINGS'])).toBe(false);
    // another second word run on
    expect(joinedInNarration(['CRUSADER', 'STERLING', 'PENSIONS'], ['CRUSADERSTANDARD', 'PENS'])).toBe(false);
    // the last word not begun
    expect(joinedInNarration(['CRUSADER', 'STERLING', 'PENSIONS'], ['CRUSADERSTERLING', 'PARTNERS'])).toBe(false);
  });

  it('confirms the pension remittance to the administrator', () => {
    const result = reconcile(
      [bankLine('b', '2034-05-29', -389_600_00, { narration: 'NIP/CRUSADERSTERLING PENS/ICHI PEN CONTR MAY' })],
      [
        entry('e', '2034-05-29', -389_600_00, {
          party: 'Crusader Sterling Pensions Ltd',
          description: 'Pension contributions May 2034 – staff and employer',
        }),
      ],
    );
    expect(result.matches.map((m) => m.ledgerIds)).toEqual([['e']]);
  });
});
