/**
 * Review of session 44's name parts: the bank or wallet a receipt came through, written beside the payer as one word and
 * its legal form between em dashes ("— Zenith Bank Plc") or in brackets ("(Palmpay)"), and a place in brackets
 * ("(Ikeja office)"), are no payee. Bank narrations carry the sending bank's or wallet's name and the card terminal's
 * town, so taking these parts for a name confirms a line from someone else against an entry naming another person.
 * Likewise a firm of one word and its legal form beside the person the books name ("Chidi Okafor — Okafor Ltd"): its word
 * is a surname, and a payment to another person of that surname is not to either.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const confirmed = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, m.ledgerIds]);

describe('a bank, wallet or place beside the payee is no payee', () => {
  it('a bank and its legal form between em dashes', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-07-10', 250_000_00, {
          narration: 'NIP FRM TUNDE BAKARE/ZENITH BANK/000015250710112233445566',
        }),
      ],
      [entry('e', '2025-07-10', 250_000_00, { description: 'Customer payment — Chidi Okafor — Zenith Bank Plc' })],
    );
    expect(confirmed(r)).toEqual([]);
  });

  it('a bank in brackets', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-07-10', 250_000_00, {
          narration: 'NIP FRM TUNDE BAKARE/ZENITH BANK/000015250710112233445566',
        }),
      ],
      [entry('e', '2025-07-10', 250_000_00, { description: 'Customer payment - Chidi Okafor (Zenith Bank)' })],
    );
    expect(confirmed(r)).toEqual([]);
  });

  it('a wallet in brackets', () => {
    const r = reconcile(
      [bankLine('b', '2025-07-10', 250_000_00, { narration: 'TRF FROM TUNDE BAKARE VIA PALMPAY' })],
      [entry('e', '2025-07-10', 250_000_00, { description: 'Deposit - Chidi Okafor (Palmpay)' })],
    );
    expect(confirmed(r)).toEqual([]);
  });

  it("a tenant's bank, either way it is written", () => {
    for (const description of [
      'Rent received - Grace Wanjiru — Equity Bank Ltd',
      'Rent received - Grace Wanjiru (Equity Bank)',
    ]) {
      const r = reconcile(
        [
          bankLine('b', '2025-07-10', 60_000_00, {
            currency: 'KES',
            narration: 'PESALINK TRF FROM JOHN KAMAU EQUITY BANK',
          }),
        ],
        [entry('e', '2025-07-10', 60_000_00, { currency: 'KES', description })],
      );
      expect(confirmed(r), description).toEqual([]);
    }
  });

  it("the branch an expense was for, in a card terminal's town", () => {
    const r = reconcile(
      [bankLine('b', '2025-07-10', -45_300_00, { narration: 'POS PURCHASE MEDPLUS PHARMACY IKEJA LAGOS NG' })],
      [entry('e', '2025-07-10', -45_300_00, { description: 'Generator diesel (Ikeja office)' })],
    );
    expect(confirmed(r)).toEqual([]);
  });

  it('a firm of one word named after the family, beside the person the books name', () => {
    const r = reconcile(
      [
        bankLine('b', '2025-07-10', -85_000_00, {
          narration: 'NIP TRF TO EMEKA OKAFOR/ACCESS/000013250710998877665544',
        }),
      ],
      [entry('e', '2025-07-10', -85_000_00, { description: 'Consulting fee — Chidi Okafor — Okafor Ltd' })],
    );
    expect(confirmed(r)).toEqual([]);
  });
});
