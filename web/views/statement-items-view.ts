import type {
  DocItem,
  DocKind,
  DocNotInBooks,
  DocOutstandingExplanation,
  DocSection,
} from '../../adapters/reports/index.js';
import { groupNote, groupText } from '../../adapters/reports/index.js';
import { maskNumbers, money } from '../format.js';
import { html, type Html } from '../html.js';
import { needsLookMark } from './statement-why-view.js';

/** How many items a list on the page shows; the rest are counted under it, never left out without a word. */
export const SHOWN = 100;

/** The count a list left out, where to find them, as the last row of its table. */
export function moreRow(left: number, columns: number, where: Html | string): Html {
  return left > 0
    ? html`<tr>
        <td colspan="${columns}" class="sub">and ${left.toLocaleString('en')} more, not listed here: ${where}</td>
      </tr>`
    : html``;
}

/** How a statement line's items are drawn: its sign, where every item is, what an item dated before the period is. */
interface ItemsShape {
  /** 0 for a net section (money in and out), whose items keep their sign so that they add up to the line */
  sign: 1 | -1 | 0;
  ccy: string;
  workbook: string;
  before: string;
  /** the book entries' ages, for a line of them: each one that needs a look is marked so */
  ages?: DocOutstandingExplanation | undefined;
}

/** One item under its line: date, reference, words (with why it is there) and amount. */
function itemRow(i: DocItem, o: ItemsShape): Html {
  // why the item is there, in the print's words (a rule's account, bank-only, write-off, not explained)
  const why = groupNote(i.description, i.group, i.postTo, i.ruleName);
  return html`<tr>
    <td>${i.date}</td>
    <td>${maskNumbers(i.reference ?? '')}</td>
    <td>
      ${maskNumbers(i.description)}${why ? html` <span class="sub">(${maskNumbers(why)})</span>` : ''}${i.carriedForward ? html` <span class="sub">(${o.before})</span>` : ''}${needsLookMark(o.ages, i.id)}
    </td>
    <td class="num">${money(o.sign === 0 ? i.signedAmountMinor : i.amountMinor, o.ccy)}</td>
  </tr>`;
}

/** Up to SHOWN items, then how many more and that the workbook has every one. */
function itemRows(items: readonly DocItem[], count: number, o: ItemsShape): Html {
  return html`${items.slice(0, SHOWN).map((i) => itemRow(i, o))}
  ${moreRow(count - Math.min(items.length, SHOWN), 4, html`every item is in the statement's <a href="${o.workbook}">Excel workbook</a>`)}`;
}

/** A line with nothing under it: its label, a zero count and a zero figure. */
function emptyRow(label: string, ccy: string, figure: string): Html {
  return html`<tr>
    <td>${label} (0)</td>
    <td class="num" data-figure="${figure}">${money(0, ccy)}</td>
  </tr>`;
}

/** One line of the statement with its items (the first 100) folded under it. */
export function itemsRow(label: string, sec: DocSection, figure: string, o: ItemsShape): Html {
  if (sec.count === 0) return emptyRow(label, o.ccy, figure);
  return html`<tr>
    <td>
      <details>
        <summary>${label} (${sec.count})</summary>
        <table class="grid">
          <tbody>
            ${itemRows(sec.items, sec.count, o)}
          </tbody>
        </table>
      </details>
    </td>
    <td class="num" data-figure="${figure}">
      ${money(o.sign === 0 ? sec.totalMinor : o.sign * sec.totalMinor, o.ccy)}
    </td>
  </tr>`;
}

/**
 * Where a kind of bank line the books lack stands under its line: what a person decided (bank-only, a write-off)
 * first, then what nobody explained (a match's residual with it), then the rest; a rule's routine charges last.
 */
function kindRank(group: string): number {
  if (group.startsWith('bank-only:') || group.startsWith('write-off:')) return 0;
  if (group === 'unexplained' || group === 'residual') return 1;
  return group.startsWith('rule:') ? 3 : 2;
}

/**
 * Credits or debits not in the books, broken down by kind as the document gives them (its `byKind`, the workbook
 * Summary's breakdown): each kind with its count and subtotal, which add up to the line. A year of ₦50 levies would
 * otherwise fill the list and hide the line a person explained: the kinds a person decided or nobody explained come
 * first with their items listed; a rule's items are folded under its subtotal.
 */
export function notInBooksRow(
  label: string,
  sec: DocNotInBooks,
  figure: string,
  o: ItemsShape & { sign: 1 | -1 },
): Html {
  if (!sec.byKind) return itemsRow(label, sec, figure, o);
  if (sec.count === 0) return emptyRow(label, o.ccy, figure);
  const byGroup = new Map<string, DocItem[]>();
  for (const i of sec.items) {
    const g = i.group ?? 'unexplained';
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  }
  const kinds = sec.byKind
    .map((k, at) => ({ k, at }))
    .sort((a, b) => kindRank(a.k.group) - kindRank(b.k.group) || a.at - b.at)
    .map(({ k }) => k);
  const kindRows = (k: DocKind) => {
    const items = byGroup.get(k.group) ?? [];
    // "by rule “Stamp duty ₦50” (118), to Taxes:Stamp duty": the Summary's words and count, then the rule's account
    const head = html`<tr class="kind">
      <th colspan="3">
        ${maskNumbers(groupText(k.group, k.ruleName))}
        (${k.count.toLocaleString('en')})${k.postTo ? `, to ${maskNumbers(k.postTo)}` : ''}
      </th>
      <th class="num" data-kind="${k.group}">${money(o.sign * k.totalMinor, o.ccy)}</th>
    </tr>`;
    if (kindRank(k.group) < 3) return html`${head}${itemRows(items, k.count, o)}`;
    return html`${head}
      <tr>
        <td colspan="4" class="kind-list">
          <details>
            <summary class="sub">the ${k.count.toLocaleString('en')} ${k.count === 1 ? 'line' : 'lines'}</summary>
            <table class="grid">
              <tbody>
                ${itemRows(items, k.count, o)}
              </tbody>
            </table>
          </details>
        </td>
      </tr>`;
  };
  return html`<tr>
    <td>
      <details>
        <summary>${label} (${sec.count})</summary>
        <table class="grid">
          <tbody>
            ${kinds.map(kindRows)}
          </tbody>
        </table>
      </details>
    </td>
    <td class="num" data-figure="${figure}">${money(o.sign * sec.totalMinor, o.ccy)}</td>
  </tr>`;
}
