import { counted } from '../domain/counted.js';
import type { BookBalanceSource } from '../domain/statement.js';
import type { LedgerEntryRow } from '../db/schema.js';

/**
 * How the balance per books came about, as opening + the period's entries = closing: what the statement page shows
 * beside the bank's own opening, movements and closing, so each side can be added up by the reader.
 */
export interface BookRollForward {
  /** The books at the day before the period. */
  openingMinor: number;
  /**
   * assumed: the bank's opening balance (the books' own figure is not known); carried-forward: the last finished
   * reconciliation's book balance; agreed: the books' balance an admin set as the agreed starting point; derived: the
   * books' stated closing balance less the period's entries.
   */
  openingSource: 'assumed' | 'carried-forward' | 'agreed' | 'derived';
  /** The bound ledger account's entries dated in the period, and their sum. */
  entries: number;
  movementsMinor: number;
  closingMinor: number;
}

export interface BookBalance {
  minor: number | null;
  source: BookBalanceSource;
  notes: string[];
  rollForward: BookRollForward | null;
}

const sum = (xs: readonly LedgerEntryRow[]) => xs.reduce((s, r) => s + Number(r.amount_minor), 0);

/**
 * The balance per books at the period end: the books' own figure, in this order: stated by a person, the accounting
 * system's over its API, the last finished reconciliation carried forward with the entries since; otherwise ASSUMED
 * to open at the bank's opening balance, plus the period's entries of the bound ledger account. An assumed balance
 * depends on the books alone from the opening on, never on review decisions (an entry dated before the period that a
 * line of it clears belongs to the books' opening, which the assumption does not know: the difference shows it).
 */
export function bookBalanceOf(input: {
  period: { from: string; to: string };
  /** The bound ledger account's entries dated on or before the period end. */
  ledgerRows: readonly LedgerEntryRow[];
  stated: number | null;
  /** A finished reconciliation's own figure and source, as it was signed (its workbook, rebuilt). */
  signed?: { minor: number; source: BookBalanceSource } | null;
  api: { minor: number; asOf: string; detail: string } | null;
  /** `agreedStart`: the checkpoint is an agreed starting point, not a signed statement (said so, not "finished"). */
  checkpoint: {
    periodEnd: string;
    bookBalanceMinor: number;
    finishedBy: string;
    finishedAt: string;
    agreedStart?: boolean;
    /** Entries it left outstanding that the books have voided since: the void is a movement of the books since. */
    voidedSince?: readonly LedgerEntryRow[];
  } | null;
  /** The bank's balance before the period's first line (null: no running balance, or no books bound). */
  bankOpeningMinor: number | null;
}): BookBalance {
  const { from, to } = input.period;
  const inPeriod = input.ledgerRows.filter((r) => r.entry_date >= from && r.entry_date <= to);
  const roll = (
    openingMinor: number,
    openingSource: BookRollForward['openingSource'],
    entries: readonly LedgerEntryRow[],
    voided: readonly LedgerEntryRow[] = [],
  ): BookRollForward => {
    const movementsMinor = sum(entries) - sum(voided);
    return {
      openingMinor,
      openingSource,
      entries: entries.length + voided.length,
      movementsMinor,
      closingMinor: openingMinor + movementsMinor,
    };
  };
  // With a finished reconciliation or an agreed start before the period, the books open from its balance whatever
  // balance is given for the end: a given one that does not follow from it is a gap to show (the closing differs from
  // the balance per books), never an opening quietly moved to fit.
  const cp = input.checkpoint;
  // Since it: entries dated after it, and those dated back into it but recorded after it was finished or set (the
  // statement lists them as outstanding: its balance never held them).
  const since = cp
    ? input.ledgerRows.filter(
        (r) => r.entry_date <= to && (r.entry_date > cp.periodEnd || r.created_at > cp.finishedAt),
      )
    : [];
  const voided = cp?.voidedSince ?? [];
  const fromCheckpoint = cp
    ? roll(cp.bookBalanceMinor, cp.agreedStart ? 'agreed' : 'carried-forward', since, voided)
    : null;
  const derived = (closing: number) => fromCheckpoint ?? roll(closing - sum(inPeriod), 'derived', inPeriod);
  if (input.signed)
    return {
      minor: input.signed.minor,
      source: input.signed.source,
      notes: [],
      rollForward: derived(input.signed.minor),
    };
  if (input.stated !== null)
    return {
      minor: input.stated,
      source: 'stated',
      notes: ['Balance per books as stated by the person reconciling.'],
      rollForward: derived(input.stated),
    };
  if (input.api)
    return {
      minor: input.api.minor,
      source: 'ledger-api',
      notes: [`Balance per books: ${input.api.detail} as of ${input.api.asOf}.`],
      rollForward: derived(input.api.minor),
    };
  if (cp && fromCheckpoint) {
    const rollForward = fromCheckpoint;
    return {
      minor: rollForward.closingMinor,
      source: 'carried-forward',
      notes: [
        cp.agreedStart
          ? `Balance per books: the agreed starting point at ${cp.periodEnd}, set by ${cp.finishedBy}, carried forward with ${counted(since.length, 'book entry', 'book entries')} since${voidedWords(voided)}.`
          : `Balance per books: the reconciliation finished to ${cp.periodEnd} by ${cp.finishedBy}, carried forward with ${counted(since.length, 'book entry', 'book entries')} since${voidedWords(voided)}.`,
      ],
      rollForward,
    };
  }
  if (input.bankOpeningMinor !== null) {
    const rollForward = roll(input.bankOpeningMinor, 'assumed', inPeriod);
    return { minor: rollForward.closingMinor, source: 'assumed', notes: [], rollForward };
  }
  return { minor: null, source: 'unknown', notes: [], rollForward: null };
}

/** ", less 1 entry it left outstanding that the books have voided since (2026-10-01 CHQ 000451)". */
function voidedWords(voided: readonly LedgerEntryRow[]): string {
  if (voided.length === 0) return '';
  const named = voided.map((r) => [r.entry_date, r.reference ?? r.description ?? ''].join(' ').trim()).join(', ');
  return `, less ${counted(voided.length, 'entry', 'entries')} it left outstanding that the books have voided since (${named})`;
}
