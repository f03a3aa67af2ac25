import { describe, expect, it } from 'vitest';
import { takeCarriedPostings } from '../../adapters/reports/carried-postings.js';
import type { StatementItem } from '../../adapters/reports/model.js';

const line = (id: string, date: string, signedMinor: number, description: string): StatementItem => ({
  source: 'bank',
  id,
  date,
  description,
  amountMinor: Math.abs(signedMinor),
  signedMinor,
  carriedForward: true,
});
const entry = (id: string, date: string, signedMinor: number, description: string, carried = false): StatementItem => ({
  source: 'ledger',
  id,
  date,
  description,
  amountMinor: Math.abs(signedMinor),
  signedMinor,
  ...(carried ? { carriedForward: true } : {}),
});

/** every entry free: none matched to a line */
const freeOf = (entries: StatementItem[]) => new Set(entries.map((e) => e.id));

describe('takeCarriedPostings', () => {
  it("pairs a charge with the journal naming the rule's account, though it shares no word of the narration", () => {
    const lines = [
      {
        ...line('b1', '2026-10-31', -1_250, 'COT OCT 2026 0012345678'),
        group: 'rule:gh-cot',
        ruleName: 'Commission on turnover',
        postTo: 'Bank charges:Account fees',
      },
      line('b2', '2026-10-31', -1_250, 'TRF TO ACCRA BANK LTD'),
    ];
    const entries = [
      entry('fees', '2026-11-02', -1_250, 'Account fees, October'),
      entry('bank', '2026-11-02', -1_250, 'Bank transfer'),
    ];
    const pairs = takeCarriedPostings(lines, entries, freeOf(entries));
    // "bank" alone says nothing of what the money was: the transfer is not the bank transfer entry's
    expect(pairs.map((p) => [p.line.id, p.entry.id])).toEqual([['b1', 'fees']]);
  });

  it('pairs a carried line with the entry posting it and takes both out of their lists', () => {
    const lines = [line('b1', '2026-10-08', -1_500_000, 'POS TERMINAL ANNUAL SUBSCRIPTION')];
    const entries = [entry('l1', '2026-11-03', -1_500_000, 'POS terminal subscription')];
    const pairs = takeCarriedPostings(lines, entries, freeOf(entries));
    expect(pairs.map((p) => [p.line.id, p.entry.id])).toEqual([['b1', 'l1']]);
    expect(lines).toEqual([]);
    expect(entries).toEqual([]);
  });

  it('pairs only an entry sharing a word of the narration, each entry with one line', () => {
    const lines = [
      line('b1', '2026-10-05', -5_375, 'NIP TRANSFER FEE'),
      line('b2', '2026-10-09', -5_375, 'NIP TRANSFER FEE'),
    ];
    const entries = [
      entry('cheque', '2026-11-01', -5_375, 'Cheque 000471 Kano Millers'),
      entry('fee', '2026-11-03', -5_375, 'Transfer fees, October'),
    ];
    const pairs = takeCarriedPostings(lines, entries, freeOf(entries));
    // the cheque is of the fee's amount, and is not the fee: b2 stays, and so does the cheque
    expect(pairs.map((p) => [p.line.id, p.entry.id])).toEqual([['b1', 'fee']]);
    expect(lines.map((l) => l.id)).toEqual(['b2']);
    expect(entries.map((e) => e.id)).toEqual(['cheque']);
  });

  it('leaves lines of another amount or direction, and lines not carried', () => {
    const fresh = { ...line('b3', '2026-11-04', -700, 'SMS ALERT'), carriedForward: false };
    const lines = [
      line('b1', '2026-10-05', -5_375, 'NIP TRANSFER FEE'),
      line('b2', '2026-10-06', 5_375, 'INTEREST'),
      fresh,
    ];
    const entries = [
      entry('in', '2026-11-02', -5_000, 'NIP transfer fee'),
      entry('sms', '2026-11-05', -700, 'SMS alert'),
    ];
    expect(takeCarriedPostings(lines, entries, freeOf(entries))).toEqual([]);
    expect(lines).toHaveLength(3);
    expect(entries).toHaveLength(2);
  });

  it('never takes an entry a line is matched to, nor a line carried as recorded later', () => {
    const lines = [
      line('fee', '2026-10-05', -5_375, 'NIP TRANSFER FEE'),
      { ...line('bill', '2026-11-12', -80_000, 'NIP TRF TO OKON FREIGHT'), group: 'recorded-later' },
    ];
    const entries = [
      entry('chq', '2026-11-20', -5_375, 'Transfer to Ade savings'),
      entry('other', '2026-12-01', -80_000, 'Okon Freight cheque'),
    ];
    // the cheque is paid by a line after the end: not free
    expect(takeCarriedPostings(lines, entries, new Set(['other']))).toEqual([]);
    expect(lines).toHaveLength(2);
  });

  it('pairs by a number both name (not a year)', () => {
    const lines = [line('b1', '2026-10-05', -1_000, 'TRF TO OFFICEMART LTD PO-5531 2026')];
    expect(
      takeCarriedPostings([...lines], [entry('y', '2026-11-02', -1_000, 'Adjustment 2026')], new Set(['y'])),
    ).toEqual([]);
    expect(
      takeCarriedPostings(lines, [entry('j', '2026-11-02', -1_000, 'Bank charge on PO-5531')], new Set(['j'])).map(
        (p) => p.entry.id,
      ),
    ).toEqual(['j']);
  });

  it('pairs a journal dated back into the finished month (itself carried)', () => {
    const lines = [line('b1', '2026-10-05', -5_375, 'NIP TRANSFER FEE')];
    const entries = [entry('jnl', '2026-10-31', -5_375, 'NIP transfer fee Oct', true)];
    expect(takeCarriedPostings(lines, entries, freeOf(entries)).map((p) => p.entry.id)).toEqual(['jnl']);
  });

  it("clears a month's lines with one journal of their sum naming one of them, never another month's", () => {
    const lines = [
      line('fee', '2026-10-05', -5_375, 'NIP TRANSFER FEE'),
      line('pos', '2026-10-08', -1_500_000, 'POS TERMINAL ANNUAL SUBSCRIPTION'),
      line('sep', '2026-09-30', -5_375, 'NIP TRANSFER FEE'),
    ];
    const entries = [entry('jnl', '2026-11-02', -1_505_375, 'October bank charges: transfer fee, POS subscription')];
    const pairs = takeCarriedPostings(lines, entries, freeOf(entries));
    expect(pairs.map((p) => [p.line.id, p.entry.id])).toEqual([
      ['fee', 'jnl'],
      ['pos', 'jnl'],
    ]);
    expect(lines.map((l) => l.id)).toEqual(['sep']);
    // a sum of the right amount whose text names none of them pairs nothing
    const again = [line('a', '2026-10-05', -5_375, 'NIP TRANSFER FEE'), line('b', '2026-10-08', -1_500_000, 'POS SUB')];
    expect(
      takeCarriedPostings(again, [entry('x', '2026-11-02', -1_505_375, 'Kano Millers cheque 000471')], new Set(['x'])),
    ).toEqual([]);
  });
});
