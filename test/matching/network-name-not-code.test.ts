import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';

const line = (id: string, date: string, amountMinor: number, narration: string): BankLine => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  narration,
  counterpartyName: null,
});
const entry = (id: string, date: string, amountMinor: number, reference: string, description: string): LedgerEntry => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  reference,
  description,
});

/** Airtime for several phones on the 9mobile network, each posted in the books with the bank's own words. */
const ledger = [
  entry('L-apr', '2026-04-05', -530_000, 'PAY558', 'AIRTIME PURCHASE 9MOBILE 0857*****91'),
  entry('L-oct', '2026-10-04', -530_000, 'PAY859', 'AIRTIME PURCHASE 9MOBILE 0890*****47'),
  entry('L-jul1', '2026-07-01', -220_000, 'PAY700', 'AIRTIME PURCHASE 9MOBILE 0817*****82'),
  entry('L-jul6', '2026-07-06', -220_000, 'PAY701', 'AIRTIME PURCHASE 9MOBILE 0886*****90'),
];

describe('a network name opened by a digit (9MOBILE) is no reference code', () => {
  const result = reconcile(
    [
      line('B-oct', '2026-10-07', -530_000, 'AIRTIME PURCHASE 9MOBILE 0890*****47'),
      line('B-big', '2026-10-30', -1_000_000, 'AIRTIME PURCHASE 9MOBILE 0831*****70'),
    ],
    ledger,
  );

  it('takes the entry three days before, not the April one the name alone would tie it with', () => {
    const m = result.matches.find((x) => x.bankIds.includes('B-oct'));
    expect(m?.ledgerIds).toEqual(['L-oct']);
    expect(JSON.stringify(m?.evidence)).not.toContain('9MOBILE in bank text');
  });

  it('suggests no entry of another amount for a purchase the books do not hold', () => {
    expect(result.suggestions.filter((s) => s.bankIds.includes('B-big'))).toEqual([]);
    expect(result.unmatchedBank).toContain('B-big');
  });

  it.each(['FT23145ABC12', 'QFT7ABCDEF'])('still reads %s (a digit after its first letter) as a code', (code) => {
    const r = reconcile(
      [line('B1', '2026-10-07', -530_000, `NIP TRF ${code} OKON FREIGHT`)],
      [entry('L1', '2026-08-01', -530_000, 'PV-77', `Freight ${code}`)],
    );
    expect(JSON.stringify(r.matches[0]?.evidence ?? r.suggestions[0])).toContain(code);
  });
});
