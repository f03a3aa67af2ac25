import type { HolderCheck } from '../../activities/holder-name.js';
import type { Flash } from '../flash.js';
import type { CollectionRow } from '../../db/collection-repository.js';
import type { StoredIdentity } from '../../db/identity-repository.js';
import type { AccountRow, LedgerEntryRow } from '../../db/schema.js';
import { maskNumbers, maskPhone, money, when } from '../format.js';
import { html, type Html } from '../html.js';
import type { ActorName } from '../people.js';
import { csrfField, notice } from './layout.js';

export interface AccountDetailData {
  account: AccountRow;
  identity: StoredIdentity | null;
  holder: HolderCheck;
  invoices: LedgerEntryRow[];
  /** Collections of this account's invoices, by invoice reference (the latest last). */
  collections: Map<string, CollectionRow[]>;
  canCollect: boolean;
  directPay: boolean;
  bound: boolean;
  /** Why the bound books list no invoices, in words, when they hold postings only (a general ledger's export). */
  noInvoices: string | null;
  /** Who fetched the identity, in words: a person's display name, or bankfeed on linking. */
  nameOf: ActorName;
  /** Whether the person may record the expected holder (an administrator), and the form's CSRF token. */
  canAdmin?: boolean;
  csrfToken?: string;
  /** Whether the person may fetch the holder's identity from the bank here (a reviewer, where the process has Mono). */
  canFetchIdentity?: boolean;
  /** The notice an action left for this page (the expected holder recorded, or why not). */
  flash?: Flash | undefined;
}

/** "••••1234": only the last four digits are ever stored, and only they are shown. */
export function maskedBvn(last4: string | null): string {
  return last4 ? `••••${last4.replace(/\D/g, '').slice(-4)}` : '—';
}

/** The command an operator would run, folded away: the page's own words are for accountants. */
function forOperators(command: Html): Html {
  return html`<details class="sub">
    <summary>For operators</summary>
    ${command}
  </details>`;
}

/**
 * Where the expected holder is recorded: the form, for an administrator once the holder's identity is on record (it
 * is kept with it); otherwise who can, and when.
 */
function expectedHolderControl(d: AccountDetailData): Html {
  if (!d.canAdmin || !d.csrfToken)
    return html`An administrator can record the company or
    person${d.identity ? '' : " once the holder's identity is on record"}.`;
  if (!d.identity)
    return html`You can record the company or person here once bankfeed has the holder's identity from the bank.`;
  return html`Record the company or person below.`;
}

function expectedHolderForm(d: AccountDetailData): Html | string {
  if (!d.canAdmin || !d.csrfToken || !d.identity) return '';
  const action = `/accounts/${encodeURIComponent(d.account.id)}/expected-holder`;
  return html`<form class="toolbar" method="post" action="${action}">
    ${csrfField({ csrfToken: d.csrfToken })}
    <label
      >Expected holder (company or person)
      <input name="expectedHolder" value="${d.identity.expected_holder ?? ''}" required maxlength="200" size="40"
    /></label>
    <button>${d.identity.expected_holder ? 'Change' : 'Record'}</button>
  </form>`;
}

/** The holder check's verdict in words, wherever it is said (the account page, the answer to recording a holder). */
export const HOLDER_VERDICT_WORDS = {
  matches: 'the same name',
  resembles: 'the names resemble each other',
  differs: "the bank's holder does not resemble it",
  unknown: 'not possible (the bank gave no holder name)',
} as const;

function holderNotice(d: AccountDetailData): Html {
  const h = d.holder;
  if (h.verdict === 'differs')
    return notice(
      'warn',
      `The account holder's name does not resemble the company or person this account should belong to: ${h.explanation}.`,
    );
  if (h.verdict === 'unknown')
    return h.missing === 'expected'
      ? html`<p class="sub">
            Holder check not possible: nobody has recorded who this account should belong to.
            ${expectedHolderControl(d)}
          </p>
          ${forOperators(html`<code>bankfeed accounts show &lt;account&gt; --expect "&lt;company or person&gt;"</code>`)}`
      : html`<p class="sub">Holder check not possible: the bank gave no account holder name.</p>`;
  return html`<p class="sub">Holder check: ${HOLDER_VERDICT_WORDS[h.verdict]} (${h.explanation}).</p>`;
}

function identitySection(d: AccountDetailData): Html {
  const i = d.identity;
  if (!i)
    return html`<h2>Account holder</h2>
      <p class="sub">
        No identity on record yet: bankfeed fetches it from the bank when Mono says the account is
        connected${d.canFetchIdentity && d.csrfToken ? ', or now with the button below' : ''}.
      </p>
      ${
        d.canFetchIdentity && d.csrfToken
          ? html`<form
              class="toolbar"
              method="post"
              action="/accounts/${encodeURIComponent(d.account.id)}/identity/fetch"
            >
              ${csrfField({ csrfToken: d.csrfToken })}
              <button>Fetch the holder's identity from the bank</button>
            </form>`
          : ''
      }
      ${forOperators(html`<code>bankfeed accounts show &lt;account&gt; --refresh</code> fetches it now.`)}
      ${holderNotice(d)}`;
  return html`<h2>Account holder</h2>
    <table class="grid kv">
      <tbody>
        <tr>
          <th>Holder name</th>
          <td>${i.full_name ?? '—'}</td>
        </tr>
        <tr>
          <th>BVN</th>
          <td>${maskedBvn(i.bvn_last4)}</td>
        </tr>
        <tr>
          <th>Email</th>
          <td>${i.email ?? '—'}</td>
        </tr>
        <tr>
          <th>Phone</th>
          <td>${i.phone ? maskPhone(i.phone) : '—'}</td>
        </tr>
        <tr>
          <th>Expected holder</th>
          <td>${i.expected_holder ?? '—'}</td>
        </tr>
        <tr>
          <th>Fetched</th>
          <td>${when(i.fetched_at, d.account.timezone)} <span class="sub">by ${d.nameOf(i.fetched_by)}</span></td>
        </tr>
      </tbody>
    </table>
    ${holderNotice(d)} ${expectedHolderForm(d)}`;
}

