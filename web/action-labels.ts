import { bankOnlyGroup } from './held-words.js';

import { ACTION_LABELS, actionLabel } from '../adapters/reports/report-words.js';

export { actionLabel };

/** Every action the app, the CLI and the engine write, in the order the audit filter offers them. */
export const AUDIT_ACTIONS = Object.keys(ACTION_LABELS);

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
