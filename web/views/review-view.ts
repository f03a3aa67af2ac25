import type { Flash } from '../flash.js';
import { needsWriteOff } from '../../activities/review-decisions.js';
import type { AuditEntry } from '../../db/audit-repository.js';
import { heldByBooks, isPosting } from '../../domain/ledger.js';
import { entryLabel } from '../action-labels.js';
import { heldVerb, isBankOnly } from '../held-words.js';
import type { QueueFilter } from '../../db/review-repository.js';
import type { AccountRow, BankTransactionRow, LedgerEntryRow } from '../../db/schema.js';
import { counted, maskNumbers, minorUnitsInMoney, money, percent, signedMoney, when } from '../format.js';
import { html, type Html } from '../html.js';
import type { CarriedReversal } from '../carried-reversals.js';
import { type BooksHeld, type Candidate, ledgerSourceOf, type QueueLine } from '../review-data.js';
import { evidenceNamesRule } from '../rule-evidence.js';
import { booksNotice, noCandidateText } from './books-notice.js';
import { entryName, whyNothingText } from './nothing-suggested-view.js';
import { csrfField, notice } from './layout.js';

/** A decision the person can still undo, with the bank lines and book entries it was on. */
export interface UndoableDecision {
  entry: AuditEntry;
  bank: BankTransactionRow[];
  ledger: LedgerEntryRow[];
}

export interface ReviewContext {
  account: AccountRow;
  csrfToken: string;
  canDecide: boolean;
  canAdmin: boolean;
  /** The queue's URL with its filter, where plain (non-htmx) forms come back to. */
  back: string;
  /** What the account's books hold, where the page asked (booksHeld); else only an unbound account is known. */
  books?: BooksHeld;
}

/** What the books hold as far as the context knows: asked by the page, or (a row on its own) the binding alone. */
function booksOf(ctx: ReviewContext): BooksHeld | undefined {
  return ctx.books ?? (ledgerSourceOf(ctx.account) ? undefined : { kind: 'unbound' });
}

export function filterQuery(f: QueueFilter, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  p.set('view', f.view);
  if (f.minConfidence !== undefined) p.set('min', String(Math.round(f.minConfidence * 100)));
  if (f.ruleId) p.set('rule', f.ruleId);
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  if (f.text) p.set('q', f.text);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p.toString();
}

function signed(minor: number, currency: string): Html {
  return html`<span class="${minor >= 0 ? 'cr' : 'dr'}">${signedMoney(minor, currency)}</span>`;
}

/**
 * What a candidate is, for its buttons' accessible names: every candidate's buttons read "Accept" and "Reject", so a
 * screen reader user tabbing through a line of three candidates heard three identical pairs.
 */
function candidateName(c: Candidate): string {
  const parts = [
    ...c.ledger.map((l) =>
      [l.entry_date, l.reference, l.party, signedMoney(Number(l.amount_minor), l.currency)].filter(Boolean).join(' '),
    ),
    ...c.otherBank.map((b) => `bank line ${b.business_date} ${signedMoney(Number(b.amount_minor), b.currency)}`),
    ...(c.group.proposed ? [`post to ${c.group.proposed.account}`] : []),
  ];
  return maskNumbers(`${parts.join(', ')} (${percent(c.group.confidence)} confidence)`);
}

function confClass(c: number): string {
  return c >= 0.9 ? 'hi' : c >= 0.6 ? 'mid' : 'lo';
}

/**
 * What an entry is in the books, where the books hold both kinds (an accounting system's open invoices beside the
 * payments on its bank account): an invoice or bill a line may pay is not money in the books until its payment is
 * recorded; a payment is. Said for every entry of a line once one of its entries is a document, and for a posting the
 * books have deleted since a match took it.
 */
function entryKindWords(l: LedgerEntryRow, withKinds: boolean): string | null {
  if (isPosting(l) && !heldByBooks(l)) return 'deleted from the books since';
  if (!withKinds) return null;
  if (isPosting(l)) return 'already recorded in the books';
  return Number(l.amount_minor) < 0
    ? 'open bill: its payment not yet recorded'
    : 'open invoice: its payment not yet recorded';
}

