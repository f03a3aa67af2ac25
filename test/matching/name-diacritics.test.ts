import { describe, expect, it } from 'vitest';
import { nameSimilarity, normalizeName } from '../../matching/counterparty.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

/**
 * Books write names with their diacritics (Yoruba tone marks and underdots, French accents); banks write them in plain
 * capitals. The same name must read the same either way, not as a different payer.
 */
describe('names with diacritics', () => {
  it('read as their plain letters', () => {
    expect(normalizeName('Adébáyọ̀ Ọlá Ventures')).toEqual(['ADEBAYO', 'OLA', 'VENTURES']);
    expect(normalizeName('Ọ̀ṣun Ìbàdàn Stores')).toEqual(['OSUN', 'IBADAN', 'STORES']);
    expect(normalizeName('Société Générale Ghana')).toEqual(['SOCIETE', 'GENERALE', 'GHANA']);
    // the same text precomposed or decomposed
    expect(normalizeName('Ade\u0301ba\u0301yo\u0323\u0300')).toEqual(normalizeName('Adébáyọ̀'));
    expect(nameSimilarity('ADEBAYO OLA VENTURES', 'Adébáyọ̀ Ọlá Ventures')).toBe(1);
  });

  it('name the payer, so a receipt from the plain writing is the party’s, not a conflict', () => {
    const result = reconcile(
      [bankLine('B1', '2025-03-05', 250_000_00, { counterpartyName: 'OGUNLEYE IFEOLUWA ENTERPRISES' })],
      [entry('L1', '2025-03-04', 250_000_00, { party: 'Ògúnlèyè Ifẹ́olúwa Enterprises' })],
    );
    const evidence = [
      ...result.matches.flatMap((m) => m.evidence),
      ...result.suggestions.flatMap((s) => s.candidates[0]!.evidence),
    ];
    expect(evidence.find((e) => e.kind === 'counterparty_name')?.weight).toBeGreaterThan(0);
  });
});
