/**
 * A party the books name surname first, with what they add in brackets ("Ioryer, Terkula (PPMV Wurukum)": the patent
 * medicine shop he keeps), paid by a line writing the person's name ("NIP/MOMO PSB/TERKULA IORYER/ORS ZINC KITS"),
 * from holdout53's Makurdi NGO.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const line = bankLine('b', '2034-05-17', 36_000_00, { narration: 'NIP/MOMO PSB/TERKULA IORYER/ORS ZINC KITS' });
const sale = (id: string, party: string) =>
  entry(id, '2034-05-16', 36_000_00, { party, description: 'Sales – ORS/zinc co-packs, 120 kits' });

describe('a party with a part in brackets', () => {
  it('is named by the name before the brackets, in either order', () => {
    expect(reconcile([line], [sale('e', 'Ioryer, Terkula (PPMV Wurukum)')]).matches.map((m) => m.ledgerIds)).toEqual([
      ['e'],
    ]);
  });

  it('decides nothing between two parties of that name told apart only in brackets', () => {
    const result = reconcile([line], [sale('a', 'Ioryer, Terkula (Wurukum)'), sale('b', 'Ioryer, Terkula (Otukpo)')]);
    expect(result.matches).toEqual([]);
  });

  it('is not named by one word of it', () => {
    const other = bankLine('b', '2034-05-17', 36_000_00, { narration: 'NIP/MOMO PSB/TERKULA AGBO/ORS ZINC KITS' });
    expect(reconcile([other], [sale('e', 'Ioryer, Terkula (PPMV Wurukum)')]).matches).toEqual([]);
  });
});