const ledgerEntry =
  (withKinds: boolean) =>
  (l: LedgerEntryRow): Html => {
    const label = [l.reference, l.party, l.description].filter((x): x is string => !!x);
    const kind = entryKindWords(l, withKinds);
    return html`<li>
      <span class="d">${l.entry_date}</span
      ><span
        >${label.map((t, i) => html`${i ? ' · ' : ''}${maskNumbers(t)}`)}${
          kind ? html` <em class="kind">(${kind})</em>` : ''
        }</span
      ><span class="a num">${signed(Number(l.amount_minor), l.currency)}</span>
    </li>`;
  };

/** What a group was proposed or made on, in the engine's words (money in the group's currency). */
function evidenceList(g: Candidate['group']): Html | string {
  if (g.evidence.length === 0 && !g.ruleId) return '';
  return html`<ul class="evidence">
    ${g.evidence.map((e) => html`<li>${maskNumbers(minorUnitsInMoney(e.detail, g.currency))}</li>`)}${g.ruleId && !evidenceNamesRule(g.evidence, g.ruleId) ? html`<li>rule <b>${g.ruleId}</b></li>` : ''}
  </ul>`;
}

/** A match of documents only: the books hold no payment of the line yet (the statement's payment-unrecorded). */
const unrecordedPayment = (entries: readonly LedgerEntryRow[]): boolean =>
  entries.length > 0 && entries.every((e) => !heldByBooks(e)) && anyDocument(entries);

/** Whether any of these entries is a document: then each entry of the line says what it is. */
const anyDocument = (entries: readonly LedgerEntryRow[]): boolean => entries.some((e) => !isPosting(e));

function bankMini(b: BankTransactionRow): Html {
  return html`<li>
    <span class="d">${b.business_date}</span><span>bank line: ${maskNumbers(b.narration)}</span
    ><span class="a num">${signed(Number(b.amount_minor), b.currency)}</span>
  </li>`;
}

function differenceText(c: Candidate): Html {
  const g = c.group;
  if (g.writeOff && isBankOnly(c))
    return html`<div class="sub">To the ledger account <b>${g.writeOff.account}</b></div>`;
  // beyond the tolerance, the row says so and why: a reviewer checking the month's write-offs tells one a person
  // justified from one within tolerance without opening each line's history
  if (g.writeOff)
    return html`<div class="sub">
      Writes off ${money(g.writeOff.amountMinor, g.currency)} to <b>${g.writeOff.account}</b>${
        c.overrideReason !== undefined
          ? html`<span class="override"
              >, beyond the tolerance, overridden${c.decider ? html` by <b>${c.decider}</b>` : ''}:
              ${maskNumbers(c.overrideReason)}</span
            >`
          : ''
      }
    </div>`;
  if (g.differenceMinor !== 0)
    return html`<div class="sub">Difference ${money(g.differenceMinor, g.currency)} (bank minus books)</div>`;
  return html``;
}

