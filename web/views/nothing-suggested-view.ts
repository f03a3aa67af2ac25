import type { LedgerEntryRow } from '../../db/schema.js';
import { maskNumbers, signedMoney, when } from '../format.js';
import { heldVerb } from '../held-words.js';
import { html, type Html } from '../html.js';
import type { Candidate, WhyNothing } from '../review-data.js';

/** A book entry named in a sentence: its reference, else its party or description, with its date and amount. */
export function entryName(l: LedgerEntryRow): string {
  const name = l.reference ?? l.party ?? l.description ?? `entry ${l.id}`;
  return `${name} (${l.entry_date}, ${signedMoney(Number(l.amount_minor), l.currency)})`;
}

/** " by <b>Rita</b> · 2026-10-09 10:12 Lagos time": who decided a group and when, at the account's clock. */
function byWhom(c: Candidate, timeZone: string | null): Html {
  const who = c.decider ? html` by <b>${c.decider}</b>` : '';
  const at = c.group.decidedAt ? html` · ${when(c.group.decidedAt, timeZone)}` : '';
  return html`${who}${at}`;
}

const entries = (c: Candidate) => maskNumbers(c.ledger.map(entryName).join(', '));

/**
 * A line with nothing to offer because of a person's decision: what was set aside, by whom and when, and the way on.
 * Never "no candidate in the books" while its entry is open there: that sent the accountant to explain a customer's
 * receipt as bank-only. The engine offers neither an unmatched engine pair nor a rejected one again.
 */
export function whyNothingText(why: WhyNothing, timeZone: string | null): Html {
  if (why.kind === 'taken') {
    const verb = heldVerb(why.by);
    const how = verb.charAt(0).toLowerCase() + verb.slice(1);
    const [entry] = why.suggestion.ledger.filter((l) => why.by.ledger.some((t) => t.id === l.id));
    const other = why.line
      ? maskNumbers(
          `the bank line ${why.line.business_date} ${why.line.narration} ${signedMoney(Number(why.line.amount_minor), why.line.currency)}`,
        )
      : 'another bank line';
    return html`<div class="sub why-nothing">
      ${entry ? maskNumbers(entryName(entry)) : entries(why.suggestion)}, suggested for this line, was
      ${how}${byWhom(why.by, timeZone)} to ${other}. Nothing else is suggested for it: unmatch that line to offer the
      entry here again, or match this line another way with Find &amp; match.
    </div>`;
  }
  const what =
    why.kind === 'rejected'
      ? html`Rejected${byWhom(why.from, timeZone)}: ${entries(why.from)}, still open in the books.`
      : html`Unmatched${byWhom(why.from, timeZone)} from ${entries(why.from)}.`;
  return html`<div class="sub why-nothing">
    ${what} Nothing else is suggested for it: use Find &amp; match to match
    it${why.kind === 'rejected' ? '' : ' again'}, or explain the line as bank-only if the books will never hold it.
  </div>`;
}
