/**
 * A cash book writing its posting word before the ledger's name ("By Electricity Company of Ghana", "To Salaries &
 * Wages", as Tally, Miracle and Busy do): the name is the party's without it, so its short name on the line ("ECG") is
 * read. A name that only begins with those letters ("Tobi Stores", "Byron Motors") keeps them.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const accra = { timezone: 'Africa/Accra' } as const;
const ghs = { currency: 'GHS' } as const;

const partyEvidence = (party: string, narration: string) => {
  const r = reconcile(
    [bankLine('b', '2025-11-10', -600_00, { ...ghs, narration })],
    [entry('e', '2025-11-10', -600_00, { ...ghs, party, description: 'Shop electricity prepaid' })],
    accra,
  );
  const evidence = [
    ...r.matches.flatMap((m) => m.evidence),
    ...r.suggestions.flatMap((s) => s.candidates.flatMap((c) => c.evidence)),
  ];
  return evidence.find((e) => e.kind === 'counterparty_name')?.detail ?? null;
};

describe("a cash book's posting word before the party", () => {
  it('is not part of the name', () => {
    expect(partyEvidence('By Electricity Company of Ghana', 'ECG PREPAID/P0123998812/ADUM SHOP')).toMatch(
      /"ECG", the short name of "Electricity Company of Ghana"/,
    );
    expect(partyEvidence('To Kwabena Darko Motors', 'GIP TRF TO KWABENA DARKO MOTORS')).toMatch(/Kwabena Darko Motors/);
  });

  it('is kept when the name only begins with its letters', () => {
    expect(partyEvidence('Tobi Stores', 'GIP TRF TO TOBI STORES')).toMatch(/Tobi Stores/);
    expect(partyEvidence('Byron Motors', 'GIP TRF TO BYRON MOTORS')).toMatch(/Byron Motors/);
  });
});
