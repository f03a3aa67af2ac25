import { type CurrencyCode, normalizeCurrency } from '../../domain/currency.js';
import { formatMoney } from '../../domain/money.js';
import type { Evidence, EvidenceKind, MatchKind } from '../../domain/reconciliation.js';
import type { BankBalanceSource, BookBalanceSource } from '../../domain/statement.js';
import type { BankOpenedFrom, BookRollForward } from './model.js';

/**
 * The report's codes in the words a person reads: where each balance came from, why an item is on the statement and
 * what evidence a match rests on.
 * The workbook, its CSV variant, the web pages and the CLI's summary all say them this way; the JSON document, the
 * web's signed-statement CSV and the audit filter keep the codes (`stated`, `rule:ng-emtl`) for scripts.
 */

const BANK_SOURCE: Record<BankBalanceSource, string> = {
  'statement-closing': "the statement's closing balance",
  stated: 'as entered',
  'mono-running-balance': "the bank feed's running balance on its last line",
  'mono-account-balance': "the bank feed's account balance",
  unknown: 'not known',
};

const BOOK_SOURCE: Record<BookBalanceSource, string> = {
  'ledger-closing': "the ledger export's closing balance",
  'ledger-api': "the accounting system's account balance",
  'carried-forward': 'carried forward from the last finished reconciliation, with the book entries since',
  stated: 'as entered',
  assumed: "NOT VERIFIED: books assumed to open at the bank's opening balance",
  unknown: 'not known',
};

/** "as entered", "the statement's closing balance"; a source this build does not know is shown as stored. */
export function bankBalanceSourceText(source: string): string {
  return BANK_SOURCE[source as BankBalanceSource] ?? source;
}

/**
 * "as entered", "carried forward from the last finished reconciliation, …"; unknown codes as stored. Carried forward
 * from an agreed starting point (`fromAgreedStart`), it says so: no reconciliation was finished.
 */
export function bookBalanceSourceText(source: string, fromAgreedStart = false): string {
  if (source === 'carried-forward' && fromAgreedStart)
    return 'carried forward from the agreed starting point, with the book entries since';
  return BOOK_SOURCE[source as BookBalanceSource] ?? source;
}

/** Where a period's bank opening comes from, in words: "reconciliation #3 to 2026-09-30". */
export function bankOpeningText(from: BankOpenedFrom): string {
  if (from.kind === 'agreed-start') return `the agreed starting point #${from.id} at ${from.periodEnd}`;
  if (from.kind === 'reconciliation') return `reconciliation #${from.id} to ${from.periodEnd}`;
  return 'before the first line: its running balance less its amount';
}

const BOOKS_OPENING: Record<BookRollForward['openingSource'], string> = {
  assumed: "ASSUMED: the bank's opening balance (the books' own figure is not known)",
  'carried-forward': 'carried forward from the last finished reconciliation',
  agreed: 'the agreed opening: the books’ balance set at the starting point',
  derived: "the books' balance below less the period's entries",
};

/** Where the books' opening of a period comes from, in words (the statement page and the workbook's Summary). */
export function bookOpeningText(source: string): string {
  return BOOKS_OPENING[source as BookRollForward['openingSource']] ?? source;
}

/**
 * A bank line a person explained as bank-only, its whole amount to an account they named: `bank-only:Bank charges`.
 * Not a write-off (`write-off:<account>`), which is the part of a match the books and the bank differ by.
 */
export const bankOnlyCode = (account: string): string => `bank-only:${account}`;

const GROUPS: Record<string, string> = {
  residual: 'residual of a match',
  'recorded-later': 'booked later',
  // matched to an open invoice or bill; the books have no payment of it yet (statement.ts PAYMENT_UNRECORDED)
  'payment-unrecorded': 'payment not yet recorded in the books',
  // matched to a posting the books have deleted or voided since (statement.ts REMOVED_FROM_BOOKS)
  'removed-from-books': 'its book entry deleted from the books since',
  // a line the agreed starting point listed as not in the books (what it is, the reconciliation it came from said)
  'at-start': 'not in the books at the agreed start',
  unexplained: 'not explained',
};

/**
 * Why an item is on the statement: `rule:ng-stamp-duty` with its rule's name → "by rule “Stamp duty ₦50”" (the id is
 * the configuration's, and a name holds colons and brackets of its own, so it is quoted; only a rule with no name, one
 * made in the review app under the id its maker typed, is said by it: "by rule pos-annual"), `write-off:Bank charges`
 * → "write-off to Bank charges", `bank-only:Bank charges` → "bank-only: Bank charges", `recorded-later` → "booked
 * later"; `reversal` and `interest` are words already. The same words in the workbook, its CSV variant and the print
 * page.
 */
