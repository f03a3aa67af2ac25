/**
 * Pass 5e: one payment of a party's whole open balance, the mirror of the instalments pass. Confirmed only when the
 * line says what it pays (each item's number, or the account's balance): a sum alone stays a suggestion (the
 * principles' second sample case, sample-cases.test.ts). Found on the holdouts (holdout30's Jirani Supermarkets).
 */
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../matching/engine.js';
import { bankLine, entry } from './build.js';

const kes = { currency: 'KES' } as const;
const jirani = (id: string, date: string, amountMinor: number, reference: string) =>
  entry(id, date, amountMinor, { ...kes, party: 'Jirani Supermarkets Ltd', reference });
const books = [jirani('i1', '2025-07-08', 596_627_14, '25104694'), jirani('i2', '2025-07-09', 465_025_85, '25104695')];
const paid = (narration: string) => bankLine('b', '2025-07-11', 1_061_652_99, { ...kes, narration });
const groups = (r: ReturnType<typeof reconcile>) => r.matches.map((m) => [m.bankIds, [...m.ledgerIds].sort()]);

describe("a payment of a party's whole open balance", () => {
  it('is confirmed when the line says it settles the account', () => {
    const r = reconcile([paid('EFT CR JIRANI SUPERMARKETS LTD ACCOUNT SETTLEMENT MEB760935096')], books);
    expect(groups(r)).toEqual([[['b'], ['i1', 'i2']]]);
    expect(r.matches[0]!.evidence[0]!.detail).toBe('the line says it settles the account');
  });

  it("is confirmed when the line quotes every item's number", () => {
    const r = reconcile([paid('EFT CR JIRANI SUPERMARKETS LTD 25104694 25104695')], books);
    expect(groups(r)).toEqual([[['b'], ['i1', 'i2']]]);
  });

  it('is only suggested when the line says neither', () => {
    const r = reconcile([paid('EFT CR JIRANI SUPERMARKETS LTD')], books);
    expect(r.matches).toEqual([]);
    expect([...r.suggestions[0]!.candidates[0]!.ledgerIds].sort()).toEqual(['i1', 'i2']);
  });

  it('is refused when the party has more open, a credit note open, or the items are not all it has', () => {
    const settle = paid('EFT CR JIRANI SUPERMARKETS LTD ACCOUNT SETTLEMENT');
    // a third open invoice: the two are not the whole balance
    expect(reconcile([settle], [...books, jirani('i3', '2025-07-05', 10_000_00, '25104699')]).matches).toEqual([]);
    // an open credit note: the balance is netted, not paid item by item
    expect(reconcile([settle], [...books, jirani('c1', '2025-07-05', -10_000_00, 'CN-0042')]).matches).toEqual([]);
  });

  it('is refused when another open line of the amount names the party, or another entry has the whole amount', () => {
    const settle = paid('EFT CR JIRANI SUPERMARKETS LTD ACCOUNT SETTLEMENT');
    const again = bankLine('b2', '2025-07-12', 1_061_652_99, { ...kes, narration: 'EFT CR JIRANI SUPERMARKETS LTD' });
    expect(reconcile([settle, again], books).matches).toEqual([]);
    const rival = entry('x', '2025-07-10', 1_061_652_99, { ...kes, party: 'Kisumu Lakeside Distributors' });
    expect(reconcile([settle], [...books, rival]).matches).toEqual([]);
  });
});
