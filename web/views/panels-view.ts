import type { RuleLines } from '../../activities/reconciliation-service.js';
import type { BulkPlan } from '../../activities/review-decisions.js';
import type { QueueFilter, ReviewGroup } from '../../db/review-repository.js';
import type { BankTransactionRow, LedgerEntryRow } from '../../db/schema.js';
import type { Rule } from '../../matching/rules.js';
import { amount, counted, maskNumbers, money, signedMoney } from '../format.js';
import { html, type Html } from '../html.js';
import { csrfField, notice } from './layout.js';
import { filterQuery, type ReviewContext } from './review-view.js';

function acct(ctx: ReviewContext): string {
  return `/accounts/${encodeURIComponent(ctx.account.id)}`;
}

function hidden(ctx: ReviewContext, lineId: number): Html {
  return html`${csrfField(ctx)}<input type="hidden" name="line" value="${lineId}" /><input
      type="hidden"
      name="back"
      value="${ctx.back}"
    />`;
}

/**
 * A panel's Close: the line's row fetched again, without the panel (Escape presses it: web/static/app.js). Every panel
 * has one, so that a panel opened to read it, or left for someone else, can be put away without a reload.
 */
function closeButton(ctx: ReviewContext, lineId: number): Html {
  // prettier-ignore
  return html`<button type="button" data-close hx-get="${acct(ctx)}/lines/${lineId}" hx-target="#line-${lineId}" hx-swap="outerHTML">Close</button>`;
}

export interface FindState {
  line: BankTransactionRow;
  /** `within`: how far from the amount, in percent either way (empty: the amount exactly). */
  search: { amount: string; within: string; text: string; from: string; to: string };
  ledger: LedgerEntryRow[];
  /** Other free bank lines of the account (several bank lines = one entry). */
  bank: BankTransactionRow[];
  /** What was ticked before the person searched again: listed first, still ticked, and added up. */
  ticked: { ledger: LedgerEntryRow[]; bank: BankTransactionRow[] };
  /** By entry id, the other bank lines whose live suggestion the entry is (matching it here takes that away). */
  suggestedFor: ReadonlyMap<number, readonly BankTransactionRow[]>;
  sourceId: string | null;
  defaultWriteOff: string;
  error?: string;
}

/** A total as the selection line writes it: the sign of money in or out, none on zero. */
function selectionMoney(minor: number, currency: string): string {
  return minor === 0 ? money(0, currency) : signedMoney(minor, currency);
}

/**
 * What is ticked on each side and by how much they differ, as the boxes are ticked (web/static/app.js keeps it up to
 * date from each box's data-minor; the server's Match selected decides). Opened, only the line itself is ticked;
 * searched again, what was ticked before too.
 */
function selectionLine(line: BankTransactionRow, ticked: FindState['ticked']): Html {
  const minor = Number(line.amount_minor);
  const ccy = line.currency;
  const bank = ticked.bank.reduce((s, b) => s + Number(b.amount_minor), minor);
  const books = ticked.ledger.reduce((s, l) => s + Number(l.amount_minor), 0);
  return html`<p
    class="sub selection"
    data-selection
    data-line-minor="${minor}"
    data-symbol="${money(0, ccy).replace('0.00', '')}"
    role="status"
    aria-live="polite"
  >
    Ticked: bank ${selectionMoney(bank, ccy)} · books ${selectionMoney(books, ccy)} · difference
    ${selectionMoney(bank - books, ccy)} (bank minus books)
  </p>`;
}

/**
 * The other bank lines an entry is the engine's suggestion for: matching it here strips that line's answer (it drops to
 * unmatched), so the person sees which line before ticking it.
 */
function suggestedForText(lines: readonly BankTransactionRow[] | undefined): Html | '' {
  if (!lines?.length) return '';
  return html`<div class="sub suggested-for">
    Suggested for
    ${lines.map(
      (b, i) =>
        html`${i > 0 ? '; ' : ''}bank line ${b.business_date} ${signedMoney(Number(b.amount_minor), b.currency)}
        ${maskNumbers(b.narration)}`,
    )}:
    matching it here takes ${lines.length > 1 ? 'those suggestions' : 'that suggestion'} away.
  </div>`;
}

