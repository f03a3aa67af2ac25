import { bankOpeningText, bookOpeningText } from '../../adapters/reports/index.js';
import { counted, money } from '../format.js';
import { html, type Html } from '../html.js';
import type { CheckpointFigures } from '../statement-checkpoint.js';

function cell(figure: string, minor: number | null, ccy: string, sub: string): Html {
  return html`<td class="num" data-figure="${figure}">
    ${minor === null ? '—' : money(minor, ccy)}
    <div class="sub">${sub}</div>
  </td>`;
}

/**
 * Each side from its opening to its closing: the bank's opening, the period's lines and the closing they make; the
 * books' opening (assumed, carried forward, or the stated balance less the period's entries: said which), the
 * period's entries of the bound ledger account, and the balance per books they make. The figures add up as shown.
 */
export function rollForwardTable(
  f: CheckpointFigures,
  ccy: string,
  bankClosingMinor: number | null,
  booksMinor: number | null,
): Html {
  const { from, to } = f.period;
  const b = f.books;
  const bankComputed = f.openingMinor === null ? null : f.openingMinor + f.bankMovementsMinor;
  const gap = bankComputed !== null && bankClosingMinor !== null ? bankClosingMinor - bankComputed : 0;
  // a books' balance given for the end that does not follow from the opening carried or agreed (the opening stays)
  const booksGap = b && booksMinor !== null ? booksMinor - b.closingMinor : 0;
  return html`<table class="grid narrow rollforward">
    <thead>
      <tr>
        <th></th>
        <th class="num">Bank</th>
        <th class="num">Books${b?.openingSource === 'assumed' ? ' (assumed)' : ''}</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td>Opening, before ${from}</td>
        ${cell('bank-opening', f.openingMinor, ccy, bankOpeningText(f.openedFrom))}
        ${cell('books-opening', b?.openingMinor ?? null, ccy, b ? bookOpeningText(b.openingSource) : 'not known')}
      </tr>
      <tr>
        <td>Movements ${from} – ${to}</td>
        ${cell('bank-movements', f.bankMovementsMinor, ccy, counted(f.lines, 'bank line'))}
        ${cell('books-movements', b?.movementsMinor ?? null, ccy, b ? counted(b.entries, 'book entry', 'book entries') : '')}
      </tr>
      <tr>
        <th>Closing at ${to}</th>
        ${cell('bank-closing', bankComputed, ccy, 'opening + movements')}
        ${cell('books-closing', b?.closingMinor ?? null, ccy, b ? (booksGap === 0 ? 'opening + movements = balance per books' : 'opening + movements') : 'not known')}
      </tr>
      ${
        gap !== 0
          ? html`<tr>
              <td colspan="3" class="err">
                The statement's ending balance (${money(bankClosingMinor!, ccy)}) differs from the bank's opening +
                movements by ${money(gap, ccy)}: check the figure entered, or a line missing from the feed.
              </td>
            </tr>`
          : ''
      }
      ${
        booksGap !== 0
          ? html`<tr>
              <td colspan="3" class="err" data-figure="books-gap">
                The balance per books entered (${money(booksMinor!, ccy)}) differs from the books' opening + movements
                by ${money(booksGap, ccy)}: check the figure entered, or an entry missing from the books' export (or one
                dated back into a finished period).
              </td>
            </tr>`
          : ''
      }
    </tbody>
  </table>`;
}