function postForm(
  ctx: ReviewContext,
  lineId: number,
  action: string,
  body: Html,
  fields: Record<string, string | number> = {},
): Html {
  return html`<form
    method="post"
    action="${action}"
    hx-post="${action}"
    hx-target="#line-${lineId}"
    hx-swap="outerHTML"
    class="inline"
  >
    ${csrfField(ctx)}<input type="hidden" name="line" value="${lineId}" /><input
      type="hidden"
      name="back"
      value="${ctx.back}"
    />${Object.entries(fields).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`)}${body}
  </form>`;
}

function candidateBlock(ctx: ReviewContext, lineId: number, c: Candidate, first: boolean, withKinds: boolean): Html {
  const g = c.group;
  const base = `/accounts/${encodeURIComponent(ctx.account.id)}/groups/${g.id}`;
  const proposed = g.proposed
    ? html`<li>
        <span class="d">proposed</span><span>${maskNumbers(g.proposed.description)} → <b>${g.proposed.account}</b></span
        ><span class="a num">${signed(g.proposed.amountMinor, g.currency)}</span>
      </li>`
    : '';
  // Amounts that differ are accepted only with a write-off saying where the difference goes: Accept (and the a key)
  // opens that panel instead of storing the match as if exact.
  const differs = needsWriteOff(g);
  const name = candidateName(c);
  const accept = differs
    ? html`<button
        type="button"
        class="primary"
        aria-label="Accept with a write-off: ${name}"
        ${first ? html`data-key="accept"` : ''}
        data-panel
        hx-get="${base}/write-off?line=${lineId}"
        hx-target="#panel-${lineId}"
        title="The amounts differ: say where the difference goes"
      >
        Accept…
      </button>`
    : postForm(
        ctx,
        lineId,
        `${base}/confirm`,
        html`<button class="primary" aria-label="Accept: ${name}" ${first ? html`data-key="accept"` : ''}>
          Accept
        </button>`,
      );
  return html`<div class="cand" data-group="${g.id}">
    <div class="conf ${confClass(g.confidence)}" title="confidence">${percent(g.confidence)}</div>
    <div>
      <ul class="entries">
        ${c.ledger.map(ledgerEntry(withKinds))}${c.otherBank.map(bankMini)}${proposed}
      </ul>
      ${evidenceList(g)} ${differenceText(c)}
    </div>
    <div class="acts">
      ${
        ctx.canDecide
          ? html`${accept}
            ${postForm(ctx, lineId, `${base}/reject`, html`<button aria-label="Reject: ${name}" ${first ? html`data-key="reject"` : ''}>Reject</button>`)}`
          : ''
      }
    </div>
  </div>`;
}

/** The Confidence filter's choices, in percent. */
const MIN_CHOICES = ['99', '95', '90', '80', '50'];

/** A confidence filter as its choice reads: "≥ 90%". */
const atLeast = (min: number): string => `≥ ${Math.round(min * 100)}%`;

/**
 * What confidence means on the tab shown, under a confidence filter: on Matched, the score of the match holding the
 * line, which a person's own match does not have (the lines it holds are left out, and the page says so).
 */
function confidenceNote(f: QueueFilter): Html | '' {
  if (f.minConfidence === undefined || f.view !== 'matched') return '';
  return html`<div class="sub" id="confidence-note">
    Confidence ${atLeast(f.minConfidence)}: lines whose match the engine scored at least that (matched automatically, a
    suggestion accepted, a rule's posting). A match made by hand (find &amp; match, bank-only, an accept with a
    write-off) carries no confidence, so its line is listed only under “any”.
  </div>`;
}

/**
 * Why the queue is empty: a filter that matches nothing is not "every suggestion is decided", nor is an account whose
 * books are not bound or hold no entries (nothing could be suggested; the notice above the tabs says what to do).
 */
function emptyQueue(f: QueueFilter, books: BooksHeld | undefined, unknownRule: boolean): string {
  if (f.ruleId && unknownRule) return `No rule “${f.ruleId}” on this account: nothing is listed under it.`;
  if (f.ruleId && f.view === 'unmatched')
    return `No unmatched line is listed under rule ${f.ruleId}: a line a rule explains awaits review or is matched.`;
  if (f.minConfidence !== undefined && f.view === 'unmatched')
    return `No unmatched line is listed at ${atLeast(f.minConfidence)} confidence: an unmatched line has no candidate, so nothing on this tab carries a confidence. Choose “any” confidence to see them.`;
  if (f.text || f.ruleId || f.from || f.to || f.minConfidence !== undefined)
    return 'No line of this tab matches the filter; clear it to see the others.';
  if (f.view !== 'suggested') return 'Nothing here.';
  if (books?.kind === 'unbound')
    return 'Nothing awaits review: no match can be suggested before the account is bound to its books.';
  if (books?.kind === 'empty')
    return 'Nothing awaits review: no match can be suggested while the books hold no entries.';
  return 'Nothing here — every suggestion is decided.';
}

/** One bank line with its candidates (or its match), and a panel for find-and-match, write-off, rules. */
/** A line reversing a carried one, in words: what it reverses, and that nothing is to be decided or posted. */
function reversesText(r: CarriedReversal, currency: string): string {
  const l = r.line;
  const what = `Reverses ${l.date} ${l.description} ${signedMoney(l.signedMinor, currency)}`;
  return maskNumbers(
    r.finished
      ? `${what}, a line carried as not in the books: reconciliation #${r.checkpointId} was finished with the two cancelling and listed neither.`
      : `${what}, carried from reconciliation #${r.checkpointId} as not in the books: the two cancel and the books post neither, so the statement lists neither and this line needs no decision.`,
  );
}

