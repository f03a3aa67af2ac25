import type { Flash } from '../flash.js';
import { feedTrouble } from '../../activities/feed-trouble.js';
import { Decimal } from 'decimal.js';
import type { AccountCounts } from '../../db/review-repository.js';
import type { AccountRow } from '../../db/schema.js';
import { utcInstantsAt } from '../../domain/dates.js';
import { maskNumbers, money, when } from '../format.js';
import { html, type Html } from '../html.js';
import { csrfField, notice } from './layout.js';

export interface AccountsPageData {
  csrfToken: string;
  canDecide: boolean;
  canAdmin: boolean;
  feedActions: boolean;
  accounts: Array<{
    account: AccountRow;
    counts: AccountCounts;
    lastRunAt: string | null;
    binding: { sourceId: string; ledgerAccount: string } | null;
    /** What the bound books are in words ("Sage export (CSV)"); null when the source is not in the configuration. */
    books?: string | null;
    /** The latest finished statement checkpoint's difference, when the statement store is wired. */
    statement?: { differenceMinor: number; currency: string; end: string } | null;
  }>;
  flash?: Flash | undefined;
}

/** The feed's states in words: the codes (REAUTH_REQUIRED) are the workflow's, kept as the badge's class only. */
const STATE_LABELS: Record<string, string> = {
  LINKING: 'Linking',
  BACKFILLING: 'Fetching history',
  ACTIVE: 'Active',
  SYNCING: 'Syncing',
  REAUTH_REQUIRED: 'Needs re-authorisation',
  UNLINKED: 'Unlinked',
};

/**
 * The feed state shown, by the same judgement "Sync now" answers with (feedTrouble): a failing feed keeps its state but
 * shows it failing, with the error; an unlink Mono reported that the feed set aside shows so in the same words
 * ("Active · unlink to confirm"), not as failing; a bank that asked for re-authorisation shows so before the feed's
 * state says it.
 */
function feedState(a: AccountRow): { label: string; cls: string } {
  const trouble = feedTrouble(a);
  if (trouble?.kind === 'reauth') return { label: STATE_LABELS.REAUTH_REQUIRED!, cls: 'REAUTH_REQUIRED' };
  const label = STATE_LABELS[a.state] ?? a.state;
  if (trouble)
    return { label: `${label} · ${trouble.short}`, cls: trouble.kind === 'failing' ? 'FAILING' : 'UNLINK_SET_ASIDE' };
  return { label, cls: a.state };
}

/**
 * The nightly run's failure on the account, apart from the feed's error: a good sync does not clear it. Shown whole
 * (nightlyFailureText bounds it where it is stored, keeping a refused file's row, column and the value found): a
 * reason cut short loses what the person must find in the file.
 */
function nightlyFailure(a: AccountRow): Html | string {
  if (a.state === 'UNLINKED' || !a.nightly_error) return '';
  return html`<div class="err">
    ${maskNumbers(utcInstantsAt(a.nightly_error, a.timezone))}
    <div class="sub">recorded ${when(a.nightly_failed_at, a.timezone)}</div>
  </div>`;
}

/**
 * The re-authorisation link is a capability (whoever holds it can re-connect the account, so it is never logged):
 * shown to those who may issue one and send it to the holder, not to viewers, who read every screen.
 */
function reauthLink(a: AccountRow, canDecide: boolean): Html | string {
  if (!a.reauth_url) return '';
  if (!canDecide) return ' A reviewer can send them the link.';
  return html` <a href="${a.reauth_url}" target="_blank" rel="noopener noreferrer">Re-authorisation link</a>`;
}