/** A book entry to tick; `ticked` when the person ticked it before searching again. */
function ledgerRow(l: LedgerEntryRow, ticked: boolean, elsewhere: readonly BankTransactionRow[] | undefined): Html {
  return html`<tr${ticked ? html` class="ticked"` : ''}>
    <td>
      <input
        type="checkbox"
        name="ledger"
        value="${l.id}"
        data-minor="${Number(l.amount_minor)}"
        aria-label="${maskNumbers(`Match ${[l.entry_date, l.reference, l.party, l.description].filter(Boolean).join(' ')} ${signedMoney(Number(l.amount_minor), l.currency)}`)}"
        ${ticked ? html`checked` : ''}
      />
    </td>
    <td>${l.entry_date}</td>
    <td>${maskNumbers(l.reference ?? '')}</td>
    <td>${maskNumbers(l.party ?? '')}</td>
    <td>${maskNumbers(l.description ?? '')}${suggestedForText(elsewhere)}</td>
    <td class="num">${signedMoney(Number(l.amount_minor), l.currency)}</td>
  </tr>`;
}

/** Another bank line to match together with this one; `ticked` as for an entry. */
function bankRow(b: BankTransactionRow, ticked: boolean): Html {
  return html`<tr${ticked ? html` class="ticked"` : ''}>
    <td>
      <input
        type="checkbox"
        name="bank"
        value="${b.id}"
        data-minor="${Number(b.amount_minor)}"
        aria-label="${maskNumbers(`Also bank line ${b.business_date} ${b.narration} ${signedMoney(Number(b.amount_minor), b.currency)}`)}"
        ${ticked ? html`checked` : ''}
      />
    </td>
    <td>${b.business_date}</td>
    <td>${maskNumbers(b.narration)}</td>
    <td class="num">${signedMoney(Number(b.amount_minor), b.currency)}</td>
  </tr>`;
}

/** Find and match: search open entries, tick one or several (a split), add other bank lines, match by hand. */
export function findPanel(ctx: ReviewContext, s: FindState): Html {
  const id = Number(s.line.id);
  const base = acct(ctx);
  // A search again sends the ticked boxes (#ticks-<id> holds the boxes alone; htmx sends a checkbox only when ticked),
  // so what was ticked stays ticked and listed: a settlement of two invoices of different references needs two.
  return html`<div class="find">
    <form class="toolbar" hx-get="${base}/lines/${id}/find" hx-target="#panel-${id}" hx-include="#ticks-${id}">
      <label>Amount <input name="amount" value="${s.search.amount}" placeholder="e.g. 1250.00" size="10" /></label>
      <label
        >within ±
        <input name="within" value="${s.search.within}" placeholder="0" size="3" maxlength="6" inputmode="decimal" />
        %</label
      >
      <label>Reference, party or text <input name="text" value="${s.search.text}" size="18" /></label>
      <label>From <input type="date" name="from" value="${s.search.from}" /></label>
      <label>To <input type="date" name="to" value="${s.search.to}" /></label>
      <button>Search</button>
      ${closeButton(ctx, id)}
    </form>
    ${s.error ? notice('error', s.error) : ''}
    ${s.sourceId === null ? notice('warn', 'This account is not bound to books yet: bind it on the accounts page to search its ledger.') : ''}
    <form method="post" action="${base}/match" hx-post="${base}/match" hx-target="#line-${id}" hx-swap="outerHTML">
      ${hidden(ctx, id)}<input type="hidden" name="bank" value="${id}" />
      <div id="ticks-${id}">
        <table class="grid">
          <thead>
            <tr>
              <th></th>
              <th>Date</th>
              <th>Reference</th>
              <th>Party</th>
              <th>Description</th>
              <th class="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            ${s.ticked.ledger.map((l) => ledgerRow(l, true, s.suggestedFor.get(Number(l.id))))}${s.ledger.map((l) =>
              ledgerRow(l, false, s.suggestedFor.get(Number(l.id))),
            )}${
              s.ledger.length
                ? ''
                : html`<tr>
                    <td colspan="6" class="sub">
                      ${s.ticked.ledger.length ? 'No other open entry matches the search.' : 'No open entry matches the search.'}
                    </td>
                  </tr>`
            }
          </tbody>
        </table>
        ${
          s.bank.length || s.ticked.bank.length
            ? html`<h2>Other undecided bank lines within 14 days, to match together with this one</h2>
                <table class="grid">
                  <tbody>
                    ${s.ticked.bank.map((b) => bankRow(b, true))}${s.bank.map((b) => bankRow(b, false))}
                  </tbody>
                </table>`
            : ''
        }
      </div>
      ${selectionLine(s.line, s.ticked)}
      <div class="toolbar">
        <label
          >Post a difference to <input name="writeOffAccount" placeholder="${s.defaultWriteOff}" size="18"
        /></label>
        <label
          ><span><input type="checkbox" name="override" value="1" /> beyond tolerance</span></label
        >
        <label>Reason (needed beyond tolerance) <input name="reason" size="24" maxlength="200" /></label>
        ${
          // nothing found, nothing to match: the search above is the way on
          s.ledger.length || s.ticked.ledger.length ? html`<button class="primary">Match selected</button>` : ''
        }
      </div>
    </form>
  </div>`;
}

