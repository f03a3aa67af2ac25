import { daysBetween } from '../../domain/dates.js';
import { isPosting } from '../../domain/ledger.js';
import type { ReportLedgerEntry, StatementItem } from './model.js';

/**
 * Days after which a book entry still outstanding at the statement date needs a look. A transfer or a banked cheque
 * clears in a few days; a month on, a receipt may never have been banked (or was booked twice), a cheque may never be
 * presented. The one place this is set: the statement, its document and every rendering read it from here.
 */
export const NEEDS_A_LOOK_AFTER_DAYS = 30;

/**
 * How close in date another entry of the same amount and reference must be to read as the same money booked twice: a
 * receipt entered when it came and again from the bank's advice, an import loaded twice. Further apart, the same
 * amount and reference is the next month's rent.
 */
const TWIN_WITHIN_DAYS = 7;

/**
 * Why an outstanding book entry is on this statement: `period`, dated in it; `carried-forward`, outstanding at the last
 * finished reconciliation; `before-period`, dated before the period with no finished reconciliation holding it (the
 * books' own balance holds it; an assumed opening would have taken it as settled).
 */
export type OutstandingSince = 'period' | 'carried-forward' | 'before-period';

export interface OutstandingAge {
  id: string;
  date: string;
  /** Calendar days from its date to the period end. */
  ageDays: number;
  since: OutstandingSince;
  /**
   * Another book entry of the same amount and reference dated within a week of it (or of the same party on the same
   * date): it may have been booked twice.
   */
  sameAs: { id: string; date: string; by: 'reference' | 'party-and-date' } | null;
  /** Older than NEEDS_A_LOOK_AFTER_DAYS at the period end, or possibly booked twice. */
  needsLook: boolean;
}

/**
 * Why a line of book entries outstanding at the period end (deposits in transit, unpresented payments) holds what it
 * holds: each entry's age and where it comes from, the oldest, the part dated before the period, the entries that need
 * a look. It explains; it adds nothing to and takes nothing from the statement's figures.
 */
export interface OutstandingExplanation {
  section: 'deposits-in-transit' | 'unpresented-payments';
  needsLookAfterDays: number;
  /** In the section's order. */
  items: OutstandingAge[];
  oldest: OutstandingAge | null;
  beforePeriod: { count: number; totalMinor: number };
  needsLook: { count: number; totalMinor: number };
}

const part = (items: readonly OutstandingAge[], amounts: ReadonlyMap<string, number>) => ({
  count: items.length,
  totalMinor: items.reduce((t, i) => t + (amounts.get(i.id) ?? 0), 0),
});

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

/**
 * Each outstanding entry's age at `end` and where it comes from. `carried` holds the ids a finished reconciliation left
 * outstanding; `entries` are the report's book entries, searched for a twin of each (same signed amount, and the same
 * reference within TWIN_WITHIN_DAYS, or the same party on the same date).
 */
export function explainOutstanding(
  section: OutstandingExplanation['section'],
  items: readonly StatementItem[],
  period: { from: string; to: string },
  carried: ReadonlySet<string>,
  entries: readonly ReportLedgerEntry[],
): OutstandingExplanation {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const byAmount = new Map<number, ReportLedgerEntry[]>();
  for (const e of entries) {
    if (!isPosting(e) || e.removedFromBooks) continue;
    const same = byAmount.get(e.amountMinor);
    if (same) same.push(e);
    else byAmount.set(e.amountMinor, [e]);
  }
  const ages = items.map((i): OutstandingAge => {
    const self = byId.get(i.id);
    const others = self ? (byAmount.get(self.amountMinor) ?? []).filter((o) => o.id !== self.id) : [];
    const byReference =
      self && norm(self.reference) !== ''
        ? others.find(
            (o) =>
              norm(o.reference) === norm(self.reference) &&
              Math.abs(daysBetween(o.date, self.date)) <= TWIN_WITHIN_DAYS,
          )
        : undefined;
    const byPartyAndDate =
      self && norm(self.party) !== ''
        ? others.find((o) => norm(o.party) === norm(self.party) && o.date === self.date)
        : undefined;
    const twin = byReference ?? byPartyAndDate;
    const ageDays = Math.max(0, daysBetween(i.date, period.to));
    return {
      id: i.id,
      date: i.date,
      ageDays,
      since: i.date >= period.from ? 'period' : carried.has(i.id) ? 'carried-forward' : 'before-period',
      sameAs: twin ? { id: twin.id, date: twin.date, by: byReference ? 'reference' : 'party-and-date' } : null,
      needsLook: ageDays > NEEDS_A_LOOK_AFTER_DAYS || twin !== undefined,
    };
  });
  const amounts = new Map(items.map((i) => [i.id, i.amountMinor]));
  const oldest = ages.reduce<OutstandingAge | null>((a, x) => (a === null || x.date < a.date ? x : a), null);
  return {
    section,
    needsLookAfterDays: NEEDS_A_LOOK_AFTER_DAYS,
    items: ages,
    oldest,
    beforePeriod: part(
      ages.filter((a) => a.since === 'before-period'),
      amounts,
    ),
    needsLook: part(
      ages.filter((a) => a.needsLook),
      amounts,
    ),
  };
}
