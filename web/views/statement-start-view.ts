import type { BankLineOpenAt } from '../../activities/bank-lines-open-at.js';
import type { BookEntryOpenAt } from '../../activities/book-entries-open-at.js';
import type { AccountRow } from '../../db/schema.js';
import type { StatementCheckpoint } from '../../domain/statement.js';
import { money, typedAmount } from '../format.js';
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
  /** The bound books' entries open at the date typed, newest first (null: no date yet, or no books bound). */
  open: BookEntryOpenAt[] | null;
  /** The account's lines the books lacked at the date typed, newest first (null: no date yet, or no books bound). */
  openLines: BankLineOpenAt[] | null;
}

/** The newest this many open entries are offered: an agreed reconciliation's outstanding items are recent ones. */
const SHOWN = 200;

/** A typed amount, or null when it is not one yet (the refusal is the Set's to give, by field). */
function typedOrNull(v: string, currency: string): number | null {
  try {
    return v ? typedAmount(v, currency) : null;
  } catch {
    return null;
  }
}

/**
 * The book entries open at the date, to tick those the agreed reconciliation left outstanding; until the list was
 * shown for this date, those a later bank line cleared are ticked (they were outstanding then, surely). Under it, what
 * the ticked ones explain of the gap between the two balances.
 */
function openEntries(a: AccountRow, open: BookEntryOpenAt[], openLines: BankLineOpenAt[], form: StartFields): Html {
  const ccy = a.currency;
  const listed = form.listed === form.date;
  const ticked = new Set(listed ? form.outstanding : open.filter((e) => e.clearedOn !== null).map((e) => e.id));
  const tickedLines = new Set(
    listed ? form.outstandingLines : openLines.filter((l) => l.bookedOn !== null).map((l) => l.id),
  );
  // the books are the bank plus the entries it lacked, less the lines they lacked
  const net =
    open.filter((e) => ticked.has(e.id)).reduce((sum, e) => sum + e.amountMinor, 0) -
    openLines.filter((l) => tickedLines.has(l.id)).reduce((sum, l) => sum + l.amountMinor, 0);
  const bank = typedOrNull(form.balance, ccy);
  const books = typedOrNull(form.books, ccy);
  const gap = bank !== null && books !== null ? books - bank : null;
  // the newest, and every entry ticked however old (what is added up is what the form posts)
  const shown = open.filter((e, i) => i < SHOWN || ticked.has(e.id));
  return html`<h2>Book entries open at ${form.date}</h2>
    <input type="hidden" name="listed" value="${form.date}" form="start-fields" />
    <p class="sub">
      The books' balance agreed at ${form.date} holds these entries of the bank's account, which no bank line dated on
      or before it clears. Tick the ones the agreed reconciliation left outstanding (deposits in transit, unpresented
      payments): the next statements list them, with their own dates, until the bank clears them. The ones not ticked
      are taken as settled at the start. Ticked, they must explain the whole gap between the two balances; none ticked,
      the gap is not itemised here, and whatever of it the bank does not clear later shows as the next statement's
      difference.
    </p>
    <p data-figure="start-gap">
      ${
        gap === null
          ? 'Give both balances and Show to see what the ticked entries explain.'
          : `The books less the statement: ${money(gap, ccy)}; ticked (${(ticked.size + tickedLines.size).toLocaleString('en')}): ${money(net, ccy)}; left unexplained: ${money(gap - net, ccy)}.`
      }
    </p>
    ${
      shown.length === 0
        ? html`<p class="sub">No book entry of the bank's account is open at ${form.date}.</p>`
        : html`<table class="grid">
              <thead>
                <tr>
                  <th>Outstanding</th>
                  <th>Date</th>
                  <th>Reference</th>
                  <th>Description</th>
                  <th class="num">Amount</th>
                  <th>The bank</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map(
                  (e) =>
                    html`<tr>
                      <td>
                        <input
                          type="checkbox"
                          name="outstanding"
                          value="${e.id}"
                          form="start-fields"
                          ${ticked.has(e.id) ? 'checked' : ''}
                          aria-label="Outstanding at ${form.date}: ${e.reference ?? e.description} of ${e.date}"
                        />
                      </td>
                      <td>${e.date}</td>
                      <td>${e.reference ?? ''}</td>
                      <td>${e.description}</td>
                      <td class="num">${money(e.amountMinor, ccy)}</td>
                      <td>
                        ${
                          e.clearedOn
                            ? `cleared it on ${e.clearedOn}, after the start`
                            : e.suggestedOn
                              ? `its line of ${e.suggestedOn} is suggested for it (not decided)`
                              : 'has not cleared it'
                        }
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
            ${
              open.length > shown.length
                ? html`<p class="sub">
                    ${(open.length - shown.length).toLocaleString('en')} older open entries (dated
                    ${open[open.length - 1]!.date} to ${open[SHOWN]!.date}) are not shown.
                  </p>`
                : ''
            }`
    }
    ${linesNotInBooks(a, openLines, tickedLines, form.date)}`;
}

/**
 * The account's lines dated up to the date the books did not hold by then, to tick those the agreed reconciliation
 * listed as not in the books (a month-end charge, interest): the next statements carry them until the books post
 * them. The newest, and every one ticked however old.
 */
function linesNotInBooks(a: AccountRow, openLines: BankLineOpenAt[], ticked: Set<string>, date: string): Html {
  const shown = openLines.filter((l, i) => i < SHOWN || ticked.has(l.id));
  if (shown.length === 0) return html``;
  return html`<h2>Bank lines not in the books at ${date}</h2>
    <p class="sub">
      Lines of the feed dated on or before ${date} that no book entry dated on or before it clears. Tick the ones the
      agreed reconciliation listed as not in the books (bank charges, interest, a receipt the books recorded later): the
      next statements list them until the books post them. Ticked, they are part of what must explain the gap.
    </p>
    <table class="grid">
      <thead>
        <tr>
          <th>Not in the books</th>
          <th>Date</th>
          <th>Narration</th>
          <th class="num">Amount</th>
          <th>The books</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (l) =>
            html`<tr>
              <td>
                <input
                  type="checkbox"
                  name="outstandingLines"
                  value="${l.id}"
                  form="start-fields"
                  ${ticked.has(l.id) ? 'checked' : ''}
                  aria-label="Not in the books at ${date}: ${l.narration} of ${l.date}, ${money(l.amountMinor, a.currency)}"
                />
              </td>
              <td>${l.date}</td>
              <td>${l.narration}</td>
              <td class="num">${money(l.amountMinor, a.currency)}</td>
              <td>${l.bookedOn ? `recorded it on ${l.bookedOn}, after the start` : 'have no entry matched to it'}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      openLines.length > shown.length
        ? html`<p class="sub">
            ${(openLines.length - shown.length).toLocaleString('en')} older lines (dated
            ${openLines[openLines.length - 1]!.date} to ${openLines[SHOWN]!.date}) are not shown.
          </p>`
        : ''
    }`;
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
              <button>Show the feed's balance and the open entries</button>
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
            </p>
            ${data.open ? openEntries(a, data.open, data.openLines ?? [], form) : ''}`
    }`;
}
