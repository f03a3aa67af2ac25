import { bankOnlyCode } from '../adapters/reports/index.js';
import type { StatementCheckpoint } from '../domain/statement.js';

/** One reconciling item as a finished statement prints it: signed as it moves its side's balance (money in positive). */
export interface FinishedItem {
  id: string;
  date: string;
  reference: string | null;
  description: string;
  group: string | null;
  /** A line a rule classified: the ledger account the rule posts it to. */
  postTo?: string;
  /** A line a named rule classified: the rule's name. */
  ruleName?: string;
  amountMinor: number;
}

export interface FinishedSection {
  /** The `data-figure` of its line on the page, and its name in the CSV's item rows. */
  key: string;
  label: string;
  items: FinishedItem[];
  /** Its items summed, signed: what the line adds to (or, negative, takes from) its side. */
  totalMinor: number;
}

/** A finished reconciliation laid out as the statement that was signed, every figure the sum of those above it. */
export interface FinishedStatement {
  bank: FinishedSection[];
  adjustedBankMinor: number;
  books: FinishedSection[];
  /**
   * Reconciliations finished before their residuals were kept store only the difference they were signed with: the
   * part of the gap their items do not explain is one line of its own, so the page still adds up and says so.
   */
  notItemisedMinor: number;
  adjustedBookMinor: number;
  differenceMinor: number;
}

function asItem(i: Omit<FinishedItem, 'group'> & { group?: string }): FinishedItem {
  return {
    id: i.id,
    date: i.date,
    reference: i.reference,
    description: i.description,
    group: i.group ?? null,
    ...(i.postTo ? { postTo: i.postTo } : {}),
    ...(i.ruleName ? { ruleName: i.ruleName } : {}),
    amountMinor: i.amountMinor,
  };
}

/**
 * A bank line the books lack, kept as `write-off:<account>` by a reconciliation finished before bank-only lines had a
 * code of their own: a line listed whole is one a person explained as bank-only (a match's write-off is an adjustment,
 * not a line), so it is said as such.
 */
function bankLineGroup(group: string | undefined): string | undefined {
  return group?.startsWith('write-off:') ? bankOnlyCode(group.slice('write-off:'.length)) : group;
}

function section(key: string, label: string, items: FinishedItem[]): FinishedSection {
  const totalMinor = items.reduce((t, i) => t + i.amountMinor, 0);
  if (!Number.isSafeInteger(totalMinor)) throw new RangeError(`statement total overflows safe integers (${key})`);
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { key, label: `${label} (${items.length})`, items: sorted, totalMinor };
}

/**
 * The statement of a finished reconciliation from what it kept: balance per bank ± the book entries outstanding =
 * adjusted bank balance; balance per books ± the statement's lines the books lack and the matched groups' residuals
 * = adjusted book balance; difference = adjusted bank − adjusted book. Integer minor units throughout.
 */
export function finishedStatement(c: StatementCheckpoint): FinishedStatement {
  const ledger = c.items.filter((i) => i.side === 'ledger').map(asItem);
  const bankSide = [
    ...c.items.filter((i) => i.side === 'bank').map((i) => ({ ...i, group: bankLineGroup(i.group) })),
    ...c.adjustments.map((a) => ({ ...a, reference: null })),
  ].map(asItem);
  const bank = [
    section(
      'deposits-in-transit',
      'Add: deposits in transit',
      ledger.filter((i) => i.amountMinor > 0),
    ),
    section(
      'unpresented-payments',
      'Less: unpresented payments',
      ledger.filter((i) => i.amountMinor < 0),
    ),
  ];
  const books = [
    section(
      'credits-not-in-books',
      'Add: credits on the statement not in the books',
      bankSide.filter((i) => i.amountMinor > 0),
    ),
    section(
      'debits-not-in-books',
      'Less: debits on the statement not in the books',
      bankSide.filter((i) => i.amountMinor < 0),
    ),
  ];
  const adjustedBankMinor = bank.reduce((t, s) => t + s.totalMinor, c.statementBalanceMinor);
  const itemisedBookMinor = books.reduce((t, s) => t + s.totalMinor, c.bookBalanceMinor);
  const notItemisedMinor = adjustedBankMinor - itemisedBookMinor - c.differenceMinor;
  const adjustedBookMinor = itemisedBookMinor + notItemisedMinor;
  return {
    bank,
    adjustedBankMinor,
    books,
    notItemisedMinor,
    adjustedBookMinor,
    differenceMinor: adjustedBankMinor - adjustedBookMinor,
  };
}
