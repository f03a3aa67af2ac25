import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type * as MonoData from './mono-data-schema.js';

// Timestamps are ISO-8601 UTC text and business dates "YYYY-MM-DD" text in both dialects, so that the same
// queries and comparisons work on SQLite and PostgreSQL. JSON is stored as text. Money is integer minor units.

/** A column added after 0001: nullable, and optional on insert so earlier insert sites keep compiling. */
type Nullable<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface AccountsTable {
  id: string; // Mono account id
  name: string;
  institution_name: string | null;
  institution_code: string | null;
  account_number_masked: string | null; // last four digits only; full numbers are never stored
  currency: string;
  timezone: string;
  account_type: string | null;
  customer_id: string | null;
  data_status: string | null;
  state: string; // LINKING | BACKFILLING | ACTIVE | SYNCING | REAUTH_REQUIRED | UNLINKED
  reauth_url: string | null;
  reauth_required_at: string | null;
  synced_through: string | null;
  last_synced_at: string | null;
  last_error: string | null;
  balance_minor: number | null;
  balance_as_of: ColumnType<string | null, string | null | undefined, string | null>; // instant the balance describes (0004)
  data_watermark: ColumnType<string | null, string | null | undefined, string | null>; // newest row Mono served (0004)
  last_full_scan_at: ColumnType<string | null, string | null | undefined, string | null>; // last full re-scan (0004)
  ledger_binding: string | null; // JSON
  alias: Nullable<string>; // a name given at `bind`, lower case, unique (0011)
  reauth_expires_at: Nullable<string>; // when reauth_url stops working (0011)
  nightly_error: Nullable<string>; // the nightly run's failure on this account, apart from the feed's last_error (0014)
  nightly_failed_at: Nullable<string>; // when that failure was recorded (0014); null when not known (0015)
  bank_reauth_required_at: Nullable<string>; // when Mono told a bank call the account needs re-authorisation (0016)
  relinked_at: Nullable<string>; // when the account on record was last linked again (link --code, relayed connection; 0017)
  feed_failing_since: Nullable<string>; // when the feed's reads began failing; null after a good read (0024)
  unlink_set_aside: Nullable<string>; // an account_unlinked the feed could not confirm with Mono; kept past good reads (0026)
  unlink_set_aside_at: Nullable<string>; // when the feed set it aside (0026)
  linked_at: string;
  unlinked_at: string | null;
  updated_at: string;
}

export interface BankTransactionsTable {
  id: Generated<number>;
  account_id: string;
  provider_txn_id: string;
  fingerprint: string;
  amount_minor: number;
  currency: string;
  direction: string; // credit | debit
  business_date: string;
  booked_at: string;
  narration: string;
  reference: string | null;
  counterparty_name: string | null;
  counterparty_account: string | null;
  balance_minor: number | null;
  category: string | null;
  status: string; // posted | pending | removed (no longer returned by the bank for its window)
  raw: string | null;
  first_seen_at: string;
  updated_at: string;
}

/** Every provider id ever seen for a stored line, so a churned id maps back to the same row. */
export interface BankTransactionAliasesTable {
  account_id: string;
  provider_txn_id: string;
  transaction_id: number;
  seen_at: string;
}

export interface LedgerImportsTable {
  id: Generated<number>;
  source_id: string;
  file_name: string;
  file_hash: string;
  row_count: number;
  imported_at: string;
}

export interface LedgerEntriesTable {
  id: Generated<number>;
  source_id: string; // the ledger source (adapter instance) the entry came from
  external_id: string; // the entry's id in that source (journal id, row fingerprint, hledger tindex)
  ledger_account: string | null;
  entry_date: string;
  due_date: string | null;
  amount_minor: number;
  currency: string;
  reference: string | null;
  description: string | null;
  party: string | null;
  status: string; // open | reconciled | void
  row_fingerprint: string;
  import_id: number | null;
  raw: string | null;
  created_at: string;
  updated_at: string;
  closed_reason: string | null; // paid | cancelled | voided | gone, when a pull closed it (0012)
  closed_at: string | null;
  /**
   * The books' own amount of the entry as last read (null: amount_minor; a held entry keeps its amount as matched),
   * and when it was read (0021): a pull tells the books' change from bankfeed's write-backs since by them.
   */
  books_amount_minor: number | null;
  books_seen_at: string | null;
  /** The source's key of the entry that outlives a change of its words (LedgerEntry.restateKey; null: none) (0022). */
  restate_key: string | null;
  /** posting | document (LedgerEntry.kind): the statement counts postings only (0023). */
  kind: Generated<string>;
  /** customer | supplier (LedgerEntry.partyRole): whose document; null for a posting or unsaid (0025). */
  party_role: Nullable<string>;
}