/** `oob`: the row is a part of another row's answer, swapped in place of its own (`hx-swap-oob`). */
export function lineRow(rctx: ReviewContext, q: QueueLine, extra?: Html, opts: { oob?: boolean } = {}): Html {
  // A line in a finished reconciliation offers no decision: every one would be refused (409) until an admin reopens.
  const ctx = q.locked ? { ...rctx, canDecide: false } : rctx;
  const b = q.bank;
  const id = Number(b.id);
  const acct = `/accounts/${encodeURIComponent(ctx.account.id)}`;
  const right = q.held
    ? html`<div class="cand">
        <div class="conf hi">✓</div>
        <div>
          <div class="decided">
            ${heldVerb(q.held)}${q.held.decider ? html` by <b>${q.held.decider}</b>` : ''}${q.held.group.decidedAt ? html` · ${when(q.held.group.decidedAt, ctx.account.timezone)}` : ''}
          </div>
          <ul class="entries">
            ${q.held.ledger.map(ledgerEntry(anyDocument(q.held.ledger)))}${q.held.otherBank.map(bankMini)}${
              q.held.group.proposed
                ? q.held.ledger.length > 0
                  ? html`<li>
                      <span class="d">posted</span
                      ><span
                        >${maskNumbers(q.held.group.proposed.description)} →
                        <b>${q.held.group.proposed.account}</b></span
                      >
                    </li>`
                  : // nothing in the books yet: say what to post there, the amount and the account, as the statement
                    // lists it among the lines not in the books until the books hold it
                    html`<li>
                      <span class="d">to post in the books</span
                      ><span
                        >${signed(q.held.group.proposed.amountMinor, q.held.group.currency)} to
                        <b>${q.held.group.proposed.account}</b> ·
                        ${maskNumbers(q.held.group.proposed.description)}</span
                      >
                    </li>`
                : ''
            }${
              unrecordedPayment(q.held.ledger)
                ? html`<li class="kind">
                    <em
                      >Record this payment in the books against the invoices and bills above: until then the statement
                      lists the line as not in the books.</em
                    >
                  </li>`
                : ''
            }
          </ul>
          ${evidenceList(q.held.group)} ${differenceText(q.held)}
        </div>
        <div class="acts">
          ${ctx.canDecide ? postForm(ctx, id, `${acct}/groups/${q.held.group.id}/unmatch`, unmatchButton(q.held)) : ''}
        </div>
      </div>`
    : q.reverses
      ? // a rule's proposal for it stays on offer, but the statement pairs it: the words say so first
        [
          html`<div class="sub reverses">
            ${reversesText(q.reverses, b.currency)}${q.candidates.length ? ' Leave the proposal below undecided: accepting it would post the reversal to the books instead.' : ''}
          </div>`,
          ...q.candidates.map((c, i) => candidateBlock(ctx, id, c, i === 0, false)),
        ]
      : q.candidates.length
        ? q.candidates.map((c, i) =>
            candidateBlock(
              ctx,
              id,
              c,
              i === 0,
              q.candidates.some((x) => anyDocument(x.ledger)),
            ),
          )
        : q.locked
          ? ''
          : q.whyNothing
            ? whyNothingText(q.whyNothing, ctx.account.timezone)
            : html`<div class="sub">${noCandidateText(booksOf(ctx))}</div>`;
  // A group named by its line, focused by j/k (app.js), so a screen reader says which line a or r will decide.
  const lineName = maskNumbers(
    `Bank line ${b.business_date} ${signedMoney(Number(b.amount_minor), b.currency)} ${b.narration}`,
  );
  return html`<div
    class="line"
    id="line-${id}"
    data-line="${id}"
    role="group"
    aria-label="${lineName}"
    tabindex="-1"
    ${opts.oob ? html`hx-swap-oob="true"` : ''}
  >
    <div class="bank">
      <div class="row1">
        <span>${b.business_date}</span><span class="amt">${signed(Number(b.amount_minor), b.currency)}</span>
      </div>
      <div class="narr">${maskNumbers(b.narration)}</div>
      <div class="meta">
        ${b.counterparty_name ? html`${maskNumbers(b.counterparty_name)} · ` : ''}${b.reference ? html`ref ${maskNumbers(b.reference)} · ` : ''}${b.balance_minor !== null ? html`balance ${money(Number(b.balance_minor), b.currency)}` : ''}
      </div>
      ${
        ctx.canDecide && !q.held
          ? html`<div class="tools">
              <button type="button" hx-get="${acct}/lines/${id}/find" hx-target="#panel-${id}">Find &amp; match</button>
              <button type="button" hx-get="${acct}/lines/${id}/bank-only" hx-target="#panel-${id}">Bank-only…</button>
              ${ctx.canAdmin ? html`<button type="button" hx-get="${acct}/lines/${id}/rule" hx-target="#panel-${id}">Create rule…</button>` : ''}
              <a href="/audit?account=${encodeURIComponent(ctx.account.id)}&amp;line=${id}">History</a>
            </div>`
          : html`<div class="tools">
              <a href="/audit?account=${encodeURIComponent(ctx.account.id)}&amp;line=${id}">History</a>
            </div>`
      }
    </div>
    <div class="cands">
      ${extra ?? ''}${
        q.locked?.kind === 'opening'
          ? html`<div class="sub locked">
              Before the agreed starting point #${q.locked.checkpointId} at ${q.locked.through}: out of scope and
              locked; an admin must unlock the starting point to change this line.
            </div>`
          : q.locked
            ? html`<div class="sub locked">
                In reconciliation #${q.locked.checkpointId} finished to
                ${q.locked.through}${q.held || q.reverses ? '' : html` (the bank reported it after)`}: locked; an admin
                must reopen it to change this line.
              </div>`
            : ''
      }${right}
    </div>
    <div class="panel" id="panel-${id}"></div>
  </div>`;
}

