/**
 * Two of holdout69's three wrong confirmations, restated with other data: a customer's cheque the books hold as lodged
 * ("Chq 004417 lodged", its invoice in the reference), against a transfer in from the same customer of the same amount
 * for something else (a retention released, a deposit on next year's order). A cheque received clears as that cheque;
 * the transfer is other money. Each was confirmed before; each is now left to a person, and the cheque cleared still
 * confirms. (The third, a cheque paid whose number only a column the mapping left out carries, the engine cannot see.)
 * And one of its misses: a transfer the bank calls the holder's own ("OWN TRF"), naming the other bank and its account.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ghs = { currency: 'GHS' } as const;
const accra = { timezone: 'Africa/Accra' } as const;
const lodged = (description = 'Chq 006120 lodged') =>
  entry('e', '2026-04-28', 38_000_00, {
    ...ghs,
    reference: 'SI-2311',
    party: 'Gomoa East District Assembly',
    description,
  });

describe("a customer's cheque the books hold as lodged", () => {
  it('is not cleared by a transfer in from the same customer', () => {
    for (const narration of [
      'ACH CR GOMOA EAST DIST ASSEMBLY 2025 RETENTION RELEASE',
      'GIP CR GOMOA EAST DIST ASSEMBLY/2027 ORDER DEPOSIT',
    ]) {
      const r = reconcile([bankLine('b', '2026-04-29', 38_000_00, { ...ghs, narration })], [lodged()], accra);
      expect(ledgerIdsOf(r), narration).toEqual([]);
    }
  });

  it('is cleared by the cheque, and a cheque the books say was paid otherwise is no cheque', () => {
    const cleared = reconcile(
      [bankLine('b', '2026-04-30', 38_000_00, { ...ghs, narration: 'CLEARING CHQ 006120 GOMOA EAST DIST ASSEMBLY' })],
      [lodged()],
      accra,
    );
    expect(ledgerIdsOf(cleared)).toEqual(['e']);
    const replaced = reconcile(
      [bankLine('b', '2026-04-29', 38_000_00, { ...ghs, narration: 'ACH CR GOMOA EAST DIST ASSEMBLY SI-2311' })],
      [lodged('Chq 006120 cancelled - paid by ACH')],
      accra,
    );
    expect(ledgerIdsOf(replaced)).toEqual(['e']);
  });
});

describe("a transfer the bank calls the holder's own, naming the other bank", () => {
  const zar = { currency: 'ZAR' } as const;
  const jhb = { timezone: 'Africa/Johannesburg' } as const;
  it('is the transfer to or from the account the books name at that bank', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-07-06', -75_000_00, {
          ...zar,
          narration: 'TRANSFER TO NEDBANK 1190****07',
          reference: 'OWN TRF',
        }),
        bankLine('in', '2026-07-21', 42_000_00, {
          ...zar,
          narration: 'TRANSFER FROM NEDBANK 1190****07',
          reference: 'OWN TRF',
        }),
      ],
      [
        entry('to', '2026-07-06', -75_000_00, { ...zar, description: 'Transfer to Nedbank business account' }),
        entry('from', '2026-07-21', 42_000_00, { ...zar, description: 'Transfer from Nedbank business account' }),
      ],
      jhb,
    );
    expect(ledgerIdsOf(r).sort()).toEqual(['from', 'to']);
  });

  it('is not, without the bank saying so: the number may be a beneficiary’s there', () => {
    const r = reconcile(
      [
        bankLine('out', '2026-07-06', -75_000_00, {
          ...zar,
          narration: 'TRANSFER TO NEDBANK 1190****07',
          reference: 'KZN AGRI',
        }),
      ],
      [entry('to', '2026-07-06', -75_000_00, { ...zar, description: 'Transfer to Nedbank business account' })],
      jhb,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
