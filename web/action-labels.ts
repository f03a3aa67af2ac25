import { bankOnlyGroup } from './held-words.js';

/**
 * The audit trail's actions and records in the words of the pages. The stored codes ("manual_match",
 * "statement.finish", "match_group") stay what the filter sends and the CSV exports, for scripts; a person reads what
 * happened.
 */
const ACTION_LABELS: Record<string, string> = {
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

/** Every action the app, the CLI and the engine write, in the order the audit filter offers them. */
export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS);

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action.replace(/[._]/g, ' ');
}

/**
 * A hand match made by accepting a suggestion with a write-off ("Accept…"): stored as any hand match, told apart by
 * the suggestion its audit detail names.
 */
export function acceptedWithWriteOff(detail: unknown): boolean {
  return typeof (detail as { acceptedSuggestionId?: unknown } | null)?.acceptedSuggestionId === 'number';
}

/**
 * An entry's action in words; a hand match of a bank line to no book entry is a bank-only explanation, and one that
 * accepted a suggestion with a write-off says so.
 */
export function entryLabel(e: { action: string; after: unknown; detail?: unknown }): string {
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