/**
 * The Unmatch button of a match; one of several bank lines or entries asks first, naming what comes apart with the
 * line (the engine does not suggest a pair a person unmatched again).
 */
function unmatchButton(held: Candidate): Html {
  if (held.otherBank.length === 0 && held.ledger.length <= 1)
    return html`<button class="danger" data-key="reject">Unmatch</button>`;
  const parts = [
    ...held.otherBank.map(
      (o) => `the bank line ${o.business_date} ${signedMoney(Number(o.amount_minor), o.currency)} ${o.narration}`,
    ),
    ...held.ledger.map((l) => entryName(l)),
  ];
  // an engine-made match a person takes apart is ruled out of later runs; a hand match may be offered again
  const again = held.group.status === 'manual' ? '' : ' The engine will not suggest them together again.';
  const ask = maskNumbers(`Unmatch this line from ${parts.join(', ')}?${again}`);
  return html`<button class="danger" data-key="reject" data-confirm="${ask}">Unmatch</button>`;
}

/** The last decision's subject, for the Undo bar: " — <first bank line> (and n more) · <entries>", or nothing. */
function decisionSubject(d: UndoableDecision): string {
  const [first] = d.bank;
  if (!first) return '';
  const more = d.bank.length > 1 ? ` and ${counted(d.bank.length - 1, 'more line')}` : '';
  const entries = d.ledger.length ? ` · ${d.ledger.map(entryName).join(', ')}` : '';
  return maskNumbers(
    ` — ${first.business_date} ${first.narration} ${signedMoney(Number(first.amount_minor), first.currency)}${more}${entries}`,
  );
}

/**
 * The bar under the queue: the person's last decision that can still be undone, in words, and its Undo (the u key).
 * On the page a plain form; swapped in by a decision (`lineId`), one that answers in place of the decision's row.
 */
function undoBar(ctx: ReviewContext, d: UndoableDecision | undefined, lineId?: number): Html | '' {
  if (!d || !ctx.canDecide) return '';
  const acct = `/accounts/${encodeURIComponent(ctx.account.id)}`;
  const words = html`<span class="sub"
    >Your last decision: ${entryLabel(d.entry)}${decisionSubject(d)}, ${when(d.entry.at, ctx.account.timezone)}</span
  >`;
  if (lineId !== undefined)
    return postForm(ctx, lineId, `${acct}/undo`, html`${words} <button type="submit">Undo</button>`, {
      auditId: d.entry.id,
    });
  return html`<form method="post" action="${acct}/undo">
    ${csrfField(ctx)}<input type="hidden" name="auditId" value="${d.entry.id}" /><input
      type="hidden"
      name="back"
      value="${ctx.back}"
    />${words}
    <button>Undo</button>
  </form>`;
}

