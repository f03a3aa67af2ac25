import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, minorToMajorString, money } from '../../domain/money.js';
import { bankFingerprint, findBalanceBreaks, repeatsInFetch } from '../../domain/transactions.js';

const base = {
  accountId: 'acc_6560ad8cc2b1b2a1f3e0d9c1',
  businessDate: '2024-04-12',
  amountMinor: -550,
  narration: 'POS PURCHASE SHOPRITE LEKKI',
  balanceMinor: 1_000_000,
};

describe('bank fingerprints', () => {
  it('genuine twins (same amount, day, merchant) with different running balances differ', () => {
    const first = bankFingerprint({ ...base, balanceMinor: 1_000_000 });
    const second = bankFingerprint({ ...base, balanceMinor: 999_450 });
    expect(first).not.toBe(second);
  });

  it('a churned provider id for the same line gives the same fingerprint (the id is not part of it)', () => {
    const line = { ...base, providerTxnId: 'txn_old' };
    const reissued = { ...base, providerTxnId: 'txn_new' };
    expect(bankFingerprint(line)).toBe(bankFingerprint(reissued));
  });

  it('ignores spacing and case in the narration, which banks change between fetches', () => {
    expect(bankFingerprint({ ...base, narration: '  pos purchase   Shoprite\tLEKKI ' })).toBe(bankFingerprint(base));
  });

  it('changes with every other part of the identity', () => {
    const fp = bankFingerprint(base);
    expect(bankFingerprint({ ...base, accountId: 'acc_other' })).not.toBe(fp);
    expect(bankFingerprint({ ...base, businessDate: '2024-04-13' })).not.toBe(fp);
    expect(bankFingerprint({ ...base, amountMinor: 550 })).not.toBe(fp);
    expect(bankFingerprint({ ...base, narration: 'POS PURCHASE SPAR LEKKI' })).not.toBe(fp);
    expect(bankFingerprint({ ...base, balanceMinor: null })).not.toBe(fp);
  });

  it('is a stable 16-hex-digit value and is deterministic', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.string(), (amountMinor, narration) => {
        const a = bankFingerprint({ ...base, amountMinor, narration });
        expect(a).toMatch(/^[0-9a-f]{16}$/);
        expect(bankFingerprint({ ...base, amountMinor, narration })).toBe(a);
      }),
    );
  });

  it('twins in a generated day of card charges never collide', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer({ min: 1, max: 100_000 }), (count, charge) => {
        const fps = new Set<string>();
        for (let i = 0; i < count; i++)
          fps.add(bankFingerprint({ ...base, amountMinor: -charge, balanceMinor: 10_000_000 - i * charge }));
        expect(fps.size).toBe(count);
      }),
      { numRuns: 50 },
    );
  });
});

describe('repeatsInFetch: one line served twice in a fetch under two ids', () => {
  const line = (balanceMinor: number | null, amountMinor = -5_000, bookedAt = '2026-11-23T06:45:13.045Z') => ({
    fingerprint: bankFingerprint({ ...base, amountMinor, balanceMinor }),
    bookedAt,
    amountMinor,
    narration: 'ELECTRONIC MONEY TRANSFER LEVY',
    balanceMinor,
  });
  it('a repeat of an earlier line, when the fetch served more ids than Mono counted', () => {
    const lines = [line(10_000), line(5_000), line(10_000)];
    expect([...repeatsInFetch(lines, 2)]).toEqual([[2, 0]]);
    expect(repeatsInFetch(lines, 3).size).toBe(0);
    expect(repeatsInFetch(lines, null).size).toBe(0);
  });
  it('never lines without a balance, of zero amount, or at another instant', () => {
    expect(repeatsInFetch([line(null), line(null)], 1).size).toBe(0);
    expect(repeatsInFetch([line(10_000, 0), line(10_000, 0)], 1).size).toBe(0);
    expect(repeatsInFetch([line(10_000), line(10_000, -5_000, '2026-11-23T06:45:14.045Z')], 1).size).toBe(0);
  });
  it('none when more lines qualify, in different groups, than the fetch has extra ids', () => {
    const other = { ...line(20_000), narration: 'SMS ALERT CHARGES' };
    const lines = [line(10_000), line(10_000), other, { ...other }];
    expect(repeatsInFetch(lines, 3).size).toBe(0);
    expect(repeatsInFetch(lines, 2).size).toBe(2);
    // Within one group, as many as the extra ids: identical lines, so which does not matter.
    expect([...repeatsInFetch([line(10_000), line(10_000), line(10_000)], 2)]).toEqual([[1, 0]]);
  });
});