export function writeOffPanel(
  ctx: ReviewContext,
  lineId: number,
  g: ReviewGroup,
  allowanceMinor: number,
  defaultAccount: string,
): Html {
  const within = Math.abs(g.differenceMinor) <= allowanceMinor;
  const base = `${acct(ctx)}/groups/${g.id}/write-off`;
  return html`<form
    method="post"
    action="${base}"
    hx-post="${base}"
    hx-target="#line-${lineId}"
    hx-swap="outerHTML"
    class="toolbar"
  >
    ${hidden(ctx, lineId)}
    <span
      >The bank and the books differ: accepting writes off
      <b>${money(Math.abs(g.differenceMinor), g.currency)}</b> (${g.differenceMinor < 0 ? 'short-paid' : 'over-paid'});
      tolerance allows ${money(allowanceMinor, g.currency)}.</span
    >
    <label
      >Write-off account
      <input name="account" value="${g.writeOff?.account ?? defaultAccount}" required maxlength="200" autofocus
    /></label>
    ${
      within
        ? ''
        : html`<label
              ><span><input type="checkbox" name="override" value="1" required /> override the tolerance</span></label
            >
            <label>Reason (kept in the audit log) <input name="reason" required maxlength="200" size="28" /></label>`
    }
    <button class="primary">Accept with write-off</button>
    ${closeButton(ctx, lineId)}
  </form>`;
}

export function bankOnlyPanel(
  ctx: ReviewContext,
  line: BankTransactionRow,
  proposed: { account: string; rule: string | null } | null,
  fallback: string,
): Html {
  const id = Number(line.id);
  const base = `${acct(ctx)}/lines/${id}/bank-only`;
  // the default write-off account is a charges account: money in (interest, a refund) is the person's to name
  const money = Number(line.amount_minor);
  return html`<form
    method="post"
    action="${base}"
    hx-post="${base}"
    hx-target="#line-${id}"
    hx-swap="outerHTML"
    class="toolbar"
  >
    ${hidden(ctx, id)}
    <span
      >Explain ${signedMoney(Number(line.amount_minor), line.currency)} as a bank-only line (charges, levies, interest),
      posted to:</span
    >
    <label
      >Ledger account
      <input
        name="account"
        value="${proposed?.account ?? (money < 0 ? fallback : '')}"
        placeholder="${money < 0 ? fallback : 'e.g. Interest received'}"
        required
        maxlength="200"
    /></label>
    ${proposed?.rule ? html`<span class="sub">proposed by rule <b>${proposed.rule}</b></span>` : ''}
    <button class="primary">Mark as bank-only</button>
    ${closeButton(ctx, id)}
  </form>`;
}

