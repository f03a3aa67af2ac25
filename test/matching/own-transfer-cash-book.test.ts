/**
 * Transfers to the business's own wallet and fixed deposit in a cash book that writes its posting word before the
 * ledger's name ("By MTN MoMo Merchant Wallet", "By Fixed Deposit - Asante Akim RB"), the bank writing "TRF TO MOMO …"
 * and "TRF TO FD <account>/3 MONTHS". Missed before: BY, and the rural bank's RB, read as a payee's words, and FD as a
 * payee's name. A person's deposit the books pay is not.
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry, ledgerIdsOf } from './build.js';

const ghs = { currency: 'GHS' } as const;
const accra = { timezone: 'Africa/Accra' } as const;

describe("a cash book's transfer to the business's own wallet or fixed deposit", () => {
  it('is the transfer the books hold', () => {
    const r = reconcile(
      [
        bankLine('momo', '2025-11-05', -3_500_00, { ...ghs, narration: 'TRF TO MOMO 024XXXX561/ABOAGYE FARMS WALLET' }),
        bankLine('fd', '2025-11-26', -15_000_00, { ...ghs, narration: 'TRF TO FD 0417700082/6 MONTHS' }),
      ],
      [
        entry('w', '2025-11-05', -3_500_00, {
          ...ghs,
          party: 'By MTN MoMo Merchant Wallet',
          description: 'Transfer to MoMo merchant wallet',
        }),
        entry('d', '2025-11-26', -15_000_00, {
          ...ghs,
          party: 'By Fixed Deposit - Asante Akim RB',
          description: 'Transfer to 6-month fixed deposit',
        }),
      ],
      accra,
    );
    expect(ledgerIdsOf(r).sort()).toEqual(['d', 'w']);
  });

  it("is not, when the books pay a person's deposit", () => {
    const r = reconcile(
      [bankLine('fd', '2025-11-26', -15_000_00, { ...ghs, narration: 'TRF TO FD 0417700082/6 MONTHS' })],
      [
        entry('d', '2025-11-26', -15_000_00, {
          ...ghs,
          party: 'By Kofi Mensah',
          description: 'Transfer to Kofi Mensah - fixed deposit contribution',
        }),
      ],
      accra,
    );
    expect(ledgerIdsOf(r)).toEqual([]);
  });
});