describe('findBalanceBreaks (reconciliation.md sample case 11)', () => {
  // A Mono debit of 147085 kobo is a signed -147085 minor units: -1,470.85 NGN.
  const monoDebit = { amount: 147085, type: 'debit' as const };
  const debitMinor = monoDebit.type === 'debit' ? -monoDebit.amount : monoDebit.amount;

  const lines = [
    { providerTxnId: 't1', amountMinor: 500_000, balanceMinor: 2_000_000 },
    { providerTxnId: 't2', amountMinor: debitMinor, balanceMinor: 2_000_000 + debitMinor },
    { providerTxnId: 't3', amountMinor: 25_000, balanceMinor: 2_000_000 + debitMinor + 25_000 },
    { providerTxnId: 't4', amountMinor: -1_239, balanceMinor: 2_000_000 + debitMinor + 25_000 - 1_239 },
  ];

  it('reads the Mono debit as -1,470.85 NGN', () => {
    expect(debitMinor).toBe(-147085);
    expect(minorToMajorString(debitMinor, 'NGN')).toBe('-1470.85');
    expect(formatMoney(money(debitMinor, 'NGN'))).toBe('-₦1,470.85');
  });

  it('continuous rows (previous balance − debit + credit = balance) have no break', () => {
    expect(findBalanceBreaks(lines)).toEqual([]);
  });

  it('a missing row flags a break between its neighbours with the expected and actual balance', () => {
    const withoutDebit = lines.filter((l) => l.providerTxnId !== 't2');
    expect(findBalanceBreaks(withoutDebit)).toEqual([
      {
        afterProviderTxnId: 't1',
        atProviderTxnId: 't3',
        expectedMinor: 2_025_000,
        actualMinor: 2_000_000 + debitMinor + 25_000,
      },
    ]);
  });

  it('a duplicated row flags a break', () => {
    const duplicated = [lines[0]!, lines[1]!, { ...lines[1]!, providerTxnId: 't2-dup' }, lines[2]!];
    const breaks = findBalanceBreaks(duplicated);
    expect(breaks.map((b) => b.atProviderTxnId)).toEqual(['t2-dup']);
    expect(breaks[0]!.expectedMinor - breaks[0]!.actualMinor).toBe(debitMinor);
  });

  it('a line without a running balance still moves the balance the next line is checked against', () => {
    const noBalance = { providerTxnId: 'x', amountMinor: 100, balanceMinor: null };
    const after = { providerTxnId: 't2', amountMinor: debitMinor, balanceMinor: 2_000_000 + 100 + debitMinor };
    expect(findBalanceBreaks([lines[0]!, noBalance, after])).toEqual([]);
    // Without the unbalanced line the same balance is 100 too high: a break.
    expect(findBalanceBreaks([lines[0]!, after])).toEqual([
      {
        afterProviderTxnId: 't1',
        atProviderTxnId: 't2',
        expectedMinor: 2_000_000 + debitMinor,
        actualMinor: after.balanceMinor,
      },
    ]);
    // A leading line without a balance has nothing to be checked against.
    expect(findBalanceBreaks([noBalance, ...lines])).toEqual([]);
  });

  it('any generated continuous history has no break; dropping any inner row (non-zero) makes one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.array(
          fc.integer({ min: -1e7, max: 1e7 }).filter((n) => n !== 0),
          { minLength: 3, maxLength: 60 },
        ),
        fc.nat(),
        (opening, amounts, pick) => {
          let balance = opening;
          const history = amounts.map((amountMinor, i) => {
            balance += amountMinor;
            return { providerTxnId: `t${i}`, amountMinor, balanceMinor: balance };
          });
          expect(findBalanceBreaks(history)).toEqual([]);
          const drop = 1 + (pick % (history.length - 2));
          const gap = history.filter((_, i) => i !== drop);
          const breaks = findBalanceBreaks(gap);
          expect(breaks).toHaveLength(1);
          expect(breaks[0]!.atProviderTxnId).toBe(`t${drop + 1}`);
          expect(breaks[0]!.actualMinor - breaks[0]!.expectedMinor).toBe(amounts[drop]);
        },
      ),
    );
  });
});
