import type { Flash } from '../flash.js';
import type { AccountRow } from '../../db/schema.js';
import type { OutstandingItem, StatementCheckpoint } from '../../domain/statement.js';
import { counted, maskNumbers, money, when } from '../format.js';
import { html, type Html } from '../html.js';
import { bankBalanceSourceText, bookBalanceSourceText, describedWithGroup } from '../../adapters/reports/index.js';
import { finishedStatement, type FinishedSection } from '../finished-statement.js';
import type { CheckpointFigures } from '../statement-checkpoint.js';
import type { ActorName } from '../people.js';
import type { BooksHeld } from '../review-data.js';
import { booksNotice } from './books-notice.js';
import { csrfField, faviconLink, notice } from './layout.js';
import { rollForwardTable } from './statement-roll-forward-view.js';
import { whyOutstandingView } from './statement-why-view.js';
import { itemsRow, moreRow, notInBooksRow, SHOWN } from './statement-items-view.js';

function m(minor: number | null, ccy: string): string {
  return minor === null ? '—' : money(minor, ccy);
}

function diffCell(minor: number | null, ccy: string): Html {
  if (minor === null) return html`<span class="sub">unknown</span>`;
  return html`<span class="${minor === 0 ? 'diff0' : 'diffx'}">${money(minor, ccy)}</span>`;
}

/**
 * Finish submits the fields above as they stand, not copies of them as the page was drawn, so that a balance typed
 * and not updated is the one checked and finished with. Its URL names the statement the page shows, so the server
 * can say what changed. The token rides on the button: Update (a GET of the same form) never puts it in the address.
 */
function finishButton(id: string, end: string, shownQuery: string, csrfToken: string, lines: number): Html {
  // a signed period is locked: asked once more, as any step that is undone only by an admin with a reason
  return html`<button
    class="primary"
    data-confirm="Finish the reconciliation to ${end} and lock its ${counted(lines, 'bank line')}? Only an admin can unlock it, with a reason."
    form="statement-fields"
    formmethod="post"
    formaction="/accounts/${id}/statement/finish?${shownQuery}"
    name="_csrf"
    value="${csrfToken}"
  >
    Finish reconciliation to ${end}
  </button>`;
}

