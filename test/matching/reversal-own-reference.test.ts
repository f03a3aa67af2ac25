import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';

// holdout38 (Rafiki/bexio), after its blind measurement: a PesaLink payment fails and is reversed the next day, and the
// payment is sent again that day. The running balances repeat (a receipt the day before left the balance the reversal
// restores), so they cannot say whether the payment sent again came before or after the reversal; both debits quote
// the bill word for word. Only the failed one carries the transfer's own reference, which the reversal repeats.

const line = (
  id: string,
  date: string,
  amountMinor: number,
  narration: string,
  reference: string,
  balanceMinor: number,
): BankLine => ({
  id,
  date,
  amountMinor,
  currency: 'KES',
  narration,
  reference,
  counterpartyName: null,
  balanceMinor,
});

const bank = [
  line(
    'in',
    '2027-06-23',
    16_379_767,
    'PESALINK IN/GIGIRI EMBASSY CANTEEN LTD/COFFEE BEANS',
    'PL5208561938',
    462_311_920,
  ),
  line(
    'failed',
    '2027-06-23',
    -84_485_947,
    'PESALINK OUT/GITHUNGURI DAIRY FARMERS/INV GDF86253',
    'PL6750252075',
    377_825_973,
  ),
  line(
    'reversal',
    '2027-06-24',
    84_485_947,
    'PESALINK OUT REVERSAL/GITHUNGURI DAIRY FARMERS/INV GDF86253/INVALID ACCOUNT',
    'PL6750252075',
    462_311_920,
  ),
  line(
    'again',
    '2027-06-24',
    -84_485_947,
    'PESALINK OUT/GITHUNGURI DAIRY FARMERS/INV GDF86253',
    'PL1461283688',
    377_825_973,
  ),
];
const bill: LedgerEntry = {
  id: 'bill',
  date: '2027-06-23',
  amountMinor: -84_485_947,
  currency: 'KES',
  reference: 'GDF86253',
  description: 'Zahlung Lieferantenrechnung GDF86253',
  party: 'Githunguri Dairy Farmers',
};

describe("a reversal repeating the failed transfer's own reference", () => {
  const r = reconcile(bank, [bill], { timezone: 'Africa/Nairobi' });

  it('pairs with the failed debit, though both debits quote the bill and the balances cannot order them', () => {
    const pair = r.matches.find((m) => m.bankIds.includes('reversal'));
    expect(pair?.bankIds.sort()).toEqual(['failed', 'reversal']);
    expect(pair?.ledgerIds).toEqual([]);
  });

  it('leaves the bill to the payment sent again', () => {
    expect(r.matches.find((m) => m.ledgerIds.includes('bill'))?.bankIds).toEqual(['again']);
  });

  it('still leaves it to a person when both debits carry the same reference', () => {
    const same = bank.map((b) => (b.id === 'again' ? { ...b, reference: 'PL6750252075' } : b));
    const s = reconcile(same, [bill], { timezone: 'Africa/Nairobi' });
    expect(s.matches.some((m) => m.bankIds.includes('reversal'))).toBe(false);
  });
});
