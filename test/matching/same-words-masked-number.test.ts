import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../domain/ledger.js';
import type { BankLine, ReconcileResult } from '../../domain/reconciliation.js';
import { reconcile } from '../../matching/engine.js';
import { otherMaskedNumbers } from '../../matching/masked-numbers.js';
import { sameWords } from '../../matching/same-words.js';

const line = (id: string, date: string, amountMinor: number, narration: string): BankLine => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  narration,
  counterpartyName: null,
});
/** a general-ledger book's entry (account 1010): no party, the bank's words copied as its description */
const entry = (id: string, date: string, amountMinor: number, description: string): LedgerEntry => ({
  id,
  date,
  amountMinor,
  currency: 'NGN',
  description,
  account: '1010',
});

const MTN_11 = 'AIRTIME PURCHASE MTN 0812*****11';
const MTN_88 = 'AIRTIME PURCHASE MTN 0847*****88';
const AIRTEL_30 = 'AIRTIME PURCHASE AIRTEL 0829*****30';

const matchOf = (r: ReconcileResult, bankId: string) => r.matches.find((m) => m.bankIds.includes(bankId));
const suggestionOf = (r: ReconcileResult, bankId: string) => r.suggestions.find((s) => s.bankIds.includes(bankId));

/*
 * Walk s35: airtime bought for several phones, each booked in the bank's very words. The line of 0812*****11 was offered
 * its own entry at 51% ("the narration writes "AIRTIME MTN" of the entry's description …"), and another phone's entry
 * five days away at 45%: the masked number, the one thing telling the purchases apart, counted for nothing.
 */
describe('an entry in the bank line’s very words, a masked phone number included', () => {
  const result = reconcile(
    [
      line('b1', '2026-11-20', -350_000, MTN_11),
      line('b2', '2026-11-27', -350_000, MTN_88),
      line('b3', '2026-11-28', -350_000, AIRTEL_30),
    ],
    [
      entry('l1', '2026-11-20', -350_000, MTN_11),
      entry('l2', '2026-11-25', -350_000, MTN_88),
      entry('l3', '2026-11-27', -350_000, AIRTEL_30),
    ],
  );

  it('matches each purchase to the entry of its own phone', () => {
    expect(matchOf(result, 'b1')?.ledgerIds).toEqual(['l1']);
    expect(matchOf(result, 'b2')?.ledgerIds).toEqual(['l2']);
    expect(matchOf(result, 'b3')?.ledgerIds).toEqual(['l3']);
  });

  it('says the narration and the description are the same, word for word, the masked number included', () => {
    const m = matchOf(result, 'b1')!;
    expect(m.confidence).toBeGreaterThanOrEqual(0.9);
    const said = m.evidence.map((e) => e.detail).join(' | ');
    expect(said).toContain(`the same, word for word: "${MTN_11}", the masked number 0812*****11 included`);
    expect(said).not.toContain('"AIRTIME MTN"');
  });

  it.each([
    ['a round sum', -350_000, MTN_11, MTN_88],
    ['an amount no other line or entry carries', -351_750, MTN_11, MTN_88],
    ['a card', -1_234_567, 'POS PURCHASE 5399****1234 SHOPRITE LEKKI', 'POS PURCHASE 5399****9876 SHOPRITE LEKKI'],
  ])(
    "never confirms another phone's or card's entry, alone a day away and to the cent (%s)",
    (_, amount, said, booked) => {
      // main confirmed these: the counterparty pass on the words the two share, or the unique-amount pass
      const r = reconcile([line('b1', '2026-11-20', amount, said)], [entry('l2', '2026-11-21', amount, booked)]);
      expect(r.matches).toEqual([]);
    },
  );

  it("gives another phone's entry no credit for the words the two purchases share", () => {
    const r = reconcile([line('b1', '2026-11-20', -350_000, MTN_11)], [entry('l2', '2026-11-20', -350_000, MTN_88)]);
    expect(r.matches).toEqual([]);
    const offered = suggestionOf(r, 'b1')?.candidates[0];
    expect(offered?.evidence.map((e) => e.kind)).not.toContain('counterparty_name');
  });
});