/** The rule form's fields as typed: from a rule made from a line, or from a form the server refused. */
export interface RuleFormValues {
  id: string;
  contains: string;
  direction: string;
  min: string;
  max: string;
  counterparty: string;
  ledgerAccount: string;
}

export function ruleFormValues(rule: Rule, currency: string): RuleFormValues {
  const w = rule.when;
  const plain = (minor: number | undefined) =>
    minor !== undefined ? amount(minor, currency).replace(/[^0-9.]/g, '') : '';
  return {
    id: rule.id,
    contains: Array.isArray(w.narrationContains) ? w.narrationContains.join(' | ') : (w.narrationContains ?? ''),
    direction: w.direction ?? '',
    min: plain(w.amountMinMinor),
    max: plain(w.amountMaxMinor),
    counterparty: w.counterparty ?? '',
    ledgerAccount: rule.then.ledgerAccount ?? '',
  };
}

/** The rule form's Save: once a preview counted the lines, it says it classifies them now. */
function ruleSave(lineId: number | null, found: RuleLines | undefined, oob = false): Html {
  const label =
    found && found.lines.length > 0 ? `Save and apply to ${counted(found.lines.length, 'line')}` : 'Save rule';
  return html`<button
    class="primary"
    ${lineId !== null ? html`id="rule-save-${lineId}"` : ''}
    ${oob ? html`hx-swap-oob="true"` : ''}
  >
    ${label}
  </button>`;
}

/** The rule form; a refusal is shown above the fields, which keep what was typed (and the lines it classifies now). */
export function ruleForm(
  ctx: ReviewContext,
  line: BankTransactionRow,
  v: RuleFormValues,
  found?: RuleLines,
  refusal?: string,
): Html {
  const id = Number(line.id);
  const base = acct(ctx);
  return html`<form
    method="post"
    action="${base}/rules"
    hx-post="${base}/rules"
    hx-target="#panel-${id}"
    class="rule-form"
  >
    ${hidden(ctx, id)} ${refusal ? notice('error', refusal) : ''}
    <div class="toolbar">
      <label>Rule id <input name="id" value="${v.id}" required maxlength="60" pattern="[a-z0-9][a-z0-9\\-]*" /></label>
      <label>Narration contains <input name="contains" value="${v.contains}" size="24" maxlength="200" /></label>
      <label
        >Direction
        <select name="direction">
          <option value="">either</option>
          <option value="debit" ${v.direction === 'debit' ? 'selected' : ''}>money out</option>
          <option value="credit" ${v.direction === 'credit' ? 'selected' : ''}>money in</option>
        </select></label
      >
      <label>Min amount <input name="min" value="${v.min}" size="8" maxlength="30" /></label>
      <label>Max amount <input name="max" value="${v.max}" size="8" maxlength="30" /></label>
      <label
        >Counterparty contains <input name="counterparty" value="${v.counterparty}" size="14" maxlength="200"
      /></label>
      <label
        >Post to ledger account <input name="ledgerAccount" value="${v.ledgerAccount}" required maxlength="200"
      /></label>
    </div>
    <div class="toolbar">
      <button type="button" hx-post="${base}/rules/preview" hx-target="#rule-preview-${id}" hx-include="closest form">
        Preview
      </button>
      ${ruleSave(id, found)} ${closeButton(ctx, id)}
      <span class="sub"
        >Saving classifies the undecided lines it matches now, for review (Preview lists them first); reconciliation
        runs apply it to lines that arrive later.</span
      >
    </div>
    <div id="rule-preview-${id}">${found ? rulePreview(found, id) : ''}</div>
  </form>`;
}

/**
 * The lines a rule would classify now, with what Save checks them against (their count and which they are); `oob`
 * relabels the form's Save to say how many it applies to.
 */
