/**
 * An accounting system's open invoices and bills (LedgerEntry.kind 'document') on the statement: match candidates,
 * never book items; a line matched to them is cleared by their payment once the books hold it (docs/statement.md,
 * "Postings, not documents").
 */
import { describe, expect, it } from 'vitest';
import { buildStatement } from '../../adapters/reports/index.js';
import type { ReconciliationReport } from '../../adapters/reports/model.js';
import { sampleReport } from './sample-report.js';

/** The sample's l1 (INV-1001, matched to b1) as the invoice it is, and an unpaid invoice beside it. */
function withDocuments(): ReconciliationReport {
  const r = sampleReport();
  r.ledgerEntries.find((e) => e.id === 'l1')!.kind = 'document';
  r.ledgerEntries.push({
    id: 'inv-9',
    date: '2024-03-20',
    amountMinor: 60_000_000,
    currency: 'NGN',
    reference: 'INV-1009',
    description: 'Invoice INV-1009',
    party: 'Festac Ventures',
    kind: 'document',
  });
  r.result.unmatchedLedger.push('inv-9');
  return r;
}

const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id);

describe('documents on the statement', () => {
  it('never lists an unpaid invoice as a deposit in transit, nor one a line is suggested against as awaiting review', () => {
    const r = withDocuments();
    r.result.suggestions.push({
      bankIds: ['b3'],
      candidates: [{ ledgerIds: ['inv-9'], confidence: 0.6, evidence: [] }],
    } as never);
    const s = buildStatement(r);
    expect(ids(s.depositsInTransit.items)).not.toContain('inv-9');
    expect(ids(s.awaitingReviewLedger.items)).not.toContain('inv-9');
  });

  it('lists a line matched to an invoice whose payment the books lack as not in the books, naming the invoice', () => {
    const s = buildStatement(withDocuments());
    const item = s.creditsNotInBooks.items.find((i) => i.id === 'b1');
    expect(item).toMatchObject({ group: 'payment-unrecorded', amountMinor: 25_000_050 });
    expect(item!.description).toContain('pays INV-1001 Acme Ltd');
    // the books' balance of the sample holds the receipt: unrecorded, the difference shows it
    expect(s.differenceMinor).toBe(-25_000_050);
  });

  it('clears the line by the payment joined to its match, with the write-off line beside it', () => {
    const r = withDocuments();
    r.ledgerEntries.push(
      { id: 'pay-1', date: '2024-03-04', amountMinor: 25_000_100, currency: 'NGN', reference: 'bf:m-1' },
      { id: 'wo-1', date: '2024-03-04', amountMinor: -50, currency: 'NGN', reference: 'bf:wo-1' },
    );
    const m = r.result.matches.find((g) => g.bankIds.includes('b1'))!;
    m.ledgerIds.push('pay-1', 'wo-1');
    const s = buildStatement(r);
    expect(ids([...s.creditsNotInBooks.items, ...s.debitsNotInBooks.items])).not.toContain('b1');
    expect(s.differenceMinor).toBe(0);
  });

  it('leaves the part written off as not in the books until its line is joined', () => {
    const r = withDocuments();
    r.ledgerEntries.push({ id: 'pay-1', date: '2024-03-04', amountMinor: 25_000_100, currency: 'NGN' });
    const m = r.result.matches.find((g) => g.bankIds.includes('b1'))!;
    m.ledgerIds.push('pay-1');
    m.writeOff = { account: 'Discount allowed', amountMinor: 50 } as never;
    const s = buildStatement(r);
    expect(s.debitsNotInBooks.items.filter((i) => i.id === 'b1')).toEqual([
      expect.objectContaining({ source: 'match-residual', group: 'write-off:Discount allowed', amountMinor: 50 }),
    ]);
  });
});
