import {
  needsLookWords,
  outstandingWords,
  type DocOutstandingExplanation,
  type StatementDocument,
} from '../../adapters/reports/index.js';
import { maskNumbers } from '../format.js';
import { html, type Html } from '../html.js';

const SECTIONS = [
  ['depositsInTransit', 'deposits-in-transit', 'Deposits in transit: why they are there, and what to check'],
  ['unpresentedPayments', 'unpresented-payments', 'Unpresented payments: why they are there, and what to check'],
] as const;

/**
 * Under the statement, the document's explanation of its deposits in transit and unpresented payments in the words
 * the workbook and the print use: the rule, what the line is made of, the oldest, what needs a look. A document
 * without one (written before it was kept) shows nothing.
 */
export function whyOutstandingView(doc: StatementDocument): Html {
  const st = doc.statement;
  const why = st.whyOutstanding;
  if (!why) return html``;
  const figures = {
    currency: st.currency,
    period: doc.period,
    differenceMinor: st.difference.amountMinor,
    bookSource: st.balancePerBooks.source,
    fromAgreedStart: st.proof?.bank.opening.from.kind === 'agreed-start',
  };
  return html`${SECTIONS.map(([key, figure, title]) => {
    const words = outstandingWords(why[key], st[key].items, figures);
    return words.length
      ? html`<section class="why" data-why="${figure}">
          <h3>${title}</h3>
          <ul class="notes">
            ${words.map((w) => html`<li>${maskNumbers(w)}</li>`)}
          </ul>
        </section>`
      : html``;
  })}`;
}

/** An item's mark on its line when it needs a look ("needs a look: 45 days old"), else nothing. */
export function needsLookMark(x: DocOutstandingExplanation | undefined, id: string): Html {
  const age = x?.items.find((a) => a.id === id);
  if (!x || !age?.needsLook) return html``;
  return html` <span class="err" data-needs-look="${id}">(${needsLookWords(age, x.needsLookAfterDays)})</span>`;
}