export function rulePreview(found: RuleLines, lineId: number | null, opts: { oob?: boolean } = {}): Html {
  const total = found.lines.length;
  const shown = found.lines.slice(0, 20);
  return html`<p>
      <b>${total.toLocaleString('en')}</b> of the ${found.scanned.toLocaleString('en')} undecided lines would be
      classified${total > shown.length ? html` (first ${shown.length} shown)` : ''}${total > 0 ? '; Save classifies them now' : ''}.
    </p>
    <input type="hidden" name="expected" value="${total}" /><input
      type="hidden"
      name="previewed"
      value="${found.digest}"
    />
    <table class="grid">
      <tbody>
        ${shown.map(
          (b) =>
            html`<tr>
              <td>${b.business_date}</td>
              <td>${maskNumbers(b.narration)}</td>
              <td class="num">${signedMoney(Number(b.amount_minor), b.currency)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${opts.oob ? ruleSave(lineId, found, true) : ''}`;
}

/**
 * Why `skipped` lines are left out of a bulk accept: `differing` of them differ from the books, `undecided` were left by
 * the engine for a person (a tie, a returned cheque), the rest compete.
 */
function leftOutText(skipped: number, differing: number, undecided = 0): string {
  const differ = (n: number) =>
    `${counted(n, 'line')} whose best candidate differs from the books (accept ${n === 1 ? 'it' : 'each'} with Accept… to write the difference off)`;
  const undecidedText = (n: number) =>
    `${counted(n, 'line')} the engine left for you to decide (a tie, or a cheque that came back: read ${n === 1 ? 'its' : 'each'} evidence and accept one by one)`;
  const compete = (n: number) => `${counted(n, 'line')} whose best candidate competes with another line's`;
  const parts: string[] = [];
  if (differing > 0) parts.push(differ(differing));
  if (undecided > 0) parts.push(undecidedText(undecided));
  const rest = skipped - differing - undecided;
  if (rest > 0 || parts.length === 0) parts.push(compete(rest));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

export function bulkPanel(ctx: ReviewContext, filter: QueueFilter, action: 'confirm' | 'reject', plan: BulkPlan): Html {
  const base = `${acct(ctx)}/bulk`;
  const verb = action === 'confirm' ? 'Accept' : 'Reject';
  const fields = new URLSearchParams(filterQuery(filter));
  if (plan.groupIds.length === 0)
    return notice(
      'warn',
      `Nothing to ${verb.toLowerCase()} with this filter${plan.skipped ? `: ${leftOutText(plan.skipped, plan.differing, plan.undecided)}` : ''}.`,
    );
  return html`<form
    method="post"
    action="${base}"
    hx-post="${base}"
    hx-target="#bulk-panel"
    class="toolbar"
    hx-indicator="#bulk-busy"
  >
    ${csrfField(ctx)}<input type="hidden" name="action" value="${action}" /><input
      type="hidden"
      name="expected"
      value="${plan.groupIds.length}"
    />
    ${[...fields.entries()].map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}
    <span
      ><b>${verb} ${plan.groupIds.length.toLocaleString('en')}</b> suggestion${plan.groupIds.length === 1 ? '' : 's'}
      covering <b>${plan.lines.toLocaleString('en')}</b> bank
      line${plan.lines === 1 ? '' : 's'}${plan.skipped ? html`; left for you: ${leftOutText(plan.skipped, plan.differing, plan.undecided)}` : ''}.
      One transaction: all or nothing.</span
    >
    <button class="primary" data-bulk>${verb} ${plan.groupIds.length.toLocaleString('en')}</button>
    <span id="bulk-busy" class="busy">working…</span>
  </form>`;
}

/**
 * A running bulk job: how far its one transaction has got, re-fetched by htmx until the job ends (the answer then
 * redirects to the queue with the outcome). Nothing is saved before the end: the bar is progress, not a partial result.
 */
export function bulkProgress(url: string, action: 'confirm' | 'reject', p: { done: number; total: number }): Html {
  const verb = action === 'confirm' ? 'Accepting' : 'Rejecting';
  return html`<div id="bulk-job" class="toolbar" hx-get="${url}" hx-trigger="load delay:400ms" hx-swap="outerHTML">
    <progress value="${p.done}" max="${Math.max(1, p.total)}"></progress>
    <span
      >${verb} <b data-done>${p.done.toLocaleString('en')}</b> of <b>${p.total.toLocaleString('en')}</b>… One
      transaction: nothing is saved until all are done, and nothing at all if any fails.</span
    >
  </div>`;
}
