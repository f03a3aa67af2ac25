import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertAccount } from '../../db/account-repository.js';
import { applyBankWindow, linesStampedBefore, type FetchedBankLine } from '../../db/bank-transaction-repository.js';
import { databaseKinds, type TestDb } from '../support/databases.js';

// Where a sync's days meet the stored lines: the newest live lines stamped before an instant, newest first, across
// business dates that differ from the UTC day (Lagos, UTC+1), without removed lines or another account's.

const kinds = await databaseKinds();

const line = (id: string, bookedAt: string, businessDate: string, balance: number | null): FetchedBankLine => ({
  providerTxnId: id,
  fingerprint: `fp-${id}`,
  amountMinor: -100,
  currency: 'NGN',
  direction: 'debit',
  businessDate,
  bookedAt,
  narration: id,
  balanceMinor: balance,
  category: null,
  raw: null,
});

describe.each(kinds)('lines stamped before an instant on $name', ({ open }) => {
  let h: TestDb;
  beforeEach(async () => {
    h = await open();
    for (const id of ['acc_a', 'acc_b'])
      await upsertAccount(
        h.db,
        {
          id,
          name: id,
          institutionName: null,
          institutionCode: null,
          accountNumberMasked: null,
          currency: 'NGN',
          timezone: 'Africa/Lagos',
          accountType: null,
          customerId: null,
          dataStatus: null,
          balanceMinor: null,
          balanceAsOf: null,
        },
        '2026-12-01T00:00:00.000Z',
      );
  });
  afterEach(async () => {
    await h.dispose();
  });

  it('returns the newest live lines before the instant, newest first, and nothing after it', async () => {
    const now = '2026-12-01T00:00:00.000Z';
    await applyBankWindow(h.db, {
      accountId: 'acc_a',
      from: '2026-11-27',
      to: '2026-11-30',
      complete: true,
      now,
      lines: [
        line('a1', '2026-11-27T10:00:00.000Z', '2026-11-27', 900),
        line('a2', '2026-11-28T09:00:00.000Z', '2026-11-28', 800),
        // 23:30 UTC on the 28th is the 29th in Lagos: the business date runs a day ahead of the UTC day.
        line('a3', '2026-11-28T23:30:00.000Z', '2026-11-29', null),
        line('a4', '2026-11-29T08:00:00.000Z', '2026-11-29', 600),
        line('a5', '2026-11-30T08:00:00.000Z', '2026-11-30', 500),
      ],
    });
    await applyBankWindow(h.db, {
      accountId: 'acc_b',
      from: '2026-11-28',
      to: '2026-11-28',
      complete: true,
      now,
      lines: [line('b1', '2026-11-28T12:00:00.000Z', '2026-11-28', 123)],
    });
    const before = '2026-11-29T00:00:00.000Z';
    const balances = async (at: string, limit: number) =>
      (await linesStampedBefore(h.db, 'acc_a', at, limit)).map((l) => {
        expect(l.amountMinor).toBe(-100);
        return l.balanceMinor;
      });
    expect(await balances(before, 50)).toEqual([null, 800, 900]);
    expect(await balances(before, 2)).toEqual([null, 800]);
    // A complete fetch of the 28th without a2 marks it removed: it no longer counts.
    await applyBankWindow(h.db, {
      accountId: 'acc_a',
      from: '2026-11-28',
      to: '2026-11-28',
      complete: true,
      now,
      lines: [line('a3', '2026-11-28T23:30:00.000Z', '2026-11-29', null)],
    });
    expect(await balances(before, 50)).toEqual([null, 900]);
    expect(await balances('2026-11-27T00:00:00.000Z', 50)).toEqual([]);
  });
});
