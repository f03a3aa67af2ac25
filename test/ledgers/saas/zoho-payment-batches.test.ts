import { describe, expect, it } from 'vitest';
import type { LedgerSettlement } from '../../../adapters/ledger/oauth/settlement.js';
import { paymentBatches } from '../../../adapters/ledger/zoho/zoho-adapter.js';

// One bank line paying several documents is one payment in Zoho only when they are one party's documents of one kind.

const s = (key: string, entryId: string, paymentKey?: string): LedgerSettlement => ({
  idempotencyKey: key,
  entryId,
  date: '2026-10-03',
  amountMinor: 100_000,
  currency: 'NGN',
  bankAccount: '1010',
  ...(paymentKey ? { paymentKey } : {}),
});

describe('Zoho settlements grouped by payment', () => {
  it('keeps one customer’s invoices paid by one transfer together, and each other settlement alone', () => {
    const batches = paymentBatches([
      s('a', 'invoice:101:7', 'p1'),
      s('b', 'invoice:102:7', 'p1'),
      s('c', 'invoice:103:7'),
      s('d', 'bill:201:9', 'p2'),
    ]);
    expect(batches.map((b) => b.map((x) => x.idempotencyKey))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('settles apart the documents of two parties, or of both kinds, that one transfer paid', () => {
    const batches = paymentBatches([
      s('a', 'invoice:101:7', 'p1'),
      s('b', 'invoice:102:8', 'p1'),
      s('c', 'invoice:103:7', 'p2'),
      s('d', 'bill:201:7', 'p2'),
    ]);
    expect(batches.map((b) => b.map((x) => x.idempotencyKey))).toEqual([['a'], ['b'], ['c'], ['d']]);
  });
});
