/** The sandbox's programmatic contract (shared with the Mono client and workflow authors; names are fixed). */

/** One setting per wire-level contradiction in shared/mono-api.md §14. */
export type Quirk =
  | 'bare_token' // §14.4: POST /v2/accounts/auth answers a bare {id}
  | 'underscore_id' // §14.10: REST objects carry `_id` instead of `id`
  | 'lowercase_data_status' // §14.7: data_status in lower case
  | 'x_real_time_header' // §14.2: only the `x-real-time` spelling triggers a refresh
  | 'sync_code_synced_successful' // §14.3: legacy sync answers SYNCED_SUCCESSFUL
  | 'paging_in_data' // §14.5: pagination under data.paging (rows in data.transactions), no top-level meta
  | 'next_without_accounts_segment' // §14.5: meta.next is /v2/<id>/transactions?page=N (filters dropped)
  | 'unlinked_underscore_id' // §14.6: account_unlinked carries data.account._id
  | 'hmac_webhook_signature' // §14.1: mono-webhook-secret carries HMAC-SHA512 hex of the body
  | 'uppercase_job_status' // §6.1: x-job-status and job status in upper case (FINISHED/PROCESSING/FAILED)
  | 'realtime_misnamed_event' // §14.12: the update webhook is named mono.accounts.account_updated
  | 'dd_mm_yyyy_only' // §14.8: start/end must be DD-MM-YYYY (ISO dates answer 400)
  | 'reauth_as_failed_job'; // §6.1 (2023–Apr 2024): a refresh needing reauth answers 200, x-job-status failed, x-reauth-required true

export const ALL_QUIRKS: readonly Quirk[] = [
  'bare_token',
  'underscore_id',
  'lowercase_data_status',
  'x_real_time_header',
  'sync_code_synced_successful',
  'paging_in_data',
  'next_without_accounts_segment',
  'unlinked_underscore_id',
  'hmac_webhook_signature',
  'uppercase_job_status',
  'realtime_misnamed_event',
  'dd_mm_yyyy_only',
  'reauth_as_failed_job',
];

export interface FaultProfile {
  rate429: number;
  retryAfterSec: number;
  burst503Every: number;
  burst503Length: number;
  slowMs: number;
  slowProbability: number;
  truncatedJson: number;
  overlappingPages: boolean;
  duplicatePages: number;
  idChurn: number;
  pendingThenPosted: number;
}

export const NO_FAULTS: FaultProfile = {
  rate429: 0,
  retryAfterSec: 1,
  burst503Every: 0,
  burst503Length: 3,
  slowMs: 0,
  slowProbability: 0,
  truncatedJson: 0,
  overlappingPages: false,
  duplicatePages: 0,
  idChurn: 0,
  pendingThenPosted: 0,
};

export type DataStatus = 'AVAILABLE' | 'PROCESSING' | 'PARTIAL' | 'UNAVAILABLE' | 'FAILED';

export interface AccountSpec {
  id?: string;
  name?: string;
  institution?: string;
  currency?: 'NGN' | 'GHC' | 'KSH' | 'ZAR';
  kind?: 'business' | 'personal';
  historyDays?: number;
  txnsPerDay?: number;
  mfa?: { reauthAfterRefreshes: number };
  dataStatus?: DataStatus;
  processingMs?: number;
  /** Sandbox extra: Mono's data is this many days old at link (the bank was last refreshed then); a refresh catches up. */
  staleDays?: number;
  /** Sandbox extra: back-dated postings (a share of rows shows up to maxLagHours after the date it carries). */
  backdated?: { probability: number; maxLagHours: number };
  /** Sandbox extra: share of rows stamped seconds after the next posted row (posting order ≠ timestamps). */
  stampJitter?: number;
  /** Sandbox extra: make the legacy sync fail with this code (INCOMPLETE_… is skipped with allow_incomplete_statement=true). */
  syncFailure?: 'SYNC_ERROR' | 'INCOMPLETE_STATEMENT_ERROR';
}

export interface SandboxOptions {
  host?: string;
  port?: number;
  secretKey?: string;
  webhookSecret?: string;
  webhookUrl?: string | null;
  seed?: number;
  timeScale?: number;
  startTime?: string;
  quirks?: Quirk[] | 'all';
  faults?: Partial<FaultProfile>;
  accounts?: AccountSpec[];
  webhookRetry?: { baseMs: number; factor: number; maxMs: number; maxAttempts: number };
}

export interface TruthTransaction {
  key: string;
  id: string;
  date: string;
  amount: number;
  type: 'debit' | 'credit';
  narration: string;
  balance: number;
  category: string;
  currency: string;
}

export interface SandboxCounters {
  requests: number;
  byEndpoint: Record<string, number>;
  dataCallsByAccount: Record<string, number>;
  dataCallsWhileReauthRequired: number;
  /** Data calls made after the sandbox had told the client that re-authorisation is required (answer or webhook). */
  dataCallsAfterReauthAnswered: number;
  limitBreaches: number;
  breaches: Array<{ accountId: string; kind: 'realtime_window' | 'legacy_sync_window'; at: string }>;
  webhooks: { sent: number; delivered: number; failedAttempts: number; pending: number };
}

export interface Sandbox {
  url: string;
  secretKey: string;
  webhookSecret: string;
  now(): Date;
  advance(ms: number): void;
  linkAccount(spec?: AccountSpec): Promise<string>;
  accounts(): string[];
  setWebhookUrl(url: string | null): void;
  truth(accountId: string): TruthTransaction[];
  /**
   * Sandbox extra: when Mono last fetched the account from the bank (null when its view is always current), and
   * whether a refresh job is running that will move it. The chaos check waits for a sync after the last move.
   */
  dataView(accountId: string): { fetchedAt: string | null; refreshing: boolean };
  addTransactions(
    accountId: string,
    count: number,
    opts?: { narration?: string; amount?: number; type?: 'debit' | 'credit' },
  ): TruthTransaction[];
  requireReauth(accountId: string): void;
  completeReauth(accountId: string): Promise<void>;
  unlink(accountId: string): Promise<void>;
  emitWebhook(event: string, data: unknown): Promise<string>;
  setFaults(f: Partial<FaultProfile>): void;
  setQuirks(q: Quirk[] | 'all'): void;
  counters(): SandboxCounters;
  resetCounters(): void;
  close(): Promise<void>;
  /** Sandbox extra: the customer invoices a business account's posted credits pay, plus open ones (see generator.ts). */
  invoicesFor(accountId: string): import('./generator.js').CustomerInvoice[];
}