export function groupText(group: string, ruleName?: string | null): string {
  const at = group.indexOf(':');
  const kind = at < 0 ? group : group.slice(0, at);
  const name = at < 0 ? '' : group.slice(at + 1);
  if (kind === 'rule' && name) return ruleName ? `by rule “${ruleName}”` : `by rule ${name}`;
  if (kind === 'write-off' && name) return `write-off to ${name}`;
  if (kind === 'bank-only' && name) return `bank-only: ${name}`;
  return GROUPS[group] ?? group;
}

/** "by rule pos-purchases, to 6300 Office supplies": a rule's line says the account the bookkeeper books it under. */
export function groupWithAccount(group: string, postTo?: string | null, ruleName?: string | null): string {
  const why = groupText(group, ruleName);
  return postTo ? `${why}, to ${postTo}` : why;
}

/**
 * Why an item is there in words ("bank-only: Sales:M-Pesa till", "write-off to Bank charges", "not explained"), or
 * null when it has no group or its description already says it: a match's residual is described "write-off to Bank
 * charges: TRF FROM …", and "(write-off to Bank charges)" after it said it twice. The print, the workbook and the
 * statement page give the same words.
 */
export function groupNote(
  description: string,
  group: string | null | undefined,
  postTo?: string | null,
  ruleName?: string | null,
): string | null {
  if (!group) return null;
  const why = groupWithAccount(group, postTo, ruleName);
  return description.startsWith(why) ? null : why;
}

/** An item's description with why it is there (groupNote) after it: "MPESA TILL 880011 (bank-only: Sales:M-Pesa till)". */
export function describedWithGroup(
  description: string,
  group: string | null | undefined,
  postTo?: string | null,
  ruleName?: string | null,
): string {
  const why = groupNote(description, group, postTo, ruleName);
  return why ? `${description} (${why})` : description;
}

const EVIDENCE: Record<EvidenceKind, string> = {
  reference: 'Reference',
  counterparty_account: 'Payer/payee account number',
  counterparty_name: 'Payer/payee name',
  amount_exact: 'Amount agrees',
  amount_within_tolerance: 'Amount differs',
  date: 'Date',
  split_sum: 'Items add up',
  rule: 'Rule',
  sole_candidate: 'Only possible match',
  tie: 'Equally good alternative',
  bank_fee: "Bank's fee on the line",
};

/** `split_sum` → "Items add up"; a kind this build does not know is shown as stored. */
export function evidenceKindText(kind: string): string {
  return EVIDENCE[kind as EvidenceKind] ?? kind;
}

/**
 * A match's evidence as one cell: "Reference (0.6): reference INV-1001 in bank text and ledger entry; Amount agrees
 * (0.3): same amount". The engine writes amounts in its details as minor units; they are shown as money here.
 */
export function evidenceText(evidence: readonly Evidence[], currency: CurrencyCode): string {
  return evidence
    .map((e) => `${evidenceKindText(e.kind)} (${e.weight}): ${minorUnitsInMoney(e.detail, currency)}`)
    .join('; ');
}

/**
 * The engine's details name amounts in minor units ("short by 2605 minor units"); a person reads them in the account's
 * currency ("short by ₦26.05"), never converting kobo or pesewas by hand. A currency this build does not know leaves
 * the text as it is.
 */
export function minorUnitsInMoney(text: string, currency: string): string {
  if (!text.includes(' minor units')) return text;
  let code: CurrencyCode;
  try {
    code = normalizeCurrency(currency);
  } catch {
    return text;
  }
  return text.replace(/(-?\d+) minor units/g, (_, n: string) => formatMoney({ minor: Number(n), currency: code }));
}

const MATCH_KINDS: Record<MatchKind, string> = {
  reference: 'Reference',
  exact: 'Amount and date',
  fuzzy: 'Amount within tolerance',
  split: 'Several items',
  rule: 'Rule',
  manual: 'By hand',
};

/** A match's kind as its sheet's Kind column says it (`fuzzy` → "Amount within tolerance"); unknown kinds as stored. */
export function matchKindText(kind: string): string {
  return MATCH_KINDS[kind as MatchKind] ?? kind;
}

/** A bank's category code in words: "cash_withdrawal" → "Cash withdrawal" (what a person reads in the sheet). */
export function categoryText(category: string): string {
  const words = category.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : category;
}

/**
 * The audit trail's actions and records in the words of the pages. The stored codes ("manual_match",
 * "statement.finish", "match_group") stay what the filter sends and the CSV exports, for scripts; a person reads what
 * happened.
 */