function collectionState(c: CollectionRow): string {
  const s = c.status === 'pending' ? 'requested, awaiting payment' : c.status;
  return `${c.reference}: ${s}${c.flag ? ` (${c.flag})` : ''}`;
}

function invoicesSection(d: AccountDetailData): Html {
  const id = encodeURIComponent(d.account.id);
  if (!d.bound)
    return html`<h2>Open invoices</h2>
      ${notice('warn', 'This account is not bound to books yet: bind it on the accounts page to see its open invoices.')}`;
  // A general ledger's receipts are money received, not owed: listed here they would be offered for collection.
  if (d.noInvoices)
    return html`<h2>Open invoices</h2>
      <p class="sub">${d.noInvoices}</p>`;
  return html`<h2>Open invoices</h2>
    ${!d.directPay ? html`<p class="sub">DirectPay collection needs a Mono secret key (MONO_SECRET_KEY) in this process.</p>` : ''}
    <table class="grid">
      <thead>
        <tr>
          <th>Date</th>
          <th>Invoice</th>
          <th>Party</th>
          <th>Description</th>
          <th class="num">Amount</th>
          <th>DirectPay</th>
        </tr>
      </thead>
      <tbody>
        ${
          d.invoices.length
            ? d.invoices.map((l) => {
                const cs = d.collections.get(l.reference ?? '') ?? [];
                return html`<tr id="inv-${l.id}">
                  <td>${l.entry_date}</td>
                  <td>${maskNumbers(l.reference ?? '')}</td>
                  <td>${maskNumbers(l.party ?? '')}</td>
                  <td>${maskNumbers(l.description ?? '')}</td>
                  <td class="num">${money(Number(l.amount_minor), l.currency)}</td>
                  <td>
                    ${cs.map((c) => html`<div class="sub">${collectionState(c)}</div>`)}
                    ${
                      d.canCollect && d.directPay
                        ? html`<button
                            type="button"
                            hx-get="/accounts/${id}/invoices/${l.id}/collect"
                            hx-target="#collect-${l.id}"
                          >
                            Collect by DirectPay
                          </button>`
                        : ''
                    }
                    <div id="collect-${l.id}"></div>
                  </td>
                </tr>`;
              })
            : html`<tr>
                <td colspan="6" class="sub">No open invoice (money owed to us) in the books.</td>
              </tr>`
        }
      </tbody>
    </table>`;
}

/** The account's detail page: its holder's identity (BVN masked) and its books' open invoices, each collectable. */
export function accountDetailPage(d: AccountDetailData): Html {
  const a = d.account;
  return html`<h1>${a.name}</h1>
    ${d.flash ? notice(d.flash.kind, d.flash.text) : ''}
    <p class="sub">
      ${a.institution_name ?? '—'} · ${a.account_number_masked ? `••••${a.account_number_masked.slice(-4)}` : '—'} ·
      ${a.currency}
    </p>
    ${identitySection(d)} ${invoicesSection(d)}`;
}

/** The small collect form: amount prefilled from the invoice, the payer's name and email. */
export function collectForm(
  account: AccountRow,
  entry: LedgerEntryRow,
  csrfToken: string,
  values: { amount: string; name: string; email: string },
  error?: string,
): Html {
  const action = `/accounts/${encodeURIComponent(account.id)}/invoices/${entry.id}/collect`;
  return html`<form method="post" action="${action}" hx-post="${action}" hx-target="#collect-${entry.id}">
    ${csrfField({ csrfToken })} ${error ? notice('error', error) : ''}
    <label>Amount (NGN) <input name="amount" value="${values.amount}" required size="12" /></label>
    <label>Customer name <input name="name" value="${values.name}" required maxlength="200" /></label>
    <label>Customer email <input name="email" type="email" value="${values.email}" required maxlength="320" /></label>
    <button class="primary">Request payment</button>
  </form>`;
}

/** After initiation: the link to hand the payer (shown here, never logged) and the collection's status. */
export function collectResult(c: CollectionRow, paymentLink: string, warnings: string[]): Html {
  return html`${notice('ok', `DirectPay requested for invoice ${c.invoice_ref} from ${c.customer_name}.`)}
    ${warnings.map((w) => notice('warn', w))}
    <p>
      Send the payer this link: <a href="${paymentLink}" target="_blank" rel="noopener noreferrer">${paymentLink}</a>
    </p>
    <p class="sub">
      Reference ${c.reference} · ${money(Number(c.amount_minor), c.currency)} · status
      ${c.status === 'pending' ? 'requested, awaiting payment' : c.status}. It is updated when Mono confirms the
      payment.
    </p>`;
}
