import { describe, expect, it } from 'vitest';
import { buildStatement, groupNote } from '../../adapters/reports/index.js';
import { entryText } from '../../adapters/reports/statement.js';
import { sampleReport } from './sample-report.js';

describe('the statement as of the period end', () => {
  it('keeps an entry outstanding when the bank clears it only after the period end', () => {
    const r = sampleReport();
    // The 30 March cheque deposit reaches the bank on 2 April and is matched then.
    r.bankLines.push({ id: 'b8', date: '2024-04-02', amountMinor: 8_000_000, currency: 'NGN', narration: 'CHQ DEP' });
    r.result.matches.push({
      bankIds: ['b8'],
      ledgerIds: ['l5'],
      kind: 'exact',
      confidence: 0.9,
      currency: 'NGN',
      differenceMinor: 0,
      writeOff: null,
      evidence: [],
    });
    r.result.unmatchedLedger = r.result.unmatchedLedger.filter((id) => id !== 'l5');
    const s = buildStatement(r);
    expect(s.depositsInTransit.items.map((i) => i.id)).toEqual(['l5']);
    expect(s.differenceMinor).toBe(0);
    // A line after the period end is not in the period's bank balance, so it is no reconciling item either.
    expect([...s.creditsNotInBooks.items, ...s.awaitingReviewBank.items].map((i) => i.id)).not.toContain('b8');
  });

  it('lists a bank line the books record only after the period end as a credit not in the books', () => {
    const r = sampleReport();
    r.ledgerEntries.find((e) => e.id === 'l1')!.date = '2024-04-01';
    const s = buildStatement(r);
    expect(s.creditsNotInBooks.items.find((i) => i.id === 'b1')).toMatchObject({ group: 'recorded-later' });
    // The books' balance at 31 March does not hold the 1 April entry: stating it that way keeps the difference zero.
    const stated = sampleReport();
    stated.ledgerEntries.find((e) => e.id === 'l1')!.date = '2024-04-01';
    stated.bookBalanceMinor! -= 25_000_050;
    expect(buildStatement(stated).differenceMinor).toBe(0);
  });

  it('never brings back an entry a finished reconciliation cleared, and carries its outstanding ones', () => {
    const r = sampleReport();
    r.period = { from: '2024-03-16', to: '2024-03-31' };
    r.carriedForward = {
      periodEnd: '2024-03-15',
      items: [
        {
          side: 'ledger',
          id: 'l3',
          date: '2024-03-14',
          reference: null,
          description: '@SUM(1+1)',
          amountMinor: 100_000,
        },
      ],
    };
    // Unmatch l3 (outstanding at 15 March) and l1 (cleared by 4 March's line, a line of the earlier period).
    r.result.matches = r.result.matches.filter((g) => !g.ledgerIds.includes('l3') && !g.ledgerIds.includes('l1'));
    r.bankLines = r.bankLines.filter((l) => l.id !== 'b1');
    const s = buildStatement(r);
    const ids = [...s.depositsInTransit.items, ...s.unpresentedPayments.items].map((i) => [i.id, i.carriedForward]);
    expect(ids).toContainEqual(['l3', true]);
    // l1, dated before 15 March and not outstanding then, was cleared in the finished reconciliation.
    expect(ids.map((i) => i[0])).not.toContain('l1');
    delete r.carriedForward;
    const without = buildStatement(r);
    expect(without.depositsInTransit.items.map((i) => i.id)).toContain('l1'); // the check above can fail
  });

  it('labels a derived book balance: the difference is computed but not verified, and never "balanced"', () => {
    const r = sampleReport();
    r.bookBalanceSource = 'assumed';
    const s = buildStatement(r);
    expect(s.differenceMinor).toBe(0);
    expect(s).toMatchObject({ verified: false, balanced: false, bookBalanceSource: 'assumed' });
    expect(s.notes[0]).toMatch(/Books assumed to open at the bank's opening balance.*NOT VERIFIED/);
  });

  it('writes the sum of early book entries in the note as money, as the statement shows every amount', () => {
    const r = sampleReport();
    r.bookBalanceSource = 'assumed';
    // 1 March's receipt entered in the books on 28 February: held before the bank had it.
    r.ledgerEntries.find((e) => e.id === 'l1')!.date = '2024-02-28';
    const note = buildStatement(r).notes.find((n) => n.includes('dated before 2024-03-01'))!;
    expect(note).toContain('(net ₦250,000.50)');
    expect(note).not.toMatch(/NGN \d/);
  });
});

describe('an outstanding book entry in words', () => {
  it.each([
    [{ party: 'Kisumu Fresh Produce', description: null, reference: 'CHQ-004513' }, 'Kisumu Fresh Produce'],
    [{ party: 'Wanjiku Traders', description: 'Invoice', reference: 'INV-2041' }, 'Wanjiku Traders: Invoice'],
    [{ party: 'Kamau Hardware', description: 'Receipt Kamau Hardware', reference: 'X' }, 'Receipt Kamau Hardware'],
    [{ party: ' ', description: 'Transfer fee', reference: 'JNL-12' }, 'Transfer fee'],
    [{ party: 'Mombasa Movers', description: 'CHQ-004512', reference: 'CHQ-004512' }, 'Mombasa Movers'],
    [{ party: null, description: null, reference: 'CHQ-004513' }, 'CHQ-004513'],
    [{ party: null, description: null, reference: null }, ''],
  ] as const)('%j reads %j', (entry, words) => {
    expect(entryText(entry)).toBe(words);
  });

  it('gives an item its reason unless its description already says it', () => {
    expect(groupNote('MPESA TILL', 'bank-only:Sales:M-Pesa till')).toBe('bank-only: Sales:M-Pesa till');
    expect(groupNote('LEDGER FEE', 'rule:ke-fees', 'Bank charges')).toBe('by rule ke-fees, to Bank charges');
    expect(groupNote('write-off to Suspense: TRF', 'write-off:Suspense')).toBeNull();
    expect(groupNote('CHQ', undefined)).toBeNull();
  });
});
