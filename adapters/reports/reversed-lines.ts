import { formatMoney } from '../../domain/money.js';
import type { CurrencyCode } from '../../domain/currency.js';
import type { StatementItem } from './model.js';
import { stems } from './carried-postings.js';

/**
 * The engine's rule for a failed transfer and the bank's reversal of it, confirmed together with no book side
 * (matching/passes/reversal-pairs.ts REVERSAL_PAIR_RULE; said here, as reports do not reach into the engine).
 */
export const REVERSAL_PAIR_RULE = 'reversal-pair';

/** A bank line and the bank's line undoing it: the two cancel, the books post neither, so neither is an item. */
export interface ReversedLine {
  line: StatementItem;
  reversal: StatementItem;
}

const textOf = (i: StatementItem) => `${i.reference ?? ''} ${i.description}`;

/** Whether a bank line's text says it is the bank's reversal of another ("REVERSAL", "RVSL", "REV"). */
export function readsAsReversal(text: string): boolean {
  return /\brevers(al|ed)?\b|\brvsl\b|\brev\b/i.test(text);
}

/**
 * How well the reversal names the line it undoes: the line's words it repeats, when it names it at all — by a number
 * of three digits or more of the line's (the transfer's id, the payment voucher PV0091), or by every word of the
 * line's (a bank repeating the narration after "REVERSAL"). A word alone is too little: "TRANSFER" or "GIP" is on most
 * lines of the amount. 0: it does not name it.
 */
function naming(reversal: StatementItem, line: StatementItem): number {
  const undone = [...stems(textOf(line))];
  const said = stems(textOf(reversal));
  const names =
    undone.some((w) => /\d/.test(w) && said.has(w)) ||
    (undone.length > 0 && undone.every((w) => /\d/.test(w) || said.has(w)));
  return names ? undone.filter((w) => said.has(w)).length : 0;
}

/**
 * Bank lines carried from a finished reconciliation and the line of this period reversing them: a transfer that failed
 * after the last end was signed, reversed by the bank in this period (a reversal pair split across the period end,
 * which the engine cannot pair, as the first line is locked in the signed period). The carried line was an item only
 * until its reversal came; the two are one sum of nothing, never posted, so neither is listed, now or again. A pair is
 * a carried line (not one recorded later, which waits for its own entry) and an uncarried line of the period the
 * statement groups as a reversal, of the opposite signed amount, that names it best; each line once.
 * Both lists are left without what was paired, which is returned to be named in a note.
 */
export function takeCarriedReversals(credits: StatementItem[], debits: StatementItem[]): ReversedLine[] {
  const pairs: ReversedLine[] = [];
  const byDate = (a: StatementItem, b: StatementItem) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const all = [...credits, ...debits];
  const carried = all
    .filter((l) => l.source === 'bank' && l.carriedForward && l.group !== 'recorded-later')
    .sort(byDate);
  const reversals = all.filter((l) => l.source === 'bank' && !l.carriedForward && l.group === 'reversal').sort(byDate);
  const taken = new Set<StatementItem>();
  // each reversal, earliest first, takes the carried line it names best: a number every line of the account
  // carries (its own account number) names none of them apart, the payee's words do; a tie is left as it is
  for (const reversal of reversals) {
    let best: StatementItem | null = null;
    let bestScore = 0;
    let tied = false;
    for (const line of carried) {
      if (taken.has(line) || line.date > reversal.date || reversal.signedMinor !== -(line.signedMinor ?? 0)) continue;
      const score = naming(reversal, line);
      if (score > bestScore) [best, bestScore, tied] = [line, score, false];
      else if (score > 0 && score === bestScore) tied = true;
    }
    if (!best || tied) continue;
    taken.add(best);
    taken.add(reversal);
    pairs.push({ line: best, reversal });
  }
  for (const list of [credits, debits]) {
    const kept = list.filter((i) => !taken.has(i));
    list.splice(0, list.length, ...kept);
  }
  return pairs;
}

/** The note naming each pair that cancelled: what was undone, and the line undoing it. */
export function reversedNote(pairs: readonly ReversedLine[], currency: CurrencyCode): string {
  const said = (i: StatementItem) =>
    `${i.date} ${i.description} (${formatMoney({ minor: i.signedMinor ?? 0, currency }, { sign: 'always' })})`;
  return `Reversed by the bank, so neither is an item (the two cancel and the books post neither): ${pairs
    .map((p) => `${said(p.line)} by ${said(p.reversal)}`)
    .join('; ')}.`;
}