/**
 * The row after a decision: its new state, what happened, and the undo for it (also bound to the u key). The bar
 * under the queue is swapped too, naming the decision as the page does (`last`: the person's last undoable decision).
 */
export function decidedRow(
  ctx: ReviewContext,
  q: QueueLine,
  message: string,
  auditId: number | null,
  last?: UndoableDecision,
): Html {
  const id = Number(q.bank.id);
  const undoHere =
    auditId !== null && ctx.canDecide
      ? html`<div class="undo-inline">
          ${postForm(ctx, id, `/accounts/${encodeURIComponent(ctx.account.id)}/undo`, html`<button type="submit">Undo</button>`, { auditId })}
        </div>`
      : '';
  const bar = ctx.canDecide ? html`<div id="last-undo" hx-swap-oob="true">${undoBar(ctx, last, id)}</div>` : '';
  return html`${lineRow(ctx, q, html`${notice('ok', message)}${undoHere}`)}${bar}`;
}

/**
 * The decision's other bank lines (the second part payment of a match by hand, a settlement's other line), each
 * swapped in place of its row by the same answer: left as they were, they offered the candidates and buttons of a
 * line already decided. A line not on the page is skipped by htmx.
 */
export function alsoDecidedRows(ctx: ReviewContext, lines: readonly QueueLine[], message: string): Html {
  return html`${lines.map((q) => lineRow(ctx, q, notice('ok', message), { oob: true }))}`;
}

export function conflictRow(ctx: ReviewContext, q: QueueLine, message: string): Html {
  return lineRow(ctx, q, notice('warn', message));
}

export interface QueuePage {
  filter: QueueFilter;
  lines: QueueLine[];
  total: number;
  page: number;
  pages: number;
  counts: { suggested: number; unmatched: number; matched: number };
  /** The rules that explain lines of this tab, with how many each would list under the rest of the filter. */
  rules: Array<{ ruleId: string; n: number; name: string | null }>;
  /** The name of the rule the filter names when it explains no line of this tab (null: none known). */
  typedRuleName?: string | null;
  /** The filter's rule names no rule at all (the page says so, and lists nothing under it). */
  unknownRule?: boolean;
  flash?: Flash | undefined;
  /** The signed-in person's latest decision on this account that can still be undone, and what it was on. */
  lastUndo?: UndoableDecision | undefined;
  /** Why the filter typed was not taken, and what was typed (kept in the form to be corrected). */
  error?: string | undefined;
  typed?: Record<string, string> | undefined;
}

/**
 * The queue's tabs with their counts. A decision made in place (its row swapped alone) tells the page so
 * (HX-Trigger bankfeed:decided), and the tabs fetch their counts again under the same filter: a line accepted leaves
 * "Awaiting review" and is counted under "Matched" without a reload.
 */
export function queueTabs(ctx: ReviewContext, f: QueueFilter, counts: QueuePage['counts']): Html {
  const acct = `/accounts/${encodeURIComponent(ctx.account.id)}`;
  const tab = (view: QueueFilter['view'], label: string, n: number) =>
    html`<a href="${acct}/review?${filterQuery({ ...f, view }, {})}" class="${f.view === view ? 'current' : ''}"
      >${label} <span class="sub">${n.toLocaleString('en')}</span></a
    >`;
  return html`<div
    class="tabs"
    id="queue-tabs"
    hx-get="${acct}/review/tabs?${filterQuery(f, {})}"
    hx-trigger="bankfeed:decided from:body"
    hx-swap="outerHTML"
  >
    ${tab('suggested', 'Awaiting review', counts.suggested)}${tab('unmatched', 'Unmatched', counts.unmatched)}${tab('matched', 'Matched', counts.matched)}
  </div>`;
}