export function accountsPage(d: AccountsPageData): Html {
  const rows = d.accounts.map(({ account: a, counts: c, lastRunAt, binding, books, statement }) => {
    const st = feedState(a);
    const id = encodeURIComponent(a.id);
    // A ratio of counts, worked in decimal.js like every ratio here, never in floating point.
    const pct = c.lines ? new Decimal(c.matched).times(100).div(c.lines).toFixed(1) : '—';
    return html`<tr>
      <td>
        <a href="/accounts/${id}/review"><b>${a.name}</b></a>
        <div class="sub">${a.account_number_masked ? html`••••${a.account_number_masked.slice(-4)}` : ''}</div>
        <div class="sub"><a href="/accounts/${id}/details">Holder and open invoices</a></div>
      </td>
      <td data-label="Bank">${a.institution_name ?? '—'}</td>
      <td data-label="Ccy">${a.currency}</td>
      <td data-label="Feed">
        <span class="state ${st.cls}">${st.label}</span
        >${a.last_error && a.state !== 'REAUTH_REQUIRED' ? html`<div class="err">${maskNumbers(a.last_error.slice(0, 200))}</div>` : ''}
        ${a.unlink_set_aside && a.state !== 'UNLINKED' ? html`<div class="sub">${maskNumbers(a.unlink_set_aside.slice(0, 200))}</div>` : ''}
        ${a.state === 'REAUTH_REQUIRED' ? html`<div class="sub">The bank asks the holder to sign in again.${reauthLink(a, d.canDecide)}</div>` : ''}
      </td>
      <td data-label="Last sync">
        ${when(a.last_synced_at, a.timezone)}
        <div class="sub">through ${a.synced_through ?? '—'}</div>
      </td>
      <td class="num" data-label="Balance">
        ${a.balance_minor === null ? '—' : money(Number(a.balance_minor), a.currency)}
      </td>
      <td class="num" data-label="Matched">
        ${pct}${c.lines ? '%' : ''}
        <div class="sub">${c.matched.toLocaleString('en')} of ${c.lines.toLocaleString('en')}</div>
      </td>
      <td class="num" data-label="Awaiting review">
        <a href="/accounts/${id}/review?view=suggested">${c.awaitingReview.toLocaleString('en')}</a>
      </td>
      <td class="num" data-label="Unmatched">
        <a href="/accounts/${id}/review?view=unmatched">${c.unmatched.toLocaleString('en')}</a>
      </td>
      <td class="num" data-label="Statement difference">
        ${
          statement
            ? html`<a href="/accounts/${id}/statement" class="${statement.differenceMinor === 0 ? 'diff0' : 'diffx'}"
                  >${money(statement.differenceMinor, statement.currency)}</a
                >
                <div class="sub">to ${statement.end}</div>`
            : html`<a href="/accounts/${id}/statement" class="sub">none yet</a>`
        }
      </td>
      <td data-label="Books">
        ${
          // what the books are and the bank's account in them; the source's id (what an admin binds by) after them
          binding
            ? html`${books ?? binding.sourceId}
                <div class="sub">bank account in the books: ${binding.ledgerAccount}</div>
                ${books ? html`<div class="sub">source ${binding.sourceId}</div>` : ''}`
            : html`<span class="sub">not bound</span>`
        }
        <div class="sub">${lastRunAt ? html`reconciled ${when(lastRunAt, a.timezone)}` : ''}</div>
        ${nightlyFailure(a)}
      </td>
      <td class="acts-cell" id="acts-${a.id}">
        ${
          d.canDecide && d.feedActions && a.state !== 'UNLINKED' && a.state !== 'REAUTH_REQUIRED'
            ? html`<form
                method="post"
                action="/accounts/${id}/sync"
                hx-post="/accounts/${id}/sync"
                hx-target="#msg-${a.id}"
                class="inline"
              >
                ${csrfField(d)}<button>Sync now</button>
              </form>`
            : ''
        }
        ${
          d.canDecide && d.feedActions && a.state === 'REAUTH_REQUIRED'
            ? html`<form
                method="post"
                action="/accounts/${id}/reauth"
                hx-post="/accounts/${id}/reauth"
                hx-target="#msg-${a.id}"
                class="inline"
              >
                ${csrfField(d)}<button>New re-auth link</button>
              </form>`
            : ''
        }
        ${d.canAdmin ? html`<button type="button" hx-get="/accounts/${id}/bind" hx-target="#msg-${a.id}">Bind to books…</button>` : ''}
        <div id="msg-${a.id}"></div>
      </td>
    </tr>`;
  });
  return html`<h1>Accounts</h1>
    ${d.flash ? notice(d.flash.kind, d.flash.text) : ''}
    <table class="grid accounts">
      <thead>
        <tr>
          <th>Account</th>
          <th>Bank</th>
          <th>Ccy</th>
          <th>Feed</th>
          <th>Last sync</th>
          <th class="num">Balance</th>
          <th class="num">Matched</th>
          <th class="num">Awaiting review</th>
          <th class="num">Unmatched</th>
          <th class="num">Statement difference</th>
          <th>Books</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length
            ? rows
            : html`<tr>
                <td colspan="12">No linked accounts yet.</td>
              </tr>`
        }
      </tbody>
    </table>
    ${
      d.canAdmin && d.feedActions
        ? html`<h2>Link a new account</h2>
            <form class="toolbar" method="post" action="/accounts/link" hx-post="/accounts/link" hx-target="#link-msg">
              ${csrfField(d)}
              <label>Account holder <input name="name" required maxlength="200" /></label>
              <label>Email <input name="email" type="email" required maxlength="320" /></label>
              <button>Create a Mono Connect link</button>
            </form>
            <div id="link-msg"></div>`
        : ''
    }`;
}

/** The Bind panel; `sources` are the configured sources' ids, each offered with what it is (`books`) when known. */
export function bindPanel(
  a: AccountRow,
  csrfToken: string,
  sources: string[],
  books: (sourceId: string) => string | null = () => null,
): Html {
  const id = encodeURIComponent(a.id);
  let current: { sourceId?: string; ledgerAccount?: string } = {};
  try {
    current = a.ledger_binding ? (JSON.parse(a.ledger_binding) as typeof current) : {};
  } catch {
    current = {};
  }
  return html`<form method="post" action="/accounts/${id}/bind" hx-post="/accounts/${id}/bind" hx-target="#msg-${a.id}">
    ${csrfField({ csrfToken })}
    <label
      >Ledger source
      ${
        sources.length
          ? html`<select name="sourceId">
              ${sources.map((s) => {
                const what = books(s);
                const text = what ? `${what} — ${s}` : s;
                return html`<option value="${s}" ${current.sourceId === s ? 'selected' : ''}>${text}</option>`;
              })}
            </select>`
          : html`<input name="sourceId" value="${current.sourceId ?? ''}" required />`
      }</label
    >
    <label
      >Bank account in the books
      <input name="ledgerAccount" value="${current.ledgerAccount ?? ''}" placeholder="e.g. 1010" required
    /></label>
    <button class="primary">Bind</button>
  </form>`;
}
