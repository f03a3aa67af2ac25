import { bankBalanceSourceText, bookBalanceSourceText } from '../adapters/reports/report-words.js';
import type { AuditEntry } from '../db/audit-repository.js';
import type { BankTransactionRow, LedgerEntryRow } from '../db/schema.js';
import { acceptedWithWriteOff, actionLabel, entryLabel } from './action-labels.js';
import { bankOnlyGroup } from './held-words.js';
import { money } from './format.js';

/** A match's stored status in the words the queue uses for it. */
const STATUS_WORDS: Record<string, string> = {
  auto: 'matched automatically',
  suggested: 'suggested',
  confirmed: 'accepted',
  rejected: 'rejected',
  manual: 'matched by hand',
  undone: 'undone',
};

// A hand match that accepted a suggestion with a write-off is stored as `manual` too; `accepted` tells it apart.
const statusWord = (s: string | undefined, accepted = false) =>
  s === 'manual' && accepted ? 'accepted with a write-off' : s ? (STATUS_WORDS[s] ?? s.replace(/_/g, ' ')) : '—';

/** The bank lines and book entries an audit page names, by id, to be told by their date, amount and text. */
export interface AuditItems {
  bank: Map<number, BankTransactionRow>;
  ledger: Map<number, LedgerEntryRow>;
  /**
   * The hand matches on the page that accepted a suggestion with a write-off: an unmatch (or its undo) of one is
   * named as that decision too, though its own entry does not carry the suggestion.
   */
  acceptedGroups?: Set<number>;
}

function bankWords(id: number, items: AuditItems): string {
  const b = items.bank.get(id);
  return b ? `${b.business_date} ${money(Number(b.amount_minor), b.currency)} ${b.narration}` : `line #${id}`;
}

function ledgerWords(id: number, items: AuditItems): string {
  const l = items.ledger.get(id);
  if (!l) return `entry #${id}`;
  const text = [l.reference, l.party ?? l.description].filter(Boolean).join(' ');
  return `${l.entry_date} ${money(Number(l.amount_minor), l.currency)}${text ? ` ${text}` : ''}`;
}

/** The ids of bank lines and book entries the entries' changes name. */
export function itemIdsOf(entries: AuditEntry[]): { bank: Map<string, number[]>; ledger: number[] } {
  const bank = new Map<string, number[]>();
  const ledger: number[] = [];
  for (const e of entries) {
    const a = e.after as {
      bankIds?: number[];
      ledgerIds?: number[];
      outstanding?: Array<{ id: string }>;
      outstandingLines?: Array<{ id: string }>;
    } | null;
    const lines = [...(a?.bankIds ?? []), ...(a?.outstandingLines ?? []).map((o) => Number(o.id))];
    if (lines.length && e.accountId) bank.set(e.accountId, [...(bank.get(e.accountId) ?? []), ...lines]);
    if (a?.ledgerIds) ledger.push(...a.ledgerIds);
    if (a?.outstanding) ledger.push(...a.outstanding.map((o) => Number(o.id)));
  }
  return { bank, ledger };
}

/** The bank lines and book entries an entry's change names, each in words (none when it names none). */
export function itemsInWords(e: AuditEntry, items: AuditItems): { bank: string[]; books: string[] } {
  const a = e.after as { bankIds?: number[]; ledgerIds?: number[] } | null;
  return {
    bank: (a?.bankIds ?? []).map((id) => bankWords(id, items)),
    books: (a?.ledgerIds ?? []).map((id) => ledgerWords(id, items)),
  };
}

/**
 * What changed, in words: the match's status move, the bank lines and book entries by date, amount and text (the
 * page had "bank 927; books 5000", ids nobody can look up), the write-off or the account a bank-only line went to,
 * the override's reason; money in the account's currency. Without `items` (the CSV, for scripts) lines and entries
 * keep their ids.
 */