export const ACTION_LABELS: Record<string, string> = {
  confirm: 'Accepted a suggestion',
  reject: 'Rejected a suggestion',
  manual_match: 'Matched by hand',
  unmatch: 'Unmatched',
  undo: 'Undid a decision',
  auto_match: 'Matched automatically',
  suggest: 'Suggested a match',
  supersede: 'Replaced a suggestion (engine re-run)',
  'rule.create': 'Created a rule',
  'account.bind': 'Bound the account to books',
  'account.reauth_link': 'Issued a re-authorisation link',
  'account.expected_holder': 'Recorded the expected account holder',
  'collection.request': 'Requested a DirectPay payment',
  'ledger.post': 'Posted to the books',
  'ledger.post.rejected': 'Posting refused by the books',
  'ledger.settle': 'Settled in the books',
  'ledger.settle.rejected': 'Settlement refused by the books',
  sign_in: 'Signed in',
  'user.add': 'Added a person',
  'user.disable': 'Disabled a person',
  'user.enable': 'Enabled a person',
  'user.reset': "Reset a person's password",
  'user.role': "Changed a person's role",
  'statement.finish': 'Finished a reconciliation',
  'statement.reopen': 'Unlocked a finished reconciliation',
  'statement.start': 'Set an agreed starting point',
};

/** An action in the words of the pages and the workbook: 'statement.finish' → 'Finished a reconciliation'. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/[._]/g, ' ');
}

/**
 * A group of one bank line and no book entry: a line explained as bank-only, its whole amount to an account. Read from
 * a stored group or from the group an audit entry records.
 */
export function bankOnlyGroup(g: { ledgerIds?: readonly unknown[]; bankIds?: readonly unknown[] } | null): boolean {
  return g?.ledgerIds?.length === 0 && g.bankIds?.length === 1;
}

/**
 * A hand match made by accepting a suggestion with a write-off ("Accept…"): stored as any hand match, told apart by
 * the suggestion its audit detail names.
 */
export function acceptedWithWriteOff(detail: unknown): boolean {
  return typeof (detail as { acceptedSuggestionId?: unknown } | null)?.acceptedSuggestionId === 'number';
}

/** The statuses a decision leaves a group in, as the decision that leaves it so. */
const DECIDED_AS: Record<string, string> = {
  confirmed: 'Accepted a suggestion',
  rejected: 'Rejected a suggestion',
  undone: 'Unmatched',
};

/**
 * The decision an undo of an undo puts back, from the group as it restores it (`group`) and the undo it undoes
 * (`undone`, whose detail names an accepted suggestion): "Explained a line as bank-only". Null for a state no
 * decision leaves.
 */
export function decisionPutBack(group: unknown, undone: unknown): string | null {
  const status = (group as { status?: unknown } | null)?.status;
  if (status === 'manual') {
    if (bankOnlyGroup(group as Parameters<typeof bankOnlyGroup>[0])) return 'Explained a line as bank-only';
    return acceptedWithWriteOff(undone) ? 'Accepted with a write-off' : 'Matched by hand';
  }
  return typeof status === 'string' ? (DECIDED_AS[status] ?? null) : null;
}

/**
 * An entry's action in words; a hand match of a bank line to no book entry is a bank-only explanation, and one that
 * accepted a suggestion with a write-off says so. An undo of an undo says what it put back ("Explained a line as
 * bank-only again"): "Undid a decision" twice read the same for opposite states of the line.
 */
export function entryLabel(e: { action: string; after: unknown; detail?: unknown }): string {
  const undoes = (e.detail as { undoes?: { action?: unknown } } | null)?.undoes;
  if (e.action === 'undo' && undoes?.action === 'undo') {
    const back = decisionPutBack(e.after, undoes);
    if (back) return `${back} again`;
  }
  // a line a rule classified as the person saved it: theirs, not the engine's run
  if (typeof (e.detail as { appliedRule?: unknown } | null)?.appliedRule === 'string') {
    if (e.action === 'suggest') return 'Classified by a new rule (awaits review)';
    if (e.action === 'auto_match') return 'Matched by a new rule';
  }
  if (e.action === 'manual_match' && bankOnlyGroup(e.after as Parameters<typeof bankOnlyGroup>[0]))
    return 'Explained a line as bank-only';
  if (e.action === 'manual_match' && acceptedWithWriteOff(e.detail)) return 'Accepted with a write-off';
  if (e.action === 'statement.reopen' && isOpening(e)) return 'Undid an agreed starting point';
  return actionLabel(e.action);
}

/** A starting point's own rows (set, undone) say so; rows written before the kind was kept cannot. */
const isOpening = (e: { after: unknown }) => (e.after as { kind?: unknown } | null)?.kind === 'opening';

const ENTITY_LABELS: Record<string, string> = {
  match_group: 'match',
  match_write_back: 'write-back',
  match_write_off: 'write-off',
  ledger_entry: 'book entry',
  ledger_posting: 'posting',
  statement_reconciliation: 'reconciliation',
  user: 'person',
  account: 'account',
  rule: 'rule',
};

/** "match #3529", "reconciliation #1", "account acc-main"; an agreed starting point's rows "starting point #1". */
export function entityLabel(type: string, id: string, after: unknown = null): string {
  const label =
    type === 'statement_reconciliation' && isOpening({ after })
      ? 'starting point'
      : (ENTITY_LABELS[type] ?? type.replace(/_/g, ' '));
  return /^\d+$/.test(id) ? `${label} #${id}` : `${label} ${id}`;
}