export function statementPage(
  a: AccountRow,
  f: CheckpointFigures,
  form: { end: string; balance: string; books: string },
  history: StatementCheckpoint[],
  opts: {
    /** People by their display names (who finished or reopened a reconciliation). */
    nameOf: ActorName;
    csrfToken: string;
    canDecide: boolean;
    canAdmin: boolean;
    flash?: Flash | undefined;
    /** Why a figure the person typed was not taken (the page shows the statement without it). */
    error?: string | undefined;
    /** The fields the statement below was worked out from, when a typed one was not taken: its JSON link carries these. */
    shown?: { end: string; balance: string; books: string };
    /** What the account's books hold: not bound, or bound with no entries, is said above the statement. */
    books?: BooksHeld;
  },
): Html {
  const id = encodeURIComponent(a.id);
  const ccy = a.currency;
  const st = f.statement.statement;
  const end = f.period.to;
  const q = opts.shown ?? form;
  const query = `end=${encodeURIComponent(q.end)}&balance=${encodeURIComponent(q.balance)}&books=${encodeURIComponent(q.books)}`;
  // A line with a suggestion waiting is on the queue's "Awaiting review" tab, not "Unmatched": its review link opened
  // a tab that did not hold it ("No line of this tab matches the filter").
  const awaiting = new Set(st.awaitingReviewBank.items.map((i) => i.id));
  const jsonHref = `/accounts/${id}/statement.json?${query}`;
  const xlsxHref = `/accounts/${id}/statement.xlsx?${query}`;
  // an item dated before the period is carried from the checkpoint before it; on the first statement there is none
  const before = f.previous ? 'carried forward' : 'dated before the period';
  // how every line's items are drawn: where all of them are, and what one dated before the period is
  const shape = { ccy, workbook: xlsxHref, before };
  // only the latest reconciliation still finished can be reopened (an earlier one is followed by it)
  const reopenable = history
    .filter((c) => !c.reopenedAt)
    .reduce<(typeof history)[number] | null>((a, c) => (a === null || c.periodEnd > a.periodEnd ? c : a), null);
  return html`<h1>Statement checkpoint <span class="sub">· ${a.name} · ${ccy}</span></h1>
    <div class="sub"><a href="/">Accounts</a> › <a href="/accounts/${id}/review">Review</a> › Statement</div>
    ${opts.flash ? notice(opts.flash.kind, opts.flash.text) : ''}${opts.error ? notice('error', opts.error) : ''}
    ${booksNotice(opts.books, opts.canAdmin, 'statement')}
    ${
      // before an account's first reconciliation, an admin may start it from a point agreed elsewhere
      opts.canAdmin && !reopenable
        ? html`<p class="sub">
            Reconciled up to a date elsewhere already?
            <a href="/accounts/${id}/statement/start">Set an agreed starting point…</a>
          </p>`
        : ''
    }
    <form id="statement-fields" class="toolbar" method="get" action="/accounts/${id}/statement">
      <label>Statement ending date <input type="date" name="end" value="${form.end}" required /></label>
      <label
        >Ending balance per statement
        <input
          name="balance"
          value="${form.balance}"
          placeholder="${f.feedBalance ? `feed: ${money(f.feedBalance.balanceMinor, ccy)}` : 'e.g. 1250000.00'}"
          size="16"
      /></label>
      <label
        >Balance per books
        <input
          name="books"
          value="${form.books}"
          placeholder="${st.balancePerBooks.source === 'carried-forward' ? 'carried forward' : 'from the trial balance'}"
          size="16"
      /></label>
      <button>Update</button>
    </form>
    <div class="summary">
      <div>
        Opening (cleared)<b>${m(f.openingMinor, ccy)}</b
        ><span class="sub"
          >${
            f.previous?.kind === 'opening'
              ? `agreed starting point #${f.previous.id} at ${f.previous.periodEnd}`
              : f.previous
                ? `from #${f.previous.id} to ${f.previous.periodEnd}`
                : 'first line of history'
          }</span
        >
      </div>
      <div>
        Cleared ${f.period.from} – ${end}<b>${m(f.clearedSumMinor, ccy)}</b
        ><span class="sub">${f.cleared.toLocaleString('en')} of ${counted(f.lines, 'line')}</span>
      </div>
      <div>
        Statement ending balance<b>${m(st.balancePerBank.amountMinor, ccy)}</b
        ><span class="sub"
          >${bankBalanceSourceText(st.balancePerBank.source)}${st.balancePerBank.source === 'mono-running-balance' && f.feedBalance ? `, ${f.feedBalance.date}` : ''}</span
        >
      </div>
      <div>
        Cleared difference<b>${diffCell(f.clearedDifferenceMinor, ccy)}</b
        ><span class="sub">statement balance − (opening + cleared); must be zero to finish</span>
      </div>
    </div>
    <h2>Opening to closing, each side</h2>
    ${rollForwardTable(f, ccy, st.balancePerBank.amountMinor, st.balancePerBooks.amountMinor)}
    <h2>Bank reconciliation statement at ${end}</h2>
    <p class="sub">
      The same statement as the nightly workbook and the exports for this period, every item listed: as an
      <a href="${xlsxHref}">Excel workbook</a>, or as <a href="${jsonHref}">JSON</a>.
    </p>
    <table class="grid narrow statement">
      <tbody>
        <tr>
          <td>
            Balance per bank statement <span class="sub">${bankBalanceSourceText(st.balancePerBank.source)}</span>
          </td>
          <td class="num" data-figure="balance-per-bank">${m(st.balancePerBank.amountMinor, ccy)}</td>
        </tr>
        ${itemsRow('Add: deposits in transit', st.depositsInTransit, 'deposits-in-transit', { ...shape, sign: 1, ages: st.whyOutstanding?.depositsInTransit })}
        ${itemsRow('Less: unpresented payments', st.unpresentedPayments, 'unpresented-payments', { ...shape, sign: -1, ages: st.whyOutstanding?.unpresentedPayments })}
        ${itemsRow('Book entries awaiting review (net)', { ...st.awaitingReviewLedger, totalMinor: st.awaitingReviewLedger.netMinor }, 'awaiting-review-ledger', { ...shape, sign: 0 })}
        <tr>
          <th>Adjusted bank balance</th>
          <th class="num" data-figure="adjusted-bank">${m(st.adjustedBankBalance.amountMinor, ccy)}</th>
        </tr>
        <tr>
          <td>
            Balance per books${f.statement.account.ledgerAccount ? html` (${f.statement.account.ledgerAccount})` : ''}
            <span class="sub">${bookBalanceSourceText(st.balancePerBooks.source, f.previous?.kind === 'opening')}</span>
          </td>
          <td class="num" data-figure="balance-per-books">${m(st.balancePerBooks.amountMinor, ccy)}</td>
        </tr>
        ${notInBooksRow('Add: credits not in the books', st.creditsNotInBooks, 'credits-not-in-books', { ...shape, sign: 1 })}
        ${notInBooksRow('Less: debits not in the books', st.debitsNotInBooks, 'debits-not-in-books', { ...shape, sign: -1 })}
        ${itemsRow('Bank lines awaiting review (net)', { ...st.awaitingReviewBank, totalMinor: st.awaitingReviewBank.netMinor }, 'awaiting-review-bank', { ...shape, sign: 0 })}
        <tr>
          <th>Adjusted book balance</th>
          <th class="num" data-figure="adjusted-book">${m(st.adjustedBookBalance.amountMinor, ccy)}</th>
        </tr>
        <tr>
          <th>
            Unexplained
            difference${st.verified ? '' : html` <span class="sub">(not verified${st.balancePerBooks.source === 'assumed' ? ": the books' opening is assumed" : ''})</span>`}
          </th>
          <th class="num" data-figure="difference">${diffCell(st.difference.amountMinor, ccy)}</th>
        </tr>
      </tbody>
    </table>
    ${whyOutstandingView(f.statement)}
    ${
      st.notes.length
        ? html`<ul class="sub notes">
            ${st.notes.map((n) => html`<li>${maskNumbers(n)}</li>`)}
          </ul>`
        : ''
    }
    ${
      // the statement shown is the one just finished: said as such, not as a reason it cannot be finished
      f.last && f.last.kind !== 'opening' && f.last.periodEnd === end && f.blockers.length === 1
        ? notice(
            'ok',
            `This statement is finished, as reconciliation #${f.last.id} (its lines locked); its print, CSV and workbook are in History below. The next statement runs from the day after: choose a later ending date.`,
          )
        : f.blockers.length
          ? notice('warn', `Not ready to finish: ${f.blockers.join('; ')}.`)
          : opts.canDecide
            ? html`<div class="toolbar">
                <span
                  >Everything is cleared and the books agree. Finishing keeps this reconciliation and locks its lines; a
                  figure changed above and not updated is applied, and checked, first.</span
                >
                ${finishButton(id, end, query, opts.csrfToken, f.lines)}
              </div>`
            : notice('ok', 'Ready to finish (a reviewer finishes it).')
    }
    ${
      f.undecided.length
        ? html`<h2>Lines not cleared (${f.undecided.length})</h2>
            <table class="grid">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Narration</th>
                  <th class="num">Amount</th>
                  <th></th>
                </tr>
              </thead>
              <tbody>
                ${f.undecided.slice(0, SHOWN).map(
                  (l) =>
                    html`<tr>
                      <td>${l.date}</td>
                      <td>${maskNumbers(l.narration ?? '')}</td>
                      <td class="num">${money(l.amountMinor, l.currency)}</td>
                      <td>
                        <a
                          href="/accounts/${id}/review?view=${awaiting.has(l.id) ? 'suggested' : 'unmatched'}&amp;from=${l.date}&amp;to=${l.date}"
                          >${awaiting.has(l.id) ? 'a suggestion awaits review' : 'no match found: find & match, or explain it'}</a
                        >
                      </td>
                    </tr>`,
                )}
                ${moreRow(
                  f.undecided.length - SHOWN,
                  4,
                  html`the rest are on the review queue,
                    <a href="/accounts/${id}/review?view=suggested&amp;from=${f.period.from}&amp;to=${end}"
                      >awaiting review</a
                    >
                    or
                    <a href="/accounts/${id}/review?view=unmatched&amp;from=${f.period.from}&amp;to=${end}"
                      >unmatched</a
                    >`,
                )}
              </tbody>
            </table>`
        : ''
    }
    <h2>History</h2>
    <table class="grid">
      <thead>
        <tr>
          <th>#</th>
          <th>Period</th>
          <th class="num">Statement</th>
          <th class="num">Books</th>
          <th>Books from</th>
          <th>Finished</th>
          <th>Outstanding</th>
          <th>Report</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${
          history.length
            ? history.map(
                (c) =>
                  html`<tr>
                    <td>${c.id}</td>
                    <td>
                      ${c.kind === 'opening' ? `starting point at ${c.periodEnd}` : `${c.periodFrom} – ${c.periodEnd}`}
                    </td>
                    <td class="num">${money(c.statementBalanceMinor, c.currency)}</td>
                    <td class="num">${money(c.bookBalanceMinor, c.currency)}</td>
                    <td>
                      ${c.kind === 'opening' ? 'agreed opening' : bookBalanceSourceText(c.bookBalanceSource, opensFromStart(history, c))}
                    </td>
                    <td>
                      ${c.kind === 'opening' ? 'set by ' : ''}${opts.nameOf(c.finishedBy)} ·
                      ${when(c.finishedAt, a.timezone)}${c.reopenedAt ? html`<div class="err">${c.kind === 'opening' ? 'undone' : 'reopened'} by ${opts.nameOf(c.reopenedBy ?? '')} · ${when(c.reopenedAt, a.timezone)}</div>` : html`<div class="sub">${c.kind === 'opening' ? 'earlier lines out of scope' : 'lines locked'}</div>`}
                    </td>
                    <td>
                      ${c.kind === 'opening' && c.items.length === 0 ? '—' : (c.items.length + c.adjustments.length).toLocaleString('en')}
                    </td>
                    <td>
                      ${
                        c.kind === 'opening'
                          ? html`<span class="sub">the agreed starting point; not a signed statement</span>`
                          : html`<a href="/accounts/${id}/statement/${c.id}/report.xlsx">XLSX</a> ·
                              <a href="/accounts/${id}/statement/${c.id}/report.csv">CSV</a> ·
                              <a href="/accounts/${id}/statement/${c.id}/print">Print / PDF</a>`
                      }
                    </td>
                    <td>
                      ${
                        opts.canAdmin && c === reopenable
                          ? html`<form method="post" action="/accounts/${id}/statement/${c.id}/reopen" class="inline">
                              ${csrfField(opts)}<input
                                name="reason"
                                aria-label="Why ${c.kind === 'opening' ? 'starting point' : 'reconciliation'} #${c.id} is unlocked (kept in the audit log)"
                                placeholder="reason"
                                required
                                maxlength="200"
                                size="14"
                              />
                              <button class="danger">Unlock</button>
                            </form>`
                          : ''
                      }
                    </td>
                  </tr>`,
              )
            : html`<tr>
                <td colspan="9" class="sub">No finished reconciliation yet.</td>
              </tr>`
        }
      </tbody>
    </table>`;
}

/**
 * An item's words on the print after its reference: its description with why it is there, the reference not said a
 * second time when it is all the item has ("CHQ-004513 CHQ-004513").
 */
function printedText(i: FinishedSection['items'][number]): string {
  const description = i.reference && i.description === i.reference ? '' : i.description;
  return describedWithGroup(description, i.group, i.postTo, i.ruleName).trim();
}

/** A line of the finished statement, its items listed under it with their amounts in the column beside its total. */
function printedSection(sec: FinishedSection, ccy: string): Html {
  return html`<tr>
      <td>${sec.label}</td>
      <td></td>
      <td class="num" data-figure="${sec.key}">${money(sec.totalMinor, ccy)}</td>
    </tr>
    ${sec.items.map(
      (i) =>
        html`<tr class="sub">
          <td>&nbsp;&nbsp;${i.date} · ${maskNumbers(i.reference ?? '')} ${maskNumbers(printedText(i))}</td>
          <td class="num" data-item="${sec.key}">${money(i.amountMinor, ccy)}</td>
          <td></td>
        </tr>`,
    )}`;
}

/**
 * A print layout of a finished reconciliation (browsers print it to PDF); no script, the app's stylesheet. It is the
 * statement that was signed, laid out to be footed with a calculator: each item beside its line's total, each side's
 * subtotal, and the difference of the two adjusted balances.
 */
export function statementPrint(
  a: AccountRow,
  c: StatementCheckpoint,
  nameOf: ActorName,
  opts: {
    /** the agreed starting point it opened from */
    start?: StatementCheckpoint | null;
    /** the finished reconciliation it opened from, when not an agreed start: its books were carried from that one */
    previous?: StatementCheckpoint | null;
    /** its statement's notes as signed (where each balance came from, carried lines the books posted) */
    notes?: readonly string[];
    /** why its deposits in transit and unpresented payments were there, in words, as signed */
    why?: { depositsInTransit: readonly string[]; unpresentedPayments: readonly string[] };
  } = {},
): Html {
  const start = opts.start ?? null;
  const previous = opts.previous ?? null;
  const notes = opts.notes ?? [];
  const ccy = c.currency;
  const st = finishedStatement(c);
  // named, not "the last finished reconciliation": that one may have been reopened and finished again since
  const booksFrom =
    c.bookBalanceSource === 'carried-forward' && previous
      ? `carried forward from reconciliation #${previous.id} to ${previous.periodEnd}, with the book entries since`
      : bookBalanceSourceText(c.bookBalanceSource, start !== null);
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Bank reconciliation ${a.name} to ${c.periodEnd}</title>
        ${faviconLink()}
        <link rel="stylesheet" href="/assets/app.css" />
      </head>
      <body class="print">
        <main>
          <h1>Bank reconciliation statement</h1>
          <p>
            <b>${a.name}</b> · ${a.institution_name ?? ''} ·
            ${c.currency}${a.account_number_masked ? html` · ••••${a.account_number_masked.slice(-4)}` : ''}<br />Period
            ${c.periodFrom} to ${c.periodEnd}${c.ledgerAccount ? html` · books account ${c.ledgerAccount}` : ''}
          </p>
          ${
            start
              ? html`<p data-figure="agreed-start">
                  Opens from the agreed starting point #${start.id} at ${start.periodEnd}, set by
                  ${nameOf(start.finishedBy)}: statement ${money(start.statementBalanceMinor, ccy)}, books
                  ${money(start.bookBalanceMinor, ccy)}${startItemsWords(start.items)}.
                </p>`
              : ''
          }
          <table class="grid narrow statement">
            <tbody>
              <tr>
                <td>
                  Balance per bank statement at
                  ${c.periodEnd}${c.statementBalanceSource ? ` (${bankBalanceSourceText(c.statementBalanceSource)})` : ''}
                </td>
                <td></td>
                <td class="num" data-figure="balance-per-bank">${money(c.statementBalanceMinor, ccy)}</td>
              </tr>
              ${st.bank.map((sec) => printedSection(sec, ccy))}
              <tr>
                <th>Adjusted bank balance</th>
                <th></th>
                <th class="num" data-figure="adjusted-bank">${money(st.adjustedBankMinor, ccy)}</th>
              </tr>
              <tr>
                <td>Balance per books (${booksFrom})</td>
                <td></td>
                <td class="num" data-figure="balance-per-books">${money(c.bookBalanceMinor, ccy)}</td>
              </tr>
              ${st.books.map((sec) => printedSection(sec, ccy))}
              ${
                st.notItemisedMinor !== 0
                  ? html`<tr>
                      <td>
                        Add/less: matched residuals and write-offs, not itemised
                        <div class="sub">this reconciliation was finished before they were kept with it</div>
                      </td>
                      <td></td>
                      <td class="num" data-figure="not-itemised">${money(st.notItemisedMinor, ccy)}</td>
                    </tr>`
                  : ''
              }
              <tr>
                <th>Adjusted book balance</th>
                <th></th>
                <th class="num" data-figure="adjusted-book">${money(st.adjustedBookMinor, ccy)}</th>
              </tr>
              <tr>
                <th>Difference (adjusted bank − adjusted book)</th>
                <th></th>
                <th class="num" data-figure="difference">${money(st.differenceMinor, ccy)}</th>
              </tr>
            </tbody>
          </table>
          ${
            notes.length
              ? html`<h2>Notes</h2>
                  <ul class="notes">
                    ${notes.map((n) => html`<li>${maskNumbers(n)}</li>`)}
                  </ul>`
              : ''
          }
          ${(
            [
              [
                'Deposits in transit: why they are there, and what to check',
                'deposits-in-transit',
                opts.why?.depositsInTransit,
              ],
              [
                'Unpresented payments: why they are there, and what to check',
                'unpresented-payments',
                opts.why?.unpresentedPayments,
              ],
            ] as const
          ).map(([title, key, words]) =>
            words?.length
              ? html`<h2>${title}</h2>
                  <ul class="notes" data-why="${key}">
                    ${words.map((w) => html`<li>${maskNumbers(w)}</li>`)}
                  </ul>`
              : '',
          )}
          <p class="sub">
            Bank lines and book entries listed are outstanding at ${c.periodEnd} and carried to the next statement,
            residuals and write-offs too until the books post them. Finished by ${nameOf(c.finishedBy)} on
            ${when(c.finishedAt, a.timezone)}.${c.reopenedAt ? ` Reopened by ${nameOf(c.reopenedBy ?? '')} on ${when(c.reopenedAt, a.timezone)}.` : ''}
          </p>
          <!-- the sign-off a reviewer writes on the printed page: who prepared it is the finish above -->
          <table class="signoff">
            <tr>
              <td>Prepared by</td>
              <td>${nameOf(c.finishedBy)}</td>
              <td>Date</td>
              <td>${when(c.finishedAt, a.timezone)}</td>
            </tr>
            <tr>
              <td>Reviewed by</td>
              <td class="blank"></td>
              <td>Date</td>
              <td class="blank"></td>
            </tr>
            <tr>
              <td>Signature</td>
              <td class="blank"></td>
              <td></td>
              <td></td>
            </tr>
          </table>
        </main>
      </body>
    </html>`;
}

/** Whether a finished statement opens from an agreed starting point: the one standing before it is an opening. */
function opensFromStart(history: readonly StatementCheckpoint[], c: StatementCheckpoint): boolean {
  const before = history
    .filter((o) => o.reopenedAt === null && o.periodEnd < c.periodFrom)
    .reduce<StatementCheckpoint | null>((a, o) => (a === null || o.periodEnd > a.periodEnd ? o : a), null);
  return before?.kind === 'opening';
}

/** ", 2 book entries outstanding at it and 1 bank line not in the books": what an agreed start kept, by side. */
function startItemsWords(items: readonly OutstandingItem[]): string {
  const entries = items.filter((i) => i.side === 'ledger').length;
  const lines = items.length - entries;
  return [
    entries ? `, ${counted(entries, 'book entry', 'book entries')} outstanding at it` : '',
    lines ? `${entries ? ' and' : ','} ${counted(lines, 'bank line', 'bank lines')} not in the books` : '',
  ].join('');
}
