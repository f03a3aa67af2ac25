import type { OutstandingItem, StatementAdjustment } from '../../domain/statement.js';
import type { DocItem, StatementFigures } from './document.js';
import type { CarriedForward } from './model.js';

/** What a statement hands to the next one once it is finished: its report model's `carriedForward`, less the end. */
export type StatementCarry = Required<Omit<CarriedForward, 'periodEnd' | 'agreedStart' | 'reversedBy'>>;

/**
 * The bank lines and book entries a statement leaves outstanding, and its matched groups' residuals and write-offs
 * (adjustments: no line or entry of their own, so they are kept apart and carried until the books post them). The one
 * reading of a statement for both ways a period is closed: the web's finished reconciliation and the CLI's
 * `--previous last.json`. Awaiting-review items count as outstanding: nothing decided them in the period.
 */
export function carryOf(s: StatementFigures): StatementCarry {
  const bankSide = [...s.creditsNotInBooks.items, ...s.debitsNotInBooks.items];
  return {
    items: [
      ...outstanding([...s.depositsInTransit.items, ...s.unpresentedPayments.items, ...s.awaitingReviewLedger.items]),
      ...outstanding([...bankSide, ...s.awaitingReviewBank.items]),
    ],
    adjustments: bankSide.filter((i) => i.side === 'match-residual').map(adjustmentOf),
    postings: (s.postedByBooks ?? []).map((i) => ({ line: outstanding([i])[0]!, entryId: i.postedBy })),
  };
}

function outstanding(items: DocItem[]): OutstandingItem[] {
  return items
    .filter((i): i is DocItem & { side: 'bank' | 'ledger' } => i.side === 'bank' || i.side === 'ledger')
    .map((i) => ({
      side: i.side,
      id: i.id,
      date: i.date,
      reference: i.reference,
      description: i.description,
      amountMinor: i.signedAmountMinor,
      ...(i.group ? { group: i.group } : {}),
      ...(i.postTo ? { postTo: i.postTo } : {}),
      ...(i.ruleName ? { ruleName: i.ruleName } : {}),
    }));
}

function adjustmentOf(i: DocItem): StatementAdjustment {
  return {
    id: i.id,
    date: i.date,
    description: i.description,
    group: i.group ?? 'residual',
    amountMinor: i.signedAmountMinor,
  };
}
