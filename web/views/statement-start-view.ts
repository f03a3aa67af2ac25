import type { AccountRow } from '../../db/schema.js';
import type { StatementCheckpoint } from '../../domain/statement.js';
import { money } from '../format.js';
import { html, type Html } from '../html.js';
import type { StartFields } from '../statement-start-form.js';
import { notice } from './layout.js';

export interface StartPageData {
  /** The feed's first and last line dates (null: no line yet). */
  lines: { from: string; to: string } | null;
  /** The account's finished reconciliation, if any: a starting point comes before the first one only. */
  finished: StatementCheckpoint | null;
  /** The feed's running balance at the end of the date typed (null: none, or no date yet). */
  feed: { balanceMinor: number; date: string } | null;
}

/**
 * The agreed starting point's form. One form: Show (a GET) fills the statement's balance from the feed at the date
 * typed; Set posts the same fields, the CSRF token riding on its button, as the statement's Finish does.
 */
export function statementStartPage(
  a: AccountRow,
  data: StartPageData,
  form: StartFields,
  opts: { csrfToken: string; error?: string | undefined },
): Html {
  const id = encodeURIComponent(a.id);
  const ccy = a.currency;
  const f = data.finished;
  return html`<h1>Agreed starting point <span class="sub">· ${a.name} · ${ccy}</span></h1>
    <div class="sub">
      <a href="/">Accounts</a> › <a href="/accounts/${id}/review">Review</a> ›
      <a href="/accounts/${id}/statement">Statement</a> › Starting point
    </div>
    ${opts.error ? notice('error', opts.error) : ''}
    <p>
      The account's first statement runs from the feed's first line${data.lines ? ` (${data.lines.from})` : ''}. When it
      is reconciled up to a day elsewhere already, start from there: give that day and the two balances agreed at it.
      The next statement then runs from the day after and opens from them (the books' as the agreed opening, not
      assumed); the bank lines dated on or before it are out of scope: locked, and never in the way of a finish. The
      book entries dated up to it are in the books' balance agreed at it; one still open stays open, and when a later
      bank line is matched or suggested against it the statement of that line takes it. An admin can undo the starting
      point (Unlock, with a reason) while no statement is finished after it.
    </p>
    <p class="sub">
      ${
        data.lines
          ? `The feed's lines run from ${data.lines.from} to ${data.lines.to}${a.synced_through ? `; synced through ${a.synced_through}` : ''}.`
          : 'The feed has no bank lines yet.'
      }
    </p>
    ${
      f
        ? notice(
            'warn',
            `${f.kind === 'opening' ? `Starting point #${f.id} at` : `Reconciliation #${f.id} to`} ${f.periodEnd} is finished already: a starting point is set only before an account's first. An admin may unlock #${f.id} on the statement page first.`,
          )
        : html`<form id="start-fields" class="toolbar" method="get" action="/accounts/${id}/statement/start">
              <label>Starting date <input type="date" name="date" value="${form.date}" required /></label>
              <label
                >Balance per statement at the end of it
                <input
                  name="balance"
                  value="${form.balance}"
                  placeholder="${data.feed ? `feed: ${money(data.feed.balanceMinor, ccy)}` : 'e.g. 1250000.00'}"
                  size="16"
              /></label>
              <label
                >Balance per books at it, as agreed
                <input name="books" value="${form.books}" placeholder="from the trial balance" size="16"
              /></label>
              <label
                >Reason (kept in the audit log)
                <input
                  name="reason"
                  value="${form.reason}"
                  maxlength="200"
                  size="24"
                  placeholder="e.g. reconciled to 30 Sep in Sage"
              /></label>
              <!-- first: Enter in a field sets the starting point (asked once more), never puts the reason in an address -->
              <button
                class="primary"
                formmethod="post"
                formaction="/accounts/${id}/statement/start"
                name="_csrf"
                value="${opts.csrfToken}"
                data-confirm="Set the starting point? The lines dated on or before it are locked, out of scope; an admin can undo it with a reason."
              >
                Set the starting point
              </button>
              <button>Show the feed's balance</button>
            </form>
            <p class="sub" data-figure="feed-balance">
              ${
                data.feed
                  ? `The feed's running balance at the end of ${form.date}: ${money(data.feed.balanceMinor, ccy)} (its line of ${data.feed.date}). The statement's balance must be it: the next statement opens from it.`
                  : form.date && data.lines && form.date < data.lines.from
                    ? `${form.date} is before the feed's first line (${data.lines.from}): choose a day on or after it.`
                    : form.date
                      ? `No line on or before ${form.date} carries a running balance: type the statement's balance.`
                      : "Give the date and Show: the statement's balance is filled from the feed's running balance at it."
              }
            </p>`
    }`;
}