export function reviewPage(ctx: ReviewContext, p: QueuePage): Html {
  const acct = `/accounts/${encodeURIComponent(ctx.account.id)}`;
  const f = p.filter;
  const pageLink = (n: number, label: string) =>
    n >= 1 && n <= p.pages
      ? html`<a href="${acct}/review?${filterQuery(f, { page: String(n) })}">${label}</a>`
      : html`<span class="sub">${label}</span>`;
  const minSel = (v: string, label: string) =>
    html`<option
      value="${v}"
      ${String(f.minConfidence === undefined ? '' : Math.round(f.minConfidence * 100)) === v ? 'selected' : ''}
    >
      ${label}
    </option>`;
  return html`<h1>
      ${ctx.account.name}
      <span class="sub"
        >· ${ctx.account.institution_name ?? ''} ·
        ${ctx.account.currency}${ctx.account.account_number_masked ? html` · ••••${ctx.account.account_number_masked.slice(-4)}` : ''}</span
      >
    </h1>
    <div class="sub">
      <a href="/">Accounts</a> › Review · <a href="${acct}/statement">Statement checkpoint</a> ·
      <a href="/audit?account=${encodeURIComponent(ctx.account.id)}">Audit</a>
    </div>
    ${p.flash ? notice(p.flash.kind, p.flash.text) : ''}${p.error ? notice('error', p.error) : ''}${booksNotice(booksOf(ctx), ctx.canAdmin)}
    <form class="toolbar" method="get" action="${acct}/review">
      <input type="hidden" name="view" value="${f.view}" />
      <label
        >Search
        <input
          type="search"
          name="q"
          value="${p.typed?.q ?? f.text ?? ''}"
          placeholder="narration, party, reference"
          data-search
      /></label>
      <label
        >Confidence
        ${html`<select name="min">
          ${minSel('', 'any')}${MIN_CHOICES.map((v) => minSel(v, `≥ ${v}%`))}${
            // a figure typed into the address, not one of the choices: shown as applied, so Filter keeps it
            f.minConfidence !== undefined && !MIN_CHOICES.includes(String(Math.round(f.minConfidence * 100)))
              ? minSel(String(Math.round(f.minConfidence * 100)), atLeast(f.minConfidence))
              : ''
          }
        </select>`}</label
      >
      <label
        >Rule
        <select name="rule">
          <option value="">any</option>
          ${p.rules.map((r) => html`<option value="${r.ruleId}" ${f.ruleId === r.ruleId ? 'selected' : ''}>${r.name ?? r.ruleId} (${r.n})</option>`)}
          ${
            // the filter as applied, though the rule explains no line of this tab (or names no rule): the page says
            // which filter it is
            f.ruleId && !p.rules.some((r) => r.ruleId === f.ruleId)
              ? html`<option value="${f.ruleId}" selected>
                  ${p.typedRuleName ?? f.ruleId} (${p.unknownRule ? 'no such rule' : '0'})
                </option>`
              : ''
          }
        </select></label
      >
      <label>From <input type="date" name="from" value="${p.typed?.from ?? f.from ?? ''}" /></label>
      <label>To <input type="date" name="to" value="${p.typed?.to ?? f.to ?? ''}" /></label>
      <button>Filter</button>
      ${
        // no bulk action on a filter refused (it would count the whole account) nor on an empty queue
        ctx.canDecide && f.view === 'suggested' && !p.error && p.counts.suggested > 0
          ? html`<span class="bulk">
              <button
                type="button"
                hx-get="${acct}/bulk?${filterQuery(f, { action: 'confirm' })}"
                hx-target="#bulk-panel"
              >
                Accept all matching…
              </button>
              <button
                type="button"
                hx-get="${acct}/bulk?${filterQuery(f, { action: 'reject' })}"
                hx-target="#bulk-panel"
              >
                Reject all matching…
              </button>
            </span>`
          : ''
      }
    </form>
    <div id="bulk-panel"></div>
    ${queueTabs(ctx, f, p.counts)} ${confidenceNote(f)}
    <div class="queue" id="queue">
      ${p.lines.length ? p.lines.map((l) => lineRow(ctx, l)) : html`<div class="panel">${emptyQueue(f, booksOf(ctx), p.unknownRule === true)}</div>`}
    </div>
    <div class="pager">
      ${pageLink(p.page - 1, '‹ Previous')}<span>Page ${p.page} of ${p.pages} · ${counted(p.total, 'line')}</span
      >${pageLink(p.page + 1, 'Next ›')}<span class="sub"
        >${ctx.canDecide ? 'Keys: j/k move · a accept · r reject · / search · u undo · ? help' : 'Keys: j/k move · / search · ? help'}</span
      >
    </div>
    <div id="last-undo">${undoBar(ctx, p.lastUndo)}</div>`;
}
