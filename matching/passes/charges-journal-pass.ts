import type { Evidence } from '../../domain/reconciliation.js';
import type { AssignmentState } from '../assignment.js';
import { evidenceSum, group } from '../groups.js';
import type { PreparedBank, PreparedLedger } from '../prepared.js';
import { CLOSE_DATE_DAYS, WEIGHTS } from '../thresholds.js';

/** How a bookkeeper words a journal of the bank's charges ("Bank charges per statement January 2025"). */
const CHARGES_JOURNAL = /\bBANK\s+(FEES?|CHARGES?)\b/i;
/** A statement line worded as the bank's own charge. */
const CHARGE_LINE = /\b(FEES?|CHARGES?|CHG|COMM|COMMISSION|MAINTENANCE|ALERTS?)\b/i;
/** The government's levies and duties on a statement: often booked apart from the bank's charges, as a tax. */
const LEVY_LINE = /\b(LEVY|E-?LEVY|EMTL|DUTY|EXCISE|TAX|WHT)\b/i;
/** A journal dated this early in a month may be last month's charges. */
const EARLY_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Pass 6b — a period's bank charges booked as one journal. Bookkeepers often book the statement's charges once a month
 * ("Bank charges per statement January 2025", "Bank charges 1-25 July 2026"). The charge lines of the statement (worded
 * as a fee or charge; or, when those alone do not make it, with the levies and duties and any line a rule classifies) from the first of the journal's month up to a day within
 * CLOSE_DATE_DAYS before its date — or, for a journal dated in a month's first days, all of the month before —
 * together are the journal when they make it to the cent, and no one charge line near it is of its amount (that is
 * the charge booked). Every charge line of those days takes part (no subset is searched) and, since each line
 * adds to the sum, at most one such span can make it. Two open journals of the amount in a month decide nothing.
 */
export function chargesJournalPass(state: AssignmentState): void {
  const journals: PreparedLedger[] = [];
  for (let li = 0; li < state.ledgers.length; li++) {
    const l = state.ledgers[li]!;
    if (
      state.ledgerOpen(l) &&
      l.sign < 0 &&
      CHARGES_JOURNAL.test(`${l.entry.description ?? ''} ${l.entry.reference ?? ''}`)
    )
      journals.push(l);
  }
  if (journals.length === 0) return;
  // the bank's charges alone, and with the levies and duties: a bookkeeper books one or the other as the journal
  const fees: PreparedBank[] = [];
  const all: PreparedBank[] = [];
  for (let bi = 0; bi < state.banks.length; bi++) {
    const b = state.banks[bi]!;
    if (!state.bankOpen(b) || b.sign > 0) continue;
    const text = b.line.narration ?? '';
    const levy = LEVY_LINE.test(text);
    if (CHARGE_LINE.test(text) && !levy) fees.push(b);
    if (levy || CHARGE_LINE.test(text) || state.ruleOf.has(b)) all.push(b);
  }
  if (all.length < 2) return;
  const byDay = (x: PreparedBank, y: PreparedBank) => x.day - y.day || x.order - y.order;
  fees.sort(byDay);
  all.sort(byDay);
  for (const j of journals) {
    if (!state.ledgerOpen(j)) continue;
    const rivals = journals.filter(
      (o) => o !== j && state.ledgerOpen(o) && o.abs === j.abs && monthOf(o.day) === monthOf(j.day),
    );
    if (rivals.length > 0) continue;
    const lines = spanMaking(state, fees, j) ?? spanMaking(state, all, j);
    if (lines === null || !lines.every((b) => state.allowed(b, j))) continue;
    const from = lines[0]!.line.date;
    const to = lines[lines.length - 1]!.line.date;
    const ev: Evidence[] = [
      {
        kind: 'split_sum',
        detail: `the statement's ${lines.length} charge lines from ${from} to ${to} together are the books' journal of bank charges`,
        weight: WEIGHTS.settlement,
      },
      { kind: 'amount_exact', detail: 'same total', weight: WEIGHTS.amountExact },
      { kind: 'date', detail: "the lines fall in the journal's period", weight: WEIGHTS.date },
    ];
    const confidence = evidenceSum(ev);
    if (confidence < state.opts.autoConfirmThreshold) continue;
    state.claim(group(lines, [j], 'split', confidence, ev, state.opts), lines, [j]);
  }
}

/** The open charge lines of one span making the journal to the cent (two lines or more), or null. */
function spanMaking(
  state: AssignmentState,
  charges: readonly PreparedBank[],
  j: PreparedLedger,
): PreparedBank[] | null {
  const { currency } = j.entry;
  const open = charges.filter((b) => state.bankOpen(b) && b.line.currency === currency);
  const start = monthStart(j.day);
  const spans: Array<[number, number, boolean]> = [[start, j.day, true]];
  // last month's charges, booked in this month's first days: the whole of last month
  if (j.day - start < EARLY_DAYS) spans.push([monthStart(start - 1), start - 1, false]);
  // one charge line of the amount near the journal is that charge booked (the rule pass's to decide)
  if (open.some((b) => b.abs === j.abs && Math.abs(b.day - j.day) <= state.opts.dateWindowDays)) return null;
  for (const [from, to, prefixes] of spans) {
    const inSpan = open.filter((b) => b.day >= from && b.day <= to);
    let sum = 0;
    for (let i = 0; i < inSpan.length; i++) {
      sum += inSpan[i]!.abs;
      const dayEnds = i + 1 === inSpan.length || inSpan[i + 1]!.day !== inSpan[i]!.day;
      // a span ends with a day's last line; last month counts whole
      if (!dayEnds || (!prefixes && i + 1 !== inSpan.length)) continue;
      // the span runs up to the journal's days: "1-3 April" in a journal of 30 April is a sum met by chance
      if (sum === j.abs && i >= 1 && (!prefixes || j.day - inSpan[i]!.day <= CLOSE_DATE_DAYS))
        return inSpan.slice(0, i + 1);
      if (sum > j.abs) break;
    }
  }
  return null;
}

function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
}

const monthOf = (day: number) => monthStart(day);