describe('the same words are strong only with the amount and the date: ties and other months refuse', () => {
  it('leaves two entries of the same words, amount and day to a person', () => {
    const r = reconcile(
      [line('b1', '2026-11-20', -350_000, MTN_11)],
      [entry('l1', '2026-11-20', -350_000, MTN_11), entry('l1b', '2026-11-20', -350_000, MTN_11)],
    );
    expect(r.matches).toEqual([]);
    expect(
      suggestionOf(r, 'b1')
        ?.candidates.map((c) => c.ledgerIds[0])
        .sort(),
    ).toEqual(['l1', 'l1b']);
  });

  it('leaves two lines of the same words, amount and day for one entry to a person', () => {
    const r = reconcile(
      [line('b1', '2026-11-20', -350_000, MTN_11), line('b1b', '2026-11-20', -350_000, MTN_11)],
      [entry('l1', '2026-11-20', -350_000, MTN_11)],
    );
    expect(r.matches).toEqual([]);
  });

  it("does not confirm last month's purchase of the same phone and amount for this month's line", () => {
    const r = reconcile(
      [line('b-nov', '2026-11-20', -350_000, MTN_11)],
      [entry('l-oct', '2026-10-20', -350_000, MTN_11)],
    );
    expect(r.matches).toEqual([]);
  });

  it("never gives this month's line last month's entry still open; it offers this month's first", () => {
    const r = reconcile(
      [line('b-nov', '2026-11-20', -350_000, MTN_11)],
      [entry('l-oct', '2026-10-20', -350_000, MTN_11), entry('l-nov', '2026-11-20', -350_000, MTN_11)],
    );
    // October's entry with no line of its own may be what this line pays, as an unpaid bill of a round sum may be: a
    // person decides (the counterparty pass's rule for recurring payments)
    expect(r.matches.flatMap((m) => m.ledgerIds)).not.toContain('l-oct');
    expect(suggestionOf(r, 'b-nov')?.candidates[0]?.ledgerIds).toEqual(['l-nov']);
  });

  it("takes this month's entry when last month's has its own line", () => {
    const r = reconcile(
      [line('b-oct', '2026-10-20', -350_000, MTN_11), line('b-nov', '2026-11-20', -350_000, MTN_11)],
      [entry('l-oct', '2026-10-20', -350_000, MTN_11), entry('l-nov', '2026-11-20', -350_000, MTN_11)],
    );
    expect(matchOf(r, 'b-oct')?.ledgerIds).toEqual(['l-oct']);
    expect(matchOf(r, 'b-nov')?.ledgerIds).toEqual(['l-nov']);
  });

  it('matches weekly top-ups of one phone each to its own day', () => {
    const r = reconcile(
      [line('b13', '2026-11-13', -350_000, MTN_11), line('b20', '2026-11-20', -350_000, MTN_11)],
      [entry('l13', '2026-11-13', -350_000, MTN_11), entry('l20', '2026-11-20', -350_000, MTN_11)],
    );
    expect(matchOf(r, 'b13')?.ledgerIds).toEqual(['l13']);
    expect(matchOf(r, 'b20')?.ledgerIds).toEqual(['l20']);
  });

  it('refuses where another entry of the same words lies a few days off with no line of its own', () => {
    for (const other of ['2026-11-17', '2026-11-23', '2026-11-14']) {
      const r = reconcile(
        [line('b1', '2026-11-20', -350_000, MTN_11)],
        [entry('l1', '2026-11-20', -350_000, MTN_11), entry('l-other', other, -350_000, MTN_11)],
      );
      expect(r.matches, other).toEqual([]);
    }
  });

  it("does not confirm a monthly charge's same words a month away, and takes the one of its own month", () => {
    const sms = 'SMS ALERT CHARGES';
    const alone = reconcile([line('b1', '2026-11-30', -5_000, sms)], [entry('l-oct', '2026-10-31', -5_000, sms)]);
    expect(alone.matches.flatMap((m) => m.ledgerIds)).toEqual([]);
    const both = reconcile(
      [line('b1', '2026-11-30', -5_000, sms)],
      [entry('l-oct', '2026-10-31', -5_000, sms), entry('l-nov', '2026-11-30', -5_000, sms)],
    );
    expect(both.matches.flatMap((m) => m.ledgerIds)).not.toContain('l-oct');
  });
});

describe('masked numbers and same words', () => {
  it.each([
    [MTN_11, MTN_88, true],
    [MTN_11, 'Airtime purchase MTN 0812*****11', false],
    ['TRF FROM 0914XXXX701 ADA', 'Receipt 0914*****01', false],
    ['MPESA C2B 254701***552 JOHN', 'Receipt 0701***552 John', false],
    ['POS 5399****1234 SHOPRITE', 'Shoprite card ****9876', true],
    ['POS 5399****1234 SHOPRITE', 'Shoprite purchase', false],
    [MTN_11, 'AIRTIME PURCHASE MTN 0812*****211', false],
  ])('%s against %s: other numbers %s', (a, b, other) => {
    expect(otherMaskedNumbers(a, b)).toBe(other);
  });

  it('reads the same words past case, spacing and punctuation, never past a word or number', () => {
    expect(sameWords(MTN_11, 'Airtime  purchase - MTN 0812*****11')).toBe(true);
    expect(sameWords(MTN_11, MTN_88)).toBe(false);
    expect(sameWords(MTN_11, 'AIRTIME PURCHASE MTN')).toBe(false);
    expect(sameWords('', '')).toBe(false);
  });
});