export interface ReconcileRunsTable {
  id: Generated<number>;
  account_id: string | null;
  period_from: string;
  period_to: string;
  trigger: string; // sync | nightly | manual | file
  started_at: string;
  finished_at: string | null;
  stats: string | null; // JSON
}

export interface MatchGroupsTable {
  id: Generated<number>;
  account_id: string | null;
  run_id: number | null;
  kind: string; // exact | reference | fuzzy | split | rule | manual
  status: string; // auto | suggested | confirmed | rejected | manual | undone
  confidence: number; // 0..1, stored as a ratio (not money)
  currency: string;
  difference_minor: number;
  write_off_account: string | null;
  write_off_minor: number | null;
  evidence: string; // JSON
  rule_id: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
  rank: Nullable<number>; // 1..3 for a suggestion's candidates, best first; null otherwise
  candidate_set: Nullable<string>; // groups the candidates of one suggestion ("bank:<ids>")
  idempotency_key: Nullable<string>; // hash of the engine's proposal; null for manual groups
  proposed: Nullable<string>; // JSON ProposedLedgerEntry of a rule group
  superseded_run_id: Nullable<number>; // the run that no longer made this suggestion
}

export interface MatchItemsTable {
  id: Generated<number>;
  group_id: number;
  side: string; // bank | ledger
  item_id: number;
  amount_minor: number;
  active: Generated<number>; // 1 while the group is auto/confirmed/manual (unique per side and item)
}

export interface SyncRunsTable {
  id: Generated<number>;
  account_id: string;
  kind: string; // backfill | incremental | catchup | refetch
  window_from: string;
  window_to: string;
  started_at: string;
  finished_at: string | null;
  status: string; // running | succeeded | failed
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  error: string | null;
}

export interface WebhookEventsTable {
  id: Generated<number>;
  event_key: string;
  event: string;
  account_id: string | null;
  received_at: string;
  status: string; // received | handed_off
  handed_off_at: string | null;
  body: string; // raw body, kept for audit and replay; never logged
  /** Outbox (0007): hand-off attempts, 'signalled' | 'ignored' once handed off, and the last failure. */
  relay_attempts: Generated<number>;
  relay_outcome: string | null;
  relay_error: string | null;
  feed_event: ColumnType<string | null, string | null | undefined, string | null>; // FeedEvent JSON for the relay
}

/** One lease per relay name: the process whose lease has not expired hands events off (0007). */
export interface OutboxLeasesTable {
  name: string;
  holder: string;
  expires_at: string;
}

/** A Mono Retry-After every process on this database obeys (migration 0027). */
export interface MonoRateHoldsTable {
  host: string;
  hold_until: string;
  hold_ms: number;
  /** When recorded, epoch ms at the database's clock (0028); null on older rows. */
  recorded_ms: number | null;
}

/** A running worker that cannot reach its Temporal server, per data directory, while it lasts (migration 0029). */
export interface TemporalUnreachableTable {
  host: string;
  data_dir: string;
  pid: number;
  lock_started_at: string;
  address: string;
  since: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string; // "system", "rule:<id>", or a person
  action: string;
  entity_type: string;
  entity_id: string;
  account_id: string | null;
  detail: string | null; // JSON: evidence, rule, idempotency key
  before: string | null; // JSON
  after: string | null; // JSON
  undoes_id: Nullable<number>; // on an undo: the decision it reverts
  undone_by_id: Nullable<number>; // on a decision: the undo that reverted it
}

/** A change the books made to a stored entry's amount, date or ledger account, as a pull brought it (0021). */
export interface LedgerEntryChangesTable {
  id: Generated<number>;
  entry_id: number;
  changed_at: string;
  before_date: string;
  before_amount_minor: number;
  before_account: string | null;
  after_date: string;
  after_amount_minor: number;
  after_account: string | null;
  /** 1 when a match held the entry (the books changed what a match had settled) */
  held: number;
}

