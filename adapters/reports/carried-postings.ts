import type { StatementItem } from './model.js';

/** A carried bank line the books have posted since, and the entry posting it. */
export interface CarriedPosting {
  line: StatementItem;
  entry: StatementItem;
}

/** Words that say nothing of what the money was. */
const FILLER = new Set(['THE', 'AND', 'FOR', 'FROM', 'WITH', 'PAYMENT', 'BEING']);

/** A text's words of three letters or more, by their first five (CHARGE and CHARGES are one). */
const stems = (text: string | null | undefined): Set<string> =>
  new Set(
    ((text ?? '').toUpperCase().match(/[A-Z]{3,}/g) ?? []).filter((w) => !FILLER.has(w)).map((w) => w.slice(0, 5)),
  );

/**
 * Bank lines carried from a finished reconciliation (the books lacked them at its end: a charge, a levy, interest) and
 * the outstanding entries the books posted them with since: an entry of the line's signed amount whose text shares a
 * word with the narration, not itself carried (one outstanding at that end was not posted for a line the bank had not
 * yet reported to it). A line the books lack and an entry the bank lacks that are the same money, listed as a pair,
 * would stay on both sides for good, cancelling. An amount alone pairs nothing: a cheque of a fee's amount is not the
 * fee. Each entry posts one line, the earliest first. Both lists are left without the pairs, which are returned to be
 * named.
 */
export function takeCarriedPostings(lines: StatementItem[], entries: StatementItem[]): CarriedPosting[] {
  const pairs: CarriedPosting[] = [];
  const byDate = (a: StatementItem, b: StatementItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const carried = lines.filter((l) => l.source === 'bank' && l.carriedForward).sort(byDate);
  const open = entries.filter((e) => e.source === 'ledger' && !e.carriedForward).sort(byDate);
  if (carried.length === 0 || open.length === 0) return pairs;
  const taken = new Set<StatementItem>();
  for (const line of carried) {
    const named = stems(line.description);
    const entry = open.find(
      (e) =>
        !taken.has(e) &&
        e.signedMinor === line.signedMinor &&
        [...stems(`${e.reference ?? ''} ${e.description}`)].some((w) => named.has(w)),
    );
    if (!entry) continue;
    taken.add(entry);
    pairs.push({ line, entry });
  }
  const paired = new Set(pairs.flatMap((p) => [p.line, p.entry]));
  for (const list of [lines, entries]) {
    const kept = list.filter((i) => !paired.has(i));
    list.splice(0, list.length, ...kept);
  }
  return pairs;
}
