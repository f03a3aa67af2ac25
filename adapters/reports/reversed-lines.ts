import { formatMoney } from '../../domain/money.js';
import type { CurrencyCode } from '../../domain/currency.js';
import type { StatementItem } from './model.js';

/**
 * The engine's rule for a failed transfer and the bank's reversal of it, confirmed together with no book side
 * (matching/passes/reversal-pairs.ts REVERSAL_PAIR_RULE; said here, as reports do not reach into the engine).
 */
export const REVERSAL_PAIR_RULE = 'reversal-pair';
/** That rule in words (it has no configured name): the review app's Rule filter and this note say it alike. */
export const REVERSAL_PAIR_NAME = 'Reversed by the bank';

/**
 * A bank line and the bank's line undoing it: the two cancel, so neither is an item. `booked`: the books recorded the
 * payment undone and still hold it open (listed among the book items, saying it will not clear, unless `unlisted`).
 */
export interface ReversedLine {
  line: StatementItem;
  reversal: StatementItem;
  booked?: boolean;
  /**
   * The book entries of a booked pair that the statement does not list, each saying whether that is because they are
   * dated before the period and the books' balance is assumed (taken as settled at the opening: listed once the books'
   * own balance is given). The note names them itself, never as listed.
   */
  unlisted?: Array<StatementItem & { settledAtOpening: boolean }>;
}

/** The book entries a reversal pair names as recording the payment it undid (the engine's evidence `ledgerIds`). */
export const bookedReversals = (g: { evidence: readonly { ledgerIds?: string[] }[] }): string[] =>
  g.evidence.flatMap((e) => e.ledgerIds ?? []);

/** Beside such an entry: why it will never clear, and what to do. */
export const reversedWords = (on: string): string =>
  `the bank reversed this on ${on}, so it will not clear: reverse it in the books, or match it when it is sent again`;

/**
 * Bank lines carried from a finished reconciliation and the lines of this period reversing them: a transfer that
 * failed after the last end was signed, reversed by the bank in this period (a reversal pair split across the period
 * end, which no run can pair, as the first line is locked in the signed period). The carried line was an item only
 * until its reversal came; the two are one sum of nothing, never posted, so neither is listed, now or again.
 *
 * Which line reverses which is the engine's judgement (`pairs`: CarriedForward.reversedBy, made by
 * matching/carried-reversals.ts over the carried lines and the period's). A pair is taken when the carried line is
 * listed (not one carried as recorded later, which waits for its own entry) and the reversal is listed too, or awaits
 * review with nothing but a rule's bank-only proposal (`proposedOnly`: the presets' "reversal of an earlier
 * transaction" is the fallback for a reversal no line is known to pair with). Each line once; the lists are left
 * without what was paired, which is returned to be named in a note.
 */
export function takeCarriedReversals(
  credits: StatementItem[],
  debits: StatementItem[],
  awaiting: StatementItem[],
  proposedOnly: ReadonlySet<string>,
  pairs: readonly { line: string; reversal: string }[],
): ReversedLine[] {
  const taken: ReversedLine[] = [];
  const listed = [...credits, ...debits];
  for (const p of pairs) {
    const line = listed.find(
      (l) => l.id === p.line && l.source === 'bank' && l.carriedForward && l.group !== 'recorded-later',
    );
    const reversal =
      listed.find((l) => l.id === p.reversal && l.source === 'bank' && !l.carriedForward) ??
      awaiting.find((l) => l.id === p.reversal && proposedOnly.has(l.id));
    if (!line || !reversal || taken.some((t) => t.line === line || t.reversal === reversal)) continue;
    taken.push({ line, reversal });
  }
  const gone = new Set(taken.flatMap((t) => [t.line, t.reversal]));
  for (const list of [credits, debits, awaiting]) {
    const kept = list.filter((i) => !gone.has(i));
    list.splice(0, list.length, ...kept);
  }
  return taken;
}

/**
 * The note naming each pair that cancelled: what was undone, and the line undoing it. In date order, as the bank
 * statement it is ticked against reads (the pairs come in the order the feed stored the lines, newest pages first).
 * A pair whose payment the books recorded and still hold is said apart: listed among the book items when it is, and
 * when it is not (an assumed books' balance leaves entries before the period out) the entry is named here, with what
 * brings it onto the statement.
 */
export function reversedNote(pairs: readonly ReversedLine[], currency: CurrencyCode): string {
  const said = (i: StatementItem) =>
    `${i.date} ${i.description} (${formatMoney({ minor: i.signedMinor ?? 0, currency }, { sign: 'always' })})`;
  const byDate = (a: ReversedLine, b: ReversedLine) =>
    a.line.date.localeCompare(b.line.date) || a.reversal.date.localeCompare(b.reversal.date);
  const list = (some: readonly ReversedLine[]) =>
    [...some]
      .sort(byDate)
      .map((p) => {
        const entries = p.unlisted?.length ? `, in the books as ${p.unlisted.map(said).join(' and ')}` : '';
        return `${said(p.line)} by ${said(p.reversal)}${entries}`;
      })
      .join('; ');
  const unbooked = pairs.filter((p) => !p.booked);
  const listed = pairs.filter((p) => p.booked && !p.unlisted?.length);
  const beforeAssumed = pairs.filter((p) => p.unlisted?.length && p.unlisted.every((e) => e.settledAtOpening));
  const elsewhere = pairs.filter((p) => p.unlisted?.length && !p.unlisted.every((e) => e.settledAtOpening));
  const held = `${REVERSAL_PAIR_NAME}, so neither bank line is an item, but the books recorded the payment undone and still hold it`;
  return [
    unbooked.length
      ? `${REVERSAL_PAIR_NAME}, so neither is an item (the two cancel and the books post neither): ${list(unbooked)}.`
      : '',
    listed.length ? `${held} (listed among the book items as not clearing): ${list(listed)}.` : '',
    beforeAssumed.length
      ? `${held}, dated before the period: with the books' balance assumed they are taken as settled at the opening ` +
        `and not listed here; they are listed as ${sectionOf(beforeAssumed)}, not clearing, once the books' own ` +
        `balance is given: ${list(beforeAssumed)}.`
      : '',
    elsewhere.length ? `${held}, not listed on this statement: ${list(elsewhere)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Where booked entries not listed yet would be: a payment is unpresented, a receipt in transit. */
function sectionOf(pairs: readonly ReversedLine[]): string {
  const entries = pairs.flatMap((p) => p.unlisted ?? []);
  const out = entries.filter((e) => (e.signedMinor ?? 0) < 0).length;
  if (out === entries.length) return 'unpresented payments';
  return out === 0 ? 'deposits in transit' : 'unpresented payments and deposits in transit';
}