export interface LedgerSyncStateTable {
  source_id: string;
  ledger_account: string;
  cursor: string | null;
  pulled_at: string;
}

/** A person who signs in to the review web app (0006). */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: string; // viewer | reviewer | admin
  password_hash: string; // argon2id PHC string
  disabled_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

/** A server-side web session; id is the SHA-256 of the cookie's session id (0006). */
export interface WebSessionsTable {
  id: string;
  user_id: number | null;
  data: string; // JSON
  created_at: string;
  last_seen_at: string;
}

export interface WebKeysTable {
  name: string;
  value: string;
  created_at: string;
}

/** A classification rule a person created from a line in the web app (0006). */
export interface WebRulesTable {
  id: string;
  account_id: string | null;
  definition: string; // JSON Rule
  position: number;
  enabled: Generated<number>;
  created_by: string;
  created_at: string;
}

/** A bulk decision of the review app run as a server-side job (0013). */
export interface WebBulkJobsTable {
  id: Generated<number>;
  account_id: string;
  actor: string;
  action: string;
  filter: string; // JSON QueueFilter
  expected: number;
  state: string; // running | done | failed
  done: number;
  lines: number | null;
  message: string | null;
  started_at: string;
  finished_at: string | null;
}

/** A finished statement's report as signed (migration 0020): THE report model as JSON (adapters/reports/signed-report.ts). */
export interface StatementSignedReportsTable {
  reconciliation_id: number;
  report: string;
}

/** A finished statement reconciliation, the checkpoint the next statement carries forward from (0005). */
export interface StatementReconciliationsTable {
  id: Generated<number>;
  account_id: string;
  ledger_account: string | null;
  period_from: string;
  period_end: string;
  currency: string;
  statement_balance_minor: number;
  statement_balance_source: string | null; // BankBalanceSource (0018); null: finished before it was kept
  book_balance_minor: number;
  book_balance_source: string;
  difference_minor: number;
  items: string; // JSON OutstandingItem[], and StatementAdjustment with side "match-residual"
  finished_by: string;
  finished_at: string;
  report_path: string | null;
  reopened_by: string | null;
  reopened_at: string | null;
  kind: Generated<string>; // CheckpointKind (0019): statement | opening
}

export interface Database {
  accounts: AccountsTable;
  bank_transactions: BankTransactionsTable;
  bank_transaction_aliases: BankTransactionAliasesTable;
  ledger_imports: LedgerImportsTable;
  ledger_entries: LedgerEntriesTable;
  reconcile_runs: ReconcileRunsTable;
  match_groups: MatchGroupsTable;
  match_items: MatchItemsTable;
  sync_runs: SyncRunsTable;
  webhook_events: WebhookEventsTable;
  outbox_leases: OutboxLeasesTable;
  mono_rate_holds: MonoRateHoldsTable;
  temporal_unreachable: TemporalUnreachableTable;
  audit_log: AuditLogTable;
  ledger_sync_state: LedgerSyncStateTable;
  ledger_entry_changes: LedgerEntryChangesTable;
  statement_reconciliations: StatementReconciliationsTable;
  statement_signed_reports: StatementSignedReportsTable;
  users: UsersTable;
  web_sessions: WebSessionsTable;
  web_keys: WebKeysTable;
  web_rules: WebRulesTable;
  web_bulk_jobs: WebBulkJobsTable;
  account_identities: MonoData.AccountIdentitiesTable;
  income_reports: MonoData.IncomeReportsTable;
  statement_exports: MonoData.StatementExportsTable;
  collections: MonoData.CollectionsTable;
  collection_events: MonoData.CollectionEventsTable;
  mono_data_event_outcomes: MonoData.MonoDataEventOutcomesTable;
}

export type AccountRow = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
export type BankTransactionRow = Selectable<BankTransactionsTable>;
export type NewBankTransaction = Insertable<BankTransactionsTable>;
export type LedgerEntryRow = Selectable<LedgerEntriesTable>;
export type NewLedgerEntry = Insertable<LedgerEntriesTable>;
export type MatchGroupRow = Selectable<MatchGroupsTable>;
export type WebhookEventRow = Selectable<WebhookEventsTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type StatementReconciliationRow = Selectable<StatementReconciliationsTable>;
export type Json = ColumnType<string, string, string>;
