import type { AccountRow } from '../../db/schema.js';
import type { StatementCheckpoint } from '../../domain/statement.js';
import { maskNumbers, money, when } from '../format.js';
import { html, type Html } from '../html.js';
import type { StatementFigures } from '../statement-figures.js';
import { csrfField, notice } from './layout.js';

function m(minor: number | null, ccy: string): string {
  return minor === null ? '—' : money(minor, ccy);
}

function diffCell(minor: number | null, ccy: string): Html {
  if (minor === null) return html`<span class="sub">unknown</span>`;
  return html`<span class="${minor === 0 ? 'diff0' : 'diffx'}">${money(minor, ccy)}</span>`;
}

export function statementPage(
  a: AccountRow,
  f: StatementFigures,
  form: { end: string; balance: string; books: string },
  history: StatementCheckpoint[],
  opts: { csrfToken: string; canDecide: boolean; canAdmin: boolean; flash?: string | undefined },
): Html {
  const id = encodeURIComponent(a.id);
  const ccy = a.currency;
  return html`<h1>Statement checkpoint <span class="sub">· ${a.name} · ${ccy}</span></h1>
    <div class="sub"><a href="/">Accounts</a> › <a href="/accounts/${id}/review">Review</a> › Statement</div>
    ${opts.flash ? notice('ok', opts.flash) : ''}
    <form class="toolbar" method="get" action="/accounts/${id}/statement">
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
          placeholder="${f.bookSource === 'carried-forward' ? 'carried forward' : 'from the trial balance'}"
          size="16"
      /></label>
      <button>Update</button>
    </form>
    <div class="summary">
      <div>
        Opening (cleared)<b>${m(f.openingMinor, ccy)}</b
        ><span class="sub"
          >${f.previous ? `from #${f.previous.id} to ${f.previous.periodEnd}` : 'first line of history'}</span
        >
      </div>
      <div>
        Cleared this period<b>${m(f.clearedSumMinor, ccy)}</b><span class="sub">${f.cleared} of ${f.lines} lines</span>
      </div>
      <div>
        Statement ending balance<b>${m(f.statementBalanceMinor, ccy)}</b
        ><span class="sub"
          >${f.statementSource === 'stated' ? 'as entered' : f.statementSource === 'mono-running-balance' ? `the feed's running balance on ${f.feedBalance?.date}` : 'unknown'}</span
        >
      </div>
      <div>
        Difference<b>${diffCell(f.clearedDifferenceMinor, ccy)}</b><span class="sub">must be zero to finish</span>
      </div>
    </div>
    <table class="grid narrow">
      <tbody>
        <tr>
          <td>Balance per bank statement at ${f.end}</td>
          <td class="num">${m(f.statementBalanceMinor, ccy)}</td>
        </tr>
        <tr>
          <td>Less: bank lines not cleared (not in the books yet)</td>
          <td class="num">${money(-f.unclearedBankMinor, ccy)}</td>
        </tr>
        <tr>
          <td>Add: book entries no bank line clears (in transit, unpresented) — ${f.outstandingLedger.length}</td>
          <td class="num">${money(f.outstandingLedgerMinor, ccy)}</td>
        </tr>
        <tr>
          <td>Less: bank-only lines and write-offs decided here, not yet in the books</td>
          <td class="num">${money(-f.writtenOffMinor, ccy)}</td>
        </tr>
        <tr>
          <td>
            Balance per books${f.ledgerAccount ? html` (${f.ledgerAccount})` : ''}
            <span class="sub"
              >${f.bookSource === 'stated' ? 'as entered' : f.bookSource === 'carried-forward' ? 'carried forward from the last checkpoint' : 'not known'}</span
            >
          </td>
          <td class="num">${m(f.bookBalanceMinor, ccy)}</td>
        </tr>
        <tr>
          <th>Unexplained difference</th>
          <th class="num">${diffCell(f.booksDifferenceMinor, ccy)}</th>
        </tr>
      </tbody>
    </table>
    ${
      f.blockers.length
        ? notice('warn', `Not ready to finish: ${f.blockers.join('; ')}.`)
        : opts.canDecide
          ? html`<form method="post" action="/accounts/${id}/statement/finish" class="toolbar">
              ${csrfField(opts)} <input type="hidden" name="end" value="${f.end}" /><input
                type="hidden"
                name="balance"
                value="${form.balance}"
              /><input type="hidden" name="books" value="${form.books}" />
              <span
                >Everything is cleared and the books agree. Finishing keeps this reconciliation and locks its
                lines.</span
              >
              <button class="primary">Finish reconciliation to ${f.end}</button>
            </form>`
          : notice('ok', 'Ready to finish (a reviewer finishes it).')
    }
    ${
      f.unclearedLines.length
        ? html`<h2>Lines not cleared (${f.unclearedLines.length})</h2>
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
                ${f.unclearedLines.slice(0, 100).map(
                  (l) =>
                    html`<tr>
                      <td>${l.business_date}</td>
                      <td>${maskNumbers(l.narration)}</td>
                      <td class="num">${money(Number(l.amount_minor), l.currency)}</td>
                      <td>
                        <a
                          href="/accounts/${id}/review?view=unmatched&amp;from=${l.business_date}&amp;to=${l.business_date}"
                          >review</a
                        >
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
        : ''
    }
    ${
      f.outstandingLedger.length
        ? html`<h2>Book entries outstanding at ${f.end} (${f.outstandingLedger.length})</h2>
            <table class="grid">
              <thead>
                <tr>
                  <th>Date</th>
                  <th>Reference</th>
                  <th>Description</th>
                  <th class="num">Amount</th>
                </tr>
              </thead>
              <tbody>
                ${f.outstandingLedger.slice(0, 100).map(
                  (l) =>
                    html`<tr>
                      <td>${l.entry_date}</td>
                      <td>${maskNumbers(l.reference ?? '')}</td>
                      <td>${maskNumbers(l.description ?? l.party ?? '')}</td>
                      <td class="num">${money(Number(l.amount_minor), l.currency)}</td>
                    </tr>`,
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
                    <td>${c.periodFrom} – ${c.periodEnd}</td>
                    <td class="num">${money(c.statementBalanceMinor, c.currency)}</td>
                    <td class="num">${money(c.bookBalanceMinor, c.currency)}</td>
                    <td>${c.bookBalanceSource}</td>
                    <td>
                      ${c.finishedBy} ·
                      ${when(c.finishedAt)}${c.reopenedAt ? html`<div class="err">reopened by ${c.reopenedBy} · ${when(c.reopenedAt)}</div>` : html`<div class="sub">lines locked</div>`}
                    </td>
                    <td>${c.items.length}</td>
                    <td>
                      <a href="/accounts/${id}/statement/${c.id}/report.xlsx">XLSX</a> ·
                      <a href="/accounts/${id}/statement/${c.id}/report.csv">CSV</a> ·
                      <a href="/accounts/${id}/statement/${c.id}/print">Print / PDF</a>
                    </td>
                    <td>
                      ${
                        opts.canAdmin && !c.reopenedAt
                          ? html`<form method="post" action="/accounts/${id}/statement/${c.id}/reopen" class="inline">
                              ${csrfField(opts)}<input
                                name="reason"
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

/** A print layout of a finished reconciliation (browsers print it to PDF); no script, the app's stylesheet. */
export function statementPrint(a: AccountRow, c: StatementCheckpoint): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Bank reconciliation ${a.name} to ${c.periodEnd}</title>
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
          <table class="grid narrow">
            <tbody>
              <tr>
                <td>Balance per bank statement</td>
                <td class="num">${money(c.statementBalanceMinor, c.currency)}</td>
              </tr>
              <tr>
                <td>Balance per books (${c.bookBalanceSource})</td>
                <td class="num">${money(c.bookBalanceMinor, c.currency)}</td>
              </tr>
              <tr>
                <th>Difference</th>
                <th class="num">${money(c.differenceMinor, c.currency)}</th>
              </tr>
            </tbody>
          </table>
          <h2>Reconciling items outstanding at ${c.periodEnd}</h2>
          <table class="grid">
            <thead>
              <tr>
                <th>Side</th>
                <th>Date</th>
                <th>Reference</th>
                <th>Description</th>
                <th class="num">Amount</th>
              </tr>
            </thead>
            <tbody>
              ${c.items.map(
                (i) =>
                  html`<tr>
                    <td>${i.side === 'ledger' ? 'books' : 'bank'}</td>
                    <td>${i.date}</td>
                    <td>${maskNumbers(i.reference ?? '')}</td>
                    <td>${maskNumbers(i.description)}</td>
                    <td class="num">${money(i.amountMinor, c.currency)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          <p class="sub">
            Finished by ${c.finishedBy} on
            ${when(c.finishedAt)}.${c.reopenedAt ? ` Reopened by ${c.reopenedBy} on ${when(c.reopenedAt)}.` : ''}
          </p>
        </main>
      </body>
    </html>`;
}
