/**
 * South African banks' statements in Afrikaans name their own fees and interest in Afrikaans ("EFT FOOI",
 * "MAANDELIKSE DIENSFOOI", "KREDIETRENTE"; seen blind in holdout48): the South African presets read them as the
 * English wordings.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

const ruleOf = (narration: string, amountMinor: number) =>
  reconcile([bankLine('b', '2031-05-05', amountMinor, { currency: 'ZAR', narration })], []).matches.map(
    (m) => m.ruleId,
  );

describe('an Afrikaans statement’s bank lines', () => {
  it('are the bank’s own fees and its interest', () => {
    expect(ruleOf('EFT FOOI', -6_50)).toEqual(['za-bank-own-fee']);
    expect(ruleOf('KONTANTDEPOSITO FOOI', -45_00)).toEqual(['za-bank-own-fee']);
    expect(ruleOf('BONDELBETALING FOOI 5 ITEMS', -22_50)).toEqual(['za-bank-own-fee']);
    expect(ruleOf('MAANDELIKSE DIENSFOOI', -95_00)).toEqual(['za-bank-own-fee']);
    expect(ruleOf('KREDIETRENTE', 42_13)).toEqual(['za-interest']);
  });

  it('but a payee named before the fee word, a fee word alone, or a school fee are not', () => {
    expect(ruleOf('BETALING AAN J VAN WYK FOOI', -6_50)).toEqual([]);
    expect(ruleOf('FOOI', -6_50)).toEqual([]);
    expect(ruleOf('SKOOLFOOI', -650_00)).toEqual([]);
  });
});
