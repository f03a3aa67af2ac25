import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { nameInNarration } from '../../matching/scoring.js';
import { bankLine, entry } from './build.js';

const words = (s: string) => s.split(' ');

describe('a party named in a narration', () => {
  it('takes a given name written as its initial, when the rest of the name follows in full', () => {
    const party = words('SIPHO DLAMINI DESIGN');
    expect(nameInNarration(party, words('FNB APP PAYMENT TO S DLAMINI DESIGN ILLUSTRATION'))).toBe(true);
    // another initial, or the surname missing, is someone else
    expect(nameInNarration(party, words('FNB APP PAYMENT TO T DLAMINI DESIGN'))).toBe(false);
    expect(nameInNarration(party, words('FNB APP PAYMENT TO S DESIGN'))).toBe(false);
    // a one-word name is never made by its initial
    expect(nameInNarration(['SIPHO'], words('PAYMENT TO S'))).toBe(false);
  });

  it('confirms the one exact payment to the payee the initials name, and refuses when two such payees compete', () => {
    const zar = { currency: 'ZAR' as const };
    const line = bankLine('b', '2025-03-20', -16_600_00, { ...zar, narration: 'FNB App Payment To S DLAMINI DESIGN' });
    const bill = entry('bill', '2025-03-20', -16_600_00, { ...zar, description: 'Sipho Dlamini Design' });
    expect(reconcile([line], [bill]).matches.map((m) => m.ledgerIds)).toEqual([['bill']]);
    const rival = entry('rival', '2025-03-19', -16_600_00, { ...zar, description: 'Sandile Dlamini Design' });
    expect(reconcile([line], [bill, rival]).matches).toEqual([]);
  });
});
