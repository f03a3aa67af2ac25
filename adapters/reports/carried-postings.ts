import type { StatementItem } from './model.js';

/** A carried bank line the books have posted since, and the entry posting it. */
export interface CarriedPosting {
  line: StatementItem;
  entry: StatementItem;
}

/** Words that say nothing of what the money was (every line of a bank account is the bank's). */
const FILLER = new Set(['THE', 'AND', 'FOR', 'FROM', 'WITH', 'PAYMENT', 'BEING', 'BANK']);

/**
 * A text's words of three letters or more, by their first five (CHARGE and CHARGES are one), and its numbers of three
 * digits or more, whole (the PO-5531 a journal names), but a year.
 */
export const stems = (text: string | null | undefined): Set<string> =>
  new Set(
    ((text ?? '').toUpperCase().match(/[A-Z]{3,}|\d{3,}/g) ?? [])
      // a year is on every line of it
      .filter((w) => !FILLER.has(w) && !/^(19|20)\d\d$/.test(w))
      .map((w) => (/\d/.test(w) ? w : w.slice(0, 5))),
  );

/** Two texts share a word or number of what the money was (filler words left out). */
export function sharesWord(a: string | null | undefined, b: string | null | undefined): boolean {
  const named = stems(b);
  return [...stems(a)].some((w) => named.has(w));
}

/**
 * Bank lines carried from a finished reconciliation (the books lacked them at its end: a charge, a levy, interest) and
 * the outstanding entries the books posted them with since: entries no line is matched to, and lines not carried as
 * recorded later (those wait for the entry they are matched to). A line the books lack and an entry the bank lacks that are
 * the same money, listed as a pair, would stay on both sides for good, cancelling. First one to one: an entry of the
 * line's signed amount whose text shares a word with the narration (or with the name of the rule that classified the
 * line, or the account it said to post to), the earliest first, each entry one line. Then a
 * journal for a month of them together: an entry whose text shares a word with one of a calendar month's lines still
 * carried on its side and whose amount is theirs together. An amount alone pairs nothing: a cheque of a fee's amount is
 * not the fee. The entry may be carried too (the books dated their journal back into the finished month, or it sat
 * beside the line at that end unmatched): a word and the amount are the evidence, wherever its date falls. Both lists
 * are left without what was paired, which is returned to be named.
 */
export function takeCarriedPostings(
  lines: StatementItem[],
  entries: StatementItem[],
  /** the ids of the entries no line is matched to: only those can be a posting */
  free: ReadonlySet<string>,
): CarriedPosting[] {
  const pairs: CarriedPosting[] = [];
  const byDate = (a: StatementItem, b: StatementItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const carried = lines
    .filter((l) => l.source === 'bank' && l.carriedForward && l.group !== 'recorded-later')
    .sort(byDate);
  const open = entries.filter((e) => e.source === 'ledger' && free.has(e.id)).sort(byDate);
  if (carried.length === 0 || open.length === 0) return pairs;
  const taken = new Set<StatementItem>();
  // the line's words are its narration's and, for a charge a rule classified, the rule's name and the account it
  // said to post to: a journal "Account fees, October" posts "COMMISSION ON TURNOVER" classified as account fees
  const posts = (e: StatementItem, l: StatementItem) =>
    sharesWord(`${e.reference ?? ''} ${e.description}`, `${l.description} ${l.ruleName ?? ''} ${l.postTo ?? ''}`);
  for (const line of carried) {
    const entry = open.find((e) => !taken.has(e) && e.signedMinor === line.signedMinor && posts(e, line));
    if (!entry) continue;
    taken.add(entry);
    taken.add(line);
    pairs.push({ line, entry });
  }
  for (const entry of open) {
    if (taken.has(entry)) continue;
    const months = new Map<string, StatementItem[]>();
    for (const l of carried)
      if (!taken.has(l) && Math.sign(l.signedMinor ?? 0) === Math.sign(entry.signedMinor ?? 0))
        months.set(l.date.slice(0, 7), [...(months.get(l.date.slice(0, 7)) ?? []), l]);
    for (const month of months.values()) {
      const sum = month.reduce((t, l) => t + (l.signedMinor ?? 0), 0);
      if (month.length < 2 || sum !== entry.signedMinor || !month.some((l) => posts(entry, l))) continue;
      taken.add(entry);
      for (const line of month) {
        taken.add(line);
        pairs.push({ line, entry });
      }
      break;
    }
  }
  for (const list of [lines, entries]) {
    const kept = list.filter((i) => !taken.has(i));
    list.splice(0, list.length, ...kept);
  }
  return pairs;
}