export function changeInWords(e: AuditEntry, currency: string, items?: AuditItems): string {
  const b = e.before as { status?: string } | null;
  const a = e.after as {
    status?: string;
    bankIds?: number[];
    ledgerIds?: number[];
    writeOff?: { account: string; amountMinor: number } | null;
    kind?: string;
    periodEnd?: string;
    statementBalanceMinor?: number;
    statementBalanceSource?: string | null;
    bookBalanceMinor?: number;
    bookBalanceSource?: string;
    fromAgreedStart?: boolean;
    outstanding?: Array<{ id: string; date: string; amountMinor: number }>;
    outstandingLines?: Array<{ id: string; date: string; amountMinor: number }>;
  } | null;
  const parts: string[] = [];
  const accepted =
    acceptedWithWriteOff(e.detail) ||
    acceptedWithWriteOff((e.detail as { undoes?: unknown } | null)?.undoes) ||
    (e.entityType === 'match_group' && !!items?.acceptedGroups?.has(Number(e.entityId)));
  if (b?.status || a?.status)
    parts.push(
      items
        ? `${statusWord(b?.status, accepted)} → ${statusWord(a?.status, accepted)}`
        : `${b?.status ?? '—'} → ${a?.status ?? '—'}`,
    );
  if (a?.bankIds)
    parts.push(
      items ? `bank: ${a.bankIds.map((id) => bankWords(id, items)).join(', ')}` : `bank ${a.bankIds.join(', ')}`,
    );
  if (a?.ledgerIds?.length)
    parts.push(
      items
        ? `books: ${a.ledgerIds.map((id) => ledgerWords(id, items)).join(', ')}`
        : `books ${a.ledgerIds.join(', ')}`,
    );
  // A bank-only line has nothing written off: its whole amount goes to the account.
  const bankOnly = bankOnlyGroup(a);
  if (a?.writeOff)
    parts.push(
      bankOnly && items
        ? `to the ledger account ${a.writeOff.account}`
        : `write-off ${money(a.writeOff.amountMinor, currency)} to ${a.writeOff.account}`,
    );
  // A finished reconciliation: what was signed (the bank's source is said where it was kept, from migration 0018).
  if (a?.periodEnd && a.statementBalanceMinor !== undefined && a.bookBalanceMinor !== undefined)
    parts.push(
      `${a.kind === 'opening' ? 'agreed starting point at' : 'to'} ${a.periodEnd}; statement ${money(a.statementBalanceMinor, currency)}${a.kind === 'opening' ? (a.statementBalanceSource === 'mono-running-balance' ? " (typed: the bank feed's running balance at that date)" : ' (typed)') : a.statementBalanceSource ? ` (${bankBalanceSourceText(a.statementBalanceSource)})` : ''}; books ${money(a.bookBalanceMinor, currency)} (${a.bookBalanceSource ? bookBalanceSourceText(a.bookBalanceSource, a.fromAgreedStart === true) : 'source not recorded'})`,
    );
  // An agreed starting point's book entries outstanding at it, as the trail names entries.
  if (a?.outstanding?.length)
    parts.push(
      `outstanding at it: ${a.outstanding.map((o) => (items ? ledgerWords(Number(o.id), items) : `${o.date} ${money(o.amountMinor, currency)} (entry ${o.id})`)).join(', ')}`,
    );
  // and its bank lines the books lacked at it
  if (a?.outstandingLines?.length)
    parts.push(
      `not in the books at it: ${a.outstandingLines.map((o) => (items ? bankWords(Number(o.id), items) : `${o.date} ${money(o.amountMinor, currency)} (line ${o.id})`)).join(', ')}`,
    );
  // The expected account holder an administrator recorded, with what it replaced.
  if (e.action === 'account.expected_holder') {
    const was = (e.before as { expectedHolder?: string | null } | null)?.expectedHolder;
    const now = (e.after as { expectedHolder?: string | null } | null)?.expectedHolder;
    parts.push(`expected holder ${was ? `"${was}"` : '—'} → ${now ? `"${now}"` : '—'}`);
  }
  const d = e.detail as {
    writeOffOverride?: { reason: string };
    reason?: string;
    undoes?: { id: number; action: string; acceptedSuggestionId?: number };
    bulk?: unknown;
  } | null;
  if (d?.writeOffOverride) parts.push(`tolerance overridden: ${d.writeOffOverride.reason}`);
  // Why a finished reconciliation was unlocked.
  if (typeof d?.reason === 'string') parts.push(`reason: ${d.reason}`);
  // Named as the trail names the decision undone (a bank-only line is no "match by hand"); the undo keeps its group.
  if (d?.undoes)
    parts.push(
      `undoes #${d.undoes.id} (${(items ? entryLabel({ action: d.undoes.action, after: a, detail: d.undoes }) : actionLabel(d.undoes.action)).toLowerCase()})`,
    );
  if (d?.bulk) parts.push('bulk');
  return parts.join('; ');
}
