import { counted } from '../domain/counted.js';
import { normalizeCurrency } from '../domain/currency.js';
import { formatMoney } from '../domain/money.js';
import type { BookBalanceSource, OutstandingItem } from '../domain/statement.js';
import type { FigureChangedSince } from '../db/ledger-repository.js';
import type { LedgerEntryRow } from '../db/schema.js';
import type { BookRollForward } from '../adapters/reports/model.js';

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
    /**
     * The entries it left outstanding, as it kept them and as the books hold them now (null: gone): its balance holds
     * them as kept, so a void, a changed amount or a date moved past the period end is a movement of the books since.
     */
    outstanding?: ReadonlyArray<{ kept: OutstandingItem; now: LedgerEntryRow | null }>;
    /**
     * Entries dated up to it that it held as settled and the books have voided, cancelled or deleted since: its
     * balance held them, the books no longer do.
     */
    settledClosed?: readonly LedgerEntryRow[];
    /**
     * Entries whose amount, date or ledger account the books changed after it, as they stood then and stand now:
     * its balance held those dated up to it in this account then, at their amounts then.
     */
    changedSince?: readonly FigureChangedSince[];
    /**
     * The entries of lines it carried as recorded later that the period takes (their books caught up): its balance
     * never held them, whatever date the books give them now.
     */
    caughtUp?: ReadonlySet<string>;
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
    changes: readonly OutstandingChange[] = [],
  ): BookRollForward => {
    const movementsMinor = sum(entries) + changes.reduce((s, c) => s + c.deltaMinor, 0);
    return {
      openingMinor,
      openingSource,
      entries: entries.length + changes.length,
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
  // Its own outstanding entries are in its balance already, wherever the books have moved them since.
  const kept = new Set((cp?.outstanding ?? []).map((o) => o.kept.id));
  const changed = new Map((cp?.changedSince ?? []).map((c) => [String(c.row.id), c]));
  // In its balance: recorded by then, in this account and dated up to it as the entry stood then.
  const heldBy = (r: LedgerEntryRow, c: { periodEnd: string; finishedAt: string }) => {
    const then = changed.get(String(r.id))?.then ?? { date: r.entry_date, inAccount: true };
    return r.created_at <= c.finishedAt && then.inAccount && then.date <= c.periodEnd;
  };
  const since = cp
    ? input.ledgerRows.filter(
        (r) => r.entry_date <= to && (!heldBy(r, cp) || cp.caughtUp?.has(String(r.id))) && !kept.has(String(r.id)),
      )
    : [];
  const closedIds = new Set((cp?.settledClosed ?? []).map((r) => String(r.id)));
  const changes = [
    ...outstandingChanges(cp?.outstanding ?? [], to),
    ...(cp?.settledClosed ?? []).map((r) => settledChange(r, changed.get(String(r.id)))),
    ...(cp
      ? settledChanges(
          [...changed.values()].filter(
            (c) =>
              heldBy(c.row, cp) &&
              !kept.has(String(c.row.id)) &&
              !closedIds.has(String(c.row.id)) &&
              !cp.caughtUp?.has(String(c.row.id)),
          ),
          to,
        )
      : []),
  ];
  const fromCheckpoint = cp
    ? roll(cp.bookBalanceMinor, cp.agreedStart ? 'agreed' : 'carried-forward', since, changes)
    : null;
  const derived = (closing: number) => fromCheckpoint ?? roll(closing - sum(inPeriod), 'derived', inPeriod);
  const carriedNote =
    cp && fromCheckpoint
      ? `Balance per books: ${
          cp.agreedStart
            ? `the agreed starting point at ${cp.periodEnd}, set by ${cp.finishedBy}`
            : `the reconciliation finished to ${cp.periodEnd} by ${cp.finishedBy}`
        }, carried forward with ${counted(since.length, 'book entry', 'book entries')} since${changesWords(changes, to)}.`
      : null;
  const statedNote = 'Balance per books as stated by the person reconciling.';
  // as signed: with the note its source had when it was signed (where a carried balance came from, what moved it)
  if (input.signed)
    return {
      minor: input.signed.minor,
      source: input.signed.source,
      notes:
        input.signed.source === 'carried-forward' && carriedNote
          ? [carriedNote]
          : input.signed.source === 'stated'
            ? [statedNote]
            : [],
      rollForward: derived(input.signed.minor),
    };
  if (input.stated !== null)
    return {
      minor: input.stated,
      source: 'stated',
      notes: [statedNote],
      rollForward: derived(input.stated),
    };
  if (input.api)
    return {
      minor: input.api.minor,
      source: 'ledger-api',
      notes: [`Balance per books: ${input.api.detail} as of ${input.api.asOf}.`],
      rollForward: derived(input.api.minor),
    };
  if (fromCheckpoint && carriedNote)
    return {
      minor: fromCheckpoint.closingMinor,
      source: 'carried-forward',
      notes: [carriedNote],
      rollForward: fromCheckpoint,
    };
  if (input.bankOpeningMinor !== null) {
    const rollForward = roll(input.bankOpeningMinor, 'assumed', inPeriod);
    return { minor: rollForward.closingMinor, source: 'assumed', notes: [], rollForward };
  }
  return { minor: null, source: 'unknown', notes: [], rollForward: null };
}

interface OutstandingChange {
  kept: OutstandingItem;
  /** as the books hold it now (null: gone); a settled one's row as voided */
  now: LedgerEntryRow | null;
  /** What the books' balance moved by: the amount now (nothing once voided or dated past the end) less the kept one. */
  deltaMinor: number;
  gone: boolean;
  /** an entry the checkpoint held as settled (not one it left outstanding) */
  settled?: true;
}

/** An entry held as settled at the checkpoint that the books have closed since: its whole amount leaves the books. */
function settledChange(r: LedgerEntryRow, changed?: FigureChangedSince): OutstandingChange {
  const kept = asThen(r, changed);
  return { kept, now: r, deltaMinor: -kept.amountMinor, gone: true, settled: true };
}

/** The entry as a balance taken before `changed` held it. */
function asThen(r: LedgerEntryRow, changed?: FigureChangedSince): OutstandingItem {
  const item = outstandingOf(r);
  return changed ? { ...item, date: changed.then.date, amountMinor: changed.then.amountMinor } : item;
}

/**
 * Entries held as settled at the checkpoint whose amount, date or account the books changed since (still open):
 * what they hold now at the period end (nothing once dated past it or out of this account) less what was held.
 */
function settledChanges(changed: readonly FigureChangedSince[], to: string): OutstandingChange[] {
  const out: OutstandingChange[] = [];
  for (const c of changed) {
    // voided, cancelled or deleted: settledClosed takes it out whole; closed as paid, its amount is still the books'
    if (c.row.status === 'void' && c.row.closed_reason !== 'paid') continue;
    const gone = !c.inAccount || c.row.entry_date > to;
    const deltaMinor = (gone ? 0 : Number(c.row.amount_minor)) - c.then.amountMinor;
    if (deltaMinor !== 0) out.push({ kept: asThen(c.row, c), now: c.row, deltaMinor, gone, settled: true });
  }
  return out;
}

/** A book entry as an item a checkpoint leaves outstanding (or held, as settled). */
export function outstandingOf(r: LedgerEntryRow): OutstandingItem {
  return {
    side: 'ledger',
    id: String(r.id),
    date: r.entry_date,
    reference: r.reference,
    description: r.description ?? '',
    amountMinor: Number(r.amount_minor),
  };
}

function outstandingChanges(
  outstanding: ReadonlyArray<{ kept: OutstandingItem; now: LedgerEntryRow | null }>,
  to: string,
): OutstandingChange[] {
  const out: OutstandingChange[] = [];
  for (const { kept, now } of outstanding) {
    const gone = now === null || now.status === 'void' || now.entry_date > to;
    const deltaMinor = (gone ? 0 : Number(now.amount_minor)) - kept.amountMinor;
    if (deltaMinor !== 0) out.push({ kept, now, deltaMinor, gone });
  }
  return out;
}

/**
 * ", less 1 entry it left outstanding that the books have voided, moved out of this account or past the end since
 * (2026-10-01 CHQ 000451)", ", with 1 entry it left
 * outstanding whose amount the books have changed since (2026-10-01 CHQ 000451: -₦5,000.00 → -₦5,500.00)".
 */
function changesWords(changes: readonly OutstandingChange[], to: string): string {
  const named = (c: OutstandingChange) => [c.kept.date, c.kept.reference ?? c.kept.description].join(' ').trim();
  const gone = changes.filter((c) => c.gone && !c.settled);
  const changed = changes.filter((c) => !c.gone && !c.settled);
  const closedNow = (c: OutstandingChange) => c.now?.status === 'void' && c.now.closed_reason !== 'paid';
  const closed = changes.filter((c) => c.settled && closedNow(c));
  const settledMoved = changes.filter((c) => c.settled && !closedNow(c));
  return (
    (gone.length
      ? `, less ${counted(gone.length, 'entry', 'entries')} it left outstanding that the books have voided, moved out of this account or past the end since (${gone.map(named).join(', ')})`
      : '') +
    (changed.length
      ? `, with ${counted(changed.length, 'entry', 'entries')} it left outstanding whose amount the books have changed since (${changed.map((c) => `${named(c)}: ${moneyOf(c.kept.amountMinor, c.now)} → ${moneyOf(Number(c.now!.amount_minor), c.now)}`).join('; ')})`
      : '') +
    (closed.length
      ? `, less ${counted(closed.length, 'entry', 'entries')} it held as settled that the books have voided or deleted since (${closed.map((c) => `${named(c)}: ${moneyOf(c.kept.amountMinor, c.now)}`).join('; ')})`
      : '') +
    (settledMoved.length
      ? `, with ${counted(settledMoved.length, 'entry', 'entries')} it held as settled that the books have changed since (${settledMoved.map((c) => `${named(c)}: ${moneyOf(c.kept.amountMinor, c.now)} → ${c.gone ? movedWords(c.now!, to) : moneyOf(Number(c.now!.amount_minor), c.now)}`).join('; ')})`
      : '')
  );
}

function movedWords(now: LedgerEntryRow, to: string): string {
  return now.entry_date > to ? `dated ${now.entry_date}` : 'moved out of this account';
}

function moneyOf(minor: number, row: LedgerEntryRow | null): string {
  try {
    return formatMoney({ minor, currency: normalizeCurrency(row?.currency ?? '') });
  } catch {
    return String(minor);
  }
}
